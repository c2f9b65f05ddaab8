//! Word lists the extractors share: speech cues, titles, role nouns,
//! organisation words, names, honorifics, month and weekday names, pronouns
//! and function words.
//!
//! The lists are plain-text data files in `src/extract/lexicon/`, built into
//! the binary with `include_str!`, so that a newsroom can read (and extend)
//! exactly what counts as a speech verb or a title without reading Rust. Each
//! list lives in one file, and every module that needs it asks this one
//! (`month_number`, `is_honorific`, …) rather than keeping a copy.
//!
//! File format: one entry per line; `#` starts a comment; blank lines are
//! ignored. A `.tsv` file is a table whose columns are separated by tabs (or
//! spaces). Each file opens with a comment saying what the list is for and
//! where it is used. The unit tests below check that every file parses.
//!
//! Entries are lower case. Most look-ups lower-case the word first; the
//! honorific, month and weekday look-ups take the word as their callers have
//! already lowered and trimmed it (`Sept.`, `Mr.,`), since each caller trims
//! differently.

use chrono::Weekday;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

/// How a cue verb relates a speaker to what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Reports words or a clause: `said`, `told`, `warned`, `wrote`.
    Speech,
    /// Characterises something in the speaker's words: `called X "…"`,
    /// `described X as "…"`, `blamed`, `praised`. Takes an object, not a clause.
    Characterise,
    /// Reports a belief or finding: `believes`, `thinks`, `found`. Used for
    /// indirect statements only, never to attribute a direct quotation.
    Belief,
}

/// The data files, as built into the binary. What each list holds, and why,
/// is said at its top.
mod files {
    pub(super) const SPEECH_VERBS: &str = include_str!("lexicon/speech_verbs.txt");
    pub(super) const CHARACTERISE_VERBS: &str = include_str!("lexicon/characterise_verbs.txt");
    pub(super) const BELIEF_VERBS: &str = include_str!("lexicon/belief_verbs.txt");
    pub(super) const SPEECH_NOUNS: &str = include_str!("lexicon/speech_nouns.txt");
    pub(super) const NAMING_CUES: &str = include_str!("lexicon/naming_cues.txt");
    pub(super) const TITLES: &str = include_str!("lexicon/titles.txt");
    pub(super) const HONORIFICS: &str = include_str!("lexicon/honorifics.tsv");
    pub(super) const TITLE_GENDERS: &str = include_str!("lexicon/title_genders.tsv");
    pub(super) const ROLE_GENDERS: &str = include_str!("lexicon/role_genders.tsv");
    pub(super) const FIRST_NAMES: &str = include_str!("lexicon/first_names.tsv");
    pub(super) const ROLE_NOUNS: &str = include_str!("lexicon/role_nouns.txt");
    pub(super) const NOT_AGENT_NOUNS: &str = include_str!("lexicon/not_agent_nouns.txt");
    pub(super) const ORG_WORDS: &str = include_str!("lexicon/org_words.txt");
    pub(super) const ORG_NOUNS: &str = include_str!("lexicon/org_nouns.txt");
    pub(super) const DOCUMENT_NOUNS: &str = include_str!("lexicon/document_nouns.txt");
    pub(super) const AUTHORING_PARTICIPLES: &str =
        include_str!("lexicon/authoring_participles.txt");
    pub(super) const FUNCTION_WORDS: &str = include_str!("lexicon/function_words.txt");
    pub(super) const MONTHS: &str = include_str!("lexicon/months.txt");
    pub(super) const WEEKDAYS: &str = include_str!("lexicon/weekdays.txt");
    pub(super) const IRREGULAR_PAST: &str = include_str!("lexicon/irregular_past.txt");
    pub(super) const NICKNAMES: &str = include_str!("lexicon/nicknames.tsv");
    pub(super) const FIRST_NAMES_ALSO_WORDS: &str =
        include_str!("lexicon/first_names_also_words.txt");
    pub(super) const FORM_LABELS: &str = include_str!("lexicon/form_labels.txt");
    pub(super) const INTERCHANGEABLE: &str = include_str!("lexicon/interchangeable.tsv");
    pub(super) const PEOPLE_NOUNS: &str = include_str!("lexicon/people_nouns.txt");
}

/// The entries of a data file: its lines without `#` comments and
/// surrounding space, blank lines left out.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(|line| line.split_once('#').map_or(line, |(entry, _)| entry).trim())
        .filter(|entry| !entry.is_empty())
}

/// The rows of a table (`.tsv`): each entry split into its columns.
fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entries(file).map(|entry| entry.split_whitespace().collect())
}

/// A gender column: `male`, `female` or `-` (none). The files are checked
/// by the unit tests, so anything else is a broken build, not bad input.
fn gender_column(value: &str) -> Option<Gender> {
    match value {
        "male" => Some(Gender::Male),
        "female" => Some(Gender::Female),
        "-" => None,
        other => panic!("lexicon: gender {other:?} is not male, female or -"),
    }
}

/// Nouns that report what someone said when a possessive names the
/// speaker and `that` (or, for promises, `to`) follows: `Trump's claim that …`.
/// In the order of `lexicon/speech_nouns.txt`.
pub static SPEECH_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(files::SPEECH_NOUNS).collect());

/// Names and nicknames given with quotation marks are not anyone's words:
/// `the so-called "race for space"`, `dubbed the "Class of Covid"`.
/// From `lexicon/naming_cues.txt`.
pub static NAMING_CUES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(files::NAMING_CUES).collect());

/// Nouns a definite description uses for a document, which speaks for its
/// authors (`the report said`, `a footnote reads`); one owned by a
/// possessive is its owner's (`the campaign's statement declares`).
/// From `lexicon/document_nouns.txt`.
pub static DOCUMENT_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(files::DOCUMENT_NOUNS).collect());

/// Nouns that count people (`visitors`, `miners`, `residents`), singular.
/// From `lexicon/people_nouns.txt`.
static PEOPLE_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(files::PEOPLE_NOUNS).collect());

/// Whether a counted noun counts people: a listed people noun or a role
/// noun, singular or in a plural made with `-s` (`visitors`, `miners`,
/// `spokesmen` is listed as a role).
pub fn is_people_noun(word: &str) -> bool {
    let w = lower(word);
    // (`festival-goers`, `non-residents`: the last part counts.)
    let w = w.rsplit('-').next().unwrap_or(w.as_ref());
    PEOPLE_NOUNS.contains(w)
        || w.strip_suffix('s')
            .is_some_and(|s| s.len() > 2 && PEOPLE_NOUNS.contains(s))
        || w.strip_suffix("ies")
            .is_some_and(|s| PEOPLE_NOUNS.contains(format!("{s}y").as_str()))
        || is_role_noun(w)
}

#[cfg(test)]
mod people_tests {
    #[test]
    fn nouns_that_count_people() {
        for (word, people) in [
            ("visitors", true),
            ("miners", true),
            ("festival-goers", true),
            ("casualties", true),
            ("spokesmen", true),
            ("others", true),
            ("buildings", false),
            ("card numbers", false),
            ("homes", false),
        ] {
            assert_eq!(super::is_people_noun(word), people, "{word}");
        }
    }
}

/// Participles naming who wrote or issued a document (`a court document
/// filed by X`, `a report released by X`): X is the document's source.
/// From `lexicon/authoring_participles.txt`.
pub static AUTHORING_PARTICIPLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(files::AUTHORING_PARTICIPLES).collect());

/// An honorific's entry in `lexicon/honorifics.tsv`.
#[derive(Debug, Clone, Copy)]
struct Honorific {
    gender: Option<Gender>,
    /// Written with a full stop in American style (`Mr.`), unlike `Miss`.
    abbreviated: bool,
}

/// A month or weekday word of `lexicon/months.txt` or `lexicon/weekdays.txt`.
#[derive(Debug, Clone, Copy)]
struct CalendarWord {
    /// The line's place in its file, from 0 (January, Monday).
    index: u8,
    /// `sept`, `tues`, rather than the name.
    abbreviation: bool,
}

/// A calendar list: one line per month or day, its name first, then its
/// abbreviations. Returns the names in order, and every form by word.
fn calendar(file: &'static str) -> (Vec<&'static str>, HashMap<&'static str, CalendarWord>) {
    let mut names = Vec::new();
    let mut words = HashMap::default();
    for (index, row) in rows(file).enumerate() {
        let index = u8::try_from(index).expect("a calendar list is short");
        names.push(row[0]);
        for (k, word) in row.into_iter().enumerate() {
            let abbreviation = k > 0;
            words.insert(
                word,
                CalendarWord {
                    index,
                    abbreviation,
                },
            );
        }
    }
    (names, words)
}

/// The lists as hash sets, built once: look-ups run for every token.
struct Sets {
    cues: HashMap<&'static str, CueClass>,
    titles: HashSet<&'static str>,
    roles: HashSet<&'static str>,
    not_agents: HashSet<&'static str>,
    org_words: HashSet<&'static str>,
    org_nouns: HashSet<&'static str>,
    function_words: HashSet<&'static str>,
    irregular_past: HashSet<&'static str>,
    form_labels: HashSet<&'static str>,
    nicknames: HashMap<&'static str, &'static str>,
    genders: HashMap<&'static str, Gender>,
    /// Role nouns that say a gender (`wife`, `spokesman`).
    role_genders: HashMap<&'static str, Gender>,
    /// First names only (not titles), without those that are also words.
    lone_first_names: HashSet<&'static str>,
    honorifics: HashMap<&'static str, Honorific>,
    month_names: Vec<&'static str>,
    months: HashMap<&'static str, CalendarWord>,
    weekday_names: Vec<&'static str>,
    weekdays: HashMap<&'static str, CalendarWord>,
}

static SETS: LazyLock<Sets> = LazyLock::new(|| {
    let set = |file: &'static str| entries(file).collect::<HashSet<_>>();
    let mut cues = HashMap::default();
    // Inserted last wins: `described` and `called` govern an object
    // ("described the row as …"), which matters for the content span.
    for (file, class) in [
        (files::BELIEF_VERBS, CueClass::Belief),
        (files::SPEECH_VERBS, CueClass::Speech),
        (files::CHARACTERISE_VERBS, CueClass::Characterise),
    ] {
        for w in entries(file) {
            cues.insert(w, class);
        }
    }
    let honorifics: HashMap<&'static str, Honorific> = rows(files::HONORIFICS)
        .map(|row| {
            let honorific = Honorific {
                gender: gender_column(row[1]),
                abbreviated: row[2] == "yes",
            };
            (row[0], honorific)
        })
        .collect();
    // (No word is in two of these files; the tests check it.)
    let mut genders = HashMap::default();
    for row in rows(files::FIRST_NAMES).chain(rows(files::TITLE_GENDERS)) {
        if let Some(g) = gender_column(row[1]) {
            genders.insert(row[0], g);
        }
    }
    for (w, h) in &honorifics {
        if let Some(g) = h.gender {
            genders.insert(*w, g);
        }
    }
    // The honorifics are titles too, listed once in their own file.
    let titles = entries(files::TITLES)
        .chain(honorifics.keys().copied())
        .collect();
    let also_words = set(files::FIRST_NAMES_ALSO_WORDS);
    let lone_first_names = rows(files::FIRST_NAMES)
        .map(|row| row[0])
        .filter(|w| !also_words.contains(w))
        .collect();
    let (month_names, months) = calendar(files::MONTHS);
    let (weekday_names, weekdays) = calendar(files::WEEKDAYS);
    Sets {
        cues,
        titles,
        roles: set(files::ROLE_NOUNS),
        not_agents: set(files::NOT_AGENT_NOUNS),
        org_words: set(files::ORG_WORDS),
        org_nouns: entries(files::ORG_NOUNS)
            .chain(entries(files::DOCUMENT_NOUNS))
            .collect(),
        function_words: set(files::FUNCTION_WORDS),
        irregular_past: set(files::IRREGULAR_PAST),
        form_labels: set(files::FORM_LABELS),
        nicknames: rows(files::NICKNAMES).map(|row| (row[0], row[1])).collect(),
        genders,
        role_genders: rows(files::ROLE_GENDERS)
            .filter_map(|row| Some((row[0], gender_column(row[1])?)))
            .collect(),
        lone_first_names,
        honorifics,
        month_names,
        months,
        weekday_names,
        weekdays,
    }
});

/// `word` in lower case, without allocating when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The class of a cue word, if it is one.
pub fn cue_class(word: &str) -> Option<CueClass> {
    SETS.cues.get(lower(word).as_ref()).copied()
}

/// Is `word` (lower case, without its full stop) an honorific: `mr`, `mrs`,
/// `ms`, `miss`, `dr`?
pub fn is_honorific(word: &str) -> bool {
    SETS.honorifics.contains_key(word)
}

/// The gender an honorific says (`mr`, `mrs`), if any: `dr` says none.
/// `word` in lower case, without its full stop.
pub fn honorific_gender(word: &str) -> Option<Gender> {
    SETS.honorifics.get(word).and_then(|h| h.gender)
}

/// Is `word` (lower case, without its full stop) a suffix that tells a
/// son from his father: `jr`, `sr`, `ii`, `iii`, `iv`?
pub fn is_name_suffix(word: &str) -> bool {
    matches!(word, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// An honorific written as an abbreviation (`mr`, `dr`, but not `miss`):
/// with a full stop it does not end a sentence. `word` in lower case,
/// without its full stop.
pub fn is_abbreviated_honorific(word: &str) -> bool {
    SETS.honorifics.get(word).is_some_and(|h| h.abbreviated)
}

/// The month (1 for January) a name or abbreviation (`sept`) stands for.
/// `word` in lower case, without a full stop.
pub fn month_number(word: &str) -> Option<u32> {
    // (Most words are no month: skip the look-up by length first.)
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    SETS.months.get(word).map(|m| u32::from(m.index) + 1)
}

/// Is `word` (lower case) a month's name, not an abbreviation: `march`, not `mar`?
pub fn is_month_name(word: &str) -> bool {
    SETS.months.get(word).is_some_and(|m| !m.abbreviation)
}

/// Is `word` (lower case, without a full stop) a month's abbreviation:
/// `jan`, `sept`? `may` is a name.
pub fn is_month_abbreviation(word: &str) -> bool {
    SETS.months.get(word).is_some_and(|m| m.abbreviation)
}

/// The month names in lower case, January first.
pub fn month_names() -> &'static [&'static str] {
    &SETS.month_names
}

/// The weekday a name or abbreviation (`tues`) stands for. `word` in lower
/// case, without a full stop.
pub fn weekday(word: &str) -> Option<Weekday> {
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    let day = SETS.weekdays.get(word)?;
    Some(Weekday::try_from(day.index).expect("weekdays.txt has seven lines"))
}

/// Is `word` (lower case) a weekday's name, not an abbreviation: `monday`, not `mon`?
pub fn is_weekday_name(word: &str) -> bool {
    SETS.weekdays.get(word).is_some_and(|d| !d.abbreviation)
}

/// Is `word` (lower case, without a full stop) a weekday's abbreviation:
/// `mon`, `thurs`?
pub fn is_weekday_abbreviation(word: &str) -> bool {
    SETS.weekdays.get(word).is_some_and(|d| d.abbreviation)
}

/// The weekday names in lower case, Monday first.
pub fn weekday_names() -> &'static [&'static str] {
    &SETS.weekday_names
}

pub fn is_title(word: &str) -> bool {
    // (Called for every capitalised word: one lower-casing, and none for
    // words longer than any title.)
    if word.len() > 20 {
        return false;
    }
    let l = lower(word);
    SETS.titles.contains(l.trim_end_matches('.')) || SETS.titles.contains(l.as_ref())
}

pub fn is_role_noun(word: &str) -> bool {
    let w = lower(word);
    // (`the strategists said`: a plural of a listed noun too.)
    SETS.roles.contains(w.as_ref())
        || w.strip_suffix('s')
            .is_some_and(|s| s.len() > 2 && !s.ends_with('s') && SETS.roles.contains(s))
}

/// A singular listed role noun written with a capital (`Nurse`,
/// `Patient`, `Economist`): what a person is, not a name, when more capitalised words
/// follow it at a sentence's start.
pub fn is_capitalised_role(word: &str) -> bool {
    let lower = lower(word);
    let l = lower.as_ref();
    // (Only listed roles: a guess by the ending would take `Julian` or
    // `Summer` for a role.)
    word.starts_with(char::is_uppercase)
        && !l.ends_with('s')
        && SETS.roles.contains(l)
        && gender_of(word).is_none()
}

/// An agent noun by its ending (`announcer`, `narrator`, `activist`,
/// `historian`, and their plurals): a person, though not in the role list.
pub fn is_agent_noun(word: &str) -> bool {
    // (Lower case as written: `Walker` is a name.)
    let w = word;
    if w.len() < 6 || !w.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let singular = w
        .strip_suffix('s')
        .filter(|s| !s.ends_with('s'))
        .unwrap_or(w);
    // (`october` ends so too; the months are listed once, in months.txt.)
    ["er", "or", "ist", "ian"]
        .iter()
        .any(|e| singular.ends_with(e))
        && !singular.ends_with("ment")
        && !SETS.not_agents.contains(singular)
        && !is_month_name(singular)
}

pub fn is_org_word(word: &str) -> bool {
    let w = word.trim_end_matches(['\'', '’']);
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    SETS.org_words.contains(lower(w).as_ref())
}

pub fn is_org_noun(word: &str) -> bool {
    let w = lower(word);
    // (`the groups say`: a plural of a listed noun too.)
    SETS.org_nouns.contains(w.as_ref())
        || w.strip_suffix('s')
            .is_some_and(|s| s.len() > 2 && !s.ends_with('s') && SETS.org_nouns.contains(s))
}

/// Articles and possessive determiners that open a noun phrase (`the
/// spokeswoman`, `his wife`, `my father`).
pub fn is_np_determiner(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "my" | "your"
    )
}

/// Each word of `lexicon/interchangeable.tsv` and the number of its row.
static INTERCHANGEABLE: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    rows(files::INTERCHANGEABLE)
        .enumerate()
        .flat_map(|(k, row)| row.into_iter().map(move |w| (w, k)))
        .collect()
});

/// Whether two different words are ones an outlet writes for each other in
/// a spoken remark with no change in meaning (`company` / `organization`,
/// `mechanism` / `methods`): one row of `lexicon/interchangeable.tsv`. A
/// regular plural is matched by its singular (an irregular one is listed).
pub fn interchangeable(a: &str, b: &str) -> bool {
    let group = |w: &str| {
        let w = lower(w);
        let w = w.as_ref();
        let singular = |stem: Option<&str>, end: &str| stem.map(|s| format!("{s}{end}"));
        INTERCHANGEABLE.get(w).copied().or_else(|| {
            [
                singular(w.strip_suffix("ies"), "y"),
                singular(w.strip_suffix("es"), ""),
                singular(w.strip_suffix('s'), ""),
            ]
            .into_iter()
            .flatten()
            .find_map(|stem| INTERCHANGEABLE.get(stem.as_str()).copied())
        })
    };
    a != b && group(a).is_some() && group(a) == group(b)
}

pub fn is_function_word(word: &str) -> bool {
    SETS.function_words.contains(lower(word).as_ref())
}

/// Conjunctions that open a subordinate clause (`When Clinton said …`), and
/// so never a speaker's name.
pub fn is_subordinator(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "when"
            | "while"
            | "as"
            | "if"
            | "after"
            | "before"
            | "because"
            | "although"
            | "though"
            | "since"
            | "once"
            | "until"
            | "unless"
    )
}

/// An `-ing` form used as a participle (`adding`, `marching`), not one of
/// the words merely spelled so (`nothing`, `during`, `according`).
/// Expects lower case.
pub fn is_participle(word: &str) -> bool {
    word.ends_with("ing")
        && word.len() > 4
        && !matches!(
            word,
            "nothing"
                | "something"
                | "anything"
                | "everything"
                | "during"
                | "including"
                | "according"
        )
}

/// The full first name a short form stands for (`mike` → `michael`), or
/// the name itself. Expects lower case.
pub fn formal_first_name(name: &str) -> &str {
    SETS.nicknames.get(name).copied().unwrap_or(name)
}

/// The past tense of an irregular verb (`took`, `gave`): a verb, never a
/// word of a noun phrase. Expects lower case.
pub fn is_irregular_past(word: &str) -> bool {
    SETS.irregular_past.contains(word)
}

/// Auxiliaries, modals and forms of `be`: the mark of a finite verb phrase.
pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "do"
            | "does"
            | "did"
    )
}

/// Is `word` a first name that, standing alone, names a person (`Melanie
/// said`): a known first name that is not also a place or a common word?
pub fn is_lone_first_name(word: &str) -> bool {
    SETS.lone_first_names.contains(lower(word).as_ref())
}

/// Gender suggested by a title or a first name, if any.
pub fn gender_of(word: &str) -> Option<Gender> {
    SETS.genders
        .get(lower(word.trim_end_matches('.')).as_ref())
        .copied()
}

/// Gender said by a role noun (`wife`, `spokeswoman`, `his sister`), if
/// any: `lawyer` says none.
pub fn role_gender(word: &str) -> Option<Gender> {
    SETS.role_genders.get(lower(word).as_ref()).copied()
}

/// Gender of a person named `name_words` with titles `titles`: from a
/// title or a listed first name, else from the ending of an unlisted
/// first name. Given names ending in `-a` are women's in most of the
/// languages news names come from (`Gabriela`, `Svetlana`, `Malia`); the
/// men's exceptions are listed in `first_names.tsv`, looked up first. The
/// ending only counts for a first name followed by a surname: a surname
/// alone (`Obama`, `Garcia`) says nothing.
pub fn name_gender(titles: &[&str], name_words: &[&str]) -> Option<Gender> {
    titles
        .iter()
        .chain(name_words.first())
        .find_map(|w| gender_of(w))
        .or_else(|| {
            let first = *name_words.first()?;
            (name_words.len() >= 2 && feminine_ending(first)).then_some(Gender::Female)
        })
}

/// `Gabriela`, `Natasha`: a capitalised word of letters ending in `a`,
/// long enough not to be an initial or a particle (`La`, `da`).
fn feminine_ending(word: &str) -> bool {
    word.chars().count() >= 4
        && word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && word.ends_with('a')
        && !word.chars().skip(1).all(char::is_uppercase)
}

/// `Name`, `Age`, `Q`: a field label of a form or an interview printed line
/// by line, which names no speaker before its colon.
pub fn is_form_label(word: &str) -> bool {
    SETS.form_labels.contains(lower(word).as_ref())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
}

/// A personal pronoun that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    /// `it`: an organisation.
    It,
    /// `they`, `we`: a group or organisation.
    They,
    /// `I`: the writer or the speaker of the surrounding quotation.
    I,
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    match lower(word).as_ref() {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "it" => Some(Pronoun::It),
        "they" | "we" => Some(Pronoun::They),
        "i" => Some(Pronoun::I),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn interchangeable_words_are_those_of_one_row() {
        for (a, b, yes) in [
            ("company", "organization", true),
            ("mechanism", "methods", true),
            ("Firms", "companies", true),
            ("kids", "children", true),
            ("kids", "child", true),
            // (`I have a problem` / `I got a problem`: spoken possession.)
            ("have", "got", true),
            ("zone", "mission", false),
            ("visit", "message", false),
            ("company", "company", false),
            ("country", "company", false),
        ] {
            assert_eq!(super::interchangeable(a, b), yes, "{a} / {b}");
        }
    }

    #[test]
    fn plurals_of_listed_nouns() {
        assert!(super::is_org_noun("groups"));
        assert!(super::is_role_noun("strategists"));
        assert!(!super::is_org_noun("gs"));
    }

    #[test]
    fn agent_nouns_by_their_ending() {
        for w in [
            "announcer",
            "narrator",
            "activists",
            "historian",
            "organiser",
        ] {
            assert!(super::is_agent_noun(w), "{w}");
        }
        for w in [
            "order", "numbers", "water", "letter", "Walker", "paper", "tower",
        ] {
            assert!(!super::is_agent_noun(w), "{w}");
        }
    }

    use super::*;

    #[test]
    fn cue_classes() {
        assert_eq!(cue_class("Said"), Some(CueClass::Speech));
        assert_eq!(cue_class("told"), Some(CueClass::Speech));
        assert_eq!(cue_class("described"), Some(CueClass::Characterise));
        assert_eq!(cue_class("believes"), Some(CueClass::Belief));
        assert_eq!(cue_class("bridge"), None);
    }

    #[test]
    fn names_titles_and_roles() {
        assert!(is_title("Dr."));
        assert!(is_title("Cllr"));
        assert!(is_role_noun("spokeswoman"));
        assert!(is_org_word("Council"));
        assert!(is_org_noun("airline"));
        assert_eq!(gender_of("Mrs"), Some(Gender::Female));
        assert_eq!(gender_of("Gary"), Some(Gender::Male));
        assert_eq!(gender_of("Okoro"), None);
        assert_eq!(pronoun("She"), Some(Pronoun::She));
    }

    /// How a data file's entries must look.
    enum Shape {
        /// One entry per line, which may hold a single space (`known as`).
        List,
        /// The entry, then `male` or `female`.
        Genders,
        /// The entry, a gender or `-`, then `yes` or `no`.
        Honorifics,
        /// A name then its abbreviations, one line per unit.
        Calendar(usize),
        /// A word, then the word it stands for.
        Pairs,
    }

    const FILES: &[(&str, &str, Shape)] = &[
        ("speech_verbs.txt", files::SPEECH_VERBS, Shape::List),
        (
            "characterise_verbs.txt",
            files::CHARACTERISE_VERBS,
            Shape::List,
        ),
        ("belief_verbs.txt", files::BELIEF_VERBS, Shape::List),
        ("speech_nouns.txt", files::SPEECH_NOUNS, Shape::List),
        ("naming_cues.txt", files::NAMING_CUES, Shape::List),
        ("titles.txt", files::TITLES, Shape::List),
        ("honorifics.tsv", files::HONORIFICS, Shape::Honorifics),
        ("title_genders.tsv", files::TITLE_GENDERS, Shape::Genders),
        ("role_genders.tsv", files::ROLE_GENDERS, Shape::Genders),
        ("first_names.tsv", files::FIRST_NAMES, Shape::Genders),
        ("role_nouns.txt", files::ROLE_NOUNS, Shape::List),
        ("not_agent_nouns.txt", files::NOT_AGENT_NOUNS, Shape::List),
        ("org_words.txt", files::ORG_WORDS, Shape::List),
        ("org_nouns.txt", files::ORG_NOUNS, Shape::List),
        ("document_nouns.txt", files::DOCUMENT_NOUNS, Shape::List),
        ("function_words.txt", files::FUNCTION_WORDS, Shape::List),
        ("months.txt", files::MONTHS, Shape::Calendar(12)),
        ("weekdays.txt", files::WEEKDAYS, Shape::Calendar(7)),
        ("irregular_past.txt", files::IRREGULAR_PAST, Shape::List),
        ("nicknames.tsv", files::NICKNAMES, Shape::Pairs),
        (
            "first_names_also_words.txt",
            files::FIRST_NAMES_ALSO_WORDS,
            Shape::List,
        ),
        ("form_labels.txt", files::FORM_LABELS, Shape::List),
        ("people_nouns.txt", files::PEOPLE_NOUNS, Shape::List),
        (
            "authoring_participles.txt",
            files::AUTHORING_PARTICIPLES,
            Shape::List,
        ),
    ];

    #[test]
    fn gender_of_a_name_from_its_title_its_first_name_or_its_ending() {
        use Gender::{Female, Male};
        let cases: &[(&[&str], &[&str], Option<Gender>)] = &[
            // A listed first name or a gendered title decides.
            (&[], &["Gary", "Lineker"], Some(Male)),
            (&["Mrs"], &["Okafor"], Some(Female)),
            // An unlisted first name ending in -a before a surname: a woman's.
            (&[], &["Gabriella", "Ruiz"], Some(Female)),
            (&[], &["Svetlana", "Orlova"], Some(Female)),
            (&[], &["Malia", "Tuilagi", "Jones"], Some(Female)),
            // Listed men's names ending in -a stay men's.
            (&[], &["Luca", "Bianchi"], Some(Male)),
            (&[], &["Ilya", "Orlov"], Some(Male)),
            // Must not change: a surname alone, an unlisted name of another
            // ending, an acronym, a short particle, a title that decides.
            (&[], &["Obama"], None),
            (&[], &["Garcia"], None),
            (&[], &["Tobias", "Lund"], None),
            (&[], &["NASA", "Ames"], None),
            (&[], &["La", "Rosa"], None),
            (&["Mr"], &["Andrea", "Conti"], Some(Male)),
        ];
        for (titles, name, want) in cases {
            assert_eq!(name_gender(titles, name), *want, "{titles:?} {name:?}");
        }
    }

    #[test]
    fn form_labels() {
        for w in ["Name", "Q", "A", "Quote", "age"] {
            assert!(is_form_label(w), "{w}");
        }
        for w in ["Smith", "Senator", "Nancy"] {
            assert!(!is_form_label(w), "{w}");
        }
    }

    #[test]
    fn every_data_file_parses() {
        for (name, file, shape) in FILES {
            assert!(file.starts_with("# "), "{name}: opens with a comment");
            let mut seen = HashSet::default();
            let mut lines = 0;
            for entry in entries(file) {
                lines += 1;
                let columns: Vec<&str> = entry.split_whitespace().collect();
                // Every word of an entry is looked up as the code lowers it.
                for word in &columns {
                    assert_eq!(lower(word), *word, "{name}: {entry:?} is not lower case");
                }
                let keys: Vec<&str> = match shape {
                    Shape::List => {
                        assert!(
                            !entry.contains('\t') && !entry.contains("  "),
                            "{name}: {entry:?} is one entry with single spaces"
                        );
                        vec![entry]
                    }
                    Shape::Genders => {
                        assert_eq!(columns.len(), 2, "{name}: {entry:?} has two columns");
                        assert!(
                            matches!(columns[1], "male" | "female"),
                            "{name}: {entry:?} gives male or female"
                        );
                        vec![columns[0]]
                    }
                    Shape::Honorifics => {
                        assert_eq!(columns.len(), 3, "{name}: {entry:?} has three columns");
                        assert!(
                            matches!(columns[1], "male" | "female" | "-"),
                            "{name}: {entry:?} gives male, female or -"
                        );
                        assert!(
                            matches!(columns[2], "yes" | "no"),
                            "{name}: {entry:?} says yes or no"
                        );
                        vec![columns[0]]
                    }
                    Shape::Pairs => {
                        assert_eq!(columns.len(), 2, "{name}: {entry:?} has two columns");
                        vec![columns[0]]
                    }
                    // Every form of a month or day is one word.
                    Shape::Calendar(_) => columns,
                };
                for key in keys {
                    assert!(!key.is_empty(), "{name}: an empty entry");
                    assert!(seen.insert(key), "{name}: {key:?} is listed twice");
                }
            }
            assert!(lines > 0, "{name}: no entries");
            if let Shape::Calendar(n) = shape {
                assert_eq!(lines, *n, "{name}: one line per unit");
            }
        }
    }

    #[test]
    fn each_word_has_one_gender_and_each_list_one_place() {
        let mut gendered = HashSet::default();
        for row in rows(files::FIRST_NAMES)
            .chain(rows(files::TITLE_GENDERS))
            .chain(rows(files::HONORIFICS))
        {
            assert!(gendered.insert(row[0]), "{:?} has two genders", row[0]);
        }
        // The honorifics and months live in their own files only.
        for h in rows(files::HONORIFICS) {
            assert!(
                !entries(files::TITLES).any(|t| t == h[0]),
                "{:?} in titles.txt",
                h[0]
            );
        }
        for m in month_names() {
            assert!(
                !entries(files::NOT_AGENT_NOUNS).any(|w| w == *m),
                "{m:?} in not_agent_nouns.txt"
            );
        }
    }

    #[test]
    fn honorifics_months_and_weekdays() {
        assert!(is_honorific("miss") && !is_honorific("Mr") && !is_honorific("sir"));
        assert_eq!(honorific_gender("mr"), Some(Gender::Male));
        assert_eq!(honorific_gender("ms"), Some(Gender::Female));
        assert_eq!(honorific_gender("dr"), None);
        assert!(is_abbreviated_honorific("mrs") && !is_abbreviated_honorific("miss"));
        assert!(is_title("Mrs.") && is_title("Sir"));
        assert_eq!(gender_of("Miss"), Some(Gender::Female));
        assert_eq!(gender_of("Dame"), Some(Gender::Female));
        // A role noun says its person's gender; a title's gender agrees.
        for (word, gender) in [
            ("wife", Some(Gender::Female)),
            ("Husband", Some(Gender::Male)),
            ("spokeswoman", Some(Gender::Female)),
            ("lawyer", None),
            ("spokesperson", None),
        ] {
            assert_eq!(role_gender(word), gender, "{word}");
        }
        for row in rows(files::ROLE_GENDERS) {
            if let Some(g) = gender_of(row[0]) {
                assert_eq!(Some(g), role_gender(row[0]), "{:?}", row[0]);
            }
        }
        assert_eq!(month_number("january"), Some(1));
        assert_eq!(month_number("may"), Some(5));
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("December"), None);
        assert!(is_month_name("march") && !is_month_name("mar"));
        assert!(is_month_abbreviation("sep") && !is_month_abbreviation("may"));
        assert_eq!(month_names().len(), 12);
        assert_eq!(weekday("monday"), Some(Weekday::Mon));
        assert_eq!(weekday("thurs"), Some(Weekday::Thu));
        assert_eq!(weekday("sun"), Some(Weekday::Sun));
        assert!(is_weekday_name("friday") && !is_weekday_name("fri"));
        assert!(is_weekday_abbreviation("tues") && !is_weekday_abbreviation("tuesday"));
        assert_eq!(weekday_names().first(), Some(&"monday"));
        assert!(!is_agent_noun("october") && is_agent_noun("announcer"));
        assert_eq!(SPEECH_NOUNS.first(), Some(&"claim"));
        assert!(NAMING_CUES.contains(&"known as"));
        assert!(DOCUMENT_NOUNS.contains(&"report") && is_org_noun("reports"));
    }
}
