//! The YAML shape of a workflow file, with spans. One struct per node and optional keys instead
//! of tagged enums (serde-saphyr loses spans inside those); [`super::compile`] checks which keys
//! go together.

use std::collections::BTreeMap;

use mapping_dsl::yaml::Sp;
use serde::Deserialize;

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkflowFile {
    pub workflow: Sp<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub trigger: Sp<TriggerSpec>,
    /// Endpoints (and so credentials) the workflow uses, by name in `mapwright.toml`.
    #[serde(default)]
    pub endpoints: Vec<Sp<String>>,
    /// The name of the workflow's cursor; its first value comes from the config.
    #[serde(default)]
    pub cursor: Option<Sp<String>>,
    /// For workflows over one input record: the expression naming it in outcomes.
    #[serde(default)]
    pub key: Option<Sp<String>>,
    /// The records' personal-data fields (names, dates of birth, addresses, phones, ids,
    /// diagnoses), e.g. `[name, fname, birthday, icd10]`: their values, at any depth, are
    /// masked wherever they reappear (errors, outcomes, logs, e-mails).
    #[serde(default)]
    pub personal_fields: Vec<String>,
    #[serde(default)]
    pub timeout_secs: Option<Sp<u64>>,
    /// What happens to a run whose worker stopped (its lease expired): `requeue` (default: it
    /// is queued again and resumed by another worker) or `fail` (it is left lost).
    #[serde(default)]
    pub on_lost: Option<Sp<String>>,
    pub steps: Sp<Vec<Sp<StepSpec>>>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TriggerSpec {
    #[serde(default)]
    pub cron: Option<Sp<String>>,
    #[serde(default)]
    pub timezone: Option<Sp<String>>,
    /// The webhook path segment: `POST /hooks/<webhook>`.
    #[serde(default)]
    pub webhook: Option<Sp<String>>,
    #[serde(default)]
    pub manual: Option<Sp<bool>>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StepSpec {
    pub id: Sp<String>,
    #[serde(default)]
    pub description: Option<String>,
    // --- exactly one of these names the step's kind
    /// An adaptor operation, `primero.upsert_case`.
    #[serde(default)]
    pub op: Option<Sp<String>>,
    /// A transform, by registry name.
    #[serde(default)]
    pub transform: Option<Sp<String>>,
    /// A condition; false ends the record as `skipped`.
    #[serde(default)]
    pub filter: Option<Sp<String>>,
    /// A step id whose output (records or a list) is fanned out to `steps`.
    #[serde(default)]
    pub for_each: Option<Sp<String>>,
    /// An expression whose value becomes the workflow's cursor.
    #[serde(default)]
    pub set_cursor: Option<Sp<String>>,
    // --- options
    /// Operation arguments and transform parameters: a string is an expression, anything else
    /// (number, bool, `{const: …}`) a constant.
    #[serde(default)]
    pub args: BTreeMap<String, Sp<serde_json::Value>>,
    /// The transform's input record (an expression; default `record`, or `input` outside
    /// `for_each`).
    #[serde(default)]
    pub input: Option<Sp<String>>,
    #[serde(default)]
    pub concurrency: Option<Sp<u64>>,
    /// Names each record of a fan-out in outcomes and logs (default `id`).
    #[serde(default)]
    pub key: Option<Sp<String>>,
    /// A per-record expression; the fan-out's output carries the highest value reached with
    /// every record up to it delivered.
    #[serde(default)]
    pub watermark: Option<Sp<String>>,
    /// A per-record expression (e.g. the child's national id): records with the same value go
    /// through the fan-out's steps one after another, never at the same time.
    #[serde(default)]
    pub partition_by: Option<Sp<String>>,
    #[serde(default)]
    pub steps: Option<Sp<Vec<Sp<StepSpec>>>>,
    #[serde(default)]
    pub next: Vec<Sp<EdgeSpec>>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EdgeSpec {
    /// `success` (default), `failure` or `always`.
    #[serde(default)]
    pub on: Option<Sp<String>>,
    /// An extra condition (may read `error.kind`, `error.message`, `steps.ID`).
    #[serde(default)]
    pub when: Option<Sp<String>>,
    /// A step id of the same list, or `end`.
    pub to: Sp<String>,
}

/// The JSON Schema of workflow files (see `mapping_dsl::spec::json_schema`).
pub fn json_schema() -> serde_json::Value {
    mapping_dsl::spec::json_schema::schema_of::<WorkflowFile>("workflow", "Mapwright workflow")
}

#[cfg(test)]
mod tests {
    use super::*;
    use mapping_dsl::spec::json_schema::keys_mismatch;

    fn same<T: serde::de::DeserializeOwned + schemars::JsonSchema>() {
        if let Some(m) = keys_mismatch::<T>() {
            panic!("{m}");
        }
    }

    /// The workflow schema lists exactly the keys the loader accepts, at every level.
    #[test]
    fn the_workflow_schema_lists_the_keys_the_loader_accepts() {
        same::<WorkflowFile>();
        same::<TriggerSpec>();
        same::<StepSpec>();
        same::<EdgeSpec>();
    }
}
