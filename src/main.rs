//! The `accord` command line: parses arguments and hands each subcommand to the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// A build allocates and frees millions of small strings on every thread; mimalloc is 9 % faster
/// at it than the system allocator on a 10,000-page build (BENCHMARKS.md, third round). Built
/// without transparent huge pages, which made build times jump between two values at random.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// accord turns official statements into a cross-linked public explainer site.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Print only errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print details: where the site was written, every place of a finding.
    #[arg(long, short, global = true)]
    verbose: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build the site into the output folder.
    Build(accord::build::BuildArgs),
    /// Build, serve the site on localhost and rebuild on every change, with live reload.
    Serve(accord::serve::ServeArgs),
    /// Build in memory and report broken links, unused entries and undeclared instruments.
    Check(accord::check::CheckArgs),
    /// Create a new site that builds at once.
    Init(accord::init::InitArgs),
    /// Write a new theme, instrument, term or page with every key commented.
    New(accord::scaffold::NewArgs),
    /// Draft pages (draft: true) for undeclared instruments and unclaimed headings.
    Suggest(accord::scaffold::SuggestArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    accord::report::set_verbosity(if cli.quiet {
        accord::report::Verbosity::Quiet
    } else if cli.verbose {
        accord::report::Verbosity::Verbose
    } else {
        accord::report::Verbosity::Normal
    });
    // One clear error for a `--root` that is a file or does not exist, before any command
    // reads the site or creates an output folder beside it.
    let root = match &cli.command {
        Command::Build(args) => Some(&args.root),
        Command::Serve(args) => Some(&args.root),
        Command::Check(args) => Some(&args.root),
        Command::New(args) => Some(&args.root),
        Command::Suggest(args) => Some(&args.root),
        Command::Init(_) => None,
    };
    if let Some(Err(error)) = root.map(|root| accord::tree::check_root(root)) {
        eprint!(
            "{}",
            accord::report::render(&error, std::path::Path::new("."))
        );
        return ExitCode::FAILURE;
    }
    match cli.command {
        Command::Build(args) => accord::build::run(args),
        Command::Serve(args) => accord::serve::run(args),
        Command::Check(args) => accord::check::run(args),
        Command::Init(args) => accord::init::run(args),
        Command::New(args) => accord::scaffold::run_new(args),
        Command::Suggest(args) => accord::scaffold::run_suggest(args),
    }
}
