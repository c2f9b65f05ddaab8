//! Speakers inside one article: every mention that can speak, resolved to
//! one entity per person, organisation or role.
//!
//! `Jeremy Hunt`, later `Hunt` and `Mr Hunt` are one person; `he` is the
//! last person mentioned before it (of a matching gender when that is
//! known); `the council` is the last organisation whose name says council
//! (or the only organisation); `the spokeswoman` is the last role of that
//! kind. The canonical name is the fullest name seen, without titles.

use super::lexicon::{self, Gender, Pronoun};
use super::mentions::{Form, Mention, clean_name, is_name_form, person_name, text_of_tokens};
use crate::analysis::{Document, Token, TokenKind};
use serde::{Deserialize, Serialize};

mod introduced;

/// What kind of speaker an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organisation,
    /// Known only by a description: "BMA spokeswoman", "71-year-old patient".
    Role,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Role => "role",
        }
    }
}

/// A speaker of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speaker {
    /// Canonical name: full name without titles, organisation name, or role.
    pub name: String,
    pub kind: SpeakerKind,
    /// Every form the article used: "Jeremy Hunt", "Hunt", "Mr Hunt".
    pub aliases: Vec<String>,
    /// Titles and roles seen: "Health Secretary", "national incident director for NHS England".
    pub roles: Vec<String>,
    #[serde(skip)]
    pub gender: Option<Gender>,
}

/// A mention of an entity at a position, for pronoun and description resolution.
#[derive(Debug, Clone, Copy)]
struct Seen {
    pos: usize,
    entity: usize,
    /// Named where a clause starts (the sentence's start, or after a
    /// comma): where a subject stands.
    opens_clause: bool,
    /// The speaker of a quotation (not just a name in the text).
    spoke: bool,
    /// Named as the object of a preposition or as a possessive (`of Mr.
    /// Trump's address`, `Of Obama,`): surely not a subject.
    oblique: bool,
    /// Named as the object of a preposition (`the brother of Ken Vale`):
    /// named in passing, not introduced as someone the article is about.
    in_passing: bool,
}

/// The entities of one article and where each was mentioned.
#[derive(Debug, Default)]
pub struct Registry {
    pub speakers: Vec<Speaker>,
    seen: Vec<Seen>,
    /// Indices into `seen` by position ascending, a later mention of the
    /// same position first: read backwards, nearest first in the order
    /// mentions were made, without sorting for every look-up.
    by_pos: Vec<usize>,
    /// Where each sentence's first word starts, in bytes, ascending: a
    /// mention there is the sentence's subject.
    sentence_starts: Vec<usize>,
    /// Where an indefinite determiner (`a`, `one`, `another`) starts, in
    /// bytes, ascending: a description opening there is someone new.
    indefinite_starts: Vec<usize>,
    /// The insides of the quotations, in bytes, ascending: a name inside
    /// someone's words is no antecedent for a pronoun outside them.
    quoted: Vec<(usize, usize)>,
    /// Where a word right after `who` or `whom` starts, with where that
    /// relative pronoun starts, ascending: in `Trump, whom he called …`
    /// the pronoun is not the person the clause is about.
    after_relative: Vec<(usize, usize)>,
    /// Where a document noun (`statement`, `letter`) is written, in bytes,
    /// ascending, with the noun: `the statement said` is the words of
    /// whoever issued the statement named there.
    documents: Vec<(usize, &'static str)>,
    /// How many times each speaker was mentioned so far, by id: a surname
    /// alone names the most mentioned person of that surname.
    times_seen: Vec<u32>,
    /// Where each speaker was first mentioned other than in passing, by
    /// id (`usize::MAX`: never): of people mentioned as often, a surname
    /// alone names the one introduced first.
    introduced: Vec<usize>,
}

/// Nouns for a document that speaks for the one who issued it: `X said in
/// a statement … "…," the statement continued`. Fewer than the lexicon's
/// document nouns: a report, study or poll speaks for itself (its authors
/// are seldom the person named beside it), a statement for its issuer.
const ISSUED_DOCUMENTS: &[&str] = &[
    "statement",
    "release",
    "letter",
    "memo",
    "communique",
    "communiqué",
    "email",
    "post",
    "tweet",
];

impl Registry {
    /// Collects the people and organisations named anywhere in the article
    /// (so that a later surname or pronoun can find them), in text order.
    pub fn from_document(doc: &Document) -> Self {
        let sentence_starts = sentence_starts(doc);
        let indefinite_starts = doc
            .tokens
            .iter()
            .filter(|t| {
                let w = t.text(&doc.text);
                ["a", "an", "one", "another", "some", "several"]
                    .iter()
                    .any(|d| w.eq_ignore_ascii_case(d))
            })
            .map(|t| t.span.start)
            .collect();
        let after_relative = after_relative_pronouns(doc);
        let documents = issued_documents(doc);
        let mut reg = Registry {
            sentence_starts,
            indefinite_starts,
            after_relative,
            documents,
            ..Registry::default()
        };
        // Surnames (lower case) of the people registered so far.
        let mut surnames: rustc_hash::FxHashSet<String> = Default::default();
        for run in name_runs(doc) {
            // (`Ruiz was angry`: a surname alone, of a person named before.)
            let known_surname =
                || !run.name.contains(' ') && surnames.contains(&run.name.to_lowercase());
            let kind = if run.org_like {
                SpeakerKind::Organisation
            } else if run.person_like || known_surname() {
                SpeakerKind::Person
            } else {
                continue;
            };
            let id = reg.find_or_add_name(&run.name, kind, run.gender, &run.title);
            if reg.speakers[id].kind == SpeakerKind::Person {
                // (`striker Mateo Varga`: a later `the striker` is him.)
                for role in introduced::roles_beside(doc, run.tokens.start, run.tokens.end) {
                    push_unique(&mut reg.speakers[id].roles, role);
                }
                let name = reg.speakers[id].name.to_lowercase();
                let words: Vec<&str> = name.split_whitespace().collect();
                if let Some(last) = surname(&words) {
                    surnames.insert(last.to_string());
                }
            }
            let k = doc.tokens.partition_point(|t| t.span.start < run.run_start);
            let opens_clause = reg.sentence_starts.binary_search(&run.run_start).is_ok()
                || k.checked_sub(1).is_some_and(|p| {
                    matches!(
                        doc.tokens[p].text(&doc.text),
                        "," | ":" | ";" | "\"" | "“" | "”" | "''" | "’’"
                    ) || is_closing_single_marks(doc, p)
                });
            // (`for striker Fernando Morientes`, `from singer Siouxsie
            // Sioux`: a preposition before the role is before the name.)
            let lead = introduced::role_start_before(doc, k).unwrap_or(k);
            let in_passing = lead
                .checked_sub(1)
                .is_some_and(|p| is_fronting_preposition(doc.tokens[p].text(&doc.text)));
            let oblique = in_passing || run.possessive || reports_subject(doc, k);
            reg.see(Seen {
                pos: run.pos,
                entity: id,
                opens_clause,
                spoke: false,
                oblique,
                in_passing,
            });
        }
        // Parenthesised acronyms name the organisation before them:
        // `the British Medical Association (BMA)`.
        reg
    }

    /// Tells the registry where the quotations are (byte spans of their
    /// insides), so that pronouns outside them skip names inside them
    /// (`"… the Christie for Governor campaign …," he said`).
    pub fn set_quotations(&mut self, mut spans: Vec<(usize, usize)>) {
        spans.sort_unstable();
        self.quoted = spans;
    }

    /// The quotation holding byte `pos`, if any.
    fn quotation_at(&self, pos: usize) -> Option<(usize, usize)> {
        let k = self.quoted.partition_point(|&(start, _)| start <= pos);
        k.checked_sub(1)
            .map(|k| self.quoted[k])
            .filter(|&(_, end)| pos < end)
    }

    /// Resolves a mention written at byte `pos` to an entity, adding one
    /// when it is new. `None` for a pronoun with nothing to point at.
    pub fn resolve(&mut self, m: &Mention, pos: usize) -> Option<usize> {
        let id = match m.form {
            Form::Pronoun(p) => self.antecedent(p, pos)?,
            Form::Name => {
                let kind = if m.org_like {
                    SpeakerKind::Organisation
                } else {
                    SpeakerKind::Person
                };
                let person;
                let name = match kind {
                    SpeakerKind::Person => {
                        person = person_name(m.name.as_deref()?)?;
                        person.as_str()
                    }
                    _ => m.name.as_deref()?,
                };
                let title = m.titles.first().cloned().unwrap_or_default();
                let id = self.find_or_add_name(name, kind, m.gender, &title);
                if let Some(role) = &m.role {
                    push_role(&mut self.speakers[id].roles, role);
                }
                for t in &m.titles {
                    push_role(&mut self.speakers[id].roles, t);
                }
                id
            }
            Form::Description => self.resolve_description(m, pos)?,
        };
        if m.form != Form::Description || self.speakers[id].kind != SpeakerKind::Role {
            let as_written = clean_name(&m_text(m));
            // Pronouns are not aliases; nor is a phrase around a person's
            // name (`emotional Mr Obama`).
            let s = &self.speakers[id];
            if !as_written.is_empty()
                && !matches!(m.form, Form::Pronoun(_))
                && (s.kind != SpeakerKind::Person || is_name_form(&as_written, &s.name))
            {
                push_unique(&mut self.speakers[id].aliases, as_written);
            }
        }
        if self.speakers[id].gender.is_none() {
            self.speakers[id].gender = m.gender;
        }
        self.see(Seen {
            pos,
            entity: id,
            opens_clause: false,
            spoke: true,
            oblique: false,
            in_passing: false,
        });
        Some(id)
    }

    /// A description (`the council`, `the Texas governor`, `the
    /// statement`): the same one read again, a name in apposition, a
    /// statement's issuer, the entity it describes, the last speaker
    /// holding that office, or else a role of its own.
    fn resolve_description(&mut self, m: &Mention, pos: usize) -> Option<usize> {
        let role = m.role.as_deref()?;
        // The same description read again (the reported clause and a
        // partial quotation inside it share their subject).
        let again = self
            .seen
            .iter()
            .find(|s| s.pos == pos && self.speakers[s.entity].kind == SpeakerKind::Role)
            .map(|s| s.entity);
        // `one Clinton aide said`: an indefinite description is someone
        // not named before, never a person named earlier.
        let indefinite = self.indefinite_starts.binary_search(&pos).is_ok();
        let id = again
            .or_else(|| self.named_in_apposition(m.span.end))
            .or_else(|| {
                (!indefinite)
                    .then(|| self.document_issuer(role, pos))
                    .flatten()
            })
            .or_else(|| self.find_description(role, m.org_like, pos, !indefinite))
            .or_else(|| {
                let id = (!indefinite)
                    .then(|| self.office_of_last_speaker(role, m.gender, pos))
                    .flatten()?;
                // (Their office now: `the senator` later finds them.)
                push_role(&mut self.speakers[id].roles, role);
                Some(id)
            })
            .unwrap_or_else(|| self.add(role, SpeakerKind::Role, m.gender));
        Some(id)
    }

    fn add(&mut self, name: &str, kind: SpeakerKind, gender: Option<Gender>) -> usize {
        self.speakers.push(Speaker {
            name: name.to_string(),
            kind,
            aliases: vec![name.to_string()],
            roles: vec![],
            gender,
        });
        self.speakers.len() - 1
    }

    /// Finds a person or organisation by name: the same name, a surname of
    /// a known person, the first word or acronym of a known organisation.
    fn find_or_add_name(
        &mut self,
        name: &str,
        kind: SpeakerKind,
        gender: Option<Gender>,
        title: &str,
    ) -> usize {
        let key = name.to_lowercase();
        let words: Vec<&str> = key.split_whitespace().collect();
        // Exact name first, then the name as part of a longer one.
        if let Some(id) = self.find_exact(name, &key, kind, gender) {
            // (`Trump`, later `President Trump`: the office is his.)
            if !title.is_empty() {
                push_role(&mut self.speakers[id].roles, title);
            }
            // (`President Obama`, later `Mr. Obama`: a man, so not the
            // `Michelle Obama` named after.)
            if self.speakers[id].gender.is_none() && kind == SpeakerKind::Person {
                self.speakers[id].gender = gender;
            }
            return id;
        }
        let mut forms = self
            .candidates(kind)
            .into_iter()
            .filter(|&id| self.is_form_of(id, &key, &words, kind, gender));
        let found = if words.len() == 1 && kind == SpeakerKind::Person {
            self.main_person(forms)
        } else {
            forms.next()
        };
        if let Some(id) = found {
            self.merge_name(id, name, words.len(), gender, title);
            return id;
        }
        let id = self.add(name, kind, gender);
        if !title.is_empty() {
            push_role(&mut self.speakers[id].roles, title);
        }
        id
    }

    /// Of the people a surname alone may name (`forms`), the article's
    /// main one: the most mentioned so far, of those the first introduced
    /// (news names its subject first and keeps the bare surname for them).
    /// `Mr. Jackson said`, in an article about Jesse Jackson Jr., is not
    /// the Michael Jackson named in passing, nor his wife Sandra Jackson
    /// named the sentence before. A mention as the object of a preposition
    /// introduces no one (`the brother of Ken Vale`: not the Vale the
    /// article is about, though named first). A person whose first name or
    /// honorific is known comes before an organisation named after a
    /// person (`Mr. Flynn` is not Flynn Intel Group, however often the
    /// firm is named).
    fn main_person(&self, forms: impl Iterator<Item = usize>) -> Option<usize> {
        let forms: Vec<usize> = forms.collect();
        let named_person = forms.iter().any(|&id| {
            self.speakers[id].kind == SpeakerKind::Person && self.speakers[id].gender.is_some()
        });
        forms.into_iter().max_by_key(|&id| {
            let firm = named_person && self.speakers[id].kind == SpeakerKind::Organisation;
            let seen = self.times_seen.get(id).copied().unwrap_or(0);
            let introduced = self.introduced.get(id).copied().unwrap_or(usize::MAX);
            (!firm, seen, std::cmp::Reverse((introduced, id)))
        })
    }

    /// The person or organisation called exactly `name` (`key`: lower
    /// case), if any (`Jeremy Hunt` for `Jeremy Hunt`), never a person of
    /// the other gender: `Mr. Vale` is not the `Vale` a `Mrs. Vale` was
    /// registered under, wherever in the article she is named.
    fn find_exact(
        &mut self,
        name: &str,
        key: &str,
        kind: SpeakerKind,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let id = self.speakers.iter().position(|s| {
            s.name.to_lowercase() == key
                && s.kind != SpeakerKind::Role
                && !(kind == SpeakerKind::Person && genders_differ(gender, s.gender))
        })?;
        // A name in capitals was taken for an acronym (`WALLACE:`
        // labelling a transcript turn); a person's mention corrects it.
        let s = &mut self.speakers[id];
        if kind == SpeakerKind::Person
            && s.kind == SpeakerKind::Organisation
            && !s.name.chars().any(char::is_lowercase)
            && name.chars().any(char::is_lowercase)
        {
            s.kind = SpeakerKind::Person;
            s.name = name.to_string();
        }
        Some(id)
    }

    /// The speakers a name of `kind` may be a form of, in the order tried:
    /// most recently mentioned first (`Clinton` is the Clinton last talked
    /// about), those of the same kind before the others.
    fn candidates(&self, kind: SpeakerKind) -> Vec<usize> {
        // Each entity once, at its latest mention (an entity is mentioned
        // many times; each try costs a name comparison).
        let mut listed = vec![false; self.speakers.len()];
        let mut recent: Vec<usize> = Vec::with_capacity(self.speakers.len());
        for id in self
            .seen
            .iter()
            .rev()
            .map(|s| s.entity)
            .chain(0..self.speakers.len())
        {
            if !std::mem::replace(&mut listed[id], true) {
                recent.push(id);
            }
        }
        // A lone word read as a person's (`Clinton said`) is a person
        // before it is the first word of an organisation (`the Clinton
        // Foundation`), and the other way round.
        let mut candidates: Vec<usize> = recent
            .iter()
            .copied()
            .filter(|&id| self.speakers[id].kind == kind)
            .collect();
        candidates.extend(
            recent
                .iter()
                .copied()
                .filter(|&id| self.speakers[id].kind != kind),
        );
        candidates
    }

    /// Is a name of `kind` (`key`, lower case, of `words`) a form of
    /// speaker `id`'s name (`Hunt` of `Jeremy Hunt`, `Corvia` of `Corvia
    /// Airlines`)?
    fn is_form_of(
        &self,
        id: usize,
        key: &str,
        words: &[&str],
        kind: SpeakerKind,
        gender: Option<Gender>,
    ) -> bool {
        let s = &self.speakers[id];
        if s.kind == SpeakerKind::Role {
            return false;
        }
        let last_word = words.last().copied().unwrap_or("");
        let first_word = words.first().copied().unwrap_or("");
        let sname = s.name.to_lowercase();
        let swords: Vec<&str> = sname.split_whitespace().collect();
        // `Mrs Clinton` is not Bill Clinton, nor `Mr Trump` Melania Trump.
        if kind == SpeakerKind::Person && genders_differ(gender, s.gender) {
            false
        } else if words.len() == 1 {
            // `Hunt` → `Jeremy Hunt`; `Corvia` → `Corvia Airlines`.
            (s.kind == SpeakerKind::Person && surname(&swords) == Some(last_word))
                || (s.kind == SpeakerKind::Organisation
                    && (swords.first() == Some(&first_word)
                        || acronym(&s.name).to_lowercase() == key))
        } else if swords.len() == 1 {
            // A single-word entity first, the full name later: upgrade it.
            (kind == SpeakerKind::Person
                && s.kind == SpeakerKind::Person
                && words.last() == swords.first())
                || (kind == SpeakerKind::Organisation
                    && s.kind == SpeakerKind::Organisation
                    && words.first() == swords.first())
        } else {
            // `Helen Okoro` and `Dr Helen Okoro` are cleaned alike; a
            // middle initial or fuller form (`Hillary Rodham Clinton`).
            s.kind == kind && swords.first() == words.first() && swords.last() == words.last()
        }
    }

    /// Records `name` (of `n_words` words), its gender and title on speaker
    /// `id`, keeping the fuller name as canonical (`Hunt`, then `Jeremy Hunt`).
    fn merge_name(
        &mut self,
        id: usize,
        name: &str,
        n_words: usize,
        gender: Option<Gender>,
        title: &str,
    ) {
        let swords = self.speakers[id].name.split_whitespace().count();
        // Keep the fuller name as canonical.
        if n_words > swords {
            let old = std::mem::replace(&mut self.speakers[id].name, name.to_string());
            push_unique(&mut self.speakers[id].aliases, old);
        }
        push_unique(&mut self.speakers[id].aliases, name.to_string());
        if !title.is_empty() {
            push_role(&mut self.speakers[id].roles, title);
        }
        if self.speakers[id].gender.is_none() {
            self.speakers[id].gender = gender;
        }
    }

    /// Records a mention.
    fn see(&mut self, s: Seen) {
        if self.times_seen.len() <= s.entity {
            self.times_seen.resize(s.entity + 1, 0);
            self.introduced.resize(s.entity + 1, usize::MAX);
        }
        self.times_seen[s.entity] += 1;
        if !s.in_passing {
            let first = &mut self.introduced[s.entity];
            *first = (*first).min(s.pos);
        }
        let seen = &self.seen;
        let at = self.by_pos.partition_point(|&i| seen[i].pos < s.pos);
        self.by_pos.insert(at, self.seen.len());
        self.seen.push(s);
    }

    /// Mentions before byte `pos`, nearest first (of one position, the
    /// earliest made first).
    fn recent_seen_before(&self, pos: usize) -> impl Iterator<Item = Seen> + '_ {
        let before = self.by_pos.partition_point(|&i| self.seen[i].pos < pos);
        self.by_pos[..before].iter().rev().map(|&i| self.seen[i])
    }

    /// The index of the sentence holding byte `pos`.
    fn sentence_of(&self, pos: usize) -> usize {
        self.sentence_starts
            .partition_point(|&s| s <= pos)
            .saturating_sub(1)
    }

    /// Entities mentioned before byte `pos`, nearest first.
    fn recent_before(&self, pos: usize) -> impl Iterator<Item = usize> + '_ {
        self.recent_seen_before(pos).map(|s| s.entity)
    }

    /// The entity a relative clause opened right before byte `pos` is
    /// about (`Trump` in `Trump, whom he called`), if any.
    fn relative_antecedent(&self, pos: usize) -> Option<usize> {
        let k = self
            .after_relative
            .binary_search_by_key(&pos, |&(p, _)| p)
            .ok()?;
        let who = self.after_relative[k].1;
        self.recent_seen_before(who)
            .next()
            .filter(|s| who - s.pos <= 40)
            .map(|s| s.entity)
    }

    /// The person `he` or `she` at `pos` points at.
    fn personal_antecedent(&self, p: Pronoun, pos: usize) -> Option<usize> {
        let want = if p == Pronoun::He {
            Gender::Male
        } else {
            Gender::Female
        };
        // (`Trump, whom he called …`: not Trump.)
        let bound = self.relative_antecedent(pos);
        let fits = |id: usize| {
            let s = &self.speakers[id];
            let personal = s.kind == SpeakerKind::Person
                || (s.kind == SpeakerKind::Role && s.gender.is_some())
                || (s.kind == SpeakerKind::Role && is_personal_role(&s.name));
            personal && s.gender.is_none_or(|g| g == want) && Some(id) != bound
        };
        // (A name inside a quotation counts only for a pronoun in
        // the same quotation.)
        let here = self.quotation_at(pos);
        let visible = |s: &Seen| self.quotation_at(s.pos).is_none_or(|q| Some(q) == here);
        let nearest = self
            .recent_seen_before(pos)
            .find(|s| fits(s.entity) && visible(s))?;
        // The subject of the sentence holding the nearest candidate
        // (its first person named where a clause starts) beats an
        // object or appositive after it (`According to the Times,
        // Mary Cheney, who married her partner, Heather Poe, …
        // "…," she wrote`).
        let sentence = self.sentence_of(nearest.pos);
        let mut same_sentence: Vec<&Seen> = self
            .seen
            .iter()
            .filter(|s| {
                s.pos <= nearest.pos
                    && s.opens_clause
                    && visible(s)
                    && self.sentence_of(s.pos) == sentence
            })
            .collect();
        same_sentence.sort_by_key(|s| s.pos);
        if let Some(subject) = same_sentence.into_iter().find(|s| fits(s.entity)) {
            return Some(subject.entity);
        }
        // The nearest is no subject (`Of Obama, he said`, `said
        // of Mr. Trump's address. … He added`): whoever spoke last,
        // a sentence or two before, goes on speaking.
        if !nearest.oblique {
            return Some(nearest.entity);
        }
        let last_speaker = self
            .recent_seen_before(pos)
            .take_while(|s| pos - s.pos <= LAST_SPEAKER_REACH)
            .find(|s| {
                s.spoke
                    && self.speakers[s.entity].gender == Some(want)
                    && fits(s.entity)
                    && visible(s)
            });
        // (Else the nearest one named as a subject: a long
        // quotation can put its speaker beyond that reach.)
        let subject = || {
            self.recent_seen_before(pos)
                .find(|s| {
                    !s.oblique
                        && self.speakers[s.entity].gender == Some(want)
                        && fits(s.entity)
                        && visible(s)
                })
                .map(|s| s.entity)
        };
        Some(
            last_speaker
                .map(|s| s.entity)
                .or_else(subject)
                .unwrap_or(nearest.entity),
        )
    }

    /// The entity a pronoun at `pos` points at.
    fn antecedent(&self, p: Pronoun, pos: usize) -> Option<usize> {
        let before = self.recent_before(pos);
        match p {
            Pronoun::He | Pronoun::She => self.personal_antecedent(p, pos),
            Pronoun::It => before
                .into_iter()
                .find(|&id| self.speakers[id].kind == SpeakerKind::Organisation),
            Pronoun::They => before.into_iter().find(|&id| {
                let s = &self.speakers[id];
                s.kind == SpeakerKind::Organisation
                    || (s.kind == SpeakerKind::Role && s.name.ends_with('s'))
            }),
            Pronoun::I => None,
        }
    }

    /// `the aide, Elizabeth Lauten, 31, …`: the person named right after a
    /// description ending at byte `end` is the one it describes.
    fn named_in_apposition(&self, end: usize) -> Option<usize> {
        self.seen
            .iter()
            .find(|s| {
                (end + 1..=end + 4).contains(&s.pos)
                    && self.speakers[s.entity].kind == SpeakerKind::Person
            })
            .map(|s| s.entity)
    }

    /// `"…," says Perry. "…," the Texas governor continues`: a definite
    /// description by a public office that nobody in the article holds is
    /// the person who spoke last, a sentence or two before, when nobody
    /// else was named since and nothing in the description contradicts
    /// what is known of them.
    fn office_of_last_speaker(
        &self,
        role: &str,
        gender: Option<Gender>,
        pos: usize,
    ) -> Option<usize> {
        let words: Vec<String> = role.split_whitespace().map(role_word).collect();
        let (head, modifiers) = words.split_last()?;
        if !PUBLIC_OFFICES.contains(&head.as_str())
            || modifiers.len() > 3
            || is_deputy_office(&words)
        {
            return None;
        }
        let outside = |s: &&Seen| self.quotation_at(s.pos).is_none();
        let last = self
            .recent_seen_before(pos)
            .take_while(|s| pos - s.pos <= LAST_SPEAKER_REACH)
            .filter(|s| outside(&s) && !s.oblique)
            .find(|s| self.speakers[s.entity].kind == SpeakerKind::Person)?;
        let s = &self.speakers[last.entity];
        // (`the former president` is not a sitting one: a word that
        // changes the office must be among the person's roles.)
        let contrasts = modifiers.iter().any(|m| {
            matches!(m.as_str(), "former" | "ex" | "late" | "then" | "outgoing")
                && !s
                    .roles
                    .iter()
                    .any(|r| r.to_lowercase().contains(m.as_str()))
        });
        // (The name and the speaker's mention are two entries: `says
        // Texas Gov. Rick Perry` is seen at `Texas` and at `Rick`.)
        let spoke = self
            .seen
            .iter()
            .any(|x| x.entity == last.entity && x.spoke && x.pos.abs_diff(last.pos) <= 40);
        (spoke && !contrasts && gender.is_none_or(|g| s.gender.is_none_or(|h| h == g)))
            .then_some(last.entity)
    }

    /// `the statement`, `his letter`: whoever issued the last statement
    /// named within a few sentences before byte `pos` (`Rand said in a
    /// statement, …`). `None` when the role is no document, or when the
    /// sentence naming that document names no issuer (`each side released
    /// an identical statement`): the description then stands.
    fn document_issuer(&self, role: &str, pos: usize) -> Option<usize> {
        let mut words = role.split_whitespace().map(str::to_lowercase);
        let noun = words
            .by_ref()
            .take(2)
            .find_map(|w| ISSUED_DOCUMENTS.iter().find(|&&d| d == w).copied())?;
        // Only a few words may follow the noun (`statement released by
        // each office`), never a whole other phrase.
        if words.count() > 4 {
            return None;
        }
        let here = self.sentence_of(pos);
        let k = self.documents.partition_point(|&(p, _)| p < pos);
        let (at, _) = self.documents[..k]
            .iter()
            .rev()
            .take_while(|&&(p, _)| here - self.sentence_of(p) <= DOCUMENT_REACH)
            .find(|&&(p, d)| d == noun && self.sentence_of(p) < here)
            .copied()?;
        let sentence = self.sentence_of(at);
        self.seen
            .iter()
            .filter(|s| {
                self.sentence_of(s.pos) == sentence
                    && !s.oblique
                    && (s.spoke || s.opens_clause)
                    && self.quotation_at(s.pos).is_none()
                    // (Only a named issuer: `the council said in a letter`
                    // gains nothing by `council` over `letter`, and a
                    // description is no identity to file the words under.)
                    && self.speakers[s.entity].kind != SpeakerKind::Role
            })
            // The sentence's subject before the noun (`Rand said in a
            // statement`), else one right after it (`In a statement, the
            // council said`); never a name deep in what the document said.
            .filter(|s| s.pos < at || s.pos - at <= 40)
            .min_by_key(|s| (s.pos > at, s.pos, !s.spoke))
            .map(|s| s.entity)
    }

    /// `the council`, `the spokeswoman`: the last organisation or role that fits.
    fn find_description(
        &self,
        role: &str,
        org_like: bool,
        pos: usize,
        named_ok: bool,
    ) -> Option<usize> {
        let words: Vec<String> = role.split_whitespace().map(role_word).collect();
        let head = words.last()?.clone();
        let recent: Vec<usize> = self.recent_before(pos).collect();
        if org_like || lexicon::is_org_noun(&head) {
            return self.find_body(&words, &head, &recent);
        }
        // A role: the last entity with the same head role word.
        // (`the former president` is not a `Vice President`: a deputy's
        // office is another office.)
        let qualifier = office_qualifier(&words);
        // Every word qualifying the office must be the person's too: `the
        // Florida senator` is not `Sen. Joni Ernst, R-Iowa`, nor `the
        // former president` `President Obama`.
        let modifiers = &words[..words.len() - 1];
        let qualified = |s: &Speaker| {
            modifiers.iter().all(|m| {
                s.roles
                    .iter()
                    .any(|r| r.split_whitespace().map(role_word).any(|w| w == *m))
            })
        };
        let fits = |id: usize| {
            let s = &self.speakers[id];
            let same_head = |r: &str| {
                let r: Vec<String> = r.split_whitespace().map(role_word).collect();
                // (`former president Eduard Shevardnadze` is not `the
                // president`: a past office is named as one.)
                let past = r.iter().any(|w| {
                    matches!(w.as_str(), "former" | "ex" | "late" | "outgoing")
                        && !words.contains(w)
                });
                r.last() == Some(&head) && office_qualifier(&r) == qualifier && !past
            };
            (s.kind == SpeakerKind::Role && same_head(&s.name))
                || (s.kind == SpeakerKind::Person
                    && named_ok
                    && words.len() <= 3
                    && s.roles.iter().any(|r| same_head(r))
                    && qualified(s))
        };
        let found = recent.iter().copied().find(|&id| fits(id))?;
        // (`Senator Kay Moss met Senator Lou Park. … the senator said`:
        // with two people of the role named, which one spoke is unsure;
        // the role stands rather than a guess.)
        let person = |id: usize| self.speakers[id].kind == SpeakerKind::Person;
        let shared = person(found)
            && recent
                .iter()
                .any(|&id| id != found && person(id) && fits(id));
        (!shared).then_some(found)
    }

    /// A description of a body (`the council`, `Clinton’s campaign`,
    /// `the company`; `words` lowered, `head` its noun) among the
    /// entities `recent`ly named, nearest first.
    fn find_body(&self, words: &[String], head: &str, recent: &[usize]) -> Option<usize> {
        // (`Clinton's campaign` is not the `Trump Foundation`: an owner
        // named in the description must be in the organisation's name.)
        let owner_fits = |id: usize| owner_in_name(words, &self.speakers[id].name);
        // An organisation whose name holds the noun (`Wendmouth Borough Council`).
        if let Some(&id) = recent.iter().find(|&&id| {
            let s = &self.speakers[id];
            s.kind == SpeakerKind::Organisation && org_type_matches(&s.name, head) && owner_fits(id)
        }) {
            return Some(id);
        }
        let orgs: Vec<usize> = {
            let mut v: Vec<usize> = self
                .speakers
                .iter()
                .enumerate()
                .filter(|(_, s)| s.kind == SpeakerKind::Organisation)
                .map(|(i, _)| i)
                .collect();
            v.dedup();
            v
        };
        if matches!(
            head,
            "company"
                | "firm"
                | "group"
                | "organisation"
                | "organization"
                | "business"
                | "operator"
        ) && let Some(&id) = recent
            .iter()
            .find(|&&id| self.speakers[id].kind == SpeakerKind::Organisation && owner_fits(id))
        {
            return Some(id);
        }
        // The article's only organisation, unless its name says it is
        // another kind of body (`the union` is not the `Holt Foundation`).
        if orgs.len() == 1
            && words.len() <= 2
            && owner_fits(orgs[0])
            && !other_kind_of_body(&self.speakers[orgs[0]].name, head)
        {
            return Some(orgs[0]);
        }
        None
    }
}

/// Where each issued document (`statement`, `letter`) is named, with the
/// noun, ascending.
/// Where each sentence's first word starts, in bytes, ascending (past an
/// opening quotation mark or bracket): a mention there is its subject.
fn sentence_starts(doc: &Document) -> Vec<usize> {
    doc.sentences
        .iter()
        .filter_map(|s| {
            s.tokens
                .clone()
                .map(|t| &doc.tokens[t])
                .find(|t| !matches!(t.text(&doc.text), "\"" | "“" | "‘" | "'" | "(" | "—" | "-"))
                .map(|t| t.span.start)
        })
        .collect()
}

/// Do two genders, both known, differ?
fn genders_differ(a: Option<Gender>, b: Option<Gender>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a != b)
}

/// A person's surname among the lower-case words of their name: the last
/// word, or the one before a suffix that tells a son from his father
/// (`jackson` of `jesse jackson jr`), so that a later `Mr. Jackson` finds
/// Jesse Jackson Jr.
fn surname<'a>(words: &[&'a str]) -> Option<&'a str> {
    match words {
        [.., before, last] if lexicon::is_name_suffix(last.trim_end_matches('.')) => Some(before),
        [.., last] => Some(last),
        [] => None,
    }
}

fn issued_documents(doc: &Document) -> Vec<(usize, &'static str)> {
    doc.tokens
        .iter()
        .filter_map(|t| {
            let w = t.text(&doc.text);
            ISSUED_DOCUMENTS
                .iter()
                .find(|d| w.eq_ignore_ascii_case(d))
                .map(|&d| (t.span.start, d))
        })
        .collect()
}

/// Is the name at token `k` the subject of a clause someone reports (`He
/// said Trump made an offer`), right after a cue whose own subject stands
/// before it? Such a name is no antecedent for the next `he`: the one who
/// said it is. (After a comma or quotation mark the cue is inverted and
/// the name is its subject: `"…," said Trump`.)
fn reports_subject(doc: &Document, k: usize) -> bool {
    let word = |i: usize| doc.tokens[i].text(&doc.text);
    // (`told Sens. Dick Durbin`: past the titles before the name.)
    let mut k = k;
    while k >= 1 && (lexicon::is_title(word(k - 1)) || word(k - 1) == ".") {
        k -= 1;
    }
    k >= 2
        && matches!(
            lexicon::cue_class(word(k - 1)),
            Some(lexicon::CueClass::Speech | lexicon::CueClass::Belief)
        )
        && doc.tokens[k - 2].kind == TokenKind::Word
}

/// Offices a person in the news is described by in place of their name
/// (`the Texas governor`, `the presumptive Republican nominee`).
const PUBLIC_OFFICES: &[&str] = &[
    "governor",
    "senator",
    "president",
    "nominee",
    "candidate",
    "mayor",
    "congressman",
    "congresswoman",
    "justice",
    "premier",
    "chancellor",
    "frontrunner",
    "front-runner",
];

/// How many sentences back the statement `the statement` refers to may be.
const DOCUMENT_REACH: usize = 4;

/// How far back (bytes) a quotation's speaker still goes on speaking for a
/// pronoun whose nearest antecedent is no subject: about two sentences.
const LAST_SPEAKER_REACH: usize = 400;

/// Does a role's head noun follow a word making it a deputy's office
/// (`Vice President`, `deputy mayor`, `Assistant Secretary`) or another
/// office than the head alone (`Prime Minister`, `shadow chancellor`)?
fn is_deputy_office(words: &[String]) -> bool {
    office_qualifier(words).is_some()
}

/// The word among a role's modifiers that makes it another office than its
/// head noun alone: `the minister` is not `Prime Minister Bertie Ahern`,
/// nor `the chancellor` `shadow chancellor Oliver Letwin`, nor `the
/// deputy mayor` the mayor.
fn office_qualifier(words: &[String]) -> Option<&str> {
    let (_, modifiers) = words.split_last()?;
    // (Only the office's own words: `the prime minister's official
    // spokesman` is a spokesman.)
    let own = modifiers
        .iter()
        .rposition(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\''))
        .map_or(0, |p| p + 1);
    modifiers[own..].iter().map(String::as_str).find(|w| {
        matches!(
            *w,
            "vice"
                | "deputy"
                | "assistant"
                | "associate"
                | "lieutenant"
                | "under"
                | "prime"
                | "shadow"
        )
    })
}

fn m_text(m: &Mention) -> String {
    match (&m.name, &m.titles.first()) {
        (Some(n), Some(t)) => format!("{t} {n}"),
        (Some(n), None) => n.clone(),
        (None, _) => m.role.clone().unwrap_or_default(),
    }
}

/// Keeps a title or role that says what the speaker is (`Health
/// Secretary`, `the presumptive Republican nominee`), not an honorific
/// (`Mr`) or a stretch of the sentence read with the name (`in the Rose
/// Garden`, `amount Mr`, `24 hours from his deadline …`).
fn push_role(v: &mut Vec<String>, role: &str) {
    let role = role.trim();
    let words: Vec<&str> = role.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let last = last.trim_end_matches('.').to_lowercase();
    let honorific = lexicon::is_honorific(&last) || matches!(last.as_str(), "sir" | "dame");
    let opens_badly = first.chars().next().is_some_and(|c| c.is_ascii_digit())
        || (lexicon::is_function_word(first)
            && !matches!(
                lexicon::lower(first).as_ref(),
                "the" | "a" | "an" | "former"
            ))
        || lexicon::is_subordinator(first)
        || matches!(lexicon::lower(first).as_ref(), "who" | "which" | "that");
    // (`Following President`, `Friday for President`: a participle or a
    // day read into the title.)
    let lower_first = lexicon::lower(first);
    let not_a_title = (lower_first.ends_with("ing")
        && lower_first.len() > 5
        && !matches!(
            lower_first.as_ref(),
            "acting"
                | "managing"
                | "presiding"
                | "ranking"
                | "founding"
                | "leading"
                | "outgoing"
                | "incoming"
                | "sitting"
                | "reigning"
                | "governing"
                | "standing"
                | "commanding"
                | "consulting"
                | "visiting"
                | "serving"
                | "caretaking"
        ))
        || lexicon::is_weekday_name(&lower_first);
    if (opens_badly || not_a_title)
        && !honorific
        && words.len() > 1
        && (first.starts_with(char::is_uppercase) || words[1].starts_with(char::is_uppercase))
    {
        // (`Later President`: a sentence's first word read into the title.)
        let rest = role[first.len()..].trim_start();
        return push_role(v, rest);
    }
    // (`Former` alone qualifies an office it does not name.)
    let bare_modifier = words.len() == 1 && is_title_modifier(first);
    if honorific || opens_badly || not_a_title || bare_modifier || words.len() > 10 {
        return;
    }
    push_unique(v, role.to_string());
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !s.is_empty() && !v.iter().any(|x| x.eq_ignore_ascii_case(&s)) {
        v.push(s);
    }
}

/// Roles that are people (`patient`, `spokeswoman`) rather than groups.
fn is_personal_role(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    lexicon::is_role_noun(&last) && !last.ends_with('s')
}

/// Does an organisation's name fit a noun used for it (`the airline` for `Corvia Airlines`)?
fn org_type_matches(name: &str, noun: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let related: &[&str] = match noun {
        "airline" | "carrier" => &["airlines", "airline", "airways", "air"],
        "society" | "lender" => &["society", "bank", "building"],
        "department" => &["department", "ministry", "dept"],
        "union" => &["union", "association", "federation"],
        "council" | "authority" => &["council", "authority", "borough", "county"],
        "agency" => &["agency", "authority", "office"],
        "government" | "ministry" => &["government", "ministry", "department"],
        "hospital" | "trust" => &["hospital", "trust", "nhs", "health"],
        "bank" => &["bank"],
        "party" => &[
            "party",
            "labour",
            "conservatives",
            "democrats",
            "republicans",
        ],
        "group" | "campaign" | "charity" => &[
            "group",
            "campaign",
            "charity",
            "alliance",
            "watch",
            "choice",
            "trust",
            "foundation",
        ],
        "police" | "force" => &["police", "constabulary", "force"],
        "university" | "school" | "college" => &["university", "school", "college", "academy"],
        "county" => &["county"],
        _ => &[],
    };
    words.iter().any(|w| *w == noun || related.contains(w))
}

/// Is every owner named in a description's `words` (`clinton’s` in
/// `Clinton’s campaign`) a word of organisation `name`? True where the
/// description names no owner (`the campaign`).
fn owner_in_name(words: &[String], name: &str) -> bool {
    let name_words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    words.iter().all(|w| {
        let owner = ["'s", "’s"]
            .iter()
            .find_map(|e| w.strip_suffix(e))
            .or_else(|| w.strip_suffix('\'').filter(|o| o.ends_with('s')));
        owner.is_none_or(|o| name_words.iter().any(|n| n == o))
    })
}

/// Does organisation `name` end in a word naming a kind of body
/// (`Holt Foundation`, `Acme Bank`) that description head `noun` (`union`)
/// is not?
fn other_kind_of_body(name: &str, noun: &str) -> bool {
    name.split_whitespace().last().is_some_and(|last| {
        (lexicon::is_org_word(last) || lexicon::is_org_noun(last)) && !org_type_matches(name, noun)
    })
}

/// Initials of a multi-word name: `British Medical Association` → `BMA`.
fn acronym(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// A run of capitalised words that names someone.
struct NameRun {
    pos: usize,
    /// Where the run starts, titles included (`Health Minister Raj Patel`):
    /// a run opening its sentence is its subject.
    run_start: usize,
    name: String,
    title: String,
    org_like: bool,
    person_like: bool,
    gender: Option<Gender>,
    /// Followed by `'s`.
    possessive: bool,
    /// The name's first token and the token after its last (global
    /// indices): where a role written beside it is read.
    tokens: std::ops::Range<usize>,
}

/// Surnames the article writes after an honorific (`Mr. Calderón`), lower
/// case: a run of names ending with one is a person's name, whatever its
/// first name.
fn honorific_surnames(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc
        .tokens
        .windows(3)
        .filter_map(|w| {
            let title = w[0].text(&doc.text).trim_end_matches('.');
            // (Honorifics are short and capitalised: skip the rest unread.)
            if title.len() > 4
                || !title.starts_with(char::is_uppercase)
                || !lexicon::is_abbreviated_honorific(&title.to_lowercase())
            {
                return None;
            }
            // (`Mr.` may be one token or two.)
            let next = if w[1].text(&doc.text) == "." {
                &w[2]
            } else {
                &w[1]
            };
            let name = next.text(&doc.text);
            (next.kind == TokenKind::Word && name.starts_with(char::is_uppercase))
                .then(|| name.to_lowercase())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Capitalised words standing alone (no capitalised word on either side),
/// lower case: a run of names whose last word the article also uses alone
/// (`Jon Park … Park disagreed`) is a person's, as organisations are
/// shortened by their first word instead.
fn standalone_capitals(doc: &Document) -> Vec<String> {
    let cap = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && t.text(&doc.text).starts_with(char::is_uppercase)
        })
    };
    let mut out: Vec<String> = (0..doc.tokens.len())
        .filter(|&i| cap(i) && !cap(i + 1) && (i == 0 || !cap(i - 1)))
        .map(|i| doc.tokens[i].text(&doc.text).to_lowercase())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Does a run of names stand where a person does: followed by `, who` or
/// by a role in lower case (`Felipe Calderón, who was president`, `Darrell
/// Rigby, head of the retail practice`)?
fn introduced_as_person(doc: &Document, after: usize) -> bool {
    let word = |i: usize| doc.tokens.get(i).map(|t| t.text(&doc.text));
    word(after) == Some(",")
        && word(after + 1).is_some_and(|w| {
            let lower = w.to_lowercase();
            lower == "who"
                || lower == "whose"
                // `Darrell Rigby, head of the retail practice at Bain,`:
                // a role in lower case after the name.
                || (w.starts_with(char::is_lowercase)
                    && (lexicon::is_role_noun(w)
                        || matches!(lower.as_str(), "head" | "chief" | "senior" | "former")))
        })
}

/// Is a person's age written beside the run at tokens `span`: `Irma
/// Delgado, 74, spent the night`, `74-year-old Irma Delgado`? Only people
/// are given an age so; organisations and places never are.
fn told_age_beside(doc: &Document, span: std::ops::Range<usize>) -> bool {
    let tok = |i: usize| doc.tokens.get(i);
    let word = |i: usize| tok(i).map(|t| t.text(&doc.text));
    let age_after = word(span.end) == Some(",")
        && tok(span.end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number && t.text(&doc.text).len() <= 3)
        && matches!(word(span.end + 2), Some("," | "." | ";"));
    let age_before = span
        .start
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| w.ends_with("-year-old"));
    age_after || age_before
}

/// `governor Teresita Aquino-Lim`, `nurse Adaeze Nwosu`: a listed role
/// noun in lower case right before the run at token `first` says a
/// person, whatever the first name. (Not a guess by the ending: `newspaper
/// Algemeen Dagblad` names no one.)
fn listed_role_before(doc: &Document, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|p| {
        let w = doc.tokens[p].text(&doc.text);
        w.starts_with(char::is_lowercase) && !w.ends_with('s') && lexicon::is_role_noun(w)
    })
}

/// Where each word right after `who` or `whom` starts, with where that
/// relative pronoun starts.
fn after_relative_pronouns(doc: &Document) -> Vec<(usize, usize)> {
    doc.tokens
        .windows(2)
        // (Compared without lower-casing: this runs for every token.)
        .filter(|w| {
            let t = w[0].text(&doc.text);
            t.eq_ignore_ascii_case("who") || t.eq_ignore_ascii_case("whom")
        })
        .map(|w| (w[1].span.start, w[0].span.start))
        .collect()
}

/// A preposition that, opening a sentence, fronts a phrase (`Of Obama,
/// he said`, `Unlike Trump, she …`): a name in it is not the subject.
fn is_fronting_preposition(word: &str) -> bool {
    matches!(
        lexicon::lower(word).as_ref(),
        "of" | "about"
            | "for"
            | "with"
            | "to"
            | "from"
            | "on"
            | "at"
            | "by"
            | "after"
            | "before"
            | "like"
            | "unlike"
            | "despite"
            | "against"
            | "among"
            | "asked"
    )
}

/// Does a personal role noun and a comma stand right before token `first`
/// (`the aide, Nora Albright, 31`)? The run is that person's name.
fn described_before(doc: &Document, first: usize) -> bool {
    let word = |i: usize| doc.tokens.get(i).map(|t| t.text(&doc.text));
    first >= 2 && word(first - 1) == Some(",") && word(first - 2).is_some_and(is_personal_role)
}

/// Capitalised runs of the whole document, classified as people or
/// organisations where the words say so (a title, a known first name, an
/// organisation word or an acronym).
fn name_runs(doc: &Document) -> Vec<NameRun> {
    let mut out = Vec::new();
    let known = KnownNames::default();
    for sentence in &doc.sentences {
        let toks = &doc.tokens[sentence.tokens.clone()];
        // (`MIAMI —`, `WASHINGTON --`: a dateline's place is no speaker.)
        let mut k =
            super::mentions::after_dateline(doc, sentence.tokens.start) - sentence.tokens.start;
        while k < toks.len() {
            let w = toks[k].text(&doc.text);
            if toks[k].kind != TokenKind::Word || !is_cap(w) {
                k += 1;
                continue;
            }
            let start = k;
            let (end, nickname) = run_end(doc, toks, start);
            let kept: Vec<usize> = (start..end)
                .filter(|i| !nickname.as_ref().is_some_and(|r| r.contains(i)))
                .collect();
            k = end.max(k + 1);
            let words: Vec<&str> = kept.iter().map(|&i| toks[i].text(&doc.text)).collect();
            // Leading titles and sentence-initial function words are not the name.
            let (s, title) = leading_titles(&words, start);
            // `Gov. Rick Perry of Texas`: a person's name ends before `of`
            // (an organisation's does not: `Bank of England`).
            let words = match words[s..].iter().position(|w| *w == "of") {
                Some(k) if k >= 1 && !words.iter().any(|w| lexicon::is_org_word(w)) => {
                    &words[..s + k]
                }
                _ => &words[..],
            };
            let name_words = &words[s..];
            if name_words.is_empty() {
                continue;
            }
            let org_like = name_words.iter().any(|w| lexicon::is_org_word(w))
                || (name_words.len() == 1
                    && name_words[0].len() >= 2
                    && name_words[0].chars().all(|c| c.is_uppercase()));
            let gender = run_gender(&title, name_words, org_like);
            let after = sentence.tokens.start + end;
            let first = sentence.tokens.start + kept[s];
            let person_like =
                !org_like && known.is_person(doc, name_words, Titled::of(&title), first..after);
            // As written, with a nickname left out.
            let global: Vec<usize> = kept[s..words.len()]
                .iter()
                .map(|&i| sentence.tokens.start + i)
                .collect();
            let text_start = toks[kept[s]].span.start;
            let mut name = clean_name(&text_of_tokens(doc, &global));
            if person_like && !org_like {
                match person_name(&name) {
                    Some(n) => name = n,
                    None => continue,
                }
            }
            let last = kept[s + name_words.len() - 1];
            out.push(NameRun {
                possessive: is_possessive(doc, toks, last),
                tokens: first..sentence.tokens.start + last + 1,
                pos: text_start,
                // (`Of Paul Duval, he said`: a name in a fronted phrase
                // is no subject.)
                run_start: if is_fronting_preposition(words[0]) {
                    toks[kept[s]].span.start
                } else {
                    toks[start].span.start
                },
                name,
                title: title.join(" "),
                org_like,
                person_like,
                gender,
            });
        }
    }
    share_surname(doc, &mut out);
    out
}

/// `Paula and Greg Marsh`: a lone first name joined by `and` to a full
/// name is that person's relative of the same surname, Paula Marsh, not a
/// nameless `Paula` (a later `Marsh said` may be hers). Only a listed first
/// name counts: `Lowe and Greg Marsh` are two surnames.
fn share_surname(doc: &Document, runs: &mut [NameRun]) {
    for k in 1..runs.len() {
        let (before, after) = runs.split_at_mut(k);
        let (first, next) = (&mut before[k - 1], &after[0]);
        let lone = !first.name.contains(' ')
            && !first.org_like
            && first.title.is_empty()
            && lexicon::gender_of(&first.name).is_some();
        let joined = doc
            .text
            .get(first.pos..next.pos)
            .and_then(|between| between.strip_prefix(first.name.as_str()))
            .is_some_and(|rest| rest.trim() == "and");
        let words: Vec<&str> = next.name.split_whitespace().collect();
        let family = match words.as_slice() {
            [_, .., last, suffix] if lexicon::is_name_suffix(suffix.trim_end_matches('.')) => {
                Some(*last)
            }
            [_, .., last] => Some(*last),
            _ => None,
        };
        if let Some(family) = family.filter(|_| lone && joined && next.person_like) {
            first.gender = lexicon::gender_of(&first.name);
            first.name = format!("{} {family}", first.name);
            first.person_like = true;
        }
    }
}

/// The gender a run's title or name gives (the ending of a first name
/// says nothing of an organisation's name).
fn run_gender(title: &[&str], name_words: &[&str], org_like: bool) -> Option<Gender> {
    if org_like {
        title
            .iter()
            .chain(name_words.first())
            .find_map(|w| lexicon::gender_of(w))
    } else {
        lexicon::name_gender(title, name_words)
    }
}

/// Is the name ending at `toks[last]` a possessive (`Trump's`, `Trump ’s`)?
fn is_possessive(doc: &Document, toks: &[Token], last: usize) -> bool {
    let w = toks[last].text(&doc.text);
    w.ends_with("'s")
        || w.ends_with("’s")
        || toks
            .get(last + 1)
            .is_some_and(|t| matches!(t.text(&doc.text), "'s" | "’s" | "'" | "’"))
}

/// `Melanie said`, `her husband, Peter, agreed`: a known first name
/// standing alone (tokens `span`) names a person when a verb or a comma
/// follows it and no preposition comes before it (`in Jordan`, `to Austin`
/// are places; names that are also places or words are not listed).
fn lone_first_name(doc: &Document, word: &str, span: std::ops::Range<usize>) -> bool {
    if !lexicon::is_lone_first_name(word) {
        return false;
    }
    let before = span
        .start
        .checked_sub(1)
        .map(|p| doc.tokens[p].text(&doc.text));
    if before.is_some_and(|b| {
        let l = b.to_lowercase();
        is_fronting_preposition(b)
            || lexicon::is_np_determiner(&l)
            || matches!(l.as_str(), "in" | "into" | "near" | "across" | "through")
    }) {
        return false;
    }
    doc.tokens.get(span.end).is_some_and(|t| {
        let w = t.text(&doc.text);
        w == "," || (t.kind == TokenKind::Word && w.starts_with(char::is_lowercase))
    })
}

/// Do the tokens ending at `p` close a quotation with two single marks
/// (`''…,'' Mr. Obama said`), as some outlets write double quotes?
fn is_closing_single_marks(doc: &Document, p: usize) -> bool {
    let mark = |i: usize| matches!(doc.tokens[i].text(&doc.text), "'" | "’");
    p >= 1 && mark(p) && mark(p - 1) && doc.tokens[p - 1].span.end == doc.tokens[p].span.start
}

/// Does `t` start with a capital (`Hunt`)?
fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// Where a run of names starting at `toks[start]` ends (`Robert C. "Bobby"
/// Scott said` → before `said`), and the tokens of a nickname in marks
/// inside it, left out of the name.
fn run_end(
    doc: &Document,
    toks: &[Token],
    start: usize,
) -> (usize, Option<std::ops::Range<usize>>) {
    let mut end = start;
    let mut nickname: Option<std::ops::Range<usize>> = None;
    let is_mark = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.text(&doc.text), "\"" | "“" | "”" | "'" | "‘" | "’"))
    };
    while end < toks.len() {
        let t = toks[end].text(&doc.text);
        if nickname.is_none()
            && end > start
            && is_mark(end)
            && is_mark(end + 2)
            && toks.get(end + 1).is_some_and(|n| is_cap(n.text(&doc.text)))
            && toks
                .get(end + 3)
                .is_some_and(|n| n.kind == TokenKind::Word && is_cap(n.text(&doc.text)))
        {
            nickname = Some(end..end + 3);
            end += 3;
            continue;
        }
        // `and` is left out: `the Union and Portmere Ferries` are two names.
        let joiner = matches!(
            t.to_lowercase().as_str(),
            "of" | "for" | "&" | "de" | "van" | "von"
        ) && end > start
            && end + 1 < toks.len()
            && is_cap(toks[end + 1].text(&doc.text));
        // A possessive apostrophe inside a name: `Harbour Workers' Union`.
        let apostrophe = (t == "’" || t == "'")
            && end > start
            && toks[end].span.start == toks[end - 1].span.end
            && end + 1 < toks.len()
            && is_cap(toks[end + 1].text(&doc.text));
        if end > start && is_headline_verb(t) {
            break;
        }
        if (toks[end].kind != TokenKind::Punct && is_cap(t)) || joiner || apostrophe {
            end += 1;
        } else {
            break;
        }
    }
    (end, nickname)
}

/// A capitalised verb inside a run ends the name before it: title-case
/// headlines (`Obama Says African-American Museum Will Tell …`) are runs of
/// capitals in which only the verbs tell the name from what follows. The
/// finite auxiliaries and the `-s` forms of speech verbs never stand inside
/// a name (`May`, `Can`, `Do` and past forms such as `Said` can: Theresa
/// May, Edward Said).
fn is_headline_verb(word: &str) -> bool {
    let lower = lexicon::lower(word);
    let l = lower.as_ref();
    let auxiliary = lexicon::is_auxiliary(l) && !matches!(l, "may" | "can" | "do" | "be");
    let speech_s = l.len() > 3
        && l.ends_with('s')
        && !l.ends_with("ss")
        && lexicon::cue_class(l) == Some(lexicon::CueClass::Speech)
        && lexicon::cue_class(&l[..l.len() - 1]).is_some();
    auxiliary || speech_s
}

/// The titles opening the words of a run (`Former President` in `Former
/// President Bill Clinton`), with sentence-initial function words, and
/// where the name starts after them; `start`: the run's first token in
/// its sentence.
fn leading_titles<'w>(words: &[&'w str], start: usize) -> (usize, Vec<&'w str>) {
    let mut s = 0;
    let mut title = Vec::new();
    // `Democratic Sen. Claire McCaskill`, `Former President Bill
    // Clinton`: words before a title are part of it.
    // (`Former Mexican President Vicente Fox`: a modifier before them too.)
    // (`Senate Majority Leader McConnell`: a leader of a legislature's
    // majority or minority holds an office.)
    let office_at = |t: usize| {
        let w = words[t];
        lexicon::is_title(w)
            && (!is_title_modifier(w)
                || Titled::of(&words[t.saturating_sub(1)..=t]) == Titled::Office)
    };
    if let Some(t) = (1..words.len().min(4))
        .find(|&t| office_at(t) && !(0..t).any(office_at))
        && t + 1 < words.len()
        // (An organisation's word before the title is its portfolio when
        // a person's name of one or two words follows: `Health Minister
        // Raj Patel`, `Senate Majority Leader McConnell`.)
        && (words[..t].iter().all(|w| !lexicon::is_org_word(w))
            || ((1..=2).contains(&(words.len() - t - 1))
                && !words[t + 1..].iter().any(|w| lexicon::is_org_word(w))))
    {
        title.extend_from_slice(&words[..t]);
        s = t;
    }
    // (`Nurse Ada Berg`, `Patient Graham Tilsley`: a role noun
    // capitalised only as its sentence's first word is the person's role,
    // not their first name.)
    if start == 0 && s == 0 && words.len() >= 3 && lexicon::is_capitalised_role(words[0]) {
        title.push(words[0]);
        s = 1;
    }
    while s < words.len()
        && (lexicon::is_title(words[s]) || (start + s == 0 && lexicon::is_function_word(words[s])))
    {
        if lexicon::is_title(words[s]) {
            title.push(words[s]);
        }
        s += 1;
    }
    (s, title)
}

/// What stands before a run's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Titled {
    No,
    /// Only a modifier or honorific-like word (`Former`, `Acting`, `Chief`):
    /// enough for a full name, not for a lone surname (`Former Trump
    /// lawyer Michael Cohen` names no one called Trump).
    Modifier,
    /// An office or honorific that a surname alone may follow (`President`,
    /// `Sen.`, `Mr`).
    Office,
}

impl Titled {
    fn of(title: &[&str]) -> Titled {
        // (`Majority Leader McConnell`: a leader of a legislature's
        // majority or minority is an office a surname follows.)
        let legislature_leader = |t: &str| {
            t.eq_ignore_ascii_case("leader")
                && title.iter().any(|w| {
                    w.eq_ignore_ascii_case("majority") || w.eq_ignore_ascii_case("minority")
                })
        };
        match title.last() {
            None => Titled::No,
            Some(t) if legislature_leader(t) => Titled::Office,
            Some(t) if is_title_modifier(t) => Titled::Modifier,
            Some(_) => Titled::Office,
        }
    }
}

/// Title words that qualify an office rather than being one.
fn is_title_modifier(word: &str) -> bool {
    matches!(
        lexicon::lower(word.trim_end_matches('.')).as_ref(),
        "former"
            | "acting"
            | "interim"
            | "vice"
            | "deputy"
            | "chief"
            | "executive"
            | "head"
            | "hon"
            | "leader"
            | "director"
            | "chair"
            | "manager"
            | "editor"
            | "founder"
    )
}

/// A role word in full, lower case, without its full stop: `Gov.` →
/// `governor`, so that `the Texas governor` finds `Texas Gov. Rick Perry`.
fn role_word(word: &str) -> String {
    let w = word.trim_end_matches('.').to_lowercase();
    let full = match w.as_str() {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "pres" => "president",
        "sec" | "secy" => "secretary",
        "gen" => "general",
        "lt" => "lieutenant",
        "atty" => "attorney",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        "cllr" | "councilor" => "councillor",
        "prof" => "professor",
        "capt" => "captain",
        "sgt" => "sergeant",
        "col" => "colonel",
        "adm" => "admiral",
        "cmdr" => "commander",
        "maj" => "major",
        // (`Mrs Justice Harrow`, later `the judge`: a judge's title.)
        "justice" => "judge",
        _ => return w,
    };
    full.to_string()
}

/// What the article tells of names beyond their run: surnames after an
/// honorific and capitalised words standing alone. Read only when a run is
/// not a person's on its own evidence (most articles never need them).
#[derive(Default)]
struct KnownNames {
    honorific_surnames: std::cell::OnceCell<Vec<String>>,
    standalone: std::cell::OnceCell<Vec<String>>,
}

impl KnownNames {
    /// Do the words of a run (`name_words`, after a title if `titled`,
    /// at tokens `span`) name a person (`Sen. Ada Vance`, `Jeremy
    /// Hunt`, `Felipe Calderón` after `Mr. Calderón`)?
    fn is_person(
        &self,
        doc: &Document,
        name_words: &[&str],
        titled: Titled,
        span: std::ops::Range<usize>,
    ) -> bool {
        let after = span.end;
        if name_words.len() == 1 {
            // `President Trump`, `Sen. Cruz`: an office before one
            // capitalised word names a person by surname.
            return (titled == Titled::Office && !lexicon::is_function_word(name_words[0]))
                || (titled == Titled::No && lone_first_name(doc, name_words[0], span));
        }
        if !(2..=4).contains(&name_words.len()) {
            return false;
        }
        if titled != Titled::No || lexicon::gender_of(name_words[0]).is_some() {
            return true;
        }
        let last_lower = name_words[name_words.len() - 1].to_lowercase();
        let honorifics = self
            .honorific_surnames
            .get_or_init(|| honorific_surnames(doc));
        let standalone = self.standalone.get_or_init(|| standalone_capitals(doc));
        honorifics.binary_search(&last_lower).is_ok()
            || (name_words.len() <= 3
                && standalone.binary_search(&last_lower).is_ok()
                && !lexicon::is_function_word(name_words[0]))
            || introduced_as_person(doc, after)
            || introduced::role_in_apposition_after(doc, after).is_some()
            || described_before(doc, span.start)
            || told_age_beside(doc, span.clone())
            || listed_role_before(doc, span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::mentions::subject_before;

    /// Resolves the subject of each `cue` occurrence in order and returns the canonical names.
    fn check(text: &str, cue: &str, expected: &[Option<&str>]) {
        let doc = Document::from_raw(text);
        let mut reg = Registry::from_document(&doc);
        let mut got = Vec::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.text(&doc.text) != cue {
                continue;
            }
            let s = doc.sentence_at(t.span.start).unwrap();
            let m = subject_before(&doc, doc.sentences[s].tokens.start, i);
            let name = m
                .and_then(|m| reg.resolve(&m, t.span.start))
                .map(|id| reg.speakers[id].name.clone());
            got.push(name);
        }
        let expected: Vec<Option<String>> =
            expected.iter().map(|e| e.map(str::to_string)).collect();
        assert_eq!(got, expected, "speakers in {text:?}: {:?}", reg.speakers);
    }

    #[test]
    fn surnames_and_titles_resolve_to_the_full_name() {
        check(
            "Health Secretary Jeremy Hunt said no. Later Mr Hunt said yes. Hunt said maybe.",
            "said",
            &[
                Some("Jeremy Hunt"),
                Some("Jeremy Hunt"),
                Some("Jeremy Hunt"),
            ],
        );
    }

    #[test]
    fn a_statement_speaks_for_whoever_issued_it() {
        // Issued in an earlier sentence: the statement is its issuer's.
        check(
            "Barry Rand said in a statement that the fund was safe. The statement said more. \
             The Wendmouth Council said in a letter it would act. The letter said the road \
             would close.",
            "said",
            &[
                Some("Barry Rand"),
                Some("Barry Rand"),
                Some("Wendmouth Council"),
                Some("Wendmouth Council"),
            ],
        );
        // An issuer known only by a description is no identity to file
        // the words under.
        check(
            "A group of parents said in a letter they were angry. The letter said more.",
            "said",
            &[Some("group of parents"), Some("letter")],
        );
        // No issuer named beside it, a report, an indefinite statement, or
        // one issued too long before: the description stands.
        check(
            "Each side released an identical statement. The statement said talks went on.",
            "said",
            &[Some("statement")],
        );
        check(
            "Ada Vance said in a report that costs rose. The report said more.",
            "said",
            &[Some("Ada Vance"), Some("report")],
        );
        check(
            "The campaign sent an email saying that Ohio and Iowa voters show it is a two-man race. \
             The email said more.",
            "said",
            &[Some("email")],
        );
        check(
            "In a statement, Ada Vance said it was fine. The statement said more.",
            "said",
            &[Some("Ada Vance"), Some("Ada Vance")],
        );
        check(
            "Ada Vance issued a statement. A statement said more.",
            "said",
            &[Some("statement")],
        );
        check(
            "Ada Vance said in a statement it was fine. It rained. It snowed. It rained. \
             It snowed. It rained. The statement said more.",
            "said",
            &[Some("Ada Vance"), Some("statement")],
        );
    }

    #[test]
    fn an_office_nobody_holds_is_the_last_speakers() {
        check(
            "Rick Perry said he was a Christian. The Texas governor said he would fight. \
             Ada Vance said it was late. The former governor said it was not.",
            "said",
            &[
                Some("Rick Perry"),
                Some("Rick Perry"),
                Some("Ada Vance"),
                Some("former governor"),
            ],
        );
        // Once found, the office is theirs: in an interview, `the senator`
        // after the interviewer's question is still the senator.
        check(
            "Ted Lane said he was ahead. The Vermont senator said it again. \
             Gloria Borger said that was a lot. The senator said yes.",
            "said",
            &[
                Some("Ted Lane"),
                Some("Ted Lane"),
                Some("Gloria Borger"),
                Some("Ted Lane"),
            ],
        );
        // Someone else named since, or an office somebody holds: not the
        // last speaker.
        check(
            "Rick Perry said he was a Christian. Critics met Bill Hale. The Texas governor said no.",
            "said",
            &[Some("Rick Perry"), Some("Texas governor")],
        );
        check(
            "Gov. Ann Lee met them. Rick Perry said he was a Christian. The governor said no.",
            "said",
            &[Some("Rick Perry"), Some("Ann Lee")],
        );
        // A spokesman is no public office: someone new.
        check(
            "Rick Perry said he was a Christian. The spokesman said no.",
            "said",
            &[Some("Rick Perry"), Some("spokesman")],
        );
    }

    #[test]
    fn legislature_offices_before_a_surname_name_a_person() {
        check(
            "Senate Majority Leader McConnell praised the bill. He said it was fair. \
             Republican Whip Steve Scalise called on Democrats to match Trump's offer. He said no.",
            "said",
            &[Some("McConnell"), Some("Steve Scalise")],
        );
        // `Leader` alone before a lone capitalised word stays a modifier:
        // it names no one.
        check(
            "Team Leader Vance praised the bill. She said it was fair.",
            "said",
            &[None],
        );
    }

    #[test]
    fn the_subject_of_a_reported_clause_is_no_antecedent() {
        check(
            "Sen. Marco Rubio liked the deal. He said Trump made a fair offer. \
             Later he said it again.",
            "said",
            &[Some("Marco Rubio"), Some("Marco Rubio")],
        );
        // Inverted after a comma, the name is the speaker and the next
        // `he` (this harness reads only subjects before a cue: the
        // inverted one is `None` here).
        check(
            "It was fair, said Bill Hale. Then he said it again.",
            "said",
            &[None, Some("Bill Hale")],
        );
    }

    #[test]
    fn after_a_long_quotation_the_subject_beats_a_name_in_a_reported_clause() {
        let long = "the way to end this is for both sides to give ground ".repeat(8);
        check(
            &format!(
                "Sen. Marco Rubio liked the deal. He said Trump made a fair offer. \
                 \"{long}\" he said."
            ),
            "said",
            &[Some("Marco Rubio"), Some("Marco Rubio")],
        );
    }

    #[test]
    fn company_officers_titles_are_not_names() {
        check(
            "AARP CEO A. Barry Rand said no. Acme CFO Ada Vance said yes.",
            "said",
            &[Some("A. Barry Rand"), Some("Ada Vance")],
        );
    }

    #[test]
    fn a_nickname_in_marks_is_left_out_of_the_name() {
        check(
            "Rep. Robert C. \"Bobby\" Scott threw a party. Scott said it was fun.",
            "said",
            &[Some("Robert C. Scott")],
        );
    }

    #[test]
    fn a_surname_is_a_person_before_an_organisation_named_after_one() {
        check(
            "Hillary Clinton spoke. The Clinton Foundation has been criticised. Clinton said it was fine.",
            "said",
            &[Some("Hillary Clinton")],
        );
    }

    /// A surname alone names the article's main person of that surname:
    /// past a `Jr.`, the most mentioned, never a woman for `Mr.`.
    #[test]
    fn a_surname_alone_names_the_main_person_of_that_surname() {
        let cases: &[(&str, &[Option<&str>])] = &[
            // The suffix is no surname: `Mr. Okafor` is Tunde Okafor Jr.
            (
                "Former Rep. Tunde Okafor Jr. pleaded guilty. Mr. Okafor said he was sorry.",
                &[Some("Tunde Okafor Jr")],
            ),
            // A namesake named in passing is not the man the article is about.
            (
                "Rep. Tunde Okafor Jr. admitted the charge. Okafor bought a guitar once owned by \
                 Femi Okafor, the singer. Mr. Okafor said he regretted it.",
                &[Some("Tunde Okafor Jr")],
            ),
            // His wife, named in the sentence before, is not `Okafor said`.
            (
                "Rep. Tunde Okafor Jr. resigned in May. Okafor had served for years. His wife, \
                 Ada Okafor, also pleaded guilty. Okafor said he would repay the money.",
                &[Some("Tunde Okafor Jr")],
            ),
            // Must not change: one person of that surname.
            (
                "Governor Lena Marsh spoke first. Marsh said the plan was sound.",
                &[Some("Lena Marsh")],
            ),
            // Must not change: `Mrs.` is the woman even when her husband is
            // mentioned more.
            (
                "Paul Reddy won. Paul Reddy thanked voters. Mr. Reddy smiled. Mrs. Reddy said \
                 little.",
                &[Some("Reddy")],
            ),
            // Must not change: the father named by surname first is not
            // the son named in full later.
            (
                "President Brandt spoke on Friday. Brandt said the ban stays. A photo showed \
                 Carl Brandt Jr. on safari. Mr. Brandt said it was old.",
                &[Some("Brandt"), Some("Brandt")],
            ),
            // Must not change: father and son are two people, full names apart.
            (
                "Carl Brandt Sr. founded the firm. Carl Brandt Jr. runs it. Carl Brandt Sr. \
                 said it was time.",
                &[Some("Carl Brandt Sr")],
            ),
        ];
        for (text, expected) in cases {
            check(text, "said", expected);
        }
    }

    /// Of two people sharing a surname, a bare surname names the one the
    /// article talks about, not the first one named in passing.
    #[test]
    fn a_surname_alone_names_the_person_the_article_is_about() {
        let cases: &[(&str, &[Option<&str>])] = &[
            // Named in passing as the object of `of`: not the one meant.
            (
                "The contest opened with the help of the brother of Karl Voss. Writer Dan \
                 Voss is one of the judges. Voss said he would be fair.",
                &[Some("Dan Voss")],
            ),
            // A first name joined to a full name shares its surname: the
            // one named first is the couple's first-named person.
            (
                "Laura and Tom Brandt earned $1 million last year. Brandt said the couple had \
                 been lucky.",
                &[Some("Laura Brandt")],
            ),
            // A person before a firm named after them, however often the
            // firm is named.
            (
                "Lund Haulage Ltd won the contract. Lund Haulage Ltd hired 40 drivers. Its \
                 founder, Alan Lund, was pleased. Mr. Lund said the firm would grow.",
                &[Some("Alan Lund")],
            ),
            // Must not change: the only person of that surname, though
            // named after a preposition.
            (
                "The award went to Karl Voss. Voss said he was grateful.",
                &[Some("Karl Voss")],
            ),
            // Must not change: a surname joined by `and` is no first name.
            (
                "Lowe and Tom Brandt wrote the report. Brandt said it was fair.",
                &[Some("Tom Brandt")],
            ),
            // Must not change: named once each where a subject stands, the
            // first named is meant.
            (
                "Tom Brandt chairs the board. His cousin Laura Brandt joined in May. Brandt \
                 said the board was united.",
                &[Some("Tom Brandt")],
            ),
        ];
        for (text, expected) in cases {
            check(text, "said", expected);
        }
    }

    /// `Mr. Vale` is never the `Vale` that `Mrs. Vale` was registered
    /// under, wherever she is named; `Mrs. Vale` never the man.
    #[test]
    fn an_honorific_keeps_a_surname_to_its_gender() {
        // (Text, then the name and gender of each speaker of `said`.)
        type Case<'a> = (&'a str, &'a [(&'a str, Option<Gender>)]);
        let cases: &[Case] = &[
            (
                "Donald Vale was sworn in. Mr. Vale said he would serve. Later Mrs. Vale \
                 arrived with their son.",
                &[("Donald Vale", Some(Gender::Male))],
            ),
            (
                "Mrs. Vale arrived first. Donald Vale was sworn in. Mr. Vale said he would \
                 serve.",
                &[("Donald Vale", Some(Gender::Male))],
            ),
            (
                "Bill Vale spoke. Mr. Vale left early. Mrs. Vale said they had been lucky.",
                &[("Vale", Some(Gender::Female))],
            ),
            // Must not change: no gender said, the surname finds the man.
            (
                "Donald Vale was sworn in. Vale said he would serve.",
                &[("Donald Vale", Some(Gender::Male))],
            ),
            // Must not change: the woman named in full is `Mrs. Vale`.
            (
                "Donald Vale and Ana Vale arrived. Mrs. Vale said they were proud.",
                &[("Ana Vale", Some(Gender::Female))],
            ),
        ];
        for (text, expected) in cases {
            let doc = Document::from_raw(text);
            let mut reg = Registry::from_document(&doc);
            let mut got = Vec::new();
            for (i, t) in doc.tokens.iter().enumerate() {
                if t.text(&doc.text) != "said" {
                    continue;
                }
                let s = doc.sentence_at(t.span.start).unwrap();
                let m = subject_before(&doc, doc.sentences[s].tokens.start, i);
                if let Some(id) = m.and_then(|m| reg.resolve(&m, t.span.start)) {
                    got.push((reg.speakers[id].name.clone(), reg.speakers[id].gender));
                }
            }
            let want: Vec<(String, Option<Gender>)> =
                expected.iter().map(|(n, g)| (n.to_string(), *g)).collect();
            assert_eq!(got, want, "speakers in {text:?}: {:?}", reg.speakers);
        }
    }

    /// `he` never points at `his wife`: a gendered role noun says the
    /// person's gender.
    #[test]
    fn a_gendered_role_is_no_antecedent_of_the_other_pronoun() {
        let cases: &[(&str, &str, &[Option<&str>])] = &[
            (
                "Omar Said Haddad pleaded guilty. His wife also pleaded guilty. He said sorry.",
                "said",
                &[Some("Omar Said Haddad")],
            ),
            (
                "Dr. Vera Lind was there. Her husband spoke briefly. She said nothing.",
                "said",
                &[Some("Vera Lind")],
            ),
            // Must not change: a role of no gender is still a person.
            (
                "The lawyer said the case was weak. She said it was over.",
                "said",
                &[Some("lawyer"), Some("lawyer")],
            ),
            // Must not change: the role of the pronoun's gender is its antecedent.
            (
                "A spokeswoman for the port said the berth was closed. She said it would reopen.",
                "said",
                &[Some("port spokeswoman"), Some("port spokeswoman")],
            ),
        ];
        for (text, cue, expected) in cases {
            check(text, cue, expected);
        }
    }

    #[test]
    fn pronouns_take_the_last_person_of_their_gender() {
        check(
            "Dana Whitlock said it was unfair. Martin Achebe disagreed. He said the offer was fair. She said it was not.",
            "said",
            &[
                Some("Dana Whitlock"),
                Some("Martin Achebe"),
                Some("Dana Whitlock"),
            ],
        );
        check(
            "Labour leader Jeremy Corbyn has backed the action. He said the strike was fair.",
            "said",
            &[Some("Jeremy Corbyn")],
        );
    }

    #[test]
    fn an_age_beside_a_run_says_a_person() {
        // (First names the lexicon does not know: only the age tells.)
        check(
            "Luis Carrera said the hall was open. Irma Delgado, 74, spent the night there. \
             She said it was cool.",
            "said",
            &[Some("Luis Carrera"), Some("Irma Delgado")],
        );
        check(
            "Luis Carrera said the hall was open. Among the guests was 74-year-old Irma \
             Delgado. She said it was cool.",
            "said",
            &[Some("Luis Carrera"), Some("Irma Delgado")],
        );
    }

    #[test]
    fn a_listed_role_before_a_run_says_a_person() {
        check(
            "Tomas Wren said the port was shut. Provincial governor Teresita Aquino-Lim \
             visited on Sunday. She said help was coming.",
            "said",
            &[Some("Tomas Wren"), Some("Teresita Aquino-Lim")],
        );
        // (A word that only ends like a role names no one: `newspaper`.)
        check(
            "Mark Robben was hurt. He told Dutch newspaper Algemeen Dagblad it was bad. He said \
             he would be back.",
            "said",
            &[Some("Mark Robben")],
        );
    }

    #[test]
    fn a_capitalised_role_opening_a_sentence_is_no_first_name() {
        check(
            "Ana Ruiz said the trial went well. Patient Graham Tilsley took part. He said he \
             felt better. Nurse Kofi Mensah said the ward was full.",
            "said",
            &[
                Some("Ana Ruiz"),
                Some("Graham Tilsley"),
                Some("Kofi Mensah"),
            ],
        );
    }

    #[test]
    fn a_name_after_a_preposition_and_a_role_is_no_subject() {
        // (`from nurse Sioux Brennan`: named in passing; `she` is the
        // one who took the prize.)
        check(
            "Band leader Maria Matronic took the prize from nurse Sioux Brennan. She said \
             thanks.",
            "said",
            &[Some("Maria Matronic")],
        );
    }

    #[test]
    fn descriptions_find_their_organisation() {
        check(
            "Wendmouth Borough Council closed the bridge. The council said it was unsafe. Corvia Airlines cancelled flights. The airline said sorry. It said more later.",
            "said",
            &[
                Some("Wendmouth Borough Council"),
                Some("Corvia Airlines"),
                Some("Corvia Airlines"),
            ],
        );
    }

    #[test]
    fn roles_stay_roles_and_are_found_again() {
        check(
            "A BMA spokeswoman said no. The spokeswoman said it twice.",
            "said",
            &[Some("BMA spokeswoman"), Some("BMA spokeswoman")],
        );
    }

    #[test]
    fn a_role_in_lower_case_beside_a_name_is_that_person_later() {
        let table = [
            (
                "Welsh winger Rhys Daniel signed a deal. The winger said he was home.",
                "Rhys Daniel",
            ),
            (
                "Tom Ashby, the club's striker, scored twice. The striker said it was easy.",
                "Tom Ashby",
            ),
            (
                "The company's chief executive, Laura Kemp, resigned. The chief executive said it was time.",
                "Laura Kemp",
            ),
            (
                "Labour councillor Jim Hart opposed the scheme. The councillor said it cost too much.",
                "Jim Hart",
            ),
            (
                "It fell to goalkeeper Maria Moll to save it. The goalkeeper said she had guessed.",
                "Maria Moll",
            ),
            (
                "Aldenburg's sporting director Peter Solberg agreed the fee. The director said the offer was fair.",
                "Peter Solberg",
            ),
            (
                "Mark Dorn, the veteran defender, was sent off. The defender said he never touched him.",
                "Mark Dorn",
            ),
            (
                "Mrs Justice Harrow ruled for the council. The judge said the law was clear.",
                "Harrow",
            ),
            (
                "Ana Ruiz, a judge at the court, ruled on Friday. The judge said the law was clear.",
                "Ana Ruiz",
            ),
            (
                "The mayor thanked veteran nurse Anna Cole. The nurse said she was proud.",
                "Anna Cole",
            ),
        ];
        for (text, who) in table {
            check(text, "said", &[Some(who)]);
        }
    }

    #[test]
    fn a_role_two_people_share_or_nobody_holds_stays_the_role() {
        let table = [
            (
                "Senator Kay Moss met Senator Lou Park. The senator said no deal was near.",
                "senator",
            ),
            (
                "Both the striker Tom Ashby and the striker Mark Dorn scored. The striker said it was easy.",
                "striker",
            ),
            (
                "Shadow chancellor Anna Berg spoke first. The shadow chancellor said taxes would rise.",
                "Anna Berg",
            ),
            (
                "Shadow chancellor Anna Berg attacked the plan. The chancellor said it was sound.",
                "chancellor",
            ),
            (
                "Deputy mayor Ruth Adeyemi opened the bridge. The mayor said it was late.",
                "mayor",
            ),
            (
                "Former president Ivo Stein was booed. The president said he was sorry.",
                "president",
            ),
            (
                "Irish Prime Minister Omar Vale spoke. The minister said no.",
                "minister",
            ),
            (
                "Fans cheered Tom Ashby at the ground. The striker said it was easy.",
                "striker",
            ),
        ];
        for (text, who) in table {
            check(text, "said", &[Some(who)]);
        }
    }

    #[test]
    fn a_description_finds_the_person_holding_that_office() {
        // The office from a title before a lone surname, seen after the
        // surname alone; an indefinite `a president` is no one named.
        check(
            "Trump met the leaders on Monday. Later President Trump spoke to reporters. The president said no.",
            "said",
            &[Some("Trump")],
        );
        check(
            "WASHINGTON — President Okafor and party leaders met. It was a fight between a president unwilling to lose face and a party. \"Walls work,\" the president said.",
            "said",
            &[Some("Okafor")],
        );
        // An abbreviated office is the office written out.
        check(
            "Texas Gov. Rick Perry spoke in Iowa. \"Faith,\" the Texas governor said.",
            "said",
            &[Some("Rick Perry")],
        );
        check(
            "Sen. Ada Vance voted no. The senator said it was a bad bill.",
            "said",
            &[Some("Ada Vance")],
        );
        // A qualified office must be the person's: `the Ohio senator` is
        // not Sen. Vance of Iowa.
        check(
            "Sen. Ada Vance, R-Iowa, spoke. The Ohio senator said nothing.",
            "said",
            &[Some("Ohio senator")],
        );
        check(
            "Ohio Sen. Ada Vance spoke. The Ohio senator said nothing.",
            "said",
            &[Some("Ada Vance")],
        );
        // An honorific's gender keeps a lone surname from a relative's
        // full name.
        check(
            "President Okafor spoke first. The president said yes. Mr. Okafor and the first lady, Grace Okafor, left.",
            "said",
            &[Some("Okafor")],
        );
        check(
            "Former Mexican President Vincente Fox spoke again. The former president said no.",
            "said",
            &[Some("Vincente Fox")],
        );
        // A person's name ends before `of` and a place.
        check(
            "Gov. Rick Perry of Texas is broadcasting an ad. He said it was true.",
            "said",
            &[Some("Rick Perry")],
        );
        // `Former` alone is no office: `Former Vance aide` names no Vance.
        check(
            "Former Vance aide Tom Reilly spoke. The senator said nothing.",
            "said",
            &[Some("senator")],
        );
    }

    #[test]
    fn roles_lose_words_read_into_them() {
        for (role, kept) in [
            ("Following President", Some("President")),
            ("Friday for President", Some("President")),
            ("Later President", Some("President")),
            ("Acting Director", Some("Acting Director")),
            ("Managing director", Some("Managing director")),
            ("Former", None),
            ("Former President", Some("Former President")),
            ("Mr", None),
        ] {
            let mut v = Vec::new();
            push_role(&mut v, role);
            assert_eq!(v.first().map(String::as_str), kept, "{role}");
        }
    }

    #[test]
    fn organisation_first_word_and_acronyms() {
        check(
            "Corvia Airlines cancelled 412 flights. Corvia said sorry. NHS England said 39%.",
            "said",
            &[Some("Corvia Airlines"), Some("NHS England")],
        );
    }
}
