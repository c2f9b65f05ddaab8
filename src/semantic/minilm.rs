//! The all-MiniLM-L6-v2 sentence embedder (rust-bert on libtorch, CPU):
//! mean-pooled, L2-normalised, 384-dimensional vectors, loaded from a local
//! folder filled by `models/fetch`.

use super::{Embedder, SemanticError, check_model_dir};
use rust_bert::pipelines::common::ModelType;
use rust_bert::pipelines::sentence_embeddings::{
    SentenceEmbeddingsConfig, SentenceEmbeddingsModel,
};
use rust_bert::resources::LocalResource;
use std::path::Path;
use std::sync::{Mutex, PoisonError};
use tch::Device;

/// Texts per forward pass. The model pads a batch to its longest text, so
/// texts are sorted by length first and embedded in small batches: little
/// work is wasted on padding and memory stays flat however many texts come
/// in. Measured on 200 BBC sentences, 2 cores (`cargo bench --bench embed`):
/// 1: 216/s, 4 to 8: ~300/s, 32: 251/s, 200 (one batch): 114/s; without the
/// sort, 32 gave 174/s.
const BATCH: usize = 8;

/// all-MiniLM-L6-v2 behind the [`Embedder`] trait.
pub struct MiniLm {
    // rust-bert's model holds tch tensors, which tch marks Send but not Sync
    // (they wrap raw pointers to C++ objects), so the model is not Sync and
    // cannot be shared behind `&self` as `Embedder` requires. A Mutex makes
    // it Sync; it costs little, because libtorch already spreads one forward
    // pass over every core.
    model: Mutex<SentenceEmbeddingsModel>,
    dim: usize,
}

impl MiniLm {
    /// Loads the model from `dir` (see [`super::default_model_dir`]) onto
    /// the CPU. Fails with a message naming the fix when files are missing.
    pub fn load(dir: &Path) -> Result<MiniLm, SemanticError> {
        check_model_dir(dir)?;
        let file = |name: &str| Box::new(LocalResource::from(dir.join(name)));
        let config = SentenceEmbeddingsConfig {
            modules_config_resource: file("modules.json"),
            transformer_type: ModelType::Bert,
            transformer_config_resource: file("config.json"),
            // rust-bert's local builder expects a converted `rust_model.ot`;
            // tch reads safetensors directly (chosen by the extension) and
            // the tensor names of the published model already match.
            transformer_weights_resource: file("model.safetensors"),
            pooling_config_resource: file("1_Pooling/config.json"),
            dense_config_resource: None,
            dense_weights_resource: None,
            sentence_bert_config_resource: file("sentence_bert_config.json"),
            tokenizer_config_resource: file("tokenizer_config.json"),
            tokenizer_vocab_resource: file("vocab.txt"),
            tokenizer_merges_resource: None,
            // CPU on every machine, so scores (and flags built on them) do
            // not depend on whether a GPU happens to be present.
            device: Device::Cpu,
            kind: None,
        };
        let load_err = |source| SemanticError::Load {
            dir: dir.to_path_buf(),
            source,
        };
        let model = SentenceEmbeddingsModel::new(config).map_err(load_err)?;
        let dim = model.get_embedding_dim().map_err(load_err)?;
        let dim = usize::try_from(dim).map_err(|_| {
            load_err(rust_bert::RustBertError::InvalidConfigurationError(
                format!("embedding dimension {dim}"),
            ))
        })?;
        Ok(MiniLm {
            model: Mutex::new(model),
            dim,
        })
    }
}

impl Embedder for MiniLm {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, SemanticError> {
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| texts[i].len());
        // A panic inside libtorch leaves the model's weights untouched (a
        // forward pass only reads them), so a poisoned lock is still usable.
        let model = self.model.lock().unwrap_or_else(PoisonError::into_inner);
        let mut out = vec![Vec::new(); texts.len()];
        for chunk in order.chunks(BATCH) {
            let batch: Vec<&str> = chunk.iter().map(|&i| texts[i]).collect();
            let vectors = model.encode(&batch).map_err(SemanticError::Embed)?;
            for (&i, v) in chunk.iter().zip(vectors) {
                out[i] = v;
            }
        }
        Ok(out)
    }

    fn dim(&self) -> usize {
        self.dim
    }
}
