//! A web page's metadata — title, publication date, authors, publisher and
//! address — from every place pages commonly keep it.
//!
//! Publication date, first found wins (each value must read as a date):
//! 1. JSON-LD: the first `Article`-like object's (`NewsArticle`,
//!    `BlogPosting`, …, also inside `@graph` arrays and a page's
//!    `mainEntity`) `datePublished`, then its `dateCreated` (a number is
//!    a Unix time);
//! 2. `<meta>` tags: `article:published_time` and the Open Graph,
//!    Dublin Core, Parse.ly, Sailthru and citation variants, `date`,
//!    `pubdate`, `publishdate` …; then the `pub_date` of Parse.ly's JSON
//!    tags (`parsely-page`, `parsely-metadata`);
//!    JSON-LD that is not valid JSON is read as text for `datePublished`;
//! 3. an element with `itemprop="datePublished"` (`content`, `datetime` or text),
//!    then one with a `data-` attribute naming the publication
//!    (`data-published`, `data-publish-date`, `data-pubdate`);
//! 4. a `<time>` element (or hAtom `<abbr class="published">`) marked as
//!    the publication time (`pubdate`, a class naming publication), else the
//!    first `<time>` inside the article (its `datetime`, or a date as its
//!    text); then a labelled date line anywhere in the page (`Veröffentlicht
//!    am 07.06.2019`, `Published: …`, a blog's `<a rel="bookmark">` date, a
//!    byline's date `By Jane Doe | March 3, 2019`: see `html_date_lines`);
//!    then the first `<time>` in the page;
//! 5. the date in the page's address (`/2021/03/05/`, `2021-03-05`,
//!    `/20210305/`, `?date=2021-03-05`, `/2017/7/12/`, `/2021/mar/05/`)
//!    — and where the address names another day than 1–4
//!    found, the address's day (it is written once, in the outlet's own time
//!    zone, when the article first appears);
//! 6. a date written in an element whose class or id names a date (in the
//!    article first), in English, German, French, Spanish, Italian,
//!    Portuguese, Dutch, Scandinavian, Polish, Czech, Russian, Turkish,
//!    Finnish or Arabic words (Arabic-Indic digits read as digits), year first (`2019/03/14`, `2019年3月14日`) or numeric
//!    (`5.3.2021`, `17.7.11` when that is all of the element);
//! 7. a short line that is mostly a date right under the article's heading,
//!    or just above it (not in a menu or a link there: those date other
//!    pages);
//! 8. a full date in the page's title (`Story | DW | 10.06.2013`);
//! 9. a labelled line of the last change (`Stand: 08.05.2019`, `Updated …`);
//! 10. a `<time>` named as the last change (`class="updated"`), then the
//!     last-modified date (JSON-LD `dateModified`, `article:modified_time`),
//!     better than none for resolving relative dates.
//!
//! Publication wins over the last change everywhere: an element named as
//! a change (`<span class="updated">`, whose name holds `date`) is passed
//! over in steps 4 and 6, and a short text that names both
//! (`Aktualisiert am 14.03.2019, veröffentlicht am 12.03.2019`) is read
//! from its publication label on (see `html_date_lines::publication_part`).
//! Dates in `data-` attributes named as dates (`data-date`,
//! `data-timestamp`) are read in steps 4 and 6, Unix times as UTC.
//!
//! An all-numeric date that reads two ways (`05/06/2019`) is read in the
//! order of the page's declared language (`date_order`): day first for most,
//! month first for the United States; where the page declares none, not read.
//!
//! Steps 4, 6 and 7 leave out reader comments, related posts, sidebars and
//! `<aside>`s (unless they hold the article): their dates are other texts'.
//! So are an event's day (`itemprop="startDate"`, `class="event-date"`, a
//! date after `Beginn:` or `When:`), the masthead's "today" (`class="today"`,
//! a `<header>` with the site's menu), an embedded post (`<blockquote>`),
//! another `<article>` (the next one of an endless page, a teaser card), a
//! list of links outside the article and, in step 4's last resort, a
//! `<time>` inside a link: no day rather than a wrong one.
//!
//! Title: `og:title`, `twitter:title`, the JSON-LD headline, then the
//! Readability title. Authors: JSON-LD `author`, `<meta name="author">` and
//! variants, `itemprop="author"`, `rel="author"`. Publisher: `og:site_name`,
//! then JSON-LD `publisher`.

use super::date_order::{NumericOrder, page_order};
use super::dates::parse_published;
use super::html_date_lines::{date_lines, publication_part};
use aho_corasick::AhoCorasick;
use dom_query::{Document, NodeData, NodeRef};
use regex::Regex;
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::sync::LazyLock;

/// What a page says about itself.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    /// The publication date as written where it was found (it parses).
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
}

/// `<meta>` names and properties that carry the publication date, best first.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "published-date",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dc.date.created",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "og:pubdate",
    "pub_date",
    "date_published",
    "publication-date",
    "prism.publicationdate",
    "rnews:datepublished",
    "shareaholic:article_published_time",
    "cxenseparse:recs:publishtime",
    "bt:pubdate",
    // The New York Times' compact `20190314`, and other CMSs' names.
    "pdate",
    "dc.date.published",
    "release_date",
    "displaydate",
    "ga-publishdate",
    "vr:published_time",
    "original-publish-date",
];

const MODIFIED_METAS: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "shareaholic:article_modified_time",
    "revision_date",
    "lastmod",
];

const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
];

/// Reads the metadata of a parsed page. `article` is the element holding
/// the main article, where one was chosen.
pub fn read(doc: &Document, metas: &Metas, article: Option<NodeRef>) -> PageMeta {
    let (roots, broken) = json_ld_roots(doc, metas);
    let mut ld = Vec::new();
    roots.iter().for_each(|r| flatten(r, &mut ld));
    let main = ld.iter().find(|o| is_article(o)).copied();
    let url = meta(metas, &["og:url"])
        .or_else(|| {
            let canonical = metas.canonical.iter().filter(|l| in_page(doc, l));
            canonical
                .into_iter()
                .find_map(|l| clean(l.attr("href")?.as_ref()))
        })
        .or_else(|| main.and_then(|o| string_of(o.get("url"))));
    let title = meta(metas, &["og:title", "twitter:title"])
        .or_else(|| main.and_then(|o| string_of(o.get("headline").or(o.get("name")))));
    let published = published_date(doc, metas, (&ld, &broken), main, url.as_deref(), article);
    let publisher =
        meta(metas, &["og:site_name"]).or_else(|| main.and_then(|o| name_of(o.get("publisher")?)));
    let mut authors = main.map(|o| names(o.get("author"))).unwrap_or_default();
    if authors.is_empty() {
        authors = author_elsewhere(doc, metas);
    }
    PageMeta {
        title,
        published,
        authors,
        publisher,
        url,
    }
}

fn published_date(
    doc: &Document,
    metas: &Metas,
    (ld, broken): (&[&Map<String, Value>], &[String]),
    main: Option<&Map<String, Value>>,
    url: Option<&str>,
    article: Option<NodeRef>,
) -> Option<String> {
    let page = ld
        .iter()
        .find(|o| has_type(o, |t| t.ends_with("Page")))
        .copied();
    // Else any other top-level object that dates itself (a `Recipe`, a
    // `CreativeWork`), but never a comment, an answer or a photograph
    // (whose date is when it was taken or filed).
    let other = ld
        .iter()
        .find(|o| {
            o.contains_key("datePublished")
                && !has_type(o, |t| {
                    matches!(t, "Comment" | "Answer" | "Question" | "ImageObject")
                })
        })
        .copied();
    let from_ld = |key: &str| {
        [main, page, other]
            .into_iter()
            .flatten()
            .find_map(|o| valid_date(date_of(o.get(key))?, metas.order))
    };
    let from_url = url.and_then(url_date);
    // Only pages without a date in their metadata need it.
    let keep = std::cell::LazyCell::new(|| Keep::of(doc, metas, article));
    let times = std::cell::LazyCell::new(|| page_times(doc, &keep));
    let lines = std::cell::LazyCell::new(|| {
        let body = doc.body();
        body.map(|b| date_lines(b, &|n| keep.elsewhere(n), metas.order))
            .unwrap_or_default()
    });
    let found = from_ld("datePublished")
        .or_else(|| from_ld("dateCreated"))
        .or_else(|| meta_date(metas, DATE_METAS))
        .or_else(|| parsely_date(metas))
        .or_else(|| broken_ld_date(broken, "datePublished"))
        .or_else(|| itemprop_date(doc, metas, "datePublished"))
        .or_else(|| data_published(doc, article, &keep))
        .or_else(|| time_date(&times, article, Times::Marked, metas.order))
        .or_else(|| lines.published.clone())
        .or_else(|| time_date(&times, article, Times::Any, metas.order));
    // An address dated to the day is written once, in the outlet's own time
    // zone, when the article first appears; where it names another day than
    // the metadata (a re-publication, a time stored in UTC), it is the day.
    let found = match (found, from_url) {
        (Some(f), Some(u)) if day_of(&f) != day_of(&u) => Some(u),
        (f, u) => f.or(u),
    };
    found
        .or_else(|| text_date(doc, article, &keep))
        .or_else(|| keep.heading.and_then(|h| date_near_heading(h, &keep)))
        .or_else(|| title_date(metas))
        .or_else(|| lines.updated.clone())
        .or_else(|| time_date(&times, article, Times::Changed, metas.order))
        .or_else(|| from_ld("dateModified"))
        .or_else(|| meta_date(metas, MODIFIED_METAS))
        .or_else(|| itemprop_date(doc, metas, "dateModified"))
}

/// The calendar day a date that [`valid_date`] accepted is on, as written.
fn day_of(raw: &str) -> Option<chrono::NaiveDate> {
    Some(parse_published(raw).ok()??.date)
}

/// A full date written in the page's title (`Story | DW | 10.06.2013`).
fn title_date(metas: &Metas) -> Option<String> {
    meta(metas, &["og:title"])
        .and_then(|t| find_written_date(&t, metas.order))
        .or_else(|| find_written_date(&metas.title, metas.order))
}

/// The page's first `<h1>` and `<h2>` headings (their texts in page order),
/// whitespace tidied.
pub fn headings(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .take(20)
        .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// A title such as `Site | Headline` cut to the part that is one of the
/// page's `headings`, where one is.
pub fn tidy_title(title: String, headings: &[String]) -> String {
    let parts: Vec<&str> = TITLE_SEPARATOR.split(&title).map(str::trim).collect();
    if parts.len() < 2 {
        return title;
    }
    parts
        .iter()
        .find(|p| !p.is_empty() && headings.iter().any(|h| h == *p))
        .map_or(title.clone(), |p| p.to_string())
}

static TITLE_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:\||–|—|-|::|»|·)\s+").expect("valid regex"));

/// `raw` if it reads as a plausible publication date; where it is a short
/// date in another form (`14.03.2019`, `14. März 2019`, `20190314`), that
/// date as `YYYY-MM-DD`.
fn valid_date(raw: String, order: NumericOrder) -> Option<String> {
    match parse_published(&raw) {
        Ok(Some(p)) => in_range(&p).then_some(raw),
        Ok(None) => None,
        Err(_) => other_form(raw.trim(), order),
    }
}

/// `raw` if it reads as a date in a plausible year for a web page.
fn plausible(raw: String) -> Option<String> {
    in_range(&parse_published(&raw).ok()??).then_some(raw)
}

fn in_range(p: &crate::article::Published) -> bool {
    (1990..=2100).contains(&chrono::Datelike::year(&p.date))
}

/// A short attribute value that [`parse_published`] does not read, read as
/// a written date or a compact `YYYYMMDD`.
fn other_form(raw: &str, order: NumericOrder) -> Option<String> {
    if raw.len() == 8 && raw.bytes().all(|b| b.is_ascii_digit()) {
        return plausible(format!("{}-{}-{}", &raw[..4], &raw[4..6], &raw[6..]));
    }
    // Unix time in seconds or milliseconds (`1552385040`), as UTC.
    if matches!(raw.len(), 10 | 13) && raw.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = raw[..10].parse().ok()?;
        let when = chrono::DateTime::from_timestamp(secs, 0)?;
        return plausible(when.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    }
    (raw.chars().count() <= 64)
        .then(|| find_written_date(raw, order))
        .flatten()
}

/// The first `<meta>` among `keys` (by `property`, `name` or `itemprop`,
/// any case) whose content reads as a date.
fn meta_date(metas: &Metas, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| {
        metas
            .all(k)
            .find_map(|v| valid_date(v.to_string(), metas.order))
    })
}

/// Parse.ly's JSON meta tags (`<meta name="parsely-page" content='{"pub_date":
/// "2019-04-02T10:00:00Z", …}'>`, and `parsely-metadata`, where sites put
/// their own fields): the first publication date among their keys.
fn parsely_date(metas: &Metas) -> Option<String> {
    const KEYS: &[&str] = &[
        "pub_date",
        "publish_date",
        "published_date",
        "datePublished",
        "date_published",
        "pubdate",
        "published",
    ];
    ["parsely-page", "parsely-metadata"].iter().find_map(|k| {
        metas.all(k).find_map(|v| {
            let Ok(Value::Object(o)) = serde_json::from_str::<Value>(v) else {
                return None;
            };
            KEYS.iter()
                .find_map(|key| valid_date(date_of(o.get(*key))?, metas.order))
        })
    })
}

/// The content of the first non-empty `<meta>` among `keys`.
pub fn meta(metas: &Metas, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| metas.all(k).next().map(str::to_string))
}

/// The page's `<meta>` tags as (name, content) pairs, read in one pass: the
/// name from `property`, `name`, `itemprop` or `http-equiv`, lower-cased;
/// and, in the same pass, the text of its `<title>`, its JSON-LD scripts,
/// the elements marked `itemprop="datePublished"` or `"dateModified"`, its
/// canonical links and the elements that name an author (one walk of the
/// page instead of a selector's walk for each).
pub struct Metas<'d> {
    pairs: Vec<(String, String)>,
    pub title: String,
    json_ld: Vec<NodeRef<'d>>,
    dated: Vec<NodeRef<'d>>,
    /// The `<h1>` and `<h2>` elements, in page order.
    headings: Vec<NodeRef<'d>>,
    /// How the page writes numeric dates, from its declared language.
    pub order: NumericOrder,
    /// `<link rel="canonical">` elements, in page order.
    canonical: Vec<NodeRef<'d>>,
    /// Elements marked `itemprop="author"` or `itemprop="name"`, and
    /// `<a rel="author">` links, in page order (see [`author_elsewhere`]).
    author_marks: Vec<NodeRef<'d>>,
}

impl<'d> Metas<'d> {
    pub fn of(doc: &'d Document) -> Metas<'d> {
        let mut pairs = Vec::new();
        let mut title = String::new();
        let mut json_ld = Vec::new();
        let mut dated = Vec::new();
        let mut headings = Vec::new();
        let mut canonical = Vec::new();
        let mut author_marks = Vec::new();
        let mut lang = None;
        for m in doc.root().descendants_it() {
            // What to keep of the element, read from it borrowed.
            let Some((tag, itemprop, ld, rel)) = m.element_ref().map(|el| {
                let attr = |name: &str| {
                    el.attrs
                        .iter()
                        .find(|a| &*a.name.local == name)
                        .map(|a| &*a.value)
                };
                let itemprop = match attr("itemprop") {
                    Some("datePublished" | "dateModified") => Itemprop::Date,
                    Some("author" | "name") => Itemprop::Author,
                    _ => Itemprop::Other,
                };
                let ld =
                    attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
                // Link types are compared without case, as browsers do.
                let rel = match attr("rel") {
                    Some(r) if r.eq_ignore_ascii_case("canonical") => Rel::Canonical,
                    Some(r) if r.eq_ignore_ascii_case("author") => Rel::Author,
                    _ => Rel::Other,
                };
                (el.name.local.clone(), itemprop, ld, rel)
            }) else {
                continue;
            };
            match itemprop {
                Itemprop::Date => dated.push(m),
                Itemprop::Author => author_marks.push(m),
                Itemprop::Other => {}
            }
            match &*tag {
                "title" => title.push_str(&m.text()),
                "link" if rel == Rel::Canonical => canonical.push(m),
                "a" if rel == Rel::Author && itemprop != Itemprop::Author => author_marks.push(m),
                "script" if ld => json_ld.push(m),
                "h1" | "h2" => headings.push(m),
                "html" if lang.is_none() => {
                    lang = m.attr("lang").or_else(|| m.attr("xml:lang"));
                }
                _ => {}
            }
            if &*tag != "meta" {
                continue;
            }
            let Some(content) = m.attr("content").and_then(|c| clean(c.as_ref())) else {
                continue;
            };
            for a in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = m.attr(a) {
                    pairs.push((k.trim().to_lowercase(), content.clone()));
                }
            }
        }
        // The document's own language first: metadata is more often a
        // template's default.
        let declared = ["og:locale", "content-language", "language", "dc.language"]
            .iter()
            .filter_map(|k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str()));
        let order = page_order(lang.as_deref().into_iter().chain(declared));
        Metas {
            pairs,
            title,
            json_ld,
            dated,
            headings,
            order,
            canonical,
            author_marks,
        }
    }

    /// Every content of the tags named `key` (lower case), in page order.
    fn all<'m>(&'m self, key: &'m str) -> impl Iterator<Item = &'m str> + 'm {
        self.pairs
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// What [`Metas::of`] notes of an element's `itemprop`.
#[derive(Clone, Copy, PartialEq)]
enum Itemprop {
    Date,
    Author,
    Other,
}

/// What [`Metas::of`] notes of an element's `rel`.
#[derive(Clone, Copy, PartialEq)]
enum Rel {
    Canonical,
    Author,
    Other,
}

fn clean(s: &str) -> Option<String> {
    // Most values are tidy already: copied as they are.
    let tidy = !s.starts_with(char::is_whitespace)
        && !s.ends_with(char::is_whitespace)
        && s.bytes()
            .all(|b| !matches!(b, b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
        && !s.contains("  ")
        && s.is_ascii();
    if tidy {
        return (!s.is_empty()).then(|| s.to_string());
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The first element marked `itemprop=prop` (still on the page) whose
/// `content`, `datetime` or text reads as a date.
fn itemprop_date(doc: &Document, metas: &Metas, prop: &str) -> Option<String> {
    let root = doc.root().id;
    let marked = metas.dated.iter().filter(|e| {
        e.attr("itemprop").is_some_and(|v| v.as_ref() == prop)
            && e.ancestors_it(None).last().is_some_and(|a| a.id == root)
    });
    marked.into_iter().find_map(|e| {
        ["content", "datetime"]
            .iter()
            .find_map(|a| {
                e.attr(a)
                    .and_then(|v| valid_date(v.to_string(), metas.order))
            })
            .or_else(|| find_written_date(&e.text(), metas.order))
    })
}

/// The `<time>` elements (and hAtom `<abbr class="published">`) of the page
/// found in one walk, each with its `datetime` (or a date as its text);
/// those of comments, related posts and sidebars left out.
fn page_times<'d>(doc: &'d Document, keep: &Keep) -> Vec<(NodeRef<'d>, String)> {
    doc.root()
        .descendants_it()
        .filter(|n| {
            (n.has_name("time") || published_abbr(n))
                && !keep.elsewhere(n)
                && !n.ancestors_it(None).any(|a| keep.elsewhere(&a))
                && !after_event_label(n)
        })
        .filter_map(|t| {
            let when = t.attr("datetime").or_else(|| t.attr("title"));
            // `<time data-datetime="…">`, then `<time>14. März 2019</time>`:
            // a date written as its text.
            let when = when
                .map(|w| w.to_string())
                .or_else(|| data_date(&t, keep.order))
                .or_else(|| {
                    let text = t.text();
                    (t.has_name("time") && text.chars().count() <= 60)
                        .then(|| find_written_date(&text, keep.order))
                        .flatten()
                })?;
            Some((t, when))
        })
        .collect()
}

/// A `<time>` marked as the publication time, else the first one with a
/// `datetime` (or a date as its text) inside the article; or
/// ([`Times::Any`]) the first in the page. `article` is the
/// chosen article; without one, `<article>`, `<main>` and
/// `itemprop="articleBody"` hold the article.
fn time_date(
    times: &[(NodeRef, String)],
    article: Option<NodeRef>,
    which: Times,
    order: NumericOrder,
) -> Option<String> {
    let first = |keep: &dyn Fn(&NodeRef) -> bool| {
        times
            .iter()
            .filter(|(t, _)| keep(t))
            .find_map(|(_, d)| valid_date(d.clone(), order))
    };
    let marked = |t: &NodeRef| {
        let has = |a: &str, words: &[&str]| {
            t.attr(a).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                words.iter().any(|w| v.contains(w))
            })
        };
        t.has_attr("pubdate")
            || has("class", &["publish", "entry-date", "post-date"])
            || has("itemprop", &["date"])
    };
    let holds = |a: &NodeRef| match article {
        Some(main) => a.id == main.id,
        None => {
            a.has_name("article")
                || a.has_name("main")
                || a.attr("itemprop")
                    .is_some_and(|v| v.as_ref() == "articleBody")
        }
    };
    // A `<time class="updated">` dates the last change: read last of all.
    let in_article = |t: &NodeRef| !names_change(t) && t.ancestors_it(None).any(|a| holds(&a));
    match which {
        Times::Marked => first(&marked).or_else(|| first(&in_article)),
        // A `<time>` inside a link dates the linked page (a teaser).
        Times::Any => first(&|t| !names_change(t) && !in_menu_or_link(t)),
        Times::Changed => first(&names_change),
    }
}

/// Which `<time>` elements [`time_date`] reads: those marked as the
/// publication time or inside the article, or the first anywhere.
#[derive(Clone, Copy)]
enum Times {
    Marked,
    Any,
    Changed,
}

/// Class/id words of an element that dates the last change, not the
/// publication (`updated`, `date-modified`, `last-edited`).
static CHANGE_NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["updat", "modif", "edited", "aktualisiert", "revis"])
        .expect("valid word list")
});

/// Class/id words that name a date of any kind.
static DATE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["publish", "date", "time", "datum", "fecha"])
        .expect("valid word list")
});

/// Whether an element's class or id names a change and not the publication
/// (`<span class="updated">`, `date-modified`). A name that also has a date
/// word of its own (`date updated`, `entry-date published updated`:
/// WordPress themes mark the publication date so, as hAtom asks for an
/// `updated`) names the publication.
fn names_change(n: &NodeRef) -> bool {
    let mut change = false;
    let mut dated = false;
    for v in ["class", "id"].iter().filter_map(|a| n.attr(a)) {
        for t in v.split_ascii_whitespace() {
            if CHANGE_NAMES.is_match(t) {
                change = true;
            } else {
                dated |= DATE_WORDS.is_match(t);
            }
        }
    }
    change && !dated
}

/// A date in an element's `data-` attributes whose names name a date
/// (`data-date`, `data-published`, `data-timestamp="1552385040"`) and not a
/// change (`data-updated`).
fn data_date(n: &NodeRef, order: NumericOrder) -> Option<String> {
    let el = n.element_ref()?;
    // Attribute names come lower-cased from the HTML parser.
    el.attrs.iter().find_map(|a| {
        let name = &*a.name.local;
        let dated = name.starts_with("data-")
            && ["date", "time", "publish"].iter().any(|w| name.contains(w))
            && !CHANGE_NAMES.is_match(name);
        dated
            .then(|| valid_date(a.value.trim().to_string(), order))
            .flatten()
    })
}

/// The first element whose `data-` attribute names the publication
/// (`data-published`, `data-publish-date`, `data-pubdate`) with a date as
/// its value: in the article first, then anywhere but in comments, related
/// posts and sidebars.
fn data_published(doc: &Document, article: Option<NodeRef>, keep: &Keep) -> Option<String> {
    let read = |n: NodeRef| {
        let el = n.element_ref()?;
        let date = el.attrs.iter().find_map(|a| {
            let name = &*a.name.local;
            let named = name.starts_with("data-")
                && (name.contains("publish") || name.contains("pubdate"))
                && !CHANGE_NAMES.is_match(name);
            named
                .then(|| valid_date(a.value.trim().to_string(), keep.order))
                .flatten()
        })?;
        // Only the few dated elements are checked for where they stand.
        (!n.ancestors_it(None).any(|a| keep.elsewhere(&a))).then_some(date)
    };
    let scopes = article.into_iter().chain(doc.body());
    scopes
        .into_iter()
        .find_map(|root| root.descendants_it().find_map(read))
}

/// The hAtom microformat's `<abbr class="published" title="2011-07-28T12:11:00+08:00">`.
fn published_abbr(n: &NodeRef) -> bool {
    n.has_name("abbr")
        && n.attr("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|w| w == "published"))
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[/_=-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.&-]|$)",
    )
    .expect("valid regex")
});

/// `/2017/7/12/`: a month and day of one digit, between slashes only.
static URL_DATE_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")
        .expect("valid regex")
});

/// `/2021/mar/05/`: the month's name or abbreviation between slashes
/// (the Guardian's and many blogs' form).
static URL_DATE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})/(\p{L}{3,9})/(0?[1-9]|[12]\d|3[01])(?:/|$)")
        .expect("valid regex")
});

/// The date in an address such as `…/2021/03/05/slug`, `…/2021-03-05-slug`,
/// `…/20210305/`, `…?date=2021-03-05`, `…/2017/7/12/slug` or
/// `…/2021/mar/05/slug`.
fn url_date(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (y, m, d) = if let Some(c) = URL_DATE
        .captures(path)
        .or_else(|| URL_DATE_SHORT.captures(path))
    {
        (
            c[1].to_string(),
            c[2].parse::<u32>().ok()?,
            c[3].parse::<u32>().ok()?,
        )
    } else {
        let c = URL_DATE_NAMED.captures(path)?;
        (
            c[1].to_string(),
            month_of(&c[2])?,
            c[3].parse::<u32>().ok()?,
        )
    };
    plausible(format!("{y}-{m:02}-{d:02}"))
}

/// A date written in an element whose class or id names a date, in the
/// article first.
fn text_date<'d>(doc: &'d Document, article: Option<NodeRef<'d>>, keep: &Keep) -> Option<String> {
    let in_article = || match article {
        Some(main) => vec![main],
        None => {
            let mut found = doc.select("article, main").nodes().to_vec();
            found.retain(|n| !n.ancestors_it(None).any(|a| keep.elsewhere(&a)));
            found
        }
    };
    let in_body = || doc.body().into_iter().collect::<Vec<_>>();
    let scopes: [&dyn Fn() -> Vec<NodeRef<'d>>; 2] = [&in_article, &in_body];
    scopes.iter().find_map(|scope| {
        hinted_elements(&scope(), keep)
            .into_iter()
            // Small elements only (a date line, not a wrapper named `content-meta`).
            .filter(|e| e.descendants_it().take(40).count() < 40)
            // `<span class="updated">` dates the last change (its name holds
            // `date`); a wrapper that holds one is read through its parts.
            .filter(|e| !names_change(e) && !e.descendants_it().any(|d| names_change(&d)))
            .find_map(|e| {
                data_date(&e, keep.order).or_else(|| {
                    let t = e.text();
                    let t = (t.chars().count() <= 200).then_some(t)?;
                    let part = publication_part(&t)?;
                    find_written_date(part, keep.order).or_else(|| short_year_date(part))
                })
            })
    })
}

/// Class or id words that name a date line.
static DATE_HINTS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "date",
            "datum",
            "time",
            "fecha",
            "data",
            "publish",
            "posted",
            "byline",
            "meta",
            "info",
            // Drupal's "Submitted by … on 24 July 2017"
            "submitted",
        ])
        .expect("valid word list")
});

/// The elements under `roots` whose class or id holds a [`DATE_HINTS`]
/// word, each once, in the order a selector finds them (one walk: the
/// selector list costs several times more).
fn hinted_elements<'d>(roots: &[NodeRef<'d>], keep: &Keep) -> Vec<NodeRef<'d>> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for root in roots {
        for d in root.descendants_it() {
            let hinted = d.is_element()
                && ["class", "id"]
                    .iter()
                    .any(|a| d.attr(a).is_some_and(|v| DATE_HINTS.is_match(v.as_ref())));
            // Only the few hinted elements are checked for being in a comment
            // section or a related-posts block.
            let ours = || !keep.elsewhere(&d) && !d.ancestors_it(None).any(|a| keep.elsewhere(&a));
            if hinted && ours() && seen.insert(d.id) {
                out.push(d);
            }
        }
    }
    out
}

/// Class/id words of the parts of a page whose dates are other texts':
/// reader comments, related posts, teasers, sidebars and widgets.
static ELSEWHERE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "comment",
            "disqus",
            "respond",
            "kommentar",
            "comentario",
            "reacties",
            "related",
            "sidebar",
            "recommend",
            "more-articles",
            "trending",
            // A masthead's "today" (`<span class="today">Monday, 9 December
            // 2019</span>`): the day the page was fetched, not published.
            "today",
            "heute",
            "current-date",
            "currentdate",
            // An event's own day (`event-date`, `event-meta-start`), not the
            // notice's publication.
            "event-",
            "event_",
            "veranstaltung",
        ])
        .expect("valid word list")
});

/// schema.org properties that date an event, not the page announcing it.
const EVENT_PROPS: &[&str] = &["startDate", "endDate", "doorTime"];

/// Where on a page the article's own date can be: the chosen article and
/// the main heading, and what holds them, are never "elsewhere".
pub struct Keep<'d> {
    holders: HashSet<dom_query::NodeId>,
    /// The chosen article, where one was.
    article: Option<dom_query::NodeId>,
    /// Whether the article (or its heading) is inside an `<article>`: only
    /// then is another `<article>` another text (the next one of an
    /// endless page, a teaser card), not a wrapper of the article's own
    /// header.
    in_article_el: bool,
    /// Whether the page has an event's `<meta itemprop="startDate">` (or
    /// end, door time): only then are elements searched for one.
    events: bool,
    /// The heading of the article: the `<h1>` or `<h2>` that the title
    /// names, else the first `<h1>`.
    heading: Option<NodeRef<'d>>,
    /// How the page writes numeric dates.
    order: NumericOrder,
}

impl<'d> Keep<'d> {
    fn of(doc: &'d Document, metas: &Metas<'d>, article: Option<NodeRef<'d>>) -> Keep<'d> {
        let title = meta(metas, &["og:title"]).unwrap_or_else(|| metas.title.clone());
        let title = fold(&title);
        let named = metas.headings.iter().find(|h| {
            let t = fold(&h.text());
            t.chars().count() >= 8 && title.contains(&t)
        });
        let heading = named
            .or_else(|| metas.headings.iter().find(|h| h.has_name("h1")))
            .copied()
            .filter(|h| in_page(doc, h));
        let mut holders = HashSet::new();
        for n in heading.into_iter().chain(article) {
            holders.insert(n.id);
            holders.extend(n.ancestors_it(None).map(|a| a.id));
        }
        Keep {
            holders,
            article: article.map(|a| a.id),
            in_article_el: heading.into_iter().chain(article).any(|n| {
                n.has_name("article") || n.ancestors_it(None).any(|a| a.has_name("article"))
            }),
            events: EVENT_PROPS
                .iter()
                .any(|p| metas.all(&p.to_ascii_lowercase()).next().is_some()),
            heading,
            order: metas.order,
        }
    }

    /// An `<aside>`, or an element named as comments, related posts or a
    /// sidebar, that holds neither the article nor its heading.
    fn elsewhere(&self, n: &NodeRef) -> bool {
        let Some(el) = n.element_ref() else {
            return false;
        };
        let named = el
            .attrs
            .iter()
            .any(|a| matches!(&*a.name.local, "class" | "id") && ELSEWHERE.is_match(&*a.value));
        if self.holders.contains(&n.id) {
            return false;
        }
        named
            || matches!(&*el.name.local, "aside" | "blockquote")
            || event_time(n, self.events)
            || masthead(n)
            || (&*el.name.local == "article" && self.in_article_el)
            || (self.link_list(n) && !self.in_article(n) && !in_article_header(n))
    }

    /// Inside the chosen article.
    fn in_article(&self, n: &NodeRef) -> bool {
        self.article
            .is_some_and(|id| n.ancestors_it(None).any(|a| a.id == id))
    }

    /// A list of two or more items that each hold a link (`<ul><li><a>Bus
    /// fares rise</a> <span class="date">12.03.2019</span></li>…`): teasers
    /// of other pages, with their days. Read only for the few lists that
    /// hold a candidate date.
    fn link_list(&self, n: &NodeRef) -> bool {
        if !(n.has_name("ul") || n.has_name("ol")) {
            return false;
        }
        let items: Vec<_> = n.children_it(false).filter(|c| c.has_name("li")).collect();
        items.len() >= 2
            && items
                .iter()
                .all(|li| li.descendants_it().any(|d| d.has_name("a")))
    }
}

/// An element that dates an event (schema.org `itemprop="startDate"`), or
/// one that holds such a `<meta>` beside its written day (`<dd><meta
/// itemprop="startDate" content="2012-05-13">13. Mai 2012</dd>`; looked
/// for only where the page has one: `metas`).
fn event_time(n: &NodeRef, metas: bool) -> bool {
    let is_event = |e: &NodeRef| {
        e.attr("itemprop")
            .is_some_and(|v| EVENT_PROPS.iter().any(|p| v.eq_ignore_ascii_case(p)))
    };
    is_event(n)
        || (metas
            && n.children_it(false)
                .any(|c| c.has_name("meta") && is_event(&c)))
}

/// Labels that put an event's day after them (`Beginn: 13. Mai 2012`,
/// `When: 18 June`), in the languages the date readers know.
const EVENT_LABELS: &[&str] = &[
    "beginn",
    "ende",
    "wann",
    "termin",
    "when",
    "starts",
    "ends",
    "quand",
    "début",
    "cuándo",
    "inicio",
    "quando",
    "wanneer",
    "kiedy",
    "когда",
    "datum der veranstaltung",
    "date de l'événement",
    "fecha del evento",
    "data do evento",
];

/// Whether the nearest text before `n` (a few nodes back) is a label that
/// names an event's time: the date after it is the event's.
fn after_event_label(n: &NodeRef) -> bool {
    preceding(*n)
        .take(6)
        .find_map(|p| {
            p.query(|t| match &t.data {
                NodeData::Text { contents } => {
                    let t = contents.trim();
                    (!t.is_empty()).then(|| t.to_lowercase())
                }
                _ => None,
            })
            .flatten()
        })
        .is_some_and(|t| {
            t.strip_suffix(':').is_some_and(|label| {
                let label = label.trim_end();
                EVENT_LABELS.iter().any(|l| {
                    label.ends_with(l)
                        && label[..label.len() - l.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
            })
        })
}

/// Inside an `<article>` or a `<header>`: there a list of links is the
/// article's own byline (`<ul><li><a>Author</a></li><li><a>Section</a> –
/// <time>…</time></li></ul>`), not teasers; and a `<header>` is the
/// article's, not the site's masthead.
fn in_article_header(n: &NodeRef) -> bool {
    n.ancestors_it(None)
        .any(|a| a.has_name("article") || a.has_name("header"))
}

/// The site's masthead (a `<header>` that holds the site's menu, or
/// `role="banner"`): a date there is the day the page was fetched or
/// printed, not published.
fn masthead(n: &NodeRef) -> bool {
    n.attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("banner"))
        || (n.has_name("header")
            && !in_article_header(n)
            && n.descendants_it().any(|d| d.has_name("nav")))
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Still in the document (not in a part removed since it was read).
fn in_page(doc: &Document, n: &NodeRef) -> bool {
    n.ancestors_it(None)
        .last()
        .is_some_and(|a| a.id == doc.root().id)
}

/// A short line that is mostly a date, right under the article's heading
/// (`<h1>…</h1><p>23.10.2018</p>`) or just above it; the search stops where
/// the article's prose begins, so that dates in the text are not taken.
fn date_near_heading(heading: NodeRef, keep: &Keep) -> Option<String> {
    let order = keep.order;
    // An event's day, a masthead's "today": not this page's (checked only
    // for the few texts that hold a date).
    let ours = |n: &NodeRef| !n.ancestors_it(None).any(|a| keep.elsewhere(&a));
    // Each text read in place (not copied): its length in characters once
    // trimmed (`None`: not a text, or blank, or a script's), and its date
    // where it is short.
    let read = |n: &NodeRef| {
        // Code, and the date of the last change (`<span class="updated">`).
        let in_code = || {
            n.parent()
                .is_some_and(|p| p.has_name("script") || p.has_name("style") || names_change(&p))
        };
        n.query(|t| match &t.data {
            NodeData::Text { contents } => {
                let t = contents.trim();
                let len = t.chars().count();
                let date = (len <= 80)
                    .then(|| publication_part(t).and_then(|p| find_written_date(p, order)))
                    .flatten();
                Some((len, date))
            }
            _ => None,
        })
        .flatten()
        .filter(|(len, _)| *len > 0 && !in_code())
        .map(|(len, date)| (len, date.filter(|_| ours(n) && !after_event_label(n))))
    };
    let below = following(heading)
        .filter_map(|n| read(&n))
        .take(30)
        .find_map(|(len, date)| {
            if len > 150 {
                Some(None)
            } else {
                date.map(Some)
            }
        });
    // Above the heading, a date inside a menu or a link is another page's
    // (a dated menu entry, a teaser, the previous post), not this one's.
    below.flatten().or_else(|| {
        preceding(heading)
            .filter_map(|n| Some((read(&n)?, n)))
            .take(8)
            .find_map(|((_, date), n)| date.filter(|_| !in_menu_or_link(&n)))
    })
}

/// Whether a node sits inside a `<nav>` or an `<a>` (its nearest few
/// ancestors: menus and links wrap their texts closely).
fn in_menu_or_link(n: &NodeRef) -> bool {
    std::iter::successors(n.parent(), |p| p.parent())
        .take(6)
        .any(|p| p.has_name("a") || p.has_name("nav"))
}

/// The nodes after `n`'s subtree, in document order.
fn following(n: NodeRef) -> impl Iterator<Item = NodeRef> {
    let mut at = Some(n);
    let mut skip_children = true;
    std::iter::from_fn(move || {
        let cur = at?;
        let down = if skip_children {
            None
        } else {
            cur.first_child()
        };
        skip_children = false;
        at = down.or_else(|| {
            let mut up = Some(cur);
            while let Some(u) = up {
                if let Some(s) = u.next_sibling() {
                    return Some(s);
                }
                up = u.parent();
            }
            None
        });
        at
    })
}

/// The nodes before `n`, nearest first (each node's last descendant first).
fn preceding(n: NodeRef) -> impl Iterator<Item = NodeRef> {
    let mut at = Some(n);
    std::iter::from_fn(move || {
        let cur = at?;
        at = match cur.prev_sibling() {
            Some(mut s) => {
                while let Some(c) = s.last_child() {
                    s = c;
                }
                Some(s)
            }
            None => cur.parent().filter(|p| p.is_element()),
        };
        at
    })
}

/// Year first: `2019-03-14`, `2019/03/14`, `2019.03.14` (one separator).
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d{2})([-/.])(\d{1,2})([-/.])(\d{1,2})\b").expect("valid regex")
});
/// Chinese, Japanese and Korean: `2019年3月14日`, `2019년 3월 14일`.
static CJK_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
        .expect("valid regex")
});
static DOTTED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b").expect("valid regex")
});
/// `05/06/2019` or `05-06-2019` (one separator): read by the page's order
/// of day and month where both are 12 or less.
static SLASHED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})([/-])(\d{1,2})([/-])((?:19|20)\d{2})\b").expect("valid regex")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b")
        .expect("valid regex")
});
/// Year, month's name, day: Hungarian `2019. június 14.`.
static YEAR_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d{2})\.\s+(\p{L}{3,})\s+(\d{1,2})\b").expect("valid regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b")
        .expect("valid regex")
});

static SHORT_YEAR_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$").expect("valid regex"));

/// A date line with a two-digit year (`17.7.11`), read only where it is
/// all of a date element's text (elsewhere it is as likely a version).
fn short_year_date(text: &str) -> Option<String> {
    let c = SHORT_YEAR_DATE.captures(text.trim())?;
    let num = |i: usize| c[i].parse::<u32>().ok();
    let yy = num(3)?;
    let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
    plausible(format!("{year}-{:02}-{:02}", num(2)?, num(1)?))
}

/// The first date written in `text`, as `YYYY-MM-DD`; an all-numeric date
/// that reads two ways (`05/06/2019`) is read in `order`, or not at all.
pub fn find_written_date(text: &str, order: NumericOrder) -> Option<String> {
    // Arabic pages often write their digits in Arabic-Indic forms (`٢٠٢١`):
    // read as ASCII digits (two bytes each, both lead bytes ruled out
    // with one search in most texts).
    let ascii;
    let text = if memchr::memchr2(0xD9, 0xDB, text.as_bytes()).is_some() {
        ascii = ascii_digits(text);
        ascii.as_str()
    } else {
        text
    };
    // Every form read holds a four-digit year: most texts are passed over
    // without running a regex.
    if !text
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    let ymd = |y: &str, m: u32, d: u32| plausible(format!("{y}-{m:02}-{d:02}"));
    let num = |s: &str| s.parse::<u32>().ok();
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut note = |at: usize, v: Option<String>| {
        if let Some(v) = v {
            found.push((at, v));
        }
    };
    if let Some(c) = ISO_DATE.captures_iter(text).find(|c| c[2] == c[4]) {
        note(c.get(0)?.start(), ymd(&c[1], num(&c[3])?, num(&c[5])?));
    }
    if let Some(c) = text
        .contains(['年', '년'])
        .then(|| CJK_DATE.captures(text))
        .flatten()
    {
        note(c.get(0)?.start(), ymd(&c[1], num(&c[2])?, num(&c[3])?));
    }
    if let Some(c) = DOTTED_DATE.captures(text) {
        note(c.get(0)?.start(), ymd(&c[3], num(&c[2])?, num(&c[1])?));
    }
    if let Some(c) = SLASHED_DATE.captures_iter(text).find(|c| c[2] == c[4]) {
        let (a, b) = (num(&c[1])?, num(&c[3])?);
        let v = match (a > 12, b > 12, order) {
            (true, false, _) | (false, false, NumericOrder::DayFirst) => ymd(&c[5], b, a),
            (false, true, _) | (false, false, NumericOrder::MonthFirst) => ymd(&c[5], a, b),
            _ => None,
        };
        note(c.get(0)?.start(), v);
    }
    for c in DAY_MONTH_YEAR.captures_iter(text) {
        if let Some(m) = month_of(&c[2]) {
            note(c.get(0)?.start(), ymd(&c[3], m, num(&c[1])?));
            break;
        }
    }
    for c in MONTH_DAY_YEAR.captures_iter(text) {
        if let Some(m) = month_of(&c[1]) {
            note(c.get(0)?.start(), ymd(&c[3], m, num(&c[2])?));
            break;
        }
    }
    for c in YEAR_MONTH_DAY.captures_iter(text) {
        if let Some(m) = month_of(&c[2]) {
            note(c.get(0)?.start(), ymd(&c[1], m, num(&c[3])?));
            break;
        }
    }
    // Arabic letters are two bytes from 0xD8 to 0xDB in UTF-8.
    if text.bytes().any(|b| matches!(b, 0xD8..=0xDB)) {
        for c in ARABIC_DATE.captures_iter(text) {
            let month = c[2].split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(m) = month_of(&month) {
                note(c.get(0)?.start(), ymd(&c[3], m, num(&c[1])?));
                break;
            }
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, v)| v)
}

/// `text` with Arabic-Indic (`٠`–`٩`) and Eastern Arabic-Indic (`۰`–`۹`)
/// digits written as ASCII digits.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
            c => c,
        })
        .collect()
}

/// Day, Arabic month name, year (`5 مارس 2018`, `3 تشرين الثاني 2020`): the
/// Levantine names of January, October, November and December are two words,
/// and August's (`آب`) two letters, which [`DAY_MONTH_YEAR`] does not read.
static ARABIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{1,2})\s+((?:كانون|تشرين)\s+(?:الثاني|الأول|الاول)|\p{Arabic}{2,})\s*،?\s*((?:19|20)\d{2})\b",
    )
    .expect("valid regex")
});

/// Month names and abbreviations in the languages dates are read in
/// (Slavic, Finnish and Greek ones in the genitive, as dates write them):
/// English, German, French, Spanish, Catalan, Italian, Portuguese, Dutch,
/// Scandinavian, Polish, Czech, Slovak, Croatian, Russian, Ukrainian,
/// Turkish, Finnish, Romanian, Hungarian, Greek, Indonesian and Arabic
/// (the Egyptian and Gulf names and the Levantine ones).
const MONTHS: [&[&str]; 12] = [
    &[
        "january",
        "يناير",
        "كانون الثاني",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "января",
        "stycznia",
        "ledna",
        "ocak",
        "tammikuuta",
        "ianuarie",
        "január",
        "ιανουαρίου",
        "siječnja",
        "січня",
        "gener",
        "januára",
    ],
    &[
        "february",
        "فبراير",
        "شباط",
        "feb",
        "februar",
        "février",
        "févr",
        "fevrier",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "февраля",
        "lutego",
        "února",
        "şubat",
        "helmikuuta",
        "februarie",
        "február",
        "φεβρουαρίου",
        "veljače",
        "лютого",
        "febrer",
        "februára",
    ],
    &[
        "march",
        "مارس",
        "آذار",
        "اذار",
        "mar",
        "märz",
        "maerz",
        "mär",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "mrt",
        "марта",
        "marca",
        "března",
        "mart",
        "maaliskuuta",
        "martie",
        "március",
        "μαρτίου",
        "ožujka",
        "березня",
        "maret",
        "març",
    ],
    &[
        "april",
        "أبريل",
        "ابريل",
        "إبريل",
        "نيسان",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "апреля",
        "kwietnia",
        "dubna",
        "nisan",
        "huhtikuuta",
        "aprilie",
        "április",
        "απριλίου",
        "travnja",
        "квітня",
        "apríla",
    ],
    &[
        "may",
        "مايو",
        "أيار",
        "ايار",
        "mai",
        "mayo",
        "maggio",
        "mag",
        "maio",
        "mei",
        "мая",
        "maja",
        "května",
        "maj",
        "mayıs",
        "toukokuuta",
        "május",
        "μαΐου",
        "svibnja",
        "травня",
        "maig",
        "mája",
    ],
    &[
        "june",
        "يونيو",
        "يونيه",
        "حزيران",
        "jun",
        "juni",
        "juin",
        "junio",
        "giugno",
        "giu",
        "junho",
        "июня",
        "czerwca",
        "června",
        "haziran",
        "kesäkuuta",
        "iunie",
        "június",
        "ιουνίου",
        "lipnja",
        "червня",
        "juny",
        "júna",
    ],
    &[
        "july",
        "يوليو",
        "يوليه",
        "تموز",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "luglio",
        "lug",
        "julho",
        "июля",
        "lipca",
        "července",
        "temmuz",
        "heinäkuuta",
        "iulie",
        "július",
        "ιουλίου",
        "srpnja",
        "липня",
        "juliol",
        "júla",
    ],
    &[
        "august",
        "أغسطس",
        "اغسطس",
        "آب",
        "اب",
        "aug",
        "août",
        "aout",
        "agosto",
        "ago",
        "augustus",
        "августа",
        "sierpnia",
        "srpna",
        "augusti",
        "ağustos",
        "elokuuta",
        "augusztus",
        "αυγούστου",
        "kolovoza",
        "серпня",
        "agustus",
        "agost",
        "augusta",
    ],
    &[
        "september",
        "سبتمبر",
        "أيلول",
        "ايلول",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "settembre",
        "set",
        "setembro",
        "сентября",
        "września",
        "září",
        "eylül",
        "syyskuuta",
        "septembrie",
        "szeptember",
        "σεπτεμβρίου",
        "rujna",
        "вересня",
        "setembre",
        "septembra",
    ],
    &[
        "october",
        "أكتوبر",
        "اكتوبر",
        "تشرين الأول",
        "تشرين الاول",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "октября",
        "października",
        "října",
        "ekim",
        "lokakuuta",
        "octombrie",
        "október",
        "οκτωβρίου",
        "жовтня",
        "októbra",
    ],
    &[
        "november",
        "نوفمبر",
        "تشرين الثاني",
        "nov",
        "novembre",
        "noviembre",
        "novembro",
        "ноября",
        "listopada",
        "listopadu",
        "kasım",
        "marraskuuta",
        "noiembrie",
        "νοεμβρίου",
        "studenoga",
        "studenog",
        "листопада",
        "novembra",
    ],
    &[
        "december",
        "ديسمبر",
        "كانون الأول",
        "كانون الاول",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "декабря",
        "grudnia",
        "prosince",
        "aralık",
        "joulukuuta",
        "decembrie",
        "δεκεμβρίου",
        "prosinca",
        "грудня",
        "desember",
        "desembre",
        "decembra",
    ],
];

pub(super) fn month_of(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|names| names.contains(&w))
        .map(|i| i as u32 + 1)
}

/// Every JSON-LD block on the page that parses, in document order (those
/// in parts of the page removed since the `<meta>` tags were read left out),
/// and the text of those that do not.
fn json_ld_roots(doc: &Document, metas: &Metas) -> (Vec<Value>, Vec<String>) {
    let mut out = Vec::new();
    let mut broken = Vec::new();
    for script in metas.json_ld.iter().filter(|s| in_page(doc, s)) {
        let raw = ld_text(script);
        match serde_json::from_str::<Value>(&raw) {
            Ok(v) => out.push(v),
            Err(_) => broken.push(raw),
        }
    }
    (out, broken)
}

/// The text of a JSON-LD script, with what often wraps it taken off.
fn ld_text(script: &NodeRef) -> String {
    script
        .text()
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>")
        .replace(['\n', '\r', '\t'], " ")
}

static LD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(datePublished|dateCreated)"\s*:\s*"([^"]{8,40})""#).expect("valid regex")
});

/// `key`'s first date in the JSON-LD scripts that are not valid JSON
/// (trailing commas, two objects in one script, unescaped quotes in a
/// headline): read as text, as a browser's search engine would.
fn broken_ld_date(broken: &[String], key: &str) -> Option<String> {
    broken.iter().find_map(|raw| {
        LD_DATE
            .captures_iter(raw)
            .filter(|c| &c[1] == key)
            .find_map(|c| valid_date(c[2].to_string(), NumericOrder::Unknown))
    })
}

/// Every object in a JSON-LD value, `@graph` members and array items included.
fn flatten<'v>(v: &'v Value, out: &mut Vec<&'v Map<String, Value>>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| flatten(i, out)),
        Value::Object(o) => {
            out.push(o);
            if let Some(g) = o.get("@graph") {
                flatten(g, out);
            }
            // A `WebPage` whose `mainEntity` is the article.
            if let Some(e) = o.get("mainEntity") {
                flatten(e, out);
            }
        }
        _ => {}
    }
}

fn has_type(o: &Map<String, Value>, pred: impl Fn(&str) -> bool) -> bool {
    match o.get("@type") {
        Some(Value::String(t)) => pred(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(pred),
        _ => false,
    }
}

fn is_article(o: &Map<String, Value>) -> bool {
    has_type(o, |t| {
        t.ends_with("Article") || t.ends_with("Posting") || t == "Report" || t == "Review"
    })
}

/// A JSON value as one line of text (a string, or a number).
fn string_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => clean(s),
        Value::Array(items) => items.iter().find_map(|i| string_of(Some(i))),
        _ => None,
    }
}

/// A JSON date: a string, or a number (a Unix time, `1552385040`, read by
/// [`valid_date`]).
fn date_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Number(n) => Some(n.to_string()),
        v => string_of(Some(v)),
    }
}

/// The name of a person or organisation: a string, or an object's `name`.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Object(o) => string_of(o.get("name")),
        Value::Array(items) => items.iter().find_map(name_of),
        _ => None,
    }
}

/// Every name in a JSON-LD `author` value.
fn names(v: Option<&Value>) -> Vec<String> {
    let found = match v {
        Some(Value::Array(items)) => items.iter().filter_map(name_of).collect(),
        Some(v) => name_of(v).into_iter().collect(),
        None => Vec::new(),
    };
    tidy_authors(found.iter().flat_map(|n| split_authors(n)))
}

/// Authors from `<meta>` tags, `itemprop="author"` or `rel="author"` links.
fn author_elsewhere(doc: &Document, metas: &Metas) -> Vec<String> {
    let from_meta = AUTHOR_METAS.iter().find_map(|k| {
        let v = tidy_authors(metas.all(k).flat_map(split_authors));
        (!v.is_empty()).then_some(v)
    });
    from_meta.unwrap_or_else(|| {
        // `[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author]`,
        // the first in page order.
        let is = |e: &NodeRef, v: &str| e.attr("itemprop").is_some_and(|p| p.as_ref() == v);
        let rel_author = |e: &NodeRef| {
            e.has_name("a")
                && e.attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("author"))
        };
        let marked = metas.author_marks.iter().filter(|e| {
            in_page(doc, e)
                && (!is(e, "name")
                    || rel_author(e)
                    || e.ancestors_it(None).any(|a| is(&a, "author")))
        });
        let first = marked.into_iter().find_map(|e| {
            let v = e
                .attr("content")
                .map(|c| c.to_string())
                .unwrap_or_else(|| e.text().to_string());
            clean(&v)
        });
        tidy_authors(first.iter().flat_map(|n| split_authors(n)))
    })
}

static AUTHOR_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:;|\||\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s)\s*").expect("valid regex")
});
static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|von|par|por|di|door|autor(?:in)?:?|author:?)\s+").expect("valid regex")
});

fn split_authors(s: &str) -> Vec<String> {
    AUTHOR_SPLIT
        .split(s)
        .map(|p| BY.replace(p.trim(), "").trim().to_string())
        .collect()
}

/// Names kept once each; addresses, handles and overlong strings dropped.
fn tidy_authors(names: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        let n = n.trim().trim_matches(',').trim().to_string();
        let junk = n.is_empty()
            || n.contains("://")
            || n.starts_with('@')
            || n.chars().count() > 60
            || !n.chars().any(char::is_alphabetic);
        if !junk && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One written date → the day read from it (`None`: no date).
    fn check(text: &str, want: Option<&str>) {
        assert_eq!(
            find_written_date(text, NumericOrder::Unknown).as_deref(),
            want,
            "{text:?}"
        );
    }

    #[test]
    fn dates_written_in_several_languages_and_forms() {
        let cases = [
            ("Posted on March 5th, 2021 by admin", Some("2021-03-05")),
            ("Veröffentlicht am 14. Mai 2019", Some("2019-05-14")),
            ("Publié le 3 février 2020", Some("2020-02-03")),
            ("5 de marzo de 2018", Some("2018-03-05")),
            ("12 giugno 2017", Some("2017-06-12")),
            ("Stand: 07.08.2015, 10:12 Uhr", Some("2015-08-07")),
            ("2014-11-05 14:25", Some("2014-11-05")),
            ("31/12/2012", Some("2012-12-31")),
            ("04/05/2012", None),
            (
                "Updated 20 Jan. 2020, first 19 Jan. 2020",
                Some("2020-01-20"),
            ),
            ("May the force be with you, 2021", None),
            ("2019/03/14", Some("2019-03-14")),
            ("2019.03.14 10:00", Some("2019-03-14")),
            ("2019-03/14", None),
            ("2019年3月14日 10:00", Some("2019-03-14")),
            ("2019년 3월 14일", Some("2019-03-14")),
            ("14 марта 2019 г.", Some("2019-03-14")),
            ("14 marca 2019", Some("2019-03-14")),
            ("14. března 2019", Some("2019-03-14")),
            ("14 mart 2019", Some("2019-03-14")),
            ("14. maaliskuuta 2019", Some("2019-03-14")),
            ("14 maj 2019", Some("2019-05-14")),
            ("14 iunie 2019, 10:00", Some("2019-06-14")),
            ("2019. június 14. 10:00", Some("2019-06-14")),
            ("14 Ιουνίου 2019", Some("2019-06-14")),
            ("14. lipnja 2019.", Some("2019-06-14")),
            ("14 червня 2019 року", Some("2019-06-14")),
            ("14 Agustus 2019", Some("2019-08-14")),
            ("14 de juny de 2019", Some("2019-06-14")),
            ("14. júna 2019", Some("2019-06-14")),
            ("In 2019 may 14 people have left", None),
            ("vor 2 Tagen", None),
            ("3 hours ago", None),
            ("version 3.6.12", None),
            ("no date here", None),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn ambiguous_numeric_dates_read_in_the_page_order() {
        use NumericOrder::*;
        let cases = [
            ("05/06/2019", DayFirst, Some("2019-06-05")),
            ("05/06/2019", MonthFirst, Some("2019-05-06")),
            ("05/06/2019", Unknown, None),
            ("05-06-2019", DayFirst, Some("2019-06-05")),
            ("05-06/2019", DayFirst, None),
            ("25/06/2019", MonthFirst, Some("2019-06-25")),
            ("06/25/2019", DayFirst, Some("2019-06-25")),
            ("13/13/2019", DayFirst, None),
            // Dots are always day first, whatever the page.
            ("05.06.2019", MonthFirst, Some("2019-06-05")),
        ];
        for (text, order, want) in cases {
            assert_eq!(
                find_written_date(text, order).as_deref(),
                want,
                "{text:?} {order:?}"
            );
        }
    }

    #[test]
    fn two_digit_years_only_as_a_whole_date_line() {
        let cases = [
            ("17.7.11", Some("2011-07-17")),
            (" 03.12.98 ", Some("1998-12-03")),
            ("version 3.6.12", None),
            ("31.2.11", None),
        ];
        for (text, want) in cases {
            assert_eq!(short_year_date(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn dates_in_addresses() {
        let cases = [
            ("https://example.org/2019/05/14/slug/", Some("2019-05-14")),
            (
                "https://example.org/news/2019-05-14-slug",
                Some("2019-05-14"),
            ),
            ("https://example.org/20190514/slug", Some("2019-05-14")),
            ("https://example.org/2019/05/slug", None),
            (
                "https://example.org/home/2017/7/12/slug",
                Some("2017-07-12"),
            ),
            ("https://example.org/2017/7/slug", None),
            ("https://example.org/id/123456789", None),
            ("https://example.org/2021/mar/05/slug", Some("2021-03-05")),
            ("https://example.org/2021/March/5/slug", Some("2021-03-05")),
            ("https://example.org/2021/news/05/slug", None),
            (
                "https://example.org/p?date=2021-03-05&x=1",
                Some("2021-03-05"),
            ),
        ];
        for (url, want) in cases {
            assert_eq!(url_date(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn author_names_split_and_tidied() {
        let names = |s: &str| tidy_authors(split_authors(s).into_iter());
        assert_eq!(names("By Jo Smith and Sam Lee"), ["Jo Smith", "Sam Lee"]);
        assert_eq!(
            names("Von Anna Beispiel und Ben Muster"),
            ["Anna Beispiel", "Ben Muster"]
        );
        assert_eq!(names("https://facebook.com/someone"), Vec::<String>::new());
        assert_eq!(names("Jo Smith; Jo Smith"), ["Jo Smith"]);
    }

    /// A page → the publication day `read` takes from it.
    fn day(page: &str) -> Option<String> {
        let doc = Document::from(page);
        let raw = read(&doc, &Metas::of(&doc), None).published?;
        Some(day_of(&raw)?.to_string())
    }

    #[test]
    fn publication_dates_from_each_place_in_order() {
        let cases = [
            // JSON-LD that is not valid JSON (a trailing comma) is read as text.
            (
                r#"<script type="application/ld+json">{"@type":"NewsArticle",
                "datePublished":"2019-03-14T08:00:00+01:00",}</script>"#,
                Some("2019-03-14"),
            ),
            // A `<time>` with its date as text only.
            (
                "<article><h1>T</h1><time>14. März 2019</time><p>x</p></article>",
                Some("2019-03-14"),
            ),
            // A labelled line beats an unmarked `<time>` outside the article.
            (
                "<h1>T</h1><p>Text.</p><div>Veröffentlicht am 07.06.2019</div>\
                 <div class=events><time datetime=2019-12-11>11.12.</time></div>",
                Some("2019-06-07"),
            ),
            // … but a `<time>` in the article beats it.
            (
                "<article><time datetime=2019-06-08>8.6.</time><p>x</p></article>\
                 <div>Published: 7 June 2019</div>",
                Some("2019-06-08"),
            ),
            // An "as of" line only where nothing gives the publication.
            (
                "<h1>T</h1><p>Stand: 08.05.2019, 05:02 Uhr</p>",
                Some("2019-05-08"),
            ),
            (
                r#"<meta name="pub_date" content="2018-01-02"><p>Stand: 08.05.2019</p>"#,
                Some("2018-01-02"),
            ),
            ("<p>Veröffentlicht vor 2 Tagen</p>", None),
            // Meta values in other forms than ISO.
            (
                r#"<meta name="date" content="14.03.2019">"#,
                Some("2019-03-14"),
            ),
            (
                r#"<meta name="date" content="20190314">"#,
                Some("2019-03-14"),
            ),
            (
                r#"<meta name="date" content="14. März 2019, 10:00 Uhr">"#,
                Some("2019-03-14"),
            ),
            (r#"<meta name="date" content="12345678">"#, None),
            // A JSON-LD object other than an article that dates itself.
            (
                r#"<script type="application/ld+json">[{"@type":"Comment",
                "datePublished":"2020-01-01"},{"@type":"ImageObject",
                "datePublished":"2010-05-05"},{"@type":"Recipe",
                "datePublished":"2018-11-02"}]</script>"#,
                Some("2018-11-02"),
            ),
        ];
        for (page, want) in cases {
            let page = format!("<html><head></head><body>{page}</body></html>");
            assert_eq!(day(&page).as_deref(), want, "{page}");
        }
    }

    #[test]
    fn publication_wins_over_the_last_change() {
        let cases = [
            // A class that names a change holds `date`: passed over.
            (
                "<h1>T</h1><div class=entry-meta><span class=updated>9 April 2021</span> \
                 <span class='entry-date published'>2 April 2021</span></div>",
                Some("2021-04-02"),
            ),
            (
                "<article><h1>T</h1><time class=updated datetime=2021-04-09>9.4.</time>\
                 <time class=published datetime=2021-04-02>2.4.</time><p>x</p></article>",
                Some("2021-04-02"),
            ),
            // Both named in one line, the change first.
            (
                "<h1>T</h1><p>Mis à jour le 19/04/2021 à 18h00, publié le 13/04/2021 à 07h15</p>",
                Some("2021-04-13"),
            ),
            (
                "<h1>T</h1><p class=meta>Updated April 9, 2021. Originally published April 2, 2021.</p>",
                Some("2021-04-02"),
            ),
            (
                "<h1>T</h1><p>Aktualisiert: 09.04.2021 – Erstellt: 02.04.2021</p>",
                Some("2021-04-02"),
            ),
            // The publication first: its date is the first.
            (
                "<h1>T</h1><p class=date>Publicado el 2 de abril de 2021, actualizado el 9 de abril de 2021</p>",
                Some("2021-04-02"),
            ),
            // `date updated`: a theme's mark on the publication date.
            (
                "<h1>T</h1><p class=post-info><span class='post-date date updated'>3. Mai 2021</span></p>",
                Some("2021-05-03"),
            ),
            // Only the change is known: better than nothing, but last.
            (
                "<article><h1>T</h1><time class=updated datetime=2021-04-09>9.4.</time><p>x</p></article>",
                Some("2021-04-09"),
            ),
        ];
        for (page, want) in cases {
            let page = format!("<html><head></head><body>{page}</body></html>");
            assert_eq!(day(&page).as_deref(), want, "{page}");
        }
    }

    #[test]
    fn dates_in_data_attributes_and_nested_json_ld() {
        let cases = [
            (
                "<h1>T</h1><div class=story-header data-published='2022-11-30T06:00:00+01:00'>\
                 vor 3 Stunden</div>",
                Some("2022-11-30"),
            ),
            (
                "<h1>T</h1><span data-publish-date=2022-11-30>gestern</span>",
                Some("2022-11-30"),
            ),
            // Not a change's attribute.
            (
                "<h1>T</h1><span data-updated-date=2022-12-02>heute</span>",
                None,
            ),
            // A date element whose date is in an attribute, its text relative.
            (
                "<h1>T</h1><div class=article-date data-date=2022-11-30>Mittwoch</div>",
                Some("2022-11-30"),
            ),
            (
                "<article><h1>T</h1><time data-datetime=2022-11-30>Wednesday</time><p>x</p></article>",
                Some("2022-11-30"),
            ),
            // Unix time (seconds, milliseconds) in a date-named attribute: UTC.
            (
                "<h1>T</h1><span class=timestamp data-timestamp=1669788000>2 days ago</span>",
                Some("2022-11-30"),
            ),
            (
                r#"<meta name="publish_date" content="1669788000000">"#,
                Some("2022-11-30"),
            ),
            // A related post's dated attribute is another text's.
            (
                "<h1>T</h1><div class=related><a data-published=2020-01-01 href=/x>Other</a></div>",
                None,
            ),
            (
                r#"<script type="application/ld+json">{"@type":"WebPage","mainEntity":
                {"@type":"NewsArticle","datePublished":"2022-11-30"}}</script>"#,
                Some("2022-11-30"),
            ),
        ];
        for (page, want) in cases {
            let page = format!("<html><head></head><body>{page}</body></html>");
            assert_eq!(day(&page).as_deref(), want, "{page}");
        }
    }

    #[test]
    fn json_ld_first_article_wins_and_graphs_are_read() {
        let doc = Document::from(
            r#"<html><head><script type="application/ld+json">
            {"@graph":[{"@type":"WebPage","datePublished":"2010-01-01"},
              {"@type":["NewsArticle"],"headline":"First","datePublished":"2020-02-02",
               "author":{"@type":"Person","name":"Jo Smith"},"publisher":{"name":"Post"}},
              {"@type":"NewsArticle","headline":"Next","datePublished":"2020-03-03"}]}
            </script></head><body></body></html>"#,
        );
        let m = read(&doc, &Metas::of(&doc), None);
        assert_eq!(m.title.as_deref(), Some("First"));
        assert_eq!(m.published.as_deref(), Some("2020-02-02"));
        assert_eq!(m.authors, ["Jo Smith"]);
        assert_eq!(m.publisher.as_deref(), Some("Post"));
    }
}
