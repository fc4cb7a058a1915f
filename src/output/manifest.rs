//! The record of an output folder accord wrote: every folder and file in it, each file's content
//! hash, and what the file system says of each (inode, size, modification and change times).
//!
//! A rebuild reuses the folder of the build before last (see [`super::Staging`]). Without a
//! record, it must list that folder and read back every page to compare it; with one, it checks
//! each folder with one `stat`, and each page by its hash and one `stat`. On the 10,000-page
//! benchmark that is some 80,000 fewer system calls per build.
//!
//! A record is trusted only while everything it describes is as recorded:
//! - the folder itself: the same device and inode, not modified since;
//! - every folder in it: the same inode, size and times (adding, removing or renaming an entry
//!   changes the times of the folder holding it);
//! - each file, when it is used: the same inode, size and times. The change time cannot be set
//!   back by hand, so an edit is always seen, even one that keeps the size and the modification
//!   time.
//!
//! Anything else and the build lists and compares the folder as it would without a record.

use std::collections::HashMap;
use std::fs::Metadata;
use std::path::Path;

use rayon::prelude::*;

/// The first line of a record, naming its format.
const HEADER: &str = "accord output record 1";

/// What the file system says of a file or folder, as far as it tells whether it changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stamp {
    inode: u64,
    size: u64,
    /// Modification time, in nanoseconds since the epoch.
    modified: i64,
    /// Change time (of the contents or the metadata), in nanoseconds since the epoch.
    changed: i64,
}

impl Stamp {
    /// The stamp of `metadata`; `None` where the system keeps no inodes and change times.
    pub fn of(metadata: &Metadata) -> Option<Stamp> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let nanoseconds = |seconds: i64, nanos: i64| seconds * 1_000_000_000 + nanos;
            Some(Stamp {
                inode: metadata.ino(),
                size: metadata.size(),
                modified: nanoseconds(metadata.mtime(), metadata.mtime_nsec()),
                changed: nanoseconds(metadata.ctime(), metadata.ctime_nsec()),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = metadata;
            None
        }
    }

    /// The stamp of the file or folder at `path`, links not followed, with its metadata.
    pub fn at(path: &Path) -> Option<(Stamp, Metadata)> {
        let metadata = std::fs::symlink_metadata(path).ok()?;
        Some((Stamp::of(&metadata)?, metadata))
    }
}

/// One file of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileRecord {
    /// The file as it was left.
    pub stamp: Stamp,
    /// [`hash`] of its bytes.
    pub hash: u128,
}

/// Which folder a record describes: its device and inode, which stay the same when the folder is
/// renamed, and its modification time, which changes when an entry is added or removed in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Identity {
    device: u64,
    inode: u64,
    modified: i64,
}

impl Identity {
    fn of(folder: &Path) -> Option<Identity> {
        let (stamp, metadata) = Stamp::at(folder)?;
        if !metadata.is_dir() {
            return None;
        }
        #[cfg(unix)]
        let device = std::os::unix::fs::MetadataExt::dev(&metadata);
        #[cfg(not(unix))]
        let device = 0;
        Some(Identity {
            device,
            inode: stamp.inode,
            modified: stamp.modified,
        })
    }
}

/// The record of one output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    identity: Identity,
    /// Every folder inside, by relative path (with `/`), sorted: a folder comes before those
    /// inside it.
    folders: Vec<(String, Stamp)>,
    /// Every file inside, by relative path.
    files: HashMap<String, FileRecord>,
}

/// The hash of a file's bytes that records keep.
pub fn hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

impl Manifest {
    /// Records `folder` as holding exactly `folders` and `files`, whose stamps the caller took
    /// after its last change; `None` when the folder cannot be stamped.
    pub fn new(
        folder: &Path,
        mut folders: Vec<(String, Stamp)>,
        files: HashMap<String, FileRecord>,
    ) -> Option<Manifest> {
        folders.sort_by(|a, b| a.0.cmp(&b.0));
        Some(Manifest {
            identity: Identity::of(folder)?,
            folders,
            files,
        })
    }

    /// The record saved at `path`, if there is a whole one.
    pub fn load(path: &Path) -> Option<Manifest> {
        parse(&std::fs::read_to_string(path).ok()?)
    }

    /// Saves the record at `path` (see [`super::replace_kept_file`]). A record that cannot be
    /// written (a path with a line break, a full disk) leaves no record: the next build then lists
    /// the folder.
    pub fn save(&self, path: &Path) {
        super::replace_kept_file(path, self.text().as_deref().map(str::as_bytes));
    }

    /// Whether `folder` is the folder recorded, with every folder inside as recorded. Files are
    /// checked one by one as the build reaches them ([`Manifest::file`]).
    pub fn describes(&self, folder: &Path) -> bool {
        Identity::of(folder) == Some(self.identity)
            && self.folders.par_iter().all(|(relative, stamp)| {
                Stamp::at(&folder.join(relative))
                    .is_some_and(|(now, metadata)| metadata.is_dir() && now == *stamp)
            })
    }

    /// The folders inside, by relative path, a folder before those inside it.
    pub fn folders(&self) -> impl Iterator<Item = (&str, &Stamp)> {
        self.folders
            .iter()
            .map(|(path, stamp)| (path.as_str(), stamp))
    }

    /// The files inside, by relative path.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// The record of the file at `relative`, if there is one.
    pub fn file(&self, relative: &str) -> Option<&FileRecord> {
        self.files.get(relative)
    }

    /// Whether the file at `path` (recorded at `relative`) is as recorded and holds bytes of
    /// hash `hash`; `Some(false)` when it certainly differs from them, `None` when only reading
    /// it can tell.
    pub fn holds(&self, relative: &str, path: &Path, hash: u128) -> Option<bool> {
        let record = self.files.get(relative)?;
        let (now, metadata) = Stamp::at(path)?;
        if now != record.stamp || !metadata.is_file() {
            return None;
        }
        Some(record.hash == hash)
    }

    /// The record as text: a header, the folder's identity, a line per folder and per file
    /// (the path last, as it may hold spaces), and a closing count, so that a record cut short
    /// is never taken for a whole one. `None` if a path holds a line break.
    fn text(&self) -> Option<String> {
        use std::fmt::Write;
        let mut text = String::with_capacity(80 * (self.files.len() + self.folders.len() + 3));
        let Identity {
            device,
            inode,
            modified,
        } = self.identity;
        let _ = writeln!(text, "{HEADER}\nfolder {device} {inode} {modified}");
        let stamped = |text: &mut String, stamp: &Stamp| {
            let _ = write!(
                text,
                "{} {} {} {} ",
                stamp.inode, stamp.size, stamp.modified, stamp.changed
            );
        };
        for (path, stamp) in &self.folders {
            if path.contains(['\n', '\r']) {
                return None;
            }
            text.push_str("d ");
            stamped(&mut text, stamp);
            let _ = writeln!(text, "{path}");
        }
        // Sorted, so that the same folder gives the same record.
        let mut files: Vec<(&String, &FileRecord)> = self.files.iter().collect();
        files.sort_unstable_by_key(|(path, _)| *path);
        for (path, record) in files {
            if path.contains(['\n', '\r']) {
                return None;
            }
            text.push_str("f ");
            stamped(&mut text, &record.stamp);
            let _ = writeln!(text, "{:032x} {path}", record.hash);
        }
        let _ = writeln!(text, "end {} {}", self.folders.len(), self.files.len());
        Some(text)
    }
}

/// The record in `text`, if it is a whole one.
fn parse(text: &str) -> Option<Manifest> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let mut folder = lines.next()?.strip_prefix("folder ")?.split(' ');
    let mut number = || folder.next()?.parse::<i64>().ok();
    let identity = Identity {
        device: u64::try_from(number()?).ok()?,
        inode: u64::try_from(number()?).ok()?,
        modified: number()?,
    };
    let mut folders = Vec::new();
    let mut files = HashMap::new();
    for line in lines {
        let (kind, rest) = line.split_once(' ')?;
        let mut fields = rest.splitn(if kind == "f" { 6 } else { 5 }, ' ');
        let mut number = || fields.next()?.parse::<i64>().ok();
        match kind {
            "end" => {
                let (folder_count, file_count) = rest.split_once(' ')?;
                let whole = folder_count.parse() == Ok(folders.len())
                    && file_count.parse() == Ok(files.len());
                return whole.then_some(Manifest {
                    identity,
                    folders,
                    files,
                });
            }
            "d" | "f" => {
                let stamp = Stamp {
                    inode: u64::try_from(number()?).ok()?,
                    size: u64::try_from(number()?).ok()?,
                    modified: number()?,
                    changed: number()?,
                };
                if kind == "d" {
                    folders.push((fields.next()?.to_string(), stamp));
                } else {
                    let hash = u128::from_str_radix(fields.next()?, 16).ok()?;
                    files.insert(fields.next()?.to_string(), FileRecord { stamp, hash });
                }
            }
            _ => return None,
        }
    }
    // No closing line: the record was cut short.
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A folder with a subfolder and two files, and its record.
    fn recorded() -> (tempfile::TempDir, Manifest) {
        let folder = tempfile::tempdir().unwrap();
        let root = folder.path();
        std::fs::create_dir_all(root.join("a b/c")).unwrap();
        std::fs::write(root.join("index.html"), "home").unwrap();
        std::fs::write(root.join("a b/c/index.html"), "deep").unwrap();
        let stamp = |relative: &str| Stamp::at(&root.join(relative)).unwrap().0;
        let file = |relative: &str, bytes: &[u8]| {
            (
                relative.to_string(),
                FileRecord {
                    stamp: stamp(relative),
                    hash: hash(bytes),
                },
            )
        };
        let manifest = Manifest::new(
            root,
            vec![
                ("a b/c".to_string(), stamp("a b/c")),
                ("a b".to_string(), stamp("a b")),
            ],
            [
                file("index.html", b"home"),
                file("a b/c/index.html", b"deep"),
            ]
            .into_iter()
            .collect(),
        )
        .unwrap();
        (folder, manifest)
    }

    #[test]
    fn a_saved_record_loads_as_it_was_and_describes_its_folder() {
        let (folder, manifest) = recorded();
        let saved = folder.path().with_extension("record");
        manifest.save(&saved);
        let loaded = Manifest::load(&saved).unwrap();
        std::fs::remove_file(&saved).unwrap();
        assert_eq!(loaded, manifest);
        assert!(loaded.describes(folder.path()));
        assert_eq!(
            loaded.folders().map(|(path, _)| path).collect::<Vec<_>>(),
            ["a b", "a b/c"],
            "a folder comes before the folders inside it"
        );
        let page = folder.path().join("a b/c/index.html");
        assert_eq!(
            loaded.holds("a b/c/index.html", &page, hash(b"deep")),
            Some(true)
        );
        assert_eq!(
            loaded.holds("a b/c/index.html", &page, hash(b"other")),
            Some(false)
        );
        assert_eq!(loaded.holds("missing.html", &page, hash(b"deep")), None);
    }

    #[test]
    fn a_record_cut_short_or_damaged_is_no_record() {
        let (_folder, manifest) = recorded();
        let text = manifest.text().unwrap();
        assert_eq!(parse(&text), Some(manifest));
        for cut in 0..text.len() - 1 {
            assert_eq!(parse(&text[..cut]), None, "cut at {cut}");
        }
        assert_eq!(parse(&text.replacen("d ", "x ", 1)), None);
        assert_eq!(parse(&text.replacen("end 2 2", "end 2 3", 1)), None);
    }

    /// Longer than the file system's clock takes to tick (a few milliseconds on Linux): a change
    /// made within the same tick as the recorded state leaves the same times.
    fn after_a_tick() {
        std::thread::sleep(std::time::Duration::from_millis(30));
    }

    #[test]
    fn a_change_inside_the_folder_is_seen() {
        // A file added deep inside changes that folder's times.
        let (folder, manifest) = recorded();
        after_a_tick();
        std::fs::write(folder.path().join("a b/c/stray.html"), "stray").unwrap();
        assert!(!manifest.describes(folder.path()));

        // A file added at the top changes the folder's own modification time.
        let (folder, manifest) = recorded();
        after_a_tick();
        std::fs::write(folder.path().join("stray.html"), "stray").unwrap();
        assert!(!manifest.describes(folder.path()));

        // A page edited in place, keeping its size and modification time, still changed.
        let (folder, manifest) = recorded();
        let page = folder.path().join("index.html");
        let modified = std::fs::metadata(&page).unwrap().modified().unwrap();
        after_a_tick();
        std::fs::write(&page, "HOME").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&page)
            .unwrap()
            .set_modified(modified)
            .unwrap();
        assert!(manifest.describes(folder.path()));
        assert_eq!(manifest.holds("index.html", &page, hash(b"home")), None);
    }

    #[test]
    fn a_path_with_a_line_break_is_not_recorded() {
        let (folder, mut manifest) = recorded();
        let record = *manifest.file("index.html").unwrap();
        manifest.files.insert("odd\nname.html".to_string(), record);
        assert_eq!(manifest.text(), None);
        let saved = folder.path().with_extension("record");
        std::fs::write(&saved, "an older record").unwrap();
        manifest.save(&saved);
        assert!(!saved.exists(), "no record is better than a wrong one");
    }
}
