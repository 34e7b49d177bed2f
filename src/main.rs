//! The `dictum` command: parse the arguments, run, turn the outcome into an
//! exit code. Exit codes: 0 success, 1 a search matched nothing, 2 an error.

mod cli;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(error) => {
            if is_broken_pipe(&error) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(std::io::stderr(), "dictum: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// A reader that stops early (`dictum search … | head`) is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .any(|cause| cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}
