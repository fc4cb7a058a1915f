//! docs/reference.md names every key accord accepts (read from the types accord deserialises
//! them into, so a new key fails here until it is documented) and every option of every command.

use std::collections::BTreeSet;

use serde::de::{self, Deserialize, Visitor};

/// A deserialiser that answers nothing but records the field names of the struct asked of it.
struct FieldNames<'a>(&'a mut Vec<&'static str>);

impl<'de> de::Deserializer<'de> for FieldNames<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.extend_from_slice(fields);
        Err(de::Error::custom("fields recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// The keys of the struct `T` as it is read from YAML.
fn keys<T: for<'de> Deserialize<'de>>() -> Vec<&'static str> {
    let mut fields = Vec::new();
    let _ = T::deserialize(FieldNames(&mut fields));
    assert!(
        !fields.is_empty(),
        "{} has keys",
        std::any::type_name::<T>()
    );
    fields
}

fn reference() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/reference.md");
    std::fs::read_to_string(path).expect("docs/reference.md")
}

/// The text of the `## ` section whose heading starts with `heading`.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(&format!("\n## {heading}"))
        .unwrap_or_else(|| panic!("a section \"## {heading}\" in docs/reference.md"));
    let rest = &text[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    &rest[..end]
}

#[test]
fn every_key_accord_reads_has_a_row_in_the_reference() {
    use accord::content::model::{
        InstrumentMeta, Licence, PageMeta, Source, StatusEntry, TermMeta, ThemeMeta,
    };
    use accord::seed::sidecar::{Original, Sidecar};
    use accord::site::{LanguageConfig, MenuItem, SiteConfig};

    let text = reference();
    let kinds: Vec<(&str, &str, Vec<&str>)> = vec![
        ("site.yaml", "site.yaml", keys::<SiteConfig>()),
        ("a menu item", "site.yaml", keys::<MenuItem>()),
        ("a language", "site.yaml", keys::<LanguageConfig>()),
        ("a seed's NAME.yaml", "Documents", keys::<Sidecar>()),
        ("`original`", "Documents", keys::<Original>()),
        ("`licence`", "Documents", keys::<Licence>()),
        ("a page", "Pages", keys::<PageMeta>()),
        ("a theme", "Themes", keys::<ThemeMeta>()),
        ("an instrument", "Instruments", keys::<InstrumentMeta>()),
        ("a step of `history`", "Instruments", keys::<StatusEntry>()),
        ("a glossary term", "Glossary terms", keys::<TermMeta>()),
        ("a source", "Sources", keys::<Source>()),
    ];
    let mut missing = Vec::new();
    for (kind, heading, keys) in &kinds {
        let section = section(&text, heading);
        for key in keys {
            if !section.contains(&format!("\n| `{key}` |")) {
                missing.push(format!(
                    "{kind}: `{key}` (a row `| `{key}` | ...` under \"## {heading}\")"
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/reference.md does not explain:\n{}",
        missing.join("\n")
    );
}

/// Runs `accord ARGS --help`.
fn help(args: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .arg("--help")
        .output()
        .expect("accord runs");
    assert!(output.status.success());
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn every_command_and_option_is_in_the_reference() {
    let text = reference();
    let commands_section = section(&text, "Commands");
    let option = regex::Regex::new(r"(?m)^\s+(?:-\w, )?(--[a-z][a-z-]*)").expect("pattern");
    let command = regex::Regex::new(r"(?m)^  ([a-z]+)  ").expect("pattern");
    let top = help(&[]);
    let commands: BTreeSet<String> = command
        .captures_iter(&top)
        .map(|c| c[1].to_string())
        .filter(|c| c != "help")
        .collect();
    assert!(
        commands.contains("build") && commands.contains("serve"),
        "{top}"
    );
    let global: BTreeSet<String> = option
        .captures_iter(&top)
        .map(|c| c[1].to_string())
        .collect();
    let mut missing = Vec::new();
    for flag in &global {
        if !matches!(flag.as_str(), "--help" | "--version")
            && !commands_section.contains(&format!("`{flag}`"))
        {
            missing.push(format!("accord {flag}"));
        }
    }
    for name in &commands {
        let heading = format!("\n### accord {name}");
        let Some(start) = commands_section.find(&heading) else {
            missing.push(format!("accord {name} (a heading \"### accord {name}\")"));
            continue;
        };
        let rest = &commands_section[start + 1..];
        let own = &rest[..rest[4..].find("\n### ").map_or(rest.len(), |i| i + 4)];
        for flag in option.captures_iter(&help(&[name])) {
            let flag = &flag[1];
            if flag == "--help" || global.contains(flag) {
                continue;
            }
            if !own.contains(&format!("`{flag}")) {
                missing.push(format!("accord {name} {flag}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/reference.md's \"## Commands\" does not explain:\n{}",
        missing.join("\n")
    );
}
