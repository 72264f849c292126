//! Shared by the CLI tests: run the real `mapwright` binary, copy a deployment.

use std::path::Path;
use std::process::Command;

/// Runs the binary in `cwd`: (exit code, stdout, stderr).
pub fn mapwright_in(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mapwright"));
    c.current_dir(cwd).args(args);
    output_of(c)
}

/// Runs a prepared command: (exit code, stdout, stderr).
pub fn output_of(mut c: Command) -> (i32, String, String) {
    let out = c.output().expect("run mapwright");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the binary in the current directory.
pub fn mapwright(args: &[&str]) -> (i32, String, String) {
    mapwright_in(Path::new("."), args)
}

/// Copies a folder tree into `to`, creating it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    let rd = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for e in rd.flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        }
    }
}
