//! Typed expressions -> Rust. Every value is an `Option` (`None` is null) of a representation
//! chosen by the expression's type: text (`Cow<str>`, also select codes), `i64`, `f64`, `bool`.
//! Operators and functions call into `crate::support` / `mapping_dsl::stdlib`, so the
//! semantics live in one place shared with the interpreter.

use mapping_dsl::ir::{BinOp, Expr, Lit, Param, Path, PathRoot, Step, TExpr, UnaryOp};
use mapping_dsl::stdlib::Func;
use mapping_dsl::types::Scalar;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::error::CodegenError;
use crate::input::{InField, InStruct};
use crate::lit::str_lit;

/// How an expression's value is represented in generated code (always inside an `Option`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    Text,
    Int,
    Num,
    Bool,
    /// The literal `null`: `None` of whatever the context needs.
    Null,
}

/// What expressions can see: the record, the enclosing `each` elements, params.
pub struct Scope<'a> {
    pub file: &'a str,
    pub input: &'a InStruct,
    /// `(variable, struct)` of each enclosing `each`, outermost first; the variable is an
    /// `Option<&Elem>`.
    pub elems: Vec<(Ident, &'a InStruct)>,
    pub params: &'a [Param],
    /// The `Loc` variable and the output key errors are reported under.
    pub loc: Ident,
    pub leaf: String,
}

impl Scope<'_> {
    fn unsupported(&self, what: impl Into<String>, e: &TExpr) -> CodegenError {
        CodegenError::Unsupported {
            file: self.file.to_owned(),
            what: what.into(),
            span: Some(e.span),
        }
    }

    fn fail(&self) -> TokenStream {
        let loc = &self.loc;
        let leaf = str_lit(&self.leaf);
        quote!(#loc.fail(#leaf, kind))
    }
}

/// A path resolved against the input structs: tokens of type `Option<&T>` where `T` is the
/// field's `Field` payload, and the field itself (None for an index step's element).
pub struct Resolved<'a> {
    pub tokens: TokenStream,
    pub field: &'a InField,
    /// Whether the last step indexed into a list (the value is then an element).
    pub element: bool,
}

pub fn resolve<'a>(sc: &Scope<'a>, p: &Path, e: &TExpr) -> Result<Resolved<'a>, CodegenError> {
    let (mut tokens, mut cur): (TokenStream, &'a InStruct) = match p.root {
        PathRoot::Record => (quote!(::std::option::Option::Some(input)), sc.input),
        PathRoot::Element(d) => {
            let (v, s) = sc
                .elems
                .get(d as usize)
                .ok_or_else(|| sc.unsupported("an `each` element outside `each`", e))?;
            (quote!(#v), *s)
        }
        PathRoot::It(_) => return Err(sc.unsupported("`it` paths", e)),
    };
    let mut field: Option<&'a InField> = None;
    let mut element = false;
    let mut first = matches!(p.root, PathRoot::Record);
    for step in &p.steps {
        match step {
            Step::Field(k) => {
                if field.is_some()
                    && !matches!(
                        field.map(|f| &f.ty),
                        Some(mapping_dsl::ir::InputType::Object(_))
                    )
                {
                    return Err(sc.unsupported(format!("a field step `{k}` into a non-object"), e));
                }
                if let Some(f) = field {
                    cur = f
                        .child
                        .as_deref()
                        .ok_or_else(|| sc.unsupported("a nested path", e))?;
                }
                let f = cur.field(k).ok_or_else(|| {
                    sc.unsupported(format!("a path to `{k}` outside the transform's input"), e)
                })?;
                if matches!(f.ty, mapping_dsl::ir::InputType::Json) {
                    return Err(sc.unsupported("paths into `json` fields", e));
                }
                let id = &f.ident;
                tokens = if first {
                    quote!(input.#id.get())
                } else {
                    quote!(#tokens.and_then(|v| v.#id.get()))
                };
                first = false;
                field = Some(f);
                element = false;
            }
            Step::Index(i) => {
                if field.is_none() || element {
                    return Err(sc.unsupported("an index step here", e));
                }
                tokens =
                    quote!(#tokens.and_then(|v| v.get(#i)).and_then(crate::support::Field::get));
                element = true;
            }
        }
    }
    let field = field.ok_or_else(|| sc.unsupported("a path to a whole record or element", e))?;
    Ok(Resolved {
        tokens,
        field,
        element,
    })
}

/// Compiles `e` to tokens of type `Option<repr>`.
pub fn compile(sc: &Scope<'_>, e: &TExpr) -> Result<(TokenStream, Repr), CodegenError> {
    use mapping_dsl::ir::InputType as I;
    match &e.kind {
        Expr::Lit(l) => Ok(match l {
            Lit::Null => (quote!(::std::option::Option::None), Repr::Null),
            Lit::Bool(b) => (quote!(::std::option::Option::Some(#b)), Repr::Bool),
            Lit::Int(i) => (quote!(::std::option::Option::Some(#i)), Repr::Int),
            Lit::Number(f) => (quote!(::serde_json::Number::from_f64(#f)), Repr::Num),
            Lit::String(s) => {
                let s = str_lit(s);
                (
                    quote!(::std::option::Option::Some(::std::borrow::Cow::Borrowed(#s))),
                    Repr::Text,
                )
            }
        }),
        Expr::Path(p) => {
            let r = resolve(sc, p, e)?;
            let t = r.tokens;
            let ty = if r.element {
                match &r.field.ty {
                    I::MultiSelect { set } => I::Select { set: set.clone() },
                    I::ScalarList(s) => I::Scalar(*s),
                    _ => return Err(sc.unsupported("an element of a subform as a value", e)),
                }
            } else {
                r.field.ty.clone()
            };
            match ty {
                I::Scalar(s) if s.is_text() => Ok((quote!(crate::support::text(#t)), Repr::Text)),
                I::Scalar(Scalar::Int) => Ok((quote!(#t.copied()), Repr::Int)),
                I::Scalar(Scalar::Number) => Ok((quote!(#t.cloned()), Repr::Num)),
                I::Scalar(Scalar::Bool) => Ok((quote!(#t.copied()), Repr::Bool)),
                I::Select { .. } => Ok((quote!(crate::support::code(#t)), Repr::Text)),
                _ => Err(sc.unsupported(format!("a value of type {}", e.ty), e)),
            }
        }
        Expr::Param(name) => {
            let p = sc
                .params
                .iter()
                .find(|p| &p.name == name)
                .ok_or_else(|| sc.unsupported("an undeclared param", e))?;
            if !p.ty.is_text() {
                return Err(sc.unsupported(format!("a param of type {}", p.ty.name()), e));
            }
            let n = str_lit(name);
            let d = match p.default.as_ref().and_then(|d| d.as_str()) {
                Some(s) => {
                    let s = str_lit(s);
                    quote!(::std::option::Option::Some(#s))
                }
                None => quote!(::std::option::Option::None),
            };
            Ok((quote!(crate::support::param_text(ctx, #n, #d)), Repr::Text))
        }
        Expr::Unary(op, a) => {
            let (a, r) = compile(sc, a)?;
            match (op, r) {
                (UnaryOp::Not, Repr::Bool | Repr::Null) => Ok((
                    quote!(::std::option::Option::Some(!crate::support::truthy(#a))),
                    Repr::Bool,
                )),
                (UnaryOp::Neg, Repr::Int) => {
                    let fail = sc.fail();
                    Ok((
                        quote!(match crate::support::neg_int(#a) { ::std::result::Result::Ok(v) => v, ::std::result::Result::Err(kind) => return ::std::result::Result::Err(#fail) }),
                        Repr::Int,
                    ))
                }
                (UnaryOp::Neg, Repr::Num) => {
                    Ok((quote!(crate::support::neg_number(#a)), Repr::Num))
                }
                _ => Err(sc.unsupported("this unary operator", e)),
            }
        }
        Expr::Binary(op, a, b) => binary(sc, e, *op, a, b),
        Expr::If(c, a, b) => {
            let (c, _) = compile(sc, c)?;
            let (a, ra) = compile(sc, a)?;
            let (b, rb) = compile(sc, b)?;
            let (a, b, r) = unify(sc, e, (a, ra), (b, rb))?;
            Ok((quote!(if crate::support::truthy(#c) { #a } else { #b }), r))
        }
        Expr::Call(f, args) => call(sc, e, *f, args),
        Expr::Let(_) => Err(sc.unsupported("`let.NAME`", e)),
        Expr::Access(..) => Err(sc.unsupported("a step on a computed value", e)),
    }
}

/// Brings two branches to one representation (int widens to number; null takes the other).
fn unify(
    sc: &Scope<'_>,
    e: &TExpr,
    (a, ra): (TokenStream, Repr),
    (b, rb): (TokenStream, Repr),
) -> Result<(TokenStream, TokenStream, Repr), CodegenError> {
    Ok(match (ra, rb) {
        (x, y) if x == y => (a, b, x),
        (Repr::Null, y) => (a, b, y),
        (x, Repr::Null) => (a, b, x),
        (Repr::Int, Repr::Num) => (quote!(#a.map(::serde_json::Number::from)), b, Repr::Num),
        (Repr::Num, Repr::Int) => (a, quote!(#b.map(::serde_json::Number::from)), Repr::Num),
        _ => return Err(sc.unsupported("branches of different types", e)),
    })
}

fn binary(
    sc: &Scope<'_>,
    e: &TExpr,
    op: BinOp,
    a: &TExpr,
    b: &TExpr,
) -> Result<(TokenStream, Repr), CodegenError> {
    let (ta, ra) = compile(sc, a)?;
    let (tb, rb) = compile(sc, b)?;
    match op {
        BinOp::And => Ok((
            quote!(::std::option::Option::Some(crate::support::truthy(#ta) && crate::support::truthy(#tb))),
            Repr::Bool,
        )),
        BinOp::Or => Ok((
            quote!(::std::option::Option::Some(crate::support::truthy(#ta) || crate::support::truthy(#tb))),
            Repr::Bool,
        )),
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let opt = binop_tokens(op);
            let (x, y) = match (ra, rb) {
                (Repr::Null, Repr::Null) => (
                    quote!(::std::option::Option::<bool>::None),
                    quote!(::std::option::Option::<bool>::None),
                ),
                (Repr::Null, Repr::Text) => (
                    quote!(::std::option::Option::<&str>::None),
                    quote!(#tb.as_deref()),
                ),
                (Repr::Text, Repr::Null) => (
                    quote!(#ta.as_deref()),
                    quote!(::std::option::Option::<&str>::None),
                ),
                (Repr::Text, Repr::Text) => (quote!(#ta.as_deref()), quote!(#tb.as_deref())),
                (Repr::Num, _) | (_, Repr::Num) => {
                    let (x, y, _) = unify(sc, e, (ta, ra), (tb, rb))?;
                    return Ok((
                        quote!(::std::option::Option::Some(crate::support::compare_numbers(#opt, #x.as_ref(), #y.as_ref()))),
                        Repr::Bool,
                    ));
                }
                _ => {
                    let (x, y, _) = unify(sc, e, (ta, ra), (tb, rb))?;
                    (x, y)
                }
            };
            Ok((
                quote!(::std::option::Option::Some(::mapping_dsl::stdlib::ops::compare(#opt, #x, #y))),
                Repr::Bool,
            ))
        }
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div => {
            let opt = binop_tokens(op);
            let fail = sc.fail();
            let (call, r) = match (ra, rb) {
                (Repr::Int, Repr::Int) if e.ty == mapping_dsl::types::Type::INT => {
                    (quote!(crate::support::arith_int(#opt, #ta, #tb)), Repr::Int)
                }
                (Repr::Int | Repr::Num | Repr::Null, Repr::Int | Repr::Num | Repr::Null) => {
                    let wa = widen(ta, ra);
                    let wb = widen(tb, rb);
                    (
                        quote!(crate::support::arith_number(#opt, #wa, #wb)),
                        Repr::Num,
                    )
                }
                _ => return Err(sc.unsupported("arithmetic on these types", e)),
            };
            Ok((
                quote!(match #call { ::std::result::Result::Ok(v) => v, ::std::result::Result::Err(kind) => return ::std::result::Result::Err(#fail) }),
                r,
            ))
        }
    }
}

fn binop_tokens(op: BinOp) -> TokenStream {
    let v = match op {
        BinOp::Or => quote!(Or),
        BinOp::And => quote!(And),
        BinOp::Eq => quote!(Eq),
        BinOp::Ne => quote!(Ne),
        BinOp::Lt => quote!(Lt),
        BinOp::Le => quote!(Le),
        BinOp::Gt => quote!(Gt),
        BinOp::Ge => quote!(Ge),
        BinOp::Add => quote!(Add),
        BinOp::Sub => quote!(Sub),
        BinOp::Mul => quote!(Mul),
        BinOp::Div => quote!(Div),
    };
    quote!(::mapping_dsl::ir::BinOp::#v)
}

fn widen(t: TokenStream, r: Repr) -> TokenStream {
    match r {
        Repr::Int => quote!(#t.map(::serde_json::Number::from)),
        Repr::Null => quote!(::std::option::Option::<::serde_json::Number>::None),
        _ => t,
    }
}

/// A fallible call: `Result<T, ErrorKind>` becomes `T` or a return with the field path.
fn try_(sc: &Scope<'_>, call: TokenStream) -> TokenStream {
    let fail = sc.fail();
    quote!(match #call { ::std::result::Result::Ok(v) => v, ::std::result::Result::Err(kind) => return ::std::result::Result::Err(#fail) })
}

fn call(
    sc: &Scope<'_>,
    e: &TExpr,
    f: Func,
    args: &[TExpr],
) -> Result<(TokenStream, Repr), CodegenError> {
    let mut compiled = Vec::with_capacity(args.len());
    for a in args {
        compiled.push(compile(sc, a)?);
    }
    let text = |i: usize| -> Result<TokenStream, CodegenError> {
        match compiled.get(i) {
            Some((t, Repr::Text)) => Ok(quote!(#t.as_deref())),
            Some((_, Repr::Null)) | None => Ok(quote!(::std::option::Option::<&str>::None)),
            Some(_) => Err(sc.unsupported(format!("a non-text argument of {}", f.name()), e)),
        }
    };
    let int = |i: usize| -> Result<TokenStream, CodegenError> {
        match compiled.get(i) {
            Some((t, Repr::Int)) => Ok(quote!(#t)),
            Some((_, Repr::Null)) | None => Ok(quote!(::std::option::Option::<i64>::None)),
            Some(_) => Err(sc.unsupported(format!("a non-int argument of {}", f.name()), e)),
        }
    };
    let owned_text = |t: TokenStream| quote!(#t.map(::std::borrow::Cow::<'_, str>::Owned));
    let some = |t: TokenStream| quote!(::std::option::Option::Some(#t));
    let first_repr = compiled.first().map(|(_, r)| *r).unwrap_or(Repr::Null);
    Ok(match f {
        Func::Concat => {
            let parts = (0..compiled.len())
                .map(text)
                .collect::<Result<Vec<_>, _>>()?;
            (
                some(
                    quote!(::std::borrow::Cow::<'_, str>::Owned(::mapping_dsl::stdlib::text::concat(&[#(#parts),*]))),
                ),
                Repr::Text,
            )
        }
        Func::Substr => {
            let (s, start) = (
                &compiled
                    .first()
                    .ok_or_else(|| sc.unsupported("substr()", e))?
                    .0,
                int(1)?,
            );
            if first_repr != Repr::Text {
                return Err(sc.unsupported("substr of a non-text value", e));
            }
            let len = int(2)?;
            (quote!(crate::support::substr(#s, #start, #len)), Repr::Text)
        }
        Func::Trim => {
            let a = text(0)?;
            (
                owned_text(quote!(::mapping_dsl::stdlib::text::trim(#a).map(str::to_owned))),
                Repr::Text,
            )
        }
        Func::Lower => {
            let t0 = text(0)?;
            (
                owned_text(quote!(::mapping_dsl::stdlib::text::lower(#t0))),
                Repr::Text,
            )
        }
        Func::Upper => {
            let t0 = text(0)?;
            (
                owned_text(quote!(::mapping_dsl::stdlib::text::upper(#t0))),
                Repr::Text,
            )
        }
        Func::DigitsOnly => {
            if first_repr != Repr::Text {
                return Err(sc.unsupported("digits_only of a number", e));
            }
            let t0 = text(0)?;
            (
                owned_text(quote!(::mapping_dsl::stdlib::text::digits_only(#t0))),
                Repr::Text,
            )
        }
        Func::Replace => {
            let (a, b, c) = (text(0)?, text(1)?, text(2)?);
            (
                owned_text(
                    quote!(::mapping_dsl::stdlib::text::replace(#a, #b, #c).map(::std::borrow::Cow::into_owned)),
                ),
                Repr::Text,
            )
        }
        Func::Contains
            if compiled
                .iter()
                .all(|(_, r)| matches!(r, Repr::Text | Repr::Null)) =>
        {
            let (t0, t1) = (text(0)?, text(1)?);
            (
                some(quote!(::mapping_dsl::stdlib::text::contains(#t0, #t1))),
                Repr::Bool,
            )
        }
        Func::StartsWith => {
            let t0 = text(0)?;
            let t1 = text(1)?;
            (
                some(quote!(::mapping_dsl::stdlib::text::starts_with(#t0, #t1))),
                Repr::Bool,
            )
        }
        Func::Len if first_repr == Repr::Text || first_repr == Repr::Null => {
            let t0 = text(0)?;
            (
                some(quote!(::mapping_dsl::stdlib::text::len(#t0))),
                Repr::Int,
            )
        }
        Func::IsEmpty => {
            let (a, r) = &compiled[0];
            let v = match r {
                Repr::Text => quote!(::mapping_dsl::stdlib::nulls::is_empty(#a.as_deref())),
                Repr::Null => quote!(true),
                _ => quote!(::mapping_dsl::stdlib::nulls::is_empty(#a.as_ref())),
            };
            (some(v), Repr::Bool)
        }
        Func::Coalesce | Func::Default => {
            let mut items: Vec<(TokenStream, Repr)> = compiled.clone();
            let target = items
                .iter()
                .map(|(_, r)| *r)
                .find(|r| *r != Repr::Null)
                .unwrap_or(Repr::Null);
            if target == Repr::Null {
                (quote!(::std::option::Option::<bool>::None), Repr::Null)
            } else {
                let mut toks = Vec::new();
                for it in items.drain(..) {
                    let (a, _, _) =
                        unify(sc, e, it, (quote!(::std::option::Option::None), target))?;
                    toks.push(a);
                }
                if compiled
                    .iter()
                    .any(|(_, r)| *r != target && *r != Repr::Null)
                {
                    return Err(sc.unsupported(format!("{} of mixed types", f.name()), e));
                }
                let v = if f == Func::Coalesce {
                    quote!(::mapping_dsl::stdlib::nulls::coalesce([#(#toks),*]))
                } else {
                    let (a, b) = (
                        &toks[0],
                        toks.get(1)
                            .cloned()
                            .unwrap_or_else(|| quote!(::std::option::Option::None)),
                    );
                    quote!(crate::support::default_of(#a, #b))
                };
                (v, target)
            }
        }
        Func::ToString => {
            let (a, r) = &compiled[0];
            let v = match r {
                Repr::Text => quote!(#a),
                Repr::Null => quote!(::std::option::Option::<::std::borrow::Cow<'_, str>>::None),
                Repr::Int => {
                    owned_text(quote!(#a.map(::mapping_dsl::stdlib::convert::int_to_string)))
                }
                Repr::Num => owned_text(
                    quote!(#a.as_ref().map(::mapping_dsl::stdlib::convert::number_to_string)),
                ),
                Repr::Bool => {
                    quote!(#a.map(|b| ::std::borrow::Cow::<'_, str>::Borrowed(::mapping_dsl::stdlib::convert::bool_to_string(b))))
                }
            };
            (v, Repr::Text)
        }
        Func::ToNumber => {
            let (a, r) = &compiled[0];
            match r {
                Repr::Num => (quote!(#a), Repr::Num),
                Repr::Int => (quote!(#a.map(::serde_json::Number::from)), Repr::Num),
                Repr::Text | Repr::Null => {
                    let t0 = text(0)?;
                    (
                        try_(sc, quote!(::mapping_dsl::stdlib::convert::to_number(#t0))),
                        Repr::Num,
                    )
                }
                Repr::Bool => return Err(sc.unsupported("to_number of a bool", e)),
            }
        }
        Func::Date => {
            let t0 = text(0)?;
            (
                try_(
                    sc,
                    quote!(::mapping_dsl::stdlib::date::date(#t0).map(|d| d.map(|d| ::std::borrow::Cow::<'_, str>::Owned(d.to_owned())))),
                ),
                Repr::Text,
            )
        }
        Func::DateTime => {
            let t0 = text(0)?;
            (
                try_(
                    sc,
                    quote!(::mapping_dsl::stdlib::date::datetime(#t0).map(|d| d.map(|d| ::std::borrow::Cow::<'_, str>::Owned(d.into_owned())))),
                ),
                Repr::Text,
            )
        }
        Func::FormatDate => {
            let (d, fmt, tz) = (text(0)?, text(1)?, text(2)?);
            (
                try_(sc, quote!(crate::support::format_date(#d, #fmt, #tz))),
                Repr::Text,
            )
        }
        Func::Today => {
            let t0 = text(0)?;
            (
                try_(
                    sc,
                    quote!(::mapping_dsl::stdlib::date::today(ctx.now, #t0).map(|d| ::std::option::Option::Some(::std::borrow::Cow::<'_, str>::Owned(d)))),
                ),
                Repr::Text,
            )
        }
        Func::YearsBetween => {
            let t0 = text(0)?;
            let t1 = text(1)?;
            (
                try_(
                    sc,
                    quote!(::mapping_dsl::stdlib::date::years_between(#t0, #t1)),
                ),
                Repr::Int,
            )
        }
        Func::Round => {
            let (a, r) = &compiled[0];
            match r {
                Repr::Int => (quote!(#a), Repr::Int),
                Repr::Num => (
                    try_(sc, quote!(crate::support::round(#a.as_ref()))),
                    Repr::Int,
                ),
                _ => return Err(sc.unsupported("round of a non-number", e)),
            }
        }
        Func::Abs => {
            let (a, r) = &compiled[0];
            match r {
                Repr::Int => (
                    try_(
                        sc,
                        quote!(#a.map(::mapping_dsl::stdlib::convert::abs_int).transpose()),
                    ),
                    Repr::Int,
                ),
                Repr::Num => (quote!(crate::support::abs_number(#a.as_ref())), Repr::Num),
                _ => return Err(sc.unsupported("abs of a non-number", e)),
            }
        }
        other => return Err(sc.unsupported(format!("the function {}()", other.name()), e)),
    })
}
