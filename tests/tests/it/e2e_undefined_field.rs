//! A write to a field Primero does not define fails, in both places it can be caught: `check`
//! rejects it when the target schema lacks the field (E307), and when the schema declares a
//! field the Primero forms do not have, the validating fake answers 422 and the run names it.

use mapwright_tests::copy_dir;
use std::path::{Path, PathBuf};

use mapping_dsl::source::SourceFile;
use runtime::app::App;
use runtime::config::Config;
use runtime::demo::{config_for, start_fakes, webhook_for};
use runtime::store::{RunStatus, Store};

use crate::e2e_support::{W2, mappings};

const FIELD: &str = "sync_note_no_form_defines";

/// The Thailand mappings with W2 also writing [`FIELD`]; with `declare`, the target schema
/// declares it too.
fn mappings_writing_an_undefined_field(dir: &Path, declare: bool) -> PathBuf {
    let root = dir.join("thailand");
    copy_dir(&mappings(), &root);
    let transform = root.join("transforms/w2_his_to_primero.yaml");
    let text = std::fs::read_to_string(&transform).expect("w2 transform");
    let anchor = "  mark_synced_status: { const: synced }\n";
    assert!(
        text.contains(anchor),
        "the W2 transform writes mark_synced_status"
    );
    let text = text.replacen(
        anchor,
        &format!("{anchor}  {FIELD}: {{ const: \"written by a test\" }}\n"),
        1,
    );
    std::fs::write(&transform, text).expect("write transform");
    if declare {
        let schema = root.join("schemas/primero_case_update.yaml");
        let text = std::fs::read_to_string(&schema).expect("schema");
        let text = text.replacen("fields:\n", &format!("fields:\n  {FIELD}: string?\n"), 1);
        std::fs::write(&schema, text).expect("write schema");
    }
    root
}

fn thailand_files(root: &Path) -> Vec<SourceFile> {
    spec_files::source_files("thailand", root).expect("the copied specs are readable")
}

#[test]
fn check_rejects_a_write_to_a_field_the_target_schema_lacks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = mappings_writing_an_undefined_field(dir.path(), false);
    let checked = mapping_dsl::check_deployment("thailand", thailand_files(&root));
    let e307: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "E307")
        .collect();
    assert_eq!(e307.len(), 1, "{:?}", checked.diagnostics);
    assert!(
        e307[0].message.contains(FIELD) || e307[0].notes.iter().any(|n| n.contains(FIELD)),
        "{:?}",
        e307[0]
    );
    // Declared in the schema, the write checks clean: only Primero can tell now.
    let root = mappings_writing_an_undefined_field(&dir.path().join("declared"), true);
    let checked = mapping_dsl::check_deployment("thailand", thailand_files(&root));
    assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_validating_fake_fails_the_run_with_a_422_naming_the_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = mappings_writing_an_undefined_field(dir.path(), true);
    let fakes = start_fakes(7, 40, None, None).await.expect("fakes start");
    let base = Config {
        data_dir: Some(dir.path().join("data")),
        mappings: Some(root),
        ..Config::default()
    };
    let app = App::open(config_for(&base, &fakes)).await.expect("app");
    let i = (0..40)
        .find(|&i| fakes.data.national_id_variant(i).is_some() && fakes.data.person_exists(i))
        .expect("a case whose person is in HIS");
    let id = fakes.data.case_meta(i).id;
    let before = fakes.primero.case(&id);
    let r = app
        .run(W2, Some(webhook_for(&fakes, i)), None)
        .await
        .expect("run starts");
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1), "{r:?}");
    let detail = app.store.run(r.run_id).await.expect("store").expect("run");
    let failed = detail
        .outcomes
        .iter()
        .find(|o| o.outcome == "failed")
        .expect("a failed outcome");
    let reason = failed.reason.clone().unwrap_or_default();
    assert!(
        reason.contains("422") || reason.contains("unprocessable"),
        "the run names the 422: {reason}"
    );
    assert!(
        reason.contains(&format!("/{FIELD}")),
        "and the field: {reason}"
    );
    assert_eq!(
        fakes.primero.status_count("PATCH /api/v2/cases/{id}", 422),
        1,
        "the upsert was answered 422"
    );
    let after = fakes.primero.case(&id).unwrap_or_default();
    assert!(after.get(FIELD).is_none(), "nothing of it stored");
    assert_eq!(
        after.get("name_first"),
        before.as_ref().and_then(|b| b.get("name_first")),
        "the case is unchanged"
    );
    assert_eq!(
        fakes
            .primero
            .sync_log(&id)
            .last()
            .map(|s| s.status.as_str()),
        Some("failed"),
        "the failure is written back as the sync status"
    );
}
