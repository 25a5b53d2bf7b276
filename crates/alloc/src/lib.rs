//! The global allocator of `miniphp` and `miniphp-fpm`: mimalloc.
//!
//! The front end allocates many small AST nodes, where glibc malloc spends more time
//! in page faults than the parser spends parsing. The `mimalloc` crate's allocator
//! sends every request to `mi_malloc_aligned`, whose checks cost on each of the
//! thousands of allocations a script or a request makes; every mimalloc block is
//! word-aligned, and every block of 16 bytes or more 16-aligned (as malloc's are), so a
//! layout asking no more goes to the plain entry points: hash tables ask for 16.

use std::alloc::{GlobalAlloc, Layout};

use libmimalloc_sys as ffi;
use mimalloc::MiMalloc;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

/// The alignment every mimalloc block of at least this size has (`MI_MAX_ALIGN_SIZE`,
/// C's `max_align_t`: above one word its size classes are multiples of it).
const MAX_ALIGN: usize = 16;

/// Whether a block of `size` bytes from the plain entry points has alignment `align`.
#[inline]
fn plain(align: usize, size: usize) -> bool {
    align <= WORD || (align <= MAX_ALIGN && size >= MAX_ALIGN)
}

/// Makes mimalloc commit its arena's memory as blocks are handed out rather than the
/// whole arena when it is reserved. Its default on an overcommitting OS (Linux) maps
/// the first 1 GiB arena read-write at once and advises huge pages for it: every first
/// touch then faults in, and zeroes, a whole 2 MiB page, and the kernel may compact
/// memory to find one. `miniphp -l` on a 1 MB file touched 103 MiB that way, 74 MiB
/// with 4 KiB pages, and spent half the system time (0.143 s -> 0.067 s a run).
#[cfg(target_os = "linux")]
mod commit_on_demand {
    use std::os::raw::{c_int, c_long};

    /// `mi_option_arena_eager_commit`'s index in mimalloc's option enum (the same in
    /// v2 and v3; `libmimalloc-sys` names it only under its `extended` feature).
    const ARENA_EAGER_COMMIT: c_int = 4;

    extern "C" {
        fn mi_option_set(option: c_int, value: c_long);
        #[cfg(test)]
        fn mi_option_get(option: c_int) -> c_long;
    }

    extern "C" fn set() {
        // SAFETY: mi_option_set stores a value in mimalloc's option table; 0 is a
        // valid value of this option, read only when an arena is reserved.
        unsafe { mi_option_set(ARENA_EAGER_COMMIT, 0) }
    }

    /// The option is read when the first arena is reserved, that is by the first
    /// allocation, and std allocates before `main` (the main thread's name): so it is
    /// set from a constructor. An unprioritised one runs after mimalloc's own (priority
    /// 101), which reads the `MIMALLOC_*` environment into the option table first.
    #[used]
    #[link_section = ".init_array"]
    static SET_BEFORE_MAIN: extern "C" fn() = set;

    #[test]
    fn the_option_is_set_before_main() {
        // No test sets it: the constructor did, in this test binary too.
        // SAFETY: mi_option_get only reads the option table.
        assert_eq!(unsafe { mi_option_get(ARENA_EAGER_COMMIT) }, 0);
    }
}

/// mimalloc, through its unaligned entry points when the layout allows.
pub struct Mi;

// SAFETY: every call is passed to mimalloc: a layout whose alignment `plain` blocks
// have to the unaligned entry points, any other to the aligned ones through
// `MiMalloc`; mi_free and mi_realloc take blocks from either.
unsafe impl GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            ffi::mi_malloc(layout.size()).cast::<u8>()
        } else {
            MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
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
        if plain(layout.align(), new_size) {
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
        for (size, align) in [
            (1, 1),
            (8, 8),
            (24, 8),
            (8, 16),
            (16, 16),
            (40, 16),
            (100, 64),
            (4096, 4096),
        ] {
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

    #[test]
    fn plain_blocks_of_sixteen_bytes_or_more_are_sixteen_aligned() {
        // Many blocks of each size class, so that every position in a page is seen.
        for size in [16, 17, 24, 40, 48, 72, 100, 200, 1000, 5000, 70_000] {
            let layout = Layout::from_size_align(size, 16).unwrap();
            let blocks: Vec<*mut u8> = (0..300)
                // SAFETY: a non-zero layout; every block is freed below.
                .map(|_| unsafe { Mi.alloc(layout) })
                .collect();
            for &p in &blocks {
                assert!(!p.is_null() && (p as usize).is_multiple_of(16), "{size}");
            }
            for p in blocks {
                // SAFETY: p came from Mi.alloc with this layout.
                unsafe { Mi.dealloc(p, layout) };
            }
            // Shrinking below 16 bytes leaves the plain path, growing stays aligned.
            // SAFETY: a fresh block resized with its own layout, then freed with the last.
            unsafe {
                let p = Mi.alloc(layout);
                let q = Mi.realloc(p, layout, 8);
                assert!((q as usize).is_multiple_of(16), "{size} -> 8");
                let q_layout = Layout::from_size_align(8, 16).unwrap();
                let r = Mi.realloc(q, q_layout, size * 2);
                assert!((r as usize).is_multiple_of(16), "8 -> {}", size * 2);
                Mi.dealloc(r, Layout::from_size_align(size * 2, 16).unwrap());
            }
        }
    }
}
