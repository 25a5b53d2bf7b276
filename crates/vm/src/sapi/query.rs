//! Query strings and form bodies into PHP arrays, by PHP's rules
//! (`php_default_treat_data` and `php_register_variable_ex` in `main/php_variables.c`):
//! `a[]=1&a[b]=2` builds nested arrays, dots and spaces in the base name become `_`,
//! an unclosed `[` becomes `_`, `max_input_vars` caps the count.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};

/// Which input is parsed: cookies differ (`;` separator, raw decoding of values only,
/// the first of duplicate names wins).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Source {
    Query,
    Cookie,
}

/// `%XX` decoding; `+` is a space unless `raw` (`urldecode` / `rawurldecode`).
pub fn url_decode(s: &[u8], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'+' if !raw => out.push(b' '),
            b'%' if i + 2 < s.len() => match (hex(s[i + 1]), hex(s[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
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

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Parse `input` (a query string, a urlencoded body, a Cookie header) into `into`.
/// `max_vars` is `max_input_vars`; returns true when that limit cut the input.
pub fn parse_into(into: &mut PhpArray, input: &[u8], source: Source, max_vars: usize) -> bool {
    let sep: &[u8] = match source {
        Source::Query => b"&",
        Source::Cookie => b";",
    };
    parse_separated(into, input, source, sep, max_vars)
}

/// [`parse_into`] splitting at any byte of `sep` (`arg_separator.input`).
pub fn parse_separated(
    into: &mut PhpArray,
    input: &[u8],
    source: Source,
    sep: &[u8],
    max_vars: usize,
) -> bool {
    let mut count = 0usize;
    for pair in input.split(|b| sep.contains(b)) {
        let pair = match source {
            Source::Cookie => pair.trim_ascii_start(),
            Source::Query => pair,
        };
        if pair.is_empty() {
            continue;
        }
        let (name, value) = match pair.iter().position(|&b| b == b'=') {
            Some(i) => (&pair[..i], Some(&pair[i + 1..])),
            None => (pair, None),
        };
        if source == Source::Cookie && name.is_empty() {
            continue;
        }
        count += 1;
        if count > max_vars {
            return true;
        }
        let value = match (value, source) {
            (None, _) => Vec::new(),
            (Some(v), Source::Cookie) => url_decode(v, true),
            (Some(v), Source::Query) => url_decode(v, false),
        };
        let name = match source {
            Source::Cookie => name.to_vec(),
            Source::Query => url_decode(name, false),
        };
        register(into, &name, Value::from(value), source == Source::Cookie);
    }
    false
}

/// The deepest `[…]` nesting PHP accepts (`max_input_nesting_level`); deeper names are dropped.
const MAX_NESTING: usize = 64;

/// `php_register_variable_ex`: store `value` under a name like `a[b][]`.
/// `keep_first`: an existing plain entry is not overwritten (cookies).
pub fn register(into: &mut PhpArray, name: &[u8], value: Value, keep_first: bool) {
    // The name stops at a NUL byte (C string); leading spaces are skipped.
    let name = name.split(|&b| b == 0).next().unwrap_or_default();
    let name = &name[name.iter().take_while(|&&b| b == b' ').count()..];
    let bracket = name.iter().position(|&b| b == b'[');
    let base_end = bracket.unwrap_or(name.len());
    let mut base: Vec<u8> = name[..base_end]
        .iter()
        .map(|&b| if b == b' ' || b == b'.' { b'_' } else { b })
        .collect();
    if base.is_empty() {
        return;
    }
    // The bracketed keys: `None` for `[]`.
    let mut keys: Vec<Option<Vec<u8>>> = Vec::new();
    if let Some(start) = bracket {
        let mut rest = &name[start..];
        loop {
            // `rest` starts at a '['.
            let inner = &rest[1..];
            match inner.iter().position(|&b| b == b']') {
                None => {
                    // An unclosed '[': at the first level it becomes '_' and the rest
                    // is part of the name; deeper, the rest is ignored.
                    if keys.is_empty() {
                        base.push(b'_');
                        base.extend_from_slice(inner);
                    }
                    break;
                }
                Some(close) => {
                    if keys.len() + 1 > MAX_NESTING {
                        return;
                    }
                    let key = &inner[..close];
                    keys.push(if close == 0 { None } else { Some(key.to_vec()) });
                    rest = &inner[close + 1..];
                    if rest.first() != Some(&b'[') {
                        break;
                    }
                }
            }
        }
    }
    insert_path(into, Some(base), &keys, value, keep_first);
}

fn insert_path(
    into: &mut PhpArray,
    key: Option<Vec<u8>>,
    rest: &[Option<Vec<u8>>],
    value: Value,
    keep_first: bool,
) {
    let Some((next, deeper)) = rest.split_first() else {
        match key {
            None => {
                let _ = into.push(value);
            }
            Some(k) => {
                let k = ArrayKey::from_bytes(&k);
                if !(keep_first && into.get(&k).is_some()) {
                    into.insert(k, value);
                }
            }
        }
        return;
    };
    let mut child = match &key {
        Some(k) => match into.get(&ArrayKey::from_bytes(k)) {
            Some(Value::Array(a)) => (**a).clone(),
            _ => PhpArray::new(),
        },
        None => PhpArray::new(),
    };
    insert_path(&mut child, next.clone(), deeper, value, keep_first);
    let child = Value::Array(Rc::new(child));
    match key {
        None => {
            let _ = into.push(child);
        }
        Some(k) => into.insert(ArrayKey::from_bytes(&k), child),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dump(a: &PhpArray) -> String {
        let mut s = String::from("[");
        for (k, v) in a.iter() {
            match k {
                ArrayKey::Int(i) => s.push_str(&i.to_string()),
                ArrayKey::Str(b) => s.push_str(&String::from_utf8_lossy(&b)),
            }
            s.push('=');
            match v {
                Value::Array(inner) => s.push_str(&dump(inner)),
                v => s.push_str(&String::from_utf8_lossy(&v.to_string_lossy(14))),
            }
            s.push(',');
        }
        s.push(']');
        s
    }

    fn parse(input: &str, source: Source, max_vars: usize) -> (String, bool) {
        let mut vars = PhpArray::new();
        let cut = parse_into(&mut vars, input.as_bytes(), source, max_vars);
        (dump(&vars), cut)
    }

    fn q(input: &str) -> String {
        parse(input, Source::Query, 1000).0
    }

    /// Expectations from php 8.2's parse_str() (json_encode'd, here in `dump`'s notation).
    #[test]
    fn query_strings_as_php() {
        assert_eq!(q("a[]=1&a[b]=2"), "[a=[0=1,b=2,],]");
        assert_eq!(q("a.b=1&a b=2&a[b.c]=3"), "[a_b=2,a=[b.c=3,],]");
        assert_eq!(q("a[b=1"), "[a_b=1,]");
        assert_eq!(q("a[x][y=1"), "[a=[x=1,],]");
        assert_eq!(q("a[b]c=1"), "[a=[b=1,],]");
        assert_eq!(q("=1&&x"), "[x=,]");
        assert_eq!(q("+a=1"), "[a=1,]");
        assert_eq!(q("a%00b=1"), "[a=1,]");
        assert_eq!(q("a[=1"), "[a_=1,]");
        assert_eq!(q("a]=1"), "[a]=1,]");
        assert_eq!(q("x[]=1&x[]=2&x=3"), "[x=3,]");
        assert_eq!(q("x=1&x[]=2"), "[x=[0=2,],]");
        assert_eq!(q("a[][]=1&a[][]=2"), "[a=[0=[0=1,],1=[0=2,],],]");
        assert_eq!(q("0=a&1[]=b"), "[0=a,1=[0=b,],]");
        assert_eq!(q("a%5Bb%5D=1"), "[a=[b=1,],]");
        assert_eq!(q("%20a.b[c.d][ e]=1"), "[a_b=[c.d=[ e=1,],],]");
        assert_eq!(q("a[b][=1"), "[a=[b=1,],]");
    }

    #[test]
    fn limits_and_cookies() {
        assert_eq!(
            parse("a=1&b=2&c=3", Source::Query, 2),
            ("[a=1,b=2,]".into(), true)
        );
        assert!(!parse("a=1&b=2", Source::Query, 2).1);
        // Cookies: `;` separated, names kept as sent, values raw-decoded, first wins.
        assert_eq!(
            parse("x=1; y=a+b%20; x=3;; z", Source::Cookie, 1000).0,
            "[x=1,y=a+b ,z=,]"
        );
        assert_eq!(
            parse("a.b=1; c[d]=2", Source::Cookie, 1000).0,
            "[a_b=1,c=[d=2,],]"
        );
    }

    #[test]
    fn decoding() {
        assert_eq!(url_decode(b"a+b%20c%zz%4", false), b"a b c%zz%4");
        assert_eq!(url_decode(b"a+b%2B", true), b"a+b+");
        assert_eq!(url_decode(b"%", false), b"%");
        assert_eq!(url_decode(b"%4", false), b"%4");
    }
}
