//! Entry points for the SAPIs: run a file, `-r` code, or stdin.

use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::include::{compile_source_in, CompileFailure, LoadedScript};
use crate::value::{ArrayKey, Value};
use crate::vm::{IniOverrides, Unwind, Vm};

/// What a SAPI runs as the main script.
#[derive(Clone, Copy, Debug)]
pub enum Main<'a> {
    /// A file (argv[0] is its path as typed).
    File(&'a str),
    /// `php -r code`: no `<?php`; the file name is `Command line code`.
    Code(&'a str),
    /// A script read from standard input (`Standard input code`).
    Stdin(&'a [u8]),
}

/// Run the script at `path` with `argv` (argv[0] is the script path); returns the exit status.
pub fn run_file(
    path: &str,
    argv: Vec<String>,
    ini: IniOverrides,
    out: Box<dyn Write>,
    err: Box<dyn Write>,
) -> i32 {
    run_with(Main::File(path), argv, ini, out, err, &mut |_| {})
}

/// `php -r code`.
pub fn run_code(
    code: &str,
    argv: Vec<String>,
    ini: IniOverrides,
    out: Box<dyn Write>,
    err: Box<dyn Write>,
) -> i32 {
    run_with(Main::Code(code), argv, ini, out, err, &mut |_| {})
}

/// A script read from standard input.
pub fn run_stdin(
    src: &[u8],
    argv: Vec<String>,
    ini: IniOverrides,
    out: Box<dyn Write>,
    err: Box<dyn Write>,
) -> i32 {
    run_with(Main::Stdin(src), argv, ini, out, err, &mut |_| {})
}

/// Run `main` in a fresh VM that `setup` prepared first (the CLI installs the
/// opcache there, as PHP's extensions start before the script); the exit status.
pub fn run_with(
    main: Main<'_>,
    argv: Vec<String>,
    ini: IniOverrides,
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    setup: &mut dyn FnMut(&mut Vm),
) -> i32 {
    let mut vm = Vm::new(&ini, out, err);
    setup(&mut vm);
    match main {
        Main::File(path) => run_main_file(&mut vm, path, &argv),
        Main::Code(code) => {
            let mut src = b"<?php ".to_vec();
            src.extend_from_slice(code.as_bytes());
            run_source(&mut vm, &src, "Command line code", &argv)
        }
        Main::Stdin(src) => run_source(&mut vm, src, "Standard input code", &argv),
    }
}

fn run_main_file(vm: &mut Vm, path: &str, argv: &[String]) -> i32 {
    vm.set_cli_globals(argv, path);
    // php names the main script by its absolute path (__FILE__, messages); argv keeps it as typed.
    let full = std::path::absolute(path).unwrap_or_else(|_| Path::new(path).to_path_buf());
    let status = match vm.load_file(&full) {
        Ok(idx) => vm.execute(idx),
        Err(CompileFailure::Open(_)) => {
            vm.echo(format!("Could not open input file: {path}\n").as_bytes());
            vm.flush();
            return 1;
        }
        Err(failure) => vm.compile_failed(failure, &full.to_string_lossy()),
    };
    vm.finish(status)
}

fn run_source(vm: &mut Vm, src: &[u8], name: &str, argv: &[String]) -> i32 {
    vm.set_cli_globals(argv, name);
    let status = match compile_source_in(vm, src, name) {
        Ok(script) => {
            let idx = vm.register_script(Rc::new(script));
            vm.execute(idx)
        }
        Err(failure) => vm.compile_failed(failure, name),
    };
    vm.finish(status)
}

impl Vm {
    /// `$argv`, `$argc` and `$_SERVER` as the CLI sets them.
    pub fn set_cli_globals(&mut self, argv: &[String], script: &str) {
        let args = Vm::argv_array(argv);
        // PHP's order in the symbol table; _REQUEST and _ENV come when code names them.
        for name in ["_GET", "_POST", "_COOKIE", "_FILES"] {
            self.set_global(name, Value::empty_array());
        }
        self.set_global("argv", args.clone());
        self.set_global("argc", Value::Long(argv.len() as i64));
        self.define_std_streams();
        let mut server = PhpArray::new();
        for (k, v) in std::env::vars() {
            server.insert(ArrayKey::from_bytes(k.as_bytes()), Value::from(v));
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        for k in [
            "PHP_SELF",
            "SCRIPT_NAME",
            "SCRIPT_FILENAME",
            "PATH_TRANSLATED",
        ] {
            server.insert(ArrayKey::from_bytes(k.as_bytes()), Value::from(script));
        }
        server.insert(ArrayKey::from_bytes(b"DOCUMENT_ROOT"), Value::from(""));
        server.insert(
            ArrayKey::from_bytes(b"REQUEST_TIME_FLOAT"),
            Value::Double(now.as_secs_f64()),
        );
        server.insert(
            ArrayKey::from_bytes(b"REQUEST_TIME"),
            Value::Long(now.as_secs() as i64),
        );
        server.insert(ArrayKey::from_bytes(b"argv"), args);
        server.insert(
            ArrayKey::from_bytes(b"argc"),
            Value::Long(argv.len() as i64),
        );
        self.set_global("_SERVER", Value::from(server));
    }

    /// `$_REQUEST` and `$_ENV` are created when a compiled file names them (PHP's
    /// auto_globals_jit works at compile time; `Loaded::auto_globals`, found once).
    pub(crate) fn create_named_auto_globals(&mut self, script: u32) {
        for &name in self.scripts[script as usize].auto_globals {
            let defined = self
                .scope_get(crate::exec::GLOBAL_SCOPE, name.as_bytes())
                .is_some();
            if !defined {
                self.set_global(name, Value::empty_array());
            }
        }
    }

    /// Run a registered script as the main script; returns the exit status.
    pub fn execute(&mut self, script: u32) -> i32 {
        match self.run_main(script) {
            Ok(_) | Err(Unwind::Exit) => {}
            Err(Unwind::Throw(e)) => self.uncaught(e),
        }
        // Keep the global scope (for shutdown functions), drop everything above it.
        while self.frames.len() > 1 {
            self.pop_frame();
        }
        self.calls.clear();
        self.exit_status
    }

    /// Run a compiled script (from the opcache or a test) as the main script.
    pub fn execute_loaded(&mut self, script: Rc<dyn LoadedScript>) -> i32 {
        let idx = self.register_script(script);
        self.execute(idx)
    }

    /// Report a compile failure of the main script (status 255).
    pub fn compile_failed(&mut self, failure: CompileFailure, path: &str) -> i32 {
        match failure {
            CompileFailure::Open(e) => {
                let msg = format!("Failed opening '{path}': {e}");
                self.write_error(crate::errors::E_ERROR, &msg, path, 0);
            }
            CompileFailure::Error {
                label,
                message,
                line,
                ..
            } => {
                let level = if label == "Parse error" {
                    crate::errors::E_PARSE
                } else {
                    crate::errors::E_COMPILE_ERROR
                };
                self.write_error(level, &message, path, line);
            }
        }
        self.exit_status = 255;
        255
    }

    /// Shutdown functions, then flush all output; returns the final status.
    pub fn finish(&mut self, status: i32) -> i32 {
        self.exit_status = status;
        let mut i = 0;
        while i < self.shutdown_functions.len() {
            let (f, args) = self.shutdown_functions[i].clone();
            match self.call_from_engine(&f, args) {
                Ok(_) => {}
                Err(Unwind::Exit) => break,
                Err(Unwind::Throw(e)) => {
                    self.report_uncaught(&e);
                    break;
                }
            }
            i += 1;
        }
        self.shutdown_destructors();
        self.output_end_all();
        let _ = self.err.flush();
        self.exit_status
    }
}
