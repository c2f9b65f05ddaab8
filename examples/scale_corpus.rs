//! A synthetic corpus of known events × outlets, built from the BBC set,
//! for measuring ingest and story grouping at any size.
//!
//! ```text
//! cargo run --release --example scale_corpus -- ARTICLES OUT.jsonl [--seed N] [--bbc PATH]
//! ```
//!
//! Each event is one BBC article, reported by 3 to 5 (on average 4) of 20
//! outlets within 2 days of the event's date; event dates are spread over two
//! years. Every outlet's copy swaps some neighbouring sentences and changes
//! about 12% of its numbers. When there are more events than BBC articles, a
//! base article is reused with its names replaced by invented ones, the same
//! in every outlet's copy of that event, so that reuses are distinct events
//! (as two stories on one subject are). `cluster_id` names the event.
//! The output is deterministic for a given size and seed.

use serde_json::{Value, json};
use std::io::{BufWriter, Write};

/// Outlets the events are spread over.
const OUTLETS: usize = 20;
/// Days over which event dates are spread.
const SPAN_DAYS: u64 = 730;
/// Share of numbers an outlet changes.
const CHANGED_NUMBERS: f64 = 0.12;

/// A small deterministic generator (SplitMix64): no dependency, same output everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// One base article of the BBC set.
pub struct Base {
    pub title: String,
    pub text: String,
}

/// Reads the BBC set's titles and texts.
pub fn read_bbc(path: &str) -> Vec<Base> {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("cannot read {path} ({e}); the BBC set is in ../shared/corpus/bbc_2225")
    });
    raw.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|v| Base {
            title: v["title"].as_str().unwrap_or_default().to_string(),
            text: v["text"].as_str().unwrap_or_default().to_string(),
        })
        .collect()
}

/// The article count the `extra` articles of a run start after (their events are new).
pub const EXTRA_EVENTS_FROM: u64 = 10_000_000;

/// Writes `articles` articles of events numbered from `first_event`; returns the bytes written.
pub fn generate(
    bases: &[Base],
    articles: usize,
    first_event: u64,
    seed: u64,
    out: &mut dyn Write,
) -> std::io::Result<u64> {
    let mut written = 0usize;
    let mut bytes = 0u64;
    let mut event = first_event;
    let start = chrono::NaiveDate::from_ymd_opt(2022, 1, 1).expect("a date");
    while written < articles {
        let mut rng = Rng::new(seed ^ event.wrapping_mul(0x2545_f491_4f6c_dd1d));
        let base = &bases[(event % bases.len() as u64) as usize];
        let round = event / bases.len() as u64;
        let (title, text) = if round == 0 {
            (base.title.clone(), base.text.clone())
        } else {
            let names = Names::new(event);
            (names.apply(&base.title), names.apply(&base.text))
        };
        let day = start + chrono::Days::new(rng.below(SPAN_DAYS));
        let copies = 3 + rng.below(3) as usize;
        let mut outlets: Vec<usize> = (0..OUTLETS).collect();
        for i in 0..copies {
            let j = i + rng.below((OUTLETS - i) as u64) as usize;
            outlets.swap(i, j);
        }
        for &outlet in outlets.iter().take(copies.min(articles - written)) {
            let date = day + chrono::Days::new(rng.below(3));
            let line = json!({
                "id": format!("syn-e{event}-o{outlet}"),
                "source": format!("Outlet {outlet:02}"),
                "title": title,
                "published": date.format("%Y-%m-%d").to_string(),
                "url": Value::Null,
                "text": rewrite(&text, &mut rng),
                "cluster_id": format!("e{event}"),
            })
            .to_string();
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            bytes += line.len() as u64 + 1;
            written += 1;
        }
        event += 1;
    }
    Ok(bytes)
}

/// One outlet's version of a text: neighbouring sentences swapped, some numbers changed.
fn rewrite(text: &str, rng: &mut Rng) -> String {
    text.split("\n\n")
        .map(|para| {
            let mut sentences: Vec<String> = split_sentences(para)
                .into_iter()
                .map(|s| change_numbers(s, rng))
                .collect();
            let mut i = 0;
            while i + 1 < sentences.len() {
                if rng.chance(0.3) {
                    sentences.swap(i, i + 1);
                    i += 1;
                }
                i += 1;
            }
            sentences.join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn split_sentences(para: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = para.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end = matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1) == Some(&b' ')
            && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase);
        if end {
            out.push(para[start..=i].trim());
            start = i + 1;
        }
    }
    if start < para.len() {
        out.push(para[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Changes about [`CHANGED_NUMBERS`] of the integers of a sentence (by 5% to 40%).
fn change_numbers(sentence: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String, rng: &mut Rng| {
        if digits.is_empty() {
            return;
        }
        match digits.parse::<u64>() {
            Ok(n) if n >= 2 && rng.chance(CHANGED_NUMBERS) => {
                let pct = 5 + rng.below(36);
                let delta = (n * pct / 100).max(1);
                let m = if rng.chance(0.5) {
                    n + delta
                } else {
                    n - delta
                };
                out.push_str(&m.max(1).to_string());
            }
            _ => out.push_str(digits),
        }
        digits.clear();
    };
    for c in sentence.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out, rng);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out, rng);
    out
}

/// Invented names for one reuse of a base article: every capitalised word
/// that is not a month, a weekday or a sentence's first word is replaced by
/// a made-up word derived from the event and the word.
struct Names {
    event: u64,
}

const KEEP: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
];

impl Names {
    fn new(event: u64) -> Self {
        Names { event }
    }

    fn invent(&self, word: &str) -> String {
        const SYLLABLES: &[&str] = &[
            "ka", "lo", "mer", "vi", "dan", "so", "ru", "tel", "ba", "nor", "qui", "zen", "ha",
            "pra", "mo", "lis",
        ];
        let mut h = Rng::new(self.event.wrapping_mul(31).wrapping_add(fnv(word)));
        let n = 2 + h.below(2);
        let mut s: String = (0..n)
            .map(|_| SYLLABLES[h.below(SYLLABLES.len() as u64) as usize])
            .collect();
        s[..1].make_ascii_uppercase();
        s
    }

    fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut word = String::new();
        let mut sentence_start = true;
        let push_word = |word: &mut String, out: &mut String, sentence_start: bool| {
            if word.is_empty() {
                return;
            }
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            if capital && !sentence_start && !KEEP.contains(&word.as_str()) && word.len() > 1 {
                out.push_str(&self.invent(word));
            } else {
                out.push_str(word);
            }
            word.clear();
        };
        for c in text.chars() {
            if c.is_alphabetic() {
                word.push(c);
            } else {
                let was_word = !word.is_empty();
                push_word(&mut word, &mut out, sentence_start);
                if was_word {
                    sentence_start = false;
                }
                if matches!(c, '.' | '!' | '?' | '\n' | '"') {
                    sentence_start = true;
                }
                out.push(c);
            }
        }
        push_word(&mut word, &mut out, sentence_start);
        out
    }
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Default location of the BBC set, relative to the repository.
pub const BBC: &str = "../shared/corpus/bbc_2225/articles.jsonl";

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let (Some(n), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: scale_corpus ARTICLES OUT.jsonl [--seed N] [--bbc PATH]");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("ARTICLES is a number");
    let seed: u64 = flag("--seed").map_or(1, |s| s.parse().expect("--seed is a number"));
    let bases = read_bbc(&flag("--bbc").unwrap_or_else(|| BBC.to_string()));
    let file = std::fs::File::create(out).expect("create the output file");
    let mut w = BufWriter::new(file);
    let bytes = generate(&bases, n, 0, seed, &mut w).expect("write");
    w.flush().expect("write");
    eprintln!("{n} articles, {bytes} bytes in {out}");
}
