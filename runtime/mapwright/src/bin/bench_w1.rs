//! Workflow 1 throughput and memory: `bench_w1 <cases> [repeats]`.
//!
//! Starts the fakes in a child process (so their memory is not counted), runs Workflow 1 over
//! every case (paged, per=1000) into the fake Child Shield, and prints cases per second and
//! this process's peak resident memory during the run (VmHWM, reset after start-up: loading
//! and checking the mappings peaks on its own and would hide the run's growth). Each repeat is
//! a fresh data directory and fresh fakes. Run it once per size and compare the lines: memory
//! must stay flat because pages are streamed, never all held.
//!
//! The CPU is split: `engine_us_per_case` is this process's user+system time during the run
//! (`getrusage(RUSAGE_SELF)`, every thread: the engine, the HTTP clients, the SQLite store),
//! `fakes_us_per_case` the fakes' process's (its `/proc/<pid>/stat` before and after the run),
//! each divided by the cases, with the engine's user and system time and its context switches
//! (voluntary and involuntary) per case in parentheses. A PostgreSQL server's own CPU is in
//! neither.
//!
//! The run is driven from a runtime worker, as `mapwright run` and the server's workers drive
//! it; `BENCH_ON_MAIN=1` drives it from the thread that waits (`block_on`), as `mapwright run`
//! did before, to compare.
//!
//! With `MAPWRIGHT_BENCH_POSTGRES=<url>` each repeat runs twice in this one process, first on
//! SQLite, then on PostgreSQL in a fresh schema of that database (dropped after), each line
//! saying which store it measured.
//!
//! Build with `cargo build --release -p mapwright --features bench --bin bench_w1`.

use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use mapwright::app::App;
use mapwright::config::Config;
use mapwright::demo::{FAKES_EPOCH, W1};
use mapwright::engine::RunRequest;

fn status_kb(key: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn peak_rss_kb() -> Option<u64> {
    status_kb("VmHWM:")
}

/// Resets VmHWM to the current RSS (Linux: `5` to `/proc/self/clear_refs`).
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// This process's CPU so far (every thread): user and system time in microseconds, and the
/// context switches (voluntary + involuntary).
#[derive(Clone, Copy, Default)]
struct Cpu {
    user_us: u64,
    sys_us: u64,
    switches: u64,
}

impl Cpu {
    #[allow(unsafe_code)]
    fn now() -> Cpu {
        // SAFETY: `getrusage` only writes the struct we pass; zeroed is a valid `rusage`.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) } != 0 {
            return Cpu::default();
        }
        let us = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
        Cpu {
            user_us: us(ru.ru_utime),
            sys_us: us(ru.ru_stime),
            switches: (ru.ru_nvcsw + ru.ru_nivcsw) as u64,
        }
    }

    fn since(self, before: Cpu) -> Cpu {
        Cpu {
            user_us: self.user_us.saturating_sub(before.user_us),
            sys_us: self.sys_us.saturating_sub(before.sys_us),
            switches: self.switches.saturating_sub(before.switches),
        }
    }
}

/// Malloc's heap after the run, in MiB: (what the program still holds, what the allocator has
/// taken from the system for it). The first says whether a run keeps data; the gap between
/// the two is memory freed but kept (fragmentation).
#[allow(unsafe_code)]
fn heap_mb() -> (f64, f64) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallinfo2 takes no arguments and returns a plain struct of counters.
        let m = unsafe { libc::mallinfo2() };
        let mb = |b: usize| b as f64 / 1_048_576.0;
        (mb(m.uordblks + m.hblkhd), mb(m.arena + m.hblkhd))
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    (f64::NAN, f64::NAN)
}

/// Another process's user+system CPU time so far, in microseconds (`/proc/<pid>/stat`, fields
/// 14 and 15 in clock ticks).
#[allow(unsafe_code)]
fn process_cpu_us(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut f = rest.split_whitespace().skip(11);
    let utime: u64 = f.next()?.parse().ok()?;
    let stime: u64 = f.next()?.parse().ok()?;
    // SAFETY: `sysconf` has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ticks = u64::try_from(ticks).ok().filter(|t| *t > 0)?;
    Some((utime + stime) * 1_000_000 / ticks)
}

async fn serve(cases: u64) -> ExitCode {
    let f = match mapwright::demo::start_fakes(1, cases, None, None).await {
        Ok(f) => f,
        Err(e) => {
            eprintln!("fakes: {e}");
            return ExitCode::from(2);
        }
    };
    println!("{} {}", f.primero.url(), f.moph.url());
    // Serve until the parent closes our stdin.
    let _ = tokio::task::spawn_blocking(|| {
        let mut s = String::new();
        let _ = std::io::stdin().read_line(&mut s);
    })
    .await;
    f.shutdown().await;
    ExitCode::SUCCESS
}

async fn bench(cases: u64, postgres: Option<&str>) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .args(["--serve", &cases.to_string()])
        // `TOKIO_WORKER_THREADS=1 bench_w1 …` measures the engine on one worker; the fakes
        // keep their default.
        .env_remove("TOKIO_WORKER_THREADS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut line = String::new();
    {
        use std::io::BufRead;
        let out = child.stdout.take().ok_or("no stdout")?;
        std::io::BufReader::new(out)
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
    }
    let mut urls = line.split_whitespace();
    let (p, m) = (
        urls.next().ok_or("no url")?.to_owned(),
        urls.next().ok_or("no url")?.to_owned(),
    );
    let dir = tempfile_dir()?;
    let schema = match postgres {
        Some(base) => Some(
            mapwright::store::scratch::ScratchSchema::create(base)
                .await
                .map_err(|e| e.to_string())?,
        ),
        None => None,
    };
    let store = match &schema {
        Some(s) => format!("[store]\nurl = \"{}\"\n", s.url()),
        None => String::new(),
    };
    let text = format!(
        "data_dir = \"{}\"\nmappings = \"{}/../../mappings/thailand\"\n\
         [endpoints.primero]\nurl = \"{p}\"\n[endpoints.moph]\nurl = \"{m}\"\n\
         [credentials.primero]\nuser = \"{}\"\npassword = \"{}\"\n\
         [credentials.moph]\nemail = \"{}\"\npassword = \"{}\"\n{store}",
        dir.display(),
        env!("CARGO_MANIFEST_DIR"),
        fakes::primero::DEFAULT_USER,
        fakes::primero::DEFAULT_PASSWORD,
        fakes::moph::DEFAULT_EMAIL,
        fakes::moph::DEFAULT_PASSWORD,
    );
    let cfg = Config::parse(&text)?;
    let app = App::open(cfg).await.map_err(|e| e.to_string())?;
    let wf = app.workflow(W1).map_err(|e| e.to_string())?;
    let engine = app.engine(wf).await.map_err(|e| e.to_string())?;
    let startup_peak = peak_rss_kb().unwrap_or(0);
    if !reset_peak() {
        eprintln!("note: cannot reset VmHWM; the peak includes start-up");
    }
    let rss_before = status_kb("VmRSS:").unwrap_or(0);
    let fakes_before = process_cpu_us(child.id());
    let cpu_before = Cpu::now();
    let t = Instant::now();
    let req = RunRequest {
        cursor_override: Some(FAKES_EPOCH.into()),
        ..RunRequest::default()
    };
    let r = engine.run(wf, req).await.map_err(|e| e.to_string())?;
    let secs = t.elapsed().as_secs_f64();
    let cpu = Cpu::now().since(cpu_before);
    let engine_us = cpu.user_us + cpu.sys_us;
    let fakes_us = match (fakes_before, process_cpu_us(child.id())) {
        (Some(a), Some(b)) => format!("{:.0}", b.saturating_sub(a) as f64 / cases as f64),
        _ => "?".to_owned(),
    };
    let counts: Vec<String> = r
        .outcomes
        .iter()
        .map(|(o, n)| format!("{n} {}", o.as_str()))
        .collect();
    let seen: u64 = r.outcomes.values().sum();
    let name = if schema.is_some() {
        "postgres"
    } else {
        "sqlite"
    };
    let (heap_used, heap_taken) = heap_mb();
    println!(
        "store={name} cases={cases} secs={secs:.1} cases_per_sec={:.0} engine_us_per_case={:.0} (user {:.0}, system {:.0}, switches {:.2}) fakes_us_per_case={fakes_us} run_peak_rss_mb={:.1} rss_before_run_mb={:.1} rss_after_run_mb={:.1} heap_in_use_after_mb={heap_used:.1} heap_taken_after_mb={heap_taken:.1} startup_peak_mb={:.1} status={} [{}]",
        cases as f64 / secs,
        engine_us as f64 / cases as f64,
        cpu.user_us as f64 / cases as f64,
        cpu.sys_us as f64 / cases as f64,
        cpu.switches as f64 / cases as f64,
        peak_rss_kb().unwrap_or(0) as f64 / 1024.0,
        rss_before as f64 / 1024.0,
        status_kb("VmRSS:").unwrap_or(0) as f64 / 1024.0,
        startup_peak as f64 / 1024.0,
        r.status.as_str(),
        counts.join(", ")
    );
    drop(child.stdin.take());
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    drop(engine);
    drop(app);
    if let Some(s) = schema {
        s.drop_all().await.map_err(|e| e.to_string())?;
    }
    if seen != cases {
        return Err(format!("{seen} outcomes for {cases} cases: {:?}", r.error));
    }
    Ok(())
}

fn tempfile_dir() -> Result<std::path::PathBuf, String> {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("mw-bench-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&d).map_err(|e| e.to_string())?;
    Ok(d)
}

fn main() -> ExitCode {
    // As `mapwright run` and `worker` do (the bound on malloc's arenas keeps memory flat).
    mapwright::cli::memory::bound();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Ok(rt) = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    else {
        return ExitCode::from(2);
    };
    match args.as_slice() {
        [flag, n] if flag == "--serve" => rt.block_on(serve(n.parse().unwrap_or(1000))),
        [n] | [n, _] => {
            let (Ok(cases), Ok(repeats)) = (
                n.parse::<u64>(),
                args.get(1).map_or(Ok(1), |r| r.parse::<u32>()),
            ) else {
                eprintln!("usage: bench_w1 <cases> [repeats]");
                return ExitCode::from(2);
            };
            let postgres = std::env::var("MAPWRIGHT_BENCH_POSTGRES").ok();
            for _ in 0..repeats.max(1) {
                let mut stores = vec![None];
                if postgres.is_some() {
                    stores.push(postgres.as_deref());
                }
                for pg in stores {
                    let pg = pg.map(str::to_owned);
                    let run = async move { bench(cases, pg.as_deref()).await };
                    // As `mapwright run` drives a run: from a runtime worker (`block_on_task`).
                    // `BENCH_ON_MAIN=1`: from the waiting thread, as before that change.
                    let ran = if std::env::var_os("BENCH_ON_MAIN").is_some() {
                        rt.block_on(run)
                    } else {
                        rt.block_on(rt.spawn(run))
                            .unwrap_or_else(|e| Err(e.to_string()))
                    };
                    if let Err(e) = ran {
                        eprintln!("bench: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: bench_w1 <cases> [repeats]");
            ExitCode::from(2)
        }
    }
}
