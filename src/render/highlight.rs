//! Code highlighting with syntect, by CSS classes, so that one stylesheet serves light and dark.
//!
//! The syntax set is loaded once per process, and only when a page has code.
//!
//! Parsing a line (syntect's regex machine) is nearly all the cost, and documentation repeats
//! lines: closing braces, blank lines, imports, snippets copied between pages. So each line's
//! HTML is remembered by the process (one build, or all of `serve`'s rebuilds, in a bounded
//! cache), keyed by its text and the parser's and scope stack's state before it: the HTML and
//! the states after it depend on nothing else. The output is byte for byte what syntect's
//! `ClassedHTMLGenerator` writes: this module drives the same lower-level calls that generator
//! makes, and a test compares the two.

use std::hash::BuildHasher;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::{FxBuildHasher, FxHashMap};
use syntect::highlighting::ThemeSet;
use syntect::html::{css_for_theme_with_class_style, line_tokens_to_classed_spans, ClassStyle};
use syntect::parsing::{ParseState, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

use super::escape::push_escaped;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

fn syntaxes() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// Lines longer than this are not remembered: long lines rarely repeat, and they cost the most
/// memory.
const MAX_CACHED_LINE: usize = 240;
/// How many states one line text is remembered in: a closing brace is met at many depths, and
/// past this the extra entries would mostly be looked through for nothing.
const MAX_STATES_PER_LINE: usize = 24;
/// How many (line, state) entries the whole cache holds; when full, it is emptied and starts
/// again. An entry of Rust takes about 1.5 kB (both states and the HTML), so this bounds the
/// cache near 30 MB; the benchmark corpus of 10,000 pages needs about 2,500 entries.
const MAX_ENTRIES: usize = 20_000;
/// Shards of the cache, so that rayon threads highlighting at once seldom wait on one lock.
const SHARDS: usize = 16;

/// One line highlighted from one state: what it was parsed from, what it wrote, and where it
/// left the parser and the scope stack.
struct CachedLine {
    parse_before: ParseState,
    scopes_before: ScopeStack,
    html: Box<str>,
    /// Spans opened minus spans closed by this line, for the closing tags at the end.
    span_delta: isize,
    parse_after: ParseState,
    scopes_after: ScopeStack,
}

/// A line's text and the states it has been highlighted from.
type Shard = FxHashMap<Box<str>, Vec<Arc<CachedLine>>>;

/// The build-wide line cache. Its entries are shared (`Arc`), so a thread holds a shard's lock
/// only to find one, and copies the HTML and states outside it.
struct LineCache {
    shards: Vec<Mutex<Shard>>,
    /// Entries held, across shards. Counted loosely (threads inserting while another empties
    /// the cache may leave it a few off), which is enough for a bound.
    entries: AtomicUsize,
}

impl LineCache {
    fn new() -> Self {
        LineCache {
            shards: (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect(),
            entries: AtomicUsize::new(0),
        }
    }

    fn shard(&self, line: &str) -> &Mutex<Shard> {
        // The shard is picked by middle bits of the hash: the map inside it places a line by the
        // low bits and tells lines apart by the top ones, which must not be the same in a shard.
        let hash = FxBuildHasher.hash_one(line);
        // The modulo keeps the index below SHARDS, the length of `shards`.
        &self.shards[((hash >> 32) as usize) % SHARDS]
    }

    /// The entry for `line` highlighted from these states, if one is remembered.
    fn get(&self, line: &str, parse: &ParseState, scopes: &ScopeStack) -> Option<Arc<CachedLine>> {
        // A panic elsewhere while a lock was held leaves complete entries (they are pushed
        // whole), so a poisoned lock's map is still right to use.
        let shard = self.shard(line).lock().unwrap_or_else(|p| p.into_inner());
        shard
            .get(line)?
            .iter()
            .find(|entry| entry.parse_before == *parse && entry.scopes_before == *scopes)
            .cloned()
    }

    /// Remembers `entry` for `line`, unless this line's list is full or another thread
    /// remembered the same one meanwhile. A full cache is emptied first, rather than frozen,
    /// so that `serve`, which rebuilds in one process, keeps remembering the code as it is now.
    fn insert(&self, line: &str, entry: CachedLine) {
        if self.entries.load(Ordering::Relaxed) >= MAX_ENTRIES {
            for shard in &self.shards {
                shard.lock().unwrap_or_else(|p| p.into_inner()).clear();
            }
            self.entries.store(0, Ordering::Relaxed);
        }
        let mut shard = self.shard(line).lock().unwrap_or_else(|p| p.into_inner());
        let states = shard.entry(line.into()).or_default();
        if states.len() >= MAX_STATES_PER_LINE
            || states.iter().any(|known| {
                known.parse_before == entry.parse_before
                    && known.scopes_before == entry.scopes_before
            })
        {
            return;
        }
        states.push(Arc::new(entry));
        self.entries.fetch_add(1, Ordering::Relaxed);
    }
}

fn line_cache() -> &'static LineCache {
    static CACHE: OnceLock<LineCache> = OnceLock::new();
    CACHE.get_or_init(LineCache::new)
}

/// Highlights `code` written in `language` (a fence's info string) as `<pre><code>` HTML.
/// Unknown languages and plain text are escaped, not highlighted.
pub fn highlight(code: &str, language: &str) -> String {
    let (language, syntax) = match syntax_for(code, language) {
        Ok(found) => found,
        Err(plain) => return plain,
    };
    highlighted(code, language, syntax)
}

/// [`highlight`] of code in a language syntect knows.
fn highlighted(code: &str, language: &str, syntax: &SyntaxReference) -> String {
    let mut html = String::with_capacity(code.len() * 2);
    html.push_str("<pre class=\"highlight\"><code class=\"language-");
    push_escaped(&mut html, language);
    html.push_str("\">");
    if highlight_lines(&mut html, code, syntax, syntaxes()).is_none() {
        // A syntax definition that fails on this input: show the code plainly instead.
        return plain(code, None);
    }
    html.push_str("</code></pre>\n");
    html
}

/// The language named by a fence's info string and its syntax, or, for no language or one
/// syntect does not know, the code as plain HTML.
fn syntax_for<'a>(
    code: &str,
    info: &'a str,
) -> Result<(&'a str, &'static SyntaxReference), String> {
    let language = info.split([' ', ',', '{']).next().unwrap_or("").trim();
    if language.is_empty() {
        return Err(plain(code, None));
    }
    match syntaxes().find_syntax_by_token(language) {
        Some(syntax) => Ok((language, syntax)),
        None => Err(plain(code, Some(language))),
    }
}

/// `code` escaped in `<pre><code>`, with its language's class when it names one.
fn plain(code: &str, language: Option<&str>) -> String {
    let mut html = String::with_capacity(code.len() + 64);
    html.push_str("<pre><code");
    if let Some(language) = language {
        html.push_str(" class=\"language-");
        push_escaped(&mut html, language);
        html.push('"');
    }
    html.push('>');
    push_escaped(&mut html, code);
    html.push_str("</code></pre>\n");
    html
}

/// Appends the classed spans for `code` to `html`, as `ClassedHTMLGenerator` writes them for
/// each line and then in `finalize`; `None` if syntect fails on the input.
fn highlight_lines(
    html: &mut String,
    code: &str,
    syntax: &SyntaxReference,
    set: &SyntaxSet,
) -> Option<()> {
    let cache = line_cache();
    let mut parse = ParseState::new(syntax);
    let mut scopes = ScopeStack::new();
    let mut open_spans: isize = 0;
    for line in LinesWithEndings::from(code) {
        let cacheable = line.len() <= MAX_CACHED_LINE;
        if cacheable {
            if let Some(hit) = cache.get(line, &parse, &scopes) {
                html.push_str(&hit.html);
                open_spans += hit.span_delta;
                parse.clone_from(&hit.parse_after);
                scopes.clone_from(&hit.scopes_after);
                continue;
            }
        }
        let before = cacheable.then(|| (parse.clone(), scopes.clone()));
        // The same two calls, in the same order, as
        // `ClassedHTMLGenerator::parse_html_for_line_which_includes_newline`.
        let ops = parse.parse_line(line, set).ok()?;
        let (spans, span_delta) =
            line_tokens_to_classed_spans(line, &ops, CLASS_STYLE, &mut scopes).ok()?;
        html.push_str(&spans);
        open_spans += span_delta;
        if let Some((parse_before, scopes_before)) = before {
            cache.insert(
                line,
                CachedLine {
                    parse_before,
                    scopes_before,
                    html: spans.into_boxed_str(),
                    span_delta,
                    parse_after: parse.clone(),
                    scopes_after: scopes.clone(),
                },
            );
        }
    }
    // What `ClassedHTMLGenerator::finalize` writes: a close for every span still open.
    for _ in 0..open_spans {
        html.push_str("</span>");
    }
    Some(())
}

/// The stylesheet for highlighted code: a light theme, and a dark one for dark mode.
pub fn stylesheet() -> String {
    // Made from syntect's built-in themes alone, the same in every build: made once, since
    // loading the themes is more work than a `serve` session's whole rebuild of one edit.
    static STYLESHEET: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    STYLESHEET.get_or_init(make_stylesheet).clone()
}

/// [`stylesheet`], made anew.
fn make_stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    let mut css = String::from("/* Generated by accord from syntect's themes. */\n");
    for (name, dark) in [("InspiredGitHub", false), ("base16-ocean.dark", true)] {
        let Some(theme) = themes.themes.get(name) else {
            continue;
        };
        let Ok(rules) = css_for_theme_with_class_style(theme, CLASS_STYLE) else {
            continue;
        };
        if dark {
            css.push_str("@media (prefers-color-scheme: dark) {\n");
            css.push_str(&rules);
            css.push_str("}\n");
        } else {
            css.push_str(&rules);
        }
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;
    use syntect::html::ClassedHTMLGenerator;

    /// The highlighting this module did before it remembered lines: syntect's own generator,
    /// one line at a time. The cached path must write exactly these bytes.
    fn reference(code: &str, language: &str) -> String {
        let (language, syntax) = match syntax_for(code, language) {
            Ok(found) => found,
            Err(plain) => return plain,
        };
        let set = syntaxes();
        let mut html = String::new();
        let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            if generator
                .parse_html_for_line_which_includes_newline(line)
                .is_err()
            {
                return plain(code, None);
            }
        }
        html.push_str("<pre class=\"highlight\"><code class=\"language-");
        push_escaped(&mut html, language);
        html.push_str("\">");
        html.push_str(&generator.finalize());
        html.push_str("</code></pre>\n");
        html
    }

    /// Varied code, chosen so that the same line text meets the parser in different states:
    /// inside and outside strings and comments that span lines, at different depths, in
    /// languages embedded in others, and at the start of a block (syntect's first line).
    const SAMPLES: &[(&str, &str)] = &[
        ("rust", "use std::collections::HashMap;\n\n/* a comment\n}\n*/\nfn main() {\n    let s = \"a string\n}\n\";\n    if true {\n        {\n        }\n    }\n}\n"),
        ("rust", "}\n"),
        ("rust", "let r = r#\"raw\n}\n\"#;\n/// doc\n//! inner\nfn f<'a>(x: &'a str) -> &'a str { x }\n"),
        ("rust", "#[derive(Debug)]\nstruct S {\n    a: u8,\n}\n\nimpl S {\n    fn new() -> Self {\n        S { a: 1 }\n    }\n}"),
        ("python", "import os\n\ndef f(x):\n    \"\"\"Docstring\n    import os\n    \"\"\"\n    return x  # comment\n\nclass C:\n    pass\nimport os\ns = '''\ndef f(x):\n'''\n"),
        ("python", "import os\n"),
        ("json", "{\n  \"a\": [1, 2.5, true, null],\n  \"b\": {\"c\": \"d\\\"e\"}\n}\n"),
        ("json", "}\n{\n}\n"),
        ("yaml", "title: Bench\nmenu:\n  - title: About\n    url: about/\ntext: |\n  title: Bench\n  - x\ntitle: Bench\n"),
        ("bash", "#!/bin/sh\necho \"$HOME\" 'x'\ncat <<EOF\necho \"$HOME\" 'x'\nEOF\nfor i in 1 2; do echo $i; done\n"),
        ("html", "<html>\n<script>\nlet s = \"}\";\n}\n</script>\n<style>\n}\nbody { color: red; }\n</style>\n}\n</html>\n"),
        ("js", "const a = `template\n}\n${1 + 2}\n`;\n}\n"),
        ("c", "#include <stdio.h>\n/* x\n}\n*/\nint main(void) {\n}\n"),
        ("markdown", "# Title\n\n```rust\nfn main() {}\n}\n```\n}\n"),
        ("rust", "fn main() {\r\n    println!(\"crlf\");\r\n}\r\n"),
        ("rust", "no final newline {"),
        ("rust {.numbered}", "fn f() {}\n"),
        ("Rust,ignore", "fn f() {}\n"),
        ("no-such-language", "fn f() {}\n<&>\n"),
        ("", "plain <text> & more\n"),
        ("rust", ""),
        ("python", ""),
        ("rust", "\n\n\n"),
    ];

    #[test]
    fn cached_highlighting_writes_what_syntect_writes() {
        // Cold and then warm (every line remembered), forwards and backwards, so that lines
        // are met first in one state and then in others.
        for round in 0..2 {
            for &(language, code) in SAMPLES.iter().chain(SAMPLES.iter().rev()) {
                assert_eq!(
                    highlight(code, language),
                    reference(code, language),
                    "round {round}, {language}: {code:?}"
                );
            }
        }
    }

    #[test]
    fn long_lines_are_highlighted_without_being_remembered() {
        let long = format!("let s = \"{}\";\n", "x".repeat(MAX_CACHED_LINE));
        let code = format!("fn main() {{\n{long}{long}}}\n");
        assert_eq!(highlight(&code, "rust"), reference(&code, "rust"));
        let remembered = line_cache()
            .shard(&long)
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains_key(long.as_str());
        assert!(!remembered);
    }

    #[test]
    fn unknown_and_plain_code_is_escaped() {
        assert_eq!(
            highlight("<a>\n", ""),
            "<pre><code>&lt;a&gt;\n</code></pre>\n"
        );
        assert_eq!(
            highlight("<a>\n", "nope"),
            "<pre><code class=\"language-nope\">&lt;a&gt;\n</code></pre>\n"
        );
    }
}
