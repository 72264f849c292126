//! One store, two backends. Every statement is written once, with SQLite's `?` placeholders,
//! in SQL both SQLite and PostgreSQL accept; on PostgreSQL the placeholders are rewritten to
//! `$1..$n` (once per static statement: the rewritten text is cached). The few statements that
//! must differ (claiming queued runs, the schema walk of retention, the store's size, backup)
//! branch on [`Dialect`]. Queries run through sqlx's `Any` driver, so only the types it carries
//! are bound or read: `i64`, `String`/`&str`, `Vec<u8>`, `f64` (booleans are `INTEGER`/`BIGINT`
//! 0 or 1, timestamps RFC 3339 text).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use sqlx::Any;
use sqlx::any::{AnyArguments, AnyRow};

/// Which database the store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// The dialect of a `store.url`, or None when it names no supported database.
    pub fn of_url(url: &str) -> Option<Dialect> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Dialect::Postgres)
        } else {
            None
        }
    }

    /// `sql` (a static statement) in this dialect's placeholders.
    pub fn text(self, sql: &'static str) -> &'static str {
        match self {
            Dialect::Sqlite => sql,
            Dialect::Postgres => cached(sql),
        }
    }

    /// `sql` (a statement built at run time) in this dialect's placeholders; not cached.
    pub fn owned(self, sql: &str) -> Cow<'_, str> {
        match self {
            Dialect::Sqlite => Cow::Borrowed(sql),
            Dialect::Postgres => Cow::Owned(numbered(sql)),
        }
    }
}

pub(super) type Query<'q> = sqlx::query::Query<'q, Any, AnyArguments<'q>>;
pub(super) type QueryScalar<'q, O> = sqlx::query::QueryScalar<'q, Any, O, AnyArguments<'q>>;

impl super::SqlStore {
    /// A static statement, in this store's dialect.
    pub(super) fn q<'q>(&self, sql: &'static str) -> Query<'q> {
        sqlx::query(self.dialect.text(sql))
    }

    /// A static statement returning one column, in this store's dialect.
    pub(super) fn qs<'q, O>(&self, sql: &'static str) -> QueryScalar<'q, O>
    where
        (O,): for<'r> sqlx::FromRow<'r, AnyRow>,
    {
        sqlx::query_scalar(self.dialect.text(sql))
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }
}

fn cached(sql: &'static str) -> &'static str {
    static CACHE: OnceLock<RwLock<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(t) = cache
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(sql)
    {
        return t;
    }
    let mut w = cache.write().unwrap_or_else(PoisonError::into_inner);
    // Leaked once per distinct static statement: a bounded set, kept for the process's life.
    w.entry(sql)
        .or_insert_with(|| Box::leak(numbered(sql).into_boxed_str()))
}

/// Rewrites SQLite placeholders to PostgreSQL's: each bare `?` becomes the next `$n`, `?N`
/// becomes `$N`. Question marks inside quoted strings, quoted identifiers and `--` comments
/// are left alone.
pub fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut next = 0u32;
    let mut chars = sql.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        out.push(c);
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '-' if chars.peek() == Some(&'-') => {
                while let Some(&d) = chars.peek() {
                    if d == '\n' {
                        break;
                    }
                    out.push(d);
                    chars.next();
                }
            }
            '?' => {
                out.pop();
                out.push('$');
                let mut digits = false;
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    out.push(d);
                    chars.next();
                    digits = true;
                }
                if !digits {
                    next += 1;
                    out.push_str(&next.to_string());
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes_and_comments() {
        assert_eq!(
            numbered("SELECT a FROM t WHERE a = ? AND b = ? LIMIT ?"),
            "SELECT a FROM t WHERE a = $1 AND b = $2 LIMIT $3"
        );
        assert_eq!(
            numbered("UPDATE t SET a = ?1 WHERE b = ?2 AND c = ?1"),
            "UPDATE t SET a = $1 WHERE b = $2 AND c = $1"
        );
        assert_eq!(
            numbered("SELECT '?', \"a?\", 'it''s ?' FROM t WHERE x = ? -- why?\n AND y = ?"),
            "SELECT '?', \"a?\", 'it''s ?' FROM t WHERE x = $1 -- why?\n AND y = $2"
        );
        assert_eq!(numbered("SELECT 1"), "SELECT 1");
    }

    #[test]
    fn static_statements_are_rewritten_once() {
        let a = Dialect::Postgres.text("SELECT ? + ?");
        let b = Dialect::Postgres.text("SELECT ? + ?");
        assert_eq!(a, "SELECT $1 + $2");
        assert!(
            std::ptr::eq(a, b),
            "the second lookup returns the cached text"
        );
        assert_eq!(Dialect::Sqlite.text("SELECT ?"), "SELECT ?");
    }
}
