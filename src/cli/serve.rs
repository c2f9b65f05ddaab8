//! `crosscheck serve`: starts the review desk and says where it listens.

use anyhow::{Context, Result};
use clap::Args;
use crosscheck::serve::{DEFAULT_BIND, ServeConfig, Server};
use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on. Other machines can reach anything but
    /// 127.0.0.1 (or ::1); port 0 picks a free port.
    #[arg(long, value_name = "ADDR", default_value = DEFAULT_BIND)]
    bind: SocketAddr,
    /// Who verdicts are by when the form names nobody (default: $CROSSCHECK_REVIEWER, else the login name).
    #[arg(long)]
    reviewer: Option<String>,
}

pub fn run(db: &Path, args: ServeArgs) -> Result<ExitCode> {
    // Refuse a missing or outdated store now rather than on the first page.
    super::open(db)?;
    let config = ServeConfig {
        db: db.to_path_buf(),
        bind: args.bind,
        reviewer: args.reviewer.or_else(crosscheck::review::default_reviewer),
    };
    let server = Server::bind(&config)?;
    let addr = server.local_addr().context("reading the bound address")?;
    if let Some(w) = server.warning() {
        eprintln!("crosscheck: warning: {w}");
    }
    eprintln!(
        "crosscheck: review desk for {} at http://{addr}/ (Ctrl-C stops it)",
        db.display()
    );
    server.run()?;
    Ok(ExitCode::SUCCESS)
}
