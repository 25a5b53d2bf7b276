//! The response being built: status, header lines, and whether they went out
//! (`SG(sapi_headers)` and `SG(headers_sent)` in PHP).

use super::HttpResponse;

/// The response state shared by the VM (header(), http_response_code()…) and the
/// output sink (the first body byte sends the headers).
pub struct Response {
    out: Box<dyn HttpResponse>,
    pub(crate) status: u16,
    /// A `header("HTTP/1.1 404 Gone")` line: its text after the first space is sent
    /// as the `Status:` line.
    pub(crate) status_line: Option<Vec<u8>>,
    /// Header lines as set, in order (`Name: value`).
    pub(crate) headers: Vec<Vec<u8>>,
    /// `Content-type` added when the headers go out, unless the script set one
    /// (`default_mimetype` and `default_charset`; `None` when the mimetype is empty).
    pub(crate) default_type: Option<Vec<u8>>,
    pub(crate) sent: bool,
    pub(crate) finished: bool,
    /// A write to the client failed: the connection is gone (`connection_status()`).
    pub(crate) aborted: bool,
}

impl Response {
    pub fn new(out: Box<dyn HttpResponse>) -> Response {
        Response {
            out,
            status: 200,
            status_line: None,
            headers: Vec::new(),
            default_type: Some(b"text/html; charset=UTF-8".to_vec()),
            sent: false,
            finished: false,
            aborted: false,
        }
    }

    /// The lines sent (php-fpm's `sapi_cgi_send_headers`): a `Status:` line when the
    /// status is not 200 and the script set none, then the headers.
    pub(crate) fn lines(&self) -> Vec<Vec<u8>> {
        let mut lines = Vec::with_capacity(self.headers.len() + 1);
        if self.status != 200 {
            let from_line = self
                .status_line
                .as_ref()
                .and_then(|l| l.iter().position(|&b| b == b' ').map(|i| &l[i..]));
            if let Some(rest) = from_line {
                let mut line = b"Status:".to_vec();
                line.extend_from_slice(rest);
                lines.push(line);
            } else if !self.headers.iter().any(|h| is_named(h, b"status")) {
                let mut line = format!("Status: {}", self.status).into_bytes();
                if let Some(reason) = reason_phrase(self.status) {
                    line.push(b' ');
                    line.extend_from_slice(reason.as_bytes());
                }
                lines.push(line);
            }
        }
        lines.extend(self.headers.iter().cloned());
        lines
    }

    /// Add a header line, first removing those of the same name when `replace`.
    pub(crate) fn add(&mut self, line: Vec<u8>, replace: bool) {
        if replace {
            let name = header_name(&line).to_vec();
            self.remove(&name);
        }
        self.headers.push(line);
    }

    /// Remove every header of this name (case-insensitive).
    pub(crate) fn remove(&mut self, name: &[u8]) {
        self.headers.retain(|h| !is_named(h, name));
    }

    /// Send the headers now if they were not sent yet.
    pub(crate) fn send_headers(&mut self) {
        if self.sent || self.finished {
            return;
        }
        self.sent = true;
        if let Some(t) = self.default_type.take() {
            let mut line = b"Content-type: ".to_vec();
            line.extend_from_slice(&t);
            self.headers.push(line);
        }
        let lines = self.lines();
        if self.out.headers(self.status, &lines).is_err() {
            self.aborted = true;
        }
    }

    pub(crate) fn send_body(&mut self, bytes: &[u8]) {
        if self.finished || bytes.is_empty() {
            return;
        }
        self.send_headers();
        if self.out.body(bytes).is_err() {
            self.aborted = true;
        }
    }

    pub(crate) fn log(&mut self, line: &[u8]) {
        self.out.log(line);
    }

    pub(crate) fn trace(&mut self, frames: &[super::TraceFrame]) {
        self.out.trace(frames);
    }

    /// End the response (headers first if none went out); later calls do nothing.
    pub(crate) fn finish(&mut self) {
        if self.finished {
            return;
        }
        self.send_headers();
        self.finished = true;
        if self.out.finish().is_err() {
            self.aborted = true;
        }
    }
}

/// The name part of a header line (before the colon).
pub(crate) fn header_name(line: &[u8]) -> &[u8] {
    line.split(|&b| b == b':')
        .next()
        .unwrap_or_default()
        .trim_ascii()
}

/// Whether a header line has this name (case-insensitive).
pub(crate) fn is_named(line: &[u8], name: &[u8]) -> bool {
    header_name(line).eq_ignore_ascii_case(name)
}

/// The reason phrases php-fpm sends in its `Status:` line (`main/http_status_codes.h`).
pub(crate) fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        305 => "Use Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Request Entity Too Large",
        414 => "Request-URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Requested Range Not Satisfiable",
        417 => "Expectation Failed",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        511 => "Network Authentication Required",
        _ => return None,
    })
}
