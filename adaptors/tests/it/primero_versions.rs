//! The Primero adaptor against each Primero release the fake can be (reference §1.1, §2.2,
//! §5.4): paging with and without the `per` cap, token login where it exists and the Basic-auth
//! advice where it does not, and record validation (option codes from 2.15 on).

use std::collections::HashSet;

use adaptors::Error;
use adaptors::primero::Client;
use fakes::primero::PrimeroVersion;
use fakes::{DataGen, FakePrimero};
use serde_json::json;

const CASES: u64 = 1500;
const VERSIONS: [&str; 5] = ["2.10.2", "2.10.7", "2.11.0", "2.15.0", "2.16.0"];

/// Asks for more than any cap: the adaptor clamps its own page size to 1000.
fn client(p: &FakePrimero, token: bool) -> Client {
    crate::support::primero_client(p, token, 5000)
}

async fn fake(version: PrimeroVersion) -> FakePrimero {
    FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: CASES,
        seed: 4,
        ..fakes::PrimeroConfig::for_version(version)
    })
    .await
    .expect("fake starts")
}

#[tokio::test]
async fn the_adaptor_works_with_every_release() {
    for v in VERSIONS {
        let version: PrimeroVersion = v.parse().expect("version");
        let p = fake(version).await;
        let basic = client(&p, false);

        // Paging: the adaptor asks for at most 1000 (it clamps its own `per_page`), which every
        // release serves in full; two pages, never a lost case.
        let mut pages = basic.cases_since(None);
        let (mut ids, mut sizes) = (HashSet::new(), Vec::new());
        while let Some(page) = pages.next_page().await.expect("page") {
            sizes.push(page.cases.len());
            ids.extend(
                page.cases
                    .iter()
                    .filter_map(|c| c["id"].as_str().map(str::to_owned)),
            );
        }
        assert_eq!(ids.len() as u64, CASES, "{v}: every case read");
        assert_eq!(sizes, [1000, 500], "{v}");

        // Login: a token up to 2.10; from 2.11 the adaptor says to use Basic auth.
        let token = client(&p, true).login().await;
        if version < PrimeroVersion::SESSIONS {
            token.unwrap_or_else(|e| panic!("{v}: token login: {e}"));
        } else {
            let err = token.err().map(|e| e.to_string()).unwrap_or_default();
            assert!(err.contains("Basic"), "{v}: {err}");
        }

        // Validation: an undefined field is a 422 everywhere; a bad option code from 2.15.
        let id = DataGen::new(4).case_meta(3).id;
        match basic.update_case(&id, &json!({"no_such_field": 1})).await {
            Err(Error::Unprocessable { errors, .. }) => {
                assert_eq!(errors[0]["detail"], json!(["/no_such_field"]), "{v}")
            }
            other => panic!("{v}: expected 422, got {other:?}"),
        }
        let bad_code = basic.update_case(&id, &json!({"sex": "robot"})).await;
        if version < PrimeroVersion::OPTION_ENUMS {
            bad_code.unwrap_or_else(|e| panic!("{v}: stored silently before 2.15: {e}"));
        } else {
            assert!(
                matches!(bad_code, Err(Error::Unprocessable { .. })),
                "{v}: {bad_code:?}"
            );
        }
        basic
            .update_case(&id, &json!({"sex": "female"}))
            .await
            .unwrap_or_else(|e| panic!("{v}: a good update: {e}"));
    }
}
