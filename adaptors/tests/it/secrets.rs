//! Passwords and tokens never appear in errors, attempt reports or configs.

use std::time::Duration;

use adaptors::moph::{Cid, Client, MophConfig};
use adaptors::primero::{PrimeroAuth, PrimeroConfig};
use adaptors::{Error, RetryPolicy};
use fakes::moph::{DEFAULT_EMAIL, DEFAULT_PASSWORD};
use fakes::{FakeMoph, Fault};

use crate::support::Attempts;

fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 2,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(10),
        jitter: 0.0,
        timeout: Duration::from_secs(1),
        max_retry_after: Duration::from_secs(1),
    }
}

fn token_of(m: &FakeMoph) -> Option<String> {
    m.faults().recent_requests().iter().find_map(|l| {
        let q = l.split_once('?')?.1;
        q.split('&')
            .find_map(|kv| kv.strip_prefix("access_token="))
            .map(str::to_owned)
    })
}

#[tokio::test]
async fn no_error_or_attempt_mentions_the_token_or_password() {
    let m = FakeMoph::start(fakes::MophConfig::default())
        .await
        .expect("starts");
    let attempts = Attempts::default();
    let c = Client::new(MophConfig {
        policy: policy(),
        ..MophConfig::new(m.url(), DEFAULT_EMAIL, DEFAULT_PASSWORD)
    })
    .expect("config")
    .with_observer(attempts.observer());
    let cid = Cid::parse("9000000000017").expect("digits");
    let mut errors: Vec<Error> = Vec::new();
    // Not found, then every fault kind on the same route.
    errors.extend(c.person(&cid).await.err());
    let route = "GET /api/people/findOne";
    for fault in [
        Fault::Hang(Duration::from_secs(3)),
        Fault::Truncated,
        Fault::MalformedJson,
        Fault::status(500),
        Fault::status(418),
        Fault::Status {
            status: 429,
            retry_after: Some(Duration::from_secs(60)),
        },
    ] {
        m.faults().fail_next(route, 2, fault);
        errors.extend(c.person(&cid).await.err());
        m.faults().clear();
    }
    let token = token_of(&m).expect("the client sent its token in the query");
    assert!(token.len() >= 32);
    // A dead server: reqwest's transport errors name the URL, which holds the
    // token; ours must not. The logged-in client sends its token; a fresh one
    // fails at login.
    let url = m.url();
    m.shutdown().await;
    errors.extend(c.person(&cid).await.err());
    let dead = Client::new(MophConfig {
        policy: policy(),
        ..MophConfig::new(url, DEFAULT_EMAIL, DEFAULT_PASSWORD)
    })
    .expect("config");
    errors.extend(dead.person(&cid).await.err());

    assert!(errors.len() >= 9, "{errors:?}");
    let attempts = attempts.seen();
    for text in errors
        .iter()
        .flat_map(|e| [e.to_string(), format!("{e:?}")])
        .chain(attempts.iter().map(|a| format!("{a:?}")))
    {
        assert!(!text.contains(&token), "token leaked: {text}");
        assert!(!text.contains(DEFAULT_PASSWORD), "password leaked: {text}");
        assert!(!text.contains("access_token"), "query leaked: {text}");
    }
}

#[test]
fn configs_do_not_print_passwords() {
    let p = PrimeroConfig::new(
        "http://x",
        PrimeroAuth::Token {
            username: "u".into(),
            password: "s3cret-primero".into(),
        },
    );
    let m = MophConfig::new("http://y/api", "e@x", "s3cret-moph");
    let text = format!("{p:?} {m:?}");
    assert!(!text.contains("s3cret"), "{text}");
}
