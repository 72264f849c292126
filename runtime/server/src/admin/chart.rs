//! A workflow's last days as a small inline SVG drawn on the server (the page has no script):
//! one bar a day, its height the runs that day, green for the successes and red for the rest,
//! and a line for the mean duration. Every bar carries a `<title>` with its figures.

use std::fmt::Write;

use crate::store::stats::WorkflowStats;

const W: f64 = 300.0;
const H: f64 = 80.0;
/// Room under the bars for the first and last day.
const AXIS: f64 = 12.0;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Seconds as `850 ms`, `12.3 s` or `4.1 min`.
pub fn secs(s: f64) -> String {
    if s < 1.0 {
        format!("{:.0} ms", s * 1000.0)
    } else if s < 120.0 {
        format!("{s:.1} s")
    } else {
        format!("{:.1} min", s / 60.0)
    }
}

/// The chart of `stats` for `workflow` (its accessible name).
pub fn svg(workflow: &str, stats: &WorkflowStats) -> String {
    let n = stats.days.len().max(1) as f64;
    let slot = W / n;
    let bar = (slot * 0.8).max(1.0);
    let top = stats.days.iter().map(|d| d.runs).max().unwrap_or(0).max(1) as f64;
    let plot = H - AXIS;
    let longest = stats
        .days
        .iter()
        .filter(|d| d.runs > 0)
        .map(|d| d.seconds / d.runs as f64)
        .fold(0.0_f64, f64::max);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{}: runs per day over the last {} days, successes in green, the mean duration as a line" xmlns="http://www.w3.org/2000/svg">"#,
        esc(workflow),
        stats.days.len()
    );
    let _ = write!(
        out,
        r##"<line x1="0" y1="{plot}" x2="{W}" y2="{plot}" stroke="#c5ccd5" stroke-width="0.5"/>"##
    );
    let mut line = Vec::new();
    for (i, d) in stats.days.iter().enumerate() {
        let x = i as f64 * slot + (slot - bar) / 2.0;
        let failed = d.runs - d.succeeded.min(d.runs);
        let h_ok = plot * d.succeeded as f64 / top;
        let h_bad = plot * failed as f64 / top;
        let mean = if d.runs > 0 {
            d.seconds / d.runs as f64
        } else {
            0.0
        };
        let title = if d.runs == 0 {
            format!("{}: no run", d.day)
        } else {
            format!(
                "{}: {} run{}, {} succeeded, mean {}",
                d.day,
                d.runs,
                if d.runs == 1 { "" } else { "s" },
                d.succeeded,
                secs(mean)
            )
        };
        let _ = write!(out, "<g class=\"day\"><title>{}</title>", esc(&title));
        if d.succeeded > 0 {
            let _ = write!(
                out,
                r##"<rect class="ok" x="{x:.1}" y="{:.1}" width="{bar:.1}" height="{h_ok:.1}" fill="#2da44e"/>"##,
                plot - h_ok
            );
        }
        if failed > 0 {
            let _ = write!(
                out,
                r##"<rect class="bad" x="{x:.1}" y="{:.1}" width="{bar:.1}" height="{h_bad:.1}" fill="#cf222e"/>"##,
                plot - h_ok - h_bad
            );
        }
        if d.runs == 0 {
            // An empty day still has its hover target.
            let _ = write!(
                out,
                r##"<rect x="{x:.1}" y="0" width="{bar:.1}" height="{plot}" fill="transparent"/>"##
            );
        }
        out.push_str("</g>");
        if d.runs > 0 && longest > 0.0 {
            line.push(format!(
                "{:.1},{:.1}",
                x + bar / 2.0,
                plot - plot * mean / longest
            ));
        }
    }
    if line.len() > 1 {
        let _ = write!(
            out,
            r##"<polyline class="duration" points="{}" fill="none" stroke="#1f6feb" stroke-width="1"/>"##,
            line.join(" ")
        );
    }
    if let (Some(first), Some(last)) = (stats.days.first(), stats.days.last()) {
        let _ = write!(
            out,
            r##"<text x="0" y="{H}" font-size="8" fill="#5f6b7a">{}</text><text x="{W}" y="{H}" font-size="8" fill="#5f6b7a" text-anchor="end">{}</text>"##,
            esc(first.day.get(5..).unwrap_or(&first.day)),
            esc(last.day.get(5..).unwrap_or(&last.day))
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::stats::DayStat;

    #[test]
    fn bars_follow_the_runs_and_titles_name_the_figures() {
        let day = |d: &str, runs, succeeded, seconds| DayStat {
            day: d.into(),
            runs,
            succeeded,
            seconds,
        };
        let s = WorkflowStats {
            days: vec![
                day("2026-12-01", 0, 0, 0.0),
                day("2026-12-02", 4, 3, 8.0),
                day("2026-12-03", 2, 2, 2.0),
            ],
        };
        let svg = svg("w<1>", &s);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("aria-label=\"w&lt;1&gt;: runs per day"));
        assert!(svg.contains("<title>2026-12-02: 4 runs, 3 succeeded, mean 2.0 s</title>"));
        assert!(svg.contains("<title>2026-12-01: no run</title>"));
        assert_eq!(svg.matches("class=\"bad\"").count(), 1);
        assert_eq!(svg.matches("class=\"ok\"").count(), 2);
        assert!(svg.contains("<polyline class=\"duration\""));
    }
}
