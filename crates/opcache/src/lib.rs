//! The opcode cache: compiled Scripts kept in a fork-shared segment (DESIGN.md,
//! "The opcache"), installed by swapping the VM's `compile_file` hook.
//!
//! Segment layout: header (segment.rs) | hash table (hash.rs) | interned-strings
//! buffer (interned.rs) | script heap (alloc.rs, persist.rs). Writers serialise on
//! an fcntl lock; readers take none, but hold a shared fcntl lock while they use
//! segment-resident scripts, so that restarts wait for them (lock.rs).
//!
//! A lookup goes: shared memory (cache.rs), then the file cache (filecache.rs:
//! images on disk in the same format), then the compiler. Strings of persisted
//! scripts live once in the interned buffer and are reached through
//! `StrRef::INTERNED`, so a hit is still a view over the bytes where they lie.
//! `OpCache::install` also adds the `opcache_*` functions (php.rs) and binds what
//! `opcache.preload` declared; settings.rs has every `opcache.*` setting.

pub mod alloc;
pub mod blacklist;
pub mod cache;
pub mod filecache;
pub mod hash;
pub mod interned;
pub mod lock;
pub mod persist;
pub mod php;
pub mod pool;
#[doc(hidden)]
pub mod sample;
pub mod segment;
pub mod settings;
pub mod status;

pub use cache::{file_mtime, CachedScript, OpCache, Settings};
pub use segment::SegmentError as Error;
pub use status::Status;

#[cfg(test)]
use sample as testutil;
