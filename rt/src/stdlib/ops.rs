//! Operators: arithmetic and comparisons. Int op int stays int (overflow fails the record);
//! with a number on either side the arithmetic is f64; `/` is always f64. Comparisons: an
//! ordering with a null side is false, `null == null` is true.

use std::cmp::Ordering;

use serde_json::{Number, Value};

use crate::ErrorKind;

/// A binary operator of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
}

fn fail(op: BinOp, reason: &str) -> ErrorKind {
    ErrorKind::Function {
        function: op_symbol(op).to_owned(),
        reason: reason.to_owned(),
    }
}

/// How the operator is written.
pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Or => "||",
        BinOp::And => "&&",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
    }
}

pub fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    )
}

/// `+ - *` on ints; overflow fails. `/` is not an int operator: it is always [`arith_number`].
pub fn arith_int(op: BinOp, a: i64, b: i64) -> Result<i64, ErrorKind> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        _ => return Err(fail(op, "not an int operator")),
    };
    r.ok_or_else(|| fail(op, "integer overflow"))
}

/// `+ - * /` on f64; division by zero and non-finite results fail (JSON has no NaN/inf).
pub fn arith_number(op: BinOp, a: f64, b: f64) -> Result<f64, ErrorKind> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div if b == 0.0 => return Err(fail(op, "division by zero")),
        BinOp::Div => a / b,
        _ => return Err(fail(op, "not an arithmetic operator")),
    };
    if r.is_finite() {
        Ok(r)
    } else {
        Err(fail(op, "the result is not a finite number"))
    }
}

/// Unary minus on an int; fails on i64::MIN.
pub fn neg_int(a: i64) -> Result<i64, ErrorKind> {
    a.checked_neg()
        .ok_or_else(|| fail(BinOp::Sub, "integer overflow"))
}

/// A comparison operator over two possibly-null sides of one type (`&str` compares in byte
/// order, numbers numerically).
pub fn compare<T: PartialOrd>(op: BinOp, a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => holds(op, a.partial_cmp(&b)),
        (None, None) => op == BinOp::Eq,
        _ => op == BinOp::Ne,
    }
}

/// Whether `op` holds for two sides that compare as `ord` (`None`: incomparable).
pub fn holds(op: BinOp, ord: Option<Ordering>) -> bool {
    match (op, ord) {
        (BinOp::Eq, o) => o == Some(Ordering::Equal),
        (BinOp::Ne, o) => o != Some(Ordering::Equal),
        (_, None) => false,
        (BinOp::Lt, Some(o)) => o.is_lt(),
        (BinOp::Le, Some(o)) => o.is_le(),
        (BinOp::Gt, Some(o)) => o.is_gt(),
        (BinOp::Ge, Some(o)) => o.is_ge(),
        _ => false,
    }
}

/// Two JSON numbers: exactly when both are i64, else as f64.
pub fn cmp_numbers(a: &Number, b: &Number) -> Option<Ordering> {
    match (a.as_i64(), b.as_i64()) {
        (Some(x), Some(y)) => Some(x.cmp(&y)),
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}

/// A comparison over JSON values of any kind (used for `json`-typed operands). Values of
/// different kinds are unequal and unordered; lists and objects compare for equality only.
pub fn compare_values(op: BinOp, a: &Value, b: &Value) -> bool {
    let ord = match (a, b) {
        (Value::Null, Value::Null) => return op == BinOp::Eq,
        (Value::Null, _) | (_, Value::Null) => return op == BinOp::Ne,
        (Value::Number(x), Value::Number(y)) => cmp_numbers(x, y),
        (Value::String(x), Value::String(y)) => Some(x.as_str().cmp(y.as_str())),
        (Value::Bool(x), Value::Bool(y)) if matches!(op, BinOp::Eq | BinOp::Ne) => Some(x.cmp(y)),
        (x, y) if matches!(op, BinOp::Eq | BinOp::Ne) => {
            if values_equal(x, y) {
                Some(Ordering::Equal)
            } else {
                None
            }
        }
        _ => None,
    };
    holds(op, ord)
}

/// Structural equality where numbers compare numerically (`1 == 1.0`).
pub fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => cmp_numbers(x, y) == Some(Ordering::Equal),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| values_equal(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| values_equal(v, w)))
        }
        _ => a == b,
    }
}

/// The order `sort_by` uses for keys: numbers numerically, text in byte order, null last;
/// keys of different kinds order null < … by kind (bool, number, text, other) — only reachable
/// with `json` keys.
pub fn sort_key_order(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Bool(_) => 0,
            Value::Number(_) => 1,
            Value::String(_) => 2,
            Value::Array(_) | Value::Object(_) => 3,
            Value::Null => 4,
        }
    }
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => cmp_numbers(x, y).unwrap_or(Ordering::Equal),
        (Value::String(x), Value::String(y)) => x.as_str().cmp(y.as_str()),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn int_arithmetic_overflows_cleanly() {
        assert_eq!(arith_int(BinOp::Add, 2, 3).unwrap(), 5);
        assert!(arith_int(BinOp::Mul, i64::MAX, 2).is_err());
        assert!(neg_int(i64::MIN).is_err());
        assert_eq!(arith_number(BinOp::Div, 7.0, 2.0).unwrap(), 3.5);
        assert!(arith_number(BinOp::Div, 1.0, 0.0).is_err());
        assert!(arith_number(BinOp::Mul, 1e308, 10.0).is_err());
    }

    #[test]
    fn comparisons_with_null() {
        assert!(compare(BinOp::Eq, None::<i64>, None));
        assert!(!compare(BinOp::Le, None::<i64>, None));
        assert!(!compare(BinOp::Lt, Some(1), None));
        assert!(compare(BinOp::Ne, Some("a"), None));
        assert!(compare(BinOp::Lt, Some("2023-12-31"), Some("2024-01-01")));
        assert!(!compare(BinOp::Lt, Some(f64::NAN), Some(1.0)));
    }

    #[test]
    fn json_values() {
        assert!(compare_values(BinOp::Eq, &json!(1), &json!(1.0)));
        assert!(compare_values(BinOp::Lt, &json!(1), &json!(1.5)));
        assert!(!compare_values(BinOp::Lt, &json!("1"), &json!(2)));
        assert!(compare_values(BinOp::Ne, &json!("1"), &json!(1)));
        assert!(compare_values(
            BinOp::Eq,
            &json!({"a": [1]}),
            &json!({"a": [1.0]})
        ));
        assert!(!compare_values(BinOp::Lt, &json!(true), &json!(false)));
        assert_eq!(sort_key_order(&json!(null), &json!(1)), Ordering::Greater);
        assert_eq!(sort_key_order(&json!("b"), &json!("a")), Ordering::Greater);
    }
}
