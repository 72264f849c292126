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

/// Transforms every record on `jobs` worker threads and writes them in input order.
pub fn threads<R, W>(
    mut records: Records<R>,
    entry: &'static generated::Entry,
    ctx: Arc<Context>,
    jobs: usize,
    output: &mut Output<W>,
) -> Result<(), Fatal>
where
    R: BufRead + Send + 'static,
    W: Write,
{
    let format = output.format();
    let (free_tx, free_rx) = mpsc::channel::<Batch>();
    let (work_tx, work_rx) = mpsc::channel::<Batch>();
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    for _ in 0..2 * jobs + 2 {
        // The receiver lives until the reader ends, after this.
        let _ = free_tx.send(Batch::default());
    }
    let reader = thread::Builder::new()
        .name("transform-reader".into())
        .spawn(move || read(&mut records, &free_rx, &work_tx))
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
        Ok(Ok(())) if pending.is_empty() => Ok(()),
        Ok(Ok(())) => Err(Fatal::Panicked),
        Ok(Err(e)) => Err(e.into()),
        Err(_) => Err(Fatal::Panicked),
    }
}

/// The reader thread: fills free batches and queues them, numbered in input order. Ends at the
/// end of the input, at a read error (after queueing the records before it), or when the
/// writer has stopped.
fn read<R: BufRead>(
    records: &mut Records<R>,
    free: &Receiver<Batch>,
    work: &Sender<Batch>,
) -> Result<(), ReadError> {
    let mut seq = 0;
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
