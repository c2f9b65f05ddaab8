//! Mentions of speakers: the noun phrase that says who is speaking, as
//! written next to a speech cue, parsed into a name, titles, a role or a
//! pronoun.
//!
//! `Health Secretary Jeremy Hunt` → name "Jeremy Hunt", titles
//! ["Health Secretary"]; `Anne Rainsberry, national incident director for
//! NHS England,` → name "Anne Rainsberry", role "national incident director
//! for NHS England"; `a spokesperson for the Secondary Heads’ Forum` → role
//! "Secondary Heads' Forum spokesperson"; `he` → a pronoun to resolve.
//!
//! The parser works on token ranges of the analysed document and never
//! looks outside the range it is given.

use super::lexicon::{self, Gender, Pronoun};
use crate::analysis::{Document, Span, Token, TokenKind};
use std::borrow::Cow;
use std::ops::Range;

/// One mention of a (possible) speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The phrase as written (head noun phrase, with its appositive if any).
    pub span: Span,
    pub form: Form,
    /// Proper name without titles: "Helen Okoro", "NHS England", "Hunt".
    pub name: Option<String>,
    /// Titles and role words written before the name: "Dr", "Health Secretary".
    pub titles: Vec<String>,
    /// A role descriptor: "BMA spokeswoman", or an appositive such as
    /// "national incident director for NHS England".
    pub role: Option<String>,
    pub gender: Option<Gender>,
    /// The name looks like an organisation's (`Council`, `NHS`, an acronym).
    pub org_like: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A proper name (with or without titles).
    Name,
    Pronoun(Pronoun),
    /// A description without a name: `the council`, `a BMA spokeswoman`.
    Description,
}

/// Words that can sit between a subject and its verb: `Hunt also said`, `has urged`.
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "then",
    "later",
    "previously",
    "again",
    "earlier",
    "repeatedly",
    "reportedly",
    "recently",
    "once",
    "now",
    "further",
    "subsequently",
    "initially",
    "first",
    "publicly",
    "privately",
    "separately",
    "simply",
    "just",
    "yesterday",
    "today",
    "never",
    "always",
    "already",
    "even",
    "only",
    "himself",
    "herself",
    "itself",
    "themselves",
    "personally",
    "quickly",
    "angrily",
    "flatly",
    "openly",
    "frankly",
    "bluntly",
    "insisting",
    "lately",
    "often",
    "frequently",
    "usually",
    "sometimes",
    "still",
    "could",
    "can",
    "might",
    "may",
    "must",
    "should",
    "herein",
    "since",
    "has",
    "had",
    "been",
    "being",
    "did",
    "does",
    "do",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "not",
    "n't",
    "reportedly",
    "allegedly",
    "apparently",
    "tearfully",
    "proudly",
    "calmly",
    "firmly",
    "clearly",
    "plainly",
    "once",
    "twice",
];

/// Weekdays and other time words that sit between subject and verb: `Hunt on Monday said`.
/// (Weekdays are the lexicon's: `lexicon::is_weekday_name`.)
const TIME_WORDS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
    "last",
    "this",
    "on",
    "in",
    "a",
    "statement",
    "interview",
    "recent",
    "earlier",
    "later",
];

/// Words that open an introductory phrase before the subject: `In a
/// statement, the council said`; `However, Hunt said`.
const INTRO_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "speaking",
    "asked",
    "however",
    "but",
    "and",
    "meanwhile",
    "separately",
    "earlier",
    "later",
    "yesterday",
    "today",
    "last",
    "this",
    "despite",
    "since",
    "when",
    "while",
    "as",
    "writing",
    "responding",
    "for",
    "with",
    "under",
    "although",
    "though",
    "still",
    "instead",
    "similarly",
    "likewise",
    "also",
    "then",
    "now",
    "addressing",
    "commenting",
    "interviewed",
    "according",
    "by",
    "from",
    "outside",
    "inside",
    "elsewhere",
    "nationally",
    "locally",
    "overall",
    "indeed",
    "yet",
    "so",
];

/// Prepositions that may join words inside a name or a role: `Bank of
/// England`, `director for NHS England`, `Paul Brennan of FlyFair`.
const NAME_JOINERS: &[&str] = &[
    "of", "for", "at", "de", "van", "von", "der", "del", "la", "le", "da", "&", "and", "on", "in",
    "from", "to",
];

fn word(doc: &Document, i: usize) -> &str {
    doc.tokens[i].text(&doc.text)
}

fn is_weekday(w: &str) -> bool {
    lexicon::is_weekday_name(&lower(w))
}

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(t: &str) -> bool {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn lower(t: &str) -> std::borrow::Cow<'_, str> {
    lexicon::lower(t)
}

fn is_punct(tok: &Token) -> bool {
    tok.kind == TokenKind::Punct
}

/// Normalises a name for display and comparison: curly apostrophes made
/// straight, a trailing possessive dropped, spaces single.
/// The text of ascending tokens as written, with a single space where
/// tokens were skipped (a nickname in marks: `Robert C. Scott`).
pub fn text_of_tokens(doc: &Document, toks: &[usize]) -> String {
    let mut text = String::new();
    for (n, &i) in toks.iter().enumerate() {
        let span = doc.tokens[i].span;
        if n > 0 {
            let prev = toks[n - 1];
            if i == prev + 1 {
                text.push_str(&doc.text[doc.tokens[prev].span.end..span.start]);
            } else {
                text.push(' ');
            }
        }
        text.push_str(&doc.text[span.start..span.end]);
    }
    text
}

pub fn clean_name(s: &str) -> String {
    let s = s.replace('’', "'");
    let s = s
        .trim()
        .trim_matches(|c: char| c == ',' || c == '.' || c.is_whitespace());
    let mut out: Vec<&str> = s.split_whitespace().collect();
    if let Some(last) = out.last_mut()
        && let Some(stripped) = last.strip_suffix("'s")
    {
        *last = stripped;
    }
    out.join(" ")
}

/// Name particles written in lower case inside a person's name (`Ursula
/// von der Leyen`, `Charles de Gaulle`).
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "al"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "del"
            | "della"
            | "ter"
            | "ten"
            | "y"
            | "dos"
            | "das"
            | "st."
    )
}

fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// The person's name inside a phrase read as one: the words before it that
/// describe or introduce it are dropped (`Despite Trump`, `of State Hillary
/// Clinton`, `Real estate tycoon Donald Trump`, `House Speaker Nancy
/// Pelosi`), and a possessive ends it (`Trump's Twitter`). `None` when no
/// name is left: the phrase names nobody.
pub fn person_name(phrase: &str) -> Option<String> {
    let phrase: Cow<str> = if phrase.contains('’') {
        Cow::Owned(phrase.replace('’', "'"))
    } else {
        Cow::Borrowed(phrase)
    };
    let all: Vec<&str> = phrase.split_whitespace().collect();
    // A possessive ends the name: `Trump's Twitter` is Trump's.
    let end = all
        .iter()
        .position(|w| w.ends_with("'s") || (w.ends_with("s'") && w.len() > 2))
        .map_or(all.len(), |i| i + 1);
    let words = &all[..end];
    // Past the last lower-case word that is not a particle: `estate
    // tycoon Donald Trump`, `of State Hillary Clinton`.
    let mut start = words
        .iter()
        .rposition(|w| starts_lower(w) && !is_name_particle(w))
        .map_or(0, |i| i + 1);
    // (The last word stays: `Mr. King`, `Dean` are names.)
    while start + 1 < words.len()
        && (lexicon::is_title(words[start])
            || is_title_word(&words[start].to_lowercase())
            || lexicon::is_function_word(words[start])
            || lexicon::is_subordinator(words[start])
            // (`said Tuesday Ginsburg's comments`: a day or month before
            // a name is when, not who.)
            || lexicon::is_weekday_name(&words[start].to_lowercase())
            // (April, May, June and August are first names as well.)
            || (lexicon::is_month_name(&words[start].to_lowercase())
                && !matches!(words[start], "April" | "May" | "June" | "August")))
    {
        start += 1;
    }
    // (`Nurse Ada Berg`: a role noun with a capital before a full
    // name is what the person is.)
    if words.len() >= start + 3 && lexicon::is_capitalised_role(words[start]) {
        start += 1;
    }
    let start = name_start_after_qualifiers(words, start);
    let name = clean_name(&words[start.min(words.len())..].join(" "));
    // A number or quantifier opening a sentence (`One of the Republicans
    // said`) names nobody.
    if matches!(
        name.to_lowercase().as_str(),
        "one"
            | "two"
            | "three"
            | "some"
            | "many"
            | "most"
            | "all"
            | "both"
            | "each"
            | "none"
            | "several"
            | "few"
            | "another"
            | "others"
            | "neither"
            | "either"
    ) {
        return None;
    }
    let last = name.split_whitespace().last()?;
    (!starts_lower(last)).then_some(name)
}

/// Where a person's name starts in `words` past `start`, when words that
/// are not a name come first: an office further on starts the name after
/// it when no word before it is a first name (`Mexican President Vicente
/// Fox`, `Texas Gov. Rick Perry`: the words before it qualify the office);
/// a known first name further on starts the name when the words before it
/// are not one (`State Hillary Clinton`, `House Speaker Nancy Pelosi`).
fn name_start_after_qualifiers(words: &[&str], mut start: usize) -> usize {
    if let Some(k) = (start + 1..words.len().saturating_sub(1))
        .rev()
        .find(|&k| lexicon::is_title(words[k]) && !is_title_word(&words[k + 1].to_lowercase()))
        && words[start..k]
            .iter()
            .all(|w| lexicon::gender_of(w).is_none() && !starts_lower(w))
    {
        start = k + 1;
    }
    if start < words.len()
        && lexicon::gender_of(words[start]).is_none()
        && let Some(k) = (start + 1..words.len().saturating_sub(1))
            .find(|&k| lexicon::gender_of(words[k]).is_some())
    {
        start = back_over_initial(words, k, start);
    }
    start
}

/// `CEO A. Barry Rand`: where a name found to start at a first name (at
/// `k`) starts with the initial before it, written `A.` or `A` `.`, not
/// before `floor`.
fn back_over_initial(words: &[&str], k: usize, floor: usize) -> usize {
    let letter = |w: &str| w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase());
    if k >= floor + 2 && words[k - 1] == "." && letter(words[k - 2]) {
        k - 2
    } else if k > floor && words[k - 1].strip_suffix('.').is_some_and(letter) {
        k - 1
    } else {
        k
    }
}

/// Is `alias` a form of the person's `name`: the name or some of its words,
/// with titles and honorifics (`President Obama`, `Mr Obama`, `then-Gov.
/// Mike Pence`)? Phrases around a name (`emotional Mr Obama`, `arguments
/// range from President Obama`, two names joined by `and`) are not. A
/// short first name is a form of the full one (`Mike` of `Michael`).
pub fn is_name_form(alias: &str, name: &str) -> bool {
    let norm = |w: &str| {
        let w = w
            .trim_matches(|c: char| c == '.' || c == ',')
            .trim_end_matches("'s")
            .to_lowercase();
        lexicon::formal_first_name(&w).to_string()
    };
    let straight = |s: &str| -> String {
        if s.contains('’') {
            s.replace('’', "'")
        } else {
            s.to_string()
        }
    };
    let name_words: Vec<String> = straight(name).split_whitespace().map(norm).collect();
    let alias = straight(alias);
    let words: Vec<&str> = alias.split_whitespace().collect();
    let Some(first_name_word) = words.iter().position(|w| name_words.contains(&norm(w))) else {
        return false;
    };
    // Before the name: a title, capitalised (`House Speaker`, `Managing
    // director`, `then-Gov.`), never a phrase that opens with a lower-case
    // word or a function word (`emotional Mr Obama`, `Despite Trump`).
    let title_ok = words[..first_name_word].iter().enumerate().all(|(k, w)| {
        let n = norm(w);
        let bare = w
            .strip_prefix("then-")
            .or_else(|| w.strip_prefix("ex-"))
            .unwrap_or(w);
        if lexicon::is_title(bare) || n == "former" || is_title_word(&n) {
            return true;
        }
        if lexicon::is_function_word(w) || lexicon::is_subordinator(w) {
            return n == "of" && k > 0;
        }
        if starts_lower(w) {
            k > 0
                && (lexicon::is_role_noun(&n) || lexicon::is_agent_noun(&n))
                && !starts_lower(words[0])
        } else {
            // (`37-year-old Haugen` describes her; a title is capitalised.)
            w.chars().next().is_some_and(char::is_uppercase)
        }
    });
    // From the name on: its words, initials and particles only.
    let name_ok = words[first_name_word..].iter().all(|w| {
        let n = norm(w);
        name_words.contains(&n)
            || (n.chars().count() == 1 && w.chars().next().is_some_and(char::is_uppercase))
            || is_name_particle(&n)
            || lexicon::is_name_suffix(&n)
    });
    title_ok && name_ok
}

/// Words of capitalised titles of office that the title list does not hold
/// on their own (`Secretary of State`, `Senate Majority Leader`).
fn is_title_word(w: &str) -> bool {
    matches!(
        w,
        "state"
            | "house"
            | "senate"
            | "majority"
            | "minority"
            | "leader"
            | "whip"
            | "speaker"
            | "democratic"
            | "republican"
            | "presidential"
            | "vice"
            | "deputy"
            | "acting"
            | "chief"
            | "general"
            | "attorney"
            | "secretary"
            | "minister"
            | "prime"
            | "foreign"
            | "home"
            | "defense"
            | "defence"
            | "justice"
            | "first"
            | "lady"
            | "nominee"
            | "candidate"
            | "party"
            | "chairman"
            | "chairwoman"
            | "chair"
    )
}

/// Can these tokens be where someone works (`Hartley Bank`, `the port`,
/// `the harbour board`)? A short noun phrase: no verb, modal or adverb, no
/// further `of` (`one of these candidates`).
fn is_employer(doc: &Document, toks: &[usize]) -> bool {
    let words: Vec<&str> = toks.iter().map(|&i| word(doc, i)).collect();
    let body = match words.first() {
        Some(w) if lexicon::is_np_determiner(w) => &words[1..],
        _ => &words[..],
    };
    (1..=4).contains(&body.len())
        && body.iter().all(|w| {
            let l = lower(w);
            w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '&' | '-' | '.'))
                && !lexicon::is_auxiliary(w)
                && !lexicon::is_function_word(w)
                && lexicon::pronoun(w).is_none()
                && (is_cap(w) || !(l.ends_with("ed") || l.ends_with("ly")))
                && !matches!(
                    l.as_ref(),
                    "one" | "some" | "many" | "most" | "several" | "could" | "would" | "only"
                )
        })
}

/// A pronoun as a mention: its gender, and whether it stands for an organisation.
fn pronoun_mention(span: Span, p: Pronoun) -> Mention {
    Mention {
        span,
        form: Form::Pronoun(p),
        name: None,
        titles: vec![],
        role: None,
        gender: match p {
            Pronoun::He => Some(Gender::Male),
            Pronoun::She => Some(Gender::Female),
            _ => None,
        },
        org_like: matches!(p, Pronoun::It | Pronoun::They),
    }
}

/// Parses one noun phrase (no commas inside) into a mention. Returns `None`
/// when the phrase is not something that can speak.
///
/// The stages, in order: a member of a group (`one of the protesters`),
/// the phrase's own tokens (asides left out), a pronoun, a name after
/// `called`, a person described by their employer, the check of every
/// word, the split into titles and name, and the mention built from them.
pub fn parse_np(doc: &Document, range: Range<usize>) -> Option<Mention> {
    if opens_with_quantifier(doc, &range) {
        return member_of_group(doc, range);
    }
    let toks = phrase_tokens(doc, range.clone())?;
    let (&first, &last) = (toks.first()?, toks.last()?);
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    if toks.len() == 1
        && let Some(p) = lexicon::pronoun(word(doc, first))
    {
        return Some(pronoun_mention(span, p));
    }
    if toks.len() > MAX_NP_TOKENS {
        return None;
    }
    // `a group called Merrow Parents for Choice`: the name after `called`.
    if let Some(k) = called_at(doc, &toks) {
        let org = lexicon::is_org_noun(word(doc, toks[k - 1]));
        let mut m = parse_np(doc, toks[k + 1]..range.end)?;
        m.span = span;
        m.org_like |= org;
        return Some(m);
    }
    // `a Feb. 1 letter from the American Legion`: a document speaks for
    // the body that sent it.
    if let Some(k) = document_from(doc, &toks)
        && let Some(mut m) = parse_np(doc, toks[k + 1]..range.end)
        && m.form == Form::Name
    {
        m.span = span;
        return Some(m);
    }
    if is_employee(doc, &toks) {
        return Some(description(doc, &toks, 1, span));
    }
    if !np_words_ok(doc, &toks) {
        return None;
    }
    let words: Vec<&str> = toks.iter().map(|&i| word(doc, i)).collect();
    let parts = split_np(&words);
    build_mention(doc, &toks, &words, &parts, span)
}

/// `one of the protesters`, `several of Trump's aides`: does the phrase
/// open with a quantifier and `of`?
fn opens_with_quantifier(doc: &Document, range: &Range<usize>) -> bool {
    range.len() >= 3
        && word(doc, range.start + 1).eq_ignore_ascii_case("of")
        && matches!(
            lower(word(doc, range.start)).as_ref(),
            "one"
                | "two"
                | "three"
                | "some"
                | "many"
                | "most"
                | "several"
                | "few"
                | "none"
                | "each"
                | "all"
                | "both"
        )
}

/// `one of the protesters`, `several of Trump's aides`: a member of a
/// group described is described by the group, never named by it.
fn member_of_group(doc: &Document, range: Range<usize>) -> Option<Mention> {
    let mut m = parse_np(doc, range.start + 2..range.end)?;
    if m.form != Form::Description {
        return None;
    }
    m.span = Span::new(doc.tokens[range.start].span.start, m.span.end);
    Some(m)
}

/// The most tokens a noun phrase holds; a longer phrase is no mention.
const MAX_NP_TOKENS: usize = 14;

/// The longest suffix of a segment tried as a noun phrase, in tokens:
/// room for `MAX_NP_TOKENS` words and the punctuation, conjunctions and
/// asides a phrase may also hold.
const SUFFIX_LOOKBACK: usize = 64;

/// Whether a token can be dropped from a phrase's edge (punctuation, or a
/// conjunction opening it): a phrase keeps every other token of its range.
fn strippable(doc: &Document, i: usize) -> bool {
    if is_punct(&doc.tokens[i]) {
        return true;
    }
    let w = lower(word(doc, i));
    lexicon::is_subordinator(&w) || matches!(w.as_ref(), "and" | "but" | "so" | "yet")
}

/// The tokens of the phrase in `range` that belong to it (`Sen. Sherrod
/// Brown (D-OH)` → `Sen. Sherrod Brown`). `None` once the phrase is sure
/// to hold more than [`MAX_NP_TOKENS`] tokens, which bounds the work of a
/// look-up at the size of a phrase, whatever the size of the range.
fn phrase_tokens(doc: &Document, range: Range<usize>) -> Option<Vec<usize>> {
    // Parenthesised asides (`(R-OH)`, `(D-Md.)`) are not part of the phrase.
    // So is a nickname in marks (`Marcia "Cia" Price`).
    let mut toks: Vec<usize> = Vec::with_capacity(MAX_NP_TOKENS + 2);
    // Tokens no edge-stripping can drop: each is in the final phrase.
    let mut kept = 0usize;
    let mut depth = 0usize;
    let is_mark = |i: usize| matches!(word(doc, i), "\"" | "“" | "”" | "'" | "‘" | "’");
    let mut i = range.start;
    while i < range.end {
        if depth == 0
            && is_mark(i)
            && i + 2 < range.end
            && is_cap(word(doc, i + 1))
            && is_mark(i + 2)
            && toks.last().is_some_and(|&p| is_cap(word(doc, p)))
        {
            i += 3;
            continue;
        }
        match word(doc, i) {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                toks.push(i);
                kept += usize::from(!strippable(doc, i));
                if kept > MAX_NP_TOKENS {
                    return None;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Drop outer punctuation.
    let mut first = toks
        .iter()
        .position(|&i| !is_punct(&doc.tokens[i]))
        .unwrap_or(toks.len());
    while toks.len() > first && is_punct(&doc.tokens[toks[toks.len() - 1]]) {
        toks.pop();
    }
    // `When Clinton`, `And surveys of voters`: a conjunction opening the
    // clause is not part of its subject.
    while toks.len() - first > 1
        && (lexicon::is_subordinator(word(doc, toks[first]))
            || matches!(
                lower(word(doc, toks[first])).as_ref(),
                "and" | "but" | "so" | "yet"
            ))
    {
        first += 1;
    }
    toks.drain(..first);
    Some(toks)
}

/// `a group called Merrow Parents for Choice`: the position of `called`
/// (or `named`) after an organisation or role noun and before a capital.
fn called_at(doc: &Document, toks: &[usize]) -> Option<usize> {
    let k = toks
        .iter()
        .position(|&i| matches!(lower(word(doc, i)).as_ref(), "called" | "named"))?;
    // After a role, `called` names only an indefinite one (`a man named
    // …`): `the band leader called Democratic bigwigs to the stage` is a
    // verb with its object.
    let indefinite = matches!(lower(word(doc, toks[0])).as_ref(), "a" | "an");
    (k > 0
        && k + 1 < toks.len()
        && (lexicon::is_org_noun(word(doc, toks[k - 1]))
            || (indefinite && lexicon::is_role_noun(word(doc, toks[k - 1]))))
        && is_cap(word(doc, toks[k + 1])))
    .then_some(k)
}

/// `a letter from …`, `the memo by …`: the position of the `from` or `by`
/// after a document noun, within the first few words.
fn document_from(doc: &Document, toks: &[usize]) -> Option<usize> {
    let k = toks
        .iter()
        .take(6)
        .position(|&i| matches!(lower(word(doc, i)).as_ref(), "from" | "by"))?;
    (k > 0
        && k + 1 < toks.len()
        && lexicon::DOCUMENT_NOUNS.contains(&lower(word(doc, toks[k - 1])).as_ref()))
    .then_some(k)
}

/// `an analyst at Hartley Bank`, `a spokeswoman for the port`: a person
/// described by where they work is that person, not the employer.
fn is_employee(doc: &Document, toks: &[usize]) -> bool {
    if !(lexicon::is_np_determiner(word(doc, toks[0])) && toks.len() <= 9) {
        return false;
    }
    let Some(p) = (2..toks.len() - 1).find(|&k| {
        matches!(
            lower(word(doc, toks[k])).as_ref(),
            "for" | "at" | "of" | "with" | "from"
        )
    }) else {
        return false;
    };
    (1..p).all(|k| {
        let w = word(doc, toks[k]);
        doc.tokens[toks[k]].kind == TokenKind::Word && !is_cap(w)
    }) && (lexicon::is_role_noun(word(doc, toks[p - 1]))
        || lexicon::is_agent_noun(word(doc, toks[p - 1])))
        && is_employer(doc, &toks[p + 1..])
}

/// Every word must be one a noun phrase can hold (`the BMA's chief
/// spokeswoman`, not `Joe Manchin on Sunday`).
fn np_words_ok(doc: &Document, toks: &[usize]) -> bool {
    toks.iter().enumerate().all(|(k, &i)| {
        let w = word(doc, i);
        let tok = &doc.tokens[i];
        match tok.kind {
            TokenKind::Punct => matches!(w, "'" | "’" | "-" | "&" | "." | "(" | ")"),
            TokenKind::Number | TokenKind::Mixed => true,
            // A weekday is when, not who (`Joe Manchin on Sunday`).
            TokenKind::Word if is_weekday(w) => false,
            TokenKind::Word => {
                is_cap(w)
                    || lexicon::is_role_noun(w)
                    || lexicon::is_title(w)
                    || NAME_JOINERS.contains(&lower(w).as_ref())
                    || lexicon::is_np_determiner(w)
                    || w.ends_with("'s")
                    || w.ends_with("’s")
                    || lexicon::is_org_noun(w)
                    || is_modifier(w)
                    || (k + 1 < toks.len() && is_modifier_like(w))
                    || toks
                        .get(k + 1)
                        .is_some_and(|&n| qualifies_role(w, word(doc, n)))
                    // `the announcer`: an agent noun heads a description.
                    || (k > 0 && k + 1 == toks.len() && lexicon::is_agent_noun(w))
            }
        }
    })
}

/// `sporting director`, `planning director`, `managing editor`: a word in
/// -ing before a role noun qualifies the role (it is no verb there).
fn qualifies_role(w: &str, next: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && w.chars().all(|c| c.is_ascii_lowercase())
        // (`The five unions meeting Mr Prescott`: an honorific opens a
        // name, the word before it is a verb.)
        && (lexicon::is_role_noun(next) || lexicon::is_title(next))
        && !lexicon::is_honorific(&lexicon::lower(next.trim_end_matches('.')))
}

/// A noun phrase's words split into a leading determiner, title and role
/// words, and the name run (`the` | `Health Secretary` | `Jeremy Hunt`).
struct NpParts {
    /// The first word after a leading determiner.
    start: usize,
    /// The name is `words[name_start..name_end]`.
    name_start: usize,
    name_end: usize,
}

/// Splits the words of a noun phrase (`Secretary of Defense Lloyd Austin`
/// → title `Secretary of Defense`, name `Lloyd Austin`).
fn split_np(words: &[&str]) -> NpParts {
    let start = usize::from(lexicon::is_np_determiner(words[0]));
    // The name is the last run of capitalised words (and joiners inside
    // it) that are not titles; what precedes it are titles and roles.
    let mut name_end = words.len();
    // `Paul Brennan of FlyFair`: the name ends before a trailing `of …` phrase.
    if let Some(of) = words[start..]
        .iter()
        .position(|w| matches!(lower(w).as_ref(), "of" | "from" | "at"))
        .map(|p| p + start)
        && of > start
        && is_cap(words[of - 1])
        && !lexicon::is_org_word(words[of - 1])
        // `Secretary of the Interior Ryan Zinke`: a title's `of` phrase
        // comes before the name.
        && !lexicon::is_title(words[of - 1])
    {
        name_end = of;
    }
    let mut name_start = name_end;
    while name_start > start {
        let w = words[name_start - 1];
        let joiner = NAME_JOINERS.contains(&lower(w).as_ref())
            && name_start - 1 > start
            && is_cap(words[name_start - 2])
            && name_start < name_end;
        let cap_name = is_cap(w)
            && !(lexicon::is_title(w) && !lexicon::is_org_word(w) && name_start < name_end);
        if cap_name || joiner || (matches!(w, "'" | "’" | "-" | "&") && name_start < name_end) {
            name_start -= 1;
        } else {
            break;
        }
    }
    // A name does not start with a joiner (`Secretary of Defense …`).
    while name_start < name_end && NAME_JOINERS.contains(&lower(words[name_start]).as_ref()) {
        name_start += 1;
    }
    // `Secretary of Defense Lloyd Austin`: in a long run, the name starts
    // at a known first name; what comes before it belongs to the title.
    if name_end - name_start >= 3
        && let Some(k) = (name_start + 1..name_end - 1)
            .find(|&k| lexicon::gender_of(words[k]).is_some() && !lexicon::is_title(words[k]))
    {
        name_start = back_over_initial(words, k, name_start);
    }
    NpParts {
        start,
        name_start,
        name_end,
    }
}

/// The mention of a noun phrase split into `p`: a name with its titles
/// (`Health Secretary Jeremy Hunt`), a description (`a BMA spokeswoman`,
/// `the council`) or nothing that speaks.
fn build_mention(
    doc: &Document,
    toks: &[usize],
    words: &[&str],
    p: &NpParts,
    span: Span,
) -> Option<Mention> {
    let start = p.start;
    // A title standing alone before the cue (`the Minister said`) is a role, not a name.
    let name_words: Vec<&str> = words[p.name_start..p.name_end].to_vec();
    let title_words: Vec<&str> = words[start..p.name_start].to_vec();
    let name_text = if name_words.is_empty() {
        None
    } else {
        Some(clean_name(&text_of_tokens(
            doc,
            &toks[p.name_start..p.name_end],
        )))
    };
    let has_role_word = words[start..].iter().any(|w| lexicon::is_role_noun(w))
        || (words.len() > start && words.last().is_some_and(|w| lexicon::is_agent_noun(w)));
    // `Democrat of California`, `Speaker`, `West Virginia Democrat`: a
    // capitalised role, or a run ending in one, is no name.
    let only_roles = name_words.last().is_some_and(|w| lexicon::is_role_noun(w));
    match name_text {
        Some(name)
            if !name.is_empty()
                && !only_roles
                && !is_sentence_word_only(&name_words, toks[0], doc) =>
        {
            if is_role_after_name(words, p, has_role_word) {
                return Some(description(doc, toks, start, span));
            }
            let org_like = is_org_name(&name_words, &title_words, start, has_role_word);
            // (The ending of a first name says nothing of an organisation.)
            let gender = if org_like {
                title_words
                    .iter()
                    .chain(name_words.first())
                    .find_map(|w| lexicon::gender_of(w))
            } else {
                lexicon::name_gender(&title_words, &name_words)
            };
            let titles = if title_words.is_empty() {
                vec![]
            } else {
                let s = doc.tokens[toks[start]].span.start;
                let e = doc.tokens[toks[p.name_start - 1]].span.end;
                vec![clean_name(&doc.text[s..e])]
            };
            Some(Mention {
                span,
                form: Form::Name,
                name: Some(name),
                titles,
                role: None,
                gender,
                org_like,
            })
        }
        _ => {
            if has_role_word || words[start..].iter().any(|w| lexicon::is_org_noun(w)) {
                Some(description(doc, toks, start, span))
            } else {
                None
            }
        }
    }
}

/// A role word after the name (`a BMA spokeswoman`) makes the whole a role
/// (but not inside a trailing `of …` phrase: `Dana Whitlock of the Harbour
/// Workers' Union`), as does `a` before a role word.
fn is_role_after_name(words: &[&str], p: &NpParts, has_role_word: bool) -> bool {
    let trailing_role = p.name_end < words.len()
        && !matches!(
            lower(words[p.name_end]).as_ref(),
            "of" | "from" | "at" | "for"
        )
        && words[p.name_end..].iter().any(|w| lexicon::is_role_noun(w));
    // (`a way FBI Director James Comey slammed`: a full name right after
    // its title is the one named, whatever article opens the phrase.)
    let titled_full_name = p.name_end == words.len()
        && p.name_end - p.name_start >= 2
        && p.name_start > p.start
        && lexicon::is_title(words[p.name_start - 1]);
    trailing_role || (p.start == 1 && lower(words[0]) == "a" && has_role_word && !titled_full_name)
}

/// Does the name look like an organisation's (`NHS England`, `Department
/// for Transport`, `the Council`)?
fn is_org_name(
    name_words: &[&str],
    title_words: &[&str],
    start: usize,
    has_role_word: bool,
) -> bool {
    name_words.iter().any(|w| lexicon::is_org_word(w) || is_acronym(w))
        // `Department for Transport`, `Parents for Choice`, `Bank of England`
        || (name_words.len() >= 3 && name_words[1..name_words.len() - 1].iter().any(|w| matches!(lower(w).as_ref(), "for" | "of" | "and" | "&")))
        || (name_words.len() == 1 && title_words.is_empty() && start == 1 && !has_role_word)
}

/// `Passenger` at a sentence start is not a name on its own.
fn is_sentence_word_only(name_words: &[&str], first_tok: usize, doc: &Document) -> bool {
    if name_words.len() != 1 {
        return false;
    }
    let w = name_words[0];
    let at_sentence_start = doc
        .sentence_at(doc.tokens[first_tok].span.start)
        .is_some_and(|s| doc.sentences[s].tokens.start == first_tok);
    (at_sentence_start && lexicon::is_function_word(w))
        || lexicon::is_function_word(w) && !is_acronym(w)
}

/// A description without a name: canonical form without the article,
/// `a spokesperson for X` turned into `X spokesperson`.
fn description(doc: &Document, toks: &[usize], start: usize, span: Span) -> Mention {
    let words: Vec<&str> = toks[start..].iter().map(|&i| word(doc, i)).collect();
    // Text of toks[a..b] (relative to `start`) as written.
    let text_of = |a: usize, b: usize| {
        let s = doc.tokens[toks[start + a]].span.start;
        let e = doc.tokens[toks[start + b - 1]].span.end;
        doc.text[s..e].to_string()
    };
    let role = match words
        .iter()
        .position(|w| matches!(lower(w).as_ref(), "for" | "of" | "at"))
    {
        Some(p)
            if p > 0
                && p + 1 < words.len()
                && words[..p]
                    .iter()
                    .any(|w| lexicon::is_role_noun(w) || lexicon::is_agent_noun(w)) =>
        {
            let org_from = if lower(words[p + 1]) == "the" {
                p + 2
            } else {
                p + 1
            };
            if org_from >= words.len() {
                text_of(0, p)
            } else {
                format!("{} {}", text_of(org_from, words.len()), text_of(0, p))
            }
        }
        _ => text_of(0, words.len()),
    };
    // (`his wife` is a woman; `a lawyer for his wife` says nothing of the
    // lawyer: only the words before a trailing phrase count.)
    let gender = words
        .iter()
        .take_while(|w| !matches!(lower(w).as_ref(), "for" | "of" | "at" | "to" | "with"))
        .find_map(|w| lexicon::role_gender(w));
    let org_like = !words
        .iter()
        .any(|w| lexicon::is_role_noun(w) || lexicon::is_agent_noun(w));
    // (`one council aide` is a council aide, as `a council aide` is.)
    let lower_role = role.to_lowercase();
    let role = ["one ", "another "]
        .iter()
        .find(|p| lower_role.starts_with(*p))
        .map_or(role.as_str(), |p| &role[p.len()..]);
    Mention {
        span,
        form: Form::Description,
        name: None,
        titles: vec![],
        role: Some(clean_name(role)),
        gender,
        org_like,
    }
}

/// Adjectives that commonly modify a role: `chief operating officer`.
const MODIFIERS: &[&str] = &[
    "chief",
    "senior",
    "junior",
    "local",
    "former",
    "deputy",
    "national",
    "regional",
    "state",
    "acting",
    "interim",
    "new",
    "top",
    "independent",
    "lead",
    "leading",
    "principal",
    "general",
    "managing",
    "operating",
    "financial",
    "medical",
    "executive",
    "structural",
    "consultant",
    "incident",
    "transport",
    "rights",
    "passenger",
    "travel",
    "industry",
    "estate",
    "health",
    "education",
    "county",
    "city",
    "head",
    "union",
    "party",
    "government",
    "company",
    "council",
    "white",
    "house",
    "press",
    "campaign",
    "labour",
    "conservative",
    "democratic",
    "republican",
    "federal",
    "foreign",
    "home",
    "shadow",
    "assistant",
    "associate",
    "vice",
    "special",
    "public",
    "private",
    "police",
    "fire",
    "defence",
    "defense",
    "security",
    "science",
    "research",
    "policy",
    "communications",
    "legal",
    "military",
    "economic",
    "political",
    "veteran",
    "longtime",
    "retired",
    "young",
    "elderly",
    "old",
    "local-government",
];

/// Is `w` an adjective that commonly modifies a role (`chief` in `chief
/// operating officer`)?
fn is_modifier(w: &str) -> bool {
    MODIFIERS.contains(&lower(w).as_ref())
}

/// Lower-case words inside a description before its head noun (`transport
/// lead`, `71-year-old patient`): anything that is not a function word or a
/// common verb form.
fn is_modifier_like(w: &str) -> bool {
    let l = lower(w);
    w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lexicon::is_function_word(&l)
        && lexicon::cue_class(&l).is_none()
        && !lexicon::is_irregular_past(&l)
        && !l.ends_with("ed")
        && !l.ends_with("ing")
        && !l.ends_with("ly")
}

/// The most tokens between a verb and the start of its subject phrase
/// (appositives included) that [`subject_before`] reads: 40 tokens is
/// about two lines of print.
const SUBJECT_REACH: usize = 40;

/// The subject of the cue at token `cue`, written before it within
/// `clause_start..cue`: skips adverbs and auxiliaries, introductory
/// phrases (`In a statement,`) and appositives (`Anne Rainsberry, national
/// incident director for NHS England,`).
pub fn subject_before(doc: &Document, clause_start: usize, cue: usize) -> Option<Mention> {
    // (A subject, with its appositives, lies within `SUBJECT_REACH` tokens
    // of its verb; the bound keeps a clause dense in cues from costing its
    // length for every cue in it.)
    let clause_start = clause_start.max(cue.saturating_sub(SUBJECT_REACH));
    let clause_start = after_dateline(doc, clause_start).min(cue);
    subject_phrase_before(doc, clause_start, cue).map(|m| document_owner(doc, m))
}

/// `The campaign's statement declares`: a document owned by a possessive
/// speaks for its owner.
fn document_owner(doc: &Document, m: Mention) -> Mention {
    let first = doc.tokens.partition_point(|t| t.span.start < m.span.start);
    let last = doc.tokens.partition_point(|t| t.span.start < m.span.end);
    if m.form != Form::Description
        || last <= first + 1
        || !lexicon::DOCUMENT_NOUNS.contains(&lower(word(doc, last - 1)).as_ref())
    {
        return m;
    }
    (first..last - 1)
        .rev()
        .find_map(|k| {
            let w = word(doc, k);
            let suffix = ["'s", "’s"].into_iter().find(|s| w.ends_with(s))?;
            let span = Span::new(
                doc.tokens[first].span.start,
                doc.tokens[k].span.end - suffix.len(),
            );
            let mut owner = parse_np(doc, first..k + 1).unwrap_or_else(|| {
                // `the Reyes campaign's`: a description of the owner.
                let toks: Vec<usize> = (first..=k).collect();
                let det = matches!(lower(word(doc, first)).as_ref(), "the" | "a" | "an");
                description(doc, &toks, usize::from(det), span)
            });
            owner.span = span;
            for text in [&mut owner.name, &mut owner.role].into_iter().flatten() {
                if let Some(stripped) = text.strip_suffix(suffix) {
                    *text = stripped.to_string();
                }
            }
            Some(owner)
        })
        .unwrap_or(m)
}

/// The subject phrase right before the cue at `cue`, within
/// `clause_start..cue` (`Anne Rainsberry, national incident director for
/// NHS England, said`): the phrase before the verb, or the head before its
/// appositives.
fn subject_phrase_before(doc: &Document, clause_start: usize, cue: usize) -> Option<Mention> {
    let end = subject_end(doc, clause_start, cue);
    if end == clause_start {
        return None;
    }
    let (segments, trailing_comma) = subject_segments(doc, clause_start, end);
    if segments.is_empty() {
        return None;
    }
    if !trailing_comma {
        return subject_right_before(doc, &segments);
    }
    head_before_appositives(doc, &segments)
}

/// Where the subject before the cue at `cue` ends (`Hunt on Monday also
/// said` → after `Hunt`): words between subject and verb and time phrases
/// skipped.
fn subject_end(doc: &Document, clause_start: usize, cue: usize) -> usize {
    let mut end = cue;
    // Skip words between subject and verb, and time phrases.
    while end > clause_start {
        let w = lower(word(doc, end - 1));
        if BETWEEN_SUBJECT_AND_VERB.contains(&w.as_ref()) {
            end -= 1;
        } else if end - clause_start > 1
            && (TIME_WORDS.contains(&w.as_ref()) || lexicon::is_weekday_name(&w))
            && time_phrase_ends_at(doc, end - 1)
        {
            end -= 1;
            // `on Thursday`, `last week`, `earlier this month`: the whole phrase.
            while end > clause_start + 1
                && matches!(
                    lower(word(doc, end - 1)).as_ref(),
                    "on" | "last"
                        | "this"
                        | "next"
                        | "early"
                        | "late"
                        | "in"
                        | "a"
                        | "an"
                        | "the"
                        | "that"
                        | "same"
                )
            {
                end -= 1;
            }
        } else {
            break;
        }
    }
    end
}

/// Segments of the subject phrase `clause_start..end`, between commas or
/// the dashes of an aside (`John Dickey, the chief executive -- the
/// company that … --`), and whether a separator ends it.
fn subject_segments(doc: &Document, clause_start: usize, end: usize) -> (Vec<Range<usize>>, bool) {
    let separator = |i: usize| {
        let w = word(doc, i);
        w == ","
            || matches!(w, "—" | "–" | "--")
            || (w == "-"
                && ((i + 1 < end && word(doc, i + 1) == "-")
                    || (i > clause_start && word(doc, i - 1) == "-")))
    };
    let mut segments: Vec<Range<usize>> = Vec::new();
    let mut seg_start = clause_start;
    for i in clause_start..end {
        if separator(i) {
            if i > seg_start {
                segments.push(seg_start..i);
            }
            seg_start = i + 1;
        }
    }
    if seg_start < end {
        segments.push(seg_start..end);
    }
    let trailing_comma = end > clause_start && separator(end - 1);
    (segments, trailing_comma)
}

/// `… the council said`: the phrase right before the verb; an earlier
/// segment that is not a noun phrase is content or an intro.
fn subject_right_before(doc: &Document, segments: &[Range<usize>]) -> Option<Mention> {
    let last = segments.last()?.clone();
    // `Nate Silver, the polling guru who founded the site tweeted`: an
    // appositive whose relative clause runs to the verb (its closing
    // comma left out) describes the name before it.
    let relative = last
        .clone()
        .skip(1)
        .any(|i| is_one_of(word(doc, i), &["who", "which"]));
    // `Gary Ruffing, head of retail services at BBK said`: a role with
    // its employer, closing comma left out, after a name.
    let first = word(doc, last.start);
    let employed_role = last.len() >= 3
        && first.starts_with(char::is_lowercase)
        && !first.ends_with('s')
        && (lexicon::is_role_noun(first) || matches!(first, "head" | "chief" | "senior"))
        && last
            .clone()
            .any(|i| is_one_of(word(doc, i), &["of", "at", "for"]));
    if (relative || employed_role)
        && segments.len() >= 2
        && is_appositive(doc, last.clone(), true)
        && let Some(mut m) = parse_np(doc, segments[segments.len() - 2].clone())
        && m.form == Form::Name
    {
        let s = doc.tokens[last.start].span.start;
        let e = doc.tokens[last.end - 1].span.end;
        m.role = Some(clean_name(&doc.text[s..e]));
        return Some(m);
    }
    let m = head_of_segment(doc, last.clone())?;
    // `The company's chief operating officer, Declan Mulvey` is caught
    // by the appositive branch below; here a role description preceded
    // by a name segment (`Gary Whitlock, 54, the owner`) is rare.
    Some(m)
}

/// Trailing comma before the verb: `HEAD, appositive, …, said`. The
/// appositives are skipped from the right (`aged 54`, `who runs …`,
/// `national incident director for NHS England`, `of FlyFair`); what is
/// left of them is the head. A description just before a named head is
/// its role (`The company's chief operating officer, Declan Mulvey, said`).
fn head_before_appositives(doc: &Document, segments: &[Range<usize>]) -> Option<Mention> {
    let i = head_segment(doc, segments);
    let mut head = head_of_segment(doc, segments[i].clone())?;
    if i + 1 < segments.len() && head.role.is_none() {
        let s = doc.tokens[segments[i + 1].start].span.start;
        let e = doc.tokens[segments.last()?.end - 1].span.end;
        let app = clean_name(&doc.text[s..e]);
        if !app.is_empty() && app.split_whitespace().count() <= 14 {
            head.role = Some(app);
        }
    }
    if head.form == Form::Name
        && i > 0
        && !is_intro(doc, segments[i - 1].start)
        && let Some(desc) = parse_np(doc, segments[i - 1].clone())
        && desc.form == Form::Description
        && !desc.org_like
    {
        head.role = desc.role;
        head.span = Span::new(desc.span.start, head.span.end);
    }
    Some(head)
}

/// The index of the head among `segments` (`Ada Vance, 54, of Leeds,` →
/// `Ada Vance`): the appositives after it skipped from the right.
fn head_segment(doc: &Document, segments: &[Range<usize>]) -> usize {
    // (`As Steven Rosenthal, a tax lawyer, put it`: a subordinator before
    // the name does not make it an introduction.)
    // (`But Sen. Lindsey Graham, R-S.C., called`: nor does a conjunction
    // linking the sentence to the one before.)
    let named_before = |i: usize| {
        segments[..i].iter().any(|seg| {
            let first = word(doc, seg.start);
            (!is_intro(doc, seg.start)
                || lexicon::is_subordinator(first)
                || is_linking_conjunction(first))
                && parse_np(doc, seg.clone()).is_some_and(|m| m.form == Form::Name)
        })
    };
    // A relative clause runs to the verb, commas and all (`Mr. Slinker,
    // whose start-up, Paradata, uses big data, said`): the head is before it.
    let relative = (1..segments.len()).find(|&j| {
        matches!(
            lower(word(doc, segments[j].start)).as_ref(),
            "who" | "whose" | "which"
        )
    });
    let mut i = relative.map_or(segments.len() - 1, |j| j - 1);
    while i > 0 {
        let after_a_name = named_before(i);
        let unreadable = after_a_name && parse_np(doc, segments[i].clone()).is_none();
        // `of Alexandria, Va.,`, `from Des Moines, Iowa,`: the state after a place.
        let place_tail = i >= 2
            && matches!(
                lower(word(doc, segments[i - 1].start)).as_ref(),
                "of" | "from" | "in"
            )
            && segments[i].len() <= 3
            && segments[i]
                .clone()
                .all(|k| is_punct(&doc.tokens[k]) || is_cap(word(doc, k)));
        if !(unreadable || place_tail || is_appositive(doc, segments[i].clone(), after_a_name)) {
            break;
        }
        i -= 1;
    }
    i
}

/// `And`, `But`, `Yet`, `So`, `Or`: a word opening a sentence that links
/// it to the one before, not an introductory phrase of its own.
fn is_linking_conjunction(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "and" | "but" | "yet" | "so" | "or" | "nor"
    )
}

/// Does a comma segment open with an introductory word (`In a statement`,
/// `Speaking on Monday`, `Like Corker`, `Tuesday at …`)?
fn is_intro(doc: &Document, first: usize) -> bool {
    let w = lower(word(doc, first));
    INTRO_OPENERS.contains(&w.as_ref())
        || is_weekday(&w)
        || (w.ends_with("ing") && w.len() > 4 && doc.tokens[first].kind == TokenKind::Word)
        // `Asked whether …,`, `Pressed on the issue,`: a past participle
        // opening the sentence.
        || (w.ends_with("ed")
            && w.len() > 4
            && is_cap(word(doc, first))
            && doc.tokens[first].kind == TokenKind::Word)
}

/// A comma segment that describes the speaker named before it: `aged 54`,
/// `38`, `who runs the café`, `of FlyFair`, `national incident director
/// for NHS England`, or (after a name) `the company's managing director`.
fn is_appositive(doc: &Document, seg: Range<usize>, after_a_name: bool) -> bool {
    let first = word(doc, seg.start);
    let l = lower(first);
    if doc.tokens[seg.start].kind == TokenKind::Number || first == "(" {
        return true;
    }
    if matches!(
        l.as_ref(),
        "aged" | "who" | "whose" | "which" | "of" | "from" | "at" | "and" | "himself" | "herself"
    ) {
        return true;
    }
    if lexicon::is_np_determiner(&l) {
        return after_a_name;
    }
    // `NHS England's national incident director` after a name.
    if after_a_name && parse_np(doc, seg.clone()).is_some_and(|m| m.form == Form::Description) {
        return true;
    }
    // `McCrory's opponent in the upcoming election`: a possessive opening
    // a description of the name before it.
    // (`New Jersey’s sitting governor`: the possessor may be several
    // capitalised words.)
    if after_a_name && seg.len() >= 2 && opens_with_possessor(doc, seg.clone()) {
        return true;
    }
    // `Paul Ryan, R-Wis., said`: party and state after a name.
    let text: String = seg.clone().map(|i| word(doc, i)).collect();
    if after_a_name && is_party_state(&text) {
        return true;
    }
    first.chars().next().is_some_and(char::is_lowercase) && lexicon::pronoun(first).is_none()
}

/// Does `seg` open with a possessive name followed by more words
/// (`McCrory's opponent`, `New Jersey’s sitting governor`)?
fn opens_with_possessor(doc: &Document, seg: Range<usize>) -> bool {
    for i in seg.clone().take(5) {
        let w = word(doc, i);
        let possessive = w.ends_with("'s") || w.ends_with("’s") || w == "'s" || w == "’s";
        if possessive {
            return i + 1 < seg.end;
        }
        if !is_cap(w) {
            return false;
        }
    }
    false
}

/// `R-Wis.`, `D-N.Y.`, `R-OH`, `I-Vt`: a US politician's party and state.
fn is_party_state(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix(['D', 'R', 'I'])
        .and_then(|r| r.strip_prefix(['-', '–']))
    else {
        return false;
    };
    let letters: String = rest.chars().filter(|c| *c != '.').collect();
    (2..=5).contains(&letters.chars().count())
        && letters.chars().next().is_some_and(char::is_uppercase)
        && letters.chars().all(char::is_alphabetic)
}

/// Past a dateline opening the text at `start` (`WASHINGTON ―`, `LONDON
/// (Reuters) -`, `NEW YORK, N.Y. —`): a place in capitals, never a speaker.
pub fn after_dateline(doc: &Document, start: usize) -> usize {
    let mut i = start;
    let mut capitals = 0;
    let mut depth = 0usize;
    while i < doc.tokens.len() && i < start + 8 {
        let w = word(doc, i);
        match w {
            "―" | "—" | "–" | "-" if depth == 0 && capitals > 0 => return i + 1,
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            "," | "." => {}
            _ if depth > 0 => {}
            _ if w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase) => {
                capitals += 1
            }
            _ => return start,
        }
        i += 1;
    }
    start
}

/// The subject of the main clause of `clause_start..before`: the noun
/// phrase opening the first clause that is not an introduction (`Speaking
/// in Salem, New Hampshire, Trump went after Bush, calling him …` → Trump).
/// A segment that is nothing but a noun phrase (`New Hampshire`) is only a
/// fallback.
pub fn main_subject(doc: &Document, clause_start: usize, before: usize) -> Option<Mention> {
    let clause_start = after_dateline(doc, clause_start).min(before);
    let mut fallback = None;
    let mut seg_start = clause_start;
    let mut segments = Vec::new();
    for i in clause_start..before {
        if word(doc, i) == "," {
            if i > seg_start {
                segments.push(seg_start..i);
            }
            seg_start = i + 1;
        }
    }
    if seg_start < before {
        segments.push(seg_start..before);
    }
    // Whether the segment before was nothing but a name.
    let mut after_name = false;
    for seg in segments {
        if is_intro(doc, seg.start) {
            after_name = false;
            continue;
        }
        // `Roy Cooper (D), McCrory's opponent in the election, called …`:
        // an appositive describes the name before it and is not the subject.
        if after_name && is_appositive(doc, seg.clone(), true) {
            continue;
        }
        after_name = false;
        let limit = seg.end.min(seg.start + 10);
        let Some((end, m)) = (seg.start + 1..=limit)
            .rev()
            .find_map(|e| parse_np(doc, seg.start..e).map(|m| (e, m)))
        else {
            continue;
        };
        if end < seg.end {
            return Some(m);
        }
        after_name = m.form == Form::Name;
        fallback.get_or_insert(m);
    }
    fallback
}

/// `on Monday`, `last week`, `in a statement` right before a verb.
fn time_phrase_ends_at(doc: &Document, i: usize) -> bool {
    let w = lower(word(doc, i));
    is_weekday(&w)
        || matches!(
            w.as_ref(),
            "morning" | "afternoon" | "evening" | "night" | "week" | "month" | "year" | "weekend"
        )
        || ((w == "statement" || w == "interview")
        // `in a statement`, never the subject itself (`The statement said`).
        && i >= 2
        && matches!(lower(word(doc, i - 1)).as_ref(), "a" | "an")
        && lower(word(doc, i - 2)) == "in")
}

/// The head mention of a segment: the whole segment if it parses; the
/// part before a relative clause (`a 71-year-old patient whose operation
/// was postponed`); else its shortest parseable suffix (`… Hunt` in
/// `Speaking on Monday Hunt`).
fn head_of_segment(doc: &Document, seg: Range<usize>) -> Option<Mention> {
    if let Some(m) = parse_np(doc, seg.clone()) {
        return Some(m);
    }
    if let Some(rel) = seg
        .clone()
        .find(|&i| is_one_of(word(doc, i), &["who", "whose", "which", "whom"]))
        && rel > seg.start
        && let Some(m) = parse_np(doc, seg.start..rel)
    {
        return Some(m);
    }
    // `Protesters marching through the streets`: the noun phrase before
    // a participle phrase that modifies it.
    if let Some(ing) = seg.clone().skip(1).find(|&i| {
        let w = word(doc, i);
        doc.tokens[i].kind == TokenKind::Word
            && w.len() > 5
            && w.chars().next().is_some_and(char::is_lowercase)
            && lexicon::is_participle(w)
            // (`Aldenburg's sporting director Henrik Solberg`: before a
            // role noun the participle is an adjective of the role.)
            && !(i + 1 < seg.end && lexicon::is_role_noun(word(doc, i + 1)))
    }) && let Some(m) = parse_np(doc, seg.start..ing)
    {
        return Some(m);
    }
    // `A letter from the American Legion obtained by The Associated
    // Press`: the noun phrase before a past participle and its agent.
    // (Only with `by`: `They turned to the police` is a verb in the past.)
    if let Some(by) = seg
        .clone()
        .skip(2)
        .find(|&i| is_one_of(word(doc, i), &["by"]) && is_past_participle(&lower(word(doc, i - 1))))
        && let Some(m) = parse_np(doc, seg.start..by - 1)
        && !matches!(m.form, Form::Pronoun(_))
    {
        return Some(m);
    }
    // The longest suffix that parses, for segments with leading content.
    // (A suffix of more than `SUFFIX_LOOKBACK` tokens never parses: a
    // phrase keeps at most `MAX_NP_TOKENS`. The bound keeps a clause with
    // no end from costing its length for every cue in it.)
    let from = (seg.start + 1)
        .max(seg.end.saturating_sub(SUFFIX_LOOKBACK))
        .max(longest_phrase_start(doc, seg.clone()));
    for s in from..seg.end {
        // Only a suffix that starts at a plausible NP start (tried first:
        // it is cheaper than the parse, which has no effect of its own).
        let w = word(doc, s);
        // (A subject pronoun is a phrase only alone: `he added` never
        // parses, so it is not tried when a word follows it.)
        let lone_pronoun = || {
            !is_one_of(w, &["he", "she", "they", "it", "we", "i", "you"])
                || (s + 1..seg.end).all(|i| strippable(doc, i))
        };
        if (is_cap(w) || is_one_of(w, &["the", "a", "an"]) || lexicon::pronoun(w).is_some())
            && lone_pronoun()
            && let Some(m) = parse_np(doc, s..seg.end)
        {
            return Some(m);
        }
    }
    generic_description(doc, seg)
}

/// The earliest start of a phrase ending at `seg.end` that could keep at
/// most [`MAX_NP_TOKENS`] tokens (see [`phrase_tokens`]; a little room is
/// left for a nickname in marks, which it also drops): earlier starts
/// never parse, so the suffix search need not try them.
fn longest_phrase_start(doc: &Document, seg: Range<usize>) -> usize {
    let mut kept = 0usize;
    let mut depth = 0usize;
    for i in seg.clone().rev() {
        match word(doc, i) {
            ")" | "]" => depth += 1,
            "(" | "[" => depth = depth.saturating_sub(1),
            _ if depth == 0 && !strippable(doc, i) => {
                kept += 1;
                if kept > MAX_NP_TOKENS + 3 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    seg.start
}

/// Is `w`, in lower case, one of `words` (ASCII, lower case)? As
/// `lower(w)` compared with each, without lowering: no other letter
/// lowers to one of these, and this runs at every token of a clause.
fn is_one_of(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// `obtained`, `seen`, `written`: a past participle, regular or one of
/// the common irregular ones. Expects lower case.
fn is_past_participle(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 4)
        || matches!(
            w,
            "seen"
                | "written"
                | "given"
                | "taken"
                | "shown"
                | "sent"
                | "made"
                | "held"
                | "known"
                | "drawn"
                | "told"
                | "brought"
                | "bought"
                | "paid"
                | "led"
        )
}

/// `The GOP front-runner`, `the lone holdout`, `his surrogates`: a short
/// noun phrase opened by a determiner whose nouns are in no list. Only read
/// where a speaker must stand (right before a speech verb, or before the
/// `who` of one), where such a phrase is the one speaking.
pub fn generic_description(doc: &Document, seg: Range<usize>) -> Option<Mention> {
    let first = seg.start;
    let determiner = lexicon::is_np_determiner(word(doc, first));
    let toks: Vec<usize> = seg.clone().collect();
    if !determiner || !(2..=6).contains(&toks.len()) {
        return None;
    }
    let words: Vec<&str> = toks.iter().map(|&i| word(doc, i)).collect();
    let readable = toks[1..].iter().all(|&i| {
        let w = word(doc, i);
        match doc.tokens[i].kind {
            TokenKind::Word => {
                !lexicon::is_function_word(w)
                    && !lexicon::is_auxiliary(w)
                    && lexicon::pronoun(w).is_none()
            }
            TokenKind::Punct => matches!(w, "-" | "'" | "’"),
            TokenKind::Number | TokenKind::Mixed => true,
        }
    });
    let last = *words.last()?;
    if !readable
        || last.ends_with("ly")
        || last.ends_with("ing")
        || is_punct(&doc.tokens[*toks.last()?])
    {
        return None;
    }
    let span = Span::new(
        doc.tokens[first].span.start,
        doc.tokens[seg.end - 1].span.end,
    );
    // Unknown nouns are more often people (`the holdout`) than bodies, and
    // are not to be read as the one organisation of the article.
    Some(Mention {
        org_like: false,
        ..description(doc, &toks, 1, span)
    })
}

/// The one whose words a possessive names (`Trump's claim`, `Mr. Obama's
/// suggestion`, `her remark`): the possessor ending at token `tok`, without
/// its `'s`.
pub fn possessor(doc: &Document, tok: usize) -> Option<Mention> {
    let w = word(doc, tok);
    let pronoun = match lower(w).as_ref() {
        "his" => Some(Pronoun::He),
        "her" => Some(Pronoun::She),
        "their" => Some(Pronoun::They),
        "its" => Some(Pronoun::It),
        _ => None,
    };
    if let Some(p) = pronoun {
        return Some(pronoun_mention(doc.tokens[tok].span, p));
    }
    let suffix = ["'s", "’s"].into_iter().find(|s| w.ends_with(s))?;
    if !is_cap(w) || w.len() <= suffix.len() {
        return None;
    }
    // The name runs back over capitalised words and titles (`Mr. Obama's`).
    let mut start = tok;
    while start > 0 && tok - start < 5 {
        let prev = word(doc, start - 1);
        let title_dot = prev == "." && start >= 2 && is_cap(word(doc, start - 2));
        if !(title_dot || (is_cap(prev) && doc.tokens[start - 1].kind == TokenKind::Word)) {
            break;
        }
        start -= 1;
    }
    let mut m = parse_np(doc, start..tok + 1)?;
    if m.form != Form::Name {
        return None;
    }
    m.span = Span::new(m.span.start, doc.tokens[tok].span.end - suffix.len());
    if let Some(name) = &mut m.name
        && let Some(stripped) = name.strip_suffix(suffix)
    {
        *name = stripped.to_string();
    }
    Some(m)
}

/// The speaker written after an inverted cue (`said Priya Raman, the
/// councillor responsible for highways.`), within `cue+1..limit`.
pub fn subject_after(doc: &Document, cue: usize, limit: usize) -> Option<Mention> {
    let start = cue + 1;
    if start >= limit {
        return None;
    }
    let first = word(doc, start);
    if matches!(
        lower(first).as_ref(),
        "that" | "in" | "on" | "at" | "to" | "it" | "this"
    ) {
        return None;
    }
    let end = inverted_head_end(doc, start, limit);
    let mut m = inverted_head(doc, start, end)?;
    if let Some(agent) = document_agent(doc, &m, end, limit) {
        return Some(agent);
    }
    if let Some(name) = name_in_apposition(doc, &mut m, end, limit) {
        return Some(name);
    }
    // An appositive after a comma: `said Dr Farah Qureshi, the society’s chief economist.`
    if end < limit && word(doc, end) == "," && m.form == Form::Name {
        m.role = appositive_role(doc, end + 1, limit).or(m.role);
    }
    Some(m)
}

/// Sieve `document_agent`: `according to a court document filed by the
/// state attorney, Dave Aronberg`, `a report released by the auditor`: a
/// document `m` followed by an authoring participle and `by` (at `by`) is
/// its author's words; the author, when a person, is who spoke. Whoever merely obtained or
/// saw it is not (`documents obtained by the Herald` stays the documents).
fn document_agent(doc: &Document, m: &Mention, by: usize, limit: usize) -> Option<Mention> {
    // (The participle may or may not have been read into the head.)
    let participle = by.checked_sub(1)?;
    let noun = participle.checked_sub(1)?;
    let is_document = m.form == Form::Description
        && m.span.start < doc.tokens[noun].span.end
        && lexicon::DOCUMENT_NOUNS.contains(&lower(word(doc, noun)).as_ref());
    (is_document
        && by + 1 < limit
        && lower(word(doc, by)) == "by"
        && lexicon::AUTHORING_PARTICIPLES.contains(&lower(word(doc, participle)).as_ref()))
    .then(|| subject_after(doc, by, limit))
    .flatten()
    .map(|a| whole_name_with_and(doc, a, by + 1, limit))
    .filter(is_personal_author)
}

/// Is the author of a document a person or people (`state attorney Dave
/// Aronberg`, `federal prosecutors`)? An institution's filing or report
/// stays the document (`a complaint filed by the Securities and Exchange
/// Commission`), as news annotators mostly keep it: the body speaks
/// through it either way, and the person's name is what a reader is owed.
fn is_personal_author(a: &Mention) -> bool {
    match a.form {
        Form::Name => !a.org_like,
        Form::Pronoun(_) => false,
        Form::Description => a.role.as_deref().is_some_and(|r| {
            let head = r.rsplit(' ').next().unwrap_or(r);
            lexicon::is_role_noun(head) && !lexicon::is_org_noun(head)
        }),
    }
}

/// `filed by the Securities and Exchange Commission`: an inverted head
/// stops at `and`; capitals after it go on with a name that holds them,
/// read whole through them, when it parses as one organisation's name.
fn whole_name_with_and(doc: &Document, a: Mention, start: usize, limit: usize) -> Mention {
    let end = doc.tokens.partition_point(|t| t.span.start < a.span.end);
    if !(end + 1 < limit && word(doc, end) == "and" && is_cap(word(doc, end + 1))) {
        return a;
    }
    let stop = (end + 1..limit)
        .find(|&k| is_punct(&doc.tokens[k]) || !is_cap(word(doc, k)))
        .unwrap_or(limit);
    parse_np(doc, start..stop)
        .filter(|m| m.form == Form::Name && m.org_like)
        .unwrap_or(a)
}

/// Where the head after an inverted cue (from `start`) ends: at the first
/// comma, full stop or preposition that ends it (`said Hunt on Monday`).
fn inverted_head_end(doc: &Document, start: usize, limit: usize) -> usize {
    let mut end = start;
    while end < limit {
        let w = word(doc, end);
        let l = lower(w);
        if w == "," || w == "." || w == ";" || w == ":" || w == "!" || w == "?" || w == "—" {
            break;
        }
        if end > start && ends_inverted_head(&l) {
            // `a spokesperson for the Forum` keeps `for`; `at` joins
            // names only before a capital (`director at Acme`).
            if l == "at" && end + 1 < limit && is_cap(word(doc, end + 1)) {
                end += 1;
                continue;
            }
            break;
        }
        end += 1;
    }
    end
}

/// A word, lower case, that ends the head after an inverted cue (`on` in
/// `said Hunt on Monday`).
fn ends_inverted_head(l: &str) -> bool {
    matches!(
        l,
        "in" | "on"
            | "at"
            | "during"
            | "when"
            | "as"
            | "after"
            | "before"
            | "yesterday"
            | "today"
            | "last"
            | "this"
            | "while"
            | "who"
            | "adding"
            | "noting"
            | "and"
            | "but"
            // `a study by two economists`
            | "by"
            // `a source involved in`, `a person familiar with`
            | "involved"
            | "familiar"
            | "close"
            | "briefed"
            | "knowledgeable"
            | "speaking"
    )
}

/// The mention of the head `start..end` after an inverted cue (`said 9/11
/// widow Terry Strada`).
fn inverted_head(doc: &Document, start: usize, end: usize) -> Option<Mention> {
    // `a strategist for one of these candidates`: when the whole phrase is
    // more than a noun phrase can hold, its head before the first
    // preposition still names the speaker.
    parse_np(doc, start..end)
        .or_else(|| {
            let prep = (start + 1..end).find(|&k| {
                matches!(lower(word(doc, k)).as_ref(), "for" | "of" | "from" | "with")
            })?;
            parse_np(doc, start..prep)
        })
        .or_else(|| {
            // `said 9/11 widow Terry Strada`: a modifier no noun phrase
            // parses opens it; the phrase from its first word does.
            let word_start = (start..end).find(|&k| {
                doc.tokens[k].kind == TokenKind::Word
                    && word(doc, k).chars().next().is_some_and(char::is_alphabetic)
            })?;
            (word_start > start)
                .then(|| parse_np(doc, word_start..end))
                .flatten()
        })
        .or_else(|| {
            // `said the base chief known as Bob`: a description followed
            // by words no noun phrase holds is the description, from the
            // longest stretch of the head that parses as one.
            (start + 2..end)
                .rev()
                .find_map(|k| parse_np(doc, start..k).filter(|m| m.form == Form::Description))
        })
}

/// `said one of the protesters, Ada Vance`: a name in apposition to a
/// description `m` (ending at `end`) is who spoke; it takes the role.
fn name_in_apposition(
    doc: &Document,
    m: &mut Mention,
    end: usize,
    limit: usize,
) -> Option<Mention> {
    if end + 1 < limit && word(doc, end) == "," && m.form == Form::Description {
        let app_end = (end + 1..limit)
            .find(|&k| matches!(word(doc, k), "," | "." | ";" | "!" | "?"))
            .unwrap_or(limit);
        if let Some(mut name) = parse_np(doc, end + 1..app_end)
            && name.form == Form::Name
            && !name.org_like
        {
            name.role = m.role.take();
            return Some(name);
        }
    }
    None
}

/// The role given by an appositive from `from` (`the society’s chief
/// economist` in `said Dr Farah Qureshi, the society’s chief economist.`).
fn appositive_role(doc: &Document, from: usize, limit: usize) -> Option<String> {
    let mut app_end = from;
    while app_end < limit
        && !matches!(
            word(doc, app_end),
            "," | "." | ";" | "!" | "?" | "\"" | "“" | "”" | "'" | "‘" | "’"
        )
    {
        app_end += 1;
    }
    if app_end > from {
        let s = doc.tokens[from].span.start;
        let e = doc.tokens[app_end - 1].span.end;
        let app = &doc.text[s..e];
        let l = app.to_lowercase();
        // Or a bare role, short and ending in a role noun (`James
        // Johnson, BMA chairman`).
        let bare_role = app_end - from <= 5
            && l.split_whitespace()
                .last()
                .is_some_and(lexicon::is_role_noun);
        if l.starts_with("the ")
            || l.starts_with("a ")
            || l.starts_with("an ")
            || l.starts_with("who ")
            || bare_role
        {
            return Some(clean_name(app));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_lose_the_words_around_them() {
        let check = |phrase: &str, want: Option<&str>| {
            assert_eq!(person_name(phrase).as_deref(), want, "{phrase}");
        };
        check("Despite Trump", Some("Trump"));
        check("of State Hillary Clinton", Some("Hillary Clinton"));
        check("State Clinton", Some("Clinton"));
        check("Real estate tycoon Donald Trump", Some("Donald Trump"));
        check("House Speaker Nancy Pelosi", Some("Nancy Pelosi"));
        check("Trump's Twitter", Some("Trump"));
        check("Ursula von der Leyen", Some("Ursula von der Leyen"));
        check("Jesse Jackson Jr.", Some("Jesse Jackson Jr"));
        check("King", Some("King"));
        check("Tuesday Ginsburg", Some("Ginsburg"));
        check("Mexican President Vicente Fox", Some("Vicente Fox"));
        check("Former Mexican President Vicente Fox", Some("Vicente Fox"));
        check("Texas Gov. Rick Perry", Some("Rick Perry"));
        check("January Ada Vance", Some("Ada Vance"));
        check("April Ryan", Some("April Ryan"));
        check("Dean", Some("Dean"));
        check("Donald J. Trump", Some("Donald J. Trump"));
        check("the", None);
    }

    #[test]
    fn aliases_are_forms_of_the_name_or_title() {
        let check = |alias: &str, name: &str, want: bool| {
            assert_eq!(is_name_form(alias, name), want, "{alias} / {name}");
        };
        check("Mr Obama", "Barack Obama", true);
        check("President Barack Obama", "Barack Obama", true);
        check("then-President Obama", "Barack Obama", true);
        check(
            "Secretary of State Hillary Clinton",
            "Hillary Clinton",
            true,
        );
        check("Managing director Martin Achebe", "Martin Achebe", true);
        check("Donald J. Trump", "Donald Trump", true);
        check("Hillary Rodham Clinton", "Hillary Rodham Clinton", true);
        check("emotional Mr Obama", "Barack Obama", false);
        check(
            "arguments range from President Obama",
            "Barack Obama",
            false,
        );
        check("Despite Trump", "Donald Trump", false);
        check("amount Mr Trump", "Donald Trump", false);
        check(
            "House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer",
            "Nancy Pelosi",
            false,
        );
        check("Obama campaign aide Robert Gibbs", "Barack Obama", false);
        check("37-year-old Haugen", "Frances Haugen", false);
        check(
            "White House aides and allies of Mr Trump",
            "Donald Trump",
            false,
        );
    }

    /// (form, name, titles, role) of an expected mention.
    type Expected<'a> = (Form, Option<&'a str>, &'a [&'a str], Option<&'a str>);

    /// Finds `cue` in `text`, parses its subject (before, or after when
    /// `inverted`), and compares (form, name, titles, role).
    fn check(text: &str, cue: &str, inverted: bool, expected: Option<Expected>) {
        let doc = Document::from_raw(text);
        let cue_idx = doc
            .tokens
            .iter()
            .position(|t| t.text(&doc.text) == cue)
            .unwrap_or_else(|| panic!("cue {cue:?} not in {text:?}"));
        let m = if inverted {
            subject_after(&doc, cue_idx, doc.tokens.len())
        } else {
            subject_before(&doc, 0, cue_idx)
        };
        let got = m.map(|m| (m.form, m.name.clone(), m.titles.clone(), m.role.clone()));
        let expected = expected.map(|(f, n, t, r)| {
            (
                f,
                n.map(str::to_string),
                t.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                r.map(str::to_string),
            )
        });
        assert_eq!(got, expected, "subject of {cue:?} in {text:?}");
    }

    #[test]
    fn names_with_titles() {
        check(
            "Health Secretary Jeremy Hunt has urged the BMA to talk.",
            "urged",
            false,
            Some((Form::Name, Some("Jeremy Hunt"), &["Health Secretary"], None)),
        );
        check(
            "Dr Helen Okoro said it.",
            "said",
            false,
            Some((Form::Name, Some("Helen Okoro"), &["Dr"], None)),
        );
        check(
            "Hearthstone chief economist Farah Qureshi told the BBC: yes.",
            "told",
            false,
            Some((
                Form::Name,
                Some("Farah Qureshi"),
                &["Hearthstone chief economist"],
                None,
            )),
        );
        check(
            "Mulvey said so.",
            "said",
            false,
            Some((Form::Name, Some("Mulvey"), &[], None)),
        );
    }

    #[test]
    fn a_word_in_ing_before_a_role_qualifies_it() {
        // (Not a participle opening a phrase of its own: the name after
        // the role is the speaker, not the club before it.)
        let table = [
            (
                "Aldenburg's sporting director Henrik Solberg said: no.",
                "Henrik Solberg",
            ),
            (
                "\"No,\" deputy planning director John Leibovich said.",
                "John Leibovich",
            ),
            (
                "Rovers' sporting director Alan Finch said so.",
                "Alan Finch",
            ),
            (
                "The paper's managing editor Sarah Gold said so.",
                "Sarah Gold",
            ),
            (
                "\"Rates will fall,\" leading economist Anna Ross said.",
                "Anna Ross",
            ),
        ];
        for (text, name) in table {
            let doc = Document::from_raw(text);
            let cue = doc
                .tokens
                .iter()
                .position(|t| t.text(&doc.text) == "said")
                .expect("cue");
            let s = doc
                .sentence_at(doc.tokens[cue].span.start)
                .expect("sentence");
            let m = subject_before(&doc, doc.sentences[s].tokens.start, cue);
            assert_eq!(m.and_then(|m| m.name), Some(name.to_string()), "{text}");
        }
        // (Before an honorific the word is a verb: the unions are the
        // subject, not the man they met.)
        check(
            "The five unions meeting Mr Hale said no.",
            "said",
            false,
            Some((Form::Description, None, &[], Some("five unions"))),
        );
    }

    #[test]
    fn appositives() {
        check(
            "\"Act now,\" said James Johnson, BMA chairman.",
            "said",
            true,
            Some((Form::Name, Some("James Johnson"), &[], Some("BMA chairman"))),
        );
        check(
            "\"Act now,\" said James Johnson, of Leeds.",
            "said",
            true,
            Some((Form::Name, Some("James Johnson"), &[], None)),
        );
        check(
            "Anne Rainsberry, national incident director for NHS England, said: yes.",
            "said",
            false,
            Some((
                Form::Name,
                Some("Anne Rainsberry"),
                &[],
                Some("national incident director for NHS England"),
            )),
        );
        check(
            "The company's chief operating officer, Declan Mulvey, said so.",
            "said",
            false,
            Some((
                Form::Name,
                Some("Declan Mulvey"),
                &[],
                Some("company's chief operating officer"),
            )),
        );
        check(
            "Passenger rights campaigner Paul Brennan, of FlyFair, said: yes.",
            "said",
            false,
            Some((
                Form::Name,
                Some("Paul Brennan"),
                &["Passenger rights campaigner"],
                Some("of FlyFair"),
            )),
        );
    }

    #[test]
    fn intro_phrases_and_content_before_the_subject() {
        // A dateline is a place, not the subject.
        check(
            "WASHINGTON (Reuters) - Officials said the talks failed.",
            "said",
            false,
            Some((Form::Description, None, &[], Some("Officials"))),
        );
        check(
            "In a statement, the council said: yes.",
            "said",
            false,
            Some((Form::Description, None, &[], Some("council"))),
        );
        check(
            "Bus services have been rerouted, the council said.",
            "said",
            false,
            Some((Form::Description, None, &[], Some("council"))),
        );
        check(
            "But despite his message, a spokesman for Corbyn told IBTimes UK that he would not.",
            "told",
            false,
            Some((Form::Description, None, &[], Some("Corbyn spokesman"))),
        );
    }

    /// A sentence opening with `And`, `But`, `Yet` still names its subject
    /// first: the appositives after the name are skipped as without it.
    #[test]
    fn a_linking_conjunction_before_the_name_keeps_it_the_head() {
        let graham = Some((
            Form::Name,
            Some("Lindsey Graham"),
            &["Sen"][..],
            Some("R-S.C"),
        ));
        check(
            "But Sen. Lindsey Graham, R-S.C., called it bad.",
            "called",
            false,
            graham,
        );
        check(
            "Sen. Lindsey Graham, R-S.C., called it bad.",
            "called",
            false,
            graham,
        );
        check(
            "Yet Mary Cole, the mayor, said no.",
            "said",
            false,
            Some((Form::Name, Some("Mary Cole"), &[], Some("the mayor"))),
        );
        check(
            "And Hugo Brandt, 61, of Leeds, told us.",
            "told",
            false,
            Some((Form::Name, Some("Hugo Brandt"), &[], Some("61, of Leeds"))),
        );
        // An introduction opened by a conjunction is still no subject.
        check(
            "And in a statement, the council said: yes.",
            "said",
            false,
            Some((Form::Description, None, &[], Some("council"))),
        );
    }

    #[test]
    fn roles_organisations_and_pronouns() {
        check(
            "A BMA spokeswoman said: yes.",
            "said",
            false,
            Some((Form::Description, None, &[], Some("BMA spokeswoman"))),
        );
        check(
            "NHS England said 39% had reported.",
            "said",
            false,
            Some((Form::Name, Some("NHS England"), &[], None)),
        );
        check(
            "He added that it was bad.",
            "added",
            false,
            Some((Form::Pronoun(Pronoun::He), None, &[], None)),
        );
        check(
            "Hunt also said it was bad.",
            "said",
            false,
            Some((Form::Name, Some("Hunt"), &[], None)),
        );
    }

    #[test]
    fn an_appositive_relative_clause_without_its_closing_comma() {
        check(
            "Nate Silver, the polling guru who founded the site tweeted on Wednesday.",
            "tweeted",
            false,
            Some((
                Form::Name,
                Some("Nate Silver"),
                &[],
                Some("the polling guru who founded the site"),
            )),
        );
    }

    #[test]
    fn inverted_subjects() {
        check(
            "\"Yes,\" said Priya Raman, the councillor responsible for highways.",
            "said",
            true,
            Some((
                Form::Name,
                Some("Priya Raman"),
                &[],
                Some("the councillor responsible for highways"),
            )),
        );
        check(
            "\"Yes,\" said a spokesperson for the Secondary Heads’ Forum.",
            "said",
            true,
            Some((
                Form::Description,
                None,
                &[],
                Some("Secondary Heads' Forum spokesperson"),
            )),
        );
        // More than a phrase can hold: its head still speaks.
        check(
            "\"Yes,\" said a strategist for one of these candidates.",
            "said",
            true,
            Some((Form::Description, None, &[], Some("strategist"))),
        );
        check(
            "\"Yes,\" said the council in a statement.",
            "said",
            true,
            Some((Form::Description, None, &[], Some("council"))),
        );
        check("He said that it was over.", "said", true, None);
    }

    #[test]
    fn things_that_cannot_speak() {
        check(
            "The bridge was closed and the repairs said nothing.",
            "said",
            false,
            None,
        );
    }
}
