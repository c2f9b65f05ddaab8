//! The all-MiniLM-L6-v2 embedder on the real model (cargo feature
//! `semantic`). The model must have been fetched with `models/fetch`: a
//! missing model fails these tests with that instruction rather than
//! skipping them, so CI cannot pass without exercising the model.

use crosscheck::semantic::{
    Embedder, MODEL_NAME, MiniLm, SemanticError, cosine, default_model_dir,
};
use std::sync::OnceLock;

const TURNOUT: &str = "39% of junior doctors reported for duty";
const PARAPHRASE: &str = "fewer than two in five junior doctors turned up for work";
const UNRELATED: &str = "the bridge will close for six weeks of repairs";

/// Loaded once: loading costs about a second, and the tests only read it.
fn model() -> &'static MiniLm {
    static MODEL: OnceLock<MiniLm> = OnceLock::new();
    MODEL.get_or_init(|| MiniLm::load(&default_model_dir()).unwrap_or_else(|e| panic!("{e}")))
}

fn embed(texts: &[&str]) -> Vec<Vec<f32>> {
    model().embed(texts).expect("embedding")
}

#[test]
fn vectors_have_384_dimensions() {
    assert_eq!(model().dim(), 384);
    let v = embed(&[TURNOUT, UNRELATED]);
    assert_eq!(v.len(), 2);
    assert!(v.iter().all(|v| v.len() == 384));
}

#[test]
fn vectors_are_unit_length() {
    for v in embed(&[TURNOUT, PARAPHRASE, UNRELATED, "x"]) {
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4, "norm {norm}");
    }
}

#[test]
fn identical_texts_score_one() {
    let v = embed(&[TURNOUT, TURNOUT]);
    let c = cosine(&v[0], &v[1]);
    assert!(c > 0.9999, "{c}");
}

#[test]
fn a_paraphrase_scores_clearly_above_an_unrelated_sentence() {
    let v = embed(&[TURNOUT, PARAPHRASE, UNRELATED]);
    let same = cosine(&v[0], &v[1]);
    let other = cosine(&v[0], &v[2]);
    assert!(same > 0.5, "paraphrase {same}");
    assert!(other < 0.2, "unrelated {other}");
    assert!(same - other > 0.4, "paraphrase {same} vs unrelated {other}");
}

#[test]
fn batches_keep_input_order_and_match_single_embeddings() {
    // More texts than one internal batch, of varied lengths, so the
    // length-sorted batching has to put results back in place.
    let texts: Vec<String> = (0..75)
        .map(|i| match i % 3 {
            0 => format!("{i} ferries were cancelled"),
            1 => format!(
                "the council approved a budget of £{i} million for flood defences along the coast"
            ),
            _ => format!("waiting list number {i}"),
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let together = embed(&refs);
    assert_eq!(together.len(), texts.len());
    for i in [0, 1, 2, 40, 74] {
        let alone = embed(&[refs[i]]);
        let c = cosine(&together[i], &alone[0]);
        assert!(c > 0.999, "text {i}: {c}");
    }
}

#[test]
fn no_texts_give_no_vectors() {
    assert!(embed(&[]).is_empty());
}

#[test]
fn a_missing_model_says_to_run_the_fetch_script() {
    let tmp = tempfile::tempdir().unwrap();
    let err = MiniLm::load(&tmp.path().join(MODEL_NAME))
        .err()
        .expect("no model there");
    assert!(matches!(err, SemanticError::ModelMissing(_)), "{err:?}");
    assert!(err.to_string().contains("run models/fetch"), "{err}");
}

#[test]
fn the_embedder_can_be_shared_between_threads() {
    let shared: &dyn Embedder = model();
    let results: Vec<Vec<Vec<f32>>> = std::thread::scope(|s| {
        let handles: Vec<_> = [TURNOUT, UNRELATED]
            .map(|t| s.spawn(move || shared.embed(&[t]).unwrap()))
            .into_iter()
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let direct = embed(&[TURNOUT, UNRELATED]);
    assert!(cosine(&results[0][0], &direct[0]) > 0.999);
    assert!(cosine(&results[1][0], &direct[1]) > 0.999);
}
