//! The output layer: a stack of `ob_start` buffers over a buffered sink, as PHP's
//! `main/output.c`. A buffer may have a user handler (`ob_start($callback)`); the
//! handler runs in `output/functions.rs`, which holds the `ob_*` built-ins, since it
//! needs the whole VM. This layer only tells when a handler is due.

pub(crate) mod functions;

use std::io::Write;

use crate::value::Value;

/// Bytes kept before writing to the sink when no user buffer is active.
const SINK_CHUNK: usize = 8192;

/// `PHP_OUTPUT_HANDLER_*`: the operations passed to a handler as its `$phase`.
pub(crate) const OP_WRITE: i64 = 0x00;
pub(crate) const OP_START: i64 = 0x01;
pub(crate) const OP_CLEAN: i64 = 0x02;
pub(crate) const OP_FLUSH: i64 = 0x04;
pub(crate) const OP_FINAL: i64 = 0x08;
/// The abilities given to `ob_start($cb, $chunk, $flags)`.
pub(crate) const CLEANABLE: i64 = 0x0010;
pub(crate) const FLUSHABLE: i64 = 0x0020;
pub(crate) const REMOVABLE: i64 = 0x0040;
pub(crate) const STDFLAGS: i64 = 0x0070;
/// The handler's state, as `ob_get_status()` shows it in `flags`.
const TYPE_USER: i64 = 0x0001;
const STARTED: i64 = 0x1000;
const DISABLED: i64 = 0x2000;
const PROCESSED: i64 = 0x4000;

/// The `PHP_OUTPUT_HANDLER_*` constants.
pub(crate) const CONSTANTS: &[(&str, i64)] = &[
    ("PHP_OUTPUT_HANDLER_START", OP_START),
    ("PHP_OUTPUT_HANDLER_WRITE", OP_WRITE),
    ("PHP_OUTPUT_HANDLER_FLUSH", OP_FLUSH),
    ("PHP_OUTPUT_HANDLER_CLEAN", OP_CLEAN),
    ("PHP_OUTPUT_HANDLER_FINAL", OP_FINAL),
    ("PHP_OUTPUT_HANDLER_CONT", OP_WRITE),
    ("PHP_OUTPUT_HANDLER_END", OP_FINAL),
    ("PHP_OUTPUT_HANDLER_CLEANABLE", CLEANABLE),
    ("PHP_OUTPUT_HANDLER_FLUSHABLE", FLUSHABLE),
    ("PHP_OUTPUT_HANDLER_REMOVABLE", REMOVABLE),
    ("PHP_OUTPUT_HANDLER_STARTED", STARTED),
    ("PHP_OUTPUT_HANDLER_DISABLED", DISABLED),
];

pub struct Output {
    /// `ob_start` buffers, innermost last.
    buffers: Vec<Buffer>,
    pending: Vec<u8>,
    sink: Box<dyn Write>,
    /// Bytes went past every buffer: in a web request the headers are then sent
    /// (`SG(headers_sent)`); the VM records where that happened.
    started: bool,
    /// `started` just became true and the VM has not asked yet.
    just_started: bool,
    /// A buffer with a user handler holds its chunk size: the VM runs the handler.
    due: bool,
    /// A handler is running: what it prints is dropped, and the buffer stack may
    /// not change (PHP: "Cannot use output buffering in output buffering display
    /// handlers").
    running: bool,
}

/// One `ob_start` level; `chunk` > 0 passes the contents down (through the handler)
/// once they reach that size (`ob_start(null, 4096)`, the `output_buffering` ini).
struct Buffer {
    data: Vec<u8>,
    chunk: usize,
    /// The user handler; `None` is PHP's "default output handler".
    handler: Option<Handler>,
    /// Abilities and state, as `ob_get_status()['flags']`.
    flags: i64,
    /// The allocation PHP's buffer would have (`buffer_size`).
    size: usize,
}

#[derive(Clone)]
pub(crate) struct Handler {
    pub(crate) callable: Value,
    pub(crate) name: Vec<u8>,
}

/// `ob_get_status()` for one level.
pub(crate) struct Status {
    pub(crate) name: Vec<u8>,
    pub(crate) user: bool,
    pub(crate) flags: i64,
    pub(crate) chunk: usize,
    pub(crate) size: usize,
    pub(crate) used: usize,
}

/// PHP_OUTPUT_HANDLER_INITBUF_SIZE: a size rounded up past the next 4 KiB boundary;
/// 16 KiB when no chunk size is set.
fn initial_size(n: usize) -> usize {
    if n > 1 {
        n + 0x1000 - n % 0x1000
    } else {
        0x4000
    }
}

const DEFAULT_NAME: &[u8] = b"default output handler";

impl Buffer {
    /// Append as PHP does, growing `size` by its rule (for `ob_get_status`).
    fn append(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let free = self.size - self.data.len().min(self.size);
        if free <= bytes.len() {
            self.size += initial_size(self.chunk).max(initial_size(bytes.len() - free));
        }
        self.data.extend_from_slice(bytes);
    }

    fn full(&self) -> bool {
        self.chunk > 0 && self.data.len() >= self.chunk
    }
}

impl Output {
    pub fn new(sink: Box<dyn Write>) -> Output {
        Output {
            buffers: Vec::new(),
            pending: Vec::with_capacity(SINK_CHUNK),
            sink,
            started: false,
            just_started: false,
            due: false,
            running: false,
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        if self.running {
            return;
        }
        self.write_at(self.buffers.len(), bytes);
    }

    /// Write into buffer `level` (0: below every buffer).
    fn write_at(&mut self, level: usize, bytes: &[u8]) {
        if level == 0 {
            if !self.started && !bytes.is_empty() {
                self.started = true;
                self.just_started = true;
            }
            if self.pending.len() + bytes.len() < SINK_CHUNK {
                self.pending.extend_from_slice(bytes);
                return;
            }
            // Enough to write: what is pending, then these bytes as they are (not
            // copied into `pending` first).
            self.flush();
            let _ = self.sink.write_all(bytes);
            return;
        }
        let b = &mut self.buffers[level - 1];
        if b.flags & DISABLED != 0 {
            return self.write_at(level - 1, bytes);
        }
        b.append(bytes);
        if !b.full() {
            return;
        }
        if b.handler.is_some() {
            // The VM runs the handler when it sees `needs_attention`.
            self.due = true;
            return;
        }
        b.flags |= STARTED | PROCESSED;
        let data = std::mem::take(&mut b.data);
        self.write_at(level - 1, &data);
    }

    /// Whether any byte went past the buffers (headers sent, in a web request).
    pub fn started(&self) -> bool {
        self.started
    }

    /// Output just started or a handler is due: the VM calls `Vm::output_event`.
    #[inline]
    pub fn needs_attention(&self) -> bool {
        self.just_started || self.due
    }

    /// True once, right after the first byte went past the buffers.
    pub(crate) fn take_just_started(&mut self) -> bool {
        std::mem::take(&mut self.just_started)
    }

    /// Write what is pending to the sink (user buffers stay).
    pub fn flush(&mut self) {
        if !self.pending.is_empty() {
            // A closed stdout is not the script's error; output is simply lost.
            let _ = self.sink.write_all(&self.pending);
            self.pending.clear();
        }
        let _ = self.sink.flush();
    }

    pub fn level(&self) -> usize {
        self.buffers.len()
    }

    /// A buffer with the default handler and PHP's standard abilities.
    pub fn start(&mut self) {
        self.start_chunked(0);
    }

    /// A default-handler buffer passed down whenever it holds `chunk` bytes (0: never).
    pub fn start_chunked(&mut self, chunk: usize) {
        self.push(None, chunk, STDFLAGS);
    }

    /// A buffer with `handler` (None: the default one) and the abilities in `flags`.
    pub(crate) fn push(&mut self, handler: Option<Handler>, chunk: usize, flags: i64) {
        let user = if handler.is_some() { TYPE_USER } else { 0 };
        self.buffers.push(Buffer {
            data: Vec::new(),
            chunk,
            handler,
            flags: (flags & STDFLAGS) | user,
            size: initial_size(chunk),
        });
    }

    pub fn contents(&self) -> Option<&[u8]> {
        self.buffers.last().map(|b| b.data.as_slice())
    }

    /// Empty buffer `idx`, returning what it held.
    fn take_at(&mut self, idx: usize) -> Vec<u8> {
        std::mem::take(&mut self.buffers[idx].data)
    }

    /// The innermost buffer's abilities include `ability`.
    pub(crate) fn top_can(&self, ability: i64) -> bool {
        self.buffers.last().is_some_and(|b| b.flags & ability != 0)
    }

    /// The innermost buffer's name, as the notices quote it.
    pub(crate) fn top_name(&self) -> Vec<u8> {
        self.buffers
            .last()
            .and_then(|b| b.handler.as_ref())
            .map_or(DEFAULT_NAME.to_vec(), |h| h.name.clone())
    }

    /// The user handler to run over `idx`'s data with `op`, marking it started (the
    /// op then includes START the first time); None when the data passes as it is.
    fn begin_op(&mut self, idx: usize, op: i64) -> Option<(Handler, i64)> {
        let b = &mut self.buffers[idx];
        if b.flags & DISABLED != 0 {
            return None;
        }
        let op = if b.flags & STARTED == 0 {
            op | OP_START
        } else {
            op
        };
        b.flags |= STARTED;
        match &b.handler {
            Some(h) => Some((h.clone(), op)),
            None => {
                b.flags |= PROCESSED;
                None
            }
        }
    }

    /// What the handler of `idx` returned: `None` (it failed: `false`) disables it.
    fn end_op(&mut self, idx: usize, ok: bool) {
        if let Some(b) = self.buffers.get_mut(idx) {
            if ok {
                b.flags |= PROCESSED;
            } else {
                b.flags |= DISABLED;
                b.size = 0;
            }
        }
    }

    /// The innermost level whose user handler holds its chunk size.
    fn next_due(&mut self) -> Option<usize> {
        let found = self
            .buffers
            .iter()
            .rposition(|b| b.handler.is_some() && b.flags & DISABLED == 0 && b.full());
        if found.is_none() {
            self.due = false;
        }
        found
    }

    /// Remove the innermost buffer, returning its contents (no handler runs).
    pub fn pop(&mut self) -> Option<Vec<u8>> {
        self.buffers.pop().map(|b| b.data)
    }

    /// `ob_get_status()` of every level, outermost first.
    pub(crate) fn status(&self) -> Vec<Status> {
        self.buffers
            .iter()
            .map(|b| Status {
                name: b
                    .handler
                    .as_ref()
                    .map_or(DEFAULT_NAME.to_vec(), |h| h.name.clone()),
                user: b.handler.is_some(),
                flags: b.flags,
                chunk: b.chunk,
                size: b.size,
                used: b.data.len(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    #[derive(Clone, Default)]
    pub struct Shared(pub Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn chunked_default_buffer_passes_down_when_full() {
        let sink = Shared::default();
        let mut o = Output::new(Box::new(sink.clone()));
        o.start_chunked(4);
        o.write(b"abc");
        assert!(!o.started());
        o.write(b"d");
        assert!(o.started());
        assert!(o.take_just_started());
        assert!(!o.needs_attention());
        assert_eq!(o.contents().unwrap(), b"");
        assert_eq!(o.status()[0].flags, STDFLAGS | STARTED | PROCESSED);
        o.pop();
        o.flush();
        assert_eq!(sink.0.borrow().as_slice(), b"abcd");
    }

    #[test]
    fn a_user_handler_is_due_at_its_chunk_size_and_output_is_dropped_while_it_runs() {
        let mut o = Output::new(Box::new(Shared::default()));
        let h = Handler {
            callable: Value::from("h"),
            name: b"h".to_vec(),
        };
        o.push(Some(h), 3, STDFLAGS);
        o.write(b"ab");
        assert!(!o.needs_attention());
        o.write(b"cd");
        assert!(o.needs_attention());
        assert_eq!(o.next_due(), Some(0));
        let (_, op) = o.begin_op(0, OP_WRITE).unwrap();
        assert_eq!(op, OP_START);
        assert_eq!(o.take_at(0), b"abcd");
        o.running = true;
        o.write(b"dropped");
        o.running = false;
        o.end_op(0, true);
        assert_eq!(o.next_due(), None);
        assert!(!o.needs_attention());
        let s = &o.status()[0];
        assert_eq!((s.flags, s.used), (0x5071, 0));
        // A failed handler is disabled: data then passes straight down.
        o.end_op(0, false);
        o.write(b"xyz");
        assert_eq!(o.contents().unwrap(), b"");
        assert_eq!(o.status()[0].size, 0);
    }

    #[test]
    fn buffer_size_grows_as_php_reports_it() {
        let mut o = Output::new(Box::new(Shared::default()));
        o.start();
        assert_eq!(o.status()[0].size, 16384);
        o.write(&[b'x'; 20000]);
        assert_eq!(o.status()[0].size, 32768);
        o.push(None, 5000, STDFLAGS);
        assert_eq!(o.status()[1].size, 8192);
    }
}
