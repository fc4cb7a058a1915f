//! The interface strings that Rust code writes on pages (titles of generated pages, the menu,
//! feed titles, citations), looked up in the same files as the templates' `t(...)`
//! ([`crate::i18n`]).
//!
//! Every method takes the language of the page being rendered. Until pages of other languages
//! exist, callers pass [`Site::language`], the site's default language.

use crate::date::PartialDate;
use crate::i18n::Strings;
use crate::load::Site;

impl Site {
    /// The site's default language (`language:` in site.yaml).
    pub fn language(&self) -> &str {
        &self.config.language
    }

    /// Every interface string of the build.
    pub fn strings(&self) -> &Strings {
        self.templates.strings()
    }

    /// The text of `key` in `language`, as plain text.
    pub fn text<'a>(&'a self, language: &str, key: &'a str) -> &'a str {
        self.strings().get(language, key)
    }

    /// The text of `key` in `language` with each `{NAME}` of `values` filled in, as plain text.
    pub fn text_with(&self, language: &str, key: &str, values: &[(&str, &str)]) -> String {
        self.strings().format(language, key, None, values)
    }

    /// The text of `key` in `language` as HTML: the text escaped, then each `{NAME}` replaced
    /// by its value of `values`, which must be HTML already.
    pub fn html_with(&self, language: &str, key: &str, values: &[(&str, &str)]) -> String {
        self.html_counted(language, key, None, values)
    }

    /// [`Site::html_with`] for the plural form of `count`, which fills in `{count}` too.
    pub fn html_counted(
        &self,
        language: &str,
        key: &str,
        count: Option<i64>,
        values: &[(&str, &str)],
    ) -> String {
        // As `Strings::format`, with the text escaped before the values (HTML already) go in.
        let form = self.strings().form(language, key, count).unwrap_or(key);
        crate::i18n::fill_values(&crate::i18n::escape_form(form), count, values)
    }

    /// `date` as `language` writes it ("10 July 2025", "10 juillet 2025").
    pub fn date_text(&self, language: &str, date: PartialDate) -> String {
        self.strings().date(language, date)
    }
}
