//! End-to-end: PHP programs through parser, compiler and VM, compared with what
//! `php -n` 8.2 printed for them (`e2e/*.out`, the directory written as `%DIR%`).

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use miniphp_vm::{run_file, IniOverrides};

#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn check(name: &str, status: i32) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e");
    let script = dir.join(format!("{name}.php"));
    let expected = std::fs::read_to_string(dir.join(format!("{name}.out")))
        .expect("expected output")
        .replace("%DIR%", &dir.to_string_lossy());
    let out = Capture::default();
    let err = Capture::default();
    let path = script.to_string_lossy().into_owned();
    let ini = IniOverrides {
        no_ini: true,
        settings: vec![],
    };
    let got = run_file(
        &path,
        vec![path.clone()],
        ini,
        Box::new(out.clone()),
        Box::new(err.clone()),
    );
    let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
    assert_eq!(text, expected, "{name}: stdout");
    assert_eq!(got, status, "{name}: exit status");
}

#[test]
fn basics() {
    check("basics", 0);
}

#[test]
fn functions() {
    check("functions", 0);
}

#[test]
fn arrays() {
    check("arrays", 0);
}

#[test]
fn errors() {
    check("errors", 255);
}

#[test]
fn output() {
    check("output", 3);
}

#[test]
fn closures() {
    check("closures", 0);
}
