//! Embedding speed benchmark (not a timed test): sentences/s of the
//! all-MiniLM-L6-v2 embedder on real news sentences from the BBC corpus.
//!
//! Run with `cargo bench --features semantic --bench embed` after
//! `models/fetch` (the shared data must sit in `../shared`, or set
//! `CROSSCHECK_SHARED`). Pass a number after `--` to embed that many
//! sentences instead of 200: `cargo bench --features semantic --bench embed -- 1000`.

use crosscheck::analysis::Document;
use crosscheck::diagnostics::Origin;
use crosscheck::semantic::{Embedder, MiniLm, default_model_dir};
use crosscheck::sources::{self, Overrides};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn corpus_path() -> PathBuf {
    let base = std::env::var_os("CROSSCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = base.join("corpus/bbc_2225/articles.jsonl");
    assert!(p.exists(), "benchmark corpus missing: {}", p.display());
    p
}

/// The first `n` sentences of 6 to 60 words, in corpus order: the length of
/// sentences that carry claims, without headlines or run-on fragments.
fn sentences(path: &Path, n: usize) -> Vec<String> {
    let raw = std::fs::read(path).expect("read corpus");
    let origin = Origin::file(path);
    let ov = Overrides::default();
    let mut out = Vec::with_capacity(n);
    for line in raw.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        for article in sources::parse_json_line(line, &origin, &ov).articles {
            let doc = Document::new(article.text);
            for s in &doc.sentences {
                let words = doc.tokens[s.tokens.clone()]
                    .iter()
                    .filter(|t| t.is_word_like())
                    .count();
                if (6..=60).contains(&words) {
                    out.push(doc.slice(s.span).to_owned());
                    if out.len() == n {
                        return out;
                    }
                }
            }
        }
    }
    out
}

fn main() {
    let n = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(200);
    let texts = sentences(&corpus_path(), n);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let words: usize = refs.iter().map(|t| t.split_whitespace().count()).sum();

    let t = Instant::now();
    let model = MiniLm::load(&default_model_dir()).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "load model                {:>8.3} s",
        t.elapsed().as_secs_f64()
    );
    // The first pass pays libtorch's one-off set-up costs.
    model.embed(&refs[..refs.len().min(8)]).expect("warm-up");

    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let v = model.embed(&refs).expect("embed");
        assert_eq!(v.len(), refs.len());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "embed {} sentences ({:.1} words each) {:>8.3} s {:>8.1} sentences/s",
        refs.len(),
        words as f64 / refs.len().max(1) as f64,
        best,
        refs.len() as f64 / best
    );
}
