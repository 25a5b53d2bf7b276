//! The request side: superglobals from the params and the body, `php://input`,
//! uploaded files, and the start and end of a request.

use std::cell::RefCell;
use std::io::Read;
use std::path::PathBuf;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::Vm;

use super::{HttpRequest, RequestOutcome};

/// Debian's `/etc/php/8.2/fpm/php.ini` where it differs from the CLI defaults the VM
/// starts from (the CLI SAPI forces `output_buffering=0`; php-fpm does not).
pub(crate) const FPM_INI: &[(&str, &str)] = &[
    ("output_buffering", "4096"),
    ("expose_php", "Off"),
    ("memory_limit", "128M"),
    ("max_execution_time", "30"),
    ("variables_order", "GPCS"),
    ("request_order", "GP"),
    ("post_max_size", "8M"),
    ("upload_max_filesize", "2M"),
    ("max_file_uploads", "20"),
    ("max_input_vars", "1000"),
    ("default_mimetype", "text/html"),
];

/// The request body, read on demand and kept so `php://input` can be read again.
pub(crate) struct Body {
    reader: Box<dyn Read>,
    pub(crate) data: Vec<u8>,
    done: bool,
}

impl Body {
    /// Make `data` hold at least `upto` bytes (or everything); false once at the end.
    pub(crate) fn fill(&mut self, upto: usize) {
        let mut chunk = [0u8; 16384];
        while !self.done && self.data.len() < upto {
            match self.reader.read(&mut chunk) {
                Ok(0) | Err(_) => self.done = true,
                Ok(n) => self.data.extend_from_slice(&chunk[..n]),
            }
        }
    }
}

/// What the SAPI keeps of the request for the script's lifetime.
pub(crate) struct RequestData {
    pub(crate) params: Vec<(Vec<u8>, Vec<u8>)>,
    pub(crate) body: Rc<RefCell<Body>>,
    /// Temp files of this request's uploads (deleted at the end unless moved).
    pub(crate) uploads: Vec<PathBuf>,
}

impl RequestData {
    pub(crate) fn new(req: HttpRequest) -> RequestData {
        RequestData {
            params: req.params,
            body: Rc::new(RefCell::new(Body {
                reader: req.body,
                data: Vec::new(),
                done: false,
            })),
            uploads: Vec::new(),
        }
    }

    pub(crate) fn param(&self, name: &[u8]) -> Option<&[u8]> {
        self.params
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_slice())
    }
}

impl Vm {
    /// Request startup: the superglobals.
    pub(crate) fn start_request(&mut self) {
        let Some(http) = &self.http else { return };
        let mut server = PhpArray::new();
        for (k, v) in &http.request.params {
            server.insert(ArrayKey::from_bytes(k), Value::from(v.as_slice()));
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        server.insert(
            ArrayKey::from_bytes(b"REQUEST_TIME_FLOAT"),
            Value::Double(now.as_secs_f64()),
        );
        server.insert(
            ArrayKey::from_bytes(b"REQUEST_TIME"),
            Value::Long(now.as_secs() as i64),
        );
        self.set_global("_SERVER", Value::from(server));
        for name in ["_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST", "_ENV"] {
            self.set_global(name, Value::empty_array());
        }
    }

    /// Request shutdown: finish the response, delete unmoved uploads.
    pub(crate) fn end_request(&mut self, exit_status: i32) -> RequestOutcome {
        let Some(http) = &mut self.http else {
            return RequestOutcome {
                exit_status,
                http_status: 200,
                fatal: false,
            };
        };
        let mut response = http.response.borrow_mut();
        response.finish();
        for path in http.request.uploads.drain(..) {
            let _ = std::fs::remove_file(path);
        }
        RequestOutcome {
            exit_status,
            http_status: response.status,
            fatal: exit_status == 255,
        }
    }
}
