//! The log scrubber. Every log line and every failure reason goes through a [`Scrubber`] before
//! it reaches the store; the store only accepts [`Scrubbed`] text, which only a scrubber makes.
//!
//! What is removed: every secret value the run knows (credential fields, tokens), Thai national
//! ids (13 digits, with or without dashes or spaces between groups) and the personal names the
//! run registered for the record being processed.

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
/// Names shorter than this are not masked (they would mask ordinary words).
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

    /// A scrubber that also masks these personal values (names of the record in hand).
    pub fn with_names(&self, names: impl IntoIterator<Item = impl Into<String>>) -> Self {
        let mut n: Vec<String> = names
            .into_iter()
            .map(Into::into)
            .map(|s| s.trim().to_owned())
            .filter(|s| s.chars().count() >= MIN_NAME_LEN)
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
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "[secret]");
            }
        }
        for n in &self.names {
            if out.contains(n.as_str()) {
                out = out.replace(n.as_str(), "[name]");
            }
        }
        Scrubbed(mask_national_ids(&out))
    }

    fn secrets_only(&self, text: &str) -> Option<String> {
        let hit = self.secrets.iter().any(|s| text.contains(s.as_str()));
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

/// Masks every run of exactly 13 digits (single `-` or ` ` allowed between digits, not next to
/// another digit) keeping the last four digits: `1-1111-11111-11-3` -> `X-XXXX-XXXX1-11-3`.
pub fn mask_national_ids(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let preceded_by_digit = i > 0 && chars[i - 1].is_ascii_digit();
        if chars[i].is_ascii_digit() && !preceded_by_digit {
            // Extend over digits and single separators between digits.
            let mut j = i;
            let mut digits = 0;
            while j < chars.len() {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                    j += 1;
                } else if (chars[j] == '-' || chars[j] == ' ')
                    && j + 1 < chars.len()
                    && chars[j + 1].is_ascii_digit()
                    && digits < 13
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // Trim trailing separators (cannot occur by construction) and check the count.
            let run = &chars[i..j];
            let only_digits = run.iter().all(char::is_ascii_digit);
            let plausible = only_digits || run.iter().filter(|c| !c.is_ascii_digit()).count() <= 4;
            if digits == 13 && plausible {
                let mut seen = 0;
                for &c in run {
                    if c.is_ascii_digit() {
                        seen += 1;
                        out.push(if seen <= 9 { 'X' } else { c });
                    } else {
                        out.push(c);
                    }
                }
            } else {
                out.extend(run);
            }
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_ids_plain_and_dashed_are_masked() {
        assert_eq!(
            mask_national_ids("cid 1234567890123 x"),
            "cid XXXXXXXXX0123 x"
        );
        assert_eq!(
            mask_national_ids("cid=1-2345-67890-12-3."),
            "cid=X-XXXX-XXXX0-12-3."
        );
        assert_eq!(mask_national_ids("1 2345 67890 12 3"), "X XXXX XXXX0 12 3");
    }

    #[test]
    fn other_numbers_are_left_alone() {
        // 12 and 14 digits, a timestamp, a date, a count.
        for s in [
            "123456789012",
            "12345678901234",
            "2024-01-27T00:00:00.000Z",
            "page 3 of 100000",
        ] {
            assert_eq!(mask_national_ids(s), s);
        }
        // Two separate numbers joined by " - " are not one id.
        assert_eq!(mask_national_ids("1234567 - 890123"), "1234567 - 890123");
    }

    #[test]
    fn step_outputs_keep_data_but_lose_secrets_and_scrub_messages() {
        let s = Scrubber::new(["tok-abcdef"]).with_names(["Somchai"]);
        let v = serde_json::json!({
            "cid": "1111111111113", "fname": "Somchai", "token": "Bearer tok-abcdef",
            "notes": [{"message": "Somchai 1111111111113 tok-abcdef"}]
        });
        let out = s.step_output("person", true, &v);
        let kept: serde_json::Value =
            serde_json::from_str(out.value.as_ref().unwrap().as_str()).unwrap();
        assert_eq!(kept["cid"], "1111111111113");
        assert_eq!(kept["fname"], "Somchai");
        assert_eq!(kept["token"], "Bearer [secret]");
        assert_eq!(kept["notes"][0]["message"], "[name] XXXXXXXXX1113 [secret]");
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
        let out = s.scrub("token tok-abcdef for Somchai (สมชาย) cid 1111111111113, pw password1");
        assert_eq!(
            out.as_str(),
            "token [secret] for [name] ([name]) cid XXXXXXXXX1113, pw [secret]"
        );
    }
}
