//! How two quotations relate: the same words (shortened, cut, split or
//! in other marks), materially reworded, or unrelated.
//!
//! Both texts are reduced to comparable tokens (lower case, straight
//! apostrophes, contractions expanded — `I've` and `I have` are the same
//! words — and a light stem so that `recovering` meets `recovered`), then
//! aligned by longest common subsequence. Unmatched words at either end are
//! a quotation cut short; unmatched words in the middle of one side only,
//! where the other shows an ellipsis, are an omission. Anything else that
//! changes a content word or a number in the middle is a rewording.

use std::ops::Range;

/// The relation of quotation `a` to quotation `b`.
#[derive(Debug, Clone, PartialEq)]
pub enum Relation {
    /// The same words, possibly one shortened, cut or split (`a` within `b`, or the reverse).
    Same,
    /// The same passage with a changed content word or number.
    Reworded {
        /// What `a` says where `b` differs, and what `b` says there.
        a_words: String,
        b_words: String,
        /// Words replaced inside the shared stretch (a misquote's mark),
        /// not only both going on differently from its ends (often two
        /// excerpts of a longer statement).
        inner: bool,
        /// The share of the shorter quotation's words found in the other.
        similarity: f64,
        /// Places inside the shared stretch where the words differ in a way
        /// that keeps what was said (a small word swapped, words left out
        /// without an ellipsis, another spelling): two transcriptions of one
        /// spoken remark differ in many such places, a deliberate change
        /// seldom comes with them.
        variants: usize,
    },
    /// Not the same passage.
    Unrelated,
}

/// A quotation reduced for comparison.
#[derive(Debug, Clone)]
pub struct Words {
    /// Stems, for alignment.
    stems: Vec<String>,
    /// The words as written (lower case), for explanations.
    surface: Vec<String>,
    /// The written word each token comes from (`he'll` gives two tokens).
    origin: Vec<usize>,
    /// Token indices after which the text has an ellipsis.
    ellipses: Vec<usize>,
    /// Token indices that end a sentence (followed by `.`, `!` or `?`).
    sentence_ends: Vec<usize>,
}

impl Words {
    pub fn new(text: &str) -> Words {
        let mut stems = Vec::new();
        let mut surface = Vec::new();
        let mut origin = Vec::new();
        let mut ellipses = Vec::new();
        let mut sentence_ends = Vec::new();
        let normalised = without_entities(&without_brackets(text))
            .replace(['’', '‘'], "'")
            .replace("...", " … ")
            .replace('…', " … ");
        for (written, raw) in normalised
            .split(|c: char| {
                c.is_whitespace()
                    || matches!(c, '"' | '“' | '”' | ',' | ';' | ':' | '(' | ')' | '—' | '–')
            })
            .enumerate()
        {
            if raw == "…" {
                ellipses.push(stems.len());
                continue;
            }
            // `F.B.I.` is `FBI`.
            let w = raw
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let w = if w.len() <= 12
                && w.contains('.')
                && w.split('.')
                    .all(|p| p.chars().count() <= 1 && p.chars().all(char::is_alphabetic))
            {
                w.replace('.', "")
            } else {
                w
            };
            if w.is_empty() {
                continue;
            }
            let ends_sentence = raw
                .trim_end_matches(['\'', '"', '’', '”'])
                .ends_with(['.', '!', '?']);
            // `one-in-three` is compared as `one in three`, `£3.1m` as
            // `3.1 million`; both shown as written.
            for part in w.split('-').filter(|p| !p.is_empty()).flat_map(scaled) {
                for (word, _) in expand(&part) {
                    stems.push(number_word(&word).map_or_else(|| stem(&word), str::to_string));
                    surface.push(w.clone());
                    origin.push(written);
                }
            }
            if ends_sentence {
                sentence_ends.push(stems.len() - 1);
            }
        }
        Words {
            stems,
            surface,
            origin,
            ellipses,
            sentence_ends,
        }
    }

    /// The written words of a token range, each once (`he'll`, not `he'll he'll`).
    fn show(&self, r: Range<usize>) -> String {
        let mut out: Vec<&str> = Vec::new();
        let mut last = None;
        for k in r {
            if last != Some(self.origin[k]) {
                out.push(&self.surface[k]);
                last = Some(self.origin[k]);
            }
        }
        out.join(" ")
    }

    pub fn len(&self) -> usize {
        self.stems.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }
}

/// The text without editorial insertions in square brackets
/// (`[Russian] President [Vladimir] Putin`): they are not the speaker's words.
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => {
                depth -= 1;
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// HTML entities left in a crawler's text (`&amp;`, `&#39;`) as the
/// characters they stand for: one outlet's markup is not a rewording.
fn without_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = text.to_string();
    for (entity, c) in [
        ("&amp;", "&"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#039;", "'"),
        ("&apos;", "'"),
        ("&rsquo;", "’"),
        ("&lsquo;", "‘"),
        ("&rdquo;", "”"),
        ("&ldquo;", "“"),
        ("&nbsp;", " "),
        ("&mdash;", "—"),
        ("&ndash;", "–"),
        ("&hellip;", "…"),
    ] {
        out = out.replace(entity, c);
    }
    out
}

/// A word censored with asterisks (`f***ing`) stands for any word of its
/// length with the same letters where it shows them.
fn censored_match(x: &str, y: &str) -> bool {
    let (censored, plain) = match (x.contains('*'), y.contains('*')) {
        (true, false) => (x, y),
        (false, true) => (y, x),
        _ => return false,
    };
    if censored.starts_with('*') {
        return false;
    }
    // Letter for letter (`f***ing` / `fucking`), or the stem of the plain
    // word against the letters up to the last asterisk (`f***ing` / `fuck`).
    let letter_for_letter = censored.chars().count() == plain.chars().count()
        && censored
            .chars()
            .zip(plain.chars())
            .all(|(c, p)| c == '*' || c == p);
    let through_stars = censored.rfind('*').is_some_and(|last| {
        let head = &censored[..=last];
        head.chars().count() == plain.chars().count()
            && head
                .chars()
                .zip(plain.chars())
                .all(|(c, p)| c == '*' || c == p)
    });
    letter_for_letter || through_stars
}

/// The same word for alignment: equal stems, or a censored form of it.
fn same_word(x: &str, y: &str) -> bool {
    x == y || censored_match(x, y)
}

/// A figure with a scale suffix as the figure and the scale word:
/// `3.1m` → `3.1`, `million`; anything else as it is.
fn scaled(w: &str) -> Vec<String> {
    for (suffix, word) in [("bn", "billion"), ("m", "million"), ("k", "thousand")] {
        if let Some(figure) = w.strip_suffix(suffix)
            && figure.starts_with(|c: char| c.is_ascii_digit())
            && figure
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return vec![figure.to_string(), word.to_string()];
        }
    }
    vec![w.to_string()]
}

/// Small numbers in words as digits, so that `one-in-three` meets `1 in 3`.
fn number_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "one" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        "eleven" => "11",
        "twelve" => "12",
        "thirteen" => "13",
        "fourteen" => "14",
        "fifteen" => "15",
        "sixteen" => "16",
        "seventeen" => "17",
        "eighteen" => "18",
        "nineteen" => "19",
        "twenty" => "20",
        "thirty" => "30",
        "forty" => "40",
        "fifty" => "50",
        "sixty" => "60",
        "seventy" => "70",
        "eighty" => "80",
        "ninety" => "90",
        "hundred" => "100",
        _ => return None,
    })
}

/// Contractions as their full words: `i've` → `i have`, `won't` → `will not`.
fn expand(w: &str) -> Vec<(String, String)> {
    let whole = |s: &str| (s.to_string(), w.to_string());
    let special = match w {
        // Spoken forms transcribed as heard (`gonna` / `going to`).
        "gonna" => Some(vec![whole("going"), whole("to")]),
        "wanna" => Some(vec![whole("want"), whole("to")]),
        "gotta" => Some(vec![whole("got"), whole("to")]),
        "hafta" => Some(vec![whole("have"), whole("to")]),
        "kinda" => Some(vec![whole("kind"), whole("of")]),
        "sorta" => Some(vec![whole("sort"), whole("of")]),
        "outta" => Some(vec![whole("out"), whole("of")]),
        "lotta" => Some(vec![whole("lot"), whole("of")]),
        "gimme" => Some(vec![whole("give"), whole("me")]),
        "lemme" => Some(vec![whole("let"), whole("me")]),
        "'cause" | "cause" | "cuz" | "'cuz" => Some(vec![whole("because")]),
        "'em" => Some(vec![whole("them")]),
        "y'all" => Some(vec![whole("you"), whole("all")]),
        "ain't" => Some(vec![whole("is"), whole("not")]),
        "won't" => Some(vec![whole("will"), whole("not")]),
        "can't" | "cannot" => Some(vec![whole("can"), whole("not")]),
        "shan't" => Some(vec![whole("shall"), whole("not")]),
        "let's" => Some(vec![whole("let"), whole("us")]),
        _ => None,
    };
    if let Some(v) = special {
        return v;
    }
    for (suffix, full) in [
        ("n't", "not"),
        ("'ve", "have"),
        ("'re", "are"),
        ("'ll", "will"),
        ("'d", "would"),
        ("'m", "am"),
    ] {
        if let Some(base) = w.strip_suffix(suffix)
            && !base.is_empty()
        {
            return vec![
                (base.to_string(), w.to_string()),
                (full.to_string(), w.to_string()),
            ];
        }
    }
    // `it's`, `that's`, `there's`: `is` (the possessive `'s` of a noun is kept as one word).
    if let Some(base) = w.strip_suffix("'s")
        && matches!(
            base,
            "it" | "that"
                | "there"
                | "here"
                | "what"
                | "who"
                | "he"
                | "she"
                | "where"
                | "how"
                | "let"
        )
    {
        return vec![
            (base.to_string(), w.to_string()),
            ("is".to_string(), w.to_string()),
        ];
    }
    vec![(w.to_string(), w.to_string())]
}

/// A light stem: enough to match `recovering`/`recovered`/`recovers`,
/// `families`/`family` and the common irregular verbs.
/// Two forms of one word (`coming` / `come`, `methods` / `method`): the
/// same stem, or one stem the start of the other.
pub(super) fn same_stem(x: &str, y: &str) -> bool {
    let (a, b) = (stem(x), stem(y));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    a == b
        || (short.chars().count() >= 3
            && long.starts_with(short.as_str())
            && long.len() - short.len() <= 2)
}

fn stem(w: &str) -> String {
    // A censored word is matched as written (see `censored_match`).
    if w.contains('*') {
        return w.to_string();
    }
    let w = w.strip_suffix("'s").unwrap_or(w);
    let irregular = match w {
        "said" | "says" | "saying" => Some("say"),
        "made" | "makes" | "making" => Some("make"),
        "told" | "tells" | "telling" => Some("tell"),
        "thought" | "thinks" | "thinking" => Some("think"),
        "went" | "goes" | "going" | "gone" => Some("go"),
        "took" | "takes" | "taking" | "taken" => Some("take"),
        "gave" | "gives" | "giving" | "given" => Some("give"),
        _ => None,
    };
    if let Some(base) = irregular {
        return base.to_string();
    }
    // `families` and `family` meet at `famili`.
    if let Some(base) = w.strip_suffix("ies").or_else(|| w.strip_suffix('y'))
        && base.chars().count() >= 3
    {
        return format!("{base}i");
    }
    for suffix in ["ingly", "edly", "ing", "ed", "ies", "es", "s", "ly"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 3
        {
            // `running` → `run`, `stopped` → `stop`.
            let chars: Vec<char> = base.chars().collect();
            let n = chars.len();
            if matches!(suffix, "ing" | "ed")
                && chars[n - 1] == chars[n - 2]
                && !matches!(chars[n - 1], 'l' | 's' | 'z')
            {
                return chars[..n - 1].iter().collect();
            }
            return base.to_string();
        }
    }
    w.to_string()
}

/// The fewest words of both quotations for them to be read as going on
/// differently from a shared point.
const MIN_DIVERGING: usize = 8;

/// Two spellings of the same words (`Muammar al-Qaddafi` / `Moammar
/// Gadhafi`, `world view` / `worldview`): letters mostly the same, no
/// figure involved.
fn spelling_variant(a: &str, b: &str) -> bool {
    let letters = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .collect::<Vec<char>>()
    };
    let (x, y) = (letters(a), letters(b));
    if a.chars().chain(b.chars()).any(|c| c.is_ascii_digit()) || x.is_empty() || y.is_empty() {
        return false;
    }
    // Levenshtein distance over letters, relative to the longer side.
    let mut row: Vec<usize> = (0..=y.len()).collect();
    for (i, cx) in x.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cy) in y.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(cx != cy)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    let longest = x.len().max(y.len());
    longest >= 4 && row[y.len()] * 20 <= longest * 7
}

/// Two stretches of the same length whose words differ only in spelling,
/// one by one (`momma look` / `mama look`, `anything` / `any`): a short
/// word may differ by two letters, or be the start of the other.
fn word_by_word_variants(a: &[String], b: &[String]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x == y
                || (!x.chars().chain(y.chars()).any(|c| c.is_ascii_digit())
                    && (spelling_variant(x, y)
                        || (x.len().min(y.len()) >= 3
                            && (x.starts_with(y.as_str()) || y.starts_with(x.as_str())))
                        || spoken_variant(x) == spoken_variant(y)))
        })
}

/// One spelling for words of speech that transcribers write several ways
/// (`momma`, `mama`; `okay`, `ok`; `yeah`, `yes`).
fn spoken_variant(w: &str) -> &str {
    match w {
        "mama" | "momma" | "mamma" | "mom" | "mum" | "mommy" => "mama",
        "ok" | "okay" => "okay",
        "yeah" | "yep" | "yes" => "yes",
        "nope" | "nah" => "no",
        "alright" => "all right",
        "til" | "till" | "until" => "until",
        _ => w,
    }
}

/// The most words a change inside a quotation may span; more is another passage.
const MAX_CHANGE: usize = 6;

/// Words on one side only that change what was said: a negation or a
/// number, added or dropped on its own (`will not resign` / `will resign`).
fn negates_or_counts(words: &Words, r: &Range<usize>) -> bool {
    r.len() <= 2
        && words.stems[r.clone()]
            .iter()
            .any(|w| is_negation(w) || w.chars().any(|c| c.is_ascii_digit()))
}

/// A negation in the first word or two of one quotation only, before
/// the shared stretch (`No decision has been made` / `A decision has been
/// made`, `Not everything worked` / `Everything worked`): what was said is
/// reversed, though the words are function words. Each side's opening is
/// shown with the first shared word. Only where both quotations open with
/// a word of their own, or both are whole statements: a short fragment
/// may leave the negation outside its quotation marks (`was not "ready to
/// play"`).
fn opening_negation(
    a: &Words,
    b: &Words,
    a_first: usize,
    b_first: usize,
    whole: bool,
) -> Option<(Range<usize>, Range<usize>)> {
    let negations = |w: &Words, n: usize| w.stems[..n].iter().filter(|s| is_negation(s)).count();
    (a_first <= 2
        && b_first <= 2
        && (a_first > 0 && b_first > 0 || whole)
        && negations(a, a_first) != negations(b, b_first))
    .then(|| (0..a_first + 1, 0..b_first + 1))
}

/// A word that negates what it stands in (contractions are expanded:
/// `won't` is `will not`).
fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "no" | "nothing" | "none")
}

/// Words whose change does not change what was said.
pub(super) fn is_function(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "but"
            | "or"
            | "so"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "that"
            | "this"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "it"
            | "we"
            | "i"
            | "you"
            | "they"
            | "he"
            | "she"
            | "as"
            | "with"
            | "by"
            | "from"
            | "just"
            | "very"
            | "really"
            | "well"
            | "now"
            | "then"
            | "also"
            | "still"
            | "oh"
            | "look"
            | "yes"
            // Auxiliaries: `I have made` / `I had made` says the same.
            | "have"
            | "has"
            | "had"
            | "do"
            | "does"
            | "did"
            | "been"
            | "being"
            | "am"
    )
}

/// Longest-common-subsequence alignment: matched index pairs, in order.
fn align(a: &[String], b: &[String]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    // Quotes are short; the quadratic table is small (a few thousand cells).
    let mut dp = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if same_word(&a[i], &b[j]) {
                dp[i + 1][j + 1] + 1
            } else {
                dp[i + 1][j].max(dp[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut pairs: Vec<(usize, usize)> = Vec::with_capacity(dp[0][0] as usize);
    while i < n && j < m {
        if same_word(&a[i], &b[j]) {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    // The walk takes the first equal word it meets ("the" of "have the
    // confidence" for the "the" of "the same care"); move such a lone match
    // next to the run it belongs to when the same word is there.
    // The same on the other side: `Eric` of `when Eric Cantor lost …
    // Eric is a good friend` goes with the second `Eric`.
    for k in 0..pairs.len() {
        let (pi, pj) = pairs[k];
        if let Some(&(ni, nj)) = pairs.get(k + 1) {
            if nj == pj + 1 && ni > pi + 1 && a[ni - 1] == b[pj] {
                pairs[k] = (ni - 1, pj);
            } else if ni == pi + 1 && nj > pj + 1 && b[nj - 1] == a[pi] {
                pairs[k] = (pi, nj - 1);
            }
        }
    }
    pairs
}

/// The matched pairs that belong to runs of at least two consecutive words.
fn runs_of_two(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let next_to = |x: (usize, usize), y: (usize, usize)| y.0 == x.0 + 1 && y.1 == x.1 + 1;
    pairs
        .iter()
        .enumerate()
        .filter(|&(k, &p)| {
            (k > 0 && next_to(pairs[k - 1], p)) || (k + 1 < pairs.len() && next_to(p, pairs[k + 1]))
        })
        .map(|(_, &p)| p)
        .collect()
}

/// Longest run of consecutive matched words (both sides consecutive).
fn longest_run(pairs: &[(usize, usize)]) -> usize {
    let mut best = 0;
    let mut run = 0;
    for (k, p) in pairs.iter().enumerate() {
        if k > 0 && p.0 == pairs[k - 1].0 + 1 && p.1 == pairs[k - 1].1 + 1 {
            run += 1;
        } else {
            run = 1;
        }
        best = best.max(run);
    }
    best
}

impl Words {
    /// The stretches between ellipses: each is the speaker's words in one piece.
    fn segments(&self) -> Vec<Words> {
        let mut cuts: Vec<usize> = self
            .ellipses
            .iter()
            .copied()
            .filter(|&e| e > 0 && e < self.len())
            .collect();
        cuts.dedup();
        let mut out = Vec::new();
        let mut start = 0;
        for end in cuts.into_iter().chain([self.len()]) {
            if end > start {
                out.push(Words {
                    stems: self.stems[start..end].to_vec(),
                    surface: self.surface[start..end].to_vec(),
                    origin: self.origin[start..end].to_vec(),
                    ellipses: Vec::new(),
                    sentence_ends: self
                        .sentence_ends
                        .iter()
                        .filter(|&&i| i >= start && i < end)
                        .map(|i| i - start)
                        .collect(),
                });
            }
            start = end;
        }
        out
    }
}

/// Words of an ellipsis-cut quotation's pieces that must be found in the
/// other quotation (or half its words) to make the two one passage.
const SAME_PIECE_WORDS: usize = 6;

/// Relates two quotations. A quotation shortened with an ellipsis is
/// compared piece by piece: each piece must be the other's words.
pub fn relate(a: &Words, b: &Words) -> Relation {
    if a.is_empty() || b.is_empty() || !may_relate(a, b) {
        return Relation::Unrelated;
    }
    relate_aligned(a, b)
}

/// [`relate`] without the quick test: aligns the words.
fn relate_aligned(a: &Words, b: &Words) -> Relation {
    for (split, whole, flipped) in [(a, b, false), (b, a, true)] {
        let pieces = split.segments();
        if pieces.len() < 2 {
            continue;
        }
        // Words of the pieces the other prints: a piece of two words
        // (`Human activities …`) found in another remark is no evidence
        // that it is this one.
        let mut same_words = 0;
        for piece in &pieces {
            let r = if flipped {
                relate_pieces(whole, piece)
            } else {
                relate_pieces(piece, whole)
            };
            match r {
                Relation::Reworded { .. } => return r,
                Relation::Same => same_words += piece.len(),
                Relation::Unrelated => {}
            }
        }
        return if same_words >= SAME_PIECE_WORDS
            || (same_words > 0 && same_words * 2 >= split.len())
        {
            Relation::Same
        } else {
            Relation::Unrelated
        };
    }
    relate_pieces(a, b)
}

/// A test in linear time that rules out most unrelated pairs before
/// [`relate_pieces`] aligns them (quadratic in their words): the pairs a
/// story compares are mostly unrelated. `false` only where `relate` would
/// answer `Unrelated`, from the counts of words the two share, which bound
/// the words an alignment can match.
fn may_relate(a: &Words, b: &Words) -> bool {
    let fuzzy = |w: &Words| w.stems.iter().any(|s| s.contains('*'));
    if fuzzy(a) || fuzzy(b) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut left: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for w in &long.stems {
        *left.entry(w.as_str()).or_default() += 1;
    }
    // Words of the shorter found in the longer (each used once), and how
    // many of them are content words.
    let (mut shared, mut content_shared, mut content) = (0, 0, 0);
    for w in &short.stems {
        let function = is_function(w);
        content += usize::from(!function);
        if let Some(n) = left.get_mut(w.as_str())
            && *n > 0
        {
            *n -= 1;
            shared += 1;
            content_shared += usize::from(!function);
        }
    }
    let pieces = |w: &Words| w.ellipses.iter().any(|&e| e > 0 && e < w.len());
    if pieces(a) || pieces(b) {
        // Compared piece by piece: a piece may need a single word.
        return shared > 0;
    }
    let shorter = short.len();
    if shorter <= 3 {
        shared >= shorter
    } else if shorter <= 6 {
        shared >= 3
    } else {
        shared >= 8 || (shared >= 4 && shared * 5 >= shorter * 3 && content_shared * 2 >= content)
    }
}

/// Relates two quotations without ellipses inside.
fn relate_pieces(a: &Words, b: &Words) -> Relation {
    if a.is_empty() || b.is_empty() {
        return Relation::Unrelated;
    }
    let shorter = a.len().min(b.len());
    let mut pairs = align(&a.stems, &b.stems);
    // In longer quotations a lone matched word far from the rest ("the",
    // "for") is chance, not the same words: keep runs of two or more.
    if shorter > 6 {
        let first = pairs.first().copied();
        pairs = runs_of_two(&pairs);
        if pairs.is_empty() {
            return Relation::Unrelated;
        }
        // Both quotations opening with the same word is no chance: the
        // opening anchors what follows (`We do not expect margins …` /
        // `We expect margins …`: the negation is inside, not before).
        if first == Some((0, 0)) && pairs[0] != (0, 0) {
            pairs.insert(0, (0, 0));
        }
    }
    let matched = pairs.len();
    // Related: a run of words in common long enough not to be chance.
    let run = longest_run(&pairs);
    // Longer quotations need a longer run and most of their words: two
    // quotes that share `the Republican Party` and `have a problem` are
    // two different sentences.
    let related = if shorter <= 3 {
        run == shorter
    } else if shorter <= 6 {
        run >= 3 && matched * 2 >= shorter
    } else {
        // A run of eight words is no coincidence, whatever follows it.
        (run >= 4 && matched * 5 >= shorter * 3) || run >= 8
    };
    if !related {
        return Relation::Unrelated;
    }
    // Longer quotations must share most of their content words, not a
    // formula and a topic word (`We're the ones who are offering a plan to
    // save Medicare` / `We're the ones who are not raiding Medicare`).
    if shorter > 6 && run < 8 {
        let (short, side): (&Words, Vec<usize>) = if a.len() <= b.len() {
            (a, pairs.iter().map(|p| p.0).collect())
        } else {
            (b, pairs.iter().map(|p| p.1).collect())
        };
        let content: Vec<usize> = (0..short.len())
            .filter(|&k| !is_function(&short.stems[k]))
            .collect();
        let shared = content.iter().filter(|k| side.contains(k)).count();
        if shared * 2 < content.len() {
            return Relation::Unrelated;
        }
    }
    // A fragment of a few words is the other's words only if all its
    // content words are there: `era of relentless war` is not a piece of
    // `a new era of relentless diplomacy`.
    if shorter <= 6 {
        let (short, side): (&Words, Vec<usize>) = if a.len() <= b.len() {
            (a, pairs.iter().map(|p| p.0).collect())
        } else {
            (b, pairs.iter().map(|p| p.1).collect())
        };
        let missing = (0..short.len()).any(|k| {
            !side.contains(&k)
                && (!is_function(&short.surface[k])
                    || short.surface[k].chars().any(|c| c.is_ascii_digit()))
        });
        if missing {
            return Relation::Unrelated;
        }
    }
    let open_flip = open_predicate(a, b, &pairs);
    let mut flip_left_open = false;
    // Differences strictly inside the aligned stretch.
    let mut a_diff: Vec<Range<usize>> = Vec::new();
    let mut b_diff: Vec<Range<usize>> = Vec::new();
    let mut material = false;
    let mut inner = false;
    let mut variants = 0;
    for w in pairs.windows(2) {
        let ((ai, bi), (aj, bj)) = (w[0], w[1]);
        let a_gap = ai + 1..aj;
        let b_gap = bi + 1..bj;
        if a_gap.is_empty() && b_gap.is_empty() {
            continue;
        }
        let content = |words: &Words, r: &Range<usize>| {
            words.surface[r.clone()]
                .iter()
                .any(|w| !is_function(w) || w.chars().any(|c| c.is_ascii_digit()))
        };
        // An omission marked with an ellipsis on the side that lacks the words.
        let elided = (a_gap.is_empty() && a.ellipses.contains(&(ai + 1)))
            || (b_gap.is_empty() && b.ellipses.contains(&(bi + 1)));
        if elided {
            continue;
        }
        // A few words replaced by others is a rewording when a content
        // word or number changed. Words on one side only are an omission
        // (outlets drop words without marking it) unless they negate or
        // count. A long stretch on either side is a different passage
        // spliced in, not a rewording of this one.
        let long = a_gap.len() > MAX_CHANGE || b_gap.len() > MAX_CHANGE;
        // The same words in another order (`with either` / `either with`).
        let reordered = {
            let mut x: Vec<&String> = a.stems[a_gap.clone()].iter().collect();
            let mut y: Vec<&String> = b.stems[b_gap.clone()].iter().collect();
            x.sort();
            y.sort();
            x == y
        };
        // Words on one side that hold all of the other side's, in the same
        // or another form (`Warren and vast` / `Warren, Sherrod Brown and
        // the vast`; `coming in` / `that will come into Washington in`): an
        // insertion.
        let within = |x: &Words, rx: &Range<usize>, y: &Words, ry: &Range<usize>| {
            x.stems[rx.clone()].iter().all(|w| {
                y.stems[ry.clone()]
                    .iter()
                    .any(|v| v == w || same_stem(w, v))
            })
        };
        let inserted = if within(a, &a_gap, b, &b_gap) {
            Some((b, &b_gap))
        } else if within(b, &b_gap, a, &a_gap) {
            Some((a, &a_gap))
        } else {
            None
        };
        if inserted.is_some() && open_flip.is_some_and(|end| end.saturating_sub(aj) < EDGE) {
            // A negation among the last words of a quotation that stops
            // there, while the other goes on with words of its own: the
            // two predicates differ (`money that shouldn't have been
            // spent` / `money that should have been spent on the
            // schools`), so one is not the other reversed.
            flip_left_open = true;
            continue;
        }
        let changed = if reordered {
            false
        } else if let Some((words, gap)) = inserted {
            negates_or_counts(words, gap)
        } else {
            (content(a, &a_gap) || content(b, &b_gap))
                && !spelling_variant(&a.show(a_gap.clone()), &b.show(b_gap.clone()))
                && !word_by_word_variants(&a.surface[a_gap.clone()], &b.surface[b_gap.clone()])
        };
        if !changed {
            variants += 1;
        } else if !long {
            material = true;
            inner = true;
            // Shown with the shared word on each side, so that a reader
            // sees where the change sits (`will not resign` / `will resign`).
            a_diff.push(ai..aj + 1);
            b_diff.push(bi..bj + 1);
        }
    }
    // Both quotations going on differently from the same point, in the
    // middle of a sentence and without an ellipsis: "… as borrowing costs
    // ease, but affordability remains stretched" / "…, and affordability is
    // no longer the barrier it was".
    let content = |words: &Words, r: Range<usize>| {
        words.surface[r]
            .iter()
            .any(|w| !is_function(w) || w.chars().any(|c| c.is_ascii_digit()))
    };
    let (a_first, b_first) = pairs[0];
    let (a_last, b_last) = pairs[matched - 1];
    // Only whole statements: a short partial quotation is a fragment, cut
    // wherever the writer chose (`era of relentless war` / `a new era of
    // relentless diplomacy` are two fragments of one sentence).
    let whole = shorter >= MIN_DIVERGING;
    // Going on differently means different words next to the shared
    // stretch: when the word next to it on one side is in the other side's
    // part, the alignment slipped (`What the hell` / `… his behavior. What
    // in the hell`).
    let disjoint =
        |x: &Words, nx: usize, rx: Range<usize>, y: &Words, ny: usize, ry: Range<usize>| {
            !y.stems[ry].contains(&x.stems[nx]) && !x.stems[rx].contains(&y.stems[ny])
        };
    // A shared stretch in the middle of both, with other words on both
    // sides of it on both sides, is a phrase two statements share (`he's
    // determined to prevent Iran from getting nuclear weapons and I
    // appreciate that` / `If you're determined to prevent Iran …, it means
    // you'll act`), not one statement reworded.
    let open_end = |w: &Words, last: usize| last + 1 < w.len() && content(w, last + 1..w.len());
    let open_start = |w: &Words, first: usize| first > 0 && content(w, 0..first);
    if whole
        && open_end(a, a_last)
        && open_end(b, b_last)
        && open_start(a, a_first)
        && open_start(b, b_first)
        && !a.sentence_ends.contains(&a_last)
        && !b.sentence_ends.contains(&b_last)
    {
        return Relation::Unrelated;
    }
    if whole
        && a_last + 1 < a.len()
        && b_last + 1 < b.len()
        && !a.sentence_ends.contains(&a_last)
        && !b.sentence_ends.contains(&b_last)
        && !a.ellipses.contains(&(a_last + 1))
        && !b.ellipses.contains(&(b_last + 1))
        && content(a, a_last + 1..a.len())
        && content(b, b_last + 1..b.len())
        && disjoint(
            a,
            a_last + 1,
            a_last + 1..(a_last + 13).min(a.len()),
            b,
            b_last + 1,
            b_last + 1..(b_last + 13).min(b.len()),
        )
    {
        material = true;
        // (A last word or two replaced, each quotation ending there, is a
        // word changed, not a remark going on otherwise: `… his visit.` /
        // `… his message.`)
        inner |= a.len() - a_last <= 3 && b.len() - b_last <= 3;
        a_diff.push(a_last + 1..(a_last + 13).min(a.len()));
        b_diff.push(b_last + 1..(b_last + 13).min(b.len()));
    }
    if whole
        && a_first > 0
        && b_first > 0
        && !a.sentence_ends.contains(&(a_first - 1))
        && !b.sentence_ends.contains(&(b_first - 1))
        && !a.ellipses.contains(&a_first)
        && !b.ellipses.contains(&b_first)
        && content(a, 0..a_first)
        && content(b, 0..b_first)
        && disjoint(
            a,
            a_first - 1,
            a_first.saturating_sub(8)..a_first,
            b,
            b_first - 1,
            b_first.saturating_sub(8)..b_first,
        )
    {
        material = true;
        // (An opening of a few words replaced, each quotation starting
        // there, is words changed too: `We are making steady progress` /
        // `We have made great progress`.)
        inner |= a_first <= 4 && b_first <= 4;
        a_diff.insert(0, a_first.saturating_sub(8)..a_first);
        b_diff.insert(0, b_first.saturating_sub(8)..b_first);
    } else if let Some((ra, rb)) = opening_negation(a, b, a_first, b_first, whole) {
        material = true;
        inner = true;
        a_diff.insert(0, ra);
        b_diff.insert(0, rb);
    }
    if !material {
        return if flip_left_open {
            Relation::Unrelated
        } else {
            Relation::Same
        };
    }
    let show = |words: &Words, ranges: &[Range<usize>]| {
        let shown: Vec<String> = ranges
            .iter()
            .filter(|r| !r.is_empty())
            .map(|r| words.show(r.clone()))
            .collect();
        if shown.is_empty() {
            "(nothing)".to_string()
        } else {
            shown.join(" … ")
        }
    };
    Relation::Reworded {
        a_words: show(a, &a_diff),
        b_words: show(b, &b_diff),
        inner,
        similarity: matched as f64 / shorter as f64,
        variants,
    }
}

/// Matched words after a negation added or dropped within which a
/// quotation's end leaves the negated predicate open.
const EDGE: usize = 4;

/// Where `a`'s aligned words end (as an index into `a`) when one quotation
/// stops with them while the other goes on in the same sentence with
/// words of meaning: what the shorter one's last words negate may be
/// completed otherwise in the longer one.
fn open_predicate(a: &Words, b: &Words, pairs: &[(usize, usize)]) -> Option<usize> {
    let &(a_last, b_last) = pairs.last()?;
    let stops = |w: &Words, last: usize| last + 1 == w.len() || w.sentence_ends.contains(&last);
    let goes_on = |w: &Words, last: usize| {
        let end = w
            .sentence_ends
            .iter()
            .copied()
            .find(|&e| e > last)
            .map_or(w.len(), |e| e + 1);
        !stops(w, last)
            && !w.ellipses.contains(&(last + 1))
            && w.surface[last + 1..end]
                .iter()
                .any(|x| !is_function(x) && x.len() > 2)
    };
    ((stops(a, a_last) && goes_on(b, b_last)) || (stops(b, b_last) && goes_on(a, a_last)))
        .then_some(a_last + 1)
}

/// The share of `a`'s words found, in order, in `b`.
pub fn containment(a: &Words, b: &Words) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    align(&a.stems, &b.stems).len() as f64 / a.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Quotations from a small vocabulary (function words, content words,
    /// a censored word, ellipses), so that random pairs share words.
    fn quotation() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "the", "a", "of", "we", "will", "not", "tax", "cut", "jobs", "plan", "growth",
            "f***ing", "fucking", "...", "42", "million",
        ]);
        prop::collection::vec(word, 0..14).prop_map(|w| w.join(" "))
    }

    #[test]
    fn quick_test_rules_out_pairs_sharing_only_small_words() {
        let table = [
            (
                "We will cut the tax on jobs and growth",
                "The plan is a disaster for the town and the region",
                false,
            ),
            (
                "We will cut the tax on jobs and growth",
                "we will cut the tax on jobs, and growth",
                true,
            ),
            ("not now", "the plan", false),
            ("The f***ing plan is dead", "the fucking plan is dead", true),
        ];
        for (a, b, expected) in table {
            assert_eq!(
                may_relate(&Words::new(a), &Words::new(b)),
                expected,
                "{a:?} / {b:?}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// The quick test never rules out a pair the alignment relates.
        #[test]
        fn quick_test_rules_out_only_unrelated(a in quotation(), b in quotation()) {
            let (x, y) = (Words::new(&a), Words::new(&b));
            if !x.is_empty() && !y.is_empty() && !may_relate(&x, &y) {
                prop_assert_eq!(relate_aligned(&x, &y), Relation::Unrelated);
            }
        }
    }

    fn check(a: &str, b: &str, expected: &str) {
        let got = match relate(&Words::new(a), &Words::new(b)) {
            Relation::Same => "same".to_string(),
            Relation::Unrelated => "unrelated".to_string(),
            Relation::Reworded {
                a_words, b_words, ..
            } => format!("reworded: {a_words} / {b_words}"),
        };
        assert_eq!(got, expected, "{a:?} vs {b:?}");
        // The relation is symmetric in kind.
        let back = relate(&Words::new(b), &Words::new(a));
        assert_eq!(
            std::mem::discriminant(&back),
            std::mem::discriminant(&relate(&Words::new(a), &Words::new(b))),
            "asymmetric for {a:?} / {b:?}"
        );
    }

    #[test]
    fn spoken_forms_variants_and_insertions_are_not_a_rewording() {
        // Spoken forms as heard, spelling variants word by word.
        check(
            "because we're gonna go in there and we're gonna fix the roads for good",
            "because we're going to go in there and we're going to fix the roads for good",
            "same",
        );
        check(
            "and my son says: Momma, look, you won the seat and nobody can take it",
            "and my son says: Mama, look, you won the seat and nobody can take it",
            "same",
        );
        check(
            "I don't think it's anything worse than what the mayor has said about us",
            "I don't think it's any worse than what the mayor has said about us",
            "same",
        );
        // Words added to a list: an insertion, not a change.
        check(
            "I hope the minister joins Ada Vance and the vast majority of members in saying no",
            "I hope the minister joins Ada Vance, Tom Reyes and the vast majority of members in saying no",
            "same",
        );
        // A word of meaning replaced stays a rewording.
        check(
            "We don't like him. We don't want him. We reject his visit to our country.",
            "We don't like him. We don't want him. We reject his message to our country.",
            "reworded: his visit to / his message to",
        );
    }

    #[test]
    fn forms_of_the_same_words_are_not_a_rewording() {
        // A censored word, a number in words, an entity left by a crawler.
        check(
            "I'm not going to pay for that fucking wall, he told the crowd tonight",
            "I'm not going to pay for that f***ing wall, he told the crowd tonight",
            "same",
        );
        check(
            "Twenty families lost their homes in the flood on Tuesday night",
            "20 families lost their homes in the flood on Tuesday night",
            "same",
        );
        check(
            "Fees &amp; charges will not rise this year for any of our members",
            "Fees & charges will not rise this year for any of our members",
            "same",
        );
        // A censored word stands only for a word of its letters and length.
        check(
            "we will not pay for that f***ing wall ever again in our lives",
            "we will not pay for that beautiful wall ever again in our lives",
            "reworded: that f***ing wall / that beautiful wall",
        );
    }

    #[test]
    fn two_statements_sharing_a_formula_or_a_phrase_are_unrelated() {
        // Consecutive sentences of one interview: a shared opening and a
        // topic word, not the same sentence.
        check(
            "We’re the ones who are offering a plan to save Medicare, to protect Medicare, to strengthen Medicare.",
            "We're the ones who are not raiding Medicare to pay for ObamaCare.",
            "unrelated",
        );
        // A phrase in the middle of two different sentences.
        check(
            "The mayor has said that she is determined to keep the night ferry running all winter and I welcome that,",
            "If you are determined to keep the night ferry running all winter, you will have to pay for it.",
            "unrelated",
        );
    }

    #[test]
    fn same_words_in_other_marks_and_punctuation() {
        check(
            "The law is clear. If it's the airline's fault, the airline pays,",
            "The law is clear. If it’s the airline’s fault, the airline pays.",
            "same",
        );
    }

    #[test]
    fn cut_short_partial_and_split_quotes_are_the_same_words() {
        let full = "We got this badly wrong, and I am sorry. Every passenger who is owed compensation will get it.";
        check(full, "got this badly wrong", "same");
        check(
            full,
            "Every passenger who is owed compensation will get it.",
            "same",
        );
        check(full, "We got this badly wrong, and I am sorry,", "same");
    }

    #[test]
    fn ellipsis_and_contractions_are_not_rewordings() {
        check(
            "No NHS worker takes lightly the decision to strike, but the blame must be laid at the door of this government",
            "No NHS worker takes lightly the decision to strike … the blame must be laid at the door of this government",
            "same",
        );
        check(
            "I have never seen anything like it",
            "I've never seen anything like it",
            "same",
        );
        check("We will not give up now", "We won't give up now", "same");
    }

    #[test]
    fn a_short_piece_of_a_cut_quotation_is_no_evidence_of_one_passage() {
        // Only `Human activities` of the cut quotation is in the other.
        check(
            "Such storms will occur more often, due to changes caused by emissions attributable to human activities.",
            "Human activities … are modifying the concentration of gases … that absorb radiant energy.",
            "unrelated",
        );
        // A piece of six words or more is.
        check(
            "The blame must be laid at the door of this government.",
            "We did not choose this … the blame must be laid at the door of this government … and nobody else.",
            "same",
        );
    }

    #[test]
    fn a_changed_opening_is_words_changed_inside_the_statement() {
        for (a, b, inner) in [
            (
                "We are making steady progress, but we know many patients are still waiting far too long.",
                "We have made great progress, but we know many patients are still waiting far too long,",
                true,
            ),
            (
                "Buyers are returning as borrowing costs ease, but affordability remains stretched.",
                "The market has regained its footing and its confidence after a long and difficult winter. Buyers are returning as borrowing costs ease, but affordability remains stretched.",
                false,
            ),
        ] {
            match relate(&Words::new(a), &Words::new(b)) {
                Relation::Reworded { inner: got, .. } => assert_eq!(got, inner, "{a} / {b}"),
                other => assert!(!inner, "{a} / {b}: {other:?}"),
            }
        }
    }

    #[test]
    fn changed_content_words_or_numbers_are_rewordings() {
        check(
            "We got this badly wrong, and I am sorry,",
            "We got a few things wrong, and I am sorry,",
            "reworded: got this badly wrong / got a few things wrong",
        );
        check(
            "These results show a system that is recovering steadily, not one that has been made easier",
            "These results show a system that has fully recovered, not one that has been made easier,",
            "reworded: that is recovering steadily not / that has fully recovered not",
        );
        check(
            "We expect 400 jobs to go this year",
            "We expect 300 jobs to go this year",
            "reworded: expect 400 jobs / expect 300 jobs",
        );
    }

    #[test]
    fn a_short_partial_quote_must_match_whole() {
        // Whether `recovering steadily` was reworded as `has fully recovered`
        // is decided through the full quotation it comes from (see `flags`).
        check(
            "recovering steadily",
            "These results show a system that has fully recovered, not one that has been made easier,",
            "unrelated",
        );
        check(
            "hardly surprising",
            "it is hardly surprising that they have done so",
            "same",
        );
    }

    #[test]
    fn stray_common_words_do_not_make_a_rewording() {
        let full = "No NHS worker takes lightly the decision to strike, but the blame must be laid at the door of this government for the way it has treated doctors and now seeks to smear them in the press,";
        let elided = "No NHS worker takes lightly the decision to strike, but the blame must be laid at the door of this government ... It is time for this government to apologise to junior doctors and negotiate a fair deal,";
        check(full, elided, "same");
        check(
            "This is a wholly unnecessary dispute. We want all NHS patients to have the confidence that they will get the same high-quality care every day of the week,",
            "the same high-quality care every day of the week",
            "same",
        );
    }

    #[test]
    fn going_on_differently_mid_sentence_is_a_rewording() {
        check(
            "The market has regained its footing. Buyers are returning as borrowing costs ease, but affordability remains stretched, particularly for first-time buyers.",
            "The market has regained its footing. Buyers are returning as borrowing costs ease, and affordability is no longer the barrier it was.",
            "reworded: but affordability remains stretched particularly for first-time buyers / and affordability is no longer the barrier it was",
        );
        // Different sentences picked from one statement are not a rewording.
        check(
            "The market has regained its footing. Buyers are returning fast.",
            "The market has regained its footing. Prices will keep rising.",
            "same",
        );
    }

    #[test]
    fn editorial_insertions_spellings_and_silent_omissions_are_not_rewordings() {
        check(
            "I'll be meeting with [Russian] President [Vladimir] Putin in a couple weeks in Geneva",
            "I'll be meeting with President Putin in a couple of weeks in Geneva",
            "same",
        );
        check(
            "Hillary Clinton lied many times to the F.B.I. and nothing happened to her",
            "Hillary Clinton lied many times to the FBI and nothing happened to her",
            "same",
        );
        check(
            "We don't like him. We don't want him. We reject his visit.",
            "We don't want him. We reject his visit.",
            "same",
        );
        check(
            "making it clear that we will not, we will not stand by and let him abuse those rights",
            "making it clear that we will not stand by and let him abuse those rights",
            "same",
        );
        check(
            "the company paid out £3.1m to shareholders",
            "the company paid out £3.1 million to shareholders",
            "same",
        );
        check(
            "the company paid out £3.1m to shareholders",
            "the company paid out £31m to shareholders",
            "reworded: out 3.1m / out 31m",
        );
        check(
            "We will not negotiate with Muammar al-Qaddafi under any circumstances",
            "We will not negotiate with Moammar Gadhafi under any circumstances",
            "same",
        );
        check(
            "No president would be a tougher negotiator with either our partners or Congress",
            "No president would be a tougher negotiator, either with our partners or Congress",
            "same",
        );
        check(
            "Trump says he wants to run the nation like he's run his business",
            "Trump says he wants to run the nation like he's running his business",
            "same",
        );
        check(
            "It shows his world view on every issue we face",
            "It shows his worldview on every issue we face",
            "same",
        );
        check(
            "if you care about democracy and families and the assault on both",
            "if you care about democracy and family and the assault on both",
            "same",
        );
        check(
            "But there's a one-in-three chance we could lose,",
            "But there's a 1 in 3 chance we could lose",
            "same",
        );
    }

    #[test]
    fn a_negation_opening_one_quotation_only_is_a_rewording() {
        check(
            "No decision has been made about the pier. We will consult properly.",
            "A decision has been made about the pier. We will consult properly.",
            "reworded: no decision / a decision",
        );
        check(
            "Not everything on the site worked the way we had planned it",
            "Everything on the site worked the way we had planned it",
            "reworded: not everything / everything",
        );
        check(
            "Never has this club sold its best players in January",
            "Has this club sold its best players in January",
            "reworded: never has / has",
        );
        // Both sides negated, or the same opening: no change.
        check(
            "No decision has been made about the pier. We will consult properly.",
            "No decision has been made about the pier, we will consult properly.",
            "same",
        );
        // A short fragment may leave the negation outside its marks.
        check("not ready to play", "ready to play", "same");
    }

    #[test]
    fn a_dropped_negation_is_a_rewording() {
        check(
            "I will not resign over this matter today",
            "I will resign over this matter today",
            "reworded: will not resign / will resign",
        );
        // A negation among replaced words.
        check(
            "Next year the council is cutting the tax on fuel",
            "Next year the council will not be cutting the tax on fuel",
            "reworded: council is cutting / council will not be cutting",
        );
        check(
            "the council has never closed a library in this town",
            "the council closed a library in this town",
            "reworded: council has never closed / council closed",
        );
        // A negation right after a shared first word: the opening word
        // anchors the two, so the negation is inside.
        check(
            "We do not expect margins to recover before the middle of next year,",
            "We expect margins to recover before the middle of next year,",
            "reworded: we do not expect / we expect",
        );
        check(
            "They never planned to close the station before the end of the decade",
            "They planned to close the station before the end of the decade",
            "reworded: they never planned / they planned",
        );
        // A different first word is no anchor: a lone word far from the
        // shared run stays chance.
        check(
            "Frankly we expect margins to recover before the middle of next year,",
            "We expect margins to recover before the middle of next year,",
            "same",
        );
        // A left-out sentence holds its own negation: an omission.
        check(
            "We can't wait. We won't wait. We start the repairs on Monday.",
            "We won't wait. We start the repairs on Monday.",
            "same",
        );
    }

    #[test]
    fn a_negation_at_the_end_of_an_open_predicate_is_no_reversal() {
        // One quotation stops just after the negated words while the other
        // goes on with words of its own: two predicates, not one reversed.
        for (a, b) in [
            (
                "spent money that shouldn't have been spent,",
                "I spent money that should have been spent on the schools.",
            ),
            (
                "we will not raise taxes",
                "we will raise taxes on the wealthy next year.",
            ),
            (
                "They will never accept it.",
                "They will accept it only if the court rules first.",
            ),
            (
                "I do not know him well",
                "Of course I do know him well from the council days",
            ),
        ] {
            check(a, b, "unrelated");
        }
        // The predicate ends alike on both sides: a reversal.
        check(
            "we will not raise taxes on the wealthy",
            "we will raise taxes on the wealthy",
            "reworded: will not raise / will raise",
        );
        check(
            "I will not sign the order on my desk today.",
            "I will sign the order on my desk today. Then we will see.",
            "reworded: will not sign / will sign",
        );
        // A negation far from the end stays a reversal.
        check(
            "I did not know the man who ran the fund",
            "I did know the man who ran the fund for the union",
            "reworded: did not know / did know",
        );
    }

    #[test]
    fn another_form_of_a_word_with_words_added_is_an_insertion() {
        for (a, b) in [
            (
                "to set us apart from the administration coming in January",
                "to set us apart from the administration that will come into Washington in January",
            ),
            (
                "we have seen prices rising across the whole region this year",
                "we have seen prices that have risen across the whole region this year",
            ),
            (
                "the two paper mills closing this winter employ half the town",
                "the two paper mills that will close down this winter employ half the town",
            ),
        ] {
            check(a, b, "same");
        }
        // Not when a word of one side has no form on the other.
        check(
            "a system that is recovering steadily, not one that has been made easier",
            "a system that has fully recovered, not one that has been made easier",
            "reworded: that is recovering steadily not / that has fully recovered not",
        );
    }

    #[test]
    fn places_that_differ_without_changing_the_meaning_are_counted() {
        let variants = |a: &str, b: &str| match relate(&Words::new(a), &Words::new(b)) {
            Relation::Reworded { variants, .. } => Some(variants),
            _ => None,
        };
        // A word changed, nothing else: a deliberate change.
        assert_eq!(
            variants(
                "We don't like him. We don't want him. We reject his visit.",
                "we don't like him, we don't want him. We reject his message.",
            ),
            Some(0)
        );
        // The same remark written down twice: a small word added here, a
        // word spelled otherwise there, beside the word changed.
        assert_eq!(
            variants(
                "I read the reports that he opposed same-sex marriage and now he is saying that he supports it. If that is the case then you will be able to decide on your own.",
                "I read the reports that he opposed same sex marriage and now he said that he supports it. So if that is the case you will have to decide on your own.",
            ),
            Some(3)
        );
        assert_eq!(
            variants(
                "we need to use whatever compulsory means necessary to get the information he has",
                "we need to use whatever compulsory powers are necessary to get the information that he has",
            ),
            Some(1)
        );
    }

    #[test]
    fn fragments_and_later_starts_do_not_diverge() {
        // Two fragments of one sentence.
        check(
            "era of relentless war",
            "opening a new era of relentless diplomacy",
            "unrelated",
        );
        // One outlet starts the quotation later.
        check(
            "Eric is a good friend and I have tremendous respect for him.",
            "I was stunned when Eric Cantor lost his primary election earlier this week. Eric is a good friend and I have tremendous respect for him.",
            "same",
        );
        check(
            "What the hell, what do you do all the time?",
            "I'm not confident he'll change his behavior. What in the hell, what do you do all the time?",
            "same",
        );
        check(
            "I'm not in the censorship business,",
            "I probably have a generational reaction to it, but in any event I'm not in the censorship business.",
            "same",
        );
    }

    #[test]
    fn different_passages_are_unrelated() {
        check(
            "The market has regained its footing.",
            "We apologise for the disruption this will cause.",
            "unrelated",
        );
        check(
            "a model",
            "People come over the bridge on their way to work.",
            "unrelated",
        );
    }
}
