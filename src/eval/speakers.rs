//! Scores speaker identity across a store on BASIL: is one person one
//! speaker entry, with only forms of their name as aliases, and does a
//! query by their surname find their words and nobody else's?
//!
//! BASIL (`corpus/basil/`) marks bias spans; those with `quote: "yes"` name
//! their speaker (`Donald_Trump`) or only a side (`other_anti`, …). Its
//! offsets do not index the joined article text, so spans are matched by
//! their text. The articles are ingested into a fresh temporary store
//! exactly as `crosscheck ingest` would; then:
//!
//! - every gold quotation with a named speaker is aligned to a stored
//!   direct or partial quotation of the same article (see [`aligns`]);
//! - for the [`TOP_PEOPLE`] people with the most gold quotations: the store
//!   speaker ids their aligned quotations got (ideally one; a quotation
//!   stored without a speaker is counted apart), how many of those ids
//!   carry a form of the person's name (their own entries: the others hold
//!   their words by a wrong attribution), the share held by the commonest
//!   id, and whether that id also holds another named gold speaker's
//!   quotations;
//! - every alias of their own entries that is not a form of the person's
//!   name (see [`is_name_form`]) is junk;
//! - the quote listing behind `crosscheck quotes --speaker SURNAME` is run
//!   for each person, and its direct and partial quotations that align to
//!   a gold quotation of someone else (another named speaker, or BASIL's
//!   `other_*`) are counted.
//!
//! Gold speaker labels are read as names: `_` is a space, case is ignored
//! for identity, a one-word label (`Trump`) is the one multi-word person
//! label ending with that word, and a name word that never stands whole in
//! the person's articles is the word it was cut from there (`Felipe_Calder`
//! → `Felipe Calderón`). A label is a person when it has two or more
//! capitalised words (not acronyms) and no word of a group (`Democratic`,
//! `Lawmakers`, `Party`, …): `House_Democrats` and `Obama_campaign` are
//! not people. The same span annotated twice (same article, speaker and
//! tokens) counts once.

use super::text::{multiset_f1, tokens};
use super::{EvalError, Result, ratio, read};
use crate::extract::lexicon;
use crate::extract::quotes::QuoteKind;
use crate::ingest::{IngestOptions, Silent, ingest};
use crate::query::{QuoteFilter, SpeakerFilter, list_quotes, list_speakers};
use crate::sources::Input;
use crate::store::Store;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// How many of the most quoted gold people are scored.
pub const TOP_PEOPLE: usize = 12;

/// Token F1 at which a stored quotation stands for a gold one.
pub const ALIGN_F1: f64 = 0.8;

/// Fewest tokens a span needs to align by containment alone, unless it
/// makes up at least half of the text holding it.
pub const MIN_CONTAINED: usize = 3;

/// Words of a gold label that make it a group, not a person.
const GROUP_WORDS: &[&str] = &[
    "democratic",
    "democrats",
    "republican",
    "republicans",
    "gop",
    "lawmakers",
    "party",
    "house",
    "senate",
    "campaign",
    "committee",
    "officials",
    "members",
    "america",
    "now",
];

/// Lower-case particles that may stand inside a person's name.
const NAME_PARTICLES: &[&str] = &["de", "da", "del", "van", "von", "bin", "al", "la", "le"];

/// Titles dropped from an alias before it is compared with the name
/// (compared without case and without a final full stop), besides the
/// honorifics of `lexicon/honorifics.tsv`.
const TITLES: &[&str] = &[
    "president",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "secretary",
    "speaker",
    "leader",
    "justice",
    "judge",
    "former",
    "vice",
];

/// Function words that are never part of a title, even inside a role.
const NEVER_TITLES: &[&str] = &[
    "and", "or", "with", "without", "despite", "from", "plus", "under", "after", "before", "by",
    "in", "at", "for", "to", "on", "as", "but", "while", "since", "also", "says", "said",
];

/// Name suffixes that tell a different person (`Donald Trump Jr.`).
const SUFFIXES: &[&str] = &["jr", "sr"];

/// Does a stored quotation stand for a gold one? Token F1 of at least
/// [`ALIGN_F1`]; or one text's tokens stand, in order and together, inside
/// the other's (a sentence of a longer quotation, a word quoted alone), when
/// the shorter holds at least [`MIN_CONTAINED`] tokens or half the longer's.
/// Returns the token F1 (to rank candidates) when it aligns.
pub fn aligns(gold: &[String], stored: &[String]) -> Option<f64> {
    let f1 = multiset_f1(gold, stored);
    if f1 >= ALIGN_F1 {
        return Some(f1);
    }
    let (short, long) = if gold.len() <= stored.len() {
        (gold, stored)
    } else {
        (stored, gold)
    };
    let contained = !short.is_empty() && long.windows(short.len()).any(|w| w == short);
    let enough = short.len() >= MIN_CONTAINED || 2 * short.len() >= long.len();
    (contained && enough).then_some(f1)
}

/// Something with scoring tokens: a gold or a stored quotation.
trait Tokens {
    fn tokens(&self) -> &[String];
}

/// The best-aligned of `candidates` (by token F1, the first on a tie).
fn best<'a, T: Tokens>(tokens: &[String], candidates: &[&'a T]) -> Option<&'a T> {
    let mut out: Option<(&T, f64)> = None;
    for &c in candidates {
        if let Some(f) = aligns(tokens, c.tokens())
            && out.is_none_or(|(_, b)| f > b)
        {
            out = Some((c, f));
        }
    }
    out.map(|(c, _)| c)
}

/// A word folded for comparison: lower case, accents and a final `.` or
/// `,` dropped.
fn fold(word: &str) -> String {
    crate::analysis::fold_word(word.trim_end_matches(['.', ',']))
}

/// Is `alias` a form of a person's name? Its words are read in order.
/// Titles are dropped: the honorifics and `TITLES` in any case (`Mr`,
/// `President`, `Sen.`, `former`), `then-…` words, a capitalised word of
/// one of the speaker's `roles` (`Mexican` of `Mexican President`), and,
/// right after a dropped word, a lower-case word of a role or `of`/`the`
/// (`Secretary of State`, `Democratic presidential nominee`). A function
/// word of `NEVER_TITLES` (`and`, `with`, `despite`, …) is never dropped.
/// What remains must be words of the name (`name_words`, or a part of a
/// hyphenated one, without case or accents), single initials (`J.`), a
/// nickname in quotation marks, or a capitalised middle name between two
/// name words (`Hillary Rodham Clinton`), with at least one name word or
/// nickname.
/// `emotional Mr Obama`, `Despite Trump` and `Nancy Pelosi and Chuck
/// Schumer` are not forms of a name.
pub fn is_name_form(alias: &str, name_words: &[&str], roles: &[&str]) -> bool {
    let mut names: HashSet<String> = HashSet::new();
    // (A short first name is the full one: `Mike` of `Michael`.)
    for w in name_words {
        let w = lexicon::formal_first_name(&fold(w)).to_string();
        names.extend(w.split('-').filter(|p| !p.is_empty()).map(str::to_string));
        names.insert(w);
    }
    let role_words: HashSet<String> = roles
        .iter()
        .flat_map(|r| r.split_whitespace())
        .map(fold)
        .collect();
    let mut named = false;
    // The word before was dropped as a title.
    let mut in_title = false;
    let words: Vec<&str> = alias.split_whitespace().collect();
    let mut after_name = false;
    for (i, &word) in words.iter().enumerate() {
        let folded = lexicon::formal_first_name(&fold(word)).to_string();
        // `Rodham` of `Hillary Rodham Clinton`.
        let middle = after_name
            && word.chars().next().is_some_and(char::is_uppercase)
            && words.get(i + 1).is_some_and(|n| names.contains(&fold(n)));
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let quoted = word.chars().count() > 2
            && word.starts_with(['"', '“', '\'', '‘'])
            && word
                .trim_end_matches([',', '.'])
                .ends_with(['"', '”', '\'', '’']);
        let initial = {
            let w = word.trim_end_matches('.');
            w.chars().count() == 1 && w.chars().all(char::is_uppercase)
        };
        // `Mexican President`, `House Speaker`: a capitalised word right
        // before a title belongs to it.
        let before_title = capitalised
            && words.get(i + 1).is_some_and(|n| {
                let n = fold(n);
                TITLES.contains(&n.as_str()) || lexicon::is_honorific(&n)
            });
        let title = !NEVER_TITLES.contains(&folded.as_str())
            && (TITLES.contains(&folded.as_str())
                || before_title
                || lexicon::is_honorific(&folded)
                || folded.starts_with("then-")
                || (role_words.contains(&folded) && (capitalised || in_title))
                || (in_title && matches!(folded.as_str(), "of" | "the")));
        after_name = false;
        if quoted || names.contains(&folded) {
            named = true;
            in_title = false;
            after_name = true;
        } else if title {
            in_title = true;
        } else if !(initial || middle) {
            return false;
        }
    }
    named
}

/// A gold speaker label as a name: `Donald_Trump` → `Donald Trump`.
fn label_name(label: &str) -> String {
    label
        .split('_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Is a (merged) gold label a person? See the module docs.
fn is_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            if NAME_PARTICLES.contains(&lower.as_str()) {
                return true;
            }
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            let capitalised = letters.first().is_some_and(|c| c.is_uppercase());
            let acronym = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
            capitalised && !acronym && !GROUP_WORDS.contains(&lower.as_str())
        })
}

/// Whole words of a text (letters, digits, hyphens), for the label repair.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// A label word that never stands whole in `texts` but begins longer words
/// there is the commonest of those (`Calder` → `Calderón`).
fn repair_word(word: &str, texts: &[&str]) -> String {
    let mut longer: BTreeMap<&str, usize> = BTreeMap::new();
    for w in texts.iter().flat_map(|t| words_of(t)) {
        if w == word {
            return word.to_string();
        }
        if w.len() > word.len() && w.starts_with(word) {
            *longer.entry(w).or_default() += 1;
        }
    }
    longer
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map_or_else(|| word.to_string(), |(w, _)| w.to_string())
}

/// One gold quotation.
#[derive(Debug, Clone)]
pub struct GoldQuote {
    pub article: String,
    /// The speaker as a name (`Donald Trump`), or the generic label (`other_anti`).
    pub speaker: String,
    /// A named speaker (not `other_*`).
    pub named: bool,
    pub text: String,
    pub tokens: Vec<String>,
}

impl Tokens for GoldQuote {
    fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

impl Tokens for StoredQuote {
    fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

impl GoldQuote {
    /// Identity of the speaker: the name without case.
    fn who(&self) -> String {
        self.speaker.to_lowercase()
    }
}

fn format_err(path: &Path, line: usize, message: impl ToString) -> EvalError {
    EvalError::Format {
        path: path.to_path_buf(),
        line,
        message: message.to_string(),
    }
}

/// The records of a JSON Lines file, each with its line number and `id`.
fn records(path: &Path) -> Result<Vec<(usize, String, serde_json::Value)>> {
    let text = read(path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format_err(path, i + 1, e))?;
        let id = v["id"]
            .as_str()
            .ok_or_else(|| format_err(path, i + 1, "no id"))?
            .to_string();
        out.push((i + 1, id, v));
    }
    Ok(out)
}

/// Id → text of the articles of a JSON Lines corpus.
fn load_texts(path: &Path) -> Result<HashMap<String, String>> {
    Ok(records(path)?
        .into_iter()
        .map(|(_, id, v)| (id, v["text"].as_str().unwrap_or_default().to_string()))
        .collect())
}

/// The gold quotations of BASIL's annotations, speakers read as names (see the module docs).
fn load_gold(path: &Path, texts: &HashMap<String, String>) -> Result<Vec<GoldQuote>> {
    let mut raw: Vec<(String, String, String)> = Vec::new();
    for (line, id, v) in records(path)? {
        let spans = v["phrase-level-annotations"]
            .as_array()
            .ok_or_else(|| format_err(path, line, "no phrase-level-annotations"))?;
        for s in spans {
            if s["quote"].as_str() != Some("yes") {
                continue;
            }
            let speaker = s["speaker"].as_str().unwrap_or_default().trim();
            let txt = s["txt"].as_str().unwrap_or_default();
            raw.push((id.clone(), speaker.to_string(), txt.to_string()));
        }
    }
    let names: HashSet<String> = raw
        .iter()
        .filter(|(_, s, _)| !s.is_empty() && !s.starts_with("other"))
        .map(|(_, s, _)| label_name(s))
        .collect();
    // One-word labels become the one multi-word person label ending with them.
    let mut merged: HashMap<String, String> = HashMap::new();
    for n in &names {
        if n.split_whitespace().count() == 1 {
            let longer: Vec<&String> = names
                .iter()
                .filter(|m| is_person(m) && m.split_whitespace().last() == Some(n.as_str()))
                .collect();
            if let [m] = longer.as_slice() {
                merged.insert(n.clone(), (*m).clone());
            }
        }
    }
    // Label words cut short, repaired from the person's articles.
    let mut articles_of: HashMap<String, Vec<&str>> = HashMap::new();
    for (id, s, _) in &raw {
        let name = label_name(s);
        let name = merged.get(&name).cloned().unwrap_or(name);
        if let Some(t) = texts.get(id) {
            articles_of.entry(name).or_default().push(t.as_str());
        }
    }
    let mut repaired: HashMap<String, String> = HashMap::new();
    for (name, arts) in &articles_of {
        if is_person(name) {
            let fixed: Vec<String> = name
                .split_whitespace()
                .map(|w| repair_word(w, arts))
                .collect();
            repaired.insert(name.clone(), fixed.join(" "));
        }
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (article, label, text) in raw {
        let named = !label.is_empty() && !label.starts_with("other");
        let speaker = if named {
            let name = label_name(&label);
            let name = merged.get(&name).cloned().unwrap_or(name);
            repaired.get(&name).cloned().unwrap_or(name)
        } else {
            label
        };
        let tokens = tokens(&text);
        if tokens.is_empty()
            || !seen.insert((article.clone(), speaker.to_lowercase(), tokens.clone()))
        {
            continue;
        }
        out.push(GoldQuote {
            article,
            speaker,
            named,
            text,
            tokens,
        });
    }
    Ok(out)
}

/// A stored direct or partial quotation.
#[derive(Debug, Clone)]
pub struct StoredQuote {
    pub article: String,
    pub text: String,
    pub tokens: Vec<String>,
    pub speaker: Option<i64>,
}

/// A store speaker with its names and roles.
#[derive(Debug, Clone, Default)]
pub struct StoreSpeaker {
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

/// What a surname query returned for one person.
#[derive(Debug, Clone, Default)]
pub struct QueryCount {
    /// Direct and partial quotations returned.
    pub returned: usize,
    /// Of those, aligned to a gold quotation.
    pub aligned: usize,
    /// Aligned rows whose gold speaker is someone else: (gold speaker, article, text).
    pub other: Vec<(String, String, String)>,
}

/// One gold person's figures.
#[derive(Debug, Clone, Default)]
pub struct PersonReport {
    pub name: String,
    /// The word queried with `--speaker`.
    pub surname: String,
    pub gold: usize,
    pub aligned: usize,
    /// Store speaker ids of the aligned quotations with counts, most first.
    pub ids: Vec<(i64, usize)>,
    /// Aligned quotations stored without a speaker.
    pub no_speaker: usize,
    /// Those ids with an alias that is a form of the person's name.
    pub own: Vec<i64>,
    /// Other gold speakers (with counts) whose quotations the top id holds.
    pub mixes: Vec<(String, usize)>,
    /// Aliases of the person's own ids that are not a form of their name: (id, alias).
    pub junk: Vec<(i64, String)>,
    pub query: QueryCount,
    /// With `verbose`: the ids' names and aliases, quotations not aligned.
    pub details: String,
}

impl PersonReport {
    /// Share of the aligned quotations held by the commonest id.
    pub fn top_share(&self) -> f64 {
        ratio(self.ids.first().map_or(0, |x| x.1), self.aligned)
    }
}

/// The whole evaluation.
#[derive(Debug, Clone, Default)]
pub struct SpeakerReport {
    pub articles: usize,
    /// Gold quotations with a named speaker, and how many aligned.
    pub named_gold: usize,
    pub named_aligned: usize,
    /// Aligned quotations of a gold person stored with a speaker, and how
    /// many of those speakers carry a form of the gold name (all people,
    /// not only the top ones): speaker accuracy on a third real set.
    pub person_scored: usize,
    pub person_right: usize,
    /// With `verbose`: each wrong speaker, (gold, stored, article, text).
    pub wrong: Vec<(String, String, String, String)>,
    pub people: Vec<PersonReport>,
    /// Ids of the people that hold aligned quotations of more than one gold speaker.
    pub mixing_ids: Vec<i64>,
    pub verbose: bool,
}

impl SpeakerReport {
    pub fn entries(&self) -> usize {
        self.people.iter().map(|p| p.ids.len()).sum()
    }

    pub fn split(&self) -> usize {
        self.people.iter().filter(|p| p.ids.len() > 1).count()
    }

    pub fn junk(&self) -> usize {
        self.people.iter().map(|p| p.junk.len()).sum()
    }

    pub fn query_other(&self) -> usize {
        self.people.iter().map(|p| p.query.other.len()).sum()
    }
}

impl std::fmt::Display for SpeakerReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "BASIL speakers ({} articles): {} of {} gold quotes with a named speaker aligned to a stored quote",
            self.articles, self.named_aligned, self.named_gold
        )?;
        writeln!(
            f,
            "  speaker accuracy (a form of the gold person's name, every person): {:.3} ({} of {} aligned quotes stored with a speaker)",
            ratio(self.person_right, self.person_scored),
            self.person_right,
            self.person_scored
        )?;
        if self.verbose {
            for (g, s, art, text) in &self.wrong {
                writeln!(
                    f,
                    "    wrong speaker: {art}: gold {g:?}, stored {s:?}: {:?}",
                    short(text)
                )?;
            }
        }
        writeln!(
            f,
            "  {:<22} {:>4} {:>7} {:>4} {:>4} {:>6} {:>5}  {:<5} {:>4}  --speaker: returned aligned other",
            "person", "gold", "aligned", "ids", "own", "no-spk", "top", "mixes", "junk",
        )?;
        for p in &self.people {
            writeln!(
                f,
                "  {:<22} {:>4} {:>7} {:>4} {:>4} {:>6} {:>5.2}  {:<5} {:>4}  {:<10} {:>4} {:>4} {:>4}",
                p.name,
                p.gold,
                p.aligned,
                p.ids.len(),
                p.own.len(),
                p.no_speaker,
                p.top_share(),
                if p.mixes.is_empty() { "no" } else { "yes" },
                p.junk.len(),
                p.surname,
                p.query.returned,
                p.query.aligned,
                p.query.other.len()
            )?;
            if self.verbose && !p.details.is_empty() {
                write!(f, "{}", p.details)?;
            }
        }
        writeln!(
            f,
            "  totals: {} entries for {} people · {} people split (>1 id) · {} ids mixing people · {} junk aliases · {} surname-query rows of another person",
            self.entries(),
            self.people.len(),
            self.split(),
            self.mixing_ids.len(),
            self.junk(),
            self.query_other()
        )
    }
}

fn short(s: &str) -> String {
    let s: String = s.chars().take(90).collect();
    s.replace('\n', " ")
}

/// Scores the people of `gold` against a store's quotations and speakers
/// (pure but for the surname queries, which `query` answers).
pub fn score(
    gold: &[GoldQuote],
    stored: &[StoredQuote],
    speakers: &HashMap<i64, StoreSpeaker>,
    query: &mut dyn FnMut(&str) -> Result<Vec<StoredQuote>>,
    verbose: bool,
) -> Result<SpeakerReport> {
    let mut by_article: HashMap<&str, Vec<&StoredQuote>> = HashMap::new();
    for s in stored {
        by_article.entry(&s.article).or_default().push(s);
    }
    let mut gold_by_article: HashMap<&str, Vec<&GoldQuote>> = HashMap::new();
    for g in gold {
        gold_by_article.entry(&g.article).or_default().push(g);
    }
    // Each named gold quotation's aligned stored quotation.
    let named: Vec<&GoldQuote> = gold.iter().filter(|g| g.named).collect();
    let aligned: Vec<Option<&StoredQuote>> = named
        .iter()
        .map(|g| {
            let cands = by_article
                .get(g.article.as_str())
                .map_or(&[][..], Vec::as_slice);
            best(&g.tokens, cands)
        })
        .collect();
    let mut report = SpeakerReport {
        articles: gold_by_article.len(),
        named_gold: named.len(),
        named_aligned: aligned.iter().flatten().count(),
        verbose,
        ..SpeakerReport::default()
    };
    for (g, s) in named.iter().zip(&aligned) {
        let (Some(id), true) = (s.and_then(|s| s.speaker), is_person(&g.speaker)) else {
            continue;
        };
        let sp = speakers.get(&id).cloned().unwrap_or_default();
        let words: Vec<&str> = g.speaker.split_whitespace().collect();
        let roles: Vec<&str> = sp.roles.iter().map(String::as_str).collect();
        report.person_scored += 1;
        if std::iter::once(&sp.name)
            .chain(&sp.aliases)
            .any(|a| is_name_form(a, &words, &roles))
        {
            report.person_right += 1;
        } else if verbose {
            report.wrong.push((
                g.speaker.clone(),
                sp.name.clone(),
                g.article.clone(),
                g.text.clone(),
            ));
        }
    }
    // Gold speakers per store id, and the people by gold count.
    let mut who_on_id: HashMap<i64, BTreeMap<String, usize>> = HashMap::new();
    let mut counts: HashMap<String, (String, usize)> = HashMap::new();
    for (g, s) in named.iter().zip(&aligned) {
        if let Some(id) = s.and_then(|s| s.speaker) {
            *who_on_id
                .entry(id)
                .or_default()
                .entry(g.speaker.clone())
                .or_default() += 1;
        }
        if is_person(&g.speaker) {
            counts.entry(g.who()).or_insert((g.speaker.clone(), 0)).1 += 1;
        }
    }
    let mut people: Vec<(String, String, usize)> =
        counts.into_iter().map(|(k, (n, c))| (k, n, c)).collect();
    people.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
    people.truncate(TOP_PEOPLE);
    let mut mixing: Vec<i64> = Vec::new();
    for (who, name, count) in people {
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = words
            .iter()
            .rev()
            .find(|w| !SUFFIXES.contains(&fold(w).as_str()))
            .copied()
            .unwrap_or_default()
            .to_string();
        let mut p = PersonReport {
            name: name.clone(),
            surname: surname.clone(),
            gold: count,
            ..PersonReport::default()
        };
        let mut ids: BTreeMap<i64, usize> = BTreeMap::new();
        for (g, s) in named.iter().zip(&aligned) {
            if g.who() != who {
                continue;
            }
            match s {
                Some(s) => {
                    p.aligned += 1;
                    match s.speaker {
                        Some(id) => *ids.entry(id).or_default() += 1,
                        None => p.no_speaker += 1,
                    }
                }
                None if verbose => {
                    let _ = writeln!(
                        p.details,
                        "      not aligned: {}: {:?}",
                        g.article,
                        short(&g.text)
                    );
                }
                None => {}
            }
        }
        p.ids = ids.into_iter().collect();
        p.ids.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for &(id, n) in &p.ids {
            let others = who_on_id
                .get(&id)
                .map_or(0, |m| m.keys().filter(|k| k.to_lowercase() != who).count());
            if others > 0 && !mixing.contains(&id) {
                mixing.push(id);
            }
            let sp = speakers.get(&id).cloned().unwrap_or_default();
            let roles: Vec<&str> = sp.roles.iter().map(String::as_str).collect();
            let (forms, junk): (Vec<&String>, Vec<&String>) = sp
                .aliases
                .iter()
                .partition(|a| is_name_form(a, &words, &roles));
            // Junk is counted on the person's own entries only: an entry
            // under another name holds their words by a wrong attribution.
            if !forms.is_empty() {
                p.own.push(id);
                p.junk.extend(junk.into_iter().map(|a| (id, a.clone())));
            }
            if verbose {
                let held: Vec<String> = who_on_id
                    .get(&id)
                    .into_iter()
                    .flatten()
                    .map(|(k, c)| format!("{k} {c}"))
                    .collect();
                let _ = writeln!(
                    p.details,
                    "      id {id} {:?}{}: {n} aligned; gold speakers on it: {}; aliases {:?}; roles {:?}",
                    sp.name,
                    if forms.is_empty() {
                        " (not their name)"
                    } else {
                        ""
                    },
                    held.join(", "),
                    sp.aliases,
                    sp.roles
                );
            }
        }
        if let Some(&(top, _)) = p.ids.first() {
            p.mixes = who_on_id
                .get(&top)
                .into_iter()
                .flatten()
                .filter(|(k, _)| k.to_lowercase() != who)
                .map(|(k, c)| (k.clone(), *c))
                .collect();
        }
        if verbose {
            for (id, a) in &p.junk {
                let _ = writeln!(p.details, "      junk alias of id {id}: {a:?}");
            }
        }
        // The surname query, its rows aligned to any gold quotation.
        for row in query(&surname)? {
            p.query.returned += 1;
            let cands = gold_by_article
                .get(row.article.as_str())
                .map_or(&[][..], Vec::as_slice);
            if let Some(g) = best(&row.tokens, cands) {
                p.query.aligned += 1;
                if g.who() != who {
                    p.query
                        .other
                        .push((g.speaker.clone(), row.article.clone(), row.text.clone()));
                }
            }
        }
        if verbose {
            for (s, art, text) in &p.query.other {
                let _ = writeln!(
                    p.details,
                    "      --speaker {surname} returns {s}'s words: {art}: {:?}",
                    short(text)
                );
            }
        }
        report.people.push(p);
    }
    mixing.sort_unstable();
    report.mixing_ids = mixing;
    Ok(report)
}

/// Ingests `articles` into a fresh temporary store and scores it against `annotations`.
pub fn score_basil(articles: &Path, annotations: &Path, verbose: bool) -> Result<SpeakerReport> {
    let texts = load_texts(articles)?;
    let gold = load_gold(annotations, &texts)?;
    let dir = tempfile::tempdir().map_err(|source| EvalError::Read {
        path: articles.to_path_buf(),
        source,
    })?;
    let db = dir.path().join("speakers.db");
    let store_err = |e: String| format_err(articles, 0, e);
    let store = Store::open(&db).map_err(|e| store_err(e.to_string()))?;
    ingest(
        store,
        &[Input::Path(articles.to_path_buf())],
        &IngestOptions::default(),
        &Silent,
    )
    .map_err(|e| store_err(e.to_string()))?;
    let store = Store::open_existing(&db).map_err(|e| store_err(e.to_string()))?;
    let conn = store.conn();
    let quotation = |kind: &str| {
        QuoteKind::parse(kind).is_some_and(|k| matches!(k, QuoteKind::Direct | QuoteKind::Partial))
    };
    let mut stmt = conn
        .prepare(
            "SELECT a.external_id, q.kind,
                    coalesce(q.text, substr(a.text, q.start_char + 1, q.end_char - q.start_char)),
                    q.speaker_id FROM quotes q
             JOIN articles a ON a.id = q.article_id ORDER BY q.id",
        )
        .map_err(|e| store_err(e.to_string()))?;
    let rows: Vec<(String, String, String, Option<i64>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .and_then(|rows| rows.collect())
        .map_err(|e| store_err(e.to_string()))?;
    let stored: Vec<StoredQuote> = rows
        .into_iter()
        .filter(|(_, kind, _, _)| quotation(kind))
        .map(|(article, _, text, speaker)| StoredQuote {
            tokens: tokens(&text),
            article,
            text,
            speaker,
        })
        .collect();
    let speakers: HashMap<i64, StoreSpeaker> = list_speakers(conn, &SpeakerFilter::default())
        .map_err(|e| store_err(e.to_string()))?
        .into_iter()
        .map(|s| {
            (
                s.id,
                StoreSpeaker {
                    name: s.name,
                    aliases: s.aliases,
                    roles: s.roles,
                },
            )
        })
        .collect();
    let mut query = |surname: &str| -> Result<Vec<StoredQuote>> {
        let filter = QuoteFilter {
            speaker: Some(surname.to_string()),
            ..QuoteFilter::default()
        };
        Ok(list_quotes(conn, &filter)
            .map_err(|e| store_err(e.to_string()))?
            .into_iter()
            .filter(|r| quotation(&r.kind))
            .map(|r| StoredQuote {
                tokens: tokens(&r.text),
                article: r.article_id,
                text: r.text,
                speaker: None,
            })
            .collect())
    };
    let mut report = score(&gold, &stored, &speakers, &mut query, verbose)?;
    report.articles = texts.len();
    Ok(report)
}

/// The speaker evaluation over the shared data folder.
pub fn run(shared: &Path, verbose: bool) -> Result<SpeakerReport> {
    let dir = shared.join("corpus/basil");
    let (articles, annotations) = (dir.join("articles.jsonl"), dir.join("annotations.jsonl"));
    // Both files are looked for before the (slower) ingest.
    for p in [&articles, &annotations] {
        if !p.exists() {
            return Err(EvalError::Missing(p.clone()));
        }
    }
    score_basil(&articles, &annotations, verbose)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One case: a gold text against a stored one (`Align`), or an alias
    /// against a name and the speaker's roles (`Alias`).
    enum Case<'a> {
        Align(&'a str, &'a str),
        Alias(&'a str, &'a str, &'a [&'a str]),
    }
    use Case::{Alias, Align};

    fn check(case: Case, expected: bool) {
        let (got, what) = match case {
            Align(gold, stored) => (
                aligns(&tokens(gold), &tokens(stored)).is_some(),
                format!("{gold:?} aligned to {stored:?}"),
            ),
            Alias(alias, name, roles) => {
                let words: Vec<&str> = name.split_whitespace().collect();
                (
                    is_name_form(alias, &words, roles),
                    format!("{alias:?} a form of {name:?} (roles {roles:?})"),
                )
            }
        };
        assert_eq!(got, expected, "{what}");
    }

    #[test]
    fn alignment_by_f1_or_containment() {
        check(
            Align("“We will build the bridge.”", "We will build the bridge"),
            true,
        );
        check(
            Align("we will build the new bridge", "We will build the bridge"),
            true,
        );
        // A sentence of a longer quotation.
        check(
            Align(
                "The bridge is late.",
                "We will build it. The bridge is late. Nobody likes that.",
            ),
            true,
        );
        // A word quoted alone, and with a word more.
        check(Align("Shameful", "shameful"), true);
        check(Align("Lyin'", "Lyin' Ann"), true);
        // Too short for containment in a long text; not in order.
        check(
            Align("shameful", "It is shameful, really shameful, she said"),
            false,
        );
        check(
            Align(
                "is the bridge late",
                "We will build it. The bridge is late.",
            ),
            false,
        );
        check(Align("the bridge is late", "the road is early"), false);
        check(Align("", "anything"), false);
    }

    #[test]
    fn name_forms_and_junk_aliases() {
        let none: &[&str] = &[];
        for alias in [
            "Ann Lee",
            "Lee",
            "Mr. Lee",
            "former Gov. Ann B. Lee",
            "then-Senator Lee",
            "Ann \"Annie\" Lee",
            "Ann Bee Lee",
        ] {
            check(Alias(alias, "Ann Lee", none), true);
        }
        check(Alias("Ocasio", "Ann Ocasio-Lee", none), true);
        // A capitalised word before a title belongs to it, role listed or not.
        check(Alias("Ruritanian President Ann Lee", "Ann Lee", none), true);
        check(Alias("Despite Lee", "Ann Lee", none), false);
        check(Alias("Cortés", "Rob Cortes", none), true);
        let roles: &[&str] = &[
            "Ruritanian Minister",
            "Secretary of State",
            "Green party leader",
        ];
        for alias in [
            "Ruritanian Minister Lee",
            "Secretary of State Ann Lee",
            "Green party leader Ann Lee",
        ] {
            check(Alias(alias, "Ann Lee", roles), true);
        }
        // A lower-case role word only right after a title; never `and`.
        check(Alias("party Lee", "Ann Lee", roles), false);
        check(
            Alias("Minister and Lee", "Ann Lee", &["Minister and"]),
            false,
        );
        check(
            Alias("With Minister Lee", "Ann Lee", &["With Minister"]),
            false,
        );
        for alias in [
            "Mr. B.",
            "President",
            "Despite Lee",
            "emotional Mr Lee",
            "arguments range from President Lee",
            "Speaker Ann Lee and Leader Bo Cole",
            "of State Ann Lee",
            "Ann Lee Jr.",
            "Bee Lee",
            "Ann Lee Bee",
        ] {
            check(Alias(alias, "Ann Lee", none), false);
        }
        check(Alias("Ann Lee Jr.", "Ann Lee Jr.", none), true);
    }

    #[test]
    fn gold_labels_as_people() {
        assert!(is_person("Ann Lee"));
        assert!(is_person("Ann de Lee"));
        assert!(!is_person("House Democrats"));
        assert!(!is_person("Democratic lawmakers"));
        assert!(!is_person("GOP committee members"));
        assert!(!is_person("Corvia"));
        assert_eq!(label_name("Ann_B_Lee"), "Ann B Lee");
        assert_eq!(repair_word("Cort", &["Mr Cortés said", "Cortés"]), "Cortés");
        assert_eq!(repair_word("Lee", &["Lee and Leeds"]), "Lee");
        assert_eq!(repair_word("Zed", &["nothing"]), "Zed");
    }
}
