//! PHP source as text: `php_strip_whitespace()` (Zend's `zend_strip`) and
//! `highlight_string()` / `highlight_file()` (Zend's `zend_highlight`).

use miniphp_lexer::{lex, LexOptions, Mode, TokenKind};

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_bool};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "php_strip_whitespace",
        php_strip_whitespace,
        &["filename"],
        1,
    ),
    func(
        "highlight_string",
        highlight_string,
        &["string", "return"],
        1,
    ),
    func("highlight_file", highlight_file, &["filename", "return"], 1),
    func("show_source", show_source, &["filename", "return"], 1),
];

/// What a token is coloured as (the `highlight.*` settings).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Colour {
    Html,
    Comment,
    Default,
    String,
    Keyword,
}

impl Colour {
    fn setting(self) -> (&'static str, &'static str) {
        match self {
            Colour::Html => ("highlight.html", "#000000"),
            Colour::Comment => ("highlight.comment", "#FF8000"),
            Colour::Default => ("highlight.default", "#0000BB"),
            Colour::String => ("highlight.string", "#DD0000"),
            Colour::Keyword => ("highlight.keyword", "#007700"),
        }
    }

    /// A token's colour; None for whitespace, which is written uncoloured. Tokens
    /// that carry a value (names, variables, numbers, HTML) are "default", the
    /// rest (keywords, operators, punctuation) "keyword".
    fn of(kind: TokenKind) -> Option<Colour> {
        use TokenKind as K;
        Some(match kind {
            K::Whitespace => return None,
            K::InlineHtml => Colour::Html,
            K::Comment | K::DocComment => Colour::Comment,
            K::DoubleQuote | K::EncapsedAndWhitespace | K::ConstantEncapsedString => Colour::String,
            K::OpenTag
            | K::OpenTagWithEcho
            | K::CloseTag
            | K::Line
            | K::File
            | K::Dir
            | K::TraitC
            | K::MethodC
            | K::FuncC
            | K::NsC
            | K::ClassC
            | K::String
            | K::Variable
            | K::LNumber
            | K::DNumber
            | K::NameQualified
            | K::NameFullyQualified
            | K::NameRelative
            | K::StringVarname
            | K::NumString => Colour::Default,
            _ => Colour::Keyword,
        })
    }
}

/// `zend_html_puts`: source bytes as HTML text.
fn html_puts(out: &mut Vec<u8>, text: &[u8]) {
    for &c in text {
        match c {
            b'\n' => out.extend_from_slice(b"<br />"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'&' => out.extend_from_slice(b"&amp;"),
            b' ' => out.extend_from_slice(b"&nbsp;"),
            b'\t' => out.extend_from_slice(b"&nbsp;&nbsp;&nbsp;&nbsp;"),
            c => out.push(c),
        }
    }
}

/// The source as PHP's highlighter writes it: `<code>`, one span per colour run.
fn highlight(vm: &Vm, src: &[u8], opts: LexOptions) -> Vec<u8> {
    let colour = |c: Colour| {
        let (name, default) = c.setting();
        vm.ini_get(name).unwrap_or(default).to_string()
    };
    let tokens = lex(src, opts, Mode::Tokens).tokens;
    let mut out = Vec::with_capacity(src.len() * 2);
    let mut last = Colour::Html;
    out.extend_from_slice(format!("<code><span style=\"color: {}\">\n", colour(last)).as_bytes());
    for t in &tokens {
        let text = src
            .get(t.span.start as usize..t.span.end as usize)
            .unwrap_or_default();
        if let Some(next) = Colour::of(t.kind) {
            if next != last {
                if last != Colour::Html {
                    out.extend_from_slice(b"</span>");
                }
                last = next;
                if last != Colour::Html {
                    out.extend_from_slice(
                        format!("<span style=\"color: {}\">", colour(last)).as_bytes(),
                    );
                }
            }
        }
        html_puts(&mut out, text);
    }
    if last != Colour::Html {
        out.extend_from_slice(b"</span>\n");
    }
    out.extend_from_slice(b"</span>\n</code>");
    out
}

fn lex_options(vm: &Vm) -> LexOptions {
    let short_open_tag = vm
        .ini_get("short_open_tag")
        .is_some_and(|v| Value::from(v).to_bool());
    LexOptions { short_open_tag }
}

/// Echoes the highlighted source, or returns it when `return` is true.
fn emit(vm: &mut Vm, html: Vec<u8>, ret: bool) -> R {
    if ret {
        return Ok(Value::from(html));
    }
    vm.echo(&html);
    Ok(Value::True)
}

fn highlight_string(vm: &mut Vm, args: &mut [Value]) -> R {
    let src = arg_str(vm, args, 0, "highlight_string")?;
    let ret = opt_bool(vm, args, 1, "highlight_string", false)?;
    let html = highlight(vm, &src, lex_options(vm));
    emit(vm, html, ret)
}

fn highlight_file(vm: &mut Vm, args: &mut [Value]) -> R {
    highlight_named_file(vm, args, "highlight_file")
}

fn show_source(vm: &mut Vm, args: &mut [Value]) -> R {
    highlight_named_file(vm, args, "show_source")
}

fn highlight_named_file(vm: &mut Vm, args: &[Value], f: &str) -> R {
    let path = arg_str(vm, args, 0, f)?;
    let ret = opt_bool(vm, args, 1, f, false)?;
    let src = match vm.read_whole(&path, f) {
        Ok(src) => src,
        Err(why) => {
            let shown = String::from_utf8_lossy(&path);
            vm.warning(&format!("{f}({shown}): Failed to open stream: {why}"));
            vm.warning(&format!("{f}(): Failed opening '{shown}' for highlighting"));
            return Ok(Value::False);
        }
    };
    let html = highlight(vm, &src, lex_options(vm));
    emit(vm, html, ret)
}

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
    Ok(Value::from(strip(&src, lex_options(vm))))
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
