//! The signature of a stdlib function, as the checker types calls with it, the docs show it
//! and codegen calls it: argument kinds, result rule, whether it can fail at run time, its null
//! rule, examples, and how compiled code and the interpreter call it ([`Call`]). Each function's
//! signature is in its own file under [`super::fns`]; its examples run as tests in the
//! interpreter (mapping-dsl's `expr_eval` tests) and compiled (generated's `stdlib_examples`).

use super::args::Args;
use super::fns::Func;
use crate::ErrorKind;

/// Scalar types a schema field or an expression can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scalar {
    String,
    Int,
    Number,
    Bool,
    /// `YYYY-MM-DD`, carried as a string.
    Date,
    /// ISO-8601, carried as a string.
    DateTime,
}

impl Scalar {
    pub fn name(self) -> &'static str {
        match self {
            Scalar::String => "string",
            Scalar::Int => "int",
            Scalar::Number => "number",
            Scalar::Bool => "bool",
            Scalar::Date => "date",
            Scalar::DateTime => "datetime",
        }
    }

    pub fn parse(s: &str) -> Option<Scalar> {
        Some(match s {
            "string" => Scalar::String,
            "int" => Scalar::Int,
            "number" => Scalar::Number,
            "bool" => Scalar::Bool,
            "date" => Scalar::Date,
            "datetime" => Scalar::DateTime,
            _ => return None,
        })
    }

    /// Text-like scalars compare with each other in byte order.
    pub fn is_text(self) -> bool {
        matches!(self, Scalar::String | Scalar::Date | Scalar::DateTime)
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, Scalar::Int | Scalar::Number)
    }
}

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
    /// How compiled code and the interpreter call it.
    pub call: Call,
}

/// How compiled code and the interpreter call a function.
#[derive(Debug, Clone, Copy)]
pub enum Call {
    /// By the uniform convention, with nothing written for it outside its own file:
    /// - compiled code calls `::mapwright_rt::stdlib::fns::<name>::call` with one typed argument
    ///   per parameter (`text`, `date` → `Option<&str>`; `int` → `Option<i64>`; `text or a
    ///   number` → `Option<&str>`, a number written as `to_string` writes it), after a
    ///   `&Context` when `context` is set, and a missing optional argument is `None`; a
    ///   variadic function (`rest`, of the same kind as its parameters) takes all its
    ///   arguments as one slice (`&[Option<&str>]`). The result (a `Result<_, ErrorKind>` when
    ///   the function can fail) is text (`Option<&str>`, `Option<String>`, `Option<Cow<str>>`
    ///   or `String`), an int (`Option<i64>` or `i64`), a bool (`Option<bool>` or `bool`) or a
    ///   list of text (`Option<Vec<&str>>`) as the signature's result type says;
    /// - the interpreter calls `eval` with the evaluated arguments as JSON.
    Uniform { eval: Eval, context: bool },
    /// The uniform convention for a function whose text result is a slice of its first
    /// argument (`trim`, `substr`, `date`): `call` returns `Option<&str>` (or a `Result` of
    /// it) borrowed from that argument, and compiled code and the interpreter keep borrowed
    /// text borrowed. The interpreter calls `slice` with the first argument's text and all the
    /// evaluated arguments (the first of them unread).
    Slice { slice: SliceEval },
    /// By hand-written code for this function in the interpreter
    /// (`mapping_dsl::expr::eval::call`) and in codegen (`codegen::expr::call`): functions
    /// that take lists, `it` expressions, option sets or value maps, or whose result type
    /// follows their arguments'.
    Special,
}

/// The interpreter's half of a [`Call::Uniform`] function.
pub type Eval = fn(&Args<'_>) -> Result<serde_json::Value, ErrorKind>;

/// The interpreter's half of a [`Call::Slice`] function: the first argument's text, and the
/// evaluated arguments for the others.
pub type SliceEval = for<'x> fn(Option<&'x str>, &Args<'_>) -> Result<Option<&'x str>, ErrorKind>;

impl Call {
    /// Whether compiled code calls the function's own `call` from its signature alone (no
    /// hand-written code elsewhere).
    pub fn is_uniform(self) -> bool {
        !matches!(self, Call::Special)
    }
}

impl Signature {
    /// What a signature is unless its file says otherwise: no optional or variadic arguments,
    /// cannot fail, special. `func`, `name`, `params`, `ret`, `nulls`, `doc` and `examples`
    /// are always written.
    pub const DEFAULTS: Signature = Signature {
        func: Func::Concat,
        name: "",
        params: &[],
        optional: 0,
        rest: None,
        ret: Ret::Scalar(Scalar::String),
        can_fail: false,
        nulls: "",
        doc: "",
        examples: &[],
        call: Call::Special,
    };

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

/// An [`Example`].
pub const fn ex(input: &'static str, expr: &'static str, output: &'static str) -> Example {
    Example {
        input,
        expr,
        output,
    }
}
