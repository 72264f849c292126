//! `mapwright docs` model and rendering on the Thailand deployment.

use mapping_dsl::source::SourceMap;

use crate::thailand_support::*;

fn docs() -> Vec<runtime::docs::TransformDoc> {
    let checked = mapping_dsl::check_deployment("thailand", load_files("thailand"));
    let Some(dep) = &checked.deployment else {
        panic!("the Thailand specs do not check")
    };
    let sources: &SourceMap = &checked.sources;
    runtime::docs::build(dep, sources)
}

#[test]
fn one_row_per_output_field_with_rule_set_and_line() {
    let docs = docs();
    let w1 = docs
        .iter()
        .find(|d| d.name == W1)
        .unwrap_or_else(|| panic!("no {W1}"));
    let leaves = w1
        .rows
        .iter()
        .filter(|r| r.rule != "object" && r.rule != "list")
        .count();
    assert_eq!(leaves, 348, "WF1 maps 348 fields");
    let translated = w1
        .rows
        .iter()
        .filter(|r| r.rule.starts_with("translate"))
        .count();
    assert_eq!(translated, 84, "80 option-set and 4 location translations");
    let loc = w1
        .rows
        .iter()
        .find(|r| r.target == "basic_identity.location_current");
    let loc = loc.unwrap_or_else(|| panic!("no location row"));
    assert_eq!(loc.set.as_deref(), Some("locations"));
    assert!(
        loc.at
            .starts_with("thailand/transforms/w1_case_to_childshield.yaml:"),
        "{}",
        loc.at
    );
    let rel = w1
        .rows
        .iter()
        .find(|r| r.target == "family_details_section[].relation")
        .map(|r| r.rule.clone());
    assert_eq!(rel.as_deref(), Some("translate"));
    let copy = w1
        .rows
        .iter()
        .find(|r| r.target == "basic_identity.national_id_no")
        .map(|r| (r.rule.clone(), r.source.clone()));
    assert_eq!(
        copy,
        Some(("copy".to_string(), "national_id_no".to_string()))
    );
    // The option sets used are listed with their labels; the big locations set is cut short.
    let risk = w1
        .tables
        .iter()
        .find(|t| t.name == "risk_level")
        .unwrap_or_else(|| panic!("no risk_level table"));
    assert!(
        risk.entries
            .iter()
            .any(|(c, cells)| c == "high" && cells.contains(&Some("สูง".to_string())))
    );
    let locs = w1
        .tables
        .iter()
        .find(|t| t.name == "locations")
        .unwrap_or_else(|| panic!("no locations table"));
    assert_eq!(locs.entries.len() + locs.omitted, 8442);
}

#[test]
fn markdown_and_html_render_the_tables() {
    let docs = docs();
    let w2 = docs
        .iter()
        .find(|d| d.name == W2)
        .unwrap_or_else(|| panic!("no {W2}"));
    let md = runtime::docs::render_markdown(w2);
    assert!(md.starts_with("# `thailand_w2_his_to_primero`\n"));
    assert!(
        md.contains("| `sex` | `sex` | map | [`his_sex`](#his_sex) |"),
        "{}",
        &md[..2000.min(md.len())]
    );
    assert!(md.contains("<a id=\"plh_cc\"></a>"));
    // The named values WF2's PLH fields read are listed with their expressions.
    assert!(
        md.contains(
            "| `let.cc_w1` | `first(let.cc)` | thailand/transforms/w2_his_to_primero.yaml:"
        ),
        "{md}"
    );
    let html = runtime::docs::render_html(w2);
    assert!(html.contains("<h2 id=\"his_sex\">value map <code>his_sex</code></h2>"));
    assert!(!html.contains("<script"));
    assert!(html.contains("<td><code>let.latest_visit</code></td>"));
    assert!(
        html.contains("&quot;") || html.contains("&gt;"),
        "expressions are escaped"
    );
}
