//! Arithmetic, bitwise, concatenation and increment operators with PHP 8's
//! conversions, warnings and TypeErrors (`zend_operators.c`).

use std::rc::Rc;

use miniphp_compiler::Opcode;

use crate::array::PhpArray;
use crate::float_fmt;
use crate::numeric::{self, parse_numeric, Num, Numeric};
use crate::object::PhpObject;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// The operator's symbol, for "Unsupported operand types: array + int".
fn symbol(op: Opcode) -> &'static str {
    match op {
        Opcode::Add => "+",
        Opcode::Sub => "-",
        Opcode::Mul => "*",
        Opcode::Div => "/",
        Opcode::Mod => "%",
        Opcode::Pow => "**",
        Opcode::Sl => "<<",
        Opcode::Sr => ">>",
        Opcode::BwOr => "|",
        Opcode::BwAnd => "&",
        Opcode::BwXor => "^",
        Opcode::Concat => ".",
        _ => "?",
    }
}

fn unsupported(vm: &mut Vm, op: Opcode, a: &Value, b: &Value) -> Unwind {
    vm.throw_error(
        "TypeError",
        format!(
            "Unsupported operand types: {} {} {}",
            operand_type_name(a),
            symbol(op),
            operand_type_name(b)
        ),
    )
}

/// Zend's `zend_zval_type_name`: an object's class, a resource as plain `resource`.
fn operand_type_name(v: &Value) -> String {
    match v.deref() {
        Value::Resource(_) => "resource".to_string(),
        v => v.debug_type_name(),
    }
}

/// An operand as a number, or `None` when PHP 8 rejects it (arrays, objects,
/// non-numeric strings); leading-numeric strings warn.
fn to_number(vm: &mut Vm, v: &Value) -> Option<Num> {
    match v {
        Value::Long(n) => Some(Num::Long(*n)),
        Value::Double(d) => Some(Num::Double(*d)),
        Value::Undef | Value::Null | Value::False => Some(Num::Long(0)),
        Value::True => Some(Num::Long(1)),
        Value::String(s) => match parse_numeric(s) {
            Numeric::Full(n) => Some(n),
            Numeric::Leading(n) => {
                vm.warning("A non-numeric value encountered");
                Some(n)
            }
            Numeric::No => None,
        },
        Value::Reference(r) => {
            let v = r.borrow().clone();
            to_number(vm, &v)
        }
        Value::Array(_) | Value::Object(_) | Value::Resource(_) => None,
    }
}

fn num_value(n: Num) -> Value {
    match n {
        Num::Long(l) => Value::Long(l),
        Num::Double(d) => Value::Double(d),
    }
}

fn as_f64(n: Num) -> f64 {
    match n {
        Num::Long(l) => l as f64,
        Num::Double(d) => d,
    }
}

/// An operand as an int for `%`, `<<`, `|`…: floats truncate with the 8.1
/// deprecation when they lose precision.
fn to_int_operand(vm: &mut Vm, op: Opcode, v: &Value, a: &Value, b: &Value) -> Result<i64, Unwind> {
    if let Value::String(s) = v.deref() {
        if let Numeric::Full(Num::Double(d)) | Numeric::Leading(Num::Double(d)) = parse_numeric(&s)
        {
            if !numeric::is_long_compatible(d) && d.is_finite() {
                // Warn for leading-numeric first, as to_number does.
                if matches!(parse_numeric(&s), Numeric::Leading(_)) {
                    vm.warning("A non-numeric value encountered");
                }
                vm.deprecated(&format!(
                    "Implicit conversion from float-string \"{}\" to int loses precision",
                    String::from_utf8_lossy(&s)
                ));
                return Ok(numeric::dval_to_lval(d));
            }
        }
    }
    match to_number(vm, v) {
        Some(Num::Long(n)) => Ok(n),
        Some(Num::Double(d)) => Ok(double_to_int_checked(vm, d)),
        None => Err(unsupported(vm, op, a, b)),
    }
}

/// A float used as an int: truncated, with the deprecation when fractional.
pub fn double_to_int_checked(vm: &mut Vm, d: f64) -> i64 {
    if !numeric::is_long_compatible(d) {
        vm.deprecated(&format!(
            "Implicit conversion from float {} to int loses precision",
            float_fmt::fmt_repr(d, -1)
        ));
    }
    numeric::dval_to_lval(d)
}

/// Evaluate a binary operator (`ADD` … `BW_XOR`, `CONCAT`, comparisons).
pub fn binary_op(vm: &mut Vm, op: Opcode, a: &Value, b: &Value) -> Result<Value, Unwind> {
    match op {
        Opcode::Add | Opcode::Sub | Opcode::Mul | Opcode::Div | Opcode::Pow => arith(vm, op, a, b),
        Opcode::Mod => {
            let x = to_int_operand(vm, op, a, a, b)?;
            let y = to_int_operand(vm, op, b, a, b)?;
            if y == 0 {
                return Err(vm.throw_error("DivisionByZeroError", "Modulo by zero".into()));
            }
            Ok(Value::Long(if y == -1 { 0 } else { x % y }))
        }
        Opcode::Sl | Opcode::Sr => {
            let x = to_int_operand(vm, op, a, a, b)?;
            let y = to_int_operand(vm, op, b, a, b)?;
            if y < 0 {
                return Err(
                    vm.throw_error("ArithmeticError", "Bit shift by negative number".into())
                );
            }
            Ok(Value::Long(match (op, y >= 64) {
                (Opcode::Sl, true) => 0,
                (Opcode::Sl, false) => x.wrapping_shl(y as u32),
                (_, true) => {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                }
                (_, false) => x >> y,
            }))
        }
        Opcode::BwOr | Opcode::BwAnd | Opcode::BwXor => {
            if let (Value::String(x), Value::String(y)) = (a.deref(), b.deref()) {
                return Ok(Value::from(bytewise(op, &x, &y)));
            }
            let x = to_int_operand(vm, op, a, a, b)?;
            let y = to_int_operand(vm, op, b, a, b)?;
            Ok(Value::Long(match op {
                Opcode::BwOr => x | y,
                Opcode::BwAnd => x & y,
                _ => x ^ y,
            }))
        }
        Opcode::Concat | Opcode::FastConcat => concat(vm, a, b),
        Opcode::IsIdentical => Ok(Value::from(a.strict_eq(b))),
        Opcode::IsNotIdentical => Ok(Value::from(!a.strict_eq(b))),
        Opcode::IsEqual
        | Opcode::IsNotEqual
        | Opcode::IsSmaller
        | Opcode::IsSmallerOrEqual
        | Opcode::Spaceship => {
            let cast = object_cast_operands(vm, a, b)?;
            let (a, b) = cast.as_ref().map_or((a, b), |(x, y)| (x, y));
            Ok(match op {
                Opcode::IsEqual => Value::from(a.loose_eq(b)),
                Opcode::IsNotEqual => Value::from(!a.loose_eq(b)),
                Opcode::IsSmaller => Value::from(a.compare(b) < 0),
                Opcode::IsSmallerOrEqual => Value::from(a.compare(b) <= 0),
                _ => Value::Long(a.compare(b) as i64),
            })
        }
        Opcode::BoolXor => Ok(Value::from(a.to_bool() ^ b.to_bool())),
        _ => Err(vm.throw_error("Error", format!("Unsupported operator {}", op.name()))),
    }
}

/// The operands of a loose comparison of an object with a string or a number, the
/// object cast to the other's type as zend_std_compare_objects does: a string through
/// `__toString`; a number fails the cast, so a notice and 1 (or 1.0). None when no
/// cast applies (the comparison decides by types alone).
pub fn object_cast_operands(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
) -> Result<Option<(Value, Value)>, Unwind> {
    Ok(match (a, b) {
        (Value::Object(o), other) => object_cast(vm, o, other)?.map(|cast| (cast, b.clone())),
        (other, Value::Object(o)) => object_cast(vm, o, other)?.map(|cast| (a.clone(), cast)),
        _ => None,
    })
}

/// `o` cast to the type of `other` for a comparison, when that cast means something.
fn object_cast(vm: &mut Vm, o: &Rc<PhpObject>, other: &Value) -> Result<Option<Value>, Unwind> {
    // Enum cases are uncomparable (their handler casts nothing).
    if o.class.is_enum() {
        return Ok(None);
    }
    Ok(match other {
        Value::String(_) if o.class.magic.to_string.is_some() => {
            Some(Value::String(vm.object_to_string(o)?))
        }
        Value::Long(_) | Value::Double(_) => {
            let (ty, one) = match other {
                Value::Long(_) => ("int", Value::Long(1)),
                _ => ("float", Value::Double(1.0)),
            };
            vm.notice(&format!(
                "Object of class {} could not be converted to {ty}",
                o.class.display_name()
            ));
            Some(one)
        }
        _ => None,
    })
}

fn bytewise(op: Opcode, x: &[u8], y: &[u8]) -> Vec<u8> {
    let (long, short) = if x.len() >= y.len() { (x, y) } else { (y, x) };
    match op {
        Opcode::BwOr => long
            .iter()
            .enumerate()
            .map(|(i, &c)| c | short.get(i).copied().unwrap_or(0))
            .collect(),
        Opcode::BwAnd => short.iter().zip(long).map(|(a, b)| a & b).collect(),
        _ => short.iter().zip(long).map(|(a, b)| a ^ b).collect(),
    }
}

fn arith(vm: &mut Vm, op: Opcode, a: &Value, b: &Value) -> Result<Value, Unwind> {
    if op == Opcode::Add {
        if let (Value::Array(x), Value::Array(y)) = (a.deref(), b.deref()) {
            return Ok(array_union(x, &y));
        }
    }
    // The right operand is converted (and warned about) only once the left one is a number.
    let Some((x, y)) = to_number(vm, a).and_then(|x| Some((x, to_number(vm, b)?))) else {
        return Err(unsupported(vm, op, a, b));
    };
    arith_num(vm, op, x, y)
}

/// `$a + $b` on arrays: keys of `$b` missing from `$a` are appended.
fn array_union(x: Rc<PhpArray>, y: &PhpArray) -> Value {
    let mut out = x;
    for (k, v) in y.iter() {
        if !out.contains_key(&k) {
            Rc::make_mut(&mut out).insert(k, v.clone());
        }
    }
    Value::Array(out)
}

fn arith_num(vm: &mut Vm, op: Opcode, x: Num, y: Num) -> Result<Value, Unwind> {
    if let (Num::Long(a), Num::Long(b)) = (x, y) {
        let r = match op {
            Opcode::Add => a.checked_add(b),
            Opcode::Sub => a.checked_sub(b),
            Opcode::Mul => a.checked_mul(b),
            Opcode::Div => {
                if b == 0 {
                    return Err(vm.throw_error("DivisionByZeroError", "Division by zero".into()));
                }
                if a.checked_rem(b) == Some(0) {
                    a.checked_div(b)
                } else {
                    None
                }
            }
            Opcode::Pow if b >= 0 => match int_pow(a, b) {
                Ok(n) => Some(n),
                Err(d) => return Ok(Value::Double(d)),
            },
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Long(r));
        }
    }
    let (a, b) = (as_f64(x), as_f64(y));
    Ok(Value::Double(match op {
        Opcode::Add => a + b,
        Opcode::Sub => a - b,
        Opcode::Mul => a * b,
        Opcode::Div => {
            if b == 0.0 {
                return Err(vm.throw_error("DivisionByZeroError", "Division by zero".into()));
            }
            a / b
        }
        _ => a.powf(b),
    }))
}

/// `**` on ints with a non-negative exponent, as Zend computes it: squaring in ints,
/// and on overflow the rest in floats from where it stood (so `PHP_INT_MIN ** odd` is
/// -INF, which a float pow of the rounded operands would not give).
fn int_pow(base: i64, exp: i64) -> Result<i64, f64> {
    let (mut l1, mut l2, mut i) = (1i64, base, exp);
    if i == 0 {
        return Ok(1);
    }
    if l2 == 0 {
        return Ok(0);
    }
    while i >= 1 {
        if i % 2 == 1 {
            i -= 1;
            match l1.checked_mul(l2) {
                Some(v) => l1 = v,
                None => return Err(l1 as f64 * l2 as f64 * (l2 as f64).powf(i as f64)),
            }
        } else {
            i /= 2;
            match l2.checked_mul(l2) {
                Some(v) => l2 = v,
                None => return Err(l1 as f64 * (l2 as f64 * l2 as f64).powf(i as f64)),
            }
        }
    }
    Ok(l1)
}

/// `.`: both sides as strings.
pub fn concat(vm: &mut Vm, a: &Value, b: &Value) -> Result<Value, Unwind> {
    let len = |v: &Value| match v {
        Value::String(s) => s.len(),
        _ => 20,
    };
    let mut s = Vec::with_capacity(len(a) + len(b));
    a.append_php_string(vm, &mut s)?;
    b.append_php_string(vm, &mut s)?;
    Ok(Value::from(s))
}

/// `.=` in place: appends to the string without copying when it is not shared.
pub fn concat_assign(vm: &mut Vm, target: &mut Value, b: &Value) -> Result<(), Unwind> {
    if let (Value::String(s), Value::Long(n)) = (&mut *target, b) {
        crate::value::append_long(Rc::make_mut(s), *n);
        return Ok(());
    }
    if let Value::String(s) = target {
        let y = b.to_php_string(vm)?;
        Rc::make_mut(s).extend_from_slice(&y);
        return Ok(());
    }
    // The target is converted (and warned about) first, as concat_function does.
    let x = target.to_php_string(vm)?;
    let y = b.to_php_string(vm)?;
    let mut s = Vec::with_capacity(x.len() + y.len());
    s.extend_from_slice(&x);
    s.extend_from_slice(&y);
    *target = Value::from(s);
    Ok(())
}

/// Unary `~`.
pub fn bitwise_not(vm: &mut Vm, a: &Value) -> Result<Value, Unwind> {
    match a.deref() {
        Value::Long(n) => Ok(Value::Long(!n)),
        Value::Double(d) => Ok(Value::Long(!double_to_int_checked(vm, d))),
        Value::String(s) => Ok(Value::from(s.iter().map(|c| !c).collect::<Vec<u8>>())),
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "Cannot perform bitwise not on {}",
                operand_type_name(&other)
            ),
        )),
    }
}

/// `++` (`increment_function`).
pub fn increment(vm: &mut Vm, v: &mut Value) -> Result<(), Unwind> {
    match v {
        Value::Long(n) => {
            *v = match n.checked_add(1) {
                Some(m) => Value::Long(m),
                None => Value::Double(*n as f64 + 1.0),
            }
        }
        Value::Double(d) => *d += 1.0,
        Value::Undef | Value::Null => *v = Value::Long(1),
        Value::False | Value::True => {}
        Value::String(s) => {
            if s.is_empty() {
                *v = Value::from("1");
                return Ok(());
            }
            match parse_numeric(s) {
                Numeric::Full(Num::Long(n)) => {
                    *v = match n.checked_add(1) {
                        Some(m) => Value::Long(m),
                        None => Value::Double(n as f64 + 1.0),
                    }
                }
                Numeric::Full(Num::Double(d)) => *v = Value::Double(d + 1.0),
                _ => *v = Value::from(string_increment(s)),
            }
        }
        Value::Array(_) => return Err(vm.throw_error("TypeError", "Cannot increment array".into())),
        Value::Object(o) => {
            let msg = format!("Cannot increment {}", o.class.name);
            return Err(vm.throw_error("TypeError", msg));
        }
        Value::Resource(_) => {
            return Err(vm.throw_error("TypeError", "Cannot increment resource".into()))
        }
        Value::Reference(r) => {
            let mut inner = std::mem::take(&mut *r.borrow_mut());
            let res = increment(vm, &mut inner);
            *r.borrow_mut() = inner;
            return res;
        }
    }
    Ok(())
}

/// `--` (`decrement_function`): null stays null, non-numeric strings unchanged.
pub fn decrement(vm: &mut Vm, v: &mut Value) -> Result<(), Unwind> {
    match v {
        Value::Long(n) => {
            *v = match n.checked_sub(1) {
                Some(m) => Value::Long(m),
                None => Value::Double(*n as f64 - 1.0),
            }
        }
        Value::Double(d) => *d -= 1.0,
        Value::Undef => *v = Value::Null,
        Value::Null | Value::False | Value::True => {}
        Value::String(s) => {
            if s.is_empty() {
                *v = Value::Long(-1);
                return Ok(());
            }
            match parse_numeric(s) {
                Numeric::Full(Num::Long(n)) => {
                    *v = match n.checked_sub(1) {
                        Some(m) => Value::Long(m),
                        None => Value::Double(n as f64 - 1.0),
                    }
                }
                Numeric::Full(Num::Double(d)) => *v = Value::Double(d - 1.0),
                _ => {}
            }
        }
        Value::Array(_) => return Err(vm.throw_error("TypeError", "Cannot decrement array".into())),
        Value::Object(o) => {
            let msg = format!("Cannot decrement {}", o.class.name);
            return Err(vm.throw_error("TypeError", msg));
        }
        Value::Resource(_) => {
            return Err(vm.throw_error("TypeError", "Cannot decrement resource".into()))
        }
        Value::Reference(r) => {
            let mut inner = std::mem::take(&mut *r.borrow_mut());
            let res = decrement(vm, &mut inner);
            *r.borrow_mut() = inner;
            return res;
        }
    }
    Ok(())
}

/// Perl-style string increment: `"a"` → `"b"`, `"Az"` → `"Ba"`, `"zz"` → `"aaa"`.
pub fn string_increment(s: &[u8]) -> Vec<u8> {
    let mut out = s.to_vec();
    let mut i = out.len();
    while i > 0 {
        i -= 1;
        let c = out[i];
        let (wrapped, first) = match c {
            b'a'..=b'y' | b'A'..=b'Y' | b'0'..=b'8' => {
                out[i] = c + 1;
                return out;
            }
            b'z' => (b'a', b'a'),
            b'Z' => (b'A', b'A'),
            b'9' => (b'0', b'1'),
            _ => return out,
        };
        out[i] = wrapped;
        if i == 0 {
            out.insert(0, first);
            return out;
        }
    }
    out
}

/// `(int)`, `(string)`… casts (CAST's extended_value is Zend's type code).
pub fn cast(vm: &mut Vm, v: &Value, type_code: u32) -> Result<Value, Unwind> {
    Ok(match type_code {
        1 => Value::Null,
        4 => Value::Long(crate::builtins::types::long_of(vm, &v.deref())),
        5 => Value::Double(crate::builtins::types::double_of(vm, &v.deref())),
        6 => Value::String(v.to_php_string(vm)?),
        7 => match v.deref() {
            Value::Array(a) => Value::Array(a),
            Value::Null | Value::Undef => Value::empty_array(),
            Value::Object(o) => Value::from(o.prop_table()),
            other => Value::from(PhpArray::from_list(vec![other])),
        },
        8 => match v.deref() {
            Value::Object(o) => Value::Object(o),
            other => {
                let props = match other {
                    Value::Array(a) => (*a).clone(),
                    Value::Null | Value::Undef => PhpArray::new(),
                    scalar => {
                        let mut p = PhpArray::new();
                        p.insert(crate::value::ArrayKey::from_bytes(b"scalar"), scalar);
                        p
                    }
                };
                Value::Object(crate::object::PhpObject::std_class(props))
            }
        },
        _ => Value::from(v.to_bool()),
    })
}

pub fn num_result(n: Num) -> Value {
    num_value(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::IniOverrides;

    fn vm() -> Vm {
        Vm::new(
            &IniOverrides {
                no_ini: true,
                settings: vec![],
            },
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        )
    }

    fn err_msg(r: Result<Value, Unwind>) -> String {
        match r {
            Err(Unwind::Throw(o)) => format!(
                "{}: {}",
                o.class.name,
                o.prop("message")
                    .to_string_lossy(14)
                    .iter()
                    .map(|&b| b as char)
                    .collect::<String>()
            ),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn arithmetic() {
        let mut vm = vm();
        let v = binary_op(
            &mut vm,
            Opcode::Add,
            &Value::Long(i64::MAX),
            &Value::Long(1),
        )
        .unwrap();
        assert!(matches!(v, Value::Double(d) if d == 9.223372036854776E+18));
        let v = binary_op(
            &mut vm,
            Opcode::Add,
            &Value::from("5 apples"),
            &Value::Long(1),
        )
        .unwrap();
        assert!(matches!(v, Value::Long(6)));
        let v = binary_op(
            &mut vm,
            Opcode::Add,
            &Value::from("12"),
            &Value::from("1.5"),
        )
        .unwrap();
        assert!(matches!(v, Value::Double(d) if d == 13.5));
        let v = binary_op(&mut vm, Opcode::Div, &Value::Long(6), &Value::Long(3)).unwrap();
        assert!(matches!(v, Value::Long(2)));
        let v = binary_op(&mut vm, Opcode::Div, &Value::Long(1), &Value::Long(2)).unwrap();
        assert!(matches!(v, Value::Double(d) if d == 0.5));
        let v = binary_op(&mut vm, Opcode::Pow, &Value::Long(10), &Value::Long(20)).unwrap();
        assert!(matches!(v, Value::Double(d) if d == 1e20));
        let v = binary_op(&mut vm, Opcode::Pow, &Value::Long(2), &Value::Long(10)).unwrap();
        assert!(matches!(v, Value::Long(1024)));
        let v = binary_op(
            &mut vm,
            Opcode::Mod,
            &Value::Long(i64::MIN),
            &Value::Long(-1),
        )
        .unwrap();
        assert!(matches!(v, Value::Long(0)));
    }

    #[test]
    fn arithmetic_errors() {
        let mut vm = vm();
        assert_eq!(
            err_msg(binary_op(
                &mut vm,
                Opcode::Add,
                &Value::from("abc"),
                &Value::Long(1)
            )),
            "TypeError: Unsupported operand types: string + int"
        );
        assert_eq!(
            err_msg(binary_op(
                &mut vm,
                Opcode::Add,
                &Value::empty_array(),
                &Value::Long(1)
            )),
            "TypeError: Unsupported operand types: array + int"
        );
        assert_eq!(
            err_msg(binary_op(
                &mut vm,
                Opcode::Mod,
                &Value::Long(1),
                &Value::Long(0)
            )),
            "DivisionByZeroError: Modulo by zero"
        );
        assert_eq!(
            err_msg(binary_op(
                &mut vm,
                Opcode::Div,
                &Value::Long(1),
                &Value::Long(0)
            )),
            "DivisionByZeroError: Division by zero"
        );
        assert_eq!(
            err_msg(binary_op(
                &mut vm,
                Opcode::Sl,
                &Value::Long(1),
                &Value::Long(-1)
            )),
            "ArithmeticError: Bit shift by negative number"
        );
    }

    #[test]
    fn increments() {
        let mut vm = vm();
        let cases = [
            ("a", "b"),
            ("Az", "Ba"),
            ("zz", "aaa"),
            ("a9", "b0"),
            ("Zz", "AAa"),
            ("9", "10"),
            ("z-z", "z-a"),
            ("1.5x", "1.5y"),
        ];
        for (from, to) in cases {
            let mut v = Value::from(from);
            increment(&mut vm, &mut v).unwrap();
            let got = v.to_string_lossy(14);
            assert_eq!(got, to.as_bytes(), "{from}");
        }
        let mut v = Value::Null;
        increment(&mut vm, &mut v).unwrap();
        assert!(matches!(v, Value::Long(1)));
        let mut v = Value::Null;
        decrement(&mut vm, &mut v).unwrap();
        assert!(matches!(v, Value::Null));
        let mut v = Value::Long(i64::MAX);
        increment(&mut vm, &mut v).unwrap();
        assert!(matches!(v, Value::Double(_)));
        let mut v = Value::from("abc");
        decrement(&mut vm, &mut v).unwrap();
        assert_eq!(v.to_string_lossy(14), b"abc");
    }

    #[test]
    fn bitwise_strings() {
        let mut vm = vm();
        let v = binary_op(&mut vm, Opcode::BwOr, &Value::from("a"), &Value::from("  ")).unwrap();
        assert_eq!(v.to_string_lossy(14), b"a ");
        let v = bitwise_not(&mut vm, &Value::Long(0)).unwrap();
        assert!(matches!(v, Value::Long(-1)));
    }
}
