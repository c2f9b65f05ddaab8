//! Runs the extractors over a JSON Lines corpus on one thread (for profiling).
use crosscheck::analysis::Document;
use crosscheck::diagnostics::Origin;
use crosscheck::extract::extract_article;
use crosscheck::sources::{Overrides, parse_json_line};

fn main() {
    let path = std::env::args().nth(1).expect("a JSON Lines path");
    let raw = std::fs::read(&path).expect("read");
    let origin = Origin::file(&path);
    let mut quotes = 0;
    for line in raw.split(|&b| b == b'\n') {
        for a in parse_json_line(line, &origin, &Overrides::default()).articles {
            let date = a.published.map(|p| p.date);
            quotes += extract_article(&Document::new(a.text), date).quotes.len();
        }
    }
    println!("{quotes} quotes");
}
