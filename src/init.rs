//! `accord init DIR`: creates a new site that builds at once.
//!
//! The starter files live in the repository's `init/` folder and are built into the binary, so
//! that `accord init` works from an installed binary with nothing else around it. The theme is not
//! copied: the default theme is built in too, and a site overrides it file by file in `templates/`
//! or with its own `themes/NAME/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use include_dir::{include_dir, Dir};

use crate::error::{Error, Location, Result};

/// The starter site, as it was when accord was compiled.
pub static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/init");

/// The folder of `init/` that holds the starter's files in other languages than English, each
/// in `languages/CODE/`, in place of the English files of the same path.
const LANGUAGES_FOLDER: &str = "languages";

/// Arguments of `accord init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to create the site in (created if missing; must be empty if it exists).
    pub directory: PathBuf,
    /// The site's language: `en` (default) or `fr`, for a starter site written in it.
    #[arg(long, default_value = "en")]
    pub language: String,
}

/// The languages the starter site is written in.
pub fn starter_languages() -> Vec<String> {
    let mut list = vec!["en".to_string()];
    if let Some(folder) = STARTER.get_dir(LANGUAGES_FOLDER) {
        list.extend(
            folder
                .dirs()
                .filter_map(|d| d.path().file_name()?.to_str().map(str::to_string)),
        );
    }
    list.sort();
    list
}

/// Writes the starter site into `directory`, which must be missing or empty; returns the files
/// written, relative to it, in path order.
pub fn create(directory: &Path) -> Result<Vec<PathBuf>> {
    create_in(directory, "en")
}

/// [`create`] with the starter written in `language` (one of [`starter_languages`]).
pub fn create_in(directory: &Path, language: &str) -> Result<Vec<PathBuf>> {
    let language = language.trim().to_ascii_lowercase();
    let languages = starter_languages();
    if !languages.contains(&language) {
        return Err(Error::input(
            Location::file("--language"),
            format!("there is no starter site in `{}`", language.escape_debug()),
            format!(
                "choose one of: {} (and translate the pages yourself for another language)",
                languages.join(", ")
            ),
        ));
    }
    if directory.exists() {
        if !directory.is_dir() {
            return Err(Error::input(
                Location::file(directory),
                "this path is a file, not a folder",
                "choose the name of a new folder for the site",
            ));
        }
        let mut entries =
            std::fs::read_dir(directory).map_err(|e| Error::io(directory, "listing", e))?;
        if entries.next().is_some() {
            return Err(Error::input(
                Location::file(directory),
                "this folder is not empty; accord init only creates a site in a new or empty folder, so that it never overwrites anyone's files",
                "choose a new folder (accord init my-site), or empty this one first",
            ));
        }
    }
    let mut files = Vec::new();
    collect(&STARTER, &mut files);
    files.retain(|(path, _)| !path.starts_with(LANGUAGES_FOLDER));
    if language != "en" {
        let folder = Path::new(LANGUAGES_FOLDER).join(&language);
        let mut translated = Vec::new();
        if let Some(dir) = STARTER.get_dir(&folder) {
            collect(dir, &mut translated);
        }
        for (path, contents) in translated {
            let relative = path.strip_prefix(&folder).unwrap_or(&path).to_path_buf();
            files.retain(|(p, _)| *p != relative);
            files.push((relative, contents));
        }
    }
    files.sort();
    for (relative, contents) in &files {
        let target = directory.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, "creating", e))?;
        }
        std::fs::write(&target, contents).map_err(|e| Error::io(&target, "writing", e))?;
    }
    // Every site has these folders, even while they are empty (a starter with no documents yet).
    for folder in ["seeds", "static"] {
        let path = directory.join(folder);
        std::fs::create_dir_all(&path).map_err(|e| Error::io(&path, "creating", e))?;
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

fn collect(dir: &Dir<'static>, out: &mut Vec<(PathBuf, &'static [u8])>) {
    for file in dir.files() {
        out.push((file.path().to_path_buf(), file.contents()));
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

/// Creates the site and says what to do next.
pub fn run(args: InitArgs) -> ExitCode {
    match create_in(&args.directory, &args.language) {
        Ok(_) if crate::report::verbosity() == crate::report::Verbosity::Quiet => ExitCode::SUCCESS,
        Ok(files) => {
            let shown = args.directory.display();
            println!("Created a new accord site in {shown}:");
            for file in files {
                println!("  {}", file.display());
            }
            println!();
            println!("Next:");
            println!("  cd {shown}");
            println!("  accord serve --open      preview it, rebuilt on every change");
            println!("  edit site.yaml, put documents in seeds/ and write content/ (see seeds/README.md)");
            println!(
                "  accord check             broken links, unused entries, instruments to declare"
            );
            println!("  push to GitHub           .github/workflows/pages.yml publishes it on GitHub Pages");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", crate::report::render(&error, Path::new(".")));
            ExitCode::FAILURE
        }
    }
}
