//! Case storage: lazily generated cases plus records created or changed at run
//! time, PATCH merge semantics and the sync-status audit log.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::filter::{self, Cond};
use super::hits::HitCache;
use crate::data::DataGen;
use crate::util::{iso_ms, random_uuid};

enum Slot {
    Generated(u64),
    Stored(Box<Value>),
}

struct Entry {
    id: String,
    created_ms: i64,
    updated_ms: i64,
    slot: Slot,
}

/// One entry of a case's sync-status audit log (written by `mark_synced*`).
#[derive(Clone, Debug, PartialEq)]
pub struct SyncEntry {
    /// `mark_synced_status`, else `synced` / `failed` from `mark_synced`.
    pub status: String,
    pub url: Option<String>,
    pub mark_synced: Option<bool>,
    pub at: String,
}

/// Order of a case query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OrderBy {
    CreatedAt,
    LastUpdatedAt,
}

#[derive(Clone)]
pub(crate) struct Query {
    pub filters: Vec<(String, Cond)>,
    pub order_by: OrderBy,
    pub desc: bool,
    pub offset: u64,
    pub limit: u64,
}

pub(crate) struct CaseStore {
    generator: DataGen,
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    sync_log: HashMap<String, Vec<SyncEntry>>,
    /// Bumped on every change of `entries`; keys the cached query results.
    version: u64,
    hits: HitCache,
}

/// One record of a result page, still to be materialised: generated cases
/// are built (outside the store lock) only while their page is written.
pub(crate) enum PageItem {
    Generated(u64),
    Stored(Value),
}

/// A result page of [`CaseStore::query_page`].
pub(crate) struct Page {
    pub total: u64,
    pub items: Vec<PageItem>,
    pub generator: DataGen,
}

impl Page {
    /// The records of the page, built one at a time.
    pub fn records(self) -> impl ExactSizeIterator<Item = Value> {
        let g = self.generator;
        self.items.into_iter().map(move |item| match item {
            PageItem::Generated(idx) => g.case(idx),
            PageItem::Stored(v) => v,
        })
    }
}

impl CaseStore {
    pub fn new(generator: DataGen, count: u64) -> Self {
        let mut store = CaseStore {
            generator,
            entries: Vec::with_capacity(count as usize),
            by_id: HashMap::with_capacity(count as usize),
            sync_log: HashMap::new(),
            version: 0,
            hits: HitCache::default(),
        };
        for idx in 0..count {
            let meta = generator.case_meta(idx);
            store.by_id.insert(meta.id.clone(), store.entries.len());
            store.entries.push(Entry {
                id: meta.id,
                created_ms: meta.created_ms,
                updated_ms: meta.updated_ms,
                slot: Slot::Generated(idx),
            });
        }
        store
    }

    /// Changes with every insert or update (query results may differ).
    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    fn record(&self, e: &Entry) -> Value {
        match &e.slot {
            Slot::Generated(idx) => self.generator.case(*idx),
            Slot::Stored(v) => (**v).clone(),
        }
    }

    pub fn get(&self, id: &str) -> Option<Value> {
        self.by_id.get(id).map(|i| self.record(&self.entries[*i]))
    }

    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    /// Stores a record as given; generates `id` when missing.
    pub fn insert_raw(&mut self, mut record: Value) -> String {
        let id = match record.get("id").and_then(Value::as_str) {
            Some(id) => id.to_owned(),
            None => {
                let id = random_uuid();
                record["id"] = json!(id);
                id
            }
        };
        let ms = |k: &str| {
            record
                .get(k)
                .and_then(Value::as_str)
                .and_then(crate::util::parse_time_ms)
        };
        let now = chrono::Utc::now().timestamp_millis();
        let created_ms = ms("created_at").unwrap_or(now);
        let updated_ms = ms("last_updated_at").unwrap_or(created_ms);
        let entry = Entry {
            id: id.clone(),
            created_ms,
            updated_ms,
            slot: Slot::Stored(Box::new(record)),
        };
        self.version += 1;
        match self.by_id.get(&id) {
            Some(i) => self.entries[*i] = entry,
            None => {
                self.by_id.insert(id.clone(), self.entries.len());
                self.entries.push(entry);
            }
        }
        id
    }

    /// Whether entry `e` satisfies every filter.
    fn matches(&self, e: &Entry, filters: &[(String, Cond)]) -> bool {
        let mut full: Option<Value> = None;
        filters
            .iter()
            .all(|(key, cond)| match (key.as_str(), &e.slot) {
                ("id", _) => filter::matches(Some(&Value::String(e.id.clone())), cond),
                ("created_at", _) => filter::matches_ms(e.created_ms, cond),
                ("last_updated_at", _) => filter::matches_ms(e.updated_ms, cond),
                // Cheap for generated cases: no need to build the whole record.
                ("national_id_no", Slot::Generated(idx)) => {
                    filter::matches(self.generator.national_id_variant(*idx).as_ref(), cond)
                }
                _ => {
                    let rec = full.get_or_insert_with(|| self.record(e));
                    filter::matches(rec.get(key.as_str()), cond)
                }
            })
    }

    /// Positions of the entries matching `q`, in result order. Cached: paging
    /// through one query sorts (and, for field filters, generates) once, and
    /// after a change only stored entries are evaluated again.
    fn hits(&mut self, q: &Query) -> &[u32] {
        if !self.hits.is_sorted_for(q, self.version) {
            let mut cache = std::mem::take(&mut self.hits);
            cache.reset_unless(&q.filters);
            let mut hits: Vec<u32> = Vec::new();
            for (i, e) in self.entries.iter().enumerate() {
                let ok = match e.slot {
                    Slot::Generated(_) => match cache.generated(i) {
                        Some(known) => known,
                        None => {
                            let ok = self.matches(e, &q.filters);
                            cache.remember_generated(i, ok);
                            ok
                        }
                    },
                    Slot::Stored(_) => self.matches(e, &q.filters),
                };
                if ok {
                    hits.push(i as u32);
                }
            }
            let entries = &self.entries;
            hits.sort_by_key(|i| {
                let e = &entries[*i as usize];
                match q.order_by {
                    OrderBy::CreatedAt => (e.created_ms, *i),
                    OrderBy::LastUpdatedAt => (e.updated_ms, *i),
                }
            });
            if q.desc {
                hits.reverse();
            }
            cache.set_sorted(q, self.version, hits);
            self.hits = cache;
        }
        self.hits.sorted()
    }

    /// Runs a query: the total matches and the requested slice, unbuilt.
    pub fn query_page(&mut self, q: &Query) -> Page {
        let generator = self.generator;
        let hits = self.hits(q);
        let total = hits.len() as u64;
        let positions: Vec<u32> = hits
            .iter()
            .skip(usize::try_from(q.offset).unwrap_or(usize::MAX))
            .take(usize::try_from(q.limit).unwrap_or(usize::MAX))
            .copied()
            .collect();
        let items = positions
            .into_iter()
            .map(|i| match &self.entries[i as usize].slot {
                Slot::Generated(idx) => PageItem::Generated(*idx),
                Slot::Stored(v) => PageItem::Stored((**v).clone()),
            })
            .collect();
        Page {
            total,
            items,
            generator,
        }
    }

    /// Runs a query: (total matches, the requested slice).
    #[cfg(test)]
    pub fn query(&mut self, q: &Query) -> (u64, Vec<Value>) {
        let page = self.query_page(q);
        (page.total, page.records().collect())
    }

    /// Creates a case from submitted fields; fills the server-side fields.
    pub fn create(&mut self, mut data: Map<String, Value>, user: &str) -> Value {
        let sync = take_sync_fields(&mut data);
        let now = chrono::Utc::now().timestamp_millis();
        let id = data
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(random_uuid);
        let case_id = random_uuid();
        let short_id = case_id[case_id.len() - 7..].to_owned();
        let mut rec = Map::new();
        rec.insert("id".into(), json!(id));
        rec.insert("enabled".into(), json!(true));
        rec.insert("case_id".into(), json!(case_id));
        rec.insert("short_id".into(), json!(short_id));
        rec.insert("case_id_display".into(), json!(short_id));
        rec.insert("status".into(), json!("open"));
        rec.insert("workflow".into(), json!("new"));
        rec.insert("record_state".into(), json!(true));
        rec.insert("owned_by".into(), json!(user));
        rec.insert("created_by".into(), json!(user));
        rec.insert("last_updated_by".into(), json!(user));
        rec.insert("module_id".into(), json!("primeromodule-cp"));
        rec.insert("created_at".into(), json!(iso_ms(now)));
        rec.insert("last_updated_at".into(), json!(iso_ms(now)));
        rec.insert("registration_date".into(), json!(iso_ms(now)[..10]));
        for (k, v) in data {
            rec.insert(k, with_subform_ids(v));
        }
        let mut record = Value::Object(rec);
        if let Some(s) = sync {
            self.log_sync(&id, s, &mut record, now);
        }
        self.insert_raw(record.clone());
        record
    }

    /// PATCH merge. Returns `{"id", "enabled", ...changed fields}`, or `None` if unknown.
    pub fn update(&mut self, id: &str, mut data: Map<String, Value>, user: &str) -> Option<Value> {
        let i = *self.by_id.get(id)?;
        let before = self.record(&self.entries[i]);
        let mut record = before.clone();
        let sync = take_sync_fields(&mut data);
        data.remove("id");
        let obj = record.as_object_mut()?;
        for (k, v) in data {
            let merged = match (obj.get(&k), v) {
                (Some(Value::Array(old)), Value::Array(new)) if is_subform(&new) => {
                    Value::Array(merge_subform(old, new))
                }
                (_, v) => with_subform_ids(v),
            };
            obj.insert(k, merged);
        }
        let prev = self.entries[i].updated_ms;
        let now = chrono::Utc::now().timestamp_millis().max(prev + 1);
        obj.insert("last_updated_at".into(), json!(iso_ms(now)));
        obj.insert("last_updated_by".into(), json!(user));
        if let Some(s) = sync {
            self.log_sync(id, s, &mut record, now);
        }
        let mut changed = Map::new();
        changed.insert("id".into(), json!(id));
        changed.insert(
            "enabled".into(),
            record.get("enabled").cloned().unwrap_or(json!(true)),
        );
        if let Some(obj) = record.as_object() {
            for (k, v) in obj {
                if before.get(k) != Some(v) {
                    changed.insert(k.clone(), v.clone());
                }
            }
        }
        self.version += 1;
        let e = &mut self.entries[i];
        e.updated_ms = now;
        e.slot = Slot::Stored(Box::new(record));
        Some(Value::Object(changed))
    }

    /// Soft delete (`record_state=false`, `enabled=false`).
    pub fn disable(&mut self, id: &str, user: &str) -> bool {
        let mut data = Map::new();
        data.insert("record_state".into(), json!(false));
        data.insert("enabled".into(), json!(false));
        self.update(id, data, user).is_some()
    }

    fn log_sync(&mut self, id: &str, s: SyncFields, record: &mut Value, now: i64) {
        let status = s.status.clone().unwrap_or_else(|| {
            if s.mark_synced == Some(true) {
                "synced"
            } else {
                "failed"
            }
            .to_owned()
        });
        record["sync_status"] = json!(status);
        record["synced_at"] = json!(iso_ms(now));
        self.sync_log
            .entry(id.to_owned())
            .or_default()
            .push(SyncEntry {
                status,
                url: s.url,
                mark_synced: s.mark_synced,
                at: iso_ms(now),
            });
    }

    pub fn sync_log(&self, id: &str) -> Vec<SyncEntry> {
        self.sync_log.get(id).cloned().unwrap_or_default()
    }
}

struct SyncFields {
    mark_synced: Option<bool>,
    status: Option<String>,
    url: Option<String>,
}

/// Removes the three sync attributes; `Some` when an audit entry is due.
fn take_sync_fields(data: &mut Map<String, Value>) -> Option<SyncFields> {
    let mark_synced = data.remove("mark_synced").and_then(|v| v.as_bool());
    let status = data
        .remove("mark_synced_status")
        .and_then(|v| v.as_str().map(str::to_owned));
    let url = data
        .remove("mark_synced_url")
        .and_then(|v| v.as_str().map(str::to_owned));
    (mark_synced.is_some() || status.is_some()).then_some(SyncFields {
        mark_synced,
        status,
        url,
    })
}

fn is_subform(items: &[Value]) -> bool {
    !items.is_empty() && items.iter().all(Value::is_object)
}

/// Subform entries get a `unique_id` when they have none.
fn with_subform_ids(v: Value) -> Value {
    match v {
        Value::Array(items) if is_subform(&items) => Value::Array(
            items
                .into_iter()
                .filter(|e| e.get("_destroy") != Some(&json!(true)))
                .map(|mut e| {
                    if e.get("unique_id").and_then(Value::as_str).is_none() {
                        e["unique_id"] = json!(random_uuid());
                    }
                    e
                })
                .collect(),
        ),
        other => other,
    }
}

/// Merges subform entries by `unique_id`: matching entries are updated field
/// by field, new ones appended, `"_destroy": true` removes.
fn merge_subform(old: &[Value], new: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = old.to_vec();
    for mut entry in new {
        let uid = entry
            .get("unique_id")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let destroy = entry
            .as_object_mut()
            .and_then(|o| o.remove("_destroy"))
            .is_some_and(|d| d == json!(true));
        let pos = uid.as_deref().and_then(|u| {
            out.iter()
                .position(|e| e.get("unique_id").and_then(Value::as_str) == Some(u))
        });
        match (pos, destroy) {
            (Some(p), true) => {
                out.remove(p);
            }
            (None, true) => {}
            (Some(p), false) => {
                if let (Some(target), Some(fields)) = (out[p].as_object_mut(), entry.as_object()) {
                    for (k, v) in fields {
                        target.insert(k.clone(), v.clone());
                    }
                }
            }
            (None, false) => {
                if uid.is_none() {
                    entry["unique_id"] = json!(random_uuid());
                }
                out.push(entry);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subform_merge_updates_appends_and_destroys() {
        let old = vec![
            json!({"unique_id": "a", "x": 1, "y": 1}),
            json!({"unique_id": "b", "x": 2}),
        ];
        let new = vec![
            json!({"unique_id": "a", "x": 10}),
            json!({"unique_id": "b", "_destroy": true}),
            json!({"unique_id": "c", "x": 3}),
            json!({"x": 4}),
        ];
        let out = merge_subform(&old, new);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0], json!({"unique_id": "a", "x": 10, "y": 1}));
        assert_eq!(out[1], json!({"unique_id": "c", "x": 3}));
        assert!(out[2]["unique_id"].is_string());
        assert_eq!(out[2]["x"], json!(4));
    }

    #[test]
    fn multi_selects_are_replaced_not_merged() {
        let mut store = CaseStore::new(DataGen::new(1), 0);
        let rec = store.create(
            Map::from_iter([("nationality".to_owned(), json!(["thailand", "laos"]))]),
            "u",
        );
        let id = rec["id"].as_str().unwrap_or_default().to_owned();
        let changed = store
            .update(
                &id,
                Map::from_iter([("nationality".to_owned(), json!(["myanmar"]))]),
                "u",
            )
            .unwrap_or_default();
        assert_eq!(changed["nationality"], json!(["myanmar"]));
        assert_eq!(
            store.get(&id).unwrap_or_default()["nationality"],
            json!(["myanmar"])
        );
    }
}
