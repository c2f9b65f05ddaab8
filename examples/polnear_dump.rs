//! Dumps, for each primary PolNeAR article in the given gold file, the system's
//! quote units (as scored by `crosscheck eval quotes`) as JSON lines, for error analysis.
use crosscheck::analysis::Document;
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
        let units: Vec<serde_json::Value> = polnear_system_units_text(&doc, &ex)
            .into_iter()
            .map(|(t, s)| serde_json::json!({"text": t, "speaker": s}))
            .collect();
        println!(
            "{}",
            serde_json::json!({"doc_id": row["doc_id"], "units": units})
        );
    }
}
