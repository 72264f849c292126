//! End-to-end tests live in `tests/tests/it/` (one binary) and in the two fault soaks beside it;
//! this library holds helpers any of them can use.

use std::path::Path;

/// Copies a folder tree (a deployment of `mappings/`, say) into `to`, creating it.
///
/// # Panics
/// On any I/O error, naming the path: it is a test's set-up.
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
