//! HTML escaping: `htmlspecialchars`, `htmlentities`, their decoders and
//! `get_html_translation_table`, with the `ENT_*` flags: quote handling, the four
//! document types (HTML 4.01, XHTML, XML 1, HTML 5, each with its entity names and
//! its allowed code points), invalid-input handling, and the charsets of PHP's
//! html.c: UTF-8, the single-byte ones, and the multi-byte Asian ones (their
//! sequences checked, then passed through: only the special characters are escaped).

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_bool, opt_long, opt_nullable_str};
use super::charset::{next_utf8, push_utf8};
use super::html_data as data;
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "htmlspecialchars",
        htmlspecialchars,
        &["string", "flags", "encoding", "double_encode"],
        1,
    ),
    func(
        "htmlentities",
        htmlentities,
        &["string", "flags", "encoding", "double_encode"],
        1,
    ),
    func(
        "htmlspecialchars_decode",
        htmlspecialchars_decode,
        &["string", "flags"],
        1,
    ),
    func(
        "html_entity_decode",
        html_entity_decode,
        &["string", "flags", "encoding"],
        1,
    ),
    func(
        "get_html_translation_table",
        get_html_translation_table,
        &["table", "flags", "encoding"],
        0,
    ),
];

type R = Result<Value, Unwind>;

const ENT_HTML_QUOTE_SINGLE: i64 = 1;
const ENT_HTML_QUOTE_DOUBLE: i64 = 2;
const ENT_IGNORE: i64 = 4;
const ENT_SUBSTITUTE: i64 = 8;
const ENT_DISALLOWED: i64 = 128;
/// The default flags: ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401.
const DEFAULT_FLAGS: i64 = 11;

/// The document type bits of the flags.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Doctype {
    Html401,
    Xml1,
    Xhtml,
    Html5,
}

fn doctype(flags: i64) -> Doctype {
    match flags & 48 {
        0 => Doctype::Html401,
        16 => Doctype::Xml1,
        32 => Doctype::Xhtml,
        _ => Doctype::Html5,
    }
}

/// How input bytes map to code points.
#[derive(Clone, Copy)]
enum Charset {
    Utf8,
    Latin1,
    /// A single-byte charset: the code points of bytes 0x80..=0xFF.
    Single(&'static [u16; 128]),
    /// Big5, GB2312, Shift_JIS, EUC-JP: sequences are checked, only ASCII is looked at.
    Multi(Mb),
}

/// The multi-byte charsets html.c checks sequences of (no tables to Unicode).
#[derive(Clone, Copy)]
enum Mb {
    Big5,
    Big5Hkscs,
    Gb2312,
    Sjis,
    EucJp,
}

impl Charset {
    /// The byte for code point `cp`, if the charset has one.
    fn byte_of(self, cp: u32) -> Option<u8> {
        match self {
            Charset::Latin1 => u8::try_from(cp).ok(),
            Charset::Single(_) if cp < 0x80 => Some(cp as u8),
            Charset::Single(t) => t
                .iter()
                .position(|&c| u32::from(c) == cp)
                .map(|i| 0x80 + i as u8),
            _ => u8::try_from(cp).ok().filter(|b| b.is_ascii()),
        }
    }

    /// Appends code point `cp` in this charset; false when it cannot be written.
    fn write(self, out: &mut Vec<u8>, cp: u32) -> bool {
        match self {
            Charset::Utf8 => {
                push_utf8(out, cp);
                true
            }
            _ => match self.byte_of(cp) {
                Some(b) => {
                    out.push(b);
                    true
                }
                None => false,
            },
        }
    }
}

/// The `encoding` argument, else the default_charset ini setting; an unknown one warns
/// and falls back to UTF-8.
fn charset(vm: &mut Vm, f: &str, name: Option<&[u8]>) -> Charset {
    let unknown = match name.filter(|n| !n.is_empty()) {
        Some(n) => match known_charset(n) {
            Some(cs) => return cs,
            None => n.to_vec(),
        },
        None => match vm.ini_get("default_charset") {
            Some(d) if !d.is_empty() => match known_charset(d.as_bytes()) {
                Some(cs) => return cs,
                None => d.as_bytes().to_vec(),
            },
            _ => return Charset::Utf8,
        },
    };
    vm.warning(&format!(
        "{f}(): Charset \"{}\" is not supported, assuming UTF-8",
        String::from_utf8_lossy(&unknown)
    ));
    Charset::Utf8
}

/// A charset by name (case-insensitive, PHP's aliases).
fn known_charset(name: &[u8]) -> Option<Charset> {
    // Every known name fits: lowercased on the stack, not in a new string per call.
    let mut buf = [0u8; 16];
    let lower = buf.get_mut(..name.len())?;
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"utf-8" | b"utf8" => Charset::Utf8,
        b"iso-8859-1" | b"iso8859-1" | b"iso_8859-1" => Charset::Latin1,
        b"iso-8859-15" | b"iso8859-15" | b"iso_8859-15" => Charset::Single(&data::ISO8859_15),
        b"cp1252" | b"windows-1252" | b"1252" => Charset::Single(&data::CP1252),
        b"cp1251" | b"windows-1251" | b"win-1251" | b"1251" => Charset::Single(&data::CP1251),
        b"iso-8859-5" | b"iso8859-5" | b"iso_8859-5" => Charset::Single(&data::ISO8859_5),
        b"koi8-r" | b"koi8-ru" | b"koi8r" => Charset::Single(&data::KOI8_R),
        b"cp866" | b"866" | b"ibm866" => Charset::Single(&data::CP866),
        b"macroman" => Charset::Single(&data::MAC_ROMAN),
        b"big5" | b"950" => Charset::Multi(Mb::Big5),
        b"gb2312" | b"936" => Charset::Multi(Mb::Gb2312),
        b"big5-hkscs" => Charset::Multi(Mb::Big5Hkscs),
        b"shift_jis" | b"sjis" | b"932" | b"sjis-win" | b"cp932" => Charset::Multi(Mb::Sjis),
        b"euc-jp" | b"eucjp" | b"eucjp-win" => Charset::Multi(Mb::EucJp),
        _ => return None,
    })
}

/// The HTML 4.01 name of code point `cp`.
fn name_of(cp: u32) -> Option<&'static str> {
    data::HTML401
        .binary_search_by_key(&cp, |&(c, _)| c)
        .ok()
        .map(|i| data::HTML401[i].1)
}

/// The code point of HTML 4.01 name `name`.
fn code_of(name: &[u8]) -> Option<u32> {
    data::HTML401
        .iter()
        .find(|(_, n)| n.as_bytes() == name)
        .map(|&(c, _)| c)
}

/// The character at `s[i..]`: `Ok((code point, length))`, or `Err(length)` for an
/// invalid sequence. Single-byte charsets have no invalid bytes; an unmapped byte
/// reads as itself above U+10FFFF so that nothing names it. A multi-byte charset's
/// character is its bytes as a number (html.c's `get_next_char`).
fn next_char(cs: Charset, s: &[u8], i: usize) -> Result<(u32, usize), usize> {
    let b = s[i];
    match cs {
        Charset::Utf8 => next_utf8(s, i),
        Charset::Multi(mb) => next_multibyte(mb, s, i),
        _ if b < 0x80 => Ok((u32::from(b), 1)),
        Charset::Latin1 => Ok((u32::from(b), 1)),
        Charset::Single(t) => Ok((
            match t[usize::from(b - 0x80)] {
                0xFFFF => 0x11_0000,
                c => u32::from(c),
            },
            1,
        )),
    }
}

/// A multi-byte charset's character at `s[i..]`, as [`next_char`]; an invalid sequence's
/// length is how many bytes html.c skips (trailing bytes that may start a character
/// are not part of it).
fn next_multibyte(mb: Mb, s: &[u8], i: usize) -> Result<(u32, usize), usize> {
    let c = s[i];
    let next = s.get(i + 1).copied();
    let pair = |n: u8| Ok(((u32::from(c) << 8) | u32::from(n), 2));
    // EUC-JP and Big5-HKSCS skip a trailing 0xA0/0xFF (or 0x80/0xFF) with the lead byte.
    let skip = |n: u8, bad: [u8; 2]| Err(if bad.contains(&n) { 2 } else { 1 });
    match mb {
        Mb::Big5 | Mb::Big5Hkscs if (0x81..=0xfe).contains(&c) => match next {
            None => Err(1),
            Some(n) if (0x40..=0x7e).contains(&n) || (0xa1..=0xfe).contains(&n) => pair(n),
            Some(n) if matches!(mb, Mb::Big5Hkscs) => skip(n, [0x80, 0xff]),
            Some(_) => Err(1),
        },
        Mb::Big5 | Mb::Big5Hkscs => Ok((u32::from(c), 1)),
        Mb::Gb2312 => {
            let lead = |b: u8| !matches!(b, 0x8e | 0x8f | 0xa0 | 0xff);
            if (0xa1..=0xfe).contains(&c) {
                match next {
                    None => Err(1),
                    Some(n) if (0xa1..=0xfe).contains(&n) => pair(n),
                    Some(n) => Err(if lead(n) { 1 } else { 2 }),
                }
            } else if lead(c) {
                Ok((u32::from(c), 1))
            } else {
                Err(1)
            }
        }
        Mb::Sjis => {
            if (0x81..=0x9f).contains(&c) || (0xe0..=0xfc).contains(&c) {
                match next {
                    None => Err(1),
                    Some(n) if n >= 0x40 && n != 0x7f && n < 0xfd => pair(n),
                    Some(n) => Err(if n != 0x80 && n != 0xa0 && n < 0xfd {
                        1
                    } else {
                        2
                    }),
                }
            } else if c < 0x80 || (0xa1..=0xdf).contains(&c) {
                Ok((u32::from(c), 1))
            } else {
                Err(1)
            }
        }
        Mb::EucJp => match c {
            0xa1..=0xfe => match next {
                None => Err(1),
                Some(n) if (0xa1..=0xfe).contains(&n) => pair(n),
                Some(n) => skip(n, [0xa0, 0xff]),
            },
            0x8e => match next {
                None => Err(1),
                Some(n) if (0xa1..=0xdf).contains(&n) => pair(n),
                Some(n) => skip(n, [0xa0, 0xff]),
            },
            0x8f => {
                let kanji = |b: Option<u8>| b.is_some_and(|b| (0xa1..=0xfe).contains(&b));
                let filler = |b: Option<u8>| matches!(b, Some(0xa0 | 0xff));
                let third = s.get(i + 2).copied();
                if kanji(next) && kanji(third) {
                    let v = (u32::from(c) << 16) | (u32::from(next.unwrap_or(0)) << 8);
                    Ok((v | u32::from(third.unwrap_or(0)), 3))
                } else if !filler(next) {
                    Err(1)
                } else if !filler(third) {
                    Err(2)
                } else {
                    Err(3)
                }
            }
            0xa0 | 0xff => Err(1),
            _ => Ok((u32::from(c), 1)),
        },
    }
}

/// Whether the document type allows code point `cp` literally (html.c's
/// `unicode_cp_is_allowed`).
fn cp_allowed(cp: u32, dt: Doctype) -> bool {
    match dt {
        Doctype::Html401 => {
            (0x20..=0x7e).contains(&cp)
                || matches!(cp, 0x09 | 0x0a | 0x0d)
                || (0xa0..=0xd7ff).contains(&cp)
                || (0xe000..=0x10ffff).contains(&cp)
        }
        Doctype::Html5 => {
            (0x20..=0x7e).contains(&cp)
                || ((0x09..=0x0d).contains(&cp) && cp != 0x0b)
                || (0xa0..=0xd7ff).contains(&cp)
                || ((0xe000..=0x10ffff).contains(&cp)
                    && (cp & 0xffff) < 0xfffe
                    && !(0xfdd0..=0xfdef).contains(&cp))
        }
        Doctype::Xhtml | Doctype::Xml1 => {
            (0x20..=0xd7ff).contains(&cp)
                || matches!(cp, 0x09 | 0x0a | 0x0d)
                || ((0xe000..=0x10ffff).contains(&cp) && cp != 0xfffe && cp != 0xffff)
        }
    }
}

/// The entity name `htmlentities` uses for `cp` (followed by `next`), and whether it
/// covers `next` too (HTML 5 names some pairs).
fn entity_name(dt: Doctype, cp: u32, next: u32) -> Option<(&'static str, bool)> {
    match dt {
        Doctype::Html401 | Doctype::Xhtml => name_of(cp).map(|n| (n, false)),
        Doctype::Xml1 => None,
        Doctype::Html5 => {
            let find = |second: u32| {
                data::HTML5_ENCODE
                    .binary_search_by(|&(a, b, _)| (a, b).cmp(&(cp, second)))
                    .ok()
                    .map(|i| data::HTML5_ENCODE[i].2)
            };
            if next != 0 {
                if let Some(n) = find(next) {
                    return Some((n, true));
                }
            }
            find(0).map(|n| (n, false))
        }
    }
}

/// What named reference `name` stands for in the document type: one or two code points.
fn named_ref(dt: Doctype, name: &[u8]) -> Option<(u32, u32)> {
    let basic = match name {
        b"amp" => Some(0x26),
        b"lt" => Some(0x3c),
        b"gt" => Some(0x3e),
        b"quot" => Some(0x22),
        b"apos" if dt != Doctype::Html401 => Some(0x27),
        _ => None,
    };
    if let Some(cp) = basic {
        return Some((cp, 0));
    }
    match dt {
        Doctype::Html401 | Doctype::Xhtml => code_of(name).map(|c| (c, 0)),
        Doctype::Xml1 => None,
        Doctype::Html5 => {
            let name = std::str::from_utf8(name).ok()?;
            data::HTML5_NAMES
                .binary_search_by(|&(n, _, _)| n.cmp(name))
                .ok()
                .map(|i| (data::HTML5_NAMES[i].1, data::HTML5_NAMES[i].2))
        }
    }
}

/// The escape of one of the special characters, if `c` is one under `flags`; `all` for
/// htmlentities' table (XHTML's is HTML 4.01's, which has no `&apos;`).
fn special(c: u8, flags: i64, all: bool) -> Option<&'static [u8]> {
    match c {
        b'&' => Some(b"&amp;"),
        b'"' if flags & ENT_HTML_QUOTE_DOUBLE != 0 => Some(b"&quot;"),
        b'\'' if flags & ENT_HTML_QUOTE_SINGLE != 0 => {
            let dt = doctype(flags);
            Some(if dt == Doctype::Html401 || (all && dt == Doctype::Xhtml) {
                b"&#039;"
            } else {
                b"&apos;"
            })
        }
        b'<' => Some(b"&lt;"),
        b'>' => Some(b"&gt;"),
        _ => None,
    }
}

/// The five characters `htmlspecialchars` may escape.
fn is_special(c: u8) -> bool {
    matches!(c, b'&' | b'"' | b'\'' | b'<' | b'>')
}

/// The length of a character reference after `&` (`amp;`, `#39;`, `#x27;`), if any: a name
/// or digits (as many as there are) and a `;`.
fn entity_len(s: &[u8]) -> Option<usize> {
    let run = |from: usize, ok: fn(&u8) -> bool| {
        from + s
            .get(from..)
            .map_or(0, |t| t.iter().take_while(|c| ok(c)).count())
    };
    let end = match s.first()? {
        b'#' => match s.get(1)? {
            b'x' | b'X' => Some(run(2, u8::is_ascii_hexdigit)).filter(|&e| e > 2),
            _ => Some(run(1, u8::is_ascii_digit)).filter(|&e| e > 1),
        },
        _ => Some(run(0, u8::is_ascii_alphanumeric)).filter(|&e| e > 0),
    }?;
    (s.get(end) == Some(&b';')).then_some(end + 1)
}

/// Whether `body` (between `&` and `;`) is a reference left alone when not
/// double-encoding: a valid numeric one (with ENT_DISALLOWED, of a code point the
/// document type allows a reference to), or a name the document type knows.
fn known_entity(body: &[u8], flags: i64) -> bool {
    let dt = doctype(flags);
    match body.strip_prefix(b"#") {
        Some(num) => numeric_value(num)
            .is_some_and(|cp| flags & ENT_DISALLOWED == 0 || numeric_ref_allowed(cp, dt)),
        None => named_ref(dt, body).is_some(),
    }
}

/// Whether a numeric reference to `cp` is allowed in the document type (html.c's
/// `numeric_entity_is_allowed`: looser than the characters themselves, but for XML).
fn numeric_ref_allowed(cp: u32, dt: Doctype) -> bool {
    match dt {
        Doctype::Html401 => true,
        Doctype::Html5 => {
            (0x20..=0x7e).contains(&cp)
                || matches!(cp, 0x09 | 0x0a | 0x0c)
                || ((0xa0..=0x10ffff).contains(&cp)
                    && (cp & 0xffff) < 0xfffe
                    && !(0xfdd0..=0xfdef).contains(&cp))
        }
        Doctype::Xhtml | Doctype::Xml1 => cp_allowed(cp, dt),
    }
}

/// The code point of a numeric reference's digits (`39`, `x27`), at most U+10FFFF.
fn numeric_value(num: &[u8]) -> Option<u32> {
    let text = std::str::from_utf8(num).ok()?;
    let v = match text.strip_prefix(['x', 'X']) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse::<u64>().ok(),
    };
    // Too many digits overflow strtol to its maximum, which is out of range too.
    let v = v.unwrap_or(u64::MAX);
    u32::try_from(v).ok().filter(|&v| v <= 0x10ffff)
}

/// Escapes `s`; with `all`, every character that has an entity name uses it.
fn escape(s: &[u8], flags: i64, cs: Charset, double_encode: bool, all: bool) -> Vec<u8> {
    let dt = doctype(flags);
    // XML 1 and the multi-byte charsets have only the basic entities.
    let all = all && !matches!(cs, Charset::Multi(_)) && dt != Doctype::Xml1;
    let mut out = Vec::with_capacity(s.len() + 16);
    // For htmlspecialchars, a run of ASCII bytes other than the five specials is
    // copied whole: in every supported charset such a byte is a character of its
    // own here (multi-byte lead bytes are >= 0x80), and only ENT_DISALLOWED looks
    // at ASCII controls. In UTF-8, so is valid UTF-8 up to the next special (which
    // is never part of a sequence): each of its characters is written as it is.
    let copy_runs = !all && flags & ENT_DISALLOWED == 0;
    let utf8_runs = copy_runs && matches!(cs, Charset::Utf8);
    // The first special at or after the run's first byte >= 0x80 (or the end), found
    // again only once the run passes it: each byte is scanned at most twice.
    let mut special_at = 0;
    let mut i = 0;
    while i < s.len() {
        if copy_runs {
            let mut j = i + s[i..]
                .iter()
                .position(|&c| c >= 0x80 || is_special(c))
                .unwrap_or(s.len() - i);
            if utf8_runs && j < s.len() && s[j] >= 0x80 {
                if special_at <= j {
                    special_at = j + s[j..]
                        .iter()
                        .position(|&c| is_special(c))
                        .unwrap_or(s.len() - j);
                }
                // What follows an invalid sequence's start is for the general path.
                j += match std::str::from_utf8(&s[j..special_at]) {
                    Ok(_) => special_at - j,
                    Err(e) => e.valid_up_to(),
                };
            }
            if j > i {
                out.extend_from_slice(&s[i..j]);
                i = j;
                if i == s.len() {
                    break;
                }
            }
        }
        let c = s[i];
        if c == b'&' && !double_encode {
            if let Some(n) =
                entity_len(&s[i + 1..]).filter(|&n| known_entity(&s[i + 1..i + n], flags))
            {
                out.extend_from_slice(&s[i..i + 1 + n]);
                i += n + 1;
                continue;
            }
        }
        if copy_runs && is_special(c) {
            // A quote the flags leave alone is written as it is.
            out.extend_from_slice(special(c, flags, false).unwrap_or(&s[i..i + 1]));
            i += 1;
            continue;
        }
        let (cp, n) = match next_char(cs, s, i) {
            Ok(x) => x,
            Err(n) => {
                if flags & ENT_IGNORE != 0 {
                } else if flags & ENT_SUBSTITUTE != 0 {
                    out.extend_from_slice(if matches!(cs, Charset::Utf8) {
                        "\u{FFFD}".as_bytes()
                    } else {
                        b"&#xFFFD;"
                    });
                } else {
                    return Vec::new();
                }
                i += n;
                continue;
            }
        };
        // A pair with its own HTML 5 name (`<` + U+20D2 is `&nvlt;`) comes first.
        let named = if all && cp <= 0x10ffff {
            let next = match i + n < s.len() {
                true => next_char(cs, s, i + n).map_or(0, |(c2, _)| c2),
                false => 0,
            };
            entity_name(dt, cp, next).filter(|&(_, pair)| pair || !is_special(c))
        } else {
            None
        };
        if let Some((name, pair)) = named {
            out.push(b'&');
            out.extend_from_slice(name.as_bytes());
            out.push(b';');
            i += n;
            if pair {
                i += next_char(cs, s, i).map_or(1, |(_, n2)| n2);
            }
            continue;
        }
        if let Some(e) = special(c, flags, all) {
            out.extend_from_slice(e);
            i += 1;
            continue;
        }
        // Only a Unicode charset's or a mapped character's code point is known; other
        // charsets' C0 controls are taken for Unicode's (html.c: up to 0x7D).
        let checked = match cs {
            Charset::Utf8 | Charset::Latin1 => Some(cp),
            Charset::Single(_) if all => Some(cp).filter(|&cp| cp <= 0x10ffff),
            Charset::Single(_) | Charset::Multi(_) => Some(cp).filter(|&cp| cp <= 0x7d),
        };
        if flags & ENT_DISALLOWED != 0 && checked.is_some_and(|cp| !cp_allowed(cp, dt)) {
            out.extend_from_slice(if matches!(cs, Charset::Utf8) {
                "\u{FFFD}".as_bytes()
            } else {
                b"&#xFFFD;"
            });
        } else {
            out.extend_from_slice(&s[i..i + n]);
        }
        i += n;
    }
    out
}

fn escape_fn(vm: &mut Vm, args: &[Value], f: &str, all: bool) -> R {
    let s = arg_str(vm, args, 0, f)?;
    let flags = opt_long(vm, args, 1, f, DEFAULT_FLAGS)?;
    let enc = opt_nullable_str(vm, args, 2, f)?;
    let double_encode = opt_bool(vm, args, 3, f, true)?;
    let cs = charset(vm, f, enc.as_deref().map(|v| v.as_slice()));
    if all && matches!(cs, Charset::Multi(_)) {
        vm.notice("htmlentities(): Only basic entities substitution is supported for multi-byte encodings other than UTF-8; functionality is equivalent to htmlspecialchars");
    }
    if !all && matches!(cs, Charset::Utf8) && s.iter().all(|&b| plain(b)) {
        // Nothing for htmlspecialchars() to escape whatever the flags (htmlentities()
        // has HTML5 names for punctuation): the same string, no copy.
        return Ok(Value::String(s));
    }
    Ok(Value::from(escape(&s, flags, cs, double_encode, all)))
}

/// A byte that htmlspecialchars() leaves alone under any flags: printable ASCII other than the
/// special characters (controls may be disallowed, bytes above 0x7f start sequences).
fn plain(b: u8) -> bool {
    (0x20..0x7f).contains(&b) && !matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')
}

fn htmlspecialchars(vm: &mut Vm, args: &mut [Value]) -> R {
    escape_fn(vm, args, "htmlspecialchars", false)
}

fn htmlentities(vm: &mut Vm, args: &mut [Value]) -> R {
    escape_fn(vm, args, "htmlentities", true)
}

/// What a reference decodes to under `flags`, as `traverse_for_entities` decides;
/// `all` decodes every reference (`html_entity_decode`), otherwise only those of the
/// special characters.
fn decode_ref(body: &[u8], flags: i64, cs: Charset, all: bool) -> Option<Vec<u8>> {
    let dt = doctype(flags);
    let (cp, cp2) = if let Some(num) = body.strip_prefix(b"#") {
        let cp = numeric_value(num)?;
        if !all && !matches!(cp, 0x22 | 0x26 | 0x27 | 0x3c | 0x3e) {
            return None;
        }
        if !cp_allowed(cp, dt) || (dt == Doctype::Html5 && cp == 0x0d) {
            return None;
        }
        (cp, 0)
    } else {
        let (cp, cp2) = named_ref(dt, body)?;
        if !all && !matches!(cp, 0x22 | 0x26 | 0x27 | 0x3c | 0x3e) {
            return None;
        }
        (cp, cp2)
    };
    let quote_ok = match cp {
        0x22 => flags & ENT_HTML_QUOTE_DOUBLE != 0,
        0x27 => flags & ENT_HTML_QUOTE_SINGLE != 0,
        _ => true,
    };
    if !quote_ok || (cp2 != 0 && !matches!(cs, Charset::Utf8)) {
        return None;
    }
    let mut out = Vec::new();
    if !cs.write(&mut out, cp) {
        return None;
    }
    if cp2 != 0 {
        push_utf8(&mut out, cp2);
    }
    Some(out)
}

fn decode(s: &[u8], flags: i64, cs: Charset, all: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'&' && i + 3 < s.len() {
            if let Some(n) = entity_len(&s[i + 1..]) {
                if let Some(text) = decode_ref(&s[i + 1..i + n], flags, cs, all) {
                    out.extend_from_slice(&text);
                    i += n + 1;
                    continue;
                }
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

fn htmlspecialchars_decode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "htmlspecialchars_decode")?;
    let flags = opt_long(vm, args, 1, "htmlspecialchars_decode", DEFAULT_FLAGS)?;
    Ok(Value::from(decode(&s, flags, Charset::Utf8, false)))
}

fn html_entity_decode(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "html_entity_decode";
    let s = arg_str(vm, args, 0, F)?;
    let flags = opt_long(vm, args, 1, F, DEFAULT_FLAGS)?;
    let enc = opt_nullable_str(vm, args, 2, F)?;
    let cs = charset(vm, F, enc.as_deref().map(|v| v.as_slice()));
    Ok(Value::from(decode(&s, flags, cs, true)))
}

/// `get_html_translation_table($table, $flags, $encoding)`: character → escape.
fn get_html_translation_table(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "get_html_translation_table";
    let table = opt_long(vm, args, 0, F, 0)?;
    let flags = opt_long(vm, args, 1, F, DEFAULT_FLAGS)?;
    let enc = opt_nullable_str(vm, args, 2, F)?;
    let cs = charset(vm, F, enc.as_deref().map(|v| v.as_slice()));
    let dt = doctype(flags);
    let mut out = PhpArray::new();
    let mut put = |key: Vec<u8>, name: &[u8]| {
        let mut v = Vec::with_capacity(name.len() + 2);
        v.push(b'&');
        v.extend_from_slice(name);
        v.push(b';');
        out.insert(ArrayKey::from_bytes(&key), Value::from(v));
    };
    if table == 1 && !matches!(cs, Charset::Multi(_)) {
        let mut key = Vec::new();
        match dt {
            Doctype::Html5 => {
                for &(cp, cp2, name) in data::HTML5_ENCODE {
                    // The special characters follow the quote flags, below.
                    if cp2 == 0 && u8::try_from(cp).is_ok_and(is_special) {
                        continue;
                    }
                    key.clear();
                    if cs.write(&mut key, cp) && (cp2 == 0 || cs.write(&mut key, cp2)) {
                        put(key.clone(), name.as_bytes());
                    }
                }
            }
            Doctype::Html401 | Doctype::Xhtml => {
                for &(cp, name) in data::HTML401 {
                    key.clear();
                    if cs.write(&mut key, cp) {
                        put(key.clone(), name.as_bytes());
                    }
                }
            }
            Doctype::Xml1 => {}
        }
    }
    for c in [b'"', b'&', b'\'', b'<', b'>'] {
        if let Some(e) = special(c, flags, table == 1) {
            put(vec![c], &e[1..e.len() - 1]);
        }
    }
    Ok(Value::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_is_returned_without_a_copy() {
        let mut k = super::super::testkit::Kit::new();
        let s: crate::value::PhpStr = std::rc::Rc::new(b"plain text, 100% ok".to_vec());
        let out = k.call("htmlspecialchars", vec![Value::String(s.clone())]);
        assert!(matches!(out, Ok(Value::String(o)) if std::rc::Rc::ptr_eq(&o, &s)));
        let out = k.call("htmlspecialchars", vec![Value::from("a\x01 & b")]);
        assert!(matches!(out, Ok(Value::String(o)) if o.as_slice() == b"a\x01 &amp; b"));
    }

    // php: htmlentities("café <b> © € — ’ ü \xff"), html_entity_decode(...), with the
    // default flags (ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401).
    #[test]
    fn entities_like_php() {
        let u = Charset::Utf8;
        assert_eq!(
            escape("café <b> © € — ’ ü \u{ff}".as_bytes(), 11, u, true, true),
            "caf&eacute; &lt;b&gt; &copy; &euro; &mdash; &rsquo; &uuml; &yuml;".as_bytes()
        );
        assert_eq!(
            escape(b"a\xffb", 11, u, true, true),
            "a\u{fffd}b".as_bytes()
        );
        assert_eq!(
            decode(
                b"&eacute;&amp;&lt;&copy;&euro;&#39;&#x41;&hellip;&nbsp;&bogus;&quot;&apos;",
                11,
                u,
                true
            ),
            "é&<©€'A…\u{a0}&bogus;\"&apos;".as_bytes()
        );
        assert_eq!(decode(b"&amp;&#65;&#39;", 11, u, false), b"&&#65;'");
    }

    // php: bin2hex(htmlspecialchars($s, $flags)) for flags 11 (ENT_QUOTES |
    // ENT_SUBSTITUTE), 3 (ENT_QUOTES: invalid input gives "") and 7 (ENT_IGNORE).
    #[test]
    fn utf8_runs_copied_and_invalid_sequences_as_php() {
        let cases: [(&[u8], [&str; 3]); 4] = [
            (
                "café <b> © € — ’ ü 'x' \"y\" & z".as_bytes(),
                ["636166c3a920266c743b622667743b20c2a920e282ac20e2809420e2809920c3bc2026233033393b7826233033393b202671756f743b792671756f743b2026616d703b207a"; 3],
            ),
            (
                b"a\xffb \xc3\xa9<\xe2\x82",
                ["61efbfbd6220c3a9266c743befbfbd", "", "616220c3a9266c743b"],
            ),
            (
                b"\xc3\xa9\xed\xa0\x80\xc3\xa9&\xc0\xaf\xc3\xbc\xf4\x90\x80\x80!",
                [
                    "c3a9efbfbdc3a926616d703befbfbdefbfbdc3bcefbfbd21",
                    "",
                    "c3a9c3a926616d703bc3bc21",
                ],
            ),
            (
                b"\xf0\x9f\x98\x80<\xf0\x9f\x98",
                ["f09f9880266c743befbfbd", "", "f09f9880266c743b"],
            ),
        ];
        for (s, want) in cases {
            for (flags, want) in [11, 3, 7].into_iter().zip(want) {
                let got = escape(s, flags, Charset::Utf8, true, false);
                let hex: String = got.iter().map(|b| format!("{b:02x}")).collect();
                assert_eq!(hex, want, "{s:?} with flags {flags}");
            }
        }
    }

    // php: htmlentities("a!b\t<\u{20D2}x=\u{20E5}", ENT_HTML5), and decoding in cp1252
    #[test]
    fn html5_and_single_byte_charsets() {
        assert_eq!(
            escape(
                "a!b\t<\u{20D2}x=\u{20E5}".as_bytes(),
                48,
                Charset::Utf8,
                true,
                true
            ),
            b"a&excl;b&Tab;&nvlt;x&bne;"
        );
        let cp1252 = Charset::Single(&data::CP1252);
        assert_eq!(
            escape(b"\x80\xe9", 3, cp1252, true, true),
            b"&euro;&eacute;"
        );
        assert_eq!(
            decode(b"&euro;&eacute;&hearts;", 3, cp1252, true),
            b"\x80\xe9&hearts;"
        );
        assert_eq!(
            decode(b"&#x80;&#11;&#xFFFE;", 3, Charset::Utf8, true),
            "&#x80;&#11;\u{fffe}".as_bytes()
        );
    }
}
