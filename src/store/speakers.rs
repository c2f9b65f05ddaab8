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
//! The writer finds a name by an index of its lower-case form (migration
//! 0017) and keeps the names it met in memory for the rest of the run, so
//! matching costs an index look-up per name, never a table scan.

use super::Result;
use super::identity::{self, NameRow};
use crate::extract::lexicon::{self, Gender};
use crate::extract::speakers::{Speaker, SpeakerKind};
use rusqlite::{Connection, params};
use std::collections::{BTreeSet, HashMap};

/// The stored speakers this run has looked up or written, found by index
/// (`speakers.name_key`, migration 0017) and kept in memory for the rest
/// of the run: the cost of a name is one index look-up, whatever the size
/// of the store (the whole table was once read at the start of each run).
#[derive(Debug, Default)]
pub struct SpeakerIds {
    /// (lower-case name, kind) → id, of the names looked up so far.
    by_name: HashMap<(String, SpeakerKind), i64>,
    /// id → the spelling stored (of those the articles gave, the first in
    /// byte order: `Analysts` before `analysts`).
    spelling: HashMap<i64, String>,
    /// Ids whose aliases and roles were written in this run, to skip repeats.
    seen_labels: HashMap<i64, Vec<String>>,
    /// Surnames written since the last [`SpeakerIds::relink`].
    touched: BTreeSet<String>,
    /// First words of organisations written since the last [`SpeakerIds::relink`].
    touched_words: BTreeSet<String>,
}

/// Names kept in memory before the look-up caches are dropped (they are
/// only a shortcut: the index answers alike), so memory stays bounded on
/// a run of any size.
const CACHE_LIMIT: usize = 200_000;

fn kind_of(s: &str) -> SpeakerKind {
    match s {
        "person" => SpeakerKind::Person,
        "organisation" => SpeakerKind::Organisation,
        _ => SpeakerKind::Role,
    }
}

/// `speakers.name_key` of a lower-case name.
fn name_key(lower: &str) -> i64 {
    super::short_hash(lower) as i64
}

/// `speakers.word_key`: for an organisation's name of several words,
/// the key of its first word; else none.
fn word_key(lower: &str, kind: SpeakerKind) -> Option<i64> {
    let mut words = lower.split_whitespace();
    let first = words.next()?;
    (kind == SpeakerKind::Organisation && words.next().is_some()).then(|| name_key(first))
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

/// Migration 0017: fills every row's look-up keys, and files each person
/// under the surname the current rules read (rows stored before
/// identities were kept, schema 0005, or under a surname read another way
/// then, with its accents); the writer once did this at the start of each
/// run, reading the whole table. Both surnames of a refiled row have their
/// identities settled again by the next writer that writes one of them,
/// and at once here for the new one.
pub(super) fn convert_0017(tx: &Connection) -> Result<()> {
    let rows: Vec<(i64, String, String, Option<String>)> = tx
        .prepare("SELECT id, name, kind, surname FROM speakers")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut keys = tx.prepare("UPDATE speakers SET name_key = ?2, word_key = ?3 WHERE id = ?1")?;
    let mut file = tx.prepare("UPDATE speakers SET surname = ?2 WHERE id = ?1")?;
    let mut ids = SpeakerIds::default();
    for (id, name, kind, surname) in rows {
        let kind = kind_of(&kind);
        let lower = name.to_lowercase();
        keys.execute(params![id, name_key(&lower), word_key(&lower, kind)])?;
        if kind == SpeakerKind::Person
            && let Some(want) = identity::surname_of(&name)
            && surname.as_deref() != Some(want.as_str())
        {
            if let Some(old) = surname {
                ids.touched.insert(old);
            }
            file.execute(params![id, want])?;
            ids.touched.insert(want);
        }
    }
    ids.relink_people(tx)
}

impl SpeakerIds {
    /// The id of the stored name `lower` (lower case) of this kind, if any:
    /// of several rows that fold alike (stored by older versions), the
    /// last, as the whole-table read that this replaces kept.
    fn lookup(&mut self, tx: &Connection, lower: &str, kind: SpeakerKind) -> Result<Option<i64>> {
        if let Some(&id) = self.by_name.get(&(lower.to_string(), kind)) {
            return Ok(Some(id));
        }
        let mut stmt = tx.prepare_cached(
            "SELECT id, name FROM speakers WHERE name_key = ?1 AND kind = ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![name_key(lower), kind.as_str()], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut found = None;
        for row in rows {
            let (id, name) = row?;
            if name.to_lowercase() == lower {
                found = Some((id, name));
            }
        }
        Ok(found.map(|(id, name)| {
            self.remember(id, lower, &name, kind);
            id
        }))
    }

    fn remember(&mut self, id: i64, lower: &str, name: &str, kind: SpeakerKind) {
        if self.by_name.len() > CACHE_LIMIT {
            self.by_name.clear();
            self.spelling.clear();
            self.seen_labels.clear();
        }
        self.by_name.insert((lower.to_string(), kind), id);
        self.spelling.insert(id, name.to_string());
    }

    /// Ids of the stored organisations of several words whose first word
    /// is `word` (lower case).
    fn first_word_ids(tx: &Connection, word: &str) -> Result<Vec<i64>> {
        let mut stmt = tx.prepare_cached(
            "SELECT id, name FROM speakers WHERE word_key = ?1 AND kind = 'organisation'",
        )?;
        let rows = stmt.query_map([name_key(word)], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut ids = Vec::new();
        for row in rows {
            let (id, name) = row?;
            let lower = name.to_lowercase();
            let mut words = lower.split_whitespace();
            if words.next() == Some(word) && words.next().is_some() {
                ids.push(id);
            }
        }
        Ok(ids)
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
        if let Some(id) = self.lookup(tx, &lower, s.kind)? {
            self.respell(tx, id, &name)?;
            Self::note_gender(tx, id, s)?;
            return Ok(id);
        }
        tx.prepare_cached(
            "INSERT INTO speakers (name, kind, surname, name_key, word_key)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            name,
            s.kind.as_str(),
            surname,
            name_key(&lower),
            word_key(&lower, s.kind)
        ])?;
        let id = tx.last_insert_rowid();
        self.remember(id, &lower, &name, s.kind);
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
            let Some(id) = self.lookup(tx, &word, SpeakerKind::Organisation)? else {
                continue;
            };
            let root = match Self::first_word_ids(tx, &word)?.as_slice() {
                &[only] => only,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, write_tx};

    fn speaker(name: &str, kind: SpeakerKind) -> Speaker {
        Speaker {
            name: name.into(),
            kind,
            aliases: Vec::new(),
            roles: Vec::new(),
            gender: None,
        }
    }

    /// Resolves each batch of names with a writer's index as a run does,
    /// either one index for all batches or a fresh one per batch (a new
    /// run, which knows only what the store holds); returns each name's
    /// row id and what `identity_id` each row ends with.
    fn resolve_all(
        batches: &[&[(&str, SpeakerKind)]],
        fresh_per_batch: bool,
    ) -> (Vec<i64>, Vec<(String, Option<String>)>) {
        let store = Store::open_in_memory().unwrap();
        let conn = store.conn();
        let mut ids = SpeakerIds::default();
        let mut got = Vec::new();
        for batch in batches {
            if fresh_per_batch {
                ids = SpeakerIds::default();
            }
            let tx = write_tx(conn).unwrap();
            for (name, kind) in batch.iter() {
                got.push(ids.resolve(&tx, &speaker(name, *kind)).unwrap());
            }
            ids.relink(&tx).unwrap();
            tx.commit().unwrap();
        }
        let rows = conn
            .prepare(
                "SELECT s.name, i.name FROM speakers s LEFT JOIN speakers i ON i.id = s.identity_id
                 ORDER BY s.id",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        (got, rows)
    }

    /// A new run finds what earlier runs stored by the index alone: names
    /// that fold alike in Unicode lower case (which SQLite's `lower` does
    /// not fold) are one row, a first word names the one organisation
    /// that starts with it, and a word two organisations start with names
    /// neither; the same as one run that saw every batch.
    #[test]
    fn a_new_run_finds_stored_names_as_one_long_run_does() {
        use SpeakerKind::{Organisation as O, Person as P, Role as R};
        let batches: &[&[(&str, SpeakerKind)]] = &[
            &[
                ("Éloïse Durand", P),
                ("Corvia Airlines", O),
                ("Ministère de l'Écologie", O),
            ],
            &[("éloïse durand", P), ("Corvia", O), ("ministère", O)],
            &[
                ("ÉLOÏSE DURAND", P),
                ("Corvia Airlines", O),
                ("Ministère des Armées", O),
            ],
            &[("Ministère", O), ("the spokesman", R), ("The Spokesman", R)],
            &[("corvia", O), ("Corvia Rail Freight", O), ("Corvia", O)],
        ];
        let one_run = resolve_all(batches, false);
        let runs = resolve_all(batches, true);
        assert_eq!(one_run, runs);
        let (ids, rows) = runs;
        // Every spelling of a name is the first row of that name.
        assert_eq!(ids[0], ids[3]);
        assert_eq!(ids[0], ids[6]);
        assert_eq!(ids[1], ids[7]);
        assert_eq!(ids[10], ids[11]);
        let identity = |name: &str| {
            rows.iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|r| r.1.clone())
        };
        // `Ministère` starts two organisations' names: it is its own.
        assert_eq!(identity("Ministère"), Some(None));
        // `Corvia` started one until `Corvia Rail Freight` came: then none.
        assert_eq!(identity("Corvia"), Some(None));
    }

    /// Until a second organisation shares the word, the one-word name
    /// points at the only one, even when each is stored by another run.
    #[test]
    fn a_first_word_names_the_one_organisation_across_runs() {
        use SpeakerKind::Organisation as O;
        let batches: &[&[(&str, SpeakerKind)]] = &[&[("Corvia Airlines", O)], &[("Corvia", O)]];
        let (_, rows) = resolve_all(batches, true);
        assert_eq!(
            rows,
            [
                ("Corvia Airlines".to_string(), None),
                ("Corvia".to_string(), Some("Corvia Airlines".to_string())),
            ]
        );
    }

    /// Migration 0017 gives stored rows their keys, so that a writer
    /// finds them by index, and files a person stored under another
    /// surname reading (or none) under the current one.
    #[test]
    fn migration_0017_keys_the_stored_names() {
        use crate::store::migrations::MIGRATIONS;
        let conn = Connection::open_in_memory().unwrap();
        let at = MIGRATIONS
            .iter()
            .position(|m| m.0 == "0017_speaker_keys")
            .unwrap();
        for (_, sql) in &MIGRATIONS[..at] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO speakers (id, name, kind, surname) VALUES
                 (1, 'Zoë Ngata', 'person', 'ngata'),
                 (2, 'Rafael Núñez', 'person', NULL),
                 (3, 'Corvia Airlines', 'organisation', NULL),
                 (4, 'Corvia', 'organisation', NULL);",
        )
        .unwrap();
        conn.execute_batch(MIGRATIONS[at].1).unwrap();
        convert_0017(&conn).unwrap();
        let surname: Option<String> = conn
            .query_row("SELECT surname FROM speakers WHERE id = 2", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(surname, identity::surname_of("Rafael Núñez"));
        let mut ids = SpeakerIds::default();
        let tx = write_tx(&conn).unwrap();
        for (name, kind, id) in [
            ("ZOË NGATA", SpeakerKind::Person, 1),
            ("rafael núñez", SpeakerKind::Person, 2),
            ("corvia airlines", SpeakerKind::Organisation, 3),
        ] {
            assert_eq!(
                ids.resolve(&tx, &speaker(name, kind)).unwrap(),
                id,
                "{name}"
            );
        }
        ids.relink(&tx).unwrap();
        let corvia: Option<i64> = tx
            .query_row("SELECT identity_id FROM speakers WHERE id = 4", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(corvia, Some(3));
    }
}
