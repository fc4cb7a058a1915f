//! What `accord check` reports: each finding with its kind, severity and place, and the report
//! that groups and counts them, as text for people or JSON for machines.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::report::count;

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Grouped, for a terminal.
    Text,
    /// One JSON object, for machines.
    Json,
}

/// How bad a finding is: errors make `accord check` fail, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something readers would trip over.
    Error,
    /// Something an author may want to do.
    Warning,
}

/// The kinds of finding, in the order the report shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The build itself failed.
    BuildError,
    /// A link to a file the output does not have, or outside the base path.
    BrokenLink,
    /// A link to an anchor its page does not have.
    BrokenAnchor,
    /// An external link that does not answer (only with `--external`).
    BrokenExternalLink,
    /// A glossary term nothing mentions.
    UnusedTerm,
    /// An instrument nothing mentions.
    UnusedInstrument,
    /// An alias no document uses.
    UnusedAlias,
    /// A name in the seeds that looks like an instrument nobody declared.
    UndeclaredInstrument,
    /// A theme heading that no seed has.
    UnmatchedHeading,
    /// An example value left from `accord init`.
    Placeholder,
    /// A setting that weakens the published site.
    Settings,
    /// Interface strings a language of the site lacks, shown in the default language instead.
    MissingStrings,
}

impl Kind {
    /// Errors fail the check; the rest are warnings.
    pub fn severity(self) -> Severity {
        match self {
            Kind::BuildError | Kind::BrokenLink | Kind::BrokenAnchor | Kind::BrokenExternalLink => {
                Severity::Error
            }
            _ => Severity::Warning,
        }
    }

    /// The kind's name, as JSON and the `allow:` key of front matter write it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::BuildError => "build-error",
            Kind::BrokenLink => "broken-link",
            Kind::BrokenAnchor => "broken-anchor",
            Kind::BrokenExternalLink => "broken-external-link",
            Kind::UnusedTerm => "unused-term",
            Kind::UnusedInstrument => "unused-instrument",
            Kind::UnusedAlias => "unused-alias",
            Kind::UndeclaredInstrument => "undeclared-instrument",
            Kind::UnmatchedHeading => "unmatched-heading",
            Kind::Placeholder => "placeholder",
            Kind::Settings => "settings",
            Kind::MissingStrings => "missing-strings",
        }
    }

    /// The warnings about a content entry, which its front matter's `allow:` may silence.
    pub const ALLOWED: [Kind; 5] = [
        Kind::UnusedTerm,
        Kind::UnusedInstrument,
        Kind::UnusedAlias,
        Kind::UnmatchedHeading,
        Kind::Placeholder,
    ];

    /// The heading of the kind's group in the report.
    pub fn title(self) -> &'static str {
        match self {
            Kind::BuildError => "build errors",
            Kind::BrokenLink => "broken links",
            Kind::BrokenAnchor => "broken anchors",
            Kind::BrokenExternalLink => "external links that do not answer",
            Kind::UnusedTerm => "glossary terms nothing mentions",
            Kind::UnusedInstrument => "instruments nothing mentions",
            Kind::UnusedAlias => "aliases no document uses",
            Kind::UndeclaredInstrument => "likely instruments nobody declared",
            Kind::UnmatchedHeading => "theme headings no seed has",
            Kind::Placeholder => "examples left from accord init",
            Kind::Settings => "settings",
            Kind::MissingStrings => "interface strings missing in a language",
        }
    }
}

/// One problem, where it is, and what to do about it.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// What kind of problem.
    pub kind: Kind,
    /// Error or warning.
    pub severity: Severity,
    /// The file: an output path (`documents/x/index.html`) for links, a source path otherwise.
    pub file: String,
    /// The line in that file, when known.
    pub line: Option<usize>,
    /// The column in that line, when known (build errors carry one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// For a problem in the output that comes from a content file: that file and line.
    pub source: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub hint: String,
}

impl Finding {
    /// A finding of `kind` at `file` (and `line`).
    pub fn new(
        kind: Kind,
        file: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Finding {
        Finding {
            kind,
            severity: kind.severity(),
            file: file.into(),
            line,
            column: None,
            source: None,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// The same finding at `column` of its line.
    pub fn at_column(mut self, column: Option<usize>) -> Finding {
        self.column = column;
        self
    }

    /// `file:line:column`, `file:line`, or `file`.
    pub fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", self.file),
            (Some(line), None) => format!("{}:{line}", self.file),
            _ => self.file.clone(),
        }
    }
}

/// Everything `accord check` found.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// Number of error findings.
    pub errors: usize,
    /// Number of warning findings.
    pub warnings: usize,
    /// Number of output files checked (0 when the build failed).
    pub files_checked: usize,
    /// Number of warnings left out because their entry's `allow:` names their kind.
    pub silenced: usize,
    /// The findings, sorted by kind, file and line.
    pub findings: Vec<Finding>,
}

impl Report {
    pub(super) fn from_findings(mut findings: Vec<Finding>, files_checked: usize) -> Report {
        findings.sort_by(|a, b| {
            (a.kind, &a.file, a.line, &a.message).cmp(&(b.kind, &b.file, b.line, &b.message))
        });
        findings.dedup_by(|a, b| {
            a.kind == b.kind && a.file == b.file && a.line == b.line && a.message == b.message
        });
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        Report {
            errors,
            warnings: findings.len() - errors,
            files_checked,
            silenced: 0,
            findings,
        }
    }

    /// The report for a terminal: one group per kind with its count; identical problems found
    /// on many pages (a template's link) are listed once with the places they occur.
    pub fn text(&self) -> String {
        let verbosity = crate::report::verbosity();
        let mut out = String::new();
        let mut kinds: Vec<Kind> = self.findings.iter().map(|f| f.kind).collect();
        kinds.dedup();
        if verbosity == crate::report::Verbosity::Quiet {
            kinds.retain(|kind| kind.severity() == Severity::Error);
        }
        let places_shown = if verbosity == crate::report::Verbosity::Verbose {
            usize::MAX
        } else {
            5
        };
        for kind in kinds {
            let group: Vec<&Finding> = self.findings.iter().filter(|f| f.kind == kind).collect();
            let label = match kind.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let _ = writeln!(
                out,
                "{}: {}",
                kind.title(),
                count(group.len(), label, &format!("{label}s"))
            );
            // Same message and hint: one entry with every place.
            let mut merged: Vec<(&Finding, Vec<&Finding>)> = Vec::new();
            let mut index: HashMap<(&str, &str, Option<&str>), usize> = HashMap::new();
            for finding in group {
                let key = (
                    finding.message.as_str(),
                    finding.hint.as_str(),
                    finding.source.as_deref(),
                );
                match index.get(&key) {
                    Some(&i) => merged[i].1.push(finding),
                    None => {
                        index.insert(key, merged.len());
                        merged.push((finding, vec![finding]));
                    }
                }
            }
            for (first, places) in merged {
                let _ = writeln!(out, "  {label}: {}", first.message);
                let shown: Vec<String> = places
                    .iter()
                    .take(places_shown)
                    .map(|f| f.place())
                    .collect();
                let more = if places.len() > shown.len() {
                    format!(" and {} more", places.len() - shown.len())
                } else {
                    String::new()
                };
                let _ = writeln!(out, "    --> {}{more}", shown.join(", "));
                if let Some(source) = &first.source {
                    let _ = writeln!(out, "    written in {source}");
                }
                if !first.hint.is_empty() {
                    let _ = writeln!(out, "    help: {}", first.hint);
                }
            }
            out.push('\n');
        }
        if verbosity == crate::report::Verbosity::Quiet && self.errors == 0 {
            return out;
        }
        let silenced = if self.silenced > 0 {
            format!(", {} silenced by `allow`", self.silenced)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{}, {} ({} checked{silenced})",
            count(self.errors, "error", "errors"),
            count(self.warnings, "warning", "warnings"),
            count(self.files_checked, "output file", "output files"),
        );
        out
    }

    /// The report as JSON: counts, then every finding.
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_string()) + "\n"
    }
}
