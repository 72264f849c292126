//! The README's first command as a new user meets it: `mapwright demo --no-serve` runs every
//! scenario as expected, and the history it leaves reads back with `history` and `show`,
//! failure reasons included, without a key in the environment.

#[test]
fn the_demo_runs_every_scenario_and_its_history_reads_back() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .current_dir(tmp.path())
        .env_remove("MAPWRIGHT_MASTER_KEY")
        .env_remove("MAPWRIGHT_MASTER_KEY_FILE")
        .args(["demo", "--no-serve", "--cases", "60"])
        .output()
        .expect("run the demo");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let scenarios: Vec<&str> = stdout.lines().filter(|l| l.starts_with("W")).collect();
    assert_eq!(scenarios.len(), 4, "{stdout}");
    for s in &scenarios {
        assert!(s.contains(" yes"), "not as expected: {s}");
    }

    let (code, history, err) = crate::support::mapwright_in(tmp.path(), &["history"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        history.lines().count(),
        5,
        "a header and four runs:\n{history}"
    );

    // Run 4 is the sync that Primero answers with 500: its reason is readable, not sealed away.
    let (code, shown, err) =
        crate::support::mapwright_in(tmp.path(), &["show", "4", "--records", "failed"]);
    assert_eq!(code, 0, "{err}");
    assert!(shown.contains("records failed: 1"), "{shown}");
    assert!(
        !shown.contains("[sealed"),
        "the reason needs a key `show` lacks:\n{shown}"
    );
    assert!(shown.contains("HTTP 500"), "{shown}");
}
