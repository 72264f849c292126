//! Shared set-up of the end-to-end tests: the fakes on loopback, a fresh data directory, the
//! repository's mappings and an [`App`] wired to the fakes.

use std::path::PathBuf;

use runtime::app::App;
use runtime::config::Config;
use runtime::demo::{Fakes, config_for, start_fakes};
use runtime::store::{OutcomeRow, RunDetail, Store};
use serde_json::Value;

pub const W1: &str = runtime::demo::W1;
pub const W2: &str = runtime::demo::W2;

pub struct Env {
    pub fakes: Fakes,
    pub app: App,
    _dir: tempfile::TempDir,
}

pub fn mappings() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../mappings/thailand"))
}

/// Fakes with `cases` synthetic cases and an app over a temporary data directory. `tweak`
/// adjusts the config (timeouts, retries).
pub async fn env_with(cases: u64, tweak: impl FnOnce(&mut Config)) -> Env {
    let dir = tempfile::tempdir().expect("tempdir");
    let fakes = start_fakes(7, cases, None, None)
        .await
        .expect("fakes start");
    let base = Config {
        data_dir: Some(dir.path().to_path_buf()),
        mappings: Some(mappings()),
        ..Config::default()
    };
    let mut cfg = config_for(&base, &fakes);
    tweak(&mut cfg);
    let app = match App::open(cfg).await {
        Ok(a) => a,
        Err(e) => panic!("app: {e}"),
    };
    Env {
        fakes,
        app,
        _dir: dir,
    }
}

pub async fn env(cases: u64) -> Env {
    env_with(cases, |_| {}).await
}

impl Env {
    pub async fn detail(&self, run: i64) -> RunDetail {
        self.app
            .store
            .run(run)
            .await
            .expect("store")
            .expect("run exists")
    }

    pub async fn outcomes(&self, run: i64) -> Vec<OutcomeRow> {
        self.detail(run).await.outcomes
    }

    /// Child Shield `primeroservice` interventions of case `i`'s person.
    pub fn services(&self, i: u64) -> Vec<Value> {
        let cid = self.fakes.data.cid(i);
        self.fakes
            .moph
            .interventions(&cid)
            .into_iter()
            .filter(|iv| {
                iv.pointer("/activities/primeroservice/serviceType")
                    == Some(&Value::from("primero"))
            })
            .collect()
    }

    /// The case index of a Primero case id (outcome keys name it unmasked: the scrubber
    /// leaves UUIDs alone).
    pub fn index_of(&self, id: &str) -> Option<u64> {
        (0..self.fakes.cases).find(|&i| self.fakes.data.case_meta(i).id == id)
    }
}

/// Fails the test unless every failed outcome has a reason, and returns the failed ones.
pub fn failed(outcomes: &[OutcomeRow]) -> Vec<&OutcomeRow> {
    let f: Vec<&OutcomeRow> = outcomes.iter().filter(|o| o.outcome == "failed").collect();
    for o in &f {
        assert!(
            o.reason.as_deref().is_some_and(|r| !r.is_empty()),
            "failed without a reason: {o:?}"
        );
    }
    f
}

/// Failures that are not "this case has no national id" (which no retry can cure).
pub fn unexpected_failures(outcomes: &[OutcomeRow]) -> Vec<&OutcomeRow> {
    failed(outcomes)
        .into_iter()
        .filter(|o| {
            !o.reason
                .as_deref()
                .unwrap_or("")
                .contains("national id is missing")
        })
        .collect()
}
