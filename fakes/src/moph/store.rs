//! People, interventions and risk models of the fake HIS / Child Shield:
//! generated ones (by index) plus documents inserted, created or patched at run time.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::data::DataGen;

pub(crate) struct MophStore {
    generator: DataGen,
    generated: u64,
    people: HashMap<String, Value>,
    person_order: Vec<String>,
    riskmodels: HashMap<String, Value>,
    interventions: HashMap<String, Value>,
    by_cid: HashMap<String, Vec<String>>,
    hidden: HashSet<String>,
}

/// The string form of a cid as LoopBack would coerce it for a string property.
pub(crate) fn cid_key(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Value at a dotted path (`activities.primeroservice.serviceType`).
pub(crate) fn dotted<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(doc, |v, k| v.get(k))
}

/// Sets a dotted path, creating intermediate objects (Mongo `$set` semantics).
pub(crate) fn set_dotted(doc: &mut Value, path: &str, value: Value) {
    let mut cur = doc;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        if !cur.is_object() {
            *cur = Value::Object(Map::new());
        }
        let Some(obj) = cur.as_object_mut() else {
            return;
        };
        if parts.peek().is_none() {
            obj.insert(part.to_owned(), value);
            return;
        }
        cur = obj.entry(part.to_owned()).or_insert_with(|| json!({}));
    }
}

/// Whether a generated intervention whose `activities` has only `keys` may satisfy `conds`: a
/// condition on `activities.<other key>…` reads a missing value, which never matches.
fn may_match(keys: &[&str], conds: &Map<String, Value>) -> bool {
    conds.keys().all(|k| {
        k.strip_prefix("activities.")
            .and_then(|rest| rest.split('.').next())
            .is_none_or(|key| keys.contains(&key))
    })
}

/// Whether a document satisfies a LoopBack `where` of equality conditions.
pub(crate) fn where_matches(doc: &Value, conds: &Map<String, Value>) -> bool {
    conds.iter().all(|(k, want)| {
        let got = dotted(doc, k);
        if k == "cid" {
            return got.and_then(cid_key) == cid_key(want);
        }
        got.is_some_and(|g| super::filter::loosely_equal(g, want))
    })
}

impl MophStore {
    pub fn new(generator: DataGen, generated: u64) -> Self {
        MophStore {
            generator,
            generated,
            people: HashMap::new(),
            person_order: Vec::new(),
            riskmodels: HashMap::new(),
            interventions: HashMap::new(),
            by_cid: HashMap::new(),
            hidden: HashSet::new(),
        }
    }

    fn generated_index(&self, cid: &str) -> Option<u64> {
        self.generator
            .index_of_cid(cid)
            .filter(|i| *i < self.generated && self.generator.person_exists(*i))
    }

    pub fn person(&self, cid: &str) -> Option<Value> {
        if let Some(p) = self.people.get(cid) {
            return Some(p.clone());
        }
        self.generated_index(cid)
            .and_then(|i| self.generator.person(i))
    }

    pub fn riskmodel(&self, cid: &str) -> Option<Value> {
        if self.people.contains_key(cid) {
            return self.riskmodels.get(cid).cloned();
        }
        self.generated_index(cid)
            .and_then(|i| self.generator.riskmodel(i))
    }

    /// Every intervention of a person, generated and stored, in insertion order.
    pub fn interventions_of(&self, cid: &str) -> Vec<Value> {
        let mut out: Vec<Value> = match self.generated_index(cid) {
            Some(i) if !self.people.contains_key(cid) => self
                .generator
                .interventions(i)
                .into_iter()
                .filter(|iv| {
                    iv.get("id")
                        .and_then(Value::as_str)
                        .is_none_or(|id| !self.hidden.contains(id))
                })
                .collect(),
            _ => Vec::new(),
        };
        for id in self.by_cid.get(cid).into_iter().flatten() {
            if let Some(iv) = self.interventions.get(id) {
                out.push(iv.clone());
            }
        }
        out
    }

    pub fn intervention(&self, id: &str) -> Option<Value> {
        if let Some(iv) = self.interventions.get(id) {
            return Some(iv.clone());
        }
        if self.hidden.contains(id) {
            return None;
        }
        let (idx, kind) = self.generator.parse_intervention_id(id)?;
        // The person's interventions are not built to find one: its id names it.
        let generated = idx < self.generated
            && self.generator.intervention_id(idx, kind) == id
            && self.generator.intervention_kinds(idx).contains(&kind);
        generated.then(|| self.generator.intervention(idx, kind))
    }

    /// The first of [`MophStore::interventions_of`]`(cid)` matching `conds`; of the generated
    /// ones, only those that can match are built.
    fn first_intervention_of(&self, cid: &str, conds: &Map<String, Value>) -> Option<Value> {
        if let Some(i) = self.generated_index(cid)
            && !self.people.contains_key(cid)
        {
            for kind in self.generator.intervention_kinds(i) {
                if !may_match(DataGen::activity_keys(kind), conds)
                    || self
                        .hidden
                        .contains(&self.generator.intervention_id(i, kind))
                {
                    continue;
                }
                let iv = self.generator.intervention(i, kind);
                if where_matches(&iv, conds) {
                    return Some(iv);
                }
            }
        }
        self.by_cid
            .get(cid)
            .into_iter()
            .flatten()
            .filter_map(|id| self.interventions.get(id))
            .find(|iv| where_matches(iv, conds))
            .cloned()
    }

    /// All cids, stored first then generated (LoopBack natural order, bounded).
    fn all_cids(&self) -> impl Iterator<Item = String> + '_ {
        let generated = (0..self.generated)
            .filter(|i| self.generator.person_exists(*i))
            .map(|i| self.generator.cid(i))
            .filter(|c| !self.people.contains_key(c));
        self.person_order.iter().cloned().chain(generated)
    }

    /// `people/findOne` without a usable cid: first person matching `where`.
    pub fn find_person(&self, conds: &Map<String, Value>) -> Option<Value> {
        self.all_cids()
            .filter_map(|c| self.person(&c))
            .find(|p| where_matches(p, conds))
    }

    /// Every person matching `where` (for a `findOne` with `order`).
    pub fn find_people(&self, conds: &Map<String, Value>) -> Vec<Value> {
        self.all_cids()
            .filter_map(|c| self.person(&c))
            .filter(|p| where_matches(p, conds))
            .collect()
    }

    /// Every intervention matching `where` (for a `findOne` with `order`).
    pub fn find_interventions(&self, conds: &Map<String, Value>) -> Vec<Value> {
        let cids: Vec<String> = match conds.get("cid").and_then(cid_key) {
            Some(cid) => vec![cid],
            None => self.all_cids().collect(),
        };
        cids.iter()
            .flat_map(|c| self.interventions_of(c))
            .filter(|iv| where_matches(iv, conds))
            .collect()
    }

    /// `interventions/findOne`: first intervention matching `where`.
    pub fn find_intervention(&self, conds: &Map<String, Value>) -> Option<Value> {
        if let Some(cid) = conds.get("cid").and_then(cid_key) {
            return self.first_intervention_of(&cid, conds);
        }
        // No cid (the WF1 defect): LoopBack returns the first match of what is left.
        self.all_cids()
            .flat_map(|c| self.interventions_of(&c))
            .find(|iv| where_matches(iv, conds))
    }

    pub fn insert_person(&mut self, person: Value, riskmodel: Option<Value>) -> Option<String> {
        let cid = person.get("cid").and_then(cid_key)?;
        if !self.people.contains_key(&cid) {
            self.person_order.push(cid.clone());
        }
        self.people.insert(cid.clone(), person);
        match riskmodel {
            Some(r) => self.riskmodels.insert(cid.clone(), r),
            None => self.riskmodels.remove(&cid),
        };
        Some(cid)
    }

    /// Stores an intervention (assigning an id when missing); returns it.
    pub fn insert_intervention(&mut self, mut doc: Value) -> Value {
        let id = match doc.get("id").and_then(Value::as_str) {
            Some(id) => id.to_owned(),
            None => {
                let id = crate::util::object_id(rand::random(), rand::random());
                doc["id"] = json!(id);
                id
            }
        };
        let cid = doc.get("cid").and_then(cid_key).unwrap_or_default();
        if !self.interventions.contains_key(&id) {
            self.by_cid.entry(cid).or_default().push(id.clone());
        }
        self.interventions.insert(id, doc.clone());
        doc
    }

    /// `PATCH /interventions/{id}`: dotted keys set nested values.
    pub fn patch_intervention(&mut self, id: &str, body: &Map<String, Value>) -> Option<Value> {
        let mut doc = self.intervention(id)?;
        for (k, v) in body {
            if k == "id" {
                continue;
            }
            set_dotted(&mut doc, k, v.clone());
        }
        if !self.interventions.contains_key(id) {
            self.hidden.insert(id.to_owned());
        }
        Some(self.insert_intervention(doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::KIND_PRIMERO;

    #[test]
    fn dotted_set_creates_and_overwrites_one_day() {
        let mut doc =
            json!({"activities": {"primeroservice": {"serviceType": "primero", "2022-01-01": 1}}});
        set_dotted(
            &mut doc,
            "activities.primeroservice.2022-09-16",
            json!({"a": 1}),
        );
        set_dotted(&mut doc, "activities.primeroservice.2022-01-01", json!(2));
        assert_eq!(
            doc,
            json!({"activities": {"primeroservice": {"serviceType": "primero", "2022-01-01": 2, "2022-09-16": {"a": 1}}}})
        );
        let mut empty = json!({});
        set_dotted(&mut empty, "a.b", json!(true));
        assert_eq!(empty, json!({"a": {"b": true}}));
    }

    /// Finding by cid, or reading by id, builds only the intervention it answers with: the
    /// answers are those of searching every intervention of the person.
    #[test]
    fn finds_answer_as_a_search_of_every_intervention() {
        let g = DataGen::new(3);
        let mut store = MophStore::new(g, 400);
        // Every 7th person: its primeroservice intervention patched (stored, the generated
        // copy hidden) and a second one created.
        for i in (0..400).step_by(7) {
            let id = g.intervention_id(i, KIND_PRIMERO);
            let body = json!({"activities.primeroservice.2030-01-01": {"x": i}});
            store.patch_intervention(&id, body.as_object().unwrap_or(&Map::new()));
            store.insert_intervention(
                json!({"cid": g.cid(i), "activities": {"primeroservice": {"serviceType": "primero"}}}),
            );
        }
        let mut found = 0;
        for i in 0..400 {
            let cid = g.cid(i);
            let every = store.interventions_of(&cid);
            for extra in [
                json!({"activities.primeroservice.serviceType": "primero"}),
                json!({"activities.primeroservice.2030-01-01.x": i}),
                json!({"activities.homeservice": null}),
                json!({"activities.2022-09-13.form1": "a"}),
                json!({"hcode": "10001"}),
                json!({}),
            ] {
                let mut conds = extra.as_object().cloned().unwrap_or_default();
                conds.insert("cid".into(), json!(cid));
                let first = every.iter().find(|iv| where_matches(iv, &conds)).cloned();
                found += usize::from(first.is_some());
                assert_eq!(store.find_intervention(&conds), first, "{i} {conds:?}");
            }
            for iv in &every {
                let id = iv["id"].as_str().unwrap_or_default();
                assert_eq!(store.intervention(id).as_ref(), Some(iv), "{id}");
            }
        }
        assert!(found > 400, "{found}");
        // Ids that name no intervention.
        let no_visit = (0..400).find(|i| !g.intervention_kinds(*i).contains(&3));
        assert_eq!(
            store.intervention(&g.intervention_id(no_visit.unwrap_or(0), 3)),
            None
        );
        assert_eq!(store.intervention(&g.intervention_id(400, 0)), None);
        let lower = g.intervention_id(1, 0);
        if lower.bytes().any(|b| b.is_ascii_lowercase()) {
            assert_eq!(store.intervention(&lower.to_uppercase()), None);
        }
    }

    #[test]
    fn patching_a_generated_intervention_keeps_one_copy() {
        let g = DataGen::new(11);
        let idx = (0..200)
            .find(|i| {
                g.interventions(*i)
                    .iter()
                    .any(|iv| iv["activities"].get("primeroservice").is_some())
            })
            .unwrap_or(0);
        let mut store = MophStore::new(g, 200);
        let cid = g.cid(idx);
        let conds = json!({"cid": cid, "activities.primeroservice.serviceType": "primero"});
        let conds = conds.as_object().cloned().unwrap_or_default();
        let iv = store.find_intervention(&conds).unwrap_or_default();
        let id = iv["id"].as_str().unwrap_or_default().to_owned();
        let before = store.interventions_of(&cid).len();
        let body = json!({"activities.primeroservice.2030-01-01": {"x": 1}});
        store.patch_intervention(&id, body.as_object().unwrap_or(&Map::new()));
        let after = store.interventions_of(&cid);
        assert_eq!(after.len(), before);
        let patched = store.intervention(&id).unwrap_or_default();
        assert_eq!(
            patched["activities"]["primeroservice"]["2030-01-01"],
            json!({"x": 1})
        );
        assert_eq!(
            patched["activities"]["primeroservice"]["serviceType"],
            json!("primero")
        );
    }
}
