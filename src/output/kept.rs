//! Work one `accord build` keeps for the next: records by key, in a file of the cache folder
//! beside the output (see [`super::Staging::cache_folder`]).
//!
//! A record is whatever a stage can take instead of doing its work again: a page's front
//! matter, a rendered Markdown body, a page's hash, the search index. Its key is a hash of
//! everything the work depends on, so a record is right for any build that asks for that key.
//! Everything else the work depends on is the accord binary: a file names the binary that wrote
//! it (its version, size and modification time), and a build by any other binary starts afresh.
//!
//! A file holds the records the last build used, and no others, so that it never grows past one
//! build. It ends with a hash of all it holds: a file that was cut short or changed by hand is
//! ignored whole, never half read. A build that used exactly the records it found does not
//! write the file again; records may be spread over several files by key
//! ([`Kept::load_sharded`]), so that a build that changes a few rewrites a few small files.
//! Files are read through a memory mapping, and replaced by renaming a new file over them, never
//! written in place.
//!
//! The layout: a line `accord kept NAME`, a line with the binary's fingerprint, then each record
//! as its key (16 bytes), its length (8 bytes) and its bytes, and the 16-byte hash of everything
//! before it. Numbers are little-endian.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Records kept by one build for the next, and those this build uses.
#[derive(Debug, Default)]
pub struct Kept {
    /// The files the records are kept in, a record in the one its key picks; none when nothing
    /// is kept (`serve`, `check`, tests).
    shards: Vec<Shard>,
    /// The records this build used: `None` for one taken from the previous file as it is.
    used: Mutex<FxHashMap<u128, Option<Vec<u8>>>>,
}

/// A record this build used: its key, and its bytes when they are not the previous file's.
type UsedRecord<'a> = (u128, &'a Option<Vec<u8>>);

/// One file of records.
#[derive(Debug)]
struct Shard {
    path: PathBuf,
    /// The first line of the file, naming what it keeps.
    header: String,
    /// The previous build's file, whole, and where each of its records is in it.
    previous: Arc<Previous>,
    records: FxHashMap<u128, Range<usize>>,
}

impl Shard {
    fn load(folder: &Path, name: String) -> Shard {
        let path = folder.join(&name);
        let header = format!("accord kept {name}");
        let previous = Arc::new(Previous::open(&path).unwrap_or_default());
        let records = fingerprint()
            .and_then(|fingerprint| parse(&previous, &header, &fingerprint))
            .unwrap_or_default();
        Shard {
            path,
            header,
            previous,
            records,
        }
    }

    /// Saves `used`, this shard's records of this build, unless they are the ones the file
    /// already holds; when there are none, or writing fails, the file goes (see
    /// [`super::replace_kept_file`]).
    fn save(self, used: &[UsedRecord]) {
        let unchanged = used.len() == self.records.len() && used.iter().all(|(_, b)| b.is_none());
        if unchanged && !used.is_empty() {
            return;
        }
        let bytes = fingerprint()
            .filter(|_| !used.is_empty())
            .map(|fingerprint| self.file(used, &fingerprint));
        // The previous file is let go before it is replaced (a mapped file cannot be replaced
        // on every system).
        let path = self.path;
        drop(self.previous);
        super::replace_kept_file(&path, bytes.as_deref());
    }

    /// The file of the records `used`, in key order (the same records give the same file).
    fn file(&self, used: &[UsedRecord], fingerprint: &str) -> Vec<u8> {
        let mut file = format!("{}\n{fingerprint}\n", self.header).into_bytes();
        for (key, bytes) in used {
            let bytes = match bytes {
                Some(bytes) => bytes.as_slice(),
                None => self
                    .records
                    .get(key)
                    .and_then(|range| self.previous.get(range.clone()))
                    .unwrap_or_default(),
            };
            file.extend_from_slice(&key.to_le_bytes());
            file.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
            file.extend_from_slice(bytes);
        }
        let hash = xxhash_rust::xxh3::xxh3_128(&file);
        file.extend_from_slice(&hash.to_le_bytes());
        file
    }
}

impl Kept {
    /// Keeps nothing: every look-up misses and nothing is saved.
    pub fn nothing() -> Kept {
        Kept::default()
    }

    /// The records of `name` in `folder` left by the previous build of this binary (none when
    /// there are none, or they are another binary's or damaged), ready to remember this build's.
    pub fn load(folder: &Path, name: &str) -> Kept {
        Kept {
            shards: vec![Shard::load(folder, name.to_string())],
            used: Mutex::default(),
        }
    }

    /// [`Kept::load`] of records spread over `count` files (`NAME-00`, `NAME-01`, ...), so that a
    /// build that changes a few records rewrites a few small files, not one large one.
    pub fn load_sharded(folder: &Path, name: &str, count: usize) -> Kept {
        // The single file that builds of accord before the records were spread wrote.
        let _ = std::fs::remove_file(folder.join(name));
        Kept {
            shards: (0..count.max(1))
                .into_par_iter()
                .map(|shard| Shard::load(folder, format!("{name}-{shard:02}")))
                .collect(),
            used: Mutex::default(),
        }
    }

    /// The shard that keeps the record of `key`.
    fn shard(&self, key: u128) -> Option<(usize, &Shard)> {
        let index = usize::try_from(key % self.shards.len().max(1) as u128).ok()?;
        Some((index, self.shards.get(index)?))
    }

    /// The bytes kept under `key` by the previous build, remembered for the next.
    pub fn take(&self, key: u128) -> Option<&[u8]> {
        let (_, shard) = self.shard(key)?;
        let range = shard.records.get(&key)?;
        self.used().insert(key, None);
        shard.previous.get(range.clone())
    }

    /// Keeps every record of the previous build for the next, as if each was taken: for when
    /// one record stands for the others (the search index made from the same groups of words).
    pub fn take_all(&self) {
        let mut used = self.used();
        for shard in &self.shards {
            for key in shard.records.keys() {
                used.entry(*key).or_insert(None);
            }
        }
    }

    /// A string taken from the bytes of a record ([`Kept::take`]) that stays readable after
    /// this `Kept` is gone, without being copied; `None` if `part` is not in these files.
    pub fn shared(&self, part: &str) -> Option<SharedStr> {
        self.shards.iter().find_map(|shard| {
            let file = &shard.previous;
            let start = (part.as_ptr() as usize).checked_sub(file.as_ptr() as usize)?;
            let range = start..start.checked_add(part.len())?;
            file.get(range.clone())?;
            Some(SharedStr(Shared::Kept(Arc::clone(file), range)))
        })
    }

    /// Remembers `bytes` under `key` for the next build (nothing, when nothing is kept).
    pub fn put(&self, key: u128, bytes: Vec<u8>) {
        if !self.shards.is_empty() {
            self.used().insert(key, Some(bytes));
        }
    }

    /// Saves the records this build used for the next build, each file only if its records
    /// are not the ones it already holds.
    pub fn save(self) {
        let used = self
            .used
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = self.shards.len().max(1) as u128;
        let mut by_shard: Vec<Vec<UsedRecord>> = vec![Vec::new(); self.shards.len()];
        for (key, bytes) in &used {
            if let Some(list) = usize::try_from(key % count)
                .ok()
                .and_then(|index| by_shard.get_mut(index))
            {
                list.push((*key, bytes));
            }
        }
        self.shards
            .into_par_iter()
            .zip(by_shard)
            .for_each(|(shard, mut used)| {
                used.sort_unstable_by_key(|(key, _)| *key);
                shard.save(&used);
            });
    }

    fn used(&self) -> std::sync::MutexGuard<'_, FxHashMap<u128, Option<Vec<u8>>>> {
        // A panic while it was held leaves whole entries (each is inserted in one call).
        self.used
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The previous build's file, mapped into memory: a large site keeps over a hundred megabytes,
/// and reading them into memory of our own would copy every byte and fault in every page.
#[derive(Debug, Default)]
enum Previous {
    #[default]
    None,
    Mapped(memmap2::Mmap),
}

impl Previous {
    fn open(path: &Path) -> Option<Previous> {
        let file = std::fs::File::open(path).ok()?;
        // SAFETY: a mapped file must not change while it is mapped. accord never writes a kept
        // file in place: it writes a new file and renames it over the old one
        // (`replace_kept_file`), which leaves the mapped file as it was. Only something else
        // writing into accord's cache folder during a build could change it.
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        Some(Previous::Mapped(map))
    }
}

impl std::ops::Deref for Previous {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Previous::None => &[],
            Previous::Mapped(map) => map,
        }
    }
}

/// A string of its own, or a part of a kept file read in place ([`Kept::shared`]): the rendered
/// Markdown of a large site is over a hundred megabytes, which a rebuild need not copy.
#[derive(Clone, Default)]
pub struct SharedStr(Shared);

#[derive(Clone)]
enum Shared {
    Owned(String),
    /// A range of the file that holds UTF-8 text (checked when it was taken).
    Kept(Arc<Previous>, Range<usize>),
}

impl Default for Shared {
    fn default() -> Shared {
        Shared::Owned(String::new())
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> SharedStr {
        SharedStr(Shared::Owned(text))
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Shared::Owned(text) => text,
            Shared::Kept(file, range) => {
                let bytes = file.get(range.clone()).unwrap_or_default();
                // SAFETY: `Kept::shared` makes a `Kept` only of a part of the file that is a
                // `&str` already, so UTF-8, and a mapped file does not change (see
                // `Previous::open`).
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
        }
    }
}

impl std::fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl serde::Serialize for SharedStr {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

/// A hasher for the keys of records: feed it everything the kept work depends on.
#[derive(Default)]
pub struct KeyHasher(xxhash_rust::xxh3::Xxh3);

impl KeyHasher {
    /// Adds `bytes`, and their length, so that two fields can never run into each other
    /// (`("ab", "c")` and `("a", "bc")` give different keys).
    pub fn field(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// The key.
    pub fn key(&self) -> u128 {
        self.0.digest128()
    }
}

impl std::io::Write for KeyHasher {
    /// Adds `bytes` as they are, for serialisers that write a value into the key.
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What tells this binary from any other: its version, size and modification time.
fn fingerprint() -> Option<String> {
    let metadata = std::env::current_exe().ok()?.metadata().ok()?;
    let modified = metadata
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{} {} {}",
        env!("CARGO_PKG_VERSION"),
        metadata.len(),
        modified.as_nanos()
    ))
}

/// Where each record of `file` is, if it is a whole file of `header` written by the binary of
/// `fingerprint`.
fn parse(file: &[u8], header: &str, fingerprint: &str) -> Option<FxHashMap<u128, Range<usize>>> {
    let (body, hash) = file.split_at_checked(file.len().checked_sub(16)?)?;
    if xxhash_rust::xxh3::xxh3_128(body).to_le_bytes() != hash {
        return None;
    }
    let start = format!("{header}\n{fingerprint}\n");
    let mut at = start.len();
    if body.get(..at)? != start.as_bytes() {
        return None;
    }
    let mut records = FxHashMap::default();
    while at < body.len() {
        let key = u128::from_le_bytes(body.get(at..at + 16)?.try_into().ok()?);
        let length = u64::from_le_bytes(body.get(at + 16..at + 24)?.try_into().ok()?);
        let from = at + 24;
        let to = from.checked_add(usize::try_from(length).ok()?)?;
        body.get(from..to)?;
        records.insert(key, from..to);
        at = to;
    }
    Some(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept_with(records: &[(u128, &[u8])]) -> (tempfile::TempDir, Vec<u8>) {
        let folder = tempfile::tempdir().unwrap();
        let kept = Kept::load(folder.path(), "things");
        for (key, bytes) in records {
            kept.put(*key, bytes.to_vec());
        }
        kept.save();
        let file = std::fs::read(folder.path().join("things")).unwrap();
        (folder, file)
    }

    #[test]
    fn records_read_back_for_the_next_build_only_when_whole() {
        let (folder, file) = kept_with(&[(1, b"one"), (2, b""), (u128::MAX, b"three\n")]);
        let next = Kept::load(folder.path(), "things");
        assert_eq!(next.take(1), Some(&b"one"[..]));
        assert_eq!(next.take(2), Some(&b""[..]));
        assert_eq!(next.take(u128::MAX), Some(&b"three\n"[..]));
        assert_eq!(next.take(4), None);
        assert!(
            Kept::load(folder.path(), "other").take(1).is_none(),
            "another name"
        );
        let fingerprint = fingerprint().unwrap();
        let header = "accord kept things";
        assert!(parse(&file, header, &fingerprint).is_some());
        assert!(
            parse(&file, header, "0.0.0 1 2").is_none(),
            "another binary's"
        );
        for cut in 0..file.len() {
            assert!(
                parse(&file[..cut], header, &fingerprint).is_none(),
                "cut at {cut}"
            );
        }
        for at in 0..file.len() {
            let mut changed = file.clone();
            changed[at] ^= 0x20;
            assert!(
                parse(&changed, header, &fingerprint).is_none(),
                "byte {at} changed"
            );
        }
    }

    #[test]
    fn only_the_records_used_are_kept_and_an_unchanged_file_is_not_written_again() {
        let (folder, _) = kept_with(&[(1, b"one"), (2, b"two")]);
        let path = folder.path().join("things");
        let written = std::fs::metadata(&path).unwrap().modified().unwrap();
        let same = Kept::load(folder.path(), "things");
        same.take(1);
        same.take(2);
        std::thread::sleep(std::time::Duration::from_millis(20));
        same.save();
        assert_eq!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            written
        );

        let fewer = Kept::load(folder.path(), "things");
        fewer.take(2);
        fewer.put(3, b"new".to_vec());
        fewer.save();
        let next = Kept::load(folder.path(), "things");
        assert_eq!(next.take(1), None, "not used by the last build");
        assert_eq!(next.take(2), Some(&b"two"[..]));
        assert_eq!(next.take(3), Some(&b"new"[..]));

        Kept::load(folder.path(), "things").save();
        assert!(!path.exists(), "a build that used none leaves no file");
    }

    #[test]
    fn shared_strings_are_parts_of_the_file_and_outlive_it() {
        let (folder, _) = kept_with(&[(1, "Prüm and Europol".as_bytes())]);
        let kept = Kept::load(folder.path(), "things");
        let record = std::str::from_utf8(kept.take(1).unwrap()).unwrap();
        let shared = kept.shared(&record[..5]).unwrap();
        assert!(kept.shared("Prüm").is_none(), "not in the file");
        drop(kept);
        std::fs::remove_dir_all(folder.path()).unwrap();
        assert_eq!(shared, "Prüm");
        assert_eq!(SharedStr::from("own".to_string()), "own");
    }

    #[test]
    fn sharded_records_rewrite_only_the_files_whose_records_changed() {
        let folder = tempfile::tempdir().unwrap();
        let kept = Kept::load_sharded(folder.path(), "many", 4);
        for key in 0..40u128 {
            kept.put(key, key.to_le_bytes().to_vec());
        }
        kept.save();
        let files: Vec<PathBuf> = (0..4)
            .map(|n| folder.path().join(format!("many-{n:02}")))
            .collect();
        let times = |files: &[PathBuf]| -> Vec<std::time::SystemTime> {
            files
                .iter()
                .map(|f| std::fs::metadata(f).unwrap().modified().unwrap())
                .collect()
        };
        let before = times(&files);
        std::thread::sleep(std::time::Duration::from_millis(20));
        let next = Kept::load_sharded(folder.path(), "many", 4);
        for key in 0..40u128 {
            assert_eq!(next.take(key), Some(&key.to_le_bytes()[..]), "key {key}");
        }
        next.put(5, b"changed".to_vec());
        next.save();
        let after = times(&files);
        let rewritten: Vec<usize> = (0..4).filter(|&n| before[n] != after[n]).collect();
        assert_eq!(rewritten, vec![1], "only the file of key 5 (5 % 4 = 1)");
        let last = Kept::load_sharded(folder.path(), "many", 4);
        assert_eq!(last.take(5), Some(&b"changed"[..]));
        assert_eq!(last.take(6), Some(&6u128.to_le_bytes()[..]));
    }

    #[test]
    fn nothing_kept_remembers_nothing() {
        let kept = Kept::nothing();
        kept.put(1, b"one".to_vec());
        assert_eq!(kept.take(1), None);
        kept.save();
    }

    #[test]
    fn fields_of_a_key_never_run_into_each_other() {
        let key = |a: &str, b: &str| {
            KeyHasher::default()
                .field(a.as_bytes())
                .field(b.as_bytes())
                .key()
        };
        assert_ne!(key("ab", "c"), key("a", "bc"));
        assert_eq!(key("ab", "c"), key("ab", "c"));
    }
}
