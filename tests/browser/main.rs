//! The review desk (`crosscheck serve`) driven in headless Chromium through
//! WebDriver: the review loop with the mouse and with the keyboard alone,
//! hostile articles whose scripts must never run, and a POST without the
//! CSRF token refused. Skipped, loudly, when chromium is not installed
//! (`.ci/run` installs it and sets CROSSCHECK_REQUIRE_BROWSER=1).
//!
//! `CROSSCHECK_SCREENSHOTS=DIR` saves screenshots of the queue and a flag
//! page there (the README's come from this).

#[path = "../common/mod.rs"]
mod common;
mod desk;
mod webdriver;

use common::{Workspace, demo_corpus};
use serde_json::Value;
use webdriver::{Browser, Desk, browser, wait_for};

const ESCAPE: &str = "\u{E00C}";

fn open_flags(ws: &Workspace) -> Vec<Value> {
    ws.jsonl(&["flags", "--status", "open"])
}

/// The page's flag id, from its URL.
fn flag_id_of(url: &str) -> Option<i64> {
    let rest = url.split("/flags/").nth(1)?;
    rest.split(['?', '/']).next()?.parse().ok()
}

/// Every script, style sheet, image and other resource of the page came
/// from the desk itself (no CDN, no web fonts): what the page names and
/// what the browser actually fetched.
fn assert_all_served_here(b: &Browser) {
    let foreign = b.exec(
        "const here = location.origin + '/';
         const named = [...document.querySelectorAll('script[src],link[href],img[src],iframe[src],object[data],source[src],video[src],audio[src]')]
           .map(e => e.src || e.href || e.data);
         const fetched = performance.getEntriesByType('resource').map(r => r.name);
         return [...named, ...fetched].filter(u => !u.startsWith(here));",
    );
    assert_eq!(foreign, serde_json::json!([]), "on {}", b.current_url());
    let fetched = b.exec("return performance.getEntriesByType('resource').length;");
    assert!(
        fetched.as_u64() >= Some(2),
        "its style and script were fetched"
    );
}

#[test]
fn a_reviewer_confirms_a_flag_and_the_queue_moves_on() {
    let Some((chromium, driver)) = browser() else {
        return;
    };
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    let before = open_flags(&ws);
    let desk = Desk::start(&ws.db());
    let b = Browser::start(&chromium, &driver);

    b.goto(&desk.url("/"));
    assert_eq!(b.find_all("tr.flag-row").len(), before.len());
    assert_all_served_here(&b);
    let shots = std::env::var_os("CROSSCHECK_SCREENSHOTS").map(std::path::PathBuf::from);
    if let Some(dir) = &shots {
        b.screenshot(&dir.join("queue.png"));
    }
    // The surest flag is first; open it.
    b.click("tr.flag-row a.open");
    let id = flag_id_of(&b.current_url()).expect("a flag page");
    assert_eq!(id, before[0]["id"].as_i64().unwrap());
    assert_eq!(
        b.find_all(".passage mark").len(),
        2,
        "both pieces of evidence highlighted"
    );
    assert!(!b.text("#explanation").is_empty());
    // Each side: outlet, date, title, link, speaker and how sure its attribution is.
    let sides = b.exec(
        "return [...document.querySelectorAll('section.side')].map(s => [
           s.querySelector('h2').innerText, s.querySelector('dd.title').innerText,
           s.querySelector('dd.link a') ? s.querySelector('dd.link a').href : '',
           s.querySelector('dd.speaker').innerText]);",
    );
    let sides = sides.as_array().unwrap();
    assert_eq!(sides.len(), 2);
    for (side, f) in sides.iter().zip([&before[0]["a"], &before[0]["b"]]) {
        let [outlet, title, link, speaker] = [0, 1, 2, 3].map(|i| side[i].as_str().unwrap());
        assert!(outlet.contains(f["source"].as_str().unwrap()), "{side}");
        assert!(!title.is_empty() && link.starts_with("https://"), "{side}");
        assert!(
            speaker.contains(" · ") && speaker.contains("sure"),
            "{side}"
        );
    }
    assert_all_served_here(&b);
    b.type_into("#note", "Checked with the union: Dana Whitlock said it");
    b.click("#confirm");
    wait_for(10, "the verdict page", || {
        b.current_url().contains("recorded=").then_some(())
    });
    assert_eq!(b.text("#status"), "confirmed");
    let history = b.text("#history");
    assert!(
        history.contains("confirmed by desk tester: Checked with the union: Dana Whitlock said it"),
        "{history}"
    );
    // The flag page with its verdict in the history.
    if let Some(dir) = &shots {
        b.screenshot(&dir.join("flag.png"));
    }
    // The queue moves on: the next flag is another one, and the queue lost this one.
    b.click("#next");
    let next = flag_id_of(&b.current_url()).expect("the next flag");
    assert_ne!(next, id);
    b.goto(&desk.url("/"));
    assert_eq!(b.find_all("tr.flag-row").len(), before.len() - 1);
    assert!(
        b.find_all(&format!("a.open[href='/flags/{id}']"))
            .is_empty()
    );
    // The command line sees the same verdict.
    let shown: Value =
        serde_json::from_str(&ws.ok(&["flag", "show", &id.to_string(), "--format", "json"]))
            .unwrap();
    assert_eq!(
        shown["history"][0]["note"],
        "Checked with the union: Dana Whitlock said it"
    );
    assert_eq!(shown["history"][0]["reviewer"], "desk tester");
}

#[test]
fn the_keyboard_alone_clears_the_demo_queue() {
    let Some((chromium, driver)) = browser() else {
        return;
    };
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    let mut queue: Vec<i64> = open_flags(&ws)
        .iter()
        .map(|f| f["id"].as_i64().unwrap())
        .collect();
    let total = queue.len();
    assert_eq!(total, 6, "the demo corpus has six flags");
    let desk = Desk::start(&ws.db());
    let b = Browser::start(&chromium, &driver);
    // From here on, nothing but key presses.
    b.goto(&desk.url("/"));
    b.keys("jko"); // down, up, open the selected (first) flag
    let mut reviewed = Vec::new();
    for round in 0..total {
        let id = wait_for(10, "a flag page", || flag_id_of(&b.current_url()));
        assert!(
            !reviewed.contains(&id),
            "flag {id} came back after its verdict"
        );
        let verdict = if round % 2 == 0 { "c" } else { "d" };
        b.keys(&format!("tnote {round}{ESCAPE}{verdict}"));
        wait_for(10, "the verdict", || {
            b.current_url().contains("recorded=").then_some(())
        });
        reviewed.push(id);
        b.keys("n");
        wait_for(10, "the next page", || {
            (!b.current_url().contains("recorded=")).then_some(())
        });
    }
    wait_for(10, "the empty queue", || {
        (!b.find_all("#empty").is_empty()).then_some(())
    });
    assert!(
        b.find_all("tr.flag-row").is_empty(),
        "the queue page lists nothing"
    );
    assert!(open_flags(&ws).is_empty(), "every flag has a verdict");
    // Each flag of the queue was reviewed once, by key presses alone.
    reviewed.sort_unstable();
    queue.sort_unstable();
    assert_eq!(reviewed, queue);
    let confirmed = ws.jsonl(&["flags", "--status", "confirmed"]);
    assert_eq!(confirmed.len(), total.div_ceil(2));
    let first: Value = serde_json::from_str(&ws.ok(&[
        "flag",
        "show",
        &reviewed[0].to_string(),
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(first["history"][0]["note"], "note 0");
}

/// Each probe in `tests/data/hostile.jsonl` sets `window.__xss` to its own
/// name if it ever runs; each must be shown as text somewhere.
const PROBES: &[&str] = &[
    "__xss='source-script'",
    "__xss=\"source-attr\"",
    "__xss='title-attr'",
    "__xss='body-onload'",
    "__xss='url-javascript'",
    "__xss='url-mixed-case'",
    "__xss='url-data'",
    "__xss='img-onerror'",
    "__xss='textarea-breakout'",
    "__xss='math-mutation'",
    "__xss='svg-script'",
    "__xss='iframe'",
    "__xss='object'",
    "__xss='inline-link'",
    "__xss='entity'",
];

/// What a page must never have if its text was escaped.
const INJECTED: &str = "(() => {
  const bad = [];
  if (window.__xss !== undefined) bad.push('ran: ' + window.__xss);
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (a.name.startsWith('on')) bad.push('handler ' + a.name + ' on ' + e.tagName);
    }
  }
  for (const a of document.querySelectorAll('[href],[src],[data],[action]')) {
    const v = (a.getAttribute('href') || a.getAttribute('src') || a.getAttribute('data') || a.getAttribute('action') || '').trim().toLowerCase();
    if (v.startsWith('javascript:') || v.startsWith('data:')) bad.push('url ' + v);
  }
  const scripts = [...document.scripts].filter(s => s.getAttribute('src') !== '/static/keys.js');
  if (scripts.length) bad.push(scripts.length + ' injected scripts');
  const tags = document.querySelectorAll('main img, main svg, main iframe, main object, main math, main style, main body, main textarea:not(#note)');
  if (tags.length) bad.push(tags.length + ' injected elements');
  return bad;
})()";

#[test]
fn hostile_articles_never_run_script_and_show_as_text() {
    let Some((chromium, driver)) = browser() else {
        return;
    };
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile.jsonl");
    let raw = std::fs::read_to_string(&corpus).unwrap();
    assert!(PROBES.len() >= 10);
    for p in PROBES {
        assert!(
            raw.contains(&p.replace('"', "\\\"")),
            "probe {p} is in the corpus"
        );
    }
    let ws = Workspace::new();
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    let flags = ws.jsonl(&["flags"]);
    assert!(
        flags.len() >= 2,
        "the hostile corpus raises flags: {flags:?}"
    );
    let desk = Desk::start(&ws.db());
    let b = Browser::start(&chromium, &driver);
    let mut pages = vec!["/".to_string(), "/?status=any".to_string()];
    for f in &flags {
        pages.push(format!("/flags/{}", f["id"]));
        if let Some(st) = f["story"].as_i64() {
            pages.push(format!("/stories/{st}"));
        }
    }
    for s in ws.jsonl(&["speakers"]) {
        pages.push(format!("/speakers/{}", s["id"]));
    }
    let mut seen = String::new();
    for page in &pages {
        b.goto(&desk.url(page));
        assert!(!b.alert_open(), "a dialog opened on {page}");
        let bad = b.exec(&format!("return {INJECTED};"));
        assert_eq!(bad, serde_json::json!([]), "on {page}");
        assert_all_served_here(&b);
        seen.push_str(
            b.exec("return document.body.innerText;")
                .as_str()
                .unwrap_or(""),
        );
    }
    for p in PROBES {
        let shown = p.replace("&lt;", "<");
        assert!(
            seen.contains(p) || seen.contains(&shown),
            "probe {p} is shown as text"
        );
    }
    // Links are made only from http(s) URLs.
    b.goto(&desk.url(&format!("/flags/{}", flags[0]["id"])));
    let hrefs =
        b.exec("return [...document.querySelectorAll('a')].map(a => a.getAttribute('href'));");
    for h in hrefs.as_array().unwrap() {
        let h = h.as_str().unwrap_or("");
        assert!(h.starts_with('/') || h.starts_with("http"), "link {h}");
    }
}

#[test]
fn a_post_without_the_token_is_refused() {
    // No browser needed: a cross-site form would post exactly this.
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    let id = open_flags(&ws)[0]["id"].as_i64().unwrap();
    let desk = Desk::start(&ws.db());
    let url = desk.url(&format!("/flags/{id}/review"));
    for form in [
        vec![("verdict", "confirmed")],
        vec![("verdict", "confirmed"), ("csrf", "")],
        vec![("verdict", "confirmed"), ("csrf", "0123456789abcdef")],
    ] {
        match ureq::post(&url).send_form(&form) {
            Err(ureq::Error::Status(code, _)) => assert_eq!(code, 403, "{form:?}"),
            other => panic!("{form:?} was not refused: {other:?}"),
        }
    }
    match ureq::get(&url).call() {
        Err(ureq::Error::Status(code, _)) => assert_eq!(code, 405),
        other => panic!("a GET must not record a verdict: {other:?}"),
    }
    assert_eq!(open_flags(&ws)[0]["id"].as_i64(), Some(id), "still open");
    let shown: Value =
        serde_json::from_str(&ws.ok(&["flag", "show", &id.to_string(), "--format", "json"]))
            .unwrap();
    assert_eq!(shown["history"], serde_json::json!([]));
    // With the page's own token it is recorded.
    let page = ureq::get(&desk.url(&format!("/flags/{id}")))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    let token = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let ok = ureq::post(&url).send_form(&[("verdict", "dismissed"), ("csrf", token)]);
    assert!(ok.is_ok(), "{ok:?}");
    assert!(open_flags(&ws).iter().all(|f| f["id"].as_i64() != Some(id)));
}

/// The queue's rows on a page of the desk (no browser needed).
fn queue_rows(desk: &Desk, query: &str) -> Vec<i64> {
    let page = ureq::get(&desk.url(&format!("/?{query}")))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    page.split("<a class=\"open\" href=\"/flags/")
        .skip(1)
        .map(|rest| rest.split(['"', '?']).next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn queue_filters_narrow_the_list() {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    let desk = Desk::start(&ws.db());
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["flags"];
        all.extend_from_slice(args);
        ws.jsonl(&all)
            .iter()
            .map(|f| f["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(queue_rows(&desk, ""), ids(&["--status", "open"]));
    let numeric = ids(&["--kind", "numeric_conflict"]);
    assert_eq!(queue_rows(&desk, "kind=numeric_conflict"), numeric);
    assert_eq!(
        queue_rows(&desk, "source=coastline"),
        ids(&["--source", "coastline"])
    );
    let story = ws.jsonl(&["flags"])[0]["story"].as_i64().unwrap();
    let story_ids = ids(&["--story", &story.to_string()]);
    assert_eq!(queue_rows(&desk, &format!("story={story}")), story_ids);
    // A speaker by part of a name; a search over explanation and evidence.
    let whitlock = queue_rows(&desk, "speaker=whitlock");
    assert!(!whitlock.is_empty());
    let attribution = ids(&["--kind", "quote_attribution_conflict"]);
    assert!(
        whitlock.iter().all(|id| attribution.contains(id)),
        "{whitlock:?}"
    );
    assert_eq!(queue_rows(&desk, "q=26%25"), numeric);
    assert!(
        queue_rows(&desk, "q=%25%25").is_empty(),
        "% is a plain character"
    );
    assert!(queue_rows(&desk, "speaker=_").is_empty());
    // Pages of 25: the demo corpus fits on the first.
    assert!(queue_rows(&desk, "page=1").is_empty());
    // Reviewed flags leave the default queue and show under their status.
    let first = queue_rows(&desk, "")[0];
    ws.ok(&["review", &first.to_string(), "--verdict", "dismissed"]);
    assert!(!queue_rows(&desk, "").contains(&first));
    assert_eq!(queue_rows(&desk, "status=dismissed"), vec![first]);
    assert_eq!(queue_rows(&desk, "status=any").len(), ids(&[]).len());
}

#[test]
fn every_response_forbids_inline_scripts_and_sniffing() {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    let desk = Desk::start(&ws.db());
    for (path, status) in [
        ("/", 200),
        ("/?page=x", 200),
        ("/flags/abc", 400),
        ("/flags/99999", 404),
        ("/nope", 404),
        ("/static/keys.js", 200),
        ("/export/claimreview.json", 200),
    ] {
        let r = match ureq::get(&desk.url(path)).call() {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("{path}: {e}"),
        };
        assert_eq!(r.status(), status, "{path}");
        let csp = r.header("content-security-policy").unwrap_or_default();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(
            r.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
    }
    let export = ureq::get(&desk.url("/export/claimreview.json"))
        .call()
        .unwrap();
    assert!(
        export
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
}
