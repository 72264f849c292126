//! Field rules -> IR: expressions, `from`, translate, map, const, nested objects and `each`,
//! with `when`, `default`, `empty`, and the coverage checks of option sets and value maps.

use std::collections::BTreeMap;

use super::exprs::{Exprs, is_false, key_path, walk};

use super::policy;
use super::reads::{list_origin, mark_list};
use crate::diag::{Diagnostic, codes::Code};
use crate::expr::{Env, ast};
use crate::ir::{
    EmptyAs, EmptyPolicy, Expr, FieldRule, MissingLabel, ObjectRule, OptionSet, TExpr, UnknownCode,
    ValueMap, ValueRule,
};
use crate::source::Span;
use crate::spec::de::ExprText;
use crate::spec::transform::{Choice, Rule, RuleLong, RuleMap};
use crate::types::{ObjectType, Type};
use crate::yaml::{Sp, span_of};

pub struct Rules<'a> {
    pub ex: Exprs<'a>,
    pub sets: &'a BTreeMap<String, OptionSet>,
    pub maps: &'a BTreeMap<String, ValueMap>,
    pub lang: String,
    pub unknown: UnknownCode,
    pub missing: MissingLabel,
    pub depth: u32,
    /// The transform's `questionnaires:` tables (`answer:` rules read them).
    pub tables: super::questionnaire::Tables,
}

impl Rules<'_> {
    pub(super) fn err(&mut self, d: Diagnostic) {
        self.ex.diags.push(d);
    }

    /// An output object: `copy` entries first, then `fields`, in order.
    pub fn object(
        &mut self,
        copy: &[Sp<String>],
        fields: &RuleMap,
        env: &Env,
        empty: EmptyPolicy,
    ) -> ObjectRule {
        self.object_with(copy, fields, &[], env, empty)
    }

    /// [`Self::object`] with more rules after `fields` (those of questionnaire table rows).
    pub fn object_with(
        &mut self,
        copy: &[Sp<String>],
        fields: &RuleMap,
        more: &[(Sp<String>, Sp<Rule>)],
        env: &Env,
        empty: EmptyPolicy,
    ) -> ObjectRule {
        let file = self.ex.file;
        let mut out = Vec::new();
        let mut seen: BTreeMap<String, Span> = BTreeMap::new();
        let mut note = |this: &mut Self, name: &str, span: Span| {
            if let Some(first) = seen.get(name) {
                this.err(
                    Diagnostic::error(
                        Code::DuplicateTarget,
                        format!("the output field `{name}` is written twice"),
                    )
                    .with_primary(span, "written again here")
                    .with_secondary(*first, "first written here")
                    .with_hint("the later rule wins; remove one of them"),
                );
            } else {
                seen.insert(name.to_owned(), span);
            }
        };
        for c in copy {
            let span = span_of(file, c);
            let name = c.value.rsplit('.').next().unwrap_or(&c.value).to_owned();
            note(self, &name, span);
            let a = key_path(&c.value, span);
            if let Some(t) = self.ex.check(&a, env, false) {
                out.push(FieldRule {
                    name,
                    when: None,
                    ty: t.ty.clone(),
                    value: ValueRule::Expr(t),
                    default: None,
                    empty,
                    span,
                });
            }
        }
        for (k, r) in fields.entries.iter().chain(more) {
            let span = span_of(file, k);
            note(self, &k.value, span);
            if let Some(f) = self.rule(k, r, env, empty) {
                out.push(f);
            }
        }
        ObjectRule { fields: out }
    }

    fn rule(
        &mut self,
        key: &Sp<String>,
        r: &Sp<Rule>,
        env: &Env,
        empty: EmptyPolicy,
    ) -> Option<FieldRule> {
        let file = self.ex.file;
        let kspan = span_of(file, key);
        let rspan = super::options::to_line_end(self.ex.text, span_of(file, r));
        match &r.value {
            Rule::Expr(text) => {
                let e = Sp {
                    value: text.clone(),
                    referenced: r.referenced,
                    defined: r.defined,
                };
                let t = self.ex.compile(&e, env, false)?;
                Some(FieldRule {
                    name: key.value.clone(),
                    when: None,
                    ty: t.ty.clone(),
                    value: ValueRule::Expr(t),
                    default: None,
                    empty,
                    span: kspan,
                })
            }
            Rule::Long(l) => self.long(key, kspan, rspan, l, env, empty),
        }
    }

    /// The `from:` expression, or the target key as a path.
    pub(super) fn source(
        &mut self,
        key: &Sp<String>,
        kspan: Span,
        from: &Option<Sp<ExprText>>,
        env: &Env,
    ) -> Option<TExpr> {
        match from {
            Some(f) => self.ex.compile(f, env, false),
            None => self.ex.check(&key_path(&key.value, kspan), env, false),
        }
    }

    fn long(
        &mut self,
        key: &Sp<String>,
        kspan: Span,
        rspan: Span,
        l: &RuleLong,
        env: &Env,
        base: EmptyPolicy,
    ) -> Option<FieldRule> {
        let file = self.ex.file;
        let name = key.value.clone();
        // Which kind of rule: exactly one of these may be given.
        let kinds: Vec<&str> = [
            ("translate", l.translate.is_some()),
            ("map", l.map.is_some()),
            ("answer", l.answer.is_some()),
            ("const", l.constant.is_some()),
            ("each", l.each.is_some()),
        ]
        .into_iter()
        .filter_map(|(n, b)| b.then_some(n))
        .collect();
        let nested = l.copy.is_some() || l.fields.is_some();
        let bad = |what: String| {
            Diagnostic::error(Code::BadRule, what)
                .with_primary(rspan, "this rule")
                .with_secondary(kspan, "for this field")
        };
        if kinds.len() > 1 {
            self.err(bad(format!(
                "a rule is one of translate, map, answer, const or each; this one has {}",
                kinds.join(" and ")
            )));
            return None;
        }
        let kind = kinds.first().copied();
        if nested && !matches!(kind, None | Some("each")) {
            self.err(bad(format!(
                "`copy`/`fields` make a nested object and do not go with `{}`",
                kind.unwrap_or("")
            )));
            return None;
        }
        if l.from.is_some()
            && (nested || matches!(kind, Some("const") | Some("each") | Some("answer")))
        {
            self.err(bad("`from` does not go with `const`, `each`, `answer` or a nested object (`each` names its list itself)".into()));
            return None;
        }
        if l.week.is_some() && kind != Some("answer") {
            self.err(bad("`week` belongs to an `answer` rule".into()));
            return None;
        }
        if l.keep.is_some() && kind != Some("each") {
            self.err(bad(
                "`keep` filters the elements of an `each`; use `when` to drop one field".into(),
            ));
            return None;
        }
        if (l.lang.is_some() || l.missing_label.is_some()) && kind != Some("translate") {
            self.err(bad(
                "`lang` and `missing_label` belong to a `translate` rule".into(),
            ));
            return None;
        }
        if l.unknown.is_some() && !matches!(kind, Some("translate") | Some("map") | Some("answer"))
        {
            self.err(bad(
                "`unknown` belongs to a `translate`, `map` or `answer` rule".into(),
            ));
            return None;
        }
        let mut empty = match &l.empty {
            Some(e) => policy::empty(file, base, e, &mut self.ex.diags),
            None => base,
        };
        // `unknown: omit` (map and answer rules): an unknown code is counted and, like any null,
        // leaves the key out. `absent:` says how a null is written; it wins over the table's.
        let mut unknown_omit = false;
        if let Some(u) = &l.unknown
            && matches!(&u.value, Choice::Word(w) if w == "omit")
        {
            if kind == Some("translate") {
                self.err(
                    Diagnostic::error(Code::BadPolicy, "`unknown: omit` is for `map` and `answer` rules")
                        .with_primary(span_of(file, u), "not on a translate rule")
                        .with_hint("a translated unknown code is `{code: null}`; use `unknown: null` or `keep_code`"),
                );
                return None;
            }
            unknown_omit = true;
        }
        let absent = match &l.absent {
            Some(a) => Some(policy::absent(file, a).map_err(|d| self.err(d)).ok()?),
            None => None,
        };
        let when = match &l.when {
            Some(w) => {
                let t = self.ex.compile(w, env, true)?;
                if is_false(&t) {
                    self.err(
                        Diagnostic::error(
                            Code::UnreachableRule,
                            format!("`when: false`: the field `{name}` is never written"),
                        )
                        .with_primary(t.span, "always false")
                        .with_hint("delete the rule, or comment it out"),
                    );
                }
                Some(t)
            }
            None => None,
        };
        let (value, ty) = match kind {
            Some("const") => {
                let v = l
                    .constant
                    .as_ref()
                    .map(|c| c.value.clone())
                    .unwrap_or_default();
                let ty = json_type(&v);
                (ValueRule::Const(v), ty)
            }
            Some("translate") => self.translate(key, kspan, l, env)?,
            Some("map") => self.map(key, kspan, l, env)?,
            Some("answer") => {
                let (v, t, table_absent) = self.answer(l)?;
                if let Some(a) = table_absent {
                    empty.missing = a;
                }
                (v, t)
            }
            Some("each") => self.each(l, env, empty)?,
            _ if nested => {
                let body = self.object(
                    l.copy.as_deref().unwrap_or(&[]),
                    l.fields.as_ref().unwrap_or(&Default::default()),
                    env,
                    empty,
                );
                let ty = Type::Object(object_type(&body));
                (ValueRule::Object(body), ty)
            }
            _ => {
                let t = self.source(key, kspan, &l.from, env)?;
                let ty = t.ty.clone();
                (ValueRule::Expr(t), ty)
            }
        };
        if unknown_omit {
            empty.missing = EmptyAs::Omit;
        }
        if let Some(a) = absent {
            empty.missing = a;
        }
        Some(FieldRule {
            name,
            when,
            value,
            default: l.default.as_ref().map(|d| d.value.clone()),
            empty,
            ty,
            span: kspan,
        })
    }

    fn each(&mut self, l: &RuleLong, env: &Env, empty: EmptyPolicy) -> Option<(ValueRule, Type)> {
        let e = l.each.as_ref()?;
        let parsed: ast::Expr = self.ex.parse(e)?;
        let src = match crate::expr::check(&parsed, env) {
            Ok(t) => t,
            Err(ds) => {
                self.ex.diags.extend(ds);
                return None;
            }
        };
        let elem = match &src.ty {
            Type::List(t) => (**t).clone(),
            Type::Json | Type::Null => Type::Json,
            other => {
                self.err(
                    Diagnostic::error(Code::TypeMismatch, format!("`each` needs a list; this is {}", a(&other.to_string())))
                        .with_primary(src.span, a(&other.to_string()))
                        .with_hint("`each` walks a subform (a list of objects); for one nested object use `copy`/`fields` without `each`"),
                );
                return None;
            }
        };
        // What the list reads: its path is touched, each element's reads say which fields.
        let origin = list_origin(&src, &self.ex.uses.origins);
        mark_list(&src, &mut self.ex.uses.origins, &mut self.ex.uses.reads);
        let mut params = Vec::new();
        walk(&src, &mut |t| {
            if let Expr::Param(p) = &t.kind {
                params.push(p.clone());
            }
        });
        self.ex.uses.params.extend(params);
        let inner = env.enter_each(elem);
        self.ex.uses.origins.elements.push(origin);
        let depth = self.depth;
        self.depth += 1;
        let keep = match &l.keep {
            Some(k) => {
                let t = self.ex.compile(k, &inner, true);
                if let Some(t) = &t
                    && is_false(t)
                {
                    self.err(
                        Diagnostic::error(
                            Code::UnreachableRule,
                            "`keep: false`: every element is dropped",
                        )
                        .with_primary(t.span, "always false"),
                    );
                }
                t
            }
            None => None,
        };
        let body = self.object(
            l.copy.as_deref().unwrap_or(&[]),
            l.fields.as_ref().unwrap_or(&Default::default()),
            &inner,
            empty,
        );
        self.depth -= 1;
        self.ex.uses.origins.elements.pop();
        if l.keep.is_some() && keep.is_none() {
            return None;
        }
        let ty = Type::List(Box::new(Type::Object(object_type(&body))));
        Some((
            ValueRule::Each {
                source: src,
                keep,
                body,
                depth,
            },
            ty,
        ))
    }
}

/// "an int", "a string".
pub fn a(what: &str) -> String {
    let vowel = what.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {what}", if vowel { "an" } else { "a" })
}

pub fn object_type(o: &ObjectRule) -> ObjectType {
    ObjectType {
        fields: o
            .fields
            .iter()
            .map(|f| (f.name.clone(), f.ty.clone()))
            .collect(),
    }
}

pub fn json_type(v: &serde_json::Value) -> Type {
    use serde_json::Value as V;
    match v {
        V::Null => Type::Null,
        V::Bool(_) => Type::BOOL,
        V::Number(n) if n.is_i64() || n.is_u64() => Type::INT,
        V::Number(_) => Type::NUMBER,
        V::String(_) => Type::STRING,
        V::Array(_) | V::Object(_) => Type::Json,
    }
}
