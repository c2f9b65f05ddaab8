//! Money: currency symbols, ISO 4217 codes, currency words and the
//! nationality that picks the right dollar, pound or franc. Values are kept
//! in whole units of the currency: `50p` is 0.5 GBP, `99 cents` 0.99 USD.

use super::lex::{Piece, PieceKind};

/// The currency of a symbol written before (or after) an amount.
pub(crate) fn symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "£" => "GBP",
        "$" => "USD",
        "€" => "EUR",
        "¥" | "￥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₪" => "ILS",
        "₺" => "TRY",
        "₦" => "NGN",
        "₱" => "PHP",
        "₫" => "VND",
        "₴" => "UAH",
        "₿" => "XBT",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "฿" => "THB",
        "৳" => "BDT",
        "₨" => "PKR",
        "元" => "CNY",
        "ரூ" => "LKR",
        _ => return None,
    })
}

/// Letters glued before `$` (`US$`, `C$`, `HK$`, `Mex$`): which dollar.
pub(crate) fn dollar_prefix(letters: &str) -> Option<&'static str> {
    Some(match letters {
        "us" | "u.s" | "u.s." | "usd" => "USD",
        "c" | "ca" | "can" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "s" | "sg" | "sgd" => "SGD",
        "mex" | "mxn" => "MXN",
        "r" => "BRL",
        "nt" | "twd" => "TWD",
        _ => return None,
    })
}

/// ISO 4217 codes recognised next to an amount, sorted for a binary
/// search: the code as written in capitals, the code it means, and whether
/// it is also taken in lower case. Codes that are also common words (`ALL`,
/// `TRY`, `CAD`) are only taken in capitals.
const CODES: &[(&str, &str, bool)] = &[
    ("AED", "AED", false),
    ("ARS", "ARS", false),
    ("AUD", "AUD", true),
    ("BDT", "BDT", false),
    ("BGN", "BGN", false),
    ("BRL", "BRL", false),
    ("BTC", "XBT", true),
    ("CAD", "CAD", false),
    ("CHF", "CHF", true),
    ("CLP", "CLP", false),
    ("CNY", "CNY", true),
    ("COP", "COP", false),
    ("CZK", "CZK", false),
    ("DKK", "DKK", true),
    ("EGP", "EGP", false),
    ("EUR", "EUR", true),
    ("GBP", "GBP", true),
    ("HKD", "HKD", true),
    ("HUF", "HUF", false),
    ("IDR", "IDR", false),
    ("ILS", "ILS", false),
    ("INR", "INR", true),
    ("ISK", "ISK", false),
    ("JPY", "JPY", true),
    ("KES", "KES", false),
    ("KRW", "KRW", false),
    ("LKR", "LKR", false),
    ("MXN", "MXN", true),
    ("MYR", "MYR", false),
    ("NGN", "NGN", false),
    ("NOK", "NOK", true),
    ("NZD", "NZD", true),
    ("PEN", "PEN", false),
    ("PHP", "PHP", false),
    ("PKR", "PKR", false),
    ("PLN", "PLN", false),
    ("QAR", "QAR", false),
    ("RMB", "CNY", true),
    ("RON", "RON", false),
    ("RUB", "RUB", false),
    ("SAR", "SAR", false),
    ("SEK", "SEK", true),
    ("SGD", "SGD", true),
    ("THB", "THB", false),
    ("TRY", "TRY", false),
    ("TWD", "TWD", false),
    ("UAH", "UAH", false),
    ("USD", "USD", true),
    ("VND", "VND", false),
    ("XBT", "XBT", false),
    ("ZAR", "ZAR", true),
];

/// The ISO 4217 code written as `s` (`USD`, `usd`, `RMB`), if any.
pub(crate) fn code(s: &str) -> Option<&'static str> {
    let &[a, b, c] = s.as_bytes() else {
        return None;
    };
    let upper = [a, b, c].iter().all(u8::is_ascii_uppercase);
    if !upper && ![a, b, c].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let key = [
        a.to_ascii_uppercase(),
        b.to_ascii_uppercase(),
        c.to_ascii_uppercase(),
    ];
    let k = CODES
        .binary_search_by(|(w, ..)| w.as_bytes().cmp(&key[..]))
        .ok()?;
    let (_, code, lower_ok) = CODES[k];
    (upper || lower_ok).then_some(code)
}

/// `MUSD`, `MEUR`: a million of the currency, finance shorthand.
pub(crate) fn million_code(s: &str) -> Option<&'static str> {
    let rest = s.strip_prefix('M').or_else(|| s.strip_prefix('m'))?;
    if rest.len() != 3 {
        return None;
    }
    let c = code(&rest.to_ascii_uppercase())?;
    // Only upper-case codes after the M, or the whole thing lower case.
    (rest.chars().all(|c| c.is_ascii_uppercase()) || s.chars().all(|c| c.is_ascii_lowercase()))
        .then_some(c)
}

/// A currency word: its code and how many whole units one of it is.
pub(crate) fn word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "dollar" | "dollars" | "bucks" => ("USD", 1.0),
        "pound" | "pounds" | "quid" | "sterling" => ("GBP", 1.0),
        "euro" | "euros" => ("EUR", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        "pence" | "penny" | "pennies" => ("GBP", 0.01),
        "dime" | "dimes" => ("USD", 0.1),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" | "kuai" => ("CNY", 1.0),
        "rupee" | "rupees" => ("INR", 1.0),
        "franc" | "francs" => ("CHF", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "rand" => ("ZAR", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("RUB", 1.0),
        "krona" | "kronor" => ("SEK", 1.0),
        "krone" | "kroner" => ("NOK", 1.0),
        "won" => ("KRW", 1.0),
        "baht" => ("THB", 1.0),
        "lira" | "liras" => ("TRY", 1.0),
        "lire" => ("ITL", 1.0),
        "reais" => ("BRL", 1.0),
        "ringgit" => ("MYR", 1.0),
        "rupiah" => ("IDR", 1.0),
        "naira" => ("NGN", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "zloty" | "zlotys" | "zlotych" => ("PLN", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "markka" | "markkaa" => ("FIM", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "guilder" | "guilders" => ("NLG", 1.0),
        "drachma" | "drachmas" => ("GRD", 1.0),
        "escudo" | "escudos" => ("PTE", 1.0),
        "schilling" | "schillings" => ("ATS", 1.0),
        "bitcoin" | "bitcoins" => ("XBT", 1.0),
        "satoshi" | "satoshis" => ("XBT", 1e-8),
        "lari" => ("GEL", 1.0),
        "kip" => ("LAK", 1.0),
        _ => return None,
    })
}

/// A nationality before a currency word, refining its code.
fn national(adj: &str, code: &str) -> Option<&'static str> {
    Some(match (adj, code) {
        ("us" | "u.s" | "u.s." | "american", "USD") => "USD",
        ("australian", "USD") => "AUD",
        ("canadian", "USD") => "CAD",
        ("singapore", "USD") => "SGD",
        ("taiwan", "USD") => "TWD",
        ("zimbabwe" | "zimbabwean", "USD") => "ZWL",
        ("swiss", "CHF") => "CHF",
        ("french", "CHF") => "FRF",
        ("belgian", "CHF") => "BEF",
        ("chinese", "CNY") => "CNY",
        ("japanese", "JPY") => "JPY",
        ("turkish", "TRY") => "TRY",
        ("italian", "TRY") => "ITL",
        ("finnish", "FIM") => "FIM",
        ("dutch", "NLG") => "NLG",
        ("indian", "INR") => "INR",
        ("pakistani", "INR") => "PKR",
        ("nepalese" | "nepali", "INR") => "NPR",
        ("mexican", "MXN") => "MXN",
        ("argentine" | "argentinian", "MXN") => "ARS",
        ("chilean", "MXN") => "CLP",
        ("colombian", "MXN") => "COP",
        ("philippine", "MXN") => "PHP",
        ("egyptian", "GBP") => "EGP",
        ("british" | "uk", "GBP") => "GBP",
        ("irish", "GBP") => "IEP",
        ("lebanese", "GBP") => "LBP",
        ("swedish", "SEK") => "SEK",
        ("norwegian", "NOK") => "NOK",
        ("danish", "NOK") => "DKK",
        ("icelandic", "SEK") => "ISK",
        ("russian", "RUB") => "RUB",
        ("south", "ZAR") => "ZAR",
        ("brazilian", "BRL") => "BRL",
        _ => return None,
    })
}

/// A currency written after an amount: `pounds`, `Swiss francs`, `USD`,
/// `Hong Kong dollars`. Returns the code, the factor to whole units, and
/// the piece after it.
pub(crate) fn after(pieces: &[Piece], k: usize) -> Option<(&'static str, f64, usize)> {
    let p = pieces.get(k)?;
    if p.kind == PieceKind::Punct {
        return symbol(p.text).map(|c| (c, 1.0, k + 1));
    }
    if p.kind != PieceKind::Word {
        return None;
    }
    if let Some(c) = code(p.text) {
        return Some((c, 1.0, k + 1));
    }
    if let Some(c) = million_code(p.text) {
        return Some((c, 1e6, k + 1));
    }
    if let Some(c) = symbol(p.text) {
        return Some((c, 1.0, k + 1));
    }
    // `Hong Kong dollars`, `New Zealand dollars`, `Sri Lankan rupees`, `South African rand`
    if let Some(next) = pieces.get(k + 1)
        && let Some((c, f)) = pieces.get(k + 2).and_then(|w| word(&w.lower))
    {
        let pair = format!("{} {}", p.lower, next.lower);
        let refined = match (pair.as_str(), c) {
            ("hong kong", "USD") => Some("HKD"),
            ("new zealand", "USD") => Some("NZD"),
            ("sri lankan", "INR") => Some("LKR"),
            ("south african", "ZAR") => Some("ZAR"),
            ("saudi arabian", "SAR") => Some("SAR"),
            _ => None,
        };
        if let Some(r) = refined {
            return Some((r, f, k + 3));
        }
    }
    if let Some((c, f)) = pieces.get(k + 1).and_then(|w| word(&w.lower))
        && let Some(r) = national(&p.lower, c)
    {
        return Some((r, f, k + 2));
    }
    let (c, f) = word(&p.lower)?;
    Some((c, f, k + 1))
}

/// A currency written before an amount: `£`, `US$`, `C $`, `USD`, `Rs`.
/// Returns the code, whether the amount is in millions (`MUSD 5`), and the
/// piece where the amount starts. `lower_text` says the text is all lower
/// case (as in tokenised corpora), where `c $ 16.4` still means Canadian
/// dollars; in ordinary text a lower-case or spaced single letter before
/// `$` is a word (`a $5 fee`, `cost us $5`).
pub(crate) fn before(
    pieces: &[Piece],
    i: usize,
    lower_text: bool,
) -> Option<(&'static str, bool, usize)> {
    let p = pieces.get(i)?;
    if p.kind == PieceKind::Punct {
        return symbol(p.text).map(|c| (c, false, i + 1));
    }
    if p.kind != PieceKind::Word {
        return None;
    }
    // Letters before a dollar sign: `US$`, `HK $`, `u.s $`, `usd$`.
    let dollar_at = |k: usize| pieces.get(k).is_some_and(|d| d.text == "$");
    let lower_ok = |k: usize| {
        let glued = pieces.get(k).is_some_and(|d| d.glued);
        let single = pieces[i].text.chars().count() == 1;
        // In lower-cased corpora only `c $` is written spaced (`' s $ 500` is a possessive).
        glued
            || (lower_text && (!single || pieces[i].lower == "c"))
            || (!single && pieces[i].is_acronym())
    };
    if dollar_at(i + 1)
        && lower_ok(i + 1)
        && let Some(c) = dollar_prefix(&p.lower)
    {
        return Some((c, false, i + 2));
    }
    // `u . s $` arrives as `u`, `.`, `s`, `$`.
    if p.lower == "u"
        && pieces.get(i + 1).is_some_and(|d| d.text == ".")
        && pieces.get(i + 2).is_some_and(|s| s.lower == "s")
        && dollar_at(i + 3)
    {
        return Some(("USD", false, i + 4));
    }
    if let Some(c) = code(p.text) {
        return Some((c, false, i + 1));
    }
    if let Some(c) = million_code(p.text) {
        return Some((c, true, i + 1));
    }
    if p.text == "Rs" || p.text == "Rs." {
        return Some(("INR", false, i + 1));
    }
    if p.text == "ரூ" {
        return Some(("LKR", false, i + 1));
    }
    None
}

/// `USD115`, `usd50`: a currency code glued before the digits. Returns the
/// code and the byte length of the code.
pub(crate) fn glued_prefix(text: &str) -> Option<(&'static str, usize)> {
    let letters = text.find(|c: char| !c.is_ascii_alphabetic())?;
    if letters != 3 || !text[letters..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let c = code(&text[..3].to_ascii_uppercase())?;
    Some((c, 3))
}

/// A lettered suffix glued to digits: `50p`, `115USD`, `100元`, `5bn`… (the
/// scale letters are handled by the number parser). Code and factor.
pub(crate) fn glued_suffix(suffix: &str) -> Option<(&'static str, f64)> {
    match suffix {
        "p" => Some(("GBP", 0.01)),
        "c" => None,
        s => code(&s.to_ascii_uppercase())
            .filter(|_| s.len() == 3)
            .map(|c| (c, 1.0))
            .or_else(|| symbol(s).map(|c| (c, 1.0)))
            .or_else(|| million_code(s).map(|c| (c, 1e6))),
    }
}

#[cfg(test)]
mod tests {
    use super::super::lex::pieces_of;
    use super::*;

    #[test]
    fn codes_in_capitals_or_where_allowed_lower_case() {
        assert!(CODES.windows(2).all(|w| w[0].0 < w[1].0), "CODES sorted");
        for (w, c) in [
            ("USD", Some("USD")),
            ("usd", Some("USD")),
            ("CAD", Some("CAD")),
            ("cad", None),
            ("RMB", Some("CNY")),
            ("rmb", Some("CNY")),
            ("btc", Some("XBT")),
            ("TRY", Some("TRY")),
            ("try", None),
            ("Usd", None),
            ("the", None),
            ("US", None),
            ("USDT", None),
        ] {
            assert_eq!(code(w), c, "{w}");
        }
    }

    #[test]
    fn symbols_codes_and_words() {
        let check_before = |text: &str, expected: Option<(&str, bool, usize)>| {
            let p = pieces_of(text);
            let lower = !text.chars().any(char::is_uppercase);
            assert_eq!(before(&p, 0, lower), expected, "{text:?}");
        };
        check_before("£5", Some(("GBP", false, 1)));
        check_before("US$4.7bn", Some(("USD", false, 2)));
        check_before("c $ 16.4 million", Some(("CAD", false, 2)));
        check_before("hk $ 10", Some(("HKD", false, 2)));
        check_before("u . s $ 100", Some(("USD", false, 4)));
        check_before("USD 200", Some(("USD", false, 1)));
        check_before("MUSD 30", Some(("USD", true, 1)));
        check_before("a $5 fee", None);
        check_before("A $5 fee", None);
        let check_after = |text: &str, expected: Option<(&str, f64, usize)>| {
            let p = pieces_of(text);
            assert_eq!(after(&p, 0), expected, "{text:?}");
        };
        check_after("pounds", Some(("GBP", 1.0, 1)));
        check_after("Swiss francs", Some(("CHF", 1.0, 2)));
        check_after("hong kong dollars", Some(("HKD", 1.0, 3)));
        check_after("cents", Some(("USD", 0.01, 1)));
        check_after("doctors", None);
        assert_eq!(glued_suffix("p"), Some(("GBP", 0.01)));
        assert_eq!(glued_suffix("usd"), Some(("USD", 1.0)));
        assert_eq!(glued_suffix("km"), None);
    }
}
