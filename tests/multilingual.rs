//! A site in three languages (English by default, French and Dutch), built from a fixture
//! written into a temporary folder: every page in every language, translations by file name,
//! the notice on untranslated pages, per-language names linking to the shared pages, hreflang
//! alternates that all lead somewhere, feeds per language, and `accord init --language fr`.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{accord, build_with, snapshot};
use regex::Regex;

const SITE: &str = "title: The partnership explained
description: What two governments agreed.
language: en-GB
base_url: https://example.org/explainer/
languages:
  fr:
    title: Le partenariat expliqué
    description: Ce que deux gouvernements ont convenu.
    menu:
      - {title: Thèmes, url: themes/}
      - {title: À propos, url: about/}
  nl:
    title: Het partnerschap uitgelegd
";

/// The fixture: pages, a theme, an instrument and a term, some translated, and a document in
/// English and one in French.
fn write_site(root: &Path) {
    let files: &[(&str, &str)] = &[
        ("site.yaml", SITE),
        ("content/_index.md", "---\ntitle: Home\n---\nWhat was agreed.\n"),
        ("content/_index.fr.md", "---\ntitle: Accueil\n---\nCe qui a été convenu.\n"),
        (
            "content/about.md",
            "---\ntitle: About this site\n---\nWho writes it. See [the agreement](@/instruments/tca.md).\n",
        ),
        (
            "content/about.fr.md",
            "---\ntitle: À propos de ce site\n---\nQui l'écrit. Voir [l'accord](@/instruments/tca.md), [le commerce](/themes/trade/#main), [le glossaire](/explainer/glossary) et [le style](/style.css).\n\n## Méthode\n\nTout est cité.\n\n```yaml\nlanguages: [fr]\n```\n",
        ),
        (
            "content/themes/trade.md",
            "---\ntitle: Trade\nsummary: Trade between the two countries.\nkeywords: [trade]\n---\nTrade.\n",
        ),
        (
            "content/themes/trade.nl.md",
            "---\ntitle: Handel\nsummary: Handel tussen de twee landen.\nkeywords: [handel]\n---\nHandel.\n\n```yaml\nkeywords: [handel]\n```\n",
        ),
        (
            "content/instruments/tca.md",
            "---\nname: Trade and Cooperation Agreement\nshort_name: TCA\nkind: agreement\nsummary: The treaty between the EU and the UK.\n---\nThe agreement.\n",
        ),
        (
            "content/instruments/tca.fr.md",
            "---\nname: Accord de commerce et de coopération\nshort_name: ACC\nsummary: Le traité entre l'UE et le Royaume-Uni.\n---\nL'accord.\n",
        ),
        (
            "content/instruments/tca.nl.md",
            "---\nname: Handels- en Samenwerkingsovereenkomst\nsummary: Het verdrag tussen de EU en het VK.\n---\nDe overeenkomst.\n",
        ),
        (
            "content/glossary/interconnector.md",
            "---\nterm: interconnector\n---\nA cable that links two countries' electricity grids.\n",
        ),
        (
            "content/glossary/interconnector.fr.md",
            "---\nterm: interconnexion\naliases: [interconnexions]\n---\nUn câble qui relie les réseaux électriques de deux pays.\n\n```yaml\nterm: interconnexion\n```\n",
        ),
        // Terms and instruments whose translations sort in another order than the originals.
        ("content/glossary/customs-union.md", "---\nterm: customs union\n---\nOne tariff at a shared border.\n"),
        ("content/glossary/customs-union.fr.md", "---\nterm: union douanière\n---\nUn tarif à une frontière commune.\n"),
        ("content/glossary/rule-of-law.md", "---\nterm: rule of law\n---\nEveryone is subject to the law.\n"),
        ("content/glossary/rule-of-law.fr.md", "---\nterm: État de droit\n---\nChacun est soumis à la loi.\n"),
        (
            "content/instruments/ect.md",
            "---\nname: Energy Charter Treaty\nkind: agreement\nsummary: A treaty on energy trade.\n---\nThe treaty.\n",
        ),
        (
            "content/instruments/ect.fr.md",
            "---\nname: Traité sur la Charte de l'énergie\nsummary: Un traité sur le commerce de l'énergie.\n---\nLe traité.\n",
        ),
        (
            "seeds/statement.txt",
            "Joint statement on trade\n\nIssued by the Prime Minister's Office on 12 December 2025.\n\nBoth governments welcomed the Trade and Cooperation Agreement and a new interconnector for trade.\n",
        ),
        (
            "seeds/communique.fr.txt",
            "Communiqué sur le commerce\n\nLes deux gouvernements ont salué l'Accord de commerce et de coopération et les interconnexions entre les deux pays.\n",
        ),
        (
            "seeds/communique.fr.yaml",
            "date: 2025-12-13\npublisher: Chancellerie du Premier Ministre\nkind: communiqué\n",
        ),
    ];
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create folder");
        std::fs::write(path, text).expect("write fixture");
    }
}

/// Builds the fixture and returns its output, by path.
fn built() -> (tempfile::TempDir, BTreeMap<String, String>) {
    let temp = tempfile::tempdir().expect("a temporary folder");
    write_site(temp.path());
    build_with(temp.path(), &[]);
    let files = snapshot(&temp.path().join("public"))
        .into_iter()
        .map(|(path, bytes)| (path, String::from_utf8_lossy(&bytes).into_owned()))
        .collect();
    (temp, files)
}

fn page<'a>(files: &'a BTreeMap<String, String>, path: &str) -> &'a str {
    files
        .get(path)
        .unwrap_or_else(|| panic!("{path} is written"))
}

/// The (hreflang, href) alternates in a page's head.
fn alternates(html: &str) -> Vec<(String, String)> {
    Regex::new(r#"<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">"#)
        .expect("pattern")
        .captures_iter(html)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect()
}

/// The output file an absolute URL of the fixture leads to.
fn file_of(url: &str) -> String {
    let path = url
        .strip_prefix("https://example.org/explainer/")
        .unwrap_or_else(|| panic!("{url} is inside the site"));
    let path = path.split('#').next().unwrap_or_default();
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

#[test]
fn every_page_exists_in_every_language_and_links_each_translation() {
    let (_temp, files) = built();
    let english: Vec<&String> = files
        .keys()
        .filter(|p| p.ends_with("index.html") && !p.starts_with("fr/") && !p.starts_with("nl/"))
        .collect();
    assert!(english.len() > 10, "{english:?}");
    for path in english {
        for language in ["fr", "nl"] {
            let translated = format!("{language}/{path}");
            assert!(files.contains_key(&translated), "{translated} is missing");
        }
    }
    let mut checked = 0;
    for (path, html) in files.iter().filter(|(p, _)| p.ends_with("index.html")) {
        let links = alternates(html);
        let languages: Vec<&str> = links.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(languages, ["en-GB", "fr", "nl", "x-default"], "{path}");
        let own = if let Some(rest) = path.strip_prefix("fr/") {
            ("fr", rest)
        } else if let Some(rest) = path.strip_prefix("nl/") {
            ("nl", rest)
        } else {
            ("en-GB", path.as_str())
        };
        for (language, href) in &links {
            let target = file_of(href);
            assert!(files.contains_key(&target), "{path}: {language} -> {href}");
            // Each alternate is the same page in the other language.
            let expected = match language.as_str() {
                "fr" => format!("fr/{}", own.1),
                "nl" => format!("nl/{}", own.1),
                _ => own.1.to_string(),
            };
            assert_eq!(target, expected, "{path}: {language}");
        }
        let lang = format!("<html lang=\"{}\"", own.0);
        assert!(html.contains(&lang), "{path} has {lang}");
        checked += 1;
    }
    assert!(checked > 30, "{checked} pages checked");
    // The sitemap names every page in every language, each with its alternates.
    let sitemap = page(&files, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/explainer/fr/about/</loc>"));
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="nl" href="https://example.org/explainer/nl/about/"/>"#
    ));
    assert!(sitemap.contains(r#"hreflang="x-default" href="https://example.org/explainer/about/""#));
    let hrefs = Regex::new(r#"<(?:loc>|xhtml:link [^>]*href=")(https://[^<"]+)"#).expect("pattern");
    for capture in hrefs.captures_iter(sitemap) {
        assert!(files.contains_key(&file_of(&capture[1])), "{}", &capture[1]);
    }
}

#[test]
fn translations_by_file_name_replace_the_original_in_their_language() {
    let (_temp, files) = built();
    let about = page(&files, "fr/about/index.html");
    assert!(about.contains("<h1>À propos de ce site</h1>"), "{about}");
    assert!(about.contains("Le partenariat expliqué"));
    // A link to a content file leads to the page in the translation's language.
    assert!(about.contains(r#"href="/explainer/fr/instruments/tca/""#));
    // So does a link from the site's root to a page, with or without the base path; a link to
    // a file every language shares stays at the root.
    assert!(
        about.contains(r#"href="/explainer/fr/themes/trade/#main""#),
        "{about}"
    );
    assert!(about.contains(r#"href="/explainer/fr/glossary/""#));
    assert!(about.contains(r#"href="/explainer/style.css">le style"#));
    assert!(!about.contains("not-translated"));
    // The language's own menu, and the switcher marks the current language.
    assert!(about.contains(">Thèmes</a>"));
    assert!(about.contains(r#"<span aria-current="page" lang="fr">Français</span>"#));
    assert!(page(&files, "about/index.html").contains("<h1>About this site</h1>"));
    let theme = page(&files, "nl/themes/trade/index.html");
    assert!(theme.contains("Handel"), "{theme}");
    let instrument = page(&files, "fr/instruments/tca/index.html");
    assert!(instrument.contains("Accord de commerce et de coopération"));
    assert!(page(&files, "fr/glossary/index.html").contains("interconnexion"));
    // Assets stay at the root, shared by every language.
    assert!(about.contains(r#"href="/explainer/style.css""#));
    assert!(!files.contains_key("fr/style.css"));
    assert!(!files.contains_key("about.fr/index.html"));
    // Code on a page of any language has its stylesheet, shared at the root.
    assert!(about.contains(r#"href="/explainer/syntax.css""#));
    assert!(files.contains_key("syntax.css"));
    assert!(!page(&files, "about/index.html").contains("syntax.css"));
    // So does code in a theme's text or a glossary definition.
    assert!(page(&files, "nl/themes/trade/index.html").contains("syntax.css"));
    assert!(!page(&files, "themes/trade/index.html").contains("syntax.css"));
    assert!(page(&files, "fr/glossary/index.html").contains("syntax.css"));
    assert!(!page(&files, "glossary/index.html").contains("syntax.css"));
}

#[test]
fn an_untranslated_page_says_so_and_links_the_original() {
    let (_temp, files) = built();
    let about = page(&files, "nl/about/index.html");
    assert!(
        about.contains("<h1>About this site</h1>"),
        "the English text is shown"
    );
    assert!(about.contains(r#"class="notice not-translated""#));
    assert!(
        about.contains(r#"<main id="main" lang="en-GB""#),
        "the text keeps its language"
    );
    assert!(about.contains(r#"href="/explainer/about/" hreflang="en-GB""#));
    // The switcher of a page translated into French but not Dutch says which is missing.
    let french = page(&files, "fr/about/index.html");
    let switcher = Regex::new(r#"(?s)<nav class="languages[^>]*>.*?</nav>"#)
        .expect("pattern")
        .find(french)
        .expect("a language switcher")
        .as_str();
    assert!(switcher.contains(r#"href="/explainer/nl/about/""#));
    assert!(switcher.contains("(pas encore traduit)"), "{switcher}");
    assert!(switcher.contains(r#"href="/explainer/about/""#));
    // A generated list is in every language, translated by the interface.
    assert!(!page(&files, "nl/themes/index.html").contains("not-translated"));
}

#[test]
fn names_in_each_language_link_to_the_same_page() {
    let (_temp, files) = built();
    let french_document = files
        .iter()
        .find(|(p, html)| {
            p.starts_with("fr/documents/")
                && p.ends_with("/index.html")
                && html.contains("Communiqué")
        })
        .map(|(_, html)| html)
        .expect("the French document's page in French");
    assert!(
        french_document.contains(r#"href="/explainer/fr/instruments/tca/""#),
        "the French name links the instrument"
    );
    assert!(french_document.contains(r#"href="/explainer/fr/glossary/#interconnector""#));
    let english_reader = files
        .iter()
        .find(|(p, html)| {
            p.starts_with("documents/")
                && !p.ends_with("documents/index.html")
                && html.contains("Communiqué")
        })
        .map(|(_, html)| html)
        .expect("the French document's page in English");
    assert!(english_reader.contains(r#"href="/explainer/instruments/tca/""#));
    // A document's text keeps its own language, whatever the page's.
    assert!(english_reader.contains(r#"<div class="document-text" lang="fr">"#));
    assert!(english_reader.contains("<html lang=\"en-GB\""));
    assert!(french_document.contains("<div class=\"document-text\">"));
    let english_on_french = files
        .iter()
        .find(|(p, html)| {
            p.starts_with("fr/documents/")
                && !p.ends_with("documents/index.html")
                && html.contains("Joint statement on trade")
        })
        .map(|(_, html)| html)
        .expect("the English document's page in French");
    assert!(english_on_french.contains(r#"<div class="document-text" lang="en-GB">"#));
    assert!(english_on_french.contains("original-language"));
    // The instrument's page quotes both documents, each in its language.
    for path in [
        "instruments/tca/index.html",
        "fr/instruments/tca/index.html",
    ] {
        let instrument = page(&files, path);
        assert!(
            instrument.contains("Accord de commerce et de coopération et les"),
            "{path}"
        );
        assert!(
            instrument.contains("Trade and Cooperation Agreement and a new"),
            "{path}"
        );
    }
    // A Dutch name is not looked for in an English or French document.
    assert!(!page(&files, "nl/instruments/tca/index.html")
        .contains("Handels- en Samenwerkingsovereenkomst en"));
}

/// The texts matched by `pattern`'s first group in `html`, in order.
fn all(pattern: &str, html: &str) -> Vec<String> {
    Regex::new(pattern)
        .expect("pattern")
        .captures_iter(html)
        .map(|c| c[1].to_string())
        .collect()
}

#[test]
fn lists_follow_the_alphabet_of_their_language() {
    let (_temp, files) = built();
    let terms = |path: &str| all(r"<dfn>([^<]+)</dfn>", page(&files, path));
    let letters = |path: &str| all(r#"<h2 id="letter-([^"]+)""#, page(&files, path));
    assert_eq!(
        terms("glossary/index.html"),
        ["customs union", "interconnector", "rule of law"]
    );
    assert_eq!(letters("glossary/index.html"), ["C", "I", "R"]);
    // "État" is listed under E, before "interconnexion", not after "union".
    assert_eq!(
        terms("fr/glossary/index.html"),
        ["État de droit", "interconnexion", "union douanière"]
    );
    assert_eq!(letters("fr/glossary/index.html"), ["E", "I", "U"]);
    let order = |path: &str, names: [&str; 2]| {
        let html = page(&files, path);
        let at = |name: &str| {
            html.find(name)
                .unwrap_or_else(|| panic!("{name} in {path}"))
        };
        at(names[0]) < at(names[1])
    };
    assert!(order(
        "instruments/index.html",
        ["Energy Charter Treaty", "Trade and Cooperation Agreement"]
    ));
    assert!(order(
        "fr/instruments/index.html",
        [
            "Accord de commerce et de coopération",
            "Traité sur la Charte de l&#39;énergie"
        ]
    ));
}

#[test]
fn words_written_by_the_renderer_are_in_the_page_language() {
    let (_temp, files) = built();
    let theme = page(&files, "fr/themes/trade/index.html");
    assert!(
        theme.contains("Joint statement on trade, paragraphe 1</a>"),
        "{theme}"
    );
    assert!(!theme.contains(", paragraph 1</a>"));
    let about = page(&files, "fr/about/index.html");
    assert!(
        about.contains("aria-label=\"Lien vers cette section\u{a0}: Méthode\""),
        "{about}"
    );
    let feed = page(&files, "fr/instruments/tca/feed.xml");
    assert!(feed.contains(
        "<title>Le partenariat expliqué\u{a0}: Accord de commerce et de coopération</title>"
    ));
    // The JSON-LD of a document says the document's language and kind, in the page's words.
    let french_document = files
        .iter()
        .find(|(p, html)| p.starts_with("documents/") && html.contains("Communiqué sur"))
        .map(|(_, html)| html)
        .expect("the French document's page in English");
    assert!(
        french_document.contains(r#""inLanguage":"fr""#),
        "{french_document}"
    );
    let changes = page(&files, "fr/changes/index.html");
    assert!(changes.contains(">paragraphe 1</a>"), "{changes}");
}

#[test]
fn the_open_data_page_describes_the_fields_in_its_language() {
    let (_temp, files) = built();
    let french = page(&files, "fr/data/index.html");
    assert!(
        french.contains("L’identifiant du document\u{a0}: la dernière partie"),
        "{french}"
    );
    assert!(!french.contains("The document's identifier"));
    assert!(french.contains("Un enregistrement par document"));
    // The files are shared: the page says in which language their texts are.
    assert!(french.contains(r#"dans sa langue principale, <span lang="en-GB">English</span>."#));
    let dutch = page(&files, "nl/data/index.html");
    assert!(
        dutch.contains("De identificatie van het document"),
        "{dutch}"
    );
    let english = page(&files, "data/index.html");
    assert!(english.contains("The document's identifier"), "{english}");
    assert!(!english.contains("main language"));
    // The schemas, shared by every language, are in the default language.
    let schema = page(&files, "data/documents.schema.json");
    assert!(schema.contains("\"The document's identifier: the last part of its page's address.\""));
    for (path, text) in &files {
        assert!(
            !text.contains("data_about_") && !text.contains("data_set_"),
            "{path}"
        );
    }
}

#[test]
fn each_language_has_its_feeds() {
    let (_temp, files) = built();
    for (language, prefix) in [("en-GB", ""), ("fr", "fr/"), ("nl", "nl/")] {
        let feed = page(&files, &format!("{prefix}feed.xml"));
        assert!(
            feed.contains(&format!("xml:lang=\"{language}\"")),
            "{prefix}feed.xml"
        );
        assert!(feed.contains(&format!("https://example.org/explainer/{prefix}documents/")));
        let subject = page(&files, &format!("{prefix}instruments/tca/feed.xml"));
        assert!(subject.contains(&format!(
            "https://example.org/explainer/{prefix}instruments/tca/"
        )));
    }
    assert!(page(&files, "fr/feed.xml").contains("Le partenariat expliqué"));
    let head = page(&files, "fr/index.html");
    assert!(head.contains(
        "type=\"application/atom+xml\" title=\"Le partenariat expliqué\u{a0}: documents\" href=\"/explainer/fr/feed.xml\""
    ));
}

#[test]
fn wrong_languages_are_clear_errors() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    write_site(temp.path());
    let root = temp.path().to_str().expect("UTF-8");
    std::fs::write(
        temp.path().join("site.yaml"),
        SITE.replace("  nl:\n", "  en-gb:\n  \"f r\":\n"),
    )
    .expect("write");
    let output = accord(&["build", "--root", root]);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        errors.contains("`en-gb` under `languages` is the site's default language"),
        "{errors}"
    );
    assert!(
        errors.contains("`f r` under `languages` is not a language tag"),
        "{errors}"
    );
    assert!(errors.contains("site.yaml:"), "{errors}");
    std::fs::write(temp.path().join("site.yaml"), SITE).expect("write");
    std::fs::write(
        temp.path().join("content/missing.fr.md"),
        "---\ntitle: X\n---\n",
    )
    .expect("write");
    let output = accord(&["build", "--root", root]);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("content/missing.fr.md"), "{errors}");
    assert!(
        errors.contains("content/missing.md, which does not exist"),
        "{errors}"
    );
    std::fs::remove_file(temp.path().join("content/missing.fr.md")).expect("remove");
    std::fs::write(
        temp.path().join("content/instruments/tca.fr.md"),
        "---\nname: [1, 2]\n---\n",
    )
    .expect("write");
    let output = accord(&["build", "--root", root]);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("content/instruments/tca.fr.md"), "{errors}");
    assert!(!output.status.success());
}

#[test]
fn without_languages_a_translation_name_is_an_ordinary_page() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    write_site(temp.path());
    let one_language = SITE
        .split("languages:")
        .next()
        .expect("settings")
        .to_string();
    std::fs::write(temp.path().join("site.yaml"), one_language).expect("write");
    std::fs::remove_file(temp.path().join("content/_index.fr.md")).expect("remove");
    for file in [
        "content/themes/trade.nl.md",
        "content/instruments/tca.fr.md",
        "content/instruments/tca.nl.md",
        "content/glossary/interconnector.fr.md",
    ] {
        std::fs::remove_file(temp.path().join(file)).expect("remove");
    }
    build_with(temp.path(), &[]);
    let files = snapshot(&temp.path().join("public"));
    assert!(files.contains_key("about.fr/index.html"));
    assert!(!files.contains_key("fr/index.html"));
    let sitemap = String::from_utf8_lossy(&files["sitemap.xml"]).into_owned();
    assert!(!sitemap.contains("xhtml"));
    let home = String::from_utf8_lossy(&files["index.html"]).into_owned();
    assert!(!home.contains("hreflang"));
}

#[test]
fn init_makes_a_french_starter_site() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let site = temp.path().join("site");
    let site_str = site.to_str().expect("UTF-8");
    let output = accord(&["init", site_str, "--language", "fr"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let settings = std::fs::read_to_string(site.join("site.yaml")).expect("site.yaml");
    assert!(settings.contains("\nlanguage: fr\n"), "{settings}");
    assert!(
        !site.join("languages").exists(),
        "the other languages' files are not copied"
    );
    assert!(site.join(".github/workflows/pages.yml").is_file());
    build_with(&site, &[]);
    let home = std::fs::read_to_string(site.join("public/index.html")).expect("home");
    assert!(home.contains("<html lang=\"fr\""));
    assert!(home.contains("Nos deux pays travaillent ensemble"));
    let theme =
        std::fs::read_to_string(site.join("public/themes/energy/index.html")).expect("theme");
    assert!(theme.contains("<h1>Énergie"));
    // Its examples are flagged by `accord check` as the English starter's are.
    let output = accord(&["check", "--root", site_str]);
    let report = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(
        report.contains("the party `Pays A` is an example"),
        "{report}"
    );
    assert!(report.contains("Remplacez cet exemple"), "{report}");
    // A language with no starter is refused, naming those there are.
    let output = accord(&[
        "init",
        temp.path().join("other").to_str().expect("UTF-8"),
        "--language",
        "xx",
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("en, fr"));
    assert!(!temp.path().join("other").exists());
}

#[test]
fn check_finds_no_broken_link_in_any_language() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    write_site(temp.path());
    let output = accord(&["check", "--root", temp.path().to_str().expect("UTF-8")]);
    let report = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{report}");
    assert!(
        report.contains(" 0 errors")
            || report.starts_with("0 errors")
            || report.contains("\n0 errors"),
        "{report}"
    );
    // Each language has its own search index (tests/search.rs reads what is in them).
    build_with(temp.path(), &[]);
    let entry = std::fs::read_to_string(temp.path().join("public/pagefind/pagefind-entry.json"))
        .expect("the search index's entry file");
    let entry: serde_json::Value = serde_json::from_str(&entry).expect("JSON");
    let languages = entry["languages"].as_object().expect("languages");
    for code in ["en", "fr", "nl"] {
        assert!(
            languages.keys().any(|key| key.starts_with(code)),
            "no index in {code}: {entry}"
        );
    }
}
