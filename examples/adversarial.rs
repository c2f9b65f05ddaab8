//! Extraction throughput and peak memory on hostile shapes of text, each
//! extracted as one article in a child process of its own:
//!
//! ```text
//! cargo run --release --example adversarial -- [BYTES] [LIMIT_SECONDS]
//! ```
//!
//! Shapes: a one-line text of repeated `The council said "we will act"`,
//! one sentence with no end, thousands of quotation marks, nested marks,
//! huge numbers, ordinary paragraphs, and a speech cue every 11 bytes.
//! Prints wall and CPU time, MB/s per core (bytes over CPU time, so a
//! loaded machine does not skew it),
//! peak RSS and the number of length-cap cuts (see `extract::caps`) per
//! shape; a shape that runs past the limit is reported as such. Records
//! are counted as `extract_streaming` hands them over, piece by piece, and
//! let go, as the store's writer would.
//! The bar (issue 15): >= 2 MB/s on every shape, incl. a 50 MB one-line
//! file (`-- 50000000`), with peak RSS <= 200 MB.

use crosscheck::extract::caps::Caps;
use crosscheck::extract::extract_streaming;
use std::process::Command;
use std::time::{Duration, Instant};

const SHAPES: &[(&str, &str)] = &[
    (
        "one-line council",
        "The council said \"we will act\" and more. ",
    ),
    ("no sentence end", "the council said we will act and more "),
    ("quotation marks", "\"a\" "),
    ("nested marks", "“‘“‘\"we will\" act’”’” said he, "),
    (
        "huge numbers",
        "1e400 and 999999999999999999999999999999 pounds, ",
    ),
    (
        "ordinary paragraphs",
        "Mr Smith said: \"We will act on the 12% rise.\"\n\n",
    ),
    // The slowest shape `examples/fuzz_extract.rs` found: a speech cue
    // every 11 bytes.
    ("dense speech cues", "he added (\""),
];

fn text(shape: &str, bytes: usize) -> String {
    let unit = SHAPES
        .iter()
        .find(|(n, _)| *n == shape)
        .expect("known shape")
        .1;
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// Peak resident memory of this process, in MB (Linux).
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// CPU time (user + system) of this process so far, in seconds (Linux;
/// clock ticks of 10 ms): what one core spent, whatever else the machine runs.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after `)`.
    (f.get(11).unwrap_or(&0.0) + f.get(12).unwrap_or(&0.0)) / 100.0
}

fn child(shape: &str, bytes: usize) {
    let text = text(shape, bytes);
    let (started, cpu0) = (Instant::now(), cpu_seconds());
    // Records handed over piece by piece and let go, as a writer would.
    let (mut quotes, mut claims) = (0, 0);
    let streamed = extract_streaming(&text, None, &Caps::default(), &mut |p| {
        quotes += p.quotes.len();
        claims += p.claims.len();
    });
    let secs = started.elapsed().as_secs_f64();
    let cpu = (cpu_seconds() - cpu0).max(0.01);
    println!(
        "{shape:<20} {:>7.2} MB {:>7.2} s wall {:>7.2} s CPU {:>7.2} MB/s per core {:>7.1} MB peak RSS ({} quotes, {} claims, {} cuts)",
        bytes as f64 / 1e6,
        secs,
        cpu,
        bytes as f64 / 1e6 / cpu,
        peak_rss_mb(),
        quotes,
        claims,
        streamed.cuts.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        return child(&args[1], args[2].parse().unwrap());
    }
    let bytes: usize = args
        .first()
        .map_or(1_000_000, |a| a.parse().expect("BYTES"));
    let limit = Duration::from_secs(
        args.get(1)
            .map_or(120, |a| a.parse().expect("LIMIT_SECONDS")),
    );
    let me = std::env::current_exe().unwrap();
    for (shape, _) in SHAPES {
        let mut c = Command::new(&me)
            .args(["--child", shape, &bytes.to_string()])
            .spawn()
            .unwrap();
        let started = Instant::now();
        loop {
            if c.try_wait().unwrap().is_some() {
                break;
            }
            if started.elapsed() > limit {
                let _ = c.kill();
                let _ = c.wait();
                println!(
                    "{shape:<20} {:>9.2} MB did not finish in {limit:?}",
                    bytes as f64 / 1e6
                );
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
