//! The bump allocator of the script heap: it never frees. Memory of a replaced or
//! invalidated script is only counted as wasted, until a restart resets `top`.
//! Callers hold the writer lock; the counters are atomics only so that other
//! processes can read them for `opcache_get_status()`.

use std::sync::atomic::Ordering;

use crate::segment::Header;

/// Allocate `size` bytes aligned to `align` (a power of two); None when out of memory.
pub fn alloc(h: &Header, size: u64, align: u64) -> Option<u64> {
    let top = h.top.load(Ordering::Relaxed);
    let start = top.checked_add(align - 1)? & !(align - 1);
    let end = start.checked_add(size)?;
    if end > h.size {
        return None;
    }
    h.top.store(end, Ordering::Relaxed);
    Some(start)
}

/// Account `size` bytes of a dead script as wasted.
pub fn waste(h: &Header, size: u64) {
    h.wasted.fetch_add(size, Ordering::Relaxed);
}

/// Bytes never handed out.
pub fn free(h: &Header) -> u64 {
    h.size - h.top.load(Ordering::Relaxed)
}

/// `used + free + wasted == size`, as PHP reports it.
pub fn used(h: &Header) -> u64 {
    h.top.load(Ordering::Relaxed) - h.wasted.load(Ordering::Relaxed)
}

/// Whether wasted memory reached `max_wasted_percentage` of the segment.
pub fn too_much_waste(h: &Header, max_wasted_percentage: u64) -> bool {
    h.wasted.load(Ordering::Relaxed) as u128 * 100 >= h.size as u128 * max_wasted_percentage as u128
}

/// Back to an empty heap (restart).
pub fn reset(h: &Header) {
    h.top.store(h.heap_start, Ordering::Relaxed);
    h.wasted.store(0, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{Layout, Segment};

    fn seg() -> Segment {
        Segment::create(Layout {
            size: 8192,
            table_off: 0,
            table_slots: 0,
            interned_off: 4096,
            interned_size: 0,
            heap_start: 4097,
        })
        .unwrap()
    }

    #[test]
    fn aligned_until_full() {
        let s = seg();
        let h = s.header();
        assert_eq!(alloc(h, 10, 8), Some(4104));
        assert_eq!(alloc(h, 1, 1), Some(4114));
        assert_eq!(alloc(h, 4, 16), Some(4128));
        assert_eq!(free(h), 8192 - 4132);
        assert_eq!(alloc(h, 8192, 8), None);
        assert_eq!(alloc(h, u64::MAX, 8), None, "overflow is out of memory");
        assert_eq!(
            h.top.load(Ordering::Relaxed),
            4132,
            "failed allocations take nothing"
        );
        waste(h, 10);
        assert_eq!(used(h) + free(h) + 10, 8192);
        assert!(!too_much_waste(h, 5));
        waste(h, 400);
        assert!(too_much_waste(h, 5));
        reset(h);
        assert_eq!(alloc(h, 1, 8), Some(4104));
        assert_eq!(h.wasted.load(Ordering::Relaxed), 0);
    }
}
