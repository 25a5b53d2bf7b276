//! A worker-pool building block: fork N worker processes that share whatever was
//! mapped before (the opcache segment), run a job in each, collect what they wrote
//! and how they ended. Fork only from a single-threaded process: a child keeps just
//! the forking thread, and locks held by the others would stay held forever.

use std::fs::File;
use std::io::{Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

use nix::sys::signal::{kill, Signal};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::{fork, pipe, ForkResult, Pid};

#[derive(Debug)]
pub enum PoolError {
    /// The process has other threads: forking it is unsafe.
    Threads(usize),
    Os(nix::Error),
    Io(std::io::Error),
}

impl std::fmt::Display for PoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PoolError::Threads(n) => {
                write!(f, "cannot fork workers from a process with {n} threads")
            }
            PoolError::Os(e) => write!(f, "fork: {e}"),
            PoolError::Io(e) => write!(f, "worker pipe: {e}"),
        }
    }
}

impl std::error::Error for PoolError {}

/// A running worker: its pid and the read end of its output pipe.
pub struct Worker {
    pub pid: Pid,
    out: File,
}

/// A worker that ended.
#[derive(Debug)]
pub struct Finished {
    pub pid: Pid,
    pub status: WaitStatus,
    /// Everything the job wrote.
    pub output: Vec<u8>,
}

impl Finished {
    /// Exited with code 0.
    pub fn succeeded(&self) -> bool {
        matches!(self.status, WaitStatus::Exited(_, 0))
    }
}

/// Exit code of a worker whose job panicked.
pub const PANICKED: i32 = 101;

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").map_or(1, |d| d.count())
}

/// Fork one worker running `job(out)`, whose return value is the exit code.
pub fn spawn(job: impl FnOnce(&mut File) -> i32) -> Result<Worker, PoolError> {
    let n = threads();
    if n > 1 {
        return Err(PoolError::Threads(n));
    }
    let (read, write) = pipe().map_err(PoolError::Os)?;
    // SAFETY: the process is single-threaded (checked above), so the child starts
    // with consistent memory and locks; it leaves through _exit, never returning
    // into the caller's code.
    match unsafe { fork() }.map_err(PoolError::Os)? {
        ForkResult::Child => {
            drop(read);
            let mut out = File::from(write);
            let code = catch_unwind(AssertUnwindSafe(|| job(&mut out))).unwrap_or(PANICKED);
            let _ = out.flush();
            // SAFETY: ends the child at once, without the parent's atexit handlers or
            // buffered state being run twice.
            unsafe { nix::libc::_exit(code) }
        }
        ForkResult::Parent { child } => Ok(Worker {
            pid: child,
            out: File::from(read),
        }),
    }
}

impl Worker {
    /// Read exactly `buf.len()` bytes of the worker's output (a handshake).
    pub fn read_exact(&mut self, buf: &mut [u8]) -> Result<(), PoolError> {
        self.out.read_exact(buf).map_err(PoolError::Io)
    }

    pub fn signal(&self, sig: Signal) -> Result<(), PoolError> {
        kill(self.pid, sig).map_err(PoolError::Os)
    }

    /// Read the rest of its output and reap it.
    pub fn finish(mut self) -> Result<Finished, PoolError> {
        let mut output = Vec::new();
        self.out.read_to_end(&mut output).map_err(PoolError::Io)?;
        let status = loop {
            match waitpid(self.pid, None) {
                Err(nix::Error::EINTR) => continue,
                other => break other.map_err(PoolError::Os)?,
            }
        };
        Ok(Finished {
            pid: self.pid,
            status,
            output,
        })
    }
}

/// Fork `n` workers running `job(index, out)` together, and wait for all of them.
pub fn run(n: usize, job: impl Fn(usize, &mut File) -> i32) -> Result<Vec<Finished>, PoolError> {
    let workers = (0..n)
        .map(|i| spawn(|out| job(i, out)))
        .collect::<Result<Vec<_>, _>>()?;
    // Sequential reads cannot deadlock: a worker blocked on a full pipe waits for
    // its turn, the ones before it finish without it.
    workers.into_iter().map(Worker::finish).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_fork_with_threads() {
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let other = std::thread::spawn(move || rx.recv());
        assert!(matches!(spawn(|_| 0), Err(PoolError::Threads(n)) if n >= 2));
        drop(tx);
        let _ = other.join();
    }
}
