//! The script's string pool index: every name and string literal is interned once into
//! `Script::strings`. Looked up by the hash of its bytes, so a string already interned
//! costs one hash and one comparison, and a new one no copy besides its pool bytes.

use crate::script::StrRef;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// Keys that are already hashes are used as they are.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed here; fold anything else in all the same.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Default)]
pub struct Interner {
    /// The string of each hash, for the first string with that hash.
    by_hash: HashMap<u64, StrRef, BuildHasherDefault<PassThrough>>,
    /// Strings whose hash an earlier, different string took (64-bit collisions: rare).
    collided: HashMap<Vec<u8>, StrRef, crate::compiler::FastHash>,
}

fn bytes_of(pool: &[u8], r: StrRef) -> &[u8] {
    pool.get(r.start as usize..(r.start + r.len) as usize)
        .unwrap_or(&[])
}

impl Interner {
    /// The pool reference of `b`, appending it to `pool` the first time.
    pub fn intern(&mut self, pool: &mut Vec<u8>, b: &[u8]) -> StrRef {
        let h = crate::compiler::FastHash::default().hash_one(b);
        let first = match self.by_hash.get(&h) {
            Some(&r) if bytes_of(pool, r) == b => return r,
            Some(_) => false,
            None => true,
        };
        if !first {
            if let Some(&r) = self.collided.get(b) {
                return r;
            }
        }
        let r = StrRef {
            start: pool.len() as u32,
            len: b.len() as u32,
        };
        pool.extend_from_slice(b);
        if first {
            self.by_hash.insert(h, r);
        } else {
            self.collided.insert(b.to_vec(), r);
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_each_string_once() {
        let (mut i, mut pool) = (Interner::default(), Vec::new());
        let a = i.intern(&mut pool, b"foo");
        let b = i.intern(&mut pool, b"bar");
        assert_eq!(i.intern(&mut pool, b"foo"), a);
        assert_eq!(i.intern(&mut pool, b"bar"), b);
        assert_ne!(a, b);
        assert_eq!(pool, b"foobar");
    }

    #[test]
    fn strings_with_one_hash_stay_apart() {
        let (mut i, mut pool) = (Interner::default(), Vec::new());
        let a = i.intern(&mut pool, b"one");
        // Make "two" collide with "one": its hash now names "one"'s entry.
        let h = crate::compiler::FastHash::default().hash_one(b"two".as_slice());
        i.by_hash.insert(h, a);
        let b = i.intern(&mut pool, b"two");
        assert_ne!(a, b);
        assert_eq!(i.intern(&mut pool, b"two"), b);
        assert_eq!(i.intern(&mut pool, b"one"), a);
        assert_eq!(bytes_of(&pool, b), b"two");
    }
}
