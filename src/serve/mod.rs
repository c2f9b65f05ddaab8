//! `crosscheck serve`: the review desk, a small web app on the same store.
//!
//! Fact-checkers review flags in a browser: the queue, a flag with both
//! pieces of evidence highlighted in their paragraphs, the verdict form and
//! its history, stories and speakers side by side, and the ClaimReview
//! export. Pages are rendered on the server ([`maud`] escapes every value
//! it writes, and article text is hostile input); the only script is a
//! small file of keyboard shortcuts served by the binary itself.
//!
//! Safe by default: it binds 127.0.0.1 unless told otherwise (and then
//! warns), every page forbids inline scripts and other origins (CSP),
//! state changes are POSTs that carry a per-process CSRF token, SQL goes
//! through the bound parameters of [`crate::query`] and [`crate::review`],
//! and each request opens its own connection with a busy timeout, so the
//! desk keeps working while an ingest writes.

mod handlers;
mod pages;

use axum::Router;
use axum::routing::{get, post};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use thiserror::Error;

/// Where `crosscheck serve` listens unless told otherwise: this machine only.
pub const DEFAULT_BIND: &str = "127.0.0.1:7878";

/// The address of the default bind, as ClaimReview `url`s start.
pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:7878";

#[derive(Debug, Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}; pick another address with --bind")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("no random source for the CSRF token: {0}")]
    Random(String),
    #[error("the web server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// What `crosscheck serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The database; opened anew for each request.
    pub db: PathBuf,
    pub bind: SocketAddr,
    /// The reviewer a verdict is recorded under when the form names nobody.
    pub reviewer: Option<String>,
}

/// What every request handler shares.
pub(crate) struct AppState {
    pub db: PathBuf,
    /// Proves that a POST comes from a page this process served.
    pub csrf: String,
    pub reviewer: Option<String>,
}

/// A bound, not yet running server.
pub struct Server {
    listener: std::net::TcpListener,
    state: Arc<AppState>,
}

impl Server {
    /// Binds the address (port 0 picks a free one) and makes the CSRF token.
    pub fn bind(config: &ServeConfig) -> Result<Server, ServeError> {
        let bind_err = |source| ServeError::Bind {
            addr: config.bind,
            source,
        };
        let listener = std::net::TcpListener::bind(config.bind).map_err(bind_err)?;
        listener.set_nonblocking(true).map_err(bind_err)?;
        let state = AppState {
            db: config.db.clone(),
            csrf: new_token()?,
            reviewer: config.reviewer.clone(),
        };
        Ok(Server {
            listener,
            state: Arc::new(state),
        })
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// A warning for the person starting it, when others can reach it.
    pub fn warning(&self) -> Option<String> {
        let addr = self.local_addr().ok()?;
        (!addr.ip().is_loopback()).then(|| {
            format!(
                "listening on {addr}, reachable from other machines: anyone who can reach it \
                 can read the store and record verdicts (there are no accounts). \
                 Bind 127.0.0.1 unless that is what you want."
            )
        })
    }

    /// Serves until the process is stopped.
    pub fn run(self) -> Result<(), ServeError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(self.listener)?;
            axum::serve(listener, router(self.state)).await
        })?;
        Ok(())
    }
}

fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(handlers::queue))
        .route("/flags/{id}", get(handlers::flag))
        .route("/flags/{id}/review", post(handlers::review))
        .route("/stories/{id}", get(handlers::story))
        .route("/speakers/{id}", get(handlers::speaker))
        .route("/export/claimreview.json", get(handlers::export))
        .route("/static/keys.js", get(handlers::keys_js))
        .route("/static/style.css", get(handlers::style_css))
        .fallback(handlers::not_found)
        .layer(axum::middleware::map_response(handlers::protect_all))
        .with_state(state)
}

/// 32 random bytes as hex.
fn new_token() -> Result<String, ServeError> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).map_err(|e| ServeError::Random(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Compares two tokens in time that does not depend on where they differ.
fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A URL that may become a link: http or https only, no spaces or control
/// characters (a `javascript:` or `data:` URL in an article's `url` field
/// stays text).
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("http://") || lower.starts_with("https://");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (scheme_ok && clean && url.len() > "https://".len()).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_become_links() {
        let cases = [
            ("https://example.org/a", true),
            ("http://example.org/a?b=1&c=<x>", true),
            ("  HTTPS://Example.org/  ", true),
            ("javascript:alert(1)", false),
            ("JaVaScRiPt:alert(1)", false),
            (" javascript:alert(1)", false),
            ("java\tscript:alert(1)", false),
            ("data:text/html,<script>alert(1)</script>", false),
            ("vbscript:msgbox", false),
            ("//evil.example/x", false),
            ("https://exa mple.org", false),
            ("https://", false),
            ("http://\u{0}x", false),
            ("", false),
        ];
        for (url, ok) in cases {
            assert_eq!(safe_link(url).is_some(), ok, "{url:?}");
        }
    }

    #[test]
    fn tokens_are_random_and_compared_whole() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same_token(&a, &a.clone()));
        assert!(!same_token(&a, &b));
        assert!(!same_token(&a, &a[..63]));
        assert!(!same_token(&a, ""));
    }

    #[test]
    fn a_public_bind_warns_and_loopback_does_not() {
        let config = |bind: &str| ServeConfig {
            db: PathBuf::from("x.db"),
            bind: bind.parse().unwrap(),
            reviewer: None,
        };
        let default: SocketAddr = DEFAULT_BIND.parse().unwrap();
        assert!(default.ip().is_loopback());
        assert!(DEFAULT_BASE_URL.ends_with(DEFAULT_BIND));
        let local = Server::bind(&config("127.0.0.1:0")).unwrap();
        assert!(local.warning().is_none());
        let public = Server::bind(&config("0.0.0.0:0")).unwrap();
        assert!(public.warning().unwrap().contains("other machines"));
    }
}
