//! Renders errors for a terminal: what is wrong, where, a snippet of the source, what to do.

use std::fmt::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::error::Error;

/// How much the commands print: `--quiet`, the default, or `--verbose`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Only errors.
    Quiet,
    /// What was done, in a line or a few.
    Normal,
    /// Also the details: every place of a finding, every step.
    Verbose,
}

/// The verbosity, set once by the command line before any work starts. It is a process-wide
/// setting, as the flags are, so that every module that prints need not be handed it.
static VERBOSITY: AtomicU8 = AtomicU8::new(1);

/// Sets how much the commands print.
pub fn set_verbosity(verbosity: Verbosity) {
    VERBOSITY.store(verbosity as u8, Ordering::Relaxed);
}

/// How much the commands print.
pub fn verbosity() -> Verbosity {
    match VERBOSITY.load(Ordering::Relaxed) {
        0 => Verbosity::Quiet,
        2 => Verbosity::Verbose,
        _ => Verbosity::Normal,
    }
}

/// `1 page`, `2 pages`: a count with its noun, singular or plural.
pub fn count(number: usize, singular: &str, plural: &str) -> String {
    if number == 1 {
        format!("1 {singular}")
    } else {
        format!("{number} {plural}")
    }
}

/// What `accord build` and `accord serve` say after a build, the same for both:
/// "Built 37 pages (46 files)".
pub fn built(pages: usize, files: usize) -> String {
    format!(
        "Built {} ({})",
        count(pages, "page", "pages"),
        count(files, "file", "files")
    )
}

/// The full report of an error, as the CLI prints it. `root` resolves relative paths for snippets.
pub fn render(error: &Error, root: &Path) -> String {
    let mut out = String::new();
    let list = error.flatten();
    for (index, error) in list.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        render_one(error, root, &mut out);
    }
    if list.len() > 1 {
        let _ = writeln!(
            out,
            "\n{} errors; the build stopped and the output was left as it was.",
            list.len()
        );
    }
    out
}

fn render_one(error: &Error, root: &Path, out: &mut String) {
    match error {
        Error::Input {
            location,
            message,
            hint,
        } => {
            let _ = writeln!(out, "error: {message}\n  --> {location}");
            if let Some(line) = location.line {
                snippet(&root.join(&location.path), line, location.column, out);
            }
            let _ = writeln!(out, "  help: {hint}");
        }
        Error::Template { location, message } => {
            let _ = writeln!(out, "error: a template failed\n  --> {location}");
            for line in message.lines() {
                let _ = writeln!(out, "   | {line}");
            }
            let _ = writeln!(
                out,
                "  help: fix the template (Tera syntax: https://keats.github.io/tera/)"
            );
        }
        Error::Io {
            path,
            action,
            source,
        } => {
            let _ = writeln!(out, "error: {action} {} failed: {source}", path.display());
            let _ = writeln!(
                out,
                "  help: check that the path exists and that you may read and write it"
            );
        }
        Error::Search { page, message } => {
            let _ = writeln!(
                out,
                "error: the search index could not be made\n  --> {page}"
            );
            for line in message.lines() {
                let _ = writeln!(out, "   | {line}");
            }
            let _ = writeln!(
                out,
                "  help: this is a fault of accord or of Pagefind, not of your site: please \
                 report it with the page named above"
            );
        }
        Error::Many(list) => {
            for error in list {
                render_one(error, root, out);
            }
        }
    }
}

fn snippet(path: &Path, line: usize, column: Option<usize>, out: &mut String) {
    let Ok(bytes) = std::fs::read(path) else {
        return;
    };
    let text = String::from_utf8_lossy(&bytes);
    let Some(source_line) = text.lines().nth(line - 1) else {
        return;
    };
    // A very long line (a seed of one line) is cut around the column.
    let chars: Vec<char> = source_line.chars().collect();
    let column = column.unwrap_or(1).max(1);
    let start = column.saturating_sub(60);
    let shown: String = chars.iter().skip(start).take(120).collect();
    let width = line.to_string().len();
    let _ = writeln!(out, "{:width$} |", "");
    let _ = writeln!(out, "{line} | {shown}");
    let _ = writeln!(out, "{:width$} | {}^", "", " ".repeat(column - 1 - start));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_right_number() {
        assert_eq!(built(1, 1), "Built 1 page (1 file)");
        assert_eq!(built(37, 46), "Built 37 pages (46 files)");
        assert_eq!(count(0, "term", "terms"), "0 terms");
    }
}
