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
