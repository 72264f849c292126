//! The benchmark reference mapping (shared/bench/REFERENCE_MAPPING.md) written by hand the way
//! a Rust developer would: serde-derived input and output structs with owned strings, option
//! sets loaded into hash maps at start-up, records streamed one at a time.
//!
//! usage: bench-handwritten CASES(.json|.ndjson) OPTION_SETS.json OUT(.json|.ndjson) [CURSOR]

// Field names are Primero's JSON keys, some with a double underscore.
#![allow(non_snake_case)]

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use serde::de::{SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

type Sets = HashMap<String, HashMap<String, String>>;

#[derive(Deserialize)]
struct OptionFile {
    sets: HashMap<String, OptionSet>,
}

#[derive(Deserialize)]
struct OptionSet {
    values: Vec<OptionValue>,
}

#[derive(Deserialize)]
struct OptionValue {
    code: String,
    th: String,
}

#[derive(Deserialize)]
struct Case {
    id: Option<String>,
    status: Option<String>,
    case_id: Option<String>,
    case_id_display: Option<String>,
    national_id_no: Option<String>,
    name_first: Option<String>,
    name_last: Option<String>,
    age: Option<i64>,
    date_of_birth: Option<String>,
    registration_date: Option<String>,
    owned_by: Option<String>,
    owned_by_agency_id: Option<String>,
    location_current: Option<String>,
    address_current: Option<String>,
    telephone_current: Option<String>,
    consent_for_services: Option<bool>,
    disclosure_other_orgs: Option<bool>,
    urgent_protection_concern: Option<bool>,
    assessment_requested_on: Option<String>,
    date_closure: Option<String>,
    child_shield_case_id_95aaf33: Option<String>,
    created_at: Option<String>,
    last_updated_at: Option<String>,
    when_was_the_consent_assent_obtained_: Option<String>,
    sex: Option<String>,
    risk_level: Option<String>,
    workflow: Option<String>,
    maritial_status: Option<String>,
    occupation_1: Option<String>,
    family_status: Option<String>,
    school_level: Option<String>,
    type_of_place_where_the_incident_occurred_4145aa8: Option<String>,
    insurance_type: Option<String>,
    working_status: Option<String>,
    displacement_status: Option<String>,
    service_response_type: Option<String>,
    what_is_your_relationship_with_the_child__29056fb: Option<String>,
    how_often_do_you_feel_happy__ccb0fd7: Option<String>,
    status_of_treatment_plan: Option<String>,
    protection_concerns: Option<Vec<String>>,
    nationality: Option<Vec<String>>,
    type_of_abuse: Option<Vec<String>>,
    human_trafficking: Option<Vec<String>>,
    mental_abuse: Option<Vec<String>>,
    services_provided: Option<Vec<String>>,
    stimulant_factors: Option<Vec<String>>,
    economic_issues: Option<Vec<String>>,
    family_details_section: Option<Vec<Family>>,
}

#[derive(Deserialize)]
struct Family {
    relation: Option<String>,
    relation_name: Option<String>,
    relation_age: Option<i64>,
    relation_date_of_birth: Option<String>,
    relation_is_alive: Option<String>,
    relation_is_caregiver: Option<bool>,
    relation_telephone: Option<String>,
}

/// `{code: label}`.
struct Sel<'a>(&'a str, Option<&'a str>);

impl Serialize for Sel<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(self.0, &self.1)?;
        m.end()
    }
}

#[derive(Serialize)]
struct Out<'a> {
    primero_id: &'a Option<String>,
    case_id: &'a Option<String>,
    case_display_id: &'a Option<String>,
    cid: &'a Option<String>,
    first_name: &'a Option<String>,
    last_name: &'a Option<String>,
    age: Option<i64>,
    date_of_birth: &'a Option<String>,
    registration_date: &'a Option<String>,
    owned_by: &'a Option<String>,
    agency: &'a Option<String>,
    location_code: &'a Option<String>,
    address: &'a Option<String>,
    telephone: &'a Option<String>,
    consent_for_services: Option<bool>,
    disclosure_other_orgs: Option<bool>,
    urgent_protection_concern: Option<bool>,
    assessment_requested_on: &'a Option<String>,
    date_closure: &'a Option<String>,
    child_shield_case_id: &'a Option<String>,
    created_date: Option<&'a str>,
    last_updated_date: Option<&'a str>,
    consent_date: Option<&'a str>,
    full_name: String,
    case_ref: String,
    sync_status: &'static str,
    age_group: &'static str,
    sex: Option<Sel<'a>>,
    risk_level: Option<Sel<'a>>,
    workflow: Option<Sel<'a>>,
    maritial_status: Option<Sel<'a>>,
    occupation_1: Option<Sel<'a>>,
    family_status: Option<Sel<'a>>,
    school_level: Option<Sel<'a>>,
    type_of_place_where_the_incident_occurred_4145aa8: Option<Sel<'a>>,
    insurance_type: Option<Sel<'a>>,
    working_status: Option<Sel<'a>>,
    displacement_status: Option<Sel<'a>>,
    service_response_type: Option<Sel<'a>>,
    what_is_your_relationship_with_the_child__29056fb: Option<Sel<'a>>,
    how_often_do_you_feel_happy__ccb0fd7: Option<Sel<'a>>,
    status_of_treatment_plan: Option<Sel<'a>>,
    protection_concerns: Option<Vec<Sel<'a>>>,
    nationality: Option<Vec<Sel<'a>>>,
    type_of_abuse: Option<Vec<Sel<'a>>>,
    human_trafficking: Option<Vec<Sel<'a>>>,
    mental_abuse: Option<Vec<Sel<'a>>>,
    services_provided: Option<Vec<Sel<'a>>>,
    stimulant_factors: Option<Vec<Sel<'a>>>,
    economic_issues: Option<Vec<Sel<'a>>>,
    family: Option<Vec<FamilyOut<'a>>>,
}

#[derive(Serialize)]
struct FamilyOut<'a> {
    relation: Option<Sel<'a>>,
    name: &'a Option<String>,
    age: Option<i64>,
    date_of_birth: &'a Option<String>,
    is_alive: Option<Sel<'a>>,
    is_caregiver: Option<bool>,
    telephone: &'a Option<String>,
}

struct Mapper {
    sets: Sets,
    cursor_date: String,
}

impl Mapper {
    fn sel<'a>(&'a self, v: &'a Option<String>, set: &str) -> Option<Sel<'a>> {
        let v = v.as_deref().filter(|v| !v.is_empty())?;
        Some(Sel(
            v,
            self.sets
                .get(set)
                .and_then(|m| m.get(v))
                .map(String::as_str),
        ))
    }

    fn multi<'a>(&'a self, v: &'a Option<Vec<String>>, set: &str) -> Option<Vec<Sel<'a>>> {
        let m = self.sets.get(set);
        v.as_ref().map(|codes| {
            codes
                .iter()
                .map(|c| Sel(c, m.and_then(|m| m.get(c)).map(String::as_str)))
                .collect()
        })
    }

    fn keep(&self, c: &Case) -> bool {
        let cd = self.cursor_date.as_str();
        if c.status.as_deref() == Some("closed") {
            c.date_closure.as_deref().is_some_and(|d| d >= cd)
        } else {
            c.assessment_requested_on
                .as_deref()
                .is_some_and(|d| d >= cd)
        }
    }

    fn map<'a>(&'a self, c: &'a Case) -> Out<'a> {
        let date = |v: &'a Option<String>| {
            v.as_deref()
                .map(|s| s.char_indices().nth(10).map_or(s, |(i, _)| &s[..i]))
        };
        let cat = |a: &Option<String>, sep: &str, b: &Option<String>| {
            format!(
                "{}{sep}{}",
                a.as_deref().unwrap_or(""),
                b.as_deref().unwrap_or("")
            )
        };
        Out {
            primero_id: &c.id,
            case_id: &c.case_id,
            case_display_id: &c.case_id_display,
            cid: &c.national_id_no,
            first_name: &c.name_first,
            last_name: &c.name_last,
            age: c.age,
            date_of_birth: &c.date_of_birth,
            registration_date: &c.registration_date,
            owned_by: &c.owned_by,
            agency: &c.owned_by_agency_id,
            location_code: &c.location_current,
            address: &c.address_current,
            telephone: &c.telephone_current,
            consent_for_services: c.consent_for_services,
            disclosure_other_orgs: c.disclosure_other_orgs,
            urgent_protection_concern: c.urgent_protection_concern,
            assessment_requested_on: &c.assessment_requested_on,
            date_closure: &c.date_closure,
            child_shield_case_id: &c.child_shield_case_id_95aaf33,
            created_date: date(&c.created_at),
            last_updated_date: date(&c.last_updated_at),
            consent_date: date(&c.when_was_the_consent_assent_obtained_),
            full_name: cat(&c.name_first, " ", &c.name_last),
            case_ref: cat(&c.owned_by_agency_id, "/", &c.case_id_display),
            sync_status: if c.status.as_deref() == Some("closed") {
                "closed"
            } else {
                "open"
            },
            age_group: match c.age {
                None => "unknown",
                Some(a) if a < 18 => "child",
                Some(_) => "adult",
            },
            sex: self.sel(&c.sex, "gender"),
            risk_level: self.sel(&c.risk_level, "risk_level"),
            workflow: self.sel(&c.workflow, "workflow"),
            maritial_status: self.sel(&c.maritial_status, "marital_status"),
            occupation_1: self.sel(&c.occupation_1, "occupation"),
            family_status: self.sel(&c.family_status, "family_status"),
            school_level: self.sel(&c.school_level, "school_level"),
            type_of_place_where_the_incident_occurred_4145aa8: self.sel(
                &c.type_of_place_where_the_incident_occurred_4145aa8,
                "type_of_place_incident",
            ),
            insurance_type: self.sel(&c.insurance_type, "insurance_type"),
            working_status: self.sel(&c.working_status, "working"),
            displacement_status: self.sel(&c.displacement_status, "displacement_status"),
            service_response_type: self.sel(&c.service_response_type, "service_response_type"),
            what_is_your_relationship_with_the_child__29056fb: self.sel(
                &c.what_is_your_relationship_with_the_child__29056fb,
                "plh_child_relationship",
            ),
            how_often_do_you_feel_happy__ccb0fd7: self
                .sel(&c.how_often_do_you_feel_happy__ccb0fd7, "plh_frequency_7"),
            status_of_treatment_plan: self
                .sel(&c.status_of_treatment_plan, "status_of_treatment_plan"),
            protection_concerns: self.multi(&c.protection_concerns, "protection_concerns"),
            nationality: self.multi(&c.nationality, "country"),
            type_of_abuse: self.multi(&c.type_of_abuse, "type_of_abuse"),
            human_trafficking: self.multi(&c.human_trafficking, "human_trafficking"),
            mental_abuse: self.multi(&c.mental_abuse, "mental_abuse"),
            services_provided: self.multi(&c.services_provided, "services_all"),
            stimulant_factors: self.multi(&c.stimulant_factors, "stimulant_factors"),
            economic_issues: self.multi(&c.economic_issues, "economic_issues"),
            family: c.family_details_section.as_ref().map(|fs| {
                fs.iter()
                    .map(|f| FamilyOut {
                        relation: self.sel(&f.relation, "relation"),
                        name: &f.relation_name,
                        age: f.relation_age,
                        date_of_birth: &f.relation_date_of_birth,
                        is_alive: self.sel(&f.relation_is_alive, "yes_no_unknown"),
                        is_caregiver: f.relation_is_caregiver,
                        telephone: &f.relation_telephone,
                    })
                    .collect()
            }),
        }
    }
}

/// Writes kept, mapped cases as a JSON array or NDJSON.
struct Sink<W: Write> {
    w: W,
    ndjson: bool,
    n: usize,
}

impl<W: Write> Sink<W> {
    fn case(&mut self, m: &Mapper, c: &Case) -> std::io::Result<()> {
        if !m.keep(c) {
            return Ok(());
        }
        if !self.ndjson && self.n > 0 {
            self.w.write_all(b",")?;
        }
        serde_json::to_writer(&mut self.w, &m.map(c))?;
        if self.ndjson {
            self.w.write_all(b"\n")?;
        }
        self.n += 1;
        Ok(())
    }
}

/// Visits the cases of a JSON array one at a time (constant memory).
struct EachCase<'s, W: Write> {
    m: &'s Mapper,
    sink: &'s mut Sink<W>,
}

impl<'de, W: Write> Visitor<'de> for EachCase<'_, W> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of cases")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(c) = seq.next_element::<Case>()? {
            self.sink
                .case(self.m, &c)
                .map_err(serde::de::Error::custom)?;
        }
        Ok(())
    }
}

fn run(args: &[String]) -> Result<usize, Box<dyn std::error::Error>> {
    let [cases, sets, out, rest @ ..] = args else {
        return Err("usage: bench-handwritten CASES OPTION_SETS OUT [CURSOR]".into());
    };
    let cursor = rest
        .first()
        .map_or("2023-01-27T00:00:00.000Z", String::as_str);
    let file: OptionFile = serde_json::from_reader(BufReader::new(File::open(sets)?))?;
    let mut sets = Sets::new();
    for (name, s) in file.sets {
        let mut m = HashMap::new();
        for v in s.values {
            m.entry(v.code).or_insert(v.th);
        }
        sets.insert(name, m);
    }
    let m = Mapper {
        sets,
        cursor_date: cursor.chars().take(10).collect(),
    };
    let ndjson_out = out.ends_with(".ndjson");
    let mut sink = Sink {
        w: BufWriter::with_capacity(256 * 1024, File::create(out)?),
        ndjson: ndjson_out,
        n: 0,
    };
    if !ndjson_out {
        sink.w.write_all(b"[")?;
    }
    let input = BufReader::with_capacity(256 * 1024, File::open(cases)?);
    if cases.ends_with(".ndjson") {
        for line in input.lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let c: Case = serde_json::from_str(&line)?;
            sink.case(&m, &c)?;
        }
    } else {
        let mut de = serde_json::Deserializer::from_reader(input);
        de.deserialize_seq(EachCase {
            m: &m,
            sink: &mut sink,
        })?;
    }
    if !ndjson_out {
        sink.w.write_all(b"]\n")?;
    }
    sink.w.flush()?;
    Ok(sink.n)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
