// @generated from mappings/example/option-sets/ by `cargo gen`: do not edit.

//! The option sets of deployment `example`, one enum each.
/// Option set `gender` (from `lookup-gender`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gender {
    /// `male`: en: Male, th: ผู้ชาย
    Male,
    /// `female`: en: Female, th: ผู้หญิง
    Female,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl Gender {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            Gender::Male => crate::support::Label::Text("Male"),
            Gender::Female => crate::support::Label::Text("Female"),
            Gender::Other => crate::support::Label::Text("Other"),
            Gender::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            Gender::Male => crate::support::Label::Text("ผู้ชาย"),
            Gender::Female => crate::support::Label::Text("ผู้หญิง"),
            Gender::Other => crate::support::Label::Text("อื่น ๆ"),
            Gender::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for Gender {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "male" => Gender::Male,
            "female" => Gender::Female,
            "other" => Gender::Other,
            _ => Gender::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Gender::Male => "male",
            Gender::Female => "female",
            Gender::Other => "other",
            Gender::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for Gender {
    fn from_str(s: ::std::borrow::Cow<'de, str>) -> crate::support::Field<Self> {
        crate::support::select_from_str(s)
    }
    fn from_i64(v: i64) -> crate::support::Field<Self> {
        crate::support::select_from_i64(v)
    }
    fn from_f64(v: f64) -> crate::support::Field<Self> {
        crate::support::select_from_f64(v)
    }
    fn from_bool(v: bool) -> crate::support::Field<Self> {
        crate::support::select_from_bool(v)
    }
}
/// Option set `protection_concern` (from `lookup-protection-concerns`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtectionConcern {
    /// `abuse`: en: Abuse, th: การทารุณกรรม
    Abuse,
    /// `neglect`: en: Neglect, th: การละเลย
    Neglect,
    /// `trafficked`: en: Trafficked, th: การค้ามนุษย์
    Trafficked,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl ProtectionConcern {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            ProtectionConcern::Abuse => crate::support::Label::Text("Abuse"),
            ProtectionConcern::Neglect => crate::support::Label::Text("Neglect"),
            ProtectionConcern::Trafficked => crate::support::Label::Text("Trafficked"),
            ProtectionConcern::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            ProtectionConcern::Abuse => crate::support::Label::Text("การทารุณกรรม"),
            ProtectionConcern::Neglect => crate::support::Label::Text("การละเลย"),
            ProtectionConcern::Trafficked => crate::support::Label::Text("การค้ามนุษย์"),
            ProtectionConcern::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for ProtectionConcern {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "abuse" => ProtectionConcern::Abuse,
            "neglect" => ProtectionConcern::Neglect,
            "trafficked" => ProtectionConcern::Trafficked,
            _ => ProtectionConcern::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            ProtectionConcern::Abuse => "abuse",
            ProtectionConcern::Neglect => "neglect",
            ProtectionConcern::Trafficked => "trafficked",
            ProtectionConcern::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for ProtectionConcern {
    fn from_str(s: ::std::borrow::Cow<'de, str>) -> crate::support::Field<Self> {
        crate::support::select_from_str(s)
    }
    fn from_i64(v: i64) -> crate::support::Field<Self> {
        crate::support::select_from_i64(v)
    }
    fn from_f64(v: f64) -> crate::support::Field<Self> {
        crate::support::select_from_f64(v)
    }
    fn from_bool(v: bool) -> crate::support::Field<Self> {
        crate::support::select_from_bool(v)
    }
}
