//! An image a copy left in the body as text: its file's name on a line of its own ("NB8
//! sumazinta.jpg"), and the short caption line right under it ("NB8 meeting in Oslo"). Both
//! are the page's picture, not the statement's words.

use super::parse::{word_count, Block};

/// Endings of an image file's name.
const IMAGE_FILES: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp"];

/// The most words of a caption under an image: a caption names what the picture shows.
const LONGEST_CAPTION: usize = 8;

/// Whether a line is an image file's name, alone: "NB8 sumazinta.jpg".
fn is_image_file(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    word_count(&lower) <= 4 && IMAGE_FILES.iter().any(|ending| lower.ends_with(ending))
}

/// Whether the block at `index` is an image's file name, or the short caption line right
/// under one (no sentence: a body's first paragraph may follow the image instead).
pub(super) fn is_image_or_caption(blocks: &[Block], index: usize) -> bool {
    let Some(block) = blocks.get(index).filter(|b| b.single_line) else {
        return false;
    };
    if is_image_file(&block.text) {
        return true;
    }
    let text = block.text.trim();
    index
        .checked_sub(1)
        .and_then(|above| blocks.get(above))
        .is_some_and(|above| above.single_line && is_image_file(&above.text))
        && word_count(text) <= LONGEST_CAPTION
        && !text.ends_with(['.', '!', '?', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_s_file_name_and_its_caption_are_found() {
        let block = |text: &str| Block {
            text: text.to_string(),
            line: 1,
            single_line: true,
        };
        let page = [
            block("NB8 sumazinta.jpg"),
            block("NB8 meeting in Oslo"),
            block("The Nordic countries and the Baltic States stand together"),
        ];
        assert!(is_image_or_caption(&page, 0));
        assert!(is_image_or_caption(&page, 1));
        assert!(!is_image_or_caption(&page, 2));
        let body = [
            block("SMRM6-MACRON-28-10-2024.jpg"),
            block(
                "Rabat - His Majesty the King received the President of the French Republic today.",
            ),
        ];
        assert!(is_image_or_caption(&body, 0));
        assert!(!is_image_or_caption(&body, 1));
    }
}
