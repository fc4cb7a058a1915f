//! A seed's language: from its file name (`NAME.fr.txt`) or its sidecar's `language:`.

use std::path::Path;

/// Whether `tag` reads as a BCP 47 language tag: a primary subtag of two or three letters, then
/// subtags of one to eight letters or digits (`fr`, `nl-BE`, `de-AT`, `es-419`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The language a seed's file name gives: `statement.fr.txt` is French, `statement.nl-BE.txt`
/// Belgian Dutch. Only a lower-case two-letter code (ISO 639-1), with a region or not, counts,
/// so that `minutes.final.txt` or `report.v2.txt` name no language; other tags go in the
/// sidecar.
pub fn from_file_name(path: &Path) -> Option<String> {
    let stem = Path::new(path.file_stem()?);
    let code = stem.extension()?.to_str()?;
    let (primary, region) = match code.split_once('-') {
        Some((primary, region)) => (primary, Some(region)),
        None => (code, None),
    };
    let primary_ok = primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase());
    let region_ok = region.is_none_or(|r| {
        (r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()))
            || (r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()))
    });
    (primary_ok && region_ok).then(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_language_from_a_file_name() {
        let of = |name: &str| from_file_name(Path::new(name));
        assert_eq!(of("seeds/readout.fr.txt").as_deref(), Some("fr"));
        assert_eq!(of("seeds/readout.nl-BE.txt").as_deref(), Some("nl-BE"));
        assert_eq!(of("seeds/readout.txt"), None);
        assert_eq!(of("seeds/minutes.final.txt"), None);
        assert_eq!(of("seeds/report.v2.txt"), None);
        assert_eq!(of("seeds/report.FR.txt"), None);
        assert_eq!(of("seeds/.fr.txt"), None);
    }

    #[test]
    fn checks_language_tags() {
        for tag in ["fr", "nl-BE", "de-AT", "es-419", "gsw"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "f", "french", "fr_BE", "fr-", "fr-toolongsubtag", "1r"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }
}
