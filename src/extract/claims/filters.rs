//! Numbers that are not claims: identifiers (`Route 66`, `Article 50`,
//! `flight CV 1182`, `bus routes 7 and 7A`, `Covid-19`, `Regulation
//! 261/2004`), times of day (`4am`, `10:30`), phone numbers, decades
//! (`the 1960s`), scores (`a 3-1 win`), product names (`a two-year fixed`
//! mortgage), and `one` in idioms (`one of the first`, `at least one
//! subject`) or capitalised inside a name (`World at One`).
//!
//! Each rule looks only at the few pieces around the number, so the whole
//! pass stays linear in the text.

use super::ClaimKind;
use super::dates;
use super::lex::{Piece, PieceKind};
use super::numbers::{Form, Num};
use super::quantities::Found;
use super::units;

/// Nouns that name things by number: `route 66`, `article 50`, `No. 10`.
const IDENTIFIER_NOUNS: &[&str] = &[
    "route",
    "routes",
    "article",
    "articles",
    "regulation",
    "regulations",
    "section",
    "sections",
    "clause",
    "clauses",
    "chapter",
    "chapters",
    "paragraph",
    "paragraphs",
    "rule",
    "rules",
    "number",
    "numbers",
    "no",
    "no.",
    "nos",
    "nos.",
    "nr",
    "nr.",
    "nrs",
    "nrs.",
    "flight",
    "flights",
    "platform",
    "platforms",
    "gate",
    "gates",
    "terminal",
    "terminals",
    "room",
    "rooms",
    "tier",
    "tiers",
    "stage",
    "phase",
    "grade",
    "grades",
    "model",
    "models",
    "version",
    "versions",
    "line",
    "lines",
    "bus",
    "buses",
    "junction",
    "junctions",
    "exit",
    "page",
    "pages",
    "verse",
    "item",
    "items",
    "question",
    "questions",
    "category",
    "ward",
    "wards",
    "channel",
    "radio",
    "highway",
    "interstate",
    "motorway",
    "pier",
    "berth",
    "zone",
    "zones",
    "district",
    "precinct",
    "sector",
    "top",
    "formula",
    "windows",
    "iphone",
    "series",
    "season",
    "episode",
    "episodes",
    "level",
    "vol",
    "vol.",
    "fig",
    "fig.",
    "figure",
    "table",
    "appendix",
    "annex",
    "schedule",
    "form",
    "pillar",
    "amendment",
    "act",
    "bill",
    "law",
    "resolution",
    "apollo",
    "boeing",
    "airbus",
    "euro",
    "cop",
    "g",
    "world",
    "cup",
    "block",
    "unit",
    "lot",
    "plot",
    "shirt",
    "squad",
    "locker",
    "seat",
    "bed",
    "bay",
    "track",
    "lane",
    "sr",
    "state",
    "court",
    "code",
    "codes",
    "zip",
    "zipcode",
    "postcode",
    "postcodes",
];

/// Capitalised words that may stand straight before a number without
/// making it a name (`About 10,000`, `Some 212,000`, `In 2019`).
const CAPITAL_OK: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "since",
    "until",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "under",
    "more",
    "fewer",
    "less",
    "just",
    "only",
    "another",
    "all",
    "every",
    "each",
    "those",
    "these",
    "exactly",
    "roughly",
    "approximately",
    "up",
    "down",
    "between",
    "after",
    "before",
    "during",
    "than",
    "as",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "this",
    "that",
    "last",
    "next",
    "first",
    "when",
    "while",
    "if",
    "so",
    "then",
    "now",
    "still",
    "also",
    "even",
    "maybe",
    "perhaps",
    "estimated",
    "total",
    "including",
    "plus",
    "minus",
    "aged",
    "age",
    "another",
    "nearly",
    "almost",
    "precisely",
    "around",
    "within",
    "across",
    "among",
    "per",
    "barely",
    "fully",
    "well",
    "some",
    "another",
    "both",
    "all",
    "another",
    "according",
    "of",
    "out",
    "were",
    "was",
    "are",
    "is",
    "had",
    "have",
    "has",
    "said",
    "says",
    "says",
    "there",
    "here",
    "overall",
    "altogether",
    "together",
    "again",
    "today",
    "yesterday",
    "meanwhile",
    "however",
];

/// Words after `N-year` that make a product name: `two-year fixed`, `10-year gilts`.
const PRODUCT_WORDS: &[&str] = &[
    "fixed",
    "fix",
    "fixes",
    "tracker",
    "trackers",
    "variable",
    "bond",
    "bonds",
    "gilt",
    "gilts",
    "yield",
    "yields",
    "treasury",
    "treasuries",
    "note",
    "notes",
    "swap",
    "swaps",
    "mortgage",
    "mortgages",
    "deal",
    "deals",
    "rate",
    "rates",
    "term",
];

/// Words after a number that make it a time of day.
const TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "utc", "cet", "cest", "est", "edt",
    "pst", "pdt", "cst", "cdt", "o'clock", "hrs", "h",
];

/// Byte spans of web addresses in `text` (`https://…`, `www.…`) up to the
/// next space: their digits (`%20`, `?q=30`) are not claims.
pub(crate) fn url_spans(text: &str) -> Vec<crate::analysis::Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..]
        .find("://")
        .or_else(|| text[from..].find("www."))
    {
        let at = from + rel;
        // Back to the start of the scheme (`https`), forward to a space.
        let start = text[..at]
            .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
            .map_or(0, |i| i + 1);
        let end = text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| at + i);
        out.push(crate::analysis::Span::new(start, end));
        from = end.max(at + 1);
        if from >= text.len() {
            break;
        }
    }
    out
}

/// Marks the pieces inside web addresses as taken.
pub(crate) fn take_urls(text: &str, pieces: &[Piece], taken: &mut [bool]) {
    if !(text.contains("://") || text.contains("www.")) {
        return;
    }
    for u in url_spans(text) {
        for (k, p) in pieces.iter().enumerate() {
            if u.contains(p.span) {
                taken[k] = true;
            }
        }
    }
}

/// Rule `character reference`: an HTML character reference left in plain
/// text (`S&#227;o Paulo`, `caf&#233;`) is a letter, so its digits are no
/// number: marks them taken.
pub(crate) fn take_character_references(text: &str, pieces: &[Piece], taken: &mut [bool]) {
    for (k, p) in pieces.iter().enumerate() {
        if p.kind == PieceKind::Number
            && text[..p.span.start].ends_with("&#")
            && text[p.span.end..].starts_with(';')
        {
            taken[k] = true;
        }
    }
}

/// Is the hyphenated `N-year` at piece `k` (the time word) a product name?
pub(crate) fn product_descriptor(pieces: &[Piece], k: usize) -> bool {
    let Some(p) = pieces.get(k + 1) else {
        return false;
    };
    let product = !p.hyphen
        && p.is_any(PRODUCT_WORDS)
        && (!p.is_any(LOOSE_PRODUCT_WORDS) || finance_near(pieces, k));
    product && pieces[k].is_any(&["year", "years", "month", "week"])
}

/// Product words that also name a contract or a spell of office (`a
/// three-year deal with the club`, `a five-year term`): a product only
/// with a word of lending or saving near.
const LOOSE_PRODUCT_WORDS: &[&str] = &["deal", "deals", "term"];

/// Words of lending and saving that make `N-year deal` a product.
const FINANCE_CUES: &[&str] = &[
    "mortgage",
    "mortgages",
    "remortgage",
    "lender",
    "lenders",
    "borrower",
    "borrowers",
    "loan",
    "loans",
    "fixed",
    "tracker",
    "variable",
    "interest",
    "savings",
    "saver",
    "savers",
    "deposit",
    "apr",
    "bond",
    "bonds",
    "gilt",
    "gilts",
];

/// How many pieces either side [`finance_near`] looks (a fixed window keeps
/// the pass linear).
const FINANCE_WINDOW: usize = 10;

/// Rule `loose product word`: is a word of lending or saving near the time
/// word at `k`?
fn finance_near(pieces: &[Piece], k: usize) -> bool {
    pieces[k.saturating_sub(FINANCE_WINDOW)..(k + FINANCE_WINDOW).min(pieces.len())]
        .iter()
        .any(|p| p.is_any(FINANCE_CUES))
}

fn is_code_piece(p: &Piece) -> bool {
    // `7A`, `4B`: digits then a letter or two, not a unit of two letters
    // (`3in`, `5kg`).
    let letters = p.text.chars().filter(|c| c.is_alphabetic()).count();
    let unit = letters == 2
        && super::numbers::split_mixed(p.text)
            .is_some_and(|(_, sfx)| units::measure_unit(&sfx.to_lowercase()).is_some());
    p.kind == PieceKind::Mixed
        && p.text.starts_with(|c: char| c.is_ascii_digit())
        && p.text.ends_with(|c: char| c.is_ascii_alphabetic())
        && letters <= 2
        && !unit
}

/// Rule `model code`: letters and digits in one word (`i7`, `A320`,
/// `S23`, `M25`) name a product, a road or a model, and a number written
/// after it belongs to the name: `Core i7 860`, `the A320 200`.
fn model_code(p: &Piece) -> bool {
    p.kind == PieceKind::Mixed
        && p.text.starts_with(|c: char| c.is_alphabetic())
        && p.text.ends_with(|c: char| c.is_ascii_digit())
}

/// Capitalised words that follow a model's number in its name (`the 737
/// Max`, `the 787 Dreamliner`, `the 3 Series`, `an 11 Pro`).
const MODEL_WORDS: &[&str] = &[
    "max",
    "pro",
    "plus",
    "ultra",
    "lite",
    "neo",
    "dreamliner",
    "series",
    "xl",
    "mini",
];

/// Rule `model word after`: a plain whole number followed by a
/// capitalised model word (see `MODEL_WORDS`) names a model: `the 737
/// Max 8`, `its 787 Dreamliner fleet`, `a BMW 3 Series`. Not when another
/// capitalised word follows, making a person's name (`10 Max Verstappen
/// fans`), nor in lower case (`15 max`: at most fifteen).
fn model_word_after(pieces: &[Piece], n: &Num) -> bool {
    let plain = n.form == Form::Digits
        && n.suffix.is_none()
        && !n.scaled
        && n.digits.is_some_and(|d| !d.grouped && d.decimals == 0);
    let Some(w) = pieces.get(n.end) else {
        return false;
    };
    let model = w.kind == PieceKind::Word
        && !w.glued
        && (w.is_capitalised() || w.is_acronym())
        && w.is_any(MODEL_WORDS);
    let named_on = pieces
        .get(n.end + 1)
        .is_some_and(|q| q.kind == PieceKind::Word && q.is_capitalised());
    plain && model && !named_on
}

/// Words that end a street's name.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "drive",
    "way",
    "boulevard",
    "place",
    "square",
    "terrace",
    "crescent",
    "close",
    "court",
    "row",
    "gardens",
    "parade",
    "hill",
];

/// Rule `street number`: `10 Downing Street`, `221B Baker St`, `1600
/// Pennsylvania Avenue`: a number before a capitalised street name is an
/// address.
fn street_number(pieces: &[Piece], k: usize) -> bool {
    let mut j = k;
    while j < k + 3
        && pieces
            .get(j)
            .is_some_and(|p| p.kind == PieceKind::Word && p.is_capitalised())
    {
        if j > k && pieces[j].is_any(STREET_WORDS) {
            return true;
        }
        j += 1;
    }
    false
}

/// A number with a unit or scale glued on: `35C`, `6kg`, `3m`, `10bn`,
/// `20p`; not a model code (`200LR`, `S23`).
fn unit_suffixed(p: &Piece) -> bool {
    let Some((_, sfx)) = super::numbers::split_mixed(p.text) else {
        return false;
    };
    let lower = sfx.to_lowercase();
    // (`m` is millions or metres.)
    lower == "m"
        || units::measure_unit(&lower).is_some()
        || units::time_unit(&lower).is_some()
        || super::numbers::scale_suffix(sfx).is_some()
        || super::money::glued_suffix(&lower).is_some()
}

/// Is the number at `n` a name or an identifier rather than a quantity?
fn identifier(pieces: &[Piece], n: &Num) -> bool {
    // `Covid-19`, `SCP-173`, `F-35`: a number hyphenated onto a word.
    pieces[n.start].hyphen
        || named_before(pieces, n)
        || sentence_start_name(pieces, n) && !measured(pieces, n)
        || n.start
            .checked_sub(1)
            .is_some_and(|k| model_code(&pieces[k]))
            && !pieces[n.start].glued
            && !measured(pieces, n)
        || street_number(pieces, n.end)
        || day_after_weekday(pieces, n)
        || model_word_after(pieces, n)
        || glued_code(pieces, n)
        || code_in_list(pieces, n)
        || slash_joined(pieces, n)
}

/// Rule `day after a weekday`: `on Thursday 9, she will`: a plain number
/// from 1 to 31 right after a weekday and before a pause is the day of the
/// month, not a count (`on Thursday 9 people died` stays a count).
fn day_after_weekday(pieces: &[Piece], n: &Num) -> bool {
    let weekday = n
        .start
        .checked_sub(1)
        .is_some_and(|k| dates::weekday_word(&pieces[k].lower).is_some());
    let pause = pieces
        .get(n.end)
        .is_none_or(|p| matches!(p.text, "," | "." | ";" | ":" | ")") || p.is_any(&["and", "or"]));
    weekday
        && pause
        && n.form == Form::Digits
        && n.suffix.is_none()
        && n.is_integer()
        && (1.0..=31.0).contains(&n.value)
}

/// A number with a unit of measure is a measure even after a name (`2.80
/// GHz 8 MB`, `the Galaxy S23 128 GB`).
fn measured(pieces: &[Piece], n: &Num) -> bool {
    n.suffix
        .as_deref()
        .is_some_and(|s| units::measure_unit(s).is_some())
        || pieces
            .get(n.end)
            .is_some_and(|p| units::measure_unit(&p.lower).is_some())
}

/// Rule `named before`: a word naming an identifier (`number`, `flight`,
/// see `IDENTIFIER_NOUNS`), a service after a mode of transport (`bus
/// services 7 and 7A`), or a name or code right before (`Route 66`,
/// `Radio 4`, `CV 1182`; not a month or weekday, nor before a measure).
fn named_before(pieces: &[Piece], n: &Num) -> bool {
    let Some(p) = n.start.checked_sub(1).map(|k| &pieces[k]) else {
        return false;
    };
    if p.kind != PieceKind::Word || p.is_any(CAPITAL_OK) {
        return false;
    }
    if p.is_any(IDENTIFIER_NOUNS) {
        return true;
    }
    let prev2 = n.start.checked_sub(2).map(|k| &pieces[k]);
    if p.is_any(&["service", "services", "number"])
        && prev2.is_some_and(|q| q.is_any(&["bus", "train", "tram", "rail", "route"]))
    {
        return true;
    }
    let capital = p.is_capitalised() || p.is_acronym();
    capital && !dates::is_month_or_weekday(&p.lower) && n.start > 1 && !measured(pieces, n)
}

/// Rule `glued code`: `777-200LR` (a number hyphenated to a model code;
/// not the high end of a range with its unit or scale, `30-35C`, `5-6kg`,
/// `£2-3m`), and numbers glued by dots or colons (`3.817.69`, `10:30`:
/// versions, lists or clock times).
fn glued_code(pieces: &[Piece], n: &Num) -> bool {
    let prev = n.start.checked_sub(1).map(|k| &pieces[k]);
    let prev2 = n.start.checked_sub(2).map(|k| &pieces[k]);
    let first = &pieces[n.start];
    let next = pieces.get(n.end);
    if next.is_some_and(|p| p.hyphen && p.kind == PieceKind::Mixed && !unit_suffixed(p)) {
        return true;
    }
    let joined = |p: Option<&Piece>, q: Option<&Piece>| {
        p.is_some_and(|p| matches!(p.text, "." | ":") && p.glued)
            && q.is_some_and(|q| q.kind == PieceKind::Number && q.glued)
    };
    joined(next, pieces.get(n.end + 1))
        || prev.is_some_and(|p| matches!(p.text, "." | ":"))
            && first.glued
            && prev2.is_some_and(|q| q.kind == PieceKind::Number)
}

/// Rule `code in a list`: `7 and 7A`, `7A and 7`, `7, 7A`; not measures
/// (`80mph and 3in of rain`).
fn code_in_list(pieces: &[Piece], n: &Num) -> bool {
    let prev = n.start.checked_sub(1).map(|k| &pieces[k]);
    let prev2 = n.start.checked_sub(2).map(|k| &pieces[k]);
    let next = pieces.get(n.end);
    let before_code = next
        .is_some_and(|p| p.is_any(&["and", "or", "&"]) || p.text == "," || p.text == "/")
        && pieces.get(n.end + 1).is_some_and(is_code_piece)
        && !measured(pieces, n);
    before_code
        || prev.is_some_and(|p| p.is_any(&["and", "or", "&"]) || p.text == ",")
            && prev2.is_some_and(is_code_piece)
}

/// Rule `slash joined`: `261/2004`, `24/7`: numbers joined by a slash
/// (dates and fractions are taken before this point).
fn slash_joined(pieces: &[Piece], n: &Num) -> bool {
    let prev = n.start.checked_sub(1).map(|k| &pieces[k]);
    let prev2 = n.start.checked_sub(2).map(|k| &pieces[k]);
    let next = pieces.get(n.end);
    let slash_before = prev.is_some_and(|p| p.text == "/" && pieces[n.start].glued)
        && prev2.is_some_and(|p| p.kind == PieceKind::Number);
    let slash_after = next.is_some_and(|p| p.text == "/" && p.glued)
        && pieces
            .get(n.end + 1)
            .is_some_and(|p| p.kind == PieceKind::Number && p.glued);
    slash_before || slash_after
}

/// Rule `name at the start`: a sentence that opens with a capitalised
/// word and a plain whole number names a title, a product or a scorer
/// (`Halo 2 has broken records`, `Doom 3 was developed`, `Commodore 64
/// enthusiasts`, `Ronaldo 9, Rooney 87`), as a name and number do inside a
/// sentence. A word that often opens a sentence before a count (`Nearly
/// 40`, `Some 200`, `Only 12`, `Roughly 300`) is no name; nor is a month or
/// weekday (`March 15`), a number word (`Ten 10`), a possessive
/// (`Oracle's 18 stores`, `She's 17`), a grouped figure (`Police 1,200`
/// reads as a count) or a compound (`Sudanese 18-year-old`).
fn sentence_start_name(pieces: &[Piece], n: &Num) -> bool {
    let Some(k) = n.start.checked_sub(1) else {
        return false;
    };
    let p = &pieces[k];
    let opens = pieces[..k].iter().all(|q| q.kind == PieceKind::Punct);
    let plain = n.form == Form::Digits
        && n.suffix.is_none()
        && !n.scaled
        && n.digits.is_some_and(|d| !d.grouped && d.decimals == 0);
    opens
        && plain
        && !n.hyphen_next
        && !pieces[n.start].glued
        && !p.lower.ends_with("'s")
        // (A capitalised word after the number may start the next name
        // in a list or a score line; left as it is read.)
        && !pieces
            .get(n.end)
            .is_some_and(|q| q.kind == PieceKind::Word && q.is_capitalised())
        && p.kind == PieceKind::Word
        && p.is_capitalised()
        && !p.number_word
        && !p.is_any(CAPITAL_OK)
        && !crate::extract::lexicon::is_function_word(&p.lower)
        && !p.lower.ends_with("ly")
        && !dates::is_month_or_weekday(&p.lower)
}

/// Rule `unit exponent`: `J/m^2`, `fb−1`, `cm−3`: digits glued after a caret,
/// or after a minus sign glued to a unit's few letters, are the unit's
/// power, not a quantity of their own.
fn unit_exponent(pieces: &[Piece], n: &Num) -> bool {
    let Some(prev) = n.start.checked_sub(1).map(|k| &pieces[k]) else {
        return false;
    };
    if !pieces[n.start].glued {
        return false;
    }
    if prev.text == "^" {
        return true;
    }
    // The typographic minus (not a hyphen: `F-35`, `Covid-19` are names,
    // kept apart by the identifier rules).
    prev.text == "−"
        && prev.glued
        && n.start >= 2
        && pieces[n.start - 2].kind == PieceKind::Word
        && pieces[n.start - 2].text.chars().count() <= 3
}

/// `4am`, `10:30`, `9 p.m.`, `at 10.30`.
fn time_of_day(pieces: &[Piece], n: &Num) -> bool {
    // `1400 hrs`, `0900h` are clock times; `3 hrs`, `48h` are durations.
    let clock = n
        .digits
        .is_some_and(|d| d.int_digits == 4 && d.decimals == 0);
    let time_word = |s: &str| TIME_WORDS.contains(&s) && (clock || !matches!(s, "hrs" | "h"));
    if n.suffix.as_deref().is_some_and(time_word) {
        return true;
    }
    let next = pieces.get(n.end);
    if next.is_some_and(|p| time_word(&p.lower)) {
        return true;
    }
    // `10:30`, `3:1`: numbers joined by a colon.
    let colon_after = next.is_some_and(|p| p.text == ":" && p.glued)
        && pieces
            .get(n.end + 1)
            .is_some_and(|p| p.kind == PieceKind::Number && p.glued);
    let colon_before = n.start >= 2
        && pieces[n.start - 1].text == ":"
        && pieces[n.start].glued
        && pieces[n.start - 2].kind == PieceKind::Number;
    if colon_after || colon_before {
        return true;
    }
    // `at 10.30`: a clock time written with a dot.
    if let Some(d) = n.digits
        && d.decimals == 2
        && n.start > 0
        && pieces[n.start - 1].is("at")
        && n.value < 24.0
        && (n.value.fract() * 100.0).round() < 60.0
        && next.is_none_or(|p| {
            p.kind == PieceKind::Punct
                || p.is_any(&["on", "in", "and", "when", "after", "before", "that"])
        })
    {
        return true;
    }
    false
}

/// `020 7946 0958`, `+44 …`, `555-1234`, `1-222-2222`.
fn phone_like(pieces: &[Piece], n: &Num) -> bool {
    if n.digits.is_some_and(|d| d.leading_zero) {
        return true;
    }
    let prev = n.start.checked_sub(1).map(|k| &pieces[k]);
    if prev.is_some_and(|p| p.text == "+" && pieces[n.start].glued) {
        return true;
    }
    // A run of three or more numbers separated by spaces or hyphens.
    let number = |k: usize| pieces.get(k).is_some_and(|p| p.kind == PieceKind::Number);
    // `a 2-1 decision`, `3-3`: a score or a vote (a range was read before).
    if pieces
        .get(n.end)
        .is_some_and(|p| p.hyphen && p.kind == PieceKind::Number)
        || pieces[n.start].hyphen && n.start > 0 && pieces[n.start - 1].kind == PieceKind::Number
    {
        return true;
    }
    let run_before = n.start >= 2 && number(n.start - 1) && number(n.start - 2);
    let run_after = number(n.end) && number(n.end + 1);
    let run_around = n.start >= 1 && number(n.start - 1) && number(n.end);
    run_before || run_after || run_around
}

/// `one` as a pronoun or in an idiom (`one of the`, `at least one subject`,
/// `every one`), `zero` in `net zero`, and number words capitalised inside a
/// name (`World at One`, `the Big Four`, and after a year before another
/// capitalised word: `the 2004 Six Nations`).
fn idiom(pieces: &[Piece], n: &Num) -> bool {
    if n.form != Form::Words || n.end != n.start + 1 {
        return false;
    }
    let p = &pieces[n.start];
    let prev = n.start.checked_sub(1).map(|k| &pieces[k]);
    let next = pieces.get(n.end);
    let year_before_name = prev.is_some_and(|q| q.kind == PieceKind::Number)
        && next.is_some_and(|q| q.kind == PieceKind::Word && q.is_capitalised());
    if p.is_capitalised() && (prev.is_some_and(|q| q.kind == PieceKind::Word) || year_before_name) {
        return true;
    }
    let unit_next = next.is_some_and(|q| {
        units::time_unit(&q.lower).is_some() || units::measure_unit(&q.lower).is_some()
    });
    match p.lower.as_ref() {
        "one" => !unit_next || next.is_some_and(|q| q.is("day")),
        // `zero deaths`, `zero new cases`: a count of none, which a
        // fact-checker compares as any count; not `net zero emissions`
        // nor `zero-emission` (a target or a name).
        "zero" => !unit_next && !zero_count(pieces, n),
        "nought" | "naught" => !unit_next,
        _ => false,
    }
}

/// Rule `zero count`: `zero` before a plural noun (one adjective may come
/// between: `zero new cases`), not after `net`.
fn zero_count(pieces: &[Piece], n: &Num) -> bool {
    let plural = |k: usize| {
        pieces.get(k).is_some_and(|p| {
            p.kind == PieceKind::Word && !p.hyphen && p.lower.len() > 3 && p.lower.ends_with('s')
        })
    };
    let word = |k: usize| {
        pieces
            .get(k)
            .is_some_and(|p| p.kind == PieceKind::Word && !p.hyphen)
    };
    let net = n.start > 0 && pieces[n.start - 1].is("net");
    !net && (plural(n.end) || word(n.end) && plural(n.end + 1))
}

/// Should this quantity be dropped as not a claim?
pub(crate) fn reject(pieces: &[Piece], f: &Found) -> bool {
    let Some(n) = &f.num else {
        return false; // multiplier words and mentions carry no number
    };
    if time_of_day(pieces, n) || unit_exponent(pieces, n) {
        return true;
    }
    // Decades: `the 1960s`, `his 50s`.
    if n.suffix.as_deref().is_some_and(|s| s == "s" || s == "'s") {
        return true;
    }
    match f.kind {
        // A percentage or an amount of money is a claim even after a name
        // (`Labour 39%`); only phone-like digits are not.
        ClaimKind::Percentage | ClaimKind::PercentagePoints | ClaimKind::Money => {
            n.digits.is_some_and(|d| d.leading_zero)
        }
        // `9/11`, `24/7`: digit fractions in news are halves, thirds,
        // quarters and the like, or a share of something (`1/40 of the
        // budget`); others are names.
        ClaimKind::Ratio
            if pieces[f.amount.0..f.amount.1].iter().any(|p| p.text == "/")
                && !pieces.get(f.amount.1).is_some_and(|p| p.is("of"))
                && !pieces[f.amount.0..f.amount.1]
                    .iter()
                    .rev()
                    .find(|p| p.kind == PieceKind::Number)
                    .is_some_and(|p| {
                        matches!(p.text, "2" | "3" | "4" | "5" | "6" | "8" | "10" | "100")
                    }) =>
        {
            true
        }
        ClaimKind::Ratio => identifier(pieces, n),
        // `+1-222-2222`: a phone number, not a range.
        // `between 2000 and 2100 GMT`: times of day.
        ClaimKind::Range => {
            f.unit
                .as_deref()
                .is_some_and(|u| matches!(u, "gmt" | "bst" | "utc" | "cet" | "est" | "et" | "pt"))
                || identifier(pieces, n)
                || n.start > 0 && pieces[n.start - 1].text == "+" && pieces[n.start].glued
                || pieces
                    .get(f.amount.1)
                    .is_some_and(|p| p.hyphen && p.kind == PieceKind::Number)
                || set_score(pieces, f)
        }
        _ => {
            identifier(pieces, n)
                || phone_like(pieces, n)
                || idiom(pieces, n)
                || (f.kind == ClaimKind::Count && scale_letter_without_money(n))
        }
    }
}

/// A score pair at `j`: `6-3`, two small whole numbers joined by a hyphen.
fn score_pair(pieces: &[Piece], j: usize, most: f64) -> bool {
    let small = |p: &Piece| {
        p.kind == PieceKind::Number
            && p.text.len() <= 2
            && p.text.bytes().all(|b| b.is_ascii_digit())
            && p.text.parse::<f64>().is_ok_and(|v| v <= most)
    };
    pieces.get(j).is_some_and(small) && pieces.get(j + 1).is_some_and(|p| p.hyphen && small(p))
}

/// Rule `set scores`: a pair like `3-6` next to another score pair, or in
/// brackets after one, is a tennis set or tie-break score, not a range:
/// `won 6-3 3-6 6-3`, `6-7 (2-7)`.
pub(crate) fn set_score(pieces: &[Piece], f: &Found) -> bool {
    let (a, b) = f.amount;
    if b != a + 2 || !score_pair(pieces, a, 20.0) {
        return false;
    }
    let bracket = |j: usize| {
        pieces
            .get(j)
            .is_some_and(|p| p.text == "(" || p.text == ")")
    };
    let before = |j: usize| j >= 2 && score_pair(pieces, j - 2, 7.0);
    let after = |j: usize| score_pair(pieces, j, 7.0);
    let sets = score_pair(pieces, a, 7.0)
        && (before(a)
            || after(b)
            || a > 0 && bracket(a - 1) && before(a - 1)
            || bracket(b) && after(b + 1));
    // A tie-break's points may pass 7: `6-7 (10-12)`.
    let tie_break = a > 0 && pieces[a - 1].text == "(" && before(a - 1);
    sets || tie_break
}

/// `5G`, `4K`: a lone scale letter without a currency is a product name.
fn scale_letter_without_money(n: &Num) -> bool {
    n.scaled
        && n.digits.is_some()
        && n.end == n.start + 1
        && n.value >= 1e9
        && n.digits.is_some_and(|d| d.value < 10.0 && d.decimals == 0)
}

#[cfg(test)]
mod tests {
    use super::super::lex::pieces_of;
    use super::super::quantities::{Options, scan};

    /// Scans `text` for quantities and returns their surfaces.
    fn surfaces(text: &str) -> Vec<String> {
        let pieces = pieces_of(text);
        let taken = vec![false; pieces.len()];
        let mut out = Vec::new();
        scan(&pieces, &taken, &Options::default(), &mut out);
        out.iter()
            .map(|f| text[pieces[f.start].span.start..pieces[f.end - 1].span.end].to_string())
            .collect()
    }

    fn check(cases: &[(&str, &[&str])]) {
        for (text, expected) in cases {
            assert_eq!(surfaces(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn identifiers_are_not_claims() {
        check(&[
            ("the fairgrounds off Route 66 have", &[]),
            ("the Article 50 notice", &[]),
            ("Bus routes 7 and 7A will run", &[]),
            ("Bus services 7 and 7A have been rerouted", &[]),
            ("after flight CV 1182 to Lisbon", &[]),
            ("told BBC Radio 4 that", &[]),
            ("the A1087 and the B1187", &[]),
            ("under EU Regulation 261/2004, passengers", &[]),
            ("the Covid-19 pandemic", &[]),
            ("wearing the number 10 shirt", &[]),
            ("homes in the ZIP code 90210 area", &[]),
            ("the postcode 2000 area of Sydney", &[]),
            ("the Intel Core i7 860 chip", &[]),
            // rule `model word after`
            ("the airline grounded its 737 Max 8 jets", &[]),
            ("a fleet of 787 Dreamliner aircraft", &[]),
            ("he drove a BMW 3 Series to work", &[]),
            ("the 14 Pro sold out", &[]),
            ("she met 10 Max Verstappen fans", &["10"]),
            ("the hall holds 15 max", &["15"]),
            // A name and number opening the sentence.
            ("Halo 2 has broken sales records.", &[]),
            ("Ronaldo 9, Rooney 87.", &[]),
            ("Commodore 64 owners wrote emulators.", &[]),
            ("\"Doom 3 was worth the wait,\" he said.", &[]),
            ("the Samsung Galaxy S23 128 GB", &["128 GB"]),
            (
                "a Core i7 at 2.80 GHz with 8 MB of cache",
                &["2.80 GHz", "8 MB"],
            ),
        ]);
    }

    #[test]
    fn times_phones_decades_and_idioms_are_not_claims() {
        check(&[
            ("a text message at 4am.", &[]),
            ("at 10:30 on Monday", &[]),
            ("call 020 7946 0958 now", &[]),
            ("since the 1960s", &[]),
            ("one of the first schools", &[]),
            ("at least one subject", &[]),
            ("Every one of these young people", &[]),
            ("BBC Radio 4's World at One programme", &[]),
            ("two-year fixed mortgages", &[]),
            ("a 5G network", &[]),
            ("the convoy left at 1400 hrs", &[]),
            ("the trip took 3 hrs by coach", &["3 hrs"]),
        ]);
    }

    #[test]
    fn a_units_power_is_not_a_quantity() {
        check(&[
            ("a dose of 20 J/m^2 each year", &["20"]),
            ("it logged 3 fb−1 of data", &["3"]),
            ("the detectors saw 12 fb−1 and 40 fb−1", &["12", "40"]),
            // A minus sign that is not glued to a unit still signs a number.
            ("it fell to −5C overnight", &["−5C"]),
        ]);
    }

    #[test]
    fn quantities_next_to_names_stay() {
        check(&[
            ("Labour 39%, Conservatives 30%", &["39%", "30%"]),
            ("Marta Sousa, 34, who", &["34"]),
            // Words that open a sentence before a count are no names.
            ("Nearly 40 people were hurt.", &["Nearly 40"]),
            ("Roughly 300 jobs will go.", &["Roughly 300"]),
            ("Police 1,200 officers", &["1,200"]),
            ("Oracle's 18 stores closed.", &["18"]),
            ("Sudanese 18-year-old Rabah won.", &["18-year-old"]),
            ("one in five of them", &["one in five"]),
            ("for one year", &["one year"]),
        ]);
    }
}
