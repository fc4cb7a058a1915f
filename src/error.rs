//! Errors that accord reports to authors.
//!
//! Every error names the file it is about and, where the problem has one, the line and column,
//! and says what to do. The CLI renders them with a snippet of the source (see [`crate::report`]).

use std::path::{Path, PathBuf};

/// A place in an input file: 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// The file the problem is in.
    pub path: PathBuf,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column, when the problem has one.
    pub column: Option<usize>,
}

impl Location {
    /// A whole file, with no line.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location {
            path: path.into(),
            line: None,
            column: None,
        }
    }

    /// A line and column in a file.
    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line: Some(line),
            column: Some(column),
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// Everything that can stop a build.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {action}: {source}")]
    Io {
        /// The file or directory concerned.
        path: PathBuf,
        /// What accord was doing ("reading", "writing", ...).
        action: &'static str,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// An input file is wrong: the message says what, the hint says what to do.
    #[error("{location}: {message}")]
    Input {
        /// Where the problem is.
        location: Location,
        /// What is wrong.
        message: String,
        /// What the author should do about it.
        hint: String,
    },
    /// A template failed to parse or to render.
    #[error("{location}: template error: {message}")]
    Template {
        /// The template file (or the built-in theme's name for it).
        location: Location,
        /// Tera's explanation.
        message: String,
    },
    /// Pagefind could not index a page or make the search index.
    #[error("{page}: the search index could not be made: {message}")]
    Search {
        /// The output page being indexed, or the index's folder.
        page: String,
        /// Pagefind's explanation.
        message: String,
    },
    /// Several input errors found in one pass, reported together.
    #[error("{} errors", .0.len())]
    Many(Vec<Error>),
}

/// The result type of accord's library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An input error at a location, with a hint on what to do.
    pub fn input(location: Location, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Input {
            location,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// An I/O error on a path.
    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }

    /// Collapses a list of errors: none is `Ok`, one is itself, more are [`Error::Many`].
    pub fn from_list(mut errors: Vec<Error>) -> Result<()> {
        match errors.len() {
            0 => Ok(()),
            1 => Err(errors.remove(0)),
            _ => Err(Error::Many(errors)),
        }
    }

    /// The errors this one stands for, flattened.
    pub fn flatten(&self) -> Vec<&Error> {
        match self {
            Error::Many(list) => list.iter().flat_map(Error::flatten).collect(),
            other => vec![other],
        }
    }
}

/// Turns a byte offset in `text` into a 1-based (line, column), counting columns in characters.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Gathers every result of an iterator: all the values, or all the errors.
pub(crate) trait CollectAll<T> {
    fn collect_all(self) -> Result<Vec<T>>;
}

impl<T, I: Iterator<Item = Result<T>>> CollectAll<T> for I {
    /// Collects every success, or every error (not only the first).
    fn collect_all(self) -> Result<Vec<T>> {
        let mut values = Vec::new();
        let mut errors = Vec::new();
        for item in self {
            match item {
                Ok(value) => values.push(value),
                Err(error) => errors.push(error),
            }
        }
        Error::from_list(errors)?;
        Ok(values)
    }
}
