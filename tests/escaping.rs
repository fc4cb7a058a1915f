//! Everything from a seed is escaped, in text and in attributes: a property test writes arbitrary
//! hostile text into a seed and its metadata, builds the site in memory, and checks with an HTML
//! parser that every page has exactly the elements, attributes and URLs it has with plain text,
//! and that the hostile text reads back as itself.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use scraper::{Html, Selector};

/// Text that tries to become markup, script, a template, an entity or a URL.
const TOKENS: [&str; 24] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' autofocus onfocus='alert(1)",
    "javascript:alert(1)",
    "<a href=\"https://evil.example/\">click</a>",
    "https://evil.example/path?q=1&r=2",
    "&amp;",
    "&lt;b&gt;",
    "&#60;svg onload=alert(1)&#62;",
    "</p><p>",
    "<!--",
    "-->",
    "]]>",
    "<![CDATA[",
    "{{ site.title }}",
    "{% raw %}",
    "</textarea></title></style>",
    "<style>body{display:none}</style>",
    "\u{202e}",
    "\u{feff}",
    "\\",
    "`${alert(1)}`",
    "<base href=//evil.example>",
];

/// Arbitrary hostile text for one seed line: tokens and characters with no ASCII letters or
/// digits, so that it never names an instrument, a glossary term, a theme keyword or a date (which
/// would rightly add links or timeline entries), and no line breaks or control characters.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(&TOKENS[..]).prop_map(str::to_string),
        "[<>&\"'=/\\\\ ;:!#%(){}\\[\\]\\-_.,?*+|`~^@$\u{a0}\u{200b}\u{202e}\u{feff}中文Жж😀\u{301}\t]{1,12}",
    ];
    proptest::collection::vec(piece, 1..8).prop_map(|pieces| pieces.concat())
}

/// The seed and metadata for one case: `text` goes into a paragraph, the title and the publisher.
/// The text comes twice, in the first paragraph and in one that names NATO; plain paragraphs
/// between keep the second from reading as a copy of the first (a repeated lede, which the page
/// notes whatever the text) when the text is long.
fn write_seed(root: &Path, text: &str) {
    // The text comes back in the sixth paragraph, past the four after the first where a copy's
    // repeated lede is looked for: a long text there would read as the lede printed again, and
    // the page's note saying so would change its shape for a reason that is not markup.
    let seed = format!(
        "Hostile readout\n\ntext: {text} end.\n\nFirst plain paragraph.\n\nSecond plain paragraph.\n\nThird plain paragraph.\n\nFourth plain paragraph.\n\nNATO met the partners. text: {text} end.\n\nClosing paragraph.\n"
    );
    std::fs::write(root.join("seeds/zz_hostile.txt"), seed).unwrap();
    let mut sidecar = BTreeMap::new();
    sidecar.insert("slug", "hostile-readout".to_string());
    sidecar.insert("title", format!("Readout {text}"));
    sidecar.insert("publisher", format!("Office {text}"));
    sidecar.insert("kind", "readout".to_string());
    sidecar.insert("date", "2030-01-01".to_string());
    let yaml = serde_yaml::to_string(&sidecar).unwrap();
    std::fs::write(root.join("seeds/zz_hostile.yaml"), yaml).unwrap();
}

/// What a page's markup is made of: every element with its attribute names, in order, and every
/// URL it points to.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    elements: Vec<String>,
    urls: BTreeSet<String>,
}

fn shape(document: &Html) -> Shape {
    let mut elements = Vec::new();
    let mut urls = BTreeSet::new();
    for node in document.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let mut names: Vec<String> = element.attrs().map(|(n, _)| n.to_string()).collect();
        names.sort();
        elements.push(format!("{}[{}]", element.name(), names.join(",")));
        for (name, value) in element.attrs() {
            if matches!(
                name,
                "href" | "src" | "action" | "formaction" | "srcset" | "poster" | "data"
            ) || name.starts_with("on")
            {
                urls.insert(format!("{name}={value}"));
            }
        }
    }
    Shape { elements, urls }
}

/// The shapes of every HTML page and of the HTML snippets in `previews.json`, by path.
fn shapes(files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Shape> {
    let mut shapes = BTreeMap::new();
    for (path, bytes) in files {
        let text = String::from_utf8_lossy(bytes);
        if path.ends_with(".html") {
            shapes.insert(path.clone(), shape(&Html::parse_document(&text)));
        } else if path.ends_with(".json") {
            let value: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{path} is not JSON any more: {e}"));
            let mut snippets = Vec::new();
            collect_html(&value, &mut snippets);
            for (index, snippet) in snippets.iter().enumerate() {
                let fragment = Html::parse_fragment(snippet);
                shapes.insert(format!("{path}#{index}"), shape(&fragment));
            }
        } else if path.ends_with(".xml") {
            let document = roxmltree::Document::parse(&text)
                .unwrap_or_else(|e| panic!("{path} is not XML any more: {e}"));
            let elements = document
                .descendants()
                .filter(|n| n.is_element())
                .map(|n| n.tag_name().name().to_string())
                .collect();
            shapes.insert(
                path.clone(),
                Shape {
                    elements,
                    urls: BTreeSet::new(),
                },
            );
        }
    }
    shapes
}

/// Every string under a key named `html` in a JSON value: HTML that scripts insert into pages.
fn collect_html(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match value {
                    serde_json::Value::String(text) if key == "html" => out.push(text.clone()),
                    other => collect_html(other, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_html(v, out)),
        _ => {}
    }
}

fn text_of(document: &Html, selector: &str) -> String {
    let selector = Selector::parse(selector).unwrap();
    let texts: Vec<String> = document
        .select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect();
    common::collapse(&texts.join(" "))
}

fn build(root: &Path) -> BTreeMap<String, Vec<u8>> {
    accord::build_in_memory(&accord::BuildOptions::new(root))
        .unwrap_or_else(|e| panic!("the build failed: {e}"))
}

/// A copy of the site, built once with plain text: its file list and shapes.
type Baseline = (tempfile::TempDir, Vec<String>, BTreeMap<String, Shape>);

fn baseline() -> &'static Baseline {
    static BASELINE: OnceLock<Baseline> = OnceLock::new();
    BASELINE.get_or_init(|| {
        let site = common::copy_site();
        write_seed(site.path(), "plain words");
        let files = build(site.path());
        let shapes = shapes(&files);
        (site, files.into_keys().collect(), shapes)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn seed_text_never_becomes_markup(text in hostile()) {
        let (site, baseline, expected) = baseline();
        let root = site.path();
        write_seed(root, &text);
        let built = build(root);
        // The search index's files are named after their content, which is the seed's text.
        let named = |path: &&String| !path.starts_with("pagefind/");
        prop_assert_eq!(
            baseline.iter().filter(named).collect::<Vec<_>>(),
            built.keys().filter(named).collect::<Vec<_>>(),
            "the same files"
        );
        let actual = shapes(&built);
        for (path, shape) in expected {
            prop_assert_eq!(Some(shape), actual.get(path), "the shape of {}", path);
        }
        prop_assert_eq!(expected.len(), actual.len());
        // The text reads back as itself, in the paragraphs, the title and the publisher.
        let page = String::from_utf8_lossy(&built["documents/hostile-readout/index.html"]).into_owned();
        let document = Html::parse_document(&page);
        let wanted = common::collapse(&format!("text: {text} end."));
        prop_assert!(text_of(&document, "#p-1").contains(&wanted), "p-1: {}", text_of(&document, "#p-1"));
        prop_assert!(text_of(&document, "#p-6").contains(&wanted), "p-6: {}", text_of(&document, "#p-6"));
        prop_assert_eq!(text_of(&document, "h1"), common::collapse(&format!("Readout {text}")));
        let publisher = common::collapse(&format!("Office {text}"));
        prop_assert!(text_of(&document, "dd").contains(&publisher), "publisher");
    }
}

/// Authors are trusted with raw HTML in Markdown unless `site.yaml` says `unsafe_html: false`;
/// script links are refused either way (see `tests/bad_input/javascript_link*.yaml`).
#[test]
fn raw_html_in_markdown_is_kept_only_while_unsafe_html_is_on() {
    let site = common::copy_site();
    let root = site.path();
    std::fs::write(
        root.join("content/zz-raw.md"),
        "---\ntitle: Raw\n---\nSome <b class=\"raw-test\">bold</b> words.\n\n<div class=\"raw-block\">A block.</div>\n",
    )
    .unwrap();
    let bold = Selector::parse("b.raw-test, div.raw-block").unwrap();
    let page = |files: &BTreeMap<String, Vec<u8>>| {
        Html::parse_document(&String::from_utf8_lossy(&files["zz-raw/index.html"]))
    };
    let trusted = page(&build(root));
    assert_eq!(trusted.select(&bold).count(), 2, "raw HTML kept by default");
    let config = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    std::fs::write(
        root.join("site.yaml"),
        format!("{config}\nunsafe_html: false\n"),
    )
    .unwrap();
    let safe = page(&build(root));
    assert_eq!(safe.select(&bold).count(), 0, "raw HTML escaped");
    let text = text_of(&safe, "main");
    assert!(
        text.contains("<b class=\"raw-test\">bold</b>"),
        "shown as text: {text}"
    );
}
