//! Enums: the `cases`/`from`/`tryFrom` methods every enum gets, and case objects.

use std::rc::{Rc, Weak};

use miniphp_compiler::{flags as fn_flags, TypeDecl};

use super::link::Members;
use super::{ClassEntry, MethodBody, MethodCtx, NativeMethod};
use crate::array::PhpArray;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

const STATIC: u32 = fn_flags::PUBLIC | fn_flags::STATIC;

static CASES: NativeMethod = NativeMethod::new("cases", cases, &[], 0).with_flags(STATIC);
static FROM: NativeMethod = NativeMethod::new("from", from, &["value"], 1).with_flags(STATIC);
static TRY_FROM: NativeMethod =
    NativeMethod::new("tryFrom", try_from, &["value"], 1).with_flags(STATIC);

/// Magic methods an enum may not declare (Zend's `zend_verify_enum_magic_methods`).
const FORBIDDEN: &[&str] = &[
    "__construct",
    "__destruct",
    "__clone",
    "__get",
    "__set",
    "__unset",
    "__isset",
    "__toString",
    "__debugInfo",
    "__serialize",
    "__unserialize",
    "__sleep",
    "__wakeup",
    "__set_state",
];

/// Check an enum's own members (PHP's fatal messages) and add the methods every enum
/// gets (Zend's `zend_enum_register_funcs`).
pub(super) fn check_and_add_methods(
    m: &mut Members,
    me: &Weak<ClassEntry>,
    name: &Rc<str>,
    backed: bool,
) -> Result<(), String> {
    for magic in FORBIDDEN {
        if m.has_method(magic.to_ascii_lowercase().as_bytes()) {
            return Err(format!("Enum {name} cannot include magic method {magic}"));
        }
    }
    if m.has_props_besides(&["name", "value"]) {
        return Err(format!("Enum {name} cannot include properties"));
    }
    let add = |m: &mut Members, method: &str, body: &'static NativeMethod| {
        if m.has_method(method.to_ascii_lowercase().as_bytes()) {
            return Err(format!("Cannot redeclare {name}::{method}()"));
        }
        m.add_method(me, name, method, STATIC, MethodBody::Native(body));
        Ok(())
    };
    add(m, "cases", &CASES)?;
    if backed {
        add(m, "from", &FROM)?;
        add(m, "tryFrom", &TRY_FROM)?;
    }
    Ok(())
}

fn cases(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let names: Vec<Rc<str>> = ctx.class.enum_cases().map(|c| c.name.clone()).collect();
    let mut out = PhpArray::with_capacity(names.len());
    for n in names {
        let v = vm.class_constant(&ctx.class, &n)?;
        let _ = out.push(v);
    }
    Ok(Value::from(out))
}

fn from(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    lookup(vm, ctx, args, false)
}

fn try_from(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    lookup(vm, ctx, args, true)
}

fn lookup(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value], try_: bool) -> Result<Value, Unwind> {
    let class = &ctx.class;
    let method = if try_ { "tryFrom" } else { "from" };
    let arg = args.first().map(Value::deref).unwrap_or_default();
    let int = class.enum_backing == TypeDecl::LONG;
    let key = match (&arg, int) {
        (Value::Long(_), true) | (Value::String(_), false) => arg.clone(),
        (Value::Null, _) if try_ => return Ok(Value::Null),
        (Value::Double(d), true) if d.fract() == 0.0 && d.is_finite() => Value::Long(*d as i64),
        (Value::String(s), true) => match crate::numeric::parse_numeric(s) {
            crate::numeric::Numeric::Full(crate::numeric::Num::Long(n)) => Value::Long(n),
            _ => return Err(type_error(vm, class, method, &arg, int)),
        },
        (Value::Long(_) | Value::Double(_), false) => {
            Value::from(arg.to_string_lossy(vm.precision()))
        }
        (Value::True | Value::False, true) => Value::Long(arg.to_long()),
        (Value::True | Value::False, false) => Value::from(arg.to_string_lossy(14)),
        _ => return Err(type_error(vm, class, method, &arg, int)),
    };
    vm.validate_enum(class)?;
    let names: Vec<Rc<str>> = class.enum_cases().map(|c| c.name.clone()).collect();
    for n in names {
        let case = vm.class_constant(class, &n)?;
        if let Value::Object(o) = &case {
            if o.prop("value").strict_eq(&key) {
                return Ok(case);
            }
        }
    }
    if try_ {
        return Ok(Value::Null);
    }
    let shown = match &key {
        Value::String(s) => format!("\"{}\"", String::from_utf8_lossy(s)),
        other => String::from_utf8_lossy(&other.to_string_lossy(14)).into_owned(),
    };
    Err(vm.throw_error(
        "ValueError",
        format!(
            "{shown} is not a valid backing value for enum {}",
            class.name
        ),
    ))
}

fn type_error(vm: &mut Vm, class: &ClassEntry, method: &str, arg: &Value, int: bool) -> Unwind {
    let want = if int { "int" } else { "string" };
    vm.throw_error(
        "TypeError",
        format!(
            "{}::{method}(): Argument #1 ($value) must be of type {want}, {} given",
            class.name,
            arg.debug_type_name()
        ),
    )
}
