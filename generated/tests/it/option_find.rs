//! Every option set's `find`, written by `cargo gen` as a `match` or kept as the binary search,
//! gives the row of each of its codes, and no row for a text that is not one of them; each
//! table's codes are in the order the binary search needs.

use mapwright_rt::OptionSet;

/// The codes of a set's table, in its order.
fn codes<S: OptionSet>() -> Vec<&'static str> {
    let table = S::table();
    (0..table.len())
        .map(|i| table.code(i).expect("every row has a code"))
        .collect()
}

/// Texts near the set's codes that are not codes: longer, shorter, one byte changed, empty.
fn near_misses<S: OptionSet>() -> Vec<String> {
    let mut out = vec![String::new(), "x".to_owned(), "ก".to_owned()];
    for code in codes::<S>() {
        out.push(format!("{code}_"));
        out.push(format!("_{code}"));
        let mut chars: Vec<char> = code.chars().collect();
        if let Some(last) = chars.pop() {
            out.push(chars.iter().collect());
            chars.push(if last == 'z' { 'y' } else { 'z' });
            out.push(chars.iter().collect());
        }
    }
    out
}

fn check<S: OptionSet>() -> usize {
    let codes = codes::<S>();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "{}: codes sorted, each once",
        std::any::type_name::<S>()
    );
    for (i, code) in codes.iter().enumerate() {
        assert_eq!(
            S::find(code),
            Some(i),
            "{}: {code:?}",
            std::any::type_name::<S>()
        );
    }
    for text in near_misses::<S>() {
        assert_eq!(S::find(&text), S::table().find(&text), "{text:?}");
    }
    codes.len()
}

macro_rules! check_all {
    ($($set:ty),* $(,)?) => { 0 $(+ check::<$set>())* }
}

#[test]
fn every_code_is_found_at_its_row_and_nothing_else_is() {
    let codes = check_all!(
        generated::bench::options::CountrySet,
        generated::bench::options::DisplacementStatusSet,
        generated::bench::options::EconomicIssuesSet,
        generated::bench::options::FamilyStatusSet,
        generated::bench::options::GenderSet,
        generated::bench::options::HumanTraffickingSet,
        generated::bench::options::InsuranceTypeSet,
        generated::bench::options::MaritalStatusSet,
        generated::bench::options::MentalAbuseSet,
        generated::bench::options::OccupationSet,
        generated::bench::options::PlhChildRelationshipSet,
        generated::bench::options::PlhFrequency7Set,
        generated::bench::options::ProtectionConcernsSet,
        generated::bench::options::RelationSet,
        generated::bench::options::RiskLevelSet,
        generated::bench::options::SchoolLevelSet,
        generated::bench::options::ServiceResponseTypeSet,
        generated::bench::options::ServicesAllSet,
        generated::bench::options::StatusOfTreatmentPlanSet,
        generated::bench::options::StimulantFactorsSet,
        generated::bench::options::TypeOfAbuseSet,
        generated::bench::options::TypeOfPlaceIncidentSet,
        generated::bench::options::WorkflowSet,
        generated::bench::options::WorkingSet,
        generated::bench::options::YesNoUnknownSet,
        generated::thailand::options::CaseStatusSet,
        generated::thailand::options::ClosureReasonSet,
        generated::thailand::options::ConferenceCaseStatusSet,
        generated::thailand::options::ConferenceCaseTransferReasonSet,
        generated::thailand::options::ConferenceReasonSet,
        generated::thailand::options::ConferenceTypeSet,
        generated::thailand::options::CountrySet,
        generated::thailand::options::CpViolenceTypeSet,
        generated::thailand::options::FamilyRelationshipSet,
        generated::thailand::options::FamilySameHh7fabd17Set,
        generated::thailand::options::FollowupTypeSet,
        generated::thailand::options::GenderSet,
        generated::thailand::options::LocationsSet,
        generated::thailand::options::MaritalStatusSet,
        generated::thailand::options::PatientDecisionAfterBeingProvidedWithAlternativeCounselingSet,
        generated::thailand::options::PerpetratorRelationshipSet,
        generated::thailand::options::ProtectionConcernsSet,
        generated::thailand::options::ReasonChildNotSeenSet,
        generated::thailand::options::RelationIsAliveSet,
        generated::thailand::options::RiskLevelSet,
        generated::thailand::options::ServicePlaceCode4bf53abSet,
        generated::thailand::options::ServiceReferredSet,
        generated::thailand::options::ServiceResponseTimeframeSet,
        generated::thailand::options::ServiceResponseTypeSet,
        generated::thailand::options::ServiceTypeSet,
        generated::thailand::options::SourceOfInformation226cd93Set,
        generated::thailand::options::ThAgeAssessmentMethod5559903Set,
        generated::thailand::options::ThEconomicIssuesBa1ddb3Set,
        generated::thailand::options::ThEnvironmentFactors67fe2c8Set,
        generated::thailand::options::ThExploitation187146aSet,
        generated::thailand::options::ThFactorsForPregnancyTermination862d2eaSet,
        generated::thailand::options::ThFamilyStatus77c0099Set,
        generated::thailand::options::ThFamilysocialeconomicIssuesPregnancyTerminationE8ebd62Set,
        generated::thailand::options::ThHumanTrafficking5320010Set,
        generated::thailand::options::ThIfNoPhysicalTouch8fd07c6Set,
        generated::thailand::options::ThMentalAbuse02cda7bSet,
        generated::thailand::options::ThMentalEvaluation2f807e8Set,
        generated::thailand::options::ThMentalIssuePregnancyTermination1aa129dSet,
        generated::thailand::options::ThMentalIssues54db66dSet,
        generated::thailand::options::ThMentalTreatment4d7ee2bSet,
        generated::thailand::options::ThNeglectB50da4cSet,
        generated::thailand::options::ThNormalOrAbnormal0523796Set,
        generated::thailand::options::ThOccupationE663285Set,
        generated::thailand::options::ThOutOfSchoolReasonsB5b103aSet,
        generated::thailand::options::ThPhysicalAttraction7f4544fSet,
        generated::thailand::options::ThPhysicalEvaluation8bc13ecSet,
        generated::thailand::options::ThPhysicalIssueBedfef8Set,
        generated::thailand::options::ThPhysicalIssuePregnancyTerminationF99dbb9Set,
        generated::thailand::options::ThPhysicalTreatmentFd178f9Set,
        generated::thailand::options::ThReasonForUnexpectedPregnancyD82edd3Set,
        generated::thailand::options::ThRelationFactors3ad18e0Set,
        generated::thailand::options::ThRelationToThePatient4db700dSet,
        generated::thailand::options::ThReproductiveHealthTreatment2eeea9fSet,
        generated::thailand::options::ThSexualAbuse824d9b2Set,
        generated::thailand::options::ThSexualIntercourseCaa5755Set,
        generated::thailand::options::ThSocialEvaluationEe73221Set,
        generated::thailand::options::ThSocialProblemsListA500731Set,
        generated::thailand::options::ThSpecifyContraceptionProblemE6b21b7Set,
        generated::thailand::options::ThSpecifyLegalOffensesB17ba77Set,
        generated::thailand::options::ThStatusOfTreatmentPlan5d53730Set,
        generated::thailand::options::ThStimulantFactorsBa86c95Set,
        generated::thailand::options::ThSupportForPregnancy9387f1cSet,
        generated::thailand::options::ThSupportNeededToTerminatePregnancyB0fe7faSet,
        generated::thailand::options::ThTypeOfPlaceIncidentB37fe11Set,
        generated::thailand::options::ThTypesOfPhysicalAbuse413db3fSet,
        generated::thailand::options::ThWorking3b273b5Set
    );
    assert!(
        codes > 500,
        "the bench and Thailand sets hold {codes} codes"
    );
}
