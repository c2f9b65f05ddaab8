//! Extraction: what one article says. Quotes and their speakers (`quotes`),
//! numeric claims (`claims`).
//!
//! Everything here is a pure function of an analysed document and its
//! publication date: no I/O, no global state, and no panic on any text.
//! [`extract_article`] runs every extractor and returns records with
//! character offsets, the form `crosscheck extract` prints and the store keeps.

pub mod caps;
pub mod claims;
pub mod lexicon;
pub mod mentions;
pub mod quotes;
pub mod speakers;

use crate::analysis::{CharIndex, Document, Span};
use caps::{Caps, Cut};
use chrono::NaiveDate;
use claims::{ClaimKind, ClaimValue, Granularity, Qualifier};
use quotes::{Attribution, QuoteKind};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use speakers::{Speaker, SpeakerKind};

/// Bumped whenever extraction changes what it finds, so that stored
/// articles analysed by an older version are analysed again on the next ingest.
pub const EXTRACTOR_VERSION: i64 = 34;

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
    /// How the speaker was found: `named`, `pronoun`, `description`,
    /// `carried` or `none`.
    pub attribution: Attribution,
    /// The named rule that tied the quotation to its cue and mention.
    pub sieve: Option<&'static str>,
    /// 1-based, as people count.
    pub paragraph: usize,
    pub sentence: usize,
    /// Index (into `quotes`) of the first part of the same utterance, for
    /// every part but the first.
    #[serde(skip)]
    pub part_of: Option<usize>,
}

/// A numeric claim or date with its text, character offsets and attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRecord {
    pub kind: ClaimKind,
    pub value: ClaimValue,
    pub value_high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub granularity: Option<Granularity>,
    /// The exact text, hedge words included.
    pub surface: String,
    /// Character offsets into the normalised text.
    pub start: usize,
    pub end: usize,
    /// The sentence holding the claim, as character offsets and text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub sentence: String,
    pub subject: Option<String>,
    /// Who asserts it: index into [`ArticleExtraction::speakers`]; `None`
    /// when the claim is the outlet's own (narration outside any quote).
    pub speaker: Option<usize>,
    /// The quote (index into `quotes`) the claim sits in: the quotation, or
    /// the reported statement.
    pub quote: Option<usize>,
    /// The other half of a parenthetical pair, as an index into `claims`.
    pub linked: Option<usize>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleExtraction {
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<QuoteRecord>,
    pub claims: Vec<ClaimRecord>,
    /// Where text over a length cap was read in pieces (see [`caps`]),
    /// for the caller to report; empty for any ordinary article.
    pub cuts: Vec<Cut>,
}

impl ArticleExtraction {
    pub fn speaker_of(&self, quote: &QuoteRecord) -> Option<&Speaker> {
        quote.speaker.map(|i| &self.speakers[i])
    }
}

/// The quote a claim at `span` sits in, and who asserts it: the innermost
/// quotation (direct or partial) around it, else the reported statement
/// around it; the speaker is that quote's.
fn attribute(span: Span, found: &quotes::QuoteExtraction) -> (Option<usize>, Option<usize>) {
    let around = |q: &quotes::Quote| q.span.start <= span.start && span.end <= q.span.end;
    let innermost = |kinds: &[QuoteKind]| {
        found
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| kinds.contains(&q.kind) && around(q))
            .min_by_key(|(_, q)| q.span.len())
            .map(|(i, q)| (i, q.speaker))
    };
    let quotation = innermost(&[QuoteKind::Direct, QuoteKind::Partial]);
    let statement = innermost(&[QuoteKind::Indirect]);
    match (quotation, statement) {
        (Some((i, Some(s))), _) => (Some(i), Some(s)),
        (Some((i, None)), Some((_, s))) => (Some(i), s),
        (Some((i, None)), None) => (Some(i), None),
        (None, Some((i, s))) => (Some(i), s),
        (None, None) => (None, None),
    }
}

/// Runs every extractor over an analysed document published on `published`
/// (relative dates resolve against it), within the default [`Caps`].
pub fn extract_article(doc: &Document, published: Option<NaiveDate>) -> ArticleExtraction {
    extract_article_with(doc, published, &Caps::default())
}

/// [`extract_article`] within `caps`: an article over a cap is extracted
/// piece by piece (see [`extract_streaming`]) and the pieces' records
/// joined, with offsets into the whole text and the cuts listed.
pub fn extract_article_with(
    doc: &Document,
    published: Option<NaiveDate>,
    caps: &Caps,
) -> ArticleExtraction {
    if within_caps(doc, caps) {
        return extract_whole(doc, published);
    }
    extract_text_with(&doc.text, published, caps)
}

/// Whether `doc` is read whole: no sentence, paragraph or text over its cap.
fn within_caps(doc: &Document, caps: &Caps) -> bool {
    doc.text.len() <= caps.window
        && doc.paragraphs.iter().all(|p| p.len() <= caps.paragraph)
        && doc.sentences.iter().all(|s| s.span.len() <= caps.sentence)
}

/// [`extract_article_with`] of a normalised text, analysing no more than
/// one piece of it at once: for a text of any length, memory is that of
/// the text, a piece and the records.
pub fn extract_text_with(
    text: &str,
    published: Option<NaiveDate>,
    caps: &Caps,
) -> ArticleExtraction {
    let (mut quotes, mut claims) = (Vec::new(), Vec::new());
    let streamed = extract_streaming(text, published, caps, &mut |p| {
        quotes.extend(p.quotes);
        claims.extend(p.claims);
    });
    ArticleExtraction {
        speakers: streamed.speakers,
        quotes,
        claims,
        cuts: streamed.cuts,
    }
}

/// One piece's records as [`extract_streaming`] hands them over: offsets
/// into the whole text, indices into the article's joined lists.
pub struct PieceRecords<'a> {
    /// The piece, analysed on its own.
    pub doc: &'a Document,
    pub quotes: Vec<QuoteRecord>,
    pub claims: Vec<ClaimRecord>,
    /// The article's speakers so far (a later piece may add to them).
    pub speakers: &'a [Speaker],
}

/// What [`extract_streaming`] returns besides the records it handed over.
pub struct Streamed {
    pub speakers: Vec<Speaker>,
    pub cuts: Vec<Cut>,
}

/// Extracts a normalised `text` one piece at a time (see
/// [`caps::stream_pieces`]; the whole text is one piece when within every
/// cap), handing each piece's records to `sink` as soon as they are found,
/// so that a caller can write them and let them go. Neither the whole
/// text's analysis nor its records are ever held here.
pub fn extract_streaming(
    text: &str,
    published: Option<NaiveDate>,
    caps: &Caps,
    sink: &mut dyn FnMut(PieceRecords<'_>),
) -> Streamed {
    let mut speakers = Vec::new();
    let mut names: HashMap<(String, SpeakerKind), usize> = HashMap::default();
    let mut chars = (0usize, 0usize); // (byte, character) where the last piece starts
    let mut sentences_before = 0usize; // sentences of the text starting before the piece
    let (mut q0, mut c0) = (0usize, 0usize);
    let cuts = caps::stream_pieces(text, caps, caps::SCAN_BYTES, &mut |piece| {
        let part = Document::new(text[piece.span.start..piece.span.end].to_string());
        chars.1 += text[chars.0..piece.span.start].chars().count();
        chars.0 = piece.span.start;
        // (As the whole text's `sentence_at` of the piece's start would say.)
        let (starts_sentence, sentences) = match piece.kind {
            caps::PieceKind::Part { first } => (first, usize::from(first)),
            caps::PieceKind::Sentences => (
                part.sentences.first().is_some_and(|s| s.span.start == 0),
                part.sentences.len(),
            ),
        };
        let at = Offsets {
            chars: chars.1,
            paragraph: piece.paragraph,
            sentence: sentences_before - usize::from(!starts_sentence && sentences_before > 0),
            quotes: q0,
            claims: c0,
        };
        sentences_before += sentences;
        let (quotes, claims) = join(
            &mut speakers,
            extract_whole(&part, published),
            at,
            &mut names,
        );
        q0 += quotes.len();
        c0 += claims.len();
        sink(PieceRecords {
            doc: &part,
            quotes,
            claims,
            speakers: &speakers,
        });
    });
    Streamed { speakers, cuts }
}

/// Where a piece starts in the whole text, and the records before it.
#[derive(Clone, Copy)]
struct Offsets {
    chars: usize,
    paragraph: usize,
    sentence: usize,
    quotes: usize,
    claims: usize,
}

/// A piece's records with offsets and indices moved into the whole
/// article; a speaker of the same name and kind as one already found is
/// that one.
fn join(
    speakers: &mut Vec<Speaker>,
    ex: ArticleExtraction,
    at: Offsets,
    names: &mut HashMap<(String, SpeakerKind), usize>,
) -> (Vec<QuoteRecord>, Vec<ClaimRecord>) {
    let speaker: Vec<usize> = ex
        .speakers
        .into_iter()
        .map(|sp| {
            let key = (sp.name.clone(), sp.kind);
            if let Some(&i) = names.get(&key) {
                let known = &mut speakers[i];
                for a in sp.aliases {
                    if !known.aliases.contains(&a) {
                        known.aliases.push(a);
                    }
                }
                for r in sp.roles {
                    if !known.roles.contains(&r) {
                        known.roles.push(r);
                    }
                }
                return i;
            }
            speakers.push(sp);
            names.insert(key, speakers.len() - 1);
            speakers.len() - 1
        })
        .collect();
    let (q0, c0) = (at.quotes, at.claims);
    let quotes = ex
        .quotes
        .into_iter()
        .map(|mut q| {
            q.start += at.chars;
            q.end += at.chars;
            q.speaker = q.speaker.map(|s| speaker[s]);
            q.paragraph += at.paragraph;
            q.sentence += at.sentence;
            q.part_of = q.part_of.map(|i| i + q0);
            q
        })
        .collect();
    let claims = ex
        .claims
        .into_iter()
        .map(|mut c| {
            c.start += at.chars;
            c.end += at.chars;
            c.sentence_start += at.chars;
            c.sentence_end += at.chars;
            c.speaker = c.speaker.map(|s| speaker[s]);
            c.quote = c.quote.map(|i| i + q0);
            c.linked = c.linked.map(|i| i + c0);
            c
        })
        .collect();
    (quotes, claims)
}

/// Every extractor over the whole of `doc`.
fn extract_whole(doc: &Document, published: Option<NaiveDate>) -> ArticleExtraction {
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
            attribution: q.attribution,
            sieve: q.sieve,
            paragraph: q.paragraph + 1,
            sentence: q.sentence + 1,
            part_of: (q.group != i).then_some(q.group),
        })
        .collect();
    // Absurd values go before the records are made: each record copies its
    // sentence, and a long sentence of huge numbers would copy it many times.
    let claims = without_absurd_values(claims::extract_claims(doc, published))
        .into_iter()
        .map(|c| {
            let (quote, speaker) = attribute(c.span, &found);
            let sentence = doc
                .sentences
                .get(c.sentence)
                .map(|s| s.span)
                .unwrap_or(c.span);
            ClaimRecord {
                kind: c.kind,
                value: c.value,
                value_high: c.value_high,
                unit: c.unit,
                qualifier: c.qualifier,
                granularity: c.granularity,
                surface: c.surface,
                start: chars.char_of(c.span.start),
                end: chars.char_of(c.span.end),
                sentence_start: chars.char_of(sentence.start),
                sentence_end: chars.char_of(sentence.end),
                sentence: doc.slice(sentence).to_string(),
                subject: c.subject,
                speaker,
                quote,
                linked: c.linked,
            }
        })
        .collect();
    ArticleExtraction {
        speakers: found.speakers,
        quotes,
        claims,
        cuts: Vec::new(),
    }
}

/// Values past this are no figure a news article states (`1e400`, a
/// 300-digit number): they overflow or lose every digit that matters, so
/// such a claim is dropped rather than stored as null or as nonsense.
pub const MAX_CLAIM_VALUE: f64 = 1e18;

/// Drops claims whose value (or upper value) is not a readable figure,
/// keeping the links between the rest.
fn without_absurd_values(claims: Vec<claims::Claim>) -> Vec<claims::Claim> {
    let readable = |v: f64| v.is_finite() && v.abs() <= MAX_CLAIM_VALUE;
    let keep: Vec<bool> = claims
        .iter()
        .map(|c| c.value.as_number().is_none_or(readable) && c.value_high.is_none_or(readable))
        .collect();
    if keep.iter().all(|&k| k) {
        return claims;
    }
    // New index of each kept claim.
    let mut new_index = Vec::with_capacity(claims.len());
    let mut next = 0;
    for &k in &keep {
        new_index.push(k.then_some(next));
        next += usize::from(k);
    }
    claims
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(mut c, _)| {
            c.linked = c.linked.and_then(|l| new_index.get(l).copied().flatten());
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_no_article_states_are_no_claims() {
        let huge = "9".repeat(300);
        for text in [
            "The deficit was 1e400 pounds, officials said.".to_string(),
            format!("The debt reached {huge} dollars last year."),
            format!("It cost £5m ({huge} dollars), officials said."),
        ] {
            let doc = Document::new(text.clone());
            let ex = extract_article(&doc, None);
            for c in &ex.claims {
                let v = c.value.as_number().unwrap_or(0.0);
                assert!(v.is_finite() && v.abs() <= MAX_CLAIM_VALUE, "{text}: {c:?}");
                assert!(c.linked.is_none_or(|l| l < ex.claims.len()));
            }
        }
        let doc = Document::new("About 12 people came.".to_string());
        assert_eq!(
            extract_article(&doc, None).claims.len(),
            1,
            "ordinary figures stay"
        );
    }

    #[test]
    fn records_carry_character_offsets_into_the_text() {
        let text = "“Café prices rose,” said Zoë Müller.";
        let doc = Document::from_raw(text);
        let ex = extract_article(&doc, None);
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

    /// Pieces joined: every record's offsets point at its text in the
    /// whole article, and every index points into the joined lists.
    #[test]
    fn records_of_cut_text_point_into_the_whole_text() {
        let caps = Caps {
            sentence: 50,
            paragraph: 150,
            window: 400,
        };
        let texts = [
            "“Café prices rose 12%,” said Zoë Müller. She added: “We will act.” ".repeat(12),
            format!(
                "Intro.\n\n{}\n\nMr Hunt said \"the 3,000 staff\" would stay, he said.",
                "and the council said £5m was spent on 40 schools ".repeat(9)
            ),
            "\u{a0}“Ça va,” dit-il.\u{a0}Prices fell 7% (£2m). ".repeat(20),
        ];
        for text in texts {
            let doc = Document::from_raw(&text);
            let ex = extract_article_with(&doc, None, &caps);
            assert!(!ex.cuts.is_empty(), "{text}");
            let chars: Vec<char> = doc.text.chars().collect();
            let at = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
            assert!(!ex.quotes.is_empty() && !ex.claims.is_empty(), "{text}");
            for q in &ex.quotes {
                assert_eq!(at(q.start, q.end), q.text);
                assert!(q.speaker.is_none_or(|s| s < ex.speakers.len()));
                assert!(q.part_of.is_none_or(|p| p < ex.quotes.len()));
                assert!(q.paragraph >= 1 && q.paragraph <= doc.paragraphs.len());
            }
            for c in &ex.claims {
                assert_eq!(at(c.start, c.end), c.surface);
                assert_eq!(at(c.sentence_start, c.sentence_end), c.sentence);
                assert!(c.quote.is_none_or(|i| i < ex.quotes.len()));
                assert!(c.linked.is_none_or(|i| i < ex.claims.len()));
                assert!(c.speaker.is_none_or(|s| s < ex.speakers.len()));
            }
        }
    }

    /// The records of text over a cap as the whole text's analysis places
    /// them (each piece extracted alone, offsets found in the whole
    /// document): what [`extract_streaming`] gives without that analysis.
    fn placed_by_whole_document(doc: &Document, caps: &Caps) -> ArticleExtraction {
        let (pieces, cuts) = caps::pieces(doc, caps);
        let chars = CharIndex::new(&doc.text);
        let (mut speakers, mut names) = (Vec::new(), HashMap::default());
        let (mut quotes, mut claims) = (Vec::new(), Vec::new());
        for piece in pieces {
            let part = Document::new(doc.text[piece.start..piece.end].to_string());
            let at = Offsets {
                chars: chars.char_of(piece.start),
                paragraph: doc.paragraph_at(piece.start).unwrap_or(0),
                sentence: doc.sentence_at(piece.start).unwrap_or(0),
                quotes: quotes.len(),
                claims: claims.len(),
            };
            let (q, c) = join(&mut speakers, extract_whole(&part, None), at, &mut names);
            quotes.extend(q);
            claims.extend(c);
        }
        ArticleExtraction {
            speakers,
            quotes,
            claims,
            cuts,
        }
    }

    #[test]
    fn streamed_pieces_are_placed_as_in_the_whole_document() {
        let caps = Caps {
            sentence: 50,
            paragraph: 150,
            window: 400,
        };
        let said = "Mr Hunt said \"the 3,000 staff\" would stay. He added: \"We will act.\" ";
        let texts = [
            said.to_string(),
            said.repeat(4),
            format!("{}\n\n", said.repeat(2)).repeat(6),
            format!(
                "Intro.\n\n{}\n\n{}",
                "and the council said £5m was spent on 40 schools ".repeat(9),
                format!("“Ça va,” dit-il. Prices fell 7% (£2m).\n\n{said}\n\n").repeat(5)
            ),
            format!("{said}\n").repeat(9),
        ];
        for text in texts {
            let doc = Document::from_raw(&text);
            let streamed = extract_text_with(&doc.text, None, &caps);
            assert_eq!(streamed, placed_by_whole_document(&doc, &caps), "{text}");
            assert_eq!(streamed, extract_article_with(&doc, None, &caps));
        }
    }

    /// Pieces of hostile articles (one kind of paragraph break only: a
    /// window of one paragraph holding single line breaks is read as lines
    /// by its own analysis, and its sentence numbers then differ).
    const SHAPES: &[&str] = &[
        "The council said ",
        "\"we will act\" ",
        "“",
        "”",
        "said Jane Doe, ",
        "Mr Smith told the BBC: ",
        "£3.5bn ",
        "12% ",
        "according to officials ",
        ", ",
        ". ",
        "\n\n",
        "He added ",
        "é ",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Streamed, any text's records are those the whole document's
        /// analysis places, whatever the cuts.
        #[test]
        fn streamed_records_are_placed_as_in_the_whole_document(
            parts in proptest::collection::vec(0..SHAPES.len(), 0..400)
        ) {
            let text: String = parts.iter().map(|&i| SHAPES[i]).collect();
            let caps = Caps { sentence: 80, paragraph: 300, window: 900 };
            let doc = Document::from_raw(&text);
            let streamed = extract_text_with(&doc.text, None, &caps);
            proptest::prop_assert_eq!(streamed, placed_by_whole_document(&doc, &caps));
        }
    }

    #[test]
    fn parts_point_at_the_first_part() {
        let doc = Document::from_raw("\"One,\" he said, \"two.\"");
        let ex = extract_article(&doc, None);
        assert_eq!(ex.quotes[0].part_of, None);
        assert_eq!(ex.quotes[1].part_of, Some(0));
    }
}
