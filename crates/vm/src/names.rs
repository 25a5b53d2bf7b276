//! The hashers of the VM's name tables (functions, classes, constants, members, ini
//! settings). Their keys are names from the script or the engine, looked up on every
//! uncached call, `new` and constant fetch: SipHash, std's default, made those
//! lookups a measurable part of a request. Array keys already use the same mixing.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use crate::array::KeyHasher;

/// The hasher state of every name table.
pub type NameHash = BuildHasherDefault<KeyHasher>;

/// A name → value table.
pub type NameMap<K, V> = HashMap<K, V, NameHash>;

/// A set of names (or paths).
pub type NameSet<K> = HashSet<K, NameHash>;

/// An insertion-ordered name table (class members, in declaration order).
pub type NameIndexMap<K, V> = indexmap::IndexMap<K, V, NameHash>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_differing_late_spread_over_buckets() {
        // Method names often share a prefix (getId, getName, getTitle…).
        let mut t: NameMap<Vec<u8>, usize> = NameMap::default();
        for i in 0..1000 {
            t.insert(format!("getproperty{i}").into_bytes(), i);
        }
        assert_eq!(t.get(b"getproperty999".as_slice()), Some(&999));
        let build = NameHash::default();
        let buckets: HashSet<u64> = (0..1000)
            .map(|i| {
                std::hash::BuildHasher::hash_one(&build, format!("getproperty{i}").as_bytes())
                    & 1023
            })
            .collect();
        assert!(buckets.len() > 500, "{} buckets", buckets.len());
    }
}
