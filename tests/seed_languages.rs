//! Seeds in French, Dutch and German: the language from the file name or the sidecar, the title,
//! kind, date and headings read in that language, and mentions linked to the shared pages.
//!
//! The fixture site is `tests/seed_languages/`, in English with French and Dutch pages: readouts
//! of a meeting written for these tests in the style of a Belgian Prime Minister's readout (they
//! are not real statements), an English one beside them, and instruments and a term named in
//! French and Dutch only by their translations (`instruments/tca.fr.md`, `glossary/north-sea.nl.md`).

mod common;

use std::path::Path;

use accord::seed::{self, Document};

fn fixture() -> tempfile::TempDir {
    let temp = tempfile::tempdir().expect("a temporary folder");
    common::copy_folder(
        &common::repository().join("tests/seed_languages"),
        temp.path(),
    );
    temp
}

fn documents(root: &Path) -> Vec<Document> {
    seed::load_all(root, "en-GB").expect("the fixture's seeds load")
}

fn by_file<'a>(documents: &'a [Document], name: &str) -> &'a Document {
    documents
        .iter()
        .find(|d| d.source_path == Path::new("seeds").join(name))
        .unwrap_or_else(|| panic!("a document from seeds/{name}"))
}

fn paragraph_dates(document: &Document) -> Vec<(String, bool)> {
    document
        .paragraphs()
        .flat_map(|(_, p)| p.dates.iter().map(|m| (m.date.iso(), m.target)))
        .collect()
}

fn headings(document: &Document) -> Vec<&str> {
    document
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect()
}

#[test]
fn a_french_readout_gives_its_title_date_kind_and_language() {
    let site = fixture();
    let documents = documents(site.path());
    let french = by_file(&documents, "entretien.fr.txt");
    assert_eq!(french.language, "fr");
    assert_eq!(
        french.title,
        "Le Premier ministre reçoit son homologue britannique au Lambermont"
    );
    assert_eq!(french.kind, "press release");
    assert_eq!(french.date.map(|d| d.iso()).as_deref(), Some("2025-07-10"));
    assert_eq!(headings(french), ["Sécurité et défense", "Énergie"]);
    // The dateline, "1er mai 2021", "d'ici 2027" (a target), "3/3/2024", "à l'horizon 2030".
    assert_eq!(
        paragraph_dates(french),
        [
            ("2025-07-10".to_string(), false),
            ("2021-05-01".to_string(), false),
            ("2027".to_string(), true),
            ("2024-03-03".to_string(), false),
            ("2030".to_string(), true),
        ]
    );
}

#[test]
fn a_dutch_readout_gives_its_title_date_kind_and_language() {
    let site = fixture();
    let documents = documents(site.path());
    let dutch = by_file(&documents, "gesprek.nl.txt");
    assert_eq!(dutch.language, "nl");
    assert_eq!(
        dutch.title,
        "Eerste Minister ontvangt Britse ambtgenoot in het Lambermont"
    );
    assert_eq!(dutch.kind, "press release");
    assert_eq!(dutch.date.map(|d| d.iso()).as_deref(), Some("2025-07-10"));
    assert_eq!(headings(dutch), ["Veiligheid en defensie", "Energie"]);
    assert_eq!(
        paragraph_dates(dutch),
        [
            ("2025-07-10".to_string(), false),
            ("2021-05-01".to_string(), false),
            ("2027".to_string(), true),
            ("2024-03-03".to_string(), false),
        ]
    );
}

#[test]
fn a_sidecar_names_a_german_seed_and_its_dates_are_read_in_german() {
    let site = fixture();
    let documents = documents(site.path());
    let german = by_file(&documents, "treffen.txt");
    assert_eq!(german.language, "de");
    assert_eq!(german.kind, "press release");
    assert_eq!(
        german.title,
        "Premierminister empfängt den britischen Amtskollegen"
    );
    assert_eq!(german.date.map(|d| d.iso()).as_deref(), Some("2025-07-10"));
    assert_eq!(
        paragraph_dates(german),
        [
            ("2025-07-10".to_string(), false),
            ("2024-03-03".to_string(), false),
            ("2027".to_string(), true),
        ]
    );
    // Without the sidecar, the same text is read as the site's English: no German date is found.
    std::fs::remove_file(site.path().join("seeds/treffen.yaml")).expect("remove the sidecar");
    let documents = seed::load_all(site.path(), "en-GB").expect("loads");
    let english = by_file(&documents, "treffen.txt");
    assert_eq!(english.language, "en-GB");
    assert_eq!(english.date, None);
}

#[test]
fn a_seed_without_a_language_is_in_the_sites_language_and_keeps_its_own_page() {
    let site = fixture();
    let documents = documents(site.path());
    let english = by_file(&documents, "entretien.txt");
    let french = by_file(&documents, "entretien.fr.txt");
    assert_eq!(english.language, "en-GB");
    assert_eq!(english.date.map(|d| d.iso()).as_deref(), Some("2025-07-10"));
    // NAME.txt and NAME.fr.txt are two documents, each with its own page.
    assert_ne!(english.slug, french.slug);
    let public = common::build(site.path());
    for document in [english, french] {
        assert!(
            public
                .join("documents")
                .join(&document.slug)
                .join("index.html")
                .is_file(),
            "a page for {}",
            document.source_path.display()
        );
    }
}

#[test]
fn mentions_in_french_and_dutch_link_to_the_shared_pages() {
    let site = fixture();
    let documents = documents(site.path());
    let public = common::build(site.path());
    let read = |path: &str| {
        std::fs::read_to_string(public.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let french = by_file(&documents, "entretien.fr.txt");
    let dutch = by_file(&documents, "gesprek.nl.txt");
    // "Accord de commerce et de coopération" and "Handels- en Samenwerkingsovereenkomst", names
    // only the translations give, link the shared instrument page, with the paragraph that
    // names each; so do "OTAN" and "NAVO".
    for (instrument, paragraph) in [("tca", "p-2"), ("nato", "p-3")] {
        let page = read(&format!("instruments/{instrument}/index.html"));
        for document in [french, dutch] {
            let link = format!("/documents/{}/#{paragraph}", document.slug);
            assert!(
                page.contains(&link),
                "instruments/{instrument} links {link}"
            );
        }
    }
    // And each document's page links the instruments and the term it names, in every language
    // of the site, its text marked with the document's own language whatever the page's.
    let german = by_file(&documents, "treffen.txt");
    for (document, lang) in [(french, "fr"), (dutch, "nl"), (german, "de")] {
        for folder in ["", "fr/", "nl/"] {
            let page = read(&format!("{folder}documents/{}/index.html", document.slug));
            // On the pages in the document's language the page's own `lang` says it.
            let marked = if folder == format!("{lang}/") {
                page.contains(&format!("<html lang=\"{lang}\""))
                    && page.contains("<div class=\"document-text\">")
            } else {
                page.contains(&format!("<div class=\"document-text\" lang=\"{lang}\">"))
            };
            assert!(
                marked,
                "{folder}documents/{} marks its text as {lang}",
                document.slug
            );
            if lang == "de" {
                continue;
            }
            for link in [
                "instruments/tca/",
                "instruments/nato/",
                "glossary/#north-sea",
            ] {
                let link = format!("/{folder}{link}");
                assert!(
                    page.contains(&format!("href=\"{link}\"")),
                    "{folder}documents/{} links {link}",
                    document.slug
                );
            }
        }
    }
}

#[test]
fn the_sidecar_language_wins_and_a_wrong_one_is_named() {
    let site = fixture();
    let seeds = site.path().join("seeds");
    std::fs::write(seeds.join("entretien.fr.yaml"), "language: fr-BE\n").expect("write");
    let documents = documents(site.path());
    assert_eq!(by_file(&documents, "entretien.fr.txt").language, "fr-BE");

    std::fs::write(
        seeds.join("entretien.fr.yaml"),
        "title: Entretien\nlanguage: French\n",
    )
    .expect("write");
    let error = seed::load_all(site.path(), "en-GB")
        .expect_err("a language that is no tag")
        .to_string();
    assert!(error.contains("entretien.fr.yaml"), "{error}");
    assert!(error.contains(":2:"), "the line of `language:`: {error}");
    assert!(error.contains("`French` is not a language tag"), "{error}");
}

#[test]
fn two_seeds_with_one_slug_stop_the_build_naming_both() {
    let site = fixture();
    let seeds = site.path().join("seeds");
    for name in ["entretien.yaml", "entretien.fr.yaml"] {
        std::fs::write(seeds.join(name), "slug: meeting\n").expect("write");
    }
    let output = common::accord(&["build", "--root", site.path().to_str().expect("UTF-8")]);
    assert!(!output.status.success());
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("entretien.txt"), "{errors}");
    assert!(errors.contains("entretien.fr.txt"), "{errors}");
}
