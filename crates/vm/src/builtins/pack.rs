//! Binary strings: `pack()` and `unpack()`, as ext/standard/pack.c defines them
//! (Perl's format codes; repeaters `N` and `*`; `unpack` keys `code[rep]name/...`).
//! Machine order is little-endian and `int` is 4 bytes, as on the x86-64 and
//! aarch64 builds PHP is compared against.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get, opt_long, plain_value_error, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("pack", pack, &["format", "values"], 1).with_variadic(),
    func("unpack", unpack, &["format", "string", "offset"], 2),
];

/// A repeater: a count, or `*` (all remaining).
const STAR: i64 = -1;

/// How an integer code lays out its bytes.
#[derive(Clone, Copy)]
struct IntLayout {
    size: usize,
    big_endian: bool,
    signed: bool,
}

fn int_layout(code: u8) -> Option<IntLayout> {
    let (size, big_endian, signed) = match code {
        b'c' => (1, false, true),
        b'C' => (1, false, false),
        b's' => (2, false, true),
        b'S' | b'v' => (2, false, false),
        b'n' => (2, true, false),
        b'i' | b'l' => (4, false, true),
        b'I' | b'L' | b'V' => (4, false, false),
        b'N' => (4, true, false),
        b'q' => (8, false, true),
        b'Q' | b'P' => (8, false, false),
        b'J' => (8, true, false),
        _ => return None,
    };
    Some(IntLayout {
        size,
        big_endian,
        signed,
    })
}

/// The float codes: (width in bytes, big-endian).
fn float_layout(code: u8) -> Option<(usize, bool)> {
    match code {
        b'f' | b'g' => Some((4, false)),
        b'G' => Some((4, true)),
        b'd' | b'e' => Some((8, false)),
        b'E' => Some((8, true)),
        _ => None,
    }
}

/// Reads a decimal repeater at `pos` as C's `atoi` would, saturating at i32::MAX.
fn read_count(format: &[u8], pos: &mut usize) -> i64 {
    let mut n: i64 = 0;
    while let Some(d) = format.get(*pos).filter(|c| c.is_ascii_digit()) {
        n = (n * 10 + i64::from(d - b'0')).min(i64::from(i32::MAX) + 1);
        *pos += 1;
    }
    n
}

fn pack(vm: &mut Vm, args: &mut [Value]) -> R {
    let format = arg_str(vm, args, 0, "pack")?;
    let values: Vec<Value> = (1..args.len()).map(|i| get(args, i)).collect();
    // First pass: codes with their repeaters, checked against the arguments.
    let mut codes: Vec<(u8, i64)> = Vec::new();
    let mut current = 0usize;
    let mut pos = 0;
    while pos < format.len() {
        let code = format[pos];
        pos += 1;
        let mut arg = 1;
        match format.get(pos) {
            Some(b'*') => {
                arg = STAR;
                pos += 1;
            }
            Some(c) if c.is_ascii_digit() => arg = read_count(&format, &mut pos),
            _ => {}
        }
        match code {
            b'x' | b'X' | b'@' => {
                if arg == STAR {
                    vm.warning(&format!("pack(): Type {}: '*' ignored", code as char));
                    arg = 1;
                }
            }
            b'a' | b'A' | b'Z' | b'h' | b'H' => {
                let Some(v) = values.get(current) else {
                    let msg = format!("Type {}: not enough arguments", code as char);
                    return Err(plain_value_error(vm, msg));
                };
                if arg == STAR {
                    arg = v.to_php_string(vm)?.len() as i64 + i64::from(code == b'Z');
                }
                current += 1;
            }
            c if int_layout(c).is_some() || float_layout(c).is_some() => {
                if arg == STAR {
                    arg = (values.len() - current.min(values.len())) as i64;
                }
                current = current.saturating_add(arg as usize);
                if current > values.len() {
                    let msg = format!("Type {}: too few arguments", code as char);
                    return Err(plain_value_error(vm, msg));
                }
            }
            _ => {
                let msg = format!("Type {}: unknown format code", code as char);
                return Err(plain_value_error(vm, msg));
            }
        }
        codes.push((code, arg));
    }
    if current < values.len() {
        vm.warning(&format!(
            "pack(): {} arguments unused",
            values.len() - current
        ));
    }
    // Second pass: the output's size, refusing sizes past C's int as PHP does.
    let mut outpos: i64 = 0;
    for &(code, arg) in &codes {
        let unit = match code {
            b'h' | b'H' => Some(((arg + arg % 2) / 2, 1)),
            b'a' | b'A' | b'Z' | b'x' => Some((arg, 1)),
            c => int_layout(c)
                .map(|l| (arg, l.size as i64))
                .or_else(|| float_layout(c).map(|(w, _)| (arg, w as i64))),
        };
        match (code, unit) {
            (b'X', _) => {
                outpos -= arg;
                if outpos < 0 {
                    vm.warning("pack(): Type X: outside of string");
                    outpos = 0;
                }
            }
            (b'@', _) => outpos = arg,
            (_, Some((n, width))) => {
                if n < 0 || (i64::from(i32::MAX) - outpos) / width < n {
                    let msg = format!("Type {}: integer overflow in format string", code as char);
                    return Err(plain_value_error(vm, msg));
                }
                outpos += n * width;
            }
            _ => {}
        }
    }
    // Third pass: the bytes.
    let mut out: Vec<u8> = Vec::new();
    let mut outpos = 0usize;
    let mut next = values.iter();
    for (code, arg) in codes {
        let n = arg.max(0) as usize;
        match code {
            b'a' | b'A' | b'Z' => {
                let s = next.next().cloned().unwrap_or_default().to_php_string(vm)?;
                let copy = if code == b'Z' { n.saturating_sub(1) } else { n };
                let pad = if code == b'A' { b' ' } else { 0 };
                let mut field = vec![pad; n];
                let len = s.len().min(copy);
                field[..len].copy_from_slice(&s[..len]);
                put(&mut out, &mut outpos, &field);
            }
            b'h' | b'H' => {
                let s = next.next().cloned().unwrap_or_default().to_php_string(vm)?;
                let bytes = pack_hex(vm, code, &s, n);
                put(&mut out, &mut outpos, &bytes);
            }
            b'x' => put(&mut out, &mut outpos, &vec![0; n]),
            b'X' => outpos = outpos.saturating_sub(n),
            b'@' => {
                if n > out.len() {
                    out.resize(n, 0);
                }
                outpos = n;
            }
            c => {
                for _ in 0..n {
                    let v = next.next().cloned().unwrap_or_default();
                    let bytes = if let Some(l) = int_layout(c) {
                        int_bytes(v.to_long(), l)
                    } else if let Some((w, big)) = float_layout(c) {
                        float_bytes(v.to_double(), w, big)
                    } else {
                        Vec::new()
                    };
                    put(&mut out, &mut outpos, &bytes);
                }
            }
        }
    }
    out.truncate(outpos);
    Ok(Value::String(Rc::new(out)))
}

/// Writes `bytes` at `pos`, growing the buffer as needed.
fn put(out: &mut Vec<u8>, pos: &mut usize, bytes: &[u8]) {
    let end = *pos + bytes.len();
    if out.len() < end {
        out.resize(end, 0);
    }
    out[*pos..end].copy_from_slice(bytes);
    *pos = end;
}

/// `n` hex digits of `s` packed two per byte, high nibble first for `H`.
fn pack_hex(vm: &mut Vm, code: u8, s: &[u8], mut n: usize) -> Vec<u8> {
    if n > s.len() {
        vm.warning(&format!(
            "pack(): Type {}: not enough characters in string",
            code as char
        ));
        n = s.len();
    }
    let mut out = vec![0u8; n.div_ceil(2)];
    for (i, &c) in s[..n].iter().enumerate() {
        let nibble = match c {
            b'0'..=b'9' => c - b'0',
            b'A'..=b'F' => c - b'A' + 10,
            b'a'..=b'f' => c - b'a' + 10,
            _ => {
                vm.warning(&format!(
                    "pack(): Type {}: illegal hex digit {}",
                    code as char, c as char
                ));
                0
            }
        };
        let high = (i % 2 == 0) == (code == b'H');
        out[i / 2] |= if high { nibble << 4 } else { nibble };
    }
    out
}

fn int_bytes(n: i64, l: IntLayout) -> Vec<u8> {
    let le = n.to_le_bytes();
    let mut b = le[..l.size].to_vec();
    if l.big_endian {
        b.reverse();
    }
    b
}

fn float_bytes(d: f64, width: usize, big: bool) -> Vec<u8> {
    match (width, big) {
        (4, false) => (d as f32).to_le_bytes().to_vec(),
        (4, true) => (d as f32).to_be_bytes().to_vec(),
        (_, false) => d.to_le_bytes().to_vec(),
        (_, true) => d.to_be_bytes().to_vec(),
    }
}

fn read_int(b: &[u8], l: IntLayout) -> i64 {
    let mut le = [0u8; 8];
    le[..l.size].copy_from_slice(b);
    if l.big_endian {
        le[..l.size].reverse();
    }
    let u = u64::from_le_bytes(le);
    if l.signed && l.size < 8 {
        let shift = 64 - 8 * l.size as u32;
        ((u << shift) as i64) >> shift
    } else {
        u as i64
    }
}

fn read_float(b: &[u8], width: usize, big: bool) -> f64 {
    let mut buf = [0u8; 8];
    buf[..width].copy_from_slice(b);
    if big {
        buf[..width].reverse();
    }
    if width == 4 {
        f64::from(f32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]))
    } else {
        f64::from_le_bytes(buf)
    }
}

/// The size of one element of `code` in the input (`-1` for `X`), and the count of
/// repetitions once string codes have folded their repeater into the size.
fn unpack_size(code: u8, rep: i64) -> Option<(i64, i64)> {
    Some(match code {
        b'X' => (-1, rep),
        b'@' => (0, rep),
        b'a' | b'A' | b'Z' => (rep, 1),
        b'h' | b'H' => (if rep > 0 { (rep + 1) / 2 } else { rep }, 1),
        b'x' => (1, rep),
        c => match (int_layout(c), float_layout(c)) {
            (Some(l), _) => (l.size as i64, rep),
            (_, Some((w, _))) => (w as i64, rep),
            _ => return None,
        },
    })
}

fn unpack(vm: &mut Vm, args: &mut [Value]) -> R {
    let format = arg_str(vm, args, 0, "unpack")?;
    let data = arg_str(vm, args, 1, "unpack")?;
    let offset = opt_long(vm, args, 2, "unpack", 0)?;
    if offset < 0 || offset as usize > data.len() {
        return Err(value_error(
            vm,
            "unpack",
            2,
            "must be contained in argument #2 ($data)",
        ));
    }
    let input = &data[offset as usize..];
    let inputlen = input.len() as i64;
    let mut result = PhpArray::new();
    let mut inpos: i64 = 0;
    let mut pos = 0;
    while pos < format.len() {
        let code = format[pos];
        pos += 1;
        let mut rep = 1;
        match format.get(pos) {
            Some(c) if c.is_ascii_digit() => {
                let n = read_count(&format, &mut pos);
                if n > i64::from(i32::MAX) {
                    vm.warning(&format!(
                        "unpack(): Type {}: integer overflow",
                        code as char
                    ));
                    return Ok(Value::False);
                }
                rep = n;
            }
            Some(b'*') => {
                rep = STAR;
                pos += 1;
            }
            _ => {}
        }
        let name_start = pos;
        while pos < format.len() && format[pos] != b'/' {
            pos += 1;
        }
        let name = &format[name_start..pos.min(name_start + 200)];
        let given = rep;
        if code == b'X' && rep == STAR {
            vm.warning("unpack(): Type X: '*' ignored");
            rep = 1;
        }
        let Some((mut size, reps)) = unpack_size(code, rep) else {
            let msg = format!("Invalid format type {}", code as char);
            return Err(plain_value_error(vm, msg));
        };
        let mut i = 0;
        while i != reps {
            if (inpos + size) > inputlen {
                if reps < 0 {
                    break;
                }
                vm.warning(&format!(
                    "unpack(): Type {}: not enough input, need {size}, have {}",
                    code as char,
                    inputlen - inpos
                ));
                return Ok(Value::False);
            }
            let key = if reps == 1 && !name.is_empty() {
                name.to_vec()
            } else {
                let mut k = name.to_vec();
                k.extend_from_slice((i + 1).to_string().as_bytes());
                k
            };
            let at = inpos as usize;
            let rest = &input[at..];
            let value = match code {
                b'a' | b'A' | b'Z' => {
                    let len = if size >= 0 {
                        rest.len().min(size as usize)
                    } else {
                        rest.len()
                    };
                    size = len as i64;
                    let field = &rest[..len];
                    let kept = match code {
                        b'A' => {
                            let keep = field
                                .iter()
                                .rposition(|c| !matches!(c, 0 | b' ' | b'\t' | b'\r' | b'\n'));
                            &field[..keep.map_or(0, |k| k + 1)]
                        }
                        b'Z' => &field[..field.iter().position(|&c| c == 0).unwrap_or(len)],
                        _ => field,
                    };
                    Some(Value::from(kept.to_vec()))
                }
                b'h' | b'H' => {
                    if size > i64::from(i32::MAX / 2) {
                        return Err(value_error(
                            vm,
                            "unpack",
                            0,
                            &format!("repeater must be less than or equal to {}", i32::MAX / 2),
                        ));
                    }
                    let mut len = rest.len() as i64 * 2;
                    if size >= 0 && len > size * 2 {
                        len = size * 2;
                    }
                    if len > 0 && given > 0 {
                        len -= given % 2;
                    }
                    Some(Value::from(unpack_hex(
                        rest,
                        len.max(0) as usize,
                        code == b'h',
                    )))
                }
                b'x' => None,
                b'X' => {
                    if inpos < size {
                        inpos = -size;
                        i = reps - 1;
                        if reps >= 0 {
                            vm.warning("unpack(): Type X: outside of string");
                        }
                    }
                    None
                }
                b'@' => {
                    if reps <= inputlen {
                        inpos = reps;
                    } else {
                        vm.warning("unpack(): Type @: outside of string");
                    }
                    i = reps - 1;
                    None
                }
                c => {
                    let width = size as usize;
                    let bytes = &rest[..width];
                    match (int_layout(c), float_layout(c)) {
                        (Some(l), _) => Some(Value::Long(read_int(bytes, l))),
                        (_, Some((w, big))) => Some(Value::Double(read_float(bytes, w, big))),
                        _ => None,
                    }
                }
            };
            if let Some(v) = value {
                result.insert(ArrayKey::from_bytes(&key), v);
            }
            inpos += size;
            if inpos < 0 {
                if size != -1 {
                    vm.warning(&format!(
                        "unpack(): Type {}: outside of string",
                        code as char
                    ));
                }
                inpos = 0;
            }
            i += 1;
        }
        pos += 1; // the '/' separator
    }
    Ok(Value::from(result))
}

/// `len` hex digits from `input`, low nibble first when `low_first` (`h`).
fn unpack_hex(input: &[u8], len: usize, low_first: bool) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    (0..len)
        .map(|k| {
            let byte = input[k / 2];
            let high = (k % 2 == 0) != low_first;
            DIGITS[usize::from(if high { byte >> 4 } else { byte & 15 })]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{f, i, s, Kit};

    #[test]
    fn pack_matches_php() {
        let mut k = Kit::new();
        // php: bin2hex(pack("nvc*", 0x1234, 0x5678, 65, 66))
        let v = k.call("pack", vec![s("nvc*"), i(0x1234), i(0x5678), i(65), i(66)]);
        let v = k.call("bin2hex", vec![v.expect("pack")]);
        assert_eq!(k.dump(&v.expect("hex")), "string(12) \"123478564142\"\n");
        // php: pack("A5a3Z4H3", "ab", "c", "defgh", "1f8") === "ab   c\0\0def\x1f\x80"
        let v = k.call(
            "pack",
            vec![s("A5a3Z4H3"), s("ab"), s("c"), s("defgh"), s("1f8")],
        );
        let v = v.expect("pack");
        assert!(v.strict_eq(&crate::value::Value::from(
            b"ab   c\0\0def\0\x1f\x80".to_vec()
        )));
        assert_eq!(
            k.dump_call("pack", vec![s("N"), i(1), i(2)]),
            "\nWarning: pack(): 1 arguments unused in  on line 0\nstring(4) \"\0\0\0\x01\"\n"
        );
        assert_eq!(
            k.dump_call("pack", vec![s("y")]),
            "ValueError: Type y: unknown format code"
        );
        // php: pack("E", 1.5) === "\x3f\xf8\0\0\0\0\0\0"
        let v = k.call("pack", vec![s("E"), f(1.5)]).expect("pack");
        assert!(v.strict_eq(&crate::value::Value::from(vec![
            0x3f, 0xf8, 0, 0, 0, 0, 0, 0
        ])));
    }

    #[test]
    fn unpack_matches_php() {
        let mut k = Kit::new();
        // php: var_dump(unpack("nfirst/c2chars/H*hex", "\x12\x34AB\xab\xcd"))
        let out = k.dump_call(
            "unpack",
            vec![s("nfirst/c2chars/H*hex"), s("\x124AB\u{7f}")],
        );
        assert_eq!(
            out,
            "array(4) {\n  [\"first\"]=>\n  int(4660)\n  [\"chars1\"]=>\n  int(65)\n  [\"chars2\"]=>\n  int(66)\n  [\"hex\"]=>\n  string(2) \"7f\"\n}\n"
        );
        assert_eq!(
            k.dump_call("unpack", vec![s("N"), s("ab")]),
            "\nWarning: unpack(): Type N: not enough input, need 4, have 2 in  on line 0\nbool(false)\n"
        );
        assert_eq!(
            k.dump_call("unpack", vec![s("c"), s("ab"), i(3)]),
            "ValueError: unpack(): Argument #3 ($offset) must be contained in argument #2 ($data)"
        );
        // php: var_dump(unpack("q", pack("q", -2)))
        let packed = k.call("pack", vec![s("q"), i(-2)]).expect("pack");
        assert_eq!(
            k.dump_call("unpack", vec![s("q"), packed]),
            "array(1) {\n  [1]=>\n  int(-2)\n}\n"
        );
    }
}
