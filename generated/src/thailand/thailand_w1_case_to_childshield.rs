// @generated from mappings/thailand/transforms/w1_case_to_childshield.yaml by `cargo gen`: do not edit.

/*! Transform `thailand_w1_case_to_childshield`: `primero_case` -> `childshield_primeroservice`.

Primero case -> Child Shield primeroservice activity (WF1, daily reporting)*/
#![allow(clippy::needless_question_mark)]
/// The registry name.
pub const NAME: &str = "thailand_w1_case_to_childshield";
#[derive(Debug, Clone, Default, ::serde::Deserialize)]
pub struct Input<'a> {
    /// `case_id_display`: string, nullable
    #[serde(borrow, default)]
    pub case_id_display: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `age_assessment`: list of objects, nullable
    #[serde(borrow, default)]
    pub age_assessment:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputAgeAssessment<'a>>>>,
    /// `assessment_requested_on`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub assessment_requested_on: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `case_plan_due_date`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub case_plan_due_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `urgent_protection_concern`: json, nullable
    #[serde(default)]
    pub urgent_protection_concern: ::std::option::Option<::serde_json::Value>,
    /// `risk_level`: select(risk_level), nullable
    #[serde(default)]
    pub risk_level: ::mapwright_rt::Field<super::options::RiskLevel>,
    /// `assessment_update`: list of objects, nullable
    #[serde(borrow, default)]
    pub assessment_update:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputAssessmentUpdate<'a>>>>,
    /// `national_id_no`: string, nullable
    #[serde(borrow, default)]
    pub national_id_no: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `registration_date`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub registration_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `physical_characteristics`: string, nullable
    #[serde(borrow, default)]
    pub physical_characteristics: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_id_no`: string, nullable
    #[serde(borrow, default)]
    pub other_id_no: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_id_type`: string, nullable
    #[serde(borrow, default)]
    pub other_id_type: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `address_of_accomodation__foreigners_only_`: string, nullable
    #[serde(rename = "address_of_accomodation__foreigners_only_", borrow, default)]
    pub address_of_accomodation_foreigners_only: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `assessment_due_date`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub assessment_due_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `location_current`: select(locations), nullable
    #[serde(default)]
    pub location_current: ::mapwright_rt::Field<super::options::Locations>,
    /// `protection_concerns_other`: string, nullable
    #[serde(borrow, default)]
    pub protection_concerns_other: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `protection_concerns`: multi_select(protection_concerns), nullable
    #[serde(default)]
    pub protection_concerns: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ProtectionConcerns>>,
    >,
    /// `conference_details_subform`: list of objects, nullable
    #[serde(borrow, default)]
    pub conference_details_subform: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<InputConferenceDetailsSubform<'a>>>,
    >,
    /// `date_case_plan`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_case_plan: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `additional_details_3d84596`: string, nullable
    #[serde(borrow, default)]
    pub additional_details_3d84596: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `family_size`: number, nullable
    #[serde(default)]
    pub family_size: ::mapwright_rt::Field<::serde_json::Number>,
    /// `who_is_the_patient_living_with_`: string, nullable
    #[serde(rename = "who_is_the_patient_living_with_", borrow, default)]
    pub who_is_the_patient_living_with: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `family_notes`: string, nullable
    #[serde(borrow, default)]
    pub family_notes: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `family_status`: multi_select(th_family_status_77c0099), nullable
    #[serde(default)]
    pub family_status: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThFamilyStatus77c0099>>,
    >,
    /// `family_details_section`: list of objects, nullable
    #[serde(borrow, default)]
    pub family_details_section: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<InputFamilyDetailsSection<'a>>>,
    >,
    /// `final_diagnosis_3696c45`: json, nullable
    #[serde(default)]
    pub final_diagnosis_3696c45: ::std::option::Option<::serde_json::Value>,
    /// `main_diagnosis__04438ee`: string, nullable
    #[serde(rename = "main_diagnosis__04438ee", borrow, default)]
    pub main_diagnosis_04438ee: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `co_morbidity_d3dfab2`: string, nullable
    #[serde(borrow, default)]
    pub co_morbidity_d3dfab2: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `complications_123ecae`: string, nullable
    #[serde(borrow, default)]
    pub complications_123ecae: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_diagnosis_a692bec`: string, nullable
    #[serde(borrow, default)]
    pub other_diagnosis_a692bec: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `operation_room_procedure_bb7cffa`: string, nullable
    #[serde(borrow, default)]
    pub operation_room_procedure_bb7cffa: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `external_cause_of_injury_8451818`: string, nullable
    #[serde(borrow, default)]
    pub external_cause_of_injury_8451818: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `status_of_treatment_plan_a8ca0e8`: select(th_status_of_treatment_plan_5d53730), nullable
    #[serde(default)]
    pub status_of_treatment_plan_a8ca0e8:
        ::mapwright_rt::Field<super::options::ThStatusOfTreatmentPlan5d53730>,
    /// `followup_subform_section`: list of objects, nullable
    #[serde(borrow, default)]
    pub followup_subform_section: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<InputFollowupSubformSection<'a>>>,
    >,
    /// `age_declared_by_the_child`: number, nullable
    #[serde(default)]
    pub age_declared_by_the_child: ::mapwright_rt::Field<::serde_json::Number>,
    /// `date_2`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_2: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be`: number, nullable
    #[serde(default)]
    pub the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be:
        ::mapwright_rt::Field<::serde_json::Number>,
    /// `months_708ed08`: number, nullable
    #[serde(default)]
    pub months_708ed08: ::mapwright_rt::Field<::serde_json::Number>,
    /// `the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be`: number, nullable
    #[serde(default)]
    pub the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be:
        ::mapwright_rt::Field<::serde_json::Number>,
    /// `months_8023723`: number, nullable
    #[serde(default)]
    pub months_8023723: ::mapwright_rt::Field<::serde_json::Number>,
    /// `is_the_subject_given_the_benefit_of_the_doubt_`: json, nullable
    #[serde(rename = "is_the_subject_given_the_benefit_of_the_doubt_", default)]
    pub is_the_subject_given_the_benefit_of_the_doubt: ::std::option::Option<::serde_json::Value>,
    /// `additional_comments_dc86e91`: string, nullable
    #[serde(borrow, default)]
    pub additional_comments_dc86e91: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_1`: string, nullable
    #[serde(rename = "if_other__please_specify_1", borrow, default)]
    pub if_other_please_specify_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `full_name_4`: string, nullable
    #[serde(borrow, default)]
    pub full_name_4: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_4`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_4: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `disabilities_1`: json, nullable
    #[serde(default)]
    pub disabilities_1: ::std::option::Option<::serde_json::Value>,
    /// `chronic_illness`: json, nullable
    #[serde(default)]
    pub chronic_illness: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_1`: string, nullable
    #[serde(rename = "if_yes__please_specify_1", borrow, default)]
    pub if_yes_please_specify_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `mental_illness`: json, nullable
    #[serde(default)]
    pub mental_illness: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_2`: string, nullable
    #[serde(rename = "if_yes__please_specify_2", borrow, default)]
    pub if_yes_please_specify_2: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `behavior_of_risk`: json, nullable
    #[serde(default)]
    pub behavior_of_risk: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_3`: string, nullable
    #[serde(rename = "if_yes__please_specify_3", borrow, default)]
    pub if_yes_please_specify_3: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `reproductive_health_information`: string, nullable
    #[serde(borrow, default)]
    pub reproductive_health_information: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `developmental_issue`: json, nullable
    #[serde(default)]
    pub developmental_issue: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_4`: string, nullable
    #[serde(rename = "if_yes__please_specify_4", borrow, default)]
    pub if_yes_please_specify_4: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `vaccinations_are_up_to_date`: json, nullable
    #[serde(default)]
    pub vaccinations_are_up_to_date: ::std::option::Option<::serde_json::Value>,
    /// `if_not__please_specify`: string, nullable
    #[serde(rename = "if_not__please_specify", borrow, default)]
    pub if_not_please_specify: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `nutritional_conditions_are_adequate`: json, nullable
    #[serde(default)]
    pub nutritional_conditions_are_adequate: ::std::option::Option<::serde_json::Value>,
    /// `if_no__please_specify`: string, nullable
    #[serde(rename = "if_no__please_specify", borrow, default)]
    pub if_no_please_specify: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `caregiver_s_disabilities`: json, nullable
    #[serde(default)]
    pub caregiver_s_disabilities: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_5`: string, nullable
    #[serde(rename = "if_yes__please_specify_5", borrow, default)]
    pub if_yes_please_specify_5: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `caregiver_s_chronic_illness_es`: json, nullable
    #[serde(default)]
    pub caregiver_s_chronic_illness_es: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_6`: string, nullable
    #[serde(rename = "if_yes__please_specify_6", borrow, default)]
    pub if_yes_please_specify_6: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `caregiver_s_mental_illness_es`: json, nullable
    #[serde(default)]
    pub caregiver_s_mental_illness_es: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_7`: string, nullable
    #[serde(rename = "if_yes__please_specify_7", borrow, default)]
    pub if_yes_please_specify_7: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `caregiver_s_economic_issue_s`: json, nullable
    #[serde(default)]
    pub caregiver_s_economic_issue_s: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_8`: string, nullable
    #[serde(rename = "if_yes__please_specify_8", borrow, default)]
    pub if_yes_please_specify_8: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `caregiver_s_substance_abuse_issue`: json, nullable
    #[serde(default)]
    pub caregiver_s_substance_abuse_issue: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_9`: string, nullable
    #[serde(rename = "if_yes__please_specify_9", borrow, default)]
    pub if_yes_please_specify_9: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `physical_abuse_issue`: json, nullable
    #[serde(default)]
    pub physical_abuse_issue: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_10`: string, nullable
    #[serde(rename = "if_yes__please_specify_10", borrow, default)]
    pub if_yes_please_specify_10: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_relevant_information_about_the_caregiver_s`: string, nullable
    #[serde(borrow, default)]
    pub other_relevant_information_about_the_caregiver_s:
        ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `gambling_issue_in_the_family`: json, nullable
    #[serde(default)]
    pub gambling_issue_in_the_family: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_11`: string, nullable
    #[serde(rename = "if_yes__please_specify_11", borrow, default)]
    pub if_yes_please_specify_11: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `substance_abuse_in_the_family_community`: json, nullable
    #[serde(default)]
    pub substance_abuse_in_the_family_community: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_12`: string, nullable
    #[serde(rename = "if_yes__please_specify_12", borrow, default)]
    pub if_yes_please_specify_12: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `entertainment_venues_near_the_household`: json, nullable
    #[serde(default)]
    pub entertainment_venues_near_the_household: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_13`: string, nullable
    #[serde(rename = "if_yes__please_specify_13", borrow, default)]
    pub if_yes_please_specify_13: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `girls_lie_together_in_the_same_room_as_their_male_relatives`: json, nullable
    #[serde(default)]
    pub girls_lie_together_in_the_same_room_as_their_male_relatives:
        ::std::option::Option<::serde_json::Value>,
    /// `girls_lie_together_in_the_same_room_as_their_female_relatives`: json, nullable
    #[serde(default)]
    pub girls_lie_together_in_the_same_room_as_their_female_relatives:
        ::std::option::Option<::serde_json::Value>,
    /// `boys_lie_in_the_same_room_as_their_female_relatives`: json, nullable
    #[serde(default)]
    pub boys_lie_in_the_same_room_as_their_female_relatives:
        ::std::option::Option<::serde_json::Value>,
    /// `boys_lie_together_in_the_same_room_as_their_male_relatives`: json, nullable
    #[serde(default)]
    pub boys_lie_together_in_the_same_room_as_their_male_relatives:
        ::std::option::Option<::serde_json::Value>,
    /// `specify_any_other_relevant_information_on_the_sleeping_arrangements`: string, nullable
    #[serde(borrow, default)]
    pub specify_any_other_relevant_information_on_the_sleeping_arrangements:
        ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `history_of_illegal_activities_behaviors_in_the_family`: json, nullable
    #[serde(default)]
    pub history_of_illegal_activities_behaviors_in_the_family:
        ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_14`: string, nullable
    #[serde(rename = "if_yes__please_specify_14", borrow, default)]
    pub if_yes_please_specify_14: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `history_of_child_labor_in_the_family_community`: json, nullable
    #[serde(default)]
    pub history_of_child_labor_in_the_family_community: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_15`: string, nullable
    #[serde(rename = "if_yes__please_specify_15", borrow, default)]
    pub if_yes_please_specify_15: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `bullying`: json, nullable
    #[serde(default)]
    pub bullying: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_16`: string, nullable
    #[serde(rename = "if_yes__please_specify_16", borrow, default)]
    pub if_yes_please_specify_16: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `mingling_and_causing_annoyance_to_others`: json, nullable
    #[serde(default)]
    pub mingling_and_causing_annoyance_to_others: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_17`: string, nullable
    #[serde(rename = "if_yes__please_specify_17", borrow, default)]
    pub if_yes_please_specify_17: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `gambling`: json, nullable
    #[serde(default)]
    pub gambling: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_18`: string, nullable
    #[serde(rename = "if_yes__please_specify_18", borrow, default)]
    pub if_yes_please_specify_18: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `substance_abuse`: json, nullable
    #[serde(default)]
    pub substance_abuse: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_19`: string, nullable
    #[serde(rename = "if_yes__please_specify_19", borrow, default)]
    pub if_yes_please_specify_19: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `involved_in_sex_trade`: json, nullable
    #[serde(default)]
    pub involved_in_sex_trade: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_20`: string, nullable
    #[serde(rename = "if_yes__please_specify_20", borrow, default)]
    pub if_yes_please_specify_20: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `behaves_in_a_sexually_inappropriate_or_obscene_manner`: json, nullable
    #[serde(default)]
    pub behaves_in_a_sexually_inappropriate_or_obscene_manner:
        ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_21`: string, nullable
    #[serde(rename = "if_yes__please_specify_21", borrow, default)]
    pub if_yes_please_specify_21: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `resisting_parental_teachings`: json, nullable
    #[serde(default)]
    pub resisting_parental_teachings: ::std::option::Option<::serde_json::Value>,
    /// `if_yes__please_specify_22`: string, nullable
    #[serde(rename = "if_yes__please_specify_22", borrow, default)]
    pub if_yes_please_specify_22: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `reporting_date_d36d4ae`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub reporting_date_d36d4ae: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `report_registration_number_b868e09`: string, nullable
    #[serde(borrow, default)]
    pub report_registration_number_b868e09: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `full_name_ab6062c`: string, nullable
    #[serde(borrow, default)]
    pub full_name_ab6062c: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `position_9401fd4`: string, nullable
    #[serde(borrow, default)]
    pub position_9401fd4: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `agency_75fac1e`: string, nullable
    #[serde(borrow, default)]
    pub agency_75fac1e: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `contact_details_aa1dbe6`: string, nullable
    #[serde(borrow, default)]
    pub contact_details_aa1dbe6: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `current_total`: number, nullable
    #[serde(default)]
    pub current_total: ::mapwright_rt::Field<::serde_json::Number>,
    /// `new_expense`: list of objects, nullable
    #[serde(borrow, default)]
    pub new_expense:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputNewExpense<'a>>>>,
    /// `closure_reason_other`: string, nullable
    #[serde(borrow, default)]
    pub closure_reason_other: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_closure`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_closure: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `additional_comments_a0185f7`: string, nullable
    #[serde(borrow, default)]
    pub additional_comments_a0185f7: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `status`: select(case_status), nullable
    #[serde(default)]
    pub status: ::mapwright_rt::Field<super::options::CaseStatus>,
    /// `closure_reason`: select(closure_reason), nullable
    #[serde(default)]
    pub closure_reason: ::mapwright_rt::Field<super::options::ClosureReason>,
    /// `new_formal_complaint_2`: list of objects, nullable
    #[serde(borrow, default)]
    pub new_formal_complaint_2:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputNewFormalComplaint2<'a>>>>,
    /// `services_section`: list of objects, nullable
    #[serde(borrow, default)]
    pub services_section:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputServicesSection<'a>>>>,
    /// `services_needed`: list of objects, nullable
    #[serde(borrow, default)]
    pub services_needed:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputServicesNeeded<'a>>>>,
    /// `witnesses__6c0a33c`: list of objects, nullable
    #[serde(rename = "witnesses__6c0a33c", borrow, default)]
    pub witnesses_6c0a33c:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputWitnesses6c0a33c<'a>>>>,
    /// `new_pregnancy`: list of objects, nullable
    #[serde(borrow, default)]
    pub new_pregnancy:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputNewPregnancy<'a>>>>,
    /// `first_pregnancy_at_age`: number, nullable
    #[serde(default)]
    pub first_pregnancy_at_age: ::mapwright_rt::Field<::serde_json::Number>,
    /// `number_of_live_births_to_date`: number, nullable
    #[serde(default)]
    pub number_of_live_births_to_date: ::mapwright_rt::Field<::serde_json::Number>,
    /// `history_of_abortion__if_any_`: string, nullable
    #[serde(rename = "history_of_abortion__if_any_", borrow, default)]
    pub history_of_abortion_if_any: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `physical_check_2`: list of objects, nullable
    #[serde(borrow, default)]
    pub physical_check_2:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<InputPhysicalCheck2<'a>>>>,
    /// `preliminary_observations_2`: list of objects, nullable
    #[serde(borrow, default)]
    pub preliminary_observations_2: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<InputPreliminaryObservations2<'a>>>,
    >,
    /// `date_of_incident_creation_e497d33`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_of_incident_creation_e497d33: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_of_abuse_6e0107e`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_of_abuse_6e0107e: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `sender_s_national_id_number_eff07fa`: string, nullable
    #[serde(borrow, default)]
    pub sender_s_national_id_number_eff07fa: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `sender_s_contact_details_8ef4518`: string, nullable
    #[serde(borrow, default)]
    pub sender_s_contact_details_8ef4518: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `address_where_the_incident_took_place_6a203b8`: string, nullable
    #[serde(borrow, default)]
    pub address_where_the_incident_took_place_6a203b8:
        ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_relevant_details_ecfea34`: string, nullable
    #[serde(borrow, default)]
    pub other_relevant_details_ecfea34: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_047c1fb`: string, nullable
    #[serde(rename = "if_other__please_specify_047c1fb", borrow, default)]
    pub if_other_please_specify_047c1fb: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `please_specify_7832f40`: string, nullable
    #[serde(borrow, default)]
    pub please_specify_7832f40: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_e99bdbc`: string, nullable
    #[serde(rename = "if_other__please_specify_e99bdbc", borrow, default)]
    pub if_other_please_specify_e99bdbc: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_fbd4f87`: string, nullable
    #[serde(rename = "if_other__please_specify_fbd4f87", borrow, default)]
    pub if_other_please_specify_fbd4f87: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_d212f17`: string, nullable
    #[serde(rename = "if_other__please_specify_d212f17", borrow, default)]
    pub if_other_please_specify_d212f17: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_9b6ad5d`: string, nullable
    #[serde(rename = "if_other__please_specify_9b6ad5d", borrow, default)]
    pub if_other_please_specify_9b6ad5d: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_ed0cad3`: string, nullable
    #[serde(rename = "if_other__please_specify_ed0cad3", borrow, default)]
    pub if_other_please_specify_ed0cad3: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_contributing_factors__please_specify_f276d39`: string, nullable
    #[serde(
        rename = "other_contributing_factors__please_specify_f276d39",
        borrow,
        default
    )]
    pub other_contributing_factors_please_specify_f276d39:
        ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `full_name_0aff4ee`: string, nullable
    #[serde(borrow, default)]
    pub full_name_0aff4ee: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `location_of_the_incident_885fe8c`: select(locations), nullable
    #[serde(default)]
    pub location_of_the_incident_885fe8c: ::mapwright_rt::Field<super::options::Locations>,
    /// `sender_s_gender_b83c931`: select(gender), nullable
    #[serde(default)]
    pub sender_s_gender_b83c931: ::mapwright_rt::Field<super::options::Gender>,
    /// `sender_s_occupation_3ed671e`: select(th_occupation_e663285), nullable
    #[serde(default)]
    pub sender_s_occupation_3ed671e: ::mapwright_rt::Field<super::options::ThOccupationE663285>,
    /// `type_of_place_where_the_incident_occurred_bdc967d`: select(th_type_of_place_incident_b37fe11), nullable
    #[serde(default)]
    pub type_of_place_where_the_incident_occurred_bdc967d:
        ::mapwright_rt::Field<super::options::ThTypeOfPlaceIncidentB37fe11>,
    /// `type_of_abuse_431f2ba`: select(cp_violence_type), nullable
    #[serde(default)]
    pub type_of_abuse_431f2ba: ::mapwright_rt::Field<super::options::CpViolenceType>,
    /// `specify_physical_abuse_4867f38`: multi_select(th_types_of_physical_abuse_413db3f), nullable
    #[serde(default)]
    pub specify_physical_abuse_4867f38: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThTypesOfPhysicalAbuse413db3f>>,
    >,
    /// `specify_sexual_abuse_16d36f7`: multi_select(th_sexual_abuse_824d9b2), nullable
    #[serde(default)]
    pub specify_sexual_abuse_16d36f7: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThSexualAbuse824d9b2>>,
    >,
    /// `specify_physical_interaction_d13d273`: select(th_physical_attraction_7f4544f), nullable
    #[serde(default)]
    pub specify_physical_interaction_d13d273:
        ::mapwright_rt::Field<super::options::ThPhysicalAttraction7f4544f>,
    /// `sexual_intercourse_a1585d0`: select(th_sexual_intercourse_caa5755), nullable
    #[serde(default)]
    pub sexual_intercourse_a1585d0:
        ::mapwright_rt::Field<super::options::ThSexualIntercourseCaa5755>,
    /// `if_no_physical_touch__please_specify_1159dde`: multi_select(th_if_no_physical_touch_8fd07c6), nullable
    #[serde(rename = "if_no_physical_touch__please_specify_1159dde", default)]
    pub if_no_physical_touch_please_specify_1159dde: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThIfNoPhysicalTouch8fd07c6>>,
    >,
    /// `specify_mental_abuse_6182644`: multi_select(th_mental_abuse_02cda7b), nullable
    #[serde(default)]
    pub specify_mental_abuse_6182644: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThMentalAbuse02cda7b>>,
    >,
    /// `specify_neglect_9b8a22b`: multi_select(th_neglect_b50da4c), nullable
    #[serde(default)]
    pub specify_neglect_9b8a22b: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThNeglectB50da4c>>,
    >,
    /// `specify_exploitation_ef65c2e`: multi_select(th_exploitation_187146a), nullable
    #[serde(default)]
    pub specify_exploitation_ef65c2e: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThExploitation187146a>>,
    >,
    /// `specify_human_trafficking_dca84dd`: multi_select(th_human_trafficking_5320010), nullable
    #[serde(default)]
    pub specify_human_trafficking_dca84dd: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThHumanTrafficking5320010>>,
    >,
    /// `stimulant_a4096c2`: multi_select(th_stimulant_factors_ba86c95), nullable
    #[serde(default)]
    pub stimulant_a4096c2: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThStimulantFactorsBa86c95>>,
    >,
    /// `relation_within_family_a6c45fd`: multi_select(th_relation_factors_3ad18e0), nullable
    #[serde(default)]
    pub relation_within_family_a6c45fd: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThRelationFactors3ad18e0>>,
    >,
    /// `economic_issue_a445217`: multi_select(th_economic_issues_ba1ddb3), nullable
    #[serde(default)]
    pub economic_issue_a445217: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThEconomicIssuesBa1ddb3>>,
    >,
    /// `physical_issue_2e9f1c6`: multi_select(th_physical_issue_bedfef8), nullable
    #[serde(default)]
    pub physical_issue_2e9f1c6: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThPhysicalIssueBedfef8>>,
    >,
    /// `mental_issue_4785ece`: multi_select(th_mental_issues_54db66d), nullable
    #[serde(default)]
    pub mental_issue_4785ece: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThMentalIssues54db66d>>,
    >,
    /// `other_perpetrator_details_f80fc4e`: list of objects, nullable
    #[serde(borrow, default)]
    pub other_perpetrator_details_f80fc4e: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<InputOtherPerpetratorDetailsF80fc4e<'a>>>,
    >,
    /// `number_of_perpetrator_1c07dd4`: number, nullable
    #[serde(default)]
    pub number_of_perpetrator_1c07dd4: ::mapwright_rt::Field<::serde_json::Number>,
    /// `name_5559215`: string, nullable
    #[serde(borrow, default)]
    pub name_5559215: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `age_21cbe0d`: number, nullable
    #[serde(default)]
    pub age_21cbe0d: ::mapwright_rt::Field<::serde_json::Number>,
    /// `national_id_number_7dd2e74`: string, nullable
    #[serde(borrow, default)]
    pub national_id_number_7dd2e74: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `type_of_other_id_document_b03f1b9`: string, nullable
    #[serde(borrow, default)]
    pub type_of_other_id_document_b03f1b9: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `number_of_other_id_document_09a5601`: string, nullable
    #[serde(borrow, default)]
    pub number_of_other_id_document_09a5601: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `contact_details_31b6f3b`: string, nullable
    #[serde(borrow, default)]
    pub contact_details_31b6f3b: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_contributing_factors__please_specify_53bc483`: string, nullable
    #[serde(
        rename = "other_contributing_factors__please_specify_53bc483",
        borrow,
        default
    )]
    pub other_contributing_factors_please_specify_53bc483:
        ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `nationality_fa822dc`: select(country), nullable
    #[serde(default)]
    pub nationality_fa822dc: ::mapwright_rt::Field<super::options::Country>,
    /// `gender_4e8704a`: select(gender), nullable
    #[serde(default)]
    pub gender_4e8704a: ::mapwright_rt::Field<super::options::Gender>,
    /// `relationship_with_the_abused_eb757fc`: select(perpetrator_relationship), nullable
    #[serde(default)]
    pub relationship_with_the_abused_eb757fc:
        ::mapwright_rt::Field<super::options::PerpetratorRelationship>,
    /// `social_status_6c1074a`: select(marital_status), nullable
    #[serde(default)]
    pub social_status_6c1074a: ::mapwright_rt::Field<super::options::MaritalStatus>,
    /// `occupation_09639f9`: select(th_occupation_e663285), nullable
    #[serde(default)]
    pub occupation_09639f9: ::mapwright_rt::Field<super::options::ThOccupationE663285>,
    /// `stimulant_9191303`: multi_select(th_stimulant_factors_ba86c95), nullable
    #[serde(default)]
    pub stimulant_9191303: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThStimulantFactorsBa86c95>>,
    >,
    /// `relation_within_family_41a62f4`: multi_select(th_relation_factors_3ad18e0), nullable
    #[serde(default)]
    pub relation_within_family_41a62f4: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThRelationFactors3ad18e0>>,
    >,
    /// `environment_3c4fc2b`: multi_select(th_environment_factors_67fe2c8), nullable
    #[serde(default)]
    pub environment_3c4fc2b: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThEnvironmentFactors67fe2c8>>,
    >,
    /// `economic_issues_84c5b46`: multi_select(th_economic_issues_ba1ddb3), nullable
    #[serde(default)]
    pub economic_issues_84c5b46: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThEconomicIssuesBa1ddb3>>,
    >,
    /// `physical_issue_1f182e4`: multi_select(th_physical_issue_bedfef8), nullable
    #[serde(default)]
    pub physical_issue_1f182e4: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThPhysicalIssueBedfef8>>,
    >,
    /// `mental_issue_5607d21`: multi_select(th_mental_issues_54db66d), nullable
    #[serde(default)]
    pub mental_issue_5607d21: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThMentalIssues54db66d>>,
    >,
    /// `email_address`: string, nullable
    #[serde(borrow, default)]
    pub email_address: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_2`: string, nullable
    #[serde(rename = "if_other__please_specify_2", borrow, default)]
    pub if_other_please_specify_2: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `additional_details`: string, nullable
    #[serde(borrow, default)]
    pub additional_details: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `additional_details_1`: string, nullable
    #[serde(borrow, default)]
    pub additional_details_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `occupation_1`: select(th_occupation_e663285), nullable
    #[serde(default)]
    pub occupation_1: ::mapwright_rt::Field<super::options::ThOccupationE663285>,
    /// `if_out_of_school__specify_reason`: select(th_out_of_school_reasons_b5b103a), nullable
    #[serde(rename = "if_out_of_school__specify_reason", default)]
    pub if_out_of_school_specify_reason:
        ::mapwright_rt::Field<super::options::ThOutOfSchoolReasonsB5b103a>,
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
pub struct InputAgeAssessment<'a> {
    /// `date_of_assessment`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_of_assessment: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `age_assessed`: number, nullable
    #[serde(default)]
    pub age_assessed: ::mapwright_rt::Field<::serde_json::Number>,
    /// `months_20cb03a`: number, nullable
    #[serde(default)]
    pub months_20cb03a: ::mapwright_rt::Field<::serde_json::Number>,
    /// `maximum_age_assessed`: number, nullable
    #[serde(default)]
    pub maximum_age_assessed: ::mapwright_rt::Field<::serde_json::Number>,
    /// `months_1453205`: number, nullable
    #[serde(default)]
    pub months_1453205: ::mapwright_rt::Field<::serde_json::Number>,
    /// `additional_comments_1298bc4`: string, nullable
    #[serde(borrow, default)]
    pub additional_comments_1298bc4: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `assessed_by`: string, nullable
    #[serde(borrow, default)]
    pub assessed_by: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `assessment_method`: select(th_age_assessment_method_5559903), nullable
    #[serde(default)]
    pub assessment_method: ::mapwright_rt::Field<super::options::ThAgeAssessmentMethod5559903>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputAgeAssessment<'a> {
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
pub struct InputAssessmentUpdate<'a> {
    /// `update_description`: string, nullable
    #[serde(borrow, default)]
    pub update_description: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `recorded_by_3`: string, nullable
    #[serde(borrow, default)]
    pub recorded_by_3: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_5`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_5: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputAssessmentUpdate<'a> {
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
pub struct InputConferenceDetailsSubform<'a> {
    /// `conference_date`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub conference_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_type_other`: string, nullable
    #[serde(borrow, default)]
    pub conference_type_other: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_reason_other`: string, nullable
    #[serde(borrow, default)]
    pub conference_reason_other: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_participants`: string, nullable
    #[serde(borrow, default)]
    pub conference_participants: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_current_situation`: string, nullable
    #[serde(borrow, default)]
    pub conference_current_situation: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_outcome_recommendations`: string, nullable
    #[serde(borrow, default)]
    pub conference_outcome_recommendations: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_case_status_other`: string, nullable
    #[serde(borrow, default)]
    pub conference_case_status_other: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_case_transfer_reason_other`: string, nullable
    #[serde(borrow, default)]
    pub conference_case_transfer_reason_other: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_followup_actions`: string, nullable
    #[serde(borrow, default)]
    pub conference_followup_actions: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `conference_type`: select(conference_type), nullable
    #[serde(default)]
    pub conference_type: ::mapwright_rt::Field<super::options::ConferenceType>,
    /// `conference_reason`: select(conference_reason), nullable
    #[serde(default)]
    pub conference_reason: ::mapwright_rt::Field<super::options::ConferenceReason>,
    /// `conference_case_status`: select(conference_case_status), nullable
    #[serde(default)]
    pub conference_case_status: ::mapwright_rt::Field<super::options::ConferenceCaseStatus>,
    /// `conference_case_transfer_reason`: select(conference_case_transfer_reason), nullable
    #[serde(default)]
    pub conference_case_transfer_reason:
        ::mapwright_rt::Field<super::options::ConferenceCaseTransferReason>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputConferenceDetailsSubform<'a> {
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
    /// `relation_is_caregiver`: bool, nullable
    #[serde(default)]
    pub relation_is_caregiver: ::mapwright_rt::Field<bool>,
    /// `relation_name`: string, nullable
    #[serde(borrow, default)]
    pub relation_name: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_age`: number, nullable
    #[serde(default)]
    pub relation_age: ::mapwright_rt::Field<::serde_json::Number>,
    /// `relation_date_of_birth`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub relation_date_of_birth: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_death_details`: string, nullable
    #[serde(borrow, default)]
    pub relation_death_details: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `national_id`: string, nullable
    #[serde(borrow, default)]
    pub national_id: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_occupation`: string, nullable
    #[serde(borrow, default)]
    pub relation_occupation: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_address_current`: string, nullable
    #[serde(borrow, default)]
    pub relation_address_current: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_telephone`: string, nullable
    #[serde(borrow, default)]
    pub relation_telephone: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_comments`: string, nullable
    #[serde(borrow, default)]
    pub relation_comments: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `is_this_person_living_in_the_same_household_as_patient_7d39e1d`: select(family_same_hh_7fabd17), nullable
    #[serde(default)]
    pub is_this_person_living_in_the_same_household_as_patient_7d39e1d:
        ::mapwright_rt::Field<super::options::FamilySameHh7fabd17>,
    /// `relation`: select(family_relationship), nullable
    #[serde(default)]
    pub relation: ::mapwright_rt::Field<super::options::FamilyRelationship>,
    /// `relation_is_alive`: select(relation_is_alive), nullable
    #[serde(default)]
    pub relation_is_alive: ::mapwright_rt::Field<super::options::RelationIsAlive>,
    /// `relation_nationality`: multi_select(country), nullable
    #[serde(default)]
    pub relation_nationality:
        ::mapwright_rt::Field<::std::vec::Vec<::mapwright_rt::Field<super::options::Country>>>,
    /// `occupation_3`: select(th_working_3b273b5), nullable
    #[serde(default)]
    pub occupation_3: ::mapwright_rt::Field<super::options::ThWorking3b273b5>,
    /// `relation_location_current`: select(locations), nullable
    #[serde(default)]
    pub relation_location_current: ::mapwright_rt::Field<super::options::Locations>,
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
#[derive(Debug, Clone, Default, ::serde::Deserialize)]
pub struct InputFollowupSubformSection<'a> {
    /// `followup_date`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub followup_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `child_was_seen`: json, nullable
    #[serde(default)]
    pub child_was_seen: ::std::option::Option<::serde_json::Value>,
    /// `reason_child_not_seen_other_details`: string, nullable
    #[serde(borrow, default)]
    pub reason_child_not_seen_other_details: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `action_taken_already`: json, nullable
    #[serde(default)]
    pub action_taken_already: ::std::option::Option<::serde_json::Value>,
    /// `action_taken_date`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub action_taken_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `action_taken_details`: string, nullable
    #[serde(borrow, default)]
    pub action_taken_details: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `followup_comments`: string, nullable
    #[serde(borrow, default)]
    pub followup_comments: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `need_follow_up_visit`: json, nullable
    #[serde(default)]
    pub need_follow_up_visit: ::std::option::Option<::serde_json::Value>,
    /// `when_follow_up_visit_should_happen`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub when_follow_up_visit_should_happen: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `recommend_case_closed`: json, nullable
    #[serde(default)]
    pub recommend_case_closed: ::std::option::Option<::serde_json::Value>,
    /// `followup_type`: select(followup_type), nullable
    #[serde(default)]
    pub followup_type: ::mapwright_rt::Field<super::options::FollowupType>,
    /// `reason_child_not_seen`: multi_select(reason_child_not_seen), nullable
    #[serde(default)]
    pub reason_child_not_seen: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ReasonChildNotSeen>>,
    >,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputFollowupSubformSection<'a> {
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
pub struct InputNewExpense<'a> {
    /// `date_1`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `amount`: number, nullable
    #[serde(default)]
    pub amount: ::mapwright_rt::Field<::serde_json::Number>,
    /// `description`: string, nullable
    #[serde(borrow, default)]
    pub description: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputNewExpense<'a> {
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
pub struct InputNewFormalComplaint2<'a> {
    /// `report_date_and_time_1`: datetime, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub report_date_and_time_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `case_number_code_1`: string, nullable
    #[serde(borrow, default)]
    pub case_number_code_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `police_station_name_1`: string, nullable
    #[serde(borrow, default)]
    pub police_station_name_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `police_focal_point`: string, nullable
    #[serde(borrow, default)]
    pub police_focal_point: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputNewFormalComplaint2<'a> {
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
pub struct InputServicesSection<'a> {
    /// `unique_id`: string, nullable
    #[serde(borrow, default)]
    pub unique_id: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_location`: string, nullable
    #[serde(borrow, default)]
    pub service_location: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_referral_notes`: string, nullable
    #[serde(borrow, default)]
    pub service_referral_notes: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_response_day_time`: datetime, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub service_response_day_time: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `follow_up_comments_ba1ccd1`: string, nullable
    #[serde(borrow, default)]
    pub follow_up_comments_ba1ccd1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `follow_up_date_71b7f60`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub follow_up_date_71b7f60: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_implementing_agency`: string, nullable
    #[serde(borrow, default)]
    pub service_implementing_agency: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_implemented_day_time`: datetime, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub service_implemented_day_time: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `appointment_date_and_time_ece9c5a`: datetime, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub appointment_date_and_time_ece9c5a: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_external_referral`: bool, nullable
    #[serde(default)]
    pub service_external_referral: ::mapwright_rt::Field<bool>,
    /// `service_implementing_agency_external`: string, nullable
    #[serde(borrow, default)]
    pub service_implementing_agency_external: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_provider`: string, nullable
    #[serde(borrow, default)]
    pub service_provider: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `service_type`: select(service_type), nullable
    #[serde(default)]
    pub service_type: ::mapwright_rt::Field<super::options::ServiceType>,
    /// `service_referral`: select(service_referred), nullable
    #[serde(default)]
    pub service_referral: ::mapwright_rt::Field<super::options::ServiceReferred>,
    /// `service_response_type`: select(service_response_type), nullable
    #[serde(default)]
    pub service_response_type: ::mapwright_rt::Field<super::options::ServiceResponseType>,
    /// `service_response_timeframe`: select(service_response_timeframe), nullable
    #[serde(default)]
    pub service_response_timeframe: ::mapwright_rt::Field<super::options::ServiceResponseTimeframe>,
    /// `service_delivery_location`: select(locations), nullable
    #[serde(default)]
    pub service_delivery_location: ::mapwright_rt::Field<super::options::Locations>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputServicesSection<'a> {
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
pub struct InputServicesNeeded<'a> {
    /// `sex_check_and_evaluation`: json, nullable
    #[serde(default)]
    pub sex_check_and_evaluation: ::std::option::Option<::serde_json::Value>,
    /// `please_specify_13`: string, nullable
    #[serde(borrow, default)]
    pub please_specify_13: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `test_text_service_needed`: string, nullable
    #[serde(borrow, default)]
    pub test_text_service_needed: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_other__please_specify_12`: string, nullable
    #[serde(rename = "if_other__please_specify_12", borrow, default)]
    pub if_other_please_specify_12: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `laboratory_test_results`: string, nullable
    #[serde(borrow, default)]
    pub laboratory_test_results: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_support_needed`: string, nullable
    #[serde(borrow, default)]
    pub other_support_needed: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `full_name_3`: string, nullable
    #[serde(borrow, default)]
    pub full_name_3: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_service_needed_by`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_service_needed_by: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `physical`: multi_select(th_physical_evaluation_8bc13ec), nullable
    #[serde(default)]
    pub physical: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThPhysicalEvaluation8bc13ec>>,
    >,
    /// `mental`: multi_select(th_mental_evaluation_2f807e8), nullable
    #[serde(default)]
    pub mental: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThMentalEvaluation2f807e8>>,
    >,
    /// `social`: multi_select(th_social_evaluation_ee73221), nullable
    #[serde(default)]
    pub social: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThSocialEvaluationEe73221>>,
    >,
    /// `physical_1`: multi_select(th_physical_treatment_fd178f9), nullable
    #[serde(default)]
    pub physical_1: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThPhysicalTreatmentFd178f9>>,
    >,
    /// `mental_1`: multi_select(th_mental_treatment_4d7ee2b), nullable
    #[serde(default)]
    pub mental_1: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThMentalTreatment4d7ee2b>>,
    >,
    /// `reproductive_health`: multi_select(th_reproductive_health_treatment_2eeea9f), nullable
    #[serde(default)]
    pub reproductive_health: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<super::options::ThReproductiveHealthTreatment2eeea9f>,
        >,
    >,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputServicesNeeded<'a> {
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
pub struct InputWitnesses6c0a33c<'a> {
    /// `full_name_1dde243`: string, nullable
    #[serde(borrow, default)]
    pub full_name_1dde243: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `testimony__cec1e35`: string, nullable
    #[serde(rename = "testimony__cec1e35", borrow, default)]
    pub testimony_cec1e35: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relation_to_the_child_37c30dc`: select(th_relation_to_the_patient_4db700d), nullable
    #[serde(default)]
    pub relation_to_the_child_37c30dc:
        ::mapwright_rt::Field<super::options::ThRelationToThePatient4db700d>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputWitnesses6c0a33c<'a> {
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
pub struct InputNewPregnancy<'a> {
    /// `date_of_report`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_of_report: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `current_gestational_week`: number, nullable
    #[serde(default)]
    pub current_gestational_week: ::mapwright_rt::Field<::serde_json::Number>,
    /// `if_other__please_specify_10`: string, nullable
    #[serde(rename = "if_other__please_specify_10", borrow, default)]
    pub if_other_please_specify_10: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_factors__please_detail`: string, nullable
    #[serde(rename = "other_factors__please_detail", borrow, default)]
    pub other_factors_please_detail: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `patient_provided_with_alternative_counseling`: json, nullable
    #[serde(default)]
    pub patient_provided_with_alternative_counseling: ::std::option::Option<::serde_json::Value>,
    /// `if_other__please_specify_11`: string, nullable
    #[serde(rename = "if_other__please_specify_11", borrow, default)]
    pub if_other_please_specify_11: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `additional_support`: string, nullable
    #[serde(borrow, default)]
    pub additional_support: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `source_of_information_647b9db`: select(source_of_information_226cd93), nullable
    #[serde(default)]
    pub source_of_information_647b9db:
        ::mapwright_rt::Field<super::options::SourceOfInformation226cd93>,
    /// `reason_for_unexpected_pregnancy`: multi_select(th_reason_for_unexpected_pregnancy_d82edd3), nullable
    #[serde(default)]
    pub reason_for_unexpected_pregnancy: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<super::options::ThReasonForUnexpectedPregnancyD82edd3>,
        >,
    >,
    /// `specify_contraception_problem`: multi_select(th_specify_contraception_problem_e6b21b7), nullable
    #[serde(default)]
    pub specify_contraception_problem: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<super::options::ThSpecifyContraceptionProblemE6b21b7>,
        >,
    >,
    /// `support_needed`: multi_select(th_support_for_pregnancy_9387f1c), nullable
    #[serde(default)]
    pub support_needed: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThSupportForPregnancy9387f1c>>,
    >,
    /// `specify_legal_offenses`: select(th_specify_legal_offenses_b17ba77), nullable
    #[serde(default)]
    pub specify_legal_offenses:
        ::mapwright_rt::Field<super::options::ThSpecifyLegalOffensesB17ba77>,
    /// `factors_for_pregnancy_termination`: multi_select(th_factors_for_pregnancy_termination_862d2ea), nullable
    #[serde(default)]
    pub factors_for_pregnancy_termination: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<super::options::ThFactorsForPregnancyTermination862d2ea>,
        >,
    >,
    /// `specify_physical_issue`: multi_select(th_physical_issue_pregnancy_termination_f99dbb9), nullable
    #[serde(default)]
    pub specify_physical_issue: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<super::options::ThPhysicalIssuePregnancyTerminationF99dbb9>,
        >,
    >,
    /// `specify_mental_issue`: multi_select(th_mental_issue_pregnancy_termination_1aa129d), nullable
    #[serde(default)]
    pub specify_mental_issue: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<super::options::ThMentalIssuePregnancyTermination1aa129d>,
        >,
    >,
    /// `specify_family_social_economic_issues`: multi_select(th_familysocialeconomic_issues_pregnancy_termination_e8ebd62), nullable
    #[serde(default)]
    pub specify_family_social_economic_issues: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<
                super::options::ThFamilysocialeconomicIssuesPregnancyTerminationE8ebd62,
            >,
        >,
    >,
    /// `patient_decision_after_being_provided_with_alternative_counseling`: select(patient_decision_after_being_provided_with_alternative_counseling), nullable
    #[serde(default)]
    pub patient_decision_after_being_provided_with_alternative_counseling: ::mapwright_rt::Field<
        super::options::PatientDecisionAfterBeingProvidedWithAlternativeCounseling,
    >,
    /// `antenatal_care_will_be_provided_at`: select(service_place_code_4bf53ab), nullable
    #[serde(default)]
    pub antenatal_care_will_be_provided_at:
        ::mapwright_rt::Field<super::options::ServicePlaceCode4bf53ab>,
    /// `support_needed_1`: multi_select(th_support_needed_to_terminate_pregnancy_b0fe7fa), nullable
    #[serde(default)]
    pub support_needed_1: ::mapwright_rt::Field<
        ::std::vec::Vec<
            ::mapwright_rt::Field<super::options::ThSupportNeededToTerminatePregnancyB0fe7fa>,
        >,
    >,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputNewPregnancy<'a> {
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
pub struct InputPhysicalCheck2<'a> {
    /// `description_of_physical_examination_observations_1`: string, nullable
    #[serde(borrow, default)]
    pub description_of_physical_examination_observations_1:
        ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `patient_s_weight`: number, nullable
    #[serde(default)]
    pub patient_s_weight: ::mapwright_rt::Field<::serde_json::Number>,
    /// `patient_s_height`: number, nullable
    #[serde(default)]
    pub patient_s_height: ::mapwright_rt::Field<::serde_json::Number>,
    /// `date_of_last_period_menstruation`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_of_last_period_menstruation: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `general_examination_results`: string, nullable
    #[serde(borrow, default)]
    pub general_examination_results: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `general_description_of_genitalia_examination`: string, nullable
    #[serde(borrow, default)]
    pub general_description_of_genitalia_examination:
        ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `labia_minora_details`: string, nullable
    #[serde(borrow, default)]
    pub labia_minora_details: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `introitus_details`: string, nullable
    #[serde(borrow, default)]
    pub introitus_details: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `hymen_details_3538ed4`: string, nullable
    #[serde(borrow, default)]
    pub hymen_details_3538ed4: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_teared__please_estimate_date`: string, nullable
    #[serde(rename = "if_teared__please_estimate_date", borrow, default)]
    pub if_teared_please_estimate_date: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `vagina_details`: select(th_normal_or_abnormal_0523796), nullable
    #[serde(default)]
    pub vagina_details: ::mapwright_rt::Field<super::options::ThNormalOrAbnormal0523796>,
    /// `if_abnormal__please_specify`: string, nullable
    #[serde(rename = "if_abnormal__please_specify", borrow, default)]
    pub if_abnormal_please_specify: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_abnormal__please_specify_1`: string, nullable
    #[serde(rename = "if_abnormal__please_specify_1", borrow, default)]
    pub if_abnormal_please_specify_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `discharge_details`: select(th_normal_or_abnormal_0523796), nullable
    #[serde(default)]
    pub discharge_details: ::mapwright_rt::Field<super::options::ThNormalOrAbnormal0523796>,
    /// `if_abnormal__please_specify_2`: string, nullable
    #[serde(rename = "if_abnormal__please_specify_2", borrow, default)]
    pub if_abnormal_please_specify_2: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `uterus_details`: select(th_normal_or_abnormal_0523796), nullable
    #[serde(default)]
    pub uterus_details: ::mapwright_rt::Field<super::options::ThNormalOrAbnormal0523796>,
    /// `if_abnormal__please_specify_3`: string, nullable
    #[serde(rename = "if_abnormal__please_specify_3", borrow, default)]
    pub if_abnormal_please_specify_3: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `general_description_b738274`: string, nullable
    #[serde(borrow, default)]
    pub general_description_b738274: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `penis_details_79f31be`: select(th_normal_or_abnormal_0523796), nullable
    #[serde(default)]
    pub penis_details_79f31be: ::mapwright_rt::Field<super::options::ThNormalOrAbnormal0523796>,
    /// `if_abnormal__please_specify_d03f913`: string, nullable
    #[serde(rename = "if_abnormal__please_specify_d03f913", borrow, default)]
    pub if_abnormal_please_specify_d03f913: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `urethra_and_discharge_60eb64e`: select(th_normal_or_abnormal_0523796), nullable
    #[serde(default)]
    pub urethra_and_discharge_60eb64e:
        ::mapwright_rt::Field<super::options::ThNormalOrAbnormal0523796>,
    /// `if_abnormal__please_specify_f3f0782`: string, nullable
    #[serde(rename = "if_abnormal__please_specify_f3f0782", borrow, default)]
    pub if_abnormal_please_specify_f3f0782: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `scrotal_sac_f93e04a`: select(th_normal_or_abnormal_0523796), nullable
    #[serde(default)]
    pub scrotal_sac_f93e04a: ::mapwright_rt::Field<super::options::ThNormalOrAbnormal0523796>,
    /// `if_abnormal__please_specify_899040a`: string, nullable
    #[serde(rename = "if_abnormal__please_specify_899040a", borrow, default)]
    pub if_abnormal_please_specify_899040a: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `anus_and_rectum_eaf3784`: select(th_normal_or_abnormal_0523796), nullable
    #[serde(default)]
    pub anus_and_rectum_eaf3784: ::mapwright_rt::Field<super::options::ThNormalOrAbnormal0523796>,
    /// `if_abnormal__please_specify_ab4be7b`: string, nullable
    #[serde(rename = "if_abnormal__please_specify_ab4be7b", borrow, default)]
    pub if_abnormal_please_specify_ab4be7b: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `pregnancy_test_21c37e2`: string, nullable
    #[serde(borrow, default)]
    pub pregnancy_test_21c37e2: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `sperm_check_2612983`: string, nullable
    #[serde(borrow, default)]
    pub sperm_check_2612983: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `if_positive__please_specify_location_s`: string, nullable
    #[serde(rename = "if_positive__please_specify_location_s", borrow, default)]
    pub if_positive_please_specify_location_s: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `acid_phosphates_118c999`: string, nullable
    #[serde(borrow, default)]
    pub acid_phosphates_118c999: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `hiv_ab_8c67abf`: string, nullable
    #[serde(borrow, default)]
    pub hiv_ab_8c67abf: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `vag__smeargram_strain_fce21b2`: string, nullable
    #[serde(rename = "vag__smeargram_strain_fce21b2", borrow, default)]
    pub vag_smeargram_strain_fce21b2: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `vag__parasite_7504774`: string, nullable
    #[serde(rename = "vag__parasite_7504774", borrow, default)]
    pub vag_parasite_7504774: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `vdrl_aa8c121`: string, nullable
    #[serde(borrow, default)]
    pub vdrl_aa8c121: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `hbv_ab__ag_f13b335`: string, nullable
    #[serde(rename = "hbv_ab__ag_f13b335", borrow, default)]
    pub hbv_ab_ag_f13b335: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `hcv_ab_945585c`: string, nullable
    #[serde(borrow, default)]
    pub hcv_ab_945585c: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `other_exams_results__please_specify`: string, nullable
    #[serde(rename = "other_exams_results__please_specify", borrow, default)]
    pub other_exams_results_please_specify: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_6`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_6: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `department_d8ec3cb`: string, nullable
    #[serde(borrow, default)]
    pub department_d8ec3cb: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `description_1`: string, nullable
    #[serde(borrow, default)]
    pub description_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `immediate_treatment_plan`: string, nullable
    #[serde(borrow, default)]
    pub immediate_treatment_plan: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `pregnancy_prevention_medication`: string, nullable
    #[serde(borrow, default)]
    pub pregnancy_prevention_medication: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `anti_infectious_diseases_medication`: string, nullable
    #[serde(borrow, default)]
    pub anti_infectious_diseases_medication: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `anti_hiv_medication`: string, nullable
    #[serde(borrow, default)]
    pub anti_hiv_medication: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `source_of_information_44cac9a`: select(source_of_information_226cd93), nullable
    #[serde(default)]
    pub source_of_information_44cac9a:
        ::mapwright_rt::Field<super::options::SourceOfInformation226cd93>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputPhysicalCheck2<'a> {
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
pub struct InputPreliminaryObservations2<'a> {
    /// `initial_observations_4`: string, nullable
    #[serde(borrow, default)]
    pub initial_observations_4: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `immediate_actions_needed_1`: string, nullable
    #[serde(borrow, default)]
    pub immediate_actions_needed_1: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `home_visit_required__2`: json, nullable
    #[serde(rename = "home_visit_required__2", default)]
    pub home_visit_required_2: ::std::option::Option<::serde_json::Value>,
    /// `full_name_6`: string, nullable
    #[serde(borrow, default)]
    pub full_name_6: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `date_7`: date, nullable
    #[serde(borrow, deserialize_with = "::mapwright_rt::date_or_empty", default)]
    pub date_7: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `social_problems_identified_1`: multi_select(th_social_problems_list_a500731), nullable
    #[serde(default)]
    pub social_problems_identified_1: ::mapwright_rt::Field<
        ::std::vec::Vec<::mapwright_rt::Field<super::options::ThSocialProblemsListA500731>>,
    >,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputPreliminaryObservations2<'a> {
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
pub struct InputOtherPerpetratorDetailsF80fc4e<'a> {
    /// `name_f5a1eac`: string, nullable
    #[serde(borrow, default)]
    pub name_f5a1eac: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `national_id_number_a822f83`: string, nullable
    #[serde(borrow, default)]
    pub national_id_number_a822f83: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `type_of_other_id_document_64e3ffc`: string, nullable
    #[serde(borrow, default)]
    pub type_of_other_id_document_64e3ffc: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `number_of_other_id_document_cddbddb`: string, nullable
    #[serde(borrow, default)]
    pub number_of_other_id_document_cddbddb: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `age_6587e58`: number, nullable
    #[serde(default)]
    pub age_6587e58: ::mapwright_rt::Field<::serde_json::Number>,
    /// `contact_details_b98ed09`: string, nullable
    #[serde(borrow, default)]
    pub contact_details_b98ed09: ::mapwright_rt::Field<::std::borrow::Cow<'a, str>>,
    /// `relationship_with_the_abused_365fcd1`: select(perpetrator_relationship), nullable
    #[serde(default)]
    pub relationship_with_the_abused_365fcd1:
        ::mapwright_rt::Field<super::options::PerpetratorRelationship>,
    /// `gender_2dea3c9`: select(gender), nullable
    #[serde(default)]
    pub gender_2dea3c9: ::mapwright_rt::Field<super::options::Gender>,
    /// `social_status_7c0989a`: select(marital_status), nullable
    #[serde(default)]
    pub social_status_7c0989a: ::mapwright_rt::Field<super::options::MaritalStatus>,
    /// `occupation_c4d6420`: select(th_occupation_e663285), nullable
    #[serde(default)]
    pub occupation_c4d6420: ::mapwright_rt::Field<super::options::ThOccupationE663285>,
}
impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for InputOtherPerpetratorDetailsF80fc4e<'a> {
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
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.case_id_display,
        "string",
        ACCEPT,
        loc,
        "case_id_display",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.age_assessment,
        "list",
        ACCEPT,
        loc,
        "age_assessment",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.age_assessment.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "age_assessment",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputageassessment(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.assessment_requested_on,
        "date",
        DATE_ACCEPT,
        loc,
        "assessment_requested_on",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.case_plan_due_date,
        "date",
        DATE_ACCEPT,
        loc,
        "case_plan_due_date",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.risk_level,
        "an option code (string)",
        ACCEPT,
        loc,
        "risk_level",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.assessment_update,
        "list",
        ACCEPT,
        loc,
        "assessment_update",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.assessment_update.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "assessment_update",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputassessmentupdate(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.national_id_no,
        "string",
        ACCEPT,
        loc,
        "national_id_no",
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
    ::mapwright_rt::check(
        &s.physical_characteristics,
        "string",
        ACCEPT,
        loc,
        "physical_characteristics",
        ctx,
    )?;
    ::mapwright_rt::check(&s.other_id_no, "string", ACCEPT, loc, "other_id_no", ctx)?;
    ::mapwright_rt::check(
        &s.other_id_type,
        "string",
        ACCEPT,
        loc,
        "other_id_type",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.address_of_accomodation_foreigners_only,
        "string",
        ACCEPT,
        loc,
        "address_of_accomodation__foreigners_only_",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.assessment_due_date,
        "date",
        DATE_ACCEPT,
        loc,
        "assessment_due_date",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.location_current,
        "an option code (string)",
        ACCEPT,
        loc,
        "location_current",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.protection_concerns_other,
        "string",
        ACCEPT,
        loc,
        "protection_concerns_other",
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
        &s.conference_details_subform,
        "list",
        ACCEPT,
        loc,
        "conference_details_subform",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.conference_details_subform.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "conference_details_subform",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputconferencedetailssubform(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.date_case_plan,
        "date",
        DATE_ACCEPT,
        loc,
        "date_case_plan",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.additional_details_3d84596,
        "string",
        ACCEPT,
        loc,
        "additional_details_3d84596",
        ctx,
    )?;
    ::mapwright_rt::check(&s.family_size, "number", ACCEPT, loc, "family_size", ctx)?;
    ::mapwright_rt::check(
        &s.who_is_the_patient_living_with,
        "string",
        ACCEPT,
        loc,
        "who_is_the_patient_living_with_",
        ctx,
    )?;
    ::mapwright_rt::check(&s.family_notes, "string", ACCEPT, loc, "family_notes", ctx)?;
    ::mapwright_rt::check(&s.family_status, "list", ACCEPT, loc, "family_status", ctx)?;
    if let ::std::option::Option::Some(items) = s.family_status.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "family_status",
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
    ::mapwright_rt::check(
        &s.main_diagnosis_04438ee,
        "string",
        ACCEPT,
        loc,
        "main_diagnosis__04438ee",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.co_morbidity_d3dfab2,
        "string",
        ACCEPT,
        loc,
        "co_morbidity_d3dfab2",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.complications_123ecae,
        "string",
        ACCEPT,
        loc,
        "complications_123ecae",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_diagnosis_a692bec,
        "string",
        ACCEPT,
        loc,
        "other_diagnosis_a692bec",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.operation_room_procedure_bb7cffa,
        "string",
        ACCEPT,
        loc,
        "operation_room_procedure_bb7cffa",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.external_cause_of_injury_8451818,
        "string",
        ACCEPT,
        loc,
        "external_cause_of_injury_8451818",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.status_of_treatment_plan_a8ca0e8,
        "an option code (string)",
        ACCEPT,
        loc,
        "status_of_treatment_plan_a8ca0e8",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.followup_subform_section,
        "list",
        ACCEPT,
        loc,
        "followup_subform_section",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.followup_subform_section.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "followup_subform_section",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputfollowupsubformsection(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.age_declared_by_the_child,
        "number",
        ACCEPT,
        loc,
        "age_declared_by_the_child",
        ctx,
    )?;
    ::mapwright_rt::check(&s.date_2, "date", DATE_ACCEPT, loc, "date_2", ctx)?;
    ::mapwright_rt::check(
        &s.the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be,
        "number",
        ACCEPT,
        loc,
        "the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.months_708ed08,
        "number",
        ACCEPT,
        loc,
        "months_708ed08",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s
            .the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be,
        "number",
        ACCEPT,
        loc,
        "the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.months_8023723,
        "number",
        ACCEPT,
        loc,
        "months_8023723",
        ctx,
    )?;
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
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.additional_comments_dc86e91,
        "string",
        ACCEPT,
        loc,
        "additional_comments_dc86e91",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_1,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_1",
        ctx,
    )?;
    ::mapwright_rt::check(&s.full_name_4, "string", ACCEPT, loc, "full_name_4", ctx)?;
    ::mapwright_rt::check(&s.date_4, "date", DATE_ACCEPT, loc, "date_4", ctx)?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_1,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_2,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_2",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_3,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_3",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.reproductive_health_information,
        "string",
        ACCEPT,
        loc,
        "reproductive_health_information",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_4,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_4",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_not_please_specify,
        "string",
        ACCEPT,
        loc,
        "if_not__please_specify",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_no_please_specify,
        "string",
        ACCEPT,
        loc,
        "if_no__please_specify",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_5,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_5",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_6,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_6",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_7,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_7",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_8,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_8",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_9,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_9",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_10,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_10",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_relevant_information_about_the_caregiver_s,
        "string",
        ACCEPT,
        loc,
        "other_relevant_information_about_the_caregiver_s",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_11,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_11",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_12,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_12",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_13,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_13",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Fields of `Input`, part 3.
fn check_input_part_2(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.specify_any_other_relevant_information_on_the_sleeping_arrangements,
        "string",
        ACCEPT,
        loc,
        "specify_any_other_relevant_information_on_the_sleeping_arrangements",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_14,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_14",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_15,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_15",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_16,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_16",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_17,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_17",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_18,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_18",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_19,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_19",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_20,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_20",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_21,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_21",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_yes_please_specify_22,
        "string",
        ACCEPT,
        loc,
        "if_yes__please_specify_22",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.reporting_date_d36d4ae,
        "date",
        DATE_ACCEPT,
        loc,
        "reporting_date_d36d4ae",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.report_registration_number_b868e09,
        "string",
        ACCEPT,
        loc,
        "report_registration_number_b868e09",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.full_name_ab6062c,
        "string",
        ACCEPT,
        loc,
        "full_name_ab6062c",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.position_9401fd4,
        "string",
        ACCEPT,
        loc,
        "position_9401fd4",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.agency_75fac1e,
        "string",
        ACCEPT,
        loc,
        "agency_75fac1e",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.contact_details_aa1dbe6,
        "string",
        ACCEPT,
        loc,
        "contact_details_aa1dbe6",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.current_total,
        "number",
        ACCEPT,
        loc,
        "current_total",
        ctx,
    )?;
    ::mapwright_rt::check(&s.new_expense, "list", ACCEPT, loc, "new_expense", ctx)?;
    if let ::std::option::Option::Some(items) = s.new_expense.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "new_expense",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputnewexpense(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.closure_reason_other,
        "string",
        ACCEPT,
        loc,
        "closure_reason_other",
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
        &s.additional_comments_a0185f7,
        "string",
        ACCEPT,
        loc,
        "additional_comments_a0185f7",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.status,
        "an option code (string)",
        ACCEPT,
        loc,
        "status",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.closure_reason,
        "an option code (string)",
        ACCEPT,
        loc,
        "closure_reason",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.new_formal_complaint_2,
        "list",
        ACCEPT,
        loc,
        "new_formal_complaint_2",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.new_formal_complaint_2.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "new_formal_complaint_2",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputnewformalcomplaint2(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.services_section,
        "list",
        ACCEPT,
        loc,
        "services_section",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.services_section.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "services_section",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputservicessection(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.services_needed,
        "list",
        ACCEPT,
        loc,
        "services_needed",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.services_needed.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "services_needed",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputservicesneeded(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.witnesses_6c0a33c,
        "list",
        ACCEPT,
        loc,
        "witnesses__6c0a33c",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.witnesses_6c0a33c.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "witnesses__6c0a33c",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputwitnesses6c0a33c(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(&s.new_pregnancy, "list", ACCEPT, loc, "new_pregnancy", ctx)?;
    if let ::std::option::Option::Some(items) = s.new_pregnancy.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "new_pregnancy",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputnewpregnancy(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.first_pregnancy_at_age,
        "number",
        ACCEPT,
        loc,
        "first_pregnancy_at_age",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Fields of `Input`, part 4.
fn check_input_part_3(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.number_of_live_births_to_date,
        "number",
        ACCEPT,
        loc,
        "number_of_live_births_to_date",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.history_of_abortion_if_any,
        "string",
        ACCEPT,
        loc,
        "history_of_abortion__if_any_",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.physical_check_2,
        "list",
        ACCEPT,
        loc,
        "physical_check_2",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.physical_check_2.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "physical_check_2",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputphysicalcheck2(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.preliminary_observations_2,
        "list",
        ACCEPT,
        loc,
        "preliminary_observations_2",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.preliminary_observations_2.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "preliminary_observations_2",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputpreliminaryobservations2(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.date_of_incident_creation_e497d33,
        "date",
        DATE_ACCEPT,
        loc,
        "date_of_incident_creation_e497d33",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.date_of_abuse_6e0107e,
        "date",
        DATE_ACCEPT,
        loc,
        "date_of_abuse_6e0107e",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.sender_s_national_id_number_eff07fa,
        "string",
        ACCEPT,
        loc,
        "sender_s_national_id_number_eff07fa",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.sender_s_contact_details_8ef4518,
        "string",
        ACCEPT,
        loc,
        "sender_s_contact_details_8ef4518",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.address_where_the_incident_took_place_6a203b8,
        "string",
        ACCEPT,
        loc,
        "address_where_the_incident_took_place_6a203b8",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_relevant_details_ecfea34,
        "string",
        ACCEPT,
        loc,
        "other_relevant_details_ecfea34",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_047c1fb,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_047c1fb",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.please_specify_7832f40,
        "string",
        ACCEPT,
        loc,
        "please_specify_7832f40",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_e99bdbc,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_e99bdbc",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_fbd4f87,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_fbd4f87",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_d212f17,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_d212f17",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_9b6ad5d,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_9b6ad5d",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_ed0cad3,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_ed0cad3",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_contributing_factors_please_specify_f276d39,
        "string",
        ACCEPT,
        loc,
        "other_contributing_factors__please_specify_f276d39",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.full_name_0aff4ee,
        "string",
        ACCEPT,
        loc,
        "full_name_0aff4ee",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.location_of_the_incident_885fe8c,
        "an option code (string)",
        ACCEPT,
        loc,
        "location_of_the_incident_885fe8c",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.sender_s_gender_b83c931,
        "an option code (string)",
        ACCEPT,
        loc,
        "sender_s_gender_b83c931",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.sender_s_occupation_3ed671e,
        "an option code (string)",
        ACCEPT,
        loc,
        "sender_s_occupation_3ed671e",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.type_of_place_where_the_incident_occurred_bdc967d,
        "an option code (string)",
        ACCEPT,
        loc,
        "type_of_place_where_the_incident_occurred_bdc967d",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.type_of_abuse_431f2ba,
        "an option code (string)",
        ACCEPT,
        loc,
        "type_of_abuse_431f2ba",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.specify_physical_abuse_4867f38,
        "list",
        ACCEPT,
        loc,
        "specify_physical_abuse_4867f38",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_physical_abuse_4867f38.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_physical_abuse_4867f38",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_sexual_abuse_16d36f7,
        "list",
        ACCEPT,
        loc,
        "specify_sexual_abuse_16d36f7",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_sexual_abuse_16d36f7.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_sexual_abuse_16d36f7",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_physical_interaction_d13d273,
        "an option code (string)",
        ACCEPT,
        loc,
        "specify_physical_interaction_d13d273",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.sexual_intercourse_a1585d0,
        "an option code (string)",
        ACCEPT,
        loc,
        "sexual_intercourse_a1585d0",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_no_physical_touch_please_specify_1159dde,
        "list",
        ACCEPT,
        loc,
        "if_no_physical_touch__please_specify_1159dde",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.if_no_physical_touch_please_specify_1159dde.get()
    {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "if_no_physical_touch__please_specify_1159dde",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_mental_abuse_6182644,
        "list",
        ACCEPT,
        loc,
        "specify_mental_abuse_6182644",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_mental_abuse_6182644.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_mental_abuse_6182644",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_neglect_9b8a22b,
        "list",
        ACCEPT,
        loc,
        "specify_neglect_9b8a22b",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_neglect_9b8a22b.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_neglect_9b8a22b",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_exploitation_ef65c2e,
        "list",
        ACCEPT,
        loc,
        "specify_exploitation_ef65c2e",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_exploitation_ef65c2e.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_exploitation_ef65c2e",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_human_trafficking_dca84dd,
        "list",
        ACCEPT,
        loc,
        "specify_human_trafficking_dca84dd",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_human_trafficking_dca84dd.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_human_trafficking_dca84dd",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::std::result::Result::Ok(())
}
/// Fields of `Input`, part 5.
fn check_input_part_4(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    ::mapwright_rt::check(
        &s.stimulant_a4096c2,
        "list",
        ACCEPT,
        loc,
        "stimulant_a4096c2",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.stimulant_a4096c2.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "stimulant_a4096c2",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.relation_within_family_a6c45fd,
        "list",
        ACCEPT,
        loc,
        "relation_within_family_a6c45fd",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.relation_within_family_a6c45fd.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "relation_within_family_a6c45fd",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.economic_issue_a445217,
        "list",
        ACCEPT,
        loc,
        "economic_issue_a445217",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.economic_issue_a445217.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "economic_issue_a445217",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.physical_issue_2e9f1c6,
        "list",
        ACCEPT,
        loc,
        "physical_issue_2e9f1c6",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.physical_issue_2e9f1c6.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "physical_issue_2e9f1c6",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.mental_issue_4785ece,
        "list",
        ACCEPT,
        loc,
        "mental_issue_4785ece",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.mental_issue_4785ece.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "mental_issue_4785ece",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.other_perpetrator_details_f80fc4e,
        "list",
        ACCEPT,
        loc,
        "other_perpetrator_details_f80fc4e",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.other_perpetrator_details_f80fc4e.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "other_perpetrator_details_f80fc4e",
                index,
            };
            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
            if let ::std::option::Option::Some(v) = item.get() {
                check_inputotherperpetratordetailsf80fc4e(v, &at, ctx)?;
            }
        }
    }
    ::mapwright_rt::check(
        &s.number_of_perpetrator_1c07dd4,
        "number",
        ACCEPT,
        loc,
        "number_of_perpetrator_1c07dd4",
        ctx,
    )?;
    ::mapwright_rt::check(&s.name_5559215, "string", ACCEPT, loc, "name_5559215", ctx)?;
    ::mapwright_rt::check(&s.age_21cbe0d, "number", ACCEPT, loc, "age_21cbe0d", ctx)?;
    ::mapwright_rt::check(
        &s.national_id_number_7dd2e74,
        "string",
        ACCEPT,
        loc,
        "national_id_number_7dd2e74",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.type_of_other_id_document_b03f1b9,
        "string",
        ACCEPT,
        loc,
        "type_of_other_id_document_b03f1b9",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.number_of_other_id_document_09a5601,
        "string",
        ACCEPT,
        loc,
        "number_of_other_id_document_09a5601",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.contact_details_31b6f3b,
        "string",
        ACCEPT,
        loc,
        "contact_details_31b6f3b",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_contributing_factors_please_specify_53bc483,
        "string",
        ACCEPT,
        loc,
        "other_contributing_factors__please_specify_53bc483",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.nationality_fa822dc,
        "an option code (string)",
        ACCEPT,
        loc,
        "nationality_fa822dc",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.gender_4e8704a,
        "an option code (string)",
        ACCEPT,
        loc,
        "gender_4e8704a",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relationship_with_the_abused_eb757fc,
        "an option code (string)",
        ACCEPT,
        loc,
        "relationship_with_the_abused_eb757fc",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.social_status_6c1074a,
        "an option code (string)",
        ACCEPT,
        loc,
        "social_status_6c1074a",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.occupation_09639f9,
        "an option code (string)",
        ACCEPT,
        loc,
        "occupation_09639f9",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.stimulant_9191303,
        "list",
        ACCEPT,
        loc,
        "stimulant_9191303",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.stimulant_9191303.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "stimulant_9191303",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.relation_within_family_41a62f4,
        "list",
        ACCEPT,
        loc,
        "relation_within_family_41a62f4",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.relation_within_family_41a62f4.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "relation_within_family_41a62f4",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.environment_3c4fc2b,
        "list",
        ACCEPT,
        loc,
        "environment_3c4fc2b",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.environment_3c4fc2b.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "environment_3c4fc2b",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.economic_issues_84c5b46,
        "list",
        ACCEPT,
        loc,
        "economic_issues_84c5b46",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.economic_issues_84c5b46.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "economic_issues_84c5b46",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.physical_issue_1f182e4,
        "list",
        ACCEPT,
        loc,
        "physical_issue_1f182e4",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.physical_issue_1f182e4.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "physical_issue_1f182e4",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.mental_issue_5607d21,
        "list",
        ACCEPT,
        loc,
        "mental_issue_5607d21",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.mental_issue_5607d21.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "mental_issue_5607d21",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.email_address,
        "string",
        ACCEPT,
        loc,
        "email_address",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_2,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_2",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.additional_details,
        "string",
        ACCEPT,
        loc,
        "additional_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.additional_details_1,
        "string",
        ACCEPT,
        loc,
        "additional_details_1",
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
    ::std::result::Result::Ok(())
}
/// Fields of `Input`, part 6.
fn check_input_part_5(
    s: &Input<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    ::mapwright_rt::check(
        &s.if_out_of_school_specify_reason,
        "an option code (string)",
        ACCEPT,
        loc,
        "if_out_of_school__specify_reason",
        ctx,
    )?;
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
    check_input_part_2(s, loc, ctx)?;
    check_input_part_3(s, loc, ctx)?;
    check_input_part_4(s, loc, ctx)?;
    check_input_part_5(s, loc, ctx)?;
    ::std::result::Result::Ok(())
}
/// Checks `InputAgeAssessment` field by field in schema order; counts accepted coercions.
fn check_inputageassessment(
    s: &InputAgeAssessment<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.date_of_assessment,
        "date",
        DATE_ACCEPT,
        loc,
        "date_of_assessment",
        ctx,
    )?;
    ::mapwright_rt::check(&s.age_assessed, "number", ACCEPT, loc, "age_assessed", ctx)?;
    ::mapwright_rt::check(
        &s.months_20cb03a,
        "number",
        ACCEPT,
        loc,
        "months_20cb03a",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.maximum_age_assessed,
        "number",
        ACCEPT,
        loc,
        "maximum_age_assessed",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.months_1453205,
        "number",
        ACCEPT,
        loc,
        "months_1453205",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.additional_comments_1298bc4,
        "string",
        ACCEPT,
        loc,
        "additional_comments_1298bc4",
        ctx,
    )?;
    ::mapwright_rt::check(&s.assessed_by, "string", ACCEPT, loc, "assessed_by", ctx)?;
    ::mapwright_rt::check(
        &s.assessment_method,
        "an option code (string)",
        ACCEPT,
        loc,
        "assessment_method",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Checks `InputAssessmentUpdate` field by field in schema order; counts accepted coercions.
fn check_inputassessmentupdate(
    s: &InputAssessmentUpdate<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.update_description,
        "string",
        ACCEPT,
        loc,
        "update_description",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.recorded_by_3,
        "string",
        ACCEPT,
        loc,
        "recorded_by_3",
        ctx,
    )?;
    ::mapwright_rt::check(&s.date_5, "date", DATE_ACCEPT, loc, "date_5", ctx)?;
    ::std::result::Result::Ok(())
}
/// Checks `InputConferenceDetailsSubform` field by field in schema order; counts accepted coercions.
fn check_inputconferencedetailssubform(
    s: &InputConferenceDetailsSubform<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.conference_date,
        "date",
        DATE_ACCEPT,
        loc,
        "conference_date",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_type_other,
        "string",
        ACCEPT,
        loc,
        "conference_type_other",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_reason_other,
        "string",
        ACCEPT,
        loc,
        "conference_reason_other",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_participants,
        "string",
        ACCEPT,
        loc,
        "conference_participants",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_current_situation,
        "string",
        ACCEPT,
        loc,
        "conference_current_situation",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_outcome_recommendations,
        "string",
        ACCEPT,
        loc,
        "conference_outcome_recommendations",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_case_status_other,
        "string",
        ACCEPT,
        loc,
        "conference_case_status_other",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_case_transfer_reason_other,
        "string",
        ACCEPT,
        loc,
        "conference_case_transfer_reason_other",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_followup_actions,
        "string",
        ACCEPT,
        loc,
        "conference_followup_actions",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_type,
        "an option code (string)",
        ACCEPT,
        loc,
        "conference_type",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_reason,
        "an option code (string)",
        ACCEPT,
        loc,
        "conference_reason",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_case_status,
        "an option code (string)",
        ACCEPT,
        loc,
        "conference_case_status",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.conference_case_transfer_reason,
        "an option code (string)",
        ACCEPT,
        loc,
        "conference_case_transfer_reason",
        ctx,
    )?;
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
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.relation_is_caregiver,
        "bool",
        ACCEPT,
        loc,
        "relation_is_caregiver",
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
    ::mapwright_rt::check(&s.relation_age, "number", ACCEPT, loc, "relation_age", ctx)?;
    ::mapwright_rt::check(
        &s.relation_date_of_birth,
        "date",
        DATE_ACCEPT,
        loc,
        "relation_date_of_birth",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_death_details,
        "string",
        ACCEPT,
        loc,
        "relation_death_details",
        ctx,
    )?;
    ::mapwright_rt::check(&s.national_id, "string", ACCEPT, loc, "national_id", ctx)?;
    ::mapwright_rt::check(
        &s.relation_occupation,
        "string",
        ACCEPT,
        loc,
        "relation_occupation",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_address_current,
        "string",
        ACCEPT,
        loc,
        "relation_address_current",
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
    ::mapwright_rt::check(
        &s.relation_comments,
        "string",
        ACCEPT,
        loc,
        "relation_comments",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.is_this_person_living_in_the_same_household_as_patient_7d39e1d,
        "an option code (string)",
        ACCEPT,
        loc,
        "is_this_person_living_in_the_same_household_as_patient_7d39e1d",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation",
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
        &s.relation_nationality,
        "list",
        ACCEPT,
        loc,
        "relation_nationality",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.relation_nationality.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "relation_nationality",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.occupation_3,
        "an option code (string)",
        ACCEPT,
        loc,
        "occupation_3",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_location_current,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation_location_current",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Checks `InputFollowupSubformSection` field by field in schema order; counts accepted coercions.
fn check_inputfollowupsubformsection(
    s: &InputFollowupSubformSection<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.followup_date,
        "date",
        DATE_ACCEPT,
        loc,
        "followup_date",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.reason_child_not_seen_other_details,
        "string",
        ACCEPT,
        loc,
        "reason_child_not_seen_other_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.action_taken_date,
        "date",
        DATE_ACCEPT,
        loc,
        "action_taken_date",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.action_taken_details,
        "string",
        ACCEPT,
        loc,
        "action_taken_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.followup_comments,
        "string",
        ACCEPT,
        loc,
        "followup_comments",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.when_follow_up_visit_should_happen,
        "date",
        DATE_ACCEPT,
        loc,
        "when_follow_up_visit_should_happen",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.followup_type,
        "an option code (string)",
        ACCEPT,
        loc,
        "followup_type",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.reason_child_not_seen,
        "list",
        ACCEPT,
        loc,
        "reason_child_not_seen",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.reason_child_not_seen.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "reason_child_not_seen",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::std::result::Result::Ok(())
}
/// Checks `InputNewExpense` field by field in schema order; counts accepted coercions.
fn check_inputnewexpense(
    s: &InputNewExpense<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(&s.date_1, "date", DATE_ACCEPT, loc, "date_1", ctx)?;
    ::mapwright_rt::check(&s.amount, "number", ACCEPT, loc, "amount", ctx)?;
    ::mapwright_rt::check(&s.description, "string", ACCEPT, loc, "description", ctx)?;
    ::std::result::Result::Ok(())
}
/// Checks `InputNewFormalComplaint2` field by field in schema order; counts accepted coercions.
fn check_inputnewformalcomplaint2(
    s: &InputNewFormalComplaint2<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.report_date_and_time_1,
        "datetime",
        DATE_ACCEPT,
        loc,
        "report_date_and_time_1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.case_number_code_1,
        "string",
        ACCEPT,
        loc,
        "case_number_code_1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.police_station_name_1,
        "string",
        ACCEPT,
        loc,
        "police_station_name_1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.police_focal_point,
        "string",
        ACCEPT,
        loc,
        "police_focal_point",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Checks `InputServicesSection` field by field in schema order; counts accepted coercions.
fn check_inputservicessection(
    s: &InputServicesSection<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(&s.unique_id, "string", ACCEPT, loc, "unique_id", ctx)?;
    ::mapwright_rt::check(
        &s.service_location,
        "string",
        ACCEPT,
        loc,
        "service_location",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_referral_notes,
        "string",
        ACCEPT,
        loc,
        "service_referral_notes",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_response_day_time,
        "datetime",
        DATE_ACCEPT,
        loc,
        "service_response_day_time",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.follow_up_comments_ba1ccd1,
        "string",
        ACCEPT,
        loc,
        "follow_up_comments_ba1ccd1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.follow_up_date_71b7f60,
        "date",
        DATE_ACCEPT,
        loc,
        "follow_up_date_71b7f60",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_implementing_agency,
        "string",
        ACCEPT,
        loc,
        "service_implementing_agency",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_implemented_day_time,
        "datetime",
        DATE_ACCEPT,
        loc,
        "service_implemented_day_time",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.appointment_date_and_time_ece9c5a,
        "datetime",
        DATE_ACCEPT,
        loc,
        "appointment_date_and_time_ece9c5a",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_external_referral,
        "bool",
        ACCEPT,
        loc,
        "service_external_referral",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_implementing_agency_external,
        "string",
        ACCEPT,
        loc,
        "service_implementing_agency_external",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_provider,
        "string",
        ACCEPT,
        loc,
        "service_provider",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_type,
        "an option code (string)",
        ACCEPT,
        loc,
        "service_type",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_referral,
        "an option code (string)",
        ACCEPT,
        loc,
        "service_referral",
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
        &s.service_response_timeframe,
        "an option code (string)",
        ACCEPT,
        loc,
        "service_response_timeframe",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.service_delivery_location,
        "an option code (string)",
        ACCEPT,
        loc,
        "service_delivery_location",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Checks `InputServicesNeeded` field by field in schema order; counts accepted coercions.
fn check_inputservicesneeded(
    s: &InputServicesNeeded<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.please_specify_13,
        "string",
        ACCEPT,
        loc,
        "please_specify_13",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.test_text_service_needed,
        "string",
        ACCEPT,
        loc,
        "test_text_service_needed",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_12,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_12",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.laboratory_test_results,
        "string",
        ACCEPT,
        loc,
        "laboratory_test_results",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_support_needed,
        "string",
        ACCEPT,
        loc,
        "other_support_needed",
        ctx,
    )?;
    ::mapwright_rt::check(&s.full_name_3, "string", ACCEPT, loc, "full_name_3", ctx)?;
    ::mapwright_rt::check(
        &s.date_service_needed_by,
        "date",
        DATE_ACCEPT,
        loc,
        "date_service_needed_by",
        ctx,
    )?;
    ::mapwright_rt::check(&s.physical, "list", ACCEPT, loc, "physical", ctx)?;
    if let ::std::option::Option::Some(items) = s.physical.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "physical",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(&s.mental, "list", ACCEPT, loc, "mental", ctx)?;
    if let ::std::option::Option::Some(items) = s.mental.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "mental",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(&s.social, "list", ACCEPT, loc, "social", ctx)?;
    if let ::std::option::Option::Some(items) = s.social.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "social",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(&s.physical_1, "list", ACCEPT, loc, "physical_1", ctx)?;
    if let ::std::option::Option::Some(items) = s.physical_1.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "physical_1",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(&s.mental_1, "list", ACCEPT, loc, "mental_1", ctx)?;
    if let ::std::option::Option::Some(items) = s.mental_1.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "mental_1",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.reproductive_health,
        "list",
        ACCEPT,
        loc,
        "reproductive_health",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.reproductive_health.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "reproductive_health",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::std::result::Result::Ok(())
}
/// Checks `InputWitnesses6c0a33c` field by field in schema order; counts accepted coercions.
fn check_inputwitnesses6c0a33c(
    s: &InputWitnesses6c0a33c<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    ::mapwright_rt::check(
        &s.full_name_1dde243,
        "string",
        ACCEPT,
        loc,
        "full_name_1dde243",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.testimony_cec1e35,
        "string",
        ACCEPT,
        loc,
        "testimony__cec1e35",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relation_to_the_child_37c30dc,
        "an option code (string)",
        ACCEPT,
        loc,
        "relation_to_the_child_37c30dc",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Checks `InputNewPregnancy` field by field in schema order; counts accepted coercions.
fn check_inputnewpregnancy(
    s: &InputNewPregnancy<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.date_of_report,
        "date",
        DATE_ACCEPT,
        loc,
        "date_of_report",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.current_gestational_week,
        "number",
        ACCEPT,
        loc,
        "current_gestational_week",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_10,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_10",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_factors_please_detail,
        "string",
        ACCEPT,
        loc,
        "other_factors__please_detail",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_other_please_specify_11,
        "string",
        ACCEPT,
        loc,
        "if_other__please_specify_11",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.additional_support,
        "string",
        ACCEPT,
        loc,
        "additional_support",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.source_of_information_647b9db,
        "an option code (string)",
        ACCEPT,
        loc,
        "source_of_information_647b9db",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.reason_for_unexpected_pregnancy,
        "list",
        ACCEPT,
        loc,
        "reason_for_unexpected_pregnancy",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.reason_for_unexpected_pregnancy.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "reason_for_unexpected_pregnancy",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_contraception_problem,
        "list",
        ACCEPT,
        loc,
        "specify_contraception_problem",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_contraception_problem.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_contraception_problem",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.support_needed,
        "list",
        ACCEPT,
        loc,
        "support_needed",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.support_needed.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "support_needed",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_legal_offenses,
        "an option code (string)",
        ACCEPT,
        loc,
        "specify_legal_offenses",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.factors_for_pregnancy_termination,
        "list",
        ACCEPT,
        loc,
        "factors_for_pregnancy_termination",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.factors_for_pregnancy_termination.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "factors_for_pregnancy_termination",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_physical_issue,
        "list",
        ACCEPT,
        loc,
        "specify_physical_issue",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_physical_issue.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_physical_issue",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_mental_issue,
        "list",
        ACCEPT,
        loc,
        "specify_mental_issue",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_mental_issue.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_mental_issue",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.specify_family_social_economic_issues,
        "list",
        ACCEPT,
        loc,
        "specify_family_social_economic_issues",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.specify_family_social_economic_issues.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "specify_family_social_economic_issues",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::mapwright_rt::check(
        &s.patient_decision_after_being_provided_with_alternative_counseling,
        "an option code (string)",
        ACCEPT,
        loc,
        "patient_decision_after_being_provided_with_alternative_counseling",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.antenatal_care_will_be_provided_at,
        "an option code (string)",
        ACCEPT,
        loc,
        "antenatal_care_will_be_provided_at",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.support_needed_1,
        "list",
        ACCEPT,
        loc,
        "support_needed_1",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.support_needed_1.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "support_needed_1",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::std::result::Result::Ok(())
}
/// Fields of `InputPhysicalCheck2`, part 1.
fn check_inputphysicalcheck2_part_0(
    s: &InputPhysicalCheck2<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.description_of_physical_examination_observations_1,
        "string",
        ACCEPT,
        loc,
        "description_of_physical_examination_observations_1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.patient_s_weight,
        "number",
        ACCEPT,
        loc,
        "patient_s_weight",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.patient_s_height,
        "number",
        ACCEPT,
        loc,
        "patient_s_height",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.date_of_last_period_menstruation,
        "date",
        DATE_ACCEPT,
        loc,
        "date_of_last_period_menstruation",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.general_examination_results,
        "string",
        ACCEPT,
        loc,
        "general_examination_results",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.general_description_of_genitalia_examination,
        "string",
        ACCEPT,
        loc,
        "general_description_of_genitalia_examination",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.labia_minora_details,
        "string",
        ACCEPT,
        loc,
        "labia_minora_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.introitus_details,
        "string",
        ACCEPT,
        loc,
        "introitus_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.hymen_details_3538ed4,
        "string",
        ACCEPT,
        loc,
        "hymen_details_3538ed4",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_teared_please_estimate_date,
        "string",
        ACCEPT,
        loc,
        "if_teared__please_estimate_date",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.vagina_details,
        "an option code (string)",
        ACCEPT,
        loc,
        "vagina_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify_1,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify_1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.discharge_details,
        "an option code (string)",
        ACCEPT,
        loc,
        "discharge_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify_2,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify_2",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.uterus_details,
        "an option code (string)",
        ACCEPT,
        loc,
        "uterus_details",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify_3,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify_3",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.general_description_b738274,
        "string",
        ACCEPT,
        loc,
        "general_description_b738274",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.penis_details_79f31be,
        "an option code (string)",
        ACCEPT,
        loc,
        "penis_details_79f31be",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify_d03f913,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify_d03f913",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.urethra_and_discharge_60eb64e,
        "an option code (string)",
        ACCEPT,
        loc,
        "urethra_and_discharge_60eb64e",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify_f3f0782,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify_f3f0782",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.scrotal_sac_f93e04a,
        "an option code (string)",
        ACCEPT,
        loc,
        "scrotal_sac_f93e04a",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify_899040a,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify_899040a",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.anus_and_rectum_eaf3784,
        "an option code (string)",
        ACCEPT,
        loc,
        "anus_and_rectum_eaf3784",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_abnormal_please_specify_ab4be7b,
        "string",
        ACCEPT,
        loc,
        "if_abnormal__please_specify_ab4be7b",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.pregnancy_test_21c37e2,
        "string",
        ACCEPT,
        loc,
        "pregnancy_test_21c37e2",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.sperm_check_2612983,
        "string",
        ACCEPT,
        loc,
        "sperm_check_2612983",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.if_positive_please_specify_location_s,
        "string",
        ACCEPT,
        loc,
        "if_positive__please_specify_location_s",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.acid_phosphates_118c999,
        "string",
        ACCEPT,
        loc,
        "acid_phosphates_118c999",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.hiv_ab_8c67abf,
        "string",
        ACCEPT,
        loc,
        "hiv_ab_8c67abf",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.vag_smeargram_strain_fce21b2,
        "string",
        ACCEPT,
        loc,
        "vag__smeargram_strain_fce21b2",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.vag_parasite_7504774,
        "string",
        ACCEPT,
        loc,
        "vag__parasite_7504774",
        ctx,
    )?;
    ::mapwright_rt::check(&s.vdrl_aa8c121, "string", ACCEPT, loc, "vdrl_aa8c121", ctx)?;
    ::mapwright_rt::check(
        &s.hbv_ab_ag_f13b335,
        "string",
        ACCEPT,
        loc,
        "hbv_ab__ag_f13b335",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.hcv_ab_945585c,
        "string",
        ACCEPT,
        loc,
        "hcv_ab_945585c",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.other_exams_results_please_specify,
        "string",
        ACCEPT,
        loc,
        "other_exams_results__please_specify",
        ctx,
    )?;
    ::mapwright_rt::check(&s.date_6, "date", DATE_ACCEPT, loc, "date_6", ctx)?;
    ::mapwright_rt::check(
        &s.department_d8ec3cb,
        "string",
        ACCEPT,
        loc,
        "department_d8ec3cb",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.description_1,
        "string",
        ACCEPT,
        loc,
        "description_1",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Fields of `InputPhysicalCheck2`, part 2.
fn check_inputphysicalcheck2_part_1(
    s: &InputPhysicalCheck2<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    ::mapwright_rt::check(
        &s.immediate_treatment_plan,
        "string",
        ACCEPT,
        loc,
        "immediate_treatment_plan",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.pregnancy_prevention_medication,
        "string",
        ACCEPT,
        loc,
        "pregnancy_prevention_medication",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.anti_infectious_diseases_medication,
        "string",
        ACCEPT,
        loc,
        "anti_infectious_diseases_medication",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.anti_hiv_medication,
        "string",
        ACCEPT,
        loc,
        "anti_hiv_medication",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.source_of_information_44cac9a,
        "an option code (string)",
        ACCEPT,
        loc,
        "source_of_information_44cac9a",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
/// Checks `InputPhysicalCheck2` field by field in schema order; counts accepted coercions.
fn check_inputphysicalcheck2(
    s: &InputPhysicalCheck2<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    check_inputphysicalcheck2_part_0(s, loc, ctx)?;
    check_inputphysicalcheck2_part_1(s, loc, ctx)?;
    ::std::result::Result::Ok(())
}
/// Checks `InputPreliminaryObservations2` field by field in schema order; counts accepted coercions.
fn check_inputpreliminaryobservations2(
    s: &InputPreliminaryObservations2<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[::mapwright_rt::Coercion::EmptyToNull];
    ::mapwright_rt::check(
        &s.initial_observations_4,
        "string",
        ACCEPT,
        loc,
        "initial_observations_4",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.immediate_actions_needed_1,
        "string",
        ACCEPT,
        loc,
        "immediate_actions_needed_1",
        ctx,
    )?;
    ::mapwright_rt::check(&s.full_name_6, "string", ACCEPT, loc, "full_name_6", ctx)?;
    ::mapwright_rt::check(&s.date_7, "date", DATE_ACCEPT, loc, "date_7", ctx)?;
    ::mapwright_rt::check(
        &s.social_problems_identified_1,
        "list",
        ACCEPT,
        loc,
        "social_problems_identified_1",
        ctx,
    )?;
    if let ::std::option::Option::Some(items) = s.social_problems_identified_1.get() {
        for (index, item) in items.iter().enumerate() {
            let at = ::mapwright_rt::Loc::Elem {
                parent: loc,
                name: "social_problems_identified_1",
                index,
            };
            ::mapwright_rt::check_present(item, "an option code (string)", ACCEPT, &at, ctx)?;
        }
    }
    ::std::result::Result::Ok(())
}
/// Checks `InputOtherPerpetratorDetailsF80fc4e` field by field in schema order; counts accepted coercions.
fn check_inputotherperpetratordetailsf80fc4e(
    s: &InputOtherPerpetratorDetailsF80fc4e<'_>,
    loc: &::mapwright_rt::Loc<'_>,
    ctx: &::mapwright_rt::Context,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    const ACCEPT: &[::mapwright_rt::Coercion] = &[
        ::mapwright_rt::Coercion::NumberToString,
        ::mapwright_rt::Coercion::StringToBool,
        ::mapwright_rt::Coercion::StringToNumber,
        ::mapwright_rt::Coercion::BoolToString,
        ::mapwright_rt::Coercion::EmptyToNull,
    ];
    ::mapwright_rt::check(&s.name_f5a1eac, "string", ACCEPT, loc, "name_f5a1eac", ctx)?;
    ::mapwright_rt::check(
        &s.national_id_number_a822f83,
        "string",
        ACCEPT,
        loc,
        "national_id_number_a822f83",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.type_of_other_id_document_64e3ffc,
        "string",
        ACCEPT,
        loc,
        "type_of_other_id_document_64e3ffc",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.number_of_other_id_document_cddbddb,
        "string",
        ACCEPT,
        loc,
        "number_of_other_id_document_cddbddb",
        ctx,
    )?;
    ::mapwright_rt::check(&s.age_6587e58, "number", ACCEPT, loc, "age_6587e58", ctx)?;
    ::mapwright_rt::check(
        &s.contact_details_b98ed09,
        "string",
        ACCEPT,
        loc,
        "contact_details_b98ed09",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.relationship_with_the_abused_365fcd1,
        "an option code (string)",
        ACCEPT,
        loc,
        "relationship_with_the_abused_365fcd1",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.gender_2dea3c9,
        "an option code (string)",
        ACCEPT,
        loc,
        "gender_2dea3c9",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.social_status_7c0989a,
        "an option code (string)",
        ACCEPT,
        loc,
        "social_status_7c0989a",
        ctx,
    )?;
    ::mapwright_rt::check(
        &s.occupation_c4d6420,
        "an option code (string)",
        ACCEPT,
        loc,
        "occupation_c4d6420",
        ctx,
    )?;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputAgeAssessment<'r> {
    /// `additional_comments_1298bc4`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub additional_comments_1298bc4: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `age_assessed`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age_assessed: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `assessed_by`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub assessed_by: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `assessment_method`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub assessment_method: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `date_of_assessment`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_of_assessment: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `maximum_age_assessed`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub maximum_age_assessed: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `months_1453205`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub months_1453205: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `months_20cb03a`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub months_20cb03a: ::mapwright_rt::Slot<::serde_json::Number>,
}
impl ::mapwright_rt::Empty for OutputAgeAssessment<'_> {}
impl ::mapwright_rt::WriteJson for OutputAgeAssessment<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.additional_comments_1298bc4.is_omit() {
            out.bytes(",\"additional_comments_1298bc4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.additional_comments_1298bc4, out)?;
        }
        if !self.age_assessed.is_omit() {
            out.bytes(",\"age_assessed\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age_assessed, out)?;
        }
        if !self.assessed_by.is_omit() {
            out.bytes(",\"assessed_by\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.assessed_by, out)?;
        }
        if !self.assessment_method.is_omit() {
            out.bytes(",\"assessment_method\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.assessment_method, out)?;
        }
        if !self.date_of_assessment.is_omit() {
            out.bytes(",\"date_of_assessment\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_of_assessment, out)?;
        }
        if !self.maximum_age_assessed.is_omit() {
            out.bytes(",\"maximum_age_assessed\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.maximum_age_assessed, out)?;
        }
        if !self.months_1453205.is_omit() {
            out.bytes(",\"months_1453205\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.months_1453205, out)?;
        }
        if !self.months_20cb03a.is_omit() {
            out.bytes(",\"months_20cb03a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.months_20cb03a, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputAssessment<'r> {
    /// `assessment_requested_on`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub assessment_requested_on: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_plan_due_date`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_plan_due_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `risk_level`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub risk_level: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `urgent_protection_concern`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub urgent_protection_concern: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
}
impl ::mapwright_rt::Empty for OutputAssessment<'_> {}
impl ::mapwright_rt::WriteJson for OutputAssessment<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.assessment_requested_on.is_omit() {
            out.bytes(",\"assessment_requested_on\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.assessment_requested_on, out)?;
        }
        if !self.case_plan_due_date.is_omit() {
            out.bytes(",\"case_plan_due_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_plan_due_date, out)?;
        }
        if !self.risk_level.is_omit() {
            out.bytes(",\"risk_level\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.risk_level, out)?;
        }
        if !self.urgent_protection_concern.is_omit() {
            out.bytes(",\"urgent_protection_concern\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.urgent_protection_concern, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputAssessmentUpdate<'r> {
    /// `date_5`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_5: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `recorded_by_3`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub recorded_by_3: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `update_description`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub update_description: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputAssessmentUpdate<'_> {}
impl ::mapwright_rt::WriteJson for OutputAssessmentUpdate<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.date_5.is_omit() {
            out.bytes(",\"date_5\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_5, out)?;
        }
        if !self.recorded_by_3.is_omit() {
            out.bytes(",\"recorded_by_3\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.recorded_by_3, out)?;
        }
        if !self.update_description.is_omit() {
            out.bytes(",\"update_description\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.update_description, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputBasicIdentity<'r> {
    /// `address_of_accomodation__foreigners_only_`: string
    #[serde(
        rename = "address_of_accomodation__foreigners_only_",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub address_of_accomodation_foreigners_only: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `assessment_due_date`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub assessment_due_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `case_id_display`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_id_display: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `location_current`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub location_current: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `national_id_no`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub national_id_no: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `other_id_no`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub other_id_no: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `other_id_type`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub other_id_type: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `physical_characteristics`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub physical_characteristics: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `registration_date`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub registration_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputBasicIdentity<'_> {}
impl ::mapwright_rt::WriteJson for OutputBasicIdentity<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.address_of_accomodation_foreigners_only.is_omit() {
            out.bytes(",\"address_of_accomodation__foreigners_only_\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.address_of_accomodation_foreigners_only,
                out,
            )?;
        }
        if !self.assessment_due_date.is_omit() {
            out.bytes(",\"assessment_due_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.assessment_due_date, out)?;
        }
        if !self.case_id_display.is_omit() {
            out.bytes(",\"case_id_display\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_id_display, out)?;
        }
        if !self.location_current.is_omit() {
            out.bytes(",\"location_current\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.location_current, out)?;
        }
        if !self.national_id_no.is_omit() {
            out.bytes(",\"national_id_no\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.national_id_no, out)?;
        }
        if !self.other_id_no.is_omit() {
            out.bytes(",\"other_id_no\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_id_no, out)?;
        }
        if !self.other_id_type.is_omit() {
            out.bytes(",\"other_id_type\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_id_type, out)?;
        }
        if !self.physical_characteristics.is_omit() {
            out.bytes(",\"physical_characteristics\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.physical_characteristics, out)?;
        }
        if !self.registration_date.is_omit() {
            out.bytes(",\"registration_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.registration_date, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputConclusion<'r> {
    /// `protection_concerns`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub protection_concerns: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `protection_concerns_other`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub protection_concerns_other: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `risk_level`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub risk_level: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `urgent_protection_concern`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub urgent_protection_concern: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
}
impl ::mapwright_rt::Empty for OutputConclusion<'_> {}
impl ::mapwright_rt::WriteJson for OutputConclusion<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.protection_concerns.is_omit() {
            out.bytes(",\"protection_concerns\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.protection_concerns, out)?;
        }
        if !self.protection_concerns_other.is_omit() {
            out.bytes(",\"protection_concerns_other\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.protection_concerns_other, out)?;
        }
        if !self.risk_level.is_omit() {
            out.bytes(",\"risk_level\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.risk_level, out)?;
        }
        if !self.urgent_protection_concern.is_omit() {
            out.bytes(",\"urgent_protection_concern\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.urgent_protection_concern, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputConferenceDetailsSubform<'r> {
    /// `conference_case_status`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_case_status: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `conference_case_status_other`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_case_status_other: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_case_transfer_reason`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_case_transfer_reason: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `conference_case_transfer_reason_other`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_case_transfer_reason_other: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_current_situation`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_current_situation: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_date`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_followup_actions`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_followup_actions: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_outcome_recommendations`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_outcome_recommendations: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_participants`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_participants: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_reason`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_reason: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `conference_reason_other`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_reason_other: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `conference_type`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_type: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `conference_type_other`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_type_other: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputConferenceDetailsSubform<'_> {}
impl ::mapwright_rt::WriteJson for OutputConferenceDetailsSubform<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.conference_case_status.is_omit() {
            out.bytes(",\"conference_case_status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_case_status, out)?;
        }
        if !self.conference_case_status_other.is_omit() {
            out.bytes(",\"conference_case_status_other\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_case_status_other, out)?;
        }
        if !self.conference_case_transfer_reason.is_omit() {
            out.bytes(",\"conference_case_transfer_reason\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_case_transfer_reason, out)?;
        }
        if !self.conference_case_transfer_reason_other.is_omit() {
            out.bytes(",\"conference_case_transfer_reason_other\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.conference_case_transfer_reason_other,
                out,
            )?;
        }
        if !self.conference_current_situation.is_omit() {
            out.bytes(",\"conference_current_situation\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_current_situation, out)?;
        }
        if !self.conference_date.is_omit() {
            out.bytes(",\"conference_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_date, out)?;
        }
        if !self.conference_followup_actions.is_omit() {
            out.bytes(",\"conference_followup_actions\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_followup_actions, out)?;
        }
        if !self.conference_outcome_recommendations.is_omit() {
            out.bytes(",\"conference_outcome_recommendations\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_outcome_recommendations, out)?;
        }
        if !self.conference_participants.is_omit() {
            out.bytes(",\"conference_participants\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_participants, out)?;
        }
        if !self.conference_reason.is_omit() {
            out.bytes(",\"conference_reason\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_reason, out)?;
        }
        if !self.conference_reason_other.is_omit() {
            out.bytes(",\"conference_reason_other\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_reason_other, out)?;
        }
        if !self.conference_type.is_omit() {
            out.bytes(",\"conference_type\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_type, out)?;
        }
        if !self.conference_type_other.is_omit() {
            out.bytes(",\"conference_type_other\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_type_other, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputCpCasePlan<'r> {
    /// `additional_details_3d84596`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub additional_details_3d84596: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_case_plan`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_case_plan: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `protection_concerns`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub protection_concerns: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
}
impl ::mapwright_rt::Empty for OutputCpCasePlan<'_> {}
impl ::mapwright_rt::WriteJson for OutputCpCasePlan<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.additional_details_3d84596.is_omit() {
            out.bytes(",\"additional_details_3d84596\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.additional_details_3d84596, out)?;
        }
        if !self.date_case_plan.is_omit() {
            out.bytes(",\"date_case_plan\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_case_plan, out)?;
        }
        if !self.protection_concerns.is_omit() {
            out.bytes(",\"protection_concerns\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.protection_concerns, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFamilyDetails<'r> {
    /// `family_notes`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family_notes: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `family_size`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family_size: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `family_status`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family_status: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `who_is_the_patient_living_with_`: string
    #[serde(
        rename = "who_is_the_patient_living_with_",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub who_is_the_patient_living_with: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFamilyDetails<'_> {}
impl ::mapwright_rt::WriteJson for OutputFamilyDetails<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.family_notes.is_omit() {
            out.bytes(",\"family_notes\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family_notes, out)?;
        }
        if !self.family_size.is_omit() {
            out.bytes(",\"family_size\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family_size, out)?;
        }
        if !self.family_status.is_omit() {
            out.bytes(",\"family_status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family_status, out)?;
        }
        if !self.who_is_the_patient_living_with.is_omit() {
            out.bytes(",\"who_is_the_patient_living_with_\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.who_is_the_patient_living_with, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFamilyDetailsSection<'r> {
    /// `is_this_person_living_in_the_same_household_as_patient_7d39e1d`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub is_this_person_living_in_the_same_household_as_patient_7d39e1d:
        ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `national_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub national_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `occupation_3`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub occupation_3: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `relation`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `relation_address_current`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_address_current: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_age`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_age: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `relation_comments`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_comments: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_date_of_birth`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_date_of_birth: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_death_details`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_death_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_is_alive`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_is_alive: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `relation_is_caregiver`: bool
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_is_caregiver: ::mapwright_rt::Slot<bool>,
    /// `relation_location_current`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_location_current: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `relation_name`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_name: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_nationality`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_nationality: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `relation_occupation`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_occupation: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_telephone`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_telephone: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFamilyDetailsSection<'_> {}
impl ::mapwright_rt::WriteJson for OutputFamilyDetailsSection<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self
            .is_this_person_living_in_the_same_household_as_patient_7d39e1d
            .is_omit()
        {
            out.bytes(
                ",\"is_this_person_living_in_the_same_household_as_patient_7d39e1d\":".as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self.is_this_person_living_in_the_same_household_as_patient_7d39e1d,
                out,
            )?;
        }
        if !self.national_id.is_omit() {
            out.bytes(",\"national_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.national_id, out)?;
        }
        if !self.occupation_3.is_omit() {
            out.bytes(",\"occupation_3\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.occupation_3, out)?;
        }
        if !self.relation.is_omit() {
            out.bytes(",\"relation\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation, out)?;
        }
        if !self.relation_address_current.is_omit() {
            out.bytes(",\"relation_address_current\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_address_current, out)?;
        }
        if !self.relation_age.is_omit() {
            out.bytes(",\"relation_age\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_age, out)?;
        }
        if !self.relation_comments.is_omit() {
            out.bytes(",\"relation_comments\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_comments, out)?;
        }
        if !self.relation_date_of_birth.is_omit() {
            out.bytes(",\"relation_date_of_birth\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_date_of_birth, out)?;
        }
        if !self.relation_death_details.is_omit() {
            out.bytes(",\"relation_death_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_death_details, out)?;
        }
        if !self.relation_is_alive.is_omit() {
            out.bytes(",\"relation_is_alive\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_is_alive, out)?;
        }
        if !self.relation_is_caregiver.is_omit() {
            out.bytes(",\"relation_is_caregiver\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_is_caregiver, out)?;
        }
        if !self.relation_location_current.is_omit() {
            out.bytes(",\"relation_location_current\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_location_current, out)?;
        }
        if !self.relation_name.is_omit() {
            out.bytes(",\"relation_name\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_name, out)?;
        }
        if !self.relation_nationality.is_omit() {
            out.bytes(",\"relation_nationality\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_nationality, out)?;
        }
        if !self.relation_occupation.is_omit() {
            out.bytes(",\"relation_occupation\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_occupation, out)?;
        }
        if !self.relation_telephone.is_omit() {
            out.bytes(",\"relation_telephone\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_telephone, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFollowup<'r> {
    /// `co_morbidity_d3dfab2`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub co_morbidity_d3dfab2: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `complications_123ecae`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub complications_123ecae: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `external_cause_of_injury_8451818`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub external_cause_of_injury_8451818: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `final_diagnosis_3696c45`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub final_diagnosis_3696c45: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `main_diagnosis__04438ee`: string
    #[serde(
        rename = "main_diagnosis__04438ee",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub main_diagnosis_04438ee: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `operation_room_procedure_bb7cffa`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub operation_room_procedure_bb7cffa: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `other_diagnosis_a692bec`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub other_diagnosis_a692bec: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `protection_concerns`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub protection_concerns: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `risk_level`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub risk_level: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `status_of_treatment_plan_a8ca0e8`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub status_of_treatment_plan_a8ca0e8: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
}
impl ::mapwright_rt::Empty for OutputFollowup<'_> {}
impl ::mapwright_rt::WriteJson for OutputFollowup<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.co_morbidity_d3dfab2.is_omit() {
            out.bytes(",\"co_morbidity_d3dfab2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.co_morbidity_d3dfab2, out)?;
        }
        if !self.complications_123ecae.is_omit() {
            out.bytes(",\"complications_123ecae\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.complications_123ecae, out)?;
        }
        if !self.external_cause_of_injury_8451818.is_omit() {
            out.bytes(",\"external_cause_of_injury_8451818\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.external_cause_of_injury_8451818, out)?;
        }
        if !self.final_diagnosis_3696c45.is_omit() {
            out.bytes(",\"final_diagnosis_3696c45\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.final_diagnosis_3696c45, out)?;
        }
        if !self.main_diagnosis_04438ee.is_omit() {
            out.bytes(",\"main_diagnosis__04438ee\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.main_diagnosis_04438ee, out)?;
        }
        if !self.operation_room_procedure_bb7cffa.is_omit() {
            out.bytes(",\"operation_room_procedure_bb7cffa\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.operation_room_procedure_bb7cffa, out)?;
        }
        if !self.other_diagnosis_a692bec.is_omit() {
            out.bytes(",\"other_diagnosis_a692bec\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_diagnosis_a692bec, out)?;
        }
        if !self.protection_concerns.is_omit() {
            out.bytes(",\"protection_concerns\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.protection_concerns, out)?;
        }
        if !self.risk_level.is_omit() {
            out.bytes(",\"risk_level\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.risk_level, out)?;
        }
        if !self.status_of_treatment_plan_a8ca0e8.is_omit() {
            out.bytes(",\"status_of_treatment_plan_a8ca0e8\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.status_of_treatment_plan_a8ca0e8, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFollowupSubformSection<'r> {
    /// `action_taken_already`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub action_taken_already: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `action_taken_date`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub action_taken_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `action_taken_details`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub action_taken_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `child_was_seen`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub child_was_seen: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `followup_comments`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub followup_comments: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `followup_date`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub followup_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `followup_type`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub followup_type: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `need_follow_up_visit`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub need_follow_up_visit: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `reason_child_not_seen`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub reason_child_not_seen: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `reason_child_not_seen_other_details`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub reason_child_not_seen_other_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `recommend_case_closed`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub recommend_case_closed: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `when_follow_up_visit_should_happen`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub when_follow_up_visit_should_happen: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFollowupSubformSection<'_> {}
impl ::mapwright_rt::WriteJson for OutputFollowupSubformSection<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.action_taken_already.is_omit() {
            out.bytes(",\"action_taken_already\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.action_taken_already, out)?;
        }
        if !self.action_taken_date.is_omit() {
            out.bytes(",\"action_taken_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.action_taken_date, out)?;
        }
        if !self.action_taken_details.is_omit() {
            out.bytes(",\"action_taken_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.action_taken_details, out)?;
        }
        if !self.child_was_seen.is_omit() {
            out.bytes(",\"child_was_seen\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.child_was_seen, out)?;
        }
        if !self.followup_comments.is_omit() {
            out.bytes(",\"followup_comments\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.followup_comments, out)?;
        }
        if !self.followup_date.is_omit() {
            out.bytes(",\"followup_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.followup_date, out)?;
        }
        if !self.followup_type.is_omit() {
            out.bytes(",\"followup_type\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.followup_type, out)?;
        }
        if !self.need_follow_up_visit.is_omit() {
            out.bytes(",\"need_follow_up_visit\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.need_follow_up_visit, out)?;
        }
        if !self.reason_child_not_seen.is_omit() {
            out.bytes(",\"reason_child_not_seen\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.reason_child_not_seen, out)?;
        }
        if !self.reason_child_not_seen_other_details.is_omit() {
            out.bytes(",\"reason_child_not_seen_other_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.reason_child_not_seen_other_details, out)?;
        }
        if !self.recommend_case_closed.is_omit() {
            out.bytes(",\"recommend_case_closed\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.recommend_case_closed, out)?;
        }
        if !self.when_follow_up_visit_should_happen.is_omit() {
            out.bytes(",\"when_follow_up_visit_should_happen\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.when_follow_up_visit_should_happen, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFormsectionAgeAssessmentA75187a<'r> {
    /// `additional_comments_dc86e91`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub additional_comments_dc86e91: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `age_declared_by_the_child`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age_declared_by_the_child: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `date_2`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_2: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `is_the_subject_given_the_benefit_of_the_doubt_`: json
    #[serde(
        rename = "is_the_subject_given_the_benefit_of_the_doubt_",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub is_the_subject_given_the_benefit_of_the_doubt:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `months_708ed08`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub months_708ed08: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `months_8023723`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub months_8023723: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be:
        ::mapwright_rt::Slot<::serde_json::Number>,
    /// `the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be:
        ::mapwright_rt::Slot<::serde_json::Number>,
}
impl ::mapwright_rt::Empty for OutputFormsectionAgeAssessmentA75187a<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionAgeAssessmentA75187a<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.additional_comments_dc86e91.is_omit() {
            out.bytes(",\"additional_comments_dc86e91\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.additional_comments_dc86e91, out)?;
        }
        if !self.age_declared_by_the_child.is_omit() {
            out.bytes(",\"age_declared_by_the_child\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age_declared_by_the_child, out)?;
        }
        if !self.date_2.is_omit() {
            out.bytes(",\"date_2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_2, out)?;
        }
        if !self.is_the_subject_given_the_benefit_of_the_doubt.is_omit() {
            out.bytes(",\"is_the_subject_given_the_benefit_of_the_doubt_\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.is_the_subject_given_the_benefit_of_the_doubt,
                out,
            )?;
        }
        if !self.months_708ed08.is_omit() {
            out.bytes(",\"months_708ed08\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.months_708ed08, out)?;
        }
        if !self.months_8023723.is_omit() {
            out.bytes(",\"months_8023723\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.months_8023723, out)?;
        }
        if !self
            .the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be
            .is_omit()
        {
            out.bytes(
                ",\"the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be\":"
                    .as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self
                    .the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be,
                out,
            )?;
        }
        if !self
            .the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be
            .is_omit()
        {
            out.bytes(
                ",\"the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be\":"
                    .as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self
                    .the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be,
                out,
            )?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFormsectionDepartmentIdentificationE9cf45f<'r> {
    /// `if_other__please_specify_1`: string
    #[serde(
        rename = "if_other__please_specify_1",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFormsectionDepartmentIdentificationE9cf45f<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionDepartmentIdentificationE9cf45f<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.if_other_please_specify_1.is_omit() {
            out.bytes(",\"if_other__please_specify_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_1, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OutputFormsectionHealthAssessment29sepD35aedb<'r> {
    /// `behaves_in_a_sexually_inappropriate_or_obscene_manner`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub behaves_in_a_sexually_inappropriate_or_obscene_manner:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `behavior_of_risk`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub behavior_of_risk: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `boys_lie_in_the_same_room_as_their_female_relatives`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub boys_lie_in_the_same_room_as_their_female_relatives:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `boys_lie_together_in_the_same_room_as_their_male_relatives`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub boys_lie_together_in_the_same_room_as_their_male_relatives:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `bullying`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub bullying: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `caregiver_s_chronic_illness_es`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub caregiver_s_chronic_illness_es: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `caregiver_s_disabilities`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub caregiver_s_disabilities: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `caregiver_s_economic_issue_s`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub caregiver_s_economic_issue_s: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `caregiver_s_mental_illness_es`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub caregiver_s_mental_illness_es: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `caregiver_s_substance_abuse_issue`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub caregiver_s_substance_abuse_issue: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `chronic_illness`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub chronic_illness: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `date_4`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_4: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `developmental_issue`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub developmental_issue: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `disabilities_1`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub disabilities_1: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `entertainment_venues_near_the_household`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub entertainment_venues_near_the_household: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `full_name_4`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name_4: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `gambling`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub gambling: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `gambling_issue_in_the_family`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub gambling_issue_in_the_family: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `girls_lie_together_in_the_same_room_as_their_female_relatives`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub girls_lie_together_in_the_same_room_as_their_female_relatives:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `girls_lie_together_in_the_same_room_as_their_male_relatives`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub girls_lie_together_in_the_same_room_as_their_male_relatives:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `history_of_child_labor_in_the_family_community`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub history_of_child_labor_in_the_family_community:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `history_of_illegal_activities_behaviors_in_the_family`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub history_of_illegal_activities_behaviors_in_the_family:
        ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `if_no__please_specify`: string
    #[serde(
        rename = "if_no__please_specify",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_no_please_specify: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_not__please_specify`: string
    #[serde(
        rename = "if_not__please_specify",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_not_please_specify: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_1`: string
    #[serde(
        rename = "if_yes__please_specify_1",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_10`: string
    #[serde(
        rename = "if_yes__please_specify_10",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_10: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_11`: string
    #[serde(
        rename = "if_yes__please_specify_11",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_11: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_12`: string
    #[serde(
        rename = "if_yes__please_specify_12",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_12: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_13`: string
    #[serde(
        rename = "if_yes__please_specify_13",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_13: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_14`: string
    #[serde(
        rename = "if_yes__please_specify_14",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_14: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_15`: string
    #[serde(
        rename = "if_yes__please_specify_15",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_15: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_16`: string
    #[serde(
        rename = "if_yes__please_specify_16",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_16: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_17`: string
    #[serde(
        rename = "if_yes__please_specify_17",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_17: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_18`: string
    #[serde(
        rename = "if_yes__please_specify_18",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_18: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_19`: string
    #[serde(
        rename = "if_yes__please_specify_19",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_19: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_2`: string
    #[serde(
        rename = "if_yes__please_specify_2",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_2: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_20`: string
    #[serde(
        rename = "if_yes__please_specify_20",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_20: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_21`: string
    #[serde(
        rename = "if_yes__please_specify_21",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_21: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_22`: string
    #[serde(
        rename = "if_yes__please_specify_22",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_22: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_3`: string
    #[serde(
        rename = "if_yes__please_specify_3",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_3: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_4`: string
    #[serde(
        rename = "if_yes__please_specify_4",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_4: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_5`: string
    #[serde(
        rename = "if_yes__please_specify_5",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_5: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_6`: string
    #[serde(
        rename = "if_yes__please_specify_6",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_6: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_7`: string
    #[serde(
        rename = "if_yes__please_specify_7",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_7: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_8`: string
    #[serde(
        rename = "if_yes__please_specify_8",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_8: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_yes__please_specify_9`: string
    #[serde(
        rename = "if_yes__please_specify_9",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_yes_please_specify_9: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `involved_in_sex_trade`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub involved_in_sex_trade: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `mental_illness`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub mental_illness: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `mingling_and_causing_annoyance_to_others`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub mingling_and_causing_annoyance_to_others: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `nutritional_conditions_are_adequate`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub nutritional_conditions_are_adequate: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `other_relevant_information_about_the_caregiver_s`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub other_relevant_information_about_the_caregiver_s:
        ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `physical_abuse_issue`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub physical_abuse_issue: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `reproductive_health_information`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub reproductive_health_information: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `resisting_parental_teachings`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub resisting_parental_teachings: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `specify_any_other_relevant_information_on_the_sleeping_arrangements`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_any_other_relevant_information_on_the_sleeping_arrangements:
        ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `substance_abuse`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub substance_abuse: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `substance_abuse_in_the_family_community`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub substance_abuse_in_the_family_community: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `vaccinations_are_up_to_date`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub vaccinations_are_up_to_date: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
}
impl ::mapwright_rt::Empty for OutputFormsectionHealthAssessment29sepD35aedb<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionHealthAssessment29sepD35aedb<'_> {
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
impl OutputFormsectionHealthAssessment29sepD35aedb<'_> {
    fn write_json_keys_0(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self
            .behaves_in_a_sexually_inappropriate_or_obscene_manner
            .is_omit()
        {
            out.bytes(",\"behaves_in_a_sexually_inappropriate_or_obscene_manner\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.behaves_in_a_sexually_inappropriate_or_obscene_manner,
                out,
            )?;
        }
        if !self.behavior_of_risk.is_omit() {
            out.bytes(",\"behavior_of_risk\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.behavior_of_risk, out)?;
        }
        if !self
            .boys_lie_in_the_same_room_as_their_female_relatives
            .is_omit()
        {
            out.bytes(",\"boys_lie_in_the_same_room_as_their_female_relatives\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.boys_lie_in_the_same_room_as_their_female_relatives,
                out,
            )?;
        }
        if !self
            .boys_lie_together_in_the_same_room_as_their_male_relatives
            .is_omit()
        {
            out.bytes(
                ",\"boys_lie_together_in_the_same_room_as_their_male_relatives\":".as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self.boys_lie_together_in_the_same_room_as_their_male_relatives,
                out,
            )?;
        }
        if !self.bullying.is_omit() {
            out.bytes(",\"bullying\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.bullying, out)?;
        }
        if !self.caregiver_s_chronic_illness_es.is_omit() {
            out.bytes(",\"caregiver_s_chronic_illness_es\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.caregiver_s_chronic_illness_es, out)?;
        }
        if !self.caregiver_s_disabilities.is_omit() {
            out.bytes(",\"caregiver_s_disabilities\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.caregiver_s_disabilities, out)?;
        }
        if !self.caregiver_s_economic_issue_s.is_omit() {
            out.bytes(",\"caregiver_s_economic_issue_s\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.caregiver_s_economic_issue_s, out)?;
        }
        if !self.caregiver_s_mental_illness_es.is_omit() {
            out.bytes(",\"caregiver_s_mental_illness_es\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.caregiver_s_mental_illness_es, out)?;
        }
        if !self.caregiver_s_substance_abuse_issue.is_omit() {
            out.bytes(",\"caregiver_s_substance_abuse_issue\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.caregiver_s_substance_abuse_issue, out)?;
        }
        if !self.chronic_illness.is_omit() {
            out.bytes(",\"chronic_illness\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.chronic_illness, out)?;
        }
        if !self.date_4.is_omit() {
            out.bytes(",\"date_4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_4, out)?;
        }
        if !self.developmental_issue.is_omit() {
            out.bytes(",\"developmental_issue\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.developmental_issue, out)?;
        }
        if !self.disabilities_1.is_omit() {
            out.bytes(",\"disabilities_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.disabilities_1, out)?;
        }
        if !self.entertainment_venues_near_the_household.is_omit() {
            out.bytes(",\"entertainment_venues_near_the_household\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.entertainment_venues_near_the_household,
                out,
            )?;
        }
        if !self.full_name_4.is_omit() {
            out.bytes(",\"full_name_4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name_4, out)?;
        }
        if !self.gambling.is_omit() {
            out.bytes(",\"gambling\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.gambling, out)?;
        }
        if !self.gambling_issue_in_the_family.is_omit() {
            out.bytes(",\"gambling_issue_in_the_family\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.gambling_issue_in_the_family, out)?;
        }
        if !self
            .girls_lie_together_in_the_same_room_as_their_female_relatives
            .is_omit()
        {
            out.bytes(
                ",\"girls_lie_together_in_the_same_room_as_their_female_relatives\":".as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self.girls_lie_together_in_the_same_room_as_their_female_relatives,
                out,
            )?;
        }
        if !self
            .girls_lie_together_in_the_same_room_as_their_male_relatives
            .is_omit()
        {
            out.bytes(
                ",\"girls_lie_together_in_the_same_room_as_their_male_relatives\":".as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self.girls_lie_together_in_the_same_room_as_their_male_relatives,
                out,
            )?;
        }
        if !self
            .history_of_child_labor_in_the_family_community
            .is_omit()
        {
            out.bytes(",\"history_of_child_labor_in_the_family_community\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.history_of_child_labor_in_the_family_community,
                out,
            )?;
        }
        if !self
            .history_of_illegal_activities_behaviors_in_the_family
            .is_omit()
        {
            out.bytes(",\"history_of_illegal_activities_behaviors_in_the_family\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.history_of_illegal_activities_behaviors_in_the_family,
                out,
            )?;
        }
        if !self.if_no_please_specify.is_omit() {
            out.bytes(",\"if_no__please_specify\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_no_please_specify, out)?;
        }
        if !self.if_not_please_specify.is_omit() {
            out.bytes(",\"if_not__please_specify\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_not_please_specify, out)?;
        }
        if !self.if_yes_please_specify_1.is_omit() {
            out.bytes(",\"if_yes__please_specify_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_1, out)?;
        }
        if !self.if_yes_please_specify_10.is_omit() {
            out.bytes(",\"if_yes__please_specify_10\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_10, out)?;
        }
        if !self.if_yes_please_specify_11.is_omit() {
            out.bytes(",\"if_yes__please_specify_11\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_11, out)?;
        }
        if !self.if_yes_please_specify_12.is_omit() {
            out.bytes(",\"if_yes__please_specify_12\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_12, out)?;
        }
        if !self.if_yes_please_specify_13.is_omit() {
            out.bytes(",\"if_yes__please_specify_13\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_13, out)?;
        }
        if !self.if_yes_please_specify_14.is_omit() {
            out.bytes(",\"if_yes__please_specify_14\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_14, out)?;
        }
        if !self.if_yes_please_specify_15.is_omit() {
            out.bytes(",\"if_yes__please_specify_15\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_15, out)?;
        }
        if !self.if_yes_please_specify_16.is_omit() {
            out.bytes(",\"if_yes__please_specify_16\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_16, out)?;
        }
        ::std::result::Result::Ok(())
    }
    fn write_json_keys_1(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self.if_yes_please_specify_17.is_omit() {
            out.bytes(",\"if_yes__please_specify_17\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_17, out)?;
        }
        if !self.if_yes_please_specify_18.is_omit() {
            out.bytes(",\"if_yes__please_specify_18\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_18, out)?;
        }
        if !self.if_yes_please_specify_19.is_omit() {
            out.bytes(",\"if_yes__please_specify_19\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_19, out)?;
        }
        if !self.if_yes_please_specify_2.is_omit() {
            out.bytes(",\"if_yes__please_specify_2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_2, out)?;
        }
        if !self.if_yes_please_specify_20.is_omit() {
            out.bytes(",\"if_yes__please_specify_20\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_20, out)?;
        }
        if !self.if_yes_please_specify_21.is_omit() {
            out.bytes(",\"if_yes__please_specify_21\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_21, out)?;
        }
        if !self.if_yes_please_specify_22.is_omit() {
            out.bytes(",\"if_yes__please_specify_22\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_22, out)?;
        }
        if !self.if_yes_please_specify_3.is_omit() {
            out.bytes(",\"if_yes__please_specify_3\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_3, out)?;
        }
        if !self.if_yes_please_specify_4.is_omit() {
            out.bytes(",\"if_yes__please_specify_4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_4, out)?;
        }
        if !self.if_yes_please_specify_5.is_omit() {
            out.bytes(",\"if_yes__please_specify_5\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_5, out)?;
        }
        if !self.if_yes_please_specify_6.is_omit() {
            out.bytes(",\"if_yes__please_specify_6\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_6, out)?;
        }
        if !self.if_yes_please_specify_7.is_omit() {
            out.bytes(",\"if_yes__please_specify_7\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_7, out)?;
        }
        if !self.if_yes_please_specify_8.is_omit() {
            out.bytes(",\"if_yes__please_specify_8\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_8, out)?;
        }
        if !self.if_yes_please_specify_9.is_omit() {
            out.bytes(",\"if_yes__please_specify_9\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_yes_please_specify_9, out)?;
        }
        if !self.involved_in_sex_trade.is_omit() {
            out.bytes(",\"involved_in_sex_trade\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.involved_in_sex_trade, out)?;
        }
        if !self.mental_illness.is_omit() {
            out.bytes(",\"mental_illness\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.mental_illness, out)?;
        }
        if !self.mingling_and_causing_annoyance_to_others.is_omit() {
            out.bytes(",\"mingling_and_causing_annoyance_to_others\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.mingling_and_causing_annoyance_to_others,
                out,
            )?;
        }
        if !self.nutritional_conditions_are_adequate.is_omit() {
            out.bytes(",\"nutritional_conditions_are_adequate\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.nutritional_conditions_are_adequate, out)?;
        }
        if !self
            .other_relevant_information_about_the_caregiver_s
            .is_omit()
        {
            out.bytes(",\"other_relevant_information_about_the_caregiver_s\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.other_relevant_information_about_the_caregiver_s,
                out,
            )?;
        }
        if !self.physical_abuse_issue.is_omit() {
            out.bytes(",\"physical_abuse_issue\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.physical_abuse_issue, out)?;
        }
        if !self.reproductive_health_information.is_omit() {
            out.bytes(",\"reproductive_health_information\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.reproductive_health_information, out)?;
        }
        if !self.resisting_parental_teachings.is_omit() {
            out.bytes(",\"resisting_parental_teachings\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.resisting_parental_teachings, out)?;
        }
        if !self
            .specify_any_other_relevant_information_on_the_sleeping_arrangements
            .is_omit()
        {
            out.bytes(
                ",\"specify_any_other_relevant_information_on_the_sleeping_arrangements\":"
                    .as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self.specify_any_other_relevant_information_on_the_sleeping_arrangements,
                out,
            )?;
        }
        if !self.substance_abuse.is_omit() {
            out.bytes(",\"substance_abuse\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.substance_abuse, out)?;
        }
        if !self.substance_abuse_in_the_family_community.is_omit() {
            out.bytes(",\"substance_abuse_in_the_family_community\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.substance_abuse_in_the_family_community,
                out,
            )?;
        }
        if !self.vaccinations_are_up_to_date.is_omit() {
            out.bytes(",\"vaccinations_are_up_to_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.vaccinations_are_up_to_date, out)?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Fields 1 to 35 of `Output_formsection-health-assessment-29sep-d35aedb`.
fn fields_output_formsection_health_assessment_29sep_d35aedb_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc_o: &::mapwright_rt::Loc<'_>,
    out: &mut OutputFormsectionHealthAssessment29sepD35aedb<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc_o);
    let f_full_name_4 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.full_name_4.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_date_4 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.date_4.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_disabilities_1 = ::mapwright_rt::finish(
        input.disabilities_1.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_chronic_illness = ::mapwright_rt::finish(
        input.chronic_illness.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_1 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_1.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_mental_illness = ::mapwright_rt::finish(
        input.mental_illness.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_2 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_2.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_behavior_of_risk = ::mapwright_rt::finish(
        input.behavior_of_risk.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_3 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_3.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_reproductive_health_information = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.reproductive_health_information.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_developmental_issue = ::mapwright_rt::finish(
        input.developmental_issue.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_4 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_4.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_vaccinations_are_up_to_date = ::mapwright_rt::finish(
        input.vaccinations_are_up_to_date.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_not_please_specify = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_not_please_specify.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_nutritional_conditions_are_adequate = ::mapwright_rt::finish(
        input.nutritional_conditions_are_adequate.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_no_please_specify = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_no_please_specify.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_caregiver_s_disabilities = ::mapwright_rt::finish(
        input.caregiver_s_disabilities.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_5 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_5.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_caregiver_s_chronic_illness_es = ::mapwright_rt::finish(
        input.caregiver_s_chronic_illness_es.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_6 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_6.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_caregiver_s_mental_illness_es = ::mapwright_rt::finish(
        input.caregiver_s_mental_illness_es.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_7 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_7.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_caregiver_s_economic_issue_s = ::mapwright_rt::finish(
        input.caregiver_s_economic_issue_s.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_8 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_8.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_caregiver_s_substance_abuse_issue = ::mapwright_rt::finish(
        input.caregiver_s_substance_abuse_issue.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_9 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_9.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_physical_abuse_issue = ::mapwright_rt::finish(
        input.physical_abuse_issue.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_10 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_10.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_other_relevant_information_about_the_caregiver_s = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.other_relevant_information_about_the_caregiver_s.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_gambling_issue_in_the_family = ::mapwright_rt::finish(
        input.gambling_issue_in_the_family.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_11 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_11.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_substance_abuse_in_the_family_community = ::mapwright_rt::finish(
        input.substance_abuse_in_the_family_community.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_12 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_12.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_entertainment_venues_near_the_household = ::mapwright_rt::finish(
        input.entertainment_venues_near_the_household.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_13 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_13.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.full_name_4 = f_full_name_4;
    out.date_4 = f_date_4;
    out.disabilities_1 = f_disabilities_1;
    out.chronic_illness = f_chronic_illness;
    out.if_yes_please_specify_1 = f_if_yes_please_specify_1;
    out.mental_illness = f_mental_illness;
    out.if_yes_please_specify_2 = f_if_yes_please_specify_2;
    out.behavior_of_risk = f_behavior_of_risk;
    out.if_yes_please_specify_3 = f_if_yes_please_specify_3;
    out.reproductive_health_information = f_reproductive_health_information;
    out.developmental_issue = f_developmental_issue;
    out.if_yes_please_specify_4 = f_if_yes_please_specify_4;
    out.vaccinations_are_up_to_date = f_vaccinations_are_up_to_date;
    out.if_not_please_specify = f_if_not_please_specify;
    out.nutritional_conditions_are_adequate = f_nutritional_conditions_are_adequate;
    out.if_no_please_specify = f_if_no_please_specify;
    out.caregiver_s_disabilities = f_caregiver_s_disabilities;
    out.if_yes_please_specify_5 = f_if_yes_please_specify_5;
    out.caregiver_s_chronic_illness_es = f_caregiver_s_chronic_illness_es;
    out.if_yes_please_specify_6 = f_if_yes_please_specify_6;
    out.caregiver_s_mental_illness_es = f_caregiver_s_mental_illness_es;
    out.if_yes_please_specify_7 = f_if_yes_please_specify_7;
    out.caregiver_s_economic_issue_s = f_caregiver_s_economic_issue_s;
    out.if_yes_please_specify_8 = f_if_yes_please_specify_8;
    out.caregiver_s_substance_abuse_issue = f_caregiver_s_substance_abuse_issue;
    out.if_yes_please_specify_9 = f_if_yes_please_specify_9;
    out.physical_abuse_issue = f_physical_abuse_issue;
    out.if_yes_please_specify_10 = f_if_yes_please_specify_10;
    out.other_relevant_information_about_the_caregiver_s =
        f_other_relevant_information_about_the_caregiver_s;
    out.gambling_issue_in_the_family = f_gambling_issue_in_the_family;
    out.if_yes_please_specify_11 = f_if_yes_please_specify_11;
    out.substance_abuse_in_the_family_community = f_substance_abuse_in_the_family_community;
    out.if_yes_please_specify_12 = f_if_yes_please_specify_12;
    out.entertainment_venues_near_the_household = f_entertainment_venues_near_the_household;
    out.if_yes_please_specify_13 = f_if_yes_please_specify_13;
    ::std::result::Result::Ok(())
}
/// Fields 36 to 58 of `Output_formsection-health-assessment-29sep-d35aedb`.
fn fields_output_formsection_health_assessment_29sep_d35aedb_1<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc_o: &::mapwright_rt::Loc<'_>,
    out: &mut OutputFormsectionHealthAssessment29sepD35aedb<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc_o);
    let f_girls_lie_together_in_the_same_room_as_their_male_relatives = ::mapwright_rt::finish(
        input
            .girls_lie_together_in_the_same_room_as_their_male_relatives
            .as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_girls_lie_together_in_the_same_room_as_their_female_relatives = ::mapwright_rt::finish(
        input
            .girls_lie_together_in_the_same_room_as_their_female_relatives
            .as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_boys_lie_in_the_same_room_as_their_female_relatives = ::mapwright_rt::finish(
        input
            .boys_lie_in_the_same_room_as_their_female_relatives
            .as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_boys_lie_together_in_the_same_room_as_their_male_relatives = ::mapwright_rt::finish(
        input
            .boys_lie_together_in_the_same_room_as_their_male_relatives
            .as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_any_other_relevant_information_on_the_sleeping_arrangements =
        ::mapwright_rt::finish(
            ::mapwright_rt::text(
                input
                    .specify_any_other_relevant_information_on_the_sleeping_arrangements
                    .get(),
            ),
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Null,
                empty_string: ::mapwright_rt::As::EmptyString,
                empty_list: ::mapwright_rt::As::EmptyString,
            },
            ::std::option::Option::None,
        );
    let f_history_of_illegal_activities_behaviors_in_the_family = ::mapwright_rt::finish(
        input
            .history_of_illegal_activities_behaviors_in_the_family
            .as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_14 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_14.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_history_of_child_labor_in_the_family_community = ::mapwright_rt::finish(
        input
            .history_of_child_labor_in_the_family_community
            .as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_15 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_15.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_bullying = ::mapwright_rt::finish(
        input.bullying.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_16 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_16.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_mingling_and_causing_annoyance_to_others = ::mapwright_rt::finish(
        input.mingling_and_causing_annoyance_to_others.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_17 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_17.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_gambling = ::mapwright_rt::finish(
        input.gambling.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_18 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_18.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_substance_abuse = ::mapwright_rt::finish(
        input.substance_abuse.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_19 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_19.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_involved_in_sex_trade = ::mapwright_rt::finish(
        input.involved_in_sex_trade.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_20 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_20.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_behaves_in_a_sexually_inappropriate_or_obscene_manner = ::mapwright_rt::finish(
        input
            .behaves_in_a_sexually_inappropriate_or_obscene_manner
            .as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_21 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_21.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_resisting_parental_teachings = ::mapwright_rt::finish(
        input.resisting_parental_teachings.as_ref(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_yes_please_specify_22 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_yes_please_specify_22.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.girls_lie_together_in_the_same_room_as_their_male_relatives =
        f_girls_lie_together_in_the_same_room_as_their_male_relatives;
    out.girls_lie_together_in_the_same_room_as_their_female_relatives =
        f_girls_lie_together_in_the_same_room_as_their_female_relatives;
    out.boys_lie_in_the_same_room_as_their_female_relatives =
        f_boys_lie_in_the_same_room_as_their_female_relatives;
    out.boys_lie_together_in_the_same_room_as_their_male_relatives =
        f_boys_lie_together_in_the_same_room_as_their_male_relatives;
    out.specify_any_other_relevant_information_on_the_sleeping_arrangements =
        f_specify_any_other_relevant_information_on_the_sleeping_arrangements;
    out.history_of_illegal_activities_behaviors_in_the_family =
        f_history_of_illegal_activities_behaviors_in_the_family;
    out.if_yes_please_specify_14 = f_if_yes_please_specify_14;
    out.history_of_child_labor_in_the_family_community =
        f_history_of_child_labor_in_the_family_community;
    out.if_yes_please_specify_15 = f_if_yes_please_specify_15;
    out.bullying = f_bullying;
    out.if_yes_please_specify_16 = f_if_yes_please_specify_16;
    out.mingling_and_causing_annoyance_to_others = f_mingling_and_causing_annoyance_to_others;
    out.if_yes_please_specify_17 = f_if_yes_please_specify_17;
    out.gambling = f_gambling;
    out.if_yes_please_specify_18 = f_if_yes_please_specify_18;
    out.substance_abuse = f_substance_abuse;
    out.if_yes_please_specify_19 = f_if_yes_please_specify_19;
    out.involved_in_sex_trade = f_involved_in_sex_trade;
    out.if_yes_please_specify_20 = f_if_yes_please_specify_20;
    out.behaves_in_a_sexually_inappropriate_or_obscene_manner =
        f_behaves_in_a_sexually_inappropriate_or_obscene_manner;
    out.if_yes_please_specify_21 = f_if_yes_please_specify_21;
    out.resisting_parental_teachings = f_resisting_parental_teachings;
    out.if_yes_please_specify_22 = f_if_yes_please_specify_22;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFormsectionCpActBe2546Report699f528<'r> {
    /// `agency_75fac1e`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub agency_75fac1e: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `contact_details_aa1dbe6`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub contact_details_aa1dbe6: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `full_name_ab6062c`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name_ab6062c: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `position_9401fd4`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub position_9401fd4: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `report_registration_number_b868e09`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub report_registration_number_b868e09: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `reporting_date_d36d4ae`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub reporting_date_d36d4ae: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFormsectionCpActBe2546Report699f528<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionCpActBe2546Report699f528<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.agency_75fac1e.is_omit() {
            out.bytes(",\"agency_75fac1e\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.agency_75fac1e, out)?;
        }
        if !self.contact_details_aa1dbe6.is_omit() {
            out.bytes(",\"contact_details_aa1dbe6\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.contact_details_aa1dbe6, out)?;
        }
        if !self.full_name_ab6062c.is_omit() {
            out.bytes(",\"full_name_ab6062c\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name_ab6062c, out)?;
        }
        if !self.position_9401fd4.is_omit() {
            out.bytes(",\"position_9401fd4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.position_9401fd4, out)?;
        }
        if !self.report_registration_number_b868e09.is_omit() {
            out.bytes(",\"report_registration_number_b868e09\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.report_registration_number_b868e09, out)?;
        }
        if !self.reporting_date_d36d4ae.is_omit() {
            out.bytes(",\"reporting_date_d36d4ae\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.reporting_date_d36d4ae, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFormsectionMedicalCostsAndServiceFees847e08f {
    /// `current_total`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub current_total: ::mapwright_rt::Slot<::serde_json::Number>,
}
impl ::mapwright_rt::Empty for OutputFormsectionMedicalCostsAndServiceFees847e08f {}
impl ::mapwright_rt::WriteJson for OutputFormsectionMedicalCostsAndServiceFees847e08f {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.current_total.is_omit() {
            out.bytes(",\"current_total\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.current_total, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputNewExpense<'r> {
    /// `amount`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub amount: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `date_1`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `description`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub description: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputNewExpense<'_> {}
impl ::mapwright_rt::WriteJson for OutputNewExpense<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.amount.is_omit() {
            out.bytes(",\"amount\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.amount, out)?;
        }
        if !self.date_1.is_omit() {
            out.bytes(",\"date_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_1, out)?;
        }
        if !self.description.is_omit() {
            out.bytes(",\"description\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.description, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputClosureForm<'r> {
    /// `additional_comments_a0185f7`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub additional_comments_a0185f7: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `closure_reason`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub closure_reason: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `closure_reason_other`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub closure_reason_other: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_closure`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_closure: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `status`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub status: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
}
impl ::mapwright_rt::Empty for OutputClosureForm<'_> {}
impl ::mapwright_rt::WriteJson for OutputClosureForm<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.additional_comments_a0185f7.is_omit() {
            out.bytes(",\"additional_comments_a0185f7\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.additional_comments_a0185f7, out)?;
        }
        if !self.closure_reason.is_omit() {
            out.bytes(",\"closure_reason\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.closure_reason, out)?;
        }
        if !self.closure_reason_other.is_omit() {
            out.bytes(",\"closure_reason_other\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.closure_reason_other, out)?;
        }
        if !self.date_closure.is_omit() {
            out.bytes(",\"date_closure\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_closure, out)?;
        }
        if !self.status.is_omit() {
            out.bytes(",\"status\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.status, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputNewFormalComplaint2<'r> {
    /// `case_number_code_1`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub case_number_code_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `police_focal_point`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub police_focal_point: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `police_station_name_1`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub police_station_name_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `report_date_and_time_1`: datetime
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub report_date_and_time_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputNewFormalComplaint2<'_> {}
impl ::mapwright_rt::WriteJson for OutputNewFormalComplaint2<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.case_number_code_1.is_omit() {
            out.bytes(",\"case_number_code_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.case_number_code_1, out)?;
        }
        if !self.police_focal_point.is_omit() {
            out.bytes(",\"police_focal_point\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.police_focal_point, out)?;
        }
        if !self.police_station_name_1.is_omit() {
            out.bytes(",\"police_station_name_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.police_station_name_1, out)?;
        }
        if !self.report_date_and_time_1.is_omit() {
            out.bytes(",\"report_date_and_time_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.report_date_and_time_1, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputServicesSection<'r> {
    /// `appointment_date_and_time_ece9c5a`: datetime
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub appointment_date_and_time_ece9c5a: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `follow_up_comments_ba1ccd1`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub follow_up_comments_ba1ccd1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `follow_up_date_71b7f60`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub follow_up_date_71b7f60: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_delivery_location`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_delivery_location: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `service_external_referral`: bool
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_external_referral: ::mapwright_rt::Slot<bool>,
    /// `service_implemented_day_time`: datetime
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_implemented_day_time: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_implementing_agency`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_implementing_agency: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_implementing_agency_external`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_implementing_agency_external: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_location`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_location: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_provider`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_provider: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_referral`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_referral: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `service_referral_notes`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_referral_notes: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_response_day_time`: datetime
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_response_day_time: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `service_response_timeframe`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_response_timeframe: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `service_response_type`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_response_type: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `service_type`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub service_type: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `unique_id`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub unique_id: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputServicesSection<'_> {}
impl ::mapwright_rt::WriteJson for OutputServicesSection<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.appointment_date_and_time_ece9c5a.is_omit() {
            out.bytes(",\"appointment_date_and_time_ece9c5a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.appointment_date_and_time_ece9c5a, out)?;
        }
        if !self.follow_up_comments_ba1ccd1.is_omit() {
            out.bytes(",\"follow_up_comments_ba1ccd1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.follow_up_comments_ba1ccd1, out)?;
        }
        if !self.follow_up_date_71b7f60.is_omit() {
            out.bytes(",\"follow_up_date_71b7f60\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.follow_up_date_71b7f60, out)?;
        }
        if !self.service_delivery_location.is_omit() {
            out.bytes(",\"service_delivery_location\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_delivery_location, out)?;
        }
        if !self.service_external_referral.is_omit() {
            out.bytes(",\"service_external_referral\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_external_referral, out)?;
        }
        if !self.service_implemented_day_time.is_omit() {
            out.bytes(",\"service_implemented_day_time\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_implemented_day_time, out)?;
        }
        if !self.service_implementing_agency.is_omit() {
            out.bytes(",\"service_implementing_agency\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_implementing_agency, out)?;
        }
        if !self.service_implementing_agency_external.is_omit() {
            out.bytes(",\"service_implementing_agency_external\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_implementing_agency_external, out)?;
        }
        if !self.service_location.is_omit() {
            out.bytes(",\"service_location\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_location, out)?;
        }
        if !self.service_provider.is_omit() {
            out.bytes(",\"service_provider\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_provider, out)?;
        }
        if !self.service_referral.is_omit() {
            out.bytes(",\"service_referral\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_referral, out)?;
        }
        if !self.service_referral_notes.is_omit() {
            out.bytes(",\"service_referral_notes\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_referral_notes, out)?;
        }
        if !self.service_response_day_time.is_omit() {
            out.bytes(",\"service_response_day_time\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_response_day_time, out)?;
        }
        if !self.service_response_timeframe.is_omit() {
            out.bytes(",\"service_response_timeframe\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_response_timeframe, out)?;
        }
        if !self.service_response_type.is_omit() {
            out.bytes(",\"service_response_type\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_response_type, out)?;
        }
        if !self.service_type.is_omit() {
            out.bytes(",\"service_type\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.service_type, out)?;
        }
        if !self.unique_id.is_omit() {
            out.bytes(",\"unique_id\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.unique_id, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputServicesNeeded<'r> {
    /// `date_service_needed_by`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_service_needed_by: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `full_name_3`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name_3: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_12`: string
    #[serde(
        rename = "if_other__please_specify_12",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_12: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `laboratory_test_results`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub laboratory_test_results: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `mental`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub mental: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `mental_1`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub mental_1: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `other_support_needed`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub other_support_needed: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `physical`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub physical: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `physical_1`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub physical_1: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `please_specify_13`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub please_specify_13: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `reproductive_health`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub reproductive_health: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `sex_check_and_evaluation`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sex_check_and_evaluation: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `social`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub social: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `test_text_service_needed`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub test_text_service_needed: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputServicesNeeded<'_> {}
impl ::mapwright_rt::WriteJson for OutputServicesNeeded<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.date_service_needed_by.is_omit() {
            out.bytes(",\"date_service_needed_by\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_service_needed_by, out)?;
        }
        if !self.full_name_3.is_omit() {
            out.bytes(",\"full_name_3\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name_3, out)?;
        }
        if !self.if_other_please_specify_12.is_omit() {
            out.bytes(",\"if_other__please_specify_12\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_12, out)?;
        }
        if !self.laboratory_test_results.is_omit() {
            out.bytes(",\"laboratory_test_results\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.laboratory_test_results, out)?;
        }
        if !self.mental.is_omit() {
            out.bytes(",\"mental\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.mental, out)?;
        }
        if !self.mental_1.is_omit() {
            out.bytes(",\"mental_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.mental_1, out)?;
        }
        if !self.other_support_needed.is_omit() {
            out.bytes(",\"other_support_needed\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_support_needed, out)?;
        }
        if !self.physical.is_omit() {
            out.bytes(",\"physical\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.physical, out)?;
        }
        if !self.physical_1.is_omit() {
            out.bytes(",\"physical_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.physical_1, out)?;
        }
        if !self.please_specify_13.is_omit() {
            out.bytes(",\"please_specify_13\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.please_specify_13, out)?;
        }
        if !self.reproductive_health.is_omit() {
            out.bytes(",\"reproductive_health\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.reproductive_health, out)?;
        }
        if !self.sex_check_and_evaluation.is_omit() {
            out.bytes(",\"sex_check_and_evaluation\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sex_check_and_evaluation, out)?;
        }
        if !self.social.is_omit() {
            out.bytes(",\"social\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.social, out)?;
        }
        if !self.test_text_service_needed.is_omit() {
            out.bytes(",\"test_text_service_needed\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.test_text_service_needed, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputWitnesses6c0a33c<'r> {
    /// `full_name_1dde243`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name_1dde243: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_to_the_child_37c30dc`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_to_the_child_37c30dc: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `testimony__cec1e35`: string
    #[serde(
        rename = "testimony__cec1e35",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub testimony_cec1e35: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputWitnesses6c0a33c<'_> {}
impl ::mapwright_rt::WriteJson for OutputWitnesses6c0a33c<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.full_name_1dde243.is_omit() {
            out.bytes(",\"full_name_1dde243\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name_1dde243, out)?;
        }
        if !self.relation_to_the_child_37c30dc.is_omit() {
            out.bytes(",\"relation_to_the_child_37c30dc\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_to_the_child_37c30dc, out)?;
        }
        if !self.testimony_cec1e35.is_omit() {
            out.bytes(",\"testimony__cec1e35\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.testimony_cec1e35, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OutputNewPregnancy<'r> {
    /// `additional_support`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub additional_support: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `antenatal_care_will_be_provided_at`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub antenatal_care_will_be_provided_at: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `current_gestational_week`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub current_gestational_week: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `date_of_report`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_of_report: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `factors_for_pregnancy_termination`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub factors_for_pregnancy_termination: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `if_other__please_specify_10`: string
    #[serde(
        rename = "if_other__please_specify_10",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_10: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_11`: string
    #[serde(
        rename = "if_other__please_specify_11",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_11: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `other_factors__please_detail`: string
    #[serde(
        rename = "other_factors__please_detail",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub other_factors_please_detail: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `patient_decision_after_being_provided_with_alternative_counseling`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub patient_decision_after_being_provided_with_alternative_counseling:
        ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `patient_provided_with_alternative_counseling`: json
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub patient_provided_with_alternative_counseling: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `reason_for_unexpected_pregnancy`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub reason_for_unexpected_pregnancy: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `source_of_information_647b9db`: select(source_of_information_226cd93)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub source_of_information_647b9db: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `specify_contraception_problem`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_contraception_problem: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_family_social_economic_issues`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_family_social_economic_issues: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_legal_offenses`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_legal_offenses: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `specify_mental_issue`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_mental_issue: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_physical_issue`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_physical_issue: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `support_needed`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub support_needed: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `support_needed_1`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub support_needed_1: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
}
impl ::mapwright_rt::Empty for OutputNewPregnancy<'_> {}
impl ::mapwright_rt::WriteJson for OutputNewPregnancy<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.additional_support.is_omit() {
            out.bytes(",\"additional_support\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.additional_support, out)?;
        }
        if !self.antenatal_care_will_be_provided_at.is_omit() {
            out.bytes(",\"antenatal_care_will_be_provided_at\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.antenatal_care_will_be_provided_at, out)?;
        }
        if !self.current_gestational_week.is_omit() {
            out.bytes(",\"current_gestational_week\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.current_gestational_week, out)?;
        }
        if !self.date_of_report.is_omit() {
            out.bytes(",\"date_of_report\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_of_report, out)?;
        }
        if !self.factors_for_pregnancy_termination.is_omit() {
            out.bytes(",\"factors_for_pregnancy_termination\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.factors_for_pregnancy_termination, out)?;
        }
        if !self.if_other_please_specify_10.is_omit() {
            out.bytes(",\"if_other__please_specify_10\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_10, out)?;
        }
        if !self.if_other_please_specify_11.is_omit() {
            out.bytes(",\"if_other__please_specify_11\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_11, out)?;
        }
        if !self.other_factors_please_detail.is_omit() {
            out.bytes(",\"other_factors__please_detail\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_factors_please_detail, out)?;
        }
        if !self
            .patient_decision_after_being_provided_with_alternative_counseling
            .is_omit()
        {
            out.bytes(
                ",\"patient_decision_after_being_provided_with_alternative_counseling\":"
                    .as_bytes(),
            );
            ::mapwright_rt::WriteJson::write_json(
                &self.patient_decision_after_being_provided_with_alternative_counseling,
                out,
            )?;
        }
        if !self.patient_provided_with_alternative_counseling.is_omit() {
            out.bytes(",\"patient_provided_with_alternative_counseling\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.patient_provided_with_alternative_counseling,
                out,
            )?;
        }
        if !self.reason_for_unexpected_pregnancy.is_omit() {
            out.bytes(",\"reason_for_unexpected_pregnancy\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.reason_for_unexpected_pregnancy, out)?;
        }
        if !self.source_of_information_647b9db.is_omit() {
            out.bytes(",\"source_of_information_647b9db\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.source_of_information_647b9db, out)?;
        }
        if !self.specify_contraception_problem.is_omit() {
            out.bytes(",\"specify_contraception_problem\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_contraception_problem, out)?;
        }
        if !self.specify_family_social_economic_issues.is_omit() {
            out.bytes(",\"specify_family_social_economic_issues\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.specify_family_social_economic_issues,
                out,
            )?;
        }
        if !self.specify_legal_offenses.is_omit() {
            out.bytes(",\"specify_legal_offenses\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_legal_offenses, out)?;
        }
        if !self.specify_mental_issue.is_omit() {
            out.bytes(",\"specify_mental_issue\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_mental_issue, out)?;
        }
        if !self.specify_physical_issue.is_omit() {
            out.bytes(",\"specify_physical_issue\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_physical_issue, out)?;
        }
        if !self.support_needed.is_omit() {
            out.bytes(",\"support_needed\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.support_needed, out)?;
        }
        if !self.support_needed_1.is_omit() {
            out.bytes(",\"support_needed_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.support_needed_1, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
/// Fields 1 to 14 of `Output_new_pregnancy`.
fn fields_output_new_pregnancy_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc1: &::mapwright_rt::Loc<'_>,
    e0: ::std::option::Option<&'r InputNewPregnancy<'r>>,
    out: &mut OutputNewPregnancy<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc1, e0);
    let f_date_of_report = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.date_of_report.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_current_gestational_week = ::mapwright_rt::finish(
        e0.and_then(|v| v.current_gestational_week.get()).cloned(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_10 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_other_please_specify_10.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_other_factors_please_detail = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.other_factors_please_detail.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_patient_provided_with_alternative_counseling = ::mapwright_rt::finish(
        e0.and_then(|v| v.patient_provided_with_alternative_counseling.as_ref()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_11 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_other_please_specify_11.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_additional_support = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.additional_support.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_source_of_information_647b9db = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.source_of_information_647b9db.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_reason_for_unexpected_pregnancy = ::mapwright_rt::finish(
        match e0.and_then(|v| v.reason_for_unexpected_pregnancy.get()) {
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
                                "th_reason_for_unexpected_pregnancy_d82edd3",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "reason_for_unexpected_pregnancy",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_contraception_problem = ::mapwright_rt::finish(
        match e0.and_then(|v| v.specify_contraception_problem.get()) {
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
                                "th_specify_contraception_problem_e6b21b7",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "specify_contraception_problem",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_support_needed = ::mapwright_rt::finish(
        match e0.and_then(|v| v.support_needed.get()) {
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
                                "th_support_for_pregnancy_9387f1c",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "support_needed",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_legal_offenses = ::mapwright_rt::finish(
        match e0.and_then(|v| v.specify_legal_offenses.get()) {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "th_specify_legal_offenses_b17ba77",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc1.fail("specify_legal_offenses", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_factors_for_pregnancy_termination = ::mapwright_rt::finish(
        match e0.and_then(|v| v.factors_for_pregnancy_termination.get()) {
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
                                "th_factors_for_pregnancy_termination_862d2ea",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "factors_for_pregnancy_termination",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_physical_issue = ::mapwright_rt::finish(
        match e0.and_then(|v| v.specify_physical_issue.get()) {
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
                                "th_physical_issue_pregnancy_termination_f99dbb9",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "specify_physical_issue",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.date_of_report = f_date_of_report;
    out.current_gestational_week = f_current_gestational_week;
    out.if_other_please_specify_10 = f_if_other_please_specify_10;
    out.other_factors_please_detail = f_other_factors_please_detail;
    out.patient_provided_with_alternative_counseling =
        f_patient_provided_with_alternative_counseling;
    out.if_other_please_specify_11 = f_if_other_please_specify_11;
    out.additional_support = f_additional_support;
    out.source_of_information_647b9db = f_source_of_information_647b9db;
    out.reason_for_unexpected_pregnancy = f_reason_for_unexpected_pregnancy;
    out.specify_contraception_problem = f_specify_contraception_problem;
    out.support_needed = f_support_needed;
    out.specify_legal_offenses = f_specify_legal_offenses;
    out.factors_for_pregnancy_termination = f_factors_for_pregnancy_termination;
    out.specify_physical_issue = f_specify_physical_issue;
    ::std::result::Result::Ok(())
}
/// Fields 15 to 19 of `Output_new_pregnancy`.
fn fields_output_new_pregnancy_1<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc1: &::mapwright_rt::Loc<'_>,
    e0: ::std::option::Option<&'r InputNewPregnancy<'r>>,
    out: &mut OutputNewPregnancy<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc1, e0);
    let f_specify_mental_issue = ::mapwright_rt::finish(
        match e0.and_then(|v| v.specify_mental_issue.get()) {
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
                                "th_mental_issue_pregnancy_termination_1aa129d",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "specify_mental_issue",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_family_social_economic_issues = ::mapwright_rt::finish(
        match e0.and_then(|v| v.specify_family_social_economic_issues.get()) {
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
                                "th_familysocialeconomic_issues_pregnancy_termination_e8ebd62",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "specify_family_social_economic_issues",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_patient_decision_after_being_provided_with_alternative_counseling =
        ::mapwright_rt::finish(
            match e0.and_then(|v| {
                v.patient_decision_after_being_provided_with_alternative_counseling
                    .get()
            }) {
                ::std::option::Option::Some(v)
                    if !::mapwright_rt::stdlib::translate::is_unanswered(
                        ::mapwright_rt::Code::code(v),
                    ) =>
                {
                    ::std::option::Option::Some(
                        match ::mapwright_rt::translated(
                            ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                            v.label(super::options::LANG_TH),
                            "patient_decision_after_being_provided_with_alternative_counseling",
                            "th",
                            ::mapwright_rt::UnknownCode::Error,
                            ::mapwright_rt::MissingLabel::Error,
                            ctx,
                        ) {
                            ::std::result::Result::Ok(t) => t,
                            ::std::result::Result::Err(kind) => {
                                return ::std::result::Result::Err(
                                loc1
                                    .fail(
                                        "patient_decision_after_being_provided_with_alternative_counseling",
                                        kind,
                                    ),
                            );
                            }
                        },
                    )
                }
                _ => ::std::option::Option::None,
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Null,
                empty_string: ::mapwright_rt::As::EmptyString,
                empty_list: ::mapwright_rt::As::EmptyString,
            },
            ::std::option::Option::None,
        );
    let f_antenatal_care_will_be_provided_at = ::mapwright_rt::finish(
        match e0.and_then(|v| v.antenatal_care_will_be_provided_at.get()) {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "service_place_code_4bf53ab",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc1.fail("antenatal_care_will_be_provided_at", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_support_needed_1 = ::mapwright_rt::finish(
        match e0.and_then(|v| v.support_needed_1.get()) {
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
                                "th_support_needed_to_terminate_pregnancy_b0fe7fa",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc1.fail_at(
                                        "support_needed_1",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.specify_mental_issue = f_specify_mental_issue;
    out.specify_family_social_economic_issues = f_specify_family_social_economic_issues;
    out.patient_decision_after_being_provided_with_alternative_counseling =
        f_patient_decision_after_being_provided_with_alternative_counseling;
    out.antenatal_care_will_be_provided_at = f_antenatal_care_will_be_provided_at;
    out.support_needed_1 = f_support_needed_1;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFormsectionUnexpectedPregnancy9a51ea8<'r> {
    /// `first_pregnancy_at_age`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub first_pregnancy_at_age: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `history_of_abortion__if_any_`: string
    #[serde(
        rename = "history_of_abortion__if_any_",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub history_of_abortion_if_any: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `number_of_live_births_to_date`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub number_of_live_births_to_date: ::mapwright_rt::Slot<::serde_json::Number>,
}
impl ::mapwright_rt::Empty for OutputFormsectionUnexpectedPregnancy9a51ea8<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionUnexpectedPregnancy9a51ea8<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.first_pregnancy_at_age.is_omit() {
            out.bytes(",\"first_pregnancy_at_age\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.first_pregnancy_at_age, out)?;
        }
        if !self.history_of_abortion_if_any.is_omit() {
            out.bytes(",\"history_of_abortion__if_any_\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.history_of_abortion_if_any, out)?;
        }
        if !self.number_of_live_births_to_date.is_omit() {
            out.bytes(",\"number_of_live_births_to_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.number_of_live_births_to_date, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OutputPhysicalCheck2<'r> {
    /// `acid_phosphates_118c999`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub acid_phosphates_118c999: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `anti_hiv_medication`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub anti_hiv_medication: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `anti_infectious_diseases_medication`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub anti_infectious_diseases_medication: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `anus_and_rectum_eaf3784`: select(th_normal_or_abnormal_0523796)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub anus_and_rectum_eaf3784: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_6`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_6: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_of_last_period_menstruation`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_of_last_period_menstruation: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `department_d8ec3cb`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub department_d8ec3cb: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `description_1`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub description_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `description_of_physical_examination_observations_1`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub description_of_physical_examination_observations_1:
        ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `discharge_details`: select(th_normal_or_abnormal_0523796)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub discharge_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `general_description_b738274`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub general_description_b738274: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `general_description_of_genitalia_examination`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub general_description_of_genitalia_examination:
        ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `general_examination_results`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub general_examination_results: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `hbv_ab__ag_f13b335`: string
    #[serde(
        rename = "hbv_ab__ag_f13b335",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub hbv_ab_ag_f13b335: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `hcv_ab_945585c`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub hcv_ab_945585c: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `hiv_ab_8c67abf`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub hiv_ab_8c67abf: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `hymen_details_3538ed4`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub hymen_details_3538ed4: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify`: string
    #[serde(
        rename = "if_abnormal__please_specify",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify_1`: string
    #[serde(
        rename = "if_abnormal__please_specify_1",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify_2`: string
    #[serde(
        rename = "if_abnormal__please_specify_2",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify_2: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify_3`: string
    #[serde(
        rename = "if_abnormal__please_specify_3",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify_3: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify_899040a`: string
    #[serde(
        rename = "if_abnormal__please_specify_899040a",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify_899040a: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify_ab4be7b`: string
    #[serde(
        rename = "if_abnormal__please_specify_ab4be7b",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify_ab4be7b: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify_d03f913`: string
    #[serde(
        rename = "if_abnormal__please_specify_d03f913",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify_d03f913: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_abnormal__please_specify_f3f0782`: string
    #[serde(
        rename = "if_abnormal__please_specify_f3f0782",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_abnormal_please_specify_f3f0782: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_positive__please_specify_location_s`: string
    #[serde(
        rename = "if_positive__please_specify_location_s",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_positive_please_specify_location_s: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_teared__please_estimate_date`: string
    #[serde(
        rename = "if_teared__please_estimate_date",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_teared_please_estimate_date: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `immediate_treatment_plan`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub immediate_treatment_plan: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `introitus_details`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub introitus_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `labia_minora_details`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub labia_minora_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `other_exams_results__please_specify`: string
    #[serde(
        rename = "other_exams_results__please_specify",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub other_exams_results_please_specify: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `patient_s_height`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub patient_s_height: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `patient_s_weight`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub patient_s_weight: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `penis_details_79f31be`: select(th_normal_or_abnormal_0523796)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub penis_details_79f31be: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `pregnancy_prevention_medication`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub pregnancy_prevention_medication: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `pregnancy_test_21c37e2`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub pregnancy_test_21c37e2: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `scrotal_sac_f93e04a`: select(th_normal_or_abnormal_0523796)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub scrotal_sac_f93e04a: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `source_of_information_44cac9a`: select(source_of_information_226cd93)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub source_of_information_44cac9a: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `sperm_check_2612983`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sperm_check_2612983: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `urethra_and_discharge_60eb64e`: select(th_normal_or_abnormal_0523796)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub urethra_and_discharge_60eb64e: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `uterus_details`: select(th_normal_or_abnormal_0523796)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub uterus_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `vag__parasite_7504774`: string
    #[serde(
        rename = "vag__parasite_7504774",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub vag_parasite_7504774: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `vag__smeargram_strain_fce21b2`: string
    #[serde(
        rename = "vag__smeargram_strain_fce21b2",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub vag_smeargram_strain_fce21b2: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `vagina_details`: select(th_normal_or_abnormal_0523796)
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub vagina_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `vdrl_aa8c121`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub vdrl_aa8c121: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputPhysicalCheck2<'_> {}
impl ::mapwright_rt::WriteJson for OutputPhysicalCheck2<'_> {
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
impl OutputPhysicalCheck2<'_> {
    fn write_json_keys_0(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self.acid_phosphates_118c999.is_omit() {
            out.bytes(",\"acid_phosphates_118c999\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.acid_phosphates_118c999, out)?;
        }
        if !self.anti_hiv_medication.is_omit() {
            out.bytes(",\"anti_hiv_medication\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.anti_hiv_medication, out)?;
        }
        if !self.anti_infectious_diseases_medication.is_omit() {
            out.bytes(",\"anti_infectious_diseases_medication\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.anti_infectious_diseases_medication, out)?;
        }
        if !self.anus_and_rectum_eaf3784.is_omit() {
            out.bytes(",\"anus_and_rectum_eaf3784\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.anus_and_rectum_eaf3784, out)?;
        }
        if !self.date_6.is_omit() {
            out.bytes(",\"date_6\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_6, out)?;
        }
        if !self.date_of_last_period_menstruation.is_omit() {
            out.bytes(",\"date_of_last_period_menstruation\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_of_last_period_menstruation, out)?;
        }
        if !self.department_d8ec3cb.is_omit() {
            out.bytes(",\"department_d8ec3cb\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.department_d8ec3cb, out)?;
        }
        if !self.description_1.is_omit() {
            out.bytes(",\"description_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.description_1, out)?;
        }
        if !self
            .description_of_physical_examination_observations_1
            .is_omit()
        {
            out.bytes(",\"description_of_physical_examination_observations_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.description_of_physical_examination_observations_1,
                out,
            )?;
        }
        if !self.discharge_details.is_omit() {
            out.bytes(",\"discharge_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.discharge_details, out)?;
        }
        if !self.general_description_b738274.is_omit() {
            out.bytes(",\"general_description_b738274\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.general_description_b738274, out)?;
        }
        if !self.general_description_of_genitalia_examination.is_omit() {
            out.bytes(",\"general_description_of_genitalia_examination\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.general_description_of_genitalia_examination,
                out,
            )?;
        }
        if !self.general_examination_results.is_omit() {
            out.bytes(",\"general_examination_results\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.general_examination_results, out)?;
        }
        if !self.hbv_ab_ag_f13b335.is_omit() {
            out.bytes(",\"hbv_ab__ag_f13b335\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.hbv_ab_ag_f13b335, out)?;
        }
        if !self.hcv_ab_945585c.is_omit() {
            out.bytes(",\"hcv_ab_945585c\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.hcv_ab_945585c, out)?;
        }
        if !self.hiv_ab_8c67abf.is_omit() {
            out.bytes(",\"hiv_ab_8c67abf\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.hiv_ab_8c67abf, out)?;
        }
        if !self.hymen_details_3538ed4.is_omit() {
            out.bytes(",\"hymen_details_3538ed4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.hymen_details_3538ed4, out)?;
        }
        if !self.if_abnormal_please_specify.is_omit() {
            out.bytes(",\"if_abnormal__please_specify\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify, out)?;
        }
        if !self.if_abnormal_please_specify_1.is_omit() {
            out.bytes(",\"if_abnormal__please_specify_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify_1, out)?;
        }
        if !self.if_abnormal_please_specify_2.is_omit() {
            out.bytes(",\"if_abnormal__please_specify_2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify_2, out)?;
        }
        if !self.if_abnormal_please_specify_3.is_omit() {
            out.bytes(",\"if_abnormal__please_specify_3\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify_3, out)?;
        }
        if !self.if_abnormal_please_specify_899040a.is_omit() {
            out.bytes(",\"if_abnormal__please_specify_899040a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify_899040a, out)?;
        }
        if !self.if_abnormal_please_specify_ab4be7b.is_omit() {
            out.bytes(",\"if_abnormal__please_specify_ab4be7b\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify_ab4be7b, out)?;
        }
        if !self.if_abnormal_please_specify_d03f913.is_omit() {
            out.bytes(",\"if_abnormal__please_specify_d03f913\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify_d03f913, out)?;
        }
        if !self.if_abnormal_please_specify_f3f0782.is_omit() {
            out.bytes(",\"if_abnormal__please_specify_f3f0782\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_abnormal_please_specify_f3f0782, out)?;
        }
        if !self.if_positive_please_specify_location_s.is_omit() {
            out.bytes(",\"if_positive__please_specify_location_s\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.if_positive_please_specify_location_s,
                out,
            )?;
        }
        if !self.if_teared_please_estimate_date.is_omit() {
            out.bytes(",\"if_teared__please_estimate_date\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_teared_please_estimate_date, out)?;
        }
        if !self.immediate_treatment_plan.is_omit() {
            out.bytes(",\"immediate_treatment_plan\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.immediate_treatment_plan, out)?;
        }
        if !self.introitus_details.is_omit() {
            out.bytes(",\"introitus_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.introitus_details, out)?;
        }
        if !self.labia_minora_details.is_omit() {
            out.bytes(",\"labia_minora_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.labia_minora_details, out)?;
        }
        if !self.other_exams_results_please_specify.is_omit() {
            out.bytes(",\"other_exams_results__please_specify\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_exams_results_please_specify, out)?;
        }
        if !self.patient_s_height.is_omit() {
            out.bytes(",\"patient_s_height\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.patient_s_height, out)?;
        }
        ::std::result::Result::Ok(())
    }
    fn write_json_keys_1(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self.patient_s_weight.is_omit() {
            out.bytes(",\"patient_s_weight\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.patient_s_weight, out)?;
        }
        if !self.penis_details_79f31be.is_omit() {
            out.bytes(",\"penis_details_79f31be\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.penis_details_79f31be, out)?;
        }
        if !self.pregnancy_prevention_medication.is_omit() {
            out.bytes(",\"pregnancy_prevention_medication\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.pregnancy_prevention_medication, out)?;
        }
        if !self.pregnancy_test_21c37e2.is_omit() {
            out.bytes(",\"pregnancy_test_21c37e2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.pregnancy_test_21c37e2, out)?;
        }
        if !self.scrotal_sac_f93e04a.is_omit() {
            out.bytes(",\"scrotal_sac_f93e04a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.scrotal_sac_f93e04a, out)?;
        }
        if !self.source_of_information_44cac9a.is_omit() {
            out.bytes(",\"source_of_information_44cac9a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.source_of_information_44cac9a, out)?;
        }
        if !self.sperm_check_2612983.is_omit() {
            out.bytes(",\"sperm_check_2612983\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sperm_check_2612983, out)?;
        }
        if !self.urethra_and_discharge_60eb64e.is_omit() {
            out.bytes(",\"urethra_and_discharge_60eb64e\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.urethra_and_discharge_60eb64e, out)?;
        }
        if !self.uterus_details.is_omit() {
            out.bytes(",\"uterus_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.uterus_details, out)?;
        }
        if !self.vag_parasite_7504774.is_omit() {
            out.bytes(",\"vag__parasite_7504774\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.vag_parasite_7504774, out)?;
        }
        if !self.vag_smeargram_strain_fce21b2.is_omit() {
            out.bytes(",\"vag__smeargram_strain_fce21b2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.vag_smeargram_strain_fce21b2, out)?;
        }
        if !self.vagina_details.is_omit() {
            out.bytes(",\"vagina_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.vagina_details, out)?;
        }
        if !self.vdrl_aa8c121.is_omit() {
            out.bytes(",\"vdrl_aa8c121\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.vdrl_aa8c121, out)?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Fields 1 to 32 of `Output_physical_check_2`.
fn fields_output_physical_check_2_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc1: &::mapwright_rt::Loc<'_>,
    e0: ::std::option::Option<&'r InputPhysicalCheck2<'r>>,
    out: &mut OutputPhysicalCheck2<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc1, e0);
    let f_description_of_physical_examination_observations_1 = ::mapwright_rt::finish(
        ::mapwright_rt::text(
            e0.and_then(|v| v.description_of_physical_examination_observations_1.get()),
        ),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_patient_s_weight = ::mapwright_rt::finish(
        e0.and_then(|v| v.patient_s_weight.get()).cloned(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_patient_s_height = ::mapwright_rt::finish(
        e0.and_then(|v| v.patient_s_height.get()).cloned(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_date_of_last_period_menstruation = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.date_of_last_period_menstruation.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_general_examination_results = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.general_examination_results.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_general_description_of_genitalia_examination = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.general_description_of_genitalia_examination.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_labia_minora_details = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.labia_minora_details.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_introitus_details = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.introitus_details.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_hymen_details_3538ed4 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.hymen_details_3538ed4.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_teared_please_estimate_date = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_teared_please_estimate_date.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_vagina_details = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.vagina_details.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify_1 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify_1.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_discharge_details = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.discharge_details.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify_2 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify_2.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_uterus_details = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.uterus_details.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify_3 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify_3.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_general_description_b738274 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.general_description_b738274.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_penis_details_79f31be = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.penis_details_79f31be.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify_d03f913 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify_d03f913.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_urethra_and_discharge_60eb64e = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.urethra_and_discharge_60eb64e.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify_f3f0782 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify_f3f0782.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_scrotal_sac_f93e04a = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.scrotal_sac_f93e04a.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify_899040a = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify_899040a.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_anus_and_rectum_eaf3784 = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.anus_and_rectum_eaf3784.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_abnormal_please_specify_ab4be7b = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_abnormal_please_specify_ab4be7b.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_pregnancy_test_21c37e2 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.pregnancy_test_21c37e2.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_sperm_check_2612983 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.sperm_check_2612983.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_positive_please_specify_location_s = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.if_positive_please_specify_location_s.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_acid_phosphates_118c999 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.acid_phosphates_118c999.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_hiv_ab_8c67abf = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.hiv_ab_8c67abf.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_vag_smeargram_strain_fce21b2 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.vag_smeargram_strain_fce21b2.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.description_of_physical_examination_observations_1 =
        f_description_of_physical_examination_observations_1;
    out.patient_s_weight = f_patient_s_weight;
    out.patient_s_height = f_patient_s_height;
    out.date_of_last_period_menstruation = f_date_of_last_period_menstruation;
    out.general_examination_results = f_general_examination_results;
    out.general_description_of_genitalia_examination =
        f_general_description_of_genitalia_examination;
    out.labia_minora_details = f_labia_minora_details;
    out.introitus_details = f_introitus_details;
    out.hymen_details_3538ed4 = f_hymen_details_3538ed4;
    out.if_teared_please_estimate_date = f_if_teared_please_estimate_date;
    out.vagina_details = f_vagina_details;
    out.if_abnormal_please_specify = f_if_abnormal_please_specify;
    out.if_abnormal_please_specify_1 = f_if_abnormal_please_specify_1;
    out.discharge_details = f_discharge_details;
    out.if_abnormal_please_specify_2 = f_if_abnormal_please_specify_2;
    out.uterus_details = f_uterus_details;
    out.if_abnormal_please_specify_3 = f_if_abnormal_please_specify_3;
    out.general_description_b738274 = f_general_description_b738274;
    out.penis_details_79f31be = f_penis_details_79f31be;
    out.if_abnormal_please_specify_d03f913 = f_if_abnormal_please_specify_d03f913;
    out.urethra_and_discharge_60eb64e = f_urethra_and_discharge_60eb64e;
    out.if_abnormal_please_specify_f3f0782 = f_if_abnormal_please_specify_f3f0782;
    out.scrotal_sac_f93e04a = f_scrotal_sac_f93e04a;
    out.if_abnormal_please_specify_899040a = f_if_abnormal_please_specify_899040a;
    out.anus_and_rectum_eaf3784 = f_anus_and_rectum_eaf3784;
    out.if_abnormal_please_specify_ab4be7b = f_if_abnormal_please_specify_ab4be7b;
    out.pregnancy_test_21c37e2 = f_pregnancy_test_21c37e2;
    out.sperm_check_2612983 = f_sperm_check_2612983;
    out.if_positive_please_specify_location_s = f_if_positive_please_specify_location_s;
    out.acid_phosphates_118c999 = f_acid_phosphates_118c999;
    out.hiv_ab_8c67abf = f_hiv_ab_8c67abf;
    out.vag_smeargram_strain_fce21b2 = f_vag_smeargram_strain_fce21b2;
    ::std::result::Result::Ok(())
}
/// Fields 33 to 45 of `Output_physical_check_2`.
fn fields_output_physical_check_2_1<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc1: &::mapwright_rt::Loc<'_>,
    e0: ::std::option::Option<&'r InputPhysicalCheck2<'r>>,
    out: &mut OutputPhysicalCheck2<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc1, e0);
    let f_vag_parasite_7504774 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.vag_parasite_7504774.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_vdrl_aa8c121 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.vdrl_aa8c121.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_hbv_ab_ag_f13b335 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.hbv_ab_ag_f13b335.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_hcv_ab_945585c = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.hcv_ab_945585c.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_other_exams_results_please_specify = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.other_exams_results_please_specify.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_date_6 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.date_6.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_department_d8ec3cb = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.department_d8ec3cb.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_description_1 = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.description_1.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_immediate_treatment_plan = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.immediate_treatment_plan.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_pregnancy_prevention_medication = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.pregnancy_prevention_medication.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_anti_infectious_diseases_medication = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.anti_infectious_diseases_medication.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_anti_hiv_medication = ::mapwright_rt::finish(
        ::mapwright_rt::text(e0.and_then(|v| v.anti_hiv_medication.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_source_of_information_44cac9a = ::mapwright_rt::finish(
        ::mapwright_rt::code(e0.and_then(|v| v.source_of_information_44cac9a.get())),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.vag_parasite_7504774 = f_vag_parasite_7504774;
    out.vdrl_aa8c121 = f_vdrl_aa8c121;
    out.hbv_ab_ag_f13b335 = f_hbv_ab_ag_f13b335;
    out.hcv_ab_945585c = f_hcv_ab_945585c;
    out.other_exams_results_please_specify = f_other_exams_results_please_specify;
    out.date_6 = f_date_6;
    out.department_d8ec3cb = f_department_d8ec3cb;
    out.description_1 = f_description_1;
    out.immediate_treatment_plan = f_immediate_treatment_plan;
    out.pregnancy_prevention_medication = f_pregnancy_prevention_medication;
    out.anti_infectious_diseases_medication = f_anti_infectious_diseases_medication;
    out.anti_hiv_medication = f_anti_hiv_medication;
    out.source_of_information_44cac9a = f_source_of_information_44cac9a;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputPreliminaryObservations2<'r> {
    /// `date_7`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_7: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `full_name_6`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name_6: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `home_visit_required__2`: json
    #[serde(
        rename = "home_visit_required__2",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub home_visit_required_2: ::mapwright_rt::Slot<&'r ::serde_json::Value>,
    /// `immediate_actions_needed_1`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub immediate_actions_needed_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `initial_observations_4`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub initial_observations_4: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `social_problems_identified_1`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub social_problems_identified_1: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
}
impl ::mapwright_rt::Empty for OutputPreliminaryObservations2<'_> {}
impl ::mapwright_rt::WriteJson for OutputPreliminaryObservations2<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.date_7.is_omit() {
            out.bytes(",\"date_7\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_7, out)?;
        }
        if !self.full_name_6.is_omit() {
            out.bytes(",\"full_name_6\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name_6, out)?;
        }
        if !self.home_visit_required_2.is_omit() {
            out.bytes(",\"home_visit_required__2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.home_visit_required_2, out)?;
        }
        if !self.immediate_actions_needed_1.is_omit() {
            out.bytes(",\"immediate_actions_needed_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.immediate_actions_needed_1, out)?;
        }
        if !self.initial_observations_4.is_omit() {
            out.bytes(",\"initial_observations_4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.initial_observations_4, out)?;
        }
        if !self.social_problems_identified_1.is_omit() {
            out.bytes(",\"social_problems_identified_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.social_problems_identified_1, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFormsectionIncidentDetailsFe05aa4<'r> {
    /// `date_of_incident_creation_e497d33`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_of_incident_creation_e497d33: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFormsectionIncidentDetailsFe05aa4<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionIncidentDetailsFe05aa4<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.date_of_incident_creation_e497d33.is_omit() {
            out.bytes(",\"date_of_incident_creation_e497d33\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_of_incident_creation_e497d33, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OutputFormsectionIncidentDetailsFe05aa3<'r> {
    /// `address_where_the_incident_took_place_6a203b8`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub address_where_the_incident_took_place_6a203b8:
        ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `date_of_abuse_6e0107e`: date
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub date_of_abuse_6e0107e: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `economic_issue_a445217`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub economic_issue_a445217: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `full_name_0aff4ee`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub full_name_0aff4ee: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_no_physical_touch__please_specify_1159dde`: list<{code: label}>
    #[serde(
        rename = "if_no_physical_touch__please_specify_1159dde",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_no_physical_touch_please_specify_1159dde: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `if_other__please_specify_047c1fb`: string
    #[serde(
        rename = "if_other__please_specify_047c1fb",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_047c1fb: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_9b6ad5d`: string
    #[serde(
        rename = "if_other__please_specify_9b6ad5d",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_9b6ad5d: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_d212f17`: string
    #[serde(
        rename = "if_other__please_specify_d212f17",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_d212f17: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_e99bdbc`: string
    #[serde(
        rename = "if_other__please_specify_e99bdbc",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_e99bdbc: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_ed0cad3`: string
    #[serde(
        rename = "if_other__please_specify_ed0cad3",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_ed0cad3: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_fbd4f87`: string
    #[serde(
        rename = "if_other__please_specify_fbd4f87",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_fbd4f87: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `location_of_the_incident_885fe8c`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub location_of_the_incident_885fe8c: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `mental_issue_4785ece`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub mental_issue_4785ece: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `other_contributing_factors__please_specify_f276d39`: string
    #[serde(
        rename = "other_contributing_factors__please_specify_f276d39",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub other_contributing_factors_please_specify_f276d39:
        ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `other_relevant_details_ecfea34`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub other_relevant_details_ecfea34: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `physical_issue_2e9f1c6`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub physical_issue_2e9f1c6: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `please_specify_7832f40`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub please_specify_7832f40: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `relation_within_family_a6c45fd`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_within_family_a6c45fd: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `sender_s_contact_details_8ef4518`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sender_s_contact_details_8ef4518: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `sender_s_gender_b83c931`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sender_s_gender_b83c931: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `sender_s_national_id_number_eff07fa`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sender_s_national_id_number_eff07fa: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `sender_s_occupation_3ed671e`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sender_s_occupation_3ed671e: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `sexual_intercourse_a1585d0`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub sexual_intercourse_a1585d0: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `specify_exploitation_ef65c2e`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_exploitation_ef65c2e: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_human_trafficking_dca84dd`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_human_trafficking_dca84dd: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_mental_abuse_6182644`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_mental_abuse_6182644: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_neglect_9b8a22b`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_neglect_9b8a22b: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_physical_abuse_4867f38`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_physical_abuse_4867f38: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `specify_physical_interaction_d13d273`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_physical_interaction_d13d273: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `specify_sexual_abuse_16d36f7`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub specify_sexual_abuse_16d36f7: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `stimulant_a4096c2`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub stimulant_a4096c2: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `type_of_abuse_431f2ba`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub type_of_abuse_431f2ba: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `type_of_place_where_the_incident_occurred_bdc967d`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub type_of_place_where_the_incident_occurred_bdc967d:
        ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
}
impl ::mapwright_rt::Empty for OutputFormsectionIncidentDetailsFe05aa3<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionIncidentDetailsFe05aa3<'_> {
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
impl OutputFormsectionIncidentDetailsFe05aa3<'_> {
    fn write_json_keys_0(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self.address_where_the_incident_took_place_6a203b8.is_omit() {
            out.bytes(",\"address_where_the_incident_took_place_6a203b8\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.address_where_the_incident_took_place_6a203b8,
                out,
            )?;
        }
        if !self.date_of_abuse_6e0107e.is_omit() {
            out.bytes(",\"date_of_abuse_6e0107e\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.date_of_abuse_6e0107e, out)?;
        }
        if !self.economic_issue_a445217.is_omit() {
            out.bytes(",\"economic_issue_a445217\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.economic_issue_a445217, out)?;
        }
        if !self.full_name_0aff4ee.is_omit() {
            out.bytes(",\"full_name_0aff4ee\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.full_name_0aff4ee, out)?;
        }
        if !self.if_no_physical_touch_please_specify_1159dde.is_omit() {
            out.bytes(",\"if_no_physical_touch__please_specify_1159dde\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.if_no_physical_touch_please_specify_1159dde,
                out,
            )?;
        }
        if !self.if_other_please_specify_047c1fb.is_omit() {
            out.bytes(",\"if_other__please_specify_047c1fb\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_047c1fb, out)?;
        }
        if !self.if_other_please_specify_9b6ad5d.is_omit() {
            out.bytes(",\"if_other__please_specify_9b6ad5d\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_9b6ad5d, out)?;
        }
        if !self.if_other_please_specify_d212f17.is_omit() {
            out.bytes(",\"if_other__please_specify_d212f17\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_d212f17, out)?;
        }
        if !self.if_other_please_specify_e99bdbc.is_omit() {
            out.bytes(",\"if_other__please_specify_e99bdbc\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_e99bdbc, out)?;
        }
        if !self.if_other_please_specify_ed0cad3.is_omit() {
            out.bytes(",\"if_other__please_specify_ed0cad3\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_ed0cad3, out)?;
        }
        if !self.if_other_please_specify_fbd4f87.is_omit() {
            out.bytes(",\"if_other__please_specify_fbd4f87\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_fbd4f87, out)?;
        }
        if !self.location_of_the_incident_885fe8c.is_omit() {
            out.bytes(",\"location_of_the_incident_885fe8c\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.location_of_the_incident_885fe8c, out)?;
        }
        if !self.mental_issue_4785ece.is_omit() {
            out.bytes(",\"mental_issue_4785ece\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.mental_issue_4785ece, out)?;
        }
        if !self
            .other_contributing_factors_please_specify_f276d39
            .is_omit()
        {
            out.bytes(",\"other_contributing_factors__please_specify_f276d39\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.other_contributing_factors_please_specify_f276d39,
                out,
            )?;
        }
        if !self.other_relevant_details_ecfea34.is_omit() {
            out.bytes(",\"other_relevant_details_ecfea34\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_relevant_details_ecfea34, out)?;
        }
        if !self.physical_issue_2e9f1c6.is_omit() {
            out.bytes(",\"physical_issue_2e9f1c6\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.physical_issue_2e9f1c6, out)?;
        }
        if !self.please_specify_7832f40.is_omit() {
            out.bytes(",\"please_specify_7832f40\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.please_specify_7832f40, out)?;
        }
        if !self.relation_within_family_a6c45fd.is_omit() {
            out.bytes(",\"relation_within_family_a6c45fd\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_within_family_a6c45fd, out)?;
        }
        if !self.sender_s_contact_details_8ef4518.is_omit() {
            out.bytes(",\"sender_s_contact_details_8ef4518\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sender_s_contact_details_8ef4518, out)?;
        }
        if !self.sender_s_gender_b83c931.is_omit() {
            out.bytes(",\"sender_s_gender_b83c931\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sender_s_gender_b83c931, out)?;
        }
        if !self.sender_s_national_id_number_eff07fa.is_omit() {
            out.bytes(",\"sender_s_national_id_number_eff07fa\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sender_s_national_id_number_eff07fa, out)?;
        }
        if !self.sender_s_occupation_3ed671e.is_omit() {
            out.bytes(",\"sender_s_occupation_3ed671e\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sender_s_occupation_3ed671e, out)?;
        }
        if !self.sexual_intercourse_a1585d0.is_omit() {
            out.bytes(",\"sexual_intercourse_a1585d0\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.sexual_intercourse_a1585d0, out)?;
        }
        if !self.specify_exploitation_ef65c2e.is_omit() {
            out.bytes(",\"specify_exploitation_ef65c2e\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_exploitation_ef65c2e, out)?;
        }
        if !self.specify_human_trafficking_dca84dd.is_omit() {
            out.bytes(",\"specify_human_trafficking_dca84dd\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_human_trafficking_dca84dd, out)?;
        }
        if !self.specify_mental_abuse_6182644.is_omit() {
            out.bytes(",\"specify_mental_abuse_6182644\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_mental_abuse_6182644, out)?;
        }
        if !self.specify_neglect_9b8a22b.is_omit() {
            out.bytes(",\"specify_neglect_9b8a22b\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_neglect_9b8a22b, out)?;
        }
        if !self.specify_physical_abuse_4867f38.is_omit() {
            out.bytes(",\"specify_physical_abuse_4867f38\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_physical_abuse_4867f38, out)?;
        }
        if !self.specify_physical_interaction_d13d273.is_omit() {
            out.bytes(",\"specify_physical_interaction_d13d273\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_physical_interaction_d13d273, out)?;
        }
        if !self.specify_sexual_abuse_16d36f7.is_omit() {
            out.bytes(",\"specify_sexual_abuse_16d36f7\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.specify_sexual_abuse_16d36f7, out)?;
        }
        if !self.stimulant_a4096c2.is_omit() {
            out.bytes(",\"stimulant_a4096c2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.stimulant_a4096c2, out)?;
        }
        if !self.type_of_abuse_431f2ba.is_omit() {
            out.bytes(",\"type_of_abuse_431f2ba\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.type_of_abuse_431f2ba, out)?;
        }
        ::std::result::Result::Ok(())
    }
    fn write_json_keys_1(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        if !self
            .type_of_place_where_the_incident_occurred_bdc967d
            .is_omit()
        {
            out.bytes(",\"type_of_place_where_the_incident_occurred_bdc967d\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.type_of_place_where_the_incident_occurred_bdc967d,
                out,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Fields 1 to 20 of `Output_formsection-incident-details-fe05aa3`.
fn fields_output_formsection_incident_details_fe05aa3_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc_o: &::mapwright_rt::Loc<'_>,
    out: &mut OutputFormsectionIncidentDetailsFe05aa3<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc_o);
    let f_date_of_abuse_6e0107e = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.date_of_abuse_6e0107e.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_sender_s_national_id_number_eff07fa = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.sender_s_national_id_number_eff07fa.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_sender_s_contact_details_8ef4518 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.sender_s_contact_details_8ef4518.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_address_where_the_incident_took_place_6a203b8 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.address_where_the_incident_took_place_6a203b8.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_other_relevant_details_ecfea34 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.other_relevant_details_ecfea34.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_047c1fb = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_other_please_specify_047c1fb.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_please_specify_7832f40 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.please_specify_7832f40.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_e99bdbc = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_other_please_specify_e99bdbc.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_fbd4f87 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_other_please_specify_fbd4f87.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_d212f17 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_other_please_specify_d212f17.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_9b6ad5d = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_other_please_specify_9b6ad5d.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_other_please_specify_ed0cad3 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.if_other_please_specify_ed0cad3.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_other_contributing_factors_please_specify_f276d39 = ::mapwright_rt::finish(
        ::mapwright_rt::text(
            input
                .other_contributing_factors_please_specify_f276d39
                .get(),
        ),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_full_name_0aff4ee = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.full_name_0aff4ee.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_location_of_the_incident_885fe8c = ::mapwright_rt::finish(
        match input.location_of_the_incident_885fe8c.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "locations",
                        "th",
                        ::mapwright_rt::UnknownCode::KeepCode,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("location_of_the_incident_885fe8c", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_sender_s_gender_b83c931 = ::mapwright_rt::finish(
        match input.sender_s_gender_b83c931.get() {
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
                            return ::std::result::Result::Err(
                                loc_o.fail("sender_s_gender_b83c931", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_sender_s_occupation_3ed671e = ::mapwright_rt::finish(
        match input.sender_s_occupation_3ed671e.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "th_occupation_e663285",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("sender_s_occupation_3ed671e", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_type_of_place_where_the_incident_occurred_bdc967d =
        ::mapwright_rt::finish(
            match input
                .type_of_place_where_the_incident_occurred_bdc967d
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
                            "th_type_of_place_incident_b37fe11",
                            "th",
                            ::mapwright_rt::UnknownCode::Error,
                            ::mapwright_rt::MissingLabel::Error,
                            ctx,
                        ) {
                            ::std::result::Result::Ok(t) => t,
                            ::std::result::Result::Err(kind) => {
                                return ::std::result::Result::Err(loc_o.fail(
                                    "type_of_place_where_the_incident_occurred_bdc967d",
                                    kind,
                                ));
                            }
                        },
                    )
                }
                _ => ::std::option::Option::None,
            },
            ::mapwright_rt::Policy {
                missing: ::mapwright_rt::As::Null,
                empty_string: ::mapwright_rt::As::EmptyString,
                empty_list: ::mapwright_rt::As::EmptyString,
            },
            ::std::option::Option::None,
        );
    let f_type_of_abuse_431f2ba = ::mapwright_rt::finish(
        match input.type_of_abuse_431f2ba.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "cp_violence_type",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("type_of_abuse_431f2ba", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_physical_abuse_4867f38 = ::mapwright_rt::finish(
        match input.specify_physical_abuse_4867f38.get() {
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
                                "th_types_of_physical_abuse_413db3f",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "specify_physical_abuse_4867f38",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.date_of_abuse_6e0107e = f_date_of_abuse_6e0107e;
    out.sender_s_national_id_number_eff07fa = f_sender_s_national_id_number_eff07fa;
    out.sender_s_contact_details_8ef4518 = f_sender_s_contact_details_8ef4518;
    out.address_where_the_incident_took_place_6a203b8 =
        f_address_where_the_incident_took_place_6a203b8;
    out.other_relevant_details_ecfea34 = f_other_relevant_details_ecfea34;
    out.if_other_please_specify_047c1fb = f_if_other_please_specify_047c1fb;
    out.please_specify_7832f40 = f_please_specify_7832f40;
    out.if_other_please_specify_e99bdbc = f_if_other_please_specify_e99bdbc;
    out.if_other_please_specify_fbd4f87 = f_if_other_please_specify_fbd4f87;
    out.if_other_please_specify_d212f17 = f_if_other_please_specify_d212f17;
    out.if_other_please_specify_9b6ad5d = f_if_other_please_specify_9b6ad5d;
    out.if_other_please_specify_ed0cad3 = f_if_other_please_specify_ed0cad3;
    out.other_contributing_factors_please_specify_f276d39 =
        f_other_contributing_factors_please_specify_f276d39;
    out.full_name_0aff4ee = f_full_name_0aff4ee;
    out.location_of_the_incident_885fe8c = f_location_of_the_incident_885fe8c;
    out.sender_s_gender_b83c931 = f_sender_s_gender_b83c931;
    out.sender_s_occupation_3ed671e = f_sender_s_occupation_3ed671e;
    out.type_of_place_where_the_incident_occurred_bdc967d =
        f_type_of_place_where_the_incident_occurred_bdc967d;
    out.type_of_abuse_431f2ba = f_type_of_abuse_431f2ba;
    out.specify_physical_abuse_4867f38 = f_specify_physical_abuse_4867f38;
    ::std::result::Result::Ok(())
}
/// Fields 21 to 28 of `Output_formsection-incident-details-fe05aa3`.
fn fields_output_formsection_incident_details_fe05aa3_1<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc_o: &::mapwright_rt::Loc<'_>,
    out: &mut OutputFormsectionIncidentDetailsFe05aa3<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc_o);
    let f_specify_sexual_abuse_16d36f7 = ::mapwright_rt::finish(
        match input.specify_sexual_abuse_16d36f7.get() {
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
                                "th_sexual_abuse_824d9b2",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "specify_sexual_abuse_16d36f7",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_physical_interaction_d13d273 = ::mapwright_rt::finish(
        match input.specify_physical_interaction_d13d273.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "th_physical_attraction_7f4544f",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("specify_physical_interaction_d13d273", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_sexual_intercourse_a1585d0 = ::mapwright_rt::finish(
        match input.sexual_intercourse_a1585d0.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "th_sexual_intercourse_caa5755",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("sexual_intercourse_a1585d0", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_if_no_physical_touch_please_specify_1159dde = ::mapwright_rt::finish(
        match input.if_no_physical_touch_please_specify_1159dde.get() {
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
                                "th_if_no_physical_touch_8fd07c6",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "if_no_physical_touch__please_specify_1159dde",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_mental_abuse_6182644 = ::mapwright_rt::finish(
        match input.specify_mental_abuse_6182644.get() {
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
                                "th_mental_abuse_02cda7b",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "specify_mental_abuse_6182644",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_neglect_9b8a22b = ::mapwright_rt::finish(
        match input.specify_neglect_9b8a22b.get() {
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
                                "th_neglect_b50da4c",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "specify_neglect_9b8a22b",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_exploitation_ef65c2e = ::mapwright_rt::finish(
        match input.specify_exploitation_ef65c2e.get() {
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
                                "th_exploitation_187146a",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "specify_exploitation_ef65c2e",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_specify_human_trafficking_dca84dd = ::mapwright_rt::finish(
        match input.specify_human_trafficking_dca84dd.get() {
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
                                "th_human_trafficking_5320010",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "specify_human_trafficking_dca84dd",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.specify_sexual_abuse_16d36f7 = f_specify_sexual_abuse_16d36f7;
    out.specify_physical_interaction_d13d273 = f_specify_physical_interaction_d13d273;
    out.sexual_intercourse_a1585d0 = f_sexual_intercourse_a1585d0;
    out.if_no_physical_touch_please_specify_1159dde = f_if_no_physical_touch_please_specify_1159dde;
    out.specify_mental_abuse_6182644 = f_specify_mental_abuse_6182644;
    out.specify_neglect_9b8a22b = f_specify_neglect_9b8a22b;
    out.specify_exploitation_ef65c2e = f_specify_exploitation_ef65c2e;
    out.specify_human_trafficking_dca84dd = f_specify_human_trafficking_dca84dd;
    ::std::result::Result::Ok(())
}
/// Fields 29 to 33 of `Output_formsection-incident-details-fe05aa3`.
fn fields_output_formsection_incident_details_fe05aa3_2<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc_o: &::mapwright_rt::Loc<'_>,
    out: &mut OutputFormsectionIncidentDetailsFe05aa3<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc_o);
    let f_stimulant_a4096c2 = ::mapwright_rt::finish(
        match input.stimulant_a4096c2.get() {
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
                                "th_stimulant_factors_ba86c95",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "stimulant_a4096c2",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_relation_within_family_a6c45fd = ::mapwright_rt::finish(
        match input.relation_within_family_a6c45fd.get() {
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
                                "th_relation_factors_3ad18e0",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "relation_within_family_a6c45fd",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_economic_issue_a445217 = ::mapwright_rt::finish(
        match input.economic_issue_a445217.get() {
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
                                "th_economic_issues_ba1ddb3",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "economic_issue_a445217",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_physical_issue_2e9f1c6 = ::mapwright_rt::finish(
        match input.physical_issue_2e9f1c6.get() {
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
                                "th_physical_issue_bedfef8",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "physical_issue_2e9f1c6",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_mental_issue_4785ece = ::mapwright_rt::finish(
        match input.mental_issue_4785ece.get() {
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
                                "th_mental_issues_54db66d",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "mental_issue_4785ece",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.stimulant_a4096c2 = f_stimulant_a4096c2;
    out.relation_within_family_a6c45fd = f_relation_within_family_a6c45fd;
    out.economic_issue_a445217 = f_economic_issue_a445217;
    out.physical_issue_2e9f1c6 = f_physical_issue_2e9f1c6;
    out.mental_issue_4785ece = f_mental_issue_4785ece;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputOtherPerpetratorDetailsF80fc4e<'r> {
    /// `age_6587e58`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age_6587e58: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `contact_details_b98ed09`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub contact_details_b98ed09: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `gender_2dea3c9`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub gender_2dea3c9: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `name_f5a1eac`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub name_f5a1eac: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `national_id_number_a822f83`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub national_id_number_a822f83: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `number_of_other_id_document_cddbddb`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub number_of_other_id_document_cddbddb: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `occupation_c4d6420`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub occupation_c4d6420: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `relationship_with_the_abused_365fcd1`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relationship_with_the_abused_365fcd1: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `social_status_7c0989a`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub social_status_7c0989a: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `type_of_other_id_document_64e3ffc`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub type_of_other_id_document_64e3ffc: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputOtherPerpetratorDetailsF80fc4e<'_> {}
impl ::mapwright_rt::WriteJson for OutputOtherPerpetratorDetailsF80fc4e<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.age_6587e58.is_omit() {
            out.bytes(",\"age_6587e58\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age_6587e58, out)?;
        }
        if !self.contact_details_b98ed09.is_omit() {
            out.bytes(",\"contact_details_b98ed09\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.contact_details_b98ed09, out)?;
        }
        if !self.gender_2dea3c9.is_omit() {
            out.bytes(",\"gender_2dea3c9\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.gender_2dea3c9, out)?;
        }
        if !self.name_f5a1eac.is_omit() {
            out.bytes(",\"name_f5a1eac\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.name_f5a1eac, out)?;
        }
        if !self.national_id_number_a822f83.is_omit() {
            out.bytes(",\"national_id_number_a822f83\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.national_id_number_a822f83, out)?;
        }
        if !self.number_of_other_id_document_cddbddb.is_omit() {
            out.bytes(",\"number_of_other_id_document_cddbddb\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.number_of_other_id_document_cddbddb, out)?;
        }
        if !self.occupation_c4d6420.is_omit() {
            out.bytes(",\"occupation_c4d6420\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.occupation_c4d6420, out)?;
        }
        if !self.relationship_with_the_abused_365fcd1.is_omit() {
            out.bytes(",\"relationship_with_the_abused_365fcd1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relationship_with_the_abused_365fcd1, out)?;
        }
        if !self.social_status_7c0989a.is_omit() {
            out.bytes(",\"social_status_7c0989a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.social_status_7c0989a, out)?;
        }
        if !self.type_of_other_id_document_64e3ffc.is_omit() {
            out.bytes(",\"type_of_other_id_document_64e3ffc\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.type_of_other_id_document_64e3ffc, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OutputFormsectionPerpetratorDetails998d1e0<'r> {
    /// `age_21cbe0d`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age_21cbe0d: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `contact_details_31b6f3b`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub contact_details_31b6f3b: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `economic_issues_84c5b46`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub economic_issues_84c5b46: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `environment_3c4fc2b`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub environment_3c4fc2b: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `gender_4e8704a`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub gender_4e8704a: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `mental_issue_5607d21`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub mental_issue_5607d21: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `name_5559215`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub name_5559215: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `national_id_number_7dd2e74`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub national_id_number_7dd2e74: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `nationality_fa822dc`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub nationality_fa822dc: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `number_of_other_id_document_09a5601`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub number_of_other_id_document_09a5601: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `number_of_perpetrator_1c07dd4`: number
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub number_of_perpetrator_1c07dd4: ::mapwright_rt::Slot<::serde_json::Number>,
    /// `occupation_09639f9`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub occupation_09639f9: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `other_contributing_factors__please_specify_53bc483`: string
    #[serde(
        rename = "other_contributing_factors__please_specify_53bc483",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub other_contributing_factors_please_specify_53bc483:
        ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `physical_issue_1f182e4`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub physical_issue_1f182e4: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `relation_within_family_41a62f4`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relation_within_family_41a62f4: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `relationship_with_the_abused_eb757fc`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub relationship_with_the_abused_eb757fc: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `social_status_6c1074a`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub social_status_6c1074a: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `stimulant_9191303`: list<{code: label}>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub stimulant_9191303: ::mapwright_rt::Slot<
        ::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>,
    >,
    /// `type_of_other_id_document_b03f1b9`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub type_of_other_id_document_b03f1b9: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
}
impl ::mapwright_rt::Empty for OutputFormsectionPerpetratorDetails998d1e0<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionPerpetratorDetails998d1e0<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.age_21cbe0d.is_omit() {
            out.bytes(",\"age_21cbe0d\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age_21cbe0d, out)?;
        }
        if !self.contact_details_31b6f3b.is_omit() {
            out.bytes(",\"contact_details_31b6f3b\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.contact_details_31b6f3b, out)?;
        }
        if !self.economic_issues_84c5b46.is_omit() {
            out.bytes(",\"economic_issues_84c5b46\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.economic_issues_84c5b46, out)?;
        }
        if !self.environment_3c4fc2b.is_omit() {
            out.bytes(",\"environment_3c4fc2b\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.environment_3c4fc2b, out)?;
        }
        if !self.gender_4e8704a.is_omit() {
            out.bytes(",\"gender_4e8704a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.gender_4e8704a, out)?;
        }
        if !self.mental_issue_5607d21.is_omit() {
            out.bytes(",\"mental_issue_5607d21\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.mental_issue_5607d21, out)?;
        }
        if !self.name_5559215.is_omit() {
            out.bytes(",\"name_5559215\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.name_5559215, out)?;
        }
        if !self.national_id_number_7dd2e74.is_omit() {
            out.bytes(",\"national_id_number_7dd2e74\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.national_id_number_7dd2e74, out)?;
        }
        if !self.nationality_fa822dc.is_omit() {
            out.bytes(",\"nationality_fa822dc\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.nationality_fa822dc, out)?;
        }
        if !self.number_of_other_id_document_09a5601.is_omit() {
            out.bytes(",\"number_of_other_id_document_09a5601\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.number_of_other_id_document_09a5601, out)?;
        }
        if !self.number_of_perpetrator_1c07dd4.is_omit() {
            out.bytes(",\"number_of_perpetrator_1c07dd4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.number_of_perpetrator_1c07dd4, out)?;
        }
        if !self.occupation_09639f9.is_omit() {
            out.bytes(",\"occupation_09639f9\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.occupation_09639f9, out)?;
        }
        if !self
            .other_contributing_factors_please_specify_53bc483
            .is_omit()
        {
            out.bytes(",\"other_contributing_factors__please_specify_53bc483\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.other_contributing_factors_please_specify_53bc483,
                out,
            )?;
        }
        if !self.physical_issue_1f182e4.is_omit() {
            out.bytes(",\"physical_issue_1f182e4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.physical_issue_1f182e4, out)?;
        }
        if !self.relation_within_family_41a62f4.is_omit() {
            out.bytes(",\"relation_within_family_41a62f4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relation_within_family_41a62f4, out)?;
        }
        if !self.relationship_with_the_abused_eb757fc.is_omit() {
            out.bytes(",\"relationship_with_the_abused_eb757fc\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.relationship_with_the_abused_eb757fc, out)?;
        }
        if !self.social_status_6c1074a.is_omit() {
            out.bytes(",\"social_status_6c1074a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.social_status_6c1074a, out)?;
        }
        if !self.stimulant_9191303.is_omit() {
            out.bytes(",\"stimulant_9191303\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.stimulant_9191303, out)?;
        }
        if !self.type_of_other_id_document_b03f1b9.is_omit() {
            out.bytes(",\"type_of_other_id_document_b03f1b9\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.type_of_other_id_document_b03f1b9, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
/// Fields 1 to 15 of `Output_formsection-perpetrator-details-998d1e0`.
fn fields_output_formsection_perpetrator_details_998d1e0_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc_o: &::mapwright_rt::Loc<'_>,
    out: &mut OutputFormsectionPerpetratorDetails998d1e0<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc_o);
    let f_number_of_perpetrator_1c07dd4 = ::mapwright_rt::finish(
        input.number_of_perpetrator_1c07dd4.get().cloned(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_name_5559215 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.name_5559215.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_age_21cbe0d = ::mapwright_rt::finish(
        input.age_21cbe0d.get().cloned(),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_national_id_number_7dd2e74 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.national_id_number_7dd2e74.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_type_of_other_id_document_b03f1b9 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.type_of_other_id_document_b03f1b9.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_number_of_other_id_document_09a5601 = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.number_of_other_id_document_09a5601.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_contact_details_31b6f3b = ::mapwright_rt::finish(
        ::mapwright_rt::text(input.contact_details_31b6f3b.get()),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_other_contributing_factors_please_specify_53bc483 = ::mapwright_rt::finish(
        ::mapwright_rt::text(
            input
                .other_contributing_factors_please_specify_53bc483
                .get(),
        ),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_nationality_fa822dc = ::mapwright_rt::finish(
        match input.nationality_fa822dc.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "country",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("nationality_fa822dc", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_gender_4e8704a = ::mapwright_rt::finish(
        match input.gender_4e8704a.get() {
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
                            return ::std::result::Result::Err(loc_o.fail("gender_4e8704a", kind));
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_relationship_with_the_abused_eb757fc = ::mapwright_rt::finish(
        match input.relationship_with_the_abused_eb757fc.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "perpetrator_relationship",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("relationship_with_the_abused_eb757fc", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_social_status_6c1074a = ::mapwright_rt::finish(
        match input.social_status_6c1074a.get() {
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
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("social_status_6c1074a", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_occupation_09639f9 = ::mapwright_rt::finish(
        match input.occupation_09639f9.get() {
            ::std::option::Option::Some(v)
                if !::mapwright_rt::stdlib::translate::is_unanswered(
                    ::mapwright_rt::Code::code(v),
                ) =>
            {
                ::std::option::Option::Some(
                    match ::mapwright_rt::translated(
                        ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                        v.label(super::options::LANG_TH),
                        "th_occupation_e663285",
                        "th",
                        ::mapwright_rt::UnknownCode::Error,
                        ::mapwright_rt::MissingLabel::Error,
                        ctx,
                    ) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => {
                            return ::std::result::Result::Err(
                                loc_o.fail("occupation_09639f9", kind),
                            );
                        }
                    },
                )
            }
            _ => ::std::option::Option::None,
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_stimulant_9191303 = ::mapwright_rt::finish(
        match input.stimulant_9191303.get() {
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
                                "th_stimulant_factors_ba86c95",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "stimulant_9191303",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_relation_within_family_41a62f4 = ::mapwright_rt::finish(
        match input.relation_within_family_41a62f4.get() {
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
                                "th_relation_factors_3ad18e0",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "relation_within_family_41a62f4",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.number_of_perpetrator_1c07dd4 = f_number_of_perpetrator_1c07dd4;
    out.name_5559215 = f_name_5559215;
    out.age_21cbe0d = f_age_21cbe0d;
    out.national_id_number_7dd2e74 = f_national_id_number_7dd2e74;
    out.type_of_other_id_document_b03f1b9 = f_type_of_other_id_document_b03f1b9;
    out.number_of_other_id_document_09a5601 = f_number_of_other_id_document_09a5601;
    out.contact_details_31b6f3b = f_contact_details_31b6f3b;
    out.other_contributing_factors_please_specify_53bc483 =
        f_other_contributing_factors_please_specify_53bc483;
    out.nationality_fa822dc = f_nationality_fa822dc;
    out.gender_4e8704a = f_gender_4e8704a;
    out.relationship_with_the_abused_eb757fc = f_relationship_with_the_abused_eb757fc;
    out.social_status_6c1074a = f_social_status_6c1074a;
    out.occupation_09639f9 = f_occupation_09639f9;
    out.stimulant_9191303 = f_stimulant_9191303;
    out.relation_within_family_41a62f4 = f_relation_within_family_41a62f4;
    ::std::result::Result::Ok(())
}
/// Fields 16 to 19 of `Output_formsection-perpetrator-details-998d1e0`.
fn fields_output_formsection_perpetrator_details_998d1e0_1<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc_o: &::mapwright_rt::Loc<'_>,
    out: &mut OutputFormsectionPerpetratorDetails998d1e0<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc_o);
    let f_environment_3c4fc2b = ::mapwright_rt::finish(
        match input.environment_3c4fc2b.get() {
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
                                "th_environment_factors_67fe2c8",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "environment_3c4fc2b",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_economic_issues_84c5b46 = ::mapwright_rt::finish(
        match input.economic_issues_84c5b46.get() {
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
                                "th_economic_issues_ba1ddb3",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "economic_issues_84c5b46",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_physical_issue_1f182e4 = ::mapwright_rt::finish(
        match input.physical_issue_1f182e4.get() {
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
                                "th_physical_issue_bedfef8",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "physical_issue_1f182e4",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_mental_issue_5607d21 = ::mapwright_rt::finish(
        match input.mental_issue_5607d21.get() {
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
                                "th_mental_issues_54db66d",
                                "th",
                                ::mapwright_rt::UnknownCode::Error,
                                ::mapwright_rt::MissingLabel::Error,
                                ctx,
                            ) {
                                ::std::result::Result::Ok(t) => t,
                                ::std::result::Result::Err(kind) => {
                                    return ::std::result::Result::Err(loc_o.fail_at(
                                        "mental_issue_5607d21",
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
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.environment_3c4fc2b = f_environment_3c4fc2b;
    out.economic_issues_84c5b46 = f_economic_issues_84c5b46;
    out.physical_issue_1f182e4 = f_physical_issue_1f182e4;
    out.mental_issue_5607d21 = f_mental_issue_5607d21;
    ::std::result::Result::Ok(())
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OutputFormsectionPatientEducationAndCareer6d53ca5<'r> {
    /// `additional_details`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub additional_details: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `additional_details_1`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub additional_details_1: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `email_address`: string
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub email_address: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_other__please_specify_2`: string
    #[serde(
        rename = "if_other__please_specify_2",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_other_please_specify_2: ::mapwright_rt::Slot<::std::borrow::Cow<'r, str>>,
    /// `if_out_of_school__specify_reason`: {code: label}
    #[serde(
        rename = "if_out_of_school__specify_reason",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub if_out_of_school_specify_reason: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
    /// `occupation_1`: {code: label}
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub occupation_1: ::mapwright_rt::Slot<::mapwright_rt::Translated<'r>>,
}
impl ::mapwright_rt::Empty for OutputFormsectionPatientEducationAndCareer6d53ca5<'_> {}
impl ::mapwright_rt::WriteJson for OutputFormsectionPatientEducationAndCareer6d53ca5<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.additional_details.is_omit() {
            out.bytes(",\"additional_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.additional_details, out)?;
        }
        if !self.additional_details_1.is_omit() {
            out.bytes(",\"additional_details_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.additional_details_1, out)?;
        }
        if !self.email_address.is_omit() {
            out.bytes(",\"email_address\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.email_address, out)?;
        }
        if !self.if_other_please_specify_2.is_omit() {
            out.bytes(",\"if_other__please_specify_2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_other_please_specify_2, out)?;
        }
        if !self.if_out_of_school_specify_reason.is_omit() {
            out.bytes(",\"if_out_of_school__specify_reason\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.if_out_of_school_specify_reason, out)?;
        }
        if !self.occupation_1.is_omit() {
            out.bytes(",\"occupation_1\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.occupation_1, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Output<'r> {
    /// `age_assessment`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub age_assessment: ::mapwright_rt::Slot<::std::vec::Vec<OutputAgeAssessment<'r>>>,
    /// `assessment`: object
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub assessment: ::mapwright_rt::Slot<OutputAssessment<'r>>,
    /// `assessment_update`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub assessment_update: ::mapwright_rt::Slot<::std::vec::Vec<OutputAssessmentUpdate<'r>>>,
    /// `basic_identity`: object
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub basic_identity: ::mapwright_rt::Slot<OutputBasicIdentity<'r>>,
    /// `closure_form`: object
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub closure_form: ::mapwright_rt::Slot<OutputClosureForm<'r>>,
    /// `conclusion`: object
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conclusion: ::mapwright_rt::Slot<OutputConclusion<'r>>,
    /// `conference_details_subform`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub conference_details_subform:
        ::mapwright_rt::Slot<::std::vec::Vec<OutputConferenceDetailsSubform<'r>>>,
    /// `cp_case_plan`: object
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub cp_case_plan: ::mapwright_rt::Slot<OutputCpCasePlan<'r>>,
    /// `family_details`: object
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family_details: ::mapwright_rt::Slot<OutputFamilyDetails<'r>>,
    /// `family_details_section`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub family_details_section:
        ::mapwright_rt::Slot<::std::vec::Vec<OutputFamilyDetailsSection<'r>>>,
    /// `followup`: object
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub followup: ::mapwright_rt::Slot<OutputFollowup<'r>>,
    /// `followup_subform_section`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub followup_subform_section:
        ::mapwright_rt::Slot<::std::vec::Vec<OutputFollowupSubformSection<'r>>>,
    /// `formsection-age-assessment-a75187a`: object
    #[serde(
        rename = "formsection-age-assessment-a75187a",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_age_assessment_a75187a:
        ::mapwright_rt::Slot<OutputFormsectionAgeAssessmentA75187a<'r>>,
    /// `formsection-cp-act-be-2546-report-699f528`: object
    #[serde(
        rename = "formsection-cp-act-be-2546-report-699f528",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_cp_act_be_2546_report_699f528:
        ::mapwright_rt::Slot<OutputFormsectionCpActBe2546Report699f528<'r>>,
    /// `formsection-department-identification-e9cf45f`: object
    #[serde(
        rename = "formsection-department-identification-e9cf45f",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_department_identification_e9cf45f:
        ::mapwright_rt::Slot<OutputFormsectionDepartmentIdentificationE9cf45f<'r>>,
    /// `formsection-health-assessment-29sep-d35aedb`: object
    #[serde(
        rename = "formsection-health-assessment-29sep-d35aedb",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_health_assessment_29sep_d35aedb:
        ::mapwright_rt::Slot<OutputFormsectionHealthAssessment29sepD35aedb<'r>>,
    /// `formsection-incident-details-fe05aa3`: object
    #[serde(
        rename = "formsection-incident-details-fe05aa3",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_incident_details_fe05aa3:
        ::mapwright_rt::Slot<OutputFormsectionIncidentDetailsFe05aa3<'r>>,
    /// `formsection-incident-details-fe05aa4`: object
    #[serde(
        rename = "formsection-incident-details-fe05aa4",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_incident_details_fe05aa4:
        ::mapwright_rt::Slot<OutputFormsectionIncidentDetailsFe05aa4<'r>>,
    /// `formsection-medical-costs-and-service-fees-847e08f`: object
    #[serde(
        rename = "formsection-medical-costs-and-service-fees-847e08f",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_medical_costs_and_service_fees_847e08f:
        ::mapwright_rt::Slot<OutputFormsectionMedicalCostsAndServiceFees847e08f>,
    /// `formsection-patient-education-and-career-6d53ca5`: object
    #[serde(
        rename = "formsection-patient-education-and-career-6d53ca5",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_patient_education_and_career_6d53ca5:
        ::mapwright_rt::Slot<OutputFormsectionPatientEducationAndCareer6d53ca5<'r>>,
    /// `formsection-perpetrator-details-998d1e0`: object
    #[serde(
        rename = "formsection-perpetrator-details-998d1e0",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_perpetrator_details_998d1e0:
        ::mapwright_rt::Slot<OutputFormsectionPerpetratorDetails998d1e0<'r>>,
    /// `formsection-unexpected-pregnancy-9a51ea8`: object
    #[serde(
        rename = "formsection-unexpected-pregnancy-9a51ea8",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub formsection_unexpected_pregnancy_9a51ea8:
        ::mapwright_rt::Slot<OutputFormsectionUnexpectedPregnancy9a51ea8<'r>>,
    /// `new_expense`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub new_expense: ::mapwright_rt::Slot<::std::vec::Vec<OutputNewExpense<'r>>>,
    /// `new_formal_complaint_2`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub new_formal_complaint_2:
        ::mapwright_rt::Slot<::std::vec::Vec<OutputNewFormalComplaint2<'r>>>,
    /// `new_pregnancy`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub new_pregnancy: ::mapwright_rt::Slot<::std::vec::Vec<OutputNewPregnancy<'r>>>,
    /// `other_perpetrator_details_f80fc4e`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub other_perpetrator_details_f80fc4e:
        ::mapwright_rt::Slot<::std::vec::Vec<OutputOtherPerpetratorDetailsF80fc4e<'r>>>,
    /// `physical_check_2`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub physical_check_2: ::mapwright_rt::Slot<::std::vec::Vec<OutputPhysicalCheck2<'r>>>,
    /// `preliminary_observations_2`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub preliminary_observations_2:
        ::mapwright_rt::Slot<::std::vec::Vec<OutputPreliminaryObservations2<'r>>>,
    /// `services_needed`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub services_needed: ::mapwright_rt::Slot<::std::vec::Vec<OutputServicesNeeded<'r>>>,
    /// `services_section`: list<object>
    #[serde(skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
    pub services_section: ::mapwright_rt::Slot<::std::vec::Vec<OutputServicesSection<'r>>>,
    /// `witnesses__6c0a33c`: list<object>
    #[serde(
        rename = "witnesses__6c0a33c",
        skip_serializing_if = "::mapwright_rt::Slot::is_omit"
    )]
    pub witnesses_6c0a33c: ::mapwright_rt::Slot<::std::vec::Vec<OutputWitnesses6c0a33c<'r>>>,
}
impl ::mapwright_rt::Empty for Output<'_> {}
impl ::mapwright_rt::WriteJson for Output<'_> {
    fn write_json(
        &self,
        out: &mut ::mapwright_rt::JsonOut<'_>,
    ) -> ::std::result::Result<(), ::serde_json::Error> {
        let start = ::mapwright_rt::object_start(out);
        if !self.age_assessment.is_omit() {
            out.bytes(",\"age_assessment\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.age_assessment, out)?;
        }
        if !self.assessment.is_omit() {
            out.bytes(",\"assessment\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.assessment, out)?;
        }
        if !self.assessment_update.is_omit() {
            out.bytes(",\"assessment_update\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.assessment_update, out)?;
        }
        if !self.basic_identity.is_omit() {
            out.bytes(",\"basic_identity\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.basic_identity, out)?;
        }
        if !self.closure_form.is_omit() {
            out.bytes(",\"closure_form\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.closure_form, out)?;
        }
        if !self.conclusion.is_omit() {
            out.bytes(",\"conclusion\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conclusion, out)?;
        }
        if !self.conference_details_subform.is_omit() {
            out.bytes(",\"conference_details_subform\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.conference_details_subform, out)?;
        }
        if !self.cp_case_plan.is_omit() {
            out.bytes(",\"cp_case_plan\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.cp_case_plan, out)?;
        }
        if !self.family_details.is_omit() {
            out.bytes(",\"family_details\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family_details, out)?;
        }
        if !self.family_details_section.is_omit() {
            out.bytes(",\"family_details_section\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.family_details_section, out)?;
        }
        if !self.followup.is_omit() {
            out.bytes(",\"followup\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.followup, out)?;
        }
        if !self.followup_subform_section.is_omit() {
            out.bytes(",\"followup_subform_section\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.followup_subform_section, out)?;
        }
        if !self.formsection_age_assessment_a75187a.is_omit() {
            out.bytes(",\"formsection-age-assessment-a75187a\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.formsection_age_assessment_a75187a, out)?;
        }
        if !self.formsection_cp_act_be_2546_report_699f528.is_omit() {
            out.bytes(",\"formsection-cp-act-be-2546-report-699f528\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.formsection_cp_act_be_2546_report_699f528,
                out,
            )?;
        }
        if !self.formsection_department_identification_e9cf45f.is_omit() {
            out.bytes(",\"formsection-department-identification-e9cf45f\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.formsection_department_identification_e9cf45f,
                out,
            )?;
        }
        if !self.formsection_health_assessment_29sep_d35aedb.is_omit() {
            out.bytes(",\"formsection-health-assessment-29sep-d35aedb\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.formsection_health_assessment_29sep_d35aedb,
                out,
            )?;
        }
        if !self.formsection_incident_details_fe05aa3.is_omit() {
            out.bytes(",\"formsection-incident-details-fe05aa3\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.formsection_incident_details_fe05aa3, out)?;
        }
        if !self.formsection_incident_details_fe05aa4.is_omit() {
            out.bytes(",\"formsection-incident-details-fe05aa4\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.formsection_incident_details_fe05aa4, out)?;
        }
        if !self
            .formsection_medical_costs_and_service_fees_847e08f
            .is_omit()
        {
            out.bytes(",\"formsection-medical-costs-and-service-fees-847e08f\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.formsection_medical_costs_and_service_fees_847e08f,
                out,
            )?;
        }
        if !self
            .formsection_patient_education_and_career_6d53ca5
            .is_omit()
        {
            out.bytes(",\"formsection-patient-education-and-career-6d53ca5\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.formsection_patient_education_and_career_6d53ca5,
                out,
            )?;
        }
        if !self.formsection_perpetrator_details_998d1e0.is_omit() {
            out.bytes(",\"formsection-perpetrator-details-998d1e0\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.formsection_perpetrator_details_998d1e0,
                out,
            )?;
        }
        if !self.formsection_unexpected_pregnancy_9a51ea8.is_omit() {
            out.bytes(",\"formsection-unexpected-pregnancy-9a51ea8\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(
                &self.formsection_unexpected_pregnancy_9a51ea8,
                out,
            )?;
        }
        if !self.new_expense.is_omit() {
            out.bytes(",\"new_expense\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.new_expense, out)?;
        }
        if !self.new_formal_complaint_2.is_omit() {
            out.bytes(",\"new_formal_complaint_2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.new_formal_complaint_2, out)?;
        }
        if !self.new_pregnancy.is_omit() {
            out.bytes(",\"new_pregnancy\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.new_pregnancy, out)?;
        }
        if !self.other_perpetrator_details_f80fc4e.is_omit() {
            out.bytes(",\"other_perpetrator_details_f80fc4e\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.other_perpetrator_details_f80fc4e, out)?;
        }
        if !self.physical_check_2.is_omit() {
            out.bytes(",\"physical_check_2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.physical_check_2, out)?;
        }
        if !self.preliminary_observations_2.is_omit() {
            out.bytes(",\"preliminary_observations_2\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.preliminary_observations_2, out)?;
        }
        if !self.services_needed.is_omit() {
            out.bytes(",\"services_needed\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.services_needed, out)?;
        }
        if !self.services_section.is_omit() {
            out.bytes(",\"services_section\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.services_section, out)?;
        }
        if !self.witnesses_6c0a33c.is_omit() {
            out.bytes(",\"witnesses__6c0a33c\":".as_bytes());
            ::mapwright_rt::WriteJson::write_json(&self.witnesses_6c0a33c, out)?;
        }
        ::mapwright_rt::object_end(out, start);
        ::std::result::Result::Ok(())
    }
}
/// Fields 1 to 3 of `Output`.
fn fields_output_0<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_age_assessment = ::mapwright_rt::finish(
        match input.age_assessment.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "age_assessment",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_date_of_assessment = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.date_of_assessment.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_age_assessed = ::mapwright_rt::finish(
                                e0.and_then(|v| v.age_assessed.get()).cloned(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_months_20cb03a = ::mapwright_rt::finish(
                                e0.and_then(|v| v.months_20cb03a.get()).cloned(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_maximum_age_assessed = ::mapwright_rt::finish(
                                e0.and_then(|v| v.maximum_age_assessed.get()).cloned(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_months_1453205 = ::mapwright_rt::finish(
                                e0.and_then(|v| v.months_1453205.get()).cloned(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_additional_comments_1298bc4 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.additional_comments_1298bc4.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_assessed_by = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.assessed_by.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_assessment_method = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.assessment_method.get()) {
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
                                                "th_age_assessment_method_5559903",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("assessment_method", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputAgeAssessment {
                                date_of_assessment: f_date_of_assessment,
                                age_assessed: f_age_assessed,
                                months_20cb03a: f_months_20cb03a,
                                maximum_age_assessed: f_maximum_age_assessed,
                                months_1453205: f_months_1453205,
                                additional_comments_1298bc4: f_additional_comments_1298bc4,
                                assessed_by: f_assessed_by,
                                assessment_method: f_assessment_method,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_assessment = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "assessment",
            };
            {
                let f_assessment_requested_on = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.assessment_requested_on.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_case_plan_due_date = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.case_plan_due_date.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_urgent_protection_concern = ::mapwright_rt::finish(
                    input.urgent_protection_concern.as_ref(),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
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
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("risk_level", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputAssessment {
                    assessment_requested_on: f_assessment_requested_on,
                    case_plan_due_date: f_case_plan_due_date,
                    urgent_protection_concern: f_urgent_protection_concern,
                    risk_level: f_risk_level,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_assessment_update = ::mapwright_rt::finish(
        match input.assessment_update.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for item in items.iter() {
                    let e0 = item.get();
                    let keep = true;
                    if keep {
                        out.push({
                            let f_update_description = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.update_description.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_recorded_by_3 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.recorded_by_3.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_date_5 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.date_5.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputAssessmentUpdate {
                                update_description: f_update_description,
                                recorded_by_3: f_recorded_by_3,
                                date_5: f_date_5,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.age_assessment = f_age_assessment;
    out.assessment = f_assessment;
    out.assessment_update = f_assessment_update;
    ::std::result::Result::Ok(())
}
/// Fields 4 to 5 of `Output`.
fn fields_output_1<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_basic_identity = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "basic_identity",
            };
            {
                let f_national_id_no = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.national_id_no.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_registration_date = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.registration_date.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_case_id_display = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.case_id_display.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_physical_characteristics = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.physical_characteristics.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_other_id_no = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.other_id_no.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_other_id_type = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.other_id_type.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_address_of_accomodation_foreigners_only = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.address_of_accomodation_foreigners_only.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_assessment_due_date = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.assessment_due_date.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_location_current = ::mapwright_rt::finish(
                    match input.location_current.get() {
                        ::std::option::Option::Some(v)
                            if !::mapwright_rt::stdlib::translate::is_unanswered(
                                ::mapwright_rt::Code::code(v),
                            ) =>
                        {
                            ::std::option::Option::Some(
                                match ::mapwright_rt::translated(
                                    ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                    v.label(super::options::LANG_TH),
                                    "locations",
                                    "th",
                                    ::mapwright_rt::UnknownCode::KeepCode,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("location_current", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputBasicIdentity {
                    national_id_no: f_national_id_no,
                    registration_date: f_registration_date,
                    case_id_display: f_case_id_display,
                    physical_characteristics: f_physical_characteristics,
                    other_id_no: f_other_id_no,
                    other_id_type: f_other_id_type,
                    address_of_accomodation_foreigners_only:
                        f_address_of_accomodation_foreigners_only,
                    assessment_due_date: f_assessment_due_date,
                    location_current: f_location_current,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_conclusion = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "conclusion",
            };
            {
                let f_urgent_protection_concern = ::mapwright_rt::finish(
                    input.urgent_protection_concern.as_ref(),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_protection_concerns_other = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.protection_concerns_other.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
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
                                    ::std::option::Option::None => {
                                        out.push(::std::option::Option::None)
                                    }
                                    ::std::option::Option::Some(v)
                                        if ::mapwright_rt::stdlib::translate::is_unanswered(
                                            ::mapwright_rt::Code::code(v),
                                        ) => {}
                                    ::std::option::Option::Some(v) => {
                                        out.push(::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    ::mapwright_rt::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "protection_concerns",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc_o.fail_at(
                                                            "protection_concerns",
                                                            index,
                                                            kind,
                                                        ),
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
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
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
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("risk_level", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputConclusion {
                    urgent_protection_concern: f_urgent_protection_concern,
                    protection_concerns_other: f_protection_concerns_other,
                    protection_concerns: f_protection_concerns,
                    risk_level: f_risk_level,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.basic_identity = f_basic_identity;
    out.conclusion = f_conclusion;
    ::std::result::Result::Ok(())
}
/// Fields 6 to 7 of `Output`.
fn fields_output_2<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_conference_details_subform = ::mapwright_rt::finish(
        match input.conference_details_subform.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "conference_details_subform",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_conference_date = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.conference_date.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_type_other = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_type_other.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_reason_other = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_reason_other.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_participants = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_participants.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_current_situation = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_current_situation.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_outcome_recommendations = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_outcome_recommendations.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_case_status_other = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_case_status_other.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_case_transfer_reason_other = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_case_transfer_reason_other.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_followup_actions = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.conference_followup_actions.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_type = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.conference_type.get()) {
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
                                                "conference_type",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("conference_type", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_reason = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.conference_reason.get()) {
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
                                                "conference_reason",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("conference_reason", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_case_status = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.conference_case_status.get()) {
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
                                                "conference_case_status",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("conference_case_status", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_conference_case_transfer_reason = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.conference_case_transfer_reason.get()) {
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
                                                "conference_case_transfer_reason",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(loc1.fail(
                                                        "conference_case_transfer_reason",
                                                        kind,
                                                    ));
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputConferenceDetailsSubform {
                                conference_date: f_conference_date,
                                conference_type_other: f_conference_type_other,
                                conference_reason_other: f_conference_reason_other,
                                conference_participants: f_conference_participants,
                                conference_current_situation: f_conference_current_situation,
                                conference_outcome_recommendations:
                                    f_conference_outcome_recommendations,
                                conference_case_status_other: f_conference_case_status_other,
                                conference_case_transfer_reason_other:
                                    f_conference_case_transfer_reason_other,
                                conference_followup_actions: f_conference_followup_actions,
                                conference_type: f_conference_type,
                                conference_reason: f_conference_reason,
                                conference_case_status: f_conference_case_status,
                                conference_case_transfer_reason: f_conference_case_transfer_reason,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_cp_case_plan = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "cp_case_plan",
            };
            {
                let f_date_case_plan = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.date_case_plan.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_additional_details_3d84596 = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.additional_details_3d84596.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
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
                                    ::std::option::Option::None => {
                                        out.push(::std::option::Option::None)
                                    }
                                    ::std::option::Option::Some(v)
                                        if ::mapwright_rt::stdlib::translate::is_unanswered(
                                            ::mapwright_rt::Code::code(v),
                                        ) => {}
                                    ::std::option::Option::Some(v) => {
                                        out.push(::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    ::mapwright_rt::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "protection_concerns",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc_o.fail_at(
                                                            "protection_concerns",
                                                            index,
                                                            kind,
                                                        ),
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
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputCpCasePlan {
                    date_case_plan: f_date_case_plan,
                    additional_details_3d84596: f_additional_details_3d84596,
                    protection_concerns: f_protection_concerns,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.conference_details_subform = f_conference_details_subform;
    out.cp_case_plan = f_cp_case_plan;
    ::std::result::Result::Ok(())
}
/// Fields 8 to 8 of `Output`.
fn fields_output_3<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_family_details = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "family_details",
            };
            {
                let f_family_size = ::mapwright_rt::finish(
                    input.family_size.get().cloned(),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_who_is_the_patient_living_with = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.who_is_the_patient_living_with.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_family_notes = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.family_notes.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_family_status = ::mapwright_rt::finish(
                    match input.family_status.get() {
                        ::std::option::Option::None => ::std::option::Option::None,
                        ::std::option::Option::Some(items) => {
                            let mut out = ::std::vec::Vec::with_capacity(items.len());
                            for (index, item) in items.iter().enumerate() {
                                match item.get() {
                                    ::std::option::Option::None => {
                                        out.push(::std::option::Option::None)
                                    }
                                    ::std::option::Option::Some(v)
                                        if ::mapwright_rt::stdlib::translate::is_unanswered(
                                            ::mapwright_rt::Code::code(v),
                                        ) => {}
                                    ::std::option::Option::Some(v) => {
                                        out.push(::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    ::mapwright_rt::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "th_family_status_77c0099",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc_o.fail_at("family_status", index, kind),
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
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputFamilyDetails {
                    family_size: f_family_size,
                    who_is_the_patient_living_with: f_who_is_the_patient_living_with,
                    family_notes: f_family_notes,
                    family_status: f_family_status,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.family_details = f_family_details;
    ::std::result::Result::Ok(())
}
/// Fields 9 to 9 of `Output`.
fn fields_output_4<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_family_details_section = ::mapwright_rt::finish(
        match input.family_details_section.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "family_details_section",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_relation_is_caregiver = ::mapwright_rt::finish(
                                e0.and_then(|v| v.relation_is_caregiver.get()).copied(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_name = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_name.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_age = ::mapwright_rt::finish(
                                e0.and_then(|v| v.relation_age.get()).cloned(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_date_of_birth = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_date_of_birth.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_death_details = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_death_details.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_national_id = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.national_id.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_occupation = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_occupation.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_address_current = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_address_current.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_telephone = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_telephone.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_comments = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.relation_comments.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_is_this_person_living_in_the_same_household_as_patient_7d39e1d = ::mapwright_rt::finish(
                                match e0
                                    .and_then(|v| {
                                        v
                                            .is_this_person_living_in_the_same_household_as_patient_7d39e1d
                                            .get()
                                    })
                                {
                                    ::std::option::Option::Some(
                                        v,
                                    ) if !::mapwright_rt::stdlib::translate::is_unanswered(
                                        ::mapwright_rt::Code::code(v),
                                    ) => {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                v.label(super::options::LANG_TH),
                                                "family_same_hh_7fabd17",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1
                                                            .fail(
                                                                "is_this_person_living_in_the_same_household_as_patient_7d39e1d",
                                                                kind,
                                                            ),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relation.get()) {
                                    ::std::option::Option::Some(
                                        v,
                                    ) if !::mapwright_rt::stdlib::translate::is_unanswered(
                                        ::mapwright_rt::Code::code(v),
                                    ) => {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                v.label(super::options::LANG_TH),
                                                "family_relationship",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
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
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_is_alive = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relation_is_alive.get()) {
                                    ::std::option::Option::Some(
                                        v,
                                    ) if !::mapwright_rt::stdlib::translate::is_unanswered(
                                        ::mapwright_rt::Code::code(v),
                                    ) => {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                v.label(super::options::LANG_TH),
                                                "relation_is_alive",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("relation_is_alive", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_nationality = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relation_nationality.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "country",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("relation_nationality", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_occupation_3 = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.occupation_3.get()) {
                                    ::std::option::Option::Some(
                                        v,
                                    ) if !::mapwright_rt::stdlib::translate::is_unanswered(
                                        ::mapwright_rt::Code::code(v),
                                    ) => {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                v.label(super::options::LANG_TH),
                                                "th_working_3b273b5",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("occupation_3", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_location_current = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relation_location_current.get()) {
                                    ::std::option::Option::Some(
                                        v,
                                    ) if !::mapwright_rt::stdlib::translate::is_unanswered(
                                        ::mapwright_rt::Code::code(v),
                                    ) => {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                v.label(super::options::LANG_TH),
                                                "locations",
                                                "th",
                                                ::mapwright_rt::UnknownCode::KeepCode,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("relation_location_current", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputFamilyDetailsSection {
                                relation_is_caregiver: f_relation_is_caregiver,
                                relation_name: f_relation_name,
                                relation_age: f_relation_age,
                                relation_date_of_birth: f_relation_date_of_birth,
                                relation_death_details: f_relation_death_details,
                                national_id: f_national_id,
                                relation_occupation: f_relation_occupation,
                                relation_address_current: f_relation_address_current,
                                relation_telephone: f_relation_telephone,
                                relation_comments: f_relation_comments,
                                is_this_person_living_in_the_same_household_as_patient_7d39e1d: f_is_this_person_living_in_the_same_household_as_patient_7d39e1d,
                                relation: f_relation,
                                relation_is_alive: f_relation_is_alive,
                                relation_nationality: f_relation_nationality,
                                occupation_3: f_occupation_3,
                                relation_location_current: f_relation_location_current,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.family_details_section = f_family_details_section;
    ::std::result::Result::Ok(())
}
/// Fields 10 to 10 of `Output`.
fn fields_output_5<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_followup = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "followup",
            };
            {
                let f_final_diagnosis_3696c45 = ::mapwright_rt::finish(
                    input.final_diagnosis_3696c45.as_ref(),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_main_diagnosis_04438ee = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.main_diagnosis_04438ee.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_co_morbidity_d3dfab2 = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.co_morbidity_d3dfab2.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_complications_123ecae = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.complications_123ecae.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_other_diagnosis_a692bec = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.other_diagnosis_a692bec.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_operation_room_procedure_bb7cffa = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.operation_room_procedure_bb7cffa.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_external_cause_of_injury_8451818 = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.external_cause_of_injury_8451818.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_status_of_treatment_plan_a8ca0e8 = ::mapwright_rt::finish(
                    match input.status_of_treatment_plan_a8ca0e8.get() {
                        ::std::option::Option::Some(v)
                            if !::mapwright_rt::stdlib::translate::is_unanswered(
                                ::mapwright_rt::Code::code(v),
                            ) =>
                        {
                            ::std::option::Option::Some(
                                match ::mapwright_rt::translated(
                                    ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                    v.label(super::options::LANG_TH),
                                    "th_status_of_treatment_plan_5d53730",
                                    "th",
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("status_of_treatment_plan_a8ca0e8", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
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
                                    ::std::option::Option::None => {
                                        out.push(::std::option::Option::None)
                                    }
                                    ::std::option::Option::Some(v)
                                        if ::mapwright_rt::stdlib::translate::is_unanswered(
                                            ::mapwright_rt::Code::code(v),
                                        ) => {}
                                    ::std::option::Option::Some(v) => {
                                        out.push(::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(
                                                    ::mapwright_rt::Code::code(v),
                                                ),
                                                v.label(super::options::LANG_TH),
                                                "protection_concerns",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc_o.fail_at(
                                                            "protection_concerns",
                                                            index,
                                                            kind,
                                                        ),
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
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
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
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("risk_level", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputFollowup {
                    final_diagnosis_3696c45: f_final_diagnosis_3696c45,
                    main_diagnosis_04438ee: f_main_diagnosis_04438ee,
                    co_morbidity_d3dfab2: f_co_morbidity_d3dfab2,
                    complications_123ecae: f_complications_123ecae,
                    other_diagnosis_a692bec: f_other_diagnosis_a692bec,
                    operation_room_procedure_bb7cffa: f_operation_room_procedure_bb7cffa,
                    external_cause_of_injury_8451818: f_external_cause_of_injury_8451818,
                    status_of_treatment_plan_a8ca0e8: f_status_of_treatment_plan_a8ca0e8,
                    protection_concerns: f_protection_concerns,
                    risk_level: f_risk_level,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.followup = f_followup;
    ::std::result::Result::Ok(())
}
/// Fields 11 to 12 of `Output`.
fn fields_output_6<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_followup_subform_section = ::mapwright_rt::finish(
        match input.followup_subform_section.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "followup_subform_section",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_followup_date = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.followup_date.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_child_was_seen = ::mapwright_rt::finish(
                                e0.and_then(|v| v.child_was_seen.as_ref()),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_reason_child_not_seen_other_details = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.reason_child_not_seen_other_details.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_action_taken_already = ::mapwright_rt::finish(
                                e0.and_then(|v| v.action_taken_already.as_ref()),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_action_taken_date = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.action_taken_date.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_action_taken_details = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.action_taken_details.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_followup_comments = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.followup_comments.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_need_follow_up_visit = ::mapwright_rt::finish(
                                e0.and_then(|v| v.need_follow_up_visit.as_ref()),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_when_follow_up_visit_should_happen = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.when_follow_up_visit_should_happen.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_recommend_case_closed = ::mapwright_rt::finish(
                                e0.and_then(|v| v.recommend_case_closed.as_ref()),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_followup_type = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.followup_type.get()) {
                                    ::std::option::Option::Some(
                                        v,
                                    ) if !::mapwright_rt::stdlib::translate::is_unanswered(
                                        ::mapwright_rt::Code::code(v),
                                    ) => {
                                        ::std::option::Option::Some(
                                            match ::mapwright_rt::translated(
                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                v.label(super::options::LANG_TH),
                                                "followup_type",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("followup_type", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_reason_child_not_seen = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.reason_child_not_seen.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "reason_child_not_seen",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("reason_child_not_seen", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputFollowupSubformSection {
                                followup_date: f_followup_date,
                                child_was_seen: f_child_was_seen,
                                reason_child_not_seen_other_details: f_reason_child_not_seen_other_details,
                                action_taken_already: f_action_taken_already,
                                action_taken_date: f_action_taken_date,
                                action_taken_details: f_action_taken_details,
                                followup_comments: f_followup_comments,
                                need_follow_up_visit: f_need_follow_up_visit,
                                when_follow_up_visit_should_happen: f_when_follow_up_visit_should_happen,
                                recommend_case_closed: f_recommend_case_closed,
                                followup_type: f_followup_type,
                                reason_child_not_seen: f_reason_child_not_seen,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_formsection_age_assessment_a75187a = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let f_age_declared_by_the_child = ::mapwright_rt::finish(
                input.age_declared_by_the_child.get().cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_date_2 = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.date_2.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be = ::mapwright_rt::finish(
                input
                    .the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be
                    .get()
                    .cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_months_708ed08 = ::mapwright_rt::finish(
                input.months_708ed08.get().cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be = ::mapwright_rt::finish(
                input
                    .the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be
                    .get()
                    .cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_months_8023723 = ::mapwright_rt::finish(
                input.months_8023723.get().cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_is_the_subject_given_the_benefit_of_the_doubt = ::mapwright_rt::finish(
                input.is_the_subject_given_the_benefit_of_the_doubt.as_ref(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_additional_comments_dc86e91 = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.additional_comments_dc86e91.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            OutputFormsectionAgeAssessmentA75187a {
                age_declared_by_the_child: f_age_declared_by_the_child,
                date_2: f_date_2,
                the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be: f_the_age_assessment_process_have_determined_that_the_subject_s_age_is_estimated_to_be,
                months_708ed08: f_months_708ed08,
                the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be: f_the_age_assessment_process_have_determined_that_the_subject_s_maximum_age_is_estimated_to_be,
                months_8023723: f_months_8023723,
                is_the_subject_given_the_benefit_of_the_doubt: f_is_the_subject_given_the_benefit_of_the_doubt,
                additional_comments_dc86e91: f_additional_comments_dc86e91,
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.followup_subform_section = f_followup_subform_section;
    out.formsection_age_assessment_a75187a = f_formsection_age_assessment_a75187a;
    ::std::result::Result::Ok(())
}
/// Fields 13 to 18 of `Output`.
fn fields_output_7<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_formsection_department_identification_e9cf45f = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let f_if_other_please_specify_1 = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.if_other_please_specify_1.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            OutputFormsectionDepartmentIdentificationE9cf45f {
                if_other_please_specify_1: f_if_other_please_specify_1,
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_formsection_health_assessment_29sep_d35aedb = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "formsection-health-assessment-29sep-d35aedb",
            };
            {
                let mut out = OutputFormsectionHealthAssessment29sepD35aedb::default();
                fields_output_formsection_health_assessment_29sep_d35aedb_0(
                    input, ctx, loc_o, &mut out,
                )?;
                fields_output_formsection_health_assessment_29sep_d35aedb_1(
                    input, ctx, loc_o, &mut out,
                )?;
                out
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_formsection_cp_act_be_2546_report_699f528 = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let f_reporting_date_d36d4ae = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.reporting_date_d36d4ae.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_report_registration_number_b868e09 = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.report_registration_number_b868e09.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_full_name_ab6062c = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.full_name_ab6062c.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_position_9401fd4 = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.position_9401fd4.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_agency_75fac1e = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.agency_75fac1e.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_contact_details_aa1dbe6 = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.contact_details_aa1dbe6.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            OutputFormsectionCpActBe2546Report699f528 {
                reporting_date_d36d4ae: f_reporting_date_d36d4ae,
                report_registration_number_b868e09: f_report_registration_number_b868e09,
                full_name_ab6062c: f_full_name_ab6062c,
                position_9401fd4: f_position_9401fd4,
                agency_75fac1e: f_agency_75fac1e,
                contact_details_aa1dbe6: f_contact_details_aa1dbe6,
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_formsection_medical_costs_and_service_fees_847e08f = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let f_current_total = ::mapwright_rt::finish(
                input.current_total.get().cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            OutputFormsectionMedicalCostsAndServiceFees847e08f {
                current_total: f_current_total,
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_new_expense = ::mapwright_rt::finish(
        match input.new_expense.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for item in items.iter() {
                    let e0 = item.get();
                    let keep = true;
                    if keep {
                        out.push({
                            let f_date_1 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.date_1.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_amount = ::mapwright_rt::finish(
                                e0.and_then(|v| v.amount.get()).cloned(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_description = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.description.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputNewExpense {
                                date_1: f_date_1,
                                amount: f_amount,
                                description: f_description,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_closure_form = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "closure_form",
            };
            {
                let f_closure_reason_other = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.closure_reason_other.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_date_closure = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.date_closure.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_additional_comments_a0185f7 = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.additional_comments_a0185f7.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_status = ::mapwright_rt::finish(
                    match input.status.get() {
                        ::std::option::Option::Some(v)
                            if !::mapwright_rt::stdlib::translate::is_unanswered(
                                ::mapwright_rt::Code::code(v),
                            ) =>
                        {
                            ::std::option::Option::Some(
                                match ::mapwright_rt::translated(
                                    ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                    v.label(super::options::LANG_TH),
                                    "case_status",
                                    "th",
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("status", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_closure_reason = ::mapwright_rt::finish(
                    match input.closure_reason.get() {
                        ::std::option::Option::Some(v)
                            if !::mapwright_rt::stdlib::translate::is_unanswered(
                                ::mapwright_rt::Code::code(v),
                            ) =>
                        {
                            ::std::option::Option::Some(
                                match ::mapwright_rt::translated(
                                    ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                    v.label(super::options::LANG_TH),
                                    "closure_reason",
                                    "th",
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("closure_reason", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputClosureForm {
                    closure_reason_other: f_closure_reason_other,
                    date_closure: f_date_closure,
                    additional_comments_a0185f7: f_additional_comments_a0185f7,
                    status: f_status,
                    closure_reason: f_closure_reason,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.formsection_department_identification_e9cf45f =
        f_formsection_department_identification_e9cf45f;
    out.formsection_health_assessment_29sep_d35aedb = f_formsection_health_assessment_29sep_d35aedb;
    out.formsection_cp_act_be_2546_report_699f528 = f_formsection_cp_act_be_2546_report_699f528;
    out.formsection_medical_costs_and_service_fees_847e08f =
        f_formsection_medical_costs_and_service_fees_847e08f;
    out.new_expense = f_new_expense;
    out.closure_form = f_closure_form;
    ::std::result::Result::Ok(())
}
/// Fields 19 to 19 of `Output`.
fn fields_output_8<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_new_formal_complaint_2 = ::mapwright_rt::finish(
        match input.new_formal_complaint_2.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for item in items.iter() {
                    let e0 = item.get();
                    let keep = true;
                    if keep {
                        out.push({
                            let f_report_date_and_time_1 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.report_date_and_time_1.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_case_number_code_1 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.case_number_code_1.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_police_station_name_1 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.police_station_name_1.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_police_focal_point = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.police_focal_point.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputNewFormalComplaint2 {
                                report_date_and_time_1: f_report_date_and_time_1,
                                case_number_code_1: f_case_number_code_1,
                                police_station_name_1: f_police_station_name_1,
                                police_focal_point: f_police_focal_point,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.new_formal_complaint_2 = f_new_formal_complaint_2;
    ::std::result::Result::Ok(())
}
/// Fields 20 to 20 of `Output`.
fn fields_output_9<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_services_section = ::mapwright_rt::finish(
        match input.services_section.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "services_section",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_unique_id = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.unique_id.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_location = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.service_location.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_referral_notes = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.service_referral_notes.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_response_day_time = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.service_response_day_time.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_follow_up_comments_ba1ccd1 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.follow_up_comments_ba1ccd1.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_follow_up_date_71b7f60 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.follow_up_date_71b7f60.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_implementing_agency = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.service_implementing_agency.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_implemented_day_time = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.service_implemented_day_time.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_appointment_date_and_time_ece9c5a = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.appointment_date_and_time_ece9c5a.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_external_referral = ::mapwright_rt::finish(
                                e0.and_then(|v| v.service_external_referral.get()).copied(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_implementing_agency_external = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.service_implementing_agency_external.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_provider = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.service_provider.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_type = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.service_type.get()) {
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
                                                "service_type",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("service_type", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_referral = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.service_referral.get()) {
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
                                                "service_referred",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("service_referral", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_response_type = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.service_response_type.get()) {
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
                                                "service_response_type",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("service_response_type", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_response_timeframe = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.service_response_timeframe.get()) {
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
                                                "service_response_timeframe",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail(
                                                            "service_response_timeframe",
                                                            kind,
                                                        ),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_service_delivery_location = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.service_delivery_location.get()) {
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
                                                "locations",
                                                "th",
                                                ::mapwright_rt::UnknownCode::KeepCode,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail(
                                                            "service_delivery_location",
                                                            kind,
                                                        ),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputServicesSection {
                                unique_id: f_unique_id,
                                service_location: f_service_location,
                                service_referral_notes: f_service_referral_notes,
                                service_response_day_time: f_service_response_day_time,
                                follow_up_comments_ba1ccd1: f_follow_up_comments_ba1ccd1,
                                follow_up_date_71b7f60: f_follow_up_date_71b7f60,
                                service_implementing_agency: f_service_implementing_agency,
                                service_implemented_day_time: f_service_implemented_day_time,
                                appointment_date_and_time_ece9c5a:
                                    f_appointment_date_and_time_ece9c5a,
                                service_external_referral: f_service_external_referral,
                                service_implementing_agency_external:
                                    f_service_implementing_agency_external,
                                service_provider: f_service_provider,
                                service_type: f_service_type,
                                service_referral: f_service_referral,
                                service_response_type: f_service_response_type,
                                service_response_timeframe: f_service_response_timeframe,
                                service_delivery_location: f_service_delivery_location,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.services_section = f_services_section;
    ::std::result::Result::Ok(())
}
/// Fields 21 to 21 of `Output`.
fn fields_output_10<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_services_needed = ::mapwright_rt::finish(
        match input.services_needed.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "services_needed",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_sex_check_and_evaluation = ::mapwright_rt::finish(
                                e0.and_then(|v| v.sex_check_and_evaluation.as_ref()),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_please_specify_13 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.please_specify_13.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_test_text_service_needed = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.test_text_service_needed.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_if_other_please_specify_12 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.if_other_please_specify_12.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_laboratory_test_results = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.laboratory_test_results.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_other_support_needed = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.other_support_needed.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_full_name_3 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.full_name_3.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_date_service_needed_by = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.date_service_needed_by.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_physical = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.physical.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "th_physical_evaluation_8bc13ec",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("physical", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_mental = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.mental.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "th_mental_evaluation_2f807e8",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("mental", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_social = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.social.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "th_social_evaluation_ee73221",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("social", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_physical_1 = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.physical_1.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "th_physical_treatment_fd178f9",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("physical_1", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_mental_1 = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.mental_1.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "th_mental_treatment_4d7ee2b",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("mental_1", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_reproductive_health = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.reproductive_health.get()) {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "th_reproductive_health_treatment_2eeea9f",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("reproductive_health", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputServicesNeeded {
                                sex_check_and_evaluation: f_sex_check_and_evaluation,
                                please_specify_13: f_please_specify_13,
                                test_text_service_needed: f_test_text_service_needed,
                                if_other_please_specify_12: f_if_other_please_specify_12,
                                laboratory_test_results: f_laboratory_test_results,
                                other_support_needed: f_other_support_needed,
                                full_name_3: f_full_name_3,
                                date_service_needed_by: f_date_service_needed_by,
                                physical: f_physical,
                                mental: f_mental,
                                social: f_social,
                                physical_1: f_physical_1,
                                mental_1: f_mental_1,
                                reproductive_health: f_reproductive_health,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.services_needed = f_services_needed;
    ::std::result::Result::Ok(())
}
/// Fields 22 to 27 of `Output`.
fn fields_output_11<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_witnesses_6c0a33c = ::mapwright_rt::finish(
        match input.witnesses_6c0a33c.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "witnesses__6c0a33c",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_full_name_1dde243 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.full_name_1dde243.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_testimony_cec1e35 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.testimony_cec1e35.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relation_to_the_child_37c30dc = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relation_to_the_child_37c30dc.get()) {
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
                                                "th_relation_to_the_patient_4db700d",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(loc1.fail(
                                                        "relation_to_the_child_37c30dc",
                                                        kind,
                                                    ));
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputWitnesses6c0a33c {
                                full_name_1dde243: f_full_name_1dde243,
                                testimony_cec1e35: f_testimony_cec1e35,
                                relation_to_the_child_37c30dc: f_relation_to_the_child_37c30dc,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_new_pregnancy = ::mapwright_rt::finish(
        match input.new_pregnancy.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "new_pregnancy",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let mut out = OutputNewPregnancy::default();
                            fields_output_new_pregnancy_0(input, ctx, loc1, e0, &mut out)?;
                            fields_output_new_pregnancy_1(input, ctx, loc1, e0, &mut out)?;
                            out
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_formsection_unexpected_pregnancy_9a51ea8 = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let f_first_pregnancy_at_age = ::mapwright_rt::finish(
                input.first_pregnancy_at_age.get().cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_number_of_live_births_to_date = ::mapwright_rt::finish(
                input.number_of_live_births_to_date.get().cloned(),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            let f_history_of_abortion_if_any = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.history_of_abortion_if_any.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            OutputFormsectionUnexpectedPregnancy9a51ea8 {
                first_pregnancy_at_age: f_first_pregnancy_at_age,
                number_of_live_births_to_date: f_number_of_live_births_to_date,
                history_of_abortion_if_any: f_history_of_abortion_if_any,
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_physical_check_2 = ::mapwright_rt::finish(
        match input.physical_check_2.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "physical_check_2",
                        index,
                    };
                    let keep = ::mapwright_rt::stdlib::ops::compare(
                        ::mapwright_rt::BinOp::Ne,
                        ::mapwright_rt::code(
                            e0.and_then(|v| v.source_of_information_44cac9a.get()),
                        )
                        .as_deref(),
                        ::std::option::Option::Some("his"),
                    );
                    if keep {
                        out.push({
                            let mut out = OutputPhysicalCheck2::default();
                            fields_output_physical_check_2_0(input, ctx, loc1, e0, &mut out)?;
                            fields_output_physical_check_2_1(input, ctx, loc1, e0, &mut out)?;
                            out
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_preliminary_observations_2 = ::mapwright_rt::finish(
        match input.preliminary_observations_2.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "preliminary_observations_2",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_initial_observations_4 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.initial_observations_4.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_immediate_actions_needed_1 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.immediate_actions_needed_1.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_home_visit_required_2 = ::mapwright_rt::finish(
                                e0.and_then(|v| v.home_visit_required_2.as_ref()),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_full_name_6 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.full_name_6.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_date_7 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.date_7.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_social_problems_identified_1 = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.social_problems_identified_1.get())
                                {
                                    ::std::option::Option::None => ::std::option::Option::None,
                                    ::std::option::Option::Some(items) => {
                                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                                        for (index, item) in items.iter().enumerate() {
                                            match item.get() {
                                                ::std::option::Option::None => {
                                                    out.push(::std::option::Option::None)
                                                }
                                                ::std::option::Option::Some(
                                                    v,
                                                ) if ::mapwright_rt::stdlib::translate::is_unanswered(
                                                    ::mapwright_rt::Code::code(v),
                                                ) => {}
                                                ::std::option::Option::Some(v) => {
                                                    out.push(
                                                        ::std::option::Option::Some(
                                                            match ::mapwright_rt::translated(
                                                                ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                                                v.label(super::options::LANG_TH),
                                                                "th_social_problems_list_a500731",
                                                                "th",
                                                                ::mapwright_rt::UnknownCode::Error,
                                                                ::mapwright_rt::MissingLabel::Error,
                                                                ctx,
                                                            ) {
                                                                ::std::result::Result::Ok(t) => t,
                                                                ::std::result::Result::Err(kind) => {
                                                                    return ::std::result::Result::Err(
                                                                        loc1.fail_at("social_problems_identified_1", index, kind),
                                                                    );
                                                                }
                                                            },
                                                        ),
                                                    )
                                                }
                                            }
                                        }
                                        ::std::option::Option::Some(out)
                                    }
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputPreliminaryObservations2 {
                                initial_observations_4: f_initial_observations_4,
                                immediate_actions_needed_1: f_immediate_actions_needed_1,
                                home_visit_required_2: f_home_visit_required_2,
                                full_name_6: f_full_name_6,
                                date_7: f_date_7,
                                social_problems_identified_1: f_social_problems_identified_1,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_formsection_incident_details_fe05aa4 = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let f_date_of_incident_creation_e497d33 = ::mapwright_rt::finish(
                ::mapwright_rt::text(input.date_of_incident_creation_e497d33.get()),
                ::mapwright_rt::Policy {
                    missing: ::mapwright_rt::As::Null,
                    empty_string: ::mapwright_rt::As::EmptyString,
                    empty_list: ::mapwright_rt::As::EmptyString,
                },
                ::std::option::Option::None,
            );
            OutputFormsectionIncidentDetailsFe05aa4 {
                date_of_incident_creation_e497d33: f_date_of_incident_creation_e497d33,
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.witnesses_6c0a33c = f_witnesses_6c0a33c;
    out.new_pregnancy = f_new_pregnancy;
    out.formsection_unexpected_pregnancy_9a51ea8 = f_formsection_unexpected_pregnancy_9a51ea8;
    out.physical_check_2 = f_physical_check_2;
    out.preliminary_observations_2 = f_preliminary_observations_2;
    out.formsection_incident_details_fe05aa4 = f_formsection_incident_details_fe05aa4;
    ::std::result::Result::Ok(())
}
/// Fields 28 to 30 of `Output`.
fn fields_output_12<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_formsection_incident_details_fe05aa3 = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "formsection-incident-details-fe05aa3",
            };
            {
                let mut out = OutputFormsectionIncidentDetailsFe05aa3::default();
                fields_output_formsection_incident_details_fe05aa3_0(input, ctx, loc_o, &mut out)?;
                fields_output_formsection_incident_details_fe05aa3_1(input, ctx, loc_o, &mut out)?;
                fields_output_formsection_incident_details_fe05aa3_2(input, ctx, loc_o, &mut out)?;
                out
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_other_perpetrator_details_f80fc4e = ::mapwright_rt::finish(
        match input.other_perpetrator_details_f80fc4e.get() {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let e0 = item.get();
                    let loc1 = &::mapwright_rt::Loc::Elem {
                        parent: loc,
                        name: "other_perpetrator_details_f80fc4e",
                        index,
                    };
                    let keep = true;
                    if keep {
                        out.push({
                            let f_name_f5a1eac = ::mapwright_rt::finish(
                                ::mapwright_rt::text(e0.and_then(|v| v.name_f5a1eac.get())),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_national_id_number_a822f83 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.national_id_number_a822f83.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_type_of_other_id_document_64e3ffc = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.type_of_other_id_document_64e3ffc.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_number_of_other_id_document_cddbddb = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.number_of_other_id_document_cddbddb.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_age_6587e58 = ::mapwright_rt::finish(
                                e0.and_then(|v| v.age_6587e58.get()).cloned(),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_contact_details_b98ed09 = ::mapwright_rt::finish(
                                ::mapwright_rt::text(
                                    e0.and_then(|v| v.contact_details_b98ed09.get()),
                                ),
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_relationship_with_the_abused_365fcd1 = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.relationship_with_the_abused_365fcd1.get())
                                {
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
                                                "perpetrator_relationship",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(loc1.fail(
                                                        "relationship_with_the_abused_365fcd1",
                                                        kind,
                                                    ));
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_gender_2dea3c9 = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.gender_2dea3c9.get()) {
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
                                                "gender",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("gender_2dea3c9", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_social_status_7c0989a = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.social_status_7c0989a.get()) {
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
                                                "marital_status",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("social_status_7c0989a", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            let f_occupation_c4d6420 = ::mapwright_rt::finish(
                                match e0.and_then(|v| v.occupation_c4d6420.get()) {
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
                                                "th_occupation_e663285",
                                                "th",
                                                ::mapwright_rt::UnknownCode::Error,
                                                ::mapwright_rt::MissingLabel::Error,
                                                ctx,
                                            ) {
                                                ::std::result::Result::Ok(t) => t,
                                                ::std::result::Result::Err(kind) => {
                                                    return ::std::result::Result::Err(
                                                        loc1.fail("occupation_c4d6420", kind),
                                                    );
                                                }
                                            },
                                        )
                                    }
                                    _ => ::std::option::Option::None,
                                },
                                ::mapwright_rt::Policy {
                                    missing: ::mapwright_rt::As::Null,
                                    empty_string: ::mapwright_rt::As::EmptyString,
                                    empty_list: ::mapwright_rt::As::EmptyString,
                                },
                                ::std::option::Option::None,
                            );
                            OutputOtherPerpetratorDetailsF80fc4e {
                                name_f5a1eac: f_name_f5a1eac,
                                national_id_number_a822f83: f_national_id_number_a822f83,
                                type_of_other_id_document_64e3ffc:
                                    f_type_of_other_id_document_64e3ffc,
                                number_of_other_id_document_cddbddb:
                                    f_number_of_other_id_document_cddbddb,
                                age_6587e58: f_age_6587e58,
                                contact_details_b98ed09: f_contact_details_b98ed09,
                                relationship_with_the_abused_365fcd1:
                                    f_relationship_with_the_abused_365fcd1,
                                gender_2dea3c9: f_gender_2dea3c9,
                                social_status_7c0989a: f_social_status_7c0989a,
                                occupation_c4d6420: f_occupation_c4d6420,
                            }
                        });
                    }
                }
                ::std::option::Option::Some(out)
            }
        },
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    let f_formsection_perpetrator_details_998d1e0 = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "formsection-perpetrator-details-998d1e0",
            };
            {
                let mut out = OutputFormsectionPerpetratorDetails998d1e0::default();
                fields_output_formsection_perpetrator_details_998d1e0_0(
                    input, ctx, loc_o, &mut out,
                )?;
                fields_output_formsection_perpetrator_details_998d1e0_1(
                    input, ctx, loc_o, &mut out,
                )?;
                out
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.formsection_incident_details_fe05aa3 = f_formsection_incident_details_fe05aa3;
    out.other_perpetrator_details_f80fc4e = f_other_perpetrator_details_f80fc4e;
    out.formsection_perpetrator_details_998d1e0 = f_formsection_perpetrator_details_998d1e0;
    ::std::result::Result::Ok(())
}
/// Fields 31 to 31 of `Output`.
fn fields_output_13<'r>(
    input: &'r Input<'r>,
    ctx: &'r ::mapwright_rt::Context,
    loc: &::mapwright_rt::Loc<'_>,
    out: &mut Output<'r>,
) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
    let _ = (input, ctx, loc);
    let f_formsection_patient_education_and_career_6d53ca5 = ::mapwright_rt::finish(
        ::std::option::Option::Some({
            let loc_o = &::mapwright_rt::Loc::Field {
                parent: loc,
                name: "formsection-patient-education-and-career-6d53ca5",
            };
            {
                let f_email_address = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.email_address.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_if_other_please_specify_2 = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.if_other_please_specify_2.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_additional_details = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.additional_details.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_additional_details_1 = ::mapwright_rt::finish(
                    ::mapwright_rt::text(input.additional_details_1.get()),
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
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
                                    "th_occupation_e663285",
                                    "th",
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("occupation_1", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                let f_if_out_of_school_specify_reason = ::mapwright_rt::finish(
                    match input.if_out_of_school_specify_reason.get() {
                        ::std::option::Option::Some(v)
                            if !::mapwright_rt::stdlib::translate::is_unanswered(
                                ::mapwright_rt::Code::code(v),
                            ) =>
                        {
                            ::std::option::Option::Some(
                                match ::mapwright_rt::translated(
                                    ::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(v)),
                                    v.label(super::options::LANG_TH),
                                    "th_out_of_school_reasons_b5b103a",
                                    "th",
                                    ::mapwright_rt::UnknownCode::Error,
                                    ::mapwright_rt::MissingLabel::Error,
                                    ctx,
                                ) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => {
                                        return ::std::result::Result::Err(
                                            loc_o.fail("if_out_of_school__specify_reason", kind),
                                        );
                                    }
                                },
                            )
                        }
                        _ => ::std::option::Option::None,
                    },
                    ::mapwright_rt::Policy {
                        missing: ::mapwright_rt::As::Null,
                        empty_string: ::mapwright_rt::As::EmptyString,
                        empty_list: ::mapwright_rt::As::EmptyString,
                    },
                    ::std::option::Option::None,
                );
                OutputFormsectionPatientEducationAndCareer6d53ca5 {
                    email_address: f_email_address,
                    if_other_please_specify_2: f_if_other_please_specify_2,
                    additional_details: f_additional_details,
                    additional_details_1: f_additional_details_1,
                    occupation_1: f_occupation_1,
                    if_out_of_school_specify_reason: f_if_out_of_school_specify_reason,
                }
            }
        }),
        ::mapwright_rt::Policy {
            missing: ::mapwright_rt::As::Null,
            empty_string: ::mapwright_rt::As::EmptyString,
            empty_list: ::mapwright_rt::As::EmptyString,
        },
        ::std::option::Option::None,
    );
    out.formsection_patient_education_and_career_6d53ca5 =
        f_formsection_patient_education_and_career_6d53ca5;
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
    let keep = (((::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Eq,
        ::mapwright_rt::code(input.status.get()).as_deref(),
        ::std::option::Option::Some("closed"),
    ) && ::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ne,
        ::mapwright_rt::text(input.assessment_requested_on.get()).as_deref(),
        ::std::option::Option::<&str>::None,
    )) && ::mapwright_rt::stdlib::ops::compare(
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
            let a1 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed("%Y-%m-%d"));
            let a2 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed("Asia/Bangkok"));
            let p0 = a0.as_deref();
            let p1 = a1.as_deref();
            let p2 = a2.as_deref();
            ::mapwright_rt::stdlib::args::text(
                match ::mapwright_rt::stdlib::fns::format_date::call(p0, p1, p2) {
                    ::std::result::Result::Ok(v) => v,
                    ::std::result::Result::Err(kind) => {
                        return ::std::result::Result::Err(loc.fail("keep", kind));
                    }
                },
            )
        }
        .as_deref(),
    )) || ((::mapwright_rt::stdlib::ops::compare(
        ::mapwright_rt::BinOp::Ne,
        ::mapwright_rt::code(input.status.get()).as_deref(),
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
            let a1 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed("%Y-%m-%d"));
            let a2 = ::std::option::Option::Some(::std::borrow::Cow::Borrowed("Asia/Bangkok"));
            let p0 = a0.as_deref();
            let p1 = a1.as_deref();
            let p2 = a2.as_deref();
            ::mapwright_rt::stdlib::args::text(
                match ::mapwright_rt::stdlib::fns::format_date::call(p0, p1, p2) {
                    ::std::result::Result::Ok(v) => v,
                    ::std::result::Result::Err(kind) => {
                        return ::std::result::Result::Err(loc.fail("keep", kind));
                    }
                },
            )
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
        fields_output_4(input, ctx, loc, &mut out)?;
        fields_output_5(input, ctx, loc, &mut out)?;
        fields_output_6(input, ctx, loc, &mut out)?;
        fields_output_7(input, ctx, loc, &mut out)?;
        fields_output_8(input, ctx, loc, &mut out)?;
        fields_output_9(input, ctx, loc, &mut out)?;
        fields_output_10(input, ctx, loc, &mut out)?;
        fields_output_11(input, ctx, loc, &mut out)?;
        fields_output_12(input, ctx, loc, &mut out)?;
        fields_output_13(input, ctx, loc, &mut out)?;
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
        input.case_id_display.get(),
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
