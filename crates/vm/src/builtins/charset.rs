//! Character sets: UTF-8 decoding as ext/standard's html.c does it (the rule for how
//! many bytes an invalid sequence spans is shared by the HTML functions), and the
//! Latin-1 conversions `utf8_encode`/`utf8_decode`; ext/iconv is in [`iconv`].

mod iconv;

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("utf8_encode", utf8_encode, &["string"], 1),
    func("utf8_decode", utf8_decode, &["string"], 1),
    func(
        "iconv",
        iconv::iconv,
        &["from_encoding", "to_encoding", "string"],
        3,
    ),
    func(
        "iconv_strlen",
        iconv::iconv_strlen,
        &["string", "encoding"],
        1,
    ),
    func(
        "iconv_substr",
        iconv::iconv_substr,
        &["string", "offset", "length", "encoding"],
        2,
    ),
    func(
        "iconv_strpos",
        iconv::iconv_strpos,
        &["haystack", "needle", "offset", "encoding"],
        2,
    ),
    func(
        "iconv_strrpos",
        iconv::iconv_strrpos,
        &["haystack", "needle", "encoding"],
        2,
    ),
    func(
        "iconv_get_encoding",
        iconv::iconv_get_encoding,
        &["type"],
        0,
    ),
];

fn is_lead(c: u8) -> bool {
    c < 0x80 || (0xc2..=0xf4).contains(&c)
}

fn is_trail(c: u8) -> bool {
    (0x80..=0xbf).contains(&c)
}

/// The UTF-8 character at `s[pos..]`: `Ok((code point, length))`, or `Err(n)` for an
/// invalid sequence of `n` bytes. Following UTR #36 3.6.1 (strategy 2), an invalid
/// sequence never swallows a byte that could start a valid one.
pub fn next_utf8(s: &[u8], pos: usize) -> Result<(u32, usize), usize> {
    let avail = s.len() - pos;
    let c = s[pos];
    let at = |k: usize| u32::from(s[pos + k] & 0x3f);
    // How far a truncated or broken sequence of `want` bytes reaches.
    let broken = |want: usize| {
        (1..want)
            .find(|&k| k >= avail || is_lead(s[pos + k]))
            .unwrap_or(want)
    };
    match c {
        0..=0x7f => Ok((u32::from(c), 1)),
        0x80..=0xc1 => Err(1),
        0xc2..=0xdf => {
            if avail < 2 {
                return Err(1);
            }
            if !is_trail(s[pos + 1]) {
                return Err(if is_lead(s[pos + 1]) { 1 } else { 2 });
            }
            Ok((u32::from(c & 0x1f) << 6 | at(1), 2))
        }
        0xe0..=0xef => {
            if avail < 3 || !is_trail(s[pos + 1]) || !is_trail(s[pos + 2]) {
                return Err(broken(3));
            }
            let cp = u32::from(c & 0x0f) << 12 | at(1) << 6 | at(2);
            if cp < 0x800 || (0xd800..=0xdfff).contains(&cp) {
                return Err(3);
            }
            Ok((cp, 3))
        }
        0xf0..=0xf4 => {
            if avail < 4 || (1..4).any(|k| !is_trail(s[pos + k])) {
                return Err(broken(4));
            }
            let cp = u32::from(c & 0x07) << 18 | at(1) << 12 | at(2) << 6 | at(3);
            if !(0x10000..=0x10ffff).contains(&cp) {
                return Err(4);
            }
            Ok((cp, 4))
        }
        _ => Err(1),
    }
}

/// Appends code point `cp` as UTF-8.
pub fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    let mut buf = [0u8; 4];
    let ch = char::from_u32(cp).unwrap_or('\u{fffd}');
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

fn utf8_encode(vm: &mut Vm, args: &mut [Value]) -> R {
    vm.deprecated("Function utf8_encode() is deprecated");
    let s = arg_str(vm, args, 0, "utf8_encode")?;
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.iter() {
        push_utf8(&mut out, u32::from(c));
    }
    Ok(Value::from(out))
}

fn utf8_decode(vm: &mut Vm, args: &mut [Value]) -> R {
    vm.deprecated("Function utf8_decode() is deprecated");
    let s = arg_str(vm, args, 0, "utf8_decode")?;
    Ok(Value::from(latin1(&s)))
}

/// UTF-8 to Latin-1: anything invalid or past U+00FF becomes `?`.
fn latin1(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut pos = 0;
    while pos < s.len() {
        match next_utf8(s, pos) {
            Ok((cp, n)) => {
                out.push(u8::try_from(cp).unwrap_or(b'?'));
                pos += n;
            }
            Err(n) => {
                out.push(b'?');
                pos += n;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // php: bin2hex(utf8_decode("é\xff€\xe2\x82A\xf0\x9f\x98\x80"))
    #[test]
    fn decode_like_php() {
        assert_eq!(latin1("é\u{20ac}".as_bytes()), b"\xe9?");
        assert_eq!(latin1(b"\xff\xe2\x82A\xf0\x9f\x98\x80"), b"??A?");
        assert_eq!(next_utf8(b"\xe2\x82A", 0), Err(2));
        assert_eq!(next_utf8(b"\xc3", 0), Err(1));
    }
}
