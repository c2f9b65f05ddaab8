//! Interview transcripts quoted paragraph by paragraph.
//!
//! Outlets print an interview as a run of quoted paragraphs, each opening
//! with the speaker's name in capitals and a colon:
//!
//! ```text
//! "WALLACE: Let's start with breaking news …
//!
//! "PENCE: Well, look, …
//! ```
//!
//! Each such paragraph is a turn of the named speaker. The label names the
//! speaker and is no part of the words; without this, the whole exchange
//! would read as one quotation by one person.

use super::marks::Quoted;
use crate::analysis::Span;

/// Capitalised lead-ins that label a paragraph, not a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "UPDATE",
    "UPDATED",
    "CORRECTION",
    "CLARIFICATION",
    "EXCLUSIVE",
    "BREAKING",
    "WATCH",
    "LOOK",
    "READ",
    "READ MORE",
    "RELATED",
    "VIDEO",
    "PHOTOS",
    "WARNING",
    "SPOILER",
];

/// The speaker label of a quotation that opens its paragraph with one
/// (`"WALLACE: …`, `"SEN. TIM KAINE: …`): the label's span, and where the
/// words after it start. `paragraph` is the span of the quotation's paragraph.
pub fn turn_label(text: &str, q: &Quoted, paragraph: Span) -> Option<(Span, usize)> {
    if q.open < paragraph.start || !text[paragraph.start..q.open].trim().is_empty() {
        return None;
    }
    let inner = text.get(q.inner.start..q.inner.end)?;
    let (label_len, words_start) = label_at(inner)?;
    let start = q.inner.start;
    Some((Span::new(start, start + label_len), start + words_start))
}

/// Whether `s` (the text right after an opening mark) starts with a speaker
/// label: the label's length, and where the words after it start.
pub fn label_at(s: &str) -> Option<(usize, usize)> {
    // A label is short: at most three words before the colon.
    let colon = s.char_indices().take(40).find(|&(_, c)| c == ':')?.0;
    let label = s[..colon].trim_end();
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 3
        || NOT_SPEAKERS.contains(&label)
        || (words.len() == 1 && crate::extract::lexicon::is_form_label(label))
    {
        return None;
    }
    // Every word in capitals (`MR.`, `O'ROURKE`, `HARRIS-PERRY`), with at
    // least two letters in all: `A:` and `Q:` name no one.
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = words.iter().all(|w| {
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
    });
    // Words must follow the colon (`"NOTE:"` alone labels nothing).
    let rest = &s[colon + 1..];
    if !capitals || letters < 2 || !rest.starts_with(char::is_whitespace) || rest.trim().is_empty()
    {
        return None;
    }
    Some((
        label.len(),
        colon + 1 + (rest.len() - rest.trim_start().len()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Document;
    use crate::extract::quotes::marks::find_quoted;

    /// The labels found in `text`, one per quotation (`None` where there is none).
    fn check(text: &str, expected: &[Option<(&str, &str)>]) {
        let doc = Document::from_raw(text);
        let quoted = find_quoted(&doc.text, &doc.paragraphs);
        let got: Vec<Option<(&str, &str)>> = quoted
            .iter()
            .map(|q| {
                let para = doc.paragraphs[q.paragraph];
                turn_label(&doc.text, q, para)
                    .map(|(label, start)| (doc.slice(label), &doc.text[start..q.inner.end]))
            })
            .collect();
        assert_eq!(got, expected, "turn labels in {text:?}");
    }

    #[test]
    fn capitalised_names_before_a_colon_label_turns() {
        check(
            "\"WALLACE: Will she be there?\n\n\"PENCE: She will not.\"",
            &[
                Some(("WALLACE", "Will she be there?")),
                Some(("PENCE", "She will not.")),
            ],
        );
        check(
            "\"SEN. TIM KAINE: We disagree.\"",
            &[Some(("SEN. TIM KAINE", "We disagree."))],
        );
    }

    #[test]
    fn other_colons_are_no_labels() {
        // Mixed case, a single letter, a section word, a colon inside a
        // sentence, a quotation inside the paragraph.
        check("\"Note: this is it.\"", &[None]);
        check("\"Q: Why now?\"", &[None]);
        check("\"UPDATE: The vote is off.\"", &[None]);
        check("\"We have one goal: to win,\" she said.", &[None]);
        check("He said: \"PENCE: yes.\"", &[None]);
    }
}
