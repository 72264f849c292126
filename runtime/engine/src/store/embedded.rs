//! SQL migrations compiled into the binary, so a deployed `mapwright` needs no migrations
//! folder.

use std::borrow::Cow;

use sqlx::migrate::{Migration, MigrationSource, MigrationType};

/// `(version, description, sql)` in version order.
pub type Migrations = &'static [(i64, &'static str, &'static str)];

/// A migration source over an embedded list.
#[derive(Debug, Clone, Copy)]
pub struct Embedded(pub Migrations);

impl MigrationSource<'static> for Embedded {
    fn resolve(
        self,
    ) -> futures_util::future::BoxFuture<'static, Result<Vec<Migration>, sqlx::error::BoxDynError>>
    {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|&(v, d, sql)| {
                    Migration::new(
                        v,
                        Cow::Borrowed(d),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}
