//! The fork-shared mapping: a memfd sized with `ftruncate` and mapped `MAP_SHARED`
//! (an anonymous memmap2 mapping is private: children would see copy-on-write pages).
//! Created once, before any fork; every child inherits the fd and the same pages.

use std::ffi::CStr;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicU64, Ordering};

use memmap2::MmapMut;
use nix::sys::memfd::{memfd_create, MemFdCreateFlag};

pub const MAGIC: u64 = u64::from_le_bytes(*b"mphpOPC\0");
/// Bumped whenever the header or a persisted record changes shape.
pub const VERSION: u32 = 3;

/// Why a restart was scheduled (`restart_reason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum RestartReason {
    Oom = 1,
    Hash = 2,
    Manual = 3,
}

/// At offset 0 of the segment. Layout fields are written once at creation, before any
/// fork; everything that changes later is an atomic, because other processes read it.
#[repr(C)]
pub struct Header {
    pub magic: u64,
    pub version: u32,
    pub header_size: u32,
    pub size: u64,
    /// Hash table: `table_slots` bucket heads, then `table_slots` entries.
    pub table_off: u64,
    pub table_slots: u32,
    pub _pad: u32,
    pub interned_off: u64,
    pub interned_size: u64,
    /// Where the script heap starts (the bump allocator's reset point).
    pub heap_start: u64,

    /// The bump allocator's next free offset.
    pub top: AtomicU64,
    pub wasted: AtomicU64,
    pub hits: AtomicU64,
    pub misses: AtomicU64,
    pub oom_restarts: AtomicU64,
    pub hash_restarts: AtomicU64,
    pub manual_restarts: AtomicU64,
    pub start_time: AtomicI64,
    pub last_restart_time: AtomicI64,
    /// Incremented by every restart: offsets taken before a change of epoch are dead.
    pub epoch: AtomicU64,
    pub restart_pending: AtomicU32,
    pub restart_reason: AtomicU32,
    pub restart_in_progress: AtomicU32,
    pub cache_full: AtomicU32,
    /// Hash entries in use (keys), and the direct ones (scripts' own keys).
    pub num_entries: AtomicU32,
    pub num_direct_entries: AtomicU32,
    pub interned_top: AtomicU64,
    pub interned_count: AtomicU64,
    /// Compiles of blacklisted files (also counted in `misses`, as PHP does).
    pub blacklist_misses: AtomicU64,
}

/// Where the tables go, decided before the mapping exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub table_off: u64,
    pub table_slots: u32,
    pub interned_off: u64,
    pub interned_size: u64,
    pub heap_start: u64,
}

pub struct Segment {
    // Kept for unmapping; never borrowed mutably after creation, all access goes
    // through `base` so that shared references into the mapping stay valid.
    _map: MmapMut,
    base: NonNull<u8>,
    len: u64,
    fd: OwnedFd,
    /// Unique among the segments this process created (a forked child keeps its
    /// parent's, as it keeps the mapping): names the scripts in it with their offsets.
    id: u64,
}

#[derive(Debug)]
pub enum SegmentError {
    Os(std::io::Error),
    /// The fixed parts (header, hash table, interned buffer) do not fit.
    TooSmall {
        needed: u64,
        size: u64,
    },
}

impl std::fmt::Display for SegmentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SegmentError::Os(e) => write!(f, "cannot create the shared segment: {e}"),
            SegmentError::TooSmall { needed, size } => write!(
                f,
                "Insufficient shared memory! (needs {needed} bytes, opcache.memory_consumption is {size})"
            ),
        }
    }
}

impl std::error::Error for SegmentError {}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Segment {
    /// Create and map `layout.size` zeroed bytes, and write the header.
    pub fn create(layout: Layout) -> Result<Segment, SegmentError> {
        if layout.heap_start > layout.size {
            return Err(SegmentError::TooSmall {
                needed: layout.heap_start,
                size: layout.size,
            });
        }
        let os = |e: nix::Error| SegmentError::Os(std::io::Error::from(e));
        let name: &CStr = c"miniphp-opcache";
        let fd = memfd_create(name, MemFdCreateFlag::MFD_CLOEXEC).map_err(os)?;
        nix::unistd::ftruncate(&fd, layout.size as i64).map_err(os)?;
        // SAFETY: the memfd is ours alone and sized above; the mapping is MAP_SHARED
        // (memmap2's map_mut on a file), so forked children share its pages.
        let mut map = unsafe { MmapMut::map_mut(fd.as_raw_fd()) }.map_err(SegmentError::Os)?;
        let base = NonNull::new(map.as_mut_ptr()).expect("mmap never returns null");
        static CREATED: AtomicU64 = AtomicU64::new(0);
        let seg = Segment {
            _map: map,
            base,
            len: layout.size,
            fd,
            id: CREATED.fetch_add(1, Ordering::Relaxed),
        };
        let header = Header {
            magic: MAGIC,
            version: VERSION,
            header_size: std::mem::size_of::<Header>() as u32,
            size: layout.size,
            table_off: layout.table_off,
            table_slots: layout.table_slots,
            _pad: 0,
            interned_off: layout.interned_off,
            interned_size: layout.interned_size,
            heap_start: layout.heap_start,
            top: AtomicU64::new(layout.heap_start),
            wasted: AtomicU64::new(0),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            oom_restarts: AtomicU64::new(0),
            hash_restarts: AtomicU64::new(0),
            manual_restarts: AtomicU64::new(0),
            start_time: AtomicI64::new(now()),
            last_restart_time: AtomicI64::new(0),
            epoch: AtomicU64::new(0),
            restart_pending: AtomicU32::new(0),
            restart_reason: AtomicU32::new(0),
            restart_in_progress: AtomicU32::new(0),
            cache_full: AtomicU32::new(0),
            num_entries: AtomicU32::new(0),
            num_direct_entries: AtomicU32::new(0),
            interned_top: AtomicU64::new(0),
            interned_count: AtomicU64::new(0),
            blacklist_misses: AtomicU64::new(0),
        };
        // SAFETY: offset 0 of a page-aligned mapping is aligned for Header, and
        // heap_start ≥ size_of::<Header>() (checked by `layout`), so it is in bounds;
        // nobody else can see the mapping yet.
        unsafe { seg.base.as_ptr().cast::<Header>().write(header) };
        Ok(seg)
    }

    pub fn header(&self) -> &Header {
        // SAFETY: written in `create`; only atomics change afterwards, so shared
        // references are sound even while other processes update the counters.
        unsafe { &*self.base.as_ptr().cast::<Header>() }
    }

    pub fn raw_fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }

    /// This segment among those the process created (see the field).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// A pointer to `off` if `[off, off + len)` lies in the segment and `off` is
    /// aligned for `T`.
    pub fn ptr<T>(&self, off: u64, count: usize) -> Option<*mut T> {
        let bytes = (count as u64).checked_mul(std::mem::size_of::<T>() as u64)?;
        let end = off.checked_add(bytes)?;
        if end > self.len || !off.is_multiple_of(std::mem::align_of::<T>() as u64) {
            return None;
        }
        // SAFETY: off ≤ len, inside the mapping.
        Some(unsafe { self.base.as_ptr().add(off as usize) }.cast::<T>())
    }

    /// A shared slice of `count` `T`s at `off`, bounds- and alignment-checked.
    ///
    /// The caller promises the bytes hold valid `T`s that nobody writes while the
    /// slice lives: published scripts are immutable until a restart, and restarts
    /// wait for every reader (see `lock.rs`).
    pub fn slice<T>(&self, off: u64, count: usize) -> Option<&[T]> {
        let p = self.ptr::<T>(off, count)?;
        // SAFETY: in bounds and aligned (checked by `ptr`); validity and immutability
        // are the caller's contract above.
        Some(unsafe { std::slice::from_raw_parts(p, count) })
    }

    /// Move `value` to `off` (bounds- and alignment-checked); same rule as `write`.
    pub fn place<T>(&self, off: u64, value: T) -> bool {
        match self.ptr::<T>(off, 1) {
            Some(dst) => {
                // SAFETY: dst is in bounds and aligned, and unpublished (see `write`);
                // what was there before is plain bytes that need no drop.
                unsafe { dst.write(value) };
                true
            }
            None => false,
        }
    }

    /// Copy `src` to `off` (bounds- and alignment-checked). Only for bytes no reader
    /// can reach yet: allocated but unpublished, under the writer lock.
    pub fn write<T: Copy>(&self, off: u64, src: &[T]) -> bool {
        match self.ptr::<T>(off, src.len()) {
            Some(dst) => {
                // SAFETY: dst is in bounds and aligned; the region is unpublished, so
                // nothing else reads or writes it; src cannot overlap the segment's
                // unpublished region.
                unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst, src.len()) };
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;

    fn layout(size: u64) -> Layout {
        Layout {
            size,
            table_off: 4096,
            table_slots: 5,
            interned_off: 8192,
            interned_size: 0,
            heap_start: 8192,
        }
    }

    #[test]
    fn header_written_and_slices_checked() {
        let seg = Segment::create(layout(1 << 16)).unwrap();
        let h = seg.header();
        assert_eq!(h.magic, MAGIC);
        assert_eq!(h.top.load(Ordering::Relaxed), 8192);
        assert!(seg.write(9000, &[1u32, 2, 3]));
        assert_eq!(seg.slice::<u32>(9000, 3).unwrap(), &[1, 2, 3]);
        assert!(seg.slice::<u32>(9001, 1).is_none(), "misaligned");
        assert!(seg.slice::<u8>((1 << 16) - 1, 2).is_none(), "out of bounds");
        assert!(!seg.write((1 << 16) - 2, &[0u32]));
    }

    #[test]
    fn too_small() {
        let mut l = layout(4096);
        l.heap_start = 8192;
        assert!(matches!(
            Segment::create(l),
            Err(SegmentError::TooSmall { .. })
        ));
    }

    #[test]
    fn shared_across_fork() {
        let seg = Segment::create(layout(1 << 16)).unwrap();
        // SAFETY: the child only touches the segment's atomics and exits with _exit.
        match unsafe { nix::unistd::fork() }.unwrap() {
            nix::unistd::ForkResult::Child => {
                seg.header().hits.store(42, Ordering::Release);
                seg.write(9000, &[7u8]);
                // SAFETY: _exit skips the test harness's atexit work in the child.
                unsafe { nix::libc::_exit(0) };
            }
            nix::unistd::ForkResult::Parent { child } => {
                nix::sys::wait::waitpid(child, None).unwrap();
                assert_eq!(seg.header().hits.load(Ordering::Acquire), 42);
                assert_eq!(seg.slice::<u8>(9000, 1).unwrap(), &[7]);
            }
        }
    }
}
