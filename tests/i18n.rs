//! Interface strings: every key of the default theme's English file exists in every language it
//! ships, a French site shows French words and dates with no English interface string left, a
//! site's own i18n/ file overrides and adds keys, a missing key falls back to the default
//! language and `accord check` lists it, and plurals follow each language's rule.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use accord::date::PartialDate;
use accord::i18n::{Strings, Text};
use accord::theme::DEFAULT_THEME;
use serde_json::Value;

/// The languages the default theme ships.
const SHIPPED: [&str; 4] = ["en", "fr", "nl", "de"];

fn shipped_file(language: &str) -> String {
    DEFAULT_THEME
        .get_file(format!("i18n/{language}.yaml"))
        .and_then(|file| file.contents_utf8())
        .unwrap_or_else(|| panic!("the default theme ships i18n/{language}.yaml"))
        .to_string()
}

/// The shipped strings, with `default` as the site's default language.
fn shipped(default: &str) -> Strings {
    let mut strings = Strings::new(default);
    for language in SHIPPED {
        let name = format!("i18n/{language}.yaml");
        strings
            .add_file(language, Path::new(&name), &shipped_file(language))
            .unwrap_or_else(|error| panic!("{name} reads: {error}"));
    }
    strings
}

/// The `{name}`s a text fills in.
fn placeholders(text: &Text) -> BTreeSet<String> {
    let forms: Vec<&str> = match text {
        Text::Plain(text) => vec![text],
        Text::Plural { one, other } => vec![one, other],
    };
    let mut names = BTreeSet::new();
    for form in forms {
        for part in form.split('{').skip(1) {
            if let Some((name, _)) = part.split_once('}') {
                names.insert(name.to_string());
            }
        }
    }
    names
}

#[test]
fn every_language_has_every_key_of_the_english_file_and_no_other() {
    let strings = shipped("en");
    let english = strings.keys_of("en").expect("English strings");
    assert!(
        english.len() > 150,
        "the English file holds the theme's strings"
    );
    for language in &SHIPPED[1..] {
        let keys = strings.keys_of(language).expect("the language's strings");
        let missing: Vec<&String> = english.keys().filter(|k| !keys.contains_key(*k)).collect();
        let extra: Vec<&String> = keys.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{language}.yaml lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language}.yaml has keys English lacks: {extra:?}"
        );
        assert!(
            strings.missing(language).is_empty(),
            "{language}: nothing to list"
        );
        for (key, text) in keys {
            let unknown: Vec<String> = placeholders(text)
                .difference(&placeholders(&english[key]))
                .cloned()
                .collect();
            assert!(
                unknown.is_empty(),
                "{language}.yaml `{key}` fills in {unknown:?}, which the English text does not have"
            );
            let same_shape = matches!(
                (text, &english[key]),
                (Text::Plural { .. }, Text::Plural { .. }) | (Text::Plain(_), _)
            );
            assert!(
                same_shape,
                "{language}.yaml `{key}` has plural forms where English has one text"
            );
        }
    }
}

#[test]
fn plurals_follow_each_language_s_rule() {
    let strings = shipped("en");
    let passages =
        |language: &str, count: i64| strings.format(language, "passages_count", Some(count), &[]);
    assert_eq!(passages("en", 0), "0 passages");
    assert_eq!(passages("en", 1), "1 passage");
    assert_eq!(passages("en-GB", 2), "2 passages");
    // French counts zero as one.
    assert_eq!(passages("fr", 0), "0 passage");
    assert_eq!(passages("fr", 1), "1 passage");
    assert_eq!(passages("fr-BE", 2), "2 passages");
    assert_eq!(passages("nl", 0), "0 passages");
    assert_eq!(passages("nl", 1), "1 passage");
    let instruments = |language: &str, count: i64| {
        strings.format(language, "instruments_count", Some(count), &[])
    };
    assert_eq!(instruments("nl", 1), "1 instrument");
    assert_eq!(instruments("nl", 3), "3 instrumenten");
    assert_eq!(instruments("de", 1), "1 Instrument");
    assert_eq!(instruments("de", 0), "0 Instrumente");
    assert_eq!(
        strings.format("de", "uses_count", Some(1), &[]),
        "1 Verwendung"
    );
    assert_eq!(
        strings.format("fr", "preamble_summary", Some(4), &[]),
        "Premières lignes de l’original (4 lignes)"
    );
}

#[test]
fn dates_are_written_the_way_each_language_writes_them() {
    let strings = shipped("en-GB");
    let day = PartialDate::new(2025, Some(7), Some(10)).expect("a date");
    let first = PartialDate::new(2024, Some(3), Some(1)).expect("a date");
    let month = PartialDate::new(2025, Some(12), None).expect("a date");
    let year = PartialDate::new(2030, None, None).expect("a date");
    let cases = [
        ("en-GB", ["10 July 2025", "1 March 2024", "December 2025"]),
        ("fr", ["10 juillet 2025", "1er mars 2024", "décembre 2025"]),
        ("nl", ["10 juli 2025", "1 maart 2024", "december 2025"]),
        ("de", ["10. Juli 2025", "1. März 2024", "Dezember 2025"]),
    ];
    for (language, [full, first_day, month_only]) in cases {
        assert_eq!(strings.date(language, day), full, "{language}");
        assert_eq!(strings.date(language, first), first_day, "{language}");
        assert_eq!(strings.date(language, month), month_only, "{language}");
        assert_eq!(strings.date(language, year), "2030", "{language}");
    }
    // English dates are those the site has always shown.
    assert_eq!(strings.date("en-GB", day), day.to_string());
}

/// The plain English texts of the theme that a French page must not show: every English text
/// without a placeholder that differs from its French one and that the site's own words
/// (content, seeds) do not contain, so that a hit can only come from the interface.
fn english_only_texts(root: &Path) -> Vec<String> {
    let strings = shipped("en");
    let english = strings.keys_of("en").expect("English");
    let french = strings.keys_of("fr").expect("French");
    let mut sources = String::new();
    for folder in ["content", "seeds"] {
        for entry in walk(&root.join(folder)) {
            sources.push_str(&std::fs::read_to_string(entry).unwrap_or_default());
            sources.push('\n');
        }
    }
    let mut texts = Vec::new();
    for (key, text) in english {
        let Text::Plain(text) = text else { continue };
        if key.starts_with("js_") || key.starts_with("month_") || text.contains('{') {
            continue;
        }
        if text.chars().count() < 5 || french.get(key) == Some(&Text::Plain(text.clone())) {
            continue;
        }
        if sources.contains(text.as_str()) {
            continue;
        }
        texts.push(text.clone());
    }
    texts
}

/// Whether `text` is in `haystack` as whole words ("Paragraph" is not in "Paragraphe").
fn contains_words(haystack: &str, text: &str) -> bool {
    haystack.match_indices(text).any(|(start, _)| {
        let before = haystack[..start].chars().next_back();
        let after = haystack[start + text.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn walk(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Sets `language:` in the site's settings, and leaves out its `languages:` and the content's
/// translations (`about.fr.md`): a site in that one language.
fn set_language(root: &Path, language: &str) {
    let translation = regex::Regex::new(r"\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.md$").expect("a pattern");
    for file in walk(&root.join("content")) {
        if translation.is_match(&file.to_string_lossy()) {
            std::fs::remove_file(&file).expect("remove a translation");
        }
    }
    let path = root.join("site.yaml");
    let text = std::fs::read_to_string(&path).expect("site.yaml");
    let mut in_languages = false;
    let changed: Vec<String> = text
        .lines()
        .filter(|line| {
            if line.starts_with("languages:") {
                in_languages = true;
            } else if !line.starts_with([' ', '#']) && !line.is_empty() {
                in_languages = false;
            }
            !in_languages
        })
        .map(|line| {
            if line.starts_with("language:") {
                format!("language: {language}")
            } else {
                line.to_string()
            }
        })
        .collect();
    assert!(changed
        .iter()
        .any(|l| l == &format!("language: {language}")));
    std::fs::write(&path, changed.join("\n") + "\n").expect("write site.yaml");
}

#[test]
fn a_french_site_shows_french_words_and_dates_and_no_english_interface_string() {
    let site = common::copy_site();
    let root = site.path();
    set_language(root, "fr");
    let public = common::build(root);
    let files = common::snapshot(&public);
    let english = english_only_texts(root);
    assert!(
        english.iter().any(|t| t == "Skip to main content"),
        "the list of English texts holds the interface's ({} texts)",
        english.len()
    );
    let months = [
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let time = regex::Regex::new(r"<time datetime=[^>]*>([^<]*)</time>").expect("a pattern");
    let spoken = regex::Regex::new(r#"(?:aria-label|placeholder|title|content|alt)="([^"]*)""#)
        .expect("a pattern");
    let mut pages = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") {
            continue;
        }
        pages += 1;
        let html = String::from_utf8_lossy(bytes);
        // What a reader sees or hears: the text, and the attributes that are read out.
        let mut decoded = common::visible_text(&html);
        for found in spoken.captures_iter(&html) {
            decoded.push_str(" | ");
            decoded.push_str(&common::decode_entities(&found[1]));
        }
        for text in &english {
            assert!(
                !contains_words(&decoded, text),
                "{path} still shows the English “{text}”"
            );
        }
        for found in time.captures_iter(&html) {
            let shown = &found[1];
            assert!(
                !months.iter().any(|m| shown.contains(m)),
                "{path} writes a date in English: {shown}"
            );
        }
    }
    assert!(pages > 20, "the site has its pages ({pages})");
    let home = String::from_utf8_lossy(&files["index.html"]).into_owned();
    assert!(home.contains(">Aller au contenu principal</a>"));
    assert!(home.contains("Ce qui a été convenu, thème par thème"));
    assert!(home.contains("décembre 2025</time>"), "a French date");
    assert!(
        home.contains("data-strings=\"{&quot;js_"),
        "the script's words are in the page"
    );
    let document = files
        .iter()
        .find(|(path, _)| path.starts_with("documents/") && path.matches('/').count() == 2)
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .expect("a document page");
    assert!(
        document.contains("Citer ce paragraphe\u{a0}:"),
        "French punctuation"
    );
    // Kinds of document, which accord names in English, are shown in the reader's language.
    let kinds: Vec<&str> = ["Communiqué de presse", "Déclaration conjointe"]
        .into_iter()
        .filter(|kind| {
            let shown = format!("<p class=\"kind\" data-pagefind-ignore>{kind}</p>");
            files.iter().any(|(path, bytes)| {
                path.starts_with("documents/") && String::from_utf8_lossy(bytes).contains(&shown)
            })
        })
        .collect();
    assert_eq!(kinds.len(), 2, "the documents' kinds in French: {kinds:?}");
}

#[test]
fn an_english_site_carries_no_script_strings() {
    let site = common::copy_site();
    let files = common::snapshot(&common::build(site.path()));
    let home = String::from_utf8_lossy(&files["index.html"]).into_owned();
    assert!(home.contains(">Skip to main content</a>"));
    assert!(
        !home.contains("data-strings"),
        "English is in the script already"
    );
}

#[test]
fn a_site_overrides_and_adds_strings_and_check_lists_what_a_language_lacks() {
    let site = common::copy_site();
    let root = site.path();
    set_language(root, "fr");
    std::fs::create_dir_all(root.join("i18n")).expect("i18n/");
    std::fs::write(
        root.join("i18n/en.yaml"),
        "original_note: Read the original\n",
    )
    .expect("write");
    std::fs::write(root.join("i18n/fr.yaml"), "skip_to_main: Aller au texte\n").expect("write");
    std::fs::create_dir_all(root.join("templates")).expect("templates/");
    std::fs::write(
        root.join("templates/page.html"),
        "{% extends \"theme/page.html\" %}{% block content %}<p class=\"note\">{{ t(key=\"original_note\") }}</p>{{ super() }}{% endblock content %}",
    )
    .expect("write");
    let files = common::snapshot(&common::build(root));
    let about = String::from_utf8_lossy(&files["about/index.html"]).into_owned();
    assert!(
        about.contains(">Aller au texte</a>"),
        "the site's French wins"
    );
    assert!(
        about.contains("<p class=\"note\">Read the original</p>"),
        "a key French lacks falls back to English"
    );
    assert!(
        about.contains("Rechercher sur ce site"),
        "the theme's French stays"
    );

    let output = common::accord(&[
        "check",
        "--root",
        root.to_str().expect("UTF-8"),
        "--format",
        "json",
    ]);
    let report: Value = serde_json::from_slice(&output.stdout).expect("check writes a JSON report");
    let missing: Vec<&Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["kind"] == "missing-strings")
        .collect();
    assert_eq!(missing.len(), 1, "one finding for French: {missing:?}");
    assert_eq!(missing[0]["severity"], "warning");
    assert_eq!(missing[0]["file"], "i18n/fr.yaml");
    let message = missing[0]["message"].as_str().expect("a message");
    assert!(message.contains("`original_note`"), "{message}");
    assert!(!message.contains("skip_to_main"), "{message}");
}

#[test]
fn a_bad_strings_file_is_an_error_naming_file_and_line() {
    let site = common::copy_site();
    let root = site.path();
    std::fs::create_dir_all(root.join("i18n")).expect("i18n/");
    std::fs::write(
        root.join("i18n/fr.yaml"),
        "skip_to_main: Aller\npassages_count: {one: x, few: y}\n",
    )
    .expect("write");
    let before = root.join("public");
    let output = common::accord(&["build", "--root", root.to_str().expect("UTF-8")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("i18n/fr.yaml:2"), "{stderr}");
    assert!(stderr.contains("plural form"), "{stderr}");
    assert!(!before.exists(), "nothing was written");
}

/// A language without any strings: the build shows English and check says so once.
#[test]
fn a_language_the_theme_lacks_is_reported_once() {
    let site = common::copy_site();
    let root = site.path();
    set_language(root, "es");
    let output = common::accord(&[
        "check",
        "--root",
        root.to_str().expect("UTF-8"),
        "--format",
        "json",
    ]);
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    let findings: BTreeMap<String, usize> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["kind"] == "missing-strings")
        .fold(BTreeMap::new(), |mut counts, f| {
            *counts
                .entry(f["message"].as_str().unwrap_or_default().to_string())
                .or_default() += 1;
            counts
        });
    assert_eq!(findings.len(), 1, "{findings:?}");
    let message = findings.keys().next().expect("a message");
    assert!(
        message.contains("no interface strings in `es`"),
        "{message}"
    );
}

/// A site in three languages: each language's pages speak it (words, dates, the script's
/// words), the default language's pages stay as they were, and check names a language the
/// theme does not speak.
#[test]
fn each_language_of_a_multilingual_site_speaks_its_own_words() {
    let site = common::copy_site();
    let root = site.path();
    set_language(root, "en-GB");
    let english = common::snapshot(&common::build(root));
    let settings = std::fs::read_to_string(root.join("site.yaml")).expect("site.yaml");
    std::fs::write(
        root.join("site.yaml"),
        format!("{settings}\nlanguages:\n  fr: {{}}\n  nl: {{}}\n  es: {{}}\n"),
    )
    .expect("write");
    std::fs::remove_dir_all(root.join("public")).expect("remove the first build");
    let files = common::snapshot(&common::build(root));
    for path in english.keys().filter(|p| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(&files[path]);
        assert!(
            html.contains(">Skip to main content</a>"),
            "{path} stays English"
        );
    }
    let page = |path: &str| String::from_utf8_lossy(&files[path]).into_owned();
    let french = page("fr/index.html");
    assert!(french.contains(">Aller au contenu principal</a>"));
    assert!(french.contains("décembre 2025</time>"));
    assert!(french.contains("data-strings=\"{&quot;js_"));
    let dutch = page("nl/index.html");
    assert!(dutch.contains(">Naar de hoofdinhoud</a>"));
    assert!(dutch.contains("december 2025</time>"));
    assert!(dutch.contains("Wat er werd afgesproken, thema per thema"));
    let dutch_timeline = page("nl/timeline/index.html");
    assert!(
        dutch_timeline.contains(">Tijdlijn</h1>"),
        "a generated page's title"
    );
    let spanish = page("es/index.html");
    assert!(
        spanish.contains(">Skip to main content</a>"),
        "a language without strings shows the default language's"
    );

    let output = common::accord(&[
        "check",
        "--root",
        root.to_str().expect("UTF-8"),
        "--format",
        "json",
    ]);
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    let files: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["kind"] == "missing-strings")
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert_eq!(files, ["i18n/es.yaml"], "only Spanish lacks strings");
}
