//! The output layer: a stack of `ob_start` buffers over a buffered sink.

use std::io::Write;

/// Bytes kept before writing to the sink when no user buffer is active.
const SINK_CHUNK: usize = 8192;

pub struct Output {
    /// `ob_start` buffers, innermost last.
    buffers: Vec<Vec<u8>>,
    pending: Vec<u8>,
    sink: Box<dyn Write>,
}

impl Output {
    pub fn new(sink: Box<dyn Write>) -> Output {
        Output {
            buffers: Vec::new(),
            pending: Vec::with_capacity(SINK_CHUNK),
            sink,
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        match self.buffers.last_mut() {
            Some(b) => b.extend_from_slice(bytes),
            None => {
                self.pending.extend_from_slice(bytes);
                if self.pending.len() >= SINK_CHUNK {
                    self.flush();
                }
            }
        }
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
        self.buffers.push(Vec::new());
    }

    pub fn contents(&self) -> Option<&[u8]> {
        self.buffers.last().map(Vec::as_slice)
    }

    /// Remove the innermost buffer, returning its contents.
    pub fn pop(&mut self) -> Option<Vec<u8>> {
        self.buffers.pop()
    }

    /// Empty the innermost buffer, returning what it held.
    pub fn take(&mut self) -> Option<Vec<u8>> {
        self.buffers.last_mut().map(std::mem::take)
    }

    /// Flush every buffer down to the sink (end of script).
    pub fn end_all(&mut self) {
        while let Some(b) = self.buffers.pop() {
            self.write(&b);
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
}
