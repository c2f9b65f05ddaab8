//! The store a corpus ends in is a function of the corpus: the same
//! articles written in another order, in other batches, or over several
//! runs (as a run killed and resumed writes them) give the same speakers,
//! aliases, quotes, claims, stories and flags. One case per kind of
//! order-dependence found by the kill -9 trials: an organisation named by
//! its first word (`the NHS`) before or after the organisations it could
//! be; a name spelt in two cases (`Analysts`, `analysts`); a full name
//! given two genders by two articles.

use crosscheck::ingest::{IngestOptions, Silent, ingest};
use crosscheck::sources::Input;
use crosscheck::store::{Store, snapshot::snapshot};
use std::path::Path;

/// (id, outlet, text)
const ARTICLES: &[(&str, &str, &str)] = &[
    (
        "n1",
        "North Post",
        "Waiting lists grew in March. \"We are deeply sorry for the delays,\" NHS England said in a statement.",
    ),
    (
        "n2",
        "Daily Ledger",
        "Patients waited longer. \"The backlog will be cleared by the summer,\" the NHS said on Tuesday.",
    ),
    (
        "n3",
        "Coast Times",
        "Patients waited longer in Scotland. \"Services will run normally on Friday,\" NHS Scotland said.",
    ),
    (
        "a1",
        "North Post",
        "Shares fell sharply on Monday. Analysts said the fall was expected after weak results.",
    ),
    (
        "a2",
        "Daily Ledger",
        "Shares fell sharply on Monday, and analysts said the fall was expected after weak results.",
    ),
    (
        "g1",
        "North Post",
        "Robin Marsh spoke after the match. \"We played well,\" Robin Marsh said. He added that the team was tired.",
    ),
    (
        "g2",
        "Daily Ledger",
        "Robin Marsh spoke after the match. \"We were unlucky,\" Robin Marsh said. She added that the team was tired.",
    ),
];

/// Ingests each group of articles (by index into [`ARTICLES`]) as one run,
/// in that order, `batch_size` articles to a transaction; returns the
/// store's snapshot.
fn ingested(dir: &Path, name: &str, runs: &[&[usize]], batch_size: usize) -> String {
    let db = dir.join(format!("{name}.db"));
    for (r, run) in runs.iter().enumerate() {
        let lines: Vec<String> = run
            .iter()
            .map(|&i| {
                let (id, source, text) = ARTICLES[i];
                serde_json::json!({
                    "id": id, "source": source, "title": id,
                    "published": "2024-03-01", "text": text,
                })
                .to_string()
            })
            .collect();
        let input = dir.join(format!("{name}-{r}.jsonl"));
        std::fs::write(&input, lines.join("\n")).unwrap();
        let options = IngestOptions {
            batch_size,
            ..IngestOptions::default()
        };
        ingest(
            Store::open(&db).unwrap(),
            &[Input::Path(input)],
            &options,
            &Silent,
        )
        .unwrap();
    }
    snapshot(Store::open_existing(&db).unwrap().conn()).unwrap()
}

/// One section of a snapshot (`## speakers` up to the next `## `).
fn section<'s>(snapshot: &'s str, name: &str) -> &'s str {
    let start = snapshot
        .find(&format!("## {name}\n"))
        .unwrap_or_else(|| panic!("no {name} section"));
    let rest = &snapshot[start..];
    let end = rest[3..].find("## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

#[test]
fn order_batches_and_runs_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let all: Vec<usize> = (0..ARTICLES.len()).collect();
    let reversed: Vec<usize> = all.iter().rev().copied().collect();
    let clean = ingested(dir.path(), "clean", &[&all], 1024);
    let speakers = section(&clean, "speakers");
    // What the corpus says, so that equal snapshots are not equally wrong:
    // `the NHS` could be either of two organisations and stays itself;
    // the spelling kept is the first in byte order; a name given both
    // genders has neither.
    assert!(
        speakers.contains("NHS\torganisation\t∅\t∅\t∅\n"),
        "{speakers}"
    );
    assert!(speakers.contains("Analysts\trole\t"), "{speakers}");
    assert!(!speakers.contains("analysts\t"), "{speakers}");
    assert!(
        speakers.contains("Robin Marsh\tperson\tmarsh\t∅\t∅\n"),
        "{speakers}"
    );
    // (name, runs, batch size, whether articles arrive in the clean order)
    let cases: [(&str, Vec<&[usize]>, usize, bool); 4] = [
        ("reversed", vec![&reversed], 1024, false),
        ("one-per-batch", vec![&reversed], 1, false),
        // `the NHS` arrives when NHS England is the only NHS stored, and
        // the run ends (as a killed one does) before NHS Scotland comes;
        // the next run reads the whole input again.
        ("resumed", vec![&[0, 1, 3, 5], &all], 2, true),
        ("resumed-reversed", vec![&[6, 4, 2], &reversed], 1, false),
    ];
    for (name, runs, batch_size, same_order) in cases {
        let other = ingested(dir.path(), name, &runs, batch_size);
        for s in ["speakers", "speaker_aliases", "quotes", "claims"] {
            assert_eq!(section(&clean, s), section(&other, s), "{name}: {s}");
        }
        // (Which side of a flag comes first still follows the order the
        // articles were stored in, `story_evidence`'s `ORDER BY a.id`: the
        // whole store is compared where that order is the clean run's, as
        // it is in a run resumed after a kill.)
        if same_order {
            assert_eq!(clean, other, "{name}");
        }
    }
}

#[test]
fn a_first_word_names_the_one_organisation_it_can_be() {
    let dir = tempfile::tempdir().unwrap();
    let text = ingested(dir.path(), "two", &[&[1, 0]], 1);
    assert!(
        section(&text, "speakers").contains("NHS\torganisation\t∅\t∅\tNHS England\n"),
        "{text}"
    );
    let quotes = section(&text, "quotes");
    assert!(
        quotes
            .lines()
            .any(|l| l.starts_with("n2\t") && l.contains("\tNHS England\tNHS\t")),
        "{quotes}"
    );
}
