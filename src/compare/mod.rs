//! Cross-source comparison: which articles report the same story, and
//! where their quotes and claims disagree.
//!
//! The modules here are pure: they compare values handed to them.
//! `crate::analyse` reads a story's evidence from the store, runs them and
//! writes the flags back.

pub mod claims;
pub mod flags;
pub mod intervals;
mod measured;
pub mod pages;
pub mod quotes;
pub mod terms;

/// A claim written `surface` in `sentence` (its value, if any), read alone:
/// what the rule tables of `claims` and `measured` test the words around a
/// figure with.
#[cfg(test)]
pub(crate) fn claim_at(sentence: &str, surface: &str, value: Option<f64>) -> claims::ClaimEvidence {
    let offset = sentence
        .find(surface)
        .map_or(0, |b| sentence[..b].chars().count());
    claims::ClaimEvidence {
        id: 1,
        kind: "count".into(),
        value,
        value_high: None,
        date: None,
        granularity: None,
        unit: None,
        qualifier: None,
        surface: surface.into(),
        subject: None,
        sentence: sentence.into(),
        offset,
        sentence_start: 0,
    }
}
