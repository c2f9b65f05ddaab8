//! Story grouping on small corpora of our own, one kind of grouping error
//! per case: reports of one event published days apart by different
//! outlets must share a story; a report of a related event the next day
//! (same place, some shared names) must not be pulled into it by its one
//! closest article; an undated copy joins the dated reports it matches;
//! the next event of a running story, reported by several outlets on a
//! later day, is a story of its own even though it names everything the
//! first did; another event of a running story reported the same day is a
//! story of its own; outlets' headlines in title case are compared word by
//! word.

use crosscheck::analyse::AnalysisOptions;
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

/// A kidnapping, reported by three outlets on one day…
const KIDNAP: &[Article] = &[
    (
        "kidnap-1",
        Some("2025-05-10"),
        "Mother of Valdora striker Rennick Osei kidnapped",
        "Armed men seized Grace Osei, the mother of Valdora FC striker Rennick Osei, outside \
         her home in Port Ellery on Saturday. Port Ellery police said the kidnappers drove off \
         in a grey van and later demanded a ransom. Valdora FC said the club was praying for \
         her safe return.",
    ),
    (
        "kidnap-2",
        Some("2025-05-10"),
        "Gunmen abduct footballer's mother in Port Ellery",
        "Gunmen abducted the mother of Rennick Osei, Valdora FC's top scorer, from her house \
         in Port Ellery. Police said Grace Osei was forced into a grey van. The kidnappers have \
         asked for a ransom, and Valdora FC asked fans to pray for her.",
    ),
    (
        "kidnap-3",
        Some("2025-05-10"),
        "Striker Osei's mother taken by armed gang",
        "An armed gang kidnapped Grace Osei outside her Port Ellery home, police said. Her son \
         Rennick Osei plays for Valdora FC, which said it was in shock. Witnesses saw a grey \
         van leave at speed; a ransom has been demanded.",
    ),
];

/// …and, the next day, her release, reported by three others: the
/// same names, but a new event.
const FREED: &[Article] = &[
    (
        "freed-1",
        Some("2025-05-11"),
        "Grace Osei freed unharmed after ransom paid",
        "Grace Osei, mother of Valdora FC striker Rennick Osei, was released unharmed on \
         Sunday. Police said a ransom of 80,000 dollars was paid and two suspects, Dario Lenk \
         and Paul Amsel, were arrested at a farmhouse in Marnside. Osei was reunited with her \
         son at Marnside hospital, where doctors checked her over.",
    ),
    (
        "freed-2",
        Some("2025-05-11"),
        "Kidnapped mother released, two arrested in Marnside",
        "Kidnappers released Grace Osei after a ransom of 80,000 dollars was paid, police \
         said. Officers arrested Dario Lenk and Paul Amsel at a Marnside farmhouse. Doctors at \
         Marnside hospital said she was unharmed and she was reunited with her son.",
    ),
    (
        "freed-3",
        Some("2025-05-11"),
        "Two held as Osei's mother is released",
        "Police arrested two men, Dario Lenk and Paul Amsel, at a farmhouse near Marnside \
         after Grace Osei was released unharmed. A ransom of 80,000 dollars had been paid. She \
         was reunited with her son, striker Rennick Osei, at Marnside hospital.",
    ),
];

/// One event, its three headlines in title case and worded apart: a run
/// of capitalised words in such a headline is no name.
const TARIFF: &[Article] = &[
    (
        "tariff-1",
        Some("2025-06-02"),
        "Norvia Slaps Steep Tariffs On Imported Steel Coil",
        "Norvia imposed a tariff of 38% on imported steel coil on Monday, its trade ministry \
         said. Trade minister Ilse Varga said cheap coil from abroad had cost 4,200 jobs at \
         mills in Korsten and Drava. Exporters called the tariff protectionist.",
    ),
    (
        "tariff-2",
        Some("2025-06-02"),
        "Steel Importers Hit By New 38% Levy From Norvia Trade Ministry",
        "The Norvia trade ministry set a 38% tariff on steel coil imports. Ilse Varga, the \
         trade minister, blamed imported coil for the loss of 4,200 jobs at the Korsten and \
         Drava mills. Exporting countries said they would complain.",
    ),
    (
        "tariff-3",
        Some("2025-06-02"),
        "Varga Defends Coil Duty As Mills In Korsten Cheer",
        "Workers at the Korsten mill cheered as Ilse Varga defended the new 38% tariff on \
         steel coil. The trade minister said imports had cost 4,200 jobs at Korsten and Drava \
         and that Norvia would not back down.",
    ),
];

/// A court ruling on a dam, four outlets.
const RULING: &[Article] = &[
    (
        "ruling-1",
        Some("2025-10-14"),
        "High Court quashes licence for Drava dam",
        "The High Court in Lenzburg quashed the building licence for the Drava dam on Tuesday, \
         ruling that the Norvian energy ministry ignored its own flood survey. Judge Anton \
         Pirc said the 1,850 megawatt project could not go ahead without a new assessment. \
         Drava Power, the builder, said it would study the judgment.",
    ),
    (
        "ruling-2",
        Some("2025-10-14"),
        "Judge halts Drava dam over ignored flood survey",
        "Work on the Drava dam must stop after Judge Anton Pirc of the High Court found the \
         licence unlawful. The ministry had set aside a flood survey that warned of damage \
         downstream, the judgment says. The 1,850 megawatt scheme now needs a fresh \
         assessment before any licence is granted.",
    ),
    (
        "ruling-3",
        Some("2025-10-14"),
        "Drava dam licence unlawful, court rules",
        "A judge has ruled the licence for the Drava dam unlawful. The High Court in Lenzburg \
         said the energy ministry failed to weigh its flood survey, and the licence is \
         quashed. Environmental groups that brought the case welcomed the judgment.",
    ),
    (
        "ruling-4",
        Some("2025-10-14"),
        "Campaigners win Drava dam case",
        "Campaigners celebrated outside the High Court in Lenzburg after Judge Anton Pirc \
         quashed the licence for the Drava dam. The judgment found that the flood survey had \
         been ignored. Drava Power shares fell 6% on the ruling.",
    ),
];

/// The energy minister resigning the same day over the ruling: another
/// event of the running story, naming the dam, the court and the builder.
const RESIGNS: &[Article] = &[
    (
        "resigns-1",
        Some("2025-10-14"),
        "Energy minister Lukas Berg resigns after High Court quashes Drava dam licence",
        "Lukas Berg resigned as energy minister on Tuesday evening. That morning Judge Anton \
         Pirc of the High Court in Lenzburg had quashed the licence for the 1,850 megawatt \
         Drava dam, ruling that the energy ministry ignored its own flood survey. In a letter \
         to Prime Minister Vera Holm, Berg said he took responsibility for the ministry's \
         handling of the licence. Holm accepted the resignation and named her deputy, Tomas \
         Kral, acting minister until a cabinet reshuffle.",
    ),
    (
        "resigns-2",
        Some("2025-10-14"),
        "Berg quits cabinet, Kral steps in",
        "Vera Holm has accepted the resignation of Lukas Berg, her energy minister, and asked \
         Tomas Kral to stand in. Berg's letter to the prime minister said he took \
         responsibility for the Drava dam licence. Opposition leaders had called for him to \
         go. A reshuffle of the cabinet is expected next week.",
    ),
    (
        "resigns-3",
        Some("2025-10-14"),
        "Holm loses energy minister over dam",
        "Prime Minister Vera Holm lost her energy minister when Lukas Berg resigned in a \
         letter that took responsibility for the Drava dam licence. Tomas Kral becomes acting \
         minister. Holm thanked Berg for his service and promised a cabinet reshuffle.",
    ),
];

/// Ingests `articles` (each from its own outlet) and returns the stories
/// as sets of ids.
fn stories(articles: &[&Article]) -> BTreeSet<BTreeSet<String>> {
    stories_with(articles, &AnalysisOptions::default())
}

/// [`stories`] under `analysis`.
fn stories_with(articles: &[&Article], analysis: &AnalysisOptions) -> BTreeSet<BTreeSet<String>> {
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
        &IngestOptions {
            analysis: analysis.clone(),
            ..IngestOptions::default()
        },
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
        (
            "the next event of a running story, a later day, three outlets",
            all(&[KIDNAP, FREED]),
        ),
        ("title-case headlines worded apart", all(&[TARIFF])),
        (
            "another event of a running story the same day, naming the first",
            all(&[RULING, RESIGNS]),
        ),
        (
            "all of them together",
            all(&[BRIDGE, WIRE, BUDGET, KIDNAP, FREED, TARIFF, RULING, RESIGNS]),
        ),
    ];
    for (name, articles) in cases {
        check(name, articles);
    }
}

/// The follow-up case above holds because of the rule that a report of
/// its own day outweighs a story of earlier days: without it (and the
/// mutual rule, which also sees the release apart), the first
/// report of the release joins the kidnapping (it names all of it).
#[test]
fn without_the_same_day_rule_a_follow_up_joins_the_running_story() {
    let articles: Vec<&Article> = KIDNAP.iter().chain(FREED).collect();
    // (The mutual rule, below, would keep the release apart too.)
    let off = AnalysisOptions {
        same_day_margin: f32::INFINITY,
        mutual_margin: f32::INFINITY,
        ..AnalysisOptions::default()
    };
    let merged = stories_with(&articles, &off);
    assert!(
        merged
            .iter()
            .any(|s| s.contains("kidnap-1") && s.iter().any(|id| id.starts_with("freed"))),
        "{merged:?}"
    );
}

/// The same-day case above holds because of the mutual rule: without it,
/// the first report of the resignation joins the ruling (it names the dam,
/// the licence and the ministry).
#[test]
fn without_the_mutual_rule_a_same_day_event_joins_the_running_story() {
    let articles: Vec<&Article> = RULING.iter().chain(RESIGNS).collect();
    let off = AnalysisOptions {
        mutual_margin: f32::INFINITY,
        ..AnalysisOptions::default()
    };
    let merged = stories_with(&articles, &off);
    assert!(
        merged
            .iter()
            .any(|s| s.contains("ruling-1") && s.iter().any(|id| id.starts_with("resigns"))),
        "{merged:?}"
    );
}
