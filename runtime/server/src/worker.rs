//! `mapwright worker`: a process that only claims and executes queued runs (no HTTP, no
//! scheduler), with the heartbeat and the recovery of lost runs; any number of them share the
//! store with one web process (`serve --workers 0`). [`stop_signal`] is the stop both wait for.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::app::{App, AppError};
use crate::config::Config;
use crate::metrics::Metrics;
use crate::notify::Notifier;
use crate::runner::{Events, Limits, Runner};
use crate::secrets::MasterKey;
use crate::server::ServeError;
use crate::settings::ServeSettings;
use crate::store::StoreError;

/// Resolves at SIGTERM or SIGINT (Ctrl-C). Where SIGTERM cannot be watched, at Ctrl-C only.
pub async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Opens the app with `key`. Processes started together on a fresh store (`serve` and its
/// workers under systemd) race to migrate it, and all but one see a migration fail; those
/// try again (up to about ten seconds) and then find the store migrated.
pub(crate) async fn open_app(config: Config, key: MasterKey) -> Result<App, AppError> {
    let mut tries = 0;
    loop {
        match App::open(config.clone()).await {
            Ok(app) => return app.with_key(key).await,
            Err(AppError::Store(StoreError::Migrate(e))) if tries < 20 => {
                tries += 1;
                tracing::info!(
                    "the store is being migrated by another process ({e}); trying again"
                );
                let jitter = u64::from(rand::random::<u8>());
                tokio::time::sleep(Duration::from_millis(300 + jitter)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// The runner of a process executing `workers` runs at once (0: none), with its metrics, and
/// the failure notifier (links in e-mails start with `public_url`) watching its runs.
pub(crate) fn runner(
    app: &Arc<App>,
    settings: &ServeSettings,
    workers: usize,
    public_url: String,
) -> (Arc<Runner>, Arc<Metrics>) {
    let metrics = Arc::new(Metrics::default());
    let (failed_tx, failed_rx) = mpsc::unbounded_channel();
    let events = Events::new(metrics.clone(), failed_tx);
    let limits = Limits::new(&app.workflows.workflows, settings);
    let runner = Arc::new(Runner::new(
        app.clone(),
        limits,
        events,
        settings.queue.clone(),
        workers,
    ));
    crate::notify::spawn(
        Notifier {
            store: app.store.clone(),
            admins: app.config.notify.admins.clone(),
            smtp: settings.smtp.clone(),
            throttle: Duration::from_secs(settings.notify_throttle_minutes * 60),
            public_url,
        },
        failed_rx,
    );
    (runner, metrics)
}

/// A started worker process.
pub struct Worker {
    pub runner: Arc<Runner>,
    grace: Duration,
}

/// Opens the app over `config` and starts `concurrency` workers (at least 1), the heartbeat,
/// recovery and the failure notifier.
pub async fn start(
    config: Config,
    settings: ServeSettings,
    key: MasterKey,
    concurrency: usize,
) -> Result<Worker, ServeError> {
    let app = Arc::new(open_app(config, key).await?);
    let public_url = settings
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", settings.listen))
        .trim_end_matches('/')
        .to_owned();
    let (runner, _) = runner(&app, &settings, concurrency.max(1), public_url);
    crate::workers::spawn(&runner);
    Ok(Worker {
        runner,
        grace: settings.shutdown_grace(),
    })
}

impl Worker {
    /// Works until SIGTERM or SIGINT, then stops claiming and drains (see
    /// [`Runner::drain`]).
    pub async fn until_stopped(self) {
        stop_signal().await;
        tracing::info!(
            "stopping: no new runs are claimed; runs in progress get their grace period"
        );
        self.shutdown().await;
    }

    /// Stops claiming, lets the runs in progress finish within the grace period, cancels the
    /// rest.
    pub async fn shutdown(self) {
        self.runner.drain(self.grace).await;
    }
}
