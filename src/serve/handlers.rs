//! The review desk's request handlers: read the request, run the library's
//! queries on a blocking thread with a connection of their own, render a
//! page. Every response carries the same protective headers.

use super::{AppState, pages, same_token};
use crate::query::{self, FlagFilter};
use crate::review::{self, ReviewError, Verdict};
use crate::store::Store;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::Markup;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

type Shared = State<Arc<AppState>>;

/// No inline script or style, nothing from another origin, no framing.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                   form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Flags per page of the queue.
pub(crate) const PAGE: usize = 25;

/// The headers every response carries (a layer over every route, so also
/// the responses axum makes itself, for a malformed path or form).
pub(crate) async fn protect_all(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn html(status: StatusCode, page: Markup) -> Response {
    let mut r = (status, page.into_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r
}

/// Why a page could not be made: what was asked does not exist (404), or
/// the store failed (500, with the error's own words).
#[derive(Debug)]
pub(crate) enum Failure {
    NotFound(String),
    Internal(String),
}

impl From<ReviewError> for Failure {
    fn from(e: ReviewError) -> Self {
        match e {
            ReviewError::NoSuchFlag(_) => Failure::NotFound(e.to_string()),
            other => Failure::Internal(other.to_string()),
        }
    }
}

impl From<query::QueryError> for Failure {
    fn from(e: query::QueryError) -> Self {
        Failure::Internal(e.to_string())
    }
}

fn failure(e: Failure) -> Response {
    let (status, msg) = match e {
        Failure::NotFound(m) => (StatusCode::NOT_FOUND, m),
        Failure::Internal(m) => (StatusCode::INTERNAL_SERVER_ERROR, m),
    };
    html(status, pages::error(status, &msg))
}

/// Runs `work` on a blocking thread with a fresh connection to the store
/// (which waits for an ingest's write rather than failing: busy timeout).
async fn with_store<T, F>(state: &Arc<AppState>, work: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, Failure> + Send + 'static,
{
    let db = state.db.clone();
    let joined = tokio::task::spawn_blocking(move || {
        let store = Store::open_existing(&db).map_err(|e| Failure::Internal(e.to_string()))?;
        work(&store)
    })
    .await;
    joined.unwrap_or_else(|e| Err(Failure::Internal(e.to_string())))
}

/// The queue's filters, as the query string carries them.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub(crate) struct QueueParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Counted from 0; anything but a number is the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

/// A form value, or nothing when left empty.
fn given(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

impl QueueParams {
    /// The page asked for, from 0.
    pub fn page(&self) -> usize {
        given(&self.page).and_then(|p| p.parse().ok()).unwrap_or(0)
    }

    /// The library filter for one page (one row more, to know if there is a next page).
    pub fn filter(&self) -> FlagFilter {
        let status = match given(&self.status).as_deref() {
            None => Some("open".to_string()),
            Some("any") => None,
            Some(s) => Some(s.to_string()),
        };
        FlagFilter {
            status,
            kind: given(&self.kind),
            story: given(&self.story).and_then(|s| s.parse().ok()),
            source: given(&self.source),
            speaker: given(&self.speaker),
            search: given(&self.q),
            limit: Some(PAGE + 1),
            offset: Some(self.page().saturating_mul(PAGE)),
            ..FlagFilter::default()
        }
    }

    /// These filters (not the page) as a query string to carry along to a
    /// flag's page, `?…`, or nothing without filters.
    pub fn carried(&self) -> String {
        self.href(0).trim_start_matches('/').to_string()
    }

    /// The query string of these filters on another page.
    pub fn href(&self, page: usize) -> String {
        let p = QueueParams {
            page: (page > 0).then(|| page.to_string()),
            ..self.clone()
        };
        let qs = serde_urlencoded::to_string(&p).unwrap_or_default();
        if qs.is_empty() {
            "/".into()
        } else {
            format!("/?{qs}")
        }
    }
}

pub(crate) async fn queue(State(state): Shared, Query(params): Query<QueueParams>) -> Response {
    let filter = params.filter();
    match with_store(&state, move |s| Ok(query::list_flags(s.conn(), &filter)?)).await {
        Ok(mut rows) => {
            let more = rows.len() > PAGE;
            rows.truncate(PAGE);
            html(StatusCode::OK, pages::queue(&params, &rows, more))
        }
        Err(e) => failure(e),
    }
}

/// What the flag page shows besides the flag.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct FlagParams {
    /// The verdict just recorded, to say so.
    pub recorded: Option<String>,
    /// The queue the flag was opened from.
    #[serde(flatten)]
    pub queue: QueueParams,
}

/// The next flag after `id` in the queue's order (wrapping round to the
/// top), in the queue it was opened from: open flags unless its filters say
/// otherwise.
fn next_in_queue(
    conn: &rusqlite::Connection,
    id: i64,
    queue: &QueueParams,
) -> Result<Option<i64>, Failure> {
    let filter = |after| FlagFilter {
        after,
        limit: Some(2),
        offset: None,
        ..queue.filter()
    };
    let later = query::list_flags(conn, &filter(Some(id)))?;
    let first = query::list_flags(conn, &filter(None))?;
    Ok(later
        .into_iter()
        .chain(first)
        .map(|f| f.id)
        .find(|&f| f != id))
}

pub(crate) async fn flag(
    State(state): Shared,
    Path(id): Path<i64>,
    Query(params): Query<FlagParams>,
) -> Response {
    let queue = params.queue.clone();
    let loaded = with_store(&state, move |s| {
        let next = next_in_queue(s.conn(), id, &queue)?;
        Ok((review::flag_detail(s.conn(), id)?, next))
    })
    .await;
    match loaded {
        Ok((detail, next)) => {
            let view = pages::FlagView {
                detail: &detail,
                next,
                csrf: &state.csrf,
                reviewer: state.reviewer.as_deref(),
                // Only a verdict's name: the query string is anyone's to write.
                recorded: params
                    .recorded
                    .as_deref()
                    .filter(|r| Verdict::parse(r).is_ok()),
                queue: &params.queue,
            };
            html(StatusCode::OK, pages::flag(&view))
        }
        Err(e) => failure(e),
    }
}

/// The verdict form.
#[derive(Debug, Deserialize)]
pub(crate) struct ReviewForm {
    pub csrf: Option<String>,
    pub verdict: Option<String>,
    pub note: Option<String>,
    pub reviewer: Option<String>,
}

/// A name or note as typed, trimmed and kept to a sane length.
fn field(v: &Option<String>, max_chars: usize) -> Option<String> {
    given(v).map(|s| s.chars().take(max_chars).collect())
}

pub(crate) async fn review(
    State(state): Shared,
    Path(id): Path<i64>,
    Query(queue): Query<QueueParams>,
    Form(form): Form<ReviewForm>,
) -> Response {
    let token_ok = form
        .csrf
        .as_deref()
        .is_some_and(|t| same_token(t, &state.csrf));
    if !token_ok {
        let msg = "This form is missing its security token, or it came from another site. \
                   Reload the flag's page and record the verdict again.";
        return html(
            StatusCode::FORBIDDEN,
            pages::error(StatusCode::FORBIDDEN, msg),
        );
    }
    let verdict = match Verdict::parse(form.verdict.as_deref().unwrap_or("")) {
        Ok(v) => v,
        Err(e) => {
            return html(
                StatusCode::BAD_REQUEST,
                pages::error(StatusCode::BAD_REQUEST, &e.to_string()),
            );
        }
    };
    let note = field(&form.note, 4000);
    let reviewer = field(&form.reviewer, 100).or_else(|| state.reviewer.clone());
    let recorded = with_store(&state, move |s| {
        Ok(review::record_verdict(
            s.conn(),
            id,
            verdict,
            note.as_deref(),
            reviewer.as_deref(),
        )?)
    })
    .await;
    match recorded {
        Ok(()) => {
            // Back to the flag, in the queue it came from.
            let carried = queue.carried().replacen('?', "&", 1);
            let to = format!("/flags/{id}?recorded={}{carried}", verdict.as_str());
            Redirect::to(&to).into_response()
        }
        Err(e) => failure(e),
    }
}

pub(crate) async fn story(State(state): Shared, Path(id): Path<i64>) -> Response {
    let loaded = with_store(&state, move |s| pages::StoryData::load(s.conn(), id)).await;
    match loaded {
        Ok(Some(data)) => html(StatusCode::OK, pages::story(&data)),
        Ok(None) => not_found().await,
        Err(e) => failure(e),
    }
}

pub(crate) async fn speaker(State(state): Shared, Path(id): Path<i64>) -> Response {
    let loaded = with_store(&state, move |s| pages::SpeakerData::load(s.conn(), id)).await;
    match loaded {
        Ok(Some(data)) => html(StatusCode::OK, pages::speaker(&data)),
        Ok(None) => not_found().await,
        Err(e) => failure(e),
    }
}

/// The confirmed flags as ClaimReview, as a download; each review's `url`
/// is its page on this server.
pub(crate) async fn export(State(state): Shared, headers: HeaderMap) -> Response {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".:-[]".contains(c))
        })
        .unwrap_or("127.0.0.1")
        .to_string();
    let config = review::ExportConfig {
        base_url: format!("http://{host}"),
    };
    match with_store(&state, move |s| Ok(review::claimreview(s.conn(), &config)?)).await {
        Ok(reviews) => {
            let body = serde_json::to_string_pretty(&reviews).unwrap_or_else(|_| "[]".into());
            let mut r = body.into_response();
            let h = r.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/ld+json"),
            );
            h.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"claimreview.json\""),
            );
            r
        }
        Err(e) => failure(e),
    }
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

pub(crate) async fn keys_js() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("assets/keys.js"),
    )
}

pub(crate) async fn style_css() -> Response {
    asset("text/css; charset=utf-8", include_str!("assets/style.css"))
}

pub(crate) async fn not_found() -> Response {
    html(
        StatusCode::NOT_FOUND,
        pages::error(StatusCode::NOT_FOUND, "There is no such page."),
    )
}
