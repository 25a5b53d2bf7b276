//! URL encoding: `urlencode`/`urldecode` (form encoding, space as `+`),
//! `rawurlencode`/`rawurldecode` (RFC 3986), `http_build_query`.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_array, arg_long, arg_str, func, has, set_ref};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("urlencode", urlencode, &["string"], 1),
    func("rawurlencode", rawurlencode, &["string"], 1),
    func("urldecode", urldecode, &["string"], 1),
    func("rawurldecode", rawurldecode, &["string"], 1),
    func("parse_str", parse_str, &["string", "result"], 2).with_by_ref(&[1]),
    func(
        "http_build_query",
        http_build_query,
        &["data", "numeric_prefix", "arg_separator", "encoding_type"],
        1,
    ),
];

/// `parse_str($query, $result)`: the query string's variables into `$result`, by the
/// rules `$_GET` is built with.
fn parse_str(vm: &mut Vm, args: &mut [Value]) -> R {
    let query = arg_str(vm, args, 0, "parse_str")?;
    let mut out = PhpArray::new();
    crate::sapi::query::parse_into(
        &mut out,
        &query,
        crate::sapi::query::Source::Query,
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
                Value::Null | Value::Undef | Value::Object(_) => continue,
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
    let data = arg_array(vm, args, 0, "http_build_query")?;
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
        numeric_prefix: &numeric_prefix,
        separator: &separator,
        raw,
        precision: vm.serialize_precision(),
    };
    let mut out = Vec::new();
    q.build(&mut out, &data, None);
    Ok(Value::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

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
