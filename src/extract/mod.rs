//! Extraction: what one article says. Quotes and their speakers (`quotes`),
//! numeric claims (`claims`).
//!
//! Everything here is a pure function of an analysed document and its
//! publication date: no I/O, no global state, and no panic on any text.

pub mod claims;
