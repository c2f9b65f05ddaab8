//! Flag keys are stored as 16-byte digests; a store written by an earlier
//! version holds the keys' text. Such flags are found again by their text
//! (same ids, verdicts kept, nothing duplicated) and given the digest.

mod common;

use common::{Workspace, demo_corpus};
use crosscheck::analyse::story_evidence;
use crosscheck::compare::flags::find_flags;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

#[test]
fn flags_stored_with_text_keys_are_found_again_and_given_digests() {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    let before = ws.jsonl(&["flags", "--all"]);
    assert!(before.len() >= 4, "{before:#?}");
    let id = before[0]["id"].as_i64().unwrap().to_string();
    ws.ok(&["review", &id, "--verdict", "confirmed", "--reviewer", "ana"]);
    let reviewed = ws.jsonl(&["flags", "--all"]);

    // Turn the store into one an earlier version wrote: every key as text.
    let conn = Connection::open(ws.db()).unwrap();
    let blob_keys = |conn: &Connection| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM flags WHERE typeof(key) = 'blob' AND length(key) = 16",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(blob_keys(&conn), before.len() as i64);
    let stories: Vec<i64> = conn
        .prepare("SELECT DISTINCT story_id FROM flags")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut rewritten = 0;
    for story in stories {
        let evidence = story_evidence(&conn, story).unwrap();
        for c in find_flags(&evidence) {
            let text = c.key(&evidence);
            let digest = Sha256::digest(text.as_bytes())[..16].to_vec();
            rewritten += conn
                .execute("UPDATE flags SET key = ?2 WHERE key = ?1", (digest, text))
                .unwrap();
        }
    }
    assert_eq!(rewritten, before.len());
    assert_eq!(blob_keys(&conn), 0);
    drop(conn);

    ws.ok(&["analyse", "--all"]);
    assert_eq!(ws.jsonl(&["flags", "--all"]), reviewed);
    let conn = Connection::open(ws.db()).unwrap();
    assert_eq!(blob_keys(&conn), before.len() as i64);
    let show = ws.ok(&["flag", "show", &id]);
    assert!(show.contains("confirmed") && show.contains("ana"), "{show}");
}
