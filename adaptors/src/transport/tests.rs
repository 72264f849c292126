//! The transport against real servers on loopback: TLS with a self-signed certificate
//! (`cert.der`, `key.der`: P-256, for 127.0.0.1 and localhost, made with `openssl req -x509`
//! for these tests only), and a proxy's `CONNECT` tunnel.

use std::sync::{Arc, Mutex};

use http_body_util::Full;
use hyper::body::Incoming;
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::TokioIo;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::*;

fn no_proxy() -> Matcher {
    Matcher::builder().build()
}

/// Answers every request `200 {"path": "<its path and query>", "version": "HTTP/…"}`.
async fn answer(req: http::Request<Incoming>) -> Result<http::Response<Full<Bytes>>, BoxError> {
    let path = req.uri().path_and_query().map(ToString::to_string);
    let text =
        serde_json::json!({ "path": path, "version": format!("{:?}", req.version()) }).to_string();
    Ok(http::Response::new(Full::new(Bytes::from(text))))
}

async fn serve_http1<IO>(io: IO)
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let _ = hyper::server::conn::http1::Builder::new()
        .serve_connection(TokioIo::new(io), hyper::service::service_fn(answer))
        .await;
}

/// A plain HTTP server; its address.
async fn http_server() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            tokio::spawn(serve_http1(tcp));
        }
    });
    addr
}

/// An HTTPS server with the self-signed certificate; its address.
async fn tls_server() -> std::net::SocketAddr {
    tls_server_speaking(false).await
}

/// An HTTPS server with the self-signed certificate that speaks HTTP/2 (offered by ALPN, as
/// nginx in front of Primero may) or HTTP/1.1; its address.
async fn tls_server_speaking(h2: bool) -> std::net::SocketAddr {
    let cert = CertificateDer::from(&include_bytes!("cert.der")[..]);
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(&include_bytes!("key.der")[..]));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("TLS versions")
    .with_no_client_auth()
    .with_single_cert(vec![cert], key)
    .expect("the test certificate");
    let mut config = config;
    if h2 {
        config.alpn_protocols = vec![b"h2".to_vec()];
    }
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                if h2 {
                    let _ = hyper::server::conn::http2::Builder::new(TokioExecutor::new())
                        .serve_connection(TokioIo::new(tls), hyper::service::service_fn(answer))
                        .await;
                } else {
                    serve_http1(tls).await;
                }
            });
        }
    });
    addr
}

/// A proxy that opens `CONNECT` tunnels and keeps each request's head (up to the blank line).
async fn tunnel_proxy() -> (std::net::SocketAddr, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let kept = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    if client.read(&mut byte).await.unwrap_or(0) == 0 {
                        return;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                let target = head
                    .strip_prefix("CONNECT ")
                    .and_then(|rest| rest.split(' ').next())
                    .map(str::to_owned);
                kept.lock().expect("lock").push(head);
                let Some(target) = target else {
                    let _ = client
                        .write_all(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n")
                        .await;
                    return;
                };
                let Ok(mut upstream) = TcpStream::connect(target).await else {
                    let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
                    return;
                };
                let _ = client
                    .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                    .await;
                let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
            });
        }
    });
    (addr, seen)
}

fn get(url: &str) -> Outgoing {
    http::Request::get(url)
        .body(Full::default())
        .expect("a test request")
}

#[tokio::test]
async fn a_self_signed_server_is_refused_unless_invalid_certificates_are_accepted() {
    let addr = tls_server().await;
    let url = format!("https://{addr}/cases?page=1");

    let strict = Transport::new(false, no_proxy()).expect("client");
    let refused = strict.send(get(&url)).await.err().expect("refused");
    assert!(refused.before_sending, "{refused:?}");
    assert!(
        refused.message.to_lowercase().contains("certificate"),
        "{}",
        refused.message
    );

    let lenient = Transport::new(true, no_proxy()).expect("client");
    let answer = lenient.send(get(&url)).await.expect("an answer");
    assert_eq!(answer.status, 200);
    assert_eq!(
        &answer.body[..],
        br#"{"path":"/cases?page=1","version":"HTTP/1.1"}"#
    );
}

#[tokio::test]
async fn a_refused_connection_fails_before_sending() {
    // A port that was free a moment ago: nothing listens there.
    let addr = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind")
        .local_addr()
        .expect("address");
    let t = Transport::new(false, no_proxy()).expect("client");
    let failure = t
        .send(get(&format!("http://{addr}/")))
        .await
        .err()
        .expect("refused");
    assert!(failure.before_sending, "{failure:?}");
}

#[tokio::test]
async fn requests_go_through_the_proxys_tunnel_unless_no_proxy_names_the_host() {
    let (proxy, seen) = tunnel_proxy().await;
    let plain = http_server().await;
    let tls = tls_server().await;

    let through = Matcher::builder()
        .all(format!("http://user:p%40ss@{proxy}"))
        .build();
    let t = Transport::new(true, through).expect("client");
    for url in [format!("http://{plain}/a?x=1"), format!("https://{tls}/b")] {
        let answer = t
            .send(get(&url))
            .await
            .expect("an answer through the proxy");
        assert_eq!(answer.status, 200, "{url}");
    }
    let heads = seen.lock().expect("lock").clone();
    assert_eq!(heads.len(), 2, "{heads:?}");
    assert!(
        heads[0].starts_with(&format!("CONNECT {plain} HTTP/1.1\r\n")),
        "{heads:?}"
    );
    assert!(
        heads[1].starts_with(&format!("CONNECT {tls} HTTP/1.1\r\n")),
        "{heads:?}"
    );
    // `user:p@ss`, percent-decoded, in Basic.
    assert!(
        heads[0].contains("proxy-authorization: Basic dXNlcjpwQHNz\r\n")
            || heads[0].contains("Proxy-Authorization: Basic dXNlcjpwQHNz\r\n"),
        "{heads:?}"
    );

    let bypassed = Matcher::builder()
        .all(format!("http://{proxy}"))
        .no("127.0.0.1")
        .build();
    let t = Transport::new(false, bypassed).expect("client");
    let answer = t
        .send(get(&format!("http://{plain}/direct")))
        .await
        .expect("an answer");
    assert_eq!(
        &answer.body[..],
        br#"{"path":"/direct","version":"HTTP/1.1"}"#
    );
    assert_eq!(seen.lock().expect("lock").len(), 2, "NO_PROXY was not kept");
}

/// A redirect is the answer: the address it names is not asked (credentials go only where
/// they are configured).
#[tokio::test]
async fn redirects_are_answers_not_followed() {
    // Counts the connections made to the address the redirect names.
    let elsewhere = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let elsewhere_addr = elsewhere.local_addr().expect("address");
    let reached = Arc::new(Mutex::new(0u32));
    let count = reached.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = elsewhere.accept().await {
            *count.lock().expect("lock") += 1;
            tokio::spawn(serve_http1(tcp));
        }
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let redirecting = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let service =
                hyper::service::service_fn(move |_: http::Request<Incoming>| async move {
                    http::Response::builder()
                        .status(302)
                        .header(
                            http::header::LOCATION,
                            format!("http://{elsewhere_addr}/stolen"),
                        )
                        .body(Full::new(Bytes::new()))
                });
            tokio::spawn(
                hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(tcp), service),
            );
        }
    });
    let t = Transport::new(false, no_proxy()).expect("client");
    let answer = t
        .send(get(&format!("http://{redirecting}/login")))
        .await
        .expect("an answer");
    assert_eq!(answer.status, 302);
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert_eq!(
        *reached.lock().expect("lock"),
        0,
        "the redirect was followed"
    );
    // The counting server counts (the check above can fail).
    t.send(get(&format!("http://{elsewhere_addr}/direct")))
        .await
        .expect("an answer");
    assert_eq!(*reached.lock().expect("lock"), 1);
}

/// A server that speaks HTTP/2 only is answered over HTTP/2 (negotiated by ALPN).
#[tokio::test]
async fn http2_is_spoken_where_the_server_offers_it() {
    let addr = tls_server_speaking(true).await;
    let t = Transport::new(true, no_proxy()).expect("client");
    for i in 0..3 {
        let answer = t
            .send(get(&format!("https://{addr}/cases/{i}")))
            .await
            .expect("an answer over HTTP/2");
        assert_eq!(answer.status, 200);
        assert_eq!(
            String::from_utf8_lossy(&answer.body),
            format!(r#"{{"path":"/cases/{i}","version":"HTTP/2.0"}}"#)
        );
    }
}
