//! Policy values as written (`Choice`) -> IR policies, or E502 naming what is allowed.

use crate::diag::{Diagnostic, codes::Code};
use crate::ir::{EmptyAs, EmptyPolicy, MissingLabel, UnknownCode};
use crate::source::FileId;
use crate::spec::transform::{Choice, EmptyDecl};
use crate::yaml::{Sp, did_you_mean, span_of};

fn bad(file: FileId, c: &Sp<Choice>, what: &str, allowed: &[&str]) -> Diagnostic {
    let got = c.value.describe();
    let mut d = Diagnostic::error(
        Code::BadPolicy,
        format!("`{got}` is not a value of `{what}`"),
    )
    .with_primary(span_of(file, c), "not allowed here")
    .with_note(format!("allowed: {}", allowed.join(", ")));
    if let Some(h) = did_you_mean(&got, allowed.iter().copied()) {
        d = d.with_hint(h);
    }
    d
}

pub fn unknown(file: FileId, c: &Sp<Choice>, what: &str) -> Result<UnknownCode, Diagnostic> {
    match &c.value {
        Choice::Null => Ok(UnknownCode::Null),
        Choice::Word(w) if w == "error" => Ok(UnknownCode::Error),
        Choice::Word(w) if w == "keep_code" => Ok(UnknownCode::KeepCode),
        _ => Err(bad(file, c, what, &["error", "keep_code", "null"])),
    }
}

/// A rule's (or questionnaire table's) `unknown`: the transform-wide values, and `omit` (an
/// unknown code is counted and the key left out, as `null` with `absent: omit`). `omit` reads
/// as `(UnknownCode::Null, true)`.
pub fn unknown_rule(
    file: FileId,
    c: &Sp<Choice>,
    what: &str,
) -> Result<(UnknownCode, bool), Diagnostic> {
    match &c.value {
        Choice::Word(w) if w == "omit" => Ok((UnknownCode::Null, true)),
        _ => unknown(file, c, what)
            .map(|u| (u, false))
            .map_err(|_| bad(file, c, what, &["error", "keep_code", "null", "omit"])),
    }
}

/// A rule's `absent`: how a null value is written (`omit` or `null`; `""` and `keep` as in
/// `empty.missing`).
pub fn absent(file: FileId, c: &Sp<Choice>) -> Result<EmptyAs, Diagnostic> {
    empty_as(file, c, "absent", false)
}

pub fn missing(file: FileId, c: &Sp<Choice>, what: &str) -> Result<MissingLabel, Diagnostic> {
    match &c.value {
        Choice::Null => Ok(MissingLabel::Null),
        Choice::Word(w) if w == "error" => Ok(MissingLabel::Error),
        Choice::Word(w) if w == "keep_code" => Ok(MissingLabel::KeepCode),
        Choice::Word(w) if w == "empty" => Ok(MissingLabel::Empty),
        _ => Err(bad(file, c, what, &["error", "keep_code", "empty", "null"])),
    }
}

fn empty_as(
    file: FileId,
    c: &Sp<Choice>,
    what: &str,
    allow_list: bool,
) -> Result<EmptyAs, Diagnostic> {
    match &c.value {
        Choice::Null => Ok(EmptyAs::Null),
        Choice::EmptyString => Ok(EmptyAs::EmptyString),
        Choice::EmptyList if allow_list => Ok(EmptyAs::EmptyList),
        Choice::Word(w) if w == "omit" => Ok(EmptyAs::Omit),
        Choice::Word(w) if w == "keep" => Ok(EmptyAs::Keep),
        _ => {
            let allowed: &[&str] = if allow_list {
                &["null", "\"\"", "[]", "omit", "keep"]
            } else {
                &["null", "\"\"", "omit", "keep"]
            };
            Err(bad(file, c, what, allowed))
        }
    }
}

/// `base` overridden by what `decl` says.
pub fn empty(
    file: FileId,
    base: EmptyPolicy,
    decl: &EmptyDecl,
    diags: &mut Vec<Diagnostic>,
) -> EmptyPolicy {
    let mut p = base;
    let mut set = |c: &Option<Sp<Choice>>, what: &str, list: bool, slot: &mut EmptyAs| {
        if let Some(c) = c {
            match empty_as(file, c, what, list) {
                Ok(v) => *slot = v,
                Err(d) => diags.push(d),
            }
        }
    };
    set(&decl.missing, "empty.missing", true, &mut p.missing);
    set(
        &decl.empty_string,
        "empty.empty_string",
        true,
        &mut p.empty_string,
    );
    set(
        &decl.empty_list,
        "empty.empty_list",
        true,
        &mut p.empty_list,
    );
    p
}
