//! Fake Primero, HIS and Child Shield servers.
//!
//! * [`FakePrimero`]: Primero API v2 (`/api/v2/...`) as one release behaves
//!   ([`primero::PrimeroVersion`]): token and Basic auth, paged and filtered case
//!   queries, create / merge-update validated against the served forms (422
//!   "Invalid Record JSON"), sync-status audit log, forms, lookups, locations
//!   (one source with the synthetic cases), the real error envelopes.
//! * [`FakeMoph`]: MOPH HIS / Child Shield, LoopBack 3 style (`/api/...`):
//!   `Users/login`, `people/findOne`, `interventions` find / create / patch,
//!   filters in the JSON and the bracket encoding.
//! * [`data`]: a seeded generator of synthetic records in the real shapes,
//!   lazy by index so 100 000+ cases cost nothing until served.
//! * [`fault`]: latency, error rates, "fail the next N requests", hangs,
//!   truncated and malformed bodies, errors and hangs *after* the request was
//!   processed, per server and changeable at run time; random faults also from
//!   one line of text ([`FaultConfig::parse_spec`], `mapwright fakes --faults`).
//!
//! Every server binds 127.0.0.1 on a free port unless told otherwise and is
//! stopped with `shutdown()` (or when its handle is dropped).

pub mod data;
pub mod fault;
mod fault_spec;
pub mod moph;
pub mod primero;
mod server;
pub mod shared;
mod util;

pub use data::DataGen;
pub use fault::{ErrorRate, Fault, FaultConfig, FaultRate, RouteStats};
pub use fault_spec::FaultSpecError;
pub use moph::{FakeMoph, MophConfig};
pub use primero::{FakePrimero, PrimeroConfig};
pub use server::{StartError, any_local_port};

/// Starts a fake Primero and a fake MOPH seeded with the same synthetic
/// population of `cases` records (case `i` and HIS person `i` share a cid).
pub async fn seed(seed: u64, cases: u64) -> Result<(FakePrimero, FakeMoph), StartError> {
    let primero = FakePrimero::start(PrimeroConfig {
        seed,
        generated_cases: cases,
        ..PrimeroConfig::default()
    })
    .await?;
    let moph = FakeMoph::start(MophConfig {
        seed,
        generated_people: cases,
        ..MophConfig::default()
    })
    .await?;
    Ok((primero, moph))
}
