//! `mapwright.toml`: where the data lives, where the mappings are, the endpoints the adaptors
//! talk to and the credentials they log in with.
//!
//! Every credential field is written as a literal, `env:NAME` (read from the environment) or
//! `file:/path` (the first line of a secrets file). Values are resolved when a workflow needs them,
//! so a missing one is reported with the credential, the field and the workflow that asked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The default config file, looked up in the current directory.
pub const DEFAULT_FILE: &str = "mapwright.toml";
/// The default data directory (SQLite store), relative to the current directory.
pub const DEFAULT_DATA_DIR: &str = ".mapwright";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config file {path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "workflow `{workflow}` needs credential `{credential}`, which is not configured (add [credentials.{credential}] to the config file)"
    )]
    MissingCredential {
        workflow: String,
        credential: String,
    },
    #[error(
        "workflow `{workflow}` needs field `{field}` of credential `{credential}`, which is not set"
    )]
    MissingField {
        workflow: String,
        credential: String,
        field: String,
    },
    #[error(
        "workflow `{workflow}`: credential `{credential}` field `{field}`: environment variable `{var}` is not set"
    )]
    MissingEnv {
        workflow: String,
        credential: String,
        field: String,
        var: String,
    },
    #[error(
        "workflow `{workflow}`: credential `{credential}` field `{field}`: cannot read secrets file {path}: {reason}"
    )]
    SecretFile {
        workflow: String,
        credential: String,
        field: String,
        path: PathBuf,
        reason: String,
    },
    #[error(
        "workflow `{workflow}` needs endpoint `{endpoint}`, which is not configured (add [endpoints.{endpoint}] to the config file)"
    )]
    MissingEndpoint { workflow: String, endpoint: String },
}

/// The store named by a config could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenStoreError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// The parsed config file. Unknown keys are errors, so a typo never silently falls back to a
/// default.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Data directory (the SQLite store). Relative paths are relative to the current directory.
    #[serde(default)]
    pub data_dir: Option<PathBuf>,
    /// The mappings root (holding `<deployment>/workflows/`); default `mappings`.
    #[serde(default)]
    pub mappings: Option<PathBuf>,
    /// The deployment whose workflows are loaded; default: every deployment.
    #[serde(default)]
    pub deployment: Option<String>,
    /// Whole-run timeout in seconds unless the workflow sets one; default 3600.
    #[serde(default)]
    pub run_timeout_secs: Option<u64>,
    #[serde(default)]
    pub endpoints: BTreeMap<String, Endpoint>,
    #[serde(default)]
    pub credentials: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    pub workflows: BTreeMap<String, WorkflowSettings>,
    #[serde(default)]
    pub notify: Notify,
    /// How long run history is kept (`[retention]`).
    #[serde(default)]
    pub retention: crate::store::retention::Retention,
    /// Where the store lives (`[store]`): SQLite in the data directory unless `url` is set.
    #[serde(default)]
    pub store: StoreSettings,
}

/// The environment variable that overrides `[store] url`.
pub const DATABASE_URL_ENV: &str = "MAPWRIGHT_DATABASE_URL";

/// `[store]`: the database, when it is not the embedded SQLite file.
#[derive(Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreSettings {
    /// `postgres://user:password@host:port/database`; absent: SQLite in `data_dir`.
    #[serde(default)]
    pub url: Option<String>,
}

/// The URL may hold a password: `Debug` says only whether one is set.
impl std::fmt::Debug for StoreSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreSettings")
            .field("url", &self.url.as_ref().map(|_| "[set]"))
            .finish()
    }
}

/// A remote system: its base URL and the credential used to log in.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    pub url: String,
    /// Name of a `[credentials.NAME]` table; defaults to the endpoint's own name.
    #[serde(default)]
    pub credential: Option<String>,
    /// Per-request timeout in seconds (the adaptor's default otherwise).
    #[serde(default)]
    pub timeout_secs: Option<u64>,
    /// Attempts per call including the first (429, 5xx and transport errors are retried).
    #[serde(default)]
    pub max_attempts: Option<u32>,
    /// First backoff delay in milliseconds (doubled per attempt).
    #[serde(default)]
    pub backoff_ms: Option<u64>,
    /// Primero only: `basic` (default, works on every version) or `token`.
    #[serde(default)]
    pub auth: Option<String>,
    /// Primero only: cases per page (1..=1000, default 1000). Workflow 1 saves its cursor after
    /// each page, so a smaller page loses less work when a run stops part-way.
    #[serde(default)]
    pub per_page: Option<u32>,
    /// Primero only: the URL Primero's sync log points to (`mark_synced_url`), sent with every
    /// sync status a workflow writes (`synced`, `not_found`, `failed`). Never sent when unset.
    #[serde(default)]
    pub sync_url: Option<String>,
}

/// Per-workflow settings that belong to the installation, not to the YAML.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkflowSettings {
    /// The cursor a workflow starts from on its very first run (there is no built-in date).
    #[serde(default)]
    pub initial_cursor: Option<String>,
    #[serde(default)]
    pub timeout_secs: Option<u64>,
}

/// Who hears about failed runs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notify {
    #[serde(default)]
    pub admins: Vec<String>,
}

/// A resolved credential: field name to secret value. `Debug` never shows the values.
#[derive(Clone, Default)]
pub struct Credential {
    pub name: String,
    fields: BTreeMap<String, String>,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential")
            .field("name", &self.name)
            .field("fields", &self.fields.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Credential {
    pub fn new(
        name: impl Into<String>,
        fields: impl IntoIterator<Item = (String, String)>,
    ) -> Self {
        Credential {
            name: name.into(),
            fields: fields.into_iter().collect(),
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields.get(field).map(String::as_str)
    }

    /// Every value, for the log scrubber.
    pub fn secret_values(&self) -> impl Iterator<Item = &str> {
        self.fields.values().map(String::as_str)
    }
}

impl Config {
    /// Reads `path`, or `./mapwright.toml` when `path` is None; a missing default file is an
    /// empty config (the demo needs none), a missing explicit file is an error.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let (path, explicit) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from(DEFAULT_FILE), false),
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if !explicit && e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Config::default());
            }
            Err(source) => return Err(ConfigError::Read { path, source }),
        };
        Config::parse(&text).map_err(|message| ConfigError::Parse { path, message })
    }

    pub fn parse(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// The store's URL: `MAPWRIGHT_DATABASE_URL` when set and not empty, else `[store] url`;
    /// None means the SQLite store in the data directory.
    pub fn store_url(&self) -> Option<String> {
        std::env::var(DATABASE_URL_ENV)
            .ok()
            .filter(|u| !u.trim().is_empty())
            .or_else(|| self.store.url.clone().filter(|u| !u.trim().is_empty()))
    }

    /// Opens the store this config names (see [`Config::store_url`]); the data directory
    /// holds the SQLite file, or on PostgreSQL only the keys.
    pub async fn open_store(&self) -> Result<crate::store::SqlStore, OpenStoreError> {
        let dir = self.data_dir()?;
        Ok(crate::store::SqlStore::open_at(self.store_url().as_deref(), &dir).await?)
    }

    /// The data directory, created if missing.
    pub fn data_dir(&self) -> Result<PathBuf, ConfigError> {
        let dir = self
            .data_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR));
        // The operator's alone: 0700 (the store's files inside are 0600).
        crate::store::private_dir(&dir).map_err(|source| ConfigError::DataDir {
            path: dir.clone(),
            source,
        })?;
        Ok(dir)
    }

    pub fn mappings_dir(&self) -> PathBuf {
        self.mappings
            .clone()
            .unwrap_or_else(|| PathBuf::from("mappings"))
    }

    pub fn workflow(&self, name: &str) -> WorkflowSettings {
        self.workflows.get(name).cloned().unwrap_or_default()
    }

    /// The endpoint `name` with its resolved credential, for `workflow`.
    pub fn endpoint(
        &self,
        workflow: &str,
        name: &str,
    ) -> Result<(Endpoint, Credential), ConfigError> {
        let ep = self
            .endpoints
            .get(name)
            .cloned()
            .ok_or_else(|| ConfigError::MissingEndpoint {
                workflow: workflow.to_owned(),
                endpoint: name.to_owned(),
            })?;
        let cred_name = ep.credential.clone().unwrap_or_else(|| name.to_owned());
        let cred = self.credential(workflow, &cred_name)?;
        Ok((ep, cred))
    }

    /// Resolves every field of credential `name` (`env:`, `file:` or literal).
    pub fn credential(&self, workflow: &str, name: &str) -> Result<Credential, ConfigError> {
        let raw = self
            .credentials
            .get(name)
            .ok_or_else(|| ConfigError::MissingCredential {
                workflow: workflow.to_owned(),
                credential: name.to_owned(),
            })?;
        let mut fields = BTreeMap::new();
        for (field, spec) in raw {
            let value = resolve_value(spec).map_err(|e| match e {
                ValueError::Env(var) => ConfigError::MissingEnv {
                    workflow: workflow.to_owned(),
                    credential: name.to_owned(),
                    field: field.clone(),
                    var,
                },
                ValueError::File(path, reason) => ConfigError::SecretFile {
                    workflow: workflow.to_owned(),
                    credential: name.to_owned(),
                    field: field.clone(),
                    path,
                    reason,
                },
            })?;
            if value.is_empty() {
                return Err(ConfigError::MissingField {
                    workflow: workflow.to_owned(),
                    credential: name.to_owned(),
                    field: field.clone(),
                });
            }
            fields.insert(field.clone(), value);
        }
        Ok(Credential {
            name: name.to_owned(),
            fields,
        })
    }
}

enum ValueError {
    Env(String),
    File(PathBuf, String),
}

fn resolve_value(spec: &str) -> Result<String, ValueError> {
    if let Some(var) = spec.strip_prefix("env:") {
        return std::env::var(var).map_err(|_| ValueError::Env(var.to_owned()));
    }
    if let Some(path) = spec.strip_prefix("file:") {
        let path = PathBuf::from(path);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| ValueError::File(path.clone(), e.kind().to_string()))?;
        return Ok(text.lines().next().unwrap_or("").trim_end().to_owned());
    }
    Ok(spec.to_owned())
}

/// Requires `field` of a resolved credential, naming the workflow when it is absent.
pub fn require<'a>(
    workflow: &str,
    cred: &'a Credential,
    field: &str,
) -> Result<&'a str, ConfigError> {
    cred.get(field).ok_or_else(|| ConfigError::MissingField {
        workflow: workflow.to_owned(),
        credential: cred.name.clone(),
        field: field.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
data_dir = "/tmp/x"
[endpoints.primero]
url = "http://127.0.0.1:1"
credential = "primero_cred"
[credentials.primero_cred]
user = "integration"
password = "env:MW_TEST_SURELY_UNSET_VAR"
"#;

    #[test]
    fn missing_env_names_credential_field_and_workflow() {
        let c = Config::parse(SAMPLE).unwrap();
        let err = c.endpoint("w1", "primero").unwrap_err().to_string();
        assert!(
            err.contains("w1") && err.contains("primero_cred") && err.contains("password"),
            "{err}"
        );
        assert!(err.contains("MW_TEST_SURELY_UNSET_VAR"), "{err}");
    }

    #[test]
    fn missing_credential_and_endpoint_are_named() {
        let c = Config::parse("").unwrap();
        let err = c.credential("w2", "moph").unwrap_err().to_string();
        assert!(err.contains("`moph`") && err.contains("`w2`"), "{err}");
        let err = c.endpoint("w2", "moph").unwrap_err().to_string();
        assert!(err.contains("endpoint `moph`"), "{err}");
    }

    #[test]
    fn file_values_read_the_first_line_and_debug_hides_secrets() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("secret");
        std::fs::write(&p, "s3cret-value\nignored\n").unwrap();
        let text = format!(
            "[credentials.m]\nemail = \"a@b\"\npassword = \"file:{}\"\n",
            p.display()
        );
        let c = Config::parse(&text).unwrap();
        let cred = c.credential("w", "m").unwrap();
        assert_eq!(cred.get("password"), Some("s3cret-value"));
        assert!(!format!("{cred:?}").contains("s3cret"));
    }

    #[test]
    fn the_documented_example_parses() {
        let c = Config::parse(include_str!("../../../mapwright.example.toml")).unwrap();
        assert_eq!(
            c.endpoints["primero"].credential.as_deref(),
            Some("primero")
        );
        assert_eq!(c.credentials["primero"]["password"], "env:PRIMERO_PASSWORD");
        assert!(
            c.workflows["thailand_w1_primero_to_childshield"]
                .initial_cursor
                .is_some()
        );
    }

    #[test]
    fn unknown_keys_are_rejected() {
        assert!(Config::parse("data_dri = \"x\"").is_err());
    }
}
