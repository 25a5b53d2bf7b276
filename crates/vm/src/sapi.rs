//! The web SAPI: one PHP request served through a [`Vm`], as php-fpm's `cgi-fcgi` SAPI
//! does. The FastCGI layer (`crates/fpm`) owns the sockets; this module owns what PHP
//! makes of a request (superglobals, `php://input`, uploads) and of the response
//! (status, headers, body, error log, `fastcgi_finish_request()`).
//!
//! Use: one [`Vm`] per request, so nothing leaks between requests:
//! ```ignore
//! let mut vm = Vm::new_http(&ini, HttpRequest { params, body }, Box::new(my_response));
//! let outcome = vm.serve(Path::new("/srv/www/index.php"));
//! ```
//! `serve` runs the script and its shutdown functions, flushes every output buffer,
//! sends the headers if nothing did yet, and calls [`HttpResponse::finish`] exactly
//! once (unless the script already did through `fastcgi_finish_request()`); upload
//! temp files not moved by the script are deleted when the Vm is dropped.
//!
//! Submodules: `query` (parse_str rules), `multipart` (form-data and uploads),
//! `cookies` (the Cookie header and `setcookie`), `headers` (the response state).

pub(crate) mod body;
pub(crate) mod cookies;
pub(crate) mod functions;
pub(crate) mod headers;
pub(crate) mod multipart;
pub(crate) mod query;
pub(crate) mod request;
#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::names::NameMap;
use crate::value::{ArrayKey, Value};
use crate::vm::{IniOverrides, Vm};

pub use headers::Response;

/// A request as the web server passed it: the FastCGI params (`REQUEST_METHOD`,
/// `QUERY_STRING`, `CONTENT_TYPE`, `HTTP_COOKIE`, `SCRIPT_FILENAME`…, in order) and
/// the body (FCGI_STDIN), read lazily: only when the script or form parsing needs it.
pub struct HttpRequest {
    pub params: Vec<(Vec<u8>, Vec<u8>)>,
    pub body: Box<dyn std::io::Read>,
}

/// Where the response goes. Calls come in this order: `headers` once, then `body`
/// any number of times, then `finish` once; `log` at any time.
pub trait HttpResponse {
    /// The status and the header lines (`Name: value`, no CRLF), sent once before the
    /// first body byte (or at the end when there is no body). The status is also
    /// among the lines as `Status: 404 Not Found` when it is not 200, as php-fpm
    /// sends it, so a FastCGI server can write the lines as they are.
    fn headers(&mut self, status: u16, headers: &[Vec<u8>]) -> std::io::Result<()>;
    fn body(&mut self, bytes: &[u8]) -> std::io::Result<()>;
    /// One error-log line without its newline (`PHP Warning:  msg in F on line N`),
    /// which php-fpm sends as FCGI_STDERR (prefixed there with `PHP message: `).
    fn log(&mut self, line: &[u8]);
    /// End the response now (`fastcgi_finish_request()` or the end of the request);
    /// the script may run on, and its later output is discarded.
    fn finish(&mut self) -> std::io::Result<()>;
    /// The script's PHP stack, innermost first, after [`request_trace`] asked for it
    /// (php-fpm's slowlog); ignored by default.
    fn trace(&mut self, _frames: &[TraceFrame]) {}
}

/// One function frame of a running script, as php-fpm's slowlog shows it:
/// `[0x…] function() file:line` with the line its caller is at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceFrame {
    /// Where the frame lives in the VM (an identifier, as php-fpm prints the address
    /// of Zend's `execute_data`).
    pub address: usize,
    /// The function's name, without its class; `[INCLUDE_OR_EVAL]` for an included
    /// file or eval'd code.
    pub function: String,
    pub file: String,
    pub line: u32,
}

fn slot_size<T>(_: &[T]) -> usize {
    std::mem::size_of::<T>()
}

/// Set by [`request_trace`], taken at the VM's next safe point.
static TRACE_WANTED: AtomicBool = AtomicBool::new(false);

/// Ask the running script for its stack (the fpm worker's signal handler, once
/// `request_slowlog_timeout` passed): at its next safe point the VM gives it to
/// [`HttpResponse::trace`]. Async-signal-safe when called on the interpreter's
/// thread: an atomic store and the store of the dispatch loop's safe-point flag
/// (a const-initialized thread-local `Cell`, no lazy initialization).
pub fn request_trace() {
    TRACE_WANTED.store(true, Ordering::Relaxed);
    crate::object::request_safe_point();
}

/// Whether a trace was asked for and not given yet; clears the request.
pub fn take_trace_request() -> bool {
    TRACE_WANTED.swap(false, Ordering::Relaxed)
}

/// A pool's ini settings for its requests: php-fpm's defaults, Debian's fpm php.ini
/// (unless `no_ini`), the pool's values and what extensions add, merged once per
/// worker; a request only sets its own `PHP_VALUE` params on top.
#[derive(Clone)]
pub struct WebIni {
    no_ini: bool,
    table: Rc<NameMap<String, String>>,
}

impl WebIni {
    pub fn new(ini: &IniOverrides) -> WebIni {
        let debian = request::FPM_INI.iter().filter(|_| !ini.no_ini);
        let mut table: NameMap<String, String> = request::WEB_DEFAULTS
            .iter()
            .chain(debian)
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        table.extend(ini.settings.iter().cloned());
        WebIni {
            no_ini: ini.no_ini,
            table: Rc::new(table),
        }
    }

    /// Keep the settings `install` makes on a VM too (an extension's ini defaults,
    /// as the opcache's), so that installing it per request finds them in place.
    pub fn extend(&mut self, install: impl FnOnce(&mut Vm)) {
        let mut vm = Vm::new(
            &self.overrides(),
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        );
        self.apply(&mut vm);
        install(&mut vm);
        let mut table = (*self.table).clone();
        table.extend(vm.ini.drain());
        self.table = Rc::new(table);
    }

    fn overrides(&self) -> IniOverrides {
        IniOverrides {
            no_ini: self.no_ini,
            settings: Vec::new(),
        }
    }

    /// Make the settings `vm`'s base (shared, not copied).
    fn apply(&self, vm: &mut Vm) {
        vm.ini_base = self.table.clone();
        for (k, v) in self.table.iter() {
            vm.apply_ini(k, v);
        }
    }
}

/// How often a sleeping built-in looks for a slowlog trace request (see [`Vm::pause`]).
const PAUSE_SLICE: Duration = Duration::from_millis(20);

/// The function table a request's VM starts with room for.
const FUNCTION_ROOM: usize = 64;

/// How a request ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestOutcome {
    /// The script's exit status (`exit(3)` → 3, a fatal error → 255).
    pub exit_status: i32,
    /// The status sent (or that would have been sent) to the client.
    pub http_status: u16,
    /// The request ended on a fatal error or an uncaught exception.
    pub fatal: bool,
}

/// The sink under the VM's output layer in a web request: the first byte sends the
/// headers, later bytes go to the body, nothing after `finish`.
struct BodySink(Rc<RefCell<Response>>);

impl Write for BodySink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().send_body(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The VM's error stream in a web request: whole lines go to [`HttpResponse::log`].
struct LogSink {
    response: Rc<RefCell<Response>>,
    line: Vec<u8>,
}

impl Write for LogSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.line.extend_from_slice(buf);
        while let Some(i) = self.line.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.line.drain(..=i).collect();
            self.response.borrow_mut().log(&line[..i]);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.response.borrow_mut().log(&line);
        }
        Ok(())
    }
}

/// What the VM keeps for its SAPI (`Vm::sapi`).
#[derive(Default)]
pub(crate) struct SapiState {
    /// Where output started (`headers_sent($file, $line)`, "headers already sent by").
    pub(crate) output_start: Option<(String, u32)>,
    /// `http_response_code(N)` in the CLI, which has no response to hold it.
    pub(crate) cli_status: Option<u16>,
    /// The web request being served; `None` in the CLI.
    pub(crate) web: Option<Box<WebState>>,
}

pub(crate) struct WebState {
    pub(crate) response: Rc<RefCell<Response>>,
    pub(crate) request: request::RequestData,
    pub(crate) ignore_user_abort: bool,
    /// A fatal error or uncaught exception ended the script.
    pub(crate) fatal: bool,
}

impl Vm {
    /// A VM for one web request, configured like php-fpm with Debian's
    /// `/etc/php/8.2/fpm/php.ini` (unless `ini.no_ini`), then `ini`'s overrides (the
    /// pool's `php_value`/`php_admin_value`): superglobals from `req`, output to `resp`.
    /// A server builds the [`WebIni`] once and calls [`Vm::new_http_with`].
    pub fn new_http(ini: &IniOverrides, req: HttpRequest, resp: Box<dyn HttpResponse>) -> Vm {
        Vm::new_http_with(&WebIni::new(ini), req, resp)
    }

    /// As [`Vm::new_http`], with the pool's settings merged beforehand.
    pub fn new_http_with(ini: &WebIni, req: HttpRequest, resp: Box<dyn HttpResponse>) -> Vm {
        crate::object::start_request_handles();
        let response = Rc::new(RefCell::new(Response::new(resp)));
        let request_ini = request::param_ini(&req.params);
        let err = LogSink {
            response: response.clone(),
            line: Vec::new(),
        };
        let mut vm = Vm::new(
            &ini.overrides(),
            Box::new(BodySink(response.clone())),
            Box::new(err),
        );
        ini.apply(&mut vm);
        for (k, v) in request_ini {
            vm.set_ini(&k, v);
        }
        // Room for these, the extensions' and the script's functions without rehashing.
        vm.functions.reserve(FUNCTION_ROOM);
        for spec in functions::FPM_FUNCTIONS {
            vm.functions.insert(
                spec.name.as_bytes().to_vec(),
                crate::vm::Func::Builtin(spec),
            );
        }
        // php-fpm's first script resource is number 3.
        vm.next_resource_id = 2;
        let spool_dir = match vm.ini_get("upload_tmp_dir").map(str::trim) {
            Some(d) if !d.is_empty() => std::path::PathBuf::from(d),
            _ => std::env::temp_dir(),
        };
        vm.sapi.web = Some(Box::new(WebState {
            response,
            request: request::RequestData::new(req, spool_dir),
            ignore_user_abort: false,
            fatal: false,
        }));
        vm.start_request();
        vm
    }

    /// Run `script` as the request's main script, then shutdown functions, flush the
    /// output, send the headers if not yet sent and finish the response.
    pub fn serve(&mut self, script: &Path) -> RequestOutcome {
        let status = match self.load_file(script) {
            Ok(idx) => self.execute(idx),
            Err(failure) => self.compile_failed(failure, &script.to_string_lossy()),
        };
        let exit_status = self.finish(status);
        let outcome = self.end_request(exit_status);
        self.release_kept_classes();
        outcome
    }

    /// Output just went past the buffers: remember where (PHP's `output_start_filename`).
    pub(crate) fn note_output_start(&mut self) {
        if self.sapi.output_start.is_none() {
            self.sapi.output_start = Some(self.location());
        }
    }

    /// One error-log line: to the `error_log` file when set (with PHP's timestamp),
    /// else to the SAPI's log (stderr in the CLI, FCGI_STDERR in a request).
    pub(crate) fn write_log(&mut self, text: &str) {
        let target = self
            .ini_get("error_log")
            .unwrap_or_default()
            .trim()
            .to_string();
        if !target.is_empty() {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            let line = format!("[{}] {text}", cookies::log_date(now));
            let appended = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&target)
                .and_then(|mut f| f.write_all(line.as_bytes()));
            if appended.is_ok() {
                return;
            }
        }
        let _ = self.err.write_all(text.as_bytes());
        let _ = self.err.flush();
    }

    /// `getenv(name)` in a request: the FastCGI params first, as php-fpm's
    /// `sapi_getenv` does.
    pub(crate) fn sapi_getenv(&self, name: &[u8]) -> Option<Vec<u8>> {
        let web = self.sapi.web.as_ref()?;
        web.request.param(name).map(<[u8]>::to_vec)
    }

    /// An error as `display_errors` shows it: plain text, or HTML when `html_errors`
    /// is on (php-fpm's default; the CLI forces it off). The message is not escaped.
    pub(crate) fn displayed_error(&self, label: &str, msg: &str, file: &str, line: u32) -> String {
        let html = self.ini_get("html_errors").is_some_and(|v| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "1" | "on" | "yes" | "true"
            )
        });
        if html {
            format!("<br />\n<b>{label}</b>:  {msg} in <b>{file}</b> on line <b>{line}</b><br />\n")
        } else {
            format!("\n{label}: {msg} in {file} on line {line}\n")
        }
    }

    /// At a safe point: the stack, when a trace was asked for (see [`request_trace`]).
    pub(crate) fn give_trace(&mut self) {
        if !TRACE_WANTED.load(Ordering::Relaxed) || !take_trace_request() {
            return;
        }
        if let Some(r) = self.response() {
            let frames = self.trace_frames();
            r.borrow_mut().trace(&frames);
        }
    }

    /// Sleep `d` inside the built-in `name` (`sleep`, `usleep`). In a web request the
    /// sleep is cut in slices so that a slowlog trace asked for meanwhile is given at
    /// once, with the built-in as its innermost frame, as php-fpm's shows it; the
    /// script reaches no safe point while it sleeps.
    pub(crate) fn pause(&mut self, name: &'static str, arg: Value, d: Duration) {
        if self.sapi.web.is_none() {
            std::thread::sleep(d);
            return;
        }
        let end = Instant::now() + d;
        while let Some(left) = end.checked_duration_since(Instant::now()) {
            if left.is_zero() {
                break;
            }
            std::thread::sleep(left.min(PAUSE_SLICE));
            if TRACE_WANTED.load(Ordering::Relaxed) {
                self.native_calls.push(crate::throwable::NativeCall {
                    name,
                    class: None,
                    args: vec![arg.clone()],
                    depth: self.frames.len(),
                    line: self.line,
                });
                self.give_trace();
                self.native_calls.pop();
            }
        }
    }

    /// The function frames, innermost first, from the backtrace.
    fn trace_frames(&self) -> Vec<TraceFrame> {
        let field = |e: &crate::array::PhpArray, k: &str| -> Value {
            e.get(&ArrayKey::from_bytes(k.as_bytes()))
                .cloned()
                .unwrap_or(Value::Null)
        };
        let base = self.frames.as_ptr() as usize;
        let size = slot_size(&self.frames);
        self.backtrace(0)
            .values()
            .enumerate()
            .filter_map(|(i, entry)| match entry {
                Value::Array(e) => Some((i, e.clone())),
                _ => None,
            })
            .map(|(i, e)| {
                let function = field(&e, "function").to_string_lossy(self.precision);
                let function = String::from_utf8_lossy(&function).into_owned();
                let function = match function.as_str() {
                    "include" | "include_once" | "require" | "require_once" | "eval" => {
                        "[INCLUDE_OR_EVAL]".to_string()
                    }
                    _ => function,
                };
                let file = field(&e, "file").to_string_lossy(self.precision);
                TraceFrame {
                    address: base + i * size,
                    function,
                    file: String::from_utf8_lossy(&file).into_owned(),
                    line: field(&e, "line").to_long() as u32,
                }
            })
            .collect()
    }

    /// The web response, if this VM serves a request.
    pub(crate) fn response(&self) -> Option<Rc<RefCell<Response>>> {
        self.sapi.web.as_ref().map(|w| w.response.clone())
    }
}
