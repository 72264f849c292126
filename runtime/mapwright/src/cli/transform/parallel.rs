//! Running the records through the transform: on this thread (`--jobs 1`), or on `--jobs N`
//! worker threads with the output kept in input order.
//!
//! The parallel run is a pipeline of std threads and channels. A reader thread cuts the input
//! into [`Batch`]es of about [`BATCH_BYTES`]; the workers take them from one shared queue and
//! transform them; this thread puts them back in order (by their sequence number) and writes
//! them. The batches come from a fixed pool that the writer hands back to the reader once a
//! batch is written, so at most `2 × jobs + 2` batches exist: the reader waits for a free one
//! when the workers or the writer fall behind, and memory stays bounded whatever the input size.
//!
//! The first batch is read on this thread: an input that ends inside it (one record, a small
//! file) is transformed here, with no thread started. Starting and joining threads costs more
//! than such an input (on a 2-core VM, `--jobs 2` on one record took 8 ms against 3 ms).
//!
//! The threads are spawned, not scoped: when the output cannot be written the run stops at once,
//! even while the reader waits on a pipe that stays open (a scope would wait for it).

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
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
    let format = output.format();
    let mut r = Results::default();
    while let Some(next) = records.next_record() {
        let (index, bytes) = match next {
            Ok(record) => record,
            Err(e) => {
                // What was read before the error is written, as the records before it.
                output.put(&r)?;
                return Err(e.into());
            }
        };
        r.record(entry, ctx, format, index, bytes);
        if r.out.len() >= FLUSH_BYTES || r.rejects.len() >= FLUSH_REJECTS {
            output.put(&r)?;
            r.clear();
        }
    }
    output.put(&r)
}

/// What a worker hands the writer.
enum Done {
    Batch(Batch),
    /// A worker panicked (a bug in a transform): its batch is lost, so the run stops.
    Panicked,
}

/// Tells the writer when its worker thread unwinds from a panic.
struct PanicNotice(Sender<Done>);

impl Drop for PanicNotice {
    fn drop(&mut self) {
        if thread::panicking() {
            let _ = self.0.send(Done::Panicked);
        }
    }
}

/// How [`threads`] ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// The input ended inside the first batch, which this thread transformed.
    OneBatch,
    /// On the reader, the workers and this thread.
    Threads,
}

/// Transforms every record on `jobs` worker threads and writes them in input order (an input
/// of one batch on this thread).
pub fn threads<R, W>(
    mut records: Records<R>,
    entry: &'static generated::Entry,
    ctx: Arc<Context>,
    jobs: usize,
    output: &mut Output<W>,
) -> Result<Ran, Fatal>
where
    R: BufRead + Send + 'static,
    W: Write,
{
    let format = output.format();
    let mut first = Batch::default();
    match first.fill(&mut records, BATCH_BYTES) {
        Ok(false) => {}
        ended => {
            // What was read before an error is written, as the records before it.
            first.run(entry, &ctx, format);
            output.put(&first.results)?;
            return ended.map(|_| Ran::OneBatch).map_err(Fatal::from);
        }
    }
    let (free_tx, free_rx) = mpsc::channel::<Batch>();
    let (work_tx, work_rx) = mpsc::channel::<Batch>();
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    // `first` is one of the `2 × jobs + 2` batches.
    for _ in 0..2 * jobs + 1 {
        // The receiver lives until the reader ends, after this.
        let _ = free_tx.send(Batch::default());
    }
    // The workers have not started, so the queue is open.
    let _ = work_tx.send(first);
    let reader = thread::Builder::new()
        .name("transform-reader".into())
        .spawn(move || read(&mut records, 1, &free_rx, &work_tx))
        .map_err(Fatal::Thread)?;
    let work_rx = Arc::new(Mutex::new(work_rx));
    for i in 0..jobs {
        let (work_rx, ctx, done) = (Arc::clone(&work_rx), Arc::clone(&ctx), done_tx.clone());
        thread::Builder::new()
            .name(format!("transform-{i}"))
            .spawn(move || work(&work_rx, entry, &ctx, format, done))
            .map_err(Fatal::Thread)?;
    }
    drop(done_tx);

    // Batches done out of order wait here for the ones before them.
    let mut pending: BTreeMap<u64, Batch> = BTreeMap::new();
    let mut next = 0;
    for done in done_rx {
        let batch = match done {
            Done::Batch(b) => b,
            Done::Panicked => return Err(Fatal::Panicked),
        };
        pending.insert(batch.seq, batch);
        while let Some(batch) = pending.remove(&next) {
            output.put(&batch.results)?;
            next += 1;
            // The reader may have ended; then the batch is not needed.
            let _ = free_tx.send(batch);
        }
    }
    // Every worker has ended, so the reader has too.
    match reader.join() {
        Ok(Ok(())) if pending.is_empty() => Ok(Ran::Threads),
        Ok(Ok(())) => Err(Fatal::Panicked),
        Ok(Err(e)) => Err(e.into()),
        Err(_) => Err(Fatal::Panicked),
    }
}

/// The reader thread: fills free batches and queues them, numbered in input order from `seq`.
/// Ends at the end of the input, at a read error (after queueing the records before it), or
/// when the writer has stopped.
fn read<R: BufRead>(
    records: &mut Records<R>,
    mut seq: u64,
    free: &Receiver<Batch>,
    work: &Sender<Batch>,
) -> Result<(), ReadError> {
    while let Ok(mut batch) = free.recv() {
        batch.clear();
        let filled = batch.fill(records, BATCH_BYTES);
        if !batch.is_empty() {
            batch.seq = seq;
            seq += 1;
            if work.send(batch).is_err() {
                return Ok(());
            }
        }
        if filled? {
            return Ok(());
        }
    }
    Ok(())
}

/// A worker thread: transforms batches from the shared queue until it is empty and closed.
fn work(
    queue: &Mutex<Receiver<Batch>>,
    entry: &generated::Entry,
    ctx: &Context,
    format: Format,
    done: Sender<Done>,
) {
    let notice = PanicNotice(done);
    loop {
        let next = queue.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok(mut batch) = next else { return };
        batch.run(entry, ctx, format);
        if notice.0.send(Done::Batch(batch)).is_err() {
            return;
        }
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

    /// The output bytes, the records read, how the run went and its error, on `jobs` threads
    /// (`None`: on one).
    fn run(input: &[u8], jobs: Option<usize>) -> (Vec<u8>, usize, Option<Ran>, Option<String>) {
        let mut records = Records::new(Cursor::new(input.to_vec())).expect("reads");
        let mut out = Vec::new();
        let mut output = Output::new(&mut out, None, records.format()).expect("starts");
        let ctx = Arc::new(Context::new(chrono::Utc::now()));
        let (ran, err) = match jobs {
            None => (
                None,
                one_thread(&mut records, entry(), &ctx, &mut output).err(),
            ),
            Some(j) => match threads(records, entry(), ctx, j, &mut output) {
                Ok(r) => (Some(r), None),
                Err(e) => (None, Some(e)),
            },
        };
        let read = output.summary.read;
        drop(output);
        (out, read, ran, err.map(|e| e.to_string()))
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
        assert_eq!((two, s2, e2), (one, s1, e1));
        assert_eq!(s1, 2);
    }
}
