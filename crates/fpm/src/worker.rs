//! A worker: a single-threaded process that blocks in `accept` on the pool's
//! socket and serves one request at a time: the status and ping pages, php-fpm's
//! 404 (`Primary script unknown`) and 403 (`security.limit_extensions`), else the
//! script through a fresh VM (with the shared opcache installed).

use std::cell::RefCell;
use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering, Ordering::Relaxed};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use miniphp_opcache::OpCache;
use miniphp_vm::{HttpRequest, IniOverrides, Vm, WebIni};

use crate::config::Pool;
use crate::fcgi::conn::{Conn, Limits, Output, Request};
use crate::listen::{Listener, Stream};
use crate::log::{access_line, AccessInfo, ErrorLog};
use crate::memory;
use crate::response::{cgi_head, FcgiResponse, Sent, Slowlog};
use crate::scoreboard::{Board, Slot, State};
use crate::status;

/// Set by SIGQUIT: finish the current request, then exit.
pub static STOP: AtomicBool = AtomicBool::new(false);

/// The stack PHP runs on in a worker, as in the `miniphp` CLI: the parser, the compiler
/// and the tree's drop recurse once per nesting level, which an 8 MiB main thread
/// cannot take for a 20 000-term expression. Only the pages touched are committed.
const STACK_SIZE: usize = 256 << 20;

/// The worker, handed to the interpreter thread although it is not `Send`.
struct HandOver<'w, 'a>(&'w std::cell::Cell<Option<Worker<'a>>>);

// SAFETY: the thread that creates the hand-over only waits in `join` afterwards (see
// `run_on_big_stack`) and takes the worker back only when no thread was started: the
// worker, and every `Rc` or raw pointer it holds, is used by one thread at a time.
unsafe impl Send for HandOver<'_, '_> {}

/// Run the worker loop on a thread with a big stack. The signals a worker handles
/// are blocked on the waiting main thread, so the kernel delivers them to the
/// interpreter thread, where they interrupt `accept` as before. Without address
/// space for the stack (a `ulimit -v`) the loop runs on this thread.
pub fn run_on_big_stack(worker: Worker<'_>) -> ! {
    let handled = handled_signals();
    let _ = handled.thread_block();
    let cell = std::cell::Cell::new(Some(worker));
    let hand_over = HandOver(&cell);
    let started = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("worker".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, move || {
                let hand_over = hand_over;
                let _ = handled.thread_unblock();
                if let Some(w) = hand_over.0.take() {
                    w.run()
                }
            });
        // The loop only ends by exiting the process; a panic has printed itself.
        spawned.map(|h| h.join()).is_ok()
    });
    if started {
        std::process::exit(70);
    }
    let _ = handled.thread_unblock();
    match cell.take() {
        Some(w) => w.run(),
        None => std::process::exit(70),
    }
}

/// The signals a worker catches (`worker_signals` in the master sets them up).
fn handled_signals() -> nix::sys::signal::SigSet {
    let mut set = nix::sys::signal::SigSet::empty();
    set.add(nix::sys::signal::Signal::SIGQUIT);
    set.add(nix::sys::signal::Signal::SIGPROF);
    set
}

/// Everything a worker needs, inherited from the master through fork.
pub struct Worker<'a> {
    pub pool: &'a Pool,
    pub listener: &'a Listener,
    pub board: &'a Board,
    pub slot: usize,
    pub ini: IniOverrides,
    pub cache: Option<OpCache>,
    pub access_log: Option<File>,
    /// The pool's `slowlog`, where a slow request's worker writes its PHP stack.
    pub slowlog: Option<File>,
    pub error_log: &'a ErrorLog,
    pub ppid: u32,
}

fn param<'r>(req: &'r Request, name: &str) -> &'r [u8] {
    req.param(name.as_bytes()).unwrap_or(b"")
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// CPU time (user + system) this process has used.
fn cpu_time() -> Duration {
    use nix::sys::resource::{getrusage, UsageWho};
    getrusage(UsageWho::RUSAGE_SELF).map_or(Duration::ZERO, |u| {
        let us = |t: nix::sys::time::TimeVal| {
            Duration::from_secs(t.tv_sec().max(0) as u64)
                + Duration::from_micros(t.tv_usec().max(0) as u64)
        };
        us(u.user_time()) + us(u.system_time())
    })
}

fn now_us() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64)
}

/// A page the worker answers itself.
fn send_page(
    out: &Output<Stream>,
    sent: &RefCell<Sent>,
    status: u16,
    headers: Vec<String>,
    body: &[u8],
) {
    let lines: Vec<Vec<u8>> = headers.iter().map(|h| h.as_bytes().to_vec()).collect();
    *sent.borrow_mut() = Sent { status, headers };
    let _ = out.stdout(&cgi_head(&lines));
    let _ = out.stdout(body);
}

/// php-fpm's own error answers (the script is not run).
fn refuse(out: &Output<Stream>, sent: &RefCell<Sent>, status: u16, log: &str, body: &str) {
    out.stderr(log.as_bytes());
    let reason = if status == 404 {
        "Not Found"
    } else {
        "Forbidden"
    };
    send_page(
        out,
        sent,
        status,
        vec![
            format!("Status: {status} {reason}"),
            "Content-type: text/html; charset=UTF-8".into(),
        ],
        body.as_bytes(),
    );
}

fn allowed_extension(pool: &Pool, path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    pool.limit_extensions
        .iter()
        .any(|ext| name.len() > ext.len() && name.ends_with(ext.as_str()))
}

impl Worker<'_> {
    fn slot(&self) -> &Slot {
        // The master hands out slots below the board's size.
        &self.board.slots()[self.slot]
    }

    /// Serve connections until told to stop or recycled by `pm.max_requests`.
    pub fn run(&self) -> ! {
        // The pool's settings, with the opcache's, merged once for every request.
        let mut ini = WebIni::new(&self.ini);
        if let Some(cache) = &self.cache {
            ini.extend(|vm| cache.install(vm));
        }
        let slot = self.slot();
        slot.set_state(State::Idle);
        loop {
            if STOP.load(Ordering::Relaxed) {
                std::process::exit(0);
            }
            let stream = match self.listener.accept() {
                Ok(s) => s,
                Err(nix::Error::EINTR) => continue,
                Err(e) => {
                    self.error_log.error(&format!(
                        "[pool {}] child {}: accept failed: {e}",
                        self.pool.name,
                        std::process::id()
                    ));
                    std::thread::sleep(std::time::Duration::from_millis(10));
                    continue;
                }
            };
            self.board.counters().accepted.fetch_add(1, Relaxed);
            self.serve_connection(stream, &ini);
            let max = self.pool.max_requests;
            if max > 0 && slot.requests.load(Relaxed) >= max {
                std::process::exit(0);
            }
        }
    }

    fn serve_connection(&self, stream: Stream, ini: &WebIni) {
        let peer = stream.peer_ip();
        let limits = Limits {
            max_conns: self.pool.max_children,
            max_reqs: self.pool.max_children,
        };
        let mut conn = Conn::new(stream, limits, Some(&STOP));
        loop {
            let req = match conn.next_request() {
                Ok(Some(r)) => r,
                Ok(None) => return,
                Err(e) => {
                    self.error_log.warning(&format!(
                        "[pool {}] child {}: closing a connection on malformed FastCGI input: {e}",
                        self.pool.name,
                        std::process::id()
                    ));
                    return;
                }
            };
            let keep_conn = req.keep_conn;
            self.serve_request(&mut conn, req, peer.as_deref(), ini);
            let max = self.pool.max_requests;
            let recycled = max > 0 && self.slot().requests.load(Relaxed) >= max;
            if !keep_conn || !conn.reusable() || STOP.load(Ordering::Relaxed) || recycled {
                return;
            }
        }
    }

    fn serve_request(
        &self,
        conn: &mut Conn<Stream>,
        req: Request,
        peer: Option<&str>,
        ini: &WebIni,
    ) {
        let started = SystemTime::now();
        let clock = Instant::now();
        let cpu_start = cpu_time();
        let heap = memory::mark();
        let slot = self.slot();
        slot.request_start_us.store(now_us(), Relaxed);
        slot.method.set(param(&req, "REQUEST_METHOD"));
        slot.uri.set(param(&req, "REQUEST_URI"));
        slot.script.set(param(&req, "SCRIPT_FILENAME"));
        let content_length = lossy(param(&req, "CONTENT_LENGTH")).parse().unwrap_or(0);
        slot.content_length.store(content_length, Relaxed);
        slot.set_state(State::Running);

        let script_name = lossy(param(&req, "SCRIPT_NAME"));
        let filename = lossy(param(&req, "SCRIPT_FILENAME"));
        let sent = Rc::new(RefCell::new(Sent::default()));
        let out = conn.output();
        // A trace asked for after the previous request ended is not this one's.
        miniphp_vm::sapi::take_trace_request();
        let slowlog = self.slowlog.as_ref().and_then(|f| {
            Some(Rc::new(Slowlog {
                file: f.try_clone().ok()?,
                pool: self.pool.name.clone(),
                script: filename.clone(),
            }))
        });
        let pool = self.pool;
        let mut ran_script = false;
        let access_params = self.access_log.as_ref().map(|_| req.params.clone());
        if pool.status_path.as_deref() == Some(script_name.as_str()) {
            let queue = status::listen_queue(self.listener.inode(), pool.listen_backlog);
            let page = status::render(pool, self.board, queue, &lossy(param(&req, "QUERY_STRING")));
            send_page(&out, &sent, 200, page.headers, page.body.as_bytes());
        } else if pool.ping_path.as_deref() == Some(script_name.as_str()) {
            let page = status::ping(pool);
            send_page(&out, &sent, 200, page.headers, page.body.as_bytes());
        } else if !filename.is_empty() && !allowed_extension(pool, &filename) {
            let msg = format!(
                "Access to the script '{filename}' has been denied (see security.limit_extensions)"
            );
            let _ = writeln!(std::io::stderr(), "NOTICE: {msg}");
            refuse(&out, &sent, 403, &msg, "Access denied.\n");
        } else if filename.is_empty() || !Path::new(&filename).is_file() {
            refuse(
                &out,
                &sent,
                404,
                "Primary script unknown",
                "File not found.\n",
            );
        } else {
            ran_script = true;
            self.run_script(conn, req, &filename, sent.clone(), ini, slowlog.clone());
        }
        // Slow, but the script reached no safe point to show its stack.
        if let (Some(s), true) = (&slowlog, miniphp_vm::sapi::take_trace_request()) {
            s.write(&[]);
        }
        let _ = out.end_request(0);
        conn.drain_body();

        let duration = clock.elapsed();
        let cpu = cpu_time().saturating_sub(cpu_start);
        slot.request_duration_us
            .store(duration.as_micros() as u64, Relaxed);
        slot.last_cpu_us.store(cpu.as_micros() as u64, Relaxed);
        let peak_memory = memory::peak_since(heap);
        slot.last_memory.store(peak_memory, Relaxed);
        slot.requests.fetch_add(1, Relaxed);
        slot.set_state(State::Idle);
        if let (Some(log), Some(params)) = (&self.access_log, access_params) {
            let sent = sent.borrow();
            let info = AccessInfo {
                params: &params,
                pool: &pool.name,
                remote_ip: peer.map(str::to_string).unwrap_or_else(|| {
                    params
                        .iter()
                        .find(|(n, _)| n == b"REMOTE_ADDR")
                        .map(|(_, v)| lossy(v))
                        .unwrap_or_default()
                }),
                method: lossy(
                    params
                        .iter()
                        .find(|(n, _)| n == b"REQUEST_METHOD")
                        .map_or(&b""[..], |(_, v)| v),
                ),
                script_name,
                query: params
                    .iter()
                    .find(|(n, _)| n == b"QUERY_STRING")
                    .map(|(_, v)| lossy(v))
                    .unwrap_or_default(),
                script_filename: ran_script.then_some(filename),
                content_length,
                status: sent.status,
                headers: sent.headers.clone(),
                start: Some(started),
                duration,
                cpu,
                memory: peak_memory,
                pid: std::process::id(),
                ppid: self.ppid,
            };
            let _ = (&*log).write_all(access_line(&pool.access_format, &info).as_bytes());
        }
    }

    fn run_script(
        &self,
        conn: &Conn<Stream>,
        req: Request,
        filename: &str,
        sent: Rc<RefCell<Sent>>,
        ini: &WebIni,
        slowlog: Option<Rc<Slowlog>>,
    ) {
        let path = Path::new(filename);
        // As php-cgi: the script runs in its own directory.
        if let Some(dir) = path.parent() {
            let _ = std::env::set_current_dir(dir);
        }
        let response = FcgiResponse::new(conn.output(), sent, self.pool.catch_workers_output)
            .with_slowlog(slowlog);
        let request = HttpRequest {
            params: req.params,
            body: Box::new(conn.body()),
        };
        let _reading = self.cache.as_ref().and_then(OpCache::request);
        let mut vm = Vm::new_http_with(ini, request, Box::new(response));
        if let Some(cache) = &self.cache {
            cache.install_request(&mut vm);
        }
        vm.serve(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_extensions_match_the_file_name_suffix() {
        let pool = Pool::new("www");
        assert!(allowed_extension(&pool, "/srv/index.php"));
        assert!(allowed_extension(&pool, "/srv/app.phar"));
        assert!(!allowed_extension(&pool, "/srv/x.txt"));
        assert!(!allowed_extension(&pool, "/srv/.php"));
        assert!(!allowed_extension(&pool, "/srv/index.php.bak"));
    }
}
