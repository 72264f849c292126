//! The importers on the real Thailand exports, when `../shared/fixtures/primero-thailand` is
//! present beside the repository root; says it skipped otherwise, except under `CI=true`, where a
//! missing shared folder is a failure. (The same rule as `fakes::shared`, which this pure crate
//! does not depend on.)

use std::path::Path;

use mapping_dsl::import::{
    FindingKind, FormsOptions, LookupsInput, import_primero_forms, import_primero_lookups,
};

fn read(name: &str) -> Option<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/fixtures/primero-thailand")
        .join(name);
    match std::fs::read_to_string(&p) {
        Ok(t) => Some(t),
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!(
                "{}: {e} (CI must have ../shared beside the repository)",
                p.display()
            )
        }
        Err(_) => {
            eprintln!("SKIPPED: {} is not present", p.display());
            None
        }
    }
}

#[test]
fn real_exports_import_with_sane_counts() {
    let (Some(forms), Some(lookups), Some(locations)) = (
        read("api_v2_forms.json"),
        read("api_v2_lookups.json"),
        read("locations_translations_lookup.json"),
    ) else {
        eprintln!("SKIPPED: real Primero exports not found; synthetic tests cover the importers");
        return;
    };
    let schema = match import_primero_forms(&forms, &FormsOptions::default()) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    let y = &schema.files[0].yaml;
    let fields = y
        .lines()
        .filter(|l| l.starts_with("  ") && !l.trim_start().starts_with('#') && l.contains(':'))
        .count();
    assert!(
        fields > 600,
        "expected the case forms' ~640 fields, got {fields}"
    );
    for line in [
        "  national_id_no: string?",
        "  protection_concerns: { type: multi_select, options: protection_concerns, nullable: true }",
        "  location_current: { type: select, options: locations, nullable: true }",
        "  physical_check_2:",
        "  if_out_of_school__specify_reason: { type: select, options: th_out_of_school_reasons_b5b103a, nullable: true }",
    ] {
        assert!(y.lines().any(|l| l == line), "missing {line:?}");
    }
    let conflicts = schema
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::ConflictingOptions)
        .count();
    assert!(
        conflicts >= 3,
        "status, relation_nationality, … have several sources; got {conflicts}"
    );

    let mut input = LookupsInput::new(&lookups);
    input.forms_json = Some(&forms);
    input.locations_json = Some(&locations);
    let sets = match import_primero_lookups(&input) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    assert!(
        sets.files.len() >= 142 + 30,
        "142 lookups plus inline sets, got {}",
        sets.files.len()
    );
    let loc = sets
        .files
        .iter()
        .find(|f| f.file_name == "locations.yaml")
        .map(|f| f.yaml.as_str())
        .unwrap_or("");
    assert_eq!(loc.lines().filter(|l| l.starts_with("  - {")).count(), 8442);
    assert!(loc.contains("code: TH100107,"));
    let country = sets
        .files
        .iter()
        .find(|f| f.file_name == "country.yaml")
        .map(|f| f.yaml.as_str())
        .unwrap_or("");
    assert_eq!(
        country.matches("th: \"\"").count(),
        62,
        "62 empty Thai labels in lookup-country"
    );
    assert!(
        sets.findings
            .iter()
            .any(|f| f.kind == FindingKind::EmptyLabel && f.message.contains("lookup-country"))
    );
    eprintln!(
        "real exports: {fields} schema lines, {} option sets, {} + {} findings",
        sets.files.len(),
        schema.findings.len(),
        sets.findings.len()
    );
}
