//! The templates' interface strings: the function `t`, the filters `kind`, `date` and
//! `upper_first`, and the script strings, each in the language of the page being rendered.

use std::sync::Arc;

use tera::{Error as TeraError, Kwargs, State, Tera, TeraResult, Value};

use crate::i18n::Strings;

/// The language of the page being rendered: `lang` in its context, else the `language` of the
/// `site` the templates see; `None` when neither is set.
fn page_language(state: &State) -> TeraResult<Option<String>> {
    if let Some(lang) = state.get::<Value>("lang")? {
        if let Some(lang) = lang.as_str() {
            return Ok(Some(lang.to_string()));
        }
    }
    let site = state.get::<Value>("site")?;
    Ok(site
        .as_ref()
        .and_then(Value::as_map)
        .and_then(|site| site.get(&tera::value::Key::Str("language")))
        .and_then(Value::as_str)
        .map(str::to_string))
}

/// Gives the templates the interface strings: the function `t(key=..., count=..., NAME=...)`
/// and the filter `date`, both in the page's language ([`page_language`], else the site's
/// default language).
pub(super) fn register_strings(tera: &mut Tera, strings: &Arc<Strings>) {
    let shared = Arc::clone(strings);
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> TeraResult<Value> {
            let key = kwargs.must_get::<&str>("key")?;
            let language = page_language(state)?;
            let language = language.as_deref().unwrap_or(shared.default_language());
            let count = kwargs.get::<i64>("count")?;
            let Some(form) = shared.form(language, key, count) else {
                return Err(TeraError::message(format!(
                    "there is no interface string `{key}` in any language: add it to i18n/{}.yaml",
                    crate::i18n::BASE_LANGUAGE
                )));
            };
            let mut values: Vec<(&str, String)> = Vec::new();
            for (name, value) in kwargs.iter() {
                if let Some(name) = name.as_str().filter(|n| !matches!(*n, "key" | "count")) {
                    values.push((name, state.escape_if_needed(value)?));
                }
            }
            let values: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
            let text = crate::i18n::fill_values(&crate::i18n::escape_form(form), count, &values);
            Ok(Value::safe_string(&text))
        },
    );
    let shared = Arc::clone(strings);
    tera.register_filter(
        "kind",
        move |kind: &str, _: Kwargs, state: &State| -> TeraResult<String> {
            let language = page_language(state)?;
            let language = language.as_deref().unwrap_or(shared.default_language());
            Ok(match shared.kind(language, kind) {
                Some(label) => label.to_string(),
                // A kind of the site's own, as its author wrote it but for the first letter.
                None => upper_first(kind),
            })
        },
    );
    // Tera's `capitalize` lowercases the rest, which breaks names ("EU–UK" became "eu–uk").
    tera.register_filter(
        "upper_first",
        |text: &str, _: Kwargs, _: &State| -> TeraResult<String> { Ok(upper_first(text)) },
    );
    let shared = Arc::clone(strings);
    // Computed once per language, not once per page.
    let cache: std::sync::Mutex<Vec<(String, Option<String>)>> = std::sync::Mutex::new(Vec::new());
    tera.register_function(
        "script_strings",
        move |_: Kwargs, state: &State| -> TeraResult<String> {
            let language = page_language(state)?;
            let language = language.as_deref().unwrap_or(shared.default_language());
            let mut cache = cache
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            if let Some((_, json)) = cache.iter().find(|(l, _)| l == language) {
                return Ok(json.clone().unwrap_or_default());
            }
            let json = shared.script_json(language);
            cache.push((language.to_string(), json.clone()));
            Ok(json.unwrap_or_default())
        },
    );
    let shared = Arc::clone(strings);
    tera.register_filter(
        "date",
        move |value: Value, _: Kwargs, state: &State| -> TeraResult<String> {
            let field = |name: &'static str| {
                value
                    .as_map()
                    .and_then(|map| map.get(&tera::value::Key::Str(name)))
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            // A date as the document words it ("late 2025") is shown as written.
            if let Some(written) = field("written") {
                return Ok(written);
            }
            let iso = field("iso").or_else(|| value.as_str().map(str::to_string));
            let Some(date) = iso.as_deref().and_then(crate::date::PartialDate::parse_iso) else {
                return Err(TeraError::message(
                    "the filter `date` takes a date (a value with `iso`, or YYYY-MM-DD, YYYY-MM or YYYY)",
                ));
            };
            let language = page_language(state)?;
            let language = language.as_deref().unwrap_or(shared.default_language());
            Ok(shared.date(language, date))
        },
    );
}

/// `text` with its first letter in upper case and the rest as written.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + chars.as_str()
    })
}
