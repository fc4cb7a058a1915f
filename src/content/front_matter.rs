//! Splits a Markdown file into YAML front matter and body, and reads YAML with located errors.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Error, Location, Result};

/// A Markdown file cut in two.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines (empty when the file has none).
    pub yaml: &'a str,
    /// 1-based line of the file where the YAML starts.
    pub yaml_line: usize,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
}

/// Cuts `text` at its `---` front matter fences. A file with no opening fence is all body.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.starts_with("+++") {
        return Err(Error::input(
            Location::at(path, 1, 1),
            "this file has TOML front matter (`+++`), which accord does not read",
            "write the front matter as YAML between two `---` lines",
        ));
    }
    let Some(after_open) = strip_fence(text) else {
        return Ok(Split {
            yaml: "",
            yaml_line: 1,
            body: text,
            body_line: 1,
        });
    };
    let mut offset = text.len() - after_open.len();
    for (line, raw_line) in (2..).zip(after_open.split_inclusive('\n')) {
        let content = raw_line.trim_end_matches(['\n', '\r']);
        if content.trim_end() == "---" || content.trim_end() == "..." {
            let yaml = &text[text.len() - after_open.len()..offset];
            let body = &text[offset + raw_line.len()..];
            return Ok(Split {
                yaml,
                yaml_line: 2,
                body,
                body_line: line + 1,
            });
        }
        offset += raw_line.len();
    }
    Err(Error::input(
        Location::at(path, 1, 1),
        "the front matter that starts here is never closed",
        "end the front matter with a line holding only `---`",
    ))
}

fn strip_fence(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---")?;
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
}

/// Reads YAML into `T`, reporting errors at their line and column in the file.
///
/// `first_line` is the file line where `yaml` starts; `what` names the file's role for the hint.
pub fn parse_yaml<T: DeserializeOwned>(
    yaml: &str,
    path: &Path,
    first_line: usize,
    what: &str,
) -> Result<T> {
    // An empty document is an empty mapping, so that a file with only `---\n---` still works.
    let yaml = if yaml.trim().is_empty() { "{}" } else { yaml };
    serde_yaml::from_str(yaml).map_err(|error| {
        let (line, column) = error.location().map_or((1, 1), |l| (l.line(), l.column()));
        let message = strip_position(&error.to_string());
        let hint = if message.contains("expected struct") || message.contains("expected a map") {
            format!("the YAML of {what} must be a mapping of `key: value` lines; see the README for its keys")
        } else if message.contains("recursion limit") || message.contains("repetition limit") {
            "the YAML nests or repeats too deeply; write it out plainly".to_string()
        } else {
            format!("fix the YAML of {what}; see the README for its keys and their types")
        };
        Error::input(Location::at(path, first_line + line - 1, column), message, hint)
    })
}

/// serde_yaml puts "at line X column Y" in its messages; the location says it better.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let split = split("---\ntitle: A\n---\n# Body\n", Path::new("a.md")).unwrap();
        assert_eq!(split.yaml, "title: A\n");
        assert_eq!(split.body, "# Body\n");
        assert_eq!(split.body_line, 4);
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let split = split("# Body\n", Path::new("a.md")).unwrap();
        assert_eq!(split.yaml, "");
        assert_eq!(split.body, "# Body\n");
    }

    #[test]
    fn unterminated_front_matter_is_an_error() {
        let error = split("---\ntitle: A\n# Body\n", Path::new("a.md")).unwrap_err();
        assert!(error.to_string().contains("never closed"), "{error}");
    }

    #[test]
    fn yaml_errors_carry_the_file_line() {
        #[derive(serde::Deserialize, Debug)]
        struct Meta {
            #[allow(dead_code)]
            title: String,
        }
        let error = parse_yaml::<Meta>("other: 1\ntitle: [1, 2]\n", Path::new("a.md"), 2, "a page")
            .unwrap_err();
        let Error::Input { location, .. } = error else {
            panic!("expected an input error")
        };
        assert_eq!(location.line, Some(3));
    }
}
