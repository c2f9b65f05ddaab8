//! End to end: cross-source flags on the demo corpus (one story per flag
//! kind, written for the purpose), deterministic re-analysis, and the
//! review loop — verdicts that survive re-ingesting the same and edited
//! articles, their history, and the ClaimReview export.

mod common;

use common::{Workspace, copy_dir};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The repository's demo corpus.
fn demo_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Copies the demo corpus into the workspace (so a test may edit it) and ingests it.
fn ingest_demo(ws: &Workspace) -> PathBuf {
    let copy = ws.path("corpus");
    copy_dir(&demo_corpus(), &copy);
    ws.ok(&["ingest", copy.to_str().unwrap()]);
    copy
}

fn flags(ws: &Workspace, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["flags"];
    args.extend_from_slice(extra);
    ws.jsonl(&args)
}

/// The words of a flag's side: a claim's surface or a quotation's text.
fn words(side: &Value) -> &str {
    side["surface"]
        .as_str()
        .or(side["text"].as_str())
        .unwrap_or("")
}

/// The flag of `kind` whose two sides hold these words (in either order).
fn find<'a>(flags: &'a [Value], kind: &str, a: &str, b: &str) -> Option<&'a Value> {
    flags.iter().find(|f| {
        let (x, y) = (words(&f["a"]), words(&f["b"]));
        f["kind"] == kind && ((x.contains(a) && y.contains(b)) || (x.contains(b) && y.contains(a)))
    })
}

#[test]
fn every_flag_kind_is_found_on_the_demo_corpus_and_nothing_else() {
    let ws = Workspace::new();
    ingest_demo(&ws);
    let all = flags(&ws, &[]);
    let expected = [
        // Coastline Daily's 26% against the others' 62% and `nearly two-thirds`.
        ("numeric_conflict", "26%", "62%"),
        ("numeric_conflict", "26%", "nearly two-thirds"),
        // Coastline Daily gives the union's words to the company's director.
        (
            "quote_attribution_conflict",
            "Nobody takes strike action lightly",
            "Nobody takes strike action lightly",
        ),
        // The wire's `making steady progress` became `made great progress`.
        (
            "quote_wording_conflict",
            "making steady progress",
            "made great progress",
        ),
        // The wire (2 April) says Tuesday; the Courier (3 April) says last night.
        ("date_conflict", "Tuesday", "last night"),
    ];
    for (kind, a, b) in expected {
        assert!(
            find(&all, kind, a, b).is_some(),
            "no {kind} between {a:?} and {b:?} in {all:#?}"
        );
    }
    // Two attribution flags (Coastline against each of the others) and nothing more.
    assert_eq!(all.len(), 6, "unexpected flags: {all:#?}");
    // Consistent figures are not flagged: 62% and 62 per cent, £3.1m and £3.1 million.
    assert!(find(&all, "numeric_conflict", "62%", "62 per cent").is_none());
    assert!(find(&all, "quote_wording_conflict", "3.1m", "3.1 million").is_none());
    for f in &all {
        let text = f["explanation"].as_str().unwrap();
        assert!(
            text.ends_with('.') && text.len() > 40,
            "explanation: {text}"
        );
        assert_ne!(
            f["a"]["source"], f["b"]["source"],
            "a flag compares two outlets: {f}"
        );
    }
}

#[test]
fn flags_filter_by_kind_story_and_source() {
    let ws = Workspace::new();
    ingest_demo(&ws);
    let numeric = flags(&ws, &["--kind", "numeric_conflict"]);
    assert_eq!(numeric.len(), 2);
    assert!(numeric.iter().all(|f| f["kind"] == "numeric_conflict"));
    let courier = flags(&ws, &["--source", "courier"]);
    assert_eq!(courier.len(), 1);
    assert_eq!(courier[0]["kind"], "date_conflict");
    let story = courier[0]["story"].as_i64().unwrap().to_string();
    assert_eq!(flags(&ws, &["--story", &story]).len(), 1);
    // The stories listing shows the three stories with their outlets.
    let stories = ws.jsonl(&["stories"]);
    assert_eq!(stories.len(), 3, "{stories:#?}");
}

#[test]
fn re_analysis_is_deterministic_and_never_duplicates() {
    let ws = Workspace::new();
    let corpus = ingest_demo(&ws);
    let before = flags(&ws, &[]);
    ws.ok(&["analyse", "--all"]);
    ws.ok(&["analyse", "--all"]);
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    assert_eq!(flags(&ws, &[]), before);
}

#[test]
fn verdicts_survive_re_ingesting_the_same_and_edited_input() {
    let ws = Workspace::new();
    let corpus = ingest_demo(&ws);
    let all = flags(&ws, &[]);
    let numeric = find(&all, "numeric_conflict", "26%", "62%").expect("26% vs 62%");
    let id = numeric["id"].as_i64().unwrap().to_string();
    let dismissed = find(&all, "date_conflict", "Tuesday", "last night").expect("date flag");
    let dismissed_id = dismissed["id"].as_i64().unwrap().to_string();
    ws.ok(&[
        "review",
        &id,
        "--verdict",
        "confirmed",
        "--note",
        "62% per the operator's statement",
        "--reviewer",
        "ana",
    ]);
    ws.ok(&[
        "review",
        &dismissed_id,
        "--verdict",
        "dismissed",
        "--reviewer",
        "ana",
    ]);

    // The same input again: nothing changes.
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    let again = flags(&ws, &["--status", "confirmed"]);
    assert_eq!(again.len(), 1);
    assert_eq!(again[0]["id"], numeric["id"]);
    assert_eq!(again[0]["evidence_changed"], false);

    // The Gazette corrects a word elsewhere in the article: the flag and
    // its verdict stay, with the same evidence.
    let gazette = corpus.join("portmere-gazette/ferry-strike.txt");
    let text = std::fs::read_to_string(&gazette).unwrap();
    std::fs::write(
        &gazette,
        text.replace("thousands of passengers", "hundreds of passengers"),
    )
    .unwrap();
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    let edited = flags(&ws, &["--status", "confirmed"]);
    assert_eq!(edited.len(), 1, "{edited:#?}");
    assert_eq!(edited[0]["id"], numeric["id"]);

    // The Gazette changes the disputed figure: the reviewed flag is kept,
    // marked as changed evidence, and still listed with its verdict.
    let text = std::fs::read_to_string(&gazette).unwrap();
    std::fs::write(
        &gazette,
        text.replace("62% of scheduled sailings", "60% of scheduled sailings"),
    )
    .unwrap();
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    let changed = flags(&ws, &["--status", "confirmed", "--all"]);
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert_eq!(changed[0]["id"], numeric["id"]);
    assert_eq!(changed[0]["evidence_changed"], true);
    let show = ws.ok(&["flag", "show", &id]);
    assert!(show.contains("confirmed") && show.contains("ana"), "{show}");
    assert!(show.contains("62% per the operator's statement"), "{show}");

    // The dismissed flag is untouched by all this.
    let dismissed_now = flags(&ws, &["--status", "dismissed"]);
    assert_eq!(dismissed_now.len(), 1);
    assert_eq!(dismissed_now[0]["id"], dismissed["id"]);
}

#[test]
fn every_verdict_is_kept_in_the_history() {
    let ws = Workspace::new();
    ingest_demo(&ws);
    let all = flags(&ws, &["--kind", "quote_wording_conflict"]);
    let id = all[0]["id"].as_i64().unwrap().to_string();
    ws.ok(&[
        "review",
        &id,
        "--verdict",
        "dismissed",
        "--reviewer",
        "ben",
        "--note",
        "first look",
    ]);
    ws.ok(&[
        "review",
        &id,
        "--verdict",
        "confirmed",
        "--reviewer",
        "ana",
        "--note",
        "checked the recording",
    ]);
    let show = ws.ok(&["flag", "show", &id]);
    for needle in [
        "dismissed",
        "ben",
        "first look",
        "confirmed",
        "ana",
        "checked the recording",
    ] {
        assert!(show.contains(needle), "{needle:?} missing from:\n{show}");
    }
    // Both pieces of evidence in their sentences, with their outlets.
    assert!(
        show.contains("Meridian Press Agency") && show.contains("Coastline Daily"),
        "{show}"
    );
    // A flag that does not exist is an error that says so.
    let out = ws
        .cmd(&["review", "9999", "--verdict", "confirmed"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("9999"));
}

#[test]
fn confirmed_flags_export_as_claimreview() {
    let ws = Workspace::new();
    ingest_demo(&ws);
    let all = flags(&ws, &[]);
    let numeric = find(&all, "numeric_conflict", "26%", "62%").unwrap();
    let id = numeric["id"].as_i64().unwrap().to_string();
    // Nothing confirmed yet: an empty list, not an error.
    let empty: Value = serde_json::from_str(&ws.ok(&["export", "--claimreview"])).unwrap();
    assert_eq!(empty.as_array().map(Vec::len), Some(0), "{empty}");
    ws.ok(&["review", &id, "--verdict", "confirmed", "--reviewer", "ana"]);
    let out: Value = serde_json::from_str(&ws.ok(&["export", "--claimreview"])).unwrap();
    let reviews = out.as_array().expect("a JSON array");
    assert_eq!(reviews.len(), 1);
    let r = &reviews[0];
    assert_eq!(r["@context"], "https://schema.org");
    assert_eq!(r["@type"], "ClaimReview");
    assert!(r["claimReviewed"].as_str().unwrap().contains('%'), "{r}");
    assert_eq!(r["itemReviewed"]["@type"], "Claim");
    let appearance = &r["itemReviewed"]["appearance"];
    assert!(appearance.is_array() || appearance.is_object(), "{r}");
    assert!(r["itemReviewed"]["datePublished"].is_string(), "{r}");
    assert!(r["reviewRating"]["alternateName"].is_string(), "{r}");
    assert_eq!(r["author"]["name"], "ana");
    assert!(r["datePublished"].is_string(), "{r}");
}
