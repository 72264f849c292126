//! Cron triggers. Each cron workflow has a task that sleeps until its next fire time in the
//! workflow's time zone (Asia/Bangkok for Thailand) and claims the fire in the store
//! (keyed by workflow and fire time, so nothing fires twice, however many `serve` processes
//! share the store). A fire missed while the servers were down runs once on start, not once
//! per missed tick. A fire queues a run (workers claim it); a fire that finds a run of the
//! previous fire still waiting in the queue is skipped. Schedules have five fields, or six with
//! seconds first (`*/10 * * * * *`).

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Tz;

use crate::runner::{Runner, Start, Started};
use crate::setup::Setup;
use crate::workflow::Trigger;

/// The first fire strictly after `after`.
pub fn next_fire(schedule: &str, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let cron = croner::Cron::new(schedule)
        .with_seconds_optional()
        .parse()
        .ok()?;
    cron.find_next_occurrence(&after.with_timezone(&tz), false)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Ticks examined when catching up (a 5-minute schedule down for a year is ~105,000).
const MAX_TICKS: usize = 200_000;

/// The latest fire time in `(after, now]`, if any: the one missed fire to run on start. Looked
/// for in the last minute, hour, day, month first, so a fine schedule (every second) down for
/// long still finds the latest tick within [`MAX_TICKS`].
pub fn latest_missed(
    schedule: &str,
    tz: Tz,
    after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let windows = [60, 3600, 86_400, 32 * 86_400].map(chrono::Duration::seconds);
    for w in windows {
        let from = now - w;
        if from <= after {
            break;
        }
        if let Some(t) = latest_in(schedule, tz, from, now) {
            return Some(t);
        }
    }
    latest_in(schedule, tz, after, now)
}

fn latest_in(
    schedule: &str,
    tz: Tz,
    after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let mut t = next_fire(schedule, tz, after)?;
    if t > now {
        return None;
    }
    for _ in 0..MAX_TICKS {
        match next_fire(schedule, tz, t) {
            Some(n) if n <= now => t = n,
            _ => break,
        }
    }
    Some(t)
}

fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Starts one task per cron workflow.
pub fn spawn(runner: Arc<Runner>, setup: Arc<Setup>) {
    for w in &runner.app.workflows.workflows {
        if let Trigger::Cron { schedule, timezone } = &w.trigger {
            tokio::spawn(run_schedule(
                runner.clone(),
                setup.clone(),
                w.name.clone(),
                schedule.clone(),
                *timezone,
            ));
        }
    }
}

async fn fire(runner: &Runner, setup: &Setup, workflow: &str, at: DateTime<Utc>, catch_up: bool) {
    match runner.app.store.claim_fire(workflow, &stamp(at)).await {
        Ok(true) => {}
        Ok(false) => return,
        Err(e) => {
            tracing::error!(workflow, "cannot claim a cron fire: {e}");
            return;
        }
    }
    if !runner.app.store.enabled(workflow).await.unwrap_or(true) {
        tracing::info!(workflow, "cron fire skipped: the workflow is disabled");
        return;
    }
    // Held by a set-up problem: checked again first, so a fix made since is seen.
    if setup.held(workflow) && setup.check(&runner.app).await > 0 && setup.held(workflow) {
        tracing::warn!(
            workflow,
            "cron fire at {} held: {}",
            stamp(at),
            setup.problems(workflow).join("; ")
        );
        setup.note_held_fire(workflow, &stamp(at));
        return;
    }
    let s = Start {
        trigger: "cron".into(),
        skip_if_busy: true,
        ..Start::default()
    };
    match runner.start(workflow, s).await {
        Ok(Started::Run(id)) => {
            tracing::info!(
                workflow,
                run = id,
                catch_up,
                "cron fire at {} queued",
                stamp(at)
            )
        }
        Ok(Started::Queued) => tracing::info!(workflow, "cron fire at {} queued", stamp(at)),
        Ok(Started::Busy) => tracing::warn!(
            workflow,
            "cron fire at {} skipped: a run of the previous fire is still waiting in the queue",
            stamp(at)
        ),
        Err(e) => tracing::error!(workflow, "cron fire at {} was not queued: {e}", stamp(at)),
    }
}

async fn run_schedule(
    runner: Arc<Runner>,
    setup: Arc<Setup>,
    workflow: String,
    schedule: String,
    tz: Tz,
) {
    let now = Utc::now();
    let last = match runner.app.store.last_fire(&workflow).await {
        Ok(l) => l
            .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
            .map(|t| t.with_timezone(&Utc)),
        Err(e) => {
            tracing::error!(workflow, "scheduler stopped: {e}");
            return;
        }
    };
    match last {
        // Down since `last`: run the latest missed tick once.
        Some(last) => {
            if let Some(t) = latest_missed(&schedule, tz, last, now) {
                fire(&runner, &setup, &workflow, t, true).await;
            }
        }
        // First start: remember the latest past tick as a baseline (no run) so a later start
        // knows what it missed.
        None => {
            let base = latest_missed(&schedule, tz, now - chrono::Duration::days(366), now);
            if let Some(t) = base
                && let Err(e) = runner.app.store.claim_fire(&workflow, &stamp(t)).await
            {
                tracing::warn!(workflow, "cannot store the schedule baseline: {e}");
            }
        }
    }
    loop {
        let Some(next) = next_fire(&schedule, tz, Utc::now()) else {
            tracing::error!(workflow, "schedule `{schedule}` has no next fire time");
            return;
        };
        let wait = (next - Utc::now()).to_std().unwrap_or(Duration::ZERO);
        tokio::time::sleep(wait).await;
        fire(&runner, &setup, &workflow, next, false).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().unwrap()
    }

    #[test]
    fn fires_in_the_workflows_time_zone() {
        // 08:00 every day in Bangkok is 01:00 UTC.
        let t = next_fire("0 8 * * *", chrono_tz::Asia::Bangkok, utc(2026, 1, 1, 2, 0)).unwrap();
        assert_eq!(t, utc(2026, 1, 2, 1, 0));
    }

    #[test]
    fn a_long_outage_catches_up_once_with_the_latest_tick() {
        let last = utc(2026, 1, 1, 0, 0);
        let now = utc(2026, 1, 1, 3, 7);
        assert_eq!(
            latest_missed("*/5 * * * *", chrono_tz::Asia::Bangkok, last, now),
            Some(utc(2026, 1, 1, 3, 5))
        );
        // A schedule every second, down for a year: the latest tick, not one a year old.
        let later = utc(2026, 6, 1, 12, 0) + chrono::Duration::seconds(7);
        assert_eq!(
            latest_missed("* * * * * *", chrono_tz::Asia::Bangkok, last, later),
            Some(later)
        );
        // Nothing missed within the same period.
        assert_eq!(
            latest_missed(
                "*/5 * * * *",
                chrono_tz::Asia::Bangkok,
                utc(2026, 1, 1, 3, 5),
                now
            ),
            None
        );
    }
}
