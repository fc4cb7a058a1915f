//! The folders accord keeps beside the output: checking that an output folder may be replaced,
//! swapping the new site in, keeping or removing the old one, and clearing what killed builds
//! left. Only folders that hold accord's marker file (or are empty) are ever removed.

use std::path::Path;

use super::MARKER;
use crate::error::{Error, Location, Result};

/// Keeps `folder` (a former output or staging folder of accord's) as the previous build at
/// `previous`, or removes it when that name is taken. Returns whether it was kept.
pub(super) fn keep_or_remove(folder: &Path, previous: &Path) -> Result<bool> {
    if !previous.exists() && std::fs::rename(folder, previous).is_ok() {
        return Ok(true);
    }
    remove_own(folder).map(|()| false)
}

/// Removes the staging and set-aside folders that builds killed part-way left beside the output
/// folder `name` in `parent`: only folders holding accord's marker file, and only those of
/// processes that are no longer running (a build running at the same time keeps its own).
pub(super) fn remove_leftovers(parent: &Path, name: &str, previous: &Path, previous_record: &Path) {
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
        let folder = entry.path();
        if !process_is_running(pid) {
            // A leftover with accord's marker becomes the previous build when there is none (what
            // it holds does not matter, see [`Staging`]). Otherwise it is removed, or tried again
            // on the next build. One with no marker is removed only when empty: a build killed
            // between creating its staging folder and writing the marker leaves just that, and
            // nothing of anyone's is lost.
            if folder.join(MARKER).is_file() {
                // A record there may be of an older folder by that name, gone since.
                if keep_or_remove(&folder, previous).unwrap_or(false) {
                    let _ = std::fs::remove_file(previous_record);
                }
            } else {
                let _ = remove_own(&folder);
            }
        }
    }
}

/// Removes the temporary files that builds killed while saving what they keep for the next
/// (see [`super::replace_kept_file`]) left in the cache folder `cache`.
pub(super) fn remove_unfinished_writes(cache: &Path) {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let pid = file_name
            .to_str()
            .and_then(|name| name.rsplit_once(".writing-"))
            .and_then(|(_, pid)| pid.parse::<u32>().ok());
        if pid.is_some_and(|pid| !process_is_running(pid)) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the process `pid` is still running (and is not this one).
#[cfg(target_os = "linux")]
fn process_is_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks that the process exists; nothing is sent.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
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
fn remove_own(folder: &Path) -> Result<()> {
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

#[cfg(target_os = "linux")]
pub(super) fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both pointers are valid NUL-terminated paths for the duration of the call.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
pub(super) fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "no atomic exchange here",
    ))
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
