//! The one engine builder applies the credentials stored on the admin page (over the config
//! file's) for every run, the CLI's included, and refuses to run on the file's alone when
//! stored credentials cannot be opened.

use std::collections::BTreeMap;

use runtime::app::{App, AppError};
use runtime::engine::{RunReport, RunRequest};
use runtime::secrets::MasterKey;

use crate::e2e_support::*;

async fn run_w1(app: &App) -> Result<RunReport, AppError> {
    let wf = app.workflow(W1)?;
    let engine = app.engine(wf).await?;
    let req = RunRequest {
        initial_cursor: Some(runtime::demo::FAKES_EPOCH.into()),
        ..RunRequest::default()
    };
    Ok(engine.run(wf, req).await?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_use_the_credentials_stored_on_the_admin_page() {
    // The config file holds a Primero password that no longer works.
    let e = env_with(3, |c| {
        c.credentials
            .get_mut("primero")
            .expect("primero credential")
            .insert("password".into(), "rotated-away-password".into());
    })
    .await;
    let r = run_w1(&e.app).await.expect("the run starts");
    assert_ne!(r.exit_code, 0, "the file's password is refused: {r:?}");

    // An admin stores the current one on the admin page.
    let key = MasterKey::random();
    let app = App::open(e.app.config.clone())
        .await
        .expect("app")
        .with_key(key.clone())
        .await
        .expect("key");
    let fields = BTreeMap::from([
        ("user".to_owned(), fakes::primero::DEFAULT_USER.to_owned()),
        (
            "password".to_owned(),
            fakes::primero::DEFAULT_PASSWORD.to_owned(),
        ),
    ]);
    app.store
        .put_credential(&key, "primero", "ops", "test", &fields)
        .await
        .expect("stored");
    let r = run_w1(&app).await.expect("the run starts");
    assert_eq!(r.exit_code, 0, "the stored password is used: {r:?}");

    // Without the master key the stored credentials cannot be opened: no run on the file's.
    let no_key = App::open(e.app.config.clone()).await.expect("app");
    let err = run_w1(&no_key).await.expect_err("refused").to_string();
    assert!(err.contains("master key"), "{err}");
}
