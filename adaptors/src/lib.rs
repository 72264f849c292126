//! Adaptors for Primero API v2 and MOPH HIS / Child Shield.
//!
//! * [`primero::Client`]: Basic or token auth (re-login once on 401), paged
//!   case queries ([`primero::CasePages`]), case get / create / update,
//!   sync status, forms, lookups, locations.
//! * [`moph::Client`]: login, person with history, person, the `primeroservice`
//!   intervention, create intervention, patch one day.
//! * [`http`]: the shared layer: per-call timeout, bounded retries with
//!   exponential backoff and jitter, `Retry-After`, attempt observer.
//! * [`Error`]: typed failures. Secrets never appear in them: passwords and
//!   tokens are scrubbed from every message, paths carry no query string and
//!   transport messages are built without URLs.
//!
//! Documents are `serde_json::Value`s at this layer.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use adaptors::primero::{Client, PrimeroAuth, PrimeroConfig};
//!
//! // A fake Primero with 2 500 synthetic cases (more than one capped page).
//! let fake = fakes::FakePrimero::start(fakes::PrimeroConfig {
//!     generated_cases: 2500,
//!     ..Default::default()
//! })
//! .await?;
//! let auth = PrimeroAuth::Basic {
//!     username: fakes::primero::DEFAULT_USER.into(),
//!     password: fakes::primero::DEFAULT_PASSWORD.into(),
//! };
//! let client = Client::new(PrimeroConfig::new(fake.url(), auth))?;
//! let mut pages = client.cases_since(Some("2023-01-01T00:00:00.000Z"));
//! let mut seen = 0;
//! while let Some(page) = pages.next_page().await? {
//!     seen += page.cases.len(); // one page in memory at a time
//! }
//! assert_eq!(seen, 2500);
//! # Ok(())
//! # }
//! ```

mod base_url;
pub mod error;
pub mod http;
pub mod moph;
pub mod pick;
pub mod primero;
mod redact;
mod transport;

pub use error::{Call, Error};
pub use http::{Attempt, Observer, RetryPolicy};
pub use redact::REDACTED;

#[cfg(test)]
mod tests {
    fn shareable<T: Send + Sync + Clone + 'static>() {}

    #[test]
    fn clients_and_pagers_can_move_into_tasks() {
        shareable::<crate::primero::Client>();
        shareable::<crate::moph::Client>();
        fn sendable<T: Send + 'static>() {}
        sendable::<crate::primero::CasePages>();
        sendable::<crate::Error>();
    }

    /// Compile-time check: the runtime can `tokio::spawn` these futures.
    #[allow(dead_code)]
    fn futures_are_send(
        mut pages: crate::primero::CasePages,
        moph: crate::moph::Client,
        cid: crate::moph::Cid,
    ) {
        fn is_send<T: Send>(_: &T) {}
        let page = async move { pages.next_page().await };
        is_send(&page);
        let person = async move { moph.person_with_history(&cid).await };
        is_send(&person);
    }
}
