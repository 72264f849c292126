//! Bad input to the real binary: `transform --param` typed by the transform's declaration
//! (unknown names refused), a record larger than `--max-record-bytes` stopped before it is
//! held, and spec folders holding a FIFO, a symlink to `/dev/zero` or a symlink out of the
//! folder: `check` and `run` refuse them quickly instead of hanging or reading forever.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::{copy_dir, mapwright};

fn mappings() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings")
}

/// Runs the binary in `cwd` (output to files there, so a full pipe cannot stall it), killed
/// (and the test failed) if it takes longer than `limit`.
fn bounded(cwd: &Path, args: &[&str], limit: Duration) -> (i32, String, Duration) {
    let t = Instant::now();
    let log = cwd.join("bounded.log");
    let file = std::fs::File::create(&log).expect("log file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .current_dir(cwd)
        .args(args)
        .stdout(file.try_clone().expect("log file"))
        .stderr(file)
        .spawn()
        .expect("run mapwright");
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break Some(status);
        }
        if t.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let took = t.elapsed();
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    match status {
        Some(s) => (s.code().unwrap_or(-1), text, took),
        None => panic!(
            "`mapwright {}` still running after {limit:?}",
            args.join(" ")
        ),
    }
}

fn mkfifo(p: &Path) {
    let ok = Command::new("mkfifo").arg(p).status().expect("mkfifo");
    assert!(ok.success(), "mkfifo {}", p.display());
}

#[test]
fn check_and_run_refuse_fifos_devices_and_links_out_of_the_folder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dep = tmp.path().join("mappings/thailand");
    copy_dir(&mappings().join("thailand"), &dep);
    let transforms = dep.join("transforms");
    mkfifo(&transforms.join("pipe.yaml"));
    std::os::unix::fs::symlink("/dev/zero", transforms.join("zero.yaml")).expect("link");
    std::fs::write(tmp.path().join("elsewhere.yaml"), "kind: schema\n").expect("write");
    std::os::unix::fs::symlink(
        tmp.path().join("elsewhere.yaml"),
        transforms.join("out.yaml"),
    )
    .expect("link");
    mkfifo(&dep.join("workflows/pipe.yaml"));
    let dir = tmp.path().join("mappings");
    let (code, out, took) = bounded(
        tmp.path(),
        &["check", "--dir", dir.to_str().unwrap_or_default()],
        Duration::from_secs(30),
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("pipe.yaml") && out.contains("a FIFO"), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    for link in ["zero.yaml", "out.yaml"] {
        let refused = lines.windows(4).any(|w| {
            w[0].contains("E001")
                && w[0].contains("leads out of")
                && w.iter().any(|l| l.contains(link))
        });
        assert!(refused, "{link}: {out}");
    }
    println!("check over a FIFO, /dev/zero and an outside link: exit {code} in {took:?}");

    // `run` loads the same folder (and its workflows) and stops with errors, not a hang.
    let toml = format!(
        "data_dir = \"{}\"\nmappings = \"{}\"\n",
        tmp.path().join("data").display(),
        dir.display()
    );
    std::fs::write(tmp.path().join("mapwright.toml"), toml).expect("config");
    let (code, out, _) = bounded(
        tmp.path(),
        &["run", "thailand_w1_primero_to_childshield"],
        Duration::from_secs(30),
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("workflows/pipe.yaml") && out.contains("a FIFO"),
        "{out}"
    );
}

#[test]
fn transform_params_are_typed_and_unknown_names_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("empty.ndjson");
    std::fs::write(&input, "").expect("input");
    let dir = mappings();
    let (input, dir) = (
        input.to_str().unwrap_or_default(),
        dir.to_str().unwrap_or_default(),
    );
    let run = |param: &str| {
        mapwright(&[
            "transform",
            "bench_reference",
            input,
            "--dir",
            dir,
            "--param",
            param,
            "--quiet",
        ])
    };
    let (code, _, err) = run("nosuch=1");
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("declares no parameter `nosuch`") && err.contains("cursor"),
        "{err}"
    );
    let (code, _, err) = run("cursor=not-a-date");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--param cursor"), "{err}");
    let (code, _, err) = run("cursor=2024-01-01T00:00:00Z");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = mapwright(&[
        "transform",
        "bench_reference",
        input,
        "--dir",
        "/nonexistent",
        "--param",
        "cursor=2024-01-01T00:00:00Z",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pass --dir"), "{err}");
}

#[test]
fn a_record_larger_than_the_limit_is_an_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("big.ndjson");
    let big = format!(
        "{{\"id\": \"a\"}}\n{{\"xs\": [{}0]}}\n",
        "1,".repeat(600_000)
    );
    std::fs::write(&input, big).expect("input");
    let (code, _, err) = mapwright(&[
        "transform",
        "bench_reference",
        input.to_str().unwrap_or_default(),
        "--max-record-bytes",
        "1000000",
        "--quiet",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("record 1 is larger than 1000000 bytes"),
        "{err}"
    );
}
