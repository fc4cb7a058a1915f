//! Reading the site's folder, which is untrusted input (issue 17): sites are built in CI from
//! repositories that anyone can send a pull request to.
//!
//! Every read of the site tree goes through here, so that two rules hold everywhere:
//! a symbolic link that resolves outside the site's folder is never read (the build fails,
//! naming the link and its target), and files that are not meant to be published (dotfiles,
//! dot-folders, version-control folders, editors' backups) are never listed. Links that stay
//! inside the site are followed.

use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Location, Result};

/// A file found by [`files`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeFile {
    /// The file as found: the walked folder joined with `relative`.
    pub path: PathBuf,
    /// The file relative to the walked folder.
    pub relative: PathBuf,
}

/// Which folder is walked, as each allows different names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folder {
    /// `static/` (of the site or of a theme): `.well-known/` at its top is published, as sites
    /// need it for security.txt, domain verification and the like.
    Static,
    /// Any other folder: content, seeds, templates.
    Other,
}

/// Whether a file or folder named `name` is never read nor published: dotfiles and dot-folders
/// (`.env`, `.git/`, `.htpasswd`, `.DS_Store`), other version-control folders, and the backups,
/// swap files and merge leftovers that editors and tools leave beside the files they touch.
pub fn is_ignored(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    const BACKUP_ENDINGS: [&str; 8] =
        ["~", ".bak", ".orig", ".rej", ".swp", ".swo", ".swx", ".tmp"];
    name.starts_with('.')
        || name.starts_with('#') && name.ends_with('#')
        || BACKUP_ENDINGS.iter().any(|ending| lower.ends_with(ending))
        || matches!(
            lower.as_str(),
            "cvs" | "_darcs" | "thumbs.db" | "desktop.ini" | "4913"
        )
}

/// Whether the path `relative` (to a walked folder of kind `folder`) has a part that
/// [`is_ignored`], the one exception being `.well-known/` at the top of `static/`.
pub fn is_ignored_path(relative: &Path, folder: Folder) -> bool {
    relative.components().enumerate().any(|(index, part)| {
        let Component::Normal(name) = part else {
            return false;
        };
        let name = name.to_string_lossy();
        let allowed = folder == Folder::Static && index == 0 && name == ".well-known";
        !allowed && is_ignored(&name)
    })
}

/// Checks that `root`, the site's folder given with `--root`, is a folder, before anything is
/// read or written: a missing folder or a file gets one error saying which and what to pass
/// (rather than "no site.yaml" and a failure to create the output beside a file).
pub fn check_root(root: &Path) -> Result<()> {
    let flag = Location::file("--root");
    let config = crate::site::CONFIG_FILE;
    match std::fs::metadata(root) {
        Ok(metadata) if metadata.is_dir() => Ok(()),
        Ok(_) => {
            let folder = root
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let hint = if root.file_name().is_some_and(|name| name == config) {
                format!(
                    "pass the folder that holds it: `--root {}`",
                    folder.display()
                )
            } else {
                format!("pass the site's folder, the one that holds {config}")
            };
            Err(Error::input(
                flag,
                format!("`{}` is a file, not the site's folder", root.display()),
                hint,
            ))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Err(Error::input(
            flag,
            format!("the site's folder `{}` does not exist", root.display()),
            format!(
                "pass the folder that holds {config}, or create a site there with `accord init {}`",
                root.display()
            ),
        )),
        Err(error) => Err(Error::io(root, "opening the site's folder", error)),
    }
}

/// The site's folder with every link resolved, which every file read must lie in.
fn site_folder(root: &Path) -> Result<PathBuf> {
    std::fs::canonicalize(root).map_err(|e| Error::io(root, "reading the site's folder", e))
}

/// `path` as shown in messages: relative to the site's folder.
fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Where `path` really is, with every link resolved, or an error naming the link and its
/// target when it lies outside the site's folder `site` (itself resolved).
fn resolve_inside(root: &Path, site: &Path, path: &Path) -> Result<PathBuf> {
    let real = std::fs::canonicalize(path).map_err(|error| {
        let shown = shown(root, path);
        match std::fs::read_link(path) {
            // A link that points nowhere, or to itself, cannot be followed.
            Ok(target) => Error::input(
                Location::file(shown),
                format!(
                    "this symbolic link to `{}` cannot be followed: {error}",
                    target.display()
                ),
                "remove the link, or point it at a file or folder that exists",
            ),
            Err(_) => Error::io(&shown, "reading", error),
        }
    })?;
    if real.starts_with(site) {
        return Ok(real);
    }
    let target = std::fs::read_link(path).unwrap_or_else(|_| real.clone());
    let resolved = if target == real {
        String::new()
    } else {
        format!(", which is {}", real.display())
    };
    Err(Error::input(
        Location::file(shown(root, path)),
        format!(
            "this symbolic link points outside the site's folder, to `{}`{resolved}: accord never reads files outside the site",
            target.display(),
        ),
        "copy the file into the site instead of linking to it, or remove the link",
    ))
}

/// Where `path` really is, with every link resolved; an error when that is outside the site's
/// folder `root`.
pub fn inside(root: &Path, path: &Path) -> Result<PathBuf> {
    let site = site_folder(root)?;
    resolve_inside(root, &site, path)
}

/// Reads the file at `path`, which must resolve inside the site's folder `root`.
pub fn read(root: &Path, path: &Path) -> Result<Vec<u8>> {
    let site = site_folder(root)?;
    let real = resolve_inside(root, &site, path)?;
    std::fs::read(real).map_err(|e| Error::io(&shown(root, path), "reading", e))
}

/// [`read`], as UTF-8 text; `None` when the file does not exist (a missing link's target is an
/// error, not a missing file).
pub fn read_text_if_exists(root: &Path, path: &Path) -> Result<Option<String>> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(None);
    }
    let bytes = read(root, path)?;
    String::from_utf8(bytes).map(Some).map_err(|_| {
        Error::input(
            Location::file(shown(root, path)),
            "this file is not UTF-8 text",
            "save it as UTF-8",
        )
    })
}

/// Whether `path` is a folder that resolves inside the site's folder `root` (a folder linked
/// from outside is an error).
pub fn is_folder(root: &Path, path: &Path) -> Result<bool> {
    if !path.is_dir() {
        return Ok(false);
    }
    let site = site_folder(root)?;
    resolve_inside(root, &site, path).map(|_| true)
}

/// Every file under `folder` (a folder of the site at `root`), in path order, leaving out what
/// [`is_ignored_path`] names; nothing when the folder does not exist. Links are followed where
/// they stay inside the site; every link that leaves it (and every other problem) is reported,
/// all of them at once.
pub fn files(root: &Path, folder: &Path, kind: Folder) -> Result<Vec<TreeFile>> {
    let mut found = Vec::new();
    if !is_folder(root, folder)? {
        return Ok(found);
    }
    let site = site_folder(root)?;
    let mut errors = Vec::new();
    let mut walk = walkdir::WalkDir::new(folder)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                errors.push(walk_error(root, folder, error));
                continue;
            }
        };
        let relative = entry
            .path()
            .strip_prefix(folder)
            .unwrap_or(entry.path())
            .to_path_buf();
        if is_ignored_path(&relative, kind) {
            if entry.file_type().is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        if entry.path_is_symlink() {
            if let Err(error) = resolve_inside(root, &site, entry.path()) {
                errors.push(error);
                if entry.file_type().is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
        }
        if entry.file_type().is_file() {
            found.push(TreeFile {
                path: entry.into_path(),
                relative,
            });
        }
    }
    Error::from_list(errors)?;
    Ok(found)
}

fn walk_error(root: &Path, folder: &Path, error: walkdir::Error) -> Error {
    let path = error.path().unwrap_or(folder).to_path_buf();
    let shown = shown(root, &path);
    if let Some(ancestor) = error.loop_ancestor() {
        let ancestor = ancestor.strip_prefix(root).unwrap_or(ancestor);
        return Error::input(
            Location::file(shown),
            format!("this symbolic link loops back to {}", ancestor.display()),
            "remove the link, or point it outside the folders it is in",
        );
    }
    match error.into_io_error() {
        // A link that points nowhere, or to itself, cannot be followed.
        Some(io) if path.is_symlink() => {
            let target = std::fs::read_link(&path)
                .map(|t| t.display().to_string())
                .unwrap_or_default();
            Error::input(
                Location::file(shown),
                format!("this symbolic link to `{target}` cannot be followed: {io}"),
                "remove the link, or point it at a file or folder that exists",
            )
        }
        Some(io) => Error::io(&shown, "reading", io),
        None => Error::input(
            Location::file(shown),
            "could not be read",
            "check the file's permissions",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotfiles_backups_and_version_control_are_ignored() {
        for name in [
            ".env",
            ".git",
            ".htpasswd",
            ".DS_Store",
            ".md",
            "notes.md.bak",
            "x.orig",
            "x.ORIG",
            "page.md~",
            "#page.md#",
            ".page.md.swp",
            "CVS",
            "Thumbs.db",
        ] {
            assert!(is_ignored(name), "{name}");
        }
        for name in [
            "page.md",
            "style.css",
            "index.html",
            "backup.md",
            "original.txt",
        ] {
            assert!(!is_ignored(name), "{name}");
        }
    }

    #[test]
    fn well_known_is_published_only_at_the_top_of_static() {
        let path = Path::new(".well-known/security.txt");
        assert!(!is_ignored_path(path, Folder::Static));
        assert!(is_ignored_path(path, Folder::Other));
        assert!(is_ignored_path(
            Path::new("a/.well-known/x"),
            Folder::Static
        ));
        assert!(is_ignored_path(
            Path::new(".well-known/.env"),
            Folder::Static
        ));
        assert!(is_ignored_path(Path::new("a/.git/config"), Folder::Static));
    }

    #[cfg(unix)]
    #[test]
    fn links_inside_are_followed_links_outside_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "s3cret").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir_all(root.join("static/sub")).unwrap();
        std::fs::write(root.join("static/sub/a.txt"), "a").unwrap();
        std::os::unix::fs::symlink("sub/a.txt", root.join("static/inside.txt")).unwrap();
        let found: Vec<_> = files(root, &root.join("static"), Folder::Static)
            .unwrap()
            .into_iter()
            .map(|f| f.relative)
            .collect();
        assert_eq!(found, [Path::new("inside.txt"), Path::new("sub/a.txt")]);
        std::os::unix::fs::symlink(outside.path().join("secret"), root.join("static/s.txt"))
            .unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("static/dir")).unwrap();
        let error = files(root, &root.join("static"), Folder::Static).unwrap_err();
        let text = format!("{:?}", error.flatten());
        assert!(
            text.contains("static/s.txt") && text.contains("static/dir"),
            "{text}"
        );
        let error = read(root, &root.join("static/s.txt")).unwrap_err();
        assert!(error.to_string().contains("outside the site"), "{error}");
        assert_eq!(read(root, &root.join("static/inside.txt")).unwrap(), b"a");
    }
}
