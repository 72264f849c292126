//! The signature table the checker types calls with, and the documentation of every function:
//! argument kinds, result rule, whether it can fail at run time, its null rule and examples.
//! The examples are run as tests (`expr` tests), so this table cannot drift from the code.

use super::Func;
use crate::types::Scalar;

/// What an argument position accepts. `json` values are accepted everywhere and checked at run
/// time; the literal `null` is accepted wherever a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    /// string, date, datetime or a select code.
    Text,
    Int,
    /// int or number.
    Numeric,
    /// text, int or number.
    TextOrNumber,
    /// text or a list (multi_select included).
    TextOrList,
    /// date or datetime, or a string validated at run time.
    DateLike,
    Any,
    /// a list (multi_select included).
    List,
    /// Evaluated once per element of the first argument with `it` bound; must be bool.
    Predicate,
    /// Evaluated once per element with `it` bound; any type.
    ElementExpr,
    /// Evaluated once per element with `it` bound; text or numeric.
    SortKey,
    /// The name of an option set (a bare name or a string literal).
    OptionSet,
    /// The name of a value map (a bare name or a string literal).
    ValueMap,
}

impl Arg {
    /// How the kind reads in "expected …" messages.
    pub fn describe(self) -> &'static str {
        match self {
            Arg::Text => "text (string, date, datetime or a select code)",
            Arg::Int => "an int",
            Arg::Numeric => "a number",
            Arg::TextOrNumber => "text or a number",
            Arg::TextOrList => "text or a list",
            Arg::DateLike => "a date or datetime",
            Arg::Any => "any value",
            Arg::List => "a list",
            Arg::Predicate => "a condition on `it`",
            Arg::ElementExpr => "an expression on `it`",
            Arg::SortKey => "a text or number key on `it`",
            Arg::OptionSet => "an option set name",
            Arg::ValueMap => "a value map name",
        }
    }
}

/// How the result type follows from the arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ret {
    Scalar(Scalar),
    /// The common type of all arguments (`coalesce`, `default`).
    Common,
    /// The element type of the first argument (`first`, `find`).
    Element,
    /// The type of the first argument (`filter`, `sort_by`, `abs`).
    SameAsFirst,
    /// A list of the element expression's type (`map`).
    ListOfExpr,
    /// A list of strings (`split`).
    ListOfString,
    /// `{code: label}` for a select, a list of them for a multi_select.
    Translated,
    /// The value type of the value map.
    MapValue,
    /// The element type of the first argument's elements (`flatten`: list<list<T>> -> list<T>).
    Flattened,
}

/// One documented example: evaluated against `input`, `expr` gives `output` (both JSON).
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub input: &'static str,
    pub expr: &'static str,
    pub output: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Signature {
    pub func: Func,
    pub name: &'static str,
    /// Fixed parameters; the last `optional` of them may be left out.
    pub params: &'static [Arg],
    pub optional: usize,
    /// Further arguments of this kind may follow (variadic functions).
    pub rest: Option<Arg>,
    pub ret: Ret,
    /// Whether a call can fail the record at run time.
    pub can_fail: bool,
    /// The function's rule for `null` arguments.
    pub nulls: &'static str,
    pub doc: &'static str,
    pub examples: &'static [Example],
}

impl Signature {
    pub fn min_args(&self) -> usize {
        self.params.len() - self.optional
    }

    /// `None` for variadic functions.
    pub fn max_args(&self) -> Option<usize> {
        if self.rest.is_some() {
            None
        } else {
            Some(self.params.len())
        }
    }

    /// The kind expected at argument position `i`.
    pub fn arg(&self, i: usize) -> Option<Arg> {
        self.params.get(i).copied().or(self.rest)
    }

    /// `concat(a, b, …)`: how the call is written in docs and messages.
    pub fn usage(&self) -> String {
        let mut parts: Vec<String> = self
            .params
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let n = arg_name(*a);
                if i >= self.min_args() {
                    format!("{n}?")
                } else {
                    n.to_owned()
                }
            })
            .collect();
        if self.rest.is_some() {
            parts.push("…".to_owned());
        }
        format!("{}({})", self.name, parts.join(", "))
    }
}

fn arg_name(a: Arg) -> &'static str {
    match a {
        Arg::Text | Arg::TextOrNumber => "text",
        Arg::Int => "int",
        Arg::Numeric => "number",
        Arg::TextOrList => "text_or_list",
        Arg::DateLike => "date",
        Arg::Any => "value",
        Arg::List => "list",
        Arg::Predicate => "condition",
        Arg::ElementExpr => "expr",
        Arg::SortKey => "key",
        Arg::OptionSet => "SET",
        Arg::ValueMap => "VALUE_MAP",
    }
}

const fn ex(input: &'static str, expr: &'static str, output: &'static str) -> Example {
    Example {
        input,
        expr,
        output,
    }
}

macro_rules! sig {
    ($f:ident, $name:literal, [$($p:ident),*], opt $opt:literal, rest $rest:expr, $ret:expr, fail $fail:literal,
     nulls $nulls:literal, doc $doc:literal, [$($ex:expr),* $(,)?]) => {
        Signature {
            func: Func::$f,
            name: $name,
            params: &[$(Arg::$p),*],
            optional: $opt,
            rest: $rest,
            ret: $ret,
            can_fail: $fail,
            nulls: $nulls,
            doc: $doc,
            examples: &[$($ex),*],
        }
    };
}

use Ret::Scalar as S;
use Scalar::{Bool, Date, DateTime, Int, Number, String as Str};

/// The table, in `Func` order.
pub static SIGNATURES: [Signature; 36] = [
    sig!(Concat, "concat", [Text], opt 0, rest Some(Arg::Text), S(Str), fail false,
        nulls "null counts as \"\"", doc "Joins its arguments into one string.",
        [ex(r#"{"a":"x","b":"y"}"#, r#"concat(a, " ", b)"#, r#""x y""#),
         ex(r#"{"a":"x","b":null}"#, r#"concat(a, "-", b)"#, r#""x-""#)]),
    sig!(Trim, "trim", [Text], opt 0, rest None, S(Str), fail false,
        nulls "null -> null", doc "Removes leading and trailing whitespace.",
        [ex(r#"{"a":"  x "}"#, "trim(a)", r#""x""#), ex(r#"{"a":null}"#, "trim(a)", "null")]),
    sig!(Lower, "lower", [Text], opt 0, rest None, S(Str), fail false,
        nulls "null -> null", doc "Lower-cases (Unicode).",
        [ex(r#"{"a":"AbC"}"#, "lower(a)", r#""abc""#)]),
    sig!(Upper, "upper", [Text], opt 0, rest None, S(Str), fail false,
        nulls "null -> null", doc "Upper-cases (Unicode).",
        [ex(r#"{"a":"AbC"}"#, "upper(a)", r#""ABC""#)]),
    sig!(Substr, "substr", [Text, Int, Int], opt 1, rest None, S(Str), fail false,
        nulls "null text or start -> null; a null or absent length means to the end",
        doc "Characters from `start` (0-based), at most `len` of them; out of range is clamped.",
        [ex(r#"{"d":"2024-01-31T10:00:00Z"}"#, "substr(d, 0, 10)", r#""2024-01-31""#),
         ex(r#"{"a":"ผู้ชาย"}"#, "substr(a, 1)", r#""ู้ชาย""#),
         ex(r#"{"a":"abc"}"#, "substr(a, 5, 2)", r#""""#)]),
    sig!(DigitsOnly, "digits_only", [TextOrNumber], opt 0, rest None, S(Str), fail false,
        nulls "null -> null", doc "Keeps the ASCII digits.",
        [ex(r#"{"id":"1-1111-11111-11-3"}"#, "digits_only(id)", r#""1111111111113""#),
         ex(r#"{"n":1111111111113}"#, "digits_only(n)", r#""1111111111113""#)]),
    sig!(Coalesce, "coalesce", [Any], opt 0, rest Some(Arg::Any), Ret::Common, fail false,
        nulls "the first non-null argument, else null", doc "The first argument that is not null.",
        [ex(r#"{"a":null,"b":2}"#, "coalesce(a, b, 3)", "2")]),
    sig!(Default, "default", [Any, Any], opt 0, rest None, Ret::Common, fail false,
        nulls "the second argument when the first is null, \"\" or []",
        doc "A fallback for null or empty values.",
        [ex(r#"{"a":""}"#, r#"default(a, "none")"#, r#""none""#),
         ex(r#"{"a":"x"}"#, r#"default(a, "none")"#, r#""x""#)]),
    sig!(IsEmpty, "is_empty", [Any], opt 0, rest None, S(Bool), fail false,
        nulls "null -> true", doc "True for null, \"\" and [].",
        [ex(r#"{"a":[]}"#, "is_empty(a)", "true"), ex(r#"{"a":" "}"#, "is_empty(a)", "false")]),
    sig!(Len, "len", [TextOrList], opt 0, rest None, S(Int), fail false,
        nulls "null -> 0", doc "The number of characters of a text or elements of a list.",
        [ex(r#"{"a":"ผู้ชาย"}"#, "len(a)", "6"), ex(r#"{"l":[1,2]}"#, "len(l)", "2"), ex(r#"{"a":null}"#, "len(a)", "0")]),
    sig!(Join, "join", [List, Text], opt 0, rest None, S(Str), fail false,
        nulls "null list -> null; null elements count as \"\"; a null separator is \"\"",
        doc "Joins a list of text with a separator.",
        [ex(r#"{"l":["a","b"]}"#, r#"join(l, ", ")"#, r#""a, b""#)]),
    sig!(Split, "split", [Text, Text], opt 0, rest None, Ret::ListOfString, fail false,
        nulls "null text -> null; a null or empty separator splits into characters",
        doc "Splits text at every occurrence of the separator.",
        [ex(r#"{"a":"a,b,,c"}"#, r#"split(a, ",")"#, r#"["a","b","","c"]"#)]),
    sig!(Contains, "contains", [TextOrList, Any], opt 0, rest None, S(Bool), fail false,
        nulls "null haystack or needle -> false",
        doc "Whether a text contains a part, or a list contains an element.",
        [ex(r#"{"a":"abc"}"#, r#"contains(a, "bc")"#, "true"),
         ex(r#"{"l":["x","y"]}"#, r#"contains(l, "y")"#, "true")]),
    sig!(StartsWith, "starts_with", [Text, Text], opt 0, rest None, S(Bool), fail false,
        nulls "null text or prefix -> false", doc "Whether a text starts with a prefix.",
        [ex(r#"{"a":"abc"}"#, r#"starts_with(a, "ab")"#, "true")]),
    sig!(Replace, "replace", [Text, Text, Text], opt 0, rest None, S(Str), fail false,
        nulls "null text -> null; a null or empty `from` leaves the text unchanged; a null `to` is \"\"",
        doc "Replaces every occurrence of `from` with `to`.",
        [ex(r#"{"a":"a-b-c"}"#, r#"replace(a, "-", "")"#, r#""abc""#)]),
    sig!(ToString, "to_string", [Any], opt 0, rest None, S(Str), fail false,
        nulls "null -> null",
        doc "Text of a value: numbers as JSON writes them, true/false, lists and objects as JSON.",
        [ex(r#"{"n":12}"#, "to_string(n)", r#""12""#), ex(r#"{"n":1.5}"#, "to_string(n)", r#""1.5""#)]),
    sig!(ToNumber, "to_number", [TextOrNumber], opt 0, rest None, S(Number), fail true,
        nulls "null -> null; \"\" fails",
        doc "Parses a number (surrounding whitespace allowed); integers stay integers. Fails on other text.",
        [ex(r#"{"a":" 12 "}"#, "to_number(a)", "12"), ex(r#"{"a":"1.5"}"#, "to_number(a)", "1.5")]),
    sig!(Round, "round", [Numeric], opt 0, rest None, S(Int), fail true,
        nulls "null -> null", doc "Rounds half away from zero; fails when out of the int range.",
        [ex(r#"{"x":2.5}"#, "round(x)", "3"), ex(r#"{"x":-2.5}"#, "round(x)", "-3")]),
    sig!(Abs, "abs", [Numeric], opt 0, rest None, Ret::SameAsFirst, fail true,
        nulls "null -> null", doc "The absolute value; fails on the smallest int.",
        [ex(r#"{"x":-3}"#, "abs(x)", "3")]),
    sig!(Date, "date", [DateLike], opt 0, rest None, S(Date), fail true,
        nulls "null -> null",
        doc "The first 10 characters of a date or datetime, validated as YYYY-MM-DD.",
        [ex(r#"{"d":"2024-02-29T23:00:00Z"}"#, "date(d)", r#""2024-02-29""#)]),
    sig!(DateTime, "datetime", [DateLike], opt 0, rest None, S(DateTime), fail true,
        nulls "null -> null",
        doc "A datetime validated as ISO-8601 (RFC 3339, or without an offset); a date is midnight UTC.",
        [ex(r#"{"d":"2024-01-01T00:00:00.000Z"}"#, "datetime(d)", r#""2024-01-01T00:00:00.000Z""#),
         ex(r#"{"d":"2024-01-01"}"#, "datetime(d)", r#""2024-01-01T00:00:00Z""#)]),
    sig!(FormatDate, "format_date", [DateLike, Text, Text], opt 1, rest None, S(Str), fail true,
        nulls "null date -> null",
        doc "strftime formatting; a datetime is first converted to `tz` (default UTC).",
        [ex(r#"{"d":"2024-01-31T20:00:00Z"}"#, r#"format_date(d, "%d/%m/%Y", "Asia/Bangkok")"#, r#""01/02/2024""#)]),
    sig!(Today, "today", [Text], opt 1, rest None, S(Date), fail true,
        nulls "null tz -> Asia/Bangkok", doc "The run's date in `tz` (default Asia/Bangkok), from the injected clock.",
        []),
    sig!(YearsBetween, "years_between", [DateLike, DateLike], opt 0, rest None, S(Int), fail true,
        nulls "either null -> null", doc "Whole years from the first date to the second (an age).",
        [ex(r#"{"b":"2010-03-01","d":"2024-02-29"}"#, "years_between(b, d)", "13"),
         ex(r#"{"b":"2010-03-01","d":"2024-03-01"}"#, "years_between(b, d)", "14")]),
    sig!(First, "first", [List], opt 0, rest None, Ret::Element, fail false,
        nulls "null or [] -> null", doc "The first element.",
        [ex(r#"{"l":[1,2]}"#, "first(l)", "1")]),
    sig!(Last, "last", [List], opt 0, rest None, Ret::Element, fail false,
        nulls "null or [] -> null", doc "The last element.",
        [ex(r#"{"l":[1,2]}"#, "last(l)", "2")]),
    sig!(Filter, "filter", [List, Predicate], opt 0, rest None, Ret::SameAsFirst, fail false,
        nulls "null list -> null; a null condition drops the element",
        doc "The elements for which the condition on `it` holds, in order.",
        [ex(r#"{"l":[1,5,2]}"#, "filter(l, it > 1)", "[5,2]")]),
    sig!(Find, "find", [List, Predicate], opt 0, rest None, Ret::Element, fail false,
        nulls "null list or no match -> null", doc "The first element for which the condition on `it` holds.",
        [ex(r#"{"l":[{"k":"a","v":1},{"k":"b","v":2}]}"#, r#"find(l, it.k == "b")"#, r#"{"k":"b","v":2}"#)]),
    sig!(Map, "map", [List, ElementExpr], opt 0, rest None, Ret::ListOfExpr, fail false,
        nulls "null list -> null", doc "The expression on `it` for every element, in order.",
        [ex(r#"{"l":[{"n":"a"},{"n":"b"}]}"#, "map(l, upper(it.n))", r#"["A","B"]"#)]),
    sig!(SortBy, "sort_by", [List, SortKey], opt 0, rest None, Ret::SameAsFirst, fail false,
        nulls "null list -> null; null keys sort last",
        doc "A stable sort by a text or number key on `it`.",
        [ex(r#"{"l":[{"n":2},{"n":null},{"n":1}]}"#, "sort_by(l, it.n)", r#"[{"n":1},{"n":2},{"n":null}]"#)]),
    sig!(Translate, "translate", [Any, OptionSet], opt 0, rest None, Ret::Translated, fail true,
        nulls "null -> null",
        doc "`{code: label}` in the transform's language, with its unknown_code / missing_label policies.",
        []),
    sig!(Lookup, "lookup", [TextOrNumber, ValueMap], opt 0, rest None, Ret::MapValue, fail true,
        nulls "null -> null",
        doc "The value a value map gives a key; a miss on a map without default fails the record.",
        []),
    sig!(Flatten, "flatten", [List], opt 0, rest None, Ret::Flattened, fail false,
        nulls "null list -> null; null inner lists are skipped",
        doc "The elements of a list of lists, one level, in order.",
        [ex(r#"{"l":[[1,2],null,[],[3]]}"#, "flatten(l)", "[1,2,3]"),
         ex(r#"{"v":[{"anc":[{"w":1}]},{"anc":null},{"anc":[{"w":2},{"w":3}]}]}"#, "flatten(map(v, it.anc))", r#"[{"w":1},{"w":2},{"w":3}]"#)]),
    sig!(Distinct, "distinct", [List], opt 0, rest None, Ret::SameAsFirst, fail false,
        nulls "null list -> null",
        doc "The list without repeated elements: the first occurrence of each value is kept, in order (1 and 1.0 are equal).",
        [ex(r#"{"l":["b","a","b","c","a"]}"#, "distinct(l)", r#"["b","a","c"]"#),
         ex(r#"{"l":[1,1.0,{"k":1},{"k":1}]}"#, "distinct(l)", r#"[1,{"k":1}]"#)]),
    sig!(LeadingInt, "leading_int", [TextOrNumber], opt 0, rest None, S(Int), fail false,
        nulls "null -> null; text that does not start with a number -> null",
        doc "The whole number a free text starts with (spaces and a sign allowed before it), as JavaScript's parseInt reads it.",
        [ex(r#"{"a":"40-45"}"#, "leading_int(a)", "40"),
         ex(r#"{"a":" 30.5 ปี"}"#, "leading_int(a)", "30"),
         ex(r#"{"n":30.5}"#, "leading_int(n)", "30"),
         ex(r#"{"a":"อายุ 40"}"#, "leading_int(a)", "null")]),
    sig!(UuidCut, "uuid_cut", [Text], opt 0, rest None, S(Str), fail false,
        nulls "null -> null",
        doc "Text cut 8-4-4-4-rest with dashes, the shape of a UUID (a subform row's unique_id); text shorter than 32 characters is padded with 0 first.",
        [ex(r#"{"a":"62f10cd1092a5d8c3ea753f911111111"}"#, "uuid_cut(a)", r#""62f10cd1-092a-5d8c-3ea7-53f911111111""#),
         ex(r#"{"a":"1202401051111111111113"}"#, "uuid_cut(a)", r#""12024010-5111-1111-1111-130000000000""#)]),
];

/// The signature of `f`.
pub fn signature(f: Func) -> &'static Signature {
    &SIGNATURES[f as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_func_order_and_names_are_unique() {
        let mut names = std::collections::BTreeSet::new();
        for (i, f) in Func::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i);
            assert_eq!(signature(f).func, f, "row {i}");
            assert!(names.insert(signature(f).name));
            assert_eq!(Func::from_name(signature(f).name), Some(f));
        }
    }

    #[test]
    fn usage_marks_optional_and_variadic_arguments() {
        assert_eq!(signature(Func::Substr).usage(), "substr(text, int, int?)");
        assert_eq!(signature(Func::Concat).usage(), "concat(text, …)");
        assert_eq!(signature(Func::Today).min_args(), 0);
    }
}
