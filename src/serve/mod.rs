//! `dictum serve`: a local search page and a JSON API over the index.
//!
//! The server opens the index read-only and looks for new commits of a
//! concurrent `dictum index` twice a second, so it never needs a restart.
//! Searches are CPU work on memory-mapped files, so they run on tokio's
//! blocking pool and never stall the threads that accept connections.
//!
//! Bound to loopback (the default), the server only answers requests whose
//! `Host` header names loopback: a web page elsewhere cannot reach it
//! through a DNS name that resolves to 127.0.0.1 (DNS rebinding). It sends
//! no CORS headers, so other origins cannot read its answers either.

mod api;
mod assets;
mod params;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::error::{Error, Result};
use crate::query::Searcher;
use crate::speaker::Identity;

/// The address `dictum serve` listens on unless told otherwise.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8787";

/// How often the server looks for new commits of the index.
const RELOAD_EVERY: Duration = Duration::from_millis(500);

/// What `dictum serve` needs to start.
#[derive(Debug, Clone)]
pub struct ServeRequest {
    pub index: PathBuf,
    /// An alias file to use instead of the index folder's.
    pub aliases: Option<PathBuf>,
    pub addr: SocketAddr,
}

/// Everything the handlers share.
struct Shared {
    searcher: Searcher,
    /// Every speaker of the index, for autocompletion, with the index
    /// version it was computed for.
    speakers: Mutex<Option<(u64, Arc<Vec<Identity>>)>>,
    /// The `Host` values accepted, when bound to loopback.
    hosts: Option<Vec<String>>,
    /// Searches running at once: a few per core keeps every core busy,
    /// and a flood of requests waits its turn instead of piling threads up.
    searches: tokio::sync::Semaphore,
}

type AppState = Arc<Shared>;

impl Shared {
    /// Every speaker of the index, computed once per index version.
    fn everyone(&self) -> Result<Arc<Vec<Identity>>> {
        let version = self.searcher.version();
        let mut cache = self.speakers.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((cached, everyone)) = &*cache
            && *cached == version
        {
            return Ok(Arc::clone(everyone));
        }
        let everyone = Arc::new(self.searcher.speakers(&crate::query::SearchRequest::default())?);
        *cache = Some((version, Arc::clone(&everyone)));
        Ok(everyone)
    }
}

/// Opens the index, binds the address and serves until Ctrl-C or SIGTERM.
/// `ready` is called with the bound address (the port is chosen by the
/// system when the request asks for port 0) once connections are accepted.
pub fn serve(request: &ServeRequest, ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let mut searcher = Searcher::open(&request.index)?;
    if let Some(path) = &request.aliases {
        searcher.set_aliases(crate::speaker::Aliases::load(path)?);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Usage(format!("cannot start the server's runtime: {e}")))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(request.addr)
            .await
            .map_err(|e| Error::Usage(format!("cannot listen on {}: {e}", request.addr)))?;
        let bound =
            listener.local_addr().map_err(|e| Error::Usage(format!("cannot listen on {}: {e}", request.addr)))?;
        let hosts = bound.ip().is_loopback().then(|| loopback_hosts(bound.port()));
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        let searches = tokio::sync::Semaphore::new(cores * 2);
        let shared = Arc::new(Shared { searcher, speakers: Mutex::new(None), hosts, searches });
        tokio::spawn(follow_commits(Arc::clone(&shared)));
        ready(bound);
        axum::serve(listener, router(shared))
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| Error::Usage(format!("the server stopped: {e}")))
    })
}

/// The routes: the page and its assets, and the API.
fn router(shared: AppState) -> Router {
    Router::new()
        .route("/", get(assets::page))
        .route("/app.js", get(assets::script))
        .route("/style.css", get(assets::style))
        .route("/api/health", get(api::health))
        .route("/api/search", get(api::search))
        .route("/api/speakers", get(api::speakers))
        .route("/api/timeline", get(api::timeline))
        .route("/api/statements/{id}", get(api::statement))
        .fallback(api::not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), guard))
        .with_state(shared)
}

/// `Host` values that name this server on loopback.
fn loopback_hosts(port: u16) -> Vec<String> {
    ["127.0.0.1", "localhost", "[::1]"].iter().flat_map(|host| [host.to_string(), format!("{host}:{port}")]).collect()
}

/// Refuses requests for foreign hosts and adds the security headers to
/// every answer.
async fn guard(State(shared): State<AppState>, request: Request, next: Next) -> Response {
    if let Some(hosts) = &shared.hosts {
        let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        if !hosts.iter().any(|allowed| allowed.eq_ignore_ascii_case(host)) {
            return api::ApiError::new(
                StatusCode::FORBIDDEN,
                format!("host {host:?} is not this server; open it as http://127.0.0.1 or http://localhost"),
            )
            .into_response();
        }
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// Reloads the index reader whenever `dictum index` has committed.
async fn follow_commits(shared: AppState) {
    let mut ticks = tokio::time::interval(RELOAD_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let shared = Arc::clone(&shared);
        // A failed reload keeps the last good reader; the next tick tries again.
        let _ = tokio::task::spawn_blocking(move || shared.searcher.reload()).await;
    }
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
