//! Speakers across articles: one row per person, organisation or role,
//! however each outlet named them.
//!
//! An article's speaker is matched to a stored one by its canonical name
//! and kind; a person known in one article only by a surname (`Mr Hunt`)
//! joins the one stored person with that surname (`Jeremy Hunt`), and a
//! stored surname-only person is upgraded when the full name turns up. An
//! organisation named by its first word (`Corvia`) joins the one stored
//! organisation whose name starts with it.
//!
//! The writer keeps every speaker's name in memory (loaded once per run),
//! so matching costs hash look-ups, not table scans.

use super::Result;
use crate::extract::speakers::{Speaker, SpeakerKind};
use rusqlite::{Transaction, params};
use std::collections::HashMap;

/// In-memory index of the stored speakers.
#[derive(Debug, Default)]
pub struct SpeakerIds {
    loaded: bool,
    /// (lower-case name, kind) → id
    by_name: HashMap<(String, SpeakerKind), i64>,
    /// Last word of a person's multi-word name → ids.
    by_surname: HashMap<String, Vec<i64>>,
    /// First word of an organisation's multi-word name → ids.
    by_first_word: HashMap<String, Vec<i64>>,
    /// Ids whose aliases and roles were written in this run, to skip repeats.
    seen_labels: HashMap<i64, Vec<String>>,
}

fn kind_of(s: &str) -> SpeakerKind {
    match s {
        "person" => SpeakerKind::Person,
        "organisation" => SpeakerKind::Organisation,
        _ => SpeakerKind::Role,
    }
}

impl SpeakerIds {
    fn load(&mut self, tx: &Transaction) -> Result<()> {
        let mut stmt = tx.prepare("SELECT id, name, kind FROM speakers")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (id, name, kind) = row?;
            self.index(id, &name, kind_of(&kind));
        }
        self.loaded = true;
        Ok(())
    }

    fn index(&mut self, id: i64, name: &str, kind: SpeakerKind) {
        let lower = name.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        if words.len() > 1 {
            match kind {
                SpeakerKind::Person => self
                    .by_surname
                    .entry(words[words.len() - 1].to_string())
                    .or_default()
                    .push(id),
                SpeakerKind::Organisation => self
                    .by_first_word
                    .entry(words[0].to_string())
                    .or_default()
                    .push(id),
                SpeakerKind::Role => {}
            }
        }
        self.by_name.insert((lower, kind), id);
    }

    /// The store id of an article's speaker, adding it (with its aliases and roles) when new.
    pub fn resolve(&mut self, tx: &Transaction, s: &Speaker) -> Result<i64> {
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

    fn find_or_insert(&mut self, tx: &Transaction, s: &Speaker) -> Result<i64> {
        let lower = s.name.to_lowercase();
        if let Some(&id) = self.by_name.get(&(lower.clone(), s.kind)) {
            return Ok(id);
        }
        let words: Vec<&str> = lower.split_whitespace().collect();
        match (s.kind, words.len()) {
            (SpeakerKind::Person, 1) => {
                // `Hunt` → the one stored person whose name ends with it.
                if let Some([id]) = self.by_surname.get(words[0]).map(Vec::as_slice) {
                    let id = *id;
                    self.by_name.insert((lower, s.kind), id);
                    return Ok(id);
                }
            }
            (SpeakerKind::Person, n) if n > 1 => {
                // A surname-only person stored earlier becomes this full
                // name, unless another full name with that surname exists.
                let last = words[n - 1].to_string();
                let short = self
                    .by_name
                    .get(&(last.clone(), SpeakerKind::Person))
                    .copied();
                let others = self.by_surname.get(&last).map_or(0, Vec::len);
                if let (Some(id), 0) = (short, others) {
                    tx.execute(
                        "UPDATE speakers SET name = ?2 WHERE id = ?1",
                        params![id, s.name],
                    )?;
                    self.index(id, &s.name, s.kind);
                    return Ok(id);
                }
            }
            (SpeakerKind::Organisation, 1) => {
                if let Some([id]) = self.by_first_word.get(words[0]).map(Vec::as_slice) {
                    let id = *id;
                    self.by_name.insert((lower, s.kind), id);
                    return Ok(id);
                }
            }
            _ => {}
        }
        tx.prepare_cached("INSERT INTO speakers (name, kind) VALUES (?1, ?2)")?
            .execute(params![s.name, s.kind.as_str()])?;
        let id = tx.last_insert_rowid();
        self.index(id, &s.name, s.kind);
        Ok(id)
    }
}
