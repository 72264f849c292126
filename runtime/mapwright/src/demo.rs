//! `mapwright fakes` and `mapwright demo`: the in-process fake Primero and HIS / Child Shield,
//! a config pointing at them, and the demo scenario (Workflow 1, then Workflow 2 for a person
//! found, a person not found and a request that fails).

use std::net::SocketAddr;
use std::process::ExitCode;

use fakes::{DataGen, FakeMoph, FakePrimero, Fault, MophConfig, PrimeroConfig};
use serde_json::{Value, json};

use crate::app::App;
use crate::config::{Config, Endpoint, WorkflowSettings};
use crate::engine::{RunReport, RunRequest};
use crate::store::{Outcome, RunStatus, Store};

pub const W1: &str = "thailand_w1_primero_to_childshield";
pub const W2: &str = "thailand_w2_his_to_primero";
/// The start of the fakes' synthetic timeline: the demo's first cursor.
pub const FAKES_EPOCH: &str = "2023-01-01T00:00:00.000Z";

/// The two fake servers over one synthetic population.
pub struct Fakes {
    pub primero: FakePrimero,
    pub moph: FakeMoph,
    pub data: DataGen,
    pub cases: u64,
}

impl Fakes {
    pub async fn shutdown(self) {
        self.primero.shutdown().await;
        self.moph.shutdown().await;
    }
}

fn addr(port: Option<u16>) -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], port.unwrap_or(0)))
}

pub async fn start_fakes(
    seed: u64,
    cases: u64,
    primero_port: Option<u16>,
    moph_port: Option<u16>,
) -> Result<Fakes, fakes::StartError> {
    start_fakes_with(
        seed,
        cases,
        primero_port,
        moph_port,
        PrimeroConfig::default(),
        MophConfig::default(),
    )
    .await
}

/// [`start_fakes`] with the rest of each fake's configuration (Primero's release, metadata
/// and duplicate cases, the faults) taken from `primero` and `moph`.
pub async fn start_fakes_with(
    seed: u64,
    cases: u64,
    primero_port: Option<u16>,
    moph_port: Option<u16>,
    primero: PrimeroConfig,
    moph: MophConfig,
) -> Result<Fakes, fakes::StartError> {
    let primero = FakePrimero::start(PrimeroConfig {
        addr: addr(primero_port),
        seed,
        generated_cases: cases,
        ..primero
    })
    .await?;
    let moph = FakeMoph::start(MophConfig {
        addr: addr(moph_port),
        seed,
        generated_people: cases,
        ..moph
    })
    .await?;
    Ok(Fakes {
        primero,
        moph,
        data: DataGen::new(seed),
        cases,
    })
}

pub fn describe(f: &Fakes) -> String {
    format!(
        "fake Primero      {}  (Basic auth: user `{}`, password `{}`; {} cases)\n\
         fake HIS / Child Shield  {}  (email `{}`, password `{}`)\n\n\
         # mapwright.toml for these fakes:\n{}",
        f.primero.url(),
        fakes::primero::DEFAULT_USER,
        fakes::primero::DEFAULT_PASSWORD,
        f.cases,
        f.moph.url(),
        fakes::moph::DEFAULT_EMAIL,
        fakes::moph::DEFAULT_PASSWORD,
        toml_for(f),
    )
}

/// The `mapwright.toml` lines pointing at `f` (endpoints, credentials, W1's first cursor).
pub fn toml_for(f: &Fakes) -> String {
    format!(
        "[endpoints.primero]\nurl = \"{}\"\n[endpoints.moph]\nurl = \"{}\"\n\
         [credentials.primero]\nuser = \"{}\"\npassword = \"{}\"\n\
         [credentials.moph]\nemail = \"{}\"\npassword = \"{}\"\n\
         [workflows.{W1}]\ninitial_cursor = \"{FAKES_EPOCH}\"\n",
        f.primero.url(),
        f.moph.url(),
        fakes::primero::DEFAULT_USER,
        fakes::primero::DEFAULT_PASSWORD,
        fakes::moph::DEFAULT_EMAIL,
        fakes::moph::DEFAULT_PASSWORD,
    )
}

/// `base` with endpoints and credentials pointing at the fakes (short retries: the fakes answer
/// at once, and failure scenarios should not wait).
pub fn config_for(base: &Config, f: &Fakes) -> Config {
    let mut c = base.clone();
    let ep = |url: String| Endpoint {
        url,
        credential: None,
        timeout_secs: Some(10),
        max_attempts: Some(2),
        backoff_ms: Some(20),
        auth: None,
        per_page: None,
        sync_url: None,
    };
    c.endpoints.insert("primero".into(), ep(f.primero.url()));
    c.endpoints.insert("moph".into(), ep(f.moph.url()));
    c.credentials.insert(
        "primero".into(),
        [
            ("user", fakes::primero::DEFAULT_USER),
            ("password", fakes::primero::DEFAULT_PASSWORD),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
    );
    c.credentials.insert(
        "moph".into(),
        [
            ("email", fakes::moph::DEFAULT_EMAIL),
            ("password", fakes::moph::DEFAULT_PASSWORD),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
    );
    c.workflows
        .entry(W1.into())
        .or_insert_with(|| WorkflowSettings {
            initial_cursor: Some(FAKES_EPOCH.into()),
            timeout_secs: None,
        });
    c
}

/// The first case index (from `from`) matching `pred`.
pub fn find_case(f: &Fakes, from: u64, pred: impl Fn(u64) -> bool) -> Option<u64> {
    (from..f.cases).find(|&i| pred(i))
}

/// The Primero webhook body for case `i`.
pub fn webhook_for(f: &Fakes, i: u64) -> Value {
    let mut data = json!({"record_id": f.data.case_meta(i).id, "record_type": "case"});
    if let Some(n) = f.data.national_id_variant(i) {
        data["national_id_no"] = n;
    }
    json!({"data": data})
}

struct Scenario {
    name: &'static str,
    report: RunReport,
    expected: bool,
    note: String,
}

fn latest_sync(f: &Fakes, record_id: &str) -> Option<String> {
    f.primero
        .sync_log(record_id)
        .last()
        .map(|e| e.status.clone())
}

/// The app over the demo's data directory, with the demo's master key (so credentials stored
/// on its admin page are used by its runs, as `serve` would).
async fn open_app(config: Config) -> Result<App, crate::app::AppError> {
    let key = crate::server::demo_key(&config.data_dir()?);
    App::open(config).await?.with_key(key).await
}

pub async fn run(base: Config, cases: u64, serve: bool) -> ExitCode {
    let f = match start_fakes(1, cases.max(20), None, None).await {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot start the fakes: {e}");
            return ExitCode::from(2);
        }
    };
    println!("{}", describe(&f));
    let app = match open_app(config_for(&base, &f)).await {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut scenarios = Vec::new();
    match scenario_runs(&app, &f, &mut scenarios).await {
        Ok(()) => {}
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    println!(
        "\n{:<34} {:>4}  {:<10} {:>4}  {:<40} AS EXPECTED",
        "SCENARIO", "RUN", "STATUS", "EXIT", "OUTCOMES"
    );
    for s in &scenarios {
        let o: Vec<String> = s
            .report
            .outcomes
            .iter()
            .map(|(k, v)| format!("{v} {}", k.as_str()))
            .collect();
        println!(
            "{:<34} {:>4}  {:<10} {:>4}  {:<40} {}{}",
            s.name,
            s.report.run_id,
            s.report.status.as_str(),
            s.report.exit_code,
            o.join(", "),
            if s.expected { "yes" } else { "NO" },
            if s.note.is_empty() {
                String::new()
            } else {
                format!("  ({})", s.note)
            }
        );
    }
    let all_ok = scenarios.iter().all(|s| s.expected);
    let place = match app.store.dialect() {
        crate::store::Dialect::Postgres => "the PostgreSQL store (store.url)".to_owned(),
        crate::store::Dialect::Sqlite => app
            .config
            .data_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default(),
    };
    println!("\nRun history is in {place}: try `mapwright history` and `mapwright show <run>`.");
    if serve {
        match crate::server::serve_demo(app.config.clone(), 0).await {
            Ok(running) => {
                println!("\nAdmin page: http://{}/", running.addr);
                match &running.first_admin_password {
                    Some(p) => println!("Log in as `admin` with the one-time password: {p}"),
                    None => println!("Log in as `admin` (password set on an earlier start)."),
                }
                println!("The fakes and the page stay up until Ctrl-C (`--no-serve` exits here).");
                running.until_stopped().await;
            }
            Err(e) => {
                eprintln!("error: cannot serve the admin page: {e}");
                f.shutdown().await;
                return ExitCode::from(2);
            }
        }
    }
    f.shutdown().await;
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

async fn scenario_runs(
    app: &App,
    f: &Fakes,
    out: &mut Vec<Scenario>,
) -> Result<(), crate::app::AppError> {
    // Workflow 1 from the start of the synthetic timeline (whatever an earlier demo stored).
    let wf1 = app.workflow(W1)?;
    let e1 = app.engine(wf1).await?;
    let r1 = e1
        .run(
            wf1,
            RunRequest {
                cursor_override: Some(FAKES_EPOCH.into()),
                ..RunRequest::default()
            },
        )
        .await?;
    let d1 = app.store.run(r1.run_id).await?;
    // Expected: every case delivered, skipped or not found; failures only for cases without a
    // usable national id (listed with that reason).
    let bad: Vec<_> = d1
        .iter()
        .flat_map(|d| d.outcomes.iter())
        .filter(|o| {
            o.outcome == "failed" && !o.reason.as_deref().unwrap_or("").contains("national id")
        })
        .map(|o| o.record.clone())
        .collect();
    let delivered = r1.outcomes.get(&Outcome::Created).copied().unwrap_or(0)
        + r1.outcomes.get(&Outcome::Updated).copied().unwrap_or(0);
    out.push(Scenario {
        name: "W1 Primero -> Child Shield",
        expected: bad.is_empty()
            && delivered > 0
            && matches!(r1.status, RunStatus::Success | RunStatus::Failed),
        note: if bad.is_empty() {
            "failures only for cases without a national id".into()
        } else {
            format!("unexpected failures: {}", bad.len())
        },
        report: r1,
    });

    let wf2 = app.workflow(W2)?;
    let e2 = app.engine(wf2).await?;
    let has_id = |i: u64| f.data.national_id_variant(i).is_some();
    let found = find_case(f, 0, |i| has_id(i) && f.data.person_exists(i));
    let missing = find_case(f, 0, |i| has_id(i) && !f.data.person_exists(i));
    let failing = found.and_then(|x| find_case(f, x + 1, |i| has_id(i) && f.data.person_exists(i)));
    let plan = [
        ("W2 sync, person found", found),
        ("W2 sync, person not in HIS", missing),
        ("W2 sync, Primero answers 500", failing),
    ];
    for (k, (name, idx)) in plan.into_iter().enumerate() {
        let Some(i) = idx else {
            println!("note: no case fits `{name}` among {} cases", f.cases);
            continue;
        };
        let input = webhook_for(f, i);
        let record_id = f.data.case_meta(i).id;
        if k == 2 {
            // Every attempt of the upsert's PATCH fails; the status write after it succeeds.
            f.primero
                .faults()
                .fail_next("PATCH /api/v2/cases/{id}", 2, Fault::status(500));
        }
        let r = e2
            .run(
                wf2,
                RunRequest {
                    input: Some(input),
                    ..RunRequest::default()
                },
            )
            .await?;
        let sync = latest_sync(f, &record_id);
        let (expected, note) = match k {
            0 => (
                r.status == RunStatus::Success
                    && r.outcomes.get(&Outcome::Updated) == Some(&1)
                    && sync.as_deref() == Some("synced"),
                sync,
            ),
            1 => (
                r.status == RunStatus::Success
                    && r.outcomes.get(&Outcome::NotFound) == Some(&1)
                    && sync.as_deref() == Some("not_found"),
                sync,
            ),
            _ => (
                r.status == RunStatus::Failed
                    && r.exit_code == 1
                    && sync.as_deref() == Some("failed"),
                sync,
            ),
        };
        out.push(Scenario {
            name,
            report: r,
            expected,
            note: format!(
                "Primero sync status: {}",
                note.unwrap_or_else(|| "none".into())
            ),
        });
    }
    Ok(())
}
