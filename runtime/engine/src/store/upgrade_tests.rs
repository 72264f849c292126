//! A data directory of the old layout (the run history in `mapwright.db` at migration 3, the
//! admin tables in their own `admin.db`) opens: the admin rows are imported once, sessions and
//! credentials work on the result.

use std::collections::BTreeMap;
use std::path::Path;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};

use super::embedded::Embedded;
use super::sqlite::MIGRATIONS;
use super::{NewRun, SqliteStore, Store};
use crate::secrets::MasterKey;

async fn pool(file: &Path) -> SqlitePool {
    let opts = SqliteConnectOptions::new()
        .filename(file)
        .create_if_missing(true);
    SqlitePool::connect_with(opts).await.unwrap()
}

/// What version 0.1 left: `mapwright.db` with the run migrations only and a run in it, and
/// `admin.db` with the admin migration, a user, a sealed credential, a cron fire and an
/// audit row (written with the old SQL).
async fn old_layout(dir: &Path, key: &MasterKey) {
    let runs = pool(&dir.join("mapwright.db")).await;
    let old_runs: Vec<_> = MIGRATIONS.iter().copied().filter(|m| m.0 <= 3).collect();
    let old_runs: &'static [(i64, &'static str, &'static str)] = Box::leak(old_runs.into());
    Migrator::new(Embedded(old_runs))
        .await
        .unwrap()
        .run(&runs)
        .await
        .unwrap();
    sqlx::query("INSERT INTO runs (workflow, trigger, status, started_at) VALUES ('w', 'manual', 'success', '2026-01-01T00:00:00.000Z')")
        .execute(&runs)
        .await
        .unwrap();
    runs.close().await;

    let admin = pool(&dir.join("admin.db")).await;
    let admin_sql: Vec<_> = MIGRATIONS.iter().copied().filter(|m| m.0 == 100).collect();
    let admin_sql: &'static [(i64, &'static str, &'static str)] = Box::leak(admin_sql.into());
    Migrator::new(Embedded(admin_sql))
        .await
        .unwrap()
        .run(&admin)
        .await
        .unwrap();
    sqlx::query("INSERT INTO users (username, password_hash, role, created_at) VALUES ('ann', 'h', 'admin', '2026-01-01T00:00:00.000Z')")
        .execute(&admin)
        .await
        .unwrap();
    let check = key.check_value().unwrap();
    sqlx::query("INSERT INTO key_check (id, nonce, ciphertext) VALUES (1, ?, ?)")
        .bind(check.nonce)
        .bind(check.ciphertext)
        .execute(&admin)
        .await
        .unwrap();
    let fields = BTreeMap::from([("password".to_owned(), "s3cret".to_owned())]);
    let sealed = key.seal_fields(&fields).unwrap();
    sqlx::query("INSERT INTO credentials (name, owner, environment, fields, nonce, ciphertext, created_at, rotated_at) VALUES ('moph', 'ops', 'prod', 'password', ?, ?, 't', 't')")
        .bind(sealed.nonce)
        .bind(sealed.ciphertext)
        .execute(&admin)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO schedule_fires (workflow, fire_at) VALUES ('w', '2026-01-01T00:05:00Z')",
    )
    .execute(&admin)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO audit_log (at, actor, action, target) VALUES ('t', 'ann', 'log in', 'ann')",
    )
    .execute(&admin)
    .await
    .unwrap();
    admin.close().await;
}

#[tokio::test]
async fn a_data_directory_of_the_old_layout_opens_with_its_admin_rows() {
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::random();
    old_layout(dir.path(), &key).await;

    let s = SqliteStore::open(dir.path()).await.unwrap();
    // The run history is as it was; the admin rows came over.
    assert_eq!(s.runs(&Default::default()).await.unwrap().len(), 1);
    let (ann, _) = s.login_row("ann").await.unwrap().expect("user imported");
    assert_eq!(ann.role, "admin");
    s.check_key(&key).await.expect("the same key opens it");
    assert!(s.check_key(&MasterKey::random()).await.is_err());
    let creds = s.decrypted_credentials(&key).await.unwrap();
    assert_eq!(creds["moph"]["password"], "s3cret");
    assert_eq!(
        s.last_fire("w").await.unwrap().as_deref(),
        Some("2026-01-01T00:05:00Z")
    );
    assert_eq!(s.audit_rows(10).await.unwrap().len(), 1);
    // Tables added since work on the imported rows.
    s.create_session("hash", ann.id, "csrf").await.unwrap();
    assert!(
        s.session("hash", "2000-01-01T00:00:00.000Z")
            .await
            .unwrap()
            .is_some()
    );
    // Imported once: the old file is set aside, a second open adds nothing twice.
    assert!(!dir.path().join("admin.db").exists());
    assert!(dir.path().join("admin.db.imported").exists());
    s.create_run(NewRun {
        workflow: "w",
        trigger: "manual",
        input_id: None,
        retry_of: None,
    })
    .await
    .unwrap();
    drop(s);
    let s = SqliteStore::open(dir.path()).await.unwrap();
    assert_eq!(s.users().await.unwrap().len(), 1);
    assert_eq!(s.audit_rows(10).await.unwrap().len(), 1);
}

/// The versions of the migration files in `migrations/<dialect>/` (their leading digits).
fn migration_files(dialect: &str) -> Vec<i64> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(dialect);
    let mut versions: Vec<i64> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").file_name())
        .filter_map(|n| {
            let n = n.to_string_lossy().into_owned();
            let digits: String = n.chars().take_while(char::is_ascii_digit).collect();
            n.ends_with(".sql")
                .then(|| digits.parse().expect("a numbered file"))
        })
        .collect();
    versions.sort_unstable();
    versions
}

/// A migration file that is not in the embedded list is never run (PostgreSQL's full-text
/// indexes, `postgres/0110_search.sql`, were left out so, and searches scanned every row).
#[test]
fn every_migration_file_is_embedded_and_both_dialects_have_the_same_versions() {
    let sqlite: Vec<i64> = MIGRATIONS.iter().map(|m| m.0).collect();
    let postgres: Vec<i64> = super::sqlite::PG_MIGRATIONS.iter().map(|m| m.0).collect();
    assert!(sqlite.len() >= 10, "{sqlite:?}");
    assert_eq!(
        migration_files("sqlite"),
        sqlite,
        "sqlite: files vs MIGRATIONS"
    );
    assert_eq!(
        migration_files("postgres"),
        postgres,
        "postgres: files vs PG_MIGRATIONS"
    );
    assert_eq!(sqlite, postgres, "the dialects' versions differ");
}
