//! Pieces: the analysis layer's tokens as the claim grammar sees them.
//!
//! The tokenizer keeps `twenty-six`, `23-year-old`, `10-12` and `2016-01-12`
//! together as one token, which is right for sentence splitting but hides the
//! structure the number grammar needs. A piece is a token, or one part of a
//! token split at its inner hyphens, with its lower-case form and two facts
//! about what sits before it: whether it is glued to the previous piece (no
//! space) and whether a hyphen joins them. Digit tokens that are not one
//! number (`192.168.1.2`, `22,24,26`) are split into their numbers and the
//! separators between them, so that every number piece holds one number.

use crate::analysis::{Span, Token, TokenKind};
use std::borrow::Cow;

/// What a piece is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PieceKind {
    Word,
    Number,
    Mixed,
    Punct,
}

/// One piece of a sentence (see the module doc).
#[derive(Debug, Clone)]
pub(crate) struct Piece<'a> {
    pub span: Span,
    pub text: &'a str,
    /// Lower case, with curly apostrophes made straight.
    pub lower: Cow<'a, str>,
    pub kind: PieceKind,
    /// No whitespace between this piece and the previous one.
    pub glued: bool,
    /// A hyphen inside the same token joins this piece to the previous one.
    pub hyphen: bool,
    /// A number word (`two`, `million`, `third`), looked up once here
    /// because every grammar asks.
    pub number_word: bool,
}

impl Piece<'_> {
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_ref())
    }

    pub fn is_word(&self) -> bool {
        self.kind == PieceKind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == PieceKind::Number
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Every letter is upper case and there are at least two (`BMA`, `CV`).
    pub fn is_acronym(&self) -> bool {
        self.kind == PieceKind::Word
            && self.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && self
                .text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    }
}

fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| !b.is_ascii_uppercase()) && s.is_ascii() {
        return Cow::Borrowed(s);
    }
    if s.is_ascii() {
        return Cow::Owned(s.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '’' | '‘' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// `12e-1`, `1.5e-3`: the hyphen is an exponent sign, not a joiner.
fn is_exponent_form(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(e) = b.iter().position(|&c| c == b'e') else {
        return false;
    };
    e > 0
        && b[..e].iter().all(|c| c.is_ascii_digit() || *c == b'.')
        && b[0].is_ascii_digit()
        && b.get(e + 1) == Some(&b'-')
        && b.len() > e + 2
        && b[e + 2..].iter().all(u8::is_ascii_digit)
}

fn kind_of(s: &str) -> PieceKind {
    let mut alpha = false;
    let mut digit = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            digit = true;
        } else if c.is_alphanumeric() {
            alpha = true;
        }
    }
    match (alpha, digit) {
        (_, false) if s.chars().all(|c| !c.is_alphanumeric()) => PieceKind::Punct,
        (true, true) => PieceKind::Mixed,
        (false, true) => PieceKind::Number,
        _ => PieceKind::Word,
    }
}

fn is_date_abbreviation(stem: &str) -> bool {
    let l = stem.to_ascii_lowercase();
    super::dates::month_word(&l).is_some() || super::dates::weekday_word(&l).is_some()
}

/// A word whose possessive names a date: a weekday, a month, or a period.
fn is_date_possessive(stem: &str) -> bool {
    let l = stem.to_ascii_lowercase();
    is_date_abbreviation(&l)
        || matches!(
            l.as_str(),
            "day" | "week" | "month" | "year" | "today" | "yesterday" | "tomorrow" | "weekend"
        )
}

/// Appends the pieces of `tokens` (a sentence, or a whole short text) to `out`.
pub(crate) fn pieces<'a>(text: &'a str, tokens: &[Token], out: &mut Vec<Piece<'a>>) {
    let mut prev_end: Option<usize> = None;
    for t in tokens {
        let s = t.text(text);
        let glued = prev_end == Some(t.span.start);
        prev_end = Some(t.span.end);
        // `Jan.`, `Tues.`: the abbreviation dot is its own piece, so that a
        // date ends at the month and `Jan. 12` reads like `Jan 12`.
        if t.kind == TokenKind::Word
            && let Some(stem) = s.strip_suffix('.')
            && is_date_abbreviation(stem)
        {
            push_part(text, t.span.start, t.span.end - 1, glued, false, out);
            push_part(text, t.span.end - 1, t.span.end, true, false, out);
            continue;
        }
        // `212°F.`, `220° C.`: a temperature scale ending the sentence was
        // read as an initial; its dot is the full stop.
        if matches!(s, "C." | "F." | "c." | "f.")
            && out.last().is_some_and(|p| matches!(p.text, "°" | "º"))
        {
            push_part(text, t.span.start, t.span.end - 1, glued, false, out);
            push_part(text, t.span.end - 1, t.span.end, true, false, out);
            continue;
        }
        // `Friday’s`, `last month's`: a date word's possessive is its own
        // piece, with a straight or a curly apostrophe.
        if t.kind == TokenKind::Word
            && let Some(stem) = s.strip_suffix("'s").or_else(|| s.strip_suffix("’s"))
            && is_date_possessive(stem)
        {
            let at = t.span.start + stem.len();
            push_part(text, t.span.start, at, glued, false, out);
            push_part(text, at, t.span.end, true, false, out);
            continue;
        }
        if t.kind == TokenKind::Punct || (!s.chars().any(is_hyphen)) || is_exponent_form(s) {
            push_part(text, t.span.start, t.span.end, glued, false, out);
            continue;
        }
        // Split at inner hyphens.
        let mut start = t.span.start;
        let mut first = true;
        for (i, c) in s.char_indices() {
            if is_hyphen(c) {
                let at = t.span.start + i;
                push_part(
                    text,
                    start,
                    at,
                    if first { glued } else { true },
                    !first,
                    out,
                );
                first = false;
                start = at + c.len_utf8();
            }
        }
        push_part(text, start, t.span.end, !first || glued, !first, out);
    }
}

fn push_part<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    glued: bool,
    hyphen: bool,
    out: &mut Vec<Piece<'a>>,
) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let kind = kind_of(s);
    if kind == PieceKind::Number
        && let Some(parts) = super::numbers::split_digit_list(s)
    {
        // `192.168.1.2`, `22,24,26`: one piece per number, one per separator.
        let mut first = true;
        for (a, b) in parts {
            out.push(Piece {
                span: Span::new(start + a, start + b),
                text: &text[start + a..start + b],
                lower: Cow::Borrowed(&text[start + a..start + b]),
                kind: kind_of(&text[start + a..start + b]),
                glued: if first { glued } else { true },
                hyphen: first && hyphen,
                number_word: false,
            });
            first = false;
        }
        return;
    }
    let lower = lower(s);
    let number_word = kind == PieceKind::Word && super::words::is_number_word(&lower);
    out.push(Piece {
        span: Span::new(start, end),
        text: s,
        lower,
        kind,
        glued,
        hyphen,
        number_word,
    });
}

/// Pieces of a whole text (used by the peer-suite parsers on one input).
pub(crate) fn pieces_of(text: &str) -> Vec<Piece<'_>> {
    let tokens = crate::analysis::tokenize(text);
    let mut out = Vec::with_capacity(tokens.len() + 4);
    pieces(text, &tokens, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[(&str, bool, bool)]) {
        let got: Vec<(&str, bool, bool)> = pieces_of(text)
            .iter()
            .map(|p| (p.text, p.glued, p.hyphen))
            .collect();
        assert_eq!(got, expected, "pieces of {text:?}");
    }

    #[test]
    fn a_spaced_scale_ending_the_sentence_loses_its_full_stop() {
        check(
            "at 220° C.",
            &[
                ("at", false, false),
                ("220", false, false),
                ("°", true, false),
                ("C", false, false),
                (".", true, false),
            ],
        );
    }

    #[test]
    fn a_scale_ending_the_sentence_loses_its_full_stop() {
        check(
            "at 212°F.",
            &[
                ("at", false, false),
                ("212", false, false),
                ("°", true, false),
                ("F", true, false),
                (".", true, false),
            ],
        );
    }

    #[test]
    fn hyphenated_tokens_split_into_joined_pieces() {
        check(
            "a 23-year-old twenty-six",
            &[
                ("a", false, false),
                ("23", false, false),
                ("year", true, true),
                ("old", true, true),
                ("twenty", false, false),
                ("six", true, true),
            ],
        );
        check(
            "10-12 weeks",
            &[
                ("10", false, false),
                ("12", true, true),
                ("weeks", false, false),
            ],
        );
    }

    #[test]
    fn exponents_keep_their_minus_sign() {
        check("-12e-1", &[("-", false, false), ("12e-1", true, false)]);
    }

    #[test]
    fn digit_lists_split_into_numbers() {
        check(
            "192.168.1.2",
            &[
                ("192", false, false),
                (".", true, false),
                ("168", true, false),
                (".", true, false),
                ("1", true, false),
                (".", true, false),
                ("2", true, false),
            ],
        );
        check("28,305", &[("28,305", false, false)]);
    }

    #[test]
    fn lower_case_and_straight_apostrophes() {
        let p = pieces_of("Route BMA’s");
        assert_eq!(p[0].lower, "route");
        assert_eq!(p[1].lower, "bma's");
        assert!(p[1].is_capitalised());
        assert!(!p[1].is_acronym());
        assert!(pieces_of("CV")[0].is_acronym());
    }
}
