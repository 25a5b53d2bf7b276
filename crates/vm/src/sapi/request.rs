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

/// A multipart body being read into `$_POST` and `$_FILES` (`rfc1867_post_handler`):
/// fields are kept, an upload's data goes to its temp file as it arrives.
struct Form {
    max_vars: usize,
    upload_max: u64,
    max_uploads: usize,
    uploads_on: bool,
    tmp_dir: PathBuf,
    vars: usize,
    uploads: usize,
    /// The `MAX_FILE_SIZE` field, for the uploads after it.
    max_file_size: u64,
    /// A limit was passed: the rest of the body is read and dropped.
    stopped: bool,
    part: Option<(multipart::Head, Sink)>,
}

/// Where the data of the part being read goes.
enum Sink {
    Field(Vec<u8>),
    File {
        /// The temp file while nothing went wrong.
        file: Option<(PathBuf, std::fs::File)>,
        size: u64,
        error: i64,
    },
}

impl Form {
    fn new(vm: &Vm, max_vars: usize) -> Form {
        Form {
            max_vars,
            upload_max: vm.ini_size("upload_max_filesize"),
            max_uploads: vm
                .ini_get("max_file_uploads")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(20),
            uploads_on: vm.ini_get("file_uploads").is_none() || vm.ini_bool("file_uploads"),
            tmp_dir: match vm.ini_get("upload_tmp_dir") {
                Some(d) if !d.trim().is_empty() => PathBuf::from(d.trim()),
                _ => std::env::temp_dir(),
            },
            vars: 0,
            uploads: 0,
            max_file_size: 0,
            stopped: false,
            part: None,
        }
    }

    fn event(
        &mut self,
        vm: &mut Vm,
        e: multipart::Event<'_>,
        post: &mut PhpArray,
        files: &mut PhpArray,
    ) {
        if self.stopped {
            return;
        }
        match e {
            multipart::Event::Head(head) => self.part = self.start(vm, head),
            multipart::Event::Data(d) => self.data(vm, d),
            multipart::Event::End => {
                if let Some((head, sink)) = self.part.take() {
                    self.end(head, sink, post, files);
                }
            }
            multipart::Event::Cut => {
                // PHP drops a part the body cut short, and its file.
                if let Some((
                    _,
                    Sink::File {
                        file: Some((path, _)),
                        ..
                    },
                )) = self.part.take()
                {
                    vm.drop_upload(&path);
                }
            }
        }
    }

    /// A part begins: where its data goes, None to skip it.
    fn start(&mut self, vm: &mut Vm, head: multipart::Head) -> Option<(multipart::Head, Sink)> {
        head.name.as_ref()?;
        let Some(filename) = &head.filename else {
            self.vars += 1;
            if self.vars > self.max_vars {
                vm.startup_warning(&format!(
                    "Input variables exceeded {}. To increase the limit change max_input_vars in php.ini.",
                    self.max_vars
                ));
                self.stopped = true;
                return None;
            }
            return Some((head, Sink::Field(Vec::new())));
        };
        if !self.uploads_on {
            return None;
        }
        if filename.is_empty() {
            let sink = Sink::File {
                file: None,
                size: 0,
                error: UPLOAD_ERR_NO_FILE,
            };
            return Some((head, sink));
        }
        self.uploads += 1;
        if self.uploads > self.max_uploads {
            vm.report_at(
                crate::errors::E_WARNING,
                "Maximum number of allowable file uploads has been exceeded",
                "Unknown",
                0,
            );
            self.stopped = true;
            return None;
        }
        let file = new_temp_file(&self.tmp_dir).and_then(|path| {
            match std::fs::OpenOptions::new().write(true).open(&path) {
                Ok(f) => Ok((path, f)),
                Err(e) => {
                    let _ = std::fs::remove_file(&path);
                    Err(e)
                }
            }
        });
        let sink = match file {
            Ok((path, f)) => {
                vm.add_upload(&path);
                Sink::File {
                    file: Some((path, f)),
                    size: 0,
                    error: 0,
                }
            }
            Err(_) => Sink::File {
                file: None,
                size: 0,
                error: UPLOAD_ERR_CANT_WRITE,
            },
        };
        Some((head, sink))
    }

    fn data(&mut self, vm: &mut Vm, d: &[u8]) {
        use std::io::Write;
        match &mut self.part {
            Some((_, Sink::Field(v))) => v.extend_from_slice(d),
            Some((_, Sink::File { file, size, error })) if *error == 0 => {
                *size += d.len() as u64;
                *error = if self.upload_max > 0 && *size > self.upload_max {
                    UPLOAD_ERR_INI_SIZE
                } else if self.max_file_size > 0 && *size > self.max_file_size {
                    UPLOAD_ERR_FORM_SIZE
                } else {
                    match file.as_mut().map(|(_, f)| f.write_all(d)) {
                        Some(Ok(())) => 0,
                        _ => UPLOAD_ERR_CANT_WRITE,
                    }
                };
                if *error != 0 {
                    if let Some((path, _)) = file.take() {
                        vm.drop_upload(&path);
                    }
                }
            }
            _ => {}
        }
    }

    /// A part is complete: into `$_POST`, or its `$_FILES` entry.
    fn end(
        &mut self,
        head: multipart::Head,
        sink: Sink,
        post: &mut PhpArray,
        files: &mut PhpArray,
    ) {
        let name = head.name.unwrap_or_default();
        let (file, size, error) = match sink {
            Sink::Field(data) => {
                if name.eq_ignore_ascii_case(b"MAX_FILE_SIZE") {
                    self.max_file_size = Value::from(&data[..]).to_long().max(0) as u64;
                }
                query::register(post, &name, Value::from(data), false);
                return;
            }
            Sink::File { file, size, error } => (file, size, error),
        };
        let filename = head.filename.unwrap_or_default();
        let ok = error == 0;
        let tmp: Vec<u8> = file.map_or(Vec::new(), |(p, _)| {
            use std::os::unix::ffi::OsStrExt;
            p.as_os_str().as_bytes().to_vec()
        });
        let fields: [(&[u8], Value); 6] = [
            (
                b"name",
                Value::from(multipart::upload_basename(&filename).to_vec()),
            ),
            (b"full_path", Value::from(filename.clone())),
            (
                b"type",
                Value::from(if ok { head.content_type } else { Vec::new() }),
            ),
            (b"tmp_name", Value::from(tmp)),
            (b"error", Value::Long(error)),
            (b"size", Value::Long(if ok { size as i64 } else { 0 })),
        ];
        // `f[a][]` registers `f[name][a][]`, `f[type][a][]`…
        let (base, index) = match name.iter().position(|&b| b == b'[') {
            Some(i) => (&name[..i], &name[i..]),
            None => (&name[..], &b""[..]),
        };
        for (field, value) in fields {
            let mut key = base.to_vec();
            key.push(b'[');
            key.extend_from_slice(field);
            key.push(b']');
            key.extend_from_slice(index);
            query::register(files, &key, value, false);
        }
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
        if is_form {
            let data = body.whole();
            if query::parse_into(&mut post, &data, Source::Query, max_vars) {
                drop(body);
                self.startup_warning(&format!(
                    "Input variables exceeded {max_vars}. To increase the limit change max_input_vars in php.ini."
                ));
            }
            return (post, files);
        }
        // multipart: read as it streams in, and consumed (php://input is then empty,
        // as in PHP).
        let Some(boundary) = multipart::boundary(&content_type) else {
            body.stream(|_| {});
            drop(body);
            self.report_at(
                crate::errors::E_WARNING,
                "Missing boundary in multipart/form-data POST data",
                "Unknown",
                0,
            );
            return (post, files);
        };
        let mut form = Form::new(self, max_vars);
        let mut parser = multipart::Parser::new(&boundary);
        let mut on = |e: multipart::Event<'_>| form.event(self, e, &mut post, &mut files);
        body.stream(|chunk| parser.feed(chunk, &mut on));
        parser.finish(&mut on);
        (post, files)
    }

    /// Note an upload's temp file (deleted at the end of the request unless moved).
    fn add_upload(&mut self, path: &std::path::Path) {
        if let Some(w) = &mut self.sapi.web {
            w.request.uploads.push(path.to_path_buf());
        }
    }

    /// Delete an upload's temp file that will not be handed to the script.
    fn drop_upload(&mut self, path: &std::path::Path) {
        let _ = std::fs::remove_file(path);
        if let Some(w) = &mut self.sapi.web {
            w.request.uploads.retain(|p| p != path);
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
