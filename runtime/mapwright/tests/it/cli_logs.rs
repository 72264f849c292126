//! Logs and stdout as an operator meets them: `--log-format json` gives one JSON object per
//! line, text logs carry no colour when stderr is not a terminal, a closed stdout ends a command
//! quietly, and a run started from the command line is recorded as `manual`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A copy of the Thailand deployment whose endpoints point at a closed port, so that a run of
/// Workflow 1 fails its first request (one attempt) and logs it.
fn unreachable_setup(dir: &Path) {
    crate::support::copy_dir(
        &repo().join("mappings/thailand"),
        &dir.join("mappings/thailand"),
    );
    let toml = r#"
data_dir = "data"
mappings = "mappings"
deployment = "thailand"

[endpoints.primero]
url = "http://127.0.0.1:9"
auth = "basic"
max_attempts = 1
timeout_secs = 2

[endpoints.moph]
url = "http://127.0.0.1:9/api"
max_attempts = 1
timeout_secs = 2

[workflows.thailand_w1_primero_to_childshield]
initial_cursor = "2024-01-01T00:00:00.000Z"

[credentials.primero]
user = "u"
password = "p"

[credentials.moph]
email = "e@example.org"
password = "p"
"#;
    std::fs::write(dir.join("mapwright.toml"), toml).expect("write config");
}

fn run_w1(dir: &Path, format: &str) -> (i32, String) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mapwright"));
    c.current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("RUST_LOG")
        .args([
            "--log-format",
            format,
            "run",
            "thailand_w1_primero_to_childshield",
        ]);
    let (code, _, stderr) = crate::support::output_of(c);
    (code, stderr)
}

#[test]
fn json_logs_are_one_object_per_line_and_text_logs_have_no_colour_off_a_terminal() {
    let tmp = tempfile::tempdir().expect("tempdir");
    unreachable_setup(tmp.path());

    let (code, stderr) = run_w1(tmp.path(), "json");
    assert_ne!(code, 0, "a run against a closed port fails: {stderr}");
    let events: Vec<serde_json::Value> = stderr
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let failed = events
        .iter()
        .find(|e| e["fields"]["message"] == "request failed")
        .unwrap_or_else(|| panic!("no `request failed` event in:\n{stderr}"));
    assert_eq!(failed["level"], "WARN");
    assert_eq!(failed["fields"]["system"], "primero");
    assert!(failed["timestamp"].is_string());

    let (_, stderr) = run_w1(tmp.path(), "text");
    assert!(stderr.contains("request failed"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}'),
        "colour codes in a log that is not a terminal:\n{stderr}"
    );

    let (code, stdout, stderr) = crate::support::mapwright_in(tmp.path(), &["history"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("manual"),
        "the CLI's runs are manual:\n{stdout}"
    );
    assert!(!stdout.contains("cron"), "{stdout}");
}

#[test]
fn a_closed_stdout_ends_the_command_without_a_panic() {
    let tmp = tempfile::tempdir().expect("tempdir");
    // Enough records that the output overflows the pipe while nobody reads it.
    let sample =
        std::fs::read_to_string(repo().join("mappings/example/samples/case.json")).expect("sample");
    let record: serde_json::Value = serde_json::from_str(&sample).expect("sample is JSON");
    let mut input = std::fs::File::create(tmp.path().join("cases.ndjson")).expect("create");
    for _ in 0..3000 {
        writeln!(input, "{record}").expect("write");
    }
    drop(input);
    let mut child = Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .current_dir(tmp.path())
        .args(["preview", "example_case_summary", "cases.ndjson", "--dir"])
        .arg(repo().join("mappings"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take()); // `head` exits before reading
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
    use std::os::unix::process::ExitStatusExt;
    assert!(
        out.status.success() || out.status.signal() == Some(13),
        "ends quietly (0, or SIGPIPE as `cat` does): {:?}",
        out.status
    );
}
