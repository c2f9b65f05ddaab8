//! Fuzzing of extraction for longer local runs than the property tests
//! (`tests/extract_props.rs`, which CI runs) can afford:
//!
//! ```text
//! cargo run --release --example fuzz_extract -- [SECONDS] [SEED]
//! ```
//!
//! Seeded random texts of 1 KB to 1 MB, each one article: random runs of
//! hostile pieces (quotation marks, cues, names, huge numbers, odd
//! Unicode), one piece repeated (the shapes of `examples/adversarial.rs`),
//! or arbitrary Unicode. Each is extracted as an ingest would
//! (`extract_streaming`, with the default caps) under `catch_unwind`. A
//! panic fails the run, and so does a text of 64 KB or more extracted
//! slower than the time budget: 0.5 µs of CPU per byte, issue 15's bar of
//! 2 MB/s per core. CPU time is the thread's own (`/proc/thread-self/schedstat`),
//! so a loaded machine does not fail it. A failing text is written to
//! `fuzz-SEED-CASE.txt` to reproduce. Exits 1 on any failure.

#[path = "../tests/common/hostile.rs"]
mod hostile;

use crosscheck::extract::caps::Caps;
use crosscheck::extract::extract_streaming;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// CPU µs per byte allowed for a text of at least [`TIMED_BYTES`].
const BUDGET_US_PER_BYTE: f64 = 0.5;
/// Shorter texts are too quick to time.
const TIMED_BYTES: usize = 64 * 1024;
const SIZES: &[usize] = &[1 << 10, 8 << 10, 64 << 10, 256 << 10, 1 << 20];

/// xorshift64*: seeded, so a run can be repeated.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random text of about `bytes` bytes, and what kind it is.
fn text(rng: &mut Rng, bytes: usize) -> (String, &'static str) {
    let pieces = hostile::PIECES;
    let mut s = String::with_capacity(bytes + 64);
    let kind = match rng.below(3) {
        0 => {
            while s.len() < bytes {
                s.push_str(pieces[rng.below(pieces.len())]);
            }
            "pieces"
        }
        1 => {
            let unit: String = (0..1 + rng.below(6))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect();
            while s.len() < bytes {
                s.push_str(&unit);
            }
            "one unit repeated"
        }
        _ => {
            while s.len() < bytes {
                // Mostly ASCII and spaces, some of any plane.
                let c = match rng.below(4) {
                    0 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
                    1 => ' ',
                    _ => (b' ' + rng.below(95) as u8) as char,
                };
                s.push(c);
            }
            "arbitrary Unicode"
        }
    };
    (s, kind)
}

/// CPU time this thread has run, from the scheduler's own count (ns).
fn thread_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let ns = stat.split_whitespace().next().and_then(|v| v.parse().ok());
    Duration::from_nanos(ns.unwrap_or(0))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().map_or(60, |a| a.parse().expect("SECONDS"));
    let seed: u64 = args.next().map_or(1, |a| a.parse().expect("SEED"));
    // Panics are counted and reported here, not printed by the hook.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed.max(1));
    let until = Instant::now() + Duration::from_secs(seconds);
    let (mut cases, mut bytes, mut failures) = (0usize, 0usize, 0usize);
    let mut worst = (0.0f64, 0usize, "");
    while Instant::now() < until {
        cases += 1;
        let size = SIZES[rng.below(SIZES.len())];
        let (text, kind) = text(&mut rng, size);
        bytes += text.len();
        let cpu = thread_cpu();
        let run = catch_unwind(AssertUnwindSafe(|| {
            extract_streaming(&text, None, &Caps::default(), &mut |_| {})
        }));
        let us_per_byte = (thread_cpu() - cpu).as_secs_f64() * 1e6 / text.len() as f64;
        let slow = text.len() >= TIMED_BYTES && us_per_byte > BUDGET_US_PER_BYTE;
        if text.len() >= TIMED_BYTES && us_per_byte > worst.0 {
            worst = (us_per_byte, text.len(), kind);
        }
        if run.is_err() || slow {
            failures += 1;
            let file = format!("fuzz-{seed}-{cases}.txt");
            let _ = std::fs::write(&file, &text);
            let what = if slow {
                "over the time budget"
            } else {
                "panicked"
            };
            println!(
                "case {cases} ({kind}, {} bytes, {us_per_byte:.3} µs/byte): {what}; text in {file}",
                text.len()
            );
        }
    }
    println!(
        "seed {seed}: {cases} texts, {:.1} MB, {failures} failed; slowest of {} KB or more: {:.3} µs/byte ({:.1} MB/s per core; {} bytes, {})",
        bytes as f64 / 1e6,
        TIMED_BYTES / 1024,
        worst.0,
        1.0 / worst.0.max(1e-9),
        worst.1,
        worst.2
    );
    if failures > 0 {
        std::process::exit(1);
    }
}
