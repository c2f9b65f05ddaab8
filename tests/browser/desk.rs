//! The review desk over plain HTTP (no browser needed): it keeps working
//! while an ingest writes, listens on this machine unless told otherwise,
//! treats filter values as data, sets the outlets side by side on the
//! story and speaker pages, and hands out the ClaimReview export.

use super::common::{Workspace, demo_corpus, faults};
use super::webdriver::Desk;
use dom_query::Document;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn demo() -> Workspace {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    ws
}

fn open_ids(ws: &Workspace) -> Vec<i64> {
    ws.jsonl(&["flags", "--status", "open"])
        .iter()
        .map(|f| f["id"].as_i64().unwrap())
        .collect()
}

/// A page's HTML, which must come with 200.
fn page(desk: &Desk, path: &str) -> String {
    let r = ureq::get(&desk.url(path))
        .timeout(Duration::from_secs(60))
        .call()
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    assert_eq!(r.status(), 200, "GET {path}");
    r.into_string().unwrap()
}

/// The CSRF token in a flag page's verdict form.
fn token(desk: &Desk, flag: i64) -> String {
    let html = page(desk, &format!("/flags/{flag}"));
    let doc = Document::from(html.as_str());
    let t = doc.select("form#verdict input[name=csrf]").attr("value");
    t.expect("the form's token").to_string()
}

/// Records a verdict as the flag page's form does; the desk answers with
/// the flag's page (after its redirect).
fn post_verdict(desk: &Desk, token: &str, flag: i64, verdict: &str, note: &str) {
    let r = ureq::post(&desk.url(&format!("/flags/{flag}/review")))
        .timeout(Duration::from_secs(60))
        .send_form(&[("csrf", token), ("verdict", verdict), ("note", note)])
        .unwrap_or_else(|e| panic!("verdict on {flag}: {e}"));
    assert_eq!(r.status(), 200);
    assert!(r.get_url().contains("recorded="), "{}", r.get_url());
}

fn verdicts_stored(ws: &Workspace) -> i64 {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.query_row("SELECT count(*) FROM flag_reviews", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn the_desk_reads_and_records_verdicts_while_an_ingest_runs() {
    let ws = demo();
    let open = open_ids(&ws);
    let desk = Desk::start(&ws.db());
    let token = token(&desk, open[0]);

    // An ingest's batch holds the write lock: pages still load at once, and
    // a verdict waits for the lock rather than failing.
    let writer = rusqlite::Connection::open(ws.db()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    let released = Arc::new(AtomicBool::new(false));
    let release = {
        let released = released.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(3));
            released.store(true, Ordering::SeqCst);
            writer.execute_batch("COMMIT").unwrap();
        })
    };
    page(&desk, "/");
    page(&desk, &format!("/flags/{}", open[1]));
    assert!(
        !released.load(Ordering::SeqCst),
        "pages load while the lock is held"
    );
    post_verdict(&desk, &token, open[0], "confirmed", "while locked");
    assert!(
        released.load(Ordering::SeqCst),
        "the verdict was written once the lock was free"
    );
    release.join().unwrap();

    // A real ingest of 450 articles: the desk answers all along.
    let corpus = faults::synthetic_corpus(ws.dir.path(), 150);
    let mut ingest = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("--db")
        .arg(ws.db())
        .arg("ingest")
        .arg(&corpus)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let (mut rounds, mut during, mut posted) = (0usize, 0usize, 1i64);
    let status = loop {
        let flag = open[1 + rounds % (open.len() - 1)];
        page(&desk, "/");
        page(&desk, "/?status=any&q=strike");
        page(&desk, &format!("/flags/{flag}"));
        page(&desk, "/stories/1");
        let verdict = ["confirmed", "dismissed"][rounds % 2];
        post_verdict(&desk, &token, flag, verdict, &format!("round {rounds}"));
        posted += 1;
        rounds += 1;
        match ingest.try_wait().unwrap() {
            None => during += 1,
            Some(status) => break status,
        }
    };
    assert!(status.success(), "the ingest succeeded alongside the desk");
    assert!(
        during > 0,
        "requests were answered while the ingest ran ({rounds} rounds)"
    );
    assert_eq!(verdicts_stored(&ws), posted, "every verdict is stored");
    let articles = ws.jsonl(&["articles"]).len();
    assert_eq!(
        articles,
        7 + 450,
        "the demo corpus and the ingest's articles"
    );
}

#[test]
fn it_listens_on_this_machine_unless_told_otherwise_and_then_warns() {
    let ws = demo();
    let local = Desk::start(&ws.db());
    assert!(
        local.base.starts_with("http://127.0.0.1:"),
        "{}",
        local.base
    );
    assert!(local.said.is_empty(), "no warning: {:?}", local.said);
    let public = Desk::start_at(&ws.db(), "0.0.0.0:0");
    let said = public.said.join("\n");
    assert!(
        said.contains("warning") && said.contains("reachable from other machines"),
        "{said}"
    );
    // It serves there too.
    page(&public, "/");
}

/// Filter values shaped like SQL are searched for as text: they match
/// nothing, fail nothing and change nothing.
#[test]
fn filter_values_are_data_not_sql() {
    let ws = demo();
    let all = ws.jsonl(&["flags", "--all"]).len();
    let desk = Desk::start(&ws.db());
    let values = [
        "' OR '1'='1",
        "x' OR 1=1 --",
        "\"; DROP TABLE flags; --",
        "'); DELETE FROM flag_reviews; --",
        "%' OR f.id > 0 OR '%'='",
        "1; UPDATE flags SET status = 'confirmed'",
    ];
    for field in ["status", "kind", "source", "speaker", "q"] {
        for v in values {
            let qs = serde_urlencoded::to_string([(field, v)]).unwrap();
            let html = page(&desk, &format!("/?{qs}"));
            let doc = Document::from(html.as_str());
            assert_eq!(doc.select("tr.flag-row").length(), 0, "{field}={v}");
            let shown = doc.select(&format!("form.filters [name={field}]"));
            if field != "status" && field != "kind" {
                assert_eq!(
                    shown.attr("value").as_deref(),
                    Some(v),
                    "{field} kept as typed"
                );
            }
        }
    }
    assert_eq!(ws.jsonl(&["flags", "--all"]).len(), all, "nothing dropped");
    assert_eq!(open_ids(&ws).len(), all, "nothing changed status");
}

/// The text of the elements `css` selects inside `sel`, in order.
fn texts(sel: &dom_query::Selection, css: &str) -> Vec<String> {
    sel.select(css)
        .iter()
        .map(|e| e.text().trim().to_string())
        .collect()
}

/// One side-by-side table: (row, outlet) → the cells' texts under `css`.
fn grid(doc: &Document, table: &str, css: &str) -> BTreeMap<(String, String), Vec<String>> {
    let t = doc.select(&format!("table.side-by-side.{table}"));
    assert_eq!(t.length(), 1, "one {table} table");
    let outlets = texts(&t, "thead th");
    let mut out = BTreeMap::new();
    for tr in t.select("tbody tr").iter() {
        let row = texts(&tr, "th").join("");
        for (i, td) in tr.select("td").iter().enumerate() {
            out.insert((row.clone(), outlets[i + 1].clone()), texts(&td, css));
        }
    }
    out
}

#[test]
fn a_story_sets_each_outlets_figures_and_quotes_side_by_side() {
    let ws = demo();
    let desk = Desk::start(&ws.db());
    let story = ws
        .jsonl(&["stories"])
        .into_iter()
        .find(|s| s["label"].as_str().unwrap().contains("ferry strike"))
        .expect("the ferry strike story");
    let id = story["id"].as_i64().unwrap();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT external_id FROM articles WHERE story_id = ?1")
        .unwrap();
    let articles: BTreeSet<String> = stmt
        .query_map([id], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(articles.len(), 3);
    let html = page(&desk, &format!("/stories/{id}"));
    let doc = Document::from(html.as_str());
    let shown: Vec<String> = texts(&doc.select("main"), "ul.articles li");
    for a in ws.jsonl(&["articles"]) {
        let title = a["title"].as_str().unwrap();
        let listed = shown.iter().any(|li| li.contains(title));
        assert_eq!(
            listed,
            articles.contains(a["id"].as_str().unwrap()),
            "{title}"
        );
    }
    let in_story = |row: &Value| articles.contains(row["article_id"].as_str().unwrap());
    // Every figure under its subject, in its outlet's column.
    let figures = grid(&doc, "figures", "mark");
    let claims: Vec<Value> = ws.jsonl(&["claims"]).into_iter().filter(in_story).collect();
    assert!(claims.len() >= 10);
    for c in &claims {
        let subject = match c["subject"].as_str() {
            Some(s) => s.to_string(),
            None => format!("({})", c["kind"].as_str().unwrap()),
        };
        let key = (subject, c["source"].as_str().unwrap().to_string());
        let cell = figures
            .get(&key)
            .unwrap_or_else(|| panic!("a cell for {key:?}"));
        assert!(
            cell.iter().any(|m| m == c["surface"].as_str().unwrap()),
            "{} in {key:?}: {cell:?}",
            c["surface"]
        );
    }
    // The strike's share of sailings: 26% at Coastline Daily, beside the others.
    let sailings: Vec<_> = figures
        .iter()
        .filter(|((row, _), cell)| row == "sailings" && !cell.is_empty())
        .map(|((_, outlet), _)| outlet.as_str())
        .collect();
    assert!(sailings.len() >= 2, "{sailings:?}");
    assert!(figures[&("sailings".into(), "Coastline Daily".into())].contains(&"26%".into()));
    // Every quotation under its speaker, in its outlet's column.
    let quotations = grid(&doc, "quotations", "span.text");
    let quotes: Vec<Value> = ws.jsonl(&["quotes"]).into_iter().filter(in_story).collect();
    assert!(quotes.len() >= 5);
    for q in &quotes {
        let speaker = q["speaker"].as_str().unwrap_or("(no speaker)").to_string();
        let key = (speaker, q["source"].as_str().unwrap().to_string());
        let cell = &quotations[&key];
        assert!(
            cell.iter().any(|t| t == q["text"].as_str().unwrap()),
            "{key:?}"
        );
    }
}

#[test]
fn a_speaker_page_has_every_quote_by_outlet() {
    let ws = demo();
    let desk = Desk::start(&ws.db());
    for s in ws.jsonl(&["speakers"]) {
        let name = s["name"].as_str().unwrap();
        let html = page(&desk, &format!("/speakers/{}", s["id"]));
        let doc = Document::from(html.as_str());
        assert_eq!(doc.select("h1").text().trim(), name);
        let mut by_outlet: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for section in doc.select("section.outlet").iter() {
            let outlet = section.select("h2").text().trim().to_string();
            by_outlet.insert(outlet, texts(&section, "span.quote"));
        }
        assert_eq!(
            by_outlet.len() as i64,
            s["sources"].as_i64().unwrap(),
            "{name}"
        );
        let shown: usize = by_outlet.values().map(Vec::len).sum();
        let quotes = s["quotes"].as_i64().unwrap() + s["statements"].as_i64().unwrap();
        assert_eq!(
            shown as i64, quotes,
            "{name}: every quotation and statement"
        );
    }
    // Dana Whitlock's quotes, as `quotes --speaker` lists them.
    let whitlock = ws.jsonl(&["speakers", "--name", "Whitlock"]).remove(0);
    let html = page(&desk, &format!("/speakers/{}", whitlock["id"]));
    let doc = Document::from(html.as_str());
    for q in ws.jsonl(&["quotes", "--speaker", "Whitlock"]) {
        let outlet = q["source"].as_str().unwrap();
        let section = doc
            .select("section.outlet")
            .iter()
            .find(|s| s.select("h2").text().trim() == outlet)
            .unwrap_or_else(|| panic!("a section for {outlet}"));
        let quotes = texts(&section, "span.quote");
        assert!(
            quotes.iter().any(|t| t == q["text"].as_str().unwrap()),
            "{quotes:?}"
        );
    }
}

#[test]
fn the_claimreview_download_links_each_review_to_its_page() {
    let ws = demo();
    let desk = Desk::start(&ws.db());
    let open = open_ids(&ws);
    let token = token(&desk, open[0]);
    post_verdict(
        &desk,
        &token,
        open[0],
        "confirmed",
        "checked with the operator",
    );
    post_verdict(&desk, &token, open[1], "dismissed", "same figure");
    let r = ureq::get(&desk.url("/export/claimreview.json"))
        .call()
        .unwrap();
    assert!(
        r.header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
    let reviews: Vec<Value> = r.into_json().unwrap();
    assert_eq!(reviews.len(), 1, "the confirmed flag only");
    let review = &reviews[0];
    assert_eq!(review["@type"], "ClaimReview");
    assert_eq!(review["url"], desk.url(&format!("/flags/{}", open[0])));
    assert_eq!(review["reviewBody"], "checked with the operator");
    assert_eq!(review["author"]["name"], "desk tester");
    // The same as the command line's export, but for where the pages are.
    let cli: Vec<Value> =
        serde_json::from_str(&ws.ok(&["export", "--claimreview", "--base-url", &desk.base]))
            .unwrap();
    assert_eq!(cli, reviews);
}

/// The flag ids a queue page lists, and its links to the pages before and after.
fn queue_page(desk: &Desk, path: &str) -> (Vec<i64>, Option<String>, Option<String>) {
    let html = page(desk, path);
    let doc = Document::from(html.as_str());
    let ids = texts(&doc.select("main"), "tr.flag-row a.open")
        .iter()
        .map(|id| id.parse().unwrap())
        .collect();
    let link = |rel: &str| {
        doc.select(&format!("nav.pages a[rel={rel}]"))
            .attr("href")
            .map(|h| h.to_string())
    };
    (ids, link("prev"), link("next"))
}

/// Every flag id of a queue, following its `next` links from `start`, and
/// how many pages it took.
fn walk_queue(desk: &Desk, start: &str) -> (Vec<i64>, usize) {
    let (mut seen, mut path, mut pages) = (Vec::new(), start.to_string(), 0);
    loop {
        let (ids, prev, next) = queue_page(desk, &path);
        assert_eq!(prev.is_some(), pages > 0, "{path}");
        assert!(!ids.is_empty() && ids.len() <= 25, "{path}: {}", ids.len());
        seen.extend(ids);
        pages += 1;
        match next {
            Some(n) => path = n,
            None => return (seen, pages),
        }
    }
}

#[test]
fn the_queue_pages_through_every_open_flag_surest_first() {
    let ws = Workspace::new();
    let corpus = faults::synthetic_corpus(ws.dir.path(), 40);
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["flags", "--status", "open"];
        all.extend_from_slice(args);
        let flags = ws.jsonl(&all);
        let scores: Vec<f64> = flags.iter().map(|f| f["score"].as_f64().unwrap()).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "surest first");
        flags.iter().map(|f| f["id"].as_i64().unwrap()).collect()
    };
    let desk = Desk::start(&ws.db());
    let open = ids(&[]);
    assert!(open.len() > 50, "three pages or more: {}", open.len());
    let (seen, pages) = walk_queue(&desk, "/");
    assert_eq!(seen, open, "every open flag once, in the queue's order");
    assert_eq!(pages, open.len().div_ceil(25));
    // Paging keeps the filters.
    let numeric = ids(&["--kind", "numeric_conflict"]);
    assert!(numeric.len() > 25, "{}", numeric.len());
    let (seen, pages) = walk_queue(&desk, "/?kind=numeric_conflict");
    assert_eq!(seen, numeric);
    assert_eq!(pages, numeric.len().div_ceil(25));
}

/// The `href` of the element `css` selects on a page.
fn link(desk: &Desk, path: &str, css: &str) -> String {
    let html = page(desk, path);
    let doc = Document::from(html.as_str());
    let href = doc.select(css).attr("href");
    href.unwrap_or_else(|| panic!("no {css} on {path}"))
        .to_string()
}

fn flag_of(href: &str) -> i64 {
    let rest = href.strip_prefix("/flags/").expect("a flag's page");
    rest.split(['?', '/']).next().unwrap().parse().unwrap()
}

#[test]
fn the_next_flag_is_the_next_of_the_queue_it_came_from() {
    let ws = demo();
    let desk = Desk::start(&ws.db());
    let queue = "/?kind=quote_attribution_conflict";
    let expected: Vec<i64> = ws
        .jsonl(&["flags", "--kind", "quote_attribution_conflict"])
        .iter()
        .map(|f| f["id"].as_i64().unwrap())
        .collect();
    assert_eq!(expected.len(), 2, "the demo's two attribution flags");
    let (shown, _, _) = queue_page(&desk, queue);
    assert_eq!(shown, expected);
    // Open the first from the filtered queue; its next is the other one of that queue.
    let first = link(&desk, queue, "tr.flag-row a.open");
    assert_eq!(flag_of(&first), expected[0]);
    assert!(first.contains("kind=quote_attribution_conflict"), "{first}");
    let next = link(&desk, &first, "a#next");
    assert_eq!(flag_of(&next), expected[1], "{next}");
    // A verdict from that page comes back to the flag in the same queue.
    let token = token(&desk, expected[0]);
    let action = {
        let html = page(&desk, &first);
        let doc = Document::from(html.as_str());
        doc.select("form#verdict")
            .attr("action")
            .unwrap()
            .to_string()
    };
    let r = ureq::post(&desk.url(&action))
        .send_form(&[("csrf", token.as_str()), ("verdict", "confirmed")])
        .unwrap();
    let landed = r.get_url().to_string();
    assert!(landed.contains("recorded=confirmed"), "{landed}");
    assert!(
        landed.contains("kind=quote_attribution_conflict"),
        "{landed}"
    );
    let landed = landed.trim_start_matches(&desk.base).to_string();
    let next = link(&desk, &landed, "a#next");
    assert_eq!(flag_of(&next), expected[1]);
    // Once the filtered queue is clear, next leads back to it (empty), while
    // the whole queue still has the other flags.
    post_verdict(&desk, &token, expected[1], "dismissed", "");
    let after = format!("/flags/{}{}", expected[1], &queue[1..]);
    let back = link(&desk, &after, "a#next");
    assert_eq!(back, queue);
    assert!(queue_page(&desk, queue).0.is_empty());
    assert_eq!(queue_page(&desk, "/").0.len(), 4);
    assert_eq!(link(&desk, &after, "a.brand[data-key=u]"), queue);
}

#[test]
fn a_flag_page_says_recorded_only_of_a_verdict() {
    let ws = demo();
    let desk = Desk::start(&ws.db());
    let id = open_ids(&ws)[0];
    let notice = |qs: &str| {
        let html = page(&desk, &format!("/flags/{id}?{qs}"));
        let doc = Document::from(html.as_str());
        doc.select("#recorded").text().trim().to_string()
    };
    assert_eq!(notice("recorded=dismissed"), "Recorded: dismissed.");
    assert_eq!(notice("recorded=Call+0800+to+confirm"), "");
}
