//! The output layer: a stack of `ob_start` buffers over a buffered sink.

use std::io::Write;

/// Bytes kept before writing to the sink when no user buffer is active.
const SINK_CHUNK: usize = 8192;

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
}

/// One `ob_start` level; `chunk` > 0 passes the contents down once they reach that size
/// (`ob_start(null, 4096)`, the `output_buffering` ini's default buffer).
struct Buffer {
    data: Vec<u8>,
    chunk: usize,
}

impl Output {
    pub fn new(sink: Box<dyn Write>) -> Output {
        Output {
            buffers: Vec::new(),
            pending: Vec::with_capacity(SINK_CHUNK),
            sink,
            started: false,
            just_started: false,
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        self.write_at(self.buffers.len(), bytes);
    }

    /// Write into buffer `level` (0: below every buffer).
    fn write_at(&mut self, level: usize, bytes: &[u8]) {
        if level == 0 {
            if !self.started && !bytes.is_empty() {
                self.started = true;
                self.just_started = true;
            }
            self.pending.extend_from_slice(bytes);
            if self.pending.len() >= SINK_CHUNK {
                self.flush();
            }
            return;
        }
        let b = &mut self.buffers[level - 1];
        b.data.extend_from_slice(bytes);
        if b.chunk > 0 && b.data.len() >= b.chunk {
            let data = std::mem::take(&mut b.data);
            self.write_at(level - 1, &data);
        }
    }

    /// Whether any byte went past the buffers (headers sent, in a web request).
    pub fn started(&self) -> bool {
        self.started
    }

    /// True once, right after the first byte went past the buffers.
    #[inline]
    pub fn take_just_started(&mut self) -> bool {
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

    pub fn start(&mut self) {
        self.start_chunked(0);
    }

    /// A buffer passed down whenever it holds `chunk` bytes (0: never).
    pub fn start_chunked(&mut self, chunk: usize) {
        self.buffers.push(Buffer {
            data: Vec::new(),
            chunk,
        });
    }

    pub fn contents(&self) -> Option<&[u8]> {
        self.buffers.last().map(|b| b.data.as_slice())
    }

    /// Remove the innermost buffer, returning its contents.
    pub fn pop(&mut self) -> Option<Vec<u8>> {
        self.buffers.pop().map(|b| b.data)
    }

    /// Pass the innermost buffer's contents down, keeping the buffer (`ob_flush`);
    /// false when there is none.
    pub fn flush_top(&mut self) -> bool {
        let level = self.buffers.len();
        if level == 0 {
            return false;
        }
        let data = std::mem::take(&mut self.buffers[level - 1].data);
        self.write_at(level - 1, &data);
        true
    }

    /// Empty the innermost buffer, returning what it held.
    pub fn take(&mut self) -> Option<Vec<u8>> {
        self.buffers.last_mut().map(|b| std::mem::take(&mut b.data))
    }

    /// Flush every buffer down to the sink (end of script).
    pub fn end_all(&mut self) {
        while let Some(b) = self.buffers.pop() {
            self.write(&b.data);
        }
        self.flush();
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
    fn nested_buffers() {
        let sink = Shared::default();
        let mut o = Output::new(Box::new(sink.clone()));
        o.write(b"a");
        o.start();
        o.write(b"b");
        o.start();
        o.write(b"c");
        assert_eq!(o.pop().unwrap(), b"c");
        assert_eq!(o.contents().unwrap(), b"b");
        o.end_all();
        assert_eq!(sink.0.borrow().as_slice(), b"ab");
    }

    #[test]
    fn chunked_buffer_passes_down_when_full() {
        let sink = Shared::default();
        let mut o = Output::new(Box::new(sink.clone()));
        o.start_chunked(4);
        o.write(b"abc");
        assert!(!o.started());
        o.write(b"d");
        assert!(o.started());
        assert_eq!(o.contents().unwrap(), b"");
        o.write(b"e");
        assert!(o.flush_top());
        assert_eq!(o.level(), 1);
        o.end_all();
        assert_eq!(sink.0.borrow().as_slice(), b"abcde");
    }
}
