//! `accord check --explain-themes`: for every paragraph of every seed, its themes and why (the
//! heading that proposed a theme, the words that decided), and the themes its heading proposed
//! that its words turned down, so that an author can correct keywords or headings in content/.

use std::fmt::Write as _;

use crate::link::themes::{Assignment, Reason};
use crate::link::Classifier;
use crate::load::Site;

/// The explanation, as text for a terminal.
pub fn explain(site: &Site) -> String {
    let classifier = Classifier::new(&site.content.themes);
    let title = |theme: usize| site.content.themes[theme].meta.title.as_str();
    let mut out = String::new();
    for document in &site.documents {
        let _ = writeln!(
            out,
            "{}: {}",
            document.source_path.display(),
            document.title
        );
        let parties = crate::link::document_parties(document, &classifier);
        for section in &document.sections {
            for paragraph in &section.paragraphs {
                let heading = section.heading.as_deref();
                let _ = writeln!(
                    out,
                    "  {} (line {}){}",
                    paragraph.id,
                    paragraph.line,
                    heading.map_or(String::new(), |h| format!(" under \"{h}\""))
                );
                let assigned: Vec<Assignment> = match document.paragraph_themes.get(&paragraph.id) {
                    Some(slugs) => slugs
                        .iter()
                        .filter_map(|s| classifier.theme_by_slug(s))
                        .map(|theme| Assignment {
                            theme,
                            reason: Reason::Sidecar,
                        })
                        .collect(),
                    None => classifier.explain_in(&parties, heading, &paragraph.text),
                };
                if assigned.is_empty() {
                    let _ = writeln!(
                        out,
                        "    no theme: it uses no theme's keywords outside its framing sentences and names in passing"
                    );
                }
                if !document.paragraph_themes.contains_key(&paragraph.id) {
                    for (sentence, why) in classifier.framing_sentences(&paragraph.text) {
                        let _ = writeln!(
                            out,
                            "    framing sentence, {}: \"{}\"",
                            why.describe(),
                            opening_words(&sentence)
                        );
                    }
                    for (word, why) in classifier.names_in_passing(&parties, &paragraph.text) {
                        let _ = writeln!(out, "    in passing, {}: \"{word}\"", why.describe());
                    }
                }
                for assignment in &assigned {
                    let why = match &assignment.reason {
                        Reason::Heading { heading, words } if words.is_empty() => {
                            format!("its heading \"{heading}\" (no keyword of the theme)")
                        }
                        Reason::Heading { heading, words } => {
                            format!("its heading \"{heading}\" and the words {}", quoted(words))
                        }
                        Reason::Words(words) => format!("the words {}", quoted(words)),
                        Reason::Sidecar => format!(
                            "set in {}",
                            document.source_path.with_extension("yaml").display()
                        ),
                    };
                    let _ = writeln!(out, "    {}: {why}", title(assignment.theme));
                }
                // A paragraph under a heading has no theme only when it merely frames (the
                // message above says so): its heading's themes need no reason of their own.
                if document.paragraph_themes.contains_key(&paragraph.id) || assigned.is_empty() {
                    continue;
                }
                for &theme in heading.map_or(&[][..], |h| classifier.heading_themes(h)) {
                    if !assigned.iter().any(|a| a.theme == theme) {
                        let _ = writeln!(
                            out,
                            "    not {}: its heading proposes it, but the paragraph uses its keywords less than half as often as another theme, or none while it names other subjects",
                            title(theme)
                        );
                    }
                }
            }
        }
        out.push('\n');
    }
    out
}

fn quoted(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first words of a sentence, enough to find it.
fn opening_words(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= 10 {
        words.join(" ")
    } else {
        format!("{} ...", words[..10].join(" "))
    }
}
