//! The lookups importer on small synthetic exports in the real shapes.

use mapping_dsl::import::{FindingKind, Imported, LookupsInput, import_primero_lookups};

const LOOKUPS: &str = include_str!("../fixtures/import/lookups.json");
const FORMS: &str = include_str!("../fixtures/import/forms.json");
const LOCATIONS: &str = include_str!("../fixtures/import/locations.json");

fn import_all() -> Imported {
    let mut input = LookupsInput::new(LOOKUPS);
    input.forms_json = Some(FORMS);
    input.locations_json = Some(LOCATIONS);
    match import_primero_lookups(&input) {
        Ok(i) => i,
        Err(e) => panic!("import failed: {e}"),
    }
}

fn file<'a>(imp: &'a Imported, name: &str) -> &'a str {
    match imp.files.iter().find(|f| f.file_name == name) {
        Some(f) => &f.yaml,
        None => panic!(
            "no {name} among {:?}",
            imp.files.iter().map(|f| &f.file_name).collect::<Vec<_>>()
        ),
    }
}

#[test]
fn one_file_per_lookup_inline_field_and_locations() {
    let imp = import_all();
    let mut names: Vec<&str> = imp.files.iter().map(|f| f.file_name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "case_status.yaml",
            "closure_reason.yaml",
            "country.yaml",
            "empty.yaml",
            "gender.yaml",
            "locations.yaml",
            "relation_is_alive.yaml",
            "yes_no.yaml"
        ]
    );
}

#[test]
fn labels_in_en_and_th_with_empty_ones_kept() {
    let imp = import_all();
    let g = file(&imp, "gender.yaml");
    assert!(
        g.contains("option_set: gender\nsource: lookup-gender\noptions:\n"),
        "{g}"
    );
    assert!(g.contains("  - { code: male, en: Male, th: ชาย }\n"), "{g}");
    assert!(g.contains("  - { code: other, en: Other, th: \"\" }    # FINDING: empty th label; disabled in Primero\n"), "{g}");
    let c = file(&imp, "country.yaml");
    assert!(
        c.contains("  - { code: lisu_47521dd, en: Lisu, th: \"\" }    # FINDING: empty th label\n"),
        "{c}"
    );
    assert!(
        c.contains("  - { code: akha_77e13cf, en: Akha }    # FINDING: no th label\n"),
        "{c}"
    );
    assert_eq!(
        c.matches("code: thailand").count(),
        1,
        "duplicate codes keep the first"
    );
    let yn = file(&imp, "yes_no.yaml");
    assert!(
        yn.contains("  - { code: \"true\", en: \"Yes\", th: ใช่ }\n"),
        "boolean-like codes stay strings: {yn}"
    );
    assert!(file(&imp, "empty.yaml").contains("options: []\n"));
}

#[test]
fn inline_options_are_named_after_the_field() {
    let imp = import_all();
    let cr = file(&imp, "closure_reason.yaml");
    assert!(
        cr.contains(
            "option_set: closure_reason\nsource: field closure_reason (form closure_form)\n"
        ),
        "{cr}"
    );
    assert!(
        cr.contains("  - { code: completed, en: Case plan completed, th: ดำเนินการตามแผนแล้ว }\n"),
        "{cr}"
    );
    let ra = file(&imp, "relation_is_alive.yaml");
    assert!(
        ra.contains("  - { code: dead, en: Dead }    # FINDING: no th label\n"),
        "{ra}"
    );
}

#[test]
fn locations_are_code_to_full_path() {
    let imp = import_all();
    let l = file(&imp, "locations.yaml");
    assert!(l.contains("option_set: locations\n"));
    assert!(l.contains("  - { code: TH1001, en: Thailand:Bangkok:Phra Nakhon, th: ประเทศไทย:กรุงเทพมหานคร:เขตพระนคร }\n"), "{l}");
}

#[test]
fn findings_name_sets_and_codes() {
    let imp = import_all();
    let by = |k: FindingKind| {
        imp.findings
            .iter()
            .filter(|f| f.kind == k)
            .map(|f| f.message.clone())
            .collect::<Vec<_>>()
    };
    let empty = by(FindingKind::EmptyLabel);
    assert_eq!(empty.len(), 3, "{empty:?}");
    assert!(
        empty
            .iter()
            .any(|m| m.contains("lookup-country") && m.contains("lisu_47521dd"))
    );
    assert!(
        empty
            .iter()
            .any(|m| m.contains("closure_reason") && m.contains("other"))
    );
    let missing = by(FindingKind::MissingLabel);
    assert!(missing.iter().any(|m| m.contains("akha_77e13cf")));
    assert!(
        missing
            .iter()
            .any(|m| m.contains("relation_is_alive") && m.contains("dead"))
    );
    assert_eq!(by(FindingKind::DuplicateCode).len(), 1);
    let absent = by(FindingKind::MissingLookup);
    assert!(
        absent
            .iter()
            .any(|m| m.contains("lookup-th-family-status-77c0099") && m.contains("family_status")),
        "{absent:?}"
    );
}

#[test]
fn lookups_alone_and_language_choice() {
    let mut input = LookupsInput::new(LOOKUPS);
    input.langs = vec!["th".into()];
    let imp = match import_primero_lookups(&input) {
        Ok(i) => i,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(imp.files.len(), 5);
    assert!(file(&imp, "gender.yaml").contains("  - { code: male, th: ชาย }\n"));
    assert!(import_primero_lookups(&LookupsInput::new("[1,")).is_err());
}

#[test]
fn snapshot_gender() {
    insta::assert_snapshot!(file(&import_all(), "gender.yaml"));
}
