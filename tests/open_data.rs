//! The open data under `data/`: every JSON file validates against its schema, every address in
//! it leads to a file of the built site, and the CSV files say the same as the JSON files.

mod common;

use std::collections::BTreeMap;

use serde_json::Value;

const BASE: &str = "https://example.org/explainer/";

fn build(root: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    let mut options = accord::BuildOptions::new(root);
    options.base_url = Some(BASE.to_string());
    accord::build_in_memory(&options).expect("the site builds")
}

fn text<'a>(files: &'a BTreeMap<String, Vec<u8>>, path: &str) -> &'a str {
    std::str::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} is written")),
    )
    .expect("UTF-8")
}

fn json(files: &BTreeMap<String, Vec<u8>>, path: &str) -> Value {
    serde_json::from_str(text(files, path)).unwrap_or_else(|e| panic!("{path} parses: {e}"))
}

/// The names of the data sets: every `data/NAME.schema.json`.
fn datasets(files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    files
        .keys()
        .filter_map(|p| p.strip_prefix("data/")?.strip_suffix(".schema.json"))
        .map(str::to_string)
        .collect()
}

/// Checks `value` against the parts of JSON Schema the data's schemas use: `type` (one or a
/// list), `properties`, `required`, `additionalProperties: false`, `items`, `minimum`, `pattern`
/// and `format: uri-reference`. Returns what does not match, with where.
fn validate(schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(types) = schema.get("type") {
        let allowed: Vec<&str> = match types {
            Value::String(one) => vec![one.as_str()],
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            other => panic!("a type is a name or a list of names, not {other}"),
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        let matches =
            allowed.contains(&actual) || (actual == "integer" && allowed.contains(&"number"));
        if !matches {
            errors.push(format!("{at}: {actual}, expected {allowed:?}"));
            return;
        }
    }
    if let (Some(minimum), Some(number)) = (schema.get("minimum"), value.as_f64()) {
        if number < minimum.as_f64().expect("a numeric minimum") {
            errors.push(format!("{at}: {number} is below {minimum}"));
        }
    }
    if let (Some(pattern), Some(string)) = (schema.get("pattern"), value.as_str()) {
        let pattern = regex::Regex::new(pattern.as_str().expect("a pattern")).expect("a regex");
        if !pattern.is_match(string) {
            errors.push(format!("{at}: {string:?} does not match {pattern}"));
        }
    }
    if let (Some(format), Some(string)) = (schema.get("format"), value.as_str()) {
        assert_eq!(format, "uri-reference", "the only format the data uses");
        if string.is_empty() || string.contains(char::is_whitespace) {
            errors.push(format!("{at}: {string:?} is not an address"));
        }
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for (index, item) in list.iter().enumerate() {
            validate(items, item, &format!("{at}[{index}]"), errors);
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = name.as_str().expect("a required key is a name");
            if !object.contains_key(name) {
                errors.push(format!("{at}: `{name}` is missing"));
            }
        }
        for (key, item) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(property) => validate(property, item, &format!("{at}.{key}"), errors),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}: `{key}` is not in the schema"));
                }
                None => {}
            }
        }
    }
}

/// Reads RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "every quoted cell is closed");
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last row ends with a line break"
    );
    rows
}

/// A JSON value as the CSV writes it.
fn as_cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(as_cell).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

#[test]
fn every_data_file_validates_against_its_schema() {
    let files = build(&common::repository());
    let names = datasets(&files);
    for expected in [
        "documents",
        "paragraphs",
        "mentions",
        "instruments",
        "instrument-status",
        "themes",
        "glossary",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "data/{expected}.schema.json"
        );
    }
    for name in &names {
        let schema = json(&files, &format!("data/{name}.schema.json"));
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}: a 2020-12 schema"
        );
        assert_eq!(schema["$id"], format!("{BASE}data/{name}.schema.json"));
        let data = json(&files, &format!("data/{name}.json"));
        let mut errors = Vec::new();
        validate(&schema, &data, name, &mut errors);
        assert!(
            errors.is_empty(),
            "data/{name}.json:\n{}",
            errors.join("\n")
        );
    }
    for name in [
        "documents",
        "paragraphs",
        "mentions",
        "instruments",
        "themes",
        "glossary",
    ] {
        let data = json(&files, &format!("data/{name}.json"));
        assert!(
            !data.as_array().expect("an array").is_empty(),
            "{name} has records"
        );
    }
    // Every paragraph is there once.
    let documents = json(&files, "data/documents.json");
    let total: u64 = documents
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| d["paragraphs"].as_u64().expect("a count"))
        .sum();
    let paragraphs = json(&files, "data/paragraphs.json");
    assert_eq!(paragraphs.as_array().expect("an array").len() as u64, total);
}

#[test]
fn the_validator_rejects_what_breaks_a_schema() {
    let files = build(&common::repository());
    let schema = json(&files, "data/documents.schema.json");
    let mut data = json(&files, "data/documents.json");
    let first = data[0].as_object_mut().expect("a record");
    first.remove("title");
    first.insert("paragraphs".into(), Value::from(-1));
    first.insert("date".into(), Value::from("12 December 2025"));
    first.insert("colour".into(), Value::from("red"));
    let mut errors = Vec::new();
    validate(&schema, &data, "documents", &mut errors);
    for expected in [
        "`title` is missing",
        "below",
        "does not match",
        "`colour` is not",
    ] {
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{expected} in {errors:?}"
        );
    }
}

#[test]
fn every_address_in_the_data_leads_into_the_built_site() {
    let files = build(&common::repository());
    let mut checked = 0;
    for name in datasets(&files) {
        let schema = json(&files, &format!("data/{name}.schema.json"));
        let properties = schema["items"]["properties"]
            .as_object()
            .expect("properties");
        let addresses: Vec<&String> = properties
            .iter()
            .filter(|(_, p)| p.get("format").is_some())
            .map(|(key, _)| key)
            .collect();
        for record in json(&files, &format!("data/{name}.json"))
            .as_array()
            .expect("an array")
        {
            for key in &addresses {
                let Some(url) = record[key.as_str()].as_str() else {
                    continue;
                };
                // Addresses elsewhere (where a copy was taken from) are not the site's to check.
                let Some(inside) = url.strip_prefix(BASE) else {
                    assert!(
                        !url.starts_with("https://example.org"),
                        "{url} is under the base"
                    );
                    continue;
                };
                let (path, fragment) = inside.split_once('#').unwrap_or((inside, ""));
                let file = if path.is_empty() || path.ends_with('/') {
                    format!("{path}index.html")
                } else {
                    path.to_string()
                };
                let page = files
                    .get(&file)
                    .unwrap_or_else(|| panic!("{name}.{key}: {url} leads to no file ({file})"));
                if !fragment.is_empty() {
                    let html = std::str::from_utf8(page).expect("UTF-8");
                    assert!(
                        html.contains(&format!("id=\"{fragment}\"")),
                        "{name}.{key}: {url}: {file} has no id {fragment}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(
        checked > 50,
        "the data holds the site's addresses ({checked})"
    );
}

#[test]
fn the_csv_files_say_what_the_json_files_say() {
    let files = build(&common::repository());
    for name in datasets(&files) {
        let schema = json(&files, &format!("data/{name}.schema.json"));
        let columns: Vec<&str> = schema["items"]["required"]
            .as_array()
            .expect("required keys")
            .iter()
            .map(|k| k.as_str().expect("a key"))
            .collect();
        let rows = parse_csv(text(&files, &format!("data/{name}.csv")));
        let records = json(&files, &format!("data/{name}.json"));
        let records = records.as_array().expect("an array");
        assert_eq!(rows[0], columns, "{name}.csv: the header names the fields");
        assert_eq!(
            rows.len() - 1,
            records.len(),
            "{name}: as many rows as records"
        );
        for (row, record) in rows[1..].iter().zip(records) {
            let expected: Vec<String> = columns.iter().map(|c| as_cell(&record[*c])).collect();
            assert_eq!(row, &expected, "{name}.csv and {name}.json");
        }
    }
}

#[test]
fn the_downloads_page_links_every_file_and_states_the_licences() {
    let site = common::copy_site();
    let root = site.path();
    let config = std::fs::read_to_string(root.join("site.yaml")).expect("site.yaml");
    std::fs::write(
        root.join("site.yaml"),
        format!("{config}\nlicence:\n  name: Site Licence <1.0>\n  url: https://example.net/site-licence\n"),
    )
    .expect("write site.yaml");
    let sidecar = std::fs::read_dir(root.join("seeds"))
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "yaml"))
        .expect("a sidecar");
    let yaml = std::fs::read_to_string(&sidecar).expect("sidecar");
    std::fs::write(
        &sidecar,
        format!("{yaml}\nlicence:\n  name: Open Government Licence v3.0\n  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n"),
    )
    .expect("write sidecar");
    let files = build(root);
    let page = text(&files, "data/index.html");
    for name in datasets(&files) {
        for file in [".json", ".csv", ".schema.json"] {
            assert!(
                page.contains(&format!("href=\"/explainer/data/{name}{file}\"")),
                "the page links data/{name}{file}"
            );
        }
        let schema = json(&files, &format!("data/{name}.schema.json"));
        for field in schema["items"]["required"].as_array().expect("keys") {
            assert!(
                page.contains(&format!("<code>{}</code>", field.as_str().expect("a key"))),
                "the page explains {name}.{field}"
            );
        }
    }
    assert!(
        page.contains("Site Licence &lt;1.0&gt;"),
        "the site's licence, escaped"
    );
    assert!(page.contains("Open Government Licence v3.0"));
    assert!(
        page.contains("no licence is stated"),
        "the other document says so"
    );
    let documents = json(&files, "data/documents.json");
    let licences: Vec<&Value> = documents
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| &d["licence"])
        .collect();
    assert!(licences.contains(&&Value::from("Open Government Licence v3.0")));
    assert!(licences.contains(&&Value::Null));
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The texts (or `href`s) of the Atom children of `node` named `name`.
fn atom_children(node: roxmltree::Node<'_, '_>, name: &str) -> Vec<String> {
    node.children()
        .filter(|n| n.has_tag_name((ATOM, name)))
        .map(|n| {
            n.text()
                .map(str::to_string)
                .or_else(|| n.attribute("href").map(str::to_string))
                .unwrap_or_default()
        })
        .collect()
}

/// The feeds of instruments, themes and terms: path to the ids of their entries, in order.
fn subject_feeds(files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<String>> {
    let timestamp =
        regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$").expect("a pattern");
    let mut feeds = BTreeMap::new();
    for path in files.keys().filter(|p| p.ends_with("/feed.xml")) {
        let xml = text(files, path);
        let document =
            roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{path} is XML: {e}"));
        let root = document.root_element();
        assert!(root.has_tag_name((ATOM, "feed")), "{path}: an Atom feed");
        assert_eq!(atom_children(root, "id").len(), 1, "{path}: one id");
        assert_eq!(atom_children(root, "title").len(), 1, "{path}: one title");
        let updated = atom_children(root, "updated");
        assert!(
            updated.len() == 1 && timestamp.is_match(&updated[0]),
            "{path}: updated"
        );
        let author = root.children().find(|n| n.has_tag_name((ATOM, "author")));
        assert!(
            author.is_some_and(|a| atom_children(a, "name").len() == 1),
            "{path}: the feed's author, which every entry then has"
        );
        let links = atom_children(root, "link");
        assert!(
            links.contains(&format!("{BASE}{path}")),
            "{path}: a self link"
        );
        let mut ids = Vec::new();
        let mut previous: Option<String> = None;
        for entry in root.children().filter(|n| n.has_tag_name((ATOM, "entry"))) {
            let id = atom_children(entry, "id");
            assert_eq!(id.len(), 1, "{path}: an entry has one id");
            assert!(id[0].contains(':'), "{path}: an id is an IRI: {}", id[0]);
            assert_eq!(
                atom_children(entry, "title").len(),
                1,
                "{path}: entry title"
            );
            let date = atom_children(entry, "updated");
            assert!(
                date.len() == 1 && timestamp.is_match(&date[0]),
                "{path}: entry date"
            );
            match &previous {
                Some(previous) => assert!(previous >= &date[0], "{path}: newest first"),
                None => assert_eq!(date[0], updated[0], "{path}: dated by its newest entry"),
            }
            previous = Some(date[0].clone());
            for link in atom_children(entry, "link") {
                let inside = link.strip_prefix(BASE).expect("a link into the site");
                let page = inside.split('#').next().unwrap_or_default();
                assert!(
                    files.contains_key(&format!("{page}index.html")),
                    "{path}: {link}"
                );
            }
            ids.push(id[0].clone());
        }
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{path}: entry ids are unique");
        feeds.insert(path.clone(), ids);
    }
    feeds
}

#[test]
fn every_instrument_theme_and_term_has_a_valid_feed_with_stable_ids() {
    let root = common::repository();
    let files = build(&root);
    let feeds = subject_feeds(&files);
    assert_eq!(
        feeds,
        subject_feeds(&build(&root)),
        "the same ids in a second build"
    );
    let mut status_steps: BTreeMap<String, usize> = BTreeMap::new();
    for step in json(&files, "data/instrument-status.json")
        .as_array()
        .expect("an array")
    {
        *status_steps
            .entry(step["instrument"].as_str().expect("a slug").to_string())
            .or_default() += 1;
    }
    let mut entries = 0;
    for (data, page_of) in [("instruments", true), ("themes", true), ("glossary", false)] {
        for record in json(&files, &format!("data/{data}.json"))
            .as_array()
            .expect("an array")
        {
            let slug = record["slug"].as_str().expect("a slug");
            let path = format!("{data}/{slug}/feed.xml");
            let ids = feeds
                .get(&path)
                .unwrap_or_else(|| panic!("{path} is written"));
            entries += ids.len();
            if data == "instruments" {
                let steps = status_steps.get(slug).copied().unwrap_or(0);
                let status_entries = ids.iter().filter(|id| id.contains("#status-")).count();
                assert!(
                    status_entries >= steps.min(1) && status_entries <= steps.max(1),
                    "{path}: one entry per status step"
                );
            }
            if page_of {
                let page = text(&files, &format!("{data}/{slug}/index.html"));
                let link = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Follow";
                assert!(
                    page.contains(link),
                    "{data}/{slug}/ links its feed in its head"
                );
                assert!(
                    page.contains(&format!("href=\"/explainer/{path}\"")),
                    "{data}/{slug}/ links {path}"
                );
            }
        }
    }
    assert!(entries > 20, "the feeds have entries ({entries})");
    let glossary = text(&files, "glossary/index.html");
    let terms = json(&files, "data/glossary.json");
    for term in terms.as_array().expect("an array") {
        let slug = term["slug"].as_str().expect("a slug");
        assert!(
            glossary.contains(&format!("href=\"/explainer/glossary/{slug}/feed.xml\"")),
            "the glossary links the feed of {slug}"
        );
    }
}

/// The JSON-LD of a page: the text of each `<script type="application/ld+json">`, as a browser
/// parses it, read as JSON.
fn json_ld(html: &str) -> Vec<Value> {
    let page = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("script[type=\"application/ld+json\"]").expect("css");
    page.select(&selector)
        .map(|script| {
            let text: String = script.text().collect();
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("JSON-LD parses: {e}\n{text}"))
        })
        .collect()
}

#[test]
fn document_and_instrument_pages_describe_themselves_in_json_ld_that_text_cannot_break() {
    let site = common::copy_site();
    let root = site.path();
    let hostile = "A statement </script><script>alert(1)</script> & <!-- more";
    let sidecar = std::fs::read_dir(root.join("seeds"))
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .find(|p| {
            let text = std::fs::read_to_string(p).expect("sidecar");
            !text.lines().any(|l| l.starts_with("title:"))
        })
        .expect("a sidecar without a title");
    let yaml = std::fs::read_to_string(&sidecar).expect("sidecar");
    std::fs::write(&sidecar, format!("{yaml}\ntitle: \"{hostile}\"\n")).expect("write sidecar");
    let files = build(root);
    let documents = json(&files, "data/documents.json");
    let mut hostile_seen = false;
    for document in documents.as_array().expect("an array") {
        let slug = document["slug"].as_str().expect("a slug");
        let html = text(&files, &format!("documents/{slug}/index.html"));
        assert!(
            !html.contains("<script>alert"),
            "{slug}: a title never becomes markup"
        );
        let described = json_ld(html);
        assert_eq!(described.len(), 1, "{slug}: one JSON-LD block");
        let statement = &described[0];
        assert_eq!(statement["@context"], "https://schema.org");
        assert_eq!(statement["@type"], "Article");
        assert_eq!(
            statement["headline"], document["title"],
            "{slug}: the title"
        );
        assert_eq!(statement["url"], document["url"]);
        assert_eq!(statement["datePublished"], document["date"]);
        if let Some(publisher) = document["publisher"].as_str() {
            assert_eq!(statement["publisher"]["name"], publisher);
        }
        if let Some(original) = document["original_title"].as_str() {
            assert_eq!(
                statement["isBasedOn"]["name"], original,
                "{slug}: the original"
            );
            assert_eq!(statement["isBasedOn"]["url"], document["original_url"]);
        }
        hostile_seen |= statement["headline"] == hostile;
    }
    assert!(hostile_seen, "the hostile title reached the JSON-LD intact");
    for instrument in json(&files, "data/instruments.json")
        .as_array()
        .expect("an array")
    {
        let slug = instrument["slug"].as_str().expect("a slug");
        let described = json_ld(text(&files, &format!("instruments/{slug}/index.html")));
        assert_eq!(described.len(), 1, "{slug}: one JSON-LD block");
        assert_eq!(described[0]["name"], instrument["name"]);
        assert_eq!(described[0]["url"], instrument["url"]);
        let subject_of = described[0]["subjectOf"].as_array().map_or(0, Vec::len);
        let mentioned = instrument["mentions"].as_u64().expect("a count") > 0;
        assert_eq!(
            subject_of > 0,
            mentioned,
            "{slug}: the documents that mention it"
        );
    }
}

#[test]
fn every_paragraph_offers_its_citation_without_javascript() {
    let files = build(&common::repository());
    let documents: BTreeMap<String, Value> = json(&files, "data/documents.json")
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| (d["slug"].as_str().expect("a slug").to_string(), d.clone()))
        .collect();
    let mut pages: BTreeMap<String, scraper::Html> = BTreeMap::new();
    for paragraph in json(&files, "data/paragraphs.json")
        .as_array()
        .expect("an array")
    {
        let slug = paragraph["document"].as_str().expect("a slug");
        let id = paragraph["id"].as_str().expect("an id");
        let page = pages.entry(slug.to_string()).or_insert_with(|| {
            scraper::Html::parse_document(text(&files, &format!("documents/{slug}/index.html")))
        });
        // The citation follows the paragraph, so that the permalink's target shows it.
        let selector = scraper::Selector::parse(&format!("p#{id} + p.cite-line")).expect("css");
        let citation: String = page
            .select(&selector)
            .next()
            .unwrap_or_else(|| panic!("{slug}#{id}: a citation after the paragraph"))
            .text()
            .collect();
        let document = &documents[slug];
        let number = paragraph["number"].as_u64().expect("a number");
        for part in [
            document["title"].as_str().expect("a title").to_string(),
            format!("paragraph {number}"),
            paragraph["url"].as_str().expect("a url").to_string(),
        ]
        .into_iter()
        .chain(document["publisher"].as_str().map(str::to_string))
        {
            assert!(
                citation.contains(&part),
                "{slug}#{id}: {part} in {citation:?}"
            );
        }
    }
}
