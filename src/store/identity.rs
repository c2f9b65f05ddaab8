//! Which stored names are one person: the rule behind `speakers.identity_id`.
//!
//! Pure: given every stored name of people sharing a surname (with its
//! gender, if known, and how many quotes it holds), it says which row
//! stands for each identity. The writer applies the answer whenever a name
//! with that surname is written, so identities are a function of what the
//! store holds, never of the order articles arrived in.
//!
//! - Full names are one person when their first names, surnames and
//!   suffixes agree (`Donald Trump`, `Donald J. Trump`, `Donald John
//!   Trump`; `Hillary Clinton`, `Hillary Rodham Clinton`), unless two
//!   different middle initials show two people (`George W. Bush`, `George
//!   H. W. Bush`); then the name without one is left on its own.
//! - A short first name is the full one (`Mike Bloomberg`, `Michael
//!   Bloomberg`).
//! - A suffix tells a son from his father (`Jesse Jackson Jr.`).
//! - A surname alone (`Trump`, `Mr Obama`, `Mrs Clinton`) is the person of
//!   that surname and a compatible gender whom the store quotes most, when
//!   that person is quoted at least twice as often as the next one (or is
//!   the only one); otherwise it stays on its own rather than guess.

use crate::analysis::fold_word;
use crate::extract::lexicon::{self, Gender};
use std::collections::BTreeMap;

/// One stored name of a person.
#[derive(Debug, Clone, PartialEq)]
pub struct NameRow {
    pub id: i64,
    pub name: String,
    pub gender: Option<Gender>,
    /// Quotes and reported statements given under this name.
    pub quotes: i64,
}

/// A person's name split into what identity depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// `None` for a surname alone (`Trump`, `Mr Trump`).
    pub first: Option<String>,
    /// Initials of the middle names: `J` for `Donald J. Trump` and `Donald John Trump`.
    pub middle: String,
    pub surname: String,
    pub suffix: Option<String>,
    /// From an honorific (`Mr`, `Mrs`).
    pub gender: Option<Gender>,
}

/// Splits a person's stored name. `None` for an empty name.
pub fn parse_person(name: &str) -> Option<PersonName> {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            // (Accents are dropped: `Calderón` and `Calderon` are one.)
            fold_word(w.trim_matches(|c: char| c == '.' || c == ','))
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut gender = None;
    if words.len() > 1 {
        // (An honorific that says no gender, `Dr`, stays on the name.)
        gender = lexicon::honorific_gender(&words[0]);
        if gender.is_some() {
            words.remove(0);
        }
    }
    let suffix = match words.last() {
        Some(w) if words.len() > 1 && lexicon::is_name_suffix(w) => words.pop(),
        _ => None,
    };
    let surname = words.pop()?;
    // (`Mike Bloomberg` is `Michael Bloomberg`: a short form counts as
    // the full first name.)
    let first = (!words.is_empty())
        .then(|| words.remove(0))
        .map(|f| lexicon::formal_first_name(&f).to_string());
    let middle = words
        .iter()
        .filter_map(|w| w.chars().next())
        .collect::<String>();
    Some(PersonName {
        first,
        middle,
        surname,
        suffix,
        gender,
    })
}

/// The surname a name is filed under (lower case), if it is a person's.
pub fn surname_of(name: &str) -> Option<String> {
    parse_person(name).map(|p| p.surname)
}

/// Rows of one first name and suffix, by middle initials.
type ByMiddle<'a> = BTreeMap<&'a str, Vec<usize>>;

/// First names that are a misspelling of another first name the store
/// gives the same surname (`Vincente Fox` for `Vicente Fox`), mapped to
/// it: one letter more or less inside a name of five letters or more (not
/// at either end, where `Daniel` and `Daniela` are two names), where the
/// other spelling is quoted at least twice as often and no gender tells
/// them apart. A letter changed (`Christina`, `Christine`) is another name.
fn misspelt_first_names<'a>(
    rows: &[NameRow],
    names: &'a [Option<PersonName>],
) -> BTreeMap<&'a str, &'a str> {
    // Quotes and a gender per first name.
    let mut firsts: BTreeMap<&str, (i64, Option<Gender>)> = BTreeMap::new();
    for (row, p) in rows.iter().zip(names) {
        if let Some(p) = p
            && let Some(first) = &p.first
        {
            let e = firsts.entry(first.as_str()).or_default();
            e.0 += row.quotes;
            e.1 = e.1.or(row.gender).or(p.gender);
        }
    }
    let mut out = BTreeMap::new();
    for (&rare, &(rare_quotes, rare_gender)) in &firsts {
        let best = firsts
            .iter()
            .filter(|&(&other, &(quotes, gender))| {
                quotes >= 2 * rare_quotes.max(1)
                    && !matches!((gender, rare_gender), (Some(a), Some(b)) if a != b)
                    && one_inner_letter_apart(rare, other)
            })
            .max_by_key(|&(&other, &(quotes, _))| (quotes, std::cmp::Reverse(other)));
        if let Some((&other, _)) = best {
            out.insert(rare, other);
        }
    }
    out
}

/// Is one name the other with one letter more inside it (not first or
/// last), both of five letters or more?
fn one_inner_letter_apart(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if s.len() < 5 || l.len() != s.len() + 1 {
        return false;
    }
    // The first letter that differs is the inserted one.
    let k = s.iter().zip(&l).take_while(|(x, y)| x == y).count();
    k > 0 && k < s.len() && s[k..] == l[k + 1..]
}

/// Is `alias` shown as a form of the identity named `name`? Not when one
/// of its words misspells the identity's first name (`Vincente Fox` of
/// `Vicente Fox`, joined by the rule of [`misspelt_first_names`]): the
/// misspelling still finds the person's quotes, but it is no form of
/// their name to list. Titles and other words of the alias are left alone.
pub fn is_shown_alias(alias: &str, name: &str) -> bool {
    let Some(first) = parse_person(name).and_then(|p| p.first) else {
        return true;
    };
    !alias.split_whitespace().any(|w| {
        let w = fold_word(w.trim_matches(|c: char| c == '.' || c == ','));
        w != first && one_inner_letter_apart(&w, &first)
    })
}

/// For each row, the row that stands for its identity (itself when it is one).
pub fn identities(rows: &[NameRow]) -> BTreeMap<i64, i64> {
    // Each row's name, parsed once.
    let names: Vec<Option<PersonName>> = rows.iter().map(|r| parse_person(&r.name)).collect();
    let misspelt = misspelt_first_names(rows, &names);
    // Full names: grouped by first name and suffix, then by middle initials.
    let mut groups: BTreeMap<(&str, Option<&str>), ByMiddle> = BTreeMap::new();
    for (i, p) in names.iter().enumerate() {
        if let Some(p) = p
            && let Some(first) = &p.first
        {
            let first = misspelt.get(first.as_str()).copied().unwrap_or(first);
            groups
                .entry((first, p.suffix.as_deref()))
                .or_default()
                .entry(p.middle.as_str())
                .or_default()
                .push(i);
        }
    }
    // Each identity: its member rows (indices into `rows`).
    let mut members: Vec<Vec<usize>> = Vec::new();
    for by_middle in groups.into_values() {
        let with_middle = by_middle.keys().filter(|m| !m.is_empty()).count();
        if with_middle <= 1 {
            members.push(by_middle.into_values().flatten().collect());
        } else {
            members.extend(by_middle.into_values());
        }
    }
    let gender_of_row = |i: usize| {
        rows[i]
            .gender
            .or_else(|| names[i].as_ref().and_then(|p| p.gender))
    };
    let quotes = |m: &[usize]| m.iter().map(|&i| rows[i].quotes).sum::<i64>();
    // The gender of the member quoted most that has one.
    let gender_of = |m: &[usize]| {
        let mut ms: Vec<usize> = m.to_vec();
        ms.sort_by_key(|&i| std::cmp::Reverse(rows[i].quotes));
        ms.into_iter().find_map(gender_of_row)
    };
    // A surname alone joins the person it most likely names: first the
    // surnames with an honorific (`Mr Obama`), whose gender narrows the
    // choice, then the bare ones, each pass judged on the counts before it
    // so that no row's position decides another's.
    let full_count = members.len();
    let alone: Vec<usize> = (0..rows.len())
        .filter(|&i| names[i].as_ref().is_some_and(|p| p.first.is_none()))
        .collect();
    for gendered in [true, false] {
        let totals: Vec<i64> = members.iter().map(|m| quotes(m)).collect();
        let genders: Vec<Option<Gender>> = members.iter().map(|m| gender_of(m)).collect();
        let mut decided: Vec<(usize, Option<usize>)> = Vec::new();
        for &i in &alone {
            let gender = gender_of_row(i);
            if gender.is_some() != gendered {
                continue;
            }
            let suffix = names[i].as_ref().and_then(|p| p.suffix.as_deref());
            let mut fits: Vec<(i64, usize)> = (0..full_count)
                .filter(|&m| {
                    names[members[m][0]]
                        .as_ref()
                        .is_some_and(|mp| mp.suffix.as_deref() == suffix)
                        && match (gender, genders[m]) {
                            (Some(a), Some(b)) => a == b,
                            _ => true,
                        }
                })
                .map(|m| (totals[m], m))
                .collect();
            fits.sort_by_key(|&(q, m)| (std::cmp::Reverse(q), m));
            let chosen = match fits.as_slice() {
                [(_, m)] => Some(*m),
                [(a, m), (b, _), ..] if *a > 0 && *a >= 2 * *b => Some(*m),
                _ => None,
            };
            decided.push((i, chosen));
        }
        for (i, chosen) in decided {
            match chosen {
                Some(m) => members[m].push(i),
                None => members.push(vec![i]),
            }
        }
    }
    let mut out = BTreeMap::new();
    for m in &members {
        // The identity's row: the full name quoted most, then the shortest,
        // then the first in alphabetical order, so that no arrival order decides.
        let key = |i: usize| {
            (
                names[i].as_ref().is_some_and(|p| p.first.is_some()),
                rows[i].quotes,
                std::cmp::Reverse(rows[i].name.split_whitespace().count()),
                std::cmp::Reverse(rows[i].name.as_str()),
            )
        };
        let root = *m
            .iter()
            .max_by_key(|&&i| key(i))
            .expect("an identity has a member");
        for &i in m {
            out.insert(rows[i].id, rows[root].id);
        }
    }
    // Rows that are no person's name stand alone.
    for r in rows {
        out.entry(r.id).or_insert(r.id);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows as (name, gender, quotes); checks which names end up together.
    fn check(rows: &[(&str, Option<Gender>, i64)], together: &[&[&str]]) {
        let rows: Vec<NameRow> = rows
            .iter()
            .enumerate()
            .map(|(i, (n, g, q))| NameRow {
                id: i as i64 + 1,
                name: n.to_string(),
                gender: *g,
                quotes: *q,
            })
            .collect();
        let id_of = |n: &str| rows.iter().find(|r| r.name == n).unwrap().id;
        // Every order of arrival gives the same identities.
        let mut reversed = rows.clone();
        reversed.reverse();
        for rs in [rows.clone(), reversed] {
            let map = identities(&rs);
            for group in together {
                let roots: Vec<i64> = group.iter().map(|n| map[&id_of(n)]).collect();
                assert!(
                    roots.windows(2).all(|w| w[0] == w[1]),
                    "{group:?} should be one identity: {roots:?}"
                );
            }
            for (a, ga) in together.iter().enumerate() {
                for gb in &together[a + 1..] {
                    assert_ne!(
                        map[&id_of(ga[0])],
                        map[&id_of(gb[0])],
                        "{ga:?} and {gb:?} should be different people"
                    );
                }
            }
        }
    }

    const M: Option<Gender> = Some(Gender::Male);
    const F: Option<Gender> = Some(Gender::Female);

    #[test]
    fn middle_initials_and_surnames_join_the_person() {
        check(
            &[
                ("Donald Trump", None, 50),
                ("Donald J. Trump", None, 10),
                ("Donald John Trump", None, 3),
                ("Trump", None, 40),
                ("Mr Trump", M, 12),
                ("Melania Trump", F, 6),
                ("Ivanka Trump", F, 4),
            ],
            &[
                &[
                    "Donald Trump",
                    "Donald J. Trump",
                    "Donald John Trump",
                    "Trump",
                    "Mr Trump",
                ],
                &["Melania Trump"],
                &["Ivanka Trump"],
            ],
        );
    }

    #[test]
    fn accents_and_a_misspelt_first_name_are_the_same_person() {
        check(
            &[
                ("Felipe Calderón", M, 4),
                ("Felipe Calderon", None, 2),
                ("Vicente Fox", M, 12),
                ("Vincente Fox", None, 2),
                ("Daniel Fox", M, 8),
                ("Daniela Fox", F, 1),
                ("Christine Fox", F, 8),
                ("Christina Fox", F, 1),
            ],
            &[
                &["Felipe Calderón", "Felipe Calderon"],
                &["Vicente Fox", "Vincente Fox"],
                &["Daniel Fox"],
                &["Daniela Fox"],
                &["Christine Fox"],
                &["Christina Fox"],
            ],
        );
    }

    #[test]
    fn a_misspelt_first_name_is_no_alias_to_show() {
        for (alias, name, shown) in [
            ("Vincente Fox", "Vicente Fox", false),
            (
                "Former Mexican President Vincente Fox",
                "Vicente Fox",
                false,
            ),
            ("Vicente Fox", "Vicente Fox", true),
            ("Former Mexican President Vicente Fox", "Vicente Fox", true),
            ("Mr Fox", "Vicente Fox", true),
            ("Fox", "Vicente Fox", true),
            ("Mike Bloomberg", "Michael Bloomberg", true),
            ("Daniela Fox", "Daniel Fox", true),
            ("Christina Fox", "Christine Fox", true),
            ("Hillary Rodham Clinton", "Hillary Clinton", true),
            ("Mr Obama", "Obama", true),
        ] {
            assert_eq!(is_shown_alias(alias, name), shown, "{alias:?} of {name:?}");
        }
    }

    #[test]
    fn gender_keeps_spouses_apart() {
        check(
            &[
                ("Bill Clinton", M, 5),
                ("Hillary Clinton", F, 30),
                ("Hillary Rodham Clinton", F, 8),
                ("Mrs Clinton", F, 9),
                ("Mr Clinton", M, 2),
                ("Chelsea Clinton", F, 1),
            ],
            &[
                &["Hillary Clinton", "Hillary Rodham Clinton", "Mrs Clinton"],
                &["Bill Clinton", "Mr Clinton"],
                &["Chelsea Clinton"],
            ],
        );
    }

    #[test]
    fn a_short_first_name_is_the_full_one() {
        check(
            &[
                ("Michael Bloomberg", None, 10),
                ("Mike Bloomberg", None, 2),
                ("Bloomberg", None, 5),
                ("Georgina Bloomberg", F, 1),
                ("William Brand", None, 3),
                ("Bill Brand", None, 1),
                ("Billy Brand", None, 1),
            ],
            &[
                &["Michael Bloomberg", "Mike Bloomberg", "Bloomberg"],
                &["Georgina Bloomberg"],
                &["William Brand", "Bill Brand", "Billy Brand"],
            ],
        );
    }

    #[test]
    fn initials_and_suffixes_tell_people_apart() {
        check(
            &[
                ("George W. Bush", M, 20),
                ("George H. W. Bush", M, 10),
                ("George Bush", M, 3),
                ("Jeb Bush", M, 12),
                ("Jesse Jackson", M, 7),
                ("Jesse Jackson Jr.", M, 4),
                ("Sandra Jackson", F, 2),
            ],
            &[
                &["George W. Bush"],
                &["George H. W. Bush"],
                &["George Bush"],
                &["Jeb Bush"],
                &["Jesse Jackson"],
                &["Jesse Jackson Jr."],
                &["Sandra Jackson"],
            ],
        );
    }

    #[test]
    fn a_surname_shared_evenly_stays_alone() {
        check(
            &[("Paul Ryan", M, 10), ("Tim Ryan", M, 8), ("Ryan", None, 5)],
            &[&["Paul Ryan"], &["Tim Ryan"], &["Ryan"]],
        );
        check(
            &[
                ("Barack Obama", M, 40),
                ("Michelle Obama", F, 6),
                ("Obama", None, 30),
            ],
            &[&["Barack Obama", "Obama"], &["Michelle Obama"]],
        );
    }

    #[test]
    fn names_parse_into_their_parts() {
        let p = parse_person("Jesse L. Jackson Jr.").unwrap();
        assert_eq!(p.first.as_deref(), Some("jesse"));
        assert_eq!(p.middle, "l");
        assert_eq!(p.surname, "jackson");
        assert_eq!(p.suffix.as_deref(), Some("jr"));
        let p = parse_person("Mrs Clinton").unwrap();
        assert_eq!((p.first, p.gender), (None, F));
        assert_eq!(surname_of("Hunt").as_deref(), Some("hunt"));
    }
}
