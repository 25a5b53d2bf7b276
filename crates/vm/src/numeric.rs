//! Numeric strings, as PHP 8 reads them (`_is_numeric_string_ex` in zend_operators.c):
//! optional leading whitespace, a sign, decimal digits with an optional fraction and
//! exponent, optional trailing whitespace. No hex, no octal, no `_`.

/// A number read from a string.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Long(i64),
    Double(f64),
}

/// How much of the string was a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numeric {
    /// The whole string (modulo surrounding whitespace) is numeric.
    Full(Num),
    /// A numeric prefix followed by other bytes (`"5 apples"`).
    Leading(Num),
    /// Not numeric at all.
    No,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Where a string's numeric prefix lies: found by a scan of the syntax alone, so a
/// caller that only wants a whole-string number converts nothing otherwise.
struct Span {
    /// The number's text: `s[start..end]`.
    start: usize,
    end: usize,
    is_double: bool,
    /// Only whitespace follows the number.
    full: bool,
}

fn scan(s: &[u8]) -> Option<Span> {
    let mut i = 0;
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    let start = i;
    if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut is_double = false;
    let mut frac_digits = 0;
    if i < s.len() && s[i] == b'.' {
        let mut j = i + 1;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        frac_digits = j - i - 1;
        if int_digits + frac_digits > 0 {
            is_double = true;
            i = j;
        }
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'-' || s[j] == b'+') {
            j += 1;
        }
        if j < s.len() && s[j].is_ascii_digit() {
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
            }
            is_double = true;
            i = j;
        }
    }
    let end = i;
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    Some(Span {
        start,
        end,
        is_double,
        full: i == s.len(),
    })
}

/// The value of a span `scan` found.
fn convert(s: &[u8], span: &Span) -> Num {
    // The span is ASCII, so this cannot fail; read 0 anyway.
    let Ok(text) = std::str::from_utf8(&s[span.start..span.end]) else {
        return Num::Long(0);
    };
    if span.is_double {
        Num::Double(text.parse().unwrap_or(0.0))
    } else {
        match text.parse::<i64>() {
            Ok(n) => Num::Long(n),
            Err(_) => Num::Double(text.parse().unwrap_or(0.0)),
        }
    }
}

/// Classify `s` and read its numeric value.
pub fn parse_numeric(s: &[u8]) -> Numeric {
    match scan(s) {
        None => Numeric::No,
        Some(span) if span.full => Numeric::Full(convert(s, &span)),
        Some(span) => Numeric::Leading(convert(s, &span)),
    }
}

/// `s`'s number if the whole string (modulo surrounding whitespace) is numeric. A
/// string with only a numeric prefix (`"0000001234-0042"`, a sort key) is not converted.
pub fn full_numeric(s: &[u8]) -> Option<Num> {
    let span = scan(s)?;
    span.full.then(|| convert(s, &span))
}

/// PHP's `zend_dval_to_lval`: truncation, modular for out-of-range finite values, 0 for
/// NaN and infinities (64-bit platforms).
pub fn dval_to_lval(d: f64) -> i64 {
    if !d.is_finite() {
        return 0;
    }
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
        return d as i64;
    }
    let two64 = 18_446_744_073_709_551_616.0_f64;
    let mut dmod = d.trunc() % two64;
    if dmod < 0.0 {
        dmod += two64;
    }
    // dmod is in [0, 2^64): reinterpret as two's complement.
    (dmod as u64) as i64
}

/// `zend_dval_to_lval_cap`: saturating, used for numeric strings.
pub fn dval_to_lval_cap(d: f64) -> i64 {
    if d.is_nan() {
        return 0;
    }
    if d >= 9.223_372_036_854_776e18 {
        return i64::MAX;
    }
    if d < -9.223_372_036_854_776e18 {
        return i64::MIN;
    }
    d as i64
}

/// Whether `d` converts to an int without losing anything (`zend_is_long_compatible`).
pub fn is_long_compatible(d: f64) -> bool {
    d.is_finite()
        && d == d.trunc()
        && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d)
}

/// An array key written as a string is an int key when it is the canonical decimal
/// form of an int (`"1"`, `"-5"`, not `"01"`, `"1.0"`, `" 1"`, `"-0"`).
pub fn canonical_int_key(s: &[u8]) -> Option<i64> {
    let digits = s.strip_prefix(b"-").unwrap_or(s);
    if digits.is_empty() || digits.len() > 20 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits[0] == b'0' && (digits.len() > 1 || s.len() > 1) {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_strings() {
        assert_eq!(parse_numeric(b"123"), Numeric::Full(Num::Long(123)));
        assert_eq!(parse_numeric(b"  12 \n"), Numeric::Full(Num::Long(12)));
        assert_eq!(parse_numeric(b"1e3"), Numeric::Full(Num::Double(1000.0)));
        assert_eq!(parse_numeric(b".5"), Numeric::Full(Num::Double(0.5)));
        assert_eq!(parse_numeric(b"5."), Numeric::Full(Num::Double(5.0)));
        assert_eq!(parse_numeric(b"5 apples"), Numeric::Leading(Num::Long(5)));
        assert_eq!(parse_numeric(b"1e"), Numeric::Leading(Num::Long(1)));
        assert_eq!(parse_numeric(b"abc"), Numeric::No);
        assert_eq!(parse_numeric(b""), Numeric::No);
        assert_eq!(parse_numeric(b"."), Numeric::No);
        assert_eq!(parse_numeric(b"-"), Numeric::No);
        assert_eq!(parse_numeric(b"0x1A"), Numeric::Leading(Num::Long(0)));
        assert_eq!(
            parse_numeric(b"99999999999999999999"),
            Numeric::Full(Num::Double(1e20))
        );
    }

    #[test]
    fn whole_string_numbers() {
        assert_eq!(full_numeric(b" 12 "), Some(Num::Long(12)));
        assert_eq!(full_numeric(b"1.5e1"), Some(Num::Double(15.0)));
        assert_eq!(full_numeric(b"0000001234-0042"), None);
        assert_eq!(full_numeric(b"5 apples"), None);
        assert_eq!(full_numeric(b"abc"), None);
    }

    #[test]
    fn float_to_int() {
        assert_eq!(dval_to_lval(1e20), 7766279631452241920);
        assert_eq!(dval_to_lval(-1e19), 8446744073709551616);
        assert_eq!(dval_to_lval(f64::NAN), 0);
        assert_eq!(dval_to_lval(-3.9), -3);
        assert_eq!(dval_to_lval_cap(1e20), i64::MAX);
    }

    #[test]
    fn int_keys() {
        assert_eq!(canonical_int_key(b"1"), Some(1));
        assert_eq!(canonical_int_key(b"-5"), Some(-5));
        assert_eq!(canonical_int_key(b"0"), Some(0));
        assert_eq!(canonical_int_key(b"01"), None);
        assert_eq!(canonical_int_key(b"-0"), None);
        assert_eq!(canonical_int_key(b"1.0"), None);
        assert_eq!(canonical_int_key(b"99999999999999999999"), None);
    }
}
