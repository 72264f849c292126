//! The personal values of a record or a step's output: the values of the workflow's
//! `personal_fields` at any depth, masked wherever they reappear (logs, outcomes, e-mails). Found
//! in a `serde_json::Value` ([`personal_values`]) or, for an output kept as the JSON text a
//! compiled transform wrote, in that text ([`personal_values_raw`]), with the same result.

use serde_json::Value;

/// The values of the personal-data `fields` anywhere in `v` (a family member's name in a
/// subform, a diagnosis code in a visit's activities): strings, numbers, and every string or
/// number below such a field. Masked wherever they reappear in logs, outcomes and e-mails.
pub fn personal_values(v: &Value, fields: &[String]) -> Vec<String> {
    fn leaves(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Number(n) => out.push(n.to_string()),
            Value::Array(a) => a.iter().for_each(|x| leaves(x, out)),
            Value::Object(m) => m.values().for_each(|x| leaves(x, out)),
            Value::Bool(_) | Value::Null => {}
        }
    }
    fn walk(v: &Value, fields: &Fields<'_>, out: &mut Vec<String>) {
        match v {
            Value::Array(a) => a.iter().for_each(|x| walk(x, fields, out)),
            Value::Object(m) => {
                for (k, x) in m {
                    if fields.has(k) {
                        leaves(x, out);
                    } else {
                        walk(x, fields, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &Fields::new(fields), &mut out);
    out.sort();
    out.dedup();
    out
}

/// The personal-data field names, with the set of their lengths: most keys of a record (a case
/// has hundreds, at every depth) have a length no field has and are passed over with one test,
/// where comparing each key with every field cost ~60 k instructions per case.
struct Fields<'a> {
    names: &'a [String],
    /// Bit `n`: a field is `n` bytes long (n < 128).
    lens: u128,
    /// A field is 128 bytes or longer.
    long: bool,
}

impl<'a> Fields<'a> {
    fn new(names: &'a [String]) -> Fields<'a> {
        let mut lens = 0u128;
        let mut long = false;
        for n in names {
            match n.len() {
                l @ 0..128 => lens |= 1 << l,
                _ => long = true,
            }
        }
        Fields { names, lens, long }
    }

    fn has(&self, key: &str) -> bool {
        let maybe = match key.len() {
            l @ 0..128 => self.lens >> l & 1 == 1,
            _ => self.long,
        };
        maybe && self.names.iter().any(|f| f == key)
    }
}

/// Why [`personal_values_raw`] could not read a text (not JSON).
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("not JSON at byte {0}")]
    At(usize),
    #[error("JSON nested deeper than {MAX_DEPTH} levels")]
    Deep,
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// Arrays and objects nested deeper than this are refused (as serde_json refuses them).
const MAX_DEPTH: usize = 128;

/// [`personal_values`] of the value the JSON text `json` holds, read without building it (an
/// output kept as the JSON its transform wrote): the text is walked once, strings are passed
/// over with `memchr2`, and only what stands under a personal field is built, each leaf as
/// [`personal_values`] writes it (a string unescaped, a number as its `serde_json::Number`).
/// An error only where `json` is not JSON (structure and strings are checked, not every escape
/// outside personal values).
pub fn personal_values_raw(json: &str, fields: &[String]) -> Result<Vec<String>, ScanError> {
    let fields = Fields::new(fields);
    let mut scan = Scan {
        text: json,
        at: 0,
        fields: &fields,
        out: Vec::new(),
    };
    scan.value(false, 0)?;
    scan.space();
    if scan.at != json.len() {
        return Err(ScanError::At(scan.at));
    }
    let mut out = scan.out;
    out.sort();
    out.dedup();
    Ok(out)
}

/// A walk through a JSON text, `at` the next byte to read.
struct Scan<'a> {
    text: &'a str,
    at: usize,
    fields: &'a Fields<'a>,
    out: Vec<String>,
}

impl Scan<'_> {
    fn peek(&self) -> Result<u8, ScanError> {
        self.text
            .as_bytes()
            .get(self.at)
            .copied()
            .ok_or(ScanError::At(self.at))
    }

    /// Passes over white space (none in our writer's compact JSON: one test).
    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.as_bytes().get(self.at) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), ScanError> {
        self.space();
        if self.peek()? != byte {
            return Err(ScanError::At(self.at));
        }
        self.at += 1;
        Ok(())
    }

    /// The value at `at`; `keep`: it stands under a personal field (its strings and numbers are
    /// kept, at any depth).
    fn value(&mut self, keep: bool, depth: usize) -> Result<(), ScanError> {
        if depth > MAX_DEPTH {
            return Err(ScanError::Deep);
        }
        self.space();
        match self.peek()? {
            b'{' => {
                self.at += 1;
                self.space();
                if self.peek()? == b'}' {
                    self.at += 1;
                    return Ok(());
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    let personal = keep || self.fields.has(&self.unescape(key)?);
                    self.expect(b':')?;
                    self.value(personal, depth + 1)?;
                    if self.next_or_end(b'}')? {
                        return Ok(());
                    }
                }
            }
            b'[' => {
                self.at += 1;
                self.space();
                if self.peek()? == b']' {
                    self.at += 1;
                    return Ok(());
                }
                loop {
                    self.value(keep, depth + 1)?;
                    if self.next_or_end(b']')? {
                        return Ok(());
                    }
                }
            }
            b'"' => {
                let s = self.string()?;
                if keep {
                    let s = self.unescape(s)?.into_owned();
                    self.out.push(s);
                }
                Ok(())
            }
            b't' => self.word("true"),
            b'f' => self.word("false"),
            b'n' => self.word("null"),
            _ => {
                let start = self.at;
                let rest = self.text.as_bytes().get(start..).unwrap_or_default();
                self.at += rest
                    .iter()
                    .take_while(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                    .count();
                let number = self.text.get(start..self.at).unwrap_or_default();
                if number.is_empty() {
                    return Err(ScanError::At(start));
                }
                if keep {
                    let n: serde_json::Number = serde_json::from_str(number)?;
                    self.out.push(n.to_string());
                }
                Ok(())
            }
        }
    }

    /// After an element: `,` (another follows: false) or `close` (the end: true).
    fn next_or_end(&mut self, close: u8) -> Result<bool, ScanError> {
        self.space();
        match self.peek()? {
            b',' => {
                self.at += 1;
                Ok(false)
            }
            b if b == close => {
                self.at += 1;
                Ok(true)
            }
            _ => Err(ScanError::At(self.at)),
        }
    }

    fn word(&mut self, word: &str) -> Result<(), ScanError> {
        match self.text.get(self.at..self.at + word.len()) {
            Some(w) if w == word => {
                self.at += word.len();
                Ok(())
            }
            _ => Err(ScanError::At(self.at)),
        }
    }

    /// The string at `at`, passed over: its text with the quotes, and whether it holds an
    /// escape.
    fn string(&mut self) -> Result<(std::ops::Range<usize>, bool), ScanError> {
        let start = self.at;
        if self.peek()? != b'"' {
            return Err(ScanError::At(start));
        }
        let bytes = self.text.as_bytes();
        let mut from = start + 1;
        let mut escaped = false;
        loop {
            let rest = bytes.get(from..).unwrap_or_default();
            let k = memchr::memchr2(b'"', b'\\', rest).ok_or(ScanError::At(start))?;
            if rest[k] == b'"' {
                self.at = from + k + 1;
                return Ok((start..self.at, escaped));
            }
            // A backslash and the byte it escapes (`\uXXXX`'s digits hold no quote).
            escaped = true;
            from += k + 2;
        }
    }

    /// The text of a string [`Self::string`] passed over.
    fn unescape(
        &self,
        (range, escaped): (std::ops::Range<usize>, bool),
    ) -> Result<std::borrow::Cow<'_, str>, ScanError> {
        let quoted = self
            .text
            .get(range.clone())
            .ok_or(ScanError::At(range.start))?;
        if escaped {
            return Ok(std::borrow::Cow::Owned(serde_json::from_str(quoted)?));
        }
        let inner = quoted.get(1..quoted.len() - 1).unwrap_or_default();
        Ok(std::borrow::Cow::Borrowed(inner))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{personal_values, personal_values_raw};

    #[test]
    fn personal_values_are_found_by_exact_name_at_any_depth_and_length() {
        let long = "x".repeat(130);
        let longer = "x".repeat(131);
        let fields = vec![
            "name".to_owned(),
            "cid".to_owned(),
            String::new(),
            long.clone(),
        ];
        let v = json!({
            "name": "Somchai", "nams": "not a field", "cid": 1101700203451_u64,
            "family": [{"name": {"first": "Malee", "n": [7]}, "cie": "no"}],
            "": "empty key", long.clone(): "long key", longer: "longer key",
            "x": {"y": {"cid": ["3", null, true]}}, "Name": "case differs"
        });
        assert_eq!(
            personal_values(&v, &fields),
            [
                "1101700203451",
                "3",
                "7",
                "Malee",
                "Somchai",
                "empty key",
                "long key"
            ]
        );
        assert!(personal_values(&v, &[]).is_empty());
        assert!(personal_values(&v, &["nothing".to_owned()]).is_empty());
    }

    /// The text scan finds what the value walk finds: keys with escapes, numbers of every
    /// kind, personal fields inside personal fields, lists of objects.
    #[test]
    fn the_text_scan_finds_what_the_value_walk_finds() {
        let fields: Vec<String> = ["name", "cid", "na\"me", "icd10"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let v = json!({
            "name": {"first": "สมชาย", "n": [1, -2, 2.5, 1e300, 18446744073709551615_u64, null]},
            "na\"me": "quoted \"key\"\n", "cid": {"name": "inner", "x": false},
            "visits": [{"icd10": ["A01", {"k": 3}]}, {"icd": "not"}, []],
            "other": {"deep": {"name": ""}}, "nam": "no"
        });
        let text = serde_json::to_string(&v).expect("writes");
        assert_eq!(
            personal_values_raw(&text, &fields).expect("JSON"),
            personal_values(&v, &fields)
        );
        let pretty = serde_json::to_string_pretty(&v).expect("writes");
        assert_eq!(
            personal_values_raw(&pretty, &fields).expect("JSON"),
            personal_values(&v, &fields)
        );
        for bad in [
            "{\"name\": ",
            "[1] 2",
            "{\"name\": \"x}",
            "[tru]",
            "{\"a\" 1}",
            "[1,]",
            "{\"name\": [-]}",
            "",
            &"[".repeat(200),
        ] {
            assert!(personal_values_raw(bad, &fields).is_err(), "{bad}");
        }
        assert_eq!(
            personal_values_raw(r#" {"name" : [ "a\u0e01\\" , 1.0 , {} , [] ] } "#, &fields)
                .expect("JSON"),
            ["1.0", "a\u{e01}\\"]
        );
    }
}
