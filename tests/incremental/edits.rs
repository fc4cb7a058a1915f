//! The random edits of `tests/incremental.rs`: a site made of the repository's with generated
//! sections of pages, and every kind of edit of its inputs.
// Each test uses some of these; they are `pub` for the test file, not for export.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};

use crate::common;

/// A tiny deterministic generator (xorshift64*): the same edits on every run, no dependency.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

pub const SECTIONS: [&str; 3] = ["guides", "notes", "reference"];
pub const WORDS: [&str; 12] = [
    "cable", "treaty", "harbour", "energy", "police", "shipping", "research", "border", "grid",
    "data", "review", "summit",
];

/// A page's Markdown. Page 0 of each section is linked to (with an anchor) from other pages, so
/// it is never deleted or moved; its headings stay.
pub fn page_text(rng: &mut Rng, section: &str, number: usize, title: &str) -> String {
    let mut text = format!("---\ntitle: \"{title}\"\n");
    if rng.chance(50) {
        text.push_str(&format!(
            "description: \"About {} and {}.\"\n",
            rng.pick(&WORDS),
            rng.pick(&WORDS)
        ));
    }
    if rng.chance(30) {
        text.push_str(&format!(
            "date: 2024-0{}-1{}\n",
            1 + rng.below(9),
            rng.below(10)
        ));
    }
    if rng.chance(20) {
        text.push_str(&format!(
            "reviewed: 2026-0{}-0{}\n",
            1 + rng.below(9),
            1 + rng.below(9)
        ));
    }
    text.push_str("---\n\n## Overview\n\n");
    for _ in 0..(1 + rng.below(3)) {
        let words: Vec<&str> = (0..12).map(|_| *rng.pick(&WORDS)).collect();
        text.push_str(&format!("The {}.\n\n", words.join(" ")));
    }
    if number != 0 && rng.chance(40) {
        let target = rng.pick(&SECTIONS);
        text.push_str(&format!(
            "See [the overview of {target}](@/{target}/page-0.md#overview) and [above](#overview).\n\n"
        ));
    }
    if rng.chance(25) {
        text.push_str("```rust\nfn main() {\n    println!(\"hello\");\n}\n```\n\n");
    }
    text.push_str(&format!(
        "## Details of {section}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    ));
    text
}

/// The repository's site (documents, themes, instruments, glossary) with generated sections of
/// pages, published under a path with an absolute base URL so that the sitemap is written.
pub fn site(rng: &mut Rng, per_section: usize) -> tempfile::TempDir {
    let dir = common::copy_site();
    let config = std::fs::read_to_string(dir.path().join("site.yaml")).expect("site.yaml");
    let config: String = config
        .lines()
        .filter(|l| !l.starts_with("base_url:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(
        dir.path().join("site.yaml"),
        format!("{config}base_url: https://example.org/sub/\n"),
    )
    .expect("write site.yaml");
    for section in SECTIONS {
        let folder = dir.path().join("content").join(section);
        std::fs::create_dir_all(&folder).expect("section folder");
        std::fs::write(
            folder.join("_index.md"),
            format!("---\ntitle: {section}\n---\n\nAll the {section}.\n"),
        )
        .expect("section");
        for number in 0..per_section {
            let title = format!("{section} page {number}");
            let text = page_text(rng, section, number, &title);
            std::fs::write(folder.join(format!("page-{number}.md")), text).expect("page");
        }
    }
    dir
}

/// The Markdown pages that random edits may touch (not page 0 of a section).
pub fn pages(root: &Path) -> Vec<PathBuf> {
    let mut list = Vec::new();
    for section in SECTIONS {
        let folder = root.join("content").join(section);
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".md") && name != "_index.md" && name != "page-0.md" {
                list.push(PathBuf::from("content").join(section).join(name));
            }
        }
    }
    list.sort();
    list
}

pub fn replace_line(root: &Path, file: &Path, prefix: &str, line: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    let mut done = false;
    let mut out = String::new();
    for existing in text.lines() {
        if !done && existing.starts_with(prefix) {
            out.push_str(line);
            done = true;
        } else {
            out.push_str(existing);
        }
        out.push('\n');
    }
    if !done {
        // Into the front matter, after its opening line.
        out = out.replacen("---\n", &format!("---\n{line}\n"), 1);
    }
    std::fs::write(path, out).expect("write");
}

pub fn append(root: &Path, file: &Path, text: &str) {
    let path = root.join(file);
    let mut old = std::fs::read_to_string(&path).expect("read");
    old.push_str(text);
    std::fs::write(path, old).expect("write");
}

/// One roll of each kind of edit [`edit`] makes, so that every kind is made at least once.
pub const EVERY_KIND: [usize; 30] = [
    98, 0, 30, 40, 45, 50, 58, 63, 66, 69, 72, 76, 79, 81, 84, 87, 90, 93, 95, 97, 40, 99, 100,
    101, 102, 103, 104, 105, 106, 107,
];

/// The seed and the sidecar that edits touch.
pub const SEED: &str = "seeds/003_e30c12217f3e8a16.txt";
pub const SIDECAR: &str = "seeds/000_b36654d2c9057cd9.yaml";

/// Makes one random edit; returns the files it touched and what it did.
pub fn edit(rng: &mut Rng, root: &Path, counter: &mut usize) -> (Vec<PathBuf>, String) {
    let roll = EVERY_KIND
        .get(*counter)
        .copied()
        .unwrap_or_else(|| rng.below(108));
    edit_kind(rng, root, counter, roll)
}

/// Makes the edit of kind `roll` (see [`edit`]).
pub fn edit_kind(
    rng: &mut Rng,
    root: &Path,
    counter: &mut usize,
    roll: usize,
) -> (Vec<PathBuf>, String) {
    let list = pages(root);
    let page = rng.pick(&list).clone();
    let word = *rng.pick(&WORDS);
    *counter += 1;
    let n = *counter;
    match roll {
        0..=29 => {
            append(
                root,
                &page,
                &format!("\nA new paragraph on {word} ({n}).\n"),
            );
            (vec![page.clone()], format!("body of {}", page.display()))
        }
        30..=39 => {
            replace_line(
                root,
                &page,
                "title:",
                &format!("title: \"Retitled {word} {n}\""),
            );
            (vec![page.clone()], format!("title of {}", page.display()))
        }
        40..=49 => {
            let mut folders: Vec<String> = SECTIONS.iter().map(|s| s.to_string()).collect();
            folders.extend(
                std::fs::read_dir(root.join("content"))
                    .expect("content")
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| name.starts_with("extra-")),
            );
            // Half the new pages go into a folder made by an edit, when there is one.
            let section = if folders.len() > SECTIONS.len() && rng.chance(50) {
                folders[SECTIONS.len()].clone()
            } else {
                rng.pick(&folders).clone()
            };
            let file = PathBuf::from(format!("content/{section}/added-{n}.md"));
            let text = page_text(rng, &section, n, &format!("Added {n}"));
            std::fs::write(root.join(&file), text).expect("new page");
            (vec![file.clone()], format!("new {}", file.display()))
        }
        50..=57 => {
            std::fs::remove_file(root.join(&page)).expect("delete");
            (vec![page.clone()], format!("deleted {}", page.display()))
        }
        58..=62 => {
            replace_line(root, &page, "slug:", &format!("slug: moved-{n}"));
            (vec![page.clone()], format!("slug of {}", page.display()))
        }
        63..=65 => {
            replace_line(root, &page, "draft:", "draft: true");
            (vec![page.clone()], format!("draft {}", page.display()))
        }
        66..=68 => {
            replace_line(
                root,
                &page,
                "reviewed:",
                &format!("reviewed: 2027-01-{:02}", 1 + n % 28),
            );
            (
                vec![page.clone()],
                format!("reviewed date of {}", page.display()),
            )
        }
        69..=71 => {
            append(root, &page, "\n```python\nprint('code')\n```\n");
            (vec![page.clone()], format!("code in {}", page.display()))
        }
        72..=75 => {
            let other = rng.pick(&list).clone();
            append(root, &page, &format!("\nTwo at once ({n}).\n"));
            replace_line(root, &other, "title:", &format!("title: \"Pair {n}\""));
            (vec![page.clone(), other.clone()], "two pages".into())
        }
        76..=78 => {
            let file = PathBuf::from(format!("content/{}/_index.md", rng.pick(&SECTIONS)));
            replace_line(root, &file, "title:", &format!("title: Section {n}"));
            (vec![file.clone()], format!("section {}", file.display()))
        }
        79..=80 => {
            let file = PathBuf::from("content/about.md");
            append(root, &file, &format!("\nAbout, once more ({n}).\n"));
            (vec![file], "about page".into())
        }
        81..=83 => {
            let file = PathBuf::from("content/glossary/europol.md");
            append(root, &file, &format!("\nAlso {word} ({n}).\n"));
            (vec![file], "a glossary term".into())
        }
        84..=86 => {
            let file = PathBuf::from("content/instruments/coalition-of-the-willing.md");
            replace_line(
                root,
                &file,
                "summary:",
                &format!("summary: A coalition ({n})."),
            );
            (vec![file], "an instrument".into())
        }
        87..=89 => {
            let file = PathBuf::from("content/themes/energy-and-net-zero.md");
            replace_line(root, &file, "summary:", &format!("summary: Energy ({n})."));
            (vec![file], "a theme".into())
        }
        90..=92 => {
            append(root, &page, "\nA [broken link](@/nowhere/missing.md).\n");
            (
                vec![page.clone()],
                format!("broken link in {}", page.display()),
            )
        }
        93..=94 => {
            append(
                root,
                &page,
                "\nA [broken anchor](@/guides/page-0.md#no-such-heading).\n",
            );
            (
                vec![page.clone()],
                format!("broken anchor in {}", page.display()),
            )
        }
        95..=96 => {
            replace_line(root, &page, "template:", "template: nowhere.html");
            (
                vec![page.clone()],
                format!("missing template in {}", page.display()),
            )
        }
        98 => {
            // A folder is made, empty (as a file manager makes one); pages come in it later.
            let folder = PathBuf::from(format!("content/extra-{n}"));
            std::fs::create_dir_all(root.join(&folder)).expect("folder");
            (vec![folder], "an empty folder".into())
        }
        99 => {
            // A folder of pages goes at once; the watcher may tell only the folder.
            let folder = std::fs::read_dir(root.join("content"))
                .expect("content")
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .find(|name| name.starts_with("extra-"));
            match folder {
                Some(name) => {
                    let folder = PathBuf::from("content").join(name);
                    std::fs::remove_dir_all(root.join(&folder)).expect("remove");
                    (vec![folder], "a folder of pages removed".into())
                }
                None => (Vec::new(), "nothing".into()),
            }
        }
        100 => {
            let file = PathBuf::from(SEED);
            append(
                root,
                &file,
                &format!("\nThe Coalition of the Willing met on {word} ({n}).\n"),
            );
            (vec![file], "a seed".into())
        }
        101 => {
            let file = PathBuf::from(SIDECAR);
            replace_line(root, &file, "kind:", &format!("kind: press release {n}"));
            (vec![file], "a sidecar".into())
        }
        102 => {
            // A template of the site's own, over the theme's.
            let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
            let text = std::fs::read_to_string(theme.join("page.html")).expect("theme page");
            let text = text.replacen(
                "{% endblock content %}",
                &format!("<p>Edit {n}</p>{{% endblock content %}}"),
                1,
            );
            std::fs::create_dir_all(root.join("templates")).expect("templates");
            let file = PathBuf::from("templates/page.html");
            std::fs::write(root.join(&file), text).expect("template");
            (vec![file], "a template".into())
        }
        103 => {
            let file = PathBuf::from("templates/page.html");
            let _ = std::fs::remove_file(root.join(&file));
            (vec![file], "a template removed".into())
        }
        104 => {
            std::fs::create_dir_all(root.join("static")).expect("static");
            let file = PathBuf::from("static/extra.css");
            std::fs::write(root.join(&file), format!("p {{ margin: {n}px }}\n")).expect("css");
            (vec![file], "a static file".into())
        }
        105 => {
            let file = PathBuf::from("site.yaml");
            replace_line(root, &file, "title:", &format!("title: \"Site {n}\""));
            (vec![file], "site.yaml".into())
        }
        106 => {
            let file = PathBuf::from(format!("content/guides/asset-{n}.txt"));
            std::fs::write(root.join(&file), format!("asset {n}\n")).expect("asset");
            (vec![file], "an asset".into())
        }
        107 => {
            let asset = std::fs::read_dir(root.join("content/guides"))
                .expect("guides")
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .find(|name| name.ends_with(".txt"));
            match asset {
                Some(name) => {
                    let file = PathBuf::from("content/guides").join(name);
                    std::fs::remove_file(root.join(&file)).expect("remove asset");
                    (vec![file], "an asset removed".into())
                }
                None => (Vec::new(), "nothing".into()),
            }
        }
        _ => {
            // A rename: one file goes, another comes.
            let renamed = page.with_file_name(format!("renamed-{n}.md"));
            std::fs::rename(root.join(&page), root.join(&renamed)).expect("rename");
            (
                vec![page.clone(), renamed.clone()],
                format!("renamed {}", page.display()),
            )
        }
    }
}

/// Undoes an edit that broke the build, so that the next edits start from a site that builds.
pub fn repair(root: &Path, files: &[PathBuf]) {
    for file in files {
        let path = root.join(file);
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let fixed: String = text
            .lines()
            .filter(|l| !l.contains("broken") && !l.starts_with("template:"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(path, fixed).expect("repair");
    }
}
