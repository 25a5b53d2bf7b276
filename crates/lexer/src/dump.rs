//! `miniphp --dump-tokens`: one line per token, `LINE: NAME "text"`.

use crate::{lex, LexOptions, Mode};
use std::fmt::Write;

/// Every token of `src` (as [`crate::tokenize`] gives them), one per line:
/// its line, PHP's name for it, and its text with `\n \r \t \\ \"` and other
/// control or non-ASCII bytes escaped (`\xNN`).
pub fn dump_tokens(src: &[u8], opts: LexOptions) -> String {
    let lexed = lex(src, opts, Mode::Tokens);
    let mut out = String::with_capacity(lexed.tokens.len() * 24);
    for token in &lexed.tokens {
        let _ = write!(out, "{}: {} \"", token.span.line, token.kind.php_name());
        escape_into(&mut out, token.text(src));
        out.push_str("\"\n");
    }
    out
}

fn escape_into(out: &mut String, text: &[u8]) {
    for &b in text {
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
}
