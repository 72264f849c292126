//! The README's "Scaling out" set-up, started exactly as documented: the `sh` commands of the
//! section (one web process, two workers), which are also the `ExecStart` lines of the systemd
//! units in `deploy/`; a webhook's run goes through, executed by a worker.

use std::path::Path;
use std::time::Duration;

use mapwright::demo::start_fakes;
use serde_json::json;

use crate::cluster::{Cluster, free_port, hook, mappings_with, ping_workflow, wait_for};

const DOCUMENTED_CONFIG: &str = "/etc/mapwright/mapwright.toml";

fn repo(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The `mapwright …` lines of the first `sh` block of the README section `title`.
fn documented_commands(title: &str) -> Vec<Vec<String>> {
    let text = repo("README.md");
    let start = text.find(title).expect("the section is in the README");
    let rest = &text[start..];
    let block = rest.find("```sh\n").expect("an sh block") + "```sh\n".len();
    let body = &rest[block..block + rest[block..].find("```").expect("its end")];
    body.lines()
        .filter_map(|l| l.strip_prefix("mapwright "))
        .map(|l| l.split_whitespace().map(str::to_owned).collect())
        .collect()
}

/// The arguments of a unit's `ExecStart=/usr/local/bin/mapwright …`.
fn exec_start(unit: &str) -> Vec<String> {
    let text = repo(&format!("deploy/{unit}"));
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart=/usr/local/bin/mapwright "))
        .unwrap_or_else(|| panic!("{unit} has no ExecStart"));
    line.split_whitespace().map(str::to_owned).collect()
}

/// `args` without `--config <documented path>` (the test's own config replaces it).
fn without_config(args: &[String]) -> Vec<String> {
    let at = args
        .iter()
        .position(|a| a == "--config")
        .expect("the command names its config");
    assert_eq!(args[at + 1], DOCUMENTED_CONFIG, "{args:?}");
    let mut out = args.to_vec();
    out.drain(at..at + 2);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_documented_web_and_worker_processes_see_a_run_through() {
    let commands = documented_commands("### Scaling out");
    assert_eq!(commands.len(), 3, "{commands:?}");
    assert_eq!(commands[0][0], "serve");
    assert!(
        commands[1..].iter().all(|c| c[0] == "worker"),
        "{commands:?}"
    );
    // The systemd units start the same commands.
    assert_eq!(exec_start("mapwright-web.service"), commands[0]);
    assert_eq!(exec_start("mapwright-worker@.service"), commands[1]);

    let f = start_fakes(17, 10, None, None).await.expect("fakes");
    let port = free_port();
    let mut c = Cluster::new(
        &f,
        |d| mappings_with(d, &[("ping.yaml", ping_workflow("ping", "ping"))]),
        &["ping"],
        &format!("[serve]\nlisten = \"127.0.0.1:{port}\"\n"),
    );
    let mut started = Vec::new();
    for (n, cmd) in commands.iter().enumerate() {
        let args = without_config(cmd);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        started.push(c.start(&format!("{}{n}", args[0]), &args, None));
    }
    let base = format!("http://127.0.0.1:{port}");
    c.wait_healthy(&base).await;
    let record = f.data.case_meta(3).id;
    let body = json!({"data": {"record_id": record}});
    let (st, v) = hook(&reqwest::Client::new(), &base, "ping", &body, "readme").await;
    assert_eq!(st, 202, "{v}");
    let id = v["run_id"].as_i64().expect("run id");
    let run = wait_for(
        "the run to finish",
        Duration::from_secs(60),
        Duration::from_millis(200),
        || {
            let runs = c.runs("ping");
            runs.into_iter()
                .find(|r| r["id"] == id && r["status"] != "queued" && r["status"] != "running")
        },
    )
    .await;
    assert_eq!(run["status"], "success", "{run}\n{}", c.logs());
    assert_eq!(f.primero.sync_log(&record).len(), 1);
    // Executed by a worker: the web process claims nothing.
    let claimed = format!("claimed run {id}");
    assert!(!c.log(started[0]).contains(&claimed), "{}", c.logs());
    assert!(
        started[1..].iter().any(|w| c.log(*w).contains(&claimed)),
        "{}",
        c.logs()
    );
    for p in &started {
        c.term(*p);
    }
    for p in started {
        let status = c.wait_exit(p, Duration::from_secs(30)).await;
        assert!(status.success(), "{status:?}\n{}", c.logs());
    }
    drop(c);
    f.shutdown().await;
}
