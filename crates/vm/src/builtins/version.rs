//! `version_compare()`, as ext/standard/versioning.c: versions are canonicalized
//! (`-`, `_`, `+` and digit/letter boundaries become dots), then compared part by
//! part, numbers numerically and words by PHP's order of special forms.

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_nullable_str, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[func(
    "version_compare",
    version_compare,
    &["version1", "version2", "operator"],
    2,
)];

/// Special forms by prefix, in increasing order; a number ranks as `#`, anything
/// else below them all.
const FORMS: &[(&[u8], i32)] = &[
    (b"dev", 0),
    (b"alpha", 1),
    (b"a", 1),
    (b"beta", 2),
    (b"b", 2),
    (b"RC", 3),
    (b"rc", 3),
    (b"#", 4),
    (b"pl", 5),
    (b"p", 5),
];

fn form_rank(s: &[u8]) -> i32 {
    FORMS
        .iter()
        .find(|(name, _)| s.starts_with(name))
        .map_or(-6, |&(_, r)| r)
}

fn canonicalize(v: &[u8]) -> Vec<u8> {
    let is_ndig = |c: u8| !c.is_ascii_digit() && c != b'.';
    let mut out = vec![v[0]];
    let mut last = v[0];
    for &c in &v[1..] {
        let prev = out.last().copied().unwrap_or(0);
        if matches!(c, b'-' | b'_' | b'+') {
            if prev != b'.' {
                out.push(b'.');
            }
        } else if (is_ndig(last) && c.is_ascii_digit()) || (last.is_ascii_digit() && is_ndig(c)) {
            if prev != b'.' {
                out.push(b'.');
            }
            out.push(c);
        } else if !c.is_ascii_alphanumeric() {
            if prev != b'.' {
                out.push(b'.');
            }
        } else {
            out.push(c);
        }
        last = c;
    }
    out
}

fn leading_number(s: &[u8]) -> i64 {
    let digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
    std::str::from_utf8(&s[..digits])
        .ok()
        .and_then(|d| d.parse().ok())
        .unwrap_or(i64::MAX)
}

/// -1, 0 or 1.
pub fn compare(v1: &[u8], v2: &[u8]) -> i64 {
    if v1.is_empty() || v2.is_empty() {
        return i64::from(!v1.is_empty()) - i64::from(!v2.is_empty());
    }
    let c1 = if v1[0] == b'#' {
        v1.to_vec()
    } else {
        canonicalize(v1)
    };
    let c2 = if v2[0] == b'#' {
        v2.to_vec()
    } else {
        canonicalize(v2)
    };
    // Cursors into both strings, and whether the last part read had a dot after it.
    let (mut p1, mut p2) = (0, 0);
    let (mut n1, mut n2) = (Some(0), Some(0));
    let mut result = 0;
    while p1 < c1.len() && p2 < c2.len() && n1.is_some() && n2.is_some() {
        n1 = c1[p1..].iter().position(|&c| c == b'.').map(|k| p1 + k);
        n2 = c2[p2..].iter().position(|&c| c == b'.').map(|k| p2 + k);
        let a = &c1[p1..n1.unwrap_or(c1.len())];
        let b = &c2[p2..n2.unwrap_or(c2.len())];
        let digit = |s: &[u8]| s.first().is_some_and(u8::is_ascii_digit);
        result = match (digit(a), digit(b)) {
            (true, true) => (leading_number(a) - leading_number(b)).signum(),
            (false, false) => i64::from((form_rank(a) - form_rank(b)).signum()),
            (true, false) => i64::from((form_rank(b"#N#") - form_rank(b)).signum()),
            (false, true) => i64::from((form_rank(a) - form_rank(b"#N#")).signum()),
        };
        if result != 0 {
            return result;
        }
        if let Some(n) = n1 {
            p1 = n + 1;
        }
        if let Some(n) = n2 {
            p2 = n + 1;
        }
    }
    // One version has parts left: a number makes it newer, a word is ranked against `#`.
    if n1.is_some() {
        let rest = &c1[p1.min(c1.len())..];
        return if rest.first().is_some_and(u8::is_ascii_digit) {
            1
        } else {
            compare(rest, b"#N#")
        };
    }
    if n2.is_some() {
        let rest = &c2[p2.min(c2.len())..];
        return if rest.first().is_some_and(u8::is_ascii_digit) {
            -1
        } else {
            compare(b"#N#", rest)
        };
    }
    result
}

fn version_compare(vm: &mut Vm, args: &mut [Value]) -> R {
    let v1 = arg_str(vm, args, 0, "version_compare")?;
    let v2 = arg_str(vm, args, 1, "version_compare")?;
    let c = compare(&v1, &v2);
    let Some(op) = opt_nullable_str(vm, args, 2, "version_compare")? else {
        return Ok(Value::Long(c));
    };
    let result = match op.as_slice() {
        b"<" | b"lt" => c == -1,
        b"<=" | b"le" => c != 1,
        b">" | b"gt" => c == 1,
        b">=" | b"ge" => c != -1,
        b"==" | b"=" | b"eq" => c == 0,
        b"!=" | b"<>" | b"ne" => c != 0,
        _ => {
            return Err(value_error(
                vm,
                "version_compare",
                2,
                "must be a valid comparison operator",
            ))
        }
    };
    Ok(Value::from(result))
}
