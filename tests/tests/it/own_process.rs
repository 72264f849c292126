//! Running one test in a process of its own, for a test that changes what is global to the
//! process (a global log subscriber sees every later line of every test in the binary).
//! The test re-executes this binary with a filter naming only itself; the child runs the body.

use std::process::Command;

/// Set in the child: the test named here runs its body.
const CHILD: &str = "MAPWRIGHT_TEST_OWN_PROCESS";

/// Whether the calling test, `module::test` (`module` as `module_path!()` gives it), should run
/// its body here: true in the child process. In the test binary's own process it starts that
/// child, prints its output, fails when the child failed, and returns false.
pub fn in_own_process(module: &str, test: &str) -> bool {
    // The test's name without the crate (`it::e2e_pii_scan` → `e2e_pii_scan::test`).
    let module = module.split_once("::").map_or(module, |(_, m)| m);
    let name = format!("{module}::{test}");
    if std::env::var_os(CHILD).is_some_and(|n| n == name.as_str()) {
        return true;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let out = Command::new(exe)
        .args([name.as_str(), "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD, &name)
        .output()
        .expect("start the test binary again");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    print!("{stdout}");
    eprint!("{stderr}");
    assert!(out.status.success(), "{name} failed in its own process");
    // A filter that matched nothing would pass without running the test.
    assert!(
        stdout.contains("1 passed"),
        "{name} did not run in its own process"
    );
    false
}
