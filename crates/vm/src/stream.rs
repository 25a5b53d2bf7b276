//! Streams (`php_stream`): plain files, `php://stdin|stdout|stderr|input|output`,
//! `php://memory` and `php://temp`, with PHP's read buffer and EOF rules: `feof()` turns
//! true only once a read found nothing more (plain files, memory and temp streams
//! read greedily, as `_php_stream_read` does).

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use crate::builtins::stream_filter::Filter;
use crate::builtins::userstream::UserStream;
use crate::sapi::body::Body;
use crate::vm::Vm;

/// How a stream was opened (`r`, `w+`, `a`…).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
}

/// Where a stream's bytes come from or go to.
pub(crate) enum Backend {
    File(File),
    /// `php://memory`, `php://temp` (kept in memory whatever its size).
    Memory {
        data: Vec<u8>,
        pos: usize,
    },
    Stdin,
    Stdout,
    Stderr,
    /// `php://output`: the script's output (the VM writes it, see `Stream::is_output`).
    Output,
    /// `php://input`: the request body (empty in the CLI); `pos` is this stream's cursor.
    Input {
        body: Option<Rc<RefCell<Body>>>,
        pos: usize,
    },
    /// A user wrapper's object (`stream_wrapper_register`).
    User(UserStream),
}

pub struct Stream {
    pub(crate) backend: Backend,
    pub mode: Mode,
    /// A read found the end (`feof()`).
    pub eof: bool,
    /// `stream_get_meta_data()`'s `uri` and `wrapper_type`/`stream_type`.
    pub uri: Vec<u8>,
    pub wrapper: &'static str,
    pub stream_type: &'static str,
    /// The mode as given to `fopen` (`stream_get_meta_data()`'s `mode`).
    pub mode_text: Vec<u8>,
    /// Read-ahead buffer (`stream->readbuf`) and the position in it.
    rbuf: Vec<u8>,
    rpos: usize,
    /// The logical position (`ftell()`); `None` after a memory stream refused a seek,
    /// as PHP's memory streams then report no position. Pipes start at -1 (PHP's
    /// failed `lseek` at open).
    pub(crate) position: Option<i64>,
    /// A `data:` stream's URL parts, shown by `stream_get_meta_data()`.
    pub data_meta: Option<DataMeta>,
    /// Something was written (php flushes such a stream when it is closed).
    written: bool,
    /// `stream_set_blocking()` (`stream_get_meta_data()`'s `blocked`).
    pub blocking: bool,
    /// A socket (`builtins::sockets`): its reads may time out or find nothing yet,
    /// which is not the end, and `feof()` asks whether the peer is still there.
    pub socket: bool,
    /// A blocking socket read gave up after `stream_set_timeout()`'s time.
    pub timed_out: bool,
    /// `stream_set_chunk_size()`.
    pub chunk_size: usize,
    /// Filters the bytes read pass through, and those written (`stream_filter_append`).
    read_filters: Vec<Filter>,
    write_filters: Vec<Filter>,
}

/// What a `data:` URL said besides its payload: `mediatype` and parameters in
/// order, and whether the payload was base64.
pub struct DataMeta {
    pub params: Vec<(Vec<u8>, Vec<u8>)>,
    pub base64: bool,
}

/// An open directory (`opendir`): the names, `.` and `..` first (or a user wrapper's).
pub struct DirHandle {
    pub entries: Vec<Vec<u8>>,
    pub pos: usize,
    /// A user wrapper's directory, which lists its names itself.
    pub user: Option<UserStream>,
}

const CHUNK: usize = 8192;

impl Stream {
    pub(crate) fn new(
        backend: Backend,
        mode: Mode,
        uri: Vec<u8>,
        wrapper: &'static str,
        stream_type: &'static str,
    ) -> Stream {
        // The standard streams are usually pipes, where PHP's lseek at open failed.
        let pipe = matches!(backend, Backend::Stdin | Backend::Stdout | Backend::Stderr);
        Stream {
            backend,
            mode,
            eof: false,
            uri,
            wrapper,
            stream_type,
            mode_text: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            position: Some(if pipe { -1 } else { 0 }),
            data_meta: None,
            written: false,
            blocking: true,
            socket: false,
            timed_out: false,
            chunk_size: CHUNK,
            read_filters: Vec::new(),
            write_filters: Vec::new(),
        }
    }

    /// A `php://memory` / `php://temp` stream holding `data`.
    pub fn memory(data: Vec<u8>, uri: &[u8], temp: bool) -> Stream {
        let (wrapper, ty) = if temp {
            ("PHP", "TEMP")
        } else {
            ("PHP", "MEMORY")
        };
        let mut s = Stream::new(
            Backend::Memory { data, pos: 0 },
            Mode {
                read: true,
                write: true,
                append: false,
            },
            uri.to_vec(),
            wrapper,
            ty,
        );
        s.mode_text = b"w+b".to_vec();
        s
    }

    pub fn is_output(&self) -> bool {
        matches!(self.backend, Backend::Output)
    }

    pub fn is_stdout(&self) -> bool {
        matches!(self.backend, Backend::Stdout)
    }

    /// A process pipe (`popen`, `proc_open`): a descriptor with no wrapper.
    pub fn is_pipe(&self) -> bool {
        matches!(self.backend, Backend::File(_)) && self.wrapper.is_empty()
    }

    pub fn seekable(&self) -> bool {
        match &self.backend {
            Backend::File(_) => !self.is_pipe(),
            Backend::Memory { .. } => true,
            Backend::User(u) => u.has(b"stream_seek"),
            _ => false,
        }
    }

    /// The descriptor of a stream that has one (`stream_select`, the socket functions).
    pub(crate) fn file(&self) -> Option<&File> {
        match &self.backend {
            Backend::File(f) => Some(f),
            _ => None,
        }
    }

    /// Bytes read ahead and not yet consumed (a select counts such a stream readable;
    /// `stream_get_meta_data()`'s `unread_bytes`).
    pub fn buffered(&self) -> usize {
        self.rbuf.len().saturating_sub(self.rpos)
    }

    /// The user wrapper's stream, for the functions that call its own methods.
    pub fn user(&self) -> Option<&UserStream> {
        match &self.backend {
            Backend::User(u) => Some(u),
            _ => None,
        }
    }

    /// One read from the backend into `buf`; 0 at the end.
    fn raw_read(&mut self, vm: &mut Vm, buf: &mut [u8]) -> std::io::Result<usize> {
        match &mut self.backend {
            Backend::User(u) => {
                // The wrapper says whether it hit the end (its stream_eof).
                let (got, eof) = u.read(vm, buf.len()).map_err(|()| user_failed())?;
                buf[..got.len()].copy_from_slice(&got);
                self.eof |= eof;
                Ok(got.len())
            }
            Backend::File(f) => f.read(buf),
            Backend::Memory { data, pos } => {
                // After a truncation the position may lie past the end.
                let start = (*pos).min(data.len());
                let n = buf.len().min(data.len() - start);
                buf[..n].copy_from_slice(&data[start..start + n]);
                *pos = start + n;
                Ok(n)
            }
            Backend::Stdin => std::io::stdin().read(buf),
            Backend::Input { body, pos } => {
                let Some(body) = body else { return Ok(0) };
                let n = body.borrow_mut().read_at(*pos, buf);
                *pos += n;
                Ok(n)
            }
            Backend::Stdout | Backend::Stderr | Backend::Output => Err(bad_fd()),
        }
    }

    /// Refill the read buffer; false at the end (and `eof` set).
    fn fill(&mut self, vm: &mut Vm) -> std::io::Result<bool> {
        if self.rpos < self.rbuf.len() {
            return Ok(true);
        }
        let chunk = if matches!(self.backend, Backend::User(_)) {
            self.chunk_size.max(1)
        } else {
            CHUNK
        };
        loop {
            // Filtered streams stop at the end: their filters were flushed then.
            if self.eof && !self.read_filters.is_empty() {
                return Ok(false);
            }
            self.rbuf.resize(chunk, 0);
            self.rpos = 0;
            let mut buf = std::mem::take(&mut self.rbuf);
            let r = self.raw_read(vm, &mut buf);
            let n = *r.as_ref().unwrap_or(&0);
            buf.truncate(n);
            self.rbuf = buf;
            if let Err(e) = &r {
                // A socket with nothing yet: no data, but not the end either.
                if self.socket && e.kind() == std::io::ErrorKind::WouldBlock {
                    self.timed_out = self.blocking;
                    return Ok(false);
                }
            }
            r?;
            self.timed_out = false;
            // php://temp reads its inner memory stream greedily, which then hits the end.
            let drained = self.stream_type == "TEMP"
                && matches!(&self.backend, Backend::Memory { data, pos } if *pos >= data.len());
            if self.read_filters.is_empty() {
                if (n == 0 && !matches!(self.backend, Backend::User(_))) || drained {
                    self.eof = true;
                }
                return Ok(n > 0);
            }
            // Filtered: what comes out may be nothing yet; at the end the filters
            // give what they hold.
            // php's memory streams see their end on the read that reaches it.
            let memory_end =
                matches!(&self.backend, Backend::Memory { data, pos } if *pos >= data.len());
            let closing = n == 0 || drained || memory_end || self.eof;
            let raw = std::mem::take(&mut self.rbuf);
            self.rbuf = run_chain(&mut self.read_filters, vm, raw, closing).unwrap_or_default();
            if closing {
                self.eof = true;
            }
            if !self.rbuf.is_empty() {
                return Ok(true);
            }
            if closing {
                return Ok(false);
            }
        }
    }

    /// Put a filter on the read or write chain, at its end or start. A read filter
    /// also filters what was already read ahead (php's append does).
    pub(crate) fn add_filter(&mut self, vm: &mut Vm, mut filter: Filter, read: bool, append: bool) {
        if read && self.rpos < self.rbuf.len() {
            let ahead = self.rbuf.split_off(self.rpos);
            self.rbuf = filter.run(vm, ahead, false).unwrap_or_default();
            self.rpos = 0;
        }
        let chain = if read {
            &mut self.read_filters
        } else {
            &mut self.write_filters
        };
        if append {
            chain.push(filter);
        } else {
            chain.insert(0, filter);
        }
    }

    /// Take a filter off (`stream_filter_remove`): what it and the filters after it
    /// still hold goes on (written, or into the read buffer), then it is told.
    pub(crate) fn remove_filter(&mut self, vm: &mut Vm, id: i64) {
        if let Some(i) = self.read_filters.iter().position(|f| f.id == id) {
            let rest = run_chain(&mut self.read_filters[i..], vm, Vec::new(), true);
            self.rbuf.extend(rest.unwrap_or_default());
            self.read_filters.remove(i).close(vm);
        } else if let Some(i) = self.write_filters.iter().position(|f| f.id == id) {
            let rest = run_chain(&mut self.write_filters[i..], vm, Vec::new(), true);
            let _ = self.write_unfiltered(vm, &rest.unwrap_or_default());
            self.write_filters.remove(i).close(vm);
        }
    }

    /// `feof`: the end was hit and nothing read ahead is left.
    pub fn at_eof(&self) -> bool {
        self.eof && self.rpos >= self.rbuf.len()
    }

    /// `feof` as php's `_php_stream_eof`: with nothing read ahead, a user stream is
    /// asked (its stream_eof, the liveness check).
    pub fn check_eof(&mut self, vm: &mut Vm) -> bool {
        if self.rpos >= self.rbuf.len() && !self.eof {
            match &self.backend {
                Backend::User(u) => self.eof = u.eof(vm),
                Backend::File(f) if self.socket => {
                    self.eof = crate::builtins::sockets::peer_gone(f);
                }
                _ => {}
            }
        }
        self.at_eof()
    }

    /// Whether reads of this stream are refused (opened write-only).
    pub fn check_readable(&self) -> std::io::Result<()> {
        if self.mode.read || matches!(self.backend, Backend::User(_)) {
            Ok(())
        } else {
            Err(bad_fd())
        }
    }

    /// `fread`: up to `n` bytes; greedy for files and memory, one chunk for pipes.
    pub fn read(&mut self, vm: &mut Vm, n: usize) -> std::io::Result<Vec<u8>> {
        self.check_readable()?;
        // With a chunk size of 1 php reads a user stream unbuffered, the size asked.
        let direct = self.chunk_size == 1 && self.read_filters.is_empty();
        if direct && self.rpos >= self.rbuf.len() && matches!(self.backend, Backend::User(_)) {
            let mut buf = vec![0; n.min(1 << 20)];
            let got = self.raw_read(vm, &mut buf)?;
            buf.truncate(got);
            self.advance(got);
            return Ok(buf);
        }
        let greedy = self.seekable() && !matches!(self.backend, Backend::User(_));
        let mut out = Vec::with_capacity(n.min(1 << 20));
        while out.len() < n {
            if !self.fill(vm)? {
                break;
            }
            let take = (n - out.len()).min(self.rbuf.len() - self.rpos);
            out.extend_from_slice(&self.rbuf[self.rpos..self.rpos + take]);
            self.rpos += take;
            if !greedy {
                break;
            }
        }
        self.advance(out.len());
        Ok(out)
    }

    fn advance(&mut self, n: usize) {
        if let Some(p) = &mut self.position {
            *p += n as i64;
        }
    }

    /// Everything to the end (`stream_get_contents`).
    pub fn read_all(&mut self, vm: &mut Vm) -> std::io::Result<Vec<u8>> {
        self.check_readable()?;
        if let Backend::User(u) = &self.backend {
            // php sizes its buffer from the stream's stat first.
            u.stat(vm);
        }
        let mut out = Vec::new();
        while self.fill(vm)? {
            out.extend_from_slice(&self.rbuf[self.rpos..]);
            self.rpos = self.rbuf.len();
        }
        self.advance(out.len());
        Ok(out)
    }

    /// `fgets`: a line with its `\n`, at most `max` bytes; `None` at the end.
    pub fn read_line(
        &mut self,
        vm: &mut Vm,
        max: Option<usize>,
    ) -> std::io::Result<Option<Vec<u8>>> {
        self.check_readable()?;
        let mut out = Vec::new();
        loop {
            if max.is_some_and(|m| out.len() >= m) {
                break;
            }
            if !self.fill(vm)? {
                break;
            }
            let avail = &self.rbuf[self.rpos..];
            let room = max.map_or(avail.len(), |m| (m - out.len()).min(avail.len()));
            match avail[..room].iter().position(|&b| b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&avail[..=i]);
                    self.rpos += i + 1;
                    break;
                }
                None => {
                    out.extend_from_slice(&avail[..room]);
                    self.rpos += room;
                }
            }
        }
        self.advance(out.len());
        Ok((!out.is_empty()).then_some(out))
    }

    /// Drop read-ahead and put the backend at the logical position (before a write or
    /// a seek), as `_php_stream_write` does for seekable streams.
    fn sync_position(&mut self, vm: &mut Vm) -> std::io::Result<()> {
        if let (true, Some(pos)) = (self.rpos < self.rbuf.len(), self.position) {
            self.rbuf.clear();
            self.rpos = 0;
            match &mut self.backend {
                Backend::File(f) => {
                    f.seek(SeekFrom::Start(pos.max(0) as u64))?;
                }
                Backend::Memory { pos: p, .. } => *p = pos.max(0) as usize,
                Backend::User(u) => {
                    if let Ok(p) = u.seek(vm, pos, 0) {
                        self.position = Some(p);
                    }
                }
                _ => {}
            }
        } else {
            self.rbuf.clear();
            self.rpos = 0;
        }
        Ok(())
    }

    /// `fwrite` (not for `php://output`, which the VM handles).
    pub fn write(&mut self, vm: &mut Vm, bytes: &[u8]) -> std::io::Result<usize> {
        if self.write_filters.is_empty() {
            return self.write_unfiltered(vm, bytes);
        }
        let out = run_chain(&mut self.write_filters, vm, bytes.to_vec(), false)
            .map_err(|()| user_failed())?;
        self.write_unfiltered(vm, &out)?;
        Ok(bytes.len())
    }

    fn write_unfiltered(&mut self, vm: &mut Vm, bytes: &[u8]) -> std::io::Result<usize> {
        if bytes.is_empty() {
            return Ok(0);
        }
        // A user stream decides for itself what its mode allows.
        if !self.mode.write && !matches!(self.backend, Backend::User(_)) {
            return Err(bad_fd());
        }
        self.sync_position(vm)?;
        self.written = true;
        let socket = self.socket;
        let n = match &mut self.backend {
            Backend::User(u) => {
                // php hands a user stream at most a chunk at a time.
                let step = self.chunk_size.max(1);
                let mut done = 0;
                for chunk in bytes.chunks(step) {
                    match u.write(vm, chunk) {
                        Ok(n) => done += n,
                        Err(()) if done == 0 => return Err(user_failed()),
                        Err(()) => break,
                    }
                    if done % step != 0 {
                        break;
                    }
                }
                done
            }
            // A non-blocking socket takes what fits: the count, 0 when nothing did.
            Backend::File(f) if socket => {
                let mut done = 0;
                while done < bytes.len() {
                    match f.write(&bytes[done..]) {
                        Ok(0) => break,
                        Ok(n) => done += n,
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                        Err(e) if done == 0 => return Err(e),
                        Err(_) => break,
                    }
                }
                done
            }
            Backend::File(f) => {
                f.write_all(bytes)?;
                bytes.len()
            }
            Backend::Memory { data, pos } => {
                if self.mode.append {
                    *pos = data.len();
                }
                let end = *pos + bytes.len();
                if data.len() < end {
                    data.resize(end, 0);
                }
                data[*pos..end].copy_from_slice(bytes);
                *pos = end;
                // php counts ftell() apart from the memory stream's own cursor, so
                // after a truncate below it the two differ.
                self.position = Some(self.position.map_or(end as i64, |p| p + bytes.len() as i64));
                return Ok(bytes.len());
            }
            Backend::Stdout => {
                let mut out = std::io::stdout();
                out.write_all(bytes)?;
                out.flush()?;
                bytes.len()
            }
            Backend::Stderr => {
                std::io::stderr().write_all(bytes)?;
                bytes.len()
            }
            Backend::Stdin | Backend::Input { .. } | Backend::Output => return Err(bad_fd()),
        };
        self.advance(n);
        Ok(n)
    }

    pub fn flush(&mut self, vm: &mut Vm) -> std::io::Result<()> {
        self.written = false;
        match &mut self.backend {
            Backend::User(u) => {
                if u.flush(vm) {
                    Ok(())
                } else {
                    Err(user_failed())
                }
            }
            Backend::File(f) => f.flush(),
            Backend::Stdout => std::io::stdout().flush(),
            _ => Ok(()),
        }
    }

    pub fn tell(&self) -> Option<i64> {
        self.position
    }

    /// `fseek`: false when the target is before the start (or, for memory streams,
    /// past the end, which also leaves them without a position). The caller
    /// refuses streams that cannot seek.
    pub fn seek(&mut self, vm: &mut Vm, offset: i64, whence: i64) -> bool {
        if let Backend::User(u) = &self.backend {
            // Within what is read ahead php only moves in its buffer.
            let ahead = (self.rbuf.len() - self.rpos) as i64;
            let pos = self.position.unwrap_or(0);
            let step = match whence {
                1 if offset > 0 && offset <= ahead => Some(offset),
                0 if offset > pos && offset <= pos + ahead => Some(offset - pos),
                _ => None,
            };
            if let Some(step) = step {
                self.rpos += step as usize;
                self.position = Some(pos + step);
                self.eof = false;
                return true;
            }
            let (offset, whence) = if whence == 1 {
                (pos + offset, 0)
            } else {
                (offset, whence)
            };
            let r = u.seek(vm, offset, whence);
            self.rbuf.clear();
            self.rpos = 0;
            return match r {
                Ok(p) => {
                    self.position = Some(p);
                    self.eof = false;
                    true
                }
                Err(_) => false,
            };
        }
        let size = self.size();
        let base = match whence {
            0 => Some(0),
            1 => self.position,
            2 => Some(size.map_or(0, |s| s as i64)),
            _ => return false,
        };
        let memory = matches!(self.backend, Backend::Memory { .. });
        let target = base
            .and_then(|b| b.checked_add(offset))
            .filter(|t| *t >= 0 && !(memory && size.is_some_and(|s| *t as u64 > s)));
        let Some(target) = target else {
            if memory {
                self.position = None;
            }
            return false;
        };
        self.rbuf.clear();
        self.rpos = 0;
        match &mut self.backend {
            Backend::File(f) => {
                if f.seek(SeekFrom::Start(target as u64)).is_err() {
                    return false;
                }
            }
            Backend::Memory { pos, .. } => *pos = target as usize,
            _ => return false,
        }
        self.position = Some(target);
        self.eof = false;
        true
    }

    /// The size, for seekable streams.
    pub fn size(&self) -> Option<u64> {
        match &self.backend {
            Backend::File(f) => f.metadata().ok().map(|m| m.len()),
            Backend::Memory { data, .. } => Some(data.len() as u64),
            _ => None,
        }
    }

    /// `ftruncate`; the position and the read-ahead stay (PHP then serves reads from
    /// its buffer as it was).
    pub fn truncate(&mut self, vm: &mut Vm, size: u64) -> std::io::Result<()> {
        if !self.mode.write && !matches!(self.backend, Backend::User(_)) {
            return Err(bad_fd());
        }
        match &mut self.backend {
            Backend::User(u) => match u.truncate(vm, size) {
                Some(true) => Ok(()),
                _ => Err(user_failed()),
            },
            Backend::File(f) => f.set_len(size),
            Backend::Memory { data, pos } => {
                // Refuse sizes no script could fill rather than abort on allocation.
                if size > 1 << 31 {
                    return Err(std::io::Error::from(std::io::ErrorKind::OutOfMemory));
                }
                data.resize(size as usize, 0);
                // The next write goes at the new end (php clamps its cursor), while
                // ftell() still tells the old position.
                *pos = (*pos).min(data.len());
                Ok(())
            }
            _ => Err(std::io::Error::from(std::io::ErrorKind::Unsupported)),
        }
    }

    /// Whether `flock` works on the stream: those over a descriptor (files, pipes,
    /// the standard streams), not memory or data streams.
    pub fn supports_lock(&self) -> bool {
        matches!(
            self.backend,
            Backend::File(_) | Backend::Stdin | Backend::Stdout | Backend::Stderr
        )
    }

    /// Closing: a user stream is flushed if written to, then told (`stream_close`).
    pub fn close(&mut self, vm: &mut Vm) {
        if !self.write_filters.is_empty() {
            let rest = run_chain(&mut self.write_filters, vm, Vec::new(), true);
            let _ = self.write_unfiltered(vm, &rest.unwrap_or_default());
        }
        for f in self
            .read_filters
            .drain(..)
            .chain(self.write_filters.drain(..))
        {
            f.close(vm);
        }
        match &self.backend {
            Backend::User(u) => {
                if self.written {
                    u.flush(vm);
                }
                u.close(vm);
            }
            _ => {
                let _ = self.flush(vm);
            }
        }
    }

    pub fn metadata(&self) -> Option<std::fs::Metadata> {
        match &self.backend {
            Backend::File(f) => f.metadata().ok(),
            _ => None,
        }
    }
}

/// Pass bytes through filters in order.
fn run_chain(
    filters: &mut [Filter],
    vm: &mut Vm,
    mut data: Vec<u8>,
    closing: bool,
) -> Result<Vec<u8>, ()> {
    for f in filters {
        data = f.run(vm, data, closing)?;
    }
    Ok(data)
}

/// A user wrapper's method failed (it warned itself if it had to).
#[derive(Debug)]
struct UserFailed;

impl std::fmt::Display for UserFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("user stream operation failed")
    }
}

impl std::error::Error for UserFailed {}

fn user_failed() -> std::io::Error {
    std::io::Error::other(UserFailed)
}

/// Whether an error is a user wrapper's failure, which php reports no further.
pub fn is_user_failure(e: &std::io::Error) -> bool {
    e.get_ref().is_some_and(|e| e.is::<UserFailed>())
}

fn bad_fd() -> std::io::Error {
    std::io::Error::from_raw_os_error(9)
}

/// Parse an `fopen` mode: `r`, `w+`, `ab`, `x`, `c+`… (`b`, `t`, `e` ignored).
pub fn parse_mode(mode: &[u8]) -> Option<(Mode, std::fs::OpenOptions)> {
    let first = *mode.first()?;
    let plus = mode[1..].contains(&b'+');
    let mut o = std::fs::OpenOptions::new();
    let m = match first {
        b'r' => {
            o.read(true).write(plus);
            Mode {
                read: true,
                write: plus,
                append: false,
            }
        }
        b'w' => {
            o.write(true).read(plus).create(true).truncate(true);
            Mode {
                read: plus,
                write: true,
                append: false,
            }
        }
        b'a' => {
            o.append(true).read(plus).create(true);
            Mode {
                read: plus,
                write: true,
                append: true,
            }
        }
        b'x' => {
            o.write(true).read(plus).create_new(true);
            Mode {
                read: plus,
                write: true,
                append: false,
            }
        }
        b'c' => {
            o.write(true).read(plus).create(true);
            Mode {
                read: plus,
                write: true,
                append: false,
            }
        }
        _ => return None,
    };
    Some((m, o))
}

/// Open a plain file as PHP's plain-files wrapper does.
pub fn open_file(path: &std::path::Path, mode: &[u8], uri: &[u8]) -> std::io::Result<Stream> {
    let (m, opts) = parse_mode(mode).ok_or_else(|| std::io::Error::from_raw_os_error(22))?;
    let f = opts.open(path)?;
    let mut s = Stream::new(Backend::File(f), m, uri.to_vec(), "plainfile", "STDIO");
    s.mode_text = mode.to_vec();
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        crate::builtins::testkit::Kit::new().vm
    }

    #[test]
    fn memory_reads_like_php() {
        let mut vm = vm();
        let mut s = Stream::memory(b"ab\ncd".to_vec(), b"php://memory", false);
        assert_eq!(
            s.read_line(&mut vm, None).unwrap().as_deref(),
            Some(&b"ab\n"[..])
        );
        assert!(!s.eof);
        assert_eq!(s.read(&mut vm, 2).unwrap(), b"cd");
        assert!(!s.eof, "an exact read does not hit the end");
        assert_eq!(s.read(&mut vm, 1).unwrap(), b"");
        assert!(s.eof);
        assert!(s.seek(&mut vm, 1, 0));
        assert!(!s.eof);
        assert_eq!(s.read(&mut vm, 10).unwrap(), b"b\ncd");
        assert!(s.eof);
        assert!(!s.seek(&mut vm, 10, 0));
        assert!(!s.seek(&mut vm, -1, 0));
    }

    #[test]
    fn memory_writes_and_truncate() {
        let mut vm = vm();
        let mut s = Stream::memory(Vec::new(), b"php://memory", false);
        s.write(&mut vm, b"hello").unwrap();
        assert_eq!(s.tell(), Some(5));
        assert!(s.seek(&mut vm, 1, 0));
        s.write(&mut vm, b"EL").unwrap();
        assert!(s.seek(&mut vm, 0, 0));
        assert_eq!(s.read_all(&mut vm).unwrap(), b"hELlo");
        s.truncate(&mut vm, 2).unwrap();
        assert_eq!(s.size(), Some(2));
        assert_eq!(s.tell(), Some(5));
        // php 8.2: fwrite after ftruncate($f, 2) of "hELlo" gives "hEab", ftell 7.
        s.write(&mut vm, b"ab").unwrap();
        assert_eq!(s.tell(), Some(7));
        assert!(s.seek(&mut vm, 0, 0));
        assert_eq!(s.read_all(&mut vm).unwrap(), b"hEab");
        assert!(!s.seek(&mut vm, 9, 0));
        assert_eq!(s.tell(), None);
        assert!(!s.seek(&mut vm, 1, 1));
        assert!(s.seek(&mut vm, 0, 0));
        // Reading past a truncated end gives nothing, and huge sizes are refused.
        assert!(s.seek(&mut vm, 2, 0));
        s.truncate(&mut vm, 1).unwrap();
        assert_eq!(s.read(&mut vm, 5).unwrap(), b"");
        assert!(s.truncate(&mut vm, u64::MAX).is_err());
    }

    #[test]
    fn line_limit_and_modes() {
        let mut vm = vm();
        let mut s = Stream::memory(b"abcdef\n".to_vec(), b"php://memory", false);
        assert_eq!(
            s.read_line(&mut vm, Some(3)).unwrap().as_deref(),
            Some(&b"abc"[..])
        );
        assert_eq!(
            s.read_line(&mut vm, None).unwrap().as_deref(),
            Some(&b"def\n"[..])
        );
        assert_eq!(s.read_line(&mut vm, None).unwrap(), None);
        assert!(parse_mode(b"q").is_none());
        let (m, _) = parse_mode(b"a+b").unwrap();
        assert!(m.read && m.write && m.append);
        let (m, _) = parse_mode(b"rb").unwrap();
        assert!(m.read && !m.write);
    }
}
