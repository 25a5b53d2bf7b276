//! What the CLI itself prints: the version banner and compile errors found
//! by `-l` (running scripts reports its own errors in the VM).

use std::io::Write;

use crate::engine::Diagnostic;
use crate::ini::{display_mode, is_on, Display, Ini};

/// The PHP version miniphp implements.
const PHP_VERSION: &str = "8.2";

/// E_PARSE and friends: a compile error is shown only if error_reporting has its bit.
const E_PARSE: i64 = 4;
const E_COMPILE_ERROR: i64 = 64;

pub fn version_banner() -> String {
    format!(
        "miniphp {} (cli) (PHP {PHP_VERSION} compatible) (NTS)\n\
         Copyright (c) The miniphp authors\n\
         A Rust interpreter for PHP, with its own opcode cache\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Prints a compile error as php does under the given settings: logged to
/// stderr as `PHP Parse error:  …` when log_errors is on, displayed as
/// `\nParse error: …\n` on stdout (or without the blank line on stderr).
pub fn compile_error(d: &Diagnostic, ini: &Ini) {
    let level = if d.label == "Parse error" {
        E_PARSE
    } else {
        E_COMPILE_ERROR
    };
    let reporting = ini
        .get("error_reporting")
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or(32767);
    if reporting & level == 0 {
        return;
    }
    let text = format!(
        "{}: {} in {} on line {}",
        d.label, d.message, d.file, d.line
    );
    if ini.get("log_errors").is_some_and(is_on) {
        eprintln!(
            "PHP {}:  {} in {} on line {}",
            d.label, d.message, d.file, d.line
        );
    }
    match ini
        .get("display_errors")
        .map_or(Display::Stdout, display_mode)
    {
        Display::Off => {}
        Display::Stdout => {
            print!("\n{text}\n");
            let _ = std::io::stdout().flush();
        }
        Display::Stderr => eprintln!("{text}"),
    }
}
