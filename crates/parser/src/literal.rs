//! Literal values: integer and float literals, and the bytes of string literals with their
//! escapes decoded (`'…'`, `"…"`, heredoc/nowdoc bodies with the closing indentation removed).

/// An integer literal (`42`, `0x2A`, `0o52`, `052`, `0b101010`, with `_` separators),
/// or None if it does not fit in i64 (PHP then makes it a float).
pub fn parse_int(text: &[u8]) -> Option<i64> {
    let digits: Vec<u8> = text.iter().copied().filter(|&b| b != b'_').collect();
    let (radix, body) = radix_and_body(&digits);
    let body = std::str::from_utf8(body).ok()?;
    if body.is_empty() {
        return Some(0);
    }
    i64::from_str_radix(body, radix).ok()
}

fn radix_and_body(digits: &[u8]) -> (u32, &[u8]) {
    match digits {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', rest @ ..] if !rest.is_empty() && rest.iter().all(u8::is_ascii_digit) => (8, rest),
        _ => (10, digits),
    }
}

/// A float literal, or an integer literal too large for i64.
pub fn parse_float(text: &[u8]) -> f64 {
    let digits: Vec<u8> = text.iter().copied().filter(|&b| b != b'_').collect();
    let (radix, body) = radix_and_body(&digits);
    if radix != 10 {
        return body
            .iter()
            .filter_map(|b| (*b as char).to_digit(radix))
            .fold(0.0, |acc, d| acc * f64::from(radix) + f64::from(d));
    }
    std::str::from_utf8(body)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0)
}

/// `"$a[12]"` uses an integer key only for a canonical decimal (`0`, `12`, `-3`, not `012`).
pub fn canonical_int(text: &[u8]) -> Option<i64> {
    let digits = text.strip_prefix(b"-").unwrap_or(text);
    let canonical = match digits {
        [b'0'] => text.len() == 1,
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if !canonical {
        return None;
    }
    std::str::from_utf8(text).ok()?.parse().ok()
}

/// A `T_CONSTANT_ENCAPSED_STRING` token (quotes included; may have a `b` prefix).
pub fn decode_constant_string(token: &[u8]) -> Vec<u8> {
    let token = match token {
        [b'b' | b'B', rest @ ..] => rest,
        _ => token,
    };
    let inner = token
        .get(1..token.len().saturating_sub(1))
        .unwrap_or_default();
    match token.first() {
        Some(b'\'') => decode_single(inner),
        _ => decode_double(inner, b'"'),
    }
}

/// Single quotes: only `\'` and `\\` are escapes.
pub fn decode_single(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match (raw[i], raw.get(i + 1)) {
            (b'\\', Some(&c @ (b'\'' | b'\\'))) => {
                out.push(c);
                i += 2;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Double-quote escapes; `quote` is the delimiter that `\` may escape (`"` or `` ` ``;
/// heredocs pass 0: there `\"` stays as written).
pub fn decode_double(raw: &[u8], quote: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let c = raw[i];
        if c != b'\\' || i + 1 >= raw.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let next = raw[i + 1];
        i += 2;
        match next {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'e' => out.push(0x1b),
            b'f' => out.push(0x0c),
            b'\\' | b'$' => out.push(next),
            b'0'..=b'7' => {
                let start = i - 1;
                let end = (start..raw.len().min(start + 3))
                    .find(|&j| !(b'0'..=b'7').contains(&raw[j]))
                    .unwrap_or(raw.len().min(start + 3));
                let value = raw[start..end]
                    .iter()
                    .fold(0u32, |acc, d| acc * 8 + u32::from(d - b'0'));
                out.push(value as u8); // PHP keeps the low byte of `\400`..`\777`
                i = end;
            }
            b'x' if raw.get(i).is_some_and(u8::is_ascii_hexdigit) => {
                let end = if raw.get(i + 1).is_some_and(u8::is_ascii_hexdigit) {
                    i + 2
                } else {
                    i + 1
                };
                let value = raw[i..end].iter().fold(0u8, |acc, d| {
                    acc.wrapping_mul(16).wrapping_add(hex_value(*d))
                });
                out.push(value);
                i = end;
            }
            b'u' if raw.get(i) == Some(&b'{') => match unicode_escape(&raw[i..]) {
                Some((ch, used)) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    i += used;
                }
                None => out.extend_from_slice(b"\\u"),
            },
            _ if next == quote && quote != 0 => out.push(next),
            _ => {
                out.push(b'\\');
                out.push(next);
            }
        }
    }
    out
}

fn hex_value(d: u8) -> u8 {
    (d as char).to_digit(16).unwrap_or(0) as u8
}

/// `{1F600}` after `\u`: the character and the bytes used (braces included).
fn unicode_escape(raw: &[u8]) -> Option<(char, usize)> {
    let close = raw.iter().position(|&b| b == b'}')?;
    let hex = std::str::from_utf8(&raw[1..close]).ok()?;
    let code = u32::from_str_radix(hex, 16).ok()?;
    Some((char::from_u32(code)?, close + 1))
}

/// Width of the closing heredoc marker's indentation (spaces and tabs before the label).
pub fn indentation(end_marker: &[u8]) -> usize {
    end_marker
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count()
}

/// The newline before the closing marker belongs to the syntax, not the string.
pub fn strip_final_newline(raw: &[u8]) -> &[u8] {
    raw.strip_suffix(b"\r\n")
        .or_else(|| raw.strip_suffix(b"\n"))
        .or_else(|| raw.strip_suffix(b"\r"))
        .unwrap_or(raw)
}

/// Removes up to `indent` leading blanks from every line; the text's own start counts as a
/// line start only when `at_line_start` (a part after `{$x}` continues its line).
pub fn dedent(raw: &[u8], indent: usize, at_line_start: bool) -> Vec<u8> {
    if indent == 0 {
        return raw.to_vec();
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut line_start = at_line_start;
    let mut i = 0;
    while i < raw.len() {
        if line_start {
            let mut skipped = 0;
            while skipped < indent && i < raw.len() && (raw[i] == b' ' || raw[i] == b'\t') {
                i += 1;
                skipped += 1;
            }
            line_start = false;
            continue;
        }
        out.push(raw[i]);
        line_start = raw[i] == b'\n';
        i += 1;
    }
    out
}

pub fn decode_heredoc(raw: &[u8], indent: usize, at_line_start: bool) -> Vec<u8> {
    decode_double(&dedent(raw, indent, at_line_start), 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_in_every_base() {
        assert_eq!(parse_int(b"42"), Some(42));
        assert_eq!(parse_int(b"0x2A"), Some(42));
        assert_eq!(parse_int(b"052"), Some(42));
        assert_eq!(parse_int(b"0o52"), Some(42));
        assert_eq!(parse_int(b"0b101010"), Some(42));
        assert_eq!(parse_int(b"1_000"), Some(1000));
        assert_eq!(parse_int(b"0"), Some(0));
        assert_eq!(parse_int(b"9223372036854775808"), None);
        assert_eq!(parse_float(b"9223372036854775808"), 9.223372036854776e18);
        assert_eq!(parse_float(b"0xFFFFFFFFFFFFFFFF"), 1.8446744073709552e19);
        assert_eq!(parse_float(b"1.5e3"), 1500.0);
        assert_eq!(parse_float(b".5"), 0.5);
    }

    #[test]
    fn string_escapes() {
        assert_eq!(decode_constant_string(b"'a\\'b\\\\c\\n'"), b"a'b\\c\\n");
        assert_eq!(
            decode_constant_string(b"\"a\\tb\\x41\\101\\u{e9}\\q\\\"\""),
            b"a\tbAA\xc3\xa9\\q\""
        );
        assert_eq!(decode_double(b"\\\"", 0), b"\\\"");
        assert_eq!(decode_double(b"\\$x\\400", b'"'), b"$x\x00");
    }

    #[test]
    fn heredoc_indentation() {
        assert_eq!(dedent(b"    a\n      b", 4, true), b"a\n  b");
        assert_eq!(dedent(b" x\n    y", 4, false), b" x\ny");
        assert_eq!(canonical_int(b"12"), Some(12));
        assert_eq!(canonical_int(b"012"), None);
        assert_eq!(canonical_int(b"-3"), Some(-3));
        assert_eq!(canonical_int(b"-0"), None);
    }
}
