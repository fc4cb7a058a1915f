//! A second reader's paragraph themes (tests/eval/second_reading/): another careful reader
//! labelled the same paragraphs without seeing the first labels, so that the test can say how
//! far two readers agree, and how far accord agrees with each.

use std::path::Path;

use super::{LabelledParagraph, Score};

/// One file of tests/eval/second_reading/: the statement's paragraphs, by the start of their
/// text as in the first label, each with the second reader's themes.
#[derive(serde::Deserialize)]
struct SecondReading {
    file: String,
    paragraphs: Vec<LabelledParagraph>,
}

/// The figures over every paragraph that has a second reading.
#[derive(Default)]
pub struct Agreement {
    /// Both readers gave the same themes.
    pub readers: Score,
    /// accord's themes equal the first reader's.
    pub accord_first: Score,
    /// accord's themes equal the second reader's.
    pub accord_second: Score,
    /// accord's themes equal one reader's or the other's.
    pub accord_either: Score,
}

impl Agreement {
    /// Compares a statement's first labels and accord's themes (`actual[i]` for the label's
    /// paragraph `i`, sorted; `None` when accord has no such paragraph) with the second
    /// reading of `stem`, if there is one.
    pub fn record(
        &mut self,
        eval: &Path,
        stem: &str,
        first: &[LabelledParagraph],
        actual: &[Option<Vec<String>>],
    ) {
        let path = eval.join("second_reading").join(format!("{stem}.yaml"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            return;
        };
        let second: SecondReading =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(
            second.file,
            stem,
            "{}: `file` names another statement",
            path.display()
        );
        let starts = |paragraphs: &[LabelledParagraph]| -> Vec<String> {
            paragraphs.iter().map(|p| p.starts.clone()).collect()
        };
        assert_eq!(
            starts(&second.paragraphs),
            starts(first),
            "{}: the second reading must list the first label's paragraphs, in order",
            path.display()
        );
        for ((first, second), actual) in first.iter().zip(&second.paragraphs).zip(actual) {
            let first = sorted(&first.themes);
            let second = sorted(&second.themes);
            self.readers.add(first == second);
            self.accord_first.add(actual.as_ref() == Some(&first));
            self.accord_second.add(actual.as_ref() == Some(&second));
            self.accord_either
                .add(actual.as_ref() == Some(&first) || actual.as_ref() == Some(&second));
        }
    }
}

fn sorted(themes: &[String]) -> Vec<String> {
    let mut themes = themes.to_vec();
    themes.sort();
    themes
}
