//! Operators and `if`: operand types, comparison rules (E303), and the common type of two
//! branches.

use super::{Checker, a_type, bool_like};
use crate::diag::{Diagnostic, codes::Code};
use crate::ir::{BinOp, Expr, Lit, TExpr, UnaryOp};
use crate::source::Span;
use crate::stdlib::ops::{is_comparison, op_symbol};
use crate::types::Type;

fn numeric_like(t: &Type) -> bool {
    t.is_numeric() || *t == Type::Json
}

/// The type both `a` and `b` fit in, if any (`if` branches, `coalesce`).
pub(crate) fn unify(a: &Type, b: &Type) -> Option<Type> {
    Some(match (a, b) {
        _ if a == b => a.clone(),
        (Type::Null, t) | (t, Type::Null) => t.clone(),
        (Type::Json, _) | (_, Type::Json) => Type::Json,
        (x, y) if x.is_numeric() && y.is_numeric() => Type::NUMBER,
        (x, y) if x.is_text() && y.is_text() => Type::STRING,
        (Type::Object(_), Type::Object(_)) => Type::Json,
        (Type::List(_) | Type::MultiSelect { .. }, Type::List(_) | Type::MultiSelect { .. }) => {
            Type::List(Box::new(unify(&a.element()?, &b.element()?)?))
        }
        _ => return None,
    })
}

impl Checker<'_> {
    pub(super) fn unary(&mut self, op: UnaryOp, x: TExpr, span: Span) -> Option<TExpr> {
        let ty = match op {
            UnaryOp::Not if bool_like(&x.ty) => Type::BOOL,
            UnaryOp::Neg if numeric_like(&x.ty) => x.ty.clone(),
            _ => {
                let (sym, want) = if op == UnaryOp::Not {
                    ("!", "a bool")
                } else {
                    ("-", "a number")
                };
                return self.error(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        format!("`{sym}` needs {want}, found {}", a_type(&x.ty)),
                    )
                    .with_primary(x.span, format!("this is {}", a_type(&x.ty))),
                );
            }
        };
        Some(TExpr {
            kind: Expr::Unary(op, Box::new(x)),
            ty,
            span,
        })
    }

    pub(super) fn binary(&mut self, op: BinOp, a: TExpr, b: TExpr, span: Span) -> Option<TExpr> {
        let sym = op_symbol(op);
        let ty = match op {
            BinOp::And | BinOp::Or => {
                for side in [&a, &b] {
                    if !bool_like(&side.ty) {
                        return self.error(
                            Diagnostic::error(
                                Code::TypeMismatch,
                                format!("`{sym}` needs bools, found {}", a_type(&side.ty)),
                            )
                            .with_primary(side.span, format!("this is {}", a_type(&side.ty)))
                            .with_hint("compare it, e.g. `x != null`"),
                        );
                    }
                }
                Type::BOOL
            }
            _ if is_comparison(op) => {
                if let Some(d) = comparison_error(op, &a, &b) {
                    return self.error(d);
                }
                Type::BOOL
            }
            _ => {
                for side in [&a, &b] {
                    if !numeric_like(&side.ty) {
                        let mut d = Diagnostic::error(
                            Code::TypeMismatch,
                            format!("`{sym}` needs numbers, found {}", a_type(&side.ty)),
                        )
                        .with_primary(side.span, format!("this is {}", a_type(&side.ty)));
                        if op == BinOp::Add && side.ty.is_text() {
                            d = d.with_hint("join text with concat(a, b)");
                        } else if side.ty.is_text() {
                            d = d.with_hint("convert text with to_number(…)");
                        }
                        return self.error(d);
                    }
                }
                match (&a.ty, &b.ty) {
                    _ if op == BinOp::Div => Type::NUMBER,
                    (Type::Json, _) | (_, Type::Json) => Type::Json,
                    (x, y) if *x == Type::INT && *y == Type::INT => Type::INT,
                    _ => Type::NUMBER,
                }
            }
        };
        Some(TExpr {
            kind: Expr::Binary(op, Box::new(a), Box::new(b)),
            ty,
            span,
        })
    }
}

/// Why `a op b` cannot be compared, if it cannot.
fn comparison_error(op: BinOp, a: &TExpr, b: &TExpr) -> Option<Diagnostic> {
    let equality = matches!(op, BinOp::Eq | BinOp::Ne);
    let ok = match (&a.ty, &b.ty) {
        (Type::Null, _) | (_, Type::Null) => equality,
        (Type::Json, _) | (_, Type::Json) => true,
        (x, y) if x.is_numeric() && y.is_numeric() => true,
        (x, y) if x.is_text() && y.is_text() => true,
        (Type::Scalar(crate::types::Scalar::Bool), Type::Scalar(crate::types::Scalar::Bool)) => {
            equality
        }
        _ => false,
    };
    if ok {
        return None;
    }
    let sym = op_symbol(op);
    let null_side = [a, b].into_iter().find(|s| s.ty == Type::Null);
    if let Some(n) = null_side {
        return Some(
            Diagnostic::error(
                Code::BadComparison,
                format!("`{sym}` with null is always false"),
            )
            .with_primary(n.span, "null here")
            .with_hint("only `== null` and `!= null` test for null"),
        );
    }
    // Point at the literal when there is one: that is usually the side to fix.
    let (primary, secondary) = if matches!(a.kind, Expr::Lit(_)) && !matches!(b.kind, Expr::Lit(_))
    {
        (a, b)
    } else {
        (b, a)
    };
    let mut d = Diagnostic::error(
        Code::BadComparison,
        format!("cannot compare {} with {}", a_type(&a.ty), a_type(&b.ty)),
    )
    .with_primary(primary.span, format!("this is {}", a_type(&primary.ty)))
    .with_secondary(secondary.span, format!("this is {}", a_type(&secondary.ty)));
    d = match (&primary.kind, &secondary.ty) {
        (Expr::Lit(Lit::String(s)), t) if t.is_numeric() && s.trim().parse::<f64>().is_ok() => {
            d.with_hint(format!("write the number without quotes: {}", s.trim()))
        }
        (_, t) if t.is_numeric() || primary.ty.is_numeric() => {
            d.with_hint("numbers compare with numbers and text with text; convert with to_number(…) or to_string(…)")
        }
        _ if !equality && (primary.ty == Type::BOOL || secondary.ty == Type::BOOL) => {
            d.with_hint("booleans can only be tested with `==` and `!=`")
        }
        _ => d.with_note("numbers compare with numbers, text (string, date, datetime, select codes) with text"),
    };
    Some(d)
}
