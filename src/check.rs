//! `accord check`: builds in memory and reports problems. (Being written: see issue 5.)

use std::process::ExitCode;

/// Arguments of `accord check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site's folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: std::path::PathBuf,
}

/// Runs the checks and prints the report.
pub fn run(_args: CheckArgs) -> ExitCode {
    eprintln!("accord check is not available yet");
    ExitCode::FAILURE
}
