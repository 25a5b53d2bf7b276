//! End to end through a real nginx on loopback (its own config and prefix in a
//! temp dir, started and stopped here). Skipped, with a message, without nginx.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{docroot, free_port, wait_until, Fpm};

fn nginx_binary() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    dirs.extend(["/usr/sbin", "/usr/local/sbin", "/sbin"].map(PathBuf::from));
    dirs.into_iter()
        .map(|d| d.join("nginx"))
        .find(|p| p.is_file())
}

struct Nginx {
    child: Child,
    port: u16,
}

impl Nginx {
    fn start(bin: &Path, dir: &Path, backend: u16, root: &Path) -> Nginx {
        let port = free_port();
        let d = dir.join("nginx");
        std::fs::create_dir_all(d.join("tmp")).unwrap();
        let user = if nix::unistd::geteuid().is_root() {
            "user root root;"
        } else {
            ""
        };
        let conf = format!(
            "{user}\nworker_processes 1;\ndaemon off;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\n\
             events {{ worker_connections 256; }}\n\
             http {{\n access_log off;\n client_body_temp_path {d}/tmp/body;\n fastcgi_temp_path {d}/tmp/fcgi;\n\
             proxy_temp_path {d}/tmp/proxy;\n scgi_temp_path {d}/tmp/scgi;\n uwsgi_temp_path {d}/tmp/uwsgi;\n\
             client_max_body_size 64m;\n\
             upstream fpm {{ server 127.0.0.1:{backend}; keepalive 4; }}\n\
             server {{\n listen 127.0.0.1:{port};\n root {root};\n\
             location / {{\n fastcgi_pass fpm;\n fastcgi_keep_conn on;\n fastcgi_read_timeout 20s;\n\
             fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n\
             fastcgi_param SCRIPT_NAME $fastcgi_script_name;\n fastcgi_param REQUEST_URI $request_uri;\n\
             fastcgi_param QUERY_STRING $query_string;\n fastcgi_param REQUEST_METHOD $request_method;\n\
             fastcgi_param CONTENT_TYPE $content_type;\n fastcgi_param CONTENT_LENGTH $content_length;\n\
             fastcgi_param SERVER_PROTOCOL $server_protocol;\n fastcgi_param REMOTE_ADDR $remote_addr;\n\
             }}\n }}\n}}\n",
            d = d.display(),
            root = root.display()
        );
        std::fs::write(d.join("nginx.conf"), conf).unwrap();
        let child = Command::new(bin)
            .arg("-p")
            .arg(&d)
            .arg("-c")
            .arg(d.join("nginx.conf"))
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx starts");
        wait_until("nginx to listen", 10, || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        Nginx { child, port }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        let _ = self.child.wait();
    }
}

struct Http {
    status: u16,
    head: String,
    body: Vec<u8>,
}

/// One HTTP/1.0 request (no chunked answers), read to the end.
fn http(port: u16, method: &str, path: &str, headers: &[&str], body: &[u8]) -> Http {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.0\r\nHost: localhost\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    if !body.is_empty() {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let at = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..at]).into_owned();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    Http {
        status,
        head,
        body: raw.get(at + 4..).unwrap_or(&[]).to_vec(),
    }
}

fn md5_hex(data: &[u8]) -> String {
    let out = Command::new("md5sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(data)?;
            c.wait_with_output()
        })
        .unwrap();
    String::from_utf8_lossy(&out.stdout)[..32].to_string()
}

#[test]
fn through_nginx() {
    let Some(bin) = nginx_binary() else {
        eprintln!("SKIPPED: nginx is not installed (apt-get install nginx to run this test)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(
        dir.path(),
        2,
        "request_terminate_timeout = 1\npm.status_path = /status\nping.path = /ping\n",
    );
    let ngx = Nginx::start(&bin, dir.path(), fpm.port, &root);
    let p = ngx.port;

    let r = http(p, "GET", "/hello.php", &[], b"");
    assert_eq!(r.status, 200);
    assert!(
        r.head
            .contains("\r\nContent-Type: text/html; charset=UTF-8"),
        "{}",
        r.head
    );
    assert_eq!(r.body, b"Hello");

    let r = http(p, "HEAD", "/hello.php", &[], b"");
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());

    let r = http(
        p,
        "POST",
        "/post.php",
        &["Content-Type: application/x-www-form-urlencoded"],
        b"a=1&b=2",
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        String::from_utf8_lossy(&r.body),
        format!("7 {} 1", md5_hex(b"a=1&b=2"))
    );

    let big: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let r = http(
        p,
        "POST",
        "/post.php",
        &["Content-Type: application/octet-stream"],
        &big,
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        String::from_utf8_lossy(&r.body),
        format!("3000000 {} -", md5_hex(&big))
    );

    let r = http(p, "GET", "/missing.php", &[], b"");
    assert_eq!(
        (r.status, r.body.as_slice()),
        (404, &b"File not found.\n"[..])
    );
    let r = http(p, "GET", "/x.txt", &[], b"");
    assert_eq!(
        (r.status, r.body.as_slice()),
        (403, &b"Access denied.\n"[..])
    );
    let r = http(p, "GET", "/nf.php", &[], b"");
    assert_eq!(r.status, 404);
    assert!(r.head.contains("\r\nX-A: b"), "{}", r.head);
    let r = http(p, "GET", "/error.php", &[], b"");
    assert_eq!(r.status, 500);

    // Keep-alive FastCGI connections: many requests, few accepted connections.
    for _ in 0..20 {
        assert_eq!(http(p, "GET", "/hello.php", &[], b"").body, b"Hello");
    }
    let r = http(p, "GET", "/status", &[], b"");
    let body = String::from_utf8_lossy(&r.body).into_owned();
    let accepted: u64 = body
        .lines()
        .find_map(|l| l.strip_prefix("accepted conn:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("accepted conn");
    assert!(accepted < 20, "{body}");
    assert_eq!(http(p, "GET", "/ping", &[], b"").body, b"pong");

    // A runaway script: its worker is killed, nginx answers 502, service goes on.
    let r = http(p, "GET", "/loop.php", &[], b"");
    assert_eq!(r.status, 502);
    wait_until("the respawn", 5, || {
        fpm.log().contains("exited on signal 15 (SIGTERM)")
    });
    assert_eq!(http(p, "GET", "/hello.php", &[], b"").body, b"Hello");
}
