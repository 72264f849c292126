//! Reads records one at a time from a JSON array or NDJSON, never holding more than one record
//! in memory: a JSON array is split into its elements by a small scanner (strings, escapes and
//! nesting tracked across buffer refills), NDJSON by lines. Each record's bytes are handed out
//! as a slice of a reused buffer. A record larger than the limit is an error as soon as the
//! limit is passed, so a huge value is never held (nor parsed).

// A path of its own: the fuzz target `record_reader` compiles this file by `#[path]`, where a
// plain `mod lines;` would be looked for beside it.
#[path = "reader/lines.rs"]
mod lines;

pub use lines::{LinesEnd, each_record};
// For the `record_reader` fuzz target.
#[cfg(fuzzing)]
pub use lines::{records_by_line, records_in_chunks};
use mapwright_rt::json_in::quote_or_backslash;
use mapwright_rt::nesting::{Nesting, Skimmed};
use std::io::{self, BufRead};

/// The shape of the input, from its first non-blank byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `[ {...}, {...} ]`
    Array,
    /// One record per line.
    Ndjson,
    /// JSON values one after another, each over any number of lines (a pretty-printed record,
    /// or several): the first line of the input does not close its object.
    Values,
}

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read the input: {0}")]
    Io(#[from] io::Error),
    #[error(
        "the JSON array is not well formed after record {index}: expected `,` or `]`, found `{found}`"
    )]
    Structure { index: usize, found: char },
    #[error("the JSON array ends before its closing `]`")]
    Truncated,
    /// A delimiter where a record should start (`{"a":1}, {"a":2}` without the array's `[`,
    /// or `[,]`): an error, never an endless run of empty records.
    #[error("record {index} does not start with a JSON value: found `{found}`")]
    NoValue { index: usize, found: char },
    #[error(
        "record {index} is larger than {limit} bytes (--max-record-bytes); nothing after it was read"
    )]
    TooLarge { index: usize, limit: usize },
}

/// The default largest record: 16 MiB.
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

pub struct Records<R> {
    r: R,
    format: Format,
    buf: Vec<u8>,
    /// Index of the next record.
    index: usize,
    done: bool,
    first: bool,
    /// Largest record in bytes.
    limit: usize,
    /// Where the record being read starts in `buf` (records are appended to it).
    start: usize,
    /// NDJSON read in chunks ([`Records::read_lines`]): the start of the line the last chunk
    /// cut, which begins the next one.
    carry: Vec<u8>,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\r' | b'\t')
}

/// What one NDJSON line is, its newline included: the line at a time and the chunks
/// ([`each_record`]) take the same view of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Record,
    /// Spaces only: skipped.
    Blank,
    /// Longer than the limit, less its `\n` or `\r\n`.
    TooLarge,
}

impl Line {
    fn of(line: &[u8], limit: usize) -> Line {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        if body.len() > limit {
            Line::TooLarge
        } else if line.iter().all(|&c| is_ws(c)) {
            Line::Blank
        } else {
            Line::Record
        }
    }
}

impl<R: BufRead> Records<R> {
    /// Detects the format; an empty input is an empty NDJSON stream.
    pub fn new(mut r: R) -> io::Result<Self> {
        let first = skip_ws(&mut r)?;
        let format = if first == Some(b'[') {
            r.consume(1);
            Format::Array
        } else if first == Some(b'{') && !first_line_closes(r.fill_buf()?) {
            Format::Values
        } else {
            Format::Ndjson
        };
        Ok(Records {
            r,
            format,
            buf: Vec::with_capacity(64 * 1024),
            index: 0,
            done: first.is_none(),
            first: true,
            limit: MAX_RECORD_BYTES,
            start: 0,
            carry: Vec::new(),
        })
    }

    /// Sets the largest record in bytes.
    pub fn with_limit(mut self, limit: usize) -> Self {
        self.limit = limit.max(1);
        self
    }

    /// The largest record in bytes.
    pub fn limit(&self) -> usize {
        self.limit
    }

    fn too_large(&self) -> ReadError {
        ReadError::TooLarge {
            index: self.index,
            limit: self.limit,
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The next record's index and bytes, or `None` at the end.
    pub fn next_record(&mut self) -> Option<Result<(usize, &[u8]), ReadError>> {
        self.buf.clear();
        self.next().map(|r| r.map(|i| (i, &self.buf[..])))
    }

    /// Like [`Records::next_record`], appending the record's bytes to `out` (nothing is
    /// appended at the end or on an error): no copy through the reader's own buffer.
    pub fn next_into(&mut self, out: &mut Vec<u8>) -> Option<Result<usize, ReadError>> {
        std::mem::swap(&mut self.buf, out);
        let start = self.buf.len();
        let r = self.next();
        if !matches!(r, Some(Ok(_))) {
            self.buf.truncate(start);
        }
        std::mem::swap(&mut self.buf, out);
        r
    }

    /// Reads the next record onto the end of `buf`; its index.
    fn next(&mut self) -> Option<Result<usize, ReadError>> {
        if self.done {
            return None;
        }
        self.start = self.buf.len();
        let r = match self.format {
            Format::Ndjson => self.next_line(),
            Format::Array => self.next_element(),
            Format::Values => self.next_value(),
        };
        match r {
            Ok(true) => {
                let i = self.index;
                self.index += 1;
                Some(Ok(i))
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }

    fn next_line(&mut self) -> Result<bool, ReadError> {
        loop {
            self.buf.truncate(self.start);
            // At most one byte past the limit (plus the newline) is read.
            if read_line(&mut self.r, self.limit.saturating_add(2), &mut self.buf)? == 0 {
                return Ok(false);
            }
            match Line::of(&self.buf[self.start..], self.limit) {
                Line::TooLarge => return Err(self.too_large()),
                Line::Record => return Ok(true),
                Line::Blank => {}
            }
        }
    }

    fn next_value(&mut self) -> Result<bool, ReadError> {
        if skip_ws(&mut self.r)?.is_none() {
            return Ok(false);
        }
        self.scan_value()?;
        Ok(true)
    }

    fn next_element(&mut self) -> Result<bool, ReadError> {
        let c = skip_ws(&mut self.r)?.ok_or(ReadError::Truncated)?;
        if !self.first {
            match c {
                b',' => {
                    self.r.consume(1);
                }
                b']' => {
                    self.r.consume(1);
                    return Ok(false);
                }
                other => {
                    return Err(ReadError::Structure {
                        index: self.index.saturating_sub(1),
                        found: other as char,
                    });
                }
            }
        } else if c == b']' {
            self.r.consume(1);
            return Ok(false);
        }
        self.first = false;
        skip_ws(&mut self.r)?.ok_or(ReadError::Truncated)?;
        self.scan_value()?;
        Ok(true)
    }

    /// Appends one JSON value to `buf`: an object or array up to its matching close, a string
    /// up to its closing quote, or a scalar up to the next delimiter.
    fn scan_value(&mut self) -> Result<(), ReadError> {
        // Where the scan stands, as `skim` carries it.
        let mut n = Nesting::default();
        let mut started = false;
        loop {
            let chunk = self.r.fill_buf()?;
            if chunk.is_empty() {
                return if started && n.depth == 0 && !n.in_string {
                    Ok(())
                } else {
                    Err(ReadError::Truncated)
                };
            }
            let mut i = 0;
            let mut finished = false;
            // Where the bytes are looked at one at a time again, after `skim` stopped.
            let mut one_at_a_time_until = 0;
            while i < chunk.len() {
                if n.depth > 0 && i >= one_at_a_time_until {
                    // Inside an object or array, 64 bytes at a time, up to the chunk's last
                    // bytes or a block with a backslash outside strings (not JSON: that block
                    // goes byte by byte).
                    match n.skim(&chunk[i..]) {
                        Skimmed::Ended(len) => {
                            i += len;
                            finished = true;
                            break;
                        }
                        Skimmed::Followed(len) => {
                            i += len;
                            one_at_a_time_until = i + 64;
                            continue;
                        }
                    }
                }
                let c = chunk[i];
                if n.in_string {
                    if n.escaped {
                        n.escaped = false;
                    } else if c == b'\\' {
                        n.escaped = true;
                    } else if c == b'"' {
                        n.in_string = false;
                        if n.depth == 0 {
                            i += 1;
                            finished = true;
                            break;
                        }
                    } else {
                        // Skip plain string bytes quickly.
                        let rest = &chunk[i..];
                        i += quote_or_backslash(rest).unwrap_or(rest.len()).max(1);
                        continue;
                    }
                } else {
                    match c {
                        b'"' => n.in_string = true,
                        b'{' | b'[' => n.depth += 1,
                        b'}' | b']' => {
                            if n.depth == 0 {
                                finished = true;
                                break;
                            }
                            n.depth -= 1;
                            if n.depth == 0 {
                                i += 1;
                                finished = true;
                                break;
                            }
                        }
                        b',' if n.depth == 0 => {
                            finished = true;
                            break;
                        }
                        c if n.depth == 0 && is_ws(c) && started => {
                            finished = true;
                            break;
                        }
                        _ => {}
                    }
                }
                started = true;
                i += 1;
            }
            if finished && !started {
                return Err(ReadError::NoValue {
                    index: self.index,
                    found: char::from(chunk[i]),
                });
            }
            self.buf.extend_from_slice(&chunk[..i]);
            self.r.consume(i);
            if self.buf.len() - self.start > self.limit {
                return Err(self.too_large());
            }
            if finished {
                return Ok(());
            }
        }
    }
}

/// `take(cap).read_until(b'\n', buf)`: appends up to `cap` bytes to `buf`, up to and including
/// the next newline; returns how many (0 at the end of the input). The newline is found by
/// `memchr`'s SIMD search, not std's word-at-a-time one (5 % of the instructions of
/// `transform --jobs 1` on the bench).
fn read_line<R: BufRead>(r: &mut R, cap: usize, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    while read < cap {
        let chunk = match r.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let chunk = chunk.get(..cap - read).unwrap_or(chunk);
        if chunk.is_empty() {
            break;
        }
        let (n, ended) = match memchr::memchr(b'\n', chunk) {
            Some(at) => (at + 1, true),
            None => (chunk.len(), false),
        };
        buf.extend_from_slice(&chunk[..n]);
        r.consume(n);
        read += n;
        if ended {
            break;
        }
    }
    Ok(read)
}

/// Whether the first line in `buf` ends its object (`}` last): NDJSON. A line that runs past
/// the buffer is taken for NDJSON too.
fn first_line_closes(buf: &[u8]) -> bool {
    match buf.iter().position(|&c| c == b'\n') {
        Some(n) => buf[..n].iter().rev().find(|c| !is_ws(**c)) == Some(&b'}'),
        None => true,
    }
}

/// Skips blanks; returns the next byte without consuming it.
fn skip_ws<R: BufRead>(r: &mut R) -> io::Result<Option<u8>> {
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(None);
        }
        match chunk.iter().position(|c| !is_ws(*c)) {
            Some(i) => {
                let c = chunk[i];
                r.consume(i);
                return Ok(Some(c));
            }
            None => {
                let n = chunk.len();
                r.consume(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &str, cap: usize) -> (Format, Vec<String>, Option<String>) {
        let r = io::BufReader::with_capacity(cap, input.as_bytes());
        let mut rs = Records::new(r).expect("reads");
        let mut out = Vec::new();
        let mut err = None;
        while let Some(x) = rs.next_record() {
            match x {
                Ok((i, b)) => {
                    assert_eq!(i, out.len());
                    out.push(String::from_utf8_lossy(b).trim().to_owned());
                }
                Err(e) => err = Some(e.to_string()),
            }
        }
        (rs.format(), out, err)
    }

    /// Found by the `record_reader` fuzz target: values separated by commas (an array that lost
    /// its `[`) read as endless empty records, so `transform` never ended.
    #[test]
    fn a_delimiter_where_a_record_starts_is_an_error_not_an_endless_loop() {
        // (The format is told from the first buffer: it must hold the first line.)
        for cap in [32, 64] {
            let (f, recs, err) = all("{\"a\": 1,\n \"b\": 2}, {\"a\": 3}\n]", cap);
            assert_eq!(f, Format::Values);
            assert_eq!(
                recs,
                vec![
                    r#"{"a": 1,
 "b": 2}"#
                ]
            );
            assert_eq!(
                err.as_deref(),
                Some("record 1 does not start with a JSON value: found `,`")
            );
        }
        for cap in [1, 3, 64] {
            let (f, recs, err) = all("[,]", cap);
            assert_eq!(f, Format::Array);
            assert!(recs.is_empty(), "{recs:?}");
            assert!(err.is_some_and(|e| e.contains("found `,`")));
        }
    }

    /// Records longer than the 64-byte blocks the scanner skims, with brackets and escaped
    /// quotes inside strings, Thai text and nesting at every offset of a block: every buffer
    /// size cuts the same records, whole buffers skimmed or not (a buffer below 64 bytes is
    /// read a byte at a time), in an array and one after another.
    #[test]
    fn long_records_are_cut_alike_whatever_the_buffer() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let records: Vec<String> = (0..60)
            .map(|i| {
                let mut r = format!("{{\"id\": {i}");
                for k in 0..next(12) {
                    let text = match next(5) {
                        0 => "a ] } [ { , :".to_owned(),
                        1 => "นภัส บุญมา".repeat(next(6) as usize),
                        2 => "q\\\"}\\\\".to_owned(),
                        3 => "x".repeat(next(70) as usize),
                        _ => String::new(),
                    };
                    match next(3) {
                        0 => r.push_str(&format!(", \"f{k}\": \"{text}\"")),
                        1 => r.push_str(&format!(", \"l{k}\": [1, {{\"t\": \"{text}\"}}, []]")),
                        _ => r.push_str(&format!(
                            ",\n  \"o{k}\": {{\"a\": {{}}, \"b\": \"{text}\"}}"
                        )),
                    }
                }
                r.push('}');
                r
            })
            .collect();
        let array = format!("[{}]", records.join(", "));
        // One after another: the first line does not close its record.
        let values = format!("{{\n\"first\": 1}}\n{}", records.join("\n"));
        for (input, format, skip) in [(&array, Format::Array, 0), (&values, Format::Values, 1)] {
            // (One after another is told from a first buffer that holds the first line.)
            for cap in [1, 63, 64, 65, 100, 1000, 8192] {
                if cap == 1 && format == Format::Values {
                    continue;
                }
                let (f, recs, err) = all(input, cap);
                assert_eq!(f, format);
                assert_eq!(err, None, "cap {cap}");
                assert_eq!(recs[skip..], records[..], "cap {cap}");
                // Cut short inside the last record: the same records before it, and an error.
                let (_, recs, err) = all(&input[..input.len() - 5], cap);
                assert_eq!(recs[skip..], records[..records.len() - 1], "cap {cap}");
                assert!(err.is_some(), "cap {cap}");
            }
        }
    }

    #[test]
    fn splits_array_elements_across_tiny_buffers() {
        let input = r#" [ {"a": "x,]}\"y", "b": [1, {"c": 2}]}, {"ผู้หญิง": "😀"} ,3, "s", null ] "#;
        for cap in [1, 2, 3, 7, 64] {
            let (f, recs, err) = all(input, cap);
            assert_eq!(f, Format::Array);
            assert_eq!(err, None);
            assert_eq!(
                recs,
                vec![
                    r#"{"a": "x,]}\"y", "b": [1, {"c": 2}]}"#,
                    r#"{"ผู้หญิง": "😀"}"#,
                    "3",
                    r#""s""#,
                    "null"
                ]
            );
        }
    }

    #[test]
    fn quote_or_backslash_finds_the_first_in_any_word_position() {
        for len in 0..40 {
            for at in 0..len {
                for c in [b'"', b'\\'] {
                    // Bytes that differ from `"` and `\\` by one bit, and Thai text.
                    let mut s: Vec<u8> = "\u{e1c}#]|$^ \x7f".bytes().cycle().take(len).collect();
                    s[at] = c;
                    if at + 3 < len {
                        s[at + 3] = b'"';
                    }
                    assert_eq!(quote_or_backslash(&s), Some(at), "{len} {at}");
                }
            }
            let plain: Vec<u8> = "ab\u{e1c}".bytes().cycle().take(len).collect();
            assert_eq!(quote_or_backslash(&plain), None);
        }
    }

    /// `next_into` appends each record to the caller's buffer, as `next_record` hands it out,
    /// and appends nothing at the end or on an error.
    #[test]
    fn next_into_appends_the_records_and_nothing_on_an_error() {
        let inputs = [
            "{\"a\":1}\n\n{\"b\":\"x\"}\r\n{\"c\":3}",
            "[{\"a\":1}, {\"b\": \"x\\\"]\"} , 3 4]",
            "{\n \"a\": 1\n}\n{\"b\": [2,\n 3]}\n{\"c\": ",
        ];
        for input in inputs {
            for cap in [1, 5, 64] {
                let (_, recs, err) = all(input, cap);
                let mut rs = Records::new(io::BufReader::with_capacity(cap, input.as_bytes()))
                    .expect("reads");
                let mut out = b"before|".to_vec();
                let mut ends = vec![];
                let mut last_err = None;
                while let Some(r) = rs.next_into(&mut out) {
                    match r {
                        Ok(i) => {
                            assert_eq!(i, ends.len());
                            ends.push(out.len());
                        }
                        Err(e) => last_err = Some(e.to_string()),
                    }
                }
                assert_eq!(last_err, err, "{input:?}");
                let mut start = b"before|".len();
                let got: Vec<String> = ends
                    .iter()
                    .map(|&end| {
                        let r = String::from_utf8_lossy(&out[start..end]).trim().to_owned();
                        start = end;
                        r
                    })
                    .collect();
                assert_eq!(got, recs, "{input:?}, buffer of {cap}");
                assert_eq!(out.len(), start, "nothing after the last record");
                assert!(out.starts_with(b"before|"));
            }
        }
    }

    #[test]
    fn empty_inputs() {
        assert_eq!(all("[]", 4).1, Vec::<String>::new());
        assert_eq!(all("  [ \n ] ", 1).1, Vec::<String>::new());
        assert_eq!(all("", 4).1, Vec::<String>::new());
    }

    #[test]
    fn ndjson_lines_and_blank_lines() {
        // Small buffers copy lines that cross a refill; large ones hand out the reader's buffer.
        for cap in [1, 3, 8, 17, 4096] {
            let (f, recs, err) = all(
                "{\"a\":1}\n\n  \n{\"b\":\"ผู้หญิง\"}\r\nnot json\n{\"c\":3}",
                cap,
            );
            assert_eq!(f, Format::Ndjson);
            assert_eq!(err, None);
            assert_eq!(
                recs,
                vec!["{\"a\":1}", "{\"b\":\"ผู้หญิง\"}", "not json", "{\"c\":3}"],
                "buffer of {cap} bytes"
            );
        }
    }

    #[test]
    fn ndjson_records_are_whole_when_the_reader_buffer_holds_many_lines() {
        let lines: Vec<String> = (0..500)
            .map(|i| format!("{{\"i\":{i},\"t\":\"{}\"}}", "x".repeat(i % 37)))
            .collect();
        let input = lines.join("\n") + "\n";
        for cap in [64, 1000, 1 << 16] {
            let (_, recs, err) = all(&input, cap);
            assert_eq!(err, None);
            assert_eq!(recs, lines, "buffer of {cap} bytes");
        }
    }

    #[test]
    fn pretty_printed_records_one_after_another() {
        let input = "{\n  \"a\": 1,\n  \"t\": \"x}\\\"\\n\"\n}\n\n{\"b\": [1,\n 2]}\n";
        // (The format is told from the first line in the read buffer: 256 KiB in `transform`.)
        for cap in [64, 4096] {
            let (f, recs, err) = all(input, cap);
            assert_eq!(f, Format::Values, "buffer of {cap}");
            assert_eq!(err, None);
            assert_eq!(
                recs,
                vec![
                    "{\n  \"a\": 1,\n  \"t\": \"x}\\\"\\n\"\n}",
                    "{\"b\": [1,\n 2]}"
                ],
                "buffer of {cap}"
            );
        }
        // One object per line stays NDJSON, so a bad line is one bad record.
        assert_eq!(all("{\"a\": 1}\n{\"a\": \n", 64).0, Format::Ndjson);
        assert_eq!(all("{\"a\": 1}  \r\n", 64).0, Format::Ndjson);
        // A truncated last value is an error, not a hang.
        assert!(all("{\n \"a\": [1,\n", 64).2.is_some());
    }

    #[test]
    fn broken_arrays_are_errors_not_hangs() {
        assert!(all("[{\"a\":1}", 2).2.is_some());
        assert!(all("[{\"a\":1} {\"b\":2}]", 2).2.is_some());
        assert!(all("[{\"a\": \"open", 2).2.is_some());
    }

    #[test]
    fn a_record_past_the_limit_stops_the_read_without_holding_it() {
        let big = format!("[{}1]", "1,".repeat(5000));
        let inputs = [
            format!("{{\"a\": 1}}\n{{\"x\": {big}}}\n{{\"b\": 2}}\n"),
            format!("[{{\"a\": 1}}, {{\"x\": {big}}}, {{\"b\": 2}}]"),
            format!("{{\n \"a\": 1\n}}\n{{\n \"x\": {big}\n}}\n"),
        ];
        for (input, format) in inputs
            .iter()
            .zip([Format::Ndjson, Format::Array, Format::Values])
        {
            let r = io::BufReader::with_capacity(64, input.as_bytes());
            let mut rs = Records::new(r).expect("reads").with_limit(1000);
            assert_eq!(rs.format(), format);
            assert!(matches!(rs.next_record(), Some(Ok((0, _)))));
            match rs.next_record() {
                Some(Err(ReadError::TooLarge {
                    index: 1,
                    limit: 1000,
                })) => {}
                other => panic!("{format:?}: {:?}", other.map(|r| r.map(|(i, _)| i))),
            }
            assert!(rs.buf.len() <= 1000 + 64, "held {} bytes", rs.buf.len());
            assert!(rs.next_record().is_none(), "the read stops");
        }
        // A record of exactly the limit passes.
        let exact = format!("{{\"a\": \"{}\"}}\n", "x".repeat(1000 - 9));
        let r = io::BufReader::new(exact.as_bytes());
        let mut rs = Records::new(r).expect("reads").with_limit(1000);
        assert!(matches!(rs.next_record(), Some(Ok((0, b))) if b.len() == 1001));
    }

    /// `read_line` reads what `take(cap).read_until(b'\n')` reads, whatever the buffer size.
    #[test]
    fn read_line_is_read_until_within_the_cap() {
        use std::io::Read;
        let input = b"{\"a\":1}\n\n  \r\n{\"b\":\"\xe0\xb8\x81\"}\r\nlast without newline";
        for buffer in [1, 2, 3, 7, 64] {
            for cap in [1, 2, 5, 9, 10, 11, 100] {
                let mut ours = io::BufReader::with_capacity(buffer, &input[..]);
                let mut std = io::BufReader::with_capacity(buffer, &input[..]);
                loop {
                    let (mut a, mut b) = (b"x".to_vec(), b"x".to_vec());
                    let n = read_line(&mut ours, cap, &mut a).expect("reads");
                    let m = (&mut std).take(cap as u64).read_until(b'\n', &mut b);
                    assert_eq!(
                        (n, &a),
                        (m.expect("reads"), &b),
                        "buffer {buffer}, cap {cap}"
                    );
                    if n == 0 {
                        break;
                    }
                }
            }
        }
    }
}
