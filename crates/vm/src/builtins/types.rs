//! Type tests and conversions: `is_*`, `intval`, `floatval`, `strval`, `boolval`,
//! `settype`.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::numeric::{parse_numeric, Numeric};
use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get, opt_long, value_error};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("is_int", is_int, &["value"], 1),
    func("is_integer", is_int, &["value"], 1),
    func("is_long", is_int, &["value"], 1),
    func("is_float", is_float, &["value"], 1),
    func("is_double", is_float, &["value"], 1),
    func("is_string", is_string, &["value"], 1),
    func("is_bool", is_bool, &["value"], 1),
    func("is_array", is_array, &["value"], 1),
    func("is_object", is_object, &["value"], 1),
    func("is_null", is_null, &["value"], 1),
    func("is_numeric", is_numeric, &["value"], 1),
    func("is_scalar", is_scalar, &["value"], 1),
    func("is_iterable", is_iterable, &["value"], 1),
    func("is_countable", is_countable, &["value"], 1),
    func("intval", intval, &["value", "base"], 1),
    func("floatval", floatval, &["value"], 1),
    func("doubleval", floatval, &["value"], 1),
    func("strval", strval, &["value"], 1),
    func("boolval", boolval, &["value"], 1),
    func("settype", settype, &["var", "type"], 2).with_by_ref(&[0]),
    func("ctype_digit", ctype_digit, &["text"], 1),
    func("ctype_alpha", ctype_alpha, &["text"], 1),
    func("ctype_alnum", ctype_alnum, &["text"], 1),
    func("ctype_upper", ctype_upper, &["text"], 1),
    func("ctype_lower", ctype_lower, &["text"], 1),
    func("ctype_space", ctype_space, &["text"], 1),
    func("ctype_punct", ctype_punct, &["text"], 1),
    func("ctype_xdigit", ctype_xdigit, &["text"], 1),
    func("ctype_cntrl", ctype_cntrl, &["text"], 1),
    func("ctype_graph", ctype_graph, &["text"], 1),
    func("ctype_print", ctype_print, &["text"], 1),
];

type R = Result<Value, Unwind>;

fn test(args: &[Value], f: fn(&Value) -> bool) -> R {
    Ok(Value::from(f(&get(args, 0))))
}

fn is_int(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| matches!(v, Value::Long(_)))
}

fn is_float(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| matches!(v, Value::Double(_)))
}

fn is_string(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| matches!(v, Value::String(_)))
}

fn is_bool(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| matches!(v, Value::True | Value::False))
}

fn is_array(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| matches!(v, Value::Array(_)))
}

fn is_object(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| matches!(v, Value::Object(_)))
}

fn is_null(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, Value::is_null)
}

fn is_numeric(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| match v {
        Value::Long(_) | Value::Double(_) => true,
        Value::String(s) => matches!(parse_numeric(s), Numeric::Full(_)),
        _ => false,
    })
}

fn is_scalar(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| {
        matches!(
            v,
            Value::Long(_) | Value::Double(_) | Value::String(_) | Value::True | Value::False
        )
    })
}

fn is_iterable(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| match v {
        Value::Array(_) => true,
        Value::Object(o) => o.class.instance_of_name(b"traversable"),
        _ => false,
    })
}

fn is_countable(_vm: &mut Vm, args: &mut [Value]) -> R {
    test(args, |v| match v {
        Value::Array(_) => true,
        Value::Object(o) => o.class.instance_of_name(b"countable"),
        _ => false,
    })
}

/// C's `strtol`: whitespace, sign, `0x`/`0` prefixes for bases 16 and 0, saturating.
fn strtol(s: &[u8], mut base: u32) -> i64 {
    let mut i = 0;
    while i < s.len() && (s[i].is_ascii_whitespace() || s[i] == 0x0b) {
        i += 1;
    }
    let negative = s.get(i) == Some(&b'-');
    if matches!(s.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let hex_prefix = s.get(i) == Some(&b'0')
        && matches!(s.get(i + 1), Some(b'x' | b'X'))
        && s.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
    if (base == 0 || base == 16) && hex_prefix {
        i += 2;
        base = 16;
    } else if base == 0 {
        base = if s.get(i) == Some(&b'0') { 8 } else { 10 };
    }
    let mut n: i128 = 0;
    while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(base)) {
        n = (n * i128::from(base) + i128::from(d)).min(i128::from(u64::MAX));
        i += 1;
    }
    let n = if negative { -n } else { n };
    n.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

fn intval(vm: &mut Vm, args: &mut [Value]) -> R {
    let v = get(args, 0);
    let base = opt_long(vm, args, 1, "intval", 10)?;
    let Value::String(s) = &v else {
        return Ok(Value::Long(long_of(vm, &v)));
    };
    if base == 10 {
        return Ok(Value::Long(v.to_long()));
    }
    if !(0..=36).contains(&base) || base == 1 {
        return Ok(Value::Long(0));
    }
    if base == 0 || base == 2 {
        // `0b` binary literals, after optional whitespace and sign.
        // C's isspace(): \v and \f too.
        let start = s.iter().position(|c| !b" \t\n\r\x0b\x0c".contains(c));
        let t = &s[start.unwrap_or(s.len())..];
        let sign = matches!(t.first(), Some(b'-' | b'+'));
        let rest = &t[usize::from(sign)..];
        if t.len() > 2 && rest.len() >= 2 && rest[0] == b'0' && matches!(rest[1], b'b' | b'B') {
            let mut digits = Vec::with_capacity(t.len());
            if sign {
                digits.push(t[0]);
            }
            digits.extend_from_slice(&rest[2..]);
            return Ok(Value::Long(strtol(&digits, 2)));
        }
    }
    Ok(Value::Long(strtol(s, base as u32)))
}

fn floatval(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::Double(double_of(vm, &get(args, 0))))
}

/// `zval_get_long`: an object is 1, with PHP's warning.
pub(crate) fn long_of(vm: &mut Vm, v: &Value) -> i64 {
    object_conversion_warning(vm, v, "int");
    v.to_long()
}

/// `zval_get_double`: an object is 1.0, with PHP's warning.
pub(crate) fn double_of(vm: &mut Vm, v: &Value) -> f64 {
    object_conversion_warning(vm, v, "float");
    v.to_double()
}

fn object_conversion_warning(vm: &mut Vm, v: &Value, ty: &str) {
    if let Value::Object(o) = v {
        let msg = format!(
            "Object of class {} could not be converted to {ty}",
            o.class.display_name()
        );
        vm.warning(&msg);
    }
}

fn strval(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::String(get(args, 0).to_php_string(vm)?))
}

fn boolval(_vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(get(args, 0).to_bool()))
}

/// `(array)` of a value: scalars wrap, null is empty, objects give their properties.
pub fn to_array(v: &Value) -> Rc<PhpArray> {
    match v {
        Value::Array(a) => a.clone(),
        Value::Null => Rc::new(PhpArray::new()),
        Value::Object(o) => Rc::new(o.prop_table()),
        other => Rc::new(PhpArray::from_list(vec![other.clone()])),
    }
}

fn settype(vm: &mut Vm, args: &mut [Value]) -> R {
    let v = get(args, 0);
    let ty = arg_str(vm, args, 1, "settype")?;
    let new = match ty.to_ascii_lowercase().as_slice() {
        b"int" | b"integer" => Value::Long(long_of(vm, &v)),
        b"float" | b"double" => Value::Double(double_of(vm, &v)),
        b"string" => match v.to_php_string(vm) {
            Ok(s) => Value::String(s),
            Err(e) => {
                // convert_to_string() leaves an empty string behind when it throws.
                super::args::set_ref(args, 0, Value::from(""));
                return Err(e);
            }
        },
        b"bool" | b"boolean" => Value::from(v.to_bool()),
        b"array" => Value::Array(to_array(&v)),
        b"object" => crate::ops::cast(vm, &v, 8)?,
        b"null" => Value::Null,
        b"resource" => {
            return Err(super::args::plain_value_error(
                vm,
                "Cannot convert to resource type".into(),
            ))
        }
        _ => return Err(value_error(vm, "settype", 1, "must be a valid type")),
    };
    super::args::set_ref_typed(vm, args, 0, new)?;
    Ok(Value::True)
}

/// A `ctype_*` test: strings must be non-empty and all match; ints in -128..=255 are
/// one character, other ints their digits (with PHP 8.1's deprecation for non-strings).
fn ctype(vm: &mut Vm, args: &[Value], name: &str, test: fn(u8) -> bool) -> R {
    let v = get(args, 0);
    let text: Vec<u8> = match &v {
        Value::String(s) => s.to_vec(),
        other => {
            vm.deprecated(&format!(
                "{name}(): Argument of type {} will be interpreted as string in the future",
                other.debug_type_name()
            ));
            match other {
                Value::Long(n) if (-128..=255).contains(n) => vec![(n.rem_euclid(256)) as u8],
                Value::Long(n) => n.to_string().into_bytes(),
                _ => return Ok(Value::False),
            }
        }
    };
    Ok(Value::from(
        !text.is_empty() && text.iter().all(|&c| test(c)),
    ))
}

fn ctype_digit(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_digit", |c| c.is_ascii_digit())
}

fn ctype_alpha(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_alpha", |c| c.is_ascii_alphabetic())
}

fn ctype_alnum(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_alnum", |c| c.is_ascii_alphanumeric())
}

fn ctype_upper(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_upper", |c| c.is_ascii_uppercase())
}

fn ctype_lower(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_lower", |c| c.is_ascii_lowercase())
}

fn ctype_space(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_space", |c| {
        matches!(c, b' ' | b'\t'..=b'\r')
    })
}

fn ctype_punct(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_punct", |c| c.is_ascii_punctuation())
}

fn ctype_xdigit(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_xdigit", |c| c.is_ascii_hexdigit())
}

fn ctype_cntrl(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_cntrl", |c| c.is_ascii_control())
}

fn ctype_graph(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_graph", |c| c.is_ascii_graphic())
}

fn ctype_print(vm: &mut Vm, args: &mut [Value]) -> R {
    ctype(vm, args, "ctype_print", |c| {
        c.is_ascii_graphic() || c == b' '
    })
}

#[cfg(test)]
mod tests {
    use super::strtol;

    // php: intval($s, $base) for strings goes through strtol.
    #[test]
    fn strtol_like_c() {
        assert_eq!(strtol(b"0x1A", 0), 26);
        assert_eq!(strtol(b"0x1A", 16), 26);
        assert_eq!(strtol(b"-0x1A", 16), -26);
        assert_eq!(strtol(b"012", 0), 10);
        assert_eq!(strtol(b"42", 0), 42);
        assert_eq!(strtol(b"0o17", 0), 0);
        assert_eq!(strtol(b"z", 36), 35);
        assert_eq!(strtol(b"99999999999999999999", 16), i64::MAX);
        assert_eq!(strtol(b" -11", 2), -3);
    }
}
