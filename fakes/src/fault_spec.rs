//! Random faults from one line of text, for `mapwright fakes --faults SPEC` and for tests:
//!
//! ```text
//! 5xx=0.10,5xx_after=0.5,timeout=0.02,malformed=0.01,truncated=0.01,seed=7
//! ```
//!
//! | key | meaning |
//! | --- | --- |
//! | `5xx=R` | share of requests answered with a 5xx (`5xx_status`, default 503) |
//! | `5xx_after=F` | of those, the share answered *after* the request was processed (a create is stored, then 503); default 0 |
//! | `5xx_status=S` | the status (500..=599) |
//! | `retry_after=SECS` | `Retry-After` on the 5xx answers (a decimal is accepted) |
//! | `timeout=R` | share of requests processed, then answered only after `timeout_ms` (set it above the client's timeout) |
//! | `timeout_ms=N` | how long those answers are held; default 3000 |
//! | `malformed=R` | share processed, then answered 200 with invalid JSON |
//! | `truncated=R` | share processed, then answered with half the body and the connection dropped |
//! | `latency_ms=N` | added to every request |
//! | `seed=N` | seed of the random rolls (same seed, same faults in the same request order) |
//!
//! Rates are in `0..=1` and add up to at most 1: each request gets at most one fault.

use std::time::Duration;

use crate::fault::{Fault, FaultConfig, FaultRate};

/// A fault spec that cannot be used; the message names the part and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("fault spec: {0}")]
pub struct FaultSpecError(String);

const KEYS: &str = "5xx, 5xx_after, 5xx_status, retry_after, timeout, timeout_ms, malformed, \
                    truncated, latency_ms, seed";

fn rate(key: &str, v: &str) -> Result<f64, FaultSpecError> {
    match v.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(FaultSpecError(format!(
            "`{key}={v}`: expected a number from 0 to 1"
        ))),
    }
}

fn whole(key: &str, v: &str) -> Result<u64, FaultSpecError> {
    v.parse::<u64>()
        .map_err(|_| FaultSpecError(format!("`{key}={v}`: expected a whole number")))
}

impl FaultConfig {
    /// Parses a spec (see the module); an empty spec is no fault.
    pub fn parse_spec(spec: &str) -> Result<FaultConfig, FaultSpecError> {
        let (mut five, mut after, mut status) = (0.0, 0.0, 503u16);
        let mut retry_after = None;
        let (mut timeout, mut timeout_ms) = (0.0, 3000u64);
        let (mut malformed, mut truncated) = (0.0, 0.0);
        let mut config = FaultConfig::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, v)) = part.split_once('=') else {
                return Err(FaultSpecError(format!("`{part}`: expected KEY=VALUE")));
            };
            let (key, v) = (key.trim(), v.trim());
            match key {
                "5xx" => five = rate(key, v)?,
                "5xx_after" => after = rate(key, v)?,
                "5xx_status" => {
                    status = match v.parse::<u16>() {
                        Ok(s) if (500..=599).contains(&s) => s,
                        _ => {
                            return Err(FaultSpecError(format!(
                                "`{part}`: expected a status from 500 to 599"
                            )));
                        }
                    }
                }
                "retry_after" => {
                    retry_after = match v.parse::<f64>() {
                        Ok(s) if s.is_finite() && s >= 0.0 => Some(Duration::from_secs_f64(s)),
                        _ => {
                            return Err(FaultSpecError(format!(
                                "`{part}`: expected seconds (0 or more)"
                            )));
                        }
                    }
                }
                "timeout" => timeout = rate(key, v)?,
                "timeout_ms" => timeout_ms = whole(key, v)?,
                "malformed" => malformed = rate(key, v)?,
                "truncated" => truncated = rate(key, v)?,
                "latency_ms" => config.latency = Duration::from_millis(whole(key, v)?),
                "seed" => config.seed = whole(key, v)?,
                other => {
                    return Err(FaultSpecError(format!(
                        "unknown key `{other}` (known: {KEYS})"
                    )));
                }
            }
        }
        if five + timeout + malformed + truncated > 1.0 + 1e-9 {
            return Err(FaultSpecError(
                "the rates add up to more than 1 (each request gets at most one fault)".into(),
            ));
        }
        let hang = Duration::from_millis(timeout_ms);
        config.fault_rates = [
            (
                Fault::Status {
                    status,
                    retry_after,
                },
                five * (1.0 - after),
            ),
            (
                Fault::StatusAfter {
                    status,
                    retry_after,
                },
                five * after,
            ),
            (Fault::HangAfter(hang), timeout),
            (Fault::MalformedJson, malformed),
            (Fault::Truncated, truncated),
        ]
        .into_iter()
        .filter(|(_, r)| *r > 0.0)
        .map(|(fault, rate)| FaultRate { fault, rate })
        .collect();
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_spec_splits_5xx_before_and_after_processing() {
        let c = FaultConfig::parse_spec(
            "5xx=0.10,5xx_after=0.5,timeout=0.02,malformed=0.01,truncated=0.01,seed=7",
        )
        .expect("valid");
        assert_eq!(c.seed, 7);
        let rates: Vec<(Fault, f64)> = c
            .fault_rates
            .iter()
            .map(|r| (r.fault.clone(), (r.rate * 1000.0).round() / 1000.0))
            .collect();
        assert_eq!(
            rates,
            vec![
                (Fault::status(503), 0.05),
                (
                    Fault::StatusAfter {
                        status: 503,
                        retry_after: None
                    },
                    0.05
                ),
                (Fault::HangAfter(Duration::from_secs(3)), 0.02),
                (Fault::MalformedJson, 0.01),
                (Fault::Truncated, 0.01),
            ]
        );
        assert!(
            FaultConfig::parse_spec("")
                .expect("empty")
                .fault_rates
                .is_empty()
        );
        let c = FaultConfig::parse_spec("5xx=1,5xx_status=500,retry_after=0.5,latency_ms=20")
            .expect("valid");
        assert_eq!(c.latency, Duration::from_millis(20));
        assert_eq!(
            c.fault_rates,
            vec![FaultRate {
                fault: Fault::Status {
                    status: 500,
                    retry_after: Some(Duration::from_millis(500))
                },
                rate: 1.0
            }]
        );
    }

    #[test]
    fn bad_specs_name_the_part() {
        for (spec, says) in [
            ("5xx=2", "`5xx=2`"),
            ("timeout", "KEY=VALUE"),
            ("flaky=0.1", "unknown key `flaky`"),
            ("5xx_status=404", "500 to 599"),
            ("seed=-1", "whole number"),
            ("5xx=0.6,timeout=0.6", "more than 1"),
        ] {
            let e = FaultConfig::parse_spec(spec).expect_err(spec).to_string();
            assert!(e.contains(says), "{spec}: {e}");
        }
    }
}
