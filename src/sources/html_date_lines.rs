//! Date lines a page writes for its readers: `Veröffentlicht am 07.06.2019`,
//! `Published: March 3, 2019`, `Stand: 08.05.2019`, and the date link a
//! blog puts on each post (`<a rel="bookmark">Mai 03, 2017</a>`).
//!
//! A line counts only where it is short and begins with its label (or is
//! all of a bookmark link), so that a date in the article's prose — "the
//! report, published on 3 March 2019, …" — is never taken for the page's.

use super::date_order::NumericOrder;
use super::html_meta::{find_written_date, month_of};
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use dom_query::{NodeData, NodeRef};
use std::sync::LazyLock;

/// Which kind of date a line's label announces.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Label {
    Published,
    Updated,
}

/// Words that open a line giving the publication date, lower case, in the
/// languages of the pages read (longest first where one begins another).
const PUBLISHED: &[&str] = &[
    "first published",
    "published",
    "publication date",
    "date published",
    "posted",
    "date:",
    "datum:",
    "veröffentlicht",
    "erschienen",
    "erstellt",
    "publiziert",
    "publié",
    "publie le",
    "mis en ligne",
    "publicado",
    "publicada",
    "fecha de publicación",
    "pubblicato",
    "pubblicata",
    "data di pubblicazione",
    "gepubliceerd",
    "geplaatst",
    "opublikowano",
    "publikováno",
    "publicerad",
    "publiceret",
    "udgivet",
    "julkaistu",
    "опубликовано",
];

/// Words that open a line giving the date of the last change.
const UPDATED: &[&str] = &[
    "last updated",
    "updated",
    "last modified",
    "stand",
    "zuletzt aktualisiert",
    "aktualisiert",
    "geändert",
    "mis à jour",
    "actualizado",
    "actualizada",
    "aggiornato",
    "bijgewerkt",
    "zaktualizowano",
];

/// The longest text a date line may have (a byline with a date fits).
const LINE_MAX: usize = 120;

/// The label a line opens with, if any: the label must end at a word's end
/// (`Stand:` is a label, `Standort` is not).
pub fn label_of(line: &str) -> Option<Label> {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Only the line's opening words, in lower case, are compared, and only
    // where its first letter opens some label.
    if !opens_label(line.chars().next()?) {
        return None;
    }
    let mut head = String::with_capacity(32);
    for c in line.chars().take(24) {
        if c.is_ascii() {
            head.push(c.to_ascii_lowercase());
        } else {
            head.extend(c.to_lowercase());
        }
    }
    let input = Input::new(&head).anchored(Anchored::Yes);
    let found = LABELS.find(input)?;
    let rest = &head[found.end()..];
    let label = &head[..found.end()];
    if !label.ends_with(':') && rest.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    Some(if found.pattern().as_usize() < PUBLISHED.len() {
        Label::Published
    } else {
        Label::Updated
    })
}

/// Every label with its first letter in either case (`Опубликовано`), for
/// finding labels anywhere in a short text; publication ones first.
static ANY_LABEL: LazyLock<(AhoCorasick, usize)> = LazyLock::new(|| {
    let variants = |list: &[&str]| -> Vec<String> {
        let mut out = Vec::new();
        for w in list {
            out.push(w.to_string());
            let mut cs = w.chars();
            if let Some(first) = cs.next() {
                let upper: String = first.to_uppercase().chain(cs).collect();
                if upper != *w {
                    out.push(upper);
                }
            }
        }
        out
    };
    let published = variants(PUBLISHED);
    let count = published.len();
    let all: Vec<String> = published.into_iter().chain(variants(UPDATED)).collect();
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(all)
        .expect("valid label list");
    (ac, count)
});

/// The part of a short date text that dates the publication, where it
/// names a change too: `Aktualisiert am 14.03.2019, veröffentlicht am
/// 12.03.2019` → from `veröffentlicht`; `Updated March 14. Originally
/// published March 12, 2019` → from `published`. A text that opens with a
/// change's label and names no publication (`Updated: March 12, 2019`)
/// dates the change: `None`. Any other text is its own publication part
/// (`Published March 10, 2019 | Updated March 12, 2019`: the first date).
pub fn publication_part(text: &str) -> Option<&str> {
    let (labels, published) = &*ANY_LABEL;
    let mut first_update = None;
    for m in labels.find_iter(text) {
        // Whole words only: `date:` is no label inside `Update:`.
        let before = text[..m.start()].chars().next_back();
        let label = &text[m.start()..m.end()];
        let after = text[m.end()..].chars().next();
        let word = !before.is_some_and(char::is_alphanumeric)
            && (label.ends_with(':') || !after.is_some_and(char::is_alphabetic));
        if !word {
            continue;
        }
        if m.pattern().as_usize() < *published {
            return Some(if first_update.is_some() {
                &text[m.start()..]
            } else {
                text
            });
        }
        first_update.get_or_insert(m.start());
    }
    match first_update {
        // `12 March 2019, updated 14 March 2019`: the date before the label.
        Some(at) if !text[..at].bytes().any(|b| b.is_ascii_digit()) => None,
        _ => Some(text),
    }
}

/// Every label, publication ones first, matched at a line's start (the
/// longest wins: `last updated` over nothing, `publication date` over none).
static LABELS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(PUBLISHED.iter().chain(UPDATED))
        .expect("valid label list")
});

/// The letters that labels open with, lower case.
static INITIALS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut v: Vec<char> = PUBLISHED
        .iter()
        .chain(UPDATED)
        .filter_map(|w| w.chars().next())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Whether some label opens with `c` (in any case).
fn opens_label(c: char) -> bool {
    let c = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    INITIALS.contains(&c)
}

/// The date of a labelled line: in the text node itself, else in what
/// holds it, two levels up at most and while that is short too
/// (`<p><b>Published</b> <span>3 May 2019</span></p>`).
fn line_date(text: NodeRef, order: NumericOrder) -> Option<String> {
    if let Some(d) = find_written_date(&text.text(), order) {
        return Some(d);
    }
    text.ancestors_it(Some(2))
        .map(|a| a.text())
        .take_while(|t| t.chars().count() <= LINE_MAX)
        .find_map(|t| find_written_date(&t, order))
}

/// A bookmark link (`rel="bookmark"`, a post's own address) whose whole
/// text is a date.
fn bookmark_date(text: NodeRef, line: &str, order: NumericOrder) -> Option<String> {
    let link = text.parent().filter(|p| p.has_name("a"))?;
    let rel = link.attr("rel")?;
    if !rel.split_ascii_whitespace().any(|w| w == "bookmark") || line.chars().count() > 40 {
        return None;
    }
    find_written_date(line, order)
}

/// Words that open a byline, lower case, each followed by the author's name:
/// `By Jane Doe | March 3, 2019`, `Von Hans Meier, 03.05.2019`, `Par Jean
/// Dupont, le 3 mars 2020`.
const BYLINE: &[&str] = &[
    "by",
    "written by",
    "posted by",
    "words by",
    "von",
    "text von",
    "text:",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "przez",
    "autor",
    "autor:",
    "author:",
    "auteur",
    "autore",
];

/// Whether `line` is a byline: a byline word, then a name that begins with a
/// capital letter and is not a month with its day (`By March 3, 2019, …` is
/// prose).
fn is_byline(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut words = line.split_whitespace();
    let mut opening = String::new();
    // One or two opening words (`By`, `Written by`), then the name.
    for _ in 0..2 {
        let Some(w) = words.next() else {
            return false;
        };
        if !opening.is_empty() {
            opening.push(' ');
        }
        opening.push_str(&w.to_lowercase());
        if BYLINE.contains(&opening.as_str()) {
            let name = words.next().unwrap_or_default();
            // `By March 3, 2019`: a month and a day, not a name (`Door Jan de Vries` is one).
            let dated = month_of(name).is_some()
                && words
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            return name.starts_with(char::is_uppercase) && !dated;
        }
    }
    false
}

/// The date on a byline: `line`'s own, or that of what holds it (two
/// levels up at most, while short) where that is a byline
/// (`<p>By <a>Jane Doe</a> | <span>March 3, 2019</span></p>`).
fn byline_date(text: NodeRef, line: &str, order: NumericOrder) -> Option<String> {
    // The date is in this text (a year's four digits), else in a sibling
    // text that is visited in its turn: nothing to read here.
    let mut run = 0;
    if !line.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    }) {
        return None;
    }
    if opens_with_byline_word(line) && is_byline(line) {
        return find_written_date(line, order);
    }
    // Most date-bearing texts are no bylines: what holds them is read whole
    // only where its first word opens one.
    for a in text.ancestors_it(Some(2)) {
        if !first_word_opens_byline(&a) {
            continue;
        }
        let t = a.text();
        if t.chars().count() > LINE_MAX {
            return None;
        }
        if is_byline(&t) {
            return find_written_date(&t, order);
        }
    }
    None
}

/// Whether the first word of `n`'s text is the first word of a byline
/// opening, read from its first non-blank text node without copying the rest.
fn first_word_opens_byline(n: &NodeRef) -> bool {
    n.descendants_it()
        .find_map(|d| {
            d.query(|t| match &t.data {
                NodeData::Text { contents } if !contents.trim().is_empty() => {
                    Some(opens_with_byline_word(contents))
                }
                _ => None,
            })
            .flatten()
        })
        .unwrap_or(false)
}

/// Whether `text`'s first word opens some byline (compared without copying:
/// byline words are ASCII).
fn opens_with_byline_word(text: &str) -> bool {
    let w = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .next()
        .unwrap_or_default();
    BYLINE.iter().any(|b| {
        b.split(' ')
            .next()
            .is_some_and(|f| f.eq_ignore_ascii_case(w))
    })
}

/// Whether a text may be a date line, judged on the text in place: a short
/// text with a four-digit year, or a bare label (`<b>Published</b> <span>…`).
/// Most of a page's texts fail this, and are never copied.
fn may_be_line(text: &str) -> bool {
    let t = text.trim_ascii();
    if t.is_empty() || t.len() > 4 * LINE_MAX {
        return false;
    }
    // Four digits in a row; most texts have fewer than four digits at all,
    // which a count (one tight loop) shows.
    let mut run = 0;
    let year = t.bytes().filter(u8::is_ascii_digit).count() >= 4
        && t.bytes().any(|b| {
            run = if b.is_ascii_digit() { run + 1 } else { 0 };
            run == 4
        });
    year || (t.len() <= 40 && {
        t.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(opens_label)
    })
}

/// The first publication line of a page, and the first line of its last
/// change seen before it.
#[derive(Debug, Default, PartialEq)]
pub struct DateLines {
    pub published: Option<String>,
    pub updated: Option<String>,
}

/// The date lines among the text under `root` (one walk, which stops at the
/// first publication line), leaving out what `elsewhere` says belongs to
/// other texts (comments, related posts).
pub fn date_lines(
    root: NodeRef,
    elsewhere: &dyn Fn(&NodeRef) -> bool,
    order: NumericOrder,
) -> DateLines {
    let mut found = DateLines::default();
    let candidates = root.descendants_it().filter(|n| {
        n.query_or(false, |t| match &t.data {
            NodeData::Text { contents } => may_be_line(contents),
            _ => false,
        }) && !n
            .parent()
            .is_some_and(|p| p.has_name("script") || p.has_name("style"))
    });
    for n in candidates {
        let raw = n.text();
        let line = raw.trim();
        if line.chars().count() > LINE_MAX {
            continue;
        }
        let ours = || !n.ancestors_it(None).any(|a| elsewhere(&a));
        // `Aktualisiert am 14.03.2019, veröffentlicht am 12.03.2019`: a
        // change's line that names the publication after it.
        let label = label_of(line);
        let named_later = (label == Some(Label::Updated))
            .then(|| publication_part(line).and_then(|p| find_written_date(p, order)))
            .flatten();
        match label {
            _ if named_later.is_some() => found.published = named_later.filter(|_| ours()),
            Some(Label::Updated) if found.updated.is_none() => {
                found.updated = line_date(n, order).filter(|_| ours());
            }
            Some(Label::Updated) => {}
            Some(Label::Published) => found.published = line_date(n, order).filter(|_| ours()),
            None => {
                found.published = bookmark_date(n, line, order)
                    .or_else(|| byline_date(n, line, order))
                    .filter(|_| ours());
            }
        }
        if found.published.is_some() {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    #[test]
    fn the_publication_part_of_a_text_that_names_a_change() {
        let cases = [
            (
                "Published 2 May 2020 | Updated 9 May 2020",
                Some("Published 2 May 2020 | Updated 9 May 2020"),
            ),
            (
                "Aktualisiert am 09.05.2020, veröffentlicht am 02.05.2020",
                Some("veröffentlicht am 02.05.2020"),
            ),
            (
                "Mis à jour le 09/05/2020 - Publié le 02/05/2020",
                Some("Publié le 02/05/2020"),
            ),
            ("Updated: May 9, 2020 10:04 AM ET", None),
            ("Stand: 09.05.2020", None),
            (
                "2 May 2020, updated 9 May 2020",
                Some("2 May 2020, updated 9 May 2020"),
            ),
            (
                "Grandstand opened 2 May 2020",
                Some("Grandstand opened 2 May 2020"),
            ),
            ("2 May 2020", Some("2 May 2020")),
        ];
        for (text, want) in cases {
            assert_eq!(publication_part(text), want, "{text:?}");
        }
    }

    #[test]
    fn labels_open_a_line_and_end_at_a_word_end() {
        let cases = [
            ("Published: March 3, 2019", Some(Label::Published)),
            ("  | Posted on 3 May 2019 by Jo", Some(Label::Published)),
            ("VERÖFFENTLICHT AM 07.06.2019", Some(Label::Published)),
            ("Publié le 3 février 2020", Some(Label::Published)),
            ("Pubblicato il 12 giugno 2017", Some(Label::Published)),
            ("Gepubliceerd op 5 maart 2018", Some(Label::Published)),
            ("Datum: 14.03.2019", Some(Label::Published)),
            ("Stand: 08.05.2019, 05:02 Uhr", Some(Label::Updated)),
            ("Last updated 4 June 2020", Some(Label::Updated)),
            ("Standort: Berlin", None),
            ("Postedit", None),
            ("Publishers say 3 May 2019 was a record", None),
            ("The report was published on 3 May 2019", None),
        ];
        for (line, want) in cases {
            assert_eq!(label_of(line), want, "{line:?}");
        }
    }

    #[test]
    fn bylines_open_with_a_byline_word_and_a_name() {
        let cases = [
            ("By Jane Doe, 3 March 2019", true),
            ("Written by Jane Doe | 3 March 2019", true),
            ("Von Hans Meier, 03.05.2019", true),
            ("Par Jean Dupont, le 3 mars 2020", true),
            ("Door Jan de Vries", true),
            ("By May Lee, 4 June 2019", true),
            ("By March 3, 2019 the ferry had stopped", false),
            ("by the end of 2019", false),
            ("Bypass opens 3 May 2019", false),
            ("Voneinander getrennt", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_byline(line), want, "{line:?}");
        }
    }

    /// A page's body → the date lines' days (`None`: none taken).
    fn check(body: &str, published: Option<&str>, updated: Option<&str>) {
        let doc = Document::from(format!("<html><body>{body}</body></html>"));
        let comments = |n: &NodeRef| n.attr("class").is_some_and(|c| c.contains("comment"));
        let got = date_lines(doc.root(), &comments, NumericOrder::DayFirst);
        let want = DateLines {
            published: published.map(str::to_string),
            updated: updated.map(str::to_string),
        };
        assert_eq!(got, want, "{body}");
    }

    #[test]
    fn date_lines_found_and_prose_left_alone() {
        let cases = [
            (
                "<p>Text.</p><div>Quelle<br>VERÖFFENTLICHT AM 07.06.2019</div>",
                Some("2019-06-07"),
            ),
            (
                "<p><b>Published</b> <span>14 March 2019</span></p>",
                Some("2019-03-14"),
            ),
            (
                "<div class='post'><a href='/p' rel='bookmark'>Mai 03, 2017</a></div>",
                Some("2017-05-03"),
            ),
            ("<p>Publicado el 5 de marzo de 2018</p>", Some("2018-03-05")),
            ("<p>Опубликовано 14 марта 2019</p>", Some("2019-03-14")),
            (
                "<p>The report, published on 3 March 2019, found a rise.</p>",
                None,
            ),
            (
                "<div class='comments'><p>Posted on 4 May 2019</p></div>",
                None,
            ),
            ("<p>Veröffentlicht vor 2 Tagen</p>", None),
            ("<a rel='bookmark' href='/p'>A post about 2019</a>", None),
            ("<p>Stand: 08.05.2019</p>", None),
            ("<p>· Posted on 4 May 2019</p>", Some("2019-05-04")),
            (
                "<a rel='bookmark' href='/p'>03.05.2017</a>",
                Some("2017-05-03"),
            ),
        ];
        for (body, day) in cases {
            let updated = body.contains("Stand").then_some("2019-05-08");
            check(body, day, updated);
        }
        // The last change's line is kept only until a publication line is found.
        check(
            "<p>Updated 9 May 2019</p><p>Published 8 May 2019</p><p>Updated 10 May 2019</p>",
            Some("2019-05-08"),
            Some("2019-05-09"),
        );
    }
}
