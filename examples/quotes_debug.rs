//! Prints the quotes crosscheck finds in a text given on stdin (for debugging the extractor).
use crosscheck::analysis::Document;
use crosscheck::extract::quotes::extract_quotes;
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let doc = Document::from_raw(&text);
    let ex = extract_quotes(&doc);
    for q in &ex.quotes {
        let speaker = q
            .speaker
            .map(|s| ex.speakers[s].name.as_str())
            .unwrap_or("-");
        let mention = q.mention.map(|m| doc.slice(m)).unwrap_or("-");
        println!(
            "{:?} [{}] «{}» cue={:?} mention={:?} group={}",
            q.kind,
            speaker,
            doc.slice(q.span),
            q.cue,
            mention,
            q.group
        );
    }
    for (i, s) in ex.speakers.iter().enumerate() {
        println!(
            "speaker {i}: {} ({:?}) aliases={:?} roles={:?}",
            s.name, s.kind, s.aliases, s.roles
        );
    }
}
