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
    pub id: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `status`: string, nullable
    #[serde(borrow, default)]
    pub status: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `case_id`: string, nullable
    #[serde(borrow, default)]
    pub case_id: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `case_id_display`: string, nullable
    #[serde(borrow, default)]
    pub case_id_display: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `national_id_no`: string, nullable
    #[serde(borrow, default)]
    pub national_id_no: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `name_first`: string, nullable
    #[serde(borrow, default)]
    pub name_first: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `name_last`: string, nullable
    #[serde(borrow, default)]
    pub name_last: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `age`: int, nullable
    #[serde(default)]
    pub age: crate::support::Field<i64>,
    /// `date_of_birth`: date, nullable
    #[serde(borrow, default)]
    pub date_of_birth: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `registration_date`: date, nullable
    #[serde(borrow, default)]
    pub registration_date: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `owned_by`: string, nullable
    #[serde(borrow, default)]
    pub owned_by: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `owned_by_agency_id`: string, nullable
    #[serde(borrow, default)]
    pub owned_by_agency_id: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `location_current`: string, nullable
    #[serde(borrow, default)]
    pub location_current: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `address_current`: string, nullable
    #[serde(borrow, default)]
    pub address_current: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `telephone_current`: string, nullable
    #[serde(borrow, default)]
    pub telephone_current: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `consent_for_services`: bool, nullable
    #[serde(default)]
    pub consent_for_services: crate::support::Field<bool>,
    /// `disclosure_other_orgs`: bool, nullable
    #[serde(default)]
    pub disclosure_other_orgs: crate::support::Field<bool>,
    /// `urgent_protection_concern`: bool, nullable
    #[serde(default)]
    pub urgent_protection_concern: crate::support::Field<bool>,
    /// `assessment_requested_on`: date, nullable
    #[serde(borrow, default)]
    pub assessment_requested_on: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `date_closure`: date, nullable
    #[serde(borrow, default)]
    pub date_closure: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `child_shield_case_id_95aaf33`: string, nullable
    #[serde(borrow, default)]
    pub child_shield_case_id_95aaf33: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `created_at`: datetime, nullable
    #[serde(borrow, default)]
    pub created_at: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `last_updated_at`: datetime, nullable
    #[serde(borrow, default)]
    pub last_updated_at: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `when_was_the_consent_assent_obtained_`: datetime, nullable
    #[serde(rename = "when_was_the_consent_assent_obtained_", borrow, default)]
    pub when_was_the_consent_assent_obtained: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `sex`: select(gender), nullable
    #[serde(default)]
    pub sex: crate::support::Field<super::options::Gender>,
    /// `risk_level`: select(risk_level), nullable
    #[serde(default)]
    pub risk_level: crate::support::Field<super::options::RiskLevel>,
    /// `workflow`: select(workflow), nullable
    #[serde(default)]
    pub workflow: crate::support::Field<super::options::Workflow>,
    /// `maritial_status`: select(marital_status), nullable
    #[serde(default)]
    pub maritial_status: crate::support::Field<super::options::MaritalStatus>,
    /// `occupation_1`: select(occupation), nullable
    #[serde(default)]
    pub occupation_1: crate::support::Field<super::options::Occupation>,
    /// `family_status`: select(family_status), nullable
    #[serde(default)]
    pub family_status: crate::support::Field<super::options::FamilyStatus>,
    /// `school_level`: select(school_level), nullable
    #[serde(default)]
    pub school_level: crate::support::Field<super::options::SchoolLevel>,
    /// `type_of_place_where_the_incident_occurred_4145aa8`: select(type_of_place_incident), nullable
    #[serde(default)]
    pub type_of_place_where_the_incident_occurred_4145aa8:
        crate::support::Field<super::options::TypeOfPlaceIncident>,
    /// `insurance_type`: select(insurance_type), nullable
    #[serde(default)]
    pub insurance_type: crate::support::Field<super::options::InsuranceType>,
    /// `working_status`: select(working), nullable
    #[serde(default)]
    pub working_status: crate::support::Field<super::options::Working>,
    /// `displacement_status`: select(displacement_status), nullable
    #[serde(default)]
    pub displacement_status: crate::support::Field<super::options::DisplacementStatus>,
    /// `service_response_type`: select(service_response_type), nullable
    #[serde(default)]
    pub service_response_type: crate::support::Field<super::options::ServiceResponseType>,
    /// `what_is_your_relationship_with_the_child__29056fb`: select(plh_child_relationship), nullable
    #[serde(rename = "what_is_your_relationship_with_the_child__29056fb", default)]
    pub what_is_your_relationship_with_the_child_29056fb:
        crate::support::Field<super::options::PlhChildRelationship>,
    /// `how_often_do_you_feel_happy__ccb0fd7`: select(plh_frequency_7), nullable
    #[serde(rename = "how_often_do_you_feel_happy__ccb0fd7", default)]
    pub how_often_do_you_feel_happy_ccb0fd7: crate::support::Field<super::options::PlhFrequency7>,
    /// `status_of_treatment_plan`: select(status_of_treatment_plan), nullable
    #[serde(default)]
    pub status_of_treatment_plan: crate::support::Field<super::options::StatusOfTreatmentPlan>,
    /// `protection_concerns`: multi_select(protection_concerns), nullable
    #[serde(default)]
    pub protection_concerns: crate::support::Field<
        ::std::vec::Vec<crate::support::Field<super::options::ProtectionConcerns>>,
    >,
    /// `nationality`: multi_select(country), nullable
    #[serde(default)]
    pub nationality:
        crate::support::Field<::std::vec::Vec<crate::support::Field<super::options::Country>>>,
    /// `type_of_abuse`: multi_select(type_of_abuse), nullable
    #[serde(default)]
    pub type_of_abuse:
        crate::support::Field<::std::vec::Vec<crate::support::Field<super::options::TypeOfAbuse>>>,
    /// `human_trafficking`: multi_select(human_trafficking), nullable
    #[serde(default)]
    pub human_trafficking: crate::support::Field<
        ::std::vec::Vec<crate::support::Field<super::options::HumanTrafficking>>,
    >,
    /// `mental_abuse`: multi_select(mental_abuse), nullable
    #[serde(default)]
    pub mental_abuse:
        crate::support::Field<::std::vec::Vec<crate::support::Field<super::options::MentalAbuse>>>,
    /// `services_provided`: multi_select(services_all), nullable
    #[serde(default)]
    pub services_provided:
        crate::support::Field<::std::vec::Vec<crate::support::Field<super::options::ServicesAll>>>,
    /// `stimulant_factors`: multi_select(stimulant_factors), nullable
    #[serde(default)]
    pub stimulant_factors: crate::support::Field<
        ::std::vec::Vec<crate::support::Field<super::options::StimulantFactors>>,
    >,
    /// `economic_issues`: multi_select(economic_issues), nullable
    #[serde(default)]
    pub economic_issues: crate::support::Field<
        ::std::vec::Vec<crate::support::Field<super::options::EconomicIssues>>,
    >,
    /// `family_details_section`: list of objects, nullable
    #[serde(borrow, default)]
    pub family_details_section: crate::support::Field<
        ::std::vec::Vec<crate::support::Field<InputFamilyDetailsSection<'a>>>,
    >,
}
impl<'de: 'a, 'a> crate::support::Lenient<'de> for Input<'a> {
    fn from_map<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<crate::support::Field<Self>, A::Error> {
        <Self as ::serde::Deserialize>::deserialize(::serde::de::value::MapAccessDeserializer::new(
            map,
        ))
        .map(crate::support::Field::Val)
    }
}
#[derive(Debug, Clone, Default, ::serde::Deserialize)]
pub struct InputFamilyDetailsSection<'a> {
    /// `relation`: select(relation), nullable
    #[serde(default)]
    pub relation: crate::support::Field<super::options::Relation>,
    /// `relation_name`: string, nullable
    #[serde(borrow, default)]
    pub relation_name: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_age`: int, nullable
    #[serde(default)]
    pub relation_age: crate::support::Field<i64>,
    /// `relation_date_of_birth`: date, nullable
    #[serde(borrow, default)]
    pub relation_date_of_birth: crate::support::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_is_alive`: select(yes_no_unknown), nullable
    #[serde(default)]
    pub relation_is_alive: crate::support::Field<super::options::YesNoUnknown>,
    /// `relation_is_caregiver`: bool, nullable
    #[serde(default)]
    pub relation_is_caregiver: crate::support::Field<bool>,
    /// `relation_telephone`: string, nullable
    #[serde(borrow, default)]
    pub relation_telephone: crate::support::Field<::std::borrow::Cow<'a, str>>,
}
impl<'de: 'a, 'a> crate::support::Lenient<'de> for InputFamilyDetailsSection<'a> {
    fn from_map<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<crate::support::Field<Self>, A::Error> {
        <Self as ::serde::Deserialize>::deserialize(::serde::de::value::MapAccessDeserializer::new(
            map,
        ))
        .map(crate::support::Field::Val)
    }
}
/// Fields of `Input`, part 1.
fn check_input_part_0(
    s: &Input<'_>,
    loc: &crate::support::Loc<'_>,
    ctx: &::mapping_dsl::rt::Context,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    const ACCEPT: &[::mapping_dsl::ir::Coercion] = &[
        ::mapping_dsl::ir::Coercion::NumberToString,
        ::mapping_dsl::ir::Coercion::StringToBool,
        ::mapping_dsl::ir::Coercion::StringToNumber,
        ::mapping_dsl::ir::Coercion::BoolToString,
    ];
    const DATE_ACCEPT: &[::mapping_dsl::ir::Coercion] = &[];
    crate::support::check(&s.id, "string", ACCEPT, loc, "id", ctx)?;
    crate::support::check(&s.status, "string", ACCEPT, loc, "status", ctx)?;
    crate::support::check(&s.case_id, "string", ACCEPT, loc, "case_id", ctx)?;
    crate::support::check(
        &s.case_id_display,
        "string",
        ACCEPT,
        loc,
        "case_id_display",
        ctx,
    )?;
    crate::support::check(
        &s.national_id_no,
        "string",
        ACCEPT,
        loc,
        "national_id_no",
        ctx,
    )?;
    crate::support::check(&s.name_first, "string", ACCEPT, loc, "name_first", ctx)?;
    crate::support::check(&s.name_last, "string", ACCEPT, loc, "name_last", ctx)?;
    crate::support::check(&s.age, "int", ACCEPT, loc, "age", ctx)?;
    crate::support::check(
        &s.date_of_birth,
        "date",
        DATE_ACCEPT,
        loc,
        "date_of_birth",
        ctx,
    )?;
    crate::support::check(
        &s.registration_date,
        "date",
        DATE_ACCEPT,
        loc,
        "registration_date",
        ctx,
    )?;
    crate::support::check(&s.owned_by, "string", ACCEPT, loc, "owned_by", ctx)?;
    crate::support::check(
        &s.owned_by_agency_id,
        "string",
        ACCEPT,
        loc,
        "owned_by_agency_id",
        ctx,
    )?;
    crate::support::check(
        &s.location_current,
        "string",
        ACCEPT,
        loc,
        "location_current",
        ctx,
    )?;
    crate::support::check(
        &s.address_current,
        "string",
        ACCEPT,
        loc,
        "address_current",
        ctx,
    )?;
    crate::support::check(
        &s.telephone_current,
        "string",
        ACCEPT,
        loc,
        "telephone_current",
        ctx,
    )?;
    crate::support::check(
        &s.consent_for_services,
        "bool",
        ACCEPT,
        loc,
        "consent_for_services",
        ctx,
    )?;
    crate::support::check(
        &s.disclosure_other_orgs,
        "bool",
        ACCEPT,
        loc,
        "disclosure_other_orgs",
        ctx,
    )?;
    crate::support::check(
        &s.urgent_protection_concern,
        "bool",
        ACCEPT,
        loc,
        "urgent_protection_concern",
        ctx,
    )?;
    crate::support::check(
        &s.assessment_requested_on,
        "date",
        DATE_ACCEPT,
        loc,
        "assessment_requested_on",
        ctx,
    )?;
    crate::support::check(
        &s.date_closure,
        "date",
        DATE_ACCEPT,
        loc,
        "date_closure",
        ctx,
    )?;
    crate::support::check(
        &s.child_shield_case_id_95aaf33,
        "string",
        ACCEPT,
        loc,
        "child_shield_case_id_95aaf33",
        ctx,
    )?;
    crate::support::check(
        &s.created_at,
        "datetime",
        DATE_ACCEPT,
        loc,
        "created_at",
        ctx,
    )?;
    crate::support::check(
        &s.last_updated_at,
        "datetime",
        DATE_ACCEPT,
        loc,
        "last_updated_at",
        ctx,
    )?;
    crate::support::check(
        &s.when_was_the_consent_assent_obtained,
        "datetime",
        DATE_ACCEPT,
        loc,
        "when_was_the_consent_assent_obtained_",
        ctx,
    )?;
    crate::support::check(&s.sex, "an option code (string)", ACCEPT, loc, "sex", ctx)?;
    crate::support::check(
        &s.risk_level,
        "an option code (string)",
        ACCEPT,
        loc,
        "risk_level",
        ctx,
    )?;
    crate::support::check(
        &s.workflow,
        "an option code (string)",
        ACCEPT,
        loc,
        "workflow",
        ctx,
    )?;
    crate::support::check(
        &s.maritial_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "maritial_status",
        ctx,
    )?;
    crate::support::check(
        &s.occupation_1,
        "an option code (string)",
        ACCEPT,
        loc,
        "occupation_1",
        ctx,
    )?;
    crate::support::check(
        &s.family_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "family_status",
        ctx,
    )?;
    crate::support::check(
        &s.school_level,
        "an option code (string)",
        ACCEPT,
        loc,
        "school_level",
        ctx,
    )?;
    crate::support::check(
        &s.type_of_place_where_the_incident_occurred_4145aa8,
        "an option code (string)",
        ACCEPT,
        loc,
        "type_of_place_where_the_incident_occurred_4145aa8",
        ctx,
    )?;
    crate::support::check(
        &s.insurance_type,
        "an option code (string)",
        ACCEPT,
        loc,
        "insurance_type",
        ctx,
    )?;
    crate::support::check(
        &s.working_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "working_status",
        ctx,
    )?;
    crate::support::check(
        &s.displacement_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "displacement_status",
        ctx,
    )?;
    crate::support::check(
        &s.service_response_type,
        "an option code (string)",
        ACCEPT,
        loc,
        "service_response_type",
        ctx,
    )?;
    crate::support::check(
        &s.what_is_your_relationship_with_the_child_29056fb,
        "an option code (string)",
        ACCEPT,
        loc,
        "what_is_your_relationship_with_the_child__29056fb",
        ctx,
    )?;
    crate::support::check(
        &s.how_often_do_you_feel_happy_ccb0fd7,
        "an option code (string)",
        ACCEPT,
        loc,
        "how_often_do_you_feel_happy__ccb0fd7",
        ctx,
    )?;
    crate::support::check(
        &s.status_of_treatment_plan,
        "an option code (string)",
        ACCEPT,
        loc,
        "status_of_treatment_plan",
        ctx,
    )?;
    crate::support::check(
        &s.protection_concerns,
        "list",
        ACCEPT,
        loc,
        "protection_concerns",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.protection_concerns.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "protection_concerns",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::std::result::Result::Ok(())
}
/// Fields of `Input`, part 2.
fn check_input_part_1(
    s: &Input<'_>,
    loc: &crate::support::Loc<'_>,
    ctx: &::mapping_dsl::rt::Context,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    const ACCEPT: &[::mapping_dsl::ir::Coercion] = &[
        ::mapping_dsl::ir::Coercion::NumberToString,
        ::mapping_dsl::ir::Coercion::StringToBool,
        ::mapping_dsl::ir::Coercion::StringToNumber,
        ::mapping_dsl::ir::Coercion::BoolToString,
    ];
    crate::support::check(&s.nationality, "list", ACCEPT, loc, "nationality", ctx)?;
    if let ::std::option::Option::Some(items) = s.nationality.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "nationality",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    crate::support::check(&s.type_of_abuse, "list", ACCEPT, loc, "type_of_abuse", ctx)?;
    if let ::std::option::Option::Some(items) = s.type_of_abuse.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "type_of_abuse",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    crate::support::check(
        &s.human_trafficking,
        "list",
        ACCEPT,
        loc,
        "human_trafficking",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.human_trafficking.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "human_trafficking",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    crate::support::check(&s.mental_abuse, "list", ACCEPT, loc, "mental_abuse", ctx)?;
    if let ::std::option::Option::Some(items) = s.mental_abuse.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "mental_abuse",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    crate::support::check(
        &s.services_provided,
        "list",
        ACCEPT,
        loc,
        "services_provided",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.services_provided.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "services_provided",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    crate::support::check(
        &s.stimulant_factors,
        "list",
        ACCEPT,
        loc,
        "stimulant_factors",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.stimulant_factors.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "stimulant_factors",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    crate::support::check(
        &s.economic_issues,
        "list",
        ACCEPT,
        loc,
        "economic_issues",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.economic_issues.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "economic_issues",
                index,
            };
            crate::support::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    crate::support::check(
        &s.family_details_section,
        "list",
        ACCEPT,
        loc,
        "family_details_section",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.family_details_section.get() {
        for (index, item) in items.iter().enumerate() {
            let at = crate::support::Loc::Elem {
                parent: loc,
                name: "family_details_section",
                index,
            };
            crate::support::check(item, "object", ACCEPT, &at, "", ctx)?;
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
    loc: &crate::support::Loc<'_>,
    ctx: &::mapping_dsl::rt::Context,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    check_input_part_0(s, loc, ctx)?;
    check_input_part_1(s, loc, ctx)?;
    ::std::result::Result::Ok(())
}
/// Checks `InputFamilyDetailsSection` field by field in schema order; counts accepted coercions.
fn check_inputfamilydetailssection(
    s: &InputFamilyDetailsSection<'_>,
    loc: &crate::support::Loc<'_>,
    ctx: &::mapping_dsl::rt::Context,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    const ACCEPT: &[::mapping_dsl::ir::Coercion] = &[
        ::mapping_dsl::ir::Coercion::NumberToString,
        ::mapping_dsl::ir::Coercion::StringToBool,
        ::mapping_dsl::ir::Coercion::StringToNumber,
        ::mapping_dsl::ir::Coercion::BoolToString,
    ];
    const DATE_ACCEPT: &[::mapping_dsl::ir::Coercion] = &[];
    crate::support::check(
        &s.relation,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation",
        ctx,
    )?;
    crate::support::check(
        &s.relation_name,
        "string",
        ACCEPT,
        loc,
        "relation_name",
        ctx,
    )?;
    crate::support::check(&s.relation_age, "int", ACCEPT, loc, "relation_age", ctx)?;
    crate::support::check(
        &s.relation_date_of_birth,
        "date",
        DATE_ACCEPT,
        loc,
        "relation_date_of_birth",
        ctx,
    )?;
    crate::support::check(
        &s.relation_is_alive,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation_is_alive",
        ctx,
    )?;
    crate::support::check(
        &s.relation_is_caregiver,
        "bool",
        ACCEPT,
        loc,
        "relation_is_caregiver",
        ctx,
    )?;
    crate::support::check(
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
    /// `relation`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub relation: crate::support::Slot<crate::support::Translated<'r>>,
    /// `name`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub name: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `age`: int
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub age: crate::support::Slot<i64>,
    /// `date_of_birth`: date
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub date_of_birth: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `is_alive`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub is_alive: crate::support::Slot<crate::support::Translated<'r>>,
    /// `is_caregiver`: bool
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub is_caregiver: crate::support::Slot<bool>,
    /// `telephone`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub telephone: crate::support::Slot<::std::borrow::Cow<'r, str>>,
}
impl crate::support::Empty for OutputFamily<'_> {}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Output<'r> {
    /// `case_id`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub case_id: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `age`: int
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub age: crate::support::Slot<i64>,
    /// `date_of_birth`: date
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub date_of_birth: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `registration_date`: date
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub registration_date: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `owned_by`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub owned_by: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `consent_for_services`: bool
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub consent_for_services: crate::support::Slot<bool>,
    /// `disclosure_other_orgs`: bool
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub disclosure_other_orgs: crate::support::Slot<bool>,
    /// `urgent_protection_concern`: bool
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub urgent_protection_concern: crate::support::Slot<bool>,
    /// `assessment_requested_on`: date
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub assessment_requested_on: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_closure`: date
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub date_closure: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `primero_id`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub primero_id: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_display_id`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub case_display_id: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `cid`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub cid: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `first_name`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub first_name: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `last_name`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub last_name: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `agency`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub agency: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `location_code`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub location_code: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `address`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub address: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `telephone`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub telephone: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `child_shield_case_id`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub child_shield_case_id: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `created_date`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub created_date: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `last_updated_date`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub last_updated_date: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `consent_date`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub consent_date: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `full_name`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub full_name: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_ref`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub case_ref: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `sync_status`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub sync_status: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `age_group`: string
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub age_group: crate::support::Slot<::std::borrow::Cow<'r, str>>,
    /// `sex`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub sex: crate::support::Slot<crate::support::Translated<'r>>,
    /// `risk_level`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub risk_level: crate::support::Slot<crate::support::Translated<'r>>,
    /// `workflow`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub workflow: crate::support::Slot<crate::support::Translated<'r>>,
    /// `maritial_status`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub maritial_status: crate::support::Slot<crate::support::Translated<'r>>,
    /// `occupation_1`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub occupation_1: crate::support::Slot<crate::support::Translated<'r>>,
    /// `family_status`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub family_status: crate::support::Slot<crate::support::Translated<'r>>,
    /// `school_level`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub school_level: crate::support::Slot<crate::support::Translated<'r>>,
    /// `type_of_place_where_the_incident_occurred_4145aa8`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub type_of_place_where_the_incident_occurred_4145aa8:
        crate::support::Slot<crate::support::Translated<'r>>,
    /// `insurance_type`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub insurance_type: crate::support::Slot<crate::support::Translated<'r>>,
    /// `working_status`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub working_status: crate::support::Slot<crate::support::Translated<'r>>,
    /// `displacement_status`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub displacement_status: crate::support::Slot<crate::support::Translated<'r>>,
    /// `service_response_type`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub service_response_type: crate::support::Slot<crate::support::Translated<'r>>,
    /// `what_is_your_relationship_with_the_child__29056fb`: {code: label}
    #[serde(
        rename = "what_is_your_relationship_with_the_child__29056fb",
        skip_serializing_if = "crate::support::Slot::is_omit"
    )]
    pub what_is_your_relationship_with_the_child_29056fb:
        crate::support::Slot<crate::support::Translated<'r>>,
    /// `how_often_do_you_feel_happy__ccb0fd7`: {code: label}
    #[serde(
        rename = "how_often_do_you_feel_happy__ccb0fd7",
        skip_serializing_if = "crate::support::Slot::is_omit"
    )]
    pub how_often_do_you_feel_happy_ccb0fd7: crate::support::Slot<crate::support::Translated<'r>>,
    /// `status_of_treatment_plan`: {code: label}
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub status_of_treatment_plan: crate::support::Slot<crate::support::Translated<'r>>,
    /// `protection_concerns`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub protection_concerns: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `nationality`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub nationality: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `type_of_abuse`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub type_of_abuse: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `human_trafficking`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub human_trafficking: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `mental_abuse`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub mental_abuse: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `services_provided`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub services_provided: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `stimulant_factors`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub stimulant_factors: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `economic_issues`: list<{code: label}>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub economic_issues: crate::support::Slot<
        ::std::vec::Vec<::std::option::Option<crate::support::Translated<'r>>>,
    >,
    /// `family`: list<object>
    #[serde(skip_serializing_if = "crate::support::Slot::is_omit")]
    pub family: crate::support::Slot<::std::vec::Vec<OutputFamily<'r>>>,
}
impl crate::support::Empty for Output<'_> {}
/// Fields 1 to 28 of `Output`.
fn fields_output_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapping_dsl::rt::Context,
    loc: &crate::support::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_case_id = crate::support::finish(
        crate::support::text(input.case_id.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_age = crate::support::finish(
        input.age.get().copied(),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_date_of_birth = crate::support::finish(
        crate::support::text(input.date_of_birth.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_registration_date = crate::support::finish(
        crate::support::text(input.registration_date.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_owned_by = crate::support::finish(
        crate::support::text(input.owned_by.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_consent_for_services = crate::support::finish(
        input.consent_for_services.get().copied(),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_disclosure_other_orgs = crate::support::finish(
        input.disclosure_other_orgs.get().copied(),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_urgent_protection_concern = crate::support::finish(
        input.urgent_protection_concern.get().copied(),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_assessment_requested_on = crate::support::finish(
        crate::support::text(input.assessment_requested_on.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_date_closure = crate::support::finish(
        crate::support::text(input.date_closure.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_primero_id = crate::support::finish(
        crate::support::text(input.id.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_case_display_id = crate::support::finish(
        crate::support::text(input.case_id_display.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_cid = crate::support::finish(
        crate::support::text(input.national_id_no.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_first_name = crate::support::finish(
        crate::support::text(input.name_first.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_last_name = crate::support::finish(
        crate::support::text(input.name_last.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_agency = crate::support::finish(
        crate::support::text(input.owned_by_agency_id.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_location_code = crate::support::finish(
        crate::support::text(input.location_current.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_address = crate::support::finish(
        crate::support::text(input.address_current.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_telephone = crate::support::finish(
        crate::support::text(input.telephone_current.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_child_shield_case_id = crate::support::finish(
        crate::support::text(input.child_shield_case_id_95aaf33.get()),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_created_date = crate::support::finish(
        crate::support::substr(
            crate::support::text(input.created_at.get()),
            ::std::option::Option::Some(0i64),
            ::std::option::Option::Some(10i64),
        ),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_last_updated_date = crate::support::finish(
        crate::support::substr(
            crate::support::text(input.last_updated_at.get()),
            ::std::option::Option::Some(0i64),
            ::std::option::Option::Some(10i64),
        ),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_consent_date = crate::support::finish(
        crate::support::substr(
            crate::support::text(input.when_was_the_consent_assent_obtained.get()),
            ::std::option::Option::Some(0i64),
            ::std::option::Option::Some(10i64),
        ),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_full_name = crate::support::finish(
        ::std::option::Option::Some(::std::borrow::Cow::<'_, str>::Owned(
            ::mapping_dsl::stdlib::text::concat(&[
                crate::support::text(input.name_first.get()).as_deref(),
                ::std::option::Option::Some(::std::borrow::Cow::Borrowed(" ")).as_deref(),
                crate::support::text(input.name_last.get()).as_deref(),
            ]),
        )),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_case_ref = crate::support::finish(
        ::std::option::Option::Some(::std::borrow::Cow::<'_, str>::Owned(
            ::mapping_dsl::stdlib::text::concat(&[
                crate::support::text(input.owned_by_agency_id.get()).as_deref(),
                ::std::option::Option::Some(::std::borrow::Cow::Borrowed("/")).as_deref(),
                crate::support::text(input.case_id_display.get()).as_deref(),
            ]),
        )),
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_sync_status = crate::support::finish(
        {
            let c = ::mapping_dsl::stdlib::ops::compare(
                ::mapping_dsl::ir::BinOp::Eq,
                crate::support::text(input.status.get()).as_deref(),
                ::std::option::Option::Some("closed"),
            );
            if c {
                ::std::option::Option::Some(::std::borrow::Cow::Borrowed("closed"))
            } else {
                ::std::option::Option::Some(::std::borrow::Cow::Borrowed("open"))
            }
        },
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_age_group = crate::support::finish(
        {
            let c = ::mapping_dsl::stdlib::ops::compare(
                ::mapping_dsl::ir::BinOp::Eq,
                input.age.get().copied(),
                ::std::option::Option::None,
            );
            if c {
                ::std::option::Option::Some(::std::borrow::Cow::Borrowed("unknown"))
            } else {
                {
                    let c = ::mapping_dsl::stdlib::ops::compare(
                        ::mapping_dsl::ir::BinOp::Lt,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_sex = crate::support::finish(
        match input.sex.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "gender",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
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
    ctx: &'r ::mapping_dsl::rt::Context,
    loc: &crate::support::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_risk_level = crate::support::finish(
        match input.risk_level.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "risk_level",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_workflow = crate::support::finish(
        match input.workflow.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "workflow",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_maritial_status = crate::support::finish(
        match input.maritial_status.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "marital_status",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_occupation_1 = crate::support::finish(
        match input.occupation_1.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "occupation",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_family_status = crate::support::finish(
        match input.family_status.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "family_status",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_school_level = crate::support::finish(
        match input.school_level.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "school_level",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_type_of_place_where_the_incident_occurred_4145aa8 = crate::support::finish(
        match input
            .type_of_place_where_the_incident_occurred_4145aa8
            .get()
        {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "type_of_place_incident",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_insurance_type = crate::support::finish(
        match input.insurance_type.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "insurance_type",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_working_status = crate::support::finish(
        match input.working_status.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "working",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_displacement_status = crate::support::finish(
        match input.displacement_status.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "displacement_status",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_service_response_type = crate::support::finish(
        match input.service_response_type.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "service_response_type",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_what_is_your_relationship_with_the_child_29056fb = crate::support::finish(
        match input.what_is_your_relationship_with_the_child_29056fb.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "plh_child_relationship",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
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
    ctx: &'r ::mapping_dsl::rt::Context,
    loc: &crate::support::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_how_often_do_you_feel_happy_ccb0fd7 = crate::support::finish(
        match input.how_often_do_you_feel_happy_ccb0fd7.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "plh_frequency_7",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_status_of_treatment_plan = crate::support::finish(
        match input.status_of_treatment_plan.get() {
            ::std::option::Option::Some(v)
                if !::mapping_dsl::stdlib::translate::is_unanswered(
                    crate::support::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match crate::support::translated(
                        ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "status_of_treatment_plan",
                        "th",
                        ::mapping_dsl::ir::UnknownCode::Null,
                        ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_protection_concerns = crate::support::finish(
        match input.protection_concerns.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "protection_concerns",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_nationality = crate::support::finish(
        match input.nationality.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "country",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_type_of_abuse = crate::support::finish(
        match input.type_of_abuse.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "type_of_abuse",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_human_trafficking = crate::support::finish(
        match input.human_trafficking.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "human_trafficking",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_mental_abuse = crate::support::finish(
        match input.mental_abuse.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "mental_abuse",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_services_provided = crate::support::finish(
        match input.services_provided.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "services_all",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_stimulant_factors = crate::support::finish(
        match input.stimulant_factors.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "stimulant_factors",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
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
    ctx: &'r ::mapping_dsl::rt::Context,
    loc: &crate::support::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapping_dsl::rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_economic_issues = crate::support::finish(
        match input.economic_issues.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item.get() {
                        ::std::option::Option::None => out.push(::std::option::Option::None),
                        ::std::option::Option::Some(v)
                            if ::mapping_dsl::stdlib::translate::is_unanswered(
                                crate::support::Code::code(v),
                            ) => {}
                        ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(
                            match crate::support::translated(
                                ::std::borrow::Cow::Borrowed(crate::support::Code::code(v)),
                                v.label(super::options::LANG_TH),
                                "economic_issues",
                                "th",
                                ::mapping_dsl::ir::UnknownCode::Null,
                                ::mapping_dsl::ir::MissingLabel::Error,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
        },
        ::std::option::Option::None,
    );
    let f_family = crate::support::finish(
        match input.family_details_section.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &crate::support::Loc::Elem {
                        parent: loc,
                        name: "family",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_relation = crate::support::finish(
                                match e0.and_then(|v| v.relation.get()) {
                                    ::std::option::Option::Some(v)
                                        if !::mapping_dsl::stdlib::translate::is_unanswered(
                                            crate::support::Code::code(v),
                                        ) =>
                                    {
                                        ::std::option::Option::Some(
                                            match crate::support::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    crate::support::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "relation",
                                                "th",
                                                ::mapping_dsl::ir::UnknownCode::Null,
                                                ::mapping_dsl::ir::MissingLabel::Error,
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
                                crate::support::Policy {
                                    missing: crate::support::As::Keep,
                                    empty_string: crate::support::As::Keep,
                                    empty_list: crate::support::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_name = crate::support::finish(
                                crate::support::text(e0.and_then(|v| v.relation_name.get())),
                                crate::support::Policy {
                                    missing: crate::support::As::Keep,
                                    empty_string: crate::support::As::Keep,
                                    empty_list: crate::support::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_age = crate::support::finish(
                                e0.and_then(|v| v.relation_age.get()).copied(),
                                crate::support::Policy {
                                    missing: crate::support::As::Keep,
                                    empty_string: crate::support::As::Keep,
                                    empty_list: crate::support::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_date_of_birth = crate::support::finish(
                                crate::support::text(
                                    e0.and_then(|v| v.relation_date_of_birth.get()),
                                ),
                                crate::support::Policy {
                                    missing: crate::support::As::Keep,
                                    empty_string: crate::support::As::Keep,
                                    empty_list: crate::support::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_is_alive = crate::support::finish(
                                match e0.and_then(|v| v.relation_is_alive.get()) {
                                    ::std::option::Option::Some(v)
                                        if !::mapping_dsl::stdlib::translate::is_unanswered(
                                            crate::support::Code::code(v),
                                        ) =>
                                    {
                                        ::std::option::Option::Some(
                                            match crate::support::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    crate::support::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "yes_no_unknown",
                                                "th",
                                                ::mapping_dsl::ir::UnknownCode::Null,
                                                ::mapping_dsl::ir::MissingLabel::Error,
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
                                crate::support::Policy {
                                    missing: crate::support::As::Keep,
                                    empty_string: crate::support::As::Keep,
                                    empty_list: crate::support::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_is_caregiver = crate::support::finish(
                                e0.and_then(|v| v.relation_is_caregiver.get()).copied(),
                                crate::support::Policy {
                                    missing: crate::support::As::Keep,
                                    empty_string: crate::support::As::Keep,
                                    empty_list: crate::support::As::Keep,
                                },
                                ::std::option::Option::None,
                            );
                            let f_telephone = crate::support::finish(
                                crate::support::text(e0.and_then(|v| v.relation_telephone.get())),
                                crate::support::Policy {
                                    missing: crate::support::As::Keep,
                                    empty_string: crate::support::As::Keep,
                                    empty_list: crate::support::As::Keep,
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
        crate::support::Policy {
            missing: crate::support::As::Keep,
            empty_string: crate::support::As::Keep,
            empty_list: crate::support::As::Keep,
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
    ctx: &'r ::mapping_dsl::rt::Context,
) -> ::std::result::Result<::std::option::Option<Output<'r>>, ::mapping_dsl::rt::TransformError> {
    run(input, ctx).map_err(|mut e| {
        if e.record.is_none() {
            e.record = record_key(input, ctx).ok().flatten();
        }
        e
    })
}
fn run<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapping_dsl::rt::Context,
) -> ::std::result::Result<::std::option::Option<Output<'r>>, ::mapping_dsl::rt::TransformError> {
    let loc = &crate::support::Loc::Root;
    check_input(input, loc, ctx)?;
    let keep = ((::mapping_dsl::stdlib::ops::compare(
        ::mapping_dsl::ir::BinOp::Eq,
        crate::support::text(input.status.get()).as_deref(),
        ::std::option::Option::Some("closed"),
    ) && ::mapping_dsl::stdlib::ops::compare(
        ::mapping_dsl::ir::BinOp::Ne,
        crate::support::text(input.date_closure.get()).as_deref(),
        ::std::option::Option::<&str>::None,
    )) && ::mapping_dsl::stdlib::ops::compare(
        ::mapping_dsl::ir::BinOp::Ge,
        crate::support::text(input.date_closure.get()).as_deref(),
        crate::support::substr(
            crate::support::param_text(
                ctx,
                "cursor",
                ::std::option::Option::Some("2023-01-27T00:00:00.000Z"),
            ),
            ::std::option::Option::Some(0i64),
            ::std::option::Option::Some(10i64),
        )
        .as_deref(),
    )) || ((::mapping_dsl::stdlib::ops::compare(
        ::mapping_dsl::ir::BinOp::Ne,
        crate::support::text(input.status.get()).as_deref(),
        ::std::option::Option::Some("closed"),
    ) && ::mapping_dsl::stdlib::ops::compare(
        ::mapping_dsl::ir::BinOp::Ne,
        crate::support::text(input.assessment_requested_on.get()).as_deref(),
        ::std::option::Option::<&str>::None,
    )) && ::mapping_dsl::stdlib::ops::compare(
        ::mapping_dsl::ir::BinOp::Ge,
        crate::support::text(input.assessment_requested_on.get()).as_deref(),
        crate::support::substr(
            crate::support::param_text(
                ctx,
                "cursor",
                ::std::option::Option::Some("2023-01-27T00:00:00.000Z"),
            ),
            ::std::option::Option::Some(0i64),
            ::std::option::Option::Some(10i64),
        )
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
    ctx: &::mapping_dsl::rt::Context,
) -> ::std::result::Result<
    ::std::option::Option<::std::string::String>,
    ::mapping_dsl::rt::TransformError,
> {
    let loc = &crate::support::Loc::Root;
    let _ = (input, ctx, loc);
    ::std::result::Result::Ok(crate::support::key_text(crate::support::text(
        input.id.get(),
    )))
}
/// [`transform`] over a parsed JSON record.
pub fn run_value(
    record: &::serde_json::Value,
    ctx: &::mapping_dsl::rt::Context,
) -> ::std::result::Result<
    ::std::option::Option<::serde_json::Value>,
    ::mapping_dsl::rt::TransformError,
> {
    let input: Input<'_> = crate::support::read_value(record)?;
    match transform(&input, ctx)? {
        ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
        ::std::option::Option::Some(out) => ::serde_json::to_value(&out)
            .map(::std::option::Option::Some)
            .map_err(crate::support::write_error),
    }
}
/// [`transform`] over the bytes of one JSON record, writing compact JSON.
pub fn run_bytes(
    record: &[u8],
    ctx: &::mapping_dsl::rt::Context,
) -> ::std::result::Result<
    ::std::option::Option<::std::vec::Vec<u8>>,
    ::mapping_dsl::rt::TransformError,
> {
    let input: Input<'_> = crate::support::read_bytes(record)?;
    match transform(&input, ctx)? {
        ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
        ::std::option::Option::Some(out) => ::serde_json::to_vec(&out)
            .map(::std::option::Option::Some)
            .map_err(crate::support::write_error),
    }
}
/// [`transform`] over the bytes of one record, appending compact JSON to `out`
/// (no allocation per record once `out` has grown). `Ok(false)`: dropped by `keep`.
pub fn run_into(
    record: &[u8],
    ctx: &::mapping_dsl::rt::Context,
    out: &mut ::std::vec::Vec<u8>,
) -> ::std::result::Result<bool, ::mapping_dsl::rt::TransformError> {
    let input: Input<'_> = crate::support::read_bytes(record)?;
    match transform(&input, ctx)? {
        ::std::option::Option::None => ::std::result::Result::Ok(false),
        ::std::option::Option::Some(value) => ::serde_json::to_writer(out, &value)
            .map(|()| true)
            .map_err(crate::support::write_error),
    }
}
