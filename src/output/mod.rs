//! Writing the site: into a fresh staging folder beside the output, swapped into place only when
//! every page succeeded, so that a failed or interrupted build leaves the previous site as it
//! was. A build never writes into, reuses or links to the files of an earlier build, and leaves
//! nothing beside the output once it is done.

mod failure;
mod folders;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Location, Result};
use folders::{
    check_output, check_replaceable, exchange, remove_leftovers, remove_own, resolve_output,
};

/// The file accord leaves in every output folder it writes, so that it never replaces a folder
/// it did not create.
pub const MARKER: &str = ".accord-output";
const MARKER_TEXT: &str = "This folder is written by accord; it is replaced on every build.\n";

/// Where rendered files go: a folder on disk, or memory (for `serve` and `check`).
pub trait Sink: Sync {
    /// Stores one file at `path` (relative, with `/` separators).
    fn write(&self, path: &str, bytes: Vec<u8>) -> Result<()>;

    /// Stores one file whose bytes may be shared (a `serve` session keeps them in its memo);
    /// a sink that keeps files in memory can keep the buffer instead of a copy.
    fn write_shared(&self, path: &str, bytes: std::sync::Arc<Vec<u8>>) -> Result<()> {
        self.write(path, std::sync::Arc::unwrap_or_clone(bytes))
    }
}

/// Files kept in memory, keyed by path.
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemorySink {
    /// The files written, by path.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Sink for MemorySink {
    fn write(&self, path: &str, bytes: Vec<u8>) -> Result<()> {
        self.files
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(path.to_string(), bytes);
        Ok(())
    }
}

/// The folder that holds the output folder `output` (`.` for a bare name).
fn parent_of(output: &Path) -> &Path {
    output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// [`parent_of`] the output folder `output`, and its name.
fn parent_and_name(output: &Path) -> (&Path, String) {
    let parent = parent_of(output);
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    (parent, name)
}

/// A fresh staging folder beside the output folder, swapped in by [`Staging::publish`] or
/// removed by [`Staging::abandon`].
#[derive(Debug)]
pub struct Staging {
    staging: PathBuf,
    /// The folder replaced: the output folder, or the folder a symbolic link there leads to.
    output: PathBuf,
}

impl Staging {
    /// Checks that `output` may be replaced and creates an empty staging folder beside it (beside
    /// the folder it leads to, when it is a symbolic link to a folder of accord's).
    pub fn new(root: &Path, output: &Path) -> Result<Staging> {
        let output = resolve_output(output)?;
        check_output(root, &output)?;
        let (parent, name) = parent_and_name(&output);
        let parent = parent.to_path_buf();
        std::fs::create_dir_all(&parent)
            .map_err(|e| failure::cannot_stage(&output, &parent, &e))?;
        check_replaceable(&output)?;
        remove_leftovers(&parent, &name);
        let staging = parent.join(format!("{name}.accord-staging-{}", std::process::id()));
        // Left by a killed build of an earlier process with this number.
        remove_own(&staging)?;
        std::fs::create_dir(&staging).map_err(|e| failure::cannot_stage(&output, &parent, &e))?;
        let staging = Staging { staging, output };
        if let Err(error) = std::fs::write(staging.staging.join(MARKER), MARKER_TEXT) {
            let error = failure::cannot_stage(&staging.output, &parent, &error);
            staging.abandon();
            return Err(error);
        }
        Ok(staging)
    }

    /// Replaces the output folder with the staging folder, then removes the old site. On Linux
    /// the two are exchanged in one atomic step, so that the output is always either the old
    /// site or the new one. When the swap fails, the staging folder is removed and the output
    /// is as it was.
    pub fn publish(self) -> Result<()> {
        match self.swap_in() {
            Ok(None) => Ok(()),
            Ok(Some(old)) => remove_own(&old).map_err(|error| {
                Error::input(
                    Location::file(&self.output),
                    format!(
                        "the new site is in place, but the previous one could not be removed from `{}`: {error}",
                        old.display()
                    ),
                    "remove that folder yourself; the next build will not need it",
                )
            }),
            Err(error) => {
                self.abandon();
                Err(error)
            }
        }
    }

    /// Puts the staging folder in the output folder's place: where the previous site is now,
    /// if there was one.
    fn swap_in(&self) -> Result<Option<PathBuf>> {
        let parent = parent_of(&self.output);
        let failed = |error: &std::io::Error| {
            if failure::is_mount_error(error) {
                failure::mount_point(&self.output, Some(error))
            } else {
                failure::cannot_stage(&self.output, parent, error)
            }
        };
        if std::fs::symlink_metadata(&self.output).is_err() {
            std::fs::rename(&self.staging, &self.output).map_err(|e| failed(&e))?;
            return Ok(None);
        }
        match exchange(&self.staging, &self.output) {
            // The staging path now holds the previous site.
            Ok(()) => return Ok(Some(self.staging.clone())),
            Err(error) if failure::is_mount_error(&error) => return Err(failed(&error)),
            // No atomic exchange on this system or file system: the old site moves aside first.
            Err(_) => {}
        }
        let old = self.staging.with_file_name(format!(
            "{}.accord-old-{}",
            self.output
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        std::fs::rename(&self.output, &old).map_err(|e| failed(&e))?;
        if let Err(error) = std::fs::rename(&self.staging, &self.output) {
            // The previous site goes back, so that the output is as it was.
            let _ = std::fs::rename(&old, &self.output);
            return Err(failed(&error));
        }
        Ok(Some(old))
    }

    /// Removes the staging folder after a failed build: nothing of it is left.
    pub fn abandon(self) {
        let _ = remove_own(&self.staging);
    }
}

impl Sink for Staging {
    fn write(&self, path: &str, bytes: Vec<u8>) -> Result<()> {
        // The staging folder is gone once the build fails, so errors name the output folder.
        let failed =
            |error| failure::cannot_write(&self.output, parent_of(&self.output), path, &error);
        let target = self.staging.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(failed)?;
        }
        std::fs::write(&target, bytes).map_err(failed)
    }
}
