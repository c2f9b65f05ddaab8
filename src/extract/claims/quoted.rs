//! Where the direct quotations of a text are, roughly: enough to know that
//! a `today` sits inside someone's words. (Finding quotes and their speakers
//! properly is the quotes extractor's job; the claims only need the
//! regions.)
//!
//! Double quotes, straight or curly, open and close in turn within a
//! paragraph; a quote left open at the end of a paragraph runs to its end
//! (the next paragraph reopens it). Single quotes count only where they
//! cannot be apostrophes: an opening mark after a space or at the start, a
//! closing mark before a space or punctuation.

use crate::analysis::Span;

/// Byte spans of quoted text (marks included), sorted by start.
pub(crate) fn regions(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for para in text.split('\n') {
        scan_paragraph(para, at, &mut out);
        at += para.len() + 1;
    }
    out.sort();
    out
}

/// Is `span` inside one of the sorted `regions`? Regions do not nest, so
/// the one starting last before `span` decides (a binary search).
pub(crate) fn inside(regions: &[Span], span: Span) -> bool {
    let i = regions.partition_point(|r| r.start <= span.start);
    i > 0 && regions[i - 1].contains(span)
}

fn scan_paragraph(para: &str, offset: usize, out: &mut Vec<Span>) {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut double_open: Option<usize> = None;
    let mut single_open: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let end = i + c.len_utf8();
        match c {
            '"' => match double_open {
                Some(s) => {
                    out.push(Span::new(offset + s, offset + end));
                    double_open = None;
                }
                None => double_open = Some(i),
            },
            '“' if double_open.is_none() => double_open = Some(i),
            '”' => {
                if let Some(s) = double_open.take() {
                    out.push(Span::new(offset + s, offset + end));
                }
            }
            '\'' | '‘' | '’' => {
                let opens = prev
                    .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '-'))
                    && next.is_some_and(|n| n.is_alphanumeric() || n == '…');
                let closes = prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| n.is_whitespace() || ",.;:!?)—".contains(n));
                if double_open.is_none() && single_open.is_none() && opens && c != '’' {
                    single_open = Some(i);
                } else if closes
                    && c != '‘'
                    && let Some(s) = single_open.take()
                {
                    out.push(Span::new(offset + s, offset + end));
                }
            }
            _ => {}
        }
    }
    if let Some(s) = double_open.or(single_open) {
        out.push(Span::new(offset + s, offset + para.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = regions(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn quote_marks_of_every_kind() {
        check(r#"He said "go today" and left."#, &[r#""go today""#]);
        check("“Curly,” she said.", &["“Curly,”"]);
        check(
            "'We got it wrong,' Cassidy said. It's the airline's fault.",
            &["'We got it wrong,'"],
        );
        check("\"Open to the end\n\nNext", &["\"Open to the end"]);
        check("the government's plans", &[]);
    }
}
