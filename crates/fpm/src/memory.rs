//! The worker's memory figures for the status page and the access log (`%M`):
//! `miniphp-fpm`'s global allocator is mimalloc behind a counter of live heap bytes
//! and their peak. A request's figure is its peak above what was live when it began,
//! in whole 2 MiB chunks (at least one), as php-fpm reports `zend_memory_peak_usage(1)`:
//! Zend's allocator takes memory from the system in 2 MiB chunks.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use miniphp_alloc::Mi;

/// Zend's chunk size (`ZEND_MM_CHUNK_SIZE`).
const CHUNK: u64 = 2 << 20;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// mimalloc, counting. The updates are plain loads and stores, not read-modify-write:
/// a worker's threads never run PHP at the same time (the main thread only waits for
/// the interpreter thread), and a figure that may be off under contention is only
/// shown, never relied on.
pub struct Counting;

fn grew(by: usize) {
    let live = LIVE.load(Relaxed).wrapping_add(by);
    LIVE.store(live, Relaxed);
    if live > PEAK.load(Relaxed) {
        PEAK.store(live, Relaxed);
    }
}

fn shrank(by: usize) {
    LIVE.store(LIVE.load(Relaxed).wrapping_sub(by), Relaxed);
}

// SAFETY: every call is passed on to `Mi` unchanged; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = Mi.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = Mi.alloc_zeroed(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        Mi.dealloc(ptr, layout);
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = Mi.realloc(ptr, layout, new_size);
        if !p.is_null() {
            shrank(layout.size());
            grew(new_size);
        }
        p
    }
}

/// Live heap bytes at the start of a request (the peak restarts there).
#[derive(Clone, Copy, Debug)]
pub struct Mark(usize);

pub fn mark() -> Mark {
    let live = LIVE.load(Relaxed);
    PEAK.store(live, Relaxed);
    Mark(live)
}

/// The request's peak memory since `mark`, as php-fpm reports it (whole 2 MiB chunks).
pub fn peak_since(m: Mark) -> u64 {
    let used = PEAK.load(Relaxed).saturating_sub(m.0) as u64;
    used.div_ceil(CHUNK).max(1) * CHUNK
}

#[cfg(test)]
mod tests {
    use super::*;

    // One test: the counters are process-wide.
    #[test]
    fn peaks_count_allocations_in_whole_chunks() {
        let layout = Layout::from_size_align(5 << 20, 8).unwrap();
        let start = mark();
        assert_eq!(peak_since(start), CHUNK);
        // SAFETY: a non-zero layout, freed below with the same layout.
        let p = unsafe { Counting.alloc(layout) };
        assert!(!p.is_null());
        // SAFETY: p came from Counting.alloc with this layout.
        unsafe { Counting.dealloc(p, layout) };
        assert_eq!(LIVE.load(Relaxed), start.0);
        assert_eq!(peak_since(start), 3 * CHUNK);
        assert_eq!(peak_since(mark()), CHUNK);
    }
}
