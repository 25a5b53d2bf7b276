//! FastCGI 1.0 records: the 8-byte header, the fixed bodies (BEGIN_REQUEST,
//! END_REQUEST, UNKNOWN_TYPE) and the encoding of streams (STDOUT, STDERR) into
//! records of at most 65535 content bytes, padded to a multiple of 8.

use std::io::{self, Read};

pub const VERSION_1: u8 = 1;
pub const HEADER_LEN: usize = 8;
/// The largest content of one record (the length field is 16 bits).
pub const MAX_CONTENT: usize = 0xffff;

pub const BEGIN_REQUEST: u8 = 1;
pub const ABORT_REQUEST: u8 = 2;
pub const END_REQUEST: u8 = 3;
pub const PARAMS: u8 = 4;
pub const STDIN: u8 = 5;
pub const STDOUT: u8 = 6;
pub const STDERR: u8 = 7;
pub const DATA: u8 = 8;
pub const GET_VALUES: u8 = 9;
pub const GET_VALUES_RESULT: u8 = 10;
pub const UNKNOWN_TYPE: u8 = 11;

pub const RESPONDER: u16 = 1;
pub const AUTHORIZER: u16 = 2;
pub const FILTER: u16 = 3;

/// BEGIN_REQUEST flag: keep the connection open after this request.
pub const KEEP_CONN: u8 = 1;

pub const REQUEST_COMPLETE: u8 = 0;
pub const CANT_MPX_CONN: u8 = 1;
pub const OVERLOADED: u8 = 2;
pub const UNKNOWN_ROLE: u8 = 3;

/// A record header as read from the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    pub kind: u8,
    pub request_id: u16,
    pub content_length: u16,
    pub padding_length: u8,
}

/// Why reading records stopped.
#[derive(Debug)]
pub enum ReadError {
    /// The peer closed the connection between two records.
    Closed,
    /// The peer closed the connection inside a record.
    Truncated,
    /// Not a FastCGI 1.0 record (e.g. an HTTP request sent to the FastCGI port).
    BadVersion(u8),
    /// A record that is well formed but makes no sense here.
    Protocol(String),
    Io(io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Closed => write!(f, "connection closed"),
            ReadError::Truncated => write!(f, "connection closed inside a record"),
            ReadError::BadVersion(v) => write!(f, "unsupported FastCGI version {v}"),
            ReadError::Protocol(msg) => write!(f, "{msg}"),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl Header {
    pub fn parse(b: &[u8; HEADER_LEN]) -> Result<Header, ReadError> {
        if b[0] != VERSION_1 {
            return Err(ReadError::BadVersion(b[0]));
        }
        Ok(Header {
            kind: b[1],
            request_id: u16::from_be_bytes([b[2], b[3]]),
            content_length: u16::from_be_bytes([b[4], b[5]]),
            padding_length: b[6],
        })
    }
}

/// Fill `buf` completely. `Ok(false)` when the stream ended before the first byte;
/// a stream ending later is `Truncated`.
pub fn read_full(r: &mut impl Read, buf: &mut [u8]) -> Result<bool, ReadError> {
    let mut done = 0;
    while done < buf.len() {
        match r.read(&mut buf[done..]) {
            Ok(0) if done == 0 => return Ok(false),
            Ok(0) => return Err(ReadError::Truncated),
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ReadError::Io(e)),
        }
    }
    Ok(true)
}

/// Read one record header; `Closed` at a clean end of stream.
pub fn read_header(r: &mut impl Read) -> Result<Header, ReadError> {
    let mut b = [0u8; HEADER_LEN];
    if !read_full(r, &mut b)? {
        return Err(ReadError::Closed);
    }
    Header::parse(&b)
}

/// Read a whole record: its header and its content (the padding is skipped).
pub fn read_record(r: &mut impl Read) -> Result<(Header, Vec<u8>), ReadError> {
    let h = read_header(r)?;
    let mut content = vec![0u8; h.content_length as usize];
    read_body(r, &mut content)?;
    skip(r, h.padding_length as usize)?;
    Ok((h, content))
}

/// Read bytes that must be there (inside a record).
pub fn read_body(r: &mut impl Read, buf: &mut [u8]) -> Result<(), ReadError> {
    if buf.is_empty() || read_full(r, buf)? {
        Ok(())
    } else {
        Err(ReadError::Truncated)
    }
}

/// Discard `n` bytes inside a record (padding, an ignored record's content).
pub fn skip(r: &mut impl Read, mut n: usize) -> Result<(), ReadError> {
    let mut scratch = [0u8; 256];
    while n > 0 {
        let k = n.min(scratch.len());
        read_body(r, &mut scratch[..k])?;
        n -= k;
    }
    Ok(())
}

/// Padding that brings `len` to a multiple of 8, as php-fpm and nginx use.
fn padding_for(len: usize) -> usize {
    (8 - len % 8) % 8
}

/// Append one record (`content` at most 65535 bytes) to `out`.
pub fn push_record(out: &mut Vec<u8>, kind: u8, request_id: u16, content: &[u8]) {
    debug_assert!(content.len() <= MAX_CONTENT);
    let pad = padding_for(content.len());
    let len = content.len() as u16;
    out.extend_from_slice(&[VERSION_1, kind]);
    out.extend_from_slice(&request_id.to_be_bytes());
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&[pad as u8, 0]);
    out.extend_from_slice(content);
    out.extend_from_slice(&[0u8; 8][..pad]);
}

/// Make `buf` (a header's room, then at most 65535 content bytes) one record, in
/// place: the header written into its room, the padding appended.
pub fn seal_record(buf: &mut Vec<u8>, kind: u8, request_id: u16) {
    let len = buf.len() - HEADER_LEN;
    debug_assert!(len <= MAX_CONTENT);
    let pad = padding_for(len);
    let [hi, lo] = (len as u16).to_be_bytes();
    let [id_hi, id_lo] = request_id.to_be_bytes();
    buf[..HEADER_LEN].copy_from_slice(&[VERSION_1, kind, id_hi, id_lo, hi, lo, pad as u8, 0]);
    buf.extend_from_slice(&[0u8; 8][..pad]);
}

/// Append `data` as records of one stream, split at 65535 bytes. An empty `data`
/// appends the empty record that ends a stream.
pub fn push_stream(out: &mut Vec<u8>, kind: u8, request_id: u16, data: &[u8]) {
    if data.is_empty() {
        push_record(out, kind, request_id, &[]);
    }
    for chunk in data.chunks(MAX_CONTENT) {
        push_record(out, kind, request_id, chunk);
    }
}

/// The body of a BEGIN_REQUEST record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeginRequest {
    pub role: u16,
    pub flags: u8,
}

impl BeginRequest {
    pub fn parse(content: &[u8]) -> Result<BeginRequest, ReadError> {
        match content {
            [r0, r1, flags, _, _, _, _, _] => Ok(BeginRequest {
                role: u16::from_be_bytes([*r0, *r1]),
                flags: *flags,
            }),
            _ => Err(ReadError::Protocol(format!(
                "BEGIN_REQUEST body of {} bytes, expected 8",
                content.len()
            ))),
        }
    }

    pub fn encode(&self) -> [u8; 8] {
        let r = self.role.to_be_bytes();
        [r[0], r[1], self.flags, 0, 0, 0, 0, 0]
    }
}

/// Append an END_REQUEST record.
pub fn push_end_request(out: &mut Vec<u8>, request_id: u16, app_status: u32, protocol_status: u8) {
    let s = app_status.to_be_bytes();
    let body = [s[0], s[1], s[2], s[3], protocol_status, 0, 0, 0];
    push_record(out, END_REQUEST, request_id, &body);
}

/// Append an UNKNOWN_TYPE record answering a management record of type `kind`.
pub fn push_unknown_type(out: &mut Vec<u8>, kind: u8) {
    push_record(out, UNKNOWN_TYPE, 0, &[kind, 0, 0, 0, 0, 0, 0, 0]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trip_and_padding() {
        let mut out = Vec::new();
        push_record(&mut out, STDOUT, 7, b"Hello");
        assert_eq!(out.len(), 8 + 5 + 3);
        assert_eq!(&out[..8], &[1, 6, 0, 7, 0, 5, 3, 0]);
        let (h, content) = read_record(&mut out.as_slice()).unwrap();
        assert_eq!(
            h,
            Header {
                kind: STDOUT,
                request_id: 7,
                content_length: 5,
                padding_length: 3
            }
        );
        assert_eq!(content, b"Hello");
    }

    #[test]
    fn aligned_content_has_no_padding() {
        let mut out = Vec::new();
        push_record(&mut out, STDERR, 1, b"12345678");
        assert_eq!(out.len(), 16);
        assert_eq!(out[6], 0);
    }

    #[test]
    fn streams_split_at_65535_bytes() {
        let data = vec![b'x'; MAX_CONTENT * 2 + 10];
        let mut out = Vec::new();
        push_stream(&mut out, STDOUT, 1, &data);
        let mut r = out.as_slice();
        let mut lens = Vec::new();
        while !r.is_empty() {
            let (h, c) = read_record(&mut r).unwrap();
            assert_eq!(h.content_length as usize, c.len());
            lens.push(c.len());
        }
        assert_eq!(lens, vec![MAX_CONTENT, MAX_CONTENT, 10]);
    }

    #[test]
    fn empty_stream_is_one_empty_record() {
        let mut out = Vec::new();
        push_stream(&mut out, STDOUT, 3, b"");
        assert_eq!(out, vec![1, 6, 0, 3, 0, 0, 0, 0]);
    }

    #[test]
    fn end_request_body() {
        let mut out = Vec::new();
        push_end_request(&mut out, 1, 255, REQUEST_COMPLETE);
        assert_eq!(&out[8..], &[0, 0, 0, 255, 0, 0, 0, 0]);
    }

    #[test]
    fn begin_request_parses_role_and_flags() {
        let b = BeginRequest {
            role: RESPONDER,
            flags: KEEP_CONN,
        };
        assert_eq!(BeginRequest::parse(&b.encode()).unwrap(), b);
        assert!(matches!(
            BeginRequest::parse(&[0, 1, 0]),
            Err(ReadError::Protocol(_))
        ));
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        assert!(matches!(
            read_record(&mut &b"GET / HTTP/1.1\r\n"[..]),
            Err(ReadError::BadVersion(b'G'))
        ));
        assert!(matches!(
            read_record(&mut &[1u8, 6, 0][..]),
            Err(ReadError::Truncated)
        ));
        assert!(matches!(
            read_record(&mut &[1u8, 6, 0, 1, 0, 9, 0, 0, b'a'][..]),
            Err(ReadError::Truncated)
        ));
        assert!(matches!(read_record(&mut &[][..]), Err(ReadError::Closed)));
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        // A small deterministic fuzz: every prefix of pseudo-random streams.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let len = (seed % 64) as usize;
            let mut bytes = Vec::with_capacity(len);
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                bytes.push(if seed.is_multiple_of(3) {
                    1
                } else {
                    seed as u8
                });
            }
            let mut r = bytes.as_slice();
            while read_record(&mut r).is_ok() {}
        }
    }

    #[test]
    fn a_record_sealed_in_place_is_the_pushed_one() {
        let mut pushed = Vec::new();
        push_record(&mut pushed, STDOUT, 7, b"hello");
        let mut sealed = vec![0u8; HEADER_LEN];
        sealed.extend_from_slice(b"hello");
        seal_record(&mut sealed, STDOUT, 7);
        assert_eq!(sealed, pushed);
    }
}
