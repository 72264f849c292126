//! What one record becomes, gathered a batch at a time: the output bytes of the kept records,
//! the counts and the rejects ([`Results`]), and the [`Output`] that writes batches in input
//! order to the output and rejects files. The one-thread run and the parallel run share both,
//! so the bytes written do not depend on `--jobs`.

use std::fs::File;
use std::io::{BufRead, BufWriter, Write};

use mapping_dsl::rt::Context;

use super::reader::{Format, LinesEnd, ReadError, Records, each_record};
use super::{Fatal, SHOWN_REJECTS, Summary};

/// The outcome of a run of consecutive records.
#[derive(Debug, Default)]
pub struct Results {
    /// Records transformed.
    pub read: usize,
    /// Their input bytes.
    pub bytes: u64,
    /// The kept records' compact JSON: one line each for NDJSON, each with a leading `,` for an
    /// array ([`Output::put`] leaves out the first one of the whole output).
    pub out: Vec<u8>,
    pub written: usize,
    pub dropped: usize,
    /// Rejects file lines (index, record, field, reason), in input order; the index counts
    /// from the first record of these results.
    pub rejects: Vec<serde_json::Value>,
}

impl Results {
    pub fn clear(&mut self) {
        self.read = 0;
        self.bytes = 0;
        self.out.clear();
        self.written = 0;
        self.dropped = 0;
        self.rejects.clear();
    }

    /// Transforms the next record and adds its outcome. A reject's index counts from the first
    /// record of these results ([`Output::put`] makes it the input's).
    pub fn record(
        &mut self,
        entry: &generated::Entry,
        ctx: &Context,
        format: Format,
        bytes: &[u8],
    ) {
        let index = self.read;
        self.read += 1;
        self.bytes += bytes.len() as u64;
        let mark = self.out.len();
        if format == Format::Array {
            self.out.push(b',');
        }
        match (entry.run_into)(bytes, ctx, &mut self.out) {
            Ok(true) => {
                if format == Format::Ndjson {
                    self.out.push(b'\n');
                }
                self.written += 1;
            }
            Ok(false) => {
                self.out.truncate(mark);
                self.dropped += 1;
            }
            Err(e) => {
                self.out.truncate(mark);
                self.rejects.push(serde_json::json!({
                    "index": index,
                    "record": e.record,
                    "field": e.field,
                    "reason": e.kind.to_string(),
                }));
            }
        }
    }
}

/// Consecutive records cut from the input, and what they became.
#[derive(Debug, Default)]
pub struct Batch {
    /// Its place in the input: batches are written in this order.
    pub seq: u64,
    /// NDJSON: whole lines of the input, `len` bytes (the rest is room), split into records by
    /// [`Batch::run`] on the worker. Otherwise: the records' bytes one after another.
    data: Vec<u8>,
    len: usize,
    /// Not NDJSON: where each record ends in `data`.
    ends: Vec<usize>,
    lines: bool,
    /// NDJSON: the input stops, after this batch's records, at a line longer than `limit`.
    too_large: bool,
    limit: usize,
    pub results: Results,
}

/// A batch grown past this many bytes (by one large record) gives the memory back when reused.
const KEEP_CAPACITY: usize = 4 * 1024 * 1024;

impl Batch {
    /// Empties the batch for reuse.
    pub fn clear(&mut self) {
        self.len = 0;
        self.ends.clear();
        self.too_large = false;
        self.results.clear();
        if self.data.capacity() > KEEP_CAPACITY {
            self.data.truncate(KEEP_CAPACITY);
            self.data.shrink_to(KEEP_CAPACITY);
        }
        let out = &mut self.results.out;
        if out.capacity() > KEEP_CAPACITY {
            out.shrink_to(KEEP_CAPACITY);
        }
    }

    /// Reads records until the batch holds at least `target` bytes. `Ok(true)` when the input
    /// ended. On an error, the records read before it stay in the batch.
    pub fn fill<R: BufRead>(
        &mut self,
        records: &mut Records<R>,
        target: usize,
    ) -> Result<bool, ReadError> {
        self.limit = records.limit();
        if records.format() == Format::Ndjson {
            self.lines = true;
            let (len, end) = records.read_lines(&mut self.data, target);
            self.len = len;
            return match end {
                LinesEnd::More => Ok(false),
                LinesEnd::End => Ok(true),
                LinesEnd::Failed(e) => Err(e.into()),
            };
        }
        self.data.clear();
        while self.data.len() < target {
            match records.next_into(&mut self.data) {
                None => return Ok(true),
                Some(Err(e)) => return Err(e),
                Some(Ok(_)) => self.ends.push(self.data.len()),
            }
        }
        Ok(false)
    }

    /// Transforms every record of the batch into its results.
    pub fn run(&mut self, entry: &generated::Entry, ctx: &Context, format: Format) {
        if self.lines {
            return self.run_lines(entry, ctx, format);
        }
        let mut start = 0;
        for &end in &self.ends {
            self.results
                .record(entry, ctx, format, &self.data[start..end]);
            start = end;
        }
    }

    /// NDJSON: the records of the batch's lines ([`each_record`]).
    fn run_lines(&mut self, entry: &generated::Entry, ctx: &Context, format: Format) {
        let results = &mut self.results;
        let whole = each_record(&self.data[..self.len], self.limit, |line| {
            results.record(entry, ctx, format, line)
        });
        self.too_large = !whole;
    }
}

/// The output and rejects files, written in input order, and the run's counts.
pub struct Output<W: Write> {
    out: W,
    rejects: Option<BufWriter<File>>,
    format: Format,
    pub summary: Summary,
}

impl<W: Write> Output<W> {
    /// Starts the output (an array's `[`).
    pub fn new(
        mut out: W,
        rejects: Option<BufWriter<File>>,
        format: Format,
    ) -> Result<Self, Fatal> {
        if format == Format::Array {
            out.write_all(b"[").map_err(Fatal::Write)?;
        }
        Ok(Output {
            out,
            rejects,
            format,
            summary: Summary::default(),
        })
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Writes the next results in input order: kept records to the output, rejects to the
    /// rejects file (or the first few to stderr).
    pub fn put(&mut self, r: &Results) -> Result<(), Fatal> {
        let s = &mut self.summary;
        // The index of these results' first record.
        let base = s.read;
        s.read += r.read;
        s.bytes += r.bytes;
        s.dropped += r.dropped;
        let out = match r.out.split_first() {
            Some((b',', rest)) if self.format == Format::Array && s.written == 0 => rest,
            _ => &r.out,
        };
        self.out.write_all(out).map_err(Fatal::Write)?;
        s.written += r.written;
        for line in &r.rejects {
            s.rejected += 1;
            let mut line = line.clone();
            if let Some(i) = line.get("index").and_then(|i| i.as_u64()) {
                line["index"] = (base as u64 + i).into();
            }
            let line = &line;
            match &mut self.rejects {
                Some(w) => {
                    serde_json::to_writer(&mut *w, line).map_err(|e| Fatal::Write(e.into()))?;
                    w.write_all(b"\n").map_err(Fatal::Write)?;
                }
                None if s.rejected <= SHOWN_REJECTS => eprintln!("rejected: {line}"),
                None => {}
            }
        }
        Ok(())
    }

    /// Writes a batch's results ([`Output::put`]). When one of its NDJSON lines was past the
    /// limit, the error that ends the input there: the records before that line are all
    /// written by then, so their count is its index.
    pub fn put_batch(&mut self, b: &Batch) -> Result<Option<ReadError>, Fatal> {
        self.put(&b.results)?;
        Ok(b.too_large.then_some(ReadError::TooLarge {
            index: self.summary.read,
            limit: b.limit,
        }))
    }

    /// Flushes both files (what was written so far, when the run stops on an error).
    pub fn flush(&mut self) -> Result<(), Fatal> {
        self.out.flush().map_err(Fatal::Write)?;
        if let Some(w) = &mut self.rejects {
            w.flush().map_err(Fatal::Write)?;
        }
        Ok(())
    }

    /// Ends the output (an array's `]`) and flushes both files.
    pub fn finish(mut self) -> Result<Summary, Fatal> {
        if self.format == Format::Array {
            self.out.write_all(b"]\n").map_err(Fatal::Write)?;
        }
        self.flush()?;
        Ok(self.summary)
    }
}
