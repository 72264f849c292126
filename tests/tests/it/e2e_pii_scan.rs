//! Issue 13 (4 and 5), the PII scan: both Thailand workflows run end to end against the fakes,
//! with upstream 422s that quote the submitted document, a retry from a later step, and the
//! master key set. Then the whole store (every table's values, and the raw bytes of the database
//! file, its WAL and shared memory), every captured log line and every failure e-mail is
//! scanned for the seeded child's national id, names, family member's name, birth date, phone
//! number, hospital number and diagnosis codes: none may be found in plaintext. The scan is
//! shown to fail on a planted plaintext value.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fakes::Fault;
use runtime::app::App;
use runtime::config::Config;
use runtime::demo::{Fakes, W1, W2, config_for, start_fakes, webhook_for};
use runtime::secrets::MasterKey;
use runtime::store::{RunFilter, RunStatus, Store};
use serde_json::json;
use sqlx::{Column, Row};

const CASES: u64 = 8;

/// Distinctive values, so a hit is never a coincidence.
const FIRST: &str = "Zephyrinaqa";
const LAST: &str = "Quillfeatherby";
const RELATIVE: &str = "Malivanthore";
const BIRTH: &str = "2013-07-29";
const PHONE: &str = "0897654321";
const HN: &str = "773311559";
const DIAGNOSES: [&str; 2] = ["T74.1", "Y07.1"];

/// A log writer into a shared buffer (every line the process logs).
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The seeded values of case `i` (its national id as digits and as written on a card).
fn seeded(f: &Fakes, i: u64) -> Vec<String> {
    let cid = f.data.cid(i);
    let dashed = format!(
        "{}-{}-{}-{}-{}",
        &cid[..1],
        &cid[1..5],
        &cid[5..10],
        &cid[10..12],
        &cid[12..]
    );
    let mut v = vec![cid, dashed];
    v.extend(
        [FIRST, LAST, RELATIVE, BIRTH, PHONE, HN]
            .iter()
            .map(|s| (*s).to_owned()),
    );
    v.extend(DIAGNOSES.iter().map(|s| (*s).to_owned()));
    v
}

/// Case `i`'s child in both fakes with the distinctive values (Primero case, HIS person and
/// its visits' diagnoses), the case changed now so Workflow 1 reads it.
fn seed(f: &Fakes, i: u64) {
    let id = f.data.case_meta(i).id;
    let mut case = f.primero.case(&id).expect("case");
    case["name_first"] = json!(FIRST);
    case["name_last"] = json!(LAST);
    case["name"] = json!(format!("{FIRST} {LAST}"));
    case["date_of_birth"] = json!(BIRTH);
    case["telephone_current"] = json!(PHONE);
    case["national_id_no"] = json!(f.data.cid(i));
    case["family_details_section"] = json!([{
        "unique_id": "5a1f2c3e-7b4d-4e8f-9a0b-1c2d3e4f5a6b",
        "relation": "mother", "relation_name": RELATIVE, "relation_is_caregiver": true
    }]);
    case["last_updated_at"] = json!(chrono::Utc::now().to_rfc3339());
    f.primero.insert_case(case);

    // The visits first: a replaced person no longer has generated visits, stored ones stay.
    let cid = f.data.cid(i);
    let mut with_diagnosis = 0;
    for mut iv in f.moph.interventions(&cid) {
        if let Some(d) = iv.pointer_mut("/activities/diagnosis") {
            *d = json!([
                {"icd10": DIAGNOSES[0], "diag_name": "Physical abuse", "diagtype": "1"},
                {"icd10": DIAGNOSES[1], "diag_name": "By parent", "diagtype": "2"}
            ]);
            f.moph.insert_intervention(iv);
            with_diagnosis += 1;
        }
    }
    let mut person = f.moph.person(&cid).expect("person");
    person["fname"] = json!(FIRST);
    person["lname"] = json!(LAST);
    person["birthday"] = json!(BIRTH);
    person["hometel"] = json!(PHONE);
    person["hn"] = json!(HN);
    f.moph.insert_person(person, None);
    let visits = f.moph.interventions(&cid);
    assert!(
        with_diagnosis > 0
            && visits
                .iter()
                .any(|v| v.pointer("/activities/diagnosis/0/icd10") == Some(&json!(DIAGNOSES[0]))),
        "case {i}'s person has a visit with the seeded diagnoses: {visits:?}"
    );
}

/// Every place a seeded value is found in plaintext, as `place: value`.
struct Scan {
    findings: Vec<String>,
}

impl Scan {
    fn text(&mut self, place: &str, text: &str, values: &[String]) {
        for v in values {
            if text.contains(v.as_str()) {
                self.findings.push(format!("{place}: {v}"));
            }
        }
    }

    /// Every value of every table, and the raw bytes of the store's files.
    async fn store(&mut self, dir: &Path, values: &[String]) {
        let pool = sqlx::SqlitePool::connect(&format!(
            "sqlite://{}?mode=ro",
            dir.join("mapwright.db").display()
        ))
        .await
        .expect("store opens read-only");
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
                .fetch_all(&pool)
                .await
                .expect("tables");
        assert!(tables.len() > 10, "{tables:?}");
        for t in &tables {
            let rows = sqlx::query(&format!("SELECT * FROM \"{t}\""))
                .fetch_all(&pool)
                .await
                .expect("rows");
            for r in &rows {
                for c in r.columns() {
                    let i = c.ordinal();
                    let text = r
                        .try_get::<Option<String>, _>(i)
                        .ok()
                        .flatten()
                        .or_else(|| {
                            r.try_get::<Option<Vec<u8>>, _>(i)
                                .ok()
                                .flatten()
                                .map(|b| String::from_utf8_lossy(&b).into_owned())
                        })
                        .unwrap_or_default();
                    self.text(&format!("table {t}.{}", c.name()), &text, values);
                }
            }
        }
        pool.close().await;
        for f in ["mapwright.db", "mapwright.db-wal", "mapwright.db-shm"] {
            let bytes = std::fs::read(dir.join(f)).unwrap_or_default();
            for v in values {
                if bytes.windows(v.len()).any(|w| w == v.as_bytes()) {
                    self.findings.push(format!("file {f}: {v}"));
                }
            }
        }
    }
}

struct Setup {
    fakes: Fakes,
    app: App,
    dir: PathBuf,
    _tmp: tempfile::TempDir,
}

async fn setup() -> Setup {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    let fakes = start_fakes(11, CASES, None, None)
        .await
        .expect("fakes start");
    let base = Config {
        data_dir: Some(dir.clone()),
        mappings: Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../mappings/thailand"
        ))),
        ..Config::default()
    };
    let app = App::open(config_for(&base, &fakes))
        .await
        .expect("app")
        .with_key(MasterKey::random())
        .await
        .expect("key");
    Setup {
        fakes,
        app,
        dir,
        _tmp: tmp,
    }
}

/// In a process of its own: the log subscriber it installs is the process's (the store's
/// threads log too), and would capture every line the other tests of the binary log after it.
#[test]
fn no_seeded_personal_value_is_kept_in_plaintext_anywhere() {
    if crate::own_process::in_own_process(
        module_path!(),
        "no_seeded_personal_value_is_kept_in_plaintext_anywhere",
    ) {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(scan_everything());
    }
}

async fn scan_everything() {
    let logs = Captured::default();
    let writer = logs.clone();
    tracing_subscriber::fmt()
        .with_env_filter(
            "info,mapwright_engine=debug,mapwright_server=debug,adaptors=debug,fakes=off",
        )
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();
    let s = setup().await;
    let f = &s.fakes;
    let i = (0..CASES)
        .find(|&i| {
            f.data.national_id_variant(i).is_some()
                && f.data.person_exists(i)
                && f.moph
                    .interventions(&f.data.cid(i))
                    .iter()
                    .any(|iv| iv.pointer("/activities/diagnosis").is_some())
        })
        .expect("a case whose child is in HIS, with a diagnosed visit");
    seed(f, i);
    let values = seeded(f, i);

    // Workflow 1: Child Shield answers every intervention write with a 422 quoting it, then
    // a clean run delivers.
    f.moph
        .faults()
        .fail_next("POST /api/interventions", 1000, Fault::QuoteBody(422));
    f.moph
        .faults()
        .fail_next("PATCH /api/interventions/{id}", 1000, Fault::QuoteBody(422));
    let w1 = s.app.run(W1, None, None).await.expect("w1 runs");
    assert_eq!(w1.status, RunStatus::Failed, "{w1:?}");
    let quoted = f.moph.status_count("POST /api/interventions", 422)
        + f.moph.status_count("PATCH /api/interventions/{id}", 422);
    assert!(quoted > 0, "Child Shield quoted documents in 422s");
    f.moph.faults().clear();
    let w1 = s.app.run(W1, None, None).await.expect("w1 runs");
    assert_eq!(w1.status, RunStatus::Success, "{w1:?}");
    let d = s
        .app
        .store
        .run(w1.run_id)
        .await
        .expect("store")
        .expect("run");
    let id = f.data.case_meta(i).id;
    assert!(
        d.outcomes
            .iter()
            .any(|o| o.record == id && (o.outcome == "created" || o.outcome == "updated")),
        "the seeded child was delivered to Child Shield: {:?}",
        d.outcomes
    );

    // Workflow 2: Primero answers the upsert with a 422 quoting the case; a retry from
    // `upsert` (from the sealed output of `map`) delivers.
    f.primero
        .faults()
        .fail_next("PATCH /api/v2/cases/{id}", 1, Fault::QuoteBody(422));
    let w2 = s
        .app
        .run(W2, Some(webhook_for(f, i)), None)
        .await
        .expect("w2 runs");
    assert_eq!(w2.status, RunStatus::Failed, "{w2:?}");
    let d = s
        .app
        .store
        .run(w2.run_id)
        .await
        .expect("store")
        .expect("run");
    let reason = d.outcomes[0].reason.clone().unwrap_or_default();
    assert!(reason.contains("unprocessable"), "{reason}");
    assert_eq!(f.primero.status_count("PATCH /api/v2/cases/{id}", 422), 1);
    // The store has the child's data (sealed): what `map` read is kept for the retry.
    let kept = s.app.store.step_outputs(w2.run_id).await.expect("outputs");
    let person = kept
        .iter()
        .find(|o| o.step == "person")
        .expect("person kept");
    assert!(
        person
            .value
            .as_ref()
            .is_some_and(|v| v.to_string().contains(FIRST))
    );
    let unread: Vec<_> = kept
        .iter()
        .filter(|o| o.ok && o.step != "person" && o.step != "map")
        .collect();
    assert!(
        !unread.is_empty() && unread.iter().all(|o| o.value.is_none()),
        "outputs no later step reads are not kept: {unread:?}"
    );
    let again = s
        .app
        .retry(w2.run_id, Some("upsert".into()), None)
        .await
        .expect("retry runs");
    assert_eq!(again.status, RunStatus::Success, "{again:?}");
    let case = f.primero.case(&f.data.case_meta(i).id).expect("case");
    assert_eq!(
        case["name_first"], FIRST,
        "the retry wrote the child's data"
    );
    assert!(f.moph.faults().pending() == 0 && f.primero.faults().pending() == 0);

    let mut scan = Scan {
        findings: Vec::new(),
    };
    // The failure e-mails of the failed runs, as sent.
    let runs = s.app.store.runs(&RunFilter::default()).await.expect("runs");
    assert_eq!(runs.len(), 4);
    for r in runs.iter().filter(|r| r.status != "success") {
        let d = s.app.store.run(r.id).await.expect("store").expect("run");
        let (subject, body) = runtime::notify::compose(&d, "http://x/runs/1", 0);
        assert!(!d.outcomes.is_empty());
        scan.text(
            &format!("e-mail of run {}", r.id),
            &format!("{subject}\n{body}"),
            &values,
        );
    }
    let captured = String::from_utf8_lossy(&logs.0.lock().expect("logs")).into_owned();
    assert!(
        captured.lines().count() > 10,
        "logs were captured: {captured}"
    );
    scan.text("log", &captured, &values);
    scan.store(&s.dir, &values).await;
    println!(
        "PII scan: {} seeded values, {} log lines, store files of {} bytes: {} findings",
        values.len(),
        captured.lines().count(),
        ["mapwright.db", "mapwright.db-wal"]
            .iter()
            .filter_map(|f| std::fs::metadata(s.dir.join(f)).ok())
            .map(|m| m.len())
            .sum::<u64>(),
        scan.findings.len()
    );
    assert!(scan.findings.is_empty(), "{:#?}", scan.findings);

    // The scan can fail: a value planted in plaintext is found in a table and in the file.
    let planted = vec![format!("{FIRST}-planted")];
    let pool = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        s.dir.join("mapwright.db").display()
    ))
    .await
    .expect("store opens");
    sqlx::query("INSERT INTO log_lines (run_id, at, level, message) VALUES (1, 'x', 'info', ?)")
        .bind(&planted[0])
        .execute(&pool)
        .await
        .expect("planted");
    pool.close().await;
    let mut check = Scan {
        findings: Vec::new(),
    };
    check.store(&s.dir, &planted).await;
    assert!(
        check
            .findings
            .iter()
            .any(|f| f.starts_with("table log_lines"))
            && check.findings.iter().any(|f| f.starts_with("file ")),
        "{:?}",
        check.findings
    );
    let mut check = Scan {
        findings: Vec::new(),
    };
    check.text("log", &format!("{captured}\nrejected {FIRST}"), &values);
    assert_eq!(check.findings, vec![format!("log: {FIRST}")]);
}

/// The store's files are the operator's alone after the runs.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_folder_and_the_store_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let s = setup().await;
    let r = s.app.run(W1, None, None).await.expect("w1 runs");
    assert_eq!(r.status, RunStatus::Success, "{r:?}");
    let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
    assert_eq!(mode(&s.dir), 0o700);
    for f in ["mapwright.db", "mapwright.db-wal", "mapwright.db-shm"] {
        assert_eq!(mode(&s.dir.join(f)), 0o600, "{f}");
    }
}
