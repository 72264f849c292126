//! `primero.cases_since`, `primero.upsert_case`, `primero.set_sync_status`.

use std::sync::Arc;

use adaptors::primero::{ChangedCases, Client, PagedCase, PrimeroAuth, PrimeroConfig, RawCase};
use futures_util::future::BoxFuture;
use serde_json::{Map, Value, json};

use super::op_error;
use super::upsert::{Found, find_or_create};
use crate::config::{ConfigError, Credential, Endpoint, require};
use crate::engine::ops::{
    Args, OpError, OpLog, OpSig, OpValue, Operation, Ops, Output, Page, Record, arg_str,
};
use crate::store::{Level, Outcome};

pub fn signatures() -> Vec<OpSig> {
    vec![
        OpSig::new(
            "primero.cases_since",
            Output::Records,
            Some("primero"),
            &["since"],
            &[],
        ),
        OpSig::new(
            "primero.upsert_case",
            Output::Outcome,
            Some("primero"),
            &["record_id", "data"],
            &["sync_status", "sync_url"],
        ),
        OpSig::new(
            "primero.set_sync_status",
            Output::Json,
            Some("primero"),
            &["record_id", "status"],
            &["sync_url"],
        ),
    ]
}

pub fn register(
    ops: &mut Ops,
    workflow: &str,
    ep: &Endpoint,
    cred: &Credential,
    policy: adaptors::RetryPolicy,
) -> Result<(), ConfigError> {
    let client = Arc::new(client(workflow, ep, cred, policy.clone())?);
    let sync_url = ep.sync_url.clone().filter(|u| !u.trim().is_empty());
    for sig in signatures() {
        ops.insert(Arc::new(PrimeroOp {
            sig,
            client: client.clone(),
            sync_url: sync_url.clone(),
            policy: policy.clone(),
        }));
    }
    Ok(())
}

/// A Primero client for the endpoint and credential (also used by `mapwright drift --live`).
pub(crate) fn client(
    workflow: &str,
    ep: &Endpoint,
    cred: &Credential,
    policy: adaptors::RetryPolicy,
) -> Result<Client, ConfigError> {
    let username = require(workflow, cred, "user")?.to_owned();
    let password = require(workflow, cred, "password")?.to_owned();
    let auth = match ep.auth.as_deref() {
        Some("token") => PrimeroAuth::Token { username, password },
        _ => PrimeroAuth::Basic { username, password },
    };
    let mut cfg = PrimeroConfig::new(ep.url.clone(), auth);
    cfg.policy = policy;
    if let Some(per) = ep.per_page {
        cfg.per_page = per;
    }
    Client::new(cfg).map_err(|e| ConfigError::Parse {
        path: "endpoints.primero".into(),
        message: e.to_string(),
    })
}

struct PrimeroOp {
    sig: OpSig,
    client: Arc<Client>,
    /// `[endpoints.primero] sync_url`.
    sync_url: Option<String>,
    /// Rounds and backoff of find-again after an ambiguous create.
    policy: adaptors::RetryPolicy,
}

impl PrimeroOp {
    /// The `mark_synced_url` to send: the step's `sync_url`, else the configured one; a blank
    /// text is no URL (Primero would log an empty link).
    fn sync_url<'a>(&'a self, args: &'a Args<'_>) -> Option<&'a str> {
        args.get("sync_url")
            .and_then(Value::as_str)
            .filter(|u| !u.trim().is_empty())
            .or(self.sync_url.as_deref())
    }
}

/// The first key of `sent` that `have` (a case as Primero returns it) does not already hold, as
/// a path (`his_visits/u1/date`); `None` when it holds every value. Objects are compared key by
/// key (Primero adds keys of its own, such as a subform row's `unique_id`, and leaves out blank
/// ones), subform rows by their `unique_id` (Primero merges them so; a row without one is
/// appended, so never held), other lists entry by entry, anything else by equality.
///
/// The sync attributes are write-only: Primero logs them and strips them from the record, which
/// then shows the latest status as `sync_status` (so a status is held when `sync_status` is it,
/// and `mark_synced_url` is never compared).
fn difference(have: &Value, sent: &Map<String, Value>) -> Option<String> {
    let status = sent
        .get("mark_synced_status")
        .and_then(Value::as_str)
        .or_else(|| {
            sent.get("mark_synced")
                .and_then(Value::as_bool)
                .map(|ok| if ok { "synced" } else { "failed" })
        });
    if let Some(st) = status
        && have.get("sync_status").and_then(Value::as_str) != Some(st)
    {
        return Some("sync_status".to_owned());
    }
    let data = sent
        .iter()
        .filter(|(k, _)| {
            !matches!(
                k.as_str(),
                "mark_synced" | "mark_synced_status" | "mark_synced_url"
            )
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    fields_difference(have, &data)
}

fn fields_difference(have: &Value, sent: &Map<String, Value>) -> Option<String> {
    sent.iter().find_map(|(k, v)| match have.get(k) {
        Some(h) => value_difference(h, v).map(|rest| join(k, &rest)),
        None if v.is_null() => None,
        None => Some(k.clone()),
    })
}

fn join(key: &str, rest: &str) -> String {
    if rest.is_empty() {
        key.to_owned()
    } else {
        format!("{key}/{rest}")
    }
}

fn value_difference(have: &Value, sent: &Value) -> Option<String> {
    let uid = |v: &Value| {
        v.get("unique_id")
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    match (have, sent) {
        (Value::Object(_), Value::Object(s)) => fields_difference(have, s),
        (Value::Array(h), Value::Array(s))
            if !s.is_empty() && s.iter().all(|e| uid(e).is_some()) =>
        {
            s.iter().find_map(|row| {
                let id = uid(row).unwrap_or_default();
                match h.iter().find(|e| uid(e).as_deref() == Some(id.as_str())) {
                    Some(e) => value_difference(e, row).map(|rest| join(&id, &rest)),
                    None => Some(id),
                }
            })
        }
        // A subform row without a `unique_id` is appended by Primero: never already held.
        (Value::Array(_), Value::Array(s)) if s.iter().any(Value::is_object) => Some(String::new()),
        (Value::Array(h), Value::Array(s))
            if h.len() == s.len()
                && h.iter()
                    .zip(s)
                    .all(|(a, b)| value_difference(a, b).is_none()) =>
        {
            None
        }
        _ if have == sent => None,
        _ => Some(String::new()),
    }
}

/// Pages held in flight between the fetcher and the fan-out.
const PAGES_IN_FLIGHT: usize = 2;

/// A page of `cases_since`, with its promise about the cases still to come: pages come in
/// `last_updated_at` order with a moving lower bound (a case updated while we page is seen
/// again, never skipped), so every case still to come was changed at or after the last one of
/// this page (and at or after `since`). The cases are kept as the JSON text Primero sent: the
/// fan-out parses only what the workflow reads of them.
fn page_of<C: PagedCase>(cases: Vec<C>, since: &str, record: fn(C) -> Record) -> Page {
    let last = cases.iter().rev().find_map(PagedCase::last_updated_at);
    let rest_from = match last {
        Some(c) if c > since => c.to_owned(),
        _ => since.to_owned(),
    };
    Page {
        records: cases.into_iter().map(record).collect(),
        rest_from: Some(Value::String(rest_from)),
    }
}

/// A case kept as its text, with the fields the fan-out reads.
fn raw_record(c: RawCase) -> Record {
    let (text, picked) = c.into_parts();
    Record::Json { text, picked }
}

/// Sends the pages of `pages` on `tx`, each case made a record by `record`.
async fn send_pages<C: PagedCase>(
    mut pages: ChangedCases<C>,
    since: String,
    record: fn(C) -> Record,
    tx: tokio::sync::mpsc::Sender<Result<Page, OpError>>,
) {
    loop {
        let item = match pages.next_page().await {
            Ok(Some(p)) => Ok(page_of(p.cases, &since, record)),
            Ok(None) => return,
            Err(e) => Err(op_error(e)),
        };
        let stop = item.is_err();
        if tx.send(item).await.is_err() || stop {
            return;
        }
    }
}

impl Operation for PrimeroOp {
    fn sig(&self) -> &OpSig {
        &self.sig
    }

    fn call<'a>(
        &'a self,
        args: Args<'a>,
        log: &'a dyn OpLog,
    ) -> BoxFuture<'a, Result<OpValue, OpError>> {
        Box::pin(async move {
            match self.sig.name.as_str() {
                "primero.cases_since" => {
                    let since = arg_str(&args, "since")?.to_owned();
                    let (tx, rx) = tokio::sync::mpsc::channel(PAGES_IN_FLIGHT);
                    // The cases stay the text Primero sent, parsed only as far as the fan-out
                    // reads them; a fan-out that reads them whole gets values.
                    match args.record_fields() {
                        Some(fields) => {
                            let pages = self.client.raw_cases_changed_since(&since, fields);
                            tokio::spawn(send_pages(pages, since, raw_record, tx));
                        }
                        None => {
                            let pages = self.client.cases_changed_since(&since);
                            tokio::spawn(send_pages(pages, since, Record::Value, tx));
                        }
                    }
                    Ok(OpValue::Records(rx))
                }
                "primero.upsert_case" => {
                    // Never guess the case: without a record id the sync fails (the legacy job
                    // patched the first case Primero returned).
                    let id = arg_str(&args, "record_id")?.to_owned();
                    let mut args = args;
                    let Some(Value::Object(data)) = args.take("data") else {
                        return Err(OpError::invalid("argument `data` must be an object"));
                    };
                    let mut data = data;
                    data.remove("record_id");
                    // Primero accepts only strings / booleans in the sync attributes: a transform
                    // leaving one null or blank means "do not send it".
                    for k in ["mark_synced", "mark_synced_status", "mark_synced_url"] {
                        if data.get(k).is_some_and(|v| {
                            v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty())
                        }) {
                            data.remove(k);
                        }
                    }
                    if let Some(Value::String(st)) = args.get("sync_status") {
                        data.insert("mark_synced".into(), json!(true));
                        data.insert("mark_synced_status".into(), json!(st));
                    }
                    // A sync status always carries the URL, as the failure branches do.
                    if data.contains_key("mark_synced_status")
                        && !data.contains_key("mark_synced_url")
                        && let Some(u) = self.sync_url(&args)
                    {
                        data.insert("mark_synced_url".into(), json!(u));
                    }
                    // Created with the webhook's id, so a later find sees it; an unclear
                    // answer to the create is followed by a find, never a second create.
                    let client = &*self.client;
                    let mut create = data.clone();
                    create.insert("id".into(), json!(id));
                    let create = &Value::Object(create);
                    let id = &id;
                    let found = find_or_create(
                        &self.policy,
                        log,
                        &format!("case {id}"),
                        move || client.find_by_record_id(id),
                        move || async move {
                            log.log(
                                Level::Info,
                                format!("case {id} not in Primero: creating it"),
                            )
                            .await;
                            client.create_case(create).await
                        },
                    )
                    .await?;
                    match found {
                        Found::Existing {
                            value,
                            after_ambiguous,
                        } => {
                            // Already written (by this run before its worker was killed, or by an
                            // earlier sync of the same data): no second write, no second sync entry.
                            let differs = difference(&value, &data);
                            if let Some(path) = &differs {
                                tracing::debug!(case = %id, "`{path}` differs: sending the update");
                            } else {
                                log.log(
                                    Level::Info,
                                    format!("case {id} already holds every value: nothing sent"),
                                )
                                .await;
                                return Ok(OpValue::Delivered {
                                    outcome: if after_ambiguous {
                                        Outcome::Created
                                    } else {
                                        Outcome::Updated
                                    },
                                    value: json!({"id": id}),
                                });
                            }
                            let v = client
                                .update_case(id, &Value::Object(data))
                                .await
                                .map_err(op_error)?;
                            Ok(OpValue::Delivered {
                                // Found after our own unclear create: this run created it.
                                outcome: if after_ambiguous {
                                    Outcome::Created
                                } else {
                                    Outcome::Updated
                                },
                                value: json!({"id": v.get("id").cloned().unwrap_or(json!(id))}),
                            })
                        }
                        Found::Created(_) => Ok(OpValue::Delivered {
                            outcome: Outcome::Created,
                            value: json!({"id": id}),
                        }),
                    }
                }
                "primero.set_sync_status" => {
                    let id = arg_str(&args, "record_id")?;
                    let status = arg_str(&args, "status")?;
                    let url = self.sync_url(&args);
                    self.client
                        .set_sync_status(id, status, url)
                        .await
                        .map_err(op_error)?;
                    log.log(
                        Level::Info,
                        format!("sync status of case {id} set to `{status}`"),
                    )
                    .await;
                    Ok(OpValue::Json(json!({"record_id": id, "status": status})))
                }
                other => Err(OpError::failed(format!(
                    "unknown Primero operation `{other}`"
                ))),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn a_case_holds_what_was_sent_with_primero_keys_added() {
        let have = json!({
            "id": "c1", "sex": "female", "sync_status": "synced", "synced_at": "2026-12-05T10:00:00Z",
            "his_visits": [
                {"unique_id": "u1", "date": "2024-01-02", "created_by": "primero"},
                {"unique_id": "u0", "date": "2023-05-06"},
            ],
            "tags": ["a", "b"],
        });
        let sent = map(json!({
            "sex": "female", "mark_synced": true, "mark_synced_status": "synced",
            "mark_synced_url": "https://example.org/sync", "absent": null,
            "his_visits": [{"unique_id": "u1", "date": "2024-01-02"}],
            "tags": ["a", "b"],
        }));
        assert_eq!(difference(&have, &sent), None);
    }

    #[test]
    fn the_difference_names_its_path() {
        let have = json!({"his_visits": [{"unique_id": "u1", "date": "2024-01-02"}]});
        let sent = map(json!({"his_visits": [{"unique_id": "u1", "date": "2024-01-03"}]}));
        assert_eq!(
            difference(&have, &sent).as_deref(),
            Some("his_visits/u1/date")
        );
    }

    #[test]
    fn any_difference_is_sent() {
        let have = json!({"sex": "female", "sync_status": "failed",
            "his_visits": [{"unique_id": "u1", "date": "2024-01-02"}], "tags": ["a"]});
        for sent in [
            json!({"mark_synced_status": "synced"}),
            json!({"mark_synced": true}),
            json!({"sex": "male"}),
            json!({"age": 4}),
            json!({"his_visits": [{"unique_id": "u1", "date": "2024-01-03"}]}),
            json!({"his_visits": [{"unique_id": "u2", "date": "2024-01-02"}]}),
            json!({"his_visits": [{"date": "2024-01-02"}]}),
            json!({"tags": ["a", "b"]}),
        ] {
            assert!(difference(&have, &map(sent.clone())).is_some(), "{sent}");
        }
    }
}
