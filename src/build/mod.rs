//! The build driver: load, render, write. Every stage reports all the errors it finds.
//!
//! [`Site::load`] reads and links the inputs ([`crate::load`]); [`Site::write`] renders every
//! page and file into a [`Sink`], checking anchor links ([`anchors`]) once all are rendered;
//! [`build`] writes them into a staging folder that [`crate::output`] swaps into place.

pub mod anchors;
pub mod file_links;
pub mod search;
pub mod session;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use rustc_hash::FxHashSet;

use crate::error::{Error, Result};
pub use crate::load::{BuildOptions, Site};
use crate::memo::{Key, Memo};
use crate::output::{MemorySink, Sink, Staging};
use crate::progress::Progress;
use crate::render::previews::{previews_json, PREVIEWS_FILE};
use crate::render::{Bodies, PageKind};
use search::SearchIndexer;

/// What [`Site::write`] wrote.
#[derive(Debug)]
pub struct Written {
    /// Number of HTML pages.
    pub pages: usize,
    /// Number of files in all.
    pub files: usize,
    /// Every page's file (relative to the output folder), in the order the search index takes
    /// them: each language's page list, the default language's first.
    pub page_files: Vec<String>,
}

/// What a build produced.
#[derive(Debug)]
pub struct Summary {
    /// Number of HTML pages.
    pub pages: usize,
    /// Number of files in all.
    pub files: usize,
    /// Time taken.
    pub elapsed: Duration,
}
impl Site {
    /// Loads and links the site described by `options`, ready to render.
    pub fn load(options: &BuildOptions) -> Result<Site> {
        let mut site = Site::read(options)?;
        site.set_globals();
        crate::owners::check(&site)?;
        Ok(site)
    }

    /// The site after the files at `changed` changed, reading only those ([`Site::reread`]),
    /// ready to render as [`Site::load`] leaves it but for the check that every output path has
    /// one owner: the caller runs [`crate::owners::check`] beside rendering, and reports its
    /// error as [`Site::load`] would.
    pub fn reload(self, options: &BuildOptions, changed: &[PathBuf]) -> Result<Site> {
        let mut site = self.reread(options, changed)?;
        site.set_globals();
        Ok(site)
    }

    /// Renders the whole site into `sink`, counting the pages written on `progress`.
    pub fn write(&self, sink: &dyn Sink, progress: &Progress) -> Result<Written> {
        let bodies = self.render_bodies(None)?;
        self.write_bodies(&bodies, sink, progress, None)
    }

    /// [`Site::write`] with the Markdown bodies already rendered. With the `memo` of a `serve`
    /// session, every page whose key it holds is taken from it, and the search index is left
    /// out: the session makes it after the pages are served ([`session`]).
    pub fn write_bodies(
        &self,
        bodies: &Bodies,
        sink: &dyn Sink,
        progress: &Progress,
        memo: Option<&Memo>,
    ) -> Result<Written> {
        // The site's other languages (`crate::languages`), each in its own folder. Their bodies
        // are rendered first: the code stylesheet, written with the default language's shared
        // files, is wanted when any language's pages have code.
        let others = self
            .other_languages()
            .iter()
            .map(|code| {
                let site = self.localized(code)?;
                let bodies = site.render_bodies(memo)?;
                Ok((site, bodies))
            })
            .collect::<Result<Vec<_>>>()?;
        let has_code = std::iter::once(bodies)
            .chain(others.iter().map(|(_, bodies)| bodies))
            .any(|bodies| bodies.all().any(|body| body.has_code));
        let shared = Shared {
            written: Vec::new(),
            has_code,
        };
        // One index for every language: Pagefind keeps each language's apart by `<html lang>`.
        let search = match memo {
            None => Some(SearchIndexer::start()?),
            Some(_) => None,
        };
        let first = self.write_language(bodies, sink, progress, &shared, memo, search.as_ref())?;
        let (mut pages, mut files, mut page_files) = (first.pages, first.files, first.page_files);
        // Only a site in several languages needs the default language's files again.
        let shared = Shared {
            written: match others.is_empty() {
                true => Vec::new(),
                false => page_files.iter().cloned().chain(first.written).collect(),
            },
            has_code,
        };
        for (site, bodies) in &others {
            let part = site.write_language(
                bodies,
                sink,
                &Progress::hidden(),
                &shared,
                memo,
                search.as_ref(),
            )?;
            pages += part.pages;
            files += part.files;
            page_files.extend(part.page_files);
        }
        if let Some(search) = search {
            for (path, bytes) in search.finish()? {
                sink.write(&path, bytes)?;
                files += 1;
            }
            progress.search_done();
        }
        Ok(Written {
            pages,
            files,
            page_files,
        })
    }

    /// Writes the pages of the site in its language, and, in its default language, the files
    /// every language shares ([`Shared`]). Gives `search` every page, in the order of the page
    /// list.
    fn write_language(
        &self,
        bodies: &Bodies,
        sink: &dyn Sink,
        progress: &Progress,
        shared: &Shared,
        memo: Option<&Memo>,
        search: Option<&SearchIndexer>,
    ) -> Result<LanguagePart> {
        let default = self.is_default_language();
        let list = self.page_list();
        // Made once: every page is listed, and its file written, by the same code, so that a
        // list made anew gives the same pages. Tests run unoptimized: there it is made again
        // and compared, so that a change to the site after its list was made shows.
        if cfg!(debug_assertions) {
            let fresh = self.make_page_list();
            assert!(
                fresh.as_slice() == list,
                "the site changed after its page list was made"
            );
        }
        let page_files: Vec<String> = list.iter().map(|(_, file)| file.clone()).collect();
        let page_count = list.len();
        // Every file written beside the pages, for the check of Markdown links to paths inside
        // the site.
        let mut written: Vec<String> = Vec::new();
        progress.start_pages(page_count);
        // Only the pages that Markdown anchor links point at are kept for the anchor check; every
        // other page is written as soon as it is rendered, so that the whole site's HTML is never
        // in memory at once.
        let wanted: FxHashSet<&str> = bodies
            .all()
            .flat_map(|rendered| rendered.fragment_links.iter().map(|l| l.url.as_str()))
            .collect();
        let mut checked = Vec::new();
        // Rendered in parallel a batch at a time, and given to the search index in the list's
        // order, so that the index is the same in every build (`search`).
        // Without an index to feed (a `serve` session's pages come from its memo, shared), all
        // at once: a batch costs a round of waking the threads, and most pages cost less.
        let at_once = match search {
            Some(_) => PAGES_AT_ONCE,
            None => list.len().max(1),
        };
        for batch in list.chunks(at_once) {
            let rendered: Vec<RenderedPage> = batch
                .par_iter()
                .map(|(kind, file)| {
                    let page = self.write_page(*kind, file, bodies, sink, memo, &wanted, search);
                    progress.page_done();
                    page
                })
                .collect::<Result<_>>()?;
            for page in rendered {
                if let (Some(search), Some(html)) = (search, page.indexed) {
                    search.add(page.file, html);
                }
                checked.extend(page.checked);
            }
        }
        let previews = (
            PREVIEWS_FILE.to_string(),
            previews_json(self, bodies).into_bytes(),
        );
        let anchors = anchors::Anchors::collect(self, bodies, &checked);
        let mut file_count = page_count;
        if !default {
            for (path, bytes) in self.language_files().into_iter().chain([previews]) {
                let path = self.urls.other_file(&path);
                sink.write(&path, bytes)?;
                written.push(path);
                file_count += 1;
            }
            let files = file_links::Written {
                pages: list,
                files: &written,
                shared: &shared.written,
            };
            let broken_paths =
                file_links::verify_written(bodies, &files, &self.urls.root().prefix, memo);
            Error::from_list(
                [anchors.verify(), broken_paths]
                    .into_iter()
                    .filter_map(Result::err)
                    .collect(),
            )?;
            return Ok(LanguagePart {
                pages: page_count,
                files: file_count,
                written,
                page_files,
            });
        }
        for (path, bytes) in self.theme.static_files()? {
            let path = path.to_string_lossy().replace('\\', "/");
            sink.write(&path, bytes)?;
            written.push(path);
            file_count += 1;
        }
        let static_folder = self.root.join("static");
        let static_kind = crate::tree::Folder::Static;
        for (path, bytes) in crate::theme::read_folder(&self.root, &static_folder, static_kind)? {
            let path = path.to_string_lossy().replace('\\', "/");
            sink.write(&path, bytes)?;
            written.push(path);
            file_count += 1;
        }
        for (source, relative) in &self.content.assets {
            let bytes = crate::tree::read(&self.root, source)?;
            let relative = relative.to_string_lossy().replace('\\', "/");
            sink.write(&relative, bytes)?;
            written.push(relative);
            file_count += 1;
        }
        if shared.has_code {
            sink.write(
                "syntax.css",
                crate::render::highlight::stylesheet().into_bytes(),
            )?;
            written.push("syntax.css".to_string());
            file_count += 1;
        }
        // The popovers' preview texts (see render::previews).
        for (path, bytes) in self.extra_files().into_iter().chain([previews]) {
            sink.write(&path, bytes)?;
            written.push(path);
            file_count += 1;
        }
        // Checked last, once every file is written, so that `accord check` still gets the whole
        // output and can report these among the rest.
        let files = file_links::Written {
            pages: list,
            files: &written,
            shared: &shared.written,
        };
        let broken_paths = file_links::verify_written(bodies, &files, &self.urls.prefix, memo);
        Error::from_list(
            [anchors.verify(), broken_paths]
                .into_iter()
                .filter_map(Result::err)
                .collect(),
        )?;
        Ok(LanguagePart {
            pages: page_count,
            files: file_count,
            written,
            page_files,
        })
    }
    /// Renders the page `kind` into `file` and writes it; keeps its HTML for the anchor check if
    /// a Markdown link points into it (`wanted`), and for the search index if it has a part to
    /// index.
    #[allow(clippy::too_many_arguments)]
    fn write_page(
        &self,
        kind: PageKind,
        file: &str,
        bodies: &Bodies,
        sink: &dyn Sink,
        memo: Option<&Memo>,
        wanted: &FxHashSet<&str>,
        search: Option<&SearchIndexer>,
    ) -> Result<RenderedPage> {
        let html: Arc<Vec<u8>> = match memo {
            None => {
                let (template, context) = self.page_context(kind, bodies);
                Arc::new(self.templates.render(template, context)?.into_bytes())
            }
            Some(memo) => self.memoized_page(kind, bodies, memo)?,
        };
        // Rendered HTML is UTF-8, so this takes the text again.
        let text = || String::from_utf8_lossy(&html).into_owned();
        let checked = (!wanted.is_empty() && wanted.contains(self.urls.file_url(file).as_str()))
            .then(|| (file.to_string(), text()));
        let indexed = search
            .is_some()
            .then(text)
            .filter(|html| search::is_indexed(html));
        sink.write_shared(file, html)?;
        Ok(RenderedPage {
            file: file.to_string(),
            checked,
            indexed,
        })
    }
}

impl Site {
    /// The HTML of the page `kind`, from `memo` when it holds it. A page whose inputs can be
    /// hashed without making its context ([`Site::page_inputs`]) is looked up by that hash
    /// first; otherwise, or when that misses, by the key of its context
    /// ([`crate::theme::PageContext::key`]).
    fn memoized_page(&self, kind: PageKind, bodies: &Bodies, memo: &Memo) -> Result<Arc<Vec<u8>>> {
        let inputs = self.page_inputs(kind, bodies);
        if let Some(made) = inputs.and_then(|inputs| memo.find::<MadePage>(inputs)) {
            // Tests run unoptimized: there, every page taken by its inputs is checked against
            // its context, so that an input the inputs' hash leaves out shows as a failure.
            if cfg!(debug_assertions) {
                let (template, context) = self.page_context(kind, bodies);
                assert_eq!(
                    context.key(&self.templates, template),
                    made.context,
                    "the inputs' hash of {kind:?} misses something its context reads"
                );
            }
            return Ok(made.html.clone());
        }
        let (template, context) = self.page_context(kind, bodies);
        let key = context.key(&self.templates, template);
        let html = memo.get_or_make(key, || {
            self.templates
                .render(template, context)
                .map(String::into_bytes)
        })?;
        if let Some(inputs) = inputs {
            let made = MadePage {
                context: key,
                html: html.clone(),
            };
            memo.put(inputs, Arc::new(made));
        }
        Ok(html)
    }
}

/// A page stored under the hash of its inputs: its HTML, and the key of the context it was
/// made from.
struct MadePage {
    context: Key,
    html: Arc<Vec<u8>>,
}

/// How many pages are rendered at once, in parallel, before they go to the search index in the
/// page list's order.
const PAGES_AT_ONCE: usize = 256;

/// What [`Site::write_language`] wrote of one language.
struct LanguagePart {
    pages: usize,
    files: usize,
    /// Every file written beside the pages, for the check of links to paths inside the site.
    written: Vec<String>,
    /// The pages' files, in the order of the page list.
    page_files: Vec<String>,
}

/// A page written by [`Site::write_page`], with what the steps after it need of its HTML.
struct RenderedPage {
    file: String,
    /// (file, HTML) when a Markdown anchor link points into the page.
    checked: Option<(String, String)>,
    /// The HTML, when the page goes to the search index.
    indexed: Option<String>,
}

/// What the languages of a site share when each is written: the files the default language
/// wrote (for another language's link check), and whether any language's pages have code.
struct Shared {
    written: Vec<String>,
    has_code: bool,
}

/// Builds the site into the output folder, replacing it only when everything succeeded.
pub fn build(options: &BuildOptions, output: &Path) -> Result<Summary> {
    let started = Instant::now();
    let progress = Progress::new(started);
    // The staging folder is checked and made beside loading: a build into a folder it may not
    // replace stops before rendering anything.
    let (site, staging) = rayon::join(
        || Site::load(options),
        || Staging::new(&options.root, output),
    );
    let (site, staging) = match (site, staging) {
        (Ok(site), Ok(staging)) => (site, staging),
        (Err(error), Ok(staging)) => {
            staging.abandon();
            return Err(error);
        }
        (Ok(_), Err(error)) => return Err(error),
        (Err(a), Err(b)) => return Err(Error::Many(vec![a, b])),
    };
    let written = site.write(&staging, &progress);
    progress.finish();
    match written {
        Ok(Written { pages, files, .. }) => {
            staging.publish()?;
            Ok(Summary {
                pages,
                files,
                elapsed: started.elapsed(),
            })
        }
        Err(error) => {
            staging.abandon();
            Err(error)
        }
    }
}

/// Builds the site in memory: every output file by path.
pub fn build_in_memory(
    options: &BuildOptions,
) -> Result<std::collections::BTreeMap<String, Vec<u8>>> {
    let site = Site::load(options)?;
    let sink = MemorySink::default();
    site.write(&sink, &Progress::hidden())?;
    Ok(sink.into_files())
}

/// Arguments of `accord build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The site's folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the site; relative paths are inside the site's folder.
    #[arg(long, default_value = "public")]
    pub output: PathBuf,
    /// Overrides base_url from site.yaml (for example a fork's GitHub Pages address).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Also build pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

/// `accord build`: builds the site and says what it wrote, or reports every error.
pub fn run(args: BuildArgs) -> ExitCode {
    let output = if args.output.is_absolute() {
        args.output
    } else {
        args.root.join(args.output)
    };
    let options = BuildOptions {
        root: args.root.clone(),
        base_url: args.base_url,
        drafts: args.drafts,
    };
    match build(&options, &output) {
        Ok(summary) => {
            let verbosity = crate::report::verbosity();
            if verbosity > crate::report::Verbosity::Quiet {
                println!(
                    "{} in {} ms",
                    crate::report::built(summary.pages, summary.files),
                    summary.elapsed.as_millis()
                );
            }
            if verbosity == crate::report::Verbosity::Verbose {
                println!("  into {}", output.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", crate::report::render(&error, &args.root));
            ExitCode::FAILURE
        }
    }
}
