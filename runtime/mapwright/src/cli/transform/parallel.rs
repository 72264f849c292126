//! Running the records through the transform: on this thread (`--jobs 1`), or on `--jobs N`
//! worker threads with the output kept in input order.
//!
//! In the parallel run each of the `jobs` worker threads does all three parts for a batch of
//! about [`BATCH_BYTES`]: it cuts the batch from the input (one worker at a time, which numbers
//! the batches in input order), transforms it, and hands it to the output, where the batches
//! are written by their numbers: whichever worker brings the next one writes it and every later
//! one already waiting. So no thread only moves data. The earlier reader and writer threads woke
//! for every batch and took a core from a worker each time; with their work in the workers,
//! `--jobs 2` takes 0.88–0.90× the wall time on the bench (BENCHMARKS.md, session 13), and a
//! batch stays in the cache of the core that read it. At most `2 × jobs + 2` batches are
//! between read and written: a worker waits before reading when the output falls behind, so
//! memory stays bounded whatever the input size.
//!
//! NDJSON is cut in chunks of whole lines (`Records::read_lines`: a few large reads straight
//! into the batch, cut after its last newline), and the worker splits its batch into lines: the
//! input is locked for little more than the kernel's copy (a tenth of the instructions done
//! under the locks when the batch was cut a line at a time; BENCHMARKS.md, session 19). Arrays
//! and pretty-printed records are cut a record at a time (their scanner must see every byte in
//! order). A record's index, for the rejects and a record past the limit, is counted when its
//! batch is written.
//!
//! The first batch is read on this thread: an input that ends inside it (one record, a small
//! file) is transformed here, with no thread started. Starting and joining threads costs more
//! than such an input (on a 2-core VM, `--jobs 2` on one record took 8 ms against 3 ms).
//!
//! The threads are spawned, not scoped: when the output cannot be written the run stops at once,
//! even while a worker waits on an input pipe that stays open (a scope would wait for it).

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;

use mapping_dsl::rt::Context;

use super::Fatal;
use super::batch::{Batch, Output, Results};
use super::reader::{Format, ReadError, Records};

/// Input bytes per batch (a batch holds at least one record, whatever its size).
pub const BATCH_BYTES: usize = 512 * 1024;
/// On one thread, the output gathered before it is written.
const FLUSH_BYTES: usize = 256 * 1024;
/// On one thread, the rejects gathered before they are written.
const FLUSH_REJECTS: usize = 1024;

/// Transforms every record on this thread.
pub fn one_thread<R: BufRead, W: Write>(
    records: &mut Records<R>,
    entry: &generated::Entry,
    ctx: &Context,
    output: &mut Output<W>,
) -> Result<(), Fatal> {
    if records.format() == Format::Ndjson {
        return one_thread_lines(records, entry, ctx, output);
    }
    let format = output.format();
    let mut r = Results::default();
    while let Some(next) = records.next_record() {
        let (_, bytes) = match next {
            Ok(record) => record,
            Err(e) => {
                // What was read before the error is written, as the records before it.
                output.put(&r)?;
                return Err(e.into());
            }
        };
        r.record(entry, ctx, format, bytes);
        if r.out.len() >= FLUSH_BYTES || r.rejects.len() >= FLUSH_REJECTS {
            output.put(&r)?;
            r.clear();
        }
    }
    output.put(&r)
}

/// NDJSON on this thread: a batch of whole lines at a time, as a worker of [`threads`] does
/// (no copy of each line out of the reader's buffer).
fn one_thread_lines<R: BufRead, W: Write>(
    records: &mut Records<R>,
    entry: &generated::Entry,
    ctx: &Context,
    output: &mut Output<W>,
) -> Result<(), Fatal> {
    let format = output.format();
    let mut batch = Batch::default();
    loop {
        batch.clear();
        let got = batch.fill(records, BATCH_BYTES);
        // What was read before an error is written, as the records before it.
        batch.run(entry, ctx, format);
        if let Some(e) = output.put_batch(&batch)? {
            return Err(e.into());
        }
        if got? {
            return Ok(());
        }
    }
}

/// How [`threads`] ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// The input ended inside the first batch, which this thread transformed.
    OneBatch,
    /// On the worker threads.
    Threads,
}

/// Transforms every record on `jobs` worker threads and writes them in input order (an input
/// of one batch on this thread). Gives the output back to be finished.
pub fn threads<R, W>(
    mut records: Records<R>,
    entry: &'static generated::Entry,
    ctx: Arc<Context>,
    jobs: usize,
    mut output: Output<W>,
) -> Result<(Ran, Output<W>), Fatal>
where
    R: BufRead + Send + 'static,
    W: Write + Send + 'static,
{
    let format = output.format();
    let mut first = Batch::default();
    match first.fill(&mut records, BATCH_BYTES) {
        Ok(false) => {}
        ended => {
            // What was read before an error is written, as the records before it.
            first.run(entry, &ctx, format);
            if let Some(e) = output.put_batch(&first)? {
                return Err(e.into());
            }
            return ended.map(|_| (Ran::OneBatch, output)).map_err(Fatal::from);
        }
    }
    let shared = Arc::new(Shared {
        input: Mutex::new(Input {
            records,
            first: Some(first),
            seq: 0,
            ended: false,
        }),
        order: Mutex::new(Order {
            output: Some(output),
            written: 0,
            in_flight: 0,
            pending: BTreeMap::new(),
            free: Vec::new(),
            read_error: None,
            stopped: false,
            failed: None,
            workers: jobs,
        }),
        turn: Condvar::new(),
        limit: 2 * jobs + 2,
    });
    for i in 0..jobs {
        let (worker, ctx) = (Arc::clone(&shared), Arc::clone(&ctx));
        let spawned = thread::Builder::new()
            .name(format!("transform-{i}"))
            .spawn(move || worker.work(entry, &ctx, format));
        if let Err(e) = spawned {
            shared.fail(Fatal::Thread(e));
            // The workers already started see the failure and stop.
            shared.order().workers -= jobs - i;
            break;
        }
    }
    // Wait for the workers to end, or for the first failure: a worker may be blocked reading a
    // pipe that stays open, and the run stops without it.
    let mut order = shared.order();
    while order.workers > 0 && order.failed.is_none() && !order.stopped {
        order = shared
            .turn
            .wait(order)
            .unwrap_or_else(PoisonError::into_inner);
    }
    if let Some(e) = order.failed.take() {
        // The records written so far reach the file (no worker writes after a failure).
        if let Some(o) = order.output.as_mut() {
            let _ = o.flush();
        }
        return Err(e);
    }
    if let Some(e) = order.read_error.take() {
        // Every batch before the error is written.
        if let Some(o) = order.output.as_mut() {
            let _ = o.flush();
        }
        return Err(e.into());
    }
    match order.output.take() {
        Some(o) if order.pending.is_empty() => Ok((Ran::Threads, o)),
        _ => Err(Fatal::Panicked),
    }
}

/// What the workers share.
struct Shared<R, W: Write> {
    input: Mutex<Input<R>>,
    order: Mutex<Order<W>>,
    /// Signalled when a batch is written, a worker ends or the run fails.
    turn: Condvar,
    /// The most batches between read and written.
    limit: usize,
}

/// The input, read by one worker at a time.
struct Input<R> {
    records: Records<R>,
    /// The batch this thread read to decide whether to start the workers (number 0).
    first: Option<Batch>,
    /// The number of the next batch read.
    seq: u64,
    ended: bool,
}

/// The output side: batches waiting for their turn, and how the run is going.
struct Order<W: Write> {
    /// Taken back by [`threads`] at the end.
    output: Option<Output<W>>,
    /// Batches written: the number of the next one to write.
    written: u64,
    /// Batches read and not yet written.
    in_flight: usize,
    /// Transformed batches waiting for the ones before them.
    pending: BTreeMap<u64, Batch>,
    /// Written batches, to be read into again.
    free: Vec<Batch>,
    /// The input broke after the batches read before it.
    read_error: Option<ReadError>,
    /// A batch written ended at a line past the limit (`read_error`): the later batches are
    /// not written, and no more are read.
    stopped: bool,
    /// The output could not be written, or a worker panicked: the run stops.
    failed: Option<Fatal>,
    /// Workers still running.
    workers: usize,
}

/// Counts its worker out when the worker ends, and stops the run when it unwinds from a panic
/// (a bug in a transform): its batch is lost.
struct WorkerEnd<'a, R, W: Write>(&'a Shared<R, W>);

impl<R, W: Write> Drop for WorkerEnd<'_, R, W> {
    fn drop(&mut self) {
        if thread::panicking() {
            self.0.fail(Fatal::Panicked);
        }
        self.0.order().workers -= 1;
        self.0.turn.notify_all();
    }
}

impl<R, W: Write> Shared<R, W> {
    fn order(&self) -> MutexGuard<'_, Order<W>> {
        self.order.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stops the run with `e` (the first failure is kept).
    fn fail(&self, e: Fatal) {
        let mut order = self.order();
        if order.failed.is_none() {
            order.failed = Some(e);
        }
        drop(order);
        self.turn.notify_all();
    }
}

impl<R: BufRead, W: Write> Shared<R, W> {
    /// A worker: reads, transforms and writes batches until the input ends or the run fails.
    fn work(&self, entry: &generated::Entry, ctx: &Context, format: Format) {
        let _end = WorkerEnd(self);
        while let Some(mut batch) = self.read() {
            batch.run(entry, ctx, format);
            self.write(batch);
        }
    }

    /// The next batch of the input, numbered; `None` at its end or when the run failed. Waits
    /// while [`Shared::limit`] batches are between read and written.
    fn read(&self) -> Option<Batch> {
        let mut batch = {
            let mut order = self.order();
            while order.in_flight >= self.limit && order.failed.is_none() && !order.stopped {
                order = self
                    .turn
                    .wait(order)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            if order.failed.is_some() || order.stopped {
                return None;
            }
            order.in_flight += 1;
            order.free.pop().unwrap_or_default()
        };
        let mut input = self.input.lock().unwrap_or_else(PoisonError::into_inner);
        let got = if let Some(first) = input.first.take() {
            self.order().free.push(batch);
            batch = first;
            Ok(false)
        } else if input.ended {
            drop(input);
            let mut order = self.order();
            order.in_flight -= 1;
            order.free.push(batch);
            drop(order);
            self.turn.notify_all();
            return None;
        } else {
            batch.clear();
            batch.fill(&mut input.records, BATCH_BYTES)
        };
        batch.seq = input.seq;
        input.seq += 1;
        match got {
            Ok(false) => {}
            Ok(true) => input.ended = true,
            Err(e) => {
                input.ended = true;
                // Reported once every batch before it is written (this one holds the records
                // read before the error).
                self.order().read_error = Some(e);
            }
        }
        Some(batch)
    }

    /// Writes `batch` when its turn comes: now, with every later batch already waiting, or
    /// later by the worker that brings the one before it.
    fn write(&self, batch: Batch) {
        let mut order = self.order();
        let order = &mut *order;
        order.pending.insert(batch.seq, batch);
        while let Some(b) = order.pending.remove(&order.written) {
            if order.failed.is_none()
                && !order.stopped
                && let Some(output) = order.output.as_mut()
            {
                match output.put_batch(&b) {
                    Err(e) => order.failed = Some(e),
                    Ok(None) => {}
                    Ok(Some(e)) => {
                        // Every batch before it is written: the run ends with the error.
                        order.read_error = Some(e);
                        order.stopped = true;
                    }
                }
            }
            order.written += 1;
            order.in_flight -= 1;
            order.free.push(b);
        }
        self.turn.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn entry() -> &'static generated::Entry {
        generated::registry()
            .iter()
            .find(|e| e.name == "example_case_summary")
            .expect("the example transform is compiled")
    }

    /// `n` NDJSON records of `example_case_summary`, padded to about `pad` bytes each.
    fn ndjson(n: usize, pad: usize) -> Vec<u8> {
        (0..n)
            .map(|i| {
                format!(
                    "{{\"case_id\": \"c{i}\", \"status\": \"open\", \"sex\": \"female\", \"age\": {}, \"name_first\": \"{}\"}}\n",
                    i % 30,
                    "x".repeat(pad)
                )
            })
            .collect::<String>()
            .into_bytes()
    }

    /// An output the test reads after the threads are done with it.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);

    impl Write for Sink {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("lock").extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The output bytes, the records read, how the run went and its error, on `jobs` threads
    /// (`None`: on one).
    fn run(input: &[u8], jobs: Option<usize>) -> (Vec<u8>, usize, Option<Ran>, Option<String>) {
        let mut records = Records::new(Cursor::new(input.to_vec())).expect("reads");
        let sink = Sink::default();
        let mut output = Output::new(sink.clone(), None, records.format()).expect("starts");
        let ctx = Arc::new(Context::new(chrono::Utc::now()));
        let (ran, read, err) = match jobs {
            None => {
                let err = one_thread(&mut records, entry(), &ctx, &mut output).err();
                let read = err.is_none().then(|| output.finish().map(|s| s.read).ok());
                (None, read.flatten(), err)
            }
            Some(j) => match threads(records, entry(), ctx, j, output) {
                Ok((r, o)) => (Some(r), o.finish().map(|s| s.read).ok(), None),
                Err(e) => (None, None, Some(e)),
            },
        };
        let out = sink.0.lock().expect("lock").clone();
        (out, read.unwrap_or(0), ran, err.map(|e| e.to_string()))
    }

    #[test]
    fn an_input_of_one_batch_runs_on_this_thread_with_the_bytes_of_one_thread() {
        let small = ndjson(3, 10);
        let (one, s1, _, _) = run(&small, None);
        let (two, s2, ran, err) = run(&small, Some(2));
        assert_eq!(ran, Some(Ran::OneBatch));
        assert_eq!((two, s2, err), (one, s1, None));
        assert_eq!(s1, 3);

        // Several batches: the threads run, and the bytes are the same.
        let large = ndjson(3 * BATCH_BYTES / 1000, 1000);
        assert!(large.len() > 2 * BATCH_BYTES);
        let (one, s1, _, _) = run(&large, None);
        let (two, s2, ran, err) = run(&large, Some(2));
        assert_eq!(ran, Some(Ran::Threads));
        assert_eq!((two.len(), s2, err), (one.len(), s1, None));
        assert!(two == one, "the threads' output differs from one thread's");
    }

    /// A read error inside the first batch: the records before it are written, then the error,
    /// as on one thread.
    #[test]
    fn a_broken_input_of_one_batch_ends_as_on_one_thread() {
        let broken = b"[{\"case_id\": \"a\", \"status\": \"open\"}, {\"case_id\": \"b\", \"status\": \"open\"} x".to_vec();
        let (one, s1, _, e1) = run(&broken, None);
        let (two, s2, ran, e2) = run(&broken, Some(2));
        assert_eq!(ran, None);
        assert!(e1.is_some(), "the break is an error");
        assert_eq!((&two, s2, e2), (&one, s1, e1));
        let written = String::from_utf8_lossy(&one);
        assert!(
            written.contains("\"a\"") && written.contains("\"b\""),
            "the records before the break are written: {written}"
        );
    }

    /// An output that takes `room` bytes, then fails.
    struct Full(usize);

    impl Write for Full {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            if b.len() > self.0 {
                return Err(std::io::Error::other("no space left"));
            }
            self.0 -= b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The output fails part-way: the workers stop and the run ends with the write error.
    #[test]
    fn an_output_that_cannot_be_written_stops_the_workers() {
        let large = ndjson(8 * BATCH_BYTES / 1000, 1000);
        let records = Records::new(Cursor::new(large)).expect("reads");
        let output = Output::new(Full(100_000), None, records.format()).expect("starts");
        let ctx = Arc::new(Context::new(chrono::Utc::now()));
        match threads(records, entry(), ctx, 3, output) {
            Err(Fatal::Write(e)) => assert_eq!(e.to_string(), "no space left"),
            Err(e) => panic!("another error: {e}"),
            Ok(_) => panic!("the run went on past a failed write"),
        }
    }
}
