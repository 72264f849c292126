//! The file side of `cargo gen`: read every deployment under `mappings/` (through
//! `spec_files`' walk, as the runtime reads it), check it with
//! `mapping_dsl::check_deployment`, and write (or compare) `generated/src/`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use mapping_dsl::Checked;
use mapping_dsl::source::{SourceMap, Span};

use crate::{CodegenError, Generation};

#[derive(Debug, thiserror::Error)]
pub enum FsError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A deployment folder or spec file that cannot be read (named).
    #[error(transparent)]
    Load(#[from] spec_files::LoadError),
    #[error("{0}")]
    Spec(String),
    /// Transforms the checker accepts that code generation cannot compile, each rendered as a
    /// diagnostic with its spec file, line and column.
    #[error("{0}")]
    NotCompiled(String),
    #[error(transparent)]
    Codegen(#[from] CodegenError),
}

/// Every deployment under `root` (sorted), read by `spec_files`' walk and checked.
pub fn check_all(root: &Path) -> Result<Vec<(String, Checked)>, FsError> {
    let mut out = Vec::new();
    for (name, dir) in spec_files::deployments(root).map_err(spec_files::LoadError::from)? {
        let files = spec_files::source_files(&name, &dir)?;
        out.push((name.clone(), mapping_dsl::check_deployment(&name, files)));
    }
    Ok(out)
}

fn sorted_dir(dir: &Path) -> Result<Vec<PathBuf>, FsError> {
    let rd = std::fs::read_dir(dir).map_err(|source| FsError::Read {
        path: dir.to_owned(),
        source,
    })?;
    let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    Ok(v)
}

/// `file:line:col` of a span.
pub fn locate(sources: &SourceMap, span: Span) -> String {
    match sources.get(span.file) {
        Some(f) => {
            let (l, c) = f.line_col(span.start);
            format!("{}:{l}:{c}", f.name)
        }
        None => "?".to_owned(),
    }
}

/// Checks and generates everything under `mappings`. Spec errors are returned as one message;
/// so are transforms that cannot be compiled (never left to the interpreter).
///
/// The stdlib's documented examples ([`crate::stdlib_examples`]) are checked and generated
/// with them, as a deployment of their own outside the registry.
pub fn generate_from(mappings: &Path) -> Result<Generation, FsError> {
    let mut checked = check_all(mappings)?;
    let examples = crate::stdlib_examples::NAME;
    checked.push((
        examples.to_owned(),
        crate::stdlib_examples::check(&crate::stdlib_examples::cases()),
    ));
    let mut errors = String::new();
    let mut deps = Vec::new();
    let mut sources = Vec::new();
    for (name, c) in checked {
        for d in c.diagnostics.iter().filter(|d| d.is_error()) {
            let at = d
                .primary_span()
                .map(|s| locate(&c.sources, s))
                .unwrap_or_else(|| format!("mappings/{name}"));
            let _ = writeln!(errors, "error[{}]: {} ({at})", d.code.as_str(), d.message);
        }
        if let Some(dep) = c.deployment {
            deps.push(dep);
            sources.push((name.clone(), c.sources));
        }
    }
    if !errors.is_empty() {
        return Err(FsError::Spec(errors));
    }
    let Some(at) = deps.iter().rposition(|d| d.name == examples) else {
        // Unreachable: a deployment without errors is checked into IR.
        return Err(FsError::Spec(format!("`{examples}` gave no deployment\n")));
    };
    let examples = deps.remove(at);
    match crate::generate_with_examples(&deps, &examples) {
        Err(CodegenError::NotCompiled(all)) => {
            let mut out = String::new();
            for n in &all {
                let empty = SourceMap::default();
                let map = sources
                    .iter()
                    .find(|(d, _)| *d == n.deployment)
                    .map_or(&empty, |(_, m)| m);
                out.push_str(&crate::report::render(map, n));
                out.push('\n');
            }
            let _ = write!(
                out,
                "cargo gen: {} transform(s) cannot be compiled; generated/ is left as it was",
                all.len()
            );
            Err(FsError::NotCompiled(out))
        }
        other => Ok(other?),
    }
}

/// Files under `src` that differ from the generation (changed, missing, or left over).
pub fn stale_files(src: &Path, generation: &Generation) -> Result<Vec<String>, FsError> {
    let mut stale = Vec::new();
    for f in &generation.files {
        let p = src.join(&f.path);
        match std::fs::read_to_string(&p) {
            Ok(t) if t == f.contents => {}
            _ => stale.push(f.path.clone()),
        }
    }
    for existing in list_rs(src, src)? {
        if !generation.files.iter().any(|f| f.path == existing) {
            stale.push(existing);
        }
    }
    stale.sort();
    Ok(stale)
}

fn list_rs(root: &Path, dir: &Path) -> Result<Vec<String>, FsError> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    for p in sorted_dir(dir)? {
        if p.is_dir() {
            out.extend(list_rs(root, &p)?);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(
                p.strip_prefix(root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/"),
            );
        }
    }
    Ok(out)
}

/// Rewrites `src` to hold exactly the generation; returns the files that changed.
pub fn write(src: &Path, generation: &Generation) -> Result<Vec<String>, FsError> {
    let stale = stale_files(src, generation)?;
    for path in &stale {
        let p = src.join(path);
        match generation.files.iter().find(|f| &f.path == path) {
            Some(f) => {
                if let Some(parent) = p.parent() {
                    std::fs::create_dir_all(parent).map_err(|source| FsError::Write {
                        path: parent.to_owned(),
                        source,
                    })?;
                }
                std::fs::write(&p, &f.contents).map_err(|source| FsError::Write {
                    path: p.clone(),
                    source,
                })?;
            }
            None => std::fs::remove_file(&p).map_err(|source| FsError::Write {
                path: p.clone(),
                source,
            })?,
        }
    }
    Ok(stale)
}
