//! The request side: superglobals from the params and the body, `php://input`,
//! uploaded files, and the start and end of a request.

use std::cell::RefCell;
use std::io::Read;
use std::path::PathBuf;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::Vm;

use super::body::Body;
use super::multipart;
use super::query::{self, Source};
use super::{HttpRequest, RequestOutcome};

/// PHP's built-in defaults of the settings a web request reads (php-fpm with `-n`).
pub(crate) const WEB_DEFAULTS: &[(&str, &str)] = &[
    ("output_buffering", "0"),
    ("expose_php", "1"),
    ("memory_limit", "128M"),
    ("max_execution_time", "30"),
    ("variables_order", "EGPCS"),
    ("request_order", ""),
    ("post_max_size", "8M"),
    ("upload_max_filesize", "2M"),
    ("max_file_uploads", "20"),
    ("max_input_vars", "1000"),
    ("file_uploads", "1"),
    ("upload_tmp_dir", ""),
    ("default_mimetype", "text/html"),
    ("register_argc_argv", "1"),
    ("html_errors", "1"),
];

/// Debian's `/etc/php/8.2/fpm/php.ini` where it differs from those.
pub(crate) const FPM_INI: &[(&str, &str)] = &[
    ("output_buffering", "4096"),
    ("expose_php", "Off"),
    ("variables_order", "GPCS"),
    ("request_order", "GP"),
    ("register_argc_argv", "Off"),
];

/// The `PHP_VALUE` and `PHP_ADMIN_VALUE` params (`key=value` lines), which php-fpm
/// applies as ini settings for the request (here for that request only; php-fpm's
/// workers keep them for later requests too).
pub(crate) fn param_ini(params: &[(Vec<u8>, Vec<u8>)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (k, v) in params {
        if k != b"PHP_VALUE" && k != b"PHP_ADMIN_VALUE" {
            continue;
        }
        for line in String::from_utf8_lossy(v).split('\n') {
            if let Some((key, value)) = line.split_once('=') {
                let value = value.trim();
                let value = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .unwrap_or(value);
                out.push((key.trim().to_string(), value.to_string()));
            }
        }
    }
    out
}

/// What the SAPI keeps of the request for the script's lifetime.
pub(crate) struct RequestData {
    pub(crate) params: Vec<(Vec<u8>, Vec<u8>)>,
    pub(crate) body: Rc<RefCell<Body>>,
    /// Temp files of this request's uploads (deleted at the end unless moved).
    pub(crate) uploads: Vec<PathBuf>,
}

impl RequestData {
    /// `spool_dir`: where a big body goes (`upload_tmp_dir`).
    pub(crate) fn new(req: HttpRequest, spool_dir: PathBuf) -> RequestData {
        RequestData {
            params: req.params,
            body: Rc::new(RefCell::new(Body::new(req.body, spool_dir))),
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
    fn ini_size(&self, name: &str) -> u64 {
        self.ini_get(name)
            .and_then(crate::vm::parse_memory_limit)
            .unwrap_or(0)
    }

    /// Request startup (`php_request_startup` + `php_hash_environment`): the default
    /// output buffer, `X-Powered-By`, then the superglobals from the params and body.
    pub(crate) fn start_request(&mut self) {
        let Some(web) = self.sapi.web.take() else {
            return;
        };
        {
            let mut r = web.response.borrow_mut();
            r.default_type = default_content_type(
                self.ini_get("default_mimetype").unwrap_or("text/html"),
                self.ini_get("default_charset").unwrap_or_default(),
            );
            if self.ini_bool("expose_php") {
                r.headers.push(
                    format!("X-Powered-By: PHP/{}", crate::constants::PHP_VERSION).into_bytes(),
                );
            }
        }
        let buffering = match self.ini_get("output_buffering").unwrap_or("0").trim() {
            v if v.eq_ignore_ascii_case("on") => Some(0),
            v => match v.parse::<usize>() {
                Ok(0) | Err(_) => None,
                Ok(1) => Some(0),
                Ok(n) => Some(n),
            },
        };
        if let Some(chunk) = buffering {
            self.out.start_chunked(chunk);
        }
        let req = &web.request;
        let max_vars = self
            .ini_get("max_input_vars")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(1000usize);
        let order = self
            .ini_get("variables_order")
            .unwrap_or("EGPCS")
            .to_ascii_uppercase();
        let mut get = PhpArray::new();
        let mut cookie = PhpArray::new();
        let mut truncated = false;
        if order.contains('G') {
            let qs = req.param(b"QUERY_STRING").unwrap_or_default();
            truncated |= query::parse_into(&mut get, qs, Source::Query, max_vars);
        }
        if order.contains('C') {
            let header = req.param(b"HTTP_COOKIE").unwrap_or_default();
            truncated |= query::parse_into(&mut cookie, header, Source::Cookie, max_vars);
        }
        self.sapi.web = Some(web);
        if truncated {
            self.startup_warning(&format!(
                "Input variables exceeded {max_vars}. To increase the limit change max_input_vars in php.ini."
            ));
        }
        let (post, files) = if order.contains('P') {
            self.read_post(max_vars)
        } else {
            (PhpArray::new(), PhpArray::new())
        };
        let request = self.request_array(&order, [&get, &post, &cookie]);
        let server = self.server_array();
        self.set_global("_SERVER", Value::from(server));
        self.set_global("_GET", Value::from(get));
        self.set_global("_POST", Value::from(post));
        self.set_global("_COOKIE", Value::from(cookie));
        self.set_global("_FILES", Value::from(files));
        self.set_global("_REQUEST", Value::from(request));
        let mut env = PhpArray::new();
        if order.contains('E') {
            for (k, v) in std::env::vars_os() {
                use std::os::unix::ffi::OsStrExt;
                env.insert(
                    ArrayKey::from_bytes(k.as_bytes()),
                    Value::from(v.as_bytes()),
                );
            }
        }
        self.set_global("_ENV", Value::from(env));
    }

    fn ini_bool(&self, name: &str) -> bool {
        let v = self
            .ini_get(name)
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        matches!(v.as_str(), "1" | "on" | "yes" | "true")
    }

    /// A warning raised while the request starts (no script runs yet): PHP words
    /// these `PHP Request Startup: …` in `Unknown` on line 0.
    fn startup_warning(&mut self, msg: &str) {
        let msg = format!("PHP Request Startup: {msg}");
        self.report_at(crate::errors::E_WARNING, &msg, "Unknown", 0);
    }

    /// `$_SERVER`: the params, `PHP_SELF`, the request time, and `argv`/`argc` when
    /// `register_argc_argv` is on.
    fn server_array(&self) -> PhpArray {
        let mut server = PhpArray::new();
        let Some(web) = &self.sapi.web else {
            return server;
        };
        let req = &web.request;
        for (k, v) in &req.params {
            server.insert(ArrayKey::from_bytes(k), Value::from(v.as_slice()));
        }
        // PHP_SELF: the script name plus the path info, as cgi_main.c builds it.
        let mut self_path = req.param(b"SCRIPT_NAME").unwrap_or_default().to_vec();
        self_path.extend_from_slice(req.param(b"PATH_INFO").unwrap_or_default());
        server.insert(ArrayKey::from_bytes(b"PHP_SELF"), Value::from(self_path));
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        server.insert(
            ArrayKey::from_bytes(b"REQUEST_TIME_FLOAT"),
            Value::Double(now.as_micros() as f64 / 1e6),
        );
        server.insert(
            ArrayKey::from_bytes(b"REQUEST_TIME"),
            Value::Long(now.as_secs() as i64),
        );
        if self.ini_bool("register_argc_argv") {
            let qs = req.param(b"QUERY_STRING").unwrap_or_default();
            let argv: Vec<Value> = if qs.is_empty() {
                Vec::new()
            } else {
                qs.split(|&b| b == b'+').map(Value::from).collect()
            };
            let argc = argv.len() as i64;
            server.insert(
                ArrayKey::from_bytes(b"argv"),
                Value::from(PhpArray::from_list(argv)),
            );
            server.insert(ArrayKey::from_bytes(b"argc"), Value::Long(argc));
        }
        server
    }

    /// `$_REQUEST`: `request_order` (or `variables_order`) picks G, P, C in that
    /// string's order; later sources win, nested arrays merge.
    fn request_array(
        &self,
        variables_order: &str,
        [get, post, cookie]: [&PhpArray; 3],
    ) -> PhpArray {
        let order = match self.ini_get("request_order") {
            Some(o) if !o.trim().is_empty() => o.to_ascii_uppercase(),
            _ => variables_order.to_string(),
        };
        let mut out = PhpArray::new();
        for c in order.chars() {
            match c {
                'G' => merge(&mut out, get),
                'P' => merge(&mut out, post),
                'C' => merge(&mut out, cookie),
                _ => {}
            }
        }
        out
    }

    /// The POST body into `$_POST` and `$_FILES` (urlencoded or multipart, as
    /// `sapi_read_post_data` dispatches on the content type).
    fn read_post(&mut self, max_vars: usize) -> (PhpArray, PhpArray) {
        let mut post = PhpArray::new();
        let mut files = PhpArray::new();
        let Some(web) = &self.sapi.web else {
            return (post, files);
        };
        let req = &web.request;
        if req.param(b"REQUEST_METHOD") != Some(b"POST") {
            return (post, files);
        }
        let content_type = req.param(b"CONTENT_TYPE").unwrap_or_default().to_vec();
        let mime_end = content_type
            .iter()
            .position(|&b| b == b';' || b == b',' || b == b' ')
            .unwrap_or(content_type.len());
        let mime = content_type[..mime_end].to_ascii_lowercase();
        let is_form = mime == b"application/x-www-form-urlencoded";
        let is_multipart = mime == b"multipart/form-data";
        if !is_form && !is_multipart {
            return (post, files);
        }
        let length: u64 = std::str::from_utf8(req.param(b"CONTENT_LENGTH").unwrap_or_default())
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        let body = req.body.clone();
        let post_max = self.ini_size("post_max_size");
        if post_max > 0 && length > post_max {
            let msg = format!(
                "POST Content-Length of {length} bytes exceeds the limit of {post_max} bytes"
            );
            // Multipart bodies are refused later in startup: no "PHP Request Startup".
            if is_multipart {
                self.report_at(crate::errors::E_WARNING, &msg, "Unknown", 0);
            } else {
                self.startup_warning(&msg);
            }
            // php://input stays empty: the body is not read.
            body.borrow_mut().discard();
            return (post, files);
        }
        let mut body = body.borrow_mut();
        let data = body.whole();
        if is_form {
            if query::parse_into(&mut post, &data, Source::Query, max_vars) {
                drop(body);
                self.startup_warning(&format!(
                    "Input variables exceeded {max_vars}. To increase the limit change max_input_vars in php.ini."
                ));
            }
            return (post, files);
        }
        // multipart: the body is consumed (php://input is empty, as in PHP).
        body.consume();
        drop(body);
        match multipart::boundary(&content_type) {
            Some(b) => self.read_multipart(&data, &b, max_vars, &mut post, &mut files),
            None => {
                self.report_at(
                    crate::errors::E_WARNING,
                    "Missing boundary in multipart/form-data POST data",
                    "Unknown",
                    0,
                );
            }
        }
        (post, files)
    }

    fn read_multipart(
        &mut self,
        data: &[u8],
        boundary: &[u8],
        max_vars: usize,
        post: &mut PhpArray,
        files: &mut PhpArray,
    ) {
        let upload_max = self.ini_size("upload_max_filesize");
        let max_uploads: usize = self
            .ini_get("max_file_uploads")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(20);
        let uploads_on = self.ini_get("file_uploads").is_none() || self.ini_bool("file_uploads");
        let tmp_dir = match self.ini_get("upload_tmp_dir") {
            Some(d) if !d.trim().is_empty() => PathBuf::from(d.trim()),
            _ => std::env::temp_dir(),
        };
        let mut vars = 0usize;
        let mut uploads = 0usize;
        let mut max_file_size: u64 = 0;
        for part in multipart::parts(data, boundary) {
            let Some(filename) = part.filename else {
                vars += 1;
                if vars > max_vars {
                    self.startup_warning(&format!(
                        "Input variables exceeded {max_vars}. To increase the limit change max_input_vars in php.ini."
                    ));
                    break;
                }
                if part.name.eq_ignore_ascii_case(b"MAX_FILE_SIZE") {
                    max_file_size = Value::from(part.data).to_long().max(0) as u64;
                }
                query::register(post, &part.name, Value::from(part.data), false);
                continue;
            };
            if !uploads_on {
                continue;
            }
            if !filename.is_empty() {
                uploads += 1;
                if uploads > max_uploads {
                    self.report_at(
                        crate::errors::E_WARNING,
                        "Maximum number of allowable file uploads has been exceeded",
                        "Unknown",
                        0,
                    );
                    break;
                }
            }
            let size = part.data.len() as u64;
            let error = if filename.is_empty() {
                UPLOAD_ERR_NO_FILE
            } else if upload_max > 0 && size > upload_max {
                UPLOAD_ERR_INI_SIZE
            } else if max_file_size > 0 && size > max_file_size {
                UPLOAD_ERR_FORM_SIZE
            } else {
                0
            };
            let tmp_name = if error == 0 {
                match write_upload(&tmp_dir, part.data) {
                    Ok(path) => {
                        if let Some(w) = &mut self.sapi.web {
                            w.request.uploads.push(path.clone());
                        }
                        Some(path)
                    }
                    Err(_) => None,
                }
            } else {
                None
            };
            let error = match (&tmp_name, error) {
                (None, 0) => UPLOAD_ERR_CANT_WRITE,
                (_, e) => e,
            };
            let ok = error == 0;
            let shown_name = multipart::upload_basename(&filename).to_vec();
            let tmp: Vec<u8> = tmp_name.map_or(Vec::new(), |p| {
                use std::os::unix::ffi::OsStrExt;
                p.as_os_str().as_bytes().to_vec()
            });
            let fields: [(&[u8], Value); 6] = [
                (b"name", Value::from(shown_name)),
                (b"full_path", Value::from(filename.clone())),
                (
                    b"type",
                    Value::from(if ok {
                        part.content_type.clone()
                    } else {
                        Vec::new()
                    }),
                ),
                (b"tmp_name", Value::from(tmp)),
                (b"error", Value::Long(error)),
                (b"size", Value::Long(if ok { size as i64 } else { 0 })),
            ];
            // `f[a][]` registers `f[name][a][]`, `f[type][a][]`…
            let (base, index) = match part.name.iter().position(|&b| b == b'[') {
                Some(i) => (&part.name[..i], &part.name[i..]),
                None => (&part.name[..], &b""[..]),
            };
            for (field, value) in fields {
                let mut name = base.to_vec();
                name.push(b'[');
                name.extend_from_slice(field);
                name.push(b']');
                name.extend_from_slice(index);
                query::register(files, &name, value, false);
            }
        }
    }

    /// Whether `path` is a file uploaded in this request and still in place.
    pub(crate) fn is_upload(&self, path: &[u8]) -> bool {
        use std::os::unix::ffi::OsStrExt;
        self.sapi.web.as_ref().is_some_and(|w| {
            w.request
                .uploads
                .iter()
                .any(|p| p.as_os_str().as_bytes() == path)
        })
    }

    /// The request body (`php://input`), if this VM serves a request.
    pub(crate) fn request_body(&self) -> Option<Rc<RefCell<Body>>> {
        self.sapi.web.as_ref().map(|w| w.request.body.clone())
    }

    /// A fatal error in a request: 500 unless errors are displayed, output went out,
    /// or the script chose a status (`php_error_cb`).
    pub(crate) fn sapi_error(&mut self, level: i64) {
        use crate::errors::*;
        let fatal = matches!(
            level,
            E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE
        );
        if !fatal {
            return;
        }
        if let Some(w) = &mut self.sapi.web {
            w.fatal = true;
        }
        if self.display != crate::errors::Display::Off || self.out.started() {
            return;
        }
        if let Some(r) = self.response() {
            let mut r = r.borrow_mut();
            if r.status == 200 {
                r.status = 500;
                r.status_line = Some(b"HTTP/1.0 500 Internal Server Error".to_vec());
            }
        }
    }

    /// Request shutdown: finish the response, delete unmoved uploads.
    pub(crate) fn end_request(&mut self, exit_status: i32) -> RequestOutcome {
        let Some(web) = &mut self.sapi.web else {
            return RequestOutcome {
                exit_status,
                http_status: 200,
                fatal: false,
            };
        };
        let mut response = web.response.borrow_mut();
        response.finish();
        for path in web.request.uploads.drain(..) {
            let _ = std::fs::remove_file(path);
        }
        RequestOutcome {
            exit_status,
            http_status: response.status,
            fatal: web.fatal,
        }
    }
}

const UPLOAD_ERR_INI_SIZE: i64 = 1;
const UPLOAD_ERR_FORM_SIZE: i64 = 2;
const UPLOAD_ERR_NO_FILE: i64 = 4;
const UPLOAD_ERR_CANT_WRITE: i64 = 7;

/// `text/html; charset=UTF-8` (`get_default_content_type`): the charset only for
/// `text/` types; `None` for an empty mimetype.
fn default_content_type(mime: &str, charset: &str) -> Option<Vec<u8>> {
    let mime = mime.trim();
    if mime.is_empty() {
        return None;
    }
    if !charset.is_empty() && mime.len() >= 5 && mime[..5].eq_ignore_ascii_case("text/") {
        return Some(format!("{mime}; charset={charset}").into_bytes());
    }
    Some(mime.as_bytes().to_vec())
}

/// `php_autoglobal_merge`: `src` over `dest`, arrays under the same key merged.
fn merge(dest: &mut PhpArray, src: &PhpArray) {
    for (k, v) in src.iter() {
        if let (Value::Array(s), Some(Value::Array(d))) = (v, dest.get(&k)) {
            let mut d = (**d).clone();
            merge(&mut d, s);
            dest.insert(k, Value::from(d));
        } else {
            dest.insert(k, v.clone());
        }
    }
}

/// Write an upload to a new `php??????` file in `dir`.
fn write_upload(dir: &std::path::Path, data: &[u8]) -> std::io::Result<PathBuf> {
    use std::io::Write;
    let path = new_temp_file(dir)?;
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|mut f| f.write_all(data))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&path);
        })?;
    Ok(path)
}

/// Create a new empty `php??????` file in `dir` (PHP's temp file names).
pub(crate) fn new_temp_file(dir: &std::path::Path) -> std::io::Result<PathBuf> {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut seed = [0u8; 6];
    for attempt in 0..100u32 {
        let mut f = std::fs::File::open("/dev/urandom")?;
        f.read_exact(&mut seed)?;
        let name: String = seed
            .iter()
            .map(|b| CHARS[(*b as usize + attempt as usize) % CHARS.len()] as char)
            .collect();
        let path = dir.join(format!("php{name}"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free temp name"))
}
