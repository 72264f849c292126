//! The forms importer on a small synthetic export in the real shape.

use mapping_dsl::import::{FindingKind, FormsOptions, ImportError, import_primero_forms};

const FORMS: &str = include_str!("../fixtures/import/forms.json");

fn import() -> mapping_dsl::import::Imported {
    match import_primero_forms(FORMS, &FormsOptions::default()) {
        Ok(i) => i,
        Err(e) => panic!("import failed: {e}"),
    }
}

#[test]
fn field_types_follow_the_form_definitions() {
    let imp = import();
    assert_eq!(imp.files.len(), 1);
    let y = &imp.files[0].yaml;
    for line in [
        "schema: primero_case",
        "coercion: lenient",
        "  id: string    # the record id (a system field, not in the forms export)",
        "  name_first: string?",
        "  notes_text: string?",
        "  sex: { type: select, options: gender, nullable: true }",
        "  date_of_birth: date?",
        "  registration_date: datetime?",
        "  age: number?",
        "  consent_for_services: bool?",
        "  location_current: { type: select, options: locations, nullable: true }",
        "  nationality: { type: multi_select, options: country, nullable: true }",
        "  closure_reason: { type: select, options: closure_reason, nullable: true }",
        "  family_status: { type: multi_select, options: th_family_status_77c0099, nullable: true }",
        "  service_implementing_agency: string?",
        "      relation: { type: select, options: family_relationship, nullable: true }",
        "      relation_is_alive: { type: select, options: relation_is_alive, nullable: true }",
    ] {
        assert!(
            y.lines().any(|l| l == line),
            "missing line {line:?} in:\n{y}"
        );
    }
    // The subform resolves to a list of objects with the nested form's fields.
    assert!(y.contains("  family_details_section:\n    type: list\n    nullable: true\n    fields:\n      relation:"), "{y}");
    // Incident forms are not part of the case schema; `status` appears once.
    assert_eq!(y.matches("\n  status:").count(), 1, "{y}");
    assert!(!y.contains("incident_status"));
}

#[test]
fn skipped_types_are_noted_and_reported() {
    let imp = import();
    let y = &imp.files[0].yaml;
    assert!(
        y.contains("# skipped identity_header: separator (no data)"),
        "{y}"
    );
    assert!(
        y.contains("# skipped photo: photo_upload_box (not imported)"),
        "{y}"
    );
    assert!(!y.lines().any(|l| l.trim_start().starts_with("photo:")));
    let kinds: Vec<FindingKind> = imp.findings.iter().map(|f| f.kind).collect();
    assert!(kinds.contains(&FindingKind::SkippedField));
    assert!(
        kinds.contains(&FindingKind::MissingSubform),
        "{:?}",
        imp.findings
    );
    assert!(kinds.contains(&FindingKind::UntypedSource));
    // A separator carries no data: noted in the YAML, not a finding.
    assert!(
        !imp.findings
            .iter()
            .any(|f| f.message.contains("identity_header"))
    );
}

#[test]
fn conflicting_option_sources_are_findings_not_resolved_silently() {
    let imp = import();
    let conflicts: Vec<&str> = imp
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::ConflictingOptions)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(conflicts.len(), 2, "{conflicts:?}");
    assert!(
        conflicts
            .iter()
            .any(|m| m.contains("`status`") && m.contains("lookup-incident-status"))
    );
    assert!(
        conflicts
            .iter()
            .any(|m| m.contains("`relation_nationality`") && m.contains("lookup-nationality"))
    );
    let y = &imp.files[0].yaml;
    let finding_line = y
        .lines()
        .position(|l| l.contains("FINDING") && l.contains("lookup-incident-status"));
    let status_line = y.lines().position(|l| l.starts_with("  status:"));
    assert_eq!(
        finding_line.map(|i| i + 1),
        status_line,
        "the FINDING comment sits right above the field:\n{y}"
    );
}

#[test]
fn other_record_types_and_names() {
    let opts = FormsOptions {
        record_type: "incident".into(),
        schema_name: "primero_incident".into(),
        narrow: None,
    };
    let imp = import_primero_forms(FORMS, &opts).map_err(|e| e.to_string());
    let Ok(imp) = imp else { panic!("{imp:?}") };
    let y = &imp.files[0].yaml;
    assert!(y.contains("schema: primero_incident"));
    assert!(
        y.contains("  status: { type: select, options: incident_status, nullable: true }"),
        "{y}"
    );
    assert!(!y.contains("name_first"));
    assert_eq!(imp.files[0].file_name, "primero_incident.yaml");
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    assert!(matches!(
        import_primero_forms("{not json", &FormsOptions::default()),
        Err(ImportError::Json { .. })
    ));
    assert!(matches!(
        import_primero_forms("{\"data\": 3}", &FormsOptions::default()),
        Err(ImportError::Shape { .. })
    ));
    let none = FormsOptions {
        record_type: "nothing".into(),
        schema_name: "x".into(),
        narrow: None,
    };
    assert!(matches!(
        import_primero_forms(FORMS, &none),
        Err(ImportError::Shape { .. })
    ));
    // A bare list works like the envelope; fields of odd shapes are skipped, never panic.
    let odd = r#"[{"id": 1, "unique_id": "f", "parent_form": "case", "fields": [{"name": 3}, {"type": "text_field"}, {"name": "ok", "type": "text_field"}, {"name": "s", "type": "subform", "subform_section_id": 1}]}]"#;
    let imp = import_primero_forms(odd, &FormsOptions::default()).map_err(|e| e.to_string());
    let Ok(imp) = imp else { panic!("{imp:?}") };
    assert!(imp.files[0].yaml.contains("  ok: string?"));
    assert!(
        imp.findings
            .iter()
            .any(|f| f.kind == FindingKind::MissingSubform),
        "self-nesting subform is reported"
    );
}

#[test]
fn snapshot() {
    insta::assert_snapshot!(import().files[0].yaml);
}
