//! Expressions in workflow files (edge conditions, filters, step arguments).
//!
//! Same syntax and semantics as the spec language's expressions (docs/spec-language.md), over
//! untyped JSON: the run's scope (`input`, `record`, `steps.ID`, `error`, `cursor`, `run`) has no
//! schema, so every path is `json` and checked at run time. This is the subset the workflows
//! need (paths, literals, comparisons, `&&`/`||`/`!`, `if`, and the stdlib functions below);
//! when `mapping_dsl::expr` grows a JSON-scope entry point, this module should delegate to it.

use serde_json::Value;

use mapping_dsl::stdlib::ops::values_equal;

#[derive(Debug, Clone, PartialEq)]
pub enum WExpr {
    Lit(Value),
    Path(Vec<Seg>),
    Not(Box<WExpr>),
    Bin(Op, Box<WExpr>, Box<WExpr>),
    If(Box<WExpr>, Box<WExpr>, Box<WExpr>),
    Call(String, Vec<WExpr>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    Field(String),
    Index(usize),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Functions the workflow scope offers (a subset of the stdlib, same names and semantics).
pub const FUNCTIONS: &[&str] = &[
    "digits_only",
    "substr",
    "concat",
    "coalesce",
    "is_empty",
    "lower",
    "trim",
];

/// A parse error with the byte offset inside the expression text.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub at: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Str(String),
    Num(f64),
    Ident(String),
    Sym(&'static str),
}

fn lex(text: &str) -> Result<Vec<(usize, Tok)>, ParseError> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c == b'"' {
            // JSON string escapes: find the closing quote and let serde_json decode.
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                if b[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            if j >= b.len() {
                return Err(ParseError {
                    at: start,
                    message: "a string literal is not closed".into(),
                });
            }
            let s: String = serde_json::from_str(&text[i..=j]).map_err(|e| ParseError {
                at: start,
                message: format!("invalid string literal: {e}"),
            })?;
            out.push((start, Tok::Str(s)));
            i = j + 1;
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') {
                j += 1;
            }
            let n: f64 = text[i..j].parse().map_err(|_| ParseError {
                at: start,
                message: "invalid number".into(),
            })?;
            out.push((start, Tok::Num(n)));
            i = j;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            out.push((start, Tok::Ident(text[i..j].to_owned())));
            i = j;
        } else {
            let two = text.get(i..i + 2).unwrap_or("");
            let sym = ["==", "!=", "<=", ">=", "&&", "||"]
                .into_iter()
                .find(|s| *s == two);
            if let Some(s) = sym {
                out.push((start, Tok::Sym(s)));
                i += 2;
            } else {
                let s = match c {
                    b'<' => "<",
                    b'>' => ">",
                    b'!' => "!",
                    b'(' => "(",
                    b')' => ")",
                    b'[' => "[",
                    b']' => "]",
                    b'.' => ".",
                    b',' => ",",
                    b'-' => "-",
                    _ => {
                        let ch = text[i..].chars().next().unwrap_or('?');
                        return Err(ParseError {
                            at: start,
                            message: format!("unexpected character `{ch}`"),
                        });
                    }
                };
                out.push((start, Tok::Sym(s)));
                i += 1;
            }
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<(usize, Tok)>,
    pos: usize,
    end: usize,
    depth: usize,
}

const MAX_DEPTH: usize = 64;

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.1)
    }
    fn at(&self) -> usize {
        self.toks.get(self.pos).map_or(self.end, |t| t.0)
    }
    fn err<T>(&self, m: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError {
            at: self.at(),
            message: m.into(),
        })
    }
    fn eat_sym(&mut self, s: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Sym(x)) if *x == s) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn eat_kw(&mut self, k: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Ident(x)) if x == k) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expr(&mut self) -> Result<WExpr, ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err("the expression is nested too deeply");
        }
        let r = if self.eat_kw("if") {
            let c = self.expr()?;
            if !self.eat_kw("then") {
                return self.err("expected `then`");
            }
            let a = self.expr()?;
            if !self.eat_kw("else") {
                return self.err("expected `else`");
            }
            let b = self.expr()?;
            Ok(WExpr::If(Box::new(c), Box::new(a), Box::new(b)))
        } else {
            self.binary(0)
        };
        self.depth -= 1;
        r
    }
    fn binary(&mut self, level: usize) -> Result<WExpr, ParseError> {
        const LEVELS: [&[(&str, Op)]; 3] = [
            &[("||", Op::Or)],
            &[("&&", Op::And)],
            &[
                ("==", Op::Eq),
                ("!=", Op::Ne),
                ("<=", Op::Le),
                (">=", Op::Ge),
                ("<", Op::Lt),
                (">", Op::Gt),
            ],
        ];
        if level == LEVELS.len() {
            return self.unary();
        }
        let mut lhs = self.binary(level + 1)?;
        'outer: loop {
            for (s, op) in LEVELS[level] {
                if self.eat_sym(s) {
                    let rhs = self.binary(level + 1)?;
                    lhs = WExpr::Bin(*op, Box::new(lhs), Box::new(rhs));
                    continue 'outer;
                }
            }
            return Ok(lhs);
        }
    }
    fn unary(&mut self) -> Result<WExpr, ParseError> {
        if self.eat_sym("!") {
            return Ok(WExpr::Not(Box::new(self.unary()?)));
        }
        if self.eat_sym("-") {
            return match self.toks.get(self.pos).map(|t| t.1.clone()) {
                Some(Tok::Num(n)) => {
                    self.pos += 1;
                    Ok(WExpr::Lit(num(-n)))
                }
                _ => self.err("expected a number after `-`"),
            };
        }
        self.atom()
    }
    fn atom(&mut self) -> Result<WExpr, ParseError> {
        let Some(t) = self.toks.get(self.pos).map(|t| t.1.clone()) else {
            return self.err("expected a value");
        };
        self.pos += 1;
        match t {
            Tok::Str(s) => Ok(WExpr::Lit(Value::String(s))),
            Tok::Num(n) => Ok(WExpr::Lit(num(n))),
            Tok::Sym("(") => {
                let e = self.expr()?;
                if !self.eat_sym(")") {
                    return self.err("expected `)`");
                }
                Ok(e)
            }
            Tok::Ident(id) => match id.as_str() {
                "true" => Ok(WExpr::Lit(Value::Bool(true))),
                "false" => Ok(WExpr::Lit(Value::Bool(false))),
                "null" => Ok(WExpr::Lit(Value::Null)),
                _ if self.eat_sym("(") => {
                    if !FUNCTIONS.contains(&id.as_str()) {
                        self.pos -= 1;
                        return Err(ParseError {
                            at: self.toks[self.pos - 1].0,
                            message: format!(
                                "unknown function `{id}` (workflow expressions offer {})",
                                FUNCTIONS.join(", ")
                            ),
                        });
                    }
                    let mut args = Vec::new();
                    if !self.eat_sym(")") {
                        loop {
                            args.push(self.expr()?);
                            if self.eat_sym(")") {
                                break;
                            }
                            if !self.eat_sym(",") {
                                return self.err("expected `,` or `)`");
                            }
                        }
                    }
                    Ok(WExpr::Call(id, args))
                }
                _ => {
                    let mut segs = vec![Seg::Field(id)];
                    loop {
                        if self.eat_sym(".") {
                            match self.toks.get(self.pos).map(|t| t.1.clone()) {
                                Some(Tok::Ident(f)) => {
                                    self.pos += 1;
                                    segs.push(Seg::Field(f));
                                }
                                _ => return self.err("expected a field name after `.`"),
                            }
                        } else if self.eat_sym("[") {
                            match self.toks.get(self.pos).map(|t| t.1.clone()) {
                                Some(Tok::Num(n)) if n >= 0.0 && n.fract() == 0.0 => {
                                    self.pos += 1;
                                    segs.push(Seg::Index(n as usize));
                                }
                                _ => return self.err("expected an index"),
                            }
                            if !self.eat_sym("]") {
                                return self.err("expected `]`");
                            }
                        } else {
                            return Ok(WExpr::Path(segs));
                        }
                    }
                }
            },
            Tok::Sym(s) => Err(ParseError {
                at: self.toks[self.pos - 1].0,
                message: format!("unexpected `{s}`"),
            }),
        }
    }
}

fn num(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

impl WExpr {
    pub fn parse(text: &str) -> Result<WExpr, ParseError> {
        let toks = lex(text)?;
        let mut p = Parser {
            toks,
            pos: 0,
            end: text.len(),
            depth: 0,
        };
        let e = p.expr()?;
        if p.pos < p.toks.len() {
            return p.err("unexpected text after the expression");
        }
        Ok(e)
    }

    /// The first path segment of every path (to check them against the scope's roots).
    pub fn roots(&self, out: &mut Vec<String>) {
        match self {
            WExpr::Lit(_) => {}
            WExpr::Path(s) => {
                if let Some(Seg::Field(f)) = s.first() {
                    out.push(f.clone());
                }
            }
            WExpr::Not(e) => e.roots(out),
            WExpr::Bin(_, a, b) => {
                a.roots(out);
                b.roots(out);
            }
            WExpr::If(a, b, c) => {
                a.roots(out);
                b.roots(out);
                c.roots(out);
            }
            WExpr::Call(_, args) => args.iter().for_each(|a| a.roots(out)),
        }
    }

    /// Evaluates over `scope`, which resolves a whole path (`record.a.b`, `steps.map`) to a
    /// value; paths are resolved by the scope so that only the leaf is cloned.
    pub fn eval(&self, scope: &dyn Fn(&[Seg]) -> Result<Value, String>) -> Result<Value, String> {
        Ok(match self {
            WExpr::Lit(v) => v.clone(),
            WExpr::Path(segs) => scope(segs)?,
            WExpr::Not(e) => Value::Bool(!truthy(&e.eval(scope)?)?),
            WExpr::If(c, a, b) => {
                if truthy(&c.eval(scope)?)? {
                    a.eval(scope)?
                } else {
                    b.eval(scope)?
                }
            }
            WExpr::Bin(Op::And, a, b) => {
                Value::Bool(truthy(&a.eval(scope)?)? && truthy(&b.eval(scope)?)?)
            }
            WExpr::Bin(Op::Or, a, b) => {
                Value::Bool(truthy(&a.eval(scope)?)? || truthy(&b.eval(scope)?)?)
            }
            WExpr::Bin(op, a, b) => {
                let (x, y) = (a.eval(scope)?, b.eval(scope)?);
                Value::Bool(compare(*op, &x, &y))
            }
            WExpr::Call(f, args) => {
                let vals = args
                    .iter()
                    .map(|a| a.eval(scope))
                    .collect::<Result<Vec<_>, _>>()?;
                call(f, &vals)?
            }
        })
    }
}

/// Follows `segs` inside `v`; a missing step is `None` (read as null).
pub fn walk<'a>(v: &'a Value, segs: &[Seg]) -> Option<&'a Value> {
    let mut v = v;
    for s in segs {
        v = match (s, v) {
            (Seg::Field(f), Value::Object(m)) => m.get(f)?,
            (Seg::Index(i), Value::Array(a)) => a.get(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

fn truthy(v: &Value) -> Result<bool, String> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Null => Ok(false),
        other => Err(format!(
            "a condition must be true or false, found {}",
            kind(other)
        )),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a bool",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn compare(op: Op, a: &Value, b: &Value) -> bool {
    use std::cmp::Ordering;
    match op {
        Op::Eq => values_equal(a, b),
        Op::Ne => !values_equal(a, b),
        _ => {
            let ord = match (a, b) {
                (Value::Number(x), Value::Number(y)) => x
                    .as_f64()
                    .zip(y.as_f64())
                    .and_then(|(x, y)| x.partial_cmp(&y)),
                (Value::String(x), Value::String(y)) => Some(x.as_bytes().cmp(y.as_bytes())),
                _ => None,
            };
            match (op, ord) {
                (_, None) => false,
                (Op::Lt, Some(o)) => o == Ordering::Less,
                (Op::Le, Some(o)) => o != Ordering::Greater,
                (Op::Gt, Some(o)) => o == Ordering::Greater,
                (Op::Ge, Some(o)) => o != Ordering::Less,
                _ => false,
            }
        }
    }
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

fn call(f: &str, a: &[Value]) -> Result<Value, String> {
    let arity = |n: usize| {
        if a.len() == n {
            Ok(())
        } else {
            Err(format!("{f} takes {n} argument(s), got {}", a.len()))
        }
    };
    Ok(match f {
        "digits_only" => {
            arity(1)?;
            text(&a[0]).map_or(Value::Null, |s| {
                Value::String(s.chars().filter(char::is_ascii_digit).collect())
            })
        }
        "lower" => {
            arity(1)?;
            text(&a[0]).map_or(Value::Null, |s| Value::String(s.to_lowercase()))
        }
        "trim" => {
            arity(1)?;
            text(&a[0]).map_or(Value::Null, |s| Value::String(s.trim().to_owned()))
        }
        "substr" => {
            if a.len() < 2 || a.len() > 3 {
                return Err("substr takes 2 or 3 arguments".into());
            }
            let Some(s) = text(&a[0]) else {
                return Ok(Value::Null);
            };
            let start = a[1].as_u64().unwrap_or(0) as usize;
            let len = a
                .get(2)
                .and_then(Value::as_u64)
                .map_or(usize::MAX, |n| n as usize);
            Value::String(s.chars().skip(start).take(len).collect())
        }
        "concat" => Value::String(a.iter().filter_map(text).collect()),
        "coalesce" => a
            .iter()
            .find(|v| !v.is_null())
            .cloned()
            .unwrap_or(Value::Null),
        "is_empty" => {
            arity(1)?;
            Value::Bool(match &a[0] {
                Value::Null => true,
                Value::String(s) => s.is_empty(),
                Value::Array(x) => x.is_empty(),
                _ => false,
            })
        }
        _ => return Err(format!("unknown function `{f}`")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ev(text: &str, scope: Value) -> Result<Value, String> {
        let e = WExpr::parse(text).map_err(|e| e.message)?;
        e.eval(&|segs: &[Seg]| {
            let Some(Seg::Field(root)) = segs.first() else {
                return Ok(Value::Null);
            };
            let v = scope
                .get(root)
                .ok_or_else(|| format!("`{root}` is not available here"))?;
            Ok(walk(v, &segs[1..]).cloned().unwrap_or(Value::Null))
        })
    }

    #[test]
    fn paths_comparisons_and_logic() {
        let s = json!({"error": {"kind": "not_found"}, "record": {"a": [1, {"b": "x"}], "d": "2024-02-01"}});
        assert_eq!(
            ev(r#"error.kind == "not_found""#, s.clone()),
            Ok(json!(true))
        );
        assert_eq!(
            ev(
                r#"record.a[1].b != "x" || !(record.d >= "2024-01-01")"#,
                s.clone()
            ),
            Ok(json!(false))
        );
        assert_eq!(
            ev("record.missing.deeper == null", s.clone()),
            Ok(json!(true))
        );
        assert_eq!(
            ev("record.a[0] < 2 && record.a[0] > -1", s.clone()),
            Ok(json!(true))
        );
        assert_eq!(ev(r#"if record.d > "2025" then 1 else 2"#, s), Ok(json!(2)));
    }

    #[test]
    fn functions() {
        let s = json!({"input": {"data": {"national_id_no": "1-1111-11111-11-3", "n": 1111111111113u64}}});
        assert_eq!(
            ev("digits_only(input.data.national_id_no)", s.clone()),
            Ok(json!("1111111111113"))
        );
        assert_eq!(
            ev("digits_only(input.data.n)", s.clone()),
            Ok(json!("1111111111113"))
        );
        assert_eq!(
            ev(r#"substr("2024-01-27T00:00:00Z", 0, 10)"#, s.clone()),
            Ok(json!("2024-01-27"))
        );
        assert_eq!(ev(r#"coalesce(input.x, "d")"#, s), Ok(json!("d")));
    }

    #[test]
    fn errors_have_offsets() {
        let e = WExpr::parse("a == ").unwrap_err();
        assert_eq!(e.at, 5);
        let e = WExpr::parse("a @ b").unwrap_err();
        assert_eq!(e.at, 2);
        let e = WExpr::parse("nope(a)").unwrap_err();
        assert!(e.message.contains("unknown function"), "{}", e.message);
        assert!(WExpr::parse(&"(".repeat(200)).is_err());
        assert!(ev("missing_root.x", json!({})).is_err());
        assert!(ev("!record", json!({"record": 1})).is_err());
    }
}
