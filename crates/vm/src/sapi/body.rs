//! The request body (`php://input`, form data): read from the server as it is needed
//! and kept so that `php://input` can be read again. Up to [`SPOOL_AT`] bytes stay in
//! memory; past that the body goes to an unlinked temp file, as PHP keeps it in a
//! `php://temp` stream, so a big upload does not live in the worker's heap.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::ops::Deref;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

/// Bodies past this size are spooled to disk (PHP's `php://temp` memory limit).
pub(crate) const SPOOL_AT: usize = 2 << 20;

pub(crate) struct Body {
    reader: Box<dyn Read>,
    /// What was read, while it is small.
    data: Vec<u8>,
    /// What was read, once it passed the threshold.
    spool: Option<File>,
    /// Bytes read so far (in `data` or `spool`).
    len: usize,
    done: bool,
    /// Where a spool file goes (`upload_tmp_dir`, else the system's temp dir).
    dir: PathBuf,
    spool_at: usize,
}

/// The whole body at once: in memory, or the spool file mapped.
pub(crate) enum Whole {
    Memory(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl Deref for Whole {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Whole::Memory(v) => v,
            Whole::Mapped(m) => m,
        }
    }
}

impl Body {
    pub(crate) fn new(reader: Box<dyn Read>, dir: PathBuf) -> Body {
        Body::with_threshold(reader, dir, SPOOL_AT)
    }

    fn with_threshold(reader: Box<dyn Read>, dir: PathBuf, spool_at: usize) -> Body {
        Body {
            reader,
            data: Vec::new(),
            spool: None,
            len: 0,
            done: false,
            dir,
            spool_at,
        }
    }

    /// Read until `upto` bytes are kept (or the body ends).
    fn fill(&mut self, upto: usize) {
        let mut chunk = vec![0u8; 64 * 1024];
        while !self.done && self.len < upto {
            let n = match self.reader.read(&mut chunk) {
                Ok(0) | Err(_) => {
                    self.done = true;
                    break;
                }
                Ok(n) => n,
            };
            if self.spool.is_none() && self.len + n > self.spool_at {
                self.spool = spool_file(&self.dir)
                    .and_then(|mut f| f.write_all(&self.data).map(|_| f))
                    .ok();
                if self.spool.is_some() {
                    self.data = Vec::new();
                }
            }
            let kept = match &mut self.spool {
                Some(f) => f.write_all(&chunk[..n]).is_ok(),
                None => {
                    self.data.extend_from_slice(&chunk[..n]);
                    true
                }
            };
            if !kept {
                // The disk is full: the body ends here for the script.
                self.done = true;
                self.discard();
                break;
            }
            self.len += n;
        }
    }

    /// Bytes of the body from `pos` into `buf` (`php://input`); 0 at the end.
    pub(crate) fn read_at(&mut self, pos: usize, buf: &mut [u8]) -> usize {
        self.fill(pos.saturating_add(buf.len()));
        self.kept_at(pos, buf)
    }

    /// Bytes already read from `pos` into `buf`, reading no more.
    fn kept_at(&self, pos: usize, buf: &mut [u8]) -> usize {
        let n = buf.len().min(self.len.saturating_sub(pos));
        if n == 0 {
            return 0;
        }
        match &self.spool {
            Some(f) => f.read_at(&mut buf[..n], pos as u64).unwrap_or(0),
            None => {
                buf[..n].copy_from_slice(&self.data[pos..pos + n]);
                n
            }
        }
    }

    /// Everything, read to the end (form data); the body keeps it for `php://input`.
    pub(crate) fn whole(&mut self) -> Whole {
        self.fill(usize::MAX);
        if let Some(f) = &self.spool {
            // SAFETY: the spool is this request's unlinked temp file, written only
            // through `self.spool`, which takes no more writes once the body is read
            // to its end (`fill` above); nothing else can open it.
            if let Ok(m) = unsafe { memmap2::Mmap::map(f) } {
                return Whole::Mapped(m);
            }
            let mut all = Vec::with_capacity(self.len);
            let mut f = f;
            let read = f
                .seek(SeekFrom::Start(0))
                .and_then(|_| f.read_to_end(&mut all));
            return Whole::Memory(if read.is_ok() { all } else { Vec::new() });
        }
        Whole::Memory(self.data.clone())
    }

    /// Hand the body, from its start, to `on` in pieces as it arrives, keeping none of
    /// it: multipart data goes where it belongs while the body streams in, and
    /// `php://input` is then empty, as in PHP.
    pub(crate) fn stream(&mut self, mut on: impl FnMut(&[u8])) {
        let mut chunk = vec![0u8; 64 * 1024];
        let mut pos = 0;
        while pos < self.len {
            let n = self.kept_at(pos, &mut chunk);
            if n == 0 {
                break;
            }
            on(&chunk[..n]);
            pos += n;
        }
        self.data = Vec::new();
        self.spool = None;
        self.len = 0;
        while !self.done {
            match self.reader.read(&mut chunk) {
                Ok(0) | Err(_) => self.done = true,
                Ok(n) => on(&chunk[..n]),
            }
        }
    }

    /// Read and drop the rest of the body (a refused POST): `php://input` is empty.
    pub(crate) fn discard(&mut self) {
        let mut chunk = vec![0u8; 64 * 1024];
        while !self.done {
            match self.reader.read(&mut chunk) {
                Ok(0) | Err(_) => self.done = true,
                Ok(_) => {}
            }
        }
    }

    #[cfg(test)]
    fn spooled(&self) -> bool {
        self.spool.is_some()
    }
}

/// An unlinked temp file in `dir`: gone when closed, whatever happens.
fn spool_file(dir: &Path) -> std::io::Result<File> {
    let path = super::request::new_temp_file(dir)?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .append(true)
        .open(&path);
    let _ = std::fs::remove_file(&path);
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(bytes: &[u8], spool_at: usize) -> Body {
        Body::with_threshold(
            Box::new(std::io::Cursor::new(bytes.to_vec())),
            std::env::temp_dir(),
            spool_at,
        )
    }

    #[test]
    fn a_small_body_stays_in_memory_and_reads_again() {
        let mut b = body(b"hello world", 100);
        let mut buf = [0u8; 5];
        assert_eq!(b.read_at(6, &mut buf), 5);
        assert_eq!(&buf, b"world");
        assert_eq!(b.read_at(0, &mut buf), 5);
        assert_eq!(&buf, b"hello");
        assert_eq!(b.read_at(11, &mut buf), 0);
        assert!(!b.spooled());
        assert_eq!(&*b.whole(), b"hello world");
    }

    #[test]
    fn a_big_body_is_spooled_to_an_unlinked_file() {
        let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let mut b = body(&data, 1000);
        let mut buf = vec![0u8; 10];
        assert_eq!(b.read_at(250_000, &mut buf), 10);
        assert_eq!(buf, data[250_000..250_010]);
        assert!(b.spooled());
        assert!(matches!(b.whole(), Whole::Mapped(_)));
        assert_eq!(&*b.whole(), &data[..]);
        assert_eq!(b.read_at(10, &mut buf), 10);
        assert_eq!(buf, data[10..20]);
        b.stream(|_| {});
        assert_eq!(b.read_at(0, &mut buf), 0);
        assert!(!b.spooled());
    }

    #[test]
    fn a_streamed_body_gives_what_was_kept_then_the_rest() {
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 241) as u8).collect();
        for kept in [0, 10, 150_000] {
            let mut b = body(&data, 1000);
            let mut buf = vec![0u8; 1];
            if kept > 0 {
                b.read_at(kept - 1, &mut buf);
            }
            let mut seen = Vec::new();
            b.stream(|c| seen.extend_from_slice(c));
            assert!(seen == data, "kept {kept}");
            assert_eq!(b.read_at(0, &mut buf), 0);
            assert!(!b.spooled());
        }
    }
}
