//! serde's messages about YAML, said in an author's words: which key, what shape it should have
//! and what was written instead, with "did you mean" for a mistyped key. serde speaks of
//! `struct ThemeMeta`, `i64` and `sequence`; an author writes a mapping of keys, a whole number
//! and a list.

use std::sync::OnceLock;

use regex::Regex;

use crate::text::did_you_mean;

/// Where the keys of each file are explained.
const REFERENCE: &str = "docs/reference.md in accord's repository";

/// The message and the hint for serde's `message` (without its position) about the YAML of
/// `what` ("a theme", "site.yaml").
pub fn explain(message: &str, what: &str) -> (String, String) {
    static PATTERNS: OnceLock<[Regex; 4]> = OnceLock::new();
    let [unknown, invalid, missing, duplicate] = PATTERNS.get_or_init(|| {
        // Each pattern is a constant that compiles (the unit tests run every one).
        [
            Regex::new(r"^(?:(?P<path>\S+): )?unknown field `(?P<key>[^`]*)`, (?:expected (?:one of )?(?P<keys>.*)|there are no fields)$"),
            Regex::new(r"^(?:(?P<path>\S+): )?invalid (?:type|value|length): (?P<found>.*?), expected (?P<expected>.*)$"),
            Regex::new(r"^(?:(?P<path>\S+): )?missing field `(?P<key>[^`]*)`$"),
            Regex::new(r"^(?:(?P<path>\S+): )?duplicate entry with key `?(?P<key>[^`]*)`?$"),
        ]
        .map(|pattern| pattern.expect("a valid pattern"))
    });
    let place = |path: Option<regex::Match<'_>>| match path {
        Some(path) => format!("`{}` in {what}", path.as_str()),
        None => what.to_string(),
    };
    if let Some(found) = unknown.captures(message) {
        let key = &found["key"];
        let keys: Vec<&str> = found
            .name("keys")
            .map(|k| {
                k.as_str()
                    .split(", ")
                    .map(|k| k.trim_matches('`'))
                    .collect()
            })
            .unwrap_or_default();
        let message = format!("`{key}` is not a key of {}", place(found.name("path")));
        let listed = keys
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let hint = match did_you_mean(key, keys.iter().copied()) {
            Some(close) => format!(
                "did you mean `{close}`? The keys it takes are {listed} ({REFERENCE} explains each)"
            ),
            None if keys.is_empty() => "remove it".to_string(),
            None => format!("remove it, or use one of {listed} ({REFERENCE} explains each)"),
        };
        return (message, hint);
    }
    if let Some(found) = invalid.captures(message) {
        let key = found.name("path").map(|p| p.as_str());
        let expected = shape(&found["expected"]);
        let written = written(&found["found"]);
        let message = match key {
            Some(key) => format!("`{key}` in {what} should be {expected}, not {written}"),
            None => format!("{what} should be {expected}, not {written}"),
        };
        let last = key.and_then(|k| k.rsplit('.').next());
        let name = last.map(|k| k.split('[').next().unwrap_or(k));
        let in_list = last.is_some_and(|k| k.ends_with(']'));
        let hint = match (name, example(&found["expected"])) {
            (None, _) => format!("write {what} as `key: value` lines, one a line ({REFERENCE} lists its keys)"),
            (Some(name), Some(value)) if in_list => format!("write it as `{name}: [{value}, ...]` ({REFERENCE} explains each key)"),
            (Some(name), Some(value)) => format!("write it as `{name}: {value}` ({REFERENCE} explains each key)"),
            (Some(name), None) if shape(&found["expected"]).starts_with("a mapping") => format!("write `{name}:` followed by indented `key: value` lines ({REFERENCE} explains each key)"),
            (Some(_), None) => format!("see {REFERENCE} for the keys of {what} and their values"),
        };
        return (message, hint);
    }
    if let Some(found) = missing.captures(message) {
        let key = &found["key"];
        return (
            format!("{} needs the key `{key}`", place(found.name("path"))),
            format!("add a line `{key}: ...` ({REFERENCE} explains each key)"),
        );
    }
    if let Some(found) = duplicate.captures(message) {
        let key = &found["key"];
        return (
            format!(
                "the key `{key}` is given twice in {}",
                place(found.name("path"))
            ),
            "keep one of the two lines".to_string(),
        );
    }
    (
        message.to_string(),
        format!("fix the YAML of {what}; {REFERENCE} lists its keys and their values"),
    )
}

/// serde's "expected ..." in words.
fn shape(expected: &str) -> String {
    let expected = expected.trim();
    if expected.starts_with("struct ") || expected.contains("map") {
        return "a mapping of `key: value` lines".to_string();
    }
    match expected {
        "a string" | "a borrowed string" => "text".to_string(),
        "a sequence" => "a list".to_string(),
        "a boolean" => "`true` or `false`".to_string(),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => {
            "a whole number".to_string()
        }
        "f32" | "f64" => "a number".to_string(),
        "a character" => "one character".to_string(),
        other => other
            .strip_prefix("a date: ")
            .map_or_else(|| other.to_string(), |forms| format!("a date ({forms})")),
    }
}

/// serde's "invalid type: ..." (what was found) in words.
fn written(found: &str) -> String {
    let found = found.trim();
    if let Some(text) = found.strip_prefix("string ") {
        return format!("the text {text}");
    }
    for (prefix, words) in [
        ("integer ", "the number "),
        ("floating point ", "the number "),
        ("boolean ", ""),
    ] {
        if let Some(value) = found.strip_prefix(prefix) {
            return format!("{words}{value}");
        }
    }
    match found {
        "sequence" => "a list".to_string(),
        "map" => "a mapping of `key: value` lines".to_string(),
        "unit value" | "unit" => "nothing (the value is empty)".to_string(),
        other => other.to_string(),
    }
}

/// A value with the shape serde expected, for the hint.
fn example(expected: &str) -> Option<&'static str> {
    let expected = expected.trim();
    Some(match expected {
        "a string" | "a borrowed string" => "some text",
        "a sequence" => "[first, second]",
        "a boolean" => "true",
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => "3",
        _ if expected.starts_with("a date") => "2025-12-31",
        _ => return None,
    })
}

/// The 1-based line and column of `url`, the first value of a key in `url_keys` that would run
/// a script (as `script_url` in `front_matter.rs` finds it): at its first character when it is
/// written as it reads, else at the start of the value (a value may be written with escapes,
/// `"java\x73cript:"`, which no search of the text finds).
pub fn script_url_position(yaml: &str, url_keys: &[&str], url: &str) -> Option<(usize, usize)> {
    let (line, column) = script_value_position(yaml, url_keys)?;
    let line_text = yaml.lines().nth(line.checked_sub(1)?)?;
    let value_start = line_text
        .char_indices()
        .nth(column.checked_sub(1)?)
        .map_or(line_text.len(), |(offset, _)| offset);
    let written = line_text[value_start..].find(url.trim()).map(|found| {
        let before = &line_text[..value_start + found];
        (line, before.chars().count() + 1)
    });
    Some(written.unwrap_or((line, column)))
}

/// Where the value [`script_url_position`] looks for starts. The YAML reader puts the position
/// of the value being read on any error raised while reading it, so the walk below raises one
/// at the first link that would run a script.
fn script_value_position(yaml: &str, url_keys: &[&str]) -> Option<(usize, usize)> {
    use serde::de::{
        DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
    };

    /// Walks any YAML value; `url` when it is the value of a link key.
    #[derive(Clone, Copy)]
    struct Walk<'k> {
        url: bool,
        url_keys: &'k [&'k str],
    }
    impl<'de> DeserializeSeed<'de> for Walk<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
            deserializer.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Walk<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("any YAML value")
        }
        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<(), E> {
            if self.url && crate::text::runs_script(text) {
                return Err(E::custom("a link that would run a script"));
            }
            Ok(())
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
            let item = Walk { url: false, ..self };
            while items.next_element_seed(item)?.is_some() {}
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<serde_yaml::Value>()? {
                let url = key.as_str().is_some_and(|k| self.url_keys.contains(&k));
                map.next_value_seed(Walk { url, ..self })?;
            }
            Ok(())
        }
        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
            // A tagged value (`!tag value`): its value is walked as the untagged one would be.
            let (_, value) = data.variant::<serde::de::IgnoredAny>()?;
            value.newtype_variant_seed(self)
        }
    }
    let deserializer = serde_yaml::Deserializer::from_str(yaml);
    let error = Walk {
        url: false,
        url_keys,
    }
    .deserialize(deserializer)
    .err()?;
    error.location().map(|l| (l.line(), l.column()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_words_with_the_key() {
        let (message, hint) = explain(
            "unknown field `see_aslo`, expected one of `term`, `aliases`, `see_also`, `sources`",
            "a glossary term",
        );
        assert_eq!(message, "`see_aslo` is not a key of a glossary term");
        assert!(hint.starts_with("did you mean `see_also`?"), "{hint}");

        let (message, hint) = explain(
            "weight: invalid type: string \"first\", expected i64",
            "a theme",
        );
        assert_eq!(
            message,
            "`weight` in a theme should be a whole number, not the text \"first\""
        );
        assert!(hint.contains("`weight: 3`"), "{hint}");

        let (message, hint) = explain(
            "invalid type: sequence, expected struct ThemeMeta",
            "a theme",
        );
        assert_eq!(
            message,
            "a theme should be a mapping of `key: value` lines, not a list"
        );
        assert!(!hint.contains("ThemeMeta") && hint.contains("`key: value` lines"));

        let (message, hint) = explain(
            "see_also[0]: invalid type: sequence, expected a string",
            "a glossary term",
        );
        assert_eq!(
            message,
            "`see_also[0]` in a glossary term should be text, not a list"
        );
        assert!(hint.contains("`see_also: [some text, ...]`"), "{hint}");

        let (message, _) = explain(
            "headings: invalid type: string \"Energy\", expected a sequence",
            "a theme",
        );
        assert!(message.contains("should be a list"), "{message}");

        let (message, hint) = explain("sources[0]: missing field `title`", "a page");
        assert_eq!(message, "`sources[0]` in a page needs the key `title`");
        assert!(hint.contains("title: ..."));

        let (message, _) = explain(
            "draft: invalid type: string \"yes\", expected a boolean",
            "a page",
        );
        assert!(message.contains("`true` or `false`"), "{message}");
    }

    #[test]
    fn a_script_link_is_found_where_it_is_written_even_with_escapes() {
        let keys = ["url"];
        let yaml = "title: x\nmenu:\n  - title: Home\n    url: /\n  - title: Bad\n    url: \"java\\x73cript:alert(1)\"\n";
        let url = "javascript:alert(1)";
        assert_eq!(script_url_position(yaml, &keys, url), Some((6, 10)));
        let yaml = "# url: javascript:x\nother: javascript:x\nlist: [{url: 'JavaScript:x'}]\n";
        assert_eq!(
            script_url_position(yaml, &keys, "JavaScript:x"),
            Some((3, 15))
        );
        let yaml = "url: https://example.org/\n";
        assert_eq!(script_url_position(yaml, &keys, "javascript:x"), None);
        let yaml = "url: !tag \"\\x6aavascript:x\"\n";
        assert_eq!(
            script_url_position(yaml, &keys, "javascript:x"),
            Some((1, 6))
        );
    }
}
