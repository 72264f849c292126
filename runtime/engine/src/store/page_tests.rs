//! A fan-out page written in one call: its outcomes and its records' log lines.

use super::testing::{manual_run, on_both};
use super::{Level, NewLogLine, NewOutcome, Outcome, Scrubber, Store};

on_both!(
    async fn a_page_stores_its_outcomes_and_its_log_lines_in_order(db: &TestDb) {
        let s = db.open().await;
        let run = manual_run(&s).await;
        s.log(run, None, Level::Info, Scrubber::default().scrub("before"))
            .await
            .unwrap();
        let rows: Vec<NewOutcome> = (0..3)
            .map(|i| NewOutcome {
                record: format!("case-{i}"),
                outcome: Outcome::Created,
                step: Some("push".into()),
                reason: None,
            })
            .collect();
        // More lines than one INSERT takes, each with the time it was logged.
        let n = 2 * 200 + 3;
        let logs: Vec<NewLogLine> = (0..n)
            .map(|i| NewLogLine {
                step: Some("push".into()),
                level: if i % 2 == 0 { Level::Info } else { Level::Warn },
                message: Scrubber::default().scrub(&format!("line {i}")),
                at: format!("2026-01-01T00:00:{:02}.000Z", i % 60),
            })
            .collect();
        s.record_page(run, rows, logs).await.unwrap();
        let d = s.run(run).await.unwrap().unwrap();
        assert_eq!(d.outcomes.len(), 3);
        assert_eq!(d.logs.len(), n + 1);
        assert_eq!(d.logs[0].message, "before");
        for (i, l) in d.logs[1..].iter().enumerate() {
            assert_eq!(l.message, format!("line {i}"));
            assert_eq!(l.step.as_deref(), Some("push"));
            assert_eq!(l.level, if i % 2 == 0 { "info" } else { "warn" });
            assert_eq!(l.at, format!("2026-01-01T00:00:{:02}.000Z", i % 60));
        }
        // A page of outcomes without lines still stores.
        let one = vec![NewOutcome {
            record: "case-9".into(),
            outcome: Outcome::Skipped,
            step: None,
            reason: None,
        }];
        s.record_page(run, one, Vec::new()).await.unwrap();
        assert_eq!(s.run(run).await.unwrap().unwrap().outcomes.len(), 4);
    }
);
