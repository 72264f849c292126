//! The accept loop: HTTP/1.1 connections served by hyper with a header-read timeout (which is
//! also the idle keep-alive timeout: hyper starts the clock whenever it waits for a request),
//! a cap on connections, and a small reserve past the cap that answers only `/healthz`, so a
//! crowd of stalled clients cannot make the health check time out: when the reserve is full
//! too, its oldest connection is closed to make room (a health check sends its request at
//! once; a stalled client loses its place). Body and whole-request timeouts are layers of the
//! router ([`super::routes`]).

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, Response, StatusCode, header};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot, watch};
use tokio::task::AbortHandle;

use crate::settings::ConnLimits;

/// Header-read timeout of the connections in the health reserve (at most).
const RESERVE_HEADER_TIMEOUT: Duration = Duration::from_secs(2);

/// Serves `router` on `listener` until `stop` fires, then lets the open connections finish
/// their requests (each bounded by the timeouts) and returns.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnLimits,
    mut stop: oneshot::Receiver<()>,
) {
    let main = Arc::new(Semaphore::new(limits.max_connections));
    let reserve = Arc::new(Semaphore::new(limits.health_connections));
    let mut in_reserve = Reserve::default();
    let (closing_tx, closing) = watch::channel(false);
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            a = listener.accept() => a,
        };
        let (tcp, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of file descriptors and the like: wait a little, do not spin.
                tracing::warn!("cannot accept a connection: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = tcp.set_nodelay(true);
        if let Ok(permit) = main.clone().try_acquire_owned() {
            let conn = Conn {
                header_timeout: limits.header_timeout,
                keep_alive: true,
                permit,
                closing: closing.clone(),
            };
            // The router, with the peer address as `ConnectInfo` (the login limiter keys on it).
            let router = router.clone();
            let service = hyper::service::service_fn(move |mut req: Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                tower_service::Service::call(&mut router.clone(), req)
            });
            tokio::spawn(conn.run(tcp, service));
        } else if limits.health_connections > 0 {
            if reserve.available_permits() == 0 {
                in_reserve.evict_oldest();
            }
            // The evicted task returns its permit as it ends: wait for it briefly.
            let permit =
                tokio::time::timeout(Duration::from_millis(100), reserve.clone().acquire_owned())
                    .await;
            let Ok(Ok(permit)) = permit else {
                continue;
            };
            let conn = Conn {
                header_timeout: limits.header_timeout.min(RESERVE_HEADER_TIMEOUT),
                keep_alive: false,
                permit,
                closing: closing.clone(),
            };
            let service = hyper::service::service_fn(health_only);
            in_reserve.push(tokio::spawn(conn.run(tcp, service)).abort_handle());
        }
        // else: no reserve; the connection is closed at once (dropped).
    }
    drop(listener);
    let _ = closing_tx.send(true);
    // Every connection holds a permit: taking them all waits for the last one to end.
    let all = |s: &Arc<Semaphore>, n: usize| {
        let s = s.clone();
        async move {
            let _ = s.acquire_many(u32::try_from(n).unwrap_or(u32::MAX)).await;
        }
    };
    tokio::join!(
        all(&main, limits.max_connections),
        all(&reserve, limits.health_connections)
    );
}

/// The reserve's connections, oldest first.
#[derive(Default)]
struct Reserve(VecDeque<AbortHandle>);

impl Reserve {
    fn push(&mut self, h: AbortHandle) {
        self.0.retain(|h| !h.is_finished());
        self.0.push_back(h);
    }

    fn evict_oldest(&mut self) {
        self.0.retain(|h| !h.is_finished());
        if let Some(h) = self.0.pop_front() {
            h.abort();
        }
    }
}

struct Conn {
    header_timeout: Duration,
    keep_alive: bool,
    permit: OwnedSemaphorePermit,
    closing: watch::Receiver<bool>,
}

impl Conn {
    async fn run<S>(self, tcp: TcpStream, service: S)
    where
        S: hyper::service::Service<
                Request<Incoming>,
                Response = Response<Body>,
                Error = Infallible,
            >,
        S::Future: Send + 'static,
    {
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(self.header_timeout)
            .keep_alive(self.keep_alive);
        let Conn {
            permit,
            closing: mut closing_rx,
            ..
        } = self;
        let conn = builder.serve_connection(TokioIo::new(tcp), service);
        tokio::pin!(conn);
        let closing = async {
            // Stops only on a real close request (a dropped sender means the server ended).
            while closing_rx.changed().await.is_ok() {
                if *closing_rx.borrow() {
                    return;
                }
            }
        };
        tokio::select! {
            _ = conn.as_mut() => {}
            _ = closing => {
                conn.as_mut().graceful_shutdown();
                let _ = conn.await;
            }
        }
        drop(permit);
    }
}

/// A reserve connection: `/healthz` only, everything else 503 with `Retry-After`.
async fn health_only(req: Request<Incoming>) -> Result<Response<Body>, Infallible> {
    let healthz = req.uri().path() == "/healthz" && req.method() == Method::GET;
    let mut res = if healthz {
        Response::new(Body::from("ok"))
    } else {
        let mut r = Response::new(Body::from("busy: too many connections"));
        *r.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
        r.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
        r
    };
    res.headers_mut().insert(
        header::CONNECTION,
        header::HeaderValue::from_static("close"),
    );
    Ok(res)
}
