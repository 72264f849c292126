//! The real binary's account recovery: `mapwright admin reset-password` prints a one-time
//! password (creating the admin on a store with no user, as a failed first start leaves it);
//! `serve` never echoes a password that came from `MAPWRIGHT_ADMIN_PASSWORD`; a start that
//! cannot listen creates no admin.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use mapwright::store::SqliteStore;

use crate::support::mapwright_in;

const KEY: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

fn setup(dir: &Path) {
    let mappings = concat!(env!("CARGO_MANIFEST_DIR"), "/../../mappings/thailand");
    let toml = format!(
        "data_dir = \"{}\"\nmappings = \"{mappings}\"\n[serve]\nscheduler = false\n",
        dir.join("data").display()
    );
    std::fs::write(dir.join("mapwright.toml"), toml).expect("config");
}

fn one_time(stdout: &str) -> String {
    let at = stdout.find("`: ").expect("password printed") + 3;
    stdout[at..]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// (users, whether `admin` must change its password, whether `password` is its password).
fn admin_state(dir: &Path, password: &str) -> (i64, bool, bool) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let s = SqliteStore::open(&dir.join("data")).await.expect("store");
        let n = s.user_count().await.expect("count");
        match s.login_row("admin").await.expect("row") {
            Some((u, hash)) => (
                n,
                s.must_change(u.id).await.expect("flag"),
                mapwright::auth::verify_password(password, &hash),
            ),
            None => (n, false, false),
        }
    })
}

#[test]
fn reset_password_recovers_access_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    setup(dir.path());
    // A start that cannot listen (the port is taken) creates no admin.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = taken.local_addr().expect("addr").to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .current_dir(dir.path())
        .args(["serve", "--listen", &addr])
        .env("MAPWRIGHT_MASTER_KEY", KEY)
        .output()
        .expect("serve");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(admin_state(dir.path(), "").0, 0, "no admin left behind");

    let (code, stdout, stderr) = mapwright_in(dir.path(), &["admin", "reset-password", "admin"]);
    assert_eq!(code, 0, "{stderr}");
    let first = one_time(&stdout);
    assert_eq!(first.len(), 20, "{stdout}");
    assert_eq!(admin_state(dir.path(), &first), (1, true, true));
    let (code, stdout, _) = mapwright_in(dir.path(), &["admin", "reset-password", "admin"]);
    assert_eq!(code, 0);
    let second = one_time(&stdout);
    assert_ne!(first, second);
    assert_eq!(admin_state(dir.path(), &second), (1, true, true));
    assert!(
        !admin_state(dir.path(), &first).2,
        "the old one no longer works"
    );
    let (code, _, stderr) = mapwright_in(dir.path(), &["admin", "reset-password", "nosuch"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no user `nosuch`"), "{stderr}");
}

#[test]
fn a_password_from_the_environment_is_never_echoed() {
    let dir = tempfile::tempdir().expect("tempdir");
    setup(dir.path());
    let secret = "operator-chosen-password-42";
    let mut child = Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .current_dir(dir.path())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("MAPWRIGHT_MASTER_KEY", KEY)
        .env("MAPWRIGHT_ADMIN_PASSWORD", secret)
        .env("RUST_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    let mut seen = String::new();
    let stdout = child.stdout.take().expect("stdout");
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("line");
        seen.push_str(&line);
        seen.push('\n');
        if line.contains("serving on") {
            break;
        }
    }
    let _ = child.kill();
    let out = child.wait_with_output().expect("wait");
    seen.push_str(&String::from_utf8_lossy(&out.stderr));
    assert!(seen.contains("serving on"), "{seen}");
    assert!(!seen.contains(secret), "the password was echoed: {seen}");
    assert!(!seen.contains("with the one-time password"), "{seen}");
    // Not one-time: the operator chose it.
    assert_eq!(admin_state(dir.path(), secret), (1, false, true));
}
