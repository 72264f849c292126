//! `notify.admins`: tells the administrators about a failed sync. The message goes into the
//! run log at error level with the recipients (what the admin page and `mapwright show`
//! display); sending it by e-mail (SMTP) belongs to the notifications issue.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use serde_json::json;

use crate::engine::ops::{Args, OpError, OpLog, OpSig, OpValue, Operation, Ops, Output, arg_str};
use crate::store::Level;

pub fn signatures() -> Vec<OpSig> {
    vec![OpSig::new(
        "notify.admins",
        Output::Json,
        None,
        &["message"],
        &[],
    )]
}

pub fn register(ops: &mut Ops, admins: Arc<Vec<String>>) {
    ops.insert(Arc::new(Notify {
        sig: signatures().remove(0),
        admins,
    }));
}

struct Notify {
    sig: OpSig,
    admins: Arc<Vec<String>>,
}

impl Operation for Notify {
    fn sig(&self) -> &OpSig {
        &self.sig
    }

    fn call<'a>(
        &'a self,
        args: Args<'a>,
        log: &'a dyn OpLog,
    ) -> BoxFuture<'a, Result<OpValue, OpError>> {
        Box::pin(async move {
            let message = arg_str(&args, "message")?;
            let to = if self.admins.is_empty() {
                "no admin configured".to_owned()
            } else {
                self.admins.join(", ")
            };
            log.log(
                Level::Error,
                format!("admin notification ({to}): {message}"),
            )
            .await;
            Ok(OpValue::Json(json!({"notified": self.admins.len()})))
        })
    }
}
