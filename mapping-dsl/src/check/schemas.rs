//! Schemas: resolve field declarations into typed fields, following `type: other_schema`
//! references (with cycle detection, E211) and checking option-set names (E203).

use std::collections::BTreeMap;

use crate::diag::{Diagnostic, codes::Code};
use crate::ir::Coercion;
use crate::source::{FileId, Span};
use crate::spec::de::OrderedMap;
use crate::spec::schema::{CoercionMode, CoercionName, FieldDecl, SchemaFile};
use crate::types::{ObjectType, Scalar, Type};
use crate::yaml::{Sp, did_you_mean, span_of};

/// A resolved schema field.
#[derive(Debug, Clone)]
pub struct SField {
    pub name: String,
    pub ty: SType,
    pub nullable: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum SType {
    Scalar(Scalar),
    Select(String),
    MultiSelect(String),
    Object(Vec<SField>),
    /// A list of objects (a subform).
    List(Vec<SField>),
    ScalarList(Scalar),
    Json,
}

#[derive(Debug, Clone)]
pub struct Schema {
    pub name: String,
    pub fields: Vec<SField>,
    pub coercions: Vec<Coercion>,
    pub span: Span,
    pub file: FileId,
}

impl SType {
    pub fn to_type(&self) -> Type {
        match self {
            SType::Scalar(s) => Type::Scalar(*s),
            SType::Select(s) => Type::Select { set: s.clone() },
            SType::MultiSelect(s) => Type::MultiSelect { set: s.clone() },
            SType::Object(f) => Type::Object(object_type(f)),
            SType::List(f) => Type::List(Box::new(Type::Object(object_type(f)))),
            SType::ScalarList(s) => Type::List(Box::new(Type::Scalar(*s))),
            SType::Json => Type::Json,
        }
    }
}

pub fn object_type(fields: &[SField]) -> ObjectType {
    ObjectType {
        fields: fields
            .iter()
            .map(|f| (f.name.clone(), f.ty.to_type()))
            .collect(),
    }
}

/// Raw schema declarations by name, as read.
pub struct Decls<'a> {
    pub by_name: BTreeMap<String, (FileId, &'a SchemaFile)>,
}

struct Resolver<'a, 'd> {
    decls: &'a Decls<'d>,
    sets: &'a dyn Fn(&str) -> bool,
    set_names: Vec<&'a str>,
    done: BTreeMap<String, Option<Vec<SField>>>,
    stack: Vec<String>,
    diags: Vec<Diagnostic>,
}

/// Resolves every schema. Schemas with errors are left out (their diagnostics are returned).
pub fn resolve(
    decls: &Decls<'_>,
    set_exists: &dyn Fn(&str) -> bool,
    set_names: Vec<&str>,
) -> (BTreeMap<String, Schema>, Vec<Diagnostic>) {
    let mut r = Resolver {
        decls,
        sets: set_exists,
        set_names,
        done: BTreeMap::new(),
        stack: Vec::new(),
        diags: Vec::new(),
    };
    let mut out = BTreeMap::new();
    for (name, (file, s)) in &decls.by_name {
        if let Some(fields) = r.schema_fields(name) {
            let coercions = coercions_of(s);
            out.insert(
                name.clone(),
                Schema {
                    name: name.clone(),
                    fields,
                    coercions,
                    span: span_of(*file, &s.schema),
                    file: *file,
                },
            );
        }
    }
    (out, r.diags)
}

fn coercions_of(s: &SchemaFile) -> Vec<Coercion> {
    if s.coercion.as_ref().map(|c| c.value) != Some(CoercionMode::Lenient) {
        return Vec::new();
    }
    match &s.accept {
        None => Coercion::ALL.to_vec(),
        Some(list) => {
            let mut v: Vec<Coercion> = list
                .iter()
                .map(|c| match c.value {
                    CoercionName::NumberToString => Coercion::NumberToString,
                    CoercionName::StringToBool => Coercion::StringToBool,
                    CoercionName::StringToNumber => Coercion::StringToNumber,
                    CoercionName::BoolToString => Coercion::BoolToString,
                    CoercionName::EmptyToNull => Coercion::EmptyToNull,
                })
                .collect();
            v.sort();
            v.dedup();
            v
        }
    }
}

impl Resolver<'_, '_> {
    fn schema_fields(&mut self, name: &str) -> Option<Vec<SField>> {
        if let Some(done) = self.done.get(name) {
            return done.clone();
        }
        let (file, s) = *self.decls.by_name.get(name)?;
        self.stack.push(name.to_owned());
        let fields = self.fields(file, &s.fields.value);
        self.stack.pop();
        self.done.insert(name.to_owned(), fields.clone());
        fields
    }

    fn fields(
        &mut self,
        file: FileId,
        map: &OrderedMap<String, Sp<FieldDecl>>,
    ) -> Option<Vec<SField>> {
        let mut out = Vec::new();
        let mut ok = true;
        for (k, decl) in &map.entries {
            let span = span_of(file, k);
            let dspan = span_of(file, decl);
            match self.field_type(file, &decl.value, dspan) {
                Some(ty) => out.push(SField {
                    name: k.value.clone(),
                    ty,
                    nullable: decl.value.nullable,
                    span,
                }),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn field_type(&mut self, file: FileId, d: &FieldDecl, whole: Span) -> Option<SType> {
        let ty_span = pick(span_of(file, &d.ty), whole);
        let t = d.ty.value.as_str();
        let need_set = |r: &mut Self, multi: bool| -> Option<SType> {
            let Some(set) = &d.options else {
                r.diags.push(
                    Diagnostic::error(
                        Code::MissingKey,
                        format!("a `{t}` field needs `options: SET`"),
                    )
                    .with_primary(whole, "no option set named"),
                );
                return None;
            };
            if !(r.sets)(&set.value) {
                let mut e = Diagnostic::error(
                    Code::UnknownOptionSet,
                    format!("no option set is named `{}`", set.value),
                )
                .with_primary(span_of(file, set), "unknown option set");
                if let Some(h) = did_you_mean(&set.value, r.set_names.iter().copied()) {
                    e = e.with_hint(h);
                }
                r.diags.push(e);
                return None;
            }
            Some(if multi {
                SType::MultiSelect(set.value.clone())
            } else {
                SType::Select(set.value.clone())
            })
        };
        match t {
            "select" => need_set(self, false),
            "multi_select" => need_set(self, true),
            "json" => Some(SType::Json),
            "object" => match &d.fields {
                Some(f) => self.fields(file, f).map(SType::Object),
                None => {
                    self.diags.push(
                        Diagnostic::error(Code::MissingKey, "an `object` field needs `fields:`")
                            .with_primary(whole, "here"),
                    );
                    None
                }
            },
            "list" => match (&d.fields, &d.items) {
                (Some(f), None) => self.fields(file, f).map(SType::List),
                (None, Some(items)) => {
                    let (it, _) = crate::spec::schema::split_nullable(&items.value);
                    let ispan = span_of(file, items);
                    if let Some(s) = Scalar::parse(it) {
                        Some(SType::ScalarList(s))
                    } else if it == "json" {
                        Some(SType::Json)
                    } else {
                        self.reference(it, ispan).map(SType::List)
                    }
                }
                _ => {
                    self.diags.push(
                        Diagnostic::error(Code::BadRule, "a `list` field needs either `fields:` (a subform) or `items:` (a list of scalars)")
                            .with_primary(whole, "here"),
                    );
                    None
                }
            },
            other => match Scalar::parse(other) {
                Some(s) => Some(SType::Scalar(s)),
                None => self.reference(other, ty_span).map(SType::Object),
            },
        }
    }

    /// `type: other_schema`: the fields of another schema of the deployment.
    fn reference(&mut self, name: &str, span: Span) -> Option<Vec<SField>> {
        if self.stack.iter().any(|s| s == name) {
            let mut chain = self.stack.clone();
            chain.push(name.to_owned());
            self.diags.push(
                Diagnostic::error(Code::SchemaCycle, format!("schema `{name}` contains itself"))
                    .with_primary(span, "refers back to a schema being defined")
                    .with_note(format!("cycle: {}", chain.join(" -> ")))
                    .with_hint("records are finite trees: use `json` for a recursive part, or a separate schema without the back reference"),
            );
            return None;
        }
        if !self.decls.by_name.contains_key(name) {
            let mut known: Vec<&str> = vec![
                "string",
                "int",
                "number",
                "bool",
                "date",
                "datetime",
                "json",
                "select",
                "multi_select",
                "object",
                "list",
            ];
            known.extend(self.decls.by_name.keys().map(String::as_str));
            let mut e = Diagnostic::error(Code::UnknownSchema, format!("`{name}` is neither a type nor a schema"))
                .with_primary(span, "unknown type")
                .with_note("types: string, int, number, bool, date, datetime, json, select, multi_select, object, list, or a schema name");
            if let Some(h) = did_you_mean(name, known) {
                e = e.with_hint(h);
            }
            self.diags.push(e);
            return None;
        }
        self.schema_fields(name)
    }
}

/// The narrower span when it is known.
pub fn pick(s: Span, fallback: Span) -> Span {
    if s.is_empty() && s.start == 0 {
        fallback
    } else {
        s
    }
}
