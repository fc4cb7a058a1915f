//! Seeds: the original documents, plain text in `seeds/`, read into [`Document`]s.
//!
//! A seed is never modified. Its metadata comes from the text itself (see [`parse`]) and from an
//! optional sidecar `NAME.yaml` beside it (see [`sidecar`]), which wins where both speak.

mod additions;
mod body;
mod captions;
mod chrome;
mod consent;
mod date_lines;
pub mod dateline;
mod day_order;
mod fields;
mod first_date;
mod framing;
mod images;
mod labels;
pub mod language;
mod lead;
mod line_kinds;
mod mastheads;
mod nordic_date;
mod notitle;
mod opening;
mod page_end;
pub mod parse;
mod place_date;
mod published_field;
mod quoted_date;
pub mod sidecar;
mod start;
mod summary_repeat;
mod videos;
mod widgets;
mod wire_lines;
mod words;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::date::{DateMention, PartialDate};
use crate::error::{line_column, CollectAll, Error, Location, Result};
use crate::text::{is_valid_slug, slugify};
pub use sidecar::{Original, Sidecar};

/// One source document, as accord understands it.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The seed file, relative to the site root.
    pub source_path: PathBuf,
    /// The last part of the page's URL: `/documents/SLUG/`.
    pub slug: String,
    /// The language the document is written in, a BCP 47 tag (`fr`, `nl-BE`): from the
    /// sidecar's `language:`, else from the file name (`NAME.fr.txt`), else the site's language.
    /// A page showing the text marks it with this language, whatever the page's own.
    pub language: String,
    /// The title shown on the page.
    pub title: String,
    /// What kind of document it is: "press release", "joint statement", "readout", ...
    pub kind: String,
    /// Who issued it, when known.
    pub publisher: Option<String>,
    /// When it was issued, when known: never guessed.
    pub date: Option<PartialDate>,
    /// Where this copy of the text was taken from.
    pub source_url: Option<String>,
    /// Markdown note from the sidecar on where the text comes from.
    pub provenance: Option<String>,
    /// The official text, when the seed is a copy or a rewording of it.
    pub original: Option<Original>,
    /// The licence of the document's text, from the sidecar: never guessed.
    pub licence: Option<crate::content::model::Licence>,
    /// The site's own plain-language summary of the document, from the sidecar.
    pub overview: Option<String>,
    /// Lines before the body, verbatim: site labels, breadcrumbs, the title line, "issued by".
    pub preamble: Vec<String>,
    /// The body, in order.
    pub sections: Vec<Section>,
    /// A paragraph that repeats the opening one almost word for word: the copy is kept as it
    /// is, and the page says so.
    pub repeated_lede: Option<String>,
    /// Themes the sidecar sets by hand, by paragraph id (see [`Sidecar::paragraph_themes`]).
    #[serde(skip)]
    pub paragraph_themes: BTreeMap<String, Vec<String>>,
    /// The first sentence of the first paragraph, which lists of documents show under each
    /// title: found once here, as a long list shows a document on many pages.
    #[serde(skip)]
    pub summary: String,
}

/// A run of paragraphs under one heading (or under none, at the start).
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The heading line, verbatim; `None` for paragraphs before any heading.
    pub heading: Option<String>,
    /// Anchor id of the heading.
    pub id: String,
    /// The paragraphs.
    pub paragraphs: Vec<Paragraph>,
}

/// One paragraph of a seed.
#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
    /// Stable anchor id: `p-1`, `p-2`, ... in document order.
    pub id: String,
    /// The text, verbatim but for line breaks inside the paragraph, which become spaces.
    pub text: String,
    /// 1-based line where the paragraph starts in the seed.
    pub line: usize,
    /// Dates the paragraph mentions.
    #[serde(skip)]
    pub dates: Vec<DateMention>,
}

impl Document {
    /// Every paragraph with the index of its section.
    pub fn paragraphs(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(index, section)| section.paragraphs.iter().map(move |p| (index, p)))
    }
}

/// Whether `path` has the extension `extension`, in any case (`x.TXT` is a seed too).
fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// The seeds of `seeds/`: each `.txt` file at its top (in any case) with the sidecar beside it
/// (`NAME.yaml` or `NAME.yml`), and the files there that are neither, which accord does not read.
#[derive(Debug, Default)]
pub struct SeedFiles {
    /// (seed, sidecar), in file-name order.
    pub seeds: Vec<(PathBuf, Option<PathBuf>)>,
    /// Sidecars without a seed, and seeds in sub-folders, relative to the site's folder.
    pub unused: Vec<PathBuf>,
}

/// Lists the seeds below `root` (see [`SeedFiles`]).
pub fn seed_files(root: &Path) -> Result<SeedFiles> {
    let directory = root.join("seeds");
    let mut listed = SeedFiles::default();
    let files = crate::tree::files(root, &directory, crate::tree::Folder::Other)?;
    let mut sidecars: Vec<&crate::tree::TreeFile> = files
        .iter()
        .filter(|f| f.relative.components().count() == 1)
        .filter(|f| has_extension(&f.path, &["yaml", "yml"]))
        .collect();
    for file in &files {
        if !has_extension(&file.path, &["txt"]) {
            continue;
        }
        if file.relative.components().count() > 1 {
            listed
                .unused
                .push(file.path.strip_prefix(root).unwrap_or(&file.path).into());
            continue;
        }
        let stem = file.path.file_stem();
        let sidecar = sidecars
            .iter()
            .position(|s| s.path.file_stem() == stem)
            .map(|index| sidecars.remove(index).path.clone());
        listed.seeds.push((file.path.clone(), sidecar));
    }
    listed.unused.extend(
        sidecars
            .into_iter()
            .map(|s| s.path.strip_prefix(root).unwrap_or(&s.path).to_path_buf()),
    );
    listed.unused.sort();
    Ok(listed)
}

/// Reads every seed below `root` (see [`seed_files`]), in file-name order. A seed whose file
/// name and sidecar give no language is in `default_language`, the site's.
pub fn load_all(root: &Path, default_language: &str) -> Result<Vec<Document>> {
    let listed = seed_files(root)?;
    // A seed accord would not read, or metadata for no seed, is a mistake to point out rather
    // than to pass over: the document would silently be missing from the site.
    let unused = listed.unused.iter().map(|path| {
        let in_folder = path.components().count() > 2;
        if in_folder {
            Error::input(
                Location::file(path),
                "seeds are read only at the top of seeds/, not in folders below it",
                "move the file into seeds/ itself",
            )
        } else {
            Error::input(
                Location::file(path),
                "this metadata file has no seed beside it with the same name",
                "name it after its seed (NAME.txt and NAME.yaml), or remove it",
            )
        }
    });
    Error::from_list(unused.collect())?;
    // Seeds are independent: read and parsed in parallel, gathered in file-name order, so that
    // the documents and the errors are those of a sequential read.
    let loaded: Vec<Result<Document>> = listed
        .seeds
        .par_iter()
        .map(|(seed, sidecar)| load_with(root, seed, sidecar.as_deref(), default_language))
        .collect();
    loaded.into_iter().collect_all()
}

/// Reads one seed and its sidecar (`NAME.yaml` beside it, if there is one); without a language
/// of its own, the document is taken to be in English.
pub fn load_one(root: &Path, path: &Path) -> Result<Document> {
    let sidecar = path.with_extension("yaml");
    load_with(
        root,
        path,
        Some(sidecar.as_path()).filter(|p| p.exists()),
        "en",
    )
}

fn load_with(
    root: &Path,
    path: &Path,
    sidecar_path: Option<&Path>,
    default_language: &str,
) -> Result<Document> {
    let relative = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let bytes = crate::tree::read(root, path)?;
    let text = decode(&relative, &bytes)?;
    let sidecar = match sidecar_path {
        Some(sidecar_path) => {
            let relative_sidecar = sidecar_path.strip_prefix(root).unwrap_or(sidecar_path);
            // Read where it really is, once known to be inside the site.
            let real = crate::tree::inside(root, sidecar_path)?;
            Sidecar::load(&real, relative_sidecar)?
        }
        None => Sidecar::default(),
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The sidecar wins over the file name, as everywhere: `report.ok.txt` may say `language: en`.
    let language = sidecar
        .language
        .clone()
        .or_else(|| language::from_file_name(path))
        .unwrap_or_else(|| default_language.to_string());
    build_document(relative, &stem, &text, sidecar, language)
}

/// Turns seed bytes into text: UTF-8 required, a byte-order mark dropped, line endings unified.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            let (line, column) = line_column(valid, valid.len());
            return Err(Error::input(
                Location::at(path, line, column),
                "this seed is not valid UTF-8 text",
                "save the document as UTF-8 (for example with `iconv -f WINDOWS-1252 -t UTF-8`)",
            ));
        }
    };
    if let Some(offset) = text.find('\0') {
        let (line, column) = line_column(text, offset);
        return Err(Error::input(
            Location::at(path, line, column),
            "this seed contains a NUL byte, so it is probably not a text file",
            "copy the document's text into a plain .txt file",
        ));
    }
    if text.trim().is_empty() {
        return Err(Error::input(
            Location::file(path),
            "this seed is empty",
            "paste the document's text into it, or delete the file",
        ));
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn build_document(
    source_path: PathBuf,
    stem: &str,
    text: &str,
    sidecar: Sidecar,
    language: String,
) -> Result<Document> {
    let parsed = parse::parse_in(text, crate::date::TextLanguage::of(&language));
    // A page copied without its story (a title and a date line only) would make a document
    // page with nothing to read or link to.
    if parsed.sections.iter().all(|s| s.paragraphs.is_empty()) {
        return Err(Error::input(
            Location::file(&source_path),
            "this seed has no paragraph of text, only lines read as its title, date or page furniture",
            "paste the document's text below its title, or delete the file",
        ));
    }
    let title = sidecar
        .title
        .clone()
        .or(parsed.title)
        .or_else(|| parse::first_sentence_title(&parsed.sections))
        .unwrap_or_else(|| stem.to_string());
    let slug = match &sidecar.slug {
        Some(slug) if is_valid_slug(slug) => slug.clone(),
        Some(slug) => {
            return Err(Error::input(
                Location::file(source_path.with_extension("yaml")),
                format!("the slug `{slug}` cannot be used in a URL"),
                "use only letters, digits, `-` and `_` (no `/`, `\\` or `..`)",
            ))
        }
        None => Some(slugify(&title, 60))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| slugify(stem, 60))
            .chars()
            .collect(),
    };
    let slug = if slug.is_empty() {
        "document".to_string()
    } else {
        slug
    };
    Ok(Document {
        source_path,
        slug,
        language,
        title,
        kind: sidecar
            .kind
            .or(parsed.kind)
            .unwrap_or_else(|| "document".to_string()),
        publisher: sidecar.publisher.or(parsed.publisher),
        date: sidecar.date.or(parsed.date),
        source_url: sidecar.source_url,
        provenance: sidecar.provenance,
        original: sidecar.original,
        licence: sidecar.licence,
        overview: sidecar.overview,
        paragraph_themes: sidecar.paragraph_themes,
        repeated_lede: parsed.repeated_lede,
        preamble: parsed.preamble,
        summary: parse::first_sentence(&parsed.sections)
            .unwrap_or("")
            .to_string(),
        sections: parsed.sections,
    })
}
