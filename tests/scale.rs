//! Many documents: long lists are split into pages, and no page grows without bound.

mod common;

#[test]
fn long_lists_are_split_into_pages_that_link_each_other() {
    let site = common::copy_site();
    for n in 0..130 {
        let text = format!(
            "Readout number {n}\n\nThe press release issued by the Foreign Office on {} March 2025.\n\n\
             The ministers discussed NATO and the work of Europol against people smuggling.\n\n\
             They agreed to meet again.\n",
            n % 28 + 1
        );
        std::fs::write(site.path().join(format!("seeds/zz_{n:03}.txt")), text).unwrap();
    }
    let files = common::snapshot(&common::build(site.path()));
    let page = |path: &str| {
        String::from_utf8(
            files
                .get(path)
                .unwrap_or_else(|| panic!("no {path}"))
                .clone(),
        )
        .unwrap()
    };

    // NATO is mentioned 130 times more: three pages of at most fifty mentions.
    for path in [
        "instruments/nato/index.html",
        "instruments/nato/page/2/index.html",
        "instruments/nato/page/3/index.html",
    ] {
        let html = page(path);
        let quotes = html.matches("class=\"passage\"").count();
        assert!(
            (1..=50).contains(&quotes),
            "{path} quotes {quotes} passages"
        );
        assert!(
            html.contains("rel=\"next\"") || html.contains("rel=\"prev\""),
            "{path} links its neighbours"
        );
    }
    assert!(!files.contains_key("instruments/nato/page/4/index.html"));
    assert!(
        files.contains_key("documents/page/3/index.html"),
        "the documents list is split too"
    );
    let home = page("index.html");
    assert!(
        home.matches("<li class=\"document-item\"").count() <= 10
            || home.matches("Readout number").count() <= 10
    );
    let largest = files
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(_, b)| b.len())
        .max()
        .unwrap();
    assert!(largest < 400_000, "the largest page is {largest} bytes");
    let broken = common::broken_links(&files, "/");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
