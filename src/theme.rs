//! The template set of a build: the theme's Tera templates, overridden by the site's own.
//!
//! The default theme is built into the binary, so a site without a `themes/` folder builds. A
//! template in the site's `templates/` replaces the theme's template of the same name, and can
//! extend the original as `theme/NAME.html`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{include_dir, Dir};
use tera::{Context, Tera};

use crate::i18n::Strings;

use crate::content::front_matter::key_location;
use crate::content::Page;
use crate::error::{Error, Location, Result};
use crate::memo::{Key, KeyHasher};

mod strings;
use strings::register_strings;

/// The default theme, as it was when accord was compiled.
pub static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Where a theme's files come from.
#[derive(Debug, Clone)]
pub enum ThemeSource {
    /// A folder on disk: `themes/NAME/`.
    Folder(PathBuf),
    /// The built-in default theme.
    BuiltIn,
}

impl ThemeSource {
    /// Finds the theme named in `site.yaml`: the site's own `themes/NAME/` first, then the
    /// built-in default.
    pub fn find(root: &Path, name: &str) -> Result<ThemeSource> {
        let folder = root.join("themes").join(name);
        if crate::text::is_valid_slug(name) && folder.is_dir() {
            Ok(ThemeSource::Folder(folder))
        } else if name == "default" {
            Ok(ThemeSource::BuiltIn)
        } else {
            Err(Error::input(
                Location::file(crate::site::CONFIG_FILE),
                format!("the theme `{name}` does not exist: there is no folder themes/{name}/"),
                "set `theme: default`, or create the theme's folder with templates/ and static/",
            ))
        }
    }

    /// Every file under the theme's `static/`: (path relative to `static/`, bytes).
    pub fn static_files(&self) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        match self {
            ThemeSource::BuiltIn => {
                let mut files = Vec::new();
                if let Some(dir) = DEFAULT_THEME.get_dir("static") {
                    collect_embedded(dir, Path::new("static"), &mut files);
                }
                Ok(files)
            }
            ThemeSource::Folder(folder) => read_folder(
                site_of_theme(folder),
                &folder.join("static"),
                crate::tree::Folder::Static,
            ),
        }
    }

    /// Lists the files of the theme's and the site's `static/` without reading them, so that
    /// a link leaving the site is reported with the other errors of loading the site.
    pub fn check_static_files(&self, root: &Path) -> Result<()> {
        let mut errors = Vec::new();
        let mut folders = vec![(root.to_path_buf(), root.join("static"))];
        if let ThemeSource::Folder(folder) = self {
            folders.push((site_of_theme(folder).to_path_buf(), folder.join("static")));
        }
        for (site, folder) in folders {
            if let Err(error) = crate::tree::files(&site, &folder, crate::tree::Folder::Static) {
                errors.push(error);
            }
        }
        Error::from_list(errors)
    }

    fn templates(&self) -> Result<Vec<(String, String, PathBuf)>> {
        match self {
            ThemeSource::BuiltIn => {
                let mut files = Vec::new();
                if let Some(dir) = DEFAULT_THEME.get_dir("templates") {
                    collect_embedded(dir, Path::new("templates"), &mut files);
                }
                files
                    .into_iter()
                    .map(|(name, bytes)| {
                        let shown = Path::new("(built-in theme)/templates").join(&name);
                        let text = String::from_utf8(bytes).map_err(|_| {
                            Error::input(Location::file(&shown), "not UTF-8", "rebuild accord")
                        })?;
                        Ok((name.to_string_lossy().replace('\\', "/"), text, shown))
                    })
                    .collect()
            }
            ThemeSource::Folder(folder) => {
                read_templates(site_of_theme(folder), &folder.join("templates"))
            }
        }
    }
}

/// The interface strings of a build: the built-in theme's, then a theme folder's `i18n/`, then
/// the site's own `i18n/`, each `LANG.yaml` adding to or overriding the ones before.
fn load_strings(root: &Path, theme: &ThemeSource, language: &str) -> Result<Strings> {
    let mut strings = Strings::new(language);
    let mut files = Vec::new();
    if let Some(dir) = DEFAULT_THEME.get_dir("i18n") {
        let mut builtin = Vec::new();
        collect_embedded(dir, Path::new("i18n"), &mut builtin);
        builtin.sort();
        let shown = Path::new("(built-in theme)/i18n");
        files.extend(builtin.into_iter().map(|(p, b)| (shown.join(p), b)));
    }
    if let ThemeSource::Folder(folder) = theme {
        let i18n = folder.join("i18n");
        for (relative, bytes) in
            read_folder(site_of_theme(folder), &i18n, crate::tree::Folder::Other)?
        {
            files.push((i18n.join(relative), bytes));
        }
    }
    for (relative, bytes) in read_folder(root, &root.join("i18n"), crate::tree::Folder::Other)? {
        files.push((Path::new("i18n").join(relative), bytes));
    }
    let mut errors = Vec::new();
    for (path, bytes) in files {
        let shown = path.strip_prefix(root).unwrap_or(&path);
        let language = match (path.extension().and_then(|e| e.to_str()), path.file_stem()) {
            (Some("yaml" | "yml"), Some(stem))
                if path.parent().is_some_and(|p| p.ends_with("i18n")) =>
            {
                stem.to_string_lossy().into_owned()
            }
            _ => {
                errors.push(Error::input(
                    Location::file(shown),
                    "this file is not a language's interface strings",
                    "name the files of i18n/ after their language (`fr.yaml`, `nl-BE.yaml`), with no sub-folder",
                ));
                continue;
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            errors.push(Error::input(
                Location::file(shown),
                "this file is not UTF-8 text",
                "save it as UTF-8",
            ));
            continue;
        };
        if let Err(error) = strings.add_file(&language, shown, &text) {
            errors.push(error);
        }
    }
    Error::from_list(errors)?;
    Ok(strings)
}

fn collect_embedded(dir: &Dir<'_>, strip: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for file in dir.files() {
        let relative = file.path().strip_prefix(strip).unwrap_or(file.path());
        out.push((relative.to_path_buf(), file.contents().to_vec()));
    }
    for sub in dir.dirs() {
        collect_embedded(sub, strip, out);
    }
}

/// Every file under `folder`, a folder of the site at `root`, relative to it, in path order;
/// nothing when it does not exist. What is never published is left out, and a link leaving the
/// site is an error (see [`crate::tree`]).
pub fn read_folder(
    root: &Path,
    folder: &Path,
    kind: crate::tree::Folder,
) -> Result<Vec<(PathBuf, Vec<u8>)>> {
    crate::tree::files(root, folder, kind)?
        .into_iter()
        .map(|file| Ok((file.relative, crate::tree::read(root, &file.path)?)))
        .collect()
}

/// The site's folder of a theme's folder, which [`ThemeSource::find`] makes `ROOT/themes/NAME`.
fn site_of_theme(folder: &Path) -> &Path {
    folder
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."))
}

fn read_templates(root: &Path, folder: &Path) -> Result<Vec<(String, String, PathBuf)>> {
    read_folder(root, folder, crate::tree::Folder::Other)?
        .into_iter()
        .map(|(relative, bytes)| {
            let shown = folder.join(&relative);
            let text = String::from_utf8(bytes).map_err(|_| {
                Error::input(
                    Location::file(&shown),
                    "this template is not UTF-8 text",
                    "save it as UTF-8",
                )
            })?;
            Ok((relative.to_string_lossy().replace('\\', "/"), text, shown))
        })
        .collect()
}

/// The compiled templates of one build, with the interface strings they show.
#[derive(Clone)]
pub struct Templates {
    tera: Tera,
    sources: Vec<(String, PathBuf)>,
    strings: Arc<Strings>,
    /// A hash of every template's name and text and of the global values: with a page's
    /// context, all a page's HTML is made from (see [`PageContext::key`]).
    digest: Key,
    /// The hash of the templates alone, and of each global value by name.
    sources_digest: Key,
    globals: Vec<(&'static str, Key)>,
}

/// What a template gets to render one page: the values it is given, and the rendered Markdown it
/// shows. The values are kept as they are (not converted into Tera's values) until the page is
/// rendered: a page taken from the memo only needs its key, which serializes them once.
#[derive(Default)]
pub struct PageContext<'a> {
    /// The values by name, in the order they were put in (a later one of the same name wins).
    values: Vec<(&'static str, Box<dyn Held + 'a>)>,
    /// Rendered Markdown, put into Tera's context only when the page is rendered, as a string
    /// borrowed from the bodies rather than copied into a JSON value first.
    html: Vec<(&'static str, &'a str, Key)>,
}

/// A value of a [`PageContext`]: what its key hashes, and what Tera gets.
trait Held {
    /// Adds the value, as it serializes to JSON, to a page's key.
    fn add_to(&self, hasher: &mut KeyHasher);
    /// Puts the value in Tera's context as `name`.
    fn put(&self, name: &'static str, context: &mut Context);
}

impl<T: serde::Serialize> Held for T {
    fn add_to(&self, hasher: &mut KeyHasher) {
        hasher.add_serialized(self);
    }

    fn put(&self, name: &'static str, context: &mut Context) {
        context.insert(name, self);
    }
}

impl<'a> PageContext<'a> {
    /// An empty context.
    pub fn new() -> PageContext<'a> {
        PageContext::default()
    }

    /// Puts `value` in the context as `name`.
    pub fn insert<T: serde::Serialize + 'a>(&mut self, name: &'static str, value: T) {
        self.values.push((name, Box::new(value)));
    }

    /// Puts rendered Markdown in the context as `name`; `digest` stands for it in the page's
    /// key (`Rendered::digest`).
    pub fn insert_html(&mut self, name: &'static str, html: &'a str, digest: Key) {
        self.html.push((name, html, digest));
    }

    /// The key of the page that `template` of `templates` renders from this context: a hash of
    /// the templates, the template's name and every value the page gets, as it serializes to
    /// JSON (rendered Markdown by its digest rather than its text). The values are Rust values
    /// (structures, vectors, sorted maps), which serialize the same way every time they are
    /// equal; Tera's own values would not, as they keep maps in hash maps.
    pub fn key(&self, templates: &Templates, template: &str) -> Key {
        Key::of("page", |h| {
            h.add(&templates.digest);
            h.add(template);
            for (name, value) in &self.values {
                h.add(*name);
                value.add_to(h);
            }
            for (name, _, digest) in &self.html {
                h.add(*name);
                h.add(digest);
            }
        })
    }

    /// Tera's context: every value, then the rendered Markdown.
    fn into_tera(self) -> Context {
        let mut context = Context::new();
        for (name, value) in &self.values {
            value.put(name, &mut context);
        }
        for (name, html, _) in self.html {
            context.insert(name, html);
        }
        context
    }
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("sources", &self.sources)
            .field("languages", &self.strings.languages().collect::<Vec<_>>())
            .finish()
    }
}

impl Templates {
    /// Loads the theme's templates and the site's `templates/` over them, and the interface
    /// strings of the theme and the site, `language` being the site's default language.
    pub fn load(root: &Path, theme: &ThemeSource, language: &str) -> Result<Templates> {
        let strings = Arc::new(load_strings(root, theme, language)?);
        let theme_templates = theme.templates()?;
        let site_templates = read_templates(root, &root.join("templates"))?;
        let mut named: Vec<(String, String)> = Vec::new();
        let mut sources: Vec<(String, PathBuf)> = Vec::new();
        for (name, text, shown) in &theme_templates {
            named.push((format!("theme/{name}"), text.clone()));
            sources.push((format!("theme/{name}"), shown.clone()));
        }
        for (name, text, shown) in theme_templates
            .iter()
            .filter(|(n, ..)| !site_templates.iter().any(|(s, ..)| s == n))
            .chain(&site_templates)
        {
            named.push((name.clone(), text.clone()));
            sources.push((
                name.clone(),
                shown.strip_prefix(root).unwrap_or(shown).to_path_buf(),
            ));
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        register_strings(&mut tera, &strings);
        tera.add_raw_templates(named.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|error| {
                let message = render_tera_error(&error);
                Error::Template {
                    location: locate(&message, &sources),
                    message,
                }
            })?;
        let digest = Key::of("templates", |h| {
            h.add(&named);
            // What `t(...)` returns is part of every page. The strings are sorted maps, so
            // their printed form is the same for the same strings.
            h.add(&format!("{strings:?}"));
        });
        Ok(Templates {
            tera,
            sources,
            strings,
            digest,
            sources_digest: digest,
            globals: Vec::new(),
        })
    }

    /// The interface strings, for what Rust code writes on pages and for `accord check`.
    pub fn strings(&self) -> &Strings {
        &self.strings
    }

    /// Sets the values every template sees (site settings, navigation, ...).
    pub fn set_global(&mut self, key: &'static str, value: &impl serde::Serialize) {
        self.tera.global_context().insert(key, value);
        let value = Key::of("global", |h| h.add_serialized(value));
        self.globals.retain(|(name, _)| *name != key);
        self.globals.push((key, value));
        self.globals.sort_unstable();
        self.digest = Key::of("templates and globals", |h| {
            h.add(&self.sources_digest);
            h.add(&self.globals);
        });
    }

    /// A hash of every template's name and text, the interface strings and the values every
    /// template sees: with a page's context, all its HTML is made from.
    pub fn digest(&self) -> Key {
        self.digest
    }

    /// Whether a template of that name exists.
    pub fn has(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }

    /// Renders the template `name` with `context`.
    pub fn render(&self, name: &str, context: PageContext<'_>) -> Result<String> {
        let context = &context.into_tera();
        if !self.has(name) {
            return Err(Error::input(
                Location::file(format!("templates/{name}")),
                format!("there is no template `{name}`, in the theme or in the site's templates/, and accord needs it"),
                format!("add templates/{name} (the built-in theme's templates show what each receives), or use a theme that has it"),
            ));
        }
        self.tera.render(name, context).map_err(|error| {
            let message = render_tera_error(&error);
            // Tera points at the template and line (`--> NAME:LINE:COLUMN`) where it can.
            let mut location = locate(&message, &self.sources);
            if location.line.is_none() {
                location = self.sources.iter().find(|(n, _)| n == name).map_or_else(
                    || Location::file(format!("templates/{name}")),
                    |(_, path)| Location::file(path),
                );
            }
            Error::Template { location, message }
        })
    }

    /// Every page's `template:` must name a template that exists; the error points at the key.
    pub fn check_page_templates(&self, root: &Path, pages: &[Page]) -> Result<()> {
        let mut errors = Vec::new();
        for page in pages {
            let Some(name) = page.entry.meta.template.as_deref() else {
                continue;
            };
            if self.has(name) {
                continue;
            }
            let shown = &page.entry.source_path;
            let text = std::fs::read_to_string(root.join(shown)).unwrap_or_default();
            let location = crate::content::front_matter::split(&text, shown)
                .ok()
                .and_then(|split| key_location(split.yaml, split.yaml_line, "template"))
                .map_or_else(
                    || Location::file(shown),
                    |(line, column)| Location::at(shown, line, column),
                );
            let mut names: Vec<&str> = self
                .tera
                .get_template_names()
                .filter(|n| !n.starts_with("theme/") && !n.contains('/'))
                .collect();
            names.sort_unstable();
            errors.push(Error::input(
                location,
                format!("the template `{name}` does not exist"),
                format!(
                    "create templates/{name}, or name one of the templates there are: {}",
                    names.join(", ")
                ),
            ));
        }
        Error::from_list(errors)
    }
}

/// Finds the template file and line that Tera's message points at (`--> NAME:LINE:COLUMN`).
fn locate(message: &str, sources: &[(String, PathBuf)]) -> Location {
    let pointed = message.split("--> ").nth(1).and_then(|rest| {
        let mut parts = rest.split([':', '\n']);
        let name = parts.next()?.trim();
        let line = parts.next()?.trim().parse::<usize>().ok()?;
        let column = parts.next()?.trim().parse::<usize>().ok()?;
        Some((name.to_string(), line, column))
    });
    match pointed {
        Some((name, line, column)) => match sources.iter().rev().find(|(n, _)| *n == name) {
            Some((_, path)) => Location::at(path, line, column),
            None => Location::at(format!("templates/{name}"), line, column),
        },
        None => Location::file("templates"),
    }
}

/// Tera's error and its causes, on one line each.
fn render_tera_error(error: &tera::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str("\n  caused by: ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}
