//! The personal values of a record or a step's output: the values of the workflow's
//! `personal_fields` at any depth, masked wherever they reappear (logs, outcomes, e-mails). Found
//! in a `serde_json::Value` ([`personal_values`]) or, for an output kept as the JSON text a
//! compiled transform wrote, in that text ([`PersonalKeys::values_in`]), with the same result.

use aho_corasick::packed;
use mapping_dsl::rt::needs_json_escape;
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

/// A workflow's personal-data fields as the JSON keys a writer writes (`"name"`), searched for
/// in a JSON text all at once: only the values under those keys are read, and the rest of the
/// text (most of a mapped case) is passed over by the search, not walked token by token. Built
/// once per workflow.
#[derive(Clone)]
pub struct PersonalKeys {
    fields: Vec<String>,
    /// Each field's name between quotes (`"name"`), searched for with SIMD (a packed
    /// searcher, not an automaton: an automaton's prefilter picks `"` as the rare byte and
    /// stops at every quote). The opening quote makes the patterns' first bytes rare in JSON
    /// (`"na` rather than `nam`), so fewer places are candidates to verify. `None` without
    /// fields, when a field holds a byte JSON escapes (`"`, `\\`, a control byte), a `,` or a
    /// `:` (see `new`), or where the packed searcher cannot run: [`personal_values_raw`]'s walk
    /// is used instead.
    search: Option<packed::Searcher>,
}

impl std::fmt::Debug for PersonalKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("PersonalKeys").field(&self.fields).finish()
    }
}

impl PersonalKeys {
    pub fn new(fields: &[String]) -> PersonalKeys {
        // A match starts at a quote and ends at the next one: it is one string, or the text
        // between two strings, which holds a `,` or a `:` (and would take the next string's
        // opening quote, hiding a key there). A name with neither is only ever a string.
        let plain = |f: &String| !needs_json_escape(f) && !f.contains([',', ':']);
        let search = if fields.is_empty() || !fields.iter().all(plain) {
            None
        } else {
            let mut b = packed::Config::new()
                .match_kind(packed::MatchKind::LeftmostFirst)
                .builder();
            for f in fields {
                b.add(format!("\"{f}\""));
            }
            b.build()
        };
        PersonalKeys {
            fields: fields.to_vec(),
            search,
        }
    }

    /// [`personal_values`] of the value the JSON text `json` holds (an output kept as the JSON
    /// its transform wrote, or a record kept as the text its source sent), found without
    /// walking it. Each place a field's name occurs between quotes is a key when its opening
    /// quote is not escaped (inside a string every quote is) and a `:` follows; only the value
    /// after it is read. A match runs from an unescaped quote to the next quote, so it is one
    /// whole string (the name is plain: see `search`), and a match that is not a key never
    /// hides one that is. A key the text writes with escapes its writer need not use (`\u0061`
    /// for `a`) is not recognised: `json` comes from our writer, serde_json or a source such as
    /// Primero, whose field names are ASCII names that JSON writers do not escape. An error
    /// only where what stands under a personal key is not JSON (the rest of the text is not
    /// checked).
    pub fn values_in(&self, json: &str) -> Result<Vec<String>, ScanError> {
        let Some(search) = &self.search else {
            if self.fields.is_empty() {
                return Ok(Vec::new());
            }
            return personal_values_raw(json, &self.fields);
        };
        let fields = Fields::new(&self.fields);
        let mut scan = Scan {
            text: json,
            at: 0,
            fields: &fields,
            out: Vec::new(),
        };
        let bytes = json.as_bytes();
        for m in search.find_iter(json) {
            // The opening quote, and the backslashes before it: an odd number escapes it.
            let open = m.start();
            let before = bytes.get(..open).unwrap_or_default();
            let backslashes = before.iter().rev().take_while(|b| **b == b'\\').count();
            if backslashes % 2 == 1 {
                continue;
            }
            scan.at = m.end();
            scan.space();
            if bytes.get(scan.at) != Some(&b':') {
                continue;
            }
            scan.at += 1;
            scan.value(true, 0)?;
        }
        let mut out = scan.out;
        out.sort();
        out.dedup();
        Ok(out)
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

    use super::{PersonalKeys, personal_values, personal_values_raw};

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

    /// The key search finds what the value walk finds, in compact and pretty text: a field's
    /// name as a string value, inside a string (escaped quotes), at the end of another key,
    /// after an escaped quote, or followed by no `:` is not a key; a personal field inside a
    /// personal field is.
    #[test]
    fn the_key_search_finds_what_the_value_walk_finds() {
        let fields: Vec<String> = ["name", "cid", "icd10", "me", "first"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let keys = PersonalKeys::new(&fields);
        // Teddy runs on every x86-64 with SSSE3 (elsewhere the walk answers, tested above).
        #[cfg(target_arch = "x86_64")]
        assert!(keys.search.is_some(), "plain names are searched for");
        let v = json!({
            "name": {"first": "สมชาย", "n": [1, -2, 2.5, 1e300, 18446744073709551615_u64, null]},
            // `me"` and a `:` after an escaped quote (`"na\"me":`, `"a\\\"me":`): not keys.
            "na\"me": "quoted \"key\"\n", "a\\\"me": "three backslashes",
            "cid": {"name": "inner", "x": false},
            "visits": [{"icd10": ["A01", {"k": 3}]}, {"icd": "not"}, []],
            "other": {"deep": {"name": ""}}, "nam": "no",
            "as value": "name", "list": ["cid", "icd10", {"x": "\"name\": 1"}],
            "in a string": "say \"cid\": \"1\" and \\\"cid\\\":",
            "ends in a backslash\\": {"me": "after a key ending in a backslash"},
            "x_name": "a longer key", "name_first": "another", "first name": "spaces",
        });
        for text in [
            serde_json::to_string(&v).expect("writes"),
            serde_json::to_string_pretty(&v).expect("writes"),
        ] {
            assert_eq!(
                keys.values_in(&text).expect("JSON"),
                personal_values(&v, &fields),
                "{text}"
            );
        }
        assert!(
            personal_values(&v, &fields).contains(&"after a key ending in a backslash".to_owned()),
            "the fixture has a key after an escaped backslash"
        );
        // Under a personal key the value is read, and must be JSON.
        assert!(keys.values_in("{\"name\": [tru]}").is_err());
        assert!(keys.values_in("{\"name\": ").is_err());
        // Without fields nothing is read; a field JSON escapes is found by the walk.
        assert!(
            PersonalKeys::new(&[])
                .values_in("{\"name\": 1}")
                .unwrap()
                .is_empty()
        );
        // A name with a `,` or a `:` could match the text between two strings (`":1,"` in
        // `"a":1,"b"`, taking b's opening quote): it is walked for, not searched.
        let between = vec![":1,".to_owned(), "b".to_owned()];
        assert!(PersonalKeys::new(&between).search.is_none());
        assert_eq!(
            PersonalKeys::new(&between)
                .values_in(r#"{"a":1,"b":"x"}"#)
                .unwrap(),
            ["x"]
        );
        let quoted = PersonalKeys::new(&["na\"me".to_owned()]);
        assert!(quoted.search.is_none());
        assert_eq!(
            quoted.values_in(r#"{"na\"me": 1, "me": 2}"#).unwrap(),
            ["1"]
        );
    }
}
