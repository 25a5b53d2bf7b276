//! The server side of one FastCGI connection: requests one after another
//! (`FCGI_KEEP_CONN`), management records answered whenever they come, the request
//! body streamed to the script as it reads (never buffered whole), the output
//! coalesced into STDOUT records of at most 65535 bytes.
//!
//! One request at a time: a BEGIN_REQUEST for another id while a request is open
//! is answered `FCGI_CANT_MPX_CONN` (we announce `FCGI_MPXS_CONNS=0`).

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::params::{self, Pairs};
use super::record::{self as rec, BeginRequest, Header, ReadError};

/// The values announced in GET_VALUES_RESULT.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_conns: u32,
    pub max_reqs: u32,
}

/// A request whose PARAMS stream is complete; its body follows on `Conn::body`.
#[derive(Debug)]
pub struct Request {
    pub id: u16,
    pub keep_conn: bool,
    pub params: Pairs,
}

impl Request {
    pub fn param(&self, name: &[u8]) -> Option<&[u8]> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }
}

/// PARAMS larger than this close the connection (nginx sends a few KB).
const MAX_PARAMS: usize = 1 << 20;
/// Output is written to the socket once this much is pending.
const FLUSH_AT: usize = 32 * 1024;

struct State<S> {
    stream: S,
    limits: Limits,
    /// Set by a signal handler: stop waiting for the next request.
    stop: Option<&'static AtomicBool>,
    /// Encoded records not yet written.
    out: Vec<u8>,
    /// STDOUT bytes coalesced into one record being built in place: a header's room
    /// then the content (empty when there is none), so output is copied only once.
    stdout: Vec<u8>,
    /// The open request: its id, and whether END_REQUEST was sent.
    id: Option<u16>,
    ended: bool,
    stdin_left: usize,
    stdin_pad: usize,
    stdin_done: bool,
    aborted: bool,
    /// The input stream is unusable (malformed, truncated): close after this request.
    input_broken: bool,
    /// A write failed: the peer is gone, later output is dropped.
    output_broken: bool,
}

/// One connection. Cheap handles (`body`, `output`) share it with the script.
pub struct Conn<S> {
    state: Rc<RefCell<State<S>>>,
}

/// The request body (FCGI_STDIN), read from the socket as the script consumes it.
pub struct Body<S> {
    state: Rc<RefCell<State<S>>>,
}

/// The response side of the open request.
pub struct Output<S> {
    state: Rc<RefCell<State<S>>>,
}

impl<S> Clone for Output<S> {
    fn clone(&self) -> Self {
        Output {
            state: self.state.clone(),
        }
    }
}

fn protocol(msg: impl Into<String>) -> ReadError {
    ReadError::Protocol(msg.into())
}

impl<S: Read + Write> State<S> {
    fn read_content(&mut self, h: &Header) -> Result<Vec<u8>, ReadError> {
        let mut content = vec![0u8; h.content_length as usize];
        rec::read_body(&mut self.stream, &mut content)?;
        rec::skip(&mut self.stream, h.padding_length as usize)?;
        Ok(content)
    }

    fn skip_record(&mut self, h: &Header) -> Result<(), ReadError> {
        rec::skip(
            &mut self.stream,
            h.content_length as usize + h.padding_length as usize,
        )
    }

    /// A record of request id 0: GET_VALUES, or a type we do not know.
    fn management(&mut self, h: &Header) -> Result<(), ReadError> {
        let content = self.read_content(h)?;
        if h.kind != rec::GET_VALUES {
            rec::push_unknown_type(&mut self.out, h.kind);
            return self.flush_records().map_err(ReadError::Io);
        }
        let asked =
            params::decode(&content).map_err(|e| protocol(format!("GET_VALUES: {}", e.0)))?;
        let mut body = Vec::new();
        for (name, _) in asked {
            let value = match name.as_slice() {
                b"FCGI_MAX_CONNS" => self.limits.max_conns.to_string(),
                b"FCGI_MAX_REQS" => self.limits.max_reqs.to_string(),
                b"FCGI_MPXS_CONNS" => "0".to_string(),
                _ => continue,
            };
            params::encode_pair(&mut body, &name, value.as_bytes());
        }
        rec::push_record(&mut self.out, rec::GET_VALUES_RESULT, 0, &body);
        self.flush_records().map_err(ReadError::Io)
    }

    /// The first header of a request: a signal that asks us to stop ends the wait.
    fn wait_header(&mut self) -> Result<Header, ReadError> {
        let mut b = [0u8; rec::HEADER_LEN];
        loop {
            match self.stream.read(&mut b[..1]) {
                Ok(0) => return Err(ReadError::Closed),
                Ok(_) => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                    if self.stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
                        return Err(ReadError::Closed);
                    }
                }
                Err(e) => return Err(ReadError::Io(e)),
            }
        }
        rec::read_body(&mut self.stream, &mut b[1..])?;
        Header::parse(&b)
    }

    fn next_request(&mut self) -> Result<Option<Request>, ReadError> {
        self.id = None;
        self.ended = false;
        self.aborted = false;
        self.stdin_left = 0;
        self.stdin_pad = 0;
        self.stdin_done = false;
        let mut keep_conn = false;
        let mut params_buf = Vec::new();
        loop {
            let h = match self.id {
                None => self.wait_header()?,
                Some(_) => rec::read_header(&mut self.stream).map_err(|e| match e {
                    ReadError::Closed => ReadError::Truncated,
                    e => e,
                })?,
            };
            if h.request_id == 0 {
                self.management(&h)?;
                continue;
            }
            match (h.kind, self.id) {
                (rec::BEGIN_REQUEST, None) => {
                    let begin = BeginRequest::parse(&self.read_content(&h)?)?;
                    if begin.role != rec::RESPONDER {
                        rec::push_end_request(&mut self.out, h.request_id, 0, rec::UNKNOWN_ROLE);
                        self.flush_records().map_err(ReadError::Io)?;
                        if begin.flags & rec::KEEP_CONN == 0 {
                            return Ok(None);
                        }
                        continue;
                    }
                    self.id = Some(h.request_id);
                    keep_conn = begin.flags & rec::KEEP_CONN != 0;
                }
                (rec::BEGIN_REQUEST, Some(id)) if id != h.request_id => {
                    self.skip_record(&h)?;
                    rec::push_end_request(&mut self.out, h.request_id, 0, rec::CANT_MPX_CONN);
                    self.flush_records().map_err(ReadError::Io)?;
                }
                (rec::PARAMS, Some(id)) if id == h.request_id => {
                    if h.content_length == 0 {
                        rec::skip(&mut self.stream, h.padding_length as usize)?;
                        let params = params::decode(&params_buf)
                            .map_err(|e| protocol(format!("PARAMS: {}", e.0)))?;
                        return Ok(Some(Request {
                            id,
                            keep_conn,
                            params,
                        }));
                    }
                    params_buf.extend(self.read_content(&h)?);
                    if params_buf.len() > MAX_PARAMS {
                        return Err(protocol("PARAMS larger than 1 MiB"));
                    }
                }
                (rec::ABORT_REQUEST, Some(id)) if id == h.request_id => {
                    self.skip_record(&h)?;
                    rec::push_end_request(&mut self.out, id, 0, rec::REQUEST_COMPLETE);
                    self.flush_records().map_err(ReadError::Io)?;
                    if !keep_conn {
                        return Ok(None);
                    }
                    self.id = None;
                    params_buf.clear();
                }
                (kind, Some(id)) if id == h.request_id => {
                    return Err(protocol(format!(
                        "unexpected record type {kind} before the end of PARAMS"
                    )));
                }
                // Records of requests that are not open are ignored (FastCGI 1.0, 3.3).
                _ => self.skip_record(&h)?,
            }
        }
    }

    fn read_stdin(&mut self, buf: &mut [u8]) -> Result<usize, ReadError> {
        loop {
            if self.stdin_done || buf.is_empty() {
                return Ok(0);
            }
            if self.stdin_left > 0 {
                let want = self.stdin_left.min(buf.len());
                let n = loop {
                    match self.stream.read(&mut buf[..want]) {
                        Ok(0) => return Err(ReadError::Truncated),
                        Ok(n) => break n,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(ReadError::Io(e)),
                    }
                };
                self.stdin_left -= n;
                if self.stdin_left == 0 {
                    rec::skip(&mut self.stream, self.stdin_pad)?;
                }
                return Ok(n);
            }
            let h = rec::read_header(&mut self.stream).map_err(|e| match e {
                ReadError::Closed => ReadError::Truncated,
                e => e,
            })?;
            if h.request_id == 0 {
                self.management(&h)?;
                continue;
            }
            let current = self.id == Some(h.request_id);
            match h.kind {
                rec::STDIN if current => {
                    self.stdin_left = h.content_length as usize;
                    self.stdin_pad = h.padding_length as usize;
                    if self.stdin_left == 0 {
                        rec::skip(&mut self.stream, self.stdin_pad)?;
                        self.stdin_done = true;
                    }
                }
                rec::ABORT_REQUEST if current => {
                    self.skip_record(&h)?;
                    self.aborted = true;
                    self.stdin_done = true;
                }
                rec::BEGIN_REQUEST if !current => {
                    self.skip_record(&h)?;
                    rec::push_end_request(&mut self.out, h.request_id, 0, rec::CANT_MPX_CONN);
                    self.flush_records().map_err(ReadError::Io)?;
                }
                rec::DATA => self.skip_record(&h)?,
                kind if current => {
                    return Err(protocol(format!(
                        "unexpected record type {kind} in the STDIN stream"
                    )))
                }
                _ => self.skip_record(&h)?,
            }
        }
    }

    /// Append STDOUT bytes to the record being built; full records go out.
    fn push_stdout(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            if self.stdout.is_empty() {
                self.stdout.resize(rec::HEADER_LEN, 0);
            }
            let room = rec::MAX_CONTENT + rec::HEADER_LEN - self.stdout.len();
            let (now, rest) = bytes.split_at(room.min(bytes.len()));
            self.stdout.extend_from_slice(now);
            bytes = rest;
            if self.stdout.len() >= FLUSH_AT + rec::HEADER_LEN {
                self.encode_stdout();
                self.flush_records()?;
            }
        }
        Ok(())
    }

    /// Close the STDOUT record being built and queue it after the records before it
    /// (moved, not copied, when there are none).
    fn encode_stdout(&mut self) {
        if let (Some(id), true) = (self.id, self.stdout.len() > rec::HEADER_LEN) {
            rec::seal_record(&mut self.stdout, rec::STDOUT, id);
            if self.out.is_empty() {
                std::mem::swap(&mut self.out, &mut self.stdout);
            } else {
                self.out.extend_from_slice(&self.stdout);
            }
        }
        self.stdout.clear();
    }

    fn flush_records(&mut self) -> io::Result<()> {
        if self.out.is_empty() {
            return Ok(());
        }
        if self.output_broken {
            self.out.clear();
            return Ok(());
        }
        let r = self.stream.write_all(&self.out);
        self.out.clear();
        if r.is_err() {
            self.output_broken = true;
        }
        r
    }

    fn discards_output(&self) -> bool {
        self.ended || self.id.is_none() || self.output_broken
    }
}

impl<S: Read + Write> Conn<S> {
    pub fn new(stream: S, limits: Limits, stop: Option<&'static AtomicBool>) -> Conn<S> {
        Conn {
            state: Rc::new(RefCell::new(State {
                stream,
                limits,
                stop,
                out: Vec::with_capacity(FLUSH_AT + rec::MAX_CONTENT),
                stdout: Vec::with_capacity(FLUSH_AT + rec::MAX_CONTENT),
                id: None,
                ended: false,
                stdin_left: 0,
                stdin_pad: 0,
                stdin_done: false,
                aborted: false,
                input_broken: false,
                output_broken: false,
            })),
        }
    }

    /// Wait for the next request. `Ok(None)` when the peer is done with the
    /// connection; an error when its input was malformed (close it).
    pub fn next_request(&mut self) -> Result<Option<Request>, ReadError> {
        let mut st = self.state.borrow_mut();
        if st.input_broken {
            return Ok(None);
        }
        let r = st.next_request();
        if r.is_err() {
            st.input_broken = true;
        }
        match r {
            Err(ReadError::Closed) => Ok(None),
            r => r,
        }
    }

    pub fn body(&self) -> Body<S> {
        Body {
            state: self.state.clone(),
        }
    }

    pub fn output(&self) -> Output<S> {
        Output {
            state: self.state.clone(),
        }
    }

    /// Read and drop what the script left of the body, so that the next request
    /// starts at a record boundary (and the peer sees no reset).
    pub fn drain_body(&mut self) {
        let mut body = self.body();
        // Mostly only the empty STDIN record is left: a big buffer only when needed.
        let mut first = [0u8; 256];
        if matches!(body.read(&mut first), Ok(0) | Err(_)) {
            return;
        }
        let mut scratch = vec![0u8; 64 * 1024];
        while matches!(body.read(&mut scratch), Ok(n) if n > 0) {}
    }

    /// The input is still in step: another request may follow.
    pub fn reusable(&self) -> bool {
        let st = self.state.borrow();
        !st.input_broken && !st.output_broken
    }

    pub fn aborted(&self) -> bool {
        self.state.borrow().aborted
    }
}

impl<S: Read + Write> Read for Body<S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut st = self.state.borrow_mut();
        if st.input_broken || st.id.is_none() {
            return Ok(0);
        }
        st.read_stdin(buf).map_err(|e| {
            st.input_broken = true;
            st.stdin_done = true;
            io::Error::new(io::ErrorKind::UnexpectedEof, e.to_string())
        })
    }
}

impl<S: Read + Write> Output<S> {
    /// Response bytes (FCGI_STDOUT).
    pub fn stdout(&self, bytes: &[u8]) -> io::Result<()> {
        let mut st = self.state.borrow_mut();
        if st.discards_output() {
            return Ok(());
        }
        st.push_stdout(bytes)
    }

    /// A FCGI_STDERR record, after the STDOUT bytes written before it.
    pub fn stderr(&self, bytes: &[u8]) {
        let mut st = self.state.borrow_mut();
        if st.discards_output() {
            return;
        }
        st.encode_stdout();
        if let Some(id) = st.id {
            for chunk in bytes.chunks(rec::MAX_CONTENT) {
                rec::push_record(&mut st.out, rec::STDERR, id, chunk);
            }
        }
    }

    /// End the request: the rest of STDOUT, its closing record, END_REQUEST.
    /// Later output is dropped.
    pub fn end_request(&self, app_status: u32) -> io::Result<()> {
        let mut st = self.state.borrow_mut();
        let Some(id) = st.id.filter(|_| !st.ended) else {
            return Ok(());
        };
        st.encode_stdout();
        rec::push_record(&mut st.out, rec::STDOUT, id, &[]);
        rec::push_end_request(&mut st.out, id, app_status, rec::REQUEST_COMPLETE);
        st.ended = true;
        st.flush_records()
    }

    pub fn ended(&self) -> bool {
        self.state.borrow().ended
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fcgi::client::{self, Client};
    use std::os::unix::net::UnixStream;

    const LIMITS: Limits = Limits {
        max_conns: 5,
        max_reqs: 5,
    };

    /// A server thread that answers each request with its params count and the
    /// body it read, and reports how the connection ended.
    fn serve(stream: UnixStream) -> std::thread::JoinHandle<Result<usize, String>> {
        std::thread::spawn(move || {
            let mut conn = Conn::new(stream, LIMITS, None);
            let mut served = 0;
            loop {
                let req = match conn.next_request() {
                    Ok(Some(r)) => r,
                    Ok(None) => return Ok(served),
                    Err(e) => return Err(e.to_string()),
                };
                let mut body = Vec::new();
                let read = conn.body().read_to_end(&mut body);
                let out = conn.output();
                out.stderr(b"a log line");
                let head = format!(
                    "Content-type: text/plain\r\n\r\nparams={} body={} aborted={} ",
                    req.params.len(),
                    body.len(),
                    conn.aborted()
                );
                out.stdout(head.as_bytes()).map_err(|e| e.to_string())?;
                out.stdout(&body).map_err(|e| e.to_string())?;
                out.end_request(3).map_err(|e| e.to_string())?;
                out.stdout(b"after the end").map_err(|e| e.to_string())?;
                served += 1;
                if read.is_err() {
                    return Err("body".into());
                }
                conn.drain_body();
                if !req.keep_conn || !conn.reusable() {
                    return Ok(served);
                }
            }
        })
    }

    fn pair() -> (
        Client<UnixStream>,
        std::thread::JoinHandle<Result<usize, String>>,
    ) {
        let (a, b) = UnixStream::pair().unwrap();
        (Client::new(a), serve(b))
    }

    fn params() -> Vec<(&'static [u8], &'static [u8])> {
        vec![
            (b"REQUEST_METHOD", b"POST"),
            (b"SCRIPT_FILENAME", b"/x.php"),
        ]
    }

    #[test]
    fn one_request_gets_stdout_stderr_and_end() {
        let (mut c, server) = pair();
        let resp = c.request(1, false, &params(), b"hello body").unwrap();
        assert_eq!(resp.app_status, 3);
        assert_eq!(resp.protocol_status, rec::REQUEST_COMPLETE);
        assert_eq!(resp.stderr, b"a log line");
        assert_eq!(
            resp.stdout,
            b"Content-type: text/plain\r\n\r\nparams=2 body=10 aborted=false hello body"
        );
        assert_eq!(server.join().unwrap(), Ok(1));
    }

    #[test]
    fn keep_conn_serves_many_requests() {
        let (mut c, server) = pair();
        for i in 1..=5u16 {
            let body = vec![b'b'; i as usize * 1000];
            let resp = c.request(i, true, &params(), &body).unwrap();
            assert!(resp.stdout.ends_with(&body));
        }
        drop(c);
        assert_eq!(server.join().unwrap(), Ok(5));
    }

    #[test]
    fn large_body_and_output_use_many_records() {
        let (mut c, server) = pair();
        let body: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let resp = c.request(9, false, &params(), &body).unwrap();
        assert!(resp.stdout.ends_with(&body));
        assert!(resp.stdout_records >= 5, "{}", resp.stdout_records);
        assert!(resp.max_record <= rec::MAX_CONTENT);
        assert_eq!(server.join().unwrap(), Ok(1));
    }

    #[test]
    fn unread_body_is_drained_before_the_next_request() {
        let (a, b) = UnixStream::pair().unwrap();
        let server = std::thread::spawn(move || {
            let mut conn = Conn::new(b, LIMITS, None);
            let mut ids = Vec::new();
            while let Ok(Some(req)) = conn.next_request() {
                ids.push(req.id);
                conn.output().end_request(0).unwrap();
                conn.drain_body();
            }
            ids
        });
        let mut c = Client::new(a);
        c.request(1, true, &params(), &[7u8; 100_000]).unwrap();
        c.request(2, true, &params(), b"x").unwrap();
        drop(c);
        assert_eq!(server.join().unwrap(), vec![1, 2]);
    }

    #[test]
    fn get_values_answers_the_known_names() {
        let (mut c, server) = pair();
        let got = c
            .get_values(&[
                b"FCGI_MAX_CONNS",
                b"FCGI_MAX_REQS",
                b"FCGI_MPXS_CONNS",
                b"OTHER",
            ])
            .unwrap();
        assert_eq!(
            got,
            vec![
                (b"FCGI_MAX_CONNS".to_vec(), b"5".to_vec()),
                (b"FCGI_MAX_REQS".to_vec(), b"5".to_vec()),
                (b"FCGI_MPXS_CONNS".to_vec(), b"0".to_vec()),
            ]
        );
        // The connection still serves a request afterwards.
        c.request(1, false, &params(), b"").unwrap();
        assert_eq!(server.join().unwrap(), Ok(1));
    }

    #[test]
    fn unknown_management_type_is_answered() {
        let (mut c, server) = pair();
        c.send_raw(&client::record(42, 0, b"abc")).unwrap();
        let (h, content) = c.read_record().unwrap();
        assert_eq!(h.kind, rec::UNKNOWN_TYPE);
        assert_eq!(content, vec![42, 0, 0, 0, 0, 0, 0, 0]);
        drop(c);
        assert_eq!(server.join().unwrap(), Ok(0));
    }

    #[test]
    fn other_roles_get_unknown_role() {
        let (mut c, server) = pair();
        let begin = BeginRequest {
            role: rec::AUTHORIZER,
            flags: 0,
        };
        c.send_raw(&client::record(rec::BEGIN_REQUEST, 4, &begin.encode()))
            .unwrap();
        let (h, content) = c.read_record().unwrap();
        assert_eq!((h.kind, h.request_id), (rec::END_REQUEST, 4));
        assert_eq!(content[4], rec::UNKNOWN_ROLE);
        assert_eq!(server.join().unwrap(), Ok(0));
    }

    #[test]
    fn abort_while_reading_the_body() {
        let (mut c, server) = pair();
        let mut raw = client::begin(1, false);
        raw.extend(client::params_records(1, &params()));
        raw.extend(client::record(rec::STDIN, 1, b"part"));
        raw.extend(client::record(rec::ABORT_REQUEST, 1, b""));
        c.send_raw(&raw).unwrap();
        let resp = c.read_response(1).unwrap();
        assert!(resp.stdout.ends_with(b"body=4 aborted=true part"));
        assert_eq!(server.join().unwrap(), Ok(1));
    }

    #[test]
    fn abort_before_params_end_request() {
        let (mut c, server) = pair();
        let mut raw = client::begin(1, false);
        raw.extend(client::record(rec::ABORT_REQUEST, 1, b""));
        c.send_raw(&raw).unwrap();
        let (h, _) = c.read_record().unwrap();
        assert_eq!(h.kind, rec::END_REQUEST);
        assert_eq!(server.join().unwrap(), Ok(0));
    }

    #[test]
    fn second_request_id_while_one_is_open_is_refused() {
        let (mut c, server) = pair();
        let mut raw = client::begin(1, false);
        raw.extend(client::params_records(1, &params()));
        raw.extend(client::begin(2, false));
        raw.extend(client::record(rec::STDIN, 1, b""));
        c.send_raw(&raw).unwrap();
        let (h, content) = c.read_record().unwrap();
        assert_eq!(
            (h.kind, h.request_id, content[4]),
            (rec::END_REQUEST, 2, rec::CANT_MPX_CONN)
        );
        let resp = c.read_response(1).unwrap();
        assert_eq!(resp.app_status, 3);
        assert_eq!(server.join().unwrap(), Ok(1));
    }

    #[test]
    fn malformed_inputs_close_only_that_connection() {
        let cases: Vec<Vec<u8>> = vec![
            b"GET / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
            client::begin(1, false)[..5].to_vec(),
            {
                let mut r = client::begin(1, false);
                r.extend(client::record(rec::PARAMS, 1, &[0x80, 0, 0]));
                r.extend(client::record(rec::PARAMS, 1, b""));
                r
            },
            {
                let mut r = client::begin(1, false);
                r.extend(client::record(rec::STDIN, 1, b"too early"));
                r
            },
            client::record(rec::BEGIN_REQUEST, 1, b"short"),
        ];
        for raw in cases {
            let (mut c, server) = pair();
            c.send_raw(&raw).unwrap();
            c.shutdown_write();
            assert!(server.join().unwrap().is_err(), "{raw:?}");
        }
    }

    #[test]
    fn truncated_body_is_an_error_for_the_script() {
        let (mut c, server) = pair();
        let mut raw = client::begin(1, false);
        raw.extend(client::params_records(1, &params()));
        raw.extend(client::record(rec::STDIN, 1, b"0123456789")[..12].to_vec());
        c.send_raw(&raw).unwrap();
        c.shutdown_write();
        assert_eq!(server.join().unwrap(), Err("body".into()));
    }
}
