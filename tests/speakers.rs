//! One identity per person across outlets, on a corpus written for this
//! test: surnames, honorifics, middle initials and titles join the person;
//! spouses, namesakes and aides stay apart; `--speaker` asks for an
//! identity; the order articles arrive in changes nothing.

mod common;

use common::Workspace;
use crosscheck::analysis::fold_word;
use serde_json::{Value, json};

/// (id, outlet, text) of each article.
const ARTICLES: &[(&str, &str, &str)] = &[
    (
        "t1",
        "Harbour Post",
        "Donald Trump spoke in Ohio. \"We will win this state easily,\" Donald Trump said on Monday.",
    ),
    (
        "t2",
        "Valley Times",
        "The president was defiant. \"Nobody builds walls better than me,\" Mr. Trump said.",
    ),
    (
        "t3",
        "Ridge Ledger",
        "Donald J. Trump addressed supporters. \"The polls are fake and everyone knows it,\" Donald J. Trump said.",
    ),
    (
        "t4",
        "Harbour Post",
        "Melania Trump visited a school. \"Children deserve kindness online,\" Melania Trump said. \"Be best,\" Mrs. Trump added.",
    ),
    (
        "t5",
        "Valley Times",
        "\"Trade deals must be fair to workers,\" Trump said at the rally.",
    ),
    (
        "t6",
        "Ridge Ledger",
        "\"Jobs are coming back to Michigan,\" Donald Trump said.",
    ),
    (
        "o1",
        "Ridge Ledger",
        "President Barack Obama spoke on Tuesday. \"Hope is not a strategy, but it helps,\" President Obama said.",
    ),
    (
        "o2",
        "Harbour Post",
        "\"The recovery is real and it is lasting,\" Mr. Obama told reporters.",
    ),
    (
        "o3",
        "Valley Times",
        "Obama spokesman Robert Gibbs defended the plan. \"The numbers speak for themselves,\" Robert Gibbs said.",
    ),
    (
        "o4",
        "Ridge Ledger",
        "Michelle Obama visited a garden. \"Healthy food should be affordable for everyone,\" Michelle Obama said.",
    ),
    (
        "o5",
        "Harbour Post",
        "\"We are not going to back down on health care,\" Obama said.",
    ),
    (
        "c1",
        "Valley Times",
        "Hillary Clinton campaigned in Iowa. \"I am ready to lead from day one,\" Hillary Clinton said. Bill Clinton watched. \"She is the best candidate,\" Bill Clinton said.",
    ),
    (
        "c2",
        "Ridge Ledger",
        "\"My emails were handled properly,\" Mrs. Clinton said.",
    ),
    // The office a description names, an accent one outlet drops, a
    // misspelt first name, a name in apposition, a name before `of`.
    (
        "f1",
        "Harbour Post",
        "Former Mexican President Vicente Fox mocked the wall. \"We will not pay for it,\" Fox said. \"Not one peso,\" Vicente Fox added. Felipe Calderón agreed. \"It is absurd,\" Mr. Calderón said.",
    ),
    (
        "f2",
        "Valley Times",
        "Former Mexican President Vincente Fox spoke again. \"Never,\" the former president said. \"The wall is a fantasy,\" Felipe Calderon said.",
    ),
    (
        "f3",
        "Ridge Ledger",
        "On Friday, the aide, Elizabeth Lauten, 31, wrote to the girls, saying they should \"show some class.\" Gov. Rick Perry of Texas is running an ad. \"Faith made us strong,\" he says in it.",
    ),
    (
        "f4",
        "Harbour Post",
        "Texas Gov. Rick Perry spoke in Iowa. \"I will secure the border,\" the Texas governor said.",
    ),
];

fn corpus(reverse: bool) -> String {
    let mut rows: Vec<&(&str, &str, &str)> = ARTICLES.iter().collect();
    if reverse {
        rows.reverse();
    }
    rows.iter()
        .map(|(id, source, text)| {
            json!({"id": id, "source": source, "published": "2016-10-03", "title": id, "text": text})
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ingested(reverse: bool) -> Workspace {
    let ws = Workspace::new();
    let file = ws.write("news.jsonl", corpus(reverse));
    ws.ok(&["ingest", file.to_str().unwrap()]);
    ws
}

/// The articles whose quotes `quotes --speaker NAME` returns, sorted.
fn articles_quoting(ws: &Workspace, name: &str) -> Vec<String> {
    let mut ids: Vec<String> = ws
        .jsonl(&["quotes", "--speaker", name, "--kind", "direct"])
        .iter()
        .map(|q| q["article_id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Every person and the articles quoting them, in a form that does not
/// depend on store ids.
fn identities(ws: &Workspace) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = ws
        .jsonl(&["speakers", "--kind", "person"])
        .iter()
        .map(|s| {
            let name = s["name"].as_str().unwrap().to_string();
            (name.clone(), articles_quoting(ws, &name))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn one_person_is_one_speaker_however_named() {
    let ws = ingested(false);
    let trump = ws.jsonl(&["speakers", "--name", "Donald Trump"]);
    assert_eq!(trump.len(), 1, "{trump:?}");
    assert_eq!(trump[0]["name"], "Donald Trump");
    assert_eq!(
        articles_quoting(&ws, "Donald Trump"),
        ["t1", "t2", "t3", "t5", "t6"]
    );
    // His wife is someone else, whatever her honorific.
    assert_eq!(articles_quoting(&ws, "Melania Trump"), ["t4"]);
    // A surname asks for the person it usually names.
    assert_eq!(
        articles_quoting(&ws, "Trump"),
        ["t1", "t2", "t3", "t5", "t6"]
    );
    assert_eq!(articles_quoting(&ws, "Obama"), ["o1", "o2", "o5"]);
    assert_eq!(articles_quoting(&ws, "Michelle Obama"), ["o4"]);
    assert_eq!(articles_quoting(&ws, "Gibbs"), ["o3"]);
    // `Mrs. Clinton` is Hillary, never Bill.
    assert_eq!(articles_quoting(&ws, "Hillary Clinton"), ["c1", "c2"]);
    let bill = ws.jsonl(&["quotes", "--speaker", "Bill Clinton"]);
    assert!(
        bill.iter()
            .all(|q| q["text"] == "She is the best candidate,"),
        "{bill:?}"
    );
}

#[test]
fn descriptions_accents_misspellings_and_appositions_find_the_person() {
    let ws = ingested(false);
    assert_eq!(articles_quoting(&ws, "Vicente Fox"), ["f1", "f2"]);
    assert_eq!(articles_quoting(&ws, "Fox"), ["f1", "f2"]);
    assert_eq!(articles_quoting(&ws, "Calderón"), ["f1", "f2"]);
    assert_eq!(articles_quoting(&ws, "Calderon"), ["f1", "f2"]);
    assert_eq!(articles_quoting(&ws, "Rick Perry"), ["f3", "f4"]);
    let lauten = ws.jsonl(&["quotes", "--speaker", "Lauten"]);
    assert!(
        lauten.iter().any(|q| q["text"] == "show some class."),
        "{lauten:?}"
    );
    // Nobody is stored under an office, a place or a description.
    for s in ws.jsonl(&["speakers"]) {
        let name = s["name"].as_str().unwrap();
        assert!(
            !["former president", "Texas governor", "Texas", "aide"].contains(&name),
            "{name:?} stored as a speaker"
        );
    }
}

#[test]
fn aliases_are_forms_of_the_name() {
    let ws = ingested(false);
    for s in ws.jsonl(&["speakers", "--kind", "person"]) {
        let name = s["name"].as_str().unwrap();
        // (Accents aside: `Calderón` is a form of `Calderon`.)
        let last = fold_word(name.split_whitespace().last().unwrap());
        for alias in s["aliases"].as_array().unwrap() {
            let alias = alias.as_str().unwrap();
            assert!(
                fold_word(alias).ends_with(&last) || alias.split_whitespace().count() == 1,
                "{alias:?} is not a form of {name:?}"
            );
            assert!(!alias.contains("spokesman"), "{alias:?} of {name:?}");
        }
    }
}

#[test]
fn ingest_order_changes_no_identity() {
    let forward = identities(&ingested(false));
    let backward = identities(&ingested(true));
    assert_eq!(forward, backward);
    assert!(forward.len() >= 6, "{forward:?}");
}

#[test]
fn every_quote_says_how_its_speaker_was_found() {
    let ws = ingested(false);
    let quotes: Vec<Value> = ws.jsonl(&["quotes", "--kind", "direct"]);
    let how = |text: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap().starts_with(text))
            .map(|q| q["attribution"].clone())
    };
    assert_eq!(how("We will win"), Some(json!("named")));
    assert_eq!(how("Be best"), Some(json!("named")));
    assert!(
        quotes
            .iter()
            .all(|q| ["named", "pronoun", "description", "carried", "none"]
                .contains(&q["attribution"].as_str().unwrap())),
        "{quotes:?}"
    );
    let extracted = ws.ok(&["extract", ws.path("news.jsonl").to_str().unwrap()]);
    assert!(
        extracted.contains("\"attribution\":\"named\""),
        "{extracted}"
    );
}

/// Each quote's speaker as stored (the row its `speaker_id` points at),
/// keyed by article and offset: what `quotes --speaker` and the flags read.
fn quote_speakers(ws: &Workspace) -> Vec<(String, i64, Option<String>)> {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT a.external_id, q.start_char, s.name FROM quotes q
             JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
             ORDER BY 1, 2",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Articles ingested one run at a time (a batch each) quote the same
/// people as one run: quotes written after their name was linked to a
/// person point at the person too.
#[test]
fn articles_added_one_by_one_quote_the_same_people() {
    // The surname alone, quoted again after it was linked to the person.
    let later = [
        (
            "s1",
            "Herald",
            "\"The wall will be paid for by them,\" Trump said on Monday.",
        ),
        (
            "s2",
            "Courier",
            "\"Nobody builds walls better than me,\" Trump said at a rally.",
        ),
        (
            "s3",
            "Herald",
            "\"We are going to win again and again,\" Trump told supporters.",
        ),
    ];
    let lines: Vec<String> = corpus(false)
        .lines()
        .map(str::to_string)
        .chain(later.iter().map(|(id, source, text)| {
            json!({"id": id, "source": source, "published": "2016-10-04", "title": id, "text": text})
                .to_string()
        }))
        .collect();
    let once = Workspace::new();
    let all = once.write("all.jsonl", lines.join("\n"));
    once.ok(&["ingest", all.to_str().unwrap()]);
    let ws = Workspace::new();
    for (k, line) in lines.iter().enumerate() {
        let file = ws.write(&format!("a{k}.jsonl"), line);
        ws.ok(&["ingest", file.to_str().unwrap()]);
    }
    let (one_by_one, at_once) = (quote_speakers(&ws), quote_speakers(&once));
    assert!(at_once.len() >= 10, "{at_once:?}");
    assert_eq!(one_by_one, at_once);
    assert_eq!(identities(&ws), identities(&once));
    assert_eq!(
        articles_quoting(&ws, "Donald Trump"),
        ["s1", "s2", "s3", "t1", "t2", "t3", "t5", "t6"]
    );
}
