//! Float to string, as PHP prints floats (`zend_gcvt` / `smart_str_append_double`).
//!
//! - [`fmt_precision`]: `precision` significant digits (echo, string conversion; ini
//!   `precision`, 14 by default); `-1` means the shortest round-trip digits.
//! - [`fmt_repr`]: `serialize_precision` (var_dump, var_export, json_encode; -1 by
//!   default = shortest round-trip), which also keeps `.0` on integral values when asked.
//!
//! Exponent form is used when the decimal exponent is < -4 or ≥ the digit budget
//! (17 for shortest mode), written `1.0E+25`, `1.5E-7`.

/// Decimal digits and the position of the decimal point (`0.0123` → "123", -1).
struct Digits {
    negative: bool,
    digits: Vec<u8>,
    /// Value = 0.d1d2d3… × 10^decpt.
    decpt: i32,
}

fn digits_of(value: f64, precision: i32) -> Digits {
    let negative = value.is_sign_negative();
    let abs = value.abs();
    if abs == 0.0 {
        return Digits {
            negative,
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    // `{:e}` is the shortest round-trip form; `{:.Ne}` rounds to N+1 significant digits.
    let text = if precision < 0 {
        format!("{abs:e}")
    } else {
        format!("{:.*e}", (precision.max(1) - 1) as usize, abs)
    };
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits {
        negative,
        digits,
        decpt: exp + 1,
    }
}

fn special(value: f64) -> Option<&'static str> {
    if value.is_nan() {
        Some("NAN")
    } else if value.is_infinite() {
        Some(if value > 0.0 { "INF" } else { "-INF" })
    } else {
        None
    }
}

/// `zend_gcvt` with `precision` significant digits (-1: shortest) and exponent char `e`.
fn gcvt(value: f64, precision: i32, e: char) -> String {
    if let Some(s) = special(value) {
        return s.to_string();
    }
    let d = digits_of(value, precision);
    let budget = if precision < 0 { 17 } else { precision.max(1) };
    let mut out = String::new();
    if d.negative {
        out.push('-');
    }
    let digits = std::str::from_utf8(&d.digits).unwrap_or("0");
    if d.decpt < -3 || d.decpt > budget {
        let exp = d.decpt - 1;
        out.push_str(&digits[..1]);
        out.push('.');
        if digits.len() > 1 {
            out.push_str(&digits[1..]);
        } else {
            out.push('0');
        }
        out.push(e);
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&exp.unsigned_abs().to_string());
    } else if d.decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-d.decpt {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        let decpt = d.decpt as usize;
        if digits.len() <= decpt {
            out.push_str(digits);
            for _ in digits.len()..decpt {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..decpt]);
            out.push('.');
            out.push_str(&digits[decpt..]);
        }
    }
    out
}

/// A float as `echo` and string conversion print it, under ini `precision`.
pub fn fmt_precision(value: f64, precision: i32) -> String {
    let precision = if precision == 0 { 1 } else { precision };
    gcvt(value, precision, 'E')
}

/// A float as `var_dump` prints it (`serialize_precision`): no forced `.0`.
pub fn fmt_repr(value: f64, serialize_precision: i32) -> String {
    let precision = if serialize_precision == 0 {
        1
    } else {
        serialize_precision
    };
    gcvt(value, precision, 'E')
}

/// A float as `var_export` prints it: like [`fmt_repr`], with `.0` on integral values.
pub fn fmt_export(value: f64, serialize_precision: i32) -> String {
    let mut s = fmt_repr(value, serialize_precision);
    if value.is_finite() && !s.contains(['.', 'E', 'N', 'I']) {
        s.push_str(".0");
    }
    s
}

/// A float as `json_encode` prints it: lowercase `e`, `.0` kept only in exponent form.
pub fn fmt_json(value: f64, serialize_precision: i32) -> String {
    let precision = if serialize_precision == 0 {
        1
    } else {
        serialize_precision
    };
    gcvt(value, precision, 'e')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_precision_14() {
        let cases = [
            (1e15, "1.0E+15"),
            (1e14, "1.0E+14"),
            (0.1 + 0.2, "0.3"),
            (1e100, "1.0E+100"),
            (-1.5e-10, "-1.5E-10"),
            (123456789012345678.0, "1.2345678901235E+17"),
            (123456789012345.0, "1.2345678901234E+14"),
            (0.0001, "0.0001"),
            (0.00001, "1.0E-5"),
            (1.0, "1"),
            (-0.0, "-0"),
            (2.5, "2.5"),
            (1e13, "10000000000000"),
            (99999999999999.0, "99999999999999"),
            (f64::INFINITY, "INF"),
            (f64::NEG_INFINITY, "-INF"),
            (f64::NAN, "NAN"),
        ];
        for (v, want) in cases {
            assert_eq!(fmt_precision(v, 14), want, "{v}");
        }
        assert_eq!(fmt_precision(1.5, 0), "2");
        assert_eq!(fmt_precision(0.1, 17), "0.10000000000000001");
    }

    #[test]
    fn repr_shortest() {
        let cases = [
            (1e15, "1000000000000000"),
            (1e16, "10000000000000000"),
            (1e17, "1.0E+17"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e25, "1.0E+25"),
            (1e-7, "1.0E-7"),
            (-0.0, "-0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (7.0, "7"),
            (2.5e-5, "2.5E-5"),
            (2.2250738585072014E-308, "2.2250738585072014E-308"),
        ];
        for (v, want) in cases {
            assert_eq!(fmt_repr(v, -1), want, "{v}");
        }
        assert_eq!(fmt_export(1.0, -1), "1.0");
        assert_eq!(fmt_json(1e25, -1), "1.0e+25");
        assert_eq!(fmt_json(1.0, -1), "1");
    }
}
