//! Opening an output file that may already exist.
//!
//! Truncating a large file costs time that nothing else can use: the kernel frees its cached
//! pages during the `open` (28 ms for a 160 MB output on the bench's ext4 VM), and ext4 then
//! starts writing the new contents out during the `close`, because a file truncated and
//! rewritten is how editors replace files (`auto_da_alloc`: 22 ms more). Both are on the one
//! thread that opens and closes the output, so with `--jobs 2` they cost more than a tenth of
//! the run (BENCHMARKS.md, session 25).
//!
//! So a large existing regular file is replaced, not truncated: a new empty file is created
//! beside it, given its permissions, and renamed over it. The old file is held open across
//! the rename and closed on a thread of its own. The kernel frees its pages there, while the
//! transform runs. The new file was never truncated, so its `close` starts no write-out.
//!
//! Where replacing would change more than the contents, the file is truncated and rewritten
//! in place, as before:
//! - a symbolic link (its target is written), a device or a pipe (`/dev/null`, `/dev/stdout`);
//! - a file with other hard links, or with another owner or group than a new file gets;
//! - a file this user may not write (its `open` then fails as it did);
//! - a folder that does not let a new file be created;
//! - a file under [`REPLACE_MIN_BYTES`], where truncating costs less than a thread, unless it
//!   is the run's input.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// Below this size an existing output is truncated (its pages are few).
pub const REPLACE_MIN_BYTES: u64 = 4 * 1024 * 1024;

/// Opens `path` for writing, empty: created, replaced by a new file, or truncated. `input`: the
/// file the run reads, if any; an output that is that file is replaced whatever its size, so
/// the run still reads what it held (truncating it would empty it before it is read).
pub fn create(path: &Path, input: Option<&fs::Metadata>) -> io::Result<File> {
    match replace(path, input) {
        Some(file) => Ok(file),
        None => File::create(path),
    }
}

/// The new file renamed over `path`'s large plain file, or None where it is truncated instead.
#[cfg(unix)]
fn replace(path: &Path, input: Option<&fs::Metadata>) -> Option<File> {
    use std::os::unix::fs::MetadataExt;

    let seen = fs::symlink_metadata(path).ok()?;
    let is_input = input.is_some_and(|i| (i.dev(), i.ino()) == (seen.dev(), seen.ino()));
    if !seen.file_type().is_file()
        || seen.nlink() != 1
        || (seen.len() < REPLACE_MIN_BYTES && !is_input)
    {
        return None;
    }
    // Opened for writing (not truncated): a file this user may not write is not replaced
    // either, and `File::create` then reports why, as before.
    let old = fs::OpenOptions::new().write(true).open(path).ok()?;
    let held = old.metadata().ok()?;
    // The file opened is the one looked at (not a link put in its place since).
    if (held.dev(), held.ino()) != (seen.dev(), seen.ino()) {
        return None;
    }
    let (temp, file) = create_beside(path)?;
    let same_owner = file
        .metadata()
        .is_ok_and(|new| (new.uid(), new.gid()) == (held.uid(), held.gid()));
    if !same_owner
        || file.set_permissions(held.permissions()).is_err()
        || fs::rename(&temp, path).is_err()
    {
        let _ = fs::remove_file(&temp);
        return None;
    }
    // The last reference to the old file: its pages are freed when this closes it. Where no
    // thread can start, the closure is dropped here, and the file closed with it.
    let _ = std::thread::Builder::new()
        .name("close old output".into())
        .spawn(move || drop(old));
    Some(file)
}

#[cfg(not(unix))]
fn replace(_path: &Path, _input: Option<&fs::Metadata>) -> Option<File> {
    None
}

/// A new file in `path`'s folder, under a hidden name of its own.
#[cfg(unix)]
fn create_beside(path: &Path) -> Option<(PathBuf, File)> {
    let name = path.file_name()?.to_string_lossy();
    for n in 0..16u32 {
        let temp = path.with_file_name(format!(".{name}.{}-{n}.new", std::process::id()));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(file) => return Some((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(_) => return None,
        }
    }
    None
}

#[cfg(all(test, unix))]
mod tests {
    use std::io::Write;
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    use super::*;

    fn big(path: &Path, mode: u32) -> u64 {
        fs::write(path, vec![b'x'; REPLACE_MIN_BYTES as usize + 1]).unwrap();
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
        fs::metadata(path).unwrap().ino()
    }

    fn write(path: &Path, text: &str) {
        let mut f = create(path, None).unwrap();
        f.write_all(text.as_bytes()).unwrap();
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_large_file_is_replaced_with_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        let before = big(&out, 0o600);
        write(&out, "new");
        let m = fs::metadata(&out).unwrap();
        assert_eq!(fs::read_to_string(&out).unwrap(), "new");
        assert_ne!(m.ino(), before, "a new file, not the old one truncated");
        assert_eq!(m.mode() & 0o777, 0o600);
        assert_eq!(names(dir.path()), ["out.json"], "no temporary file is left");
    }

    #[test]
    fn small_linked_and_special_files_are_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        // Small: truncated.
        let small = dir.path().join("small.json");
        fs::write(&small, "old old old").unwrap();
        let ino = fs::metadata(&small).unwrap().ino();
        write(&small, "new");
        assert_eq!(fs::metadata(&small).unwrap().ino(), ino);
        assert_eq!(fs::read_to_string(&small).unwrap(), "new");
        // A second hard link sees the new contents.
        let linked = dir.path().join("linked.json");
        let ino = big(&linked, 0o644);
        let other = dir.path().join("other.json");
        fs::hard_link(&linked, &other).unwrap();
        write(&linked, "new");
        assert_eq!(fs::metadata(&linked).unwrap().ino(), ino);
        assert_eq!(fs::read_to_string(&other).unwrap(), "new");
        // A symbolic link stays a link; its target gets the contents.
        let target = dir.path().join("target.json");
        big(&target, 0o644);
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write(&link, "new");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        // A device.
        write(Path::new("/dev/null"), "new");
        assert_eq!(
            names(dir.path()),
            [
                "link.json",
                "linked.json",
                "other.json",
                "small.json",
                "target.json"
            ]
        );
    }

    #[test]
    fn an_input_replaced_by_its_own_output_is_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.json");
        fs::write(&path, "small input").unwrap();
        let mut input = File::open(&path).unwrap();
        let meta = input.metadata().unwrap();
        let mut f = create(&path, Some(&meta)).unwrap();
        f.write_all(b"new").unwrap();
        let mut old = String::new();
        io::Read::read_to_string(&mut input, &mut old).unwrap();
        assert_eq!(
            old, "small input",
            "replaced, though small: it is the input"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        // Another small file is still truncated in place.
        let other = dir.path().join("other.json");
        fs::write(&other, "old").unwrap();
        let ino = fs::metadata(&other).unwrap().ino();
        create(&other, Some(&meta)).unwrap();
        assert_eq!(fs::metadata(&other).unwrap().ino(), ino);
    }
}
