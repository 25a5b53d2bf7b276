//! miniphp-fpm as a process, driven by a FastCGI client (no web server needed).

mod common;

use std::net::TcpStream;
use std::process::Command;
use std::time::Duration;

use common::{docroot, wait_until, Fpm};
use miniphp_fpm::fcgi::client::{self, Client, Response};
use miniphp_fpm::fcgi::record as rec;
use nix::sys::signal::Signal;

fn connect(fpm: &Fpm) -> Client<TcpStream> {
    let s = TcpStream::connect(("127.0.0.1", fpm.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    Client::new(s)
}

fn get(c: &mut Client<TcpStream>, root: &std::path::Path, uri: &str, keep: bool) -> Response {
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    let filename = format!("{}{path}", root.display());
    let params: Vec<(&[u8], &[u8])> = vec![
        (b"REQUEST_METHOD", b"GET"),
        (b"SCRIPT_FILENAME", filename.as_bytes()),
        (b"SCRIPT_NAME", path.as_bytes()),
        (b"REQUEST_URI", uri.as_bytes()),
        (b"QUERY_STRING", query.as_bytes()),
        (b"SERVER_PROTOCOL", b"HTTP/1.1"),
    ];
    c.request(1, keep, &params, b"").unwrap()
}

fn one(fpm: &Fpm, root: &std::path::Path, uri: &str) -> Response {
    get(&mut connect(fpm), root, uri, false)
}

#[test]
fn answers_scripts_and_refusals_as_php_fpm() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(
        dir.path(),
        2,
        "pm.status_path = /status\nping.path = /ping\n",
    );

    let r = one(&fpm, &root, "/hello.php");
    assert_eq!(
        r.stdout,
        b"Content-type: text/html; charset=UTF-8\r\n\r\nHello"
    );
    assert_eq!(
        (r.app_status, r.protocol_status),
        (0, rec::REQUEST_COMPLETE)
    );

    let r = one(&fpm, &root, "/missing.php");
    assert_eq!(r.stderr, b"Primary script unknown");
    assert_eq!(
        r.stdout,
        b"Status: 404 Not Found\r\nContent-type: text/html; charset=UTF-8\r\n\r\nFile not found.\n"
    );

    let r = one(&fpm, &root, "/x.txt");
    let expected = format!(
        "Access to the script '{}/x.txt' has been denied (see security.limit_extensions)",
        root.display()
    );
    assert_eq!(String::from_utf8_lossy(&r.stderr), expected);
    assert_eq!(
        r.stdout,
        b"Status: 403 Forbidden\r\nContent-type: text/html; charset=UTF-8\r\n\r\nAccess denied.\n"
    );

    let r = one(&fpm, &root, "/nf.php");
    assert_eq!(
        r.stdout,
        b"Status: 404 Not Found\r\nX-A: b\r\nContent-type: text/html; charset=UTF-8\r\n\r\nnf"
    );

    let r = one(&fpm, &root, "/warn.php");
    let warning = format!(
        "PHP message: PHP Warning:  Undefined variable $undefined in {}/warn.php on line 1",
        root.display()
    );
    assert_eq!(String::from_utf8_lossy(&r.stderr), warning);
    assert!(r.stdout.ends_with(b"\r\n\r\nx"));

    let r = one(&fpm, &root, "/error.php");
    assert!(
        r.stdout
            .starts_with(b"Status: 500 Internal Server Error\r\n"),
        "{:?}",
        r.split()
    );

    let r = one(&fpm, &root, "/ping");
    assert_eq!(
        r.stdout,
        b"Content-type: text/plain;charset=UTF-8\r\nExpires: Thu, 01 Jan 1970 00:00:00 GMT\r\n\
          Cache-Control: no-cache, no-store, must-revalidate, max-age=0\r\n\r\npong"
    );
    let r = one(&fpm, &root, "/status?json");
    let (head, body) = r.split();
    assert!(head.ends_with("Content-Type: application/json"), "{head}");
    let body = String::from_utf8_lossy(body);
    assert!(
        body.starts_with("{\"pool\":\"www\",\"process manager\":\"static\","),
        "{body}"
    );
    assert!(body.contains("\"total processes\":2,"), "{body}");
    assert!(body.contains("\"active processes\":1,"), "{body}");

    // The access log has a line per request, in the default format.
    let access = std::fs::read_to_string(dir.path().join("access.log")).unwrap();
    assert!(access.contains("\"GET /hello.php\" 200\n"), "{access}");
    assert!(access.contains("\"GET /missing.php\" 404\n"), "{access}");
    assert!(access.contains("\"GET /x.txt\" 403\n"), "{access}");
}

#[test]
fn keep_conn_get_values_and_malformed_input() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(dir.path(), 1, "");
    let mut c = connect(&fpm);
    for _ in 0..3 {
        let r = get(&mut c, &root, "/hello.php", true);
        assert!(r.stdout.ends_with(b"Hello"));
    }
    let values = c
        .get_values(&[b"FCGI_MAX_CONNS", b"FCGI_MPXS_CONNS"])
        .unwrap();
    assert_eq!(values[0].1, b"1");
    assert_eq!(values[1].1, b"0");

    // A POST body streamed in many records.
    let body = vec![b'z'; 200_000];
    let filename = format!("{}/post.php", root.display());
    let len = body.len().to_string();
    let params: Vec<(&[u8], &[u8])> = vec![
        (b"REQUEST_METHOD", b"POST"),
        (b"SCRIPT_FILENAME", filename.as_bytes()),
        (b"CONTENT_LENGTH", len.as_bytes()),
        (b"CONTENT_TYPE", b"application/octet-stream"),
    ];
    let r = c.request(2, true, &params, &body).unwrap();
    assert!(
        r.stdout
            .ends_with(b"\r\n\r\n200000 57d9ece294808b8c6f1b1a81f3f7bea3 -"),
        "{:?}",
        r.split()
    );
    drop(c);

    // Garbage closes that connection only; the single worker serves the next one.
    let mut bad = connect(&fpm);
    bad.send_raw(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    assert!(bad.read_record().is_err());
    let mut trunc = connect(&fpm);
    trunc.send_raw(&client::begin(1, false)[..5]).unwrap();
    trunc.shutdown_write();
    assert!(trunc.read_record().is_err());
    // Without FCGI_KEEP_CONN the worker closes the connection after the request.
    let mut c = connect(&fpm);
    assert!(get(&mut c, &root, "/hello.php", false)
        .stdout
        .ends_with(b"Hello"));
    assert!(c.read_record().is_err());
    wait_until("the malformed-input log line", 5, || {
        fpm.log()
            .contains("closing a connection on malformed FastCGI input")
    });
}

#[test]
fn terminate_timeout_kills_and_a_new_worker_takes_over() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(dir.path(), 1, "request_terminate_timeout = 1\n");
    let mut c = connect(&fpm);
    assert!(get_result(&mut c, &root, "/loop.php").is_err());
    fpm.wait_log("the timeout log lines", 10, |log| {
        log.contains("(request: \"GET /loop.php\") execution timed out (")
            && log.contains("exited on signal 15 (SIGTERM) after")
            && log.contains("] NOTICE: [pool www] child ")
    });
    let r = one(&fpm, &root, "/hello.php");
    assert!(r.stdout.ends_with(b"Hello"));
}

fn get_result(
    c: &mut Client<TcpStream>,
    root: &std::path::Path,
    uri: &str,
) -> std::io::Result<Response> {
    let filename = format!("{}{uri}", root.display());
    let params: Vec<(&[u8], &[u8])> = vec![
        (b"REQUEST_METHOD", b"GET"),
        (b"SCRIPT_FILENAME", filename.as_bytes()),
        (b"REQUEST_URI", uri.as_bytes()),
    ];
    c.request(1, false, &params, b"")
}

#[test]
fn max_requests_recycles_workers() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(dir.path(), 1, "pm.max_requests = 2\n");
    for _ in 0..5 {
        assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
    }
    fpm.wait_log("a recycled worker", 5, |log| {
        log.contains("exited with code 0 after") && log.contains("] NOTICE: [pool www] child ")
    });
}

#[test]
fn a_killed_worker_is_logged_and_respawned() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(dir.path(), 1, "pm.status_path = /status\n");
    let status = one(&fpm, &root, "/status?full");
    let body = String::from_utf8_lossy(status.split().1).into_owned();
    let pid: i32 = body
        .lines()
        .find_map(|l| l.strip_prefix("pid:"))
        .and_then(|p| p.trim().parse().ok())
        .expect("a pid line");
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), Signal::SIGKILL).unwrap();
    fpm.wait_log("the SIGKILL log line", 5, |log| {
        log.contains(&format!("child {pid} exited on signal 9 (SIGKILL) after"))
    });
    assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
}

#[test]
fn reload_keeps_the_socket_and_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let mut fpm = Fpm::start(dir.path(), 1, "");
    assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
    fpm.signal(Signal::SIGUSR2);
    wait_until("the reload", 10, || {
        let log = fpm.log();
        log.contains("NOTICE: Reloading in progress ...")
            && log.contains("using inherited socket fd=")
            && log.matches("ready to handle connections").count() == 2
    });
    assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
    fpm.signal(Signal::SIGQUIT);
    assert_eq!(fpm.wait_exit(10), Some(0));
    let log = fpm.log();
    assert!(
        log.contains("NOTICE: Finishing ...") && log.ends_with("NOTICE: exiting, bye-bye!\n"),
        "{log}"
    );
    assert!(!dir.path().join("fpm.pid").exists());
}

#[test]
fn ondemand_starts_workers_when_connections_come() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(
        dir.path(),
        2,
        "pm = ondemand\npm.process_idle_timeout = 1s\npm.status_path = /status\n",
    );
    assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
    let body = String::from_utf8_lossy(one(&fpm, &root, "/status").split().1).into_owned();
    assert!(body.contains("process manager:      ondemand"), "{body}");
    assert!(!body.contains("total processes:      0"), "{body}");
}

#[test]
fn unix_socket_and_config_test_mode() {
    let dir = tempfile::tempdir().unwrap();
    let sock = dir.path().join("fpm.sock");
    let conf = dir.path().join("t.conf");
    let bin = env!("CARGO_BIN_EXE_miniphp-fpm");
    std::fs::write(
        &conf,
        format!(
            "[www]\nlisten = {}\npm.max_children = 1\nlisten.mode = 0600\n",
            sock.display()
        ),
    )
    .unwrap();
    let out = Command::new(bin)
        .args(["-R", "-t", "-y"])
        .arg(&conf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "NOTICE: configuration file {} test is successful",
            conf.display()
        )),
        "{err}"
    );

    std::fs::write(&conf, "[www]\nlisten = 1\npm = bogus\n").unwrap();
    let out = Command::new(bin)
        .args(["-R", "-t", "-y"])
        .arg(&conf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(78));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ERROR: [") && err.contains(":3] unable to parse value for entry 'pm': invalid process manager (static, dynamic or ondemand)"), "{err}");
    assert!(err.contains("ERROR: FPM initialization failed"), "{err}");

    // The embedded default with --listen on a unix socket.
    let mut child = Command::new(bin)
        .args(["-R", "--workers", "1", "--listen"])
        .arg(&sock)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_until("the unix socket", 10, || {
        std::os::unix::net::UnixStream::connect(&sock).is_ok()
    });
    let mut c = Client::new(std::os::unix::net::UnixStream::connect(&sock).unwrap());
    let params: Vec<(&[u8], &[u8])> = vec![(b"SCRIPT_FILENAME", b"/nonexistent/x.php")];
    let r = c.request(1, false, &params, b"").unwrap();
    assert_eq!(r.stderr, b"Primary script unknown");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        Signal::SIGTERM,
    )
    .unwrap();
    assert!(child.wait().unwrap().success());
    assert!(!sock.exists());
}

#[test]
fn dynamic_pm_keeps_spare_workers() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(
        dir.path(),
        4,
        "pm = dynamic\npm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n\
         pm.status_path = /status\n",
    );
    let body = String::from_utf8_lossy(one(&fpm, &root, "/status").split().1).into_owned();
    assert!(body.contains("process manager:      dynamic"), "{body}");
    assert!(body.contains("total processes:      2\n"), "{body}");
    assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
}

/// The worker's peak resident memory in KiB.
fn peak_kib(pid: i32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

#[test]
fn a_100_mb_body_is_streamed_not_buffered() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let fpm = Fpm::start(dir.path(), 1, "pm.status_path = /status\n");
    let body = String::from_utf8_lossy(one(&fpm, &root, "/status?full").split().1).into_owned();
    let pid: i32 = body
        .lines()
        .find_map(|l| l.strip_prefix("pid:"))
        .and_then(|p| p.trim().parse().ok())
        .expect("a pid line");
    let before = peak_kib(pid);

    let mut c = connect(&fpm);
    let filename = format!("{}/hello.php", root.display());
    let total = 100 << 20;
    let len = total.to_string();
    let params: Vec<(&[u8], &[u8])> = vec![
        (b"REQUEST_METHOD", b"POST"),
        (b"SCRIPT_FILENAME", filename.as_bytes()),
        (b"CONTENT_TYPE", b"application/octet-stream"),
        (b"CONTENT_LENGTH", len.as_bytes()),
    ];
    let mut head = client::begin(1, false);
    head.extend(client::params_records(1, &params));
    c.send_raw(&head).unwrap();
    let chunk = client::record(rec::STDIN, 1, &vec![b'u'; 65528]);
    let mut sent = 0;
    while sent < total {
        c.send_raw(&chunk).unwrap();
        sent += 65528;
    }
    c.send_raw(&client::record(rec::STDIN, 1, b"")).unwrap();
    let r = c.read_response(1).unwrap();
    assert!(r.stdout.ends_with(b"Hello"));
    let grown = peak_kib(pid).saturating_sub(before);
    assert!(grown < 20 * 1024, "the worker grew by {grown} KiB");
}

#[test]
fn a_100_mb_upload_goes_to_its_file_as_the_body_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let spool = dir.path().join("spool");
    std::fs::create_dir(&spool).unwrap();
    std::fs::write(
        root.join("upload.php"),
        "<?php $f = $_FILES['f']; echo $f['error'], ' ', $f['size'], ' ', filesize($f['tmp_name']), \
         ' ', $_POST['a'], ' ', $_POST['b'];",
    )
    .unwrap();
    let fpm = Fpm::start(
        dir.path(),
        1,
        &format!(
            "pm.status_path = /status\naccess.format = \"%r %M\"\n\
             php_admin_value[upload_tmp_dir] = {}\n\
             php_admin_value[upload_max_filesize] = 200M\nphp_admin_value[post_max_size] = 200M\n",
            spool.display()
        ),
    );
    let status = String::from_utf8_lossy(one(&fpm, &root, "/status?full").split().1).into_owned();
    let pid: i32 = status
        .lines()
        .find_map(|l| l.strip_prefix("pid:"))
        .and_then(|p| p.trim().parse().ok())
        .expect("a pid line");
    let before = peak_kib(pid);

    let chunk = vec![b'u'; 65528];
    let chunks = 1600; // 104 844 800 bytes
    let head = b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfirst\r\n\
                 --XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.bin\"\r\n\r\n";
    let tail =
        b"\r\n--XyZ\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nlast\r\n--XyZ--\r\n";
    let len = (head.len() + chunk.len() * chunks + tail.len()).to_string();
    let filename = format!("{}/upload.php", root.display());
    let params: Vec<(&[u8], &[u8])> = vec![
        (b"REQUEST_METHOD", b"POST"),
        (b"SCRIPT_FILENAME", filename.as_bytes()),
        (b"SCRIPT_NAME", b"/upload.php"),
        (b"CONTENT_TYPE", b"multipart/form-data; boundary=XyZ"),
        (b"CONTENT_LENGTH", len.as_bytes()),
    ];
    let mut c = connect(&fpm);
    let mut start = client::begin(1, false);
    start.extend(client::params_records(1, &params));
    start.extend(client::record(rec::STDIN, 1, head));
    c.send_raw(&start).unwrap();
    let record = client::record(rec::STDIN, 1, &chunk);
    for _ in 0..chunks / 2 {
        c.send_raw(&record).unwrap();
    }
    // Half the body is sent: the upload's file already holds what came of it.
    let upload_size = || {
        std::fs::read_dir(&spool)
            .unwrap()
            .filter_map(|e| e.ok()?.metadata().ok())
            .map(|m| m.len())
            .max()
            .unwrap_or(0)
    };
    let half = (chunk.len() * chunks / 2) as u64;
    let waited = std::time::Instant::now();
    while upload_size() < half - (1 << 20) && waited.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(upload_size() >= half - (1 << 20), "{} bytes", upload_size());
    for _ in chunks / 2..chunks {
        c.send_raw(&record).unwrap();
    }
    c.send_raw(&client::record(rec::STDIN, 1, tail)).unwrap();
    c.send_raw(&client::record(rec::STDIN, 1, b"")).unwrap();
    let r = c.read_response(1).unwrap();
    let size = chunk.len() * chunks;
    assert_eq!(
        String::from_utf8_lossy(r.split().1),
        format!("0 {size} {size} first last")
    );
    // Neither the heap nor the resident memory held the body.
    let grown = peak_kib(pid).saturating_sub(before);
    assert!(grown < 20 * 1024, "the worker grew by {grown} KiB");
    // The file goes with the request's VM, just after the response.
    let waited = std::time::Instant::now();
    while std::fs::read_dir(&spool).unwrap().count() > 0 && waited.elapsed().as_secs() < 10 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(std::fs::read_dir(&spool).unwrap().count(), 0);
    let access = std::fs::read_to_string(dir.path().join("access.log")).unwrap();
    let mem: u64 = access
        .lines()
        .last()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(mem <= 2 << 20, "{access}");
}

#[test]
fn opcache_preload_runs_once_in_the_master() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let preload = dir.path().join("preload.php");
    std::fs::write(
        &preload,
        "<?php function preloaded_fn() { return 'from preload'; }",
    )
    .unwrap();
    std::fs::write(root.join("use.php"), "<?php echo preloaded_fn();").unwrap();
    let fpm = Fpm::start_with(
        dir.path(),
        2,
        "",
        &[format!("-dopcache.preload={}", preload.display())],
    );
    let r = one(&fpm, &root, "/use.php");
    assert!(
        r.stdout.ends_with(b"from preload"),
        "{:?} {}",
        r.split(),
        String::from_utf8_lossy(&r.stderr)
    );
}

#[test]
fn a_20000_term_expression_runs_on_the_workers_big_stack() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let terms = vec!["1"; 20_000].join(" + ");
    std::fs::write(root.join("deep.php"), format!("<?php echo {terms};")).unwrap();
    let mut fpm = Fpm::start(dir.path(), 1, "");
    let r = one(&fpm, &root, "/deep.php");
    assert!(r.stdout.ends_with(b"\r\n\r\n20000"), "{:?}", r.split());
    // The same worker serves on, and SIGQUIT still reaches its accept.
    assert!(!fpm.log().contains("exited on signal"), "{}", fpm.log());
    assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
    fpm.signal(Signal::SIGQUIT);
    assert_eq!(fpm.wait_exit(10), Some(0), "{}", fpm.log());
}

#[test]
fn memory_is_the_requests_peak_in_2_mib_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    std::fs::write(
        root.join("big.php"),
        "<?php $a = str_repeat('x', 5 << 20); echo strlen($a);",
    )
    .unwrap();
    let fpm = Fpm::start(
        dir.path(),
        1,
        "pm.status_path = /status\naccess.format = \"%r %M\"\n",
    );
    one(&fpm, &root, "/hello.php");
    one(&fpm, &root, "/big.php");
    // The worker serving the status page is busy: its figure is not known yet.
    let r = one(&fpm, &root, "/status?json&full");
    let body = String::from_utf8_lossy(r.split().1).into_owned();
    assert!(body.contains("\"last request memory\":0}"), "{body}");
    let access = std::fs::read_to_string(dir.path().join("access.log")).unwrap();
    assert!(access.contains("/hello.php 2097152\n"), "{access}");
    let mem: u64 = access
        .lines()
        .find_map(|l| l.strip_prefix("/big.php "))
        .and_then(|m| m.parse().ok())
        .expect("a memory figure");
    assert!(mem >= 6 << 20 && mem.is_multiple_of(2 << 20), "{access}");
}

/// The `Uid:`/`Gid:`/`Groups:` lines of a process.
fn ids(pid: i32) -> Vec<String> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("Uid:") || l.starts_with("Gid:") || l.starts_with("Groups:"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn workers_run_as_the_pools_user_and_group() {
    use std::os::unix::fs::PermissionsExt;
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: dropping privileges needs root");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    // The workers must reach the scripts once they are `nobody`.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let fpm = Fpm::start(
        dir.path(),
        2,
        "user = nobody\ngroup = nogroup\npm.status_path = /status\n",
    );
    assert!(one(&fpm, &root, "/hello.php").stdout.ends_with(b"Hello"));
    let body = String::from_utf8_lossy(one(&fpm, &root, "/status?full").split().1).into_owned();
    let pids: Vec<i32> = body
        .lines()
        .filter_map(|l| l.strip_prefix("pid:"))
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    assert_eq!(pids.len(), 2, "{body}");
    for pid in pids {
        assert_eq!(
            ids(pid),
            [
                "Uid: 65534 65534 65534 65534",
                "Gid: 65534 65534 65534 65534",
                "Groups: 65534",
            ],
            "worker {pid}"
        );
    }
    // The master keeps root, to manage the workers and reopen its logs.
    assert!(ids(fpm.child.id() as i32)[0].starts_with("Uid: 0 "));
}

#[test]
fn the_slowlog_has_the_php_stack_of_a_slow_request() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    std::fs::write(
        root.join("slow.php"),
        "<?php\nfunction inner() {\n    $end = microtime(true) + 1.5;\n    while (microtime(true) < $end) {}\n}\nfunction outer() {\n    inner();\n}\nouter();\necho 'done';\n",
    )
    .unwrap();
    std::fs::write(
        root.join("sleep.php"),
        "<?php\nusleep(1500000);\necho 'slept';\n",
    )
    .unwrap();
    let fpm = Fpm::start(
        dir.path(),
        1,
        &format!(
            "slowlog = {}/slow.log\nrequest_slowlog_timeout = 1s\n",
            dir.path().display()
        ),
    );
    let r = one(&fpm, &root, "/slow.php");
    assert!(r.stdout.ends_with(b"done"), "{:?}", r.split());
    let r = one(&fpm, &root, "/sleep.php");
    assert!(r.stdout.ends_with(b"slept"), "{:?}", r.split());
    let slow = std::fs::read_to_string(dir.path().join("slow.log")).unwrap();
    // Each entry starts with an empty line, then `[time]  [pool …] pid N`.
    let slow = format!("\n{slow}");
    let entries: Vec<&str> = slow.split("\n\n[").skip(1).collect();
    assert_eq!(entries.len(), 2, "{slow}");
    let file = format!("{}/slow.php", root.display());
    let lines: Vec<&str> = entries[0].lines().collect();
    assert!(lines[0].contains("]  [pool www] pid "), "{slow}");
    assert_eq!(lines[1], format!("script_filename = {file}"));
    // Innermost first, each with the line its caller is at.
    assert!(
        lines[2].starts_with("[0x") && lines[2].ends_with(&format!("] inner() {file}:7")),
        "{slow}"
    );
    assert!(lines[3].ends_with(&format!("] outer() {file}:9")), "{slow}");
    assert_eq!(lines.len(), 4, "{slow}");
    // A script inside a long built-in: the built-in is the innermost frame.
    let lines: Vec<&str> = entries[1].lines().collect();
    let file = format!("{}/sleep.php", root.display());
    assert_eq!(lines[1], format!("script_filename = {file}"));
    assert!(
        lines[2].starts_with("[0x") && lines[2].ends_with(&format!("] usleep() {file}:2")),
        "{slow}"
    );
    assert_eq!(lines.len(), 3, "{slow}");
    fpm.wait_log("the slow warnings", 5, |log| {
        log.matches("executing too slow").count() == 2
    });
}

/// A POST of `body` with `content_type` to `script`, its body streamed in records.
fn post(
    fpm: &Fpm,
    root: &std::path::Path,
    script: &str,
    content_type: &str,
    body: &[u8],
) -> Response {
    let mut c = connect(fpm);
    let filename = format!("{}/{script}", root.display());
    let len = body.len().to_string();
    let params: Vec<(&[u8], &[u8])> = vec![
        (b"REQUEST_METHOD", b"POST"),
        (b"SCRIPT_FILENAME", filename.as_bytes()),
        (b"SCRIPT_NAME", script.as_bytes()),
        (b"CONTENT_TYPE", content_type.as_bytes()),
        (b"CONTENT_LENGTH", len.as_bytes()),
    ];
    let mut head = client::begin(1, false);
    head.extend(client::params_records(1, &params));
    c.send_raw(&head).unwrap();
    for chunk in body.chunks(65528) {
        c.send_raw(&client::record(rec::STDIN, 1, chunk)).unwrap();
    }
    c.send_raw(&client::record(rec::STDIN, 1, b"")).unwrap();
    c.read_response(1).unwrap()
}

#[test]
fn big_bodies_are_spooled_to_disk_not_kept_in_the_heap() {
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    let spool = dir.path().join("spool");
    std::fs::create_dir(&spool).unwrap();
    // php://input read twice in small pieces: the body is kept, but not in memory.
    std::fs::write(
        root.join("input.php"),
        "<?php foreach ([1, 2] as $pass) { $f = fopen('php://input', 'r'); $n = 0; $h = 0;\n\
         while (($s = fread($f, 8192)) !== '') { $n += strlen($s); $h = crc32($h . $s); }\n\
         echo $n, ' ', $h, ' '; }",
    )
    .unwrap();
    std::fs::write(
        root.join("upload.php"),
        "<?php $f = $_FILES['f']; echo $f['size'], ' ', filesize($f['tmp_name']), ' ', \
         dirname($f['tmp_name']), ' ', $_POST['a'], ' ', strlen(file_get_contents('php://input')), ' ', \
         var_export(move_uploaded_file($f['tmp_name'], dirname(__DIR__) . '/moved.bin'), true);",
    )
    .unwrap();
    let fpm = Fpm::start(
        dir.path(),
        1,
        &format!(
            "access.format = \"%r %M\"\nphp_admin_value[upload_tmp_dir] = {}\n\
             php_admin_value[upload_max_filesize] = 16M\n",
            spool.display()
        ),
    );
    let body: Vec<u8> = (0..12_000_000u32).map(|i| (i % 253) as u8).collect();
    let r = post(&fpm, &root, "input.php", "application/octet-stream", &body);
    let (_, text) = r.split();
    let text = String::from_utf8_lossy(text).into_owned();
    let fields: Vec<&str> = text.split(' ').collect();
    assert_eq!((fields[0], fields[2]), ("12000000", "12000000"), "{text}");
    assert_eq!(fields[1], fields[3], "{text}");

    let file: Vec<u8> = (0..3_000_000u32).map(|i| (i % 249) as u8).collect();
    let mut form = b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfield\r\n\
                     --XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n\
                     Content-Type: application/octet-stream\r\n\r\n"
        .to_vec();
    form.extend_from_slice(&file);
    form.extend_from_slice(b"\r\n--XyZ--\r\n");
    let r = post(
        &fpm,
        &root,
        "upload.php",
        "multipart/form-data; boundary=XyZ",
        &form,
    );
    let (_, text) = r.split();
    assert_eq!(
        String::from_utf8_lossy(text),
        format!("3000000 3000000 {} field 0 true", spool.display())
    );
    assert!(std::fs::read(dir.path().join("moved.bin")).unwrap() == file);
    // The upload's temp file is gone after the request, and so is the spool.
    assert_eq!(std::fs::read_dir(&spool).unwrap().count(), 0);
    // Neither body stayed in the heap: each request peaked at the 2 MiB kept in
    // memory before spooling, two chunks, far below the 12 MB and 3 MB bodies.
    let access = std::fs::read_to_string(dir.path().join("access.log")).unwrap();
    for line in access.lines() {
        let mem: u64 = line.rsplit(' ').next().unwrap().parse().unwrap();
        assert!(mem <= 4 << 20, "{access}");
    }
}

#[test]
fn object_handles_start_at_one_in_every_request() {
    // Two cycles and a plain object per request: php-fpm8.2 prints the same ids in
    // every request of a worker (its object store is made anew per request).
    let dir = tempfile::tempdir().unwrap();
    let root = docroot(dir.path());
    std::fs::write(
        root.join("ids.php"),
        "<?php class N { public $o; }\n\
         $a = new N; $b = new N; $a->o = $b; $b->o = $a;\n\
         $c = new stdClass; $c->self = $c; $d = new N;\n\
         echo spl_object_id($a), spl_object_id($b), spl_object_id($c), spl_object_id($d), \"\\n\";\n\
         var_dump(new stdClass);\n",
    )
    .unwrap();
    let fpm = Fpm::start(dir.path(), 1, "");
    for _ in 0..3 {
        let r = one(&fpm, &root, "/ids.php");
        assert_eq!(r.split().1, b"1234\nobject(stdClass)#5 (0) {\n}\n");
    }
}
