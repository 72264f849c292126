// @generated from mappings/bench/transforms/bench_reference.yaml by `cargo gen`: do not edit.

/*! Transform `bench_reference`: `primero_case` -> JSON.

Primero case -> Child Shield record: the benchmark reference mapping (shared/bench/REFERENCE_MAPPING.md), 51 output keys.*/
#![allow(clippy::needless_question_mark)]
/// The registry name.
pub const NAME: &str = "bench_reference";
#[derive(Debug, Clone, Default, ::serde::Deserialize)]
pub struct Input<'a> {
    /// `id`: string
    #[serde(borrow, default)]
    pub id: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `status`: string, nullable
    #[serde(borrow, default)]
    pub status: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `case_id`: string, nullable
    #[serde(borrow, default)]
    pub case_id: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `case_id_display`: string, nullable
    #[serde(borrow, default)]
    pub case_id_display: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `national_id_no`: string, nullable
    #[serde(borrow, default)]
    pub national_id_no: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `name_first`: string, nullable
    #[serde(borrow, default)]
    pub name_first: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `name_last`: string, nullable
    #[serde(borrow, default)]
    pub name_last: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `age`: int, nullable
    #[serde(default)]
    pub age: ::mapwright_rt::Field<i64>,
    /// `date_of_birth`: date, nullable
    #[serde(borrow, default)]
    pub date_of_birth: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `registration_date`: date, nullable
    #[serde(borrow, default)]
    pub registration_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `owned_by`: string, nullable
    #[serde(borrow, default)]
    pub owned_by: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `owned_by_agency_id`: string, nullable
    #[serde(borrow, default)]
    pub owned_by_agency_id: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `location_current`: string, nullable
    #[serde(borrow, default)]
    pub location_current: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `address_current`: string, nullable
    #[serde(borrow, default)]
    pub address_current: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `telephone_current`: string, nullable
    #[serde(borrow, default)]
    pub telephone_current: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `consent_for_services`: bool, nullable
    #[serde(default)]
    pub consent_for_services: ::mapwright_rt::Field<bool>,
    /// `disclosure_other_orgs`: bool, nullable
    #[serde(default)]
    pub disclosure_other_orgs: ::mapwright_rt::Field<bool>,
    /// `urgent_protection_concern`: bool, nullable
    #[serde(default)]
    pub urgent_protection_concern: ::mapwright_rt::Field<bool>,
    /// `assessment_requested_on`: date, nullable
    #[serde(borrow, default)]
    pub assessment_requested_on: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_closure`: date, nullable
    #[serde(borrow, default)]
    pub date_closure: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `child_shield_case_id_95aaf33`: string, nullable
    #[serde(borrow, default)]
    pub child_shield_case_id_95aaf33: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `created_at`: datetime, nullable
    #[serde(borrow, default)]
    pub created_at: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `last_updated_at`: datetime, nullable
    #[serde(borrow, default)]
    pub last_updated_at: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `when_was_the_consent_assent_obtained_`: datetime, nullable
    #[serde(rename = "when_was_the_consent_assent_obtained_", borrow, default)]
    pub when_was_the_consent_assent_obtained: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `sex`: select(gender), nullable
    #[serde(default)]
    pub sex: ::mapwright_rt::Field<super::options::Gender>,
    /// `risk_level`: select(risk_level), nullable
    #[serde(default)]
    pub risk_level: ::mapwright_rt::Field<super::options::RiskLevel>,
    /// `workflow`: select(workflow), nullable
    #[serde(default)]
    pub workflow: ::mapwright_rt::Field<super::options::Workflow>,
    /// `maritial_status`: select(marital_status), nullable
    #[serde(default)]
    pub maritial_status: ::mapwright_rt::Field<super::options::MaritalStatus>,
    /// `occupation_1`: select(occupation), nullable
    #[serde(default)]
    pub occupation_1: ::mapwright_rt::Field<super::options::Occupation>,
    /// `family_status`: select(family_status), nullable
    #[serde(default)]
    pub family_status: ::mapwright_rt::Field<super::options::FamilyStatus>,
    /// `school_level`: select(school_level), nullable
    #[serde(default)]
    pub school_level: ::mapwright_rt::Field<super::options::SchoolLevel>,
    /// `type_of_place_where_the_incident_occurred_4145aa8`: select(type_of_place_incident), nullable
    #[serde(default)]
    pub type_of_place_where_the_incident_occurred_4145aa8:
        ::mapwright_rt::Field<super::options::TypeOfPlaceIncident>,
    /// `insurance_type`: select(insurance_type), nullable
    #[serde(default)]
    pub insurance_type: ::mapwright_rt::Field<super::options::InsuranceType>,
    /// `working_status`: select(working), nullable
    #[serde(default)]
    pub working_status: ::mapwright_rt::Field<super::options::Working>,
    /// `displacement_status`: select(displacement_status), nullable
    #[serde(default)]
    pub displacement_status: ::mapwright_rt::Field<super::options::DisplacementStatus>,
    /// `service_response_type`: select(service_response_type), nullable
    #[serde(default)]
    pub service_response_type: ::mapwright_rt::Field<super::options::ServiceResponseType>,
    /// `what_is_your_relationship_with_the_child__29056fb`: select(plh_child_relationship), nullable
    #[serde(rename = "what_is_your_relationship_with_the_child__29056fb", default)]
    pub what_is_your_relationship_with_the_child_29056fb:
        ::mapwright_rt::Field<super::options::PlhChildRelationship>,
    /// `how_often_do_you_feel_happy__ccb0fd7`: select(plh_frequency_7), nullable
    #[serde(rename = "how_often_do_you_feel_happy__ccb0fd7", default)]
    pub how_often_do_you_feel_happy_ccb0fd7: ::mapwright_rt::Field<super::options::PlhFrequency7>,
    /// `status_of_treatment_plan`: select(status_of_treatment_plan), nullable
    #[serde(default)]
    pub status_of_treatment_plan: ::mapwright_rt::Field<super::options::StatusOfTreatmentPlan>,
    /// `protection_concerns`: multi_select(protection_concerns), nullable
    #[serde(default)]
    pub protection_concerns: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ProtectionConcerns>>,
    >,
    /// `nationality`: multi_select(country), nullable
    #[serde(default)]
    pub nationality:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<super::options::Country>>>,
    /// `type_of_abuse`: multi_select(type_of_abuse), nullable
    #[serde(default)]
    pub type_of_abuse:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<super::options::TypeOfAbuse>>>,
    /// `human_trafficking`: multi_select(human_trafficking), nullable
    #[serde(default)]
    pub human_trafficking: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::HumanTrafficking>>,
    >,
    /// `mental_abuse`: multi_select(mental_abuse), nullable
    #[serde(default)]
    pub mental_abuse:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<super::options::MentalAbuse>>>,
    /// `services_provided`: multi_select(services_all), nullable
    #[serde(default)]
    pub services_provided:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<super::options::ServicesAll>>>,
    /// `stimulant_factors`: multi_select(stimulant_factors), nullable
    #[serde(default)]
    pub stimulant_factors: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::StimulantFactors>>,
    >,
    /// `economic_issues`: multi_select(economic_issues), nullable
    #[serde(default)]
    pub economic_issues: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::EconomicIssues>>,
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
    /// `relation`: select(relation), nullable
    #[serde(default)]
    pub relation: ::mapwright_rt::Field<super::options::Relation>,
    /// `relation_name`: string, nullable
    #[serde(borrow, default)]
    pub relation_name: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_age`: int, nullable
    #[serde(default)]
    pub relation_age: ::mapwright_rt::Field<i64>,
    /// `relation_date_of_birth`: date, nullable
    #[serde(borrow, default)]
    pub relation_date_of_birth: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_is_alive`: select(yes_no_unknown), nullable
    #[serde(default)]
    pub relation_is_alive: ::mapwright_rt::Field<super::options::YesNoUnknown>,
    /// `relation_is_caregiver`: bool, nullable
    #[serde(default)]
    pub relation_is_caregiver: ::mapwright_rt::Field<bool>,
    /// `relation_telephone`: string, nullable
    #[serde(borrow, default)]
    pub relation_telephone: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
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
/// Fields of `Input`, part 1.
fn check_input_part_0(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[];
    ::mapwright_rt::check(&s.id, "string", ACCEPT, loc, "id", ctx)?;
    ::mapwright_rt::check(&s.status, "string", ACCEPT, loc, "status", ctx)?;
    ::mapwright_rt::check(&s.case_id, "string", ACCEPT, loc, "case_id", ctx)?;
    ::mapwright_rt::check(
        &s.case_id_display,
        "string",
        ACCEPT,
        loc,
        "case_id_display",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.national_id_no,
        "string",
        ACCEPT,
        loc,
        "national_id_no",
        ctx,
    )?;
    ::mapwright_rt::check(&s.name_first, "string", ACCEPT, loc, "name_first", ctx)?;
    ::mapwright_rt::check(&s.name_last, "string", ACCEPT, loc, "name_last", ctx)?;
    ::mapwright_rt::check(&s.age, "int", ACCEPT, loc, "age", ctx)?;
    ::mapwright_rt::check(
        &s.date_of_birth,
        "date",
        DATE_ACCEPT,
        loc,
        "date_of_birth",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.registration_date,
        "date",
        DATE_ACCEPT,
        loc,
        "registration_date",
        ctx,
    )?;
    ::mapwright_rt::check(&s.owned_by, "string", ACCEPT, loc, "owned_by", ctx)?;
    ::mapwright_rt::check(
        &s.owned_by_agency_id,
        "string",
        ACCEPT,
        loc,
        "owned_by_agency_id",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.location_current,
        "string",
        ACCEPT,
        loc,
        "location_current",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.address_current,
        "string",
        ACCEPT,
        loc,
        "address_current",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.telephone_current,
        "string",
        ACCEPT,
        loc,
        "telephone_current",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.consent_for_services,
        "bool",
        ACCEPT,
        loc,
        "consent_for_services",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.disclosure_other_orgs,
        "bool",
        ACCEPT,
        loc,
        "disclosure_other_orgs",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.urgent_protection_concern,
        "bool",
        ACCEPT,
        loc,
        "urgent_protection_concern",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.assessment_requested_on,
        "date",
        DATE_ACCEPT,
        loc,
        "assessment_requested_on",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.date_closure,
        "date",
        DATE_ACCEPT,
        loc,
        "date_closure",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.child_shield_case_id_95aaf33,
        "string",
        ACCEPT,
        loc,
        "child_shield_case_id_95aaf33",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.created_at,
        "datetime",
        DATE_ACCEPT,
        loc,
        "created_at",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.last_updated_at,
        "datetime",
        DATE_ACCEPT,
        loc,
        "last_updated_at",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.when_was_the_consent_assent_obtained,
        "datetime",
        DATE_ACCEPT,
        loc,
        "when_was_the_consent_assent_obtained_",
        ctx,
    )?;
    ::mapwright_rt::check(&s.sex, "an option code (string)", ACCEPT, loc, "sex", ctx)?;
    ::mapwright_rt::check(
        &s.risk_level,
        "an option code (string)",
        ACCEPT,
        loc,
        "risk_level",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.workflow,
        "an option code (string)",
        ACCEPT,
        loc,
        "workflow",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.maritial_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "maritial_status",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.occupation_1,
        "an option code (string)",
        ACCEPT,
        loc,
        "occupation_1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.family_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "family_status",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.school_level,
        "an option code (string)",
        ACCEPT,
        loc,
        "school_level",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.type_of_place_where_the_incident_occurred_4145aa8,
        "an option code (string)",
        ACCEPT,
        loc,
        "type_of_place_where_the_incident_occurred_4145aa8",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.insurance_type,
        "an option code (string)",
        ACCEPT,
        loc,
        "insurance_type",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.working_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "working_status",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.displacement_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "displacement_status",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_response_type,
        "an option code (string)",
        ACCEPT,
        loc,
        "service_response_type",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.what_is_your_relationship_with_the_child_29056fb,
        "an option code (string)",
        ACCEPT,
        loc,
        "what_is_your_relationship_with_the_child__29056fb",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.how_often_do_you_feel_happy_ccb0fd7,
        "an option code (string)",
        ACCEPT,
        loc,
        "how_often_do_you_feel_happy__ccb0fd7",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.status_of_treatment_plan,
        "an option code (string)",
        ACCEPT,
        loc,
        "status_of_treatment_plan",
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
    ::std::result::Result::Ok(())
}
/// Fields of `Input`, part 2.
fn check_input_part_1(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
    ];
    ::mapwright_rt::check(&s.nationality, "list", ACCEPT, loc, "nationality", ctx)?;
    if let ::std::option::Option::Some(items) = s.nationality.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "nationality",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(&s.type_of_abuse, "list", ACCEPT, loc, "type_of_abuse", ctx)?;
    if let ::std::option::Option::Some(items) = s.type_of_abuse.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "type_of_abuse",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.human_trafficking,
        "list",
        ACCEPT,
        loc,
        "human_trafficking",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.human_trafficking.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "human_trafficking",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(&s.mental_abuse, "list", ACCEPT, loc, "mental_abuse", ctx)?;
    if let ::std::option::Option::Some(items) = s.mental_abuse.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "mental_abuse",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.services_provided,
        "list",
        ACCEPT,
        loc,
        "services_provided",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.services_provided.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "services_provided",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.stimulant_factors,
        "list",
        ACCEPT,
        loc,
        "stimulant_factors",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.stimulant_factors.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "stimulant_factors",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.economic_issues,
        "list",
        ACCEPT,
        loc,
        "economic_issues",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.economic_issues.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "economic_issues",
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
/// Checks `Input` field by field in schema order; counts accepted coercions.
fn check_input(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    check_input_part_0(s, loc, ctx)?;
    check_input_part_1(s, loc, ctx)?;
    ::std::result::Result::Ok(())
}
/// Checks `InputFamilyDetailsSection` field by field in schema order; counts accepted coercions.
fn check_inputfamilydetailssection(
    s: &InputFamilyDetailsSection<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[];
    ::mapwright_rt::check(
        &s.relation,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_name,
        "string",
        ACCEPT,
        loc,
        "relation_name",
        ctx,
    )?;
    ::mapwright_rt::check(&s.relation_age, "int", ACCEPT, loc, "relation_age", ctx)?;
    ::mapwright_rt::check(
        &s.relation_date_of_birth,
        "date",
        DATE_ACCEPT,
        loc,
        "relation_date_of_birth",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_is_alive,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation_is_alive",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_is_caregiver,
        "bool",
        ACCEPT,
        loc,
        "relation_is_caregiver",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_telephone,
        "string",
        ACCEPT,
        loc,
        "relation_telephone",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFamily<'r> {
    /// `age`: int
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age: ::mapwright_rt::Slot<i64>,
    /// `date_of_birth`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_of_birth: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `is_alive`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub is_alive: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `is_caregiver`: bool
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub is_caregiver: ::mapwright_rt::Slot<bool>,
    /// `name`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub name: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `telephone`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub telephone: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFamily<'_> {}
impl ::mapwright_rt::WriteJson for OutputFamily<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.age.is_omit() {
            out.bytes(",\"age\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age, out)?;
        }
        if !self.date_of_birth.is_omit() {
            out.bytes(",\"date_of_birth\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_of_birth, out)?;
        }
        if !self.is_alive.is_omit() {
            out.bytes(",\"is_alive\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.is_alive, out)?;
        }
        if !self.is_caregiver.is_omit() {
            out.bytes(",\"is_caregiver\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.is_caregiver, out)?;
        }
        if !self.name.is_omit() {
            out.bytes(",\"name\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.name, out)?;
        }
        if !self.relation.is_omit() {
            out.bytes(",\"relation\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation, out)?;
        }
        if !self.telephone.is_omit() {
            out.bytes(",\"telephone\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.telephone, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Output<'r> {
    /// `address`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub address: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `age`: int
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age: ::mapwright_rt::Slot<i64>,
    /// `age_group`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age_group: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `agency`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub agency: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `assessment_requested_on`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub assessment_requested_on: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_display_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_display_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_ref`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_ref: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `child_shield_case_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub child_shield_case_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `cid`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub cid: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `consent_date`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub consent_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `consent_for_services`: bool
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub consent_for_services: ::mapwright_rt::Slot<bool>,
    /// `created_date`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub created_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_closure`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_closure: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_of_birth`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_of_birth: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `disclosure_other_orgs`: bool
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub disclosure_other_orgs: ::mapwright_rt::Slot<bool>,
    /// `displacement_status`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub displacement_status: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `economic_issues`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub economic_issues: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `family`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family: ::mapwright_rt::Slot<::std::vec::Vec<OutputFamily<'r>>>,
    /// `family_status`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family_status: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `first_name`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub first_name: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `full_name`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `how_often_do_you_feel_happy__ccb0fd7`: {code: label}
    #[serde(
        rename = "how_often_do_you_feel_happy__ccb0fd7",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub how_often_do_you_feel_happy_ccb0fd7: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `human_trafficking`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub human_trafficking: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `insurance_type`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub insurance_type: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `last_name`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub last_name: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `last_updated_date`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub last_updated_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `location_code`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub location_code: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `maritial_status`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub maritial_status: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `mental_abuse`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub mental_abuse: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `nationality`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub nationality: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `occupation_1`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub occupation_1: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `owned_by`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub owned_by: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `primero_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub primero_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `protection_concerns`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub protection_concerns: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `registration_date`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub registration_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `risk_level`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub risk_level: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `school_level`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub school_level: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `service_response_type`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_response_type: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `services_provided`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub services_provided: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `sex`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sex: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `status_of_treatment_plan`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub status_of_treatment_plan: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `stimulant_factors`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub stimulant_factors: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `sync_status`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sync_status: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `telephone`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub telephone: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `type_of_abuse`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub type_of_abuse: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `type_of_place_where_the_incident_occurred_4145aa8`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub type_of_place_where_the_incident_occurred_4145aa8:
        ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `urgent_protection_concern`: bool
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub urgent_protection_concern: ::mapwright_rt::Slot<bool>,
    /// `what_is_your_relationship_with_the_child__29056fb`: {code: label}
    #[serde(
        rename = "what_is_your_relationship_with_the_child__29056fb",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub what_is_your_relationship_with_the_child_29056fb:
        ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `workflow`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub workflow: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `working_status`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub working_status: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
}
impl ::mapwright_rt::Empty for Output<'_> {}
impl ::mapwright_rt::WriteJson for Output<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        self.write_json_keys_0(out)?;
        self.write_json_keys_1(out)?;
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
impl Output<'_> {
    fn write_json_keys_0(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self.address.is_omit() {
            out.bytes(",\"address\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.address, out)?;
        }
        if !self.age.is_omit() {
            out.bytes(",\"age\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age, out)?;
        }
        if !self.age_group.is_omit() {
            out.bytes(",\"age_group\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age_group, out)?;
        }
        if !self.agency.is_omit() {
            out.bytes(",\"agency\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.agency, out)?;
        }
        if !self.assessment_requested_on.is_omit() {
            out.bytes(",\"assessment_requested_on\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.assessment_requested_on, out)?;
        }
        if !self.case_display_id.is_omit() {
            out.bytes(",\"case_display_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_display_id, out)?;
        }
        if !self.case_id.is_omit() {
            out.bytes(",\"case_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_id, out)?;
        }
        if !self.case_ref.is_omit() {
            out.bytes(",\"case_ref\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_ref, out)?;
        }
        if !self.child_shield_case_id.is_omit() {
            out.bytes(",\"child_shield_case_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.child_shield_case_id, out)?;
        }
        if !self.cid.is_omit() {
            out.bytes(",\"cid\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.cid, out)?;
        }
        if !self.consent_date.is_omit() {
            out.bytes(",\"consent_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.consent_date, out)?;
        }
        if !self.consent_for_services.is_omit() {
            out.bytes(",\"consent_for_services\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.consent_for_services, out)?;
        }
        if !self.created_date.is_omit() {
            out.bytes(",\"created_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.created_date, out)?;
        }
        if !self.date_closure.is_omit() {
            out.bytes(",\"date_closure\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_closure, out)?;
        }
        if !self.date_of_birth.is_omit() {
            out.bytes(",\"date_of_birth\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_of_birth, out)?;
        }
        if !self.disclosure_other_orgs.is_omit() {
            out.bytes(",\"disclosure_other_orgs\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.disclosure_other_orgs, out)?;
        }
        if !self.displacement_status.is_omit() {
            out.bytes(",\"displacement_status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.displacement_status, out)?;
        }
        if !self.economic_issues.is_omit() {
            out.bytes(",\"economic_issues\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.economic_issues, out)?;
        }
        if !self.family.is_omit() {
            out.bytes(",\"family\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family, out)?;
        }
        if !self.family_status.is_omit() {
            out.bytes(",\"family_status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family_status, out)?;
        }
        if !self.first_name.is_omit() {
            out.bytes(",\"first_name\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.first_name, out)?;
        }
        if !self.full_name.is_omit() {
            out.bytes(",\"full_name\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name, out)?;
        }
        if !self.how_often_do_you_feel_happy_ccb0fd7.is_omit() {
            out.bytes(",\"how_often_do_you_feel_happy__ccb0fd7\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.how_often_do_you_feel_happy_ccb0fd7, out)?;
        }
        if !self.human_trafficking.is_omit() {
            out.bytes(",\"human_trafficking\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.human_trafficking, out)?;
        }
        if !self.insurance_type.is_omit() {
            out.bytes(",\"insurance_type\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.insurance_type, out)?;
        }
        if !self.last_name.is_omit() {
            out.bytes(",\"last_name\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.last_name, out)?;
        }
        if !self.last_updated_date.is_omit() {
            out.bytes(",\"last_updated_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.last_updated_date, out)?;
        }
        if !self.location_code.is_omit() {
            out.bytes(",\"location_code\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.location_code, out)?;
        }
        if !self.maritial_status.is_omit() {
            out.bytes(",\"maritial_status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.maritial_status, out)?;
        }
        if !self.mental_abuse.is_omit() {
            out.bytes(",\"mental_abuse\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.mental_abuse, out)?;
        }
        if !self.nationality.is_omit() {
            out.bytes(",\"nationality\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.nationality, out)?;
        }
        if !self.occupation_1.is_omit() {
            out.bytes(",\"occupation_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.occupation_1, out)?;
        }
        ::std::result::Result::Ok(())
    }
    fn write_json_keys_1(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self.owned_by.is_omit() {
            out.bytes(",\"owned_by\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.owned_by, out)?;
        }
        if !self.primero_id.is_omit() {
            out.bytes(",\"primero_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.primero_id, out)?;
        }
        if !self.protection_concerns.is_omit() {
            out.bytes(",\"protection_concerns\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.protection_concerns, out)?;
        }
        if !self.registration_date.is_omit() {
            out.bytes(",\"registration_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.registration_date, out)?;
        }
        if !self.risk_level.is_omit() {
            out.bytes(",\"risk_level\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.risk_level, out)?;
        }
        if !self.school_level.is_omit() {
            out.bytes(",\"school_level\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.school_level, out)?;
        }
        if !self.service_response_type.is_omit() {
            out.bytes(",\"service_response_type\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_response_type, out)?;
        }
        if !self.services_provided.is_omit() {
            out.bytes(",\"services_provided\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.services_provided, out)?;
        }
        if !self.sex.is_omit() {
            out.bytes(",\"sex\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sex, out)?;
        }
        if !self.status_of_treatment_plan.is_omit() {
            out.bytes(",\"status_of_treatment_plan\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.status_of_treatment_plan, out)?;
        }
        if !self.stimulant_factors.is_omit() {
            out.bytes(",\"stimulant_factors\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.stimulant_factors, out)?;
        }
        if !self.sync_status.is_omit() {
            out.bytes(",\"sync_status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sync_status, out)?;
        }
        if !self.telephone.is_omit() {
            out.bytes(",\"telephone\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.telephone, out)?;
        }
        if !self.type_of_abuse.is_omit() {
            out.bytes(",\"type_of_abuse\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.type_of_abuse, out)?;
        }
        if !self
            .type_of_place_where_the_incident_occurred_4145aa8
            .is_omit()
        {
            out.bytes(",\"type_of_place_where_the_incident_occurred_4145aa8\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.type_of_place_where_the_incident_occurred_4145aa8,
                out,
            )?;
        }
        if !self.urgent_protection_concern.is_omit() {
            out.bytes(",\"urgent_protection_concern\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.urgent_protection_concern, out)?;
        }
        if !self
            .what_is_your_relationship_with_the_child_29056fb
            .is_omit()
        {
            out.bytes(",\"what_is_your_relationship_with_the_child__29056fb\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.what_is_your_relationship_with_the_child_29056fb,
                out,
            )?;
        }
        if !self.workflow.is_omit() {
            out.bytes(",\"workflow\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.workflow, out)?;
        }
        if !self.working_status.is_omit() {
            out.bytes(",\"working_status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.working_status, out)?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Fields 1 to 28 of `Output`.
fn fields_output_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
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
    let f_date_of_birth = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.date_of_birth.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_registration_date = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.registration_date.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_owned_by = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.owned_by.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_consent_for_services = ::mapwright_rt::finish(
        input.consent_for_services.get().copied(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_disclosure_other_orgs = ::mapwright_rt::finish(
        input.disclosure_other_orgs.get().copied(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_urgent_protection_concern = ::mapwright_rt::finish(
        input.urgent_protection_concern.get().copied(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_assessment_requested_on = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.assessment_requested_on.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_date_closure = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.date_closure.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_primero_id = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.id.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_case_display_id = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.case_id_display.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_cid = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.national_id_no.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_first_name = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.name_first.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_last_name = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.name_last.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_agency = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.owned_by_agency_id.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_location_code = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.location_current.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_address = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.address_current.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_telephone = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.telephone_current.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_child_shield_case_id = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.child_shield_case_id_95aaf33.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_created_date = ::mapwright_rt::finish(
        {
            let a0 = ::mapwright_rt::text(input.created_at.get());
            let a1 = ::std::option::Option::Some(0i64);
            let a2 = ::std::option::Option::Some(10i64);
            let p1 = a1;
            let p2 = a2;
            ::mapwright_rt::stdlib::args::slice(a0, |p0| {
                ::mapwright_rt::stdlib::fns::substr::call(p0, p1, p2)
            })
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_last_updated_date = ::mapwright_rt::finish(
        {
            let a0 = ::mapwright_rt::text(input.last_updated_at.get());
            let a1 = ::std::option::Option::Some(0i64);
            let a2 = ::std::option::Option::Some(10i64);
            let p1 = a1;
            let p2 = a2;
            ::mapwright_rt::stdlib::args::slice(a0, |p0| {
                ::mapwright_rt::stdlib::fns::substr::call(p0, p1, p2)
            })
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_consent_date = ::mapwright_rt::finish(
        {
            let a0 = ::mapwright_rt::text(input.when_was_the_consent_assent_obtained.get());
            let a1 = ::std::option::Option::Some(0i64);
            let a2 = ::std::option::Option::Some(10i64);
            let p1 = a1;
            let p2 = a2;
            ::mapwright_rt::stdlib::args::slice(a0, |p0| {
                ::mapwright_rt::stdlib::fns::substr::call(p0, p1, p2)
            })
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_full_name = ::mapwright_rt::finish(
        {
            let a0 = ::mapwright_rt::text(input.name_first.get());
            let a1 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed(" "));
            let a2 = ::mapwright_rt::text(input.name_last.get());
            let p0 = a0.as_deref();
            let p1 = a1.as_deref();
            let p2 = a2.as_deref();
            ::mapwright_rt::stdlib::args::text(::mapwright_rt::stdlib::fns::concat::call(&[
                p0, p1, p2,
            ]))
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_case_ref = ::mapwright_rt::finish(
        {
            let a0 = ::mapwright_rt::text(input.owned_by_agency_id.get());
            let a1 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed("/"));
            let a2 = ::mapwright_rt::text(input.case_id_display.get());
            let p0 = a0.as_deref();
            let p1 = a1.as_deref();
            let p2 = a2.as_deref();
            ::mapwright_rt::stdlib::args::text(::mapwright_rt::stdlib::fns::concat::call(&[
                p0, p1, p2,
            ]))
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Keep,
            empty_string: ::mapwright_rt::As::Keep,
            empty_list: ::mapwright_rt::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_sync_status = ::mapwright_rt::finish(
        {
            let c = ::mapwright_rt::stdlib::ops::compare(
                ::mapwright_rt::BinOp::Eq,
                ::mapwright_rt::text(input.status.get()).as_deref(),
                ::std::option::Option::Some("closed"),
            );
            if c {
                ::std::option::Option::Some(::std::borrow::Cow::Borrowed("closed"))
            } else {
                ::std::option::Option::Some(::std::borrow::Cow::Borrowed("open"))
            }
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
                        ::mapwright_rt::UnknownCode::Null,
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
    out.case_id = f_case_id;
    out.age = f_age;
    out.date_of_birth = f_date_of_birth;
    out.registration_date = f_registration_date;
    out.owned_by = f_owned_by;
    out.consent_for_services = f_consent_for_services;
    out.disclosure_other_orgs = f_disclosure_other_orgs;
    out.urgent_protection_concern = f_urgent_protection_concern;
    out.assessment_requested_on = f_assessment_requested_on;
    out.date_closure = f_date_closure;
    out.primero_id = f_primero_id;
    out.case_display_id = f_case_display_id;
    out.cid = f_cid;
    out.first_name = f_first_name;
    out.last_name = f_last_name;
    out.agency = f_agency;
    out.location_code = f_location_code;
    out.address = f_address;
    out.telephone = f_telephone;
    out.child_shield_case_id = f_child_shield_case_id;
    out.created_date = f_created_date;
    out.last_updated_date = f_last_updated_date;
    out.consent_date = f_consent_date;
    out.full_name = f_full_name;
    out.case_ref = f_case_ref;
    out.sync_status = f_sync_status;
    out.age_group = f_age_group;
    out.sex = f_sex;
    ::std::result::Result::Ok(())
}
/// Fields 29 to 40 of `Output`.
fn fields_output_1<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_risk_level = ::mapwright_rt::finish(
        match input.risk_level.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "risk_level",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("risk_level", kind));
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
    let f_workflow = ::mapwright_rt::finish(
        match input.workflow.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "workflow",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("workflow", kind));
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
    let f_maritial_status = ::mapwright_rt::finish(
        match input.maritial_status.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "marital_status",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("maritial_status", kind));
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
    let f_occupation_1 = ::mapwright_rt::finish(
        match input.occupation_1.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "occupation",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("occupation_1", kind));
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
    let f_family_status = ::mapwright_rt::finish(
        match input.family_status.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "family_status",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("family_status", kind));
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
    let f_school_level = ::mapwright_rt::finish(
        match input.school_level.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "school_level",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("school_level", kind));
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
    let f_type_of_place_where_the_incident_occurred_4145aa8 = ::mapwright_rt::finish(
        match input
            .type_of_place_where_the_incident_occurred_4145aa8
            .get()
        {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "type_of_place_incident",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc.fail("type_of_place_where_the_incident_occurred_4145aa8", kind),
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
    let f_insurance_type = ::mapwright_rt::finish(
        match input.insurance_type.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "insurance_type",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("insurance_type", kind));
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
    let f_working_status = ::mapwright_rt::finish(
        match input.working_status.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "working",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(loc.fail("working_status", kind));
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
    let f_displacement_status = ::mapwright_rt::finish(
        match input.displacement_status.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "displacement_status",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc.fail("displacement_status", kind),
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
    let f_service_response_type = ::mapwright_rt::finish(
        match input.service_response_type.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "service_response_type",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc.fail("service_response_type", kind),
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
    let f_what_is_your_relationship_with_the_child_29056fb = ::mapwright_rt::finish(
        match input.what_is_your_relationship_with_the_child_29056fb.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "plh_child_relationship",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc.fail("what_is_your_relationship_with_the_child__29056fb", kind),
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
    out.risk_level = f_risk_level;
    out.workflow = f_workflow;
    out.maritial_status = f_maritial_status;
    out.occupation_1 = f_occupation_1;
    out.family_status = f_family_status;
    out.school_level = f_school_level;
    out.type_of_place_where_the_incident_occurred_4145aa8 =
        f_type_of_place_where_the_incident_occurred_4145aa8;
    out.insurance_type = f_insurance_type;
    out.working_status = f_working_status;
    out.displacement_status = f_displacement_status;
    out.service_response_type = f_service_response_type;
    out.what_is_your_relationship_with_the_child_29056fb =
        f_what_is_your_relationship_with_the_child_29056fb;
    ::std::result::Result::Ok(())
}
/// Fields 41 to 49 of `Output`.
fn fields_output_2<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_how_often_do_you_feel_happy_ccb0fd7 = ::mapwright_rt::finish(
        match input.how_often_do_you_feel_happy_ccb0fd7.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "plh_frequency_7",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc.fail("how_often_do_you_feel_happy__ccb0fd7", kind),
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
    let f_status_of_treatment_plan = ::mapwright_rt::finish(
        match input.status_of_treatment_plan.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "status_of_treatment_plan",
                        "th",
                        ::mapwright_rt::UnknownCode::Null,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc.fail("status_of_treatment_plan", kind),
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
    let f_protection_concerns = ::mapwright_rt::finish(
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "protection_concerns",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "protection_concerns",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
    let f_nationality = ::mapwright_rt::finish(
        match input.nationality.get() {
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "country",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "nationality",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
    let f_type_of_abuse = ::mapwright_rt::finish(
        match input.type_of_abuse.get() {
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "type_of_abuse",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "type_of_abuse",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
    let f_human_trafficking = ::mapwright_rt::finish(
        match input.human_trafficking.get() {
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "human_trafficking",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "human_trafficking",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
    let f_mental_abuse = ::mapwright_rt::finish(
        match input.mental_abuse.get() {
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "mental_abuse",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "mental_abuse",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
    let f_services_provided = ::mapwright_rt::finish(
        match input.services_provided.get() {
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "services_all",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "services_provided",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
    let f_stimulant_factors = ::mapwright_rt::finish(
        match input.stimulant_factors.get() {
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "stimulant_factors",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "stimulant_factors",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
    out.how_often_do_you_feel_happy_ccb0fd7 = f_how_often_do_you_feel_happy_ccb0fd7;
    out.status_of_treatment_plan = f_status_of_treatment_plan;
    out.protection_concerns = f_protection_concerns;
    out.nationality = f_nationality;
    out.type_of_abuse = f_type_of_abuse;
    out.human_trafficking = f_human_trafficking;
    out.mental_abuse = f_mental_abuse;
    out.services_provided = f_services_provided;
    out.stimulant_factors = f_stimulant_factors;
    ::std::result::Result::Ok(())
}
/// Fields 50 to 51 of `Output`.
fn fields_output_3<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_economic_issues = ::mapwright_rt::finish(
        match input.economic_issues.get() {
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
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match ::mapwright_rt::translated(
                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "economic_issues",
                                "th",
                                ::mapwright_rt::UnknownCode::Null,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc.fail_at(
                                        "economic_issues",
                                        index,
                                        kind,
                                    ));
                                }
                            },
                        )),
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
                    let keep = true;
                    if keep {
                        out.push({
                            let f_relation = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relation.get()) {
                                    ::std::option::Option::Some(v)
                                        if !::mapwright_rt::stdlib::translate::is_unanswered(
                                            ::mapwright_rt::Code::code(v),
                                        ) =>
                                    {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    ::mapwright_rt::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "relation",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Null,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("relation", kind),
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
                            let f_name = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.relation_name.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Keep,
                                    empty_string: ::mapwright_rt::As::Keep,
                                    empty_list: ::mapwright_rt::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_age = ::mapwright_rt::finish(
                                e0.and_then(|v| v.relation_age.get()).copied(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Keep,
                                    empty_string: ::mapwright_rt::As::Keep,
                                    empty_list: ::mapwright_rt::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_date_of_birth = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_date_of_birth.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Keep,
                                    empty_string: ::mapwright_rt::As::Keep,
                                    empty_list: ::mapwright_rt::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_is_alive = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relation_is_alive.get()) {
                                    ::std::option::Option::Some(v)
                                        if !::mapwright_rt::stdlib::translate::is_unanswered(
                                            ::mapwright_rt::Code::code(v),
                                        ) =>
                                    {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    ::mapwright_rt::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "yes_no_unknown",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Null,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("is_alive", kind),
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
                            let f_is_caregiver = ::mapwright_rt::finish(
                                e0.and_then(|v| v.relation_is_caregiver.get()).copied(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Keep,
                                    empty_string: ::mapwright_rt::As::Keep,
                                    empty_list: ::mapwright_rt::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_telephone = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.relation_telephone.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Keep,
                                    empty_string: ::mapwright_rt::As::Keep,
                                    empty_list: ::mapwright_rt::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            OutputFamily {
                                relation: f_relation,
                                name: f_name,
                                age: f_age,
                                date_of_birth: f_date_of_birth,
                                is_alive: f_is_alive,
                                is_caregiver: f_is_caregiver,
                                telephone: f_telephone,
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
    out.economic_issues = f_economic_issues;
    out.family = f_family;
    ::std::result::Result::Ok(())
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
    let keep = ((::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Eq,
        ::mapwright_rt::text(input.status.get()).as_deref(),
        ::std::option::Option::Some("closed"),
    ) && ::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ne,
        ::mapwright_rt::text(input.date_closure.get()).as_deref(),
        ::std::option::Option::<&str>::None,
    )) && ::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ge,
        ::mapwright_rt::text(input.date_closure.get()).as_deref(),
        {
            let a0 = ::mapwright_rt::param_text(
                ctx,
                "cursor",
                ::std::option::Option::Some("2023-01-27T00:00:00.000Z"),
            );
            let a1 = ::std::option::Option::Some(0i64);
            let a2 = ::std::option::Option::Some(10i64);
            let p1 = a1;
            let p2 = a2;
            ::mapwright_rt::stdlib::args::slice(a0, |p0| {
                ::mapwright_rt::stdlib::fns::substr::call(p0, p1, p2)
            })
        }
        .as_deref(),
    )) || ((::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ne,
        ::mapwright_rt::text(input.status.get()).as_deref(),
        ::std::option::Option::Some("closed"),
    ) && ::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ne,
        ::mapwright_rt::text(input.assessment_requested_on.get()).as_deref(),
        ::std::option::Option::<&str>::None,
    )) && ::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ge,
        ::mapwright_rt::text(input.assessment_requested_on.get()).as_deref(),
        {
            let a0 = ::mapwright_rt::param_text(
                ctx,
                "cursor",
                ::std::option::Option::Some("2023-01-27T00:00:00.000Z"),
            );
            let a1 = ::std::option::Option::Some(0i64);
            let a2 = ::std::option::Option::Some(10i64);
            let p1 = a1;
            let p2 = a2;
            ::mapwright_rt::stdlib::args::slice(a0, |p0| {
                ::mapwright_rt::stdlib::fns::substr::call(p0, p1, p2)
            })
        }
        .as_deref(),
    ));
    if !keep {
        return ::std::result::Result::Ok(::std::option::Option::None);
    }
    ::std::result::Result::Ok(::std::option::Option::Some({
        let mut out = Output::default();
        fields_output_0(input, ctx, loc, &mut out)?;
        fields_output_1(input, ctx, loc, &mut out)?;
        fields_output_2(input, ctx, loc, &mut out)?;
        fields_output_3(input, ctx, loc, &mut out)?;
        out
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
        input.id.get(),
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
