//! Splits a Markdown file into YAML front matter and body, and reads YAML with located errors.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::PageMeta;
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
    let yaml = checked_size(yaml, path, first_line, what)?;
    // Read as `T` first: for the types that refuse unknown keys, an alias bomb under such a key
    // is refused at the key, before any alias is expanded.
    let typed =
        serde_yaml::from_str(yaml).map_err(|error| located(&error, path, first_line, what))?;
    // Only links that could run a script are looked for: a quick test skips most texts.
    if yaml.contains(':') {
        if let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(yaml) {
            check_links(&value, yaml, path, first_line)?;
        }
    }
    Ok(typed)
}

/// A page's front matter as [`PageMeta`], with every key in its `extra`, read from `split`.
pub fn page_meta(split: &Split<'_>, shown: &Path) -> Result<PageMeta> {
    let value = match parse_value(split.yaml, shown, split.yaml_line, "a page") {
        Ok(value) => value,
        // Reading the text as `PageMeta` stops at the first key of the wrong kind, which is
        // nearer the mistake than the parser's own error: an unclosed `title: [` is reported at
        // the title, not on the line after it. That is the error the author gets.
        Err(error) => {
            let typed = parse_yaml::<PageMeta>(split.yaml, shown, split.yaml_line, "a page");
            return Err(typed.err().unwrap_or(error));
        }
    };
    let mut meta: PageMeta = typed(&value, split.yaml, shown, split.yaml_line, "a page")?;
    meta.extra = typed(&value, split.yaml, shown, split.yaml_line, "a page")?;
    Ok(meta)
}

/// Reads YAML as a [`serde_yaml::Value`], checked as [`parse_yaml`] checks it, to be turned into
/// one type or more by [`typed`]. A page's front matter is read both as
/// [`crate::content::PageMeta`] and as the map of all its keys that templates get: one parse
/// instead of four halved the time of loading 10,000 pages.
pub fn parse_value(
    yaml: &str,
    path: &Path,
    first_line: usize,
    what: &str,
) -> Result<serde_yaml::Value> {
    let yaml = checked_size(yaml, path, first_line, what)?;
    let value =
        serde_yaml::from_str(yaml).map_err(|error| located(&error, path, first_line, what))?;
    check_links(&value, yaml, path, first_line)?;
    Ok(value)
}

/// `yaml`, or `{}` when it is empty (so that a file with only `---\n---` still works), unless
/// it holds more brackets than any reader should take (see [`MAX_FLOW_OPENERS`]).
fn checked_size<'a>(yaml: &'a str, path: &Path, first_line: usize, what: &str) -> Result<&'a str> {
    let yaml = or_empty_mapping(yaml);
    if let Some(offset) = too_many_brackets(yaml) {
        let (line, column) = crate::error::line_column(yaml, offset);
        return Err(Error::input(
            Location::at(path, first_line + line - 1, column),
            format!("this YAML opens more than {MAX_FLOW_OPENERS} `[` or `{{` lists and mappings"),
            format!("write the YAML of {what} as plain indented `key: value` lines and `- ` items; accord does not read YAML nested or bracketed this much"),
        ));
    }
    Ok(yaml)
}

/// Refuses a link in `value` (read from `yaml`) that would run a script.
fn check_links(
    value: &serde_yaml::Value,
    yaml: &str,
    path: &Path,
    first_line: usize,
) -> Result<()> {
    let Some(url) = script_url(value) else {
        return Ok(());
    };
    let (line, column) = super::yaml_error::script_url_position(yaml, &URL_KEYS, &url)
        .unwrap_or_else(|| crate::error::line_column(yaml, yaml.find(url.trim()).unwrap_or(0)));
    Err(Error::input(
        Location::at(path, first_line + line - 1, column),
        format!("the link `{}` would run a script", url.trim()),
        "link to a page or an https:// address instead",
    ))
}

/// `value`, the YAML text `yaml` as [`parse_value`] read it, as a `T`.
///
/// Reading the value is the quick way, but it is stricter than reading the text: a plain
/// `title: 2025` is a number in a value, which a `String` field refuses, where the text reader
/// takes it as the string it is written as. So when the value is refused, the text is read
/// again, which gives the text reader's result, or its error at a line and column.
pub fn typed<T: DeserializeOwned>(
    value: &serde_yaml::Value,
    yaml: &str,
    path: &Path,
    first_line: usize,
    what: &str,
) -> Result<T> {
    if let Ok(typed) = T::deserialize(value) {
        return Ok(typed);
    }
    serde_yaml::from_str(or_empty_mapping(yaml))
        .map_err(|error| located(&error, path, first_line, what))
}

/// `yaml`, or an empty mapping when it is empty.
fn or_empty_mapping(yaml: &str) -> &str {
    if yaml.trim().is_empty() {
        "{}"
    } else {
        yaml
    }
}

/// A YAML error as accord reports it: at its line and column in the file, with a hint.
fn located(error: &serde_yaml::Error, path: &Path, first_line: usize, what: &str) -> Error {
    let (line, column) = error.location().map_or((1, 1), |l| (l.line(), l.column()));
    let message = strip_position(&error.to_string());
    let (message, hint) = if message.contains("recursion limit") {
        (
            message,
            "the YAML nests too deeply (at most 128 levels); write it out plainly".to_string(),
        )
    } else if message.contains("repetition limit") {
        (message, "the YAML repeats its aliases (`*name`) too many times, as an alias bomb does; write the values out plainly".to_string())
    } else {
        super::yaml_error::explain(&message, what)
    };
    Error::input(
        Location::at(path, first_line + line - 1, column),
        message,
        hint,
    )
}

/// The keys whose values are links, in every kind of YAML accord reads.
const URL_KEYS: [&str; 5] = ["url", "source_url", "source", "report_url", "base_url"];

/// The first link in the YAML (a value of one of [`URL_KEYS`], at any depth) that would run a
/// script if it were put in an `href`.
fn script_url(value: &serde_yaml::Value) -> Option<String> {
    fn walk(value: &serde_yaml::Value) -> Option<String> {
        match value {
            serde_yaml::Value::Mapping(mapping) => mapping.iter().find_map(|(key, value)| {
                let is_url_key = key.as_str().is_some_and(|k| URL_KEYS.contains(&k));
                match value.as_str() {
                    Some(text) if is_url_key && crate::text::runs_script(text) => {
                        Some(text.to_string())
                    }
                    _ => walk(value),
                }
            }),
            serde_yaml::Value::Sequence(items) => items.iter().find_map(walk),
            serde_yaml::Value::Tagged(tagged) => walk(&tagged.value),
            _ => None,
        }
    }
    walk(value)
}

/// The most `[` and `{` a YAML text may hold. The YAML scanner's work grows with the square of
/// the nesting of such brackets, so a small file of nothing but `[[[[...` would take minutes
/// before the parser's own depth limit stops it; counting them first keeps every read fast.
/// (Counting every bracket, quoted or not, cannot be fooled by quotes or comments.)
pub const MAX_FLOW_OPENERS: usize = 10_000;

/// The byte offset of the first `[` or `{` past [`MAX_FLOW_OPENERS`], if there are that many.
fn too_many_brackets(yaml: &str) -> Option<usize> {
    yaml.bytes()
        .enumerate()
        .filter(|(_, b)| matches!(b, b'[' | b'{'))
        .nth(MAX_FLOW_OPENERS)
        .map(|(offset, _)| offset)
}

/// The 1-based line and column, in the file, of a top-level `key:` of the YAML that starts at
/// file line `first_line`: where an error about that key's value should point.
pub fn key_location(yaml: &str, first_line: usize, key: &str) -> Option<(usize, usize)> {
    yaml.lines().enumerate().find_map(|(index, line)| {
        let after_key = line.strip_prefix(key)?.trim_start_matches([' ', '\t']);
        let value = after_key.strip_prefix(':')?.trim_start_matches([' ', '\t']);
        let column = line[..line.len() - value.len()].chars().count() + 1;
        Some((first_line + index, column))
    })
}

/// serde_yaml puts "at line X column Y" in its messages; the location says it better.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

/// The error for a `slug:` that cannot be one URL segment, pointing at the key in `yaml`
/// (which starts at file line `first_line`).
pub fn invalid_slug(yaml: &str, first_line: usize, shown: &Path, slug: &str) -> Error {
    let location = match key_location(yaml, first_line, "slug") {
        Some((line, column)) => Location::at(shown, line, column),
        None => Location::file(shown),
    };
    Error::input(
        location,
        format!("the slug `{slug}` cannot be used in a URL"),
        "use only letters, digits, `-` and `_` (no `/`, `\\` or `..`)",
    )
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
    fn too_many_brackets_fail_fast_with_a_line() {
        let yaml = format!(
            "title: A\nx: {}{}\n",
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        let error =
            parse_yaml::<serde_yaml::Value>(&yaml, Path::new("a.md"), 2, "a page").unwrap_err();
        let Error::Input { location, .. } = error else {
            panic!("expected an input error")
        };
        assert_eq!(location.line, Some(3));
        assert_eq!(location.column, Some(MAX_FLOW_OPENERS + 4));
    }

    #[test]
    fn finds_the_line_and_column_of_a_key() {
        let yaml = "title: A\nslug:  a/b\n";
        assert_eq!(key_location(yaml, 2, "slug"), Some((3, 8)));
        assert_eq!(key_location(yaml, 2, "slu"), None);
        assert_eq!(key_location(yaml, 2, "template"), None);
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

    #[test]
    fn one_parse_reads_what_the_text_reader_reads() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Meta {
            title: String,
            weight: Option<i64>,
        }
        // A plain `2025` is a number to the value and a string to the text reader: the value
        // refuses it for `title`, and the text is read again.
        for (yaml, title, weight) in [
            ("title: A\nweight: 3\n", "A", Some(3)),
            ("title: 2025\n", "2025", None),
            ("title: true\nweight: ~\n", "true", None),
        ] {
            let value = parse_value(yaml, Path::new("a.md"), 2, "a page").unwrap();
            let meta: Meta = typed(&value, yaml, Path::new("a.md"), 2, "a page").unwrap();
            assert_eq!(meta.title, title, "{yaml}");
            assert_eq!(meta.weight, weight, "{yaml}");
            let extra: std::collections::BTreeMap<String, serde_yaml::Value> =
                typed(&value, yaml, Path::new("a.md"), 2, "a page").unwrap();
            assert!(extra.contains_key("title"));
        }
        let yaml = "title: A\nweight: heavy\n";
        let value = parse_value(yaml, Path::new("a.md"), 2, "a page").unwrap();
        let error = typed::<Meta>(&value, yaml, Path::new("a.md"), 2, "a page").unwrap_err();
        let Error::Input { location, .. } = error else {
            panic!("expected an input error")
        };
        assert_eq!((location.line, location.column), (Some(3), Some(9)));
    }
}
