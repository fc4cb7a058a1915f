//! The session of `accord serve` (issue 16): after every one of many random edits of every kind
//! of input, the output a `Session` keeps up to date from the changed paths alone is byte for
//! byte that of a clean build of the same files, and a build that fails fails both ways.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use accord::build::session::{Files, Session};
use accord::BuildOptions;

/// A tiny deterministic generator (xorshift64*): the same edits on every run, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

const SECTIONS: [&str; 3] = ["guides", "notes", "reference"];
const WORDS: [&str; 12] = [
    "cable", "treaty", "harbour", "energy", "police", "shipping", "research", "border", "grid",
    "data", "review", "summit",
];

/// A page's Markdown. Page 0 of each section is linked to (with an anchor) from other pages, so
/// it is never deleted or moved; its headings stay.
fn page_text(rng: &mut Rng, section: &str, number: usize, title: &str) -> String {
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
fn site(rng: &mut Rng, per_section: usize) -> tempfile::TempDir {
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
fn pages(root: &Path) -> Vec<PathBuf> {
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

fn replace_line(root: &Path, file: &Path, prefix: &str, line: &str) {
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

fn append(root: &Path, file: &Path, text: &str) {
    let path = root.join(file);
    let mut old = std::fs::read_to_string(&path).expect("read");
    old.push_str(text);
    std::fs::write(path, old).expect("write");
}

/// One roll of each kind of edit [`edit`] makes, so that every kind is made at least once.
const EVERY_KIND: [usize; 30] = [
    98, 0, 30, 40, 45, 50, 58, 63, 66, 69, 72, 76, 79, 81, 84, 87, 90, 93, 95, 97, 40, 99, 100,
    101, 102, 103, 104, 105, 106, 107,
];

/// The seed and the sidecar that edits touch.
const SEED: &str = "seeds/003_e30c12217f3e8a16.txt";
const SIDECAR: &str = "seeds/000_b36654d2c9057cd9.yaml";

/// Makes one random edit; returns the files it touched and what it did.
fn edit(rng: &mut Rng, root: &Path, counter: &mut usize) -> (Vec<PathBuf>, String) {
    let roll = EVERY_KIND
        .get(*counter)
        .copied()
        .unwrap_or_else(|| rng.below(108));
    edit_kind(rng, root, counter, roll)
}

/// Makes the edit of kind `roll` (see [`edit`]).
fn edit_kind(
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
fn repair(root: &Path, files: &[PathBuf]) {
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

/// `accord build` into the site's `public/`, over the previous step's build, gives the files of a
/// build in memory, or fails as it does.
fn check_disk_build(
    options: &BuildOptions,
    clean: &accord::Result<BTreeMap<String, Vec<u8>>>,
    step: usize,
    what: &str,
) {
    let output = options.root.join("public");
    match (accord::build(options, &output), clean) {
        (Ok(_), Ok(want)) => {
            let mut got = common::snapshot(&output);
            got.remove(accord::output::MARKER);
            if let Some(difference) = first_difference(&got, want) {
                panic!("step {step} ({what}), accord build: {difference}");
            }
        }
        (Err(_), Err(_)) => {}
        (Ok(_), Err(error)) => panic!("step {step} ({what}): only the clean build fails: {error}"),
        (Err(error), Ok(_)) => panic!("step {step} ({what}): only accord build fails: {error}"),
    }
}

fn bytes_of(files: &Files) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .map(|(path, file)| (path.clone(), file.bytes.to_vec()))
        .collect()
}

fn first_difference(
    got: &BTreeMap<String, Vec<u8>>,
    want: &BTreeMap<String, Vec<u8>>,
) -> Option<String> {
    for (path, bytes) in want {
        match got.get(path) {
            None => return Some(format!("{path} is missing")),
            Some(other) if other != bytes => {
                let at = other
                    .iter()
                    .zip(bytes)
                    .position(|(a, b)| a != b)
                    .unwrap_or(other.len().min(bytes.len()));
                let start = at.saturating_sub(80);
                return Some(format!(
                    "{path} differs at byte {at}:\n  got:  {}\n  want: {}",
                    String::from_utf8_lossy(&other[start..(at + 80).min(other.len())]),
                    String::from_utf8_lossy(&bytes[start..(at + 80).min(bytes.len())]),
                ));
            }
            Some(_) => {}
        }
    }
    got.keys()
        .find(|p| !want.contains_key(*p))
        .map(|p| format!("{p} should not be there"))
}

#[test]
fn random_edits_give_the_same_output_as_a_clean_build() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let dir = site(&mut rng, 20);
    let root = dir.path().to_path_buf();
    let options = BuildOptions::new(&root);
    let mut state = Session::start(options.clone()).expect("the site builds");
    let first = bytes_of(state.files());
    assert_eq!(
        first,
        accord::build_in_memory(&options).expect("clean build")
    );
    // Pages in every language of the site.
    let pages = state
        .files()
        .keys()
        .filter(|p| p.ends_with(".html"))
        .count();
    let mut counter = 0;
    let (mut updates, mut failed, mut made) = (0, 0, 0);
    for step in 0..70 {
        let (files, what) = edit(&mut rng, &root, &mut counter);
        // The watcher gives absolute paths; relative ones are accepted too.
        let paths: Vec<PathBuf> = files
            .iter()
            .enumerate()
            .map(|(i, f)| if i % 2 == 0 { root.join(f) } else { f.clone() })
            .collect();
        let clean = accord::build_in_memory(&options);
        check_disk_build(&options, &clean, step, &what);
        let updated = state.update(&paths);
        match (&updated, &clean) {
            (Ok(()), Ok(want)) => {
                state.finish_search_now().expect("indexes");
                if let Some(difference) = first_difference(&bytes_of(state.files()), want) {
                    panic!("step {step} ({what}): {difference}");
                }
                eprintln!("step {step}: {what}: {} made", state.made());
                updates += 1;
                made += state.made();
            }
            (Err(_), Err(_)) => {
                eprintln!("step {step}: {what}: fails both ways");
                failed += 1;
                repair(&root, &files);
                let clean = accord::build_in_memory(&options).expect("repaired");
                state.update(&paths).expect("the repaired site builds");
                state.finish_search_now().expect("indexes");
                assert!(
                    first_difference(&bytes_of(state.files()), &clean).is_none(),
                    "step {step} ({what}): after the repair"
                );
            }
            (Ok(_), Err(error)) => {
                panic!("step {step} ({what}): only the clean build fails: {error}")
            }
            (Err(error), Ok(_)) => {
                panic!("step {step} ({what}): only the session fails: {error}")
            }
        }
        // The memo holds one build's work, never more.
        assert!(
            state.memo_len() <= 2 * pages + 400,
            "step {step}: the memo holds {} pieces of work",
            state.memo_len()
        );
    }
    eprintln!("{updates} updates ({made} bodies and pages made in all), {failed} failing edits");
    assert!(failed >= 1, "no edit broke the build");
    // Most edits touch one page: on average far fewer than all pages are made again.
    assert!(
        made < updates * pages / 3,
        "{made} made in {updates} updates of a site of {pages} pages"
    );
}

#[test]
fn an_edit_makes_only_the_pages_that_show_it() {
    let mut rng = Rng(7);
    let dir = site(&mut rng, 5);
    let root = dir.path().to_path_buf();
    let mut state = Session::start(BuildOptions::new(&root)).expect("builds");
    let before = state.files().clone();
    let page = PathBuf::from("content/notes/page-3.md");
    replace_line(&root, &page, "title:", "title: \"A brand new title\"");
    state.update(&[root.join(&page)]).expect("update");
    // The page and its section list the title, in each of the site's three languages; the
    // body is the same Markdown.
    assert_eq!(state.made(), 6);
    let changed = |state: &Session| -> Vec<String> {
        state
            .files()
            .iter()
            .filter(|(path, file)| before.get(*path) != Some(file))
            .map(|(path, _)| path.clone())
            .collect()
    };
    let pages = |state: &Session| -> Vec<String> {
        let mut list = changed(state);
        list.retain(|p| p.ends_with(".html"));
        list
    };
    assert_eq!(
        pages(&state),
        [
            "fr/notes/index.html",
            "fr/notes/page-3/index.html",
            "nl/notes/index.html",
            "nl/notes/page-3/index.html",
            "notes/index.html",
            "notes/page-3/index.html"
        ]
    );
    let search_changed = |state: &Session| {
        changed(state)
            .iter()
            .any(|path| path.starts_with("pagefind/"))
    };
    assert!(!search_changed(&state));
    // Pages taken from the memo share their buffer with the previous build.
    let home = |files: &Files| files["index.html"].bytes.clone();
    assert!(std::sync::Arc::ptr_eq(&home(&before), &home(state.files())));
    assert!(state.search_pending());
    state.finish_search_now().expect("indexes");
    assert!(search_changed(&state));
    // An editor's temporary file changes nothing, and makes nothing.
    state
        .update(&[root.join("content/notes/.page-1.md.swp")])
        .expect("update");
    assert_eq!(state.made(), 0);
}

#[test]
fn every_kind_of_input_is_read_again() {
    let mut rng = Rng(11);
    let dir = site(&mut rng, 3);
    let root = dir.path().to_path_buf();
    let options = BuildOptions::new(&root);
    let mut state = Session::start(options.clone()).expect("builds");
    let mut counter = 0;
    for roll in [100, 101, 102, 104, 105, 106, 103, 107, 84, 87, 81, 79, 76] {
        let mut fixed = Rng(roll as u64 + 1);
        let (files, what) = edit_kind(&mut fixed, &root, &mut counter, roll);
        let paths: Vec<PathBuf> = files.iter().map(|f| root.join(f)).collect();
        let before = bytes_of(state.files());
        state.update(&paths).expect("update");
        state.finish_search_now().expect("indexes");
        let want = accord::build_in_memory(&options).expect("clean build");
        if let Some(difference) = first_difference(&bytes_of(state.files()), &want) {
            panic!("{what}: {difference}");
        }
        assert_ne!(
            bytes_of(state.files()),
            before,
            "{what}: the output is the same"
        );
    }
}

#[test]
fn a_search_index_made_before_a_newer_edit_is_refused() {
    let mut rng = Rng(23);
    let dir = site(&mut rng, 4);
    let root = dir.path().to_path_buf();
    let options = BuildOptions::new(&root);
    let mut state = Session::start(options.clone()).expect("builds");
    let page = PathBuf::from("content/guides/page-2.md");
    replace_line(&root, &page, "title:", "title: \"First\"");
    state.update(std::slice::from_ref(&page)).expect("update");
    let job = state.search_job().expect("the index is out of date");
    replace_line(&root, &page, "title:", "title: \"Second\"");
    state.update(std::slice::from_ref(&page)).expect("update");
    let stale = job.run(&|| false).expect("indexes").expect("not cancelled");
    assert!(!state.finish_search(stale), "an index of an older state");
    assert!(state.search_pending());
    let cancelled = state.search_job().expect("still out of date");
    assert!(cancelled.run(&|| true).expect("indexes").is_none());
    state.finish_search_now().expect("indexes");
    assert!(!state.search_pending());
    let want = accord::build_in_memory(&options).expect("clean build");
    assert!(first_difference(&bytes_of(state.files()), &want).is_none());
}
