//! How a webhook caller proves itself, and how a replayed delivery is recognised.
//!
//! - `mode = "header"`: the secret itself in a header (`X-Mapwright-Secret`).
//! - `mode = "hmac"`: `X-Mapwright-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`,
//!   refused when `t` is more than [`WINDOW`] from the server's clock. Several `v1=` may be given
//!   (a secret being rotated). The old body-only form `sha256=<hex>` is accepted only when the
//!   webhook sets `legacy_signature = true`.
//! - The idempotency key of a delivery: the `Idempotency-Key` header, else the record id and the
//!   SHA-256 of the body. It is stored hashed.

use axum::http::HeaderMap;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::settings::WebhookAuth;

/// How far a signature's timestamp may be from the server's clock, either way.
pub const WINDOW_SECS: i64 = 300;
/// The same, for the docs and error messages.
pub const WINDOW: std::time::Duration = std::time::Duration::from_secs(WINDOW_SECS as u64);

/// The longest `Idempotency-Key` accepted.
const MAX_KEY: usize = 200;

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn mac_matches(secret: &str, parts: &[&[u8]], hex: &str) -> bool {
    let Some(sig) = decode_hex(hex.trim()) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return false;
    };
    for p in parts {
        mac.update(p);
    }
    mac.verify_slice(&sig).is_ok()
}

/// Whether a `t=…,v1=…` signature is valid for `body` at `now` (unix seconds).
fn timestamped(secret: &str, given: &str, body: &[u8], now: i64) -> bool {
    let mut t = None;
    let mut sigs = Vec::new();
    for part in given.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = v.trim().parse::<i64>().ok(),
            Some(("v1", v)) => sigs.push(v),
            _ => {}
        }
    }
    let Some(t) = t else { return false };
    if (now - t).abs() > WINDOW_SECS {
        return false;
    }
    let prefix = format!("{t}.");
    sigs.iter()
        .any(|s| mac_matches(secret, &[prefix.as_bytes(), body], s))
}

/// Whether the request carries the trigger's proof (`now`: unix seconds).
pub fn authentic(
    auth: &WebhookAuth,
    secret: &str,
    headers: &HeaderMap,
    body: &[u8],
    now: i64,
) -> bool {
    if secret.is_empty() {
        return false;
    }
    let hmac_mode = auth.mode == "hmac";
    let default = if hmac_mode {
        "x-mapwright-signature"
    } else {
        "x-mapwright-secret"
    };
    let name = auth.header.as_deref().unwrap_or(default);
    let Some(given) = headers.get(name).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let given = given.trim();
    if hmac_mode {
        if given.starts_with("t=") {
            timestamped(secret, given, body, now)
        } else if auth.legacy_signature {
            let hex = given.strip_prefix("sha256=").unwrap_or(given);
            mac_matches(secret, &[body], hex)
        } else {
            false
        }
    } else if auth.mode == "header" {
        crate::auth::constant_time_eq(given.as_bytes(), secret.as_bytes())
    } else {
        false
    }
}

/// The signature header's value for `body` at `t` (tests, and callers' documentation).
pub fn sign(secret: &str, t: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(format!("{t}.").as_bytes());
    mac.update(body);
    format!(
        "t={t},v1={}",
        crate::auth::hex(&mac.finalize().into_bytes())
    )
}

/// The delivery's idempotency key, hashed: the `Idempotency-Key` header, else `data.record_id`
/// (when there is one) and the SHA-256 of the body.
pub fn idempotency_key(headers: &HeaderMap, body: &[u8], input: &Value) -> Result<String, String> {
    let mut h = Sha256::new();
    match headers.get("idempotency-key") {
        Some(v) => {
            let k = v
                .to_str()
                .map_err(|_| "`Idempotency-Key` must be ASCII text".to_owned())?
                .trim();
            if k.is_empty() || k.len() > MAX_KEY {
                return Err(format!(
                    "`Idempotency-Key` must hold 1 to {MAX_KEY} characters"
                ));
            }
            h.update(b"header\0");
            h.update(k.as_bytes());
        }
        None => {
            h.update(b"body\0");
            let record = input
                .get("data")
                .and_then(|d| d.get("record_id"))
                .and_then(Value::as_str)
                .unwrap_or("");
            h.update(record.as_bytes());
            h.update(b"\0");
            h.update(Sha256::digest(body));
        }
    }
    Ok(crate::auth::hex(&h.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(mode: &str, legacy: bool) -> WebhookAuth {
        WebhookAuth {
            mode: mode.into(),
            header: None,
            secret: "s".into(),
            legacy_signature: legacy,
        }
    }

    fn with(name: &str, value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.parse().unwrap(),
        );
        h
    }

    const NOW: i64 = 1_780_000_000;

    #[test]
    fn header_secret() {
        let h = with("x-mapwright-secret", "topsecret");
        assert!(authentic(
            &auth("header", false),
            "topsecret",
            &h,
            b"{}",
            NOW
        ));
        assert!(!authentic(&auth("header", false), "other", &h, b"{}", NOW));
        assert!(!authentic(
            &auth("bogus", false),
            "topsecret",
            &h,
            b"{}",
            NOW
        ));
    }

    #[test]
    fn timestamped_signature_within_the_window_only() {
        let body = b"{\"a\":1}";
        let a = auth("hmac", false);
        let ok = |t: i64, now: i64, body: &[u8]| {
            authentic(
                &a,
                "k3y",
                &with("x-mapwright-signature", &sign("k3y", t, body)),
                body,
                now,
            )
        };
        assert!(ok(NOW, NOW, body));
        assert!(ok(NOW - 300, NOW, body));
        assert!(ok(NOW + 300, NOW, body));
        assert!(!ok(NOW - 301, NOW, body), "too old");
        assert!(!ok(NOW + 301, NOW, body), "too far ahead");
        // The signature covers the timestamp and the body.
        let sig = sign("k3y", NOW, body);
        let moved = sig.replace(&format!("t={NOW}"), &format!("t={}", NOW + 1));
        assert!(!authentic(
            &a,
            "k3y",
            &with("x-mapwright-signature", &moved),
            body,
            NOW
        ));
        assert!(!authentic(
            &a,
            "k3y",
            &with("x-mapwright-signature", &sig),
            b"{\"a\":2}",
            NOW
        ));
        assert!(!authentic(
            &a,
            "other",
            &with("x-mapwright-signature", &sig),
            body,
            NOW
        ));
        // A second v1 (rotation) is tried too; garbage is refused.
        let two = format!("t={NOW},v1=00ff,{}", sig.split(',').nth(1).unwrap());
        assert!(authentic(
            &a,
            "k3y",
            &with("x-mapwright-signature", &two),
            body,
            NOW
        ));
        for bad in ["t=,v1=00", "v1=00", "t=x,v1=zz", ""] {
            assert!(!authentic(
                &a,
                "k3y",
                &with("x-mapwright-signature", bad),
                body,
                NOW
            ));
        }
    }

    #[test]
    fn body_only_signature_only_when_legacy_is_allowed() {
        let mut mac = Hmac::<Sha256>::new_from_slice(b"k3y").unwrap();
        mac.update(b"{\"a\":1}");
        let sig = format!("sha256={}", crate::auth::hex(&mac.finalize().into_bytes()));
        let h = with("x-mapwright-signature", &sig);
        assert!(!authentic(
            &auth("hmac", false),
            "k3y",
            &h,
            b"{\"a\":1}",
            NOW
        ));
        assert!(authentic(&auth("hmac", true), "k3y", &h, b"{\"a\":1}", NOW));
        assert!(!authentic(
            &auth("hmac", true),
            "k3y",
            &h,
            b"{\"a\":2}",
            NOW
        ));
    }

    #[test]
    fn idempotency_keys() {
        let body = br#"{"data":{"record_id":"r1"}}"#;
        let input: Value = serde_json::from_slice(body).unwrap();
        let none = HeaderMap::new();
        let k = idempotency_key(&none, body, &input).unwrap();
        assert_eq!(k, idempotency_key(&none, body, &input).unwrap());
        let other = br#"{"data":{"record_id":"r2"}}"#;
        let other_input: Value = serde_json::from_slice(other).unwrap();
        assert_ne!(k, idempotency_key(&none, other, &other_input).unwrap());
        let h = with("idempotency-key", "delivery-7");
        let hk = idempotency_key(&h, body, &input).unwrap();
        assert_ne!(hk, k);
        assert_eq!(hk, idempotency_key(&h, other, &other_input).unwrap());
        assert!(idempotency_key(&with("idempotency-key", &"x".repeat(201)), body, &input).is_err());
        assert_eq!(k.len(), 64, "stored hashed");
    }
}
