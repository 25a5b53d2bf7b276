//! Compile-time constant values and the constant folding Zend does while compiling
//! (`zend_try_ct_eval_binary_op` and friends): only operations that cannot warn or throw.

use std::cmp::Ordering;

/// A constant known at compile time (Zend's `znode` with `IS_CONST`).
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    Null,
    Bool(bool),
    Long(i64),
    Double(f64),
    Str(Vec<u8>),
    Array(Vec<(Key, Val)>),
}

/// An array key after PHP's key normalisation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Int(i64),
    Str(Vec<u8>),
}

impl Val {
    pub fn is_true(&self) -> bool {
        match self {
            Val::Null => false,
            Val::Bool(b) => *b,
            Val::Long(i) => *i != 0,
            Val::Double(d) => *d != 0.0,
            Val::Str(s) => !(s.is_empty() || s == b"0"),
            Val::Array(a) => !a.is_empty(),
        }
    }

    /// Zend's type code (`IS_NULL`..`IS_ARRAY`), used for type masks.
    pub fn type_code(&self) -> u32 {
        match self {
            Val::Null => 1,
            Val::Bool(false) => 2,
            Val::Bool(true) => 3,
            Val::Long(_) => 4,
            Val::Double(_) => 5,
            Val::Str(_) => 6,
            Val::Array(_) => 7,
        }
    }

    /// String conversion (`convert_to_string`); None for arrays (a warning at run time).
    pub fn to_php_string(&self) -> Option<Vec<u8>> {
        Some(match self {
            Val::Null | Val::Bool(false) => Vec::new(),
            Val::Bool(true) => b"1".to_vec(),
            Val::Long(i) => i.to_string().into_bytes(),
            Val::Double(d) => double_to_string(*d, 14).into_bytes(),
            Val::Str(s) => s.clone(),
            Val::Array(_) => return None,
        })
    }

    /// An array key for this value, as a constant array literal normalises it.
    pub fn to_key(&self) -> Option<Key> {
        Some(match self {
            Val::Null => Key::Str(Vec::new()),
            Val::Bool(b) => Key::Int(*b as i64),
            Val::Long(i) => Key::Int(*i),
            Val::Double(d) => {
                if !d.is_finite() || d.fract() != 0.0 {
                    return None;
                }
                Key::Int(*d as i64)
            }
            Val::Str(s) => match numeric_key(s) {
                Some(i) => Key::Int(i),
                None => Key::Str(s.clone()),
            },
            Val::Array(_) => return None,
        })
    }
}

/// `ZEND_HANDLE_NUMERIC_STR`: a canonical decimal integer string used as a key.
pub fn numeric_key(s: &[u8]) -> Option<i64> {
    let digits = s.strip_prefix(b"-").unwrap_or(s);
    if digits.is_empty() || digits.len() > 20 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if (digits[0] == b'0' && digits.len() > 1) || s == b"-0" {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// PHP's float to string with `precision` significant digits (`%.*G` with PHP's exponent style).
pub fn double_to_string(d: f64, precision: usize) -> String {
    if d.is_nan() {
        return "NAN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "INF".into() } else { "-INF".into() };
    }
    if d == 0.0 {
        return if d.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{:.*e}", precision - 1, d);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= precision as i32 {
        let mant = trim_zeros(mant);
        let mant = if mant.contains('.') {
            mant
        } else {
            format!("{mant}.0")
        };
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}E{sign}{}", exp.abs())
    } else {
        let decimals = (precision as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, d))
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// C's `%g` (6 significant digits), as `zend_dump` prints floats.
pub fn c_format_g(d: f64) -> String {
    if d.is_nan() {
        return if d.is_sign_negative() {
            "-nan".into()
        } else {
            "nan".into()
        };
    }
    if d.is_infinite() {
        return if d > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if d == 0.0 {
        return if d.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{:.5e}", d);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim_zeros(mant), exp.abs())
    } else {
        trim_zeros(&format!("{:.*}", (5 - exp).max(0) as usize, d))
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Num {
    L(i64),
    D(f64),
}

/// `is_numeric_string` without errors allowed: whitespace, sign, digits, fraction, exponent.
fn numeric_string(s: &[u8]) -> Option<Num> {
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = s.iter().position(|c| !ws(c))?;
    let end = s.iter().rposition(|c| !ws(c))? + 1;
    let t = std::str::from_utf8(&s[start..end]).ok()?;
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let mut seen_digit = false;
    let mut float = false;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.peek() {
        if c.is_ascii_digit() {
            seen_digit = true;
            chars.next();
        } else {
            break;
        }
    }
    if chars.peek() == Some(&'.') {
        float = true;
        chars.next();
        while let Some(c) = chars.peek() {
            if c.is_ascii_digit() {
                seen_digit = true;
                chars.next();
            } else {
                break;
            }
        }
    }
    if !seen_digit {
        return None;
    }
    if matches!(chars.peek(), Some('e' | 'E')) {
        float = true;
        chars.next();
        if matches!(chars.peek(), Some('+' | '-')) {
            chars.next();
        }
        let mut exp_digit = false;
        while let Some(c) = chars.peek() {
            if c.is_ascii_digit() {
                exp_digit = true;
                chars.next();
            } else {
                break;
            }
        }
        if !exp_digit {
            return None;
        }
    }
    if chars.next().is_some() {
        return None;
    }
    if !float {
        if let Ok(i) = t.parse::<i64>() {
            return Some(Num::L(i));
        }
    }
    t.parse::<f64>().ok().map(Num::D)
}

fn to_num(v: &Val) -> Option<Num> {
    match v {
        Val::Null => Some(Num::L(0)),
        Val::Bool(b) => Some(Num::L(*b as i64)),
        Val::Long(i) => Some(Num::L(*i)),
        Val::Double(d) => Some(Num::D(*d)),
        Val::Str(s) => numeric_string(s),
        Val::Array(_) => None,
    }
}

fn as_f(n: Num) -> f64 {
    match n {
        Num::L(i) => i as f64,
        Num::D(d) => d,
    }
}

/// 2^63, the first float outside the i64 range.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// Integer operand of a bitwise/shift/mod operation; None where PHP would warn.
fn to_long(n: Num) -> Option<i64> {
    match n {
        Num::L(i) => Some(i),
        Num::D(d) => {
            if d.is_finite() && d.fract() == 0.0 && (-TWO_63..TWO_63).contains(&d) {
                Some(d as i64)
            } else {
                None
            }
        }
    }
}

/// The binary operations foldable at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoldOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Sl,
    Sr,
    BwOr,
    BwAnd,
    BwXor,
    Concat,
    BoolXor,
    IsIdentical,
    IsNotIdentical,
    IsEqual,
    IsNotEqual,
    IsSmaller,
    IsSmallerOrEqual,
    Spaceship,
}

/// Folds `a op b`, or None when Zend would leave it to run time.
pub fn fold_binary(op: FoldOp, a: &Val, b: &Val) -> Option<Val> {
    use FoldOp::*;
    match op {
        Concat => {
            let mut s = a.to_php_string()?;
            s.extend_from_slice(&b.to_php_string()?);
            Some(Val::Str(s))
        }
        BoolXor => Some(Val::Bool(a.is_true() ^ b.is_true())),
        IsIdentical => Some(Val::Bool(identical(a, b)?)),
        IsNotIdentical => Some(Val::Bool(!identical(a, b)?)),
        IsEqual => Some(Val::Bool(compare(a, b)? == Ordering::Equal)),
        IsNotEqual => Some(Val::Bool(compare(a, b)? != Ordering::Equal)),
        IsSmaller => Some(Val::Bool(compare(a, b)? == Ordering::Less)),
        IsSmallerOrEqual => Some(Val::Bool(compare(a, b)? != Ordering::Greater)),
        Spaceship => Some(Val::Long(compare(a, b)? as i64)),
        _ => {
            if let (BwOr | BwAnd | BwXor, Val::Str(x), Val::Str(y)) = (op, a, b) {
                return Some(Val::Str(string_bitwise(op, x, y)));
            }
            arith(op, to_num(a)?, to_num(b)?)
        }
    }
}

fn string_bitwise(op: FoldOp, x: &[u8], y: &[u8]) -> Vec<u8> {
    let f = |p: u8, q: u8| match op {
        FoldOp::BwOr => p | q,
        FoldOp::BwAnd => p & q,
        _ => p ^ q,
    };
    if op == FoldOp::BwOr {
        let (long, short) = if x.len() >= y.len() { (x, y) } else { (y, x) };
        let mut out = long.to_vec();
        for (o, s) in out.iter_mut().zip(short) {
            *o = f(*o, *s);
        }
        out
    } else {
        x.iter().zip(y).map(|(p, q)| f(*p, *q)).collect()
    }
}

fn arith(op: FoldOp, a: Num, b: Num) -> Option<Val> {
    use FoldOp::*;
    use Num::*;
    Some(match op {
        Add | Sub | Mul => match (a, b) {
            (L(x), L(y)) => {
                let r = match op {
                    Add => x.checked_add(y),
                    Sub => x.checked_sub(y),
                    _ => x.checked_mul(y),
                };
                match r {
                    Some(r) => Val::Long(r),
                    None => Val::Double(float_op(op, x as f64, y as f64)),
                }
            }
            _ => Val::Double(float_op(op, as_f(a), as_f(b))),
        },
        Div => {
            if as_f(b) == 0.0 {
                return None;
            }
            match (a, b) {
                (L(x), L(y)) if y != -1 || x != i64::MIN => {
                    if x % y == 0 {
                        Val::Long(x / y)
                    } else {
                        Val::Double(x as f64 / y as f64)
                    }
                }
                _ => Val::Double(as_f(a) / as_f(b)),
            }
        }
        Mod => {
            let (x, y) = (to_long(a)?, to_long(b)?);
            if y == 0 {
                return None;
            }
            Val::Long(if y == -1 { 0 } else { x % y })
        }
        Pow => match (a, b) {
            (L(x), L(y)) if y >= 0 => match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                Some(r) => Val::Long(r),
                None => Val::Double((x as f64).powf(y as f64)),
            },
            _ => Val::Double(as_f(a).powf(as_f(b))),
        },
        Sl | Sr => {
            let (x, y) = (to_long(a)?, to_long(b)?);
            if y < 0 {
                return None;
            }
            Val::Long(match (op, y >= 64) {
                (Sl, true) => 0,
                (Sl, false) => x.wrapping_shl(y as u32),
                (_, true) => {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                }
                (_, false) => x >> y,
            })
        }
        BwOr | BwAnd | BwXor => {
            let (x, y) = (to_long(a)?, to_long(b)?);
            Val::Long(match op {
                BwOr => x | y,
                BwAnd => x & y,
                _ => x ^ y,
            })
        }
        _ => return None,
    })
}

fn float_op(op: FoldOp, x: f64, y: f64) -> f64 {
    match op {
        FoldOp::Add => x + y,
        FoldOp::Sub => x - y,
        _ => x * y,
    }
}

fn identical(a: &Val, b: &Val) -> Option<bool> {
    Some(match (a, b) {
        (Val::Array(_), _) | (_, Val::Array(_)) => return None,
        (Val::Double(x), Val::Double(y)) => x == y,
        _ => a == b,
    })
}

/// PHP 8 loose comparison of scalars (`zend_compare`); None for arrays.
fn compare(a: &Val, b: &Val) -> Option<Ordering> {
    use Val::*;
    let num_cmp = |x: Num, y: Num| -> Option<Ordering> {
        match (x, y) {
            (Num::L(p), Num::L(q)) => Some(p.cmp(&q)),
            _ => as_f(x).partial_cmp(&as_f(y)).or(Some(Ordering::Less)),
        }
    };
    match (a, b) {
        (Array(_), Bool(_) | Null) | (Bool(_) | Null, Array(_)) => {
            Some(a.is_true().cmp(&b.is_true()))
        }
        (Array(_), _) | (_, Array(_)) => None,
        (Null, Null) => Some(Ordering::Equal),
        (Bool(_), _) | (_, Bool(_)) => Some(a.is_true().cmp(&b.is_true())),
        (Null, Str(s)) => Some(if s.is_empty() {
            Ordering::Equal
        } else {
            Ordering::Less
        }),
        (Str(s), Null) => Some(if s.is_empty() {
            Ordering::Equal
        } else {
            Ordering::Greater
        }),
        (Null, _) => Some(false.cmp(&b.is_true())),
        (_, Null) => Some(a.is_true().cmp(&false)),
        (Str(x), Str(y)) => match (numeric_string(x), numeric_string(y)) {
            (Some(p), Some(q)) => num_cmp(p, q),
            _ => Some(x.cmp(y)),
        },
        (Str(s), _) => match numeric_string(s) {
            Some(p) => num_cmp(p, to_num(b)?),
            None => Some(s.as_slice().cmp(&b.to_php_string()?)),
        },
        (_, Str(s)) => match numeric_string(s) {
            Some(q) => num_cmp(to_num(a)?, q),
            None => Some(a.to_php_string()?.as_slice().cmp(s.as_slice())),
        },
        _ => num_cmp(to_num(a)?, to_num(b)?),
    }
}

/// `-x` / `+x` folded as `x * -1` / `x * 1`.
pub fn fold_unary_pm(v: &Val, negative: bool) -> Option<Val> {
    arith(
        FoldOp::Mul,
        to_num(v)?,
        Num::L(if negative { -1 } else { 1 }),
    )
}

/// `~x`
pub fn fold_bw_not(v: &Val) -> Option<Val> {
    match v {
        Val::Long(i) => Some(Val::Long(!i)),
        Val::Double(d) => to_long(Num::D(*d)).map(|i| Val::Long(!i)),
        Val::Str(s) => Some(Val::Str(s.iter().map(|c| !c).collect())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_arithmetic_like_php() {
        assert_eq!(
            fold_binary(FoldOp::Add, &Val::Long(1), &Val::Long(2)),
            Some(Val::Long(3))
        );
        assert_eq!(
            fold_binary(FoldOp::Div, &Val::Long(1), &Val::Long(2)),
            Some(Val::Double(0.5))
        );
        assert_eq!(fold_binary(FoldOp::Div, &Val::Long(1), &Val::Long(0)), None);
        assert_eq!(
            fold_binary(FoldOp::Add, &Val::Str(b"abc".to_vec()), &Val::Long(1)),
            None
        );
        assert_eq!(
            fold_binary(FoldOp::Pow, &Val::Long(2), &Val::Long(3)),
            Some(Val::Long(8))
        );
        assert_eq!(
            fold_binary(FoldOp::Add, &Val::Long(i64::MAX), &Val::Long(1)),
            Some(Val::Double(TWO_63))
        );
    }

    #[test]
    fn compares_like_php8() {
        let s = |x: &str| Val::Str(x.as_bytes().to_vec());
        assert_eq!(
            fold_binary(FoldOp::IsEqual, &Val::Long(0), &s("a")),
            Some(Val::Bool(false))
        );
        assert_eq!(
            fold_binary(FoldOp::IsEqual, &s("1e1"), &s("10")),
            Some(Val::Bool(true))
        );
        assert_eq!(
            fold_binary(FoldOp::IsEqual, &Val::Null, &Val::Bool(false)),
            Some(Val::Bool(true))
        );
    }

    #[test]
    fn formats_floats() {
        assert_eq!(double_to_string(0.1 + 0.2, 14), "0.3");
        assert_eq!(double_to_string(1e25, 14), "1.0E+25");
        assert_eq!(double_to_string(-1.5e-7, 14), "-1.5E-7");
        assert_eq!(c_format_g(1.5), "1.5");
        assert_eq!(c_format_g(1e20), "1e+20");
        assert_eq!(c_format_g(1.0 / 3.0), "0.333333");
        assert_eq!(c_format_g(100000.0), "100000");
        assert_eq!(c_format_g(1000000.0), "1e+06");
    }

    #[test]
    fn numeric_keys() {
        assert_eq!(numeric_key(b"12"), Some(12));
        assert_eq!(numeric_key(b"012"), None);
        assert_eq!(numeric_key(b"-0"), None);
        assert_eq!(numeric_key(b"-5"), Some(-5));
    }
}
