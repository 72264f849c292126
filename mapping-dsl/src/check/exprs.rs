//! Compiling one expression scalar: offsets through the YAML quoting, parse, type check, and
//! bookkeeping of what it reads and uses.

use std::collections::BTreeSet;

use super::reads::{Origins, ReadTree, collect};
use crate::diag::Diagnostic;
use crate::expr::{self, Env, ast};
use crate::ir::{Expr, Lit, TExpr};
use crate::source::{FileId, Span};
use crate::spec::de::ExprText;
use crate::stdlib::Func;
use crate::yaml::{Sp, expr_offsets, span_of};

/// What compiling the expressions of one transform accumulates.
#[derive(Debug, Default)]
pub struct Uses {
    pub reads: ReadTree,
    pub origins: Origins,
    pub params: BTreeSet<String>,
    pub sets: BTreeSet<String>,
    /// Lets read as `let.NAME`.
    pub lets: BTreeSet<String>,
}

pub struct Exprs<'a> {
    pub file: FileId,
    pub text: &'a str,
    pub diags: Vec<Diagnostic>,
    pub uses: Uses,
}

impl Exprs<'_> {
    /// Parses the scalar `e` (its spans mapped into the file).
    pub fn parse(&mut self, e: &Sp<ExprText>) -> Option<ast::Expr> {
        let span = span_of(self.file, e);
        let offs = expr_offsets(self.text, span.start as usize, span.len(), &e.value.0);
        let file = self.file;
        let map = move |s: usize, en: usize| offs.span(file, s, en);
        match expr::parse(&e.value.0, &map) {
            Ok(a) => Some(a),
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }

    /// Parses and checks `e`; `bool` requires a boolean.
    pub fn compile(&mut self, e: &Sp<ExprText>, env: &Env, bool: bool) -> Option<TExpr> {
        let a = self.parse(e)?;
        self.check(&a, env, bool)
    }

    pub fn check(&mut self, a: &ast::Expr, env: &Env, bool: bool) -> Option<TExpr> {
        let r = if bool {
            expr::check_bool(a, env)
        } else {
            expr::check(a, env)
        };
        match r {
            Ok(t) => {
                self.note_uses(&t);
                Some(t)
            }
            Err(ds) => {
                self.diags.extend(ds);
                None
            }
        }
    }

    /// Records the parameters, option sets and record fields `t` uses.
    pub fn note_uses(&mut self, t: &TExpr) {
        collect(t, &mut self.uses.origins, &mut self.uses.reads);
        walk(t, &mut |e| match &e.kind {
            Expr::Param(p) => {
                self.uses.params.insert(p.clone());
            }
            Expr::Let(l) => {
                self.uses.lets.insert(l.clone());
            }
            Expr::Call(Func::Translate, args) => {
                if let Some(TExpr {
                    kind: Expr::Lit(Lit::String(s)),
                    ..
                }) = args.get(1)
                {
                    self.uses.sets.insert(s.clone());
                }
            }
            _ => {}
        });
    }
}

/// A bare path `name` (a target key standing for its source field), spanned at the key.
pub fn key_path(name: &str, span: Span) -> ast::Expr {
    let mut steps = Vec::new();
    let mut parts = name.split('.');
    let head = parts.next().unwrap_or(name).to_owned();
    for p in parts {
        steps.push(ast::PathStep {
            step: ast::Step::Field(p.to_owned()),
            span,
        });
    }
    ast::Expr {
        kind: ast::ExprKind::Path(ast::Path {
            head: ast::Head::Field(head),
            head_span: span,
            steps,
        }),
        span,
    }
}

pub fn walk(t: &TExpr, f: &mut dyn FnMut(&TExpr)) {
    f(t);
    match &t.kind {
        Expr::Lit(_) | Expr::Path(_) | Expr::Param(_) | Expr::Let(_) => {}
        Expr::Unary(_, a) | Expr::Access(a, _) => walk(a, f),
        Expr::Binary(_, a, b) => {
            walk(a, f);
            walk(b, f);
        }
        Expr::If(a, b, c) => {
            walk(a, f);
            walk(b, f);
            walk(c, f);
        }
        Expr::Call(_, args) => args.iter().for_each(|a| walk(a, f)),
        Expr::Answer(a) => a.sources.iter().for_each(|s| walk(&s.questions, f)),
    }
}

/// `false` as written: a rule that can never emit.
pub fn is_false(t: &TExpr) -> bool {
    matches!(t.kind, Expr::Lit(Lit::Bool(false)))
}
