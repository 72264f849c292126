//! Wiring for the workflow commands, the demo and the end-to-end tests: config -> store ->
//! checked mappings -> transforms -> validated workflows -> an engine per workflow.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use crate::config::{Config, ConfigError};
use crate::engine::{
    DEFAULT_TIMEOUT, Engine, EngineError, KeepAlive, NoObserver, RunObserver, RunReport,
    RunRequest, Transforms,
};
use crate::secrets::{KeyError, MasterKey};
use crate::store::{RunId, Scrubber, SqliteStore, Store, StoreError};
use crate::workflow::{Catalog, LoadedWorkflows, Workflow, load_dir};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error(transparent)]
    Specs(#[from] crate::specs::SpecsError),
    /// Rendered diagnostics of invalid workflow files.
    #[error("invalid workflow files:\n{0}")]
    Workflows(String),
    #[error("no workflow named `{name}` (known: {known})")]
    UnknownWorkflow { name: String, known: String },
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(
        "credentials are stored on the admin page, and opening them needs the master key: set {} or {}",
        crate::secrets::KEY_ENV,
        crate::secrets::KEY_FILE_ENV
    )]
    StoredCredentialsNeedKey,
}

/// Everything loaded once per command.
pub struct App {
    pub config: Config,
    pub store: Arc<SqliteStore>,
    pub workflows: LoadedWorkflows,
    pub transforms: Transforms,
    /// Opens the credentials stored on the admin page (checked against the store).
    key: Option<MasterKey>,
}

/// The mappings folder: the configured one, else `./mappings`, else the one this binary was
/// built from (so `cargo run -- demo` works from any directory of the checkout).
pub fn mappings_dir(config: &Config) -> PathBuf {
    let configured = config.mappings_dir();
    if configured.is_dir() || config.mappings.is_some() {
        return configured;
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../mappings"))
}

impl App {
    /// Opens the store (marking runs a vanished worker left `running` as lost), checks the
    /// mappings and loads the workflows. Invalid workflow files are an error with every
    /// diagnostic rendered.
    pub async fn open(config: Config) -> Result<App, AppError> {
        let store = Arc::new(
            SqliteStore::open_at(config.store_url().as_deref(), &config.data_dir()?).await?,
        );
        store.mark_lost().await?;
        let dir = mappings_dir(&config);
        let root = match &config.deployment {
            Some(d) => dir.join(d),
            None => dir.clone(),
        };
        let checked = crate::specs::load_mappings(&root)?;
        let transforms = Transforms::compiled_then_interpreted(&checked);
        let sigs = crate::connectors::signatures();
        let names = transforms.names();
        let workflows = load_dir(
            &root,
            &Catalog {
                ops: &sigs,
                transforms: &names,
            },
        );
        for w in &workflows.workflows {
            if let Some(paths) = &w.input_paths {
                store.keep_input_paths(&w.name, paths.clone());
            }
        }
        if workflows.has_errors() {
            let style = crate::render::Style::default();
            let text: String = workflows
                .diagnostics
                .iter()
                .map(|d| crate::render::human(&workflows.sources, d, style))
                .collect();
            return Err(AppError::Workflows(text));
        }
        Ok(App {
            config,
            store,
            workflows,
            transforms,
            key: None,
        })
    }

    /// [`App::with_key`] with the key from the environment (`MAPWRIGHT_MASTER_KEY` or
    /// `MAPWRIGHT_MASTER_KEY_FILE`) when one is set, so the CLI's runs use the stored
    /// credentials too.
    pub async fn with_env_key(self) -> Result<App, AppError> {
        match MasterKey::from_env_or_file(None) {
            Ok(key) => self.with_key(key).await,
            Err(KeyError::Missing) => Ok(self),
            Err(e) => Err(e.into()),
        }
    }

    /// Uses `key` for the credentials stored on the admin page; a key other than the one they
    /// were sealed with is an error here, not at run time.
    /// Personal data in the store is sealed with it from now on; the keys of
    /// `MAPWRIGHT_PREVIOUS_MASTER_KEYS` still open what they sealed.
    pub async fn with_key(mut self, key: MasterKey) -> Result<App, AppError> {
        self.store.check_key(&key).await?;
        self.store
            .use_keys(&key, &crate::secrets::Keyring::previous_from_env()?);
        self.key = Some(key);
        Ok(self)
    }

    /// The master key, when one was given.
    pub fn key(&self) -> Option<&MasterKey> {
        self.key.as_ref()
    }

    /// The config with the credentials stored on the admin page over the file's (stored ones
    /// win, so a credential rotated on the page is used by the next run).
    pub async fn effective_config(&self) -> Result<Config, AppError> {
        let mut config = self.config.clone();
        let stored = match &self.key {
            Some(key) => self.store.decrypted_credentials(key).await?,
            None if self.store.credentials().await?.is_empty() => return Ok(config),
            None => return Err(AppError::StoredCredentialsNeedKey),
        };
        for (name, fields) in stored {
            config.credentials.insert(name, fields);
        }
        Ok(config)
    }

    pub fn workflow(&self, name: &str) -> Result<&Workflow, AppError> {
        self.workflows
            .get(name)
            .ok_or_else(|| AppError::UnknownWorkflow {
                name: name.to_owned(),
                known: self
                    .workflows
                    .workflows
                    .iter()
                    .map(|w| w.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// An engine with the workflow's endpoints and credentials (see [`App::effective_config`])
    /// and a scrubber knowing their secrets.
    pub async fn engine(&self, wf: &Workflow) -> Result<Arc<Engine<SqliteStore>>, AppError> {
        self.engine_observed(wf, Arc::new(NoObserver)).await
    }

    /// The one engine builder: [`App::engine`] with an observer of what the engine stores.
    pub async fn engine_observed(
        &self,
        wf: &Workflow,
        observer: Arc<dyn RunObserver>,
    ) -> Result<Arc<Engine<SqliteStore>>, AppError> {
        let config = self.effective_config().await?;
        let (ops, secrets) = crate::connectors::for_workflow(&config, wf)?;
        let timeout = config
            .run_timeout_secs
            .map_or(DEFAULT_TIMEOUT, Duration::from_secs);
        Ok(Arc::new(Engine {
            store: self.store.clone(),
            ops,
            transforms: self.transforms.clone(),
            scrubber: Scrubber::new(secrets),
            default_timeout: timeout,
            observer,
        }))
    }

    /// What a run of `wf` starts with (input, cursor, timeout from the config).
    pub fn request(&self, wf: &Workflow, input: Option<Value>) -> RunRequest {
        let settings = self.config.workflow(&wf.name);
        RunRequest {
            input,
            initial_cursor: settings.initial_cursor,
            timeout: settings.timeout_secs.map(Duration::from_secs),
            ..RunRequest::default()
        }
    }

    /// Runs workflow `name` once, as asked from the command line (trigger `manual`).
    pub async fn run(
        &self,
        name: &str,
        input: Option<Value>,
        cancel: Option<Arc<tokio::sync::Notify>>,
    ) -> Result<RunReport, AppError> {
        let wf = self.workflow(name)?;
        let alive = Arc::new(KeepAlive::default());
        let engine = self.engine_observed(wf, alive.clone()).await?;
        let mut req = self.request(wf, input);
        req.cancel = cancel;
        req.trigger = Some("manual".into());
        Ok(alive.run_while(&*self.store, engine.run(wf, req)).await?)
    }

    /// Runs `run_id` again with the same input, optionally from one of its top-level steps.
    pub async fn retry(
        &self,
        run_id: RunId,
        from_step: Option<String>,
        cancel: Option<Arc<tokio::sync::Notify>>,
    ) -> Result<RunReport, AppError> {
        let detail = self
            .store
            .run(run_id)
            .await?
            .ok_or(EngineError::NoSuchRun(run_id))?;
        let wf = self.workflow(&detail.run.workflow)?;
        let alive = Arc::new(KeepAlive::default());
        let engine = self.engine_observed(wf, alive.clone()).await?;
        let mut req = self.request(wf, None);
        req.cancel = cancel;
        req.from_step = from_step;
        Ok(alive
            .run_while(&*self.store, engine.retry(wf, run_id, req))
            .await?)
    }
}
