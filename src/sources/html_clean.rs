//! Clearing a web page down to its article before the Readability scorer
//! reads it, and the lines of boilerplate that survive it.
//!
//! - **One article per page**: where several full articles follow each other
//!   (infinite scroll: several top-level `<article>` elements, or several
//!   `<h1>` of one class), the one whose heading matches the page title is
//!   kept (else the first) and the others removed.
//! - **Boilerplate out**, by tag (`nav`, `aside`, `footer`, `form`,
//!   `figcaption`, hidden elements) or by class/id name, in three tiers:
//!   reader comments and their forms (always, unless the element holds the
//!   article); surely-boilerplate names (cookie and consent banners, share
//!   bars, newsletters, bylines, captions, breadcrumbs — unless the element
//!   holds three long paragraphs); names page layouts use too (`sidebar`,
//!   `related`, `ad`, `tag`, `meta` — only when the element holds under two
//!   long paragraphs or is mostly links). Lists of links under a "Related" /
//!   "See also" heading (in several languages) go too, and so do boxes of
//!   links with at most a short label ("Weiterführender Link" over a link)
//!   that stand beside the article's paragraphs.
//! - **Reader comments** are not the outlet's words, so they never reach the
//!   text quotes and claims come from.
//!
//! An element is never removed when it holds the article (the chosen one,
//! the page's `<h1>`, `<main>`, `itemprop="articleBody"` or a CMS content
//! class such as `entry-content`) or half of the page's text, so that a
//! wrapper with a misleading class never takes the article with it.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use dom_query::{Document, Element, NodeData, NodeId, NodeRef};
use regex::Regex;
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The attribute that marks the chosen article element.
pub const MAIN_MARK: &str = "data-crosscheck-main";

/// Tags that are never article text (and elements marked `hidden`).
const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "button", "select",
];

/// Tags that are not article text unless they hold it (some sites wrap the
/// whole page in a `<form>` or the article in an `<aside>`); so are elements
/// with the landmark roles and hidden ones (see [`guarded`]).
const GUARDED_TAGS: &[&str] = &["nav", "aside", "footer", "form", "figcaption"];
const GUARDED_ROLES: &[&str] = &["navigation", "complementary", "contentinfo"];

/// Class/id words that mark reader comments and their forms, and blocks
/// of related posts (their teasers hold paragraphs of prose too).
const COMMENT_NAMES: &[&str] = &[
    "comment",
    // other languages' class names (`commentaires` holds `comment`)
    "kommentar",
    "comentario",
    "reacties",
    "disqus",
    "respond",
    "related",
    "recommend",
    "more-articles",
];

/// Class/id words that surely mark boilerplate wherever they occur in a name.
const STRONG_NAMES: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "breadcrumb",
    "byline",
    "outbrain",
    "taboola",
    "share",
    "sharing",
    "compartir",
    "partage",
    "condividi",
    "social",
    "subscribe",
    "caption",
    "author-box",
    "authorbox",
    "author-bio",
    "author-info",
    "about-author",
    "reading-time",
    "readtime",
    "read-time",
    "skip-link",
    "popup",
    "postmeta",
    "post-meta",
    "entry-meta",
    "article-meta",
    "tagcloud",
    "tag-list",
    "post-tags",
    "article-tags",
    "readmore",
    "read-more",
    "pagination",
    // subscription walls and their prompts (`paywall-prompt`, `regwall`)
    "paywall",
    "regwall",
];

/// Class/id words that mark boilerplate when the element holds no article
/// text (page layouts use them too: `has-sidebar`, `l-sidebar-fixed`).
const WEAK_NAMES: &[&str] = &[
    "sidebar",
    "widget",
    "advert",
    "anzeige",
    "werbung",
    "publicidad",
    "pubblicita",
    "reclame",
    "reklama",
    "promo",
    "teaser-list",
    // navigation boxes of links (`vertical-navbox`)
    "navbox",
    // lists of other articles (`interesting-articles`, `latest-articles`)
    "-articles",
    "banner",
    "entry-footer",
    "post-footer",
    "article-footer",
];

/// Like [`WEAK_NAMES`], but only as whole words (`ad`, not `head`).
const WEAK_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "nav",
    "navbar",
    "menu",
    "tags",
    "tag",
    "meta",
    "cmp",
    "modal",
    "toc",
    "print",
    "rating",
    "login",
    "signup",
    "author",
    "categories",
    "category",
    "pager",
    "teasers",
    // footers of layouts older than the `<footer>` tag (`id="footer"`, `site-footer`)
    "footer",
    // the writer's biography under the article (`contributor-bio`)
    "bio",
];

/// How sure a class/id name is that its element is boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    Comments,
    Strong,
    Weak,
}

/// Removes the elements that are never article text (see the module docs).
/// Walks the tree once from the top; what is removed is not looked into.
/// The reader comments among what goes are added to `comments` (see
/// [`comment_texts`]). Returns whether the page has blocks of one kind side
/// by side that hold text (see [`repeated_text_blocks`]).
pub fn strip_boilerplate(doc: &Document, comments: &mut Vec<String>) -> bool {
    drop_tags(doc);
    let Some(body) = doc.body() else {
        return false;
    };
    let total = char_count(&body).max(1);
    let holders = article_holders(&body);
    let mut doomed = Vec::new();
    let mut stack = body.element_children();
    while let Some(n) = stack.pop() {
        let kind = n.element_ref().and_then(|el| {
            let m = Marks::of(&el);
            if guarded(&m) {
                Some(Name::Weak)
            } else if m.tag.len() == 2 && heading_rank(m.tag).is_some() {
                None
            } else {
                name_tier(m.class, m.id)
            }
        });
        match kind {
            // Cheapest checks first: the text is only counted for what would go.
            // Reader comments may outweigh the article (a long thread under a
            // short post): they go whatever their length where the page marks
            // its article elsewhere (a heading, `<main>`, a content class).
            Some(k)
                if !holders.contains(&n.id)
                    && removable(&n, k)
                    && (char_count(&n) * 2 < total
                        || (k == Name::Comments
                            && !holders.is_empty()
                            && is_reader_comments(&n))) =>
            {
                doomed.push(n)
            }
            _ => stack.extend(n.element_children()),
        }
    }
    for n in doomed {
        collect_comments(&n, comments);
        n.remove_from_parent();
    }
    let repeated = drop_link_boxes(&body, &holders);
    drop_related_sections(doc);
    repeated
}

/// Class/id words of reader comments themselves (not of related posts,
/// which [`COMMENT_NAMES`] holds too).
static READER_COMMENTS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["comment", "disqus", "kommentar", "comentario", "reacties"])
        .expect("valid word list")
});

/// Whether an element's class or id names reader comments.
fn is_reader_comments(n: &NodeRef) -> bool {
    // Read borrowed: every element of a part that goes is asked.
    n.element_ref().is_some_and(|el| {
        el.attrs.iter().any(|a| {
            matches!(&*a.name.local, "class" | "id") && READER_COMMENTS.is_match(&*a.value)
        })
    })
}

/// The reader comments in an element that goes: the element itself where
/// it is a comment section, else the outermost comment sections inside it
/// (a `<footer>` or a sidebar that holds the thread).
fn collect_comments(n: &NodeRef, out: &mut Vec<String>) {
    let mut stack = vec![*n];
    while let Some(e) = stack.pop() {
        if is_reader_comments(&e) {
            comment_texts(&e, out);
        } else {
            // Children pushed last-first so that sections come out in page order.
            let children = e.element_children();
            stack.extend(children.into_iter().rev());
        }
    }
}

/// Parts of a comment section that are not what readers wrote: the form to
/// write one, and each comment's date and reply link.
static NOT_COMMENT_TEXT: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["respond", "reply", "form", "meta", "vcard", "notes"])
        .expect("valid word list")
});

/// Whether a class or id names a part of a comment section that is not
/// what readers wrote ([`NOT_COMMENT_TEXT`]), or a comment's author line
/// (`comment-author`, but not WordPress's `comment-author-jane` or
/// `bypostauthor` on the comment itself: the writer's own replies).
fn not_comment_text(v: &str) -> bool {
    NOT_COMMENT_TEXT.is_match(v)
        || v.split_ascii_whitespace().any(|t| {
            let t = t.to_ascii_lowercase();
            t == "author" || t.ends_with("-author") || t.ends_with("_author")
        })
}

/// The paragraphs readers wrote in a comment section (`<p>` elements not in
/// its form, nor in a comment's author, date or reply line), added to `out`
/// one each, whitespace tidied. A section without paragraphs (a comment
/// count beside the byline: "3 Comments") adds nothing.
fn comment_texts(section: &NodeRef, out: &mut Vec<String>) {
    // The section itself counts: `<div id="respond" class="comment-respond">`
    // is the form alone.
    let outside = |n: &NodeRef| {
        let mut up_to_section = n.ancestors_it(None);
        let mut done = false;
        !std::iter::from_fn(|| {
            if done {
                return None;
            }
            let a = up_to_section.next()?;
            done = a.id == section.id;
            Some(a)
        })
        .any(|a| {
            a.has_name("form")
                || ["class", "id"]
                    .iter()
                    .any(|k| a.attr(k).is_some_and(|v| not_comment_text(v.as_ref())))
        })
    };
    for p in section.descendants_it().filter(|d| d.has_name("p")) {
        if !outside(&p) {
            continue;
        }
        let text = p.text().split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(text);
        }
    }
}

/// Container tags that a box of links is built from (lists of links are
/// left alone: inside an article they are as often its content).
const BOX_TAGS: &[&str] = &["div", "section", "aside", "table"];
/// Most characters (not counting spaces) a box of links has outside its links:
/// a label such as "Further reading", "Mehr zum Thema", "Weiterführender Link".
const BOX_LABEL_CHARS: usize = 40;
/// Fewest link characters (not counting spaces) that make a box of links.
const BOX_LINK_CHARS: usize = 15;

/// Removes boxes of links that have at most a short label ("Weiterführender
/// Link" over a link, "Lire aussi : …") standing among the article's
/// paragraphs (their parent holds a long one): the links are other
/// pages, and the scorer drops them but keeps the label. Boxes elsewhere
/// (sidebars) are left to the scorer: taking them out beforehand changes
/// which block it picks.
/// Returns [`repeated_text_blocks`] of the page, from the same counts.
fn drop_link_boxes(body: &NodeRef, holders: &HashSet<NodeId>) -> bool {
    let counts = text_and_link_chars(body);
    let repeated = repeated_text_blocks(body, &counts);
    let mut doomed = Vec::new();
    let mut stack = body.element_children();
    while let Some(n) = stack.pop() {
        let c = counts.get(&n.id).copied().unwrap_or_default();
        let among_prose = n
            .parent()
            .and_then(|p| counts.get(&p.id))
            .is_some_and(|p| p.long_paragraphs >= 1);
        if is_link_box(&n, c) && among_prose && !holders.contains(&n.id) {
            doomed.push(n);
        } else {
            stack.extend(n.element_children());
        }
    }
    for n in doomed {
        n.remove_from_parent();
    }
    repeated
}

/// Tags of the blocks an article is split over (see `html_siblings`).
pub const SPLIT_BLOCK_TAGS: &[&str] = &["div", "section"];

/// Whether some element has two children of one [`SPLIT_BLOCK_TAGS`] tag
/// and class, one with 80 characters of text outside links and another
/// with 40: what an article split over sibling blocks needs. Only such
/// pages pay for the copy of the page that `html_siblings` reads. Counted
/// before boxes of links go, so it never says no where the rule would add.
fn repeated_text_blocks(body: &NodeRef, counts: &FxHashMap<NodeId, Chars>) -> bool {
    let mut kinds: FxHashMap<(&str, String), (usize, usize)> = FxHashMap::default();
    for parent in body.descendants_it() {
        kinds.clear();
        for c in parent.element_children() {
            let Some(el) = c.element_ref() else { continue };
            let tag = &*el.name.local;
            let Some(class) = el.attrs.iter().find(|a| &*a.name.local == "class") else {
                continue;
            };
            if !SPLIT_BLOCK_TAGS.contains(&tag) || class.value.trim().is_empty() {
                continue;
            }
            let chars = counts.get(&c.id).copied().unwrap_or_default();
            let (prose, text) = kinds
                .entry((
                    SPLIT_BLOCK_TAGS
                        .iter()
                        .find(|t| **t == tag)
                        .copied()
                        .unwrap_or("div"),
                    class.value.split_whitespace().collect::<Vec<_>>().join(" "),
                ))
                .or_default();
            let had = (*prose, *text);
            if chars.text.saturating_sub(chars.links) >= 80 {
                *prose += 1;
            }
            if chars.text >= 40 {
                *text += 1;
            }
            // One with prose and another with text: a new member counts
            // with the ones seen before it.
            let now = (*prose, *text);
            if (now.0 > had.0 && had.1 >= 1) || (now.1 > had.1 && had.0 >= 1) {
                return true;
            }
        }
    }
    false
}

fn is_link_box(n: &NodeRef, c: Chars) -> bool {
    let label = c.text - c.links;
    n.element_ref()
        .is_some_and(|el| BOX_TAGS.contains(&&*el.name.local))
        && c.links >= BOX_LINK_CHARS
        && label <= BOX_LABEL_CHARS
        && c.links * 3 >= label * 2
}

/// What [`text_and_link_chars`] counts for an element.
#[derive(Clone, Copy, Default)]
struct Chars {
    /// Characters of its text other than spaces.
    text: usize,
    /// Those of them inside links.
    links: usize,
    /// Its `<p>` descendants with 70 such characters or more.
    long_paragraphs: usize,
}

/// [`Chars`] for each node under `root`, summed bottom-up in one pass so
/// that this stays linear in the page.
fn text_and_link_chars(root: &NodeRef) -> FxHashMap<NodeId, Chars> {
    let nodes: Vec<NodeRef> = root.descendants_it().collect();
    let mut counts: FxHashMap<NodeId, Chars> =
        FxHashMap::with_capacity_and_hasher(nodes.len(), Default::default());
    for n in nodes.iter().rev() {
        let mut c = counts.get(&n.id).copied().unwrap_or_default();
        c.text += n.query_or(0, |t| match &t.data {
            NodeData::Text { contents } => contents.chars().filter(|c| !c.is_whitespace()).count(),
            _ => 0,
        });
        if n.has_name("a") {
            c.links = c.text;
        } else if n.has_name("p") && c.text >= 70 {
            c.long_paragraphs += 1;
        }
        counts.insert(n.id, c);
        if let Some(parent) = n.parent() {
            let up = counts.entry(parent.id).or_default();
            up.text += c.text;
            up.links += c.links;
            up.long_paragraphs += c.long_paragraphs;
        }
    }
    counts
}

/// Removes the [`DROP_TAGS`] and hidden elements, found in one walk (a
/// selector list matched against every element costs several times more).
fn drop_tags(doc: &Document) {
    let doomed: Vec<NodeRef> = doc
        .root()
        .descendants_it()
        .filter(|n| {
            n.element_ref().is_some_and(|el| {
                DROP_TAGS.contains(&&*el.name.local)
                    || el.attrs.iter().any(|a| &*a.name.local == "hidden")
            })
        })
        .collect();
    for n in doomed {
        n.remove_from_parent();
    }
}

/// The tag and the attributes of an element that say what it is for,
/// borrowed from the tree (reading them one by one copies each).
#[derive(Default)]
struct Marks<'e> {
    tag: &'e str,
    class: Option<&'e str>,
    id: Option<&'e str>,
    role: Option<&'e str>,
    aria_hidden: Option<&'e str>,
    style: Option<&'e str>,
    itemprop: Option<&'e str>,
    main: bool,
}

impl<'e> Marks<'e> {
    fn of(el: &'e Element) -> Marks<'e> {
        let mut m = Marks {
            tag: &el.name.local,
            ..Marks::default()
        };
        for a in &el.attrs {
            let v = Some(&*a.value);
            match &*a.name.local {
                "class" => m.class = v,
                "id" => m.id = v,
                "role" => m.role = v,
                "aria-hidden" => m.aria_hidden = v,
                "style" => m.style = v,
                "itemprop" => m.itemprop = v,
                MAIN_MARK => m.main = true,
                _ => {}
            }
        }
        m
    }
}

/// A guarded tag, landmark role or hidden element.
fn guarded(m: &Marks) -> bool {
    GUARDED_TAGS.contains(&m.tag)
        || m.role
            .is_some_and(|r| GUARDED_ROLES.iter().any(|g| g.eq_ignore_ascii_case(r)))
        || m.aria_hidden == Some("true")
        || m.style.is_some_and(|v| {
            let v: String = v.split_whitespace().collect();
            v.to_ascii_lowercase().contains("display:none")
        })
}

/// Whether an element named as boilerplate can go: never when it holds the
/// article; surely-named ones unless they hold several paragraphs; others
/// only when they hold little prose or mostly links.
fn removable(n: &NodeRef, kind: Name) -> bool {
    match kind {
        Name::Comments => true,
        Name::Strong => long_paragraphs(n) < 3,
        Name::Weak => long_paragraphs(n) < 2 || link_density(n) > 0.35,
    }
}

fn is_heading(n: &NodeRef) -> bool {
    n.element_ref()
        .is_some_and(|el| heading_rank(&el.name.local).is_some())
}

/// The characters of an element's text (`n.text().chars().count()`,
/// without building the text).
fn char_count(n: &NodeRef) -> usize {
    let count = |d: &NodeRef| {
        d.query_or(0, |t| match &t.data {
            NodeData::Text { contents } => contents.chars().count(),
            _ => 0,
        })
    };
    count(n) + n.descendants_it().map(|d| count(&d)).sum::<usize>()
}

/// `<p>` elements with at least 80 characters of text.
fn long_paragraphs(n: &NodeRef) -> usize {
    n.descendants_it()
        .filter(|d| d.has_name("p") && char_count(d) >= 80)
        .take(3)
        .count()
}

/// The share of an element's text that is link text.
fn link_density(n: &NodeRef) -> f32 {
    let all = char_count(n).max(1);
    let links: usize = n
        .descendants_it()
        .filter(|d| d.has_name("a"))
        .map(|a| char_count(&a))
        .sum();
    links as f32 / all as f32
}

/// The elements that hold the chosen article, the page's main heading,
/// `<main>` or a marked article body (they are wrappers then, whatever their
/// names say), found in one pass.
fn article_holders(body: &NodeRef) -> HashSet<NodeId> {
    let mut holders = HashSet::new();
    for d in body.descendants_it() {
        let marker = d.element_ref().is_some_and(|el| {
            let m = Marks::of(&el);
            m.main || m.tag == "h1" || m.tag == "main" || is_content_marked(&m)
        });
        if marker && holders.insert(d.id) {
            for a in d.ancestors_it(None) {
                if !holders.insert(a.id) {
                    break;
                }
            }
        }
    }
    holders
}

/// Class names and microdata that content-management systems put on the
/// article body or the post itself.
const CONTENT_MARKS: &[&str] = &[
    "hentry",
    "entry-content",
    "post-content",
    "post-body",
    "article-body",
    "articlebody",
    "article-content",
    "story-body",
    "content-body",
    "post-entry",
];

fn is_content_marked(m: &Marks) -> bool {
    m.itemprop == Some("articleBody")
        || m.class.is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|name| CONTENT_MARKS.iter().any(|k| k.eq_ignore_ascii_case(name)))
        })
}

/// The name lists as case-blind automata, one for each tier.
static NAME_MATCHERS: LazyLock<[AhoCorasick; 3]> = LazyLock::new(|| {
    let build = |list: &[&str]| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(list)
            .expect("valid name list")
    };
    [build(COMMENT_NAMES), build(STRONG_NAMES), build(WEAK_NAMES)]
});

/// What an element's class or id says about it being boilerplate.
fn boilerplate_name(n: &NodeRef) -> Option<Name> {
    let el = n.element_ref()?;
    let m = Marks::of(&el);
    name_tier(m.class, m.id)
}

/// What a class and an id say about their element being boilerplate.
fn name_tier(class: Option<&str>, id: Option<&str>) -> Option<Name> {
    let values = [class, id];
    let has = |m: &AhoCorasick| values.iter().flatten().any(|v| m.is_match(*v));
    let [comments, strong, _] = &*NAME_MATCHERS;
    if has(comments) {
        Some(Name::Comments)
    } else if has(strong) {
        Some(Name::Strong)
    } else if weak_named(class, id) {
        Some(Name::Weak)
    } else {
        None
    }
}

/// Class-name prefixes of page builders, which wrap every block of the
/// article in a "widget" or "module" (`elementor-widget-text-editor`):
/// layout, not boilerplate.
const BUILDER_PREFIXES: &[&str] = &["elementor-", "et_pb_", "vc_", "fl-", "wp-block-"];

/// A [`WEAK_NAMES`] word or whole-word [`WEAK_TOKENS`] in the id or in a
/// class name that is not a page builder's.
fn weak_named(class: Option<&str>, id: Option<&str>) -> bool {
    let weak = &NAME_MATCHERS[2];
    let hit = |v: &str| weak.is_match(v) || has_weak_token(v);
    if id.is_some_and(hit) {
        return true;
    }
    let Some(class) = class else {
        return false;
    };
    if !hit(class) {
        return false;
    }
    class
        .split_ascii_whitespace()
        .filter(|c| {
            !BUILDER_PREFIXES
                .iter()
                .any(|p| starts_with_ignore_case(c, p))
        })
        .any(hit)
}

/// A whole-word weak name, not counting modifiers (`has-ads`, BEM
/// `section--ads`) or WordPress term classes (`category-news`, `tag-climate`).
fn has_weak_token(name: &str) -> bool {
    name.split_ascii_whitespace()
        .map(
            |class| match memchr::memmem::find(class.as_bytes(), b"--") {
                Some(i) => &class[..i],
                None => class,
            },
        )
        .filter(|class| {
            !starts_with_ignore_case(class, "category-") && !starts_with_ignore_case(class, "tag-")
        })
        .any(|class| {
            let mut after_modifier = false;
            class.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| {
                let is = |w: &&str| w.eq_ignore_ascii_case(t);
                let hit = !after_modifier && WEAK_TOKENS.iter().any(is);
                after_modifier = ["has", "with", "no", "show", "hide", "is"].iter().any(is);
                hit
            })
        })
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

fn is_boilerplate_name(n: &NodeRef) -> bool {
    boilerplate_name(n).is_some()
}

/// Marks the article to keep and removes the other top-level `<article>`
/// elements (the next stories of an endless page, teasers). The one kept is
/// the one whose heading matches the title, else the first at least 40% as
/// long as the longest. Returns the one kept.
pub fn choose_article<'d>(doc: &'d Document, title: Option<&str>) -> Option<NodeRef<'d>> {
    // The `<article>`s and the `<h1>`s with a class, found in one walk.
    let (mut articles, mut h1s) = (Vec::new(), Vec::new());
    for n in doc.root().descendants_it() {
        match n.element_ref() {
            Some(el) if &*el.name.local == "article" => articles.push(n),
            Some(el)
                if &*el.name.local == "h1"
                    && el.attrs.iter().any(|a| &*a.name.local == "class") =>
            {
                h1s.push(n)
            }
            _ => {}
        }
    }
    if drop_scrolled_articles(&h1s, title) {
        articles = doc.select("article").nodes().to_vec();
    }
    let articles: Vec<(NodeRef, usize)> = articles
        .iter()
        .filter(|n| !is_boilerplate_name(n) && !in_comments_or_article(n))
        .map(|n| (*n, char_count(n)))
        .filter(|(_, chars)| *chars >= 200)
        .collect();
    let longest = articles.iter().map(|(_, c)| *c).max()?;
    let wanted = title.map(fold);
    let matches_title = |n: &NodeRef| match (&wanted, heading_text(n)) {
        (Some(w), Some(h)) => !h.is_empty() && (w.contains(&h) || h.contains(w.as_str())),
        _ => false,
    };
    let titled = articles.iter().find(|(n, _)| matches_title(n));
    // The title's heading outside every `<article>`: these are teasers
    // (related posts), not the article.
    if titled.is_none() && wanted.as_deref().is_some_and(|w| titled_outside(doc, w)) {
        return None;
    }
    let (keep, _) = titled.or_else(|| articles.iter().find(|(_, c)| c * 5 >= longest * 2))?;
    keep.set_attr(MAIN_MARK, "1");
    for (n, _) in &articles {
        if n.id != keep.id {
            n.remove_from_parent();
        }
    }
    Some(*keep)
}

/// Whether an `<h1>` or `<h2>` outside every `<article>` names the title.
fn titled_outside(doc: &Document, wanted: &str) -> bool {
    doc.select("h1, h2").nodes().iter().any(|h| {
        let t = fold(&h.text());
        t.chars().count() >= 8
            && (wanted.contains(&t) || t.contains(wanted))
            && !h.ancestors_it(None).any(|a| a.has_name("article"))
    })
}

/// Inside another article, a comment section (comments are `<article>`s
/// in many themes) or a block of related posts (teasers are too).
fn in_comments_or_article(n: &NodeRef) -> bool {
    n.ancestors_it(None).any(|a| {
        a.has_name("article")
            || ["id", "class"].iter().any(|k| {
                a.attr(k)
                    .is_some_and(|v| NOT_THE_ARTICLE.is_match(v.as_ref()))
            })
    })
}

/// Class/id words of the blocks whose `<article>`s are not the page's.
static NOT_THE_ARTICLE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["comment", "related", "recommend", "more-articles"])
        .expect("valid word list")
});

/// Infinite scroll without `<article>` elements: several `<h1>` of the same
/// class, each heading one article. Keeps the block of the one matching the
/// title (else the first) and removes the blocks of the others; a heading's
/// block is its largest ancestor that holds no other of these headings.
/// Whether it removed any.
fn drop_scrolled_articles(h1s: &[NodeRef], title: Option<&str>) -> bool {
    let Some(wanted) = title.map(fold) else {
        return false;
    };
    let Some(keep) = h1s.iter().find(|h| {
        let t = fold(&h.text());
        !t.is_empty() && (wanted.contains(&t) || t.contains(wanted.as_str()))
    }) else {
        return false;
    };
    // Compared by first class name: the first article's heading often has one more.
    let first_class = |h: &NodeRef| {
        h.attr("class")
            .and_then(|c| c.split_ascii_whitespace().next().map(str::to_string))
    };
    let class = first_class(keep);
    let same: Vec<&NodeRef> = h1s.iter().filter(|h| first_class(h) == class).collect();
    if same.len() < 2 {
        return false;
    }
    let blocks: Vec<NodeRef> = same
        .iter()
        .map(|h| {
            let others: Vec<NodeId> = same.iter().filter(|o| o.id != h.id).map(|o| o.id).collect();
            let mut block = **h;
            while let Some(up) = block.parent() {
                if !up.is_element() || up.descendants_it().any(|d| others.contains(&d.id)) {
                    break;
                }
                block = up;
            }
            block
        })
        .collect();
    for (h, block) in same.iter().zip(&blocks) {
        if h.id != keep.id {
            block.remove_from_parent();
        }
    }
    true
}

fn heading_text(n: &NodeRef) -> Option<String> {
    n.descendants_it()
        .find(|d| d.has_name("h1") || d.has_name("h2"))
        .map(|h| fold(&h.text()))
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

static RELATED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(related|see also|more (stories|articles|from|on this)|you (may|might) also like|read (more|also|next)|recommended|also read|siehe auch|ähnliche (beiträge|artikel)|weitere (artikel|beiträge|themen)|mehr zum thema|lesen sie auch|das könnte (dich|sie) auch interessieren|weblinks|external links|further reading|also of interest|(?:auch|ebenfalls) interessant|voir aussi|à lire aussi|lire aussi|véase también|ver también|vedi anche|leggi anche|zie ook|veja também|leia também|articles similaires|sur le même sujet|(?:noticias|artículos) relacionad[oa]s|(?:también )?te puede interesar|articoli correlati|potrebbe interessarti|(?:notícias|artigos) relacionad[oa]s|(?:você )?também pode gostar|gerelateerde artikelen|lees ook|zobacz (?:też|także)|(?:prze)?czytaj (?:też|także)|powiązane artykuły|läs (?:också|även)|relaterade artiklar|читайте также|похожие (?:статьи|новости)|по теме",
        // lists of the site's most read articles, and labels in more languages
        r"|most (?:read|popular|viewed|shared)|popular now|trending(?: now| stories)?|top stories|editor'?s picks?",
        r"|meistgelesen(?:e artikel)?|meist gelesen|les plus lus|(?:lo )?más leíd[oa]s?|i più letti|najczęściej czytane|самое читаемое|популярное",
        r"|leer más|lea también|lee también|lea además",
        // Chinese and Japanese labels: no word boundary between CJK letters
        r"|相关阅读|相关文章|相关新闻|相关报道|延伸阅读|推荐阅读|热门文章|热门推荐|関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|おすすめ記事",
        r")(?:\b|[:：\s]|$)",
    ))
    .expect("valid regex")
});

/// Longest paragraph (in characters) read as an announcing label over a
/// list of links ("Auch interessant:" in bold): longer ones are prose.
const ANNOUNCER_CHARS: usize = 40;

/// Longest paragraph (in characters) read as one inline teaser: the label
/// and a link to another article in one paragraph (`<p><b>Lesen Sie
/// auch:</b> <a>…</a></p>`, `Leggi anche:`, `Leia também:`).
const INLINE_TEASER_CHARS: usize = 200;

/// Removes a heading that announces related links, and the lists of links
/// right after it (up to the first element that is not mostly links). A
/// short paragraph that announces them (`<p><b>See also:</b></p>`, as
/// editors write inside the article body) goes too, but only where links
/// follow it: alone it may be the article's own words. A paragraph that
/// is such a label followed by its link (mostly link text) goes whole.
fn drop_related_sections(doc: &Document) {
    // (element, is a paragraph, goes whatever follows it)
    let announcers: Vec<(NodeRef, bool, bool)> = doc
        .select("h2, h3, h4, h5, h6, p")
        .iter()
        .filter_map(|s| s.nodes().first().copied())
        .filter_map(|h| {
            let is_p = h.has_name("p");
            let limit = if is_p { INLINE_TEASER_CHARS } else { 60 };
            let chars = char_count(&h);
            if chars >= limit {
                return None;
            }
            let text = h.text();
            if !RELATED_HEADING.is_match(&text) {
                return None;
            }
            if is_p && link_density(&h) >= 0.5 {
                return Some((h, true, true));
            }
            let label = !is_p || !text.trim_end().ends_with(['.', '!', '?']);
            (label && (!is_p || chars < ANNOUNCER_CHARS)).then_some((h, is_p, false))
        })
        .collect();
    for (h, is_p, always) in announcers {
        let mut next = h.next_element_sibling();
        let mut dropped = 0;
        while let Some(n) = next {
            if is_heading(&n) || link_density(&n) < 0.5 {
                break;
            }
            next = n.next_element_sibling();
            n.remove_from_parent();
            dropped += 1;
        }
        if always || !is_p || dropped > 0 {
            h.remove_from_parent();
        }
    }
}

fn heading_rank(tag: &str) -> Option<u8> {
    let b = tag.as_bytes();
    (b.len() == 2 && b[0].eq_ignore_ascii_case(&b'h') && (b'1'..=b'6').contains(&b[1]))
        .then(|| b[1] - b'0')
}

/// The page's paragraphs (`<p>`, with their text) and main headings
/// (`<h1>`, `<h2>`), in page order, found in one walk.
pub struct Blocks<'d> {
    pub paragraphs: Vec<(NodeRef<'d>, String)>,
    pub headings: Vec<String>,
}

pub fn blocks(doc: &Document) -> Blocks<'_> {
    let mut found = Blocks {
        paragraphs: Vec::new(),
        headings: Vec::new(),
    };
    for n in doc.root().descendants_it() {
        let Some(tag) = n.element_ref().map(|el| el.name.local.clone()) else {
            continue;
        };
        match &*tag {
            "p" => found.paragraphs.push((n, n.text().to_string())),
            "h1" | "h2" => found.headings.push(n.text().to_string()),
            _ => {}
        }
    }
    found
}

/// The paragraphs' text, one paragraph each: the fallback when the
/// readability scorer finds no main block (very short pages).
pub fn paragraphs_text(blocks: &Blocks) -> String {
    blocks
        .paragraphs
        .iter()
        .map(|(_, t)| t.trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The text of the element whose own paragraphs hold the most prose (links
/// not counted): a check on the Readability scorer, which now and then
/// prefers a sidebar block once the page is cleaned.
pub fn densest_block(blocks: &Blocks) -> Option<String> {
    let mut prose: HashMap<NodeId, (NodeRef, usize)> = HashMap::new();
    for (p, text) in &blocks.paragraphs {
        let chars = text.trim().chars().count();
        if chars < 25 || link_density(p) > 0.5 {
            continue;
        }
        if let Some(parent) = p.parent() {
            prose.entry(parent.id).or_insert((parent, 0)).1 += chars;
        }
    }
    let (block, _) = prose
        .into_values()
        .max_by_key(|(n, chars)| (*chars, n.id))?;
    Some(block.formatted_text().to_string())
}

static BOILERPLATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:",
        // reading time
        r"\d+\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti|minut|мин\.?|минут[аы]?)\s*(?:read|lesezeit|de lecture|(?:de )?lectura|di lettura|de leitura|leestijd|leesduur|czytania|läsning|чтения)?",
 r"|(?:lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania|lästid|время чтения)\s*:?\s*\d+.*",
        // ad labels
        r"|anzeige:?|advertisement|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|reclame|reklama|annons|mainos|реклама|sponsored|gesponsert|sponsorisé|patrocinado",
        // view counts and share prompts
        r"|(?:aufrufe|views|hits)\s*:?\s*[\d.,]*",
        r"|(?:share|teilen|tweet|drucken|print|e-?mail|partager|imprimer|compartir|imprimir|compartilhar|condividi|stampa|delen|udostępnij|drukuj|dela|del|поделиться)(?:\s+(?:this|on \w+|article|artikel|l'article|cet article|el artículo|este artículo|l'articolo|dit artikel|artykuł))?",
        // categories and tags
        r"|(?:category|categories|kategorie|kategorien|tags|topics|themen|thèmes|temas|temi|tematy|темы|schlagwörter|schlagworte|filed under|posted in|catégories?|mots-clés|étiquettes|categorías?|etiquetas|categorie|categoria|argomenti|categorieën|trefwoorden|kategorie|tagi|tagit|kategori|рубрика|теги|метки)\s*:.*",
        // loading prompts
        r"|(?:lade|load|show) (?:weitere|more)(?:\s+[^\s.!?]+){0,3}\s*(?:\.\.\.|…)?|mehr laden|weiterlesen|read more",
        r"|lire la suite|lire plus|(?:leer|ver) más|seguir leyendo|leggi (?:tutto|di più|anche)|continua a leggere|leia mais|continue lendo|lees (?:meer|verder)|czytaj (?:więcej|dalej)|läs mer|lue lisää|читать (?:далее|дальше|полностью)|подробнее",
        r"|read the rest|continue reading|(?:loading|wird geladen|chargement)\s*(?:\.\.\.|…)?",
        // show-more toggles
        r"|(?:mehr|weniger|alle) anzeigen|show (?:more|less|all)|(?:voir|afficher) plus|ver más|mostra (?:di )?più",
        // pagers and post navigation
        r"|(?:next|previous|nächste|vorherige) (?:page|seite)|page (?:suivante|précédente)|página (?:siguiente|anterior)|pagina (?:successiva|precedente)|(?:volgende|vorige) pagina|(?:następna|poprzednia) strona",
        r"|(?:pages?|seiten?)\s*:?(?:\s*\d+)+|(?:post|beitrags|artikel)-?navigation",
        // publication and update stamps ("Published: 3 March 2024", "Stand: 08.05.2019, 05:02 Uhr"),
        // read before this line is dropped (see html_date_lines)
        r"|(?:published|updated|last updated|posted|veröffentlicht|aktualisiert|erstellt|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|опубликовано|обновлено)",
        // (no letter class repeated here: each copy of one under `(?i)` is compiled apart)
        r"(?:\s+(?:on|am|le|el|il|at))?\s*:?\s*(?:\d|\p{L}+\.?\s+\d)[^!?]{0,30}",
        // audio players, comment counts, back-to-top links
        r"|listen(?: to (?:this|the) (?:article|story))?(?:\s*[·•-]?\s*\d+\s*min\.?)?|(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)|écouter (?:cet )?article|escuchar (?:este )?artículo|ascolta (?:l'|questo )?articolo",
        r"|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|комментарии)\s*(?:\(\s*\d+\s*\)|:?\s*\d*)|\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarzy?|комментари[йея])",
        r"|back to top|(?:zurück )?nach oben|retour en haut|volver arriba|torna su|do góry|наверх",
        // picture agencies alone on a line ("Getty Images", "dpa/Max Muster")
        r"|(?:getty images|afp|reuters|ap photo|dpa|epa|imago(?: images)?|picture[ -]alliance|shutterstock|istock(?:photo)?|unsplash)(?:\s*/\s*[^.!?]{0,40})?",
        // follow buttons
        r"|\+?\s*(?:follow|folgen|suivre|seguir|segui|volgen|obserwuj|följ|подписаться)",
        // subscribe and log-in buttons
        r"|subscribe(?: now| today)?|(?:log|sign) in|jetzt abonnieren|abonnez-vous|suscríbete|abbonati|zaloguj się",
        // Chinese and Japanese share buttons and ad labels
        r"|分享到?\s*[:：]?|(?:この記事を)?シェア(?:する)?|ツイート|广告|広告|推广",
        // gallery counters ("1 / 12", "Image 1 of 12")
        r"|\d+\s*/\s*\d+|(?:image|photo|picture|bild|foto|imagen|immagine|zdjęcie|фото)\s+\d+\s+(?:of|von|de|di|sur|z|из)\s+\d+",
        r")\s*$"
    ))
    .expect("valid regex")
});

static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:",
        r"this site uses akismet|diese website verwendet akismet|your email address will not be published",
        r"|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht",
        r"|required fields are marked|erforderliche felder sind|leave a (?:reply|comment)|kommentare? (?:schreiben|verfassen|hinterlassen)",
        r"|schreibe einen kommentar|hinterlasse einen kommentar|we use cookies|wir verwenden cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies",
        r"|this (?:web)?site uses cookies|cette site utilise des cookies|ce site utilise des cookies|utilizamos cookies|you can keep up with me",
        r"|subscribe to our newsletter|abonnieren sie (?:unseren|den) newsletter|melden sie sich (?:für|zu)",
        // the same notices in the other languages of the pages read
        r"|(?:votre|ton) adresse (?:e-?mail|de messagerie) ne sera pas publiée|laisser un commentaire|laissez un commentaire|les champs obligatoires sont indiqués",
        r"|tu dirección de correo electrónico no será publicada|deja un comentario|deja una respuesta|los campos obligatorios están marcados",
        r"|il tuo indirizzo email non sarà pubblicato|lascia un commento|lascia una risposta|i campi obbligatori sono contrassegnati",
        r"|o seu endereço de e-?mail não será publicado|deixe um comentário|deixe uma resposta|campos obrigatórios são marcados",
        r"|je e-?mailadres wordt niet gepubliceerd|laat een reactie achter|vereiste velden zijn gemarkeerd",
        r"|twój adres e-?mail nie zostanie opublikowany|dodaj komentarz|zostaw komentarz",
        r"|din e-?postadress kommer inte publiceras|lämna en kommentar|ваш адрес email не будет опубликован|оставить комментарий|добавить комментарий",
        r"|(?:ce site|ce site web|notre site) utilise (?:des )?cookies|nous utilisons (?:des )?cookies|este (?:sitio|sitio web|site) (?:utiliza|usa) cookies|usamos cookies",
        r"|questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie|utilizziamo (?:i )?cookie|deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies|wij gebruiken cookies",
        r"|(?:ta|nasza) strona (?:używa|korzysta z) (?:plików )?cookies?|(?:den här|denna) webbplats använder (?:kakor|cookies)|этот сайт использует (?:файлы )?cookie",
        r"|abonnez-vous à (?:notre|la) newsletter|suscríbete a (?:nuestro|nuestra) (?:newsletter|boletín)|iscriviti alla (?:nostra )?newsletter|inschrijven voor (?:onze|de) nieuwsbrief",
        r"|sign up (?:for|to) (?:our|the) newsletter|inscrivez-vous à (?:notre|la) newsletter|suscríbase a (?:nuestro|nuestra) (?:newsletter|boletín)",
        r"|assine (?:a )?nossa newsletter|inscreva-se (?:na|em) nossa newsletter|abonneer je op (?:onze|de) nieuwsbrief|meld je aan voor (?:onze|de) nieuwsbrief",
        r"|zapisz się do (?:naszego )?newslettera|prenumerera på (?:vårt )?nyhetsbrev|подпишитесь на (?:нашу )?рассылку",
        // subscription walls: what the reader is asked to pay or log in for
        r"|subscribe (?:now )?to (?:keep|continue) reading|(?:to )?continue reading,? (?:please )?(?:subscribe|log in|sign in|register)",
        r"|this (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying )?(?:subscribers|members)",
        r"|already (?:a subscriber|subscribed|a member)\?|get unlimited (?:digital )?access|unlimited digital access",
        r"|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent\*innen)|sie sind bereits abonnent|bereits abonniert\?|jetzt (?:weiterlesen|abonnieren|freischalten)",
        r"|lesen sie (?:jetzt )?weiter mit|(?:jetzt )?\d+ tage (?:kostenlos|gratis) testen|testen sie \d+ tage (?:kostenlos|gratis)",
        r"|cet article est réservé aux abonnés|(?:vous êtes )?déjà abonné\s*\?|il vous reste \d+\s*% de cet article",
        r"|este (?:artículo|contenido) es (?:exclusivo )?para suscriptores|¿ya eres suscriptor|(?:questo )?articolo (?:è )?riservato agli abbonati|sei già abbonato",
        r"|ten artykuł (?:jest )?dostępny (?:tylko )?dla (?:subskrybentów|prenumeratorów)|(?:эта )?статья доступна только (?:по )?подписчикам",
        r")"
    ))
    .expect("valid regex")
});

/// A line that is a name of two or three words and a date ("Mara Quint |
/// 3 March 2024", "Jan Nowak, 12.05.2019, 10:15"): a byline without "By".
static DATED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}.'-]*){1,2}\s*[|·•,–-]\s*",
        r"(?:\d{1,2}\.?\s*\p{L}+\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})",
        r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?i:uhr|am|pm|h))?)?$"
    ))
    .expect("valid regex")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:by|von|par|por|di|door|av|af|przez|text:|autor(?:in|a)?:|author:|auteur:|autore:|автор:)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*(?:[,|·–-].{0,40})?$")
        .expect("valid regex")
});

/// A line that is only a copyright notice or a picture credit (`© 2019
/// Science X Network`, `© privat`, `Foto: dpa`, `Beitragsbild: …`): the
/// outlet's label, not its report, and its year would read as a claim.
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:",
        r"©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}|by\b)",
        r"|(?:foto|fotos|bild|bilder|beitragsbild|titelbild|aufmacherbild|photo|photos|picture|image|credit|photo credit|crédits?(?: photo)?|fotografía|foto di)\s*:\s*\S",
        // Chinese news pages' editor-in-charge, source and photo lines; Japanese photo credits
        r"|(?:责任编辑|責任編輯|编辑|編輯|来源|來源|图片来源|摄影|图|圖|写真|出典)\s*[:：]\s*\S",
        r"|[（(](?:文|写真|撮影|取材|文・写真)\s*[・:：/=＝]",
        r")"
    ))
    .expect("valid regex")
});

/// A rights notice anywhere in a short line (`Harbour Media. All rights
/// reserved.`); apart from [`CREDIT_LINE`], which is anchored, so that
/// neither scans every line to its end.
static RIGHTS_RESERVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados")
        .expect("valid regex")
});

/// Longest line (in characters) read as a credit by [`CREDIT_LINE`].
const CREDIT_LINE_CHARS: usize = 100;

/// A short line that announces other articles ("Related topics on our
/// blog:", "Das könnte Sie auch interessieren", "À lire aussi :").
static TEASER_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:",
        r"related(?: (?:posts|articles|stories|topics))?|you (?:may|might) also like|more from(?:\s+\S+){0,3}|read next|editor'?s pick",
        r"|verwandte (?:themen|artikel|beiträge)(?:\s+\S+){0,4}|ähnliche (?:beiträge|artikel)|weitere (?:artikel|beiträge)(?:\s+\S+){0,4}",
        r"|(?:das ist )?(?:auch|ebenfalls) interessant(?: für (?:dich|sie|euch))?|also of interest|further reading",
        r"|(?:das|dieses) (?:thema )?könnte (?:dich|sie|euch) auch interessieren|lesen sie (?:auch|hier)(?:\s+\S+){0,5}|redaktionstipps?|mehr zum thema",
        r"|(?:à|a) lire (?:aussi|également)|lire aussi|voir aussi|leggi anche|lea también|lee también",
        r"|articles similaires|sur le même sujet|(?:noticias|artículos) relacionad[oa]s|(?:también )?te puede interesar|articoli correlati|potrebbe interessarti",
        r"|(?:notícias|artigos) relacionad[oa]s|(?:você )?também pode gostar|leia também|gerelateerde artikelen|lees ook|zobacz (?:też|także)|(?:prze)?czytaj (?:też|także)",
        r"|läs (?:också|även)|relaterade artiklar|читайте также|похожие (?:статьи|новости)",
        r"|most (?:read|popular)|popular now|meistgelesen|les plus lus|lo más leído|i più letti|najczęściej czytane|самое читаемое",
        r"|相关阅读|相关文章|延伸阅读|推荐阅读|热门文章|関連記事|あわせて読みたい",
        r")\s*[:：.…]*\s*$"
    ))
    .expect("valid regex")
});

/// Longest line (in characters) that counts as a teaser headline after a
/// [`TEASER_LEAD`].
const TEASER_LINE_CHARS: usize = 100;

/// Where the text's closing run of teasers starts: the last line that
/// announces other articles, when every line after it is a short headline
/// (no full stop) or a date. Teasers mid-text are left: prose may follow.
fn teaser_tail(text: &str) -> Option<usize> {
    let mut start = 0;
    let mut tail = None;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.chars().count() <= 80 && TEASER_LEAD.is_match(t) {
            // Two announcing lines in a row ("Editor's pick" over "Read
            // next"): the run starts at the first.
            tail.get_or_insert(start);
        } else if !t.is_empty()
            && (t.chars().count() > TEASER_LINE_CHARS || t.ends_with(['.', ':']))
            && !DATE_LINE.is_match(t)
        {
            tail = None;
        }
        start += line.len();
    }
    tail
}

/// A line that is only a date ("12. Mai 2019", "2019-05-12", "May 12, 2019").
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}\.\s*\p{L}+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})$")
        .expect("valid regex")
});

/// Drops lines of extracted text that are boilerplate: reading times, ad
/// labels, share prompts, pagers, category lists, comment-form and cookie
/// notices, bylines (`By Jane Doe`, or a line that is only an author's
/// name), copyright and picture credits, and a closing run of teasers under a line that announces them.
pub fn drop_boilerplate_lines(text: &str, authors: &[String]) -> String {
    let text = &text[..teaser_tail(text).unwrap_or(text.len())];
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        let chars = t.chars().count();
        let short = chars <= 120;
        let junk = !t.is_empty()
            && ((short
                && (BOILERPLATE_LINE.is_match(t) || BYLINE.is_match(t) || DATED_NAME.is_match(t)))
                || (chars <= 400 && NOTICE.is_match(t))
                || (chars <= CREDIT_LINE_CHARS
                    && (CREDIT_LINE.is_match(t) || RIGHTS_RESERVED.is_match(t)))
                || (short && is_author_line(t, authors)));
        if !junk {
            out.push_str(line);
        }
    }
    out
}

/// A short line that is an author's name and little else ("Jane Doe, Reporter").
fn is_author_line(line: &str, authors: &[String]) -> bool {
    line.split_whitespace().count() <= 8
        && !line.ends_with(['.', '!', '?', '"', '”'])
        && authors
            .iter()
            .any(|a| a.split_whitespace().count() >= 2 && line.contains(a.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_lines_dropped_prose_kept() {
        let authors = ["Jill Serjeant".to_string()];
        let cases = [
            ("4 Min Read", true),
            ("Lesezeit: 3 Minuten", true),
            ("Anzeige:", true),
            ("Aufrufe: 1.234", true),
            ("Category: Blog Popular", true),
            ("Lade weitere Inhalte", true),
            ("VON Sina Giebel", true),
            ("By Jill Serjeant", true),
            ("Jill Serjeant, Reuters", true),
            (
                "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
                true,
            ),
            (
                "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
                true,
            ),
            ("By the end of the year, prices had doubled.", false),
            (
                "Jill Serjeant reported that the awards were a surprise to many.",
                false,
            ),
            ("Share prices fell 3% on Monday.", false),
            ("4 minutes later the police arrived.", false),
            ("READ THE REST", true),
            ("Continue reading", true),
            ("Loading...", true),
            ("Next page", true),
            ("Seiten: 1 2 3", true),
            ("Beitragsnavigation", true),
            ("+ Follow", true),
            ("Follow the money, the auditors said.", false),
            ("Page 3 of the report lists the costs.", false),
            ("Loading the ferry took an hour.", false),
            // show-more toggles
            ("mehr anzeigen", true),
            ("Show more", true),
            ("Voir plus", true),
            ("Show more patience, the mayor told the council.", false),
            ("Lade weitere Inhalte ...", true),
            ("Load more stories…", true),
            // copyright and picture credits
            ("© 2021 Wendmouth Post Ltd", true),
            ("© privat", true),
            ("Copyright © 2020 Harbour Media Group", true),
            ("Foto: dpa/Max Muster", true),
            ("Photo credit: Jo Smith for the Herald", true),
            ("Titelbild: Die Fähre im Hafen von Wendmouth, 2019.", true),
            (
                "Copyright law was changed in 2019, the minister said.",
                false,
            ),
            (
                "Bild der Zerstörung: Die Fähre liegt seit Mai im Hafen.",
                false,
            ),
            ("Photos of the ferry were shown at the meeting.", false),
            // the same kinds of line in other languages, and prose that opens alike
            ("Publicidad", true),
            ("Pubblicità", true),
            ("Реклама", true),
            ("Lire la suite", true),
            ("Leer más", true),
            ("Czytaj więcej", true),
            ("Compartir", true),
            ("Condividi l'articolo", true),
            ("5 minuti di lettura", true),
            ("Tiempo de lectura: 4 min", true),
            ("Etiquetas: ferry, Wendmouth", true),
            // subscription walls and their buttons
            ("Subscribe to keep reading", true),
            ("This article is for subscribers only.", true),
            ("Already a subscriber? Log in", true),
            ("Get unlimited digital access for £1 a week.", true),
            ("Dieser Artikel ist nur für Abonnenten verfügbar.", true),
            ("Cet article est réservé aux abonnés.", true),
            ("Il vous reste 80 % de cet article à lire.", true),
            ("¿Ya eres suscriptor? Inicia sesión", true),
            ("Subscribe now", true),
            ("Lesen Sie jetzt weiter mit SZ Plus", true),
            ("Testen Sie 30 Tage kostenlos", true),
            ("1 / 12", true),
            ("Image 1 of 12", true),
            ("1 / 12 of the boats failed the test.", false),
            ("Sign in", true),
            ("Subscribers only were allowed into the meeting.", false),
            (
                "Already a subscriber to the scheme, Mr Falk said he would stay.",
                false,
            ),
            ("Sign in sheets were kept at the door.", false),
            // template lines: stamps, dated bylines, players, counts, agencies
            ("Published: 3 March 2024", true),
            ("Stand: 08.05.2019, 05:02 Uhr", true),
            ("Publié le 3 février 2020 à 10h12", true),
            ("Mara Quint | 3 March 2024", true),
            ("Jan Nowak, 12.05.2019, 10:15", true),
            ("Listen to this article", true),
            ("Artikel anhören", true),
            ("Comments (12)", true),
            ("12 Kommentare", true),
            ("Back to top", true),
            ("Getty Images", true),
            ("dpa/Max Muster", true),
            ("Topics: harbours, dredging", true),
            ("Updated figures for 2024 show a rise.", false),
            (
                "Published in 2019, the report found a rise in groundings.",
                false,
            ),
            ("Listen to the fishermen, Mr Falk told the board.", false),
            ("Reuters reported the vote on Thursday.", false),
            ("Comments from residents were mixed.", false),
            (
                "Rising Tide, 3 March 2024 was the day the pier flooded.",
                false,
            ),
            // Chinese and Japanese editor, source, share and ad lines
            ("责任编辑：王小明", true),
            ("来源：潮汐日报", true),
            ("分享到：", true),
            ("シェアする", true),
            ("広告", true),
            ("写真：山田太郎", true),
            ("（文・山田太郎）", true),
            ("この記事をシェアする", true),
            ("来源不明的报道引起了争议。", false),
            ("编辑部表示将继续报道。", false),
            ("Par Jeanne Martin", true),
            (
                "Questo sito utilizza cookie tecnici e di profilazione.",
                true,
            ),
            ("Je e-mailadres wordt niet gepubliceerd.", true),
            ("Compartir coche ahorra dinero, dijo el alcalde.", false),
            ("Leer más libros fue su consejo a los alumnos.", false),
            ("Par ailleurs, le conseil a voté le budget.", false),
        ];
        for (line, dropped) in cases {
            let out = drop_boilerplate_lines(&format!("Body text.\n{line}\n"), &authors);
            assert_eq!(!out.contains(line), dropped, "{line:?} → {out:?}");
            assert!(out.contains("Body text."));
        }
    }

    #[test]
    fn headings_that_announce_other_articles() {
        let cases = [
            ("Related posts", true),
            ("Most read", true),
            ("Most popular this week", true),
            ("Trending", true),
            ("Meistgelesen", true),
            ("Les plus lus", true),
            ("Lo más leído", true),
            ("Leer más:", true),
            ("Najczęściej czytane", true),
            ("Самое читаемое", true),
            ("相关阅读：", true),
            ("関連記事", true),
            ("あわせて読みたい", true),
            ("Mostly sunny weekend ahead", false),
            ("Trendingly named cafés", false),
            ("Leer másteres en Madrid", false),
            ("相关部门表示", false),
        ];
        for (heading, announces) in cases {
            assert_eq!(RELATED_HEADING.is_match(heading), announces, "{heading:?}");
        }
    }

    #[test]
    fn closing_teasers_under_an_announcing_line_dropped() {
        let body = "The ferry will stop running in October, the council said.\n\n";
        let cases = [
            // (tail, kept after the body)
            (
                "Related stories:\nBus routes to change\nHarbour fees rise 4 May 2023\n",
                "",
            ),
            (
                "Das könnte Sie auch interessieren\n\nFährhafen: Neue Pläne\n12. Mai 2023",
                "",
            ),
            ("À lire aussi :\nLes ferries de l'île en sursis\n", ""),
            ("Editor's pick\nRead next …\n", ""),
            ("Auch interessant:\nFähre: Neue Pläne für den Hafen\n", ""),
            (
                "Most read\nStorm closes coast road\nTide tables for May\n",
                "",
            ),
            ("相关阅读：\n蚝农担心淤泥倾倒\n", ""),
            // Prose after the announcing line: only the teaser-less text stays as it was.
            (
                "Related stories:\nThe council will meet again in May to decide on the harbour fees.",
                "Related stories:\nThe council will meet again in May to decide on the harbour fees.",
            ),
            // A headline-like line alone is not an announcement.
            ("Bus routes to change\n", "Bus routes to change\n"),
        ];
        for (tail, kept) in cases {
            let out = drop_boilerplate_lines(&format!("{body}{tail}"), &[]);
            assert_eq!(out, format!("{body}{kept}"), "{tail:?}");
        }
    }

    #[test]
    fn repeated_text_blocks_need_two_classed_blocks_with_text() {
        let prose = "The harbour path runs for eleven kilometres along the estuary, past the old salt warehouses and the ferry slip.";
        let cases = [
            (
                format!(
                    "<div class=\"band\"><p>{prose}</p></div><div class=\"band\"><p>{prose}</p></div>"
                ),
                true,
            ),
            (
                format!(
                    "<section class=\"row\"><p>{prose}</p></section><section class=\"row\"><p>This second row holds a short line of forty or more letters.</p></section>"
                ),
                true,
            ),
            (
                format!(
                    "<div class=\"band\"><p>{prose}</p></div><div class=\"band\"><img src=\"a.jpg\"></div>"
                ),
                false,
            ),
            (
                format!("<div><p>{prose}</p></div><div><p>{prose}</p></div>"),
                false,
            ),
            (
                format!("<p class=\"x\">{prose}</p><p class=\"x\">{prose}</p>"),
                false,
            ),
            (
                format!(
                    "<div class=\"a\"><p>{prose}</p></div><div class=\"b\"><p>{prose}</p></div>"
                ),
                false,
            ),
        ];
        for (body, want) in cases {
            let doc =
                Document::from(format!("<html><body><main>{body}</main></body></html>").as_str());
            assert_eq!(strip_boilerplate(&doc, &mut Vec::new()), want, "{body}");
        }
    }

    #[test]
    fn characters_counted_as_the_text_has_them() {
        let pages = [
            "<div id=x>Zwölf <b>Äpfel</b>, <i>twelve</i> apples<!-- not text --></div>",
            "<div id=x></div>",
            "<div id=x><p>a</p>\n<p>日本語</p><script>var s = 1;</script></div>",
        ];
        for page in pages {
            let doc = Document::from(page);
            let n = doc.select("#x").nodes()[0];
            assert_eq!(char_count(&n), n.text().chars().count(), "{page}");
        }
    }

    #[test]
    fn class_names_by_tier() {
        let cases = [
            ("comment-list", Some(Name::Comments)),
            ("cookie-notice", Some(Name::Strong)),
            ("entry-meta byline", Some(Name::Strong)),
            ("l-sidebar-fixed", Some(Name::Weak)),
            ("ad-slot", Some(Name::Weak)),
            ("o-section--has-ads", None),
            ("TestReport__Section--Ads", None),
            ("post category-news tag-climate", None),
            ("header masthead", None),
            ("entry-content", None),
            ("vertical-navbox nowraplinks", Some(Name::Weak)),
            ("paragraph paraTypeInteresting-articles", Some(Name::Weak)),
            ("article-body", None),
            ("elementor-widget elementor-widget-text-editor", None),
            ("elementor-column sidebar", Some(Name::Weak)),
            ("paywall-prompt", Some(Name::Strong)),
            ("site-footer", Some(Name::Weak)),
            ("footnotes", None),
            ("contributor-bio", Some(Name::Weak)),
            ("biography", None),
        ];
        for (class, want) in cases {
            let doc = Document::from(format!("<div class=\"{class}\">x</div>").as_str());
            let n = doc.select("div").nodes()[0];
            assert_eq!(boilerplate_name(&n), want, "{class}");
        }
    }
}
