//! End to end: which differing figures are disagreements. A corpus written
//! for this test: two outlets report one ferry accident. Their tolls are
//! both lower bounds (`at least three` / `at least eight`: a toll rises as
//! reports come in); one gives both fleet figures in one sentence where
//! the other gives one of them; each measures fares over its own period
//! (`12-month`, `1-month`); one gives a total the other gives in two parts;
//! and they really disagree on the share of
//! crossings cancelled, which must be flagged.

mod common;

use common::{Workspace, flagged, numeric_conflicts};

const FERRY: &str = concat!(
    r#"{"id":"ferry-a","source":"Harbour Gazette","title":"Ferry capsizes off Marlow Point","published":"2024-03-04T08:00:00Z","text":"#,
    r#""At least three people were killed when the Marlow Point ferry capsized on Sunday, the coastguard said.\n\nThe operator said it would lease 12 new vessels to replace 31 ageing ferries on the Marlow Point route.\n\nThe Marlow Point operator cancelled 39% of its crossings on Monday after the accident.\n\nFares on the Marlow Point route rose at the fastest 12-month pace since 1990, the operator said.\n\nThe Marlow Point operator asked the council for £24 million for repairs, including the damaged pier."}"#,
    "\n",
    r#"{"id":"ferry-b","source":"Coastal Times","title":"Marlow Point ferry capsizes","published":"2024-03-04T10:00:00Z","text":"#,
    r#""At least eight people were killed when the Marlow Point ferry capsized on Sunday, the coastguard said.\n\nThe operator plans to replace 31 ageing ferries on the Marlow Point route.\n\nThe Marlow Point operator cancelled 43% of its crossings on Monday after the accident.\n\nFares on the Marlow Point route rose at the fastest 1-month pace since 1990, the operator said.\n\nThe Marlow Point operator asked the council for £14 million for repairs to the quay and another £10 million for the damaged pier."}"#,
    "\n",
);

#[test]
fn lower_bounds_and_figures_both_outlets_give_are_no_disagreement() {
    let ws = Workspace::new();
    ws.write("in/ferry.jsonl", FERRY);
    ws.ok(&["ingest", ws.path("in").to_str().unwrap()]);
    let pairs = numeric_conflicts(&ws);
    let flagged = |a: &str, b: &str| flagged(&pairs, a, b);
    assert!(
        flagged("39%", "43%"),
        "the cancelled share differs: {pairs:?}"
    );
    assert!(
        !flagged("three", "eight"),
        "two lower bounds do not contradict: {pairs:?}"
    );
    assert!(
        !flagged("12", "31"),
        "the first outlet gives both fleet figures: {pairs:?}"
    );
    assert!(
        !flagged("12-month", "1-month"),
        "two periods are two quantities: {pairs:?}"
    );
    assert!(
        !flagged("£24 million", "£14 million"),
        "a total against one of its parts: {pairs:?}"
    );
    assert_eq!(pairs.len(), 1, "only the real disagreement: {pairs:?}");
}
