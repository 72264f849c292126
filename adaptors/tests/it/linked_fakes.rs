//! `fakes::seed` links the two systems: every case's national id (in any of
//! its stored variants) finds its HIS person, except people HIS lacks.

use adaptors::Error;
use adaptors::moph::{Cid, Client as Moph, MophConfig};
use adaptors::primero::{Client as Primero, PrimeroAuth, PrimeroConfig};
use fakes::DataGen;

#[tokio::test]
async fn every_case_resolves_to_its_person_or_not_found() {
    let (primero, moph) = fakes::seed(77, 60).await.expect("fakes start");
    let p = Primero::new(PrimeroConfig::new(
        primero.url(),
        PrimeroAuth::Basic {
            username: fakes::primero::DEFAULT_USER.into(),
            password: fakes::primero::DEFAULT_PASSWORD.into(),
        },
    ))
    .expect("config");
    let m = Moph::new(MophConfig::new(
        moph.url(),
        fakes::moph::DEFAULT_EMAIL,
        fakes::moph::DEFAULT_PASSWORD,
    ))
    .expect("config");
    let g = DataGen::new(77);
    let mut pages = p.cases_since(None);
    let (mut found, mut missing_in_his, mut without_id) = (0, 0, 0);
    while let Some(page) = pages.next_page().await.expect("page") {
        for case in page.cases {
            let Some(nid) = case.get("national_id_no") else {
                without_id += 1;
                continue;
            };
            let cid = Cid::from_value(nid).expect("generated ids normalise");
            let idx = g.index_of_cid(cid.as_str()).expect("a generated cid");
            match m.person_with_history(&cid).await {
                Ok(person) => {
                    assert!(g.person_exists(idx));
                    assert_eq!(person["cid"].as_str(), Some(cid.as_str()));
                    found += 1;
                }
                Err(Error::NotFound { .. }) => {
                    assert!(!g.person_exists(idx));
                    missing_in_his += 1;
                }
                Err(e) => panic!("unexpected error: {e}"),
            }
        }
    }
    assert_eq!(found + missing_in_his + without_id, 60);
    assert!(found > 40, "{found}");
}
