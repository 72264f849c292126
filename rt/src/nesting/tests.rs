use super::*;

/// The byte-at-a-time scanner the readers use: the state after `bytes`, or where the value ended.
fn one_at_a_time(mut n: Nesting, bytes: &[u8]) -> (Nesting, Option<usize>) {
    for (i, &b) in bytes.iter().enumerate() {
        if n.in_string {
            if n.escaped {
                n.escaped = false;
            } else if b == b'\\' {
                n.escaped = true;
            } else if b == b'"' {
                n.in_string = false;
            }
            continue;
        }
        match b {
            b'"' => n.in_string = true,
            b'{' | b'[' => n.depth += 1,
            b'}' | b']' => {
                n.depth -= 1;
                if n.depth == 0 {
                    return (n, Some(i + 1));
                }
            }
            _ => {}
        }
    }
    (n, None)
}

/// Checks `skim` from `start` against the byte scanner: the same end, or the same state where
/// it stopped, and a reason to stop there.
fn agrees(start: Nesting, bytes: &[u8]) {
    let mut n = start;
    match n.skim(bytes) {
        Skimmed::Ended(end) => {
            assert_eq!(
                one_at_a_time(start, bytes).1,
                Some(end),
                "{start:?} {bytes:?}"
            );
            assert_eq!(n.depth, 0);
        }
        Skimmed::Followed(at) => {
            assert_eq!(at % 64, 0);
            let (want, ended) = one_at_a_time(start, &bytes[..at]);
            assert_eq!(ended, None, "{start:?} {bytes:?}");
            assert_eq!(n, want, "{start:?} after {at} of {bytes:?}");
            let rest = &bytes[at..];
            // Fewer than 64 bytes left, or a backslash outside strings in the next block.
            if rest.len() >= 64 {
                // Strings only: the value may end in the block before that backslash.
                let (mut in_string, mut escaped) = (want.in_string, want.escaped);
                let outside = rest[..64].iter().any(|&b| {
                    if !in_string {
                        in_string = b == b'"';
                        return b == b'\\';
                    }
                    if escaped {
                        escaped = false;
                    } else if b == b'\\' {
                        escaped = true;
                    } else if b == b'"' {
                        in_string = false;
                    }
                    false
                });
                assert!(
                    outside,
                    "stopped at {at} with no reason: {start:?} {bytes:?}"
                );
            }
        }
    }
}

/// Text built from the bytes the nesting turns on, with plain ASCII, Thai (three bytes each,
/// high bits set) and runs of backslashes: every block boundary meets every state.
fn soup(seed: &mut u64, len: usize, backslashes: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 3);
    while out.len() < len {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        match *seed % 23 {
            0 | 1 => out.push(b'"'),
            2 => out.push(b'{'),
            3 => out.push(b'['),
            4 => out.push(b'}'),
            5 => out.push(b']'),
            6 | 13 | 14 if backslashes => {
                let run = 1 + (*seed >> 24) as usize % 5;
                out.extend(std::iter::repeat_n(b'\\', run));
            }
            7 => out.push(b','),
            8 => out.push(b':'),
            // The bytes `marks` may take for brackets, and a near miss.
            9 | 10 => out.push(b"Y_y\x7f"[(*seed >> 20) as usize % 4]),
            11 => out.push(b'{' ^ 0x80),
            12 => out.extend_from_slice("ก".as_bytes()),
            _ => out.push(b'a' + (*seed >> 20) as u8 % 26),
        }
    }
    out
}

/// JSON's shape, not always balanced: strings whose backslashes are all escapes, runs of
/// them of any length, escaped quotes, brackets and near-brackets inside strings, and brackets,
/// commas and numbers between strings. The backslashes are always inside strings, so `skim`
/// follows every block.
fn json_like(seed: &mut u64, len: usize) -> Vec<u8> {
    let mut next = |n: u64| {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed >> 11) % n
    };
    let mut out = Vec::with_capacity(len + 64);
    while out.len() < len {
        match next(8) {
            0 => out.push(b'{'),
            1 => out.push(b'['),
            2 => out.push(b'}'),
            3 => out.push(b']'),
            4 => out.extend_from_slice(b", 12:"),
            _ => {
                out.push(b'"');
                for _ in 0..next(12) {
                    match next(7) {
                        // An odd run escapes the byte after it, an even one nothing.
                        0 | 1 => {
                            let run = 1 + next(6) as usize;
                            out.extend(std::iter::repeat_n(b'\\', run));
                            if run % 2 == 1 {
                                out.push(b"\"n/{"[next(4) as usize]);
                            }
                        }
                        2 => out.extend_from_slice(b"{[}]Y_y"),
                        3 => out.extend_from_slice("นภัส".as_bytes()),
                        _ => out.extend(std::iter::repeat_n(b'a', next(30) as usize)),
                    }
                }
                out.push(b'"');
            }
        }
    }
    out
}

/// `skim` follows every block of JSON-shaped text, escapes and all, and ends each value
/// where the byte scanner does.
#[test]
fn skim_follows_escapes_inside_strings() {
    let mut seed = 0x6a09_e667_f3bc_c908_u64;
    let mut ended = 0;
    for round in 0..20_000 {
        let text = json_like(&mut seed, 64 + round % 400);
        let start = Nesting {
            depth: 1 + (round % 4) as u32,
            ..Nesting::default()
        };
        agrees(start, &text);
        let mut n = start;
        match n.skim(&text) {
            Skimmed::Ended(_) => ended += 1,
            Skimmed::Followed(at) => assert!(text.len() - at < 64, "{round}: stopped at {at}"),
        }
    }
    assert!(ended > 1_000, "only {ended} values ended");
}

#[test]
fn skim_agrees_with_a_byte_at_a_time_scanner() {
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for round in 0..20_000 {
        let len = (round % 300) + 1;
        let text = soup(&mut seed, len, round % 3 == 0);
        for depth in [1, 2, 5] {
            for (in_string, escaped) in [(false, false), (true, false), (true, true)] {
                let start = Nesting {
                    depth,
                    in_string,
                    escaped,
                };
                agrees(start, &text);
            }
        }
    }
}

/// A record of the shape the readers cut, its end at every offset of a block: it ends exactly
/// at its last `}`, past strings that hold brackets, escaped quotes and backslashes.
#[test]
fn a_record_ends_at_its_closing_brace() {
    for pad in 0..130 {
        let record = format!(
            "{{\"id\":\"{}\",\"name\":\"นภัส }}]\",\"visits\":[{{\"at\":\"q\\\"}}\\\\\",\"codes\":[1,{{}}]}}],\"x\":\"{{[\"}}",
            "p".repeat(pad)
        );
        let text = format!("{record},{{\"next\":1}}");
        // The scanner starts after the record's opening brace, and looks at whole blocks.
        let bytes = &text.as_bytes()[1..];
        let end = record.len() - 1;
        let whole = bytes.len() / 64 * 64;
        let want = if end <= whole {
            Skimmed::Ended(end)
        } else {
            Skimmed::Followed(whole)
        };
        let mut n = Nesting {
            depth: 1,
            ..Nesting::default()
        };
        assert_eq!(n.skim(bytes), want, "pad {pad}: {record}");
    }
}

#[test]
fn nothing_is_followed_without_a_whole_block_or_outside_a_value() {
    let mut n = Nesting {
        depth: 1,
        ..Nesting::default()
    };
    assert_eq!(n.skim(&[b'a'; 63]), Skimmed::Followed(0));
    assert_eq!(n.skim(&[b'a'; 130]), Skimmed::Followed(128));
    let mut n = Nesting::default();
    assert_eq!(n.skim(&[b'}'; 64]), Skimmed::Followed(0));
    assert_eq!(n, Nesting::default());
}
