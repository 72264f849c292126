//! The NDJSON/array record reader of `mapwright transform`, compiled from its own source file.
//! Any input gives records or an error, never a panic; over a small, fuzzed buffer size (so that
//! records straddle refills). When the whole input is a JSON array, the reader hands out exactly
//! its elements, in order. NDJSON read in chunks (`Records::read_lines`, split by `each_record`,
//! as `transform`'s batches are) gives the records and the error of a line at a time, over a
//! fuzzed chunk size and record limit.
#![no_main]

use std::io::BufReader;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[allow(dead_code)]
#[path = "../../runtime/mapwright/src/cli/transform/reader.rs"]
mod reader;

fuzz_target!(|data: &[u8]| {
    let Some((&cap, input)) = data.split_first() else {
        return;
    };
    let cap = usize::from(cap % 32) + 1;
    let Ok(mut records) = reader::Records::new(BufReader::with_capacity(cap, input)) else {
        return;
    };
    let format = records.format();
    let mut got: Vec<Option<Value>> = Vec::new();
    let mut failed = false;
    while let Some(r) = records.next_record() {
        match r {
            Ok((i, bytes)) => {
                assert_eq!(i, got.len(), "record indexes are consecutive");
                got.push(serde_json::from_slice(bytes).ok());
            }
            Err(_) => {
                failed = true;
                break;
            }
        }
        assert!(got.len() <= input.len(), "more records than bytes");
    }
    if format == reader::Format::Ndjson {
        same_in_chunks(input, cap, data.len() % 37 + 1, usize::from(data[0] / 32) * 9 + 1);
    }
    if let Ok(Value::Array(elements)) = serde_json::from_slice::<Value>(input) {
        assert_eq!(format, reader::Format::Array);
        assert!(!failed, "a well-formed array was refused");
        let got: Vec<Value> = got.into_iter().map(|v| v.expect("an element parses")).collect();
        assert_eq!(got, elements, "the reader's records differ from the array's elements");
    }
});

/// NDJSON in chunks of about `target` bytes against a line at a time, a record of at most `limit`
/// bytes.
fn same_in_chunks(input: &[u8], cap: usize, target: usize, limit: usize) {
    let open = || {
        reader::Records::new(BufReader::with_capacity(cap, input))
            .expect("a slice reads")
            .with_limit(limit)
    };
    let (by_line, line_err) = reader::records_by_line(open());
    let (by_chunk, chunk_err) = reader::records_in_chunks(open(), target);
    assert_eq!(by_chunk, by_line, "chunks of {target}, limit {limit}");
    assert_eq!(chunk_err, line_err, "chunks of {target}, limit {limit}");
}
