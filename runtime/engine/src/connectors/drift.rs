//! `drift.check`: the drift check as a workflow step, for a daily schedule. It compares the
//! mappings with Primero's forms, lookups and locations (live from the `primero` endpoint when
//! the workflow lists it, or export files given as arguments) and with the questionnaires of
//! HIS person files or of one person fetched live (`national_id`, when the workflow lists
//! `moph`). No drift: the step succeeds with `{"drift": false, …}`. Drift: the step fails with the
//! findings as its error (unless `fail_on_drift: false`), so the run ends failed and the
//! failure e-mail tells the admins what changed, file and line included.

use std::path::PathBuf;
use std::sync::Arc;

use futures_util::future::BoxFuture;
use serde_json::{Value, json};

use crate::config::Config;
use crate::drift::{self, Inputs};
use crate::engine::ops::{Args, OpError, OpLog, OpSig, OpValue, Operation, Ops, Output};
use crate::store::Level;

const NAME: &str = "drift.check";

pub fn signatures() -> Vec<OpSig> {
    vec![OpSig::new(
        NAME,
        Output::Json,
        None,
        &[],
        &[
            "deployment",
            "forms",
            "lookups",
            "locations",
            "questionnaires",
            "national_id",
            "fail_on_drift",
        ],
    )]
}

/// Registers the operation; `live` lists the endpoints the workflow declares (`primero`,
/// `moph`), which are read live.
pub fn register(ops: &mut Ops, config: Arc<Config>, live: Vec<String>) {
    ops.insert(Arc::new(DriftCheck {
        sig: signatures().remove(0),
        config,
        live,
    }));
}

struct DriftCheck {
    sig: OpSig,
    config: Arc<Config>,
    live: Vec<String>,
}

fn opt_str<'a>(args: &'a Args<'_>, name: &str) -> Result<Option<&'a str>, OpError> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(OpError::invalid(format!(
            "argument `{name}` must be a string"
        ))),
    }
}

fn paths(args: &Args<'_>) -> Result<Vec<PathBuf>, OpError> {
    match args.get("questionnaires") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(vec![PathBuf::from(s)]),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_str().map(PathBuf::from).ok_or_else(|| {
                    OpError::invalid("argument `questionnaires` must list file paths")
                })
            })
            .collect(),
        Some(_) => Err(OpError::invalid(
            "argument `questionnaires` must be a path or a list of paths",
        )),
    }
}

impl Operation for DriftCheck {
    fn sig(&self) -> &OpSig {
        &self.sig
    }

    fn call<'a>(
        &'a self,
        args: Args<'a>,
        log: &'a dyn OpLog,
    ) -> BoxFuture<'a, Result<OpValue, OpError>> {
        Box::pin(async move {
            let failed = |e: drift::DriftRunError| OpError::failed(e.to_string());
            let p = |name| opt_str(&args, name).map(|s| s.map(PathBuf::from));
            let mut inputs = Inputs::read(
                p("forms")?.as_deref(),
                p("lookups")?.as_deref(),
                p("locations")?.as_deref(),
                &paths(&args)?,
            )
            .map_err(failed)?;
            if self.live.iter().any(|e| e == "primero") {
                drift::live::primero_exports(&self.config, &mut inputs)
                    .await
                    .map_err(failed)?;
            }
            if let Some(cid) = opt_str(&args, "national_id")?
                && self.live.iter().any(|e| e == "moph")
            {
                drift::live::his_person(&self.config, cid, &mut inputs)
                    .await
                    .map_err(failed)?;
            }
            let dir = self.config.mappings_dir();
            let only = opt_str(&args, "deployment")?.map(str::to_owned);
            let all =
                tokio::task::spawn_blocking(move || drift::check(&dir, only.as_deref(), &inputs))
                    .await
                    .map_err(|e| OpError::failed(format!("the drift check stopped: {e}")))?
                    .map_err(failed)?;
            let findings: usize = all
                .iter()
                .map(|d| {
                    d.report
                        .findings
                        .iter()
                        .filter(|f| f.kind.is_drift())
                        .count()
                })
                .sum();
            let summary = drift::summary(&all);
            let fail = args
                .get("fail_on_drift")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            if findings > 0 {
                log.log(Level::Warn, summary.clone()).await;
                if fail {
                    return Err(OpError::failed(summary));
                }
            } else {
                log.log(Level::Info, "no drift".to_owned()).await;
            }
            Ok(OpValue::Json(json!({
                "drift": findings > 0,
                "findings": findings,
                "summary": summary,
            })))
        })
    }
}
