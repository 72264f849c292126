//! Typed expressions -> Rust. Every value is an `Option` (`None` is null) of a representation
//! chosen by the expression's type: text (`Cow<str>`, also select codes), `i64`, `f64`, `bool`,
//! a `json` value borrowed from the input (`&Value`), an input object (`&Struct`), or a list
//! (`Vec` of one of these, each element again an `Option`). Operators and functions call into
//! `mapwright_rt` and its `stdlib`, so the semantics live in one place shared with the
//! interpreter. Evaluation order (and so which error a record fails with) follows the
//! interpreter's: arguments left to right, `coalesce`/`default`/`&&`/`||`/`if` lazily.

mod lookup;
mod path;
mod typed;
mod uniform;

use std::cell::RefCell;
use std::collections::BTreeSet;

use mapping_dsl::ir::{Answer, AnswerForm, BinOp, Deployment, Expr, Lit, Param, TExpr, UnaryOp};
use mapping_dsl::stdlib::Call;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::error::CodegenError;
use crate::input::{InStruct, struct_ty};
use crate::lit::str_lit;

pub use lookup::map_fn;

/// What the checker guarantees, for [`Scope::internal`] errors.
pub(crate) const E206: &str = "the checker rejects (E206: an unknown parameter)";
pub(crate) const E213: &str = "the checker rejects (E213: a let is read before it is defined)";
pub(crate) const E304: &str = "the checker rejects (E304: a condition is not a bool)";
pub(crate) const E303: &str = "the checker rejects (E303: values that cannot be compared)";
pub(crate) const E301: &str = "the checker rejects (E301: an argument of the wrong type)";
pub(crate) const E201: &str = "the checker rejects (E201: a field the schema does not have)";
pub(crate) const E204: &str = "the checker rejects (E204: an unknown value map)";
pub(crate) const E207: &str =
    "the checker rejects (E207 `it` outside a collection function; E208 `root.` outside `each`)";
pub(crate) const E209: &str = "the checker rejects (E209: an index on something not a list)";
pub(crate) const E210: &str = "the checker rejects (E210: a field step on something not an object)";

pub use path::{Resolved, resolve};

/// How an expression's value is represented in generated code (always inside an `Option`).
#[derive(Debug, Clone, PartialEq)]
pub enum Repr<'a> {
    Text,
    Int,
    Num,
    Bool,
    /// The literal `null`: `None` of whatever the context needs.
    Null,
    /// A `json` value: `Option<&'r Value>`, never `Some(Value::Null)`.
    Json,
    /// An object of the input: `Option<&'r Struct>`.
    Row(&'a InStruct),
    /// `Option<Vec<E>>` where `E` is the (`Option`) type of an element expression.
    List(Box<Repr<'a>>),
}

impl Repr<'_> {
    /// Values that are `Copy` (read as is; the others are cloned when read twice).
    pub fn is_copy(&self) -> bool {
        matches!(
            self,
            Repr::Int | Repr::Bool | Repr::Null | Repr::Json | Repr::Row(_)
        )
    }

    /// The Rust type of a value of this representation (`Option<…>`), with lifetime `'r`.
    pub fn ty(&self) -> Option<TokenStream> {
        let inner = match self {
            Repr::Text => quote!(::std::borrow::Cow<'r, str>),
            Repr::Int => quote!(i64),
            Repr::Num => quote!(::serde_json::Number),
            Repr::Bool => quote!(bool),
            Repr::Null => return None,
            Repr::Json => quote!(&'r ::serde_json::Value),
            Repr::Row(s) => {
                let t = struct_ty(s, &quote!('r));
                quote!(&'r #t)
            }
            Repr::List(e) => {
                let e = e.ty()?;
                quote!(::std::vec::Vec<#e>)
            }
        };
        Some(quote!(::std::option::Option<#inner>))
    }

    /// Whether the Rust type of this representation names the lifetime `'r`.
    pub fn borrows(&self) -> bool {
        match self {
            Repr::Text | Repr::Json | Repr::Row(_) => true,
            Repr::Int | Repr::Num | Repr::Bool | Repr::Null => false,
            Repr::List(e) => e.borrows(),
        }
    }

    /// Whether values of this representation can be written to the output.
    pub fn serializable(&self) -> bool {
        match self {
            Repr::Row(_) | Repr::Null => false,
            Repr::List(e) => e.serializable(),
            _ => true,
        }
    }
}

/// What expressions can see: the record, the enclosing `each` elements, the enclosing `it`s,
/// params, and the deployment's value maps.
#[derive(Clone)]
pub struct Scope<'a> {
    pub file: &'a str,
    pub dep: &'a Deployment,
    pub input: &'a InStruct,
    /// `(variable, struct)` of each enclosing `each`, outermost first; the variable is an
    /// `Option<&Elem>`.
    pub elems: Vec<(Ident, &'a InStruct)>,
    /// `(variable, representation)` of each enclosing collection function's `it`, outermost
    /// first (`PathRoot::It(depth)`).
    pub its: Vec<(Ident, Repr<'a>)>,
    pub params: &'a [Param],
    /// The value maps the generated code calls (their functions are emitted once per module).
    pub maps: &'a RefCell<BTreeSet<String>>,
    /// The transform's lets compiled so far: `(name, field of the `lets` struct, repr)`.
    pub lets: Vec<(String, Ident, Repr<'a>)>,
    /// The `Loc` variable and the output key errors are reported under.
    pub loc: Ident,
    pub leaf: String,
}

impl Scope<'_> {
    pub(crate) fn unsupported(&self, what: impl Into<String>, e: &TExpr) -> CodegenError {
        CodegenError::Unsupported {
            file: self.file.to_owned(),
            what: what.into(),
            span: Some(e.span),
        }
    }

    /// A construct the checker rejects (`rule` says which check), met in checked IR: a bug.
    pub(crate) fn internal(
        &self,
        what: impl Into<String>,
        rule: &'static str,
        e: &TExpr,
    ) -> CodegenError {
        CodegenError::Internal {
            file: self.file.to_owned(),
            what: what.into(),
            rule,
            span: Some(e.span),
        }
    }

    fn fail(&self) -> TokenStream {
        let loc = &self.loc;
        let leaf = str_lit(&self.leaf);
        quote!(#loc.fail(#leaf, kind))
    }
}

/// Compiles `e` to tokens of type `Option<repr>`.
pub fn compile<'a>(sc: &Scope<'a>, e: &TExpr) -> Result<(TokenStream, Repr<'a>), CodegenError> {
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
        Expr::Path(p) => path::compile_path(sc, p, e),
        Expr::Param(name) => {
            let p = sc
                .params
                .iter()
                .find(|p| &p.name == name)
                .ok_or_else(|| sc.internal("an undeclared param", E206, e))?;
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
            Ok((quote!(::mapwright_rt::param_text(ctx, #n, #d)), Repr::Text))
        }
        Expr::Unary(UnaryOp::Not, _) => {
            let c = cond(sc, e)?;
            Ok((quote!(::std::option::Option::Some(#c)), Repr::Bool))
        }
        Expr::Unary(UnaryOp::Neg, a) => {
            let (a, r) = compile(sc, a)?;
            match r {
                Repr::Int => Ok((try_(sc, quote!(::mapwright_rt::neg_int(#a))), Repr::Int)),
                Repr::Num => Ok((quote!(::mapwright_rt::neg_number(#a)), Repr::Num)),
                _ => Err(sc.unsupported("this unary operator", e)),
            }
        }
        Expr::Binary(op, a, b) => binary(sc, e, *op, a, b),
        Expr::If(c, a, b) => {
            let c = cond(sc, c)?;
            let (a, ra) = compile(sc, a)?;
            let (b, rb) = compile(sc, b)?;
            let (a, b, r) = unify(sc, e, (a, ra), (b, rb))?;
            Ok((quote!({ let c = #c; if c { #a } else { #b } }), r))
        }
        Expr::Let(name) => {
            let (_, id, r) =
                sc.lets.iter().find(|(n, _, _)| n == name).ok_or_else(|| {
                    sc.internal(format!("`let.{name}` before its value"), E213, e)
                })?;
            if *r == Repr::Null {
                return Ok((quote!(::std::option::Option::None), Repr::Null));
            }
            let t = if r.is_copy() {
                quote!(lets.#id)
            } else {
                quote!(lets.#id.clone())
            };
            Ok((t, r.clone()))
        }
        Expr::Access(inner, steps) => {
            let (t, r) = compile(sc, inner)?;
            path::compile_access(sc, t, r, steps, e)
        }
        Expr::Answer(a) => answer(sc, e, a),
        Expr::Call(f, args) => match f.signature().call {
            Call::Typed { .. } => typed::call(sc, e, *f, args),
            Call::Uniform { .. } | Call::Slice { .. } => {
                let mut compiled = Vec::with_capacity(args.len());
                for a in args {
                    compiled.push(compile(sc, a)?);
                }
                uniform::call(sc, e, *f, &compiled)
            }
        },
    }
}

/// An `answer:` rule's value: one call of the shared [`mapping_dsl::stdlib::questionnaire`]
/// function of its form over the sources' `questionsList`s.
fn answer<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    a: &Answer,
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let mut sources = Vec::new();
    for s in &a.sources {
        let (q, r) = compile(sc, &s.questions)?;
        let q = match r {
            Repr::Json => q,
            Repr::Null => quote!(::std::option::Option::None),
            _ => return Err(sc.unsupported("a questionnaire that is not `json`", e)),
        };
        let group = match &s.group {
            Some(g) => {
                let g = str_lit(g);
                quote!(::std::option::Option::Some(#g))
            }
            None => quote!(::std::option::Option::None),
        };
        let text = str_lit(&s.text);
        sources.push(quote!(::mapwright_rt::stdlib::questionnaire::Source { questions: #q, group: #group, text: #text }));
    }
    let call = |f: TokenStream| {
        try_(
            sc,
            quote!(::mapwright_rt::stdlib::questionnaire::#f(&[#(#sources),*])),
        )
    };
    Ok(match a.form {
        AnswerForm::Score => (call(quote!(score)), Repr::Json),
        AnswerForm::Text => (call(quote!(free_text)), Repr::Json),
        AnswerForm::CountScore => {
            let c = call(quote!(count_score));
            (quote!(#c.map(::std::borrow::Cow::Owned)), Repr::Text)
        }
        AnswerForm::Number => (call(quote!(leading_number)), Repr::Int),
    })
}

/// Compiles a condition to a `bool` expression: null is false, a `json` value must be a bool.
/// Comparisons, `&&`, `||` and `!` are `bool`s directly (as the interpreter's `eval_bool`).
pub fn cond(sc: &Scope<'_>, e: &TExpr) -> Result<TokenStream, CodegenError> {
    // An operand of `!`, `&&`, `||`: parenthesised when it is itself `&&` / `||`.
    let operand = |x: &TExpr| -> Result<TokenStream, CodegenError> {
        let c = cond(sc, x)?;
        Ok(match &x.kind {
            Expr::Binary(BinOp::And | BinOp::Or, _, _) => quote!((#c)),
            _ => c,
        })
    };
    match &e.kind {
        Expr::Binary(BinOp::And, a, b) => {
            let (ca, cb) = (operand(a)?, operand(b)?);
            return Ok(quote!(#ca && #cb));
        }
        Expr::Binary(BinOp::Or, a, b) => {
            let (ca, cb) = (operand(a)?, operand(b)?);
            return Ok(quote!(#ca || #cb));
        }
        Expr::Unary(UnaryOp::Not, a) => {
            let c = operand(a)?;
            return Ok(quote!(!#c));
        }
        Expr::Binary(
            op @ (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge),
            a,
            b,
        ) => {
            let x = compile(sc, a)?;
            let y = compile(sc, b)?;
            return compare(sc, e, *op, x, y, lit_str(a), lit_str(b));
        }
        _ => {}
    }
    let (t, r) = compile(sc, e)?;
    match r {
        Repr::Bool | Repr::Null => Ok(quote!(::mapwright_rt::truthy(#t))),
        Repr::Json => Ok(try_(sc, quote!(::mapwright_rt::json_bool(#t)))),
        _ => Err(sc.internal("a condition that is not a bool", E304, e)),
    }
}

/// Brings two branches to one representation (int widens to number; null takes the other).
fn unify<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    (a, ra): (TokenStream, Repr<'a>),
    (b, rb): (TokenStream, Repr<'a>),
) -> Result<(TokenStream, TokenStream, Repr<'a>), CodegenError> {
    Ok(match (ra, rb) {
        (x, y) if x == y => (a, b, x),
        (Repr::Null, y) => (a, b, y),
        (x, Repr::Null) => (a, b, x),
        (Repr::Int, Repr::Num) => (quote!(#a.map(::serde_json::Number::from)), b, Repr::Num),
        (Repr::Num, Repr::Int) => (a, quote!(#b.map(::serde_json::Number::from)), Repr::Num),
        _ => return Err(sc.unsupported("branches of different types", e)),
    })
}

/// A typed value as an owned `Option<Value>` (to compare it with, or map it like, `json`).
pub(crate) fn to_json_owned(t: TokenStream, r: &Repr<'_>, depth: usize) -> Option<TokenStream> {
    Some(match r {
        Repr::Text => quote!(::mapwright_rt::owned_json_text(#t)),
        Repr::Int => quote!(::mapwright_rt::owned_json_int(#t)),
        Repr::Num => quote!(::mapwright_rt::owned_json_number(#t)),
        Repr::Bool => quote!(::mapwright_rt::owned_json_bool(#t)),
        Repr::Json => quote!(#t.cloned()),
        Repr::Null => quote!(::std::option::Option::<::serde_json::Value>::None),
        Repr::List(x) => {
            let v = quote::format_ident!("x{}", depth);
            let inner = to_json_owned(quote!(#v), x, depth + 1)?;
            quote!(#t.map(|v| ::serde_json::Value::Array(v.into_iter().map(|#v| #inner.unwrap_or(::serde_json::Value::Null)).collect())))
        }
        Repr::Row(_) => return None,
    })
}

/// A comparison as a `bool` expression. `la`/`lb`: the sides when they are string literals.
#[allow(clippy::too_many_arguments)]
fn compare<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    op: BinOp,
    (ta, ra): (TokenStream, Repr<'a>),
    (tb, rb): (TokenStream, Repr<'a>),
    la: Option<TokenStream>,
    lb: Option<TokenStream>,
) -> Result<TokenStream, CodegenError> {
    let opt = binop_tokens(op);
    // `x == null` / `x != null` of an object or list: whether it is there.
    let present = |t: &TokenStream, op: BinOp| match op {
        BinOp::Eq => quote!(#t.is_none()),
        BinOp::Ne => quote!(#t.is_some()),
        _ => quote!(::mapwright_rt::never(#t)),
    };
    let txt = |t: &TokenStream, l: &Option<TokenStream>| match l {
        Some(l) => l.clone(),
        None => quote!(#t.as_deref()),
    };
    let json_side = |t: TokenStream, r: &Repr<'_>| -> Result<TokenStream, CodegenError> {
        to_json_owned(t, r, 0).ok_or_else(|| sc.unsupported("comparing an object", e))
    };
    let v = match (&ra, &rb) {
        (Repr::Json, Repr::Json) => quote!(::mapwright_rt::cmp_json(#opt, #ta, #tb)),
        // Bools are equal or not, never ordered: the JSON comparison says so.
        (Repr::Bool, _) | (_, Repr::Bool) => {
            let (a, b) = (json_side(ta, &ra)?, json_side(tb, &rb)?);
            quote!(::mapwright_rt::cmp_json(#opt, #a.as_ref(), #b.as_ref()))
        }
        (Repr::Json, Repr::Text) => match &lb {
            Some(l) => quote!(::mapwright_rt::cmp_json_text(#opt, #ta, #l)),
            None => quote!(::mapwright_rt::cmp_json_text(#opt, #ta, #tb.as_deref())),
        },
        (Repr::Text, Repr::Json) => {
            let flipped = binop_tokens(flip(op));
            match &la {
                Some(l) => quote!(::mapwright_rt::cmp_json_text(#flipped, #tb, #l)),
                None => quote!(::mapwright_rt::cmp_text_json(#opt, #ta.as_deref(), #tb)),
            }
        }
        (Repr::Json, _) => {
            let b = json_side(tb, &rb)?;
            quote!(::mapwright_rt::cmp_json(#opt, #ta, #b.as_ref()))
        }
        (_, Repr::Json) => {
            let a = json_side(ta, &ra)?;
            quote!(::mapwright_rt::cmp_json(#opt, #a.as_ref(), #tb))
        }
        (Repr::Row(_) | Repr::List(_), Repr::Null) => present(&ta, op),
        (Repr::Null, Repr::Row(_) | Repr::List(_)) => present(&tb, flip(op)),
        (Repr::Null, Repr::Null) => quote!(::mapwright_rt::stdlib::ops::compare(
            #opt,
            ::std::option::Option::<bool>::None,
            ::std::option::Option::<bool>::None
        )),
        (Repr::Null, Repr::Text) => {
            let b = txt(&tb, &lb);
            quote!(::mapwright_rt::stdlib::ops::compare(
                #opt,
                ::std::option::Option::<&str>::None,
                #b
            ))
        }
        (Repr::Text, Repr::Null) => {
            let a = txt(&ta, &la);
            quote!(::mapwright_rt::stdlib::ops::compare(
                #opt,
                #a,
                ::std::option::Option::<&str>::None
            ))
        }
        (Repr::Text, Repr::Text) => {
            let (a, b) = (txt(&ta, &la), txt(&tb, &lb));
            quote!(::mapwright_rt::stdlib::ops::compare(#opt, #a, #b))
        }
        (Repr::Num, _) | (_, Repr::Num) => {
            let (x, y, _) = unify(sc, e, (ta, ra), (tb, rb))?;
            quote!(::mapwright_rt::compare_numbers(#opt, #x.as_ref(), #y.as_ref()))
        }
        (Repr::Int | Repr::Null, Repr::Int | Repr::Null) => {
            let (x, y, _) = unify(sc, e, (ta, ra), (tb, rb))?;
            quote!(::mapwright_rt::stdlib::ops::compare(#opt, #x, #y))
        }
        _ => return Err(sc.internal("comparing these types", E303, e)),
    };
    Ok(v)
}

/// A string literal as `Option<&str>` tokens.
fn lit_str(e: &TExpr) -> Option<TokenStream> {
    match &e.kind {
        Expr::Lit(Lit::String(s)) => {
            let s = str_lit(s);
            Some(quote!(::std::option::Option::Some(#s)))
        }
        _ => None,
    }
}

/// The operator with its sides swapped (`a < b` is `b > a`).
fn flip(op: BinOp) -> BinOp {
    match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Le => BinOp::Ge,
        BinOp::Gt => BinOp::Lt,
        BinOp::Ge => BinOp::Le,
        other => other,
    }
}

fn binary<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    op: BinOp,
    a: &TExpr,
    b: &TExpr,
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    if matches!(
        op,
        BinOp::And
            | BinOp::Or
            | BinOp::Eq
            | BinOp::Ne
            | BinOp::Lt
            | BinOp::Le
            | BinOp::Gt
            | BinOp::Ge
    ) {
        let c = cond(sc, e)?;
        return Ok((quote!(::std::option::Option::Some(#c)), Repr::Bool));
    }
    let (ta, ra) = compile(sc, a)?;
    let (tb, rb) = compile(sc, b)?;
    let opt = binop_tokens(op);
    let (call, r) = match (&ra, &rb) {
        (Repr::Int, Repr::Int) if e.ty == mapping_dsl::types::Type::INT => {
            (quote!(::mapwright_rt::arith_int(#opt, #ta, #tb)), Repr::Int)
        }
        (Repr::Int | Repr::Num | Repr::Null, Repr::Int | Repr::Num | Repr::Null) => {
            let wa = widen(ta, &ra);
            let wb = widen(tb, &rb);
            (
                quote!(::mapwright_rt::arith_number(#opt, #wa, #wb)),
                Repr::Num,
            )
        }
        _ => return Err(sc.unsupported("arithmetic on these types", e)),
    };
    Ok((try_(sc, call), r))
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
    quote!(::mapwright_rt::BinOp::#v)
}

fn widen(t: TokenStream, r: &Repr<'_>) -> TokenStream {
    match r {
        Repr::Int => quote!(#t.map(::serde_json::Number::from)),
        Repr::Null => quote!(::std::option::Option::<::serde_json::Number>::None),
        _ => t,
    }
}

/// A fallible call: `Result<T, ErrorKind>` becomes `T` or a return with the field path.
pub(crate) fn try_(sc: &Scope<'_>, call: TokenStream) -> TokenStream {
    let fail = sc.fail();
    quote!(match #call { ::std::result::Result::Ok(v) => v, ::std::result::Result::Err(kind) => return ::std::result::Result::Err(#fail) })
}

/// Whether `ts` names the identifier `id` anywhere.
pub(crate) fn mentions(ts: &TokenStream, id: &Ident) -> bool {
    ts.clone().into_iter().any(|t| match t {
        proc_macro2::TokenTree::Ident(i) => &i == id,
        proc_macro2::TokenTree::Group(g) => mentions(&g.stream(), id),
        _ => false,
    })
}

/// Whether `e` calls a collection function anywhere.
pub fn walks_lists(e: &TExpr) -> bool {
    match &e.kind {
        Expr::Call(f, args) => f.binds_it() || args.iter().any(walks_lists),
        // An answer searches a questionnaire's lists.
        Expr::Answer(_) => true,
        Expr::Unary(_, a) => walks_lists(a),
        Expr::Binary(_, a, b) => walks_lists(a) || walks_lists(b),
        Expr::If(c, a, b) => walks_lists(c) || walks_lists(a) || walks_lists(b),
        _ => false,
    }
}
