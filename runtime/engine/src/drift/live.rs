//! `--live`: the forms, lookups and locations from the configured Primero endpoint, and one
//! person's questionnaires from the configured HIS endpoint, through the adaptors (with their
//! authentication, retries and timeouts). Credentials come from `mapwright.toml`; errors name
//! the endpoint, never a secret.

use adaptors::moph::Cid;
use serde_json::Value;

use super::{DriftRunError, Inputs};
use crate::config::Config;
use crate::connectors::{moph, policy, primero};

/// The name the config errors give the caller (endpoints are looked up as for a workflow).
const CALLER: &str = "drift";

/// Fills `inputs` with Primero's forms, lookups and locations as the endpoint serves them now.
pub async fn primero_exports(config: &Config, inputs: &mut Inputs) -> Result<(), DriftRunError> {
    let (ep, cred) = config
        .endpoint(CALLER, "primero")
        .map_err(|e| DriftRunError::Live(e.to_string()))?;
    let client = primero::client(CALLER, &ep, &cred, policy(&ep))
        .map_err(|e| DriftRunError::Live(e.to_string()))?;
    let live = |e: adaptors::Error| DriftRunError::Live(format!("Primero: {e}"));
    let list = |v: Vec<Value>| Value::Array(v).to_string();
    inputs.forms = Some(list(client.forms().await.map_err(live)?));
    inputs.lookups = Some(list(client.lookups().await.map_err(live)?));
    inputs.locations = Some(list(client.locations().await.map_err(live)?));
    Ok(())
}

/// Adds the HIS person response (with its interventions and questionnaires) of `national_id`.
pub async fn his_person(
    config: &Config,
    national_id: &str,
    inputs: &mut Inputs,
) -> Result<(), DriftRunError> {
    let cid = Cid::parse(national_id).map_err(|e| DriftRunError::Live(e.to_string()))?;
    let (ep, cred) = config
        .endpoint(CALLER, "moph")
        .map_err(|e| DriftRunError::Live(e.to_string()))?;
    let client = moph::client(CALLER, &ep, &cred, policy(&ep))
        .map_err(|e| DriftRunError::Live(e.to_string()))?;
    let person = client
        .person_with_history(&cid)
        .await
        .map_err(|e| DriftRunError::Live(format!("HIS: {e}")))?;
    inputs.questionnaires.push(person);
    Ok(())
}
