//! A site's own templates override the theme's by name, and can extend the theme's original.

mod common;

#[test]
fn a_site_template_overrides_and_extends_the_theme() {
    let site = common::copy_site();
    let templates = site.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("page.html"),
        "{% extends \"theme/page.html\" %}{% block content %}<p class=\"site-override\">Overridden</p>{{ super() }}{% endblock content %}",
    )
    .unwrap();
    let files = common::snapshot(&common::build(site.path()));
    let about = String::from_utf8(files["about/index.html"].clone()).unwrap();
    assert!(
        about.contains("<p class=\"site-override\">Overridden</p>"),
        "the site's template is used"
    );
    assert!(
        about.contains("About this site"),
        "the theme's block is kept through super()"
    );
    let home = String::from_utf8(files["index.html"].clone()).unwrap();
    assert!(
        !home.contains("site-override"),
        "other templates are the theme's"
    );
}

#[test]
fn code_in_content_is_highlighted_with_a_generated_stylesheet() {
    let site = common::copy_site();
    std::fs::write(
        site.path().join("content/code.md"),
        "---\ntitle: Code\n---\n```rust\nfn main() { println!(\"hi\"); }\n```\n",
    )
    .unwrap();
    let files = common::snapshot(&common::build(site.path()));
    let page = String::from_utf8(files["code/index.html"].clone()).unwrap();
    assert!(
        page.contains("class=\"hl-"),
        "the code has highlight classes"
    );
    assert!(
        page.contains("syntax.css"),
        "the page links the code stylesheet"
    );
    let css = String::from_utf8(files["syntax.css"].clone()).unwrap();
    assert!(
        css.contains("prefers-color-scheme: dark"),
        "the stylesheet has a dark variant"
    );
}
