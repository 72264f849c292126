//! Read-ahead for case paging: after answering page `p` of a query, page
//! `p + 1` is built on a blocking thread while the client digests page `p`,
//! so a sequential pager (the runtime's workflows) rarely waits for the fake.
//!
//! One slot per server, holding at most one page of bytes. A prefetched page
//! is served only when the store has not changed since it was built (same
//! version), so answers are exactly what a fresh query would give.

use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

use super::page::{self, Built};
use super::store::Query;
use super::{PrimeroState, lock};

type Cell = Arc<OnceCell<Arc<Built>>>;

struct Slot {
    key: String,
    page: u64,
    cell: Cell,
}

#[derive(Default)]
pub(crate) struct Prefetch {
    slot: Mutex<Option<Slot>>,
}

impl Prefetch {
    fn take(&self, key: &str, page: u64) -> Option<Cell> {
        let mut slot = lock(&self.slot);
        if slot
            .as_ref()
            .is_some_and(|s| s.key == key && s.page == page)
        {
            slot.take().map(|s| s.cell)
        } else {
            None
        }
    }

    fn start(&self, key: String, page: u64) -> Cell {
        let cell = Cell::default();
        *lock(&self.slot) = Some(Slot {
            key,
            page,
            cell: cell.clone(),
        });
        cell
    }
}

async fn compute(
    state: Arc<PrimeroState>,
    q: Query,
    page: u64,
    per: u64,
    fields: Option<String>,
) -> Arc<Built> {
    let built =
        tokio::task::spawn_blocking(move || page::build(&state, &q, page, per, fields.as_deref()))
            .await;
    Arc::new(built.unwrap_or_else(|e| Built {
        version: u64::MAX,
        total: 0,
        bytes: Err(format!("page worker failed: {e}")),
    }))
}

/// The answer to page `page` of `q` (offset and limit already set), from the
/// read-ahead slot when it is still valid; then reads ahead the next page.
pub(crate) async fn serve(
    state: &Arc<PrimeroState>,
    q: Query,
    page: u64,
    per: u64,
    fields: Option<String>,
) -> Arc<Built> {
    let key = format!(
        "{:?}|{:?}|{}|{per}|{fields:?}",
        q.filters, q.order_by, q.desc
    );
    let mut built = None;
    if let Some(cell) = state.prefetch.take(&key, page) {
        let b = cell
            .get_or_init(|| compute(state.clone(), q.clone(), page, per, fields.clone()))
            .await
            .clone();
        if b.bytes.is_ok() && b.version == lock(&state.store).version() {
            built = Some(b);
        }
    }
    let built = match built {
        Some(b) => b,
        None => compute(state.clone(), q.clone(), page, per, fields.clone()).await,
    };
    if built.bytes.is_ok() && q.offset.saturating_add(per) < built.total {
        let cell = state.prefetch.start(key, page + 1);
        let mut next = q;
        next.offset = next.offset.saturating_add(per);
        let st = state.clone();
        tokio::spawn(async move {
            cell.get_or_init(|| compute(st, next, page + 1, per, fields))
                .await;
        });
    }
    built
}
