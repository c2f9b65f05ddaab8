//! Story grouping on small corpora of our own, one kind of grouping error
//! per case: reports of one event published days apart by different
//! outlets must share a story; a report of a related event the next day
//! (same place, some shared names) must not be pulled into it by its one
//! closest article; an undated copy joins the dated reports it matches.

use crosscheck::ingest::{IngestOptions, Silent, ingest};
use crosscheck::sources::Input;
use crosscheck::store::Store;
use std::collections::{BTreeMap, BTreeSet};

/// (id, published, title, text); the event is the id up to its `-`.
type Article = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
);

const BRIDGE: &[Article] = &[
    (
        "bridge-1",
        Some("2025-03-03"),
        "Wendmouth Bridge shut after engineers find corroded bearings",
        "Wendmouth Bridge was closed to all traffic on Monday after engineers found corroded \
         bearings under the eastern span. Harbour Council said the crossing, used by 41,000 \
         vehicles a day, would stay shut for at least six weeks. Diversions through Kelham add \
         up to 25 minutes to journeys. Council leader Maria Okafor said safety came first.",
    ),
    (
        "bridge-2",
        Some("2025-03-04"),
        "Commuters face long diversions as Wendmouth crossing closes",
        "Drivers faced queues through Kelham on Tuesday after Harbour Council closed Wendmouth \
         Bridge when an inspection found corroded bearings. The council said the span carries \
         41,000 vehicles daily and repairs will take six weeks. Maria Okafor, the council \
         leader, apologised for the disruption.",
    ),
    (
        "bridge-3",
        Some("2025-03-05"),
        "Corroded bearings close Wendmouth Bridge for six weeks",
        "Engineers discovered badly corroded bearings beneath Wendmouth Bridge, forcing Harbour \
         Council to close it. About 41,000 vehicles cross each day. The Kelham diversion is \
         adding 25 minutes at peak times, the council said.",
    ),
    (
        "bridge-4",
        Some("2025-03-05"),
        "Days of gridlock in Harbour",
        "It has been a hard week for Harbour. Okafor's council shut Wendmouth Bridge, and \
         traffic that once crossed the river now crawls through Kelham. Shopkeepers on the \
         quay say takings are down by a third. Engineers will replace the bearings, and the \
         bridge should reopen in April.",
    ),
];

const BUDGET: &[Article] = &[
    (
        "budget-1",
        Some("2025-03-06"),
        "Harbour Council approves £12m repair budget",
        "Harbour Council voted 27 to 9 on Thursday to borrow £12m for repairs, after finance \
         chief Tom Reyes warned of a shortfall in the roads fund. The loan will also cover \
         resurfacing on Quarry Lane and new lighting at Tidewell Park. Opposition councillors \
         called the borrowing reckless. The Wendmouth Bridge works are part of the programme.",
    ),
    (
        "budget-2",
        Some("2025-03-06"),
        "Council borrows £12m as roads fund runs short",
        "Councillors backed a £12m loan by 27 votes to 9. Finance chief Tom Reyes said the \
         roads fund could not cover resurfacing on Quarry Lane, lighting at Tidewell Park and \
         other repairs. Opposition members called the borrowing reckless.",
    ),
];

const WIRE: &[Article] = &[(
    "bridge-wire",
    None,
    "Bridge closed over corroded bearings",
    "Harbour Council has closed Wendmouth Bridge for six weeks after engineers found corroded \
     bearings. The bridge carries 41,000 vehicles a day; traffic is diverted through Kelham.",
)];

/// Ingests `articles` (each from its own outlet) and returns the stories
/// as sets of ids.
fn stories(articles: &[&Article]) -> BTreeSet<BTreeSet<String>> {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = articles
        .iter()
        .enumerate()
        .map(|(i, (id, published, title, text))| {
            serde_json::json!({
                "id": id, "source": format!("Outlet {i}"), "published": published,
                "title": title, "text": text,
            })
            .to_string()
        })
        .collect();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let db = dir.path().join("s.db");
    ingest(
        Store::open(&db).unwrap(),
        &[Input::Path(input)],
        &IngestOptions::default(),
        &Silent,
    )
    .unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut by_story: BTreeMap<i64, BTreeSet<String>> = BTreeMap::new();
    let mut stmt = conn
        .prepare("SELECT story_id, external_id FROM articles")
        .unwrap();
    for row in stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
    {
        let (story, id) = row.unwrap();
        by_story.entry(story).or_default().insert(id);
    }
    by_story.into_values().collect()
}

/// The stories of `articles` are their events.
fn check(name: &str, articles: &[&Article]) {
    let mut want: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (id, ..) in articles {
        let event = id.split('-').next().unwrap();
        want.entry(event).or_default().insert(id.to_string());
    }
    let want: BTreeSet<BTreeSet<String>> = want.into_values().collect();
    assert_eq!(stories(articles), want, "{name}");
}

#[test]
fn stories_are_events() {
    let all = |sets: &[&'static [Article]]| -> Vec<&'static Article> {
        sets.iter().flat_map(|s| s.iter()).collect()
    };
    let cases: &[(&str, Vec<&Article>)] = &[
        ("one event over three days, four outlets", all(&[BRIDGE])),
        (
            "a related event the next day, naming the first in passing",
            all(&[BRIDGE, BUDGET]),
        ),
        (
            "an undated copy joins the dated reports",
            all(&[BRIDGE, WIRE, BUDGET]),
        ),
    ];
    for (name, articles) in cases {
        check(name, articles);
    }
}
