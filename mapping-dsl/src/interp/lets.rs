//! `let:` at run time: every let of the transform, evaluated eagerly and in declaration order
//! once per record, after input validation and before `keep:` and the fields. Each sees the
//! values of the lets above it. A failure fails the record under the field path `let.NAME`.
//!
//! Also the interpreter's side of the `""` select decision ([`unanswered`]).

use serde_json::Value;

use crate::expr::{Frame, eval};
use crate::ir::Transform;
use crate::rt::TransformError;
use crate::stdlib::translate;

/// The let values of one record, `(name, value)` in declaration order.
pub(super) fn eval_lets<'t>(
    t: &'t Transform,
    frame: &Frame<'_>,
) -> Result<Vec<(&'t str, Value)>, TransformError> {
    let mut out: Vec<(&'t str, Value)> = Vec::with_capacity(t.lets.len());
    for l in &t.lets {
        let v = {
            let fr = frame.with_lets(&out);
            eval(&l.expr, &fr)
                .map_err(|k| TransformError::new(format!("let.{}", l.name), k))?
                .into_owned()
        };
        out.push((&l.name, v));
    }
    Ok(out)
}

/// A select code that reads as not answered (`""`): a single select translates to null, a
/// multi select drops the item. See [`translate::is_unanswered`].
pub(super) fn unanswered(v: &Value) -> bool {
    matches!(v, Value::String(s) if translate::is_unanswered(s))
}
