//! Cross-linking: finding mentions of instruments and glossary terms, placing paragraphs under
//! themes, and the graph that every page's "where this is mentioned" list is drawn from.

pub mod commitments;
pub mod matcher;
pub mod themes;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use crate::content::Content;
use crate::seed::Document;
pub use matcher::{Found, Matcher, Target};
pub use themes::Classifier;
use themes::Parties;

/// Where a passage is: document, section and paragraph indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    /// Index in the build's documents.
    pub document: usize,
    /// Index of the section in the document.
    pub section: usize,
    /// Index of the paragraph in the section.
    pub paragraph: usize,
}

/// One mention of an instrument or a term: its place and the sentence it stands in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where the paragraph is.
    pub place: Place,
    /// Byte range of the sentence in the paragraph's text.
    pub sentence: (usize, usize),
}

/// A name found in a paragraph and whether the page links it.
#[derive(Debug, Clone)]
pub struct PlacedName {
    /// The match.
    pub found: Found,
    /// True for the first mention of its target in the section: later ones stay plain text.
    pub linked: bool,
    /// Byte range of the sentence the name stands in, trailing spaces left out.
    pub sentence: (usize, usize),
    /// The paragraph's themes this mention belongs to: those its sentence treats (or the name
    /// itself is a keyword of), or all of the paragraph's when the sentence names none of them.
    pub themes: Vec<usize>,
}

/// What the linker found in one paragraph.
#[derive(Debug, Clone, Default)]
pub struct ParagraphLinks {
    /// Theme indexes.
    pub themes: Vec<usize>,
    /// Names found, in order.
    pub names: Vec<PlacedName>,
}

/// The cross-link graph of a build.
#[derive(Debug, Default, Clone)]
pub struct Graph {
    /// `[document][section][paragraph]`.
    pub paragraphs: Vec<Vec<Vec<ParagraphLinks>>>,
    /// Mentions of each instrument, in document order (documents are in date order).
    pub instrument_mentions: Vec<Vec<Mention>>,
    /// Mentions of each glossary term, in document order.
    pub term_mentions: Vec<Vec<Mention>>,
    /// Passages of each theme, in document order.
    pub theme_passages: Vec<Vec<Place>>,
    /// For each theme, the instruments mentioned in its passages, with those mentions' places.
    pub theme_instruments: Vec<BTreeMap<usize, Vec<Place>>>,
    /// For each instrument, the themes of the passages that mention it.
    pub instrument_themes: Vec<BTreeSet<usize>>,
    /// For each instrument, the instruments mentioned in the same paragraphs, with a count.
    pub instrument_neighbours: Vec<BTreeMap<usize, usize>>,
    /// For each theme, the themes sharing paragraphs with it, with a count.
    pub related_themes: Vec<BTreeMap<usize, usize>>,
}

impl Graph {
    /// Links every paragraph of every document. `documents` must be in the order pages list them.
    pub fn build(
        documents: &[Document],
        content: &Content,
        matcher: &Matcher,
        classifier: &Classifier,
    ) -> Graph {
        Graph::build_in(documents, content, &|_| (matcher, classifier))
    }

    /// [`Graph::build`] for a site in several languages: each document is linked with the
    /// matcher and classifier of its own language, which `language_of` gives.
    pub fn build_in<'m>(
        documents: &[Document],
        content: &Content,
        language_of: &(dyn Fn(&Document) -> (&'m Matcher, &'m Classifier) + Sync),
    ) -> Graph {
        let paragraphs: Vec<Vec<Vec<ParagraphLinks>>> = documents
            .par_iter()
            .map(|document| {
                let (matcher, classifier) = language_of(document);
                link_document(document, matcher, classifier)
            })
            .collect();
        let mut graph = Graph {
            instrument_mentions: vec![Vec::new(); content.instruments.len()],
            term_mentions: vec![Vec::new(); content.glossary.len()],
            theme_passages: vec![Vec::new(); content.themes.len()],
            theme_instruments: vec![BTreeMap::new(); content.themes.len()],
            instrument_themes: vec![BTreeSet::new(); content.instruments.len()],
            instrument_neighbours: vec![BTreeMap::new(); content.instruments.len()],
            related_themes: vec![BTreeMap::new(); content.themes.len()],
            paragraphs: Vec::new(),
        };
        for (d, sections) in paragraphs.iter().enumerate() {
            for (s, section) in sections.iter().enumerate() {
                for (p, links) in section.iter().enumerate() {
                    let place = Place {
                        document: d,
                        section: s,
                        paragraph: p,
                    };
                    graph.add_paragraph(place, links);
                }
            }
        }
        for (instrument, extra) in content.instruments.iter().enumerate() {
            for slug in &extra.meta.themes {
                if let Some(theme) = content.themes.iter().position(|t| &t.slug == slug) {
                    graph.instrument_themes[instrument].insert(theme);
                }
            }
        }
        graph.paragraphs = paragraphs;
        graph
    }

    fn add_paragraph(&mut self, place: Place, links: &ParagraphLinks) {
        for &theme in &links.themes {
            self.theme_passages[theme].push(place);
            for &other in &links.themes {
                if other != theme {
                    *self.related_themes[theme].entry(other).or_default() += 1;
                }
            }
        }
        let mut seen: HashSet<(Target, usize)> = HashSet::new();
        let mut instruments_here = BTreeSet::new();
        for name in &links.names {
            let (start, _) = name.sentence;
            for &target in &name.found.targets {
                if !seen.insert((target, start)) {
                    continue;
                }
                let mention = Mention {
                    place,
                    sentence: name.sentence,
                };
                match target {
                    Target::Instrument(i) => {
                        self.instrument_mentions[i].push(mention);
                        instruments_here.insert(i);
                    }
                    Target::Term(t) => self.term_mentions[t].push(mention),
                }
            }
        }
        for &instrument in &instruments_here {
            let themes: BTreeSet<usize> = links
                .names
                .iter()
                .filter(|n| n.found.targets.contains(&Target::Instrument(instrument)))
                .flat_map(|n| n.themes.iter().copied())
                .collect();
            for &theme in &themes {
                self.instrument_themes[instrument].insert(theme);
                let places = self.theme_instruments[theme].entry(instrument).or_default();
                if places.last() != Some(&place) {
                    places.push(place);
                }
            }
            for &other in &instruments_here {
                if other != instrument {
                    *self.instrument_neighbours[instrument]
                        .entry(other)
                        .or_default() += 1;
                }
            }
        }
    }

    /// The links of one paragraph.
    pub fn at(&self, place: Place) -> &ParagraphLinks {
        &self.paragraphs[place.document][place.section][place.paragraph]
    }
}

fn link_document(
    document: &Document,
    matcher: &Matcher,
    classifier: &Classifier,
) -> Vec<Vec<ParagraphLinks>> {
    let parties = document_parties(document, classifier);
    document
        .sections
        .iter()
        .map(|section| {
            let mut linked_in_section: HashSet<Target> = HashSet::new();
            section
                .paragraphs
                .iter()
                .map(|paragraph| {
                    let text = paragraph.text.as_str();
                    let found = matcher.find(text);
                    // Sentence bounds are found here, in parallel per document, and only where a
                    // name is: the graph is then built in one sequential pass.
                    let sentences: Vec<(usize, &str)> = if found.is_empty() {
                        Vec::new()
                    } else {
                        text.split_sentence_bound_indices().collect()
                    };
                    let themes =
                        paragraph_themes(document, section, paragraph, classifier, &parties);
                    // Names come in order, so the themes of the sentence they sit in are found
                    // once per sentence, not once per name: a long sentence full of names would
                    // otherwise be read again for each one.
                    let mut sentence_themes: Option<((usize, usize), Vec<usize>)> = None;
                    let names = found
                        .into_iter()
                        .map(|found| {
                            // A name links when its first target is new to the section.
                            let linked = linked_in_section.insert(found.targets[0]);
                            for target in &found.targets[1..] {
                                linked_in_section.insert(*target);
                            }
                            let sentence = sentence_around(&sentences, text, found.start);
                            let name_themes = mention_themes(
                                &themes,
                                classifier,
                                &text[found.start..found.end],
                                || match &sentence_themes {
                                    Some((bounds, named)) if *bounds == sentence => named.clone(),
                                    _ => {
                                        let named =
                                            classifier.themes_named(&text[sentence.0..sentence.1]);
                                        sentence_themes = Some((sentence, named.clone()));
                                        named
                                    }
                                },
                            );
                            PlacedName {
                                found,
                                linked,
                                sentence,
                                themes: name_themes,
                            }
                        })
                        .collect();
                    ParagraphLinks { themes, names }
                })
                .collect()
        })
        .collect()
}

/// The parties of a statement, read from its opening paragraphs.
pub(crate) fn document_parties(document: &Document, classifier: &Classifier) -> Parties {
    classifier.parties_titled(
        Some(document.title.as_str()),
        document
            .sections
            .iter()
            .flat_map(|section| &section.paragraphs)
            .map(|paragraph| paragraph.text.as_str()),
    )
}

/// The themes of a paragraph: the sidecar's, when it sets them, or the classifier's.
fn paragraph_themes(
    document: &Document,
    section: &crate::seed::Section,
    paragraph: &crate::seed::Paragraph,
    classifier: &Classifier,
    parties: &Parties,
) -> Vec<usize> {
    match document.paragraph_themes.get(&paragraph.id) {
        Some(slugs) => {
            // Unknown names are reported by `accord check`; the build goes on without them.
            let mut themes: Vec<usize> = slugs
                .iter()
                .filter_map(|s| classifier.theme_by_slug(s))
                .collect();
            themes.sort_unstable();
            themes.dedup();
            themes
        }
        None => classifier.classify_in(parties, section.heading.as_deref(), &paragraph.text),
    }
}

/// The themes of `paragraph_themes` that a mention of `name` in `sentence` belongs to: a
/// paragraph on health and energy lists an interconnector under energy only.
fn mention_themes(
    paragraph_themes: &[usize],
    classifier: &Classifier,
    name: &str,
    sentence_themes: impl FnOnce() -> Vec<usize>,
) -> Vec<usize> {
    if paragraph_themes.len() < 2 {
        return paragraph_themes.to_vec();
    }
    let within = |named: Vec<usize>| -> Vec<usize> {
        named
            .into_iter()
            .filter(|t| paragraph_themes.contains(t))
            .collect()
    };
    let by_name = within(classifier.themes_named(name));
    if !by_name.is_empty() {
        return by_name;
    }
    let by_sentence = within(sentence_themes());
    if !by_sentence.is_empty() {
        return by_sentence;
    }
    paragraph_themes.to_vec()
}

/// The byte range of the sentence of `text` that holds byte `at`, trailing spaces left out.
fn sentence_around(sentences: &[(usize, &str)], text: &str, at: usize) -> (usize, usize) {
    let index = sentences
        .partition_point(|(start, _)| *start <= at)
        .saturating_sub(1);
    let (start, sentence) = sentences.get(index).copied().unwrap_or((0, text));
    (start, start + sentence.trim_end().len())
}
