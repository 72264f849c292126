//! Secret scrubbing for every text that leaves the adaptors (errors, logs,
//! attempt reports).

use std::sync::{Arc, RwLock};

/// What replaces a secret.
pub const REDACTED: &str = "[REDACTED]";

/// The secrets known to one client: its password and every token it obtained.
#[derive(Clone, Debug, Default)]
pub struct Secrets {
    values: Arc<RwLock<Vec<String>>>,
}

impl Secrets {
    /// Remembers a secret value (values shorter than 4 characters are ignored
    /// to avoid scrubbing ordinary text).
    pub fn add(&self, secret: &str) {
        if secret.len() < 4 {
            return;
        }
        let mut v = self.values.write().unwrap_or_else(|p| p.into_inner());
        if !v.iter().any(|s| s == secret) {
            v.push(secret.to_owned());
            // Longest first, so a secret containing another is removed whole.
            v.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
    }

    /// `text` with known secrets, `access_token=` values and `Bearer` /
    /// `Basic` credentials replaced by [`REDACTED`].
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for s in self.values.read().unwrap_or_else(|p| p.into_inner()).iter() {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), REDACTED);
            }
        }
        for (marker, min_len) in [
            ("access_token=", 1),
            ("\"token\":\"", 1),
            ("\"password\":\"", 1),
            ("Bearer ", 8),
            ("Basic ", 8),
        ] {
            // Most texts hold none of the markers: no copy is made for those.
            if out.contains(marker) {
                out = scrub_after(&out, marker, min_len);
            }
        }
        out
    }

    /// Scrubbed, at most `max` characters (cut on a character boundary).
    pub fn excerpt(&self, text: &str, max: usize) -> String {
        let clean = self.scrub(text);
        match clean.char_indices().nth(max) {
            Some((cut, _)) => format!("{}…", &clean[..cut]),
            None => clean,
        }
    }
}

/// Replaces the value following each `marker` (up to `&`, whitespace, a quote
/// or a comma) with [`REDACTED`] when it is at least `min_len` bytes long (so
/// "Basic auth" in prose survives while "Basic dXNlcjpwYXNz" does not).
fn scrub_after(text: &str, marker: &str, min_len: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(marker) {
        let (head, tail) = rest.split_at(pos + marker.len());
        out.push_str(head);
        let end = tail
            .find(|c: char| c == '&' || c == '"' || c == '\'' || c == ',' || c.is_whitespace())
            .unwrap_or(tail.len());
        if end >= min_len && !tail.starts_with(REDACTED) {
            out.push_str(REDACTED);
        } else {
            out.push_str(&tail[..end]);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_known_secrets_and_credential_patterns() {
        let s = Secrets::default();
        s.add("hunter2-password");
        s.add("abc"); // too short to be treated as a secret
        let text = "GET /api/people?filter=x&access_token=Zz9TOKEN&y=1 Bearer eyJ.abc.def \
                    Basic dXNlcjpwYXNz password hunter2-password {\"token\":\"eyJ0\"} abc";
        let clean = s.scrub(text);
        for secret in [
            "Zz9TOKEN",
            "eyJ.abc.def",
            "dXNlcjpwYXNz",
            "hunter2-password",
            "eyJ0",
        ] {
            assert!(!clean.contains(secret), "{secret} in {clean}");
        }
        assert!(clean.contains("&y=1"));
        assert!(clean.ends_with("abc"));
        assert_eq!(s.scrub("configure Basic auth"), "configure Basic auth");
        // A body with no secret and no marker (HIS's 404 for a find that finds nothing) comes
        // back as it is.
        let not_found = r#"{"error":{"statusCode":404,"name":"Error","message":"Unknown \"intervention\"","code":"MODEL_NOT_FOUND"}}"#;
        assert_eq!(s.scrub(not_found), not_found);
    }

    #[test]
    fn excerpt_cuts_on_char_boundaries() {
        let s = Secrets::default();
        assert_eq!(s.excerpt("ประเทศไทย", 3), "ประ…");
        assert_eq!(s.excerpt("short", 10), "short");
    }
}
