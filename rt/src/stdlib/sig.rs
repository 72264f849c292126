//! The signature of a stdlib function, as the checker types calls with it, the docs show it
//! and codegen calls it: argument kinds, result rule, whether it can fail at run time, its null
//! rule, examples, and how compiled code and the interpreter call it ([`Call`]). Each function's
//! signature is in its own file under [`super::fns`]; its examples run as tests in the
//! interpreter (mapping-dsl's `expr_eval` tests) and compiled (generated's `stdlib_examples`).

use super::args::Args;
use super::fns::Func;
use super::operands::{Evaluated, Operands, TypedEval};
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
    /// Generic over the representations of its arguments (`len` of text or of a list,
    /// `filter` of a list or of `json` with a condition on `it`): the interpreter calls `eval`
    /// with the call's [`Operands`]; compiled code calls the function of the first of
    /// `overloads` whose argument patterns match the arguments' compiled representations
    /// (codegen says when none does, naming the call's YAML line; with no overloads at all,
    /// the function is not compiled). All of it lives in the function's file.
    Typed {
        eval: TypedEval,
        overloads: &'static [Overload],
    },
}

/// How compiled code holds a value, as an argument pattern of an [`Overload`]. Each is an
/// `Option` (`None` is null) of: `Cow<'r, str>` (text), `i64`, `serde_json::Number`, `bool`,
/// `&'r Value` (`json`), `&'r Struct` (an input object) or `Vec<E>` (a list, `E` an element
/// of one of these). Arguments are passed by value in these types, results returned in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rep {
    /// Text; a null argument matches too.
    Text,
    /// An int; a null argument matches too.
    Int,
    /// A number; a null argument matches too.
    Num,
    /// A bool; a null argument matches too.
    Bool,
    /// A `json` value; a null argument matches too.
    Json,
    /// The literal null, which is not passed.
    Null,
    /// An input object.
    Row,
    /// A list whose elements match the pattern.
    List(&'static Rep),
    /// Anything but the literal null (the function is generic over it).
    Any,
    /// A list, or a `json` value read as a list of `json` values (the record fails when it is
    /// not a list); passed as `Option<Vec<E>>`.
    Items,
    /// An expression on `it` (a condition, an element expression or a sort key, as the
    /// parameter's [`Arg`] says), passed as a closure over an element of the first argument,
    /// `|it| Ok(value)`. The function returns `Result<_, E>` with the closure's error `E`,
    /// which compiled code propagates. A condition's value is a `bool`; a sort key's is text,
    /// an int, a number or `json` (checked to be text, a number or null).
    Each,
    /// Any value, null too, passed unevaluated as a closure `|| Ok(value)` that the function
    /// calls only if it needs the value (a variadic function gets all of them as one
    /// `&mut [&mut dyn FnMut() -> Result<Option<T>, E>]`). Its error `E` is the closure's, as
    /// with [`Rep::Each`]; the result is [`Out::Common`].
    Lazy,
    /// A value map named by the argument, passed as `|key: &str| -> Looked` (the map's
    /// function that the transform's module defines).
    Table,
}

/// The representation of an [`Overload`]'s result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Out {
    /// This one ([`Rep::Any`] is not a result; [`Rep::Null`] means the call is null, and
    /// nothing is called).
    Is(Rep),
    /// The first argument's.
    First,
    /// The first argument's elements' (a list's elements; a `json` value's are `json`).
    Element,
    /// A list of the values of the expression on `it` (`map`).
    ListOfEach,
    /// The one representation the value and lazy arguments are brought to (null takes the
    /// others'; arguments of two other representations are not compiled).
    Common,
}

/// One way compiled code calls a [`Call::Typed`] function: for arguments whose
/// representations match `args` (one pattern per parameter; a left-out optional argument is
/// null), `::mapwright_rt::stdlib::fns::<name>::<call>(…)` with the arguments not [`Rep::Null`]
/// in order, returning `out` (in a `Result<_, ErrorKind>` when `fails`).
#[derive(Debug, Clone, Copy)]
pub struct Overload {
    pub args: &'static [Rep],
    pub call: &'static str,
    pub out: Out,
    pub fails: bool,
}

impl Overload {
    /// The pattern argument `i` must fit: its own, or for a variadic function the last
    /// pattern's for every further argument (`None` past the patterns otherwise).
    pub fn pattern(&self, i: usize, variadic: bool) -> Option<Rep> {
        self.args
            .get(i)
            .or(if variadic { self.args.last() } else { None })
            .copied()
    }
}

/// An [`Overload`] that cannot fail.
pub const fn ov(args: &'static [Rep], call: &'static str, out: Out) -> Overload {
    Overload {
        args,
        call,
        out,
        fails: false,
    }
}

/// An [`Overload`] that can fail the record.
pub const fn ov_fails(args: &'static [Rep], call: &'static str, out: Out) -> Overload {
    Overload {
        args,
        call,
        out,
        fails: true,
    }
}

/// The overload of a null argument: the call is null.
pub const NULL_IS_NULL: Overload = ov(&[Rep::Null], "", Out::Is(Rep::Null));

/// The interpreter's half of a [`Call::Uniform`] function.
pub type Eval = fn(&Args<'_>) -> Result<serde_json::Value, ErrorKind>;

/// The interpreter's half of a [`Call::Slice`] function: the first argument's text, and the
/// evaluated arguments for the others.
pub type SliceEval = for<'x> fn(Option<&'x str>, &Args<'_>) -> Result<Option<&'x str>, ErrorKind>;

impl Call {
    /// Whether compiled code calls the function's own `call` from its signature alone.
    pub fn is_uniform(self) -> bool {
        matches!(self, Call::Uniform { .. } | Call::Slice { .. })
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
        call: Call::Typed {
            eval: unimplemented,
            overloads: &[],
        },
    };

    /// Whether the result is made of the first argument's elements (`filter`, `first`,
    /// `flatten`, …), so what is read of them is read of that list.
    pub fn keeps_elements(&self) -> bool {
        self.params.first() == Some(&Arg::List)
            && matches!(self.ret, Ret::SameAsFirst | Ret::Element | Ret::Flattened)
    }

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

/// The placeholder of [`Signature::DEFAULTS`]: every file sets its own `call`.
fn unimplemented<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let _ = o;
    Err(ErrorKind::Function {
        function: "?".into(),
        reason: "the interpreter has no call for this function".into(),
    })
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
