//! `today`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use crate::Context;
use crate::stdlib::date;

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Today,
    name: "today",
    params: &[Arg::Text],
    optional: 1,
    ret: Ret::Scalar(Scalar::Date),
    can_fail: true,
    nulls: "null tz -> Asia/Bangkok",
    doc: "The run's date in `tz` (default Asia/Bangkok), from the injected clock.",
    examples: &[],
    call: Call::Uniform { eval, context: true },
    ..Signature::DEFAULTS
};

/// The date of the run's clock in `tz` (default Asia/Bangkok).
pub fn call(ctx: &Context, tz: Option<&str>) -> Result<String, ErrorKind> {
    let tz = date::parse_tz("today", tz.unwrap_or(date::DEFAULT_TZ))?;
    Ok(ctx
        .now
        .with_timezone(&tz)
        .date_naive()
        .format("%Y-%m-%d")
        .to_string())
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.ctx(), a.text(0)?)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uses_the_injected_clock_in_bangkok() {
        let now = chrono::DateTime::parse_from_rfc3339("2024-01-31T18:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        let ctx = Context::new(now);
        assert_eq!(call(&ctx, None).unwrap(), "2024-02-01");
        assert_eq!(call(&ctx, Some("UTC")).unwrap(), "2024-01-31");
        assert!(call(&ctx, Some("Nowhere")).is_err());
    }
}
