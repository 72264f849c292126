//! Workflow commands: run, history, show, retry, fakes, demo.
//!
//! Exit codes: `run` and `retry` exit with the run's code (0 success, 1 sync error, 2 crash,
//! 3 timeout or killed, 4 lost, 5 cancelled); a run that cannot start (config, store, invalid
//! workflow) exits 2. The other commands exit 0, or 2 on error.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use crate::app::App;
use crate::config::Config;
use crate::engine::RunReport;
use crate::store::{RunFilter, RunStatus, Store};

#[derive(Debug, clap::Args)]
pub struct ConfigArg {
    /// The config file (default: ./mapwright.toml when present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The workflow's name (`workflow:` in its YAML).
    pub workflow: String,
    /// A JSON file with the trigger input (a webhook body for webhook workflows).
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArg,
}

#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// Only the runs of this workflow (its `workflow:` name).
    #[arg(long)]
    pub workflow: Option<String>,
    /// Only the runs with this status: running, success, failed, crashed, timed_out, lost,
    /// cancelled.
    #[arg(long)]
    pub status: Option<String>,
    /// How many runs to list, newest first.
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
    /// Print the runs as a JSON array (for scripts).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub config: ConfigArg,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The run's number, as `mapwright history` and the admin page list it.
    pub run_id: i64,
    /// Print the run as JSON (everything: every record, log line and counter).
    #[arg(long)]
    pub json: bool,
    /// After the summary, list the records (failures first); with an outcome (failed,
    /// invalid, not_found, skipped, created, updated, …), only those.
    #[arg(long, value_name = "OUTCOME", num_args = 0..=1, default_missing_value = "all")]
    pub records: Option<String>,
    /// Show every log line (by default only warnings and errors).
    #[arg(long)]
    pub log: bool,
    #[command(flatten)]
    pub config: ConfigArg,
}

#[derive(Debug, clap::Args)]
pub struct RetryArgs {
    /// The run to start again, with its stored input.
    pub run_id: i64,
    /// Start at this top-level step (outputs of earlier steps are not available to it).
    #[arg(long, value_name = "STEP")]
    pub from_step: Option<String>,
    #[command(flatten)]
    pub config: ConfigArg,
}

#[derive(Debug, clap::Args)]
pub struct FakesArgs {
    /// Synthetic cases in the fake Primero (and people in the fake HIS).
    #[arg(long, default_value_t = 200)]
    pub cases: u64,
    /// Seed of the synthetic data: the same seed gives the same cases and people.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Port of the fake Primero (default: a free one).
    #[arg(long)]
    pub primero_port: Option<u16>,
    /// Port of the fake HIS / Child Shield (default: a free one).
    #[arg(long)]
    pub moph_port: Option<u16>,
    /// The Primero release the fake behaves as: `per` cap (2.10.3+), login without a token
    /// (2.11+), option codes checked against their lookups (2.15+).
    #[arg(long, default_value_t = fakes::primero::PrimeroVersion::LATEST)]
    pub primero_version: fakes::primero::PrimeroVersion,
    /// A folder with a real forms / lookups / locations export (forms.json, lookups.json,
    /// locations.json) to serve and validate against instead of the synthetic metadata.
    #[arg(long, value_name = "DIR")]
    pub metadata: Option<std::path::PathBuf>,
    /// Random faults on both fakes, e.g.
    /// `5xx=0.10,5xx_after=0.5,timeout=0.02,malformed=0.01,truncated=0.01,seed=7`
    /// (`5xx_after`: the share of 5xx answered after the request was processed).
    #[arg(long, value_name = "SPEC", value_parser = fakes::FaultConfig::parse_spec)]
    pub faults: Option<fakes::FaultConfig>,
    /// Percent of the cases whose child has a second case, listed right after it (same page).
    #[arg(long, value_name = "PERCENT", default_value_t = 0,
          value_parser = clap::value_parser!(u64).range(0..=100))]
    pub duplicate_cases: u64,
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Exit after the runs instead of waiting for Ctrl-C.
    #[arg(long)]
    pub no_serve: bool,
    /// Synthetic cases in the fake Primero.
    #[arg(long, default_value_t = 200)]
    pub cases: u64,
    #[command(flatten)]
    pub config: ConfigArg,
}

pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, ExitCode> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            eprintln!("error: cannot start the async runtime: {e}");
            ExitCode::from(2)
        })
}

/// Runs `f` as a task of `rt` and waits for it. A workflow run is driven from a runtime
/// worker, not from the thread that waits (`block_on`'s): its HTTP connections' tasks then
/// run beside it on the same worker, without a wake-up across threads for every request.
/// Measured on Workflow 1 (`bench_w1`): ~1.9 context switches per case instead of ~6.8, and
/// 0.77× the engine's CPU per case. A panic in `f` is raised here, as `block_on` did.
pub(crate) fn block_on_task<F>(rt: &tokio::runtime::Runtime, f: F) -> F::Output
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    match rt.block_on(rt.spawn(f)) {
        Ok(out) => out,
        Err(e) => match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            // Cancelled: only a runtime shutting down does that, and it is not shut down here.
            Err(e) => panic!("the run's task ended without an answer: {e}"),
        },
    }
}

/// The config file as every command reads it: `[serve]` is validated and set aside.
fn config(a: &ConfigArg) -> Result<Config, ExitCode> {
    a.load()
}

impl ConfigArg {
    /// Reads the file (`[serve]` included, so one file serves every command); prints the error.
    pub fn load(&self) -> Result<Config, ExitCode> {
        crate::settings::load(self.config.as_deref())
            .map(|(config, _serve)| config)
            .map_err(|e| {
                eprintln!("error: {e}");
                ExitCode::from(2)
            })
    }
}

async fn open(cfg: Config) -> Result<App, ExitCode> {
    let app = match App::open(cfg).await {
        Ok(app) => app.with_env_key().await,
        Err(e) => Err(e),
    };
    app.map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

/// Ctrl-C or SIGTERM cancels the run (recorded as cancelled, exit 5).
fn ctrl_c() -> Arc<tokio::sync::Notify> {
    let n = Arc::new(tokio::sync::Notify::new());
    let n2 = n.clone();
    tokio::spawn(async move {
        crate::worker::stop_signal().await;
        n2.notify_one();
    });
    n
}

pub(crate) fn print_report(r: &RunReport) {
    let counts: Vec<String> = r
        .outcomes
        .iter()
        .map(|(o, n)| format!("{n} {}", o.as_str()))
        .collect();
    println!(
        "run {} of {}: {} (exit {}){}{}",
        r.run_id,
        r.workflow,
        r.status.as_str(),
        r.exit_code,
        if counts.is_empty() {
            String::new()
        } else {
            format!(" — {}", counts.join(", "))
        },
        r.error
            .as_deref()
            .map(|e| format!("\n  error: {e}"))
            .unwrap_or_default()
    );
}

pub fn run(a: RunArgs) -> ExitCode {
    let Ok(cfg) = config(&a.config) else {
        return ExitCode::from(2);
    };
    let input = match &a.input {
        None => None,
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(v) => Some(v),
            Err(e) => {
                eprintln!("error: cannot read input {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
    };
    let Ok(rt) = runtime() else {
        return ExitCode::from(2);
    };
    let workflow = a.workflow.clone();
    block_on_task(&rt, async move {
        let Ok(app) = open(cfg).await else {
            return ExitCode::from(2);
        };
        match app.run(&workflow, input, Some(ctrl_c())).await {
            Ok(r) => {
                print_report(&r);
                ExitCode::from(r.exit_code)
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    })
}

pub fn retry(a: RetryArgs) -> ExitCode {
    let Ok(cfg) = config(&a.config) else {
        return ExitCode::from(2);
    };
    let Ok(rt) = runtime() else {
        return ExitCode::from(2);
    };
    let (run_id, from_step) = (a.run_id, a.from_step.clone());
    block_on_task(&rt, async move {
        let Ok(app) = open(cfg).await else {
            return ExitCode::from(2);
        };
        match app.retry(run_id, from_step, Some(ctrl_c())).await {
            Ok(r) => {
                print_report(&r);
                ExitCode::from(r.exit_code)
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    })
}

/// Runs `body` with the config file `a` names and its store, for the commands that only read
/// or maintain history (no mappings, no credentials): `history`, `show`, `backup`, `prune`.
/// A config or store that cannot be opened exits 2, saying why.
pub(crate) fn with_store<F, Fut>(a: &ConfigArg, body: F) -> ExitCode
where
    F: FnOnce(Config, crate::store::SqliteStore) -> Fut,
    Fut: std::future::Future<Output = ExitCode>,
{
    let Ok(cfg) = config(a) else {
        return ExitCode::from(2);
    };
    let Ok(rt) = runtime() else {
        return ExitCode::from(2);
    };
    rt.block_on(async move {
        let store = cfg.open_store().await.map_err(|e| e.to_string());
        match store {
            Ok(store) => body(cfg, store).await,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    })
}

pub fn history(a: HistoryArgs) -> ExitCode {
    let status = match a.status.as_deref().map(|s| (s, RunStatus::parse(s))) {
        None => None,
        Some((_, Some(s))) => Some(s),
        Some((s, None)) => {
            let all: Vec<_> = RunStatus::ALL.iter().map(|s| s.as_str()).collect();
            eprintln!("error: unknown status `{s}` (one of {})", all.join(", "));
            return ExitCode::from(2);
        }
    };
    let filter = RunFilter {
        workflow: a.workflow.clone(),
        status,
        limit: a.limit,
    };
    with_store(&a.config, |_, store| async move {
        match store.runs(&filter).await {
            Ok(runs) if a.json => {
                println!("{}", serde_json::to_string(&runs).unwrap_or_default());
                ExitCode::SUCCESS
            }
            Ok(runs) => {
                print!("{}", super::workflows_view::history_table(&runs));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    })
}

pub fn show(a: ShowArgs) -> ExitCode {
    with_store(&a.config, |_, store| async move {
        match store.run(a.run_id).await {
            Ok(Some(d)) => {
                if a.json {
                    println!("{}", serde_json::to_string_pretty(&d).unwrap_or_default());
                } else {
                    let detail = super::workflows_view::Detail {
                        records: a
                            .records
                            .as_deref()
                            .map(|r| (r != "all").then(|| r.to_owned())),
                        log: a.log,
                    };
                    print!("{}", super::workflows_view::run_detail(&d, &detail));
                }
                ExitCode::SUCCESS
            }
            Ok(None) => {
                eprintln!("error: run {} does not exist", a.run_id);
                ExitCode::from(2)
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    })
}

pub fn fakes(a: FakesArgs) -> ExitCode {
    let Ok(rt) = runtime() else {
        return ExitCode::from(2);
    };
    let mut primero = fakes::PrimeroConfig::for_version(a.primero_version);
    if let Some(dir) = &a.metadata {
        match fakes::primero::Export::load_dir(dir) {
            Ok(export) => primero = primero.with_metadata(export),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let faults = a.faults.clone().unwrap_or_default();
    primero.faults = faults.clone();
    primero.duplicate_cases = a.duplicate_cases;
    let moph = fakes::MophConfig {
        faults,
        ..fakes::MophConfig::default()
    };
    rt.block_on(async {
        let started = crate::demo::start_fakes_with(
            a.seed,
            a.cases,
            a.primero_port,
            a.moph_port,
            primero,
            moph,
        )
        .await;
        let servers = match started {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: cannot start the fakes: {e}");
                return ExitCode::from(2);
            }
        };
        println!("fake Primero release {}", a.primero_version);
        if let Some(f) = &a.faults {
            println!("random faults on both fakes (seed {}):", f.seed);
            for r in &f.fault_rates {
                println!("  {:>5.1} %  {:?}", r.rate * 100.0, r.fault);
            }
        }
        if a.duplicate_cases > 0 {
            println!(
                "{} % of the cases have a second case for the same child",
                a.duplicate_cases
            );
        }
        print!("{}", crate::demo::describe(&servers));
        println!("\nPress Ctrl-C to stop.");
        let _ = tokio::signal::ctrl_c().await;
        servers.shutdown().await;
        ExitCode::SUCCESS
    })
}

pub fn demo(a: DemoArgs) -> ExitCode {
    let Ok(cfg) = config(&a.config) else {
        return ExitCode::from(2);
    };
    let Ok(rt) = runtime() else {
        return ExitCode::from(2);
    };
    block_on_task(&rt, crate::demo::run(cfg, a.cases, !a.no_serve))
}

#[cfg(test)]
mod tests {
    use super::{block_on_task, runtime};

    /// The future runs on one of the runtime's workers (not on the thread that waits), its
    /// answer comes back, and a panic in it is raised in the caller.
    #[test]
    fn a_run_is_driven_from_a_runtime_worker_and_its_panic_reaches_the_caller() {
        let rt = runtime().expect("a runtime");
        let caller = std::thread::current().id();
        let (answer, ran_on) = block_on_task(&rt, async { (42, std::thread::current().id()) });
        assert_eq!(answer, 42);
        assert_ne!(ran_on, caller, "driven from the waiting thread");
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            block_on_task(&rt, async { panic!("the run's own panic") })
        }));
        let payload = panicked.expect_err("the panic is raised in the caller");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"the run's own panic"));
    }
}
