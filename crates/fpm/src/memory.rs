//! The worker's memory figures for the status page and the access log (`%M`):
//! `miniphp-fpm`'s global allocator is mimalloc behind a counter of live heap bytes
//! and their peak. A request's figure is its peak above what was live when it began,
//! in whole 2 MiB chunks (at least one), as php-fpm reports `zend_memory_peak_usage(1)`:
//! Zend's allocator takes memory from the system in 2 MiB chunks.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use libmimalloc_sys as ffi;
use mimalloc::MiMalloc;

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

/// The alignment every mimalloc block has (one word): a layout that asks no more is
/// served by the plain entry points, which skip `mi_malloc_aligned`'s checks (a
/// framework-like request makes some 36 000 allocations).
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: every call is passed to mimalloc: a layout aligned to at most a word to the
// unaligned entry points (whose blocks are all word-aligned), any other to the aligned
// ones; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = if layout.align() <= WORD {
            ffi::mi_malloc(layout.size()).cast::<u8>()
        } else {
            MiMalloc.alloc(layout)
        };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = if layout.align() <= WORD {
            ffi::mi_zalloc(layout.size()).cast::<u8>()
        } else {
            MiMalloc.alloc_zeroed(layout)
        };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        ffi::mi_free(ptr.cast());
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = if layout.align() <= WORD {
            ffi::mi_realloc(ptr.cast(), new_size).cast::<u8>()
        } else {
            MiMalloc.realloc(ptr, layout, new_size)
        };
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
        blocks_have_the_alignment_asked_for();
    }

    fn blocks_have_the_alignment_asked_for() {
        for (size, align) in [(1, 1), (8, 8), (24, 8), (40, 16), (100, 64), (4096, 4096)] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: non-zero layouts, grown and freed below with the layouts they have.
            unsafe {
                let p = Counting.alloc(layout);
                assert!(
                    !p.is_null() && (p as usize).is_multiple_of(align),
                    "{size}/{align}"
                );
                p.write_bytes(7, size);
                let q = Counting.realloc(p, layout, size * 3);
                assert!(
                    !q.is_null() && (q as usize).is_multiple_of(align),
                    "{size}/{align}"
                );
                assert_eq!(*q.add(size - 1), 7);
                Counting.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                let z = Counting.alloc_zeroed(layout);
                assert!(
                    !z.is_null() && (z as usize).is_multiple_of(align) && *z.add(size - 1) == 0
                );
                Counting.dealloc(z, layout);
            }
        }
    }
}
