//! Shared by the end-to-end tests: a docroot, a running miniphp-fpm on a free
//! port (stopped on drop), and waiting helpers.

#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A port no server is listening on, never one this process handed out before: the
/// tests run in parallel, and a number is free again between being handed out and a
/// server binding it (two servers of one binary raced for a port and one test talked
/// to the other's server).
pub fn free_port() -> u16 {
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

pub fn wait_until(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let end = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < end {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("timed out waiting for {what}");
}

/// The test scripts.
pub fn docroot(dir: &Path) -> PathBuf {
    let root = dir.join("www");
    std::fs::create_dir_all(&root).unwrap();
    let files: &[(&str, &str)] = &[
        ("hello.php", "<?php echo 'Hello';"),
        (
            "post.php",
            "<?php $in = file_get_contents('php://input'); echo strlen($in), ' ', md5($in), ' ', \
             isset($_POST['a']) ? $_POST['a'] : '-';",
        ),
        (
            "nf.php",
            "<?php http_response_code(404); header('X-A: b'); echo 'nf';",
        ),
        ("warn.php", "<?php echo $undefined; echo 'x';"),
        ("error.php", "<?php throw new RuntimeException('boom');"),
        ("loop.php", "<?php while (true) { $i = 1; }"),
        ("x.txt", "text"),
    ];
    for (name, text) in files {
        std::fs::write(root.join(name), text).unwrap();
    }
    root
}

pub struct Fpm {
    pub child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

impl Fpm {
    /// Start with `pool_extra` lines added to a static pool of `workers`.
    pub fn start(dir: &Path, workers: u32, pool_extra: &str) -> Fpm {
        Fpm::start_with(dir, workers, pool_extra, &[])
    }

    /// As `start`, with more command-line arguments (`-d key=value`).
    pub fn start_with(dir: &Path, workers: u32, pool_extra: &str, args: &[String]) -> Fpm {
        let port = free_port();
        let conf = dir.join("fpm.conf");
        std::fs::write(
            &conf,
            format!(
                "[global]\nerror_log = {d}/fpm.log\npid = {d}/fpm.pid\ndaemonize = no\n\n\
                 [www]\nlisten = 127.0.0.1:{port}\npm = static\npm.max_children = {workers}\n\
                 access.log = {d}/access.log\n{pool_extra}\n",
                d = dir.display()
            ),
        )
        .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_miniphp-fpm"))
            .args(["-F", "-R", "-y"])
            .arg(&conf)
            .args(args)
            .stdin(Stdio::null())
            .spawn()
            .expect("miniphp-fpm starts");
        wait_until("miniphp-fpm to listen", 10, || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        Fpm {
            child,
            port,
            dir: dir.to_path_buf(),
        }
    }

    /// Wait until the error log satisfies `f`; the log in the panic otherwise.
    pub fn wait_log(&self, what: &str, secs: u64, f: impl Fn(&str) -> bool) {
        let end = Instant::now() + Duration::from_secs(secs);
        while Instant::now() < end {
            if f(&self.log()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("timed out waiting for {what}; the log:\n{}", self.log());
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("fpm.log")).unwrap_or_default()
    }

    pub fn signal(&self, sig: nix::sys::signal::Signal) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        nix::sys::signal::kill(pid, sig).unwrap();
    }

    /// Wait for the master to exit; its status code.
    pub fn wait_exit(&mut self, secs: u64) -> Option<i32> {
        let end = Instant::now() + Duration::from_secs(secs);
        while Instant::now() < end {
            if let Ok(Some(st)) = self.child.try_wait() {
                return st.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Fpm {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.signal(nix::sys::signal::Signal::SIGTERM);
            if self.wait_exit(5).is_none() {
                let _ = self.child.kill();
                let _ = self.child.wait();
            }
        }
    }
}
