//! Interface strings in the reader's language: the words a theme and the renderer put around the
//! content ("Skip to main content", "3 passages", "10 juillet 2025").
//!
//! A theme ships one flat YAML file per language (`i18n/fr.yaml`: `skip_to_main: Aller au
//! contenu principal`); a site's own `i18n/<lang>.yaml` overrides or adds keys. A key may hold
//! plural forms (`one:` and `other:`), chosen by the language's plural rule. A key missing in a
//! language falls back to the site's default language, then to English, the language every
//! theme string exists in. Dates are written with each language's month names and word order
//! (the keys `month_1` to `month_12`, `date_day`, `date_month`, `date_year` and `date_first_day`).
//!
//! Templates reach the strings through the Tera function `t(key=..., count=..., NAME=...)` and
//! the filter `date` ([`crate::theme`] registers both); Rust code through [`Strings`].

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::date::PartialDate;
use crate::error::{Error, Location, Result};

/// The language every theme string exists in: the last fallback.
pub const BASE_LANGUAGE: &str = "en";

/// The text of one key in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// One form for every count.
    Plain(String),
    /// A form for a count of one (in the language's sense: French says "0 passage") and one
    /// for every other count.
    Plural {
        /// `one:`.
        one: String,
        /// `other:`.
        other: String,
    },
}

impl Text {
    /// The form for `count` in `language`, or the plain text.
    fn form(&self, language: &str, count: Option<i64>) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Plural { one, other } => match count {
                Some(count) if is_one(language, count) => one,
                _ => other,
            },
        }
    }
}

/// Whether `count` takes the `one` form in `language` (CLDR's cardinal rules for integers).
pub fn is_one(language: &str, count: i64) -> bool {
    match primary(language).as_str() {
        // French (and the other languages whose "one" covers zero): 0 and 1.
        "fr" | "pt" | "hy" | "ff" | "kab" => count == 0 || count == 1,
        _ => count == 1,
    }
}

/// The primary subtag, lower-cased: `fr` of `fr-BE`.
fn primary(language: &str) -> String {
    language
        .split(['-', '_'])
        .next()
        .unwrap_or(language)
        .to_ascii_lowercase()
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text, or plural forms `one:` and `other:`")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<Text, E> {
                Ok(Text::Plain(text.to_string()))
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> std::result::Result<Text, E> {
                Ok(Text::Plain(number.to_string()))
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> std::result::Result<Text, E> {
                Ok(Text::Plain(number.to_string()))
            }
            fn visit_f64<E: de::Error>(self, number: f64) -> std::result::Result<Text, E> {
                Ok(Text::Plain(number.to_string()))
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> std::result::Result<Text, E> {
                Ok(Text::Plain(value.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Text, A::Error> {
                let (mut one, mut other) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "one" => one = Some(map.next_value::<String>()?),
                        "other" => other = Some(map.next_value::<String>()?),
                        _ => {
                            return Err(de::Error::custom(format!(
                                "`{key}` is not a plural form: write `one:` and `other:`"
                            )))
                        }
                    }
                }
                let other = other
                    .ok_or_else(|| de::Error::custom("plural forms need `other:` (and `one:`)"))?;
                let one = one.unwrap_or_else(|| other.clone());
                Ok(Text::Plural { one, other })
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// Every interface string of a build, in every language it has, with the site's default
/// language to fall back to.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    /// Per language tag, lower-cased: key, text.
    languages: BTreeMap<String, BTreeMap<String, Text>>,
    /// The site's default language, lower-cased.
    default: String,
    /// Per language (those with a file and the default one): every key it falls back to
    /// resolved, so that a look-up is one search of a map.
    resolved: Vec<(String, BTreeMap<String, Text>)>,
}

impl Strings {
    /// No strings yet; `default` is the site's default language.
    pub fn new(default: &str) -> Strings {
        let mut strings = Strings {
            languages: BTreeMap::new(),
            default: default.to_ascii_lowercase(),
            resolved: Vec::new(),
        };
        strings.resolve();
        strings
    }

    /// Computes [`Strings::resolved`] again after a file was added.
    fn resolve(&mut self) {
        let mut tags: Vec<String> = self.languages.keys().cloned().collect();
        if !tags.contains(&self.default) {
            tags.push(self.default.clone());
        }
        self.resolved = tags
            .into_iter()
            .map(|tag| {
                let mut keys = BTreeMap::new();
                for fallback in self.chain(&tag).iter().rev() {
                    if let Some(texts) = self.languages.get(fallback) {
                        keys.extend(texts.iter().map(|(k, t)| (k.clone(), t.clone())));
                    }
                }
                (tag, keys)
            })
            .collect();
    }

    /// Adds the keys of one file, `LANG.yaml`, over those read before: a site's file over its
    /// theme's. `shown` names the file in errors.
    pub fn add_file(&mut self, language: &str, shown: &Path, yaml: &str) -> Result<()> {
        let keys: Option<BTreeMap<String, Text>> = serde_yaml::from_str(yaml).map_err(|error| {
            let location = error.location().map_or_else(
                || Location::file(shown),
                |at| Location::at(shown, at.line(), at.column()),
            );
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            Error::input(
                location,
                format!("these interface strings cannot be read: {message}"),
                "write one `key: text` per line, or plural forms as `key: {one: ..., other: ...}`",
            )
        })?;
        self.languages
            .entry(language.to_ascii_lowercase())
            .or_default()
            .extend(keys.unwrap_or_default());
        self.resolve();
        Ok(())
    }

    /// The languages there are strings for, lower-cased.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// The keys and texts of `language` itself, without fallback.
    pub fn keys_of(&self, language: &str) -> Option<&BTreeMap<String, Text>> {
        self.languages.get(&language.to_ascii_lowercase())
    }

    /// The languages to look a key up in for `language`, best first: `fr-be`, `fr`, then the
    /// site's default language the same way, then English.
    fn chain(&self, language: &str) -> Vec<String> {
        let mut chain: Vec<String> = Vec::with_capacity(5);
        for tag in [language.to_ascii_lowercase(), self.default.clone()] {
            for candidate in [tag.replace('_', "-"), primary(&tag)] {
                if !chain.contains(&candidate) {
                    chain.push(candidate);
                }
            }
        }
        if !chain.iter().any(|c| c == BASE_LANGUAGE) {
            chain.push(BASE_LANGUAGE.to_string());
        }
        chain
    }

    /// The text of `key` for `language`, falling back as the module says; `None` when no
    /// language has it.
    pub fn lookup(&self, language: &str, key: &str) -> Option<&Text> {
        if let Some((_, keys)) = self
            .resolved
            .iter()
            .find(|(tag, _)| tag.eq_ignore_ascii_case(language))
        {
            return keys.get(key);
        }
        self.chain(language)
            .iter()
            .find_map(|tag| self.languages.get(tag).and_then(|keys| keys.get(key)))
    }

    /// The text of `key` in `language` (the `other` form of a plural); the key itself when no
    /// language has it, so that a mistyped key shows on the page rather than failing the build.
    pub fn get<'a>(&'a self, language: &str, key: &'a str) -> &'a str {
        self.lookup(language, key)
            .map_or(key, |text| text.form(language, None))
    }

    /// The strings the theme's script says (keys starting with `js_`) in `language`, as a
    /// JSON object for the page's `data-strings`; `None` when they are the English ones the
    /// script already has, so that an English page carries nothing more.
    pub fn script_json(&self, language: &str) -> Option<String> {
        let of = |language: &str| -> BTreeMap<&str, serde_json::Value> {
            let chain = self.chain(language);
            let mut keys: BTreeMap<&str, serde_json::Value> = BTreeMap::new();
            for tag in chain.iter().rev() {
                let Some(texts) = self.languages.get(tag) else {
                    continue;
                };
                for (key, text) in texts.iter().filter(|(k, _)| k.starts_with("js_")) {
                    let value = match text {
                        Text::Plain(text) => serde_json::json!(text),
                        Text::Plural { one, other } => {
                            serde_json::json!({"one": one, "other": other})
                        }
                    };
                    keys.insert(key, value);
                }
            }
            keys
        };
        let keys = of(language);
        if keys == of(BASE_LANGUAGE) {
            None
        } else {
            serde_json::to_string(&keys).ok()
        }
    }

    /// The label of a document's kind ("press release", as accord names kinds whatever the
    /// document's language) in `language`, written as at the start of a line ("Press release",
    /// "Communiqué de presse"): the key `kind_press_release`. `None` for a kind no key names.
    pub fn kind(&self, language: &str, kind: &str) -> Option<&str> {
        let key: String = std::iter::once("kind_".to_string())
            .chain(kind.trim().chars().map(|c| match c {
                'é' | 'è' | 'ê' | 'É' => "e".to_string(),
                c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase().to_string(),
                _ => "_".to_string(),
            }))
            .collect();
        self.form(language, &key, None)
    }

    /// The site's default language, lower-cased.
    pub fn default_language(&self) -> &str {
        &self.default
    }

    /// The form of `key` for `count` in `language`, placeholders unfilled; `None` when no
    /// language has the key.
    pub fn form(&self, language: &str, key: &str, count: Option<i64>) -> Option<&str> {
        self.lookup(language, key)
            .map(|text| text.form(language, count))
    }

    /// The text of `key` for `count` in `language`, with `{count}` and each `{NAME}` of
    /// `values` replaced ([`fill_values`]), as plain text; the key itself when no language has
    /// it.
    pub fn format(
        &self,
        language: &str,
        key: &str,
        count: Option<i64>,
        values: &[(&str, &str)],
    ) -> String {
        let form = self.form(language, key, count).unwrap_or(key);
        fill_values(form, count, values)
    }

    /// `date` as `language` writes it: "10 July 2025", "10 juillet 2025", "10. Juli 2025";
    /// "July 2025" and "2025" when only the month or the year is known.
    pub fn date(&self, language: &str, date: PartialDate) -> String {
        let month = date
            .month
            .map(|m| self.get(language, MONTH_KEYS[usize::from(m.clamp(1, 12)) - 1]));
        let year = date.year.to_string();
        let (key, day) = match (month, date.day) {
            (Some(_), Some(1)) => ("date_day", self.get(language, "date_first_day").to_string()),
            (Some(_), Some(day)) => ("date_day", day.to_string()),
            (Some(_), None) => ("date_month", String::new()),
            _ => ("date_year", String::new()),
        };
        fill(self.get(language, key), |name| match name {
            "day" => Some(&day),
            "month" => month,
            "year" => Some(&year),
            _ => None,
        })
    }

    /// The keys of the base language that `language` lacks (in itself or its primary tag,
    /// before falling back), in key order: what `accord check` lists.
    pub fn missing(&self, language: &str) -> Vec<&str> {
        let Some(base) = self.languages.get(BASE_LANGUAGE) else {
            return Vec::new();
        };
        let tag = language.to_ascii_lowercase();
        let own = [self.languages.get(&tag), self.languages.get(&primary(&tag))];
        base.keys()
            .filter(|key| !own.iter().flatten().any(|keys| keys.contains_key(*key)))
            .map(String::as_str)
            .collect()
    }
}

/// Escapes what would end an attribute or start markup in a translation written into HTML;
/// quotes and apostrophes stay as written, as the same words typed into a template would.
pub fn escape_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The month keys, January first.
const MONTH_KEYS: [&str; 12] = [
    "month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8",
    "month_9", "month_10", "month_11", "month_12",
];

/// `form` with `{count}` (when there is a `count`) and each `{NAME}` of `values` replaced; a
/// name without a value stays as written.
pub fn fill_values(form: &str, count: Option<i64>, values: &[(&str, &str)]) -> String {
    let count_text = count.map(|c| c.to_string());
    fill(form, |name| match name {
        "count" if count_text.is_some() => count_text.as_deref(),
        _ => values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v),
    })
}

/// `text` with each `{NAME}` replaced by `value(NAME)`; a name without a value stays as written.
pub fn fill<'v>(text: &str, value: impl Fn(&str) -> Option<&'v str>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if is_name(name) => {
                match value(name) {
                    Some(v) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings() -> Strings {
        let mut strings = Strings::new("en-GB");
        let en = "skip: Skip\npassages: {one: '{count} passage', other: '{count} passages'}\n\
                  month_7: July\ndate_day: '{day} {month} {year}'\ndate_month: '{month} {year}'\n\
                  date_year: '{year}'\ndate_first_day: '1'\nuses: 'Uses of {term}'\n";
        let fr = "skip: Aller\npassages: {one: '{count} passage', other: '{count} passages'}\n\
                  month_7: juillet\ndate_day: '{day} {month} {year}'\ndate_first_day: 1er\n";
        strings.add_file("en", Path::new("en.yaml"), en).unwrap();
        strings.add_file("fr", Path::new("fr.yaml"), fr).unwrap();
        strings
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let s = strings();
        assert_eq!(s.format("en", "passages", Some(0), &[]), "0 passages");
        assert_eq!(s.format("en", "passages", Some(1), &[]), "1 passage");
        assert_eq!(s.format("fr", "passages", Some(0), &[]), "0 passage");
        assert_eq!(s.format("fr-BE", "passages", Some(1), &[]), "1 passage");
        assert_eq!(s.format("fr", "passages", Some(2), &[]), "2 passages");
    }

    #[test]
    fn a_missing_key_falls_back_and_is_listed() {
        let s = strings();
        assert_eq!(s.get("fr", "skip"), "Aller");
        assert_eq!(
            s.format("fr", "uses", None, &[("term", "Prüm")]),
            "Uses of Prüm"
        );
        assert_eq!(s.get("de", "skip"), "Skip");
        assert_eq!(s.get("fr", "no_such_key"), "no_such_key");
        assert!(s.missing("fr").contains(&"uses"));
        assert!(!s.missing("fr-BE").contains(&"skip"));
        assert!(s.missing("en-GB").is_empty());
    }

    #[test]
    fn dates_are_written_the_language_s_way() {
        let s = strings();
        let day = PartialDate::new(2025, Some(7), Some(10)).unwrap();
        let first = PartialDate::new(2025, Some(7), Some(1)).unwrap();
        let month = PartialDate::new(2025, Some(7), None).unwrap();
        assert_eq!(s.date("en-GB", day), "10 July 2025");
        assert_eq!(s.date("fr", day), "10 juillet 2025");
        assert_eq!(s.date("fr", first), "1er juillet 2025");
        assert_eq!(s.date("fr", month), "juillet 2025");
        assert_eq!(
            s.date("en", PartialDate::new(2025, None, None).unwrap()),
            "2025"
        );
    }

    #[test]
    fn placeholders_without_values_and_stray_braces_stay() {
        assert_eq!(fill("a {b} {c d} {", |_| None), "a {b} {c d} {");
        assert_eq!(fill("{x}{x}", |_| Some("y")), "yy");
    }

    #[test]
    fn bad_files_are_errors_naming_the_line() {
        let mut s = Strings::new("en");
        let error = s
            .add_file("en", Path::new("i18n/en.yaml"), "a: b\nc: {few: x}\n")
            .unwrap_err()
            .to_string();
        assert!(error.contains("i18n/en.yaml"), "{error}");
        assert!(error.contains("plural form"), "{error}");
    }
}
