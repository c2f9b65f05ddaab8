//! Speech cues in running text: the verbs (and `according to`) that tie a
//! speaker to words, found outside quotation marks.
//!
//! A cue word is only a cue where it is used as a verb: `the report said`
//! counts, `the report` does not; `a claim` does not; `to comment` (an
//! infinitive, usually "declined to comment") does not.

use crate::analysis::{Document, TokenKind};
use crate::extract::lexicon::{self, CueClass};

/// One cue occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// First token of the cue.
    pub tok: usize,
    /// Token just after the cue words (after `to` in `according to`).
    pub end: usize,
    pub class: CueClass,
    /// The cue as written, lower case: "said", "told", "according to".
    pub text: String,
}

impl Cue {
    /// `according to X`, `in the words of X`: the speaker follows the cue.
    pub fn names_source_after(&self) -> bool {
        matches!(self.text.as_str(), "according to" | "in the words of")
    }

    /// `-ing` forms (`saying`, `describing`) take their subject from the main clause.
    pub fn is_participle(&self) -> bool {
        self.text.ends_with("ing")
    }

    /// Verbs that take a person as object before the content: `told reporters that …`.
    pub fn takes_object(&self) -> bool {
        matches!(
            self.text.as_str(),
            "told"
                | "tell"
                | "tells"
                | "telling"
                | "warned"
                | "warns"
                | "urged"
                | "urges"
                | "asked"
                | "asks"
                | "assured"
                | "assures"
                | "reminded"
                | "informed"
                | "advised"
                | "briefed"
        )
    }
}

/// Nouns spelled like cue verbs: a cue only with a subject right before it.
const NOUN_LIKE: &[&str] = &[
    "claim",
    "claims",
    "report",
    "reports",
    "comment",
    "comments",
    "state",
    "states",
    "post",
    "posts",
    "answer",
    "answers",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "promise",
    "promises",
    "demand",
    "demands",
    "call",
    "calls",
    "rate",
    "rates",
    "attack",
    "attacks",
    "praise",
    "welcome",
    "point",
    "points",
    "note",
    "notes",
    "warning",
    "repeat",
    "tweet",
    "tweets",
    "stress",
    "remarks",
    "reply",
    "replies",
    "concern",
    "fear",
    "fears",
    "hope",
    "hopes",
    "find",
    "finds",
    "show",
    "shows",
    "brief",
    "signal",
    "boast",
    "vow",
    "vows",
    "pledge",
    "mention",
    "counter",
    "caution",
    "plead",
    "beg",
    "cry",
    "chant",
    "joke",
    "quip",
    "continue",
    "continues",
    "continued",
    "feel",
    "know",
    "want",
    "wants",
    "wanted",
    "expect",
    "expects",
    "expected",
    "state",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "no", "any", "each", "every", "some", "such",
];

/// Finds the cues of the document outside quotations (`in_quote` marks tokens inside marks).
pub fn find_cues(doc: &Document, in_quote: &[bool]) -> Vec<Cue> {
    let mut cues = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if in_quote[i] || doc.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let lower = word(doc, i).to_lowercase();
        if let Some(c) = according_to_cue(doc, i, &lower)
            .or_else(|| went_on_cue(doc, i, &lower))
            .or_else(|| in_the_words_of_cue(doc, i, &lower))
        {
            i = c.end;
            cues.push(c);
            continue;
        }
        if let Some(class) = lexicon::cue_class(&lower)
            && let Some(c) = verb_cue(doc, i, lower, class)
        {
            cues.push(c);
        }
        i += 1;
    }
    cues
}

/// The text of token `i` as written (`Said`).
fn word(doc: &Document, i: usize) -> &str {
    doc.tokens[i].text(&doc.text)
}

/// A speech cue of several words from token `tok` to `end` (`according to`).
fn phrase_cue(tok: usize, end: usize, text: String) -> Cue {
    Cue {
        tok,
        end,
        class: CueClass::Speech,
        text,
    }
}

/// `according to X`
fn according_to_cue(doc: &Document, i: usize, lower: &str) -> Option<Cue> {
    (lower == "according"
        && i + 1 < doc.tokens.len()
        && word(doc, i + 1).eq_ignore_ascii_case("to"))
    .then(|| phrase_cue(i, i + 2, "according to".into()))
}

/// `"…?" Trump went on, as if …`: `went on` speaks when nothing
/// follows it as an object (unlike `went on television`).
fn went_on_cue(doc: &Document, i: usize, lower: &str) -> Option<Cue> {
    if !(matches!(lower, "went" | "goes" | "go")
        && i + 2 < doc.tokens.len()
        && word(doc, i + 1).eq_ignore_ascii_case("on"))
    {
        return None;
    }
    if matches!(word(doc, i + 2), "," | ":" | "." | "\"" | "“") {
        return Some(phrase_cue(i, i + 2, format!("{lower} on")));
    }
    // `as Trump went on about "how the system is rigged"`: talking at
    // length about words quoted right after (not `went on about his
    // business`, which is no speech).
    (word(doc, i + 2).eq_ignore_ascii_case("about")
        && i + 3 < doc.tokens.len()
        && matches!(word(doc, i + 3), "\"" | "“"))
    .then(|| phrase_cue(i, i + 3, format!("{lower} on about")))
}

/// `in the words of X`, which works as `according to X`
fn in_the_words_of_cue(doc: &Document, i: usize, lower: &str) -> Option<Cue> {
    (lower == "in"
        && i + 3 < doc.tokens.len()
        && word(doc, i + 1).eq_ignore_ascii_case("the")
        && word(doc, i + 2).eq_ignore_ascii_case("words")
        && word(doc, i + 3).eq_ignore_ascii_case("of"))
    .then(|| phrase_cue(i, i + 4, "in the words of".into()))
}

/// A cue word of `class` at token `i` (`lower`: its lower case) used as a
/// verb (`the report said`, not `a claim`, `to comment` or `was told`),
/// with its particle if it needs one (`pointed out`).
fn verb_cue(doc: &Document, i: usize, lower: String, class: CueClass) -> Option<Cue> {
    let n = doc.tokens.len();
    let w = word(doc, i);
    let prev = i.checked_sub(1).map(|p| word(doc, p).to_lowercase());
    let sentence_start = doc
        .sentence_at(doc.tokens[i].span.start)
        .is_some_and(|s| doc.sentences[s].tokens.start == i);
    // A capital mid-sentence is a name (`Post`, `States`).
    let capitalised = w.chars().next().is_some_and(char::is_uppercase);
    let after_determiner = prev
        .as_deref()
        .is_some_and(|p| DETERMINERS.contains(&p) || p.ends_with("'s") || p.ends_with("’s"));
    // `wants to say` reports nothing, but `went on to say: "…"` does.
    let is_mark = |k: usize| k < n && matches!(word(doc, k), "\"" | "“" | "'" | "‘" | "`");
    let introduces_quote =
        is_mark(i + 1) || (i + 1 < n && matches!(word(doc, i + 1), "," | ":") && is_mark(i + 2));
    // (`hesitate to report that …` reports a clause all the same.)
    let introduces_clause =
        class == CueClass::Speech && i + 1 < n && word(doc, i + 1).eq_ignore_ascii_case("that");
    let infinitive = prev.as_deref() == Some("to") && !introduces_quote && !introduces_clause;
    let needs_particle = needs_particle(&lower);
    let noun_like = NOUN_LIKE.contains(&lower.as_str());
    let ok = (!capitalised || sentence_start)
        && !other_verb_with_up(doc, i, &lower)
        && !after_determiner
        && !infinitive
        && !is_passive(prev.as_deref(), &lower)
        && (!noun_like || !is_noun_after_name(doc, i) || is_verb_after_plural_name(doc, i, &lower))
        && (!needs_particle || has_particle(doc, i, &lower))
        // A noun-like cue needs a plausible subject end right before it.
        && (!noun_like || ends_subject(doc, i, prev.as_deref(), introduces_clause));
    if !ok {
        return None;
    }
    let end = if needs_particle { i + 2 } else { i + 1 };
    let text = if needs_particle {
        format!("{lower} {}", word(doc, i + 1).to_lowercase())
    } else {
        lower
    };
    Some(Cue {
        tok: i,
        end,
        class,
        text,
    })
}

/// `Chauvin was found guilty`, `she was told`: in the passive the
/// subject is not the speaker (`prev`: the word before, lower case).
fn is_passive(prev: Option<&str>, lower: &str) -> bool {
    prev.is_some_and(|p| {
        matches!(
            p,
            "was" | "were" | "been" | "being" | "be" | "is" | "are" | "got"
        )
    }) && (lower.ends_with("ed")
        || matches!(
            lower,
            "told" | "found" | "said" | "heard" | "shown" | "known" | "thought" | "written"
        ))
}

/// `her Facebook post`, `a series of Twitter posts`: a noun after a
/// name that follows a determiner or a preposition.
fn is_noun_after_name(doc: &Document, i: usize) -> bool {
    i >= 2
        && word(doc, i - 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && {
            // Past modifiers: `a now-deleted Facebook post`.
            let mut k = i - 2;
            while k > 0
                && i - k < 6
                && (word(doc, k) == "-"
                    || (doc.tokens[k].kind == TokenKind::Word
                        && word(doc, k).starts_with(char::is_lowercase)
                        && !DETERMINERS.contains(&word(doc, k))
                        && !lexicon::is_function_word(word(doc, k))))
            {
                k -= 1;
            }
            let before = word(doc, k).to_lowercase();
            DETERMINERS.contains(&before.as_str())
                || matches!(
                    before.as_str(),
                    "of" | "in" | "on" | "at" | "for" | "with" | "by" | "from"
                )
                || before.ends_with("'s")
                || before.ends_with("’s")
        }
}

/// `the Saudis state in the white paper`, `the Democrats claim that`: a
/// plural name before the base form of a noun-like cue agrees with it as
/// subject and verb (a name modifying a noun is singular: `the Saudi
/// state`, `the Smith report`), when a preposition, `that`, a mark or
/// punctuation follows, as after a verb of speech (`the Times report
/// says` is a noun followed by its verb).
fn is_verb_after_plural_name(doc: &Document, i: usize, lower: &str) -> bool {
    let name = word(doc, i - 1);
    let plural = name.len() > 3
        && name.ends_with('s')
        && !name.ends_with("ss")
        && name[..name.len() - 1].chars().all(char::is_alphabetic);
    let next_ok = i + 1 < doc.tokens.len()
        && matches!(
            word(doc, i + 1).to_lowercase().as_str(),
            "in" | "on" | "at" | "that" | "," | ":" | "." | "\"" | "“"
        );
    plural && !lower.ends_with('s') && next_ok
}

/// `pointed out`, `pointed to`, `put it`: only with their particle.
fn needs_particle(lower: &str) -> bool {
    matches!(lower, "point" | "points" | "pointed" | "put" | "puts")
}

/// Does the particle of a cue that needs one follow it (`pointed out`, `put it`)?
fn has_particle(doc: &Document, i: usize, lower: &str) -> bool {
    let particle_ok = |p: &str| {
        if lower.starts_with("put") {
            p == "it"
        } else {
            matches!(p, "out" | "to")
        }
    };
    i + 1 < doc.tokens.len() && particle_ok(&word(doc, i + 1).to_lowercase())
}

/// `showed up at the rally`, `added up`, `called up reservists`: with
/// `up` these are other verbs (the particle makes a new verb).
fn other_verb_with_up(doc: &Document, i: usize, lower: &str) -> bool {
    i + 1 < doc.tokens.len()
        && word(doc, i + 1).eq_ignore_ascii_case("up")
        && ["show", "add", "call", "post", "back", "sign", "pick"]
            .iter()
            .any(|stem| lower.starts_with(stem))
}

/// Can the word before token `i` (`prev`, lower case) end the subject of
/// a noun-like cue (`he claims`, `the council claims`, `Hunt claims`)?
fn ends_subject(doc: &Document, i: usize, prev: Option<&str>, introduces_clause: bool) -> bool {
    prev.is_some_and(|p| {
        (p == "to" && introduces_clause)
            || lexicon::pronoun(p).is_some()
            || lexicon::is_role_noun(p)
            || lexicon::is_org_noun(p)
            || matches!(
                p,
                "also"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "then"
                    | "later"
                    | "repeatedly"
            )
            || i.checked_sub(1)
                .is_some_and(|q| word(doc, q).chars().next().is_some_and(char::is_uppercase))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let doc = Document::from_raw(text);
        let in_quote = vec![false; doc.tokens.len()];
        let got: Vec<String> = find_cues(&doc, &in_quote)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert_eq!(got, expected, "cues in {text:?}");
    }

    #[test]
    fn verbs_in_every_form() {
        check(
            "Hunt said, she says, they told us, he added, it warned.",
            &["said", "says", "told", "added", "warned"],
        );
        check("According to the council, it was shut.", &["according to"]);
        check(
            "It was, in the words of one aide, a mess.",
            &["in the words of"],
        );
        check("She pointed out that it rained.", &["pointed out"]);
        check(
            "He went on, as if deaf. She went on television.",
            &["went on"],
        );
        check("He showed up in a beret and said so.", &["said"]);
        check(
            "She went on about \"the rigged system\" for an hour.",
            &["went on about"],
        );
        check("He went on about his business.", &[]);
        check("As Foner put it: yes. She put the book down.", &["put it"]);
    }

    #[test]
    fn nouns_spelled_like_verbs_are_not_cues() {
        // `found` is a cue (of a finding); `claim` after `a` and `claims` after `Its` are nouns.
        check(
            "The report found a claim. Its claims were false.",
            &["found"],
        );
        check("The Washington Post reported it.", &["reported"]);
        check("He declined to comment.", &[]);
        check("They were quick to report that it rained.", &["report"]);
        check(
            "Officials claim it works. The state claims nothing.",
            &["claim", "claims"],
        );
        check("The claims rose.", &[]);
        check(
            "In a series of Twitter posts Sunday, he wrote it.",
            &["wrote"],
        );
    }

    #[test]
    fn a_plural_name_before_a_base_form_is_its_subject() {
        // Plural name, base form, then a preposition, `that` or a mark: a verb.
        check("The Saudis state in a new paper that it works.", &["state"]);
        check("The Democrats claim that it failed.", &["claim"]);
        check("The Kurds report: \"It is quiet.\"", &["report"]);
        check("The Palestinians state, \"We are ready.\"", &["state"]);
        check("The Republicans demand in a letter a vote.", &["demand"]);
        // Must not change: a singular name modifies the noun, a noun
        // followed by its own verb, an -s form, no word after the name.
        check("The Saudi state in the Gulf grew rich.", &[]);
        check("The Times report says it rained.", &["says"]);
        check("The Democrats claims office opened.", &[]);
        check("The Saudis state budget grew.", &[]);
    }
}
