// @generated from mappings/ by `cargo gen`: do not edit.

//! Transformers generated from `mappings/` by `cargo gen`, and a registry of them by name.
pub mod bench;
pub mod example;
/// Not in the registry: compiled for the tests only (feature `stdlib-examples`,
/// which the crate's own tests turn on), so builds of the binary leave it out.
#[cfg(feature = "stdlib-examples")]
pub mod stdlib_examples;
pub mod thailand;
/// Runs one parsed record; `Ok(None)` when `keep` drops it.
pub type RunValue = fn(
    &::serde_json::Value,
    &::mapwright_rt::Context,
) -> ::std::result::Result<
    ::std::option::Option<::serde_json::Value>,
    ::mapwright_rt::TransformError,
>;
/// Runs one parsed record, appending the output's compact JSON (the bytes of
/// `RunValue`'s value) to a buffer; `Ok(false)` when `keep` drops it.
pub type RunValueJson = fn(
    &::serde_json::Value,
    &::mapwright_rt::Context,
    &mut ::std::vec::Vec<u8>,
) -> ::std::result::Result<bool, ::mapwright_rt::TransformError>;
/// Runs one record's JSON bytes and returns compact JSON bytes.
pub type RunBytes = fn(
    &[u8],
    &::mapwright_rt::Context,
) -> ::std::result::Result<
    ::std::option::Option<::std::vec::Vec<u8>>,
    ::mapwright_rt::TransformError,
>;
/// Appends the output's compact JSON to a buffer; `Ok(false)` when dropped.
pub type RunInto = fn(
    &[u8],
    &::mapwright_rt::Context,
    &mut ::std::vec::Vec<u8>,
) -> ::std::result::Result<bool, ::mapwright_rt::TransformError>;
/// A compiled transform in the registry.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The registry name (`transform:` in the spec).
    pub name: &'static str,
    pub deployment: &'static str,
    /// The spec file it was generated from.
    pub file: &'static str,
    /// The fingerprint of the deployment's spec files it was generated from
    /// (`mapping_dsl::source::fingerprint`): specs that give another one have changed
    /// since, and this code no longer follows them.
    pub fingerprint: &'static str,
    /// Runs one parsed record; `Ok(None)` when `keep` drops it.
    pub run_value: RunValue,
    /// Like `run_value`, writing the output as compact JSON instead of building a
    /// `serde_json::Value` of it.
    pub run_value_json: RunValueJson,
    /// Runs one record's JSON bytes and returns compact JSON bytes.
    pub run_bytes: RunBytes,
    /// Like `run_bytes`, appending to a caller's buffer; `Ok(false)` when dropped.
    pub run_into: RunInto,
}
static REGISTRY: &[Entry] = &[
    Entry {
        name: "bench_reference",
        deployment: "bench",
        file: "mappings/bench/transforms/bench_reference.yaml",
        fingerprint: "011258a291d51ef8",
        run_value: bench::bench_reference::run_value,
        run_value_json: bench::bench_reference::run_value_json,
        run_bytes: bench::bench_reference::run_bytes,
        run_into: bench::bench_reference::run_into,
    },
    Entry {
        name: "example_case_summary",
        deployment: "example",
        file: "mappings/example/transforms/case_summary.yaml",
        fingerprint: "753ee4eb6b129f72",
        run_value: example::example_case_summary::run_value,
        run_value_json: example::example_case_summary::run_value_json,
        run_bytes: example::example_case_summary::run_bytes,
        run_into: example::example_case_summary::run_into,
    },
    Entry {
        name: "thailand_w1_case_to_childshield",
        deployment: "thailand",
        file: "mappings/thailand/transforms/w1_case_to_childshield.yaml",
        fingerprint: "0341a355e6f65c18",
        run_value: thailand::thailand_w1_case_to_childshield::run_value,
        run_value_json: thailand::thailand_w1_case_to_childshield::run_value_json,
        run_bytes: thailand::thailand_w1_case_to_childshield::run_bytes,
        run_into: thailand::thailand_w1_case_to_childshield::run_into,
    },
    Entry {
        name: "thailand_w2_his_to_primero",
        deployment: "thailand",
        file: "mappings/thailand/transforms/w2_his_to_primero.yaml",
        fingerprint: "0341a355e6f65c18",
        run_value: thailand::thailand_w2_his_to_primero::run_value,
        run_value_json: thailand::thailand_w2_his_to_primero::run_value_json,
        run_bytes: thailand::thailand_w2_his_to_primero::run_bytes,
        run_into: thailand::thailand_w2_his_to_primero::run_into,
    },
];
/// Every compiled transform, sorted by name.
pub fn registry() -> &'static [Entry] {
    REGISTRY
}
/// The compiled transform with this registry name.
pub fn find(name: &str) -> ::std::option::Option<&'static Entry> {
    REGISTRY.iter().find(|e| e.name == name)
}
