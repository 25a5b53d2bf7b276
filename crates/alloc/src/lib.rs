//! The global allocator of `miniphp` and `miniphp-fpm`: mimalloc.
//!
//! The front end allocates many small AST nodes, where glibc malloc spends more time
//! in page faults than the parser spends parsing. The `mimalloc` crate's allocator
//! sends every request to `mi_malloc_aligned`, whose checks cost on each of the
//! thousands of allocations a script or a request makes; every mimalloc block is
//! word-aligned, so a layout asking no more goes to the plain entry points.

use std::alloc::{GlobalAlloc, Layout};

use libmimalloc_sys as ffi;
use mimalloc::MiMalloc;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc, through its unaligned entry points when the layout allows.
pub struct Mi;

// SAFETY: every call is passed to mimalloc: a layout aligned to at most a word to the
// unaligned entry points (whose blocks are all word-aligned), any other to the aligned
// ones through `MiMalloc`; a block is freed or resized by the allocator that made it.
unsafe impl GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            ffi::mi_malloc(layout.size()).cast::<u8>()
        } else {
            MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            ffi::mi_zalloc(layout.size()).cast::<u8>()
        } else {
            MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        ffi::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            ffi::mi_realloc(ptr.cast(), new_size).cast::<u8>()
        } else {
            MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_have_the_alignment_asked_for_and_keep_their_bytes() {
        for (size, align) in [(1, 1), (8, 8), (24, 8), (40, 16), (100, 64), (4096, 4096)] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: non-zero layouts, grown and freed below with the layouts they have.
            unsafe {
                let p = Mi.alloc(layout);
                assert!(
                    !p.is_null() && (p as usize).is_multiple_of(align),
                    "{size}/{align}"
                );
                p.write_bytes(7, size);
                let q = Mi.realloc(p, layout, size * 3);
                assert!(
                    !q.is_null() && (q as usize).is_multiple_of(align),
                    "{size}/{align}"
                );
                assert!(std::slice::from_raw_parts(q, size).iter().all(|&b| b == 7));
                let grown = Layout::from_size_align(size * 3, align).unwrap();
                Mi.dealloc(q, grown);
                let z = Mi.alloc_zeroed(layout);
                assert!(!z.is_null() && (z as usize).is_multiple_of(align));
                assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                Mi.dealloc(z, layout);
            }
        }
    }
}
