//! Reading one spec or workflow file without trusting the folder: its type and size are
//! checked before it is read (a FIFO would hang the reader, `/dev/zero` would never end), a
//! symlink must stay inside the folder it was found in, and the read itself is bounded in case
//! the file grows or is swapped between the check and the read. [`walk_deployment`] and
//! [`load_deployment`] are the one walk over a deployment folder that every reader uses.

mod walk;

use std::fs::File;
use std::io::Read;
use std::path::Path;

pub use walk::{
    KIND_DIRS, LoadError, MAX_SPEC_BYTES, SpecPath, SpecText, WalkError, deployments,
    fingerprint_dir, is_deployment, load_deployment, read_spec, source_files, walk_deployment,
};

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("it is {0}, not a regular file")]
    NotRegular(&'static str),
    #[error("it is a symlink that leads out of {0}")]
    Outside(String),
    #[error("the file is {0} bytes or more; spec files are limited to {1} bytes")]
    TooLarge(u64, u64),
    /// `at`: the offset of the first invalid byte; `lossy`: the text with it replaced.
    #[error("the file is not valid UTF-8 (byte {at})")]
    NotUtf8 { at: usize, lossy: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn kind(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() { "a folder" } else { "not a file" }
}

/// Reads `path` (found under `root`) when it is a regular file of at most `max` bytes, or a
/// symlink to one inside `root`.
pub fn read_bounded(path: &Path, root: &Path, max: u64) -> Result<Vec<u8>, FileError> {
    let link = std::fs::symlink_metadata(path)?;
    if link.file_type().is_symlink() {
        let target = path.canonicalize()?;
        let root_real = root.canonicalize()?;
        if !target.starts_with(&root_real) {
            return Err(FileError::Outside(root.display().to_string()));
        }
    }
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(FileError::NotRegular(kind(meta.file_type())));
    }
    if meta.len() > max {
        return Err(FileError::TooLarge(meta.len(), max));
    }
    let f = File::open(path)?;
    // The file opened may not be the one checked: check again what was opened.
    let opened = f.metadata()?;
    if !opened.is_file() {
        return Err(FileError::NotRegular(kind(opened.file_type())));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len().min(max)).unwrap_or(0));
    f.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(FileError::TooLarge(bytes.len() as u64, max));
    }
    Ok(bytes)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn tmp() -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!(
            "mw-files-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("in")).expect("set up");
        d
    }

    #[test]
    fn refuses_fifos_devices_outside_links_and_large_files() {
        let d = tmp();
        let root = d.join("in");
        std::fs::write(root.join("ok.yaml"), "a: 1\n").expect("set up");
        assert_eq!(
            read_bounded(&root.join("ok.yaml"), &root, 100).ok(),
            Some(b"a: 1\n".to_vec())
        );
        // A symlink inside the folder is followed; one out of it is not.
        std::os::unix::fs::symlink(root.join("ok.yaml"), root.join("link.yaml")).expect("set up");
        assert!(read_bounded(&root.join("link.yaml"), &root, 100).is_ok());
        std::fs::write(d.join("secret.yaml"), "x: 1\n").expect("set up");
        std::os::unix::fs::symlink(d.join("secret.yaml"), root.join("out.yaml")).expect("set up");
        assert!(matches!(
            read_bounded(&root.join("out.yaml"), &root, 100),
            Err(FileError::Outside(_))
        ));
        // /dev/zero through a link inside the folder: refused at once, not read.
        std::os::unix::fs::symlink("/dev/zero", root.join("zero.yaml")).expect("set up");
        let t = std::time::Instant::now();
        assert!(read_bounded(&root.join("zero.yaml"), Path::new("/"), 100).is_err());
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), Path::new("/dev"), 100),
            Err(FileError::NotRegular("a device"))
        ));
        assert!(t.elapsed() < std::time::Duration::from_secs(1));
        // A FIFO is refused without opening it (opening would block).
        let fifo = root.join("fifo.yaml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        assert!(matches!(
            read_bounded(&fifo, &root, 100),
            Err(FileError::NotRegular("a FIFO"))
        ));
        assert!(matches!(
            read_bounded(&root.join("ok.yaml"), &root, 3),
            Err(FileError::TooLarge(5, 3))
        ));
        let _ = std::fs::remove_dir_all(&d);
    }
}
