//! The master: a single-threaded process that opens the listen sockets, creates the
//! opcache segment and the scoreboards, forks the workers, and then only manages
//! them: respawns, `pm` (static, dynamic, ondemand), `request_terminate_timeout`,
//! `request_slowlog_timeout`, the workers' stderr (`catch_workers_output`), and the
//! signals (SIGTERM/SIGINT fast stop, SIGQUIT graceful stop, SIGUSR2 graceful
//! reload by re-executing itself with the sockets inherited, SIGUSR1 reopens logs).
//! Signals are taken through a signalfd, so nothing runs in a signal handler here.

use std::collections::{HashMap, HashSet};
use std::ffi::CString;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant, SystemTime};

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{kill, sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::{dup2, fork, getpid, pipe, ForkResult, Pid};

use miniphp_opcache::{OpCache, Settings};
use miniphp_vm::{HttpRequest, HttpResponse, IniOverrides, Vm};

use crate::config::{Config, LogLevel, Pm, Pool};
use crate::listen::{lookup_group, lookup_user, Listener, SOCKETS_ENV};
use crate::log::{open_append, ErrorLog};
use crate::scoreboard::{Board, State};
use crate::worker::{Worker, STOP};

/// How the master was asked to run.
pub struct Options {
    pub config: Config,
    /// php.ini values (`-c`, `-d`), before each pool's own `php_value`s.
    pub ini: Vec<(String, String)>,
    pub daemonize: bool,
    /// The command line, to re-execute on reload.
    pub argv: Vec<std::ffi::OsString>,
}

/// Why `run` failed before serving (php-fpm exits 78 then).
pub struct StartError(pub String);

struct Child {
    pool: usize,
    slot: usize,
    started: Instant,
    /// The read end of its stdout/stderr pipe (catch_workers_output).
    output: Option<OwnedFd>,
    partial: Vec<u8>,
}

struct PoolRt {
    cfg: Pool,
    listener: Listener,
    board: Board,
    access_log: Option<File>,
    slowlog: Option<File>,
    ini: IniOverrides,
    spawn_rate: usize,
    /// ondemand: do not watch the socket again before this instant.
    listen_pause: Option<Instant>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    Fast,
    Graceful,
    Reload,
}

struct Master {
    log: ErrorLog,
    pools: Vec<PoolRt>,
    cache: Option<OpCache>,
    children: HashMap<Pid, Child>,
    /// Children told to exit by the process manager (not respawned).
    retired: HashSet<Pid>,
    /// Children killed for request_terminate_timeout.
    terminated: HashSet<Pid>,
    stopping: Option<(Stop, Instant)>,
    term_sent: bool,
    pid_file: Option<PathBuf>,
    argv: Vec<std::ffi::OsString>,
    running_as_root: bool,
}

fn secs_us(d: Duration) -> String {
    format!("{}.{:06}", d.as_secs(), d.subsec_micros())
}

fn signal_name(s: Signal) -> &'static str {
    s.as_str()
}

/// The opcache settings from the php.ini values (the segment is global, as in
/// php-fpm, where it belongs to the master).
fn open_cache(ini: &[(String, String)]) -> Result<Option<OpCache>, StartError> {
    let get = |name: &str| {
        ini.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let enabled = get("opcache.enable").is_none_or(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "1" | "on" | "yes" | "true"
        )
    });
    if !enabled {
        return Ok(None);
    }
    let cache = OpCache::new(Settings::from_ini(get)).map_err(|e| {
        StartError(format!(
            "Fatal Error Unable to allocate shared memory segment: {e:?}"
        ))
    })?;
    if let Some(script) = get("opcache.preload").filter(|p| !p.is_empty()) {
        preload(&cache, ini, Path::new(&script))?;
    }
    Ok(Some(cache))
}

/// Where the preload script's output goes: nowhere; its log lines to stderr.
struct PreloadOutput;

impl HttpResponse for PreloadOutput {
    fn headers(&mut self, _: u16, _: &[Vec<u8>]) -> std::io::Result<()> {
        Ok(())
    }
    fn body(&mut self, _: &[u8]) -> std::io::Result<()> {
        Ok(())
    }
    fn log(&mut self, line: &[u8]) {
        let mut l = line.to_vec();
        l.push(b'\n');
        let _ = std::io::stderr().write_all(&l);
    }
    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `opcache.preload`: run the script once in the master, in a VM made as the
/// requests' are, before any worker is forked (so they all inherit what it
/// declares).
fn preload(cache: &OpCache, ini: &[(String, String)], script: &Path) -> Result<(), StartError> {
    let overrides = IniOverrides {
        no_ini: false,
        settings: ini.to_vec(),
    };
    let request = HttpRequest {
        params: Vec::new(),
        body: Box::new(std::io::empty()),
    };
    let mut vm = Vm::new_http(&overrides, request, Box::new(PreloadOutput));
    let status = cache.preload(&mut vm, script);
    if status != 0 {
        return Err(StartError(format!(
            "failed to preload '{}' (exit status {status})",
            script.display()
        )));
    }
    Ok(())
}

fn pool_ini(base: &[(String, String)], pool: &Pool) -> IniOverrides {
    let mut settings = base.to_vec();
    settings.extend(pool.php.iter().map(|p| (p.name.clone(), p.value.clone())));
    IniOverrides {
        no_ini: false,
        settings,
    }
}

fn master_signals() -> SigSet {
    let mut set = SigSet::empty();
    for s in [
        Signal::SIGCHLD,
        Signal::SIGTERM,
        Signal::SIGINT,
        Signal::SIGQUIT,
        Signal::SIGUSR1,
        Signal::SIGUSR2,
    ] {
        set.add(s);
    }
    set
}

extern "C" fn on_quit(_: nix::libc::c_int) {
    STOP.store(true, Relaxed);
}

/// The master found the request slow: the script's stack goes to the slowlog.
extern "C" fn on_trace(_: nix::libc::c_int) {
    miniphp_vm::sapi::request_trace();
}

/// A new worker's signals: SIGQUIT interrupts `accept` and asks it to stop after
/// the request in hand; SIGTERM/SIGINT keep their default (end at once).
fn worker_signals() {
    let quit = SigAction::new(
        SigHandler::Handler(on_quit),
        SaFlags::empty(),
        SigSet::empty(),
    );
    let trace = SigAction::new(
        SigHandler::Handler(on_trace),
        SaFlags::SA_RESTART,
        SigSet::empty(),
    );
    let ignore = SigAction::new(SigHandler::SigIgn, SaFlags::empty(), SigSet::empty());
    // SAFETY: the handlers only store to an atomic and a const thread-local flag
    // (`request_trace`); the other dispositions are SIG_IGN. The worker is
    // single-threaded when they are installed.
    unsafe {
        let _ = sigaction(Signal::SIGQUIT, &quit);
        let _ = sigaction(Signal::SIGPROF, &trace);
        let _ = sigaction(Signal::SIGUSR1, &ignore);
        let _ = sigaction(Signal::SIGUSR2, &ignore);
    }
    let _ = SigSet::empty().thread_set_mask();
}

fn devnull() -> Option<File> {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
        .ok()
}

fn drop_privileges(pool: &Pool) -> Result<(), String> {
    let Some(name) = &pool.user else {
        return Ok(());
    };
    let user = lookup_user(name)?;
    let gid = match &pool.group {
        Some(g) => lookup_group(g)?,
        None => user.gid,
    };
    let cname = CString::new(name.as_bytes()).map_err(|e| e.to_string())?;
    nix::unistd::initgroups(&cname, gid)
        .and_then(|_| nix::unistd::setgid(gid))
        .map_err(|e| format!("[pool {}] failed to setgid({gid}): {e}", pool.name))?;
    nix::unistd::setuid(user.uid)
        .map_err(|e| format!("[pool {}] failed to setuid({}): {e}", pool.name, user.uid))
}

impl Master {
    fn spawn(&mut self, idx: usize) -> Option<Pid> {
        let slot = self.pools[idx].board.free_slot()?;
        let catch = self.pools[idx].cfg.catch_workers_output;
        let pipe_fds = if catch { pipe().ok() } else { None };
        // SAFETY: the master is single-threaded (no runtime, no threads), so the
        // child may run arbitrary code after fork.
        match unsafe { fork() } {
            Err(e) => {
                self.log.error(&format!(
                    "[pool {}] fork() failed: {e}",
                    self.pools[idx].cfg.name
                ));
                None
            }
            Ok(ForkResult::Child) => {
                let pool = &self.pools[idx];
                worker_signals();
                if let Some(null) = devnull() {
                    let _ = dup2(null.as_raw_fd(), 0);
                    let out = pipe_fds
                        .as_ref()
                        .map_or(null.as_raw_fd(), |(_, w)| w.as_raw_fd());
                    let _ = dup2(out, 1);
                    let _ = dup2(out, 2);
                }
                drop(pipe_fds);
                let me = getpid().as_raw() as u32;
                let s = &pool.board.slots()[slot];
                s.pid.store(me, Relaxed);
                s.started
                    .store(crate::log::unix_secs(SystemTime::now()), Relaxed);
                s.requests.store(0, Relaxed);
                s.request_duration_us.store(0, Relaxed);
                s.set_state(State::Idle);
                if self.running_as_root {
                    if let Err(e) = drop_privileges(&pool.cfg) {
                        self.log.error(&e);
                        std::process::exit(78);
                    }
                }
                if pool.cfg.clear_env {
                    for (k, _) in std::env::vars_os() {
                        std::env::remove_var(k);
                    }
                }
                for (k, v) in &pool.cfg.env {
                    std::env::set_var(k, v);
                }
                if let Some(dir) = &pool.cfg.chdir {
                    let _ = std::env::set_current_dir(dir);
                }
                let worker = Worker {
                    pool: &pool.cfg,
                    listener: &pool.listener,
                    board: &pool.board,
                    slot,
                    ini: pool.ini.clone(),
                    cache: self.cache.clone(),
                    access_log: pool.access_log.as_ref().and_then(|f| f.try_clone().ok()),
                    slowlog: pool.slowlog.as_ref().and_then(|f| f.try_clone().ok()),
                    error_log: &self.log,
                    ppid: nix::unistd::getppid().as_raw() as u32,
                };
                crate::worker::run_on_big_stack(worker)
            }
            Ok(ForkResult::Parent { child }) => {
                // Only the pid: the child may already be serving (and have set
                // its state) by the time fork returns here.
                let s = &self.pools[idx].board.slots()[slot];
                s.pid.store(child.as_raw() as u32, Relaxed);
                let output = pipe_fds.map(|(r, _w)| r);
                if let Some(r) = &output {
                    let _ = nix::fcntl::fcntl(
                        r.as_raw_fd(),
                        nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
                    );
                }
                self.children.insert(
                    child,
                    Child {
                        pool: idx,
                        slot,
                        started: Instant::now(),
                        output,
                        partial: Vec::new(),
                    },
                );
                Some(child)
            }
        }
    }

    fn children_of(&self, idx: usize) -> usize {
        self.children.values().filter(|c| c.pool == idx).count()
    }

    /// Reap every exited child: log it as php-fpm does, free its slot, respawn it.
    fn reap(&mut self) {
        loop {
            let status = match waitpid(None, Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::StillAlive) | Err(_) => return,
                Ok(s) => s,
            };
            let (pid, how, warn) = match status {
                WaitStatus::Exited(pid, code) => {
                    (pid, format!("exited with code {code}"), code != 0)
                }
                WaitStatus::Signaled(pid, sig, core) => (
                    pid,
                    format!(
                        "exited on signal {} ({}){}",
                        sig as i32,
                        signal_name(sig),
                        if core { " - core dumped" } else { "" }
                    ),
                    true,
                ),
                _ => continue,
            };
            let Some(mut child) = self.children.remove(&pid) else {
                continue;
            };
            self.drain_output(pid, &mut child, true);
            let pool = &self.pools[child.pool];
            let s = &pool.board.slots()[child.slot];
            s.set_state(State::Idle);
            s.pid.store(0, Relaxed);
            let retired = self.retired.remove(&pid);
            self.terminated.remove(&pid);
            if self.stopping.is_some() {
                continue;
            }
            let level = if warn {
                LogLevel::Warning
            } else {
                LogLevel::Notice
            };
            self.log.log(
                level,
                &format!(
                    "[pool {}] child {pid} {how} after {} seconds from start",
                    pool.cfg.name,
                    secs_us(child.started.elapsed())
                ),
            );
            if !retired && pool.cfg.pm != Pm::OnDemand {
                self.respawn(child.pool);
            }
        }
    }

    fn respawn(&mut self, idx: usize) {
        if let Some(pid) = self.spawn(idx) {
            self.log.notice(&format!(
                "[pool {}] child {pid} started",
                self.pools[idx].cfg.name
            ));
        }
    }

    /// Log what a child wrote to its stdout/stderr, line by line.
    fn drain_output(&self, pid: Pid, child: &mut Child, at_exit: bool) {
        let Some(fd) = &child.output else {
            return;
        };
        let mut f = File::from(match fd.try_clone() {
            Ok(f) => f,
            Err(_) => return,
        });
        let mut buf = [0u8; 8192];
        while let Ok(n) = f.read(&mut buf) {
            if n == 0 {
                break;
            }
            child.partial.extend_from_slice(&buf[..n]);
        }
        let pool = &self.pools[child.pool].cfg;
        let emit = |line: &[u8]| {
            let line = String::from_utf8_lossy(line);
            if pool.decorate_workers_output {
                self.log.warning(&format!(
                    "[pool {}] child {pid} said into stderr: \"{line}\"",
                    pool.name
                ));
            } else {
                self.log.raw(&line);
            }
        };
        while let Some(i) = child.partial.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = child.partial.drain(..=i).collect();
            emit(&line[..i]);
        }
        if at_exit && !child.partial.is_empty() {
            let rest = std::mem::take(&mut child.partial);
            emit(&rest);
        }
    }

    /// Timeouts, slow requests and the dynamic/ondemand process managers.
    fn maintain(&mut self) {
        let now_us = SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_micros() as u64);
        let mut kills = Vec::new();
        for pool in &self.pools {
            let c = &pool.cfg;
            let (_, active) = pool.board.idle_active();
            pool.board
                .counters()
                .max_active
                .fetch_max(active as u64, Relaxed);
            for s in pool.board.slots() {
                let pid = s.pid.load(Relaxed);
                if pid == 0 || s.state() != State::Running {
                    continue;
                }
                let elapsed =
                    Duration::from_micros(now_us.saturating_sub(s.request_start_us.load(Relaxed)));
                let pid = Pid::from_raw(pid as i32);
                let what = || {
                    format!(
                        "[pool {}] child {pid}, script '{}' (request: \"{} {}\")",
                        c.name,
                        s.script.get(),
                        s.method.get(),
                        s.uri.get()
                    )
                };
                let request_no = s.requests.load(Relaxed) + 1;
                if !c.request_slowlog_timeout.is_zero()
                    && elapsed >= c.request_slowlog_timeout
                    && s.slow_logged.load(Relaxed) != request_no
                {
                    s.slow_logged.store(request_no, Relaxed);
                    pool.board.counters().slow_requests.fetch_add(1, Relaxed);
                    self.log.warning(&format!(
                        "{} executing too slow ({} sec), logging",
                        what(),
                        secs_us(elapsed)
                    ));
                    // The worker writes the entry with its PHP stack (as php-fpm's
                    // master does by tracing it).
                    if pool.slowlog.is_some() {
                        self.log.notice(&format!("about to trace {pid}"));
                        let _ = kill(pid, Signal::SIGPROF);
                    }
                }
                if !c.request_terminate_timeout.is_zero()
                    && elapsed >= c.request_terminate_timeout
                    && !self.terminated.contains(&pid)
                {
                    self.log.warning(&format!(
                        "{} execution timed out ({} sec), terminating",
                        what(),
                        secs_us(elapsed)
                    ));
                    kills.push(pid);
                }
            }
        }
        for pid in kills {
            self.terminated.insert(pid);
            let _ = kill(pid, Signal::SIGTERM);
        }
        if self.stopping.is_none() {
            for idx in 0..self.pools.len() {
                match self.pools[idx].cfg.pm {
                    Pm::Static => {}
                    Pm::Dynamic => self.maintain_dynamic(idx),
                    Pm::OnDemand => self.retire_idle(idx),
                }
            }
        }
    }

    fn reached_max(&self, idx: usize) {
        let pool = &self.pools[idx];
        pool.board
            .counters()
            .max_children_reached
            .fetch_add(1, Relaxed);
        self.log.warning(&format!(
            "[pool {}] server reached pm.max_children setting ({}), consider raising it",
            pool.cfg.name, pool.cfg.max_children
        ));
    }

    fn maintain_dynamic(&mut self, idx: usize) {
        let (idle, _) = self.pools[idx].board.idle_active();
        let total = self.children_of(idx);
        let c = self.pools[idx].cfg.clone();
        if idle > c.max_spare_servers as usize {
            if let Some(pid) = self.idle_child(idx) {
                self.retired.insert(pid);
                let _ = kill(pid, Signal::SIGQUIT);
            }
            self.pools[idx].spawn_rate = 1;
            return;
        }
        if idle >= c.min_spare_servers as usize {
            self.pools[idx].spawn_rate = 1;
            return;
        }
        if total >= c.max_children as usize {
            if idle == 0 {
                self.reached_max(idx);
            }
            return;
        }
        let rate = self.pools[idx].spawn_rate;
        let n = rate
            .min(c.min_spare_servers as usize - idle)
            .min(c.max_children as usize - total);
        if rate >= 8 {
            self.log.warning(&format!(
                "[pool {}] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning {n} children, there are {idle} idle, and {total} total children",
                c.name
            ));
        }
        for _ in 0..n {
            self.spawn(idx);
        }
        self.pools[idx].spawn_rate = (rate * 2).min(32);
    }

    /// An idle child of the pool (the one idle the longest).
    fn idle_child(&self, idx: usize) -> Option<Pid> {
        let board = &self.pools[idx].board;
        self.children
            .iter()
            .filter(|(p, c)| {
                c.pool == idx
                    && !self.retired.contains(p)
                    && board.slots()[c.slot].state() == State::Idle
            })
            .min_by_key(|(_, c)| {
                let s = &board.slots()[c.slot];
                s.request_start_us.load(Relaxed) + s.request_duration_us.load(Relaxed)
            })
            .map(|(p, _)| *p)
    }

    fn retire_idle(&mut self, idx: usize) {
        let now_us = SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_micros() as u64);
        let timeout = self.pools[idx].cfg.process_idle_timeout.as_micros() as u64;
        let board = &self.pools[idx].board;
        let expired: Vec<Pid> = self
            .children
            .iter()
            .filter(|(p, c)| {
                let s = &board.slots()[c.slot];
                let last = if s.requests.load(Relaxed) == 0 {
                    s.started.load(Relaxed).max(0) as u64 * 1_000_000
                } else {
                    s.request_start_us.load(Relaxed) + s.request_duration_us.load(Relaxed)
                };
                c.pool == idx
                    && !self.retired.contains(p)
                    && s.state() == State::Idle
                    && now_us.saturating_sub(last) > timeout
            })
            .map(|(p, _)| *p)
            .collect();
        for pid in expired {
            self.retired.insert(pid);
            let _ = kill(pid, Signal::SIGQUIT);
        }
    }

    /// ondemand: a connection waits; start a worker if none is idle.
    fn on_demand(&mut self, idx: usize) {
        let (idle, _) = self.pools[idx].board.idle_active();
        if idle == 0 {
            if self.children_of(idx) < self.pools[idx].cfg.max_children as usize {
                self.spawn(idx);
            } else {
                self.reached_max(idx);
            }
        }
        self.pools[idx].listen_pause = Some(Instant::now() + Duration::from_millis(50));
    }

    fn signal_children(&self, sig: Signal) {
        for pid in self.children.keys() {
            let _ = kill(*pid, sig);
        }
    }

    fn begin_stop(&mut self, how: Stop) {
        if self.stopping.is_some_and(|(s, _)| s == Stop::Fast) {
            return;
        }
        let (msg, sig) = match how {
            Stop::Fast => ("Terminating ...", Signal::SIGTERM),
            Stop::Graceful => ("Finishing ...", Signal::SIGQUIT),
            Stop::Reload => ("Reloading in progress ...", Signal::SIGQUIT),
        };
        self.log.notice(msg);
        self.stopping = Some((how, Instant::now()));
        self.signal_children(sig);
    }

    fn heartbeat(&self) -> Duration {
        let mut beat = Duration::from_secs(1);
        for p in &self.pools {
            for t in [
                p.cfg.request_terminate_timeout,
                p.cfg.request_slowlog_timeout,
            ] {
                if !t.is_zero() {
                    beat = beat.min((t / 3).max(Duration::from_millis(100)));
                }
            }
        }
        beat
    }

    fn event_loop(&mut self, sfd: &mut SignalFd, grace: Duration) -> Option<Stop> {
        let beat = self.heartbeat();
        let mut next_beat = Instant::now() + beat;
        loop {
            if let Some((how, since)) = self.stopping {
                if self.children.is_empty() {
                    return Some(how);
                }
                let limit = if how == Stop::Fast {
                    Duration::from_secs(1)
                } else {
                    grace
                };
                if !limit.is_zero() && since.elapsed() > limit && !self.term_sent {
                    self.term_sent = true;
                    let sig = if how == Stop::Fast {
                        Signal::SIGKILL
                    } else {
                        Signal::SIGTERM
                    };
                    self.signal_children(sig);
                }
            }
            let now = Instant::now();
            let mut watched: Vec<(usize, bool)> = Vec::new(); // (pool, is_listener) / (child index)
            let mut fds: Vec<PollFd> = vec![PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
            let mut timeout = next_beat.saturating_duration_since(now);
            for (i, p) in self.pools.iter().enumerate() {
                if p.cfg.pm != Pm::OnDemand || self.stopping.is_some() {
                    continue;
                }
                match p.listen_pause {
                    Some(t) if t > now => timeout = timeout.min(t - now),
                    _ => {
                        fds.push(PollFd::new(p.listener.as_fd(), PollFlags::POLLIN));
                        watched.push((i, true));
                    }
                }
            }
            let pids: Vec<Pid> = self
                .children
                .iter()
                .filter(|(_, c)| c.output.is_some())
                .map(|(p, _)| *p)
                .collect();
            for pid in &pids {
                if let Some(fd) = self.children.get(pid).and_then(|c| c.output.as_ref()) {
                    fds.push(PollFd::new(fd.as_fd(), PollFlags::POLLIN));
                }
            }
            let ms = timeout.as_millis().min(u16::MAX as u128) as u16;
            let ready = match poll(&mut fds, PollTimeout::from(ms)) {
                Ok(_) => fds
                    .iter()
                    .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
                    .collect::<Vec<bool>>(),
                Err(_) => vec![false; fds.len()],
            };
            drop(fds);
            if ready[0] {
                while let Ok(Some(info)) = sfd.read_signal() {
                    match Signal::try_from(info.ssi_signo as i32) {
                        Ok(Signal::SIGCHLD) => self.reap(),
                        Ok(Signal::SIGTERM) | Ok(Signal::SIGINT) => self.begin_stop(Stop::Fast),
                        Ok(Signal::SIGQUIT) => self.begin_stop(Stop::Graceful),
                        Ok(Signal::SIGUSR2) => self.begin_stop(Stop::Reload),
                        Ok(Signal::SIGUSR1) => self.reopen_logs(),
                        _ => {}
                    }
                }
                // A SIGCHLD may be coalesced with another: reap anyway.
                self.reap();
            }
            for (k, (pool, _)) in watched.iter().enumerate() {
                if ready[1 + k] {
                    self.on_demand(*pool);
                }
            }
            let base = 1 + watched.len();
            for (k, pid) in pids.iter().enumerate() {
                if ready.get(base + k) == Some(&true) {
                    if let Some(mut child) = self.children.remove(pid) {
                        self.drain_output(*pid, &mut child, false);
                        self.children.insert(*pid, child);
                    }
                }
            }
            if Instant::now() >= next_beat {
                self.maintain();
                next_beat = Instant::now() + beat;
            }
        }
    }

    fn reopen_logs(&mut self) {
        for p in &mut self.pools {
            if let Some(path) = &p.cfg.access_log {
                p.access_log = open_append(path).ok();
            }
        }
        self.log.notice("error log file re-opened");
    }

    fn cleanup(&self, remove_sockets: bool) {
        if let Some(p) = &self.pid_file {
            let _ = std::fs::remove_file(p);
        }
        if remove_sockets {
            for p in &self.pools {
                p.listener.remove_file();
            }
        }
    }

    /// SIGUSR2: run ourselves again with the same arguments and the sockets.
    fn reexec(&self) -> StartError {
        let exports: Vec<String> = self.pools.iter().map(|p| p.listener.export()).collect();
        std::env::set_var(SOCKETS_ENV, exports.join(","));
        let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from(&self.argv[0]));
        let shown: Vec<String> = self
            .argv
            .iter()
            .map(|a| format!("\"{}\"", a.to_string_lossy()))
            .collect();
        self.log.notice(&format!(
            "reloading: execvp(\"{}\", {{{}}})",
            self.argv[0].to_string_lossy(),
            shown.join(", ")
        ));
        let args: Vec<CString> = self
            .argv
            .iter()
            .filter_map(|a| CString::new(a.as_bytes()).ok())
            .collect();
        let Ok(path) = CString::new(exe.as_os_str().as_bytes()) else {
            return StartError("reload: bad executable path".into());
        };
        match nix::unistd::execv(&path, &args) {
            Err(e) => StartError(format!("reload: execv failed: {e}")),
            Ok(never) => match never {},
        }
    }
}

/// Fork into the background; the parent exits once the child says it is ready
/// (a byte on the pipe) or failed (the pipe closes empty).
fn daemonize() -> Result<Option<OwnedFd>, StartError> {
    let (r, w) = pipe().map_err(|e| StartError(format!("pipe() failed: {e}")))?;
    // SAFETY: single-threaded at this point; the parent only reads a pipe and exits.
    match unsafe { fork() } {
        Err(e) => Err(StartError(format!("fork() failed: {e}"))),
        Ok(ForkResult::Parent { .. }) => {
            drop(w);
            let mut b = [0u8; 1];
            let ok = matches!(File::from(r).read(&mut b), Ok(1));
            std::process::exit(if ok { 0 } else { 78 });
        }
        Ok(ForkResult::Child) => {
            drop(r);
            let _ = nix::unistd::setsid();
            if let Some(null) = devnull() {
                for fd in 0..3 {
                    let _ = dup2(null.as_raw_fd(), fd);
                }
            }
            Ok(Some(w))
        }
    }
}

/// Start everything and serve until stopped. Returns the exit status.
pub fn run(opts: Options) -> Result<i32, StartError> {
    let g = &opts.config.global;
    let log = ErrorLog::open(g.error_log.as_deref(), g.log_level).map_err(|e| {
        StartError(format!(
            "failed to open error_log ({}): {e}",
            g.error_log
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        ))
    })?;
    let running_as_root = nix::unistd::geteuid().is_root();
    let cache = open_cache(&opts.ini)?;
    let mut pools = Vec::new();
    for cfg in &opts.config.pools {
        if !running_as_root && cfg.user.is_some() {
            log.notice(&format!(
                "[pool {}] 'user' directive is ignored when FPM is not running as root",
                cfg.name
            ));
        }
        let (listener, inherited) =
            Listener::open(cfg).map_err(|e| StartError(format!("[pool {}] {e}", cfg.name)))?;
        if inherited {
            log.notice(&format!(
                "using inherited socket fd={}, \"{}\"",
                listener.fd.as_raw_fd(),
                listener.address.shown()
            ));
        }
        let board = Board::new(cfg.max_children as usize).map_err(|e| {
            StartError(format!(
                "[pool {}] unable to create the scoreboard: {e}",
                cfg.name
            ))
        })?;
        board
            .counters()
            .started
            .store(crate::log::unix_secs(SystemTime::now()), Relaxed);
        let open_log = |path: &Option<PathBuf>, what: &str| {
            path.as_deref()
                .map(|p| {
                    open_append(p).map_err(|e| {
                        StartError(format!(
                            "failed to open {what} ({}): {}",
                            p.display(),
                            e.to_string().replace("os error ", "")
                        ))
                    })
                })
                .transpose()
        };
        pools.push(PoolRt {
            access_log: open_log(&cfg.access_log, "access log")?,
            slowlog: open_log(&cfg.slowlog, "slowlog")?,
            ini: pool_ini(&opts.ini, cfg),
            cfg: cfg.clone(),
            listener,
            board,
            spawn_rate: 1,
            listen_pause: None,
        });
    }
    let ready = if opts.daemonize { daemonize()? } else { None };
    let pid_file = g.pid.clone();
    if let Some(p) = &pid_file {
        std::fs::write(p, format!("{}\n", std::process::id())).map_err(|e| {
            StartError(format!(
                "Unable to create the PID file ({}).: {e}",
                p.display()
            ))
        })?;
    }
    let sigs = master_signals();
    sigs.thread_block()
        .map_err(|e| StartError(format!("sigprocmask: {e}")))?;
    let mut sfd = SignalFd::with_flags(&sigs, SfdFlags::SFD_NONBLOCK | SfdFlags::SFD_CLOEXEC)
        .map_err(|e| StartError(format!("signalfd: {e}")))?;
    let mut m = Master {
        log,
        pools,
        cache,
        children: HashMap::new(),
        retired: HashSet::new(),
        terminated: HashSet::new(),
        stopping: None,
        term_sent: false,
        pid_file,
        argv: opts.argv,
        running_as_root,
    };
    m.log
        .notice(&format!("fpm is running, pid {}", std::process::id()));
    for idx in 0..m.pools.len() {
        let n = match m.pools[idx].cfg.pm {
            Pm::Static => m.pools[idx].cfg.max_children,
            Pm::Dynamic => m.pools[idx].cfg.start_servers,
            Pm::OnDemand => 0,
        };
        for _ in 0..n {
            m.spawn(idx);
        }
    }
    m.log.notice("ready to handle connections");
    if let Some(w) = ready {
        let _ = File::from(w).write_all(b"1");
    }
    let grace = opts.config.global.process_control_timeout;
    let how = m.event_loop(&mut sfd, grace);
    if how == Some(Stop::Reload) {
        m.cache = None;
        drop(sfd);
        let _ = SigSet::empty().thread_set_mask();
        return Err(m.reexec());
    }
    m.cleanup(true);
    m.log.notice("exiting, bye-bye!");
    Ok(0)
}
