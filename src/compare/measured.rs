//! What a figure measures and which event a date dates, read from the words
//! right next to it.
//!
//! Two outlets' figures in one story often share most words of their
//! sentences and still measure different things: `$139 million in adjusted
//! gross income` and `$43 million in federal taxes`, `her tax rate was 35.72`
//! and `her heart rate was 72`, `the June 22 primary` and `waking up
//! Wednesday in the lead`. Word overlap of whole sentences cannot tell them
//! apart; the noun the figure is attached to can. Each rule here is one
//! named reading of that noun, with its examples in the tests below; the
//! claim comparison asks [`things_fit`] and [`events_fit`] before it pairs
//! two figures or two dates.

use super::claims::{ClaimEvidence, clause_of, clean_word, stem, words_before};
use crate::extract::lexicon;

/// The noun a figure is attached to, and the word before it when that word
/// narrows it (`tax` in `tax rate`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Thing {
    pub head: String,
    pub modifier: Option<String>,
}

/// Words that end a noun phrase when read after a figure: prepositions and
/// conjunctions opening what comes next (`income from 2007`), verbs of
/// being, and time words (`$5 million a year`).
fn ends_phrase(w: &str) -> bool {
    lexicon::is_function_word(w)
        || matches!(
            w,
            "compared"
                | "including"
                | "according"
                | "year"
                | "years"
                | "month"
                | "months"
                | "week"
                | "weeks"
                | "day"
                | "days"
                | "annually"
                | "per"
                | "each"
                | "apiece"
                | "total"
                | "overall"
                | "alone"
                | "now"
                | "today"
                | "yesterday"
        )
}

/// Hedges between a noun and its figure (`revenue of about $41bn`).
fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "roughly"
            | "approximately"
            | "over"
            | "under"
            | "more"
            | "less"
            | "than"
            | "up"
            | "to"
            | "an"
            | "a"
            | "estimated"
            | "just"
            | "only"
            | "least"
            | "at"
    )
}

/// A word that can be the noun a figure measures: lower case letters (a
/// name is no measure), not a verb's past form or an adverb.
fn nounlike(w: &str) -> bool {
    w.len() >= 3
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && !COMPARATIVES.contains(&w)
        && !w.ends_with("ed")
        // (`Nine went on to hospital`: a past verb, unless it is also a
        // noun a figure measures, `5,000 won`.)
        && (!lexicon::is_irregular_past(w) || matches!(w, "won" | "rose" | "saw" | "felt" | "lent"))
        && !w.ends_with("ly")
        && !ends_phrase(w)
        && !lexicon::is_month_name(w)
        && !lexicon::is_weekday_name(w)
}

/// Comparatives after a figure say how it compares (`3.6% higher than a
/// year earlier`, `40% more`), never what it counts.
const COMPARATIVES: &[&str] = &[
    "higher", "lower", "more", "less", "fewer", "greater", "bigger", "smaller", "larger",
    "cheaper", "dearer", "faster", "slower", "older", "younger", "longer", "shorter", "above",
    "below", "over", "under", "up", "down",
];

/// The words of `text` up to the first clause break, as written.
fn words_until_break(text: &str) -> Vec<&str> {
    // (A stop after a capital is an abbreviation's, `U.S.`, not a break.)
    let mut prev = ' ';
    let end = text
        .char_indices()
        .find(|&(_, c)| {
            let stop = matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”')
                || (c == '.' && !prev.is_uppercase());
            prev = c;
            stop
        })
        .map_or(text.len(), |(k, _)| k);
    text[..end].split_whitespace().collect()
}

/// The text of the claim's sentence before and after its surface.
fn around(c: &ClaimEvidence) -> (&str, &str) {
    let s = &c.sentence;
    let start = s.char_indices().nth(c.offset).map_or(s.len(), |(b, _)| b);
    let end = s[start..]
        .find(c.surface.as_str())
        .map_or(start, |k| start + k + c.surface.len());
    (&s[..start], &s[end..])
}

/// `$43 million in federal taxes`, `77 percent of promised benefits`,
/// `$5,150 on fur capes`: the noun phrase after `in`, `of`, `for` or `on`,
/// its last noun the head.
fn in_noun(after: &[&str]) -> Option<Thing> {
    let (first, rest) = after.split_first()?;
    if !matches!(*first, "in" | "of" | "for" | "on") {
        return None;
    }
    let start = usize::from(
        rest.first()
            .is_some_and(|w| matches!(*w, "the" | "its" | "their")),
    );
    let phrase: Vec<&str> = rest[start..]
        .iter()
        .take_while(|w| !ends_phrase(&w.to_lowercase()))
        .copied()
        .collect();
    thing_of(&phrase)
}

/// `the $2.6 trillion trust fund`, `an $11 billion deal`: one or two nouns
/// right after the figure.
fn premodified(after: &[&str]) -> Option<Thing> {
    // Past a name or two in between (`187 U.S. House seats`).
    let names = after
        .iter()
        .take(3)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let phrase: Vec<&str> = after[names..]
        .iter()
        .take(2)
        .take_while(|w| nounlike(w))
        .copied()
        .collect();
    thing_of(&phrase)
}

/// `annual revenue of about $41bn`, `her heart rate was 72`: the noun
/// before `of`, `at` or a verb of being, then hedges, then the figure.
fn noun_before(before: &[&str]) -> Option<Thing> {
    let mut rev = before.iter().rev().map(|w| w.to_lowercase()).peekable();
    while rev.peek().is_some_and(|w| is_hedge(w)) {
        rev.next();
    }
    let link = rev.next()?;
    if !matches!(
        link.as_str(),
        "of" | "is" | "was" | "are" | "were" | "stood" | "totalled" | "totaled" | "reached"
    ) {
        return None;
    }
    let head = rev.next().filter(|w| nounlike(w))?;
    let modifier = rev.next().filter(|w| nounlike(w));
    Some(Thing {
        head: stem(&head),
        modifier: modifier.map(|m| stem(&m)),
    })
}

/// The head of a noun phrase (its last noun-like word) and the noun-like
/// word before it.
fn thing_of(phrase: &[&str]) -> Option<Thing> {
    let nouns: Vec<String> = phrase
        .iter()
        .rev()
        .take_while(|w| nounlike(w))
        .map(|w| stem(w))
        .collect();
    let head = nouns.first()?.clone();
    // `38 others`, `59 people`: too general to tell one figure from another.
    if super::claims::GENERIC_COUNTED
        .iter()
        .any(|g| stem(g) == head || stem(&format!("{g}s")) == head)
    {
        return None;
    }
    Some(Thing {
        head,
        modifier: nouns.get(1).cloned(),
    })
}

/// What the figure of `c` measures, when the words next to it say so.
pub(super) fn thing(c: &ClaimEvidence) -> Option<Thing> {
    let (before, after) = around(c);
    let after = words_until_break(after);
    let before_break = before
        .char_indices()
        .rfind(|&(_, ch)| {
            matches!(
                ch,
                ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”'
            )
        })
        .map_or(before, |(k, ch)| &before[k + ch.len_utf8()..]);
    let before: Vec<&str> = before_break.split_whitespace().collect();
    in_noun(&after)
        .or_else(|| premodified(&after))
        .or_else(|| noun_before(&before))
}

/// Whether `word` (stemmed) is in the clause of `c`.
fn in_clause(word: &str, c: &ClaimEvidence) -> bool {
    clause_of(&c.sentence, c.offset)
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| !w.is_empty() && stem(w) == word)
}

/// Whether `word` (stemmed) is in the sentence of `c`.
fn in_sentence(word: &str, c: &ClaimEvidence) -> bool {
    c.sentence
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| !w.is_empty() && stem(w) == word)
}

/// Whether the sentence of `c` names `thing` by its head or modifier. A
/// head named there only with another narrowing noun before it (`a $1.2
/// trillion infrastructure bill` against a sentence about `the budget
/// reconciliation bill`) names another thing.
fn names(thing: &Thing, c: &ClaimEvidence) -> bool {
    if let Some(m) = &thing.modifier {
        if in_sentence(m, c) {
            return true;
        }
        if only_with_other_modifiers(&thing.head, m, c) {
            return false;
        }
    }
    in_sentence(&thing.head, c)
}

/// Adjectives that narrow nothing down (`the new bill` may be the
/// infrastructure bill).
const PLAIN_ADJECTIVES: &[&str] = &[
    "new",
    "old",
    "big",
    "small",
    "latest",
    "final",
    "proposed",
    "current",
    "original",
    "initial",
    "first",
    "second",
    "same",
    "whole",
    "total",
    "overall",
    "other",
    "separate",
    "massive",
    "huge",
    "major",
    "broader",
    "larger",
    "smaller",
    "bipartisan",
    "sweeping",
    "entire",
    "full",
    "revised",
    "earlier",
    "previous",
    "next",
    "last",
    "this",
    "that",
];

/// Does every use of `head` in the sentence of `c` stand right after a
/// noun other than `modifier` (and is there one)?
fn only_with_other_modifiers(head: &str, modifier: &str, c: &ClaimEvidence) -> bool {
    let words: Vec<&str> = c
        .sentence
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut uses = words
        .iter()
        .enumerate()
        .filter(|&(k, w)| k > 0 && stem(w) == head)
        .map(|(k, _)| words[k - 1])
        .peekable();
    uses.peek().is_some()
        && uses.all(|before| {
            let b = before.to_lowercase();
            before.chars().all(char::is_lowercase)
                && stem(&b) != modifier
                && !crate::extract::lexicon::is_function_word(&b)
                && !PLAIN_ADJECTIVES.contains(&b.as_str())
                && !b.ends_with("’s")
                && !b.ends_with("'s")
        })
}

/// Whether two figures can measure the same thing by the nouns they are
/// attached to. Only two named things decide: two different heads, neither
/// of which the other figure's clause mentions (`income` / `taxes`), or one
/// head with two different narrowing words (`tax rate` / `heart rate`).
#[cfg(test)]
fn things_fit(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    things_fit_read(thing(a).as_ref(), thing(b).as_ref(), a, b)
}

/// [`things_fit`] with each claim's [`thing`] already read (the comparison
/// reads it once per claim, not once per pair).
pub(super) fn things_fit_read(
    x: Option<&Thing>,
    y: Option<&Thing>,
    a: &ClaimEvidence,
    b: &ClaimEvidence,
) -> bool {
    let (x, y) = match (x, y) {
        (Some(x), Some(y)) => (x, y),
        // One named thing: the other figure's sentence must name it too, by
        // its head or its narrowing word (`the annual revenue of about
        // $41bn` is not an `$11.5 billion deal`; `the pass rate was up 3.1
        // points` is `64.1 per cent passing, up 1.3 points`).
        (Some(x), None) => return names(x, b),
        (None, Some(y)) => return names(y, a),
        (None, None) => return true,
    };
    // (Nouns outlets write for one another when they count one thing:
    // `86,000 customers` / `68,000 homes` without power.)
    if x.head != y.head && !count_the_same_stems(&x.head, &y.head) {
        return in_clause(&x.head, b) || in_clause(&y.head, a);
    }
    match (&x.modifier, &y.modifier) {
        (Some(m), Some(n)) if m != n => in_clause(m, b) || in_clause(n, a),
        _ => true,
    }
}

/// [`super::intervals::count_the_same`] for two stemmed heads.
fn count_the_same_stems(a: &str, b: &str) -> bool {
    let word = |head: &str| {
        super::intervals::SAME_THINGS
            .iter()
            .flat_map(|g| g.iter())
            .find(|w| stem(w) == head)
            .copied()
    };
    matches!((word(a), word(b)), (Some(x), Some(y)) if super::intervals::count_the_same(x, y))
}

/// Nouns of the time of day, which a date before them does not name an
/// event (`Tuesday morning`).
fn time_of_day(w: &str) -> bool {
    matches!(
        w,
        "morning" | "afternoon" | "evening" | "night" | "noon" | "midnight" | "overnight"
    )
}

/// The event a date names when it stands before a noun (`the Sept. 11
/// attacks`, `the June 22 Democratic primary`, `Tuesday's hearing`): the
/// first lower-case word after it, past capitalised words.
///
/// A word in `-ing` right after a bare date is a participle of the clause
/// (`wrote to the director on Wednesday seeking answers`, `Tuesday saying
/// …`), not an event; after a possessive or a determiner it is a noun
/// (`Monday's shooting`, `the Sunday briefing`).
pub(super) fn dated_event(c: &ClaimEvidence) -> Option<String> {
    dated_word(c).map(|(event, _)| event)
}

/// [`dated_event`], and whether the date modifies it as a noun for sure:
/// after a possessive or a determiner (`Tuesday's hearing`, `In a Tuesday
/// letter`), not a bare date before a word that may be a verb (`Biden on
/// Monday said`).
fn dated_word(c: &ClaimEvidence) -> Option<(String, bool)> {
    let (before, after) = around(c);
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    let determiner = before.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "this" | "that" | "last" | "its" | "their" | "his" | "her"
        )
    });
    let event = words_until_break(after)
        .into_iter()
        .take(3)
        .find(|w| !w.starts_with(char::is_uppercase))
        .filter(|w| nounlike(w) && !time_of_day(w))?;
    let noun = possessive || determiner;
    if event.ends_with("ing") && !noun {
        return None;
    }
    // A bare date after a preposition closes its phrase (`left port on
    // Saturday bound for Pandel`, `met on Monday amid protests`): the word
    // after it is no noun it modifies.
    let after_preposition = before.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "on" | "by" | "until" | "since" | "from" | "before" | "after" | "through"
        )
    });
    if after_preposition && !possessive {
        return None;
    }
    Some((stem(event), noun))
}

/// The noun a date modifies for sure (see [`dated_word`]).
fn dated_noun(c: &ClaimEvidence) -> Option<String> {
    dated_word(c).and_then(|(event, noun)| noun.then_some(event))
}

/// Whether two dates can date one event by the nouns they name: a date
/// naming an event compares only with a date whose clause mentions it.
pub(super) fn events_fit(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let fits =
        |x: &ClaimEvidence, y: &ClaimEvidence| dated_event(x).is_none_or(|e| in_clause(&e, y));
    fits(a, b) && fits(b, a)
}

/// Past forms that do not end in `-ed`, so that a clause's verbs are found
/// without a tagger.
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "got",
    "told",
    "met",
    "held",
    "shut",
    "hit",
    "struck",
    "won",
    "lost",
    "began",
    "took",
    "made",
    "sent",
    "left",
    "came",
    "gave",
    "spoke",
    "fell",
    "rose",
    "led",
    "set",
    "put",
    "cut",
    "found",
    "brought",
    "bought",
    "sold",
    "paid",
    "quit",
    "ran",
    "went",
    "saw",
    "wrote",
    "chose",
    "drew",
    "threw",
    "flew",
    "broke",
    "fought",
    "caught",
    "sought",
    "swore",
    "became",
    "kept",
    "spent",
    "built",
    "heard",
    "stood",
    "withdrew",
    "overrode",
    "forecast",
    "upheld",
    "overturned",
];

/// Verbs news uses for one happening, each group one event (`the bridge
/// was shut on 4 March` / `was closed on Sunday`).
const SAME_HAPPENING: &[&[&str]] = &[
    &["shut", "close", "closed", "closure"],
    &[
        "announce",
        "announced",
        "unveil",
        "unveiled",
        "reveal",
        "revealed",
    ],
    &["kill", "killed", "die", "died"],
    &["injure", "injured", "hurt", "wound", "wounded"],
    &["resign", "resigned", "quit"],
    &[
        "approve",
        "approved",
        "pass",
        "passed",
        "authorize",
        "authorized",
        "authorised",
    ],
    &["say", "said", "tell", "told", "state", "stated"],
    &["arrest", "arrested", "detain", "detained"],
    &["attack", "attacked", "strike", "struck", "hit"],
    &[
        "release",
        "released",
        "publish",
        "published",
        "issue",
        "issued",
    ],
    &["begin", "began", "start", "started", "launch", "launched"],
    &["sign", "signed"],
    &[
        "expect",
        "expected",
        "predict",
        "predicted",
        "forecast",
        "project",
        "projected",
    ],
    &["charge", "charged", "indict", "indicted"],
    // A rate or price brought down, or up (`cut interest rates on
    // Tuesday` / `lowered borrowing costs on Wednesday`).
    &[
        "cut", "lower", "lowered", "reduce", "reduced", "slash", "slashed", "trim", "trimmed",
    ],
    &["raise", "raised", "increase", "increased", "hike", "hiked"],
    // A ship or a traveller setting off (`sailed on 12 July` / `departed
    // on 13 July`).
    &["sail", "sailed", "depart", "departed", "leave", "left"],
    // A level reached (`hit 117 degrees on Monday` / `reached 47.2C on
    // Tuesday`): `hit` joins it only before a figure or a record (see
    // [`verb_key`]).
    &["reach", "reached", "peak", "peaked", "top", "topped"],
    &["certify", "certified", "certification"],
];

/// Is `w` (lower case) a past form: `-ed` or irregular?
fn is_past(w: &str) -> bool {
    (w.len() >= 5 && w.ends_with("ed")) || IRREGULAR_PAST.contains(&w)
}

/// The past forms (`-ed` or irregular) in the clause holding `c`, and the
/// verb after `had to` (`had to apologize Saturday`: a past happening).
fn past_verbs(c: &ClaimEvidence) -> Vec<String> {
    let words: Vec<String> = clause_of(&c.sentence, c.offset)
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| is_past(w) || (k >= 2 && words[k - 1] == "to" && words[k - 2] == "had"))
        .map(|(_, w)| w.clone())
        .collect()
}

/// Auxiliaries between a counted subject and its verb (`have been killed`).
/// Modal verbs: what follows them has not happened (or not only).
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "could", "can", "may", "might", "must",
];

const AUXILIARIES: &[&str] = &[
    "have",
    "has",
    "had",
    "were",
    "was",
    "are",
    "is",
    "been",
    "being",
    "be",
    "reportedly",
    "also",
    "already",
    "all",
];

/// `Two heartland states filed …`, `Ninety people have been killed`: the
/// verb of which the figure's phrase is the subject, as its group or stem
/// (within four words after the figure, before any punctuation or `of`).
pub(super) fn subject_verb(c: &ClaimEvidence) -> Option<String> {
    let (_, after) = around(c);
    let mut skipped = 0;
    for (k, raw) in after.split_whitespace().take(7).enumerate() {
        // (Only lower-case words: a name or weekday ends the phrase.)
        if !raw.starts_with(char::is_lowercase) {
            return None;
        }
        let w = raw.to_lowercase();
        let word = w.trim_end_matches(|ch: char| !ch.is_alphabetic());
        // (`26% of sailings had been cancelled`: a share of a whole is not
        // the subject read here.)
        if word == "of" {
            return None;
        }
        if AUXILIARIES.contains(&word) {
            continue;
        }
        // The word right after the figure is what it counts (`59
        // wounded were brought`), never the verb.
        if k > 0 {
            let rest: Vec<String> = after
                .split_whitespace()
                .skip(k)
                .take(4)
                .map(clean_word)
                .collect();
            if let Some(deed) = deed_phrase(&rest) {
                return Some(deed.into());
            }
            if is_past(word) {
                return Some(happening_key(word));
            }
        }
        skipped += 1;
        // Punctuation after the word closes the phrase, as does a
        // function word (`… others Saturday when they exploded`).
        if word.len() != w.len()
            || skipped > 3
            || (k > 0 && crate::extract::lexicon::is_function_word(word))
        {
            return None;
        }
    }
    None
}

/// What was done to people counted in a story, in the words outlets
/// write for one another (the phrase read from its verb on, lower case):
/// taken into hospital (`were hospitalised`, `were taken to hospital`),
/// treated where they were (`were treated`, `needed medical attention`),
/// moved out of harm's way (`were evacuated`, `were ushered out`, `were
/// moved to safety`). `None` for any other words: their verb's own key
/// tells.
fn deed_phrase(words: &[String]) -> Option<&'static str> {
    let w = |k: usize| words.get(k).map_or("", String::as_str);
    let hospital = |k: usize| {
        matches!(w(k), "hospital" | "hospitals")
            || (w(k) == "the" && matches!(w(k + 1), "hospital" | "hospitals"))
    };
    match w(0) {
        "hospitalised" | "hospitalized" => Some("#hospital"),
        "taken" | "rushed" | "admitted" | "airlifted" | "flown" | "sent" | "brought" | "went"
            if matches!(w(1), "to" | "into" | "in") && hospital(2) =>
        {
            Some("#hospital")
        }
        // (`went on to hospital`, `were later taken to hospital`.)
        "went" | "taken" | "were"
            if matches!(w(1), "on" | "later") && w(2) == "to" && hospital(3) =>
        {
            Some("#hospital")
        }
        "treated" => Some("#treated"),
        // (`needed hospital treatment` is treatment in hospital.)
        "needed" | "required" | "received" | "sought" | "needing" | "requiring"
            if w(1) == "hospital" && matches!(w(2), "treatment" | "care") =>
        {
            Some("#hospital")
        }
        "needed" | "required" | "received" | "sought" | "needing" | "requiring"
            if matches!(w(1), "medical" | "treatment" | "first") =>
        {
            Some("#treated")
        }
        "evacuated" => Some("#evacuated"),
        "ushered" | "escorted" | "led" | "moved" | "taken" | "brought" | "guided"
            if (matches!(w(1), "to" | "into") && w(2) == "safety")
                || (matches!(w(1), "out" | "away") && w(0) != "taken") =>
        {
            Some("#evacuated")
        }
        _ => None,
    }
}

/// The verb whose object the figure is (`was insured for $275 million`,
/// `cost about $310 million`, `valued at £2bn`), as its group or stem:
/// read back past hedges and one `for` or `at`. `None` when no verb in
/// the past (or `cost`) stands there.
pub(super) fn object_verb(c: &ClaimEvidence) -> Option<String> {
    let (before, _) = around(c);
    let mut words = before
        .split_whitespace()
        .rev()
        .map(str::to_lowercase)
        .skip_while(|w| is_hedge(w))
        .peekable();
    if words
        .peek()
        .is_some_and(|w| matches!(w.as_str(), "for" | "at"))
    {
        words.next();
    }
    let verb = |w: &str| {
        w.chars().all(char::is_alphabetic) && (is_past(w) || matches!(w, "cost" | "costs"))
    };
    if let Some(w) = words.next().filter(|w| verb(w)) {
        return Some(happening_key(&w));
    }
    // (`59 wounded were brought` is `wounded 38 others`: a participle
    // right after the figure names what was done to those counted.)
    let (_, after) = around(c);
    let next = after.split_whitespace().next()?.to_lowercase();
    (next.len() >= 5 && next.ends_with("ed") && next.chars().all(char::is_alphabetic))
        .then(|| happening_key(&next))
}

/// Whether the figure counts people something was done to, in the words
/// of [`deed_phrase`] (`320 runners needed medical attention`).
pub(super) fn done_to_people(c: &ClaimEvidence) -> bool {
    subject_verb(c).is_some_and(|d| is_deed_phrase(&d))
}

/// Whether a key of [`subject_verb`] is one of [`deed_phrase`]'s.
pub(super) fn is_deed_phrase(key: &str) -> bool {
    matches!(key, "#hospital" | "#treated" | "#evacuated")
}

/// Whether a count of people in general (`3,200 people`, `11 were`) and
/// a count of people of one kind (`2,300 visitors`, `17 miners`) can be one
/// count: only when each is the subject of a verb and the deeds are one
/// (`were evacuated` / `were ushered out`), never a count of things
/// (`2,300 buildings were evacuated`).
pub(super) fn people_in_other_words(
    things: (Option<&Thing>, Option<&Thing>),
    deeds: (Option<&str>, Option<&str>),
    a: &ClaimEvidence,
    b: &ClaimEvidence,
) -> bool {
    let people = |t: Option<&Thing>, c: &ClaimEvidence| match t {
        Some(t) => lexicon::is_people_noun(&t.head),
        None => counts_people_or_nothing(c),
    };
    // (A deed of one of the groups that outlets write in other words,
    // never speech: `2,000 people said` / `1,500 voters said` are two
    // polls' respondents as often as one.)
    matches!(deeds, (Some(x), Some(y)) if x == y && x.starts_with('#') && x != happening_key("said"))
        && (things.0.is_none() || things.1.is_none())
        && people(things.0, a)
        && people(things.1, b)
}

/// A figure with no counted noun read (`11 were taken`, `Eleven others`,
/// `3,200 people`): whether its unit, if any, counts people.
fn counts_people_or_nothing(c: &ClaimEvidence) -> bool {
    let (_, after) = around(c);
    let next = after.split_whitespace().next().map(clean_word);
    next.is_none_or(|w| {
        AUXILIARIES.contains(&w.as_str())
            || lexicon::is_people_noun(&w)
            || super::claims::GENERIC_COUNTED.contains(&w.as_str())
    })
}

/// Whether two figures can count the same doers: unless each is the
/// subject of a verb and the verbs differ (`Two states filed a challenge`
/// / `Four states have legalized marijuana` count two groups).
#[cfg(test)]
fn same_deed(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    same_deed_read(subject_verb(a).as_deref(), subject_verb(b).as_deref())
}

/// [`same_deed`] with each claim's [`subject_verb`] already read (once
/// per claim, not once per pair).
pub(super) fn same_deed_read(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The verbs (past forms) of the clause holding `c`, as the group they
/// belong to or their stem.
fn clause_verbs(c: &ClaimEvidence) -> Vec<String> {
    past_verbs(c).iter().map(|w| happening_key(w)).collect()
}

/// A verb read with the word after it: a phrase that names a happening of
/// another group (`set sail`, `set off`: departing; `hit 117 degrees`,
/// `hit a record`: a level reached), else the verb's own key.
fn verb_key(w: &str, next: &str) -> String {
    let figure = next.starts_with(|ch: char| ch.is_ascii_digit())
        || matches!(next, "a" | "an" | "record" | "new" | "its" | "their");
    match w {
        "set" if matches!(next, "sail" | "off" | "out") => happening_key("departed"),
        // Falling ill (`fell ill on February 13` / `developed symptoms on
        // February 3`).
        "fell" | "became" | "got" | "was" | "were" if matches!(next, "ill" | "sick") => {
            "#ill".into()
        }
        "developed" | "showed" if next == "symptoms" => "#ill".into(),
        "hit" | "struck" if figure => happening_key("reached"),
        _ => happening_key(w),
    }
}

/// A verb as the group of [`SAME_HAPPENING`] it belongs to, else its stem:
/// two verbs date one happening when their keys are equal.
fn happening_key(w: &str) -> String {
    SAME_HAPPENING
        .iter()
        .position(|g| g.contains(&w))
        .map_or_else(|| stem(w), |k| format!("#{k}"))
}

/// Why two dates of a happening (not a start or a deadline) were judged
/// to date the same one: what the text gives, never our reading of the
/// dates alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Happening {
    /// Each date is attached to a verb of one group or stem (`announced
    /// Tuesday` / `on Oct. 4 announced`).
    DatedVerb(String),
    /// The dates' own verbs are not both read, but their clauses share a
    /// past verb (not one of saying, when a date stands inside a quotation).
    ClauseVerb(String),
    /// One side names a happening with a verb, the other with a word of
    /// the same root next to its date (`Members voted on Monday` / `The
    /// vote is on Tuesday`).
    DatedWord(String),
    /// Both dates are written out with a day number (`April 14, 2029` /
    /// `13 April 2029`): no weekday of ours is read into them.
    WrittenDates,
}

impl Happening {
    /// Whether what is dated is a statement or a report (`reported
    /// Friday`, `said on Monday`): one outlet's report is not another's.
    pub(super) fn of_speech(&self) -> bool {
        match self {
            Happening::DatedVerb(v) | Happening::ClauseVerb(v) => {
                let key = happening_key(v);
                SPEECH.iter().any(|s| happening_key(s) == key)
            }
            _ => false,
        }
    }

    /// The reason as `flag show` says it.
    pub(super) fn describe(&self) -> String {
        match self {
            Happening::DatedVerb(v) => format!("each date is attached to \"{v}\""),
            Happening::ClauseVerb(v) => format!("both sentences date \"{v}\""),
            Happening::DatedWord(v) => format!("both dates go with \"{v}\""),
            Happening::WrittenDates => "both dates are written out in full".into(),
        }
    }
}

/// Whether two dates of a happening date the same happening, and why
/// (see [`Happening`]). `passed … Tuesday` and `released … on Monday` are
/// two events of one story, `closed … on Monday` and `shut … on 4 March`
/// one. Without a verb or word in common, two dates are two happenings
/// unless both are written out: a weekday alone (`urged voters Sunday` /
/// `heads into the recall Tuesday`) most often tells another day's news.
pub(super) fn happening(a: &ClaimEvidence, b: &ClaimEvidence) -> Option<Happening> {
    if reference_time(a) || reference_time(b) {
        return None;
    }
    // A date that names a thing done (`In a Tuesday letter to the
    // director, senators accused …`) dates what the other side's clause
    // does to that thing (`wrote a letter to the director on Wednesday`),
    // whatever other verbs the two sentences hold (and even when that is a
    // verb of saying: the letter is what was written).
    let named = |x: &ClaimEvidence, y: &ClaimEvidence| {
        dated_noun(x).filter(|e| dated_event(y).is_none() && in_clause(e, y))
    };
    if let Some(e) = named(a, b).or_else(|| named(b, a)) {
        return Some(Happening::DatedWord(e));
    }
    // `The New York Times reported Thursday` dates a report, not the
    // happening another outlet dates (`will propose … on Friday`).
    if reports(a) != reports(b) {
        return None;
    }
    // One word right before both dates, not a past form, one of them
    // after a modal (`will reopen Saturday` / `would stay closed for a day
    // and reopen on May 16`): one happening still to come, whatever past
    // verbs the clauses hold further back. (Two meetings of one story,
    // `a meeting on Monday` / `a meeting on Thursday`, have no modal.)
    if (modal_dated(a) || modal_dated(b))
        && let (Some(x), Some(y)) = (word_before_date(a), word_before_date(b))
        && root(&x) == root(&y)
        && !is_past(&x)
        && !is_past(&y)
        && !SPEECH.iter().any(|s| root(s) == root(&x))
    {
        return Some(Happening::DatedWord(x));
    }
    // The verb each date is attached to decides first: `signed … on
    // Wednesday` and `remained shuttered on Sunday` are two happenings
    // however many verbs their sentences share.
    // A date inside a quotation is not the date of the verb of saying
    // outside it (`"… the bill on Monday of next week," Schumer said`).
    let quoted = inside_quotation(a) || inside_quotation(b);
    let said_ok = |key: &String| !quoted || *key != said();
    let (da, db) = (dated_verb(a), dated_verb(b));
    if let (Some(x), Some(y)) = (&da, &db) {
        return (x == y && said_ok(x) && same_thing_made_public(x, a, b) && !other_doers(x, a, b))
            .then(|| Happening::DatedVerb(spoken(x, a)));
    }
    let (x, y) = (clause_verbs(a), clause_verbs(b));
    if !x.is_empty() && !y.is_empty() {
        return x
            .iter()
            .find(|v| y.contains(v) && said_ok(v))
            .map(|v| Happening::ClauseVerb(spoken(v, a)));
    }
    // One side has a verb, the other a word of its root by the date.
    let word = |verbs: &[String], other: &ClaimEvidence| {
        let near = words_by_date(other);
        verbs
            .iter()
            .find(|v| near.iter().any(|w| root(w) == root(v)))
            .cloned()
    };
    if let Some(v) = word(&past_verbs(a), b).or_else(|| word(&past_verbs(b), a)) {
        return Some(Happening::DatedWord(v));
    }
    // Neither date is on a past verb: a word of one root next to both dates
    // (`will strike on Friday 27 September` / `will hold a 24-hour strike
    // on Saturday`, `due to take effect on 2 December` / `due to shut on 9
    // December`), as happenings still to come are written.
    // (A date a happening is set for, `is scheduled for Nov. 25`, is one
    // still to come as much as one after a modal.)
    let to_come = |d: &Option<String>| {
        d.as_ref()
            .is_none_or(|v| SCHEDULED.iter().any(|s| happening_key(s) == *v))
    };
    if to_come(&da) && to_come(&db) {
        let near = words_by_date(b);
        if let Some(w) = words_by_date(a)
            .into_iter()
            .find(|w| near.iter().any(|v| root(v) == root(w)))
        {
            return Some(Happening::DatedWord(w));
        }
    }
    let written = |c: &ClaimEvidence| c.surface.chars().any(|ch| ch.is_ascii_digit());
    (written(a) && written(b)).then_some(Happening::WrittenDates)
}

/// The names that do what a date's verb says: the capitalised words of
/// its clause right before the first verb of the group `key` (`Mayor Ed
/// Murray of Seattle announced`: `ed`, `murray`, `seattle`), without
/// titles, weekdays, months, capitalised function words and a lone
/// capitalised first word.
fn doers(key: &str, c: &ClaimEvidence) -> Vec<String> {
    let words: Vec<&str> = c.sentence.split_whitespace().collect();
    let clean = |raw: &str| {
        raw.trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_string()
    };
    let Some(at) = words.iter().position(|raw| {
        happening_key(&clean(raw).to_lowercase()) == key && is_past(&clean(raw).to_lowercase())
    }) else {
        return Vec::new();
    };
    // A passive verb's subject is what was done to, not who did it (`2004
    // MN4 is expected`, `the asteroid is predicted`).
    if at > 0
        && matches!(
            clean(words[at - 1]).to_lowercase().as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    {
        return Vec::new();
    }
    // (A lone capitalised first word may be a common noun: `Crews
    // contained the fire`.)
    let lone_first = words.len() > 1 && !words[1].starts_with(char::is_uppercase);
    let mut out = Vec::new();
    for (k, raw) in words[..at].iter().enumerate().rev().take(8) {
        if breaks_clause(raw, false) {
            break;
        }
        let w = clean(raw);
        let l = w.to_lowercase();
        let name = w.starts_with(char::is_uppercase) && !w.chars().any(|ch| ch.is_ascii_digit());
        let other = (k == 0 && lone_first)
            || lexicon::is_title(&w)
            || lexicon::is_honorific(&l)
            || lexicon::weekday(&l).is_some()
            || lexicon::month_number(&l).is_some()
            || lexicon::is_function_word(&l);
        if name && !other {
            out.push(l);
        }
    }
    out
}

/// Whether two dates' one verb has named doers on both sides that share
/// no name (`Mayor Ed Murray of Seattle announced a ban on Saturday` /
/// `Gov. Jay Inslee announced Monday that he would ban travel`): two
/// people did it, on two days. A side naming no one (`The council
/// announced`, `officials said`) may be either.
fn other_doers(key: &str, a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    let (x, y) = (doers(key, a), doers(key, b));
    !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.contains(w))
}

/// Verbs that make something public: one such happening per thing made
/// public, so two dates of `announced` are one happening only when what
/// was announced is one thing.
const MADE_PUBLIC: &[&str] = &[
    "announced",
    "unveiled",
    "revealed",
    "released",
    "introduced",
    "proposed",
    "launched",
    "published",
    "presented",
    "issued",
];

/// For a verb of [`MADE_PUBLIC`], whether the two sentences make one thing
/// public: what follows the verb (up to 40 words, without the date) shares
/// a content word on both sides (`unveiled a plan Wednesday to
/// decriminalize marijuana` / `announced Tuesday a framework for a $3.5
/// trillion package` are two announcements). Any other verb, or a side
/// whose object is not read, passes.
fn same_thing_made_public(key: &str, a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    if !MADE_PUBLIC.iter().any(|v| happening_key(v) == key) {
        return true;
    }
    let object = |c: &ClaimEvidence| -> Vec<String> {
        let date: Vec<String> = c.surface.split_whitespace().map(stem).collect();
        let words: Vec<&str> = c.sentence.split_whitespace().collect();
        let clean = clean_word;
        let Some(at) = words.iter().position(|w| happening_key(&clean(w)) == key) else {
            return Vec::new();
        };
        words[at + 1..]
            .iter()
            .take(40)
            .map(|w| clean(w))
            .filter(|w| {
                w.chars().count() > 2
                    && !lexicon::is_function_word(w)
                    && !lexicon::is_weekday_name(w)
                    && !lexicon::is_month_name(w)
                    && !lexicon::is_month_abbreviation(w)
            })
            .map(|w| stem(&w))
            .filter(|w| !date.contains(w))
            .collect()
    };
    let (x, y) = (object(a), object(b));
    x.is_empty() || y.is_empty() || x.iter().any(|w| y.contains(w))
}

/// Whether a date is attached to a verb of saying or reporting (`The New
/// York Times reported Thursday`, `said on Monday`): it dates a report.
/// A date the clause only holds beside such a verb (`She said the board
/// would certify the results on November 25`) dates what was said.
fn reports(c: &ClaimEvidence) -> bool {
    speech_only(c) && !modal_dated(c)
}

/// Whether a modal stands between a date and any past verb before it in
/// its clause (`said the board would certify the results on November
/// 25`): the date is on the verb after the modal.
fn modal_dated(c: &ClaimEvidence) -> bool {
    let (before, _) = around(c);
    let mut list = false;
    for raw in before.split_whitespace().rev() {
        list |= matches!(raw, "and" | "or");
        if breaks_clause(raw, list) {
            return false;
        }
        let w = raw
            .trim_matches(|ch: char| !ch.is_alphabetic())
            .to_lowercase();
        if is_past(&w) {
            return false;
        }
        if MODALS.contains(&w.as_str()) {
            return true;
        }
    }
    false
}

/// Whether a date dates a statement (`officials said on Monday`) rather
/// than what it is about.
pub(super) fn dates_a_statement(c: &ClaimEvidence) -> bool {
    dated_verb(c).is_some_and(|v| v == said()) || speech_only(c)
}

/// Whether the date of `c` stands inside quotation marks.
fn inside_quotation(c: &ClaimEvidence) -> bool {
    let (before, _) = around(c);
    let count = |ch: char| before.matches(ch).count();
    count('"') % 2 == 1 || count('“') > count('”')
}

/// The key of the verbs of saying.
fn said() -> String {
    happening_key("said")
}

/// A key of [`happening_key`] as the verb the sentence of `c` writes.
fn spoken(key: &str, c: &ClaimEvidence) -> String {
    past_verbs(c)
        .into_iter()
        .find(|w| happening_key(w) == key)
        .unwrap_or_else(|| key.trim_start_matches('#').to_string())
}

/// A word's root for [`Happening::DatedWord`]: `vote`, `voted`, `votes`
/// and `voting` meet at `vot`.
fn root(w: &str) -> String {
    let w = w.to_lowercase();
    let w = ["ing", "ed", "es", "s"]
        .iter()
        .find_map(|s| w.strip_suffix(s).filter(|b| b.chars().count() >= 3))
        .unwrap_or(&w);
    w.strip_suffix('e')
        .filter(|b| b.chars().count() >= 3)
        .unwrap_or(w)
        .to_string()
}

/// The content word right before a date (past its prepositions, times of
/// day and auxiliaries: `reopen` in `will reopen on Saturday`), if the
/// clause has one before any break.
fn word_before_date(c: &ClaimEvidence) -> Option<String> {
    let (before, _) = around(c);
    for raw in before.split_whitespace().rev() {
        if breaks_clause(raw, false) {
            return None;
        }
        let w = raw
            .trim_matches(|ch: char| !ch.is_alphabetic())
            .to_lowercase();
        if w.is_empty()
            || DATE_FILLERS.contains(&w.as_str())
            || AUXILIARIES.contains(&w.as_str())
            || crate::extract::lexicon::is_function_word(&w)
        {
            continue;
        }
        return Some(w);
    }
    None
}

/// The content words right before a date in its clause (up to four) and
/// right after it (up to two, up to a function word): where a noun or a
/// present-tense verb names what the date dates (`the vote is on
/// Tuesday`, `heads into the recall Tuesday`).
fn words_by_date(c: &ClaimEvidence) -> Vec<String> {
    let (before, after) = around(c);
    let content = |raw: &&str| {
        let w = raw
            .trim_matches(|ch: char| !ch.is_alphabetic())
            .to_lowercase();
        (!w.is_empty()
            && !DATE_FILLERS.contains(&w.as_str())
            && !AUXILIARIES.contains(&w.as_str())
            && !crate::extract::lexicon::is_function_word(&w))
        .then_some(w)
    };
    let mut out = Vec::new();
    let mut list = false;
    for raw in before.split_whitespace().rev() {
        list |= matches!(raw, "and" | "or");
        if breaks_clause(raw, list) || out.len() >= 4 {
            break;
        }
        out.extend(content(&raw));
    }
    let mut next = 0;
    for raw in after.split_whitespace() {
        let Some(w) = content(&raw) else { break };
        out.push(w);
        next += 1;
        if next >= 2 || raw.ends_with([',', ';', ':', '.']) {
            break;
        }
    }
    out
}

#[cfg(test)]
fn same_happening(a: &ClaimEvidence, b: &ClaimEvidence) -> bool {
    happening(a, b).is_some()
}

/// Past forms that set a day for a happening still to come (`is
/// scheduled for Nov. 25`, `was set for Friday`).
const SCHEDULED: &[&str] = &["scheduled", "set", "slated", "planned", "due", "timetabled"];

/// Words between a date and the verb it dates: `announced on Tuesday`,
/// `on Oct. 4 announced`, `Friday morning, … diverged`.
const DATE_FILLERS: &[&str] = &[
    "on",
    "early",
    "late",
    "last",
    "this",
    "morning",
    "afternoon",
    "evening",
    "night",
    "at",
    "midnight",
    "noon",
    "local",
    "time",
];

/// The past verb a date is attached to, as its group or stem: the nearest
/// within four content words before it (`announced Tuesday`, `was killed
/// on Monday`, `recommended the booster shot Thursday`), else the first after it (`on Oct. 4 announced`; after a
/// fronted date and its comma, past the subject: `Early Friday morning,
/// the CDC's director diverged`). None when no past verb is that close
/// (`the death toll stands at 24 Monday`).
pub(super) fn dated_verb(c: &ClaimEvidence) -> Option<String> {
    let clean = |raw: &str| {
        raw.trim_matches(|ch: char| !ch.is_alphabetic())
            .to_lowercase()
    };
    let (before, after) = around(c);
    let mut counted = 0;
    let mut list = false;
    // (The word after each one read back: `set sail`, `hit 117`.)
    let mut next = c
        .surface
        .split_whitespace()
        .next()
        .map(clean_word)
        .unwrap_or_default();
    for raw in before.split_whitespace().rev() {
        // (A clause break before the date ends the look back; the commas
        // of a list do not: `closed to cars, buses and lorries on Sunday`.)
        list |= matches!(raw, "and" | "or");
        if breaks_clause(raw, list) {
            break;
        }
        let w = clean(raw);
        if is_past(&w) {
            return Some(verb_key(&w, &next));
        }
        next = clean_word(raw);
        // A modal before the date puts it on the verb after the modal, not
        // on a past verb further back (`She said the board would certify
        // the results on November 25`): see [`modal_dated`].
        if MODALS.contains(&w.as_str()) {
            return None;
        }
        if !DATE_FILLERS.contains(&w.as_str())
            && !AUXILIARIES.contains(&w.as_str())
            && !crate::extract::lexicon::is_function_word(&w)
        {
            counted += 1;
            if counted > 4 {
                break;
            }
        }
    }
    let fronted = before.split_whitespace().all(|raw| {
        DATE_FILLERS.contains(&clean(raw).as_str()) || raw.starts_with(char::is_uppercase)
    });
    let reach = if fronted { 14 } else { 3 };
    let mut counted = 0;
    let words: Vec<&str> = after.split_whitespace().collect();
    for (k, raw) in words.iter().enumerate() {
        let w = clean(raw);
        if is_past(&w) {
            let next = words.get(k + 1).map(|n| clean_word(n)).unwrap_or_default();
            return Some(verb_key(&w, &next));
        }
        if !DATE_FILLERS.contains(&w.as_str()) {
            counted += 1;
        }
        // (Only a fronted date reads on past its comma; a date inside a
        // quotation is not dated by the verb of the sentence quoting it.)
        if counted >= reach
            || (!fronted && raw.ends_with([',', ';', ':', '.']))
            || raw.contains(['"', '”'])
        {
            break;
        }
    }
    None
}

/// Whether a word read back from a date closes its clause: it ends with a
/// clause mark, unless the mark is a list's comma (an `and` or `or` was
/// read after it).
fn breaks_clause(raw: &str, in_list: bool) -> bool {
    raw.ends_with([';', ':', '"', '”', '.']) || (raw.ends_with(',') && !in_list)
}

/// Verbs that date a statement or a report rather than what it is about.
const SPEECH: &[&str] = &[
    "said", "told", "reported", "added", "stated", "wrote", "tweeted",
];

/// Whether every past verb of the clause holding `c` is one of [`SPEECH`]
/// (and there is one).
fn speech_only(c: &ClaimEvidence) -> bool {
    let verbs = past_verbs(c);
    !verbs.is_empty() && verbs.iter().all(|w| SPEECH.contains(&w.as_str()))
}

/// `as of Monday afternoon`, `as at 30 June`, and `by` after a perfect
/// tense (`a petition that had gathered 11,000 signatures by last night`,
/// `have been vaccinated by Friday`): the time a figure was taken, not a
/// happening and not a deadline (`must respond by Friday`, `will have
/// finished by May`).
pub(super) fn reference_time(c: &ClaimEvidence) -> bool {
    let (before, _) = around(c);
    let words: Vec<String> = before.split_whitespace().rev().map(clean_word).collect();
    let at = |k: usize| words.get(k).map(String::as_str).unwrap_or("");
    if matches!(at(0), "of" | "at") && at(1) == "as" {
        return true;
    }
    at(0) == "by" && done_by_then(&before.split_whitespace().rev().skip(1).collect::<Vec<_>>())
}

/// Whether the clause read back (`words`, nearest first) tells what was
/// done by then: a past or perfect verb (`had gathered`, `has been paid`,
/// `who got their first dose`) not after a modal or an infinitive's `to`
/// (`will have finished`, `agreed to decide`), which look ahead.
fn done_by_then(words: &[&str]) -> bool {
    for (k, raw) in words.iter().enumerate().take(12) {
        if k > 0 && raw.ends_with([';', ':', '.', '"', '”']) {
            return false;
        }
        let w = clean_word(raw);
        if w == "to" || MODALS.contains(&w.as_str()) || matches!(w.as_str(), "due" | "until") {
            return false;
        }
        if !is_past(&w) {
            continue;
        }
        // (`will have finished`, `would be paid`.)
        return !words[k + 1..]
            .iter()
            .take(3)
            .map(|x| clean_word(x))
            .any(|x| MODALS.contains(&x.as_str()) || x == "to");
    }
    false
}

/// `over the past three weeks`, `in the last seven days`: a duration that
/// is the window a figure is measured over, not a quantity the story
/// reports.
pub(super) fn is_window(c: &ClaimEvidence) -> bool {
    let (before, _) = around(c);
    let last = before.split_whitespace().next_back().map(clean_word);
    matches!(
        last.as_deref(),
        Some("past" | "last" | "previous" | "preceding" | "next" | "coming")
    )
}

/// Words that make a figure after them a goal rather than a count:
/// `a goal of 70%`, `aims to vaccinate 70%`, `races to administer … to 70%`.
const TARGET_WORDS: &[&str] = &[
    "goal",
    "goals",
    "target",
    "targets",
    "targeted",
    "targeting",
    "aim",
    "aims",
    "aimed",
    "aiming",
    "pledge",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "seeks",
    "seeking",
    "races",
    "racing",
    "raced",
    "hopes",
    "hoping",
    "wants",
    "intends",
    "strives",
    "striving",
];

/// `the nation races to administer a shot to 70% of adults`, `a target of
/// 2 million homes`: the figure is what someone means to reach, not what
/// was reached. A goal and a count are two quantities; two goals compare.
/// (The goal word must stand in the figure's clause, at most 10 words
/// before it, with `to` or `of` between them; a verb of wanting may take
/// the figure as its object: `the union wants 7 per cent`, `demanded a
/// 12% rise`.)
pub(super) fn is_target(c: &ClaimEvidence) -> bool {
    let words = words_before(c, 10);
    // Nearest first; a clause break ends the look back.
    let mut linked = false;
    for (k, w) in words.iter().enumerate() {
        if w.is_empty() {
            break;
        }
        if TARGET_WORDS.contains(&w.as_str()) || WANTING.contains(&w.as_str()) {
            let object = WANTING.contains(&w.as_str())
                && words[..k].iter().all(|v| {
                    matches!(
                        v.as_str(),
                        "a" | "an" | "at" | "least" | "about" | "around" | "some" | "nearly"
                    )
                });
            return linked || object;
        }
        linked |= w == "to" || w == "of";
    }
    false
}

/// Verbs of wanting whose object is a figure someone asks for, not one
/// reached (`the union wants 7 per cent`, `is seeking $2 million`).
const WANTING: &[&str] = &[
    "wants",
    "wanted",
    "seeks",
    "seeking",
    "sought",
    "demands",
    "demanded",
    "demanding",
    "requested",
    "requesting",
];

/// Words that make a figure after them (in its clause) what someone
/// expects rather than what happened: `Economists expected roughly
/// 500,000 jobs`, `analysts were forecasting 3%`.
const FORECAST_BEFORE: &[&str] = &[
    "expected",
    "expecting",
    "expect",
    "expects",
    "forecast",
    "forecasts",
    "forecasting",
    "forecasters",
    "projected",
    "projecting",
    "projects",
    "predicted",
    "predicting",
    "predicts",
    "anticipated",
    "anticipating",
    "projection",
    "projections",
    "consensus",
];

/// Words right after a figure that make it a forecast: `the roughly
/// 700,000 expected by forecasters`.
const FORECAST_AFTER: &[&str] = &["expected", "forecast", "projected", "predicted"];

/// Whether `c` is a forecast rather than what happened. A forecast and
/// what was then reached (`Economists expected 500,000 jobs` / `employers
/// added 194,000 jobs`) are two quantities; two forecasts compare. Only
/// words of the figure's own clause count (`As expected, sales rose 5%`
/// is what happened).
pub(super) fn is_forecast(c: &ClaimEvidence) -> bool {
    let clean = clean_word;
    let (before, after) = around(c);
    let mut words = before.split_whitespace().rev().peekable();
    let mut looked = 0;
    while let Some(raw) = words.next() {
        if raw.ends_with([',', ';', ':', '.', '"', '”']) || looked >= 8 {
            break;
        }
        looked += 1;
        let w = clean(raw);
        // (`had been looking for 845,000 new jobs`)
        let looking_for = w == "for" && words.peek().is_some_and(|p| clean(p) == "looking");
        if FORECAST_BEFORE.contains(&w.as_str()) || looking_for {
            return true;
        }
    }
    // The figure's counted noun may stand between (`500,000 jobs expected`).
    after
        .split_whitespace()
        .take(2)
        .any(|raw| FORECAST_AFTER.contains(&clean(raw).as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forecast_is_not_what_happened() {
        for (sentence, surface, want) in [
            (
                "Economists expected roughly 500,000 jobs added.",
                "roughly 500,000",
                true,
            ),
            (
                "Analysts had been looking for 845,000 new jobs.",
                "845,000",
                true,
            ),
            (
                "It added 235,000 jobs, far fewer than the 700,000 expected by forecasters.",
                "700,000",
                true,
            ),
            (
                "Employers added 235,000 jobs, far fewer than the 700,000 expected.",
                "235,000",
                false,
            ),
            ("As expected, sales rose 5% in May.", "5%", false),
            ("Sales rose 5%, more than expected.", "5%", false),
            (
                "The plan is expected to cost $5 billion.",
                "$5 billion",
                true,
            ),
        ] {
            assert_eq!(
                is_forecast(&claim(sentence, surface)),
                want,
                "{surface} in {sentence:?}"
            );
        }
    }

    fn claim(sentence: &str, surface: &str) -> ClaimEvidence {
        crate::compare::claim_at(sentence, surface, None)
    }

    /// Each case: a sentence, the figure, and the head (and narrowing word)
    /// read for it.
    /// The verb each date dates, or none when no past verb is that close.
    #[test]
    fn a_date_dates_the_verb_next_to_it() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Garland announced Tuesday that the FBI will act.",
                "Tuesday",
                Some("announced"),
            ),
            (
                "Garland on Oct. 4 announced an effort.",
                "Oct. 4",
                Some("announced"),
            ),
            (
                "On Wednesday, President Ada Vance signed an order.",
                "Wednesday",
                Some("signed"),
            ),
            (
                "Early Friday morning, the agency's director Dr. Ada Vance diverged from advisers.",
                "Friday",
                Some("diverged"),
            ),
            (
                "The pipeline remained shuttered on Sunday after an attack.",
                "Sunday",
                Some("shuttered"),
            ),
            (
                "Three people were killed on Monday in the blast.",
                "Monday",
                Some("died"),
            ),
            (
                "Ada Vance recommended the Pfizer-BioNTech COVID-19 booster shot Thursday for all.",
                "Thursday",
                Some("recommended"),
            ),
            ("The death toll stands at 24 Monday.", "Monday", None),
            (
                "In a press release Monday, Garland addressed the spike.",
                "Monday",
                None,
            ),
            (
                "Newsom heads into the recall Tuesday with polls ahead.",
                "Tuesday",
                None,
            ),
            // A modal puts the date on the verb after it.
            (
                "She said the board would certify the results on November 25.",
                "November 25",
                None,
            ),
            (
                "Officials said crews could reopen the road on Friday.",
                "Friday",
                None,
            ),
        ];
        for &(sentence, surface, want) in cases {
            let got = dated_verb(&claim(sentence, surface));
            assert_eq!(got, want.map(happening_key), "{surface} in {sentence:?}");
        }
        // Two happenings by their dated verbs, whatever else the clauses hold.
        let signed = claim(
            "On Wednesday, Biden signed an order after a hack caused the pipeline to shut down.",
            "Wednesday",
        );
        let shut = claim(
            "The pipeline remained shut on Sunday after an attack.",
            "Sunday",
        );
        assert!(!same_happening(&signed, &shut));
        // (Of one thing made public: threats to teachers.)
        let announced = claim(
            "Garland on Oct. 4 announced an effort against threats to teachers.",
            "Oct. 4",
        );
        let revealed = claim(
            "Garland revealed Tuesday that agents will act on threats to teachers.",
            "Tuesday",
        );
        assert!(same_happening(&announced, &revealed));
    }

    /// Verbs of one happening told with other words: a rate cut, a rise, a
    /// departure, a certification. Verbs of other groups stay apart.
    #[test]
    fn one_happening_in_other_verbs() {
        for (a, x, b, y, same) in [
            (
                "The central bank cut interest rates on Tuesday.",
                "Tuesday",
                "The bank lowered borrowing costs on Wednesday.",
                "Wednesday",
                true,
            ),
            (
                "The regulator slashed the price cap on 3 April.",
                "3 April",
                "The price cap was reduced on 5 April by the regulator.",
                "5 April",
                true,
            ),
            (
                "The council raised parking fees on Monday.",
                "Monday",
                "Parking fees were increased on Tuesday by the council.",
                "Tuesday",
                true,
            ),
            (
                "The ferry sailed from Port Ellis on 12 July.",
                "12 July",
                "The ferry departed on 13 July with 240 people aboard.",
                "13 July",
                true,
            ),
            (
                "The county certified the result on November 15.",
                "November 15",
                "Officials certified the count on November 25.",
                "November 25",
                true,
            ),
            // Leaving port is sailing; `set sail` and `set off` too.
            (
                "The trawler left Kirkwall harbour at dawn on Monday.",
                "Monday",
                "The trawler set sail on Sunday evening with nine crew.",
                "Sunday",
                true,
            ),
            (
                "The yacht set off from Brixham on 3 May.",
                "3 May",
                "The yacht sailed from Brixham late on 2 May.",
                "2 May",
                true,
            ),
            // Falling ill, in two phrases.
            (
                "The first patient fell ill on February 13, the report says.",
                "February 13",
                "The first patient developed symptoms on February 3.",
                "February 3",
                true,
            ),
            // A level reached: `hit` before a figure or a record.
            (
                "The river hit 6.2 metres at Ashford on Thursday.",
                "Thursday",
                "The river reached its highest level on Friday.",
                "Friday",
                true,
            ),
            (
                "Shares topped $40 on 9 June.",
                "9 June",
                "The shares hit a record high on 10 June.",
                "10 June",
                true,
            ),
            // `hit` without a figure is a blow, not a level.
            (
                "The storm hit the coast on Thursday.",
                "Thursday",
                "The river reached its highest level on Friday.",
                "Friday",
                false,
            ),
            (
                "The crew set up camp on Monday.",
                "Monday",
                "The crew departed on Tuesday.",
                "Tuesday",
                false,
            ),
            // Other groups: a cut is not a rise, a departure not a cut.
            (
                "The central bank cut interest rates on Tuesday.",
                "Tuesday",
                "The bank raised its growth forecast on Wednesday.",
                "Wednesday",
                false,
            ),
            (
                "The ferry sailed from Port Ellis on 12 July.",
                "12 July",
                "The operator cut fares on 13 July.",
                "13 July",
                false,
            ),
        ] {
            assert_eq!(
                same_happening(&claim(a, x), &claim(b, y)),
                same,
                "{x} in {a} / {y} in {b}"
            );
        }
    }

    /// Happenings still to come, and what was said about them, are dated
    /// by the words next to their dates; a date of a report is not the
    /// date of what the report is about.
    #[test]
    fn happenings_to_come_are_dated_by_the_words_beside_them() {
        for (a, b, one) in [
            (
                (
                    "Train crews will strike on Friday 27 September in a dispute over pay.",
                    "Friday 27 September",
                ),
                (
                    "Train crews will hold a 24-hour strike on Saturday, the union said.",
                    "Saturday",
                ),
                true,
            ),
            (
                (
                    "The closures, which were meant to save money, had been due to take effect on 2 December.",
                    "2 December",
                ),
                (
                    "The branches had been due to shut on 9 December.",
                    "9 December",
                ),
                true,
            ),
            (
                (
                    "She said the board would certify the results on November 25.",
                    "November 25",
                ),
                (
                    "The county board of elections will certify the result on November 15.",
                    "November 15",
                ),
                true,
            ),
            // A day a happening is set for, against one after a modal.
            (
                (
                    "Certification of the results is scheduled for Nov. 25.",
                    "Nov. 25",
                ),
                (
                    "The county board will certify the result on November 15.",
                    "November 15",
                ),
                true,
            ),
            // One word right before both dates, still to come.
            (
                (
                    "The museum will reopen on Saturday, the director said.",
                    "Saturday",
                ),
                (
                    "The museum said it would stay closed for a day and reopen on 16 May.",
                    "16 May",
                ),
                true,
            ),
            (
                ("The two sides held a meeting on Monday.", "Monday"),
                (
                    "Officials described a meeting on Thursday as tense.",
                    "Thursday",
                ),
                false,
            ),
            // Nothing in common next to the dates.
            (
                ("The council will vote on the budget on Tuesday.", "Tuesday"),
                (
                    "Residents can comment online until the consultation ends, on Friday.",
                    "Friday",
                ),
                false,
            ),
            // A report's date against the date of what it reports.
            (
                (
                    "The Courier reported Thursday that the plant would close.",
                    "Thursday",
                ),
                (
                    "The plant will close on Friday, its owner confirmed.",
                    "Friday",
                ),
                false,
            ),
        ] {
            let (x, y) = (claim(a.0, a.1), claim(b.0, b.1));
            assert_eq!(same_happening(&x, &y), one, "{} / {}", a.0, b.0);
        }
    }

    /// One verb done by two named doers is two happenings; a side that
    /// names no doer, or doers sharing a name, may be one.
    #[test]
    fn one_verb_by_two_named_doers_is_two_happenings() {
        for (a, b, one) in [
            (
                (
                    "On Saturday, Mayor Ed Murray of Seattle announced a ban on city travel to Indiana.",
                    "Saturday",
                ),
                (
                    "Washington Gov. Jay Inslee announced Monday that he would ban state travel to Indiana.",
                    "Monday",
                ),
                false,
            ),
            (
                (
                    "Acme Corp announced on Tuesday that it would close the plant.",
                    "Tuesday",
                ),
                (
                    "Rival firm Borden Industries announced on Monday that it would close the plant.",
                    "Monday",
                ),
                false,
            ),
            (
                ("President Biden signed the bill on Tuesday.", "Tuesday"),
                ("Biden signed the bill into law on Monday.", "Monday"),
                true,
            ),
            (
                (
                    "The council announced the closure of the plant on Tuesday.",
                    "Tuesday",
                ),
                (
                    "Mayor Jane Ortiz announced the closure of the plant on Monday.",
                    "Monday",
                ),
                true,
            ),
            (
                ("Firefighters contained the blaze on Sunday.", "Sunday"),
                ("Crews contained the fire on Saturday.", "Saturday"),
                true,
            ),
            // A passive verb names no doer.
            (
                (
                    "Asteroid MN4 is expected to pass closest on April 14, 2029.",
                    "April 14, 2029",
                ),
                (
                    "The Near-Earth Object is expected to pass near on 13 April 2029.",
                    "13 April 2029",
                ),
                true,
            ),
        ] {
            let (x, y) = (claim(a.0, a.1), claim(b.0, b.1));
            assert_eq!(same_happening(&x, &y), one, "{} / {}", a.0, b.0);
        }
    }

    #[test]
    fn the_thing_a_figure_measures() {
        for (sentence, surface, want) in [
            (
                "The couple earned $139 million in adjusted gross income from 2007 to 2014.",
                "$139 million",
                Some(("income", Some("gross"))),
            ),
            (
                "The Clintons have paid $43 million in federal taxes since 2007.",
                "$43 million",
                Some(("taxes", Some("federal"))),
            ),
            (
                "The program's $2.6 trillion trust fund will run out.",
                "$2.6 trillion",
                Some(("fund", Some("trust"))),
            ),
            (
                "Kmart Buying Sears in $11.5 Billion Deal",
                "$11.5 Billion",
                None,
            ),
            (
                "Kmart is buying Sears in an $11.5 billion deal.",
                "$11.5 billion",
                Some(("deal", None)),
            ),
            (
                "Sears has annual revenue of about $41bn.",
                "$41bn",
                Some(("revenue", Some("annual"))),
            ),
            (
                "Her 2014 federal tax rate was 35.72, the return showed.",
                "35.72",
                Some(("rate", Some("tax"))),
            ),
            (
                "Her heart rate was 72.",
                "72",
                Some(("rate", Some("heart"))),
            ),
            (
                "The program will pay 77 percent of promised benefits.",
                "77 percent",
                Some(("benefits", None)),
            ),
            ("Sales rose 5% in March.", "5%", None),
            (
                "Republicans control 187 U.S. House seats in 20 states.",
                "187",
                Some(("seats", None)),
            ),
            ("It paid $5 million Tuesday to settle.", "$5 million", None),
            ("The firm paid $5 million in 2020.", "$5 million", None),
            ("Officials said 40 were hurt.", "40", None),
            (
                "His wife spent $5,150 on fur capes and parkas.",
                "$5,150",
                Some(("capes", Some("fur"))),
            ),
            ("Shares rose 5% on Monday.", "5%", None),
            ("Bombs wounded 38 others on Saturday.", "38", None),
            ("The toll — “at least 40” — rose.", "40", None),
            ("It raised $2 million, officials said.", "$2 million", None),
            // A comparative says how a figure compares, not what it counts.
            (
                "Prices were 3.6% higher than a year earlier.",
                "3.6%",
                Some(("prices", None)),
            ),
            ("Tickets cost 20% more this season.", "20%", None),
        ] {
            let got = thing(&claim(sentence, surface));
            let want = want.map(|(h, m): (&str, Option<&str>)| Thing {
                head: stem(h),
                modifier: m.map(stem),
            });
            assert_eq!(got, want, "{surface} in {sentence}");
        }
    }

    #[test]
    fn figures_fit_unless_their_nouns_differ() {
        for (a, x, b, y, fits) in [
            (
                "The couple earned $139 million in adjusted gross income.",
                "$139 million",
                "The Clintons have paid $43 million in federal taxes.",
                "$43 million",
                false,
            ),
            (
                "Her federal tax rate was 35.72.",
                "35.72",
                "Her heart rate was 72.",
                "72",
                false,
            ),
            (
                "The couple earned $139 million in income.",
                "$139 million",
                "The couple's income reached $141 million in gross income.",
                "$141 million",
                true,
            ),
            (
                "Her tax rate was 35.7.",
                "35.7",
                "She paid taxes at a rate of 31.",
                "31",
                true,
            ),
            (
                "The firm paid $5 million in damages.",
                "$5 million",
                "The firm agreed to pay $6 million in damages.",
                "$6 million",
                true,
            ),
            (
                "Sears has annual revenue of about $41bn.",
                "$41bn",
                "Kmart is buying Sears for $11.5 billion, the firms said.",
                "$11.5 billion",
                false,
            ),
            (
                "Two-thirds passed, with 64.1% passing, up 1.3 points on 2023.",
                "1.3 points",
                "The pass rate was up 3.1 points from a year earlier.",
                "3.1 points",
                true,
            ),
            (
                "The firm paid $5 million in damages.",
                "$5 million",
                "The firm agreed to pay $6 million in damages and costs.",
                "$6 million",
                true,
            ),
            // One figure's noun named in the other sentence only with
            // another narrowing noun before it: another thing.
            (
                "He backs the $1.2 trillion infrastructure bill.",
                "$1.2 trillion",
                "The budget reconciliation bill was to spend $3.5 trillion.",
                "$3.5 trillion",
                false,
            ),
            (
                "He backs the $1.2 trillion infrastructure bill.",
                "$1.2 trillion",
                "The new bill would spend $1.5 trillion.",
                "$1.5 trillion",
                true,
            ),
            (
                "He backs the $1.2 trillion infrastructure bill.",
                "$1.2 trillion",
                "The infrastructure package, a bill of $1.5 trillion, passed.",
                "$1.5 trillion",
                true,
            ),
            // One thing counted in the words outlets write for one another.
            (
                "Outages peaked at about 86,000 customers after a substation failed.",
                "about 86,000",
                "Outages peaked at about 68,000 homes after a substation failed.",
                "about 68,000",
                true,
            ),
            (
                "Outages peaked at about 86,000 customers after a substation failed.",
                "about 86,000",
                "About 68,000 doctors were off sick at the peak.",
                "About 68,000",
                false,
            ),
        ] {
            assert_eq!(
                things_fit(&claim(a, x), &claim(b, y)),
                fits,
                "{x} in {a} / {y} in {b}"
            );
        }
    }

    #[test]
    fn dates_naming_an_event_compare_only_with_that_event() {
        for (a, x, b, y, fits) in [
            (
                "Four days before the anniversary of the Sept. 11 attacks, the Taliban named a government.",
                "Sept. 11",
                "The Taliban announced a new government on Tuesday.",
                "Tuesday",
                false,
            ),
            (
                "The board urged voters to back her in the June 22 Democratic primary.",
                "June 22",
                "Eric Adams is waking up Wednesday in the lead.",
                "Wednesday",
                false,
            ),
            (
                "Tuesday's hearing was closed to the press.",
                "Tuesday",
                "At a Sept. 28 hearing, the judge ruled.",
                "Sept. 28",
                true,
            ),
            (
                "The primary was held on June 22.",
                "June 22",
                "Voters went to the polls in the June 23 primary.",
                "June 23",
                true,
            ),
            (
                "The minister resigned on Tuesday morning.",
                "Tuesday",
                "The minister resigned on Monday.",
                "Monday",
                true,
            ),
            // A participle after a bare date is no event of its own.
            (
                "Senators wrote a letter to the director on Wednesday seeking answers.",
                "Wednesday",
                "In a Tuesday letter to the director, senators accused the agency.",
                "Tuesday",
                true,
            ),
            (
                "The union said Monday, adding that talks would go on.",
                "Monday",
                "The union walked out on Sunday.",
                "Sunday",
                true,
            ),
            // Nor is a word after a date that closes a prepositional phrase.
            (
                "The vessel left port at 9.40pm on Saturday bound for Pandel Town.",
                "Saturday",
                "The ferry set sail on Friday night.",
                "Friday",
                true,
            ),
            (
                "The leaders met on Monday amid protests outside.",
                "Monday",
                "The leaders met in Rome on Tuesday.",
                "Tuesday",
                true,
            ),
            // After a possessive or a determiner it is one.
            (
                "Monday's shooting left three dead.",
                "Monday",
                "The mayor spoke on Sunday.",
                "Sunday",
                false,
            ),
            (
                "Reporters asked about it at the Friday briefing in the capital.",
                "Friday",
                "The president flew home on Thursday.",
                "Thursday",
                false,
            ),
        ] {
            assert_eq!(
                events_fit(&claim(a, x), &claim(b, y)),
                fits,
                "{x} in {a} / {y} in {b}"
            );
        }
    }

    #[test]
    fn two_happenings_of_a_story_are_told_by_their_verbs() {
        for (a, x, b, y, same) in [
            (
                "The Senate passed a $1 trillion infrastructure plan Tuesday.",
                "Tuesday",
                "Senate Democrats released their budget resolution on Monday.",
                "Monday",
                false,
            ),
            (
                "Israeli forces attacked the Gaza Strip on Thursday.",
                "Thursday",
                "The confrontation escalated Tuesday as Israel unleashed new airstrikes.",
                "Tuesday",
                false,
            ),
            (
                "The bridge was shut to vehicles on 4 March.",
                "4 March",
                "Traders say the bridge was closed to cars on Sunday.",
                "Sunday",
                true,
            ),
            (
                "Garland announced Tuesday that the FBI will help teachers facing threats.",
                "Tuesday",
                "Garland on Oct. 4 announced a concentrated effort against threats to teachers.",
                "Oct. 4",
                true,
            ),
            (
                "The vote is on Tuesday.",
                "Tuesday",
                "Members voted on Monday.",
                "Monday",
                true,
            ),
            (
                "As of Monday afternoon, the fire had burned 150,000 acres.",
                "Monday",
                "The fire started on July 11.",
                "July 11",
                false,
            ),
            (
                "Biden is preparing a budget, The New York Times reported Thursday.",
                "Thursday",
                "Biden will propose his budget on Friday, a source said.",
                "Friday",
                false,
            ),
            // Without a verb or word in common, a weekday dates another
            // day's news.
            (
                "Newsom urged voters Sunday to turn back the recall.",
                "Sunday",
                "Newsom heads into the recall Tuesday with the wind at his back.",
                "Tuesday",
                false,
            ),
            (
                "The Senate may vote as soon as Wednesday on a bill.",
                "Wednesday",
                "The Senate failed to pass a funding bill on Monday.",
                "Monday",
                false,
            ),
            // A word of the verb's root by the date names the happening.
            (
                "The Senate's final vote comes on Thursday.",
                "Thursday",
                "Lawmakers voted on 3 May to pass the bill.",
                "3 May",
                true,
            ),
            // A date naming a thing done dates what the other clause does
            // to it, whatever other verbs the sentences hold.
            (
                "Senators wrote a letter to the director on Wednesday seeking answers.",
                "Wednesday",
                "In a Tuesday letter to the director, senators accused the agency of delays.",
                "Tuesday",
                true,
            ),
            (
                "The council held a hearing on Monday and heard from residents.",
                "Monday",
                "At a Tuesday hearing, residents told the council they opposed the plan.",
                "Tuesday",
                true,
            ),
            (
                "The council approved the budget on Monday.",
                "Monday",
                "At a Tuesday hearing, residents told the council they opposed the plan.",
                "Tuesday",
                false,
            ),
            // A bare date before a verb names no thing.
            (
                "The president on Monday said he did not agree with the protesters.",
                "Monday",
                "The president said of the protesters who confronted her on Sunday that it happens.",
                "Sunday",
                false,
            ),
            // A list's commas do not hide the verb.
            (
                "The bridge was closed to cars, buses and lorries on Sunday.",
                "Sunday",
                "The bridge was shut on Monday.",
                "Monday",
                true,
            ),
            // Two dates written out need no verb.
            (
                "The asteroid will come closest to the Earth on April 14, 2029.",
                "April 14, 2029",
                "It is predicted to pass near the Earth on 13 April 2029.",
                "13 April 2029",
                true,
            ),
            // A date inside a quotation is not the date of its `said`.
            (
                "\"We keep talking,\" Schumer said in a speech Thursday.",
                "Thursday",
                "\"I will file cloture on the bill on Monday of next week,\" Schumer said.",
                "Monday of next week",
                false,
            ),
            (
                "The minister said on Monday that she would resign.",
                "Monday",
                "The minister told reporters on Sunday that she would resign.",
                "Sunday",
                true,
            ),
        ] {
            assert_eq!(
                same_happening(&claim(a, x), &claim(b, y)),
                same,
                "{x} in {a} / {y} in {b}"
            );
        }
    }

    #[test]
    fn durations_of_a_measuring_window() {
        for (sentence, surface, window) in [
            (
                "Cases doubled over the past three weeks.",
                "three weeks",
                true,
            ),
            (
                "It averaged 19,455 a day over the last seven days.",
                "seven days",
                true,
            ),
            ("Repairs will take four weeks.", "four weeks", false),
            ("He served 10 years in prison.", "10 years", false),
        ] {
            assert_eq!(is_window(&claim(sentence, surface)), window, "{sentence}");
        }
    }

    #[test]
    fn a_goal_is_not_a_count() {
        for (sentence, surface, target) in [
            (
                "The nation races to administer a shot to 70% of adults by July.",
                "70%",
                true,
            ),
            (
                "The city set a goal of 2,000 new homes this year.",
                "2,000",
                true,
            ),
            (
                "The ministry aims to plant 5 million trees.",
                "5 million",
                true,
            ),
            (
                "Federal data suggests 54% of adults are vaccinated.",
                "54%",
                false,
            ),
            ("The city built 2,000 new homes this year.", "2,000", false),
            (
                "The target was missed: 40% of homes were connected.",
                "40%",
                false,
            ),
            // A verb of wanting with the figure as its object.
            (
                "The operator offered 5.4%; the union wants 7 per cent.",
                "7 per cent",
                true,
            ),
            ("Nurses demanded a 12% rise in pay this year.", "12%", true),
            (
                "The council is seeking $2 million from the state.",
                "$2 million",
                true,
            ),
            // What was wanted, and then a figure that was reached.
            (
                "Voters wanted change, and 38% of them backed the challenger.",
                "38%",
                false,
            ),
            (
                "The union wants talks after 87% of members voted to strike.",
                "87%",
                false,
            ),
        ] {
            assert_eq!(is_target(&claim(sentence, surface)), target, "{sentence}");
        }
    }

    #[test]
    fn figures_doing_different_things_are_two_groups() {
        let c = claim;
        for (a, b, same) in [
            (
                c(
                    "Two heartland states filed a court challenge on Thursday.",
                    "Two",
                ),
                c("Four states have legalized recreational marijuana.", "Four"),
                false,
            ),
            (
                c("Ninety people have been killed in the attack.", "Ninety"),
                c("At least 85 people died in the attack.", "85"),
                true,
            ),
            (
                c("300 residents were injured.", "300"),
                c("350 residents were hurt.", "350"),
                true,
            ),
            // (Not the subject: nothing to tell.)
            (
                c("The attack killed 13 troops and 72 Afghans.", "72"),
                c("Ninety people have been killed.", "Ninety"),
                true,
            ),
            (
                c("39% of doctors reported for duty.", "39%"),
                c("43% stayed at home.", "43%"),
                true,
            ),
            (
                c("Ferries said 26% of sailings had been cancelled.", "26%"),
                c("62% of scheduled sailings were cancelled.", "62%"),
                true,
            ),
        ] {
            assert_eq!(same_deed(&a, &b), same, "{} / {}", a.sentence, b.sentence);
        }
    }

    /// What was done to people, in other words: one deed.
    #[test]
    fn one_deed_in_other_words() {
        let c = claim;
        for (a, b, same) in [
            (
                c(
                    "Eleven miners were taken to hospital after the fall.",
                    "Eleven",
                ),
                c("A further 17 miners were hospitalised overnight.", "17"),
                true,
            ),
            (
                c(
                    "Nine went on to hospital, the ambulance service said.",
                    "Nine",
                ),
                c(
                    "Nineteen fans were taken to hospital after the crush.",
                    "Nineteen",
                ),
                true,
            ),
            (
                c(
                    "Nine fans needed hospital treatment after the crush.",
                    "Nine",
                ),
                c(
                    "Nineteen fans were taken to hospital after the crush.",
                    "Nineteen",
                ),
                true,
            ),
            (
                c(
                    "Some 320 runners needed medical attention in the heat.",
                    "320",
                ),
                c("About 130 runners were treated for heat exhaustion.", "130"),
                true,
            ),
            (
                c(
                    "About 2,300 visitors were evacuated from the park.",
                    "2,300",
                ),
                c("Some 3,200 people were ushered out of the park.", "3,200"),
                true,
            ),
            (
                c(
                    "Some 2,300 guests were moved to safety by keepers.",
                    "2,300",
                ),
                c(
                    "About 2,300 visitors were evacuated from the park.",
                    "2,300",
                ),
                true,
            ),
            // Treated where they were is not taken into hospital.
            (
                c("About 130 runners were treated for heat exhaustion.", "130"),
                c("Fourteen runners were taken to hospital.", "Fourteen"),
                false,
            ),
            // Moved elsewhere is not moved out of harm's way.
            (
                c("About 200 patients were moved to another hospital.", "200"),
                c("Some 300 people were evacuated from the ward.", "300"),
                false,
            ),
        ] {
            assert_eq!(same_deed(&a, &b), same, "{} / {}", a.sentence, b.sentence);
        }
    }

    /// The verb a figure is the object of.
    #[test]
    fn the_verb_a_figure_is_the_object_of() {
        for (sentence, figure, verb) in [
            (
                "The satellite was insured for $175 million.",
                "$175 million",
                Some("insur"),
            ),
            (
                "It cost about $310 million to build.",
                "$310 million",
                Some("cost"),
            ),
            (
                "The stake was valued at roughly £2bn.",
                "£2bn",
                Some("valu"),
            ),
            ("Police arrested 14 people.", "14", Some("#7")),
            ("Revenue of $5bn was a record.", "$5bn", None),
            (
                "The bodies of seven and 59 wounded were brought in.",
                "59",
                Some("#3"),
            ),
            ("About 300 runners were treated.", "About 300", None),
        ] {
            let got = object_verb(&claim(sentence, figure));
            assert_eq!(got.as_deref(), verb, "{figure} in {sentence}");
        }
    }

    /// People in general against people of one kind: one count only when
    /// each did the same thing, and never a count of things.
    #[test]
    fn people_in_general_and_of_one_kind() {
        let c = claim;
        let fit = |a: &ClaimEvidence, b: &ClaimEvidence| {
            people_in_other_words(
                (thing(a).as_ref(), thing(b).as_ref()),
                (subject_verb(a).as_deref(), subject_verb(b).as_deref()),
                a,
                b,
            )
        };
        for (a, b, same) in [
            (
                c("About 2,300 visitors were evacuated from the zoo.", "2,300"),
                c("Some 3,200 people were ushered out of the zoo.", "3,200"),
                true,
            ),
            (
                c("Nine were taken to hospital after the crush.", "Nine"),
                c("In all 19 festival-goers needed hospital treatment.", "19"),
                true,
            ),
            (
                c(
                    "Four miners were killed and 11 were taken to hospital.",
                    "11",
                ),
                c("A further 17 miners were hospitalised overnight.", "17"),
                true,
            ),
            // Another deed.
            (
                c("About 2,300 visitors were evacuated from the zoo.", "2,300"),
                c("Some 3,200 people were injured in the crush.", "3,200"),
                false,
            ),
            // Saying is no deed done to people.
            (
                c("About 2,000 voters said they would back the plan.", "2,000"),
                c("Some 1,500 people said they would back the plan.", "1,500"),
                false,
            ),
            // Buildings are no people.
            (
                c("About 2,300 buildings were evacuated in the city.", "2,300"),
                c("Some 3,200 people were evacuated in the city.", "3,200"),
                false,
            ),
            // No verb to tell: no pairing on the noun alone.
            (
                c("The zoo draws about 640,000 visitors a year.", "640,000"),
                c("Some 3,200 people were evacuated from the zoo.", "3,200"),
                false,
            ),
        ] {
            assert_eq!(fit(&a, &b), same, "{} / {}", a.sentence, b.sentence);
        }
    }

    #[test]
    fn an_object_count_has_no_verb_of_its_own() {
        let a = claim(
            "Two car bombs killed sixteen people and wounded 38 others Saturday when they exploded.",
            "38",
        );
        let b = claim(
            "The bodies of seven people and 59 wounded were brought to hospitals.",
            "59",
        );
        assert!(same_deed(&a, &b));
    }

    /// `by` after a perfect tense dates a tally (as of), not a deadline or a
    /// happening; `by` after a modal or an imperative is a deadline.
    #[test]
    fn by_after_a_perfect_tense_is_a_reference_time() {
        for (text, date, as_of) in [
            (
                "The petition had gathered more than 11,000 signatures by last night.",
                "last night",
                true,
            ),
            (
                "Some 4,000 people have been vaccinated by Friday, the clinic said.",
                "Friday",
                true,
            ),
            (
                "The fund has already raised $2m by March 3.",
                "March 3",
                true,
            ),
            ("Staff must respond by Friday.", "Friday", false),
            (
                "The builders will have finished the bridge by May 30.",
                "May 30",
                false,
            ),
            ("Bids are due by 14 June.", "14 June", false),
            (
                "The data include people who got a first dose by March 7.",
                "March 7",
                true,
            ),
            ("The council agreed to decide by May 2.", "May 2", false),
            (
                "She said the money would be paid by Friday.",
                "Friday",
                false,
            ),
            (
                "The total stood at 300 as of Monday afternoon.",
                "Monday afternoon",
                true,
            ),
            // A perfect in an earlier sentence is not this clause's.
            (
                "The union has rejected it. Members vote by Friday.",
                "Friday",
                false,
            ),
        ] {
            assert_eq!(
                reference_time(&claim(text, date)),
                as_of,
                "{date} in {text}"
            );
        }
    }

    #[test]
    fn had_to_names_a_past_happening() {
        let a = claim(
            "The aide had to apologize Saturday for the post.",
            "Saturday",
        );
        let b = claim("The aide resigned Monday after the post spread.", "Monday");
        assert!(!same_happening(&a, &b));
    }
}
