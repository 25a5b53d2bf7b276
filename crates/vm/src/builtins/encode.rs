//! Byte-string encodings of ext/standard: C-style escapes (`addcslashes`,
//! `stripcslashes`), base64 and rot13.

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_bool};
use super::string::char_mask;
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("addcslashes", addcslashes, &["string", "characters"], 2),
    func("stripcslashes", stripcslashes, &["string"], 1),
    func("base64_encode", base64_encode, &["string"], 1),
    func("base64_decode", base64_decode, &["string", "strict"], 1),
    func("str_rot13", str_rot13, &["string"], 1),
];

type R = Result<Value, Unwind>;

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The letter C uses for a control byte (`\n` for 10…), if it has one.
fn c_escape_letter(c: u8) -> Option<u8> {
    Some(match c {
        7 => b'a',
        8 => b'b',
        b'\t' => b't',
        b'\n' => b'n',
        11 => b'v',
        12 => b'f',
        b'\r' => b'r',
        _ => return None,
    })
}

fn addcslashes(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "addcslashes")?;
    let list = arg_str(vm, args, 1, "addcslashes")?;
    let mask = char_mask(vm, "addcslashes", &list);
    Ok(Value::from(add_c_slashes(&s, &mask)))
}

fn add_c_slashes(s: &[u8], mask: &[bool; 256]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        if !mask[c as usize] {
            out.push(c);
            continue;
        }
        out.push(b'\\');
        if (32..127).contains(&c) {
            out.push(c);
        } else if let Some(letter) = c_escape_letter(c) {
            out.push(letter);
        } else {
            out.extend_from_slice(format!("{c:03o}").as_bytes());
        }
    }
    out
}

fn stripcslashes(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "stripcslashes")?;
    Ok(Value::from(strip_c_slashes(&s)))
}

/// Up to `max` digits of `radix` from `s[i..]`: the value and the count read.
fn digits(s: &[u8], i: usize, radix: u32, max: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        match s.get(i + n).and_then(|&d| (d as char).to_digit(radix)) {
            Some(d) => value = value * radix + d,
            None => break,
        }
        n += 1;
    }
    (value, n)
}

fn strip_c_slashes(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        // A trailing lone backslash stays.
        if s[i] != b'\\' || i + 1 == s.len() {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let c = s[i + 1];
        i += 2;
        let simple = match c {
            b'n' => Some(b'\n'),
            b't' => Some(b'\t'),
            b'r' => Some(b'\r'),
            b'a' => Some(7),
            b'v' => Some(11),
            b'b' => Some(8),
            b'f' => Some(12),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        if c == b'x' {
            let (v, n) = digits(s, i, 16, 2);
            if n > 0 {
                out.push(v as u8);
                i += n;
                continue;
            }
        }
        // Octal digits start at the escaped byte itself; the value wraps to a byte.
        let (v, n) = digits(s, i - 1, 8, 3);
        if n > 0 {
            out.push(v as u8);
            i += n - 1;
        } else {
            out.push(c);
        }
    }
    out
}

fn base64_encode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "base64_encode")?;
    Ok(Value::from(encode_base64(&s)))
}

pub(crate) fn encode_base64(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len().div_ceil(3) * 4);
    for chunk in s.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(BASE64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

fn base64_decode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "base64_decode")?;
    let strict = opt_bool(vm, args, 1, "base64_decode", false)?;
    Ok(decode_base64(&s, strict).map_or(Value::False, Value::from))
}

/// PHP's decoder: loose mode skips every byte outside the alphabet; strict mode
/// skips only whitespace and rejects misplaced or excess padding.
pub(crate) fn decode_base64(s: &[u8], strict: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    let mut acc = 0u32;
    let mut count = 0usize;
    let mut padding = 0usize;
    for &c in s {
        if c == b'=' {
            padding += 1;
            continue;
        }
        let Some(v) = BASE64.iter().position(|&b| b == c) else {
            if strict && !matches!(c, b'\t' | b'\n' | b'\r' | b' ') {
                return None;
            }
            continue;
        };
        if strict && padding > 0 {
            return None;
        }
        acc = (acc << 6) | v as u32;
        count += 1;
        if count.is_multiple_of(4) {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
        }
    }
    match count % 4 {
        1 if strict => return None,
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => {}
    }
    if strict && padding > 0 && (padding > 2 || !(count + padding).is_multiple_of(4)) {
        return None;
    }
    Some(out)
}

fn str_rot13(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "str_rot13")?;
    let out: Vec<u8> = s
        .iter()
        .map(|&c| match c {
            b'a'..=b'z' => (c - b'a' + 13) % 26 + b'a',
            b'A'..=b'Z' => (c - b'A' + 13) % 26 + b'A',
            _ => c,
        })
        .collect();
    Ok(Value::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_and_pads() {
        assert_eq!(encode_base64(b"AB"), b"QUI=");
        assert_eq!(encode_base64(b"ABC"), b"QUJD");
        assert_eq!(encode_base64(b"A"), b"QQ==");
        assert_eq!(decode_base64(b"QUI=", true), Some(b"AB".to_vec()));
        assert_eq!(decode_base64(b"QU\nI=", true), Some(b"AB".to_vec()));
    }

    #[test]
    fn base64_strict_rejects_what_php_rejects() {
        // Expectations from php 8.2.
        assert_eq!(decode_base64(b"QU\x0bI=", true), None);
        assert_eq!(decode_base64(b"QU\x0bI=", false), Some(b"AB".to_vec()));
        assert_eq!(decode_base64(b"QUI===", true), None);
        assert_eq!(decode_base64(b"Q", true), None);
    }

    #[test]
    fn c_slashes_follow_php() {
        // php -r 'var_dump(stripcslashes("a\\x\\xg1\\1234\\"));' gives "axxg1S4\".
        assert_eq!(strip_c_slashes(b"a\\x\\xg1\\1234\\"), b"axxg1S4\\");
        let mut all = [true; 256];
        all[b'a' as usize] = false;
        assert_eq!(add_c_slashes(b"a\x01\xff\n", &all), b"a\\001\\377\\n");
    }
}
