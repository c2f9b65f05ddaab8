//! Dumps, for each primary PolNeAR article in the given gold file, the system's
//! quote units (as scored by `crosscheck eval quotes`) as JSON lines, for error analysis.
use crosscheck::analysis::{Document, Span};
use crosscheck::eval::quotes::polnear_system_units_text;
use crosscheck::extract::quotes::extract_quotes;

fn main() {
    let path = std::env::args().nth(1).expect("gold jsonl path");
    let text = std::fs::read_to_string(path).expect("read");
    for line in text.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("json");
        if row["primary"] != true {
            continue;
        }
        let doc = Document::from_raw(row["text"].as_str().unwrap_or(""));
        let ex = extract_quotes(&doc);
        // Character offsets in the normalised text, for lining up with gold.
        let chars = |sp: Span| {
            let start = doc.text[..sp.start].chars().count();
            (start, start + doc.text[sp.start..sp.end].chars().count())
        };
        let units: Vec<serde_json::Value> = polnear_system_units_text(&doc, &ex)
            .into_iter()
            .map(|(t, s, span)| serde_json::json!({"text": t, "speaker": s, "span": span.map(chars)}))
            .collect();
        // Every quote as extracted (non-speech marks included).
        let quotes: Vec<serde_json::Value> = ex
            .quotes
            .iter()
            .map(|q| {
                serde_json::json!({"kind": format!("{:?}", q.kind), "text": doc.slice(q.span),
                    "span": chars(q.span), "cue": q.cue, "group": q.group,
                    "mention": q.mention.map(chars)})
            })
            .collect();
        println!(
            "{}",
            serde_json::json!({"doc_id": row["doc_id"], "units": units, "quotes": quotes})
        );
    }
}
