//! Who said a quotation: the attribution around it.
//!
//! For each quoted stretch, in this order:
//!
//! 1. **after** it, in the same sentence: `"…," said X` / `"…," X said` /
//!    `"…," X told the BBC` / `"…", according to X` / `"…" ― X`;
//! 2. **before** it, ending with a colon or comma: `X said: "…"` /
//!    `X told BBC Radio 4: "…"` / `In a statement, the council said: "…"`
//!    (also across a paragraph break after a colon), or a cue right before
//!    it (`Hunt said "…"`);
//! 3. **inline** (a partial quotation inside narration): an attribution
//!    closing the sentence after a comma when it is the sentence's only cue
//!    (`… a "summer of agony" for her, said X`), else the nearest speech
//!    cue of the sentence governs it: `X said the mood was "joyful"`,
//!    `He blamed the government's "appalling" behaviour`, `what it called a
//!    'rostering system failure'`; else the subject of its clause.
//!
//! Inline quotations that are names rather than words (`so-called "race
//! for space"`, `dubbed the "Class of Covid"`, `its "Always On" rostering
//! platform`, Title Case titles) are marked non-speech and get no speaker.
//! Speech cues not used by a quotation give indirect (reported) speech with
//! its content clause: `Hunt said the dispute was unnecessary`.

use super::cues::Cue;
use super::marks::Quoted;
use crate::analysis::{Document, Span, TokenKind};
use crate::extract::lexicon::{self, CueClass, NAMING_CUES};
use crate::extract::mentions::{
    Form, Mention, generic_description, main_subject, parse_np, possessor, subject_after,
    subject_before,
};
use std::collections::HashMap;
use std::ops::Range;

/// Where the attribution of a quotation was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    After,
    Before,
    Inline,
    /// `"…" ― Name`
    Dash,
    /// A transcript turn: `"WALLACE: …`.
    Turn,
    /// No speech verb: the subject of the clause holding a partial
    /// quotation (`Clinton often speaks of breaking "that highest, hardest
    /// glass ceiling"`).
    Clause,
}

/// A cue and the mention of its speaker.
#[derive(Debug, Clone)]
pub struct Attr {
    pub cue: String,
    /// The cue's first token, if the cue is a word.
    pub cue_tok: Option<usize>,
    pub mention: Mention,
    pub place: Place,
    /// The named rule that found it, counted on its own by the evaluation.
    pub sieve: &'static str,
}

/// The most tokens reported speech reaches from its cue, each side: about
/// six lines of print, far beyond a reported clause in news.
const CONTENT_REACH: usize = 150;

/// The most tokens between a cue and the `that` of its reported clause
/// when only the people addressed, named with their appositives, lie
/// between (`told Sens. Dick Durbin, of Illinois, and Dianne Feinstein, of
/// California, that`).
const ADDRESSEES_REACH: usize = 24;

/// How a quotation sits in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Stands on its own: opens the sentence, follows a colon or an attribution.
    Block,
    /// Inside narration: a partial quotation, a name or a scare quote.
    Inline,
}

/// What the analysis of one quotation found.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub shape: Shape,
    /// A name, title or scare quote rather than anyone's words.
    pub naming: bool,
    pub attr: Option<Attr>,
    /// For a [`Place::Clause`] attribution: the clause reported, holding the quotation.
    pub content: Option<Span>,
    /// Opens after a field label (`Q: "…"`, `Quote: "…"`): nobody named,
    /// and no continuation of the speech before it either.
    pub labelled: bool,
}

impl Analysed {
    /// Marks around a name, a title or a label: nobody's words.
    fn name(shape: Shape) -> Self {
        Analysed {
            shape,
            naming: true,
            attr: None,
            content: None,
            labelled: false,
        }
    }
}

/// The document with its quotations and cues.
pub struct Ctx<'d> {
    pub doc: &'d Document,
    pub quoted: &'d [Quoted],
    /// For each quotation, the speaker label it opens with in a transcript.
    pub turns: &'d [Option<Span>],
    pub cues: &'d [Cue],
    /// Tokens inside quotation marks (the marks excluded).
    pub in_quote: &'d [bool],
    /// How often each word stands mid-sentence in the article, counted
    /// once on first use (see [`Ctx::capitalised_elsewhere`]).
    pub mid_sentence: std::cell::OnceCell<HashMap<&'d str, usize>>,
    /// The quotations by where they open and close, made on first use.
    pub positions: std::cell::OnceCell<Positions>,
}

/// The quotations sorted by opening and by closing byte, so that the ones
/// near a position are found by binary search instead of a scan of every
/// quotation of the article (which made attribution quadratic in the
/// number of quotations).
#[derive(Debug, Default)]
pub struct Positions {
    /// (open, index), sorted.
    opens: Vec<(usize, usize)>,
    /// (end, index), sorted.
    ends: Vec<(usize, usize)>,
    /// The largest end among `opens[..=k]`.
    max_end: Vec<usize>,
}

impl Positions {
    fn new(quoted: &[Quoted]) -> Self {
        let mut opens: Vec<(usize, usize)> = quoted
            .iter()
            .enumerate()
            .map(|(i, q)| (q.open, i))
            .collect();
        let mut ends: Vec<(usize, usize)> =
            quoted.iter().enumerate().map(|(i, q)| (q.end, i)).collect();
        opens.sort_unstable();
        ends.sort_unstable();
        let max_end = opens
            .iter()
            .scan(0, |m, &(_, i)| {
                *m = quoted[i].end.max(*m);
                Some(*m)
            })
            .collect();
        Positions {
            opens,
            ends,
            max_end,
        }
    }

    /// Indices of the entries of `sorted` at `lo..=hi`, in no set order.
    fn within(sorted: &[(usize, usize)], lo: usize, hi: usize) -> impl Iterator<Item = usize> + '_ {
        let a = sorted.partition_point(|&(p, _)| p < lo);
        let b = sorted.partition_point(|&(p, _)| p <= hi).max(a);
        sorted[a..b].iter().map(|&(_, i)| i)
    }

    /// Indices of the quotations that open at or before `x` and end after
    /// it, in increasing order.
    fn containing(&self, x: usize) -> impl Iterator<Item = usize> {
        let upto = self.opens.partition_point(|&(p, _)| p <= x);
        let mut found: Vec<usize> = (0..upto)
            .rev()
            .take_while(|&k| self.max_end[k] > x)
            .map(|k| self.opens[k].1)
            .collect();
        found.sort_unstable();
        found.into_iter()
    }
}

/// What lies around one quotation, read once for all its sieves: the
/// stretches before and after it and the attributions found there.
struct Around<'d> {
    qi: usize,
    q: &'d Quoted,
    /// Tokens before the opening mark ([`Ctx::before_range`]).
    before: Range<usize>,
    /// Tokens after the closing mark ([`Ctx::after_range`]).
    after: Range<usize>,
    /// The last token of `before`, if any.
    last_before: Option<usize>,
    /// Its text (`:`, `,`, a cue); `None` when nothing comes before the mark.
    lw: Option<&'d str>,
    /// The words inside the marks, without trailing space.
    inner: &'d str,
    /// The attribution after the quotation, taken by the after sieve.
    after_attr: Option<Attr>,
    /// The attribution before it, taken by the before sieve.
    before_attr: Option<Attr>,
    /// A speech cue right before the mark.
    direct_cue: Option<&'d Cue>,
    /// The words open with a capital or a digit.
    starts_upper: bool,
    /// An item of a list of quotations after the first.
    list_item: bool,
    /// The clause reported with the quotation, set by the clause sieve.
    content: Option<Span>,
}

/// An attribution sieve: names the speaker of a quotation from what lies
/// around it, or leaves it to the next sieve.
type Sieve<'d> = fn(&Ctx<'d>, &mut Around<'d>) -> Option<Attr>;

impl<'d> Ctx<'d> {
    fn word(&self, i: usize) -> &'d str {
        self.doc.tokens[i].text(&self.doc.text)
    }

    fn tok_at(&self, byte: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.span.start < byte)
    }

    /// Where token `t` starts (the text's end past the last token).
    fn tok_byte(&self, t: usize) -> usize {
        self.doc
            .tokens
            .get(t)
            .map_or(self.doc.text.len(), |t| t.span.start)
    }

    fn positions(&self) -> &Positions {
        self.positions.get_or_init(|| Positions::new(self.quoted))
    }

    /// The quotations that open within bytes `lo..=hi`.
    fn opening_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = &'d Quoted> + '_ {
        Positions::within(&self.positions().opens, lo, hi).map(|i| &self.quoted[i])
    }

    /// The quotations that close (end) within bytes `lo..=hi`.
    fn closing_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = &'d Quoted> + '_ {
        Positions::within(&self.positions().ends, lo, hi).map(|i| &self.quoted[i])
    }

    /// The quotations that may close right before token `t`.
    fn closing_before_tok(&self, t: usize) -> impl Iterator<Item = &'d Quoted> + '_ {
        self.closing_in(self.tok_byte(t.saturating_sub(1)), self.tok_byte(t))
    }

    fn sentence_range_of_byte(&self, byte: usize) -> Range<usize> {
        match self.doc.sentence_at(byte) {
            Some(s) => self.doc.sentences[s].tokens.clone(),
            None => 0..0,
        }
    }

    /// The sentence holding `byte`, begun where a quotation that spans its
    /// start began (`The old guard "were tired. They were dull" then, he
    /// said` is one sentence to its cue).
    fn sentence_with_quotations(&self, byte: usize) -> Range<usize> {
        let mut r = self.sentence_range_of_byte(byte);
        while let Some(start) = self.doc.tokens.get(r.start).map(|t| t.span.start)
            && let Some(o) = self
                .positions()
                .containing(start)
                .map(|k| &self.quoted[k])
                .find(|o| !o.runs_on && o.open < start && start < o.end)
        {
            let outer = self.sentence_range_of_byte(o.open);
            if outer.start >= r.start {
                break;
            }
            r.start = outer.start;
        }
        r
    }

    /// The end of a clause `start..stop` moved past the closing mark of a
    /// quotation it opens (`… in which Adelson said: "Trump is a
    /// businessman. I am a businessman."` is one clause to the last mark).
    fn through_quotations(&self, start: usize, stop: usize) -> usize {
        self.opening_in(self.tok_byte(start.saturating_sub(1)), self.tok_byte(stop))
            .filter(|q| !q.runs_on)
            .filter(|q| (start..stop).contains(&self.tok_at(q.open)))
            .map(|q| self.tok_at(q.end))
            .fold(stop, usize::max)
    }

    /// `end` moved back over trailing punctuation, down to `floor`; a closing
    /// mark stays with the quotation it closes.
    fn trim_punct(&self, floor: usize, end: usize) -> usize {
        let mut e = end;
        while e > floor
            && self.doc.tokens[e - 1].kind == TokenKind::Punct
            && !self.closing_before_tok(e).any(|q| self.tok_at(q.end) == e)
        {
            e -= 1;
        }
        e
    }

    /// Does token `tok` come right after a quotation closed in its own paragraph?
    fn follows_quotation(&self, tok: usize) -> bool {
        let Some(t) = self.doc.tokens.get(tok) else {
            return false;
        };
        let paragraph = self.doc.paragraph_at(t.span.start);
        self.closing_before_tok(tok)
            .any(|q| self.tok_at(q.end) == tok && Some(q.paragraph) == paragraph)
    }

    /// Does the clause run on after quotation `o`, with a lower-case word
    /// that is no cue (`"We teach nothing" against it …`)?
    fn runs_into_clause(&self, o: &Quoted, sentence_end: usize) -> bool {
        let next = self.tok_at(o.end);
        // A quoted question or exclamation is complete: what follows it
        // (`chanted "What curfew?" and kept going`) is no part of it.
        let complete = self.doc.text[o.inner.start..o.inner.end].ends_with(['?', '!']);
        !complete && next < sentence_end && self.is_plain_lowercase_word(next)
    }

    /// Is token `tok` a lower-case word that is no cue (a clause running on)?
    fn is_plain_lowercase_word(&self, tok: usize) -> bool {
        self.doc.tokens[tok].kind == TokenKind::Word
            && self
                .word(tok)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && self.cue_at(tok).is_none()
    }

    /// The last `that` in token range `r`.
    fn last_that(&self, r: Range<usize>) -> Option<usize> {
        r.rev().find(|&i| self.word(i).eq_ignore_ascii_case("that"))
    }

    /// The first cue at token `tok`. Cues are sorted by token (see
    /// [`super::extract_quotes`]), so this is a binary search, not a scan.
    fn cue_at(&self, tok: usize) -> Option<&'d Cue> {
        let cues: &'d [Cue] = self.cues;
        cues.get(cues.partition_point(|c| c.tok < tok))
            .filter(|c| c.tok == tok)
    }

    fn cues_in(&self, r: Range<usize>) -> impl DoubleEndedIterator<Item = &'d Cue> + '_ {
        let cues: &'d [Cue] = self.cues;
        let start = cues.partition_point(|c| c.tok < r.start);
        let end = cues.partition_point(|c| c.tok < r.end).max(start);
        cues[start..end].iter()
    }

    /// Tokens after the closing mark, to the end of its sentence or the next quotation.
    fn after_range(&self, qi: usize) -> Range<usize> {
        let q = &self.quoted[qi];
        if q.runs_on {
            return 0..0;
        }
        let start = self.tok_at(q.end);
        let sentence = self.sentence_range_of_byte(q.end.saturating_sub(1));
        let mut end = sentence.end;
        // `"Why now?" Graham asked.`: a question or exclamation closing the
        // quotation ends its sentence for the splitter, but the attribution
        // after it belongs to it. Only for a quotation that opens its
        // sentence, and a next sentence that opens with its speaker and cue
        // (`Alpert's metaphor is telling` is narration).
        let inner = self.doc.text[q.inner.start..q.inner.end].trim_end();
        // So is a full stop, when the next sentence is the attribution
        // alone (`"…missing." Trump said.`).
        let next_is_short = start < self.doc.tokens.len()
            && self
                .sentence_range_of_byte(self.doc.tokens[start].span.start)
                .len()
                <= 8;
        if end == start
            && (inner.ends_with(['?', '!']) || (inner.ends_with('.') && next_is_short))
            && self.sentence_range_of_byte(q.open).start == self.tok_at(q.open)
            && start < self.doc.tokens.len()
            && self.doc.paragraph_at(self.doc.tokens[start].span.start) == Some(q.paragraph)
        {
            let next = self.sentence_range_of_byte(self.doc.tokens[start].span.start);
            let opens_with_attribution = self
                .cues
                .iter()
                .find(|c| next.contains(&c.tok))
                .is_some_and(|c| {
                    c.tok < start + 25
                        && (start..c.tok).all(|i| !lexicon::is_auxiliary(self.word(i)))
                });
            if opens_with_attribution {
                end = next.end;
            }
        }
        // (A nickname inside a name, `Marcia "Cia" Price`, is part of the
        // attribution, not the next quotation.)
        if let Some(next) = (qi + 1..self.quoted.len())
            .find(|&k| !self.is_nickname(k))
            .map(|k| &self.quoted[k])
            && next.paragraph == q.paragraph
        {
            end = end.min(self.tok_at(next.open));
        }
        start..end.max(start)
    }

    /// Tokens before the opening mark, from its sentence start or the previous quotation.
    fn before_range(&self, qi: usize) -> Range<usize> {
        let q = &self.quoted[qi];
        let end = self.tok_at(q.open);
        let sentence = self.sentence_range_of_byte(q.open);
        let mut start = sentence.start.min(end);
        if let Some(prev) = (0..qi)
            .rev()
            .find(|&k| !self.is_title_like(k))
            .map(|k| &self.quoted[k])
            && prev.paragraph == q.paragraph
        {
            start = start.max(self.tok_at(prev.end)).min(end);
        }
        start..end
    }

    /// Analyses quotation `qi` with the sieves, in order: transcript turn,
    /// nickname, then (with what lies around it read once) the names that
    /// are no speech, and the attribution sieves of its shape: after
    /// (trailing cue), before (leading cue or colon) and direct cue for a
    /// quotation standing on its own; after, inline cue and clause for a
    /// partial one.
    pub fn analyse(&self, qi: usize) -> Analysed {
        if let Some(turn) = self.turn(qi) {
            return turn;
        }
        if self.is_nickname(qi) {
            return Analysed::name(Shape::Inline);
        }
        let s = self.around(qi);
        if self.is_term_as_subject(&s) || self.is_by_author(&s.after) {
            return Analysed::name(Shape::Inline);
        }
        if self.is_block(&s) {
            self.analyse_block(s)
        } else {
            self.analyse_inline(s)
        }
    }

    /// The attribution sieves of a quotation standing on its own, in order:
    /// `"…," said X`, `X said: "…"`, `Hunt said "…"`.
    const BLOCK_SIEVES: [Sieve<'d>; 3] = [
        Self::after_sieve,
        Self::before_sieve,
        Self::direct_cue_sieve,
    ];

    /// The attribution sieves of a quotation inside narration, in order:
    /// `"…," X said`, `X said the mood was "joyful"`, `Clinton often speaks
    /// of breaking "that highest, hardest glass ceiling"`.
    const INLINE_SIEVES: [Sieve<'d>; 4] = [
        Self::after_sieve,
        Self::final_cue_sieve,
        Self::inline_sieve,
        Self::clause_sieve,
    ];

    /// The first attribution one of `sieves` finds, trying them in order.
    fn first_attribution(&self, s: &mut Around<'d>, sieves: &[Sieve<'d>]) -> Option<Attr> {
        sieves.iter().find_map(|sieve| sieve(self, s))
    }

    /// Reads what lies around quotation `qi` (`X said: "…"`: the stretch
    /// `X said:` before it and its attribution).
    fn around(&self, qi: usize) -> Around<'d> {
        let q = &self.quoted[qi];
        let before = self.before_range(qi);
        let after = self.after_range(qi);
        let after_attr = self.after_attribution(after.clone());
        let last_before = before.end.checked_sub(1).filter(|&i| i >= before.start);
        let lw = last_before.map(|i| self.word(i));
        let before_attr = match lw {
            Some(":") | Some(",") => self.before_attribution(before.clone()),
            None => self.across_paragraph(qi),
            _ => None,
        };
        let starts_upper = self.doc.text[q.inner.start..]
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let mut s = Around {
            qi,
            q,
            before,
            after,
            last_before,
            lw,
            inner: self.doc.text[q.inner.start..q.inner.end].trim_end(),
            after_attr,
            before_attr,
            direct_cue: None,
            starts_upper,
            list_item: self.list_item_of(qi).is_some(),
            content: None,
        };
        s.direct_cue = self.direct_cue(&s);
        s
    }

    /// A speech cue right before the opening mark (`Hunt said "…"`, `said that "…"`).
    fn direct_cue(&self, s: &Around<'d>) -> Option<&'d Cue> {
        let i = s.last_before?;
        let i = if self.word(i).eq_ignore_ascii_case("that") && i > s.before.start {
            i - 1
        } else {
            i
        };
        let c = self.cue_at(i)?;
        (c.class == CueClass::Speech).then_some(c)
    }

    /// Does nothing but punctuation follow the quotation in its stretch
    /// (`Hunt said "We will win."`)?
    fn ends_stretch(&self, after: &Range<usize>) -> bool {
        after.is_empty()
            || after
                .clone()
                .all(|i| self.doc.tokens[i].kind == TokenKind::Punct)
    }

    /// Does the quotation stand on its own (`"…," she said`, `X said: "…"`,
    /// `— "…"`) rather than inside narration?
    fn is_block(&self, s: &Around<'d>) -> bool {
        // An item of a list of quotations (`"ambassador," "attack," "Benghazi"`)
        // stands inside the sentence like the item before it.
        (s.lw.is_none() && !s.list_item)
            || self.is_whole_after_phrase(s)
            || s.lw == Some(":")
            || s.before_attr.is_some()
            || (s.direct_cue.is_some() && s.starts_upper && self.ends_stretch(&s.after))
            || (s.lw.is_some_and(|w| matches!(w, "—" | "–" | "-" | "(")) && s.starts_upper)
    }

    /// `As for his remarks, "I write them off," said Mr. Pike`: a whole
    /// sentence quoted after an opening phrase, attributed after it.
    fn is_whole_after_phrase(&self, s: &Around<'d>) -> bool {
        s.lw == Some(",")
            && s.starts_upper
            && s.after_attr.is_some()
            && s.inner.ends_with([',', '.', '?', '!'])
    }

    /// `"Top secret" is the highest level …`: a short term opening the
    /// sentence as its subject is a name for something, not speech.
    fn is_term_as_subject(&self, s: &Around<'d>) -> bool {
        let (q, inner) = (s.q, s.inner);
        s.lw.is_none()
            && !s.list_item
            && s.after_attr.is_none()
            && s.before_attr.is_none()
            && inner.split_whitespace().count() <= 3
            && !inner.ends_with([',', '.', '!', '?', ':', ';'])
            && !inner.split_whitespace().any(|w| {
                lexicon::pronoun(w).is_some() || lexicon::is_auxiliary(w) || w.contains(['’', '\''])
            })
            && (self.runs_into_clause(q, self.sentence_range_of_byte(q.open).end)
                || self.doc.text[q.end..].trim_start().starts_with('('))
    }

    /// `"Posthumous books could come with dollar signs," by Boston
    /// Globe's Joseph P. Kahn`: a headline or title credited to its
    /// author is a work, not anyone's speech.
    fn is_by_author(&self, after: &Range<usize>) -> bool {
        let mut i = after.start;
        if i < after.end && self.word(i) == "," {
            i += 1;
        }
        i + 1 < after.end
            && self.word(i) == "by"
            && self.word(i + 1).starts_with(char::is_uppercase)
    }

    /// A quotation standing on its own (`"…," she said`): the first
    /// attribution of [`Self::BLOCK_SIEVES`], and the clause reported with it.
    fn analyse_block(&self, mut s: Around<'d>) -> Analysed {
        let content = self.block_content(&s);
        let labelled = self.after_form_label(&s.before);
        let attr = self.first_attribution(&mut s, &Self::BLOCK_SIEVES);
        let content = content.or_else(|| self.run_on_content(&s, attr.as_ref()?));
        Analysed {
            shape: Shape::Block,
            naming: false,
            attr,
            content,
            labelled,
        }
    }

    /// A quotation inside narration (`He blamed the government's
    /// "appalling" behaviour`): a name, or the first attribution of
    /// [`Self::INLINE_SIEVES`].
    fn analyse_inline(&self, mut s: Around<'d>) -> Analysed {
        let naming = self.is_naming(s.qi, s.before.clone(), s.after.clone());
        let attr = if naming {
            None
        } else {
            self.first_attribution(&mut s, &Self::INLINE_SIEVES)
        };
        Analysed {
            shape: Shape::Inline,
            naming,
            attr,
            content: s.content,
            labelled: false,
        }
    }

    /// Sieve after: the attribution after the closing mark (`"…," said X`,
    /// `"…," X said`, `"…" ― X`), found by [`Self::after_attribution`].
    fn after_sieve(&self, s: &mut Around<'d>) -> Option<Attr> {
        s.after_attr.take()
    }

    /// Sieve before: the attribution before the opening mark (`X said:
    /// "…"`, `In a statement, the council said: "…"`), found by
    /// [`Self::before_attribution`].
    fn before_sieve(&self, s: &mut Around<'d>) -> Option<Attr> {
        s.before_attr.take()
    }

    /// Sieve direct cue: a speech cue right before the mark and its subject
    /// (`Hunt said "…"`, `said that "…"`).
    fn direct_cue_sieve(&self, s: &mut Around<'d>) -> Option<Attr> {
        let c = s.direct_cue?;
        let m = self.subject_of(c, s.before.start)?;
        Some(Attr {
            cue: c.text.clone(),
            cue_tok: Some(c.tok),
            mention: m,
            place: Place::Before,
            sieve: "direct_cue",
        })
    }

    /// Sieve inline: the nearest speech cue of the sentence before a
    /// partial quotation (`X said the mood was "joyful"`).
    fn inline_sieve(&self, s: &mut Around<'d>) -> Option<Attr> {
        self.inline_attribution(s.qi)
    }

    /// Sieve final cue: an attribution that closes the sentence after a
    /// comma (`… a "summer of agony" for her, said Ann Lee, a pollster.`,
    /// `… "mob mentality" fostered by others, the groups say.`), found by
    /// [`Self::final_cue_attribution`].
    fn final_cue_sieve(&self, s: &mut Around<'d>) -> Option<Attr> {
        self.final_cue_attribution(s.qi)
    }

    /// The attribution closing the sentence of a partial quotation, when
    /// its speech cue is the only cue of the sentence outside quotation
    /// marks (with another one, `X said it was "bad", Y said`, the nearer
    /// cue is left to the inline sieve) and nothing but the speaker, an
    /// apposition or a short adverbial follows it: a content clause after
    /// it (`, the groups say it is wrong`) is what was said instead.
    fn final_cue_attribution(&self, qi: usize) -> Option<Attr> {
        let q = &self.quoted[qi];
        let sentence = self.sentence_range_of_byte(q.open);
        let close = self.tok_at(q.end);
        let mut cues = self
            .cues_in(sentence.clone())
            .filter(|c| !self.in_quote[c.tok]);
        let c = cues.next()?;
        if cues.next().is_some() || c.tok < close || c.class != CueClass::Speech {
            return None;
        }
        // `…, the Associated Press reported.` names who reports the
        // sentence, not who said the words quoted in it (`Garland addressed
        // "a disturbing spike …" …, the AP reported`): left to the sieves
        // that read the quotation's own clause.
        if self.word(c.tok).to_lowercase().starts_with("report") {
            return None;
        }
        // The comma that opens the attribution: the last one before the cue.
        let comma = (close..c.tok).rev().find(|&i| self.word(i) == ",")?;
        let a = self.after_attribution(comma..sentence.end)?;
        if a.cue_tok != Some(c.tok) || a.place != Place::After {
            return None;
        }
        // What follows the speaker (`said X, a pollster`) or the cue (`X
        // said on Tuesday`); only a speaker takes an apposition.
        let cue_first = a.sieve == "trailing_cue_first";
        let rest_from = if cue_first {
            self.tok_at(a.mention.span.end)
        } else {
            c.end
        };
        self.closes_attribution(rest_from..sentence.end, cue_first)
            .then_some(Attr {
                sieve: "final_cue",
                ..a
            })
    }

    /// Is `r`, the end of a sentence after its attribution, nothing but
    /// punctuation, an apposition after a comma (`, a Democratic
    /// pollster`, when `apposition` allows one) or a short adverbial (`in
    /// a statement`, `on Tuesday`), with no quotation, cue or `that` in it?
    fn closes_attribution(&self, r: Range<usize>, apposition: bool) -> bool {
        let words: Vec<usize> = r
            .clone()
            .filter(|&i| self.doc.tokens[i].kind != TokenKind::Punct)
            .collect();
        let Some(&first) = words.first() else {
            return true;
        };
        let plain = r.clone().all(|i| {
            !matches!(self.word(i), "\"" | "“" | "”" | "'" | "‘" | "’")
                && !self.word(i).eq_ignore_ascii_case("that")
                && self.cue_at(i).is_none()
        });
        let apposition =
            apposition && r.start < first && self.word(r.start) == "," && words.len() <= 14;
        let adverbial = words.len() <= 5
            && matches!(
                self.word(first).to_lowercase().as_str(),
                "on" | "in"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "via"
                    | "last"
                    | "this"
                    | "yesterday"
                    | "today"
                    | "earlier"
                    | "later"
            );
        plain && (apposition || adverbial)
    }

    /// Sieve clause: the subject of the clause holding a partial quotation
    /// (`Clinton often speaks of breaking "that highest, hardest glass
    /// ceiling"`), which also reports that clause.
    fn clause_sieve(&self, s: &mut Around<'d>) -> Option<Attr> {
        let (attr, span) = self.clause_attribution(s.qi)?;
        s.content = Some(span);
        Some(attr)
    }

    /// The clause reported with a quotation attributed before it, when the
    /// attribution interrupts a clause (`,`) or ends one (`:`).
    fn block_content(&self, s: &Around<'d>) -> Option<Span> {
        if s.after_attr.is_some() {
            return None;
        }
        let a = s.before_attr.as_ref()?;
        match s.lw {
            Some(",") => self.interrupted_clause(s, a),
            Some(":") => self.clause_before_colon(s, a),
            _ => None,
        }
    }

    /// `Evaluating them on polls, Stevens said, "is like …"`: the
    /// attribution interrupts one clause, which is what is reported.
    fn interrupted_clause(&self, s: &Around<'d>, a: &Attr) -> Option<Span> {
        let (q, before) = (s.q, &s.before);
        let first = a
            .cue_tok
            .unwrap_or(usize::MAX)
            .min(self.tok_at(a.mention.span.start));
        let sentence = self.sentence_range_of_byte(q.open);
        // (A quotation that closed the previous sentence splits nothing.)
        let split = self.follows_quotation(before.start) && before.start > sentence.start;
        let lead = (before.start..first.min(before.end))
            .any(|i| self.doc.tokens[i].kind == TokenKind::Word);
        let quote_end = if q.runs_on { 0 } else { self.tok_at(q.end) };
        // (A quotation opening with a capital is a sentence of its own
        // after an introductory phrase: `Asked if …, Ryan said, "Sure."`)
        if !split && lead && !s.starts_upper {
            // To the end of the sentence, or of the quotation if it runs on.
            self.content_span(before.start..sentence.end.max(quote_end))
        } else if split && !lead && self.first_part_in_clause(s, sentence.start) {
            self.content_span(sentence.start..sentence.end.max(quote_end))
        } else {
            None
        }
    }

    /// `Trump's support means "he must be doing something right," she
    /// says, "but I don't know …"`: a split quotation whose first part sits
    /// inside a clause reports that whole clause.
    fn first_part_in_clause(&self, s: &Around<'d>, sentence_start: usize) -> bool {
        !s.starts_upper
            && s.qi > 0
            && (sentence_start..self.tok_at(self.quoted[s.qi - 1].open))
                .any(|i| self.doc.tokens[i].kind == TokenKind::Word)
    }

    /// `Slinker said Trump was a candidate in the spirit of the
    /// valley: "He's a start-up kind of guy."`: a reported clause
    /// before the colon reports the quotation with it.
    fn clause_before_colon(&self, s: &Around<'d>, a: &Attr) -> Option<Span> {
        let cue = a.cue_tok.and_then(|t| self.cue_at(t));
        let cue_end = cue.map_or(0, |c| c.end);
        let mut tail = cue_end.max(self.tok_at(a.mention.span.end));
        if cue.is_some_and(Cue::takes_object) && tail == cue_end {
            tail = self.skip_object(tail, s.before.end);
        }
        let colon = s.before.end - 1;
        if cue.is_some() && tail < colon && self.is_reported_clause(tail..colon) {
            self.content_span(tail..self.tok_at(s.q.end).max(tail))
        } else {
            None
        }
    }

    /// Is `r` a clause of its own rather than an adverbial (`Trump was a
    /// candidate in the spirit of the valley`, not `on Monday`): four words
    /// or more, with an auxiliary, `that`, a pronoun or a past form?
    fn is_reported_clause(&self, r: Range<usize>) -> bool {
        let words = r
            .clone()
            .filter(|&i| self.doc.tokens[i].kind == TokenKind::Word)
            .count();
        words >= 4
            && !self.is_adverbial_tail(r.clone())
            && r.clone().any(|i| {
                let w = self.word(i);
                lexicon::is_auxiliary(w)
                    || w.eq_ignore_ascii_case("that")
                    || lexicon::pronoun(w).is_some()
                    || w.ends_with("ed")
            })
    }

    /// `she said, "I am so sick of the campaign lying" about her
    /// record, …`: the reported clause runs on after the quotation.
    fn run_on_content(&self, s: &Around<'d>, a: &Attr) -> Option<Span> {
        let q = s.q;
        let sentence = self.sentence_with_quotations(q.open);
        let next = self.tok_at(q.end);
        if a.place != Place::Before
            || q.runs_on
            || !self.runs_into_clause(q, sentence.end)
            || s.inner.ends_with(['.', '!', '?'])
        {
            return None;
        }
        let stop = (next..sentence.end)
            .find(|&i| {
                matches!(self.word(i), "," | ";" | "—" | "–")
                    || self.ends_content_before(i, sentence.end)
                    || self
                        .opening_in(self.tok_byte(i.saturating_sub(1)), self.tok_byte(i))
                        .any(|o| self.tok_at(o.open) == i)
            })
            .unwrap_or(sentence.end);
        (stop > next + 1)
            .then(|| self.content_span(self.tok_at(q.open)..stop))
            .flatten()
    }

    /// A quoted transcript paragraph: a turn of its labelled speaker, or
    /// a stage direction (`"(CROSSTALK.)`), which is nobody's words.
    fn turn(&self, qi: usize) -> Option<Analysed> {
        let q = &self.quoted[qi];
        let inner = self.doc.text[q.inner.start..q.inner.end].trim_end();
        let bracketed = |open: char, close: char| {
            inner.starts_with(open)
                && inner.trim_end_matches('.').ends_with(close)
                && inner[1..]
                    .find(close)
                    .is_some_and(|k| k + 2 >= inner.trim_end_matches('.').len())
        };
        if q.runs_on && (bracketed('(', ')') || bracketed('[', ']')) {
            return Some(Analysed::name(Shape::Block));
        }
        let label = self.turns.get(qi).copied().flatten()?;
        let mut mention = parse_np(self.doc, self.tok_at(label.start)..self.tok_at(label.end))?;
        // The label is in capitals: the speaker's name is not an acronym.
        mention.name = mention.name.map(|n| title_case(&n));
        mention.org_like = false;
        Some(Analysed {
            shape: Shape::Block,
            naming: false,
            attr: Some(Attr {
                cue: ":".into(),
                cue_tok: None,
                mention,
                place: Place::Turn,
                sieve: "transcript_turn",
            }),
            content: None,
            labelled: false,
        })
    }

    /// `"…," said X` / `"…," X said` / `"…", according to X` / `"…" ― X`.
    fn after_attribution(&self, r: Range<usize>) -> Option<Attr> {
        let mut i = r.start;
        let mut dash = false;
        while i < r.end && self.doc.tokens[i].kind == TokenKind::Punct {
            if matches!(self.word(i), "―" | "—" | "–" | "-") {
                dash = true;
            }
            if matches!(self.word(i), "\"" | "“" | "'" | "‘" | "(") {
                return None; // another quotation or an aside
            }
            i += 1;
        }
        if i >= r.end {
            return None;
        }
        // (a) the cue comes first: `said X`, `according to X`, `added X`
        // (never a participle: in `"…," saying the city embodied …` the
        // phrase after it is what was said, not who said it)
        if let Some(c) = self.cue_at(i)
            && c.class != CueClass::Belief
            && !c.is_participle()
        {
            let m = subject_after(self.doc, c.end - 1, r.end)?;
            return Some(Attr {
                cue: c.text.clone(),
                cue_tok: Some(c.tok),
                mention: m,
                place: Place::After,
                sieve: "trailing_cue_first",
            });
        }
        // (b) the subject first: `X said`, `he added`, `Hunt told BBC Radio 4`
        let window = i..r.end.min(i + 32);
        for c in self.cues_in(window) {
            if c.class == CueClass::Belief {
                continue;
            }
            let Some(m) = subject_before(self.doc, i, c.tok) else {
                continue;
            };
            // `"years of pain" for small farmers, said X`: a phrase opened
            // by a preposition or conjunction is no subject; the cue is
            // left to the sentence-final sieve.
            if m.span.start == self.doc.tokens[i].span.start && self.opens_no_subject(i) {
                break;
            }
            if m.span.start == self.doc.tokens[i].span.start {
                return Some(Attr {
                    cue: c.text.clone(),
                    cue_tok: Some(c.tok),
                    mention: m,
                    place: Place::After,
                    sieve: "trailing_subject_first",
                });
            }
            break;
        }
        // (c) `"…" ― Sonya Herridge`, a name opening what follows the
        // dash: `"…" — a metaphor for the party's drift` is an aside.
        if dash && self.word(i).starts_with(char::is_uppercase) {
            let mut end = r.end;
            while end > i && self.doc.tokens[end - 1].kind == TokenKind::Punct {
                end -= 1;
            }
            let m = parse_np(self.doc, i..end)?;
            if m.form == Form::Name {
                return Some(Attr {
                    cue: "―".into(),
                    cue_tok: None,
                    mention: m,
                    place: Place::Dash,
                    sieve: "trailing_dash",
                });
            }
        }
        None
    }

    /// Is token `i` a lowercase preposition or conjunction, which cannot
    /// open a subject (`for`, `in`, `and`) as a determiner, quantifier or
    /// pronoun can (`the`, `many`, `he`)?
    fn opens_no_subject(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            "for"
                | "in"
                | "into"
                | "of"
                | "on"
                | "at"
                | "to"
                | "from"
                | "with"
                | "without"
                | "about"
                | "over"
                | "under"
                | "by"
                | "and"
                | "or"
                | "but"
                | "than"
        )
    }

    /// `X said: "…"` / `According to X, "…"`: the attribution of the
    /// stretch before the mark, by the sieves leading cue, past verb and
    /// colon, name and colon, clause and colon, in that order.
    fn before_attribution(&self, r: Range<usize>) -> Option<Attr> {
        let punct = r.end - 1;
        // (The leading cue sieve gives up on a comma that is no attribution's;
        // the others need a colon.)
        self.leading_cue(r.clone())
            .or_else(|| self.past_verb_colon(r.start, punct))
            .or_else(|| self.name_colon(r.start, punct))
            .or_else(|| self.source_colon(r.start, punct))
            .or_else(|| self.clause_colon(r.start, punct))
    }

    /// `From the report: "…"`, `From Pew's statement: "…"`: a source
    /// after `from`, alone before a colon, is what the quotation is taken from.
    fn source_colon(&self, start: usize, colon: usize) -> Option<Attr> {
        if self.word(colon) != ":" || !self.word(start).eq_ignore_ascii_case("from") {
            return None;
        }
        let m = parse_np(self.doc, start + 1..colon)?;
        (self.tok_at(m.span.end) == colon && m.form != Form::Pronoun(lexicon::Pronoun::I)).then(
            || Attr {
                cue: ":".into(),
                cue_tok: None,
                mention: m,
                place: Place::Before,
                sieve: "leading_source_colon",
            },
        )
    }

    /// `X said: "…"`, `X told BBC Radio 4, "…"`, `According to X, "…"`:
    /// the last cue of the stretch before the mark and its subject.
    fn leading_cue(&self, r: Range<usize>) -> Option<Attr> {
        let punct = r.end - 1;
        for c in self.cues_in(r.start..punct).rev() {
            if c.class == CueClass::Belief {
                continue;
            }
            let m = if c.names_source_after() {
                subject_after(self.doc, c.end - 1, punct)
            } else {
                self.subject_of(c, r.start).or_else(|| {
                    // `Said Mr Smith: "…"`
                    (c.tok == r.start)
                        .then(|| subject_after(self.doc, c.tok, punct))
                        .flatten()
                })
            };
            if let Some(m) = m {
                if self.word(punct) == "," && !self.comma_introduces(&r, c, &m) {
                    return None;
                }
                return Some(Attr {
                    cue: c.text.clone(),
                    cue_tok: Some(c.tok),
                    mention: m,
                    place: Place::Before,
                    sieve: "leading_cue",
                });
            }
        }
        None
    }

    /// `X said on Monday, "…"`: does the comma ending stretch `r` close the
    /// attribution by cue `c` and speaker `m` and introduce the quotation?
    fn comma_introduces(&self, r: &Range<usize>, c: &Cue, m: &Mention) -> bool {
        let punct = r.end - 1;
        // In `X said it is unrealistic to think that if …, "…"` the comma
        // is inside the reported clause, which holds the quotation.
        let mut tail_start = c.end.max(self.tok_at(m.span.end));
        // (`X told the crowd, "…"`: the person addressed, then adverbials.)
        if c.takes_object() && tail_start == c.end {
            tail_start = self.skip_object(tail_start, punct);
        }
        // (`"A," said X, a doctor, "B."` is one quotation split by its attribution.)
        let split = self.follows_quotation(r.start);
        split || self.is_adverbial_tail(tail_start..punct)
    }

    /// `Mr. Christie gloated: "…"`, `Hannity interjected: "…"`, `McCaskill
    /// scolded him: "…"`: a person, a verb in the past and a colon
    /// introduce what the person said, whatever the verb.
    fn past_verb_colon(&self, start: usize, punct: usize) -> Option<Attr> {
        if self.word(punct) != ":" {
            return None;
        }
        let mut v = punct.saturating_sub(1);
        if v > start
            && matches!(
                self.word(v).to_lowercase().as_str(),
                "him" | "her" | "them" | "us" | "me" | "reporters"
            )
        {
            v -= 1;
        }
        let verb = self.word(v);
        let past = v > start
            && verb.len() > 4
            && verb.ends_with("ed")
            && verb.starts_with(char::is_lowercase)
            && self.doc.tokens[v].kind == TokenKind::Word
            && !matches!(
                verb,
                "included" | "listed" | "featured" | "contained" | "followed" | "noted"
            );
        if past
            && let Some(m) = subject_before(self.doc, start, v)
            && (m.form == Form::Name && !m.org_like || matches!(m.form, Form::Pronoun(_)))
            && self.tok_at(m.span.end) == v
        {
            return Some(Attr {
                cue: verb.to_lowercase(),
                cue_tok: None,
                mention: m,
                place: Place::Before,
                sieve: "leading_past_verb_colon",
            });
        }
        None
    }

    /// `… doesn't surprise pollster Daron Shaw: "…"`: a colon after a
    /// person's name introduces what that person says.
    /// Whether only a parenthesis (`(R-S.C.)`), if anything, lies from
    /// token `from` to token `to`: a name's party and state before its colon.
    fn ends_before(&self, from: usize, to: usize) -> bool {
        from == to
            || (self.word(from) == "("
                && to > from + 1
                && self.word(to - 1) == ")"
                && (from + 1..to - 1).all(|i| !matches!(self.word(i), "(" | ")")))
    }

    fn name_colon(&self, start: usize, punct: usize) -> Option<Attr> {
        if self.word(punct) == ":"
            && let Some(m) = subject_before(self.doc, start, punct)
            && m.form == Form::Name
            && !m.org_like
            && !is_label_mention(&m)
            && self.ends_before(self.tok_at(m.span.end), punct)
        {
            return Some(Attr {
                cue: ":".into(),
                cue_tok: None,
                mention: m,
                place: Place::Before,
                sieve: "leading_name_colon",
            });
        }
        None
    }

    /// `Q: "…"`, `Quote: "…"`, `Why she is protesting: "…"` after `Name:
    /// Ana Ruiz Age: 27`: a field label before the colon that opens the
    /// quotation names nobody, and no carry from the speech before may
    /// fill in for it (the one asking is not the one answering).
    fn after_form_label(&self, before: &Range<usize>) -> bool {
        let Some(colon) = before.end.checked_sub(1).filter(|&c| c >= before.start) else {
            return false;
        };
        if self.word(colon) != ":" {
            return false;
        }
        // The label itself, or the first word of the stretch when the
        // stretch is a line of fields (`Name: … Why she is protesting:`).
        (colon > before.start && lexicon::is_form_label(self.word(colon - 1)))
            || (before.start + 1 < colon
                && lexicon::is_form_label(self.word(before.start))
                && self.word(before.start + 1) == ":")
    }

    /// `A spokesman for Bernie Sanders could only quip: "…"`, `Sanders made
    /// the following comment: ¶ "…"`, `Article 33 affirms: "…"`: a clause
    /// ending in a colon introduces what its subject says, whatever the verb.
    fn clause_colon(&self, start: usize, colon: usize) -> Option<Attr> {
        if self.word(colon) != ":" {
            return None;
        }
        // The clause right before the colon: after the last `that` that
        // opens one (`The scheduling was so odd that a spokesman for Bernie
        // Sanders could only quip:`), else the sentence's.
        let clause_start = self
            .last_that(start..colon)
            .filter(|&t| t + 2 < colon)
            .map_or(start, |t| t + 1);
        let m = main_subject(self.doc, clause_start, colon)
            .or_else(|| main_subject(self.doc, start, colon))?;
        let subject_end = self.tok_at(m.span.end);
        // The subject opens the clause (after an introductory phrase at
        // most), and a verb in lower case follows it before the colon.
        let verb = (subject_end..colon).find(|&i| {
            let w = self.word(i);
            self.doc.tokens[i].kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && !lexicon::is_function_word(w)
        })?;
        let speaks = match m.form {
            _ if is_label_mention(&m) => false,
            Form::Name | Form::Description => true,
            Form::Pronoun(p) => p != lexicon::Pronoun::I,
        };
        (speaks && verb < colon).then(|| Attr {
            cue: ":".into(),
            cue_tok: None,
            mention: m,
            place: Place::Before,
            sieve: "leading_clause_colon",
        })
    }

    /// A quotation opening a paragraph right after one that ends `… said:`.
    fn across_paragraph(&self, qi: usize) -> Option<Attr> {
        let q = &self.quoted[qi];
        let para = q.paragraph.checked_sub(1)?;
        let p = self.doc.paragraphs.get(para)?;
        let para_q = self.doc.paragraphs.get(q.paragraph)?;
        if self.doc.text[para_q.start..q.open].trim() != "" {
            return None;
        }
        if !self.doc.text[p.start..p.end].trim_end().ends_with(':') {
            return None;
        }
        let last_sentence = self.sentence_range_of_byte(p.end - 1);
        self.before_attribution(last_sentence.start..last_sentence.end)
    }

    /// The speaker of cue `c`: its subject before it (from `clause_start`),
    /// or for an `-ing` form the main subject of the sentence. The cases,
    /// in order: a source after the cue, a relative pronoun, a participle
    /// after a comma, a coordinated verb, an infinitive, a participle after
    /// `of`/`with` a name, a document issued by the subject, the plain
    /// subject, and a participle's main subject; a `they` so found is
    /// then read as the group its sentence opens with, if any.
    fn subject_of(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        self.cue_subject(c, clause_start)
            .map(|m| self.they_as_sentence_group(m))
    }

    /// `The union is angry about what they call the company's "greedy
    /// plan"`: a `they` inside the sentence of a group named as its
    /// subject (a plural description, a body, an organisation) is that
    /// group, not whichever organisation was named last before it.
    fn they_as_sentence_group(&self, m: Mention) -> Mention {
        if m.form != Form::Pronoun(lexicon::Pronoun::They) {
            return m;
        }
        let pronoun = self.tok_at(m.span.start);
        match self.main_subject(pronoun) {
            Some(group) if group.span.end <= m.span.start && self.is_group(&group) => group,
            _ => m,
        }
    }

    /// Can mention `m` be a group that `they` stands for: an organisation's
    /// name, or a description whose head is plural (`local teachers`) or a
    /// body (`the union`, `Clinton's campaign`), a document aside?
    fn is_group(&self, m: &Mention) -> bool {
        match m.form {
            Form::Name => m.org_like,
            Form::Pronoun(_) => false,
            Form::Description => {
                let text = &self.doc.text[m.span.start..m.span.end];
                let head = text
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .find(|w| !w.is_empty())
                    .unwrap_or(text)
                    .to_lowercase();
                let document = lexicon::DOCUMENT_NOUNS
                    .iter()
                    .any(|d| head == *d || head.strip_suffix('s') == Some(*d));
                !document
                    && (lexicon::is_org_noun(&head)
                        || (head.len() > 3 && head.ends_with('s') && !head.ends_with("ss")))
            }
        }
    }

    /// The speaker of cue `c` before [`Self::they_as_sentence_group`].
    fn cue_subject(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        if c.names_source_after() {
            let sentence = self.sentence_range_of_byte(self.doc.tokens[c.tok].span.start);
            return subject_after(self.doc, c.end - 1, sentence.end);
        }
        if let Some(rel) = self.relative_pronoun(c, clause_start) {
            return self.relative_subject(rel, clause_start);
        }
        self.quoted_as_saying(c, clause_start)
            .or_else(|| self.passive_agent_of_participle(c, clause_start))
            .or_else(|| self.participle_after_comma_subject(c, clause_start))
            .or_else(|| self.coordinated_subject(c, clause_start))
            .or_else(|| self.infinitive_subject(c, clause_start))
            .or_else(|| self.of_with_participle_subject(c, clause_start))
            .or_else(|| self.document_issuer(c, clause_start))
            .or_else(|| self.plain_subject(c, clause_start))
            .or_else(|| {
                c.is_participle()
                    .then(|| self.main_subject(c.tok))
                    .flatten()
            })
    }

    /// `…, quoting Lycos as saying, "…"`, `quoted the mayor as saying`:
    /// the one quoted speaks, not the subject quoting them.
    fn quoted_as_saying(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        let as_tok = c.tok.checked_sub(1)?;
        if !(c.is_participle() && self.word(as_tok).eq_ignore_ascii_case("as")) {
            return None;
        }
        let quoting = (clause_start.max(as_tok.saturating_sub(8))..as_tok)
            .rev()
            .find(|&k| {
                matches!(
                    self.word(k).to_lowercase().as_str(),
                    "quoting" | "quoted" | "quotes" | "citing" | "cited" | "cites"
                )
            })?;
        parse_np(self.doc, quoting + 1..as_tok)
    }

    /// `It has been criticised by the BMA as too slow, saying "…"`: a
    /// participle after a passive clause speaks for its agent.
    fn passive_agent_of_participle(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        if !(c.is_participle() && self.after_comma(c)) {
            return None;
        }
        let by = (clause_start..c.tok).rev().find(|&k| {
            self.word(k).eq_ignore_ascii_case("by")
                && k >= 2
                && self.word(k - 1).ends_with("ed")
                && (clause_start..k - 1).any(|j| {
                    matches!(
                        self.word(j).to_lowercase().as_str(),
                        "been" | "was" | "were" | "is" | "are" | "being"
                    )
                })
        })?;
        // The agent runs to the next comma or `as`.
        let end = (by + 1..c.tok)
            .find(|&k| matches!(self.word(k), "," | "as" | ";"))
            .unwrap_or(c.tok);
        parse_np(self.doc, by + 1..end).filter(|m| !matches!(m.form, Form::Pronoun(_)))
    }

    /// `Stevie Wonder, who joked …`, `the police department, which
    /// reported …`: a relative pronoun (at `rel`) speaks for the phrase before it.
    fn relative_subject(&self, rel: usize, clause_start: usize) -> Option<Mention> {
        let end = if self.word(rel - 1) == "," {
            rel - 1
        } else {
            rel
        };
        subject_before(self.doc, clause_start, end)
            .or_else(|| {
                // `remarks made by a campaign surrogate who said`: the
                // noun phrase right before the pronoun.
                (clause_start.max(end.saturating_sub(5))..end)
                    .find_map(|s| generic_description(self.doc, s..end))
            })
            .filter(|m| !matches!(m.form, Form::Pronoun(_)))
    }

    /// Is the token before cue `c` a comma (`…, saying`)?
    fn after_comma(&self, c: &Cue) -> bool {
        c.tok.checked_sub(1).is_some_and(|p| self.word(p) == ",")
    }

    /// `Bloomberg contrasted his record with Trump's, saying …`: a
    /// participle after a comma takes the subject of the main clause.
    fn participle_after_comma_subject(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        if !(c.is_participle() && self.after_comma(c)) {
            return None;
        }
        // `Politico reported that Trump reacted …, calling it …`: the
        // participle goes with the reported clause and its subject.
        // (Only a `that` a cue reports, whose clause opens with its
        // subject: not the relative `policies that help …`.)
        let that = self.last_that(clause_start..c.tok).filter(|&t| {
            self.cues_in(t.saturating_sub(4).max(clause_start)..t)
                .next()
                .is_some()
                && !self.in_introductory_clause(clause_start, t)
        });
        if let Some(t) = that
            && let Some(m) = main_subject(self.doc, t + 1, c.tok)
            && matches!(m.form, Form::Name | Form::Pronoun(_))
            && self.tok_at(m.span.start) == t + 1
        {
            return Some(m);
        }
        self.speech_before_comma(c, clause_start)
            .or_else(|| self.where_clause_subject_of_participle(c, clause_start))
            .or_else(|| self.subordinate_subject_of_participle(c, clause_start))
            .or_else(|| self.main_subject(c.tok))
    }

    /// Sieve `where_clause_participle`: `The mayor spoke near the gates,
    /// where about 40 workers had gathered, chanting "…"`: a participle
    /// right after a `where` clause with a subject of its own goes with
    /// that subject, the nearest clause's, not the main clause's.
    fn where_clause_subject_of_participle(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        let comma = c.tok - 1;
        let wh = (clause_start..comma)
            .rev()
            .take_while(|&k| !matches!(self.word(k), "," | ";" | ":" | "—" | "–"))
            .find(|&k| self.word(k).eq_ignore_ascii_case("where") && !self.in_quote[k])?;
        // (The clause opens with its subject, past an approximate number:
        // `where about 40 workers`; a pronoun is left to the main clause.)
        let approximate = matches!(
            self.word(wh + 1).to_lowercase().as_str(),
            "about" | "around" | "roughly" | "nearly" | "almost" | "some" | "over"
        );
        let start = wh + 1 + usize::from(approximate);
        let m = main_subject(self.doc, start, comma)?;
        let opens = self.tok_at(m.span.start) <= start + 2;
        (opens
            && matches!(m.form, Form::Name | Form::Description)
            && self.can_speak(&m)
            && m.role.as_deref().is_none_or(|r| {
                let head = r.rsplit(' ').next().unwrap_or(r);
                lexicon::is_role_noun(head) || lexicon::is_agent_noun(head)
            }))
        .then_some(m)
    }

    /// `Rice's comments came as Netanyahu turned down the invitation,
    /// saying …`, `It came after Boehner chided Obama, accusing …`: where
    /// the main clause's subject cannot speak (a thing, `It`, a name's
    /// remarks), a participle goes with the subject named after the
    /// subordinator (`as`, `after`, `when` …) of the clause before it.
    fn subordinate_subject_of_participle(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        let main = self.main_subject(c.tok);
        if main.as_ref().is_some_and(|m| self.can_speak(m)) {
            return None;
        }
        let after = main.map_or(clause_start, |m| self.tok_at(m.span.end));
        let sub = (after..c.tok)
            .find(|&k| lexicon::is_subordinator(self.word(k)) && !self.in_quote[k])?;
        // (A name must open the clause, right after the subordinator: `as
        // Netanyahu turned down`, not `as expected, the mayor …`.)
        let m = main_subject(self.doc, sub + 1, c.tok)?;
        (m.form == Form::Name && self.tok_at(m.span.start) == sub + 1).then_some(m)
    }

    /// Can mention `m`, found as a main clause's subject, be a speaker? Not
    /// `It` (`It came after …`), nor a name owning a thing (`Rice's
    /// comments`), nor a description whose head is no person or body.
    fn can_speak(&self, m: &Mention) -> bool {
        match m.form {
            Form::Pronoun(p) => p != lexicon::Pronoun::It,
            Form::Name => {
                let written = &self.doc.text[m.span.start..m.span.end];
                let owner = ["'s", "’s"].iter().any(|e| written.ends_with(e));
                let next = self.tok_at(m.span.end);
                !(owner
                    && next < self.doc.tokens.len()
                    && self.word(next).starts_with(char::is_lowercase)
                    && !lexicon::is_role_noun(self.word(next))
                    && !lexicon::is_agent_noun(self.word(next)))
            }
            Form::Description => m.role.as_deref().is_none_or(|r| {
                let head = r.rsplit(' ').next().unwrap_or(r);
                lexicon::is_role_noun(head)
                    || lexicon::is_agent_noun(head)
                    || lexicon::is_org_noun(head)
                    || m.org_like
            }),
        }
    }

    /// Is token `t` inside an introductory clause opening the clause at
    /// `clause_start` (`Asked whether he meant that Mr. Reyes …, Mr. Duval
    /// said …`, `When Trump said that …,`): before its first comma, after a
    /// subordinator or a past participle?
    fn in_introductory_clause(&self, clause_start: usize, t: usize) -> bool {
        let first = self.word(clause_start);
        let opens = lexicon::is_subordinator(first)
            || (first.starts_with(char::is_uppercase) && first.ends_with("ed") && first.len() > 4);
        opens
            && !(clause_start..t).any(|k| self.word(k) == ",")
            && (t..self.doc.tokens.len()).any(|k| self.word(k) == ",")
    }

    /// `…, Nefzi said, adding, "…"`, `…, said Nefzi, adding …`: a
    /// participle right after a speech verb's attribution continues it,
    /// with that verb's subject, not the main clause's.
    fn speech_before_comma(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        let comma = c.tok - 1;
        let prev = self.cues_in(clause_start..comma).next_back()?;
        if prev.is_participle() || prev.class == CueClass::Belief {
            return None;
        }
        if prev.end == comma {
            return subject_before(self.doc, clause_start, prev.tok)
                .filter(|m| self.tok_at(m.span.end) == prev.tok);
        }
        // (Only a speech verb after the words it reports inverts: in
        // `Clinton mocked the complaint, saying …` or `Albright urged women
        // to vote, saying …` what follows the verb is its object.)
        let inverted = prev
            .tok
            .checked_sub(1)
            .is_some_and(|p| matches!(self.word(p), "," | ":" | "\"" | "”" | "'" | "’"));
        if prev.class != CueClass::Speech || !inverted {
            return None;
        }
        subject_after(self.doc, prev.end - 1, comma).filter(|m| self.tok_at(m.span.end) == comma)
    }

    /// `… criticised the policy and said …`, `…, but insists …`: a verb
    /// coordinated with the main one shares its subject.
    fn coordinated_subject(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        let mut p = c.tok;
        while p > clause_start
            && matches!(
                self.word(p - 1).to_lowercase().as_str(),
                "also" | "then" | "later" | "repeatedly" | "again"
            )
        {
            p -= 1;
        }
        if p > clause_start && matches!(self.word(p - 1).to_lowercase().as_str(), "and" | "but") {
            return self.main_subject(c.tok);
        }
        None
    }

    /// `Trump was prompted to say, "…"`, `she went on to tell …`: an
    /// infinitive cue is the main subject's.
    fn infinitive_subject(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        if !(c.tok > clause_start && self.word(c.tok - 1).eq_ignore_ascii_case("to")) {
            return None;
        }
        // (the subject of a `that` clause holding the cue, if there is
        // one; `Trump joked that Brooklyn was his answer, but went on to
        // say`: a `but` closes the clause and returns to the main subject)
        let that = self
            .last_that(clause_start..c.tok)
            .filter(|&t| !(t + 1..c.tok).any(|i| self.word(i).eq_ignore_ascii_case("but")));
        that.and_then(|t| main_subject(self.doc, t + 1, c.tok))
            .or_else(|| self.main_subject(c.tok))
    }

    /// `footage of Trump saying "…"`, `with Sen. John McCain calling it
    /// "…"`: a participle right after a name governed by `of` or `with`
    /// has that name for its subject.
    fn of_with_participle_subject(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        if c.is_participle()
            && !self.after_comma(c)
            && let Some(m) = subject_before(self.doc, clause_start, c.tok)
            && self.tok_at(m.span.end) == c.tok
            && matches!(m.form, Form::Name | Form::Description)
            && self
                .tok_at(m.span.start)
                .checked_sub(1)
                .is_some_and(|p| matches!(self.word(p).to_lowercase().as_str(), "of" | "with"))
        {
            return Some(m);
        }
        None
    }

    /// `The town released a statement saying …`: a document issued by
    /// the subject does not speak for it; the subject does.
    fn document_issuer(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        if c.is_participle()
            && let Some(m) = subject_before(self.doc, clause_start, c.tok)
            && m.form == Form::Description
            && m.role.as_deref().is_some_and(|r| {
                let head = r.rsplit(' ').next().unwrap_or(r).to_lowercase();
                lexicon::DOCUMENT_NOUNS.contains(&head.as_str())
            })
            && let Some(main) = self.main_subject(c.tok)
            && main.span.end <= m.span.start
        {
            return Some(main);
        }
        None
    }

    /// `Hunt said`, `the council has warned`: the subject right before the
    /// cue. A possessive (`Trump's`) is never the one speaking, nor, before
    /// a participle, the object of a preposition (`took a swipe at
    /// Hillary Clinton, calling …`).
    fn plain_subject(&self, c: &Cue, clause_start: usize) -> Option<Mention> {
        let m = subject_before(self.doc, clause_start, c.tok)?;
        Some(self.zero_relative_subject(c, m)).filter(|m| {
            let text = &self.doc.text[m.span.start..m.span.end];
            let object = c.is_participle()
                && [" at ", " to ", " with ", " about ", " against "]
                    .iter()
                    .any(|p| text.contains(p));
            !(text.ends_with("'s") || text.ends_with("’s") || object)
        })
    }

    /// Sieve `zero_relative_subject`: `even the files the ministry now
    /// says are "…"`, `the claims a rival says were "…"`: a relative clause
    /// without `that` sets its own subject right after the noun it
    /// describes, and its verb (`are`) right after the cue. The phrase from
    /// that second determiner speaks, not the noun described.
    fn zero_relative_subject(&self, c: &Cue, m: Mention) -> Mention {
        let gap_verb = c.end < self.doc.tokens.len()
            && matches!(
                self.word(c.end).to_lowercase().as_str(),
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"
            );
        if m.form != Form::Description || !gap_verb {
            return m;
        }
        let first = self.tok_at(m.span.start);
        let last = self.tok_at(m.span.end);
        let det = (first + 1..last.saturating_sub(1)).rev().find(|&k| {
            let before = self.word(k - 1);
            matches!(self.word(k), "the" | "a" | "an")
                && self.doc.tokens[k - 1].kind == TokenKind::Word
                && before.starts_with(char::is_lowercase)
                && !lexicon::is_function_word(before)
        });
        det.and_then(|d| parse_np(self.doc, d..last))
            .filter(|n| !matches!(n.form, Form::Pronoun(_)))
            .unwrap_or(m)
    }

    /// The `who` or `which` whose clause the cue is the verb of (`Hunt, who
    /// has repeatedly said …`), past auxiliaries and adverbs.
    fn relative_pronoun(&self, c: &Cue, clause_start: usize) -> Option<usize> {
        let mut p = c.tok;
        while p > clause_start && {
            let w = self.word(p - 1).to_lowercase();
            matches!(
                w.as_str(),
                "also" | "then" | "later" | "again" | "has" | "have" | "had" | "once"
            ) || (w.ends_with("ly") && w.len() > 4)
        } {
            p -= 1;
        }
        (p > clause_start + 1
            && matches!(self.word(p - 1).to_lowercase().as_str(), "who" | "which"))
        .then(|| p - 1)
    }

    /// The subject of the main clause before token `tok` (for `-ing` cues):
    /// the clause starts after the last quotation of the sentence before it.
    fn main_subject(&self, tok: usize) -> Option<Mention> {
        let sentence = self.sentence_range_of_byte(self.doc.tokens[tok].span.start);
        // (A name in marks, `a "Commander-in-Chief Forum"`, starts no clause.)
        let clause_start = self
            .quoted
            .iter()
            .enumerate()
            .filter(|&(k, _)| !self.is_title_like(k))
            .map(|(_, q)| self.tok_at(q.end))
            .filter(|&t| t > sentence.start && t <= tok)
            .max()
            .unwrap_or(sentence.start);
        main_subject(self.doc, clause_start, tok)
    }

    /// The nearest speech cue of the sentence before an inline quotation.
    fn inline_attribution(&self, qi: usize) -> Option<Attr> {
        let q = &self.quoted[qi];
        let open = self.tok_at(q.open);
        let sentence = self.sentence_range_of_byte(q.open);
        for c in self.cues_in(sentence.start..open).rev() {
            if self.in_quote[c.tok] {
                continue;
            }
            // `she said, but as Trump went on about "how the system is
            // rigged"`: a subordinate clause with its own subject between
            // the cue and the quotation holds the quotation; its subject
            // is the speaker (found by the clause sieve).
            if (c.end..open).any(|i| {
                lexicon::is_subordinator(self.word(i))
                    && i + 1 < open
                    && (self.word(i + 1).starts_with(char::is_uppercase)
                        || lexicon::pronoun(self.word(i + 1)).is_some())
                    && self.word(i + 1) != "I"
            }) {
                return None;
            }
            // `McCaskill said a lot of voters would find it "very hard to
            // look past"`: a belief verb inside the clause a speech verb
            // reports is part of what was said, so the quotation is the
            // speaker's.
            if c.class == CueClass::Belief
                && self
                    .cues_in(sentence.start..c.tok)
                    .any(|o| o.class == CueClass::Speech && !self.in_quote[o.tok])
            {
                continue;
            }
            if self.in_listener_relative(c, sentence.start, open) {
                continue;
            }
            // The clause starts after the last quotation before the cue.
            let clause_start = self
                .quoted
                .iter()
                .filter(|o| {
                    o.end <= self.doc.tokens[c.tok].span.start
                        && o.end > self.doc.tokens[sentence.start].span.start
                })
                .map(|o| self.tok_at(o.end))
                .max()
                .unwrap_or(sentence.start);
            let m = match self.object_relative(c, clause_start) {
                // `…, which an FBI investigation said was "…"`: the
                // relative clause holds the quotation, and its subject
                // speaks, whoever that is; no cue before it does.
                Some(rel) => Some(
                    self.subject_of(c, clause_start)
                        .or_else(|| generic_description(self.doc, rel + 1..c.tok))?,
                ),
                None => self.subject_of(c, clause_start),
            };
            if let Some(m) = m {
                return Some(Attr {
                    cue: c.text.clone(),
                    cue_tok: Some(c.tok),
                    mention: m,
                    place: Place::Inline,
                    sieve: "inline_cue",
                });
            }
        }
        None
    }

    /// `X told a young woman who suggested that voters were tired that
    /// "this is not the first generation …"`: cue `c` opens a `who` clause
    /// on the listener of an earlier `told`-like cue, and the `that` before
    /// the quotation (at `open`) is not `c`'s own: the quotation is what
    /// the teller said, not the listener.
    fn in_listener_relative(&self, c: &Cue, sentence_start: usize, open: usize) -> bool {
        let Some(who) = (c.tok.saturating_sub(3).max(sentence_start)..c.tok)
            .rev()
            .find(|&k| matches!(self.word(k).to_lowercase().as_str(), "who" | "whom"))
        else {
            return false;
        };
        let told = self
            .cues_in(who.saturating_sub(8).max(sentence_start)..who)
            .any(|o| o.takes_object() && !self.in_quote[o.tok]);
        let last_that = (c.end..open)
            .rev()
            .find(|&k| self.word(k).eq_ignore_ascii_case("that"));
        told && last_that.is_some_and(|t| t > c.end)
    }

    /// `which an FBI investigation said`, `that the mayor called`: the
    /// relative pronoun opening a clause whose subject (a noun phrase of a
    /// few words, no punctuation) is right before cue `c`.
    fn object_relative(&self, c: &Cue, clause_start: usize) -> Option<usize> {
        let floor = c.tok.saturating_sub(7).max(clause_start);
        let rel = (floor..c.tok.saturating_sub(1)).rev().find(|&i| {
            matches!(
                self.word(i).to_lowercase().as_str(),
                "which" | "that" | "whom"
            )
        })?;
        let first = self.word(rel + 1);
        let opens_np = lexicon::is_np_determiner(first) || first.starts_with(char::is_uppercase);
        let plain = (rel + 1..c.tok)
            .all(|i| self.doc.tokens[i].kind != TokenKind::Punct && self.cue_at(i).is_none());
        (opens_np && plain && lexicon::pronoun(first).is_none()).then_some(rel)
    }

    /// A partial quotation of two or more words in a clause without a
    /// speech verb, whose subject is a named person: the quoted words are
    /// that person's, and the verb's complement is what is reported.
    fn clause_attribution(&self, qi: usize) -> Option<(Attr, Span)> {
        let q = &self.quoted[qi];
        if self.doc.text[q.inner.start..q.inner.end]
            .split_whitespace()
            .count()
            < 2
        {
            return None;
        }
        let open = self.tok_at(q.open);
        let sentence = self.sentence_range_of_byte(q.open);
        let clause_start = self
            .quoted
            .iter()
            .filter(|o| o.end <= q.open && self.tok_at(o.open) <= sentence.start)
            .map(|o| self.tok_at(o.end))
            .filter(|&t| t > sentence.start)
            .max()
            .unwrap_or(sentence.start);
        // `she said, but as Trump went on about "…"`: a subordinate clause
        // with its own subject holds the quotation; failing it, the main one.
        self.subordinate_clause_start(clause_start, open)
            .and_then(|sub| self.clause_subject_from(q, sub, open, sentence.end))
            .or_else(|| self.clause_subject_from(q, clause_start, open, sentence.end))
    }

    /// The start of the last subordinate clause opened in
    /// `clause_start..open` with a name for its subject (`as Trump`) and
    /// running on to the quotation at `open`: no comma closes it
    /// first (a fronted `After Trump spoke, Clinton called it "…"` is
    /// closed), and it is not where the clause starts anyway.
    fn subordinate_clause_start(&self, clause_start: usize, open: usize) -> Option<usize> {
        let sub = (clause_start + 1..open.saturating_sub(1))
            .rev()
            .find(|&i| {
                let next = self.word(i + 1);
                // (`such as David Koch`, `so as`: a comparison, no clause.)
                let comparison = self.word(i).eq_ignore_ascii_case("as")
                    && matches!(
                        self.word(i - 1).to_lowercase().as_str(),
                        "such" | "so" | "as" | "same" | "known"
                    );
                // (A pronoun subject, `if he would`, is left alone: it
                // points back as often to the wrong person as the right one.)
                !comparison
                    && lexicon::is_subordinator(self.word(i))
                    && next.starts_with(char::is_uppercase)
                    && lexicon::pronoun(next).is_none()
                    && !lexicon::is_function_word(next)
            })?;
        let closed = (sub..open).any(|i| matches!(self.word(i), "," | ";" | ":"));
        (!closed).then_some(sub + 1)
    }

    /// The clause sieve's reading of the clause from `clause_start` to the
    /// quotation `q` opening at token `open`: its personal subject, a verb
    /// after it, and the complement holding the quotation.
    fn clause_subject_from(
        &self,
        q: &Quoted,
        clause_start: usize,
        open: usize,
        sentence_end: usize,
    ) -> Option<(Attr, Span)> {
        let m = main_subject(self.doc, clause_start, open)?;
        if !self.is_personal_subject(&m, clause_start) {
            return None;
        }
        let v = self.verb_after(self.tok_at(m.span.end), open);
        if !self.is_verb_like(v, open) || self.claim_holds(v + 1, open) {
            return None;
        }
        let span = self.complement(q, v, sentence_end)?;
        let cue_text = (self.tok_at(m.span.end)..=v)
            .map(|i| self.word(i).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        Some((
            Attr {
                cue: cue_text,
                cue_tok: None,
                mention: m,
                place: Place::Clause,
                sieve: "clause_subject",
            },
            span,
        ))
    }

    /// Does a possessive speech noun between token `from` and the
    /// quotation opening at `open` hold it in its `that` clause (`Lee
    /// seized on Ruiz's claim that there were "thousands" …`)? The quoted
    /// words are then the possessor's (see [`Self::noun_attributions`]), not
    /// the clause subject's. Only a clause running straight on to the
    /// marks counts: after a comma (`…'s claim that it pays, calling it "a
    /// fantasy"`) the words are the subject's again.
    fn claim_holds(&self, from: usize, open: usize) -> bool {
        let Some(that) = (from..open)
            .rev()
            .find(|&k| self.word(k).eq_ignore_ascii_case("that"))
        else {
            return false;
        };
        let noun = that.checked_sub(1).filter(|&n| n >= from);
        let straight = (that + 1..open).all(|k| self.doc.tokens[k].kind != TokenKind::Punct);
        straight
            && noun.is_some_and(|n| {
                let w = self.word(n);
                lexicon::SPEECH_NOUNS
                    .iter()
                    .any(|s| w.eq_ignore_ascii_case(s))
                    && (n.saturating_sub(3).max(from)..n).rev().any(|k| {
                        // (As `noun_attributions` reads it: `Ruiz's recent claim`.)
                        (k + 1..n).all(|j| {
                            let w = self.word(j);
                            self.doc.tokens[j].kind == TokenKind::Word
                                && w.starts_with(char::is_lowercase)
                                && !lexicon::is_function_word(w)
                        }) && possessor(self.doc, k).is_some()
                    })
            })
    }

    /// Is subject `m` of a clause from `clause_start` a person (`Clinton`,
    /// `she`), not an organisation, a description or a capitalised word
    /// opening the sentence?
    fn is_personal_subject(&self, m: &Mention, clause_start: usize) -> bool {
        let personal = match m.form {
            Form::Name => !m.org_like,
            Form::Pronoun(p) => matches!(p, lexicon::Pronoun::He | lexicon::Pronoun::She),
            Form::Description => false,
        };
        // A lone capitalised word opening the sentence may be any word
        // (`Federal law makes …`, `Conservative websites are …`): it is a
        // name only if the article also writes it capitalised mid-sentence.
        let first = self.tok_at(m.span.start);
        personal
            && !(m.form == Form::Name
                && first == clause_start
                && self.tok_at(m.span.end) == first + 1
                && !self.capitalised_elsewhere(first))
    }

    /// The verb after a subject ending at `from` (`Clinton often speaks`):
    /// the first word before `open` that is not an adverb or auxiliary.
    fn verb_after(&self, from: usize, open: usize) -> usize {
        let mut v = from;
        while v < open && is_before_verb(&self.word(v).to_lowercase()) {
            v += 1;
        }
        v
    }

    /// Is token `v` (before the opening mark `open`) a verb other than a
    /// copula (`speaks`, not `is` or `the`)?
    fn is_verb_like(&self, v: usize, open: usize) -> bool {
        let verb = self.word(v).to_lowercase();
        v < open
            && self.doc.tokens[v].kind == TokenKind::Word
            && verb.chars().all(|c| c.is_lowercase())
            && !lexicon::is_function_word(&verb)
            && !matches!(
                verb.as_str(),
                "is" | "was" | "are" | "were" | "be" | "being"
            )
    }

    /// The complement of verb `v` holding quotation `q` (`of breaking "that
    /// highest, hardest glass ceiling"`), to `;` or a clause of its own
    /// after the quotation, within a sentence ending at `sentence_end`.
    fn complement(&self, q: &Quoted, v: usize, sentence_end: usize) -> Option<Span> {
        let open = self.tok_at(q.open);
        let mut end = sentence_end;
        while end > open
            && self.doc.tokens[end - 1].kind == TokenKind::Punct
            && !matches!(self.word(end - 1), "\"" | "”" | "'" | "’")
        {
            end -= 1;
        }
        let mut stop = end;
        for i in v + 1..end {
            if i > self.tok_at(q.end) && (self.word(i) == ";" || self.ends_content_before(i, end)) {
                stop = i;
                break;
            }
        }
        self.content_span(v + 1..stop)
    }

    /// `Trump's claim that "thousands" celebrated …`, `her remark that "…"`:
    /// a speech noun after a possessive reports the clause after `that` (or
    /// the infinitive after a pledge); the possessor is the speaker.
    pub fn noun_attributions(&self) -> Vec<(Attr, Span)> {
        let mut out = Vec::new();
        let n = self.doc.tokens.len();
        for i in 0..n.saturating_sub(1) {
            if self.in_quote[i] {
                continue;
            }
            // (Compared without allocating: this runs for every token.)
            let w = self.word(i);
            let Some(&noun) = lexicon::SPEECH_NOUNS
                .iter()
                .find(|n| w.eq_ignore_ascii_case(n))
            else {
                continue;
            };
            let next = self.word(i + 1).to_lowercase();
            let promise = matches!(noun, "pledge" | "promise" | "vow");
            if !(next == "that" || (promise && next == "to")) {
                continue;
            }
            // The possessive, before at most two modifiers (`Trump's recent
            // evidence-free assertion`).
            let Some(m) = (i.saturating_sub(3)..i).rev().find_map(|k| {
                let between_ok = (k + 1..i).all(|j| {
                    let w = self.word(j);
                    self.doc.tokens[j].kind == TokenKind::Word
                        && w.chars().next().is_some_and(char::is_lowercase)
                        && !lexicon::is_function_word(w)
                });
                if between_ok {
                    possessor(self.doc, k)
                } else {
                    None
                }
            }) else {
                continue;
            };
            let sentence = self.sentence_with_quotations(self.doc.tokens[i].span.start);
            let start = if next == "that" { i + 1 } else { i + 2 };
            let end = self.trim_punct(start, sentence.end);
            let stop = (start + 1..end)
                .find(|&k| self.word(k) == ";" || self.ends_content_before(k, end))
                .unwrap_or(end);
            if let Some(span) = self.content_span(start..stop) {
                out.push((
                    Attr {
                        cue: noun.to_string(),
                        cue_tok: None,
                        mention: m,
                        place: Place::Clause,
                        sieve: "speech_noun",
                    },
                    span,
                ));
            }
        }
        out
    }

    /// Does the word at `tok` occur capitalised somewhere other than at the
    /// start of a sentence?
    fn capitalised_elsewhere(&self, tok: usize) -> bool {
        let counts = self.mid_sentence.get_or_init(|| {
            let mut counts: HashMap<&'d str, usize> = HashMap::new();
            for i in 0..self.doc.tokens.len() {
                if self.mid_sentence_at(i) {
                    *counts.entry(self.word(i)).or_default() += 1;
                }
            }
            counts
        });
        let here = usize::from(self.mid_sentence_at(tok));
        counts.get(self.word(tok)).is_some_and(|&n| n > here)
    }

    /// Whether token `i` stands inside a sentence, not at its start or
    /// after a mark that may open one: where a capital means a name.
    fn mid_sentence_at(&self, i: usize) -> bool {
        i > 0
            && !matches!(self.word(i - 1), "." | "!" | "?" | "\"" | "“" | ":" | "\n")
            && self
                .doc
                .sentence_at(self.doc.tokens[i].span.start)
                .is_some_and(|s| self.doc.sentences[s].tokens.start != i)
    }

    /// A name set in marks, told without looking past the quotation
    /// before it: a nickname, a term after a naming cue (`a group dubbed
    /// "Brexit Ultras"`) or a title in Title Case (`"Meet the Press"`). The
    /// words around such a name are one clause.
    fn is_title_like(&self, qi: usize) -> bool {
        let q = &self.quoted[qi];
        if q.runs_on {
            return false;
        }
        if self.is_nickname(qi) {
            return true;
        }
        let open = self.tok_at(q.open);
        let lead: String = (open.saturating_sub(4)..open)
            .map(|i| self.word(i).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        if NAMING_CUES.iter().any(|c| lead.contains(c)) {
            return true;
        }
        let inner = &self.doc.text[q.inner.start..q.inner.end];
        let words: Vec<&str> = inner.split_whitespace().collect();
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let long: Vec<&&str> = words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .collect();
        (2..=8).contains(&words.len())
            && !long.is_empty()
            && long.iter().all(|w| capitalised(w))
            && capitalised(words[0])
            && !inner.ends_with(['.', ',', '!', '?', ';', ':'])
    }

    /// A nickname inside a name: `Marcia "Cia" Price`, `C.L. "Butch" Otter`
    /// (one or two capitalised words between two capitalised words).
    fn is_nickname(&self, qi: usize) -> bool {
        let q = &self.quoted[qi];
        let inner = &self.doc.text[q.inner.start..q.inner.end];
        let words: Vec<&str> = inner.split_whitespace().collect();
        let open = self.tok_at(q.open);
        let after = self.tok_at(q.end);
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        !q.runs_on
            && (1..=2).contains(&words.len())
            && words.iter().all(|w| {
                capital(w)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '.' || c == '\'')
            })
            && open > 0
            && capital(self.word(open - 1))
            && self.doc.tokens[open - 1].kind == TokenKind::Word
            && after < self.doc.tokens.len()
            && capital(self.word(after))
            && self.doc.tokens[after].kind == TokenKind::Word
            && !lexicon::is_function_word(self.word(after))
    }

    /// The quotation before `qi` when the two are items of one list of
    /// terms: both short, in the same paragraph, the first ending with a
    /// comma and nothing but `,`, `and` or `or` between them.
    fn list_item_of(&self, qi: usize) -> Option<usize> {
        let p = qi.checked_sub(1)?;
        let (prev, q) = (&self.quoted[p], &self.quoted[qi]);
        let words = |s: Span| self.doc.text[s.start..s.end].split_whitespace().count();
        let prev_inner = self.doc.text[prev.inner.start..prev.inner.end].trim_end();
        if prev.paragraph != q.paragraph
            || prev.runs_on
            || prev.end > q.open
            || words(prev.inner) > 4
            || words(q.inner) > 4
            || !(prev_inner.ends_with(',') || self.doc.text[prev.end..q.open].contains(','))
        {
            return None;
        }
        (self.tok_at(prev.end)..self.tok_at(q.open))
            .all(|i| matches!(self.word(i), "," | "and" | "or"))
            .then_some(p)
    }

    /// Is an inline quotation a name, title or label rather than speech?
    fn is_naming(&self, qi: usize, before: Range<usize>, after: Range<usize>) -> bool {
        let q = &self.quoted[qi];
        let inner = &self.doc.text[q.inner.start..q.inner.end];
        // The items of a list are all names if the first is (`words such
        // as "ambassador," "attack," "Benghazi"`).
        if let Some(p) = self.list_item_of(qi)
            && self.is_naming(p, self.before_range(p), self.after_range(p))
        {
            return true;
        }
        // `so-called "…"`, `dubbed the "…"`, `known locally as "…"`
        let lead_start = before.end.saturating_sub(4).max(before.start);
        let lead: String = (lead_start..before.end)
            .map(|i| self.word(i).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        if NAMING_CUES.iter().any(|c| lead.contains(c)) {
            return true;
        }
        let words: Vec<&str> = inner.split_whitespace().collect();
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let first_upper = words.first().is_some_and(|w| capitalised(w));
        // `its "Always On" rostering platform`: a capitalised quotation used
        // as a modifier of the noun after it.
        if first_upper
            && !inner.ends_with(['.', ',', '!', '?', ';', ':'])
            && let Some(i) = (after.start < after.end).then_some(after.start)
        {
            let next = self.word(i);
            let glued = self.doc.tokens[i].span.start == q.end;
            let lower_word = next.chars().next().is_some_and(char::is_lowercase)
                && self.doc.tokens[i].kind == TokenKind::Word;
            if !glued
                && lower_word
                && !lexicon::is_function_word(next)
                && lexicon::cue_class(next).is_none()
                && !next.ends_with("ed")
                && !matches!(next, "is" | "was" | "are" | "were" | "has" | "have" | "had")
            {
                return true;
            }
        }
        // Title Case: `"Make America Great Again"`, `"Class of Covid"`.
        let long_words: Vec<&&str> = words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .collect();
        // After a name's possessive (`on CNN's "State of the Union."`,
        // `Mr. Singer's "Trump and Me"`) a Title Case quotation is a title
        // even with the sentence's full stop inside the marks.
        let after_possessive = before.start < before.end && {
            let w = self.word(before.end - 1);
            capitalised(w) && (w.ends_with("'s") || w.ends_with("’s"))
        };
        first_upper
            && words.len() >= 2
            && words.len() <= 8
            && !long_words.is_empty()
            && long_words.iter().all(|w| capitalised(w))
            && (after_possessive || !inner.ends_with(['.', '!', '?']))
    }

    /// Reported speech for a cue no quotation used: its speaker and
    /// content. The content is before the cue (`CLAUSE, X said.`), around
    /// it (`Cost estimates, he added, were …`) or after it (`X said (that)
    /// CLAUSE`); `according to X` is the source of the clause beside it.
    pub fn indirect(&self, c: &Cue) -> Option<(Mention, Span)> {
        let sentence = self.sentence_with_quotations(self.doc.tokens[c.tok].span.start);
        // (Reported speech reaches at most `CONTENT_REACH` tokens each side
        // of its cue: a sentence dense in cues would otherwise cost its
        // length for every cue in it.)
        let clause_start = self
            .reported_clause_start(c, &sentence)
            .max(c.tok.saturating_sub(CONTENT_REACH));
        let mut end = sentence.end.min(c.end + CONTENT_REACH);
        while end > c.end
            && self.doc.tokens[end - 1].kind == TokenKind::Punct
            && !matches!(self.word(end - 1), "\"" | "”" | "'" | "’" | ")")
        {
            end -= 1;
        }
        if c.names_source_after() {
            return self.according_to(c, clause_start, end, sentence.end);
        }
        let m = match self.inverted_subject(c, clause_start, end, sentence.end) {
            Some(m) => m,
            None => self.subject_of(c, clause_start)?,
        };
        if let Some(content) = self.content_before_cue(c, &m, clause_start, end) {
            return Some((m, content));
        }
        let content = self.content_after_cue(c, clause_start, end)?;
        Some((m, content))
    }

    /// Where the clause of cue `c` in `sentence` starts: after a quotation
    /// that opened the sentence (`"…," he said, adding that …`).
    fn reported_clause_start(&self, c: &Cue, sentence: &Range<usize>) -> usize {
        // A partial quotation inside the clause (`… the "woman card,"
        // Fiorina said`) does not restart it. A quotation the clause runs
        // on from (`"We don't teach anything" against it in the meetings,
        // he said`) does not restart it.
        let cue = self.doc.tokens[c.tok].span.start;
        self.closing_in(self.tok_byte(sentence.start), cue)
            .filter(|o| o.end <= cue)
            .filter(|o| self.tok_at(o.open) <= sentence.start)
            .filter(|o| !self.runs_into_clause(o, sentence.end))
            .map(|o| self.tok_at(o.end))
            .filter(|&t| t > sentence.start && t <= c.tok)
            .max()
            .unwrap_or(sentence.start)
    }

    /// `According to X, CLAUSE` or `CLAUSE, according to X`: the source
    /// named after cue `c` and the clause it is the source of.
    fn according_to(
        &self,
        c: &Cue,
        clause_start: usize,
        end: usize,
        sentence_end: usize,
    ) -> Option<(Mention, Span)> {
        // (`"…," said Trump in an interview, according to TIME`: what
        // stands before is an attribution of its own, not TIME's words.)
        if c.tok > clause_start && lexicon::cue_class(self.word(clause_start)).is_some() {
            return None;
        }
        let m = subject_after(self.doc, c.end - 1, sentence_end)?;
        let m_end = self.tok_at(m.span.end);
        let content = if c.tok == clause_start {
            let start = (m_end..end).find(|&i| self.word(i) == ",").map(|i| i + 1)?;
            start..end
        } else {
            clause_start..self.trim_punct(clause_start, c.tok)
        };
        self.content_span(content).map(|s| (m, s))
    }

    /// Does token `p` end a content clause (from `clause_start`) written
    /// before its cue (`CLAUSE, X said.`)? A comma does, and so does a
    /// closing quotation mark with the comma inside it (`… the "woman
    /// card," Fiorina said`).
    fn closes_content(&self, p: usize, clause_start: usize) -> bool {
        // (The closing mark may be two tokens: the NYT's `''`.)
        let is_mark = |k: usize| matches!(self.word(k), "\"" | "”" | "'" | "’" | "''");
        let mut k = p;
        while k > clause_start && is_mark(k) && is_mark(k - 1) {
            k -= 1;
        }
        p > clause_start
            && (self.word(p) == ","
                || (is_mark(p)
                    && k > 0
                    && self.word(k - 1) == ","
                    && self
                        .closing_before_tok(p + 1)
                        .any(|q| self.tok_at(q.end) == p + 1)))
    }

    /// `CLAUSE, said X.` / `CLAUSE, said X, a doctor …`: after a comma, a
    /// speaker named right after the cue and closed by the clause's end
    /// or a comma is the inverted subject (in `…, said the dispute was
    /// over` a verb follows the noun phrase instead).
    fn inverted_subject(
        &self,
        c: &Cue,
        clause_start: usize,
        end: usize,
        sentence_end: usize,
    ) -> Option<Mention> {
        c.tok
            .checked_sub(1)
            .filter(|&p| self.closes_content(p, clause_start))
            .and_then(|_| subject_after(self.doc, c.tok, sentence_end))
            .filter(|m| {
                let next = self.tok_at(m.span.end);
                next >= end || matches!(self.word(next), "," | "." | ";")
            })
    }

    /// `CLAUSE, X said.` / `CLAUSE, said X.`: the content before the cue
    /// `c` of speaker `m`, when nothing but an adverbial follows them, or
    /// the whole clause around a parenthetical attribution.
    fn content_before_cue(
        &self,
        c: &Cue,
        m: &Mention,
        clause_start: usize,
        end: usize,
    ) -> Option<Span> {
        let m_first = self.tok_at(m.span.start);
        let comma = if m_first > clause_start && m_first < c.tok {
            m_first.checked_sub(1)
        } else if m_first > c.tok {
            c.tok.checked_sub(1)
        } else {
            None
        }
        .filter(|&p| self.closes_content(p, clause_start))?;
        let after_subject = if m_first > c.tok {
            self.tok_at(m.span.end)
        } else {
            c.end
        };
        // Only when nothing but an adverbial follows (`, he said on Monday.`).
        // A closing mark stays with the content it closes.
        let content_end = if self.word(comma) == "," {
            comma
        } else {
            comma + 1
        };
        // (After an inverted cue, what follows the speaker is an
        // apposition or an adverbial: the content is before.)
        if (m_first > c.tok || self.is_adverbial_tail(after_subject..end))
            && let Some(content) = self.content_span(clause_start..content_end)
        {
            return Some(content);
        }
        self.parenthetical_content(clause_start, after_subject, end)
    }

    /// `Cost estimates, he added, were "based on a prototype."`, `…, the
    /// board said, while fewer pupils …`: an attribution set in the middle
    /// of the clause (ending at `after_subject`) reports all of it.
    fn parenthetical_content(
        &self,
        clause_start: usize,
        after_subject: usize,
        end: usize,
    ) -> Option<Span> {
        let rest = after_subject + 1;
        let parenthetical = rest < end
            && self.word(after_subject) == ","
            && self.is_plain_lowercase_word(rest)
            && !self.ends_content_before(after_subject, end)
            && !self.is_adverbial_tail(rest..end);
        if !parenthetical {
            return None;
        }
        let stop = (rest + 1..end)
            .find(|&i| self.word(i) == ";" || self.ends_content_before(i, end))
            .unwrap_or(end);
        let stop = self.through_quotations(rest, stop);
        self.content_span(clause_start..stop)
    }

    /// `X said (that) CLAUSE` / `X told reporters (that) CLAUSE`: the
    /// content after cue `c`, unless a direct quotation or an adverbial
    /// (`wrote in an analysis`) is all there is.
    fn content_after_cue(&self, c: &Cue, clause_start: usize, end: usize) -> Option<Span> {
        let mut start = self.reported_clause_opening(c, end);
        while start < end && matches!(self.word(start), "," | ":" | "—") {
            start += 1;
        }
        // A direct quotation after the cue is not indirect speech, unless
        // the clause runs on after it (`says "the game is screwed up" because …`).
        if start < end
            && self
                .quoted
                .iter()
                .any(|q| self.tok_at(q.open) == start && !self.runs_into_clause(q, end))
            && c.class != CueClass::Characterise
        {
            return None;
        }
        let stop = self.reported_clause_stop(c, clause_start, start, end);
        // `wrote in an analysis`: an adverbial is not what was said.
        if self.is_adverbial_tail(start..stop) {
            return None;
        }
        let stop = self.through_quotations(start, stop);
        self.content_span(start..stop)
    }

    /// Where the clause reported by cue `c` opens: at a `that` the cue
    /// governs (`said on Monday that`), after the person addressed (`told
    /// reporters`), or right after the cue.
    fn reported_clause_opening(&self, c: &Cue, end: usize) -> usize {
        let that = (c.end..end.min(c.end + 9)).find(|&i| self.word(i).eq_ignore_ascii_case("that"));
        if let Some(t) = that
            && !(c.end..t).any(|i| {
                !self.in_title(i) && matches!(self.word(i), "\"" | "“" | "'" | "‘" | "," | ";")
            })
            && self.governs_that(c, t)
        {
            // The complementiser belongs to the reported clause (as PolNeAR annotates it).
            t
        } else if let Some(t) = self.that_after_named_addressees(c, end) {
            t
        } else if c.takes_object() {
            self.skip_object(c.end, end)
        } else {
            c.end
        }
    }

    /// `told Sens. Dick Durbin, of Illinois, and Dianne Feinstein, of
    /// California, that …`: the `that` after people addressed by name,
    /// with their appositives of place, commas and all.
    fn that_after_named_addressees(&self, c: &Cue, end: usize) -> Option<usize> {
        if !c.takes_object() || c.end >= end || !self.word(c.end).starts_with(char::is_uppercase) {
            return None;
        }
        let t = (c.end..end.min(c.end + ADDRESSEES_REACH))
            .find(|&i| self.word(i).eq_ignore_ascii_case("that"))?;
        let names_only = (c.end..t).all(|i| {
            let w = self.word(i);
            w.starts_with(char::is_uppercase)
                || matches!(w, "," | "." | "and" | "of" | "from" | "&")
        });
        let capitals = (c.end..t)
            .filter(|&i| self.word(i).starts_with(char::is_uppercase))
            .count();
        // (`told Dick Durbin that`, with no comma, is the plain case.)
        let listed = (c.end..t).any(|i| matches!(self.word(i), "," | "and"));
        (names_only && capitals >= 2 && listed).then_some(t)
    }

    /// Is token `i` inside a title in marks (`told MSNBC's "Morning Joe"`)?
    fn in_title(&self, i: usize) -> bool {
        self.positions().containing(self.tok_byte(i)).any(|k| {
            let q = &self.quoted[k];
            self.tok_at(q.open) <= i && i < self.tok_at(q.end) && self.is_title_like(k)
        })
    }

    /// Does cue `c` govern the `that` at `t`? Only a `that` right after the
    /// cue and what it governs (`said on Monday that`, `told the committee
    /// that`); in `said it is unrealistic to think that …` the clause began
    /// at `it`. A title in marks in the object (`told MSNBC's "Morning Joe"
    /// that`) counts as one word of it.
    fn governs_that(&self, c: &Cue, t: usize) -> bool {
        let words = (c.end..t).filter(|&i| !self.in_title(i)).count();
        self.is_adverbial_tail(c.end..t)
            || (c.takes_object()
                && words <= 4
                && (c.end..t).all(|i| {
                    let w = self.word(i).to_lowercase();
                    self.in_title(i)
                        || !lexicon::is_function_word(&w)
                        || matches!(w.as_str(), "the" | "a" | "an")
                }))
    }

    /// Where the clause reported by cue `c`, open at `start`, stops: at `;`,
    /// a clause of its own, the comma closing a fronted subordinate or
    /// relative clause, or the adverbials after a quotation.
    fn reported_clause_stop(
        &self,
        c: &Cue,
        clause_start: usize,
        start: usize,
        end: usize,
    ) -> usize {
        let mut stop = end;
        // `While Clinton has condemned the proposal, the groups say …`: a
        // cue in a fronted subordinate clause reports only up to its comma.
        if self.is_fronted_subordinate(clause_start, c.tok)
            && let Some(comma) = (start..end).find(|&i| self.word(i) == ",")
        {
            stop = comma;
        }
        for i in start..stop {
            let w = self.word(i);
            if w == ";" || (i > start && self.ends_content_before(i, end)) {
                stop = i;
                break;
            }
            // `… doesn't want "that crap," in an interview on Sunday`: a
            // quotation closed with a comma, then only the cue's adverbials.
            if i > start + 1
                && self.word(i - 2) == ","
                && self.follows_quotation(i)
                && self.is_adverbial_tail(i..end)
            {
                stop = i;
                break;
            }
            if c.class == CueClass::Characterise
                && i > start + 1
                && matches!(
                    w.to_lowercase().as_str(),
                    "during" | "while" | "after" | "before"
                )
            {
                stop = i;
                break;
            }
        }
        // `Hunt, who has said the strike was "unnecessary", spoke …`: a
        // relative clause set off by commas ends at its closing comma.
        if let Some(rel) = self.relative_pronoun(c, clause_start)
            && self.word(rel - 1) == ","
            && let Some(comma) = (start..stop).find(|&i| self.word(i) == "," && !self.in_quote[i])
        {
            stop = comma;
        }
        stop
    }

    /// Does the clause from `clause_start` to the cue at `cue` open with a
    /// subordinator and hold no comma (`While Clinton has condemned …`)?
    fn is_fronted_subordinate(&self, clause_start: usize, cue: usize) -> bool {
        matches!(
            self.word(clause_start).to_lowercase().as_str(),
            "while"
                | "although"
                | "though"
                | "whereas"
                | "because"
                | "since"
                | "if"
                | "as"
                | "when"
        ) && (clause_start..cue).all(|i| self.word(i) != ",")
    }

    /// After a cue that takes an object (`told`, `asked`, `warned`): the
    /// token after the person addressed, a name, a pronoun or a short phrase.
    fn skip_object(&self, start: usize, end: usize) -> usize {
        let mut k = start;
        let mut limit = start + 4;
        while k < end && k < limit {
            // `told ABC's "Good Morning America"`: a title in marks is one word.
            if let Some(qi) = self
                .quoted
                .iter()
                .position(|q| self.tok_at(q.open) == k)
                .filter(|&qi| self.is_title_like(qi))
            {
                let after = self.tok_at(self.quoted[qi].end);
                limit += after - k;
                k = after;
                continue;
            }
            let w = self.word(k);
            let lw = w.to_lowercase();
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            if k == start && matches!(lw.as_str(), "the" | "a" | "an" | "his" | "their" | "its") {
                // `the crowd`, `his supporters`, `a local radio station`: the
                // words of the noun phrase, up to a function word.
                k += 1;
                while k < end
                    && k < start + 5
                    && self.doc.tokens[k].kind == TokenKind::Word
                    && !lexicon::is_function_word(self.word(k))
                    && !lexicon::is_auxiliary(self.word(k))
                {
                    k += 1;
                }
                break;
            }
            // (`BBC Radio 4`: a number goes with the name before it.)
            let numbered_name = k > start
                && w.chars().all(|ch| ch.is_ascii_digit())
                && self
                    .word(k - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            if cap
                || numbered_name
                || matches!(
                    lw.as_str(),
                    "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists"
                )
                || lexicon::is_role_noun(w)
            {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// Does the reported clause end before token `i`? It does before a
    /// participle adjunct (`, referring to …`, `, adding …`), a second verb
    /// phrase or clause with its own cue (`and saying …`, `but suggesting …`,
    /// `, and Trump vowed …`), `, according to`, and `, for instance`.
    fn ends_content_before(&self, i: usize, end: usize) -> bool {
        // (Only `,`, `and`, `but` and dashes can end it: other words are
        // not looked at further, nor lowered, which this look-up at every
        // token would pay for.)
        let raw = self.word(i);
        if !matches!(
            raw.as_bytes().first(),
            Some(b',' | b'-' | b'a' | b'A' | b'b' | b'B' | 0xE2)
        ) {
            return false;
        }
        let w = if raw.len() == 3 {
            lexicon::lower(raw)
        } else {
            std::borrow::Cow::Borrowed(raw)
        };
        let next = |k: usize| (i + k < end).then(|| lexicon::lower(self.word(i + k)));
        let is_cue =
            |k: usize| i + k < end && !self.in_quote[i + k] && self.cue_at(i + k).is_some();
        match w.as_ref() {
            "," => match next(1).as_deref() {
                Some("according") => true,
                Some("for") => matches!(next(2).as_deref(), Some("instance") | Some("example")),
                // `, adding …`, `, calling it …`: a participle of a cue (`, coming
                // from …` modifies the reported clause and stays in it).
                Some(x) if lexicon::is_participle(x) => is_cue(1),
                // `, and Trump vowed …`: a new subject with its own cue.
                Some("and") | Some("but") => (2..6).any(is_cue),
                _ => false,
            },
            "and" | "but" if !self.in_quote[i] => {
                // `and has said …`, `but also insisted …`: a second verb phrase with its own cue.
                let aux = |k: usize| {
                    next(k).as_deref().is_some_and(|x| {
                        matches!(
                            x,
                            "has" | "have" | "had" | "also" | "then" | "later" | "repeatedly"
                        )
                    })
                };
                is_cue(1) || (aux(1) && (is_cue(2) || (aux(2) && is_cue(3))))
            }
            // `the "next George Washington" – the Founding Father who …`: an
            // aside after a closing quotation mark.
            "—" | "–" if !self.in_quote[i] => self.follows_quotation(i),
            // (A hyphen set between spaces is the same dash.)
            "-" if !self.in_quote[i]
                && i > 0
                && self.doc.tokens[i - 1].span.end < self.doc.tokens[i].span.start =>
            {
                self.follows_quotation(i)
            }
            _ => false,
        }
    }

    /// `on Monday`, `in a statement`, `in an interview with CNN`: what may
    /// follow a cue whose content came before it.
    fn is_adverbial_tail(&self, r: Range<usize>) -> bool {
        // `…, Fiorina said, adding that …`: the tail ends at the participle adjunct.
        let r = match r.clone().find(|&i| self.ends_content_before(i, r.end)) {
            Some(stop) => r.start..stop,
            None => r,
        };
        self.is_prepositional_phrase(r.clone())
            || r.clone().all(|i| {
                let w = self.word(i);
                self.doc.tokens[i].kind == TokenKind::Punct
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || is_tail_word(&w.to_lowercase())
            })
    }

    /// `in a video message to the convention`, `after a rally in Ohio`:
    /// prepositional phrases with no verb, subject or quotation of their own.
    fn is_prepositional_phrase(&self, r: Range<usize>) -> bool {
        let first = r
            .clone()
            .next()
            .map(|i| self.word(i).to_lowercase())
            .unwrap_or_default();
        matches!(
            first.as_str(),
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "with"
                | "from"
                | "over"
                | "via"
                | "by"
                | "outside"
                | "inside"
                | "following"
                | "ahead"
                | "amid"
                | "aboard"
        ) && r.len() <= 16
            && r.clone().all(|i| {
                let w = self.word(i).to_lowercase();
                !self.in_quote[i]
                    && !matches!(
                        w.as_str(),
                        "\"" | "“" | "”" | "'" | "‘" | "’" | "that" | "n't" | "not"
                    )
                    && !lexicon::is_auxiliary(&w)
                    && lexicon::pronoun(&w).is_none()
            })
    }

    /// A content clause of at least three words (or holding a quotation), trimmed of punctuation.
    fn content_span(&self, r: Range<usize>) -> Option<Span> {
        let mut r = r;
        while r.start < r.end && matches!(self.word(r.start), "," | ":" | ";" | "—" | "–") {
            r.start += 1;
        }
        while r.end > r.start && matches!(self.word(r.end - 1), "," | ":" | ";" | "." | "—" | "–")
        {
            r.end -= 1;
        }
        let words = r
            .clone()
            .filter(|&i| self.doc.tokens[i].kind != TokenKind::Punct)
            .count();
        let has_quote = r.clone().any(|i| self.in_quote[i]);
        if words < 3 && !has_quote {
            return None;
        }
        // `shouted to the crowd`, `asked about the storied doctor`: a short
        // phrase of a preposition and a noun says to whom or about what,
        // not what was said (while `urged to monitor polls` reports).
        let prepositional = matches!(
            self.word(r.start).to_lowercase().as_str(),
            "to" | "about" | "of" | "at" | "with" | "from" | "on" | "in"
        ) && r.start + 1 < r.end
            && {
                let next = self.word(r.start + 1);
                is_determiner(next) || next.starts_with(char::is_uppercase)
            };
        if prepositional && words <= 5 && !has_quote {
            return None;
        }
        Some(Span::new(
            self.doc.tokens[r.start].span.start,
            self.doc.tokens[r.end - 1].span.end,
        ))
    }
}

/// A word between a subject and its verb, lower case (`often`, `has`,
/// `n't`: `Clinton often speaks of …`).
fn is_before_verb(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "often"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "again"
            | "repeatedly"
            | "consistently"
            | "frequently"
            | "recently"
            | "once"
            | "later"
            | "then"
            | "just"
            | "never"
            | "always"
            | "even"
            | "still"
            | "has been"
            | "been"
            | "did"
            | "does"
            | "not"
            | "n't"
    )
}

/// A word of an adverbial after a cue, lower case (`on`, `statement`,
/// `yesterday`: `in a statement yesterday`).
fn is_tail_word(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "a"
            | "an"
            | "the"
            | "with"
            | "to"
            | "during"
            | "statement"
            | "interview"
            | "briefing"
            | "conference"
            | "press"
            | "news"
            | "yesterday"
            | "today"
            | "tonight"
            | "last"
            | "this"
            | "week"
            | "month"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "earlier"
            | "later"
            | "also"
            | "recently"
            | "previously"
            | "again"
            | "told"
            | "reporters"
            | "journalists"
            | "his"
            | "her"
            | "its"
            | "their"
            | "post"
            | "message"
            | "letter"
            | "email"
            | "video"
            | "phone"
            | "telephone"
            | "call"
            | "speech"
            | "radio"
            | "by"
            | "from"
            | "of"
            | "for"
            | "website"
            | "programme"
            | "show"
    )
}

/// A determiner or possessive opening a noun phrase.
/// `Name`, `Quote`, `Q` as a mention: a field label, never a speaker.
fn is_label_mention(m: &Mention) -> bool {
    m.name
        .as_deref()
        .is_some_and(|n| !n.contains(' ') && lexicon::is_form_label(n))
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// `WALLACE` → `Wallace`, `O'ROURKE` → `O'rourke`: a name written in capitals, in the usual case.
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map_or_else(String::new, |c| {
                c.to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}
