//! Applies `[retention]` while serving: once at start, then every hour. What each pass deleted is
//! logged; a failed pass is logged and tried again at the next hour.

use std::sync::Arc;
use std::time::Duration;

use crate::store::SqliteStore;
use crate::store::retention::Retention;

/// Time between two passes.
pub const EVERY: Duration = Duration::from_secs(3600);

pub fn spawn(store: Arc<SqliteStore>, retention: Retention) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            match store.prune(&retention, chrono::Utc::now()).await {
                Ok(p) if p.is_empty() => tracing::debug!("retention: nothing to prune"),
                Ok(p) => tracing::info!(
                    runs = p.runs,
                    log_lines = p.log_lines,
                    step_outputs = p.step_outputs,
                    inputs = p.inputs,
                    "retention: pruned"
                ),
                Err(e) => tracing::error!("retention: pruning failed: {e}"),
            }
        }
    });
}
