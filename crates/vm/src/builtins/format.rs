//! The `printf` family's formatting engine (PHP's `php_formatted_print`), and the
//! fixed/exponent float conversions it and `number_format` share.
//!
//! The engine is pure: argument conversions go through [`FormatArgs`], so the
//! handlers in `output.rs` plug the VM's conversions (with their warnings) in, and
//! the tests plug plain values in.

use crate::value::{LongDigits, PhpStr};

/// What a conversion needs from the arguments. `Err` carries the caller's error
/// (an exception from a conversion) through the engine untouched.
pub trait FormatArgs {
    type Error;
    fn count(&self) -> usize;
    /// The argument if it is exactly an int (for `*` widths, which take no coercion).
    fn exact_long(&self, i: usize) -> Option<i64>;
    fn long(&mut self, i: usize) -> Result<i64, Self::Error>;
    fn double(&mut self, i: usize) -> Result<f64, Self::Error>;
    /// The argument as a string (shared, not copied: most are strings already).
    fn string(&mut self, i: usize) -> Result<PhpStr, Self::Error>;
    /// An E_NOTICE raised while formatting (precision truncation).
    fn notice(&mut self, msg: String) -> Result<(), Self::Error>;
}

/// Why formatting failed.
#[derive(Debug, PartialEq)]
pub enum FormatError<E> {
    /// A `ValueError` with this message.
    Value(String),
    /// Too few arguments: the highest 0-based argument index that was missing.
    MissingArg(usize),
    /// The argument conversion failed.
    Arg(E),
}

impl<E> From<E> for FormatError<E> {
    fn from(e: E) -> Self {
        FormatError::Arg(e)
    }
}

/// The default precision of `%e`/`%f`/`%g`.
const DEFAULT_PRECISION: usize = 6;
/// Larger precisions are truncated to this with a notice.
const MAX_PRECISION: i64 = 53;

/// One parsed conversion specification.
#[derive(Clone, Copy)]
struct Spec {
    left: bool,
    pad: u8,
    plus: bool,
    width: usize,
    /// Set when a precision was written (`%.3s` truncates only then).
    precision: Option<i64>,
}

impl Spec {
    /// Appends `text` padded to the width; a sign in front of zero padding stays in front.
    fn pad_into(&self, out: &mut Vec<u8>, text: &[u8], negative: bool, truncate: bool) {
        let text = match (truncate, self.precision) {
            (true, Some(p)) => &text[..text.len().min(p.max(0) as usize)],
            _ => text,
        };
        let npad = self.width.saturating_sub(text.len());
        let mut body = text;
        if !self.left {
            if (negative || self.plus) && self.pad == b'0' && !body.is_empty() {
                out.push(if negative { b'-' } else { b'+' });
                body = &body[1..];
            }
            out.extend(std::iter::repeat_n(self.pad, npad));
        }
        out.extend_from_slice(body);
        if self.left {
            out.extend(std::iter::repeat_n(self.pad, npad));
        }
    }
}

/// Reads a decimal number at `*pos` (like `strtol`), saturating; `None` if it does
/// not fit PHP's int-sized limit.
fn read_number(fmt: &[u8], pos: &mut usize) -> Option<usize> {
    let mut n: u64 = 0;
    while let Some(c) = fmt.get(*pos).filter(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add(u64::from(c - b'0'));
        *pos += 1;
    }
    (n < i32::MAX as u64).then_some(n as usize)
}

/// Formats like PHP's `sprintf(format, ...args)`. Marked inline so that it is
/// instantiated in the codegen unit of its caller (sprintf's `run`): where the unit
/// partitioning put it apart, the call and the argument reads behind it cost sprintf
/// about 30 instructions more.
#[inline]
pub fn format<A: FormatArgs>(fmt: &[u8], args: &mut A) -> Result<Vec<u8>, FormatError<A::Error>> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    let mut next_arg = 0usize;
    let mut max_missing: Option<usize> = None;
    let nargs = args.count();
    let mut missing = |i: usize| max_missing = Some(max_missing.map_or(i, |m: usize| m.max(i)));
    while pos < fmt.len() {
        let Some(off) = memchr::memchr(b'%', &fmt[pos..]) else {
            out.extend_from_slice(&fmt[pos..]);
            break;
        };
        out.extend_from_slice(&fmt[pos..pos + off]);
        pos += off + 1;
        if fmt.get(pos) == Some(&b'%') {
            out.push(b'%');
            pos += 1;
            continue;
        }
        let mut spec = Spec {
            left: false,
            pad: b' ',
            plus: false,
            width: 0,
            precision: None,
        };
        let mut argnum = None;
        if !fmt.get(pos).is_some_and(u8::is_ascii_alphabetic) {
            // `%N$`: an explicit argument number.
            let digits_end = pos + fmt[pos..].iter().take_while(|c| c.is_ascii_digit()).count();
            if fmt.get(digits_end) == Some(&b'$') {
                match read_number(fmt, &mut pos) {
                    Some(n) if n > 0 => argnum = Some(n - 1),
                    _ => {
                        return Err(FormatError::Value(format!(
                            "Argument number specifier must be greater than zero and less than {}",
                            i32::MAX
                        )))
                    }
                }
                pos += 1;
            }
            // Flags.
            loop {
                match fmt.get(pos) {
                    Some(&c @ (b' ' | b'0')) => spec.pad = c,
                    Some(b'-') => spec.left = true,
                    Some(b'+') => spec.plus = true,
                    Some(b'\'') => {
                        pos += 1;
                        let Some(&c) = fmt.get(pos) else {
                            return Err(FormatError::Value("Missing padding character".into()));
                        };
                        spec.pad = c;
                    }
                    _ => break,
                }
                pos += 1;
            }
            // Width.
            if fmt.get(pos) == Some(&b'*') {
                pos += 1;
                let i = star_argnum(fmt, &mut pos, &mut next_arg)?;
                if i >= nargs {
                    missing(i);
                    continue;
                }
                match args.exact_long(i) {
                    None => return Err(FormatError::Value("Width must be an integer".into())),
                    Some(w) if !(0..i64::from(i32::MAX)).contains(&w) => {
                        return Err(FormatError::Value(format!(
                            "Width must be greater than zero and less than {}",
                            i32::MAX
                        )))
                    }
                    Some(w) => spec.width = w as usize,
                }
            } else if fmt.get(pos).is_some_and(u8::is_ascii_digit) {
                spec.width = read_number(fmt, &mut pos).ok_or_else(|| {
                    FormatError::Value(format!(
                        "Width must be greater than zero and less than {}",
                        i32::MAX
                    ))
                })?;
            }
            // Precision.
            if fmt.get(pos) == Some(&b'.') {
                pos += 1;
                if fmt.get(pos) == Some(&b'*') {
                    pos += 1;
                    let i = star_argnum(fmt, &mut pos, &mut next_arg)?;
                    if i >= nargs {
                        missing(i);
                        continue;
                    }
                    match args.exact_long(i) {
                        None => {
                            return Err(FormatError::Value("Precision must be an integer".into()))
                        }
                        Some(p) if !(-1..i64::from(i32::MAX)).contains(&p) => {
                            return Err(FormatError::Value(format!(
                                "Precision must be between -1 and {}",
                                i32::MAX
                            )))
                        }
                        Some(p) => spec.precision = Some(p),
                    }
                } else if fmt.get(pos).is_some_and(u8::is_ascii_digit) {
                    let p = read_number(fmt, &mut pos).ok_or_else(|| {
                        FormatError::Value(format!(
                            "Precision must be greater than zero and less than {}",
                            i32::MAX
                        ))
                    })?;
                    spec.precision = Some(p as i64);
                }
                // A bare `.` sets no precision: `%.f` still prints six decimals.
            }
        }
        if fmt.get(pos) == Some(&b'l') {
            pos += 1;
        }
        let i = argnum.unwrap_or_else(|| {
            next_arg += 1;
            next_arg - 1
        });
        if i >= nargs {
            missing(i);
            continue;
        }
        let conv = fmt.get(pos).copied();
        if spec.precision == Some(-1) && !matches!(conv, Some(b'g' | b'G' | b'h' | b'H')) {
            return Err(FormatError::Value(
                "Precision -1 is only supported for %g, %G, %h and %H".into(),
            ));
        }
        match conv {
            Some(b's') => {
                let s = args.string(i)?;
                Spec {
                    plus: false,
                    ..spec
                }
                .pad_into(&mut out, &s, false, true);
            }
            Some(b'd') => {
                let n = args.long(i)?;
                let digits = LongDigits::new(n);
                let mut signed = [b'+'; 21];
                let text = if spec.plus && n >= 0 {
                    let d = digits.as_bytes();
                    signed[1..=d.len()].copy_from_slice(d);
                    &signed[..=d.len()]
                } else {
                    digits.as_bytes()
                };
                spec.pad_int(&mut out, text, n < 0);
            }
            Some(b'u') => {
                let n = args.long(i)? as u64;
                Spec {
                    plus: false,
                    ..spec
                }
                .pad_int(&mut out, n.to_string().as_bytes(), false);
            }
            Some(c @ (b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'h' | b'H')) => {
                let d = args.double(i)?;
                let precision = match spec.precision {
                    None => DEFAULT_PRECISION as i64,
                    Some(p) if p > MAX_PRECISION => {
                        args.notice(format!(
                            "Requested precision of {p} digits was truncated to PHP maximum of {MAX_PRECISION} digits"
                        ))?;
                        MAX_PRECISION
                    }
                    Some(p) => p,
                };
                let (text, negative) = format_double(d, c, precision, spec.plus);
                // NaN and INF ignore the width (PHP pads them to 3).
                let width = if d.is_finite() { spec.width } else { 3 };
                Spec { width, ..spec }.pad_into(&mut out, &text, negative, false);
            }
            Some(b'c') => out.push(args.long(i)? as u8),
            Some(c @ (b'o' | b'x' | b'X' | b'b')) => {
                let n = args.long(i)? as u64;
                let text = match c {
                    b'o' => format!("{n:o}"),
                    b'x' => format!("{n:x}"),
                    b'X' => format!("{n:X}"),
                    _ => format!("{n:b}"),
                };
                // PHP passes these a maximum width of 0: any precision empties them.
                let precision = spec.precision.map(|_| 0);
                Spec {
                    precision,
                    plus: false,
                    ..spec
                }
                .pad_into(&mut out, text.as_bytes(), false, true);
            }
            Some(b'%') => out.push(b'%'),
            None => {
                return Err(FormatError::Value(
                    "Missing format specifier at end of string".into(),
                ))
            }
            Some(c) => {
                return Err(FormatError::Value(format!(
                    "Unknown format specifier \"{}\"",
                    char::from(c)
                )))
            }
        }
        pos += 1;
    }
    match max_missing {
        Some(i) => Err(FormatError::MissingArg(i)),
        None => Ok(out),
    }
}

impl Spec {
    /// Integers never take zero padding on the right.
    fn pad_int(&self, out: &mut Vec<u8>, text: &[u8], negative: bool) {
        let spec = Spec {
            pad: if self.left && self.pad == b'0' {
                b' '
            } else {
                self.pad
            },
            precision: None,
            ..*self
        };
        spec.pad_into(out, text, negative, false);
    }
}

/// The argument index after `*` (optionally `*N$`).
fn star_argnum<E>(fmt: &[u8], pos: &mut usize, next: &mut usize) -> Result<usize, FormatError<E>> {
    let digits_end = *pos
        + fmt[*pos..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
    if digits_end > *pos && fmt.get(digits_end) == Some(&b'$') {
        match read_number(fmt, pos) {
            Some(n) if n > 0 => {
                *pos += 1;
                Ok(n - 1)
            }
            _ => Err(FormatError::Value(format!(
                "Argument number specifier must be greater than zero and less than {}",
                i32::MAX
            ))),
        }
    } else {
        *next += 1;
        Ok(*next - 1)
    }
}

/// A float under `%e %E %f %F %g %G %h %H`: the text (sign included) and whether the
/// value counts as negative for zero padding.
fn format_double(d: f64, conv: u8, precision: i64, plus: bool) -> (Vec<u8>, bool) {
    if d.is_nan() || d.is_infinite() {
        let text = if d.is_nan() { "NaN" } else { "INF" };
        return (text.as_bytes().to_vec(), d < 0.0);
    }
    match conv {
        b'e' | b'E' | b'f' | b'F' => {
            let negative = d < 0.0;
            let body = if matches!(conv, b'f' | b'F') {
                fixed(d.abs(), precision as usize)
            } else {
                exponent(d.abs(), precision as usize, conv)
            };
            let mut text = Vec::with_capacity(body.len() + 1);
            if negative {
                text.push(b'-');
            } else if plus {
                text.push(b'+');
            }
            text.extend_from_slice(body.as_bytes());
            (text, negative)
        }
        _ => {
            let exp_char = if matches!(conv, b'G' | b'H') {
                'E'
            } else {
                'e'
            };
            let ndigit = if precision == 0 { 1 } else { precision as i32 };
            let mut text = gcvt(d, ndigit, exp_char).into_bytes();
            let negative = text.first() == Some(&b'-');
            if !negative && plus {
                text.insert(0, b'+');
            }
            (text, negative)
        }
    }
}

/// `|d|` with `precision` decimals, correctly rounded (as PHP's `%.Nf`); past PHP's
/// 318 significant places the digits are zeros, as there.
pub fn fixed(abs: f64, precision: usize) -> String {
    const MAX_PLACES: usize = 318;
    let mut text = format!("{abs:.*}", precision.min(MAX_PLACES));
    if precision > MAX_PLACES {
        text.extend(std::iter::repeat_n('0', precision - MAX_PLACES));
    }
    text
}

/// [`fixed`] without the float formatter, for `abs` within a quarter of a unit in the
/// last place of a number below 2^50 (as number_format's rounded values are): the
/// product's error is under 2^-4 there, so the exact value is less than half a unit
/// from that integer and rounds to its digits whatever the tie rule.
fn fixed_small(abs: f64, precision: usize) -> Option<Vec<u8>> {
    let places = u32::try_from(precision).ok().filter(|&p| p <= 15)?;
    let unit = 10u64.pow(places);
    let scaled = abs * unit as f64;
    if !(0.0..(1u64 << 50) as f64).contains(&scaled) {
        return None;
    }
    let k = scaled.round();
    if (scaled - k).abs() >= 0.25 {
        return None;
    }
    // Below 2^50: both parts fit an i64.
    let k = k as i64;
    let unit = unit as i64;
    let mut text = Vec::with_capacity(24);
    text.extend_from_slice(LongDigits::new(k / unit).as_bytes());
    if places > 0 {
        let frac = LongDigits::new(k % unit);
        let frac = frac.as_bytes();
        text.push(b'.');
        text.resize(text.len() + precision - frac.len(), b'0');
        text.extend_from_slice(frac);
    }
    Some(text)
}

/// `|d|` as `d.ddde+X` with `precision` decimals; PHP writes the exponent unpadded.
pub fn exponent(abs: f64, precision: usize, e: u8) -> String {
    let text = format!("{abs:.precision$e}");
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let (sign, digits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    format!("{mantissa}{}{sign}{digits}", char::from(e))
}

/// Significant digits of a finite, non-zero `abs` and its decimal exponent:
/// value = 0.DIGITS × 10^decpt. `ndigit` < 0 gives the shortest round-trip digits.
fn digits(abs: f64, ndigit: i32) -> (String, i32) {
    let text = if ndigit < 0 {
        format!("{abs:e}")
    } else {
        format!("{:.*e}", (ndigit.max(1) - 1) as usize, abs)
    };
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp.parse::<i32>().unwrap_or(0) + 1)
}

/// PHP's `php_gcvt`: `ndigit` significant digits (-1: shortest, with a 17-digit
/// budget), exponent form when the exponent is < -4 or ≥ the digit budget.
pub fn gcvt(value: f64, ndigit: i32, exp_char: char) -> String {
    if value.is_nan() {
        return "NAN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "INF" } else { "-INF" }.into();
    }
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    if value == 0.0 {
        out.push('0');
        return out;
    }
    let (digits, decpt) = digits(value.abs(), ndigit);
    let budget = if ndigit < 0 { 17 } else { ndigit };
    if decpt < -3 || decpt > budget {
        let exp = decpt - 1;
        out.push_str(&digits[..1]);
        out.push('.');
        out.push_str(if digits.len() > 1 { &digits[1..] } else { "0" });
        out.push(exp_char);
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&exp.unsigned_abs().to_string());
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', decpt.unsigned_abs() as usize));
        out.push_str(&digits);
    } else {
        let decpt = decpt as usize;
        if digits.len() <= decpt {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', decpt - digits.len()));
        } else {
            out.push_str(&digits[..decpt]);
            out.push('.');
            out.push_str(&digits[decpt..]);
        }
    }
    out
}

/// PHP's `number_format` once the value is rounded: `decimals` decimals, thousands
/// grouped, a sign unless the rounded value is zero; INF and NaN print bare.
pub fn number_format(rounded: f64, decimals: usize, dec_point: &[u8], thousands: &[u8]) -> Vec<u8> {
    if rounded.is_nan() {
        return b"nan".to_vec();
    }
    if rounded.is_infinite() {
        return b"inf".to_vec();
    }
    let negative = rounded < 0.0;
    let text = fixed_small(rounded.abs(), decimals)
        .unwrap_or_else(|| fixed(rounded.abs(), decimals).into_bytes());
    let (int_part, frac) = match text.iter().position(|&c| c == b'.') {
        Some(dot) => (&text[..dot], &text[dot + 1..]),
        None => (&text[..], &b""[..]),
    };
    let mut out = Vec::with_capacity(text.len() + 8);
    if negative && rounded != 0.0 {
        out.push(b'-');
    }
    for (i, &c) in int_part.iter().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.extend_from_slice(thousands);
        }
        out.push(c);
    }
    if decimals > 0 {
        out.extend_from_slice(dec_point);
        out.extend_from_slice(frac);
    }
    out
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // 3.14159 is the input php was run with
mod tests {
    use super::*;
    use crate::builtins::round::{php_round, RoundMode};
    use std::rc::Rc;

    /// Plain test arguments: ints, floats and strings, converted loosely.
    #[derive(Clone)]
    enum A {
        I(i64),
        F(f64),
        S(&'static str),
    }

    struct Args(Vec<A>, Vec<String>);

    impl FormatArgs for Args {
        type Error = ();
        fn count(&self) -> usize {
            self.0.len()
        }
        fn exact_long(&self, i: usize) -> Option<i64> {
            match self.0[i] {
                A::I(n) => Some(n),
                _ => None,
            }
        }
        fn long(&mut self, i: usize) -> Result<i64, ()> {
            Ok(match self.0[i] {
                A::I(n) => n,
                A::F(f) => f as i64,
                A::S(s) => s.parse().unwrap_or(0),
            })
        }
        fn double(&mut self, i: usize) -> Result<f64, ()> {
            Ok(match self.0[i] {
                A::I(n) => n as f64,
                A::F(f) => f,
                A::S(s) => s.parse().unwrap_or(0.0),
            })
        }
        fn string(&mut self, i: usize) -> Result<PhpStr, ()> {
            Ok(Rc::new(match self.0[i] {
                A::I(n) => n.to_string().into_bytes(),
                A::F(f) => gcvt(f, 14, 'E').into_bytes(),
                A::S(s) => s.as_bytes().to_vec(),
            }))
        }
        fn notice(&mut self, msg: String) -> Result<(), ()> {
            self.1.push(msg);
            Ok(())
        }
    }

    fn sprintf(fmt: &str, args: &[A]) -> String {
        let mut a = Args(args.to_vec(), Vec::new());
        String::from_utf8(format(fmt.as_bytes(), &mut a).expect("format")).expect("utf8")
    }

    fn sprintf_err(fmt: &str, args: &[A]) -> FormatError<()> {
        let mut a = Args(args.to_vec(), Vec::new());
        format(fmt.as_bytes(), &mut a).expect_err("should fail")
    }

    // Expected strings below come from php 8.2 (`php -r 'printf(...)'`).
    #[test]
    fn padding_and_strings() {
        use A::*;
        assert_eq!(
            sprintf("%05.1f|%-6s|%'*8s", &[F(3.14159), S("ab"), S("x")]),
            "003.1|ab    |*******x"
        );
        assert_eq!(
            sprintf(
                "[%'.10d][%-'x10d][%010s][%-010s][%5.1s][%u]",
                &[I(42), I(42), S("abc"), S("abc"), S("xyz"), I(3)]
            ),
            "[........42][42xxxxxxxx][0000000abc][abc0000000][    x][3]"
        );
        assert_eq!(
            sprintf("[%5s][%+s][%+05s]", &[S("ab"), S("x"), S("x")]),
            "[   ab][x][0000x]"
        );
        assert_eq!(sprintf("%2$s %1$s %%", &[S("a"), S("b")]), "b a %");
        assert_eq!(
            sprintf(
                "%*d|%-*d|%.*f",
                &[I(5), I(42), I(4), I(7), I(2), F(3.14159)]
            ),
            "   42|7   |3.14"
        );
    }

    #[test]
    fn integers() {
        use A::*;
        assert_eq!(
            sprintf(
                "[%+d][%+05d][%x][%o][%b][%X][%c][%u]",
                &[I(5), I(5), I(-1), I(8), I(5), I(255), I(65), I(-1)]
            ),
            "[+5][+0005][ffffffffffffffff][10][101][FF][A][18446744073709551615]"
        );
        assert_eq!(
            sprintf("[%-05d][%05d][%d]", &[I(-3), I(-3), I(12)]),
            "[-3   ][-0003][12]"
        );
    }

    #[test]
    fn floats() {
        use A::*;
        assert_eq!(
            sprintf(
                "[%g][%g][%g][%G][%g][%e][%.0e][%E][%.1f][%5.1f][%-8.3f|][%08.3f]",
                &[
                    F(0.0),
                    F(100000.0),
                    F(1000000.0),
                    F(0.0001234),
                    F(123456789.0),
                    F(0.0),
                    F(12345.0),
                    F(-1.5e-10),
                    F(0.05),
                    F(-2.25),
                    F(3.14159),
                    F(-3.14159)
                ]
            ),
            "[0][100000][1.0e+6][0.0001234][1.23457e+8][0.000000e+0][1e+4][-1.500000E-10][0.1][ -2.2][3.142   |][-003.142]"
        );
        assert_eq!(
            sprintf(
                "[%.2f][%.2f][%.1f][%.0f][%.0f][%.3e][%.20f][%-08.3f][%+.1e]",
                &[
                    F(1.005),
                    F(2.675),
                    F(0.25),
                    F(0.5),
                    F(1.5),
                    F(1.0005),
                    F(0.1),
                    F(3.14159),
                    F(12.5)
                ]
            ),
            "[1.00][2.67][0.2][0][2][1.000e+0][0.10000000000000000555][3.142000][+1.2e+1]"
        );
        assert_eq!(
            sprintf("[%h][%H][%.3h]", &[F(1e20), F(1.5e-7), F(1234.5)]),
            "[1.0e+20][1.5E-7][1.23e+3]"
        );
        assert_eq!(
            sprintf(
                "[%g][%e][%f][%.1f][%5.1e][%05.1f][%+05.1f][%+f][%+e]",
                &[
                    F(-0.0),
                    F(-0.0),
                    F(-0.0),
                    F(-0.04),
                    F(-0.0),
                    F(-2.5),
                    F(2.5),
                    F(f64::NAN),
                    F(f64::NEG_INFINITY)
                ]
            ),
            "[-0][0.000000e+0][0.000000][-0.0][0.0e+0][-02.5][+02.5][NaN][INF]"
        );
        assert_eq!(sprintf("[%e]", &[F(1e-300)]), "[1.000000e-300]");
        assert_eq!(
            sprintf(
                "[%10f][%+010f][%-5e][%.f][%.s][%.1x]",
                &[
                    F(f64::NAN),
                    F(f64::INFINITY),
                    F(f64::NEG_INFINITY),
                    F(1.5),
                    S("abc"),
                    I(255)
                ]
            ),
            "[NaN][+NF][INF][1.500000][abc][]"
        );
        assert_eq!(
            sprintf("[%.*g][%.*G]", &[I(-1), F(0.1 + 0.2), I(-1), F(1e100)]),
            "[0.30000000000000004][1.0E+100]"
        );
    }

    #[test]
    fn precision_truncation_notice() {
        let mut a = Args(vec![A::I(1)], Vec::new());
        let out = format(b"%.60f", &mut a).expect("format");
        assert_eq!(out.len(), 55);
        assert_eq!(
            a.1,
            ["Requested precision of 60 digits was truncated to PHP maximum of 53 digits"]
        );
    }

    #[test]
    fn errors() {
        use A::*;
        assert_eq!(sprintf_err("%", &[]), FormatError::MissingArg(0));
        assert_eq!(sprintf_err("%d %d", &[I(1)]), FormatError::MissingArg(1));
        assert_eq!(
            sprintf_err("%", &[I(1)]),
            FormatError::Value("Missing format specifier at end of string".into())
        );
        assert_eq!(
            sprintf_err("%y", &[I(1)]),
            FormatError::Value("Unknown format specifier \"y\"".into())
        );
        assert_eq!(
            sprintf_err("%0$s", &[I(1)]),
            FormatError::Value(
                "Argument number specifier must be greater than zero and less than 2147483647"
                    .into()
            )
        );
        assert_eq!(
            sprintf_err("%*d", &[S("5"), I(1)]),
            FormatError::Value("Width must be an integer".into())
        );
    }

    #[test]
    fn gcvt_forms() {
        assert_eq!(gcvt(1e20, 6, 'e'), "1.0e+20");
        assert_eq!(gcvt(0.5, 6, 'e'), "0.5");
        assert_eq!(gcvt(-1234.5, 3, 'E'), "-1.23E+3");
        assert_eq!(gcvt(0.1 + 0.2, -1, 'E'), "0.30000000000000004");
    }

    #[test]
    fn small_fixed_agrees_with_the_float_formatter() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let places = (x >> 60) as usize;
            let mantissa = (x >> 12) % 1_000_000_000_000;
            let v = mantissa as f64 / 10f64.powi((x % 13) as i32);
            for p in [places, places.min(3)] {
                let rounded = php_round(v, p as i64, RoundMode::HalfUp);
                for candidate in [v, rounded] {
                    if let Some(fast) = fixed_small(candidate, p) {
                        assert_eq!(fast, fixed(candidate, p).into_bytes(), "{candidate} to {p}");
                    }
                }
            }
        }
        assert_eq!(fixed_small(0.125, 2), None);
        assert_eq!(fixed_small(1.005, 2), None);
        assert_eq!(fixed_small(1234.5, 0), None);
        assert_eq!(fixed_small(12.3, 2).as_deref(), Some(&b"12.30"[..]));
        assert_eq!(fixed_small(2e15, 0), None);
    }

    #[test]
    fn number_format_groups() {
        // php: number_format(1234567.891, 2) etc.
        assert_eq!(number_format(1234567.89, 2, b".", b","), b"1,234,567.89");
        assert_eq!(number_format(1234568.0, 0, b".", b","), b"1,234,568");
        assert_eq!(number_format(-1234.57, 2, b",", b"."), b"-1.234,57");
        assert_eq!(number_format(-0.0, 0, b".", b","), b"0");
        assert_eq!(number_format(1234.5, 2, b"<>", b"::"), b"1::234<>50");
        assert_eq!(number_format(0.13, 2, b"", b""), b"013");
        assert_eq!(number_format(f64::INFINITY, 0, b".", b","), b"inf");
        assert_eq!(
            number_format(1e15, 2, b".", b","),
            b"1,000,000,000,000,000.00"
        );
    }
}
