//! Tokens: words, numbers and punctuation with byte spans into the
//! normalised text.
//!
//! The tokenizer is deliberately simple and total (it never fails and every
//! non-space character belongs to exactly one token). It keeps together what
//! the extractors want to see as one unit: `government’s`, `high-quality`,
//! `Covid-19`, `28,305`, `3.2`, `1.5m`, `U.S.`, `Mr.` and the initial `J.`.

use super::Span;
use crate::extract::lexicon;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens or abbreviation dots).
    Word,
    /// Digits, with inner `,` or `.` separators: `28,305`, `3.2`.
    Number,
    /// Letters and digits together: `1.5m`, `B1187`, `Covid-19`, `23-year-old`.
    Mixed,
    /// One character of anything else: `.`, `,`, `"`, `“`, `%`, `£`, `—`.
    Punct,
}

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }

    pub fn is_word_like(&self) -> bool {
        self.kind != TokenKind::Punct
    }
}

/// How an abbreviation written with a final dot behaves at a possible
/// sentence end. The tokenizer keeps the dot on the word; the sentence
/// splitter (see `sentences.rs`) asks this class whether the dot may also end
/// the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// A title before a name (`Mr.`, `Dr.`, `Sen.`): never ends a sentence.
    Title,
    /// Stands before a number (`No. 10`, `Sept. 11`): not an end before a digit.
    BeforeNumber,
    /// Anything else (`Inc.`, `etc.`, `Calif.`, `U.S.`, `J.`): may end a sentence.
    Other,
}

/// Abbreviated titles, besides the abbreviated honorifics (`Mr.`, `Dr.`) of
/// `lexicon/honorifics.tsv`.
const TITLES: &[&str] = &[
    "mx", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "maj", "rev", "fr", "hon", "pres", "supt", "insp", "det", "cllr", "mt", "messrs", "atty",
    "amb", "sec", "sens", "reps", "govs",
];
/// Abbreviations before a number, besides the months' (`Sept.`) of
/// `lexicon/months.txt`.
const BEFORE_NUMBER: &[&str] = &["no", "nos", "vol", "fig", "art"];
/// Capitalised abbreviations that are neither titles nor number prefixes,
/// besides the weekdays' (`Tue.`) of `lexicon/weekdays.txt`.
const OTHER_CAPITALISED: &[&str] = &[
    "jr", "sr", "inc", "ltd", "co", "corp", "plc", "llc", "bros", "dept", "univ", "assn", "ave",
    "blvd", "rd", "ft", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
    "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];
/// Abbreviations written in lower case (`etc.`); the capitalised lists above
/// only match a capitalised word, so that `he fell ill.` keeps its full stop.
const OTHER_LOWERCASE: &[&str] = &[
    "vs", "etc", "e.g", "i.e", "a.m", "p.m", "approx", "cf", "viz",
];

/// The class of `word` (without its dot) if it is a known abbreviation as written.
pub(crate) fn abbreviation(word: &str) -> Option<Abbreviation> {
    let lower = word.to_lowercase();
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    if first_upper {
        // (`Miss.` is Mississippi, not the honorific, which is a whole word.)
        if TITLES.contains(&lower.as_str()) || lexicon::is_abbreviated_honorific(&lower) {
            return Some(Abbreviation::Title);
        }
        if BEFORE_NUMBER.contains(&lower.as_str()) || lexicon::is_month_abbreviation(&lower) {
            return Some(Abbreviation::BeforeNumber);
        }
        if OTHER_CAPITALISED.contains(&lower.as_str()) || lexicon::is_weekday_abbreviation(&lower) {
            return Some(Abbreviation::Other);
        }
        // Initials (`J.`) and acronyms with dots (`U.S.`) are handled by the tokenizer.
        return None;
    }
    (word == lower && OTHER_LOWERCASE.contains(&word)).then_some(Abbreviation::Other)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐' || c == '‑'
}

/// Splits `text` into tokens. Whitespace separates tokens and is not itself a token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token {
                span: Span::new(byte_at(i), byte_at(i + 1)),
                kind: TokenKind::Punct,
            });
            i += 1;
            continue;
        }
        // A word-like run: alphanumerics with inner joiners.
        let start = i;
        let mut has_alpha = false;
        let mut has_digit = false;
        while i < chars.len() {
            let c = chars[i].1;
            if c.is_alphabetic() || is_combining(c) {
                has_alpha = true;
                i += 1;
            } else if c.is_numeric() {
                has_digit = true;
                i += 1;
            } else if is_mojibake_inside(&chars, i) {
                i += 1;
            } else {
                let next = chars.get(i + 1).map(|&(_, n)| n);
                let prev = chars[i - 1].1;
                let joins = match next {
                    // don't, government’s, O'Brien — but not a closing quote after a word.
                    Some(n) if is_apostrophe(c) => n.is_alphabetic(),
                    // high-quality, Covid-19, 23-year-old
                    Some(n) if is_hyphen(c) => n.is_alphanumeric(),
                    // 28,305 and 3.2: a separator between digits
                    Some(n) if c == ',' || c == '.' => prev.is_ascii_digit() && n.is_ascii_digit(),
                    _ => false,
                };
                if joins {
                    i += 2;
                    if is_hyphen(c) || is_apostrophe(c) {
                        // count the letter/digit we stepped over
                        let n = chars[i - 1].1;
                        has_alpha |= n.is_alphabetic();
                        has_digit |= n.is_numeric();
                    } else {
                        has_digit = true;
                    }
                } else {
                    break;
                }
            }
        }
        // Attach a final dot to abbreviations, acronyms and initials: `Mr.`,
        // `U.S.`, `e.g.`, `J.`; the sentence splitter knows these tokens.
        if chars.get(i).map(|&(_, c)| c) == Some('.') && !has_digit {
            let word = &text[byte_at(start)..byte_at(i)];
            // letter-dot pairs after a single letter: U.S., U.K., e.g., a.m.
            let mut pairs_end = i + 1;
            while word.chars().count() == 1
                && pairs_end + 1 < chars.len()
                && chars[pairs_end].1.is_alphabetic()
                && chars[pairs_end + 1].1 == '.'
                && chars
                    .get(pairs_end + 2)
                    .is_none_or(|&(_, c)| !c.is_alphanumeric())
            {
                pairs_end += 2;
            }
            let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if pairs_end > i + 1 || is_initial || abbreviation(word).is_some() {
                i = pairs_end;
            }
        }
        let kind = match (has_alpha, has_digit) {
            (true, true) => TokenKind::Mixed,
            (false, true) => TokenKind::Number,
            _ => TokenKind::Word,
        };
        tokens.push(Token {
            span: Span::new(byte_at(start), byte_at(i)),
            kind,
        });
    }
    tokens
}

/// UTF-8 read as Latin-1 and saved again (`FranÃ§ois`, `PeÃ±a`, with C1
/// controls between): inside a word, a Latin-1 sign or control after an
/// `Ã` or `Â`, a combining mark or another such char continues the word
/// when a letter or another one follows. Real pages carry such names, and
/// a name cut in two at the `§` loses its speaker.
fn is_mojibake_inside(chars: &[(usize, char)], i: usize) -> bool {
    let latin1_sign = |c: char| matches!(c, '\u{80}'..='\u{BF}') && !matches!(c, '«' | '»');
    let c = chars[i].1;
    let prev = chars[i - 1].1;
    let next = chars.get(i + 1).map(|&(_, n)| n);
    latin1_sign(c)
        && (matches!(prev, 'Ã' | 'Â') || is_combining(prev) || latin1_sign(prev))
        && next.is_some_and(|n| n.is_alphabetic() || latin1_sign(n))
}

fn is_combining(c: char) -> bool {
    // Combining marks survive NFC for some scripts; keep them inside words.
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(got, expected, "tokens of {text:?}");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        check(
            "the government’s high-quality care, don't",
            &["the", "government’s", "high-quality", "care", ",", "don't"],
        );
    }

    #[test]
    fn closing_single_quote_is_its_own_token() {
        check("'doctors' said", &["'", "doctors", "'", "said"]);
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        check("28,305 and 3.2%", &["28,305", "and", "3.2", "%"]);
        check("ends in 2016.", &["ends", "in", "2016", "."]);
    }

    #[test]
    fn mixed_tokens() {
        let text = "£1.5m on the B1187 for Covid-19, a 23-year-old";
        check(
            text,
            &[
                "£",
                "1.5m",
                "on",
                "the",
                "B1187",
                "for",
                "Covid-19",
                ",",
                "a",
                "23-year-old",
            ],
        );
        let kinds: Vec<TokenKind> = tokenize("1.5m 28 word").iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [TokenKind::Mixed, TokenKind::Number, TokenKind::Word]
        );
    }

    #[test]
    fn abbreviations_acronyms_and_initials_keep_their_dot() {
        check(
            "Mr. Hunt and George W. Bush",
            &["Mr.", "Hunt", "and", "George", "W.", "Bush"],
        );
        check(
            "the U.S. and U.K. said",
            &["the", "U.S.", "and", "U.K.", "said"],
        );
        check("at 9 a.m. today", &["at", "9", "a.m.", "today"]);
        check("It ended.", &["It", "ended", "."]);
    }

    #[test]
    fn mojibake_stays_inside_its_word() {
        check(
            "FranÃ§ois Hollande said",
            &["FranÃ§ois", "Hollande", "said"],
        );
        check(
            "FranA\u{303}\u{83}A\u{302}§ois",
            &["FranA\u{303}\u{83}A\u{302}§ois"],
        );
        check("Enrique PeÃ±a Nieto", &["Enrique", "PeÃ±a", "Nieto"]);
        // Signs that are not inside a mangled letter stay apart.
        check("20° north", &["20", "°", "north"]);
        check("le«mot»", &["le", "«", "mot", "»"]);
    }

    #[test]
    fn non_latin_text_is_tokenised_without_panic() {
        check(
            "Zürich — 東京 «oui»",
            &["Zürich", "—", "東京", "«", "oui", "»"],
        );
    }
}
