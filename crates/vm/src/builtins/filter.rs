//! ext/filter: `filter_var` and `filter_var_array` with the validating filters (int,
//! float, bool, email, url, ip, regexp), the sanitizing ones programs use, and
//! `FILTER_CALLBACK`; `filter_input` sees the CLI's empty request.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::callable::Callback;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_array, arg_long, arg_str, func, get, has, opt_long};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("filter_var", filter_var, &["value", "filter", "options"], 1),
    func(
        "filter_var_array",
        filter_var_array,
        &["array", "options", "add_empty"],
        1,
    ),
    func(
        "filter_input",
        filter_input,
        &["type", "var_name", "filter", "options"],
        2,
    ),
    func(
        "filter_has_var",
        filter_has_var,
        &["input_type", "var_name"],
        2,
    ),
    func("filter_list", filter_list, &[], 0),
    func("filter_id", filter_id, &["name"], 1),
];

/// The extension's constants, values as php 8.2 defines them.
pub const CONSTANTS: &[(&str, i64)] = &[
    ("INPUT_POST", 0),
    ("INPUT_GET", 1),
    ("INPUT_COOKIE", 2),
    ("INPUT_ENV", 4),
    ("INPUT_SERVER", 5),
    ("FILTER_FLAG_NONE", 0),
    ("FILTER_REQUIRE_SCALAR", REQUIRE_SCALAR),
    ("FILTER_REQUIRE_ARRAY", REQUIRE_ARRAY),
    ("FILTER_FORCE_ARRAY", FORCE_ARRAY),
    ("FILTER_NULL_ON_FAILURE", NULL_ON_FAILURE),
    ("FILTER_VALIDATE_INT", INT),
    ("FILTER_VALIDATE_BOOLEAN", BOOL),
    ("FILTER_VALIDATE_BOOL", BOOL),
    ("FILTER_VALIDATE_FLOAT", FLOAT),
    ("FILTER_VALIDATE_REGEXP", REGEXP),
    ("FILTER_VALIDATE_DOMAIN", 277),
    ("FILTER_VALIDATE_URL", URL),
    ("FILTER_VALIDATE_EMAIL", EMAIL),
    ("FILTER_VALIDATE_IP", IP),
    ("FILTER_VALIDATE_MAC", 276),
    ("FILTER_DEFAULT", UNSAFE_RAW),
    ("FILTER_UNSAFE_RAW", UNSAFE_RAW),
    ("FILTER_SANITIZE_STRING", 513),
    ("FILTER_SANITIZE_STRIPPED", 513),
    ("FILTER_SANITIZE_ENCODED", ENCODED),
    ("FILTER_SANITIZE_SPECIAL_CHARS", SPECIAL_CHARS),
    ("FILTER_SANITIZE_FULL_SPECIAL_CHARS", FULL_SPECIAL_CHARS),
    ("FILTER_SANITIZE_EMAIL", SANITIZE_EMAIL),
    ("FILTER_SANITIZE_URL", SANITIZE_URL),
    ("FILTER_SANITIZE_NUMBER_INT", NUMBER_INT),
    ("FILTER_SANITIZE_NUMBER_FLOAT", NUMBER_FLOAT),
    ("FILTER_SANITIZE_ADD_SLASHES", ADD_SLASHES),
    ("FILTER_CALLBACK", CALLBACK),
    ("FILTER_FLAG_ALLOW_OCTAL", ALLOW_OCTAL),
    ("FILTER_FLAG_ALLOW_HEX", ALLOW_HEX),
    ("FILTER_FLAG_STRIP_LOW", 4),
    ("FILTER_FLAG_STRIP_HIGH", 8),
    ("FILTER_FLAG_STRIP_BACKTICK", 512),
    ("FILTER_FLAG_ENCODE_LOW", 16),
    ("FILTER_FLAG_ENCODE_HIGH", 32),
    ("FILTER_FLAG_ENCODE_AMP", 64),
    ("FILTER_FLAG_NO_ENCODE_QUOTES", 128),
    ("FILTER_FLAG_EMPTY_STRING_NULL", 256),
    ("FILTER_FLAG_ALLOW_FRACTION", ALLOW_FRACTION),
    ("FILTER_FLAG_ALLOW_THOUSAND", ALLOW_THOUSAND),
    ("FILTER_FLAG_ALLOW_SCIENTIFIC", ALLOW_SCIENTIFIC),
    ("FILTER_FLAG_PATH_REQUIRED", PATH_REQUIRED),
    ("FILTER_FLAG_QUERY_REQUIRED", QUERY_REQUIRED),
    ("FILTER_FLAG_IPV4", IPV4),
    ("FILTER_FLAG_IPV6", IPV6),
    ("FILTER_FLAG_NO_RES_RANGE", NO_RES_RANGE),
    ("FILTER_FLAG_NO_PRIV_RANGE", NO_PRIV_RANGE),
    ("FILTER_FLAG_GLOBAL_RANGE", 268435456),
    ("FILTER_FLAG_HOSTNAME", 1048576),
    ("FILTER_FLAG_EMAIL_UNICODE", 1048576),
];

const INT: i64 = 257;
const BOOL: i64 = 258;
const FLOAT: i64 = 259;
const REGEXP: i64 = 272;
const URL: i64 = 273;
const EMAIL: i64 = 274;
const IP: i64 = 275;
const ENCODED: i64 = 514;
const SPECIAL_CHARS: i64 = 515;
const UNSAFE_RAW: i64 = 516;
const SANITIZE_EMAIL: i64 = 517;
const SANITIZE_URL: i64 = 518;
const NUMBER_INT: i64 = 519;
const NUMBER_FLOAT: i64 = 520;
const FULL_SPECIAL_CHARS: i64 = 522;
const ADD_SLASHES: i64 = 523;
const CALLBACK: i64 = 1024;

const ALLOW_OCTAL: i64 = 1;
const ALLOW_HEX: i64 = 2;
const ALLOW_FRACTION: i64 = 4096;
const ALLOW_THOUSAND: i64 = 8192;
const ALLOW_SCIENTIFIC: i64 = 16384;
const PATH_REQUIRED: i64 = 262144;
const QUERY_REQUIRED: i64 = 524288;
const IPV4: i64 = 1048576;
const IPV6: i64 = 2097152;
const NO_RES_RANGE: i64 = 4194304;
const NO_PRIV_RANGE: i64 = 8388608;
const REQUIRE_ARRAY: i64 = 16777216;
const REQUIRE_SCALAR: i64 = 33554432;
const FORCE_ARRAY: i64 = 67108864;
const NULL_ON_FAILURE: i64 = 134217728;

/// `filter_list()`'s names with their ids.
const NAMES: &[(&str, i64)] = &[
    ("int", INT),
    ("boolean", BOOL),
    ("float", FLOAT),
    ("validate_regexp", REGEXP),
    ("validate_domain", 277),
    ("validate_url", URL),
    ("validate_email", EMAIL),
    ("validate_ip", IP),
    ("validate_mac", 276),
    ("string", 513),
    ("stripped", 513),
    ("encoded", ENCODED),
    ("special_chars", SPECIAL_CHARS),
    ("full_special_chars", FULL_SPECIAL_CHARS),
    ("unsafe_raw", UNSAFE_RAW),
    ("email", SANITIZE_EMAIL),
    ("url", SANITIZE_URL),
    ("number_int", NUMBER_INT),
    ("number_float", NUMBER_FLOAT),
    ("add_slashes", ADD_SLASHES),
    ("callback", CALLBACK),
];

/// One filter with its flags and options (`filter_var`'s third argument, or an entry
/// of `filter_var_array`'s definition).
struct Spec {
    filter: i64,
    flags: i64,
    options: Option<Rc<PhpArray>>,
    /// FILTER_CALLBACK's `options` (a callable, not an array).
    callback: Option<Value>,
}

impl Spec {
    fn read(filter: i64, extra: &Value) -> Spec {
        let mut spec = Spec {
            filter,
            flags: 0,
            options: None,
            callback: None,
        };
        match extra {
            Value::Array(a) => {
                let get = |k: &str| a.get(&ArrayKey::from_bytes(k.as_bytes())).map(Value::deref);
                if let Some(f) = get("flags") {
                    spec.flags = f.to_long();
                }
                match get("options") {
                    Some(_) if filter == CALLBACK => spec.callback = get("options"),
                    Some(Value::Array(o)) => spec.options = Some(o),
                    _ => {}
                }
            }
            Value::Undef | Value::Null => {}
            v => spec.flags = v.to_long(),
        }
        spec
    }

    fn option(&self, name: &str) -> Option<Value> {
        self.options
            .as_ref()?
            .get(&ArrayKey::from_bytes(name.as_bytes()))
            .map(Value::deref)
    }

    /// What a value that does not pass gives.
    fn failure(&self) -> Value {
        if let Some(d) = self.option("default") {
            return d;
        }
        if self.flags & NULL_ON_FAILURE != 0 {
            Value::Null
        } else {
            Value::False
        }
    }
}

fn trim(s: &[u8]) -> &[u8] {
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0b');
    let start = s.iter().position(|c| !ws(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !ws(c)).map_or(start, |p| p + 1);
    &s[start..end]
}

fn validate_int(s: &[u8], spec: &Spec) -> Option<Value> {
    let s = trim(s);
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, body) = if spec.flags & ALLOW_HEX != 0
        && digits.len() > 2
        && digits[..2].eq_ignore_ascii_case(b"0x")
    {
        (16, &digits[2..])
    } else if spec.flags & ALLOW_OCTAL != 0 && digits.len() > 1 && digits[0] == b'0' {
        (8, &digits[1..])
    } else {
        // Leading zeros are refused: "0" alone is the only number starting with one.
        if digits.is_empty() || (digits[0] == b'0' && digits.len() > 1) {
            return None;
        }
        (10, digits)
    };
    let text = std::str::from_utf8(body).ok()?;
    if text.is_empty() || !text.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = i128::from_str_radix(text, radix).ok()?;
    let n = i64::try_from(if neg { -magnitude } else { magnitude }).ok()?;
    let bound = |name: &str| spec.option(name).map(|v| v.to_long());
    if bound("min_range").is_some_and(|m| n < m) || bound("max_range").is_some_and(|m| n > m) {
        return None;
    }
    Some(Value::Long(n))
}

fn validate_float(s: &[u8], spec: &Spec) -> Option<Value> {
    let s = trim(s);
    let dec = match spec.option("decimal") {
        Some(Value::String(d)) if d.len() == 1 => d[0],
        _ => b'.',
    };
    let thousand: Vec<u8> = match spec.option("thousand") {
        Some(Value::String(t)) => t.to_vec(),
        _ => b",'.".to_vec(),
    };
    let mut text = String::new();
    let mut seen_digit = false;
    let mut seen_dot = false;
    let mut seen_exp = false;
    for (i, &c) in s.iter().enumerate() {
        match c {
            b'0'..=b'9' => {
                seen_digit = true;
                text.push(char::from(c));
            }
            b'+' | b'-' if i == 0 || matches!(s[i - 1], b'e' | b'E') => text.push(char::from(c)),
            _ if c == dec && !seen_dot && !seen_exp => {
                seen_dot = true;
                text.push('.');
            }
            b'e' | b'E' if seen_digit && !seen_exp => {
                seen_exp = true;
                text.push('e');
            }
            _ if spec.flags & ALLOW_THOUSAND != 0
                && thousand.contains(&c)
                && !seen_dot
                && !seen_exp
                && seen_digit
                && s.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
            _ => return None,
        }
    }
    if !seen_digit || text.ends_with(['e', '+', '-']) {
        return None;
    }
    let f: f64 = text.parse().ok()?;
    if !f.is_finite() {
        return None;
    }
    let bound = |name: &str| spec.option(name).map(|v| v.to_double());
    if bound("min_range").is_some_and(|m| f < m) || bound("max_range").is_some_and(|m| f > m) {
        return None;
    }
    Some(Value::Double(f))
}

/// Some(true/false) for the words PHP knows, None otherwise.
fn validate_bool(s: &[u8]) -> Option<bool> {
    let t = trim(s).to_ascii_lowercase();
    match t.as_slice() {
        b"1" | b"true" | b"on" | b"yes" => Some(true),
        b"0" | b"false" | b"off" | b"no" | b"" => Some(false),
        _ => None,
    }
}

/// A host name: dot-separated labels of letters, digits and inner hyphens.
fn valid_host(host: &[u8], need_dot: bool) -> bool {
    let host = host.strip_suffix(b".").unwrap_or(host);
    let labels: Vec<&[u8]> = host.split(|&c| c == b'.').collect();
    (!need_dot || labels.len() > 1)
        && host.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.first() != Some(&b'-')
                && l.last() != Some(&b'-')
                && l.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        })
}

fn validate_email(s: &[u8]) -> bool {
    let Some(at) = s.iter().rposition(|&c| c == b'@') else {
        return false;
    };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    const ATOM: &[u8] = b"!#$%&'*+-/=?^_`{|}~";
    let quoted = local.len() >= 2
        && local[0] == b'"'
        && local[local.len() - 1] == b'"'
        && local[1..local.len() - 1]
            .iter()
            .all(|&c| (32..127).contains(&c) && c != b'"' && c != b'\\');
    let dot_atom = !local.is_empty()
        && local.split(|&c| c == b'.').all(|p| {
            !p.is_empty()
                && p.iter()
                    .all(|c| c.is_ascii_alphanumeric() || ATOM.contains(c))
        });
    local.len() <= 64 && (quoted || dot_atom) && valid_host(domain, true)
}

fn validate_url(s: &[u8], flags: i64) -> bool {
    if s.iter().any(|&c| c <= b' ' || c >= 0x7f) {
        return false;
    }
    let Some(colon) = s.iter().position(|&c| c == b':') else {
        return false;
    };
    let scheme = &s[..colon];
    let scheme_ok = scheme.first().is_some_and(u8::is_ascii_alphabetic)
        && scheme
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'));
    if !scheme_ok {
        return false;
    }
    let rest = &s[colon + 1..];
    let (authority, tail) = match rest.strip_prefix(b"//") {
        Some(r) => {
            let end = r
                .iter()
                .position(|&c| matches!(c, b'/' | b'?' | b'#'))
                .unwrap_or(r.len());
            (Some(&r[..end]), &r[end..])
        }
        None => (None, rest),
    };
    let web = scheme.eq_ignore_ascii_case(b"http") || scheme.eq_ignore_ascii_case(b"https");
    match authority {
        Some(a) => {
            let host_port = a.rsplit(|&c| c == b'@').next().unwrap_or(a);
            let host = match host_port.iter().rposition(|&c| c == b':') {
                Some(p) if !host_port.starts_with(b"[") || host_port[..p].ends_with(b"]") => {
                    let port = &host_port[p + 1..];
                    if !port.iter().all(u8::is_ascii_digit) {
                        return false;
                    }
                    &host_port[..p]
                }
                _ => host_port,
            };
            let ok = if host.starts_with(b"[") {
                host.len() > 2
            } else {
                !host.is_empty() && valid_host(host, false)
            };
            if !ok && (web || !host.is_empty()) {
                return false;
            }
        }
        None if web => return false,
        None if rest.is_empty() => return false,
        None => {}
    }
    let path = tail
        .split(|&c| c == b'?' || c == b'#')
        .next()
        .unwrap_or(b"");
    if flags & PATH_REQUIRED != 0 && path.is_empty() {
        return false;
    }
    flags & QUERY_REQUIRED == 0 || tail.contains(&b'?')
}

fn validate_ip(s: &[u8], flags: i64) -> bool {
    let Ok(text) = std::str::from_utf8(s) else {
        return false;
    };
    let want4 = flags & IPV4 != 0 || flags & IPV6 == 0;
    let want6 = flags & IPV6 != 0 || flags & IPV4 == 0;
    if text.contains(':') {
        return want6 && text.parse::<std::net::Ipv6Addr>().is_ok();
    }
    let parts: Vec<&str> = text.split('.').collect();
    let octets: Option<Vec<u8>> = parts
        .iter()
        .map(|p| {
            let leading_zero = p.len() > 1 && p.starts_with('0');
            (!p.is_empty()
                && p.len() <= 3
                && !leading_zero
                && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
        })
        .collect();
    let Some(o) = octets.filter(|o| o.len() == 4) else {
        return false;
    };
    let private =
        o[0] == 10 || (o[0] == 172 && (16..32).contains(&o[1])) || (o[0] == 192 && o[1] == 168);
    let reserved = o[0] == 0 || o[0] == 127 || o[0] >= 240 || (o[0] == 169 && o[1] == 254);
    want4 && !(flags & NO_PRIV_RANGE != 0 && private) && !(flags & NO_RES_RANGE != 0 && reserved)
}

/// `&#NN;` for the characters FILTER_SANITIZE_SPECIAL_CHARS encodes.
fn special_chars(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        if matches!(c, b'"' | b'\'' | b'<' | b'>' | b'&') || c < 32 {
            out.extend_from_slice(format!("&#{c};").as_bytes());
        } else {
            out.push(c);
        }
    }
    out
}

fn full_special_chars(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        match c {
            b'&' => out.extend_from_slice(b"&amp;"),
            b'"' => out.extend_from_slice(b"&quot;"),
            b'\'' => out.extend_from_slice(b"&#039;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            _ => out.push(c),
        }
    }
    out
}

fn keep(s: &[u8], allowed: impl Fn(u8) -> bool) -> Vec<u8> {
    s.iter().copied().filter(|&c| allowed(c)).collect()
}

/// A scalar through one filter: `None` when it fails.
fn apply(vm: &mut Vm, v: &Value, spec: &Spec) -> Result<Option<Value>, Unwind> {
    // Objects without __toString and arrays fail every filter.
    let s = match v {
        Value::Array(_) => return Ok(None),
        Value::Object(o) if o.class.magic.to_string.is_none() => return Ok(None),
        Value::Null | Value::Undef if spec.filter != CALLBACK => match spec.filter {
            INT | FLOAT | BOOL => return Ok(None),
            _ => Rc::new(Vec::new()),
        },
        v => v.to_php_string(vm)?,
    };
    // Validating an int or a float keeps one that is already the type.
    match (spec.filter, v) {
        (INT, Value::Long(_)) => return Ok(validate_int(&s, spec)),
        (FLOAT, Value::Double(d)) => return Ok(Some(Value::Double(*d))),
        _ => {}
    }
    Ok(match spec.filter {
        INT => validate_int(&s, spec),
        FLOAT => validate_float(&s, spec),
        BOOL => validate_bool(&s).map(Value::from),
        EMAIL => validate_email(&s).then(|| Value::String(s.clone())),
        URL => validate_url(&s, spec.flags).then(|| Value::String(s.clone())),
        IP => validate_ip(&s, spec.flags).then(|| Value::String(s.clone())),
        REGEXP => {
            let Some(re) = spec.option("regexp") else {
                vm.warning("filter_var(): \"regexp\" option missing");
                return Ok(None);
            };
            let preg = super::table().get(b"preg_match".as_slice()).copied();
            let hit = match preg {
                Some(p) => (p.handler)(vm, &mut [re, Value::String(s.clone())])?.to_long() > 0,
                None => false,
            };
            hit.then(|| Value::String(s.clone()))
        }
        CALLBACK => {
            let Some(cb) = spec.callback.clone() else {
                vm.warning("filter_var(): First argument is expected to be a valid callback");
                return Ok(None);
            };
            let callee = match vm.resolve_callee(&cb)? {
                Ok(callee) => callee,
                Err(_) => {
                    vm.warning("filter_var(): First argument is expected to be a valid callback");
                    return Ok(None);
                }
            };
            let cb = Callback { value: cb, callee };
            Some(vm.call_callback(&cb, [Value::String(s.clone())])?)
        }
        SPECIAL_CHARS => Some(Value::from(special_chars(&s))),
        FULL_SPECIAL_CHARS => Some(Value::from(full_special_chars(&s))),
        NUMBER_INT => Some(Value::from(keep(&s, |c| {
            c.is_ascii_digit() || c == b'+' || c == b'-'
        }))),
        NUMBER_FLOAT => {
            let f = spec.flags;
            Some(Value::from(keep(&s, |c| {
                c.is_ascii_digit()
                    || c == b'+'
                    || c == b'-'
                    || (f & ALLOW_FRACTION != 0 && c == b'.')
                    || (f & ALLOW_THOUSAND != 0 && c == b',')
                    || (f & ALLOW_SCIENTIFIC != 0 && (c == b'e' || c == b'E'))
            })))
        }
        SANITIZE_EMAIL => Some(Value::from(keep(&s, |c| {
            c.is_ascii_alphanumeric() || b"!#$%&'*+-=?^_`{|}~@.[]".contains(&c)
        }))),
        SANITIZE_URL => Some(Value::from(keep(&s, |c| {
            c.is_ascii_alphanumeric() || b"$-_.+!*'(),{}|\\^~[]`<>#%\";/?:@&=".contains(&c)
        }))),
        ENCODED => {
            let mut out = Vec::with_capacity(s.len());
            for &c in s.iter() {
                if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_') {
                    out.push(c);
                } else {
                    out.extend_from_slice(format!("%{c:02X}").as_bytes());
                }
            }
            Some(Value::from(out))
        }
        ADD_SLASHES => Some(Value::from(super::string::add_slashes(&s))),
        _ => Some(Value::String(s)),
    })
}

/// A value through a spec, arrays element by element where the flags ask for it.
fn run(vm: &mut Vm, v: &Value, spec: &Spec) -> R {
    let v = v.deref();
    if let Value::Array(a) = &v {
        if spec.flags & (REQUIRE_ARRAY | FORCE_ARRAY) != 0 {
            return each(vm, a, spec);
        }
        return Ok(spec.failure());
    }
    if spec.flags & REQUIRE_ARRAY != 0 {
        return Ok(spec.failure());
    }
    let r = scalar(vm, &v, spec)?;
    if spec.flags & FORCE_ARRAY != 0 {
        return Ok(Value::from(PhpArray::from_list(vec![r])));
    }
    Ok(r)
}

/// The elements of an array through a spec, nested arrays too.
fn each(vm: &mut Vm, a: &PhpArray, spec: &Spec) -> R {
    let mut out = PhpArray::new();
    for (k, e) in a.iter() {
        let r = match e.deref() {
            Value::Array(inner) => each(vm, &inner, spec)?,
            e => scalar(vm, &e, spec)?,
        };
        out.insert(k, r);
    }
    Ok(Value::from(out))
}

fn scalar(vm: &mut Vm, v: &Value, spec: &Spec) -> R {
    Ok(match apply(vm, v, spec)? {
        Some(r) => r,
        None => spec.failure(),
    })
}

fn filter_var(vm: &mut Vm, args: &mut [Value]) -> R {
    let filter = opt_long(vm, args, 1, "filter_var", UNSAFE_RAW)?;
    if !NAMES.iter().any(|(_, id)| *id == filter) {
        vm.warning(&format!("filter_var(): Unknown filter with ID {filter}"));
        return Ok(Value::False);
    }
    let spec = Spec::read(filter, &get(args, 2));
    run(vm, &get(args, 0), &spec)
}

fn filter_var_array(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "filter_var_array";
    let data = arg_array(vm, args, 0, F)?;
    let add_empty = !has(args, 2) || get(args, 2).to_bool();
    let def = get(args, 1);
    let mut out = PhpArray::new();
    match def {
        Value::Array(def) => {
            for (k, d) in def.iter() {
                let d = d.deref();
                let spec = match &d {
                    Value::Array(a) => {
                        let filter = a
                            .get(&ArrayKey::from_bytes(b"filter"))
                            .map_or(UNSAFE_RAW, |f| f.to_long());
                        Spec::read(filter, &d)
                    }
                    v => Spec::read(v.to_long(), &Value::Null),
                };
                match data.get(&k) {
                    Some(v) => {
                        let r = run(vm, v, &spec)?;
                        out.insert(k, r);
                    }
                    None if add_empty => out.insert(k, Value::Null),
                    None => {}
                }
            }
        }
        v => {
            let filter = if v.is_null() || matches!(v, Value::Undef) {
                UNSAFE_RAW
            } else {
                arg_long(vm, args, 1, F)?
            };
            let spec = Spec::read(filter, &Value::Null);
            for (k, e) in data.iter() {
                let r = run(vm, e, &spec)?;
                out.insert(k, r);
            }
        }
    }
    Ok(Value::from(out))
}

/// The CLI has no request input: every variable is missing.
fn filter_input(vm: &mut Vm, args: &mut [Value]) -> R {
    let filter = opt_long(vm, args, 2, "filter_input", UNSAFE_RAW)?;
    let spec = Spec::read(filter, &get(args, 3));
    Ok(if spec.flags & NULL_ON_FAILURE != 0 {
        Value::False
    } else {
        spec.option("default").unwrap_or(Value::Null)
    })
}

fn filter_has_var(vm: &mut Vm, args: &mut [Value]) -> R {
    arg_long(vm, args, 0, "filter_has_var")?;
    arg_str(vm, args, 1, "filter_has_var")?;
    Ok(Value::False)
}

fn filter_list(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::from(PhpArray::from_list(
        NAMES.iter().map(|(n, _)| Value::from(*n)).collect(),
    )))
}

fn filter_id(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "filter_id")?;
    Ok(NAMES
        .iter()
        .find(|(n, _)| n.as_bytes() == name.as_slice())
        .map_or(Value::False, |(_, id)| Value::Long(*id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(filter: i64, flags: i64) -> Spec {
        Spec {
            filter,
            flags,
            options: None,
            callback: None,
        }
    }

    // Expectations from php 8.2's filter_var.
    #[test]
    fn validates_like_php() {
        let int = |s: &str, f: i64| validate_int(s.as_bytes(), &spec(INT, f)).map(|v| v.to_long());
        assert_eq!(int(" 42 ", 0), Some(42));
        assert_eq!(int("042", 0), None);
        assert_eq!(int("-0", 0), Some(0));
        assert_eq!(int("9223372036854775808", 0), None);
        assert_eq!(int("0x1A", ALLOW_HEX), Some(26));
        assert_eq!(int("017", ALLOW_OCTAL), Some(15));
        let float =
            |s: &str, f: i64| validate_float(s.as_bytes(), &spec(FLOAT, f)).map(|v| v.to_double());
        assert_eq!(float("1e3", 0), Some(1000.0));
        assert_eq!(float(".5", 0), Some(0.5));
        assert_eq!(float("1,000.5", 0), None);
        assert_eq!(float("1,000.5", ALLOW_THOUSAND), Some(1000.5));
        assert_eq!(validate_bool(b" true "), Some(true));
        assert_eq!(validate_bool(b"maybe"), None);
        assert!(validate_email(b"first.last+tag@sub.example.org"));
        assert!(validate_email(b"\"q\"@x.com"));
        assert!(!validate_email(b"a..b@x.com"));
        assert!(!validate_email(b"user@localhost"));
        assert!(validate_url(b"ftp://x.y/z?q#f", 0));
        assert!(validate_url(b"mailto:a@b.c", 0));
        assert!(!validate_url(b"http://", 0));
        assert!(!validate_url(b"example.com", 0));
        assert!(validate_ip(b"2001:db8::ff00:42:8329", 0));
        assert!(!validate_ip(b"01.2.3.4", 0));
        assert!(!validate_ip(b"10.0.0.1", NO_PRIV_RANGE));
    }
}
