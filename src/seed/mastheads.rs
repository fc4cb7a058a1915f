//! A site's name lines above the title: a publisher's name and its tagline, or two
//! institutions' names ("European Council", "Council of the European Union"), printed as short
//! lines before the longer title line.

use super::parse::{is_title_like, word_count, Block};

/// Whether the line at `index`, a second one after another short line, is a site's name or
/// tagline rather than a heading or the title.
///
/// A short line (under five words) is one when a title-like line of five words or more follows
/// it, and prose follows that ("News Cubic Studio", "Truth and Reality", then the title, then
/// the body); a heading is followed by prose itself. A longer line is one when it is a name
/// (every word capitalised but joining words) and the line below, longer still, is a title
/// written as a sentence: the site's name lines stand above the page's own title, whatever
/// framing lines follow it.
pub(super) fn site_name_above_title(blocks: &[Block], index: usize) -> bool {
    let (Some(line), Some(title)) = (blocks.get(index), blocks.get(index + 1)) else {
        return false;
    };
    if word_count(&line.text) < 5 {
        let Some(body) = blocks.get(index + 2) else {
            return false;
        };
        return is_title_like(title) && word_count(&title.text) >= 5 && !is_title_like(body);
    }
    is_name(&line.text)
        && is_title_like(title)
        && word_count(&title.text) > word_count(&line.text)
        && is_sentence(&title.text)
}

/// The words a name may hold in lower case.
const JOINING: [&str; 7] = ["of", "and", "for", "the", "&", "on", "in"];

/// Whether a line is an institution's name of a few words: each word capitalised but joining
/// words, and no full stop or colon at its end.
fn is_name(line: &str) -> bool {
    let line = line.trim();
    word_count(line) <= 8
        && !line.ends_with(['.', ':', '?', '!'])
        && line
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || JOINING.contains(&w))
}

/// Whether a title line is written as a sentence: several of its words in lower case that no
/// name would hold.
fn is_sentence(line: &str) -> bool {
    line.split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase) && !JOINING.contains(w))
        .count()
        >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Block {
        Block {
            text: text.to_string(),
            line: 0,
            single_line: true,
        }
    }

    #[test]
    fn finds_an_institution_s_name_above_a_sentence_title() {
        let blocks = [
            line("European Council"),
            line("Council of the European Union"),
            line("Remarks by President Donald Tusk at the press conference of the EU-China summit"),
            line("European Council"),
        ];
        assert!(site_name_above_title(&blocks, 1));
        let titled = [
            line("Prime Minister's Office"),
            line("Prime Minister Meets With Donald Tusk Today"),
            line("Prime Minister Theresa May met the European Council President Donald Tusk in Downing Street this afternoon, her spokesperson said."),
        ];
        assert!(!site_name_above_title(&titled, 1));
    }
}
