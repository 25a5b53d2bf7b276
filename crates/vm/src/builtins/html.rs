//! HTML escaping: `htmlspecialchars`, `htmlentities` and their decoders, with the
//! `ENT_*` flags (quotes, doctype, invalid UTF-8 handling) for UTF-8 text.

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_bool, opt_long};
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
];

type R = Result<Value, Unwind>;

const ENT_HTML_QUOTE_SINGLE: i64 = 1;
const ENT_HTML_QUOTE_DOUBLE: i64 = 2;
const ENT_IGNORE: i64 = 4;
const ENT_SUBSTITUTE: i64 = 8;
const ENT_HTML5: i64 = 48;
const ENT_DOCTYPE: i64 = 48;

/// Names of U+00A0..=U+00FF, in order.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// Other HTML 4.01 entities: Greek letters, punctuation, symbols.
const OTHERS: &[(&str, u32)] = &[
    ("OElig", 338),
    ("oelig", 339),
    ("Scaron", 352),
    ("scaron", 353),
    ("Yuml", 376),
    ("fnof", 402),
    ("circ", 710),
    ("tilde", 732),
    ("Alpha", 913),
    ("Beta", 914),
    ("Gamma", 915),
    ("Delta", 916),
    ("Epsilon", 917),
    ("Zeta", 918),
    ("Eta", 919),
    ("Theta", 920),
    ("Iota", 921),
    ("Kappa", 922),
    ("Lambda", 923),
    ("Mu", 924),
    ("Nu", 925),
    ("Xi", 926),
    ("Omicron", 927),
    ("Pi", 928),
    ("Rho", 929),
    ("Sigma", 931),
    ("Tau", 932),
    ("Upsilon", 933),
    ("Phi", 934),
    ("Chi", 935),
    ("Psi", 936),
    ("Omega", 937),
    ("alpha", 945),
    ("beta", 946),
    ("gamma", 947),
    ("delta", 948),
    ("epsilon", 949),
    ("zeta", 950),
    ("eta", 951),
    ("theta", 952),
    ("iota", 953),
    ("kappa", 954),
    ("lambda", 955),
    ("mu", 956),
    ("nu", 957),
    ("xi", 958),
    ("omicron", 959),
    ("pi", 960),
    ("rho", 961),
    ("sigmaf", 962),
    ("sigma", 963),
    ("tau", 964),
    ("upsilon", 965),
    ("phi", 966),
    ("chi", 967),
    ("psi", 968),
    ("omega", 969),
    ("ensp", 8194),
    ("emsp", 8195),
    ("thinsp", 8201),
    ("ndash", 8211),
    ("mdash", 8212),
    ("lsquo", 8216),
    ("rsquo", 8217),
    ("sbquo", 8218),
    ("ldquo", 8220),
    ("rdquo", 8221),
    ("bdquo", 8222),
    ("dagger", 8224),
    ("Dagger", 8225),
    ("bull", 8226),
    ("hellip", 8230),
    ("permil", 8240),
    ("prime", 8242),
    ("Prime", 8243),
    ("lsaquo", 8249),
    ("rsaquo", 8250),
    ("euro", 8364),
    ("trade", 8482),
    ("larr", 8592),
    ("uarr", 8593),
    ("rarr", 8594),
    ("darr", 8595),
    ("harr", 8596),
    ("minus", 8722),
    ("infin", 8734),
    ("ne", 8800),
    ("le", 8804),
    ("ge", 8805),
    ("loz", 9674),
    ("spades", 9824),
    ("clubs", 9827),
    ("hearts", 9829),
    ("diams", 9830),
];

fn name_of(cp: u32) -> Option<&'static str> {
    if (0xa0..=0xff).contains(&cp) {
        return Some(LATIN1[(cp - 0xa0) as usize]);
    }
    OTHERS.iter().find(|(_, c)| *c == cp).map(|(n, _)| *n)
}

fn code_of(name: &[u8]) -> Option<u32> {
    if let Some(i) = LATIN1.iter().position(|n| n.as_bytes() == name) {
        return Some(0xa0 + i as u32);
    }
    OTHERS
        .iter()
        .find(|(n, _)| n.as_bytes() == name)
        .map(|(_, c)| *c)
}

/// The valid UTF-8 character at the start of `s`: its code point and length.
fn utf8_char(s: &[u8]) -> Option<(u32, usize)> {
    let n = match s[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let text = std::str::from_utf8(s.get(..n)?).ok()?;
    text.chars().next().map(|c| (c as u32, n))
}

/// The length of a character reference after `&` (`amp;`, `#39;`, `#x27;`), if any.
fn entity_len(s: &[u8]) -> Option<usize> {
    let end = s.iter().take(32).position(|&c| c == b';')?;
    let body = &s[..end];
    let ok = if let Some(num) = body.strip_prefix(b"#") {
        match num.strip_prefix(b"x").or_else(|| num.strip_prefix(b"X")) {
            Some(hex) => !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit),
            None => !num.is_empty() && num.iter().all(u8::is_ascii_digit),
        }
    } else {
        !body.is_empty() && body.iter().all(u8::is_ascii_alphanumeric)
    };
    ok.then_some(end + 1)
}

/// Whether `body` (between `&` and `;`) is a reference PHP leaves alone when not
/// double-encoding: a named entity of the doctype, or a numeric one.
fn known_entity(body: &[u8], flags: i64) -> bool {
    match body {
        [b'#', ..] => true,
        b"amp" | b"lt" | b"gt" | b"quot" => true,
        b"apos" => flags & ENT_DOCTYPE != 0,
        name => code_of(name).is_some(),
    }
}

/// Escapes `s`; with `named`, every character that has an entity name uses it.
fn escape(s: &[u8], flags: i64, double_encode: bool, named: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 16);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match c {
            b'&' => match entity_len(&s[i + 1..])
                .filter(|&n| !double_encode && known_entity(&s[i + 1..i + n], flags))
            {
                Some(n) => {
                    out.extend_from_slice(&s[i..i + 1 + n]);
                    i += n;
                }
                None => out.extend_from_slice(b"&amp;"),
            },
            b'"' if flags & ENT_HTML_QUOTE_DOUBLE != 0 => out.extend_from_slice(b"&quot;"),
            b'\'' if flags & ENT_HTML_QUOTE_SINGLE != 0 => {
                out.extend_from_slice(if flags & ENT_DOCTYPE == ENT_HTML5 {
                    b"&apos;"
                } else {
                    b"&#039;"
                })
            }
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            0x80..=0xff => match utf8_char(&s[i..]) {
                Some((cp, n)) => {
                    match name_of(cp).filter(|_| named) {
                        Some(name) => out.extend_from_slice(format!("&{name};").as_bytes()),
                        None => out.extend_from_slice(&s[i..i + n]),
                    }
                    i += n - 1;
                }
                None if flags & ENT_SUBSTITUTE != 0 => out.extend_from_slice("\u{FFFD}".as_bytes()),
                None if flags & ENT_IGNORE != 0 => {}
                None => return Vec::new(),
            },
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn escape_fn(vm: &mut Vm, args: &[Value], f: &str, named: bool) -> R {
    let s = arg_str(vm, args, 0, f)?;
    let flags = opt_long(vm, args, 1, f, 11)?;
    let double_encode = opt_bool(vm, args, 3, f, true)?;
    Ok(Value::from(escape(&s, flags, double_encode, named)))
}

fn htmlspecialchars(vm: &mut Vm, args: &mut [Value]) -> R {
    escape_fn(vm, args, "htmlspecialchars", false)
}

fn htmlentities(vm: &mut Vm, args: &mut [Value]) -> R {
    escape_fn(vm, args, "htmlentities", true)
}

/// What a reference decodes to, under `flags`; `all` decodes every named and
/// numeric reference (`html_entity_decode`), otherwise only the special characters.
fn decode_ref(body: &[u8], flags: i64, all: bool) -> Option<Vec<u8>> {
    let quote_ok = |c: u32| match c {
        0x22 => flags & ENT_HTML_QUOTE_DOUBLE != 0,
        0x27 => flags & ENT_HTML_QUOTE_SINGLE != 0,
        _ => true,
    };
    let cp = if let Some(num) = body.strip_prefix(b"#") {
        let text = std::str::from_utf8(num).ok()?;
        let cp = match text.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => text.parse::<u32>().ok()?,
        };
        if !all && !matches!(cp, 0x22 | 0x26 | 0x27 | 0x3c | 0x3e) {
            return None;
        }
        cp
    } else {
        match body {
            b"amp" => 0x26,
            b"lt" => 0x3c,
            b"gt" => 0x3e,
            b"quot" => 0x22,
            b"apos" if flags & ENT_DOCTYPE != 0 => 0x27,
            _ if all => code_of(body)?,
            _ => return None,
        }
    };
    if cp == 0 || !quote_ok(cp) {
        return None;
    }
    let ch = char::from_u32(cp)?;
    Some(ch.to_string().into_bytes())
}

fn decode(s: &[u8], flags: i64, all: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'&' {
            if let Some(n) = entity_len(&s[i + 1..]) {
                if let Some(text) = decode_ref(&s[i + 1..i + n], flags, all) {
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
    let flags = opt_long(vm, args, 1, "htmlspecialchars_decode", 11)?;
    Ok(Value::from(decode(&s, flags, false)))
}

fn html_entity_decode(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "html_entity_decode")?;
    let flags = opt_long(vm, args, 1, "html_entity_decode", 11)?;
    Ok(Value::from(decode(&s, flags, true)))
}

#[cfg(test)]
mod tests {
    use super::*;

    // php: htmlentities("café <b> © € — ’ ü \xff"), html_entity_decode(...), with the
    // default flags (ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401).
    #[test]
    fn entities_like_php() {
        assert_eq!(
            escape("café <b> © € — ’ ü \u{ff}".as_bytes(), 11, true, true),
            "caf&eacute; &lt;b&gt; &copy; &euro; &mdash; &rsquo; &uuml; &yuml;".as_bytes()
        );
        assert_eq!(escape(b"a\xffb", 11, true, true), "a\u{fffd}b".as_bytes());
        assert_eq!(
            decode(
                b"&eacute;&amp;&lt;&copy;&euro;&#39;&#x41;&hellip;&nbsp;&bogus;&quot;&apos;",
                11,
                true
            ),
            "é&<©€'A…\u{a0}&bogus;\"&apos;".as_bytes()
        );
        assert_eq!(decode(b"&amp;&#65;&#39;", 11, false), b"&&#65;'");
    }
}
