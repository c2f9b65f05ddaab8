//! Quotes and their speakers: every quotation in an article, who said it
//! and with which cue, plus reported (indirect) speech.
//!
//! The stages, each in its own file:
//!
//! - [`marks`] pairs quotation marks, paragraph by paragraph;
//! - [`transcript`] reads the speaker labels of a quoted interview transcript;
//! - [`cues`] finds speech verbs outside quotations;
//! - [`attribution`] ties each quotation to a cue and a speaker mention,
//!   tells speech from names and scare quotes, and finds reported speech;
//! - `crate::extract::speakers` resolves mentions (`he`, `Hunt`, `the
//!   council`) to the article's speakers.
//!
//! A quotation with no attribution of its own that opens a sentence takes
//! the speaker of the speech just before it (the usual "continuation"
//! paragraph), and the parts of a quotation split by its attribution or run
//! over several paragraphs share one speaker and one `group`.

pub mod attribution;
pub mod cues;
pub mod marks;
pub mod transcript;

use crate::analysis::{Document, Span};
use crate::extract::mentions::Form;
use crate::extract::speakers::{Registry, Speaker};
use attribution::{Analysed, Attr, Ctx, Place, Shape};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};

/// What kind of quotation a quote is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A quotation standing on its own: `"…," she said.`
    Direct,
    /// Quoted words inside a sentence: `blamed the government's "appalling" behaviour`.
    Partial,
    /// Reported speech without quotation marks (or with partial ones inside):
    /// `Hunt said the dispute was unnecessary`. The span is the content clause.
    Indirect,
    /// Quotation marks around a name, title, slogan or scare quote: not anyone's words.
    NonSpeech,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::NonSpeech => "non_speech",
        }
    }

    pub fn parse(s: &str) -> Option<QuoteKind> {
        Some(match s {
            "direct" => QuoteKind::Direct,
            "partial" => QuoteKind::Partial,
            "indirect" => QuoteKind::Indirect,
            "non_speech" => QuoteKind::NonSpeech,
            _ => return None,
        })
    }

    /// Quoted words of a speaker (direct or partial), as opposed to reported speech or names.
    pub fn is_quotation(self) -> bool {
        matches!(self, QuoteKind::Direct | QuoteKind::Partial)
    }
}

/// How a quote's speaker was found, from surest to least sure: how far a
/// reviewer (and the cross-source flags) can trust the attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// Named next to the cue (`Hunt said`, `said Jeremy Hunt`), or by a
    /// transcript label (`"WALLACE: …`).
    Named,
    /// A pronoun at the cue (`he said`), resolved to the person before it.
    Pronoun,
    /// A description at the cue (`the president said`, `a spokeswoman
    /// said`), resolved to a named speaker or kept as the role.
    Description,
    /// No attribution of its own: the speaker of the speech just before it
    /// (a continuation paragraph).
    Carried,
    /// No speaker.
    None,
}

impl Attribution {
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Named => "named",
            Attribution::Pronoun => "pronoun",
            Attribution::Description => "description",
            Attribution::Carried => "carried",
            Attribution::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Attribution> {
        Some(match s {
            "named" => Attribution::Named,
            "pronoun" => Attribution::Pronoun,
            "description" => Attribution::Description,
            "carried" => Attribution::Carried,
            "none" => Attribution::None,
            _ => return None,
        })
    }

    /// How the mention at a cue names its speaker.
    fn of_mention(m: &crate::extract::mentions::Mention) -> Attribution {
        match m.form {
            Form::Name => Attribution::Named,
            Form::Pronoun(_) => Attribution::Pronoun,
            Form::Description => Attribution::Description,
        }
    }
}

/// One quote of an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Byte span of the text inside the marks (for indirect speech: the content clause).
    pub span: Span,
    pub kind: QuoteKind,
    /// Index into the article's speakers.
    pub speaker: Option<usize>,
    /// The speaker's mention as written next to the cue (`Health Secretary Jeremy Hunt`, `he`).
    pub mention: Option<Span>,
    /// The cue as written, lower case: "said", "told", "according to", "―".
    pub cue: Option<String>,
    /// How the speaker was found.
    pub attribution: Attribution,
    /// The rule (sieve) that tied the quotation to its cue and mention,
    /// for measuring each rule on its own (`crosscheck eval quotes --verbose`).
    pub sieve: Option<&'static str>,
    pub paragraph: usize,
    pub sentence: usize,
    /// Parts of one utterance (split by its attribution, or over several
    /// paragraphs) share the index of the first part.
    pub group: usize,
}

/// The quotes and speakers of one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuoteExtraction {
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
}

/// An attribution waiting to be resolved, in text order.
struct Event {
    pos: usize,
    attr: Attr,
    /// Index into `items`.
    item: usize,
}

/// A quote before its speaker is resolved.
struct Item {
    span: Span,
    kind: QuoteKind,
    attr: Option<Attr>,
    speaker: Option<usize>,
    paragraph: usize,
    group: usize,
    /// An unattributed quotation that takes the previous speaker.
    continuation: bool,
    /// A name, title or label (`so-called "…"`), never anyone's words.
    naming: bool,
    /// The speaker was carried over from the speech before it.
    carried: bool,
}

impl Item {
    /// Reported speech (`kind = indirect`): its content clause and attribution.
    fn reported(doc: &Document, span: Span, attr: Attr, group: usize) -> Self {
        Item {
            span,
            kind: QuoteKind::Indirect,
            attr: Some(attr),
            speaker: None,
            paragraph: doc.paragraph_at(span.start).unwrap_or(0),
            group,
            continuation: false,
            naming: false,
            carried: false,
        }
    }
}

/// Extracts the quotes of an analysed document. Pure; never panics.
///
/// The stages, in order: pair the marks, read transcript labels, find the
/// cues, analyse each quotation (its shape and attribution sieves), join
/// the parts of one utterance, add reported speech, give unattributed
/// quotations inside reported speech its speaker, resolve the speakers in
/// text order, and carry speakers over to continuations.
pub fn extract_quotes(doc: &Document) -> QuoteExtraction {
    let mut quoted = marks::find_quoted(&doc.text, &doc.paragraphs);
    let turns = turn_labels(doc, &mut quoted);
    let in_quote = inside_marks(doc, &quoted);
    let mut cues = cues::find_cues(doc, &in_quote);
    // Look-ups by token are binary searches (`Ctx::cue_at`); the scan
    // finds cues in token order, so this stable sort keeps that order.
    cues.sort_by_key(|c| c.tok);
    let ctx = Ctx {
        doc,
        quoted: &quoted,
        turns: &turns,
        cues: &cues,
        in_quote: &in_quote,
        mid_sentence: Default::default(),
        positions: Default::default(),
    };
    let analysed: Vec<Analysed> = (0..quoted.len()).map(|i| ctx.analyse(i)).collect();
    let (mut items, used_cues) = quotation_items(&quoted, &analysed);
    link_parts(doc, &quoted, &analysed, &mut items);
    push_reported(&ctx, &analysed, &used_cues, &mut items);
    attribute_inside_reported(&mut items);
    let mut registry = resolve_speakers(doc, &mut items);
    share_within_groups(&mut items);
    resolve_continuations(doc, &mut registry, &mut items);
    let quotes = items.into_iter().map(|it| to_quote(doc, it)).collect();
    QuoteExtraction {
        speakers: registry.speakers,
        quotes: in_text_order(quotes),
    }
}

/// A transcript turn's label (`"WALLACE: …`) names its speaker and is
/// no part of the words: the label of each quotation, moved out of it.
fn turn_labels(doc: &Document, quoted: &mut [marks::Quoted]) -> Vec<Option<Span>> {
    quoted
        .iter_mut()
        .map(|q| {
            let para = *doc.paragraphs.get(q.paragraph)?;
            let (label, words) = transcript::turn_label(&doc.text, q, para)?;
            q.inner.start = words;
            Some(label)
        })
        .collect()
}

/// For each token, is it inside quotation marks (`"We will win"`: `We`,
/// `will`, `win`), the marks excluded?
fn inside_marks(doc: &Document, quoted: &[marks::Quoted]) -> Vec<bool> {
    let mut in_quote = vec![false; doc.tokens.len()];
    for q in quoted {
        let a = doc.tokens.partition_point(|t| t.span.start < q.inner.start);
        let b = doc.tokens.partition_point(|t| t.span.start < q.inner.end);
        for flag in &mut in_quote[a..b] {
            *flag = true;
        }
    }
    in_quote
}

/// One item per quotation (`"…," she said` is direct, `the "appalling"
/// behaviour` partial or a name), and the cues their attributions used up.
fn quotation_items(quoted: &[marks::Quoted], analysed: &[Analysed]) -> (Vec<Item>, Vec<usize>) {
    let mut items: Vec<Item> = Vec::new();
    let mut used_cues: Vec<usize> = Vec::new();
    for (i, (q, a)) in quoted.iter().zip(analysed).enumerate() {
        let kind = match (a.shape, a.naming, &a.attr) {
            (_, true, _) => QuoteKind::NonSpeech,
            (Shape::Block, _, _) => QuoteKind::Direct,
            (Shape::Inline, _, Some(_)) => QuoteKind::Partial,
            (Shape::Inline, _, None) => QuoteKind::NonSpeech,
        };
        // The cue of a standalone quotation is used up; the cue of a partial
        // one also reports the clause around it (`… play the "woman card,"
        // Fiorina said`), which becomes reported speech below.
        if let Some(attr) = &a.attr
            && attr.place != Place::Inline
            && a.shape == Shape::Block
            && let Some(t) = attr.cue_tok
        {
            used_cues.push(t);
        }
        items.push(Item {
            span: q.inner,
            kind,
            attr: a.attr.clone(),
            speaker: None,
            paragraph: q.paragraph,
            group: i,
            continuation: kind == QuoteKind::Direct && a.attr.is_none() && !a.labelled,
            naming: a.naming,
            carried: false,
        });
    }
    (items, used_cues)
}

/// Adds the reported speech (`Hunt said the dispute was unnecessary`):
/// the clauses around partial quotations, the cues no quotation used, and
/// the clauses after speech nouns (`Trump's claim that …`).
fn push_reported(ctx: &Ctx, analysed: &[Analysed], used_cues: &[usize], items: &mut Vec<Item>) {
    let doc = ctx.doc;
    // The clause around a partial quotation attributed to the clause's subject.
    for a in analysed {
        if let (Some(content), Some(attr)) = (a.content, &a.attr) {
            items.push(Item::reported(doc, content, attr.clone(), items.len()));
        }
    }

    // Reported speech: cues no quotation used as its attribution.
    let used: HashSet<usize> = used_cues.iter().copied().collect();
    for c in ctx.cues {
        if used.contains(&c.tok) || ctx.in_quote[c.tok] {
            continue;
        }
        if let Some((mention, content)) = ctx.indirect(c) {
            let attr = Attr {
                cue: c.text.clone(),
                cue_tok: Some(c.tok),
                mention,
                place: Place::Inline,
                sieve: "reported_speech",
            };
            items.push(Item::reported(doc, content, attr, items.len()));
        }
    }

    // Reported speech after a speech noun: `Trump's claim that …`.
    for (attr, content) in ctx.noun_attributions() {
        items.push(Item::reported(doc, content, attr, items.len()));
    }
}

/// A quotation without an attribution of its own inside reported speech
/// (`"We teach nothing" against it, the imam said`; `Prices had "gone
/// through the roof", she said`) is that speech's: the reported words
/// are the speaker's, unless the marks set off a name.
fn attribute_inside_reported(items: &mut [Item]) {
    let reported: Vec<(Span, Attr)> = items
        .iter()
        .filter(|it| it.kind == QuoteKind::Indirect)
        .filter_map(|it| Some((it.span, it.attr.clone()?)))
        .collect();
    for it in items.iter_mut() {
        let unattributed =
            it.kind.is_quotation() || (it.kind == QuoteKind::NonSpeech && !it.naming);
        if it.attr.is_none()
            && unattributed
            && let Some((_, attr)) = reported
                .iter()
                .find(|(s, _)| s.start <= it.span.start && it.span.end <= s.end)
        {
            it.attr = Some(attr.clone());
            it.continuation = false;
            if it.kind == QuoteKind::NonSpeech {
                it.kind = QuoteKind::Partial;
            }
        }
    }
}

/// Resolves the speakers of the items' mentions (`Hunt`, `he`, `the
/// council`) in text order, so that pronouns see what came before.
fn resolve_speakers(doc: &Document, items: &mut [Item]) -> Registry {
    let mut registry = Registry::from_document(doc);
    registry.set_quotations(
        items
            .iter()
            .filter(|it| it.kind != QuoteKind::Indirect)
            .map(|it| (it.span.start, it.span.end))
            .collect(),
    );
    let mut events: Vec<Event> = items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| {
            let attr = it.attr.clone()?;
            Some(Event {
                pos: attr.mention.span.start,
                attr,
                item: i,
            })
        })
        .collect();
    events.sort_by_key(|e| e.pos);
    for e in &events {
        // `to Ukraine`, `for Clinton`: a phrase opening with a preposition
        // is someone spoken to or about, never the speaker; say so.
        let first = doc.text[e.attr.mention.span.start..e.attr.mention.span.end]
            .split_whitespace()
            .next()
            .unwrap_or("");
        if matches!(
            first,
            "to" | "for" | "from" | "with" | "at" | "by" | "of" | "in" | "on" | "about" | "against"
        ) {
            continue;
        }
        items[e.item].speaker = registry.resolve(&e.attr.mention, e.pos);
    }
    registry
}

/// The quote of a resolved item: a name or scare quote (`so-called
/// "…"`) keeps no speaker, cue or sieve.
fn to_quote(doc: &Document, it: Item) -> Quote {
    Quote {
        span: it.span,
        kind: it.kind,
        speaker: if it.kind == QuoteKind::NonSpeech {
            None
        } else {
            it.speaker
        },
        attribution: match (&it.attr, it.speaker) {
            _ if it.kind == QuoteKind::NonSpeech => Attribution::None,
            (_, None) | (None, _) => Attribution::None,
            _ if it.carried => Attribution::Carried,
            (Some(a), Some(_)) if a.place == Place::Turn => Attribution::Named,
            (Some(a), Some(_)) => Attribution::of_mention(&a.mention),
        },
        sieve: it
            .attr
            .as_ref()
            .filter(|_| it.kind != QuoteKind::NonSpeech)
            .map(|a| if it.carried { "carried" } else { a.sieve }),
        mention: it
            .attr
            .as_ref()
            .filter(|_| it.kind != QuoteKind::NonSpeech)
            .map(|a| a.mention.span),
        cue: it
            .attr
            .as_ref()
            .filter(|_| it.kind != QuoteKind::NonSpeech)
            .map(|a| a.cue.clone()),
        paragraph: it.paragraph,
        sentence: doc.sentence_at(it.span.start).unwrap_or(0),
        group: it.group,
    }
}

/// Orders the quotes by position (a quotation before the reported speech
/// starting with it: `"…" against it, the imam said`); group indices
/// follow their quotes.
fn in_text_order(quotes: Vec<Quote>) -> Vec<Quote> {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| (quotes[i].span.start, quotes[i].kind == QuoteKind::Indirect));
    let mut new_index = vec![0; quotes.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<Quote> = order.iter().map(|&i| quotes[i].clone()).collect();
    for q in &mut sorted {
        q.group = new_index[q.group];
    }
    sorted
}

/// Joins the parts of one utterance: a quotation that runs on into the next
/// paragraph, and `"A," he said, "B."`.
fn link_parts(doc: &Document, quoted: &[marks::Quoted], analysed: &[Analysed], items: &mut [Item]) {
    // Whether some part of group `g` (an item index) is attributed, kept
    // as groups merge, so that each look-up is one step, not a scan.
    let mut attributed: Vec<bool> = items.iter().map(|it| it.attr.is_some()).collect();
    for i in 1..quoted.len() {
        let (prev, q) = (&quoted[i - 1], &quoted[i]);
        // (A transcript turn is a new utterance even when the turn before
        // it runs on.)
        let runs_into = prev.runs_on
            && q.paragraph == prev.paragraph + 1
            && analysed[i]
                .attr
                .as_ref()
                .is_none_or(|a| a.place != Place::Turn);
        // `"A," he said, "B."`: B's attribution is A's, written between them.
        let split = q.paragraph == prev.paragraph
            && analysed[i]
                .attr
                .as_ref()
                .is_some_and(|a| a.place == Place::Before)
            && analysed[i - 1]
                .attr
                .as_ref()
                .is_some_and(|a| a.place == Place::After)
            && analysed[i].attr.as_ref().and_then(|a| a.cue_tok)
                == analysed[i - 1].attr.as_ref().and_then(|a| a.cue_tok);
        // `"A," said X. "B."`: an unattributed quotation right after an
        // attributed one, with nothing but the attribution between them.
        let follows = q.paragraph == prev.paragraph
            && analysed[i].attr.is_none()
            && analysed[i - 1]
                .attr
                .as_ref()
                .is_some_and(|a| matches!(a.place, Place::After | Place::Before));
        // `"A," he said. ¶ "B."`: a paragraph that is nothing but an
        // unattributed quotation continues the quotation that ended the
        // paragraph before (with only its attribution after it).
        let group_attributed = attributed[items[i - 1].group];
        let next_paragraph = q.paragraph == prev.paragraph + 1
            && analysed[i].attr.is_none()
            && group_attributed
            && doc
                .paragraphs
                .get(q.paragraph)
                .is_some_and(|p| doc.text[p.start..q.open].trim().is_empty())
            && doc.paragraphs.get(prev.paragraph).is_some_and(|p| {
                p.end >= prev.end && doc.text[prev.end..p.end].split_whitespace().count() <= 12
            });
        if (runs_into || split || follows || next_paragraph)
            && items[i].kind == QuoteKind::Direct
            && items[i - 1].kind == QuoteKind::Direct
        {
            let g = items[i - 1].group;
            items[i].group = g;
            items[i].continuation = false;
            attributed[g] |= items[i].attr.is_some();
        }
    }
}

/// Every part of a group takes the speaker found for any of its parts.
fn share_within_groups(items: &mut [Item]) {
    // The first part of each group that has a speaker, kept up to date as
    // parts take one (each takes it from the first such part at its turn).
    let mut first: HashMap<usize, usize> = HashMap::default();
    for (j, it) in items.iter().enumerate().rev() {
        if it.speaker.is_some() {
            first.insert(it.group, j);
        }
    }
    for i in 0..items.len() {
        if items[i].speaker.is_some() {
            continue;
        }
        let g = items[i].group;
        if let Some(&j) = first.get(&g) {
            items[i].speaker = items[j].speaker;
            if items[i].attr.is_none() {
                items[i].attr = items[j].attr.clone();
            }
            first.insert(g, j.min(i));
        }
    }
}

/// An unattributed quotation that opens a sentence continues the speech
/// before it: the speaker of the last attributed quote or reported speech
/// in the same or the previous paragraph, unless the sentence right before
/// it, in its paragraph and after that speech, has a person for its
/// subject (see [`preceding_subject`]).
fn resolve_continuations(doc: &Document, registry: &mut Registry, items: &mut [Item]) {
    // Groups do not change here: each group's parts and last paragraph.
    let mut parts: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, it) in items.iter().enumerate() {
        parts.entry(it.group).or_default().push(i);
    }
    let last_paragraph: HashMap<usize, usize> = parts
        .iter()
        .map(|(&g, v)| (g, v.iter().map(|&i| items[i].paragraph).max().unwrap_or(0)))
        .collect();
    let mut by_pos: Vec<usize> = (0..items.len()).collect();
    by_pos.sort_by_key(|&i| items[i].span.start);
    let mut last: Option<(usize, usize, Attr)> = None; // (paragraph, speaker, attr)
    let mut last_end = 0;
    // Where the quoted speech is (not names or titles in marks).
    let speech: Vec<(usize, usize)> = items
        .iter()
        .filter(|it| !it.naming && matches!(it.kind, QuoteKind::Direct | QuoteKind::Partial))
        .map(|it| (it.span.start, it.span.end))
        .collect();
    for &i in &by_pos {
        let it = &items[i];
        if it.continuation && it.speaker.is_none() {
            if let Some((speaker, attr)) = preceding_subject(doc, registry, it, last_end, &speech) {
                for &k in &parts[&items[i].group] {
                    let item = &mut items[k];
                    item.speaker = Some(speaker);
                    item.attr.get_or_insert(attr.clone());
                }
                continue;
            }
            if let Some((p, speaker, attr)) = &last
                && it.paragraph <= p + 1
            {
                let (speaker, attr) = (*speaker, attr.clone());
                for &k in &parts[&items[i].group] {
                    let item = &mut items[k];
                    item.speaker = Some(speaker);
                    item.attr.get_or_insert(attr.clone());
                    item.carried = true;
                }
            }
            continue;
        }
        if let (Some(s), Some(a)) = (it.speaker, &it.attr)
            && it.kind != QuoteKind::NonSpeech
        {
            // A multi-paragraph quotation counts from its last paragraph.
            let p = last_paragraph[&it.group];
            last = Some((p, s, a.clone()));
            last_end = last_end.max(it.span.end);
        }
    }
}

/// `… Pence said on CNN. ¶ On "Face the Nation," Sen. Bernie Sanders
/// identified young voters' exhaustion as a reason. "The younger people
/// are …"`: an unattributed quotation right after a sentence of its own
/// paragraph whose subject is a person, with no speech between them, is
/// that person's (CoreNLP's closest-mention sieve), not the last
/// speaker's. Only a person's name decides: a description or a group
/// (`Protesters were frustrated`) leaves the carry to the last speaker.
fn preceding_subject(
    doc: &Document,
    registry: &mut Registry,
    it: &Item,
    last_end: usize,
    speech: &[(usize, usize)],
) -> Option<(usize, Attr)> {
    let prev = doc.sentence_at(it.span.start)?.checked_sub(1)?;
    let sentence = &doc.sentences[prev];
    // (A sentence holding a quotation of its own is speech, not narration;
    // a title in marks is no speech.)
    let quotes_itself = speech
        .iter()
        .any(|&(a, b)| a < sentence.span.end && b > sentence.span.start);
    if sentence.paragraph != it.paragraph || sentence.span.start < last_end || quotes_itself {
        return None;
    }
    let m =
        crate::extract::mentions::main_subject(doc, sentence.tokens.start, sentence.tokens.end)?;
    // (`That’s all there is to it.`: a capitalised function word is no name.)
    let first = m.name.as_deref().and_then(|n| n.split_whitespace().next());
    if m.form != Form::Name
        || m.org_like
        || first.is_none_or(|w| {
            let w = w.split(['’', '\'']).next().unwrap_or(w);
            crate::extract::lexicon::is_function_word(&w.to_lowercase())
        })
    {
        return None;
    }
    let id = registry.resolve(&m, m.span.start)?;
    (registry.speakers[id].kind == crate::extract::speakers::SpeakerKind::Person).then(|| {
        (
            id,
            Attr {
                cue: String::new(),
                cue_tok: None,
                mention: m,
                place: Place::Before,
                sieve: "preceding_subject",
            },
        )
    })
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod length_tests;
#[cfg(test)]
mod speaker_tables;
