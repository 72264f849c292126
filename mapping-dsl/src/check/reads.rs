//! What a transform reads: paths into the source record, collected from the typed
//! expressions, turned into the `InputObject` (only what is read, in schema order) that codegen
//! deserializes and the interpreter coerces.

use std::collections::BTreeMap;

use super::schemas::{SField, SType};
use crate::ir::{Expr, InputField, InputObject, InputType, Path, PathRoot, Step, TExpr};
use crate::stdlib::Ret;

/// A tree of field names read. `all` = the whole value at this node is read.
#[derive(Debug, Default, Clone)]
pub struct ReadTree {
    pub all: bool,
    pub children: BTreeMap<String, ReadTree>,
}

impl ReadTree {
    /// Marks `steps` (field names; indexes are skipped) as read, whole when `all`.
    pub fn mark(&mut self, steps: &[String], all: bool) {
        let mut node = self;
        for s in steps {
            node = node.children.entry(s.clone()).or_default();
        }
        if all {
            node.all = true;
        }
    }
}

/// Where the roots of paths point in the record: `Element(d)` / `It(d)` -> a record path, or
/// None when the list is computed (then reading an element reads the whole list).
#[derive(Debug, Default, Clone)]
pub struct Origins {
    pub elements: Vec<Option<Vec<String>>>,
    pub its: Vec<Option<Vec<String>>>,
    /// Where each let's value comes from in the record (as for a list expression), by name.
    pub lets: BTreeMap<String, Option<Vec<String>>>,
}

/// The record path a typed path reads, if its root maps to one.
pub fn record_path(p: &Path, o: &Origins) -> Option<Vec<String>> {
    let mut base = match p.root {
        PathRoot::Record => Vec::new(),
        PathRoot::Element(d) => o.elements.get(d as usize).cloned().flatten()?,
        PathRoot::It(d) => o.its.get(d as usize).cloned().flatten()?,
    };
    base.extend(p.steps.iter().filter_map(|s| match s {
        Step::Field(f) => Some(f.clone()),
        Step::Index(_) => None,
    }));
    Some(base)
}

/// Marks everything `e` reads.
pub fn collect(e: &TExpr, o: &mut Origins, t: &mut ReadTree) {
    match &e.kind {
        Expr::Lit(_) | Expr::Param(_) => {}
        // The let's own expression marked what it reads; its value used whole reads the whole
        // value where it came from.
        Expr::Let(name) => mark_origin(o.lets.get(name).cloned().flatten(), &[], t),
        Expr::Access(inner, steps) => {
            let origin = list_origin(inner, o);
            mark_list(inner, o, t);
            mark_origin(origin, steps, t);
        }
        Expr::Path(p) => match record_path(p, o) {
            Some(rp) => t.mark(&rp, true),
            None => mark_unknown_root(p, o, t),
        },
        Expr::Unary(_, a) => collect(a, o, t),
        Expr::Answer(a) => {
            for s in &a.sources {
                collect(&s.questions, o, t);
            }
        }
        Expr::Binary(_, a, b) => {
            collect(a, o, t);
            collect(b, o, t);
        }
        Expr::If(a, b, c) => {
            collect(a, o, t);
            collect(b, o, t);
            collect(c, o, t);
        }
        Expr::Call(f, args) => {
            if f.binds_it() && args.len() == 2 {
                let origin = list_origin(&args[0], o);
                mark_list(&args[0], o, t);
                o.its.push(origin);
                collect(&args[1], o, t);
                o.its.pop();
            } else {
                for a in args {
                    collect(a, o, t);
                }
            }
        }
    }
}

/// A list expression used as the source of elements: a plain path is "touched" (its elements'
/// reads say which fields), anything else is read whole.
pub fn mark_list(e: &TExpr, o: &mut Origins, t: &mut ReadTree) {
    match &e.kind {
        Expr::Let(name) => match o.lets.get(name).cloned().flatten() {
            Some(rp) => t.mark(&rp, false),
            None => t.all = true,
        },
        Expr::Path(p) => match record_path(p, o) {
            Some(rp) => t.mark(&rp, false),
            None => mark_unknown_root(p, o, t),
        },
        _ => collect(e, o, t),
    }
}

/// The record path of a list expression's elements (indexes are not part of record paths, so
/// a list, its elements and a list of lists share one): a path, the list argument of the
/// functions that keep its elements (`filter`, `first`, `flatten`, …: `Signature::keeps_elements`),
/// `map(list, it.PATH)`, a let, or steps on any of these.
pub fn list_origin(e: &TExpr, o: &Origins) -> Option<Vec<String>> {
    match &e.kind {
        Expr::Path(p) => record_path(p, o),
        Expr::Let(name) => o.lets.get(name).cloned().flatten(),
        Expr::Access(inner, steps) => {
            let mut base = list_origin(inner, o)?;
            base.extend(field_names(steps));
            Some(base)
        }
        Expr::Call(f, args) if !args.is_empty() && f.signature().keeps_elements() => {
            list_origin(&args[0], o)
        }
        Expr::Call(f, args) if args.len() == 2 && f.signature().ret == Ret::ListOfExpr => {
            match &args[1].kind {
                Expr::Path(Path {
                    root: PathRoot::It(d),
                    steps,
                }) if *d as usize == o.its.len() => {
                    let mut base = list_origin(&args[0], o)?;
                    base.extend(field_names(steps));
                    Some(base)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn field_names(steps: &[Step]) -> impl Iterator<Item = String> + '_ {
    steps.iter().filter_map(|s| match s {
        Step::Field(f) => Some(f.clone()),
        Step::Index(_) => None,
    })
}

/// Marks the value at `origin` + `steps` as read whole (everything when the origin is unknown).
fn mark_origin(origin: Option<Vec<String>>, steps: &[Step], t: &mut ReadTree) {
    match origin {
        Some(mut rp) => {
            rp.extend(field_names(steps));
            t.mark(&rp, true);
        }
        None => t.all = true,
    }
}

/// An element whose list is computed: we cannot tell which fields, so every list the record has
/// is read whole at the top level it came from. Conservative, and rare.
fn mark_unknown_root(_p: &Path, _o: &Origins, t: &mut ReadTree) {
    t.all = true;
}

/// The input object of `fields` restricted to what `t` reads, in schema order.
pub fn input_object(fields: &[SField], t: &ReadTree) -> InputObject {
    let mut out = Vec::new();
    for f in fields {
        let sub = if t.all {
            Some(&ALL)
        } else {
            t.children.get(&f.name)
        };
        let Some(sub) = sub else { continue };
        let ty = match &f.ty {
            SType::Scalar(s) => InputType::Scalar(*s),
            SType::Select(s) => InputType::Select { set: s.clone() },
            SType::MultiSelect(s) => InputType::MultiSelect { set: s.clone() },
            SType::Object(fs) => InputType::Object(input_object(fs, sub)),
            SType::List(fs) => InputType::List(input_object(fs, sub)),
            SType::ScalarList(s) => InputType::ScalarList(*s),
            SType::Json => InputType::Json,
        };
        out.push(InputField {
            name: f.name.clone(),
            ty,
            nullable: f.nullable,
        });
    }
    InputObject { fields: out }
}

static ALL: ReadTree = ReadTree {
    all: true,
    children: BTreeMap::new(),
};
