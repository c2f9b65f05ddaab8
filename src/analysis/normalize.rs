//! Text normalisation: the one canonical form of an article body that is
//! stored and that every character offset points into.
//!
//! What changes: Unicode is put in NFC; CRLF and lone CR become LF; no-break
//! and other odd spaces become a plain space, tabs too; zero-width characters
//! and control characters are dropped; runs of spaces collapse to one; lines
//! are trimmed; three or more line breaks become one blank line.
//!
//! What does not change: quotation marks and apostrophes stay as written
//! (straight, curly or single), because the quote extractor needs to see the
//! outlet's own typography and a fact-checker must be able to find the exact
//! characters in the stored text.

use unicode_normalization::UnicodeNormalization;

/// Returns the normalised form of `raw`. Idempotent: `normalize(normalize(x)) == normalize(x)`.
pub fn normalize(raw: &str) -> String {
    // Most news text is already NFC (and much of it ASCII): check before composing.
    let nfc: std::borrow::Cow<str> = if unicode_normalization::is_nfc_quick(raw.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        std::borrow::Cow::Borrowed(raw)
    } else {
        std::borrow::Cow::Owned(raw.nfc().collect())
    };
    // Written straight into `out`, without a copy of the line: a text of
    // one 50 MB line costs no more than its result.
    let mut out = String::with_capacity(nfc.len());
    // Blank lines seen since the last non-blank line; emitted lazily so that
    // leading and trailing blank lines disappear and runs collapse to one.
    let mut pending_breaks = 0usize;
    // Whether the current line has text yet (it starts with a non-space).
    let mut in_line = false;
    let mut chars = nfc.chars().peekable();
    loop {
        let c = chars.next();
        let end_of_line = match c {
            None => true,
            Some('\n') => true,
            Some('\r') => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                true
            }
            // Line and paragraph separators behave as line breaks.
            Some('\u{2028}') | Some('\u{2029}') | Some('\u{0085}') => true,
            Some(_) => false,
        };
        if end_of_line {
            if in_line {
                // (The line starts with a non-space: popping stops there.)
                while out.ends_with(' ') {
                    out.pop();
                }
                pending_breaks = 0;
            } else if !out.is_empty() {
                pending_breaks += 1;
            }
            in_line = false;
            if c.is_none() {
                break;
            }
            continue;
        }
        let c = c.unwrap_or(' ');
        if is_space_like(c) {
            if in_line && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if is_dropped(c) {
            // invisible: nothing to keep
        } else {
            if !in_line && !out.is_empty() {
                out.push_str(if pending_breaks > 0 { "\n\n" } else { "\n" });
            }
            in_line = true;
            out.push(c);
        }
    }
    out
}

/// Characters shown as (or meant as) a plain space.
fn is_space_like(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{000B}' | '\u{000C}' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Invisible characters that only get in the way of matching: zero-width
/// spaces and joiners, the byte-order mark, soft hyphens and C0/C1 controls.
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    ) || (c.is_control() && c != '\n')
}

/// A word in lower case without its accents (`Calderón` → `calderon`):
/// how names are compared, as outlets drop accents that others keep.
pub fn fold_word(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::normalize;

    fn check(raw: &str, expected: &str) {
        assert_eq!(normalize(raw), expected, "input: {raw:?}");
        assert_eq!(
            normalize(expected),
            expected,
            "not idempotent on {expected:?}"
        );
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        check("a\r\nb\rc", "a\nb\nc");
    }

    #[test]
    fn nbsp_tabs_and_runs_of_spaces_collapse() {
        check("39\u{00A0}per\tcent  of   them", "39 per cent of them");
        check("a\u{202F}b\u{2009}c", "a b c");
    }

    #[test]
    fn zero_width_and_bom_are_dropped() {
        check("\u{FEFF}Hello\u{200B} world", "Hello world");
    }

    #[test]
    fn blank_lines_collapse_and_edges_are_trimmed() {
        check("\n\n  first  \n\n\n\nsecond\n\n", "first\n\nsecond");
        check("line one\n   \nline two", "line one\n\nline two");
    }

    #[test]
    fn quotes_and_apostrophes_are_kept_as_written() {
        check(
            "“Yes,” he said. 'No' ‘maybe’ it’s \"so\"",
            "“Yes,” he said. 'No' ‘maybe’ it’s \"so\"",
        );
    }

    #[test]
    fn decomposed_accents_are_composed() {
        check("Cafe\u{0301}", "Café");
    }

    #[test]
    fn empty_and_whitespace_only_inputs() {
        check("", "");
        check(" \n\t\r\n ", "");
    }
}
