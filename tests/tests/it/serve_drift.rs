//! The drift check as a scheduled workflow step: a `drift.check` step reads the fake Primero's
//! forms, lookups and locations live, finds the label Primero changed, and the run ends failed,
//! so the failure e-mail (sent to a real loopback SMTP server) tells the admins what changed,
//! at its file and line. With nothing changed, the run succeeds and no e-mail is sent.

use mapwright_tests::copy_dir;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use crate::serve_support::smtp;
use crate::serve_support::*;

const WORKFLOW: &str = "example_drift_daily";

const DRIFT_YAML: &str = "# The daily drift check (see mappings/README.md).\nworkflow: example_drift_daily\ndescription: Compare the mappings with Primero every morning\ntrigger:\n  cron: \"0 6 * * *\"\n  timezone: Asia/Bangkok\nendpoints: [primero]\nsteps:\n  - id: check\n    op: drift.check\n";

/// A copy of the example deployment with the drift workflow.
fn deployment(tmp: &Path) -> PathBuf {
    let dep = tmp.join("example");
    copy_dir(
        &PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../mappings/example")),
        &dep,
    );
    std::fs::create_dir_all(dep.join("workflows")).unwrap();
    std::fs::write(dep.join("workflows/drift_daily.yaml"), DRIFT_YAML).unwrap();
    dep
}

/// The example's lookups as Primero would serve them; `male_th` is the Thai label of `male`.
fn lookups(male_th: &str) -> Vec<Value> {
    let v = |id: &str, en: &str, th: &str| json!({"id": id, "display_text": {"en": en, "th": th}});
    vec![
        json!({"unique_id": "lookup-gender", "name": {"en": "Gender"}, "values": [
            v("male", "Male", male_th), v("female", "Female", "ผู้หญิง"), v("other", "Other", "อื่น ๆ")
        ]}),
        json!({"unique_id": "lookup-protection-concerns", "name": {"en": "Concerns"}, "values": [
            v("abuse", "Abuse", "การทารุณกรรม"), v("neglect", "Neglect", "การละเลย"),
            v("trafficked", "Trafficked", "การค้ามนุษย์")
        ]}),
    ]
}

/// The message's text: its body decoded from quoted-printable or base64 (lettre picks one for
/// non-ASCII text), after the headers.
fn body_text(data: &str) -> String {
    let data = data.replace("\r\n", "\n");
    let (head, body) = data.split_once("\n\n").unwrap_or((&data, ""));
    let decoded = if head.contains("Content-Transfer-Encoding: base64") {
        base64(&body.replace(['\n', ' '], ""))
    } else if head.contains("Content-Transfer-Encoding: quoted-printable") {
        quoted_printable(&body.replace("=\n", ""))
    } else {
        body.as_bytes().to_vec()
    };
    format!("{head}\n\n{}", String::from_utf8_lossy(&decoded))
}

fn quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'='
            && let Some(h) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(h);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

fn base64(s: &str) -> Vec<u8> {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|c| *c != b'=') {
        let Some(v) = A.iter().position(|a| *a == c) else {
            continue;
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// A case form holding the example schema's fields.
fn forms() -> Vec<Value> {
    let f = |name: &str, ty: &str| json!({"name": name, "type": ty});
    let select = |name: &str, lookup: &str| json!({"name": name, "type": "select_box", "option_strings_source": format!("lookup {lookup}")});
    vec![
        json!({"id": 1, "unique_id": "basic", "parent_form": "case", "is_nested": false, "fields": [
            f("name_first", "text_field"), f("name_last", "text_field"), f("age", "numeric_field"),
            select("sex", "lookup-gender"), f("national_id_no", "text_field"),
            select("protection_concerns", "lookup-protection-concerns"),
            {"name": "family_details_section", "type": "subform", "subform_section_id": 2}
        ]}),
        json!({"id": 2, "unique_id": "family", "parent_form": "case", "is_nested": true, "fields": [
            f("relation_name", "text_field"), select("relation_sex", "lookup-gender"),
            f("source_of_information", "text_field")
        ]}),
    ]
}

async fn run_now(admin: &Session) -> i64 {
    let r = admin.post(&format!("/workflows/{WORKFLOW}/run"), &[]).await;
    assert_eq!(r.status(), 303);
    redirected_run(&r)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drift_check_step_emails_the_admins_what_changed() {
    let mut sink = smtp::start().await;
    let to_sink = sink.settings();
    let tmp = tempfile::tempdir().unwrap();
    let dep = deployment(tmp.path());
    let s = serve_with(|cfg, settings| {
        cfg.mappings = Some(dep.clone());
        cfg.notify.admins = vec!["ops@example.org".into()];
        settings.smtp = Some(to_sink);
    })
    .await;
    // Primero as the mappings know it (the locations play no part here).
    s.fakes.primero.set_forms(forms());
    s.fakes.primero.set_locations(Vec::new());
    s.fakes.primero.set_lookups(lookups("ผู้ชาย"));
    let admin = login(&s.base, "admin", &s.admin_password).await;

    let run = run_now(&admin).await;
    let detail = admin.wait_run(run).await;
    assert_eq!(detail["run"]["status"], "success", "{detail:#}");
    assert!(
        tokio::time::timeout(Duration::from_millis(1500), sink.mails.recv())
            .await
            .is_err(),
        "no drift, no e-mail"
    );
    assert!(
        s.fakes.primero.requests("GET /api/v2/lookups") >= 1,
        "the lookups were read live"
    );

    // Primero relabels `male` in Thai.
    s.fakes.primero.set_lookups(lookups("ชาย"));
    let run = run_now(&admin).await;
    let detail = admin.wait_run(run).await;
    assert_eq!(detail["run"]["status"], "failed", "{detail:#}");
    let mail = tokio::time::timeout(Duration::from_secs(20), sink.mails.recv())
        .await
        .expect("an e-mail within 20 s")
        .expect("mail");
    assert_eq!(mail.to, vec!["ops@example.org".to_owned()]);
    let text = body_text(&mail.data);
    assert!(
        text.contains(&format!("[mapwright] {WORKFLOW} run #{run} failed")),
        "{text}"
    );
    assert!(text.contains("drift: 1 finding(s)"), "{text}");
    assert!(
        text.contains("example/option-sets/gender.yaml:4: option set `gender`, code `male`"),
        "{text}"
    );
    // The YAML itself is left for the analyst (`mapwright drift --write`).
    assert!(
        std::fs::read_to_string(dep.join("option-sets/gender.yaml"))
            .unwrap()
            .contains("th: ผู้หญิง")
    );
    s.shutdown().await;
}
