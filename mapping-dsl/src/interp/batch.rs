//! Many records: every record runs, failures are collected (unless told to stop at the first).

use serde_json::Value;

use crate::ir::{Deployment, Transform};
use crate::rt::{Context, TransformError};

#[derive(Debug, Clone, Copy, Default)]
pub struct BatchOptions {
    /// Stop after the first failed record (the default runs them all).
    pub stop_at_first_error: bool,
}

/// What happened to one record, by its index in the input.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Output(Value),
    /// Dropped by the transform's `keep`.
    Dropped,
    Failed(TransformError),
}

/// Runs `t` over `records`, calling `each(index, outcome)` in order. Returns the number of
/// failed records.
pub fn run_batch<'v>(
    dep: &Deployment,
    t: &Transform,
    records: impl IntoIterator<Item = &'v Value>,
    ctx: &Context,
    opts: BatchOptions,
    mut each: impl FnMut(usize, Outcome),
) -> usize {
    let mut failed = 0;
    for (i, r) in records.into_iter().enumerate() {
        let o = match super::run_record(dep, t, r, ctx) {
            Ok(Some(v)) => Outcome::Output(v),
            Ok(None) => Outcome::Dropped,
            Err(e) => {
                failed += 1;
                Outcome::Failed(e)
            }
        };
        let stop = matches!(o, Outcome::Failed(_)) && opts.stop_at_first_error;
        each(i, o);
        if stop {
            break;
        }
    }
    failed
}
