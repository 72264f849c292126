//! A generated deployment of Thailand's size (~600 mapped fields, 100 option sets) checks clean
//! and fast. With `MW_SCALE_OUT=DIR` the folder is also written to `DIR/scale/` so that
//! `mapwright check --dir DIR/scale` can be timed (see the spec team's report / BENCHMARKS.md).

use std::fmt::Write;
use std::time::Instant;

use mapping_dsl::check_deployment;
use mapping_dsl::source::SourceFile;

pub const SETS: usize = 100;
const CODES: usize = 20;
const PLAIN: usize = 300;
const SUBFORMS: usize = 10;
const SUB_FIELDS: usize = 10;

/// `(relative path, text)` of every file of the generated deployment.
pub fn generate() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for s in 0..SETS {
        let mut t = format!("option_set: set_{s}\nsource: lookup-set-{s}\noptions:\n");
        for c in 0..CODES {
            let _ = writeln!(
                t,
                "  - {{ code: code_{c}, en: Label {c} of {s}, th: ป้าย {c} ชุด {s} }}"
            );
        }
        files.push((format!("option-sets/set_{s}.yaml"), t));
    }
    let mut schema =
        String::from("schema: big_case\ncoercion: lenient\nfields:\n  case_id: string\n");
    let mut tr =
        String::from("transform: scale_case\nsource: big_case\nkey: case_id\ncopy: [case_id");
    for i in 0..PLAIN {
        let _ = writeln!(schema, "  text_{i}: string?");
        let _ = write!(tr, ", text_{i}");
    }
    tr.push_str("]\nfields:\n");
    for s in 0..SETS {
        let _ = writeln!(
            schema,
            "  sel_{s}: {{ type: select, options: set_{s}, nullable: true }}"
        );
        let _ = writeln!(
            schema,
            "  multi_{s}: {{ type: multi_select, options: set_{s}, nullable: true }}"
        );
        let _ = writeln!(tr, "  sel_{s}: {{ translate: set_{s} }}");
        if s % 2 == 0 {
            let _ = writeln!(
                tr,
                "  multi_{s}: {{ translate: set_{s}, when: 'multi_{s} != null' }}"
            );
        }
    }
    for f in 0..SUBFORMS {
        let _ = writeln!(
            schema,
            "  sub_{f}:\n    type: list\n    nullable: true\n    fields:"
        );
        let _ = writeln!(
            tr,
            "  sub_{f}:\n    each: sub_{f}\n    keep: 'src != \"his\"'\n    fields:"
        );
        let _ = writeln!(schema, "      src: string?");
        for k in 0..SUB_FIELDS {
            let set = (f * SUB_FIELDS + k) % SETS;
            let _ = writeln!(
                schema,
                "      f_{k}: {{ type: select, options: set_{set}, nullable: true }}"
            );
            let _ = writeln!(schema, "      t_{k}: string?");
            let _ = writeln!(tr, "      f_{k}: {{ translate: set_{set} }}");
            let _ = writeln!(
                tr,
                "      t_{k}: 'trim(concat(t_{k}, \" \", root.case_id))'"
            );
        }
    }
    files.push(("schemas/big_case.yaml".into(), schema));
    files.push(("transforms/scale_case.yaml".into(), tr));
    files
}

#[test]
fn six_hundred_fields_check_clean_and_fast() {
    let files = generate();
    if let Ok(out) = std::env::var("MW_SCALE_OUT") {
        let root = std::path::Path::new(&out).join("scale");
        for (p, t) in &files {
            let path = root.join(p);
            std::fs::create_dir_all(path.parent().unwrap_or(&root)).unwrap_or_default();
            std::fs::write(&path, t).unwrap_or_default();
        }
        println!("wrote {}", root.display());
    }
    let sources = files
        .into_iter()
        .map(|(p, t)| SourceFile::new(format!("scale/{p}"), t))
        .collect();
    let start = Instant::now();
    let c = check_deployment("scale", sources);
    let took = start.elapsed();
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics.first());
    let dep = c.deployment.expect("checks");
    let t = &dep.transforms[0];
    let mapped = t.output.fields.len()
        + t.output
            .fields
            .iter()
            .map(|f| match &f.value {
                mapping_dsl::ir::ValueRule::Each { body, .. } => body.fields.len(),
                _ => 0,
            })
            .sum::<usize>();
    assert!(mapped >= 600, "{mapped} mapped fields");
    assert_eq!(dep.option_sets.len(), SETS);
    println!(
        "checked {mapped} mapped fields and {SETS} option sets in {took:?} (debug build, in process)"
    );
    assert!(took.as_secs() < 30, "{took:?}");
}
