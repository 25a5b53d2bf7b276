//! Math functions (ext/standard/math.c), base conversions, and the random number
//! functions over PHP's Mersenne Twister.

use std::cell::RefCell;
use std::io::Read;

use miniphp_compiler::Opcode;

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{
    arg_double, arg_long, arg_number, arg_str, func, get, has, opt_double, opt_long,
    plain_value_error, type_error, value_error,
};
use super::mt::{Mode, Mt};
use super::round::{php_round, RoundMode};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("abs", abs, &["num"], 1),
    func("ceil", ceil, &["num"], 1),
    func("floor", floor, &["num"], 1),
    func("round", round, &["num", "precision", "mode"], 1),
    func("sqrt", sqrt, &["num"], 1),
    func("pow", pow, &["num", "exponent"], 2),
    func("intdiv", intdiv, &["num1", "num2"], 2),
    func("fmod", fmod, &["num1", "num2"], 2),
    func("fdiv", fdiv, &["num1", "num2"], 2),
    func("exp", exp, &["num"], 1),
    func("expm1", expm1, &["num"], 1),
    func("log", log, &["num", "base"], 1),
    func("log10", log10, &["num"], 1),
    func("log1p", log1p, &["num"], 1),
    func("sin", sin, &["num"], 1),
    func("cos", cos, &["num"], 1),
    func("tan", tan, &["num"], 1),
    func("asin", asin, &["num"], 1),
    func("acos", acos, &["num"], 1),
    func("atan", atan, &["num"], 1),
    func("atan2", atan2, &["y", "x"], 2),
    func("sinh", sinh, &["num"], 1),
    func("cosh", cosh, &["num"], 1),
    func("tanh", tanh, &["num"], 1),
    func("asinh", asinh, &["num"], 1),
    func("acosh", acosh, &["num"], 1),
    func("atanh", atanh, &["num"], 1),
    func("pi", pi, &[], 0),
    func("is_nan", is_nan, &["num"], 1),
    func("is_finite", is_finite, &["num"], 1),
    func("is_infinite", is_infinite, &["num"], 1),
    func("hypot", hypot, &["x", "y"], 2),
    func("deg2rad", deg2rad, &["num"], 1),
    func("rad2deg", rad2deg, &["num"], 1),
    func("min", min, &["value", "values"], 1).with_variadic(),
    func("max", max, &["value", "values"], 1).with_variadic(),
    func("dechex", dechex, &["num"], 1),
    func("decbin", decbin, &["num"], 1),
    func("decoct", decoct, &["num"], 1),
    func("hexdec", hexdec, &["hex_string"], 1),
    func("bindec", bindec, &["binary_string"], 1),
    func("octdec", octdec, &["octal_string"], 1),
    func(
        "base_convert",
        base_convert,
        &["num", "from_base", "to_base"],
        3,
    ),
    func("mt_rand", mt_rand, &["min", "max"], 0),
    func("rand", rand, &["min", "max"], 0),
    func("mt_srand", mt_srand, &["seed", "mode"], 0),
    func("srand", mt_srand, &["seed", "mode"], 0),
    func("mt_getrandmax", getrandmax, &[], 0),
    func("getrandmax", getrandmax, &[], 0),
    func("random_int", random_int, &["min", "max"], 2),
    func("lcg_value", lcg_value, &[], 0),
    func("uniqid", uniqid, &["prefix", "more_entropy"], 0),
    func("random_bytes", random_bytes, &["length"], 1),
];

type R = Result<Value, Unwind>;

fn abs(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(match arg_number(vm, args, 0, "abs")? {
        Value::Long(i64::MIN) => Value::Double(-(i64::MIN as f64)),
        Value::Long(n) => Value::Long(n.abs()),
        v => Value::Double(v.to_double().abs()),
    })
}

fn ceil(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::Double(
        arg_number(vm, args, 0, "ceil")?.to_double().ceil(),
    ))
}

fn floor(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::Double(
        arg_number(vm, args, 0, "floor")?.to_double().floor(),
    ))
}

fn round(vm: &mut Vm, args: &mut [Value]) -> R {
    let num = arg_number(vm, args, 0, "round")?;
    let places = opt_long(vm, args, 1, "round", 0)?;
    let mode = opt_long(vm, args, 2, "round", 1)?;
    let mode = RoundMode::from_long(mode).unwrap_or(RoundMode::HalfUp);
    Ok(Value::Double(match num {
        Value::Long(n) if places >= 0 => n as f64,
        v => php_round(v.to_double(), places, mode),
    }))
}

/// A `float → float` function.
fn unary(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> R {
    Ok(Value::Double(f(arg_double(vm, args, 0, name)?)))
}

fn sqrt(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "sqrt", f64::sqrt)
}

fn exp(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "exp", f64::exp)
}

fn expm1(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "expm1", f64::exp_m1)
}

fn log10(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "log10", f64::log10)
}

fn log1p(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "log1p", f64::ln_1p)
}

fn sin(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "sin", f64::sin)
}

fn cos(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "cos", f64::cos)
}

fn tan(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "tan", f64::tan)
}

fn asin(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "asin", f64::asin)
}

fn acos(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "acos", f64::acos)
}

fn atan(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "atan", f64::atan)
}

fn sinh(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "sinh", f64::sinh)
}

fn cosh(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "cosh", f64::cosh)
}

fn tanh(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "tanh", f64::tanh)
}

fn asinh(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "asinh", f64::asinh)
}

fn acosh(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "acosh", f64::acosh)
}

fn atanh(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "atanh", f64::atanh)
}

fn deg2rad(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "deg2rad", |d| d / 180.0 * std::f64::consts::PI)
}

fn rad2deg(vm: &mut Vm, args: &mut [Value]) -> R {
    unary(vm, args, "rad2deg", |r| r / std::f64::consts::PI * 180.0)
}

/// A `(float, float) → float` function.
fn binary(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64, f64) -> f64) -> R {
    let a = arg_double(vm, args, 0, name)?;
    let b = arg_double(vm, args, 1, name)?;
    Ok(Value::Double(f(a, b)))
}

fn fmod(vm: &mut Vm, args: &mut [Value]) -> R {
    binary(vm, args, "fmod", |a, b| a % b)
}

fn fdiv(vm: &mut Vm, args: &mut [Value]) -> R {
    binary(vm, args, "fdiv", |a, b| a / b)
}

fn atan2(vm: &mut Vm, args: &mut [Value]) -> R {
    binary(vm, args, "atan2", f64::atan2)
}

fn hypot(vm: &mut Vm, args: &mut [Value]) -> R {
    binary(vm, args, "hypot", f64::hypot)
}

fn pi(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::Double(std::f64::consts::PI))
}

fn float_test(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> bool) -> R {
    Ok(Value::from(f(arg_double(vm, args, 0, name)?)))
}

fn is_nan(vm: &mut Vm, args: &mut [Value]) -> R {
    float_test(vm, args, "is_nan", f64::is_nan)
}

fn is_finite(vm: &mut Vm, args: &mut [Value]) -> R {
    float_test(vm, args, "is_finite", f64::is_finite)
}

fn is_infinite(vm: &mut Vm, args: &mut [Value]) -> R {
    float_test(vm, args, "is_infinite", f64::is_infinite)
}

fn pow(vm: &mut Vm, args: &mut [Value]) -> R {
    crate::ops::binary_op(vm, Opcode::Pow, &get(args, 0), &get(args, 1))
}

fn intdiv(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_long(vm, args, 0, "intdiv")?;
    let b = arg_long(vm, args, 1, "intdiv")?;
    if b == 0 {
        return Err(vm.throw_error("DivisionByZeroError", "Division by zero".into()));
    }
    if a == i64::MIN && b == -1 {
        return Err(vm.throw_error(
            "ArithmeticError",
            "Division of PHP_INT_MIN by -1 is not an integer".into(),
        ));
    }
    Ok(Value::Long(a / b))
}

fn log(vm: &mut Vm, args: &mut [Value]) -> R {
    let num = arg_double(vm, args, 0, "log")?;
    if !has(args, 1) {
        return Ok(Value::Double(num.ln()));
    }
    let base = opt_double(vm, args, 1, "log", std::f64::consts::E)?;
    if base == 1.0 {
        return Ok(Value::Double(f64::NAN));
    }
    if base <= 0.0 {
        return Err(value_error(vm, "log", 1, "must be greater than 0"));
    }
    Ok(Value::Double(if base == 2.0 {
        num.log2()
    } else if base == 10.0 {
        num.log10()
    } else {
        num.ln() / base.ln()
    }))
}

/// `min`/`max`: the extreme of an array or of the arguments, by PHP comparison;
/// the first of equal values wins.
fn extreme(vm: &mut Vm, args: &[Value], name: &str, want: i32) -> R {
    let values: Vec<Value> = if args.len() == 1 {
        match get(args, 0) {
            Value::Array(a) => {
                if a.is_empty() {
                    return Err(value_error(
                        vm,
                        name,
                        0,
                        "must contain at least one element",
                    ));
                }
                a.values().map(Value::deref).collect()
            }
            v => return Err(type_error(vm, name, 0, "array", &v)),
        }
    } else {
        args.iter().map(Value::deref).collect()
    };
    let mut best = values[0].clone();
    for v in &values[1..] {
        if v.compare(&best) == want {
            best = v.clone();
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &mut [Value]) -> R {
    extreme(vm, args, "min", -1)
}

fn max(vm: &mut Vm, args: &mut [Value]) -> R {
    extreme(vm, args, "max", 1)
}

/// An int in base 2^bits, as unsigned (`dechex(-1)` is 16 `f`s).
fn to_base_pow2(n: i64, base: u32) -> String {
    let n = n as u64;
    match base {
        2 => format!("{n:b}"),
        8 => format!("{n:o}"),
        _ => format!("{n:x}"),
    }
}

fn dechex(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(to_base_pow2(
        arg_long(vm, args, 0, "dechex")?,
        16,
    )))
}

fn decbin(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(to_base_pow2(
        arg_long(vm, args, 0, "decbin")?,
        2,
    )))
}

fn decoct(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(to_base_pow2(
        arg_long(vm, args, 0, "decoct")?,
        8,
    )))
}

/// Reads digits of `base`, skipping invalid characters (with PHP's deprecation);
/// overflow continues in floating point.
fn from_base(vm: &mut Vm, s: &[u8], base: u32) -> Value {
    let mut s = s.trim_ascii();
    let prefix = match base {
        16 => Some(b'x'),
        8 => Some(b'o'),
        2 => Some(b'b'),
        _ => None,
    };
    if let (Some(p), [b'0', c, ..]) = (prefix, s) {
        if c.to_ascii_lowercase() == p {
            s = &s[2..];
        }
    }
    let mut num: i64 = 0;
    let mut fnum: f64 = 0.0;
    let mut is_float = false;
    let mut invalid = false;
    for &c in s {
        let Some(d) = (c as char).to_digit(36).filter(|&d| d < base) else {
            invalid = true;
            continue;
        };
        if !is_float {
            match num
                .checked_mul(i64::from(base))
                .and_then(|n| n.checked_add(i64::from(d)))
            {
                Some(n) => {
                    num = n;
                    continue;
                }
                None => {
                    is_float = true;
                    fnum = num as f64;
                }
            }
        }
        fnum = fnum * f64::from(base) + f64::from(d);
    }
    if invalid {
        vm.deprecated(
            "Invalid characters passed for attempted conversion, these have been ignored",
        );
    }
    if is_float {
        Value::Double(fnum)
    } else {
        Value::Long(num)
    }
}

fn hexdec(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "hexdec")?;
    Ok(from_base(vm, &s, 16))
}

fn bindec(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "bindec")?;
    Ok(from_base(vm, &s, 2))
}

fn octdec(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "octdec")?;
    Ok(from_base(vm, &s, 8))
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn base_convert(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "base_convert";
    let s = arg_str(vm, args, 0, F)?;
    let from = arg_long(vm, args, 1, F)?;
    let to = arg_long(vm, args, 2, F)?;
    for (i, b) in [(1, from), (2, to)] {
        if !(2..=36).contains(&b) {
            return Err(value_error(
                vm,
                F,
                i,
                "must be between 2 and 36 (inclusive)",
            ));
        }
    }
    let n = from_base(vm, &s, from as u32);
    let to = to as u64;
    let mut out = Vec::new();
    match n {
        Value::Double(d) => {
            let mut f = d.floor();
            if !f.is_finite() {
                return Err(plain_value_error(
                    vm,
                    format!("An infinite value cannot be converted to base {to}"),
                ));
            }
            loop {
                out.push(DIGITS[(f % to as f64) as usize % 36]);
                f /= to as f64;
                if f.abs() < 1.0 {
                    break;
                }
            }
        }
        v => {
            let mut u = v.to_long() as u64;
            loop {
                out.push(DIGITS[(u % to) as usize]);
                u /= to;
                if u == 0 {
                    break;
                }
            }
        }
    }
    out.reverse();
    Ok(Value::from(out))
}

thread_local! {
    /// The request's Mersenne Twister, seeded on first use.
    static MT: RefCell<Option<Mt>> = const { RefCell::new(None) };
}

/// 32 bits from the OS, for seeds (`GENERATE_SEED`) and `random_int`.
pub(crate) fn os_random_u64() -> u64 {
    let mut buf = [0u8; 8];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        u64::from_le_bytes(buf)
    } else {
        // No /dev/urandom: time and address entropy is the best left.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        t ^ (&buf as *const _ as u64).rotate_left(32)
    }
}

/// Runs `f` on the generator, seeding it randomly first if needed.
pub fn with_mt<T>(f: impl FnOnce(&mut Mt) -> T) -> T {
    MT.with(|cell| {
        let mut slot = cell.borrow_mut();
        let mt = slot.get_or_insert_with(|| Mt::new(os_random_u64() as u32, Mode::Mt19937));
        f(mt)
    })
}

fn rand_args(vm: &mut Vm, args: &[Value], name: &str) -> Result<Option<(i64, i64)>, Unwind> {
    match args.len() {
        0 => Ok(None),
        1 => Err(vm.throw_error(
            "ArgumentCountError",
            format!("{name}() expects exactly 2 arguments, 1 given"),
        )),
        _ => Ok(Some((
            arg_long(vm, args, 0, name)?,
            arg_long(vm, args, 1, name)?,
        ))),
    }
}

fn mt_rand(vm: &mut Vm, args: &mut [Value]) -> R {
    let Some((lo, hi)) = rand_args(vm, args, "mt_rand")? else {
        return Ok(Value::Long(with_mt(Mt::next_int)));
    };
    if hi < lo {
        return Err(value_error(
            vm,
            "mt_rand",
            1,
            "must be greater than or equal to argument #1 ($min)",
        ));
    }
    Ok(Value::Long(with_mt(|mt| mt.range_common(lo, hi))))
}

fn rand(vm: &mut Vm, args: &mut [Value]) -> R {
    let Some((lo, hi)) = rand_args(vm, args, "rand")? else {
        return Ok(Value::Long(with_mt(Mt::next_int)));
    };
    Ok(Value::Long(with_mt(|mt| {
        if hi < lo {
            mt.range_common(hi, lo)
        } else {
            mt.range_common(lo, hi)
        }
    })))
}

fn mt_srand(vm: &mut Vm, args: &mut [Value]) -> R {
    let seed = if has(args, 0) && !get(args, 0).is_null() {
        arg_long(vm, args, 0, "mt_srand")? as u32
    } else {
        os_random_u64() as u32
    };
    let mode = match opt_long(vm, args, 1, "mt_srand", 0)? {
        1 => Mode::Php,
        _ => Mode::Mt19937,
    };
    MT.with(|cell| *cell.borrow_mut() = Some(Mt::new(seed, mode)));
    Ok(Value::Null)
}

fn getrandmax(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::Long(2_147_483_647))
}

fn random_int(vm: &mut Vm, args: &mut [Value]) -> R {
    let lo = arg_long(vm, args, 0, "random_int")?;
    let hi = arg_long(vm, args, 1, "random_int")?;
    if lo > hi {
        return Err(value_error(
            vm,
            "random_int",
            0,
            "must be less than or equal to argument #2 ($max)",
        ));
    }
    let span = (hi as u64).wrapping_sub(lo as u64);
    let r = if span == u64::MAX {
        os_random_u64()
    } else {
        // Rejection sampling keeps the distribution uniform.
        let n = span + 1;
        let limit = u64::MAX - (u64::MAX % n);
        loop {
            let r = os_random_u64();
            if r < limit {
                break r % n;
            }
        }
    };
    Ok(Value::Long((lo as u64).wrapping_add(r) as i64))
}

fn lcg_value(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::Double(
        (os_random_u64() >> 11) as f64 / (1u64 << 53) as f64,
    ))
}

/// `uniqid`: the prefix, then the time as 8 hex digits of seconds and 5 of
/// microseconds (and a random fraction with `more_entropy`).
fn uniqid(vm: &mut Vm, args: &mut [Value]) -> R {
    let prefix = super::args::opt_str(vm, args, 0, "uniqid", b"")?;
    let more = super::args::opt_bool(vm, args, 1, "uniqid", false)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let mut out = prefix.to_vec();
    out.extend_from_slice(format!("{:08x}{:05x}", now.as_secs(), now.subsec_micros()).as_bytes());
    if more {
        let lcg = (os_random_u64() >> 11) as f64 / (1u64 << 53) as f64;
        out.extend_from_slice(format!("{:.8}", lcg * 10.0).as_bytes());
    }
    Ok(Value::from(out))
}

fn random_bytes(vm: &mut Vm, args: &mut [Value]) -> R {
    let n = arg_long(vm, args, 0, "random_bytes")?;
    if n < 1 {
        return Err(value_error(vm, "random_bytes", 0, "must be greater than 0"));
    }
    super::args::alloc_guard(vm, n as u128)?;
    let mut out = Vec::with_capacity(n as usize);
    while out.len() < n as usize {
        out.extend_from_slice(&os_random_u64().to_le_bytes());
    }
    out.truncate(n as usize);
    Ok(Value::from(out))
}
