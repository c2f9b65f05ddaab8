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
//! Hardly any news text reaches the caps: of about 76,000 sentences in the
//! research corpora one is longer than 2,000 bytes (3 KB, in WikiNewsSum),
//! none in BBC, AllSides or BASIL. The sentence cap is what bounds the work
//! per cue (each cue's subject and content are searched within its
//! sentence), so it is kept as low as that allows.

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
            sentence: 2_000,
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
        let end = part_end(text, start, cap);
        out.push(Span::new(start, end));
        start = end;
    }
    out.push(Span::new(start, s.end));
    out
}

/// Where a part of at most `cap` bytes from `start` ends: after a space
/// found in its second half, else at the cap (`start + cap` is in the text).
fn part_end(text: &str, start: usize, cap: usize) -> usize {
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
    end
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

/// One piece of a text over a cap, as [`stream_pieces`] yields it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    /// 0-based paragraph where it starts.
    pub paragraph: usize,
    pub kind: PieceKind,
}

/// What a piece holds, which says how many of the text's sentences start in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// Whole paragraphs, or a run of whole sentences of one paragraph.
    Sentences,
    /// A part of a sentence over its cap: `first` for the part it starts with.
    Part { first: bool },
}

/// Text scanned for sentences at once inside a paragraph over its cap: a
/// paragraph of any length is read in slices of about this many bytes.
pub const SCAN_BYTES: usize = 1 << 20;

/// [`pieces`] for a text of any length, handed to `emit` one at a time in
/// text order, without analysing the whole text at once: paragraphs are
/// read one by one, and the sentences of a paragraph over its cap in
/// slices of about `scan` bytes. Returns the cuts. The pieces and cuts are
/// those of [`pieces`] (a paragraph longer than `scan` aside, whose
/// sentences may also end where a slice ends).
pub fn stream_pieces(
    text: &str,
    caps: &Caps,
    scan: usize,
    emit: &mut dyn FnMut(Piece),
) -> Vec<Cut> {
    if text.len() > caps.window {
        return stream_long(text, caps, scan, emit);
    }
    // Within the article cap: one piece of the whole text unless cut.
    let mut held = Vec::new();
    let cuts = stream_long(text, caps, scan, &mut |p| held.push(p));
    if cuts.is_empty() {
        held = vec![Piece {
            span: Span::new(0, text.len()),
            paragraph: 0,
            kind: PieceKind::Sentences,
        }];
    }
    held.into_iter().for_each(emit);
    cuts
}

fn stream_long(text: &str, caps: &Caps, scan: usize, emit: &mut dyn FnMut(Piece)) -> Vec<Cut> {
    let mut s = Stream {
        text,
        caps,
        cuts: Vec::new(),
        chars: CharCursor::default(),
        window: None,
        open: false,
        windows: 0,
        whole_paragraphs: 0,
        emit,
    };
    for (pi, p) in crate::analysis::paragraph_spans(text).enumerate() {
        // (No sentence is longer than its paragraph.)
        if p.len() <= caps.sentence {
            s.push(p, pi, true, PieceKind::Sentences);
        } else if p.len() <= caps.paragraph {
            let mut sentences = Vec::new();
            sentences_in(text, p, scan, &mut |x| sentences.push(x));
            if sentences.iter().any(|x| x.len() > caps.sentence) {
                s.cut_paragraph(pi, p, sentences.into_iter());
            } else {
                s.push(p, pi, true, PieceKind::Sentences);
            }
        } else {
            let mut run = Run::new(pi, p, s.chars.at(text, p.start));
            sentences_in(text, p, scan, &mut |x| run.sentence(&mut s, x));
            run.finish(&mut s);
        }
    }
    s.flush();
    if text.len() > caps.window && s.whole_paragraphs > 1 {
        let whole = Span::new(0, text.len());
        let article = Cut {
            kind: CutKind::Article,
            paragraph: 1,
            start: 0,
            bytes: whole.len(),
            cap: caps.window,
            pieces: s.windows,
        };
        s.cuts.insert(0, article);
    }
    s.cuts
}

/// The state of [`stream_pieces`]: the cuts so far and the window being filled.
struct Stream<'a, 'e> {
    text: &'a str,
    caps: &'a Caps,
    cuts: Vec<Cut>,
    /// Character offsets of the cuts, found in text order.
    chars: CharCursor,
    window: Option<Piece>,
    /// Whether the window takes more paragraphs.
    open: bool,
    windows: usize,
    whole_paragraphs: usize,
    emit: &'e mut dyn FnMut(Piece),
}

impl Stream<'_, '_> {
    /// Adds a bounded piece (`whole` for a whole paragraph) to the windows,
    /// as [`windows`] groups them.
    fn push(&mut self, span: Span, paragraph: usize, whole: bool, kind: PieceKind) {
        self.whole_paragraphs += usize::from(whole);
        match &mut self.window {
            Some(w) if self.open && whole && span.end - w.span.start <= self.caps.window => {
                w.span.end = span.end;
            }
            _ => {
                self.flush();
                self.window = Some(Piece {
                    span,
                    paragraph,
                    kind,
                });
            }
        }
        self.open = whole;
    }

    fn flush(&mut self) {
        if let Some(w) = self.window.take() {
            self.windows += 1;
            (self.emit)(w);
        }
    }

    /// A paragraph within its cap holding a sentence over its own.
    fn cut_paragraph(&mut self, pi: usize, p: Span, sentences: impl Iterator<Item = Span>) {
        let mut run = Run::new(pi, p, 0);
        for x in sentences {
            run.sentence(self, x);
        }
        run.finish(self);
    }

    /// A sentence over its cap, in parts cut at spaces.
    fn long_sentence(&mut self, pi: usize, x: Span) -> usize {
        let parts = at_spaces(self.text, x, self.caps.sentence);
        let n = parts.len();
        self.cuts.push(Cut {
            kind: CutKind::Sentence,
            paragraph: pi + 1,
            start: self.chars.at(self.text, x.start),
            bytes: x.len(),
            cap: self.caps.sentence,
            pieces: n,
        });
        for (k, part) in parts.into_iter().enumerate() {
            self.push(part, pi, false, PieceKind::Part { first: k == 0 });
        }
        n
    }
}

/// The runs of whole sentences of one paragraph cut by the caps.
struct Run {
    paragraph: usize,
    span: Span,
    /// Character offset where the paragraph starts.
    start_char: usize,
    run: Option<Span>,
    pieces: usize,
}

impl Run {
    fn new(paragraph: usize, span: Span, start_char: usize) -> Self {
        Run {
            paragraph,
            span,
            start_char,
            run: None,
            pieces: 0,
        }
    }

    fn sentence(&mut self, s: &mut Stream<'_, '_>, x: Span) {
        if x.len() > s.caps.sentence {
            self.close(s);
            self.pieces += s.long_sentence(self.paragraph, x);
            return;
        }
        match self.run {
            Some(r) if x.end - r.start <= s.caps.paragraph => {
                self.run = Some(Span::new(r.start, x.end))
            }
            _ => {
                self.close(s);
                self.run = Some(x);
            }
        }
    }

    fn close(&mut self, s: &mut Stream<'_, '_>) {
        if let Some(r) = self.run.take() {
            self.pieces += 1;
            s.push(r, self.paragraph, false, PieceKind::Sentences);
        }
    }

    fn finish(mut self, s: &mut Stream<'_, '_>) {
        self.close(s);
        if self.span.len() > s.caps.paragraph {
            // (Said after its sentences' cuts, as `pieces` does.)
            s.cuts.push(Cut {
                kind: CutKind::Paragraph,
                paragraph: self.paragraph + 1,
                start: self.start_char,
                bytes: self.span.len(),
                cap: s.caps.paragraph,
                pieces: self.pieces,
            });
        }
    }
}

/// Character offsets of byte offsets asked in ascending order, counted
/// once: linear in the text however many are asked.
#[derive(Default)]
struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        if byte >= self.byte {
            self.chars += text[self.byte..byte].chars().count();
        } else {
            self.chars -= text[byte..self.byte].chars().count();
        }
        self.byte = byte;
        self.chars
    }
}

/// The sentences of paragraph `p` (as [`Document::new`] splits them), in
/// slices of about `scan` bytes cut at spaces: the last sentence of a
/// slice is read again with the next, unless it is the only one (a
/// sentence longer than a slice ends with it).
fn sentences_in(text: &str, p: Span, scan: usize, each: &mut dyn FnMut(Span)) {
    let mut start = p.start;
    while start < p.end {
        let end = slice_end(text, start, p.end, scan);
        let slice = &text[start..end];
        let tokens = crate::analysis::tokenize(slice);
        let found = crate::analysis::sentences(slice, &[Span::new(0, slice.len())], &tokens);
        let at =
            |x: &crate::analysis::Sentence| Span::new(start + x.span.start, start + x.span.end);
        if end == p.end || found.len() < 2 {
            found.iter().for_each(|x| each(at(x)));
            start = end;
        } else {
            found[..found.len() - 1].iter().for_each(|x| each(at(x)));
            start = at(&found[found.len() - 1]).start;
        }
    }
}

/// Where a slice from `start` of at most about `scan` bytes ends: the
/// paragraph's end, else after the last space in its second half.
fn slice_end(text: &str, start: usize, end: usize, scan: usize) -> usize {
    if end - start <= scan {
        return end;
    }
    part_end(text, start, scan)
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
        // Streamed, the same pieces and cuts without the whole text's analysis.
        let mut streamed = Vec::new();
        let streamed_cuts = stream_pieces(text, &SMALL, SCAN_BYTES, &mut |p| streamed.push(p));
        assert_eq!(streamed_cuts, cuts, "{text:?}");
        let streamed_spans: Vec<Span> = streamed.iter().map(|p| p.span).collect();
        assert_eq!(streamed_spans, spans, "{text:?}");
        for p in &streamed {
            assert_eq!(Some(p.paragraph), doc.paragraph_at(p.span.start), "{p:?}");
        }
        // In small slices, pieces still within the caps, in order, covering the text.
        let mut sliced = Vec::new();
        stream_pieces(text, &SMALL, 90, &mut |p| sliced.push(p.span));
        covers(&doc, &sliced);
        let got: Vec<CutKind> = cuts.iter().map(|c| c.kind).collect();
        assert_eq!(got, kinds, "{text:?}");
        covers(&doc, &spans);
    }

    /// Pieces are in order, within the caps, do not overlap and leave out only whitespace.
    fn covers(doc: &Document, spans: &[Span]) {
        for s in spans {
            assert!(s.len() <= SMALL.window, "{s:?}");
            assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
        }
        let mut at = 0;
        for s in spans {
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
        // Long texts: windows of whole paragraphs, with paragraphs and
        // sentences over their caps among them.
        check(
            &format!(
                "{}\n\n{}\n\n{}",
                format!("{}\n\n", sentence.repeat(5)).repeat(4),
                "and the council said more ".repeat(30),
                format!("{}\n\n", sentence.repeat(2)).repeat(20),
            ),
            &[CutKind::Article, CutKind::Sentence, CutKind::Paragraph],
        );
        check(
            &format!("One line. Mr. Hunt said so. {}\n", sentence.repeat(9)).repeat(8),
            &[CutKind::Paragraph; 8],
        );
        // Cut after a no-break space (two bytes), never inside it.
        check(
            "\u{a0}🕴+ힽ9X'.:]t¥÷.¥?)".repeat(40).as_str(),
            &[CutKind::Sentence, CutKind::Paragraph],
        );
    }
}
