//! URL encoding: `urlencode`/`urldecode` (form encoding, space as `+`),
//! `rawurlencode`/`rawurldecode` (RFC 3986), `http_build_query`, and `parse_url`.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_array, arg_long, arg_str, func, get, has, opt_long, set_ref, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("urlencode", urlencode, &["string"], 1),
    func("rawurlencode", rawurlencode, &["string"], 1),
    func("urldecode", urldecode, &["string"], 1),
    func("rawurldecode", rawurldecode, &["string"], 1),
    func("parse_str", parse_str, &["string", "result"], 2).with_by_ref(&[1]),
    func("parse_url", parse_url, &["url", "component"], 1),
    func(
        "http_build_query",
        http_build_query,
        &["data", "numeric_prefix", "arg_separator", "encoding_type"],
        1,
    ),
];

/// The parts of a URL as `php_url_parse_ex2` finds them (raw bytes, control
/// characters replaced by `_`).
#[derive(Debug, Default, PartialEq)]
struct UrlParts {
    scheme: Option<Vec<u8>>,
    host: Option<Vec<u8>>,
    port: Option<u16>,
    user: Option<Vec<u8>>,
    pass: Option<Vec<u8>>,
    path: Option<Vec<u8>>,
    query: Option<Vec<u8>>,
    fragment: Option<Vec<u8>>,
}

/// Where parsing goes on from (the labels of php_url_parse_ex2).
enum Step {
    /// A `:` at this index may start a port (`host:80`).
    Port(usize),
    Host,
    Path,
}

fn find(b: &[u8], from: usize, to: usize, c: u8) -> Option<usize> {
    b[from..to].iter().position(|&x| x == c).map(|i| from + i)
}

fn rfind(b: &[u8], from: usize, to: usize, c: u8) -> Option<usize> {
    b[from..to].iter().rposition(|&x| x == c).map(|i| from + i)
}

/// The first of `chars` in `b[from..to]`, else `to`.
fn first_of(b: &[u8], from: usize, to: usize, chars: &[u8]) -> usize {
    b[from..to]
        .iter()
        .position(|c| chars.contains(c))
        .map_or(to, |i| from + i)
}

/// A component's bytes with control characters as `_`.
fn component(b: &[u8]) -> Option<Vec<u8>> {
    Some(
        b.iter()
            .map(|&c| if c < 0x20 || c == 0x7f { b'_' } else { c })
            .collect(),
    )
}

/// C's `strtol` in base 10 over a port's few bytes: None when no digit is read.
fn port_number(b: &[u8]) -> Option<i64> {
    let t = b.trim_ascii_start();
    let (neg, digits) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let n = digits.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 {
        return None;
    }
    let v: i64 = std::str::from_utf8(&digits[..n]).ok()?.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// `php_url_parse_ex2`: None for what PHP rejects (parse_url() gives false).
fn parse_url_parts(b: &[u8]) -> Option<UrlParts> {
    let ue = b.len();
    let mut u = UrlParts::default();
    let mut s = 0;
    let relative = |s: usize| s + 1 < ue && b[s] == b'/' && b[s + 1] == b'/';
    let step = match find(b, 0, ue, b':') {
        Some(e) if e != 0 => {
            let scheme_ok = b[..e]
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'));
            if !scheme_ok {
                if e + 1 < ue && e < first_of(b, 0, ue, b"?#") {
                    Step::Port(e)
                } else if relative(0) {
                    s = 2;
                    Step::Host
                } else {
                    Step::Path
                }
            } else if e + 1 == ue {
                u.scheme = component(&b[..e]);
                return Some(u);
            } else if b[e + 1] != b'/' {
                // `mailto:x` has no slash; `a.com:80` is a host and port.
                let digits = b[e + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                let p = e + 1 + digits;
                if (p == ue || b[p] == b'/') && p - e < 7 {
                    Step::Port(e)
                } else {
                    u.scheme = component(&b[..e]);
                    s = e + 1;
                    Step::Path
                }
            } else {
                u.scheme = component(&b[..e]);
                if e + 2 < ue && b[e + 2] == b'/' {
                    s = e + 3;
                    if b[..e].eq_ignore_ascii_case(b"file") && e + 3 < ue && b[e + 3] == b'/' {
                        // file:///c:/dir keeps its drive letter in the path.
                        if e + 5 < ue && b[e + 5] == b':' {
                            s = e + 4;
                        }
                        Step::Path
                    } else {
                        Step::Host
                    }
                } else {
                    s = e + 1;
                    Step::Path
                }
            }
        }
        Some(e) => Step::Port(e),
        None if relative(0) => {
            s = 2;
            Step::Host
        }
        None => Step::Path,
    };
    let step = match step {
        Step::Port(e) => {
            let p = e + 1;
            let digits = b[p..]
                .iter()
                .take(6)
                .take_while(|c| c.is_ascii_digit())
                .count();
            let pp = p + digits;
            if digits > 0 && digits < 6 && (pp == ue || b[pp] == b'/') {
                let port = port_number(&b[p..pp]).filter(|n| (0..=65535).contains(n))?;
                u.port = Some(port as u16);
                if relative(s) {
                    s += 2;
                }
                Step::Host
            } else if digits == 0 && pp == ue {
                return None;
            } else if relative(s) {
                s += 2;
                Step::Host
            } else {
                Step::Path
            }
        }
        other => other,
    };
    if let Step::Host = step {
        let e = first_of(b, s, ue, b"/?#");
        if let Some(at) = rfind(b, s, e, b'@') {
            match find(b, s, at, b':') {
                Some(c) => {
                    u.user = component(&b[s..c]);
                    u.pass = component(&b[c + 1..at]);
                }
                None => u.user = component(&b[s..at]),
            }
            s = at + 1;
        }
        // An IPv6 literal's colons are not a port's.
        let colon = if s < ue && b[s] == b'[' && e > s && b[e - 1] == b']' {
            None
        } else {
            rfind(b, s, e, b':')
        };
        let host_end = match colon {
            Some(p) => {
                // A port found before (`x:80` read as host and port) is kept, unless 0.
                if u.port.unwrap_or(0) == 0 {
                    let digits = &b[p + 1..e];
                    if digits.len() > 5 {
                        return None;
                    }
                    if !digits.is_empty() {
                        let port = port_number(digits).filter(|n| (0..=65535).contains(n))?;
                        u.port = Some(port as u16);
                    }
                }
                p
            }
            None => e,
        };
        if host_end <= s {
            return None;
        }
        u.host = component(&b[s..host_end]);
        if e == ue {
            return Some(u);
        }
        s = e;
    }
    let mut e = ue;
    if let Some(h) = find(b, s, e, b'#') {
        u.fragment = component(&b[h + 1..e]);
        e = h;
    }
    if let Some(q) = find(b, s, e, b'?') {
        u.query = component(&b[q + 1..e]);
        e = q;
    }
    if s < e || s == ue {
        u.path = component(&b[s..e]);
    }
    Some(u)
}

/// `parse_url($url, $component = -1)`.
fn parse_url(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "parse_url";
    let url = arg_str(vm, args, 0, F)?;
    let key = opt_long(vm, args, 1, F, -1)?;
    let Some(u) = parse_url_parts(&url) else {
        return Ok(Value::False);
    };
    let text = |p: Option<Vec<u8>>| p.map_or(Value::Null, Value::from);
    if key > -1 {
        return Ok(match key {
            0 => text(u.scheme),
            1 => text(u.host),
            2 => u.port.map_or(Value::Null, |p| Value::Long(p as i64)),
            3 => text(u.user),
            4 => text(u.pass),
            5 => text(u.path),
            6 => text(u.query),
            7 => text(u.fragment),
            _ => {
                let what = format!("must be a valid URL component identifier, {key} given");
                return Err(value_error(vm, F, 1, &what));
            }
        });
    }
    let text = |p: Option<Vec<u8>>| p.map(Value::from);
    let parts = [
        ("scheme", text(u.scheme)),
        ("host", text(u.host)),
        ("port", u.port.map(|p| Value::Long(p as i64))),
        ("user", text(u.user)),
        ("pass", text(u.pass)),
        ("path", text(u.path)),
        ("query", text(u.query)),
        ("fragment", text(u.fragment)),
    ];
    let mut out = PhpArray::new();
    for (k, v) in parts {
        if let Some(v) = v {
            out.insert(ArrayKey::from_bytes(k.as_bytes()), v);
        }
    }
    Ok(Value::from(out))
}

/// `parse_str($query, $result)`: the query string's variables into `$result`, by the
/// rules `$_GET` is built with.
fn parse_str(vm: &mut Vm, args: &mut [Value]) -> R {
    let query = arg_str(vm, args, 0, "parse_str")?;
    let mut out = PhpArray::new();
    // Any byte of arg_separator.input separates pairs.
    let sep = vm
        .ini_get("arg_separator.input")
        .filter(|s| !s.is_empty())
        .unwrap_or("&")
        .as_bytes()
        .to_vec();
    crate::sapi::query::parse_separated(
        &mut out,
        &query,
        crate::sapi::query::Source::Query,
        &sep,
        usize::MAX,
    );
    set_ref(args, 1, Value::from(out));
    Ok(Value::Null)
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Percent-encode all but `[A-Za-z0-9_.-]` (and `~` when `raw`); a space is `+`
/// unless `raw`, as php_url_encode / php_raw_url_encode.
pub fn encode(s: &[u8], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'.' | b'-' => out.push(b),
            b'~' if raw => out.push(b),
            b' ' if !raw => out.push(b'+'),
            _ => out.extend_from_slice(&[b'%', HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]),
        }
    }
    out
}

fn hex_val(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Decode `%XX` (and `+` as a space unless `raw`); a malformed `%` stays as is.
pub fn decode(s: &[u8], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'+' if !raw => out.push(b' '),
            b'%' if i + 2 < s.len() => match (hex_val(s[i + 1]), hex_val(s[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h << 4) | l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    out
}

fn urlencode(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(encode(
        &arg_str(vm, args, 0, "urlencode")?,
        false,
    )))
}

fn rawurlencode(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(encode(
        &arg_str(vm, args, 0, "rawurlencode")?,
        true,
    )))
}

fn urldecode(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(decode(
        &arg_str(vm, args, 0, "urldecode")?,
        false,
    )))
}

fn rawurldecode(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(decode(
        &arg_str(vm, args, 0, "rawurldecode")?,
        true,
    )))
}

struct Query<'a> {
    /// Objects contribute the properties visible from the calling scope.
    vm: &'a Vm,
    numeric_prefix: &'a [u8],
    separator: &'a [u8],
    raw: bool,
    precision: i32,
}

impl Query<'_> {
    fn build(&self, out: &mut Vec<u8>, array: &PhpArray, prefix: Option<&[u8]>) {
        for (k, v) in array.iter() {
            let key = match (&k, prefix) {
                (ArrayKey::Int(i), None) => {
                    let mut key = self.numeric_prefix.to_vec();
                    key.extend_from_slice(i.to_string().as_bytes());
                    encode(&key, self.raw)
                }
                (ArrayKey::Int(i), Some(_)) => i.to_string().into_bytes(),
                (ArrayKey::Str(s), _) => encode(s, self.raw),
            };
            let full = match prefix {
                None => key,
                Some(p) => [p, b"%5B", &key, b"%5D"].concat(),
            };
            let value = match v.deref() {
                Value::Array(a) => {
                    self.build(out, &a, Some(&full));
                    continue;
                }
                Value::Object(o) => {
                    self.build(out, &self.vm.visible_props(&o), Some(&full));
                    continue;
                }
                Value::Null | Value::Undef => continue,
                Value::True => b"1".to_vec(),
                Value::False => b"0".to_vec(),
                v => v.to_string_lossy(self.precision),
            };
            if !out.is_empty() {
                out.extend_from_slice(self.separator);
            }
            out.extend_from_slice(&full);
            out.push(b'=');
            out.extend_from_slice(&encode(&value, self.raw));
        }
    }
}

fn http_build_query(vm: &mut Vm, args: &mut [Value]) -> R {
    let data = match get(args, 0) {
        Value::Object(o) => Rc::new(vm.visible_props(&o)),
        _ => arg_array(vm, args, 0, "http_build_query")?,
    };
    let numeric_prefix = if has(args, 1) {
        arg_str(vm, args, 1, "http_build_query")?
    } else {
        Rc::new(Vec::new())
    };
    let separator = if has(args, 2) && !args[2].is_null() {
        arg_str(vm, args, 2, "http_build_query")?
    } else {
        Rc::new(
            vm.ini_get("arg_separator.output")
                .unwrap_or("&")
                .as_bytes()
                .to_vec(),
        )
    };
    // PHP_QUERY_RFC3986 (2) encodes like rawurlencode.
    let raw = has(args, 3) && arg_long(vm, args, 3, "http_build_query")? == 2;
    let q = Query {
        vm,
        numeric_prefix: &numeric_prefix,
        separator: &separator,
        raw,
        // Floats are printed with `precision` (%.*G), not serialize_precision.
        precision: vm.precision(),
    };
    let mut out = Vec::new();
    q.build(&mut out, &data, None);
    Ok(Value::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_parts_as_php_finds_them() {
        let u = parse_url_parts(b"http://u:p@h:8/p?q#f").expect("parses");
        assert_eq!(u.scheme.as_deref(), Some(&b"http"[..]));
        assert_eq!(u.user.as_deref(), Some(&b"u"[..]));
        assert_eq!(u.pass.as_deref(), Some(&b"p"[..]));
        assert_eq!(u.host.as_deref(), Some(&b"h"[..]));
        assert_eq!(u.port, Some(8));
        assert_eq!(u.path.as_deref(), Some(&b"/p"[..]));
        assert_eq!(u.query.as_deref(), Some(&b"q"[..]));
        assert_eq!(u.fragment.as_deref(), Some(&b"f"[..]));
        // A host and port without a scheme; a port out of range; no host.
        let hp = parse_url_parts(b"localhost:80").expect("parses");
        assert_eq!(
            (hp.host.as_deref(), hp.port),
            (Some(&b"localhost"[..]), Some(80))
        );
        assert_eq!(parse_url_parts(b"a:65536"), None);
        assert_eq!(parse_url_parts(b"http:///x"), None);
        assert_eq!(
            parse_url_parts(b"http://[::1]:80/").and_then(|u| u.host),
            Some(b"[::1]".to_vec())
        );
    }

    #[test]
    fn encodings_as_php() {
        // php -r 'echo urlencode("a b&c=d/é~"), "|", rawurlencode("a b&c=d/é~");'
        assert_eq!(
            encode("a b&c=d/é~".as_bytes(), false),
            b"a+b%26c%3Dd%2F%C3%A9%7E"
        );
        assert_eq!(
            encode("a b&c=d/é~".as_bytes(), true),
            b"a%20b%26c%3Dd%2F%C3%A9~"
        );
        assert_eq!(decode(b"a+b%26c%3d%zz%4", false), b"a b&c=%zz%4");
        assert_eq!(decode(b"a+b%20", true), b"a+b ");
    }

    #[test]
    fn http_build_query_as_php() {
        use super::super::testkit::{assoc, f, i, s, Kit};
        let array = |v: Value| match v {
            Value::Array(a) => (*a).clone(),
            _ => PhpArray::new(),
        };
        let mut b = PhpArray::new();
        b.insert(ArrayKey::Int(0), i(1));
        b.insert(ArrayKey::Int(1), i(2));
        b.insert(
            ArrayKey::Str(Rc::new(b"x".to_vec())),
            assoc(vec![("y", s("z w"))]),
        );
        let mut data = array(assoc(vec![
            ("a", i(1)),
            ("b", Value::Array(Rc::new(b))),
            ("n", Value::Null),
            ("t", Value::True),
            ("f", Value::False),
        ]));
        data.insert(ArrayKey::Int(5), f(1.5));
        let mut k = Kit::new();
        let out = k
            .call(
                "http_build_query",
                vec![Value::Array(Rc::new(data)), s("p_")],
            )
            .unwrap();
        // php -r 'echo http_build_query(["a"=>1,"b"=>[1,2,"x"=>["y"=>"z w"]],"n"=>null,
        //   "t"=>true,"f"=>false,5=>1.5],"p_");'
        let Value::String(out) = out else {
            panic!("not a string");
        };
        assert_eq!(
            out.as_slice(),
            b"a=1&b%5B0%5D=1&b%5B1%5D=2&b%5Bx%5D%5By%5D=z+w&t=1&f=0&p_5=1.5"
        );
    }
}
