//! Paging through cases: by creation ([`CasePages`]) and by change, with a moving lower bound
//! ([`ChangedCases`]). A page's cases are read as `serde_json::Value`s, or kept as the JSON text
//! Primero sent ([`RawCase`]): a sync that maps each case with a compiled transform reads that
//! text once, and parses only the fields its workflow reads.

use std::collections::HashSet;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::Client;
use crate::error::Error;
use crate::pick::pick;

/// One page of cases.
#[derive(Clone, Debug, PartialEq)]
pub struct CasePage<C = Value> {
    pub cases: Vec<C>,
    /// 1-based page number.
    pub page: u64,
    /// Effective page size reported by the server (after its cap).
    pub per: u64,
    /// Matching cases in total.
    pub total: u64,
}

/// A listing's answer: `data` and `metadata`; anything else is skipped.
#[derive(Deserialize)]
pub(super) struct PageBody<C> {
    pub data: Option<Vec<C>>,
    pub metadata: Option<Meta>,
}

#[derive(Deserialize)]
pub(super) struct Meta {
    pub total: Option<u64>,
    pub per: Option<u64>,
    pub page: Option<u64>,
}

/// A case as paging reads it: as it comes over the wire (`Wire`), then made into `Self` with
/// `fields` (those its caller reads, with `id` and `last_updated_at`); and its `id` and
/// `last_updated_at` (when they are text).
pub trait PagedCase: Sized {
    type Wire: DeserializeOwned;
    fn from_wire(wire: Self::Wire, fields: &[String]) -> Self;
    fn id(&self) -> Option<&str>;
    fn last_updated_at(&self) -> Option<&str>;
}

impl PagedCase for Value {
    type Wire = Value;

    fn from_wire(wire: Value, _: &[String]) -> Value {
        wire
    }

    fn id(&self) -> Option<&str> {
        self.get("id").and_then(Value::as_str)
    }

    fn last_updated_at(&self) -> Option<&str> {
        self.get("last_updated_at").and_then(Value::as_str)
    }
}

/// A case kept as the JSON text Primero sent, with the few fields its caller reads parsed in
/// one pass over it ([`crate::pick::pick`]): those asked for, `id` and `last_updated_at`. No
/// value of the rest is built.
#[derive(Debug)]
pub struct RawCase {
    json: Box<RawValue>,
    /// `None`: the case is not an object (nothing to read in it).
    picked: Option<Map<String, Value>>,
}

impl RawCase {
    /// `json` with `fields` (and `id`, `last_updated_at`) parsed.
    pub fn read(json: Box<RawValue>, fields: &[String]) -> RawCase {
        RawCase::pick_from(json, &with_paging_fields(fields.to_vec()))
    }

    /// `json` with `all` parsed (which holds `id` and `last_updated_at`).
    fn pick_from(json: Box<RawValue>, all: &[String]) -> RawCase {
        let picked = pick(json.get(), all);
        RawCase { json, picked }
    }

    /// The case's JSON text (one value, as Primero wrote it).
    pub fn json(&self) -> &str {
        self.json.get()
    }

    /// The text, and the fields read of it (`None`: not an object).
    pub fn into_parts(self) -> (Box<str>, Option<Map<String, Value>>) {
        (self.json.into(), self.picked)
    }

    fn text_field(&self, name: &str) -> Option<&str> {
        self.picked.as_ref()?.get(name)?.as_str()
    }
}

impl PagedCase for RawCase {
    type Wire = Box<RawValue>;

    fn from_wire(wire: Box<RawValue>, fields: &[String]) -> RawCase {
        RawCase::pick_from(wire, fields)
    }

    fn id(&self) -> Option<&str> {
        self.text_field("id")
    }

    fn last_updated_at(&self) -> Option<&str> {
        self.text_field("last_updated_at")
    }
}

/// `fields` with the two paging reads, `id` and `last_updated_at`.
fn with_paging_fields(mut fields: Vec<String>) -> Vec<String> {
    for f in ["id", "last_updated_at"] {
        if !fields.iter().any(|a| a == f) {
            fields.push(f.to_owned());
        }
    }
    fields
}

/// Keyset iteration over changed cases (see [`Client::cases_changed_since`]); holds one page
/// and the ids of the cases returned at the current bound.
pub struct ChangedCases<C = Value> {
    client: Client,
    /// The lower bound (`last_updated_at`) of the next request.
    from: String,
    /// Ids already returned whose `last_updated_at` equals `from` (the bound is inclusive).
    seen_at_from: HashSet<String>,
    /// More cases share `from` than a page holds: the page within that query.
    tie_page: u64,
    done: bool,
    /// The fields of each case its caller reads, with `id` and `last_updated_at` (see
    /// [`RawCase`]); made once, not per case.
    fields: Vec<String>,
    cases: PhantomData<fn() -> C>,
}

impl<C: PagedCase> ChangedCases<C> {
    pub(super) fn new(client: Client, since: &str, fields: Vec<String>) -> Self {
        ChangedCases {
            client,
            from: since.to_owned(),
            seen_at_from: HashSet::new(),
            tie_page: 1,
            done: false,
            fields: with_paging_fields(fields),
            cases: PhantomData,
        }
    }

    /// The next page (possibly empty when it held only cases already returned), or `None`.
    pub async fn next_page(&mut self) -> Result<Option<CasePage<C>>, Error> {
        if self.done {
            return Ok(None);
        }
        let extra = vec![
            ("order_by".to_owned(), "last_updated_at".to_owned()),
            ("order".to_owned(), "asc".to_owned()),
            ("last_updated_at".to_owned(), format!("{}..", self.from)),
        ];
        let wire = self
            .client
            .page::<C::Wire>("cases", self.tie_page, &extra)
            .await?;
        let mut p = CasePage {
            cases: wire
                .cases
                .into_iter()
                .map(|c| C::from_wire(c, &self.fields))
                .collect(),
            page: wire.page,
            per: wire.per,
            total: wire.total,
        };
        let more = !p.cases.is_empty() && p.page.saturating_mul(p.per) < p.total;
        let last = p
            .cases
            .last()
            .and_then(C::last_updated_at)
            .map(str::to_owned);
        let from = self.from.clone();
        let seen = std::mem::take(&mut self.seen_at_from);
        p.cases.retain(|c| {
            !(c.last_updated_at() == Some(from.as_str())
                && c.id().is_some_and(|i| seen.contains(i)))
        });
        let id = |c: &C| c.id().map(str::to_owned);
        match last {
            Some(l) if l > from => {
                self.seen_at_from = p
                    .cases
                    .iter()
                    .filter(|c| c.last_updated_at() == Some(l.as_str()))
                    .filter_map(id)
                    .collect();
                self.from = l;
                self.tie_page = 1;
            }
            // The whole page shares the bound (or has no date): page on within that query.
            _ => {
                self.seen_at_from = seen;
                self.seen_at_from.extend(p.cases.iter().filter_map(id));
                self.tie_page += 1;
            }
        }
        self.done = !more;
        Ok(Some(p))
    }
}

/// Page-by-page iteration over a case query; holds one page at a time.
///
/// Pages are requested with `order_by=created_at&order=asc`, so cases created
/// or updated while paging can only shift later pages (a case may then be
/// seen twice, never skipped). Iteration follows the server's effective
/// `per` (`metadata.per`), not the requested one.
pub struct CasePages {
    client: Client,
    filters: Vec<(String, String)>,
    next: Option<u64>,
}

impl CasePages {
    pub(super) fn new(client: Client, filters: Vec<(String, String)>) -> Self {
        CasePages {
            client,
            filters,
            next: Some(1),
        }
    }

    /// The next page, or `None` when all pages were returned.
    pub async fn next_page(&mut self) -> Result<Option<CasePage>, Error> {
        let Some(page) = self.next else {
            return Ok(None);
        };
        let mut extra = vec![
            ("order_by".to_owned(), "created_at".to_owned()),
            ("order".to_owned(), "asc".to_owned()),
        ];
        extra.extend(self.filters.iter().cloned());
        let p = self.client.page("cases", page, &extra).await?;
        let more = !p.cases.is_empty() && p.page.saturating_mul(p.per) < p.total;
        self.next = more.then_some(page + 1);
        Ok(Some(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str, fields: &[&str]) -> RawCase {
        let fields: Vec<String> = fields.iter().map(|f| (*f).to_owned()).collect();
        RawCase::read(serde_json::from_str(text).unwrap(), &fields)
    }

    #[test]
    fn a_raw_case_keeps_its_text_and_reads_what_paging_and_its_caller_need() {
        let text = r#"{"id":"c-1","name":"Somchai \"Tom\"","last_updated_at":"2024-01-02T00:00:00.000Z","n":1.50,"cid":{"a":[1]}}"#;
        let c = raw(text, &["cid", "absent"]);
        assert_eq!(c.json(), text);
        assert_eq!(c.id(), Some("c-1"));
        assert_eq!(c.last_updated_at(), Some("2024-01-02T00:00:00.000Z"));
        let (json, picked) = c.into_parts();
        assert_eq!(&*json, text);
        assert_eq!(
            Value::Object(picked.unwrap()),
            serde_json::json!({"id": "c-1", "last_updated_at": "2024-01-02T00:00:00.000Z",
                "cid": {"a": [1]}})
        );
        // Read as a value would read it: a field that is not text is absent, and so is
        // everything of a case that is not an object.
        for (text, id) in [
            (r#"{"id":7,"last_updated_at":null}"#, None),
            (r#"{"last_updated_at":{"a":1},"id":"x"}"#, Some("x")),
            (r#"{"id":"x","id":"y"}"#, Some("y")),
            (r#"["id","c-1"]"#, None),
            ("\"c-1\"", None),
        ] {
            let c = raw(text, &[]);
            let v: Value = serde_json::from_str(text).unwrap();
            assert_eq!(c.id(), id, "{text}");
            assert_eq!(c.id(), v.id(), "{text}");
            assert_eq!(c.last_updated_at(), v.last_updated_at(), "{text}");
            assert_eq!(c.json(), text);
        }
    }

    #[test]
    fn a_page_of_raw_cases_is_read_with_its_metadata() {
        let body = r#"{"data":[{"id":"a","x":[1,{"y":"}"}]},{"id":"b"}],"metadata":{"total":2,"per":1000,"page":1}}"#;
        let p: PageBody<Box<RawValue>> = serde_json::from_str(body).unwrap();
        let cases = p.data.unwrap();
        assert_eq!(cases[0].get(), r#"{"id":"a","x":[1,{"y":"}"}]}"#);
        assert_eq!(cases[1].get(), r#"{"id":"b"}"#);
        assert_eq!(p.metadata.unwrap().total, Some(2));
    }
}
