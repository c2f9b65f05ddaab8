//! Quotation marks: which characters open and close a quotation, and how
//! they pair up, one paragraph at a time.
//!
//! Outlets quote with straight (`"`), curly (`“ ”`), low (`„`), angle
//! (`« »`) and single (`'`, `‘ ’`) marks; British outlets use single marks
//! and the same `’` as an apostrophe. Each mark is first classified by its
//! neighbours (a mark after a space and before a letter opens; one after a
//! letter and before a space closes; one between two letters is an
//! apostrophe), then marks are paired greedily left to right.
//!
//! Pairing is done per paragraph, so an unpaired mark costs at most its own
//! paragraph. The one exception is the newspaper convention for a quotation
//! over several paragraphs: every paragraph opens with a mark and only the
//! last one closes; each open paragraph then yields a span to its end,
//! flagged `runs_on`.

use super::transcript;
use crate::analysis::Span;

/// A quoted stretch of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The text inside the marks, without surrounding spaces.
    pub inner: Span,
    /// Byte offset just after the closing mark (or the paragraph end when
    /// the quotation runs on into the next paragraph).
    pub end: usize,
    /// Single marks (`'…'`, `‘…’`) rather than double ones.
    pub single: bool,
    /// No closing mark: the quotation continues in the next paragraph.
    pub runs_on: bool,
    pub paragraph: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// Either, decided by pairing.
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    family: Family,
    dir: Dir,
    /// For closing candidates of single marks: a strong close is next to
    /// punctuation or the paragraph end; a weak one (`doctors' pay`) may be
    /// a possessive apostrophe.
    strong: bool,
}

fn is_open_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\''
                )
        }
    }
}

fn is_close_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                )
        }
    }
}

/// Classifies the mark `c` between `prev` and `next`, or `None` if it is
/// not a quotation mark here (an apostrophe, an inch sign).
fn classify(prev: Option<char>, c: char, next: Option<char>) -> Option<(Family, Dir)> {
    let alnum = |x: Option<char>| x.is_some_and(|x| x.is_alphanumeric());
    let opens = is_open_context(prev) && next.is_some_and(|n| !n.is_whitespace());
    let closes = prev.is_some_and(|p| !p.is_whitespace()) && is_close_context(next);
    match c {
        '"' => Some((
            Family::Double,
            match (opens, closes) {
                (true, false) => Dir::Open,
                (false, true) => Dir::Close,
                _ => Dir::Either,
            },
        )),
        // Curly marks say their direction, but typists swap them; a mark in
        // clearly opposite context is left to pairing.
        '“' | '„' | '«' => Some((
            Family::Double,
            if closes && !opens {
                Dir::Either
            } else {
                Dir::Open
            },
        )),
        // (Nor does a closing mark open a paragraph: `” … what I learned`.)
        '”' | '»' => Some((
            Family::Double,
            if (opens && !closes) || prev.is_none() {
                Dir::Either
            } else {
                Dir::Close
            },
        )),
        '‘' | '‹' => {
            if alnum(prev) && alnum(next) {
                None
            } else {
                Some((Family::Single, Dir::Open))
            }
        }
        '\'' | '’' | '›' => {
            if alnum(prev) && alnum(next) {
                return None; // don't, Hunt's, O'Brien
            }
            if is_open_context(prev) && next.is_some_and(|n| n.is_ascii_digit()) {
                return None; // the '90s
            }
            if opens && !closes && c != '›' {
                Some((Family::Single, Dir::Open))
            } else if closes {
                Some((Family::Single, Dir::Close))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Finds the quoted spans of every paragraph.
pub fn find_quoted(text: &str, paragraphs: &[Span]) -> Vec<Quoted> {
    let mut out = Vec::new();
    let starts_with_open: Vec<Option<Family>> = paragraphs
        .iter()
        .map(|p| {
            let para = &text[p.start..p.end];
            let mut it = para.char_indices();
            let (_, c) = it.next()?;
            let next = it.next().map(|(_, n)| n);
            match classify(None, c, next) {
                Some((f, Dir::Open | Dir::Either)) => Some(f),
                _ => None,
            }
        })
        .collect();
    for (i, para) in paragraphs.iter().enumerate() {
        let next_opens = starts_with_open.get(i + 1).copied().flatten();
        pair_paragraph(text, *para, i, next_opens, &mut out);
    }
    out
}

fn collect_marks(text: &str, para: Span) -> Vec<Mark> {
    let s = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut marks = Vec::new();
    let mut skip_next = false;
    for (k, &(b, c)) in chars.iter().enumerate() {
        if skip_next {
            skip_next = false;
            continue;
        }
        if !matches!(
            c,
            '"' | '“' | '”' | '„' | '«' | '»' | '\'' | '‘' | '’' | '‹' | '›' | '`'
        ) {
            continue;
        }
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        // Two apostrophes (`''`, as the New York Times writes them) or two
        // backticks (Penn Treebank's opening mark) are one double mark.
        if (c == '\'' || c == '`') && chars.get(k + 1).map(|&(_, n)| n) == Some(c) {
            let next = chars.get(k + 2).map(|&(_, n)| n);
            let dir = if c == '`' {
                Some(Dir::Open)
            } else {
                classify(prev, '"', next).map(|(_, d)| d)
            };
            if let Some(dir) = dir {
                marks.push(Mark {
                    pos: para.start + b,
                    len: 2,
                    family: Family::Double,
                    dir,
                    strong: true,
                });
            }
            skip_next = true;
            continue;
        }
        if c == '`' {
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, n)| n);
        if let Some((family, dir)) = classify(prev, c, next) {
            let strong = match next {
                None => true,
                Some(n) => !n.is_alphanumeric() && !n.is_whitespace(),
            } || prev
                .is_some_and(|p| matches!(p, '.' | ',' | '!' | '?' | '…' | ';' | ':'))
                || next_word_is_lowercase_after_space(&chars, k);
            marks.push(Mark {
                pos: para.start + b,
                len: c.len_utf8(),
                family,
                dir,
                strong,
            });
        }
    }
    marks
}

/// `…' he said`: a single mark followed by a space and a lower-case word
/// that is not a noun it could own (`doctors' pay`) is likelier a close.
/// Only speech-verb-like continuations count, to keep possessives weak.
fn next_word_is_lowercase_after_space(chars: &[(usize, char)], k: usize) -> bool {
    let rest: String = chars[k + 1..].iter().take(12).map(|&(_, c)| c).collect();
    let rest = rest.trim_start();
    [
        "he ",
        "she ",
        "they ",
        "said",
        "says",
        "added",
        "told",
        "according",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

fn pair_paragraph(
    text: &str,
    para: Span,
    index: usize,
    next_opens: Option<Family>,
    out: &mut Vec<Quoted>,
) {
    let marks = collect_marks(text, para);
    let doubles: Vec<Mark> = marks
        .iter()
        .copied()
        .filter(|m| m.family == Family::Double)
        .collect();
    let mut found = pair(
        text,
        para,
        index,
        &doubles,
        next_opens == Some(Family::Double),
        false,
    );
    // Single marks count only outside double-quoted stretches (inside, they
    // are nested quotations or apostrophes, part of the outer quotation).
    let singles: Vec<Mark> = marks
        .iter()
        .copied()
        .filter(|m| m.family == Family::Single)
        .filter(|m| !found.iter().any(|q| q.open < m.pos && m.pos < q.end))
        .collect();
    let single_found = pair(
        text,
        para,
        index,
        &singles,
        next_opens == Some(Family::Single),
        true,
    );
    // A double-quoted stretch inside a single-quoted one is a nested quotation.
    found.retain(|d| {
        !single_found
            .iter()
            .any(|s| s.open < d.open && d.end <= s.end)
    });
    found.extend(single_found);
    found.sort_by_key(|q| q.open);
    out.extend(found);
}

fn pair(
    text: &str,
    para: Span,
    index: usize,
    marks: &[Mark],
    next_paragraph_opens: bool,
    single: bool,
) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < marks.len() {
        let m = marks[k];
        if m.dir == Dir::Close {
            k += 1; // a stray closing mark
            continue;
        }
        // An opening (or either-way) mark: find its close.
        let close = find_close(marks, k, single);
        match close {
            Some(j) => {
                let c = marks[j];
                if let Some(q) = quoted(
                    text,
                    m.pos + m.len,
                    c.pos,
                    m.pos,
                    c.pos + c.len,
                    single,
                    false,
                    index,
                ) {
                    out.push(q);
                }
                k = j + 1;
            }
            None => {
                // Unclosed. A quotation that runs on into the next paragraph
                // (which opens with a mark) ends with this paragraph; so does
                // one that opens the paragraph. Anything else is a stray mark.
                let at_start = text[para.start..m.pos].trim().is_empty()
                    || text[para.start..m.pos].trim_end().ends_with(':');
                // Other quotations in the paragraph make the opening mark a
                // stray (an excerpt quoted whole, its own quotations kept),
                // except in a transcript turn, whose quotations nest inside it
                // (`"PENCE: … an episode of “Shark Tank.” But …`).
                let rest = &marks[k + 1..];
                let turn = transcript::label_at(&text[m.pos + m.len..para.end]).is_some();
                let clear = if turn {
                    nested_or_stray_closes(rest)
                } else {
                    !rest.iter().any(|x| x.dir != Dir::Close)
                };
                if next_paragraph_opens && at_start && clear {
                    if let Some(q) = quoted(
                        text,
                        m.pos + m.len,
                        para.end,
                        m.pos,
                        para.end,
                        single,
                        true,
                        index,
                    ) {
                        out.push(q);
                    }
                    break;
                }
                k += 1;
            }
        }
    }
    out
}

/// The marks after an unclosed opening one are stray closing marks or
/// whole nested quotations (every opening mark closed, in order).
fn nested_or_stray_closes(marks: &[Mark]) -> bool {
    let mut depth = 0usize;
    for m in marks {
        match (m.dir, depth) {
            (Dir::Open, _) | (Dir::Either, 0) => depth += 1,
            (Dir::Close | Dir::Either, _) => depth = depth.saturating_sub(1),
        }
    }
    depth == 0
}

/// Index of the mark closing the one at `k`.
fn find_close(marks: &[Mark], k: usize, single: bool) -> Option<usize> {
    let mut first_weak = None;
    for (j, m) in marks.iter().enumerate().skip(k + 1) {
        match m.dir {
            Dir::Open => {
                // Another opening mark before any close: for single marks
                // take a weak close seen so far. For double marks, two
                // closing marks right after it nest one quotation in the
                // other (`“People wearing “Settle For Hillary” shirts.”`,
                // where outlets do not alternate the marks); otherwise the
                // first opening mark was a stray.
                if single {
                    return first_weak;
                }
                let closes = |i: usize| marks.get(i).is_some_and(|x| x.dir == Dir::Close);
                return (closes(j + 1) && closes(j + 2)).then_some(j + 2);
            }
            Dir::Close | Dir::Either => {
                if !single || m.strong {
                    return Some(j);
                }
                first_weak.get_or_insert(j);
            }
        }
    }
    first_weak
}

#[allow(clippy::too_many_arguments)]
fn quoted(
    text: &str,
    inner_start: usize,
    inner_end: usize,
    open: usize,
    end: usize,
    single: bool,
    runs_on: bool,
    paragraph: usize,
) -> Option<Quoted> {
    if inner_end <= inner_start {
        return None;
    }
    let inner = &text[inner_start..inner_end];
    if inner.trim().is_empty() {
        return None;
    }
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let span = Span::new(inner_start + lead, inner_end - trail);
    if span.is_empty()
        || !text[span.start..span.end]
            .chars()
            .any(char::is_alphanumeric)
    {
        return None;
    }
    Some(Quoted {
        open,
        inner: span,
        end,
        single,
        runs_on,
        paragraph,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::paragraphs;

    /// Pairs the marks of `text` and compares the quoted texts (runs-on ones end with `…»`).
    fn check(text: &str, expected: &[&str]) {
        let found = find_quoted(text, &paragraphs(text));
        let got: Vec<String> = found
            .iter()
            .map(|q| {
                let s = text[q.inner.start..q.inner.end].to_string();
                if q.runs_on { format!("{s}…»") } else { s }
            })
            .collect();
        assert_eq!(got, expected, "quotes in {text:?}");
    }

    #[test]
    fn straight_and_curly_double_marks() {
        check(
            r#""This is wrong," he said. "It must stop.""#,
            &["This is wrong,", "It must stop."],
        );
        check(
            "“We did not take this lightly,” said Priya Raman.",
            &["We did not take this lightly,"],
        );
        check(
            "„Guten Tag“ and «bonjour» were said.",
            &["Guten Tag", "bonjour"],
        );
    }

    #[test]
    fn single_marks_with_apostrophes_inside() {
        check(
            "'If it's the airline's fault, the airline pays,' he said. 'We'd been saving.'",
            &[
                "If it's the airline's fault, the airline pays,",
                "We'd been saving.",
            ],
        );
        check("‘It’s over,’ she said.", &["It’s over,"]);
    }

    #[test]
    fn possessive_plural_is_not_a_closing_mark() {
        check(
            "'The doctors' union is wrong,' she said.",
            &["The doctors' union is wrong,"],
        );
        check("The doctors' pay rose.", &[]);
    }

    #[test]
    fn nested_quotations_stay_inside_the_outer_one() {
        check(
            r#""He told me 'no way' yesterday," she said."#,
            &["He told me 'no way' yesterday,"],
        );
        check(
            r#"'He said "no", and left,' she said."#,
            &[r#"He said "no", and left,"#],
        );
        check(
            "He tweeted: “Fans wearing “Vote Blue” shirts were there.” Then he left.",
            &["Fans wearing “Vote Blue” shirts were there."],
        );
        // A stray opening mark before a pair stays a stray.
        check("A “stray mark and “a pair” here.", &["a pair"]);
    }

    #[test]
    fn partial_quotes_inside_a_sentence() {
        check(
            r#"He blamed the government's "appalling" behaviour and its 'shameful' record."#,
            &["appalling", "shameful"],
        );
    }

    #[test]
    fn quotation_over_two_paragraphs() {
        check(
            "She said: \"First part.\n\n\"Second part.\" Then she left.",
            &["First part.…»", "Second part."],
        );
        check(
            "“People come over the bridge.\n\n“I’ve got four staff.”",
            &["People come over the bridge.…»", "I’ve got four staff."],
        );
        // A quotation nested in the one that runs on stays inside it.
        check(
            "\"PENCE: It is an episode of “Shark Tank.” But no.\n\n\"WALLACE: Fine.\"",
            &[
                "PENCE: It is an episode of “Shark Tank.” But no.…»",
                "WALLACE: Fine.",
            ],
        );
    }

    #[test]
    fn an_unpaired_mark_costs_only_its_paragraph() {
        check(
            "He said \"this never closes.\n\nA normal \"quote\" here.\n\n\"Another,\" she said.",
            &["quote", "Another,"],
        );
    }

    #[test]
    fn a_closing_mark_typed_as_opening_one() {
        check(
            "”Mr. Trump embodies racism.” ― Sonya Herridge",
            &["Mr. Trump embodies racism."],
        );
        // Even with a space after it, at the start of a paragraph.
        check(
            "” … what I learned is that Islam is not the enemy,” he said.",
            &["… what I learned is that Islam is not the enemy,"],
        );
    }

    #[test]
    fn doubled_apostrophes_and_backticks() {
        check(
            "''Choke!'' blared the front page. Mr. Rubio had been ''rocked'' by it.",
            &["Choke!", "rocked"],
        );
        check("``Yes,'' he said.", &["Yes,"]);
    }

    #[test]
    fn inch_signs_and_decades_are_not_quotes() {
        check("A 6' fence from the '90s and it's 5'11\" tall.", &[]);
    }
}
