//! The editor schemas: `mappings/json-schema/` is what `mapwright schema json` writes now (like
//! generated code), every spec file under `mappings/` ends with the modeline of its kind and
//! validates against that schema with a JSON Schema validator, and broken files do not.

use std::path::{Path, PathBuf};

use mapping_dsl::source::FileId;
use mapping_dsl::spec::json_schema::modeline;
use serde_json::Value;

use crate::support::mapwright_in;

fn mappings() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings")
}

/// Every spec file of every deployment, as `spec_files`' walk finds them.
fn spec_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for (_, dir) in spec_files::deployments(&mappings()).unwrap() {
        out.extend(
            spec_files::walk_deployment(&dir)
                .unwrap()
                .into_iter()
                .map(|s| s.path),
        );
    }
    out.sort();
    assert!(out.len() > 100, "the mappings were found");
    out
}

fn schema(kind: &str) -> Value {
    let path = mappings().join(format!("json-schema/{kind}.schema.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// The errors of validating `yaml` (a file of `kind`) against the checked-in schema.
fn errors(kind: &str, yaml: &str) -> Vec<String> {
    let value: Value = mapping_dsl::yaml::load_yaml(FileId::default(), yaml)
        .unwrap_or_else(|d| panic!("not YAML: {}", d.message));
    let validator = jsonschema::validator_for(&schema(kind)).expect("a valid schema");
    validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn the_checked_in_schemas_are_fresh() {
    let (code, out, err) = mapwright_in(
        &mappings().join(".."),
        &["schema", "json", "--check", "-o", "mappings/json-schema"],
    );
    assert_eq!(code, 0, "run `mapwright schema json`: {out}{err}");
    for (name, text) in mapwright::cli::json_schema::render() {
        let on_disk = std::fs::read_to_string(mappings().join("json-schema").join(&name)).unwrap();
        assert!(
            on_disk == text,
            "{name} is stale: run `mapwright schema json`"
        );
    }
}

#[test]
fn every_spec_file_has_its_modeline_and_validates() {
    let mut failures = Vec::new();
    for path in spec_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let kind = mapping_dsl::spec::kind_of(&text).expect("a kind");
        let name = path.display().to_string();
        if !text.ends_with(&modeline(kind)) {
            failures.push(format!(
                "{name}: does not end with `{}`",
                modeline(kind).trim()
            ));
        }
        for e in errors(kind, &text) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn broken_files_fail_validation() {
    let option_set = "option_set: s\noptions:\n  - { code: a, en: A, th: ก }\n";
    assert_eq!(errors("option_set", option_set), Vec::<String>::new());
    let bad = option_set.replace("th:", "thai:");
    assert!(
        !errors("option_set", &bad).is_empty(),
        "`thai:` is not a language key"
    );
    let bad = option_set.replace("code: a, ", "");
    assert!(
        !errors("option_set", &bad).is_empty(),
        "an option without a code"
    );
    let bad = option_set.replace("options:", "opts:");
    assert!(
        !errors("option_set", &bad).is_empty(),
        "an unknown top-level key"
    );

    let transform = "transform: t\nsource: s\nfields:\n  a: b\n  sex: { translate: gender }\n";
    assert_eq!(errors("transform", transform), Vec::<String>::new());
    let bad = transform.replace("translate:", "translat:");
    let e = errors("transform", &bad);
    assert!(!e.is_empty(), "a misspelled rule key");
    let bad = transform.replace(
        "fields:\n",
        "policy: { lang: th, unknown_code: [1] }\nfields:\n",
    );
    assert!(
        !errors("transform", &bad).is_empty(),
        "a policy value that is a list of one"
    );

    let workflow =
        std::fs::read_to_string(mappings().join("thailand/workflows/w2_his_to_primero.yaml"))
            .unwrap();
    let bad = workflow.replacen("steps:", "stpes:", 1);
    assert!(
        !errors("workflow", &bad).is_empty(),
        "a misspelled workflow key"
    );
}
