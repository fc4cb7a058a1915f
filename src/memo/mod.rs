//! The memo of a `serve` session: work done by one build, kept for the next under a content hash
//! of its inputs.
//!
//! Every kind of work (a Markdown body, a page) is stored the same way: under a [`Key`], a hash
//! of everything the work reads, made with [`Key::of`]. A build asks the memo before doing the
//! work and stores the result after; an edit changes the key of exactly the work that reads what
//! changed, so no rule says what an edit can affect. After each successful build,
//! [`Memo::sweep`] drops every entry that build did not ask for, so that the memo holds one
//! build's work and memory stays flat however long the session runs.
//!
//! A one-shot `accord build` runs the same pipeline without a memo.

mod hashing;

use std::any::Any;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, MutexGuard};

use rustc_hash::FxHashMap;

/// A 64-bit hash of a piece of work's kind and inputs: equal keys stand for equal inputs (two
/// different inputs meet by chance once in about 2^64 pairs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Key(pub u64);

impl Key {
    /// The key of the work of kind `kind` (`"body"`, `"page"`) whose inputs `feed` writes.
    pub fn of(kind: &str, feed: impl FnOnce(&mut KeyHasher)) -> Key {
        let mut hasher = KeyHasher::new(kind);
        feed(&mut hasher);
        hasher.finish()
    }
}

/// What [`Key::of`] hashes the inputs with.
pub struct KeyHasher(rustc_hash::FxHasher);

impl KeyHasher {
    /// A hasher for the key of the work of kind `kind`, for inputs that are met one at a time
    /// over a stretch of code rather than all in one closure ([`Key::of`]).
    pub fn new(kind: &str) -> KeyHasher {
        let mut hasher = KeyHasher(rustc_hash::FxHasher::default());
        kind.hash(&mut hasher.0);
        hasher
    }

    /// The key of the inputs added so far.
    pub fn finish(&self) -> Key {
        Key(self.0.finish())
    }

    /// Adds one input.
    pub fn add(&mut self, value: &(impl Hash + ?Sized)) {
        value.hash(&mut self.0);
    }

    /// Adds one input as it serializes (with serde), written straight into the hash: no text
    /// is formatted and nothing is allocated, which matters when every page of a large site
    /// is keyed on every edit. A value that cannot be serialized adds what was written before
    /// it failed plus a mark; the work that uses it fails the same way, so nothing wrong is
    /// ever taken from the memo.
    pub fn add_serialized(&mut self, value: &(impl serde::Serialize + ?Sized)) {
        if value
            .serialize(&mut hashing::HashingSerializer(&mut self.0))
            .is_err()
        {
            "\0unserializable".hash(&mut self.0);
        }
    }
}

/// One piece of stored work and the build that last used it.
struct Slot {
    value: Arc<dyn Any + Send + Sync>,
    round: u64,
}

/// How many maps the memo's slots are spread over, by their key, so that the threads of a
/// build looking up every page of a large site seldom wait for each other.
const SHARDS: usize = 16;

/// Results of earlier builds by [`Key`], shared by the threads of a build.
#[derive(Default)]
pub struct Memo {
    /// The slots, in [`SHARDS`] maps; a key is a hash already, so it is hashed cheaply again.
    shards: [Mutex<FxHashMap<Key, Slot>>; SHARDS],
    /// Counts the builds; a slot used by the current one carries its number.
    round: u64,
    /// How many times the current build asked for work the memo did not have.
    misses: std::sync::atomic::AtomicUsize,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo")
            .field("entries", &self.len())
            .field("round", &self.round)
            .finish()
    }
}

impl Memo {
    /// The work stored under `key`, or what `make` returns for it (then stored). An error is
    /// returned as it is and stores nothing. Two threads asking for the same missing key may
    /// both make it; both results are equal, since the key is that of the inputs.
    pub fn get_or_make<T, E>(
        &self,
        key: Key,
        make: impl FnOnce() -> Result<T, E>,
    ) -> Result<Arc<T>, E>
    where
        T: Any + Send + Sync,
    {
        if let Some(value) = self.get(key) {
            return Ok(value);
        }
        let value = Arc::new(make()?);
        self.put(key, value.clone());
        Ok(value)
    }

    /// The work stored under `key`, marked as used by the current build.
    pub fn get<T: Any + Send + Sync>(&self, key: Key) -> Option<Arc<T>> {
        let found = self.find(key);
        if found.is_none() {
            self.misses
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        found
    }

    /// As [`Memo::get`], but a miss is not counted in [`Memo::misses`]: for a first lookup
    /// that falls back on another key of the same work.
    pub fn find<T: Any + Send + Sync>(&self, key: Key) -> Option<Arc<T>> {
        self.shard(key).get_mut(&key).and_then(|slot| {
            slot.round = self.round;
            slot.value.clone().downcast::<T>().ok()
        })
    }

    /// Stores `value` under `key`, as used by the current build.
    pub fn put<T: Any + Send + Sync>(&self, key: Key, value: Arc<T>) {
        let round = self.round;
        self.shard(key).insert(key, Slot { value, round });
    }

    /// The map that holds `key`'s slot, locked.
    fn shard(&self, key: Key) -> MutexGuard<'_, FxHashMap<Key, Slot>> {
        // The key's top bits: FxHash, which the maps use, spreads a key by its low ones.
        let index = (key.0 >> 60) as usize % SHARDS;
        self.shards[index].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Ends a successful build: drops the work it did not use, and starts counting the next.
    /// After a failed build nothing is swept, so that the last good build's work stays.
    pub fn sweep(&mut self) {
        let round = self.round;
        for shard in &mut self.shards {
            shard
                .get_mut()
                .unwrap_or_else(|p| p.into_inner())
                .retain(|_, slot| slot.round == round);
        }
        self.round += 1;
        *self.misses.get_mut() = 0;
    }

    /// How many times the current build asked for work the memo did not have.
    pub fn misses(&self) -> usize {
        self.misses.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The number of pieces of work stored.
    pub fn len(&self) -> usize {
        self.shards
            .iter()
            .map(|shard| shard.lock().unwrap_or_else(|p| p.into_inner()).len())
            .sum()
    }

    /// Whether nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod erased {
        /// A value of any type, for comparing the keys of values of different types.
        pub(super) trait Value {
            fn add(&self, hasher: &mut super::KeyHasher);
        }
        impl<T: serde::Serialize> Value for T {
            fn add(&self, hasher: &mut super::KeyHasher) {
                hasher.add_serialized(self);
            }
        }
    }

    #[test]
    fn keys_follow_every_input_and_the_kind() {
        let a = Key::of("page", |h| h.add("x"));
        assert_eq!(a, Key::of("page", |h| h.add("x")));
        assert_ne!(a, Key::of("body", |h| h.add("x")));
        assert_ne!(a, Key::of("page", |h| h.add("y")));
        let json = |v: serde_json::Value| Key::of("page", |h| h.add_serialized(&v));
        assert_ne!(
            json(serde_json::json!({"a": 1})),
            json(serde_json::json!({"a": 2}))
        );
        // Values that differ only in where one string ends and the next begins, or in an
        // empty value against none, never share a key.
        let value = |v: &dyn erased::Value| Key::of("page", |h| v.add(h));
        assert_ne!(value(&vec!["ab", "c"]), value(&vec!["a", "bc"]));
        assert_ne!(value(&Some("")), value(&None::<&str>));
        assert_ne!(value(&(vec![1u8], 2u8)), value(&(vec![1u8, 2u8],)));
        assert_eq!(
            json(serde_json::json!({"a": [1, "x"], "b": null})),
            json(serde_json::json!({"b": null, "a": [1, "x"]}))
        );
    }

    #[test]
    fn work_not_used_by_the_last_build_is_dropped() {
        let mut memo = Memo::default();
        let one = Key::of("t", |h| h.add(&1));
        let two = Key::of("t", |h| h.add(&2));
        let made = memo.get_or_make(one, || Ok::<_, ()>(10)).unwrap();
        assert_eq!(*made, 10);
        memo.get_or_make(two, || Ok::<_, ()>(20)).unwrap();
        assert_eq!(memo.misses(), 2);
        memo.sweep();
        // The next build uses only `one`: taken from the memo, not made again.
        let again = memo
            .get_or_make(one, || Err::<i32, _>("made again"))
            .unwrap();
        assert_eq!(*again, 10);
        assert_eq!(memo.misses(), 0);
        memo.sweep();
        assert_eq!(memo.len(), 1);
        assert!(memo.get::<i32>(two).is_none());
        // A failed piece of work stores nothing.
        assert!(memo.get_or_make(two, || Err::<i32, _>("no")).is_err());
        assert_eq!(memo.len(), 1);
    }
}
