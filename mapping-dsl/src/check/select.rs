//! The rules over option codes: `translate` (with the E401 label coverage) and `map` through a
//! value map (with the E403 totality check when the source is a select).

use super::options::list;
use super::policy;
use super::rules::{Rules, a};
use crate::diag::{Diagnostic, codes::Code};
use crate::expr::Env;
use crate::ir::{MissingLabel, OptionSet, TExpr, UnknownCode, ValueRule};
use crate::source::Span;
use crate::spec::transform::RuleLong;
use crate::types::Type;
use crate::yaml::{Sp, did_you_mean, span_of};

impl Rules<'_> {
    pub(super) fn translate(
        &mut self,
        key: &Sp<String>,
        kspan: Span,
        l: &RuleLong,
        env: &Env,
    ) -> Option<(ValueRule, Type)> {
        let file = self.ex.file;
        let set_sp = l.translate.as_ref()?;
        let set_span = span_of(file, set_sp);
        let Some(set) = self.sets.get(&set_sp.value) else {
            let mut d = Diagnostic::error(
                Code::UnknownOptionSet,
                format!("no option set is named `{}`", set_sp.value),
            )
            .with_primary(set_span, "unknown option set");
            if let Some(h) = did_you_mean(&set_sp.value, self.sets.keys().map(String::as_str)) {
                d = d.with_hint(h);
            }
            self.err(d);
            return None;
        };
        self.ex.uses.sets.insert(set.name.clone());
        let src = self.source(key, kspan, &l.from, env)?;
        let multi = match &src.ty {
            Type::Select { set: s } | Type::MultiSelect { set: s } if s != &set.name => {
                self.err(
                    Diagnostic::error(
                        Code::OptionSetMismatch,
                        format!(
                            "this field holds codes of `{s}`, but is translated with `{}`",
                            set.name
                        ),
                    )
                    .with_primary(set_span, "translated with this set")
                    .with_secondary(src.span, format!("a code of `{s}`"))
                    .with_hint(format!(
                        "write `translate: {s}`, or bind the field to `{}` in the schema",
                        set.name
                    )),
                );
                return None;
            }
            Type::Select { .. } => false,
            Type::MultiSelect { .. } => true,
            Type::List(t)
                if matches!(
                    **t,
                    Type::Select { .. } | Type::Json | Type::Scalar(crate::types::Scalar::String)
                ) =>
            {
                true
            }
            Type::Json | Type::Null => false,
            other => {
                self.err(
                    Diagnostic::error(Code::TranslateNotSelect, format!("translate needs a select or multi_select field; this is {}", a(&other.to_string())))
                        .with_primary(src.span, a(&other.to_string()))
                        .with_secondary(set_span, "translated here")
                        .with_hint(format!("declare the field as `{{ type: select, options: {} }}` in the schema, or copy it instead", set.name)),
                );
                return None;
            }
        };
        let lang = l
            .lang
            .as_ref()
            .map_or(self.lang.clone(), |x| x.value.clone());
        let unknown = match &l.unknown {
            Some(c) => policy::unknown(file, c, "unknown")
                .map_err(|d| self.err(d))
                .ok()?,
            None => self.unknown,
        };
        let missing = match &l.missing_label {
            Some(c) => policy::missing(file, c, "missing_label")
                .map_err(|d| self.err(d))
                .ok()?,
            None => self.missing,
        };
        if missing == MissingLabel::Error {
            coverage(self, set, &lang, set_span);
        }
        let ty = if multi {
            Type::List(Box::new(Type::Translated))
        } else {
            Type::Translated
        };
        Some((
            ValueRule::Translate {
                source: src,
                set: set.name.clone(),
                multi,
                lang,
                unknown,
                missing_label: missing,
            },
            ty,
        ))
    }

    pub(super) fn map(
        &mut self,
        key: &Sp<String>,
        kspan: Span,
        l: &RuleLong,
        env: &Env,
    ) -> Option<(ValueRule, Type)> {
        let m_sp = l.map.as_ref()?;
        let m_span = span_of(self.ex.file, m_sp);
        if !self.maps.contains_key(&m_sp.value) {
            self.map_through(&m_sp.value, m_span, None, None)?;
        }
        let src = self.source(key, kspan, &l.from, env)?;
        let unknown = match &l.unknown {
            Some(c) => {
                policy::unknown_rule(self.ex.file, c, "unknown")
                    .map_err(|d| self.err(d))
                    .ok()?
                    .0
            }
            None => self.unknown,
        };
        self.map_through(&m_sp.value, m_span, Some(src), Some(unknown))
    }

    /// A value map rule over `src` (`None`: only report an unknown map name).
    pub(super) fn map_through(
        &mut self,
        name: &str,
        m_span: Span,
        src: Option<TExpr>,
        unknown: Option<UnknownCode>,
    ) -> Option<(ValueRule, Type)> {
        let Some(map) = self.maps.get(name) else {
            let mut d = Diagnostic::error(
                Code::UnknownValueMap,
                format!("no value map is named `{name}`"),
            )
            .with_primary(m_span, "unknown value map");
            if let Some(h) = did_you_mean(name, self.maps.keys().map(String::as_str)) {
                d = d.with_hint(h);
            }
            self.err(d);
            return None;
        };
        let (src, unknown) = (src?, unknown?);
        let elem = match &src.ty {
            Type::MultiSelect { set } => Some(Type::Select { set: set.clone() }),
            Type::List(t) => Some((**t).clone()),
            _ => None,
        };
        let one = elem.clone().unwrap_or_else(|| src.ty.clone());
        match &one {
            Type::Select { .. } | Type::Json | Type::Null => {}
            Type::Scalar(s) if s.is_text() || *s == crate::types::Scalar::Int => {}
            other => {
                self.err(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        format!(
                            "a value map looks up text or integer keys; this is {}",
                            a(&other.to_string())
                        ),
                    )
                    .with_primary(src.span, a(&other.to_string())),
                );
                return None;
            }
        }
        if let Type::Select { set } = &one
            && map.default.is_none()
            && unknown == UnknownCode::Error
            && let Some(s) = self.sets.get(set)
        {
            let missing: Vec<&str> = s
                .options
                .iter()
                .map(|o| o.code.as_str())
                .filter(|c| !map.entries.iter().any(|(k, _)| k == c))
                .collect();
            if !missing.is_empty() {
                let msg = format!(
                    "value map `{}` has no entry for {} code(s) of `{set}`: {}",
                    map.name,
                    missing.len(),
                    list(&missing)
                );
                let hint = "add the entries, give the map a `default:`, or set `unknown: null` / `keep_code` on the rule";
                self.err(
                    Diagnostic::error(Code::ValueMapNotTotal, msg)
                        .with_primary(m_span, "mapped here")
                        .with_secondary(map.span, "this map")
                        .with_secondary(src.span, format!("codes of `{set}`"))
                        .with_hint(hint),
                );
            }
        }
        let ty = if elem.is_some() {
            Type::List(Box::new(map.value_type.clone()))
        } else {
            map.value_type.clone()
        };
        Some((
            ValueRule::Map {
                source: src,
                map: map.name.clone(),
                unknown,
            },
            ty,
        ))
    }
}

/// E401: codes of `set` without a label in `lang`, at the option set (its lines and this rule
/// as secondary labels; [`super::merge_missing_labels`] folds the rules of one set into one).
fn coverage(r: &mut Rules<'_>, set: &OptionSet, lang: &str, at: Span) {
    let missing: Vec<&crate::ir::OptionItem> = set
        .options
        .iter()
        .filter(|o| !o.labels.contains_key(lang))
        .collect();
    if missing.is_empty() {
        return;
    }
    let codes: Vec<&str> = missing.iter().map(|o| o.code.as_str()).collect();
    let mut d = Diagnostic::error(
        Code::MissingLabel,
        format!(
            "option set `{}` has {} code(s) without a `{lang}` label: {}",
            set.name,
            codes.len(),
            list(&codes)
        ),
    )
    .with_primary(
        set.span,
        format!("{} code(s) without a `{lang}` label", codes.len()),
    );
    for o in missing.iter().take(5) {
        d = d.with_secondary(o.span, format!("no `{lang}` label"));
    }
    d = d.with_secondary(at, format!("translated to `{lang}` here"));
    r.err(d.with_hint(format!(
        "add `{lang}:` labels, or say what to do with `missing_label: keep_code | empty | null` on the rule or in the transform's policy"
    )));
}
