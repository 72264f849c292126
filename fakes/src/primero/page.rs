//! Writes a `GET /cases` body straight to bytes, one record at a time.
//!
//! Equivalent to serialising `{"data": [...], "metadata": {...}}` as one
//! `serde_json::Value`, without holding the page's records as a tree (nor
//! deep-copying them into one, as `json!({"data": vec})` does).

use axum::body::Bytes;
use serde_json::{Value, json};

use super::store::Query;
use super::{PrimeroState, lock};

/// A finished `GET /cases` answer and the store version it reflects.
pub(crate) struct Built {
    pub version: u64,
    pub total: u64,
    pub bytes: Result<Bytes, String>,
}

/// Runs `q` and writes its body. The store lock covers only the index work;
/// cases are generated and serialised one at a time after it is released.
pub(crate) fn build(
    state: &PrimeroState,
    q: &Query,
    page: u64,
    per: u64,
    fields: Option<&str>,
) -> Built {
    let (version, result) = {
        let mut store = lock(&state.store);
        (store.version(), store.query_page(q))
    };
    let total = result.total;
    let meta = json!({"total": total, "per": per, "page": page});
    let records = result.records().map(|r| super::cases::project(r, fields));
    Built {
        version,
        total,
        bytes: body(records, &meta)
            .map(Bytes::from)
            .map_err(|e| e.to_string()),
    }
}

/// Rough size of one serialised synthetic case, to size the buffer once.
const CASE_BYTES: usize = 2600;

/// `{"data":[<records>],"metadata":<meta>}` (keys in the order a `Value`
/// object would serialise them in either `serde_json` map mode).
pub(crate) fn body(
    records: impl ExactSizeIterator<Item = Value>,
    meta: &Value,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Vec::with_capacity(records.len() * CASE_BYTES + 128);
    out.extend_from_slice(b"{\"data\":[");
    for (k, rec) in records.enumerate() {
        if k > 0 {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, &rec)?;
    }
    out.extend_from_slice(b"],\"metadata\":");
    serde_json::to_writer(&mut out, meta)?;
    out.push(b'}');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn matches_serialising_the_whole_value() {
        let recs = vec![json!({"id": "a", "n": 1, "s": ["x"]}), json!({"id": "b"})];
        let meta = json!({"total": 2, "per": 20, "page": 1});
        let streamed = body(recs.clone().into_iter(), &meta).unwrap_or_default();
        let whole = serde_json::to_vec(&json!({"data": recs, "metadata": meta}));
        assert_eq!(Some(streamed), whole.ok());
        let empty = body(Vec::new().into_iter(), &meta).unwrap_or_default();
        let whole = serde_json::to_vec(&json!({"data": [], "metadata": meta}));
        assert_eq!(Some(empty), whole.ok());
    }
}
