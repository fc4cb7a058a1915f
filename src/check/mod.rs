//! `accord check`: builds the site in memory and reports what a reader or an author would trip
//! over, grouped by kind and counted, each with its file and line.
//!
//! Errors (the exit status is then non-zero): what stops the build, broken links and broken
//! anchors anywhere in the output, templates included. Warnings: glossary terms and instruments
//! that nothing mentions, aliases that no document uses, names in the seeds that look like
//! instruments nobody has declared yet, and a base URL without a host (no sitemap then).

pub mod content;
pub mod discover;
pub mod explain;
pub mod external;
mod findings;
pub mod links;
pub mod placeholders;
pub mod seeds;
pub mod strings;

pub use findings::{Finding, Format, Kind, Report, Severity};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::build::{BuildOptions, Site};
use crate::error::Error;
use crate::output::MemorySink;
use crate::render::views::paths;

/// Arguments of `accord check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site's folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Overrides base_url from site.yaml, as `accord build --base-url` does.
    #[arg(long)]
    pub base_url: Option<String>,
    /// `text` for people, `json` for machines.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also check that external links answer (needs the network; off by default).
    #[arg(long)]
    pub external: bool,
    /// Also check pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Instead of checking, show each paragraph's themes and why (heading, words).
    #[arg(long)]
    pub explain_themes: bool,
    /// Fail on warnings too, not only on errors (for CI). A deliberate warning is silenced for
    /// one entry by its front matter's `allow: [KIND]`.
    #[arg(long)]
    pub deny_warnings: bool,
}

/// What `accord check` checks with.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// How to build the site.
    pub build: BuildOptions,
    /// Whether external links are fetched.
    pub external: bool,
}

/// Builds the site in memory and checks it. A build that fails is reported as findings too,
/// with whatever could still be checked.
pub fn check(options: &CheckOptions) -> Report {
    let site = match Site::load(&options.build) {
        Ok(site) => site,
        Err(error) => return Report::from_findings(build_findings(&error, false), 0),
    };
    let mut findings = Vec::new();
    findings.extend(content::check(&site));
    findings.extend(seeds::check(&site));
    findings.extend(placeholders::check(&site));
    findings.extend(strings::check(&site));
    if !site.urls.base.contains("://") {
        findings.push(Finding::new(
            Kind::Settings,
            crate::site::CONFIG_FILE,
            line_of_key(&options.build.root.join(crate::site::CONFIG_FILE), "base_url"),
            format!(
                "base_url `{}` names no host, so the site has no sitemap.xml and its feed ids are not web addresses",
                site.config.base_url
            ),
            "set base_url to where the site is published (https://example.org/path/), or pass --base-url",
        ));
    }
    let sink = MemorySink::default();
    let written = site.write(&sink, &crate::progress::Progress::hidden());
    let files = sink.into_files();
    // A build that failed only on anchors wrote every file: its links are still worth checking,
    // and the broken anchors are reported below from the output, with the source line.
    let complete = site
        .page_list()
        .iter()
        .all(|(_, file)| files.contains_key(file));
    if let Err(error) = &written {
        findings.extend(build_findings(error, complete));
    }
    if !complete {
        return Report::from_findings(findings, 0);
    }
    let (problems, external) = links::check(&files, &site.urls);
    let sources = Sources::new(&site);
    for problem in problems {
        let kind = if problem.anchor {
            Kind::BrokenAnchor
        } else {
            Kind::BrokenLink
        };
        let hint = if problem.anchor {
            "link to an id the page has (a heading's id is its title in lower case, with hyphens)"
        } else {
            "correct the link. In Markdown write `@/about.md` (a page, by its file in content/), `@/map.png` or `/map.png` (a file in static/ or content/) or `map.png` (beside the Markdown file): each works under any base path. In templates start links with `site.root_url` or `assets.*`"
        };
        let mut finding = Finding::new(
            kind,
            problem.file.clone(),
            Some(problem.line),
            problem.message,
            hint,
        );
        finding.source = sources.find(&problem.file, &problem.url);
        findings.push(finding);
    }
    if options.external {
        findings.extend(external::check(&external));
    }
    let (findings, silenced) = allowed(&site, findings);
    let mut report = Report::from_findings(findings, files.len());
    report.silenced = silenced;
    report
}

/// The findings without the warnings an entry's `allow:` silences, and how many those were; an
/// `allow:` that names no warning is itself a warning, with the closest name suggested.
fn allowed(site: &Site, findings: Vec<Finding>) -> (Vec<Finding>, usize) {
    let content = &site.content;
    let entries = content
        .pages
        .iter()
        .map(|p| (&p.entry.source_path, &p.entry.meta.allow))
        .chain(
            content
                .themes
                .iter()
                .map(|e| (&e.source_path, &e.meta.allow)),
        )
        .chain(
            content
                .instruments
                .iter()
                .map(|e| (&e.source_path, &e.meta.allow)),
        )
        .chain(
            content
                .glossary
                .iter()
                .map(|e| (&e.source_path, &e.meta.allow)),
        );
    let names: Vec<&str> = Kind::ALLOWED.iter().map(|k| k.name()).collect();
    let mut allow: HashMap<String, &Vec<String>> = HashMap::new();
    let mut unknown = Vec::new();
    for (path, kinds) in entries.filter(|(_, kinds)| !kinds.is_empty()) {
        let shown = path.to_string_lossy().into_owned();
        for kind in kinds.iter().filter(|k| !names.contains(&k.as_str())) {
            let close = crate::text::did_you_mean(kind, names.iter().copied())
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default();
            unknown.push(Finding::new(
                Kind::Settings,
                shown.clone(),
                line_of_key(&site.root.join(path), "allow"),
                format!("`allow` names `{kind}`, which is not a warning it can silence"),
                format!("{close}the kinds are {}", names.join(", ")),
            ));
        }
        allow.insert(shown, kinds);
    }
    let before = findings.len();
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|finding| {
            finding.severity == Severity::Error
                || !allow
                    .get(&finding.file)
                    .is_some_and(|kinds| kinds.iter().any(|k| k == finding.kind.name()))
        })
        .collect();
    let silenced = before - kept.len();
    kept.extend(unknown);
    (kept, silenced)
}

/// Build errors as findings; broken-anchor errors are left out when the output is complete
/// (they are found again in the output, with the page they break on).
fn build_findings(error: &Error, output_complete: bool) -> Vec<Finding> {
    error
        .flatten()
        .into_iter()
        .filter(|e| {
            !(output_complete
                && (crate::build::anchors::is_anchor_error(e)
                    || crate::build::file_links::is_path_error(e)))
        })
        .map(|e| match e {
            Error::Input {
                location,
                message,
                hint,
            } => Finding::new(
                Kind::BuildError,
                location.path.to_string_lossy(),
                location.line,
                message.clone(),
                hint.clone(),
            )
            .at_column(location.column),
            Error::Template { location, message } => Finding::new(
                Kind::BuildError,
                location.path.to_string_lossy(),
                location.line,
                format!("a template failed: {message}"),
                "fix the template (Tera syntax: https://keats.github.io/tera/)",
            )
            .at_column(location.column),
            Error::Io { path, .. } => Finding::new(
                Kind::BuildError,
                path.to_string_lossy(),
                None,
                e.to_string(),
                "check that the path exists and may be read",
            ),
            Error::Search { page, message } => Finding::new(
                Kind::BuildError,
                page.as_str(),
                None,
                format!("the search index could not be made: {message}"),
                "report it to accord's maintainers with the page named",
            ),
            Error::Many(_) => Finding::new(Kind::BuildError, "", None, e.to_string(), ""),
        })
        .collect()
}

/// Which content files each output page is made from, to name the source of a broken link.
struct Sources {
    root: PathBuf,
    by_output: HashMap<String, Vec<PathBuf>>,
}

impl Sources {
    fn new(site: &Site) -> Sources {
        let mut by_output: HashMap<String, Vec<PathBuf>> = HashMap::new();
        let mut add = |file: String, source: &Path| {
            by_output
                .entry(file)
                .or_default()
                .push(source.to_path_buf());
        };
        for page in &site.content.pages {
            add(format!("{}index.html", page.path), &page.entry.source_path);
        }
        for theme in &site.content.themes {
            add(
                format!("{}index.html", paths::theme(&theme.slug)),
                &theme.source_path,
            );
        }
        for instrument in &site.content.instruments {
            add(
                format!("{}index.html", paths::instrument(&instrument.slug)),
                &instrument.source_path,
            );
        }
        for term in &site.content.glossary {
            add("glossary/index.html".into(), &term.source_path);
        }
        for document in &site.documents {
            add(
                format!("{}index.html", paths::document(&document.slug)),
                &document.source_path.with_extension("yaml"),
            );
        }
        Sources {
            root: site.root.clone(),
            by_output,
        }
    }

    /// `content/x.md:LINE` of the first source file of `output` that has `url` written in it.
    fn find(&self, output: &str, url: &str) -> Option<String> {
        // The page may show the link rewritten (`@/x.md#a` becomes `/x/#a`): its path and its
        // fragment are looked for too.
        let path = url
            .split('#')
            .next()
            .filter(|u| !u.is_empty())
            .unwrap_or(url);
        let fragment = url
            .split_once('#')
            .map_or(url, |(_, f)| f)
            .trim_start_matches('#');
        let fragment = format!("#{fragment}");
        for source in self.by_output.get(output)? {
            let Ok(text) = std::fs::read_to_string(self.root.join(source)) else {
                continue;
            };
            for wanted in [url, path, fragment.as_str()] {
                if let Some(index) = text.lines().position(|line| line.contains(wanted)) {
                    return Some(format!("{}:{}", source.display(), index + 1));
                }
            }
        }
        None
    }
}

/// The 1-based line of `key:` in a YAML file, if it is there.
pub(crate) fn line_of_key(path: &Path, key: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines()
        .position(|line| {
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

/// The 1-based line of the first line of `path` containing `needle`.
pub(crate) fn line_containing(path: &Path, needle: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines()
        .position(|line| line.contains(needle))
        .map(|i| i + 1)
}

/// Runs the checks and prints the report; fails when there are errors.
pub fn run(args: CheckArgs) -> ExitCode {
    let build = BuildOptions {
        root: args.root.clone(),
        base_url: args.base_url.clone(),
        drafts: args.drafts,
    };
    if args.explain_themes {
        return match Site::load(&build) {
            Ok(site) => {
                print!("{}", explain::explain(&site));
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprint!("{}", crate::report::render(&error, &args.root));
                ExitCode::FAILURE
            }
        };
    }
    let report = check(&CheckOptions {
        build,
        external: args.external,
    });
    match args.format {
        Format::Text => print!("{}", report.text()),
        Format::Json => print!("{}", report.json()),
    }
    if report.errors > 0 || (args.deny_warnings && report.warnings > 0) {
        if report.errors == 0 && args.format == Format::Text {
            eprintln!("error: --deny-warnings: the warnings above fail the check (silence a deliberate one with `allow:` in its entry's front matter)");
        }
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
