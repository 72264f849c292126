//! `mapwright transform --jobs N`: the records are transformed on N threads, and everything the
//! run writes (output, rejects file, rejects echoed on stderr, the summary) is byte for byte
//! what one thread writes, on inputs of several MB (many batches) with kept, dropped and
//! rejected records mixed.

use std::path::Path;

use crate::support::mapwright;

/// Records for `example_case_summary`: every 13th has an unknown sex code and every 29th an age
/// that is not a number (rejected), every 997th is not an object; of the others every 7th is a
/// duplicate (dropped by `keep`); names with escapes and Thai text; families of 0 to 5 members; sizes vary so that
/// batches cost the workers different times.
fn record(i: usize) -> String {
    if i % 997 == 996 {
        return format!("[{i}]");
    }
    let rejected = i % 13 == 5 || i % 29 == 11;
    let status = if i % 7 == 3 && !rejected {
        "duplicate"
    } else {
        "open"
    };
    let sex = match i % 13 {
        5 => "\"x-unknown\"",
        n if n % 2 == 0 => "\"female\"",
        _ => "\"male\"",
    };
    let age = if i % 29 == 11 {
        "\"ten\"".to_owned()
    } else {
        (i % 40).to_string()
    };
    let family: Vec<String> = (0..i % 6)
        .map(|k| {
            let source = if k % 3 == 1 { "his" } else { "family" };
            format!(
                r#"{{"relation_name": "ญาติ {k} \"{i}\"", "relation_sex": "female", "source_of_information": "{source}"}}"#
            )
        })
        .collect();
    let padding = "x".repeat((i * 37) % 400);
    let concerns = ["[]", r#"["abuse"]"#, r#"["neglect", "trafficked"]"#][i % 3];
    format!(
        r#"{{"case_id": "c{i}", "status": "{status}", "sex": {sex}, "age": {age}, "name_first": "  สมหญิง\u00e9 {padding}", "name_last": "Doe\\{i}", "national_id_no": "1-2345-{i}", "protection_concerns": {concerns}, "family_details_section": [{}]}}"#,
        family.join(", ")
    )
}

const RECORDS: usize = 20_000;

fn ndjson() -> String {
    (0..RECORDS).map(|i| record(i) + "\n").collect()
}

fn array() -> String {
    let records: Vec<String> = (0..RECORDS).map(record).collect();
    format!("[\n{}\n]\n", records.join(",\n"))
}

/// One run's exit code, output file, rejects file (when asked) and stderr without the timing.
fn run(
    input: &Path,
    out: &Path,
    rejects: Option<&Path>,
    jobs: &str,
    extra: &[&str],
) -> (i32, Vec<u8>, Vec<u8>, String) {
    let mut args = vec![
        "transform",
        "example_case_summary",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--jobs",
        jobs,
    ];
    if let Some(r) = rejects {
        args.extend(["--rejects", r.to_str().unwrap()]);
    }
    args.extend(extra);
    let (code, _, err) = mapwright(&args);
    let read = |p: &Path| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    // "… rejected (0.12 s, 45 MB/s)": the timing differs between runs.
    let err = err
        .lines()
        .map(|l| match l.split_once(" (") {
            Some((summary, timing)) if timing.ends_with(" MB/s)") => summary,
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    (code, read(out), rejects.map(read).unwrap_or_default(), err)
}

#[test]
fn output_rejects_and_summary_do_not_depend_on_jobs() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = [("in.ndjson", ndjson()), ("in.json", array())];
    let (mut dropped, mut rejected) = (0, 0);
    for i in 0..RECORDS {
        if i % 997 == 996 || i % 13 == 5 || i % 29 == 11 {
            rejected += 1;
        } else if i % 7 == 3 {
            dropped += 1;
        }
    }
    let summary = format!(
        "example_case_summary: {RECORDS} read, {} written, {dropped} dropped by keep, {rejected} rejected",
        RECORDS - dropped - rejected
    );
    for (name, text) in &inputs {
        assert!(text.len() > 5_000_000, "{name}: {} bytes", text.len());
        let input = tmp.path().join(name);
        std::fs::write(&input, text).unwrap();
        // NDJSON input to NDJSON and to an array; array input to an array.
        let outs: &[&str] = if name.ends_with("ndjson") {
            &["out.ndjson", "out.json"]
        } else {
            &["out.json"]
        };
        for out_name in outs {
            let out = tmp.path().join(out_name);
            let rejects = tmp.path().join("rejects.ndjson");
            let one = run(&input, &out, Some(&rejects), "1", &[]);
            assert_eq!(one.0, 1, "{name} -> {out_name}: {}", one.3);
            assert!(one.3.contains(&summary), "{name} -> {out_name}: {}", one.3);
            check_one_thread_output(out_name, &one.1, &one.2);
            for jobs in ["2", "3", "8"] {
                let many = run(&input, &out, Some(&rejects), jobs, &[]);
                assert_eq!(many.0, one.0, "{name} -> {out_name}, --jobs {jobs}");
                assert!(
                    many.1 == one.1,
                    "{name} -> {out_name}, --jobs {jobs}: the output differs from one thread's"
                );
                assert!(
                    many.2 == one.2,
                    "{name} -> {out_name}, --jobs {jobs}: rejects differ"
                );
                assert_eq!(many.3, one.3, "{name} -> {out_name}, --jobs {jobs}: stderr");
            }
        }
        // Without a rejects file the first five are echoed on stderr, the same ones.
        let out = tmp.path().join("echo.ndjson");
        let one = run(&input, &out, None, "1", &[]);
        let two = run(&input, &out, None, "2", &[]);
        assert_eq!(one.3, two.3);
        assert_eq!(one.3.matches("rejected: {").count(), 5, "{}", one.3);
        assert!(one.3.contains("\"index\":5,"), "{}", one.3);
    }
}

/// What one thread wrote is right, so that agreeing with it means something.
fn check_one_thread_output(out_name: &str, out: &[u8], rejects: &[u8]) {
    let text = std::str::from_utf8(out).unwrap();
    let records: Vec<serde_json::Value> = if out_name.ends_with(".json") {
        serde_json::from_str::<Vec<serde_json::Value>>(text).unwrap()
    } else {
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    // Kept records in input order: the case ids rise.
    let ids: Vec<usize> = records
        .iter()
        .map(|r| r["case_id"].as_str().unwrap()[1..].parse().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "out of order");
    assert_eq!(records[0]["case_id"], "c0");
    let rejects: Vec<serde_json::Value> = std::str::from_utf8(rejects)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let at = |i: usize| {
        rejects
            .iter()
            .find(|r| r["index"] == i)
            .unwrap_or_else(|| panic!("no reject {i}"))
    };
    assert_eq!(at(5)["record"], "c5");
    assert_eq!(at(5)["field"], "sex");
    assert_eq!(at(11)["field"], "age");
    assert_eq!(at(996)["reason"], "the record is not a JSON object");
    assert!(
        rejects
            .windows(2)
            .all(|w| w[0]["index"].as_u64() < w[1]["index"].as_u64())
    );
}

/// A broken array stops the run after the records before the break, with any number of jobs.
#[test]
fn a_read_error_stops_every_job_count_at_the_same_record() {
    let tmp = tempfile::tempdir().unwrap();
    let mut text = array();
    let cut = text.len() / 2;
    let at = cut + text[cut..].find(",\n").unwrap();
    text.replace_range(at..at + 1, " ");
    let input = tmp.path().join("broken.json");
    std::fs::write(&input, text).unwrap();
    let out = tmp.path().join("out.ndjson");
    let one = run(&input, &out, None, "1", &[]);
    assert_eq!(one.0, 2, "{}", one.3);
    assert!(
        one.3.contains("is not well formed after record"),
        "{}",
        one.3
    );
    let lines = one.1.iter().filter(|&&b| b == b'\n').count();
    assert!(lines > 1000, "{lines} records written before the error");
    for jobs in ["2", "4"] {
        let many = run(&input, &out, None, jobs, &[]);
        assert_eq!((many.0, &many.3), (one.0, &one.3), "--jobs {jobs}");
        assert!(many.1 == one.1, "--jobs {jobs}: the output differs");
    }
}

#[test]
fn jobs_zero_is_refused() {
    let (code, _, err) = mapwright(&["transform", "example_case_summary", "-", "--jobs", "0"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--jobs") && err.contains("must be at least 1"),
        "{err}"
    );
    let (code, _, err) = mapwright(&["transform", "example_case_summary", "-", "--jobs", "all"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not a number of threads"), "{err}");
}

/// NDJSON with blank lines and `\r\n` endings, and at about two thirds a line longer than
/// `--max-record-bytes`: every job count writes the records before it and stops with the same
/// error, at the index of the record it would have been.
#[test]
fn an_ndjson_line_past_the_limit_stops_every_job_count_at_the_same_record() {
    let tmp = tempfile::tempdir().unwrap();
    let long_at = RECORDS * 2 / 3;
    let mut text = String::new();
    for i in 0..RECORDS {
        if i == long_at {
            text += &format!(
                "{{\"case_id\": \"long\", \"name_first\": \"{}\"}}\n",
                "x".repeat(5000)
            );
        }
        text += &record(i);
        text += if i % 5 == 0 { "\r\n" } else { "\n" };
        if i % 11 == 0 {
            text += "  \n\n";
        }
    }
    let input = tmp.path().join("long.ndjson");
    std::fs::write(&input, text).unwrap();
    let out = tmp.path().join("out.ndjson");
    let limit = ["--max-record-bytes", "3000"];
    let one = run(&input, &out, None, "1", &limit);
    assert_eq!(one.0, 2, "{}", one.3);
    let expected = format!("error: record {long_at} is larger than 3000 bytes");
    assert!(one.3.contains(&expected), "{}", one.3);
    // The kept records before the long line are written, the last one last.
    let last_kept = (0..long_at)
        .rev()
        .find(|i| !(i % 997 == 996 || i % 13 == 5 || i % 29 == 11 || i % 7 == 3))
        .unwrap();
    let text = String::from_utf8(one.1.clone()).unwrap();
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    assert_eq!(last["case_id"], format!("c{last_kept}"));
    for jobs in ["2", "3"] {
        let many = run(&input, &out, None, jobs, &limit);
        assert_eq!((many.0, &many.3), (one.0, &one.3), "--jobs {jobs}");
        assert!(many.1 == one.1, "--jobs {jobs}: the output differs");
    }
}

/// A large output that exists already is replaced by a new file: the output is what a fresh
/// file gets, the old file's permissions are kept, no temporary file is left, and an input
/// written over by its own output is still read whole (truncating it emptied it first).
#[test]
fn a_large_existing_output_is_replaced_with_its_permissions() {
    use std::os::unix::fs::PermissionsExt;

    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in.ndjson");
    std::fs::write(&input, ndjson()).unwrap();
    let fresh = run(&input, &tmp.path().join("fresh.ndjson"), None, "2", &[]);
    assert_eq!(fresh.0, 1, "{}", fresh.3);

    let out = tmp.path().join("out.ndjson");
    std::fs::write(&out, vec![b'x'; 6 << 20]).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    let again = run(&input, &out, None, "2", &[]);
    assert_eq!(again.0, fresh.0);
    assert!(
        again.1 == fresh.1,
        "the replaced output differs from a fresh one"
    );
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);

    let into_itself = run(&input, &input, None, "2", &[]);
    assert!(
        into_itself.1 == fresh.1,
        "an input written over by its output was not read whole: {}",
        into_itself.3
    );
    let mut names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["fresh.ndjson", "in.ndjson", "out.ndjson"]);
}
