//! The one walk over a deployment folder (`mappings/<deployment>/`). Codegen, the runtime's
//! spec and workflow loaders, the fingerprint and the tests all read specs through it, so they
//! see the same files in the same order:
//!
//! - the `.yaml`/`.yml` files at the top of the folder and, at any depth, in its kind folders
//!   ([`KIND_DIRS`]); other folders (sample records, notes) are not read;
//! - names starting with `.` (dotfiles, `.git`, editor swap and lock files) and editor backups
//!   (`name~`, `#name#`) are skipped; a symlinked folder is not followed (it could lead out of
//!   the folder, or loop);
//! - every file is read by [`crate::read_bounded`] (regular files only, symlinks kept inside
//!   the folder, [`MAX_SPEC_BYTES`]) and must be UTF-8;
//! - files come sorted by their path relative to the folder (`/`-separated, byte order).

use std::path::{Path, PathBuf};

use mapping_dsl::source::SourceFile;

use crate::FileError;

/// The sub-folders that hold a deployment's specs (and make a folder a deployment).
pub const KIND_DIRS: [&str; 4] = ["schemas", "option-sets", "transforms", "workflows"];

/// The largest spec file read.
pub const MAX_SPEC_BYTES: u64 = mapping_dsl::yaml::MAX_FILE_BYTES as u64;

/// A folder that cannot be listed.
#[derive(Debug, thiserror::Error)]
#[error("cannot read the folder {}: {source}", path.display())]
pub struct WalkError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

/// A spec file that cannot be read, named.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Walk(#[from] WalkError),
    #[error("cannot read {}: {source}", path.display())]
    File { path: PathBuf, source: FileError },
}

/// One spec file found by [`walk_deployment`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecPath {
    /// Relative to the deployment folder, `/`-separated: `transforms/w1.yaml`.
    pub rel: String,
    pub path: PathBuf,
    /// The kind folder it is in (`"workflows"`), `None` at the top of the folder.
    pub kind_dir: Option<&'static str>,
}

/// One spec file and its text (or why it could not be read).
#[derive(Debug)]
pub struct SpecText {
    pub spec: SpecPath,
    pub text: Result<String, FileError>,
}

impl SpecText {
    /// The text, or an error naming the file.
    pub fn into_text(self) -> Result<String, LoadError> {
        self.text.map_err(|source| LoadError::File {
            path: self.spec.path,
            source,
        })
    }
}

/// Whether `dir` is one deployment (it has a kind folder) rather than a folder of them.
pub fn is_deployment(dir: &Path) -> bool {
    KIND_DIRS.iter().any(|k| dir.join(k).is_dir())
}

/// The deployments under `dir`, sorted by name: `dir` itself when it is one, else its
/// sub-folders that are (dotfolders skipped; a symlinked deployment folder is one).
pub fn deployments(dir: &Path) -> Result<Vec<(String, PathBuf)>, WalkError> {
    if is_deployment(dir) {
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "deployment".into());
        return Ok(vec![(name, dir.to_owned())]);
    }
    let mut out = Vec::new();
    for (name, p, _) in entries(dir)? {
        if p.is_dir() && is_deployment(&p) {
            out.push((name, p));
        }
    }
    Ok(out)
}

/// Every spec file of the deployment folder `dir`, sorted (see the module doc for the rules).
pub fn walk_deployment(dir: &Path) -> Result<Vec<SpecPath>, WalkError> {
    let mut out = Vec::new();
    walk(dir, "", None, &mut out)?;
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(out)
}

/// [`walk_deployment`], each file read (bounded, UTF-8). A file that cannot be read is kept
/// with its error, so a caller can report every one.
pub fn load_deployment(dir: &Path) -> Result<Vec<SpecText>, WalkError> {
    Ok(walk_deployment(dir)?
        .into_iter()
        .map(|spec| {
            let text = read_spec(&spec.path, dir);
            SpecText { spec, text }
        })
        .collect())
}

/// The deployment's specs as source files named `<name>/<rel>` (what the checker takes);
/// fails on the first file that cannot be read, naming it.
pub fn source_files(name: &str, dir: &Path) -> Result<Vec<SourceFile>, LoadError> {
    load_deployment(dir)?
        .into_iter()
        .map(|s| {
            let display = format!("{name}/{}", s.spec.rel);
            s.into_text().map(|t| SourceFile::new(display, t))
        })
        .collect()
}

/// The fingerprint generated code records for the deployment folder `dir`: that of
/// `mapping_dsl::check_deployment` over [`source_files`] (workflows left out), computed without
/// parsing. Codegen and the runtime both read the folder through this walk, so they agree.
pub fn fingerprint_dir(dir: &Path) -> Result<String, LoadError> {
    // The texts alone: `transform` checks the fingerprint at every start, and a source file's
    // line index and copy cost more than the hash.
    let files = load_deployment(dir)?
        .into_iter()
        .map(|s| Ok((s.spec.rel.clone(), s.into_text()?)))
        .collect::<Result<Vec<_>, LoadError>>()?;
    Ok(mapping_dsl::source::deployment_fingerprint(
        files
            .iter()
            .map(|(rel, text)| (rel.as_str(), text.as_str())),
    ))
}

/// Reads one spec file found under the deployment folder `root`: bounded, and UTF-8.
///
/// The UTF-8 is checked by simdutf8 (SIMD). std's check takes about 7 instructions a byte of
/// Thai text: 10 M for the Thailand deployment, which `transform` reads at every start to
/// take its fingerprint. std's check runs only to report a file that fails.
pub fn read_spec(path: &Path, root: &Path) -> Result<String, FileError> {
    let bytes = crate::read_bounded(path, root, MAX_SPEC_BYTES)?;
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that the bytes are UTF-8.
        #[allow(unsafe_code)]
        return Ok(unsafe { String::from_utf8_unchecked(bytes) });
    }
    String::from_utf8(bytes).map_err(|e| FileError::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
        lossy: String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// Whether a file name is a spec file (not hidden, not an editor's backup).
fn is_spec_name(name: &str) -> bool {
    let skipped = name.starts_with('.') || name.starts_with('#') || name.ends_with('~');
    !skipped && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

/// `(name, path, is a folder not reached through a symlink)` of each entry but hidden ones.
fn entries(dir: &Path) -> Result<Vec<(String, PathBuf, bool)>, WalkError> {
    let err = |source| WalkError {
        path: dir.to_owned(),
        source,
    };
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).map_err(err)? {
        let e = e.map_err(err)?;
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let is_dir = e.file_type().map_err(err)?.is_dir();
        out.push((name, e.path(), is_dir));
    }
    out.sort();
    Ok(out)
}

fn walk(
    dir: &Path,
    prefix: &str,
    kind_dir: Option<&'static str>,
    out: &mut Vec<SpecPath>,
) -> Result<(), WalkError> {
    for (name, path, is_dir) in entries(dir)? {
        let rel = format!("{prefix}{name}");
        if is_dir {
            // At the top only the kind folders hold specs; below them, every folder does.
            let kind = kind_dir.or_else(|| KIND_DIRS.iter().copied().find(|k| *k == name));
            if kind.is_some() {
                walk(&path, &format!("{rel}/"), kind, out)?;
            }
        } else if is_spec_name(&name) {
            out.push(SpecPath {
                rel,
                path,
                kind_dir,
            });
        }
    }
    Ok(())
}
