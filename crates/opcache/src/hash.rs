//! The shared hash table: `slots` bucket heads then `slots` entries, keyed by path
//! bytes, chained through entry indices (like zend_accelerator_hash.c, whose prime
//! sizes we use). Entries are only appended, under the writer lock; an entry is
//! published by a release store of its bucket head after it is fully written, so a
//! lock-free reader (acquire load) never sees half an entry. A key keeps its slot
//! when its script is invalidated (its `data` goes to 0), as in PHP.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use crate::segment::{Header, Segment};

/// PHP's table sizes: `max_accelerated_files` is rounded up to the first prime ≥ it.
const PRIMES: [u32; 18] = [
    5, 11, 19, 53, 107, 223, 463, 983, 1979, 3907, 7963, 16229, 32531, 65407, 130987, 262237,
    524521, 1048793,
];

pub fn table_size(max_accelerated_files: u32) -> u32 {
    PRIMES
        .iter()
        .copied()
        .find(|&p| p >= max_accelerated_files)
        .unwrap_or(PRIMES[PRIMES.len() - 1])
}

/// One key. `data` is the offset of the script's `PersistedScript` record (0: none);
/// an extra key (`indirect` ≠ 0) reads the data of entry `indirect - 1` instead.
#[repr(C)]
pub struct Entry {
    pub hash: u64,
    pub key_off: u64,
    pub key_len: u32,
    /// Next entry in the bucket's chain, 1-based (0 ends it).
    pub next: u32,
    pub indirect: u32,
    pub _pad: u32,
    pub data: AtomicU64,
}

/// Bytes the table takes for `slots` entries.
pub fn table_bytes(slots: u32) -> u64 {
    let heads = (slots as u64 * 4).next_multiple_of(8);
    heads + slots as u64 * std::mem::size_of::<Entry>() as u64
}

fn hash_key(key: &[u8]) -> u64 {
    // FNV-1a: cheap and good enough for paths.
    key.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

pub struct Table<'s> {
    seg: &'s Segment,
    heads: &'s [AtomicU32],
    slots: u32,
    entries_off: u64,
}

impl<'s> Table<'s> {
    pub fn new(seg: &'s Segment) -> Table<'s> {
        let h = seg.header();
        let slots = h.table_slots;
        // The layout placed `slots` zero-initialised u32 heads at table_off, and an
        // AtomicU32 has u32's layout.
        let heads = seg
            .slice::<AtomicU32>(h.table_off, slots as usize)
            .expect("layout checked at creation");
        Table {
            seg,
            heads,
            slots,
            entries_off: h.table_off + (slots as u64 * 4).next_multiple_of(8),
        }
    }

    fn header(&self) -> &'s Header {
        self.seg.header()
    }

    fn entry(&self, idx: u32) -> &'s Entry {
        // Entries below num_entries were fully written before being published.
        &self
            .seg
            .slice::<Entry>(
                self.entries_off + idx as u64 * std::mem::size_of::<Entry>() as u64,
                1,
            )
            .expect("index below slots")[0]
    }

    pub fn key(&self, e: &Entry) -> &'s [u8] {
        self.seg
            .slice::<u8>(e.key_off, e.key_len as usize)
            .unwrap_or(&[])
    }

    /// The entry index for `key` (its primary entry, following an extra key).
    pub fn find(&self, key: &[u8]) -> Option<u32> {
        if self.slots == 0 {
            return None;
        }
        let hash = hash_key(key);
        let mut link = self.heads[(hash % self.slots as u64) as usize].load(Ordering::Acquire);
        while link != 0 && link <= self.slots {
            let e = self.entry(link - 1);
            if e.hash == hash && self.key(e) == key {
                return Some(if e.indirect != 0 {
                    e.indirect - 1
                } else {
                    link - 1
                });
            }
            link = e.next;
        }
        None
    }

    /// The script record offset of entry `idx` (0: none).
    pub fn data(&self, idx: u32) -> &'s AtomicU64 {
        &self.entry(idx).data
    }

    /// Add `key` (already copied into the segment at `key_off`); `primary` makes it
    /// an extra key of that entry. None when the table is full. Writer lock held.
    pub fn insert(&self, key: &[u8], key_off: u64, data: u64, primary: Option<u32>) -> Option<u32> {
        let h = self.header();
        let idx = h.num_entries.load(Ordering::Relaxed);
        if idx >= self.slots {
            return None;
        }
        let hash = hash_key(key);
        let head = &self.heads[(hash % self.slots as u64) as usize];
        let e = Entry {
            hash,
            key_off,
            key_len: key.len() as u32,
            next: head.load(Ordering::Relaxed),
            indirect: primary.map_or(0, |p| p + 1),
            _pad: 0,
            data: AtomicU64::new(data),
        };
        let off = self.entries_off + idx as u64 * std::mem::size_of::<Entry>() as u64;
        if !self.seg.place(off, e) {
            return None;
        }
        // Count it before linking it: a writer killed in between leaves an
        // unreachable entry, never a linked one the next insert would overwrite.
        h.num_entries.store(idx + 1, Ordering::Release);
        // Publish: everything above happens-before a reader's acquire of the head.
        head.store(idx + 1, Ordering::Release);
        if primary.is_none() {
            h.num_direct_entries.fetch_add(1, Ordering::Relaxed);
        }
        Some(idx)
    }

    pub fn is_full(&self) -> bool {
        self.header().num_entries.load(Ordering::Relaxed) >= self.slots
    }

    /// Direct entries with a script: (key, record offset).
    pub fn scripts(&self) -> impl Iterator<Item = (&'s [u8], u64)> + '_ {
        let n = self
            .header()
            .num_entries
            .load(Ordering::Acquire)
            .min(self.slots);
        (0..n).filter_map(move |i| {
            let e = self.entry(i);
            let data = e.data.load(Ordering::Acquire);
            (e.indirect == 0 && data != 0).then(|| (self.key(e), data))
        })
    }

    /// Empty the table (restart; no reader exists).
    pub fn clear(&self) {
        for head in self.heads {
            head.store(0, Ordering::Relaxed);
        }
        let h = self.header();
        h.num_entries.store(0, Ordering::Relaxed);
        h.num_direct_entries.store(0, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Layout;

    #[test]
    fn primes_as_php() {
        assert_eq!(table_size(10000), 16229);
        assert_eq!(table_size(200), 223);
        assert_eq!(table_size(223), 223);
        assert_eq!(table_size(1), 5);
        assert_eq!(table_size(u32::MAX), 1048793);
    }

    fn seg(slots: u32) -> Segment {
        Segment::create(Layout {
            size: 1 << 16,
            table_off: 1024,
            table_slots: slots,
            interned_off: 1024 + table_bytes(slots),
            interned_size: 0,
            heap_start: 1024 + table_bytes(slots),
        })
        .unwrap()
    }

    #[test]
    fn insert_find_extra_keys_full() {
        let s = seg(5);
        let t = Table::new(&s);
        let keys: [&[u8]; 5] = [b"/a.php", b"/b.php", b"/c.php", b"/d.php", b"./a.php"];
        for (i, k) in keys.iter().enumerate() {
            let off = 40000 + i as u64 * 16;
            assert!(s.write(off, k));
            let primary = (i == 4).then_some(0);
            assert_eq!(t.insert(k, off, 100 + i as u64, primary), Some(i as u32));
        }
        assert_eq!(t.find(b"/c.php"), Some(2));
        assert_eq!(
            t.find(b"./a.php"),
            Some(0),
            "an extra key resolves to its primary"
        );
        assert_eq!(t.find(b"/e.php"), None);
        assert!(t.is_full());
        assert_eq!(t.insert(b"/e.php", 40000, 1, None), None);
        assert_eq!(s.header().num_direct_entries.load(Ordering::Relaxed), 4);
        t.data(1).store(0, Ordering::Release);
        let live: Vec<_> = t.scripts().map(|(k, d)| (k.to_vec(), d)).collect();
        assert_eq!(live.len(), 3, "invalidated and extra keys are not scripts");
        t.clear();
        assert_eq!(t.find(b"/a.php"), None);
        assert!(!t.is_full());
    }
}
