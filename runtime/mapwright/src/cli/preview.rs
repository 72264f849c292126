//! `mapwright preview`: run one transform through the interpreter over sample input, without
//! compiling anything. Output JSON on stdout; per-record errors on stderr.

use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use mapping_dsl::interp::{RecordParser, run_record, why_dropped};
use mapping_dsl::ir::{Deployment, ObjectRule, Transform, ValueRule};
use mapping_dsl::rt::{Context, TransformError};
use mapping_dsl::source::{SourceMap, Span};
use serde_json::Value;

use super::transform::reader::Records;
use crate::render::{self, Style};
use crate::specs;

/// Preview a transform over sample records with the interpreter.
///
/// The input is one JSON record, a JSON array of records, or NDJSON (one record per line);
/// the shape is detected and records are streamed. Outputs go to stdout (pretty JSON for one
/// record, a JSON array for an array, one line per record for NDJSON); a record that fails is
/// reported on stderr with its index, key, field path and reason, and the others continue.
/// Exit status: 0 all records ran, 1 a record failed or the specs have errors, 2 usage or I/O.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  mapwright preview example_case_summary mappings/example/samples/case.json\n  mapwright preview bench_reference cases.ndjson --param cursor=2024-01-01T00:00:00Z --lang en"
)]
pub struct PreviewArgs {
    /// The transform's registry name (`transform:` in its file).
    pub transform: String,
    /// The input file, or `-` for standard input.
    pub input: PathBuf,
    /// Label language for translations (overrides the transform's `policy.lang`).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// A parameter value, `NAME=VALUE` (repeatable); typed by the transform's `params:`.
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// The mappings root or one deployment folder.
    #[arg(long, value_name = "PATH", default_value = "mappings")]
    pub dir: PathBuf,
    /// Say why a record was dropped by `keep`, or a field left out by its `when`: the false
    /// part of the condition (the false side of `a && b`) and the values it read.
    #[arg(long)]
    pub explain: bool,
    /// Map every record, ignoring the transform's `keep` (with --explain, say which records
    /// `keep` would have dropped).
    #[arg(long)]
    pub no_keep: bool,
}

pub fn run(args: PreviewArgs) -> ExitCode {
    let checked = match specs::load_mappings(&args.dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    // The deployment whose specs name the transform (checked, or with its errors).
    let found = checked.iter().find(|c| {
        c.deployment
            .as_ref()
            .is_some_and(|d| d.transforms.iter().any(|t| t.name == args.transform))
    });
    let Some(c) = found else {
        if checked.iter().any(|c| c.has_errors()) {
            eprint!("{}", render::human_all(&checked, Style::default()));
            eprintln!(
                "error: the specs have errors; `{}` cannot be previewed until they are fixed",
                args.transform
            );
            return ExitCode::from(1);
        }
        let names: Vec<String> = checked
            .iter()
            .filter_map(|c| c.deployment.as_ref())
            .flat_map(|d| d.transforms.iter().map(|t| t.name.clone()))
            .collect();
        eprintln!(
            "error: no transform is named `{}` (known: {})",
            args.transform,
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    let Some(dep) = c.deployment.as_ref() else {
        return ExitCode::from(1);
    };
    let Some(t) = dep.transforms.iter().find(|t| t.name == args.transform) else {
        return ExitCode::from(2);
    };
    let original = t;
    let mut t = t.clone();
    if args.no_keep {
        t.keep = None;
    }
    if let Some(lang) = &args.lang {
        set_lang(&mut t.output, lang);
    }
    let ctx = match context(&t, &args.params) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("error: {msg}");
            return ExitCode::from(2);
        }
    };
    let reader: Box<dyn Read> = if args.input.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(&args.input) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", args.input.display());
                return ExitCode::from(2);
            }
        }
    };
    let stdout = std::io::stdout().lock();
    let mut p = Previewer {
        dep,
        t: &t,
        explain: args.explain.then_some(Explain {
            original,
            sources: &c.sources,
        }),
        ctx: &ctx,
        out: BufWriter::new(stdout),
        log: BufWriter::new(std::io::stderr()),
        failed: 0,
        emitted: 0,
        record: Vec::new(),
        parser: RecordParser::new(&t.input),
    };
    let res = p.input(BufReader::with_capacity(1 << 16, reader));
    let _ = p.out.flush();
    let _ = p.log.flush();
    // What the records did not say silently: drift and codes passed by policy (form labels and
    // codes, never personal data).
    let c = ctx.counters.snapshot();
    for ((code, text), n) in &c.unmatched_questions {
        eprintln!("warning: {code} has a question no rule reads ({n}x): {text}");
    }
    for ((code, text), n) in &c.missing_questions {
        eprintln!("warning: {code} lacks the question ({n}x): {text}");
    }
    for ((set, code), n) in &c.unknown_codes {
        eprintln!("warning: unknown code `{code}` in `{set}` ({n}x)");
    }
    match res {
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
        Ok(()) if p.failed > 0 => {
            eprintln!("{} record(s) failed", p.failed);
            ExitCode::from(1)
        }
        Ok(()) => ExitCode::SUCCESS,
    }
}

fn set_lang(o: &mut ObjectRule, lang: &str) {
    for f in &mut o.fields {
        match &mut f.value {
            ValueRule::Translate { lang: l, .. } => *l = lang.to_owned(),
            ValueRule::Object(b) | ValueRule::Each { body: b, .. } => set_lang(b, lang),
            _ => {}
        }
    }
}

/// Parameters from `NAME=VALUE`, typed by the declaration, defaults filled in.
pub(crate) fn context(t: &Transform, given: &[String]) -> Result<Context, String> {
    let mut ctx = Context::new(chrono::Utc::now());
    for p in &t.params {
        if let Some(d) = &p.default {
            ctx.params.insert(p.name.clone(), d.clone());
        }
    }
    for g in given {
        let Some((k, v)) = g.split_once('=') else {
            return Err(format!("`--param {g}`: expected NAME=VALUE"));
        };
        let Some(decl) = t.params.iter().find(|p| p.name == k) else {
            let known: Vec<&str> = t.params.iter().map(|p| p.name.as_str()).collect();
            return Err(format!(
                "`{}` declares no parameter `{k}` (declared: {})",
                t.name,
                known.join(", ")
            ));
        };
        use mapping_dsl::types::Scalar;
        let value = match decl.ty {
            Scalar::Int => v
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| format!("--param {k}: `{v}` is not an int"))?,
            Scalar::Number => v
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| format!("--param {k}: `{v}` is not a number"))?,
            Scalar::Bool => v
                .parse::<bool>()
                .map(Value::Bool)
                .map_err(|_| format!("--param {k}: `{v}` is not true or false"))?,
            _ => Value::String(v.to_owned()),
        };
        mapping_dsl::check::param_value_ok(decl.ty, &value)
            .map_err(|why| format!("--param {k}: {why}"))?;
        ctx.params.insert(k.to_owned(), value);
    }
    Ok(ctx)
}

/// `--explain`: the transform as written (with its `keep`) and the files, for the conditions'
/// text.
struct Explain<'a> {
    original: &'a Transform,
    sources: &'a SourceMap,
}

struct Previewer<'a, W: Write> {
    dep: &'a Deployment,
    t: &'a Transform,
    explain: Option<Explain<'a>>,
    ctx: &'a Context,
    out: W,
    /// Per-record notes (dropped, failed), buffered: a large input drops many records.
    log: BufWriter<std::io::Stderr>,
    failed: usize,
    emitted: usize,
    /// One record's compact JSON, written by the writer compiled transforms use
    /// (`mapping_dsl::rt::write_json`, serde_json's bytes), reused from record to record.
    record: Vec<u8>,
    /// Parses a record's bytes keeping only the keys the transform reads (the others are
    /// skipped unbuilt, as generated code skips them).
    parser: RecordParser,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    One,
    Array,
    Lines,
}

impl<W: Write> Previewer<'_, W> {
    fn input<R: BufRead>(&mut self, mut r: R) -> Result<(), String> {
        // Peek at the first non-blank byte: `[` is an array, `{` one record or NDJSON.
        let first = loop {
            let buf = r.fill_buf().map_err(|e| e.to_string())?;
            if buf.is_empty() {
                return Err("the input is empty".into());
            }
            match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => {
                    let b = buf[i];
                    r.consume(i);
                    break b;
                }
                None => {
                    let n = buf.len();
                    r.consume(n);
                }
            }
        };
        if first == b'[' {
            return self.array(r);
        }
        // One record per line, each parsed from its bytes. A line that is not one whole JSON
        // value (a pretty-printed record, two records on a line) hands the rest of the input
        // to the streaming parser.
        let mut line = Vec::new();
        let mut pending: Option<Value> = None;
        let mut index = 0usize;
        let mut shape = Shape::One;
        loop {
            line.clear();
            if r.read_until(b'\n', &mut line).map_err(|e| e.to_string())? == 0 {
                break;
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let Ok(v) = self.parser.parse(&line) else {
                let rest = std::io::Cursor::new(std::mem::take(&mut line)).chain(r);
                return self.stream(rest, pending, index, shape);
            };
            if let Some(prev) = pending.take() {
                shape = Shape::Lines;
                self.record(index - 1, &prev, shape)?;
            }
            pending = Some(v);
            index += 1;
        }
        self.stream(std::io::empty(), pending, index, shape)
    }

    /// Whatever follows as a stream of JSON values; `pending` is the last value read, not yet
    /// run (the last one of a single-record input is pretty-printed).
    fn stream<R: Read>(
        &mut self,
        r: R,
        mut pending: Option<Value>,
        mut index: usize,
        mut shape: Shape,
    ) -> Result<(), String> {
        let mut stream = serde_json::Deserializer::from_reader(r).into_iter::<Value>();
        loop {
            match stream.next() {
                Some(Ok(v)) => {
                    if let Some(prev) = pending.take() {
                        shape = Shape::Lines;
                        self.record(index - 1, &prev, shape)?;
                    }
                    pending = Some(v);
                    index += 1;
                }
                Some(Err(e)) => return Err(format!("record {index}: invalid JSON: {e}")),
                None => break,
            }
        }
        if let Some(last) = pending {
            self.record(index - 1, &last, shape)?;
        }
        Ok(())
    }

    /// A JSON array, element by element, without reading it whole: each element's bytes are
    /// cut out by the `transform` command's scanner and parsed from the slice.
    fn array<R: BufRead>(&mut self, r: R) -> Result<(), String> {
        self.out.write_all(b"[").map_err(|e| e.to_string())?;
        let mut records = Records::new(r).map_err(|e| e.to_string())?;
        while let Some(next) = records.next_record() {
            let (index, bytes) = next.map_err(|e| e.to_string())?;
            let v: Value = self
                .parser
                .parse(bytes)
                .map_err(|e| format!("record {index}: invalid JSON: {e}"))?;
            self.record(index, &v, Shape::Array)?;
        }
        self.out
            .write_all(if self.emitted > 0 { b"\n]\n" } else { b"]\n" })
            .map_err(|e| e.to_string())
    }

    fn record(&mut self, index: usize, v: &Value, shape: Shape) -> Result<(), String> {
        let w = |e: std::io::Error| e.to_string();
        let why = self.why(v);
        let result = run_record(self.dep, self.t, v, self.ctx);
        if result.is_ok() {
            for line in &why {
                let line = match (
                    self.t.keep.is_none(),
                    line.strip_prefix("dropped by keep: "),
                ) {
                    (true, Some(rest)) => format!("mapped (--no-keep); keep would drop it: {rest}"),
                    _ => line.clone(),
                };
                writeln!(self.log, "record {index}: {line}").map_err(w)?;
            }
        }
        match result {
            Ok(Some(out)) => {
                match shape {
                    Shape::One => {
                        serde_json::to_writer_pretty(&mut self.out, &out)
                            .map_err(|e| e.to_string())?;
                        self.out.write_all(b"\n").map_err(w)?;
                    }
                    Shape::Array | Shape::Lines => {
                        self.record.clear();
                        if shape == Shape::Array {
                            let sep: &[u8] = if self.emitted == 0 { b"\n  " } else { b",\n  " };
                            self.record.extend_from_slice(sep);
                        }
                        mapping_dsl::rt::write_json(&mut self.record, &out)
                            .map_err(|e| e.to_string())?;
                        if shape == Shape::Lines {
                            self.record.push(b'\n');
                        }
                        self.out.write_all(&self.record).map_err(w)?;
                    }
                }
                self.emitted += 1;
            }
            Ok(None) if why.is_empty() => writeln!(
                self.log,
                "record {index}: dropped by `keep` (--explain says why, --no-keep maps it anyway)"
            )
            .map_err(w)?,
            Ok(None) => {}
            Err(e) => {
                self.failed += 1;
                writeln!(self.log, "{}", describe(index, &e)).map_err(w)?;
            }
        }
        Ok(())
    }
}

impl<W: Write> Previewer<'_, W> {
    /// With `--explain`: the false conditions of the record, as the transform is written.
    fn why(&self, v: &Value) -> Vec<String> {
        let Some(x) = &self.explain else {
            return Vec::new();
        };
        let text = |s: Span| {
            x.sources
                .get(s.file)
                .and_then(|f| f.text.get(s.start as usize..s.end as usize))
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        };
        why_dropped(self.dep, x.original, v, self.ctx, &text)
    }
}

/// `record 3 (key C-0001): family[2].relation: unknown code `x` for option set `relation``.
pub fn describe(index: usize, e: &TransformError) -> String {
    let key = e
        .record
        .as_deref()
        .map(|k| format!(" (key {k})"))
        .unwrap_or_default();
    let field = if e.field.is_empty() {
        String::new()
    } else {
        format!("{}: ", e.field)
    };
    format!("record {index}{key}: {field}{}", e.kind)
}
