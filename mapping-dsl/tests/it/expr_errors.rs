//! Every diagnostic code the expression language emits, as an insta snapshot of a plain-text
//! rendering (code, message, labels with line:col, notes, hint), plus robustness: the parser
//! never panics, and deep or huge input gives a clean E104.

use mapping_dsl::diag::Diagnostic;
use mapping_dsl::expr::{self, Env};
use mapping_dsl::ir::{OptionItem, OptionSet, ValueMap};
use mapping_dsl::source::{FileId, SourceFile, Span};
use mapping_dsl::types::{Scalar, Type};
use proptest::prelude::*;
use serde_json::json;

fn map(s: usize, e: usize) -> Span {
    Span::new(FileId(0), s, e)
}

fn set(name: &str, codes: &[(&str, Option<&str>)]) -> OptionSet {
    OptionSet {
        name: name.into(),
        source: None,
        options: codes
            .iter()
            .map(|(c, th)| OptionItem {
                code: (*c).into(),
                labels: th
                    .map(|l| ("th".to_owned(), l.to_owned()))
                    .into_iter()
                    .collect(),
                span: Span::default(),
            })
            .collect(),
        span: Span::new(FileId(0), 0, 0),
        index: Default::default(),
    }
}

fn env() -> Env {
    let member = Env::object([("relation", Type::STRING), ("relation_name", Type::STRING)]);
    let risk = Env::object([("level", Type::STRING), ("score", Type::INT)]);
    Env::new(Env::object([
        ("id", Type::STRING),
        ("age", Type::INT),
        ("name", Type::STRING),
        ("date_of_birth", Type::DATE),
        ("consent", Type::BOOL),
        (
            "sex",
            Type::Select {
                set: "gender".into(),
            },
        ),
        (
            "nationality",
            Type::MultiSelect {
                set: "country".into(),
            },
        ),
        (
            "family_details_section",
            Type::List(Box::new(Type::Object(member))),
        ),
        ("riskmodel", Type::Object(risk)),
        ("extra", Type::Json),
    ]))
    .param("cursor", Scalar::DateTime)
    .option_set(set(
        "gender",
        &[("male", Some("ผู้ชาย")), ("female", Some("ผู้หญิง"))],
    ))
    .option_set(set(
        "country",
        &[("th", Some("ไทย")), ("mm", None), ("la", None)],
    ))
    .value_map(ValueMap {
        name: "his_sex".into(),
        entries: vec![("1".into(), json!("male"))],
        default: None,
        value_type: Type::STRING,
        span: Span::default(),
    })
}

fn render(src: &str, ds: &[Diagnostic]) -> String {
    let f = SourceFile::new("expr", src);
    let shown: String = if src.len() > 120 {
        format!("{}… ({} bytes)", &src[..40], src.len())
    } else {
        src.to_owned()
    };
    let mut out = format!("expr: {shown}\n");
    for d in ds {
        out += &format!("{} {:?}: {}\n", d.code.as_str(), d.severity, d.message);
        for l in &d.labels {
            let (l1, c1) = f.line_col(l.span.start);
            let (l2, c2) = f.line_col(l.span.end);
            let kind = if l.primary { "primary" } else { "secondary" };
            out += &format!("  {kind} {l1}:{c1}-{l2}:{c2}: {}\n", l.message);
        }
        for n in &d.notes {
            out += &format!("  note: {n}\n");
        }
        if let Some(h) = &d.hint {
            out += &format!("  hint: {h}\n");
        }
    }
    out
}

/// Parses and checks `src`; renders the diagnostics (there must be some).
fn diag_in(src: &str, env: &Env, cond: bool) -> String {
    let ds = match expr::parse(src, &map) {
        Err(d) => vec![d],
        Ok(ast) => {
            let r = if cond {
                expr::check_bool(&ast, env)
            } else {
                expr::check(&ast, env)
            };
            match r {
                Err(ds) => ds,
                Ok(t) => panic!("`{src}` checked fine as {}", t.ty),
            }
        }
    };
    render(src, &ds)
}

fn diag(src: &str) -> String {
    diag_in(src, &env(), false)
}

macro_rules! snap {
    ($name:ident, $text:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), $text);
        }
    };
}

snap!(e101_expected_operator, diag("age 12"));
snap!(e101_trailing_operator, diag("age +"));
snap!(e101_chained_comparison, diag("1 < age < 10"));
snap!(
    e201_step_after_call,
    diag("first(family_details_section).relaton")
);
snap!(
    e210_step_on_computed_text,
    diag("concat(name, \"x\").first")
);
snap!(e101_single_quotes, diag("name == 'x'"));
snap!(e101_assignment, diag("age = 1"));
snap!(e101_missing_then, diag("if consent 1 else 2"));
snap!(e101_dash_in_name, diag("formsection-incident-details"));
snap!(e101_missing_comma, diag("concat(name age)"));
snap!(e101_missing_else, diag("if consent then 1"));
snap!(e101_dot_at_end, diag("riskmodel."));
snap!(e101_expression_index, diag("family_details_section[age]"));
snap!(e101_empty, diag("  "));
snap!(e102_unclosed_string, diag(r#"concat("abc, name)"#));
snap!(e103_never_closed, diag("concat(name, (age)"));
snap!(e103_mismatched, diag("(age]"));
snap!(e103_extra_close, diag("age)"));
snap!(
    e104_nested_parens,
    diag(&format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000)))
);
snap!(e104_one_megabyte, diag(&"1+".repeat(512 * 1024)));
snap!(
    e104_long_chain,
    diag("1+".repeat(300).trim_end_matches('+'))
);
snap!(e105_int_out_of_range, diag("age == 99999999999999999999"));
snap!(e106_bad_escape, diag(r#"name == "a\qb""#));
snap!(e106_lone_surrogate, diag(r#"name == "\ud83d!""#));
snap!(e201_did_you_mean, diag("agee < 18"));
snap!(e201_nested, diag("riskmodel.levl"));
snap!(e201_no_close_name, diag("zzzzzz"));
snap!(
    e201_in_each,
    diag_in(
        "relatoin",
        &env().each(Type::Object(Env::object([("relation", Type::STRING)]))),
        false
    )
);
snap!(e203_unknown_option_set, diag("translate(sex, gendr)"));
snap!(e204_unknown_value_map, diag("lookup(name, his_sx)"));
snap!(e205_unknown_function, diag("concatt(name)"));
snap!(e206_unknown_param, diag("params.cursr"));
snap!(e207_it_outside, diag("it.relation"));
snap!(e208_root_outside_each, diag("root.id"));
snap!(e209_index_on_non_list, diag("name[0]"));
snap!(e210_field_on_non_object, diag("name.first"));
snap!(e301_argument_type, diag("trim(age)"));
snap!(e301_if_branches, diag(r#"if consent then 1 else "no""#));
snap!(e301_plus_on_text, diag(r#"name + "x""#));
snap!(
    e301_bad_format_literal,
    diag(r#"format_date(date_of_birth, "%d/%Q")"#)
);
snap!(
    e301_bad_time_zone_literal,
    diag(r#"today("Asia/Bangkokk")"#)
);
snap!(e302_arity, diag("substr(name)"));
snap!(e303_int_with_string, diag(r#"age < "x""#));
snap!(e303_quoted_number, diag(r#"age >= "18""#));
snap!(e303_ordering_null, diag("age < null"));
snap!(e304_if_condition, diag("if name then 1 else 2"));
snap!(e304_check_bool, diag_in("name", &env(), true));
snap!(
    e304_filter_condition,
    diag("filter(family_details_section, it.relation)")
);
snap!(e305_translate_string, diag("translate(name, gender)"));
snap!(e401_missing_labels, diag("translate(nationality, country)"));
snap!(e405_wrong_option_set, diag("translate(sex, country)"));

#[test]
fn several_independent_errors_are_reported_together() {
    let text = diag(r#"concat(nam, params.x, it)"#);
    assert_eq!(text.matches("\nE2").count(), 3, "{text}");
}

#[test]
fn spans_go_through_the_callers_map() {
    // The expression sits at byte 100 of its file.
    let shifted = |s: usize, e: usize| Span::new(FileId(3), s + 100, e + 100);
    let ast = expr::parse("age + agee", &shifted).unwrap();
    let d = expr::check(&ast, &env()).unwrap_err();
    assert_eq!(d[0].primary_span(), Some(Span::new(FileId(3), 106, 110)));
}

/// Run on a 1 MiB stack (half a test thread's) to keep a margin in debug builds.
#[test]
fn nesting_up_to_the_limits_is_fine() {
    let t = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(nesting_limits)
        .unwrap();
    t.join().unwrap();
}

fn nesting_limits() {
    let n = expr::MAX_NESTING;
    let src = format!("{}age{}", "-(".repeat(n), ")".repeat(n));
    assert!(expr::parse(&src, &map).is_ok());
    let ifs = format!(
        "{} 1{}",
        "if consent then (".repeat(n),
        ") else 2".repeat(n)
    );
    let ast = expr::parse(&ifs, &map).unwrap();
    assert_eq!(expr::check(&ast, &env()).unwrap().ty, Type::INT);
    let calls = format!("{}name{}", "trim(".repeat(n), ")".repeat(n));
    assert!(expr::check(&expr::parse(&calls, &map).unwrap(), &env()).is_ok());
    let bangs = format!("{}consent", "!".repeat(n));
    assert!(expr::parse(&bangs, &map).is_ok());
    let too_many = format!("{}consent", "!".repeat(n + 1));
    assert_eq!(
        expr::parse(&too_many, &map).unwrap_err().code.as_str(),
        "E104"
    );
    // Prefix runs inside every bracket level: stopped by the tree depth, without deep recursion.
    let bangs_everywhere = format!(
        "{}consent{}",
        format!("{}(", "!".repeat(n)).repeat(n),
        ")".repeat(n)
    );
    assert_eq!(
        expr::parse(&bangs_everywhere, &map)
            .unwrap_err()
            .code
            .as_str(),
        "E104"
    );
    let ifs_in_calls = format!(
        "{}1{}",
        "trim(if consent then -(".repeat(n / 2),
        ") else 2)".repeat(n / 2)
    );
    assert!(expr::parse(&ifs_in_calls, &map).is_ok());
    let worst = format!(
        "{}1{}",
        "if consent then -(".repeat(n),
        ") else 2".repeat(n)
    );
    assert!(expr::check(&expr::parse(&worst, &map).unwrap(), &env()).is_ok());
    let long_path = format!("extra{}", ".a".repeat(5000));
    assert!(expr::check(&expr::parse(&long_path, &map).unwrap(), &env()).is_ok());
}

#[test]
fn long_flat_input_under_the_length_limit_is_a_clean_error() {
    for src in [
        format!("{}1", "1+".repeat(30_000)),
        format!("{}1", "-1*".repeat(20_000)),
        format!("{}true", "true && ".repeat(8_000)),
        format!("{}1", "1 < ".repeat(10_000)),
    ] {
        assert!(src.len() <= expr::MAX_LEN);
        let code = expr::parse(&src, &map).unwrap_err().code.as_str();
        assert!(code == "E104" || code == "E101", "{code}");
    }
}

#[test]
fn the_deepest_accepted_tree_checks_and_evaluates() {
    let src = format!("{}1", "1+".repeat(expr::MAX_DEPTH - 1));
    let t = expr::check(&expr::parse(&src, &map).unwrap(), &env()).unwrap();
    let ctx = mapping_dsl::rt::Context::new(chrono::Utc::now());
    let rec = json!({});
    let v = expr::eval(&t, &expr::Frame::new(&rec, &ctx)).unwrap();
    assert_eq!(v.as_ref(), &json!(expr::MAX_DEPTH));
}

fn tokens() -> impl Strategy<Value = String> {
    let toks = vec![
        "(",
        ")",
        "[",
        "]",
        "a",
        "age",
        "name",
        ".",
        "\"",
        "\"x\"",
        "\\",
        "\\u",
        "if ",
        " then ",
        " else ",
        "!",
        "-",
        "+",
        "*",
        "/",
        "1",
        "1.5",
        "1e999",
        ",",
        "trim(",
        "filter(",
        "it",
        "root",
        "params.",
        "==",
        "<",
        "&&",
        "||",
        " ",
        "\n",
        "ก",
        "null",
        "translate(sex, gender)",
        "99999999999999999999",
    ];
    prop::collection::vec(prop::sample::select(toks), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parser_never_panics_on_arbitrary_strings(s in "\\PC{0,80}") {
        let _ = expr::parse(&s, &map);
    }

    #[test]
    fn parse_and_check_never_panic_on_token_soup(s in tokens()) {
        if let Ok(ast) = expr::parse(&s, &map)
            && let Ok(t) = expr::check(&ast, &env())
        {
            let ctx = mapping_dsl::rt::Context::new(chrono::Utc::now());
            let rec = json!({"age": 3, "name": "ก x", "sex": "male", "extra": {"a": [1, "x", null]},
                "family_details_section": [{"relation": "mother"}, {}]});
            let _ = expr::eval(&t, &expr::Frame::new(&rec, &ctx));
        }
    }

    #[test]
    fn spans_stay_inside_the_text(s in prop_oneof![tokens(), "\\PC{0,60}"]) {
        if let Err(d) = expr::parse(&s, &map) {
            for l in &d.labels {
                prop_assert!(l.span.start as usize <= s.len() && l.span.end as usize <= s.len());
                prop_assert!(s.is_char_boundary(l.span.start as usize) && s.is_char_boundary(l.span.end as usize));
            }
        }
    }
}
