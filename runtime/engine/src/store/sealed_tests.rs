//! Personal data at rest: what the store keeps of inputs, step outputs and outcome reasons is
//! sealed (no plaintext in the database file or its WAL), found again by national id however
//! it was written, readable after a key rotation, and the files are the operator's alone.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde_json::json;

use super::history::HistoryQuery;
use super::testing::{TestDb, on_both};
use super::{NewOutcome, NewRun, Outcome, Scrubber, SqliteStore, Store, vault};
use crate::secrets::MasterKey;

const NAME: &str = "Zephyrina";
const NID: &str = "1103700012345";

/// On SQLite every byte of the store's files (the database, its WAL and shared memory); on
/// PostgreSQL every row of every table, as text. The store is closed.
async fn raw(db: &TestDb, s: &SqliteStore) -> Vec<u8> {
    let mut out = Vec::new();
    if db.is_postgres() {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema()",
        )
        .fetch_all(&s.pool)
        .await
        .unwrap();
        assert!(tables.len() > 10, "{tables:?}");
        for t in tables {
            let rows: Vec<String> =
                sqlx::query_scalar(&format!("SELECT CAST(t AS TEXT) FROM \"{t}\" t"))
                    .fetch_all(&s.pool)
                    .await
                    .unwrap();
            out.extend(rows.into_iter().flat_map(String::into_bytes));
        }
    }
    s.pool.close().await;
    let dir = db.dir.path();
    for f in ["", "-wal", "-shm"] {
        out.extend(std::fs::read(dir.join(format!("mapwright.db{f}"))).unwrap_or_default());
    }
    out
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// A run with an input, a kept step output and a failed outcome naming the child.
async fn one_run(s: &SqliteStore, input: serde_json::Value) -> i64 {
    let id = s.save_input("w", &input).await.unwrap();
    let run = s
        .create_run(NewRun {
            workflow: "w",
            trigger: "webhook",
            input_id: Some(id),
            retry_of: None,
        })
        .await
        .unwrap();
    let out = Scrubber::default().step_output("person", true, &json!({"fname": NAME}));
    s.save_step_output(run, out).await.unwrap();
    let reason = Scrubber::default().scrub(&format!("rejected {NAME}"));
    s.record_outcomes(
        run,
        vec![NewOutcome {
            record: "case-1".into(),
            outcome: Outcome::Failed,
            step: Some("up".into()),
            reason: Some(reason),
        }],
    )
    .await
    .unwrap();
    run
}

async fn search(s: &SqliteStore, q: &str) -> Vec<i64> {
    let q = HistoryQuery {
        q: Some(q.into()),
        ..HistoryQuery::default()
    };
    s.history_page(&q)
        .await
        .unwrap()
        .0
        .iter()
        .map(|r| r.id)
        .collect()
}

on_both!(
    async fn inputs_outputs_and_reasons_are_sealed_and_still_found_by_national_id(db: &TestDb) {
        let dir = db.dir.path();
        let s = db.open().await;
        s.use_keys(&MasterKey::random(), &[]);
        let dashed = one_run(
            &s,
            json!({"data": {"national_id_no": "1-1037-00012-34-5", "name": NAME}}),
        )
        .await;
        let number = one_run(&s, json!({"data": {"cid": 1_103_700_012_345u64}})).await;
        let other = one_run(&s, json!({"data": {"national_id_no": "3100600000001"}})).await;

        // Read back whole.
        let input = s.input(1).await.unwrap().unwrap();
        assert_eq!(input["data"]["name"], NAME);
        let outs = s.step_outputs(dashed).await.unwrap();
        assert_eq!(outs[0].value, Some(json!({"fname": NAME})));
        let d = s.run(dashed).await.unwrap().unwrap();
        assert_eq!(d.outcomes[0].reason.as_deref(), Some("rejected Zephyrina"));

        // Found by national id however written, and by record id.
        for q in [NID, "1-1037-00012-34-5", " 1 1037 00012 34 5 "] {
            assert_eq!(search(&s, q).await, vec![number, dashed], "{q}");
        }
        assert_eq!(search(&s, "case-1").await, vec![other, number, dashed]);
        assert!(search(&s, "1103700012346").await.is_empty());

        // Nothing in plaintext in any byte of the files (the WAL included), or any row.
        let bytes = raw(db, &s).await;
        for v in [NAME, NID, "1037-00012", "1103700012345"] {
            assert!(!contains(&bytes, v), "{v} in the store's files");
        }
        // The scan can fail: a planted plaintext value is found.
        assert!(contains(&bytes, "case-1"), "record keys are kept as is");

        assert_eq!(mode(dir), 0o700);
        for f in ["mapwright.db", "mapwright.db-wal", "mapwright.db-shm"] {
            if dir.join(f).exists() {
                assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
            }
        }
    }
);

on_both!(
    async fn without_a_master_key_the_local_key_seals_and_a_master_key_reads_it_later(db: &TestDb) {
        let dir = db.dir.path();
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let s = db.open().await;
        assert!(
            !dir.join(vault::LOCAL_KEY_FILE).exists(),
            "created on first use only"
        );
        let run = one_run(&s, json!({"data": {"name": NAME}})).await;
        let key_file = dir.join(vault::LOCAL_KEY_FILE);
        assert_eq!((mode(dir), mode(&key_file)), (0o700, 0o600));
        s.pool.close().await;
        let s = db.open().await;
        s.use_keys(&MasterKey::random(), &[]);
        assert_eq!(
            s.step_outputs(run).await.unwrap()[0].value,
            Some(json!({"fname": NAME}))
        );
    }
);

on_both!(
    async fn a_rotation_reseals_everything_under_the_new_key(db: &TestDb) {
        let (old, new) = (MasterKey::random(), MasterKey::random());
        let s = db.open().await;
        s.check_key(&old).await.unwrap();
        s.use_keys(&old, &[]);
        let mut fields = std::collections::BTreeMap::new();
        fields.insert("password".to_owned(), "pw-1".to_owned());
        s.put_credential(&old, "primero", "ann", "prod", &fields)
            .await
            .unwrap();
        let run = one_run(&s, json!({"data": {"national_id_no": NID, "name": NAME}})).await;
        // A row an older version kept in plaintext.
        s.q("INSERT INTO trigger_inputs (workflow, received_at, body) VALUES ('w', 'x', ?)")
            .bind(json!({"cid": "3100600000001", "name": NAME}).to_string())
            .execute(&s.pool)
            .await
            .unwrap();

        // The new key alone cannot open the old blobs; with the old one as previous it can.
        s.use_keys(&new, &[]);
        assert!(s.step_outputs(run).await.is_err());
        let d = s.run(run).await.unwrap().unwrap();
        assert_eq!(d.outcomes[0].reason.as_deref(), Some(vault::SEALED_TEXT));
        s.use_keys(&new, std::slice::from_ref(&old));
        assert!(s.step_outputs(run).await.is_ok());
        assert_eq!(
            search(&s, NID).await,
            vec![run],
            "old index hashes still match"
        );

        let done = s.rotate_keys(Some(&old), &new).await.unwrap();
        assert_eq!(
            (done.inputs, done.outputs, done.reasons, done.credentials),
            (2, 1, 1, 1)
        );
        // Now the new key alone reads everything, finds the runs, and opens the credentials.
        s.use_keys(&new, &[]);
        assert_eq!(
            s.step_outputs(run).await.unwrap()[0].value,
            Some(json!({"fname": NAME}))
        );
        assert_eq!(s.input(2).await.unwrap().unwrap()["name"], NAME);
        assert_eq!(search(&s, NID).await, vec![run]);
        s.check_key(&new).await.unwrap();
        assert!(s.check_key(&old).await.is_err());
        assert_eq!(
            s.decrypted_credentials(&new).await.unwrap()["primero"],
            fields
        );
        assert_eq!(
            s.rotate_keys(None, &new).await.unwrap().inputs,
            0,
            "idempotent"
        );
        let bytes = raw(db, &s).await;
        for v in [NAME, "3100600000001"] {
            assert!(!contains(&bytes, v), "{v} left in the store's files");
        }
    }
);
