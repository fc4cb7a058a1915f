//! `accord new` writes one content file with every key and a comment on each; `accord suggest`
//! drafts the pages a site's seeds call for: an instrument page for each name nobody declared
//! (with the sentences that name it) and a theme for each heading no theme claims. Drafts carry
//! `draft: true`, for the author to review; nothing that exists is overwritten.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::build::{BuildOptions, Site};
use crate::check::discover::{undeclared, Undeclared};
use crate::error::{Error, Location, Result};
use crate::text::slugify;

/// What `accord new` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    /// A policy theme: content/themes/SLUG.md.
    Theme,
    /// An instrument: content/instruments/SLUG.md.
    Instrument,
    /// A glossary term: content/glossary/SLUG.md.
    Term,
    /// A page: content/SLUG.md.
    Page,
}

/// Arguments of `accord new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// theme, instrument, term or page.
    #[arg(value_enum)]
    pub kind: NewKind,
    /// Its name, title or term, as readers should see it.
    pub name: String,
    /// The site's folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// Arguments of `accord suggest`.
#[derive(Debug, clap::Args)]
pub struct SuggestArgs {
    /// The site's folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// A YAML scalar for `text`, quoted so that any text reads back as itself.
fn yaml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// The file `accord new KIND NAME` writes, relative to the site root, and its text.
pub fn new_file(kind: NewKind, name: &str) -> (PathBuf, String) {
    let slug = Some(slugify(name, 60))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "untitled".to_string());
    let quoted = yaml_string(name.trim());
    match kind {
        NewKind::Theme => (
            PathBuf::from(format!("content/themes/{slug}.md")),
            format!(
                "---\n\
                 # The theme's name, as headings and lists show it.\n\
                 title: {quoted}\n\
                 # One line for the home page and lists.\n\
                 summary: \"\"\n\
                 # Section headings of the seeds, exactly as written, whose paragraphs this theme may take.\n\
                 headings: []\n\
                 # Words and phrases whose use places a paragraph under this theme (see `accord check --explain-themes`).\n\
                 keywords: []\n\
                 # Phrases in which no keyword counts: an idiom (\"business model\") or a name that contains one.\n\
                 not_keywords: []\n\
                 # For a theme about two parties (the UK and the EU): words of which a paragraph must use one for the keywords to count.\n\
                 requires: []\n\
                 # Order on the home page, lower first.\n\
                 weight: 0\n\
                 # When you last checked the page against its sources: YYYY-MM-DD.\n\
                 # reviewed: 2026-01-31\n\
                 # Sources the page cites, each a title and a URL.\n\
                 sources: []\n\
                 # true builds the page only with --drafts.\n\
                 draft: false\n\
                 ---\n"
            ),
        ),
        NewKind::Instrument => (
            PathBuf::from(format!("content/instruments/{slug}.md")),
            format!(
                "---\n\
                 # The full name.\n\
                 name: {quoted}\n\
                 # An abbreviation or short form, if the documents use one.\n\
                 # short_name: \n\
                 # Every other way the documents write it: each mention links here.\n\
                 aliases: []\n\
                 # agreement, treaty, protocol, memorandum of understanding, platform, programme, organisation, ...\n\
                 kind: instrument\n\
                 # What it is for, in a reader's words: the instruments index groups by it.\n\
                 # purpose: \n\
                 # Two plain sentences on what it is.\n\
                 summary: \"\"\n\
                 # Who is party to it.\n\
                 parties: []\n\
                 # Its status now, as a source says it, and when that was last confirmed (YYYY-MM-DD).\n\
                 # status: \n\
                 # status_date: \n\
                 # Its status over time, oldest first: date, status, source.\n\
                 history: []\n\
                 # Themes it belongs to besides those of the passages naming it (theme file names).\n\
                 themes: []\n\
                 # When you last checked the page against its sources: YYYY-MM-DD.\n\
                 # reviewed: 2026-01-31\n\
                 # Sources the page cites, each a title and a URL.\n\
                 sources: []\n\
                 # true builds the page only with --drafts.\n\
                 draft: false\n\
                 ---\n"
            ),
        ),
        NewKind::Term => (
            PathBuf::from(format!("content/glossary/{slug}.md")),
            format!(
                "---\n\
                 # The term as it is usually written.\n\
                 term: {quoted}\n\
                 # Other ways the documents write it.\n\
                 aliases: []\n\
                 # File names of related glossary terms or instruments.\n\
                 see_also: []\n\
                 # Sources the definition relies on, each a title and a URL.\n\
                 sources: []\n\
                 # When you last checked the entry against its sources: YYYY-MM-DD.\n\
                 # reviewed: 2026-01-31\n\
                 # true builds the entry only with --drafts.\n\
                 draft: false\n\
                 ---\n"
            ),
        ),
        NewKind::Page => (
            PathBuf::from(format!("content/{slug}.md")),
            format!(
                "---\n\
                 # The page's title.\n\
                 title: {quoted}\n\
                 # One line for listings, search results and link previews.\n\
                 description: \"\"\n\
                 # Publication date: YYYY-MM-DD.\n\
                 # date: \n\
                 # Another template than page.html.\n\
                 # template: \n\
                 # Another last part of the page's URL.\n\
                 # slug: \n\
                 # Order among its siblings, lower first.\n\
                 # weight: 0\n\
                 # When you last checked the page against its sources: YYYY-MM-DD.\n\
                 # reviewed: 2026-01-31\n\
                 # Sources the page cites, each a title and a URL.\n\
                 sources: []\n\
                 # true builds the page only with --drafts.\n\
                 draft: false\n\
                 ---\n"
            ),
        ),
    }
}

/// Writes `text` to `root/relative`, never over an existing file.
fn write_new(root: &Path, relative: &Path, text: &str) -> Result<()> {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| Error::io(relative, "creating the folder of", e))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::input(
                    Location::file(relative),
                    "this file exists already, and accord does not overwrite it",
                    "edit it, or choose another name",
                )
            } else {
                Error::io(relative, "creating", e)
            }
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::io(relative, "writing", e))
}

/// Runs `accord new`.
pub fn run_new(args: NewArgs) -> ExitCode {
    let (relative, text) = new_file(args.kind, &args.name);
    match write_new(&args.root, &relative, &text) {
        Ok(()) => {
            println!(
                "Wrote {}: fill in its keys and write its text.",
                relative.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", crate::report::render(&error, &args.root));
            ExitCode::FAILURE
        }
    }
}

/// Text for a YAML comment: one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The draft instrument page for a name nobody declared.
fn instrument_draft(site: &Site, entry: &Undeclared) -> String {
    let mut text = String::from("---\n# Drafted by `accord suggest` from the seeds: check every key, write the summary and\n# the sources, then remove `draft: true`.\n");
    let _ = writeln!(text, "name: {}", yaml_string(&entry.name));
    match &entry.acronym {
        Some(acronym) => {
            let _ = writeln!(text, "short_name: {}", yaml_string(acronym));
        }
        None => text.push_str("# short_name: \n"),
    }
    let aliases: Vec<String> = entry.forms.iter().map(|f| yaml_string(f)).collect();
    let _ = writeln!(
        text,
        "# Every other way the seeds write it.\naliases: [{}]",
        aliases.join(", ")
    );
    text.push_str(
        "kind: instrument\nsummary: \"\"\nparties: []\nthemes: []\nsources: []\ndraft: true\n",
    );
    // The sentences go in YAML comments: never shown on a page, even built with --drafts.
    text.push_str("# Where the seeds name it:\n");
    for place in &entry.places {
        let document = &site.documents[place.document];
        let _ = writeln!(
            text,
            "# - {} ({}), {} (line {}): {}",
            one_line(&document.title),
            document.source_path.display(),
            place.paragraph,
            place.line,
            one_line(&place.sentence)
        );
    }
    text.push_str("---\n");
    text
}

/// Headings of the seeds that no theme lists, each with the documents it stands in.
pub fn unclaimed_headings(site: &Site) -> Vec<(String, Vec<usize>)> {
    let classifier = crate::link::Classifier::new(&site.content.themes);
    let mut headings: Vec<(String, Vec<usize>)> = Vec::new();
    for (d, document) in site.documents.iter().enumerate() {
        for heading in document
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
        {
            if !classifier.heading_themes(heading).is_empty() {
                continue;
            }
            match headings.iter_mut().find(|(h, _)| h == heading) {
                Some((_, documents)) if !documents.contains(&d) => documents.push(d),
                Some(_) => {}
                None => headings.push((heading.to_string(), vec![d])),
            }
        }
    }
    headings
}

/// The draft theme for a heading no theme claims.
fn theme_draft(site: &Site, heading: &str, documents: &[usize]) -> String {
    let mut text = String::from("---\n# Drafted by `accord suggest` from a heading of the seeds that no theme lists: give it a\n# summary and keywords, or add the heading to an existing theme's `headings` and delete\n# this file. Then remove `draft: true`.\n");
    let _ = writeln!(text, "title: {}", yaml_string(heading));
    let _ = writeln!(
        text,
        "summary: \"\"\nheadings: [{}]\nkeywords: []\nweight: 0\nsources: []\ndraft: true",
        yaml_string(heading)
    );
    text.push_str("# The heading stands in:\n");
    for &d in documents {
        let document = &site.documents[d];
        let _ = writeln!(
            text,
            "# - {} ({})",
            one_line(&document.title),
            document.source_path.display()
        );
    }
    text.push_str("---\n");
    text
}

/// Writes the drafts; returns the files written and those left alone because they exist.
pub fn suggest(site: &Site, root: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut written = Vec::new();
    let mut kept = Vec::new();
    let mut drafts: Vec<(PathBuf, String)> = undeclared(site)
        .iter()
        .map(|entry| {
            let slug = Some(slugify(&entry.name, 60))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "instrument".into());
            (
                PathBuf::from(format!("content/instruments/{slug}.md")),
                instrument_draft(site, entry),
            )
        })
        .collect();
    for (heading, documents) in unclaimed_headings(site) {
        let slug = Some(slugify(&heading, 60))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "theme".into());
        drafts.push((
            PathBuf::from(format!("content/themes/{slug}.md")),
            theme_draft(site, &heading, &documents),
        ));
    }
    for (relative, text) in drafts {
        if root.join(&relative).exists() || written.contains(&relative) {
            kept.push(relative);
            continue;
        }
        write_new(root, &relative, &text)?;
        written.push(relative);
    }
    Ok((written, kept))
}

/// Runs `accord suggest`.
pub fn run_suggest(args: SuggestArgs) -> ExitCode {
    let options = BuildOptions {
        drafts: true,
        ..BuildOptions::new(args.root.clone())
    };
    let result = Site::load(&options).and_then(|site| suggest(&site, &args.root));
    match result {
        Ok((written, kept)) => {
            for file in &written {
                println!("drafted {}", file.display());
            }
            for file in &kept {
                println!("left alone {} (it exists)", file.display());
            }
            println!(
                "{} drafts written (draft: true): review each, then remove `draft: true`.",
                written.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", crate::report::render(&error, &args.root));
            ExitCode::FAILURE
        }
    }
}
