//! Article text laid out over several sibling blocks of one kind.
//!
//! Travel sites and page builders cut one article into repeated blocks
//! (`<div class="content-wrapper">` … `<div class="content-wrapper">`,
//! `vc_row` … `vc_row`) with a gallery or a box of teasers between them.
//! The Readability scorer keeps one block and only looks at the siblings of
//! that block's own parent, so the rest of the article is lost.
//!
//! The rule, run after the scorer: find the element that holds the text it
//! kept (the main block), then climb a few levels; at each level, a sibling
//! `<div>` or `<section>` of the same class is the same kind of block, and the element in
//! it at the same place as the main block (same tags and classes on the
//! way down) is taken too when it is prose — long text, few links, no
//! linked headings (teasers). What sits beside the parallel element in the
//! sibling (its box of links, its caption) stays out, and so do siblings
//! of another kind (the teaser box between the blocks).
//!
//! The climb stops at `<article>`, `<main>` and `<body>`: siblings of an
//! article are other articles (an endless page), never more of this one.
//! Every step is linear in the page: the kept text is hashed once into
//! fixed-length windows, and each text node of the page is probed once.

use super::html_clean::SPLIT_BLOCK_TAGS;
use dom_query::{Document, NodeData, NodeRef};
use rustc_hash::FxHashSet;

/// Characters (not counting spaces) of a probe window.
const PROBE: usize = 24;
/// Fewest characters (not counting spaces) a text node needs to be probed:
/// short strings ("Read more", a date) recur all over a page.
const MIN_NODE_CHARS: usize = 40;
/// How many levels above the main block siblings are looked at.
const MAX_LEVELS: usize = 6;
/// Fewest characters outside links (not counting spaces) that make a
/// parallel block prose.
const MIN_PROSE_CHARS: usize = 80;
/// Highest share of a parallel block's characters that may be link text.
const MAX_LINK_SHARE: f32 = 0.3;
/// Levels a climb never crosses (see the module docs).
const STOP_TAGS: &[&str] = &["article", "main", "body", "html"];

/// The kept `text` with the parallel blocks of its main block's same-kind
/// siblings around it, in page order; `None` when there are none.
pub fn with_sibling_blocks(doc: &Document, text: &str) -> Option<String> {
    let kept = Windows::of(text);
    let main = main_block(doc, &kept)?;
    let (mut before, mut after) = (Vec::new(), Vec::new());
    // Tags and classes from the climbing node down to the main block.
    let mut path: Vec<Key> = Vec::new();
    let mut node = main;
    for _ in 0..MAX_LEVELS {
        let key = Key::of(&node)?;
        if STOP_TAGS.contains(&key.tag.as_str()) {
            break;
        }
        let parent = node.parent()?;
        // This level's blocks before the climbing node, in page order: they
        // come after the outer levels' ones and before the inner levels'.
        let mut level_before = Vec::new();
        if !key.class.is_empty() && SPLIT_BLOCK_TAGS.contains(&key.tag.as_str()) {
            let mut seen_self = false;
            for s in parent.element_children() {
                if s.id == node.id {
                    seen_self = true;
                    continue;
                }
                if Key::of(&s).as_ref() != Some(&key) {
                    continue;
                }
                let Some(block) = parallel(&s, &path) else {
                    continue;
                };
                if !is_prose(&block) || kept.holds_node_text(&block) {
                    continue;
                }
                let t = block.formatted_text().trim().to_string();
                if seen_self {
                    after.push(t);
                } else {
                    level_before.push(t);
                }
            }
        }
        before.splice(0..0, level_before);
        path.insert(0, key);
        node = parent;
    }
    if before.is_empty() && after.is_empty() {
        return None;
    }
    let mut parts = before;
    parts.push(text.trim().to_string());
    parts.extend(after);
    Some(parts.join("\n\n"))
}

/// An element's tag and class attribute: what makes two blocks one kind.
#[derive(Debug, PartialEq, Eq)]
struct Key {
    tag: String,
    class: String,
}

impl Key {
    fn of(n: &NodeRef) -> Option<Key> {
        let el = n.element_ref()?;
        let class = el
            .attrs
            .iter()
            .find(|a| &*a.name.local == "class")
            .map(|a| a.value.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        Some(Key {
            tag: el.name.local.to_string(),
            class,
        })
    }
}

/// The element under `top` reached by following `path` (the first child
/// with each key in turn); `top` itself for an empty path.
fn parallel<'d>(top: &NodeRef<'d>, path: &[Key]) -> Option<NodeRef<'d>> {
    let mut at = *top;
    for key in path {
        at = at
            .element_children()
            .into_iter()
            .find(|c| Key::of(c).as_ref() == Some(key))?;
    }
    Some(at)
}

/// Long text, few links, and no linked headings (the mark of a teaser).
fn is_prose(n: &NodeRef) -> bool {
    let (mut all, mut links) = (0usize, 0usize);
    for d in n.descendants_it() {
        if d.has_name("a") {
            links += non_space_chars(&d);
        } else if is_heading(&d) && d.descendants_it().any(|x| x.has_name("a")) {
            return false;
        } else if let Some(t) = text_of(&d) {
            all += t.chars().filter(|c| !c.is_whitespace()).count();
        }
    }
    all >= links + MIN_PROSE_CHARS && (links as f32) <= MAX_LINK_SHARE * all.max(1) as f32
}

fn is_heading(n: &NodeRef) -> bool {
    ["h1", "h2", "h3", "h4", "h5", "h6"]
        .iter()
        .any(|h| n.has_name(h))
}

fn non_space_chars(n: &NodeRef) -> usize {
    n.descendants_it()
        .filter_map(|d| text_of(&d).map(|t| t.chars().filter(|c| !c.is_whitespace()).count()))
        .sum()
}

fn text_of(n: &NodeRef) -> Option<String> {
    n.query(|t| match &t.data {
        NodeData::Text { contents } => Some(contents.to_string()),
        _ => None,
    })
    .flatten()
}

/// The lowest element holding the first and the last long text node of the
/// page that the kept text holds.
fn main_block<'d>(doc: &'d Document, kept: &Windows) -> Option<NodeRef<'d>> {
    let body = doc.body()?;
    let (mut first, mut last) = (None, None);
    for d in body.descendants_it() {
        let held = d.query_or(false, |t| match &t.data {
            NodeData::Text { contents } => kept.holds(contents),
            _ => false,
        });
        if held {
            first.get_or_insert(d);
            last = Some(d);
        }
    }
    let (first, last) = (first?, last?);
    let above_first: FxHashSet<_> = first.ancestors_it(None).map(|a| a.id).collect();
    last.ancestors_it(None)
        .find(|a| above_first.contains(&a.id))
        .filter(|a| a.is_element())
}

/// The hashes of every [`PROBE`]-character window of a text (spaces left
/// out, so that line breaks and indentation never matter).
struct Windows(FxHashSet<u64>);

/// The base of the rolling hash (an odd 64-bit constant).
const BASE: u64 = 0x100_0000_01b3;

impl Windows {
    fn of(text: &str) -> Windows {
        // One window per character: room made once, not grown.
        let mut set = FxHashSet::with_capacity_and_hasher(text.len(), Default::default());
        let top = (1..PROBE).fold(1u64, |p, _| p.wrapping_mul(BASE));
        // The window's characters in a ring, the oldest at `n % PROBE`.
        let mut ring = [0u64; PROBE];
        let (mut h, mut n) = (0u64, 0usize);
        for c in text.chars().filter(|c| !c.is_whitespace()).map(u64::from) {
            let slot = n % PROBE;
            if n >= PROBE {
                h = h.wrapping_sub(ring[slot].wrapping_mul(top));
            }
            ring[slot] = c;
            h = h.wrapping_mul(BASE).wrapping_add(c);
            n += 1;
            if n >= PROBE {
                set.insert(h);
            }
        }
        Windows(set)
    }

    /// Whether a long string's first and last windows are both in the text.
    /// Streams the string (every text node of the page comes here): most
    /// miss on the first window and stop there.
    fn holds(&self, s: &str) -> bool {
        // Bytes bound characters: most short strings go without a look.
        if s.len() < MIN_NODE_CHARS {
            return false;
        }
        let (mut n, mut first) = (0usize, 0u64);
        for c in s.chars().filter(|c| !c.is_whitespace()) {
            if n < PROBE {
                first = first.wrapping_mul(BASE).wrapping_add(u64::from(c));
            }
            n += 1;
            if n == PROBE && !self.0.contains(&first) {
                return false;
            }
        }
        if n < MIN_NODE_CHARS {
            return false;
        }
        // The last window read backwards: each character weighs BASE^k.
        let (mut last, mut weight) = (0u64, 1u64);
        for c in s.chars().rev().filter(|c| !c.is_whitespace()).take(PROBE) {
            last = last.wrapping_add(u64::from(c).wrapping_mul(weight));
            weight = weight.wrapping_mul(BASE);
        }
        self.0.contains(&last)
    }

    /// Whether the first long text node of an element is in the text.
    fn holds_node_text(&self, n: &NodeRef) -> bool {
        n.descendants_it()
            .filter_map(|d| text_of(&d))
            .find(|t| t.chars().filter(|c| !c.is_whitespace()).count() >= MIN_NODE_CHARS)
            .is_some_and(|t| self.holds(&t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "The harbour path runs for eleven kilometres along the estuary, past the old salt warehouses and the ferry slip.";
    const TWO: &str = "Cyclists share the path with walkers on weekends, and the council asks both to keep to the marked lanes near the slip.";
    const THREE: &str = "At the far end a café in the former lock-keeper's cottage serves soup and cake until the last light of the evening.";
    const FOUR: &str = "The last bus back to town leaves the ferry slip at half past nine, and it takes folded bicycles on its rear rack.";

    fn joined(page: &str, kept: &str) -> Option<String> {
        with_sibling_blocks(&Document::from(page), kept)
    }

    #[test]
    fn windows_ignore_spaces_and_need_long_strings() {
        let w = Windows::of(&format!("{ONE}\n\n{TWO}"));
        assert!(w.holds(ONE));
        assert!(w.holds(&ONE.replace(' ', "\n  ")));
        assert!(!w.holds(THREE));
        assert!(!w.holds("The harbour path"), "too short to probe");
    }

    #[test]
    fn same_kind_siblings_are_taken_in_page_order() {
        let block = |p: &str| {
            format!(
                "<div class=\"band\"><div class=\"col text\"><p>{p}</p></div><div class=\"col links\"><h4>More rides</h4><ul><li><a href=\"/a\">Coast rides</a></li></ul></div></div>"
            )
        };
        let page = format!(
            "<body><div class=\"page\">{}<div class=\"gallery\"><p>Photo 1 of 9</p></div>{}{}</div></body>",
            block(ONE),
            block(TWO),
            block(THREE)
        );
        let text = joined(&page, TWO).expect("siblings found");
        let (one, two, three) = (
            text.find("eleven kilometres"),
            text.find("keep to the marked lanes"),
            text.find("lock-keeper"),
        );
        assert!(one < two && two < three, "{text}");
        assert!(
            !text.contains("More rides"),
            "beside the parallel block: {text}"
        );
        assert!(!text.contains("Photo 1 of 9"), "another kind: {text}");
    }

    #[test]
    fn blocks_from_two_levels_keep_page_order() {
        // Rows of a page builder, the middle row split into two columns.
        let row =
            |inner: &str| format!("<div class=\"row\"><div class=\"cell\">{inner}</div></div>");
        let col = |p: &str| format!("<div class=\"col\"><p>{p}</p></div>");
        let page = format!(
            "<body><div class=\"content\">{}{}{}</div></body>",
            row(&format!("<div class=\"col\"><p>{ONE}</p></div>")),
            row(&format!("{}{}", col(TWO), col(THREE))),
            row(&format!("<div class=\"col\"><p>{FOUR}</p></div>"))
        );
        let text = joined(&page, THREE).expect("siblings found");
        let at = |s: &str| text.find(s).unwrap_or(usize::MAX);
        let order = [
            at("eleven kilometres"),
            at("keep to the marked lanes"),
            at("lock-keeper"),
            at("bus back"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    }

    #[test]
    fn siblings_that_are_not_prose_stay_out() {
        let links = "<ul><li><a href=\"/a\">Harbour walks for families with small children</a></li><li><a href=\"/b\">Where to park near the estuary on a busy weekend</a></li></ul>";
        let teaser = format!("<h3><a href=\"/t\">Ferry timetable</a></h3><p>{THREE}</p>");
        let notice = "<p>Sign up for our weekly letter.</p>";
        for other in [links, teaser.as_str(), notice] {
            let page = format!(
                "<body><div class=\"wrap\"><section class=\"row\"><p>{ONE}</p><p>{TWO}</p></section><section class=\"row\">{other}</section></div></body>"
            );
            assert_eq!(joined(&page, &format!("{ONE}\n\n{TWO}")), None, "{other}");
        }
    }

    #[test]
    fn other_articles_and_classless_blocks_are_not_siblings() {
        let pages = [
            format!(
                "<body><article class=\"post\"><p>{ONE}</p></article><article class=\"post\"><p>{TWO}</p></article></body>"
            ),
            format!("<body><div><div><p>{ONE}</p></div><div><p>{TWO}</p></div></div></body>"),
        ];
        for page in pages {
            assert_eq!(joined(&page, ONE), None, "{page}");
        }
    }

    #[test]
    fn text_not_on_the_page_finds_nothing() {
        let page = format!(
            "<body><div class=\"a\"><p>{ONE}</p></div><div class=\"a\"><p>{TWO}</p></div></body>"
        );
        assert_eq!(joined(&page, THREE), None);
        assert_eq!(joined("", ""), None);
    }
}
