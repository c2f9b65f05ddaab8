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
    let word = |i: usize| doc.tokens[i].text(&doc.text);
    let mut i = 0;
    while i < n {
        if in_quote[i] || doc.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let w = word(i);
        let lower = w.to_lowercase();
        // `according to X`
        if lower == "according" && i + 1 < n && word(i + 1).eq_ignore_ascii_case("to") {
            cues.push(Cue {
                tok: i,
                end: i + 2,
                class: CueClass::Speech,
                text: "according to".into(),
            });
            i += 2;
            continue;
        }
        // `"…?" Trump went on, as if …`: `went on` speaks when nothing
        // follows it as an object (unlike `went on television`).
        if matches!(lower.as_str(), "went" | "goes" | "go")
            && i + 2 < n
            && word(i + 1).eq_ignore_ascii_case("on")
            && matches!(word(i + 2), "," | ":" | "." | "\"" | "“")
        {
            cues.push(Cue {
                tok: i,
                end: i + 2,
                class: CueClass::Speech,
                text: format!("{lower} on"),
            });
            i += 2;
            continue;
        }
        // `in the words of X`, which works as `according to X`
        if lower == "in"
            && i + 3 < n
            && word(i + 1).eq_ignore_ascii_case("the")
            && word(i + 2).eq_ignore_ascii_case("words")
            && word(i + 3).eq_ignore_ascii_case("of")
        {
            cues.push(Cue {
                tok: i,
                end: i + 4,
                class: CueClass::Speech,
                text: "in the words of".into(),
            });
            i += 4;
            continue;
        }
        let Some(class) = lexicon::cue_class(&lower) else {
            i += 1;
            continue;
        };
        let prev = i.checked_sub(1).map(|p| word(p).to_lowercase());
        let sentence_start = doc
            .sentence_at(doc.tokens[i].span.start)
            .is_some_and(|s| doc.sentences[s].tokens.start == i);
        // A capital mid-sentence is a name (`Post`, `States`).
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let after_determiner = prev
            .as_deref()
            .is_some_and(|p| DETERMINERS.contains(&p) || p.ends_with("'s") || p.ends_with("’s"));
        // `wants to say` reports nothing, but `went on to say: "…"` does.
        let is_mark = |k: usize| k < n && matches!(word(k), "\"" | "“" | "'" | "‘" | "`");
        let introduces_quote =
            is_mark(i + 1) || (i + 1 < n && matches!(word(i + 1), "," | ":") && is_mark(i + 2));
        // (`hesitate to report that …` reports a clause all the same.)
        let introduces_clause =
            class == CueClass::Speech && i + 1 < n && word(i + 1).eq_ignore_ascii_case("that");
        let infinitive = prev.as_deref() == Some("to") && !introduces_quote && !introduces_clause;
        // `Chauvin was found guilty`, `she was told`: in the passive the
        // subject is not the speaker.
        let passive = prev.as_deref().is_some_and(|p| {
            matches!(
                p,
                "was" | "were" | "been" | "being" | "be" | "is" | "are" | "got"
            )
        }) && (lower.ends_with("ed")
            || matches!(
                lower.as_str(),
                "told" | "found" | "said" | "heard" | "shown" | "known" | "thought" | "written"
            ));
        // `her Facebook post`, `a series of Twitter posts`: a noun after a
        // name that follows a determiner or a preposition.
        let noun_after_name =
            i >= 2 && word(i - 1).chars().next().is_some_and(char::is_uppercase) && {
                let before = word(i - 2).to_lowercase();
                DETERMINERS.contains(&before.as_str())
                    || matches!(
                        before.as_str(),
                        "of" | "in" | "on" | "at" | "for" | "with" | "by" | "from"
                    )
                    || before.ends_with("'s")
                    || before.ends_with("’s")
            };
        // `pointed out`, `pointed to`, `put it`: only with their particle.
        let needs_particle = matches!(
            lower.as_str(),
            "point" | "points" | "pointed" | "put" | "puts"
        );
        let particle_ok = |p: &str| {
            if lower.starts_with("put") {
                p == "it"
            } else {
                matches!(p, "out" | "to")
            }
        };
        let has_particle = i + 1 < n && particle_ok(&word(i + 1).to_lowercase());
        // `showed up at the rally`, `added up`, `called up reservists`: with
        // `up` these are other verbs (the particle makes a new verb).
        let other_verb_with_up = i + 1 < n
            && word(i + 1).eq_ignore_ascii_case("up")
            && ["show", "add", "call", "post", "back", "sign", "pick"]
                .iter()
                .any(|stem| lower.starts_with(stem));
        let noun_like = NOUN_LIKE.contains(&lower.as_str());
        let ok = (!capitalised || sentence_start)
            && !other_verb_with_up
            && !after_determiner
            && !infinitive
            && !passive
            && (!noun_like || !noun_after_name)
            && (!needs_particle || has_particle)
            // A noun-like cue needs a plausible subject end right before it.
            && (!noun_like || prev.as_deref().is_some_and(|p| {
                (p == "to" && introduces_clause)
                    || lexicon::pronoun(p).is_some()
                    || lexicon::is_role_noun(p)
                    || lexicon::is_org_noun(p)
                    || matches!(p, "also" | "has" | "have" | "had" | "will" | "would" | "then" | "later" | "repeatedly")
                    || i.checked_sub(1).is_some_and(|q| word(q).chars().next().is_some_and(char::is_uppercase))
            }));
        if ok {
            let end = if needs_particle { i + 2 } else { i + 1 };
            let text = if needs_particle {
                format!("{lower} {}", word(i + 1).to_lowercase())
            } else {
                lower
            };
            cues.push(Cue {
                tok: i,
                end,
                class,
                text,
            });
        }
        i += 1;
    }
    cues
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
}
