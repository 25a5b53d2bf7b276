//! The interned-strings buffer (`opcache.interned_strings_buffer`): a bump region
//! of its own, counted apart from the script heap. It holds the hash keys (paths).
//! Strings inside scripts stay in each script's own pool: a `StrRef` indexes its
//! script's `strings`, so sharing them across scripts would need a second pool in
//! the Script format. When the buffer is full, keys go to the script heap, as PHP
//! keeps strings per script then.

use std::sync::atomic::Ordering;

use crate::alloc;
use crate::segment::Segment;

/// Copy `s` into the buffer, or the heap when the buffer is full; its offset.
/// Writer lock held.
pub fn intern(seg: &Segment, s: &[u8]) -> Option<u64> {
    let h = seg.header();
    let top = h.interned_top.load(Ordering::Relaxed);
    let off = if top + s.len() as u64 <= h.interned_size {
        h.interned_top
            .store(top + s.len() as u64, Ordering::Relaxed);
        h.interned_count.fetch_add(1, Ordering::Relaxed);
        h.interned_off + top
    } else {
        alloc::alloc(h, s.len() as u64, 1)?
    };
    seg.write(off, s).then_some(off)
}

/// Empty the buffer (restart).
pub fn reset(seg: &Segment) {
    let h = seg.header();
    h.interned_top.store(0, Ordering::Relaxed);
    h.interned_count.store(0, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Layout;

    #[test]
    fn buffer_then_heap() {
        let seg = Segment::create(Layout {
            size: 4096,
            table_off: 0,
            table_slots: 0,
            interned_off: 1024,
            interned_size: 8,
            heap_start: 1032,
        })
        .unwrap();
        let a = intern(&seg, b"abcde").unwrap();
        assert_eq!(a, 1024);
        let b = intern(&seg, b"fghij").unwrap();
        assert_eq!(b, 1032, "the buffer is full: on the heap");
        assert_eq!(seg.slice::<u8>(b, 5).unwrap(), b"fghij");
        assert_eq!(seg.header().interned_count.load(Ordering::Relaxed), 1);
        reset(&seg);
        assert_eq!(intern(&seg, b"xy"), Some(1024));
    }
}
