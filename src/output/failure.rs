//! What to tell an author when the output folder cannot be written or replaced: which folder,
//! why (the system's own words), and what to do. The staging folder beside the output is removed
//! by then, so a message never names it: it names the output folder the author chose.

use std::io::ErrorKind;
use std::path::Path;

use crate::error::{Error, Location};

/// The system's words for `error`, without the error number ("Read-only file system").
fn cause(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error ") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

/// What to do when `folder` (the output folder or the one holding it) cannot be written,
/// for the failure `error`.
fn advice(folder: &Path, output: &Path, error: &std::io::Error) -> String {
    let folder = folder.display();
    let elsewhere = "or choose another output folder with `--output DIR`";
    match error.kind() {
        ErrorKind::ReadOnlyFilesystem => {
            format!("`{folder}` is on a read-only file system: build onto a writable disk with `--output DIR`")
        }
        ErrorKind::PermissionDenied => {
            format!("give yourself the right to write in `{folder}` (`chmod u+w`), {elsewhere}")
        }
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            format!("free some space on the disk that holds `{folder}`, {elsewhere}")
        }
        ErrorKind::ResourceBusy | ErrorKind::CrossesDevices => mount_point_advice(output),
        _ => format!("check that `{folder}` exists and that you may write in it, {elsewhere}"),
    }
}

/// What to do when the output folder `output` is a mount point.
fn mount_point_advice(output: &Path) -> String {
    format!(
        "build into a folder inside it (`--output {}`), or choose another output folder",
        output.join("site").display()
    )
}

/// The folder that holds the output folder cannot be written, so no staging folder can be
/// made beside the output.
pub(super) fn cannot_stage(output: &Path, parent: &Path, error: &std::io::Error) -> Error {
    Error::input(
        Location::file(output),
        format!(
            "cannot build into the output folder: accord builds the new site beside it, in `{}`, which cannot be written ({})",
            parent.display(),
            cause(error)
        ),
        advice(parent, output, error),
    )
}

/// Writing one file of the new site (`path`, relative to the site) failed.
pub(super) fn cannot_write(
    output: &Path,
    parent: &Path,
    path: &str,
    error: &std::io::Error,
) -> Error {
    Error::input(
        Location::file(output),
        format!(
            "cannot write `{path}` of the new site, built beside the output folder in `{}` ({})",
            parent.display(),
            cause(error)
        ),
        advice(parent, output, error),
    )
}

/// The output folder cannot be written: the previous site could not be removed from it.
pub(super) fn output_not_writable(output: &Path, error: &std::io::Error) -> Error {
    Error::input(
        Location::file(output),
        format!(
            "the output folder cannot be written ({}): accord replaces the site in it on every build",
            cause(error)
        ),
        advice(output, output, error),
    )
}

/// The output folder is a mount point (`error` is what moving it gave, if it was tried), so it
/// cannot be replaced by the folder built beside it.
pub(super) fn mount_point(output: &Path, error: Option<&std::io::Error>) -> Error {
    let cause = error
        .map(|e| format!(" ({})", cause(e)))
        .unwrap_or_default();
    Error::input(
        Location::file(output),
        format!(
            "the output folder is a mount point{cause}: accord builds the new site beside it and swaps the two, and a mount point cannot be moved"
        ),
        mount_point_advice(output),
    )
}

/// Whether moving a folder failed because it is a mount point (or the two are on different
/// file systems), which no retry changes.
pub(super) fn is_mount_error(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        ErrorKind::ResourceBusy | ErrorKind::CrossesDevices
    )
}
