//! `accord serve`: a preview server with live reload. (Being written: see issue 4.)

use std::process::ExitCode;

/// Arguments of `accord serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The site's folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: std::path::PathBuf,
}

/// Runs the preview server until Ctrl-C.
pub fn run(_args: ServeArgs) -> ExitCode {
    eprintln!("accord serve is not available yet");
    ExitCode::FAILURE
}
