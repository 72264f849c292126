//! Reading input fields: every field of a generated input struct is read leniently into a
//! [`Field`], so deserialising never fails on a wrong JSON type. The generated `validate` then
//! walks the fields in schema order and fails on the first one that is wrong (or coerced without
//! the schema allowing it), the same order the interpreter checks them in.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::ErrorKind;
use crate::stdlib;

/// How a source value of the wrong JSON type is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Coercion {
    NumberToString,
    StringToBool,
    StringToNumber,
    BoolToString,
    /// `""` (or only spaces) in an int, number, bool, date or datetime field reads as null.
    EmptyToNull,
}

impl Coercion {
    pub const ALL: [Coercion; 5] = [
        Coercion::NumberToString,
        Coercion::StringToBool,
        Coercion::StringToNumber,
        Coercion::BoolToString,
        Coercion::EmptyToNull,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Coercion::NumberToString => "number_to_string",
            Coercion::StringToBool => "string_to_bool",
            Coercion::StringToNumber => "string_to_number",
            Coercion::BoolToString => "bool_to_string",
            Coercion::EmptyToNull => "empty_to_null",
        }
    }
}

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

pub(crate) fn wrong(expected: &str, found: &str) -> ErrorKind {
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
pub(crate) fn number_text_i64(v: i64) -> String {
    stdlib::convert::int_to_string(v)
}

pub(crate) fn number_text_f64(v: f64) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read<'a, T: Lenient<'a>>(text: &'a str) -> Field<T> {
        serde_json::from_str(text).expect("any JSON value reads as a field")
    }

    fn wrong_type(expected: &str, found: &str) -> ErrorKind {
        ErrorKind::WrongType {
            expected: expected.into(),
            found: found.into(),
        }
    }

    #[test]
    fn text_reads_strings_and_coerces_numbers_and_bools() {
        assert!(matches!(
            read::<Text>(r#""ก ข""#),
            Field::Val(Cow::Borrowed("ก ข"))
        ));
        // An escape cannot be borrowed from the input.
        assert_eq!(
            read::<Text>(r#""a\"b""#),
            Field::Val(Cow::Owned("a\"b".into()))
        );
        assert_eq!(read::<Text>("null"), Field::Null);
        assert_eq!(
            read::<Text>("12"),
            Field::Coerced("12".into(), Coercion::NumberToString)
        );
        assert_eq!(
            read::<Text>("1.5"),
            Field::Coerced("1.5".into(), Coercion::NumberToString)
        );
        assert_eq!(
            read::<Text>("18446744073709551615"),
            Field::Coerced("1.8446744073709552e+19".into(), Coercion::NumberToString)
        );
        assert_eq!(
            read::<Text>("false"),
            Field::Coerced("false".into(), Coercion::BoolToString)
        );
        assert_eq!(read::<Text>("[1]"), Field::Wrong("list"));
        assert_eq!(read::<Text>(r#"{"a": 1}"#), Field::Wrong("object"));
        // The empty string is text, not a null.
        assert_eq!(read::<Text>(r#""""#), Field::Val("".into()));
    }

    #[test]
    fn ints_take_whole_numbers_and_their_text() {
        assert_eq!(read::<i64>("-7"), Field::Val(-7));
        // `12.0` is a number, not an int (as in the interpreter).
        assert_eq!(read::<i64>("12.0"), Field::Wrong("number"));
        assert_eq!(read::<i64>("18446744073709551615"), Field::Wrong("number"));
        assert_eq!(
            read::<i64>(r#"" 42 ""#),
            Field::Coerced(42, Coercion::StringToNumber)
        );
        assert_eq!(read::<i64>(r#""4.2""#), Field::Wrong("string"));
        assert_eq!(read::<i64>(r#""""#), Field::Emptied);
        assert_eq!(read::<i64>(r#""  ""#), Field::Emptied);
        assert_eq!(read::<i64>("true"), Field::Wrong("bool"));
    }

    #[test]
    fn numbers_read_text_as_a_float() {
        assert_eq!(read::<serde_json::Number>("3"), Field::Val(3.into()));
        assert_eq!(
            read::<serde_json::Number>("2.5"),
            Field::Val(serde_json::Number::from_f64(2.5).expect("finite"))
        );
        // As the interpreter: `"12"` becomes `12.0`.
        assert_eq!(
            read::<serde_json::Number>(r#""12""#),
            Field::Coerced(
                serde_json::Number::from_f64(12.0).expect("finite"),
                Coercion::StringToNumber
            )
        );
        assert_eq!(
            read::<serde_json::Number>(r#""NaN""#),
            Field::Wrong("string")
        );
        assert_eq!(read::<serde_json::Number>(r#"" ""#), Field::Emptied);
    }

    #[test]
    fn bools_take_only_the_exact_words() {
        assert_eq!(read::<bool>("true"), Field::Val(true));
        assert_eq!(
            read::<bool>(r#""false""#),
            Field::Coerced(false, Coercion::StringToBool)
        );
        assert_eq!(read::<bool>(r#""True""#), Field::Wrong("string"));
        assert_eq!(read::<bool>(r#""yes""#), Field::Wrong("string"));
        assert_eq!(read::<bool>(r#""""#), Field::Emptied);
        assert_eq!(read::<bool>(r#"" ""#), Field::Emptied);
        assert_eq!(read::<bool>("1"), Field::Wrong("number"));
    }

    #[test]
    fn lists_read_each_element_leniently() {
        assert_eq!(
            read::<Vec<Field<i64>>>(r#"[1, "2", null, "x", ""]"#),
            Field::Val(vec![
                Field::Val(1),
                Field::Coerced(2, Coercion::StringToNumber),
                Field::Null,
                Field::Wrong("string"),
                Field::Emptied,
            ])
        );
        assert_eq!(read::<Vec<Field<i64>>>("3"), Field::Wrong("number"));
    }

    #[test]
    fn check_accepts_only_the_coercions_the_schema_lists() {
        let coerced = Field::Coerced(2_i64, Coercion::StringToNumber);
        assert_eq!(
            coerced.check("int", &[Coercion::StringToNumber]),
            Ok(Some(Coercion::StringToNumber))
        );
        assert_eq!(coerced.check("int", &[]), Err(wrong_type("int", "string")));
        let from_number = Field::Coerced(Text::from("1"), Coercion::NumberToString);
        assert_eq!(
            from_number.check("string", &[Coercion::BoolToString]),
            Err(wrong_type("string", "number"))
        );
        let emptied: Field<bool> = Field::Emptied;
        assert_eq!(
            emptied.check("bool", &[Coercion::EmptyToNull]),
            Ok(Some(Coercion::EmptyToNull))
        );
        assert_eq!(
            emptied.check("bool", &[]),
            Err(wrong_type("bool", "string"))
        );
        assert_eq!(
            Field::<bool>::Wrong("list").check("bool", &Coercion::ALL),
            Err(wrong_type("bool", "list"))
        );
        assert_eq!(Field::<bool>::Null.check("bool", &[]), Ok(None));
        assert_eq!(Field::Val(true).check("bool", &[]), Ok(None));
        assert_eq!(Field::Val(true).get(), Some(&true));
        assert_eq!(coerced.get(), Some(&2));
        assert_eq!(emptied.get(), None);
    }

    #[test]
    fn blank_dates_are_emptied_when_the_schema_reads_them_so() {
        let date = |v| date_or_empty(v).expect("any JSON value reads as a field");
        assert_eq!(date(json!(" ")), Field::Emptied);
        assert_eq!(date(json!("2024-02-29")), Field::Val("2024-02-29".into()));
        assert_eq!(date(json!(null)), Field::Null);
        // Without `date_or_empty`, a blank date is text (the wrong type for the date check).
        assert_eq!(read::<Text>(r#""""#), Field::Val("".into()));
        let dates = |v| dates_or_empty(v).expect("any JSON value reads as a field");
        assert_eq!(
            dates(json!(["", "2024-01-01", null])),
            Field::Val(vec![
                Field::Emptied,
                Field::Val("2024-01-01".into()),
                Field::Null
            ])
        );
        assert_eq!(dates(json!("")), Field::Wrong("string"));
    }

    #[test]
    fn coercion_names_are_the_specs() {
        let names: Vec<&str> = Coercion::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(
            names,
            [
                "number_to_string",
                "string_to_bool",
                "string_to_number",
                "bool_to_string",
                "empty_to_null"
            ]
        );
    }
}
