//! A small FastCGI client (the web server's side), used by the tests to talk to the
//! record layer and to a running `miniphp-fpm`.

use std::io::{self, Read, Write};
use std::net::Shutdown;
use std::os::unix::net::UnixStream;

use super::params::{self, Pairs};
use super::record::{self as rec, BeginRequest, Header, ReadError};

/// One record, padded.
pub fn record(kind: u8, id: u16, content: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    rec::push_record(&mut out, kind, id, content);
    out
}

/// BEGIN_REQUEST for the responder role.
pub fn begin(id: u16, keep_conn: bool) -> Vec<u8> {
    let b = BeginRequest {
        role: rec::RESPONDER,
        flags: if keep_conn { rec::KEEP_CONN } else { 0 },
    };
    record(rec::BEGIN_REQUEST, id, &b.encode())
}

/// The PARAMS stream, closing empty record included.
pub fn params_records(id: u16, pairs: &[(&[u8], &[u8])]) -> Vec<u8> {
    let mut buf = Vec::new();
    for (n, v) in pairs {
        params::encode_pair(&mut buf, n, v);
    }
    let mut out = Vec::new();
    rec::push_stream(&mut out, rec::PARAMS, id, &buf);
    if !buf.is_empty() {
        rec::push_record(&mut out, rec::PARAMS, id, &[]);
    }
    out
}

/// What came back for one request.
#[derive(Debug, Default)]
pub struct Response {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub app_status: u32,
    pub protocol_status: u8,
    pub stdout_records: usize,
    pub max_record: usize,
}

impl Response {
    /// The CGI head and the body, split at the first blank line.
    pub fn split(&self) -> (String, &[u8]) {
        let at = self
            .stdout
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or(self.stdout.len());
        let head = String::from_utf8_lossy(&self.stdout[..at]).into_owned();
        let body = self.stdout.get(at + 4..).unwrap_or(&[]);
        (head, body)
    }
}

pub trait Stream: Read + Write {
    fn shutdown_write(&self);
}

impl Stream for UnixStream {
    fn shutdown_write(&self) {
        let _ = self.shutdown(Shutdown::Write);
    }
}

impl Stream for std::net::TcpStream {
    fn shutdown_write(&self) {
        let _ = self.shutdown(Shutdown::Write);
    }
}

pub struct Client<S> {
    stream: S,
}

fn io_err(e: ReadError) -> io::Error {
    io::Error::other(e.to_string())
}

impl<S: Stream> Client<S> {
    pub fn new(stream: S) -> Client<S> {
        Client { stream }
    }

    pub fn send_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.stream.write_all(bytes)
    }

    pub fn shutdown_write(&mut self) {
        self.stream.shutdown_write();
    }

    pub fn read_record(&mut self) -> io::Result<(Header, Vec<u8>)> {
        rec::read_record(&mut self.stream).map_err(io_err)
    }

    /// Send a whole request (body in records of at most 65535 bytes).
    pub fn request(
        &mut self,
        id: u16,
        keep_conn: bool,
        pairs: &[(&[u8], &[u8])],
        body: &[u8],
    ) -> io::Result<Response> {
        let mut raw = begin(id, keep_conn);
        raw.extend(params_records(id, pairs));
        rec::push_stream(&mut raw, rec::STDIN, id, body);
        if !body.is_empty() {
            rec::push_record(&mut raw, rec::STDIN, id, &[]);
        }
        self.stream.write_all(&raw)?;
        self.read_response(id)
    }

    /// Read records until END_REQUEST for `id`.
    pub fn read_response(&mut self, id: u16) -> io::Result<Response> {
        let mut r = Response::default();
        loop {
            let (h, content) = self.read_record()?;
            if h.request_id != id {
                continue;
            }
            match h.kind {
                rec::STDOUT => {
                    r.stdout_records += 1;
                    r.max_record = r.max_record.max(content.len());
                    r.stdout.extend(content);
                }
                rec::STDERR => r.stderr.extend(content),
                rec::END_REQUEST if content.len() == 8 => {
                    r.app_status =
                        u32::from_be_bytes([content[0], content[1], content[2], content[3]]);
                    r.protocol_status = content[4];
                    return Ok(r);
                }
                _ => return Err(io::Error::other(format!("unexpected record {h:?}"))),
            }
        }
    }

    pub fn get_values(&mut self, names: &[&[u8]]) -> io::Result<Pairs> {
        let mut buf = Vec::new();
        for n in names {
            params::encode_pair(&mut buf, n, b"");
        }
        self.stream.write_all(&record(rec::GET_VALUES, 0, &buf))?;
        let (h, content) = self.read_record()?;
        if h.kind != rec::GET_VALUES_RESULT {
            return Err(io::Error::other(format!("unexpected record {h:?}")));
        }
        params::decode(&content).map_err(|e| io::Error::other(e.0))
    }
}
