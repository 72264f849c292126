//! Cached results of case queries, so paging 100 000 generated cases does not
//! re-filter and re-sort (or, for field filters, re-generate) every case for
//! every page.
//!
//! Two layers: the filter verdict of each still-generated case (a pure
//! function of its index and the filters, so it survives changes to other
//! cases), and the sorted result of the last query, valid until the store
//! changes.

use super::filter::Cond;
use super::store::{OrderBy, Query};

struct Sorted {
    order_by: OrderBy,
    desc: bool,
    version: u64,
    positions: Vec<u32>,
}

#[derive(Default)]
pub(crate) struct HitCache {
    filters: Vec<(String, Cond)>,
    /// Verdict by entry position; meaningful only while that entry is generated.
    generated: Vec<Option<bool>>,
    sorted: Option<Sorted>,
}

impl HitCache {
    /// True when the sorted result of `q` at store `version` is cached.
    pub fn is_sorted_for(&self, q: &Query, version: u64) -> bool {
        self.filters == q.filters
            && self.sorted.as_ref().is_some_and(|s| {
                s.order_by == q.order_by && s.desc == q.desc && s.version == version
            })
    }

    /// Forgets everything when the filters differ from the cached ones.
    pub fn reset_unless(&mut self, filters: &[(String, Cond)]) {
        if self.filters != filters {
            self.filters = filters.to_vec();
            self.generated.clear();
        }
        self.sorted = None;
    }

    /// The cached verdict of the generated entry at `pos`.
    pub fn generated(&self, pos: usize) -> Option<bool> {
        self.generated.get(pos).copied().flatten()
    }

    pub fn remember_generated(&mut self, pos: usize, ok: bool) {
        if self.generated.len() <= pos {
            self.generated.resize(pos + 1, None);
        }
        self.generated[pos] = Some(ok);
    }

    pub fn set_sorted(&mut self, q: &Query, version: u64, positions: Vec<u32>) {
        self.sorted = Some(Sorted {
            order_by: q.order_by,
            desc: q.desc,
            version,
            positions,
        });
    }

    /// Positions of the last sorted result (empty when none).
    pub fn sorted(&self) -> &[u32] {
        self.sorted.as_ref().map_or(&[], |s| &s.positions)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Map, Value, json};

    use super::super::filter;
    use super::super::store::{CaseStore, OrderBy, Query};
    use crate::data::DataGen;

    fn query(filters: &[(&str, &str)], order_by: OrderBy) -> Query {
        Query {
            filters: filters
                .iter()
                .filter_map(|(k, v)| Some(((*k).to_owned(), filter::parse(v)?)))
                .collect(),
            order_by,
            desc: false,
            offset: 0,
            limit: 1000,
        }
    }

    fn ids(records: &[Value]) -> Vec<String> {
        records
            .iter()
            .filter_map(|r| r["id"].as_str().map(str::to_owned))
            .collect()
    }

    /// Brute force over freshly built records: what the cache must agree with.
    fn open_ids(store: &CaseStore, all: &[String]) -> Vec<String> {
        let mut recs: Vec<Value> = all
            .iter()
            .filter_map(|id| store.get(id))
            .filter(|r| r["status"] == json!("open"))
            .collect();
        recs.sort_by_key(|r| r["created_at"].as_str().map(str::to_owned));
        ids(&recs)
    }

    #[test]
    fn cached_results_follow_updates_and_inserts() {
        let g = DataGen::new(11);
        let mut store = CaseStore::new(g, 60);
        let all: Vec<String> = (0..60).map(|i| g.case_meta(i).id).collect();
        let q = query(&[("status", "open")], OrderBy::CreatedAt);
        let (total, first) = store.query(&q);
        assert_eq!(ids(&first), open_ids(&store, &all));
        assert!(total > 20 && total < 60, "{total}");
        // Paging the same query again gives the same answer.
        assert_eq!(store.query(&q).1, first);

        // Close an open case and reopen a closed one: both verdicts change.
        let open = ids(&first)[3].clone();
        let closed = all
            .iter()
            .find(|id| {
                store
                    .get(id)
                    .is_some_and(|r| r["status"] == json!("closed"))
            })
            .cloned()
            .unwrap_or_default();
        let set = |status: &str| Map::from_iter([("status".to_owned(), json!(status))]);
        assert!(store.update(&open, set("closed"), "u").is_some());
        assert!(store.update(&closed, set("open"), "u").is_some());
        let (total2, second) = store.query(&q);
        assert_eq!(total2, total);
        assert!(!ids(&second).contains(&open));
        assert!(ids(&second).contains(&closed));
        assert_eq!(ids(&second), open_ids(&store, &all));

        // A new stored case joins; order by last update puts it last.
        let new_id = store.insert_raw(json!({
            "status": "open",
            "created_at": "2020-01-01T00:00:00.000Z",
            "last_updated_at": "2099-01-01T00:00:00.000Z"
        }));
        let (total3, third) = store.query(&q);
        assert_eq!(total3, total + 1);
        assert_eq!(ids(&third).first(), Some(&new_id), "oldest created_at");
        let by_update = store.query(&query(&[("status", "open")], OrderBy::LastUpdatedAt));
        assert_eq!(ids(&by_update.1).last(), Some(&new_id));

        // Offset and limit slice the cached order.
        let mut sliced = query(&[("status", "open")], OrderBy::CreatedAt);
        sliced.offset = 2;
        sliced.limit = 3;
        assert_eq!(ids(&store.query(&sliced).1), ids(&third)[2..5].to_vec());
    }
}
