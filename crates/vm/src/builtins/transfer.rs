//! Mail transfer encodings: quoted-printable (`quoted_printable_encode`/`_decode`,
//! RFC 2045 with PHP's 76-column soft breaks) and uuencoding (`convert_uuencode`/
//! `convert_uudecode`), as ext/standard's quot_print.c and uuencode.c produce them.

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "quoted_printable_encode",
        quoted_printable_encode,
        &["string"],
        1,
    ),
    func(
        "quoted_printable_decode",
        quoted_printable_decode,
        &["string"],
        1,
    ),
    func("convert_uuencode", convert_uuencode, &["string"], 1),
    func("convert_uudecode", convert_uudecode, &["string"], 1),
];

const HEX: &[u8; 16] = b"0123456789ABCDEF";
/// The longest encoded line before a soft break (`=\r\n`).
const QP_MAX_LINE: usize = 75;

fn quoted_printable_encode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "quoted_printable_encode")?;
    Ok(Value::from(qp_encode(&s)))
}

fn qp_encode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 3);
    let mut line = 0usize;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied().unwrap_or(0);
        i += 1;
        if c == b'\r' && next == b'\n' && i < s.len() {
            out.extend_from_slice(b"\r\n");
            i += 1;
            line = 0;
        } else if c.is_ascii_control() || c >= 0x80 || c == b'=' || (c == b' ' && next == b'\r') {
            line += 3;
            // A multi-byte UTF-8 character is not split across a soft break.
            let room = match c {
                0..=0x7f => 0,
                0x80..=0xdf => 3,
                0xe0..=0xef => 6,
                0xf0..=0xf4 => 9,
                _ => usize::MAX / 2,
            };
            if (c <= 0x7f && line > QP_MAX_LINE)
                || (c <= 0xf4 && c > 0x7f && line + room > QP_MAX_LINE)
            {
                out.extend_from_slice(b"=\r\n");
                line = 3;
            }
            out.extend_from_slice(&[b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
        } else {
            line += 1;
            if line > QP_MAX_LINE {
                out.extend_from_slice(b"=\r\n");
                line = 1;
            }
            out.push(c);
        }
    }
    out
}

fn quoted_printable_decode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "quoted_printable_decode")?;
    Ok(Value::from(qp_decode(&s)))
}

/// Decodes up to the first NUL (PHP reads the input as a C string).
fn qp_decode(s: &[u8]) -> Vec<u8> {
    let s = &s[..s.iter().position(|&c| c == 0).unwrap_or(s.len())];
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'=' {
            out.push(s[i]);
            i += 1;
            continue;
        }
        if let (Some(h), Some(l)) = (hex(at(i + 1)), hex(at(i + 2))) {
            out.push(h << 4 | l);
            i += 3;
            continue;
        }
        // A soft line break: `=`, optional blanks, then a line end (or the end).
        let mut k = 1;
        while matches!(at(i + k), b' ' | b'\t') {
            k += 1;
        }
        match (at(i + k), at(i + k + 1)) {
            (0, _) => i += k,
            (b'\r', b'\n') => i += k + 2,
            (b'\r' | b'\n', _) => i += k + 1,
            _ => {
                out.push(b'=');
                i += 1;
            }
        }
    }
    out
}

/// One uuencoded sextet: 0 is a backquote, others are offset from space.
fn uu_char(c: u8) -> u8 {
    if c == 0 {
        b'`'
    } else {
        (c & 0o77) + b' '
    }
}

fn uu_value(c: u8) -> u8 {
    c.wrapping_sub(b' ') & 0o77
}

fn convert_uuencode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "convert_uuencode")?;
    Ok(Value::from(uuencode(&s)))
}

/// Lines of 45 input bytes; a short last group is padded with zero bytes.
fn uuencode(s: &[u8]) -> Vec<u8> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let group = |out: &mut Vec<u8>, i: usize, n: usize| {
        out.push(uu_char(at(i) >> 2));
        out.push(uu_char((at(i) << 4) & 0o60 | (at(i + 1) >> 4) & 0o17));
        out.push(if n > 1 {
            uu_char((at(i + 1) << 2) & 0o74 | (at(i + 2) >> 6) & 0o3)
        } else {
            uu_char(0)
        });
        out.push(if n > 2 {
            uu_char(at(i + 2) & 0o77)
        } else {
            uu_char(0)
        });
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 2 + 46);
    let mut pos = 0;
    let mut len = 45;
    while pos + 3 < s.len() {
        let mut end = pos + len;
        if end > s.len() {
            len = s.len() - pos;
            end = pos + len / 3 * 3;
        }
        out.push(uu_char(len as u8));
        while pos < end {
            group(&mut out, pos, 3);
            pos += 3;
        }
        if len == 45 {
            out.push(b'\n');
        }
    }
    if pos < s.len() {
        if len == 45 {
            out.push(uu_char((s.len() - pos) as u8));
            len = 0;
        }
        group(&mut out, pos, s.len() - pos);
    }
    if len < 45 {
        out.push(b'\n');
    }
    out.extend_from_slice(b"`\n");
    out
}

fn convert_uudecode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "convert_uudecode")?;
    match uudecode(&s) {
        Some(d) => Ok(Value::from(d)),
        None => {
            vm.warning("convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string");
            Ok(Value::False)
        }
    }
}

fn uudecode(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_empty() {
        return None;
    }
    let at = |i: usize| uu_value(s.get(i).copied().unwrap_or(0));
    let mut out = Vec::with_capacity(s.len() * 3 / 4 + 3);
    let mut total = 0usize;
    let mut pos = 0;
    while pos < s.len() {
        let len = usize::from(uu_value(s[pos]));
        pos += 1;
        if len == 0 {
            break;
        }
        if len > s.len() {
            return None;
        }
        total += len;
        let end = pos
            + if len == 45 {
                60
            } else {
                (len as f64 * 1.33) as usize
            };
        if end > s.len() {
            return None;
        }
        while pos < end {
            if pos + 4 > s.len() {
                return None;
            }
            out.push(at(pos) << 2 | at(pos + 1) >> 4);
            out.push(at(pos + 1) << 4 | at(pos + 2) >> 2);
            out.push(at(pos + 2) << 6 | at(pos + 3));
            pos += 4;
        }
        if len < 45 {
            break;
        }
        pos += 1; // the line's "\n"
    }
    if total > out.len() {
        out.push(at(pos) << 2 | at(pos + 1) >> 4);
        if total > out.len() {
            out.push(at(pos + 1) << 4 | at(pos + 2) >> 2);
        }
        if total > out.len() {
            out.push(at(pos + 2) << 6 | at(pos + 3));
        }
    }
    out.resize(total, 0);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // php: quoted_printable_encode("h\xe9 = x \r\n"), quoted_printable_decode("a=3Db=\r\nc= \nd=zz")
    #[test]
    fn quoted_printable_like_php() {
        assert_eq!(qp_encode(b"h\xe9 = x \r\n"), b"h=E9 =3D x=20\r\n");
        assert_eq!(qp_decode(b"a=3Db=\r\nc= \nd=zz"), b"a=bcd=zz");
        let long = qp_encode(&[b'a'; 80]);
        assert_eq!(&long[75..78], b"=\r\n");
    }

    // php: convert_uuencode("test\ntext text text\r\n"), and back
    #[test]
    fn uuencode_round_trip() {
        let enc = uuencode(b"test\ntext text text\r\n");
        assert_eq!(enc, b"5=&5S=`IT97AT('1E>'0@=&5X=`T*\n`\n");
        assert_eq!(
            uudecode(&enc).as_deref(),
            Some(&b"test\ntext text text\r\n"[..])
        );
        assert_eq!(uudecode(b""), None);
    }
}
