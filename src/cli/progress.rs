//! The ingest progress bar (bytes, articles, rate, ETA) on a terminal;
//! nothing but the problems themselves when stderr is not a terminal.

use crosscheck::diagnostics::Diagnostic;
use crosscheck::ingest::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::cell::Cell;
use std::io::IsTerminal;

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
    let total = state.len().unwrap_or(0);
    let steady = state.elapsed().as_secs_f64() >= 2.0 && total > 0 && state.pos() * 20 >= total;
    let _ = if steady {
        write!(w, "ETA {:#}", indicatif::HumanDuration(state.eta()))
    } else {
        write!(w, "ETA …")
    };
}
