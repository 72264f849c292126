// @generated from codegen/templates/support.rs by `cargo gen`: do not edit.

//! Run-time support for the generated transformers: lenient typed input fields, the empty-value
//! policy, translated values, and the small operators expressions compile to. Copied verbatim
//! by `cargo gen` from codegen/templates/support.rs; edit it there.

use std::borrow::Cow;
use std::fmt;

use mapping_dsl::ir::{BinOp, Coercion, MissingLabel, UnknownCode};
use mapping_dsl::rt::{ErrorKind, TransformError};
use mapping_dsl::stdlib;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

// ---------------------------------------------------------------------------------------------
// Input: every field is read leniently into a `Field`, so deserialising never fails on a wrong
// JSON type. The generated `validate` then walks the fields in schema order and fails on the
// first one that is wrong (or coerced without the schema allowing it), the same order the
// interpreter checks them in.

/// One source field as read from the JSON record.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Field<T> {
    /// Missing or `null`.
    #[default]
    Null,
    Val(T),
    /// Converted from another JSON type; allowed only when the schema accepts the coercion.
    Coerced(T, Coercion),
    /// A JSON value of this type that cannot be read as `T`.
    Wrong(&'static str),
    /// `""` (or only spaces) where a number, bool or date is expected: null when the schema
    /// accepts `empty_to_null`, else the wrong type.
    Emptied,
}

impl<T> Field<T> {
    #[inline]
    pub fn get(&self) -> Option<&T> {
        match self {
            Field::Val(v) | Field::Coerced(v, _) => Some(v),
            _ => None,
        }
    }

    /// The error for this field, if any, given the coercions the schema accepts.
    #[inline]
    pub fn check(
        &self,
        expected: &str,
        accept: &[Coercion],
    ) -> Result<Option<Coercion>, ErrorKind> {
        match self {
            Field::Null | Field::Val(_) => Ok(None),
            Field::Coerced(_, c) if accept.contains(c) => Ok(Some(*c)),
            Field::Coerced(_, c) => Err(wrong(expected, coerced_from(*c))),
            Field::Emptied if accept.contains(&Coercion::EmptyToNull) => {
                Ok(Some(Coercion::EmptyToNull))
            }
            Field::Emptied => Err(wrong(expected, "string")),
            Field::Wrong(found) => Err(wrong(expected, found)),
        }
    }
}

fn coerced_from(c: Coercion) -> &'static str {
    match c {
        Coercion::NumberToString => "number",
        Coercion::StringToBool | Coercion::StringToNumber | Coercion::EmptyToNull => "string",
        Coercion::BoolToString => "bool",
    }
}

pub fn wrong(expected: &str, found: &str) -> ErrorKind {
    ErrorKind::WrongType {
        expected: expected.to_owned(),
        found: found.to_owned(),
    }
}

/// How a JSON value of each kind is read as `Self`. The defaults reject the kind.
pub trait Lenient<'de>: Sized {
    fn from_str(_s: Cow<'de, str>) -> Field<Self> {
        Field::Wrong("string")
    }
    fn from_i64(_v: i64) -> Field<Self> {
        Field::Wrong("number")
    }
    fn from_u64(v: u64) -> Field<Self> {
        match i64::try_from(v) {
            Ok(i) => Self::from_i64(i),
            Err(_) => Self::from_f64(v as f64),
        }
    }
    fn from_f64(_v: f64) -> Field<Self> {
        Field::Wrong("number")
    }
    fn from_bool(_v: bool) -> Field<Self> {
        Field::Wrong("bool")
    }
    fn from_seq<A: SeqAccess<'de>>(mut seq: A) -> Result<Field<Self>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Wrong("list"))
    }
    fn from_map<A: MapAccess<'de>>(mut map: A) -> Result<Field<Self>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Wrong("object"))
    }
}

impl<'de, T: Lenient<'de>> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor(std::marker::PhantomData))
    }
}

struct FieldVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Lenient<'de>> Visitor<'de> for FieldVisitor<T> {
    type Value = Field<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Field::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Field::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Field::deserialize(d)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(T::from_bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(T::from_i64(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(T::from_u64(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(T::from_f64(v))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(T::from_str(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(T::from_str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(T::from_str(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        T::from_seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::from_map(map)
    }
}

/// The text a number is coerced to (the same as `serde_json::Number`'s `Display`).
pub fn number_text_i64(v: i64) -> String {
    stdlib::convert::int_to_string(v)
}

pub fn number_text_f64(v: f64) -> Option<String> {
    serde_json::Number::from_f64(v).map(|n| stdlib::convert::number_to_string(&n))
}

/// Text: string, date, datetime.
pub type Text<'a> = Cow<'a, str>;

impl<'de: 'a, 'a> Lenient<'de> for Cow<'a, str> {
    fn from_str(s: Cow<'de, str>) -> Field<Self> {
        Field::Val(s)
    }
    fn from_i64(v: i64) -> Field<Self> {
        Field::Coerced(Cow::Owned(number_text_i64(v)), Coercion::NumberToString)
    }
    fn from_f64(v: f64) -> Field<Self> {
        match number_text_f64(v) {
            Some(s) => Field::Coerced(Cow::Owned(s), Coercion::NumberToString),
            None => Field::Wrong("number"),
        }
    }
    fn from_bool(v: bool) -> Field<Self> {
        Field::Coerced(
            Cow::Borrowed(if v { "true" } else { "false" }),
            Coercion::BoolToString,
        )
    }
}

impl<'de> Lenient<'de> for i64 {
    fn from_i64(v: i64) -> Field<Self> {
        Field::Val(v)
    }
    fn from_f64(_v: f64) -> Field<Self> {
        // `12.0` is a number, not an int (as in the interpreter).
        Field::Wrong("number")
    }
    fn from_str(s: Cow<'de, str>) -> Field<Self> {
        match s.trim().parse::<i64>() {
            Ok(v) => Field::Coerced(v, Coercion::StringToNumber),
            Err(_) if s.trim().is_empty() => Field::Emptied,
            Err(_) => Field::Wrong("string"),
        }
    }
}

impl<'de> Lenient<'de> for serde_json::Number {
    fn from_i64(v: i64) -> Field<Self> {
        Field::Val(v.into())
    }
    fn from_u64(v: u64) -> Field<Self> {
        Field::Val(v.into())
    }
    fn from_f64(v: f64) -> Field<Self> {
        serde_json::Number::from_f64(v).map_or(Field::Wrong("number"), Field::Val)
    }
    fn from_str(s: Cow<'de, str>) -> Field<Self> {
        // As the interpreter: the text is read as a float (`"12"` becomes `12.0`).
        match s
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
        {
            Some(n) => Field::Coerced(n, Coercion::StringToNumber),
            None if s.trim().is_empty() => Field::Emptied,
            None => Field::Wrong("string"),
        }
    }
}

impl<'de> Lenient<'de> for bool {
    fn from_bool(v: bool) -> Field<Self> {
        Field::Val(v)
    }
    fn from_str(s: Cow<'de, str>) -> Field<Self> {
        match &*s {
            "true" => Field::Coerced(true, Coercion::StringToBool),
            "false" => Field::Coerced(false, Coercion::StringToBool),
            t if t.trim().is_empty() => Field::Emptied,
            _ => Field::Wrong("string"),
        }
    }
}

impl<'de, T: Lenient<'de>> Lenient<'de> for Vec<Field<T>> {
    fn from_seq<A: SeqAccess<'de>>(mut seq: A) -> Result<Field<Self>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<Field<T>>()? {
            out.push(item);
        }
        Ok(Field::Val(out))
    }
}

/// Reads a date or datetime field of a schema that accepts `empty_to_null` (the generated
/// struct names it in `deserialize_with`): `""` is [`Field::Emptied`], as for a number.
pub fn date_or_empty<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Field<Text<'a>>, D::Error> {
    Ok(match Field::<Text<'a>>::deserialize(d)? {
        Field::Val(t) if t.trim().is_empty() => Field::Emptied,
        f => f,
    })
}

/// [`date_or_empty`] for a list of dates.
pub fn dates_or_empty<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Field<Vec<Field<Text<'a>>>>, D::Error> {
    Ok(match Field::<Vec<Field<Text<'a>>>>::deserialize(d)? {
        Field::Val(items) => Field::Val(
            items
                .into_iter()
                .map(|f| match f {
                    Field::Val(t) if t.trim().is_empty() => Field::Emptied,
                    f => f,
                })
                .collect(),
        ),
        f => f,
    })
}

/// A select value read from a code ([`Coded`] implements this).
pub trait Code: Sized {
    fn from_code(code: Cow<'_, str>) -> Self;
    fn code(&self) -> &str;
}

/// One option of a set: its code and its label in each of the deployment's languages, in the
/// order of the generated `LANGS` (`None`: the option has no label in that language).
pub type Row = (&'static str, &'static [Option<&'static str>]);

/// An option set as generated code knows it: a table of rows sorted by code.
pub trait OptionSet: 'static {
    /// The rows, sorted by code, each code once.
    fn rows() -> &'static [Row];
}

/// A code of option set `S` read from input: the index of its row in the set's table, or a
/// code that the set does not have.
pub struct Coded<S> {
    at: Result<usize, String>,
    set: std::marker::PhantomData<fn() -> S>,
}

impl<S: OptionSet> Coded<S> {
    /// The label in language `lang` (an index into the generated `LANGS`).
    #[inline]
    pub fn label(&self, lang: usize) -> Label {
        match &self.at {
            Ok(i) => match S::rows().get(*i).and_then(|(_, labels)| labels.get(lang)) {
                Some(Some(text)) => Label::Text(text),
                _ => Label::Missing,
            },
            Err(_) => Label::Unknown,
        }
    }
}

impl<S: OptionSet> Code for Coded<S> {
    #[inline]
    fn from_code(code: Cow<'_, str>) -> Self {
        let at = match S::rows().binary_search_by(|(c, _)| (*c).cmp(&*code)) {
            Ok(i) => Ok(i),
            Err(_) => Err(code.into_owned()),
        };
        Coded {
            at,
            set: std::marker::PhantomData,
        }
    }

    #[inline]
    fn code(&self) -> &str {
        match &self.at {
            Ok(i) => S::rows().get(*i).map_or("", |(c, _)| c),
            Err(c) => c,
        }
    }
}

impl<'de, S: OptionSet> Lenient<'de> for Coded<S> {
    fn from_str(s: Cow<'de, str>) -> Field<Self> {
        select_from_str(s)
    }
    fn from_i64(v: i64) -> Field<Self> {
        select_from_i64(v)
    }
    fn from_f64(v: f64) -> Field<Self> {
        select_from_f64(v)
    }
    fn from_bool(v: bool) -> Field<Self> {
        select_from_bool(v)
    }
}

// By hand rather than derived: a derive would ask `S`, a marker type, for the same traits.
impl<S> Clone for Coded<S> {
    fn clone(&self) -> Self {
        Coded {
            at: self.at.clone(),
            set: std::marker::PhantomData,
        }
    }
}

impl<S> PartialEq for Coded<S> {
    fn eq(&self, other: &Self) -> bool {
        self.at == other.at
    }
}

impl<S> Eq for Coded<S> {}

impl<S: OptionSet> fmt::Debug for Coded<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Ok(_) => write!(f, "Coded({:?})", self.code()),
            Err(c) => write!(f, "Coded(unknown {c:?})"),
        }
    }
}

/// Reads a select: a string code (a number is coerced to its text).
pub fn select_from_str<C: Code>(s: Cow<'_, str>) -> Field<C> {
    Field::Val(C::from_code(s))
}

pub fn select_from_i64<C: Code>(v: i64) -> Field<C> {
    Field::Coerced(
        C::from_code(Cow::Owned(number_text_i64(v))),
        Coercion::NumberToString,
    )
}

pub fn select_from_f64<C: Code>(v: f64) -> Field<C> {
    match number_text_f64(v) {
        Some(s) => Field::Coerced(C::from_code(Cow::Owned(s)), Coercion::NumberToString),
        None => Field::Wrong("number"),
    }
}

pub fn select_from_bool<C: Code>(v: bool) -> Field<C> {
    Field::Coerced(
        C::from_code(Cow::Borrowed(if v { "true" } else { "false" })),
        Coercion::BoolToString,
    )
}

/// Parses a whole record: `NotAnObject` when it is not a JSON object, `InvalidJson` otherwise.
pub fn read_value<'a, T: Deserialize<'a>>(v: &'a serde_json::Value) -> Result<T, TransformError> {
    if !v.is_object() {
        return Err(TransformError::new("", ErrorKind::NotAnObject));
    }
    T::deserialize(v).map_err(|e| TransformError::new("", ErrorKind::InvalidJson(e.to_string())))
}

pub fn read_bytes<'a, T: Deserialize<'a>>(b: &'a [u8]) -> Result<T, TransformError> {
    // serde's derive would also read a struct from a JSON array: only an object is a record.
    if b.iter().find(|c| !c.is_ascii_whitespace()) != Some(&b'{') {
        return Err(match serde_json::from_slice::<de::IgnoredAny>(b) {
            Ok(_) => TransformError::new("", ErrorKind::NotAnObject),
            Err(e) => TransformError::new("", ErrorKind::InvalidJson(e.to_string())),
        });
    }
    // As `stdlib::json::from_record_bytes`: UTF-8 is checked once for the whole record, then the
    // text is parsed (serde_json's byte parser checks every string it reads instead); bytes
    // that are not UTF-8 go to the byte parser, so what is accepted or rejected, and the error
    // message, are those of `serde_json::from_slice`. The check is simdutf8's (SIMD, picked at
    // run time): the records are mostly non-ASCII text, where `std::str::from_utf8` goes a byte
    // at a time (9 % of `transform`'s time on the bench).
    match simdutf8::basic::from_utf8(b) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(b),
    }
    .map_err(|e| TransformError::new("", ErrorKind::InvalidJson(e.to_string())))
}

// ---------------------------------------------------------------------------------------------
// Output.

/// How one kind of empty output is written (mirrors `ir::EmptyAs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum As {
    Keep,
    Null,
    EmptyString,
    EmptyList,
    Omit,
}

/// The empty-value policy of one output key (mirrors `ir::EmptyPolicy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub missing: As,
    pub empty_string: As,
    pub empty_list: As,
}

/// Which empty kind an output value is, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emptiness {
    Full,
    String,
    List,
}

pub trait Empty {
    fn emptiness(&self) -> Emptiness {
        Emptiness::Full
    }
}

impl Empty for Cow<'_, str> {
    fn emptiness(&self) -> Emptiness {
        if self.is_empty() {
            Emptiness::String
        } else {
            Emptiness::Full
        }
    }
}
impl Empty for String {
    fn emptiness(&self) -> Emptiness {
        if self.is_empty() {
            Emptiness::String
        } else {
            Emptiness::Full
        }
    }
}
impl<T> Empty for Vec<T> {
    fn emptiness(&self) -> Emptiness {
        if self.is_empty() {
            Emptiness::List
        } else {
            Emptiness::Full
        }
    }
}
impl Empty for serde_json::Value {
    fn emptiness(&self) -> Emptiness {
        match self {
            serde_json::Value::String(s) if s.is_empty() => Emptiness::String,
            serde_json::Value::Array(a) if a.is_empty() => Emptiness::List,
            _ => Emptiness::Full,
        }
    }
}
impl Empty for i64 {}
impl Empty for serde_json::Number {}
impl Empty for bool {}
impl Empty for Translated<'_> {}
impl<T: Empty + ?Sized> Empty for &T {
    fn emptiness(&self) -> Emptiness {
        (**self).emptiness()
    }
}

/// One output value after the empty policy and `when`.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot<T> {
    Omit,
    Null,
    EmptyString,
    EmptyList,
    Val(T),
    /// The rule's `default:` (already run through the empty policy by codegen).
    Json(&'static serde_json::Value),
}

/// A key not yet set is left out (a large output object starts from its default and is filled
/// by several functions).
impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot::Omit
    }
}

impl<T> Slot<T> {
    pub fn is_omit(&self) -> bool {
        matches!(self, Slot::Omit)
    }
}

fn apply<T>(how: As, keep: Slot<T>) -> Slot<T> {
    match how {
        As::Keep => keep,
        As::Null => Slot::Null,
        As::EmptyString => Slot::EmptyString,
        As::EmptyList => Slot::EmptyList,
        As::Omit => Slot::Omit,
    }
}

/// The empty policy applied to a rule's value. `default` stands in for a null value.
#[inline]
pub fn finish<T: Empty>(v: Option<T>, p: Policy, default: Option<Slot<T>>) -> Slot<T> {
    match v {
        None => match default {
            Some(d) => d,
            None => apply(p.missing, Slot::Null),
        },
        Some(v) => match v.emptiness() {
            Emptiness::Full => Slot::Val(v),
            Emptiness::String => apply(p.empty_string, Slot::Val(v)),
            Emptiness::List => apply(p.empty_list, Slot::Val(v)),
        },
    }
}

impl<T: Serialize> Serialize for Slot<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Slot::Omit | Slot::Null => s.serialize_none(),
            Slot::EmptyString => s.serialize_str(""),
            Slot::EmptyList => s.serialize_seq(Some(0))?.end(),
            Slot::Val(v) => v.serialize(s),
            Slot::Json(v) => v.serialize(s),
        }
    }
}

/// A translated code: `{"code": "label"}` (the label `null` when the policy says so).
#[derive(Debug, Clone, PartialEq)]
pub struct Translated<'a> {
    pub code: Cow<'a, str>,
    pub label: Option<Cow<'a, str>>,
}

impl Serialize for Translated<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(&*self.code, &self.label.as_deref())?;
        m.end()
    }
}

// ---------------------------------------------------------------------------------------------
// Expressions: null is `None`; text is `Cow<str>`.

#[inline]
pub fn text<'a>(v: Option<&'a Cow<'_, str>>) -> Option<Cow<'a, str>> {
    v.map(|s| Cow::Borrowed(&**s))
}

#[inline]
pub fn code<C: Code>(v: Option<&C>) -> Option<Cow<'_, str>> {
    v.map(|c| Cow::Borrowed(c.code()))
}

#[inline]
pub fn truthy(v: Option<bool>) -> bool {
    v.unwrap_or(false)
}

/// The record's key for error messages.
pub fn key_text(v: Option<Cow<'_, str>>) -> Option<String> {
    v.map(Cow::into_owned)
}

/// A parameter's value as text (its default when the run did not set it).
pub fn param_text<'a>(
    ctx: &'a mapping_dsl::rt::Context,
    name: &str,
    default: Option<&'static str>,
) -> Option<Cow<'a, str>> {
    match ctx.params.get(name) {
        Some(serde_json::Value::String(s)) => Some(Cow::Borrowed(s.as_str())),
        Some(serde_json::Value::Null) => None,
        Some(other) => Some(Cow::Owned(other.to_string())),
        None => default.map(Cow::Borrowed),
    }
}

/// Where in a record an error happened, built on the stack and rendered only on failure.
#[derive(Debug, Clone, Copy)]
pub enum Loc<'a> {
    Root,
    Field {
        parent: &'a Loc<'a>,
        name: &'static str,
    },
    Elem {
        parent: &'a Loc<'a>,
        name: &'static str,
        index: usize,
    },
}

impl Loc<'_> {
    fn render(&self, out: &mut String) {
        match self {
            Loc::Root => {}
            Loc::Field { parent, name } => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Loc::Elem {
                parent,
                name,
                index,
            } => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }

    /// The path of `leaf` under this location, e.g. `family[2].relation`.
    pub fn path(&self, leaf: &str) -> String {
        let mut out = String::new();
        self.render(&mut out);
        if !leaf.is_empty() {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(leaf);
        }
        out
    }

    pub fn fail(&self, leaf: &str, kind: ErrorKind) -> TransformError {
        TransformError::new(self.path(leaf), kind)
    }

    /// An error at element `index` of the list under `leaf`: `nationality[2]`.
    pub fn fail_at(&self, leaf: &str, index: usize, kind: ErrorKind) -> TransformError {
        TransformError::new(format!("{}[{index}]", self.path(leaf)), kind)
    }
}

/// Checks one input field; counts an allowed coercion under the field's path (with list
/// indices, as the interpreter does).
#[inline]
pub fn check<T>(
    f: &Field<T>,
    expected: &str,
    accept: &[Coercion],
    loc: &Loc<'_>,
    name: &str,
    ctx: &mapping_dsl::rt::Context,
) -> Result<(), TransformError> {
    match f.check(expected, accept) {
        Ok(None) => Ok(()),
        Ok(Some(c)) => {
            ctx.counters.coercion(&loc.path(name), c.name());
            Ok(())
        }
        Err(kind) => Err(loc.fail(name, kind)),
    }
}

/// Like [`check`] for list elements that may not be null (option codes).
#[inline]
pub fn check_present<T>(
    f: &Field<T>,
    expected: &str,
    accept: &[Coercion],
    loc: &Loc<'_>,
    ctx: &mapping_dsl::rt::Context,
) -> Result<(), TransformError> {
    if matches!(f, Field::Null) {
        return Err(loc.fail("", wrong(expected, "null")));
    }
    check(f, expected, accept, loc, "", ctx)
}

/// A translation's label for a code in one language, as [`Coded::label`] reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Text(&'static str),
    /// A known code without a label in this language.
    Missing,
    /// A code that is not in the option set.
    Unknown,
}

/// `{code: label}` for one code under the rule's policies. A known code with a label costs
/// no allocation; the other cases go through `stdlib::translate::apply_label_policy`, the
/// function the interpreter uses.
#[inline]
pub fn translated<'a>(
    code: Cow<'a, str>,
    label: Label,
    set: &str,
    lang: &str,
    unknown: UnknownCode,
    missing: MissingLabel,
    ctx: &mapping_dsl::rt::Context,
) -> Result<Translated<'a>, ErrorKind> {
    let found = match label {
        Label::Text(t) => {
            return Ok(Translated {
                code,
                label: Some(Cow::Borrowed(t)),
            });
        }
        Label::Missing => Some(None),
        Label::Unknown => None,
    };
    let label = stdlib::translate::apply_label_policy(
        set,
        &code,
        lang,
        found,
        unknown,
        missing,
        &ctx.counters,
    )?
    .map(|l| Cow::Owned(l.to_owned()));
    Ok(Translated { code, label })
}

/// `a OP b` for ints (`/` rounds, as `stdlib::ops::arith_int`): null on either side gives null.
#[inline]
pub fn arith_int(op: BinOp, a: Option<i64>, b: Option<i64>) -> Result<Option<i64>, ErrorKind> {
    match (a, b) {
        (Some(a), Some(b)) => stdlib::ops::arith_int(op, a, b).map(Some),
        _ => Ok(None),
    }
}

/// `a OP b` as floats; a result JSON cannot hold is null (as in the interpreter).
#[inline]
pub fn arith_number(
    op: BinOp,
    a: Option<serde_json::Number>,
    b: Option<serde_json::Number>,
) -> Result<Option<serde_json::Number>, ErrorKind> {
    match (
        a.as_ref().and_then(serde_json::Number::as_f64),
        b.as_ref().and_then(serde_json::Number::as_f64),
    ) {
        (Some(x), Some(y)) => Ok(serde_json::Number::from_f64(stdlib::ops::arith_number(
            op, x, y,
        )?)),
        _ => Ok(None),
    }
}

#[inline]
pub fn neg_number(a: Option<serde_json::Number>) -> Option<serde_json::Number> {
    a.and_then(|n| n.as_f64())
        .and_then(|x| serde_json::Number::from_f64(-x))
}

/// A number compared the way `stdlib::ops::cmp_numbers` does (ints exactly).
struct NumOrd<'a>(&'a serde_json::Number);

impl PartialEq for NumOrd<'_> {
    fn eq(&self, o: &Self) -> bool {
        stdlib::ops::cmp_numbers(self.0, o.0) == Some(std::cmp::Ordering::Equal)
    }
}

impl PartialOrd for NumOrd<'_> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        stdlib::ops::cmp_numbers(self.0, o.0)
    }
}

#[inline]
pub fn compare_numbers(
    op: BinOp,
    a: Option<&serde_json::Number>,
    b: Option<&serde_json::Number>,
) -> bool {
    stdlib::ops::compare(op, a.map(NumOrd), b.map(NumOrd))
}

/// `default(a, b)`: `b` when `a` is null or empty.
#[inline]
pub fn default_of<T: Empty>(a: Option<T>, b: Option<T>) -> Option<T> {
    match &a {
        None => b,
        Some(v) if v.emptiness() != Emptiness::Full => b,
        Some(_) => a,
    }
}

/// `format_date(d, fmt, tz)`: a null format fails, as in the interpreter.
pub fn format_date(
    d: Option<&str>,
    fmt: Option<&str>,
    tz: Option<&str>,
) -> Result<Option<Cow<'static, str>>, ErrorKind> {
    let Some(fmt) = fmt else {
        return Err(ErrorKind::Function {
            function: "format_date".into(),
            reason: "the format is null".into(),
        });
    };
    Ok(stdlib::date::format_date(d, fmt, tz)?.map(Cow::Owned))
}

/// `round(x)`: ints stay, floats round half away from zero.
pub fn round(n: Option<&serde_json::Number>) -> Result<Option<i64>, ErrorKind> {
    match n {
        None => Ok(None),
        Some(n) => match n.as_i64() {
            Some(i) if !n.is_f64() => Ok(Some(i)),
            _ => stdlib::convert::round(n.as_f64().unwrap_or(f64::NAN)).map(Some),
        },
    }
}

pub fn abs_number(n: Option<&serde_json::Number>) -> Option<serde_json::Number> {
    n.and_then(|n| {
        serde_json::Number::from_f64(stdlib::convert::abs_number(n.as_f64().unwrap_or(f64::NAN)))
    })
}

#[inline]
pub fn neg_int(a: Option<i64>) -> Result<Option<i64>, ErrorKind> {
    a.map(stdlib::ops::neg_int).transpose()
}

/// `substr` that keeps borrowed text borrowed.
#[inline]
pub fn substr<'a>(
    s: Option<Cow<'a, str>>,
    start: Option<i64>,
    len: Option<i64>,
) -> Option<Cow<'a, str>> {
    match s {
        None => None,
        Some(Cow::Borrowed(b)) => stdlib::text::substr(Some(b), start, len).map(Cow::Borrowed),
        Some(Cow::Owned(o)) => {
            stdlib::text::substr(Some(&o), start, len).map(|r| Cow::Owned(r.to_owned()))
        }
    }
}

/// An output that could not be written (only non-string map keys can cause this).
pub fn write_error(e: serde_json::Error) -> TransformError {
    TransformError::new("", ErrorKind::InvalidJson(e.to_string()))
}

// ---------------------------------------------------------------------------------------------
// `json` values: `Option<&Value>` borrowed from the input, where `None` is null (a JSON `null`
// is never `Some`). Every operation goes through the `stdlib` function the interpreter uses.

static NULL: serde_json::Value = serde_json::Value::Null;

/// A JSON value with `null` read as `None`.
#[inline]
pub fn json(v: Option<&serde_json::Value>) -> Option<&serde_json::Value> {
    v.filter(|v| !v.is_null())
}

/// `v.key`: null unless `v` is an object with that key.
#[inline]
pub fn json_field<'a>(
    v: Option<&'a serde_json::Value>,
    key: &str,
) -> Option<&'a serde_json::Value> {
    json(v.and_then(|v| v.get(key)))
}

/// `v[i]`: null unless `v` is a list that long.
#[inline]
pub fn json_index(v: Option<&serde_json::Value>, i: usize) -> Option<&serde_json::Value> {
    json(v.and_then(|v| v.get(i)))
}

/// A JSON value where text is expected: a string or null.
#[inline]
pub fn json_text(v: Option<&serde_json::Value>) -> Result<Option<&str>, ErrorKind> {
    v.map_or(Ok(None), stdlib::json::text_of)
}

/// A JSON value as a condition: null is false, a bool is itself.
#[inline]
pub fn json_bool(v: Option<&serde_json::Value>) -> Result<bool, ErrorKind> {
    stdlib::json::bool_of(v.unwrap_or(&NULL))
}

/// A JSON list's elements (null: `None`); any other value fails.
pub fn json_items(
    v: Option<&serde_json::Value>,
) -> Result<Option<Vec<Option<&serde_json::Value>>>, ErrorKind> {
    Ok(stdlib::json::list_of(v.unwrap_or(&NULL))?
        .map(|a| a.iter().map(|x| json(Some(x))).collect()))
}

/// `first(v)` of a JSON list.
pub fn json_first(v: Option<&serde_json::Value>) -> Result<Option<&serde_json::Value>, ErrorKind> {
    Ok(json(stdlib::list::first(stdlib::json::list_of(
        v.unwrap_or(&NULL),
    )?)))
}

/// `last(v)` of a JSON list.
pub fn json_last(v: Option<&serde_json::Value>) -> Result<Option<&serde_json::Value>, ErrorKind> {
    Ok(json(stdlib::list::last(stdlib::json::list_of(
        v.unwrap_or(&NULL),
    )?)))
}

/// `len(v)`: elements of a list, characters of a string, 0 for null.
pub fn json_len(v: Option<&serde_json::Value>) -> Result<i64, ErrorKind> {
    match v {
        Some(serde_json::Value::Array(a)) => Ok(stdlib::text::len_list(Some(a.len()))),
        other => Ok(stdlib::text::len(json_text(other)?)),
    }
}

/// `to_string(v)` of a JSON value.
#[inline]
pub fn json_to_string(v: Option<&serde_json::Value>) -> Option<Cow<'_, str>> {
    v.and_then(stdlib::convert::value_to_string)
}

/// A comparison with a JSON value on either side.
#[inline]
pub fn cmp_json(op: BinOp, a: Option<&serde_json::Value>, b: Option<&serde_json::Value>) -> bool {
    stdlib::ops::compare_values(op, a.unwrap_or(&NULL), b.unwrap_or(&NULL))
}

/// A JSON value compared with text: `compare_values` without building a JSON string when the
/// value is a string (string against string compares the same in both).
#[inline]
pub fn cmp_json_text(op: BinOp, a: Option<&serde_json::Value>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(serde_json::Value::String(x)), Some(y)) => {
            stdlib::ops::compare(op, Some(x.as_str()), Some(y))
        }
        (a, b) => {
            let b = b.map_or(serde_json::Value::Null, |s| {
                serde_json::Value::String(s.to_owned())
            });
            stdlib::ops::compare_values(op, a.unwrap_or(&NULL), &b)
        }
    }
}

/// A `sort_by` key that is a JSON value: text, a number or null.
#[inline]
pub fn json_sort_key(k: Option<&serde_json::Value>) -> Result<(), ErrorKind> {
    stdlib::list::check_sort_key(k.unwrap_or(&NULL))
}

/// The `sort_by` orders, one per key representation (null last; see `stdlib::ops::sort_key_order`).
#[inline]
pub fn order_json(
    a: Option<&serde_json::Value>,
    b: Option<&serde_json::Value>,
) -> std::cmp::Ordering {
    stdlib::ops::sort_key_order(a.unwrap_or(&NULL), b.unwrap_or(&NULL))
}

#[inline]
pub fn order_text(a: Option<&str>, b: Option<&str>) -> std::cmp::Ordering {
    stdlib::list::key_order(a.as_ref(), b.as_ref(), |x: &&str, y: &&str| x.cmp(y))
}

#[inline]
pub fn order_int(a: Option<i64>, b: Option<i64>) -> std::cmp::Ordering {
    stdlib::list::key_order(a.as_ref(), b.as_ref(), Ord::cmp)
}

#[inline]
pub fn order_number(
    a: Option<&serde_json::Number>,
    b: Option<&serde_json::Number>,
) -> std::cmp::Ordering {
    stdlib::list::key_order(a, b, |x, y| {
        stdlib::ops::cmp_numbers(x, y).unwrap_or(std::cmp::Ordering::Equal)
    })
}

/// Whether a list contains a text (`contains(list, x)`); a null needle is never contained.
#[inline]
pub fn contains_text(items: Option<&[Option<Cow<'_, str>>]>, x: Option<&str>) -> bool {
    stdlib::list::contains_item(items, x, |i, x| matches!(i.as_deref(), Some(s) if s == x))
}

/// `join(list, sep)` of a list of JSON values (each must be text or null).
pub fn join_json(
    items: &[Option<&serde_json::Value>],
    sep: Option<&str>,
) -> Result<String, ErrorKind> {
    let items = items
        .iter()
        .map(|v| json_text(*v))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(stdlib::text::join(items, sep))
}

// ---------------------------------------------------------------------------------------------
// Value maps: a generated `match` finds the entry; `stdlib::translate::apply_lookup_policy`
// applies the default and the unknown policy, as in the interpreter.

/// What a generated value-map function returns.
pub type Looked = Result<stdlib::translate::Lookup<'static, serde_json::Value>, ErrorKind>;

/// A `map:` value: `None` is null.
pub type Mapped = Option<Cow<'static, serde_json::Value>>;

impl Empty for Cow<'_, serde_json::Value> {
    fn emptiness(&self) -> Emptiness {
        (**self).emptiness()
    }
}

fn looked_up(r: stdlib::translate::Lookup<'static, serde_json::Value>, key: &str) -> Mapped {
    match r {
        stdlib::translate::Lookup::Value(v) if v.is_null() => None,
        stdlib::translate::Lookup::Value(v) => Some(Cow::Borrowed(v)),
        stdlib::translate::Lookup::Key => {
            Some(Cow::Owned(serde_json::Value::String(key.to_owned())))
        }
        stdlib::translate::Lookup::Null => None,
    }
}

/// `map:` of one text key (null maps to null).
#[inline]
pub fn map_text(key: Option<&str>, lookup: impl Fn(&str) -> Looked) -> Result<Mapped, ErrorKind> {
    match key {
        None => Ok(None),
        Some(k) => Ok(looked_up(lookup(k)?, k)),
    }
}

fn map_one(x: &serde_json::Value, lookup: &impl Fn(&str) -> Looked) -> Result<Mapped, ErrorKind> {
    if x.is_null() {
        return Ok(None);
    }
    let k = stdlib::translate::map_key(x)?;
    Ok(looked_up(lookup(&k)?, &k))
}

/// `map:` of any JSON value: a list maps element-wise (errors name the element).
pub fn map_value(
    v: Option<&serde_json::Value>,
    lookup: impl Fn(&str) -> Looked,
    loc: &Loc<'_>,
    leaf: &str,
) -> Result<Mapped, TransformError> {
    match v {
        None => Ok(None),
        Some(serde_json::Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, x) in items.iter().enumerate() {
                let m = map_one(x, &lookup).map_err(|k| loc.fail_at(leaf, i, k))?;
                out.push(m.map_or(serde_json::Value::Null, Cow::into_owned));
            }
            Ok(Some(Cow::Owned(serde_json::Value::Array(out))))
        }
        Some(x) => map_one(x, &lookup).map_err(|k| loc.fail(leaf, k)),
    }
}

/// `lookup(key, MAP)`: the key is text (or a number or bool, written as text); null gives null.
pub fn lookup_json(
    v: Option<&serde_json::Value>,
    lookup: impl Fn(&str) -> Looked,
) -> Result<Option<&'static serde_json::Value>, ErrorKind> {
    let Some(v) = v else { return Ok(None) };
    let k = stdlib::json::text_or_number(v)?.unwrap_or_default();
    lookup_text(Some(&k), lookup)
}

/// `lookup(key, MAP)` of a text key.
pub fn lookup_text(
    k: Option<&str>,
    lookup: impl Fn(&str) -> Looked,
) -> Result<Option<&'static serde_json::Value>, ErrorKind> {
    let Some(k) = k else { return Ok(None) };
    Ok(match lookup(k)? {
        stdlib::translate::Lookup::Value(v) => json(Some(v)),
        // Not reachable with the `error` policy `lookup()` uses.
        stdlib::translate::Lookup::Key | stdlib::translate::Lookup::Null => None,
    })
}

/// Text, or a number or bool written as text (`digits_only`, `lookup` keys); null is `None`.
#[inline]
pub fn json_text_or_number(
    v: Option<&serde_json::Value>,
) -> Result<Option<Cow<'_, str>>, ErrorKind> {
    v.map_or(Ok(None), stdlib::json::text_or_number)
}

// ---------------------------------------------------------------------------------------------
// Collection functions: the element expression is a closure that may fail the record (its
// error is the caller's); `null` lists give `null`. Elements are `Option`s (null elements kept).

/// `filter(list, cond)`.
#[inline]
pub fn filter<T: Clone, E>(
    xs: Option<Vec<T>>,
    mut keep: impl FnMut(T) -> Result<bool, E>,
) -> Result<Option<Vec<T>>, E> {
    let Some(xs) = xs else { return Ok(None) };
    let mut out = Vec::with_capacity(xs.len());
    for x in xs {
        if keep(x.clone())? {
            out.push(x);
        }
    }
    Ok(Some(out))
}

/// `find(list, cond)`: the first element that holds (it may be null), or null.
#[inline]
pub fn find<T: Clone, E>(
    xs: Option<Vec<Option<T>>>,
    mut keep: impl FnMut(Option<T>) -> Result<bool, E>,
) -> Result<Option<T>, E> {
    for x in xs.into_iter().flatten() {
        if keep(x.clone())? {
            return Ok(x);
        }
    }
    Ok(None)
}

/// `map(list, expr)`.
#[inline]
pub fn map<T, U, E>(
    xs: Option<Vec<T>>,
    mut f: impl FnMut(T) -> Result<U, E>,
) -> Result<Option<Vec<U>>, E> {
    let Some(xs) = xs else { return Ok(None) };
    let mut out = Vec::with_capacity(xs.len());
    for x in xs {
        out.push(f(x)?);
    }
    Ok(Some(out))
}

/// `sort_by(list, key)`: keys computed in order, then a stable sort by `order`.
#[inline]
pub fn sort_by<T: Clone, K, E>(
    xs: Option<Vec<T>>,
    mut key: impl FnMut(T) -> Result<K, E>,
    order: impl Fn(&K, &K) -> std::cmp::Ordering,
) -> Result<Option<Vec<T>>, E> {
    let Some(xs) = xs else { return Ok(None) };
    let mut keyed = Vec::with_capacity(xs.len());
    for x in xs {
        keyed.push((key(x.clone())?, x));
    }
    keyed.sort_by(|a, b| order(&a.0, &b.0));
    Ok(Some(keyed.into_iter().map(|(_, v)| v).collect()))
}

/// `flatten` of a list of JSON values: each must be a list (or null, skipped).
pub fn flatten_json(
    xs: Option<Vec<Option<&serde_json::Value>>>,
) -> Result<Option<Vec<Option<&serde_json::Value>>>, ErrorKind> {
    let Some(xs) = xs else { return Ok(None) };
    let inner = xs
        .iter()
        .map(|x| stdlib::json::list_of(x.unwrap_or(&NULL)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(
        stdlib::list::flatten(inner)
            .into_iter()
            .map(|x| json(Some(x)))
            .collect(),
    ))
}

/// `distinct` equality of JSON values (`stdlib::ops::values_equal`; null equals null).
#[inline]
pub fn same_json(a: Option<&serde_json::Value>, b: Option<&serde_json::Value>) -> bool {
    stdlib::ops::values_equal(a.unwrap_or(&NULL), b.unwrap_or(&NULL))
}

/// `distinct` equality of numbers (`1 == 1.0`).
#[inline]
pub fn same_number(a: Option<&serde_json::Number>, b: Option<&serde_json::Number>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => stdlib::ops::cmp_numbers(a, b) == Some(std::cmp::Ordering::Equal),
        (a, b) => a.is_none() && b.is_none(),
    }
}

/// Typed values as owned JSON (to compare or map them like `json`).
#[inline]
pub fn owned_json_text(v: Option<Cow<'_, str>>) -> Option<serde_json::Value> {
    v.map(|s| serde_json::Value::String(s.into_owned()))
}
#[inline]
pub fn owned_json_int(v: Option<i64>) -> Option<serde_json::Value> {
    v.map(serde_json::Value::from)
}
#[inline]
pub fn owned_json_number(v: Option<serde_json::Number>) -> Option<serde_json::Value> {
    v.map(serde_json::Value::Number)
}
#[inline]
pub fn owned_json_bool(v: Option<bool>) -> Option<serde_json::Value> {
    v.map(serde_json::Value::Bool)
}

/// `to_string` of an int and of a bool.
#[inline]
pub fn int_text(v: Option<i64>) -> Option<Cow<'static, str>> {
    v.map(|i| Cow::Owned(stdlib::convert::int_to_string(i)))
}
#[inline]
pub fn bool_text(v: Option<bool>) -> Option<Cow<'static, str>> {
    v.map(|b| Cow::Borrowed(stdlib::convert::bool_to_string(b)))
}

/// Text compared with a JSON value (the sides in this order).
#[inline]
pub fn cmp_text_json(op: BinOp, a: Option<&str>, b: Option<&serde_json::Value>) -> bool {
    let flipped = match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Le => BinOp::Ge,
        BinOp::Gt => BinOp::Lt,
        BinOp::Ge => BinOp::Le,
        other => other,
    };
    cmp_json_text(flipped, b, a)
}

/// An ordering comparison of an object or list with null: never true (the side is evaluated).
#[inline]
pub fn never<T>(_v: Option<T>) -> bool {
    false
}
