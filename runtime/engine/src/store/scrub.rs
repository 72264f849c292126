//! The log scrubber. Every log line and every failure reason goes through a [`Scrubber`] before
//! it reaches the store; the store only accepts [`Scrubbed`] text, which only a scrubber makes.
//!
//! What is removed: every secret value the run knows (credential fields, tokens), Thai national
//! ids (13 digits with a valid check digit, plain or grouped 1-4-5-2-1; never the digits of a
//! UUID or another record key) and the personal values the run registered for the record being
//! processed (the values of its personal-data fields, wherever they reappear: an upstream error
//! quoting the document, an outcome, a log line, an e-mail).

use std::sync::Arc;

/// Text that went through a [`Scrubber`]. The only way to build one is [`Scrubber::scrub`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scrubbed(String);

impl Scrubbed {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_string(self) -> String {
        self.0
    }
}

/// A step output's JSON after [`Scrubber::step_output`]: no secret in any string, and log-like
/// fields (`message`, `reason`, `error`, `log`) scrubbed like a log line.
#[derive(Debug, Clone, PartialEq)]
pub struct ScrubbedJson(String);

impl ScrubbedJson {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Step outputs larger than this (serialised) are not kept: a retry from a later step that
/// reads them says so instead of resuming from a truncated value.
pub const MAX_STEP_OUTPUT_BYTES: usize = 1 << 20;

/// Object keys whose string values are messages rather than data.
const LOG_LIKE_KEYS: [&str; 4] = ["message", "reason", "error", "log"];

/// Secrets shorter than this are not scrubbed as substrings (a 1-character "secret" would
/// shred every line); such credentials are rejected as too weak by no one else, so we warn here.
const MIN_SECRET_LEN: usize = 4;
/// Personal values shorter than this are not masked (they would mask ordinary words).
const MIN_NAME_LEN: usize = 2;

/// Replaces secrets, national ids and registered names. Cheap to clone (shared secrets).
#[derive(Debug, Clone, Default)]
pub struct Scrubber {
    secrets: Arc<Vec<String>>,
    names: Vec<String>,
}

impl Scrubber {
    pub fn new(secrets: impl IntoIterator<Item = impl Into<String>>) -> Self {
        let mut s: Vec<String> = secrets
            .into_iter()
            .map(Into::into)
            .filter(|s| s.chars().count() >= MIN_SECRET_LEN)
            .collect();
        // Longest first, so a secret containing another is removed whole.
        s.sort_by_key(|x| std::cmp::Reverse(x.len()));
        s.dedup();
        Scrubber {
            secrets: Arc::new(s),
            names: Vec::new(),
        }
    }

    /// A scrubber that also masks these personal values (those of the record in hand, from its
    /// personal-data fields: names, birth dates, addresses, phones, ids, diagnoses), adding to
    /// the ones it masks already.
    pub fn with_names(&self, names: impl IntoIterator<Item = impl Into<String>>) -> Self {
        let mut n: Vec<String> = names
            .into_iter()
            .map(Into::into)
            .map(|s| s.trim().to_owned())
            .filter(|s| s.chars().count() >= MIN_NAME_LEN)
            .chain(self.names.iter().cloned())
            .collect();
        n.sort_by_key(|x| std::cmp::Reverse(x.len()));
        n.dedup();
        Scrubber {
            secrets: self.secrets.clone(),
            names: n,
        }
    }

    /// Adds secrets learnt during the run (a login token).
    pub fn with_secret(&self, secret: impl Into<String>) -> Self {
        let mut s = (*self.secrets).clone();
        let secret = secret.into();
        if secret.chars().count() >= MIN_SECRET_LEN {
            s.push(secret);
            s.sort_by_key(|x| std::cmp::Reverse(x.len()));
            s.dedup();
        }
        Scrubber {
            secrets: Arc::new(s),
            names: self.names.clone(),
        }
    }

    pub fn scrub(&self, text: &str) -> Scrubbed {
        let mut out = text.to_owned();
        for s in self.secrets.iter() {
            if holds(&out, s) {
                out = out.replace(s.as_str(), "[secret]");
            }
        }
        for n in &self.names {
            if holds(&out, n) {
                out = mask_value(&out, n);
            }
        }
        Scrubbed(mask_national_ids(&out))
    }

    fn secrets_only(&self, text: &str) -> Option<String> {
        let hit = self.secrets.iter().any(|s| holds(text, s));
        hit.then(|| {
            let mut out = text.to_owned();
            for s in self.secrets.iter() {
                out = out.replace(s.as_str(), "[secret]");
            }
            out
        })
    }

    fn scrub_json(&self, v: &mut serde_json::Value, log_like: bool) {
        use serde_json::Value;
        match v {
            Value::String(s) => {
                if log_like {
                    *s = self.scrub(s).into_string();
                } else if let Some(x) = self.secrets_only(s) {
                    *s = x;
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| self.scrub_json(x, log_like)),
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    self.scrub_json(x, log_like || LOG_LIKE_KEYS.contains(&k.as_str()));
                }
            }
            _ => {}
        }
    }

    /// A step's output as it is kept for a retry: the typed value (personal data stays, as in
    /// the stored trigger input, because the next step needs it), without any secret; messages
    /// scrubbed like log lines; nothing when larger than [`MAX_STEP_OUTPUT_BYTES`].
    pub fn step_output(
        &self,
        step: &str,
        ok: bool,
        value: &serde_json::Value,
    ) -> super::NewStepOutput {
        let mut v = value.clone();
        self.scrub_json(&mut v, !ok);
        let text = v.to_string();
        let bytes = text.len() as u64;
        let (value, note) = if text.len() > MAX_STEP_OUTPUT_BYTES {
            (
                None,
                Some(format!(
                    "not kept: {bytes} bytes (more than {MAX_STEP_OUTPUT_BYTES})"
                )),
            )
        } else {
            (Some(ScrubbedJson(text)), None)
        };
        super::NewStepOutput {
            step: step.to_owned(),
            ok,
            value,
            note,
            bytes,
        }
    }
}

/// Whether `text` holds `value`. A value longer than the text cannot be in it, and is not
/// searched for: `contains` first prepares its search of the value (a record's key is scrubbed
/// against each of its personal values).
fn holds(text: &str, value: &str) -> bool {
    value.len() <= text.len() && text.contains(value)
}

/// What replaces a personal value of the record in hand.
pub const PERSONAL: &str = "[personal]";
/// ASCII personal values shorter than this are masked only as whole words, so a house number
/// `42` does not shred `HTTP 422`, nor a `7646` the record's UUID.
const WHOLE_WORD_BELOW: usize = 8;

/// `text` with every occurrence of the personal value `v` replaced: an id of digits keeps its
/// last four (`XXXXXXXXX1119`, as national ids are shown), anything else becomes
/// [`PERSONAL`]. Short ASCII values are matched as whole words only.
fn mask_value(text: &str, v: &str) -> String {
    let replacement = if v.len() >= 8 && v.chars().all(|c| c.is_ascii_digit()) {
        let keep = v.len() - 4;
        format!("{}{}", "X".repeat(keep), &v[keep..])
    } else {
        PERSONAL.to_owned()
    };
    if v.chars().count() >= WHOLE_WORD_BELOW || !v.is_ascii() {
        return text.replace(v, &replacement);
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in text.match_indices(v) {
        if i < last {
            continue;
        }
        let before = text[..i].chars().next_back();
        let after = text[i + v.len()..].chars().next();
        if word(before) || word(after) {
            continue;
        }
        out.push_str(&text[last..i]);
        out.push_str(&replacement);
        last = i + v.len();
    }
    out.push_str(&text[last..]);
    out
}

/// Masks every Thai national id in `text`, keeping its last four digits:
/// `1-2345-67890-12-1` -> `X-XXXX-XXXX0-12-1`. An id is recognised by its shape: 13 digits,
/// written plain or grouped 1-4-5-2-1 with `-` or ` ` (one kind of separator), standing alone
/// (no ASCII letter, digit or joined group next to it, so a UUID's digits are never an id;
/// Thai text, written without spaces, may touch it), and with
/// a valid check digit. Fields known to hold an id are masked by key, whatever their shape.
pub fn mask_national_ids(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match national_id_at(&chars, i) {
            Some(end) => {
                let mut seen = 0;
                for &c in &chars[i..end] {
                    if c.is_ascii_digit() {
                        seen += 1;
                        out.push(if seen <= 9 { 'X' } else { c });
                    } else {
                        out.push(c);
                    }
                }
                i = end;
            }
            None => {
                // Skip a whole token of letters and digits: an id never starts inside one.
                let alnum = chars[i].is_ascii_alphanumeric();
                out.push(chars[i]);
                i += 1;
                while alnum && i < chars.len() && chars[i].is_ascii_alphanumeric() {
                    out.push(chars[i]);
                    i += 1;
                }
            }
        }
    }
    out
}

/// Groups of a dashed or spaced national id.
const ID_GROUPS: [usize; 5] = [1, 4, 5, 2, 1];

/// The end of a national id starting at `i`, if one does.
fn national_id_at(chars: &[char], i: usize) -> Option<usize> {
    let joined = |k: usize| {
        chars[k].is_ascii_alphanumeric()
            || ((chars[k] == '-' || chars[k] == '_')
                && k.checked_sub(1)
                    .is_some_and(|p| chars[p].is_ascii_alphanumeric()))
    };
    if i > 0 && joined(i - 1) {
        return None;
    }
    let digits_from = |start: usize, n: usize| {
        chars
            .get(start..start + n)
            .filter(|g| g.iter().all(char::is_ascii_digit))
            .map(|_| start + n)
    };
    let end = match digits_from(i, 13) {
        Some(end) => end,
        None => {
            let sep = *chars.get(i + 1).filter(|c| **c == '-' || **c == ' ')?;
            let mut at = i;
            for (g, len) in ID_GROUPS.iter().enumerate() {
                if g > 0 {
                    (chars.get(at) == Some(&sep)).then_some(())?;
                    at += 1;
                }
                at = digits_from(at, *len)?;
            }
            at
        }
    };
    let after_joined = chars.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
        || (chars.get(end).is_some_and(|c| *c == '-' || *c == '_')
            && chars
                .get(end + 1)
                .is_some_and(|c| c.is_ascii_alphanumeric()));
    if after_joined {
        return None;
    }
    let digits: Vec<u32> = chars[i..end]
        .iter()
        .filter_map(|c| c.to_digit(10))
        .collect();
    thai_checksum_ok(&digits).then_some(end)
}

/// The Thai national-id check: the 13th digit is `(11 - sum(d_k * (13 - k)) mod 11) mod 10`.
fn thai_checksum_ok(digits: &[u32]) -> bool {
    let Some((check, body)) = digits.split_last().filter(|_| digits.len() == 13) else {
        return false;
    };
    let sum: u32 = body.iter().zip((2..=13).rev()).map(|(d, w)| d * w).sum();
    (11 - sum % 11) % 10 == *check
}

#[cfg(test)]
mod tests {
    use super::*;

    // 1234567890121: 1*13 + 2*12 + ... + 2*2 = 352; 352 mod 11 = 0; (11 - 0) mod 10 = 1.
    const VALID: &str = "1234567890121";

    #[test]
    fn national_ids_plain_and_dashed_are_masked() {
        assert_eq!(
            mask_national_ids("cid 1234567890121 x"),
            "cid XXXXXXXXX0121 x"
        );
        assert_eq!(
            mask_national_ids("cid=1-2345-67890-12-1."),
            "cid=X-XXXX-XXXX0-12-1."
        );
        assert_eq!(mask_national_ids("1 2345 67890 12 1"), "X XXXX XXXX0 12 1");
        assert_eq!(mask_national_ids(VALID), "XXXXXXXXX0121");
        // Inside Thai text and JSON.
        assert_eq!(
            mask_national_ids("เลขบัตร1234567890121ไม่พบ"),
            "เลขบัตรXXXXXXXXX0121ไม่พบ",
            "Thai is written without spaces"
        );
        assert_eq!(
            mask_national_ids(r#"{"cid":"1234567890121","n":2}"#),
            r#"{"cid":"XXXXXXXXX0121","n":2}"#
        );
        assert_eq!(
            mask_national_ids("ids 1234567890121, 1-2345-67890-12-1; done"),
            "ids XXXXXXXXX0121, X-XXXX-XXXX0-12-1; done"
        );
    }

    #[test]
    fn bad_checksums_and_wrong_groupings_are_not_ids() {
        for s in [
            "1234567890122",     // check digit off by one
            "1111111111113",     // the sample id: 9 would be its check digit
            "12-345-67890-12-1", // wrong grouping
            "1-2345 67890-12-1", // mixed separators
            "1--2345-67890-12-1",
        ] {
            assert_eq!(mask_national_ids(s), s);
        }
        assert_eq!(mask_national_ids("1111111111119"), "XXXXXXXXX1119");
    }

    #[test]
    fn uuids_and_record_keys_are_left_alone() {
        for s in [
            "04312364-7646-4d16-ae9d-4386bb12d0f6",
            "case 04312364-7646-4d16-ae9d-4386bb12d0f6 failed",
            "12345678-9012-1345-6789-012345678901",
            "case-1234567890121",
            "1234567890121-a",
            "x1234567890121",
            "1234567890121abc",
            "TH1234567890121",
        ] {
            assert_eq!(mask_national_ids(s), s);
        }
    }

    #[test]
    fn other_numbers_are_left_alone() {
        // 12 and 14 digits, a timestamp, a date, a count.
        for s in [
            "123456789012",
            "12345678901213",
            "2024-01-27T00:00:00.000Z",
            "page 3 of 100000",
        ] {
            assert_eq!(mask_national_ids(s), s);
        }
        // Two separate numbers joined by " - " are not one id.
        assert_eq!(mask_national_ids("1234567 - 890121"), "1234567 - 890121");
    }

    #[test]
    fn step_outputs_keep_data_but_lose_secrets_and_scrub_messages() {
        let s = Scrubber::new(["tok-abcdef"]).with_names(["Somchai"]);
        let v = serde_json::json!({
            "cid": "1111111111113", "fname": "Somchai", "token": "Bearer tok-abcdef",
            "notes": [{"message": "Somchai 1111111111119 tok-abcdef"}]
        });
        let out = s.step_output("person", true, &v);
        let kept: serde_json::Value =
            serde_json::from_str(out.value.as_ref().unwrap().as_str()).unwrap();
        assert_eq!(kept["cid"], "1111111111113");
        assert_eq!(kept["fname"], "Somchai");
        assert_eq!(kept["token"], "Bearer [secret]");
        assert_eq!(
            kept["notes"][0]["message"],
            "[personal] XXXXXXXXX1119 [secret]"
        );
        let big = serde_json::json!("x".repeat(MAX_STEP_OUTPUT_BYTES + 1));
        let out = s.step_output("big", true, &big);
        assert!(out.value.is_none());
        assert!(out.note.unwrap().contains("not kept"));
    }

    #[test]
    fn secrets_are_removed_longest_first() {
        let s = Scrubber::new(["hunter22", "hunter22-and-more", "ab"]);
        let out = s.scrub("login with hunter22-and-more then hunter22; ab stays");
        assert_eq!(out.as_str(), "login with [secret] then [secret]; ab stays");
    }

    #[test]
    fn tokens_learnt_later_and_names_are_masked() {
        let s = Scrubber::new(["password1"]).with_secret("tok-abcdef");
        let s = s.with_names(["Somchai", "สมชาย", " "]);
        let out = s.scrub("token tok-abcdef for Somchai (สมชาย) cid 1111111111119, pw password1");
        assert_eq!(
            out.as_str(),
            "token [secret] for [personal] ([personal]) cid XXXXXXXXX1119, pw [secret]"
        );
    }

    #[test]
    fn personal_values_are_masked_wherever_they_reappear() {
        let s = Scrubber::new(["pw-secret"])
            .with_names(["Malee", "2014-03-09"])
            .with_names(["T74.1", "42", "0812345678", "1111111111113"]);
        let out = s.scrub(
            r#"HTTP 422: {"family":[{"relation_name":"Malee"}],"dob":"2014-03-09","dx":"T74.1","house":"42","tel":"0812345678","cid":"1111111111113"}"#,
        );
        let out = out.as_str();
        for v in [
            "Malee",
            "2014-03-09",
            "T74.1",
            "0812345678",
            "1111111111113",
        ] {
            assert!(!out.contains(v), "{v} in {out}");
        }
        assert!(
            out.starts_with("HTTP 422"),
            "short values only as whole words: {out}"
        );
        assert!(out.contains(r#""house":"[personal]""#), "{out}");
        assert!(
            out.contains("XXXXXXXXX1113") && out.contains("XXXXXX5678"),
            "{out}"
        );
    }
}
