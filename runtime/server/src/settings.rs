//! The `[serve]` table of `mapwright.toml`: listen address, public URL, cookies, webhook
//! authentication, concurrency limits and SMTP. It is split off before the rest of the file goes
//! to [`crate::config::Config`] (which rejects unknown keys), so one file configures everything.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::config::Config;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServeSettings {
    /// Listen address; default `127.0.0.1:8080`.
    #[serde(default = "default_listen")]
    pub listen: String,
    /// The URL people reach the page at (links in e-mails); default `http://<listen>`.
    #[serde(default)]
    pub public_url: Option<String>,
    /// Mark cookies `Secure` (set when served behind TLS); default: public_url starts https.
    #[serde(default)]
    pub secure_cookies: Option<bool>,
    /// Key file with 64 hex digits (when `MAPWRIGHT_MASTER_KEY` is not set).
    #[serde(default)]
    pub master_key_file: Option<PathBuf>,
    /// Largest webhook body in bytes; default 256 KiB.
    #[serde(default = "default_body")]
    pub max_body_bytes: usize,
    /// Webhook authentication, by the trigger's path (`POST /hooks/<path>`).
    #[serde(default)]
    pub webhooks: BTreeMap<String, WebhookAuth>,
    /// Per-workflow limits.
    #[serde(default)]
    pub workflows: BTreeMap<String, WorkflowLimits>,
    #[serde(default)]
    pub smtp: Option<Smtp>,
    /// Minutes between two failure e-mails about the same workflow; default 15.
    #[serde(default = "default_throttle")]
    pub notify_throttle_minutes: u64,
    /// Whether the scheduler runs cron triggers; default true.
    #[serde(default = "yes")]
    pub scheduler: bool,
    /// The durable run queue: bound, leases, recovery of lost runs (`[serve.queue]`).
    #[serde(default)]
    pub queue: QueueSettings,
    /// Runs `serve` executes at once, all workflows together (its in-process workers); 0: it
    /// only serves and queues (webhooks, Run now, the scheduler) and `mapwright worker`
    /// processes run everything. `serve --workers N` overrides it; default 8.
    #[serde(default = "default_workers")]
    pub workers: usize,
    /// Seconds the runs in progress get to finish after SIGTERM or SIGINT (to `serve` or
    /// `worker`) before they are cancelled (exit 5) and queued again; default 30.
    #[serde(default = "default_grace")]
    pub shutdown_grace_secs: u64,
    /// Seconds to send a request's complete headers, counted from the connection's start or
    /// the end of the previous answer (so it is also the idle keep-alive timeout); default 10.
    #[serde(default = "default_header_timeout")]
    pub header_timeout_secs: u64,
    /// Longest wait, in seconds, for the next part of a request body; default 10.
    #[serde(default = "default_body_timeout")]
    pub body_timeout_secs: u64,
    /// Seconds a request may take in all, body included (408 after); default 30.
    #[serde(default = "default_request_timeout")]
    pub request_timeout_secs: u64,
    /// Connections served at once; past it, new connections go to the health reserve.
    #[serde(default = "default_max_connections")]
    pub max_connections: usize,
    /// Connections kept beyond `max_connections` that answer only `/healthz` (others get 503);
    /// past both, a new connection is closed at once. Default 16.
    #[serde(default = "default_health_connections")]
    pub health_connections: usize,
}

/// How long a client may take and how many connections it may hold (from `[serve]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnLimits {
    pub header_timeout: std::time::Duration,
    pub body_timeout: std::time::Duration,
    pub request_timeout: std::time::Duration,
    pub max_connections: usize,
    pub health_connections: usize,
}

impl ServeSettings {
    /// How long runs in progress get to finish at a stop.
    pub fn shutdown_grace(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.shutdown_grace_secs)
    }

    pub fn conn_limits(&self) -> ConnLimits {
        use std::time::Duration;
        ConnLimits {
            header_timeout: Duration::from_secs(self.header_timeout_secs.max(1)),
            body_timeout: Duration::from_secs(self.body_timeout_secs.max(1)),
            request_timeout: Duration::from_secs(self.request_timeout_secs.max(1)),
            max_connections: self.max_connections.max(1),
            health_connections: self.health_connections,
        }
    }
}

fn default_workers() -> usize {
    8
}
fn default_grace() -> u64 {
    30
}
fn default_header_timeout() -> u64 {
    10
}
fn default_body_timeout() -> u64 {
    10
}
fn default_request_timeout() -> u64 {
    30
}
fn default_max_connections() -> usize {
    512
}
fn default_health_connections() -> usize {
    16
}

impl Default for ServeSettings {
    fn default() -> Self {
        ServeSettings {
            listen: default_listen(),
            public_url: None,
            secure_cookies: None,
            master_key_file: None,
            max_body_bytes: default_body(),
            webhooks: BTreeMap::new(),
            workflows: BTreeMap::new(),
            smtp: None,
            notify_throttle_minutes: default_throttle(),
            scheduler: true,
            queue: QueueSettings::default(),
            workers: default_workers(),
            shutdown_grace_secs: default_grace(),
            header_timeout_secs: default_header_timeout(),
            body_timeout_secs: default_body_timeout(),
            request_timeout_secs: default_request_timeout(),
            max_connections: default_max_connections(),
            health_connections: default_health_connections(),
        }
    }
}

fn default_listen() -> String {
    "127.0.0.1:8080".into()
}
fn default_body() -> usize {
    256 * 1024
}
fn default_throttle() -> u64 {
    15
}
fn yes() -> bool {
    true
}

/// How a webhook caller proves itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookAuth {
    /// `header` (the secret itself in a header) or `hmac` (HMAC-SHA256 of the body, hex, in a
    /// header, optionally prefixed `sha256=`).
    pub mode: String,
    /// The header; default `X-Mapwright-Secret` (header) or `X-Mapwright-Signature` (hmac).
    #[serde(default)]
    pub header: Option<String>,
    /// `env:NAME`, `file:/path`, `credential:NAME` (field `secret` of a stored credential) or a
    /// literal.
    pub secret: String,
    /// `hmac` only: also accept the old body-only signature `sha256=<hex>` (no timestamp, so
    /// no replay window); default false.
    #[serde(default)]
    pub legacy_signature: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkflowLimits {
    /// Runs of this workflow at once; default 1 for cron, 4 otherwise.
    #[serde(default)]
    pub max_concurrent: Option<usize>,
    /// Webhook runs of this workflow waiting in the queue before a webhook answers 429;
    /// default `[serve.queue] max_queued`.
    #[serde(default)]
    pub max_queued: Option<u64>,
}

/// What `mapwright serve` does with queued and lost runs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueSettings {
    /// Webhook runs of one workflow waiting in the queue before a webhook answers 429 with
    /// `Retry-After`; default 1000.
    #[serde(default = "default_max_queued")]
    pub max_queued: u64,
    /// Seconds a worker's lease on a run lasts (renewed every third of it while the run goes
    /// on); a run whose lease expired is lost. Default 30.
    #[serde(default = "default_lease")]
    pub lease_secs: u64,
    /// What happens to a lost webhook run: `requeue` (default: run again under its run id, from
    /// the first step) or `resume` (a new run, `retry_of` it, from the step it was in).
    #[serde(default = "requeue")]
    pub lost_webhook_runs: Recovery,
    /// The same for lost cron, manual and Run-again runs; default `resume`.
    #[serde(default = "resume")]
    pub lost_other_runs: Recovery,
    /// A run lost this many times is left `lost` (to be run again by hand); default 3.
    #[serde(default = "default_attempts")]
    pub max_attempts: i64,
    /// `Retry-After` of a 429, in seconds; default 30.
    #[serde(default = "default_retry_after")]
    pub retry_after_secs: u64,
}

impl Default for QueueSettings {
    fn default() -> Self {
        QueueSettings {
            max_queued: default_max_queued(),
            lease_secs: default_lease(),
            lost_webhook_runs: requeue(),
            lost_other_runs: resume(),
            max_attempts: default_attempts(),
            retry_after_secs: default_retry_after(),
        }
    }
}

/// The recovery policy of lost runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recovery {
    Requeue,
    Resume,
}

fn default_max_queued() -> u64 {
    1000
}
fn default_lease() -> u64 {
    30
}
fn requeue() -> Recovery {
    Recovery::Requeue
}
fn resume() -> Recovery {
    Recovery::Resume
}
fn default_attempts() -> i64 {
    3
}
fn default_retry_after() -> u64 {
    30
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    pub from: String,
    /// STARTTLS (required unless the host is a loopback address).
    #[serde(default)]
    pub starttls: Option<bool>,
    #[serde(default)]
    pub user: Option<String>,
    /// `env:NAME`, `file:/path` or a literal.
    #[serde(default)]
    pub password: Option<String>,
}

fn default_smtp_port() -> u16 {
    25
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config file {path}: {message}")]
    Parse { path: PathBuf, message: String },
}

/// Reads the config file (default `./mapwright.toml`, absent = defaults) and splits `[serve]`
/// from the rest.
pub fn load(path: Option<&Path>) -> Result<(Config, ServeSettings), SettingsError> {
    let (path, explicit) = match path {
        Some(p) => (p.to_path_buf(), true),
        None => (PathBuf::from(crate::config::DEFAULT_FILE), false),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if !explicit && e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => return Err(SettingsError::Read { path, source }),
    };
    split(&text).map_err(|message| SettingsError::Parse { path, message })
}

pub fn split(text: &str) -> Result<(Config, ServeSettings), String> {
    let mut table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let serve = match table.remove("serve") {
        Some(v) => v
            .try_into()
            .map_err(|e: toml::de::Error| format!("[serve]: {e}"))?,
        None => ServeSettings::default(),
    };
    let rest = toml::to_string(&table).map_err(|e| e.to_string())?;
    Ok((Config::parse(&rest)?, serve))
}

/// Resolves `env:`, `file:` or a literal (not `credential:`, which needs the store and the master key).
pub fn resolve_plain(spec: &str) -> Result<String, String> {
    if let Some(var) = spec.strip_prefix("env:") {
        return std::env::var(var).map_err(|_| format!("environment variable `{var}` is not set"));
    }
    if let Some(p) = spec.strip_prefix("file:") {
        let t = std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {}", e.kind()))?;
        return Ok(t.lines().next().unwrap_or("").trim_end().to_owned());
    }
    Ok(spec.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serve_table_is_split_from_the_rest() {
        let (c, s) = split(
            "data_dir = \"/tmp/x\"\n[serve]\nlisten = \"127.0.0.1:9\"\n[serve.webhooks.sync]\nmode = \"hmac\"\nsecret = \"env:X\"\n",
        )
        .unwrap();
        assert_eq!(c.data_dir.as_deref(), Some(Path::new("/tmp/x")));
        assert_eq!(s.listen, "127.0.0.1:9");
        assert_eq!(s.webhooks["sync"].mode, "hmac");
        assert!(split("[serve]\nlisen = 1\n").unwrap_err().contains("lisen"));
    }

    #[test]
    fn queue_settings_default_and_parse() {
        let (_, s) = split("").unwrap();
        assert_eq!(s.queue.max_queued, 1000);
        assert_eq!(s.queue.lost_webhook_runs, Recovery::Requeue);
        assert_eq!(s.queue.lost_other_runs, Recovery::Resume);
        assert_eq!((s.workers, s.shutdown_grace_secs), (8, 30));
        let (_, s) = split(
            "[serve.queue]\nmax_queued = 5\nlease_secs = 2\nlost_webhook_runs = \"resume\"\n\
             [serve.workflows.w]\nmax_queued = 9\n[serve.webhooks.h]\nmode = \"hmac\"\n\
             secret = \"x\"\nlegacy_signature = true\n",
        )
        .unwrap();
        assert_eq!((s.queue.max_queued, s.queue.lease_secs), (5, 2));
        assert_eq!(s.queue.lost_webhook_runs, Recovery::Resume);
        assert_eq!(s.workflows["w"].max_queued, Some(9));
        assert!(s.webhooks["h"].legacy_signature);
        assert!(split("[serve.queue]\nlost_webhook_runs = \"drop\"\n").is_err());
    }
}
