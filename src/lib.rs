//! crosscheck: find who said what and which numbers were claimed in news
//! articles, store them in SQLite, and flag where sources disagree.
//!
//! The modules follow the data flow:
//!
//! - [`sources`] reads articles from files, folders and stdin;
//! - [`analysis`] normalises text and segments it (paragraphs, sentences, tokens);
//! - [`extract`] finds quotes and claims in one article (pure, never panics);
//! - [`extracted`] is `crosscheck extract`'s record of one article, read
//!   back by `ingest --extracted`;
//! - [`store`] keeps everything in one SQLite file;
//! - [`ingest`] joins them into the parallel batch pipeline;
//! - [`compare`] groups articles into stories and finds where outlets disagree;
//! - [`analyse`] runs that comparison over the store, incrementally;
//! - [`query`] answers the listing commands;
//! - [`review`] records verdicts on flags and exports them as ClaimReview;
//! - [`serve`] is the review desk: the same review in a browser;
//! - [`output`] prints records as a table, JSON, JSON Lines or CSV;
//! - [`eval`] scores the extractors against gold data;
//! - [`semantic`] measures how close two texts are in meaning (sentence
//!   embeddings; the rust-bert backend needs the cargo feature `semantic`).

pub mod analyse;
pub mod analysis;
pub mod article;
pub mod compare;
pub mod diagnostics;
pub mod eval;
pub mod extract;
pub mod extracted;
pub mod ingest;
pub mod output;
pub mod query;
pub mod review;
pub mod semantic;
pub mod serve;
pub mod sources;
pub mod store;
