//! The generated crate builds without the spec language: its normal dependencies (what a binary
//! that links the compiled transforms builds) do not reach mapping-dsl, its grammar (pest) or its
//! YAML reader (serde-saphyr). The bench may use them as dev-dependencies.

use std::collections::BTreeSet;
use std::process::Command;

/// Crates compiled code must not pull in.
const SPEC_LANGUAGE: [&str; 4] = ["mapping-dsl", "pest", "pest_derive", "serde-saphyr"];

/// The package names of `generated`'s normal dependencies, transitively (from Cargo.lock).
fn normal_dependencies() -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["tree", "--offline", "-p", "generated", "-e", "normal"])
        .args(["--prefix", "none", "--format", "{p}"])
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn compiled_transforms_do_not_depend_on_the_spec_language() {
    let deps = normal_dependencies();
    assert!(
        deps.contains("mapwright-rt"),
        "the tree should list mapwright-rt: {deps:?}"
    );
    let found: Vec<&String> = deps
        .iter()
        .filter(|d| SPEC_LANGUAGE.contains(&d.as_str()))
        .collect();
    assert!(
        found.is_empty(),
        "generated's normal dependencies include {found:?}; generated code should call \
         mapwright_rt only (mapping-dsl may be a dev-dependency)"
    );
}
