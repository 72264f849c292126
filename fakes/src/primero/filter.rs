//! Primero's query-string filter values (`DestringifyService`) and matching.
//!
//! `a,b` = any of; `a..b` inclusive range; `a..` open-ended; `..b` is dropped
//! (as on the real server); `true`/`false` booleans; all-digit strings
//! integers; ISO dates/date-times times; everything else exact strings.
//! Array-valued fields match when any element matches.
//!
//! Leniency [inferred]: an integer filter also matches the same digits stored
//! as a string (and vice versa), so `national_id_no=<13 digits>` finds both
//! storage variants.

use serde_json::Value;

use crate::util::parse_time_ms;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Scalar {
    Bool(bool),
    Int(i64),
    Time(i64),
    Str(String),
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cond {
    Any(Vec<Scalar>),
    Range(Scalar, Option<Scalar>),
}

fn scalar(s: &str) -> Scalar {
    match s {
        "true" => return Scalar::Bool(true),
        "false" => return Scalar::Bool(false),
        _ => {}
    }
    if !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_digit())
        && let Ok(n) = s.parse()
    {
        return Scalar::Int(n);
    }
    if s.len() >= 10
        && s.as_bytes().get(4) == Some(&b'-')
        && let Some(ms) = parse_time_ms(s)
    {
        return Scalar::Time(ms);
    }
    Scalar::Str(s.to_owned())
}

/// Parses a filter value; `None` when the filter is ignored (empty, `..b`).
pub(crate) fn parse(raw: &str) -> Option<Cond> {
    if raw.is_empty() {
        return None;
    }
    if let Some((from, to)) = raw.split_once("..") {
        if from.is_empty() {
            return None;
        }
        let to = (!to.is_empty()).then(|| scalar(to));
        return Some(Cond::Range(scalar(from), to));
    }
    Some(Cond::Any(raw.split(',').map(scalar).collect()))
}

fn eq(v: &Value, s: &Scalar) -> bool {
    match (s, v) {
        (Scalar::Bool(b), Value::Bool(x)) => b == x,
        (Scalar::Bool(b), Value::String(x)) => x == if *b { "true" } else { "false" },
        (Scalar::Int(n), Value::Number(x)) => {
            x.as_i64() == Some(*n) || x.as_f64() == Some(*n as f64)
        }
        (Scalar::Int(n), Value::String(x)) => x == &n.to_string(),
        (Scalar::Time(t), Value::String(x)) => parse_time_ms(x) == Some(*t),
        (Scalar::Str(s), Value::String(x)) => s == x,
        (Scalar::Str(s), Value::Number(x)) => s == &x.to_string(),
        _ => false,
    }
}

fn cmp_key(v: &Value, like: &Scalar) -> Option<f64> {
    match (like, v) {
        (Scalar::Time(_), Value::String(x)) => parse_time_ms(x).map(|t| t as f64),
        (Scalar::Int(_), Value::Number(x)) => x.as_f64(),
        (Scalar::Int(_), Value::String(x)) => x.parse().ok(),
        _ => None,
    }
}

fn bound(s: &Scalar) -> Option<f64> {
    match s {
        Scalar::Time(t) => Some(*t as f64),
        Scalar::Int(n) => Some(*n as f64),
        _ => None,
    }
}

fn matches_one(v: &Value, cond: &Cond) -> bool {
    match cond {
        Cond::Any(options) => options.iter().any(|s| eq(v, s)),
        Cond::Range(from, to) => {
            let (Some(key), Some(lo)) = (cmp_key(v, from), bound(from)) else {
                return false;
            };
            key >= lo && to.as_ref().and_then(bound).is_none_or(|hi| key <= hi)
        }
    }
}

/// Whether a record's field value satisfies the condition.
pub(crate) fn matches(value: Option<&Value>, cond: &Cond) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::Array(items)) => items.iter().any(|v| matches_one(v, cond)),
        Some(v) => matches_one(v, cond),
    }
}

/// Whether a timestamp in ms (cheap metadata of generated cases) satisfies
/// the condition; numeric for time bounds, so paging 100 000 cases stays cheap.
pub(crate) fn matches_ms(ms: i64, cond: &Cond) -> bool {
    match cond {
        Cond::Range(Scalar::Time(lo), hi) => {
            ms >= *lo
                && match hi {
                    None => true,
                    Some(Scalar::Time(h)) => ms <= *h,
                    Some(_) => false,
                }
        }
        Cond::Any(options) if options.iter().all(|o| matches!(o, Scalar::Time(_))) => {
            options.contains(&Scalar::Time(ms))
        }
        _ => matches(Some(&Value::String(crate::util::iso_ms(ms))), cond),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn m(v: Value, raw: &str) -> bool {
        parse(raw).is_some_and(|c| matches(Some(&v), &c))
    }

    #[test]
    fn destringify_rules() {
        assert_eq!(parse(""), None);
        assert_eq!(
            parse("..2022-01-01"),
            None,
            "missing lower bound is dropped"
        );
        assert!(matches!(
            parse("2023-01-27T00:00:00.000Z.."),
            Some(Cond::Range(Scalar::Time(_), None))
        ));
        assert_eq!(
            parse("10..15"),
            Some(Cond::Range(Scalar::Int(10), Some(Scalar::Int(15))))
        );
        assert_eq!(
            parse("open,closed").map(|c| matches!(c, Cond::Any(v) if v.len() == 2)),
            Some(true)
        );
    }

    #[test]
    fn matching() {
        assert!(m(
            json!("2023-02-01T00:00:00.000Z"),
            "2023-01-27T00:00:00.000Z.."
        ));
        assert!(!m(
            json!("2023-01-01T00:00:00.000Z"),
            "2023-01-27T00:00:00.000Z.."
        ));
        assert!(m(json!(12), "10..15"));
        assert!(!m(json!(16), "10..15"));
        assert!(m(json!("open"), "open,closed"));
        assert!(!m(json!("opened"), "open"));
        assert!(m(json!(["a", "thailand"]), "thailand"));
        assert!(m(json!(true), "true"));
        assert!(m(json!("1111111111113"), "1111111111113"));
        assert!(m(json!(1_111_111_111_113_u64), "1111111111113"));
        assert!(!matches(None, &Cond::Any(vec![Scalar::Str("x".into())])));
        let t = crate::util::parse_time_ms("2023-02-01T00:00:00.000Z").unwrap_or(0);
        for raw in [
            "2023-01-27T00:00:00.000Z..",
            "2023-02-01T00:00:00.000Z",
            "2023-01-01..2023-03-01",
        ] {
            let c = parse(raw).expect("parses");
            assert_eq!(
                matches_ms(t, &c),
                matches(Some(&json!("2023-02-01T00:00:00.000Z")), &c),
                "{raw}"
            );
        }
        assert!(!matches_ms(t, &parse("2023-02-02..").expect("parses")));
    }
}
