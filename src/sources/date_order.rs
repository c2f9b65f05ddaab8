//! Which way round a page writes an all-numeric date such as `05/06/2019`:
//! day first (most of the world) or month first (the United States), read
//! from the page's declared language (`<html lang>`, `og:locale`,
//! `Content-Language`).
//!
//! Where the page says nothing, or names a place that writes both ways
//! (Canada) or writes the year first (China, Japan, Korea), the order stays
//! unknown and an ambiguous date is not read at all: no date is better than
//! the wrong day, which every relative date in the text would inherit.

/// The order of day and month in a page's numeric dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NumericOrder {
    /// `05/06/2019` is the 5th of June.
    DayFirst,
    /// `05/06/2019` is the 6th of May.
    MonthFirst,
    /// Only dates that cannot be read two ways are read.
    #[default]
    Unknown,
}

/// Regions that write the month first.
const MONTH_FIRST_REGIONS: &[&str] = &["us", "ph", "fm", "mh", "pw"];
/// Regions and languages where both orders are common, or where numeric
/// dates put the year first (an ambiguous one is then rare and unsafe).
const EITHER_REGIONS: &[&str] = &["ca"];
const YEAR_FIRST_LANGUAGES: &[&str] = &["zh", "ja", "ko"];

/// The order a language tag (`en-US`, `de_AT`, `fr`, `en`) implies.
pub fn order_of_tag(tag: &str) -> NumericOrder {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or_default();
    if lang.len() < 2 || lang.len() > 3 || !lang.bytes().all(|b| b.is_ascii_alphabetic()) {
        return NumericOrder::Unknown;
    }
    // The region is the first two-letter part after the language (`zh-Hant-TW`).
    let region = parts.find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()));
    match region {
        Some(r) if MONTH_FIRST_REGIONS.contains(&r) => NumericOrder::MonthFirst,
        Some(r) if EITHER_REGIONS.contains(&r) => NumericOrder::Unknown,
        _ if YEAR_FIRST_LANGUAGES.contains(&lang) => NumericOrder::Unknown,
        Some(_) => NumericOrder::DayFirst,
        // English with no region: most such pages are American.
        None if lang == "en" => NumericOrder::MonthFirst,
        None => NumericOrder::DayFirst,
    }
}

/// The order of the first declared language among `tags` (page order of
/// precedence: the document's own `lang`, then its metadata).
pub fn page_order<'a>(tags: impl IntoIterator<Item = &'a str>) -> NumericOrder {
    tags.into_iter()
        .find(|t| !t.trim().is_empty())
        .map_or(NumericOrder::Unknown, order_of_tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumericOrder::*;

    #[test]
    fn language_tags_give_the_order_of_day_and_month() {
        let cases = [
            ("de", DayFirst),
            ("de-AT", DayFirst),
            ("fr_FR", DayFirst),
            ("en-GB", DayFirst),
            ("en-au", DayFirst),
            ("en-IN", DayFirst),
            ("pt-BR", DayFirst),
            ("es-US", MonthFirst),
            ("en-US", MonthFirst),
            ("en", MonthFirst),
            ("en-CA", Unknown),
            ("zh-CN", Unknown),
            ("ja", Unknown),
            ("zh-Hant-TW", Unknown),
            ("", Unknown),
            ("x", Unknown),
            ("12-34", Unknown),
        ];
        for (tag, want) in cases {
            assert_eq!(order_of_tag(tag), want, "{tag:?}");
        }
    }

    #[test]
    fn the_first_declared_language_counts() {
        assert_eq!(page_order(["", "en_GB", "en-US"]), DayFirst);
        assert_eq!(page_order(["en-US", "de"]), MonthFirst);
        assert_eq!(page_order(Vec::<&str>::new()), Unknown);
    }
}
