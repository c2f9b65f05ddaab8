//! Numeric claims.

mod lex;
mod numbers;
mod units;
mod words;

pub use numbers::{NumberMatch, parse_numbers};
