//! End-to-end tests of `crosscheck eval`: the claims score on the dev set
//! and the peer suites, with the bars of the design brief, and the error
//! for a missing data folder.

mod common;

use common::{Workspace, shared};
use predicates::prelude::*;

/// A figure printed as `label … 12.3% (a/b)` or `F1 0.951`.
fn figure_after(out: &str, line_start: &str, key: &str) -> f64 {
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with(line_start))
        .unwrap_or_else(|| panic!("no line starting {line_start:?} in:\n{out}"));
    let rest = &line[line
        .find(key)
        .unwrap_or_else(|| panic!("no {key:?} in {line:?}"))
        + key.len()..];
    rest.split_whitespace()
        .next()
        .and_then(|w| w.trim_end_matches('%').parse().ok())
        .unwrap_or_else(|| panic!("no number after {key:?} in {line:?}"))
}

/// The `consistent pairs flagged: N of M` figure of `eval flags`.
fn consistent_pairs_flagged(out: &str) -> usize {
    out.lines()
        .find_map(|l| l.trim().strip_prefix("consistent pairs flagged: "))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no consistent-pairs line in:\n{out}"))
}

#[test]
#[cfg_attr(
    not(feature = "research-evals"),
    ignore = "needs the research data in ../shared: cargo test --features research-evals"
)]
fn claims_on_the_dev_set_reach_the_bars() {
    let base = shared("eval/dev")
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let ws = Workspace::new();
    let out = ws.ok(&["eval", "claims", "--shared", base.to_str().unwrap()]);
    assert!(figure_after(&out, "overall", "F1") >= 0.90, "{out}");
    assert!(out.contains("non-claims reported: 0"), "{out}");
    assert!(out.contains("left out of the score"), "{out}");
    assert!(
        figure_after(&out, "subject filled", "filled:") >= 80.0,
        "{out}"
    );
    assert!(
        figure_after(&out, "attributed_to filled", "filled:") >= 80.0,
        "{out}"
    );
}

#[test]
#[cfg_attr(
    not(feature = "research-evals"),
    ignore = "needs the research data in ../shared: cargo test --features research-evals"
)]
fn peer_suites_reach_the_bars() {
    let base = shared("eval/numbers")
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let ws = Workspace::new();
    let out = ws.ok(&["eval", "numbers", "--shared", base.to_str().unwrap()]);
    for file in [
        "NumberModel.json",
        "PercentModel.json",
        "CurrencyModel.json",
    ] {
        let rate = out
            .lines()
            .find(|l| l.trim_start().starts_with(file))
            .and_then(|l| l.split_whitespace().nth(2))
            .and_then(|w| w.trim_end_matches('%').parse::<f64>().ok())
            .unwrap_or_else(|| panic!("no pass rate for {file} in:\n{out}"));
        assert!(rate >= 90.0, "{file}: {rate}%\n{out}");
    }
    let single_day = out
        .lines()
        .find(|l| l.trim_start().starts_with("single-day cases"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|w| w.trim_end_matches('%').parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no single-day line in:\n{out}"));
    assert!(single_day >= 85.0, "{out}");
    assert!(out.contains("by-design differences"), "{out}");
}

/// The folder holding `eval/` and `corpus/`.
fn shared_root() -> std::path::PathBuf {
    shared("eval/dev")
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
#[cfg_attr(
    not(feature = "research-evals"),
    ignore = "needs the research data in ../shared: cargo test --features research-evals"
)]
fn quotes_on_the_dev_set_reach_the_bars() {
    let ws = Workspace::new();
    let out = ws.ok(&[
        "eval",
        "quotes",
        "--shared",
        shared_root().to_str().unwrap(),
    ]);
    let mut sets = out.split("\n\n");
    let dev = sets.next().unwrap();
    // The bars of DESIGN.md, on the strict definitions the scorers use:
    // `  F1` after the recall, not the `token F1` of the label.
    assert!(
        figure_after(dev, "quotes at token F1 ≥ 0.8", "  F1") >= 0.95,
        "{out}"
    );
    let strict = "speaker accuracy (canonical name";
    assert!(figure_after(dev, strict, "judge):") >= 0.95, "{out}");
    assert!(
        dev.contains("non-speech spans reported as speech: 0"),
        "{out}"
    );
    // Real news (PolNeAR dev): quotes at gold covered ≥ 0.8, and the speaker.
    let polnear = sets
        .find(|s| s.starts_with("PolNeAR dev (direct + mixed; ''"))
        .unwrap_or_else(|| panic!("no PolNeAR dev report in:\n{out}"));
    assert!(
        figure_after(polnear, "quotes at gold covered ≥ 0.8", "  F1") >= 0.90,
        "{out}"
    );
    assert!(figure_after(polnear, strict, "judge):") >= 0.93, "{out}");
}

#[test]
#[cfg_attr(
    not(feature = "research-evals"),
    ignore = "needs the research data in ../shared: cargo test --features research-evals"
)]
fn flags_on_the_dev_set_reach_the_bars() {
    let ws = Workspace::new();
    let out = ws.ok(&["eval", "flags", "--shared", shared_root().to_str().unwrap()]);
    assert!(figure_after(&out, "overall", "P") >= 0.90, "{out}");
    assert!(figure_after(&out, "overall", "R") >= 0.85, "{out}");
    for kind in [
        "numeric_conflict",
        "date_conflict",
        "quote_attribution_conflict",
        "quote_wording_conflict",
    ] {
        assert!(out.contains(kind), "no line for {kind}:\n{out}");
    }
    let flagged = consistent_pairs_flagged(&out);
    assert!(flagged <= 2, "{out}");
}

/// Our own twin of the dev set (`tests/data/twin`, fictional stories of
/// our writing, so it ships with the repository): the flags must not fall
/// back below what they reach on it today (P 0.880, R 0.550, 3 of 216
/// consistent pairs flagged; the bars of the held-back twin are higher).
#[test]
fn flags_on_our_own_twin_set_do_not_fall_back() {
    twin_flags_reach("tests/data/twin", (0.85, 0.50), 3);
}

/// `eval flags` on a twin set shipped in the repository reaches the
/// precision and recall given, with at most `flagged` consistent pairs
/// flagged.
fn twin_flags_reach(dir: &str, (precision, recall): (f64, f64), flagged: usize) {
    let twin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let ws = Workspace::new();
    let out = ws.ok(&["eval", "flags", "--shared", twin.to_str().unwrap()]);
    assert!(figure_after(&out, "overall", "P") >= precision, "{out}");
    assert!(figure_after(&out, "overall", "R") >= recall, "{out}");
    assert!(consistent_pairs_flagged(&out) <= flagged, "{out}");
}

/// A second twin (`tests/data/twin2`), written blind to the rules by
/// another hand after the first had been read: eight more stories. Its
/// first score, on the build it was written against, was P 0.909, R 0.488
/// with 1 of 166 consistent pairs flagged; today P 0.968, R 0.732, 0 of
/// 166. The flags must not fall back below that.
#[test]
fn flags_on_our_second_twin_set_do_not_fall_back() {
    twin_flags_reach("tests/data/twin2", (0.95, 0.70), 1);
}

/// A third twin (`tests/data/twin3`), written blind to the rules and to
/// both earlier twins: eight more stories. Its first score, on the build
/// it was written against, was P 0.864, R 0.475 with 2 of 181 consistent
/// pairs flagged; today P 0.962, R 0.625, 1 of 181. The flags must not
/// fall back below that.
#[test]
fn flags_on_our_third_twin_set_do_not_fall_back() {
    twin_flags_reach("tests/data/twin3", (0.95, 0.60), 1);
}

/// A fourth twin (`tests/data/twin4`), written blind to the rules and to
/// the three earlier twins: eight more stories. Its first score, on the
/// build it was written against, was P 0.840, R 0.553 with 3 of 162
/// consistent pairs flagged; the flags must not fall back below that.
#[test]
fn flags_on_our_fourth_twin_set_do_not_fall_back() {
    twin_flags_reach("tests/data/twin4", (0.84, 0.55), 3);
}

#[test]
#[cfg_attr(
    not(feature = "research-evals"),
    ignore = "needs the research data in ../shared: cargo test --features research-evals"
)]
fn stories_are_measured_on_every_clustered_corpus() {
    let ws = Workspace::new();
    let out = ws.ok(&[
        "eval",
        "stories",
        "--shared",
        shared_root().to_str().unwrap(),
    ]);
    for set in ["dev set", "BASIL", "AllSides", "Wikinews"] {
        assert!(out.contains(set), "no {set} in:\n{out}");
    }
    // The dev set's stories are recovered exactly; on the real corpora a
    // wrong merge costs a fact-checker more than a missed one.
    let dev = out.split("\n\n").next().unwrap();
    assert!(figure_after(dev, "article pairs", "F1") >= 0.95, "{out}");
    let basil = out.split("\n\n").find(|s| s.starts_with("BASIL")).unwrap();
    assert!(figure_after(basil, "article pairs", "P") >= 0.90, "{out}");
}

#[test]
fn a_missing_data_folder_names_where_it_looked() {
    let ws = Workspace::new();
    ws.cmd(&["eval", "claims", "--shared", "no/such/place"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/place/eval/dev"));
    ws.cmd(&["eval", "numbers", "--shared", "no/such/place"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/place/eval/numbers"));
    for what in ["quotes", "flags", "stories"] {
        ws.cmd(&["eval", what, "--shared", "no/such/place"])
            .assert()
            .failure()
            .stderr(predicate::str::contains("no/such/place"));
    }
}
