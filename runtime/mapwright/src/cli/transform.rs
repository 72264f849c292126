//! `mapwright transform <name> <input> [-o out] [--rejects file] [--param k=v]`: streams a JSON
//! array, NDJSON or pretty-printed records through a compiled transformer (`generated::find`)
//! in bounded memory, on `--jobs` threads (default: the available cores).
//!
//! Records are read, transformed and written in input order (with several jobs, in batches
//! transformed in parallel: `parallel`); a record that fails is written to the rejects file
//! (NDJSON: index, key, field, reason) and the run goes on. A summary goes to
//! stderr; the exit status is 1 when any record was rejected, 2 on usage or I/O errors.

mod batch;
mod parallel;
pub(crate) mod reader;
mod replace;

use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use batch::Output;
use mapping_dsl::rt::Context;
use reader::{Format, Records};

#[derive(Debug, clap::Args)]
pub struct TransformArgs {
    /// The transform's registry name (`transform:` in its spec).
    pub name: String,
    /// A JSON array, NDJSON, or pretty-printed JSON records one after another (one record
    /// file, as the fixtures are); `-` for stdin.
    pub input: PathBuf,
    /// Where to write the output (default stdout). `.ndjson` writes one record per line,
    /// `.json` a JSON array; otherwise the input's format is kept (NDJSON for pretty-printed input).
    /// An existing file of 4 MiB or more, or the input itself, is replaced by a new one with its
    /// permissions (a link, a device, or a file with other hard links is written in place).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Write failed records here as NDJSON (index, key, field, reason).
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// A transform parameter, e.g. `--param cursor=2024-01-01T00:00:00Z` (repeatable); typed
    /// by the transform's `params:` in the specs under `--dir` (unknown names are refused).
    #[arg(long = "param", value_name = "K=V")]
    pub params: Vec<String>,
    /// The largest single record (JSON value) in bytes; a larger one stops the run with an
    /// error before it is held in memory.
    #[arg(long, value_name = "BYTES", default_value_t = reader::MAX_RECORD_BYTES)]
    pub max_record_bytes: usize,
    /// Threads that parse and transform records (default: the available cores). The output is
    /// the same whatever the number: records are written in input order.
    #[arg(long, value_name = "N", value_parser = parse_jobs)]
    pub jobs: Option<usize>,
    /// Never show a progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// The mappings folder to compare the compiled transform with: when the specs of its
    /// deployment there have changed since this binary was built, a warning says so (the
    /// output follows the specs the binary was built from; `mapwright preview` runs the new
    /// ones). Skipped when the folder has no such deployment.
    #[arg(long, default_value = "mappings", value_name = "DIR")]
    pub dir: PathBuf,
}

/// Inputs larger than this get a progress bar (when stderr is a terminal).
const PROGRESS_MIN_BYTES: u64 = 16 * 1024 * 1024;
/// Rejects echoed on stderr when there is no rejects file.
const SHOWN_REJECTS: usize = 5;

#[derive(Debug, thiserror::Error)]
enum Fatal {
    #[error(
        "no compiled transform is named `{0}` (known: {1}); a transform not compiled yet (new specs before `cargo gen`) runs with `mapwright preview`"
    )]
    Unknown(String, String),
    #[error("{0}")]
    Param(String),
    #[error("{path}: {source}")]
    Open { path: String, source: io::Error },
    #[error("cannot write the output: {0}")]
    Write(io::Error),
    #[error(transparent)]
    Read(#[from] reader::ReadError),
    #[error("cannot start a transform thread: {0}")]
    Thread(io::Error),
    #[error("a transform thread panicked (a bug): the output is incomplete")]
    Panicked,
}

#[derive(Debug, Default)]
pub(crate) struct Summary {
    read: usize,
    written: usize,
    dropped: usize,
    rejected: usize,
    bytes: u64,
}

pub fn run(args: TransformArgs) -> ExitCode {
    match run_inner(&args) {
        Ok(s) => {
            if s.rejected > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// `--jobs`: a number of threads, at least 1.
fn parse_jobs(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1 (the number of threads that transform records)".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(format!("not a number of threads: {e}")),
    }
}

/// The available cores (1 when they cannot be told).
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The parameters, typed by the transform's declaration in the specs under `dir` (as
/// `preview` does): unknown names and ill-typed values are refused.
fn context(entry: &generated::Entry, params: &[String], dir: &Path) -> Result<Context, Fatal> {
    if params.is_empty() {
        return Ok(Context::new(chrono::Utc::now()));
    }
    let folder = dir.join(entry.deployment);
    let no_specs = |why: String| {
        Fatal::Param(format!(
            "cannot check --param against `{}`'s declared params: {why} (pass --dir with the mappings folder)",
            entry.name
        ))
    };
    let checked = crate::specs::load_deployment(entry.deployment, &folder)
        .map_err(|e| no_specs(e.to_string()))?;
    let t = checked
        .deployment
        .as_ref()
        .and_then(|d| d.transforms.iter().find(|t| t.name == entry.name))
        .ok_or_else(|| no_specs(format!("no such transform in {}", folder.display())))?;
    super::preview::context(t, params).map_err(Fatal::Param)
}

fn run_inner(args: &TransformArgs) -> Result<Summary, Fatal> {
    let entry = generated::find(&args.name).ok_or_else(|| {
        let names: Vec<&str> = generated::registry().iter().map(|e| e.name).collect();
        Fatal::Unknown(args.name.clone(), names.join(", "))
    })?;
    let ctx = Arc::new(context(entry, &args.params, &args.dir)?);
    warn_if_specs_changed(entry, &args.dir);
    let (raw, input_meta): (Box<dyn io::Read + Send>, _) = if args.input.as_os_str() == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let f = File::open(&args.input).map_err(|source| Fatal::Open {
            path: args.input.display().to_string(),
            source,
        })?;
        let meta = f.metadata().ok();
        (Box::new(f), meta)
    };
    let size = input_meta.as_ref().map_or(0, |m| m.len());
    let bar =
        (!args.quiet && size >= PROGRESS_MIN_BYTES && io::stderr().is_terminal()).then(|| {
            let b = indicatif::ProgressBar::new(size);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            ) {
                b.set_style(style);
            }
            b
        });
    let raw: Box<dyn io::Read + Send> = match &bar {
        Some(b) => Box::new(b.wrap_read(raw)),
        None => raw,
    };
    let mut records = Records::new(BufReader::with_capacity(256 * 1024, raw))
        .map_err(reader::ReadError::Io)?
        .with_limit(args.max_record_bytes);

    let out_format = match args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
    {
        Some("ndjson" | "jsonl") => Format::Ndjson,
        Some("json") => Format::Array,
        _ => match records.format() {
            Format::Values => Format::Ndjson,
            f => f,
        },
    };
    let create = |p: &Path| {
        replace::create(p, input_meta.as_ref()).map_err(|source| Fatal::Open {
            path: p.display().to_string(),
            source,
        })
    };
    // `Send`: the workers of `--jobs N` write the batches.
    let sink: Box<dyn Write + Send> = match &args.output {
        Some(p) => Box::new(create(p)?),
        None => Box::new(io::stdout()),
    };
    // Smaller than a batch's output (~190 KB for a 512 KiB batch on the bench): `BufWriter`
    // hands a write at least its size straight to the file, so batches are not copied through
    // it; small outputs are still gathered.
    let out = BufWriter::with_capacity(64 * 1024, sink);
    let rejects: Option<BufWriter<File>> = match &args.rejects {
        Some(p) => Some(BufWriter::new(create(p)?)),
        None => None,
    };

    let started = Instant::now();
    let mut output = Output::new(out, rejects, out_format)?;
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let output = if jobs == 1 {
        parallel::one_thread(&mut records, entry, &ctx, &mut output)?;
        output
    } else {
        parallel::threads(records, entry, Arc::clone(&ctx), jobs, output)?.1
    };
    let s = output.finish()?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    report(
        &args.name,
        &s,
        started.elapsed(),
        &ctx,
        args.rejects.is_some(),
    );
    Ok(s)
}

/// Warns when `dir/<deployment>` holds specs other than those `entry` was generated from.
fn warn_if_specs_changed(entry: &generated::Entry, dir: &std::path::Path) {
    let folder = dir.join(entry.deployment);
    if !folder.is_dir() {
        return;
    }
    match crate::specs::fingerprint_dir(&folder) {
        Ok(now) if now != entry.fingerprint => eprintln!(
            "warning: the specs in {} have changed since this binary was built: `{}` runs as \
             compiled from the earlier specs. Run `cargo gen` and rebuild, or `mapwright preview {}` \
             to run the specs as they are now.",
            folder.display(),
            entry.name,
            entry.name
        ),
        _ => {}
    }
}

fn report(
    name: &str,
    s: &Summary,
    took: std::time::Duration,
    ctx: &Context,
    has_rejects_file: bool,
) {
    let secs = took.as_secs_f64().max(1e-9);
    eprintln!(
        "{name}: {} read, {} written, {} dropped by keep, {} rejected ({:.2} s, {:.0} MB/s)",
        s.read,
        s.written,
        s.dropped,
        s.rejected,
        secs,
        s.bytes as f64 / secs / 1e6
    );
    if s.rejected > SHOWN_REJECTS && !has_rejects_file {
        eprintln!(
            "{} more rejected records not shown; use --rejects FILE",
            s.rejected - SHOWN_REJECTS
        );
    }
    let c = ctx.counters.snapshot();
    // Coercions are summed by kind, codes by option set or value map.
    let lines = [
        ("coercions", summed(&c.coercions, |(_, kind)| kind)),
        (
            "unknown codes passed by policy",
            summed(&c.unknown_codes, |(set, _)| set),
        ),
        (
            "codes written without a label by policy",
            summed(&c.missing_labels, |(set, _)| set),
        ),
        (
            "questionnaire questions no table lists",
            summed(&c.unmatched_questions, |(code, _)| code),
        ),
        (
            "table questions missing from their questionnaire",
            summed(&c.missing_questions, |(code, _)| code),
        ),
    ];
    for (what, (total, parts)) in lines {
        if total > 0 {
            eprintln!("{what}: {total} ({parts})");
        }
    }
}

type CounterMap = std::collections::BTreeMap<(String, String), u64>;

/// A counter map's total and its sums by `group` of the key, as "name n, name n".
fn summed(map: &CounterMap, group: impl Fn(&(String, String)) -> &String) -> (u64, String) {
    let mut by: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
    for (k, n) in map {
        *by.entry(group(k).as_str()).or_default() += n;
    }
    let parts: Vec<String> = by.iter().map(|(k, n)| format!("{k} {n}")).collect();
    (map.values().sum(), parts.join(", "))
}
