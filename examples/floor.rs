//! The floor under a build: read every `.md` file below a folder and render it with pulldown-cmark
//! alone, in parallel with rayon as accord does, and nothing else (no templates, no links, no
//! search index). With `--out DIR`, each page is also written to `DIR/PATH/index.html`, as a
//! generator writes it.
//!
//!     cargo build --release --example floor
//!     target/release/examples/floor CONTENT_DIR [--out DIR]
//!
//! `bench/run.sh` times it beside accord on the same corpus.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pulldown_cmark::{html, Options, Parser};
use rayon::prelude::*;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(folder) = args.next().map(PathBuf::from) else {
        eprintln!("usage: floor CONTENT_DIR [--out DIR]");
        return ExitCode::FAILURE;
    };
    let out = match (args.next(), args.next()) {
        (Some(flag), Some(dir)) if flag == "--out" => Some(PathBuf::from(dir)),
        (None, _) => None,
        _ => {
            eprintln!("usage: floor CONTENT_DIR [--out DIR]");
            return ExitCode::FAILURE;
        }
    };
    let files: Vec<PathBuf> = walkdir::WalkDir::new(&folder)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let result: std::io::Result<usize> = files
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path)?;
            let html = render(body(&text));
            if let Some(out) = &out {
                write(out, &folder, path, &html)?;
            }
            Ok(html.len())
        })
        .try_reduce(|| 0, |a, b| Ok(a + b));
    match result {
        Ok(bytes) => {
            println!("rendered {} files, {bytes} bytes of HTML", files.len());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("floor: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The text after the YAML front matter, which is not Markdown.
fn body(text: &str) -> &str {
    text.strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n").map(|(_, body)| body))
        .unwrap_or(text)
}

fn render(markdown: &str) -> String {
    // The options accord's renderer enables, so that both parse the same constructs.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut html, Parser::new_ext(markdown, options));
    html
}

fn write(out: &Path, folder: &Path, path: &Path, html: &str) -> std::io::Result<()> {
    let relative = path.strip_prefix(folder).unwrap_or(path).with_extension("");
    let target = out.join(relative).join("index.html");
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(target, html)
}
