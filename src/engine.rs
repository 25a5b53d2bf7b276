//! The CLI's view of the pipeline crates: one function per thing the CLI
//! does, so that main.rs does not depend on how each crate spells it.

use std::path::Path;

use crate::ini::Ini;

/// A compile-time error as PHP reports it (`Parse error: msg … on line N`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// PHP's label for the error type, e.g. "Parse error" or "Fatal error".
    pub label: String,
    pub message: String,
    /// The file as PHP names it in the message.
    pub file: String,
    pub line: u32,
}

/// Why a dump or a check could not be produced.
pub enum Failure {
    Diagnostic(Diagnostic),
    Unavailable(String),
}

fn unavailable<T>(what: &str) -> Result<T, Failure> {
    Err(Failure::Unavailable(format!(
        "{what} is not available in this build yet"
    )))
}

/// Parses the source without running it.
pub fn check_syntax(_source: &[u8], _file: &str) -> Result<(), Failure> {
    unavailable("the parser")
}

/// One line per token, trivia included (`token_get_all()`'s view).
pub fn dump_tokens(source: &[u8], ini: &Ini) -> Result<String, Failure> {
    Ok(miniphp_lexer::dump_tokens(source, lex_options(ini)))
}

fn lex_options(ini: &Ini) -> miniphp_lexer::LexOptions {
    miniphp_lexer::LexOptions {
        short_open_tag: ini.get("short_open_tag").is_some_and(crate::ini::is_on),
    }
}

pub fn dump_ast(_source: &[u8], _file: &str) -> Result<String, Failure> {
    unavailable("the parser")
}

pub fn dump_opcodes(_source: &[u8], _file: &str) -> Result<String, Failure> {
    unavailable("the compiler")
}

/// Runs a script file; returns the process exit status.
pub fn run_file(_path: &Path, _argv: &[String], _ini: &Ini) -> Result<u8, Failure> {
    unavailable("the VM")
}

/// Runs `-r` code or a script read from stdin.
pub fn run_code(_code: &[u8], _argv: &[String], _ini: &Ini) -> Result<u8, Failure> {
    unavailable("the VM")
}
