//! `ReflectionNamedType`, `ReflectionUnionType`: a declared type as reflection shows
//! it. A single type (nullable or not) is named; several are a union whose members
//! are listed classes first, then builtins in Zend's order.

use std::rc::Rc;

use miniphp_compiler::TypeDecl;

use super::{list, make, state, Reflected, R};
use crate::class::{MethodCtx, NativeMethod, TypeSpec};
use crate::exec::handlers::format_type;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// Builtin members of a union in `ReflectionUnionType::getTypes()` order (`bool`
/// is FALSE|TRUE together).
const ORDER: &[(u32, &str)] = &[
    (TypeDecl::STATIC, "static"),
    (TypeDecl::CALLABLE, "callable"),
    (TypeDecl::OBJECT, "object"),
    (TypeDecl::ARRAY, "array"),
    (TypeDecl::ITERABLE, "iterable"),
    (TypeDecl::STRING, "string"),
    (TypeDecl::LONG, "int"),
    (TypeDecl::DOUBLE, "float"),
    (TypeDecl::FALSE | TypeDecl::TRUE, "bool"),
    (TypeDecl::FALSE, "false"),
    (TypeDecl::TRUE, "true"),
    (TypeDecl::VOID, "void"),
    (TypeDecl::NEVER, "never"),
    (TypeDecl::MIXED, "mixed"),
    (TypeDecl::NULL, "null"),
];

/// The members of a type, one `TypeSpec` each (null included); a DNF type's group
/// `A&B` is an intersection.
fn members(t: &TypeSpec) -> Vec<TypeSpec> {
    let mut out: Vec<TypeSpec> = t
        .classes
        .iter()
        .map(|c| match c.contains('&') {
            true => TypeSpec {
                mask: TypeDecl::DECLARED | TypeDecl::INTERSECTION,
                classes: c.split('&').map(Rc::from).collect(),
            },
            false => TypeSpec {
                mask: TypeDecl::DECLARED,
                classes: vec![c.clone()],
            },
        })
        .collect();
    let mut rest = t.mask & !TypeDecl::DECLARED;
    if rest & TypeDecl::MIXED != 0 {
        rest = TypeDecl::MIXED;
    }
    for &(bits, _) in ORDER {
        if rest & bits == bits {
            rest &= !bits;
            out.push(TypeSpec {
                mask: TypeDecl::DECLARED | bits,
                classes: Vec::new(),
            });
        }
    }
    out
}

/// A reflection object for a declared type, or null when there is none.
pub(super) fn type_value(t: Option<TypeSpec>) -> Value {
    let Some(t) = t.filter(|t| t.mask & TypeDecl::DECLARED != 0) else {
        return Value::Null;
    };
    let class = type_class(&t);
    make(class, Reflected::Type(t), &[])
}

/// The reflection class of a declared type: named, union or intersection.
fn type_class(t: &TypeSpec) -> &'static str {
    if t.mask & TypeDecl::INTERSECTION != 0 {
        return "ReflectionIntersectionType";
    }
    let non_null = members(t)
        .iter()
        .filter(|p| p.mask & TypeDecl::NULL == 0)
        .count();
    if non_null <= 1 && t.mask & TypeDecl::DNF == 0 {
        "ReflectionNamedType"
    } else {
        "ReflectionUnionType"
    }
}

fn spec(vm: &mut Vm, c: &MethodCtx) -> Result<TypeSpec, Unwind> {
    match &*state(vm, c)? {
        Reflected::Type(t) => Ok(t.clone()),
        _ => Ok(TypeSpec::default()),
    }
}

fn allows_null(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let t = spec(vm, c)?;
    Ok(Value::from(
        t.mask & (TypeDecl::NULL | TypeDecl::MIXED) != 0,
    ))
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let t = spec(vm, c)?;
    Ok(Value::from(spelled(&t)))
}

/// The type as PHP writes it (`?int`, `A|string|null`, `mixed`).
pub(super) fn spelled(t: &TypeSpec) -> String {
    let classes = t.classes.iter().map(|c| c.to_string()).collect();
    let mask = t.mask & !TypeDecl::DECLARED;
    if mask == TypeDecl::NULL && t.classes.is_empty() {
        return "null".into();
    }
    // Reflection alone keeps the name of a lone `iterable` (Zend's iterable bit).
    if mask & !TypeDecl::NULL == TypeDecl::ITERABLE && t.classes.is_empty() {
        return match mask & TypeDecl::NULL {
            0 => "iterable".into(),
            _ => "?iterable".into(),
        };
    }
    format_type(classes, mask)
}

/// A named type's name (no `?`).
fn get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let t = spec(vm, c)?;
    let single = members(&t)
        .into_iter()
        .find(|p| p.mask & TypeDecl::NULL == 0)
        .unwrap_or(TypeSpec {
            mask: TypeDecl::NULL,
            classes: Vec::new(),
        });
    Ok(Value::from(spelled(&single)))
}

fn is_builtin(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let t = spec(vm, c)?;
    // `static` counts as a class type here, as in PHP.
    Ok(Value::from(
        t.classes.is_empty() && t.mask & TypeDecl::STATIC == 0,
    ))
}

fn get_types(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let t = spec(vm, c)?;
    let named = |p: TypeSpec| match p.mask & TypeDecl::INTERSECTION {
        0 => make("ReflectionNamedType", Reflected::Type(p), &[]),
        _ => make("ReflectionIntersectionType", Reflected::Type(p), &[]),
    };
    // An intersection's members are its classes.
    let parts = match t.mask & TypeDecl::INTERSECTION {
        0 => members(&t),
        _ => t
            .classes
            .iter()
            .map(|c| TypeSpec {
                mask: TypeDecl::DECLARED,
                classes: vec![c.clone()],
            })
            .collect(),
    };
    Ok(list(parts.into_iter().map(named).collect()))
}

pub(super) const TYPE_METHODS: &[NativeMethod] = &[
    NativeMethod::new("allowsNull", allows_null, &[], 0),
    NativeMethod::new("__toString", to_string, &[], 0),
];

pub(super) const NAMED_METHODS: &[NativeMethod] = &[
    NativeMethod::new("getName", get_name, &[], 0),
    NativeMethod::new("isBuiltin", is_builtin, &[], 0),
];

pub(super) const UNION_METHODS: &[NativeMethod] =
    &[NativeMethod::new("getTypes", get_types, &[], 0)];

/// A builtin type by mask (a backed enum's backing type).
pub(super) fn builtin(mask: u32) -> Value {
    type_value(Some(TypeSpec {
        mask: TypeDecl::DECLARED | mask,
        classes: Vec::<Rc<str>>::new(),
    }))
}
