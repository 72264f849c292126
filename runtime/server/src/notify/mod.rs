//! Failure e-mails over SMTP (lettre). A run that ends badly sends one message to its
//! workflow's recipients (the config's `[notify] admins` plus those added on the page): the
//! workflow, a link to the run, the exit code and what it means, the error summary and the
//! affected record ids, all masked. At most one message per workflow per throttle period; the
//! failures in between are counted in the next message.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::mpsc::UnboundedReceiver;

use crate::admin::mask;
use crate::settings::{Smtp, resolve_plain};
use crate::store::{RunDetail, RunId, SqliteStore, Store};

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("invalid e-mail address `{0}`")]
    Address(String),
    #[error("cannot build the message: {0}")]
    Build(String),
    #[error("SMTP: {0}")]
    Smtp(String),
}

/// Listed record ids per message, at most.
const MAX_RECORDS: usize = 20;

/// The message text (subject, body) for a finished run.
pub fn compose(d: &RunDetail, url: &str, suppressed: u32) -> (String, String) {
    let r = &d.run;
    let code = r.exit_code.map_or("?".to_owned(), |c| c.to_string());
    let subject = format!(
        "[mapwright] {} run #{} {} (exit {code})",
        r.workflow, r.id, r.status
    );
    let failed: Vec<String> = d
        .outcomes
        .iter()
        .filter(|o| o.outcome == "failed")
        .map(|o| {
            format!(
                "  - {}: {}",
                mask::mask_text(&o.record),
                mask::mask_text(o.reason.as_deref().unwrap_or(""))
            )
        })
        .collect();
    let mut body = format!(
        "Workflow: {}\nRun: {url}\nStatus: {}\nExit code: {code} ({})\nStarted: {} UTC\n",
        r.workflow,
        r.status,
        mask::exit_meaning(r.exit_code),
        crate::web::short_time(&r.started_at)
    );
    if let Some(e) = &r.error {
        body.push_str(&format!("Error: {}\n", mask::mask_text(e)));
    }
    if !failed.is_empty() {
        body.push_str(&format!("\nAffected records ({}):\n", failed.len()));
        for l in failed.iter().take(MAX_RECORDS) {
            body.push_str(l);
            body.push('\n');
        }
        if failed.len() > MAX_RECORDS {
            body.push_str(&format!(
                "  … and {} more (see the run page)\n",
                failed.len() - MAX_RECORDS
            ));
        }
    }
    if suppressed > 0 {
        body.push_str(&format!("\n{suppressed} more failed run(s) of this workflow since the last e-mail (throttled).\n"));
    }
    body.push_str("\nNational ids and names are masked; the run page has the full log.\n");
    (subject, body)
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Sends one plain-text message. STARTTLS unless the host is a loopback address (or
/// `starttls = false` is set explicitly).
pub async fn send(
    smtp: &Smtp,
    to: &[String],
    subject: &str,
    body: String,
) -> Result<(), NotifyError> {
    let mut b = Message::builder()
        .from(
            smtp.from
                .parse()
                .map_err(|_| NotifyError::Address(smtp.from.clone()))?,
        )
        .subject(subject)
        .header(ContentType::TEXT_PLAIN);
    for t in to {
        b = b.to(t.parse().map_err(|_| NotifyError::Address(t.clone()))?);
    }
    let msg = b
        .body(body)
        .map_err(|e| NotifyError::Build(e.to_string()))?;
    let tls = smtp.starttls.unwrap_or(!is_loopback(&smtp.host));
    let mut builder = if tls {
        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)
            .map_err(|e| NotifyError::Smtp(e.to_string()))?
    } else {
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
    };
    builder = builder
        .port(smtp.port)
        .timeout(Some(Duration::from_secs(20)));
    if let (Some(u), Some(p)) = (&smtp.user, &smtp.password) {
        let p = resolve_plain(p).map_err(NotifyError::Smtp)?;
        builder = builder.credentials(Credentials::new(u.clone(), p));
    }
    // lettre's errors name the server and the SMTP reply, never the password.
    builder
        .build()
        .send(msg)
        .await
        .map_err(|e| NotifyError::Smtp(e.to_string()))?;
    Ok(())
}

struct Throttle {
    last: Instant,
    suppressed: u32,
}

/// What the failure e-mails need: the store (run details, recipients added on the page), the
/// config's admins, the SMTP settings and the base URL of run links.
pub struct Notifier {
    pub store: Arc<SqliteStore>,
    pub admins: Vec<String>,
    pub smtp: Option<Smtp>,
    pub throttle: Duration,
    pub public_url: String,
}

async fn recipients(n: &Notifier, workflow: &str) -> Vec<String> {
    let mut to = n.admins.clone();
    match n.store.recipients().await {
        Ok(rows) => to.extend(
            rows.into_iter()
                .filter(|(w, _)| w == workflow)
                .map(|(_, e)| e),
        ),
        Err(e) => tracing::warn!(workflow, "cannot read the notification recipients: {e}"),
    }
    to.sort();
    to.dedup();
    to
}

async fn handle(
    n: &Notifier,
    run: RunId,
    throttle: &mut HashMap<String, Throttle>,
) -> Result<(), NotifyError> {
    let Some(smtp) = &n.smtp else {
        return Ok(());
    };
    let Ok(Some(d)) = n.store.run(run).await else {
        return Ok(());
    };
    let to = recipients(n, &d.run.workflow).await;
    if to.is_empty() {
        return Ok(());
    }
    let period = n.throttle;
    let suppressed = match throttle.get_mut(&d.run.workflow) {
        Some(t) if t.last.elapsed() < period => {
            t.suppressed += 1;
            tracing::info!(workflow = %d.run.workflow, run, "failure e-mail throttled");
            return Ok(());
        }
        Some(t) => t.suppressed,
        None => 0,
    };
    let (subject, body) = compose(&d, &format!("{}/runs/{run}", n.public_url), suppressed);
    send(smtp, &to, &subject, body).await?;
    throttle.insert(
        d.run.workflow.clone(),
        Throttle {
            last: Instant::now(),
            suppressed: 0,
        },
    );
    Ok(())
}

/// Sends failure e-mails for the runs the runner reports.
pub fn spawn(n: Notifier, mut rx: UnboundedReceiver<RunId>) {
    tokio::spawn(async move {
        let mut throttle = HashMap::new();
        while let Some(run) = rx.recv().await {
            if let Err(e) = handle(&n, run, &mut throttle).await {
                tracing::warn!(run, "failure e-mail not sent: {e}");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{OutcomeRow, RunSummary};

    #[test]
    fn message_masks_ids_and_explains_the_exit_code() {
        let d = RunDetail {
            run: RunSummary {
                id: 9,
                workflow: "w2".into(),
                trigger: "webhook".into(),
                status: "failed".into(),
                exit_code: Some(1),
                started_at: "2026-01-01T00:00:00.000Z".into(),
                finished_at: None,
                input_id: None,
                retry_of: None,
                error: Some("HIS said no for 1111111111119".into()),
                question_drift: 0,
                unknown_codes: 0,
            },
            steps: vec![],
            logs: vec![],
            outcomes: vec![OutcomeRow {
                record: "case-1".into(),
                outcome: "failed".into(),
                step: None,
                reason: Some("HTTP 500".into()),
            }],
            counters: vec![],
            outputs: vec![],
        };
        let (s, b) = compose(&d, "http://x/runs/9", 2);
        assert_eq!(s, "[mapwright] w2 run #9 failed (exit 1)");
        assert!(
            b.contains("Run: http://x/runs/9")
                && b.contains("sync error")
                && b.contains("case-1: HTTP 500"),
            "{b}"
        );
        assert!(
            !b.contains("1111111111119") && b.contains("XXXXXXXXX1119"),
            "{b}"
        );
        assert!(b.contains("2 more failed run(s)"), "{b}");
    }
}
