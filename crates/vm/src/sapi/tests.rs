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
        (
            b"SCRIPT_FILENAME".to_vec(),
            script.to_string_lossy().as_bytes().to_vec(),
        ),
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
        [
            "X-Powered-By: PHP/8.2.36",
            "Content-type: text/html; charset=UTF-8"
        ]
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
            "X-Powered-By: PHP/8.2.36",
            "X-A: 1",
            "X-A: 2",
            "Set-Cookie: c=v%20w; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/; SameSite=Lax",
            "Content-type: text/html; charset=UTF-8"
        ]
    );
    assert_eq!(s.body(), "hi");
    assert_eq!(s.c.log.len(), 1);
    assert!(
        s.c.log[0].starts_with("PHP Warning:  oops in "),
        "{:?}",
        s.c.log
    );
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

#[test]
fn uncaught_exception_is_a_500_with_the_partial_body() {
    let s = serve("<?php\necho \"partial\";\nthrow new Exception(\"boom\");\n");
    assert_eq!(s.c.status, 500);
    assert_eq!(
        s.c.headers,
        [
            "Status: 500 Internal Server Error",
            "Content-type: text/html; charset=UTF-8"
        ]
    );
    assert_eq!(s.body(), "partial");
    assert!(s.c.log[0].starts_with("PHP Fatal error:  Uncaught Exception: boom"));
    assert!(s.outcome.fatal);
    assert_eq!(s.outcome.exit_status, 255);
    // With display_errors on, the status stays 200 and the error is in the body.
    let s = serve_with(
        "<?php\nthrow new Exception(\"boom\");\n",
        &[],
        b"",
        &[("display_errors", "1")],
    );
    assert_eq!(s.c.status, 200);
    assert!(s
        .body()
        .starts_with("<br />\n<b>Fatal error</b>:  Uncaught Exception: boom in "));
}

#[test]
fn location_redirects_with_302() {
    let s = serve_with(
        "<?php header('Location: /x');",
        &[("REQUEST_METHOD", "POST")],
        b"",
        &[],
    );
    assert_eq!(s.c.status, 302);
    assert_eq!(
        s.c.headers,
        [
            "Status: 302 Found",
            "Location: /x",
            "Content-type: text/html; charset=UTF-8"
        ]
    );
    let s = serve("<?php http_response_code(301); header('Location: /y');");
    assert_eq!(s.c.headers[0], "Status: 301 Moved Permanently");
}

#[test]
fn headers_after_the_first_flush_warn() {
    let s = serve(
        "<?php\necho str_repeat(\"x\", 5000);\nheader('X-Late: 1');\nvar_dump(headers_sent($f, $l), $f, $l, http_response_code(500));",
    );
    assert_eq!(s.c.status, 200);
    assert_eq!(s.c.headers, ["Content-type: text/html; charset=UTF-8"]);
    let tail = &s.body()[5000..];
    assert!(tail.starts_with("bool(true)\nstring("), "{tail}");
    assert!(tail.ends_with("t.php\"\nint(2)\nbool(false)\n"), "{tail}");
    assert_eq!(s.c.log.len(), 2);
    assert!(s.c.log[0].starts_with(
        "PHP Warning:  Cannot modify header information - headers already sent by (output started at "
    ));
    assert!(
        s.c.log[0].ends_with("t.php:2) in ".to_string().as_str())
            || s.c.log[0].contains("t.php:2) in ")
    );
    assert!(s.c.log[1]
        .contains("http_response_code(): Cannot set response code - headers already sent"));
}

#[test]
fn content_type_replace_remove_and_status_line() {
    let s = serve_with(
        "<?php\nheader('Content-Type: text/plain');\nheader('X-B: 1'); header('x-b: 2'); header_remove('X-Nope');\nheader(\"HTTP/1.1 404 Gone Away\");\nprint_r(headers_list());",
        &[],
        b"",
        &[("expose_php", "1")],
    );
    assert_eq!(
        s.c.headers,
        [
            "Status: 404 Gone Away",
            "X-Powered-By: PHP/8.2.36",
            "Content-type: text/plain;charset=UTF-8",
            "x-b: 2"
        ]
    );
    assert_eq!(
        s.body(),
        "Array\n(\n    [0] => X-Powered-By: PHP/8.2.36\n    [1] => Content-type: text/plain;charset=UTF-8\n    [2] => x-b: 2\n)\n"
    );
}

#[test]
fn multipart_uploads() {
    let body = b"--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XX\r\nContent-Disposition: form-data; name=\"up\"; filename=\"C:\\\\dir\\\\x.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX\r\nContent-Disposition: form-data; name=\"e\"; filename=\"\"\r\n\r\n\r\n--XX--\r\n";
    let src = "<?php\n$f = $_FILES; foreach ($f as &$e) { if (is_string($e['tmp_name']) && $e['tmp_name'] !== '') { $e['ok'] = is_uploaded_file($e['tmp_name']); $e['tmp_name'] = 'T'; } }\necho json_encode([$_POST, $f, file_get_contents('php://input')]);";
    let s = serve_with(
        src,
        &[
            ("REQUEST_METHOD", "POST"),
            ("CONTENT_TYPE", "multipart/form-data; boundary=XX"),
            ("CONTENT_LENGTH", &body.len().to_string()),
        ],
        body,
        &[],
    );
    assert_eq!(
        s.body(),
        r#"[{"a":"1"},{"up":{"name":"x.txt","full_path":"C:\\dir\\x.txt","type":"text\/plain","tmp_name":"T","error":0,"size":5,"ok":true},"e":{"name":"","full_path":"","type":"","tmp_name":"","error":4,"size":0}},""]"#
    );
}

#[test]
fn uploads_are_deleted_unless_moved() {
    let body = b"--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nabc\r\n--B\r\nContent-Disposition: form-data; name=\"g\"; filename=\"b.txt\"\r\n\r\nxyz\r\n--B--\r\n";
    let dest = std::env::temp_dir().join(format!("miniphp-moved-{}", std::process::id()));
    let src = format!(
        "<?php\necho $_FILES['f']['tmp_name'], \"\\n\", $_FILES['g']['tmp_name'], \"\\n\";\nvar_dump(move_uploaded_file($_FILES['f']['tmp_name'], '{}'), move_uploaded_file('/etc/passwd', '/tmp/x'));",
        dest.display()
    );
    let s = serve_with(
        &src,
        &[
            ("REQUEST_METHOD", "POST"),
            ("CONTENT_TYPE", "multipart/form-data; boundary=B"),
        ],
        body,
        &[],
    );
    let body = s.body();
    let mut lines = body.lines();
    let (f, g) = (lines.next().unwrap(), lines.next().unwrap());
    assert!(!std::path::Path::new(f).exists());
    assert!(!std::path::Path::new(g).exists(), "unmoved upload deleted");
    assert_eq!(std::fs::read(&dest).unwrap(), b"abc");
    assert!(body.ends_with("bool(true)\nbool(false)\n"));
    let _ = std::fs::remove_file(dest);
}

#[test]
fn post_limits_and_input_stream() {
    let s = serve_with(
        "<?php var_dump($_POST, file_get_contents('php://input'));",
        &[
            ("REQUEST_METHOD", "POST"),
            ("CONTENT_TYPE", "application/x-www-form-urlencoded"),
            ("CONTENT_LENGTH", "20"),
        ],
        b"a=1&b=2&c=3&d=4&e=56",
        &[("post_max_size", "10")],
    );
    assert_eq!(s.body(), "array(0) {\n}\nstring(0) \"\"\n");
    assert_eq!(
        s.c.log,
        ["PHP Warning:  PHP Request Startup: POST Content-Length of 20 bytes exceeds the limit of 10 bytes in Unknown on line 0"]
    );
    let s = serve_with(
        "<?php echo count($_POST), '|', file_get_contents('php://input'), '|', fread(fopen('php://input', 'r'), 3);",
        &[
            ("REQUEST_METHOD", "POST"),
            ("CONTENT_TYPE", "application/json"),
        ],
        b"{\"a\":1}",
        &[("max_input_vars", "2")],
    );
    assert_eq!(s.body(), "0|{\"a\":1}|{\"a");
}

#[test]
fn finish_request_ends_the_response() {
    let s = serve("<?php echo 'a'; var_dump(fastcgi_finish_request()); echo 'b'; var_dump(fastcgi_finish_request());");
    assert_eq!(s.body(), "a");
    assert_eq!(s.c.finished, 1);
    let s = serve("<?php header('X-Y: z'); exit(3);");
    assert_eq!(s.outcome.exit_status, 3);
    assert_eq!(s.c.headers[0], "X-Y: z");
}

#[test]
fn displayed_errors_are_html_and_getenv_reads_params() {
    // As php-fpm answered with display_errors=On (and Debian's html_errors=On).
    let s = serve_with(
        "<?php\necho $undefined_var;\ntrigger_error(\"a <b> & 'q'\", E_USER_NOTICE);\nvar_dump(getenv('HTTP_HOST'), getenv('NOPE'), php_sapi_name());\nob_start(null, 4);\necho \"abc\"; var_dump(ob_get_level());\n",
        &[("HTTP_HOST", "example")],
        b"",
        &[("display_errors", "On")],
    );
    let body = s.body();
    let file = body
        .split("<b>")
        .nth(2)
        .and_then(|f| f.split("</b>").next())
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        body,
        format!(
            "<br />\n<b>Warning</b>:  Undefined variable $undefined_var in <b>{file}</b> on line <b>2</b><br />\n\
             <br />\n<b>Notice</b>:  a <b> & 'q' in <b>{file}</b> on line <b>3</b><br />\n\
             string(7) \"example\"\nbool(false)\nstring(8) \"fpm-fcgi\"\nabcint(2)\n"
        )
    );
}

#[test]
fn upload_limits() {
    // php-fpm with upload_max_filesize=3 for the body of `multipart_uploads`.
    let body = b"--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XX\r\nContent-Disposition: form-data; name=\"up\"; filename=\"C:\\\\dir\\\\x.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX\r\nContent-Disposition: form-data; name=\"e\"; filename=\"\"\r\n\r\n\r\n--XX--\r\n";
    let s = serve_with(
        "<?php echo json_encode([$_GET, $_POST, $_FILES]);",
        &[
            ("REQUEST_METHOD", "POST"),
            ("CONTENT_TYPE", "multipart/form-data; boundary=XX"),
        ],
        body,
        &[("upload_max_filesize", "3")],
    );
    assert_eq!(
        s.body(),
        r#"[[],{"a":"1"},{"up":{"name":"x.txt","full_path":"C:\\dir\\x.txt","type":"","tmp_name":"","error":1,"size":0},"e":{"name":"","full_path":"","type":"","tmp_name":"","error":4,"size":0}}]"#
    );
    assert!(s.c.log.is_empty());
    let s = serve_with(
        "<?php echo count($_POST);",
        &[
            ("REQUEST_METHOD", "POST"),
            ("CONTENT_TYPE", "multipart/form-data"),
        ],
        body,
        &[],
    );
    assert_eq!(s.body(), "0");
    assert_eq!(
        s.c.log,
        ["PHP Warning:  Missing boundary in multipart/form-data POST data in Unknown on line 0"]
    );
    let s = serve_with(
        "<?php echo json_encode($_GET);",
        &[("QUERY_STRING", "a=1&b=2&c=3")],
        b"",
        &[("max_input_vars", "2")],
    );
    assert_eq!(s.body(), r#"{"a":"1","b":"2"}"#);
    assert_eq!(
        s.c.log,
        ["PHP Warning:  PHP Request Startup: Input variables exceeded 2. To increase the limit change max_input_vars in php.ini. in Unknown on line 0"]
    );
}

#[test]
fn ob_flush_sends_the_headers_and_keeps_the_buffer() {
    let s = serve("<?php\necho \"x\";\nob_flush();\nheader(\"X-Late: 1\");\nvar_dump(ob_get_level(), headers_sent($f, $l), $l);\n");
    assert_eq!(s.c.headers, ["Content-type: text/html; charset=UTF-8"]);
    assert_eq!(s.body(), "xint(1)\nbool(true)\nint(3)\n");
    assert!(s.c.log[0].contains("headers already sent by (output started at "));
    assert!(s.c.log[0].ends_with("t.php on line 4"), "{:?}", s.c.log);
    assert!(s.c.log[0].contains("t.php:3)"));
}

#[test]
fn php_value_params_set_ini() {
    let s = serve_with(
        "<?php echo ini_get('post_max_size'), '|', ini_get('display_errors'), '|', json_encode($_GET);",
        &[
            ("PHP_VALUE", "post_max_size=10\nmax_input_vars = 1"),
            ("PHP_ADMIN_VALUE", "display_errors=\"1\""),
            ("QUERY_STRING", "a=1&b=2"),
        ],
        b"",
        &[],
    );
    assert!(
        s.body().contains("Input variables exceeded 1."),
        "{}",
        s.body()
    );
    assert!(s.body().contains("10|1|"), "{}", s.body());
    assert!(s.body().ends_with(r#"{"a":"1"}"#));
}
