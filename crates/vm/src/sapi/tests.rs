//! Requests served end to end through `Vm::new_http` + `serve`, with a response that
//! records what it is given. Expectations are what php-fpm 8.2 answered for the same
//! script and params (probed through a FastCGI client).

use std::cell::RefCell;
use std::rc::Rc;

use super::*;

#[derive(Default, Debug)]
struct Captured {
    status: u16,
    headers: Vec<String>,
    body: Vec<u8>,
    log: Vec<String>,
    header_calls: usize,
    finished: usize,
}

#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Captured>>);

impl HttpResponse for Capture {
    fn headers(&mut self, status: u16, headers: &[Vec<u8>]) -> std::io::Result<()> {
        let mut c = self.0.borrow_mut();
        c.status = status;
        c.header_calls += 1;
        c.headers = headers
            .iter()
            .map(|h| String::from_utf8_lossy(h).into_owned())
            .collect();
        Ok(())
    }
    fn body(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut c = self.0.borrow_mut();
        assert_eq!(c.header_calls, 1, "body before headers");
        c.body.extend_from_slice(bytes);
        Ok(())
    }
    fn log(&mut self, line: &[u8]) {
        self.0
            .borrow_mut()
            .log
            .push(String::from_utf8_lossy(line).into_owned());
    }
    fn finish(&mut self) -> std::io::Result<()> {
        self.0.borrow_mut().finished += 1;
        Ok(())
    }
}

struct Served {
    c: Captured,
    outcome: RequestOutcome,
}

impl Served {
    fn body(&self) -> String {
        String::from_utf8_lossy(&self.c.body).into_owned()
    }
}

/// Serve `src` (saved as a temp `.php` file) with these params and body.
fn serve_with(src: &str, params: &[(&str, &str)], body: &[u8], ini: &[(&str, &str)]) -> Served {
    let dir = std::env::temp_dir().join(format!(
        "miniphp-sapi-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("t.php");
    std::fs::write(&script, src).unwrap();
    let mut all: Vec<(Vec<u8>, Vec<u8>)> = vec![
        (b"SCRIPT_FILENAME".to_vec(), script.to_string_lossy().as_bytes().to_vec()),
        (b"SCRIPT_NAME".to_vec(), b"/t.php".to_vec()),
        (b"SERVER_PROTOCOL".to_vec(), b"HTTP/1.1".to_vec()),
    ];
    if !params.iter().any(|(k, _)| *k == "REQUEST_METHOD") {
        all.push((b"REQUEST_METHOD".to_vec(), b"GET".to_vec()));
    }
    for (k, v) in params {
        all.push((k.as_bytes().to_vec(), v.as_bytes().to_vec()));
    }
    let capture = Capture::default();
    let ini = IniOverrides {
        no_ini: false,
        settings: ini
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    };
    let req = HttpRequest {
        params: all,
        body: Box::new(std::io::Cursor::new(body.to_vec())),
    };
    let outcome = {
        let mut vm = Vm::new_http(&ini, req, Box::new(capture.clone()));
        vm.serve(&script)
    };
    let _ = std::fs::remove_dir_all(&dir);
    let c = std::mem::take(&mut *capture.0.borrow_mut());
    Served { c, outcome }
}

static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

fn serve(src: &str) -> Served {
    serve_with(src, &[], b"", &[])
}

#[test]
fn default_headers_and_body() {
    let s = serve("<?php echo 'hi';");
    assert_eq!(s.c.status, 200);
    assert_eq!(s.c.headers, ["Content-type: text/html; charset=UTF-8"]);
    assert_eq!(s.body(), "hi");
    assert_eq!(s.c.finished, 1);
    assert_eq!(
        s.outcome,
        RequestOutcome {
            exit_status: 0,
            http_status: 200,
            fatal: false
        }
    );
    let s = serve_with("<?php ", &[], b"", &[("expose_php", "On")]);
    assert_eq!(
        s.c.headers,
        ["X-Powered-By: PHP/8.2.35", "Content-type: text/html; charset=UTF-8"]
    );
}

#[test]
fn headers_status_and_cookies() {
    let s = serve_with(
        "<?php\nheader('X-A: 1'); header('X-A: 2', false); http_response_code(404);\n\
         setcookie('c', 'v w', ['expires'=>1, 'path'=>'/', 'samesite'=>'Lax']);\n\
         echo \"hi\"; trigger_error(\"oops\", E_USER_WARNING);",
        &[],
        b"",
        &[("expose_php", "1")],
    );
    assert_eq!(s.c.status, 404, "{:?}", s.c.log);
    assert_eq!(
        s.c.headers,
        [
            "Status: 404 Not Found",
            "X-Powered-By: PHP/8.2.35",
            "X-A: 1",
            "X-A: 2",
            "Set-Cookie: c=v%20w; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/; SameSite=Lax",
            "Content-type: text/html; charset=UTF-8"
        ]
    );
    assert_eq!(s.body(), "hi");
    assert_eq!(s.c.log.len(), 1);
    assert!(s.c.log[0].starts_with("PHP Warning:  oops in "), "{:?}", s.c.log);
}

#[test]
fn superglobals() {
    let s = serve_with(
        "<?php echo json_encode([$_GET, $_POST, $_COOKIE, $_REQUEST, $_SERVER['PHP_SELF'], isset($_SERVER['argv']), file_get_contents('php://input'), ob_get_level()]);",
        &[
            ("REQUEST_METHOD", "POST"),
            ("QUERY_STRING", "a[]=1&b.c=2"),
            ("HTTP_COOKIE", "x=1; y=a+b%20; x=3"),
            ("CONTENT_TYPE", "application/x-www-form-urlencoded"),
            ("CONTENT_LENGTH", "9"),
        ],
        b"p=1&q[]=2",
        &[],
    );
    assert_eq!(
        s.body(),
        r#"[{"a":["1"],"b_c":"2"},{"p":"1","q":["2"]},{"x":"1","y":"a+b "},{"a":["1"],"b_c":"2","p":"1","q":["2"]},"\/t.php",false,"p=1&q[]=2",1]"#
    );
}
