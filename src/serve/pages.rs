//! The review desk's pages, rendered with [`maud`]: every `(value)` it
//! writes is HTML-escaped, in text and in attributes alike, so article text
//! (hostile input) is shown, never run. Links to articles are made only
//! from http(s) URLs ([`super::safe_link`]).

use super::handlers::{Failure, QueueParams};
use super::safe_link;
use crate::query::{
    self, ArticleFilter, ArticleRow, ClaimFilter, ClaimRow, FlagFilter, FlagRow, QuoteFilter,
    QuoteRow, SpeakerFilter, SpeakerRow, StoryFilter, StoryRow,
};
use crate::review::{FlagDetail, SideDetail, UNKNOWN_REVIEWER};
use axum::http::StatusCode;
use maud::{DOCTYPE, Markup, html};
use rusqlite::Connection;
use std::collections::BTreeMap;

const KINDS: &[&str] = &[
    "numeric_conflict",
    "date_conflict",
    "quote_attribution_conflict",
    "quote_wording_conflict",
];
const STATUSES: &[&str] = &["open", "confirmed", "dismissed", "any"];

/// The frame of every page: title, style, shortcuts script, top bar.
fn layout(title: &str, body: Markup) -> Markup {
    layout_in(title, "/", body)
}

/// [`layout`] whose top bar leads back to `queue` (a filtered queue).
fn layout_in(title: &str, queue: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · crosscheck" }
                link rel="stylesheet" href="/static/style.css";
                script src="/static/keys.js" defer {}
            }
            body {
                header.top {
                    a.brand href=(queue) data-key="u" { "crosscheck · review desk" }
                    a href="/export/claimreview.json" download="claimreview.json" { "Export ClaimReview" }
                }
                main { (body) }
            }
        }
    }
}

pub(crate) fn error(status: StatusCode, message: &str) -> Markup {
    layout(
        status.canonical_reason().unwrap_or("Error"),
        html! {
            h1 { (status.as_u16()) " " (status.canonical_reason().unwrap_or("")) }
            p #error { (message) }
            p { a href="/" { "Back to the queue" } }
        },
    )
}

fn select(name: &str, label: &str, options: &[&str], current: Option<&str>) -> Markup {
    html! {
        label { (label) " "
            select name=(name) {
                @if name == "kind" { option value="" { "any" } }
                @for o in options {
                    option value=(o) selected[current == Some(*o)] { (o) }
                }
            }
        }
    }
}

fn queue_filters(p: &QueueParams) -> Markup {
    html! {
        form.filters method="get" action="/" {
            (select("status", "status", STATUSES, p.status.as_deref().or(Some("open"))))
            (select("kind", "kind", KINDS, p.kind.as_deref()))
            label { "story " input type="text" name="story" size="4" value=[p.story.as_deref()]; }
            label { "outlet " input type="text" name="source" value=[p.source.as_deref()]; }
            label { "speaker " input type="text" name="speaker" value=[p.speaker.as_deref()]; }
            label { "search " input type="search" name="q" value=[p.q.as_deref()]; }
            button type="submit" { "Filter" }
        }
    }
}

fn outlets(f: &FlagRow) -> String {
    let name = |s: &Option<String>| s.clone().unwrap_or_else(|| "(no outlet)".into());
    format!("{} / {}", name(&f.a.source), name(&f.b.source))
}

pub(crate) fn queue(p: &QueueParams, rows: &[FlagRow], more: bool) -> Markup {
    let page = p.page();
    let body = html! {
        h1 { "Review queue" }
        (queue_filters(p))
        @if rows.is_empty() {
            p #empty { "No flags here: the queue is clear." }
        } @else {
            table #queue {
                thead { tr { th { "#" } th { "score" } th { "kind" } th { "status" } th { "outlets" } th { "explanation" } } }
                tbody {
                    @for (i, f) in rows.iter().enumerate() {
                        tr.flag-row.selected[i == 0] {
                            td { a.open href={ "/flags/" (f.id) (p.carried()) } { (f.id) } }
                            td { (format!("{:.2}", f.score)) }
                            td { (f.kind) }
                            td { (f.status) }
                            td { (outlets(f)) }
                            td.explanation { (f.explanation) }
                        }
                    }
                }
            }
        }
        nav.pages {
            @if page > 0 { a rel="prev" href=(p.href(page - 1)) data-key="p" { "← previous" } }
            " page " (page + 1) " "
            @if more { a rel="next" href=(p.href(page + 1)) data-key="n" { "next →" } }
        }
        (shortcuts(&[("j / k", "move down / up"), ("o or Enter", "open the flag"), ("n / p", "next / previous page"), ("u", "the queue")]))
    };
    layout("Review queue", body)
}

fn shortcuts(keys: &[(&str, &str)]) -> Markup {
    html! {
        footer.keys {
            "Keyboard: "
            @for (k, what) in keys { kbd { (k) } " " (what) " · " }
        }
    }
}

/// What the flag page needs.
pub(crate) struct FlagView<'a> {
    pub detail: &'a FlagDetail,
    pub next: Option<i64>,
    pub csrf: &'a str,
    pub reviewer: Option<&'a str>,
    pub recorded: Option<&'a str>,
    /// The queue it was opened from: the next flag is the next of that queue.
    pub queue: &'a QueueParams,
}

fn side(label: &str, s: &SideDetail) -> Markup {
    html! {
        section.side {
            h2 { (label) ": " (s.source.as_deref().unwrap_or("(no outlet)")) }
            dl {
                dt { "date" } dd { (s.published.as_deref().unwrap_or("(no date)")) }
                dt { "title" } dd.title { (s.title.as_deref().unwrap_or("(no title)")) }
                dt { "link" } dd.link {
                    @match s.url.as_deref().map(|u| (u, safe_link(u))) {
                        Some((_, Some(href))) => a href=(href) rel="noopener noreferrer nofollow" target="_blank" { (href) },
                        Some((raw, None)) => span.unsafe-url title="not an http(s) link" { (raw) },
                        None => "(none)",
                    }
                }
                dt { "speaker" } dd.speaker {
                    @match (&s.speaker, s.speaker_id) {
                        (Some(name), Some(id)) => a href={ "/speakers/" (id) } { (name) },
                        (Some(name), None) => (name),
                        _ => "(none)",
                    }
                    @if let Some(a) = &s.attribution {
                        " · " span.attribution data-attribution=(a) { (attribution_sureness(a)) }
                    }
                }
                dt { "article" } dd { (s.article_id) }
            }
            blockquote.passage {
                @match &s.passage {
                    Some(p) => { (p.before) mark { (p.evidence) } (p.after) },
                    None => { (s.sentence.as_deref().unwrap_or("")) " " mark { (s.evidence) } },
                }
            }
        }
    }
}

/// How sure the speaker of a quotation is, from how it was attributed
/// (the extractor's `attribution`), most sure first.
fn attribution_sureness(attribution: &str) -> String {
    match attribution {
        "named" => "sure: named at the quotation".into(),
        "description" => {
            "fairly sure: a description at the quotation (\"the minister said\")".into()
        }
        "pronoun" => "less sure: a pronoun (\"she said\") read as the person before it".into(),
        "carried" => {
            "least sure: no attribution of its own, the speaker of the quotation before it".into()
        }
        "none" => "no speaker found".into(),
        other => format!("attribution: {other}"),
    }
}

fn verdict_form(v: &FlagView) -> Markup {
    let id = v.detail.flag.id;
    html! {
        form #verdict method="post" action={ "/flags/" (id) "/review" (v.queue.carried()) } {
            input type="hidden" name="csrf" value=(v.csrf);
            label { "Note " textarea #note name="note" rows="2" cols="60" data-key="t" {} }
            label { "Reviewer " input type="text" name="reviewer" value=[v.reviewer]; }
            button #confirm type="submit" name="verdict" value="confirmed" data-key="c" { "Confirmed (c)" }
            button #dismiss type="submit" name="verdict" value="dismissed" data-key="d" { "Dismissed (d)" }
        }
    }
}

fn history(d: &FlagDetail) -> Markup {
    html! {
        section #history {
            h2 { "Verdicts" }
            @if d.history.is_empty() { p { "No verdict yet." } }
            ol {
                @for h in &d.history {
                    li.verdict {
                        span.when { (h.reviewed_at) } " "
                        strong.what { (h.verdict) } " by "
                        span.who { (h.reviewer.as_deref().unwrap_or(UNKNOWN_REVIEWER)) }
                        @if let Some(n) = &h.note { ": " span.note { (n) } }
                    }
                }
            }
        }
    }
}

pub(crate) fn flag(v: &FlagView) -> Markup {
    let f = &v.detail.flag;
    let body = html! {
        @if let Some(r) = v.recorded { p #recorded.notice { "Recorded: " (r) "." } }
        h1 { "Flag " (f.id) " · " (f.kind) }
        p.meta {
            "status " strong #status { (f.status) } " · score " (format!("{:.2}", f.score))
            @if let Some(st) = f.story { " · " a href={ "/stories/" (st) } { "story " (st) } }
        }
        p #explanation { (f.explanation) }
        @if !f.found { p.notice { "The latest analysis no longer finds this flag; it is kept for its verdict." } }
        @if f.evidence_changed { p.notice { "The evidence changed since the last verdict: review it again." } }
        div.sides { (side("A", &v.detail.a_context)) (side("B", &v.detail.b_context)) }
        (verdict_form(v))
        (history(v.detail))
        nav.pages {
            @match v.next {
                Some(n) => a #next href={ "/flags/" (n) (v.queue.carried()) } data-key="n" { "Next flag in the queue →" },
                None => a #next href=(v.queue.href(0)) data-key="n" { "The queue is clear: back to it" },
            }
        }
        (shortcuts(&[("c", "confirmed"), ("d", "dismissed"), ("t", "type a note (Esc leaves it)"), ("n", "next flag"), ("u", "the queue")]))
    };
    layout_in(&format!("Flag {}", f.id), &v.queue.href(0), body)
}

/// A story with its articles, figures, quotations and flags.
pub(crate) struct StoryData {
    pub story: StoryRow,
    pub articles: Vec<ArticleRow>,
    pub claims: Vec<ClaimRow>,
    pub quotes: Vec<QuoteRow>,
    pub flags: Vec<FlagRow>,
}

impl StoryData {
    pub fn load(conn: &Connection, id: i64) -> Result<Option<StoryData>, Failure> {
        let sf = StoryFilter {
            id: Some(id),
            ..StoryFilter::default()
        };
        let Some(story) = query::list_stories(conn, &sf)?.into_iter().next() else {
            return Ok(None);
        };
        let articles = ArticleFilter {
            story: Some(id),
            ..ArticleFilter::default()
        };
        let claims = ClaimFilter {
            story: Some(id),
            ..ClaimFilter::default()
        };
        let quotes = QuoteFilter {
            story: Some(id),
            ..QuoteFilter::default()
        };
        let flags = FlagFilter {
            story: Some(id),
            ..FlagFilter::default()
        };
        Ok(Some(StoryData {
            story,
            articles: query::list_articles(conn, &articles)?,
            claims: query::list_claims(conn, &claims)?,
            quotes: query::list_quotes(conn, &quotes)?,
            flags: query::list_flags(conn, &flags)?,
        }))
    }
}

/// Rows of `items` grouped by `row`, then by outlet.
fn by_row_and_outlet<T>(
    items: &[T],
    row: impl Fn(&T) -> String,
    outlet: impl Fn(&T) -> String,
) -> BTreeMap<String, BTreeMap<String, Vec<&T>>> {
    let mut out: BTreeMap<String, BTreeMap<String, Vec<&T>>> = BTreeMap::new();
    for it in items {
        out.entry(row(it))
            .or_default()
            .entry(outlet(it))
            .or_default()
            .push(it);
    }
    out
}

fn outlet_of(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "(no outlet)".into())
}

fn side_by_side<T>(
    class: &str,
    caption: &str,
    outlets: &[String],
    grid: &BTreeMap<String, BTreeMap<String, Vec<&T>>>,
    cell: impl Fn(&T) -> Markup,
) -> Markup {
    html! {
        table.side-by-side.(class) {
            caption { (caption) }
            thead { tr { th { "" } @for o in outlets { th { (o) } } } }
            tbody {
                @for (row, cols) in grid {
                    tr {
                        th { (row) }
                        @for o in outlets {
                            td { @for it in cols.get(o).map(Vec::as_slice).unwrap_or(&[]) { (cell(it)) } }
                        }
                    }
                }
            }
        }
    }
}

fn article_list(articles: &[ArticleRow]) -> Markup {
    html! {
        ul.articles {
            @for a in articles {
                li {
                    (a.published.as_deref().unwrap_or("(no date)")) " · "
                    (a.source.as_deref().unwrap_or("(no outlet)")) " · "
                    @match a.url.as_deref().and_then(safe_link) {
                        Some(href) => a href=(href) rel="noopener noreferrer nofollow" { (a.title.as_deref().unwrap_or(&a.id)) },
                        None => span { (a.title.as_deref().unwrap_or(&a.id)) },
                    }
                }
            }
        }
    }
}

pub(crate) fn story(d: &StoryData) -> Markup {
    let outlets = &d.story.sources;
    let figures = by_row_and_outlet(
        &d.claims,
        |c| c.subject.clone().unwrap_or_else(|| format!("({})", c.kind)),
        |c| outlet_of(&c.source),
    );
    let quotes = by_row_and_outlet(
        &d.quotes,
        |q| q.speaker.clone().unwrap_or_else(|| "(no speaker)".into()),
        |q| outlet_of(&q.source),
    );
    let body = html! {
        h1 { "Story " (d.story.id) ": " (d.story.label) }
        p.meta { (d.story.first_published.as_deref().unwrap_or("")) " to " (d.story.last_published.as_deref().unwrap_or("")) " · " (d.story.articles) " articles" }
        h2 { "Articles" }
        (article_list(&d.articles))
        h2 { "Flags" }
        ul { @for f in &d.flags { li { a href={ "/flags/" (f.id) } { (f.id) } " " (f.status) " · " (f.explanation) } } }
        h2 { "Figures, per subject and outlet" }
        (side_by_side("figures", "figures", outlets, &figures, |c: &ClaimRow| html! { p.claim title=(c.sentence) { mark { (c.surface) } " " small { (c.sentence) } } }))
        h2 { "Quotations, per speaker and outlet" }
        (side_by_side("quotations", "quotations", outlets, &quotes, |q: &QuoteRow| html! { p.quote { "“" span.text { (q.text) } "”" } }))
    };
    layout(&d.story.label, body)
}

/// A speaker with every quotation, by outlet.
pub(crate) struct SpeakerData {
    pub speaker: SpeakerRow,
    pub quotes: Vec<QuoteRow>,
}

impl SpeakerData {
    pub fn load(conn: &Connection, id: i64) -> Result<Option<SpeakerData>, Failure> {
        let sf = SpeakerFilter {
            id: Some(id),
            ..SpeakerFilter::default()
        };
        let Some(speaker) = query::list_speakers(conn, &sf)?.into_iter().next() else {
            return Ok(None);
        };
        let qf = QuoteFilter {
            speaker_id: Some(id),
            ..QuoteFilter::default()
        };
        Ok(Some(SpeakerData {
            speaker,
            quotes: query::list_quotes(conn, &qf)?,
        }))
    }
}

pub(crate) fn speaker(d: &SpeakerData) -> Markup {
    let mut by_outlet: BTreeMap<String, Vec<&QuoteRow>> = BTreeMap::new();
    for q in &d.quotes {
        by_outlet.entry(outlet_of(&q.source)).or_default().push(q);
    }
    let s = &d.speaker;
    let body = html! {
        h1 { (s.name) }
        p.meta { (s.kind) " · " (s.quotes) " quotations · " (s.statements) " reported statements · " (s.sources) " outlets" }
        @if !s.aliases.is_empty() { p { "Also named: " (s.aliases.join(", ")) } }
        @if !s.roles.is_empty() { p { "Roles: " (s.roles.join(", ")) } }
        @for (outlet, quotes) in &by_outlet {
            section.outlet {
                h2 { (outlet) }
                ul.quotes {
                    @for q in quotes {
                        li { (q.published.as_deref().unwrap_or("(no date)")) " · " (q.kind) ": “" span.quote { (q.text) } "”" }
                    }
                }
            }
        }
    };
    layout(&s.name, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_attribution_says_how_sure_it_is() {
        for a in ["named", "description", "pronoun", "carried"] {
            let phrase = attribution_sureness(a);
            assert!(phrase.contains("sure"), "{a}: {phrase}");
        }
        assert_eq!(attribution_sureness("none"), "no speaker found");
        assert_eq!(attribution_sureness("guessed"), "attribution: guessed");
    }

    #[test]
    fn hostile_text_is_escaped_in_text_and_attributes() {
        let probe = r#"<script>alert(1)</script>"><img src=x onerror=alert(2)>'"#;
        let page = error(StatusCode::NOT_FOUND, probe).into_string();
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(!page.contains("<img src=x"), "{page}");
        assert!(
            page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{page}"
        );
        let params = QueueParams {
            q: Some(probe.into()),
            ..QueueParams::default()
        };
        let page = queue(&params, &[], false).into_string();
        assert!(!page.contains("<img src=x"), "{page}");
        assert!(page.contains("value=\"&lt;script&gt;"), "{page}");
    }
}
