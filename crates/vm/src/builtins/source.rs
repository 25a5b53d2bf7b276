//! PHP source as text: `php_strip_whitespace()` (Zend's `zend_strip`).

use miniphp_lexer::{lex, LexOptions, Mode, TokenKind};

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[func(
    "php_strip_whitespace",
    php_strip_whitespace,
    &["filename"],
    1,
)];

/// The file's source with comments removed and whitespace runs reduced to a space;
/// "" (with the stream warning) when it cannot be read.
fn php_strip_whitespace(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "php_strip_whitespace";
    let path = arg_str(vm, args, 0, F)?;
    let src = match vm.read_whole(&path, F) {
        Ok(src) => src,
        Err(why) => {
            let shown = String::from_utf8_lossy(&path);
            vm.warning(&format!("{F}({shown}): Failed to open stream: {why}"));
            return Ok(Value::from(""));
        }
    };
    let short_open_tag = vm
        .ini_get("short_open_tag")
        .is_some_and(|v| Value::from(v).to_bool());
    Ok(Value::from(strip(&src, LexOptions { short_open_tag })))
}

fn strip(src: &[u8], opts: LexOptions) -> Vec<u8> {
    let tokens = lex(src, opts, Mode::Tokens).tokens;
    let text = |i: usize| {
        let s = tokens[i].span;
        src.get(s.start as usize..s.end as usize)
            .unwrap_or_default()
    };
    let mut out = Vec::with_capacity(src.len());
    let mut prev_space = false;
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i].kind {
            TokenKind::Whitespace => {
                if !prev_space {
                    out.push(b' ');
                    prev_space = true;
                }
            }
            TokenKind::Comment | TokenKind::DocComment => {}
            TokenKind::EndHeredoc => {
                // The marker, then what follows it unless whitespace, then a newline.
                out.extend_from_slice(text(i));
                if i + 1 < tokens.len() {
                    i += 1;
                    if tokens[i].kind != TokenKind::Whitespace {
                        out.extend_from_slice(text(i));
                    }
                }
                out.push(b'\n');
                prev_space = true;
            }
            _ => {
                out.extend_from_slice(text(i));
                prev_space = false;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_whitespace_collapses() {
        let src = b"<?php\n// c\n/** d */ class  A {  }\n\n# e\n?>\n<b>x</b>";
        assert_eq!(
            strip(src, LexOptions::default()),
            b"<?php\n class A { } ?>\n<b>x</b>".to_vec()
        );
    }

    #[test]
    fn heredoc_end_keeps_its_line() {
        let src = b"<?php echo <<<A\nx\nA;\necho 1;";
        assert_eq!(
            strip(src, LexOptions::default()),
            b"<?php echo <<<A\nx\nA;\necho 1;".to_vec()
        );
    }
}
