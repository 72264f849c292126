//! A tiny SMTP sink on loopback speaking enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA with
//! dot-unstuffing, RSET, NOOP, QUIT) for lettre to deliver to it; every message lands in a
//! channel for the test to read.

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

pub struct Sink {
    pub port: u16,
    pub mails: mpsc::UnboundedReceiver<Mail>,
    task: tokio::task::JoinHandle<()>,
}

impl Sink {
    /// SMTP settings that deliver to this sink, from `mapwright@example.org`.
    pub fn settings(&self) -> runtime::settings::Smtp {
        runtime::settings::Smtp {
            host: "127.0.0.1".into(),
            port: self.port,
            from: "mapwright@example.org".into(),
            starttls: None,
            user: None,
            password: None,
        }
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn path_of(arg: &str) -> String {
    arg.split_once(':')
        .map(|(_, p)| {
            p.trim()
                .trim_start_matches('<')
                .split('>')
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .unwrap_or_default()
}

async fn session(
    stream: tokio::net::TcpStream,
    tx: mpsc::UnboundedSender<Mail>,
) -> std::io::Result<()> {
    let (r, mut w) = stream.into_split();
    let mut r = BufReader::new(r);
    w.write_all(b"220 sink.test ESMTP ready\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_owned();
        let verb = cmd
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        match verb.as_str() {
            "EHLO" => {
                w.write_all(b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                    .await?
            }
            "HELO" => w.write_all(b"250 sink.test\r\n").await?,
            "MAIL" => {
                from = path_of(&cmd);
                to.clear();
                w.write_all(b"250 2.1.0 ok\r\n").await?
            }
            "RCPT" => {
                to.push(path_of(&cmd));
                w.write_all(b"250 2.1.5 ok\r\n").await?
            }
            "DATA" => {
                w.write_all(b"354 end data with <CRLF>.<CRLF>\r\n").await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if r.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    let l = line.trim_end_matches(['\r', '\n']);
                    if l == "." {
                        break;
                    }
                    data.push_str(
                        l.strip_prefix('.')
                            .filter(|_| l.starts_with(".."))
                            .unwrap_or(l),
                    );
                    data.push('\n');
                }
                let _ = tx.send(Mail {
                    from: from.clone(),
                    to: to.clone(),
                    data,
                });
                w.write_all(b"250 2.0.0 queued\r\n").await?
            }
            "RSET" | "NOOP" => w.write_all(b"250 2.0.0 ok\r\n").await?,
            "QUIT" => {
                w.write_all(b"221 2.0.0 bye\r\n").await?;
                return Ok(());
            }
            _ => w.write_all(b"502 5.5.2 not implemented\r\n").await?,
        }
    }
}

pub async fn start() -> Sink {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind sink");
    let port = l.local_addr().expect("addr").port();
    let (tx, mails) = mpsc::unbounded_channel();
    let task = tokio::spawn(async move {
        while let Ok((s, _)) = l.accept().await {
            tokio::spawn(session(s, tx.clone()));
        }
    });
    Sink { port, mails, task }
}
