//! Two `serve` processes sharing one store: a login made on one is valid on the other (the
//! session lives in the store, not in a process), and a logout on either ends it on both.

use runtime::config::{Config, StoreSettings};
use runtime::demo::config_for;
use runtime::server::start;

use crate::serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_on_one_server_is_valid_on_another_sharing_the_store() {
    logins_are_shared(None).await;
}

/// The same on PostgreSQL (issue 12, 7d): two servers with their own pools on one database, in
/// a schema of the test's own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_on_one_server_is_valid_on_another_sharing_a_postgresql_store() {
    crate::scratch_postgres::with_scratch_schema(|url| logins_are_shared(Some(url))).await;
}

async fn logins_are_shared(store_url: Option<String>) {
    let url = store_url.clone();
    let a = serve_with(move |c, _| c.store.url = url).await;
    let base = Config {
        data_dir: Some(a.dir.path().to_path_buf()),
        mappings: Some(mappings()),
        store: StoreSettings { url: store_url },
        ..Config::default()
    };
    let b = start(config_for(&base, &a.fakes), test_settings(), a.key.clone())
        .await
        .expect("a second server over the same data directory");
    assert!(b.first_admin_password.is_none(), "one first admin");
    let b_base = format!("http://{}", b.addr);

    let on_a = login(&a.base, "admin", &a.admin_password).await;
    let on_b = Session {
        base: b_base.clone(),
        cookie: on_a.cookie.clone(),
        csrf: on_a.csrf.clone(),
        set_cookie: on_a.set_cookie.clone(),
    };
    // The cookie from A opens B's pages, and B accepts A's CSRF token for the same session.
    assert!(on_b.get_text("/runs").await.contains("Activity"));
    let r = on_b
        .post(&format!("/workflows/{W1}/enabled"), &[("enabled", "false")])
        .await;
    assert_eq!(r.status(), 303);
    assert!(on_a.get_text("/audit").await.contains("disable workflow"));

    // A logout on B ends the session on A too.
    let r = on_b.post("/logout", &[]).await;
    assert_eq!(r.status(), 303);
    for s in [&on_a, &on_b] {
        let r = s.get("/runs").await;
        assert_eq!(r.status(), 303, "{}", s.base);
        assert_eq!(
            r.headers().get("location").and_then(|v| v.to_str().ok()),
            Some("/login")
        );
    }
    // A session from before a restart is still valid after it (nothing was in memory).
    let again = login(&b_base, "admin", &a.admin_password).await;
    b.shutdown().await;
    let b = start(config_for(&base, &a.fakes), test_settings(), a.key.clone())
        .await
        .expect("restart");
    let after = Session {
        base: format!("http://{}", b.addr),
        ..again
    };
    assert!(after.get_text("/runs").await.contains("Activity"));
    b.shutdown().await;
    a.shutdown().await;
}
