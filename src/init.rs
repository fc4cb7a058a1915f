//! `accord init`: creates a new site. (Being written: see issue 5.)

use std::process::ExitCode;

/// Arguments of `accord init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to create the site in.
    pub directory: std::path::PathBuf,
}

/// Creates the site.
pub fn run(_args: InitArgs) -> ExitCode {
    eprintln!("accord init is not available yet");
    ExitCode::FAILURE
}
