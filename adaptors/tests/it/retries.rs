//! Retries, backoff, Retry-After, timeouts and body faults through real HTTP.

use std::time::{Duration, Instant};

use adaptors::primero::{Client, PrimeroAuth, PrimeroConfig};
use adaptors::{Error, RetryPolicy};
use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER};
use fakes::{DataGen, FakePrimero, Fault};
use serde_json::json;

use crate::support::Attempts;

const SHOW: &str = "GET /api/v2/cases/{id}";
const CREATE: &str = "POST /api/v2/cases";

fn policy(max_attempts: u32, timeout: Duration) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(40),
        jitter: 0.5,
        timeout,
        max_retry_after: Duration::from_secs(2),
    }
}

struct Setup {
    fake: FakePrimero,
    client: Client,
    attempts: Attempts,
    id: String,
}

async fn setup(max_attempts: u32, timeout: Duration) -> Setup {
    let fake = FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: 3,
        seed: 2,
        ..Default::default()
    })
    .await
    .expect("starts");
    let attempts = Attempts::default();
    let auth = PrimeroAuth::Basic {
        username: DEFAULT_USER.into(),
        password: DEFAULT_PASSWORD.into(),
    };
    let client = Client::new(PrimeroConfig {
        policy: policy(max_attempts, timeout),
        ..PrimeroConfig::new(fake.url(), auth)
    })
    .expect("config")
    .with_observer(attempts.observer());
    let id = DataGen::new(2).case_meta(0).id;
    Setup {
        fake,
        client,
        attempts,
        id,
    }
}

#[tokio::test]
async fn server_errors_are_retried_then_succeed() {
    let s = setup(4, Duration::from_secs(5)).await;
    s.fake.faults().fail_next(SHOW, 2, Fault::status(500));
    s.client
        .get_case(&s.id)
        .await
        .expect("third attempt succeeds");
    assert_eq!(s.fake.requests(SHOW), 3);
    let a = s.attempts.seen();
    assert_eq!(
        a.iter().map(|x| (x.attempt, x.status)).collect::<Vec<_>>(),
        vec![(1, Some(500)), (2, Some(500)), (3, Some(200))]
    );
    assert!(a[0].retry_in.is_some() && a[2].retry_in.is_none() && a[2].error.is_none());
    assert!(
        a.iter()
            .all(|x| x.path == format!("/api/v2/cases/{}", s.id) && x.method == "GET")
    );
}

#[tokio::test]
async fn attempts_are_bounded_and_end_in_a_typed_error() {
    let s = setup(3, Duration::from_secs(5)).await;
    s.fake.faults().fail_next(SHOW, 10, Fault::status(502));
    let err = s.client.get_case(&s.id).await.err();
    assert!(
        matches!(err, Some(Error::Http { status: 502, .. })),
        "{err:?}"
    );
    assert_eq!(s.fake.requests(SHOW), 3);
    assert!(err.is_some_and(|e| e.is_transient()));
}

#[tokio::test]
async fn retry_after_is_honoured_on_429() {
    let s = setup(3, Duration::from_secs(5)).await;
    let wait = Duration::from_millis(300);
    s.fake.faults().fail_next(
        SHOW,
        1,
        Fault::Status {
            status: 429,
            retry_after: Some(wait),
        },
    );
    let t = Instant::now();
    s.client
        .get_case(&s.id)
        .await
        .expect("second attempt succeeds");
    assert!(t.elapsed() >= wait, "{:?}", t.elapsed());
    assert_eq!(s.attempts.seen()[0].retry_in, Some(wait));
}

#[tokio::test]
async fn too_long_retry_after_or_exhausted_429_is_rate_limited() {
    let s = setup(3, Duration::from_secs(5)).await;
    s.fake.faults().fail_next(
        SHOW,
        1,
        Fault::Status {
            status: 429,
            retry_after: Some(Duration::from_secs(3600)),
        },
    );
    let t = Instant::now();
    let err = s.client.get_case(&s.id).await.err();
    assert!(
        matches!(err, Some(Error::RateLimited { retry_after: Some(d), .. }) if d == Duration::from_secs(3600))
    );
    assert!(t.elapsed() < Duration::from_secs(1));
    assert_eq!(s.fake.requests(SHOW), 1);
    s.fake.faults().fail_next(
        SHOW,
        3,
        Fault::Status {
            status: 429,
            retry_after: None,
        },
    );
    assert!(matches!(
        s.client.get_case(&s.id).await,
        Err(Error::RateLimited { .. })
    ));
    assert_eq!(s.fake.requests(SHOW), 4);
}

#[tokio::test]
async fn post_is_retried_only_when_it_cannot_have_been_processed() {
    let s = setup(3, Duration::from_secs(5)).await;
    s.fake.faults().fail_next(CREATE, 1, Fault::status(500));
    assert!(matches!(
        s.client.create_case(&json!({"name_first": "a1"})).await,
        Err(Error::Http { status: 500, .. })
    ));
    assert_eq!(
        s.fake.requests(CREATE),
        1,
        "a 500 POST may have created the record"
    );
    s.fake.faults().fail_next(
        CREATE,
        1,
        Fault::Status {
            status: 503,
            retry_after: Some(Duration::from_millis(20)),
        },
    );
    assert!(
        matches!(
            s.client.create_case(&json!({"name_first": "a2"})).await,
            Err(Error::Http { status: 503, .. })
        ),
        "a 503 may come after the create was stored: never repeated blindly"
    );
    assert_eq!(s.fake.requests(CREATE), 2);
    s.fake.faults().fail_next(
        CREATE,
        1,
        Fault::Status {
            status: 429,
            retry_after: None,
        },
    );
    s.client
        .create_case(&json!({"name_first": "a3"}))
        .await
        .expect("429 is safe to retry");
    assert_eq!(s.fake.requests(CREATE), 4);
    s.fake.faults().fail_next(CREATE, 1, Fault::Truncated);
    assert!(matches!(
        s.client.create_case(&json!({"name_first": "a4"})).await,
        Err(Error::Transport { .. })
    ));
    assert_eq!(s.fake.requests(CREATE), 5);
}

#[tokio::test]
async fn timeouts_are_typed_and_retried_for_gets() {
    let s = setup(1, Duration::from_millis(200)).await;
    s.fake
        .faults()
        .fail_next(SHOW, 1, Fault::Hang(Duration::from_secs(3)));
    let t = Instant::now();
    let err = s.client.get_case(&s.id).await.err();
    assert!(
        matches!(err, Some(Error::Timeout { after, .. }) if after == Duration::from_millis(200)),
        "{err:?}"
    );
    assert!(t.elapsed() < Duration::from_secs(2));

    let s = setup(2, Duration::from_millis(800)).await;
    s.fake
        .faults()
        .fail_next(SHOW, 1, Fault::Hang(Duration::from_secs(3)));
    s.client
        .get_case(&s.id)
        .await
        .expect("second attempt is not delayed");
    assert_eq!(s.attempts.seen()[0].status, None);
}

#[tokio::test]
async fn malformed_bodies_are_typed_and_retried_only_for_repeatable_requests() {
    let s = setup(1, Duration::from_secs(5)).await;
    s.fake.faults().fail_next(SHOW, 1, Fault::MalformedJson);
    assert!(matches!(
        s.client.get_case(&s.id).await,
        Err(Error::MalformedBody { .. })
    ));
    assert_eq!(s.fake.requests(SHOW), 1);
    let s = setup(3, Duration::from_secs(5)).await;
    s.fake.faults().fail_next(SHOW, 1, Fault::MalformedJson);
    s.client
        .get_case(&s.id)
        .await
        .expect("a GET is asked again");
    assert_eq!(s.fake.requests(SHOW), 2);
    s.fake.faults().fail_next(CREATE, 1, Fault::MalformedJson);
    assert!(matches!(
        s.client.create_case(&json!({"name_first": "m1"})).await,
        Err(Error::MalformedBody { .. })
    ));
    assert_eq!(
        s.fake.requests(CREATE),
        1,
        "the create was stored; a second POST would store it twice"
    );
}

#[tokio::test]
async fn truncated_bodies_are_retried_for_gets() {
    let s = setup(3, Duration::from_secs(5)).await;
    s.fake.faults().fail_next(SHOW, 1, Fault::Truncated);
    s.client
        .get_case(&s.id)
        .await
        .expect("retried after the cut");
    assert_eq!(s.fake.requests(SHOW), 2);
    assert!(
        s.attempts.seen()[0]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("transport"))
    );
}

#[tokio::test]
async fn connection_refused_is_transport_and_retried_to_the_bound() {
    let s = setup(3, Duration::from_secs(5)).await;
    let url = s.fake.url();
    s.fake.shutdown().await;
    let attempts = Attempts::default();
    let auth = PrimeroAuth::Basic {
        username: DEFAULT_USER.into(),
        password: DEFAULT_PASSWORD.into(),
    };
    let c = Client::new(PrimeroConfig {
        policy: policy(3, Duration::from_secs(2)),
        ..PrimeroConfig::new(url, auth)
    })
    .expect("config")
    .with_observer(attempts.observer());
    assert!(matches!(
        c.create_case(&json!({"name_first": "a1"})).await,
        Err(Error::Transport { .. })
    ));
    assert_eq!(attempts.seen().len(), 3, "POST retried: nothing was sent");
}

#[tokio::test]
async fn latency_beyond_the_timeout_fails_every_attempt_within_the_bound() {
    let s = setup(3, Duration::from_millis(150)).await;
    s.fake.faults().set_latency(Duration::from_secs(3));
    let t = Instant::now();
    assert!(matches!(
        s.client.get_case(&s.id).await,
        Err(Error::Timeout { .. })
    ));
    assert_eq!(s.attempts.seen().len(), 3);
    assert!(
        t.elapsed() < Duration::from_millis(2500),
        "{:?}",
        t.elapsed()
    );
}

#[tokio::test]
async fn retry_after_on_503_is_honoured_for_gets() {
    let s = setup(3, Duration::from_secs(5)).await;
    let wait = Duration::from_millis(250);
    s.fake.faults().fail_next(
        SHOW,
        1,
        Fault::Status {
            status: 503,
            retry_after: Some(wait),
        },
    );
    let t = Instant::now();
    s.client
        .get_case(&s.id)
        .await
        .expect("succeeds after the wait");
    assert!(t.elapsed() >= wait);
    assert_eq!(s.attempts.seen()[0].status, Some(503));
}

#[tokio::test]
async fn a_timed_out_post_is_not_repeated() {
    let s = setup(3, Duration::from_millis(200)).await;
    s.fake
        .faults()
        .fail_next(CREATE, 1, Fault::Hang(Duration::from_millis(600)));
    let err = s
        .client
        .create_case(&json!({"name_first": "once"}))
        .await
        .err();
    assert!(matches!(err, Some(Error::Timeout { .. })), "{err:?}");
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(s.fake.requests(CREATE), 1, "sent once, never retried");
    let answered: u64 = s
        .fake
        .faults()
        .stats()
        .values()
        .map(|r| r.statuses.values().sum::<u64>())
        .sum();
    assert_eq!(answered, 0, "the abandoned request got no status");
    assert_eq!(s.attempts.seen().len(), 1);
}
