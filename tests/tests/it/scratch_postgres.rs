//! Tests on PostgreSQL (issue 12): a schema of the test's own in the test database.

use std::future::Future;

use runtime::store::scratch::{ScratchSchema, test_database_url};

/// Runs `body` with the URL of a fresh schema, dropped afterwards whether the body passed or
/// not. When PostgreSQL is unreachable the test is skipped with a printed line, except under
/// `CI=true`.
pub async fn with_scratch_schema<F>(body: impl FnOnce(String) -> F)
where
    F: Future<Output = ()> + Send + 'static,
{
    let schema = match ScratchSchema::create(&test_database_url()).await {
        Ok(s) => s,
        Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("PostgreSQL unreachable ({e}): skipped");
            return;
        }
        Err(e) => panic!("PostgreSQL unreachable under CI=true: {e}"),
    };
    let done = tokio::spawn(body(schema.url().to_owned())).await;
    schema.drop_all().await.expect("drop the test schema");
    if let Err(e) = done {
        std::panic::resume_unwind(e.into_panic());
    }
}
