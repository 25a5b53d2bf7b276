//! The response being built: status, header lines, and whether they went out
//! (`SG(sapi_headers)` and `SG(headers_sent)` in PHP).

use super::HttpResponse;

/// The response state shared by the VM (header(), http_response_code()…) and the
/// output sink (the first body byte sends the headers).
pub struct Response {
    out: Box<dyn HttpResponse>,
    pub(crate) status: u16,
    /// Header lines as set, in order (`Name: value`).
    pub(crate) headers: Vec<Vec<u8>>,
    /// `Content-type` added at send time when the script set none (`default_mimetype`
    /// and `default_charset`); `None` when `default_mimetype` is empty.
    pub(crate) default_type: Option<Vec<u8>>,
    pub(crate) sent: bool,
    pub(crate) finished: bool,
    /// Where output started (for "headers already sent by"), set by the VM.
    pub(crate) output_start: Option<(String, u32)>,
    /// A write to the client failed: the connection is gone (`connection_status()`).
    pub(crate) aborted: bool,
}

impl Response {
    pub fn new(out: Box<dyn HttpResponse>) -> Response {
        Response {
            out,
            status: 200,
            headers: Vec::new(),
            default_type: Some(b"text/html; charset=UTF-8".to_vec()),
            sent: false,
            finished: false,
            output_start: None,
            aborted: false,
        }
    }

    /// The lines sent: a `Status:` line when not 200, the script's headers, then the
    /// default content type when none was set.
    pub(crate) fn lines(&self) -> Vec<Vec<u8>> {
        let mut lines = Vec::with_capacity(self.headers.len() + 2);
        if self.status != 200 && !self.headers.iter().any(|h| is_named(h, b"status")) {
            let mut line = format!("Status: {}", self.status).into_bytes();
            if let Some(reason) = reason_phrase(self.status) {
                line.push(b' ');
                line.extend_from_slice(reason.as_bytes());
            }
            lines.push(line);
        }
        lines.extend(self.headers.iter().cloned());
        if let Some(t) = &self.default_type {
            if !self.headers.iter().any(|h| is_named(h, b"content-type")) {
                let mut line = b"Content-type: ".to_vec();
                line.extend_from_slice(t);
                lines.push(line);
            }
        }
        lines
    }

    /// Send the headers now if they were not sent yet.
    pub(crate) fn send_headers(&mut self) {
        if self.sent || self.finished {
            return;
        }
        self.sent = true;
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

/// Whether a header line has this (lowercase) name.
pub(crate) fn is_named(line: &[u8], lc_name: &[u8]) -> bool {
    let name = line.split(|&b| b == b':').next().unwrap_or_default();
    name.trim_ascii().eq_ignore_ascii_case(lc_name)
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
