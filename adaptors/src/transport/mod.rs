//! The connections under [`crate::http`]: hyper's pooled client (HTTP/1.1, and HTTP/2 where
//! the server offers it) over rustls with the webpki roots, through the proxy the environment
//! names.
//!
//! It is what reqwest built for us, without reqwest's redirect layer: that layer turned every
//! request's address into text and parsed it again as a URL, twice per request (a HIS lookup's
//! address holds a percent-encoded JSON filter: about 12 k instructions per parse, 52 k per
//! Workflow 1 case, BENCHMARKS.md "Session 21").
//!
//! What changes for a deployment:
//! * **Redirects are not followed.** A 3xx is the call's answer (an `Http` error, not retried),
//!   so credentials never go to an address that is not configured. Configure the address the
//!   server redirects to.
//! * **Proxies**: `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (or their lower-case
//!   names) are read once, when the client is built. The request goes through the proxy's
//!   `CONNECT` tunnel (an `http://` proxy; `user:password@` in its address is sent as
//!   `Proxy-Authorization`), for `https://` and `http://` addresses alike.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{HeaderMap, Uri};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use tokio::net::TcpStream;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A request as the transport sends it: the body in memory.
pub(crate) type Outgoing = http::Request<Full<Bytes>>;

/// An answer read whole.
pub(crate) struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// Why no answer came.
#[derive(Debug)]
pub(crate) struct Failure {
    /// The connection could not be made (refused, DNS, TLS, the proxy's tunnel): the request
    /// was not sent.
    pub before_sending: bool,
    /// The error and its causes, `: `-separated (no address: hyper's errors name none).
    pub message: String,
}

impl Failure {
    fn new(e: &(dyn std::error::Error + 'static), before_sending: bool) -> Self {
        let mut message = e.to_string();
        let mut source = e.source();
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        Failure {
            before_sending,
            message,
        }
    }
}

/// A pooled client; clones share the pool.
#[derive(Clone)]
pub(crate) struct Transport {
    client: Client<hyper_rustls::HttpsConnector<Route>, Full<Bytes>>,
}

impl Transport {
    /// `accept_invalid_certs`: any server certificate is taken (its signatures are still
    /// checked); for test servers only. `proxies`: [`Matcher::from_env`] in production.
    pub fn new(accept_invalid_certs: bool, proxies: Matcher) -> Result<Self, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let versions = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("TLS settings: {e}"))?;
        let tls = if accept_invalid_certs {
            versions
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
                .with_no_client_auth()
        } else {
            let roots = rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            };
            versions.with_root_certificates(roots).with_no_client_auth()
        };
        let mut tcp = HttpConnector::new();
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        let route = Route {
            tcp,
            proxies: Arc::new(proxies),
        };
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_all_versions()
            .wrap_connector(route);
        let client = Client::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .build(connector);
        Ok(Transport { client })
    }

    /// Sends `request` and reads its answer whole. No timeout: the caller bounds the call.
    pub async fn send(&self, request: Outgoing) -> Result<Answer, Failure> {
        let response = self
            .client
            .request(request)
            .await
            .map_err(|e| Failure::new(&e, e.is_connect()))?;
        let (parts, body) = response.into_parts();
        let body = body
            .collect()
            .await
            .map_err(|e| Failure::new(&e, false))?
            .to_bytes();
        Ok(Answer {
            status: parts.status.as_u16(),
            headers: parts.headers,
            body,
        })
    }
}

/// Connects to the address, or through the proxy the environment names for it.
#[derive(Clone)]
struct Route {
    tcp: HttpConnector,
    proxies: Arc<Matcher>,
}

type Connecting = Pin<Box<dyn Future<Output = Result<TokioIo<TcpStream>, BoxError>> + Send>>;

impl tower_service::Service<Uri> for Route {
    type Response = TokioIo<TcpStream>;
    type Error = BoxError;
    type Future = Connecting;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        // HttpConnector is always ready.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> Connecting {
        let mut tcp = self.tcp.clone();
        match self.proxies.intercept(&dst) {
            None => Box::pin(async move { Ok(tcp.call(dst).await?) }),
            Some(proxy) => {
                let mut tunnel = Tunnel::new(proxy.uri().clone(), tcp);
                if let Some(auth) = proxy.basic_auth() {
                    tunnel = tunnel.with_auth(auth.clone());
                }
                Box::pin(async move { Ok(tunnel.call(dst).await?) })
            }
        }
    }
}

/// Takes any certificate; checks that the handshake's signatures are the certificate's.
#[derive(Debug)]
struct AnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests;
