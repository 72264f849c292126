// @generated from mappings/bench/option-sets/ by `cargo gen`: do not edit.

//! The option sets of deployment `bench`: a sorted table of rows each (a code and its labels), read by binary search.
/// The languages of the labels, in the order of each row's labels.
pub const LANGS: [&str; 2] = ["en", "th"];
/// The index of `en` in [`LANGS`].
pub const LANG_EN: usize = 0;
/// The index of `th` in [`LANGS`].
pub const LANG_TH: usize = 1;
/// Option set `country` (from `lookup-country`): 30 codes, in [`COUNTRY`].
pub type Country = ::mapwright_rt::Coded<CountrySet>;
/// The table of [`Country`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum CountrySet {}
impl ::mapwright_rt::OptionSet for CountrySet {
    fn table() -> &'static ::mapwright_rt::Table {
        &COUNTRY
    }
    const CLEAN: bool = true;
}
/// Option set `displacement_status` (from `lookup-displacement-status`): 7 codes, in [`DISPLACEMENT_STATUS`].
pub type DisplacementStatus = ::mapwright_rt::Coded<DisplacementStatusSet>;
/// The table of [`DisplacementStatus`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum DisplacementStatusSet {}
impl ::mapwright_rt::OptionSet for DisplacementStatusSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &DISPLACEMENT_STATUS
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            3 => match code {
                "idp" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "refugee" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            8 => match code {
                "resident" => ::std::option::Option::Some(4),
                "returnee" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            13 => match code {
                "asylum_seeker" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            16 => match code {
                "foreign_national" => ::std::option::Option::Some(1),
                "stateless_person" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `economic_issues` (from `lookup-th-economic-issues-ba1ddb3`): 5 codes, in [`ECONOMIC_ISSUES`].
pub type EconomicIssues = ::mapwright_rt::Coded<EconomicIssuesSet>;
/// The table of [`EconomicIssues`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum EconomicIssuesSet {}
impl ::mapwright_rt::OptionSet for EconomicIssuesSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &ECONOMIC_ISSUES
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            4 => match code {
                "poor" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "jobless" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            8 => match code {
                "indebted" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            17 => match code {
                "none_of_the_above" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            25 => match code {
                "gambling_drugs_addiction_" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `family_status` (from `lookup-th-family-status-77c0099`): 7 codes, in [`FAMILY_STATUS`].
pub type FamilyStatus = ::mapwright_rt::Coded<FamilyStatusSet>;
/// The table of [`FamilyStatus`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum FamilyStatusSet {}
impl ::mapwright_rt::OptionSet for FamilyStatusSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &FAMILY_STATUS
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            5 => match code {
                "other" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            30 => match code {
                "mother_and_father_are_divorced" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            36 => match code {
                "mother_and_or_father_are_passed_away" => ::std::option::Option::Some(3),
                "mother_and_or_father_have_new_family" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            37 => match code {
                "mother_and_father_are_living_together" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            40 => match code {
                "mother_and_father_are_living_separately_" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            46 => match code {
                "mother_and_or_father_is_working_away_from_home" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `gender` (from `lookup-gender`): 3 codes, in [`GENDER`].
pub type Gender = ::mapwright_rt::Coded<GenderSet>;
/// The table of [`Gender`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum GenderSet {}
impl ::mapwright_rt::OptionSet for GenderSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &GENDER
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            4 => match code {
                "male" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            6 => match code {
                "female" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "alternative_gender" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `human_trafficking` (from `lookup-th-human-trafficking-5320010`): 8 codes, in [`HUMAN_TRAFFICKING`].
pub type HumanTrafficking = ::mapwright_rt::Coded<HumanTraffickingSet>;
/// The table of [`HumanTrafficking`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum HumanTraffickingSet {}
impl ::mapwright_rt::OptionSet for HumanTraffickingSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &HUMAN_TRAFFICKING
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            5 => match code {
                "other" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "begging" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            9 => match code {
                "extortion" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            11 => match code {
                "organ_trade" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            12 => match code {
                "prostitution" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            19 => match code {
                "slave_forced_labour" => ::std::option::Option::Some(7),
                _ => ::std::option::Option::None,
            },
            33 => match code {
                "seek_of_sex_benefit_in_other_form" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            41 => match code {
                "making_and_or_distribution_of_pornography" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `insurance_type` (from `lookup-th-insurance-type-9b480ff`): 7 codes, in [`INSURANCE_TYPE`].
pub type InsuranceType = ::mapwright_rt::Coded<InsuranceTypeSet>;
/// The table of [`InsuranceType`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum InsuranceTypeSet {}
impl ::mapwright_rt::OptionSet for InsuranceTypeSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &INSURANCE_TYPE
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            12 => match code {
                "no_insurance" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            15 => match code {
                "social_security" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            19 => match code {
                "government_official" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            22 => match code {
                "other__please_specify_" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            24 => match code {
                "migrant_worker_insurance" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            25 => match code {
                "private_health_insurance_" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            26 => match code {
                "universal_health_insurance" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `marital_status` (from `lookup-marital-status`): 8 codes, in [`MARITAL_STATUS`].
pub type MaritalStatus = ::mapwright_rt::Coded<MaritalStatusSet>;
/// The table of [`MaritalStatus`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum MaritalStatusSet {}
impl ::mapwright_rt::OptionSet for MaritalStatusSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &MARITAL_STATUS
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            6 => match code {
                "single" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "widowed" => ::std::option::Option::Some(7),
                _ => ::std::option::Option::None,
            },
            12 => match code {
                "monk_792c197" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            15 => match code {
                "unknown_270da62" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            17 => match code {
                "seperated_595fb0b" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "divorced_separated" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "married_cohabitating" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            23 => match code {
                "married__unregistered__" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `mental_abuse` (from `lookup-th-mental-abuse-02cda7b`): 6 codes, in [`MENTAL_ABUSE`].
pub type MentalAbuse = ::mapwright_rt::Coded<MentalAbuseSet>;
/// The table of [`MentalAbuse`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum MentalAbuseSet {}
impl ::mapwright_rt::OptionSet for MentalAbuseSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &MENTAL_ABUSE
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            5 => match code {
                "other" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "insults" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            12 => match code {
                "imprisonment" => ::std::option::Option::Some(0),
                "indifference" => ::std::option::Option::Some(1),
                "intimidation" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            32 => match code {
                "quarrel_when_children_are_around" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `occupation` (from `lookup-th-occupation-e663285`): 5 codes, in [`OCCUPATION`].
pub type Occupation = ::mapwright_rt::Coded<OccupationSet>;
/// The table of [`Occupation`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum OccupationSet {}
impl ::mapwright_rt::OptionSet for OccupationSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &OCCUPATION
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            7 => match code {
                "working" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            10 => match code {
                "pre_school" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            15 => match code {
                "finished_school" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "in_the_school_system" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            26 => match code {
                "out_of_school___unemployed" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `plh_child_relationship` (from `lookup-th-plh-child-relationship-b1b2bc0`): 10 codes, in [`PLH_CHILD_RELATIONSHIP`].
pub type PlhChildRelationship = ::mapwright_rt::Coded<PlhChildRelationshipSet>;
/// The table of [`PlhChildRelationship`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum PlhChildRelationshipSet {}
impl ::mapwright_rt::OptionSet for PlhChildRelationshipSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &PLH_CHILD_RELATIONSHIP
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            13 => match code {
                "other_165616b" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "cousin_b50320c" => ::std::option::Option::Some(0),
                "father_7d4a7d8" => ::std::option::Option::Some(1),
                "mother_d7c92a0" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "uncle_aunt_ce71116" => ::std::option::Option::Some(9),
                _ => ::std::option::Option::None,
            },
            21 => match code {
                "foster_parent_d7ba487" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            29 => match code {
                "stepfather_stepmother_a6d89ef" => ::std::option::Option::Some(8),
                _ => ::std::option::Option::None,
            },
            31 => match code {
                "grandfather_grandmother_316381d" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            43 => match code {
                "great_grandfather_great_grandmother_a011466" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            45 => match code {
                "sister_brother_stepsister_stepbrother_f932b74" => ::std::option::Option::Some(7),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `plh_frequency_7` (from `lookup-th-plh-frequency-7-options-7ff580e`): 7 codes, in [`PLH_FREQUENCY_7`].
pub type PlhFrequency7 = ::mapwright_rt::Coded<PlhFrequency7Set>;
/// The table of [`PlhFrequency7`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum PlhFrequency7Set {}
impl ::mapwright_rt::OptionSet for PlhFrequency7Set {
    fn table() -> &'static ::mapwright_rt::Table {
        &PLH_FREQUENCY_7
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            13 => match code {
                "never_06e1b0e" => ::std::option::Option::Some(1),
                "often_c9d1aa7" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "always_08bfba1" => ::std::option::Option::Some(0),
                "rarely_1b2f16d" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            16 => match code {
                "sometime_e587428" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "very_often_00602e0" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            19 => match code {
                "very_rarely_0226291" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `protection_concerns` (from `lookup-protection-concerns`): 25 codes, in [`PROTECTION_CONCERNS`].
pub type ProtectionConcerns = ::mapwright_rt::Coded<ProtectionConcernsSet>;
/// The table of [`ProtectionConcerns`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum ProtectionConcernsSet {}
impl ::mapwright_rt::OptionSet for ProtectionConcernsSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &PROTECTION_CONCERNS
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            5 => match code {
                "other" => ::std::option::Option::Some(14),
                _ => ::std::option::Option::None,
            },
            6 => match code {
                "caafag" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "migrant" => ::std::option::Option::Some(13),
                "refugee" => ::std::option::Option::Some(17),
                _ => ::std::option::Option::None,
            },
            8 => match code {
                "disabled" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            12 => match code {
                "child_mother" => ::std::option::Option::Some(5),
                "gbv_survivor" => ::std::option::Option::Some(8),
                "street_child" => ::std::option::Option::Some(21),
                _ => ::std::option::Option::None,
            },
            13 => match code {
                "statelessness" => ::std::option::Option::Some(20),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "child_marriage" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            15 => match code {
                "gambling_issues" => ::std::option::Option::Some(7),
                _ => ::std::option::Option::None,
            },
            17 => match code {
                "arrested_detained" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "sexually_exploited" => ::std::option::Option::Some(19),
                _ => ::std::option::Option::None,
            },
            19 => match code {
                "mentally_distressed" => ::std::option::Option::Some(12),
                "trafficked_smuggled" => ::std::option::Option::Some(22),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "serious_health_issue" => ::std::option::Option::Some(18),
                _ => ::std::option::Option::None,
            },
            22 => match code {
                "child_headed_household" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            24 => match code {
                "pregnancy___child_parent" => ::std::option::Option::Some(16),
                _ => ::std::option::Option::None,
            },
            26 => match code {
                "worst_forms_of_child_labor" => ::std::option::Option::Some(24),
                _ => ::std::option::Option::None,
            },
            29 => match code {
                "living_with_vulnerable_person" => ::std::option::Option::Some(11),
                "physically_or_mentally_abused" => ::std::option::Option::Some(15),
                _ => ::std::option::Option::None,
            },
            42 => match code {
                "lack_of_documentation___birth_registration" => ::std::option::Option::Some(10),
                _ => ::std::option::Option::None,
            },
            45 => match code {
                "belongs_to_marginalized___discriminated_group" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            70 => match code {
                "highly_vulnerable_care_arrangement__e_g___caregiver_s_substance_abuse_" => {
                    ::std::option::Option::Some(9)
                }
                _ => ::std::option::Option::None,
            },
            72 => match code {
                "victim_of_harmful_traditions_practices__e_g___female_genital_mutilation_" => {
                    ::std::option::Option::Some(23)
                }
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `relation` (from `lookup-th-relation-to-the-patient-4db700d`): 22 codes, in [`RELATION`].
pub type Relation = ::mapwright_rt::Coded<RelationSet>;
/// The table of [`Relation`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum RelationSet {}
impl ::mapwright_rt::OptionSet for RelationSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &RELATION
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            4 => match code {
                "aunt" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            5 => match code {
                "other" => ::std::option::Option::Some(14),
                "uncle" => ::std::option::Option::Some(21),
                _ => ::std::option::Option::None,
            },
            6 => match code {
                "father" => ::std::option::Option::Some(4),
                "mother" => ::std::option::Option::Some(11),
                "sister" => ::std::option::Option::Some(15),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "brother" => ::std::option::Option::Some(1),
                "teacher" => ::std::option::Option::Some(20),
                _ => ::std::option::Option::None,
            },
            8 => match code {
                "stranger" => ::std::option::Option::Some(19),
                _ => ::std::option::Option::None,
            },
            9 => match code {
                "neighbour" => ::std::option::Option::Some(13),
                _ => ::std::option::Option::None,
            },
            11 => match code {
                "grandfather" => ::std::option::Option::Some(7),
                "grandmother" => ::std::option::Option::Some(8),
                "step_father" => ::std::option::Option::Some(17),
                "step_mother" => ::std::option::Option::Some(18),
                _ => ::std::option::Option::None,
            },
            13 => match code {
                "father_in_law" => ::std::option::Option::Some(5),
                "mother_in_law" => ::std::option::Option::Some(12),
                _ => ::std::option::Option::None,
            },
            15 => match code {
                "girl_boy_friend" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            16 => match code {
                "caretaker_patron" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "husband_wife_partner" => ::std::option::Option::Some(9),
                _ => ::std::option::Option::None,
            },
            27 => match code {
                "colleague_employer_employee" => ::std::option::Option::Some(3),
                "monk_abbot_religious_leader" => ::std::option::Option::Some(10),
                _ => ::std::option::Option::None,
            },
            35 => match code {
                "son_daughter_or_son_daughter_in_law" => ::std::option::Option::Some(16),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `risk_level` (from `lookup-risk-level`): 3 codes, in [`RISK_LEVEL`].
pub type RiskLevel = ::mapwright_rt::Coded<RiskLevelSet>;
/// The table of [`RiskLevel`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum RiskLevelSet {}
impl ::mapwright_rt::OptionSet for RiskLevelSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &RISK_LEVEL
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            3 => match code {
                "low" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            4 => match code {
                "high" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            6 => match code {
                "medium" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `school_level` (from `lookup-th-school-level-db10033`): 11 codes, in [`SCHOOL_LEVEL`].
pub type SchoolLevel = ::mapwright_rt::Coded<SchoolLevelSet>;
/// The table of [`SchoolLevel`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum SchoolLevelSet {}
impl ::mapwright_rt::OptionSet for SchoolLevelSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &SCHOOL_LEVEL
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            5 => match code {
                "other" => ::std::option::Option::Some(9),
                _ => ::std::option::Option::None,
            },
            8 => match code {
                "bachelor" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            12 => match code {
                "kindergarten" => ::std::option::Option::Some(7),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "no_information" => ::std::option::Option::Some(8),
                "primary_school" => ::std::option::Option::Some(10),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "junior_high_school" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "higher_than_bachelor" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            21 => match code {
                "dropped_out_of_school" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            28 => match code {
                "career_training__technician_" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            34 => match code {
                "high_school___vocational_education" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            35 => match code {
                "diploma___high_vocational_education" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `service_response_type` (from `lookup-service-response-type`): 3 codes, in [`SERVICE_RESPONSE_TYPE`].
pub type ServiceResponseType = ::mapwright_rt::Coded<ServiceResponseTypeSet>;
/// The table of [`ServiceResponseType`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum ServiceResponseTypeSet {}
impl ::mapwright_rt::OptionSet for ServiceResponseTypeSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &SERVICE_RESPONSE_TYPE
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            17 => match code {
                "medical_treatment" => ::std::option::Option::Some(0),
                "service_provision" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "psychosocial_support" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `services_all` (from `lookup-th-services-all-ac059b6`): 28 codes, in [`SERVICES_ALL`].
pub type ServicesAll = ::mapwright_rt::Coded<ServicesAllSet>;
/// The table of [`ServicesAll`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum ServicesAllSet {}
impl ::mapwright_rt::OptionSet for ServicesAllSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &SERVICES_ALL
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            3 => match code {
                "cpt" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            5 => match code {
                "other" => ::std::option::Option::Some(14),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "iq_test" => ::std::option::Option::Some(11),
                _ => ::std::option::Option::None,
            },
            10 => match code {
                "counseling" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            13 => match code {
                "legal_support" => ::std::option::Option::Some(12),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "age_assessment" => ::std::option::Option::Some(0),
                "career_support" => ::std::option::Option::Some(1),
                "hiv_prevention" => ::std::option::Option::Some(9),
                "psychotherapy_" => ::std::option::Option::Some(22),
                _ => ::std::option::Option::None,
            },
            15 => match code {
                "family_therapy_" => ::std::option::Option::Some(7),
                "follow_up_visit" => ::std::option::Option::Some(8),
                "ptsd_evaluation" => ::std::option::Option::Some(23),
                _ => ::std::option::Option::None,
            },
            16 => match code {
                "injury_treatment" => ::std::option::Option::Some(10),
                _ => ::std::option::Option::None,
            },
            17 => match code {
                "family_counseling" => ::std::option::Option::Some(5),
                "family_evaluation" => ::std::option::Option::Some(6),
                "mental_evaluation" => ::std::option::Option::Some(13),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "psychological_test" => ::std::option::Option::Some(19),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "psychosocial_support" => ::std::option::Option::Some(21),
                _ => ::std::option::Option::None,
            },
            22 => match code {
                "psychosocial_education" => ::std::option::Option::Some(20),
                "social_welfare_support" => ::std::option::Option::Some(27),
                _ => ::std::option::Option::None,
            },
            23 => match code {
                "social_issue_evaluation" => ::std::option::Option::Some(26),
                _ => ::std::option::Option::None,
            },
            26 => match code {
                "refer_to_specialist_doctor" => ::std::option::Option::Some(25),
                _ => ::std::option::Option::None,
            },
            29 => match code {
                "psychiatric_medical_treatment" => ::std::option::Option::Some(18),
                _ => ::std::option::Option::None,
            },
            31 => match code {
                "other_sexual_disease_prevention" => ::std::option::Option::Some(15),
                _ => ::std::option::Option::None,
            },
            32 => match code {
                "pregnancy_prevention_by_medicine" => ::std::option::Option::Some(17),
                _ => ::std::option::Option::None,
            },
            36 => match code {
                "evaluation_of_injury_characteristics" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            38 => match code {
                "potential_risk_of_recurring_evaluation" => ::std::option::Option::Some(16),
                _ => ::std::option::Option::None,
            },
            41 => match code {
                "readiness_to_return_to_society_evaluation" => ::std::option::Option::Some(24),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `status_of_treatment_plan` (from `lookup-th-status-of-treatment-plan-5d53730`): 6 codes, in [`STATUS_OF_TREATMENT_PLAN`].
pub type StatusOfTreatmentPlan = ::mapwright_rt::Coded<StatusOfTreatmentPlanSet>;
/// The table of [`StatusOfTreatmentPlan`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum StatusOfTreatmentPlanSet {}
impl ::mapwright_rt::OptionSet for StatusOfTreatmentPlanSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &STATUS_OF_TREATMENT_PLAN
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            7 => match code {
                "refused" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            9 => match code {
                "completed" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            11 => match code {
                "in_progress" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            12 => match code {
                "patient_died" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            26 => match code {
                "referred_to_another_agency" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            30 => match code {
                "patient_cannot_follow_the_plan" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `stimulant_factors` (from `lookup-th-stimulant-factors-ba86c95`): 4 codes, in [`STIMULANT_FACTORS`].
pub type StimulantFactors = ::mapwright_rt::Coded<StimulantFactorsSet>;
/// The table of [`StimulantFactors`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum StimulantFactorsSet {}
impl ::mapwright_rt::OptionSet for StimulantFactorsSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &STIMULANT_FACTORS
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            7 => match code {
                "alcohol" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            11 => match code {
                "pornography" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            17 => match code {
                "none_of_the_above" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            24 => match code {
                "amphetamines___narcotics" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `type_of_abuse` (from `lookup-th-type-of-abuse-d1cae97`): 6 codes, in [`TYPE_OF_ABUSE`].
pub type TypeOfAbuse = ::mapwright_rt::Coded<TypeOfAbuseSet>;
/// The table of [`TypeOfAbuse`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum TypeOfAbuseSet {}
impl ::mapwright_rt::OptionSet for TypeOfAbuseSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &TYPE_OF_ABUSE
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            7 => match code {
                "neglect" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            12 => match code {
                "exploitation" => ::std::option::Option::Some(0),
                "mental_abuse" => ::std::option::Option::Some(1),
                "sexual_abuse" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "physical_abuse" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "unexpected_pregnancy" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `type_of_place_incident` (from `lookup-th-type-of-place-incident-b37fe11`): 15 codes, in [`TYPE_OF_PLACE_INCIDENT`].
pub type TypeOfPlaceIncident = ::mapwright_rt::Coded<TypeOfPlaceIncidentSet>;
/// The table of [`TypeOfPlaceIncident`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum TypeOfPlaceIncidentSet {}
impl ::mapwright_rt::OptionSet for TypeOfPlaceIncidentSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &TYPE_OF_PLACE_INCIDENT
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            4 => match code {
                "mall" => ::std::option::Option::Some(7),
                "park" => ::std::option::Option::Some(10),
                _ => ::std::option::Option::None,
            },
            5 => match code {
                "hotel" => ::std::option::Option::Some(6),
                "other" => ::std::option::Option::Some(9),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "stadium" => ::std::option::Option::Some(14),
                _ => ::std::option::Option::None,
            },
            9 => match code {
                "dormitory" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "road___highway" => ::std::option::Option::Some(12),
                _ => ::std::option::Option::None,
            },
            16 => match code {
                "school___nursery" => ::std::option::Option::Some(13),
                _ => ::std::option::Option::None,
            },
            18 => match code {
                "office___workplace" => ::std::option::Option::Some(8),
                _ => ::std::option::Option::None,
            },
            19 => match code {
                "home_of_the_patient" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            21 => match code {
                "field___farm___garden" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            24 => match code {
                "home_of_the_perpetrator_" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            29 => match code {
                "pub___bar___club___restaurant" => ::std::option::Option::Some(11),
                _ => ::std::option::Option::None,
            },
            30 => match code {
                "home_of_other__please_specify_" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            35 => match code {
                "forest___isolated___abandoned_house" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `workflow` (from `lookup-workflow`): 6 codes, in [`WORKFLOW`].
pub type Workflow = ::mapwright_rt::Coded<WorkflowSet>;
/// The table of [`Workflow`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum WorkflowSet {}
impl ::mapwright_rt::OptionSet for WorkflowSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &WORKFLOW
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            3 => match code {
                "new" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            6 => match code {
                "closed" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            8 => match code {
                "reopened" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            9 => match code {
                "case_plan" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            17 => match code {
                "service_provision" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            20 => match code {
                "services_implemented" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `working` (from `lookup-th-working-3b273b5`): 8 codes, in [`WORKING`].
pub type Working = ::mapwright_rt::Coded<WorkingSet>;
/// The table of [`Working`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum WorkingSet {}
impl ::mapwright_rt::OptionSet for WorkingSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &WORKING
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            5 => match code {
                "other" => ::std::option::Option::Some(6),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "jobless" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            8 => match code {
                "merchant" => ::std::option::Option::Some(3),
                _ => ::std::option::Option::None,
            },
            11 => match code {
                "agriculture" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            13 => match code {
                "house_keeping" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            14 => match code {
                "no_information" => ::std::option::Option::Some(4),
                _ => ::std::option::Option::None,
            },
            16 => match code {
                "private_business" => ::std::option::Option::Some(7),
                _ => ::std::option::Option::None,
            },
            27 => match code {
                "official___state_enterprise" => ::std::option::Option::Some(5),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `yes_no_unknown` (from `lookup-yes-no-unknown`): 3 codes, in [`YES_NO_UNKNOWN`].
pub type YesNoUnknown = ::mapwright_rt::Coded<YesNoUnknownSet>;
/// The table of [`YesNoUnknown`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum YesNoUnknownSet {}
impl ::mapwright_rt::OptionSet for YesNoUnknownSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &YES_NO_UNKNOWN
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            4 => match code {
                "true" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            5 => match code {
                "false" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "unknown" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `country`, sorted by code.
    static COUNTRY = 30 rows of 2 labels;
    "afghanistan" => [Some("Afghanistan"), Some("อัฟกัน")],
    "albania" => [Some("Albania"), Some("แอลเบเนีย")],
    "algeria" => [Some("Algeria"), Some("แอลจีเรีย")],
    "andorra" => [Some("Andorra"), Some("อันดอร์รา")],
    "angola" => [Some("Angola"), Some("แองโกลา")],
    "antigua_and_barbuda" => [Some("Antigua and Barbuda"), Some("แอนติกาและบาร์บูดา")],
    "argentina" => [Some("Argentina"), Some("อาร์เจนตินา")],
    "armenia" => [Some("Armenia"), Some("อาร์เมเนีย")],
    "australia" => [Some("Australia"), Some("ออสเตรเลีย")],
    "austria" => [Some("Austria"), Some("ออสเตรีย")],
    "azerbaijan" => [Some("Azerbaijan"), Some("อาเซอร์ไบจาน")],
    "bahamas" => [Some("Bahamas"), Some("บาฮามาส")],
    "bahrain" => [Some("Bahrain"), Some("บาห์เรน")],
    "bangladesh" => [Some("Bangladesh"), Some("บังกลาเทศ")],
    "barbados" => [Some("Barbados"), Some("บาร์เบโดส")],
    "belarus" => [Some("Belarus"), Some("เบลารุส")],
    "belgium" => [Some("Belgium"), Some("เบลเยียม")],
    "belize" => [Some("Belize"), Some("เบลีซ")],
    "benin" => [Some("Benin"), Some("เบนิน")],
    "bhutan" => [Some("Bhutan"), Some("ภูฏาน")],
    "bolivia" => [Some("Bolivia"), Some("โบลิเวีย")],
    "cambodia" => [Some("Cambodia"), Some("กัมพูชา")],
    "china" => [Some("China"), Some("จีน")],
    "india" => [Some("India"), Some("อินเดีย")],
    "japan" => [Some("Japan"), Some("ญี่ปุ่น")],
    "laos" => [Some("Laos"), Some("ลาว")],
    "malaysia" => [Some("Malaysia"), Some("มาเลเซีย")],
    "myanmar" => [Some("Myanmar"), Some("พม่า")],
    "thailand" => [Some("Thailand"), Some("ไทย")],
    "vietnam" => [Some("Vietnam"), Some("เวียดนาม")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `displacement_status`, sorted by code.
    static DISPLACEMENT_STATUS = 7 rows of 2 labels;
    "asylum_seeker" => [Some("Asylum Seeker"), Some("ผู้ขอลี้ภัย")],
    "foreign_national" => [Some("Foreign National"), Some("ชาวต่างชาติ")],
    "idp" => [Some("IDP"), Some("ผู้พลัดถิ่นภายในประเทศ")],
    "refugee" => [Some("Refugee"), Some("ผู้ลี้ภัย")],
    "resident" => [Some("Resident"), Some("ผู้อาศัย")],
    "returnee" => [Some("Returnee"), Some("ผู้กลับคืนสู่ถิ่นกำเนิด")],
    "stateless_person" => [Some("Stateless Person"), Some("บุคคลไร้รัฐ")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `economic_issues`, sorted by code.
    static ECONOMIC_ISSUES = 5 rows of 2 labels;
    "gambling_drugs_addiction_" => [Some("Gambling/drugs addiction "), Some("การพนัน / ติดยาเสพติด")],
    "indebted" => [Some("Indebted"), Some("มีหนี้สิน")],
    "jobless" => [Some("Jobless"), Some("ว่างงาน")],
    "none_of_the_above" => [Some("None of the above"), Some("ไม่ใช่ตัวเลือกใดเลยจากตัวเลือกทั้งหมด")],
    "poor" => [Some("Poor"), Some("ยากจน")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `family_status`, sorted by code.
    static FAMILY_STATUS = 7 rows of 2 labels;
    "mother_and_father_are_divorced" => [Some("Mother and father are divorced"), Some("บิดามารดาหย่าร้าง")],
    "mother_and_father_are_living_separately_" => [Some("Mother and father are living separately "), Some("บิดามารดาแยกกันอยู่")],
    "mother_and_father_are_living_together" => [Some("Mother and father are living together"), Some("บิดามารดาอยู่ด้วยกัน")],
    "mother_and_or_father_are_passed_away" => [Some("Mother and/or father are passed away"), Some("บิดา และ/ หรือ มารดาเสียชีวิต")],
    "mother_and_or_father_have_new_family" => [Some("Mother and/or father have new family"), Some("บิดา และ/หรือ มารดามีครอบครัวใหม่")],
    "mother_and_or_father_is_working_away_from_home" => [Some("Mother and/or father is working away from home"), Some("บิดา และ/หรือ มารดาทำงานต่างพื้นที่")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `gender`, sorted by code.
    static GENDER = 3 rows of 2 labels;
    "alternative_gender" => [Some("Alternative gender"), Some("เพศทางเลือก")],
    "female" => [Some("Female"), Some("ผู้หญิง")],
    "male" => [Some("Male"), Some("ผู้ชาย")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `human_trafficking`, sorted by code.
    static HUMAN_TRAFFICKING = 8 rows of 2 labels;
    "begging" => [Some("Begging"), Some("การนำคนมาขอทาน")],
    "extortion" => [Some("Extortion"), Some("การขูดรีดบุคคลไม่ว่าบุคคลนั้นจะยินยอมหรือไม่ก็ตาม")],
    "making_and_or_distribution_of_pornography" => [Some("Making and/or distribution of pornography"), Some("การผลิตหรือเผยแพร่วัตถุหรือสื่อลามก")],
    "organ_trade" => [Some("Organ trade"), Some("การบังคับตัดอวัยวะเพื่อการค้า")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
    "prostitution" => [Some("Prostitution"), Some("การค้าประเวณี")],
    "seek_of_sex_benefit_in_other_form" => [Some("Seek of sex benefit in other form"), Some("การแสวงหาประโยชน์ทางเพศในรูปแบบอื่น")],
    "slave_forced_labour" => [Some("Slave/forced labour"), Some("บังคับใช้แรงงาน/ เอาคนมาเป็นทาส")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `insurance_type`, sorted by code.
    static INSURANCE_TYPE = 7 rows of 2 labels;
    "government_official" => [Some("Government official"), Some("ข้าราชการ")],
    "migrant_worker_insurance" => [Some("Migrant worker insurance"), Some("ประกันสำหรับแรงงานต่างชาติ")],
    "no_insurance" => [Some("No insurance"), Some("ไม่มีสิทธิการรักษาพยาบาล")],
    "other__please_specify_" => [Some("Other (please specify)"), Some("อื่น ๆ ระบุ.....")],
    "private_health_insurance_" => [Some("Private health insurance "), Some("ประกันสุขภาพเอกชน")],
    "social_security" => [Some("Social security"), Some("ประกันสังคม")],
    "universal_health_insurance" => [Some("Universal health insurance"), Some("ประกันสุขภาพถ้วนหน้า")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `marital_status`, sorted by code.
    static MARITAL_STATUS = 8 rows of 2 labels;
    "divorced_separated" => [Some("Divorced"), Some("หย่า")],
    "married__unregistered__" => [Some("Married (unregistered) "), Some("สมรส (ไม่จดทะเบียน)")],
    "married_cohabitating" => [Some("Married "), Some("คู่")],
    "monk_792c197" => [Some("Monk"), Some("สมณะ")],
    "seperated_595fb0b" => [Some("Seperated"), Some("แยก")],
    "single" => [Some("Single"), Some("โสด")],
    "unknown_270da62" => [Some("Unknown"), Some("ไม่ทราบ")],
    "widowed" => [Some("Widowed"), Some("หม้าย")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `mental_abuse`, sorted by code.
    static MENTAL_ABUSE = 6 rows of 2 labels;
    "imprisonment" => [Some("Imprisonment"), Some("กักขังหน่วงเหนี่ยว/จำกัดอิสรภาพ")],
    "indifference" => [Some("Indifference"), Some("การเฉยเมย ไม่สนใจ")],
    "insults" => [Some("Insults"), Some("ปฏิเสธ ดูถูกเหยียดหยาม ทำให้ไม่มีคุณค่า")],
    "intimidation" => [Some("Intimidation"), Some("ข่มขู่ทำให้หวาดกลัวทะเลาะ")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
    "quarrel_when_children_are_around" => [Some("Quarrel when children are around"), Some("ทะเลาะ/ทำร้ายร่างกายกันต่อหน้าเด็ก")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `occupation`, sorted by code.
    static OCCUPATION = 5 rows of 2 labels;
    "finished_school" => [Some("Finished school"), Some("สำเร็จการศึกษา")],
    "in_the_school_system" => [Some("In the school system"), Some("กำลังศึกษา")],
    "out_of_school___unemployed" => [Some("Out of school / Unemployed"), Some("ออกจากโรงเรียน / ว่างงาน")],
    "pre_school" => [Some("Pre-school"), Some("ก่อนวัยเรียน")],
    "working" => [Some("Working"), Some("ทำงาน")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `plh_child_relationship`, sorted by code.
    static PLH_CHILD_RELATIONSHIP = 10 rows of 2 labels;
    "cousin_b50320c" => [Some("Cousin"), Some("ญาติ")],
    "father_7d4a7d8" => [Some("Father"), Some("พ่อ")],
    "foster_parent_d7ba487" => [Some("Foster Parent"), Some("พ่อแม่อุปถัมภ์")],
    "grandfather_grandmother_316381d" => [Some("Grandfather/Grandmother"), Some("ปู่ ตา/ย่า ยาย")],
    "great_grandfather_great_grandmother_a011466" => [Some("Great Grandfather/Great Grandmother"), Some("ทวด")],
    "mother_d7c92a0" => [Some("Mother"), Some("แม่")],
    "other_165616b" => [Some("Other"), Some("อื่นๆ")],
    "sister_brother_stepsister_stepbrother_f932b74" => [Some("Sister/Brother/Stepsister/Stepbrother"), Some("พี่หรือน้อง/พี่บุญธรรมหรือน้องบุญธรรม")],
    "stepfather_stepmother_a6d89ef" => [Some("Stepfather/Stepmother"), Some("แม่เลี้ยง/พ่อเลี้ยง")],
    "uncle_aunt_ce71116" => [Some("Uncle/Aunt"), Some("ลุง/ป้า/น้า/อา")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `plh_frequency_7`, sorted by code.
    static PLH_FREQUENCY_7 = 7 rows of 2 labels;
    "always_08bfba1" => [Some("Always"), Some("ตลอดเวลา")],
    "never_06e1b0e" => [Some("Never"), Some("ไม่เคยมาก")],
    "often_c9d1aa7" => [Some("Often"), Some("บ่อยครั้ง")],
    "rarely_1b2f16d" => [Some("Rarely"), Some("นานๆ ครั้ง")],
    "sometime_e587428" => [Some("Sometime"), Some("บางครั้ง")],
    "very_often_00602e0" => [Some("Very Often"), Some("บ่อยมาก")],
    "very_rarely_0226291" => [Some("Very Rarely"), Some("น้อยครั้ง")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `protection_concerns`, sorted by code.
    static PROTECTION_CONCERNS = 25 rows of 2 labels;
    "arrested_detained" => [Some("Emotional or psychological abuse / violence"), Some("การล่วงละเมิด/ใช้ความรุนแรง ทางอารมณ์หรือจิตใจ")],
    "belongs_to_marginalized___discriminated_group" => [Some("Belongs to marginalized / discriminated group"), Some("เป็นกลุ่มชายขอบ / ถูกเลือกปฏิบัติ")],
    "caafag" => [Some("Slavery / sale / abduction / trafficking / forced labour"), Some("เป็นทาส / ขาย / ลักพาตัว / ค้ามนุษย์ / บังคับใช้แรงงาน")],
    "child_headed_household" => [Some("Psychosocial distress"), Some("จิตใจมีความเศร้าหมอง")],
    "child_marriage" => [Some("Child marriage"), Some("สมรสในวัยเด็ก")],
    "child_mother" => [Some("Deprived of liberty / in detention"), Some("ถูกจับกุมตัว / จำกัดเสรีภาพ")],
    "disabled" => [Some("Child labour"), Some("ใช้แรงงานเด็ก")],
    "gambling_issues" => [Some("Gambling issues"), Some("ปัญหาการพนัน")],
    "gbv_survivor" => [Some("Sexual abuse / violence"), Some("การล่วงละเมิด/ใช้ความรุนแรงทางเพศ")],
    "highly_vulnerable_care_arrangement__e_g___caregiver_s_substance_abuse_" => [Some("Highly vulnerable care arrangement (e.g.: caregiver’s substance abuse)"), Some("สภาพการดูแลเด็กมีความเปราะบางสูง (เช่น ผู้ดูแลติดสารเสพติด)")],
    "lack_of_documentation___birth_registration" => [Some("Lack of documentation / birth registration"), Some("ไม่มีเอกสาร / ทะเบียนเกิด")],
    "living_with_vulnerable_person" => [Some("Serious medical condition"), Some("มีการบาดเจ็บร้ายแรง")],
    "mentally_distressed" => [Some("Mental disorder"), Some("ความผิดปกติทางจิต")],
    "migrant" => [Some("Neglect"), Some("การละเลยทอดทิ้ง")],
    "other" => [Some("Substance abuse and addiction"), Some("การใช้สารเสพติดและการเสพติด")],
    "physically_or_mentally_abused" => [Some("Associated with Armed groups / Criminal gangs"), Some("เกี่ยวข้องกับกลุ่มติดอาวุธ / แก๊งอาชญากร")],
    "pregnancy___child_parent" => [Some("Pregnancy / child parent"), Some("ตั้งครรภ์หรือมีลูกตั้งแต่เด็ก")],
    "refugee" => [Some("Sexual exploitation"), Some("การแสวงหาประโยชน์ทางเพศ")],
    "serious_health_issue" => [Some("Hazardous work"), Some("ทำงานเสี่ยงอันตราย")],
    "sexually_exploited" => [Some("Physical abuse / violence"), Some("การล่วงละเมิด/ใช้ความรุนแรงทางกาย")],
    "statelessness" => [Some("Unaccompanied / Abandonment"), Some("ไม่มีผู้ดูแล / ถูกทิ้ง")],
    "street_child" => [Some("In conflict with the law"), Some("ทำผิดกฎหมาย")],
    "trafficked_smuggled" => [Some("Separated from caregiver"), Some("ถูกแยกจากผู้ดูแล")],
    "victim_of_harmful_traditions_practices__e_g___female_genital_mutilation_" => [Some("Victim of harmful traditions/practices (e.g.: female genital mutilation)"), Some("เป็นเหยื่อของแนวปฏิบัติตามประเพณีที่เป็นอันตราย (เช่น การขลิบอวัยวะเพศหญิง)")],
    "worst_forms_of_child_labor" => [Some("Disabled"), Some("พิการ")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `relation`, sorted by code.
    static RELATION = 22 rows of 2 labels;
    "aunt" => [Some("aunt"), Some("ป้า")],
    "brother" => [Some("brother"), Some("พี่ชายหรือน้องชาย")],
    "caretaker_patron" => [Some("caretaker/patron"), Some("ผู้ดูแล")],
    "colleague_employer_employee" => [Some("colleague/employer/employee"), Some("เพื่อนร่วมงาน นายจ้าง หรือลูกจ้าง")],
    "father" => [Some("father"), Some("พ่อ")],
    "father_in_law" => [Some("father in law"), Some("พ่อตา")],
    "girl_boy_friend" => [Some("girl/boy friend"), Some("แฟน")],
    "grandfather" => [Some("grandfather"), Some("ปู่หรือตา")],
    "grandmother" => [Some("grandmother"), Some("ย่าหรือยาย")],
    "husband_wife_partner" => [Some("husband/wife/partner"), Some("กับสามี ภรรยา หรือคู่ชีวิต")],
    "monk_abbot_religious_leader" => [Some("monk/abbot/religious leader"), Some("พระ / นักบวช / ผู้นำศาสนา")],
    "mother" => [Some("mother"), Some("แม่")],
    "mother_in_law" => [Some("mother in law"), Some("แม่ยาย")],
    "neighbour" => [Some("neighbour"), Some("เพื่อนบ้าน")],
    "other" => [Some("other"), Some("อื่น ๆ")],
    "sister" => [Some("sister"), Some("พี่สาวหรือน้องสาว")],
    "son_daughter_or_son_daughter_in_law" => [Some("son/daughter or son/daughter in law"), Some("ลูกชาย ลูกสาว หรือ ลูกเลี้ยง")],
    "step_father" => [Some("step father"), Some("พ่อเลี้ยง")],
    "step_mother" => [Some("step mother"), Some("แม่เลี้ยง")],
    "stranger" => [Some("stranger"), Some("คนแปลกหน้า")],
    "teacher" => [Some("teacher"), Some("ครู / อาจารย์")],
    "uncle" => [Some("uncle"), Some("ลุง")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `risk_level`, sorted by code.
    static RISK_LEVEL = 3 rows of 2 labels;
    "high" => [Some("High"), Some("สูง")],
    "low" => [Some("Low"), Some("ต่ำ")],
    "medium" => [Some("Medium"), Some("กลาง")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `school_level`, sorted by code.
    static SCHOOL_LEVEL = 11 rows of 2 labels;
    "bachelor" => [Some("Bachelor"), Some("ปริญญาตรี")],
    "career_training__technician_" => [Some("Career training (technician)"), Some("ฝึกอาชีพ (งานช่าง ฯลฯ)")],
    "diploma___high_vocational_education" => [Some("Diploma / High vocational education"), Some("อนุปริญญา/ปวส.")],
    "dropped_out_of_school" => [Some("Dropped out of school"), Some("ออกจากโรงเรียนกลางคัน")],
    "high_school___vocational_education" => [Some("High school / Vocational education"), Some("มัธยมศึกษาตอนปลาย/อาชีวะ/ปวช.")],
    "higher_than_bachelor" => [Some("Higher than bachelor"), Some("สูงกว่าปริญญาตรี")],
    "junior_high_school" => [Some("Junior high school"), Some("มัธยมศึกษาตอนต้น")],
    "kindergarten" => [Some("Kindergarten"), Some("อนุบาล")],
    "no_information" => [Some("No information"), Some("ไม่มีข้อมูล")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
    "primary_school" => [Some("Primary school"), Some("ประถมศึกษา")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `service_response_type`, sorted by code.
    static SERVICE_RESPONSE_TYPE = 3 rows of 2 labels;
    "medical_treatment" => [Some("Medical Treatment"), Some("การดูแลรักษาทางการแพทย์")],
    "psychosocial_support" => [Some("Psychosocial Support"), Some("การช่วยเหลือด้านจิตใจ")],
    "service_provision" => [Some("Further Evaluation"), Some("ประเมินเพิ่มเติม")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `services_all`, sorted by code.
    static SERVICES_ALL = 28 rows of 2 labels;
    "age_assessment" => [Some("Age evaluation"), Some("การประเมินอายุ")],
    "career_support" => [Some("Career support"), Some("ส่งเสริมการประกอบอาชีพ")],
    "counseling" => [Some("Counseling"), Some("ให้คำปรึกษา")],
    "cpt" => [Some("CPT"), Some("บำบัดความคิดและพฤติกรรม (CPT)")],
    "evaluation_of_injury_characteristics" => [Some("Evaluation of injury characteristics"), Some("ประเมินลักษณะการบาดเจ็บ")],
    "family_counseling" => [Some("Family counseling"), Some("ให้คำปรึกษาครอบครัว")],
    "family_evaluation" => [Some("Family evaluation"), Some("ประเมินครอบครัว")],
    "family_therapy_" => [Some("Family therapy "), Some("บำบัดครอบครัว")],
    "follow_up_visit" => [Some("Follow-up visit"), Some("ติดตามเยี่ยม")],
    "hiv_prevention" => [Some("HIV prevention"), Some("ป้องกันการติดเชื้อ HIV")],
    "injury_treatment" => [Some("Injury treatment"), Some("การดูแลรุักษาการบาดเจ็บ")],
    "iq_test" => [Some("IQ test"), Some("IQ Test")],
    "legal_support" => [Some("Legal support"), Some("การช่วยเหลือด้านกฎหมาย")],
    "mental_evaluation" => [Some("Mental evaluation"), Some("ประเมินสภาพจิตใจ")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
    "other_sexual_disease_prevention" => [Some("Other sexual disease prevention"), Some("ป้องกันการติดเชื้อทางเพศสัมพันธ์")],
    "potential_risk_of_recurring_evaluation" => [Some("Potential risk of recurring evaluation"), Some("ประเมินความเสี่ยงต่อการถูกกระทำซ้ำ")],
    "pregnancy_prevention_by_medicine" => [Some("Pregnancy prevention by medicine"), Some("ยาป้องกันการตั้งครรภ์")],
    "psychiatric_medical_treatment" => [Some("Psychiatric medical treatment"), Some("การดูแลรักษาทางการแพทย์ด้านจิตเวช")],
    "psychological_test" => [Some("Psychological test"), Some("Psychological test")],
    "psychosocial_education" => [Some("Psychosocial education"), Some("ให้ความรู้ด้านจิตสังคม")],
    "psychosocial_support" => [Some("Psychosocial support"), Some("การช่วยเหลือด้านจิตสังคม")],
    "psychotherapy_" => [Some("Psychotherapy "), Some("เยียวยาจิตใจ")],
    "ptsd_evaluation" => [Some("PTSD evaluation"), Some("ประเมิน PTSD")],
    "readiness_to_return_to_society_evaluation" => [Some("Readiness to return to society evaluation"), Some("ประเมินความพร้อมในการกลับสู่สังคม")],
    "refer_to_specialist_doctor" => [Some("Refer to specialist doctor"), Some("ส่งต่อพบแพทย์เฉพาะทาง")],
    "social_issue_evaluation" => [Some("Social issue evaluation"), Some("ประเมินปัญหาทางสังคม")],
    "social_welfare_support" => [Some("Social welfare support"), Some("การช่วยเหลือด้านสวัสดิการสังคม")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `status_of_treatment_plan`, sorted by code.
    static STATUS_OF_TREATMENT_PLAN = 6 rows of 2 labels;
    "completed" => [Some("Completed"), Some("เสร็จสิ้น")],
    "in_progress" => [Some("In progress"), Some("อยู่ระหว่างดำเนินการ")],
    "patient_cannot_follow_the_plan" => [Some("Patient cannot follow the plan"), Some("ไม่สามารถติดตามผู้ป่วยได้")],
    "patient_died" => [Some("Patient died"), Some("เสียชีวิต")],
    "referred_to_another_agency" => [Some("Referred to another agency"), Some("ส่งต่อไปยังหน่วยงานอื่น")],
    "refused" => [Some("Refused"), Some("ถูกปฏิเสธ")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `stimulant_factors`, sorted by code.
    static STIMULANT_FACTORS = 4 rows of 2 labels;
    "alcohol" => [Some("Alcohol"), Some("สุรา")],
    "amphetamines___narcotics" => [Some("Amphetamines / narcotics"), Some("ยาบ้า / สารเสพติด")],
    "none_of_the_above" => [Some("None of the above"), Some("ไม่ใช่ตัวเลือกใดเลยจากตัวเลือกทั้งหมด")],
    "pornography" => [Some("Pornography"), Some("สื่อลามก")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `type_of_abuse`, sorted by code.
    static TYPE_OF_ABUSE = 6 rows of 2 labels;
    "exploitation" => [Some("Exploitation"), Some("การแสวงหาประโยชน์")],
    "mental_abuse" => [Some("Mental abuse"), Some("การล่วงละเมิดทางจิตใจ")],
    "neglect" => [Some("Neglect"), Some("การละเลยทอดทิ้ง")],
    "physical_abuse" => [Some("Physical abuse"), Some("การล่วงละเมิดทางกาย")],
    "sexual_abuse" => [Some("Sexual abuse"), Some("การล่วงละเมิดทางเพศ")],
    "unexpected_pregnancy" => [Some("Unexpected Pregnancy"), Some("ตั้งครรภ์ไม่พึงประสงค์")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `type_of_place_incident`, sorted by code.
    static TYPE_OF_PLACE_INCIDENT = 15 rows of 2 labels;
    "dormitory" => [Some("Dormitory"), Some("หอพัก")],
    "field___farm___garden" => [Some("Field / farm / garden"), Some("นา/ไร่/สวน")],
    "forest___isolated___abandoned_house" => [Some("Forest / Isolated / abandoned house"), Some("ในป่า/ที่เปลี่ยว/บ้านร้าง")],
    "home_of_other__please_specify_" => [Some("Home of other (please specify)"), Some("บ้านคนอื่น ระบุ.....")],
    "home_of_the_patient" => [Some("Home of the patient"), Some("บ้านของผู้ใช้บริการ")],
    "home_of_the_perpetrator_" => [Some("Home of the perpetrator "), Some("บ้านผู้ต้องสงสัย")],
    "hotel" => [Some("Hotel"), Some("โรงแรม")],
    "mall" => [Some("Mall"), Some("ห้างสรรพสินค้า")],
    "office___workplace" => [Some("Office / workplace"), Some("สถานที่ทำงาน")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
    "park" => [Some("Park"), Some("สวนสาธารณะ")],
    "pub___bar___club___restaurant" => [Some("Pub / bar / club / restaurant"), Some("สถานบันเทิง ผับ / บาร์/ คลับ/ ร้านอาหาร")],
    "road___highway" => [Some("Road / Highway"), Some("ถนน/ทางหลวง")],
    "school___nursery" => [Some("School / nursery"), Some("สถานที่เรียน / โรงเรียน / สถานรับเลี้ยงเด็ก")],
    "stadium" => [Some("Stadium"), Some("สนามกีฬา")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `workflow`, sorted by code.
    static WORKFLOW = 6 rows of 2 labels;
    "case_plan" => [Some("Case Plan"), Some("แผนรายกรณี")],
    "closed" => [Some("Case closed"), Some("เคสถูกยุติแล้ว")],
    "new" => [Some("New case"), Some("เคสใหม่")],
    "reopened" => [Some("Case reopened"), Some("เคสถูกเปิดอีกครั้ง")],
    "service_provision" => [Some("Service provision"), Some("การจัดบริการ")],
    "services_implemented" => [Some("All response services implemented"), Some("ได้มีการจัดบริการช่วยเหลือทั้งหมดแล้ว")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `working`, sorted by code.
    static WORKING = 8 rows of 2 labels;
    "agriculture" => [Some("Agriculture"), Some("เกษตรกรรม")],
    "house_keeping" => [Some("House keeping"), Some("แม่บ้าน")],
    "jobless" => [Some("Jobless"), Some("ว่างงาน")],
    "merchant" => [Some("Merchant"), Some("ค้าขาย")],
    "no_information" => [Some("No information"), Some("ไม่มีข้อมูล")],
    "official___state_enterprise" => [Some("Official / State enterprise"), Some("ข้าราชการ/รัฐวิสาหกิจ")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
    "private_business" => [Some("Private business"), Some("ธุรกิจส่วนตัว")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `yes_no_unknown`, sorted by code.
    static YES_NO_UNKNOWN = 3 rows of 2 labels;
    "false" => [Some("No"), Some("ไม่ใช่")],
    "true" => [Some("Yes"), Some("ใช่")],
    "unknown" => [Some("Unknown"), Some("ไม่ทราบ")],
}
