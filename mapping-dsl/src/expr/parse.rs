//! Text -> [`ast::Expr`]: pest recognises the tokens, a Pratt parser folds precedence.
//!
//! Precedence, loosest first: `||`, `&&`, comparisons (not chainable), `+ -`, `* /`, prefix
//! `! -`, postfix `.field` / `[index]`. `if C then A else B` and calls are operands; the `else`
//! branch extends as far right as possible.

use std::sync::LazyLock;

use pest::Parser as _;
use pest::iterators::Pair;
use pest::pratt_parser::{Assoc, Op, PrattParser};

use super::ast::{Expr, ExprKind, Head, Path, PathStep, Step};
use super::scan;
use crate::diag::{Diagnostic, codes::Code};
use crate::ir::{BinOp, Lit, UnaryOp};
use crate::source::Span;

/// The deepest syntax tree accepted; the checker and evaluator recurse over it.
pub const MAX_DEPTH: usize = 256;

#[derive(pest_derive::Parser)]
#[grammar = "expr/grammar.pest"]
pub(crate) struct Grammar;

static PRATT: LazyLock<PrattParser<Rule>> = LazyLock::new(|| {
    PrattParser::new()
        .op(Op::infix(Rule::or, Assoc::Left))
        .op(Op::infix(Rule::and, Assoc::Left))
        .op(Op::infix(Rule::eq, Assoc::Left)
            | Op::infix(Rule::ne, Assoc::Left)
            | Op::infix(Rule::lt, Assoc::Left)
            | Op::infix(Rule::le, Assoc::Left)
            | Op::infix(Rule::gt, Assoc::Left)
            | Op::infix(Rule::ge, Assoc::Left))
        .op(Op::infix(Rule::add, Assoc::Left) | Op::infix(Rule::sub, Assoc::Left))
        .op(Op::infix(Rule::mul, Assoc::Left) | Op::infix(Rule::div, Assoc::Left))
        .op(Op::prefix(Rule::not) | Op::prefix(Rule::neg))
        .op(Op::postfix(Rule::field_step) | Op::postfix(Rule::index_step))
});

/// Parses one expression. `map` turns a byte range of `text` into a file span.
pub fn parse(text: &str, map: &dyn Fn(usize, usize) -> Span) -> Result<Expr, Diagnostic> {
    scan::prescan(text, map)?;
    let mut pairs = Grammar::parse(Rule::main, text)
        .map_err(|e| super::syntax_error::convert(text, &e, map))?;
    let expr = pairs.next().and_then(|main| main.into_inner().next());
    let Some(expr) = expr else {
        return Err(Diagnostic::error(Code::ExprSyntax, "empty expression")
            .with_primary(map(0, text.len()), "here"));
    };
    Builder { text, map }.expr(expr).map(|n| n.expr)
}

/// A node under construction: its tree depth and whether it was written in parentheses
/// (`(a < b) < c` is allowed, `a < b < c` is not).
struct Node {
    expr: Expr,
    start: usize,
    end: usize,
    depth: usize,
    grouped: bool,
}

struct Builder<'t> {
    text: &'t str,
    map: &'t dyn Fn(usize, usize) -> Span,
}

impl Builder<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        (self.map)(start, end)
    }

    fn node(
        &self,
        kind: ExprKind,
        start: usize,
        end: usize,
        depth: usize,
    ) -> Result<Node, Diagnostic> {
        let span = self.span(start, end);
        if depth > MAX_DEPTH {
            return Err(Diagnostic::error(
                Code::ExprTooDeep,
                "the expression is nested too deeply",
            )
            .with_primary(
                span,
                format!("more than {MAX_DEPTH} levels of operators and calls"),
            )
            .with_hint("simplify the expression or split it into several fields"));
        }
        Ok(Node {
            expr: Expr { kind, span },
            start,
            end,
            depth,
            grouped: false,
        })
    }

    fn expr(&self, pair: Pair<'_, Rule>) -> Result<Node, Diagnostic> {
        PRATT
            .map_primary(|p| self.primary(p))
            .map_prefix(|op, rhs| self.prefix(op, rhs?))
            .map_postfix(|lhs, op| self.postfix(lhs?, op))
            .map_infix(|lhs, op, rhs| self.infix(lhs?, op, rhs?))
            .parse(pair.into_inner())
    }

    fn primary(&self, p: Pair<'_, Rule>) -> Result<Node, Diagnostic> {
        let (start, end) = (p.as_span().start(), p.as_span().end());
        match p.as_rule() {
            Rule::paren => {
                let inner = p
                    .into_inner()
                    .next()
                    .ok_or_else(|| self.internal(start, end))?;
                let mut n = self.expr(inner)?;
                n.expr.span = self.span(start, end);
                (n.start, n.end, n.grouped) = (start, end, true);
                Ok(n)
            }
            Rule::if_expr => {
                let mut parts = p.into_inner().filter(|q| q.as_rule() == Rule::expr);
                let mut next = || {
                    parts
                        .next()
                        .ok_or_else(|| self.internal(start, end))
                        .and_then(|q| self.expr(q))
                };
                let (c, a, b) = (next()?, next()?, next()?);
                let depth = 1 + c.depth.max(a.depth).max(b.depth);
                self.node(
                    ExprKind::If(Box::new(c.expr), Box::new(a.expr), Box::new(b.expr)),
                    start,
                    end,
                    depth,
                )
            }
            Rule::call => {
                let mut inner = p.into_inner();
                let name = inner.next().ok_or_else(|| self.internal(start, end))?;
                let name_span = self.span(name.as_span().start(), name.as_span().end());
                let mut args = Vec::new();
                let mut depth = 0;
                for q in inner.filter(|q| q.as_rule() == Rule::expr) {
                    let n = self.expr(q)?;
                    depth = depth.max(n.depth);
                    args.push(n.expr);
                }
                let kind = ExprKind::Call {
                    name: name.as_str().to_owned(),
                    name_span,
                    args,
                };
                self.node(kind, start, end, depth + 1)
            }
            Rule::ident => {
                let head = match p.as_str() {
                    "params" => Head::Params,
                    "root" => Head::Root,
                    "it" => Head::It,
                    "let" => Head::Let,
                    other => Head::Field(other.to_owned()),
                };
                let path = Path {
                    head,
                    head_span: self.span(start, end),
                    steps: Vec::new(),
                };
                self.node(ExprKind::Path(path), start, end, 1)
            }
            Rule::string => {
                let s = self.string(&p)?;
                self.node(ExprKind::Lit(Lit::String(s)), start, end, 1)
            }
            Rule::number => {
                let lit = self.number(p.as_str(), start, end)?;
                self.node(ExprKind::Lit(lit), start, end, 1)
            }
            Rule::kw_true => self.node(ExprKind::Lit(Lit::Bool(true)), start, end, 1),
            Rule::kw_false => self.node(ExprKind::Lit(Lit::Bool(false)), start, end, 1),
            Rule::kw_null => self.node(ExprKind::Lit(Lit::Null), start, end, 1),
            _ => Err(self.internal(start, end)),
        }
    }

    fn prefix(&self, op: Pair<'_, Rule>, rhs: Node) -> Result<Node, Diagnostic> {
        let start = op.as_span().start();
        let neg = op.as_rule() == Rule::neg;
        // `-5` is a literal, so generated code and error messages see the number itself.
        if neg && !rhs.grouped {
            if let ExprKind::Lit(Lit::Int(n)) = rhs.expr.kind {
                return self.node(ExprKind::Lit(Lit::Int(-n)), start, rhs.end, 1);
            }
            if let ExprKind::Lit(Lit::Number(x)) = rhs.expr.kind {
                return self.node(ExprKind::Lit(Lit::Number(-x)), start, rhs.end, 1);
            }
        }
        let uop = if neg { UnaryOp::Neg } else { UnaryOp::Not };
        let end = rhs.end;
        self.node(
            ExprKind::Unary(uop, Box::new(rhs.expr)),
            start,
            end,
            rhs.depth + 1,
        )
    }

    fn postfix(&self, lhs: Node, op: Pair<'_, Rule>) -> Result<Node, Diagnostic> {
        let (start, end) = (op.as_span().start(), op.as_span().end());
        let span = self.span(start, end);
        let step = op
            .into_inner()
            .next()
            .ok_or_else(|| self.internal(start, end))?;
        let step = match step.as_rule() {
            Rule::name => Step::Field(step.as_str().to_owned()),
            Rule::string => Step::Field(self.string(&step)?),
            Rule::index => Step::Index(step.as_str().parse().map_err(|_| {
                Diagnostic::error(Code::BadNumber, "the index is out of range").with_primary(
                    self.span(step.as_span().start(), step.as_span().end()),
                    "too large",
                )
            })?),
            _ => return Err(self.internal(start, end)),
        };
        match lhs.expr.kind {
            ExprKind::Path(mut path) if !lhs.grouped => {
                path.steps.push(PathStep { step, span });
                self.node(ExprKind::Path(path), lhs.start, end, lhs.depth)
            }
            ExprKind::Access(inner, mut steps) if !lhs.grouped => {
                steps.push(PathStep { step, span });
                self.node(ExprKind::Access(inner, steps), lhs.start, end, lhs.depth)
            }
            kind => {
                // A step on a computed value: `first(l).date`, `(a).b`, `f(x)[0]`.
                let inner = Expr {
                    kind,
                    span: lhs.expr.span,
                };
                let steps = vec![PathStep { step, span }];
                self.node(
                    ExprKind::Access(Box::new(inner), steps),
                    lhs.start,
                    end,
                    lhs.depth + 1,
                )
            }
        }
    }

    fn infix(&self, lhs: Node, op: Pair<'_, Rule>, rhs: Node) -> Result<Node, Diagnostic> {
        let bop = match op.as_rule() {
            Rule::or => BinOp::Or,
            Rule::and => BinOp::And,
            Rule::eq => BinOp::Eq,
            Rule::ne => BinOp::Ne,
            Rule::lt => BinOp::Lt,
            Rule::le => BinOp::Le,
            Rule::gt => BinOp::Gt,
            Rule::ge => BinOp::Ge,
            Rule::add => BinOp::Add,
            Rule::sub => BinOp::Sub,
            Rule::mul => BinOp::Mul,
            Rule::div => BinOp::Div,
            _ => return Err(self.internal(op.as_span().start(), op.as_span().end())),
        };
        if crate::stdlib::ops::is_comparison(bop)
            && !lhs.grouped
            && matches!(lhs.expr.kind, ExprKind::Binary(b, ..) if crate::stdlib::ops::is_comparison(b))
        {
            return Err(
                Diagnostic::error(Code::ExprSyntax, "comparisons cannot be chained")
                    .with_primary(
                        self.span(op.as_span().start(), op.as_span().end()),
                        "a second comparison",
                    )
                    .with_secondary(lhs.expr.span, "this is already a comparison")
                    .with_hint("write `a < b && b < c`, or add parentheses"),
            );
        }
        let (start, end, depth) = (lhs.start, rhs.end, 1 + lhs.depth.max(rhs.depth));
        self.node(
            ExprKind::Binary(bop, Box::new(lhs.expr), Box::new(rhs.expr)),
            start,
            end,
            depth,
        )
    }

    fn number(&self, s: &str, start: usize, end: usize) -> Result<Lit, Diagnostic> {
        let out_of_range = |what: &str| {
            Diagnostic::error(Code::BadNumber, format!("the number `{s}` is out of range"))
                .with_primary(self.span(start, end), what.to_owned())
        };
        if s.contains(['.', 'e', 'E']) {
            match s.parse::<f64>() {
                Ok(x) if x.is_finite() => Ok(Lit::Number(x)),
                _ => Err(out_of_range("not a finite number")),
            }
        } else {
            s.parse::<i64>().map(Lit::Int).map_err(|_| {
                out_of_range("larger than the largest int (9223372036854775807)")
                    .with_hint("write it as a string if it is an identifier")
            })
        }
    }

    /// Decodes a `string` pair (quotes included) with JSON escapes.
    fn string(&self, p: &Pair<'_, Rule>) -> Result<String, Diagnostic> {
        let base = p.as_span().start() + 1;
        let raw = p.as_str();
        let body = &raw[1..raw.len() - 1];
        let mut out = String::with_capacity(body.len());
        let mut chars = body.char_indices();
        let bad = |at: usize| scan::bad_escape(self.text, base + at, self.map);
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let e = chars.next().map(|(_, e)| e);
            let simple = match e {
                Some('"') => '"',
                Some('\\') => '\\',
                Some('/') => '/',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('t') => '\t',
                Some('u') => {
                    let hi = hex4(&mut chars).ok_or_else(|| bad(i))?;
                    let c = if (0xD800..0xDC00).contains(&hi) {
                        // A surrogate pair: `\uD83D\uDE00`.
                        let lo = match (chars.next(), chars.next()) {
                            (Some((_, '\\')), Some((_, 'u'))) => hex4(&mut chars),
                            _ => None,
                        };
                        let lo = lo
                            .filter(|lo| (0xDC00..0xE000).contains(lo))
                            .ok_or_else(|| bad(i))?;
                        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                    } else {
                        char::from_u32(hi)
                    };
                    c.ok_or_else(|| bad(i))?
                }
                _ => return Err(bad(i)),
            };
            out.push(simple);
        }
        Ok(out)
    }

    fn internal(&self, start: usize, end: usize) -> Diagnostic {
        Diagnostic::error(
            Code::ExprSyntax,
            "the expression could not be parsed (internal parser error)",
        )
        .with_primary(self.span(start, end), "here")
    }
}

fn hex4(chars: &mut std::str::CharIndices<'_>) -> Option<u32> {
    let mut v = 0;
    for _ in 0..4 {
        v = v * 16 + chars.next()?.1.to_digit(16)?;
    }
    Some(v)
}
