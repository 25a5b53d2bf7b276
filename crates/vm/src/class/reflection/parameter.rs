//! `ReflectionParameter`: one parameter of a routine. A user parameter's default is
//! its RECV_INIT constant (a constant expression evaluates in the routine's scope).

use std::rc::Rc;

use miniphp_compiler::{attr_target, member as mflags, Literal, Opcode, OperandKind};

use super::attribute::get_attributes;
use super::class::class_object;
use super::function::{params, routine_object, user, ParamInfo};
use super::{
    arg_string, exception, init, literal_value, lossy, state, types, with_view, AttrSource,
    Reflected, Routine, R,
};
use crate::class::{MethodCtx, NativeMethod};
use crate::value::Value;
use crate::vm::{Unwind, Vm};

pub(super) fn parameter_object(r: Routine, index: usize, name: &str) -> Value {
    super::make(
        "ReflectionParameter",
        Reflected::Parameter { routine: r, index },
        &[("name", Value::from(name))],
    )
}

fn param(vm: &mut Vm, c: &MethodCtx) -> Result<(Routine, usize, ParamInfo), Unwind> {
    let st = state(vm, c)?;
    let Reflected::Parameter { routine, index } = &*st else {
        return Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        ));
    };
    let info = params(vm, routine).into_iter().nth(*index);
    match info {
        Some(p) => Ok((routine.clone(), *index, p)),
        None => Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )),
    }
}

/// `new ReflectionParameter($function, $param)`.
fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let r = match a.first().map(Value::deref) {
        Some(Value::Array(arr)) => {
            let (Some(cls), Some(m)) = (arr.get_int(0).cloned(), arr.get_int(1).cloned()) else {
                return Err(exception(
                    vm,
                    "Expected array($object, $method) or array($classname, $method)".into(),
                ));
            };
            let class = match cls.deref() {
                Value::Object(o) => o.class.clone(),
                other => {
                    let n = lossy(&other.to_php_string(vm)?);
                    match vm.lookup_class(n.as_bytes())? {
                        Some(k) => k,
                        None => return Err(exception(vm, format!("Class \"{n}\" does not exist"))),
                    }
                }
            };
            let mname = lossy(&m.deref().to_php_string(vm)?);
            match class.find_method(mname.to_ascii_lowercase().as_bytes()) {
                Some(method) => Routine::Method {
                    class: class.clone(),
                    method: method.clone(),
                },
                None => {
                    return Err(exception(
                        vm,
                        format!("Method {}::{mname}() does not exist", class.name),
                    ))
                }
            }
        }
        Some(Value::Object(o)) if crate::closure::closure_func(&o).is_some() => Routine::Function {
            func: crate::closure::closure_func(&o).expect("checked"),
            closure: Some(o.clone()),
        },
        Some(Value::String(_)) => {
            let name = arg_string(vm, a, 0)?;
            let bare = name.strip_prefix('\\').unwrap_or(&name);
            match vm.lookup_function(bare.as_bytes()) {
                Some(func) => Routine::Function {
                    func,
                    closure: None,
                },
                None => return Err(exception(vm, format!("Function {bare}() does not exist"))),
            }
        }
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "ReflectionParameter::__construct(): Argument #1 ($function) must be a string, an array(class, method), or a callable object, {} given",
                    other.map_or("null".into(), |v| v.debug_type_name())
                ),
            ))
        }
    };
    let ps = params(vm, &r);
    let index = match a.get(1).map(Value::deref) {
        Some(Value::Long(n)) if n < 0 => {
            return Err(vm.throw_error(
                "ValueError",
                "ReflectionParameter::__construct(): Argument #2 ($param) must be greater than or equal to 0".into(),
            ))
        }
        Some(Value::Long(n)) => ((n as usize) < ps.len()).then_some(n as usize),
        _ => {
            let name = arg_string(vm, a, 1)?;
            ps.iter().position(|p| p.name == name)
        }
    };
    let Some(index) = index else {
        let how = if matches!(a.get(1).map(Value::deref), Some(Value::Long(_))) {
            "offset"
        } else {
            "name"
        };
        return Err(exception(
            vm,
            format!("The parameter specified by its {how} could not be found"),
        ));
    };
    if let Some(me) = &c.this {
        let name = Value::from(ps[index].name.as_str());
        init(
            me,
            Reflected::Parameter { routine: r, index },
            &[("name", name)],
        );
    }
    Ok(Value::Null)
}

fn get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, _, p) = param(vm, c)?;
    Ok(Value::from(p.name))
}

fn get_position(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, i, _) = param(vm, c)?;
    Ok(Value::Long(i as i64))
}

fn has_type(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, _, p) = param(vm, c)?;
    Ok(Value::from(p.ty.is_some()))
}

fn get_type(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, _, p) = param(vm, c)?;
    Ok(types::type_value(p.ty))
}

fn allows_null(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, _, p) = param(vm, c)?;
    Ok(Value::from(p.ty.is_none_or(|t| {
        t.mask & (miniphp_compiler::TypeDecl::NULL | miniphp_compiler::TypeDecl::MIXED) != 0
    })))
}

fn is_optional(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, _, p) = param(vm, c)?;
    Ok(Value::from(p.optional))
}

fn is_variadic(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, _, p) = param(vm, c)?;
    Ok(Value::from(p.variadic))
}

fn is_passed_by_reference(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, _, p) = param(vm, c)?;
    Ok(Value::from(p.by_ref))
}

fn can_be_passed_by_value(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, _, p) = param(vm, c)?;
    // array_multisort's parameters prefer a reference but take values too (Zend's
    // ZEND_SEND_PREFER_REF, which no other built-in uses).
    let prefer_ref = matches!(
        r,
        Routine::Function {
            func: crate::vm::Func::Builtin(spec),
            ..
        } if spec.name == "array_multisort"
    );
    Ok(Value::from(!p.by_ref || prefer_ref))
}

/// The absolute literal of a user parameter's default (its RECV_INIT operand).
pub(super) fn default_literal(vm: &Vm, r: &Routine, index: usize) -> Option<(u32, u32)> {
    let (script, oa) = user(r)?;
    with_view(vm, script, |v| {
        let o = &v.op_arrays[oa as usize];
        v.ops(o)
            .iter()
            .find(|op| op.opcode == Opcode::RecvInit && op.op1.value as usize == index + 1)
            .filter(|op| op.op2.kind == OperandKind::Const)
            .map(|op| (script, o.literals.start + op.op2.value))
    })
}

fn is_default_value_available(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, i, _) = param(vm, c)?;
    Ok(Value::from(default_literal(vm, &r, i).is_some()))
}

fn get_default_value(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, i, _) = param(vm, c)?;
    match default_literal(vm, &r, i) {
        Some((script, lit)) => literal_value(vm, script, lit, r.scope().as_ref()),
        None => Err(exception(
            vm,
            "Internal error: Failed to retrieve the default value".into(),
        )),
    }
}

/// The constant a default names (`FOO`, `A::B`), when it is only that.
pub(super) fn default_constant(vm: &Vm, r: &Routine, i: usize) -> Option<String> {
    let (script, lit) = default_literal(vm, r, i)?;
    with_view(vm, script, |v| {
        let Literal::ConstExpr(expr) = v.literals[lit as usize] else {
            return None;
        };
        let o = &v.op_arrays[expr as usize];
        let ops = v.ops(o);
        let lits = v.literals(o);
        let text = |i: u32| match lits.get(i as usize) {
            Some(Literal::String(s)) => Some(lossy(v.str(*s))),
            _ => None,
        };
        let first = ops.first()?;
        if ops.len() != 2 || ops[1].opcode != Opcode::Return {
            return None;
        }
        match first.opcode {
            Opcode::FetchConstant => text(first.op2.value),
            Opcode::FetchClassConstant => {
                let class = match first.op1.kind {
                    OperandKind::Const => text(first.op1.value)?,
                    _ => match first.op1.value & 0xf {
                        1 => "self".into(),
                        2 => "parent".into(),
                        _ => "static".into(),
                    },
                };
                Some(format!("{class}::{}", text(first.op2.value)?))
            }
            _ => None,
        }
    })
}

fn is_default_value_constant(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, i, _) = param(vm, c)?;
    if default_literal(vm, &r, i).is_none() {
        return Err(exception(
            vm,
            "Internal error: Failed to retrieve the default value".into(),
        ));
    }
    Ok(Value::from(default_constant(vm, &r, i).is_some()))
}

fn get_default_value_constant_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, i, _) = param(vm, c)?;
    if default_literal(vm, &r, i).is_none() {
        return Err(exception(
            vm,
            "Internal error: Failed to retrieve the default value".into(),
        ));
    }
    Ok(default_constant(vm, &r, i).map_or(Value::Null, Value::from))
}

fn is_promoted(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, _, p) = param(vm, c)?;
    let Routine::Method { method, .. } = &r else {
        return Ok(Value::False);
    };
    let promoted = method.name.eq_ignore_ascii_case("__construct")
        && method
            .scope()
            .and_then(|k| {
                k.find_prop(&p.name)
                    .map(|i| i.flags & mflags::PROMOTED != 0)
            })
            .unwrap_or(false);
    Ok(Value::from(promoted))
}

fn get_declaring_function(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, _, _) = param(vm, c)?;
    Ok(routine_object(vm, &r))
}

fn get_declaring_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, _, _) = param(vm, c)?;
    Ok(r.scope().map_or(Value::Null, |k| class_object(&k)))
}

fn get_attributes_m(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (r, i, _) = param(vm, c)?;
    let src = user(&r).map(|(script, o)| AttrSource {
        script,
        range: with_view(vm, script, |v| {
            let oa = &v.op_arrays[o as usize];
            v.arg_infos[oa.arg_infos.indices()]
                .get(i)
                .map(|ai| ai.attributes)
                .unwrap_or_default()
        }),
    });
    get_attributes(
        vm,
        src,
        attr_target::PARAMETER,
        r.scope(),
        a,
        "ReflectionParameter::getAttributes",
    )
}

/// `getClass()` (deprecated): the class of a class-typed parameter.
fn get_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    vm.deprecated("Method ReflectionParameter::getClass() is deprecated");
    let (r, _, p) = param(vm, c)?;
    let Some(name) = p.ty.and_then(|t| t.classes.first().cloned()) else {
        return Ok(Value::Null);
    };
    let k: Option<Rc<crate::class::ClassEntry>> = match name.to_ascii_lowercase().as_str() {
        "self" => r.scope(),
        "parent" => r.scope().and_then(|s| s.parent.clone()),
        _ => vm.lookup_class(name.as_bytes())?,
    };
    match k {
        Some(k) => Ok(class_object(&k)),
        None => Err(exception(vm, format!("Class \"{name}\" does not exist"))),
    }
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (r, i, p) = param(vm, c)?;
    Ok(Value::from(super::dump::parameter(vm, &r, i, &p)?))
}

/// `isArray()` / `isCallable()` (deprecated): the type is exactly `bit` (or `?bit`).
fn is_only(vm: &mut Vm, c: &MethodCtx, bit: u32, method: &str) -> R {
    vm.deprecated(&format!(
        "Method ReflectionParameter::{method}() is deprecated"
    ));
    let (_, _, p) = param(vm, c)?;
    let mask = p.ty.map_or(0, |t| {
        if t.classes.is_empty() {
            t.mask & !(miniphp_compiler::TypeDecl::DECLARED | miniphp_compiler::TypeDecl::NULL)
        } else {
            0
        }
    });
    Ok(Value::from(mask == bit))
}

fn is_array(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    is_only(vm, c, miniphp_compiler::TypeDecl::ARRAY, "isArray")
}

fn is_callable(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    is_only(vm, c, miniphp_compiler::TypeDecl::CALLABLE, "isCallable")
}

pub(super) const PARAMETER_METHODS: &[NativeMethod] = &[
    NativeMethod::new("isArray", is_array, &[], 0),
    NativeMethod::new("isCallable", is_callable, &[], 0),
    NativeMethod::new("__toString", to_string, &[], 0),
    NativeMethod::new("__construct", construct, &["function", "param"], 2),
    NativeMethod::new("getName", get_name, &[], 0),
    NativeMethod::new("getPosition", get_position, &[], 0),
    NativeMethod::new("hasType", has_type, &[], 0),
    NativeMethod::new("getType", get_type, &[], 0),
    NativeMethod::new("allowsNull", allows_null, &[], 0),
    NativeMethod::new("isOptional", is_optional, &[], 0),
    NativeMethod::new("isVariadic", is_variadic, &[], 0),
    NativeMethod::new("isPassedByReference", is_passed_by_reference, &[], 0),
    NativeMethod::new("canBePassedByValue", can_be_passed_by_value, &[], 0),
    NativeMethod::new(
        "isDefaultValueAvailable",
        is_default_value_available,
        &[],
        0,
    ),
    NativeMethod::new("getDefaultValue", get_default_value, &[], 0),
    NativeMethod::new("isDefaultValueConstant", is_default_value_constant, &[], 0),
    NativeMethod::new(
        "getDefaultValueConstantName",
        get_default_value_constant_name,
        &[],
        0,
    ),
    NativeMethod::new("isPromoted", is_promoted, &[], 0),
    NativeMethod::new("getDeclaringFunction", get_declaring_function, &[], 0),
    NativeMethod::new("getDeclaringClass", get_declaring_class, &[], 0),
    NativeMethod::new("getAttributes", get_attributes_m, &["name", "flags"], 0),
    NativeMethod::new("getClass", get_class, &[], 0),
];
