//! Reading `mappings/`: finds the deployments under a root (or takes one deployment folder),
//! reads their YAML files through `spec_files`' one walk (the one codegen reads them through),
//! with clean diagnostics for what cannot be read (E001 I/O, E002 not UTF-8, E009 too large),
//! and checks each deployment with `mapping_dsl::check_deployment`.
//! Transform names are registry names, so they must be unique across deployments (E011).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use mapping_dsl::diag::{Diagnostic, codes::Code};
use mapping_dsl::source::{SourceFile, Span};
use mapping_dsl::{Checked, check_deployment, yaml};

#[derive(Debug, thiserror::Error)]
pub enum SpecsError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} holds no deployment (expected folders with schemas/, option-sets/, transforms/ or workflows/)", .0.display())]
    NoDeployment(PathBuf),
}

pub use spec_files::{fingerprint_dir, is_deployment};

/// The deployments under `dir`: `dir` itself when it is one, else its sub-folders that are
/// (`spec_files::deployments`).
pub fn deployments(dir: &Path) -> Result<Vec<(String, PathBuf)>, SpecsError> {
    if !dir.is_dir() {
        return Err(SpecsError::Io {
            path: dir.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder"),
        });
    }
    let out = spec_files::deployments(dir).map_err(|e| SpecsError::Io {
        path: e.path,
        source: e.source,
    })?;
    if out.is_empty() {
        return Err(SpecsError::NoDeployment(dir.to_owned()));
    }
    Ok(out)
}

/// Loads and checks every deployment under `dir` (the root, or one deployment).
pub fn load_mappings(dir: &Path) -> Result<Vec<Checked>, SpecsError> {
    let mut out = Vec::new();
    for (name, path) in deployments(dir)? {
        out.push(load_deployment(&name, &path)?);
    }
    unique_transforms(&mut out);
    Ok(out)
}

/// One deployment folder, read by `spec_files`' walk (as codegen reads it). A file that cannot
/// be read is a diagnostic on that file (the others are still checked), not an error.
pub fn load_deployment(name: &str, dir: &Path) -> Result<Checked, SpecsError> {
    let loaded = spec_files::load_deployment(dir).map_err(|e| SpecsError::Io {
        path: e.path,
        source: e.source,
    })?;
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for s in loaded {
        let display = format!("{name}/{}", s.spec.rel);
        match s.text {
            Ok(text) => files.push(SourceFile::new(display, text)),
            Err(bad) => unreadable.push((display, bad)),
        }
    }
    let mut checked = check_deployment(name, files);
    for (display, bad) in unreadable {
        let (text, d) = unreadable_diagnostic(bad);
        // The valid prefix is the same in the lossy text: the first replacement character.
        let at = if d.code == Code::InvalidUtf8 {
            text.find('\u{fffd}').unwrap_or(0)
        } else {
            0
        };
        let id = checked.sources.add(SourceFile::new(display, text.clone()));
        let len = text[at..].chars().next().map_or(0, char::len_utf8);
        checked
            .diagnostics
            .push(d.with_primary(Span::new(id, at, at + len), "here"));
        checked.deployment = None;
    }
    mapping_dsl::check::sort(&checked.sources, &mut checked.diagnostics);
    Ok(checked)
}

/// E001 I/O (a FIFO, a device, a symlink out of the folder), E009 too large, E002 not UTF-8
/// (with the lossy text, to point at the byte).
fn unreadable_diagnostic(bad: spec_files::FileError) -> (String, Diagnostic) {
    use spec_files::FileError;
    match bad {
        FileError::TooLarge(n, _) => (
            String::new(),
            Diagnostic::error(
                Code::TooLarge,
                format!(
                    "the file is {n} bytes; spec files are limited to {} bytes",
                    yaml::MAX_FILE_BYTES
                ),
            )
            .with_hint("a spec this large is a mistake (a data export saved as .yaml?)"),
        ),
        FileError::NotUtf8 { lossy, at } => {
            let d = Diagnostic::error(Code::InvalidUtf8, format!("the file is not valid UTF-8 (byte {at})"))
                .with_hint("save the file as UTF-8 (Thai text in a legacy encoding such as TIS-620 must be converted)");
            (lossy, d)
        }
        FileError::Io(e) => (
            String::new(),
            Diagnostic::error(Code::Io, format!("cannot read the file: {e}")),
        ),
        other => (
            String::new(),
            Diagnostic::error(Code::Io, format!("cannot read the file: {other}")),
        ),
    }
}

/// E011 for a transform name used in two deployments (registry names are global).
fn unique_transforms(all: &mut [Checked]) {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for c in all.iter_mut() {
        let Some(dep) = &c.deployment else { continue };
        let mut dups = Vec::new();
        for t in &dep.transforms {
            if let Some(other) = seen.get(&t.name) {
                dups.push((t.name.clone(), t.file.clone(), other.clone()));
            } else {
                seen.insert(t.name.clone(), dep.name.clone());
            }
        }
        for (name, file, other) in dups {
            let span = c
                .sources
                .files()
                .find(|(_, f)| f.name == file)
                .map(|(id, f)| {
                    let at = f.text.find(&name).unwrap_or(0);
                    Span::new(id, at, at + name.len())
                })
                .unwrap_or_default();
            c.diagnostics.push(
                Diagnostic::error(
                    Code::DuplicateName,
                    format!("the transform name `{name}` is also used in deployment `{other}`"),
                )
                .with_primary(span, "defined again here")
                .with_hint("transform names are registry names: unique across all deployments"),
            );
            c.deployment = None;
        }
    }
}
