//! Which transform steps' outputs the engine may keep as the JSON their compiled transform
//! writes ([`Workflow::raw_outputs`]): those the workflow never reads into. Read off the
//! expressions, as [`super::inputs`] does: an output is kept raw when every expression that
//! names `steps.ID` is exactly `steps.ID` as an argument that its operation only sends on
//! ([`OpSig::sends`]: `moph.upsert_primeroservice`'s `value`), and no `for_each` fans out over
//! it. Anything else (a path into it, a condition, a transform's argument, an argument the
//! operation reads or edits, the text `steps.ID` inside a larger expression or a string) keeps
//! it a value, as before; and an expression that reaches into `steps` other than by a name
//! (`steps["map"]`, `steps` alone) keeps every output a value.

#[cfg(doc)]
use super::Workflow;
use super::sig::OpSig;
use super::{Arg, Pipeline, StepKind, WExpr, mentions_step, reads_steps_otherwise};

/// The ids of the transform steps of `steps` whose output only reaches operations (of `ops`)
/// whole, to be sent on.
pub(super) fn raw_outputs(steps: &Pipeline, key: Option<&WExpr>, ops: &[OpSig]) -> Vec<String> {
    let mut transforms = Vec::new();
    let mut whole = Vec::new();
    let mut exprs: Vec<&WExpr> = key.into_iter().collect();
    walk(steps, ops, &mut transforms, &mut whole, &mut exprs);
    if exprs.iter().any(|e| reads_steps_otherwise(e.text())) {
        // `steps["map"]` or `steps` alone may read any output: every one stays a value.
        return Vec::new();
    }
    transforms
        .into_iter()
        .filter(|id| {
            !fans_over(steps, id)
                && exprs.iter().all(|e| {
                    !mentions_step(e.text(), id)
                        || whole
                            .iter()
                            .any(|w| std::ptr::eq(*w, *e) && w.whole_step() == Some(id))
                })
        })
        .map(str::to_owned)
        .collect()
}

/// Collects the transform steps' ids, the operations' arguments that name a step whole and
/// are only sent on, and every expression (with [`super::Step::exprs`]).
fn walk<'a>(
    p: &'a Pipeline,
    ops: &[OpSig],
    transforms: &mut Vec<&'a str>,
    whole: &mut Vec<&'a WExpr>,
    exprs: &mut Vec<&'a WExpr>,
) {
    for s in &p.steps {
        match &s.kind {
            StepKind::Transform { .. } => transforms.push(&s.id),
            StepKind::Op { name, args } => {
                let sig = ops.iter().find(|o| o.name == *name);
                whole.extend(args.iter().filter_map(|(k, a)| match a {
                    Arg::Expr(e) if e.whole_step().is_some() && sig?.sends(k) => Some(e),
                    _ => None,
                }));
            }
            StepKind::ForEach { body, .. } => {
                let mut inner = Vec::new();
                walk(body, ops, transforms, whole, &mut inner);
            }
            StepKind::Filter(_) | StepKind::SetCursor(_) => {}
        }
        s.exprs(exprs);
    }
}

/// Whether a `for_each` of `p` (at any depth) fans out over step `id`.
fn fans_over(p: &Pipeline, id: &str) -> bool {
    p.steps.iter().any(|s| match &s.kind {
        StepKind::ForEach { over, body, .. } => over == id || fans_over(body, id),
        _ => false,
    })
}
