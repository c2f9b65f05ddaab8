//! The ingest progress bar (bytes, articles, rate, ETA) on a terminal;
//! nothing but the problems themselves when stderr is not a terminal.

use crosscheck::diagnostics::Diagnostic;
use crosscheck::ingest::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::cell::Cell;
use std::io::IsTerminal;
use std::time::Duration;

/// After this many problem lines, the rest are only counted in the summary.
const MAX_PRINTED: usize = 200;

pub struct Bar {
    bar: ProgressBar,
    articles: Cell<u64>,
    printed: Cell<usize>,
}

impl Bar {
    pub fn new() -> Self {
        let bar = ProgressBar::hidden();
        if std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(8));
        }
        Bar {
            bar,
            articles: Cell::new(0),
            printed: Cell::new(0),
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
        let printed = self.printed.get();
        if printed > MAX_PRINTED {
            eprintln!(
                "… {} more problems not shown (counted in the summary)",
                printed - MAX_PRINTED
            );
        }
    }
}

impl Progress for Bar {
    fn start(&self, total_bytes: Option<u64>) {
        let style = match total_bytes {
            Some(total) => {
                self.bar.set_length(total);
                ProgressStyle::with_template(
                    "{spinner} {bar:30} {binary_bytes}/{binary_total_bytes} · {msg} · {binary_bytes_per_sec} · {steady_eta}",
                )
                .map(|s| s.with_key("steady_eta", steady_eta))
            }
            None => ProgressStyle::with_template(
                "{spinner} {binary_bytes} · {msg} · {binary_bytes_per_sec} · {elapsed}",
            ),
        };
        if let Ok(style) = style {
            self.bar.set_style(style);
        }
        self.bar.set_message("0 articles");
    }

    fn advance(&self, bytes: u64, articles: u64) {
        self.bar.inc(bytes);
        if articles > 0 {
            let n = self.articles.get() + articles;
            self.articles.set(n);
            self.bar.set_message(format!("{n} articles"));
        }
    }

    fn diagnostic(&self, d: &Diagnostic) {
        let n = self.printed.get() + 1;
        self.printed.set(n);
        if n <= MAX_PRINTED {
            self.bar.suspend(|| eprintln!("{d}"));
        }
    }
}

/// The ETA, once enough of the input is behind it to mean something:
/// indicatif's first estimates, from a fraction of a second of a pipeline
/// that is still starting up, read "ETA 42m".
fn steady_eta(state: &ProgressState, w: &mut dyn std::fmt::Write) {
    let text = eta_text(
        state.elapsed(),
        state.pos(),
        state.len().unwrap_or(0),
        state.eta(),
    );
    let _ = w.write_str(&text);
}

/// Seconds of reading, and the share of the input read, before an ETA is shown.
const STEADY_AFTER: Duration = Duration::from_secs(2);
const STEADY_SHARE: u64 = 20; // 1/20th: 5%

/// `ETA …` until [`STEADY_AFTER`] has passed and 1/[`STEADY_SHARE`] of
/// the input is read; then indicatif's estimate.
fn eta_text(elapsed: Duration, pos: u64, total: u64, eta: Duration) -> String {
    let steady = elapsed >= STEADY_AFTER && total > 0 && pos.saturating_mul(STEADY_SHARE) >= total;
    if steady {
        format!("ETA {:#}", indicatif::HumanDuration(eta))
    } else {
        "ETA …".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_eta_until_the_estimate_means_something() {
        let s = Duration::from_secs_f64;
        let mb = 1_000_000;
        // (elapsed, read, total, indicatif's estimate, shown)
        let cases = [
            // The first instants of a run: indicatif guesses 42 minutes.
            (s(0.1), mb / 100, mb, s(2520.0), "ETA …"),
            (s(0.0), 0, mb, s(0.0), "ETA …"),
            // Long enough, but too little read.
            (s(5.0), mb / 100, mb, s(500.0), "ETA …"),
            // Much read, but too soon.
            (s(1.0), mb / 2, mb, s(1.0), "ETA …"),
            // Nothing to measure against.
            (s(10.0), 0, 0, s(0.0), "ETA …"),
            // Steady: the estimate is shown.
            (s(3.0), mb / 10, mb, s(27.0), "ETA 27s"),
            (s(2.0), mb / 20, mb, s(38.0), "ETA 38s"),
        ];
        for (elapsed, pos, total, eta, shown) in cases {
            assert_eq!(
                eta_text(elapsed, pos, total, eta),
                shown,
                "{elapsed:?} {pos}/{total}"
            );
        }
    }
}
