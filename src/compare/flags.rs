//! Finding disagreements inside one story: every pair of articles from
//! different outlets is compared, quote with quote and claim with claim.
//!
//! Pure: the story's evidence comes in (see [`StoryEvidence`]); flag
//! candidates with their explanations and stable keys go out, in a
//! deterministic order. `crate::analyse` stores them.

use super::quotes::{Relation, Words, relate};
use crate::store::identity::parse_person;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// The kinds of disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    NumericConflict,
    DateConflict,
    QuoteAttributionConflict,
    QuoteWordingConflict,
}

impl FlagKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::NumericConflict => "numeric_conflict",
            FlagKind::DateConflict => "date_conflict",
            FlagKind::QuoteAttributionConflict => "quote_attribution_conflict",
            FlagKind::QuoteWordingConflict => "quote_wording_conflict",
        }
    }

    pub fn parse(s: &str) -> Option<FlagKind> {
        Some(match s {
            "numeric_conflict" => FlagKind::NumericConflict,
            "date_conflict" => FlagKind::DateConflict,
            "quote_attribution_conflict" => FlagKind::QuoteAttributionConflict,
            "quote_wording_conflict" => FlagKind::QuoteWordingConflict,
            _ => return None,
        })
    }
}

/// Roles of someone who speaks for another: their words are the other's
/// statement too, so two outlets naming one or the other do not disagree.
const SPEAKS_FOR: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "aide",
    "adviser",
    "advisor",
    "press secretary",
    "lawyer",
    "attorney",
    "representative",
    "chief of staff",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "chief executive",
    "director",
    "head",
    "leader",
    "secretary",
];

/// Whether a role of `x` says it speaks for `y` (`a spokesman for Mr.
/// Reid`, `chairman of the BMA`, `Reid's aide`): `y`'s surname, name or
/// initials in a role of one who speaks for others.
pub(super) fn speaks_for(x: &SpeakerRef, y: &SpeakerRef) -> bool {
    let surname = y.name.split_whitespace().next_back().unwrap_or("");
    let initials: String = y
        .name
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    x.roles.iter().any(|role| {
        let lower = role.to_lowercase();
        let words: Vec<&str> = role
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
            .collect();
        SPEAKS_FOR.iter().any(|r| {
            lower
                .split(|c: char| !c.is_alphabetic())
                .collect::<Vec<_>>()
                .windows(r.split(' ').count())
                .any(|w| w.join(" ") == *r)
        }) && (role.contains(y.name.as_str())
            || (y.kind == "person" && surname.len() > 1 && words.contains(&surname))
            || (y.kind == "organisation"
                && initials.len() >= 2
                && words.contains(&initials.as_str())))
    })
}

/// A speaker as stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpeakerRef {
    pub id: i64,
    pub name: String,
    /// person, organisation or role.
    pub kind: String,
    /// Roles seen with the speaker in any article (`a spokesman for Mr.
    /// Reid`, `chairman of the BMA`).
    pub roles: Vec<String>,
}

/// A quote of the story.
#[derive(Debug, Clone)]
pub struct QuoteEvidence {
    pub id: i64,
    pub text: String,
    /// direct or partial (reported speech and quoted names are not compared).
    pub kind: String,
    pub speaker: Option<SpeakerRef>,
    /// Id of the first part of the same utterance (itself for a first or single part).
    pub utterance: i64,
    /// How the speaker was named next to the quote (`Marsh`, `he`); `None`
    /// when the speaker was carried over from an earlier quote.
    pub mention: Option<String>,
    /// The verb that introduced it (`said`, `thinks`).
    pub cue: Option<String>,
    /// How the speaker was found (`named`, `pronoun`, `description`,
    /// `carried`, `none`); `None` for a quote stored before it was kept.
    pub attribution: Option<String>,
}

impl QuoteEvidence {
    /// Whether the speaker is named next to the quote (the mention holds
    /// the speaker's surname), not a pronoun, a role (`the president`) or
    /// carried over: such an attribution is the outlet's plain statement,
    /// not our inference.
    fn named(&self) -> bool {
        self.speaker
            .as_ref()
            .is_some_and(|s| named_in_mention(s, self))
    }

    /// Named, or referred to by a pronoun (`he added`), which points to the
    /// person named just before. A role (`the governor`) or an attribution
    /// carried over from another quote is too often our misreading to
    /// accuse an outlet of misattributing.
    fn firmly_attributed(&self) -> bool {
        // `Trump thinks Moore "will do the right thing"`: words put in a
        // belief are not a statement the outlet attributes.
        let belief = self
            .cue
            .as_deref()
            .and_then(crate::extract::lexicon::cue_class)
            == Some(crate::extract::lexicon::CueClass::Belief);
        // A speaker carried over from the quote before, or read from a
        // description, is our inference, whatever the mention says.
        match self.attribution.as_deref() {
            Some("named") => !belief && self.named(),
            Some("pronoun") => true,
            Some(_) => false,
            None => {
                !belief && self.named()
                    || self.mention.as_deref().is_some_and(|m| {
                        m.split_whitespace().count() == 1
                            && crate::extract::lexicon::pronoun(m).is_some()
                    })
            }
        }
    }
}

/// An article of the story with its evidence.
#[derive(Debug, Clone)]
pub struct ArticleEvidence {
    pub id: i64,
    pub external_id: String,
    pub source: Option<String>,
    pub published: Option<NaiveDate>,
    pub quotes: Vec<QuoteEvidence>,
    pub claims: Vec<super::claims::ClaimEvidence>,
}

impl ArticleEvidence {
    /// "IBTimes UK, 12 Jan 2016"
    pub(super) fn describe(&self) -> String {
        let source = self.source.as_deref().unwrap_or(&self.external_id);
        match self.published {
            Some(d) => format!("{source}, {}", d.format("%-d %b %Y")),
            None => source.to_string(),
        }
    }

    /// Outlets differ; an article without an outlet counts as its own.
    pub(crate) fn other_outlet(&self, other: &ArticleEvidence) -> bool {
        match (&self.source, &other.source) {
            (Some(a), Some(b)) => !a.eq_ignore_ascii_case(b),
            _ => self.id != other.id,
        }
    }
}

/// Everything compared inside one story.
#[derive(Debug, Clone, Default)]
pub struct StoryEvidence {
    pub articles: Vec<ArticleEvidence>,
    /// Sentence embeddings of the story's quotations and claim sentences,
    /// when the analysis has a semantic model (empty otherwise).
    pub meaning: Meaning,
}

/// Vectors of texts (quotations, claims' sentences) from a sentence
/// embedder, whose cosine says how alike two texts are in meaning: the
/// semantic signal beside shared words. Filled by the analysis layer (the
/// compare layer does no I/O and loads no model); empty when no model is
/// available, and every decision then rests on words alone.
#[derive(Debug, Clone, Default)]
pub struct Meaning {
    vectors: HashMap<String, Vec<f32>>,
}

impl Meaning {
    pub fn insert(&mut self, text: &str, vector: Vec<f32>) {
        self.vectors.insert(text.to_string(), vector);
    }

    /// The cosine of two texts' vectors, if both were embedded.
    pub fn similarity(&self, a: &str, b: &str) -> Option<f32> {
        let (x, y) = (self.vectors.get(a)?, self.vectors.get(b)?);
        (x.len() == y.len()).then(|| crate::semantic::cosine(x, y))
    }
}

/// Two quotations less alike in meaning than this are two statements,
/// whatever words they share (two remarks of one speech on one topic score
/// about 0.5 with all-MiniLM-L6-v2; one statement reworded, 0.65 and up).
const SAME_STATEMENT: f32 = 0.6;

/// Two wordings of one statement at least this alike in meaning say the
/// same thing (transcription variants score 0.93 to 0.99; a misquote that
/// changes what was said, such as a dropped negation or another noun, 0.8
/// to 0.9): ranked as a likely transcription variant.
const MEANING_KEPT: f32 = 0.93;

/// One side of a flag.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Index into [`StoryEvidence::articles`].
    pub article: usize,
    pub quote: Option<i64>,
    pub claim: Option<i64>,
    /// The evidence as written (quote text or claim surface).
    pub text: String,
    /// Part of the identity: survives edits elsewhere in the article.
    pub anchor: String,
}

/// A disagreement found.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagCandidate {
    pub kind: FlagKind,
    pub a: Side,
    pub b: Side,
    /// 0..1: how sure, and how large the disagreement.
    pub score: f64,
    pub explanation: String,
}

impl FlagCandidate {
    /// The identity of the flag across re-analysis: its kind and each side's
    /// article and anchor, in a fixed order.
    pub fn key(&self, story: &StoryEvidence) -> String {
        let side = |s: &Side| format!("{}#{}", story.articles[s.article].external_id, s.anchor);
        let (x, y) = (side(&self.a), side(&self.b));
        let (first, second) = if x <= y { (x, y) } else { (y, x) };
        format!("{}|{first}|{second}", self.kind.as_str())
    }
}

/// A quote's anchor: its first words, reduced, so that the key survives
/// edits elsewhere in the article.
fn quote_anchor(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    format!("q:{}", words.join("_"))
}

/// Do two speakers name the same one? The same stored speaker, the same
/// name, or a surname against a full name.
fn same_speaker(a: &SpeakerRef, b: &SpeakerRef) -> bool {
    if a.id == b.id {
        return true;
    }
    let (x, y) = (a.name.to_lowercase(), b.name.to_lowercase());
    if x == y {
        return true;
    }
    // Two full names with different first names or suffixes are two
    // people, whatever surname they share (`Jesse Jackson` / `Sandra
    // Jackson`, `Jesse Jackson` / `Jesse Jackson Jr.`).
    if a.kind == "person"
        && b.kind == "person"
        && let (Some(p), Some(q)) = (parse_person(&a.name), parse_person(&b.name))
        && let (Some(fp), Some(fq)) = (&p.first, &q.first)
        && (fp != fq || p.suffix != q.suffix)
    {
        return false;
    }
    // `Barack Obama` and `Obama`, `Joseph M. Sellers` and `Sellers`: one
    // name's surname is a word of the other's.
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| w.chars().count() > 2)
            .collect()
    };
    let (wx, wy) = (words(&x), words(&y));
    // A typo in one outlet (`Tump`) is still the same surname.
    let alike = |s: &str, o: &str| s == o || (s.chars().count() >= 5 && one_edit_apart(s, o));
    let surname_in = |w: &[String], other: &[String]| {
        w.last().is_some_and(|s| other.iter().any(|o| alike(s, o)))
    };
    surname_in(&wx, &wy) || surname_in(&wy, &wx)
}

/// [`same_speaker`], or a role speaker (`the province's auditor general`)
/// against a person seen with that role (`Auditor General Margaret
/// Oduya`): outlets name one speaker by the office in one place and by
/// the name in another. The role must be the person's whole role (`the
/// minister` is not `Health Minister Ana Ruiz`: a story has many).
fn same_speaker_or_office(a: &SpeakerRef, b: &SpeakerRef) -> bool {
    let holds = |office: &SpeakerRef, person: &SpeakerRef| {
        let name = office.name.to_lowercase();
        office.kind == "role"
            && person.kind == "person"
            && person.roles.iter().any(|r| {
                let r = r.to_lowercase();
                r.split_whitespace().count() >= 2 && (name == r || name.ends_with(&format!(" {r}")))
            })
    };
    same_speaker(a, b) || holds(a, b) || holds(b, a)
}

/// A quotation given through a pronoun (`he added`) could point to the
/// other outlet's speaker when that person is quoted in the same article
/// too: then the disagreement may be our reading of `he`, not the outlet's.
fn unambiguous(quote: &QuoteEvidence, article: &ArticleEvidence, other: &SpeakerRef) -> bool {
    quote.named()
        || !article
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref())
            .any(|s| same_speaker(s, other))
}

/// Whether two words differ by one letter added, dropped or changed.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Whether the other outlet's words for its speaker name this one
/// (`Secretary of the Interior Ryan Zinke` names `Zinke`), whatever name
/// the speaker was filed under.
fn named_in_mention(speaker: &SpeakerRef, quote: &QuoteEvidence) -> bool {
    let Some(surname) = speaker.name.split_whitespace().last() else {
        return false;
    };
    surname.chars().count() > 2
        && quote.mention.as_deref().is_some_and(|m| {
            m.split_whitespace().any(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case(surname)
            })
        })
}

/// Speakers that can be told apart: two named people or organisations with
/// different names. A role ("a spokeswoman") may be anyone, and one name
/// with a suffix and without (`Roger J. Stone Jr.` / `Roger Stone`) may be
/// one person whose outlet left the suffix out: two people for the
/// speakers' store, but no sure disagreement on who said the words.
fn clearly_different(a: &SpeakerRef, b: &SpeakerRef) -> bool {
    a.kind != "role" && b.kind != "role" && !same_speaker(a, b) && !suffix_left_out(a, b)
}

/// One person's name with a suffix on one side only (`Jr.`, `III`), the
/// same first name and surname on both.
fn suffix_left_out(a: &SpeakerRef, b: &SpeakerRef) -> bool {
    match (parse_person(&a.name), parse_person(&b.name)) {
        (Some(p), Some(q)) => {
            p.first == q.first && p.surname == q.surname && p.suffix.is_some() != q.suffix.is_some()
        }
        _ => false,
    }
}

fn short(text: &str, words: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    if all.len() <= words {
        text.trim_end_matches([',', ' ']).to_string()
    } else {
        format!("{}…", all[..words].join(" ").trim_end_matches(','))
    }
}

/// How two quotes of the story relate.
struct QuotePair {
    a: (usize, usize),
    b: (usize, usize),
    relation: Relation,
}

/// Every disagreement in the story, most serious first.
pub fn find_flags(story: &StoryEvidence) -> Vec<FlagCandidate> {
    let mut flags = quote_flags(story);
    flags.extend(super::claims::claim_flags(story));
    flags.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| x.key(story).cmp(&y.key(story)))
    });
    flags
}

/// The fewest words of a quotation an attribution conflict is raised on.
const MIN_ATTRIBUTED_WORDS: usize = 6;

fn quote_flags(story: &StoryEvidence) -> Vec<FlagCandidate> {
    let arts = &story.articles;
    let words: Vec<Vec<Words>> = arts
        .iter()
        .map(|a| a.quotes.iter().map(|q| Words::new(&q.text)).collect())
        .collect();
    let compared = |q: &QuoteEvidence| q.kind == "direct" || q.kind == "partial";
    // Relations of quotes in articles of different outlets.
    let mut pairs: Vec<QuotePair> = Vec::new();
    for (i, ai) in arts.iter().enumerate() {
        for (j, aj) in arts.iter().enumerate().skip(i + 1) {
            if !ai.other_outlet(aj) {
                continue;
            }
            for (qi, q) in ai.quotes.iter().enumerate() {
                if !compared(q) {
                    continue;
                }
                for (qj, r) in aj.quotes.iter().enumerate() {
                    if !compared(r) {
                        continue;
                    }
                    let relation = relate(&words[i][qi], &words[j][qj]);
                    if relation != Relation::Unrelated {
                        pairs.push(QuotePair {
                            a: (i, qi),
                            b: (j, qj),
                            relation,
                        });
                    }
                }
            }
        }
    }
    // Which articles quote each quotation word for word (`Same`): an
    // outlet that prints the words as the other does is no rival version,
    // even where another of its quotations is near them.
    let mut verbatim_in: HashMap<(QuoteAt, usize), Vec<QuoteAt>> = HashMap::new();
    for p in pairs.iter().filter(|p| p.relation == Relation::Same) {
        verbatim_in.entry((p.a, p.b.0)).or_default().push(p.b);
        verbatim_in.entry((p.b, p.a.0)).or_default().push(p.a);
    }
    // Does the article `other` print quotation `q`'s changed words as `q`
    // does, in another of its quotations?
    let printed_as_is = |q: (usize, usize), other: usize, changed: &str| {
        let changed = content_words(changed);
        !changed.is_empty()
            && verbatim_in.get(&(q, other)).is_some_and(|rs| {
                rs.iter()
                    .any(|r| super::quotes::containment(&changed, &words[r.0][r.1]) >= 0.5)
            })
    };
    let mut found: Vec<(FlagCandidate, (i64, i64))> = Vec::new();
    for p in &pairs {
        let (qa, qb) = (&arts[p.a.0].quotes[p.a.1], &arts[p.b.0].quotes[p.b.1]);
        let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker) else {
            continue;
        };
        match &p.relation {
            // A phrase of a few words is shared by many (`racist
            // elements`): only a sentence's worth is one person's words.
            // The same words (shortened or partial at most): two
            // reworded quotations by two people are two statements.
            Relation::Same
                if clearly_different(sa, sb)
                    && qa.firmly_attributed()
                    && qb.firmly_attributed()
                    && !named_in_mention(sa, qb)
                    && !named_in_mention(sb, qa)
                    && !speaks_for(sa, sb)
                    && !speaks_for(sb, sa)
                    && unambiguous(qa, &arts[p.a.0], sb)
                    && unambiguous(qb, &arts[p.b.0], sa)
                    && words[p.a.0][p.a.1].len().min(words[p.b.0][p.b.1].len())
                        >= MIN_ATTRIBUTED_WORDS =>
            {
                found.push((
                    attribution(story, p.a, p.b, sa, sb),
                    (qa.utterance, qb.utterance),
                ));
            }
            Relation::Reworded {
                a_words,
                b_words,
                inner,
                similarity,
                variants,
            } if same_speaker_or_office(sa, sb)
                && !two_statements(story, qa, qb)
                && !printed_as_is(p.a, p.b.0, a_words)
                && !printed_as_is(p.b, p.a.0, b_words) =>
            {
                if let Some(flag) = wording(
                    story,
                    p.a,
                    p.b,
                    sa,
                    (a_words, b_words),
                    Rewording {
                        inner: *inner,
                        similarity: *similarity,
                        variants: *variants,
                        meaning: story.meaning.similarity(&qa.text, &qb.text),
                    },
                ) {
                    found.push((flag, (qa.utterance, qb.utterance)));
                }
            }
            _ => {}
        }
    }
    // A short partial quotation does not align on its own with a reworded
    // version (`recovering steadily` / `has fully recovered`): it is
    // compared through the fuller quotation of the same words it comes from.
    for p in &pairs {
        let Relation::Reworded {
            a_words,
            b_words,
            inner,
            similarity,
            variants,
        } = &p.relation
        else {
            continue;
        };
        for (full, other, full_words) in [(p.a, p.b, a_words), (p.b, p.a, b_words)] {
            for q in &pairs {
                if q.relation != Relation::Same {
                    continue;
                }
                let partial = if q.a == full {
                    q.b
                } else if q.b == full {
                    q.a
                } else {
                    continue;
                };
                if partial.0 == other.0 || !arts[partial.0].other_outlet(&arts[other.0]) {
                    continue;
                }
                let (qp, qo) = (
                    &arts[partial.0].quotes[partial.1],
                    &arts[other.0].quotes[other.1],
                );
                let (Some(sp), Some(so)) = (&qp.speaker, &qo.speaker) else {
                    continue;
                };
                let pw = &words[partial.0][partial.1];
                let changed_words = content_words(full_words);
                // The partial quotation must hold most of the changed words.
                // … and print some of the other side's passage itself: a
                // partial of another part of the fuller quotation (`I'll be
                // meeting with Putin …` beside `… making it clear to him`)
                // is not this rewording.
                let covers_change = !changed_words.is_empty()
                    && super::quotes::containment(&changed_words, pw) >= 0.5
                    && super::quotes::containment(pw, &words[other.0][other.1]) >= 0.34;
                let already = pairs
                    .iter()
                    .any(|x| (x.a == partial && x.b == other) || (x.b == partial && x.a == other));
                let ow = other_words(p, other);
                // (As for the pair itself: an outlet that prints the
                // changed words as the other does, in another of its
                // quotations, is no rival version.)
                if covers_change
                    && !already
                    && same_speaker_or_office(sp, so)
                    && !two_statements(story, qp, qo)
                    && !printed_as_is(partial, other.0, full_words)
                    && !printed_as_is(other, partial.0, &ow)
                    && let Some(flag) = wording(
                        story,
                        partial,
                        other,
                        sp,
                        (&short(&qp.text, 12), &ow),
                        Rewording {
                            inner: *inner,
                            similarity: *similarity,
                            variants: *variants,
                            meaning: story.meaning.similarity(&qp.text, &qo.text),
                        },
                    )
                {
                    found.push((flag, (qp.utterance, qo.utterance)));
                }
            }
        }
    }
    // One flag per pair of utterances and kind: a quotation split by its
    // attribution is one utterance. Its first part in text order stands.
    found.sort_by(|x, y| {
        (
            x.0.kind,
            x.1,
            x.0.a.article,
            x.0.b.article,
            x.0.a.quote,
            x.0.b.quote,
        )
            .cmp(&(
                y.0.kind,
                y.1,
                y.0.a.article,
                y.0.b.article,
                y.0.a.quote,
                y.0.b.quote,
            ))
    });
    let mut out: Vec<FlagCandidate> = Vec::new();
    let mut seen: Vec<(FlagKind, (i64, i64))> = Vec::new();
    for (flag, utterances) in found {
        let key = (
            flag.kind,
            (
                utterances.0.min(utterances.1),
                utterances.0.max(utterances.1),
            ),
        );
        if !seen.contains(&key) {
            seen.push(key);
            out.push(flag);
        }
    }
    out
}

/// A quotation: its article's index in the story, its index in the article.
type QuoteAt = (usize, usize);

/// The changed content words of a reworded pair's side (the shown
/// neighbours are mostly function words, which a partial quote need not hold).
fn content_words(changed: &str) -> Words {
    let words: Vec<&str> = changed
        .split_whitespace()
        .filter(|w| *w != "…" && !super::quotes::is_function(w))
        .collect();
    Words::new(&words.join(" "))
}

/// What the other side says in a reworded pair.
fn other_words(p: &QuotePair, other: (usize, usize)) -> String {
    match &p.relation {
        Relation::Reworded {
            a_words, b_words, ..
        } => {
            if p.a == other {
                a_words.clone()
            } else {
                b_words.clone()
            }
        }
        _ => String::new(),
    }
}

fn quote_side(story: &StoryEvidence, at: (usize, usize)) -> Side {
    let q = &story.articles[at.0].quotes[at.1];
    Side {
        article: at.0,
        quote: Some(q.id),
        claim: None,
        text: q.text.clone(),
        anchor: quote_anchor(&q.text),
    }
}

fn attribution(
    story: &StoryEvidence,
    a: (usize, usize),
    b: (usize, usize),
    sa: &SpeakerRef,
    sb: &SpeakerRef,
) -> FlagCandidate {
    let (qa, qb) = (
        &story.articles[a.0].quotes[a.1],
        &story.articles[b.0].quotes[b.1],
    );
    let quoted = if qa.text.len() <= qb.text.len() {
        &qa.text
    } else {
        &qb.text
    };
    // Surest when both outlets name two people next to the words; an
    // attribution read through a pronoun or carried over from an earlier
    // quote may be our misreading; longer quotations are less likely to be
    // shared phrases.
    let persons = sa.kind == "person" && sb.kind == "person";
    let named = [qa, qb].iter().filter(|q| q.named()).count();
    let words = qa
        .text
        .split_whitespace()
        .count()
        .min(qb.text.split_whitespace().count());
    // A person against an organisation is most often one voice (`the BMA
    // said` / `James Johnson, BMA chairman, said`): a low priority.
    let base = if persons {
        0.7
    } else if sa.kind != sb.kind {
        0.2
    } else {
        0.5
    };
    let score = base + 0.1 * named as f64 + if words >= 10 { 0.05 } else { 0.0 };
    let score = (score * 1000.0).round() / 1000.0;
    FlagCandidate {
        kind: FlagKind::QuoteAttributionConflict,
        a: quote_side(story, a),
        b: quote_side(story, b),
        score,
        explanation: format!(
            "The same words, \"{}\", are attributed to {} by {} but to {} by {}.",
            short(quoted, 12),
            sa.name,
            story.articles[a.0].describe(),
            sb.name,
            story.articles[b.0].describe()
        ),
    }
}

/// Places two wordings of one quotation must differ in, none a negation
/// or a figure, to read as two transcriptions.
const SCATTERED_PLACES: usize = 3;

/// How much a change between two wordings of one quotation matters, so
/// that a misquote that turns the meaning ranks above a transcription
/// variant (`any single cent` / `a single cent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// A negation added or dropped: the meaning is reversed.
    Negation,
    /// A figure changed, added or dropped.
    Number,
    /// A content word changed.
    Word,
    /// Words differing in three or more places, counting those where
    /// the difference keeps what was said, none a negation or a figure:
    /// two transcriptions of one spoken remark (`his world view or his --
    /// the way he approaches` / `his worldview, the way he addresses`;
    /// `then you'll be able to` / `So … you'll have to` beside `same-sex` /
    /// `same sex`), not one deliberate change. Not flagged.
    Scattered,
    /// Only determiners, modals and the like: a transcription variant.
    Slight,
}

impl Change {
    /// `variants`: the places where the two differ in a way that keeps
    /// what was said, beside the changed words shown.
    fn of(a_words: &str, b_words: &str, variants: usize) -> Change {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| c.is_whitespace() || c == '…')
                .map(|w| {
                    let w = w
                        .replace('’', "'")
                        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                        .to_lowercase();
                    // `31st` is the `31` of a date written otherwise.
                    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                    if !digits.is_empty()
                        && digits.chars().all(|c| c.is_ascii_digit())
                        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
                    {
                        digits.to_string()
                    } else {
                        w
                    }
                })
                .filter(|w| !w.is_empty())
                .collect()
        };
        let (x, y) = (words(a_words), words(b_words));
        let only_x: Vec<&String> = x.iter().filter(|w| !y.contains(w)).collect();
        let only_y: Vec<&String> = y.iter().filter(|w| !x.contains(w)).collect();
        let negation = |w: &&String| {
            matches!(
                w.as_str(),
                "not" | "never" | "no" | "nothing" | "none" | "nobody"
            ) || w.ends_with("n't")
        };
        let negated = |v: &[&String]| v.iter().filter(|w| negation(w)).count();
        if negated(&only_x) != negated(&only_y) {
            return Change::Negation;
        }
        let figure = |w: &&String| w.chars().any(|c| c.is_ascii_digit());
        if only_x.iter().chain(&only_y).any(figure) {
            return Change::Number;
        }
        // `work force` / `workforce`: the same letters.
        let joined = |v: &[&String]| v.iter().map(|w| w.as_str()).collect::<String>();
        if joined(&only_x) == joined(&only_y) {
            return Change::Slight;
        }
        // (Modals stay words of meaning: `would` / `will` is a misquote.)
        // A negation on both sides (`none of us can forget` / `we can never
        // forget`), another form of a word the other side has (`coming` /
        // `come`) and a word written for it in speech (`the company` / `the
        // organization`, `lexicon/interchangeable.tsv`) keep what was said.
        let slight = |w: &&String, other: &[&String]| {
            super::quotes::is_function(w)
                || Change::is_slight_word(w)
                || negation(w)
                || other.iter().any(|o| {
                    super::quotes::same_stem(w, o) || crate::extract::lexicon::interchangeable(w, o)
                })
        };
        // (The changed stretches are shown joined by `…`.)
        let places = |s: &str| s.split('…').filter(|p| !p.trim().is_empty()).count();
        if only_x.iter().all(|w| slight(w, &only_y)) && only_y.iter().all(|w| slight(w, &only_x)) {
            Change::Slight
        } else if places(a_words).min(places(b_words)) + variants >= SCATTERED_PLACES {
            Change::Scattered
        } else {
            Change::Word
        }
    }

    /// Pronouns, determiners and prepositions that transcriptions of one
    /// remark swap (`consensus on` / `consensus around`, `us` / `we`).
    fn is_slight_word(w: &str) -> bool {
        matches!(
            w,
            "any"
                | "some"
                | "these"
                | "those"
                | "us"
                | "our"
                | "me"
                | "my"
                | "him"
                | "his"
                | "her"
                | "them"
                | "their"
                | "your"
                | "its"
                | "around"
                | "about"
                | "into"
                | "over"
                | "through"
                | "across"
                | "toward"
                | "towards"
                | "upon"
                | "out"
                | "up"
                | "there"
                | "here"
                | "which"
                | "who"
        )
    }

    fn score(self) -> f64 {
        match self {
            Change::Negation => 0.95,
            Change::Number => 0.9,
            Change::Word => 0.75,
            Change::Scattered => 0.5,
            Change::Slight => 0.35,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Change::Negation => "a negation is added or dropped, which reverses what was said",
            Change::Number => "a figure in the quotation differs",
            Change::Word => "a word of meaning differs",
            Change::Scattered => {
                "words differ in three or more places (two transcriptions of one spoken remark)"
            }
            Change::Slight => {
                "only small words differ (a likely transcription variant; low priority)"
            }
        }
    }
}

/// Two quotations the semantic model reads as different statements. Only
/// quotations of comparable length are judged: an excerpt reads unlike the
/// longer passage it comes from, whatever it shares with it.
fn two_statements(story: &StoryEvidence, a: &QuoteEvidence, b: &QuoteEvidence) -> bool {
    let (na, nb) = (
        a.text.split_whitespace().count(),
        b.text.split_whitespace().count(),
    );
    na.min(nb) * 5 >= na.max(nb) * 3
        && story
            .meaning
            .similarity(&a.text, &b.text)
            .is_some_and(|m| m < SAME_STATEMENT)
}

/// How two quotations of one statement differ, beyond the changed words.
#[derive(Debug, Clone, Copy)]
struct Rewording {
    /// Words replaced inside the passage both print.
    inner: bool,
    /// The share of the shorter quotation's words in the other.
    similarity: f64,
    /// Other places where the words differ while keeping what was said.
    variants: usize,
    /// Their cosine in meaning, when the analysis has a semantic model.
    meaning: Option<f32>,
}

impl Rewording {
    /// Did the model read the two wordings as saying the same, for a
    /// change it can judge (a word, not a negation or a figure)?
    fn meaning_kept(self, change: Change) -> bool {
        change == Change::Word && self.meaning.is_some_and(|m| m >= MEANING_KEPT)
    }

    /// Why the two quotations were judged one statement, for `flag show`.
    fn reasons(self, change: Change) -> String {
        let words = format!(
            " Judged one statement: {:.0}% of the shorter quotation's words are in the other",
            self.similarity.clamp(0.0, 1.0) * 100.0
        );
        match self.meaning {
            Some(m) if self.meaning_kept(change) => format!(
                "{words}, and they read alike in meaning (cosine {m:.2}): the change likely \
                 keeps what was said (low priority)."
            ),
            Some(m) => format!(
                "{words}, and they read alike in meaning (cosine {m:.2}) though not the same."
            ),
            None => format!("{words}."),
        }
    }

    /// How sure a reviewer can be that this is one statement misquoted:
    /// surest for a word changed inside two near-identical quotations;
    /// less for quotations that only go on differently from a shared
    /// stretch (often two excerpts of a longer remark), and less the fewer
    /// words they share.
    fn score(self, change: Change) -> f64 {
        let base = change.score();
        if change == Change::Slight {
            return base;
        }
        let shared = self.similarity.clamp(0.0, 1.0);
        // (The meaning kept: most likely a transcription variant. Not for
        // a negation or a figure, which sentence embeddings barely see.)
        let alike = if self.meaning_kept(change) { 0.6 } else { 1.0 };
        if self.inner {
            base * (0.75 + 0.25 * shared) * alike
        } else {
            0.45 * (0.75 + 0.25 * shared) * alike
        }
    }
}

/// Whether two ways a quotation goes on share a content word (`we will
/// raise taxes` / `we will not raise taxes`): only then can one be the
/// other reversed. Tails with nothing in common (`we had no defense at
/// all` / `without them`) are two excerpts, whatever negation one holds.
fn tails_share_a_word(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(crate::compare::claims::clean_word)
            .filter(|w| w.len() > 2 && !crate::extract::lexicon::is_function_word(w))
            .collect()
    };
    let theirs = words(b);
    words(a).iter().any(|w| theirs.contains(w))
}

fn wording(
    story: &StoryEvidence,
    a: (usize, usize),
    b: (usize, usize),
    speaker: &SpeakerRef,
    (a_words, b_words): (&str, &str),
    how: Rewording,
) -> Option<FlagCandidate> {
    let change = Change::of(a_words, b_words, how.variants);
    // A transcription variant is no disagreement worth a reviewer's time
    // (small words swapped, or small changes in many places: two outlets
    // that each wrote down a spoken remark), nor are two quotations that only go on differently from a shared
    // stretch, unless what follows reverses or changes a figure: mostly two
    // excerpts of one longer remark.
    if matches!(change, Change::Slight | Change::Scattered)
        || (!how.inner
            && (!matches!(change, Change::Negation | Change::Number)
                || !tails_share_a_word(a_words, b_words)))
    {
        return None;
    }
    Some(FlagCandidate {
        kind: FlagKind::QuoteWordingConflict,
        a: quote_side(story, a),
        b: quote_side(story, b),
        score: (how.score(change) * 1000.0).round() / 1000.0,
        explanation: format!(
            "{} is quoted as saying \"{}\" in {} but \"{}\" in {}: {}.",
            speaker.name,
            a_words,
            story.articles[a.0].describe(),
            b_words,
            story.articles[b.0].describe(),
            if how.inner || change == Change::Slight {
                change.describe()
            } else {
                "both print a shared passage but go on differently from it (perhaps two \
                 excerpts of a longer remark; low priority)"
            }
        ) + &how.reasons(change),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tails_that_share_no_word_are_two_excerpts() {
        for (a, b, shared) in [
            (
                "we will raise taxes next year",
                "we will not raise taxes",
                true,
            ),
            ("the plant never closed", "the plant closed in May", true),
            ("we had no defence at all", "without them", false),
            ("nobody will be fired", "and I thank the staff", false),
        ] {
            assert_eq!(tails_share_a_word(a, b), shared, "{a} / {b}");
        }
    }

    fn speaker(id: i64, name: &str) -> Option<SpeakerRef> {
        Some(SpeakerRef {
            id,
            name: name.into(),
            kind: "person".into(),
            roles: Vec::new(),
        })
    }

    fn article(
        id: i64,
        source: &str,
        quotes: &[(&str, &str, Option<SpeakerRef>)],
    ) -> ArticleEvidence {
        ArticleEvidence {
            id,
            external_id: format!("art-{id}"),
            source: Some(source.into()),
            published: NaiveDate::from_ymd_opt(2016, 1, 12),
            claims: Vec::new(),
            quotes: quotes
                .iter()
                .enumerate()
                .map(|(k, (text, kind, sp))| QuoteEvidence {
                    id: id * 100 + k as i64,
                    text: text.to_string(),
                    kind: kind.to_string(),
                    speaker: sp.clone(),
                    utterance: id * 100 + k as i64,
                    mention: sp.as_ref().map(|s| s.name.clone()),
                    cue: Some("said".into()),
                    attribution: sp.as_ref().map(|_| "named".into()),
                })
                .collect(),
        }
    }

    /// (kind, a quote id, b quote id) of every flag.
    fn check(story: StoryEvidence, expected: &[(FlagKind, i64, i64)]) {
        let flags = find_flags(&story);
        let mut got: Vec<(FlagKind, i64, i64)> = flags
            .iter()
            .map(|f| {
                let (x, y) = (f.a.quote.unwrap(), f.b.quote.unwrap());
                (f.kind, x.min(y), x.max(y))
            })
            .collect();
        got.sort();
        let mut expected = expected.to_vec();
        expected.sort();
        assert_eq!(
            got,
            expected,
            "{:#?}",
            flags.iter().map(|f| &f.explanation).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_change_is_ranked_by_what_it_does_to_the_meaning() {
        let check =
            |a: &str, b: &str, want: Change| assert_eq!(Change::of(a, b, 0), want, "{a} / {b}");
        check("will not resign", "will resign", Change::Negation);
        check("we don’t want", "we want", Change::Negation);
        check("39% of doctors", "43% of doctors", Change::Number);
        // Spoken possession written two ways.
        check("i have a problem", "i got a problem", Change::Slight);
        check("made great progress", "made steady progress", Change::Word);
        check(
            "we are making steady progress",
            "we have made great progress",
            Change::Word,
        );
        check("would materially", "will materially", Change::Word);
        // Beside small differences in two other places: a transcription.
        assert_eq!(
            Change::of("you'll be able to", "you'll have to", 2),
            Change::Scattered
        );
        check(
            "his world view or his the … he approaches problems … people do in",
            "his worldview the … he addresses problems … people view it in",
            Change::Scattered,
        );
        check(
            "his record … he approaches problems … people do in",
            "his record … he will not solve problems … people view it in",
            Change::Negation,
        );
        check("pay any single cent", "pay a single cent", Change::Slight);
        check("leaving August the 31st", "leaving Aug. 31", Change::Word);
        check("our work force", "our workforce", Change::Slight);
        check("consensus on the", "consensus around the", Change::Slight);
        check(
            "that none of us can forget",
            "that we can never forget",
            Change::Slight,
        );
        check(
            "the administration coming in",
            "the administration that will come in",
            Change::Word,
        );
        check(
            "the people coming in",
            "the people who come in",
            Change::Slight,
        );
        check("we reject his visit", "we reject his message", Change::Word);
        // A generic word written for another in speech keeps the meaning.
        check(
            "our inquiry into the company is",
            "our inquiry into the organization is",
            Change::Slight,
        );
        check(
            "whatever legal mechanism necessary",
            "whatever legal methods are necessary",
            Change::Slight,
        );
        check("the kids were", "the children were", Change::Slight);
        check(
            "the company cut pay",
            "the company raised pay",
            Change::Word,
        );
        check(
            "outside the combat zone",
            "outside the combat mission",
            Change::Word,
        );
        assert!(Change::Negation.score() > Change::Word.score());
        assert!(Change::Word.score() > Change::Slight.score());
    }

    /// An office named in one outlet and its holder in another are one
    /// speaker, when the office is the holder's whole role.
    #[test]
    fn an_office_and_its_holder_are_one_speaker() {
        let who = |id: i64, name: &str, kind: &str, roles: &[&str]| SpeakerRef {
            id,
            name: name.into(),
            kind: kind.into(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
        };
        let oduya = who(1, "Margaret Oduya", "person", &["Auditor General"]);
        let ruiz = who(2, "Ana Ruiz", "person", &["Health Minister"]);
        for (office, person, one) in [
            (
                who(3, "province's auditor general", "role", &[]),
                &oduya,
                true,
            ),
            (who(4, "auditor general", "role", &[]), &oduya, true),
            (who(5, "health minister", "role", &[]), &ruiz, true),
            // One word of the office is not the office.
            (who(6, "minister", "role", &[]), &ruiz, false),
            (who(7, "finance minister", "role", &[]), &ruiz, false),
            (who(8, "auditor general", "role", &[]), &ruiz, false),
            // An organisation is no office.
            (
                who(9, "auditor general", "organisation", &[]),
                &oduya,
                false,
            ),
        ] {
            assert_eq!(
                same_speaker_or_office(&office, person),
                one,
                "{}",
                office.name
            );
            assert_eq!(
                same_speaker_or_office(person, &office),
                one,
                "{}",
                office.name
            );
        }
    }

    #[test]
    fn a_spokesman_speaks_for_the_one_he_serves() {
        let who = |name: &str, kind: &str, roles: &[&str]| SpeakerRef {
            id: 1,
            name: name.into(),
            kind: kind.into(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
        };
        let reid = who("Harry Reid", "person", &[]);
        let bma = who("British Medical Association", "organisation", &[]);
        for (x, y, yes) in [
            (
                who("Jim Manley", "person", &["a spokesman for Mr. Reid"]),
                &reid,
                true,
            ),
            (who("Jim Manley", "person", &["Reid's aide"]), &reid, true),
            (
                who("James Johnson", "person", &["chairman of the BMA"]),
                &bma,
                true,
            ),
            (
                who(
                    "James Johnson",
                    "person",
                    &["British Medical Association chairman"],
                ),
                &bma,
                true,
            ),
            (
                who("Jim Manley", "person", &["a spokesman for Mr. Obama"]),
                &reid,
                false,
            ),
            (who("Tim Reid", "person", &["a farmer"]), &reid, false),
            (who("Jim Manley", "person", &[]), &reid, false),
        ] {
            assert_eq!(speaks_for(&x, y), yes, "{x:?} for {}", y.name);
        }
    }

    #[test]
    fn one_person_under_several_names_is_the_same_speaker() {
        let r = |name: &str| SpeakerRef {
            id: name.len() as i64,
            name: name.into(),
            kind: "person".into(),
            roles: Vec::new(),
        };
        assert!(same_speaker(&r("Barack Obama"), &r("Obama")));
        assert!(same_speaker(&r("Joseph M. Sellers"), &r("Sellers")));
        assert!(same_speaker(&r("Donald Trump"), &r("Tump")));
        assert!(!same_speaker(&r("Jeremy Corbyn"), &r("Jeremy Hunt")));
        assert!(!same_speaker(&r("Priya Raman"), &r("Martin Ashdown")));
        // A shared surname is not enough between two full names.
        assert!(!same_speaker(&r("Jesse Jackson"), &r("Sandra Jackson")));
        assert!(!same_speaker(&r("Jesse Jackson"), &r("Jesse Jackson Jr.")));
        // … though one of them, named with a suffix or without, may be
        // one person whose outlet left the suffix out: no sure rival.
        assert!(!clearly_different(
            &r("Jesse Jackson"),
            &r("Jesse Jackson Jr.")
        ));
        assert!(!clearly_different(
            &r("Roger J. Stone Jr."),
            &r("Roger Stone")
        ));
        assert!(clearly_different(&r("Jesse Jackson"), &r("Sandra Jackson")));
        assert!(clearly_different(&r("George Bush Jr."), &r("Jeb Bush")));
        assert!(same_speaker(&r("Felipe Calderon"), &r("Felipe Calderón")));
        assert!(same_speaker(&r("Donald J. Trump"), &r("Donald Trump")));
        assert!(one_edit_apart("trump", "tump") && one_edit_apart("smith", "smyth"));
        assert!(!one_edit_apart("trump", "tramps"));
    }

    #[test]
    fn the_same_words_in_two_mouths() {
        let corbyn = "No NHS worker takes lightly the decision to strike, but the blame must be laid at the door of this government";
        check(
            StoryEvidence {
                meaning: Meaning::default(),
                articles: vec![
                    article(
                        1,
                        "IBTimes UK",
                        &[(corbyn, "direct", speaker(1, "Jeremy Corbyn"))],
                    ),
                    article(
                        2,
                        "The Daily Meridian",
                        &[(corbyn, "direct", speaker(1, "Jeremy Corbyn"))],
                    ),
                    article(
                        3,
                        "The Pennine Examiner",
                        &[(corbyn, "direct", speaker(2, "Gareth Pennock"))],
                    ),
                ],
            },
            &[
                (FlagKind::QuoteAttributionConflict, 100, 300),
                (FlagKind::QuoteAttributionConflict, 200, 300),
            ],
        );
    }

    #[test]
    fn the_semantic_signal_decides_whether_two_quotations_are_one_statement() {
        let a = "We will never pay for that wall, not one single cent, whatever he says";
        let b = "We will never pay for that fence, not one single cent, whatever he says";
        let story = |va: [f32; 2], vb: [f32; 2]| {
            let mut meaning = Meaning::default();
            meaning.insert(a, va.to_vec());
            meaning.insert(b, vb.to_vec());
            StoryEvidence {
                meaning,
                articles: vec![
                    article(
                        1,
                        "Harbour Post",
                        &[(a, "direct", speaker(1, "Vicente Fox"))],
                    ),
                    article(
                        2,
                        "Valley Times",
                        &[(b, "direct", speaker(1, "Vicente Fox"))],
                    ),
                ],
            }
        };
        // Read alike: one statement, reworded, and the reason is given.
        let flags = find_flags(&story([1.0, 0.0], [0.8, 0.6]));
        assert_eq!(flags.len(), 1, "{flags:?}");
        assert_eq!(flags[0].kind, FlagKind::QuoteWordingConflict);
        assert!(
            flags[0]
                .explanation
                .contains("read alike in meaning (cosine 0.80)"),
            "{}",
            flags[0].explanation
        );
        // The meaning kept: a likely transcription variant, ranked lower.
        let kept = find_flags(&story([1.0, 0.0], [0.99, 0.01]));
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert!(kept[0].score < flags[0].score, "{kept:?}");
        assert!(kept[0].explanation.contains("low priority"), "{kept:?}");
        // Read as two statements: no rewording, whatever words they share.
        assert!(find_flags(&story([1.0, 0.0], [0.0, 1.0])).is_empty());
    }

    #[test]
    fn a_person_against_an_organisation_ranks_below_two_people() {
        let words = "When lives need saving, doctors act immediately and so should the government";
        let org = Some(SpeakerRef {
            id: 9,
            name: "British Medical Association".into(),
            kind: "organisation".into(),
            roles: Vec::new(),
        });
        let score_against = |other: Option<SpeakerRef>| {
            let story = StoryEvidence {
                meaning: Meaning::default(),
                articles: vec![
                    article(
                        1,
                        "Harbour Post",
                        &[(words, "direct", speaker(1, "James Johnson"))],
                    ),
                    article(2, "Valley Times", &[(words, "direct", other)]),
                ],
            };
            let flags = find_flags(&story);
            assert_eq!(flags.len(), 1, "{flags:?}");
            flags[0].score
        };
        assert!(score_against(org) < 0.5);
        assert!(score_against(speaker(2, "Ada Vance")) > 0.8);
    }

    #[test]
    fn rewording_by_the_same_speaker_also_through_a_partial_quote() {
        let cassidy = speaker(5, "Niamh Cassidy");
        check(
            StoryEvidence {
                meaning: Meaning::default(),
                articles: vec![
                    article(
                        1,
                        "A",
                        &[(
                            "We got this badly wrong, and I am sorry.",
                            "direct",
                            cassidy.clone(),
                        )],
                    ),
                    article(
                        2,
                        "B",
                        &[("got this badly wrong", "partial", cassidy.clone())],
                    ),
                    article(
                        3,
                        "C",
                        &[(
                            "We got a few things wrong, and I am sorry,",
                            "direct",
                            speaker(9, "Cassidy"),
                        )],
                    ),
                ],
            },
            &[
                (FlagKind::QuoteWordingConflict, 100, 300),
                (FlagKind::QuoteWordingConflict, 200, 300),
            ],
        );
    }

    #[test]
    fn two_transcriptions_of_one_remark_are_not_flagged() {
        let mayor = speaker(4, "Ana Ruiz");
        let story = |a: &str, b: &str| StoryEvidence {
            meaning: Meaning::default(),
            articles: vec![
                article(1, "A", &[(a, "direct", mayor.clone())]),
                article(2, "B", &[(b, "direct", mayor.clone())]),
            ],
        };
        // One word changed and nothing else: flagged.
        check(
            story(
                "I read the reports that he opposed the bridge and now he says that he supports it. If that is the case you will be able to judge him on your own.",
                "I read the reports that he opposed the bridge and now he says that he supports it. If that is the case you will have to judge him on your own.",
            ),
            &[(FlagKind::QuoteWordingConflict, 100, 200)],
        );
        // The same change among small differences in three other places
        // (`then` / `So`, `saying` / `said`, `same-sex` / `same sex`): two
        // outlets each wrote the remark down.
        check(
            story(
                "I read the reports that he opposed the same-sex bridge and now he is saying that he supports it. If that is the case then you will be able to judge him on your own.",
                "I read the reports that he opposed the same sex bridge and now he said that he supports it. So if that is the case you will have to judge him on your own.",
            ),
            &[],
        );
        // A negation among them still reverses what was said.
        check(
            story(
                "I read the reports that he opposed the same-sex bridge and now he is saying that he supports it. If that is the case then you will be able to judge him on your own.",
                "I read the reports that he opposed the same sex bridge and now he said that he never supports it. So if that is the case you will have to judge him on your own.",
            ),
            &[(FlagKind::QuoteWordingConflict, 100, 200)],
        );
    }

    #[test]
    fn a_version_printed_elsewhere_by_the_same_outlet_is_no_rival_through_a_partial() {
        // C prints the words as A and B do in its first quotation, and its
        // second quotation is the speaker saying it again otherwise: no
        // rival version, whether compared with A's whole quotation or B's
        // partial of it.
        let trump = speaker(6, "Donald Trump");
        check(
            StoryEvidence {
                meaning: Meaning::default(),
                articles: vec![
                    article(
                        1,
                        "A",
                        &[(
                            "I feel very badly. She lied many times to the agency. Nothing happened to her. He lied and they destroyed his life.",
                            "direct",
                            trump.clone(),
                        )],
                    ),
                    article(
                        2,
                        "B",
                        &[(
                            "She lied many times to the agency. Nothing happened to her. He lied and they destroyed his life.",
                            "direct",
                            trump.clone(),
                        )],
                    ),
                    article(
                        3,
                        "C",
                        &[
                            (
                                "She lied many times to the agency, and nothing happened to her. He lied, and it destroyed his life, and I think it's a shame,",
                                "direct",
                                trump.clone(),
                            ),
                            (
                                "lied many times to the agency, and nothing happened to her. He lied, and it's like, it ruined his life. It's very unfair.",
                                "direct",
                                trump.clone(),
                            ),
                        ],
                    ),
                ],
            },
            &[],
        );
    }

    #[test]
    fn consistent_variants_are_not_flagged() {
        let hunt = speaker(3, "Jeremy Hunt");
        check(
            StoryEvidence {
                meaning: Meaning::default(),
                articles: vec![
                    article(
                        1,
                        "A",
                        &[(
                            "This is a wholly unnecessary dispute. We want all patients to have confidence.",
                            "direct",
                            hunt.clone(),
                        )],
                    ),
                    article(
                        2,
                        "B",
                        &[(
                            "a wholly unnecessary dispute",
                            "partial",
                            speaker(3, "Hunt"),
                        )],
                    ),
                    article(
                        3,
                        "C",
                        &[(
                            "This is a wholly unnecessary dispute … we want all patients to have confidence",
                            "direct",
                            hunt.clone(),
                        )],
                    ),
                ],
            },
            &[],
        );
    }

    #[test]
    fn one_outlet_is_not_compared_with_itself_and_roles_are_not_names() {
        let q = "Every dose we give is a child who will not end up in hospital";
        check(
            StoryEvidence {
                meaning: Meaning::default(),
                articles: vec![
                    article(1, "A", &[(q, "direct", speaker(1, "Rosa Alvarez"))]),
                    article(2, "A", &[(q, "direct", speaker(2, "Kenneth Marsh"))]),
                    article(
                        3,
                        "B",
                        &[(
                            q,
                            "direct",
                            Some(SpeakerRef {
                                id: 7,
                                name: "health department spokeswoman".into(),
                                kind: "role".into(),
                                roles: Vec::new(),
                            }),
                        )],
                    ),
                ],
            },
            &[],
        );
    }
}
