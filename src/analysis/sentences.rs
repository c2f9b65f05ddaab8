//! Paragraph and sentence segmentation over the token stream.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotation marks
//! and brackets glued to it) when whitespace and a plausible sentence start
//! follow: a capital letter, a digit, or an opening quotation mark or bracket.
//! Abbreviations (`Mr.`, `U.S.`, `Sept.`, `No. 10`), initials (`George W.
//! Bush`) and decimals (`3.2`, kept inside one token) do not end a sentence
//! unless the next word is one that usually opens a sentence.

use super::Span;
use super::tokens::{Abbreviation, Token, TokenKind, abbreviation};
use crate::extract::lexicon;
use std::ops::Range;

/// One sentence: its span, its paragraph and its tokens (indices into the document's tokens).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    pub tokens: Range<usize>,
}

/// Paragraph spans of a normalised text. Blank lines separate paragraphs;
/// a text without any blank line is taken to have one paragraph per line
/// (the usual shape of crawler exports such as news-please's `maintext`).
pub fn paragraphs(text: &str) -> Vec<Span> {
    paragraph_spans(text).collect()
}

/// [`paragraphs`] one at a time, for a text too long to list them all at once.
pub fn paragraph_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let separator = if text.contains("\n\n") { "\n\n" } else { "\n" };
    let mut start = 0;
    text.match_indices(separator)
        .map(|(pos, _)| pos)
        .chain(std::iter::once(text.len()))
        .filter_map(move |pos| {
            let span = (pos > start).then(|| Span::new(start, pos));
            start = pos + separator.len();
            span
        })
}

/// Words that usually open a sentence. After an ambiguous abbreviation
/// (`Inc.`, `U.S.`, an initial) a sentence boundary is assumed only before one of these,
/// or before an abbreviated honorific (`Mr`, `Dr`; see `abbreviation_ends_sentence`).
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "or",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "there",
    "here",
    "when",
    "while",
    "after",
    "before",
    "however",
    "meanwhile",
    "if",
    "as",
    "for",
    "so",
    "yet",
    "some",
    "many",
    "most",
    "what",
    "why",
    "how",
    "who",
    "where",
    "asked",
    "one",
    "no",
    "not",
    "now",
    "then",
    "since",
    "under",
    "last",
    "earlier",
    "later",
    "according",
    "officials",
    "police",
];

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

fn is_opener_mark(s: &str) -> bool {
    matches!(s, "\"" | "'" | "`" | "“" | "‘" | "(" | "[" | "«")
}

/// Splits one paragraph's tokens into sentences. `tokens` are all tokens of
/// the paragraph, `offset` the index of the first of them in the document.
fn split_paragraph(
    text: &str,
    tokens: &[Token],
    offset: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let mut first = 0;
    let mut k = 0;
    while k < tokens.len() {
        let t = tokens[k].text(text);
        let abbrev = abbreviation_kind(t);
        if !is_terminal(t) && abbrev.is_none() {
            k += 1;
            continue;
        }
        // Glue following terminal punctuation and closing marks: `?!`, `."`, `.)`, `...`
        let mut j = k + 1;
        while j < tokens.len()
            && tokens[j].span.start == tokens[j - 1].span.end
            && tokens[j].kind == TokenKind::Punct
            && (is_terminal(tokens[j].text(text)) || is_closer(tokens[j].text(text)))
        {
            j += 1;
        }
        if j >= tokens.len() {
            break;
        }
        let next = &tokens[j];
        let spaced = next.span.start > tokens[j - 1].span.end;
        // `Robert C. "Bobby" Scott`: after a middle initial, an opening mark
        // starts a nickname, not a sentence.
        let initials = t.len() >= 2
            && t.split_terminator('.')
                .all(|p| p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()));
        let initial_in_name = initials
            && k > 0
            && tokens[k - 1]
                .text(text)
                .starts_with(|c: char| c.is_uppercase())
            && is_opener_mark(next.text(text));
        let ends = spaced
            && !initial_in_name
            && !dotted_day(text, tokens, k, j)
            && match abbrev {
                None => starts_sentence(text, tokens, j),
                Some(class) => abbreviation_ends_sentence(text, tokens, j, class),
            };
        if ends {
            push(tokens, offset, paragraph, first..j, out);
            first = j;
        }
        k = j;
    }
    if first < tokens.len() {
        push(tokens, offset, paragraph, first..tokens.len(), out);
    }
}

/// `7. Okt. 2019`, `16. Nov.`: the stop after a day of the month written
/// before the month's name (the German and Nordic style) ends no sentence.
fn dotted_day(text: &str, tokens: &[Token], k: usize, j: usize) -> bool {
    let day = k > 0 && {
        let d = tokens[k - 1].text(text);
        (1..=2).contains(&d.len())
            && d.bytes().all(|b| b.is_ascii_digit())
            && tokens[k - 1].span.end == tokens[k].span.start
    };
    day && tokens[k].text(text) == "."
        && lexicon::month_number(&tokens[j].text(text).trim_end_matches('.').to_lowercase())
            .is_some()
}

fn push(
    tokens: &[Token],
    offset: usize,
    paragraph: usize,
    range: Range<usize>,
    out: &mut Vec<Sentence>,
) {
    out.push(Sentence {
        span: Span::new(
            tokens[range.start].span.start,
            tokens[range.end - 1].span.end,
        ),
        paragraph,
        tokens: offset + range.start..offset + range.end,
    });
}

/// If the token is a word carrying an abbreviation dot, its class.
fn abbreviation_kind(token: &str) -> Option<Abbreviation> {
    let word = token.strip_suffix('.')?;
    if word.is_empty() {
        return None;
    }
    // Initials and dotted acronyms: `J.`, `U.S.`, `e.g.`
    if word.chars().count() == 1 || word.contains('.') {
        return Some(Abbreviation::Other);
    }
    abbreviation(word)
}

/// After a plain `.`, `!`, `?` or `…`: does token `j` open a new sentence?
fn starts_sentence(text: &str, tokens: &[Token], j: usize) -> bool {
    let t = tokens[j].text(text);
    let c = t.chars().next().unwrap_or(' ');
    if c.is_uppercase() || c.is_ascii_digit() {
        return true;
    }
    if is_opener_mark(t) {
        // `"We will…` opens a sentence; `' said` after a quote does not.
        // A doubled mark (`''We`, the New York Times' style) is one opener.
        let mut m = j;
        while tokens.get(m + 1).is_some_and(|n| {
            n.span.start == tokens[m].span.end && matches!(n.text(text), "'" | "`" | "‘")
        }) && matches!(tokens[m].text(text), "'" | "`" | "‘")
        {
            m += 1;
        }
        // An editor's bracket (`"[Trump] doesn't …`) opens the sentence too.
        if tokens
            .get(m + 1)
            .is_some_and(|n| n.span.start == tokens[m].span.end && n.text(text) == "[")
        {
            m += 1;
        }
        return tokens.get(m + 1).is_some_and(|n| {
            n.span.start == tokens[m].span.end
                && n.text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '…')
        });
    }
    false
}

fn abbreviation_ends_sentence(text: &str, tokens: &[Token], j: usize, class: Abbreviation) -> bool {
    let next = tokens[j].text(text);
    match class {
        Abbreviation::Title => false,
        Abbreviation::BeforeNumber if next.starts_with(|c: char| c.is_ascii_digit()) => false,
        _ => {
            let lower = next.trim_end_matches('.').to_lowercase();
            // (An abbreviated honorific, `Mr` or `Dr`, from lexicon/honorifics.tsv.)
            (SENTENCE_OPENERS.contains(&lower.as_str())
                || lexicon::is_abbreviated_honorific(&lower))
                && next.starts_with(char::is_uppercase)
                || (is_opener_mark(next) && starts_sentence(text, tokens, j))
        }
    }
}

/// Sentences of a whole text, given its paragraphs and tokens.
pub fn sentences(text: &str, paragraphs: &[Span], tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(text.len() / 100);
    let mut t = 0;
    for (p, para) in paragraphs.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < para.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= para.end {
            t += 1;
        }
        if t > first {
            split_paragraph(text, &tokens[first..t], first, p, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::Document;

    /// Splits `text` and compares the sentences' texts with `expected`.
    fn check(text: &str, expected: &[&str]) {
        let doc = Document::new(text.to_string());
        let got: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(got, expected, "sentences of {text:?}");
    }

    #[test]
    fn plain_full_stops() {
        check("It rained. We left.", &["It rained.", "We left."]);
    }

    #[test]
    fn titles_do_not_end_sentences() {
        check(
            "Mr. Hunt met Dr. Okoro and Mrs Smith. They talked.",
            &["Mr. Hunt met Dr. Okoro and Mrs Smith.", "They talked."],
        );
        check("Sen. Warren spoke.", &["Sen. Warren spoke."]);
        check(
            "Sens. Dick Durbin and Dianne Feinstein spoke.",
            &["Sens. Dick Durbin and Dianne Feinstein spoke."],
        );
    }

    #[test]
    fn dotted_acronyms_mid_sentence_and_at_the_end() {
        check(
            "U.S. officials met U.K. envoys. The talks failed.",
            &["U.S. officials met U.K. envoys.", "The talks failed."],
        );
        check(
            "He moved to the U.S. He never returned.",
            &["He moved to the U.S.", "He never returned."],
        );
        check("The U.S. Senate voted.", &["The U.S. Senate voted."]);
    }

    #[test]
    fn month_and_number_abbreviations_before_digits() {
        check(
            "It happened on Sept. 11 in New York. No. 10 said nothing.",
            &[
                "It happened on Sept. 11 in New York.",
                "No. 10 said nothing.",
            ],
        );
        check(
            "He lives at No. 10 Downing Street.",
            &["He lives at No. 10 Downing Street."],
        );
    }

    #[test]
    fn decimals_and_amounts() {
        check(
            "Prices rose 3.2% to £1.5m. Sales fell 0.4 per cent.",
            &["Prices rose 3.2% to £1.5m.", "Sales fell 0.4 per cent."],
        );
    }

    #[test]
    fn initials() {
        check(
            "George W. Bush met J. K. Rowling. Nobody knew why.",
            &["George W. Bush met J. K. Rowling.", "Nobody knew why."],
        );
        check(
            "Rep. Robert C. \"Bobby\" Scott spoke. He left.",
            &["Rep. Robert C. \"Bobby\" Scott spoke.", "He left."],
        );
        check(
            "Gov. C.L. \"Butch\" Otter spoke.",
            &["Gov. C.L. \"Butch\" Otter spoke."],
        );
    }

    #[test]
    fn sentence_opening_with_a_doubled_apostrophe() {
        check(
            "''It is too much,'' he said. ''You don't have to bother.'' ``Yes.''",
            &[
                "''It is too much,'' he said.",
                "''You don't have to bother.''",
                "``Yes.''",
            ],
        );
        check(
            "\"We are strong,\" said Unruh. \"[Trump] has no clue.\"",
            &["\"We are strong,\" said Unruh.", "\"[Trump] has no clue.\""],
        );
    }

    #[test]
    fn sentence_opening_with_a_quotation_mark() {
        check(
            "He spoke. \"We will win,\" he said. “It is time,” she added.",
            &[
                "He spoke.",
                "\"We will win,\" he said.",
                "“It is time,” she added.",
            ],
        );
    }

    #[test]
    fn closing_mark_after_the_stop_stays_with_the_sentence() {
        check(
            "\"It is over.\" He left. She said: 'No.' Then silence.",
            &[
                "\"It is over.\"",
                "He left.",
                "She said: 'No.'",
                "Then silence.",
            ],
        );
    }

    #[test]
    fn question_inside_quote_followed_by_lowercase_attribution() {
        check(
            "\"Why now?\" she asked. Nobody knew.",
            &["\"Why now?\" she asked.", "Nobody knew."],
        );
    }

    #[test]
    fn company_suffix_then_new_sentence() {
        check(
            "He sold Acme Inc. The buyer paid cash. Tom Smith Jr. said so.",
            &[
                "He sold Acme Inc.",
                "The buyer paid cash.",
                "Tom Smith Jr. said so.",
            ],
        );
    }

    #[test]
    fn lower_case_word_that_looks_like_an_abbreviation_ends_a_sentence() {
        check(
            "He fell ill. Doctors came.",
            &["He fell ill.", "Doctors came."],
        );
    }

    #[test]
    fn paragraphs_always_end_sentences() {
        check(
            "A heading\n\nFirst line. Second",
            &["A heading", "First line.", "Second"],
        );
    }

    #[test]
    fn ellipsis() {
        check(
            "We tried … and failed… The end.",
            &["We tried … and failed…", "The end."],
        );
    }

    #[test]
    fn digits_open_sentences() {
        check(
            "It was late. 40 people waited.",
            &["It was late.", "40 people waited."],
        );
    }

    #[test]
    fn paragraphs_by_blank_lines_or_by_lines() {
        use super::paragraphs;
        let text = "one\ntwo\n\nthree";
        let got: Vec<&str> = paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(got, ["one\ntwo", "three"]);
        let text = "one\ntwo\nthree";
        let got: Vec<&str> = paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(got, ["one", "two", "three"]);
    }
}
