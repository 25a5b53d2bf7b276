//! `sscanf` and `fscanf` (`ext/standard/scanf.c`): whitespace in the format matches
//! any whitespace, literals must match, conversions `%d %i %u %x %X %o %f %e %E %g
//! %s %c %[set] %n` with widths and `*` suppression.

use crate::array::PhpArray;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, set_ref};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("sscanf", sscanf, &["string", "format", "vars"], 2)
        .with_variadic()
        .with_by_ref(&[2]),
    func("fscanf", fscanf, &["stream", "format", "vars"], 2)
        .with_variadic()
        .with_by_ref(&[2]),
];

/// The outcome of a scan: the converted values (`None`: not reached), or the input
/// ran out before the first conversion.
#[derive(Debug)]
pub struct Scanned {
    pub values: Vec<Option<Value>>,
    pub underflow: bool,
}

/// Why a format is refused.
#[derive(Debug, PartialEq)]
pub struct BadFormat(pub String);

/// Scan `input` with `format`.
/// `nvars` is the number of variables passed (0: the values are returned).
pub fn scan(input: &[u8], format: &[u8], nvars: usize) -> Result<Scanned, BadFormat> {
    // php scans C strings: both end at their first NUL.
    let c_str = |s: &[u8]| s.len().min(memchr::memchr(0, s).unwrap_or(s.len()));
    let input = &input[..c_str(input)];
    let format = &format[..c_str(format)];
    let slots = count_conversions(format, nvars)?;
    let mut values: Vec<Option<Value>> = vec![None; slots];
    let mut slot = 0;
    let mut pos = 0;
    let mut f = 0;
    let mut underflow = false;
    let mut converted_any = false;
    'outer: while f < format.len() {
        let c = format[f];
        if is_c_space(c) {
            while pos < input.len() && is_c_space(input[pos]) {
                pos += 1;
            }
            f += 1;
            continue;
        }
        if c != b'%' || format.get(f + 1) == Some(&b'%') {
            if c == b'%' {
                f += 1;
            }
            if pos >= input.len() {
                underflow = !converted_any;
                break;
            }
            if input[pos] != format[f] {
                break;
            }
            pos += 1;
            f += 1;
            continue;
        }
        f += 1;
        let position = xpg_position(format, &mut f);
        let suppress = format.get(f) == Some(&b'*');
        if suppress {
            f += 1;
        }
        let mut width = 0usize;
        while f < format.len() && format[f].is_ascii_digit() {
            width = width * 10 + usize::from(format[f] - b'0');
            f += 1;
        }
        // Size modifiers are accepted and ignored.
        while f < format.len() && matches!(format[f], b'h' | b'l' | b'L') {
            f += 1;
        }
        let Some(&conv) = format.get(f) else {
            break;
        };
        f += 1;
        let mut store = |v: Value, slot: &mut usize| {
            if suppress {
                return;
            }
            // Positions were checked against the slots by count_conversions.
            let at = position.map_or(*slot, |p| p - 1);
            if let Some(cell) = values.get_mut(at) {
                *cell = Some(v);
            }
            *slot += 1;
        };
        if conv == b'n' {
            store(Value::Long(pos as i64), &mut slot);
            continue;
        }
        if !matches!(conv, b'c' | b'[') {
            while pos < input.len() && is_c_space(input[pos]) {
                pos += 1;
            }
        }
        if pos >= input.len() {
            underflow = !converted_any;
            break;
        }
        let limit = if width == 0 { usize::MAX } else { width };
        match conv {
            // php scans %c as %s of width 1 that skips no leading space: it stops at
            // whitespace too, so a space gives "".
            b'c' => {
                let n = if width == 0 { 1 } else { width };
                let start = pos;
                while pos < input.len() && pos - start < n && !is_c_space(input[pos]) {
                    pos += 1;
                }
                store(Value::from(&input[start..pos]), &mut slot);
            }
            b's' => {
                let start = pos;
                while pos < input.len() && pos - start < limit && !is_c_space(input[pos]) {
                    pos += 1;
                }
                store(Value::from(&input[start..pos]), &mut slot);
            }
            b'[' => {
                let (set, negate, next) = parse_set(format, f)?;
                f = next;
                let start = pos;
                while pos < input.len()
                    && pos - start < limit
                    && set.contains(&input[pos]) != negate
                {
                    pos += 1;
                }
                if pos == start {
                    break 'outer;
                }
                store(Value::from(&input[start..pos]), &mut slot);
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
                let Some((v, used)) = scan_int(&input[pos..], conv, limit) else {
                    break 'outer;
                };
                pos += used;
                store(v, &mut slot);
            }
            b'f' | b'e' | b'E' | b'g' => {
                let used = float_len(&input[pos..], limit);
                if used == 0 {
                    break 'outer;
                }
                let text = String::from_utf8_lossy(&input[pos..pos + used]).into_owned();
                pos += used;
                store(Value::Double(text.parse().unwrap_or(0.0)), &mut slot);
            }
            other => {
                return Err(BadFormat(format!(
                    "Bad scan conversion character \"{}\"",
                    other as char
                )))
            }
        }
        converted_any = true;
    }
    Ok(Scanned { values, underflow })
}

/// A `%n$` (XPG) position after a `%`, moving `f` past it.
fn xpg_position(format: &[u8], f: &mut usize) -> Option<usize> {
    let digits = format[*f..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 || format.get(*f + digits) != Some(&b'$') {
        return None;
    }
    // An index too large for usize is out of range like any past the limit.
    let n = std::str::from_utf8(&format[*f..*f + digits])
        .ok()
        .and_then(|d| d.parse().ok())
        .unwrap_or(usize::MAX);
    *f += digits + 1;
    Some(n)
}

/// PHP's limit on `%n$` positions when no variables are passed (SCAN_MAX_ARGS).
const MAX_XPG_POSITION: usize = 0xff;

/// How many values a format stores (the size of the result array): the number of
/// conversions, or the highest `%n$` position. `nvars` (0: none) bounds positions.
fn count_conversions(format: &[u8], nvars: usize) -> Result<usize, BadFormat> {
    let mut n = 0;
    let (mut sequential, mut xpg_max) = (false, None::<usize>);
    let mut f = 0;
    while f < format.len() {
        if format[f] != b'%' {
            f += 1;
            continue;
        }
        f += 1;
        if format.get(f) == Some(&b'%') {
            f += 1;
            continue;
        }
        let position = xpg_position(format, &mut f);
        let suppress = format.get(f) == Some(&b'*');
        if !suppress {
            match position {
                Some(p) => {
                    if sequential {
                        return Err(mixed_xpg());
                    }
                    let limit = if nvars == 0 { MAX_XPG_POSITION } else { nvars };
                    if p == 0 || p > limit {
                        return Err(BadFormat("\"%n$\" argument index out of range".into()));
                    }
                    xpg_max = Some(xpg_max.unwrap_or(0).max(p));
                }
                None if xpg_max.is_some() => return Err(mixed_xpg()),
                None => sequential = true,
            }
        }
        while f < format.len() && (format[f].is_ascii_digit() || b"*hlL".contains(&format[f])) {
            f += 1;
        }
        match format.get(f) {
            Some(b'[') => {
                let (_, _, next) = parse_set(format, f + 1)?;
                f = next;
            }
            Some(c) if b"diuxXofeEgscn".contains(c) => f += 1,
            Some(c) => {
                return Err(BadFormat(format!(
                    "Bad scan conversion character \"{}\"",
                    *c as char
                )))
            }
            // php formats the NUL that ends the format, which cuts its message there.
            None => return Err(BadFormat("Bad scan conversion character \"".into())),
        }
        if !suppress {
            n += 1;
        }
    }
    Ok(xpg_max.unwrap_or(n))
}

fn mixed_xpg() -> BadFormat {
    BadFormat("cannot mix \"%\" and \"%n$\" conversion specifiers".into())
}

/// `[abc]`, `[^a-z]`, `[]a]` starting after the `[`: (the set, negated, next index).
fn parse_set(format: &[u8], mut f: usize) -> Result<(Vec<u8>, bool, usize), BadFormat> {
    let negate = format.get(f) == Some(&b'^');
    if negate {
        f += 1;
    }
    let mut set = Vec::new();
    if format.get(f) == Some(&b']') {
        set.push(b']');
        f += 1;
    }
    while f < format.len() && format[f] != b']' {
        if format.get(f + 1) == Some(&b'-') && format.get(f + 2).is_some_and(|&c| c != b']') {
            let (a, b) = (format[f], format[f + 2]);
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            set.extend(lo..=hi);
            f += 3;
        } else {
            set.push(format[f]);
            f += 1;
        }
    }
    if f >= format.len() {
        return Err(BadFormat("Unmatched [ in format string".into()));
    }
    Ok((set, negate, f + 1))
}

/// An integer conversion at the start of `s`: (value, bytes used).
fn scan_int(s: &[u8], conv: u8, limit: usize) -> Option<(Value, usize)> {
    let s = &s[..s.len().min(limit)];
    let mut i = 0;
    let neg = match s.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut radix = match conv {
        b'x' | b'X' => 16,
        b'o' => 8,
        _ => 10,
    };
    if conv == b'i' && s.get(i) == Some(&b'0') {
        radix = 8;
        if matches!(s.get(i + 1), Some(b'x' | b'X')) {
            radix = 16;
            i += 2;
        }
    } else if radix == 16 && s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
    }
    let start = i;
    let mut acc: u128 = 0;
    while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(radix)) {
        acc = (acc * u128::from(radix) + u128::from(d)).min(u128::from(u64::MAX) + 1);
        i += 1;
    }
    if i == start {
        return None;
    }
    if conv == b'u' {
        // strtoul: a value past i64 (or a negated one) is kept as its unsigned digits.
        let v = acc.min(u128::from(u64::MAX)) as u64;
        let v = if neg { v.wrapping_neg() } else { v };
        let v = if v > i64::MAX as u64 {
            Value::from(v.to_string())
        } else {
            Value::Long(v as i64)
        };
        return Some((v, i));
    }
    let v = if neg {
        -(acc.min(i64::MAX as u128 + 1) as i128)
    } else {
        acc.min(i64::MAX as u128) as i128
    };
    Some((Value::Long(v as i64), i))
}

/// The length of a float at the start of `s` (digits, one dot, an exponent).
fn float_len(s: &[u8], limit: usize) -> usize {
    let s = &s[..s.len().min(limit)];
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let digits_start = i;
    while s.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    if s.get(i) == Some(&b'.') {
        i += 1;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    if i == digits_start || (i == digits_start + 1 && s[digits_start] == b'.') {
        return 0;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if s.get(j).is_some_and(u8::is_ascii_digit) {
            while s.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            i = j;
        }
    }
    i
}

/// C's isspace: ASCII whitespace and the vertical tab.
fn is_c_space(c: u8) -> bool {
    c.is_ascii_whitespace() || c == 0x0b
}

/// The PHP result: an array (or null on underflow) without variables; with them,
/// the count assigned (or -1 on underflow).
fn result(vm: &mut Vm, args: &[Value], scanned: Result<Scanned, BadFormat>, vars_at: usize) -> R {
    let scanned = match scanned {
        Ok(s) => s,
        Err(BadFormat(msg)) => return Err(vm.throw_error("ValueError", msg)),
    };
    let nvars = args.len().saturating_sub(vars_at);
    if nvars == 0 {
        if scanned.underflow {
            return Ok(Value::Null);
        }
        return Ok(Value::from(PhpArray::from_list(
            scanned
                .values
                .into_iter()
                .map(|v| v.unwrap_or(Value::Null))
                .collect(),
        )));
    }
    // php's ValidateFormat: a conversion past the last variable, or a variable no
    // conversion reaches.
    if nvars < scanned.values.len() {
        return Err(vm.throw_error(
            "ValueError",
            "Different numbers of variable names and field specifiers".into(),
        ));
    }
    if nvars > scanned.values.len() {
        return Err(vm.throw_error(
            "ValueError",
            "Variable is not assigned by any conversion specifiers".into(),
        ));
    }
    if scanned.underflow {
        return Ok(Value::Long(-1));
    }
    let mut count = 0;
    for (i, v) in scanned.values.into_iter().enumerate() {
        if let Some(v) = v {
            set_ref(args, vars_at + i, v);
            count += 1;
        }
    }
    Ok(Value::Long(count))
}

fn sscanf(vm: &mut Vm, args: &mut [Value]) -> R {
    let input = arg_str(vm, args, 0, "sscanf")?;
    let format = arg_str(vm, args, 1, "sscanf")?;
    let scanned = scan(&input, &format, args.len().saturating_sub(2));
    result(vm, args, scanned, 2)
}

fn fscanf(vm: &mut Vm, args: &mut [Value]) -> R {
    let format = arg_str(vm, args, 1, "fscanf")?;
    // php fetches the handle as a "File-Handle" first.
    let r = super::streams::arg_resource(vm, args, 0, "fscanf")?;
    if r.is_closed() {
        return Err(vm.throw_error(
            "TypeError",
            "fscanf(): supplied resource is not a valid File-Handle resource".into(),
        ));
    }
    let line = super::streams::read_line_of(vm, args, "fscanf")?;
    let Some(line) = line else {
        return Ok(Value::False);
    };
    let scanned = scan(&line, &format, args.len().saturating_sub(2));
    result(vm, args, scanned, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(input: &str, format: &str) -> Vec<String> {
        scan(input.as_bytes(), format.as_bytes(), 0)
            .unwrap()
            .values
            .into_iter()
            .map(|v| match v {
                None => "null".to_string(),
                Some(v) => String::from_utf8_lossy(&v.to_string_lossy(14)).into_owned(),
            })
            .collect()
    }

    /// Expectations from php 8.2's sscanf().
    #[test]
    fn conversions_as_php() {
        assert_eq!(
            s("12 apples and 3.5 pears", "%d %s and %f %s"),
            ["12", "apples", "3.5", "pears"]
        );
        assert_eq!(s("age: 25", "age: %d"), ["25"]);
        assert_eq!(
            s("ff 17 0x1f -8", "%x %o %i %u"),
            ["255", "15", "31", "18446744073709551608"]
        );
        assert_eq!(s("hello world", "%5c%s"), ["hello", "world"]);
        assert_eq!(s("a,b", "%[^,],%s"), ["a", "b"]);
        assert_eq!(s("12", "%d %d"), ["12", "null"]);
        assert_eq!(s("12abc", "%2d%n"), ["12", "2"]);
        assert_eq!(s("x 5", "%*s %d"), ["5"]);
        assert_eq!(s("9223372036854775808", "%d"), ["9223372036854775807"]);
        assert_eq!(s("abc", "%s%s"), ["abc", "null"]);
        assert_eq!(s("abc", "%d"), ["null"]);
        assert!(scan(b"", b"%d", 0).unwrap().underflow);
        assert!(scan(b"1", b"%z", 0).is_err());
        assert!(scan(b"\0x", b"%s", 0).unwrap().underflow);
        assert_eq!(s("ab\0cd", "%s"), ["ab"]);
        assert_eq!(s(" x", "%c"), [""]);
        assert_eq!(s("\x0bx", "%s"), ["x"]);
    }

    /// `%n$` positions and `%u` past i64, from php 8.2.
    #[test]
    fn positions_and_unsigned_as_php() {
        assert_eq!(s("one two", "%2$s %1$s"), ["two", "one"]);
        assert_eq!(s("a", "%3$s"), ["null", "null", "a"]);
        assert_eq!(s("18446744073709551615", "%u"), ["18446744073709551615"]);
        let err = |f: &[u8]| scan(b"a b", f, 0).map(|_| ()).unwrap_err().0;
        assert_eq!(
            err(b"%1$s %s"),
            "cannot mix \"%\" and \"%n$\" conversion specifiers"
        );
        assert_eq!(err(b"%300$s"), "\"%n$\" argument index out of range");
        assert!(scan(b"a", b"%2$s", 1).is_err());
    }
}
