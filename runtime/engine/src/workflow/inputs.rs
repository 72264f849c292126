//! Which part of a trigger input a workflow reads, so the store keeps only that (issue 13:
//! minimise before sealing), and which fields of a fan-out's record, so a record that came as
//! JSON text is parsed only that far. The paths are read off the expressions' text: every
//! `input.a.b` names a path; `input` used whole (a transform's input, `input[...]`, `input`
//! alone) keeps all. The same for `record`, except that a transform's input `record` is read
//! from the record's text.

use serde_json::{Map, Value};

#[cfg(doc)]
use super::Workflow;
use super::{Pipeline, StepKind, WExpr};

/// The `input.…` paths that `steps` and the run key read (each a list of object keys), or
/// `None` when one of them reads the input whole (see [`Workflow::input_paths`]).
pub(super) fn input_paths(steps: &Pipeline, key: Option<&WExpr>) -> Option<Vec<Vec<String>>> {
    let mut exprs = Vec::new();
    steps.steps.iter().for_each(|s| s.exprs(&mut exprs));
    exprs.extend(key);
    let mut out: Vec<Vec<String>> = Vec::new();
    for e in exprs {
        for p in paths_in(e.text(), "input")? {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    Some(out)
}

/// The top-level fields of `record` that a `for_each`'s expressions read (its `key`,
/// `watermark`, `partition_by` and every expression of its steps), or `None` when one of them
/// reads the record whole. A transform step whose input is `record` itself is not counted (it
/// reads the record's text when it is compiled, else the record parsed whole when it runs); a
/// nested `for_each`, whose own records are named `record` too, counts as reading it whole.
pub(super) fn record_fields(
    key: &WExpr,
    watermark: Option<&WExpr>,
    partition_by: Option<&WExpr>,
    body: &Pipeline,
) -> Option<Vec<String>> {
    let mut exprs: Vec<&WExpr> = vec![key];
    exprs.extend(watermark);
    exprs.extend(partition_by);
    for s in &body.steps {
        match &s.kind {
            StepKind::ForEach { .. } => return None,
            StepKind::Transform { input, .. } if input.text().trim() == "record" => {
                let mut all = Vec::new();
                s.exprs(&mut all);
                // Its arguments and edges still count; its input does not.
                exprs.extend(all.into_iter().filter(|e| !std::ptr::eq(*e, input)));
            }
            _ => s.exprs(&mut exprs),
        }
    }
    let mut out: Vec<String> = Vec::new();
    for e in exprs {
        for mut p in paths_in(e.text(), "record")? {
            let field = p.swap_remove(0);
            if !out.contains(&field) {
                out.push(field);
            }
        }
    }
    Some(out)
}

/// The `ROOT.…` paths in `text`; `None` when `root` is read whole.
fn paths_in(text: &str, root: &str) -> Option<Vec<Vec<String>>> {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    for (i, _) in text.match_indices(root) {
        let before = text[..i].chars().next_back();
        let after = text[i + root.len()..].chars().next();
        if before.is_some_and(|c| ident(c) || c == '.' || c == '"' || c == '\'')
            || after.is_some_and(ident)
        {
            continue; // part of another name, a field, or a string
        }
        let mut rest = &text[i + root.len()..];
        let mut path = Vec::new();
        while let Some(r) = rest.strip_prefix('.') {
            let end = r.find(|c: char| !ident(c)).unwrap_or(r.len());
            if end == 0 {
                break;
            }
            path.push(r[..end].to_owned());
            rest = &r[end..];
        }
        if path.is_empty() {
            return None;
        }
        out.push(path);
    }
    Some(out)
}

/// `v` with only `paths` kept (objects along the way are kept with only the keys on a path;
/// a path ending in an array or a scalar keeps it whole).
pub fn project_input(v: &Value, paths: &[Vec<String>]) -> Value {
    let Value::Object(m) = v else {
        return if paths.is_empty() {
            Value::Object(Map::new())
        } else {
            v.clone()
        };
    };
    let mut out = Map::new();
    for (k, x) in m {
        let below: Vec<Vec<String>> = paths
            .iter()
            .filter(|p| p.first() == Some(k))
            .map(|p| p[1..].to_vec())
            .collect();
        if below.is_empty() {
            continue;
        }
        if below.iter().any(Vec::is_empty) {
            out.insert(k.clone(), x.clone());
        } else {
            out.insert(k.clone(), project_input(x, &below));
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_are_read_off_the_expressions() {
        assert_eq!(
            paths_in(
                r#"concat("Sync ", input.data.record_id, " at ", error.step)"#,
                "input"
            ),
            Some(vec![vec!["data".to_owned(), "record_id".to_owned()]])
        );
        assert_eq!(paths_in("input", "input"), None);
        assert_eq!(paths_in("f(input)", "input"), None);
        assert_eq!(paths_in("record.input.x", "input"), Some(vec![]));
        assert_eq!(paths_in(r#""input" == x"#, "input"), Some(vec![]));
        assert_eq!(paths_in("inputs.x", "input"), Some(vec![]));
        assert_eq!(
            paths_in("digits_only(record.national_id_no) == record.a.b", "record"),
            Some(vec![
                vec!["national_id_no".to_owned()],
                vec!["a".to_owned(), "b".to_owned()]
            ])
        );
        assert_eq!(paths_in(r#"record["id"]"#, "record"), None);
        assert_eq!(paths_in("steps.records.x", "record"), Some(vec![]));
    }

    #[test]
    fn only_the_paths_read_are_kept() {
        let body = json!({"data": {"record_id": "c-1", "national_id_no": "1234567890121",
            "name_first": "Somchai", "date_of_birth": "2015-01-02",
            "family": [{"name": "Malee"}]}, "event": "update"});
        let paths = vec![
            vec!["data".to_owned(), "record_id".to_owned()],
            vec!["data".to_owned(), "national_id_no".to_owned()],
        ];
        assert_eq!(
            project_input(&body, &paths),
            json!({"data": {"record_id": "c-1", "national_id_no": "1234567890121"}})
        );
        assert_eq!(project_input(&body, &[]), json!({}));
        assert_eq!(
            project_input(&body, &[vec!["event".to_owned()]]),
            json!({"event": "update"})
        );
    }
}
