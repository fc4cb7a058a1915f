//! A political party named after the word "party" ("the ruling party Chama Cha Mapinduzi
//! (CCM)"): a party is no instrument, whatever the words of its name, and its acronym goes
//! with it.

use super::Candidate;

/// Drops from `names` each name written right after "party" or "parties" in lower case.
pub(super) fn drop_parties(text: &str, names: &mut Vec<Candidate>) {
    names.retain(|n| {
        let before = text[..n.start].trim_end();
        let last = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        !matches!(last, "party" | "parties")
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_name_after_the_word_party_is_a_party_s() {
        assert!(names(
            "her election as the chairperson of ruling party Chama Cha Mapinduzi (CCM)."
        )
        .is_empty());
        assert_eq!(
            names("The party welcomed the Paris Agreement."),
            ["Paris Agreement"]
        );
    }
}
