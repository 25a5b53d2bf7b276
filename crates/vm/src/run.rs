//! Entry points for the SAPIs: run a file, `-r` code, or stdin.

use std::io::Write;

use crate::vm::IniOverrides;

/// Run the script at `path` with `argv` (argv[0] is the script path); returns the exit status.
pub fn run_file(path: &str, argv: Vec<String>, ini: IniOverrides, out: Box<dyn Write>, err: Box<dyn Write>) -> i32 {
    let _ = (path, argv, ini, out, err);
    0
}

/// `php -r code`: `code` has no `<?php`; the file name is `Command line code`.
pub fn run_code(code: &str, argv: Vec<String>, ini: IniOverrides, out: Box<dyn Write>, err: Box<dyn Write>) -> i32 {
    let _ = (code, argv, ini, out, err);
    0
}

/// A script read from standard input (`Standard input code`).
pub fn run_stdin(src: &[u8], argv: Vec<String>, ini: IniOverrides, out: Box<dyn Write>, err: Box<dyn Write>) -> i32 {
    let _ = (src, argv, ini, out, err);
    0
}
