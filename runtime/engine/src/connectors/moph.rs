//! `moph.person_with_history`, `moph.upsert_primeroservice`.

use std::sync::Arc;

use adaptors::moph::{Cid, Client, MophConfig};
use futures_util::future::BoxFuture;
use serde_json::{Value, json};

use super::op_error;
use super::upsert::{Found, find_or_create};
use crate::config::{ConfigError, Credential, Endpoint, require};
use crate::engine::ops::{Args, JsonArg, OpError, OpLog, OpSig, OpValue, Operation, Ops, Output};
use crate::store::{Level, Outcome};

/// The day key is the date in Thailand (the legacy job used the UTC date, filing early-morning
/// runs under the previous day).
const DEFAULT_TZ: chrono_tz::Tz = chrono_tz::Asia::Bangkok;

pub fn signatures() -> Vec<OpSig> {
    vec![
        OpSig::new(
            "moph.person_with_history",
            Output::Json,
            Some("moph"),
            &["national_id"],
            &[],
        ),
        OpSig::new(
            "moph.upsert_primeroservice",
            Output::Outcome,
            Some("moph"),
            &["national_id", "value"],
            &["day", "timezone"],
        )
        // The day's document goes into the request bodies as it is.
        .sending(&["value"]),
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
    for sig in signatures() {
        ops.insert(Arc::new(MophOp {
            sig,
            client: client.clone(),
            policy: policy.clone(),
        }));
    }
    Ok(())
}

/// A MOPH HIS client for the endpoint and credential (also used by `mapwright drift --live`).
pub(crate) fn client(
    workflow: &str,
    ep: &Endpoint,
    cred: &Credential,
    policy: adaptors::RetryPolicy,
) -> Result<Client, ConfigError> {
    let email = require(workflow, cred, "email")?;
    let password = require(workflow, cred, "password")?;
    let mut cfg = MophConfig::new(ep.url.clone(), email, password);
    cfg.policy = policy;
    Client::new(cfg).map_err(|e| ConfigError::Parse {
        path: "endpoints.moph".into(),
        message: e.to_string(),
    })
}

struct MophOp {
    sig: OpSig,
    client: Arc<Client>,
    /// Rounds and backoff of find-again after an ambiguous create.
    policy: adaptors::RetryPolicy,
}

fn cid(args: &Args<'_>) -> Result<Cid, OpError> {
    Cid::from_value(args.get("national_id").unwrap_or(&Value::Null)).map_err(op_error)
}

fn day(args: &Args<'_>) -> Result<String, OpError> {
    if let Some(Value::String(d)) = args.get("day") {
        return Ok(d.clone());
    }
    let tz = match args.get("timezone") {
        Some(Value::String(z)) => z
            .parse::<chrono_tz::Tz>()
            .map_err(|_| OpError::invalid(format!("unknown time zone `{z}`")))?,
        _ => DEFAULT_TZ,
    };
    Ok(chrono::Utc::now()
        .with_timezone(&tz)
        .format("%Y-%m-%d")
        .to_string())
}

impl Operation for MophOp {
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
                "moph.person_with_history" => {
                    let cid = cid(&args)?;
                    let person = self
                        .client
                        .person_with_history(&cid)
                        .await
                        .map_err(op_error)?;
                    Ok(OpValue::Json(person))
                }
                "moph.upsert_primeroservice" => {
                    let cid = cid(&args)?;
                    let day = day(&args)?;
                    // Borrowed from the run's scope, never copied: the day's document is only
                    // read (serialised into the request bodies; a transform's output kept as
                    // the JSON it wrote is spliced in as it is).
                    let value = args.json("value").unwrap_or(JsonArg::Value(&Value::Null));
                    self.upsert_primeroservice(&cid, &day, value, log).await
                }
                other => Err(OpError::failed(format!("unknown MOPH operation `{other}`"))),
            }
        })
    }
}

impl MophOp {
    /// Find by cid -> patch the day; else person -> create. A failed find is a failure, never
    /// "absent" (that would create a second intervention), and a create whose failure does not
    /// prove it stored nothing is followed by a find, never by a second create.
    async fn upsert_primeroservice(
        &self,
        cid: &Cid,
        day: &str,
        value: JsonArg<'_>,
        log: &dyn OpLog,
    ) -> Result<OpValue, OpError> {
        let client = &*self.client;
        // Only the ids are read back: the documents HIS answers with are skipped unbuilt.
        let found = find_or_create(
            &self.policy,
            log,
            &format!("the primeroservice intervention for cid {cid}"),
            move || client.find_primero_intervention_id(cid),
            move || async move {
                let person = client.person_ref(cid).await?;
                client
                    .create_primero_intervention(&person, cid, day, &value)
                    .await
            },
        )
        .await?;
        match found {
            Found::Existing {
                value: iv,
                after_ambiguous,
            } => {
                let id = match iv.id {
                    Some(Value::String(s)) => s,
                    Some(Value::Number(n)) => n.to_string(),
                    _ => {
                        return Err(OpError::failed("the primeroservice intervention has no id"));
                    }
                };
                client
                    .set_intervention_day(&id, day, &value)
                    .await
                    .map_err(op_error)?;
                if after_ambiguous {
                    log.log(
                        Level::Info,
                        format!("the primeroservice intervention for cid {cid} was created (found after an unclear answer)"),
                    )
                    .await;
                }
                Ok(OpValue::Delivered {
                    // Found after our own ambiguous create: this run created it.
                    outcome: if after_ambiguous {
                        Outcome::Created
                    } else {
                        Outcome::Updated
                    },
                    value: json!({"intervention": id, "day": day}),
                })
            }
            Found::Created(created) => {
                log.log(
                    Level::Info,
                    format!("created the primeroservice intervention for cid {cid}"),
                )
                .await;
                Ok(OpValue::Delivered {
                    outcome: Outcome::Created,
                    value: json!({"intervention": created.id.unwrap_or(Value::Null), "day": day}),
                })
            }
        }
    }
}
