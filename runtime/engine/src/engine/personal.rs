//! The personal values of a record or a step's output: the values of the workflow's
//! `personal_fields` at any depth, masked wherever they reappear (logs, outcomes, e-mails). Found
//! in a `serde_json::Value` ([`personal_values`]) or, for an output kept as the JSON text a
//! compiled transform wrote, in that text ([`personal_values_raw`]), with the same result.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

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

/// [`personal_values`] of the value `json` holds, read from the text without building it: only
/// the leaves under a personal field are kept (each as [`personal_values`] writes it: a
/// string as it is, a number as its `serde_json::Number`). An error only where `json` is not
/// JSON.
pub fn personal_values_raw(
    json: &str,
    fields: &[String],
) -> Result<Vec<String>, serde_json::Error> {
    let fields = Fields::new(fields);
    let mut out = Vec::new();
    let mut de = serde_json::Deserializer::from_str(json);
    Walk {
        fields: &fields,
        out: &mut out,
    }
    .deserialize(&mut de)?;
    de.end()?;
    out.sort();
    out.dedup();
    Ok(out)
}

/// A value read for the personal fields below it (its own leaves are not kept).
struct Walk<'f, 'o> {
    fields: &'f Fields<'f>,
    out: &'o mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// The scalars a visitor passes over: `$($method $ty),*`.
macro_rules! pass_over {
    ($($method:ident $ty:ty),*) => {
        $(fn $method<E: de::Error>(self, _: $ty) -> Result<(), E> {
            Ok(())
        })*
    };
}

impl<'de> Visitor<'de> for Walk<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }
    pass_over!(visit_bool bool, visit_i64 i64, visit_u64 u64, visit_f64 f64, visit_str &str);
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq
            .next_element_seed(Walk {
                fields: self.fields,
                out: &mut *self.out,
            })?
            .is_some()
        {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(personal) = map.next_key_seed(IsField(self.fields))? {
            if personal {
                map.next_value_seed(Leaves(&mut *self.out))?;
            } else {
                map.next_value_seed(Walk {
                    fields: self.fields,
                    out: &mut *self.out,
                })?;
            }
        }
        Ok(())
    }
}

/// A map key, read as whether it is a personal field (nothing is built).
struct IsField<'f>(&'f Fields<'f>);

impl<'de> DeserializeSeed<'de> for IsField<'_> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for IsField<'_> {
    type Value = bool;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<bool, E> {
        Ok(self.0.has(key))
    }
}

/// The value of a personal field: every string and number at or below it, kept.
struct Leaves<'o>(&'o mut Vec<String>);

impl<'de> DeserializeSeed<'de> for Leaves<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Leaves<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }
    pass_over!(visit_bool bool);
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.0.push(v.to_owned());
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.0.push(Number::from(v).to_string());
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.0.push(Number::from(v).to_string());
        Ok(())
    }
    /// As a `Value` holds it: a float that is not finite is `null` (no JSON text has one).
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        if let Some(n) = Number::from_f64(v) {
            self.0.push(n.to_string());
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Leaves(&mut *self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value_seed(Leaves(&mut *self.0))?;
        }
        Ok(())
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
        assert!(personal_values_raw("{\"name\": ", &fields).is_err());
        assert!(personal_values_raw("[1] 2", &fields).is_err());
    }
}
