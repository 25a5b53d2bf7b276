//! Per-request CPU cost inside a worker, without sockets: a fresh VM
//! (`Vm::new`), and a whole request (`Vm::new_http` + `serve`) of a one-line
//! script, as the worker runs them. `cargo bench -p miniphp-fpm --bench request`.

use std::io::{self, Write};
use std::time::Instant;

use miniphp_vm::{HttpRequest, HttpResponse, IniOverrides, Vm};

struct Null;

impl HttpResponse for Null {
    fn headers(&mut self, _: u16, _: &[Vec<u8>]) -> io::Result<()> {
        Ok(())
    }
    fn body(&mut self, _: &[u8]) -> io::Result<()> {
        Ok(())
    }
    fn log(&mut self, _: &[u8]) {}
    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn per_call(name: &str, n: u32, mut f: impl FnMut()) {
    for _ in 0..n / 10 {
        f();
    }
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / f64::from(n);
    println!("{name:<40} {us:>9.1} us");
}

fn main() {
    let dir = std::env::temp_dir().join(format!("miniphp-fpm-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("hello.php");
    std::fs::write(&script, "<?php echo 'Hello';").expect("script");
    let ini = IniOverrides::default();
    per_call("Vm::new", 2000, || {
        let vm = Vm::new(&ini, Box::new(io::sink()), Box::new(io::sink()));
        drop(vm);
    });
    let params: Vec<(Vec<u8>, Vec<u8>)> = [
        ("REQUEST_METHOD", "GET"),
        ("SCRIPT_FILENAME", script.to_str().unwrap_or_default()),
        ("SCRIPT_NAME", "/hello.php"),
        ("REQUEST_URI", "/hello.php"),
        ("QUERY_STRING", ""),
    ]
    .iter()
    .map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec()))
    .collect();
    per_call("Vm::new_http + serve(hello.php)", 2000, || {
        let req = HttpRequest {
            params: params.clone(),
            body: Box::new(io::empty()),
        };
        let mut vm = Vm::new_http(&ini, req, Box::new(Null));
        vm.serve(&script);
    });
    let _ = io::stdout().flush();
    let _ = std::fs::remove_dir_all(&dir);
}
