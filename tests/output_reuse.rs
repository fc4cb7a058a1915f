//! A build reuses the folder that holds the build before the last one (`.public.accord-previous`)
//! and writes only the files that changed: whatever that folder holds, `public/` ends up exactly
//! as a build into an empty folder, and nothing outside accord's own folders is touched.

mod common;

use std::path::Path;

/// The site built into a folder of its own that no build wrote before.
fn fresh_build(root: &Path, extra: &[&str]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let fresh = tempfile::tempdir().expect("a temporary folder");
    let output = fresh.path().join("out");
    let mut args = vec!["--output", output.to_str().expect("UTF-8 path")];
    args.extend_from_slice(extra);
    common::build_with(root, &args);
    common::snapshot(&output)
}

#[test]
fn rebuilds_over_a_reused_folder_equal_a_build_into_an_empty_one() {
    let site = common::copy_site();
    let root = site.path();
    let expected = fresh_build(root, &[]);
    let elsewhere = fresh_build(root, &["--base-url", "/elsewhere/"]);
    assert_ne!(expected, elsewhere, "the base URL changes every page");

    common::build(root);
    assert!(
        !root.join(".public.accord-previous").exists(),
        "a first build has no previous build to keep"
    );
    // Every page changes, then changes back: the reused folder holds the other version each time.
    common::build_with(root, &["--base-url", "/elsewhere/"]);
    assert!(root
        .join(".public.accord-previous/.accord-output")
        .is_file());
    assert_eq!(common::snapshot(&root.join("public")), elsewhere);
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), expected);
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), expected);
}

#[cfg(unix)]
#[test]
fn whatever_the_reused_folder_holds_the_output_is_exact_and_nothing_outside_is_touched() {
    let site = common::copy_site();
    let root = site.path();
    let expected = fresh_build(root, &[]);
    common::build(root);
    common::build(root);
    let previous = root.join(".public.accord-previous");
    assert!(previous.join("index.html").is_file());

    // Someone else's folder, which a link inside the reused folder points at.
    let outside = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(outside.path().join("keep.txt"), "not accord's").unwrap();
    std::fs::write(outside.path().join("index.html"), "not accord's").unwrap();

    // A stray file and folder, a page that became a folder, a folder that became a file, a
    // changed page, a shortened page, and links where a folder and a file should be.
    std::fs::write(previous.join("stray.txt"), "left over").unwrap();
    std::fs::create_dir_all(previous.join("stray-folder/deeper")).unwrap();
    std::fs::write(previous.join("stray-folder/deeper/x.html"), "x").unwrap();
    std::fs::remove_file(previous.join("index.html")).unwrap();
    std::fs::create_dir_all(previous.join("index.html/inner")).unwrap();
    std::fs::remove_dir_all(previous.join("glossary")).unwrap();
    std::fs::write(previous.join("glossary"), "a file where a folder goes").unwrap();
    std::fs::write(previous.join("404.html"), "changed").unwrap();
    let feed = previous.join("feed.xml");
    let bytes = std::fs::read(&feed).unwrap();
    std::fs::write(&feed, &bytes[..bytes.len() / 2]).unwrap();
    std::fs::remove_dir_all(previous.join("themes")).unwrap();
    std::os::unix::fs::symlink(outside.path(), previous.join("themes")).unwrap();
    std::fs::remove_file(previous.join("style.css")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("keep.txt"), previous.join("style.css"))
        .unwrap();

    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), expected);
    assert_eq!(
        std::fs::read_to_string(outside.path().join("keep.txt")).unwrap(),
        "not accord's"
    );
    assert_eq!(
        std::fs::read_to_string(outside.path().join("index.html")).unwrap(),
        "not accord's"
    );
}

#[test]
fn a_failed_build_keeps_the_site_and_the_next_build_is_exact() {
    let site = common::copy_site();
    let root = site.path();
    common::build(root);
    common::build(root);
    let before = common::snapshot(&root.join("public"));
    let about = root.join("content/about.md");
    let good = std::fs::read_to_string(&about).unwrap();
    // One failure while loading, one while rendering (after the staging folder is taken).
    for broken in [
        "---\ntitle: [unclosed\n---\nBroken.\n".to_string(),
        format!("{good}\nSee [nowhere](missing-page.md).\n"),
    ] {
        std::fs::write(&about, broken).unwrap();
        let failed = common::accord(&["build", "--root", root.to_str().unwrap()]);
        assert!(!failed.status.success());
        assert_eq!(common::snapshot(&root.join("public")), before);
    }
    std::fs::write(&about, good.replace("accord", "accord (edited)")).unwrap();
    let expected = fresh_build(root, &[]);
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), expected);
}

#[test]
fn a_folder_by_that_name_without_accords_marker_is_left_alone() {
    let site = common::copy_site();
    let root = site.path();
    let mine = root.join(".public.accord-previous");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(mine.join("notes.txt"), "mine").unwrap();
    let expected = fresh_build(root, &[]);
    common::build(root);
    common::build(root);
    common::build(root);
    assert_eq!(common::snapshot(&mine).len(), 1);
    assert_eq!(
        std::fs::read_to_string(mine.join("notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(common::snapshot(&root.join("public")), expected);
    // No copy of an old build is left lying about either: beside the output, only the folder of
    // what a build keeps for the next (the output's record), as no previous build of accord's
    // could be kept.
    let mut beside: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("accord-"))
        .collect();
    beside.sort();
    assert_eq!(
        beside,
        [".public.accord-cache", ".public.accord-previous"].map(String::from)
    );
}

/// Longer than the file system's clock takes to tick: a change made within the same tick as a
/// record leaves the times it holds.
fn after_a_tick() {
    std::thread::sleep(std::time::Duration::from_millis(30));
}

#[cfg(unix)]
#[test]
fn the_previous_builds_record_is_trusted_only_while_it_describes_its_folder() {
    use std::os::unix::fs::MetadataExt;
    let site = common::copy_site();
    let root = site.path();
    let expected = fresh_build(root, &[]);
    let previous = root.join(".public.accord-previous");
    let record = root.join(".public.accord-cache/previous.record");
    // A page two folders down, which only a record would vouch for without reading it.
    let deep = expected
        .keys()
        .find(|path| path.matches('/').count() >= 2 && path.ends_with(".html"))
        .expect("a page two folders down")
        .clone();
    let folder = deep.rsplit_once('/').unwrap().0.to_string();

    // Three builds: the third reuses the first's folder, which has a record by then.
    for _ in 0..3 {
        common::build(root);
    }
    assert!(record.is_file(), "the previous build has a record");
    assert!(root.join(".public.accord-cache/output.record").is_file());
    assert_eq!(common::snapshot(&root.join("public")), expected);

    // A stray file deep inside, and a page edited in place with its size and modification time
    // kept: neither changes anything the record says of the folder's top.
    after_a_tick();
    let page = previous.join(&deep);
    let before = std::fs::metadata(&page).unwrap();
    let mut edited = std::fs::read(&page).unwrap();
    edited[0] = if edited[0] == b'x' { b'y' } else { b'x' };
    std::fs::write(&page, &edited).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&page)
        .unwrap()
        .set_modified(before.modified().unwrap())
        .unwrap();
    let after = std::fs::metadata(&page).unwrap();
    assert_eq!(
        (after.size(), after.mtime()),
        (before.size(), before.mtime())
    );
    std::fs::write(previous.join(&folder).join("stray.html"), "left over").unwrap();
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), expected);

    // The record is taken with the folder: once used, it is gone.
    common::build(root);
    assert!(record.is_file());
    let taken = std::fs::read_to_string(&record).unwrap();
    after_a_tick();
    std::fs::write(previous.join(&deep), "not the page").unwrap();
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), expected);
    assert_ne!(std::fs::read_to_string(&record).ok(), Some(taken.clone()));

    // A record that no longer matches its folder, or that is not a record at all, is ignored.
    common::build(root);
    for stale in [taken.clone(), "not a record".to_string()] {
        after_a_tick();
        std::fs::write(previous.join(&deep), "not the page either").unwrap();
        std::fs::write(&record, &stale).unwrap();
        common::build(root);
        assert_eq!(common::snapshot(&root.join("public")), expected);
        common::build(root);
    }
}

#[test]
fn work_kept_for_the_next_build_gives_the_same_pages() {
    let site = common::copy_site();
    let root = site.path();
    let code =
        "```rust\nfn main() {\n    println!(\"kept\");\n}\n```\n\n```python\nprint('kept')\n```\n";
    std::fs::write(
        root.join("content/code.md"),
        format!("---\ntitle: Code\n---\n{code}\nSee [the target](@/target.md#part).\n"),
    )
    .unwrap();
    std::fs::write(
        root.join("content/target.md"),
        "---\ntitle: Target\n---\n## Part\n\nLinked to.\n",
    )
    .unwrap();
    let expected = fresh_build(root, &[]);
    let cache = root.join(".public.accord-cache");
    common::build(root);
    // Every file of kept work (the records of the two folders aside), by name.
    let kept_files = || -> std::collections::BTreeMap<String, Vec<u8>> {
        let mut files = common::snapshot(&cache);
        files.retain(|name, _| !name.ends_with(".record"));
        files
    };
    assert!(
        kept_files().is_empty(),
        "a build into a fresh folder keeps no work"
    );
    common::build(root);
    let kept = kept_files();
    for name in ["front-matter", "page-hashes"] {
        assert!(kept.contains_key(name), "the build keeps {name}");
    }
    for prefix in ["search-index-", "rendered-markdown-"] {
        assert!(
            kept.keys().any(|name| name.starts_with(prefix)),
            "the build keeps {prefix}*: {:?}",
            kept.keys()
        );
    }
    let bodies = |files: &std::collections::BTreeMap<String, Vec<u8>>| -> String {
        files
            .iter()
            .filter(|(name, _)| name.starts_with("rendered-markdown-"))
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .collect()
    };
    assert!(bodies(&kept).contains("language-rust"));
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), expected);
    assert_eq!(kept_files(), kept, "the same work is kept");

    // Files that are not whole, not this binary's, or changed by hand are ignored.
    type Damage = fn(&[u8]) -> Vec<u8>;
    let damages: [Damage; 4] = [
        |bytes| bytes[..bytes.len().saturating_sub(5)].to_vec(),
        |bytes| {
            let mut changed = bytes.to_vec();
            let middle = changed.len() / 2;
            changed[middle] ^= 1;
            changed
        },
        |_| b"accord kept rendered-markdown-00\nother binary\n".to_vec(),
        |_| Vec::new(),
    ];
    for damage in damages {
        for (name, bytes) in &kept {
            std::fs::write(cache.join(name), damage(bytes)).unwrap();
        }
        common::build(root);
        assert_eq!(common::snapshot(&root.join("public")), expected);
    }

    // A changed body is rendered anew, and the file then holds this build's bodies only.
    std::fs::write(
        root.join("content/code.md"),
        format!(
            "---\ntitle: Code\n---\n{}\nSee [the target](@/target.md#part).\n",
            code.replace("kept", "changed")
        ),
    )
    .unwrap();
    let changed = fresh_build(root, &[]);
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), changed);
    let now = bodies(&kept_files());
    assert!(now.contains("changed") && !now.contains("print('kept')"));

    // The page a kept body links to moves: the body follows it, though its own text is the same.
    std::fs::write(
        root.join("content/target.md"),
        "---\ntitle: Target\nslug: moved\n---\n## Part\n\nLinked to.\n",
    )
    .unwrap();
    let moved = fresh_build(root, &[]);
    common::build(root);
    let page = String::from_utf8(moved["code/index.html"].clone()).unwrap();
    assert!(
        page.contains("/moved/#part"),
        "the fresh build links the new place"
    );
    assert_eq!(common::snapshot(&root.join("public")), moved);

    // What every page shows besides its own context: the site's settings, and the templates.
    let settings = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    std::fs::write(
        root.join("site.yaml"),
        settings.replacen("title: ", "title: Retitled ", 1),
    )
    .unwrap();
    let retitled = fresh_build(root, &[]);
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), retitled);
    // Both folders now hold the same pages: the next build reuses one that holds them.
    common::build(root);
    let theme_page = common::repository().join("themes/default/templates/page.html");
    let template = std::fs::read_to_string(theme_page).unwrap();
    std::fs::create_dir_all(root.join("templates")).unwrap();
    std::fs::write(
        root.join("templates/page.html"),
        template.replacen(
            "{% endblock content %}",
            "<!-- a site's own page template -->{% endblock content %}",
            1,
        ),
    )
    .unwrap();
    let templated = fresh_build(root, &[]);
    assert!(String::from_utf8_lossy(&templated["code/index.html"]).contains("site's own"));
    common::build(root);
    assert_eq!(common::snapshot(&root.join("public")), templated);
}

#[test]
fn a_killed_builds_unfinished_cache_file_is_removed_and_nothing_else() {
    let site = common::copy_site();
    let root = site.path();
    common::build(root);
    let cache = root.join(".public.accord-cache");
    // As a build killed while saving its record would leave it (no process has that number).
    let unfinished = cache.join("output.record.writing-999999999");
    std::fs::write(&unfinished, "half a rec").unwrap();
    let mine = cache.join("notes.writing-later.txt");
    std::fs::write(&mine, "not accord's").unwrap();
    common::build(root);
    assert!(!unfinished.exists());
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "not accord's");
    assert!(cache.join("output.record").is_file());
}
