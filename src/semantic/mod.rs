//! Semantic similarity of short texts: do two claims measure the same thing?
//!
//! Shared words are not enough to match claims across outlets: "39% of junior
//! doctors reported for duty" and "fewer than two in five junior doctors
//! turned up for work" describe one quantity with few words in common. An
//! [`Embedder`] maps each text to a vector whose [`cosine`] similarity with
//! another text's vector is high when the two mean the same.
//!
//! The trait and [`cosine`] are always available, so the cross-source matcher
//! does not depend on a backend. The one backend, [`MiniLm`]
//! (all-MiniLM-L6-v2 through rust-bert and libtorch), is compiled only with
//! the cargo feature `semantic`, because libtorch is large and the default
//! build must not need it. Its model files are put in `models/` by the setup
//! script `models/fetch`; nothing is downloaded at run time.

#[cfg(feature = "semantic")]
mod minilm;

#[cfg(feature = "semantic")]
pub use minilm::MiniLm;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The folder name of the model under the models root.
pub const MODEL_NAME: &str = "all-MiniLM-L6-v2";

/// The environment variable naming a models root other than `models/`.
pub const MODELS_ENV: &str = "CROSSCHECK_MODELS";

/// Files the model folder must hold, relative to it. Checked before loading
/// because rust-bert panics, rather than returning an error, on a missing
/// configuration file.
pub const MODEL_FILES: &[&str] = &[
    "config.json",
    "modules.json",
    "sentence_bert_config.json",
    "tokenizer_config.json",
    "vocab.txt",
    "1_Pooling/config.json",
    "model.safetensors",
];

/// Errors of the semantic layer. Each message says what to do about it.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum SemanticError {
    #[error(
        "model not found at {0}: run models/fetch, or set CROSSCHECK_MODELS to a folder that holds all-MiniLM-L6-v2/"
    )]
    ModelMissing(PathBuf),
    #[error(
        "model at {dir} is incomplete ({file} is missing): delete that folder and run models/fetch again"
    )]
    ModelIncomplete { dir: PathBuf, file: String },
    #[cfg(feature = "semantic")]
    #[error(
        "cannot load the model at {dir}: {source}; delete that folder and run models/fetch again"
    )]
    Load {
        dir: PathBuf,
        #[source]
        source: rust_bert::RustBertError,
    },
    #[cfg(feature = "semantic")]
    #[error("sentence embedding failed: {0}")]
    Embed(#[source] rust_bert::RustBertError),
}

/// Turns texts into fixed-length vectors whose [`cosine`] similarity measures
/// closeness in meaning.
pub trait Embedder: Send + Sync {
    /// One vector of length [`Embedder::dim`] per text, in input order.
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, SemanticError>;

    /// The length of every vector [`Embedder::embed`] returns.
    fn dim(&self) -> usize;
}

/// Cosine similarity of two vectors, in [-1, 1]. A zero vector is similar to
/// nothing (0), rather than NaN, so callers can compare scores without care.
///
/// # Panics
///
/// If the lengths differ: vectors from different embedders (or a bug) must
/// not be compared silently.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len(), "cosine of vectors of different lengths");
    // f64 sums: 384 products of f32 lose digits that decide close rankings.
    let (mut dot, mut aa, mut bb) = (0f64, 0f64, 0f64);
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = (f64::from(x), f64::from(y));
        dot += x * y;
        aa += x * x;
        bb += y * y;
    }
    if aa == 0.0 || bb == 0.0 {
        return 0.0;
    }
    (dot / (aa.sqrt() * bb.sqrt())).clamp(-1.0, 1.0) as f32
}

/// Where the model is looked for: `$CROSSCHECK_MODELS/all-MiniLM-L6-v2` if
/// that variable is set, else `models/all-MiniLM-L6-v2` under the current
/// folder if it exists there, else the same under the source tree this
/// binary was built from (so `cargo test` and `cargo run` find it anywhere).
pub fn default_model_dir() -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    model_dir_from(
        std::env::var_os(MODELS_ENV),
        &cwd,
        Path::new(env!("CARGO_MANIFEST_DIR")),
    )
}

fn model_dir_from(models_env: Option<OsString>, cwd: &Path, manifest_dir: &Path) -> PathBuf {
    if let Some(root) = models_env.filter(|r| !r.is_empty()) {
        return PathBuf::from(root).join(MODEL_NAME);
    }
    let local = cwd.join("models").join(MODEL_NAME);
    if local.exists() {
        return local;
    }
    manifest_dir.join("models").join(MODEL_NAME)
}

/// Checks that `dir` holds every file in [`MODEL_FILES`], so that a missing
/// or half-copied model is reported with what to do instead of a panic deep
/// inside the backend.
pub fn check_model_dir(dir: &Path) -> Result<(), SemanticError> {
    if !dir.is_dir() {
        return Err(SemanticError::ModelMissing(dir.to_path_buf()));
    }
    match MODEL_FILES.iter().find(|f| !dir.join(f).is_file()) {
        Some(file) => Err(SemanticError::ModelIncomplete {
            dir: dir.to_path_buf(),
            file: (*file).to_owned(),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn cosine_of_a_vector_with_itself_is_one() {
        let v = [0.3, -1.2, 4.0, 0.0];
        assert!(close(cosine(&v, &v), 1.0));
    }

    #[test]
    fn cosine_ignores_length() {
        assert!(close(cosine(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]), 1.0));
    }

    #[test]
    fn cosine_of_orthogonal_and_opposite_vectors() {
        assert!(close(cosine(&[1.0, 0.0], &[0.0, 5.0]), 0.0));
        assert!(close(cosine(&[1.0, -2.0], &[-1.0, 2.0]), -1.0));
    }

    #[test]
    fn cosine_known_angle() {
        // 45 degrees apart.
        assert!(close(
            cosine(&[1.0, 0.0], &[1.0, 1.0]),
            std::f32::consts::FRAC_1_SQRT_2
        ));
    }

    #[test]
    fn cosine_with_a_zero_vector_is_zero_not_nan() {
        assert_eq!(cosine(&[0.0, 0.0, 0.0], &[1.0, 2.0, 3.0]), 0.0);
        assert_eq!(cosine(&[0.0; 4], &[0.0; 4]), 0.0);
    }

    #[test]
    fn cosine_stays_in_range_despite_rounding() {
        let v = [0.1f32; 384];
        let c = cosine(&v, &v);
        assert!((-1.0..=1.0).contains(&c), "{c}");
    }

    #[test]
    #[should_panic(expected = "different lengths")]
    fn cosine_refuses_vectors_of_different_lengths() {
        cosine(&[1.0, 2.0], &[1.0, 2.0, 3.0]);
    }

    #[test]
    fn model_dir_prefers_the_environment_variable() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("models").join(MODEL_NAME)).unwrap();
        let dir = model_dir_from(
            Some("/opt/models".into()),
            tmp.path(),
            Path::new("/src/crosscheck"),
        );
        assert_eq!(dir, Path::new("/opt/models").join(MODEL_NAME));
    }

    #[test]
    fn model_dir_uses_the_current_folder_when_it_has_the_model() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("models").join(MODEL_NAME)).unwrap();
        let dir = model_dir_from(Some("".into()), tmp.path(), Path::new("/src/crosscheck"));
        assert_eq!(dir, tmp.path().join("models").join(MODEL_NAME));
    }

    #[test]
    fn model_dir_falls_back_to_the_source_tree() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = model_dir_from(None, tmp.path(), Path::new("/src/crosscheck"));
        assert_eq!(dir, Path::new("/src/crosscheck/models").join(MODEL_NAME));
    }

    #[test]
    fn a_missing_model_says_to_run_the_fetch_script() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(MODEL_NAME);
        let err = check_model_dir(&dir).unwrap_err();
        assert!(matches!(err, SemanticError::ModelMissing(_)), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains("run models/fetch"), "{msg}");
        assert!(msg.contains(&dir.display().to_string()), "{msg}");
    }

    #[test]
    fn an_incomplete_model_names_the_missing_file() {
        let tmp = tempfile::tempdir().unwrap();
        for f in MODEL_FILES.iter().filter(|f| **f != "vocab.txt") {
            let p = tmp.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "{}").unwrap();
        }
        let err = check_model_dir(tmp.path()).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("vocab.txt is missing"), "{msg}");
        assert!(msg.contains("run models/fetch"), "{msg}");
        std::fs::write(tmp.path().join("vocab.txt"), "").unwrap();
        check_model_dir(tmp.path()).unwrap();
    }
}
