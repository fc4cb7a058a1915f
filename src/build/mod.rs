//! The build driver: load, render, write. Every stage reports all the errors it finds.
//!
//! [`Site::load`] reads and links the inputs ([`crate::load`]); [`Site::write`] renders every
//! page and file into a [`Sink`], checking anchor links ([`anchors`]) once all are rendered;
//! [`build`] writes them into a staging folder that [`crate::output`] swaps into place.

pub mod anchors;
pub mod file_links;
pub mod session;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, Result};
pub use crate::load::{BuildOptions, Site};
use crate::memo::Memo;
use crate::output::{MemorySink, Sink, Staging};
use crate::progress::Progress;
use crate::render::Bodies;

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
    /// ready to render as [`Site::load`] leaves it.
    pub fn reload(self, options: &BuildOptions, changed: &[PathBuf]) -> Result<Site> {
        let mut site = self.reread(options, changed)?;
        site.set_globals();
        crate::owners::check(&site)?;
        Ok(site)
    }

    /// Renders the whole site into `sink`, counting the pages written on `progress`; returns
    /// the number of HTML pages and of files.
    pub fn write(&self, sink: &dyn Sink, progress: &Progress) -> Result<(usize, usize)> {
        let bodies = self.render_bodies(None)?;
        self.write_bodies(&bodies, sink, progress, None)
    }

    /// [`Site::write`] with the Markdown bodies already rendered. With the `memo` of a `serve`
    /// session, every page whose key it holds is taken from it, and the search files are left
    /// out: the session makes them after the pages are served ([`session`]).
    pub fn write_bodies(
        &self,
        bodies: &Bodies,
        sink: &dyn Sink,
        progress: &Progress,
        memo: Option<&Memo>,
    ) -> Result<(usize, usize)> {
        let (mut pages, mut files, written) =
            self.write_language(bodies, sink, progress, &HashSet::new(), memo)?;
        // The site's other languages (`crate::languages`), each in its own folder.
        for code in self.other_languages() {
            let site = self.localized(&code)?;
            let bodies = site.render_bodies(memo)?;
            let (more_pages, more_files, _) =
                site.write_language(&bodies, sink, &Progress::hidden(), &written, memo)?;
            pages += more_pages;
            files += more_files;
        }
        Ok((pages, files))
    }

    /// Writes the pages of the site in its language, and, in its default language, the files
    /// every language shares; `shared` names the files already written (by the default
    /// language, for another). Returns the pages and files written and their names.
    fn write_language(
        &self,
        bodies: &Bodies,
        sink: &dyn Sink,
        progress: &Progress,
        shared: &HashSet<String>,
        memo: Option<&Memo>,
    ) -> Result<(usize, usize, HashSet<String>)> {
        let default = self.is_default_language();
        let list = self.page_list();
        let page_count = list.len();
        // Every file written, for the check of Markdown links to paths inside the site.
        let mut written: HashSet<String> = list.iter().map(|(_, file)| file.clone()).collect();
        written.extend(shared.iter().cloned());
        progress.start_pages(page_count);
        // Only the pages that Markdown anchor links point at are kept for the anchor check; every
        // other page is written as soon as it is rendered, so that the whole site's HTML is never
        // in memory at once.
        let wanted: HashSet<&str> = bodies
            .all()
            .flat_map(|rendered| rendered.fragment_links.iter().map(|l| l.url.as_str()))
            .collect();
        // The search index is one long sequential job: it runs beside the pages, not after them.
        let (checked, search_files) = rayon::join(
            || -> Result<Vec<(String, String)>> {
                let checked: Vec<Option<(String, String)>> = list
                    .into_par_iter()
                    .map(|(kind, file)| {
                        let url = self.urls.file_url(&file);
                        let checked = wanted.contains(url.as_str());
                        let (template, context) = self.page_context(kind, bodies);
                        let checked = match memo {
                            None => {
                                let html = self.templates.render(template, context)?;
                                let checked = checked.then(|| (file.clone(), html.clone()));
                                sink.write(&file, html.into_bytes())?;
                                checked
                            }
                            Some(memo) => {
                                let key = context.key(&self.templates, template);
                                let html = memo.get_or_make(key, || {
                                    self.templates
                                        .render(template, context)
                                        .map(String::into_bytes)
                                })?;
                                // Rendered HTML is UTF-8, so this takes the text again.
                                let checked = checked.then(|| {
                                    (file.clone(), String::from_utf8_lossy(&html).into_owned())
                                });
                                sink.write_shared(&file, html)?;
                                checked
                            }
                        };
                        progress.page_done();
                        Ok(checked)
                    })
                    .collect::<Result<_>>()?;
                Ok(checked.into_iter().flatten().collect())
            },
            || {
                // Each language has its own index, in its folder (`fr/search-index.json`). A
                // session makes the default language's after the pages are served
                // (`session::Session::search_job`).
                let files = if default && memo.is_some() {
                    Vec::new()
                } else {
                    crate::render::search::files(self, bodies)
                };
                progress.search_done();
                files
            },
        );
        let anchors = anchors::Anchors::collect(self, bodies, &checked?);
        let mut file_count = page_count;
        if !default {
            for (path, bytes) in self.language_files().into_iter().chain(search_files) {
                let path = self.urls.other_file(&path);
                sink.write(&path, bytes)?;
                written.insert(path);
                file_count += 1;
            }
            let broken_paths = file_links::verify(bodies, &written, &self.urls.root().prefix);
            Error::from_list(
                [anchors.verify(), broken_paths]
                    .into_iter()
                    .filter_map(Result::err)
                    .collect(),
            )?;
            return Ok((page_count, file_count, written));
        }
        let has_code = bodies.pages.iter().any(|b| b.has_code);
        for (path, bytes) in self.theme.static_files()? {
            let path = path.to_string_lossy().replace('\\', "/");
            sink.write(&path, bytes)?;
            written.insert(path);
            file_count += 1;
        }
        let static_folder = self.root.join("static");
        let static_kind = crate::tree::Folder::Static;
        for (path, bytes) in crate::theme::read_folder(&self.root, &static_folder, static_kind)? {
            let path = path.to_string_lossy().replace('\\', "/");
            sink.write(&path, bytes)?;
            written.insert(path);
            file_count += 1;
        }
        for (source, relative) in &self.content.assets {
            let bytes = crate::tree::read(&self.root, source)?;
            let relative = relative.to_string_lossy().replace('\\', "/");
            sink.write(&relative, bytes)?;
            written.insert(relative);
            file_count += 1;
        }
        if has_code {
            sink.write(
                "syntax.css",
                crate::render::highlight::stylesheet().into_bytes(),
            )?;
            written.insert("syntax.css".to_string());
            file_count += 1;
        }
        // The search index and the popovers' preview texts (see render::search).
        for (path, bytes) in self.extra_files().into_iter().chain(search_files) {
            sink.write(&path, bytes)?;
            written.insert(path);
            file_count += 1;
        }
        // Checked last, once every file is written, so that `accord check` still gets the whole
        // output and can report these among the rest.
        let broken_paths = file_links::verify(bodies, &written, &self.urls.prefix);
        Error::from_list(
            [anchors.verify(), broken_paths]
                .into_iter()
                .filter_map(Result::err)
                .collect(),
        )?;
        Ok((page_count, file_count, written))
    }
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
        Ok((pages, files)) => {
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
