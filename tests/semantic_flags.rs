//! rust-bert's semantic signal in the flags, end to end (cargo feature
//! `semantic`, model fetched by `models/fetch`): `ingest` loads the model,
//! embeds a story's quotations, and the decision and its reasons follow the
//! meaning; `--no-semantic` decides on words alone.

mod common;

use common::Workspace;
use serde_json::json;

/// Two outlets quoting one statement, one with a word of meaning changed,
/// and the same speaker's two different remarks that share a phrase.
fn corpus() -> String {
    let rows = [
        (
            "a",
            "Harbour Post",
            "Mayor Ada Okafor spoke after the vote. \"We will not close the bridge this winter, whatever the engineers say,\" Okafor said. \"The harbour tunnel will be finished by spring and the ferries will run every hour,\" she added.",
        ),
        (
            "b",
            "Valley Times",
            "Mayor Ada Okafor spoke after the vote. \"We will close the bridge this winter, whatever the engineers say,\" Okafor said. \"The harbour tunnel will be finished by spring and the city budget will pay for it,\" she added.",
        ),
    ];
    rows.iter()
        .map(|(id, source, text)| {
            json!({"id": id, "source": source, "published": "2024-01-10", "title": "Bridge vote", "text": text})
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn wording_flags(ws: &Workspace) -> Vec<serde_json::Value> {
    ws.jsonl(&["flags", "--kind", "quote_wording_conflict"])
}

#[test]
fn the_model_weighs_in_on_quotation_flags_and_says_so() {
    let ws = Workspace::new();
    let file = ws.write("news.jsonl", corpus());
    ws.ok(&["ingest", file.to_str().unwrap()]);
    let flags = wording_flags(&ws);
    // The negation dropped is flagged, with the meaning as a reason.
    let bridge = flags
        .iter()
        .find(|f| {
            f["explanation"]
                .as_str()
                .unwrap()
                .contains("will not close")
        })
        .unwrap_or_else(|| panic!("no flag for the dropped negation: {flags:?}"));
    let why = bridge["explanation"].as_str().unwrap();
    assert!(why.contains("read alike in meaning (cosine"), "{why}");
    // (Embeddings barely see a negation: it is never ranked as a variant.)
    assert!(!why.contains("low priority"), "{why}");

    // Words alone give the same decision without the meaning reason.
    let plain = Workspace::new();
    let file = plain.write("news.jsonl", corpus());
    plain.ok(&["ingest", "--no-semantic", file.to_str().unwrap()]);
    let words_only = wording_flags(&plain);
    assert!(!words_only.is_empty(), "no flags on words alone");
    assert!(
        words_only
            .iter()
            .all(|f| !f["explanation"].as_str().unwrap().contains("cosine")),
        "{words_only:?}"
    );
}
