//! The bodies of a page's `<script>` and `<style>` elements, and its
//! comments, emptied before the page is parsed.
//!
//! A saved news page is about a third code: scripts and style sheets that
//! the HTML parser still reads character by character, only for
//! boilerplate removal to throw them away; comments (conditional ones hold
//! whole blocks of markup) are read one character at a time. Nothing read
//! from a page needs them, except JSON-LD (`<script type="application/ld+json">`), which is
//! kept whole. Emptying them first cuts the parser's work without changing
//! the tree it builds, so the scan follows the HTML tokenizer's rules where
//! they decide where an element's text ends:
//!
//! - start tags are read to their closing `>` with quoted attribute values
//!   skipped (`<div data-x="<script>">` opens no script);
//! - comments end at `-->` or `--!>` (an empty `<!---->` is kept in the
//!   place of each, so that texts either side stay apart), `<!DOCTYPE …>`
//!   and `<?…>` at their `>`;
//! - the text of `<title>`, `<textarea>`, `<xmp>`, `<iframe>`, `<noembed>`
//!   and `<noframes>` is text, not markup, up to its own end tag;
//!   `<plaintext>` is text to the end of the page;
//! - a script ends at the first `</script` outside the tokenizer's escaped
//!   states (`<!-- document.write("<script>…</script>") -->`), which are
//!   followed as the standard defines them.
//!
//! The scan is one pass over the bytes (all the delimiters are ASCII, so a
//! cut is always on a character boundary) and never fails: where a page
//! ends inside a tag or an element, the rest is kept as it is.

use memchr::{memchr, memchr2};
use std::borrow::Cow;

/// `html` with the text of its `<script>` (other than JSON-LD) and
/// `<style>` elements and of its comments removed; borrowed where there is
/// none.
pub fn without_code(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    // `html[copied..]` is still to be written to `out`.
    let mut copied = 0;
    let mut i = 0;
    while let Some(at) = memchr(b'<', &b[i..]) {
        let lt = i + at;
        let rest = &b[lt + 1..];
        match rest.first() {
            Some(b'!') if rest.starts_with(b"!--") => {
                // A comment ends at `-->` or `--!>`; `<!-->` and `<!--->` are
                // whole (empty) comments.
                let arrow = find(b, lt + 2, b"-->");
                let bang = find(b, lt + 2, b"--!>").map(|e| (e, 4));
                let Some((dashes, len)) = arrow.map(|e| (e, 3)).into_iter().chain(bang).min()
                else {
                    break;
                };
                if dashes > lt + 4 {
                    out.push_str(&html[copied..lt + 4]);
                    copied = dashes;
                }
                i = dashes + len;
            }
            Some(b'!') => match memchr(b'>', rest) {
                Some(e) => i = lt + 1 + e + 1,
                None => break,
            },
            Some(b'?') => match memchr(b'>', rest) {
                Some(e) => i = lt + 1 + e + 1,
                None => break,
            },
            Some(b'/') if rest.get(1).is_some_and(u8::is_ascii_alphabetic) => {
                match tag_end(b, lt + 2) {
                    Some(e) => i = e,
                    None => break,
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = lt + 1 + rest.iter().take_while(|c| is_name_byte(**c)).count();
                let Some(body) = tag_end(b, name_end) else {
                    break;
                };
                let name = &b[lt + 1..name_end];
                let Some(kind) = raw_kind(name) else {
                    i = body;
                    continue;
                };
                if kind == Raw::Plaintext {
                    break;
                }
                let end = if kind == Raw::Script {
                    script_end(b, body)
                } else {
                    end_tag(b, body, name)
                };
                let Some(end) = end else {
                    break;
                };
                let json_ld = kind == Raw::Script && contains_ci(&b[name_end..body], b"ld+json");
                let empty = matches!(kind, Raw::Script | Raw::Style) && !json_ld && end > body;
                if empty {
                    out.push_str(&html[copied..body]);
                    copied = end;
                }
                i = end;
            }
            _ => i = lt + 1,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Elements whose content the tokenizer reads as text, not markup.
#[derive(Clone, Copy, PartialEq)]
enum Raw {
    Script,
    Style,
    /// Text up to the element's own end tag (`<title>`, `<textarea>`, …).
    Text,
    /// Text to the end of the page.
    Plaintext,
}

fn raw_kind(name: &[u8]) -> Option<Raw> {
    let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
    if is("script") {
        Some(Raw::Script)
    } else if is("style") {
        Some(Raw::Style)
    } else if ["title", "textarea", "xmp", "iframe", "noembed", "noframes"]
        .iter()
        .any(|n| is(n))
    {
        Some(Raw::Text)
    } else if is("plaintext") {
        Some(Raw::Plaintext)
    } else {
        None
    }
}

/// A tag name goes on to whitespace, `/` or `>`.
fn is_name_byte(c: u8) -> bool {
    !matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
}

/// Just past the `>` that closes a tag whose attributes start at `from`;
/// a quoted attribute value may hold `>`.
fn tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        let at = i + memchr2(b'>', b'=', b.get(i..)?)?;
        if b[at] == b'>' {
            return Some(at + 1);
        }
        // After `=`, blanks, then a quoted value is read to its quote.
        let mut v = at + 1;
        while b.get(v).is_some_and(|c| c.is_ascii_whitespace()) {
            v += 1;
        }
        match b.get(v) {
            Some(&q @ (b'"' | b'\'')) => i = v + 1 + memchr(q, b.get(v + 1..)?)? + 1,
            Some(_) => i = v,
            None => return None,
        }
    }
}

/// Where `</name` followed by a delimiter starts, from `from` on.
fn end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    loop {
        let at = i + find(b, i, b"</")? - i;
        if closes(b, at, name) {
            return Some(at);
        }
        i = at + 2;
    }
}

/// Whether `b[at..]` is `</name` followed by whitespace, `/` or `>`.
fn closes(b: &[u8], at: usize, name: &[u8]) -> bool {
    b.get(at + 2..at + 2 + name.len())
        .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && b.get(at + 2 + name.len())
            .is_some_and(|c| !is_name_byte(*c))
}

/// Where a script's text that starts at `from` ends (the `<` of its
/// `</script`), following the tokenizer's script data states: after `<!--`
/// a `<script` opens a nested script in which `</script` does not end ours,
/// and `-->` returns to plain script data.
fn script_end(b: &[u8], from: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    let mut i = from;
    loop {
        let at = i + memchr2(b'<', b'-', b.get(i..)?)?;
        let s = &b[at..];
        match state {
            State::Data if s.starts_with(b"<!--") => {
                state = State::Escaped;
                // The dashes of `<!--` also close `<!-->`.
                i = at + 2;
                continue;
            }
            State::Data | State::Escaped if closes(b, at, b"script") => return Some(at),
            State::Escaped | State::DoubleEscaped if s.starts_with(b"-->") => {
                state = State::Data;
                i = at + 3;
                continue;
            }
            State::Escaped if opens(s, b"script") => state = State::DoubleEscaped,
            State::DoubleEscaped if closes(b, at, b"script") => state = State::Escaped,
            _ => {}
        }
        i = at + 1;
    }
}

/// Whether `s` is `<name` followed by whitespace, `/` or `>`.
fn opens(s: &[u8], name: &[u8]) -> bool {
    s.get(1..1 + name.len())
        .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && s.get(1 + name.len()).is_some_and(|c| !is_name_byte(*c))
}

/// The position of the first `needle` in `b` from `from` on.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|p| from + p)
}

fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (page, the page as parsed) for each rule.
    const CASES: &[(&str, &str)] = &[
        // Scripts and style sheets are emptied, any case, with attributes.
        (
            "<p>a</p><script>var x = 1 < 2;</script><p>b</p>",
            "<p>a</p><script></script><p>b</p>",
        ),
        (
            "<STYLE media=\"x>y\">p { color: red }</STYLE ><p>b</p>",
            "<STYLE media=\"x>y\"></STYLE ><p>b</p>",
        ),
        (
            "<script src='a.js' async></script><p>b</p>",
            "<script src='a.js' async></script><p>b</p>",
        ),
        // JSON-LD is kept whole.
        (
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>",
        ),
        // A script ends only at `</script` followed by a delimiter.
        (
            "<script>s = '</scripts>';</script><p>b</p>",
            "<script></script><p>b</p>",
        ),
        // Escaped states: the nested `</script>` does not end the script.
        (
            "<script><!-- document.write('<script>x</script>'); --></script><p>b</p>",
            "<script></script><p>b</p>",
        ),
        (
            "<script><!--></script><p>b</p>",
            "<script></script><p>b</p>",
        ),
        // A script tag written in an attribute, a comment or a title is text.
        (
            "<div data-x=\"<script>\"><p>b</p></div><script>y</script>",
            "<div data-x=\"<script>\"><p>b</p></div><script></script>",
        ),
        (
            "<!-- <script> --><p>b</p><script>y</script>",
            "<!----><p>b</p><script></script>",
        ),
        // Comments are emptied, the markup of conditional ones too; a
        // comment ends at `--!>` as well.
        (
            "a<!--[if IE]><p>old</p><![endif]-->b<!-- c --!>d<!-->e<!--->f",
            "a<!---->b<!----!>d<!-->e<!--->f",
        ),
        ("<p>b</p><!-- cut off", "<p>b</p><!-- cut off"),
        (
            "<title>How <script> works</title><p>b</p><style>s</style>",
            "<title>How <script> works</title><p>b</p><style></style>",
        ),
        (
            "<textarea><style></textarea><p>b</p>",
            "<textarea><style></textarea><p>b</p>",
        ),
        // A page cut off inside a script or a tag is kept as it is.
        ("<p>b</p><script>var x", "<p>b</p><script>var x"),
        ("<p>b</p><div class=\"x", "<p>b</p><div class=\"x"),
        (
            "<plaintext><script>x</script>",
            "<plaintext><script>x</script>",
        ),
        // Not a tag: `a < b`, `<3`.
        (
            "<p>a < b <3</p><script>x</script>",
            "<p>a < b <3</p><script></script>",
        ),
    ];

    #[test]
    fn code_emptied_text_kept() {
        for (page, want) in CASES {
            assert_eq!(without_code(page), *want, "{page}");
        }
    }

    #[test]
    fn borrowed_when_nothing_to_empty() {
        assert!(matches!(
            without_code("<p>Nothing to empty é</p><script></script><!---->"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn same_tree_as_the_whole_page() {
        // The page's tree, its scripts and style sheets taken out and its
        // comments emptied.
        let comment = regex::Regex::new(r"(?s)<!--.*?-->").unwrap();
        let tree = |html: &str| {
            let doc = dom_query::Document::from(html);
            doc.select("script, style").remove();
            comment.replace_all(&doc.html(), "<!---->").to_string()
        };
        for (page, _) in CASES {
            assert_eq!(tree(page), tree(&without_code(page)), "{page}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "(<|>|/|!|-|'|\"|=|script|style|title| |a|é){0,60}") {
            let _ = without_code(&s);
        }
    }
}
