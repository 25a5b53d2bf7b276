//! Cross-process locks as `fcntl` record locks on the segment's memfd: the kernel
//! drops them when their holder dies, so a killed worker can never leave the cache
//! locked. They are process-associated (`F_SETLKW`, not OFD) on purpose: forked
//! children share the parent's open file description, so OFD locks would not
//! exclude them from each other.
//!
//! - byte 0, exclusive: the writer lock (store, invalidate, restart);
//! - byte 1, shared: held by every process that has segment-resident scripts in use
//!   (a reader). A restart needs byte 1 exclusively, taken without waiting, so it
//!   happens only when no process reads the old contents; a reader that arrives
//!   during a restart waits for it. This is PHP's own scheme (accel_activate_add /
//!   accel_is_inactive), rather than a reader count in the header that a killed
//!   reader would leave raised forever.

use std::os::fd::RawFd;

use nix::fcntl::{fcntl, FcntlArg};
use nix::libc;

const WRITER_BYTE: i64 = 0;
const READER_BYTE: i64 = 1;

fn flock(kind: libc::c_int, byte: i64) -> libc::flock {
    // SAFETY: flock is plain integers; all-zero is a valid value.
    let mut fl: libc::flock = unsafe { std::mem::zeroed() };
    fl.l_type = kind as libc::c_short;
    fl.l_whence = libc::SEEK_SET as libc::c_short;
    fl.l_start = byte;
    fl.l_len = 1;
    fl
}

fn wait_for(fd: RawFd, kind: libc::c_int, byte: i64) -> nix::Result<()> {
    let fl = flock(kind, byte);
    loop {
        match fcntl(fd, FcntlArg::F_SETLKW(&fl)) {
            Err(nix::Error::EINTR) => continue,
            other => return other.map(drop),
        }
    }
}

fn unlock(fd: RawFd, byte: i64) {
    // Unlocking a range we hold cannot fail on a valid fd.
    let _ = fcntl(fd, FcntlArg::F_SETLK(&flock(libc::F_UNLCK, byte)));
}

/// The writer lock, released on drop (or by the kernel if the process dies).
pub struct WriteLock {
    fd: RawFd,
}

impl WriteLock {
    pub fn acquire(fd: RawFd) -> nix::Result<WriteLock> {
        wait_for(fd, libc::F_WRLCK, WRITER_BYTE)?;
        Ok(WriteLock { fd })
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        unlock(self.fd, WRITER_BYTE);
    }
}

/// This process reads the segment (blocks while a restart runs).
pub fn hold_readers(fd: RawFd) -> nix::Result<()> {
    wait_for(fd, libc::F_RDLCK, READER_BYTE)
}

pub fn release_readers(fd: RawFd) {
    unlock(fd, READER_BYTE);
}

/// Exclusive access to the contents, if no other process reads them; released on
/// drop. The caller must not hold the reader lock itself (its own locks never
/// conflict with it, so the check would pass and then drop its shared lock).
pub struct NoReaders {
    fd: RawFd,
}

impl NoReaders {
    pub fn try_acquire(fd: RawFd) -> Option<NoReaders> {
        let fl = flock(libc::F_WRLCK, READER_BYTE);
        fcntl(fd, FcntlArg::F_SETLK(&fl)).ok()?;
        Some(NoReaders { fd })
    }
}

impl Drop for NoReaders {
    fn drop(&mut self) {
        unlock(self.fd, READER_BYTE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{Layout, Segment};
    use nix::sys::wait::{waitpid, WaitStatus};
    use nix::unistd::{fork, ForkResult};

    fn seg() -> Segment {
        Segment::create(Layout {
            size: 4096,
            table_off: 0,
            table_slots: 0,
            interned_off: 1024,
            interned_size: 0,
            heap_start: 1024,
        })
        .unwrap()
    }

    /// Run `f` in a child; its exit code.
    fn in_child(f: impl FnOnce() -> i32) -> i32 {
        // SAFETY: the child runs `f` (fcntl calls only) and leaves with _exit.
        match unsafe { fork() }.unwrap() {
            ForkResult::Child => {
                let code = f();
                // SAFETY: _exit skips the harness's atexit work in the child.
                unsafe { libc::_exit(code) }
            }
            ForkResult::Parent { child } => match waitpid(child, None).unwrap() {
                WaitStatus::Exited(_, code) => code,
                other => panic!("child ended with {other:?}"),
            },
        }
    }

    #[test]
    fn writer_excludes_other_processes_and_dies_with_its_holder() {
        let s = seg();
        let fd = s.raw_fd();
        let w = WriteLock::acquire(fd).unwrap();
        let blocked = || {
            let fl = flock(libc::F_WRLCK, WRITER_BYTE);
            fcntl(fd, FcntlArg::F_SETLK(&fl)).is_err() as i32
        };
        assert_eq!(in_child(blocked), 1, "held by the parent");
        drop(w);
        assert_eq!(in_child(blocked), 0, "released on drop");
        // A child that dies holding the lock does not keep it.
        assert_eq!(
            in_child(|| {
                std::mem::forget(WriteLock::acquire(fd).unwrap());
                0
            }),
            0
        );
        let w = WriteLock::acquire(fd);
        assert!(w.is_ok(), "the kernel released the dead child's lock");
    }

    #[test]
    fn restart_waits_for_readers() {
        let s = seg();
        let fd = s.raw_fd();
        hold_readers(fd).unwrap();
        assert_eq!(
            in_child(|| NoReaders::try_acquire(fd).is_none() as i32),
            1,
            "a reader in the parent blocks a restart"
        );
        release_readers(fd);
        assert_eq!(in_child(|| NoReaders::try_acquire(fd).is_some() as i32), 1);
    }
}
