//! `dictum serve`: the search page and JSON API on a local address.

use std::net::SocketAddr;
use std::process::ExitCode;

/// Serve a search page and a JSON API over the index.
///
/// Opens the index read-only and picks up new commits of a running
/// `dictum index` by itself. Binds to loopback unless told otherwise; the
/// API is described in the README (GET /api/search, /api/speakers,
/// /api/timeline, /api/statements/ID, /api/health).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on (port 0: any free port).
    #[arg(long, default_value = dictum::serve::DEFAULT_ADDR)]
    addr: SocketAddr,
    #[command(flatten)]
    location: super::IndexLocation,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let request = dictum::serve::ServeRequest {
        index: args.location.dir().to_path_buf(),
        aliases: args.location.aliases().map(ToOwned::to_owned),
        addr: args.addr,
    };
    dictum::serve::serve(&request, |bound| {
        if !bound.ip().is_loopback() {
            eprintln!("dictum: note: listening on {bound}, reachable from other machines; the API has no login");
        }
        // Tests and scripts read this line to learn the port.
        println!("dictum: serving {} at http://{bound}/ (Ctrl-C stops)", request.index.display());
    })?;
    Ok(ExitCode::SUCCESS)
}
