// @generated from mappings/example/transforms/case_summary.yaml by `cargo gen`: do not edit.

/*! Transform `example_case_summary`: `child_case` -> JSON.

A child case -> a summary record with Thai labels (the example mapping).*/
#![allow(clippy::needless_question_mark)]
/// The registry name.
pub const NAME: &str = "example_case_summary";
#[derive(Debug, Clone, Default, ::serde::Deserialize)]
pub struct Input<'a> {
    /// `case_id`: string
    #[serde(borrow, default)]
    pub case_id: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `name_first`: string, nullable
    #[serde(borrow, default)]
    pub name_first: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `name_last`: string, nullable
    #[serde(borrow, default)]
    pub name_last: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `age`: int, nullable
    #[serde(default)]
    pub age: ::mapwright_rt::Field<i64>,
    /// `sex`: select(gender), nullable
    #[serde(default)]
    pub sex: ::mapwright_rt::Field<super::options::Gender>,
    /// `status`: string
    #[serde(borrow, default)]
    pub status: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `national_id_no`: string, nullable
    #[serde(borrow, default)]
    pub national_id_no: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `protection_concerns`: multi_select(protection_concern), nullable
    #[serde(default)]
    pub protection_concerns: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ProtectionConcern>>,
    >,
    /// `family_details_section`: list of objects, nullable
    #[serde(borrow, default)]
    pub family_details_section: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<InputFamilyDetailsSection<'a>>>,
    >,
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
#[derive(Debug, Clone, Default, ::serde::Deserialize)]
pub struct InputFamilyDetailsSection<'a> {
    /// `relation_name`: string, nullable
    #[serde(borrow, default)]
    pub relation_name: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_sex`: select(gender), nullable
    #[serde(default)]
    pub relation_sex: ::mapwright_rt::Field<super::options::Gender>,
    /// `source_of_information`: string, nullable
    #[serde(borrow, default)]
    pub source_of_information: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputFamilyDetailsSection<'a> {
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
    const ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::NumberToString];
    ::mapwright_rt::check(&s.case_id, "string", ACCEPT, loc, "case_id", ctx)?;
    ::mapwright_rt::check(&s.name_first, "string", ACCEPT, loc, "name_first", ctx)?;
    ::mapwright_rt::check(&s.name_last, "string", ACCEPT, loc, "name_last", ctx)?;
    ::mapwright_rt::check(&s.age, "int", ACCEPT, loc, "age", ctx)?;
    ::mapwright_rt::check(&s.sex, "an option code (string)", ACCEPT, loc, "sex", ctx)?;
    ::mapwright_rt::check(&s.status, "string", ACCEPT, loc, "status", ctx)?;
    ::mapwright_rt::check(
        &s.national_id_no,
        "string",
        ACCEPT,
        loc,
        "national_id_no",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.protection_concerns,
        "list",
        ACCEPT,
        loc,
        "protection_concerns",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.protection_concerns.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "protection_concerns",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.family_details_section,
        "list",
        ACCEPT,
        loc,
        "family_details_section",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.family_details_section.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "family_details_section",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputfamilydetailssection(v, &at, ctx)?;
            }
        }
    }
    ::std::result::Result::Ok(())
}
/// Checks `InputFamilyDetailsSection` field by field in schema order; counts accepted coercions.
fn check_inputfamilydetailssection(
    s: &InputFamilyDetailsSection<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::NumberToString];
    ::mapwright_rt::check(
        &s.relation_name,
        "string",
        ACCEPT,
        loc,
        "relation_name",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_sex,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation_sex",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.source_of_information,
        "string",
        ACCEPT,
        loc,
        "source_of_information",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFamily<'r> {
    /// `case_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_name`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_name: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_sex`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_sex: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
}
impl ::mapwright_rt::Empty for OutputFamily<'_> {}
impl ::mapwright_rt::WriteJson for OutputFamily<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.case_id.is_omit() {
            out.bytes(",\"case_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_id, out)?;
        }
        if !self.relation_name.is_omit() {
            out.bytes(",\"relation_name\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_name, out)?;
        }
        if !self.relation_sex.is_omit() {
            out.bytes(",\"relation_sex\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_sex, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Output<'r> {
    /// `age`: int
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age: ::mapwright_rt::Slot<i64>,
    /// `age_group`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age_group: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `concerns`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub concerns: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `family`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family: ::mapwright_rt::Slot<::std::vec::Vec<OutputFamily<'r>>>,
    /// `full_name`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `is_child`: bool
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub is_child: ::mapwright_rt::Slot<bool>,
    /// `national_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub national_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `sex`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sex: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
}
impl ::mapwright_rt::Empty for Output<'_> {}
impl ::mapwright_rt::WriteJson for Output<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.age.is_omit() {
            out.bytes(",\"age\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age, out)?;
        }
        if !self.age_group.is_omit() {
            out.bytes(",\"age_group\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age_group, out)?;
        }
        if !self.case_id.is_omit() {
            out.bytes(",\"case_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_id, out)?;
        }
        if !self.concerns.is_omit() {
            out.bytes(",\"concerns\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.concerns, out)?;
        }
        if !self.family.is_omit() {
            out.bytes(",\"family\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family, out)?;
        }
        if !self.full_name.is_omit() {
            out.bytes(",\"full_name\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name, out)?;
        }
        if !self.is_child.is_omit() {
            out.bytes(",\"is_child\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.is_child, out)?;
        }
        if !self.national_id.is_omit() {
            out.bytes(",\"national_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.national_id, out)?;
        }
        if !self.sex.is_omit() {
            out.bytes(",\"sex\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sex, out)?;
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
    let keep = ::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ne,
        ::mapwright_rt::text(input.status.get()).as_deref(),
        ::std::option::Option::Some("duplicate"),
    );
    if !keep {
        return ::std::result::Result::Ok(::std::option::Option::None);
    }
    ::std::result::Result::Ok(::std::option::Option::Some({
        let f_case_id = ::mapwright_rt::finish(
            ::mapwright_rt::text(input.case_id.get()),
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        let f_age = ::mapwright_rt::finish(
            input.age.get().copied(),
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        let f_full_name = ::mapwright_rt::finish(
            {
                let a0 = {
                    let a0 = ::mapwright_rt::text(input.name_first.get());
                    let a1 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed(" "));
                    let a2 = ::mapwright_rt::text(input.name_last.get());
                    let p0 = a0.as_deref();
                    let p1 = a1.as_deref();
                    let p2 = a2.as_deref();
                    ::mapwright_rt::stdlib::args::text(::mapwright_rt::stdlib::fns::concat::call(
                        &[p0, p1, p2],
                    ))
                };
                ::mapwright_rt::stdlib::args::slice(a0, |p0| {
                    ::mapwright_rt::stdlib::fns::trim::call(p0)
                })
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        let f_national_id = ::mapwright_rt::finish(
            {
                let a0 = ::mapwright_rt::text(input.national_id_no.get());
                let p0 = a0.as_deref();
                ::mapwright_rt::stdlib::args::text(::mapwright_rt::stdlib::fns::digits_only::call(
                    p0,
                ))
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        let f_age_group = ::mapwright_rt::finish(
            {
                let c = ::mapwright_rt::stdlib::ops::compare(
                    ::mapwright_rt::BinOp::Eq,
                    input.age.get().copied(),
                    ::std::option::Option::None,
                );
                if c {
                    ::std::option::Option::Some(::std::borrow::Cow::Borrowed("unknown"))
                } else {
                    {
                        let c = ::mapwright_rt::stdlib::ops::compare(
                            ::mapwright_rt::BinOp::Lt,
                            input.age.get().copied(),
                            ::std::option::Option::Some(18i64),
                        );
                        if c {
                            ::std::option::Option::Some(::std::borrow::Cow::Borrowed("child"))
                        } else {
                            ::std::option::Option::Some(::std::borrow::Cow::Borrowed("adult"))
                        }
                    }
                }
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        let f_sex = ::mapwright_rt::finish(
            match input.sex.get() {
                ::std::option::Option::Some(v)
                    if !::mapwright_rt::stdlib::translate::is_unanswered(
                        ::mapwright_rt::Code::code(v),
                    ) =>
                {
                    ::std::option::Option::Some(
                        match ::mapwright_rt::translated(
                            ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                            v.label(super::options::LANG_TH),
                            "gender",
                            "th",
                            ::mapwright_rt::UnknownCode::Error,
                            ::mapwright_rt::MissingLabel::Error,
                            ctx,
                        ) {
                            ::std::result::Result::Ok(t) => t,
                            ::std::result::Result::Err(kind) => {
                                return ::std::result::Result::Err(loc.fail("sex", kind));
                            }
                        },
                    )
                }
                _ => ::std::option::Option::None,
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        let f_concerns = ::mapwright_rt::finish(
            match input.protection_concerns.get() {
                ::std::option::Option::None => ::std::option::Option::None,
                ::std::option::Option::Some(items) => {
                    let mut out = ::std::vec::Vec::with_capacity(items.len());
                    for (index, item) in items.iter().enumerate() {
                        match item.get() {
                            ::std::option::Option::None => out.push(::std::option::Option::None),
                            ::std::option::Option::Some(v)
                                if ::mapwright_rt::stdlib::translate::is_unanswered(
                                    ::mapwright_rt::Code::code(v),
                                ) => {}
                            ::std::option::Option::Some(v) => {
                                out.push(::std::option::Option::Some(
                                    match ::mapwright_rt::translated(
                                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                        v.label(super::options::LANG_TH),
                                        "protection_concern",
                                        "th",
                                        ::mapwright_rt::UnknownCode::Error,
                                        ::mapwright_rt::MissingLabel::Error,
                                        ctx,
                                    ) {
                                        ::std::result::Result::Ok(t) => t,
                                        ::std::result::Result::Err(kind) => {
                                            return ::std::result::Result::Err(
                                                loc.fail_at("concerns", index, kind),
                                            );
                                        }
                                    },
                                ))
                            }
                        }
                    }
                    ::std::option::Option::Some(out)
                }
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        let f_is_child = {
            let when = ::mapwright_rt::stdlib::ops::compare(
                ::mapwright_rt::BinOp::Ne,
                input.age.get().copied(),
                ::std::option::Option::None,
            );
            if when {
                ::mapwright_rt::finish(
                    ::std::option::Option::Some(::mapwright_rt::stdlib::ops::compare(
                        ::mapwright_rt::BinOp::Lt,
                        input.age.get().copied(),
                        ::std::option::Option::Some(18i64),
                    )),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Keep,
                        empty_string: ::mapwright_rt::As::Keep,
                        empty_list: ::mapwright_rt::As::Keep,
                    },
                    ::std::option::Option::None,
                )
            } else {
                ::mapwright_rt::Slot::Omit
            }
        };
        let f_family = ::mapwright_rt::finish(
            match input.family_details_section.get() {
                ::std::option::Option::None => ::std::option::Option::None,
                ::std::option::Option::Some(items) => {
                    let mut out = ::std::vec::Vec::with_capacity(items.len());
                    for (index, item) in items.iter().enumerate() {
                        let e0 = item.get();
                        let loc1 = &::mapwright_rt::Loc::Elem {
                            parent: loc,
                            name: "family",
                            index,
                        };
                        let keep = ::mapwright_rt::stdlib::ops::compare(
                            ::mapwright_rt::BinOp::Ne,
                            ::mapwright_rt::text(e0.and_then(|v| v.source_of_information.get()))
                                .as_deref(),
                            ::std::option::Option::Some("his"),
                        );
                        if keep {
                            out.push({
                                    let f_relation_name = ::mapwright_rt::finish(
                                        ::mapwright_rt::text(
                                            e0.and_then(|v| v.relation_name.get()),
                                        ),
                                        ::mapwright_rt::Policy {
                                            missing: ::mapwright_rt::As::Keep,
                                            empty_string: ::mapwright_rt::As::Keep,
                                            empty_list: ::mapwright_rt::As::Keep,
                                        },
                                        ::std::option::Option::None,
                                    );
                                    let f_relation_sex = ::mapwright_rt::finish(
                                        match e0.and_then(|v| v.relation_sex.get()) {
                                            ::std::option::Option::Some(
                                                v,
                                            ) if !::mapwright_rt::stdlib::translate::is_unanswered(
                                                ::mapwright_rt::Code::code(v),
                                            ) => {
                                                ::std::option::Option::Some(
                                                    match ::mapwright_rt::translated(
                                                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                        v.label(super::options::LANG_TH),
                                                        "gender",
                                                        "th",
                                                        ::mapwright_rt::UnknownCode::Error,
                                                        ::mapwright_rt::MissingLabel::Error,
                                                        ctx,
                                                    ) {
                                                        ::std::result::Result::Ok(t) => t,
                                                        ::std::result::Result::Err(kind) => {
                                                            return ::std::result::Result::Err(
                                                                loc1.fail("relation_sex", kind),
                                                            );
                                                        }
                                                    },
                                                )
                                            }
                                            _ => ::std::option::Option::None,
                                        },
                                        ::mapwright_rt::Policy {
                                            missing: ::mapwright_rt::As::Keep,
                                            empty_string: ::mapwright_rt::As::Keep,
                                            empty_list: ::mapwright_rt::As::Keep,
                                        },
                                        ::std::option::Option::None,
                                    );
                                    let f_case_id = ::mapwright_rt::finish(
                                        ::mapwright_rt::text(input.case_id.get()),
                                        ::mapwright_rt::Policy {
                                            missing: ::mapwright_rt::As::Keep,
                                            empty_string: ::mapwright_rt::As::Keep,
                                            empty_list: ::mapwright_rt::As::Keep,
                                        },
                                        ::std::option::Option::None,
                                    );
                                    OutputFamily {
                                        relation_name: f_relation_name,
                                        relation_sex: f_relation_sex,
                                        case_id: f_case_id,
                                    }
                                });
                        }
                    }
                    ::std::option::Option::Some(out)
                }
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Keep,
                empty_string: ::mapwright_rt::As::Keep,
                empty_list: ::mapwright_rt::As::Keep,
            },
            ::std::option::Option::None,
        );
        Output {
            case_id: f_case_id,
            age: f_age,
            full_name: f_full_name,
            national_id: f_national_id,
            age_group: f_age_group,
            sex: f_sex,
            concerns: f_concerns,
            is_child: f_is_child,
            family: f_family,
        }
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
    ::std::result::Result::Ok(::mapwright_rt::key_text(::mapwright_rt::text(
        input.case_id.get(),
    )))
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
