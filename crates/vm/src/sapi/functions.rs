//! The SAPI's built-in functions: `header()` & co, `http_response_code()`,
//! `setcookie()`, uploads, and (php-fpm only) `fastcgi_finish_request()`.
//! In the CLI the header functions behave as php-cli's: headers are accepted and
//! dropped, the "headers already sent" checks still apply.

use crate::array::PhpArray;
use crate::builtins::args::{arg_str, func, get, has, opt_bool, opt_long, opt_str, set_ref};
use crate::builtins::BuiltinSpec;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::cookies::{self, Cookie, Invalid};
use super::headers::is_named;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("header", header, &["header", "replace", "response_code"], 1),
    func("header_remove", header_remove, &["name"], 0),
    func("headers_list", headers_list, &[], 0),
    func("headers_sent", headers_sent, &["filename", "line"], 0).with_by_ref(&[0, 1]),
    func(
        "http_response_code",
        http_response_code,
        &["response_code"],
        0,
    ),
    func(
        "setcookie",
        setcookie,
        &[
            "name",
            "value",
            "expires_or_options",
            "path",
            "domain",
            "secure",
            "httponly",
        ],
        1,
    ),
    func(
        "setrawcookie",
        setrawcookie,
        &[
            "name",
            "value",
            "expires_or_options",
            "path",
            "domain",
            "secure",
            "httponly",
        ],
        1,
    ),
    func("ignore_user_abort", ignore_user_abort, &["enable"], 0),
    func("connection_status", connection_status, &[], 0),
    func("connection_aborted", connection_aborted, &[], 0),
    func("is_uploaded_file", is_uploaded_file, &["filename"], 1),
    func("move_uploaded_file", move_uploaded_file, &["from", "to"], 2),
];

/// Functions php-fpm has and php-cli has not; registered by `Vm::new_http`.
pub const FPM_FUNCTIONS: &[BuiltinSpec] = &[
    func("fastcgi_finish_request", fastcgi_finish_request, &[], 0),
    func("getallheaders", getallheaders, &[], 0),
    func("apache_request_headers", getallheaders, &[], 0),
    func("php_sapi_name", php_sapi_name, &[], 0),
];

fn php_sapi_name(_: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::from("fpm-fcgi"))
}

impl Vm {
    /// The response status (`http_response_code()`): 200 to start with in a request,
    /// unset (0) in the CLI.
    pub(crate) fn response_status(&self) -> u16 {
        match self.response() {
            Some(r) => r.borrow().status,
            None => self.sapi.cli_status.unwrap_or(0),
        }
    }

    fn set_response_status(&mut self, code: u16) {
        match self.response() {
            Some(r) => {
                let mut r = r.borrow_mut();
                r.status = code;
                r.status_line = None;
            }
            None => self.sapi.cli_status = Some(code),
        }
    }

    /// The "headers already sent" check: warns (`what` is the message's start) and
    /// returns true when they were.
    fn headers_already_sent(&mut self, what: &str) -> bool {
        if !self.out.started() {
            return false;
        }
        let msg = match &self.sapi.output_start {
            Some((file, line)) => format!("{what} (output started at {file}:{line})"),
            None => what.to_string(),
        };
        self.warning(&msg);
        true
    }

    /// `sapi_header_op(SAPI_HEADER_REPLACE/ADD)`: one header line with PHP's checks
    /// and side effects (status lines, `Location`, `Content-Type` charset).
    pub(crate) fn add_header(&mut self, line: &[u8], replace: bool, code: i64) -> bool {
        if self.headers_already_sent("Cannot modify header information - headers already sent by") {
            return false;
        }
        let line = line.trim_ascii_end();
        if line.contains(&0) {
            self.warning("Header may not contain NUL bytes");
            return false;
        }
        if line.iter().any(|&b| b == b'\r' || b == b'\n') {
            self.warning("Header may not contain more than a single header, new line detected");
            return false;
        }
        let response = self.response();
        if line.len() >= 5 && line[..5].eq_ignore_ascii_case(b"HTTP/") {
            // A status line: `HTTP/1.1 404 Not Found`.
            let status = line
                .iter()
                .position(|&b| b == b' ')
                .map_or(0, |i| Value::from(&line[i + 1..]).to_long());
            if let Some(r) = &response {
                let mut r = r.borrow_mut();
                r.status_line = Some(line.to_vec());
                if status > 0 {
                    r.status = status as u16;
                }
            } else if status > 0 {
                self.sapi.cli_status = Some(status as u16);
            }
            return true;
        }
        let mut line = line.to_vec();
        let status = self.response_status();
        if let Some(colon) = line.iter().position(|&b| b == b':') {
            let name = line[..colon].to_vec();
            if name.eq_ignore_ascii_case(b"content-type") {
                line = self.content_type_line(&line[colon + 1..]);
            } else if name.eq_ignore_ascii_case(b"location") {
                // php-fpm sets no protocol version, so never 303 for a POST.
                if !(300..=399).contains(&status) && status != 201 && code == 0 {
                    self.set_response_status(302);
                }
            } else if name.eq_ignore_ascii_case(b"www-authenticate") {
                self.set_response_status(401);
            }
        }
        if code > 0 {
            self.set_response_status(code as u16);
        }
        if let Some(r) = response {
            let mut r = r.borrow_mut();
            if is_named(&line, b"content-type") {
                r.default_type = None;
            }
            r.add(line, replace);
        }
        true
    }

    /// `Content-type: <mimetype>`, with `;charset=<default_charset>` added to a `text/`
    /// type that names no charset (`sapi_apply_default_charset`).
    fn content_type_line(&self, value: &[u8]) -> Vec<u8> {
        let mime = value.trim_ascii_start();
        let mut line = b"Content-type: ".to_vec();
        line.extend_from_slice(mime);
        let charset = self.ini_get("default_charset").unwrap_or_default();
        let lc = mime.to_ascii_lowercase();
        if !charset.is_empty()
            && lc.starts_with(b"text/")
            && !lc.windows(8).any(|w| w == b"charset=")
        {
            line.extend_from_slice(b";charset=");
            line.extend_from_slice(charset.as_bytes());
        }
        line
    }
}

fn header(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "header";
    let line = arg_str(vm, args, 0, F)?;
    let replace = opt_bool(vm, args, 1, F, true)?;
    let code = opt_long(vm, args, 2, F, 0)?;
    vm.add_header(&line, replace, code);
    Ok(Value::Null)
}

fn header_remove(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = match get(args, 0) {
        Value::Null => None,
        _ => Some(arg_str(vm, args, 0, "header_remove")?),
    };
    if vm.headers_already_sent("Cannot modify header information - headers already sent by") {
        return Ok(Value::Null);
    }
    if let Some(r) = vm.response() {
        let mut r = r.borrow_mut();
        match name {
            Some(n) => {
                if n.eq_ignore_ascii_case(b"content-type") {
                    r.default_type = None;
                }
                r.remove(&n);
            }
            None => {
                r.headers.clear();
                r.default_type = None;
            }
        }
    }
    Ok(Value::Null)
}

fn headers_list(vm: &mut Vm, _: &mut [Value]) -> R {
    let lines = match vm.response() {
        Some(r) => r.borrow().headers.clone(),
        None => Vec::new(),
    };
    Ok(Value::from(PhpArray::from_list(
        lines.into_iter().map(Value::from).collect(),
    )))
}

fn headers_sent(vm: &mut Vm, args: &mut [Value]) -> R {
    let sent = vm.out.started();
    let (file, line) = match (&vm.sapi.output_start, sent) {
        (Some((f, l)), true) => (f.clone(), *l as i64),
        _ => (String::new(), 0),
    };
    if has(args, 0) {
        set_ref(args, 0, Value::from(file));
    }
    if has(args, 1) {
        set_ref(args, 1, Value::Long(line));
    }
    Ok(Value::from(sent))
}

fn http_response_code(vm: &mut Vm, args: &mut [Value]) -> R {
    let code = opt_long(vm, args, 0, "http_response_code", 0)?;
    if code != 0 {
        if vm.headers_already_sent(
            "http_response_code(): Cannot set response code - headers already sent",
        ) {
            return Ok(Value::False);
        }
        let old = vm.response_status();
        vm.set_response_status(code as u16);
        return Ok(if old != 0 {
            Value::Long(old as i64)
        } else {
            Value::True
        });
    }
    Ok(match vm.response_status() {
        0 => Value::False,
        n => Value::Long(n as i64),
    })
}

fn setcookie(vm: &mut Vm, args: &mut [Value]) -> R {
    cookie_fn(vm, args, "setcookie", true)
}

fn setrawcookie(vm: &mut Vm, args: &mut [Value]) -> R {
    cookie_fn(vm, args, "setrawcookie", false)
}

fn cookie_fn(vm: &mut Vm, args: &mut [Value], f: &str, url_encode: bool) -> R {
    let mut c = Cookie {
        name: arg_str(vm, args, 0, f)?.to_vec(),
        value: opt_str(vm, args, 1, f, b"")?.to_vec(),
        ..Default::default()
    };
    if let Value::Array(options) = get(args, 2) {
        if args.len() > 3 {
            let msg = format!(
                "{f}(): Expects exactly 3 arguments when argument #3 ($expires_or_options) is an array"
            );
            return Err(vm.throw_error("ArgumentCountError", msg));
        }
        for (k, v) in options.iter() {
            let ArrayKey::Str(key) = k else {
                let msg = format!("{f}(): option array cannot have numeric keys");
                return Err(vm.throw_error("ValueError", msg));
            };
            match key.to_ascii_lowercase().as_slice() {
                b"expires" => c.expires = v.to_long(),
                b"path" => c.path = v.to_php_string(vm)?.to_vec(),
                b"domain" => c.domain = v.to_php_string(vm)?.to_vec(),
                b"secure" => c.secure = v.to_bool(),
                b"httponly" => c.httponly = v.to_bool(),
                b"samesite" => c.samesite = v.to_php_string(vm)?.to_vec(),
                _ => {
                    let msg = format!(
                        "{f}(): option \"{}\" is invalid",
                        String::from_utf8_lossy(&key)
                    );
                    return Err(vm.throw_error("ValueError", msg));
                }
            }
        }
    } else {
        c.expires = opt_long(vm, args, 2, f, 0)?;
        c.path = opt_str(vm, args, 3, f, b"")?.to_vec();
        c.domain = opt_str(vm, args, 4, f, b"")?.to_vec();
        c.secure = opt_bool(vm, args, 5, f, false)?;
        c.httponly = opt_bool(vm, args, 6, f, false)?;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    match cookies::set_cookie_line(&c, url_encode, now) {
        Ok(line) => Ok(Value::from(vm.add_header(&line, false, 0))),
        Err(Invalid::Argument(i, what)) => {
            Err(crate::builtins::args::value_error(vm, f, i - 1, what))
        }
        Err(Invalid::Option(msg)) => Err(vm.throw_error("ValueError", format!("{f}(): {msg}"))),
    }
}

fn ignore_user_abort(vm: &mut Vm, args: &mut [Value]) -> R {
    let set = match get(args, 0) {
        Value::Null => None,
        _ => Some(opt_bool(vm, args, 0, "ignore_user_abort", false)?),
    };
    let old = match &mut vm.sapi.web {
        Some(w) => {
            let old = w.ignore_user_abort;
            if let Some(v) = set {
                w.ignore_user_abort = v;
            }
            old
        }
        // The CLI keeps it as the ini setting, as PHP does.
        None => vm
            .ini_get("ignore_user_abort")
            .is_some_and(|v| Value::from(v).to_bool()),
    };
    if let Some(v) = set {
        vm.set_ini("ignore_user_abort", if v { "1" } else { "0" }.to_string());
    }
    Ok(Value::Long(i64::from(old)))
}

fn connection_status(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::Long(i64::from(connection_lost(vm))))
}

fn connection_aborted(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::Long(i64::from(connection_lost(vm))))
}

fn connection_lost(vm: &Vm) -> bool {
    vm.response().is_some_and(|r| r.borrow().aborted)
}

fn is_uploaded_file(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "is_uploaded_file")?;
    Ok(Value::from(vm.is_upload(&name)))
}

fn move_uploaded_file(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "move_uploaded_file";
    let from = arg_str(vm, args, 0, F)?;
    let to = arg_str(vm, args, 1, F)?;
    if !vm.is_upload(&from) {
        return Ok(Value::False);
    }
    let (src, dst) = (
        crate::builtins::file::path_of(&from),
        crate::builtins::file::path_of(&to),
    );
    let moved = std::fs::rename(src, dst).or_else(|_| {
        // Across file systems: copy, then remove the upload.
        std::fs::copy(src, dst).and_then(|_| std::fs::remove_file(src))
    });
    match moved {
        Ok(()) => {
            if let Some(w) = &mut vm.sapi.web {
                w.request.uploads.retain(|p| p.as_path() != src);
            }
            Ok(Value::True)
        }
        Err(e) => {
            let shown = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
            vm.warning(&format!(
                "{F}({}): Failed to open stream: {}",
                shown(&to),
                crate::builtins::file::strerror(&e)
            ));
            vm.warning(&format!(
                "{F}(): Unable to move \"{}\" to \"{}\"",
                shown(&from),
                shown(&to)
            ));
            Ok(Value::False)
        }
    }
}

fn fastcgi_finish_request(vm: &mut Vm, _: &mut [Value]) -> R {
    let Some(r) = vm.response() else {
        return Ok(Value::False);
    };
    if r.borrow().finished {
        return Ok(Value::False);
    }
    vm.output_end_all();
    r.borrow_mut().finish();
    Ok(Value::True)
}

/// The request headers from the `HTTP_*` params: `HTTP_USER_AGENT` → `User-Agent`.
fn getallheaders(vm: &mut Vm, _: &mut [Value]) -> R {
    let mut out = PhpArray::new();
    if let Some(w) = &vm.sapi.web {
        for (k, v) in &w.request.params {
            let name = match k.strip_prefix(b"HTTP_") {
                Some(n) => n,
                None if k == b"CONTENT_TYPE" || k == b"CONTENT_LENGTH" => k.as_slice(),
                None => continue,
            };
            let mut header = Vec::with_capacity(name.len());
            let mut upper = true;
            for &b in name {
                if b == b'_' {
                    header.push(b'-');
                    upper = true;
                } else {
                    header.push(if upper { b } else { b.to_ascii_lowercase() });
                    upper = false;
                }
            }
            out.insert(ArrayKey::from_bytes(&header), Value::from(v.as_slice()));
        }
    }
    Ok(Value::from(out))
}
