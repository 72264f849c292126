//! LoopBack 3 filters as the REST adapter reads them: the JSON form `filter={"where":…}` and the
//! bracket form `filter[where][cid]=…&filter[include][0][relation]=…` (what `qs`-style clients
//! such as OpenFn's `language-http` 4.2 send). Both become the same JSON filter; bracket values
//! stay strings, numeric keys make arrays, and `where` compares a string with a number or
//! boolean by its text, as LoopBack coerces a query-string value to the property's type.

use std::cmp::Ordering;

use serde_json::{Map, Value};

/// The filter of a request, or the message of LoopBack's 400 when `filter` is not JSON.
pub(crate) fn from_query(params: &[(String, String)]) -> Result<Value, &'static str> {
    if let Some((_, raw)) = params.iter().find(|(k, _)| k == "filter") {
        return serde_json::from_str(raw).map_err(|_| "The `filter` parameter is not valid JSON");
    }
    let mut root = Value::Object(Map::new());
    for (k, v) in params {
        let Some(path) = bracket_path(k) else {
            continue;
        };
        insert(&mut root, &path, Value::String(v.clone()));
    }
    Ok(arrays(root))
}

/// `filter[a][b][0]` -> `["a", "b", "0"]`; `None` for other keys.
fn bracket_path(key: &str) -> Option<Vec<&str>> {
    let mut rest = key.strip_prefix("filter")?;
    let mut path = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let close = inner.find(']')?;
        path.push(&inner[..close]);
        rest = &inner[close + 1..];
    }
    (!path.is_empty()).then_some(path)
}

fn insert(node: &mut Value, path: &[&str], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let Value::Object(map) = node else { return };
    if rest.is_empty() {
        map.insert((*first).to_owned(), value);
        return;
    }
    let child = map
        .entry((*first).to_owned())
        .or_insert_with(|| Value::Object(Map::new()));
    if !child.is_object() {
        *child = Value::Object(Map::new());
    }
    insert(child, rest, value);
}

/// Objects whose keys are all indexes become arrays (in index order).
fn arrays(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let numeric = !map.is_empty() && map.keys().all(|k| k.parse::<usize>().is_ok());
            if numeric {
                let mut items: Vec<(usize, Value)> = map
                    .into_iter()
                    .filter_map(|(k, v)| Some((k.parse().ok()?, arrays(v))))
                    .collect();
                items.sort_by_key(|(i, _)| *i);
                Value::Array(items.into_iter().map(|(_, v)| v).collect())
            } else {
                Value::Object(map.into_iter().map(|(k, v)| (k, arrays(v))).collect())
            }
        }
        other => other,
    }
}

/// The `where` object (equality conditions) of a filter.
pub(crate) fn where_of(filter: &Value) -> Map<String, Value> {
    filter
        .get("where")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// `limit` given as a number or as its text.
pub(crate) fn limit_of(filter: &Value) -> Option<usize> {
    match filter.get("limit")? {
        Value::Number(n) => n.as_u64().map(|n| n as usize),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Equality as LoopBack applies it to a query-string value: same JSON, or a string equal to
/// the number's or boolean's text.
pub(crate) fn loosely_equal(got: &Value, want: &Value) -> bool {
    match (got, want) {
        (Value::Number(_) | Value::Bool(_), Value::String(s)) => same_text(got, s),
        (Value::String(s), Value::Number(_) | Value::Bool(_)) => same_text(want, s),
        _ => got == want,
    }
}

/// A number or boolean equal to the value `s` reads as.
fn same_text(v: &Value, s: &str) -> bool {
    match v {
        Value::Bool(b) => s == if *b { "true" } else { "false" },
        Value::Number(n) => s.parse::<serde_json::Number>().is_ok_and(|m| m == *n),
        _ => false,
    }
}

fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(x), Some(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(p), Some(q)) => p.partial_cmp(&q).unwrap_or(Ordering::Equal),
            _ => x.to_string().cmp(&y.to_string()),
        },
    }
}

/// Sorts by LoopBack `order` (`"field ASC|DESC"`, or a list of them, first one wins ties).
pub(crate) fn sort(docs: &mut [Value], order: Option<&Value>) {
    let keys: Vec<(String, bool)> = match order {
        Some(Value::String(s)) => vec![order_key(s)],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(order_key)
            .collect(),
        _ => return,
    };
    docs.sort_by(|a, b| {
        keys.iter()
            .map(|(field, desc)| {
                let at = |d: &Value| {
                    super::store::dotted(d, field)
                        .filter(|v| !v.is_null())
                        .cloned()
                };
                let o = compare(at(a).as_ref(), at(b).as_ref());
                if *desc { o.reverse() } else { o }
            })
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    });
}

fn order_key(s: &str) -> (String, bool) {
    let mut parts = s.split_whitespace();
    let field = parts.next().unwrap_or("id").to_owned();
    let desc = parts.next().is_some_and(|d| d.eq_ignore_ascii_case("desc"));
    (field, desc)
}

/// Applies a filter's `fields` to a found document, as LoopBack 3 does: an object of property
/// names (`{"id": true}`; the bracket form's values are the texts `"true"` / `"false"`) keeps
/// only the properties set true, or, when none is, drops those set false; a list of names
/// keeps those. Without `fields` (or with one naming nothing) the document is whole.
pub(crate) fn project(doc: Value, fields: Option<&Value>) -> Value {
    let truthy = |v: &Value| match v {
        Value::Bool(b) => *b,
        Value::String(s) => s == "true" || s == "1",
        Value::Number(n) => n.as_f64().is_some_and(|n| n != 0.0),
        _ => false,
    };
    let (keep, drop): (Vec<&str>, Vec<&str>) = match fields {
        Some(Value::Object(m)) => {
            let (mut keep, mut drop) = (Vec::new(), Vec::new());
            for (k, v) in m {
                match truthy(v) {
                    true => keep.push(k.as_str()),
                    false => drop.push(k.as_str()),
                }
            }
            (keep, drop)
        }
        Some(Value::Array(names)) => (names.iter().filter_map(Value::as_str).collect(), vec![]),
        Some(Value::String(name)) => (vec![name.as_str()], vec![]),
        _ => (vec![], vec![]),
    };
    let Value::Object(mut map) = doc else {
        return doc;
    };
    if !keep.is_empty() {
        map.retain(|k, _| keep.contains(&k.as_str()));
    } else {
        map.retain(|k, _| !drop.contains(&k.as_str()));
    }
    Value::Object(map)
}

/// Applies `order` and `limit` (a relation scope, or a `find` filter).
pub(crate) fn apply(mut docs: Vec<Value>, scope: Option<&Value>) -> Vec<Value> {
    let Some(scope) = scope else { return docs };
    sort(&mut docs, scope.get("order"));
    if let Some(limit) = limit_of(scope) {
        docs.truncate(limit);
    }
    docs
}

/// `include` as a list of (relation, scope): a string, an object or an array of them.
pub(crate) fn includes(v: &Value) -> Vec<(String, Option<Value>)> {
    match v {
        Value::String(s) => vec![(s.clone(), None)],
        Value::Object(o) => match o.get("relation").and_then(Value::as_str) {
            Some(r) => vec![(r.to_owned(), o.get("scope").cloned())],
            None => Vec::new(),
        },
        Value::Array(items) => items.iter().flat_map(includes).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn bracket_and_json_forms_give_the_same_filter() {
        let json_form = from_query(&q(&[(
            "filter",
            r#"{"where":{"cid":"1"},"include":[{"relation":"interventions","scope":{"order":"vstdate DESC","limit":"2"}},"riskmodel"],"order":"id ASC","limit":"1"}"#,
        )]));
        let bracket = from_query(&q(&[
            ("filter[where][cid]", "1"),
            ("filter[include][0][relation]", "interventions"),
            ("filter[include][0][scope][order]", "vstdate DESC"),
            ("filter[include][0][scope][limit]", "2"),
            ("filter[include][1]", "riskmodel"),
            ("filter[order]", "id ASC"),
            ("filter[limit]", "1"),
            ("access_token", "t"),
        ]));
        assert_eq!(json_form, bracket);
        assert!(from_query(&q(&[("filter", "{nope")])).is_err());
        assert_eq!(from_query(&q(&[])), Ok(json!({})));
    }

    #[test]
    fn order_and_limit_and_loose_equality() {
        let docs = vec![
            json!({"v": 2, "d": "b"}),
            json!({"v": 10, "d": "a"}),
            json!({"d": "c"}),
        ];
        let out = apply(docs.clone(), Some(&json!({"order": "v DESC", "limit": 2})));
        assert_eq!(out, vec![docs[1].clone(), docs[0].clone()]);
        let out = apply(docs.clone(), Some(&json!({"order": ["d ASC"]})));
        assert_eq!(out[0]["d"], "a");
        assert!(loosely_equal(&json!(12), &json!("12")));
        assert!(loosely_equal(&json!(true), &json!("true")));
        assert!(!loosely_equal(&json!(12), &json!("13")));
    }

    #[test]
    fn fields_keep_or_drop_properties_as_loopback_does() {
        let doc = json!({"id": "a1", "cid": "1", "activities": {"x": 1}});
        assert_eq!(
            project(doc.clone(), Some(&json!({"id": true}))),
            json!({"id": "a1"})
        );
        // The bracket form: `filter[fields][id]=true&filter[fields][cid]=true`.
        let bracket = from_query(&q(&[
            ("filter[fields][id]", "true"),
            ("filter[fields][cid]", "true"),
        ]))
        .unwrap();
        assert_eq!(
            project(doc.clone(), bracket.get("fields")),
            json!({"id": "a1", "cid": "1"})
        );
        assert_eq!(
            project(doc.clone(), Some(&json!({"activities": false}))),
            json!({"id": "a1", "cid": "1"})
        );
        assert_eq!(
            project(doc.clone(), Some(&json!(["cid"]))),
            json!({"cid": "1"})
        );
        assert_eq!(project(doc.clone(), None), doc);
    }
}
