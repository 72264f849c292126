//! How imported things are named, shared by both importers so that a schema imported from the
//! forms and the option sets imported from the lookups agree.

/// The option set that location codes translate through.
pub const LOCATIONS_SET: &str = "locations";

/// `lookup-th-age-assessment-method-5559903` -> `th_age_assessment_method_5559903`: drop the
/// `lookup-` prefix, turn every character that is not a letter, digit or `_` into `_`.
pub fn lookup_set_name(lookup_id: &str) -> String {
    let base = lookup_id.strip_prefix("lookup-").unwrap_or(lookup_id);
    ident(base)
}

/// A field name as an option set name (inline options are named after their field).
pub(super) fn inline_set_name(field: &str) -> String {
    ident(field)
}

fn ident(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_names() {
        assert_eq!(
            lookup_set_name("lookup-th-age-assessment-method-5559903"),
            "th_age_assessment_method_5559903"
        );
        assert_eq!(lookup_set_name("lookup-gender"), "gender");
        assert_eq!(lookup_set_name("custom"), "custom");
        assert_eq!(lookup_set_name("lookup-1st"), "_1st");
    }
}
