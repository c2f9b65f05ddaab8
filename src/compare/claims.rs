//! Numeric and date conflicts: the same quantity (or the same event's
//! date) given different values by two outlets.
//!
//! Two claims are about the same thing when their values are on compatible
//! scales (see [`super::intervals`]) and their contexts are alike: the
//! words of the claim's subject and sentence, without numbers and dates.
//! Claims are paired one to one per pair of articles, most alike first; a
//! pair is flagged when its value intervals do not meet, and only if
//! neither outlet also states a value the other agrees with on a similar
//! subject — then the two are more likely different quantities.

use super::flags::{ArticleEvidence, FlagCandidate, FlagKind, Side, StoryEvidence};
use super::intervals::{
    Scale, apart_at_one_precision, gap, in_base_unit, interval, overlap, people_and_kind, scale,
};
use super::measured;
use crate::extract::claims::{Dimension, conversion};
use crate::extract::lexicon;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
// Fx, not std: its iteration order (the order `cosine` adds its terms in)
// is the same in every run, so float sums and the pairs chosen are too.
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// A claim of the story.
#[derive(Debug, Clone)]
pub struct ClaimEvidence {
    pub id: i64,
    pub kind: String,
    pub value: Option<f64>,
    pub value_high: Option<f64>,
    pub date: Option<NaiveDate>,
    pub granularity: Option<String>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub surface: String,
    pub subject: Option<String>,
    pub sentence: String,
    /// Where the claim starts in its sentence, in characters.
    pub offset: usize,
    /// Where its sentence starts in the article, in characters.
    pub sentence_start: usize,
}

/// How much the meaning of two claims' sentences (cosine from the
/// semantic model, below 0.5) takes from their contexts' word similarity.
const MEANING_WEIGHT: f32 = 0.3;
/// Two claims whose sentences are less alike in meaning than this are
/// about different things (all-MiniLM-L6-v2 scores unrelated sentences
/// below 0.2, one event told two ways 0.5 and up).
const OTHER_QUANTITY: f32 = 0.3;
/// Contexts alike enough for two claims to be about one quantity.
const SAME_QUANTITY: f32 = 0.25;
/// Alike enough that an agreeing value elsewhere explains a mismatch away.
const AGREEING_ELSEWHERE: f32 = 0.15;

/// Added to a pair's similarity when both figures are objects of one verb
/// (`insured for $275 million` / `insured for $175 million`), taken off
/// when of two (`insured for $175 million` / `cost $310 million`): which of
/// a sentence's figures the other outlet's figure is.
const OBJECT_VERB: f32 = 0.1;
/// Contexts alike enough for two durations to be one quantity.
const DURATION_QUANTITY: f32 = 0.5;
/// Context similarity at which a figure elsewhere in an article, equal to
/// the other outlet's, is taken for that outlet's quantity.
const FIGURE_ELSEWHERE: f32 = 0.05;
/// Enough when the two articles have at most three claims of the kind
/// between them (the only date a deadline is given, the only change in
/// points): few candidates leave little room for a wrong pairing.
const RARE_QUANTITY: f32 = 0.08;
/// Claims whose sentences start this early are in the lead, which tells
/// the story's main event ...
const LEAD_CHARS: usize = 250;
/// ... and two claims in two leads are more likely about the same thing.
const LEAD_BONUS: f32 = 0.1;
/// Two outlets giving the same precise figure (`3.2%`, `68,200`) are most
/// likely reporting the same quantity, whatever the words around it.
const SAME_FIGURE_BONUS: f32 = 0.3;

/// Words that say nothing about what is measured: function words, month
/// and weekday names (`lexicon/months.txt`, `lexicon/weekdays.txt`), and
/// these.
fn is_noise(w: &str) -> bool {
    lexicon::is_function_word(w)
        || lexicon::is_month_name(w)
        || lexicon::is_weekday_name(w)
        || matches!(
            w,
            "said"
                | "says"
                | "say"
                | "told"
                | "added"
                | "per"
                | "cent"
                | "percent"
                | "percentage"
                | "point"
                | "points"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "more"
                | "than"
                | "least"
                | "some"
                | "roughly"
                | "million"
                | "billion"
                | "thousand"
                | "bn"
                | "m"
                | "yesterday"
                | "today"
                | "year"
                | "years"
                | "month"
                | "months"
                | "week"
                | "weeks"
                | "day"
                | "days"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "half"
                | "third"
                | "quarter"
                | "also"
                | "would"
                | "could"
                | "will"
                | "its"
                | "their"
        )
}

/// A word without the punctuation around it, lower-cased (`"Tuesday,"` →
/// `tuesday`): how the rules below read the words near a figure.
pub(super) fn clean_word(w: &str) -> String {
    w.trim_matches(|ch: char| !ch.is_alphanumeric())
        .to_lowercase()
}

/// A light stem for context words: `closed`/`closes`/`closure` meet at `clos`.
pub(super) fn stem(w: &str) -> String {
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    for suffix in [
        "ations", "ation", "ings", "ing", "ures", "ure", "ied", "ies", "ed", "es", "s", "e",
    ] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 4
        {
            return base.to_string();
        }
    }
    w
}

/// The context of a claim: its subject's words (counted twice) and its
/// sentence's, without the words of the figure itself or of its unit (the
/// unit is compared on its own, see [`Scale`]).
fn context(c: &ClaimEvidence) -> HashMap<String, f32> {
    let mut bag: HashMap<String, f32> = HashMap::default();
    let mut skip: Vec<String> = c.surface.split_whitespace().map(stem).collect();
    if c.kind == "count" || c.kind == "range" {
        // A rate's noun only (`vehicles/day`): the time it is per stays
        // context, as it was when only the sentence said it.
        let noun = c.unit.as_deref().map(|u| u.split('/').next().unwrap_or(u));
        skip.extend(noun.iter().flat_map(|u| u.split([' ', '_'])).map(stem));
    }
    let mut add = |text: &str, weight: f32| {
        for raw in
            text.split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-'))
        {
            // `town's` and `town’s` are `town`.
            let raw = raw
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(['\'', '’']);
            if raw.is_empty() || raw.chars().any(|ch| ch.is_ascii_digit()) {
                continue;
            }
            let lower = raw.to_lowercase();
            if is_noise(&lower) || lower.chars().count() < 3 {
                continue;
            }
            let s = stem(&lower);
            if skip.contains(&s) {
                continue;
            }
            *bag.entry(s).or_default() += weight;
        }
    };
    // A date's subject is the event's verb phrase, already in its sentence;
    // only a figure's subject names what is measured.
    if let Some(subject) = c.subject.as_ref().filter(|_| c.kind != "date") {
        add(subject, 2.0);
    }
    // The figure's own clause tells it from the sentence's other figures
    // (`55% of adults have had one dose, and 39% are fully vaccinated`).
    add(clause_of(&c.sentence, c.offset), CLAUSE_WEIGHT);
    add(&c.sentence, 1.0);
    // What was done to the people counted, in one word for all the ways
    // outlets write it (`needed medical attention` / `were treated`).
    if c.kind != "date"
        && let Some(deed) = measured::subject_verb(c).filter(|d| measured::is_deed_phrase(d))
    {
        *bag.entry(deed).or_default() += 2.0;
    }

    bag
}

/// `level 2 (out of 10)`, `four out of five voters`: the number after
/// `out of` is the scale or the whole a share is taken of, not a quantity
/// the story reports.
fn is_denominator(c: &ClaimEvidence) -> bool {
    let before: String = c.sentence.chars().take(c.offset).collect();
    let mut words = before.split_whitespace().rev().map(clean_word);
    words.next().as_deref() == Some("of") && words.next().as_deref() == Some("out")
}

/// Counted nouns too general to tell one count from another (`38
/// others`, `59 people`).
pub(super) const GENERIC_COUNTED: &[&str] = &[
    "people",
    "other",
    "person",
    "time",
    "one",
    "individual",
    "thing",
];

/// A count whose noun is known against one whose noun is not: the bare
/// one is the same kind of thing only when its own clause names that noun
/// (`two productive meetings` is not `five` in `the group included five
/// Democrats`; `eight women` is not `18` in `Minimum Age … 18`).
/// Is the figure of `c` followed by a capitalised plural (`72 Afghans`,
/// `three Britons`): a count of the people of one nation or group?
fn counts_a_demonym(c: &ClaimEvidence) -> bool {
    let after: String = c
        .sentence
        .chars()
        .skip(c.offset + c.surface.chars().count())
        .take(40)
        .collect();
    after.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches(|ch: char| !ch.is_alphabetic());
        w.len() > 3
            && w.starts_with(char::is_uppercase)
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.chars().skip(1).all(char::is_lowercase)
    })
}

/// The capitalised word between a figure and the lower-case noun it
/// counts (`550 Japanese troops`, `13 US soldiers`): the nation or group
/// that narrows what is counted.
fn counted_group(c: &ClaimEvidence) -> Option<String> {
    let after: String = c
        .sentence
        .chars()
        .skip(c.offset + c.surface.chars().count())
        .take(60)
        .collect();
    let mut words = after.split_whitespace();
    let group = words.next()?;
    let noun = words.next()?;
    let clean = |w: &str| w.trim_matches(|ch: char| !ch.is_alphabetic()).to_string();
    let (group, noun) = (clean(group), clean(noun));
    (group.len() >= 2
        && group.starts_with(char::is_uppercase)
        && noun.len() >= 3
        && noun.starts_with(char::is_lowercase)
        && !group.ends_with('s'))
    .then(|| group.to_lowercase())
}

/// What a figure is measured against, read in the few words after it
/// (`fell 0.4% against the euro`, `up 3% versus the dollar`, `2-1 vs
/// Leeds`): the first word after `against`, `versus` or `vs` past a
/// determiner, lower case.
fn counterpart(c: &ClaimEvidence) -> Option<String> {
    let after = c
        .sentence
        .chars()
        .skip(c.offset + c.surface.chars().count())
        .collect::<String>();
    let mut words = after
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .take(5)
        .skip_while(|w| !matches!(w.as_str(), "against" | "versus" | "vs"));
    words.next()?;
    words.find(|w| {
        !matches!(
            w.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
    })
}

/// Two figures measured against different things (`0.4% against the
/// euro` / `0.7 percent against the dollar`) are two quantities (each
/// side's [`counterpart`], read once per claim).
fn same_counterpart(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Whether two counts can be of one group: a count narrowed to a nation
/// or group (`550 Japanese troops`) is a part of a count without it
/// (`about 850 troops`) unless the other's clause names the group too.
fn same_group(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let names = |c: &ClaimEvidence, g: &str| {
        clause_of(&c.sentence, c.offset)
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(g))
    };
    match (counted_group(a), counted_group(b)) {
        (Some(x), Some(y)) => x == y,
        (Some(x), None) => names(b, &x),
        (None, Some(y)) => names(a, &y),
        (None, None) => true,
    }
}

/// The people a count names one by one right after its noun (`the state's
/// two Republican senators, Jeff Flake and John McCain,`; `three state
/// senators — Adam Driggs, Steve Pierce and Bob Worsley`): the surname of
/// each, when as many names as the count follow a comma, a dash or a colon
/// within a few words of the figure. A count that lists its members is the
/// group they make.
fn named_members(c: &ClaimEvidence) -> Option<Vec<String>> {
    let n = c
        .value
        .filter(|v| (2.0..=12.0).contains(v) && v.fract() == 0.0)? as usize;
    let after: String = c
        .sentence
        .chars()
        .skip(c.offset + c.surface.chars().count())
        .collect();
    // The noun phrase, then the mark that opens the list.
    let open = after.find([',', '—', '–', ':'])?;
    if after[..open].split_whitespace().count() > 5 {
        return None;
    }
    let list = &after[open + after[open..].chars().next()?.len_utf8()..];
    let mut names: Vec<String> = Vec::new();
    for item in list.split([',', ';', '—', '–', '(', ')']) {
        let item = item.trim();
        let item = item.strip_prefix("and ").unwrap_or(item).trim();
        if item.is_empty() {
            break;
        }
        // `Adam Driggs`, `Steve Pierce and Bob Worsley`.
        let mut done = false;
        for part in item.split(" and ") {
            let words: Vec<&str> = part.split_whitespace().collect();
            if (2..=4).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
            {
                names.push(clean_word(words[words.len() - 1]));
            } else {
                done = true;
                break;
            }
        }
        if done || names.len() >= n {
            break;
        }
    }
    (names.len() == n).then_some(names)
}

/// Whether two counts can be of one group by the members they name: two
/// lists with no name in common are two groups.
fn same_members(a: Option<&Vec<String>>, b: Option<&Vec<String>>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.iter().any(|n| y.contains(n)),
        _ => true,
    }
}

/// `deeds`: each claim's [`measured::subject_verb`], read once per claim.
fn counted_noun_fits(
    (x, y): (&Value, &Value),
    (a, b): (&ClaimEvidence, &ClaimEvidence),
    deeds: (Option<&str>, Option<&str>),
) -> bool {
    fn noun(v: &Value) -> Option<Option<&str>> {
        match v {
            Value::Number {
                scale: Scale::Count(noun),
                ..
            } => Some(noun.as_deref()),
            _ => None,
        }
    }
    let (bare, noun) = match (noun(x), noun(y)) {
        (Some(Some(n)), Some(None)) => (b, n),
        (Some(None), Some(Some(n))) => (a, n),
        _ => return true,
    };
    let head = noun.rsplit([' ', '_']).next().unwrap_or(noun);
    if GENERIC_COUNTED.contains(&head) {
        // (`killed 13 US troops and 72 Afghans` / `Ninety people have
        // been killed`: a count of a people named by a demonym is a
        // part of the people counted.)
        return !counts_a_demonym(bare);
    }
    // (The unit is kept singular, `library`; the clause may have the
    // plural, `libraries`, whose stem is another.)
    let plural = match head.strip_suffix('y') {
        Some(base) => format!("{base}ies"),
        None => format!("{head}s"),
    };
    let stems = [stem(head), stem(&plural)];
    clause_of(&bare.sentence, bare.offset)
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| stems.contains(&stem(w)))
        // (`nine were taken to hospital` / `19 festival-goers needed
        // hospital treatment`: people counted for the same deed.)
        || (lexicon::is_people_noun(head)
            && matches!(deeds, (Some(p), Some(q)) if p == q && measured::is_deed_phrase(p)))
}

/// What a figure in a list of figures of one kind is for (`$400 billion to
/// boost caregiving, $174 billion for electric cars and $100 billion for
/// broadband`): the content words after it, up to the next figure of the
/// list or the end of its sentence. `None` for a figure that is not in
/// such a list. An item with no words of its own (a list cut off after
/// it, `… $174 billion...`) has an empty purpose: nothing says what it
/// counts.
fn list_purpose(c: &ClaimEvidence, claims: &[&ClaimEvidence]) -> Option<Vec<String>> {
    if c.kind == "date" {
        return None;
    }
    let len = |x: &ClaimEvidence| x.surface.chars().count();
    let end = c.offset + len(c);
    let mut siblings: Vec<&ClaimEvidence> = claims
        .iter()
        .copied()
        .filter(|o| {
            o.sentence == c.sentence && o.kind == c.kind && o.unit == c.unit && o.offset != c.offset
        })
        .collect();
    siblings.sort_by_key(|o| o.offset);
    let chars: Vec<char> = c.sentence.chars().collect();
    let text = |from: usize, to: usize| -> String {
        chars[from.min(chars.len())..to.min(chars.len())]
            .iter()
            .collect()
    };
    // A list: a sibling figure next to this one with a comma or `and`
    // between them, and the words between the two belong to the first.
    let listed = |from: usize, to: usize| {
        let between = text(from, to);
        between.contains(',')
            || between.contains(';')
            || between.split_whitespace().any(|w| w == "and")
    };
    let next = siblings.iter().find(|o| o.offset >= end);
    let previous = siblings
        .iter()
        .rev()
        .find(|o| o.offset + len(o) <= c.offset);
    let in_list = next.is_some_and(|o| listed(end, o.offset))
        || previous.is_some_and(|o| listed(o.offset + len(o), c.offset));
    let own = text(end, next.map_or(chars.len(), |o| o.offset));
    // Only lists whose items say what they are for after the figure
    // (`$25 million for roads, $60 million for parks`). In `Sears rose 22
    // percent on Wednesday, whilst Kmart gained 15 percent` each item's
    // thing comes first, and the words after a figure are the next item's.
    let figure_first = opens_a_purpose(&own)
        || previous.is_some_and(|o| opens_a_purpose(&text(o.offset + len(o), c.offset)));
    if !in_list || !figure_first {
        return None;
    }
    Some(
        own.split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| w.chars().count() > 2 && !lexicon::is_function_word(&w.to_lowercase()))
            .map(stem)
            .collect(),
    )
}

/// Whether the words after a figure say what it is for: `for roads`, `to
/// boost home care`; not `to 45%` (a change's end).
fn opens_a_purpose(after: &str) -> bool {
    let mut words = after.split_whitespace().map(clean_word);
    match words.next().as_deref() {
        Some("for" | "toward" | "towards") => true,
        Some("to") => words
            .next()
            .is_some_and(|w| !w.is_empty() && !w.starts_with(|ch: char| ch.is_ascii_digit())),
        _ => false,
    }
}

/// Whether a list item's purpose (see [`list_purpose`]) is named in the
/// other figure's clause: two items of two lists, or an item and a lone
/// figure, are one quantity only when they are for the same thing.
fn purposes_fit(
    a: (&ClaimEvidence, Option<&Vec<String>>),
    b: (&ClaimEvidence, Option<&Vec<String>>),
) -> bool {
    let named_in = |purpose: &Vec<String>, other: &ClaimEvidence| {
        clause_of(&other.sentence, other.offset)
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| !w.is_empty() && purpose.contains(&stem(w)))
    };
    a.1.is_none_or(|p| named_in(p, b.0)) && b.1.is_none_or(|p| named_in(p, a.0))
}

/// How much more a word of the figure's own clause counts than the rest
/// of its sentence.
const CLAUSE_WEIGHT: f32 = 0.6;

/// The clause of `sentence` holding the character at `offset`: between
/// the nearest clause breaks around it (`;`, `:`, a comma, a dash or a
/// bracket, or a word opening a contrasting clause: `while`, `whilst`,
/// `but`, `whereas`, and `and` before a capitalised word, `… 22 percent
/// and Kmart ahead 15 percent`).
pub(super) fn clause_of(sentence: &str, offset: usize) -> &str {
    let at = sentence
        .char_indices()
        .nth(offset)
        .map_or(sentence.len(), |(b, _)| b);
    let words: Vec<(usize, &str)> = sentence
        .split_inclusive(char::is_whitespace)
        .scan(0, |pos, w| {
            let start = *pos;
            *pos += w.len();
            Some((start, w))
        })
        .collect();
    let breaks_before = |k: usize| {
        let w = words[k].1.trim();
        let opens = matches!(
            w.to_lowercase().as_str(),
            "while" | "whilst" | "but" | "whereas"
        ) || (w == "and"
            && words
                .get(k + 1)
                .is_some_and(|n| n.1.starts_with(char::is_uppercase)));
        let prev_ends = k > 0
            && words[k - 1]
                .1
                .trim_end()
                .ends_with([',', ';', ':', '—', '–', ')', '('])
            || w.starts_with('(');
        opens || prev_ends || w == "—" || w == "–"
    };
    let k = words.partition_point(|&(start, _)| start <= at).max(1) - 1;
    let start = (1..=k)
        .rev()
        .find(|&i| breaks_before(i))
        .map_or(0, |i| words[i].0);
    let end = (k + 1..words.len())
        .find(|&i| breaks_before(i))
        .map_or(sentence.len(), |i| words[i].0);
    &sentence[start..end]
}

fn cosine(a: &HashMap<String, f32>, b: &HashMap<String, f32>) -> f32 {
    let dot: f32 = a.iter().filter_map(|(k, v)| b.get(k).map(|w| v * w)).sum();
    let na: f32 = a.values().map(|v| v * v).sum::<f32>().sqrt();
    let nb: f32 = b.values().map(|v| v * v).sum::<f32>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// What can be compared about a claim.
enum Value {
    Number { scale: Scale, range: (f64, f64) },
    Date(NaiveDate),
}

fn value_of(c: &ClaimEvidence) -> Option<Value> {
    if c.kind == "date" {
        // Only dates resolved to a day name an event's date.
        return (c.granularity.as_deref().unwrap_or("day") == "day")
            .then_some(())
            .and(c.date.map(Value::Date));
    }
    let v = c.value?;
    if is_denominator(c) {
        return None;
    }
    let scale = scale(&c.kind, c.unit.as_deref())?;
    let range = interval(
        &c.kind,
        c.unit.as_deref(),
        v,
        c.value_high,
        c.qualifier.as_deref(),
        &c.surface,
    );
    let range = in_base_unit(c.unit.as_deref(), range);
    Some(Value::Number { scale, range })
}

/// The part of an event a date names, read from the words just before it:
/// `until`, `by` or `ends on` an end or deadline, `since` or `began` a
/// start. An end date never contradicts a start date or a day on which
/// something happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Start,
    End,
    Point,
}

/// The last `n` words before a claim in its sentence, nearest first, each
/// trimmed of punctuation and lower-cased: the cue words the rules read
/// (`by Tuesday`, `as of`, `ends on`, `a target of`).
pub(super) fn words_before(c: &ClaimEvidence, n: usize) -> Vec<String> {
    let before: String = c.sentence.chars().take(c.offset).collect();
    before
        .split_whitespace()
        .rev()
        .take(n)
        .map(clean_word)
        .collect()
}

/// The first `n` words after a claim's figure, cleaned, nearest first.
fn words_after(c: &ClaimEvidence, n: usize) -> Vec<String> {
    let after: String = c
        .sentence
        .chars()
        .skip(c.offset + c.surface.chars().count())
        .collect();
    after.split_whitespace().take(n).map(clean_word).collect()
}

fn role(c: &ClaimEvidence) -> Role {
    // (`had gathered 11,000 signatures by last night`: the time a tally
    // was taken, not a deadline.)
    if measured::reference_time(c) {
        return Role::Point;
    }
    // `were not discovered until Sept. 4`, `did not arrive until Friday`:
    // a negated verb up to a day is the day it happened.
    let back = words_before(c, 6);
    if matches!(back.first().map(String::as_str), Some("until" | "till"))
        && back[1..]
            .iter()
            .any(|w| w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n’t"))
    {
        return Role::Point;
    }
    let words = words_before(c, 5);
    let at = |k: usize| words.get(k).map(String::as_str).unwrap_or("");
    // `ends on 30 April`, `began in March`: the verb before the preposition.
    let cue = if matches!(at(0), "on" | "in" | "at") {
        at(1)
    } else {
        at(0)
    };
    // `since sundown on Monday`, `until late on Friday`, `from early
    // Sunday`: a time of day between a preposition of start or end and
    // the date.
    let past_time_of_day = words
        .iter()
        .position(|w| !matches!(w.as_str(), "on" | "in" | "at" | "the") && !is_time_of_day(w))
        .map(at);
    let cue = match past_time_of_day {
        Some(p @ ("since" | "from" | "until" | "till" | "through" | "before" | "by")) => p,
        _ => cue,
    };
    match cue {
        "until" | "till" | "through" | "by" | "before" | "deadline" | "ends" | "end" | "ending"
        | "expires" => Role::End,
        "since" | "from" | "between" | "began" | "begins" | "begin" | "started" | "starts"
        | "start" | "launched" => Role::Start,
        _ => Role::Point,
    }
}

/// Words of a time of day that stand between a preposition and a date
/// (`since sundown on Monday`, `until late Friday`).
fn is_time_of_day(w: &str) -> bool {
    matches!(
        w,
        "early"
            | "late"
            | "sundown"
            | "sunset"
            | "sunrise"
            | "dawn"
            | "dusk"
            | "midnight"
            | "noon"
            | "midday"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
    )
}

/// Whether two dates can be two outlets' dates for one event. A start
/// compares with a start and an end (a deadline) with an end. A day on
/// which something happened compares only within [`DATES_APART`] days
/// ([`WRITTEN_DATES_APART`] for two written-out dates): a story has many days, and two dates further apart are two
/// events ([`one_happening`] then asks whether the words date one). The
/// same weekday written by both outlets always compares (and agrees).
fn same_event_date(
    a: &ClaimEvidence,
    b: &ClaimEvidence,
    ra: Role,
    rb: Role,
    da: NaiveDate,
    db: NaiveDate,
) -> bool {
    if ra != rb {
        return false;
    }
    if same_weekday(a, b) {
        return true;
    }
    let written = |c: &ClaimEvidence| c.surface.chars().any(|ch| ch.is_ascii_digit());
    let limit = if written(a) && written(b) {
        WRITTEN_DATES_APART
    } else {
        DATES_APART
    };
    ra != Role::Point || (da - db).num_days().abs() <= limit
}

/// How many days apart two outlets' dates of one happening may be: a
/// weekday misread or a week slipped.
const DATES_APART: i64 = 14;

/// The same for two dates written with day numbers, one of which may have
/// slipped a digit (`2` / `20 February`).
const WRITTEN_DATES_APART: i64 = 20;

/// How alike the contexts of two written-out dates outside the leads must
/// be when no verb or word dates one happening on both sides (`swing past
/// Mars on 2 February` / `fly past Mars on February 20`).
const WRITTEN_DATES_ELSEWHERE: f32 = 0.45;

/// Whether two day dates date one happening, by where they stand and what
/// the words say ([`measured::happening`]): a verb or word dating the same
/// happening on both sides is enough anywhere in the articles; two dates
/// written out with no such word, or two dates of a report or statement
/// (`the bureau reported Thursday` / `reported Friday` are most often two
/// reports), only in the two leads, which tell the main event, or in
/// contexts alike beyond [`WRITTEN_DATES_ELSEWHERE`].
fn one_happening(a: &ClaimEvidence, b: &ClaimEvidence, context: f32) -> bool {
    let lead = a.sentence_start < LEAD_CHARS && b.sentence_start < LEAD_CHARS;
    match measured::happening(a, b) {
        None => false,
        Some(h) if h == measured::Happening::WrittenDates || h.of_speech() => {
            lead || context >= WRITTEN_DATES_ELSEWHERE
        }
        Some(_) => true,
    }
}

/// Two bare weekdays read in articles published on different days, each
/// as far back from its own article's day (`Wednesday` in Wednesday's
/// paper, `Thursday` in Thursday's): each outlet tells the news of its own
/// day, and two days' news are two happenings (senators reach a deal on
/// Wednesday, the president announces it on Thursday). Nothing in the text
/// says they are one; only our reading of the weekdays would make them
/// disagree. Days still to come are one happening announced twice (`will
/// strike on Friday` written on Wednesday, `on Saturday` on Thursday).
///
/// Likewise two articles of one day, one giving a day still to come and
/// the other a day gone by (`is sworn in next Tuesday` / `resigned on
/// Sunday`): written the same day about one happening, both would look
/// the same way.
fn same_distance_back(
    (a, va, pa): (&ClaimEvidence, &Value, Option<NaiveDate>),
    (b, vb, pb): (&ClaimEvidence, &Value, Option<NaiveDate>),
) -> bool {
    let bare = |c: &ClaimEvidence| surface_weekday(c).is_some();
    match (va, vb, pa, pb) {
        (Value::Date(da), Value::Date(db), Some(pa), Some(pb)) => {
            (pa != pb && bare(a) && bare(b) && (*da - pa) == (*db - pb) && *da <= pa && *db <= pb)
                || (pa == pb && ((*da > pa && *db < pb) || (*da < pa && *db > pb)))
        }
        _ => false,
    }
}

/// The weekday a claim's surface is, if it is a bare weekday (`Tuesday`,
/// `Tuesday’s`, `on Tuesday`).
fn surface_weekday(c: &ClaimEvidence) -> Option<chrono::Weekday> {
    let w = c
        .surface
        .trim()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_lowercase();
    lexicon::weekday(w.trim_start_matches("on "))
}

/// A day named only by its distance from the article's own day (`in a
/// press release today`, `yesterday`, `last night`) against a date one day
/// off, in two articles stamped with one day: a stamp is often a day late
/// (a page stamped when it was collected, as a roundup stamps all its
/// reports), and then `Thursday` and `today` written on one Thursday read
/// a day apart. Articles stamped on different days keep the comparison
/// (`on Tuesday evening` on Wednesday / `last night` on Thursday), and so
/// do two weekdays: each outlet named its day.
fn publication_day_off(
    (a, va, pa): (&ClaimEvidence, &Value, Option<NaiveDate>),
    (b, vb, pb): (&ClaimEvidence, &Value, Option<NaiveDate>),
) -> bool {
    let relative = |c: &ClaimEvidence| {
        let w = c.surface.trim().to_lowercase();
        matches!(
            w.trim_start_matches("earlier ").trim_start_matches("late "),
            "today"
                | "tonight"
                | "yesterday"
                | "tomorrow"
                | "this morning"
                | "this afternoon"
                | "this evening"
                | "last night"
        )
    };
    match (va, vb) {
        (Value::Date(da), Value::Date(db)) => {
            pa.is_some()
                && pa == pb
                && (relative(a) || relative(b))
                && (*da - *db).num_days().abs() == 1
        }
        _ => false,
    }
}

/// A bare weekday that names the day after the article's publication day
/// (`attacked Gaza early Friday morning local time` in a paper dated
/// Thursday evening in California): read as the past week's it lies six
/// days back, but writers say `last Friday` for that, and the article's
/// day may already be the next one where it happened. Either reading is
/// ours, not the text's, so it is not compared.
fn next_days_weekday(c: &ClaimEvidence, v: &Value, published: Option<NaiveDate>) -> bool {
    match (v, published, surface_weekday(c)) {
        (Value::Date(d), Some(p), Some(_)) => (p - *d).num_days() == 6,
        _ => false,
    }
}

/// Both outlets wrote the same weekday: they agree, whatever their
/// publication dates make of it (`Thursday` a week ago or tomorrow).
///
/// So do a weekday and a calendar date that falls on it (`Tuesday’s
/// hearing` / `a Sept. 28 hearing`, a Tuesday): a bare weekday is only
/// our reading of which week it is in.
fn same_weekday(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let weekday = surface_weekday;
    let falls_on = |day: &ClaimEvidence, date: &ClaimEvidence| {
        weekday(day).is_some_and(|w| {
            weekday(date).is_none()
                && date.granularity.as_deref().unwrap_or("day") == "day"
                && date.date.is_some_and(|d| d.weekday() == w)
        })
    };
    a.kind == "date"
        && b.kind == "date"
        && ((weekday(a).is_some() && weekday(a) == weekday(b)) || falls_on(a, b) || falls_on(b, a))
}

/// Over how long a change is measured: a month (`month-on-month`, `from
/// May`, `in the past month`) or a year (`year-over-year`, `annual`, `over
/// the past 12 months`). A monthly rise never contradicts an annual one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    Month,
    Year,
}

static MONTHLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:month[- ](?:on|over)[- ]month|monthly|in a single month|(?:in|during) (?:january|february|march|april|may|june|july|august|september|october|november|december) alone|(?:past|previous|prior) month|a month (?:earlier|ago|before)|in the month|on the month|from (?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    )
    .expect("static regex")
});

static ANNUAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:year[- ](?:on|over)[- ]year|annual(?:ly|ised|ized)?|(?:past|previous|prior) (?:year|12 months)|(?:a|one) year (?:earlier|ago|before)|12-month|twelve-month)\b",
    )
    .expect("static regex")
});

/// The span of each figure of an article: each marker goes to the figure
/// nearest it in its sentence.
fn spans(article: &ArticleEvidence) -> Vec<Option<Span>> {
    let claims = &article.claims;
    let mut out = vec![None; claims.len()];
    let mut sentences: Vec<&str> = claims.iter().map(|c| c.sentence.as_str()).collect();
    sentences.dedup();
    for sentence in sentences {
        let figures: Vec<usize> = (0..claims.len())
            .filter(|&k| claims[k].kind != "date" && claims[k].sentence == sentence)
            .collect();
        for (re, span) in [(&*MONTHLY, Span::Month), (&*ANNUAL, Span::Year)] {
            for m in re.find_iter(sentence) {
                let at = sentence[..m.start()].chars().count();
                let nearest = figures.iter().copied().min_by_key(|&k| {
                    let c = &claims[k];
                    let end = c.offset + c.surface.chars().count();
                    if at >= end {
                        at - end
                    } else {
                        c.offset.saturating_sub(at) + 1
                    }
                });
                if let Some(k) = nearest
                    && out[k].is_none()
                {
                    out[k] = Some(span);
                }
            }
        }
    }
    out
}

/// Phrases that put a figure a year back: `a year earlier`, `last year's`.
static YEAR_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:a|one) year (?:earlier|ago|before)|year[- ]on[- ]year|year[- ]over[- ]year|(?:previous|prior|past) (?:year|12 months)|the year before|last year|12-month)\b",
    )
    .expect("static regex")
});

/// The years each figure of an article is about: those named next to it
/// (`last year`, `in 2017`, `September`, `a year earlier`). Each time named
/// in a sentence goes to the nearest figure of that sentence, so that in
/// `£268,000, 3.2% more than in September last year` the year back is the
/// 3.2%'s, not the price's. Empty when nothing is named: then the figure
/// is about the article's present.
fn frames(article: &ArticleEvidence) -> Vec<Vec<i32>> {
    let claims = &article.claims;
    let modes = modes(article);
    let mut out: Vec<Vec<i32>> = vec![Vec::new(); claims.len()];
    let is_figure = |c: &ClaimEvidence| c.kind != "date";
    // Times named in each sentence: (character offset, year).
    let mut times: HashMap<&str, Vec<(usize, i32)>> = HashMap::default();
    for d in claims
        .iter()
        .filter(|d| d.kind == "date" && names_a_period(d))
    {
        if let Some(date) = d.date {
            times
                .entry(&d.sentence)
                .or_default()
                .push((d.offset, date.year()));
        }
    }
    if let Some(p) = article.published {
        for c in claims.iter().filter(|c| is_figure(c)) {
            let found = times.entry(&c.sentence).or_default();
            for m in YEAR_BACK.find_iter(&c.sentence) {
                let at = c.sentence[..m.start()].chars().count();
                if !found.contains(&(at, p.year() - 1)) {
                    found.push((at, p.year() - 1));
                }
            }
        }
    }
    for (sentence, named) in &times {
        let figures: Vec<usize> = (0..claims.len())
            .filter(|&k| is_figure(&claims[k]) && claims[k].sentence == *sentence)
            .collect();
        let first = figures.iter().map(|&k| claims[k].offset).min();
        let last = figures
            .iter()
            .map(|&k| claims[k].offset + claims[k].surface.chars().count())
            .max();
        // The last figure when it is an earlier level (`up from 31.2% in
        // 2020`, `from $368m a year earlier`): a time after it is its own.
        let last_earlier = figures
            .iter()
            .copied()
            .max_by_key(|&k| claims[k].offset)
            .is_some_and(|k| figures.len() > 1 && modes[k] == Mode::Earlier);
        for &(at, year) in named {
            // A baseline (`than in 2023`, `on last year`, `since June`)
            // belongs to the change next to it; a time before or after
            // every figure scopes over them all (`Last year's …`, `… from
            // 2007 to 2014`), except one after an earlier level that ends
            // the sentence; one between figures goes to the nearest (on a
            // tie the one before: `3% in May`).
            let after_all = last.is_some_and(|l| at >= l);
            // (`waited longer than 26 weeks, the target set by the ministry
            // in 2019`: the time of what the clause says, not the figures'.)
            if after_all && last.is_some_and(|l| times_its_own_clause(sentence, l, at)) {
                continue;
            }
            let spans_all = !is_baseline(sentence, at)
                && (first.is_some_and(|f| at < f) || (after_all && !last_earlier));
            if spans_all {
                for &k in &figures {
                    out[k].push(year);
                }
                continue;
            }
            let nearest = figures.iter().copied().min_by_key(|&k| {
                let c = &claims[k];
                let end = c.offset + c.surface.chars().count();
                if at >= end {
                    (at - end) * 2
                } else {
                    (c.offset - at.min(c.offset)) * 2 + 1
                }
            });
            if let Some(k) = nearest {
                out[k].push(year);
            }
        }
    }
    for years in &mut out {
        years.sort_unstable();
        years.dedup();
    }
    out
}

/// Whether the text between a sentence's last figure (ending at character
/// `from`) and a time named at `at` opens a clause of its own that the
/// time belongs to: after a comma, a relative pronoun (`, which opened in
/// 2015`) or a passive participle with its agent (`, the target set by the
/// ministry in 2019`, `, a rule introduced by the council in 2021`).
fn times_its_own_clause(sentence: &str, from: usize, at: usize) -> bool {
    let between: String = sentence
        .chars()
        .skip(from)
        .take(at.saturating_sub(from))
        .collect();
    let Some(comma) = between.find(',') else {
        return false;
    };
    let words: Vec<String> = between[comma..]
        .split_whitespace()
        .map(clean_word)
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        matches!(w.as_str(), "which" | "who" | "whose")
            || (words.get(k + 1).is_some_and(|n| n == "by")
                && (w.ends_with("ed") || matches!(w.as_str(), "set" | "made" | "built" | "laid")))
    })
}

/// Whether the time named at character `at` of `sentence` is what a change
/// is measured from: after `than`, `since`, `on` (`up 2% on 2023`), or a
/// `from` that opens no span (`from May`, not `from 2007 to 2014`).
fn is_baseline(sentence: &str, at: usize) -> bool {
    let before: String = sentence.chars().take(at).collect();
    let after: String = sentence.chars().skip(at).take(40).collect();
    let prev: Vec<String> = before
        .split_whitespace()
        .rev()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
        .take(2)
        .collect();
    let cue = if prev.first().is_some_and(|w| w == "in") {
        prev.get(1).map(String::as_str).unwrap_or("")
    } else {
        prev.first().map(String::as_str).unwrap_or("")
    };
    match cue {
        "than" | "since" | "on" | "over" => true,
        "from" => !after
            .split_whitespace()
            .take(4)
            .any(|w| matches!(w, "to" | "until" | "through" | "and")),
        _ => false,
    }
}

/// A date that sets when a figure holds: `last year`, `in 2017`, `on
/// 2023`, `since March`; not a year that describes a thing (`the 1967
/// crossing`).
fn names_a_period(d: &ClaimEvidence) -> bool {
    let first = d
        .surface
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        first.as_str(),
        "last" | "this" | "next" | "a" | "one" | "yesterday" | "today"
    ) {
        return true;
    }
    let before: String = d.sentence.chars().take(d.offset).collect();
    let word = before
        .split_whitespace()
        .last()
        .map(clean_word)
        .unwrap_or_default();
    matches!(
        word.as_str(),
        "in" | "on"
            | "since"
            | "from"
            | "than"
            | "during"
            | "over"
            | "between"
            | "to"
            | "until"
            | "by"
            | "for"
            | "of"
            | "through"
            | "before"
            | "after"
    )
}

/// The dates each figure's sentence dates it to (`stood at 132,135 on
/// Sunday`, `As of September 6, … 137,000`), as indices of the article's
/// claims: day-granular dates of a happening in its sentence, leaving out
/// those of a statement (`said on Monday`) and ends or starts (`will run
/// through April 30`).
fn figure_days(article: &ArticleEvidence) -> Vec<Vec<usize>> {
    let claims = &article.claims;
    let days: Vec<usize> = (0..claims.len())
        .filter(|&k| {
            let d = &claims[k];
            d.kind == "date"
                && d.date.is_some()
                && d.granularity.as_deref().unwrap_or("day") == "day"
                && role(d) == Role::Point
                && !measured::dates_a_statement(d)
        })
        .collect();
    claims
        .iter()
        .map(|c| {
            if c.kind == "date" {
                return Vec::new();
            }
            days.iter()
                .copied()
                .filter(|&k| claims[k].sentence == c.sentence)
                .collect()
        })
        .collect()
}

/// Whether two figures can be taken on one day. A running figure taken on
/// two different days is two quantities (a seven-day average on Sunday and
/// on Monday), so the answer is no when each sentence dates its figure and
/// they share no day (the same weekday written is one day, whatever the
/// publication dates make of it).
fn same_days(a: (&ArticleEvidence, &[usize]), b: (&ArticleEvidence, &[usize])) -> bool {
    a.1.is_empty()
        || b.1.is_empty()
        || a.1.iter().any(|&x| {
            b.1.iter().any(|&y| {
                let (cx, cy) = (&a.0.claims[x], &b.0.claims[y]);
                cx.date == cy.date || same_weekday(cx, cy)
            })
        })
}

/// The days a running figure is stated as of (`By Tuesday, 37.3% of adults
/// were fully vaccinated`, `as of 6 September`), for each claim of the
/// article: day-granular dates in its sentence after `by`, `as of` or `as
/// at`, on or before the day the article was published (a later day is a
/// deadline: `70% by July`).
fn as_of_days(article: &ArticleEvidence) -> Vec<Vec<NaiveDate>> {
    let claims = &article.claims;
    let marked: Vec<(&str, NaiveDate)> = claims
        .iter()
        .filter(|d| {
            d.kind == "date" && d.granularity.as_deref().unwrap_or("day") == "day" && as_of_cue(d)
        })
        .filter_map(|d| Some((d.sentence.as_str(), d.date?)))
        .filter(|&(_, day)| article.published.is_none_or(|p| day <= p))
        .collect();
    claims
        .iter()
        .map(|c| {
            if c.kind == "date" {
                return Vec::new();
            }
            marked
                .iter()
                .filter(|(sentence, _)| *sentence == c.sentence)
                .map(|&(_, day)| day)
                .collect()
        })
        .collect()
}

/// The moment of a trading day a sentence gives its market figures at:
/// the open (`at the start of trading`, `in early trading`), later in the
/// day (`in afternoon trading`, `at midday`) or the close (`closed up`, `at
/// the close`). A price moves all day, so two outlets' moves read at two
/// named moments are two quantities; a move with no moment named is
/// compared only with one at the close.
fn trading_moment(c: &ClaimEvidence) -> Option<&'static str> {
    static MOMENTS: LazyLock<[(Regex, &'static str); 3]> = LazyLock::new(|| {
        let re = |p: &str| Regex::new(p).expect("a valid moment pattern");
        [
            (
                re(
                    r"(?i)\b(?:at the (?:start|opening|open) of (?:the )?(?:stock market |market )?(?:trading|trade|session)|in (?:early|morning) (?:trading|trade|deals)|at the (?:opening )?bell|at the open(?:ing)?)\b",
                ),
                "open",
            ),
            (
                re(
                    r"(?i)\b(?:in (?:afternoon|midday|mid-day|lunchtime|late-morning) (?:trading|trade|deals)|at midday|by midday)\b",
                ),
                "midday",
            ),
            (
                re(
                    r"(?i)\b(?:at the close|by the close|closed (?:up|down|at|higher|lower)|in late (?:trading|trade|deals)|at the end of (?:the )?(?:trading|session))\b",
                ),
                "close",
            ),
        ]
    });
    let found: Vec<&'static str> = MOMENTS
        .iter()
        .filter(|(re, _)| re.is_match(&c.sentence))
        .map(|&(_, m)| m)
        .collect();
    // Two moments in one sentence (`opened up 3% and closed down 1%`): no
    // one moment for its figures.
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Whether two figures can be read at one moment of a trading day (see
/// [`trading_moment`]).
/// A move read during the day (the open, midday) is a snapshot: against
/// a move with no moment named, most often the day's move as it closed,
/// it is two readings; a move at the close is the day's move.
fn same_trading_moment(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        (Some(x), None) | (None, Some(x)) => x == "close",
        (None, None) => true,
    }
}

/// Whether the words before a date make it the day a figure is stated as
/// of: `by`, `as of`, `as at`.
fn as_of_cue(d: &ClaimEvidence) -> bool {
    let words = words_before(d, 2);
    match words.first().map(String::as_str) {
        Some("by") => true,
        Some("of" | "at") => words.get(1).is_some_and(|w| w == "as"),
        _ => false,
    }
}

/// Whether two running figures can be stated as of one moment. A figure
/// stated as of a day is that day's; a figure with no day of its own in
/// its sentence is its article's, as of the day it was published. Two
/// outlets' figures as of different days are two readings of a running
/// count (a vaccination share by Tuesday against the share a week later).
fn same_moment(
    a: (&[NaiveDate], bool, Option<NaiveDate>),
    b: (&[NaiveDate], bool, Option<NaiveDate>),
) -> bool {
    let ((a_days, a_dated, a_pub), (b_days, b_dated, b_pub)) = (a, b);
    match (a_days.is_empty(), b_days.is_empty()) {
        (true, true) => true,
        (false, false) => a_days.iter().any(|d| b_days.contains(d)),
        (false, true) => b_dated || b_pub.is_none_or(|p| a_days.contains(&p)),
        (true, false) => a_dated || a_pub.is_none_or(|p| b_days.contains(&p)),
    }
}

/// Can two figures be about the same period? Both name years: one must
/// be shared. One names none: the other must name the present of the
/// article that names none (its year, or the year before in its first two
/// months, when last year's December is still news).
fn same_period(a: &[i32], pa: Option<NaiveDate>, b: &[i32], pb: Option<NaiveDate>) -> bool {
    let current = |years: &[i32], published: Option<NaiveDate>| {
        published.is_none_or(|p| {
            // Late in a year, next year's figures are news too (`the
            // pension rise for 2022`, announced in October 2021).
            years.iter().any(|&y| {
                y == p.year()
                    || (y == p.year() - 1 && p.month() <= 2)
                    || (y == p.year() + 1 && p.month() >= 10)
            })
        })
    };
    match (a.is_empty(), b.is_empty()) {
        (true, true) => true,
        (false, false) => a.iter().any(|y| b.contains(y)),
        (true, false) => current(b, pa),
        (false, true) => current(a, pb),
    }
}

/// Scales specific enough that a lone claim on each side is likely the
/// same quantity: changes in points, multipliers and counts of a named
/// thing; not plain percentages or money (an article has many), nor counts
/// of unknown things or of years (ages, durations).
fn rare_kind(scale: &Scale) -> bool {
    match scale {
        Scale::Measure(d) => *d != Dimension::Duration,
        Scale::Points | Scale::Times => true,
        Scale::Count(Some(unit)) => {
            !matches!(unit.as_str(), "year" | "month" | "week" | "day" | "hour")
        }
        _ => false,
    }
}

/// Ages compare only for the same person: `age of Dr Tom Ellery` and
/// `age of Ellery` share a name; an age and another count never compare.
fn same_person_if_age(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let person = |c: &ClaimEvidence| {
        c.subject
            .as_deref()
            .and_then(|s| s.strip_prefix("age of "))
            .map(|name| {
                name.split_whitespace()
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
    };
    match (person(a), person(b)) {
        (None, None) => true,
        (Some(x), Some(y)) => x.iter().any(|w| {
            w.chars().next().is_some_and(char::is_alphabetic) && w.len() > 2 && y.contains(w)
        }),
        _ => false,
    }
}

/// Whether a figure is the total of a ranked or whole group named before
/// it in its clause (`This weekend's top 12 films grossed $125.4
/// million`, `all 27 member states pledged €3bn`) or spread over the
/// members named after it (`employs 19,000 people across its four
/// mines`): a group's total is not what one of its members gives (`That
/// movie raked in $44.7 million`, `The mine employs 6,800 people`).
fn group_total(c: &ClaimEvidence) -> bool {
    let before: String = c.sentence.chars().take(c.offset).collect();
    let words: Vec<&str> = before.split_whitespace().rev().take(10).collect();
    if spread_over_members(c) {
        return true;
    }
    for (k, raw) in words.iter().enumerate() {
        if k > 0 && raw.ends_with([',', ';', ':', '.', '"', '”']) {
            return false;
        }
        // (Read back: the number is nearer the figure than `top`/`all`.)
        if k > 0
            && members_count(raw)
            && words
                .get(k + 1)
                .is_some_and(|w| matches!(clean_word(w).as_str(), "top" | "all"))
        {
            return true;
        }
    }
    false
}

/// A small count in words or digits (`four`, `12`): how many members a
/// group has.
fn members_count(w: &str) -> bool {
    let w = clean_word(w);
    (w.chars().all(|ch| ch.is_ascii_digit()) && w.parse::<u32>().is_ok_and(|n| n >= 2))
        || matches!(
            w.as_str(),
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "twenty"
                | "fifty"
                | "several"
                | "many"
                | "multiple"
                | "both"
        )
}

/// `19,000 people across its four mines`, `sales at its 12 stores`, `in
/// all 27 member states`: the figure is spread over several members named
/// after it in its clause, each member with a figure of its own.
fn spread_over_members(c: &ClaimEvidence) -> bool {
    let (_, after) = c.sentence.split_at(
        c.sentence
            .char_indices()
            .nth(c.offset + c.surface.chars().count())
            .map_or(c.sentence.len(), |(b, _)| b),
    );
    let words: Vec<&str> = after.split_whitespace().take(8).collect();
    for (k, raw) in words.iter().enumerate() {
        let w = clean_word(raw);
        let spread = w == "across"
            || (matches!(w.as_str(), "at" | "in")
                && words.get(k + 1).is_some_and(|n| {
                    matches!(clean_word(n).as_str(), "its" | "their" | "all" | "the")
                }));
        if spread {
            let rest = &words[k + 1..];
            let skip = usize::from(rest.first().is_some_and(|n| {
                matches!(
                    clean_word(n).as_str(),
                    "its" | "their" | "all" | "the" | "his" | "her"
                )
            }));
            // A count of members, then a plural noun (not a span of time:
            // `across two years`, `across two shifts` spreads a figure over
            // time, not members).
            return rest.get(skip).is_some_and(|n| members_count(n))
                && rest.get(skip + 1).is_some_and(|n| {
                    let n = clean_word(n);
                    n.len() > 3
                        && n.ends_with('s')
                        && !matches!(
                            n.as_str(),
                            "years"
                                | "months"
                                | "weeks"
                                | "days"
                                | "hours"
                                | "decades"
                                | "seasons"
                                | "shifts"
                        )
                });
        }
        if raw.ends_with([',', ';', ':', '.']) {
            return false;
        }
    }
    false
}

/// What marks out the part a partitive count counts (`88 of those
/// detained were 12 or younger` → `years`, `younger`; `Of the latter, 229
/// were detained while pregnant` → `detained`, `pregnant`): the content
/// words of its clause after the figure, past an `of those …` that names
/// the whole. `None` for a count that is not of a part.
fn subset_marks(c: &ClaimEvidence) -> Option<Vec<String>> {
    const WHOLE: &[&str] = &["the", "those", "these", "them", "whom", "which", "all"];
    // (A share is always of a whole: `43% of the 26,000 doctors`.)
    if c.kind != "count" {
        return None;
    }
    let clean = clean_word;
    let clause = clause_of(&c.sentence, c.offset);
    let start = c.sentence.find(clause).unwrap_or(0);
    let figure_end = c.offset + c.surface.chars().count();
    let after: Vec<String> = c
        .sentence
        .chars()
        .skip(figure_end)
        .collect::<String>()
        .split_whitespace()
        .map(str::to_string)
        .collect::<Vec<String>>();
    // `Of the latter, 229 …`, `Among them, 12 …`: the whole opens the
    // sentence before the figure's clause.
    let opening: Vec<String> = c.sentence[..start]
        .split_whitespace()
        .take(2)
        .map(clean)
        .collect();
    let opened = opening.len() == 2
        && matches!(opening[0].as_str(), "of" | "among" | "amongst")
        && WHOLE.contains(&opening[1].as_str());
    let first = after.first().map(|w| clean(w)).unwrap_or_default();
    let second = after.get(1).map(|w| clean(w)).unwrap_or_default();
    let named_after = first == "of" && WHOLE.contains(&second.as_str());
    if !opened && !named_after {
        return None;
    }
    // Past `of those detained` up to its verb; the clause ends the part.
    let rest: &[String] = if named_after {
        let verb = after
            .iter()
            .position(|w| {
                matches!(
                    clean(w).as_str(),
                    "were" | "was" | "are" | "is" | "had" | "have" | "has" | "will" | "would"
                )
            })
            .unwrap_or(after.len());
        &after[verb..]
    } else {
        &after
    };
    let mut marks = Vec::new();
    for raw in rest {
        let w = clean(raw);
        if !w.is_empty()
            && w.chars().all(char::is_alphabetic)
            && w.len() > 2
            && !lexicon::is_function_word(&w)
        {
            marks.push(stem(&w));
        }
        if raw.ends_with([',', ';', ':', '.']) || marks.len() >= 6 {
            break;
        }
    }
    Some(marks)
}

/// A count of a part compares only with a count that marks out the same
/// part: `229 were detained while pregnant` and `88 of those detained were
/// 12 or younger` count two parts of one group.
fn subsets_fit(
    (a, marks_a): (&ClaimEvidence, Option<&Vec<String>>),
    (b, marks_b): (&ClaimEvidence, Option<&Vec<String>>),
) -> bool {
    // A part against a plain count: the plain count's clause must name
    // what marks the part out.
    let names_marks = |marks: &[String], plain: &ClaimEvidence| {
        let clause: Vec<String> = clause_of(&plain.sentence, plain.offset)
            .split_whitespace()
            .map(stem)
            .collect();
        marks.iter().any(|w| clause.contains(w))
    };
    match (marks_a, marks_b) {
        (None, None) => true,
        (Some(x), Some(y)) => x.iter().any(|w| y.contains(w)),
        (Some(x), None) => names_marks(x, b),
        (None, Some(y)) => names_marks(y, a),
    }
}

/// Whether a date is its page's own dateline (`26.11.2004 16:43 <<
/// Previous`, `Jo Park, Wire Service Friday, December 03, 2004 Lycos
/// is …`): a full date with its year in the opening words of the text, no
/// verb or preposition before it. It dates the page, not a happening.
fn is_dateline(c: &ClaimEvidence) -> bool {
    c.kind == "date" && (opening_dateline(c) || header_line(c))
}

/// A line that is only a label and a full date (`The Japan Times: Nov.
/// 17, 2004`, `Posted 12 March 2019`), wherever it stands on the page: a
/// page header or a stamp, with no verb of a happening.
fn header_line(c: &ClaimEvidence) -> bool {
    let (before, after) = (
        c.sentence.chars().take(c.offset).collect::<String>(),
        c.sentence
            .chars()
            .skip(c.offset + c.surface.chars().count())
            .collect::<String>(),
    );
    let label: Vec<&str> = before.split_whitespace().collect();
    has_year(&c.surface)
        && label.len() <= 6
        && after
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .is_empty()
        && label.iter().all(|w| {
            let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
            w.is_empty()
                || w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
                || lexicon::is_function_word(w)
        })
}

/// Whether a date's surface holds a four-digit year.
fn has_year(surface: &str) -> bool {
    surface
        .split(|ch: char| !ch.is_ascii_digit())
        .any(|d| d.len() == 4)
}

/// A date in the opening words of the text, with its year, and no verb or
/// preposition before it.
fn opening_dateline(c: &ClaimEvidence) -> bool {
    const BEFORE_DATES: &[&str] = &[
        "on", "in", "by", "since", "until", "from", "of", "at", "before", "after", "to", "than",
        "as", "for", "during", "through",
    ];
    if c.sentence_start > 2 || c.offset > 80 || !has_year(&c.surface) {
        return false;
    }
    !words_before(c, usize::MAX).iter().any(|w| {
        BEFORE_DATES.contains(&w.as_str())
            || w.ends_with("ed")
            || matches!(
                w.as_str(),
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "said" | "says"
            )
    })
}

/// Which ages an age limit lets in: from it up (`16 and up`, `aged 65
/// or over`), up to it (`12 or younger`), a span (`ages 12 to 15`), or
/// the one age (`children aged 5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AgeLimit {
    From,
    UpTo,
    Span,
    One,
}

/// A figure that bounds the ages of a group (`adolescents ages 12 to
/// 15`, `those 16 and older`): who is let in, not a quantity.
fn age_limit(c: &ClaimEvidence) -> Option<AgeLimit> {
    let after = words_after(c, 2);
    let before = words_before(c, 1);
    let pair = (
        after.first().map(String::as_str).unwrap_or(""),
        after.get(1).map(String::as_str).unwrap_or(""),
    );
    // (`aged` may open the claim's own surface: `aged 16`.)
    let opening = c.surface.split_whitespace().next().map(clean_word);
    let aged = before
        .first()
        .into_iter()
        .chain(opening.as_ref())
        .any(|w| matches!(w.as_str(), "ages" | "aged" | "age"));
    match pair {
        ("and" | "or", "up" | "older" | "over" | "above") => Some(AgeLimit::From),
        ("and" | "or", "younger" | "under" | "below") => Some(AgeLimit::UpTo),
        ("to" | "through", _) if aged => Some(AgeLimit::Span),
        _ if aged => Some(AgeLimit::One),
        _ => None,
    }
}

/// Whether each claim of an article is the base of a share: the 26,000 of
/// `43% of the 26,000 junior doctors rostered`. A base is the size of a
/// group, a different quantity from a count of those who did something.
fn bases(article: &ArticleEvidence) -> Vec<bool> {
    let claims = &article.claims;
    claims
        .iter()
        .map(|c| {
            c.kind == "count"
                && claims.iter().any(|share| {
                    let end = share.offset + share.surface.chars().count();
                    matches!(share.kind.as_str(), "percentage" | "ratio")
                        && share.sentence == c.sentence
                        && end <= c.offset
                        && {
                            let between: String =
                                c.sentence.chars().skip(end).take(c.offset - end).collect();
                            matches!(
                                between.trim().to_lowercase().as_str(),
                                "of" | "of the" | "of all" | "of all the"
                            )
                        }
                })
        })
        .collect()
}

/// What a figure is: a level, a change (`rose 0.4%`, `16 cents more
/// than`), a goal or requirement, or a forecast. A target of 95% does not
/// contradict a coverage of 93%, nor a rise of 16 cents a price of $2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Level,
    Change,
    /// An earlier level a change is measured from (`up from 19,105`,
    /// `doubled from the 11,300 recorded on June 23`).
    Earlier,
    Target,
    Forecast,
    /// A difference between two levels (`a 300 vote difference`, `a
    /// 5-point lead`, `a margin of 300`), never one of them.
    Difference,
}

/// The mode of each claim of an article; a figure joined to a change by
/// `and` takes its mode (`rose 0.9% from May and 5.4% over the year`).
fn modes(article: &ArticleEvidence) -> Vec<Mode> {
    let claims = &article.claims;
    let mut out: Vec<Mode> = claims.iter().map(mode).collect();
    for k in 1..claims.len() {
        // The figure before (dates in between do not count).
        let Some(j) = (0..k).rev().find(|&j| claims[j].kind != "date") else {
            continue;
        };
        let (prev, c) = (&claims[j], &claims[k]);
        if out[k] != Mode::Level || out[j] != Mode::Change || prev.sentence != c.sentence {
            continue;
        }
        let end = prev.offset + prev.surface.chars().count();
        if end > c.offset {
            continue;
        }
        let between: String = c.sentence.chars().skip(end).take(c.offset - end).collect();
        let words: Vec<&str> = between.split_whitespace().collect();
        if words.len() <= 6
            && words
                .iter()
                .any(|w| matches!(w.trim_matches(','), "and" | "or" | "while"))
        {
            out[k] = Mode::Change;
        }
    }
    out
}

/// `cut the risk of death or admission by about a fifth`, `lowered its
/// forecast for growth by 0.3 points`: the amount of a change whose verb
/// stands before its object, the figure after `by` (the verb within 14
/// words back, in the same clause).
fn changed_by(c: &ClaimEvidence) -> bool {
    let before: String = c.sentence.chars().take(c.offset).collect();
    let mut words = before.split_whitespace().rev();
    if words.next().is_none_or(|w| clean_word(w) != "by") {
        return false;
    }
    for raw in words.take(14) {
        if raw.ends_with([',', ';', ':', '"', '”', '“']) {
            return false;
        }
        let w = clean_word(raw);
        if is_change_word(&w)
            || matches!(
                w.as_str(),
                "lowered"
                    | "slashed"
                    | "trimmed"
                    | "boosted"
                    | "hiked"
                    | "lifted"
                    | "reduces"
                    | "reduce"
                    | "cuts"
                    | "lowers"
                    | "raises"
                    | "raise"
            )
        {
            return true;
        }
    }
    false
}

/// Verbs and adverbs of change just before a figure: `rose 3%`, `up 1.3 points`.
fn is_change_word(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "rises"
            | "risen"
            | "rising"
            | "fell"
            | "fall"
            | "falls"
            | "fallen"
            | "falling"
            | "increased"
            | "increases"
            | "decreased"
            | "decreases"
            | "grew"
            | "grown"
            | "dropped"
            | "climbed"
            | "jumped"
            | "slipped"
            | "declined"
            | "gained"
            | "lost"
            | "surged"
            | "soared"
            | "plunged"
            | "slumped"
            | "up"
            | "down"
            | "edged"
            | "cut"
            | "reduced"
            | "raised"
    )
}

/// What a change is a change of: up to three words right before its verb
/// (`used car and truck prices rose 10%` → `truck`, `prices`; `the CPI
/// was up 3%` → `cpi`). None unless the figure follows a change word.
fn changed(c: &ClaimEvidence) -> Option<Vec<String>> {
    let before: String = c.sentence.chars().take(c.offset).collect();
    let clean = clean_word;
    let mut words = before.split_whitespace().rev().peekable();
    if words.peek().is_some_and(|w| clean(w) == "to") {
        // The level a change ends at (`spending rises by 8.2% to £156m`):
        // back past the size of the change to its verb, in the clause.
        words.next();
        let mut back = 0;
        while words.peek().is_some_and(|w| {
            !is_change_word(&clean(w)) && !w.ends_with([',', ';', ':']) && back < 5
        }) {
            words.next();
            back += 1;
        }
    } else if words.peek().is_some_and(|w| clean(w) == "by") {
        words.next();
    }
    if !words.next().is_some_and(|w| is_change_word(&clean(w))) {
        return None;
    }
    let mut out = Vec::new();
    for raw in words {
        let w = clean(raw);
        if matches!(
            w.as_str(),
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been"
        ) && out.is_empty()
        {
            continue;
        }
        if w.is_empty()
            || raw.ends_with([',', ';', ':'])
            || lexicon::is_function_word(&w)
            || is_change_word(&w)
            || out.len() >= 3
        {
            break;
        }
        out.push(stem(&w));
    }
    (!out.is_empty()).then_some(out)
}

/// Whether two changes can be of one thing: unless each names what
/// changed and they share no word (`the CPI was up 3%` / `used car prices
/// rose 10%`).
fn same_changed(a: Option<&Vec<String>>, b: Option<&Vec<String>>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.iter().any(|w| y.contains(w)),
        _ => true,
    }
}

/// Who made a forecast, as its clause names them after `by` (`Economists
/// surveyed by Dow Jones`, `a forecast by the Fed`): the capitalised words
/// that follow, lower-cased.
fn forecaster(c: &ClaimEvidence) -> Option<String> {
    let clause = clause_of(&c.sentence, c.offset);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "by")?;
    let name: Vec<String> = words[at + 1..]
        .iter()
        .skip_while(|w| **w == "the")
        .take_while(|w| w.starts_with(char::is_uppercase))
        .map(|w| clean_word(w))
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

/// Two forecasts by forecasters named apart (`surveyed by Dow Jones` /
/// `surveyed by Refinitiv`) are two estimates, each reported right.
fn other_forecasters(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    matches!((forecaster(a), forecaster(b)), (Some(x), Some(y)) if x != y)
}

/// Nouns of a difference between two levels.
fn is_difference_word(w: &str) -> bool {
    matches!(w, "difference" | "gap" | "margin" | "lead" | "spread")
}

/// `a 300 vote difference`, `a 5-point lead`, `a margin of 300`: the
/// noun right after the figure or its counted noun, or before `of`.
fn is_difference(before: &[String], after: &[String]) -> bool {
    let next = |k: usize| after.get(k).map(String::as_str).unwrap_or("");
    let prev = |k: usize| before.get(k).map(String::as_str).unwrap_or("");
    is_difference_word(next(0))
        || (is_difference_word(next(1)) && !lexicon::is_function_word(next(0)))
        || (prev(0) == "of" && is_difference_word(prev(1)))
}

/// Words that make a figure an amount added to another (`an additional
/// $5 billion`, `another 3,000 troops`, `$6.5 trillion in extra money`):
/// an increment, never the total it is added to.
fn is_increment_word(w: &str) -> bool {
    matches!(w, "additional" | "extra" | "another" | "further")
}

/// An increment: the word right before the figure (`a further 2%`) or
/// right after `in` after it (`$2 billion in additional aid`). A count
/// of the others (`three other women`, `Biles and three fellow
/// gymnasts`) leaves out someone named, so it is no total either.
fn is_increment(before: &[String], after: &[String]) -> bool {
    before.first().is_some_and(|w| is_increment_word(w))
        || (after.first().is_some_and(|w| w == "in")
            && after.get(1).is_some_and(|w| is_increment_word(w)))
        || after
            .first()
            .is_some_and(|w| matches!(w.as_str(), "other" | "fellow"))
}

/// Read from the six words before the figure and the two after it.
fn mode(c: &ClaimEvidence) -> Mode {
    if c.kind == "date" {
        return Mode::Level;
    }
    let before = words_before(c, 6);
    let after = words_after(c, 2);
    let near = || before.iter().chain(&after).map(String::as_str);
    let at = |k: usize| before.get(k).map(String::as_str).unwrap_or("");
    // (`320 runners needed medical attention`: what was done to those
    // counted, not a figure needed.)
    if measured::done_to_people(c) {
        return Mode::Level;
    }
    if near().any(|w| {
        matches!(
            w,
            "target"
                | "targets"
                | "goal"
                | "goals"
                | "aim"
                | "aims"
                | "threshold"
                | "ambition"
                | "need"
                | "needs"
                | "needed"
                | "require"
                | "requires"
                | "required"
                | "majority"
                | "minimum"
                | "maximum"
                | "limit"
                | "cap"
        )
    }) {
        Mode::Target
    } else if measured::is_forecast(c) {
        Mode::Forecast
    } else if is_difference(&before, &after) {
        Mode::Difference
    } else if ((at(0) == "from" || (at(0) == "the" && at(1) == "from"))
        && measured_from(&before, c))
        // `a 4.3 percent increase compared to $120.1 million for the same
        // weekend last year`: what a change is measured against.
        || (matches!(at(0), "to" | "with") && at(1) == "compared")
        || (at(0) == "of" && matches!(at(1), "baseline" | "base"))
    {
        Mode::Earlier
    } else if is_increment(&before, &after)
        || (c.kind != "percentage_points"
            && (is_change_word(at(0))
                || (at(0) == "by" && (is_change_word(at(1)) || at(1).starts_with("increase")))
                || changed_by(c)
                || after.iter().take(2).enumerate().any(|(k, w)| {
                    // `7.3% increase`, `7.3% monthly increase`; `an 11% tax
                    // increase`, `a 3% pay rise`: a noun of change after the
                    // noun the figure narrows.
                    let noun_of_change = k == 1
                        && !crate::extract::lexicon::is_function_word(&after[0])
                        && matches!(
                            w.as_str(),
                            "increase" | "rise" | "hike" | "cut" | "drop" | "fall" | "reduction"
                        );
                    noun_of_change
                        || ((k == 0
                            || after[0] == "monthly"
                            || after[0] == "annual"
                            || after[0] == "yearly")
                            && matches!(
                                w.as_str(),
                                "more"
                                    | "higher"
                                    | "lower"
                                    | "less"
                                    | "fewer"
                                    | "up"
                                    | "down"
                                    | "above"
                                    | "below"
                                    | "increase"
                                    | "rise"
                                    | "drop"
                                    | "fall"
                                    | "jump"
                                    | "decline"
                                    | "cheaper"
                                    | "cut"
                                    | "hike"
                            ))
                })))
    {
        Mode::Change
    } else {
        Mode::Level
    }
}

/// Whether `from` before a figure opens the level a change is measured
/// from (`rose to 19,455 from 11,300`, `doubled from the 11,300`, `from
/// 25% to 20%`), not where something is taken or turned away from (`walk
/// away from the $8 billion project`, `money from the $2 billion fund`).
fn measured_from(before: &[String], c: &ClaimEvidence) -> bool {
    let change = |w: &str| {
        is_change_word(w)
            || matches!(
                w,
                "doubled" | "tripled" | "halved" | "quadrupled" | "changed" | "shrank" | "swelled"
            )
    };
    before.iter().any(|w| change(w))
        || words_after(c, 4)
            .iter()
            .any(|w| w == "to" || w == "compared")
}

/// Whether a written figure is precise enough that the same figure in two
/// outlets points to the same quantity: `3.2%`, `68,200`, `412`, not `two`
/// or `10,000`.
fn distinctive(surface: &str) -> bool {
    let digits: String = surface
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let digits = digits.trim_end_matches(['.', ',']);
    let significant = digits
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>();
    let significant = significant.trim_start_matches('0').trim_end_matches('0');
    digits.contains('.') || significant.len() >= 3
}

/// Rival figures for one quantity are of the same order: `$750,000` (one
/// speech) is not a rival for `$140,937,785` (eight years of income), nor
/// `two` (of its bearings) for `48,000` vehicles when the counted thing of
/// one is unknown.
fn plausible_rivals(x: &Value, y: &Value) -> bool {
    let (
        Value::Number {
            scale: a,
            range: ra,
        },
        Value::Number {
            scale: b,
            range: rb,
        },
    ) = (x, y)
    else {
        return true;
    };
    let unnamed =
        matches!((a, b), (Scale::Count(p), Scale::Count(q)) if p.is_none() || q.is_none());
    let most = if unnamed { 3.0 } else { 10.0 };
    let (lo, hi) = (ra.1.min(rb.1).abs(), ra.0.max(rb.0).abs());
    hi <= lo.max(1.0) * most
}

/// Nearby sentences that a part of a total is in: `$14 billion for the
/// disasters before Ida` and `another $10 billion for Ida` are parts of
/// `$24 billion` in another outlet.
const PARTS_NEARBY: usize = 400;

/// Does an article give two figures, near each other, that add up to `total`
/// (`$14bn … another $10bn` against `$24bn`)? Then it tells the total in
/// parts, and disagrees with neither.
fn parts_of(claims: &[ClaimEvidence], values: &[Option<Value>], total: &Value) -> bool {
    let Value::Number { range: t, .. } = total else {
        return false;
    };
    let numbers: Vec<(usize, (f64, f64))> = values
        .iter()
        .enumerate()
        .filter_map(|(k, v)| match v {
            // (Measures only of one dimension: `up to 230 km/h` is no
            // part of a rainfall.)
            Some(v @ Value::Number { range, scale })
                if same_kind(v, total)
                    && (!matches!(scale, Scale::Measure(_)) || comparable(v, total)) =>
            {
                Some((k, *range))
            }
            _ => None,
        })
        .collect();
    let bound = |k: usize| claims[k].qualifier.as_deref().is_some_and(|q| q != "exact");
    numbers.iter().enumerate().any(|(n, &(k, a))| {
        numbers[n + 1..].iter().any(|&(l, b)| {
            // A bound is a part only beside the other part in one sentence
            // (`at least $10 billion …, while another $14 billion`): with
            // a figure of another sentence (`at least 1 million`, `1.1
            // million`) it reaches almost any total.
            let nearby = if bound(k) || bound(l) {
                claims[k].sentence_start == claims[l].sentence_start
            } else {
                claims[k].sentence_start.abs_diff(claims[l].sentence_start) <= PARTS_NEARBY
            };
            // Each part is a real share of the total: `four` chains and
            // `2.2 million` doses add up to nothing said.
            let share = |r: (f64, f64)| r.1.abs() * 20.0 >= t.0.abs();
            nearby && share(a) && share(b) && overlap((a.0 + b.0, a.1 + b.1), *t)
        })
    })
}

/// `a 12-month high`, `the two-year deal`, `1-month inflation`: a
/// period joined to a noun names the span another figure is measured over,
/// not a figure of its own, so two such periods are two quantities.
fn period_modifier(c: &ClaimEvidence) -> bool {
    let surface = c.surface.trim().to_lowercase();
    surface.rsplit_once('-').is_some_and(|(n, unit)| {
        !n.is_empty()
            && !n.contains(' ')
            && matches!(
                unit.trim_end_matches('s'),
                "year" | "month" | "week" | "day" | "hour" | "minute"
            )
    })
}

/// `a two-dose regimen`, `a 35-word statement`: a number joined to a noun
/// classifies the thing it qualifies. Its noun (lower case, singular), if
/// the claim is one: such a claim is compared only with another of the
/// same noun (`35-word` / `38-word`), never with a bare figure (`two-dose`
/// / `five or more`).
fn classifier_noun(c: &ClaimEvidence) -> Option<String> {
    let surface = c.surface.trim().to_lowercase();
    let (n, noun) = surface.rsplit_once('-')?;
    (!n.is_empty()
        && !n.contains(' ')
        && n.chars().last().is_some_and(|ch| ch.is_alphanumeric())
        && noun.len() >= 2
        && noun.chars().all(char::is_alphabetic)
        // (`$1.5-billion`, `10-percent`: the figure's own scale.)
        && !matches!(
            noun,
            "hundred" | "thousand" | "million" | "billion" | "trillion" | "percent" | "point"
                | "points"
        ))
    .then(|| noun.trim_end_matches('s').to_string())
}

/// `at least 28` killed against `83`; `up to 500` against `300`: a bound
/// that the other figure keeps to is no contradiction (a toll rises as
/// reports come in; a limit is not a count).
fn bound_kept(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let kept = |bound: &ClaimEvidence, other: &ClaimEvidence| {
        let (Some(limit), Some(v)) = (bound.value, other.value.or(other.value_high)) else {
            return false;
        };
        match bound.qualifier.as_deref() {
            Some("at_least" | "more_than") => v >= limit,
            // (`less_than` also holds `nearly` and `almost`, which say
            // close to the figure: no bound to keep.)
            Some("up_to") => v <= limit,
            _ => false,
        }
    };
    // (A count whose noun is not repeated, `raised the toll to 1,941`, is
    // the same kind of count as `at least 1,419 people`.)
    let units_fit =
        a.unit == b.unit || (a.kind == "count" && (a.unit.is_none() || b.unit.is_none()));
    a.kind == b.kind && units_fit && (kept(a, b) || kept(b, a))
}

/// A figure that only bounds its quantity (`more than a third`, `up to
/// 40`).
fn open_bound(c: &ClaimEvidence) -> bool {
    matches!(
        c.qualifier.as_deref(),
        Some("more_than" | "at_least" | "less_than" | "up_to")
    )
}

/// `at least 3` and `at least 8` killed, `more than 150` and `well over
/// 1,000`: two lower bounds never contradict (a toll rises as reports come
/// in), however far apart.
fn both_lower_bounds(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let lower =
        |c: &ClaimEvidence| matches!(c.qualifier.as_deref(), Some("more_than" | "at_least"));
    lower(a) && lower(b)
}

/// A toll still being counted (`Ninety people have been killed`, `the
/// death toll has risen to 40`, `12 have died so far`), or a total still
/// adding up (`has grossed $68.5 million since opening`), lower than the
/// other outlet's figure told as done: an early count, not a
/// contradiction, as the toll rises while reports come in. A later figure
/// below a running toll, two tolls both told as done (`the attack killed
/// 90` / `killed nearly 200`), and two tolls both still being counted (two
/// counts of one moment), still disagree.
fn running_toll_below(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let running = |c: &ClaimEvidence| {
        let s = c.sentence.to_lowercase();
        (c.kind == "count"
            && TOLL_WORDS.iter().any(|w| s.contains(w))
            && RUNNING_WORDS.iter().any(|w| s.contains(w)))
            || ((c.kind == "count" || c.kind == "money")
                && RUNNING_TOTAL.iter().any(|w| s.contains(w)))
    };
    let below = |x: &ClaimEvidence, y: &ClaimEvidence| {
        running(x) && !running(y) && matches!((x.value, y.value), (Some(v), Some(w)) if v < w)
    };
    below(a, b) || below(b, a)
}

/// A total still adding up since a start (`has grossed $68.5 million
/// since opening`, `has raised $2m so far`, `to date`).
const RUNNING_TOTAL: &[&str] = &[
    "since opening",
    "since it opened",
    "since its release",
    "since launch",
    "since its launch",
    "so far",
    "to date",
];

/// Words of a casualty count.
const TOLL_WORDS: &[&str] = &[
    "killed",
    "dead",
    "died",
    "deaths",
    "injured",
    "wounded",
    "toll",
    "casualties",
];

/// Words of a count still going on: the present perfect, `so far`, a
/// toll that has risen or stands at a figure.
const RUNNING_WORDS: &[&str] = &[
    "have been killed",
    "has been killed",
    "have been injured",
    "have been wounded",
    "have died",
    "has died",
    "so far",
    "has risen",
    "has climbed",
    "stands at",
];

/// Of one kind: two dates, or numbers on one kind of scale (counts of
/// anything, money in any currency, percentages).
fn same_kind(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Number { scale: a, .. }, Value::Number { scale: b, .. }) => {
            std::mem::discriminant(a) == std::mem::discriminant(b)
        }
        (Value::Date(_), Value::Date(_)) => true,
        _ => false,
    }
}

fn comparable(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Number { scale: a, .. }, Value::Number { scale: b, .. }) => a.compatible(b),
        (Value::Date(_), Value::Date(_)) => true,
        _ => false,
    }
}

/// How many times the larger of two figures' middles is the smaller
/// (`None` unless both are positive).
fn ratio_of(r1: &(f64, f64), r2: &(f64, f64)) -> Option<f64> {
    let (a, b) = ((r1.0 + r1.1) / 2.0, (r2.0 + r2.1) / 2.0);
    (a > 0.0 && b > 0.0).then(|| a.max(b) / a.min(b))
}

/// The most times apart two figures of one quantity are read to be: a
/// total against a part, a year against a quarter, another item. Outlets
/// do misstate a figure by a multiple when they slip a scale (`$1.38
/// million` for `$1.38 billion`): those keep their digits.
const MAX_RATIO: f64 = 4.0;

/// Whether two figures are too far apart to be two readings of one
/// quantity: `MAX_RATIO` times or more, with different digits.
fn far_apart(x: &Value, y: &Value, a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let (Value::Number { range: r1, scale }, Value::Number { range: r2, .. }) = (x, y) else {
        return false;
    };
    // (Durations are paired only in near-identical contexts already.)
    if *scale == Scale::Measure(Dimension::Duration) {
        return false;
    }
    let digits = |c: &ClaimEvidence| -> String {
        c.surface
            .chars()
            .filter(char::is_ascii_digit)
            .skip_while(|d| *d == '0')
            .take(2)
            .collect()
    };
    ratio_of(r1, r2).is_some_and(|r| r >= MAX_RATIO) && digits(a) != digits(b)
}

/// `77 percent of promised benefits` / `a 23 percent cut in benefits`:
/// two shares that add up to the whole are most likely a share and its
/// complement, told from two sides, rather than two readings of one figure.
fn complementary(x: &Value, y: &Value, a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let percent = |v: &Value| {
        matches!(
            v,
            Value::Number {
                scale: Scale::Percent,
                ..
            }
        )
    };
    percent(x)
        && percent(y)
        && matches!((a.value, b.value), (Some(p), Some(q)) if p != q && (p + q - 100.0).abs() <= 0.5)
}

fn agree(x: &Value, y: &Value) -> bool {
    match (x, y) {
        // (Two measures agree only in one dimension: `up to 230 km/h` is
        // no `312 millimetres`, whatever their values in base units.)
        (
            Value::Number {
                range: a,
                scale: Scale::Measure(d),
            },
            Value::Number {
                range: b,
                scale: Scale::Measure(e),
            },
        ) => d == e && overlap(*a, *b),
        (Value::Number { range: a, .. }, Value::Number { range: b, .. }) => overlap(*a, *b),
        (Value::Date(a), Value::Date(b)) => a == b,
        _ => false,
    }
}

/// For each figure of an article: is it measured over a window back from
/// now that its sentence names before it (`Within the last three weeks,
/// spam climbed as high as 69 percent`), and does its sentence name a
/// period (`spam sent in 2004`)?
fn windowed(article: &ArticleEvidence) -> Vec<(bool, bool)> {
    let claims = &article.claims;
    claims
        .iter()
        .map(|c| {
            let mates = || {
                claims
                    .iter()
                    .filter(|w| w.sentence_start == c.sentence_start)
            };
            (
                c.kind != "date" && mates().any(|w| w.offset < c.offset && measured::is_window(w)),
                mates().any(|d| d.kind == "date" && names_a_period(d)),
            )
        })
        .collect()
}

/// What [`apart_at_one_precision`] reads of a claim.
fn precision_of(c: &ClaimEvidence) -> (&str, f64, Option<&str>) {
    (
        &c.surface,
        c.value.unwrap_or_default(),
        c.qualifier.as_deref(),
    )
}

/// A claim's anchor: its sentence's words without numbers, so that the
/// flag's key survives a corrected figure.
fn claim_anchor(c: &ClaimEvidence) -> String {
    let words: Vec<String> = c
        .sentence
        .split_whitespace()
        .filter(|w| !w.chars().any(|ch| ch.is_ascii_digit()))
        .map(|w| {
            w.chars()
                .filter(|ch| ch.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(10)
        .collect();
    let class = if c.kind == "date" { "date" } else { "num" };
    format!("c:{class}:{}", words.join("_"))
}

/// Numeric and date conflicts between the articles of a story.
pub fn claim_flags(story: &StoryEvidence) -> Vec<FlagCandidate> {
    let arts = &story.articles;
    let contexts: Vec<Vec<HashMap<String, f32>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(context).collect())
        .collect();
    let values: Vec<Vec<Option<Value>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(value_of).collect())
        .collect();
    let roles: Vec<Vec<Role>> = arts
        .iter()
        .map(|a| a.claims.iter().map(role).collect())
        .collect();
    let frames: Vec<Vec<Vec<i32>>> = arts.iter().map(frames).collect();
    let bases: Vec<Vec<bool>> = arts.iter().map(bases).collect();
    let days: Vec<Vec<Vec<usize>>> = arts.iter().map(figure_days).collect();
    let as_of: Vec<Vec<Vec<NaiveDate>>> = arts.iter().map(as_of_days).collect();
    // Read once per claim, not once per pair.
    let moments: Vec<Vec<Option<&str>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(trading_moment).collect())
        .collect();
    let purposes: Vec<Vec<Option<Vec<String>>>> = arts
        .iter()
        .map(|a| {
            // The claims of each sentence, so that each claim looks only
            // at its own sentence's (linear in the article's claims).
            let mut by_sentence: HashMap<&str, Vec<&ClaimEvidence>> = HashMap::default();
            for c in &a.claims {
                by_sentence.entry(c.sentence.as_str()).or_default().push(c);
            }
            a.claims
                .iter()
                .map(|c| list_purpose(c, &by_sentence[c.sentence.as_str()]))
                .collect()
        })
        .collect();
    let spans: Vec<Vec<Option<Span>>> = arts.iter().map(spans).collect();
    // An age limit compares only with one that bounds ages the same way
    // (`ages 12 to 15` is another group from `16 and up`), never with a
    // figure that is none.
    let age_limits: Vec<Vec<Option<AgeLimit>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(age_limit).collect())
        .collect();
    let subsets: Vec<Vec<Option<Vec<String>>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(subset_marks).collect())
        .collect();
    let members: Vec<Vec<Option<Vec<String>>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(named_members).collect())
        .collect();
    let modes: Vec<Vec<Mode>> = arts.iter().map(modes).collect();
    let things: Vec<Vec<Option<measured::Thing>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(measured::thing).collect())
        .collect();
    // Whether each figure is a goal, and the verb it is the subject of.
    let targets: Vec<Vec<bool>> = arts
        .iter()
        .map(|a| a.claims.iter().map(measured::is_target).collect())
        .collect();
    // What each figure is measured against (`against the euro`).
    let counterparts: Vec<Vec<Option<String>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(counterpart).collect())
        .collect();
    let windowed: Vec<Vec<(bool, bool)>> = arts.iter().map(windowed).collect();
    let groups: Vec<Vec<bool>> = arts
        .iter()
        .map(|a| a.claims.iter().map(group_total).collect())
        .collect();
    let changes: Vec<Vec<Option<Vec<String>>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(changed).collect())
        .collect();
    // The verb each figure is the object of (see [`OBJECT_VERB`]).
    let objects: Vec<Vec<Option<String>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(measured::object_verb).collect())
        .collect();
    let deeds: Vec<Vec<Option<String>>> = arts
        .iter()
        .map(|a| a.claims.iter().map(measured::subject_verb).collect())
        .collect();
    // How many claims of each class (scale, or a date's role) each article has.
    let class_keys: Vec<Vec<String>> = (0..arts.len())
        .map(|i| {
            values[i]
                .iter()
                .zip(&roles[i])
                .map(|(v, r)| match v {
                    Some(Value::Number { scale, .. }) if rare_kind(scale) => format!("{scale:?}"),
                    Some(Value::Date(_)) if *r != Role::Point => format!("date {r:?}"),
                    _ => String::new(),
                })
                .collect()
        })
        .collect();
    let classes: Vec<HashMap<&str, usize>> = class_keys
        .iter()
        .map(|keys| {
            let mut n: HashMap<&str, usize> = HashMap::default();
            for k in keys {
                *n.entry(k.as_str()).or_default() += 1;
            }
            n
        })
        .collect();
    let mut out = Vec::new();
    // Every pair judged one quantity, and the ones flagged, for the flags
    // a third outlet's figure carries over (see [`through_third_outlet`]).
    let mut judged: Vec<Judged> = Vec::new();
    for i in 0..arts.len() {
        for j in i + 1..arts.len() {
            if !arts[i].other_outlet(&arts[j]) {
                continue;
            }
            // Every comparable pair with its similarity (a bonus when both
            // sit in the articles' leads, which tell the main event), most
            // alike first, and whether the pair is rare enough to need less.
            let mut pairs: Vec<(f32, usize, usize, bool)> = Vec::new();
            for (x, vx) in values[i].iter().enumerate() {
                let Some(vx) = vx else { continue };
                for (y, vy) in values[j].iter().enumerate() {
                    let Some(vy) = vy else { continue };
                    let fits = match (vx, vy) {
                        (Value::Date(_), Value::Date(_))
                            if is_dateline(&arts[i].claims[x])
                                || is_dateline(&arts[j].claims[y]) =>
                        {
                            false
                        }
                        (Value::Date(dx), Value::Date(dy)) => same_event_date(
                            &arts[i].claims[x],
                            &arts[j].claims[y],
                            roles[i][x],
                            roles[j][y],
                            *dx,
                            *dy,
                        ),
                        (Value::Date(_), _) => false,
                        (Value::Number { .. }, _) => {
                            same_period(
                                &frames[i][x],
                                arts[i].published,
                                &frames[j][y],
                                arts[j].published,
                            ) && same_days((&arts[i], &days[i][x]), (&arts[j], &days[j][y]))
                                && same_moment(
                                    (&as_of[i][x], !days[i][x].is_empty(), arts[i].published),
                                    (&as_of[j][y], !days[j][y].is_empty(), arts[j].published),
                                )
                        }
                    };
                    let (cx, cy) = (&arts[i].claims[x], &arts[j].claims[y]);
                    let fits = fits
                        && if matches!(vx, Value::Date(_)) {
                            measured::events_fit(cx, cy)
                                && (roles[i][x] != Role::Point
                                    || one_happening(
                                        cx,
                                        cy,
                                        cosine(&contexts[i][x], &contexts[j][y]),
                                    ))
                        } else {
                            (measured::things_fit_read(
                                things[i][x].as_ref(),
                                things[j][y].as_ref(),
                                cx,
                                cy,
                            ) || measured::people_in_other_words(
                                (things[i][x].as_ref(), things[j][y].as_ref()),
                                (deeds[i][x].as_deref(), deeds[j][y].as_deref()),
                                cx,
                                cy,
                            )) && !measured::is_window(cx)
                                && !measured::is_window(cy)
                                && targets[i][x] == targets[j][y]
                                && measured::same_deed_read(
                                    deeds[i][x].as_deref(),
                                    deeds[j][y].as_deref(),
                                )
                        };
                    // A figure over a recent window (`within the last
                    // three weeks`) is not the figure of a named year.
                    let fits = fits
                        && !(windowed[i][x].0 && !windowed[j][y].0 && windowed[j][y].1)
                        && !(windowed[j][y].0 && !windowed[i][x].0 && windowed[i][x].1)
                        && bases[i][x] == bases[j][y]
                        && !matches!((spans[i][x], spans[j][y]), (Some(p), Some(q)) if p != q)
                        && modes[i][x] == modes[j][y]
                        && groups[i][x] == groups[j][y]
                        && (modes[i][x] != Mode::Forecast
                            || !other_forecasters(&arts[i].claims[x], &arts[j].claims[y]))
                        && same_changed(changes[i][x].as_ref(), changes[j][y].as_ref())
                        && plausible_rivals(vx, vy)
                        && counted_noun_fits(
                            (vx, vy),
                            (&arts[i].claims[x], &arts[j].claims[y]),
                            (deeds[i][x].as_deref(), deeds[j][y].as_deref()),
                        )
                        && same_group(&arts[i].claims[x], &arts[j].claims[y])
                        && same_counterpart(
                            counterparts[i][x].as_deref(),
                            counterparts[j][y].as_deref(),
                        )
                        && same_trading_moment(moments[i][x], moments[j][y])
                        && purposes_fit(
                            (&arts[i].claims[x], purposes[i][x].as_ref()),
                            (&arts[j].claims[y], purposes[j][y].as_ref()),
                        )
                        && same_person_if_age(&arts[i].claims[x], &arts[j].claims[y])
                        && age_limits[i][x] == age_limits[j][y]
                        && same_members(members[i][x].as_ref(), members[j][y].as_ref())
                        && subsets_fit(
                            (&arts[i].claims[x], subsets[i][x].as_ref()),
                            (&arts[j].claims[y], subsets[j][y].as_ref()),
                        );
                    // (People in general and people of one kind compare
                    // only when each is counted for the same deed.)
                    let people = || match (vx, vy) {
                        (Value::Number { scale: a, .. }, Value::Number { scale: b, .. }) => {
                            people_and_kind(a, b)
                                && measured::people_in_other_words(
                                    (things[i][x].as_ref(), things[j][y].as_ref()),
                                    (deeds[i][x].as_deref(), deeds[j][y].as_deref()),
                                    cx,
                                    cy,
                                )
                        }
                        _ => false,
                    };
                    if fits && (comparable(vx, vy) || people()) {
                        let lead = arts[i].claims[x].sentence_start < LEAD_CHARS
                            && arts[j].claims[y].sentence_start < LEAD_CHARS;
                        let (cx, cy) = (&arts[i].claims[x], &arts[j].claims[y]);
                        // The same precise figure twice is likely one quantity.
                        let same_figure = cx.value.is_some()
                            && cx.value == cy.value
                            && distinctive(&cx.surface)
                            && distinctive(&cy.surface);
                        // The semantic signal, when the analysis has a
                        // model: sentences unlike in meaning lower the
                        // pair (`exports fell 7%` / `the economy grew 7%`
                        // share words, not meaning). Alike ones do not
                        // raise it: in one story every sentence is about
                        // one topic and reads alike.
                        // Not for dates: which day a sentence names says
                        // little about its meaning (a quotation with its
                        // cue and a sentence about what followed can date
                        // one happening), and date pairs already need one
                        // happening on both sides.
                        let meaning = if matches!(vx, Value::Date(_)) {
                            0.0
                        } else {
                            story
                                .meaning
                                .similarity(&cx.sentence, &cy.sentence)
                                .map_or(0.0, |m| MEANING_WEIGHT * (m - 0.5).min(0.0))
                        };
                        let object = match (&objects[i][x], &objects[j][y]) {
                            (Some(p), Some(q)) if p == q => OBJECT_VERB,
                            (Some(_), Some(_)) => -OBJECT_VERB,
                            _ => 0.0,
                        };
                        let sim = cosine(&contexts[i][x], &contexts[j][y])
                            + object
                            + meaning
                            + if lead { LEAD_BONUS } else { 0.0 }
                            + if same_figure { SAME_FIGURE_BONUS } else { 0.0 };
                        let (kx, ky) = (class_keys[i][x].as_str(), class_keys[j][y].as_str());
                        let rare = !kx.is_empty()
                            && !ky.is_empty()
                            && classes[i][kx] + classes[j][ky] <= 3;
                        if sim >= AGREEING_ELSEWHERE || (rare && sim >= RARE_QUANTITY) {
                            pairs.push((sim, x, y, rare));
                        }
                    }
                }
            }
            pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            // Two values agree within their roundings; two figures of one
            // precision only within their own.
            let agree_pair = |x: usize, y: usize| match (&values[i][x], &values[j][y]) {
                (Some(a), Some(b)) => {
                    agree(a, b)
                        && !apart_at_one_precision(
                            precision_of(&arts[i].claims[x]),
                            precision_of(&arts[j].claims[y]),
                        )
                }
                _ => false,
            };
            let (mut used_x, mut used_y) =
                (vec![false; values[i].len()], vec![false; values[j].len()]);
            for &(sim, x, y, rare) in &pairs {
                if used_x[x] || used_y[y] {
                    continue;
                }
                used_x[x] = true;
                used_y[y] = true;
                let (Some(vx), Some(vy)) = (&values[i][x], &values[j][y]) else {
                    continue;
                };
                // Durations (`12-month`, `48-hour`) describe many things in
                // one story: only near-identical contexts make one quantity.
                let duration = matches!(
                    vx,
                    Value::Number {
                        scale: Scale::Measure(Dimension::Duration),
                        ..
                    }
                );
                let needed = if duration {
                    DURATION_QUANTITY
                } else if rare {
                    RARE_QUANTITY
                } else {
                    SAME_QUANTITY
                };
                // Sentences about other things, whatever words they share.
                let unlike = !matches!(vx, Value::Date(_))
                    && story
                        .meaning
                        .similarity(&arts[i].claims[x].sentence, &arts[j].claims[y].sentence)
                        .is_some_and(|m| m < OTHER_QUANTITY);
                if sim >= needed && !unlike {
                    judged.push(Judged {
                        a: (i, x),
                        b: (j, y),
                        sim,
                        agrees: agree_pair(x, y),
                        flagged: false,
                    });
                }
                if sim < needed
                    || unlike
                    || period_modifier(&arts[i].claims[x])
                    || period_modifier(&arts[j].claims[y])
                    || classifier_noun(&arts[i].claims[x]) != classifier_noun(&arts[j].claims[y])
                    || agree_pair(x, y)
                    || complementary(vx, vy, &arts[i].claims[x], &arts[j].claims[y])
                    || far_apart(vx, vy, &arts[i].claims[x], &arts[j].claims[y])
                    || both_lower_bounds(&arts[i].claims[x], &arts[j].claims[y])
                    || running_toll_below(&arts[i].claims[x], &arts[j].claims[y])
                    || bound_kept(&arts[i].claims[x], &arts[j].claims[y])
                    || same_weekday(&arts[i].claims[x], &arts[j].claims[y])
                    || same_distance_back(
                        (&arts[i].claims[x], vx, arts[i].published),
                        (&arts[j].claims[y], vy, arts[j].published),
                    )
                    || next_days_weekday(&arts[i].claims[x], vx, arts[i].published)
                    || next_days_weekday(&arts[j].claims[y], vy, arts[j].published)
                    || publication_day_off(
                        (&arts[i].claims[x], vx, arts[i].published),
                        (&arts[j].claims[y], vy, arts[j].published),
                    )
                {
                    continue;
                }
                // An agreeing value for a similar subject on either side:
                // the two disagreeing claims are more likely different quantities.
                let agreed_elsewhere = pairs.iter().any(|&(s, x2, y2, _)| {
                    s >= AGREEING_ELSEWHERE
                        && (x2 == x || y2 == y)
                        && (agree_pair(x2, y2)
                            || same_weekday(&arts[i].claims[x2], &arts[j].claims[y2]))
                });
                // The other side's figure is in this article too (`lease
                // 100 tankers, to replace 136 aging …`): each outlet gives
                // both quantities, and they disagree on neither.
                let given_too = |a: usize, own: usize, b: usize, other: usize| {
                    also_in(story, (&values, &contexts), (a, own), (b, other))
                };
                if agreed_elsewhere
                    || given_too(i, x, j, y)
                    || given_too(j, y, i, x)
                    || parts_of(&arts[j].claims, &values[j], vx)
                    || parts_of(&arts[i].claims, &values[i], vy)
                {
                    continue;
                }
                if let Some(last) = judged.last_mut() {
                    last.flagged = true;
                }
                out.push(candidate(story, (i, x), (j, y), vx, vy, sim));
            }
        }
    }
    out.extend(through_third_outlet(story, (&values, &contexts), &judged));
    out
}

/// Each article's claim values and word contexts, by article and claim.
type StoryFigures<'a> = (&'a [Vec<Option<Value>>], &'a [Vec<HashMap<String, f32>>]);

/// The other side's figure is in this article too (`lease 100 tankers,
/// to replace 136 aging …`): whether article `a` has, besides its claim
/// `own`, a figure agreeing with claim `other` of article `b`, in `own`'s
/// sentence or in a context like `other`'s. Each outlet then gives both
/// quantities, and they disagree on neither. (An open bound, `more than a
/// third`, agrees with any larger figure of the article, so finding one
/// says nothing.)
fn also_in(
    story: &StoryEvidence,
    (values, contexts): StoryFigures<'_>,
    (a, own): (usize, usize),
    (b, other): (usize, usize),
) -> bool {
    let arts = &story.articles;
    let Some(v) = &values[b][other] else {
        return false;
    };
    !open_bound(&arts[b].claims[other])
        && values[a].iter().enumerate().any(|(k, vk)| {
            k != own
                && vk
                    .as_ref()
                    .is_some_and(|vk| same_kind(vk, v) && agree(vk, v))
                && !apart_at_one_precision(
                    precision_of(&arts[a].claims[k]),
                    precision_of(&arts[b].claims[other]),
                )
                && (arts[a].claims[k].sentence_start == arts[a].claims[own].sentence_start
                    || cosine(&contexts[a][k], &contexts[b][other]) >= FIGURE_ELSEWHERE)
        })
}

/// A claim of a story: its article's index and its own.
type ClaimAt = (usize, usize);

/// A pair of claims of two articles judged one quantity: similar enough
/// contexts, every structural check passed, taken as each other's best
/// match. `agrees` when their values agree; `flagged` when they were
/// flagged.
struct Judged {
    a: (usize, usize),
    b: (usize, usize),
    sim: f32,
    agrees: bool,
    flagged: bool,
}

/// Flags a third outlet carries over. Outlet A gives 150, outlet B gives
/// 150 for the same quantity, outlet C gives 250 and was flagged against
/// A: B disagrees with C as much, even where B's and C's own wordings
/// were too far apart to be paired (`licensed for 150 passengers` /
/// `licensed to carry 250`), or a check that guards against pairing two
/// quantities held them back. Only where neither side was matched to
/// another claim of the other's article (a figure with its own
/// counterpart there is compared with that), and neither article gives
/// the other's figure too ([`also_in`]).
fn through_third_outlet(
    story: &StoryEvidence,
    (values, contexts): StoryFigures<'_>,
    judged: &[Judged],
) -> Vec<FlagCandidate> {
    let arts = &story.articles;
    // Indexed once (not scanned per flag): who each claim was matched with
    // in each other article (the first match, as judged), and the claims
    // each claim agrees with.
    let mut matched: HashMap<((usize, usize), usize), (usize, usize)> = HashMap::default();
    let mut agreeing: HashMap<ClaimAt, Vec<(ClaimAt, f32)>> = HashMap::default();
    for p in judged {
        matched.entry((p.a, p.b.0)).or_insert(p.b);
        matched.entry((p.b, p.a.0)).or_insert(p.a);
        if p.agrees {
            agreeing.entry(p.a).or_default().push((p.b, p.sim));
            agreeing.entry(p.b).or_default().push((p.a, p.sim));
        }
    }
    let mut done: std::collections::HashSet<((usize, usize), (usize, usize))> = judged
        .iter()
        .filter(|p| p.flagged)
        .map(|p| (p.a, p.b))
        .collect();
    let mut out = Vec::new();
    for flag in judged.iter().filter(|p| p.flagged) {
        for (shared, far) in [(flag.a, flag.b), (flag.b, flag.a)] {
            for &(near, link_sim) in agreeing.get(&shared).map_or(&[][..], Vec::as_slice) {
                let (k, j) = (near.0, far.0);
                if k == j || !arts[k].other_outlet(&arts[j]) {
                    continue;
                }
                let free = |c: (usize, usize), other: (usize, usize)| {
                    matched.get(&(c, other.0)).is_none_or(|&m| m == other)
                };
                let (first, second) = if k < j { (near, far) } else { (far, near) };
                if !free(near, far) || !free(far, near) || done.contains(&(first, second)) {
                    continue;
                }
                let (Some(v1), Some(v2)) = (&values[first.0][first.1], &values[second.0][second.1])
                else {
                    continue;
                };
                // (The guard a pair compared itself passes: each outlet
                // giving both figures disagrees on neither.)
                if agree(v1, v2)
                    || also_in(story, (values, contexts), first, second)
                    || also_in(story, (values, contexts), second, first)
                {
                    continue;
                }
                done.insert((first, second));
                let mut c = candidate(story, first, second, v1, v2, flag.sim.min(link_sim));
                // (The two sides' own contexts were not what joined them:
                // say what did.)
                if let Some(at) = c.explanation.find(" Judged one quantity") {
                    c.explanation.truncate(at);
                }
                let via = &arts[shared.0];
                c.explanation.push_str(&format!(
                    " Judged one quantity through {}: it gives {} for the quantity one side \
                     gives, and was flagged against the other.",
                    via.describe(),
                    via.claims[shared.1].surface
                ));
                out.push(c);
            }
        }
    }
    out
}

fn side(a: &ArticleEvidence, index: usize, at: usize) -> Side {
    let c = &a.claims[at];
    Side {
        article: index,
        quote: None,
        claim: Some(c.id),
        text: c.surface.clone(),
        anchor: claim_anchor(c),
    }
}

/// Numbers as a reader would write them: 39, 3.1, 68,000, 2,300,000.
fn number(v: f64) -> String {
    if v.fract().abs() < 1e-9 {
        let s = format!("{}", v.abs() as i64);
        let mut out = String::new();
        for (k, ch) in s.chars().enumerate() {
            if k > 0 && (s.len() - k) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        if v < 0.0 { format!("-{out}") } else { out }
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn candidate(
    story: &StoryEvidence,
    (i, x): (usize, usize),
    (j, y): (usize, usize),
    vx: &Value,
    vy: &Value,
    sim: f32,
) -> FlagCandidate {
    let (a, b) = (&story.articles[i], &story.articles[j]);
    let (ca, cb) = (&a.claims[x], &b.claims[y]);
    // The fuller of the two subjects names the quantity.
    let subject = [ca.subject.as_deref(), cb.subject.as_deref()]
        .into_iter()
        .flatten()
        .max_by_key(|s| s.split_whitespace().count())
        .map(|s| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        });
    let (kind, apart, score) = match (vx, vy) {
        (Value::Date(d1), Value::Date(d2)) => {
            let days = (*d1 - *d2).num_days().abs();
            let apart = if days == 1 {
                "a day apart".to_string()
            } else {
                format!("{days} days apart")
            };
            // A date written out (`4 March`) is surer than one we resolved
            // from a weekday or `yesterday` against a publication date
            // that may be late, early, or in another time zone.
            let written = [ca, cb]
                .iter()
                .filter(|c| c.surface.chars().any(|ch| ch.is_ascii_digit()))
                .count();
            // Two weekdays (`Tuesday` / `Monday`) are both our readings:
            // a low priority.
            let sim = sim.min(1.0) as f64;
            let score = match written {
                0 => 0.15 + 0.35 * sim,
                1 => 0.3 + 0.4 * sim,
                _ => 0.4 + 0.4 * sim,
            };
            (FlagKind::DateConflict, apart, score)
        }
        (Value::Number { scale, range: r1 }, Value::Number { range: r2, .. }) => {
            let (v1, v2) = (ca.value.unwrap_or(0.0), cb.value.unwrap_or(0.0));
            let shares = |c: &ClaimEvidence, v: f64| {
                if c.unit.as_deref() == Some("fraction") {
                    v * 100.0
                } else {
                    v
                }
            };
            let diff = (shares(ca, v1) - shares(cb, v2)).abs();
            let apart = match scale {
                Scale::Percent | Scale::PercentPer(_) | Scale::Points => {
                    format!("{} points apart", number(diff))
                }
                Scale::Money(code) => format!("{} {code} apart", number(diff)),
                Scale::Times => format!("{}× apart", number(diff)),
                Scale::Count(_) => format!("{} apart", number(diff)),
                // Measures may be written in two units: apart in the base unit.
                Scale::Measure(d) => {
                    let mid = |r: &(f64, f64)| (r.0 + r.1) / 2.0;
                    let base = (mid(r1) - mid(r2)).abs();
                    // Durations read best in the first figure's own unit.
                    let own = ca.unit.as_deref().and_then(|u| Some((u, conversion(u)?.1)));
                    match own {
                        Some((u, f)) if *d == Dimension::Duration => {
                            format!("{} {u} apart", number(base / f))
                        }
                        _ => format!("{} {} apart", number(base), d.base()),
                    }
                }
            };
            let hedged = ca.qualifier.as_deref().is_some_and(|q| q != "exact")
                || cb.qualifier.as_deref().is_some_and(|q| q != "exact");
            let beyond = if hedged {
                "beyond what the hedges allow"
            } else {
                "beyond rounding"
            };
            let relative = gap(*r1, *r2);
            // (Weak sameness evidence ranks low: most figures paired on a
            // context similarity near the threshold are two quantities. So
            // do figures far apart: outlets misreport a figure by a little
            // more often than by a multiple.)
            let ratio = ratio_of(r1, r2).unwrap_or(1.0);
            let plausible = (1.0 - (ratio.log2() - 0.6).max(0.0) * 0.35).clamp(0.4, 1.0);
            let score = (0.2 + 0.8 * sim.min(1.0) as f64)
                * (0.5 + 0.5 * (relative * 5.0).min(1.0))
                * plausible;
            (
                FlagKind::NumericConflict,
                format!("{apart}, {beyond}"),
                score,
            )
        }
        _ => unreachable!("only comparable values are paired"),
    };
    // What made the two dates one happening, for the reviewer.
    let event = match (kind, measured::happening(ca, cb)) {
        (FlagKind::DateConflict, Some(h)) => format!(" One happening: {}.", h.describe()),
        _ => String::new(),
    };
    let what = subject.unwrap_or_else(|| {
        if kind == FlagKind::DateConflict {
            "Date".into()
        } else {
            "Figure".into()
        }
    });
    FlagCandidate {
        kind,
        a: side(a, i, x),
        b: side(b, j, y),
        score: (score * 1000.0).round() / 1000.0,
        explanation: format!(
            "{what}: {} ({}) vs {} ({}) — {apart}.{event}{}",
            ca.surface,
            a.describe(),
            cb.surface,
            b.describe(),
            match story.meaning.similarity(&ca.sentence, &cb.sentence) {
                Some(m) => format!(
                    " Judged one quantity: the contexts share words (similarity {sim:.2}) and \
                     the sentences read alike in meaning (cosine {m:.2})."
                ),
                None =>
                    format!(" Judged one quantity: the contexts share words (similarity {sim:.2})."),
            }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The similarity of two contexts is the same number in every run (a
    /// map whose order changed between runs added its terms in another
    /// order, and a flag's pair then changed with the last bit of a sum).
    #[test]
    fn context_similarity_is_the_same_bits_every_time() {
        let bag = |offset: usize| -> HashMap<String, f32> {
            (0..60)
                .map(|i| (format!("w{}", i + offset), 0.1 + (i as f32) / 7.0))
                .collect()
        };
        let first = cosine(&bag(0), &bag(17)).to_bits();
        for _ in 0..20 {
            assert_eq!(cosine(&bag(0), &bag(17)).to_bits(), first);
        }
    }

    #[test]
    fn a_figure_s_clause_ends_at_clause_breaks() {
        for (sentence, figure, clause) in [
            (
                "Over 55% of adults have had a dose, and 39% are fully vaccinated.",
                "39%",
                "and 39% are fully vaccinated.",
            ),
            (
                "Over 55% of adults have had a dose, and 39% are fully vaccinated.",
                "55%",
                "Over 55% of adults have had a dose, ",
            ),
            (
                "Sears was up 22 percent, whilst Kmart gained 15 percent.",
                "15",
                "whilst Kmart gained 15 percent.",
            ),
            (
                "With Sears up 22 percent and Kmart ahead 15 percent.",
                "15",
                "and Kmart ahead 15 percent.",
            ),
            (
                "Prices rose 21 percent and fell 3 percent in May.",
                "3",
                "Prices rose 21 percent and fell 3 percent in May.",
            ),
            ("", "", ""),
        ] {
            let offset = sentence
                .find(figure)
                .map_or(0, |b| sentence[..b].chars().count());
            assert_eq!(
                clause_of(sentence, offset),
                clause,
                "{figure} in {sentence}"
            );
        }
    }
    use crate::analysis::Document;
    use crate::compare::flags::StoryEvidence;

    /// An article of the story, its claims found by the real extractor.
    fn article(id: i64, source: &str, published: &str, text: &str) -> ArticleEvidence {
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
        let doc = Document::from_raw(text);
        let ex = crate::extract::extract_article(&doc, published);
        let claims = ex
            .claims
            .iter()
            .enumerate()
            .map(|(k, c)| ClaimEvidence {
                id: id * 100 + k as i64,
                kind: c.kind.as_str().to_string(),
                value: c.value.as_number(),
                value_high: c.value_high,
                date: c.value.as_date(),
                granularity: c.granularity.map(|g| g.as_str().to_string()),
                unit: c.unit.clone(),
                qualifier: c.qualifier.map(|q| q.as_str().to_string()),
                surface: c.surface.clone(),
                subject: c.subject.clone(),
                sentence: c.sentence.clone(),
                offset: c.start - c.sentence_start,
                sentence_start: c.sentence_start,
            })
            .collect();
        ArticleEvidence {
            id,
            external_id: format!("a{id}"),
            source: Some(source.into()),
            published,
            quotes: Vec::new(),
            claims,
        }
    }

    /// Compares two outlets' texts; `expected` lists the flagged pairs of
    /// surfaces (first outlet's, second outlet's).
    fn check(a: &str, b: &str, expected: &[(&str, &str)]) {
        let story = StoryEvidence {
            meaning: Default::default(),
            articles: vec![
                article(1, "Outlet A", "2024-10-01", a),
                article(2, "Outlet B", "2024-10-02", b),
            ],
        };
        let got: Vec<(String, String)> = claim_flags(&story)
            .into_iter()
            .map(|f| (f.a.text, f.b.text))
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(x, y)| (x.to_string(), y.to_string()))
            .collect();
        assert_eq!(got, want, "flags between\n  {a}\n  {b}");
    }

    /// Compares three outlets' texts; `expected` lists the flagged pairs of
    /// surfaces (the earlier outlet's first).
    fn check_three(texts: [&str; 3], expected: &[(&str, &str)]) {
        let story = StoryEvidence {
            meaning: Default::default(),
            articles: vec![
                article(1, "Outlet A", "2024-10-01", texts[0]),
                article(2, "Outlet B", "2024-10-02", texts[1]),
                article(3, "Outlet C", "2024-10-02", texts[2]),
            ],
        };
        let mut got: Vec<(String, String)> = claim_flags(&story)
            .into_iter()
            .map(|f| (f.a.text, f.b.text))
            .collect();
        got.sort();
        let mut want: Vec<(String, String)> = expected
            .iter()
            .map(|(x, y)| (x.to_string(), y.to_string()))
            .collect();
        want.sort();
        assert_eq!(
            got, want,
            "flags between\n  {}\n  {}\n  {}",
            texts[0], texts[1], texts[2]
        );
    }

    /// A figure two outlets agree on, flagged against a third: the second
    /// outlet disagrees with the third as much, however it words it.
    #[test]
    fn a_flag_carries_over_through_an_agreeing_outlet() {
        check_three(
            [
                "The ferry was licensed to carry 150 passengers, the coastguard said.",
                "The ferry was licensed to carry 150 passengers and 12 crew, according to the maritime authority's register.",
                "The ferry, licensed to carry 250 passengers, left port on Friday night.",
            ],
            &[("150", "250"), ("150", "250")],
        );
        // Where the second outlet's figure has its own counterpart in the
        // third, nothing is carried over: that pair was compared itself.
        check_three(
            [
                "Nine pieces of jewellery were stolen from the museum.",
                "Thieves took nine pieces of jewellery from the museum.",
                "Thieves took nine pieces of jewellery from the museum, and seven pieces were recovered.",
            ],
            &[],
        );
    }

    /// What a figure is: a change whose verb stands before its object and
    /// its amount after `by`; a comparative after a figure is not what it
    /// counts.
    #[test]
    fn a_change_with_its_amount_after_by() {
        for (sentence, figure, want) in [
            (
                "The pill cut the risk of death or admission by about a fifth.",
                "about a fifth",
                Mode::Change,
            ),
            (
                "The operator lowered the price of a day ticket by £3.",
                "£3",
                Mode::Change,
            ),
            (
                "The council raised parking fees in the city centre by 12%.",
                "12%",
                Mode::Change,
            ),
            // `by` without a verb of change before it.
            ("The bill was backed by 62% of members.", "62%", Mode::Level),
            // A verb of change in an earlier clause.
            (
                "Prices rose, and the plan was backed by 62% of members.",
                "62%",
                Mode::Level,
            ),
            (
                "In the trial, 18.2 per cent of patients on the drug were admitted.",
                "18.2 per cent",
                Mode::Level,
            ),
            // What a change is compared with is an earlier level.
            (
                "Takings rose 4.3 percent compared to $120.1 million a year ago.",
                "$120.1 million",
                Mode::Earlier,
            ),
            (
                "Sales reached $9bn, compared with $7bn in 2022.",
                "$7bn",
                Mode::Earlier,
            ),
            // A figure needed is a target; people who needed care were
            // counted.
            (
                "The party needed 326 seats for a majority.",
                "326",
                Mode::Target,
            ),
            (
                "Some 320 runners needed medical attention, the organisers said.",
                "320",
                Mode::Level,
            ),
        ] {
            let c = crate::compare::claim_at(sentence, figure, None);
            assert_eq!(mode(&c), want, "{figure} in {sentence}");
        }
    }

    /// A group's total is not one member's figure.
    #[test]
    fn a_groups_total_is_not_one_members_figure() {
        check(
            "That film took $44.7 million over the holiday weekend, according to the tracker.",
            "This weekend's top 12 films took an estimated $125.4 million, according to the tracker.",
            &[],
        );
        check(
            "All 27 member states pledged €3bn to the fund, the commission said.",
            "The member states pledged €5bn to the fund, the commission said.",
            &[],
        );
        // Two totals of one group still compare.
        check(
            "This weekend's top 12 films took $125.4 million, according to the tracker.",
            "The top 12 films took $141.9 million this weekend, according to the tracker.",
            &[("$125.4 million", "$141.9 million")],
        );
    }

    /// A total spread over several members is not one member's figure.
    #[test]
    fn a_total_across_members_is_not_one_members_figure() {
        check(
            "The group, which employs about 19,000 people across its four mines, said it would pay the families.",
            "The mine employs roughly 6,800 people, the company said.",
            &[],
        );
        check(
            "The chain took £310m in sales at its 12 stores last year.",
            "The flagship store took £95m in sales last year.",
            &[],
        );
        // A span of time is no set of members.
        check(
            "The mine employs about 6,800 people across two shifts, the company said.",
            "The mine employs roughly 4,100 people, the company said.",
            &[("about 6,800", "roughly 4,100")],
        );
    }

    /// People counted for one deed written in other words are one count.
    #[test]
    fn people_counted_for_one_deed_in_other_words() {
        check(
            "Some 320 runners needed medical attention, most for heat exhaustion, the race doctor said.",
            "About 130 runners were treated for heat-related illness, organisers said.",
            &[("Some 320", "About 130")],
        );
        check(
            "About 2,300 visitors were evacuated after the alarm was raised at the zoo.",
            "Some 3,200 people were ushered out of the zoo during the search.",
            &[("About 2,300", "Some 3,200")],
        );
        check(
            "Forty were hurt and nine were taken to hospital after the crush at the festival.",
            "In all 19 festival-goers needed hospital treatment after the crush at the festival.",
            &[("nine", "19")],
        );
        // Different deeds are different counts.
        check(
            "About 2,300 visitors were evacuated after the alarm was raised at the zoo.",
            "Some 3,200 people were injured in the crush at the zoo.",
            &[],
        );
        check(
            "Some 320 runners needed medical attention, most for heat exhaustion, the race doctor said.",
            "Fourteen runners were taken to hospital for heat exhaustion, organisers said.",
            &[],
        );
    }

    /// A measure of another dimension is no part of a total (`up to 230
    /// km/h` and `312 millimetres` do not add up to `412mm`).
    #[test]
    fn parts_of_a_total_are_of_its_dimension() {
        check(
            "The town recorded 412mm of rain in the 24 hours to 9am, the bureau said.",
            "The storm brought gusts of up to 230 km/h and 312 millimetres of rain in 24 hours, the bureau said.",
            &[("412mm", "312 millimetres")],
        );
        // Nor does it agree with a figure of another dimension.
        check(
            "The storm brought gusts of up to 230 km/h and 412mm of rain in the 24 hours to 9am.",
            "The town recorded 312 millimetres of rain in 24 hours, the bureau said.",
            &[("412mm", "312 millimetres")],
        );
    }

    /// A bare count whose clause names the other's counted noun in the
    /// plural counts the same thing (`Seven of the city's libraries` /
    /// `nine libraries`).
    #[test]
    fn a_bare_count_of_a_noun_in_the_plural() {
        check(
            "Seven of the city's libraries will move to reduced opening hours, the council said.",
            "The cuts mean reduced opening hours at nine libraries, the council said.",
            &[("Seven", "nine")],
        );
    }

    /// Of two figures in one sentence, the other outlet's figure is the one
    /// that is the object of the same verb.
    #[test]
    fn the_figure_of_the_same_verb_is_paired() {
        check(
            "The spacecraft cost roughly $310 million including launch and was insured for $275 million.",
            "The satellite, launched in October, was insured for $175 million, the company said.",
            &[("$275 million", "$175 million")],
        );
    }

    /// The level a change ends at (`rises by 8.2% to £156m`) is the level
    /// of what changed: another item's level is another quantity.
    #[test]
    fn the_level_a_change_ends_at_is_of_what_changed() {
        check(
            "Spending on adult social care rises by 8.2% to £156m, the largest item in the budget.",
            "Adult social care spending will increase by 8.2 per cent, while spending on children's services rises by 3.1 per cent to £88m.",
            &[],
        );
        // The same item's level still compares.
        check(
            "Spending on adult social care rises by 8.2% to £156m, the largest item in the budget.",
            "Spending on adult social care will rise to £165m next year, the council said.",
            &[("£156m", "£165m")],
        );
    }

    /// `not … until` a day dates the happening; `until` alone ends a span.
    #[test]
    fn not_until_a_day_is_the_day_it_happened() {
        for (sentence, date, want) in [
            (
                "The breach was not discovered until Sept. 4, the company said.",
                "Sept. 4",
                Role::Point,
            ),
            (
                "The ferry did not leave until Friday.",
                "Friday",
                Role::Point,
            ),
            ("Results weren't known until Monday.", "Monday", Role::Point),
            ("The road is closed until Friday.", "Friday", Role::End),
            (
                "Staff have until April 16 to respond.",
                "April 16",
                Role::End,
            ),
        ] {
            let c = crate::compare::claim_at(sentence, date, None);
            assert_eq!(role(&c), want, "{date} in {sentence}");
        }
    }

    /// A time after a sentence's figures, in a clause of its own, times
    /// what that clause says.
    #[test]
    fn a_time_in_a_clause_of_its_own() {
        for (sentence, figure, time, own) in [
            (
                "27 per cent of patients waited longer than 26 weeks, the target set by the ministry in 2019.",
                "27 per cent",
                "2019",
                true,
            ),
            (
                "The museum drew 410,000 visitors, more than the old hall, which opened in 1998.",
                "410,000",
                "1998",
                true,
            ),
            ("Exports fell 4% to $12bn in 2023.", "4%", "2023", false),
            ("The firm earned $3bn, up 4%, in 2021.", "4%", "2021", false),
        ] {
            let c = crate::compare::claim_at(sentence, figure, None);
            let end = c.offset + c.surface.chars().count();
            let at = sentence[..sentence.find(time).unwrap()].chars().count();
            assert_eq!(
                times_its_own_clause(sentence, end, at),
                own,
                "{time} in {sentence}"
            );
        }
    }

    #[test]
    fn the_same_quantity_with_values_beyond_rounding() {
        check(
            "Of the junior doctors rostered, 39% reported for duty on Tuesday.",
            "Only 43% of junior doctors rostered reported for duty on Tuesday.",
            &[("39%", "43%")],
        );
        check(
            "Of the junior doctors rostered, 39% reported for duty.",
            "Only 39 per cent of junior doctors rostered reported for duty.",
            &[],
        );
    }

    /// Figures many times apart are two quantities, unless the digits are
    /// the same (a slipped scale word).
    #[test]
    fn a_figure_over_a_recent_window_is_not_a_named_years() {
        check(
            "Almost half of all spam sent in 2024, roughly 42 percent, came through hijacked computers, researchers said.",
            "Within the last three weeks, spam sent through hijacked computers climbed as high as 69 percent.",
            &[],
        );
        check(
            "In 2024, 45% of the county's adults got a flu shot at a pharmacy.",
            "Over the past two weeks, 38% of the county's adults got a flu shot at a pharmacy.",
            &[],
        );
        // Two figures over the same window compare.
        check(
            "Over the past two weeks, 45% of the county's adults got a flu shot at a pharmacy.",
            "Over the past two weeks, 38% of the county's adults got a flu shot at a pharmacy.",
            &[("45%", "38%")],
        );
    }

    #[test]
    fn figures_of_one_precision_disagree_beyond_their_rounding() {
        check(
            "The chains threw away 2.3 million doses of the vaccine, the agency said.",
            "The chains wasted 2.2 million doses of the vaccine, according to the agency.",
            &[("2.3 million", "2.2 million")],
        );
        // One digit more: the shorter figure must be the longer rounded.
        check(
            "The grocer agreed to buy its rival in an $11 billion deal on Wednesday.",
            "The grocer agreed to buy its rival in an $11.5 billion deal on Wednesday.",
            &[("$11 billion", "$11.5 billion")],
        );
        // Nor is the shorter figure, said again elsewhere, the longer one.
        check(
            "The grocer agreed to buy its rival in an $11 billion deal on Wednesday. The deal values the rival's shares at $11 billion.",
            "The grocer agreed to buy its rival in an $11.5 billion deal on Wednesday.",
            &[("$11 billion", "$11.5 billion")],
        );
        check(
            "The grocer agreed to buy its rival in a $12 billion deal on Wednesday.",
            "The grocer agreed to buy its rival in an $11.5 billion deal on Wednesday.",
            &[],
        );
        // A bound beside a figure adds up to almost anything: no parts.
        check(
            "The county lost 2.3 million doses in the spring, the agency said.",
            "The county lost 2.2 million doses in the spring, the agency said. Clinics lost at least 1 million of them. Pharmacies lost 1.1 million.",
            &[("2.3 million", "2.2 million")],
        );
        // Nor does a small count beside the figure make it a sum of parts.
        check(
            "The county lost 2.3 million doses in the spring, the agency said.",
            "The four chains said the county lost 2.2 million doses in the spring.",
            &[("2.3 million", "2.2 million")],
        );
        // Beside the other part in one sentence, a bound is a part.
        check(
            "At least $10 billion would rebuild the coast, while another $14 billion would go to the farms.",
            "The governor wants $24 billion to rebuild the coast and help the farms.",
            &[],
        );
        // A cut-off of a precise figure is no disagreement.
        check(
            "The chains threw away 2.3 million doses of the vaccine, the agency said.",
            "The chains wasted 2,341,206 doses of the vaccine, according to the agency.",
            &[],
        );
    }

    #[test]
    fn figures_many_times_apart_are_two_quantities() {
        check(
            "The council will spend $170 million on the new bridge, officials said.",
            "The council will spend $1.38 billion on the new bridge, officials said.",
            &[],
        );
        check(
            "The council will spend $2.5 million on the new bridge, officials said.",
            "The council will spend $25 million on the new bridge, officials said.",
            &[("$2.5 million", "$25 million")],
        );
        check(
            "The council will spend $170 million on the new bridge, officials said.",
            "The council will spend $290 million on the new bridge, officials said.",
            &[("$170 million", "$290 million")],
        );
    }

    /// A share and its complement are two sides of one figure.
    #[test]
    fn a_share_and_its_complement_agree() {
        check(
            "After 2036 the scheme will pay only 77 percent of promised benefits, the trustees said.",
            "After 2036 pensioners face a 23 percent cut in promised benefits, the trustees said.",
            &[],
        );
        check(
            "After 2036 the scheme will pay only 77 percent of promised benefits, the trustees said.",
            "After 2036 the scheme will pay only 73 percent of promised benefits, the trustees said.",
            &[("77 percent", "73 percent")],
        );
    }

    /// Durations compare across their units, in near-identical contexts.
    #[test]
    fn durations_compare_across_units() {
        check(
            "Repairs to the flooded valley road will take 10 days, the council said.",
            "Repairs to the flooded valley road will take four weeks, the council said.",
            &[("10 days", "four weeks")],
        );
        check(
            "Repairs to the valley road will take two weeks, the council said.\n\nPupils at the flooded primary school will miss 10 days of lessons, the head teacher said.",
            "Repairs to the valley road will take 14 days, the council said.\n\nPupils at the flooded primary school will miss six weeks of lessons, the head teacher said.",
            &[("10 days", "six weeks")],
        );
        check(
            "Repairs to the flooded valley road will take two weeks, the council said.",
            "Repairs to the flooded valley road will take 14 days, the council said.",
            &[],
        );
    }

    #[test]
    fn a_bound_the_other_figure_keeps_is_no_contradiction() {
        check(
            "At least 28 Palestinians have been killed in the strikes on Gaza, officials said.",
            "83 Palestinians have been killed in the strikes on Gaza, officials said.",
            &[],
        );
        check(
            "At least 90 Palestinians have been killed in the strikes on Gaza, officials said.",
            "83 Palestinians have been killed in the strikes on Gaza, officials said.",
            &[("At least 90", "83")],
        );
        check(
            "An earthquake on Saturday killed at least 1,419 people in Haiti, officials said.",
            "Officials raised the death toll from the earthquake in Haiti to 1,941 on Tuesday.",
            &[],
        );
        // `almost` says close to the figure, no bound.
        check(
            "Almost 48,000 people marched through the city centre on Saturday, police said.",
            "About 38,000 people marched through the city centre on Saturday, police said.",
            &[("Almost 48,000", "About 38,000")],
        );
    }

    #[test]
    fn a_number_joined_to_a_noun_compares_only_with_the_same_noun() {
        check(
            "The two-dose regimen protected patients in the trial of the vaccine.",
            "Patients in the trial of the vaccine got five or more doses.",
            &[],
        );
        check(
            "The senator issued a 35-word statement about the trial of the vaccine.",
            "The senator issued a 38-word statement about the trial of the vaccine.",
            &[("35-word", "38-word")],
        );
    }

    /// A time after an earlier level that ends the sentence (`up from
    /// 31.2% in 2020`, `from $368m a year earlier`) dates that level, not
    /// the figure the sentence is about.
    #[test]
    fn a_time_after_an_earlier_level_is_that_levels() {
        check(
            "Turnout was 38.6%, up from 31.2% in the last mayoral election in 2020.",
            "Turnout in the mayoral election reached 41%, county data show.",
            &[("38.6%", "41%")],
        );
        check(
            "Quarterly revenue was $412.3 million, up from $368.1 million a year earlier.",
            "Quarterly revenue came to $421 million, the company said.",
            &[("$412.3 million", "$421 million")],
        );
        // The earlier level itself still belongs to its year.
        check(
            "Turnout was 38.6%, up from 31.2% in the last mayoral election in 2020.",
            "Turnout in the mayoral election reached 35%, county data show.",
            &[("38.6%", "35%")],
        );
        // A time after a figure that is no earlier level still scopes
        // over the whole sentence.
        check(
            "Turnout was 38.6% and 12,000 ballots came by mail in 2020.",
            "Turnout in the mayoral election reached 41%, county data show.",
            &[],
        );
    }

    #[test]
    fn a_figure_for_another_period_is_another_quantity() {
        // Last year's rate and this year's; an annual and a monthly change.
        check(
            "Last year's pass rate was 82.8%.",
            "The pass rate was 84.1% this year.",
            &[],
        );
        check(
            "House prices were 3.2 per cent higher than a year earlier.",
            "House prices rose 0.7% last month.",
            &[],
        );
    }

    #[test]
    fn targets_bases_and_changes_are_not_levels() {
        check(
            "Some 93 percent of kindergartners are fully vaccinated.",
            "Officials have set a target of 95% coverage among kindergartners.",
            &[],
        );
        check(
            "Some 43% of the 26,000 junior doctors rostered for the shift had signed in.",
            "About 10,000 junior doctors turned up for the shift.",
            &[],
        );
        check(
            "Petrol prices rose 16 cents a gallon in the past month.",
            "Petrol prices rose to $3.04 a gallon in the past month.",
            &[],
        );
    }

    #[test]
    fn monthly_and_annual_changes_and_earlier_levels_are_other_quantities() {
        check(
            "In the month of May alone, consumer prices rose 0.6%.",
            "Consumer prices rose 5% in May on a year-over-year basis.",
            &[],
        );
        check(
            "Consumer prices have jumped 5.4% since September last year.",
            "Consumer prices rose 0.9% from May and 5.4% over the past year.",
            &[],
        );
        check(
            "Daily cases have more than doubled from the 11,300 recorded on June 23.",
            "The country recorded an average of 19,455 new cases a day this week.",
            &[],
        );
        // A month named alone is a month's change, whatever the year's.
        check(
            "Home heating costs climbed 18 percent year over year in March.",
            "Home heating costs climbed 9 percent in March alone.",
            &[],
        );
        check(
            "Rents rose 3.1% year over year in July.",
            "Rents jumped 1.4% in a single month, the agency said.",
            &[],
        );
        // `from` opens an earlier level only beside a change (`rose …
        // from`, `from … to`); a thing taken or turned away from is the
        // quantity itself.
        check(
            "The county pulled the plug on the $90 million bridge project on Monday.",
            "Officials walked away from the $120 million bridge project on Monday.",
            &[("$90 million", "$120 million")],
        );
        check(
            "The county pulled the plug on the $90 million bridge project on Monday.",
            "The bridge project's cost rose from $120 million after the survey, officials said on Monday.",
            &[],
        );
        // A change written as a noun after the thing it changes is no level.
        check(
            "The plan would raise the top capital gains tax rate from 25% to 20% for the rich.",
            "The rich would see an 11% tax increase under the plan.",
            &[],
        );
    }

    #[test]
    fn an_increment_is_not_the_total_it_adds_to() {
        check(
            "The county pension fund holds $4.1 billion, its trustees said.",
            "The county pension fund will take $9.3 billion in extra money from taxpayers over 30 years.",
            &[],
        );
        check(
            "The ministry sent 2,400 soldiers to the border region this week.",
            "The ministry sent another 3,100 soldiers to the border region this week.",
            &[],
        );
        check(
            "Lawmakers approved an additional $40 million for flood defences.",
            "Lawmakers approved a further £25 million for flood defences.",
            &[],
        );
        // A baseline is what the increment is added to.
        check(
            "The school district will spend $310 million on buildings over five years.",
            "The school district will spend more on buildings than a baseline of $250 million over five years.",
            &[],
        );
        // Two increments of one thing still compare.
        check(
            "Lawmakers approved an additional $40 million for flood defences.",
            "Lawmakers approved an additional $65 million for flood defences.",
            &[("$40 million", "$65 million")],
        );
    }

    #[test]
    fn a_count_of_the_others_is_not_the_whole() {
        check(
            "Five riders crossed the finish line together on Sunday.",
            "Hansen and four other riders crossed the finish line together on Sunday.",
            &[],
        );
        check(
            "Six nurses gave evidence to the inquiry on Monday.",
            "Ann Ruiz and five fellow nurses gave evidence to the inquiry on Monday.",
            &[],
        );
        // Two counts of the others compare.
        check(
            "Hansen and four other riders crossed the finish line together on Sunday.",
            "Hansen and six other riders crossed the finish line together on Sunday.",
            &[("four", "six")],
        );
    }

    #[test]
    fn counts_of_two_parts_of_one_group_are_two_quantities() {
        check(
            "Of those arrested, 40 were later charged with assault.",
            "Police said 65 of those arrested were released on bail.",
            &[],
        );
        check(
            "Of the latter, 31 were held in solitary confinement.",
            "The report found that 17 of those detained were under 16.",
            &[],
        );
        // The same part on both sides compares.
        check(
            "Of the victims, 88 were children, the ministry said.",
            "The ministry said 95 of the victims were children.",
            &[("88", "95")],
        );
        // A part against a plain count of the same thing compares.
        check(
            "Of the 300 passengers, 120 were rescued by fishing boats.",
            "At least 150 people were rescued by fishing boats.",
            &[("120", "At least 150")],
        );
    }

    #[test]
    fn a_page_s_own_dateline_dates_no_happening() {
        check(
            "14.03.2019 09:12 << Back | Forward >> The mayor opened the new bridge to traffic.",
            "The mayor opened the new bridge on March 12, 2019, before a crowd of hundreds.",
            &[],
        );
        check(
            "Ana Lee, City Wire Service Monday, March 18, 2019 The mayor opened the new bridge to traffic.",
            "The mayor opened the new bridge on March 12, 2019, before a crowd of hundreds.",
            &[],
        );
        // A page header further down: a label and a date, nothing done.
        check(
            "The mayor opened the new bridge to traffic. Crowds lined the river.\n\nCity Herald: March 14, 2019",
            "The mayor opened the new bridge to traffic. Crowds cheered.\n\nCity Herald: March 12, 2019",
            &[],
        );
        // A short line with a verb is a happening's date.
        check(
            "The mayor spoke at length. Crowds lined the river.\n\nThe bridge reopened March 14, 2019.",
            "The mayor spoke at length. Crowds cheered.\n\nThe bridge reopened March 12, 2019.",
            &[("March 14, 2019", "March 12, 2019")],
        );
        // A date that opens a sentence about the happening is its date.
        check(
            "On March 14, 2019, the mayor opened the new bridge to traffic.",
            "The mayor opened the new bridge on March 12, 2019, before a crowd of hundreds.",
            &[("March 14, 2019", "March 12, 2019")],
        );
    }

    /// Past the leads, two dates compare when the words date one
    /// happening on both sides; two reports' dates do not.
    #[test]
    fn dates_past_the_leads_compare_by_what_they_date() {
        let lead = "Health officials in the county published their report into the outbreak of \
                    hepatitis A linked to frozen berries, which has now sickened dozens of people in \
                    several towns, and urged shoppers to check their freezers and boil any berries \
                    before eating them this summer.\n\n";
        let a = |s: &str| format!("{lead}{s}");
        check(
            &a("The first known patient fell ill on 3 October, the report says."),
            &a("The first patient fell ill on October 13."),
            &[("3 October", "October 13")],
        );
        check(
            &a("The board would certify the results on October 25, she said."),
            &a("The county board will certify the result on October 15."),
            &[("October 25", "October 15")],
        );
        // Two reports of one bureau on two days.
        check(
            &a("The department reported on Monday that new claims for benefits fell again."),
            &a("The jobless rate held steady, the bureau reported Tuesday."),
            &[],
        );
        check(
            &a(
                "The labour department reported on 30 September that new claims for jobless benefits fell.",
            ),
            &a("The jobless rate held steady, the labour department reported Tuesday."),
            &[],
        );
        check(
            &a(
                "The labour department reported on 30 September that new claims for jobless benefits fell.",
            ),
            &a(
                "The jobless rate for the county held steady, the labour department reported Tuesday.",
            ),
            &[],
        );

        // Two things that happened, with nothing in common beside the dates.
        check(
            &a("Shoppers were told to check their freezers on 3 October."),
            &a("The first patient fell ill on October 13."),
            &[],
        );
    }

    /// Two reports' dates past the leads need contexts alike beyond
    /// [`WRITTEN_DATES_ELSEWHERE`]; two dates of one thing done do not.
    #[test]
    fn a_report_s_date_needs_more_than_its_verb() {
        let lead = "Officials across the region gave their figures on jobs and benefits this week, \
                    as the county's plan for new training places and the state's budget for the \
                    coming year were debated by councillors, employers and unions at length in \
                    several public meetings.\n\n";
        let date = |text: &str, surface: &str| {
            article(1, "A", "2024-10-02", &format!("{lead}{text}"))
                .claims
                .into_iter()
                .find(|c| c.surface == surface)
                .expect("the date is read")
        };
        let reported = date(
            "Claims fell, the labour department reported on 30 September.",
            "30 September",
        );
        let reported_too = date(
            "The jobless rate held, the labour department reported Tuesday.",
            "Tuesday",
        );
        assert!(!one_happening(&reported, &reported_too, 0.3));
        assert!(one_happening(&reported, &reported_too, 0.5));
        let fell = date("The first patient fell ill on 3 October.", "3 October");
        let fell_too = date("The first patient fell ill on October 13.", "October 13");
        assert!(one_happening(&fell, &fell_too, 0.3));
    }

    /// A toll still being counted, lower than another outlet's, is an
    /// early count; two tolls told as done, or a running toll above the
    /// other, still disagree.
    #[test]
    fn a_running_toll_below_the_others_is_an_early_count() {
        check(
            "Ninety people have been killed in the attack at the airport, officials said.",
            "The attack at the airport killed nearly 200 people, officials said.",
            &[],
        );
        check(
            "The death toll in the attack at the airport has risen to 90, officials said.",
            "The attack at the airport killed 170 people, officials said.",
            &[],
        );
        check(
            "The attack at the airport killed 90 people, officials said.",
            "The attack at the airport killed nearly 200 people, officials said.",
            &[("90", "nearly 200")],
        );
        // Two counts still going on: two counts of one moment.
        check(
            "Ninety people have been killed in the attack at the airport, officials said.",
            "So far 170 people have been killed in the attack at the airport, officials said.",
            &[("Ninety", "170")],
        );
        check(
            "Two hundred people have been killed in the attack at the airport, officials said.",
            "The attack at the airport killed 90 people, officials said.",
            &[("Two hundred", "90")],
        );
        // A total still adding up since a start.
        check(
            "The sequel, starring two famous actors, has grossed about $68.5 million since opening, according to an industry tracker.",
            "The film, which teams two famous actors, has grossed more than $163 million during its 12-day run, according to studio estimates.",
            &[],
        );
        check(
            "The comedy grossed $68.5 million in its first weekend, the studio said.",
            "The comedy grossed $93 million in its first weekend, the studio said.",
            &[("$68.5 million", "$93 million")],
        );
    }

    #[test]
    fn age_limits_bound_groups_and_are_no_quantities() {
        check(
            "The vaccine is now open to children ages 5 to 11, regulators said.",
            "Regulators had earlier cleared the vaccine for children ages 12 and up.",
            &[],
        );
        check(
            "The museum is free for visitors 65 and older, the council said.",
            "The council said free entry applies to 70 residents of the town.",
            &[],
        );
        // Two lower bounds of one rule do compare.
        check(
            "The ban applies to riders aged 16 and over, the council said.",
            "The council said the ban applies to riders aged 18 and over.",
            &[("aged 16", "aged 18")],
        );
    }

    #[test]
    fn a_time_at_the_end_of_a_sentence_scopes_over_all_its_figures() {
        // `from 2007 to 2014` is the period of both figures.
        check(
            "The couple earned roughly $141 million and paid nearly $44 million in taxes from 2007 to 2014.",
            "The couple earned $139 million in gross income from 2007 to 2014.",
            &[],
        );
    }

    #[test]
    fn dates_compare_by_the_part_of_the_event_they_name() {
        // Two deadlines for one campaign disagree; a start and an end do not.
        check(
            "The vaccination campaign will run through April 30.",
            "The vaccination campaign will continue until May 30.",
            &[("April 30", "May 30")],
        );
        check(
            "The vaccination campaign began on March 3.",
            "The vaccination campaign will continue until May 30.",
            &[],
        );
    }

    #[test]
    fn a_bare_count_is_another_kind_of_thing_unless_its_clause_names_it() {
        check(
            "Senior staff held two productive meetings with the senators on Wednesday.",
            "The senators met on Wednesday in a group which included five Democrats.",
            &[],
        );
        check(
            "Police said the gunman killed eight women in the attack on Wednesday.",
            "Police said the gunman killed 18 in the attack on Wednesday.",
            &[],
        );
        check(
            "Police said the gunman killed eight women in the attack on Wednesday.",
            "Police said 18 women were killed in the attack on Wednesday.",
            &[("eight", "18")],
        );
    }

    /// A count of `value` written `surface` in `sentence`, read alone.
    fn count_at(sentence: &str, surface: &str, value: f64) -> ClaimEvidence {
        crate::compare::claim_at(sentence, surface, Some(value))
    }

    #[test]
    fn the_whole_after_out_of_is_no_quantity() {
        for (sentence, figure, denominator) in [
            ("It reached level 2 (out of 10) on the scale.", "10", true),
            ("It reached level 2 (out of 10) on the scale.", "2", false),
            ("Four out of five voters back the plan.", "five", true),
            ("Four out of five voters back the plan.", "Four", false),
            ("Of 40 beds, 12 were empty.", "12", false),
        ] {
            assert_eq!(
                is_denominator(&count_at(sentence, figure, 1.0)),
                denominator,
                "{figure} in {sentence}"
            );
        }
    }

    #[test]
    fn each_figure_pairs_by_its_own_clause() {
        // The second outlet gives both figures in one sentence; the first
        // outlet's figure is the fully vaccinated share.
        check(
            "By 1 October, 37.3% of U.S. adults were fully vaccinated against Covid-19.",
            "By 1 October, over 55% of adults had received at least one dose, and 41% had been fully vaccinated.",
            &[("37.3%", "41%")],
        );
    }

    /// A market move read at two named moments of the trading day is two
    /// quantities; with a moment on one side only it is compared.
    #[test]
    fn moves_at_two_moments_of_a_trading_day_are_two_quantities() {
        check(
            "Shares of both companies soared at the start of trading, with Norvik up 19 percent and Falk ahead 14 percent.",
            "Norvik shares soared $3.10, or 11 percent, to $31.20 in afternoon trading and Falk shares climbed $2.05, or 6 percent, to $36.40.",
            &[],
        );
        check(
            "Norvik shares jumped 9 percent in early trading on Monday.",
            "Norvik shares closed up 4 percent on Monday.",
            &[],
        );
        check(
            "Norvik shares closed up 9 percent on Monday.",
            "At the close, Norvik shares were up 4 percent on Monday.",
            &[("9 percent", "4 percent")],
        );
        check(
            "Norvik shares jumped 9 percent on Monday.",
            "Norvik shares closed up 4 percent on Monday.",
            &[("9 percent", "4 percent")],
        );
        // A snapshot during the day against a move with no moment named.
        check(
            "Norvik shares jumped 9 percent on Monday.",
            "In afternoon trading on Monday, Norvik shares jumped 4 percent.",
            &[],
        );
        check(
            "In early trading on Monday, Norvik shares jumped 9 percent.",
            "Norvik shares jumped 4 percent on Monday.",
            &[],
        );
    }

    /// Two dates of a verb that makes something public date one happening
    /// only when what was made public is one thing.
    #[test]
    fn two_announcements_of_different_things_are_two_happenings() {
        check(
            "The mayor unveiled a plan on 30 September to ban cars from the old town.",
            "The mayor announced on 1 October a budget of $2 billion for new schools.",
            &[],
        );
        check(
            "The ministry released its report on flood defences on 30 September.",
            "On 1 October the ministry released a new list of approved vaccines.",
            &[],
        );
        // One thing made public, on two days: a conflict.
        check(
            "The mayor unveiled a plan on 30 September to ban cars from the old town.",
            "The mayor announced on 1 October a plan that bans cars from the old town.",
            &[("30 September", "1 October")],
        );
        // Other verbs are not judged by their objects.
        check(
            "The factory closed on 30 September after a fire in its paint shop.",
            "The factory was closed on 1 October after a fire.",
            &[("30 September", "1 October")],
        );
    }

    /// A start or an end keeps its role across a time of day (`since
    /// sundown on Monday`): it is not the day of a happening.
    #[test]
    fn a_start_across_a_time_of_day_is_a_start() {
        check(
            "The army has shelled the town since sundown on 29 September, residents said.",
            "The army shelled the town heavily on 30 September, residents said.",
            &[],
        );
        check(
            "The road stays closed until late on 4 October, the council said.",
            "The council said the road stays closed until 6 October.",
            &[("4 October", "6 October")],
        );
        // Not a start: the time of day follows the verb of the happening.
        check(
            "The army shelled the town early on 29 September, residents said.",
            "The army shelled the town on 30 September, residents said.",
            &[("29 September", "30 September")],
        );
    }

    #[test]
    fn a_weekday_agrees_with_a_date_that_falls_on_it() {
        // 24 September 2024 was a Tuesday: the weekday read as 1 October
        // is only our guess at its week.
        check(
            "The two generals testified at a Senate hearing on Sept. 24 about the withdrawal.",
            "The two generals testified at Tuesday's Senate hearing about the withdrawal.",
            &[],
        );
        check(
            "The two generals testified at a Senate hearing on Sept. 26 about the withdrawal.",
            "The two generals testified at Tuesday's Senate hearing about the withdrawal.",
            &[("Sept. 26", "Tuesday")],
        );
    }

    /// A figure measured against one thing is not one measured against
    /// another (`against the euro` / `against the dollar`).
    #[test]
    fn figures_measured_against_other_things_are_two_quantities() {
        let a = "The krone fell 0.4% against the euro after the rate cut.";
        check(
            a,
            "The krone slipped 0.7 percent against the dollar after the rate cut.",
            &[],
        );
        check(
            a,
            "The krone slipped 0.7 percent against the euro after the rate cut.",
            &[("0.4%", "0.7 percent")],
        );
    }

    /// Flags between two one-sentence articles (published a day apart)
    /// when the semantic model reads their sentences `cosine` alike.
    fn flags_with_meaning(a: &str, b: &str, cosine: f32) -> Vec<(String, String)> {
        let mut meaning = crate::compare::flags::Meaning::default();
        meaning.insert(a, vec![1.0, 0.0]);
        meaning.insert(b, vec![cosine, (1.0 - cosine * cosine).sqrt()]);
        let story = StoryEvidence {
            meaning,
            articles: vec![
                article(1, "Outlet A", "2024-10-01", a),
                article(2, "Outlet B", "2024-10-02", b),
            ],
        };
        claim_flags(&story)
            .into_iter()
            .map(|f| (f.a.text, f.b.text))
            .collect()
    }

    #[test]
    fn the_meaning_of_the_sentences_weighs_on_quantities_not_on_dates() {
        let pair = |x: &str, y: &str| (x.to_string(), y.to_string());
        // (sentence A, sentence B, the flag on words alone)
        let table = [
            (
                "The storm made landfall on Sunday near Port Alder, forecasters said.",
                "\"We watched the roof go,\" a resident said of the storm that made landfall on Saturday near Port Alder.",
                pair("Sunday", "Saturday"),
            ),
            (
                "The bridge reopened on 3 March after repairs, the council said.",
                "The bridge, which reopened on 5 March after repairs, carries 20,000 cars a day.",
                pair("3 March", "5 March"),
            ),
            (
                "Of the junior doctors rostered, 39% reported for duty on Tuesday.",
                "Only 43% of junior doctors rostered reported for duty on Tuesday.",
                pair("39%", "43%"),
            ),
        ];
        for (a, b, flag) in table {
            // Words alone and a model reading the sentences alike agree.
            assert_eq!(
                flags_with_meaning(a, b, 0.9),
                vec![flag.clone()],
                "{a} / {b}"
            );
            let unlike = flags_with_meaning(a, b, 0.1);
            if flag.0.ends_with('%') {
                // Sentences unlike in meaning are about other quantities.
                assert_eq!(unlike, vec![], "{a} / {b}");
            } else {
                // A day's meaning is not in its sentence: the date stays.
                assert_eq!(unlike, vec![flag], "{a} / {b}");
            }
        }
    }

    /// Flags between `a` and `b` published on the given days.
    fn flags_between(a: (&str, &str), b: (&str, &str)) -> Vec<(String, String)> {
        let story = StoryEvidence {
            meaning: Default::default(),
            articles: vec![
                article(1, "Outlet A", a.0, a.1),
                article(2, "Outlet B", b.0, b.1),
            ],
        };
        claim_flags(&story)
            .into_iter()
            .map(|f| (f.a.text, f.b.text))
            .collect()
    }

    #[test]
    fn each_days_news_of_its_own_day_is_two_happenings() {
        // Published on Tuesday 1 and Wednesday 2 October 2024: each
        // outlet's weekday is its own publication day.
        let day_of = |d: &str| format!("Senators reached a deal on the budget on {d}, aides said.");
        assert_eq!(
            flags_between(
                ("2024-10-01", &day_of("Tuesday")),
                ("2024-10-02", &day_of("Wednesday"))
            ),
            vec![]
        );
        // One day back against none: a real disagreement stays.
        assert_eq!(
            flags_between(
                ("2024-10-01", &day_of("Monday")),
                ("2024-10-02", &day_of("Wednesday"))
            ),
            vec![("Monday".to_string(), "Wednesday".to_string())]
        );
        // Days still to come, each as far ahead of its article's day: one
        // strike announced twice, on two days.
        let strike = |d: &str| format!("Train crews will strike on {d} in a dispute over pay.");
        assert_eq!(
            flags_between(
                ("2024-10-01", &strike("Thursday")),
                ("2024-10-02", &strike("Friday"))
            ),
            vec![("Thursday".to_string(), "Friday".to_string())]
        );
        // The same day's articles: one looks ahead, the other back.
        assert_eq!(
            flags_between(
                (
                    "2024-10-02",
                    "The governor will step down on Tuesday, aides said."
                ),
                (
                    "2024-10-02",
                    "The governor said on Sunday she would step down, aides said."
                ),
            ),
            vec![]
        );
    }

    #[test]
    fn forecasts_by_two_forecasters_are_two_estimates() {
        check(
            "Economists surveyed by Dow Jones had been looking for 845,000 new jobs in July.",
            "Analysts surveyed by Refinitiv were expecting 870,000 new jobs in July.",
            &[],
        );
        check(
            "Economists surveyed by Dow Jones had been looking for 845,000 new jobs in July.",
            "Economists surveyed by Dow Jones were expecting 700,000 new jobs in July.",
            &[("845,000", "700,000")],
        );
    }

    #[test]
    fn a_difference_is_not_one_of_the_levels() {
        check(
            "The recount showed a 300 vote difference between the tallies.",
            "The precinct recorded 520 votes for Bush and 157 votes for Kerry in the tallies.",
            &[],
        );
        check(
            "The recount showed a 300 vote difference between the tallies.",
            "The recount showed a margin of 200 votes between the tallies.",
            &[("300", "200")],
        );
    }

    #[test]
    fn a_count_of_one_nation_s_troops_is_part_of_all_troops() {
        check(
            "The battle group of about 850 troops arrived in Basra on Monday.",
            "Japan must decide whether to keep its 550 Japanese troops in Samawah.",
            &[],
        );
        check(
            "A bomb killed 13 US troops at the airport gate.",
            "The blast at the airport gate killed 11 US troops.",
            &[("13", "11")],
        );
    }

    #[test]
    fn a_running_figure_on_two_days_is_two_quantities() {
        check(
            "The seven-day average of new cases stood at 132,135 on 5 September.",
            "As of 6 September, the seven-day average of new cases was 137,000.",
            &[],
        );
        // The day of a statement does not date the figure, nor does the
        // day a plan ends.
        check(
            "The seven-day average of new cases was 132,135, officials said on 5 September.",
            "The seven-day average of new cases was 137,000.",
            &[("132,135", "137,000")],
        );
        check(
            "The campaign is funded by a $3.2 million state grant and will run through April 30.",
            "The campaign, backed by a $2.3 million state grant, will continue until May 30.",
            &[("$3.2 million", "$2.3 million"), ("April 30", "May 30")],
        );
    }

    /// A running count stated as of a day is that day's reading; a figure
    /// with no day is its article's, as of publication (the outlets here
    /// publish on 1 and 2 October 2024).
    #[test]
    fn a_running_figure_as_of_a_day_is_not_another_day_s_reading() {
        // As of a day before the other outlet published: two readings.
        check(
            "By 28 September, 37.3% of adults were fully vaccinated, officials said.",
            "Some 39% of adults have been fully vaccinated, according to officials.",
            &[],
        );
        check(
            "As of Sept. 29 the state had recorded 41,200 cases of the virus.",
            "The state has recorded 43,900 cases of the virus, officials said.",
            &[],
        );
        // As of the other outlet's own day, or both as of one day: one reading.
        check(
            "The state has recorded 41,200 cases of the virus, officials said.",
            "As of 1 October, the state had recorded 43,900 cases of the virus.",
            &[("41,200", "43,900")],
        );
        check(
            "By 28 September, 37.3% of adults were fully vaccinated, officials said.",
            "As of 28 September, 39% of adults had been fully vaccinated.",
            &[("37.3%", "39%")],
        );
        // A deadline is not a day the figure is stated as of.
        check(
            "The state aims to have 70% of adults fully vaccinated by 30 November.",
            "The state aims to have 75% of adults fully vaccinated.",
            &[("70%", "75%")],
        );
        // `by` that is not followed by a day changes nothing.
        check(
            "The blast killed 13 US troops, according to officials.",
            "By all accounts the blast killed 11 US troops.",
            &[("13", "11")],
        );
    }

    /// A figure in a list of figures of one kind is one item: it is the
    /// other outlet's figure only when both are for the same thing.
    #[test]
    fn an_item_of_a_list_of_figures_is_compared_by_what_it_is_for() {
        check(
            "The plan sets aside $40 million for schools, $25 million for roads and $60 million for parks.",
            "The plan includes $32 million for roads, officials said.",
            &[("$25 million", "$32 million")],
        );
        check(
            "The budget gives $2 billion to the army, $900 million to the navy and $400 million to veterans.",
            "The budget also spends $1.5 billion on new bridges.",
            &[],
        );
        // Items whose thing comes before the figure are not read this way.
        check(
            "Shares of Kmart climbed 8% after the deal.",
            "After the deal, Kmart shares gained 15 percent, and Sears shares 22 percent.",
            &[("8%", "15 percent")],
        );
        // A lone figure is not a list item.
        check(
            "The city will spend $40 million on the new school, the mayor said.",
            "The city will spend $52 million on the new school.",
            &[("$40 million", "$52 million")],
        );
        // An item whose list is cut off has nothing saying what it counts.
        check(
            "Critics attacked the proposals for $400 billion to boost home care, $174 billion...",
            "The proposal calls for $299 billion over five years on roads and bridges.",
            &[],
        );
    }

    #[test]
    fn changes_of_two_things_are_two_quantities() {
        check(
            "Used car and truck prices rose 10% in April.",
            "In April the CPI was up 3%, the most in a decade.",
            &[],
        );
        check(
            "Shares of Kmart climbed 8% after the deal.",
            "After the deal, Kmart shares gained 15 percent.",
            &[("8%", "15 percent")],
        );
    }

    #[test]
    fn a_weekday_naming_the_next_day_is_not_compared() {
        // Published on Thursday 3 October 2024: `Friday` read six days
        // back is as likely the next day where it happened.
        let struck = |d: &str| format!("Troops attacked the town early {d} morning local time.");
        assert_eq!(
            flags_between(
                ("2024-10-03", &struck("Friday")),
                ("2024-10-03", &struck("Wednesday"))
            ),
            vec![]
        );
        // Two days back stays a reading worth comparing.
        assert_eq!(
            flags_between(
                ("2024-10-03", &struck("Tuesday")),
                ("2024-10-03", &struck("Wednesday"))
            ),
            vec![("Tuesday".to_string(), "Wednesday".to_string())]
        );
    }

    #[test]
    fn a_day_named_from_the_publication_day_is_not_compared_a_day_off() {
        // Both published on Thursday 3 October 2024 by their stamps.
        let released = |d: &str| format!("The census bureau released the new figures {d}.");
        for (day, other) in [
            ("Wednesday", "today"),
            ("Wednesday", "this morning"),
            ("Thursday", "yesterday"),
        ] {
            assert_eq!(
                flags_between(
                    ("2024-10-03", &released(day)),
                    ("2024-10-03", &released(other))
                ),
                vec![],
                "{day} / {other}"
            );
        }
        // Two days off stays a disagreement worth reading.
        assert_eq!(
            flags_between(
                ("2024-10-03", &released("Tuesday")),
                ("2024-10-03", &released("today"))
            ),
            vec![("Tuesday".to_string(), "today".to_string())]
        );
        // Two weekdays a day apart: each outlet named its day.
        assert_eq!(
            flags_between(
                ("2024-10-03", &released("Tuesday")),
                ("2024-10-03", &released("Wednesday"))
            ),
            vec![("Tuesday".to_string(), "Wednesday".to_string())]
        );
        // Articles stamped a day apart: `last night` is the later one's.
        assert_eq!(
            flags_between(
                ("2024-10-02", &released("on Tuesday")),
                ("2024-10-03", &released("last night"))
            ),
            vec![("Tuesday".to_string(), "last night".to_string())]
        );
    }

    #[test]
    fn counts_that_name_their_members_are_the_group_they_name() {
        // Two lists of other people: two groups.
        check(
            "The state's two Republican senators, Jeff Flake and John McCain, urged a veto.",
            "The calls were echoed by three Republican senators — Adam Driggs, Steve Pierce and Bob Worsley — who backed the bill.",
            &[],
        );
        // The same people counted otherwise: one group, a real disagreement.
        check(
            "The state's two Republican senators, Jeff Flake and John McCain, urged a veto.",
            "Three Republican senators, Jeff Flake, Ann Ruiz and John McCain, urged a veto.",
            &[("two", "Three")],
        );
        // A list on one side only decides nothing.
        check(
            "The state's two Republican senators, Jeff Flake and John McCain, urged a veto.",
            "Three Republican senators urged a veto of the bill.",
            &[("two", "Three")],
        );
        for (sentence, surface, value, names) in [
            (
                "The state's two Republican senators, Jeff Flake and John McCain, urged a veto.",
                "two",
                2.0,
                Some(vec!["flake", "mccain"]),
            ),
            (
                "Three aides: Ann Ruiz, Tom Ellery and Priya Raman.",
                "Three",
                3.0,
                Some(vec!["ruiz", "ellery", "raman"]),
            ),
            // Not as many names as the count: no list of its members.
            (
                "Three senators, including John McCain, urged a veto.",
                "Three",
                3.0,
                None,
            ),
            ("Two senators, it said, urged a veto.", "Two", 2.0, None),
        ] {
            assert_eq!(
                named_members(&count_at(sentence, surface, value)),
                names.map(|v| v.into_iter().map(String::from).collect::<Vec<_>>()),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_count_of_one_nation_is_part_of_the_people_counted() {
        check(
            "The attack killed 13 US troops and 72 Afghans on Thursday.",
            "Ninety people have been killed in the attack on Thursday.",
            &[],
        );
        check(
            "The attack killed 72 people on Thursday.",
            "Ninety people have been killed in the attack on Thursday.",
            &[("72", "Ninety")],
        );
    }

    #[test]
    fn ages_compare_only_for_the_same_person() {
        check(
            "Dr Tom Ellery, 29, joined the picket line at the hospital.",
            "Dr Jane Ross, 41, joined the picket line at the hospital.",
            &[],
        );
    }
}
