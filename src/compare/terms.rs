//! Article fingerprints for grouping articles into stories: the salient
//! terms of an article with their weights.
//!
//! A term is a lower-cased content word (a plural `s` dropped), a proper
//! name of several words joined with `_` (`jeremy_hunt`), or a number with
//! three or more digits (`412`, `28,305`). Names count three times and title
//! words four times: two reports of one event share its names and figures far
//! more than its common words. Function words and the vocabulary of news
//! reporting itself (`said`, `told`, `year`) are left out.

use crate::analysis::{Document, TokenKind};
use crate::extract::lexicon;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::sync::LazyLock;

/// How many terms of an article are kept.
pub const TERMS_PER_ARTICLE: usize = 60;

/// How many of an article's heaviest terms are posted in the story index
/// and find candidates: the rest only weigh in the full comparison. A
/// term's document frequency is then how many articles it is salient in.
pub const POSTED_TERMS: usize = TERMS_PER_ARTICLE / 2;

/// How much a word of the title counts against one of the body. The
/// headline names the event; a body wanders into background, reaction
/// and opinion, differently in each outlet (AllSides' left, centre and
/// right leads of one event share little more than their headlines'
/// words). At 2 a title word once (`1 + ln 2`) weighed barely more than a
/// body word once, and angles of one event were split; at 4 (`1 + ln 4`)
/// it weighs as a body word said four times.
const TITLE_WEIGHT: f32 = 4.0;

/// Words every news report uses, whatever it is about. Weekday names and
/// the abbreviated honorifics (`mr`, `dr`) are stop words too, from their
/// own lists (see `is_stop`).
const NEWS_WORDS: &[&str] = &[
    "said",
    "say",
    "says",
    "told",
    "tell",
    "added",
    "according",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "time",
    "times",
    "people",
    "would",
    "could",
    "should",
    "also",
    "new",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "last",
    "per",
    "cent",
    "percent",
    "many",
    "much",
    "more",
    "most",
    "less",
    "other",
    "some",
    "such",
    "just",
    "like",
    "well",
    "even",
    "still",
    "way",
    "make",
    "made",
    "get",
    "got",
    "going",
    "go",
    "went",
    "take",
    "took",
    "come",
    "came",
    "see",
    "seen",
    "know",
    "think",
    "want",
    "need",
    "use",
    "used",
    "including",
    "after",
    "before",
    "while",
    "since",
    "over",
    "about",
    "against",
    "between",
    "into",
    "through",
    "during",
    "without",
    "within",
    "among",
    "across",
    "there",
    "their",
    "they",
    "them",
    "this",
    "that",
    "these",
    "those",
    "which",
    "what",
    "when",
    "where",
    "who",
    "whom",
    "whose",
    "will",
    "been",
    "being",
    "have",
    "has",
    "had",
    "were",
    "was",
    "are",
    "is",
    "be",
    "do",
    "does",
    "did",
    "not",
    "no",
    "yes",
    "its",
    "it",
    "he",
    "she",
    "his",
    "her",
    "him",
    "we",
    "our",
    "us",
    "you",
    "your",
    "i",
    "me",
    "my",
    "an",
    "a",
    "the",
    "and",
    "or",
    "but",
    "if",
    "so",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "to",
    "with",
    "than",
    "then",
    "now",
    "here",
    "very",
    "can",
    "may",
    "might",
    "must",
    "all",
    "any",
    "each",
    "every",
    "both",
    "only",
    "own",
    "same",
    "because",
    "however",
    "although",
    "though",
    "whether",
    "yet",
    "further",
    "thing",
    "things",
    "lot",
    "number",
    "part",
    "today",
    "yesterday",
    "tomorrow",
    "statement",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "news",
    "report",
    "reported",
    "reports",
    "added",
    "explained",
    "asked",
];

/// The function words (articles, prepositions, pronouns, auxiliaries)
/// and the "said" of the other languages of the pages read: Portuguese,
/// Spanish, French, German, Dutch, Italian and the Scandinavian ones.
/// The lexicon's function words are English, so a page in another
/// language kept its grammar as terms, and two unrelated pages in that
/// language were alike for sharing `para`, `pelo`, `werd` and `zijn`. A
/// page is compared by its names and content words, in whatever language.
/// Words that are English content words as well (`door`, `men`, `pour`,
/// `sale`) are left out: they weigh in English stories. Within a run of
/// capitalised words they stay: there they are parts of names (`Del Rio`,
/// `Van Gogh`, `De Niro`).
const FOREIGN_FUNCTION_WORDS: &[&str] = &[
    // Portuguese
    "para", "pelo", "pela", "pelos", "pelas", "com", "uma", "dos", "das", "nos", "nas", "aos",
    "foi", "são", "ser", "ter", "tem", "está", "estão", "foram", "será", "sido", "seu", "sua",
    "seus", "suas", "esse", "essa", "isso", "este", "esta", "muito", "também", "ainda", "após",
    "quando", "sobre", "entre", "contra", "segundo", "disse", "afirmou", "não", "mais", "ele",
    "ela", "eles", "elas", "como", "porque", "onde", "até", "depois", // Spanish
    "pero", "porque", "cuando", "donde", "desde", "hasta", "según", "dijo", "están", "fueron",
    "había", "los", "las", "del", "por", "con", "muy", "más", "sus", "tras", "ante", "también",
    // French
    "dans", "pour", "avec", "sont", "mais", "plus", "cette", "elle", "elles", "leur", "leurs",
    "nous", "vous", "aussi", "après", "selon", "depuis", "sous", "être", "été", "avait", "était",
    "sera", "les", "des", "une", "par", "sur", "aux", "qui", "que", "pas", "est", "ont", "ses",
    "lui", "ces", "été", // German
    "nicht", "sich", "auch", "eine", "einer", "einem", "einen", "eines", "dass", "wird", "wurde",
    "werden", "wurden", "nach", "oder", "aber", "haben", "hatte", "sind", "noch", "beim", "über",
    "unter", "gegen", "seit", "sagte", "der", "die", "das", "den", "dem", "und", "ist", "mit",
    "von", "für", "auf", "ein", "zum", "zur", "bei", "aus", "wie", "hat", "kein", "keine",
    // Dutch
    "niet", "voor", "zijn", "maar", "werd", "deze", "heeft", "hebben", "worden", "wordt", "tegen",
    "naar", "ook", "bij", "het", "een", "van", "dat", "met", "aan", "uit", "als", "nog", "dan",
    "hij", "zij", "wij", "moet", "moeten", "zou", "zouden", "onder", "binnen", "volgens", "geen",
    "meer", "veel", "zegt", "zei", // Italian
    "della", "delle", "degli", "nella", "nelle", "sono", "anche", "perché", "dopo", "questo",
    "questa", "essere", "stato", "stata", "hanno", "aveva", "tra", "fra", "con", "del", "che",
    "non", "alla", "alle", "dal", "dai", "sul", // Swedish, Norwegian, Danish
    "och", "att", "det", "som", "för", "med", "har", "inte", "till", "ett", "var", "efter",
    "eller", "också", "ikke", "til", "fra", "ble", "blir", "etter", "også", "har",
];

/// [`NEWS_WORDS`] as a set: every word of every article is looked up.
static NEWS_WORD_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| NEWS_WORDS.iter().copied().collect());

/// [`FOREIGN_FUNCTION_WORDS`] as a set.
static FOREIGN_WORD_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| FOREIGN_FUNCTION_WORDS.iter().copied().collect());

/// A word that is a term neither on its own nor in a name (see [`is_stop`]),
/// or a function word of another language, a term only within a name.
fn is_stop_alone(word: &str) -> bool {
    is_stop(word) || FOREIGN_WORD_SET.contains(word)
}

fn is_stop(word: &str) -> bool {
    NEWS_WORD_SET.contains(word)
        || lexicon::is_function_word(word)
        || lexicon::is_weekday_name(word)
        // (Not `miss`: more often the verb than the honorific.)
        || lexicon::is_abbreviated_honorific(word)
}

/// Reduces a word to a comparable stem: lower case, straight apostrophes,
/// possessive and plural endings dropped.
fn stem(word: &str) -> String {
    // One allocation: this runs on every word of every article.
    let mut w = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '’' => w.push('\''),
            c if c.is_ascii() => w.push(c.to_ascii_lowercase()),
            c => w.extend(c.to_lowercase()),
        }
    }
    if w.ends_with("'s") {
        w.truncate(w.len() - 2);
    }
    let end = w.trim_end_matches('\'').len();
    w.truncate(end);
    let start = w.len() - w.trim_start_matches('\'').len();
    if start > 0 {
        w.drain(..start);
    }
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.pop();
    }
    w
}

/// The weighted terms of an article (title and body), heaviest first, at
/// most [`TERMS_PER_ARTICLE`]. Weights are sub-linear term frequencies.
///
/// A page that is not an article (an error page, a login wall, a front
/// page; see [`super::pages`]) has none: it tells no event, and its
/// words would only glue unrelated stories together. (An article long
/// enough to be analysed in pieces, see [`TermCounts`], is never one.)
pub fn fingerprint(title: Option<&str>, doc: &Document) -> Vec<(String, f32)> {
    if super::pages::not_an_article(title, &doc.text).is_some() {
        return Vec::new();
    }
    let mut terms = TermCounts::new(title);
    terms.add(doc);
    terms.finish()
}

/// A [`fingerprint`] counted piece by piece, for an article analysed in
/// pieces (see `extract::extract_streaming`): the counts add up, so the
/// pieces of a text give the fingerprint of the whole.
pub struct TermCounts(FxHashMap<String, f32>);

impl TermCounts {
    /// Counts the title's terms ([`TITLE_WEIGHT`] times as heavy as the body's).
    pub fn new(title: Option<&str>) -> Self {
        let mut counts: FxHashMap<String, f32> = FxHashMap::default();
        if let Some(t) = title {
            let title_doc = Document::from_raw(t);
            let names = if is_headline_case(&title_doc) {
                Names::Words
            } else {
                Names::Runs
            };
            let piece = Piece {
                weight: TITLE_WEIGHT,
                names,
            };
            add_terms(&title_doc, piece, &mut counts);
        }
        TermCounts(counts)
    }

    /// Counts the terms of (a piece of) the body.
    pub fn add(&mut self, doc: &Document) {
        let body = Piece {
            weight: 1.0,
            names: Names::Runs,
        };
        add_terms(doc, body, &mut self.0);
    }

    /// The heaviest terms with their weights.
    pub fn finish(self) -> Vec<(String, f32)> {
        let mut terms: Vec<(String, f32)> = self
            .0
            .into_iter()
            .map(|(t, c)| (t, (1.0 + c.ln()).max(0.1)))
            .collect();
        // Heaviest first; ties by the term itself so that the fingerprint is deterministic.
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        terms.truncate(TERMS_PER_ARTICLE);
        terms
    }
}

/// What a run of capitalised words is taken for.
#[derive(Clone, Copy, PartialEq)]
enum Names {
    /// One name (`jeremy_hunt`), as well as its words.
    Runs,
    /// Words only: in a headline written in title case (`Biden Sets Target
    /// of Cutting US Emissions`) capitals mark no names, and a run joined
    /// into one term (`biden_set_target`) is the heaviest term of the
    /// article yet matches no other outlet's wording of the event.
    Words,
}

/// How one piece of an article (its title or body) counts.
#[derive(Clone, Copy)]
struct Piece {
    weight: f32,
    names: Names,
}

/// Whether a title is written in title case: most of its longer words
/// after the first are capitalised (in sentence case only names are).
fn is_headline_case(doc: &Document) -> bool {
    let (mut words, mut capitalised) = (0, 0);
    let text = &doc.text;
    let longer = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .skip(1)
        .filter(|t| t.text(text).chars().count() >= 4);
    for t in longer {
        words += 1;
        capitalised += usize::from(t.text(text).chars().next().is_some_and(char::is_uppercase));
    }
    words >= 2 && capitalised * 3 >= words * 2
}

fn add_terms(doc: &Document, piece: Piece, counts: &mut FxHashMap<String, f32>) {
    let weight = piece.weight;
    for sentence in &doc.sentences {
        let toks = &doc.tokens[sentence.tokens.clone()];
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            let text = t.text(&doc.text);
            match t.kind {
                TokenKind::Number | TokenKind::Mixed => {
                    let digits = text.chars().filter(char::is_ascii_digit).count();
                    if digits >= 3 {
                        *counts.entry(text.replace(',', "")).or_default() += weight;
                    }
                    k += 1;
                }
                TokenKind::Word => {
                    let capitalised = text.chars().next().is_some_and(char::is_uppercase);
                    if capitalised {
                        // A run of capitalised words is one name.
                        let start = k;
                        let mut end = k;
                        while end < toks.len()
                            && toks[end].kind == TokenKind::Word
                            && toks[end]
                                .text(&doc.text)
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                        {
                            end += 1;
                        }
                        // A word alone is checked against every language's
                        // function words; in a run of several, only
                        // against English (`Del Rio` is a name).
                        let alone = end - start == 1;
                        let words: Vec<String> = toks[start..end]
                            .iter()
                            .map(|t| stem(t.text(&doc.text)))
                            .filter(|w| {
                                if alone {
                                    !is_stop_alone(w)
                                } else {
                                    !is_stop(w)
                                }
                            })
                            .collect();
                        if words.len() >= 2 && piece.names == Names::Runs {
                            *counts.entry(words.join("_")).or_default() += 3.0 * weight;
                        }
                        for w in words {
                            if w.chars().count() >= 3 {
                                *counts.entry(w).or_default() += 1.5 * weight;
                            }
                        }
                        k = end;
                    } else {
                        let w = stem(text);
                        if w.chars().count() >= 4 && !is_stop_alone(&w) {
                            *counts.entry(w).or_default() += weight;
                        }
                        k += 1;
                    }
                }
                TokenKind::Punct => k += 1,
            }
        }
    }
}

/// Cosine similarity of two weighted term lists, each term weighted by `idf`.
pub fn cosine(a: &[(String, f32)], b: &[(String, f32)], idf: &dyn Fn(&str) -> f32) -> f32 {
    let wa: HashMap<&str, f32> = a.iter().map(|(t, w)| (t.as_str(), w * idf(t))).collect();
    let mut dot = 0.0;
    let mut nb = 0.0;
    for (t, w) in b {
        let w = w * idf(t);
        nb += w * w;
        if let Some(x) = wa.get(t.as_str()) {
            dot += x * w;
        }
    }
    let na: f32 = wa.values().map(|w| w * w).sum();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na.sqrt() * nb.sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_drop_possessives_plurals_and_quote_marks() {
        for (word, want) in [
            ("Councils", "council"),
            ("Labour's", "labour"),
            ("Labour’s", "labour"),
            ("'policies'", "policy"),
            ("boss", "boss"),
            ("virus", "virus"),
            ("gas", "gas"),
            ("ÉCOLES", "école"),
            ("ties", "tie"),
            ("", ""),
            ("'", ""),
        ] {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    fn terms(title: &str, body: &str) -> Vec<String> {
        fingerprint(Some(title), &Document::from_raw(body))
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn names_numbers_and_content_words_are_terms() {
        let t = terms(
            "Corvia cancels 412 flights",
            "Corvia Airlines said on Friday it had cancelled 412 flights, stranding 68,000 passengers.",
        );
        for expected in [
            "corvia_airline",
            "corvia",
            "412",
            "68000",
            "flight",
            "passenger",
            "stranding",
        ] {
            assert!(
                t.contains(&expected.to_string()),
                "{expected} missing from {t:?}"
            );
        }
        for unwanted in ["said", "friday", "on", "it"] {
            assert!(!t.contains(&unwanted.to_string()), "{unwanted} in {t:?}");
        }
    }

    /// A run of capitalised words is a name in a sentence-case title or
    /// a body, but not in a title-case headline, where its words count
    /// one by one (`biden_set_target` matches nobody else's headline).
    #[test]
    fn title_case_headlines_give_words_not_names() {
        for (title, present, absent) in [
            (
                "Biden Sets Target of Cutting US Emissions by 2030",
                &["biden", "target", "cutting", "emission", "2030"][..],
                &["biden_set_target", "cutting_us_emission"][..],
            ),
            (
                "The Debt Ceiling Deception",
                &["debt", "ceiling", "deception"],
                &["debt_ceiling_deception"],
            ),
            (
                "Norvia Slaps Steep Tariffs On Imported Steel Coil",
                &["norvia", "tariff", "steel"],
                &["norvia_slap_steep_tariff"],
            ),
            (
                "Jeremy Hunt urges BMA to return to talks",
                &["jeremy_hunt", "hunt", "talk"],
                &[],
            ),
            (
                "Why Biden's approval rating isn't recovering",
                &["biden", "approval", "rating"],
                &[],
            ),
            (
                "Rice likely pick as Powell's successor",
                &["rice", "powell", "successor"],
                &[],
            ),
        ] {
            let t = terms(title, "");
            for p in present {
                assert!(
                    t.contains(&p.to_string()),
                    "{title}: {p} missing from {t:?}"
                );
            }
            for a in absent {
                assert!(!t.contains(&a.to_string()), "{title}: {a} in {t:?}");
            }
        }
        // The body's names are still names.
        // Another language's function word within a name stays a part of it.
        let t = terms(
            "Migrants camp near the border",
            "Border agents in Del Rio moved the camp.",
        );
        assert!(t.contains(&"del_rio".to_string()), "{t:?}");
        let t = terms(
            "Hunt Urges Doctors To Return",
            "Jeremy Hunt met the BMA on Friday.",
        );
        assert!(t.contains(&"jeremy_hunt".to_string()), "{t:?}");
        assert!(!t.contains(&"hunt_urge".to_string()), "{t:?}");
    }

    /// Outlets tell one event from different angles: their bodies share
    /// little, their headlines name the event. Each row: two reports of
    /// one event, and a report of another event of the same place and day
    /// whose body shares words with the second. The headline must count
    /// for more than those words.
    #[test]
    fn headlines_hold_angles_of_one_event_together() {
        let idf = |_: &str| 1.0;
        for (a, b, other) in [
            (
                (
                    "Fenwick council approves Harbour Street tram extension",
                    "Residents who packed the town hall cheered as the vote passed.",
                ),
                (
                    "Tram extension to Harbour Street approved",
                    "Opponents warned that ratepayers would bear the cost and questioned budget forecasts.",
                ),
                (
                    "Fenwick council raises parking charges",
                    "Traders warned that ratepayers would bear the cost and questioned budget forecasts.",
                ),
            ),
            (
                (
                    "Ostrava miners end strike after pay deal",
                    "Union leaders hailed a victory for workers who had walked out in March.",
                ),
                (
                    "Pay deal ends Ostrava miners' strike",
                    "Economists doubt the mining company can afford wage rises as coal prices fall.",
                ),
                (
                    "Ostrava steelworks cuts jobs",
                    "Economists doubt the company can afford its debts as steel prices fall.",
                ),
            ),
        ] {
            let f =
                |(title, body): (&str, &str)| fingerprint(Some(title), &Document::from_raw(body));
            let (a, b, other) = (f(a), f(b), f(other));
            assert!(
                cosine(&a, &b, &idf) > cosine(&b, &other, &idf),
                "{a:?}\n{b:?}\n{other:?}"
            );
        }
    }

    /// A page that is not an article finds no story and is found by none.
    #[test]
    fn pages_that_are_not_articles_have_no_terms() {
        for (title, body) in [
            (
                "Fenwick Post: page not found",
                "The page you are looking for might have been removed.",
            ),
            ("Latest News & Headlines", "Trams approved. Miners strike."),
        ] {
            assert!(
                fingerprint(Some(title), &Document::from_raw(body)).is_empty(),
                "{title}"
            );
        }
        assert!(!terms("Fenwick council approves tram extension", "").is_empty());
    }

    /// Two unrelated reports in one language other than English share its
    /// grammar, not its content: they are no more alike than two unrelated
    /// English reports; two reports of one event still are.
    #[test]
    fn other_languages_share_no_grammar_terms() {
        let idf = |_: &str| 1.0;
        let f = |title: &str, body: &str| fingerprint(Some(title), &Document::from_raw(body));
        for (a, b, same_event) in [
            (
                f(
                    "Ponte de Fenwick fechada para obras",
                    "A ponte foi fechada pelo conselho para obras, segundo a prefeitura, e também depois será aberta quando chegar o verão.",
                ),
                f(
                    "Mineiros de Ostrava em greve",
                    "Os mineiros foram para a greve pelo sindicato, segundo o jornal, e também depois voltam quando houver acordo salarial.",
                ),
                false,
            ),
            (
                f(
                    "Brug in Fenwick gesloten",
                    "De brug werd volgens de gemeente gesloten voor herstel en zal niet naar verwachting heropend zijn.",
                ),
                f(
                    "Mijnwerkers in Ostrava staken",
                    "De mijnwerkers werd volgens de bond gevraagd voor een staking, en zijn niet naar het werk gegaan.",
                ),
                false,
            ),
            (
                f(
                    "Ponte de Fenwick fechada para obras",
                    "A ponte foi fechada pelo conselho de Fenwick para obras.",
                ),
                f(
                    "Conselho de Fenwick fecha ponte",
                    "O conselho de Fenwick fechou a ponte para obras de reparo.",
                ),
                true,
            ),
        ] {
            let c = cosine(&a, &b, &idf);
            assert_eq!(c > 0.2, same_event, "{c}: {a:?}\n{b:?}");
        }
    }

    #[test]
    fn same_event_is_closer_than_another_event() {
        let idf = |_: &str| 1.0;
        let a = fingerprint(
            None,
            &Document::from_raw(
                "Junior doctors in England went on strike. NHS England said 39% of junior doctors reported for duty. Jeremy Hunt urged the BMA to talk.",
            ),
        );
        let b = fingerprint(
            None,
            &Document::from_raw(
                "The BMA strike by junior doctors began. Jeremy Hunt called it unnecessary; NHS England put attendance at 43%.",
            ),
        );
        let c = fingerprint(
            None,
            &Document::from_raw(
                "Wendmouth Bridge closed for repairs after engineers found corroded bearings. The council apologised.",
            ),
        );
        assert!(cosine(&a, &b, &idf) > 2.0 * cosine(&a, &c, &idf));
        assert!((cosine(&a, &a, &idf) - 1.0).abs() < 1e-5);
    }
}
