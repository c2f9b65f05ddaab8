//! What a claim measures, as a short phrase taken from its sentence.
//!
//! Rules a news editor would apply, over tokens and without a parser:
//!
//! 1. A share followed by `of` names its population: `39% of [a possible
//!    26,000] junior doctors scheduled to work on the shift` → `junior
//!    doctors scheduled to work on the shift`.
//! 2. A count names what it counts: `412 flights`, `about 38,000 vehicles a
//!    day`, `a $3.2 million state grant`, `a 76% turnout`.
//! 3. Otherwise the clause before the number says what moved or cost it:
//!    `The national pass rate for the Upper Certificate rose to 84.1%` →
//!    `national pass rate for the Upper Certificate`; `Corvia estimates the
//!    disruption will cost it €21m` → `disruption`.
//! 4. A date is the date of what the clause before it says happened:
//!    `was closed to all motor vehicles on Monday` → `closed to all motor
//!    vehicles`.
//!
//! The phrase stops at punctuation, conjunctions and finite verbs, and is
//! at most ten words.

use super::ClaimKind;
use super::lex::{Piece, PieceKind};
use super::quantities::Found;

const MAX_WORDS: usize = 10;

/// How far back a phrase is looked for: a clause, not a whole run-on text,
/// so that the work per claim is bounded.
const WINDOW: usize = 40;

/// The end of the quantity starting at piece `k`, if one does (`numbers`
/// is sorted by start).
fn number_at(numbers: &[(usize, usize)], k: usize) -> Option<usize> {
    numbers
        .binary_search_by_key(&k, |(s, _)| *s)
        .ok()
        .map(|i| numbers[i].1)
}

/// Determiners and similar words dropped at the start of a phrase.
const LEADING: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "all",
    "this",
    "that",
    "these",
    "those",
    "some",
    "possible",
    "total",
    "of",
    "which",
    "who",
    "whose",
    "while",
    "and",
    "but",
    "also",
    "then",
    "now",
    "so",
    "there",
    "it",
    "they",
    "he",
    "she",
    "we",
    "them",
    "us",
    "with",
    "as",
    "in",
    "for",
    "to",
    "on",
    "at",
    "from",
    "by",
    "after",
    "including",
    "than",
];

/// Words that end a phrase going right.
const STOP_RIGHT: &[&str] = &[
    "and",
    "but",
    "or",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "said",
    "says",
    "say",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "since",
    "until",
    "after",
    "before",
    "because",
    "when",
    "while",
    "as",
    "despite",
    "although",
    "if",
    "than",
    "according",
    "compared",
    "up",
    "down",
    "last",
    "this",
    "next",
    "ago",
    "yesterday",
    "today",
    "tomorrow",
    "which",
    "whose",
    "did",
    "does",
    "do",
    "been",
];

/// Verbs and particles that sit between a subject and its number.
const VERBISH: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "grew",
    "grow",
    "grows",
    "grown",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "cost",
    "costs",
    "costing",
    "put",
    "puts",
    "hit",
    "hits",
    "stood",
    "stands",
    "stand",
    "reach",
    "reached",
    "reaches",
    "total",
    "totals",
    "totalled",
    "totaled",
    "said",
    "says",
    "say",
    "had",
    "has",
    "have",
    "saw",
    "sees",
    "see",
    "show",
    "shows",
    "showed",
    "shown",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "to",
    "at",
    "by",
    "of",
    "from",
    "on",
    "in",
    "about",
    "around",
    "with",
    "than",
    "just",
    "only",
    "now",
    "still",
    "already",
    "up",
    "down",
    "it",
    "them",
    "us",
    "him",
    "her",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "more",
    "less",
    "fewer",
    "least",
    "than",
    "the",
    "a",
    "an",
    "get",
    "gets",
    "got",
    "take",
    "takes",
    "took",
    "taken",
    "make",
    "makes",
    "made",
    "need",
    "needs",
    "needed",
    "faces",
    "face",
    "account",
    "accounts",
    "amount",
    "amounts",
    "estimates",
    "estimate",
    "cut",
    "cuts",
    "lift",
    "lifts",
    "pay",
    "pays",
    "paid",
    "receive",
    "receives",
    "run",
    "runs",
    "ran",
    "keep",
    "kept",
    "do",
    "does",
    "did",
    "there",
    "expected",
    "likely",
    "set",
    "due",
    "around",
    "roughly",
    "for",
];

/// Is piece `k` a finite verb that splits a clause (subject before, object
/// after)? A listed verb, or a word in `-ed` before a determiner or a number
/// (`recorded the strongest growth`, but not `fixed mortgages`).
fn is_verb(pieces: &[Piece], k: usize) -> bool {
    let w = pieces[k].lower.as_ref();
    if VERBISH.contains(&w) {
        return !matches!(
            w,
            "to" | "at"
                | "by"
                | "of"
                | "from"
                | "on"
                | "in"
                | "with"
                | "the"
                | "a"
                | "an"
                | "for"
                | "about"
                | "around"
                | "roughly"
                | "some"
                | "over"
                | "under"
                | "more"
                | "less"
                | "fewer"
                | "least"
                | "than"
                | "just"
                | "only"
                | "now"
                | "still"
                | "already"
                | "up"
                | "down"
                | "nearly"
                | "almost"
                | "it"
                | "them"
                | "us"
                | "him"
                | "her"
                | "there"
                | "total"
                | "account"
                | "amount"
        );
    }
    w.ends_with("ed")
        && w.len() > 4
        && pieces.get(k + 1).is_some_and(|n| {
            n.is_any(&[
                "the", "a", "an", "its", "their", "his", "her", "our", "some", "about", "more",
                "nearly",
            ]) || n.kind == PieceKind::Number
        })
}

fn is_boundary(p: &Piece) -> bool {
    p.kind == PieceKind::Punct && !matches!(p.text, "-" | "'" | "’" | "&" | "/")
}

/// Joins the words of `pieces[a..b]` as written, with single spaces.
fn phrase(pieces: &[Piece], a: usize, b: usize) -> Option<String> {
    let mut a = a;
    let mut b = b;
    while a < b && (pieces[a].is_any(LEADING) || pieces[a].kind == PieceKind::Punct) {
        a += 1;
    }
    while b > a
        && (pieces[b - 1].kind == PieceKind::Punct
            || pieces[b - 1].is_any(VERBISH) && !pieces[b - 1].is_capitalised())
    {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    let mut out = String::new();
    for (k, p) in pieces[a..b].iter().enumerate() {
        if k > 0 {
            if p.hyphen {
                out.push('-'); // `Dublin-based`: the hyphen inside a token
            } else if !p.glued {
                out.push(' ');
            }
        }
        out.push_str(p.text);
    }
    // A phrase without a word (`5.5bn`, `170m`) names nothing measured.
    let has_word = out.split_whitespace().any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.starts_with(|c: char| c.is_ascii_digit())
    });
    has_word.then_some(out)
}

/// The phrase going right from `k`: words until a boundary, at most ten.
fn right_phrase(pieces: &[Piece], k: usize, numbers: &[(usize, usize)]) -> Option<String> {
    let mut a = k;
    // Skip determiners and one number inside the phrase (`of a possible
    // 26,000 junior doctors`), a few words at most.
    let skip_leading = |mut a: usize| {
        let limit = a + 4;
        while a < pieces.len().min(limit) && pieces[a].is_any(LEADING) {
            a += 1;
        }
        a
    };
    a = skip_leading(a);
    if let Some(e) = number_at(numbers, a) {
        a = skip_leading(e);
    }
    let mut b = a;
    let mut words = 0;
    while b < pieces.len() && words < MAX_WORDS {
        let p = &pieces[b];
        if is_boundary(p) || (b > a && p.is_any(STOP_RIGHT)) || number_at(numbers, b).is_some() {
            break;
        }
        // A finite verb after the head noun ends it (`doctors had reported`).
        if b > a + 1 && p.is_any(&["had", "has", "have", "were", "was", "is", "are"]) {
            break;
        }
        if p.kind != PieceKind::Punct {
            words += 1;
        }
        b += 1;
    }
    // Do not end on a preposition or article.
    while b > a
        && pieces[b - 1].is_any(&[
            "of", "to", "in", "on", "at", "for", "with", "by", "the", "a", "an", "from",
        ])
    {
        b -= 1;
    }
    if b == a || pieces[a].kind != PieceKind::Word {
        return None;
    }
    phrase(pieces, a, b)
}

/// The clause before `end`: back to punctuation or a conjunction, then the
/// noun phrase after its last verb.
fn left_phrase(pieces: &[Piece], end: usize) -> Option<String> {
    let mut a = end;
    let floor = end.saturating_sub(WINDOW);
    while a > floor {
        let p = &pieces[a - 1];
        if is_boundary(p)
            || p.is_any(&[
                "and", "but", "while", "which", "who", "whereas", "as", "when",
            ])
        {
            break;
        }
        a -= 1;
    }
    // Drop the verb and particles right before the number.
    let mut b = end;
    while b > a
        && (pieces[b - 1].is_any(VERBISH)
            || (pieces[b - 1].lower.ends_with("ed") || pieces[b - 1].lower.ends_with("ing"))
                && pieces[b - 1].lower.len() > 4)
    {
        b -= 1;
    }
    // After the last verb inside: `Northern Ireland recorded the strongest growth`.
    let mut c = a;
    for k in a..b {
        if k + 1 < b && is_verb(pieces, k) {
            c = k + 1;
        }
    }
    if b - c > MAX_WORDS {
        c = b - MAX_WORDS;
    }
    phrase(pieces, c, b).filter(|s| s.chars().any(char::is_alphabetic))
}

/// Is piece `k` inside one of the quantities (sorted by start)?
fn inside_number(numbers: &[(usize, usize)], k: usize) -> bool {
    let i = numbers.partition_point(|(s, _)| *s <= k);
    i > 0 && numbers[i - 1].1 > k
}

/// Capitalised words that open a sentence or name a time, not a thing a
/// figure can belong to.
const NOT_NAMES: &[&str] = &[
    "most",
    "many",
    "some",
    "all",
    "few",
    "half",
    "both",
    "none",
    "several",
    "each",
    "the",
    "a",
    "an",
    "it",
    "they",
    "we",
    "he",
    "she",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "by",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Rule `bracketed figure after a name`: in a list such as `Walgreens (2.6
/// million), CVS (2.3 million) and Rite Aid (1.1 million)` each figure
/// fills its own brackets and belongs to the name just before them. The
/// name is a run of up to four capitalised words (or an acronym) ending at
/// the bracket; a lower-case word there (`a turnout (28,305)`) is a gloss
/// of the claim before, which `link_parentheticals` handles.
fn bracketed_after_name(pieces: &[Piece], f: &Found, numbers: &[(usize, usize)]) -> Option<String> {
    if f.start < 2
        || pieces[f.start - 1].text != "("
        || pieces.get(f.end).is_none_or(|p| p.text != ")")
    {
        return None;
    }
    let end = f.start - 1;
    let mut a = end;
    while a > 0
        && end - a < 4
        && pieces[a - 1].kind == PieceKind::Word
        && pieces[a - 1].is_capitalised()
        && !pieces[a - 1].is_any(NOT_NAMES)
        // `5.45m Euros (£3.77m)`: a word of the figure before is no name.
        && !inside_number(numbers, a - 1)
    {
        a -= 1;
    }
    if a == end {
        return None;
    }
    phrase(pieces, a, end)
}

/// Personal pronouns that stand for a noun said before (`one in five of them`).
const PRONOUNS: &[&str] = &["them", "it", "those", "these", "us", "which", "whom"];

/// The subject of a quantity. `previous` is the subject of the claim before
/// it in the same sentence (`up 3.2% on a year earlier` shares it).
/// `numbers` are the pieces of every quantity in the sentence, which a
/// phrase skips or stops at.
pub(crate) fn of_quantity(
    pieces: &[Piece],
    f: &Found,
    numbers: &[(usize, usize)],
    previous: Option<&str>,
) -> Option<String> {
    let mut after = f.end;
    // Step over a bracketed aside: `nearly three quarters (71%) of the workforce`.
    if pieces.get(after).is_some_and(|p| p.text == "(")
        && let Some(close) =
            (after + 1..(after + 10).min(pieces.len())).find(|&k| pieces[k].text == ")")
    {
        after = close + 1;
    }
    let shares = matches!(
        f.kind,
        ClaimKind::Percentage | ClaimKind::Ratio | ClaimKind::PercentagePoints
    );
    // Ages: `Gary Whitlock, aged 54`, `Aisha Karim, 18,`, `a 71-year-old patient`.
    if f.age
        && let Some(name) = age_of(pieces, f)
    {
        return Some(format!("age of {name}"));
    }
    // 1. `39% of junior doctors …`, `two of its steel bearings`
    if pieces.get(after).is_some_and(|p| p.is("of")) {
        if let Some(s) = right_phrase(pieces, after + 1, numbers) {
            return Some(s);
        }
        // `one in five of them is a lorry`: what the pronoun is said to be.
        if pieces.get(after + 1).is_some_and(|p| p.is_any(PRONOUNS)) {
            let mut k = after + 2;
            if pieces
                .get(k)
                .is_some_and(|p| p.is_any(&["is", "are", "was", "were", "had", "have", "has"]))
            {
                k += 1;
            }
            if let Some(s) = right_phrase(pieces, k, numbers) {
                return Some(s);
            }
        }
    }
    // 2. What the number counts: `412 flights`, `a 76% turnout`, `a $3.2 million state grant`.
    let counted = f.noun.is_some_and(|k| {
        pieces.get(k).is_some_and(|p| {
            p.kind == PieceKind::Word
                && !p.is_any(STOP_RIGHT)
                && !p.is_any(&[
                    "of", "to", "in", "on", "at", "for", "by", "from", "with", "a", "an", "the",
                ])
        })
    });
    if counted
        && (!shares || adjectival(pieces, f))
        && let Some(s) = right_phrase(pieces, f.noun.unwrap_or(after), numbers)
    {
        return Some(s);
    }
    // 3. A figure alone in brackets after a name: `Walgreens (2.6 million),
    // CVS (2.3 million)`.
    if let Some(name) = bracketed_after_name(pieces, f, numbers) {
        return Some(name);
    }
    // 4. The clause before the number, or the subject of the claim before it.
    left_phrase(pieces, f.start)
        .or_else(|| previous.map(str::to_string))
        .or_else(|| {
            // A number that opens its clause: what follows it.
            let k = f.noun.unwrap_or(after);
            right_phrase(pieces, k, numbers)
        })
}

/// The person or thing an age belongs to: the name before `, 54,` or
/// `, aged 54`, or the noun after `18-year-old`.
fn age_of(pieces: &[Piece], f: &Found) -> Option<String> {
    let mut k = f.start;
    if k > 0 && matches!(pieces[k - 1].text, "," | "(") {
        // Capitalised words before the comma.
        let end = k - 1;
        let mut a = end;
        while a > end.saturating_sub(6)
            && pieces[a - 1].kind == PieceKind::Word
            && (pieces[a - 1].is_capitalised() || pieces[a - 1].text.ends_with('.'))
        {
            a -= 1;
        }
        while a < end && pieces[a].is_any(&["Dr", "Mr", "Mrs", "Ms", "Dr.", "Mr.", "Mrs.", "Ms."]) {
            a += 1;
        }
        if a < end {
            return phrase(pieces, a, end);
        }
        return None;
    }
    // `18-year-old Aisha Karim`, `a 71-year-old patient`
    k = f.end;
    let mut b = k;
    while b < pieces.len()
        && b < k + 3
        && pieces[b].kind == PieceKind::Word
        && !pieces[b].is_any(STOP_RIGHT)
        && !pieces[b].is_any(&["who", "whose", "from", "of", "in", "at"])
    {
        b += 1;
    }
    if b > k {
        return phrase(pieces, k, b);
    }
    None
}

/// `a 76% turnout`, `the 95% threshold`, `95% coverage`: a share used as
/// an adjective before a noun.
fn adjectival(pieces: &[Piece], f: &Found) -> bool {
    f.start > 0 && pieces[f.start - 1].is_any(&["a", "an", "the", "its", "their"])
        || f.noun
            .is_some_and(|k| super::quantities::counted_noun(pieces, k).is_some())
}

/// Auxiliaries dropped before the event a date belongs to.
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "been", "be", "will", "would", "could",
    "should", "did", "does", "do", "can", "may", "might", "must", "also", "then", "first",
];

/// The subject of a date: what happened on it, from the clause before the
/// date (`was closed to all motor vehicles on Monday`).
pub(crate) fn of_date(pieces: &[Piece], start: usize, end: usize) -> Option<String> {
    let mut k = start;
    while k > 0
        && pieces[k - 1].is_any(&[
            "on", "from", "until", "till", "by", "since", "of", "the", "night", "before", "after",
            "between", "and", "to", "in", "during", "at", "for", "as", "early", "late", "mid",
            "this", "last", "next",
        ])
    {
        k -= 1;
    }
    // Back to the auxiliary of the clause (`was closed to cars, buses and
    // lorries on Sunday`), across list commas, or to the clause boundary.
    let from = k.saturating_sub(14);
    let aux = (from..k)
        .rev()
        .take_while(|&x| !matches!(pieces[x].text, ";" | ":" | "\"" | "“" | "”" | "(" | ")"))
        .find(|&x| pieces[x].is_any(AUXILIARIES));
    let mut a = k;
    let floor = k.saturating_sub(WINDOW);
    while a > floor {
        let p = &pieces[a - 1];
        if is_boundary(p)
            || p.is_any(&[
                "and", "but", "while", "which", "who", "whereas", "when", "after", "before",
                "since", "that",
            ])
        {
            break;
        }
        a -= 1;
    }
    if let Some(x) = aux
        && x < a
    {
        a = x;
    }
    // The predicate: after the first auxiliary (`Wendmouth Bridge was closed …`).
    if let Some(x) = (a..k).find(|&x| pieces[x].is_any(AUXILIARIES)) {
        a = x;
    }
    while a < k && (pieces[a].is_any(AUXILIARIES) || pieces[a].is_any(LEADING)) {
        a += 1;
    }
    if k - a > MAX_WORDS {
        a = k - MAX_WORDS;
    }
    phrase(pieces, a, k)
        .filter(|s| s.chars().any(char::is_alphabetic))
        .or_else(|| right_phrase(pieces, end, &[]))
}

#[cfg(test)]
mod tests {
    use crate::analysis::Document;
    use crate::extract::claims::extract_claims;
    use chrono::NaiveDate;

    /// The subject of the claim with `surface` in `text`.
    fn check(cases: &[(&str, &str, Option<&str>)]) {
        for (text, surface, expected) in cases {
            let doc = Document::from_raw(text);
            let claims = extract_claims(&doc, NaiveDate::from_ymd_opt(2024, 3, 5));
            let c = claims
                .iter()
                .find(|c| c.surface == *surface)
                .unwrap_or_else(|| panic!("{surface:?} not found in {text:?}: {claims:?}"));
            assert_eq!(c.subject.as_deref(), *expected, "{text:?}");
        }
    }

    #[test]
    fn subjects_of_shares_counts_and_amounts() {
        check(&[
            (
                "NHS England said 39% of a possible 26,000 junior doctors scheduled to work on the shift had reported for duty.",
                "39%",
                Some("junior doctors scheduled to work on the shift"),
            ),
            (
                "Corvia Airlines has cancelled 412 flights since Friday.",
                "412",
                Some("flights"),
            ),
            (
                "The national pass rate for the Upper Certificate rose to 84.1% this year.",
                "84.1%",
                Some("national pass rate for the Upper Certificate"),
            ),
            (
                "98% of the BMA medics, out of a 76% turnout (28,305), backed a strike.",
                "76%",
                Some("turnout"),
            ),
            (
                "The campaign is funded by a $3.2 million state grant.",
                "$3.2 million",
                Some("state grant"),
            ),
            (
                "Corvia estimates the disruption will cost it €21m, including refunds.",
                "€21m",
                Some("disruption"),
            ),
            // Rule `bracketed figure after a name`.
            (
                "Sales rose at Harlow Foods (4.2 million), Brackley (3.9 million) and Mott & Sons (1.5 million).",
                "3.9 million",
                Some("Brackley"),
            ),
            (
                "Sales rose at Harlow Foods (4.2 million), Brackley (3.9 million) and Mott & Sons (1.5 million).",
                "4.2 million",
                Some("Harlow Foods"),
            ),
            (
                "The Greens (12%) and the Liberals (9%) gained.",
                "9%",
                Some("Liberals"),
            ),
            // Not a word of the figure before, nor a quantifier.
            (
                "Jugnot earned 4.1m Euros (£2.8m) last year.",
                "£2.8m",
                Some("Jugnot"),
            ),
            ("Most (64%) said they would vote.", "64%", None),
            // Not a month (no subject is found there).
            (
                "Passenger numbers fell in March (2.1 million).",
                "2.1 million",
                None,
            ),
        ]);
    }

    #[test]
    fn subjects_of_dates() {
        check(&[(
            "Wendmouth Bridge was closed to all motor vehicles on Monday after engineers found corrosion.",
            "Monday",
            Some("closed to all motor vehicles"),
        )]);
    }
}
