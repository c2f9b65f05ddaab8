//! The role a person is introduced with, written in lower case beside their
//! name: `Hungarian striker Mateo Varga`, `Mateo Varga, the club's
//! striker,`, `the club's goalkeeper, Piotr Nowak,`. Titles in capitals
//! (`Health Minister Raj Patel`) are read with the name run; these are
//! not, so without them a later `the striker said` finds no one.
//!
//! Each rule reads a few tokens next to the name, so the whole article
//! costs linear time.

use super::super::lexicon;
use crate::analysis::{Document, TokenKind};

/// At most this many lower-case words before a role noun are read as its
/// modifiers (`former sporting director`): a longer run is a clause.
const MAX_MODIFIERS: usize = 3;

/// The roles written beside the person's name at tokens `first..after`
/// (its first token and the token after its last), as written, without
/// the determiner: `striker`, `club's striker`, `sporting director`.
pub(super) fn roles_beside(doc: &Document, first: usize, after: usize) -> Vec<String> {
    [
        role_before(doc, first),
        role_in_apposition_after(doc, after),
        role_in_apposition_before(doc, first),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn word(doc: &Document, i: usize) -> &str {
    doc.tokens[i].text(&doc.text)
}

/// Is token `i` the first of its sentence? (Sentences are in text order.)
fn opens_sentence(doc: &Document, i: usize) -> bool {
    doc.sentences
        .binary_search_by_key(&i, |s| s.tokens.start)
        .is_ok()
}

/// A singular noun naming what a person does (`striker`, `judge`,
/// `spokeswoman`): the head of a role. Plurals name groups, not the one
/// person whose name follows.
fn is_role_head(w: &str) -> bool {
    let lowered = w.chars().all(|c| c.is_ascii_lowercase());
    let role = lexicon::is_role_noun(w) || lexicon::is_agent_noun(w);
    lowered
        && role
        && !w.ends_with('s')
        && !lexicon::is_function_word(w)
        // (`former`, `chief`: they qualify an office without naming one.)
        && !matches!(w, "former" | "chief" | "head" | "deputy" | "member")
}

/// A word that may qualify a role in lower case (`sporting`, `veteran`,
/// `club's`): a plain word, not a verb form, number or function word.
fn is_role_modifier(w: &str) -> bool {
    let bare = w.trim_end_matches("'s").trim_end_matches("’s");
    !bare.is_empty()
        && bare.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !lexicon::is_function_word(bare)
        && !bare.ends_with("ed")
        && !bare.ends_with("ly")
}

/// Does token `i` qualify the role after it: a plain lower-case word, or
/// one capitalised only as its sentence's first (`Shadow foreign
/// secretary Michael Ancram`)?
fn modifies_role(doc: &Document, i: usize) -> bool {
    let w = word(doc, i);
    // (A possessor opening the sentence is whose the role is, not part
    // of it: `Aldenburg's sporting director`.)
    let possessor = w.ends_with("'s") || w.ends_with("’s");
    is_role_modifier(w)
        || (opens_sentence(doc, i) && !possessor && is_role_modifier(&lexicon::lower(w)))
}

/// The lower-case words before token `end` ending with a role noun, and
/// the index of the first of them: `sporting director` in `Aldenburg's
/// sporting director Henrik Solberg`.
fn role_ending_at(doc: &Document, end: usize) -> Option<(usize, String)> {
    let head = end.checked_sub(1)?;
    if doc.tokens[head].kind != TokenKind::Word || !is_role_head(word(doc, head)) {
        return None;
    }
    let mut start = head;
    while start > 0
        && head - start < MAX_MODIFIERS
        && doc.tokens[start - 1].kind == TokenKind::Word
        && modifies_role(doc, start - 1)
    {
        start -= 1;
    }
    let words: Vec<&str> = (start..=head).map(|i| word(doc, i)).collect();
    Some((start, words.join(" ")))
}

/// Where a role in lower case right before the name at token `first`
/// starts (`sporting director` in `for sporting director Henrik Solberg`).
pub(super) fn role_start_before(doc: &Document, first: usize) -> Option<usize> {
    role_ending_at(doc, first).map(|(start, _)| start)
}

/// `striker Mateo Varga`, `Hungarian striker Mateo Varga`, `sporting
/// director Henrik Solberg`: a role noun right before the name.
fn role_before(doc: &Document, first: usize) -> Option<String> {
    role_ending_at(doc, first).map(|(_, role)| role)
}

/// Does a phrase open at token `i` with a determiner or possessor, so
/// that it describes one known person (`the`, `its`, `the club's`)?
fn opens_definite(doc: &Document, i: usize) -> bool {
    matches!(
        lexicon::lower(word(doc, i)).as_ref(),
        "the" | "its" | "his" | "her" | "their" | "our" | "a" | "an"
    )
}

/// `Tom Ashby, the club's striker, scored`, `Ana Ruiz, a judge at the
/// court, said`, `Marcus Dunmore, Brightwell's security chief,`: a
/// definite or indefinite role phrase, or one owned by a name, after the
/// name's comma, up to `of`/`at`/`for` or the next punctuation.
pub(super) fn role_in_apposition_after(doc: &Document, after: usize) -> Option<String> {
    if after + 2 >= doc.tokens.len()
        || word(doc, after) != ","
        || !(opens_definite(doc, after + 1) || opens_with_owner(doc, after + 1))
    {
        return None;
    }
    let limit = (after + 2 + MAX_MODIFIERS + 2).min(doc.tokens.len());
    let end = (after + 2..limit).find(|&i| {
        let w = word(doc, i);
        (doc.tokens[i].kind != TokenKind::Word && !matches!(w, "'s" | "’s" | "'" | "’"))
            || matches!(w, "of" | "at" | "for" | "with" | "in" | "who")
    })?;
    if !matches!(word(doc, end), "," | "of" | "at" | "for" | "with" | "in") {
        return None;
    }
    role_ending_at(doc, end).map(|(_, role)| role)
}

/// Does a capitalised owner open the phrase at token `i` (`Brightwell's
/// security chief`, the `'s` a token of its own)?
fn opens_with_owner(doc: &Document, i: usize) -> bool {
    let w = word(doc, i);
    i + 1 < doc.tokens.len()
        && doc.tokens[i].kind == TokenKind::Word
        && w.starts_with(char::is_uppercase)
        && (matches!(word(doc, i + 1), "'s" | "’s") || w.ends_with("'s") || w.ends_with("’s"))
}

/// Are the tokens `from..to` a possessor (`the club ’s` read as `club`,
/// `’s`), so that the role phrase may start after them?
fn possessor_at(doc: &Document, from: usize, to: usize) -> bool {
    to > from && matches!(word(doc, to - 1), "'s" | "’s" | "'" | "’")
}

/// `the club's goalkeeper, Piotr Nowak,`, `Its chair, Marion Tebbit,`: a
/// role phrase opening its sentence or clause, then a comma and the name.
fn role_in_apposition_before(doc: &Document, first: usize) -> Option<String> {
    let comma = first.checked_sub(1)?;
    if word(doc, comma) != "," {
        return None;
    }
    let (start, role) = role_ending_at(doc, comma)?;
    // The phrase opens with a determiner, perhaps with a possessor
    // between (`The company's chief executive`).
    let opening = (start.saturating_sub(4)..start)
        .rev()
        .find(|&i| opens_definite(doc, i))?;
    let between_ok = opening + 1 == start
        || ((opening + 1..start).all(|i| {
            doc.tokens[i].kind == TokenKind::Word || possessor_at(doc, opening + 1, i + 1)
        }) && possessor_at(doc, opening + 1, start));
    // Only at the start of a clause: `He thanked the coach, Ellen Brandt
    // and Tom Hill` lists people.
    let clause_opens = opening == 0
        || matches!(word(doc, opening - 1), "." | "," | ";" | ":" | "\"" | "“")
        || opens_sentence(doc, opening);
    (between_ok && clause_opens).then_some(role)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Document, normalize};

    /// The roles beside the name `name` in `text`.
    fn roles(text: &str, name: &str) -> Vec<String> {
        let doc = Document::new(normalize(text));
        let first_word = name.split_whitespace().next().unwrap();
        let words = name.split_whitespace().count();
        let first = doc
            .tokens
            .iter()
            .position(|t| t.text(&doc.text) == first_word)
            .expect("name in text");
        roles_beside(&doc, first, first + words)
    }

    #[test]
    fn a_lower_case_role_before_a_name_is_theirs() {
        let table = [
            (
                "Hungarian striker Mateo Varga joined.",
                "Mateo Varga",
                "Hungarian striker",
            ),
            (
                "The Welsh winger Rhys Daniel signed.",
                "Rhys Daniel",
                "winger",
            ),
            (
                "Aldenburg's sporting director Henrik Solberg said so.",
                "Henrik Solberg",
                "sporting director",
            ),
            (
                "Labour councillor Jim Hart voted against.",
                "Jim Hart",
                "Labour councillor",
            ),
            (
                "The local farmer Gwen Price lost sheep.",
                "Gwen Price",
                "local farmer",
            ),
            (
                "It was left to goalkeeper Maria Moll to save it.",
                "Maria Moll",
                "goalkeeper",
            ),
        ];
        for (text, name, role) in table {
            assert_eq!(roles(text, name), vec![role.to_string()], "{text}");
        }
    }

    #[test]
    fn a_role_in_apposition_is_theirs() {
        let table = [
            (
                "Tom Ashby, the club's striker, scored twice.",
                "Tom Ashby",
                "striker",
            ),
            (
                "Ana Ruiz, a judge at the court, ruled.",
                "Ana Ruiz",
                "judge",
            ),
            (
                "Mark Dorn, the veteran defender, was sent off.",
                "Mark Dorn",
                "veteran defender",
            ),
            (
                "The club's goalkeeper, Piotr Nowak, kept a clean sheet.",
                "Piotr Nowak",
                "goalkeeper",
            ),
            (
                "Its chair, Marion Tebbit, said more.",
                "Marion Tebbit",
                "chair",
            ),
            (
                "The company's chief executive, Laura Kemp, resigned.",
                "Laura Kemp",
                "chief executive",
            ),
        ];
        for (text, name, role) in table {
            let got = roles(text, name);
            assert!(
                got.iter().any(|r| r.ends_with(role)),
                "{text}: {got:?}, wanted {role}"
            );
        }
    }

    #[test]
    fn words_that_are_no_role_of_the_name_are_left() {
        let table = [
            ("The fans cheered Mateo Varga.", "Mateo Varga"),
            ("Supporters of Rhys Daniel waited.", "Rhys Daniel"),
            (
                "He thanked the coach, Ellen Brandt and Tom Hill.",
                "Ellen Brandt",
            ),
            (
                "Ruth Adeyemi, who opened the bridge, spoke.",
                "Ruth Adeyemi",
            ),
            ("Nurses said Ola Berg, 41, was calm.", "Ola Berg"),
            ("Campaigners Ann Lee and Bo Kim marched.", "Ann Lee"),
            ("A former Omar Said ally spoke.", "Omar Said"),
        ];
        for (text, name) in table {
            assert!(
                roles(text, name).is_empty(),
                "{text}: {:?}",
                roles(text, name)
            );
        }
    }
}
