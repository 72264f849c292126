//! Pages N synthetic cases out of the fake Primero over loopback HTTP and
//! reports the rate and the process's peak RSS, for BENCHMARKS.md.
//!
//! ```text
//! cargo run -p fakes --release --example page_bench -- [CASES] [PER] [--since ISO] [--no-parse]
//! ```
//!
//! Requests are the ones `adaptors::primero::CasePages` sends
//! (`order_by=created_at&order=asc`, optional `last_updated_at=<since>..`).
//! Each page body is parsed into a `serde_json::Value` (as the client does)
//! unless `--no-parse` is given, then dropped: one page in memory at a time,
//! so peak RSS measures the fake itself. Peak RSS is `VmHWM` of
//! `/proc/self/status` (server and client share this process).

use std::time::Instant;

use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER};
use fakes::{FakePrimero, PrimeroConfig};

struct Args {
    cases: u64,
    per: u64,
    since: Option<String>,
    parse: bool,
}

fn args() -> Result<Args, String> {
    let mut out = Args {
        cases: 100_000,
        per: 1000,
        since: None,
        parse: true,
    };
    let mut positional = 0;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--since" => out.since = Some(it.next().ok_or("--since needs a value")?),
            "--no-parse" => out.parse = false,
            n => {
                let v: u64 = n.parse().map_err(|_| format!("not a number: {n}"))?;
                match positional {
                    0 => out.cases = v,
                    1 => out.per = v,
                    _ => return Err(format!("unexpected argument {n}")),
                }
                positional += 1;
            }
        }
    }
    Ok(out)
}

/// A `kB` line of `/proc/self/status` in MiB (`None` off Linux).
fn status_mib(key: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn fmt_mib(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".to_owned(), |m| format!("{m:.1} MiB"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = args()?;
    let rss_before = status_mib("VmHWM:");
    let t_start = Instant::now();
    let fake = FakePrimero::start(PrimeroConfig {
        generated_cases: a.cases,
        ..PrimeroConfig::default()
    })
    .await?;
    let startup = t_start.elapsed();
    let http = reqwest::Client::new();
    let base = format!("{}/api/v2/cases", fake.url());
    let since = a.since.as_ref().map(|s| format!("{s}.."));
    let t0 = Instant::now();
    let (mut seen, mut bytes, mut pages) = (0u64, 0u64, 0u64);
    let mut page = 1u64;
    loop {
        let mut query = vec![
            ("page", page.to_string()),
            ("per", a.per.to_string()),
            ("order_by", "created_at".to_owned()),
            ("order", "asc".to_owned()),
        ];
        if let Some(s) = &since {
            query.push(("last_updated_at", s.clone()));
        }
        let body = http
            .get(&base)
            .basic_auth(DEFAULT_USER, Some(DEFAULT_PASSWORD))
            .query(&query)
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        bytes += body.len() as u64;
        pages += 1;
        let (n, total, per) = if a.parse {
            let v: serde_json::Value = serde_json::from_slice(&body)?;
            let n = v["data"].as_array().map_or(0, Vec::len) as u64;
            let meta = &v["metadata"];
            (n, meta["total"].as_u64(), meta["per"].as_u64())
        } else {
            // Count the items without building a tree: each case has one `"enabled":`.
            let n = body.windows(10).filter(|w| w == b"\"enabled\":").count() as u64;
            (n, Some(a.cases), Some(a.per))
        };
        seen += n;
        let (Some(total), Some(per)) = (total, per) else {
            return Err("page without metadata".into());
        };
        if n == 0 || page.saturating_mul(per) >= total {
            break;
        }
        page += 1;
    }
    let wall = t0.elapsed().as_secs_f64();
    fake.shutdown().await;
    println!(
        "page_bench: cases={seen} per={} pages={pages} parse={} startup={:.3}s paging={wall:.3}s rate={:.0} cases/s body={:.1} MiB peak_rss={} (before start {})",
        a.per,
        a.parse,
        startup.as_secs_f64(),
        seen as f64 / wall.max(1e-9),
        bytes as f64 / 1_048_576.0,
        fmt_mib(status_mib("VmHWM:")),
        fmt_mib(rss_before),
    );
    Ok(())
}
