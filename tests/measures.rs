//! End to end: measures with units compared across outlets. A tiny corpus
//! written for this test: two outlets report one storm; they disagree on
//! the rainfall in millimetres, and give the same hailstone size and the
//! same wind speed in other units (inches and millimetres, miles per hour
//! and kilometres per hour), which must not be flagged. Durations are
//! measures too: two weeks of repairs and 14 days agree; 10 days of lessons
//! missed and six weeks do not. A second corpus reports a flood in units
//! read only since: a river 3 m above its level (a spaced `m` read as
//! metres next to `above`) and 15 feet disagree; broadband speeds of 2Mbps
//! and 2,000 kbps agree.

mod common;

use common::{Workspace, flagged, numeric_conflicts};
use serde_json::Value;

const STORM: &str = concat!(
    r#"{"id":"storm-a","source":"Wendmouth Evening Post","title":"Storm floods Wendmouth valley","published":"2024-06-11T08:00:00Z","text":"#,
    r#""The storm that struck the Wendmouth valley on Monday dropped 120 mm of rain on the town, the Met Office said.\n\nHailstones measured 5 inches across in the Wendmouth valley, and gusts reached 60 mph along the valley coast.\n\nThe Wendmouth valley flood barrier held, council engineers said.\n\nRepairs to the Wendmouth valley road will take two weeks, the council said.\n\nPupils at the flooded primary school will miss 10 days of lessons while the building dries out, the head teacher said."}"#,
    "\n",
    r#"{"id":"storm-b","source":"Kestrel News","title":"Wendmouth valley storm floods town","published":"2024-06-11T09:30:00Z","text":"#,
    r#""The storm that struck the Wendmouth valley on Monday dropped 100 mm of rain on the town, the Met Office said.\n\nHailstones measured 127 mm across in the Wendmouth valley, and gusts reached 97 km/h along the valley coast.\n\nThe Wendmouth valley flood barrier held, council engineers said.\n\nRepairs to the Wendmouth valley road will take 14 days, the council said.\n\nPupils at the flooded primary school will miss six weeks of lessons while the building dries out, the head teacher said."}"#,
    "\n",
);

const FLOOD: &str = concat!(
    r#"{"id":"flood-a","source":"Wendmouth Evening Post","title":"Harrowby river floods","published":"2024-07-02T08:00:00Z","text":"#,
    r#""The river Harrow at Harrowby rose 3 m above its normal level on Tuesday, the Environment Agency said.\n\nBroadband in Harrowby was cut to 2Mbps after the flood, the network operator said."}"#,
    "\n",
    r#"{"id":"flood-b","source":"Kestrel News","title":"Harrowby river floods the town","published":"2024-07-02T09:30:00Z","text":"#,
    r#""The river Harrow at Harrowby rose 15 feet above its normal level on Tuesday, the Environment Agency said.\n\nBroadband in Harrowby was cut to 2,000 kbps after the flood, the network operator said."}"#,
    "\n",
);

fn surface(side: &Value) -> &str {
    side["surface"].as_str().unwrap_or("")
}

#[test]
fn measures_in_other_units_compare_and_only_real_disagreements_are_flagged() {
    let ws = Workspace::new();
    ws.write("in/storm.jsonl", STORM);
    ws.ok(&["ingest", ws.path("in").to_str().unwrap()]);

    // Every measure is its own kind of claim with its normalised unit.
    let claims = ws.jsonl(&["claims", "--kind", "measure"]);
    let units: Vec<(&str, &str)> = claims
        .iter()
        .map(|c| (surface(c), c["unit"].as_str().unwrap_or("")))
        .collect();
    for expected in [
        ("120 mm", "mm"),
        ("100 mm", "mm"),
        ("5 inches", "inches"),
        ("127 mm", "mm"),
        ("60 mph", "mph"),
        ("97 km/h", "km/h"),
    ] {
        assert!(units.contains(&expected), "{expected:?} in {units:?}");
    }

    let pairs = numeric_conflicts(&ws);
    let flagged = |a: &str, b: &str| flagged(&pairs, a, b);
    assert!(
        flagged("120 mm", "100 mm"),
        "rainfall not flagged: {pairs:?}"
    );
    assert!(
        !flagged("5 inches", "127 mm"),
        "agreement flagged: {pairs:?}"
    );
    assert!(
        !flagged("60 mph", "97 km/h"),
        "agreement flagged: {pairs:?}"
    );
    assert!(
        !flagged("two weeks", "14 days"),
        "agreement flagged: {pairs:?}"
    );
    assert!(
        flagged("10 days", "six weeks"),
        "lessons missed not flagged: {pairs:?}"
    );
}

#[test]
fn newer_units_compare_across_outlets() {
    let ws = Workspace::new();
    ws.write("in/flood.jsonl", FLOOD);
    ws.ok(&["ingest", ws.path("in").to_str().unwrap()]);
    let claims = ws.jsonl(&["claims", "--kind", "measure"]);
    let units: Vec<(&str, &str)> = claims
        .iter()
        .map(|c| (surface(c), c["unit"].as_str().unwrap_or("")))
        .collect();
    for expected in [
        ("3 m", "metres"),
        ("15 feet", "feet"),
        ("2Mbps", "Mbit/s"),
        ("2,000 kbps", "kbit/s"),
    ] {
        assert!(units.contains(&expected), "{expected:?} in {units:?}");
    }
    let pairs = numeric_conflicts(&ws);
    assert!(
        flagged(&pairs, "3 m", "15 feet"),
        "river level not flagged: {pairs:?}"
    );
    assert!(
        !flagged(&pairs, "2Mbps", "2,000 kbps"),
        "agreement flagged: {pairs:?}"
    );
}
