//! The dev evaluation set (`eval/dev/`): articles from several outlets per
//! story, with gold quotes, claims, flags and consistent pairs.

use super::{EvalError, Result, read};
use crate::article::Article;
use crate::diagnostics::Origin;
use crate::sources::{self, Overrides};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The articles (read exactly as `ingest` reads them) and their gold annotations.
#[derive(Debug)]
pub struct DevSet {
    pub articles: Vec<Article>,
    pub gold: Gold,
}

impl DevSet {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.external_id == id)
    }
}

#[derive(Debug, Deserialize)]
pub struct Gold {
    pub articles: BTreeMap<String, GoldArticle>,
    pub flags: Vec<GoldFlag>,
    pub consistent_pairs: Vec<GoldPair>,
}

#[derive(Debug, Deserialize)]
pub struct GoldArticle {
    pub quotes: Vec<GoldQuote>,
    pub claims: Vec<GoldClaim>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// The exact characters between the marks.
    pub text: String,
    /// Canonical speaker; `None` for non-speech spans.
    pub speaker: Option<String>,
    /// `false` for scare quotes, nicknames, names of campaigns and products.
    pub speech: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    /// Unique substring of the article.
    pub surface: String,
    pub kind: String,
    /// A number, or a `YYYY-MM-DD` string for dates.
    pub value: serde_json::Value,
    #[serde(default)]
    pub value_high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub subject: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Evidence {
    pub article: String,
    pub surface: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldFlag {
    pub kind: String,
    pub a: Evidence,
    pub b: Evidence,
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldPair {
    pub a: Evidence,
    pub b: Evidence,
    pub why: String,
}

/// Loads `dir/articles.jsonl` and `dir/gold.json`.
pub fn load(dir: &Path) -> Result<DevSet> {
    let articles_path = dir.join("articles.jsonl");
    let text = read(&articles_path)?;
    let origin = Origin::file(&articles_path);
    let mut articles = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let parsed = sources::parse_json_line(
            line.as_bytes(),
            &origin.at_line(i + 1),
            &Overrides::default(),
        );
        if let Some(d) = parsed.diagnostics.into_iter().find(|d| d.problem.rejects()) {
            return Err(EvalError::Format {
                path: articles_path,
                line: i + 1,
                message: d.message,
            });
        }
        articles.extend(parsed.articles);
    }
    let gold_path = dir.join("gold.json");
    let gold: Gold = serde_json::from_str(&read(&gold_path)?).map_err(|e| EvalError::Format {
        path: gold_path.clone(),
        line: e.line(),
        message: e.to_string(),
    })?;
    Ok(DevSet { articles, gold })
}

/// Byte span of a gold surface in an article's stored text: its first
/// occurrence (the dev set guarantees claim surfaces are unique).
pub fn locate(text: &str, surface: &str) -> Option<(usize, usize)> {
    text.find(surface).map(|s| (s, s + surface.len()))
}
