//! The VM's `HttpResponse` over a FastCGI connection: the CGI response head and
//! body on FCGI_STDOUT, error-log lines on FCGI_STDERR as php-fpm sends them
//! (`PHP message: ` before each, consecutive ones joined by `; ` in one record),
//! END_REQUEST on `finish`.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::rc::Rc;

use std::fs::File;

use miniphp_vm::{HttpResponse, TraceFrame};

use crate::log::slowlog_entry;

use crate::fcgi::conn::Output;

/// What was sent, for the access log and the scoreboard.
#[derive(Clone, Debug, Default)]
pub struct Sent {
    pub status: u16,
    pub headers: Vec<String>,
}

/// Where a request's trace goes (`slowlog`), and what its entry names.
pub struct Slowlog {
    pub file: File,
    pub pool: String,
    pub script: String,
}

impl Slowlog {
    /// Append the entry; a write error is not the script's business.
    pub fn write(&self, frames: &[TraceFrame]) {
        let entry = slowlog_entry(&self.pool, std::process::id(), &self.script, frames);
        let _ = (&self.file).write_all(entry.as_bytes());
    }
}

pub struct FcgiResponse<S> {
    out: Output<S>,
    slowlog: Option<Rc<Slowlog>>,
    sent: Rc<RefCell<Sent>>,
    /// Log messages not yet sent (they go out before the next output).
    pending_log: Vec<u8>,
    /// Also write each message to the worker's stderr (`NOTICE: PHP message: …`),
    /// which the master logs when `catch_workers_output` is on.
    echo_to_stderr: bool,
}

/// The CGI head: the header lines and a blank line.
pub fn cgi_head(lines: &[Vec<u8>]) -> Vec<u8> {
    let mut head = Vec::new();
    for l in lines {
        head.extend_from_slice(l);
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    head
}

impl<S: Read + Write> FcgiResponse<S> {
    pub fn new(out: Output<S>, sent: Rc<RefCell<Sent>>, echo_to_stderr: bool) -> Self {
        FcgiResponse {
            out,
            slowlog: None,
            sent,
            pending_log: Vec::new(),
            echo_to_stderr,
        }
    }

    /// The slowlog entry for this request's trace, when the pool has a slowlog.
    pub fn with_slowlog(mut self, slowlog: Option<Rc<Slowlog>>) -> Self {
        self.slowlog = slowlog;
        self
    }

    fn flush_log(&mut self) {
        if !self.pending_log.is_empty() {
            self.out.stderr(&self.pending_log);
            self.pending_log.clear();
        }
    }
}

impl<S: Read + Write> HttpResponse for FcgiResponse<S> {
    fn headers(&mut self, status: u16, headers: &[Vec<u8>]) -> io::Result<()> {
        self.flush_log();
        {
            let mut sent = self.sent.borrow_mut();
            sent.status = status;
            sent.headers = headers
                .iter()
                .map(|h| String::from_utf8_lossy(h).into_owned())
                .collect();
        }
        self.out.stdout(&cgi_head(headers))
    }

    fn body(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.flush_log();
        self.out.stdout(bytes)
    }

    fn log(&mut self, line: &[u8]) {
        if self.echo_to_stderr {
            let mut l = b"NOTICE: PHP message: ".to_vec();
            l.extend_from_slice(line);
            l.push(b'\n');
            let _ = io::stderr().write_all(&l);
        }
        if !self.pending_log.is_empty() {
            self.pending_log.extend_from_slice(b"; ");
        }
        self.pending_log.extend_from_slice(b"PHP message: ");
        self.pending_log.extend_from_slice(line);
    }

    fn finish(&mut self) -> io::Result<()> {
        self.flush_log();
        // php-fpm's END_REQUEST always carries application status 0.
        self.out.end_request(0)
    }

    fn trace(&mut self, frames: &[TraceFrame]) {
        if let Some(s) = &self.slowlog {
            s.write(frames);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fcgi::client::Client;
    use crate::fcgi::conn::{Conn, Limits};
    use std::os::unix::net::UnixStream;

    #[test]
    fn head_body_logs_and_end_as_php_fpm_sends_them() {
        let (a, b) = UnixStream::pair().unwrap();
        let server = std::thread::spawn(move || {
            let limits = Limits {
                max_conns: 1,
                max_reqs: 1,
            };
            let mut conn = Conn::new(b, limits, None);
            let _req = conn.next_request().unwrap().unwrap();
            let sent = Rc::new(RefCell::new(Sent::default()));
            let mut r = FcgiResponse::new(conn.output(), sent.clone(), false);
            r.log(b"PHP Warning:  Undefined variable $x in /a.php on line 1");
            r.log(b"custom log");
            r.headers(
                404,
                &[
                    b"Status: 404 Not Found".to_vec(),
                    b"Content-type: text/html; charset=UTF-8".to_vec(),
                ],
            )
            .unwrap();
            r.body(b"nf").unwrap();
            r.finish().unwrap();
            r.body(b"dropped").unwrap();
            let s = sent.borrow().clone();
            s
        });
        let mut c = Client::new(a);
        let resp = c.request(1, false, &[(b"A", b"b")], b"").unwrap();
        assert_eq!(
            resp.stderr,
            b"PHP message: PHP Warning:  Undefined variable $x in /a.php on line 1; PHP message: custom log"
        );
        assert_eq!(
            resp.stdout,
            b"Status: 404 Not Found\r\nContent-type: text/html; charset=UTF-8\r\n\r\nnf"
        );
        assert_eq!(resp.app_status, 0);
        let sent = server.join().unwrap();
        assert_eq!(sent.status, 404);
        assert_eq!(sent.headers.len(), 2);
    }
}
