//! Extraction: what one article says. Quotes and their speakers (`quotes`),
//! numeric claims (`claims`).
//!
//! Everything here is a pure function of an analysed document and its
//! publication date: no I/O, no global state, and no panic on any text.
//! [`extract_article`] runs every extractor and returns records with
//! character offsets, the form `crosscheck extract` prints and the store keeps.

pub mod claims;
pub mod lexicon;
pub mod mentions;
pub mod quotes;
pub mod speakers;

use crate::analysis::{CharIndex, Document};
use quotes::QuoteKind;
use serde::Serialize;
use speakers::{Speaker, SpeakerKind};

/// Bumped whenever extraction changes what it finds, so that stored
/// articles analysed by an older version are analysed again on the next ingest.
pub const EXTRACTOR_VERSION: i64 = 1;

/// A quote with its text and character offsets into the stored article text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRecord {
    pub text: String,
    /// Character offsets (Unicode scalar values) into the normalised text.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// Index into [`ArticleExtraction::speakers`].
    #[serde(skip)]
    pub speaker: Option<usize>,
    /// The speaker's mention as written (`Health Secretary Jeremy Hunt`, `he`).
    pub mention: Option<String>,
    pub cue: Option<String>,
    /// 1-based, as people count.
    pub paragraph: usize,
    pub sentence: usize,
    /// Index (into `quotes`) of the first part of the same utterance, for
    /// every part but the first.
    #[serde(skip)]
    pub part_of: Option<usize>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleExtraction {
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<QuoteRecord>,
}

impl ArticleExtraction {
    pub fn speaker_of(&self, quote: &QuoteRecord) -> Option<&Speaker> {
        quote.speaker.map(|i| &self.speakers[i])
    }
}

/// Runs every extractor over an analysed document.
pub fn extract_article(doc: &Document) -> ArticleExtraction {
    let found = quotes::extract_quotes(doc);
    let chars = CharIndex::new(&doc.text);
    let quotes = found
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| QuoteRecord {
            text: doc.slice(q.span).to_string(),
            start: chars.char_of(q.span.start),
            end: chars.char_of(q.span.end),
            kind: q.kind,
            speaker: q.speaker,
            mention: q.mention.map(|m| doc.slice(m).to_string()),
            cue: q.cue.clone(),
            paragraph: q.paragraph + 1,
            sentence: q.sentence + 1,
            part_of: (q.group != i).then_some(q.group),
        })
        .collect();
    ArticleExtraction {
        speakers: found.speakers,
        quotes,
    }
}

/// The JSON form of a quote in `crosscheck extract` output: the contract
/// fields of a quote (without database ids) plus its kind and mention.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteJson<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<&'a str>,
    pub speaker_kind: Option<SpeakerKind>,
    pub cue: Option<&'a str>,
    pub kind: QuoteKind,
    pub mention: Option<&'a str>,
    pub paragraph: usize,
}

impl ArticleExtraction {
    /// The quotes in their JSON form.
    pub fn quotes_json(&self) -> Vec<QuoteJson<'_>> {
        self.quotes
            .iter()
            .map(|q| {
                let speaker = self.speaker_of(q);
                QuoteJson {
                    text: &q.text,
                    start: q.start,
                    end: q.end,
                    speaker: speaker.map(|s| s.name.as_str()),
                    speaker_kind: speaker.map(|s| s.kind),
                    cue: q.cue.as_deref(),
                    kind: q.kind,
                    mention: q.mention.as_deref(),
                    paragraph: q.paragraph,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_carry_character_offsets_into_the_text() {
        let text = "“Café prices rose,” said Zoë Müller.";
        let doc = Document::from_raw(text);
        let ex = extract_article(&doc);
        let q = &ex.quotes[0];
        let chars: Vec<char> = doc.text.chars().collect();
        let slice: String = chars[q.start..q.end].iter().collect();
        assert_eq!(slice, "Café prices rose,");
        assert_eq!(q.text, slice);
        assert_eq!(
            ex.speaker_of(q).map(|s| s.name.as_str()),
            Some("Zoë Müller")
        );
        assert_eq!(q.paragraph, 1);
    }

    #[test]
    fn parts_point_at_the_first_part() {
        let doc = Document::from_raw("\"One,\" he said, \"two.\"");
        let ex = extract_article(&doc);
        assert_eq!(ex.quotes[0].part_of, None);
        assert_eq!(ex.quotes[1].part_of, Some(0));
    }
}
