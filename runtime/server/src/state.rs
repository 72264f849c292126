//! What the handlers share: the loaded app and its store, the runner, sessions, the login
//! limiter, metrics and the serve settings.

use std::sync::Arc;

use axum::extract::FromRef;

use crate::app::App;
use crate::auth::{LoginLimiter, Sessions};
use crate::metrics::Metrics;
use crate::runner::Runner;
use crate::secrets::MasterKey;
use crate::settings::ServeSettings;
use crate::store::SqliteStore;

/// Everything the handlers share.
pub struct Shared {
    pub app: Arc<App>,
    /// The store (the app's): runs, users, credentials, audit…
    pub store: Arc<SqliteStore>,
    /// Seals and opens the credentials stored on the admin page.
    pub key: MasterKey,
    pub runner: Arc<Runner>,
    /// Set-up problems per workflow; a workflow with one has its triggers held.
    pub setup: Arc<crate::setup::Setup>,
    pub sessions: Sessions,
    pub limiter: LoginLimiter,
    pub metrics: Arc<Metrics>,
    pub settings: ServeSettings,
    /// Base URL for links in e-mails, without a trailing slash.
    pub public_url: String,
    pub secure_cookies: bool,
}

pub type AppState = Arc<Shared>;

impl FromRef<AppState> for Sessions {
    fn from_ref(state: &AppState) -> Sessions {
        state.sessions.clone()
    }
}

impl Shared {
    /// Writes the audit log; a write that fails is logged (with what it would have said), not
    /// discarded, and does not fail the request that was already carried out.
    pub async fn audit(&self, actor: &str, action: &str, target: &str, detail: Option<&str>) {
        if let Err(e) = self.store.audit(actor, action, target, detail).await {
            tracing::error!(actor, action, target, "cannot write the audit log: {e}");
        }
    }
}
