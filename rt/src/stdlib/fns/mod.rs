//! The stdlib functions, one file each: its signature (argument kinds, result, null rule,
//! documentation and examples, which the checker, the docs and the tests read) and how it is
//! called ([`Call`]).
//!
//! A function that follows the uniform convention ([`Call::Uniform`]: text, date and int
//! parameters, possibly variadic; a text, int, bool or list-of-text result) needs nothing
//! outside its file: its implementation (`call`, which compiled code calls) and the
//! interpreter's call of it (`eval`) are there too. So does one whose text result is a slice of
//! its first argument ([`Call::Slice`]; `slice` instead of `eval`), which both keep borrowed.
//! Adding one is one new file here and one line in the registry below; `cargo gen` then
//! regenerates the function table of `docs/spec-language.md` and the compiled examples.
//!
//! A function over lists or any value, or whose result type follows its arguments' (`len`,
//! `first`, `filter` with a condition on `it`, …) is typed by its arguments' representations
//! ([`Call::Typed`]): its file holds the interpreter's call (`eval`, over the call's
//! [`Operands`](super::operands::Operands)) and one function per representation compiled code
//! passes, listed as overloads. It too is one file and one registry line.
//! So is one that evaluates arguments lazily (`coalesce`, `default`: closures) or reads a value
//! map (`lookup`: the map's function). `translate` has no overloads: compiled code translates
//! with the `translate:` rule.

mod prelude {
    pub use std::borrow::Cow;

    pub use serde_json::{Number, Value};

    pub use super::Func;
    pub use crate::ErrorKind;
    pub use crate::stdlib::args::{self, Args};
    pub use crate::stdlib::operands::{Evaluated, Operands, element, null, owned};
    pub use crate::stdlib::sig::{
        Arg, Call, NULL_IS_NULL, Out, Rep, Ret, Scalar, Signature, ex, ov, ov_fails,
    };
}

use super::sig::Signature;

/// Declares the functions: one line each, `Variant module`, in the order of [`Func`].
macro_rules! registry {
    ($($variant:ident $module:ident,)*) => {
        $(pub mod $module;)*

        /// Every stdlib function.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Func {
            $($variant,)*
        }

        const COUNT: usize = [$(Func::$variant),*].len();

        impl Func {
            /// Every function, in declaration order.
            pub const ALL: [Func; COUNT] = [$(Func::$variant),*];
        }

        /// Every function's signature, in [`Func`] order.
        pub static SIGNATURES: [Signature; COUNT] = [$($module::SIG),*];
    };
}

registry! {
    Concat concat,
    Trim trim,
    Lower lower,
    Upper upper,
    Substr substr,
    DigitsOnly digits_only,
    Coalesce coalesce,
    Default default,
    IsEmpty is_empty,
    Len len,
    Join join,
    Split split,
    Contains contains,
    StartsWith starts_with,
    Replace replace,
    ToString to_string,
    ToNumber to_number,
    Round round,
    Abs abs,
    Date date,
    DateTime datetime,
    FormatDate format_date,
    Today today,
    YearsBetween years_between,
    First first,
    Last last,
    Filter filter,
    Find find,
    Map map,
    SortBy sort_by,
    Translate translate,
    Lookup lookup,
    Flatten flatten,
    Distinct distinct,
    LeadingInt leading_int,
    UuidCut uuid_cut,
}

impl Func {
    /// Its signature.
    pub fn signature(self) -> &'static Signature {
        &SIGNATURES[self as usize]
    }

    /// The name an expression calls it by.
    pub fn name(self) -> &'static str {
        self.signature().name
    }

    /// The function called `name`, if the stdlib has one.
    pub fn from_name(name: &str) -> Option<Func> {
        Func::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Collection functions evaluate an argument once per element, bound to `it`.
    pub fn binds_it(self) -> bool {
        use super::sig::Arg;
        self.signature()
            .params
            .iter()
            .any(|a| matches!(a, Arg::Predicate | Arg::ElementExpr | Arg::SortKey))
    }
}

/// The signature of `f`.
pub fn signature(f: Func) -> &'static Signature {
    f.signature()
}

/// The most arguments a uniform function takes, unless it is variadic (the interpreter passes
/// up to this many on the stack).
pub const MAX_UNIFORM_ARGS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stdlib::sig::{Arg, Call, Ret, Scalar};

    #[test]
    fn table_is_in_func_order_and_names_are_unique() {
        let mut names = std::collections::BTreeSet::new();
        for (i, f) in Func::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i);
            assert_eq!(signature(f).func, f, "row {i}");
            assert!(names.insert(signature(f).name));
            assert_eq!(Func::from_name(signature(f).name), Some(f));
        }
        assert!(names.len() > 30, "{} functions", names.len());
    }

    #[test]
    fn uniform_functions_fit_the_convention() {
        let (mut n, mut slices) = (0, 0);
        for s in &SIGNATURES {
            if !s.call.is_uniform() {
                continue;
            }
            n += 1;
            assert!(s.params.len() <= MAX_UNIFORM_ARGS, "{}", s.name);
            assert!(
                s.params
                    .iter()
                    .chain(s.rest.as_slice())
                    .all(|a| matches!(a, Arg::Text | Arg::DateLike | Arg::Int | Arg::TextOrNumber)),
                "{} takes a kind the convention does not pass",
                s.name
            );
            if let Some(rest) = s.rest {
                assert!(
                    s.params.iter().all(|a| *a == rest),
                    "{}: a variadic function's parameters are all of its rest kind",
                    s.name
                );
            }
            assert!(
                matches!(s.ret, Ret::Scalar(sc) if sc != Scalar::Number)
                    || s.ret == Ret::ListOfString,
                "{} returns a kind the convention does not pass",
                s.name
            );
            if let Call::Slice { .. } = s.call {
                slices += 1;
                assert!(
                    matches!(s.params.first(), Some(Arg::Text | Arg::DateLike)),
                    "{}: a slice of what?",
                    s.name
                );
                assert!(
                    matches!(s.ret, Ret::Scalar(sc) if sc.is_text()),
                    "{}",
                    s.name
                );
                assert!(s.rest.is_none(), "{}", s.name);
            }
        }
        assert!(n >= 16, "{n} uniform functions");
        assert!(slices >= 3, "{slices} slicing functions");
    }

    #[test]
    fn usage_marks_optional_and_variadic_arguments() {
        assert_eq!(signature(Func::Substr).usage(), "substr(text, int, int?)");
        assert_eq!(signature(Func::Concat).usage(), "concat(text, …)");
        assert_eq!(signature(Func::Today).min_args(), 0);
    }
}
