//! Every command honours `MAPWRIGHT_DATABASE_URL` (issue 12 item 3): `demo` runs its scenarios
//! into a PostgreSQL schema of its own and writes no SQLite file, `history` and `show` read
//! them back from there, and `backup` says to use pg_dump. Skipped with a printed line when
//! PostgreSQL is unreachable, except under `CI=true`.

use std::path::Path;
use std::process::Command;

use mapwright::store::scratch::{ScratchSchema, test_database_url};

fn mapwright(cwd: &Path, url: &str, args: &[&str]) -> (i32, String, String) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mapwright"));
    c.current_dir(cwd)
        .env("MAPWRIGHT_DATABASE_URL", url)
        .env_remove("MAPWRIGHT_MASTER_KEY")
        .env_remove("MAPWRIGHT_MASTER_KEY_FILE")
        .args(args);
    crate::support::output_of(c)
}

fn commands_on(tmp: &Path, url: &str) {
    let (code, out, err) = mapwright(tmp, url, &["demo", "--no-serve", "--cases", "60"]);
    assert_eq!(code, 0, "{out}\n{err}");
    let scenarios: Vec<&str> = out.lines().filter(|l| l.starts_with('W')).collect();
    assert_eq!(scenarios.len(), 4, "{out}");
    assert!(scenarios.iter().all(|s| s.contains(" yes")), "{out}");
    assert!(out.contains("the PostgreSQL store"), "{out}");
    assert!(
        !tmp.join(".mapwright/mapwright.db").exists(),
        "no SQLite store beside the PostgreSQL one"
    );
    assert!(
        !out.contains(url) && !err.contains(url),
        "the URL is not shown"
    );

    let (code, history, err) = mapwright(tmp, url, &["history"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        history.lines().count(),
        5,
        "a header and four runs:\n{history}"
    );
    let (code, shown, err) = mapwright(tmp, url, &["show", "4", "--records", "failed"]);
    assert_eq!(code, 0, "{err}");
    assert!(shown.contains("HTTP 500"), "{shown}");

    let (code, _, err) = mapwright(tmp, url, &["backup", "copy.db"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pg_dump"), "{err}");
    assert!(!tmp.join("copy.db").exists());
}

#[test]
fn the_demo_history_show_and_backup_use_the_postgresql_store() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let schema = match rt.block_on(ScratchSchema::create(&test_database_url())) {
        Ok(s) => s,
        Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("PostgreSQL unreachable ({e}): skipping");
            return;
        }
        Err(e) => panic!("PostgreSQL unreachable under CI=true: {e}"),
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let r = std::panic::catch_unwind(|| commands_on(tmp.path(), schema.url()));
    rt.block_on(schema.drop_all()).expect("drop the schema");
    if let Err(p) = r {
        std::panic::resume_unwind(p);
    }
}
