//! The store's tests run on both backends: [`on_both!`] turns one test body into a `sqlite` and
//! a `postgres` test. Each PostgreSQL test gets a schema of its own (created here, dropped
//! after the body, passed or failed), so the tests run in parallel on one database. The
//! database is `MAPWRIGHT_TEST_DATABASE_URL` (default [`super::scratch::DEFAULT_TEST_URL`]); when it cannot be
//! reached the PostgreSQL half is skipped with a printed line, except under `CI=true`, where
//! that is a failure.

use super::SqlStore;
use super::scratch::{ScratchSchema, test_database_url};

/// One test's store: a data directory (the keys, and the SQLite file) and, on PostgreSQL, the
/// test's own schema.
pub(crate) struct TestDb {
    pub dir: tempfile::TempDir,
    pg: Option<ScratchSchema>,
}

impl TestDb {
    pub fn sqlite() -> TestDb {
        TestDb {
            dir: tempfile::tempdir().expect("temp dir"),
            pg: None,
        }
    }

    /// A fresh schema in the test database, or None (said on stderr) when PostgreSQL is not
    /// reachable outside CI.
    pub async fn postgres() -> Option<TestDb> {
        let schema = match ScratchSchema::create(&test_database_url()).await {
            Ok(s) => s,
            Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
                eprintln!(
                    "PostgreSQL unreachable ({e}): skipping the PostgreSQL half of this test"
                );
                return None;
            }
            Err(e) => panic!("PostgreSQL unreachable under CI=true: {e}"),
        };
        Some(TestDb {
            dir: tempfile::tempdir().expect("temp dir"),
            pg: Some(schema),
        })
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// Opens (again) this test's store.
    pub async fn open(&self) -> SqlStore {
        let url = self.pg.as_ref().map(ScratchSchema::url);
        SqlStore::open_at(url, self.dir.path())
            .await
            .expect("open the store")
    }

    /// Drops the test's schema.
    pub async fn close(&self) {
        if let Some(s) = &self.pg {
            s.drop_all().await.expect("drop the test schema");
        }
    }
}

/// Runs `$body` with `$db: &TestDb` once on SQLite (test `<name>::sqlite`) and once on
/// PostgreSQL (`<name>::postgres`).
macro_rules! on_both {
    ($(#[$m:meta])* async fn $name:ident($db:ident: &TestDb $(,)?) $body:block) => {
        $(#[$m])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn body($db: &$crate::store::testing::TestDb) $body

            #[tokio::test]
            async fn sqlite() {
                body(&$crate::store::testing::TestDb::sqlite()).await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(db) = $crate::store::testing::TestDb::postgres().await else {
                    return;
                };
                let db = std::sync::Arc::new(db);
                let d = db.clone();
                let r = tokio::spawn(async move { body(&d).await }).await;
                db.close().await;
                if let Err(e) = r {
                    match e.try_into_panic() {
                        Ok(p) => std::panic::resume_unwind(p),
                        Err(e) => panic!("{e}"),
                    }
                }
            }
        }
    };
}
pub(crate) use on_both;

/// A manual run of workflow `w`, to hang rows on.
pub(crate) async fn manual_run(s: &SqlStore) -> super::RunId {
    use super::Store;
    s.create_run(super::NewRun {
        workflow: "w",
        trigger: "manual",
        input_id: None,
        retry_of: None,
    })
    .await
    .expect("create a run")
}
