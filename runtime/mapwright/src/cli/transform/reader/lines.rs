//! NDJSON in chunks of whole lines, read straight into the caller's buffer. `transform` cuts a
//! batch with a few large reads instead of a line at a time, and the worker that transforms the
//! batch splits it into lines: the one part of the run that cannot be parallel, reading the
//! input in order, is then little more than the kernel's copy. (Cut a line at a time, the
//! newline search and the copy of every record happened with the input locked, and `--jobs 2`
//! scaled 1.46–1.74× on session 17's VM. Cut in chunks, the work done under the locks is a
//! tenth of what it was; BENCHMARKS.md, session 19.)

use std::io::{self, BufRead};

#[cfg(any(test, fuzzing))]
use super::ReadError;
use super::{Format, Line, Records};

/// How a chunk of lines ends.
#[derive(Debug)]
pub enum LinesEnd {
    /// More input follows.
    More,
    /// The input ended with this chunk (its last line may have no newline), or the reading
    /// stopped in a line that ran past the limit without ending: the chunk then holds that
    /// line's start, which [`each_record`] finds too large.
    End,
    /// The input could not be read: the chunk holds the whole lines read before the error.
    Failed(io::Error),
}

impl<R: BufRead> Records<R> {
    /// NDJSON only: fills `buf` from its start with whole lines of the input, at least `target`
    /// bytes unless the input ends first, and says how many bytes and how the chunk ends. The
    /// bytes after the chunk's last newline begin the next chunk.
    ///
    /// `buf`'s length is its room, grown when needed (doubling) and never shrunk here, so a
    /// reused buffer is not zeroed again; bytes past the returned count are scratch. The reads go straight
    /// into `buf`: a `BufReader` hands a read at least its own size to the file, past its buffer.
    /// A line longer than the chunk is read on, `target` bytes at a time, until it ends or
    /// passes the limit (so at most `target` bytes past it are held).
    pub fn read_lines(&mut self, buf: &mut Vec<u8>, target: usize) -> (usize, LinesEnd) {
        debug_assert_eq!(self.format, Format::Ndjson);
        if self.done {
            return (0, LinesEnd::End);
        }
        let target = target.max(1);
        let mut n = self.carry.len();
        let mut want = n + target;
        room(buf, n);
        buf[..n].copy_from_slice(&self.carry);
        self.carry.clear();
        // The carry holds no newline: the search starts after it.
        let mut scanned = n;
        loop {
            while n < want {
                if n == buf.len() {
                    // Doubled from a small start: a small input is not given a whole chunk
                    // (zeroing a whole chunk cost a one-record run 0.1–0.7 ms).
                    room(buf, (2 * n).max(FIRST_ROOM).min(want));
                }
                let end = buf.len().min(want);
                match self.r.read(&mut buf[n..end]) {
                    Ok(0) => {
                        self.done = true;
                        return (n, LinesEnd::End);
                    }
                    Ok(k) => n += k,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.done = true;
                        let whole = memchr::memrchr(b'\n', &buf[..n]).map_or(0, |p| p + 1);
                        return (whole, LinesEnd::Failed(e));
                    }
                }
            }
            if let Some(p) = memchr::memrchr(b'\n', &buf[scanned..n]) {
                let cut = scanned + p + 1;
                self.carry.extend_from_slice(&buf[cut..n]);
                return (cut, LinesEnd::More);
            }
            // The chunk is one line so far. Past the limit by at least one byte (less a `\r`), it
            // is too large whatever follows: the reading stops, and `each_record` says so.
            if n >= self.limit.saturating_add(2) {
                self.done = true;
                return (n, LinesEnd::End);
            }
            scanned = n;
            want = n + target;
        }
    }
}

/// Hands `f` the records of `chunk`, whole lines of NDJSON: every line but blank ones, its
/// newline included, as [`Records::next_record`] hands it out. `false` when a line longer than
/// `limit` (less its `\n` or `\r\n`) stopped them: the records before it were handed out.
pub fn each_record(chunk: &[u8], limit: usize, mut f: impl FnMut(&[u8])) -> bool {
    let mut start = 0;
    while start < chunk.len() {
        let end = memchr::memchr(b'\n', &chunk[start..]).map_or(chunk.len(), |p| start + p + 1);
        let line = &chunk[start..end];
        start = end;
        match Line::of(line, limit) {
            Line::TooLarge => return false,
            Line::Record => f(line),
            Line::Blank => {}
        }
    }
    true
}

/// Every record and the error that ends them, read a line at a time ([`Records::next_record`]):
/// for the tests and the `record_reader` fuzz target, which compare it with
/// [`records_in_chunks`].
#[cfg(any(test, fuzzing))]
pub fn records_by_line<R: BufRead>(mut records: Records<R>) -> (Vec<Vec<u8>>, Option<String>) {
    let mut out = Vec::new();
    while let Some(r) = records.next_record() {
        match r {
            Ok((_, b)) => out.push(b.to_vec()),
            Err(e) => return (out, Some(e.to_string())),
        }
    }
    (out, None)
}

/// The same, read in chunks of `target` bytes as `transform`'s batches are (`Batch::fill`,
/// `Batch::run`, `Output::put_batch`).
#[cfg(any(test, fuzzing))]
pub fn records_in_chunks<R: BufRead>(
    mut records: Records<R>,
    target: usize,
) -> (Vec<Vec<u8>>, Option<String>) {
    let limit = records.limit;
    let (mut out, mut buf) = (Vec::new(), Vec::new());
    loop {
        let (n, end) = records.read_lines(&mut buf, target);
        if !each_record(&buf[..n], limit, |b| out.push(b.to_vec())) {
            let index = out.len();
            return (out, Some(ReadError::TooLarge { index, limit }.to_string()));
        }
        match end {
            LinesEnd::More => {}
            LinesEnd::End => return (out, None),
            LinesEnd::Failed(e) => return (out, Some(ReadError::Io(e).to_string())),
        }
    }
}

/// The room a new buffer starts with.
const FIRST_ROOM: usize = 64 * 1024;

/// Grows `buf` to at least `len` bytes.
fn room(buf: &mut Vec<u8>, len: usize) {
    if buf.len() < len {
        buf.resize(len, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(input: &[u8], cap: usize, limit: usize) -> Records<io::BufReader<&[u8]>> {
        let r = io::BufReader::with_capacity(cap, input);
        Records::new(r).expect("reads").with_limit(limit)
    }

    fn text(records: Vec<Vec<u8>>) -> Vec<String> {
        let lossy = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
        records.into_iter().map(lossy).collect()
    }

    /// The records and the error, read a record at a time.
    fn one_at_a_time(input: &[u8], cap: usize, limit: usize) -> (Vec<String>, Option<String>) {
        let (records, err) = records_by_line(open(input, cap, limit));
        (text(records), err)
    }

    /// The same, read in chunks of `target` bytes.
    fn in_chunks(
        input: &[u8],
        cap: usize,
        limit: usize,
        target: usize,
    ) -> (Vec<String>, Option<String>) {
        let records = open(input, cap, limit);
        assert_eq!(records.format(), Format::Ndjson);
        let (records, err) = records_in_chunks(records, target);
        (text(records), err)
    }

    /// Chunks cut at every offset (targets of 1 byte up, reader buffers smaller and larger than
    /// a chunk) give the records a line at a time gives, and the same error at the same index.
    #[test]
    fn chunks_give_the_records_and_errors_of_one_line_at_a_time() {
        let long = "y".repeat(40);
        let inputs = [
            "{\"a\":1}\n{\"b\":2}\n".to_owned(),
            "{\"a\":1}\n\n  \n\t\r\n{\"b\":\"ผู้หญิง\"}\r\nnot json\n{\"c\":3}".to_owned(),
            format!("{{\"a\":1}}\n{{\"l\":\"{long}\"}}\n{{\"b\":2}}\n"),
            format!("{{\"a\":1}}\n{{\"b\":2}}\n{{\"l\":\"{long}\"}}"),
            format!("{{\"a\":1}}\n   {long}   \n{{\"b\":2}}\n"),
            // Exactly the limit, with `\r\n` and with `\n`; one past it.
            format!("{{\"a\":\"{}\"}}\r\n{{\"b\":2}}\n", "z".repeat(22)),
            format!("{{\"a\":\"{}\"}}\n{{\"b\":2}}\n", "z".repeat(22)),
            format!("{{\"a\":\"{}\"}}\n{{\"b\":2}}\n", "z".repeat(23)),
            "\n\n{\"a\":1}\n\n".to_owned(),
            "{\"a\":1}".to_owned(),
        ];
        let limit = 30;
        for input in &inputs {
            for cap in [1, 5, 64, 4096] {
                let expected = one_at_a_time(input.as_bytes(), cap, limit);
                for target in (1..=40).chain([64, 1000]) {
                    assert_eq!(
                        in_chunks(input.as_bytes(), cap, limit, target),
                        expected,
                        "{input:?}, reader buffer {cap}, chunks of {target}"
                    );
                }
            }
        }
        // The errors are there to compare.
        let (recs, err) = one_at_a_time(inputs[2].as_bytes(), 64, limit);
        assert_eq!(recs, ["{\"a\":1}\n"]);
        assert_eq!(
            err,
            Some(ReadError::TooLarge { index: 1, limit }.to_string())
        );
        let (recs, err) = one_at_a_time(inputs[7].as_bytes(), 64, limit);
        assert!(recs.is_empty() && err.is_some(), "{recs:?}");
        assert_eq!(one_at_a_time(inputs[5].as_bytes(), 64, limit).0.len(), 2);
    }

    /// A line that never ends is not held past the limit and a chunk.
    #[test]
    fn a_line_without_end_is_read_only_past_the_limit() {
        let endless = io::repeat(b'x');
        let mut rs = Records::new(io::BufReader::new(endless))
            .expect("reads")
            .with_limit(10_000);
        let mut buf = Vec::new();
        let (n, end) = rs.read_lines(&mut buf, 4096);
        assert!(matches!(end, LinesEnd::End), "{end:?}");
        assert!(
            !each_record(&buf[..n], 10_000, |_| {}),
            "the line is too large"
        );
        assert!((10_002..10_002 + 4096).contains(&n), "{n} bytes held");
        assert!(matches!(rs.read_lines(&mut buf, 4096), (0, LinesEnd::End)));
    }

    /// A reader that fails after `ok` bytes.
    struct Breaks<'a> {
        data: &'a [u8],
        ok: usize,
    }

    impl io::Read for Breaks<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.ok == 0 {
                return Err(io::Error::other("disk gone"));
            }
            let n = out.len().min(self.ok).min(self.data.len());
            out[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            self.ok -= n;
            Ok(n)
        }
    }

    /// A read error keeps the whole lines before it, as a line at a time does.
    #[test]
    fn a_read_error_keeps_the_whole_lines_before_it() {
        let input = b"{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n";
        for ok in [9, 12, 18, 22] {
            for target in [1, 4, 100] {
                let open = || {
                    let r = io::BufReader::with_capacity(4, Breaks { data: input, ok });
                    Records::new(r).expect("reads")
                };
                let (by_line, line_err) = records_by_line(open());
                let (by_chunk, chunk_err) = records_in_chunks(open(), target);
                assert_eq!(
                    (&by_chunk, &chunk_err),
                    (&by_line, &line_err),
                    "{ok} bytes, {target}"
                );
                assert_eq!(
                    line_err.as_deref(),
                    Some("cannot read the input: disk gone")
                );
            }
        }
    }
}
