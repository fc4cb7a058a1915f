//! Names cut by a line break: a page that sets a long heading over two lines ("... the
//! signing of the Treaty" / "of Good Neighbourship and Friendly Cooperation between ...")
//! leaves a line that opens with a joining word in lower case. The capitalised words right
//! after it are the tail of a name whose head is on the line above, no name of their own.

/// Joining words a line may open with when it goes on from the line above.
const CONTINUING: &[&str] = &["of", "on", "for", "and"];

/// Whether the name starting at byte `start` of `text` opens a line that goes on from a cut
/// one: the text's first word is a joining word in lower case, and the name is the next word.
pub(super) fn opens_cut_line(text: &str, start: usize) -> bool {
    let trimmed = text.trim_start();
    let offset = text.len() - trimmed.len();
    let Some((first, rest)) = trimmed.split_once(' ') else {
        return false;
    };
    let name_at = offset + first.len() + 1 + (rest.len() - rest.trim_start().len());
    CONTINUING.contains(&first) && start == name_at
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn the_tail_of_a_name_cut_by_a_line_break_is_no_name() {
        assert!(names(
            "of Good Neighbourship and Friendly Cooperation between the Federal Republic of Germany and the Republic of Poland:"
        )
        .is_empty());
        assert_eq!(
            names("on the occasion, the Council of Europe met"),
            ["Council of Europe"]
        );
        assert_eq!(
            names("Good Neighbourship and Friendly Cooperation Council met"),
            ["Good Neighbourship and Friendly Cooperation Council"]
        );
    }
}
