// @generated from mappings/example/option-sets/ by `cargo gen`: do not edit.

//! The option sets of deployment `example`: a sorted table of rows each (a code and its labels), read by binary search.
/// The languages of the labels, in the order of each row's labels.
pub const LANGS: [&str; 2] = ["en", "th"];
/// The index of `en` in [`LANGS`].
pub const LANG_EN: usize = 0;
/// The index of `th` in [`LANGS`].
pub const LANG_TH: usize = 1;
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
                "male" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            5 => match code {
                "other" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            6 => match code {
                "female" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}
/// Option set `protection_concern` (from `lookup-protection-concerns`): 3 codes, in [`PROTECTION_CONCERN`].
pub type ProtectionConcern = ::mapwright_rt::Coded<ProtectionConcernSet>;
/// The table of [`ProtectionConcern`]: rows of a code and its en, th labels.
#[derive(Debug)]
pub enum ProtectionConcernSet {}
impl ::mapwright_rt::OptionSet for ProtectionConcernSet {
    fn table() -> &'static ::mapwright_rt::Table {
        &PROTECTION_CONCERN
    }
    fn find(code: &str) -> ::std::option::Option<usize> {
        match code.len() {
            5 => match code {
                "abuse" => ::std::option::Option::Some(0),
                _ => ::std::option::Option::None,
            },
            7 => match code {
                "neglect" => ::std::option::Option::Some(1),
                _ => ::std::option::Option::None,
            },
            10 => match code {
                "trafficked" => ::std::option::Option::Some(2),
                _ => ::std::option::Option::None,
            },
            _ => ::std::option::Option::None,
        }
    }
    const CLEAN: bool = true;
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `gender`, sorted by code.
    static GENDER = 3 rows of 2 labels;
    "female" => [Some("Female"), Some("ผู้หญิง")],
    "male" => [Some("Male"), Some("ผู้ชาย")],
    "other" => [Some("Other"), Some("อื่น ๆ")],
}

#[rustfmt::skip]
::mapwright_rt::option_table! {
    /// The rows of option set `protection_concern`, sorted by code.
    static PROTECTION_CONCERN = 3 rows of 2 labels;
    "abuse" => [Some("Abuse"), Some("การทารุณกรรม")],
    "neglect" => [Some("Neglect"), Some("การละเลย")],
    "trafficked" => [Some("Trafficked"), Some("การค้ามนุษย์")],
}
