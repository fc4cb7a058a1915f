//! `accord build` writes a fresh staging folder and swaps it into place: it never writes through
//! a file of an earlier build, follows a symbolic link only to a folder of its own, and leaves
//! nothing beside the output, after a success or a failure.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

/// The names beside the output folder that accord made: staging folders, set-aside folders and
/// the caches of earlier versions.
fn leftovers(parent: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".accord-"))
        .collect();
    names.sort();
    names
}

/// Runs `accord build --root ROOT EXTRA...`; its exit status and error output.
fn try_build(root: &Path, extra: &[&str]) -> (bool, String) {
    let mut args = vec!["build", "--root", root.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = common::accord(&args);
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Replaces the body of `content/about.md`.
fn set_about(root: &Path, text: &str) {
    let path = root.join("content/about.md");
    let original = std::fs::read_to_string(&path).unwrap();
    let (front, _) = original[3..].split_once("\n---\n").unwrap();
    std::fs::write(&path, format!("---{front}\n---\n{text}\n")).unwrap();
}

#[test]
fn a_build_leaves_nothing_beside_the_output_and_gives_the_same_bytes_twice() {
    let site = common::copy_site();
    let root = site.path();
    let first = common::snapshot(&common::build(root));
    assert_eq!(leftovers(root), Vec::<String>::new());
    let second = common::snapshot(&common::build(root));
    assert_eq!(first, second, "two builds give the same bytes");
    assert_eq!(leftovers(root), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_hard_link_to_a_file_of_the_previous_build_is_never_written_through() {
    let site = common::copy_site();
    let root = site.path();
    set_about(root, "The first version of the about page.");
    let public = common::build(root);
    // `cp -al public backup`: every file of the backup is the same inode as the output's.
    let backup = root.join("backup");
    for (relative, _) in common::snapshot(&public) {
        let target = backup.join(&relative);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::hard_link(public.join(&relative), &target).unwrap();
    }
    let before: BTreeMap<String, Vec<u8>> = common::snapshot(&backup);
    assert!(String::from_utf8_lossy(&before["about/index.html"]).contains("first version"));
    for text in ["A second version.", "A third version."] {
        set_about(root, text);
        common::build(root);
    }
    assert!(
        String::from_utf8_lossy(&std::fs::read(public.join("about/index.html")).unwrap())
            .contains("A third version.")
    );
    assert_eq!(
        common::snapshot(&backup),
        before,
        "the hard-linked backup is as it was"
    );
}

#[cfg(unix)]
#[test]
fn an_output_link_is_followed_to_a_folder_of_accords_and_refused_otherwise() {
    let site = common::copy_site();
    let root = site.path();
    let elsewhere = tempfile::tempdir().unwrap();

    // A link to a folder accord built: the link stays, the folder it leads to gets the site.
    let real = elsewhere.path().join("site");
    common::build_with(root, &["--output", real.to_str().unwrap()]);
    let expected = common::snapshot(&real);
    set_about(root, "Built through the link.");
    let link = root.join("public");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    common::build(root);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let through = common::snapshot(&real);
    assert_ne!(through, expected);
    assert!(String::from_utf8_lossy(&through["about/index.html"]).contains("through the link"));
    assert_eq!(leftovers(root), Vec::<String>::new());
    assert_eq!(leftovers(elsewhere.path()), Vec::<String>::new());

    // A link to someone else's folder: refused, and neither the link nor the folder changes.
    let theirs = elsewhere.path().join("theirs");
    std::fs::create_dir(&theirs).unwrap();
    std::fs::write(theirs.join("notes.txt"), "not accord's").unwrap();
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&theirs, &link).unwrap();
    let (built, errors) = try_build(root, &[]);
    assert!(!built, "a build through a link to a foreign folder fails");
    assert!(errors.contains("symbolic link"), "{errors}");
    assert_eq!(std::fs::read_link(&link).unwrap(), theirs);
    assert_eq!(
        common::snapshot(&theirs).keys().collect::<Vec<_>>(),
        ["notes.txt"]
    );

    // A link to nothing: refused, not replaced by a folder.
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("missing"), &link).unwrap();
    let (built, errors) = try_build(root, &[]);
    assert!(!built);
    assert!(errors.contains("symbolic link"), "{errors}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(leftovers(root), Vec::<String>::new());
}

#[test]
fn a_failed_build_leaves_nothing_and_the_previous_site_untouched() {
    let site = common::copy_site();
    let root = site.path();
    std::fs::write(
        root.join("content/broken.md"),
        "---\ntitle: [unclosed\n---\nBody\n",
    )
    .unwrap();

    // A failed first build: no output, nothing beside it.
    let (built, errors) = try_build(root, &[]);
    assert!(!built);
    assert!(errors.contains("broken.md"), "{errors}");
    assert!(!root.join("public").exists());
    assert_eq!(leftovers(root), Vec::<String>::new());

    // A failed rebuild: the previous site as it was, nothing beside it.
    std::fs::remove_file(root.join("content/broken.md")).unwrap();
    let before = common::snapshot(&common::build(root));
    std::fs::write(
        root.join("content/broken.md"),
        "---\ntitle: [unclosed\n---\nBody\n",
    )
    .unwrap();
    let (built, _) = try_build(root, &[]);
    assert!(!built);
    assert_eq!(common::snapshot(&root.join("public")), before);
    assert_eq!(leftovers(root), Vec::<String>::new());
}

#[test]
fn the_caches_of_earlier_versions_are_removed_and_nothing_else() {
    let site = common::copy_site();
    let root = site.path();
    common::build(root);
    let previous = root.join(".public.accord-previous");
    std::fs::create_dir_all(previous.join("about")).unwrap();
    std::fs::write(previous.join(".accord-output"), "written by accord").unwrap();
    std::fs::write(previous.join("about/index.html"), "old").unwrap();
    let cache = root.join(".public.accord-cache");
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::write(cache.join("output.record"), "old").unwrap();
    std::fs::write(cache.join("rendered-markdown-07"), "old").unwrap();
    // A folder with an accord-like name that accord did not write stays.
    let theirs = root.join("public.accord-staging-999999999");
    std::fs::create_dir_all(&theirs).unwrap();
    std::fs::write(theirs.join("mine.txt"), "not accord's").unwrap();
    common::build(root);
    assert_eq!(leftovers(root), ["public.accord-staging-999999999"]);
    assert!(theirs.join("mine.txt").is_file());
}
