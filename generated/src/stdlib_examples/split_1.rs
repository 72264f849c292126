// @generated from mapping_dsl::stdlib's documented examples, built in memory as stdlib_examples/transforms/split_1.yaml by `cargo gen`: do not edit.

//! Transform `split_1`: `split_1_input` -> JSON.
#![allow(clippy::needless_question_mark)]
/// The registry name.
pub const NAME: &str = "split_1";
#[derive(Debug, Clone, Default, ::serde::Deserialize)]
pub struct Input<'a> {
    /// `a`: string, nullable
    #[serde(borrow, default)]
    pub a: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for Input<'a> {
    fn from_map<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<::mapwright_rt::Field<Self>, A::Error> {
        <Self as ::serde::Deserialize>::deserialize(::serde::de::value::MapAccessDeserializer::new(
            map,
        ))
        .map(::mapwright_rt::Field::Val)
    }
}
/// Checks `Input` field by field in schema order; counts accepted coercions.
fn check_input(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[];
    ::mapwright_rt::check(&s.a, "string", ACCEPT, loc, "a", ctx)?;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Output<'r> {
    /// `value`: list<string>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub value:
        ::mapwright_rt::Slot<::std::vec::Vec<::std::option::Option<::std::borrow::Cow<'r, str>>>>,
}
impl ::mapwright_rt::Empty for Output<'_> {}
impl ::mapwright_rt::WriteJson for Output<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.value.is_omit() {
            out.bytes(",\"value\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.value, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
/// Runs the transform on one record: `None` when `keep` drops it.
pub fn transform<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
) -> ::std::result::Result<::std::option::Option<Output<'r>>, ::mapwright_rt::TransformError> {
    run(input, ctx).map_err(|mut e| {
        if e.record.is_none() {
            e.record = record_key(input, ctx).ok().flatten();
        }
        e
    })
}
fn run<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
) -> ::std::result::Result<::std::option::Option<Output<'r>>, ::mapwright_rt::TransformError> {
    let loc = &::mapwright_rt::Loc::Root;
    check_input(input, loc, ctx)?;
    ::std::result::Result::Ok(::std::option::Option::Some({
        let f_value = ::mapwright_rt::finish(
            {
                let a0 = ::mapwright_rt::text(input.a.get());
                let a1 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed(","));
                let p0 = a0.as_deref();
                let p1 = a1.as_deref();
                ::mapwright_rt::stdlib::args::texts(::mapwright_rt::stdlib::fns::split::call(
                    p0, p1,
                ))
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        Output { value: f_value }
    }))
}
/// The record's `key:` for error messages.
fn record_key(
    input: &Input<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<
    ::std::option::Option<::std::string::String>,
    ::mapwright_rt::TransformError,
> {
    let loc = &::mapwright_rt::Loc::Root;
    let _ = (input, ctx, loc);
    ::std::result::Result::Ok(::std::option::Option::None)
}
/// [`transform`] over a parsed JSON record.
pub fn run_value(
    record: &::serde_json::Value,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<::std::option::Option<::serde_json::Value>, ::mapwright_rt::TransformError>
{
    let input: Input<'_> = ::mapwright_rt::read_value(record)?;
    match transform(&input, ctx)? {
        ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
        ::std::option::Option::Some(out) => ::serde_json::to_value(&out)
            .map(::std::option::Option::Some)
            .map_err(::mapwright_rt::write_error),
    }
}
/// [`transform`] over a parsed JSON record, appending the output's compact JSON to `out` by
/// its `WriteJson` (the bytes of [`run_value`]'s value, written without building it).
/// `Ok(false)`: dropped by `keep`.
pub fn run_value_json(
    record: &::serde_json::Value,
    ctx: &::mapwright_rt::Context,
    out: &mut ::std::vec::Vec<u8>,
) -> ::std::result::Result<bool, ::mapwright_rt::TransformError> {
    let input: Input<'_> = ::mapwright_rt::read_value(record)?;
    match transform(&input, ctx)? {
        ::std::option::Option::None => ::std::result::Result::Ok(false),
        ::std::option::Option::Some(value) => {
            ::mapwright_rt::WriteJson::write_json(&value, &mut ::mapwright_rt::JsonOut::new(out))
                .map(|()| true)
                .map_err(::mapwright_rt::write_error)
        }
    }
}
/// [`transform`] over the bytes of one JSON record, writing compact JSON (serde_json's bytes)
/// through the output's serde `Serialize` (the reference [`run_into`]'s writer is tested against).
pub fn run_bytes(
    record: &[u8],
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<::std::option::Option<::std::vec::Vec<u8>>, ::mapwright_rt::TransformError>
{
    let input: Input<'_> = ::mapwright_rt::read_bytes(record)?;
    match transform(&input, ctx)? {
        ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
        ::std::option::Option::Some(out) => ::mapwright_rt::to_json_vec(&out)
            .map(::std::option::Option::Some)
            .map_err(::mapwright_rt::write_error),
    }
}
/// [`transform`] over the bytes of one record, appending compact JSON to `out`
/// (no allocation per record once `out` has grown) by the output's `WriteJson`, with the
/// bytes of [`run_bytes`]; strings borrowed from `record` are copied without a scan for
/// escapes (`JsonOut::from_record`). `Ok(false)`: dropped by `keep`.
pub fn run_into(
    record: &[u8],
    ctx: &::mapwright_rt::Context,
    out: &mut ::std::vec::Vec<u8>,
) -> ::std::result::Result<bool, ::mapwright_rt::TransformError> {
    let input: Input<'_> = ::mapwright_rt::read_bytes(record)?;
    match transform(&input, ctx)? {
        ::std::option::Option::None => ::std::result::Result::Ok(false),
        ::std::option::Option::Some(value) => ::mapwright_rt::WriteJson::write_json(
            &value,
            &mut ::mapwright_rt::JsonOut::from_record(out, record),
        )
        .map(|()| true)
        .map_err(::mapwright_rt::write_error),
    }
}
