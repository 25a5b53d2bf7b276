//! The CLI's view of the pipeline crates: one function per thing the CLI
//! does, so that main.rs does not depend on how each crate spells it.

use std::io::Write;
use std::path::Path;

use miniphp_parser::ast::File;
use miniphp_vm::include::{
    compile_ast_with_warnings, compile_source, parse_failure, CompileFailure,
};
use miniphp_vm::{IniOverrides, Main, Vm};

fn out() -> Box<dyn Write> {
    Box::new(std::io::stdout())
}

fn err() -> Box<dyn Write> {
    Box::new(std::io::stderr())
}

fn status(code: i32) -> u8 {
    // exit() takes any int; the process status is its low byte, as in C.
    (code & 0xff) as u8
}

/// Reports a compile failure the way the VM reports errors (honouring
/// display_errors/log_errors/error_reporting); returns the exit status.
pub fn report(failure: CompileFailure, name: &str, ini: &IniOverrides) -> u8 {
    let mut vm = Vm::new(ini, out(), err());
    let code = vm.compile_failed(failure, name);
    status(vm.finish(code))
}

/// `-l`: compiles without running; php prints its verdict on stdout.
pub fn lint(source: &[u8], name: &str, ini: &IniOverrides) -> u8 {
    let mut warnings = Vec::new();
    let compiled = parse(source, crate::ini::short_open_tag(ini)).and_then(|ast| {
        compile_ast_with_warnings(&ast, name, &mut warnings).map(|script| (ast, script))
    });
    if !warnings.is_empty() {
        let mut vm = Vm::new(ini, out(), err());
        vm.report_compile_warnings(warnings, name);
        vm.finish(0);
    }
    match compiled {
        Ok(tree_and_script) => {
            // The process ends right after: freeing a big file's tree and op_arrays node
            // by node would cost more than a tenth of the whole check.
            std::mem::forget(tree_and_script);
            crate::emit(&format!("No syntax errors detected in {name}\n"));
            0
        }
        Err(failure) => {
            let code = report(failure, name, ini);
            crate::emit(&format!("Errors parsing {name}\n"));
            code
        }
    }
}

/// One line per token, trivia included (`token_get_all()`'s view).
pub fn dump_tokens(source: &[u8], short_open_tag: bool) -> String {
    miniphp_lexer::dump_tokens(source, miniphp_lexer::LexOptions { short_open_tag })
}

/// The parser's tree (Rust's debug format).
pub fn dump_ast(source: &[u8], short_open_tag: bool) -> Result<String, CompileFailure> {
    parse(source, short_open_tag).map(|file| miniphp_parser::dump_ast(&file))
}

fn parse(source: &[u8], short_open_tag: bool) -> Result<File, CompileFailure> {
    let opts = miniphp_parser::ParseOptions { short_open_tag };
    miniphp_parser::parse(source, opts).map_err(parse_failure)
}

/// The op_arrays in opcache's debug listing format (`opt_debug_level=0x10000`).
pub fn dump_opcodes(source: &[u8], name: &str) -> Result<String, CompileFailure> {
    compile_source(source, name).map(|script| miniphp_compiler::dump(script.view()))
}

/// Runs a script file; returns the process exit status.
pub fn run_file(path: &Path, argv: Vec<String>, ini: IniOverrides) -> u8 {
    run(Main::File(&path.to_string_lossy()), argv, ini)
}

/// Runs `-r` code (no `<?php`; named `Command line code`).
pub fn run_code(code: &str, argv: Vec<String>, ini: IniOverrides) -> u8 {
    run(Main::Code(code), argv, ini)
}

/// Runs a script read from standard input (`Standard input code`).
pub fn run_stdin(source: &[u8], argv: Vec<String>, ini: IniOverrides) -> u8 {
    run(Main::Stdin(source), argv, ini)
}

fn run(main: Main<'_>, argv: Vec<String>, ini: IniOverrides) -> u8 {
    let mut setup = crate::opcache::setup(&ini);
    status(miniphp_vm::run_with(
        main,
        argv,
        ini,
        out(),
        err(),
        &mut setup,
    ))
}
