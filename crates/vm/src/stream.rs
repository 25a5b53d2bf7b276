//! Streams: files, `php://` streams, memory and temp buffers.
pub struct Stream {}
pub struct DirHandle {}
