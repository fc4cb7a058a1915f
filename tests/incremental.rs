//! The session of `accord serve` (issue 16): after every one of many random edits of every kind
//! of input, the output a `Session` keeps up to date from the changed paths alone is byte for
//! byte that of a clean build of the same files, and a build that fails fails both ways.

mod common;
#[path = "incremental/edits.rs"]
mod edits;

use std::collections::BTreeMap;
use std::path::PathBuf;

use accord::build::session::{Files, Session};
use accord::{BuildOptions, Site};
use edits::{edit, edit_kind, repair, replace_line, site, Rng};

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

/// Makes `steps` random edits of the site in `dir` (those of [`edits::EVERY_KIND`] first) and
/// checks after each that the session's files are those of a clean build, or that both fail.
fn random_edits(rng: &mut Rng, dir: &tempfile::TempDir, steps: usize) {
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
    for step in 0..steps {
        let (files, what) = edit(rng, &root, &mut counter);
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
fn random_edits_give_the_same_output_as_a_clean_build() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let dir = site(&mut rng, 20);
    random_edits(&mut rng, &dir, 70);
}

/// A site in one language keys its content pages by their inputs rather than their context
/// (`render/pages/authored.rs`), which a site in three languages never does.
#[test]
fn random_edits_of_a_site_in_one_language_give_the_same_output_as_a_clean_build() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let dir = site(&mut rng, 20);
    one_language(dir.path());
    let site = Site::load(&BuildOptions::new(dir.path())).expect("the site reads");
    let bodies = site.render_bodies(None).expect("the bodies render");
    let keyed_by_inputs = site
        .page_list()
        .iter()
        .filter(|(kind, _)| site.page_inputs(*kind, &bodies).is_some())
        .count();
    assert!(
        keyed_by_inputs > 60,
        "{keyed_by_inputs} pages keyed by their inputs"
    );
    random_edits(&mut rng, &dir, 70);
}

/// Makes the site at `root` one of a single language: no `languages:` in `site.yaml`, no
/// translations.
fn one_language(root: &std::path::Path) {
    let config = std::fs::read_to_string(root.join("site.yaml")).expect("site.yaml");
    let mut kept = String::new();
    let mut in_languages = false;
    for line in config.lines() {
        if line.starts_with("languages:") {
            in_languages = true;
            continue;
        }
        if in_languages && line.starts_with(' ') {
            continue;
        }
        in_languages = false;
        kept.push_str(line);
        kept.push('\n');
    }
    std::fs::write(root.join("site.yaml"), kept).expect("write site.yaml");
    for entry in walkdir::WalkDir::new(root.join("content")) {
        let path = entry.expect("walk").into_path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.is_some_and(|n| n.ends_with(".fr.md") || n.ends_with(".nl.md")) {
            std::fs::remove_file(&path).expect("remove a translation");
        }
    }
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
