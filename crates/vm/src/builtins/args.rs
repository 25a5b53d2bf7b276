//! Argument parsing for built-ins, as Zend's ZPP does it in coercive mode: scalars
//! convert to the declared type, `null` converts with a deprecation, anything else
//! is a `TypeError` with PHP's exact wording.
//!
//! Every helper takes the function's name; the parameter's name for messages is
//! looked up in the function table only when a message is needed.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::builtins::{BuiltinHandler, BuiltinSpec};
use crate::callable::Callback;
use crate::float_fmt;
use crate::numeric::{self, parse_numeric, Num, Numeric};
use crate::value::{PhpStr, Value};
use crate::vm::{Unwind, Vm};

/// A table entry: `func("strlen", strlen, &["string"], 1)`.
pub const fn func(
    name: &'static str,
    handler: BuiltinHandler,
    params: &'static [&'static str],
    required: u8,
) -> BuiltinSpec {
    BuiltinSpec {
        name,
        handler,
        params,
        required,
        variadic: false,
        by_ref: &[],
        calls_back: super::calls_back(name, params, false),
    }
}

impl BuiltinSpec {
    /// The last parameter is variadic.
    pub const fn with_variadic(mut self) -> BuiltinSpec {
        self.variadic = true;
        self.calls_back = super::calls_back(self.name, self.params, true);
        self
    }

    /// These 0-based parameters are by reference.
    pub const fn with_by_ref(mut self, positions: &'static [u8]) -> BuiltinSpec {
        self.by_ref = positions;
        self
    }
}

/// The name of parameter `i` of built-in `func`; `None` for a variadic one (PHP's
/// messages name no variadic parameter).
pub fn param_name(func: &str, i: usize) -> Option<&'static str> {
    let spec = super::all().find(|s| s.name == func)?;
    if spec.variadic && i + 1 >= spec.params.len() {
        return None;
    }
    spec.params.get(i).copied()
}

/// `func(): Argument #N ($name)` — the prefix of argument errors.
pub fn arg_prefix(func: &str, i: usize) -> String {
    match param_name(func, i) {
        Some(name) => format!("{func}(): Argument #{} (${name})", i + 1),
        None => format!("{func}(): Argument #{}", i + 1),
    }
}

/// A `TypeError`: `func(): Argument #N ($name) must be of type T, U given`.
pub fn type_error(vm: &mut Vm, func: &str, i: usize, expected: &str, given: &Value) -> Unwind {
    // PHP 8.2 names a resource argument "resource", without its kind.
    let given = match given {
        Value::Resource(_) => "resource".to_string(),
        v => v.debug_type_name(),
    };
    let msg = format!(
        "{} must be of type {expected}, {given} given",
        arg_prefix(func, i)
    );
    vm.throw_error("TypeError", msg)
}

/// A `ValueError`: `func(): Argument #N ($name) <what>`.
pub fn value_error(vm: &mut Vm, func: &str, i: usize, what: &str) -> Unwind {
    let msg = format!("{} {what}", arg_prefix(func, i));
    vm.throw_error("ValueError", msg)
}

/// A `ValueError` with a message that names no argument.
pub fn plain_value_error(vm: &mut Vm, msg: String) -> Unwind {
    vm.throw_error("ValueError", msg)
}

fn null_deprecated(vm: &mut Vm, func: &str, i: usize, ty: &str) {
    let name = param_name(func, i).map_or(String::new(), |n| format!(" (${n})"));
    let msg = format!(
        "{func}(): Passing null to parameter #{}{name} of type {ty} is deprecated",
        i + 1
    );
    vm.deprecated(&msg);
}

/// Argument `i`, dereferenced (by-value arguments may still arrive as references).
pub fn get(args: &[Value], i: usize) -> Value {
    match args.get(i) {
        Some(Value::Reference(r)) => r.borrow().clone(),
        Some(Value::Undef) | None => Value::Null,
        Some(v) => v.clone(),
    }
}

/// Whether argument `i` is null, absent or a reference to null (without cloning it).
pub fn is_null_arg(args: &[Value], i: usize) -> bool {
    args.get(i).is_none_or(Value::is_null)
}

/// Whether argument `i` was passed (a parameter skipped by named arguments was not).
pub fn has(args: &[Value], i: usize) -> bool {
    !matches!(args.get(i), None | Some(Value::Undef))
}

/// A `string` parameter.
pub fn arg_str(vm: &mut Vm, args: &[Value], i: usize, func: &str) -> Result<PhpStr, Unwind> {
    str_param(vm, args, i, func, "string")
}

/// A parameter taken as a string whose declared type is `ty` (`array|string` when the
/// caller handled the array case), the name its errors and deprecations give; an array
/// that reaches it is where the caller wants a string ("must be of type string").
pub fn str_param(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    ty: &str,
) -> Result<PhpStr, Unwind> {
    // The common case without cloning and dropping the argument.
    if let Some(Value::String(s)) = args.get(i) {
        return Ok(s.clone());
    }
    str_param_slow(vm, args, i, func, ty)
}

#[inline(never)]
fn str_param_slow(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    ty: &str,
) -> Result<PhpStr, Unwind> {
    let v = get(args, i);
    let ty = if matches!(v, Value::Array(_)) {
        "string"
    } else {
        ty
    };
    match v {
        Value::String(s) => Ok(s),
        _ if vm.strict_args() => Err(type_error(vm, func, i, ty, &v)),
        Value::Long(_) | Value::Double(_) | Value::True | Value::False => {
            Ok(Rc::new(v.to_string_lossy(vm.precision())))
        }
        Value::Null | Value::Undef => {
            null_deprecated(vm, func, i, ty);
            Ok(Rc::new(Vec::new()))
        }
        // A Stringable object converts through `__toString()`, as ZPP does.
        Value::Object(o) if o.class.magic.to_string.is_some() => vm.object_to_string(&o),
        _ => Err(type_error(vm, func, i, ty, &v)),
    }
}

/// An optional `string` parameter.
pub fn opt_str(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    default: &[u8],
) -> Result<PhpStr, Unwind> {
    if has(args, i) {
        arg_str(vm, args, i, func)
    } else {
        Ok(Rc::new(default.to_vec()))
    }
}

/// A `?string` parameter: `None` when absent or null.
pub fn opt_nullable_str(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
) -> Result<Option<PhpStr>, Unwind> {
    if is_null_arg(args, i) {
        Ok(None)
    } else {
        arg_str(vm, args, i, func).map(Some)
    }
}

/// Float → int as ZPP does it: fractional parts are deprecated, out-of-range is a TypeError.
fn double_to_long(vm: &mut Vm, d: f64, what: &str) -> Option<i64> {
    if !d.is_finite() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
        return None;
    }
    if !numeric::is_long_compatible(d) {
        vm.deprecated(&format!(
            "Implicit conversion from {what} to int loses precision"
        ));
    }
    Some(d as i64)
}

/// An `int` parameter.
pub fn arg_long(vm: &mut Vm, args: &[Value], i: usize, func: &str) -> Result<i64, Unwind> {
    long_param(vm, args, i, func, "int")
}

/// An integer parameter whose type errors name `ty` (`int`, `?int`).
pub fn long_param(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    ty: &str,
) -> Result<i64, Unwind> {
    if let Some(Value::Long(n)) = args.get(i) {
        return Ok(*n);
    }
    long_param_slow(vm, args, i, func, ty)
}

#[inline(never)]
fn long_param_slow(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    ty: &str,
) -> Result<i64, Unwind> {
    let v = get(args, i);
    let n = match &v {
        Value::Long(n) => Some(*n),
        _ if vm.strict_args() => None,
        Value::True => Some(1),
        Value::False => Some(0),
        Value::Null | Value::Undef => {
            null_deprecated(vm, func, i, "int");
            Some(0)
        }
        Value::Double(d) => {
            double_to_long(vm, *d, &format!("float {}", float_fmt::fmt_repr(*d, -1)))
        }
        Value::String(s) => match parse_numeric(s) {
            Numeric::Full(Num::Long(n)) => Some(n),
            Numeric::Full(Num::Double(d)) => double_to_long(
                vm,
                d,
                &format!("float-string \"{}\"", String::from_utf8_lossy(s)),
            ),
            _ => None,
        },
        _ => None,
    };
    n.ok_or_else(|| type_error(vm, func, i, ty, &v))
}

/// An optional `int` parameter.
pub fn opt_long(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    default: i64,
) -> Result<i64, Unwind> {
    if has(args, i) {
        arg_long(vm, args, i, func)
    } else {
        Ok(default)
    }
}

/// A `?int` parameter: `None` when absent or null.
pub fn opt_nullable_long(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
) -> Result<Option<i64>, Unwind> {
    if is_null_arg(args, i) {
        Ok(None)
    } else {
        long_param(vm, args, i, func, "?int").map(Some)
    }
}

/// A `float` parameter.
pub fn arg_double(vm: &mut Vm, args: &[Value], i: usize, func: &str) -> Result<f64, Unwind> {
    match args.get(i) {
        Some(Value::Double(d)) => Ok(*d),
        Some(Value::Long(n)) => Ok(*n as f64),
        _ => double_param_slow(vm, args, i, func),
    }
}

#[inline(never)]
fn double_param_slow(vm: &mut Vm, args: &[Value], i: usize, func: &str) -> Result<f64, Unwind> {
    let v = get(args, i);
    let d = match &v {
        Value::Double(d) => Some(*d),
        Value::Long(n) => Some(*n as f64),
        _ if vm.strict_args() => None,
        Value::True => Some(1.0),
        Value::False => Some(0.0),
        Value::Null | Value::Undef => {
            null_deprecated(vm, func, i, "float");
            Some(0.0)
        }
        Value::String(s) => match parse_numeric(s) {
            Numeric::Full(Num::Long(n)) => Some(n as f64),
            Numeric::Full(Num::Double(d)) => Some(d),
            _ => None,
        },
        _ => None,
    };
    d.ok_or_else(|| type_error(vm, func, i, "float", &v))
}

/// An optional `float` parameter.
pub fn opt_double(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    default: f64,
) -> Result<f64, Unwind> {
    if has(args, i) {
        arg_double(vm, args, i, func)
    } else {
        Ok(default)
    }
}

/// An `int|float` parameter: `Value::Long` or `Value::Double`.
pub fn arg_number(vm: &mut Vm, args: &[Value], i: usize, func: &str) -> Result<Value, Unwind> {
    let v = get(args, i);
    let n = match &v {
        Value::Long(_) | Value::Double(_) => Some(v.clone()),
        _ if vm.strict_args() => None,
        Value::True => Some(Value::Long(1)),
        Value::False => Some(Value::Long(0)),
        Value::Null | Value::Undef => {
            null_deprecated(vm, func, i, "int|float");
            Some(Value::Long(0))
        }
        Value::String(s) => match parse_numeric(s) {
            Numeric::Full(Num::Long(n)) => Some(Value::Long(n)),
            Numeric::Full(Num::Double(d)) => Some(Value::Double(d)),
            _ => None,
        },
        _ => None,
    };
    n.ok_or_else(|| type_error(vm, func, i, "int|float", &v))
}

/// A `bool` parameter.
pub fn arg_bool(vm: &mut Vm, args: &[Value], i: usize, func: &str) -> Result<bool, Unwind> {
    let v = get(args, i);
    match &v {
        Value::True | Value::False => Ok(v.to_bool()),
        _ if vm.strict_args() => Err(type_error(vm, func, i, "bool", &v)),
        Value::Null | Value::Undef => {
            null_deprecated(vm, func, i, "bool");
            Ok(false)
        }
        Value::Array(_) | Value::Object(_) => Err(type_error(vm, func, i, "bool", &v)),
        _ => Ok(v.to_bool()),
    }
}

/// An optional `bool` parameter.
pub fn opt_bool(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    default: bool,
) -> Result<bool, Unwind> {
    if has(args, i) {
        arg_bool(vm, args, i, func)
    } else {
        Ok(default)
    }
}

/// An `array` parameter (no coercion).
pub fn arg_array(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
) -> Result<Rc<PhpArray>, Unwind> {
    if let Some(Value::Array(a)) = args.get(i) {
        return Ok(a.clone());
    }
    match get(args, i) {
        Value::Array(a) => Ok(a),
        v => Err(type_error(vm, func, i, "array", &v)),
    }
}

/// A callable parameter kept as a value (a handler to store): `None` for null when
/// `nullable`; anything not callable in the caller's scope is PHP's "must be a valid
/// callback" TypeError.
pub fn arg_callable(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    nullable: bool,
) -> Result<Option<Value>, Unwind> {
    Ok(arg_callback(vm, args, i, func, nullable)?.map(|cb| cb.value))
}

/// A callable argument resolved once, for the built-ins that call it (`Vm::call_callback`):
/// PHP's TypeError if it is not callable (None: null where `nullable`).
pub fn arg_callback(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
    nullable: bool,
) -> Result<Option<Callback>, Unwind> {
    let value = get(args, i);
    if nullable && value.is_null() {
        return Ok(None);
    }
    let why = match vm.resolve_callee(&value)? {
        Ok(callee) => return Ok(Some(Callback { value, callee })),
        Err(e) => e.callback_reason(),
    };
    let or_null = if nullable { " or null" } else { "" };
    let msg = format!(
        "{} must be a valid callback{or_null}, {why}",
        arg_prefix(func, i)
    );
    Err(vm.throw_error("TypeError", msg))
}

/// Refuses a result of `bytes` bytes that PHP's allocator could not give: past
/// `memory_limit`, PHP's "Allowed memory size" fatal error naming the block zend_mm
/// would ask for (a string's header and NUL added, rounded up to 4 KiB pages); with no
/// limit, past 1 GiB (allocating could abort the process).
pub fn alloc_guard(vm: &mut Vm, bytes: u128) -> Result<(), Unwind> {
    let block = (bytes + 25).div_ceil(4096) * 4096;
    let msg = match vm.memory_limit {
        Some(limit) if block > u128::from(limit) => {
            format!(
                "Allowed memory size of {limit} bytes exhausted (tried to allocate {block} bytes)"
            )
        }
        None if bytes > 1 << 30 => format!("Out of memory (tried to allocate {bytes} bytes)"),
        _ => return Ok(()),
    };
    Err(vm.fatal(&msg))
}

/// Writes `v` through the by-reference argument `i` (a no-op if it is not a reference).
/// [`set_ref`] through the checks of the typed properties the reference is bound to
/// (`settype($o->intProp, 'array')` is a TypeError and leaves the property).
pub fn set_ref_typed(vm: &mut Vm, args: &[Value], i: usize, v: Value) -> Result<(), Unwind> {
    if let Some(Value::Reference(r)) = args.get(i) {
        let v = vm.typed_ref_value(r, v)?;
        *r.borrow_mut() = v;
    }
    Ok(())
}

pub fn set_ref(args: &[Value], i: usize, v: Value) {
    if let Some(Value::Reference(r)) = args.get(i) {
        *r.borrow_mut() = v;
    }
}
