//! The text-analysis layer every extractor shares: the normalised text of an
//! article, its paragraphs, sentences and tokens, all addressed by byte spans
//! into that one string.
//!
//! Everything here is pure (no I/O) and total: any `&str` can be analysed
//! without panicking. Extractors work in byte offsets; [`CharIndex`] turns
//! them into the character offsets users see (`start`/`end` in every record).

mod normalize;
mod sentences;
mod tokens;

pub use normalize::{fold_word, normalize};
pub use sentences::{Sentence, paragraph_spans, paragraphs, sentences};
pub use tokens::{Token, TokenKind, tokenize};

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// An analysed text: normalised body plus its segmentation.
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Document {
    /// Analyses a text that is already normalised (see [`normalize`]).
    pub fn new(text: String) -> Self {
        let paragraphs = paragraphs(&text);
        let tokens = tokenize(&text);
        let sentences = sentences::sentences(&text, &paragraphs, &tokens);
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
        }
    }

    /// Normalises and analyses raw text.
    pub fn from_raw(raw: &str) -> Self {
        Self::new(normalize(raw))
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Index of the sentence that contains byte `pos`, or the last one that starts before it.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        i.checked_sub(1)
    }

    /// Index of the paragraph that contains byte `pos`, or the last one that starts before it.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        i.checked_sub(1)
    }

    /// The tokens inside `span` (those starting in it).
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        &self.tokens[a..b.max(a)]
    }
}

/// Converts byte offsets into character (Unicode scalar) offsets and back,
/// in O(log n) per lookup with memory proportional to the non-ASCII characters.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    /// Every multi-byte character: (byte offset, char offset, extra bytes of
    /// all multi-byte characters up to and including this one).
    wide: Vec<(usize, usize, usize)>,
    len_bytes: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0;
        for (b, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                wide.push((b, b - extra, extra + n - 1));
                extra += n - 1;
            }
        }
        CharIndex {
            wide,
            len_bytes: text.len(),
        }
    }

    /// Character offset of byte offset `byte` (a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        let i = self.wide.partition_point(|&(b, _, _)| b < byte);
        byte - if i == 0 { 0 } else { self.wide[i - 1].2 }
    }

    /// Byte offset of character offset `ch`.
    pub fn byte_of(&self, ch: usize) -> usize {
        let i = self.wide.partition_point(|&(_, c, _)| c < ch);
        (ch + if i == 0 { 0 } else { self.wide[i - 1].2 }).min(self.len_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_round_trips_on_mixed_text() {
        let text = "a“b”c £1 — 東京 x";
        let idx = CharIndex::new(text);
        for (ch, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_of(byte), ch, "char_of({byte})");
            assert_eq!(idx.byte_of(ch), byte, "byte_of({ch})");
        }
        assert_eq!(idx.char_of(text.len()), text.chars().count());
        assert_eq!(idx.byte_of(text.chars().count()), text.len());
    }

    #[test]
    fn document_lookups() {
        let doc = Document::from_raw("One two.  Three.\r\n\r\nFour five six.");
        assert_eq!(doc.text, "One two. Three.\n\nFour five six.");
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.paragraphs.len(), 2);
        let four = doc.text.find("Four").unwrap();
        assert_eq!(doc.sentence_at(four), Some(2));
        assert_eq!(doc.paragraph_at(four), Some(1));
        let toks: Vec<&str> = doc
            .tokens_in(doc.sentences[1].span)
            .iter()
            .map(|t| t.text(&doc.text))
            .collect();
        assert_eq!(toks, ["Three", "."]);
    }

    #[test]
    fn sentence_token_ranges_cover_all_tokens_in_order() {
        let doc = Document::from_raw("Mr. A said \"Yes.\" Then B left.\n\nC.");
        let mut next = 0;
        for s in &doc.sentences {
            assert_eq!(s.tokens.start, next);
            next = s.tokens.end;
        }
        assert_eq!(next, doc.tokens.len());
    }
}
