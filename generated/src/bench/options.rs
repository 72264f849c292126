// @generated from mappings/bench/option-sets/ by `cargo gen`: do not edit.

//! The option sets of deployment `bench`, one enum each.
/// Option set `country` (from `lookup-country`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Country {
    /// `thailand`: en: Thailand, th: ไทย
    Thailand,
    /// `myanmar`: en: Myanmar, th: พม่า
    Myanmar,
    /// `laos`: en: Laos, th: ลาว
    Laos,
    /// `cambodia`: en: Cambodia, th: กัมพูชา
    Cambodia,
    /// `vietnam`: en: Vietnam, th: เวียดนาม
    Vietnam,
    /// `malaysia`: en: Malaysia, th: มาเลเซีย
    Malaysia,
    /// `china`: en: China, th: จีน
    China,
    /// `india`: en: India, th: อินเดีย
    India,
    /// `japan`: en: Japan, th: ญี่ปุ่น
    Japan,
    /// `afghanistan`: en: Afghanistan, th: อัฟกัน
    Afghanistan,
    /// `albania`: en: Albania, th: แอลเบเนีย
    Albania,
    /// `algeria`: en: Algeria, th: แอลจีเรีย
    Algeria,
    /// `andorra`: en: Andorra, th: อันดอร์รา
    Andorra,
    /// `angola`: en: Angola, th: แองโกลา
    Angola,
    /// `antigua_and_barbuda`: en: Antigua and Barbuda, th: แอนติกาและบาร์บูดา
    AntiguaAndBarbuda,
    /// `argentina`: en: Argentina, th: อาร์เจนตินา
    Argentina,
    /// `armenia`: en: Armenia, th: อาร์เมเนีย
    Armenia,
    /// `australia`: en: Australia, th: ออสเตรเลีย
    Australia,
    /// `austria`: en: Austria, th: ออสเตรีย
    Austria,
    /// `azerbaijan`: en: Azerbaijan, th: อาเซอร์ไบจาน
    Azerbaijan,
    /// `bahamas`: en: Bahamas, th: บาฮามาส
    Bahamas,
    /// `bahrain`: en: Bahrain, th: บาห์เรน
    Bahrain,
    /// `bangladesh`: en: Bangladesh, th: บังกลาเทศ
    Bangladesh,
    /// `barbados`: en: Barbados, th: บาร์เบโดส
    Barbados,
    /// `belarus`: en: Belarus, th: เบลารุส
    Belarus,
    /// `belgium`: en: Belgium, th: เบลเยียม
    Belgium,
    /// `belize`: en: Belize, th: เบลีซ
    Belize,
    /// `benin`: en: Benin, th: เบนิน
    Benin,
    /// `bhutan`: en: Bhutan, th: ภูฏาน
    Bhutan,
    /// `bolivia`: en: Bolivia, th: โบลิเวีย
    Bolivia,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl Country {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            Country::Thailand => crate::support::Label::Text("Thailand"),
            Country::Myanmar => crate::support::Label::Text("Myanmar"),
            Country::Laos => crate::support::Label::Text("Laos"),
            Country::Cambodia => crate::support::Label::Text("Cambodia"),
            Country::Vietnam => crate::support::Label::Text("Vietnam"),
            Country::Malaysia => crate::support::Label::Text("Malaysia"),
            Country::China => crate::support::Label::Text("China"),
            Country::India => crate::support::Label::Text("India"),
            Country::Japan => crate::support::Label::Text("Japan"),
            Country::Afghanistan => crate::support::Label::Text("Afghanistan"),
            Country::Albania => crate::support::Label::Text("Albania"),
            Country::Algeria => crate::support::Label::Text("Algeria"),
            Country::Andorra => crate::support::Label::Text("Andorra"),
            Country::Angola => crate::support::Label::Text("Angola"),
            Country::AntiguaAndBarbuda => crate::support::Label::Text("Antigua and Barbuda"),
            Country::Argentina => crate::support::Label::Text("Argentina"),
            Country::Armenia => crate::support::Label::Text("Armenia"),
            Country::Australia => crate::support::Label::Text("Australia"),
            Country::Austria => crate::support::Label::Text("Austria"),
            Country::Azerbaijan => crate::support::Label::Text("Azerbaijan"),
            Country::Bahamas => crate::support::Label::Text("Bahamas"),
            Country::Bahrain => crate::support::Label::Text("Bahrain"),
            Country::Bangladesh => crate::support::Label::Text("Bangladesh"),
            Country::Barbados => crate::support::Label::Text("Barbados"),
            Country::Belarus => crate::support::Label::Text("Belarus"),
            Country::Belgium => crate::support::Label::Text("Belgium"),
            Country::Belize => crate::support::Label::Text("Belize"),
            Country::Benin => crate::support::Label::Text("Benin"),
            Country::Bhutan => crate::support::Label::Text("Bhutan"),
            Country::Bolivia => crate::support::Label::Text("Bolivia"),
            Country::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            Country::Thailand => crate::support::Label::Text("ไทย"),
            Country::Myanmar => crate::support::Label::Text("พม่า"),
            Country::Laos => crate::support::Label::Text("ลาว"),
            Country::Cambodia => crate::support::Label::Text("กัมพูชา"),
            Country::Vietnam => crate::support::Label::Text("เวียดนาม"),
            Country::Malaysia => crate::support::Label::Text("มาเลเซีย"),
            Country::China => crate::support::Label::Text("จีน"),
            Country::India => crate::support::Label::Text("อินเดีย"),
            Country::Japan => crate::support::Label::Text("ญี่ปุ่น"),
            Country::Afghanistan => crate::support::Label::Text("อัฟกัน"),
            Country::Albania => crate::support::Label::Text("แอลเบเนีย"),
            Country::Algeria => crate::support::Label::Text("แอลจีเรีย"),
            Country::Andorra => crate::support::Label::Text("อันดอร์รา"),
            Country::Angola => crate::support::Label::Text("แองโกลา"),
            Country::AntiguaAndBarbuda => crate::support::Label::Text("แอนติกาและบาร์บูดา"),
            Country::Argentina => crate::support::Label::Text("อาร์เจนตินา"),
            Country::Armenia => crate::support::Label::Text("อาร์เมเนีย"),
            Country::Australia => crate::support::Label::Text("ออสเตรเลีย"),
            Country::Austria => crate::support::Label::Text("ออสเตรีย"),
            Country::Azerbaijan => crate::support::Label::Text("อาเซอร์ไบจาน"),
            Country::Bahamas => crate::support::Label::Text("บาฮามาส"),
            Country::Bahrain => crate::support::Label::Text("บาห์เรน"),
            Country::Bangladesh => crate::support::Label::Text("บังกลาเทศ"),
            Country::Barbados => crate::support::Label::Text("บาร์เบโดส"),
            Country::Belarus => crate::support::Label::Text("เบลารุส"),
            Country::Belgium => crate::support::Label::Text("เบลเยียม"),
            Country::Belize => crate::support::Label::Text("เบลีซ"),
            Country::Benin => crate::support::Label::Text("เบนิน"),
            Country::Bhutan => crate::support::Label::Text("ภูฏาน"),
            Country::Bolivia => crate::support::Label::Text("โบลิเวีย"),
            Country::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for Country {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "thailand" => Country::Thailand,
            "myanmar" => Country::Myanmar,
            "laos" => Country::Laos,
            "cambodia" => Country::Cambodia,
            "vietnam" => Country::Vietnam,
            "malaysia" => Country::Malaysia,
            "china" => Country::China,
            "india" => Country::India,
            "japan" => Country::Japan,
            "afghanistan" => Country::Afghanistan,
            "albania" => Country::Albania,
            "algeria" => Country::Algeria,
            "andorra" => Country::Andorra,
            "angola" => Country::Angola,
            "antigua_and_barbuda" => Country::AntiguaAndBarbuda,
            "argentina" => Country::Argentina,
            "armenia" => Country::Armenia,
            "australia" => Country::Australia,
            "austria" => Country::Austria,
            "azerbaijan" => Country::Azerbaijan,
            "bahamas" => Country::Bahamas,
            "bahrain" => Country::Bahrain,
            "bangladesh" => Country::Bangladesh,
            "barbados" => Country::Barbados,
            "belarus" => Country::Belarus,
            "belgium" => Country::Belgium,
            "belize" => Country::Belize,
            "benin" => Country::Benin,
            "bhutan" => Country::Bhutan,
            "bolivia" => Country::Bolivia,
            _ => Country::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Country::Thailand => "thailand",
            Country::Myanmar => "myanmar",
            Country::Laos => "laos",
            Country::Cambodia => "cambodia",
            Country::Vietnam => "vietnam",
            Country::Malaysia => "malaysia",
            Country::China => "china",
            Country::India => "india",
            Country::Japan => "japan",
            Country::Afghanistan => "afghanistan",
            Country::Albania => "albania",
            Country::Algeria => "algeria",
            Country::Andorra => "andorra",
            Country::Angola => "angola",
            Country::AntiguaAndBarbuda => "antigua_and_barbuda",
            Country::Argentina => "argentina",
            Country::Armenia => "armenia",
            Country::Australia => "australia",
            Country::Austria => "austria",
            Country::Azerbaijan => "azerbaijan",
            Country::Bahamas => "bahamas",
            Country::Bahrain => "bahrain",
            Country::Bangladesh => "bangladesh",
            Country::Barbados => "barbados",
            Country::Belarus => "belarus",
            Country::Belgium => "belgium",
            Country::Belize => "belize",
            Country::Benin => "benin",
            Country::Bhutan => "bhutan",
            Country::Bolivia => "bolivia",
            Country::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for Country {
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
/// Option set `displacement_status` (from `lookup-displacement-status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DisplacementStatus {
    /// `resident`: en: Resident, th: ผู้อาศัย
    Resident,
    /// `idp`: en: IDP, th: ผู้พลัดถิ่นภายในประเทศ
    Idp,
    /// `refugee`: en: Refugee, th: ผู้ลี้ภัย
    Refugee,
    /// `stateless_person`: en: Stateless Person, th: บุคคลไร้รัฐ
    StatelessPerson,
    /// `returnee`: en: Returnee, th: ผู้กลับคืนสู่ถิ่นกำเนิด
    Returnee,
    /// `foreign_national`: en: Foreign National, th: ชาวต่างชาติ
    ForeignNational,
    /// `asylum_seeker`: en: Asylum Seeker, th: ผู้ขอลี้ภัย
    AsylumSeeker,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl DisplacementStatus {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            DisplacementStatus::Resident => crate::support::Label::Text("Resident"),
            DisplacementStatus::Idp => crate::support::Label::Text("IDP"),
            DisplacementStatus::Refugee => crate::support::Label::Text("Refugee"),
            DisplacementStatus::StatelessPerson => crate::support::Label::Text("Stateless Person"),
            DisplacementStatus::Returnee => crate::support::Label::Text("Returnee"),
            DisplacementStatus::ForeignNational => crate::support::Label::Text("Foreign National"),
            DisplacementStatus::AsylumSeeker => crate::support::Label::Text("Asylum Seeker"),
            DisplacementStatus::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            DisplacementStatus::Resident => crate::support::Label::Text("ผู้อาศัย"),
            DisplacementStatus::Idp => crate::support::Label::Text("ผู้พลัดถิ่นภายในประเทศ"),
            DisplacementStatus::Refugee => crate::support::Label::Text("ผู้ลี้ภัย"),
            DisplacementStatus::StatelessPerson => crate::support::Label::Text("บุคคลไร้รัฐ"),
            DisplacementStatus::Returnee => crate::support::Label::Text("ผู้กลับคืนสู่ถิ่นกำเนิด"),
            DisplacementStatus::ForeignNational => crate::support::Label::Text("ชาวต่างชาติ"),
            DisplacementStatus::AsylumSeeker => crate::support::Label::Text("ผู้ขอลี้ภัย"),
            DisplacementStatus::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for DisplacementStatus {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "resident" => DisplacementStatus::Resident,
            "idp" => DisplacementStatus::Idp,
            "refugee" => DisplacementStatus::Refugee,
            "stateless_person" => DisplacementStatus::StatelessPerson,
            "returnee" => DisplacementStatus::Returnee,
            "foreign_national" => DisplacementStatus::ForeignNational,
            "asylum_seeker" => DisplacementStatus::AsylumSeeker,
            _ => DisplacementStatus::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            DisplacementStatus::Resident => "resident",
            DisplacementStatus::Idp => "idp",
            DisplacementStatus::Refugee => "refugee",
            DisplacementStatus::StatelessPerson => "stateless_person",
            DisplacementStatus::Returnee => "returnee",
            DisplacementStatus::ForeignNational => "foreign_national",
            DisplacementStatus::AsylumSeeker => "asylum_seeker",
            DisplacementStatus::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for DisplacementStatus {
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
/// Option set `economic_issues` (from `lookup-th-economic-issues-ba1ddb3`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EconomicIssues {
    /// `jobless`: en: Jobless, th: ว่างงาน
    Jobless,
    /// `poor`: en: Poor, th: ยากจน
    Poor,
    /// `indebted`: en: Indebted, th: มีหนี้สิน
    Indebted,
    /// `gambling_drugs_addiction_`: en: Gambling/drugs addiction , th: การพนัน / ติดยาเสพติด
    GamblingDrugsAddiction,
    /// `none_of_the_above`: en: None of the above, th: ไม่ใช่ตัวเลือกใดเลยจากตัวเลือกทั้งหมด
    NoneOfTheAbove,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl EconomicIssues {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            EconomicIssues::Jobless => crate::support::Label::Text("Jobless"),
            EconomicIssues::Poor => crate::support::Label::Text("Poor"),
            EconomicIssues::Indebted => crate::support::Label::Text("Indebted"),
            EconomicIssues::GamblingDrugsAddiction => {
                crate::support::Label::Text("Gambling/drugs addiction ")
            }
            EconomicIssues::NoneOfTheAbove => crate::support::Label::Text("None of the above"),
            EconomicIssues::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            EconomicIssues::Jobless => crate::support::Label::Text("ว่างงาน"),
            EconomicIssues::Poor => crate::support::Label::Text("ยากจน"),
            EconomicIssues::Indebted => crate::support::Label::Text("มีหนี้สิน"),
            EconomicIssues::GamblingDrugsAddiction => {
                crate::support::Label::Text("การพนัน / ติดยาเสพติด")
            }
            EconomicIssues::NoneOfTheAbove => {
                crate::support::Label::Text("ไม่ใช่ตัวเลือกใดเลยจากตัวเลือกทั้งหมด")
            }
            EconomicIssues::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for EconomicIssues {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "jobless" => EconomicIssues::Jobless,
            "poor" => EconomicIssues::Poor,
            "indebted" => EconomicIssues::Indebted,
            "gambling_drugs_addiction_" => EconomicIssues::GamblingDrugsAddiction,
            "none_of_the_above" => EconomicIssues::NoneOfTheAbove,
            _ => EconomicIssues::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            EconomicIssues::Jobless => "jobless",
            EconomicIssues::Poor => "poor",
            EconomicIssues::Indebted => "indebted",
            EconomicIssues::GamblingDrugsAddiction => "gambling_drugs_addiction_",
            EconomicIssues::NoneOfTheAbove => "none_of_the_above",
            EconomicIssues::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for EconomicIssues {
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
/// Option set `family_status` (from `lookup-th-family-status-77c0099`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FamilyStatus {
    /// `mother_and_father_are_living_together`: en: Mother and father are living together, th: บิดามารดาอยู่ด้วยกัน
    MotherAndFatherAreLivingTogether,
    /// `mother_and_father_are_living_separately_`: en: Mother and father are living separately , th: บิดามารดาแยกกันอยู่
    MotherAndFatherAreLivingSeparately,
    /// `mother_and_father_are_divorced`: en: Mother and father are divorced, th: บิดามารดาหย่าร้าง
    MotherAndFatherAreDivorced,
    /// `mother_and_or_father_are_passed_away`: en: Mother and/or father are passed away, th: บิดา และ/ หรือ มารดาเสียชีวิต
    MotherAndOrFatherArePassedAway,
    /// `mother_and_or_father_have_new_family`: en: Mother and/or father have new family, th: บิดา และ/หรือ มารดามีครอบครัวใหม่
    MotherAndOrFatherHaveNewFamily,
    /// `mother_and_or_father_is_working_away_from_home`: en: Mother and/or father is working away from home, th: บิดา และ/หรือ มารดาทำงานต่างพื้นที่
    MotherAndOrFatherIsWorkingAwayFromHome,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl FamilyStatus {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            FamilyStatus::MotherAndFatherAreLivingTogether => {
                crate::support::Label::Text("Mother and father are living together")
            }
            FamilyStatus::MotherAndFatherAreLivingSeparately => {
                crate::support::Label::Text("Mother and father are living separately ")
            }
            FamilyStatus::MotherAndFatherAreDivorced => {
                crate::support::Label::Text("Mother and father are divorced")
            }
            FamilyStatus::MotherAndOrFatherArePassedAway => {
                crate::support::Label::Text("Mother and/or father are passed away")
            }
            FamilyStatus::MotherAndOrFatherHaveNewFamily => {
                crate::support::Label::Text("Mother and/or father have new family")
            }
            FamilyStatus::MotherAndOrFatherIsWorkingAwayFromHome => {
                crate::support::Label::Text("Mother and/or father is working away from home")
            }
            FamilyStatus::Other => crate::support::Label::Text("Other"),
            FamilyStatus::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            FamilyStatus::MotherAndFatherAreLivingTogether => {
                crate::support::Label::Text("บิดามารดาอยู่ด้วยกัน")
            }
            FamilyStatus::MotherAndFatherAreLivingSeparately => {
                crate::support::Label::Text("บิดามารดาแยกกันอยู่")
            }
            FamilyStatus::MotherAndFatherAreDivorced => {
                crate::support::Label::Text("บิดามารดาหย่าร้าง")
            }
            FamilyStatus::MotherAndOrFatherArePassedAway => {
                crate::support::Label::Text("บิดา และ/ หรือ มารดาเสียชีวิต")
            }
            FamilyStatus::MotherAndOrFatherHaveNewFamily => {
                crate::support::Label::Text("บิดา และ/หรือ มารดามีครอบครัวใหม่")
            }
            FamilyStatus::MotherAndOrFatherIsWorkingAwayFromHome => {
                crate::support::Label::Text("บิดา และ/หรือ มารดาทำงานต่างพื้นที่")
            }
            FamilyStatus::Other => crate::support::Label::Text("อื่น ๆ"),
            FamilyStatus::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for FamilyStatus {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "mother_and_father_are_living_together" => {
                FamilyStatus::MotherAndFatherAreLivingTogether
            }
            "mother_and_father_are_living_separately_" => {
                FamilyStatus::MotherAndFatherAreLivingSeparately
            }
            "mother_and_father_are_divorced" => FamilyStatus::MotherAndFatherAreDivorced,
            "mother_and_or_father_are_passed_away" => FamilyStatus::MotherAndOrFatherArePassedAway,
            "mother_and_or_father_have_new_family" => FamilyStatus::MotherAndOrFatherHaveNewFamily,
            "mother_and_or_father_is_working_away_from_home" => {
                FamilyStatus::MotherAndOrFatherIsWorkingAwayFromHome
            }
            "other" => FamilyStatus::Other,
            _ => FamilyStatus::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            FamilyStatus::MotherAndFatherAreLivingTogether => {
                "mother_and_father_are_living_together"
            }
            FamilyStatus::MotherAndFatherAreLivingSeparately => {
                "mother_and_father_are_living_separately_"
            }
            FamilyStatus::MotherAndFatherAreDivorced => "mother_and_father_are_divorced",
            FamilyStatus::MotherAndOrFatherArePassedAway => "mother_and_or_father_are_passed_away",
            FamilyStatus::MotherAndOrFatherHaveNewFamily => "mother_and_or_father_have_new_family",
            FamilyStatus::MotherAndOrFatherIsWorkingAwayFromHome => {
                "mother_and_or_father_is_working_away_from_home"
            }
            FamilyStatus::Other => "other",
            FamilyStatus::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for FamilyStatus {
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
/// Option set `gender` (from `lookup-gender`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gender {
    /// `male`: en: Male, th: ผู้ชาย
    Male,
    /// `female`: en: Female, th: ผู้หญิง
    Female,
    /// `alternative_gender`: en: Alternative gender, th: เพศทางเลือก
    AlternativeGender,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl Gender {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            Gender::Male => crate::support::Label::Text("Male"),
            Gender::Female => crate::support::Label::Text("Female"),
            Gender::AlternativeGender => crate::support::Label::Text("Alternative gender"),
            Gender::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            Gender::Male => crate::support::Label::Text("ผู้ชาย"),
            Gender::Female => crate::support::Label::Text("ผู้หญิง"),
            Gender::AlternativeGender => crate::support::Label::Text("เพศทางเลือก"),
            Gender::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for Gender {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "male" => Gender::Male,
            "female" => Gender::Female,
            "alternative_gender" => Gender::AlternativeGender,
            _ => Gender::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Gender::Male => "male",
            Gender::Female => "female",
            Gender::AlternativeGender => "alternative_gender",
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
/// Option set `human_trafficking` (from `lookup-th-human-trafficking-5320010`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HumanTrafficking {
    /// `prostitution`: en: Prostitution, th: การค้าประเวณี
    Prostitution,
    /// `making_and_or_distribution_of_pornography`: en: Making and/or distribution of pornography, th: การผลิตหรือเผยแพร่วัตถุหรือสื่อลามก
    MakingAndOrDistributionOfPornography,
    /// `seek_of_sex_benefit_in_other_form`: en: Seek of sex benefit in other form, th: การแสวงหาประโยชน์ทางเพศในรูปแบบอื่น
    SeekOfSexBenefitInOtherForm,
    /// `slave_forced_labour`: en: Slave/forced labour, th: บังคับใช้แรงงาน/ เอาคนมาเป็นทาส
    SlaveForcedLabour,
    /// `begging`: en: Begging, th: การนำคนมาขอทาน
    Begging,
    /// `organ_trade`: en: Organ trade, th: การบังคับตัดอวัยวะเพื่อการค้า
    OrganTrade,
    /// `extortion`: en: Extortion, th: การขูดรีดบุคคลไม่ว่าบุคคลนั้นจะยินยอมหรือไม่ก็ตาม
    Extortion,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl HumanTrafficking {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            HumanTrafficking::Prostitution => crate::support::Label::Text("Prostitution"),
            HumanTrafficking::MakingAndOrDistributionOfPornography => {
                crate::support::Label::Text("Making and/or distribution of pornography")
            }
            HumanTrafficking::SeekOfSexBenefitInOtherForm => {
                crate::support::Label::Text("Seek of sex benefit in other form")
            }
            HumanTrafficking::SlaveForcedLabour => {
                crate::support::Label::Text("Slave/forced labour")
            }
            HumanTrafficking::Begging => crate::support::Label::Text("Begging"),
            HumanTrafficking::OrganTrade => crate::support::Label::Text("Organ trade"),
            HumanTrafficking::Extortion => crate::support::Label::Text("Extortion"),
            HumanTrafficking::Other => crate::support::Label::Text("Other"),
            HumanTrafficking::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            HumanTrafficking::Prostitution => crate::support::Label::Text("การค้าประเวณี"),
            HumanTrafficking::MakingAndOrDistributionOfPornography => {
                crate::support::Label::Text("การผลิตหรือเผยแพร่วัตถุหรือสื่อลามก")
            }
            HumanTrafficking::SeekOfSexBenefitInOtherForm => {
                crate::support::Label::Text("การแสวงหาประโยชน์ทางเพศในรูปแบบอื่น")
            }
            HumanTrafficking::SlaveForcedLabour => {
                crate::support::Label::Text("บังคับใช้แรงงาน/ เอาคนมาเป็นทาส")
            }
            HumanTrafficking::Begging => crate::support::Label::Text("การนำคนมาขอทาน"),
            HumanTrafficking::OrganTrade => crate::support::Label::Text("การบังคับตัดอวัยวะเพื่อการค้า"),
            HumanTrafficking::Extortion => {
                crate::support::Label::Text("การขูดรีดบุคคลไม่ว่าบุคคลนั้นจะยินยอมหรือไม่ก็ตาม")
            }
            HumanTrafficking::Other => crate::support::Label::Text("อื่น ๆ"),
            HumanTrafficking::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for HumanTrafficking {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "prostitution" => HumanTrafficking::Prostitution,
            "making_and_or_distribution_of_pornography" => {
                HumanTrafficking::MakingAndOrDistributionOfPornography
            }
            "seek_of_sex_benefit_in_other_form" => HumanTrafficking::SeekOfSexBenefitInOtherForm,
            "slave_forced_labour" => HumanTrafficking::SlaveForcedLabour,
            "begging" => HumanTrafficking::Begging,
            "organ_trade" => HumanTrafficking::OrganTrade,
            "extortion" => HumanTrafficking::Extortion,
            "other" => HumanTrafficking::Other,
            _ => HumanTrafficking::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            HumanTrafficking::Prostitution => "prostitution",
            HumanTrafficking::MakingAndOrDistributionOfPornography => {
                "making_and_or_distribution_of_pornography"
            }
            HumanTrafficking::SeekOfSexBenefitInOtherForm => "seek_of_sex_benefit_in_other_form",
            HumanTrafficking::SlaveForcedLabour => "slave_forced_labour",
            HumanTrafficking::Begging => "begging",
            HumanTrafficking::OrganTrade => "organ_trade",
            HumanTrafficking::Extortion => "extortion",
            HumanTrafficking::Other => "other",
            HumanTrafficking::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for HumanTrafficking {
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
/// Option set `insurance_type` (from `lookup-th-insurance-type-9b480ff`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InsuranceType {
    /// `government_official`: en: Government official, th: ข้าราชการ
    GovernmentOfficial,
    /// `universal_health_insurance`: en: Universal health insurance, th: ประกันสุขภาพถ้วนหน้า
    UniversalHealthInsurance,
    /// `social_security`: en: Social security, th: ประกันสังคม
    SocialSecurity,
    /// `migrant_worker_insurance`: en: Migrant worker insurance, th: ประกันสำหรับแรงงานต่างชาติ
    MigrantWorkerInsurance,
    /// `private_health_insurance_`: en: Private health insurance , th: ประกันสุขภาพเอกชน
    PrivateHealthInsurance,
    /// `other__please_specify_`: en: Other (please specify), th: อื่น ๆ ระบุ.....
    OtherPleaseSpecify,
    /// `no_insurance`: en: No insurance, th: ไม่มีสิทธิการรักษาพยาบาล
    NoInsurance,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl InsuranceType {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            InsuranceType::GovernmentOfficial => crate::support::Label::Text("Government official"),
            InsuranceType::UniversalHealthInsurance => {
                crate::support::Label::Text("Universal health insurance")
            }
            InsuranceType::SocialSecurity => crate::support::Label::Text("Social security"),
            InsuranceType::MigrantWorkerInsurance => {
                crate::support::Label::Text("Migrant worker insurance")
            }
            InsuranceType::PrivateHealthInsurance => {
                crate::support::Label::Text("Private health insurance ")
            }
            InsuranceType::OtherPleaseSpecify => {
                crate::support::Label::Text("Other (please specify)")
            }
            InsuranceType::NoInsurance => crate::support::Label::Text("No insurance"),
            InsuranceType::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            InsuranceType::GovernmentOfficial => crate::support::Label::Text("ข้าราชการ"),
            InsuranceType::UniversalHealthInsurance => {
                crate::support::Label::Text("ประกันสุขภาพถ้วนหน้า")
            }
            InsuranceType::SocialSecurity => crate::support::Label::Text("ประกันสังคม"),
            InsuranceType::MigrantWorkerInsurance => {
                crate::support::Label::Text("ประกันสำหรับแรงงานต่างชาติ")
            }
            InsuranceType::PrivateHealthInsurance => crate::support::Label::Text("ประกันสุขภาพเอกชน"),
            InsuranceType::OtherPleaseSpecify => crate::support::Label::Text("อื่น ๆ ระบุ....."),
            InsuranceType::NoInsurance => crate::support::Label::Text("ไม่มีสิทธิการรักษาพยาบาล"),
            InsuranceType::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for InsuranceType {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "government_official" => InsuranceType::GovernmentOfficial,
            "universal_health_insurance" => InsuranceType::UniversalHealthInsurance,
            "social_security" => InsuranceType::SocialSecurity,
            "migrant_worker_insurance" => InsuranceType::MigrantWorkerInsurance,
            "private_health_insurance_" => InsuranceType::PrivateHealthInsurance,
            "other__please_specify_" => InsuranceType::OtherPleaseSpecify,
            "no_insurance" => InsuranceType::NoInsurance,
            _ => InsuranceType::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            InsuranceType::GovernmentOfficial => "government_official",
            InsuranceType::UniversalHealthInsurance => "universal_health_insurance",
            InsuranceType::SocialSecurity => "social_security",
            InsuranceType::MigrantWorkerInsurance => "migrant_worker_insurance",
            InsuranceType::PrivateHealthInsurance => "private_health_insurance_",
            InsuranceType::OtherPleaseSpecify => "other__please_specify_",
            InsuranceType::NoInsurance => "no_insurance",
            InsuranceType::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for InsuranceType {
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
/// Option set `marital_status` (from `lookup-marital-status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MaritalStatus {
    /// `single`: en: Single, th: โสด
    Single,
    /// `married_cohabitating`: en: Married , th: คู่
    MarriedCohabitating,
    /// `married__unregistered__`: en: Married (unregistered) , th: สมรส (ไม่จดทะเบียน)
    MarriedUnregistered,
    /// `divorced_separated`: en: Divorced, th: หย่า
    DivorcedSeparated,
    /// `widowed`: en: Widowed, th: หม้าย
    Widowed,
    /// `seperated_595fb0b`: en: Seperated, th: แยก
    Seperated595fb0b,
    /// `monk_792c197`: en: Monk, th: สมณะ
    Monk792c197,
    /// `unknown_270da62`: en: Unknown, th: ไม่ทราบ
    Unknown270da62,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl MaritalStatus {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            MaritalStatus::Single => crate::support::Label::Text("Single"),
            MaritalStatus::MarriedCohabitating => crate::support::Label::Text("Married "),
            MaritalStatus::MarriedUnregistered => {
                crate::support::Label::Text("Married (unregistered) ")
            }
            MaritalStatus::DivorcedSeparated => crate::support::Label::Text("Divorced"),
            MaritalStatus::Widowed => crate::support::Label::Text("Widowed"),
            MaritalStatus::Seperated595fb0b => crate::support::Label::Text("Seperated"),
            MaritalStatus::Monk792c197 => crate::support::Label::Text("Monk"),
            MaritalStatus::Unknown270da62 => crate::support::Label::Text("Unknown"),
            MaritalStatus::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            MaritalStatus::Single => crate::support::Label::Text("โสด"),
            MaritalStatus::MarriedCohabitating => crate::support::Label::Text("คู่"),
            MaritalStatus::MarriedUnregistered => crate::support::Label::Text("สมรส (ไม่จดทะเบียน)"),
            MaritalStatus::DivorcedSeparated => crate::support::Label::Text("หย่า"),
            MaritalStatus::Widowed => crate::support::Label::Text("หม้าย"),
            MaritalStatus::Seperated595fb0b => crate::support::Label::Text("แยก"),
            MaritalStatus::Monk792c197 => crate::support::Label::Text("สมณะ"),
            MaritalStatus::Unknown270da62 => crate::support::Label::Text("ไม่ทราบ"),
            MaritalStatus::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for MaritalStatus {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "single" => MaritalStatus::Single,
            "married_cohabitating" => MaritalStatus::MarriedCohabitating,
            "married__unregistered__" => MaritalStatus::MarriedUnregistered,
            "divorced_separated" => MaritalStatus::DivorcedSeparated,
            "widowed" => MaritalStatus::Widowed,
            "seperated_595fb0b" => MaritalStatus::Seperated595fb0b,
            "monk_792c197" => MaritalStatus::Monk792c197,
            "unknown_270da62" => MaritalStatus::Unknown270da62,
            _ => MaritalStatus::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            MaritalStatus::Single => "single",
            MaritalStatus::MarriedCohabitating => "married_cohabitating",
            MaritalStatus::MarriedUnregistered => "married__unregistered__",
            MaritalStatus::DivorcedSeparated => "divorced_separated",
            MaritalStatus::Widowed => "widowed",
            MaritalStatus::Seperated595fb0b => "seperated_595fb0b",
            MaritalStatus::Monk792c197 => "monk_792c197",
            MaritalStatus::Unknown270da62 => "unknown_270da62",
            MaritalStatus::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for MaritalStatus {
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
/// Option set `mental_abuse` (from `lookup-th-mental-abuse-02cda7b`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentalAbuse {
    /// `imprisonment`: en: Imprisonment, th: กักขังหน่วงเหนี่ยว/จำกัดอิสรภาพ
    Imprisonment,
    /// `insults`: en: Insults, th: ปฏิเสธ ดูถูกเหยียดหยาม ทำให้ไม่มีคุณค่า
    Insults,
    /// `intimidation`: en: Intimidation, th: ข่มขู่ทำให้หวาดกลัวทะเลาะ
    Intimidation,
    /// `indifference`: en: Indifference, th: การเฉยเมย ไม่สนใจ
    Indifference,
    /// `quarrel_when_children_are_around`: en: Quarrel when children are around, th: ทะเลาะ/ทำร้ายร่างกายกันต่อหน้าเด็ก
    QuarrelWhenChildrenAreAround,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl MentalAbuse {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            MentalAbuse::Imprisonment => crate::support::Label::Text("Imprisonment"),
            MentalAbuse::Insults => crate::support::Label::Text("Insults"),
            MentalAbuse::Intimidation => crate::support::Label::Text("Intimidation"),
            MentalAbuse::Indifference => crate::support::Label::Text("Indifference"),
            MentalAbuse::QuarrelWhenChildrenAreAround => {
                crate::support::Label::Text("Quarrel when children are around")
            }
            MentalAbuse::Other => crate::support::Label::Text("Other"),
            MentalAbuse::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            MentalAbuse::Imprisonment => crate::support::Label::Text("กักขังหน่วงเหนี่ยว/จำกัดอิสรภาพ"),
            MentalAbuse::Insults => crate::support::Label::Text("ปฏิเสธ ดูถูกเหยียดหยาม ทำให้ไม่มีคุณค่า"),
            MentalAbuse::Intimidation => crate::support::Label::Text("ข่มขู่ทำให้หวาดกลัวทะเลาะ"),
            MentalAbuse::Indifference => crate::support::Label::Text("การเฉยเมย ไม่สนใจ"),
            MentalAbuse::QuarrelWhenChildrenAreAround => {
                crate::support::Label::Text("ทะเลาะ/ทำร้ายร่างกายกันต่อหน้าเด็ก")
            }
            MentalAbuse::Other => crate::support::Label::Text("อื่น ๆ"),
            MentalAbuse::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for MentalAbuse {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "imprisonment" => MentalAbuse::Imprisonment,
            "insults" => MentalAbuse::Insults,
            "intimidation" => MentalAbuse::Intimidation,
            "indifference" => MentalAbuse::Indifference,
            "quarrel_when_children_are_around" => MentalAbuse::QuarrelWhenChildrenAreAround,
            "other" => MentalAbuse::Other,
            _ => MentalAbuse::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            MentalAbuse::Imprisonment => "imprisonment",
            MentalAbuse::Insults => "insults",
            MentalAbuse::Intimidation => "intimidation",
            MentalAbuse::Indifference => "indifference",
            MentalAbuse::QuarrelWhenChildrenAreAround => "quarrel_when_children_are_around",
            MentalAbuse::Other => "other",
            MentalAbuse::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for MentalAbuse {
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
/// Option set `occupation` (from `lookup-th-occupation-e663285`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Occupation {
    /// `pre_school`: en: Pre-school, th: ก่อนวัยเรียน
    PreSchool,
    /// `in_the_school_system`: en: In the school system, th: กำลังศึกษา
    InTheSchoolSystem,
    /// `finished_school`: en: Finished school, th: สำเร็จการศึกษา
    FinishedSchool,
    /// `out_of_school___unemployed`: en: Out of school / Unemployed, th: ออกจากโรงเรียน / ว่างงาน
    OutOfSchoolUnemployed,
    /// `working`: en: Working, th: ทำงาน
    Working,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl Occupation {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            Occupation::PreSchool => crate::support::Label::Text("Pre-school"),
            Occupation::InTheSchoolSystem => crate::support::Label::Text("In the school system"),
            Occupation::FinishedSchool => crate::support::Label::Text("Finished school"),
            Occupation::OutOfSchoolUnemployed => {
                crate::support::Label::Text("Out of school / Unemployed")
            }
            Occupation::Working => crate::support::Label::Text("Working"),
            Occupation::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            Occupation::PreSchool => crate::support::Label::Text("ก่อนวัยเรียน"),
            Occupation::InTheSchoolSystem => crate::support::Label::Text("กำลังศึกษา"),
            Occupation::FinishedSchool => crate::support::Label::Text("สำเร็จการศึกษา"),
            Occupation::OutOfSchoolUnemployed => {
                crate::support::Label::Text("ออกจากโรงเรียน / ว่างงาน")
            }
            Occupation::Working => crate::support::Label::Text("ทำงาน"),
            Occupation::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for Occupation {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "pre_school" => Occupation::PreSchool,
            "in_the_school_system" => Occupation::InTheSchoolSystem,
            "finished_school" => Occupation::FinishedSchool,
            "out_of_school___unemployed" => Occupation::OutOfSchoolUnemployed,
            "working" => Occupation::Working,
            _ => Occupation::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Occupation::PreSchool => "pre_school",
            Occupation::InTheSchoolSystem => "in_the_school_system",
            Occupation::FinishedSchool => "finished_school",
            Occupation::OutOfSchoolUnemployed => "out_of_school___unemployed",
            Occupation::Working => "working",
            Occupation::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for Occupation {
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
/// Option set `plh_child_relationship` (from `lookup-th-plh-child-relationship-b1b2bc0`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlhChildRelationship {
    /// `mother_d7c92a0`: en: Mother, th: แม่
    MotherD7c92a0,
    /// `father_7d4a7d8`: en: Father, th: พ่อ
    Father7d4a7d8,
    /// `stepfather_stepmother_a6d89ef`: en: Stepfather/Stepmother, th: แม่เลี้ยง/พ่อเลี้ยง
    StepfatherStepmotherA6d89ef,
    /// `sister_brother_stepsister_stepbrother_f932b74`: en: Sister/Brother/Stepsister/Stepbrother, th: พี่หรือน้อง/พี่บุญธรรมหรือน้องบุญธรรม
    SisterBrotherStepsisterStepbrotherF932b74,
    /// `grandfather_grandmother_316381d`: en: Grandfather/Grandmother, th: ปู่ ตา/ย่า ยาย
    GrandfatherGrandmother316381d,
    /// `great_grandfather_great_grandmother_a011466`: en: Great Grandfather/Great Grandmother, th: ทวด
    GreatGrandfatherGreatGrandmotherA011466,
    /// `uncle_aunt_ce71116`: en: Uncle/Aunt, th: ลุง/ป้า/น้า/อา
    UncleAuntCe71116,
    /// `cousin_b50320c`: en: Cousin, th: ญาติ
    CousinB50320c,
    /// `foster_parent_d7ba487`: en: Foster Parent, th: พ่อแม่อุปถัมภ์
    FosterParentD7ba487,
    /// `other_165616b`: en: Other, th: อื่นๆ
    Other165616b,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl PlhChildRelationship {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            PlhChildRelationship::MotherD7c92a0 => crate::support::Label::Text("Mother"),
            PlhChildRelationship::Father7d4a7d8 => crate::support::Label::Text("Father"),
            PlhChildRelationship::StepfatherStepmotherA6d89ef => {
                crate::support::Label::Text("Stepfather/Stepmother")
            }
            PlhChildRelationship::SisterBrotherStepsisterStepbrotherF932b74 => {
                crate::support::Label::Text("Sister/Brother/Stepsister/Stepbrother")
            }
            PlhChildRelationship::GrandfatherGrandmother316381d => {
                crate::support::Label::Text("Grandfather/Grandmother")
            }
            PlhChildRelationship::GreatGrandfatherGreatGrandmotherA011466 => {
                crate::support::Label::Text("Great Grandfather/Great Grandmother")
            }
            PlhChildRelationship::UncleAuntCe71116 => crate::support::Label::Text("Uncle/Aunt"),
            PlhChildRelationship::CousinB50320c => crate::support::Label::Text("Cousin"),
            PlhChildRelationship::FosterParentD7ba487 => {
                crate::support::Label::Text("Foster Parent")
            }
            PlhChildRelationship::Other165616b => crate::support::Label::Text("Other"),
            PlhChildRelationship::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            PlhChildRelationship::MotherD7c92a0 => crate::support::Label::Text("แม่"),
            PlhChildRelationship::Father7d4a7d8 => crate::support::Label::Text("พ่อ"),
            PlhChildRelationship::StepfatherStepmotherA6d89ef => {
                crate::support::Label::Text("แม่เลี้ยง/พ่อเลี้ยง")
            }
            PlhChildRelationship::SisterBrotherStepsisterStepbrotherF932b74 => {
                crate::support::Label::Text("พี่หรือน้อง/พี่บุญธรรมหรือน้องบุญธรรม")
            }
            PlhChildRelationship::GrandfatherGrandmother316381d => {
                crate::support::Label::Text("ปู่ ตา/ย่า ยาย")
            }
            PlhChildRelationship::GreatGrandfatherGreatGrandmotherA011466 => {
                crate::support::Label::Text("ทวด")
            }
            PlhChildRelationship::UncleAuntCe71116 => crate::support::Label::Text("ลุง/ป้า/น้า/อา"),
            PlhChildRelationship::CousinB50320c => crate::support::Label::Text("ญาติ"),
            PlhChildRelationship::FosterParentD7ba487 => crate::support::Label::Text("พ่อแม่อุปถัมภ์"),
            PlhChildRelationship::Other165616b => crate::support::Label::Text("อื่นๆ"),
            PlhChildRelationship::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for PlhChildRelationship {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "mother_d7c92a0" => PlhChildRelationship::MotherD7c92a0,
            "father_7d4a7d8" => PlhChildRelationship::Father7d4a7d8,
            "stepfather_stepmother_a6d89ef" => PlhChildRelationship::StepfatherStepmotherA6d89ef,
            "sister_brother_stepsister_stepbrother_f932b74" => {
                PlhChildRelationship::SisterBrotherStepsisterStepbrotherF932b74
            }
            "grandfather_grandmother_316381d" => {
                PlhChildRelationship::GrandfatherGrandmother316381d
            }
            "great_grandfather_great_grandmother_a011466" => {
                PlhChildRelationship::GreatGrandfatherGreatGrandmotherA011466
            }
            "uncle_aunt_ce71116" => PlhChildRelationship::UncleAuntCe71116,
            "cousin_b50320c" => PlhChildRelationship::CousinB50320c,
            "foster_parent_d7ba487" => PlhChildRelationship::FosterParentD7ba487,
            "other_165616b" => PlhChildRelationship::Other165616b,
            _ => PlhChildRelationship::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            PlhChildRelationship::MotherD7c92a0 => "mother_d7c92a0",
            PlhChildRelationship::Father7d4a7d8 => "father_7d4a7d8",
            PlhChildRelationship::StepfatherStepmotherA6d89ef => "stepfather_stepmother_a6d89ef",
            PlhChildRelationship::SisterBrotherStepsisterStepbrotherF932b74 => {
                "sister_brother_stepsister_stepbrother_f932b74"
            }
            PlhChildRelationship::GrandfatherGrandmother316381d => {
                "grandfather_grandmother_316381d"
            }
            PlhChildRelationship::GreatGrandfatherGreatGrandmotherA011466 => {
                "great_grandfather_great_grandmother_a011466"
            }
            PlhChildRelationship::UncleAuntCe71116 => "uncle_aunt_ce71116",
            PlhChildRelationship::CousinB50320c => "cousin_b50320c",
            PlhChildRelationship::FosterParentD7ba487 => "foster_parent_d7ba487",
            PlhChildRelationship::Other165616b => "other_165616b",
            PlhChildRelationship::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for PlhChildRelationship {
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
/// Option set `plh_frequency_7` (from `lookup-th-plh-frequency-7-options-7ff580e`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlhFrequency7 {
    /// `never_06e1b0e`: en: Never, th: ไม่เคยมาก
    Never06e1b0e,
    /// `very_rarely_0226291`: en: Very Rarely, th: น้อยครั้ง
    VeryRarely0226291,
    /// `rarely_1b2f16d`: en: Rarely, th: นานๆ ครั้ง
    Rarely1b2f16d,
    /// `sometime_e587428`: en: Sometime, th: บางครั้ง
    SometimeE587428,
    /// `often_c9d1aa7`: en: Often, th: บ่อยครั้ง
    OftenC9d1aa7,
    /// `very_often_00602e0`: en: Very Often, th: บ่อยมาก
    VeryOften00602e0,
    /// `always_08bfba1`: en: Always, th: ตลอดเวลา
    Always08bfba1,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl PlhFrequency7 {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            PlhFrequency7::Never06e1b0e => crate::support::Label::Text("Never"),
            PlhFrequency7::VeryRarely0226291 => crate::support::Label::Text("Very Rarely"),
            PlhFrequency7::Rarely1b2f16d => crate::support::Label::Text("Rarely"),
            PlhFrequency7::SometimeE587428 => crate::support::Label::Text("Sometime"),
            PlhFrequency7::OftenC9d1aa7 => crate::support::Label::Text("Often"),
            PlhFrequency7::VeryOften00602e0 => crate::support::Label::Text("Very Often"),
            PlhFrequency7::Always08bfba1 => crate::support::Label::Text("Always"),
            PlhFrequency7::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            PlhFrequency7::Never06e1b0e => crate::support::Label::Text("ไม่เคยมาก"),
            PlhFrequency7::VeryRarely0226291 => crate::support::Label::Text("น้อยครั้ง"),
            PlhFrequency7::Rarely1b2f16d => crate::support::Label::Text("นานๆ ครั้ง"),
            PlhFrequency7::SometimeE587428 => crate::support::Label::Text("บางครั้ง"),
            PlhFrequency7::OftenC9d1aa7 => crate::support::Label::Text("บ่อยครั้ง"),
            PlhFrequency7::VeryOften00602e0 => crate::support::Label::Text("บ่อยมาก"),
            PlhFrequency7::Always08bfba1 => crate::support::Label::Text("ตลอดเวลา"),
            PlhFrequency7::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for PlhFrequency7 {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "never_06e1b0e" => PlhFrequency7::Never06e1b0e,
            "very_rarely_0226291" => PlhFrequency7::VeryRarely0226291,
            "rarely_1b2f16d" => PlhFrequency7::Rarely1b2f16d,
            "sometime_e587428" => PlhFrequency7::SometimeE587428,
            "often_c9d1aa7" => PlhFrequency7::OftenC9d1aa7,
            "very_often_00602e0" => PlhFrequency7::VeryOften00602e0,
            "always_08bfba1" => PlhFrequency7::Always08bfba1,
            _ => PlhFrequency7::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            PlhFrequency7::Never06e1b0e => "never_06e1b0e",
            PlhFrequency7::VeryRarely0226291 => "very_rarely_0226291",
            PlhFrequency7::Rarely1b2f16d => "rarely_1b2f16d",
            PlhFrequency7::SometimeE587428 => "sometime_e587428",
            PlhFrequency7::OftenC9d1aa7 => "often_c9d1aa7",
            PlhFrequency7::VeryOften00602e0 => "very_often_00602e0",
            PlhFrequency7::Always08bfba1 => "always_08bfba1",
            PlhFrequency7::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for PlhFrequency7 {
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
/// Option set `protection_concerns` (from `lookup-protection-concerns`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtectionConcerns {
    /// `sexually_exploited`: en: Physical abuse / violence, th: การล่วงละเมิด/ใช้ความรุนแรงทางกาย
    SexuallyExploited,
    /// `gbv_survivor`: en: Sexual abuse / violence, th: การล่วงละเมิด/ใช้ความรุนแรงทางเพศ
    GbvSurvivor,
    /// `arrested_detained`: en: Emotional or psychological abuse / violence, th: การล่วงละเมิด/ใช้ความรุนแรง ทางอารมณ์หรือจิตใจ
    ArrestedDetained,
    /// `trafficked_smuggled`: en: Separated from caregiver, th: ถูกแยกจากผู้ดูแล
    TraffickedSmuggled,
    /// `statelessness`: en: Unaccompanied / Abandonment, th: ไม่มีผู้ดูแล / ถูกทิ้ง
    Statelessness,
    /// `migrant`: en: Neglect, th: การละเลยทอดทิ้ง
    Migrant,
    /// `disabled`: en: Child labour, th: ใช้แรงงานเด็ก
    Disabled,
    /// `serious_health_issue`: en: Hazardous work, th: ทำงานเสี่ยงอันตราย
    SeriousHealthIssue,
    /// `refugee`: en: Sexual exploitation, th: การแสวงหาประโยชน์ทางเพศ
    Refugee,
    /// `caafag`: en: Slavery / sale / abduction / trafficking / forced labour, th: เป็นทาส / ขาย / ลักพาตัว / ค้ามนุษย์ / บังคับใช้แรงงาน
    Caafag,
    /// `street_child`: en: In conflict with the law, th: ทำผิดกฎหมาย
    StreetChild,
    /// `child_mother`: en: Deprived of liberty / in detention, th: ถูกจับกุมตัว / จำกัดเสรีภาพ
    ChildMother,
    /// `physically_or_mentally_abused`: en: Associated with Armed groups / Criminal gangs, th: เกี่ยวข้องกับกลุ่มติดอาวุธ / แก๊งอาชญากร
    PhysicallyOrMentallyAbused,
    /// `living_with_vulnerable_person`: en: Serious medical condition, th: มีการบาดเจ็บร้ายแรง
    LivingWithVulnerablePerson,
    /// `worst_forms_of_child_labor`: en: Disabled, th: พิการ
    WorstFormsOfChildLabor,
    /// `child_headed_household`: en: Psychosocial distress, th: จิตใจมีความเศร้าหมอง
    ChildHeadedHousehold,
    /// `mentally_distressed`: en: Mental disorder, th: ความผิดปกติทางจิต
    MentallyDistressed,
    /// `other`: en: Substance abuse and addiction, th: การใช้สารเสพติดและการเสพติด
    Other,
    /// `gambling_issues`: en: Gambling issues, th: ปัญหาการพนัน
    GamblingIssues,
    /// `belongs_to_marginalized___discriminated_group`: en: Belongs to marginalized / discriminated group, th: เป็นกลุ่มชายขอบ / ถูกเลือกปฏิบัติ
    BelongsToMarginalizedDiscriminatedGroup,
    /// `lack_of_documentation___birth_registration`: en: Lack of documentation / birth registration, th: ไม่มีเอกสาร / ทะเบียนเกิด
    LackOfDocumentationBirthRegistration,
    /// `child_marriage`: en: Child marriage, th: สมรสในวัยเด็ก
    ChildMarriage,
    /// `pregnancy___child_parent`: en: Pregnancy / child parent, th: ตั้งครรภ์หรือมีลูกตั้งแต่เด็ก
    PregnancyChildParent,
    /// `highly_vulnerable_care_arrangement__e_g___caregiver_s_substance_abuse_`: en: Highly vulnerable care arrangement (e.g.: caregiver’s substance abuse), th: สภาพการดูแลเด็กมีความเปราะบางสูง (เช่น ผู้ดูแลติดสารเสพติด)
    HighlyVulnerableCareArrangementEGCaregiverSSubstanceAbuse,
    /// `victim_of_harmful_traditions_practices__e_g___female_genital_mutilation_`: en: Victim of harmful traditions/practices (e.g.: female genital mutilation), th: เป็นเหยื่อของแนวปฏิบัติตามประเพณีที่เป็นอันตราย (เช่น การขลิบอวัยวะเพศหญิง)
    VictimOfHarmfulTraditionsPracticesEGFemaleGenitalMutilation,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl ProtectionConcerns {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            ProtectionConcerns::SexuallyExploited => {
                crate::support::Label::Text("Physical abuse / violence")
            }
            ProtectionConcerns::GbvSurvivor => {
                crate::support::Label::Text("Sexual abuse / violence")
            }
            ProtectionConcerns::ArrestedDetained => {
                crate::support::Label::Text("Emotional or psychological abuse / violence")
            }
            ProtectionConcerns::TraffickedSmuggled => {
                crate::support::Label::Text("Separated from caregiver")
            }
            ProtectionConcerns::Statelessness => {
                crate::support::Label::Text("Unaccompanied / Abandonment")
            }
            ProtectionConcerns::Migrant => crate::support::Label::Text("Neglect"),
            ProtectionConcerns::Disabled => crate::support::Label::Text("Child labour"),
            ProtectionConcerns::SeriousHealthIssue => crate::support::Label::Text("Hazardous work"),
            ProtectionConcerns::Refugee => crate::support::Label::Text("Sexual exploitation"),
            ProtectionConcerns::Caafag => crate::support::Label::Text(
                "Slavery / sale / abduction / trafficking / forced labour",
            ),
            ProtectionConcerns::StreetChild => {
                crate::support::Label::Text("In conflict with the law")
            }
            ProtectionConcerns::ChildMother => {
                crate::support::Label::Text("Deprived of liberty / in detention")
            }
            ProtectionConcerns::PhysicallyOrMentallyAbused => {
                crate::support::Label::Text("Associated with Armed groups / Criminal gangs")
            }
            ProtectionConcerns::LivingWithVulnerablePerson => {
                crate::support::Label::Text("Serious medical condition")
            }
            ProtectionConcerns::WorstFormsOfChildLabor => crate::support::Label::Text("Disabled"),
            ProtectionConcerns::ChildHeadedHousehold => {
                crate::support::Label::Text("Psychosocial distress")
            }
            ProtectionConcerns::MentallyDistressed => {
                crate::support::Label::Text("Mental disorder")
            }
            ProtectionConcerns::Other => {
                crate::support::Label::Text("Substance abuse and addiction")
            }
            ProtectionConcerns::GamblingIssues => crate::support::Label::Text("Gambling issues"),
            ProtectionConcerns::BelongsToMarginalizedDiscriminatedGroup => {
                crate::support::Label::Text("Belongs to marginalized / discriminated group")
            }
            ProtectionConcerns::LackOfDocumentationBirthRegistration => {
                crate::support::Label::Text("Lack of documentation / birth registration")
            }
            ProtectionConcerns::ChildMarriage => crate::support::Label::Text("Child marriage"),
            ProtectionConcerns::PregnancyChildParent => {
                crate::support::Label::Text("Pregnancy / child parent")
            }
            ProtectionConcerns::HighlyVulnerableCareArrangementEGCaregiverSSubstanceAbuse => {
                crate::support::Label::Text(
                    "Highly vulnerable care arrangement (e.g.: caregiver’s substance abuse)",
                )
            }
            ProtectionConcerns::VictimOfHarmfulTraditionsPracticesEGFemaleGenitalMutilation => {
                crate::support::Label::Text(
                    "Victim of harmful traditions/practices (e.g.: female genital mutilation)",
                )
            }
            ProtectionConcerns::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            ProtectionConcerns::SexuallyExploited => {
                crate::support::Label::Text("การล่วงละเมิด/ใช้ความรุนแรงทางกาย")
            }
            ProtectionConcerns::GbvSurvivor => {
                crate::support::Label::Text("การล่วงละเมิด/ใช้ความรุนแรงทางเพศ")
            }
            ProtectionConcerns::ArrestedDetained => {
                crate::support::Label::Text("การล่วงละเมิด/ใช้ความรุนแรง ทางอารมณ์หรือจิตใจ")
            }
            ProtectionConcerns::TraffickedSmuggled => crate::support::Label::Text("ถูกแยกจากผู้ดูแล"),
            ProtectionConcerns::Statelessness => crate::support::Label::Text("ไม่มีผู้ดูแล / ถูกทิ้ง"),
            ProtectionConcerns::Migrant => crate::support::Label::Text("การละเลยทอดทิ้ง"),
            ProtectionConcerns::Disabled => crate::support::Label::Text("ใช้แรงงานเด็ก"),
            ProtectionConcerns::SeriousHealthIssue => {
                crate::support::Label::Text("ทำงานเสี่ยงอันตราย")
            }
            ProtectionConcerns::Refugee => crate::support::Label::Text("การแสวงหาประโยชน์ทางเพศ"),
            ProtectionConcerns::Caafag => {
                crate::support::Label::Text("เป็นทาส / ขาย / ลักพาตัว / ค้ามนุษย์ / บังคับใช้แรงงาน")
            }
            ProtectionConcerns::StreetChild => crate::support::Label::Text("ทำผิดกฎหมาย"),
            ProtectionConcerns::ChildMother => crate::support::Label::Text("ถูกจับกุมตัว / จำกัดเสรีภาพ"),
            ProtectionConcerns::PhysicallyOrMentallyAbused => {
                crate::support::Label::Text("เกี่ยวข้องกับกลุ่มติดอาวุธ / แก๊งอาชญากร")
            }
            ProtectionConcerns::LivingWithVulnerablePerson => {
                crate::support::Label::Text("มีการบาดเจ็บร้ายแรง")
            }
            ProtectionConcerns::WorstFormsOfChildLabor => crate::support::Label::Text("พิการ"),
            ProtectionConcerns::ChildHeadedHousehold => {
                crate::support::Label::Text("จิตใจมีความเศร้าหมอง")
            }
            ProtectionConcerns::MentallyDistressed => crate::support::Label::Text("ความผิดปกติทางจิต"),
            ProtectionConcerns::Other => crate::support::Label::Text("การใช้สารเสพติดและการเสพติด"),
            ProtectionConcerns::GamblingIssues => crate::support::Label::Text("ปัญหาการพนัน"),
            ProtectionConcerns::BelongsToMarginalizedDiscriminatedGroup => {
                crate::support::Label::Text("เป็นกลุ่มชายขอบ / ถูกเลือกปฏิบัติ")
            }
            ProtectionConcerns::LackOfDocumentationBirthRegistration => {
                crate::support::Label::Text("ไม่มีเอกสาร / ทะเบียนเกิด")
            }
            ProtectionConcerns::ChildMarriage => crate::support::Label::Text("สมรสในวัยเด็ก"),
            ProtectionConcerns::PregnancyChildParent => {
                crate::support::Label::Text("ตั้งครรภ์หรือมีลูกตั้งแต่เด็ก")
            }
            ProtectionConcerns::HighlyVulnerableCareArrangementEGCaregiverSSubstanceAbuse => {
                crate::support::Label::Text("สภาพการดูแลเด็กมีความเปราะบางสูง (เช่น ผู้ดูแลติดสารเสพติด)")
            }
            ProtectionConcerns::VictimOfHarmfulTraditionsPracticesEGFemaleGenitalMutilation => {
                crate::support::Label::Text(
                    "เป็นเหยื่อของแนวปฏิบัติตามประเพณีที่เป็นอันตราย (เช่น การขลิบอวัยวะเพศหญิง)",
                )
            }
            ProtectionConcerns::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for ProtectionConcerns {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "sexually_exploited" => ProtectionConcerns::SexuallyExploited,
            "gbv_survivor" => ProtectionConcerns::GbvSurvivor,
            "arrested_detained" => ProtectionConcerns::ArrestedDetained,
            "trafficked_smuggled" => ProtectionConcerns::TraffickedSmuggled,
            "statelessness" => ProtectionConcerns::Statelessness,
            "migrant" => ProtectionConcerns::Migrant,
            "disabled" => ProtectionConcerns::Disabled,
            "serious_health_issue" => ProtectionConcerns::SeriousHealthIssue,
            "refugee" => ProtectionConcerns::Refugee,
            "caafag" => ProtectionConcerns::Caafag,
            "street_child" => ProtectionConcerns::StreetChild,
            "child_mother" => ProtectionConcerns::ChildMother,
            "physically_or_mentally_abused" => ProtectionConcerns::PhysicallyOrMentallyAbused,
            "living_with_vulnerable_person" => ProtectionConcerns::LivingWithVulnerablePerson,
            "worst_forms_of_child_labor" => ProtectionConcerns::WorstFormsOfChildLabor,
            "child_headed_household" => ProtectionConcerns::ChildHeadedHousehold,
            "mentally_distressed" => ProtectionConcerns::MentallyDistressed,
            "other" => ProtectionConcerns::Other,
            "gambling_issues" => ProtectionConcerns::GamblingIssues,
            "belongs_to_marginalized___discriminated_group" => {
                ProtectionConcerns::BelongsToMarginalizedDiscriminatedGroup
            }
            "lack_of_documentation___birth_registration" => {
                ProtectionConcerns::LackOfDocumentationBirthRegistration
            }
            "child_marriage" => ProtectionConcerns::ChildMarriage,
            "pregnancy___child_parent" => ProtectionConcerns::PregnancyChildParent,
            "highly_vulnerable_care_arrangement__e_g___caregiver_s_substance_abuse_" => {
                ProtectionConcerns::HighlyVulnerableCareArrangementEGCaregiverSSubstanceAbuse
            }
            "victim_of_harmful_traditions_practices__e_g___female_genital_mutilation_" => {
                ProtectionConcerns::VictimOfHarmfulTraditionsPracticesEGFemaleGenitalMutilation
            }
            _ => ProtectionConcerns::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            ProtectionConcerns::SexuallyExploited => "sexually_exploited",
            ProtectionConcerns::GbvSurvivor => "gbv_survivor",
            ProtectionConcerns::ArrestedDetained => "arrested_detained",
            ProtectionConcerns::TraffickedSmuggled => "trafficked_smuggled",
            ProtectionConcerns::Statelessness => "statelessness",
            ProtectionConcerns::Migrant => "migrant",
            ProtectionConcerns::Disabled => "disabled",
            ProtectionConcerns::SeriousHealthIssue => "serious_health_issue",
            ProtectionConcerns::Refugee => "refugee",
            ProtectionConcerns::Caafag => "caafag",
            ProtectionConcerns::StreetChild => "street_child",
            ProtectionConcerns::ChildMother => "child_mother",
            ProtectionConcerns::PhysicallyOrMentallyAbused => "physically_or_mentally_abused",
            ProtectionConcerns::LivingWithVulnerablePerson => "living_with_vulnerable_person",
            ProtectionConcerns::WorstFormsOfChildLabor => "worst_forms_of_child_labor",
            ProtectionConcerns::ChildHeadedHousehold => "child_headed_household",
            ProtectionConcerns::MentallyDistressed => "mentally_distressed",
            ProtectionConcerns::Other => "other",
            ProtectionConcerns::GamblingIssues => "gambling_issues",
            ProtectionConcerns::BelongsToMarginalizedDiscriminatedGroup => {
                "belongs_to_marginalized___discriminated_group"
            }
            ProtectionConcerns::LackOfDocumentationBirthRegistration => {
                "lack_of_documentation___birth_registration"
            }
            ProtectionConcerns::ChildMarriage => "child_marriage",
            ProtectionConcerns::PregnancyChildParent => "pregnancy___child_parent",
            ProtectionConcerns::HighlyVulnerableCareArrangementEGCaregiverSSubstanceAbuse => {
                "highly_vulnerable_care_arrangement__e_g___caregiver_s_substance_abuse_"
            }
            ProtectionConcerns::VictimOfHarmfulTraditionsPracticesEGFemaleGenitalMutilation => {
                "victim_of_harmful_traditions_practices__e_g___female_genital_mutilation_"
            }
            ProtectionConcerns::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for ProtectionConcerns {
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
/// Option set `relation` (from `lookup-th-relation-to-the-patient-4db700d`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relation {
    /// `mother`: en: mother, th: แม่
    Mother,
    /// `father`: en: father, th: พ่อ
    Father,
    /// `brother`: en: brother, th: พี่ชายหรือน้องชาย
    Brother,
    /// `sister`: en: sister, th: พี่สาวหรือน้องสาว
    Sister,
    /// `mother_in_law`: en: mother in law, th: แม่ยาย
    MotherInLaw,
    /// `father_in_law`: en: father in law, th: พ่อตา
    FatherInLaw,
    /// `aunt`: en: aunt, th: ป้า
    Aunt,
    /// `uncle`: en: uncle, th: ลุง
    Uncle,
    /// `grandmother`: en: grandmother, th: ย่าหรือยาย
    Grandmother,
    /// `grandfather`: en: grandfather, th: ปู่หรือตา
    Grandfather,
    /// `husband_wife_partner`: en: husband/wife/partner, th: กับสามี ภรรยา หรือคู่ชีวิต
    HusbandWifePartner,
    /// `girl_boy_friend`: en: girl/boy friend, th: แฟน
    GirlBoyFriend,
    /// `son_daughter_or_son_daughter_in_law`: en: son/daughter or son/daughter in law, th: ลูกชาย ลูกสาว หรือ ลูกเลี้ยง
    SonDaughterOrSonDaughterInLaw,
    /// `step_mother`: en: step mother, th: แม่เลี้ยง
    StepMother,
    /// `step_father`: en: step father, th: พ่อเลี้ยง
    StepFather,
    /// `colleague_employer_employee`: en: colleague/employer/employee, th: เพื่อนร่วมงาน นายจ้าง หรือลูกจ้าง
    ColleagueEmployerEmployee,
    /// `caretaker_patron`: en: caretaker/patron, th: ผู้ดูแล
    CaretakerPatron,
    /// `neighbour`: en: neighbour, th: เพื่อนบ้าน
    Neighbour,
    /// `teacher`: en: teacher, th: ครู / อาจารย์
    Teacher,
    /// `monk_abbot_religious_leader`: en: monk/abbot/religious leader, th: พระ / นักบวช / ผู้นำศาสนา
    MonkAbbotReligiousLeader,
    /// `stranger`: en: stranger, th: คนแปลกหน้า
    Stranger,
    /// `other`: en: other, th: อื่น ๆ
    Other,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl Relation {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            Relation::Mother => crate::support::Label::Text("mother"),
            Relation::Father => crate::support::Label::Text("father"),
            Relation::Brother => crate::support::Label::Text("brother"),
            Relation::Sister => crate::support::Label::Text("sister"),
            Relation::MotherInLaw => crate::support::Label::Text("mother in law"),
            Relation::FatherInLaw => crate::support::Label::Text("father in law"),
            Relation::Aunt => crate::support::Label::Text("aunt"),
            Relation::Uncle => crate::support::Label::Text("uncle"),
            Relation::Grandmother => crate::support::Label::Text("grandmother"),
            Relation::Grandfather => crate::support::Label::Text("grandfather"),
            Relation::HusbandWifePartner => crate::support::Label::Text("husband/wife/partner"),
            Relation::GirlBoyFriend => crate::support::Label::Text("girl/boy friend"),
            Relation::SonDaughterOrSonDaughterInLaw => {
                crate::support::Label::Text("son/daughter or son/daughter in law")
            }
            Relation::StepMother => crate::support::Label::Text("step mother"),
            Relation::StepFather => crate::support::Label::Text("step father"),
            Relation::ColleagueEmployerEmployee => {
                crate::support::Label::Text("colleague/employer/employee")
            }
            Relation::CaretakerPatron => crate::support::Label::Text("caretaker/patron"),
            Relation::Neighbour => crate::support::Label::Text("neighbour"),
            Relation::Teacher => crate::support::Label::Text("teacher"),
            Relation::MonkAbbotReligiousLeader => {
                crate::support::Label::Text("monk/abbot/religious leader")
            }
            Relation::Stranger => crate::support::Label::Text("stranger"),
            Relation::Other => crate::support::Label::Text("other"),
            Relation::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            Relation::Mother => crate::support::Label::Text("แม่"),
            Relation::Father => crate::support::Label::Text("พ่อ"),
            Relation::Brother => crate::support::Label::Text("พี่ชายหรือน้องชาย"),
            Relation::Sister => crate::support::Label::Text("พี่สาวหรือน้องสาว"),
            Relation::MotherInLaw => crate::support::Label::Text("แม่ยาย"),
            Relation::FatherInLaw => crate::support::Label::Text("พ่อตา"),
            Relation::Aunt => crate::support::Label::Text("ป้า"),
            Relation::Uncle => crate::support::Label::Text("ลุง"),
            Relation::Grandmother => crate::support::Label::Text("ย่าหรือยาย"),
            Relation::Grandfather => crate::support::Label::Text("ปู่หรือตา"),
            Relation::HusbandWifePartner => crate::support::Label::Text("กับสามี ภรรยา หรือคู่ชีวิต"),
            Relation::GirlBoyFriend => crate::support::Label::Text("แฟน"),
            Relation::SonDaughterOrSonDaughterInLaw => {
                crate::support::Label::Text("ลูกชาย ลูกสาว หรือ ลูกเลี้ยง")
            }
            Relation::StepMother => crate::support::Label::Text("แม่เลี้ยง"),
            Relation::StepFather => crate::support::Label::Text("พ่อเลี้ยง"),
            Relation::ColleagueEmployerEmployee => {
                crate::support::Label::Text("เพื่อนร่วมงาน นายจ้าง หรือลูกจ้าง")
            }
            Relation::CaretakerPatron => crate::support::Label::Text("ผู้ดูแล"),
            Relation::Neighbour => crate::support::Label::Text("เพื่อนบ้าน"),
            Relation::Teacher => crate::support::Label::Text("ครู / อาจารย์"),
            Relation::MonkAbbotReligiousLeader => {
                crate::support::Label::Text("พระ / นักบวช / ผู้นำศาสนา")
            }
            Relation::Stranger => crate::support::Label::Text("คนแปลกหน้า"),
            Relation::Other => crate::support::Label::Text("อื่น ๆ"),
            Relation::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for Relation {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "mother" => Relation::Mother,
            "father" => Relation::Father,
            "brother" => Relation::Brother,
            "sister" => Relation::Sister,
            "mother_in_law" => Relation::MotherInLaw,
            "father_in_law" => Relation::FatherInLaw,
            "aunt" => Relation::Aunt,
            "uncle" => Relation::Uncle,
            "grandmother" => Relation::Grandmother,
            "grandfather" => Relation::Grandfather,
            "husband_wife_partner" => Relation::HusbandWifePartner,
            "girl_boy_friend" => Relation::GirlBoyFriend,
            "son_daughter_or_son_daughter_in_law" => Relation::SonDaughterOrSonDaughterInLaw,
            "step_mother" => Relation::StepMother,
            "step_father" => Relation::StepFather,
            "colleague_employer_employee" => Relation::ColleagueEmployerEmployee,
            "caretaker_patron" => Relation::CaretakerPatron,
            "neighbour" => Relation::Neighbour,
            "teacher" => Relation::Teacher,
            "monk_abbot_religious_leader" => Relation::MonkAbbotReligiousLeader,
            "stranger" => Relation::Stranger,
            "other" => Relation::Other,
            _ => Relation::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Relation::Mother => "mother",
            Relation::Father => "father",
            Relation::Brother => "brother",
            Relation::Sister => "sister",
            Relation::MotherInLaw => "mother_in_law",
            Relation::FatherInLaw => "father_in_law",
            Relation::Aunt => "aunt",
            Relation::Uncle => "uncle",
            Relation::Grandmother => "grandmother",
            Relation::Grandfather => "grandfather",
            Relation::HusbandWifePartner => "husband_wife_partner",
            Relation::GirlBoyFriend => "girl_boy_friend",
            Relation::SonDaughterOrSonDaughterInLaw => "son_daughter_or_son_daughter_in_law",
            Relation::StepMother => "step_mother",
            Relation::StepFather => "step_father",
            Relation::ColleagueEmployerEmployee => "colleague_employer_employee",
            Relation::CaretakerPatron => "caretaker_patron",
            Relation::Neighbour => "neighbour",
            Relation::Teacher => "teacher",
            Relation::MonkAbbotReligiousLeader => "monk_abbot_religious_leader",
            Relation::Stranger => "stranger",
            Relation::Other => "other",
            Relation::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for Relation {
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
/// Option set `risk_level` (from `lookup-risk-level`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RiskLevel {
    /// `high`: en: High, th: สูง
    High,
    /// `medium`: en: Medium, th: กลาง
    Medium,
    /// `low`: en: Low, th: ต่ำ
    Low,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl RiskLevel {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            RiskLevel::High => crate::support::Label::Text("High"),
            RiskLevel::Medium => crate::support::Label::Text("Medium"),
            RiskLevel::Low => crate::support::Label::Text("Low"),
            RiskLevel::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            RiskLevel::High => crate::support::Label::Text("สูง"),
            RiskLevel::Medium => crate::support::Label::Text("กลาง"),
            RiskLevel::Low => crate::support::Label::Text("ต่ำ"),
            RiskLevel::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for RiskLevel {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "high" => RiskLevel::High,
            "medium" => RiskLevel::Medium,
            "low" => RiskLevel::Low,
            _ => RiskLevel::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            RiskLevel::High => "high",
            RiskLevel::Medium => "medium",
            RiskLevel::Low => "low",
            RiskLevel::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for RiskLevel {
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
/// Option set `school_level` (from `lookup-th-school-level-db10033`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchoolLevel {
    /// `kindergarten`: en: Kindergarten, th: อนุบาล
    Kindergarten,
    /// `primary_school`: en: Primary school, th: ประถมศึกษา
    PrimarySchool,
    /// `junior_high_school`: en: Junior high school, th: มัธยมศึกษาตอนต้น
    JuniorHighSchool,
    /// `high_school___vocational_education`: en: High school / Vocational education, th: มัธยมศึกษาตอนปลาย/อาชีวะ/ปวช.
    HighSchoolVocationalEducation,
    /// `diploma___high_vocational_education`: en: Diploma / High vocational education, th: อนุปริญญา/ปวส.
    DiplomaHighVocationalEducation,
    /// `bachelor`: en: Bachelor, th: ปริญญาตรี
    Bachelor,
    /// `higher_than_bachelor`: en: Higher than bachelor, th: สูงกว่าปริญญาตรี
    HigherThanBachelor,
    /// `career_training__technician_`: en: Career training (technician), th: ฝึกอาชีพ (งานช่าง ฯลฯ)
    CareerTrainingTechnician,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// `dropped_out_of_school`: en: Dropped out of school, th: ออกจากโรงเรียนกลางคัน
    DroppedOutOfSchool,
    /// `no_information`: en: No information, th: ไม่มีข้อมูล
    NoInformation,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl SchoolLevel {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            SchoolLevel::Kindergarten => crate::support::Label::Text("Kindergarten"),
            SchoolLevel::PrimarySchool => crate::support::Label::Text("Primary school"),
            SchoolLevel::JuniorHighSchool => crate::support::Label::Text("Junior high school"),
            SchoolLevel::HighSchoolVocationalEducation => {
                crate::support::Label::Text("High school / Vocational education")
            }
            SchoolLevel::DiplomaHighVocationalEducation => {
                crate::support::Label::Text("Diploma / High vocational education")
            }
            SchoolLevel::Bachelor => crate::support::Label::Text("Bachelor"),
            SchoolLevel::HigherThanBachelor => crate::support::Label::Text("Higher than bachelor"),
            SchoolLevel::CareerTrainingTechnician => {
                crate::support::Label::Text("Career training (technician)")
            }
            SchoolLevel::Other => crate::support::Label::Text("Other"),
            SchoolLevel::DroppedOutOfSchool => crate::support::Label::Text("Dropped out of school"),
            SchoolLevel::NoInformation => crate::support::Label::Text("No information"),
            SchoolLevel::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            SchoolLevel::Kindergarten => crate::support::Label::Text("อนุบาล"),
            SchoolLevel::PrimarySchool => crate::support::Label::Text("ประถมศึกษา"),
            SchoolLevel::JuniorHighSchool => crate::support::Label::Text("มัธยมศึกษาตอนต้น"),
            SchoolLevel::HighSchoolVocationalEducation => {
                crate::support::Label::Text("มัธยมศึกษาตอนปลาย/อาชีวะ/ปวช.")
            }
            SchoolLevel::DiplomaHighVocationalEducation => {
                crate::support::Label::Text("อนุปริญญา/ปวส.")
            }
            SchoolLevel::Bachelor => crate::support::Label::Text("ปริญญาตรี"),
            SchoolLevel::HigherThanBachelor => crate::support::Label::Text("สูงกว่าปริญญาตรี"),
            SchoolLevel::CareerTrainingTechnician => {
                crate::support::Label::Text("ฝึกอาชีพ (งานช่าง ฯลฯ)")
            }
            SchoolLevel::Other => crate::support::Label::Text("อื่น ๆ"),
            SchoolLevel::DroppedOutOfSchool => crate::support::Label::Text("ออกจากโรงเรียนกลางคัน"),
            SchoolLevel::NoInformation => crate::support::Label::Text("ไม่มีข้อมูล"),
            SchoolLevel::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for SchoolLevel {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "kindergarten" => SchoolLevel::Kindergarten,
            "primary_school" => SchoolLevel::PrimarySchool,
            "junior_high_school" => SchoolLevel::JuniorHighSchool,
            "high_school___vocational_education" => SchoolLevel::HighSchoolVocationalEducation,
            "diploma___high_vocational_education" => SchoolLevel::DiplomaHighVocationalEducation,
            "bachelor" => SchoolLevel::Bachelor,
            "higher_than_bachelor" => SchoolLevel::HigherThanBachelor,
            "career_training__technician_" => SchoolLevel::CareerTrainingTechnician,
            "other" => SchoolLevel::Other,
            "dropped_out_of_school" => SchoolLevel::DroppedOutOfSchool,
            "no_information" => SchoolLevel::NoInformation,
            _ => SchoolLevel::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            SchoolLevel::Kindergarten => "kindergarten",
            SchoolLevel::PrimarySchool => "primary_school",
            SchoolLevel::JuniorHighSchool => "junior_high_school",
            SchoolLevel::HighSchoolVocationalEducation => "high_school___vocational_education",
            SchoolLevel::DiplomaHighVocationalEducation => "diploma___high_vocational_education",
            SchoolLevel::Bachelor => "bachelor",
            SchoolLevel::HigherThanBachelor => "higher_than_bachelor",
            SchoolLevel::CareerTrainingTechnician => "career_training__technician_",
            SchoolLevel::Other => "other",
            SchoolLevel::DroppedOutOfSchool => "dropped_out_of_school",
            SchoolLevel::NoInformation => "no_information",
            SchoolLevel::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for SchoolLevel {
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
/// Option set `service_response_type` (from `lookup-service-response-type`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceResponseType {
    /// `service_provision`: en: Further Evaluation, th: ประเมินเพิ่มเติม
    ServiceProvision,
    /// `medical_treatment`: en: Medical Treatment, th: การดูแลรักษาทางการแพทย์
    MedicalTreatment,
    /// `psychosocial_support`: en: Psychosocial Support, th: การช่วยเหลือด้านจิตใจ
    PsychosocialSupport,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl ServiceResponseType {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            ServiceResponseType::ServiceProvision => {
                crate::support::Label::Text("Further Evaluation")
            }
            ServiceResponseType::MedicalTreatment => {
                crate::support::Label::Text("Medical Treatment")
            }
            ServiceResponseType::PsychosocialSupport => {
                crate::support::Label::Text("Psychosocial Support")
            }
            ServiceResponseType::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            ServiceResponseType::ServiceProvision => crate::support::Label::Text("ประเมินเพิ่มเติม"),
            ServiceResponseType::MedicalTreatment => {
                crate::support::Label::Text("การดูแลรักษาทางการแพทย์")
            }
            ServiceResponseType::PsychosocialSupport => {
                crate::support::Label::Text("การช่วยเหลือด้านจิตใจ")
            }
            ServiceResponseType::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for ServiceResponseType {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "service_provision" => ServiceResponseType::ServiceProvision,
            "medical_treatment" => ServiceResponseType::MedicalTreatment,
            "psychosocial_support" => ServiceResponseType::PsychosocialSupport,
            _ => ServiceResponseType::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            ServiceResponseType::ServiceProvision => "service_provision",
            ServiceResponseType::MedicalTreatment => "medical_treatment",
            ServiceResponseType::PsychosocialSupport => "psychosocial_support",
            ServiceResponseType::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for ServiceResponseType {
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
/// Option set `services_all` (from `lookup-th-services-all-ac059b6`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServicesAll {
    /// `evaluation_of_injury_characteristics`: en: Evaluation of injury characteristics, th: ประเมินลักษณะการบาดเจ็บ
    EvaluationOfInjuryCharacteristics,
    /// `age_assessment`: en: Age evaluation, th: การประเมินอายุ
    AgeAssessment,
    /// `mental_evaluation`: en: Mental evaluation, th: ประเมินสภาพจิตใจ
    MentalEvaluation,
    /// `ptsd_evaluation`: en: PTSD evaluation, th: ประเมิน PTSD
    PtsdEvaluation,
    /// `psychological_test`: en: Psychological test, th: Psychological test
    PsychologicalTest,
    /// `iq_test`: en: IQ test, th: IQ Test
    IqTest,
    /// `family_evaluation`: en: Family evaluation, th: ประเมินครอบครัว
    FamilyEvaluation,
    /// `social_issue_evaluation`: en: Social issue evaluation, th: ประเมินปัญหาทางสังคม
    SocialIssueEvaluation,
    /// `potential_risk_of_recurring_evaluation`: en: Potential risk of recurring evaluation, th: ประเมินความเสี่ยงต่อการถูกกระทำซ้ำ
    PotentialRiskOfRecurringEvaluation,
    /// `readiness_to_return_to_society_evaluation`: en: Readiness to return to society evaluation, th: ประเมินความพร้อมในการกลับสู่สังคม
    ReadinessToReturnToSocietyEvaluation,
    /// `injury_treatment`: en: Injury treatment, th: การดูแลรุักษาการบาดเจ็บ
    InjuryTreatment,
    /// `refer_to_specialist_doctor`: en: Refer to specialist doctor, th: ส่งต่อพบแพทย์เฉพาะทาง
    ReferToSpecialistDoctor,
    /// `counseling`: en: Counseling, th: ให้คำปรึกษา
    Counseling,
    /// `psychotherapy_`: en: Psychotherapy , th: เยียวยาจิตใจ
    Psychotherapy,
    /// `psychiatric_medical_treatment`: en: Psychiatric medical treatment, th: การดูแลรักษาทางการแพทย์ด้านจิตเวช
    PsychiatricMedicalTreatment,
    /// `family_therapy_`: en: Family therapy , th: บำบัดครอบครัว
    FamilyTherapy,
    /// `cpt`: en: CPT, th: บำบัดความคิดและพฤติกรรม (CPT)
    Cpt,
    /// `pregnancy_prevention_by_medicine`: en: Pregnancy prevention by medicine, th: ยาป้องกันการตั้งครรภ์
    PregnancyPreventionByMedicine,
    /// `hiv_prevention`: en: HIV prevention, th: ป้องกันการติดเชื้อ HIV
    HivPrevention,
    /// `other_sexual_disease_prevention`: en: Other sexual disease prevention, th: ป้องกันการติดเชื้อทางเพศสัมพันธ์
    OtherSexualDiseasePrevention,
    /// `psychosocial_support`: en: Psychosocial support, th: การช่วยเหลือด้านจิตสังคม
    PsychosocialSupport,
    /// `social_welfare_support`: en: Social welfare support, th: การช่วยเหลือด้านสวัสดิการสังคม
    SocialWelfareSupport,
    /// `legal_support`: en: Legal support, th: การช่วยเหลือด้านกฎหมาย
    LegalSupport,
    /// `family_counseling`: en: Family counseling, th: ให้คำปรึกษาครอบครัว
    FamilyCounseling,
    /// `psychosocial_education`: en: Psychosocial education, th: ให้ความรู้ด้านจิตสังคม
    PsychosocialEducation,
    /// `follow_up_visit`: en: Follow-up visit, th: ติดตามเยี่ยม
    FollowUpVisit,
    /// `career_support`: en: Career support, th: ส่งเสริมการประกอบอาชีพ
    CareerSupport,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl ServicesAll {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            ServicesAll::EvaluationOfInjuryCharacteristics => {
                crate::support::Label::Text("Evaluation of injury characteristics")
            }
            ServicesAll::AgeAssessment => crate::support::Label::Text("Age evaluation"),
            ServicesAll::MentalEvaluation => crate::support::Label::Text("Mental evaluation"),
            ServicesAll::PtsdEvaluation => crate::support::Label::Text("PTSD evaluation"),
            ServicesAll::PsychologicalTest => crate::support::Label::Text("Psychological test"),
            ServicesAll::IqTest => crate::support::Label::Text("IQ test"),
            ServicesAll::FamilyEvaluation => crate::support::Label::Text("Family evaluation"),
            ServicesAll::SocialIssueEvaluation => {
                crate::support::Label::Text("Social issue evaluation")
            }
            ServicesAll::PotentialRiskOfRecurringEvaluation => {
                crate::support::Label::Text("Potential risk of recurring evaluation")
            }
            ServicesAll::ReadinessToReturnToSocietyEvaluation => {
                crate::support::Label::Text("Readiness to return to society evaluation")
            }
            ServicesAll::InjuryTreatment => crate::support::Label::Text("Injury treatment"),
            ServicesAll::ReferToSpecialistDoctor => {
                crate::support::Label::Text("Refer to specialist doctor")
            }
            ServicesAll::Counseling => crate::support::Label::Text("Counseling"),
            ServicesAll::Psychotherapy => crate::support::Label::Text("Psychotherapy "),
            ServicesAll::PsychiatricMedicalTreatment => {
                crate::support::Label::Text("Psychiatric medical treatment")
            }
            ServicesAll::FamilyTherapy => crate::support::Label::Text("Family therapy "),
            ServicesAll::Cpt => crate::support::Label::Text("CPT"),
            ServicesAll::PregnancyPreventionByMedicine => {
                crate::support::Label::Text("Pregnancy prevention by medicine")
            }
            ServicesAll::HivPrevention => crate::support::Label::Text("HIV prevention"),
            ServicesAll::OtherSexualDiseasePrevention => {
                crate::support::Label::Text("Other sexual disease prevention")
            }
            ServicesAll::PsychosocialSupport => crate::support::Label::Text("Psychosocial support"),
            ServicesAll::SocialWelfareSupport => {
                crate::support::Label::Text("Social welfare support")
            }
            ServicesAll::LegalSupport => crate::support::Label::Text("Legal support"),
            ServicesAll::FamilyCounseling => crate::support::Label::Text("Family counseling"),
            ServicesAll::PsychosocialEducation => {
                crate::support::Label::Text("Psychosocial education")
            }
            ServicesAll::FollowUpVisit => crate::support::Label::Text("Follow-up visit"),
            ServicesAll::CareerSupport => crate::support::Label::Text("Career support"),
            ServicesAll::Other => crate::support::Label::Text("Other"),
            ServicesAll::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            ServicesAll::EvaluationOfInjuryCharacteristics => {
                crate::support::Label::Text("ประเมินลักษณะการบาดเจ็บ")
            }
            ServicesAll::AgeAssessment => crate::support::Label::Text("การประเมินอายุ"),
            ServicesAll::MentalEvaluation => crate::support::Label::Text("ประเมินสภาพจิตใจ"),
            ServicesAll::PtsdEvaluation => crate::support::Label::Text("ประเมิน PTSD"),
            ServicesAll::PsychologicalTest => crate::support::Label::Text("Psychological test"),
            ServicesAll::IqTest => crate::support::Label::Text("IQ Test"),
            ServicesAll::FamilyEvaluation => crate::support::Label::Text("ประเมินครอบครัว"),
            ServicesAll::SocialIssueEvaluation => crate::support::Label::Text("ประเมินปัญหาทางสังคม"),
            ServicesAll::PotentialRiskOfRecurringEvaluation => {
                crate::support::Label::Text("ประเมินความเสี่ยงต่อการถูกกระทำซ้ำ")
            }
            ServicesAll::ReadinessToReturnToSocietyEvaluation => {
                crate::support::Label::Text("ประเมินความพร้อมในการกลับสู่สังคม")
            }
            ServicesAll::InjuryTreatment => crate::support::Label::Text("การดูแลรุักษาการบาดเจ็บ"),
            ServicesAll::ReferToSpecialistDoctor => {
                crate::support::Label::Text("ส่งต่อพบแพทย์เฉพาะทาง")
            }
            ServicesAll::Counseling => crate::support::Label::Text("ให้คำปรึกษา"),
            ServicesAll::Psychotherapy => crate::support::Label::Text("เยียวยาจิตใจ"),
            ServicesAll::PsychiatricMedicalTreatment => {
                crate::support::Label::Text("การดูแลรักษาทางการแพทย์ด้านจิตเวช")
            }
            ServicesAll::FamilyTherapy => crate::support::Label::Text("บำบัดครอบครัว"),
            ServicesAll::Cpt => crate::support::Label::Text("บำบัดความคิดและพฤติกรรม (CPT)"),
            ServicesAll::PregnancyPreventionByMedicine => {
                crate::support::Label::Text("ยาป้องกันการตั้งครรภ์")
            }
            ServicesAll::HivPrevention => crate::support::Label::Text("ป้องกันการติดเชื้อ HIV"),
            ServicesAll::OtherSexualDiseasePrevention => {
                crate::support::Label::Text("ป้องกันการติดเชื้อทางเพศสัมพันธ์")
            }
            ServicesAll::PsychosocialSupport => crate::support::Label::Text("การช่วยเหลือด้านจิตสังคม"),
            ServicesAll::SocialWelfareSupport => {
                crate::support::Label::Text("การช่วยเหลือด้านสวัสดิการสังคม")
            }
            ServicesAll::LegalSupport => crate::support::Label::Text("การช่วยเหลือด้านกฎหมาย"),
            ServicesAll::FamilyCounseling => crate::support::Label::Text("ให้คำปรึกษาครอบครัว"),
            ServicesAll::PsychosocialEducation => crate::support::Label::Text("ให้ความรู้ด้านจิตสังคม"),
            ServicesAll::FollowUpVisit => crate::support::Label::Text("ติดตามเยี่ยม"),
            ServicesAll::CareerSupport => crate::support::Label::Text("ส่งเสริมการประกอบอาชีพ"),
            ServicesAll::Other => crate::support::Label::Text("อื่น ๆ"),
            ServicesAll::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for ServicesAll {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "evaluation_of_injury_characteristics" => {
                ServicesAll::EvaluationOfInjuryCharacteristics
            }
            "age_assessment" => ServicesAll::AgeAssessment,
            "mental_evaluation" => ServicesAll::MentalEvaluation,
            "ptsd_evaluation" => ServicesAll::PtsdEvaluation,
            "psychological_test" => ServicesAll::PsychologicalTest,
            "iq_test" => ServicesAll::IqTest,
            "family_evaluation" => ServicesAll::FamilyEvaluation,
            "social_issue_evaluation" => ServicesAll::SocialIssueEvaluation,
            "potential_risk_of_recurring_evaluation" => {
                ServicesAll::PotentialRiskOfRecurringEvaluation
            }
            "readiness_to_return_to_society_evaluation" => {
                ServicesAll::ReadinessToReturnToSocietyEvaluation
            }
            "injury_treatment" => ServicesAll::InjuryTreatment,
            "refer_to_specialist_doctor" => ServicesAll::ReferToSpecialistDoctor,
            "counseling" => ServicesAll::Counseling,
            "psychotherapy_" => ServicesAll::Psychotherapy,
            "psychiatric_medical_treatment" => ServicesAll::PsychiatricMedicalTreatment,
            "family_therapy_" => ServicesAll::FamilyTherapy,
            "cpt" => ServicesAll::Cpt,
            "pregnancy_prevention_by_medicine" => ServicesAll::PregnancyPreventionByMedicine,
            "hiv_prevention" => ServicesAll::HivPrevention,
            "other_sexual_disease_prevention" => ServicesAll::OtherSexualDiseasePrevention,
            "psychosocial_support" => ServicesAll::PsychosocialSupport,
            "social_welfare_support" => ServicesAll::SocialWelfareSupport,
            "legal_support" => ServicesAll::LegalSupport,
            "family_counseling" => ServicesAll::FamilyCounseling,
            "psychosocial_education" => ServicesAll::PsychosocialEducation,
            "follow_up_visit" => ServicesAll::FollowUpVisit,
            "career_support" => ServicesAll::CareerSupport,
            "other" => ServicesAll::Other,
            _ => ServicesAll::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            ServicesAll::EvaluationOfInjuryCharacteristics => {
                "evaluation_of_injury_characteristics"
            }
            ServicesAll::AgeAssessment => "age_assessment",
            ServicesAll::MentalEvaluation => "mental_evaluation",
            ServicesAll::PtsdEvaluation => "ptsd_evaluation",
            ServicesAll::PsychologicalTest => "psychological_test",
            ServicesAll::IqTest => "iq_test",
            ServicesAll::FamilyEvaluation => "family_evaluation",
            ServicesAll::SocialIssueEvaluation => "social_issue_evaluation",
            ServicesAll::PotentialRiskOfRecurringEvaluation => {
                "potential_risk_of_recurring_evaluation"
            }
            ServicesAll::ReadinessToReturnToSocietyEvaluation => {
                "readiness_to_return_to_society_evaluation"
            }
            ServicesAll::InjuryTreatment => "injury_treatment",
            ServicesAll::ReferToSpecialistDoctor => "refer_to_specialist_doctor",
            ServicesAll::Counseling => "counseling",
            ServicesAll::Psychotherapy => "psychotherapy_",
            ServicesAll::PsychiatricMedicalTreatment => "psychiatric_medical_treatment",
            ServicesAll::FamilyTherapy => "family_therapy_",
            ServicesAll::Cpt => "cpt",
            ServicesAll::PregnancyPreventionByMedicine => "pregnancy_prevention_by_medicine",
            ServicesAll::HivPrevention => "hiv_prevention",
            ServicesAll::OtherSexualDiseasePrevention => "other_sexual_disease_prevention",
            ServicesAll::PsychosocialSupport => "psychosocial_support",
            ServicesAll::SocialWelfareSupport => "social_welfare_support",
            ServicesAll::LegalSupport => "legal_support",
            ServicesAll::FamilyCounseling => "family_counseling",
            ServicesAll::PsychosocialEducation => "psychosocial_education",
            ServicesAll::FollowUpVisit => "follow_up_visit",
            ServicesAll::CareerSupport => "career_support",
            ServicesAll::Other => "other",
            ServicesAll::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for ServicesAll {
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
/// Option set `status_of_treatment_plan` (from `lookup-th-status-of-treatment-plan-5d53730`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusOfTreatmentPlan {
    /// `completed`: en: Completed, th: เสร็จสิ้น
    Completed,
    /// `in_progress`: en: In progress, th: อยู่ระหว่างดำเนินการ
    InProgress,
    /// `referred_to_another_agency`: en: Referred to another agency, th: ส่งต่อไปยังหน่วยงานอื่น
    ReferredToAnotherAgency,
    /// `refused`: en: Refused, th: ถูกปฏิเสธ
    Refused,
    /// `patient_cannot_follow_the_plan`: en: Patient cannot follow the plan, th: ไม่สามารถติดตามผู้ป่วยได้
    PatientCannotFollowThePlan,
    /// `patient_died`: en: Patient died, th: เสียชีวิต
    PatientDied,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl StatusOfTreatmentPlan {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            StatusOfTreatmentPlan::Completed => crate::support::Label::Text("Completed"),
            StatusOfTreatmentPlan::InProgress => crate::support::Label::Text("In progress"),
            StatusOfTreatmentPlan::ReferredToAnotherAgency => {
                crate::support::Label::Text("Referred to another agency")
            }
            StatusOfTreatmentPlan::Refused => crate::support::Label::Text("Refused"),
            StatusOfTreatmentPlan::PatientCannotFollowThePlan => {
                crate::support::Label::Text("Patient cannot follow the plan")
            }
            StatusOfTreatmentPlan::PatientDied => crate::support::Label::Text("Patient died"),
            StatusOfTreatmentPlan::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            StatusOfTreatmentPlan::Completed => crate::support::Label::Text("เสร็จสิ้น"),
            StatusOfTreatmentPlan::InProgress => crate::support::Label::Text("อยู่ระหว่างดำเนินการ"),
            StatusOfTreatmentPlan::ReferredToAnotherAgency => {
                crate::support::Label::Text("ส่งต่อไปยังหน่วยงานอื่น")
            }
            StatusOfTreatmentPlan::Refused => crate::support::Label::Text("ถูกปฏิเสธ"),
            StatusOfTreatmentPlan::PatientCannotFollowThePlan => {
                crate::support::Label::Text("ไม่สามารถติดตามผู้ป่วยได้")
            }
            StatusOfTreatmentPlan::PatientDied => crate::support::Label::Text("เสียชีวิต"),
            StatusOfTreatmentPlan::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for StatusOfTreatmentPlan {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "completed" => StatusOfTreatmentPlan::Completed,
            "in_progress" => StatusOfTreatmentPlan::InProgress,
            "referred_to_another_agency" => StatusOfTreatmentPlan::ReferredToAnotherAgency,
            "refused" => StatusOfTreatmentPlan::Refused,
            "patient_cannot_follow_the_plan" => StatusOfTreatmentPlan::PatientCannotFollowThePlan,
            "patient_died" => StatusOfTreatmentPlan::PatientDied,
            _ => StatusOfTreatmentPlan::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            StatusOfTreatmentPlan::Completed => "completed",
            StatusOfTreatmentPlan::InProgress => "in_progress",
            StatusOfTreatmentPlan::ReferredToAnotherAgency => "referred_to_another_agency",
            StatusOfTreatmentPlan::Refused => "refused",
            StatusOfTreatmentPlan::PatientCannotFollowThePlan => "patient_cannot_follow_the_plan",
            StatusOfTreatmentPlan::PatientDied => "patient_died",
            StatusOfTreatmentPlan::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for StatusOfTreatmentPlan {
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
/// Option set `stimulant_factors` (from `lookup-th-stimulant-factors-ba86c95`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StimulantFactors {
    /// `alcohol`: en: Alcohol, th: สุรา
    Alcohol,
    /// `amphetamines___narcotics`: en: Amphetamines / narcotics, th: ยาบ้า / สารเสพติด
    AmphetaminesNarcotics,
    /// `pornography`: en: Pornography, th: สื่อลามก
    Pornography,
    /// `none_of_the_above`: en: None of the above, th: ไม่ใช่ตัวเลือกใดเลยจากตัวเลือกทั้งหมด
    NoneOfTheAbove,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl StimulantFactors {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            StimulantFactors::Alcohol => crate::support::Label::Text("Alcohol"),
            StimulantFactors::AmphetaminesNarcotics => {
                crate::support::Label::Text("Amphetamines / narcotics")
            }
            StimulantFactors::Pornography => crate::support::Label::Text("Pornography"),
            StimulantFactors::NoneOfTheAbove => crate::support::Label::Text("None of the above"),
            StimulantFactors::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            StimulantFactors::Alcohol => crate::support::Label::Text("สุรา"),
            StimulantFactors::AmphetaminesNarcotics => {
                crate::support::Label::Text("ยาบ้า / สารเสพติด")
            }
            StimulantFactors::Pornography => crate::support::Label::Text("สื่อลามก"),
            StimulantFactors::NoneOfTheAbove => {
                crate::support::Label::Text("ไม่ใช่ตัวเลือกใดเลยจากตัวเลือกทั้งหมด")
            }
            StimulantFactors::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for StimulantFactors {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "alcohol" => StimulantFactors::Alcohol,
            "amphetamines___narcotics" => StimulantFactors::AmphetaminesNarcotics,
            "pornography" => StimulantFactors::Pornography,
            "none_of_the_above" => StimulantFactors::NoneOfTheAbove,
            _ => StimulantFactors::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            StimulantFactors::Alcohol => "alcohol",
            StimulantFactors::AmphetaminesNarcotics => "amphetamines___narcotics",
            StimulantFactors::Pornography => "pornography",
            StimulantFactors::NoneOfTheAbove => "none_of_the_above",
            StimulantFactors::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for StimulantFactors {
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
/// Option set `type_of_abuse` (from `lookup-th-type-of-abuse-d1cae97`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeOfAbuse {
    /// `physical_abuse`: en: Physical abuse, th: การล่วงละเมิดทางกาย
    PhysicalAbuse,
    /// `sexual_abuse`: en: Sexual abuse, th: การล่วงละเมิดทางเพศ
    SexualAbuse,
    /// `unexpected_pregnancy`: en: Unexpected Pregnancy, th: ตั้งครรภ์ไม่พึงประสงค์
    UnexpectedPregnancy,
    /// `mental_abuse`: en: Mental abuse, th: การล่วงละเมิดทางจิตใจ
    MentalAbuse,
    /// `neglect`: en: Neglect, th: การละเลยทอดทิ้ง
    Neglect,
    /// `exploitation`: en: Exploitation, th: การแสวงหาประโยชน์
    Exploitation,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl TypeOfAbuse {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            TypeOfAbuse::PhysicalAbuse => crate::support::Label::Text("Physical abuse"),
            TypeOfAbuse::SexualAbuse => crate::support::Label::Text("Sexual abuse"),
            TypeOfAbuse::UnexpectedPregnancy => crate::support::Label::Text("Unexpected Pregnancy"),
            TypeOfAbuse::MentalAbuse => crate::support::Label::Text("Mental abuse"),
            TypeOfAbuse::Neglect => crate::support::Label::Text("Neglect"),
            TypeOfAbuse::Exploitation => crate::support::Label::Text("Exploitation"),
            TypeOfAbuse::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            TypeOfAbuse::PhysicalAbuse => crate::support::Label::Text("การล่วงละเมิดทางกาย"),
            TypeOfAbuse::SexualAbuse => crate::support::Label::Text("การล่วงละเมิดทางเพศ"),
            TypeOfAbuse::UnexpectedPregnancy => crate::support::Label::Text("ตั้งครรภ์ไม่พึงประสงค์"),
            TypeOfAbuse::MentalAbuse => crate::support::Label::Text("การล่วงละเมิดทางจิตใจ"),
            TypeOfAbuse::Neglect => crate::support::Label::Text("การละเลยทอดทิ้ง"),
            TypeOfAbuse::Exploitation => crate::support::Label::Text("การแสวงหาประโยชน์"),
            TypeOfAbuse::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for TypeOfAbuse {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "physical_abuse" => TypeOfAbuse::PhysicalAbuse,
            "sexual_abuse" => TypeOfAbuse::SexualAbuse,
            "unexpected_pregnancy" => TypeOfAbuse::UnexpectedPregnancy,
            "mental_abuse" => TypeOfAbuse::MentalAbuse,
            "neglect" => TypeOfAbuse::Neglect,
            "exploitation" => TypeOfAbuse::Exploitation,
            _ => TypeOfAbuse::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            TypeOfAbuse::PhysicalAbuse => "physical_abuse",
            TypeOfAbuse::SexualAbuse => "sexual_abuse",
            TypeOfAbuse::UnexpectedPregnancy => "unexpected_pregnancy",
            TypeOfAbuse::MentalAbuse => "mental_abuse",
            TypeOfAbuse::Neglect => "neglect",
            TypeOfAbuse::Exploitation => "exploitation",
            TypeOfAbuse::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for TypeOfAbuse {
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
/// Option set `type_of_place_incident` (from `lookup-th-type-of-place-incident-b37fe11`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeOfPlaceIncident {
    /// `home_of_the_patient`: en: Home of the patient, th: บ้านของผู้ใช้บริการ
    HomeOfThePatient,
    /// `home_of_the_perpetrator_`: en: Home of the perpetrator , th: บ้านผู้ต้องสงสัย
    HomeOfThePerpetrator,
    /// `home_of_other__please_specify_`: en: Home of other (please specify), th: บ้านคนอื่น ระบุ.....
    HomeOfOtherPleaseSpecify,
    /// `dormitory`: en: Dormitory, th: หอพัก
    Dormitory,
    /// `park`: en: Park, th: สวนสาธารณะ
    Park,
    /// `stadium`: en: Stadium, th: สนามกีฬา
    Stadium,
    /// `forest___isolated___abandoned_house`: en: Forest / Isolated / abandoned house, th: ในป่า/ที่เปลี่ยว/บ้านร้าง
    ForestIsolatedAbandonedHouse,
    /// `road___highway`: en: Road / Highway, th: ถนน/ทางหลวง
    RoadHighway,
    /// `mall`: en: Mall, th: ห้างสรรพสินค้า
    Mall,
    /// `office___workplace`: en: Office / workplace, th: สถานที่ทำงาน
    OfficeWorkplace,
    /// `school___nursery`: en: School / nursery, th: สถานที่เรียน / โรงเรียน / สถานรับเลี้ยงเด็ก
    SchoolNursery,
    /// `pub___bar___club___restaurant`: en: Pub / bar / club / restaurant, th: สถานบันเทิง ผับ / บาร์/ คลับ/ ร้านอาหาร
    PubBarClubRestaurant,
    /// `hotel`: en: Hotel, th: โรงแรม
    Hotel,
    /// `field___farm___garden`: en: Field / farm / garden, th: นา/ไร่/สวน
    FieldFarmGarden,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl TypeOfPlaceIncident {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            TypeOfPlaceIncident::HomeOfThePatient => {
                crate::support::Label::Text("Home of the patient")
            }
            TypeOfPlaceIncident::HomeOfThePerpetrator => {
                crate::support::Label::Text("Home of the perpetrator ")
            }
            TypeOfPlaceIncident::HomeOfOtherPleaseSpecify => {
                crate::support::Label::Text("Home of other (please specify)")
            }
            TypeOfPlaceIncident::Dormitory => crate::support::Label::Text("Dormitory"),
            TypeOfPlaceIncident::Park => crate::support::Label::Text("Park"),
            TypeOfPlaceIncident::Stadium => crate::support::Label::Text("Stadium"),
            TypeOfPlaceIncident::ForestIsolatedAbandonedHouse => {
                crate::support::Label::Text("Forest / Isolated / abandoned house")
            }
            TypeOfPlaceIncident::RoadHighway => crate::support::Label::Text("Road / Highway"),
            TypeOfPlaceIncident::Mall => crate::support::Label::Text("Mall"),
            TypeOfPlaceIncident::OfficeWorkplace => {
                crate::support::Label::Text("Office / workplace")
            }
            TypeOfPlaceIncident::SchoolNursery => crate::support::Label::Text("School / nursery"),
            TypeOfPlaceIncident::PubBarClubRestaurant => {
                crate::support::Label::Text("Pub / bar / club / restaurant")
            }
            TypeOfPlaceIncident::Hotel => crate::support::Label::Text("Hotel"),
            TypeOfPlaceIncident::FieldFarmGarden => {
                crate::support::Label::Text("Field / farm / garden")
            }
            TypeOfPlaceIncident::Other => crate::support::Label::Text("Other"),
            TypeOfPlaceIncident::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            TypeOfPlaceIncident::HomeOfThePatient => crate::support::Label::Text("บ้านของผู้ใช้บริการ"),
            TypeOfPlaceIncident::HomeOfThePerpetrator => crate::support::Label::Text("บ้านผู้ต้องสงสัย"),
            TypeOfPlaceIncident::HomeOfOtherPleaseSpecify => {
                crate::support::Label::Text("บ้านคนอื่น ระบุ.....")
            }
            TypeOfPlaceIncident::Dormitory => crate::support::Label::Text("หอพัก"),
            TypeOfPlaceIncident::Park => crate::support::Label::Text("สวนสาธารณะ"),
            TypeOfPlaceIncident::Stadium => crate::support::Label::Text("สนามกีฬา"),
            TypeOfPlaceIncident::ForestIsolatedAbandonedHouse => {
                crate::support::Label::Text("ในป่า/ที่เปลี่ยว/บ้านร้าง")
            }
            TypeOfPlaceIncident::RoadHighway => crate::support::Label::Text("ถนน/ทางหลวง"),
            TypeOfPlaceIncident::Mall => crate::support::Label::Text("ห้างสรรพสินค้า"),
            TypeOfPlaceIncident::OfficeWorkplace => crate::support::Label::Text("สถานที่ทำงาน"),
            TypeOfPlaceIncident::SchoolNursery => {
                crate::support::Label::Text("สถานที่เรียน / โรงเรียน / สถานรับเลี้ยงเด็ก")
            }
            TypeOfPlaceIncident::PubBarClubRestaurant => {
                crate::support::Label::Text("สถานบันเทิง ผับ / บาร์/ คลับ/ ร้านอาหาร")
            }
            TypeOfPlaceIncident::Hotel => crate::support::Label::Text("โรงแรม"),
            TypeOfPlaceIncident::FieldFarmGarden => crate::support::Label::Text("นา/ไร่/สวน"),
            TypeOfPlaceIncident::Other => crate::support::Label::Text("อื่น ๆ"),
            TypeOfPlaceIncident::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for TypeOfPlaceIncident {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "home_of_the_patient" => TypeOfPlaceIncident::HomeOfThePatient,
            "home_of_the_perpetrator_" => TypeOfPlaceIncident::HomeOfThePerpetrator,
            "home_of_other__please_specify_" => TypeOfPlaceIncident::HomeOfOtherPleaseSpecify,
            "dormitory" => TypeOfPlaceIncident::Dormitory,
            "park" => TypeOfPlaceIncident::Park,
            "stadium" => TypeOfPlaceIncident::Stadium,
            "forest___isolated___abandoned_house" => {
                TypeOfPlaceIncident::ForestIsolatedAbandonedHouse
            }
            "road___highway" => TypeOfPlaceIncident::RoadHighway,
            "mall" => TypeOfPlaceIncident::Mall,
            "office___workplace" => TypeOfPlaceIncident::OfficeWorkplace,
            "school___nursery" => TypeOfPlaceIncident::SchoolNursery,
            "pub___bar___club___restaurant" => TypeOfPlaceIncident::PubBarClubRestaurant,
            "hotel" => TypeOfPlaceIncident::Hotel,
            "field___farm___garden" => TypeOfPlaceIncident::FieldFarmGarden,
            "other" => TypeOfPlaceIncident::Other,
            _ => TypeOfPlaceIncident::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            TypeOfPlaceIncident::HomeOfThePatient => "home_of_the_patient",
            TypeOfPlaceIncident::HomeOfThePerpetrator => "home_of_the_perpetrator_",
            TypeOfPlaceIncident::HomeOfOtherPleaseSpecify => "home_of_other__please_specify_",
            TypeOfPlaceIncident::Dormitory => "dormitory",
            TypeOfPlaceIncident::Park => "park",
            TypeOfPlaceIncident::Stadium => "stadium",
            TypeOfPlaceIncident::ForestIsolatedAbandonedHouse => {
                "forest___isolated___abandoned_house"
            }
            TypeOfPlaceIncident::RoadHighway => "road___highway",
            TypeOfPlaceIncident::Mall => "mall",
            TypeOfPlaceIncident::OfficeWorkplace => "office___workplace",
            TypeOfPlaceIncident::SchoolNursery => "school___nursery",
            TypeOfPlaceIncident::PubBarClubRestaurant => "pub___bar___club___restaurant",
            TypeOfPlaceIncident::Hotel => "hotel",
            TypeOfPlaceIncident::FieldFarmGarden => "field___farm___garden",
            TypeOfPlaceIncident::Other => "other",
            TypeOfPlaceIncident::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for TypeOfPlaceIncident {
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
/// Option set `workflow` (from `lookup-workflow`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Workflow {
    /// `new`: en: New case, th: เคสใหม่
    New,
    /// `closed`: en: Case closed, th: เคสถูกยุติแล้ว
    Closed,
    /// `reopened`: en: Case reopened, th: เคสถูกเปิดอีกครั้ง
    Reopened,
    /// `service_provision`: en: Service provision, th: การจัดบริการ
    ServiceProvision,
    /// `services_implemented`: en: All response services implemented, th: ได้มีการจัดบริการช่วยเหลือทั้งหมดแล้ว
    ServicesImplemented,
    /// `case_plan`: en: Case Plan, th: แผนรายกรณี
    CasePlan,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl Workflow {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            Workflow::New => crate::support::Label::Text("New case"),
            Workflow::Closed => crate::support::Label::Text("Case closed"),
            Workflow::Reopened => crate::support::Label::Text("Case reopened"),
            Workflow::ServiceProvision => crate::support::Label::Text("Service provision"),
            Workflow::ServicesImplemented => {
                crate::support::Label::Text("All response services implemented")
            }
            Workflow::CasePlan => crate::support::Label::Text("Case Plan"),
            Workflow::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            Workflow::New => crate::support::Label::Text("เคสใหม่"),
            Workflow::Closed => crate::support::Label::Text("เคสถูกยุติแล้ว"),
            Workflow::Reopened => crate::support::Label::Text("เคสถูกเปิดอีกครั้ง"),
            Workflow::ServiceProvision => crate::support::Label::Text("การจัดบริการ"),
            Workflow::ServicesImplemented => {
                crate::support::Label::Text("ได้มีการจัดบริการช่วยเหลือทั้งหมดแล้ว")
            }
            Workflow::CasePlan => crate::support::Label::Text("แผนรายกรณี"),
            Workflow::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for Workflow {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "new" => Workflow::New,
            "closed" => Workflow::Closed,
            "reopened" => Workflow::Reopened,
            "service_provision" => Workflow::ServiceProvision,
            "services_implemented" => Workflow::ServicesImplemented,
            "case_plan" => Workflow::CasePlan,
            _ => Workflow::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Workflow::New => "new",
            Workflow::Closed => "closed",
            Workflow::Reopened => "reopened",
            Workflow::ServiceProvision => "service_provision",
            Workflow::ServicesImplemented => "services_implemented",
            Workflow::CasePlan => "case_plan",
            Workflow::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for Workflow {
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
/// Option set `working` (from `lookup-th-working-3b273b5`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Working {
    /// `merchant`: en: Merchant, th: ค้าขาย
    Merchant,
    /// `agriculture`: en: Agriculture, th: เกษตรกรรม
    Agriculture,
    /// `private_business`: en: Private business, th: ธุรกิจส่วนตัว
    PrivateBusiness,
    /// `official___state_enterprise`: en: Official / State enterprise, th: ข้าราชการ/รัฐวิสาหกิจ
    OfficialStateEnterprise,
    /// `house_keeping`: en: House keeping, th: แม่บ้าน
    HouseKeeping,
    /// `other`: en: Other, th: อื่น ๆ
    Other,
    /// `jobless`: en: Jobless, th: ว่างงาน
    Jobless,
    /// `no_information`: en: No information, th: ไม่มีข้อมูล
    NoInformation,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl Working {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            Working::Merchant => crate::support::Label::Text("Merchant"),
            Working::Agriculture => crate::support::Label::Text("Agriculture"),
            Working::PrivateBusiness => crate::support::Label::Text("Private business"),
            Working::OfficialStateEnterprise => {
                crate::support::Label::Text("Official / State enterprise")
            }
            Working::HouseKeeping => crate::support::Label::Text("House keeping"),
            Working::Other => crate::support::Label::Text("Other"),
            Working::Jobless => crate::support::Label::Text("Jobless"),
            Working::NoInformation => crate::support::Label::Text("No information"),
            Working::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            Working::Merchant => crate::support::Label::Text("ค้าขาย"),
            Working::Agriculture => crate::support::Label::Text("เกษตรกรรม"),
            Working::PrivateBusiness => crate::support::Label::Text("ธุรกิจส่วนตัว"),
            Working::OfficialStateEnterprise => crate::support::Label::Text("ข้าราชการ/รัฐวิสาหกิจ"),
            Working::HouseKeeping => crate::support::Label::Text("แม่บ้าน"),
            Working::Other => crate::support::Label::Text("อื่น ๆ"),
            Working::Jobless => crate::support::Label::Text("ว่างงาน"),
            Working::NoInformation => crate::support::Label::Text("ไม่มีข้อมูล"),
            Working::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for Working {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "merchant" => Working::Merchant,
            "agriculture" => Working::Agriculture,
            "private_business" => Working::PrivateBusiness,
            "official___state_enterprise" => Working::OfficialStateEnterprise,
            "house_keeping" => Working::HouseKeeping,
            "other" => Working::Other,
            "jobless" => Working::Jobless,
            "no_information" => Working::NoInformation,
            _ => Working::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Working::Merchant => "merchant",
            Working::Agriculture => "agriculture",
            Working::PrivateBusiness => "private_business",
            Working::OfficialStateEnterprise => "official___state_enterprise",
            Working::HouseKeeping => "house_keeping",
            Working::Other => "other",
            Working::Jobless => "jobless",
            Working::NoInformation => "no_information",
            Working::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for Working {
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
/// Option set `yes_no_unknown` (from `lookup-yes-no-unknown`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YesNoUnknown {
    /// `true`: en: Yes, th: ใช่
    True,
    /// `false`: en: No, th: ไม่ใช่
    False,
    /// `unknown`: en: Unknown, th: ไม่ทราบ
    Unknown2,
    /// A code that is not in the option set.
    Unknown(::std::string::String),
}
impl YesNoUnknown {
    /// The `en` label of this code.
    pub fn label_en(&self) -> crate::support::Label {
        match self {
            YesNoUnknown::True => crate::support::Label::Text("Yes"),
            YesNoUnknown::False => crate::support::Label::Text("No"),
            YesNoUnknown::Unknown2 => crate::support::Label::Text("Unknown"),
            YesNoUnknown::Unknown(_) => crate::support::Label::Unknown,
        }
    }
    /// The `th` label of this code.
    pub fn label_th(&self) -> crate::support::Label {
        match self {
            YesNoUnknown::True => crate::support::Label::Text("ใช่"),
            YesNoUnknown::False => crate::support::Label::Text("ไม่ใช่"),
            YesNoUnknown::Unknown2 => crate::support::Label::Text("ไม่ทราบ"),
            YesNoUnknown::Unknown(_) => crate::support::Label::Unknown,
        }
    }
}
impl crate::support::Code for YesNoUnknown {
    fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
        match &*code {
            "true" => YesNoUnknown::True,
            "false" => YesNoUnknown::False,
            "unknown" => YesNoUnknown::Unknown2,
            _ => YesNoUnknown::Unknown(code.into_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            YesNoUnknown::True => "true",
            YesNoUnknown::False => "false",
            YesNoUnknown::Unknown2 => "unknown",
            YesNoUnknown::Unknown(c) => c,
        }
    }
}
impl<'de> crate::support::Lenient<'de> for YesNoUnknown {
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
