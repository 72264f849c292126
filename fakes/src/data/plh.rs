//! Synthetic PLH home-visit questionnaires (`activities.homeservice[].questionnaire[]`),
//! built from the real question texts so the WF2 PLH mapping finds its questions.

use serde_json::{Value, json};

use super::DataGen;
use super::plh_items::ITEMS;
use crate::util::object_id;

/// Scores of each answer scale, in option order.
fn scale_scores(scale: &str) -> &'static [&'static str] {
    match scale {
        "S-CC" | "S-AGREE" => &["0", "1", "2", "3", "4"],
        "S-CQ1" | "S-FEEL" | "S-OFTEN" | "S-DAYS" => &["0", "1", "2", "3"],
        "S-FREQ7" => &["0", "1", "2", "3", "4", "5", "6"],
        "S-TRUE3" | "S-HOME" => &["0", "1", "2"],
        "S-TIMES" => &["0", "1", "2", "3", "4", "5", "6", "7", "8+"],
        "S-SCHOOL" => &["1", "2", "3", "4", "5"],
        "S-REL" => &["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        // S-BOOL, S-BOOL-INV, S-CGSEX, S-MONEY
        _ => &["0", "1"],
    }
}

fn questionnaire_name(code: &str) -> &'static str {
    match code {
        "CC" => "แบบประเมิน  Parent-Child Conflict Tactics Scale (CTSPC-R) (สำหรับเด็กอายุ 4-9 ปี)",
        "CQ1" => "แบบสอบถามคุณภาพชีวิตเด็ก ฉบับที่ 1",
        "AUQUEI_CQ2" => "แบบสอบถามคุณภาพชีวิตเด็ก (AUQUEI) ฉบับที่ 2",
        "PSu1" => "แบบสำรวจผู้ดูแลเด็ก – แบบสั้น ฉบับที่ 1 (ก่อนการอบรม)",
        _ => "แบบสำรวจผู้ดูแลเด็ก – แบบสั้น ฉบับที่ 2 (หลังการอบรม)",
    }
}

impl DataGen {
    fn answer(&self, idx: u64, salt: u64, kind: &str, date: &str) -> (Value, Value) {
        match kind {
            "text" => {
                let (first, last) = self.name(idx + salt);
                (json!(1), json!(format!("{first} {last}")))
            }
            "int" => (json!(1), json!(format!("{}", 20 + self.h(idx, salt) % 40))),
            "date" => (json!(1), json!(date)),
            scale => {
                let scores = scale_scores(scale);
                let pick = (self.h(idx, salt) % scores.len() as u64) as usize;
                // ~2 % of questions come without `checked` flags (seen in real data).
                let flagless = self.chance(idx, salt ^ 0xF1A6, 2);
                let options: Vec<Value> = scores
                    .iter()
                    .enumerate()
                    .map(|(i, score)| {
                        let mut o = json!({"score": score, "answer": format!("ตัวเลือก {score}")});
                        if !flagless {
                            o["checked"] = json!(i == pick);
                        }
                        o
                    })
                    .collect();
                (json!("2"), Value::Array(options))
            }
        }
    }

    fn questionnaire(&self, idx: u64, code: &str, nth: u64, date: &str) -> Value {
        let mut list: Vec<Value> = Vec::new();
        let mut open_group: Option<(String, Vec<Value>)> = None;
        for (i, (c, group, question, kind)) in ITEMS.iter().enumerate() {
            if *c != code {
                continue;
            }
            let salt = 10_000 + nth * 1_000 + i as u64;
            let (qtype, answers) = self.answer(idx, salt, kind, date);
            if group.is_empty() {
                if let Some((g, qs)) = open_group.take() {
                    list.push(
                        json!({"groupDescription": g, "groupQuestionsList": qs, "answersList": ""}),
                    );
                }
                list.push(
                    json!({"question": question, "questionType": qtype, "answersList": answers}),
                );
                continue;
            }
            // Grouped question texts are trimmed by the mapping; real data has trailing spaces.
            let text = if self.chance(idx, salt ^ 0x5EAC, 30) {
                format!("{question} ")
            } else {
                (*question).to_owned()
            };
            let q = json!({"question": text, "questionType": qtype, "answersList": answers});
            match &mut open_group {
                Some((g, qs)) if g == group => qs.push(q),
                _ => {
                    if let Some((g, qs)) = open_group.take() {
                        list.push(json!({"groupDescription": g, "groupQuestionsList": qs, "answersList": ""}));
                    }
                    open_group = Some(((*group).to_owned(), vec![q]));
                }
            }
        }
        if let Some((g, qs)) = open_group {
            list.push(json!({"groupDescription": g, "groupQuestionsList": qs, "answersList": ""}));
        }
        json!({
            "id": object_id(self.h(idx, 900 + nth), self.h(idx, 950 + nth)),
            "questionnaire_type": "global",
            "questionnaire_code": code,
            "questionnaire_name": questionnaire_name(code),
            "questionsList": list,
            "answerer": "caregiver",
            "sumScore": 0,
            "date": date,
            "time": "10:00:00",
            "userId": object_id(self.h(idx, 990), self.h(idx, 991)),
            "userFullName": "เจ้าหน้าที่ ทดสอบ"
        })
    }

    /// The questionnaires of one home visit: CC, CQ1 and AUQUEI_CQ2 at week 1 and
    /// week 14 (some only once), PSu1 at week 1, PSu2 at week 14, plus an
    /// unrelated questionnaire the mapping must ignore.
    pub(crate) fn questionnaires(&self, idx: u64, week1: &str, week14: &str) -> Vec<Value> {
        let mut out = Vec::new();
        let mut nth = 0;
        let mut push = |code: &str, date: &str, out: &mut Vec<Value>| {
            out.push(self.questionnaire(idx, code, nth, date));
            nth += 1;
        };
        push("CC", week1, &mut out);
        if self.chance(idx, 800, 80) {
            push("CC", week14, &mut out);
        }
        if self.chance(idx, 801, 70) {
            push("CQ1", week1, &mut out);
        }
        push("AUQUEI_CQ2", week1, &mut out);
        push("AUQUEI_CQ2", week14, &mut out);
        push("PSu1", week1, &mut out);
        if self.chance(idx, 802, 80) {
            push("PSu2", week14, &mut out);
        }
        out.push(json!({
            "id": object_id(self.h(idx, 803), self.h(idx, 804)),
            "questionnaire_type": "global",
            "questionnaire_code": "PK1",
            "questionnaire_name": "แบบบันทึกกิจกรรม",
            "questionsList": [{"question": "หมายเหตุ", "questionType": 1, "answersList": ""}],
            "date": week1
        }));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions(q: &Value) -> Vec<&Value> {
        let mut out = Vec::new();
        for item in q["questionsList"].as_array().into_iter().flatten() {
            match item.get("groupQuestionsList").and_then(Value::as_array) {
                Some(qs) => out.extend(qs.iter()),
                None => out.push(item),
            }
        }
        out
    }

    #[test]
    fn every_reference_question_appears_with_one_checked_option() {
        let g = DataGen::new(5);
        let qs = g.questionnaires(3, "2022-08-08", "2022-11-14");
        for (code, _, text, kind) in ITEMS {
            let Some(q) = qs.iter().find(|q| q["questionnaire_code"] == *code) else {
                continue;
            };
            let found: Vec<&Value> = questions(q)
                .into_iter()
                .filter(|x| x["question"].as_str().map(str::trim) == Some(text.trim()))
                .collect();
            assert!(!found.is_empty(), "{code}: {text}");
            if kind.starts_with("S-") {
                let opts = found[0]["answersList"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                assert_eq!(opts.len(), scale_scores(kind).len());
                let checked = opts.iter().filter(|o| o["checked"] == json!(true)).count();
                let flagless = opts.iter().all(|o| o.get("checked").is_none());
                assert!(checked == 1 || flagless, "{text}");
            }
        }
    }
}
