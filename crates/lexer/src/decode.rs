//! Values of literal tokens: string escapes, numbers, heredoc indentation.
//!
//! Tokens carry only spans; the parser turns their bytes into values with these
//! functions (see the crate documentation for which helper fits which token).
//! The lexer uses the same routines, without an output buffer, to report the
//! errors and warnings PHP reports at lex time.

use crate::{Span, TokenKind};

/// The value of an integer or float literal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberLiteral {
    Int(i64),
    Float(f64),
}

pub(crate) const INVALID_NUMERIC_LITERAL: &str = "Invalid numeric literal";

/// Where output bytes go: a buffer when decoding, nowhere when only checking.
struct Sink<'a>(Option<&'a mut Vec<u8>>);

impl Sink<'_> {
    fn push(&mut self, b: u8) {
        if let Some(out) = self.0.as_mut() {
            out.push(b);
        }
    }

    fn extend(&mut self, bytes: &[u8]) {
        if let Some(out) = self.0.as_mut() {
            out.extend_from_slice(bytes);
        }
    }
}

/// A problem found in a literal, at byte `offset` of the text that was scanned.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Problem {
    pub message: String,
    pub offset: usize,
}

/// Newlines in `src[from..to]` counted as Zend does: `\n`, and `\r` not followed by `\n`.
pub(crate) fn count_newlines(src: &[u8], from: usize, to: usize) -> u32 {
    let text = &src[from..to];
    // One pass for both bytes (the lexer asks this before every token it keeps); most
    // bytes are above both, and one comparison tells.
    let (mut n, mut has_cr) = (0, false);
    for &b in text {
        if b <= b'\r' {
            n += usize::from(b == b'\n');
            has_cr |= b == b'\r';
        }
    }
    if has_cr {
        n += (from..to)
            .filter(|&i| src[i] == b'\r' && src.get(i + 1) != Some(&b'\n'))
            .count();
    }
    n as u32
}

/// The offset just after the `n`-th newline of `text` (0 for `n == 0`).
fn nth_line_start(text: &[u8], n: u32) -> usize {
    let mut seen = 0;
    let mut i = 0;
    while seen < n && i < text.len() {
        if count_newlines(text, i, i + 1) == 1 {
            seen += 1;
        }
        i += 1;
    }
    i
}

/// The value of a single-quoted string body (`raw` excludes the quotes):
/// only `\\` and `\'` are escapes.
pub fn decode_single_quoted(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == b'\\' && matches!(raw.get(i + 1), Some(b'\\' | b'\'')) {
            out.push(raw[i + 1]);
            i += 2;
        } else {
            out.push(b);
            i += 1;
        }
    }
    out
}

/// The value of the literal text of a double-quoted string (`quote` = `b'"'`),
/// backtick command (`` b'`' ``) or heredoc (`0`: neither quote is escapable).
/// Unknown escapes are kept as written; `\u{…}` errors are PHP's messages.
pub fn decode_double_quoted(raw: &[u8], quote: u8) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(raw.len());
    unescape(raw, quote, Sink(Some(&mut out)), &mut |_| {}).map_err(|p| p.message)?;
    Ok(out)
}

/// Checks the escapes of a double-quoted text without decoding it: the first
/// error, and every octal-overflow warning through `warn`.
pub(crate) fn check_escapes(
    raw: &[u8],
    quote: u8,
    warn: &mut dyn FnMut(Problem),
) -> Result<(), Problem> {
    if !raw.contains(&b'\\') {
        return Ok(());
    }
    unescape(raw, quote, Sink(None), warn)
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn is_octal(b: Option<&u8>) -> bool {
    matches!(b, Some(b'0'..=b'7'))
}

fn unescape(
    raw: &[u8],
    quote: u8,
    mut out: Sink,
    warn: &mut dyn FnMut(Problem),
) -> Result<(), Problem> {
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = raw.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'f' => out.push(0x0c),
            b'v' => out.push(0x0b),
            b'e' => out.push(0x1b),
            b'\\' | b'$' => out.push(c),
            b'"' | b'`' if c == quote => out.push(c),
            b'x' | b'X' => match raw.get(i).copied().and_then(hex_value) {
                Some(d1) => {
                    i += 1;
                    let mut value = d1;
                    if let Some(d2) = raw.get(i).copied().and_then(hex_value) {
                        value = value * 16 + d2;
                        i += 1;
                    }
                    out.push(value);
                }
                None => out.extend(&[b'\\', c]),
            },
            b'u' if raw.get(i) == Some(&b'{') => {
                let digits_start = i + 1;
                let mut j = digits_start;
                while j < raw.len() && raw[j].is_ascii_hexdigit() {
                    j += 1;
                }
                if j == digits_start || raw.get(j) != Some(&b'}') {
                    return Err(Problem {
                        message: "Invalid UTF-8 codepoint escape sequence".into(),
                        offset: start,
                    });
                }
                let codepoint = raw[digits_start..j].iter().fold(0u32, |acc, &d| {
                    acc.saturating_mul(16)
                        .saturating_add(u32::from(hex_value(d).unwrap_or(0)))
                });
                let Some(ch) = char::from_u32(codepoint).or_else(|| surrogate(codepoint)) else {
                    return Err(Problem {
                        message: "Invalid UTF-8 codepoint escape sequence: Codepoint too large"
                            .into(),
                        offset: start,
                    });
                };
                encode_codepoint(ch, codepoint, &mut out);
                i = j + 1;
            }
            b'0'..=b'7' => {
                let mut end = i;
                while end < raw.len() && end < i + 2 && is_octal(raw.get(end)) {
                    end += 1;
                }
                let digits = &raw[i - 1..end];
                if digits.len() == 3 && digits[0] > b'3' {
                    warn(Problem {
                        message: format!(
                            "Octal escape sequence overflow \\{} is greater than \\377",
                            String::from_utf8_lossy(digits)
                        ),
                        offset: start,
                    });
                }
                // PHP stores the value in a char: \400 wraps to \000.
                let value = digits
                    .iter()
                    .fold(0u32, |acc, &d| acc * 8 + u32::from(d - b'0'));
                out.push(value as u8);
                i = end;
            }
            _ => out.extend(&[b'\\', c]),
        }
    }
    Ok(())
}

/// PHP encodes surrogate code points (U+D800..U+DFFF) like any other: `char`
/// cannot hold them, so they are marked with a placeholder and encoded by hand.
fn surrogate(codepoint: u32) -> Option<char> {
    (0xD800..=0xDFFF).contains(&codepoint).then_some('\u{FFFD}')
}

fn encode_codepoint(ch: char, codepoint: u32, out: &mut Sink) {
    if (0xD800..=0xDFFF).contains(&codepoint) {
        out.extend(&[
            0xE0 | (codepoint >> 12) as u8,
            0x80 | ((codepoint >> 6) & 0x3F) as u8,
            0x80 | (codepoint & 0x3F) as u8,
        ]);
    } else {
        let mut buf = [0u8; 4];
        out.extend(ch.encode_utf8(&mut buf).as_bytes());
    }
}

/// The value of a `T_CONSTANT_ENCAPSED_STRING` token's text (quotes and an
/// optional `b` prefix included).
pub fn constant_string_value(text: &[u8]) -> Result<Vec<u8>, String> {
    let text = match text.first() {
        Some(b'b' | b'B') => &text[1..],
        _ => text,
    };
    let quote = text.first().copied().unwrap_or(b'\'');
    let inner = text.get(1..text.len().saturating_sub(1)).unwrap_or(&[]);
    if quote == b'"' {
        decode_double_quoted(inner, b'"')
    } else {
        Ok(decode_single_quoted(inner))
    }
}

/// Scans `D+(_D+)*` from `i` (digits per `is_digit`); returns the end, or `i`.
pub(crate) fn scan_digits(src: &[u8], mut i: usize, is_digit: fn(u8) -> bool) -> usize {
    let start = i;
    loop {
        let run = i;
        while i < src.len() && is_digit(src[i]) {
            i += 1;
        }
        if i == run {
            return if run == start { start } else { run - 1 };
        }
        if src.get(i) == Some(&b'_') && src.get(i + 1).is_some_and(|&b| is_digit(b)) {
            i += 1;
        } else {
            return i;
        }
    }
}

/// The value of an integer literal as PHP reads it: `0x`/`0b`/`0o` prefixes,
/// legacy `0`-prefixed octal, `_` separators; an integer that does not fit in
/// i64 becomes a float computed the way PHP does.
pub fn parse_int_literal(text: &[u8]) -> Result<NumberLiteral, String> {
    let invalid = || INVALID_NUMERIC_LITERAL.to_string();
    let (base, digits) = match text {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', rest @ ..] => (8, rest),
        _ => (10, text),
    };
    if digits
        .iter()
        .any(|&b| b != b'_' && !(b as char).is_digit(base))
    {
        return Err(invalid());
    }
    let mut value: i64 = 0;
    let mut overflow = false;
    for d in digits.iter().filter(|&&b| b != b'_') {
        let d = i64::from((*d as char).to_digit(base).unwrap_or(0) as u8);
        match value
            .checked_mul(i64::from(base))
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => value = v,
            None => {
                overflow = true;
                break;
            }
        }
    }
    if !overflow {
        return Ok(NumberLiteral::Int(value));
    }
    if base == 10 {
        return Ok(NumberLiteral::Float(parse_float_literal(text)));
    }
    // PHP's zend_{hex,oct,bin}_strtod accumulate in a double, digit by digit;
    // the octal and binary ones add the digit's character code, then subtract
    // '0' (two roundings), which shows on values past 2^53.
    let digits = digits.iter().filter(|&&b| b != b'_');
    let float = if base == 16 {
        digits.fold(0.0f64, |acc, &d| {
            acc * 16.0 + f64::from(hex_value(d).unwrap_or(0))
        })
    } else {
        digits.fold(0.0f64, |acc, &d| {
            acc * f64::from(base) + f64::from(d) - f64::from(b'0')
        })
    };
    Ok(NumberLiteral::Float(float))
}

/// The integer a `T_NUM_STRING` (`"$a[12]"`) stands for: decimal digits
/// without a leading zero that fit in i64; any other offset (`01`, `0x1`,
/// `1_0`, a label, a too large number) is a string key made of its text.
pub fn num_string_value(text: &[u8]) -> Option<i64> {
    let canonical = text == b"0" || matches!(text.first(), Some(b'1'..=b'9'));
    if !canonical || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(text).ok()?.parse().ok()
}

/// The value of a float literal (`1.5`, `.5`, `1.`, `1e3`, `1_000.5`),
/// correctly rounded as PHP's zend_strtod; overflow gives infinity.
pub fn parse_float_literal(text: &[u8]) -> f64 {
    let cleaned: String = text
        .iter()
        .filter(|&&b| b != b'_')
        .map(|&b| b as char)
        .collect();
    cleaned.parse().unwrap_or(0.0)
}

/// The value of any `T_LNUMBER` / `T_DNUMBER` token text.
pub fn parse_number_literal(text: &[u8]) -> Result<NumberLiteral, String> {
    let is_float = !matches!(text, [b'0', b'x' | b'X' | b'b' | b'B', ..])
        && text.iter().any(|&b| matches!(b, b'.' | b'e' | b'E'));
    if is_float {
        Ok(NumberLiteral::Float(parse_float_literal(text)))
    } else {
        parse_int_literal(text)
    }
}

/// The indentation a heredoc's closing marker imposes on its body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Indentation {
    pub width: usize,
    pub uses_spaces: bool,
}

impl Indentation {
    pub const NONE: Indentation = Indentation {
        width: 0,
        uses_spaces: false,
    };

    /// Reads it from the start of a line, such as the `T_END_HEREDOC` token's
    /// text (indentation + label). Mixed indentation counts as tabs, as in PHP.
    pub fn of_closing_marker(text: &[u8]) -> Indentation {
        let width = text
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let uses_spaces = width > 0 && text[..width].iter().all(|&b| b == b' ');
        Indentation { width, uses_spaces }
    }
}

/// The next newline (`\n`, `\r\n` or `\r`) at or after `from`: (position, length).
fn next_newline(text: &[u8], from: usize) -> Option<(usize, usize)> {
    let at = from
        + text[from..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')?;
    let len = if text[at] == b'\r' && text.get(at + 1) == Some(&b'\n') {
        2
    } else {
        1
    };
    Some((at, len))
}

/// Removes the closing marker's indentation from one heredoc part, with PHP's
/// errors. `newline_at_start`: the part begins a line; `newline_at_end`: it is
/// the last part (its final newline already removed by the caller).
fn strip_indentation(
    text: &[u8],
    indent: Indentation,
    newline_at_start: bool,
    newline_at_end: bool,
    mut out: Sink,
) -> Result<(), Problem> {
    let mut pos = 0;
    if !newline_at_start {
        // The first line continues one begun before an interpolation: kept whole.
        match next_newline(text, 0) {
            Some((at, len)) => {
                out.extend(&text[..at + len]);
                pos = at + len;
            }
            None => {
                out.extend(text);
                return Ok(());
            }
        }
    }
    loop {
        let line_start = pos;
        let newline = next_newline(text, pos);
        let line_end = match newline {
            Some((at, _)) => Some(at),
            None if newline_at_end => Some(text.len()),
            None => None,
        };
        for _ in 0..indent.width {
            if Some(pos) == line_end {
                break; // whitespace-only lines need not be fully indented
            }
            let b = text.get(pos).copied();
            if b != Some(b' ') && b != Some(b'\t') {
                return Err(Problem {
                    message: format!(
                        "Invalid body indentation level (expecting an indentation level of at least {})",
                        indent.width
                    ),
                    offset: line_start,
                });
            }
            if (b == Some(b' ')) != indent.uses_spaces {
                return Err(Problem {
                    message: "Invalid indentation - tabs and spaces cannot be mixed".into(),
                    offset: line_start,
                });
            }
            pos += 1;
        }
        if pos == text.len() {
            return Ok(());
        }
        match newline {
            Some((at, len)) => {
                out.extend(&text[pos..at + len]);
                pos = at + len;
            }
            None => {
                out.extend(&text[pos..]);
                return Ok(());
            }
        }
    }
}

/// `text` without its final newline (`\n`, `\r\n` or `\r`), if any.
pub(crate) fn without_final_newline(text: &[u8]) -> &[u8] {
    match text {
        [rest @ .., b'\r', b'\n'] => rest,
        [rest @ .., b'\n' | b'\r'] => rest,
        _ => text,
    }
}

/// One heredoc/nowdoc body part located in its source, ready to be checked or decoded.
pub(crate) struct HeredocPart<'s> {
    /// The part's text minus the newline before the closing marker, if it is the last part.
    pub text: &'s [u8],
    pub newline_at_start: bool,
    pub newline_at_end: bool,
    pub indent: Indentation,
    pub nowdoc: bool,
}

impl<'s> HeredocPart<'s> {
    pub fn locate(src: &'s [u8], start: Span, part: Span, end: Span) -> HeredocPart<'s> {
        let get = |s: Span| src.get(s.start as usize..s.end as usize).unwrap_or(&[]);
        let mut text = get(part);
        let newline_at_end = part.end == end.start;
        if newline_at_end {
            text = without_final_newline(text);
        }
        let before = (part.start as usize)
            .checked_sub(1)
            .and_then(|i| src.get(i));
        HeredocPart {
            text,
            newline_at_start: matches!(before, Some(b'\n' | b'\r')),
            newline_at_end,
            indent: Indentation::of_closing_marker(get(end)),
            nowdoc: get(start).contains(&b'\''),
        }
    }

    /// Checks indentation, then escapes (heredoc only), as PHP's parser mode does.
    pub fn check(&self, warn: &mut dyn FnMut(Problem)) -> Result<(), Problem> {
        if self.nowdoc {
            return self.strip(Sink(None));
        }
        let mut stripped = Vec::new();
        self.strip(Sink(Some(&mut stripped)))?;
        // Stripping keeps every newline: an escape's line in the stripped text
        // is found again in the original one.
        let relocate = |p: Problem| Problem {
            offset: nth_line_start(self.text, count_newlines(&stripped, 0, p.offset)),
            message: p.message,
        };
        check_escapes(&stripped, 0, &mut |p| warn(relocate(p))).map_err(&relocate)
    }

    fn strip(&self, out: Sink) -> Result<(), Problem> {
        strip_indentation(
            self.text,
            self.indent,
            self.newline_at_start,
            self.newline_at_end,
            out,
        )
    }

    fn value(&self) -> Result<Vec<u8>, String> {
        let mut stripped = Vec::with_capacity(self.text.len());
        self.strip(Sink(Some(&mut stripped)))
            .map_err(|p| p.message)?;
        if self.nowdoc {
            Ok(stripped)
        } else {
            decode_double_quoted(&stripped, 0)
        }
    }
}

/// The value of one `T_ENCAPSED_AND_WHITESPACE` part of a heredoc or nowdoc:
/// `start` is the heredoc's `T_START_HEREDOC` span, `end` its `T_END_HEREDOC`
/// span. The closing marker's indentation is removed from every line, the
/// newline before the marker dropped, and (heredoc only) escapes decoded.
pub fn heredoc_text(src: &[u8], start: Span, part: Span, end: Span) -> Result<Vec<u8>, String> {
    HeredocPart::locate(src, start, part, end).value()
}

/// The value of one `T_ENCAPSED_AND_WHITESPACE` part outside heredocs:
/// `quote` is the kind of the enclosing `"` / `` ` `` token.
pub fn encapsed_text(text: &[u8], enclosing: TokenKind) -> Result<Vec<u8>, String> {
    let quote = if enclosing == TokenKind::Backtick {
        b'`'
    } else {
        b'"'
    };
    decode_double_quoted(text, quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dq(s: &str) -> Vec<u8> {
        decode_double_quoted(s.as_bytes(), b'"').unwrap()
    }

    #[test]
    fn single_quoted() {
        assert_eq!(decode_single_quoted(br"a\'b\\c\n\"), br"a'b\c\n\".to_vec());
    }

    #[test]
    fn double_quoted_escapes() {
        assert_eq!(
            dq(r#"\n\t\r\v\e\f\\\$\""#),
            b"\n\t\r\x0b\x1b\x0c\\$\"".to_vec()
        );
        assert_eq!(dq(r"\q\`\'"), br"\q\`\'".to_vec());
        assert_eq!(
            decode_double_quoted(br#"\`\""#, b'`').unwrap(),
            br#"`\""#.to_vec()
        );
        assert_eq!(
            decode_double_quoted(br#"\`\""#, 0).unwrap(),
            br#"\`\""#.to_vec()
        );
        assert_eq!(dq(r"\x41\x4g\xg\X41"), b"A\x04g\\xgA".to_vec());
        assert_eq!(dq(r"\101\0\7\400\1234"), b"A\0\x07\0S4".to_vec());
        assert_eq!(
            dq(r"\u{41}\u{1F600}\u{00000041}\u"),
            "A😀A\\u".as_bytes().to_vec()
        );
        assert_eq!(dq(r"\u{D800}"), vec![0xED, 0xA0, 0x80]);
        assert_eq!(dq("\\"), b"\\".to_vec());
        assert_eq!(dq("\\\u{7f}"), b"\\\x7f".to_vec());
    }

    #[test]
    fn codepoint_errors() {
        let e = "Invalid UTF-8 codepoint escape sequence";
        assert_eq!(decode_double_quoted(br"\u{}", b'"'), Err(e.into()));
        assert_eq!(decode_double_quoted(br"\u{zz}", b'"'), Err(e.into()));
        assert_eq!(decode_double_quoted(br"\u{41", b'"'), Err(e.into()));
        let big = "Invalid UTF-8 codepoint escape sequence: Codepoint too large";
        assert_eq!(decode_double_quoted(br"\u{110000}", b'"'), Err(big.into()));
        assert_eq!(
            decode_double_quoted(br"\u{FFFFFFFFFFFFFFFFFFFF}", b'"'),
            Err(big.into())
        );
    }

    #[test]
    fn octal_overflow_warns() {
        let mut warnings = Vec::new();
        check_escapes(br"ab\400\377\\400", b'"', &mut |p| warnings.push(p)).unwrap();
        assert_eq!(
            warnings,
            vec![Problem {
                message: r"Octal escape sequence overflow \400 is greater than \377".into(),
                offset: 2
            }]
        );
    }

    #[test]
    fn constant_strings() {
        assert_eq!(constant_string_value(br"'a\'b'").unwrap(), b"a'b".to_vec());
        assert_eq!(
            constant_string_value(br#"b"a\tb""#).unwrap(),
            b"a\tb".to_vec()
        );
        assert_eq!(constant_string_value(br"B'x'").unwrap(), b"x".to_vec());
    }

    #[test]
    fn integers() {
        use NumberLiteral::*;
        let p = |s: &str| parse_int_literal(s.as_bytes());
        assert_eq!(p("0"), Ok(Int(0)));
        assert_eq!(p("1_000"), Ok(Int(1000)));
        assert_eq!(p("0x1F"), Ok(Int(31)));
        assert_eq!(p("0X1f_ff"), Ok(Int(0x1fff)));
        assert_eq!(p("0b101"), Ok(Int(5)));
        assert_eq!(p("0o17"), Ok(Int(15)));
        assert_eq!(p("017"), Ok(Int(15)));
        assert_eq!(p("0_17"), Ok(Int(15)));
        assert_eq!(p("9223372036854775807"), Ok(Int(i64::MAX)));
        assert_eq!(
            p("9223372036854775808"),
            Ok(Float(9_223_372_036_854_775_808.0))
        );
        assert_eq!(p("0x7FFFFFFFFFFFFFFF"), Ok(Int(i64::MAX)));
        assert_eq!(
            p("0x8000000000000000"),
            Ok(Float(9_223_372_036_854_775_808.0))
        );
        assert_eq!(p("0777777777777777777777"), Ok(Int(i64::MAX)));
        assert_eq!(
            p("01000000000000000000000"),
            Ok(Float(9_223_372_036_854_775_808.0))
        );
        assert_eq!(
            p(&format!("0b{}", "1".repeat(64))),
            Ok(Float(1.844674407370955e19))
        );
        assert_eq!(p("08"), Err(INVALID_NUMERIC_LITERAL.into()));
        assert_eq!(p("0_8"), Err(INVALID_NUMERIC_LITERAL.into()));
    }

    #[test]
    fn num_strings() {
        assert_eq!(num_string_value(b"0"), Some(0));
        assert_eq!(num_string_value(b"12"), Some(12));
        assert_eq!(num_string_value(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(num_string_value(b"9223372036854775808"), None);
        assert_eq!(num_string_value(b"01"), None);
        assert_eq!(num_string_value(b"0x1"), None);
        assert_eq!(num_string_value(b"1_0"), None);
        assert_eq!(num_string_value(b"key"), None);
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float_literal(b"1e3"), 1000.0);
        assert_eq!(parse_float_literal(b".5"), 0.5);
        assert_eq!(parse_float_literal(b"1."), 1.0);
        assert_eq!(parse_float_literal(b"1_0.5_0"), 10.5);
        assert_eq!(parse_float_literal(b"1E+5"), 1e5);
        assert_eq!(parse_float_literal(b"1.5e-3"), 0.0015);
        assert_eq!(parse_float_literal(b"1e999"), f64::INFINITY);
        assert_eq!(parse_float_literal(b"0.1"), 0.1);
        assert_eq!(
            parse_number_literal(b"1e3"),
            Ok(NumberLiteral::Float(1000.0))
        );
        assert_eq!(parse_number_literal(b"0xE1"), Ok(NumberLiteral::Int(0xE1)));
        assert_eq!(parse_number_literal(b"0b1"), Ok(NumberLiteral::Int(1)));
    }

    #[test]
    fn digit_runs() {
        let dec = |b: u8| b.is_ascii_digit();
        assert_eq!(scan_digits(b"1_000x", 0, dec), 5);
        assert_eq!(scan_digits(b"1__0", 0, dec), 1);
        assert_eq!(scan_digits(b"1_", 0, dec), 1);
        assert_eq!(scan_digits(b"x", 0, dec), 0);
    }

    fn strip(text: &str, width: usize, start: bool, end: bool) -> Result<String, String> {
        let mut out = Vec::new();
        let indent = Indentation {
            width,
            uses_spaces: true,
        };
        strip_indentation(text.as_bytes(), indent, start, end, Sink(Some(&mut out)))
            .map_err(|p| format!("{}@{}", p.message, p.offset))?;
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn heredoc_indentation() {
        assert_eq!(
            strip("  a\n   b\n\n c", 2, true, true),
            Err(
                "Invalid body indentation level (expecting an indentation level of at least 2)@10"
                    .into()
            )
        );
        assert_eq!(
            strip("  a\n   b\n\n  c", 2, true, true).unwrap(),
            "a\n b\n\nc"
        );
        assert_eq!(strip(" x\n  y", 2, false, true).unwrap(), " x\ny");
        assert_eq!(strip("  x", 2, true, false).unwrap(), "x");
        assert!(
            strip("  x\n", 2, true, false).is_err(),
            "a line cut by an interpolation"
        );
        assert_eq!(
            strip("  a\n\t b", 2, true, true),
            Err("Invalid indentation - tabs and spaces cannot be mixed@4".into())
        );
    }

    #[test]
    fn heredoc_parts_from_source() {
        let src = b"<<<EOT\n  a\\tb\n  EOT";
        let span = |start, end| Span {
            start,
            end,
            line: 1,
        };
        let (start, part, end) = (span(0, 7), span(7, 14), span(14, 19));
        assert_eq!(
            heredoc_text(src, start, part, end).unwrap(),
            b"a\tb".to_vec()
        );
        let src = b"<<<'EOT'\n  a\\tb\n  EOT";
        let (start, part, end) = (span(0, 9), span(9, 16), span(16, 21));
        assert_eq!(
            heredoc_text(src, start, part, end).unwrap(),
            b"a\\tb".to_vec()
        );
    }
}
