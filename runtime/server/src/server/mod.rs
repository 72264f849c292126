//! `mapwright serve`: one axum server with the scheduler and (unless `workers = 0`) the
//! workers in the same process; [`crate::worker`] is a process with workers only.
//! Webhooks at `POST /hooks/<path>`, the admin page, the JSON API under `/api`, `/metrics` and
//! `/healthz` (the only route open to anyone).
//!
//! Call [`start`] with a loaded config; it returns once the server listens. [`serve_demo`]
//! serves the demo's data directory with a fresh admin and a one-time password.

mod api;
mod hooks;
mod listen;
mod routes;
pub mod signature;
mod webhook_body;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::oneshot;

use crate::app::AppError;
use crate::auth::{LoginLimiter, Sessions};
use crate::config::Config;
use crate::secrets::MasterKey;
pub use crate::settings::ServeSettings;
pub use crate::state::{AppState, Shared};
use crate::store::{SqliteStore, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    App(#[from] AppError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("cannot create the first admin: {0}")]
    Bootstrap(String),
    #[error("no user `{0}`")]
    NoSuchUser(String),
}

/// A started server.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    /// Set when this start created the first admin (user `admin`) with a random password.
    pub first_admin_password: Option<String>,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Stops accepting requests and claiming queued runs, gives the runs in progress
    /// `[serve] shutdown_grace_secs` to finish (then cancels them: they are queued again by
    /// their workflow's `on_lost`), and waits for the server task. Queued runs wait for a
    /// worker.
    pub async fn shutdown(self) {
        self.state.runner.stop_claiming();
        let _ = self.stop.send(());
        let grace = self.state.settings.shutdown_grace();
        self.state.runner.drain(grace).await;
        let _ = self.task.await;
    }

    /// Serves until SIGTERM or SIGINT (Ctrl-C), then shuts down gracefully.
    pub async fn until_stopped(self) {
        crate::worker::stop_signal().await;
        tracing::info!(
            "stopping: no new runs are claimed; runs in progress get their grace period"
        );
        self.shutdown().await;
    }
}

/// The user name of the admin created on first start.
pub const FIRST_ADMIN: &str = "admin";
/// Environment variable with the first admin's password (else a random one is printed once).
pub const ADMIN_PASSWORD_ENV: &str = "MAPWRIGHT_ADMIN_PASSWORD";

/// Creates the first admin when the store has no user. With [`ADMIN_PASSWORD_ENV`] set, its
/// value is the password (chosen by the operator: not one-time, never shown); otherwise a
/// random one-time password is returned to be shown once.
async fn bootstrap_admin(db: &SqliteStore) -> Result<Option<String>, ServeError> {
    if db.user_count().await? > 0 {
        return Ok(None);
    }
    let from_env = std::env::var(ADMIN_PASSWORD_ENV)
        .ok()
        .filter(|p| !p.is_empty());
    let password = from_env
        .clone()
        .unwrap_or_else(crate::auth::random_password);
    let hash =
        crate::auth::hash_password(&password).map_err(|e| ServeError::Bootstrap(e.to_string()))?;
    let id = match db.create_user(FIRST_ADMIN, &hash, "admin").await {
        Ok(id) => id,
        // Another server started on the same new store at the same moment made it first.
        Err(e) if e.is_unique_violation() && db.user_count().await? > 0 => {
            return Ok(None);
        }
        Err(e) => return Err(e.into()),
    };
    db.audit("system", "create user", FIRST_ADMIN, Some("first start"))
        .await?;
    if from_env.is_some() {
        return Ok(None);
    }
    db.set_one_time_password(id, &hash).await?;
    Ok(Some(password))
}

/// Gives `username` a random one-time password (ending their sessions and revoking their API
/// tokens) and returns it; on a store with no user at all, creates them as an admin. For
/// `mapwright admin reset-password` and the demo.
pub async fn reset_password(db: &SqliteStore, username: &str) -> Result<String, ServeError> {
    let password = crate::auth::random_password();
    let hash =
        crate::auth::hash_password(&password).map_err(|e| ServeError::Bootstrap(e.to_string()))?;
    let id = match db.login_row(username).await? {
        Some((u, _)) => u.id,
        None if db.user_count().await? == 0 => db.create_user(username, &hash, "admin").await?,
        None => return Err(ServeError::NoSuchUser(username.to_owned())),
    };
    db.set_one_time_password(id, &hash).await?;
    db.audit("command line", "reset password", username, None)
        .await?;
    Ok(password)
}

/// Opens everything, binds `settings.listen` and serves in a background task.
pub async fn start(
    config: Config,
    settings: ServeSettings,
    key: MasterKey,
) -> Result<Running, ServeError> {
    let app = Arc::new(crate::worker::open_app(config, key.clone()).await?);
    let store = app.store.clone();
    for w in &app.workflows.workflows {
        if let crate::workflow::Trigger::Webhook { path } = &w.trigger
            && !settings.webhooks.contains_key(path)
        {
            tracing::warn!(
                "webhook `{path}` of `{}` has no [serve.webhooks.{path}] secret: every call is refused",
                w.name
            );
        }
    }
    let listener = tokio::net::TcpListener::bind(&settings.listen)
        .await
        .map_err(|source| ServeError::Listen {
            addr: settings.listen.clone(),
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| ServeError::Listen {
        addr: settings.listen.clone(),
        source,
    })?;
    // After the bind: a start that cannot listen creates no admin whose password nobody saw.
    let first_admin_password = bootstrap_admin(&store).await?;
    let public_url = settings
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"))
        .trim_end_matches('/')
        .to_owned();
    let secure_cookies = settings
        .secure_cookies
        .unwrap_or_else(|| public_url.starts_with("https://"));
    let (runner, metrics) =
        crate::worker::runner(&app, &settings, settings.workers, public_url.clone());
    // Every workflow's endpoints and credentials, checked before any trigger fires: a workflow
    // with a problem is held (logged here, shown on the Workflows page).
    let setup = Arc::new(crate::setup::Setup::default());
    let held = setup.check(&app).await;
    if held > 0 {
        tracing::error!(
            "{held} workflow(s) held by set-up problems: see the Workflows page or `mapwright config check`"
        );
    }
    if settings.scheduler {
        crate::scheduler::spawn(runner.clone(), setup.clone());
    }
    crate::retention::spawn(store.clone(), app.config.retention);
    // Queued runs (accepted before a stop) and lost ones are taken up at once (with
    // `workers = 0`, only recovery runs here: `mapwright worker` processes claim the runs).
    crate::workers::spawn(&runner);
    let state = Arc::new(Shared {
        app,
        sessions: Sessions::new(store.clone()),
        store,
        key,
        runner,
        setup,
        limiter: LoginLimiter::default(),
        metrics,
        settings,
        public_url,
        secure_cookies,
    });
    let router = routes::router(state.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let limits = state.settings.conn_limits();
    let task = tokio::spawn(listen::serve(listener, router, limits, stopped));
    Ok(Running {
        addr,
        state,
        first_admin_password,
        stop,
        task,
    })
}

/// The demo's master key: the store's own key file in the data directory (`store.key`, the
/// key the store seals with when no master key is given; created on first use, 0600 in the
/// 0700 data folder). So a second demo over the same directory opens its stored credentials
/// and sealed run data, and so do `mapwright history` and `show` without a key in the
/// environment.
pub fn demo_key(data_dir: &std::path::Path) -> MasterKey {
    let key_file = data_dir.join(crate::store::vault::LOCAL_KEY_FILE);
    match MasterKey::load_or_create_file(&key_file) {
        Ok(k) => k,
        Err(e) => {
            tracing::warn!("cannot keep the demo key: {e}");
            MasterKey::random()
        }
    }
}

/// Serves the admin page over `config` (the demo's, pointing at its fakes and data directory)
/// on `127.0.0.1:<port>` (0: any free port), with a random master key and, on a fresh data
/// directory, user `admin` with a one-time password (in [`Running::first_admin_password`]).
pub async fn serve_demo(config: Config, port: u16) -> Result<Running, ServeError> {
    let settings = ServeSettings {
        listen: format!("127.0.0.1:{port}"),
        scheduler: false,
        ..ServeSettings::default()
    };
    let key = demo_key(&config.data_dir()?);
    let mut running = start(config, settings, key).await?;
    if running.first_admin_password.is_none() {
        // A demo over an existing data directory: a fresh one-time password for `admin`.
        let db = &running.state.store;
        match db.login_row(FIRST_ADMIN).await? {
            Some((u, _)) => {
                db.set_role(u.id, "admin").await?;
            }
            None => {
                db.create_user(FIRST_ADMIN, "!no password yet", "admin")
                    .await?;
            }
        }
        let password = reset_password(db, FIRST_ADMIN).await?;
        running.first_admin_password = Some(password);
    }
    Ok(running)
}
