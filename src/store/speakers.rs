//! Speakers across articles: one identity per person, organisation or role,
//! however each outlet named them.
//!
//! Each name an article gives a speaker is a `speakers` row (people known
//! only by a surname and an honorific keep it: `Mrs Clinton`). Which rows
//! are one person is decided by [`super::identity`] from every stored name
//! with the same surname, and recomputed whenever such a name is written,
//! so the result does not depend on ingest order and changes when new
//! evidence does; `quotes.speaker_id` and `claims.speaker_id` point at the
//! identity, `name_id` at the name used. An organisation named by its
//! first word (`Corvia`) keeps a row of its own, whose identity is the one
//! stored organisation whose name starts with that word (`Corvia
//! Airlines`), if there is exactly one; that too is recomputed whenever an
//! organisation with that first word is written, so neither the order of
//! articles nor where a batch (or an interrupted run) ended decides it.
//!
//! The writer keeps every speaker's name in memory (loaded once per run),
//! so matching costs hash look-ups, not table scans.

use super::Result;
use super::identity::{self, NameRow};
use crate::extract::lexicon::{self, Gender};
use crate::extract::speakers::{Speaker, SpeakerKind};
use rusqlite::{Connection, params};
use std::collections::{BTreeSet, HashMap};

/// In-memory index of the stored speakers.
#[derive(Debug, Default)]
pub struct SpeakerIds {
    loaded: bool,
    /// (lower-case name, kind) → id
    by_name: HashMap<(String, SpeakerKind), i64>,
    /// id → the spelling stored (of those the articles gave, the first in
    /// byte order: `Analysts` before `analysts`).
    spelling: HashMap<i64, String>,
    /// First word of an organisation's multi-word name → ids.
    by_first_word: HashMap<String, Vec<i64>>,
    /// Ids whose aliases and roles were written in this run, to skip repeats.
    seen_labels: HashMap<i64, Vec<String>>,
    /// Surnames written since the last [`SpeakerIds::relink`].
    touched: BTreeSet<String>,
    /// First words of organisations written since the last [`SpeakerIds::relink`].
    touched_words: BTreeSet<String>,
}

fn kind_of(s: &str) -> SpeakerKind {
    match s {
        "person" => SpeakerKind::Person,
        "organisation" => SpeakerKind::Organisation,
        _ => SpeakerKind::Role,
    }
}

/// The honorific an article gave a person known only by one name
/// (`Mrs Clinton`), if it gave one.
fn honorific(s: &Speaker) -> Option<Gender> {
    if s.kind != SpeakerKind::Person || s.name.contains(char::is_whitespace) {
        return None;
    }
    s.aliases.iter().find_map(|a| {
        let (title, rest) = a.split_once(' ')?;
        if !rest.eq_ignore_ascii_case(&s.name) {
            return None;
        }
        lexicon::honorific_gender(&title.trim_end_matches('.').to_lowercase())
    })
}

/// The name a person is stored under: the article's canonical name, or
/// for a surname the article gave an honorific, the surname with it
/// (`Mrs Clinton` is not `Mr Clinton`).
fn stored_name(s: &Speaker) -> String {
    match honorific(s) {
        Some(Gender::Male) => format!("Mr {}", s.name),
        Some(Gender::Female) => format!("Ms {}", s.name),
        None => s.name.clone(),
    }
}

impl SpeakerIds {
    fn load(&mut self, tx: &Connection) -> Result<()> {
        let mut stmt = tx.prepare("SELECT id, name, kind, surname FROM speakers")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut unfiled = Vec::new();
        for row in rows {
            let (id, name, kind, surname) = row?;
            let kind = kind_of(&kind);
            // People stored before identities were kept (schema 0005), or
            // filed under a surname read another way then (with its
            // accents, before names were folded).
            if kind == SpeakerKind::Person
                && let Some(want) = identity::surname_of(&name)
                && surname.as_deref() != Some(want.as_str())
            {
                if let Some(old) = surname {
                    self.touched.insert(old);
                }
                unfiled.push((id, want));
            }
            self.index(id, &name, kind);
        }
        let mut file = tx.prepare("UPDATE speakers SET surname = ?2 WHERE id = ?1")?;
        for (id, surname) in unfiled {
            file.execute(params![id, surname])?;
            self.touched.insert(surname);
        }
        self.loaded = true;
        Ok(())
    }

    fn index(&mut self, id: i64, name: &str, kind: SpeakerKind) {
        let lower = name.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        if words.len() > 1 && kind == SpeakerKind::Organisation {
            self.by_first_word
                .entry(words[0].to_string())
                .or_default()
                .push(id);
        }
        self.by_name.insert((lower, kind), id);
        self.spelling.insert(id, name.to_string());
    }

    /// Stores `name` as the row's spelling when it comes first in byte
    /// order, so the spelling kept is the same whichever article came first.
    fn respell(&mut self, tx: &Connection, id: i64, name: &str) -> Result<()> {
        if self
            .spelling
            .get(&id)
            .is_some_and(|old| name >= old.as_str())
        {
            return Ok(());
        }
        // (OR IGNORE: a row of that exact spelling, stored by an older
        // version, keeps it; this row keeps its own.)
        let changed = tx
            .prepare_cached("UPDATE OR IGNORE speakers SET name = ?2 WHERE id = ?1")?
            .execute(params![id, name])?;
        if changed == 1 {
            self.spelling.insert(id, name.to_string());
        }
        Ok(())
    }

    /// Adds the gender this article gives the name to what the row has
    /// seen; the row's gender is the one seen when only one was, so it is
    /// the same whichever articles came first. (A one-word name counts only
    /// an honorific's gender, not a guess from pronouns or a first name.)
    fn note_gender(tx: &Connection, id: i64, s: &Speaker) -> Result<()> {
        let gender = if s.name.contains(' ') {
            s.gender
        } else {
            honorific(s)
        };
        let bit = match gender {
            Some(Gender::Male) => 1,
            Some(Gender::Female) => 2,
            None => return Ok(()),
        };
        tx.prepare_cached(
            "UPDATE speakers SET gender_seen = gender_seen | ?2,
                 gender = CASE gender_seen | ?2 WHEN 1 THEN 'male' WHEN 2 THEN 'female' END
             WHERE id = ?1 AND (gender_seen & ?2) = 0",
        )?
        .execute(params![id, bit])?;
        Ok(())
    }

    /// The store row of an article's speaker's name, adding it (with its
    /// aliases and roles) when new. Its identity is settled by
    /// [`SpeakerIds::relink`] before the transaction ends.
    pub fn resolve(&mut self, tx: &Connection, s: &Speaker) -> Result<i64> {
        if !self.loaded {
            self.load(tx)?;
        }
        let id = self.find_or_insert(tx, s)?;
        let written = self.seen_labels.entry(id).or_default();
        let mut alias = tx.prepare_cached(
            "INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?;
        for a in std::iter::once(&s.name).chain(&s.aliases) {
            let label = format!("a\u{1f}{a}");
            if !written.contains(&label) {
                alias.execute(params![id, a])?;
                written.push(label);
            }
        }
        let mut role = tx.prepare_cached(
            "INSERT INTO speaker_roles (speaker_id, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?;
        for r in &s.roles {
            let label = format!("r\u{1f}{r}");
            if !written.contains(&label) {
                role.execute(params![id, r])?;
                written.push(label);
            }
        }
        Ok(id)
    }

    fn find_or_insert(&mut self, tx: &Connection, s: &Speaker) -> Result<i64> {
        let name = stored_name(s);
        let lower = name.to_lowercase();
        let surname = (s.kind == SpeakerKind::Person)
            .then(|| identity::surname_of(&name))
            .flatten();
        if let Some(surname) = &surname {
            self.touched.insert(surname.clone());
        }
        if s.kind == SpeakerKind::Organisation
            && let Some(word) = lower.split_whitespace().next()
        {
            self.touched_words.insert(word.to_string());
        }
        if let Some(&id) = self.by_name.get(&(lower.clone(), s.kind)) {
            self.respell(tx, id, &name)?;
            Self::note_gender(tx, id, s)?;
            return Ok(id);
        }
        tx.prepare_cached("INSERT INTO speakers (name, kind, surname) VALUES (?1, ?2, ?3)")?
            .execute(params![name, s.kind.as_str(), surname])?;
        let id = tx.last_insert_rowid();
        self.index(id, &name, s.kind);
        Self::note_gender(tx, id, s)?;
        Ok(id)
    }

    /// Settles the identities of every surname and organisation's first
    /// word written since the last call: recomputes which rows are one
    /// speaker from all stored names that share it, and points quotes and
    /// claims at the identity. Costs the rows and quotes of those names,
    /// never a pass over the store.
    pub fn relink(&mut self, tx: &Connection) -> Result<()> {
        self.relink_people(tx)?;
        self.relink_organisations(tx)
    }

    /// Points each touched one-word organisation (`Corvia`) at the one
    /// stored organisation whose name starts with that word, or back at
    /// itself when there is none or more than one; the index holds every
    /// stored organisation, so the answer is the store's, not the batch's.
    fn relink_organisations(&mut self, tx: &Connection) -> Result<()> {
        let touched = std::mem::take(&mut self.touched_words);
        let mut set_identity = tx.prepare_cached(
            "UPDATE speakers SET identity_id = ?2 WHERE id = ?1 AND identity_id IS NOT ?2",
        )?;
        for word in touched {
            let Some(&id) = self.by_name.get(&(word.clone(), SpeakerKind::Organisation)) else {
                continue;
            };
            let root = match self.by_first_word.get(&word).map(Vec::as_slice) {
                Some(&[only]) => only,
                _ => id,
            };
            set_identity.execute(params![id, (root != id).then_some(root)])?;
            point_at(tx, id, root)?;
        }
        Ok(())
    }

    /// Settles the identities of people for every surname written since
    /// the last call (see [`identity`]).
    fn relink_people(&mut self, tx: &Connection) -> Result<()> {
        let touched = std::mem::take(&mut self.touched);
        let mut rows_of = tx.prepare_cached(
            "SELECT s.id, s.name, s.gender, s.identity_id,
                    (SELECT count(*) FROM quotes q WHERE q.name_id = s.id)
             FROM speakers s WHERE s.surname = ?1 AND s.kind = 'person'",
        )?;
        let mut set_identity =
            tx.prepare_cached("UPDATE speakers SET identity_id = ?2 WHERE id = ?1")?;
        // Rows written since the name was linked still point at the name
        // itself (see `write_quotes`): found by the speaker index, they
        // cost this batch's quotes, not every quote of a well-quoted name.
        // (`+name_id` keeps SQLite off the name index, which holds them all.)
        let mut point_new_quotes = tx.prepare_cached(
            "UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1 AND +name_id = ?1",
        )?;
        let mut point_new_claims = tx.prepare_cached(
            "UPDATE claims SET speaker_id = ?2 WHERE speaker_id = ?1 AND +name_id = ?1",
        )?;
        for surname in touched {
            let mut current = HashMap::new();
            let rows: Vec<NameRow> = rows_of
                .query_map([&surname], |r| {
                    let id: i64 = r.get(0)?;
                    current.insert(id, r.get::<_, Option<i64>>(3)?);
                    Ok(NameRow {
                        id,
                        name: r.get(1)?,
                        gender: match r.get::<_, Option<String>>(2)?.as_deref() {
                            Some("male") => Some(Gender::Male),
                            Some("female") => Some(Gender::Female),
                            _ => None,
                        },
                        quotes: r.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            for (id, root) in identity::identities(&rows) {
                let link = (root != id).then_some(root);
                let changed = current.get(&id).copied().flatten() != link;
                if changed {
                    set_identity.execute(params![id, link])?;
                }
                // New quotes point at their own name; only a name that is
                // not its own identity, or has just changed, needs them moved.
                if changed {
                    point_at(tx, id, root)?;
                } else if link.is_some() {
                    point_new_quotes.execute(params![id, root])?;
                    point_new_claims.execute(params![id, root])?;
                }
            }
        }
        Ok(())
    }
}

/// Points every quote and claim given under name `id` at identity `root`.
fn point_at(tx: &Connection, id: i64, root: i64) -> Result<()> {
    tx.prepare_cached(
        "UPDATE quotes SET speaker_id = ?2 WHERE name_id = ?1 AND speaker_id IS NOT ?2",
    )?
    .execute(params![id, root])?;
    tx.prepare_cached(
        "UPDATE claims SET speaker_id = ?2 WHERE name_id = ?1 AND speaker_id IS NOT ?2",
    )?
    .execute(params![id, root])?;
    Ok(())
}
