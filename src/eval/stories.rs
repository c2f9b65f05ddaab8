//! Scores story grouping against corpora that say which articles report
//! the same event (`cluster_id`): BASIL, AllSides and Wikinews, and the
//! dev set (whose story is the first three characters of each id).
//!
//! Each corpus is ingested into a fresh temporary database exactly as
//! `crosscheck ingest` would; then every pair of articles is scored: a pair
//! in one gold cluster and one story is a true positive. Pairwise precision
//! and recall are the standard measure for clusterings of this kind.
//! Verbose, it lists each error: a gold cluster split over stories, and a
//! story holding articles of several gold clusters.

use super::{EvalError, Prf, Result, read};
use crate::analyse::AnalysisOptions;
use crate::ingest::{IngestOptions, Silent, ingest};
use crate::sources::Input;
use crate::store::Store;
use std::collections::HashMap;
use std::path::Path;

/// One corpus's score.
#[derive(Debug, Clone)]
pub struct StoryReport {
    pub name: String,
    pub articles: usize,
    pub gold_clusters: usize,
    pub stories: usize,
    pub pairs: Prf,
    /// Split clusters and merged stories, one line each (verbose only).
    pub errors: Vec<String>,
}

impl std::fmt::Display for StoryReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}: {} articles, {} gold clusters, {} stories",
            self.name, self.articles, self.gold_clusters, self.stories
        )?;
        writeln!(f, "  article pairs in the same story: {}", self.pairs)?;
        for e in &self.errors {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

/// Gold cluster of each article id of a JSON Lines corpus; `None` uses the dev set's rule.
fn gold_clusters(path: &Path, key: Option<&str>) -> Result<HashMap<String, String>> {
    let text = read(path)?;
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| EvalError::Format {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let cluster = match key {
            Some(k) => v[k].as_str().map(str::to_string),
            None => Some(id.chars().take(3).collect()),
        };
        if let Some(c) = cluster {
            out.insert(id, c);
        }
    }
    Ok(out)
}

/// Ingests `path` into a temporary store and scores its stories against the gold clusters.
pub fn score_corpus(
    name: &str,
    path: &Path,
    key: Option<&str>,
    analysis: &AnalysisOptions,
    verbose: bool,
) -> Result<StoryReport> {
    let gold = gold_clusters(path, key)?;
    let dir = tempfile::tempdir().map_err(|source| EvalError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let db = dir.path().join("stories.db");
    let store_err = |e: String| EvalError::Format {
        path: path.to_path_buf(),
        line: 0,
        message: e,
    };
    let store = Store::open(&db).map_err(|e| store_err(e.to_string()))?;
    ingest(
        store,
        &[Input::Path(path.to_path_buf())],
        &IngestOptions {
            analysis: analysis.clone(),
            ..IngestOptions::default()
        },
        &Silent,
    )
    .map_err(|e| store_err(e.to_string()))?;
    let store = Store::open_existing(&db).map_err(|e| store_err(e.to_string()))?;
    let mut stmt = store
        .conn()
        .prepare("SELECT external_id, story_id FROM articles")
        .map_err(|e| store_err(e.to_string()))?;
    let stories: HashMap<String, i64> = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .and_then(|rows| rows.collect())
        .map_err(|e| store_err(e.to_string()))?;
    let ids: Vec<&String> = gold.keys().filter(|id| stories.contains_key(*id)).collect();
    let mut pairs = Prf::default();
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            let same_gold = gold[*a] == gold[*b];
            let same_story = stories[*a] == stories[*b];
            pairs.true_positives += usize::from(same_gold && same_story);
            pairs.predicted += usize::from(same_story);
            pairs.gold += usize::from(same_gold);
        }
    }
    let distinct = |v: Vec<String>| {
        let mut v = v;
        v.sort();
        v.dedup();
        v.len()
    };
    let placed: HashMap<&str, i64> = ids.iter().map(|i| (i.as_str(), stories[*i])).collect();
    let gold_of: HashMap<&str, &str> = ids
        .iter()
        .map(|i| (i.as_str(), gold[*i].as_str()))
        .collect();
    Ok(StoryReport {
        name: name.to_string(),
        articles: ids.len(),
        gold_clusters: distinct(ids.iter().map(|i| gold[*i].clone()).collect()),
        stories: distinct(ids.iter().map(|i| stories[*i].to_string()).collect()),
        pairs,
        errors: if verbose {
            grouping_errors(&gold_of, &placed)
        } else {
            Vec::new()
        },
    })
}

/// One line per gold cluster split over stories (`split`: its articles by
/// story) and per story holding several gold clusters (`merged`: its
/// articles by cluster), in id order.
fn grouping_errors(gold: &HashMap<&str, &str>, story: &HashMap<&str, i64>) -> Vec<String> {
    use std::collections::BTreeMap;
    let mut by_gold: BTreeMap<&str, BTreeMap<i64, Vec<&str>>> = BTreeMap::new();
    let mut by_story: BTreeMap<i64, BTreeMap<&str, Vec<&str>>> = BTreeMap::new();
    for (&id, &g) in gold {
        let s = story[id];
        by_gold.entry(g).or_default().entry(s).or_default().push(id);
        by_story
            .entry(s)
            .or_default()
            .entry(g)
            .or_default()
            .push(id);
    }
    let list = |groups: Vec<Vec<&str>>| {
        let parts: Vec<String> = groups
            .into_iter()
            .map(|mut ids| {
                ids.sort_unstable();
                ids.join(" ")
            })
            .collect();
        parts.join(" | ")
    };
    let mut out = Vec::new();
    for (g, parts) in &by_gold {
        if parts.len() > 1 {
            out.push(format!(
                "split {g}: {}",
                list(parts.values().cloned().collect())
            ));
        }
    }
    for (s, parts) in &by_story {
        if parts.len() > 1 {
            out.push(format!(
                "merged story {s}: {}",
                list(parts.values().cloned().collect())
            ));
        }
    }
    out
}

/// Every story evaluation over the shared data folder.
pub fn run(shared: &Path, analysis: &AnalysisOptions, verbose: bool) -> Result<Vec<StoryReport>> {
    let corpus = shared.join("corpus");
    Ok(vec![
        score_corpus(
            "dev set",
            &shared.join("eval/dev/articles.jsonl"),
            None,
            analysis,
            verbose,
        )?,
        score_corpus(
            "BASIL",
            &corpus.join("basil/articles.jsonl"),
            Some("cluster_id"),
            analysis,
            verbose,
        )?,
        score_corpus(
            "AllSides roundups",
            &corpus.join("allsides_roundups/articles.jsonl"),
            Some("cluster_id"),
            analysis,
            verbose,
        )?,
        score_corpus(
            "Wikinews sample",
            &corpus.join("wikinewssum_en_sample/articles.jsonl"),
            Some("cluster_id"),
            analysis,
            verbose,
        )?,
    ])
}
