//! `miniphp`: the command-line interpreter, in php's conventions.

#[global_allocator]
static GLOBAL: miniphp_alloc::Mi = miniphp_alloc::Mi;

mod cli;
mod engine;
mod ini;
mod opcache;
mod phpt;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use cli::{Cli, Source};
use miniphp_vm::IniOverrides;

/// The stack the interpreter runs on. The parser, the compiler and the tree's drop
/// recurse once per nesting level of an expression (`1 + 1 + …` with 20 000 terms is
/// 20 000 levels); PHP's own C recursion copes with that, an 8 MiB main thread does not.
/// Only the pages actually touched are ever committed.
const STACK_SIZE: usize = 256 << 20;

fn main() -> ExitCode {
    let big = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_SIZE)
        .spawn(start);
    let code = match big {
        // A panic has already printed its message.
        Ok(handle) => handle.join().unwrap_or(255),
        // No address space for the big stack (a `ulimit -v`): run here, as deep
        // nesting aside everything works on the main thread's stack.
        Err(_) => start(),
    };
    ExitCode::from(code)
}

fn start() -> u8 {
    let raw = cli::normalize_args(&args());
    let cli = Cli::parse_from(&raw);
    run(&cli, &raw)
}

fn run(cli: &Cli, raw: &[String]) -> u8 {
    if cli.version {
        emit(&version_banner());
        return 0;
    }
    if cli.run_tests {
        return phpt::main(&runner_options(cli));
    }
    let ini = ini::overrides(cli.no_ini, &cli.define);
    let inv = cli.invocation(raw);
    if cli.lint || cli.dump_tokens || cli.dump_ast || cli.dump_opcodes {
        return inspect(cli, &inv.source, &ini);
    }
    match inv.source {
        Source::File(path) => match std::fs::metadata(&path) {
            Ok(m) if m.is_file() => engine::run_file(&path, inv.argv, ini),
            _ => could_not_open(&path),
        },
        Source::Code(code) => engine::run_code(&code, inv.argv, ini),
        Source::Stdin => match read_stdin() {
            Ok(code) => engine::run_stdin(&code, inv.argv, ini),
            Err(e) => {
                eprintln!("Could not read standard input: {e}");
                1
            }
        },
    }
}

/// `-l` and the `--dump-*` modes: the source through part of the pipeline.
fn inspect(cli: &Cli, source: &Source, ini: &IniOverrides) -> u8 {
    let (name, bytes) = match source {
        Source::File(path) => match std::fs::read(path) {
            Ok(b) => (path.to_string_lossy().into_owned(), b),
            Err(_) => return could_not_open(path),
        },
        Source::Code(code) => (cli::STDIN_NAME.to_string(), code.clone().into_bytes()),
        Source::Stdin => match read_stdin() {
            Ok(b) => (cli::STDIN_NAME.to_string(), b),
            Err(e) => {
                eprintln!("Could not read standard input: {e}");
                return 1;
            }
        },
    };
    let dumped = if cli.dump_tokens {
        Ok(engine::dump_tokens(&bytes, ini::short_open_tag(ini)))
    } else if cli.dump_ast {
        engine::dump_ast(&bytes, ini::short_open_tag(ini))
    } else if cli.dump_opcodes {
        engine::dump_opcodes(&bytes, &name)
    } else {
        return engine::lint(&bytes, &name, ini);
    };
    match dumped {
        Ok(text) => {
            emit(&text);
            0
        }
        Err(failure) => engine::report(failure, &name, ini),
    }
}

/// `-v`: php's banner, naming miniphp and the PHP version it implements.
fn version_banner() -> String {
    format!(
        "miniphp {} (cli) (PHP 8.2 compatible) (NTS)\n\
         Copyright (c) The miniphp authors\n\
         Zend-style engine in Rust, with an opcode cache\n",
        env!("CARGO_PKG_VERSION")
    )
}

fn could_not_open(path: &Path) -> u8 {
    emit(&format!("Could not open input file: {}\n", path.display()));
    1
}

fn read_stdin() -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::stdin().read_to_end(&mut buf)?;
    Ok(buf)
}

fn runner_options(cli: &Cli) -> phpt::Options {
    let binary = cli
        .php_binary
        .clone()
        .or_else(|| std::env::current_exe().ok())
        .unwrap_or_else(|| PathBuf::from("miniphp"));
    phpt::Options {
        paths: cli.args.iter().map(PathBuf::from).collect(),
        lists: cli.list.clone(),
        root: cli.root.clone(),
        binary,
        no_ini: cli.no_ini,
        ini: cli.define.clone(),
        jobs: cli
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
        timeout: Duration::from_secs(cli.timeout),
        verbose: cli.verbose,
        regenerate: cli.regenerate,
        known_failures: cli.known_failures.clone(),
        update_known_failures: cli.update_known_failures,
    }
}

/// The process arguments; non-UTF-8 bytes are replaced rather than panicking.
fn args() -> Vec<String> {
    std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// Writes to stdout; a closed pipe (`miniphp --dump-ast f | head`) is not an error.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
