//! One config file for every command: `[serve]` is accepted by `history`, `run`, `show` and
//! `retry`, and `mapwright config check` names what is missing without printing any secret.

use std::path::Path;

const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

fn setup(dir: &Path, moph_password: &str) {
    crate::support::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/thailand"),
        &dir.join("mappings/thailand"),
    );
    let toml = format!(
        r#"
data_dir = "data"
mappings = "mappings"
deployment = "thailand"

[endpoints.primero]
url = "http://127.0.0.1:9"
[endpoints.moph]
url = "http://127.0.0.1:9/api"

[credentials.primero]
user = "integration"
password = "Primero-Secret-4711"

[credentials.moph]
email = "e@example.org"
password = "{moph_password}"

[serve]
listen = "127.0.0.1:0"
[serve.webhooks.thailand-sync]
mode = "hmac"
secret = "Webhook-Secret-0815"
"#
    );
    std::fs::write(dir.join("mapwright.toml"), toml).expect("write config");
}

fn check(dir: &Path) -> (i32, String, String) {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_mapwright"));
    c.current_dir(dir)
        .env("MAPWRIGHT_MASTER_KEY", KEY)
        .env_remove("MAPWRIGHT_MASTER_KEY_FILE")
        .env_remove("MOPH_PASSWORD_FOR_TEST")
        .args(["config", "check"]);
    crate::support::output_of(c)
}

#[test]
fn every_command_reads_the_file_with_its_serve_section() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path(), "Moph-Secret-1234");
    let (code, stdout, stderr) = crate::support::mapwright_in(tmp.path(), &["history"]);
    assert_eq!(code, 0, "history refuses a file with [serve]: {stderr}");
    assert!(!stderr.contains("unknown field"), "{stderr}");
    assert!(stdout.contains("no runs") || stdout.is_empty() || !stdout.contains("error"));
    let (code, _, stderr) = crate::support::mapwright_in(tmp.path(), &["show", "1"]);
    assert!(!stderr.contains("unknown field"), "show: {stderr}");
    assert_ne!(code, 0, "there is no run 1");
}

#[test]
fn config_check_is_ready_when_everything_resolves() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path(), "Moph-Secret-1234");
    let (code, stdout, stderr) = check(tmp.path());
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("workflow thailand_w1_primero_to_childshield: ready"),
        "{stdout}"
    );
    assert!(
        stdout.contains("workflow thailand_w2_his_to_primero: ready"),
        "{stdout}"
    );
    assert!(stdout.trim_end().ends_with("ready"), "{stdout}");
}

#[test]
fn config_check_names_a_missing_credential_and_prints_no_secret() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path(), "env:MOPH_PASSWORD_FOR_TEST");
    let (code, stdout, stderr) = check(tmp.path());
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(stdout.contains("NOT READY"), "{stdout}");
    assert!(
        stdout.contains("credential `moph` field `password`: environment variable `MOPH_PASSWORD_FOR_TEST` is not set"),
        "{stdout}"
    );
    for secret in ["Primero-Secret-4711", "Webhook-Secret-0815", KEY] {
        assert!(
            !stdout.contains(secret) && !stderr.contains(secret),
            "{secret} printed"
        );
    }
    // And without the master key, `serve` could not start: said, not hidden.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .current_dir(tmp.path())
        .env_remove("MAPWRIGHT_MASTER_KEY")
        .env_remove("MAPWRIGHT_MASTER_KEY_FILE")
        .args(["config", "check"])
        .output()
        .expect("run mapwright");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.contains("serve: "), "{stdout}");
}

#[test]
fn a_backup_restores_with_its_runs() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path(), "Moph-Secret-1234");
    // Two runs (both fail: the endpoints are a closed port), so the store has history.
    std::fs::write(
        tmp.path().join("body.json"),
        r#"{"data": {"record_id": "r-1", "national_id_no": "1100000000001"}}"#,
    )
    .expect("write body");
    for _ in 0..2 {
        let (code, _, stderr) = crate::support::mapwright_in(
            tmp.path(),
            &["run", "thailand_w2_his_to_primero", "--input", "body.json"],
        );
        assert_ne!(code, 0, "{stderr}");
    }
    let (code, before, _) = crate::support::mapwright_in(tmp.path(), &["history"]);
    assert_eq!(code, 0);

    let (code, stdout, stderr) = crate::support::mapwright_in(tmp.path(), &["backup", "b.db"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("integrity ok"), "{stdout}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(tmp.path().join("b.db"))
        .expect("backup")
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o777,
        0o600,
        "the backup is readable by its owner only"
    );
    let (code, _, stderr) = crate::support::mapwright_in(tmp.path(), &["backup", "b.db"]);
    assert_eq!(code, 2, "a backup never overwrites");
    assert!(stderr.contains("exists already"), "{stderr}");

    // Restore into a fresh installation and read the runs there.
    let restored = tmp.path().join("restored");
    std::fs::create_dir_all(restored.join("data")).expect("mkdir");
    std::fs::copy(tmp.path().join("b.db"), restored.join("data/mapwright.db")).expect("copy");
    std::fs::copy(
        tmp.path().join("mapwright.toml"),
        restored.join("mapwright.toml"),
    )
    .expect("copy");
    let (code, after, stderr) = crate::support::mapwright_in(&restored, &["history"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(after, before, "the restored store lists the same runs");
    assert!(
        after.lines().filter(|l| l.contains("thailand_w2")).count() >= 2,
        "{after}"
    );
}
