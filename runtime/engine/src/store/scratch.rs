//! A PostgreSQL schema of one's own in a shared database, for tests and benchmarks that run in
//! parallel on one server: created empty with a random name, reached through a URL that sets
//! `search_path` on every connection, and dropped with everything in it.

use sqlx::Connection;
use sqlx::postgres::PgConnection;

/// The database tests use unless `MAPWRIGHT_TEST_DATABASE_URL` says otherwise.
pub const DEFAULT_TEST_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// `MAPWRIGHT_TEST_DATABASE_URL`, or [`DEFAULT_TEST_URL`].
pub fn test_database_url() -> String {
    std::env::var("MAPWRIGHT_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| DEFAULT_TEST_URL.to_owned())
}

/// A schema created in the database at `base`; [`ScratchSchema::drop_all`] removes it.
#[derive(Debug)]
pub struct ScratchSchema {
    base: String,
    name: String,
    url: String,
}

impl ScratchSchema {
    /// Creates `mw_<random>` in the database `base` names.
    pub async fn create(base: &str) -> Result<ScratchSchema, sqlx::Error> {
        let mut conn = PgConnection::connect(base).await?;
        let name = format!("mw_{:016x}", rand::random::<u64>());
        sqlx::Executor::execute(&mut conn, &*format!("CREATE SCHEMA {name}")).await?;
        let _ = conn.close().await;
        let sep = if base.contains('?') { '&' } else { '?' };
        Ok(ScratchSchema {
            url: format!("{base}{sep}options[search_path]={name}"),
            base: base.to_owned(),
            name,
        })
    }

    /// The URL whose connections work in this schema (a `store.url`).
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Drops the schema and everything in it.
    pub async fn drop_all(&self) -> Result<(), sqlx::Error> {
        let mut conn = PgConnection::connect(&self.base).await?;
        sqlx::Executor::execute(&mut conn, &*format!("DROP SCHEMA {} CASCADE", self.name)).await?;
        let _ = conn.close().await;
        Ok(())
    }
}
