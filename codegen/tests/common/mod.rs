//! Small builders for hand-made IR, so codegen tests do not depend on the checker.
#![allow(dead_code)]

use std::collections::BTreeMap;

use mapping_dsl::ir::*;
use mapping_dsl::source::Span;
use mapping_dsl::stdlib::Func;
use mapping_dsl::types::{Scalar, Type};

pub fn span() -> Span {
    Span::default()
}

pub fn field(name: &str, ty: InputType) -> InputField {
    InputField { name: name.to_owned(), ty, nullable: true }
}

pub fn text(name: &str) -> InputField {
    field(name, InputType::Scalar(Scalar::String))
}

pub fn e(kind: Expr, ty: Type) -> TExpr {
    TExpr { kind, ty, span: span() }
}

pub fn path(root: PathRoot, steps: &[&str], ty: Type) -> TExpr {
    e(Expr::Path(Path { root, steps: steps.iter().map(|s| Step::Field((*s).to_owned())).collect() }), ty)
}

pub fn rec(name: &str, ty: Type) -> TExpr {
    path(PathRoot::Record, &[name], ty)
}

pub fn s(v: &str) -> TExpr {
    e(Expr::Lit(Lit::String(v.to_owned())), Type::STRING)
}

pub fn int(v: i64) -> TExpr {
    e(Expr::Lit(Lit::Int(v)), Type::INT)
}

pub fn null() -> TExpr {
    e(Expr::Lit(Lit::Null), Type::Null)
}

pub fn bin(op: BinOp, a: TExpr, b: TExpr, ty: Type) -> TExpr {
    e(Expr::Binary(op, Box::new(a), Box::new(b)), ty)
}

pub fn call(f: Func, args: Vec<TExpr>, ty: Type) -> TExpr {
    e(Expr::Call(f, args), ty)
}

pub fn rule(name: &str, value: ValueRule, ty: Type) -> FieldRule {
    FieldRule { name: name.to_owned(), when: None, value, default: None, empty: EmptyPolicy::default(), ty, span: span() }
}

pub fn translate(source: TExpr, set: &str, multi: bool) -> ValueRule {
    ValueRule::Translate {
        source,
        set: set.to_owned(),
        multi,
        lang: "th".to_owned(),
        unknown: UnknownCode::Null,
        missing_label: MissingLabel::Error,
    }
}

pub fn option_set(name: &str, items: &[(&str, &str, &str)]) -> OptionSet {
    OptionSet {
        name: name.to_owned(),
        source: Some(format!("lookup-{name}")),
        options: items
            .iter()
            .map(|(code, en, th)| OptionItem {
                code: (*code).to_owned(),
                labels: BTreeMap::from([("en".to_owned(), (*en).to_owned()), ("th".to_owned(), (*th).to_owned())]),
                span: span(),
            })
            .collect(),
        span: span(),
    }
}

pub fn transform(name: &str, input: Vec<InputField>, fields: Vec<FieldRule>) -> Transform {
    Transform {
        name: name.to_owned(),
        description: None,
        file: format!("fixture/transforms/{name}.yaml"),
        source_schema: "case".to_owned(),
        target_schema: None,
        coercions: vec![],
        input: InputObject { fields: input },
        params: vec![],
        key: None,
        keep: None,
        output: ObjectRule { fields },
    }
}

pub fn deployment(name: &str, sets: Vec<OptionSet>, transforms: Vec<Transform>) -> Deployment {
    Deployment {
        name: name.to_owned(),
        option_sets: sets.into_iter().map(|s| (s.name.clone(), s)).collect(),
        value_maps: BTreeMap::new(),
        transforms,
    }
}

/// A transform that uses most constructs at once (compiled in tests/compile_fixture.rs).
pub fn kitchen_sink() -> Deployment {
    let gender = option_set("gender", &[("male", "Male", "ชาย"), ("female", "Female", "หญิง"), ("type", "Type", "ประเภท")]);
    let relation = option_set("relation", &[("mother", "Mother", "แม่"), ("1st_cousin", "Cousin", "ลูกพี่ลูกน้อง")]);
    let family = InputObject {
        fields: vec![
            field("relation", InputType::Select { set: "relation".into() }),
            text("relation_name"),
            field("relation_age", InputType::Scalar(Scalar::Int)),
        ],
    };
    let input = vec![
        text("id"),
        text("name_first"),
        text("name_last"),
        field("age", InputType::Scalar(Scalar::Int)),
        text("status"),
        field("created_at", InputType::Scalar(Scalar::DateTime)),
        field("sex", InputType::Select { set: "gender".into() }),
        field("nationality", InputType::MultiSelect { set: "gender".into() }),
        field("consent", InputType::Scalar(Scalar::Bool)),
        field("formsection-incident-details-fe05aa3", InputType::Scalar(Scalar::String)),
        field("type", InputType::Scalar(Scalar::String)),
        field("family_details_section", InputType::List(family)),
    ];
    let mut t = transform(
        "kitchen_sink",
        input,
        vec![
            rule("primero_id", ValueRule::Expr(rec("id", Type::STRING)), Type::STRING),
            rule(
                "full_name",
                ValueRule::Expr(call(Func::Concat, vec![rec("name_first", Type::STRING), s(" "), rec("name_last", Type::STRING)], Type::STRING)),
                Type::STRING,
            ),
            rule(
                "created_date",
                ValueRule::Expr(call(Func::Substr, vec![rec("created_at", Type::DATETIME), int(0), int(10)], Type::STRING)),
                Type::STRING,
            ),
            rule(
                "age_group",
                ValueRule::Expr(e(
                    Expr::If(
                        Box::new(bin(BinOp::Eq, rec("age", Type::INT), null(), Type::BOOL)),
                        Box::new(s("unknown")),
                        Box::new(e(
                            Expr::If(Box::new(bin(BinOp::Lt, rec("age", Type::INT), int(18), Type::BOOL)), Box::new(s("child")), Box::new(s("adult"))),
                            Type::STRING,
                        )),
                    ),
                    Type::STRING,
                )),
                Type::STRING,
            ),
            rule("age_next", ValueRule::Expr(bin(BinOp::Add, rec("age", Type::INT), int(1), Type::INT)), Type::INT),
            rule("sex", translate(rec("sex", Type::Select { set: "gender".into() }), "gender", false), Type::Translated),
            rule("nationality", translate(rec("nationality", Type::MultiSelect { set: "gender".into() }), "gender", true), Type::List(Box::new(Type::Translated))),
            rule("consent", ValueRule::Expr(rec("consent", Type::BOOL)), Type::BOOL),
            rule("incident", ValueRule::Expr(rec("formsection-incident-details-fe05aa3", Type::STRING)), Type::STRING),
            rule("type", ValueRule::Expr(rec("type", Type::STRING)), Type::STRING),
            rule("version", ValueRule::Const(serde_json::json!({"v": 2, "label": "หญิง"})), Type::Json),
            FieldRule {
                default: Some(serde_json::json!("none")),
                empty: EmptyPolicy { missing: EmptyAs::Omit, empty_string: EmptyAs::Null, empty_list: EmptyAs::EmptyString },
                when: Some(bin(BinOp::Ne, rec("status", Type::STRING), s("closed"), Type::BOOL)),
                ..rule("status", ValueRule::Expr(rec("status", Type::STRING)), Type::STRING)
            },
            rule(
                "assessment",
                ValueRule::Object(ObjectRule { fields: vec![rule("by", ValueRule::Expr(rec("name_first", Type::STRING)), Type::STRING)] }),
                Type::Json,
            ),
            rule(
                "family",
                ValueRule::Each {
                    source: rec("family_details_section", Type::Json),
                    keep: Some(bin(BinOp::Ne, path(PathRoot::Element(0), &["relation_name"], Type::STRING), s("x"), Type::BOOL)),
                    body: ObjectRule {
                        fields: vec![
                            rule("relation", translate(path(PathRoot::Element(0), &["relation"], Type::Select { set: "relation".into() }), "relation", false), Type::Translated),
                            rule("name", ValueRule::Expr(path(PathRoot::Element(0), &["relation_name"], Type::STRING)), Type::STRING),
                            rule("age", ValueRule::Expr(path(PathRoot::Element(0), &["relation_age"], Type::INT)), Type::INT),
                            rule("case_id", ValueRule::Expr(rec("id", Type::STRING)), Type::STRING),
                        ],
                    },
                    depth: 0,
                },
                Type::Json,
            ),
        ],
    );
    t.coercions = Coercion::ALL.to_vec();
    t.key = Some(rec("id", Type::STRING));
    t.params = vec![Param { name: "cursor".into(), ty: Scalar::DateTime, default: Some(serde_json::json!("2023-01-27T00:00:00.000Z")) }];
    t.keep = Some(bin(
        BinOp::Or,
        bin(BinOp::Eq, rec("status", Type::STRING), null(), Type::BOOL),
        bin(
            BinOp::Ge,
            call(Func::Substr, vec![rec("created_at", Type::DATETIME), int(0), int(10)], Type::STRING),
            call(Func::Substr, vec![e(Expr::Param("cursor".into()), Type::DATETIME), int(0), int(10)], Type::STRING),
            Type::BOOL,
        ),
        Type::BOOL,
    ));
    deployment("fixture", vec![gender, relation], vec![t])
}
