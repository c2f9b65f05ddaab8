//! Length caps: the most text one extraction pass reads at once, so that
//! extraction stays linear in an article's length and its memory bounded
//! by the cap, whatever the shape of the text (one line of 50 MB, a
//! sentence without an end, thousands of quotation marks).
//!
//! An article within every cap is extracted whole, exactly as before. One
//! that is not is cut into pieces extracted one by one: windows of whole
//! paragraphs, a paragraph over its cap into runs of whole sentences, a
//! sentence over its cap at spaces. Each cut is reported as a [`Cut`] (the
//! caller turns it into a diagnostic naming the file and line), never
//! silently: quotes, speakers and pronouns are not linked across pieces.
//! No news text reaches the caps (the longest sentence in the research
//! corpora is under 3 KB).

use crate::analysis::{Document, Span};
use std::fmt;

/// The caps, in bytes of normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// A longer sentence is read in pieces of at most this, cut at spaces.
    pub sentence: usize,
    /// A longer paragraph is read in runs of whole sentences of at most this.
    pub paragraph: usize,
    /// A longer article is read in windows of whole paragraphs of at most this.
    pub window: usize,
}

impl Default for Caps {
    fn default() -> Self {
        Caps {
            sentence: 4_000,
            paragraph: 16_000,
            window: 128_000,
        }
    }
}

/// What was cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CutKind {
    Article,
    Paragraph,
    Sentence,
}

/// One cut: the unit over its cap, where it starts and into how many pieces it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    pub kind: CutKind,
    /// 1-based paragraph where the unit starts.
    pub paragraph: usize,
    /// Character offset where the unit starts.
    pub start: usize,
    /// Its length in bytes.
    pub bytes: usize,
    /// The cap it passed.
    pub cap: usize,
    pub pieces: usize,
}

impl fmt::Display for Cut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (unit, how) = match self.kind {
            CutKind::Article => ("the article", "windows of whole paragraphs"),
            CutKind::Paragraph => ("paragraph", "runs of whole sentences"),
            CutKind::Sentence => ("a sentence in paragraph", "pieces cut at spaces"),
        };
        let at = match self.kind {
            CutKind::Article => String::new(),
            _ => format!(" {}", self.paragraph),
        };
        write!(
            f,
            "{unit}{at} (from character {}) is {} bytes long, over the {}-byte cap: \
             extracted in {} {how}, so quotes and speakers are not linked across them; \
             split the text if it is really one article",
            self.start, self.bytes, self.cap, self.pieces
        )
    }
}

/// The byte spans to extract one by one, and the cuts that made them; a
/// single span of the whole text and no cut when the text is within every cap.
pub fn pieces(doc: &Document, caps: &Caps) -> (Vec<Span>, Vec<Cut>) {
    let mut cuts = Vec::new();
    // Bounded pieces in text order; `true` for a whole paragraph.
    let mut bounded: Vec<(Span, bool)> = Vec::new();
    for (pi, &p) in doc.paragraphs.iter().enumerate() {
        let sentences = sentences_of(doc, p);
        let long = |s: &Span| s.len() > caps.sentence;
        if p.len() <= caps.paragraph && !sentences.iter().any(long) {
            bounded.push((p, true));
            continue;
        }
        let before = bounded.len();
        let mut run: Option<Span> = None;
        for s in sentences {
            if long(&s) {
                bounded.extend(run.take().map(|r| (r, false)));
                let parts = at_spaces(&doc.text, s, caps.sentence);
                cuts.push(cut(
                    doc,
                    CutKind::Sentence,
                    pi,
                    s,
                    caps.sentence,
                    parts.len(),
                ));
                bounded.extend(parts.into_iter().map(|s| (s, false)));
            } else {
                run = match run {
                    Some(r) if s.end - r.start <= caps.paragraph => Some(Span::new(r.start, s.end)),
                    r => {
                        bounded.extend(r.map(|r| (r, false)));
                        Some(s)
                    }
                };
            }
        }
        bounded.extend(run.map(|r| (r, false)));
        if p.len() > caps.paragraph {
            let n = bounded.len() - before;
            cuts.push(cut(doc, CutKind::Paragraph, pi, p, caps.paragraph, n));
        }
    }
    if cuts.is_empty() && doc.text.len() <= caps.window {
        return (vec![Span::new(0, doc.text.len())], cuts);
    }
    let whole_paragraphs = bounded.iter().filter(|(_, whole)| *whole).count();
    let windows = windows(bounded, caps.window);
    // Paragraphs within their caps split between windows: said once for
    // the article (a cut paragraph has said so itself).
    if doc.text.len() > caps.window && whole_paragraphs > 1 {
        let whole = Span::new(0, doc.text.len());
        cuts.insert(
            0,
            cut(doc, CutKind::Article, 0, whole, caps.window, windows.len()),
        );
    }
    (windows, cuts)
}

fn cut(doc: &Document, kind: CutKind, paragraph: usize, s: Span, cap: usize, n: usize) -> Cut {
    Cut {
        kind,
        paragraph: paragraph + 1,
        start: doc.text[..s.start].chars().count(),
        bytes: s.len(),
        cap,
        pieces: n,
    }
}

/// The sentence spans inside paragraph `p`.
fn sentences_of(doc: &Document, p: Span) -> Vec<Span> {
    let a = doc.sentences.partition_point(|s| s.span.start < p.start);
    let b = doc.sentences.partition_point(|s| s.span.start < p.end);
    doc.sentences[a..b.max(a)]
        .iter()
        .map(|s| Span::new(s.span.start, s.span.end.min(p.end)))
        .collect()
}

/// `s` in pieces of at most `cap` bytes, each ending after a space where
/// one is found in its second half.
fn at_spaces(text: &str, s: Span, cap: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = s.start;
    while s.end - start > cap {
        let mut end = start + cap;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut half = start + cap / 2;
        while !text.is_char_boundary(half) {
            half -= 1;
        }
        // (The space may be wider than a byte: a no-break space.)
        if let Some((k, c)) = text[half..end]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
        {
            end = half + k + c.len_utf8();
        }
        if end == start {
            // A cap smaller than one character: take the character.
            end = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
        out.push(Span::new(start, end));
        start = end;
    }
    out.push(Span::new(start, s.end));
    out
}

/// Whole paragraphs grouped into windows of at most `cap` bytes; a piece
/// of a cut paragraph stands alone.
fn windows(bounded: Vec<(Span, bool)>, cap: usize) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open = false; // whether the last window takes more paragraphs
    for (s, whole) in bounded {
        match out.last_mut() {
            Some(w) if open && whole && s.end - w.start <= cap => w.end = s.end,
            _ => out.push(s),
        }
        open = whole;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Caps = Caps {
        sentence: 60,
        paragraph: 200,
        window: 1_000,
    };

    fn check(text: &str, kinds: &[CutKind]) {
        let doc = Document::new(text.to_string());
        let (spans, cuts) = pieces(&doc, &SMALL);
        let got: Vec<CutKind> = cuts.iter().map(|c| c.kind).collect();
        assert_eq!(got, kinds, "{text:?}");
        for s in &spans {
            assert!(s.len() <= SMALL.window, "{s:?}");
            assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
        }
        // Pieces are in order, do not overlap and leave out only whitespace.
        let mut at = 0;
        for s in &spans {
            assert!(
                s.start >= at && doc.text[at..s.start].trim().is_empty(),
                "{s:?}"
            );
            at = s.end;
        }
        assert!(doc.text[at..].trim().is_empty());
    }

    #[test]
    fn only_text_over_a_cap_is_cut() {
        let sentence = "The council said it will act. ";
        check(&sentence.repeat(3), &[]);
        check(&sentence.repeat(10), &[CutKind::Paragraph]);
        check(
            &"and the council said more ".repeat(5),
            &[CutKind::Sentence],
        );
        check(
            &"word ".repeat(100),
            &[CutKind::Sentence, CutKind::Paragraph],
        );
        // One huge paragraph is that paragraph's cut, not the article's too.
        check(&sentence.repeat(40), &[CutKind::Paragraph]);
        check(
            &format!("{}\n\n", sentence.repeat(5)).repeat(10),
            &[CutKind::Article],
        );
        check(
            "“Fiançailles é ".repeat(40).as_str(),
            &[CutKind::Sentence, CutKind::Paragraph],
        );
        // Cut after a no-break space (two bytes), never inside it.
        check(
            "\u{a0}🕴+ힽ9X'.:]t¥÷.¥?)".repeat(40).as_str(),
            &[CutKind::Sentence, CutKind::Paragraph],
        );
    }
}
