//! The real sample payloads, read only: `../shared/fixtures/primero-thailand` beside the
//! repository root, on a developer machine or in CI. Nothing is ever copied from them.
//!
//! Tests that compare against them call [`real_fixture`]. Where the folder is absent the test
//! says it skipped, except under `CI=true`, where a missing folder is a failure: CI always has
//! the shared folder, so its absence there means a broken set-up, not a machine without it.

use std::path::{Path, PathBuf};

/// `../shared/fixtures/primero-thailand`, relative to the repository root.
pub fn real_fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/primero-thailand")
}

/// The path of one real sample, or `None` (with a note on stderr) when it is absent.
///
/// # Panics
/// Under `CI=true` when the sample is absent.
pub fn real_fixture(name: &str) -> Option<PathBuf> {
    let path = real_fixtures_dir().join(name);
    if path.is_file() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "{} is missing: CI must have ../shared beside the repository",
            path.display()
        );
    }
    eprintln!("SKIPPED: {} is not present", path.display());
    None
}
