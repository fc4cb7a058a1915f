//! The folders accord keeps beside the output while it builds: checking that an output folder
//! may be replaced, swapping the new site in, and clearing what killed builds left. Only folders
//! that hold accord's marker file (or are empty) are ever removed.

use std::path::{Path, PathBuf};

use super::MARKER;
use crate::error::{Error, Location, Result};

/// Removes the staging and set-aside folders that builds killed part-way left beside the output
/// folder `name` in `parent`: only folders holding accord's marker file, and only those of
/// processes that are no longer running (a build running at the same time keeps its own). Also
/// removes the caches that accord versions before 0.2 kept beside the output.
pub(super) fn remove_leftovers(parent: &Path, name: &str) {
    remove_old_caches(parent, name);
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let Some(pid) = file_name
            .strip_prefix(name)
            .and_then(|rest| {
                rest.strip_prefix(".accord-staging-")
                    .or_else(|| rest.strip_prefix(".accord-old-"))
            })
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !process_is_running(pid) {
            // One with no marker is removed only when empty: a build killed between creating its
            // staging folder and writing the marker leaves just that, and nothing of anyone's is
            // lost.
            let _ = remove_own(&entry.path());
        }
    }
}

/// The files that earlier versions of accord kept in `.NAME.accord-cache/`: records of the
/// output folders and work kept for the next build.
const OLD_CACHE_FILES: [&str; 6] = [
    "output.record",
    "previous.record",
    "front-matter",
    "page-hashes",
    "rendered-markdown",
    "search-index",
];

/// Removes the previous build (`.NAME.accord-previous/`, marked as accord's) and the cache
/// folder (`.NAME.accord-cache/`, only the files accord wrote there) that earlier versions kept
/// beside the output: a build no longer reads them.
fn remove_old_caches(parent: &Path, name: &str) {
    let _ = remove_own(&parent.join(format!(".{name}.accord-previous")));
    let cache = parent.join(format!(".{name}.accord-cache"));
    let Ok(entries) = std::fs::read_dir(&cache) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let ours = file_name.to_str().is_some_and(|file| {
            OLD_CACHE_FILES.iter().any(|old| file.starts_with(old))
                && entry.file_type().is_ok_and(|t| t.is_file())
        });
        if ours {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let _ = std::fs::remove_dir(&cache);
}

/// Whether the process `pid` is still running (and is not this one).
#[cfg(target_os = "linux")]
fn process_is_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    // Signal 0 only checks that the process exists; nothing is sent.
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        Err(error) => error == rustix::io::Errno::PERM,
    }
}

/// Whether the process `pid` is still running: without a way to ask, only this one is.
#[cfg(not(target_os = "linux"))]
fn process_is_running(_pid: u32) -> bool {
    false
}

/// Removes a folder only if accord wrote it (it holds the marker file) or it is empty.
///
/// The marker goes last, so that a removal cut short (a killed build) still leaves a folder the
/// next build recognises as accord's and finishes removing.
pub(super) fn remove_own(folder: &Path) -> Result<()> {
    if folder.join(MARKER).is_file() {
        let entries = std::fs::read_dir(folder).map_err(|e| Error::io(folder, "removing", e))?;
        for entry in entries.flatten() {
            if entry.file_name() == MARKER {
                continue;
            }
            let path = entry.path();
            let removed = if entry.file_type().is_ok_and(|t| t.is_dir()) {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            removed.map_err(|e| Error::io(&path, "removing", e))?;
        }
        std::fs::remove_file(folder.join(MARKER)).map_err(|e| Error::io(folder, "removing", e))?;
    }
    // Empty now, or empty from the start (a folder accord was allowed to build into, or one a
    // killed build created before writing its marker): nothing of anyone's is lost.
    let _ = std::fs::remove_dir(folder);
    Ok(())
}

/// Exchanges the folders at `a` and `b` in one atomic step.
#[cfg(target_os = "linux")]
pub(super) fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

/// Without an atomic exchange, the caller moves the old folder aside first.
#[cfg(not(target_os = "linux"))]
pub(super) fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "no atomic exchange here",
    ))
}

/// The folder a build replaces for the output path `output`: the path itself, or, when it is a
/// symbolic link, the folder it leads to if accord wrote that folder (or it is empty), so that
/// the link stays and leads to the new site. Any other link is refused, never replaced.
pub(super) fn resolve_output(output: &Path) -> Result<PathBuf> {
    let is_link = std::fs::symlink_metadata(output).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(output.to_path_buf());
    }
    let shown = Location::file(output);
    let Ok(target) = output.canonicalize() else {
        return Err(Error::input(
            shown,
            "the output path is a symbolic link to nothing (what it points at does not exist)",
            "create the folder it points at, remove the link, or choose another output folder",
        ));
    };
    let owned = target.is_dir()
        && (target.join(MARKER).is_file()
            || std::fs::read_dir(&target).is_ok_and(|mut entries| entries.next().is_none()));
    if !owned {
        return Err(Error::input(
            shown,
            format!(
                "the output path is a symbolic link to {}, which is not a folder accord wrote",
                target.display()
            ),
            "point the link at an empty folder or one accord built, or choose another output folder",
        ));
    }
    Ok(target)
}

/// Refuses output folders that would lose an author's files.
pub(super) fn check_output(root: &Path, output: &Path) -> Result<()> {
    let shown = Location::file(output);
    let root = root
        .canonicalize()
        .map_err(|e| Error::io(root, "opening", e))?;
    let resolved = if output.exists() {
        output
            .canonicalize()
            .map_err(|e| Error::io(output, "opening", e))?
    } else {
        let parent = super::parent_of(output);
        let parent = parent
            .canonicalize()
            .unwrap_or_else(|_| parent.to_path_buf());
        parent.join(output.file_name().unwrap_or_default())
    };
    if resolved == root || root.starts_with(&resolved) {
        return Err(Error::input(
            shown,
            "the output folder is the site itself or contains it; building there would replace the sources",
            "choose another output folder, such as `public`",
        ));
    }
    for source in [
        "content",
        "seeds",
        "templates",
        "themes",
        "static",
        crate::site::CONFIG_FILE,
    ] {
        if resolved.starts_with(root.join(source)) {
            return Err(Error::input(
                shown,
                format!("the output folder is inside the site's `{source}`"),
                "choose an output folder outside the sources, such as `public`",
            ));
        }
    }
    if output.exists() {
        if !output.is_dir() {
            return Err(Error::input(
                shown,
                "the output path is a file, not a folder",
                "remove it or choose another output folder",
            ));
        }
        let empty = std::fs::read_dir(output)
            .map_err(|e| Error::io(output, "listing", e))?
            .next()
            .is_none();
        if !empty && !output.join(MARKER).is_file() {
            return Err(Error::input(
                shown,
                "the output folder is not empty and was not written by accord",
                "choose another output folder, or empty this one yourself if its files are not needed",
            ));
        }
    }
    Ok(())
}

/// Refuses an output folder `output` that could not be replaced once the site is built, before
/// anything is built: a mount point, which cannot be moved, and a folder that cannot be written,
/// from which the previous site could not be removed.
pub(super) fn check_replaceable(output: &Path) -> Result<()> {
    if std::fs::symlink_metadata(output).is_err() {
        // Not there yet: the new site is simply moved into place.
        return Ok(());
    }
    if is_mount_point(output) {
        return Err(super::failure::mount_point(output, None));
    }
    #[cfg(target_os = "linux")]
    if let Err(error) = rustix::fs::access(output, rustix::fs::Access::WRITE_OK) {
        return Err(super::failure::output_not_writable(
            output,
            &std::io::Error::from(error),
        ));
    }
    Ok(())
}

/// Whether `path` is the root of a mount (bind mounts included), as far as the kernel says;
/// where it cannot say, the swap after the build finds out and says so instead. (Comparing
/// devices would take a btrfs subvolume, which can be moved, for a mount point.)
#[cfg(target_os = "linux")]
fn is_mount_point(path: &Path) -> bool {
    use rustix::fs::{statx, AtFlags, StatxAttributes, StatxFlags, CWD};
    let flags = AtFlags::NO_AUTOMOUNT | AtFlags::SYMLINK_NOFOLLOW;
    statx(CWD, path, flags, StatxFlags::empty()).is_ok_and(|found| {
        found
            .stx_attributes_mask
            .contains(StatxAttributes::MOUNT_ROOT)
            && found.stx_attributes.contains(StatxAttributes::MOUNT_ROOT)
    })
}

/// Without a way to ask, the swap after the build finds a mount point out.
#[cfg(not(target_os = "linux"))]
fn is_mount_point(_: &Path) -> bool {
    false
}
