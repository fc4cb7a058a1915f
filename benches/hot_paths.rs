//! Micro-benchmarks of the build's hot paths, on the real UK-Belgium site in this repository:
//! seed parsing, mention matching, Markdown rendering, code highlighting and one page through the
//! templates.
//!
//! Run with `cargo bench --bench hot_paths` (add `-- --quick` for a faster, rougher pass).
// criterion_group! makes an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::{Path, PathBuf};

use accord::build::{BuildOptions, Site};
use accord::link::Matcher;
use accord::render::markdown::{LinkTargets, MarkdownRenderer};
use accord::render::PageKind;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The real seeds' texts, decoded as the build decodes them.
fn seed_texts() -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .expect("the repository has seeds/")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).expect("seed readable");
            accord::seed::decode(path, &bytes).expect("seed decodes")
        })
        .collect()
}

fn load_site() -> Site {
    Site::load(&BuildOptions::new(root())).expect("the real site loads")
}

fn seed_parsing(c: &mut Criterion) {
    let texts = seed_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("seed");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse every real seed", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(accord::seed::parse::parse(black_box(text)));
            }
        })
    });
    group.finish();
}

fn mention_matching(c: &mut Criterion) {
    let site = load_site();
    let matcher = Matcher::new(&site.content.instruments, &site.content.glossary)
        .expect("the real site's names are distinct");
    let paragraphs: Vec<&str> = site
        .documents
        .iter()
        .flat_map(|d| d.paragraphs().map(|(_, p)| p.text.as_str()))
        .collect();
    let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();
    let mut group = c.benchmark_group("link");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("Matcher::new", |b| {
        b.iter(|| Matcher::new(&site.content.instruments, &site.content.glossary))
    });
    group.bench_function("Matcher::find over every paragraph", |b| {
        b.iter(|| {
            for paragraph in &paragraphs {
                black_box(matcher.find(black_box(paragraph)));
            }
        })
    });
    group.finish();
}

fn markdown(c: &mut Criterion) {
    let site = load_site();
    let targets = LinkTargets::default();
    let renderer = MarkdownRenderer {
        unsafe_html: false,
        targets: &targets,
    };
    // Every authored body of the site, with its path so that errors (there are none) would point
    // at the right file.
    let bodies: Vec<(&str, &Path)> = site
        .content
        .themes
        .iter()
        .map(|e| (e.body.as_str(), e.source_path.as_path()))
        .chain(
            site.content
                .instruments
                .iter()
                .map(|e| (e.body.as_str(), e.source_path.as_path())),
        )
        .chain(
            site.content
                .glossary
                .iter()
                .map(|e| (e.body.as_str(), e.source_path.as_path())),
        )
        .collect();
    let bytes: usize = bodies.iter().map(|(b, _)| b.len()).sum();
    let mut group = c.benchmark_group("markdown");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("render every theme, instrument and term body", |b| {
        b.iter(|| {
            for (body, path) in &bodies {
                // Links between content files are not resolved here (no targets): the cost
                // measured is pulldown-cmark and accord's event handling.
                let _ = black_box(renderer.render(body, path, 1, ""));
            }
        })
    });
    group.finish();
}

const RUST_CODE: &str = r#"use std::collections::HashMap;

/// Counts the words of a text.
pub fn count(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let text = "the quick brown fox jumps over the lazy dog";
    for (word, n) in count(text) {
        println!("{word}: {n}");
    }
}
"#;

const YAML_CODE: &str = "title: Bench\nlanguage: en-GB\nmenu:\n  - title: About\n    url: about/\n";

fn highlighting(c: &mut Criterion) {
    let mut group = c.benchmark_group("highlight");
    // The syntax set loads once per process, on first use; keep that out of the figures.
    black_box(accord::render::highlight::highlight(RUST_CODE, "rust"));
    group.throughput(Throughput::Bytes(RUST_CODE.len() as u64));
    group.bench_function("rust, 17 lines", |b| {
        b.iter(|| accord::render::highlight::highlight(black_box(RUST_CODE), "rust"))
    });
    group.throughput(Throughput::Bytes(YAML_CODE.len() as u64));
    group.bench_function("yaml, 5 lines", |b| {
        b.iter(|| accord::render::highlight::highlight(black_box(YAML_CODE), "yaml"))
    });
    group.finish();
}

fn templates(c: &mut Criterion) {
    let site = load_site();
    let bodies = site.render_bodies(None).expect("the real site renders");
    let mut group = c.benchmark_group("page");
    let pages = [
        ("document", PageKind::Document(site.documents.len() - 1)),
        ("instrument", PageKind::Instrument(0, 1)),
        ("theme", PageKind::Theme(0, 1)),
        ("home", PageKind::Home),
        ("glossary", PageKind::Glossary),
    ];
    for (name, kind) in pages {
        group.bench_function(format!("Site::render_page({name})"), |b| {
            b.iter(|| site.render_page(kind, &bodies).expect("the page renders"))
        });
    }
    group.bench_function("Site::render_bodies", |b| {
        b.iter(|| site.render_bodies(None).expect("the bodies render"))
    });
    group.finish();
}

criterion_group!(
    benches,
    seed_parsing,
    mention_matching,
    markdown,
    highlighting,
    templates
);
criterion_main!(benches);
