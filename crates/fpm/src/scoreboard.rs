//! The scoreboard: one shared anonymous mapping per pool, created by the master
//! before forking, where each worker publishes its state and its current request,
//! and the pool keeps its counters. The master reads it for the process manager
//! (idle counts, timeouts, slow requests); any worker reads it for the status page.
//! Every field is an atomic, so a reader in another process sees whole values; a
//! text field may be seen half-rewritten, which the status page tolerates.

use std::ptr::NonNull;
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicU64, AtomicU8, Ordering::Relaxed};

use nix::sys::mman::{mmap_anonymous, munmap, MapFlags, ProtFlags};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Idle = 0,
    Reading = 1,
    Running = 2,
    Finishing = 3,
    Ending = 4,
}

impl State {
    fn from_u32(v: u32) -> State {
        match v {
            1 => State::Reading,
            2 => State::Running,
            3 => State::Finishing,
            4 => State::Ending,
            _ => State::Idle,
        }
    }

    /// The name on php-fpm's status page.
    pub fn name(self) -> &'static str {
        match self {
            State::Idle => "Idle",
            State::Reading => "Reading headers",
            State::Running => "Running",
            State::Finishing => "Finishing",
            State::Ending => "Ending",
        }
    }

    pub fn busy(self) -> bool {
        self != State::Idle
    }
}

/// A bounded text field (longer values are cut, as php-fpm's scoreboard does).
#[repr(C)]
pub struct Text<const N: usize> {
    len: AtomicU32,
    bytes: [AtomicU8; N],
}

impl<const N: usize> Text<N> {
    pub fn set(&self, v: &[u8]) {
        let v = &v[..v.len().min(N)];
        for (slot, b) in self.bytes.iter().zip(v) {
            slot.store(*b, Relaxed);
        }
        self.len.store(v.len() as u32, Relaxed);
    }

    pub fn get(&self) -> String {
        let n = (self.len.load(Relaxed) as usize).min(N);
        let bytes: Vec<u8> = self.bytes[..n].iter().map(|b| b.load(Relaxed)).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

/// One worker's public state.
#[repr(C)]
pub struct Slot {
    /// 0 when the slot is free.
    pub pid: AtomicU32,
    state: AtomicU32,
    /// Unix seconds the worker started.
    pub started: AtomicI64,
    pub requests: AtomicU64,
    /// Unix microseconds the current (or last) request started.
    pub request_start_us: AtomicU64,
    /// Microseconds the last request took (while idle).
    pub request_duration_us: AtomicU64,
    pub content_length: AtomicU64,
    pub last_cpu_us: AtomicU64,
    pub last_memory: AtomicU64,
    /// The request number (`requests`) the master already logged as slow.
    pub slow_logged: AtomicU64,
    pub method: Text<16>,
    pub uri: Text<640>,
    pub script: Text<256>,
    pub user: Text<32>,
}

impl Slot {
    pub fn state(&self) -> State {
        State::from_u32(self.state.load(Relaxed))
    }

    pub fn set_state(&self, s: State) {
        self.state.store(s as u32, Relaxed);
    }
}

/// The pool's counters.
#[repr(C)]
pub struct Counters {
    /// Unix seconds the pool started.
    pub started: AtomicI64,
    pub accepted: AtomicU64,
    pub max_active: AtomicU64,
    pub max_children_reached: AtomicU64,
    pub slow_requests: AtomicU64,
    pub max_listen_queue: AtomicU64,
}

/// A pool's shared scoreboard. Created once in the master; children inherit the
/// mapping through fork.
pub struct Board {
    ptr: NonNull<u8>,
    len: usize,
    slots: usize,
}

impl Board {
    /// A zeroed board for `slots` workers.
    pub fn new(slots: usize) -> nix::Result<Board> {
        let slots = slots.max(1);
        let len = std::mem::size_of::<Counters>() + slots * std::mem::size_of::<Slot>();
        let size = std::num::NonZeroUsize::new(len).ok_or(nix::Error::EINVAL)?;
        // SAFETY: a fresh anonymous mapping, owned by this Board until drop; nothing
        // else aliases it in this process.
        let ptr = unsafe {
            mmap_anonymous(
                None,
                size,
                ProtFlags::PROT_READ | ProtFlags::PROT_WRITE,
                MapFlags::MAP_SHARED,
            )?
        };
        Ok(Board {
            ptr: ptr.cast(),
            len,
            slots,
        })
    }

    pub fn counters(&self) -> &Counters {
        // SAFETY: the mapping is at least `len` bytes, page-aligned, zero-filled
        // by the kernel, and every field of Counters is an atomic for which all
        // zero bits are a valid value; shared access across processes goes only
        // through atomic operations.
        unsafe { &*(self.ptr.as_ptr() as *const Counters) }
    }

    pub fn slots(&self) -> &[Slot] {
        // SAFETY: as in `counters`: `slots` Slot records follow the Counters inside
        // the mapping (size computed in `new`), Slot is repr(C) atomics only and
        // its alignment (8) divides size_of::<Counters>().
        unsafe {
            let first = self.ptr.as_ptr().add(std::mem::size_of::<Counters>()) as *const Slot;
            std::slice::from_raw_parts(first, self.slots)
        }
    }

    pub fn slot(&self, i: usize) -> Option<&Slot> {
        self.slots().get(i)
    }

    /// A slot no worker holds.
    pub fn free_slot(&self) -> Option<usize> {
        self.slots().iter().position(|s| s.pid.load(Relaxed) == 0)
    }

    /// Counts of (idle, active) workers.
    pub fn idle_active(&self) -> (usize, usize) {
        let mut idle = 0;
        let mut active = 0;
        for s in self.slots().iter().filter(|s| s.pid.load(Relaxed) != 0) {
            if s.state().busy() {
                active += 1;
            } else {
                idle += 1;
            }
        }
        (idle, active)
    }
}

impl Drop for Board {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping made in `new`; no reference into it
        // outlives `self` (they all borrow from it).
        let _ = unsafe { munmap(self.ptr.cast(), self.len) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nix::sys::wait::waitpid;
    use nix::unistd::{fork, ForkResult};

    #[test]
    fn fresh_board_is_zeroed_and_text_is_bounded() {
        let b = Board::new(3).unwrap();
        assert_eq!(b.slots().len(), 3);
        assert_eq!(b.free_slot(), Some(0));
        assert_eq!(b.idle_active(), (0, 0));
        let s = b.slot(1).unwrap();
        s.method.set(b"GET");
        assert_eq!(s.method.get(), "GET");
        s.method.set(&[b'x'; 40]);
        assert_eq!(s.method.get().len(), 16);
    }

    #[test]
    fn a_forked_child_writes_what_the_parent_reads() {
        let b = Board::new(2).unwrap();
        // SAFETY: the child only touches atomics in the shared mapping and exits
        // with _exit, running no destructor and taking no lock.
        match unsafe { fork() }.unwrap() {
            ForkResult::Child => {
                let s = b.slot(1).unwrap();
                s.pid.store(4242, Relaxed);
                s.set_state(State::Running);
                s.uri.set(b"/index.php?x=1");
                b.counters().accepted.fetch_add(5, Relaxed);
                // SAFETY: _exit ends the child without unwinding into the test harness.
                unsafe { nix::libc::_exit(0) };
            }
            ForkResult::Parent { child } => {
                waitpid(child, None).unwrap();
            }
        }
        let s = b.slot(1).unwrap();
        assert_eq!(s.pid.load(Relaxed), 4242);
        assert_eq!(s.state(), State::Running);
        assert_eq!(s.uri.get(), "/index.php?x=1");
        assert_eq!(b.counters().accepted.load(Relaxed), 5);
        assert_eq!(b.idle_active(), (0, 1));
        assert_eq!(b.free_slot(), Some(0));
    }
}
