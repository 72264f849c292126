//! Paths (`a.b[0].c`, `root.x`, `it.x`) resolved against the input structs. A step into a
//! `json` field goes on through `mapwright_rt::json_field` / `json_index` (a missing step is null,
//! as in the interpreter); a step into a typed field reads the field.

use mapping_dsl::ir::{InputType, Path, PathRoot, Step, TExpr};
use mapping_dsl::types::Scalar;
use proc_macro2::TokenStream;
use quote::quote;

use super::{E201, E207, E209, E210, Repr, Scope};
use crate::error::CodegenError;
use crate::input::{InField, InStruct};
use crate::lit::str_lit;

/// Why an object or list field always has its struct: `input::plan_at` makes one for each.
const NO_CHILD: &str = "`input::plan_at` plans a struct for every object and list field";

/// A path resolved to a typed input field: tokens of type `Option<&T>` where `T` is the
/// field's `Field` payload (or, with `element`, the payload of one element of the list).
pub struct Resolved<'a> {
    pub tokens: TokenStream,
    pub field: &'a InField,
    /// Whether the last step indexed into a list (the value is then an element).
    pub element: bool,
}

/// Where a path walk is.
enum Cur<'a> {
    /// `Option<&Struct>`; `root` when it is the record itself (`input`).
    Row {
        t: TokenStream,
        s: &'a InStruct,
        root: bool,
    },
    /// `Option<&Payload>` of a typed field.
    Field { t: TokenStream, f: &'a InField },
    /// `Option<&ElementPayload>` of one element of a list field.
    Elem { t: TokenStream, f: &'a InField },
    /// `Option<&Value>` (never a JSON null).
    Json(TokenStream),
    /// An `it` of another representation: no steps into it.
    Val(TokenStream, Repr<'a>),
}

/// The tokens reading variable `v` of representation `r` (cloned unless `Copy`).
pub(super) fn read_var(v: &proc_macro2::Ident, r: &Repr<'_>) -> TokenStream {
    if r.is_copy() {
        quote!(#v)
    } else {
        quote!(#v.clone())
    }
}

/// Where steps on a value of representation `r` start.
fn start<'a>(t: TokenStream, r: Repr<'a>) -> Cur<'a> {
    match r {
        Repr::Row(s) => Cur::Row { t, s, root: false },
        Repr::Json => Cur::Json(t),
        r => Cur::Val(t, r),
    }
}

/// Steps on a computed value (`first(list).date`, `let.x.questionsList`).
pub(super) fn compile_access<'a>(
    sc: &Scope<'a>,
    t: TokenStream,
    r: Repr<'a>,
    steps: &[Step],
    e: &TExpr,
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let mut cur = start(t, r);
    for step in steps {
        cur = step_into(sc, e, cur, step)?;
    }
    value(sc, cur, e)
}

fn walk<'a>(sc: &Scope<'a>, p: &Path, e: &TExpr) -> Result<Cur<'a>, CodegenError> {
    let mut cur = match p.root {
        PathRoot::Record => Cur::Row {
            t: quote!(::std::option::Option::Some(input)),
            s: sc.input,
            root: true,
        },
        PathRoot::Element(d) => {
            let (v, s) = sc
                .elems
                .get(d as usize)
                .ok_or_else(|| sc.internal("an `each` element outside `each`", E207, e))?;
            Cur::Row {
                t: quote!(#v),
                s,
                root: false,
            }
        }
        PathRoot::It(d) => {
            let (v, r) = sc
                .its
                .get(d as usize)
                .ok_or_else(|| sc.internal("`it` outside a collection function", E207, e))?;
            match r {
                Repr::Row(s) => Cur::Row {
                    t: quote!(#v),
                    s,
                    root: false,
                },
                Repr::Json => Cur::Json(quote!(#v)),
                r => Cur::Val(read_var(v, r), r.clone()),
            }
        }
    };
    for step in &p.steps {
        cur = step_into(sc, e, cur, step)?;
    }
    Ok(cur)
}

fn row_field<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    t: TokenStream,
    s: &'a InStruct,
    root: bool,
    k: &str,
) -> Result<Cur<'a>, CodegenError> {
    let f = s.field(k).ok_or_else(|| {
        sc.internal(
            format!("a path to `{k}` outside the transform's input"),
            E201,
            e,
        )
    })?;
    let id = &f.ident;
    Ok(match (&f.ty, root) {
        (InputType::Json, true) => Cur::Json(quote!(input.#id.as_ref())),
        (InputType::Json, false) => Cur::Json(quote!(#t.and_then(|v| v.#id.as_ref()))),
        (_, true) => Cur::Field {
            t: quote!(input.#id.get()),
            f,
        },
        (_, false) => Cur::Field {
            t: quote!(#t.and_then(|v| v.#id.get())),
            f,
        },
    })
}

fn step_into<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    cur: Cur<'a>,
    step: &Step,
) -> Result<Cur<'a>, CodegenError> {
    match (cur, step) {
        (Cur::Row { t, s, root }, Step::Field(k)) => row_field(sc, e, t, s, root, k),
        (Cur::Field { t, f }, Step::Field(k)) if matches!(f.ty, InputType::Object(_)) => {
            let s = f
                .child
                .as_deref()
                .ok_or_else(|| sc.internal("a nested path", NO_CHILD, e))?;
            row_field(sc, e, t, s, false, k)
        }
        (Cur::Elem { t, f }, Step::Field(k)) if matches!(f.ty, InputType::List(_)) => {
            let s = f
                .child
                .as_deref()
                .ok_or_else(|| sc.internal("a nested path", NO_CHILD, e))?;
            row_field(sc, e, t, s, false, k)
        }
        (Cur::Json(t), Step::Field(k)) => {
            let k = str_lit(k);
            Ok(Cur::Json(quote!(::mapwright_rt::json_field(#t, #k))))
        }
        (Cur::Json(t), Step::Index(i)) => Ok(Cur::Json(quote!(::mapwright_rt::json_index(#t, #i)))),
        (Cur::Field { t, f }, Step::Index(i))
            if matches!(
                f.ty,
                InputType::List(_) | InputType::ScalarList(_) | InputType::MultiSelect { .. }
            ) =>
        {
            let get = if *i == 0 {
                quote!(first())
            } else {
                quote!(get(#i))
            };
            Ok(Cur::Elem {
                t: quote!(#t.and_then(|v| v.#get).and_then(::mapwright_rt::Field::get)),
                f,
            })
        }
        (Cur::Val(t, Repr::List(x)), Step::Index(i)) => Ok(start(
            quote!(#t.and_then(|v| v.into_iter().nth(#i)).flatten()),
            *x,
        )),
        (_, Step::Field(k)) => Err(sc.internal(format!("a field step `{k}` here"), E210, e)),
        (_, Step::Index(_)) => Err(sc.internal("an index step here", E209, e)),
    }
}

/// A path that must end at a typed input field (a `translate:` source, an `each` list).
pub fn resolve<'a>(sc: &Scope<'a>, p: &Path, e: &TExpr) -> Result<Resolved<'a>, CodegenError> {
    match walk(sc, p, e)? {
        Cur::Field { t, f } => Ok(Resolved {
            tokens: t,
            field: f,
            element: false,
        }),
        Cur::Elem { t, f } => Ok(Resolved {
            tokens: t,
            field: f,
            element: true,
        }),
        _ => Err(sc.unsupported("a path to something other than a typed field", e)),
    }
}

fn scalar(t: TokenStream, s: Scalar) -> (TokenStream, Repr<'static>) {
    match s {
        Scalar::String | Scalar::Date | Scalar::DateTime => {
            (quote!(::mapwright_rt::text(#t)), Repr::Text)
        }
        Scalar::Int => (quote!(#t.copied()), Repr::Int),
        Scalar::Number => (quote!(#t.cloned()), Repr::Num),
        Scalar::Bool => (quote!(#t.copied()), Repr::Bool),
    }
}

/// A path as a value.
pub(super) fn compile_path<'a>(
    sc: &Scope<'a>,
    p: &Path,
    e: &TExpr,
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let cur = walk(sc, p, e)?;
    value(sc, cur, e)
}

fn value<'a>(
    sc: &Scope<'a>,
    cur: Cur<'a>,
    e: &TExpr,
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let child = |f: &'a InField| {
        f.child
            .as_deref()
            .ok_or_else(|| sc.internal("an object without fields", NO_CHILD, e))
    };
    Ok(match cur {
        Cur::Row { t, s, .. } => (t, Repr::Row(s)),
        Cur::Json(t) => (t, Repr::Json),
        Cur::Val(t, r) => (t, r),
        Cur::Field { t, f } => match &f.ty {
            InputType::Scalar(s) => scalar(t, *s),
            InputType::Select { .. } => (quote!(::mapwright_rt::code(#t)), Repr::Text),
            InputType::Object(_) => (t, Repr::Row(child(f)?)),
            InputType::List(_) => (
                quote!(#t.map(|v| v.iter().map(::mapwright_rt::Field::get).collect::<::std::vec::Vec<_>>())),
                Repr::List(Box::new(Repr::Row(child(f)?))),
            ),
            InputType::ScalarList(s) => {
                let (x, r) = scalar(quote!(x.get()), *s);
                (
                    quote!(#t.map(|v| v.iter().map(|x| #x).collect::<::std::vec::Vec<_>>())),
                    Repr::List(Box::new(r)),
                )
            }
            InputType::MultiSelect { .. } => (
                quote!(#t.map(|v| v.iter().map(|x| ::mapwright_rt::code(x.get())).collect::<::std::vec::Vec<_>>())),
                Repr::List(Box::new(Repr::Text)),
            ),
            InputType::Json => {
                return Err(sc.internal(
                    "a json field read as typed",
                    "`row_field` reads json fields as json",
                    e,
                ));
            }
        },
        Cur::Elem { t, f } => match &f.ty {
            InputType::List(_) => (t, Repr::Row(child(f)?)),
            InputType::ScalarList(s) => scalar(t, *s),
            InputType::MultiSelect { .. } => (quote!(::mapwright_rt::code(#t)), Repr::Text),
            _ => {
                return Err(sc.internal(
                    "an element of this field",
                    "only list fields have elements (`step_into`)",
                    e,
                ));
            }
        },
    })
}
