//! Shared by the multi-process tests (`workers_*.rs`, `readme_scaling.rs`): a config over the
//! fakes, `mapwright serve` and `mapwright worker` processes of the real binary sharing one
//! store, and the store read back through the CLI (`history --json`), so the store is a
//! parameter. By default the processes share a PostgreSQL schema of the test's own (issue 12:
//! these tests run against the real PostgreSQL), created in `MAPWRIGHT_TEST_DATABASE_URL`'s
//! database and dropped with the cluster; `MAPWRIGHT_DATABASE_URL` names another database, and
//! `MAPWRIGHT_CLUSTER_STORE=sqlite` shares a SQLite data directory instead. When PostgreSQL is
//! unreachable the tests fall back to SQLite with a printed line, except under `CI=true`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

use mapwright::demo::{Fakes, toml_for};
use mapwright::store::scratch::{ScratchSchema, test_database_url};
use serde_json::Value;

pub const SECRET: &str = "cluster-test-hook-secret";
pub const MASTER_KEY: &str = "cd";

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The Thailand deployment's folder.
pub fn thailand() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../mappings/thailand"
    ))
}

/// Workflow 1 with a webhook trigger instead of its 5-minute cron, so the test starts it.
pub fn w1_on_a_webhook() -> String {
    let text = std::fs::read_to_string(thailand().join("workflows/w1_primero_to_childshield.yaml"))
        .expect("W1");
    let cron = "trigger:\n  cron: \"*/5 * * * *\"\n  timezone: Asia/Bangkok\n";
    assert!(text.contains(cron), "W1's trigger changed");
    text.replace(cron, "trigger:\n  webhook: w1\n")
}

/// A test's mappings: the given workflow files (name, YAML) in `dir/mappings/workflows`.
pub fn mappings_with(dir: &Path, workflows: &[(&str, String)]) -> PathBuf {
    let root = dir.join("mappings");
    let wf = root.join("workflows");
    std::fs::create_dir_all(&wf).expect("mappings dir");
    for (name, text) in workflows {
        std::fs::write(wf.join(name), text).expect("workflow file");
    }
    root
}

/// A webhook workflow of one step: marks its record `synced` in the fake Primero (so each run
/// is counted there, in the record's sync log).
pub fn ping_workflow(name: &str, hook: &str) -> String {
    format!(
        "workflow: {name}\ntrigger:\n  webhook: {hook}\nendpoints: [primero]\nkey: input.data.record_id\n\
         steps:\n  - id: mark\n    op: primero.set_sync_status\n    \
         args: {{ record_id: input.data.record_id, status: {{ const: synced }} }}\n"
    )
}

/// Runs `f` on a runtime of its own, on a thread of its own (callable from async tests).
fn on_own_runtime<T: Send + 'static>(
    f: impl FnOnce() -> std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send>> + Send + 'static,
) -> T {
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(f())
    })
    .join()
    .expect("the runtime thread")
}

/// The store the processes share: `MAPWRIGHT_DATABASE_URL` when set; a fresh PostgreSQL schema
/// (see the module); or `None`, the data directory.
pub fn shared_store() -> (Option<String>, Option<ScratchSchema>) {
    if let Some(u) = std::env::var("MAPWRIGHT_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        return (Some(u), None);
    }
    if std::env::var("MAPWRIGHT_CLUSTER_STORE").as_deref() == Ok("sqlite") {
        return (None, None);
    }
    let base = test_database_url();
    match on_own_runtime(move || Box::pin(async move { ScratchSchema::create(&base).await })) {
        Ok(s) => (Some(s.url().to_owned()), Some(s)),
        Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("PostgreSQL unreachable ({e}): these processes share a SQLite store instead");
            (None, None)
        }
        Err(e) => panic!("PostgreSQL unreachable under CI=true: {e}"),
    }
}

/// A config file and the processes started over it.
pub struct Cluster {
    pub dir: tempfile::TempDir,
    pub config: PathBuf,
    pub database_url: Option<String>,
    /// The PostgreSQL schema made for this cluster, dropped with it.
    schema: Option<ScratchSchema>,
    pub procs: Vec<Proc>,
}

/// A started `mapwright` process, its log file and (for `serve`) its base URL.
pub struct Proc {
    pub child: Child,
    pub log: PathBuf,
    pub base: Option<String>,
    pub name: String,
}

impl Cluster {
    /// Writes `mapwright.toml` in a fresh folder: the fakes' endpoints, `mappings`, the
    /// webhook secret for each of `hooks`, and `extra` (TOML: more `[serve…]` tables).
    pub fn new(
        f: &Fakes,
        mappings: impl FnOnce(&Path) -> PathBuf,
        hooks: &[&str],
        extra: &str,
    ) -> Cluster {
        let (url, schema) = shared_store();
        let mut c = Cluster::with_store(f, mappings, hooks, extra, url);
        c.schema = schema;
        c
    }

    /// [`Cluster::new`] over the given database URL (`None`: the folder's data directory).
    pub fn with_store(
        f: &Fakes,
        mappings: impl FnOnce(&Path) -> PathBuf,
        hooks: &[&str],
        extra: &str,
        database_url: Option<String>,
    ) -> Cluster {
        let dir = tempfile::tempdir().expect("tempdir");
        let m = mappings(dir.path());
        let mut text = format!(
            "data_dir = {:?}\nmappings = {:?}\n{}\n{extra}\n",
            dir.path().join("data"),
            m,
            toml_for(f),
        );
        for h in hooks {
            text.push_str(&format!(
                "[serve.webhooks.{h}]\nmode = \"header\"\nsecret = \"{SECRET}\"\n"
            ));
        }
        let config = dir.path().join("mapwright.toml");
        std::fs::write(&config, text).expect("write config");
        Cluster {
            dir,
            config,
            database_url,
            schema: None,
            procs: Vec::new(),
        }
    }

    /// A `mapwright` command over this cluster's config and store.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_mapwright"));
        c.args(args)
            .arg("--config")
            .arg(&self.config)
            .env("MAPWRIGHT_MASTER_KEY", MASTER_KEY.repeat(32))
            .env("MAPWRIGHT_ADMIN_PASSWORD", "cluster-test-admin-password")
            .env("RUST_LOG", "info,mapwright_server::workers=debug")
            .env("NO_COLOR", "1");
        match &self.database_url {
            Some(u) => c.env("MAPWRIGHT_DATABASE_URL", u),
            None => c.env_remove("MAPWRIGHT_DATABASE_URL"),
        };
        c
    }

    /// Starts `mapwright <args>` with its output in `<name>.log`; returns its index.
    pub fn start(&mut self, name: &str, args: &[&str], base: Option<String>) -> usize {
        let log = self.dir.path().join(format!("{name}.log"));
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .expect("log file");
        let child = self
            .command(args)
            .stdout(out.try_clone().expect("log"))
            .stderr(out)
            .spawn()
            .expect("start mapwright");
        self.procs.push(Proc {
            child,
            log,
            base,
            name: name.to_owned(),
        });
        self.procs.len() - 1
    }

    /// Starts `mapwright serve --workers N` on a free port and waits until it answers.
    pub async fn serve(&mut self, name: &str, workers: usize) -> usize {
        let port = free_port();
        let listen = format!("127.0.0.1:{port}");
        let n = workers.to_string();
        let base = format!("http://{listen}");
        let i = self.start(
            name,
            &["serve", "--listen", &listen, "--workers", &n],
            Some(base.clone()),
        );
        self.wait_healthy(&base).await;
        i
    }

    /// Starts `mapwright worker --concurrency N`.
    pub fn worker(&mut self, name: &str, concurrency: usize) -> usize {
        let n = concurrency.to_string();
        self.start(name, &["worker", "--concurrency", &n], None)
    }

    pub fn base(&self, i: usize) -> String {
        self.procs[i].base.clone().expect("a serve process")
    }

    pub fn pid(&self, i: usize) -> u32 {
        self.procs[i].child.id()
    }

    /// SIGKILL, and reaps it.
    pub fn kill(&mut self, i: usize) {
        let c = &mut self.procs[i].child;
        let _ = c.kill();
        let _ = c.wait();
    }

    /// Sends SIGTERM.
    pub fn term(&self, i: usize) {
        let ok = Command::new("kill")
            .args(["-TERM", &self.pid(i).to_string()])
            .status()
            .expect("kill -TERM");
        assert!(ok.success(), "kill -TERM {}", self.pid(i));
    }

    /// Waits for process `i` to exit, up to `limit`.
    pub async fn wait_exit(&mut self, i: usize, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(s) = self.procs[i].child.try_wait().expect("try_wait") {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "{} did not exit within {limit:?}:\n{}",
                self.procs[i].name,
                self.log(i)
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn log(&self, i: usize) -> String {
        std::fs::read_to_string(&self.procs[i].log).unwrap_or_default()
    }

    /// Every process's log, one after the other.
    pub fn logs(&self) -> String {
        (0..self.procs.len())
            .map(|i| format!("--- {}\n{}", self.procs[i].name, self.log(i)))
            .collect()
    }

    /// The runs of `workflow` (newest first), as `mapwright history --json` prints them.
    pub fn runs(&self, workflow: &str) -> Vec<Value> {
        let out = self
            .command(&[
                "history",
                "--json",
                "--limit",
                "100000",
                "--workflow",
                workflow,
            ])
            .env("RUST_LOG", "warn")
            .output()
            .expect("mapwright history");
        assert!(
            out.status.success(),
            "history: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("history --json")
    }

    /// One run as `mapwright show --json` prints it.
    pub fn show(&self, run: i64) -> Value {
        let out = self
            .command(&["show", "--json", &run.to_string()])
            .env("RUST_LOG", "warn")
            .output()
            .expect("mapwright show");
        assert!(out.status.success(), "show {run}");
        serde_json::from_slice(&out.stdout).expect("show --json")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for p in &mut self.procs {
            let _ = p.child.kill();
            let _ = p.child.wait();
        }
        if let Some(schema) = self.schema.take() {
            let dropped = on_own_runtime(move || Box::pin(async move { schema.drop_all().await }));
            if let Err(e) = dropped {
                eprintln!("cannot drop the test schema: {e}");
            }
        }
    }
}

/// A size in KiB from `/proc/<pid>/status` (`VmRSS`, `VmHWM`…); 0 when it cannot be read.
pub fn proc_status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Runs with this status among `runs`.
pub fn with_status<'a>(runs: &'a [Value], status: &str) -> Vec<&'a Value> {
    runs.iter().filter(|r| r["status"] == status).collect()
}

/// Whether `serve` at `base` answered `/healthz` within 60 s.
pub async fn healthy(base: &str) -> bool {
    let c = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(r) = c.get(format!("{base}/healthz")).send().await
            && r.status().is_success()
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

impl Cluster {
    /// Waits until `serve` at `base` answers; panics with every process's log when it does not.
    pub async fn wait_healthy(&self, base: &str) {
        assert!(
            healthy(base).await,
            "mapwright serve at {base} did not come up:\n{}",
            self.logs()
        );
    }
}

/// Polls `check` every `every` until it gives `Some`, failing with `what` at `limit`.
pub async fn wait_for<T>(
    what: &str,
    limit: Duration,
    every: Duration,
    mut check: impl FnMut() -> Option<T>,
) -> T {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(t) = check() {
            return t;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        if std::env::var_os("CLUSTER_TRACE").is_some() {
            eprintln!("waiting for {what}");
        }
        tokio::time::sleep(every).await;
    }
}

/// Posts a webhook body with the test secret and an idempotency key: (status, JSON answer).
pub async fn hook(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    body: &Value,
    key: &str,
) -> (u16, Value) {
    let r = client
        .post(format!("{base}/hooks/{path}"))
        .header("X-Mapwright-Secret", SECRET)
        .header("Idempotency-Key", key)
        .json(body)
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .expect("webhook");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}
