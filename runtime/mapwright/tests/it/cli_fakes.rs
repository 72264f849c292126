//! `mapwright fakes --faults SPEC`: faults switched on from the command line, not only from
//! the library.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use crate::support::mapwright;

/// The status line's code of `GET path` on `addr` (`127.0.0.1:PORT`).
fn status_of(addr: &str, path: &str) -> u16 {
    let mut s = TcpStream::connect(addr).expect("connect");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut text = String::new();
    s.read_to_string(&mut text).expect("read");
    text.split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status in {text:?}"))
}

#[test]
fn faults_from_the_command_line_reach_the_fakes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .args(["fakes", "--cases", "3", "--duplicate-cases", "50"])
        .args(["--faults", "5xx=1,5xx_after=0.5,seed=9"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the fakes");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut seen = Vec::new();
    let addr = loop {
        let Some(Ok(line)) = lines.next() else {
            let _ = child.kill();
            panic!("no Primero URL in {seen:?}");
        };
        if let Some(rest) = line.strip_prefix("fake Primero ")
            && let Some(addr) = rest.trim_start().strip_prefix("http://")
        {
            break addr.split_whitespace().next().unwrap_or("").to_owned();
        }
        seen.push(line);
    };
    let codes: Vec<u16> = (0..4)
        .map(|_| status_of(&addr, "/api/v2/primero"))
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(codes, vec![503; 4]);
    let said = seen.join("\n");
    assert!(
        said.contains("random faults on both fakes (seed 9)"),
        "{said}"
    );
    assert!(said.contains("StatusAfter"), "{said}");
    assert!(
        said.contains("50 % of the cases have a second case"),
        "{said}"
    );
}

#[test]
fn a_bad_fault_spec_is_a_usage_error_naming_the_key() {
    let (code, _, err) = mapwright(&["fakes", "--faults", "5xx=0.1,flaky=1"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown key `flaky`"), "{err}");
    let (code, _, err) = mapwright(&["fakes", "--duplicate-cases", "101"]);
    assert_eq!(code, 2, "{err}");
}
