// @generated from mapping_dsl::stdlib's documented examples, built in memory as stdlib_examples/ by `cargo gen`: do not edit.

//! The stdlib's documented examples, each compiled as a transform of its own; not in the registry (the generated crate's tests run them).
pub mod abs_1;
pub mod concat_1;
pub mod concat_2;
pub mod contains_1;
pub mod contains_2;
pub mod date_1;
pub mod datetime_1;
pub mod datetime_2;
pub mod default_1;
pub mod default_2;
pub mod digits_only_1;
pub mod digits_only_2;
pub mod distinct_1;
pub mod distinct_2;
pub mod filter_1;
pub mod first_1;
pub mod flatten_1;
pub mod format_date_1;
pub mod is_empty_1;
pub mod is_empty_2;
pub mod join_1;
pub mod last_1;
pub mod leading_int_1;
pub mod leading_int_2;
pub mod leading_int_3;
pub mod leading_int_4;
pub mod len_1;
pub mod len_2;
pub mod len_3;
pub mod lower_1;
pub mod map_1;
pub mod options;
pub mod replace_1;
pub mod round_1;
pub mod round_2;
pub mod split_1;
pub mod starts_with_1;
pub mod substr_1;
pub mod substr_2;
pub mod substr_3;
pub mod to_number_1;
pub mod to_number_2;
pub mod to_string_1;
pub mod to_string_2;
pub mod trim_1;
pub mod trim_2;
pub mod upper_1;
pub mod uuid_cut_1;
pub mod uuid_cut_2;
pub mod years_between_1;
pub mod years_between_2;
/// The clock the examples run at.
pub const NOW: &str = "2024-01-31T18:00:00Z";
/// The value of the param `cursor`.
pub const CURSOR: &str = "2024-01-01T00:00:00Z";
/// The output field that holds an example's value.
pub const FIELD: &str = "value";
/// A documented example of a stdlib function and its compiled transform: on `input`,
/// the transform's output holds `output` in [`FIELD`].
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// The function's name.
    pub func: &'static str,
    /// The expression, the transform's one field.
    pub expr: &'static str,
    /// The record (JSON).
    pub input: &'static str,
    /// The expression's value on it (JSON).
    pub output: &'static str,
    pub run_value: crate::RunValue,
    pub run_bytes: crate::RunBytes,
}
/// Every documented example that compiles, in the order of the signature table.
pub static EXAMPLES: &[Example] = &[
    Example {
        func: "concat",
        expr: "concat(a, \" \", b)",
        input: "{\"a\":\"x\",\"b\":\"y\"}",
        output: "\"x y\"",
        run_value: concat_1::run_value,
        run_bytes: concat_1::run_bytes,
    },
    Example {
        func: "concat",
        expr: "concat(a, \"-\", b)",
        input: "{\"a\":\"x\",\"b\":null}",
        output: "\"x-\"",
        run_value: concat_2::run_value,
        run_bytes: concat_2::run_bytes,
    },
    Example {
        func: "trim",
        expr: "trim(a)",
        input: "{\"a\":\"  x \"}",
        output: "\"x\"",
        run_value: trim_1::run_value,
        run_bytes: trim_1::run_bytes,
    },
    Example {
        func: "trim",
        expr: "trim(a)",
        input: "{\"a\":null}",
        output: "null",
        run_value: trim_2::run_value,
        run_bytes: trim_2::run_bytes,
    },
    Example {
        func: "lower",
        expr: "lower(a)",
        input: "{\"a\":\"AbC\"}",
        output: "\"abc\"",
        run_value: lower_1::run_value,
        run_bytes: lower_1::run_bytes,
    },
    Example {
        func: "upper",
        expr: "upper(a)",
        input: "{\"a\":\"AbC\"}",
        output: "\"ABC\"",
        run_value: upper_1::run_value,
        run_bytes: upper_1::run_bytes,
    },
    Example {
        func: "substr",
        expr: "substr(d, 0, 10)",
        input: "{\"d\":\"2024-01-31T10:00:00Z\"}",
        output: "\"2024-01-31\"",
        run_value: substr_1::run_value,
        run_bytes: substr_1::run_bytes,
    },
    Example {
        func: "substr",
        expr: "substr(a, 1)",
        input: "{\"a\":\"ผู้ชาย\"}",
        output: "\"ู้ชาย\"",
        run_value: substr_2::run_value,
        run_bytes: substr_2::run_bytes,
    },
    Example {
        func: "substr",
        expr: "substr(a, 5, 2)",
        input: "{\"a\":\"abc\"}",
        output: "\"\"",
        run_value: substr_3::run_value,
        run_bytes: substr_3::run_bytes,
    },
    Example {
        func: "digits_only",
        expr: "digits_only(id)",
        input: "{\"id\":\"1-1111-11111-11-3\"}",
        output: "\"1111111111113\"",
        run_value: digits_only_1::run_value,
        run_bytes: digits_only_1::run_bytes,
    },
    Example {
        func: "digits_only",
        expr: "digits_only(n)",
        input: "{\"n\":1111111111113}",
        output: "\"1111111111113\"",
        run_value: digits_only_2::run_value,
        run_bytes: digits_only_2::run_bytes,
    },
    Example {
        func: "default",
        expr: "default(a, \"none\")",
        input: "{\"a\":\"\"}",
        output: "\"none\"",
        run_value: default_1::run_value,
        run_bytes: default_1::run_bytes,
    },
    Example {
        func: "default",
        expr: "default(a, \"none\")",
        input: "{\"a\":\"x\"}",
        output: "\"x\"",
        run_value: default_2::run_value,
        run_bytes: default_2::run_bytes,
    },
    Example {
        func: "is_empty",
        expr: "is_empty(a)",
        input: "{\"a\":[]}",
        output: "true",
        run_value: is_empty_1::run_value,
        run_bytes: is_empty_1::run_bytes,
    },
    Example {
        func: "is_empty",
        expr: "is_empty(a)",
        input: "{\"a\":\" \"}",
        output: "false",
        run_value: is_empty_2::run_value,
        run_bytes: is_empty_2::run_bytes,
    },
    Example {
        func: "len",
        expr: "len(a)",
        input: "{\"a\":\"ผู้ชาย\"}",
        output: "6",
        run_value: len_1::run_value,
        run_bytes: len_1::run_bytes,
    },
    Example {
        func: "len",
        expr: "len(l)",
        input: "{\"l\":[1,2]}",
        output: "2",
        run_value: len_2::run_value,
        run_bytes: len_2::run_bytes,
    },
    Example {
        func: "len",
        expr: "len(a)",
        input: "{\"a\":null}",
        output: "0",
        run_value: len_3::run_value,
        run_bytes: len_3::run_bytes,
    },
    Example {
        func: "join",
        expr: "join(l, \", \")",
        input: "{\"l\":[\"a\",\"b\"]}",
        output: "\"a, b\"",
        run_value: join_1::run_value,
        run_bytes: join_1::run_bytes,
    },
    Example {
        func: "split",
        expr: "split(a, \",\")",
        input: "{\"a\":\"a,b,,c\"}",
        output: "[\"a\",\"b\",\"\",\"c\"]",
        run_value: split_1::run_value,
        run_bytes: split_1::run_bytes,
    },
    Example {
        func: "contains",
        expr: "contains(a, \"bc\")",
        input: "{\"a\":\"abc\"}",
        output: "true",
        run_value: contains_1::run_value,
        run_bytes: contains_1::run_bytes,
    },
    Example {
        func: "contains",
        expr: "contains(l, \"y\")",
        input: "{\"l\":[\"x\",\"y\"]}",
        output: "true",
        run_value: contains_2::run_value,
        run_bytes: contains_2::run_bytes,
    },
    Example {
        func: "starts_with",
        expr: "starts_with(a, \"ab\")",
        input: "{\"a\":\"abc\"}",
        output: "true",
        run_value: starts_with_1::run_value,
        run_bytes: starts_with_1::run_bytes,
    },
    Example {
        func: "replace",
        expr: "replace(a, \"-\", \"\")",
        input: "{\"a\":\"a-b-c\"}",
        output: "\"abc\"",
        run_value: replace_1::run_value,
        run_bytes: replace_1::run_bytes,
    },
    Example {
        func: "to_string",
        expr: "to_string(n)",
        input: "{\"n\":12}",
        output: "\"12\"",
        run_value: to_string_1::run_value,
        run_bytes: to_string_1::run_bytes,
    },
    Example {
        func: "to_string",
        expr: "to_string(n)",
        input: "{\"n\":1.5}",
        output: "\"1.5\"",
        run_value: to_string_2::run_value,
        run_bytes: to_string_2::run_bytes,
    },
    Example {
        func: "to_number",
        expr: "to_number(a)",
        input: "{\"a\":\" 12 \"}",
        output: "12",
        run_value: to_number_1::run_value,
        run_bytes: to_number_1::run_bytes,
    },
    Example {
        func: "to_number",
        expr: "to_number(a)",
        input: "{\"a\":\"1.5\"}",
        output: "1.5",
        run_value: to_number_2::run_value,
        run_bytes: to_number_2::run_bytes,
    },
    Example {
        func: "round",
        expr: "round(x)",
        input: "{\"x\":2.5}",
        output: "3",
        run_value: round_1::run_value,
        run_bytes: round_1::run_bytes,
    },
    Example {
        func: "round",
        expr: "round(x)",
        input: "{\"x\":-2.5}",
        output: "-3",
        run_value: round_2::run_value,
        run_bytes: round_2::run_bytes,
    },
    Example {
        func: "abs",
        expr: "abs(x)",
        input: "{\"x\":-3}",
        output: "3",
        run_value: abs_1::run_value,
        run_bytes: abs_1::run_bytes,
    },
    Example {
        func: "date",
        expr: "date(d)",
        input: "{\"d\":\"2024-02-29T23:00:00Z\"}",
        output: "\"2024-02-29\"",
        run_value: date_1::run_value,
        run_bytes: date_1::run_bytes,
    },
    Example {
        func: "datetime",
        expr: "datetime(d)",
        input: "{\"d\":\"2024-01-01T00:00:00.000Z\"}",
        output: "\"2024-01-01T00:00:00.000Z\"",
        run_value: datetime_1::run_value,
        run_bytes: datetime_1::run_bytes,
    },
    Example {
        func: "datetime",
        expr: "datetime(d)",
        input: "{\"d\":\"2024-01-01\"}",
        output: "\"2024-01-01T00:00:00Z\"",
        run_value: datetime_2::run_value,
        run_bytes: datetime_2::run_bytes,
    },
    Example {
        func: "format_date",
        expr: "format_date(d, \"%d/%m/%Y\", \"Asia/Bangkok\")",
        input: "{\"d\":\"2024-01-31T20:00:00Z\"}",
        output: "\"01/02/2024\"",
        run_value: format_date_1::run_value,
        run_bytes: format_date_1::run_bytes,
    },
    Example {
        func: "years_between",
        expr: "years_between(b, d)",
        input: "{\"b\":\"2010-03-01\",\"d\":\"2024-02-29\"}",
        output: "13",
        run_value: years_between_1::run_value,
        run_bytes: years_between_1::run_bytes,
    },
    Example {
        func: "years_between",
        expr: "years_between(b, d)",
        input: "{\"b\":\"2010-03-01\",\"d\":\"2024-03-01\"}",
        output: "14",
        run_value: years_between_2::run_value,
        run_bytes: years_between_2::run_bytes,
    },
    Example {
        func: "first",
        expr: "first(l)",
        input: "{\"l\":[1,2]}",
        output: "1",
        run_value: first_1::run_value,
        run_bytes: first_1::run_bytes,
    },
    Example {
        func: "last",
        expr: "last(l)",
        input: "{\"l\":[1,2]}",
        output: "2",
        run_value: last_1::run_value,
        run_bytes: last_1::run_bytes,
    },
    Example {
        func: "filter",
        expr: "filter(l, it > 1)",
        input: "{\"l\":[1,5,2]}",
        output: "[5,2]",
        run_value: filter_1::run_value,
        run_bytes: filter_1::run_bytes,
    },
    Example {
        func: "map",
        expr: "map(l, upper(it.n))",
        input: "{\"l\":[{\"n\":\"a\"},{\"n\":\"b\"}]}",
        output: "[\"A\",\"B\"]",
        run_value: map_1::run_value,
        run_bytes: map_1::run_bytes,
    },
    Example {
        func: "flatten",
        expr: "flatten(l)",
        input: "{\"l\":[[1,2],null,[],[3]]}",
        output: "[1,2,3]",
        run_value: flatten_1::run_value,
        run_bytes: flatten_1::run_bytes,
    },
    Example {
        func: "distinct",
        expr: "distinct(l)",
        input: "{\"l\":[\"b\",\"a\",\"b\",\"c\",\"a\"]}",
        output: "[\"b\",\"a\",\"c\"]",
        run_value: distinct_1::run_value,
        run_bytes: distinct_1::run_bytes,
    },
    Example {
        func: "distinct",
        expr: "distinct(l)",
        input: "{\"l\":[1,1.0,{\"k\":1},{\"k\":1}]}",
        output: "[1,{\"k\":1}]",
        run_value: distinct_2::run_value,
        run_bytes: distinct_2::run_bytes,
    },
    Example {
        func: "leading_int",
        expr: "leading_int(a)",
        input: "{\"a\":\"40-45\"}",
        output: "40",
        run_value: leading_int_1::run_value,
        run_bytes: leading_int_1::run_bytes,
    },
    Example {
        func: "leading_int",
        expr: "leading_int(a)",
        input: "{\"a\":\" 30.5 ปี\"}",
        output: "30",
        run_value: leading_int_2::run_value,
        run_bytes: leading_int_2::run_bytes,
    },
    Example {
        func: "leading_int",
        expr: "leading_int(n)",
        input: "{\"n\":30.5}",
        output: "30",
        run_value: leading_int_3::run_value,
        run_bytes: leading_int_3::run_bytes,
    },
    Example {
        func: "leading_int",
        expr: "leading_int(a)",
        input: "{\"a\":\"อายุ 40\"}",
        output: "null",
        run_value: leading_int_4::run_value,
        run_bytes: leading_int_4::run_bytes,
    },
    Example {
        func: "uuid_cut",
        expr: "uuid_cut(a)",
        input: "{\"a\":\"62f10cd1092a5d8c3ea753f911111111\"}",
        output: "\"62f10cd1-092a-5d8c-3ea7-53f911111111\"",
        run_value: uuid_cut_1::run_value,
        run_bytes: uuid_cut_1::run_bytes,
    },
    Example {
        func: "uuid_cut",
        expr: "uuid_cut(a)",
        input: "{\"a\":\"1202401051111111111113\"}",
        output: "\"12024010-5111-1111-1111-130000000000\"",
        run_value: uuid_cut_2::run_value,
        run_bytes: uuid_cut_2::run_bytes,
    },
];
/// A documented example that code generation does not compile.
#[derive(Debug, Clone, Copy)]
pub struct NotCompiled {
    pub func: &'static str,
    pub expr: &'static str,
    /// What `cargo gen` said.
    pub why: &'static str,
}
/// The documented examples that code generation does not compile (each would fail
/// `cargo gen` in a spec of `mappings/`), in the order of the signature table.
pub static NOT_COMPILED: &[NotCompiled] = &[
    NotCompiled {
        func: "coalesce",
        expr: "coalesce(a, b, 3)",
        why: "coalesce() of json, int, int is not supported by code generation",
    },
    NotCompiled {
        func: "find",
        expr: "find(l, it.k == \"b\")",
        why: "an input object as an output value is not supported by code generation",
    },
    NotCompiled {
        func: "sort_by",
        expr: "sort_by(l, it.n)",
        why: "an input object as an output value is not supported by code generation",
    },
    NotCompiled {
        func: "flatten",
        expr: "flatten(map(v, it.anc))",
        why: "an input object as an output value is not supported by code generation",
    },
];
