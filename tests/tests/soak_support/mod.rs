//! The fault soak's harness: the fakes in this process (so the test reads their final state),
//! a data directory and `mapwright.toml` pointing at them, and the `mapwright` CLI run as a
//! child process that can be killed with SIGKILL and started again.
//!
//! The child is this test binary re-executed with `MAPWRIGHT_SOAK_AS_CLI=1`: its `main` then
//! calls `mapwright::cli::main()`, the whole of the `mapwright` binary's `main` (a test crate
//! cannot depend on another package's binary, and a stale `target/debug/mapwright` would test
//! old code). Each soak test is a `harness = false` test whose `main` starts with
//! [`cli_child`]. Workflow 1's soak uses it; Workflow 2's (webhook replays) can reuse it with
//! `serve` as the child.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use runtime::demo::{FAKES_EPOCH, Fakes, W1, start_fakes_with};

const AS_CLI: &str = "MAPWRIGHT_SOAK_AS_CLI";

/// In the child process: runs the CLI and returns its exit code. `None` in the test itself.
pub fn cli_child() -> Option<ExitCode> {
    std::env::var_os(AS_CLI).map(|_| runtime::cli::main())
}

/// The `main` of a soak test named `name`: in the child, the CLI; for `--list` and filters, one
/// test named like the file; else `soak` on a two-thread runtime, with `env` set first (before
/// any thread starts; the children inherit it).
pub fn soak_main(
    name: &str,
    env: &[(&str, String)],
    soak: impl FnOnce(&tokio::runtime::Runtime),
) -> ExitCode {
    if let Some(code) = cli_child() {
        return code;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        println!("{name}: test");
        return ExitCode::SUCCESS;
    }
    if let Some(filter) = args.iter().find(|a| !a.starts_with('-'))
        && !name.contains(filter.as_str())
    {
        return ExitCode::SUCCESS;
    }
    for (k, v) in env {
        // SAFETY: no other thread runs yet.
        #[allow(unsafe_code)]
        unsafe {
            std::env::set_var(k, v)
        };
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    soak(&rt);
    ExitCode::SUCCESS
}

/// A whole number from the environment, or `default`.
pub fn env_u64(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v}: expected a whole number")),
        Err(_) => default,
    }
}

pub struct Soak {
    pub fakes: Fakes,
    pub dir: tempfile::TempDir,
    pub config: PathBuf,
}

/// How a child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Exited(i32),
    Killed,
}

/// Endpoint settings of the soak: a 1 s request timeout (the fakes' held answers last longer),
/// four attempts, short backoff, pages of 100 (the cursor moves after each).
const ENDPOINT: &str = "timeout_secs = 1\nmax_attempts = 4\nbackoff_ms = 10\n";

impl Soak {
    /// Fakes over `cases` cases (seed `seed`) with `faults` on both, `duplicates` % of the
    /// children with a second case, and a config for them.
    pub async fn start(seed: u64, cases: u64, faults: fakes::FaultConfig, duplicates: u64) -> Soak {
        let primero = fakes::PrimeroConfig {
            faults: faults.clone(),
            duplicate_cases: duplicates,
            ..fakes::PrimeroConfig::default()
        };
        let moph = fakes::MophConfig {
            faults,
            ..fakes::MophConfig::default()
        };
        let fakes = start_fakes_with(seed, cases, None, None, primero, moph)
            .await
            .expect("fakes start");
        let dir = tempfile::tempdir().expect("tempdir");
        let config = dir.path().join("mapwright.toml");
        let mappings = Path::new(env!("CARGO_MANIFEST_DIR")).join("../mappings/thailand");
        let toml = format!(
            "data_dir = {data:?}\nmappings = {mappings:?}\n\
             [endpoints.primero]\nurl = \"{p}\"\nper_page = 100\n{ENDPOINT}\
             [endpoints.moph]\nurl = \"{m}\"\n{ENDPOINT}\
             [credentials.primero]\nuser = \"{pu}\"\npassword = \"{pp}\"\n\
             [credentials.moph]\nemail = \"{me}\"\npassword = \"{mp}\"\n\
             [workflows.{W1}]\ninitial_cursor = \"{FAKES_EPOCH}\"\n",
            data = dir.path().join("data"),
            p = fakes.primero.url(),
            m = fakes.moph.url(),
            pu = fakes::primero::DEFAULT_USER,
            pp = fakes::primero::DEFAULT_PASSWORD,
            me = fakes::moph::DEFAULT_EMAIL,
            mp = fakes::moph::DEFAULT_PASSWORD,
        );
        std::fs::write(&config, toml).expect("write the config");
        Soak { fakes, dir, config }
    }

    /// Starts `mapwright ARGS --config <the soak's>` as a child process; its output goes to
    /// `child-N.log` in the soak's folder.
    pub fn spawn(&self, n: usize, args: &[&str]) -> Child {
        let exe = std::env::current_exe().expect("the test binary");
        let log = std::fs::File::create(self.dir.path().join(format!("child-{n}.log")))
            .expect("child log");
        let err = log.try_clone().expect("child log");
        Command::new(exe)
            .env(AS_CLI, "1")
            .env("RUST_LOG", "warn")
            .args(args)
            .arg("--config")
            .arg(&self.config)
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(err)
            .spawn()
            .expect("spawn the mapwright CLI")
    }

    /// The last lines of child `n`'s output (for failure messages).
    pub fn child_log(&self, n: usize) -> String {
        let text = std::fs::read_to_string(self.dir.path().join(format!("child-{n}.log")))
            .unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    }
}

/// Waits for `child`; kills it with SIGKILL as soon as `kill_when()` is true (checked every
/// 20 ms). Panics after `limit`.
pub fn wait_or_kill(child: &mut Child, kill_when: impl Fn() -> bool, limit: Duration) -> Ended {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            return Ended::Exited(status.code().unwrap_or(-1));
        }
        if kill_when() {
            // std's kill is SIGKILL on Unix: no clean-up runs in the child.
            child.kill().expect("kill -9");
            child.wait().expect("reap the child");
            return Ended::Killed;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the child ran longer than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
