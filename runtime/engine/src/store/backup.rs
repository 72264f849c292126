//! A consistent copy of the SQLite store while it is in use (`mapwright backup`): SQLite's
//! `VACUUM INTO` writes one self-contained database file from a single read transaction, so
//! runs that `serve` writes meanwhile are either wholly in the copy or not at all. The copy is
//! created readable by its owner only: it holds what the store holds. A PostgreSQL store is
//! backed up with `pg_dump`.

use std::path::{Path, PathBuf};

use super::SqliteStore;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already: choose a new file name (a backup never overwrites)")]
    Exists(PathBuf),
    #[error("cannot create {path}: {source}")]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("backup failed: {0}")]
    Db(#[from] sqlx::Error),
    #[error("the backup {path} does not open as a Mapwright store: {reason}")]
    Invalid { path: PathBuf, reason: String },
    #[error(
        "the store is PostgreSQL (store.url): back it up with PostgreSQL's own tools, e.g. `pg_dump --format=custom --file=mapwright.dump <database>`, and keep the data directory's key files with it"
    )]
    Postgres,
}

impl SqliteStore {
    /// Writes a consistent copy of the whole store to `dest` (a new file, mode 0600); returns
    /// its size in bytes.
    pub async fn backup_to(&self, dest: &Path) -> Result<u64, BackupError> {
        if self.dialect != super::Dialect::Sqlite {
            return Err(BackupError::Postgres);
        }
        let create = |source| BackupError::Create {
            path: dest.to_path_buf(),
            source,
        };
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        match opts.open(dest) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(BackupError::Exists(dest.to_path_buf()));
            }
            Err(e) => return Err(create(e)),
        }
        // VACUUM INTO accepts an empty file; the one just created keeps its 0600 mode.
        let target = dest.to_string_lossy().into_owned();
        if let Err(e) = self
            .q("VACUUM INTO ?")
            .bind(&target)
            .execute(&self.pool)
            .await
        {
            let _ = std::fs::remove_file(dest);
            return Err(e.into());
        }
        let size = std::fs::metadata(dest).map_err(create)?.len();
        Ok(size)
    }

    /// Checks a backup without changing it: it opens read-only, passes SQLite's integrity
    /// check and holds the runs table; returns how many runs it holds.
    pub async fn verify_backup(file: &Path) -> Result<i64, BackupError> {
        let invalid = |reason: String| BackupError::Invalid {
            path: file.to_path_buf(),
            reason,
        };
        let opts = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(file)
            .read_only(true);
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(opts)
            .await
            .map_err(|e| invalid(e.to_string()))?;
        let (ok,): (String,) = sqlx::query_as("PRAGMA integrity_check")
            .fetch_one(&pool)
            .await
            .map_err(|e| invalid(e.to_string()))?;
        if ok != "ok" {
            return Err(invalid(ok));
        }
        let (runs,): (i64,) = sqlx::query_as("SELECT count(*) FROM runs")
            .fetch_one(&pool)
            .await
            .map_err(|e| invalid(e.to_string()))?;
        pool.close().await;
        Ok(runs)
    }
}
