//! ext/iconv as Debian's php has it (glibc): `iconv()` between UTF-8, Latin-1,
//! Windows-1252, ASCII, UTF-16 and UTF-32 with `//TRANSLIT` and `//IGNORE`, and the
//! character-counting `iconv_strlen`/`iconv_substr`/`iconv_strpos`/`iconv_strrpos`.

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::super::args::{arg_long, arg_str, get, has, opt_long, opt_nullable_str};
use super::next_utf8;

type R = Result<Value, Unwind>;

/// A character set iconv converts from or to.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Charset {
    Utf8,
    Latin1,
    Cp1252,
    Ascii,
    /// UTF-16/32: unit width, big-endian, and whether a BOM is written.
    Wide(usize, bool, bool),
}

/// A conversion target: its charset and the `//TRANSLIT` / `//IGNORE` suffixes.
struct Target {
    charset: Charset,
    translit: bool,
    ignore: bool,
}

/// Why input could not be read or written.
#[derive(Debug, PartialEq)]
enum Failure {
    Illegal,
    Incomplete,
}

impl Failure {
    fn message(&self) -> &'static str {
        match self {
            Failure::Illegal => "Detected an illegal character in input string",
            Failure::Incomplete => "Detected an incomplete multibyte character in input string",
        }
    }
}

fn charset(name: &str) -> Option<Charset> {
    let n = name.to_ascii_uppercase().replace('_', "-");
    Some(match n.as_str() {
        "UTF-8" | "UTF8" => Charset::Utf8,
        "ISO-8859-1" | "ISO8859-1" | "LATIN1" | "LATIN-1" | "L1" => Charset::Latin1,
        "WINDOWS-1252" | "CP1252" => Charset::Cp1252,
        "ASCII" | "US-ASCII" | "ANSI-X3.4-1968" => Charset::Ascii,
        "UTF-16" => Charset::Wide(2, false, true),
        "UTF-16LE" => Charset::Wide(2, false, false),
        "UTF-16BE" => Charset::Wide(2, true, false),
        "UTF-32" => Charset::Wide(4, false, true),
        "UTF-32LE" => Charset::Wide(4, false, false),
        "UTF-32BE" => Charset::Wide(4, true, false),
        _ => return None,
    })
}

/// `NAME//TRANSLIT//IGNORE`.
fn target(spec: &str) -> Option<Target> {
    let mut parts = spec.split("//");
    let charset = charset(parts.next()?)?;
    let mut t = Target {
        charset,
        translit: false,
        ignore: false,
    };
    for p in parts {
        match p.to_ascii_uppercase().as_str() {
            "TRANSLIT" => t.translit = true,
            "IGNORE" => t.ignore = true,
            "" => {}
            _ => return None,
        }
    }
    Some(t)
}

/// Windows-1252's 0x80-0x9F (0 where undefined).
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// The code points of `s`; with `ignore`, illegal characters are skipped.
fn decode(s: &[u8], cs: Charset, ignore: bool) -> Result<Vec<u32>, Failure> {
    let mut out = Vec::with_capacity(s.len());
    match cs {
        Charset::Utf8 => {
            let mut pos = 0;
            while pos < s.len() {
                match next_utf8(s, pos) {
                    Ok((cp, n)) => {
                        out.push(cp);
                        pos += n;
                    }
                    // A sequence cut short by the end of the input.
                    Err(n) if pos + n == s.len() && s[pos] >= 0xc2 => {
                        return Err(Failure::Incomplete)
                    }
                    Err(_) if !ignore => return Err(Failure::Illegal),
                    Err(n) => pos += n,
                }
            }
        }
        Charset::Latin1 => out.extend(s.iter().map(|&b| u32::from(b))),
        Charset::Ascii | Charset::Cp1252 => {
            for &b in s {
                let cp = match b {
                    0..=0x7f => u32::from(b),
                    0x80..=0x9f if cs == Charset::Cp1252 => {
                        u32::from(CP1252_HIGH[usize::from(b - 0x80)])
                    }
                    _ if cs == Charset::Cp1252 => u32::from(b),
                    _ => 0,
                };
                match cp {
                    0 if b != 0 && !ignore => return Err(Failure::Illegal),
                    0 if b != 0 => {}
                    cp => out.push(cp),
                }
            }
        }
        Charset::Wide(width, big, _) => {
            let unit = |c: &[u8], big: bool| {
                let mut v = 0u32;
                for k in 0..width {
                    let byte = u32::from(if big { c[k] } else { c[width - 1 - k] });
                    v = (v << 8) | byte;
                }
                v
            };
            let mut big = big;
            let mut units = s.chunks(width).peekable();
            // A BOM says the order (glibc reads BOM-less UTF-16/32 as little-endian).
            if let Some(first) = units.peek().filter(|c| c.len() == width) {
                if unit(first, true) == 0xfeff || unit(first, false) == 0xfeff {
                    big = unit(first, true) == 0xfeff;
                    units.next();
                }
            }
            while let Some(c) = units.next() {
                if c.len() < width {
                    return Err(Failure::Incomplete);
                }
                let u = unit(c, big);
                let cp = if width == 2 && (0xd800..0xdc00).contains(&u) {
                    match units.next() {
                        None => return Err(Failure::Incomplete),
                        Some(l) if l.len() < width => return Err(Failure::Incomplete),
                        Some(l) => {
                            let low = unit(l, big);
                            if !(0xdc00..0xe000).contains(&low) {
                                return Err(Failure::Illegal);
                            }
                            0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)
                        }
                    }
                } else {
                    u
                };
                if char::from_u32(cp).is_some() {
                    out.push(cp);
                } else if !ignore {
                    return Err(Failure::Illegal);
                }
            }
        }
    }
    Ok(out)
}

/// The byte `cp` is in a one-byte charset, if it has one.
fn single_byte(cp: u32, cs: Charset) -> Option<u8> {
    match cs {
        Charset::Ascii => u8::try_from(cp).ok().filter(|b| *b < 0x80),
        Charset::Latin1 => u8::try_from(cp).ok(),
        _ => match cp {
            0..=0x7f | 0xa0..=0xff => u8::try_from(cp).ok(),
            _ => CP1252_HIGH
                .iter()
                .position(|&c| c != 0 && u32::from(c) == cp)
                .and_then(|i| u8::try_from(0x80 + i).ok()),
        },
    }
}

fn push_wide(out: &mut Vec<u8>, v: u32, width: usize, big: bool) {
    let bytes = v.to_be_bytes();
    let unit = &bytes[4 - width..];
    if big {
        out.extend_from_slice(unit);
    } else {
        out.extend(unit.iter().rev());
    }
}

/// Write `cp` in `cs`; false when the charset cannot hold it.
fn encode_one(out: &mut Vec<u8>, cp: u32, cs: Charset) -> bool {
    match cs {
        Charset::Utf8 => super::push_utf8(out, cp),
        Charset::Wide(2, big, _) if cp >= 0x10000 => {
            let v = cp - 0x10000;
            push_wide(out, 0xd800 + (v >> 10), 2, big);
            push_wide(out, 0xdc00 + (v & 0x3ff), 2, big);
        }
        Charset::Wide(width, big, _) => push_wide(out, cp, width, big),
        _ => match single_byte(cp, cs) {
            Some(b) => out.push(b),
            None => return false,
        },
    }
    true
}

/// glibc's ASCII transliteration of Latin-1's upper half (U+00A0-U+00FF).
const LATIN1_TRANSLIT: [&str; 96] = [
    " ", "!", "c", "GBP", "?", "JPY", "|", "?", "?", "(C)", "a", "<<", "!", "-", "(R)", "?", "?",
    "+-", "2", "3", "'", "u", "?", ".", ",", "1", "o", ">>", " 1/4 ", " 1/2 ", " 3/4 ", "?", "A",
    "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I", "D", "N", "O", "O",
    "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "TH", "ss", "a", "a", "a", "a", "a", "a",
    "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "/", "o",
    "u", "u", "u", "u", "y", "th", "y",
];

/// Latin Extended-A (U+0100-U+017F): the base letter of each, `*` for the few
/// spelled with more letters.
const LATIN_EXT_A_BASE: &[u8; 128] = b"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi**JjKkqLlLlLlLlLlNnNnNn*NnOoOoOo**RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// What `//TRANSLIT` writes for a character the target lacks (`?` when glibc has
/// nothing either).
fn translit(cp: u32) -> &'static str {
    match cp {
        0xa0..=0xff => LATIN1_TRANSLIT[(cp - 0xa0) as usize],
        0x132 => "IJ",
        0x133 => "ij",
        0x149 => "'n",
        0x152 => "OE",
        0x153 => "oe",
        0x100..=0x17f => {
            let i = (cp - 0x100) as usize;
            std::str::from_utf8(&LATIN_EXT_A_BASE[i..=i]).unwrap_or("?")
        }
        0x1e9e => "SS",
        0x2010..=0x2013 | 0x2015 => "-",
        0x2014 => "--",
        0x2018 | 0x2019 => "'",
        0x201a => ",",
        0x201c | 0x201d => "\"",
        0x201e => ",,",
        0x2020 => "+",
        0x2022 => "o",
        0x2026 => "...",
        0x2039 => "<",
        0x203a => ">",
        0x20ac => "EUR",
        0x2122 => "(TM)",
        _ => "?",
    }
}

fn encode(cps: &[u32], t: &Target) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::with_capacity(cps.len());
    if let Charset::Wide(width, big, true) = t.charset {
        push_wide(&mut out, 0xfeff, width, big);
    }
    for &cp in cps {
        if encode_one(&mut out, cp, t.charset) {
            continue;
        }
        if t.translit {
            for c in translit(cp).bytes() {
                encode_one(&mut out, u32::from(c), t.charset);
            }
        } else if !t.ignore {
            return Err(Failure::Illegal);
        }
    }
    Ok(out)
}

pub(super) fn iconv(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "iconv";
    let from = arg_str(vm, args, 0, F)?;
    let to = arg_str(vm, args, 1, F)?;
    let s = arg_str(vm, args, 2, F)?;
    let (from, to) = (
        String::from_utf8_lossy(&from).into_owned(),
        String::from_utf8_lossy(&to).into_owned(),
    );
    let (Some(src), Some(dst)) = (target(&from), target(&to)) else {
        vm.warning(&format!(
            "iconv(): Wrong encoding, conversion from \"{from}\" to \"{to}\" is not allowed"
        ));
        return Ok(Value::False);
    };
    match decode(&s, src.charset, dst.ignore).and_then(|cps| encode(&cps, &dst)) {
        Ok(out) => Ok(Value::from(out)),
        Err(e) => {
            vm.notice(&format!("iconv(): {}", e.message()));
            Ok(Value::False)
        }
    }
}

/// The characters of argument 0 in the charset named by argument `enc_at` (UTF-8 by
/// default), or `None` after the function's notice or warning.
fn chars(vm: &mut Vm, args: &[Value], enc_at: usize, f: &str) -> Result<Option<Vec<u32>>, Unwind> {
    let s = arg_str(vm, args, 0, f)?;
    let cs = match opt_nullable_str(vm, args, enc_at, f)? {
        None => Charset::Utf8,
        Some(name) => {
            let name = String::from_utf8_lossy(&name).into_owned();
            match charset(&name) {
                Some(cs) => cs,
                None => {
                    vm.warning(&format!(
                        "{f}(): Wrong encoding, conversion from \"{name}\" to \"UCS-4LE\" is not allowed"
                    ));
                    return Ok(None);
                }
            }
        }
    };
    match decode(&s, cs, false) {
        Ok(cps) => Ok(Some(cps)),
        Err(e) => {
            vm.notice(&format!("{f}(): {}", e.message()));
            Ok(None)
        }
    }
}

/// Back to the charset the characters came in (what the functions return).
fn same_charset(vm: &mut Vm, args: &[Value], enc_at: usize, f: &str) -> Result<Charset, Unwind> {
    Ok(match opt_nullable_str(vm, args, enc_at, f)? {
        Some(name) => charset(&String::from_utf8_lossy(&name)).unwrap_or(Charset::Utf8),
        None => Charset::Utf8,
    })
}

pub(super) fn iconv_strlen(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(match chars(vm, args, 1, "iconv_strlen")? {
        Some(c) => Value::Long(c.len() as i64),
        None => Value::False,
    })
}

pub(super) fn iconv_substr(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "iconv_substr";
    let offset = arg_long(vm, args, 1, F)?;
    let length = if has(args, 2) && !get(args, 2).is_null() {
        Some(arg_long(vm, args, 2, F)?)
    } else {
        None
    };
    let Some(c) = chars(vm, args, 3, F)? else {
        return Ok(Value::False);
    };
    let n = c.len() as i64;
    let start = if offset < 0 {
        (n + offset).max(0)
    } else {
        offset
    };
    if start > n {
        return Ok(Value::from(""));
    }
    let end = match length {
        None => n,
        Some(l) if l < 0 => (n + l).max(start),
        Some(l) => start.saturating_add(l).min(n),
    };
    let cs = same_charset(vm, args, 3, F)?;
    let t = Target {
        charset: cs,
        translit: false,
        ignore: true,
    };
    let part = &c[start as usize..end.max(start) as usize];
    Ok(Value::from(encode(part, &t).unwrap_or_default()))
}

/// Where `needle` occurs in `hay` (character offsets), searching forwards from `from`
/// or, with `last`, the last occurrence.
fn find(hay: &[u32], needle: &[u32], from: usize, last: bool) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    let mut hits = (from..=hay.len() - needle.len()).filter(|&i| hay[i..].starts_with(needle));
    if last {
        hits.next_back()
    } else {
        hits.next()
    }
}

/// The needle (argument 1) decoded as UTF-8 or the given charset.
fn needle(vm: &mut Vm, args: &[Value], enc_at: usize, f: &str) -> Result<Vec<u32>, Unwind> {
    let n = arg_str(vm, args, 1, f)?;
    let cs = same_charset(vm, args, enc_at, f)?;
    Ok(decode(&n, cs, true).unwrap_or_default())
}

pub(super) fn iconv_strpos(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "iconv_strpos";
    let offset = opt_long(vm, args, 2, F, 0)?;
    let n = needle(vm, args, 3, F)?;
    let Some(h) = chars(vm, args, 3, F)? else {
        return Ok(Value::False);
    };
    let len = h.len() as i64;
    let from = if offset < 0 { len + offset } else { offset };
    if from < 0 || from > len {
        let msg =
            "iconv_strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)";
        return Err(vm.throw_error("ValueError", msg.into()));
    }
    Ok(find(&h, &n, from as usize, false).map_or(Value::False, |i| Value::Long(i as i64)))
}

pub(super) fn iconv_strrpos(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "iconv_strrpos";
    let n = needle(vm, args, 2, F)?;
    let Some(h) = chars(vm, args, 2, F)? else {
        return Ok(Value::False);
    };
    Ok(find(&h, &n, 0, true).map_or(Value::False, |i| Value::Long(i as i64)))
}

pub(super) fn iconv_get_encoding(vm: &mut Vm, args: &mut [Value]) -> R {
    const KINDS: [&str; 3] = ["input_encoding", "output_encoding", "internal_encoding"];
    let kind = match get(args, 0) {
        Value::Undef => b"all".to_vec(),
        _ => arg_str(vm, args, 0, "iconv_get_encoding")?.to_vec(),
    };
    if kind.eq_ignore_ascii_case(b"all") {
        let mut a = PhpArray::new();
        for k in KINDS {
            a.insert(ArrayKey::from_bytes(k.as_bytes()), Value::from("UTF-8"));
        }
        return Ok(Value::from(a));
    }
    Ok(
        if KINDS
            .iter()
            .any(|k| kind.eq_ignore_ascii_case(k.as_bytes()))
        {
            Value::from("UTF-8")
        } else {
            Value::False
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(from: &str, to: &str, s: &[u8]) -> Result<Vec<u8>, Failure> {
        let (src, dst) = (target(from).unwrap(), target(to).unwrap());
        decode(s, src.charset, dst.ignore).and_then(|c| encode(&c, &dst))
    }

    // Expectations from php 8.2 (glibc iconv).
    #[test]
    fn converts_like_glibc() {
        assert_eq!(
            convert("UTF-8", "ISO-8859-1", "café".as_bytes()),
            Ok(b"caf\xe9".to_vec())
        );
        assert_eq!(
            convert("UTF-8", "ISO-8859-1", "caf東".as_bytes()),
            Err(Failure::Illegal)
        );
        assert_eq!(
            convert("UTF-8", "ISO-8859-1//IGNORE", "caf東é".as_bytes()),
            Ok(b"caf\xe9".to_vec())
        );
        let t = "café Straße œuvre “quotes” €5 東";
        assert_eq!(
            convert("UTF-8", "ASCII//TRANSLIT", t.as_bytes()),
            Ok(b"cafe Strasse oeuvre \"quotes\" EUR5 ?".to_vec())
        );
        assert_eq!(
            convert("UTF-8", "UTF-16", b"a"),
            Ok(b"\xff\xfea\x00".to_vec())
        );
        assert_eq!(
            convert("UTF-8", "UTF-16BE", "a😀".as_bytes()),
            Ok(b"\x00a\xd8\x3d\xde\x00".to_vec())
        );
        assert_eq!(
            convert("UTF-16", "UTF-8", b"\x00a"),
            Ok(b"\xe6\x84\x80".to_vec())
        );
        assert_eq!(
            convert("WINDOWS-1252", "UTF-8", b"\x80\x93"),
            Ok("€“".as_bytes().to_vec())
        );
        assert_eq!(convert("CP1252", "UTF-8", b"\x81"), Err(Failure::Illegal));
        assert_eq!(
            convert("UTF-8", "UTF-8", b"ab\xc3"),
            Err(Failure::Incomplete)
        );
        assert_eq!(
            convert("UTF-8", "UTF-8//IGNORE", b"ab\xc3cd"),
            Ok(b"abcd".to_vec())
        );
        assert!(target("NOPE").is_none());
    }

    #[test]
    fn translit_tables_cover_their_ranges() {
        assert_eq!(translit(0xe9), "e");
        assert_eq!(translit(0xdf), "ss");
        assert_eq!(translit(0x141), "L");
        assert_eq!(translit(0x17f), "s");
        assert_eq!(translit(0x4e00), "?");
    }
}
