//! Find, else create, without ever creating twice: after a create whose failure does not prove
//! that the server did not process it (a 503, a 5xx, a timeout, a reset, a cut-off or malformed
//! 2xx body: [`adaptors::Error::proves_not_processed`]), the record is looked up again before
//! any new create. The HTTP layer never repeats such a POST itself.

use std::future::Future;

use super::op_error;
use crate::engine::ops::{OpError, OpLog};
use crate::store::Level;

/// What [`find_or_create`] ended with.
#[derive(Debug, PartialEq)]
pub(crate) enum Found<F, C> {
    /// The find found it; `after_ambiguous`: our own earlier create had stored it.
    Existing { value: F, after_ambiguous: bool },
    /// The create succeeded.
    Created(C),
}

/// Runs `find`; when it finds nothing, `create`. A create that failed ambiguously (or with 409:
/// the record exists) is followed by `find` again, up to `policy.max_attempts` rounds with the
/// policy's backoff between them. A failure of `find` is a failure (never "absent"), and so is
/// the last round's ambiguous create: the record is retried by a later run, which finds first.
pub(crate) async fn find_or_create<F, C, FindFut, CreateFut>(
    policy: &adaptors::RetryPolicy,
    log: &dyn OpLog,
    what: &str,
    mut find: impl FnMut() -> FindFut,
    mut create: impl FnMut() -> CreateFut,
) -> Result<Found<F, C>, OpError>
where
    FindFut: Future<Output = Result<Option<F>, adaptors::Error>>,
    CreateFut: Future<Output = Result<C, adaptors::Error>>,
{
    let rounds = policy.max_attempts.max(1);
    let mut after_ambiguous = false;
    let mut round = 1;
    loop {
        if let Some(value) = find().await.map_err(op_error)? {
            return Ok(Found::Existing {
                value,
                after_ambiguous,
            });
        }
        match create().await {
            Ok(c) => return Ok(Found::Created(c)),
            Err(e) if needs_find_again(&e) && round < rounds => {
                log.log(
                    Level::Warn,
                    format!(
                        "creating {what}: {e}; that does not prove it was not created, so it is \
                         looked up again before any new create"
                    ),
                )
                .await;
                after_ambiguous = true;
                round += 1;
                tokio::time::sleep(policy.backoff(round)).await;
            }
            Err(e) => return Err(op_error(e)),
        }
    }
}

/// The create may have stored the record (or 409: it exists).
fn needs_find_again(e: &adaptors::Error) -> bool {
    !e.proves_not_processed() || e.status() == Some(409)
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::time::Duration;

    use futures_util::future::BoxFuture;

    use super::*;
    use crate::engine::ops::ErrorKind;

    #[derive(Default)]
    struct Lines(Mutex<Vec<String>>);

    impl OpLog for Lines {
        fn log(&self, _: Level, message: String) -> BoxFuture<'_, ()> {
            self.0.lock().map(|mut l| l.push(message)).ok();
            Box::pin(async {})
        }
    }

    fn call() -> adaptors::Call {
        adaptors::Call {
            system: "moph",
            method: "POST".into(),
            path: "/api/interventions".into(),
        }
    }

    fn http(status: u16) -> adaptors::Error {
        adaptors::Error::Http {
            call: call(),
            status,
            body: String::new(),
        }
    }

    fn policy() -> adaptors::RetryPolicy {
        adaptors::RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(1),
            ..Default::default()
        }
    }

    /// A server that stores the create, then answers with `answer`: the second round finds it.
    #[tokio::test]
    async fn an_ambiguous_create_is_followed_by_a_find_never_a_second_create() {
        for answer in [
            http(503),
            http(500),
            http(502),
            adaptors::Error::Timeout {
                call: call(),
                after: Duration::from_secs(1),
            },
            adaptors::Error::Transport {
                call: call(),
                message: "connection reset".into(),
            },
            adaptors::Error::MalformedBody {
                call: call(),
                message: "EOF".into(),
            },
            http(409),
        ] {
            let stored = Mutex::new(0u32);
            let creates = Mutex::new(0u32);
            let lines = Lines::default();
            let label = answer.to_string();
            let mut answer = Some(answer);
            let got = find_or_create(
                &policy(),
                &lines,
                "the intervention",
                || {
                    let n = *stored.lock().expect("lock");
                    async move { Ok::<_, adaptors::Error>((n > 0).then_some(n)) }
                },
                || {
                    *creates.lock().expect("lock") += 1;
                    *stored.lock().expect("lock") += 1;
                    let a = answer.take();
                    async move { a.map_or(Ok("created"), Err) }
                },
            )
            .await;
            assert_eq!(
                got,
                Ok(Found::Existing {
                    value: 1,
                    after_ambiguous: true
                }),
                "{label}"
            );
            assert_eq!(*creates.lock().expect("lock"), 1, "{label}");
            assert_eq!(lines.0.lock().expect("lock").len(), 1, "{label}");
        }
    }

    #[tokio::test]
    async fn a_refusal_proves_nothing_was_stored_and_ends_the_call() {
        for (answer, kind) in [
            (http(400), ErrorKind::Failed),
            (http(403), ErrorKind::Failed),
            (
                adaptors::Error::Unprocessable {
                    call: call(),
                    errors: serde_json::json!(["/cid"]),
                },
                ErrorKind::Failed,
            ),
            (
                adaptors::Error::NotFound {
                    call: call(),
                    code: Some("MODEL_NOT_FOUND".into()),
                    body: String::new(),
                },
                ErrorKind::NotFound,
            ),
        ] {
            let creates = Mutex::new(0u32);
            let mut answer = Some(answer);
            let got: Result<Found<u32, &str>, OpError> = find_or_create(
                &policy(),
                &Lines::default(),
                "x",
                || async { Ok(None) },
                || {
                    *creates.lock().expect("lock") += 1;
                    let a = answer.take();
                    async move { a.map_or(Ok("created"), Err) }
                },
            )
            .await;
            assert_eq!(got.map_err(|e| e.kind), Err(kind));
            assert_eq!(*creates.lock().expect("lock"), 1);
        }
    }

    #[tokio::test]
    async fn rounds_are_bounded_and_a_failed_find_is_a_failure() {
        let creates = Mutex::new(0u32);
        let got: Result<Found<u32, ()>, OpError> = find_or_create(
            &policy(),
            &Lines::default(),
            "x",
            || async { Ok(None) },
            || {
                *creates.lock().expect("lock") += 1;
                async { Err(http(503)) }
            },
        )
        .await;
        assert!(got.is_err());
        assert_eq!(*creates.lock().expect("lock"), 3, "max_attempts rounds");
        let got: Result<Found<u32, ()>, OpError> = find_or_create(
            &policy(),
            &Lines::default(),
            "x",
            || async { Err(http(500)) },
            || async { panic!("never created after a failed find") },
        )
        .await;
        assert!(got.is_err());
    }
}
