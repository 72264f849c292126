//! Reading `mappings/`: finds the deployments under a root (or takes one deployment folder),
//! reads their YAML files with clean diagnostics for what cannot be read (E001 I/O, E002 not
//! UTF-8, E009 too large), and checks each deployment with `mapping_dsl::check_deployment`.
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

/// The sub-folders that make a folder a deployment.
const KIND_DIRS: [&str; 4] = ["schemas", "option-sets", "transforms", "workflows"];

/// Whether `dir` is one deployment (rather than the mappings root).
pub fn is_deployment(dir: &Path) -> bool {
    KIND_DIRS.iter().any(|k| dir.join(k).is_dir())
}

/// The deployments under `dir`: `dir` itself when it is one, else its sub-folders that are.
pub fn deployments(dir: &Path) -> Result<Vec<(String, PathBuf)>, SpecsError> {
    let io = |e| SpecsError::Io {
        path: dir.to_owned(),
        source: e,
    };
    if !dir.is_dir() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "not a folder",
        )));
    }
    if is_deployment(dir) {
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "deployment".into());
        return Ok(vec![(name, dir.to_owned())]);
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).map_err(io)? {
        let e = e.map_err(io)?;
        let p = e.path();
        if p.is_dir() && is_deployment(&p) {
            out.push((e.file_name().to_string_lossy().into_owned(), p));
        }
    }
    out.sort();
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

/// One deployment folder.
pub fn load_deployment(name: &str, dir: &Path) -> Result<Checked, SpecsError> {
    let mut paths = Vec::new();
    collect_yaml(dir, &mut paths)?;
    paths.sort();
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for p in paths {
        let rel = p
            .strip_prefix(dir)
            .unwrap_or(&p)
            .to_string_lossy()
            .replace('\\', "/");
        let display = format!("{name}/{rel}");
        match read_spec(&p, dir) {
            Ok(text) => files.push(SourceFile::new(display, text)),
            Err(bad) => unreadable.push((display, bad)),
        }
    }
    let mut checked = check_deployment(name, files);
    for (display, bad) in unreadable {
        let (text, d) = match bad {
            Unreadable::Io(e) => (
                String::new(),
                Diagnostic::error(Code::Io, format!("cannot read the file: {e}")),
            ),
            Unreadable::TooLarge(n) => (
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
            Unreadable::NotUtf8 { lossy, at } => {
                let d = Diagnostic::error(Code::InvalidUtf8, format!("the file is not valid UTF-8 (byte {at})"))
                    .with_hint("save the file as UTF-8 (Thai text in a legacy encoding such as TIS-620 must be converted)");
                (lossy, d)
            }
        };
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

/// The fingerprint of a deployment folder's specs as `mapping_dsl::check_deployment` takes it (the files'
/// texts in name order, see `mapping_dsl::source::fingerprint`), without checking them; `None`
/// when the folder or a file cannot be read. Cheap: no parsing.
pub fn fingerprint_dir(dir: &Path) -> Option<String> {
    let mut paths = Vec::new();
    collect_yaml(dir, &mut paths).ok()?;
    let mut files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(dir)
                .unwrap_or(p)
                .to_string_lossy()
                .replace('\\', "/");
            read_spec(p, dir).ok().map(|text| (rel, text))
        })
        .collect::<Option<_>>()?;
    // The checker leaves workflows out; the file kind is told as the checker tells it.
    files.retain(|(_, t)| mapping_dsl::spec::kind_of(t) != Some("workflow"));
    files.sort();
    Some(mapping_dsl::source::fingerprint(
        files.iter().map(|(_, t)| t.as_str()),
    ))
}

enum Unreadable {
    Io(std::io::Error),
    TooLarge(u64),
    NotUtf8 { lossy: String, at: usize },
}

/// Reads one file of the deployment folder `root`: refuses it before reading when it is not a
/// regular file (a FIFO, a device), a symlink out of `root`, or too large; reports the first
/// invalid UTF-8 byte.
fn read_spec(p: &Path, root: &Path) -> Result<String, Unreadable> {
    use spec_files::{FileError, read_bounded};
    let bytes = read_bounded(p, root, yaml::MAX_FILE_BYTES as u64).map_err(|e| match e {
        FileError::TooLarge(n, _) => Unreadable::TooLarge(n),
        FileError::Io(e) => Unreadable::Io(e),
        other => Unreadable::Io(std::io::Error::other(other.to_string())),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Unreadable::NotUtf8 {
            lossy: String::from_utf8_lossy(e.as_bytes()).into_owned(),
            at,
        }
    })
}

fn collect_yaml(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), SpecsError> {
    let io = |e| SpecsError::Io {
        path: dir.to_owned(),
        source: e,
    };
    for e in std::fs::read_dir(dir).map_err(io)? {
        let e = e.map_err(io)?;
        let p = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        // A symlinked folder is not followed (it could lead out, or loop).
        if e.file_type().map_err(io)?.is_symlink() && p.is_dir() {
            continue;
        }
        if p.is_dir() {
            // Sample records and other data live beside specs; only the kind folders hold specs.
            if KIND_DIRS.contains(&name.as_ref()) || p.parent() != Some(dir) {
                collect_yaml(&p, out)?;
            }
        } else if name.ends_with(".yaml") || name.ends_with(".yml") {
            out.push(p);
        }
    }
    Ok(())
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
