//! `ReflectionProperty`, `ReflectionClassConstant` and the enum cases
//! (`ReflectionEnumUnitCase`, `ReflectionEnumBackedCase`). Private members are read
//! and written in the scope of their declaring class, as reflection may.

use std::rc::Rc;

use miniphp_compiler::{attr_target, member as mflags, ClassConst, PropDecl};

use super::attribute::get_attributes;
use super::class::class_object;
use super::{
    arg_string, arg_typed, exception, init, literal_value, make, member_decl, state, types,
    with_view, zend_member_modifiers, AttrSource, PropRef, Reflected, R,
};
use crate::class::{ClassConstant, ClassEntry, Init, MethodCtx, NativeMethod};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

/// Which reflection class a constant is shown as.
#[derive(Clone, Copy)]
pub(super) enum CaseKind {
    Constant,
    Unit,
    Backed,
}

pub(super) fn property_object(p: PropRef) -> Value {
    let class_name = p
        .info
        .as_ref()
        .map_or(p.class.name.clone(), |i| i.class_name.clone());
    let name = p.name.clone();
    make(
        "ReflectionProperty",
        Reflected::Property(p),
        &[
            ("name", Value::from(&*name)),
            ("class", Value::from(&*class_name)),
        ],
    )
}

pub(super) fn constant_object(
    class: &Rc<ClassEntry>,
    constant: &Rc<ClassConstant>,
    kind: CaseKind,
) -> Value {
    let cname = match kind {
        CaseKind::Constant => "ReflectionClassConstant",
        CaseKind::Unit => "ReflectionEnumUnitCase",
        CaseKind::Backed => "ReflectionEnumBackedCase",
    };
    make(
        cname,
        Reflected::Constant {
            class: class.clone(),
            constant: constant.clone(),
        },
        &[
            ("name", Value::from(&*constant.name)),
            ("class", Value::from(&*constant.class_name)),
        ],
    )
}

/// A class named by an object or a string argument.
fn class_of_arg(vm: &mut Vm, a: &[Value]) -> Result<Rc<ClassEntry>, Unwind> {
    if let Some(Value::Object(o)) = a.first().map(Value::deref) {
        return Ok(o.class.clone());
    }
    let name = arg_typed(vm, a, 0, "object|string")?;
    match vm.lookup_class(name.as_bytes())? {
        Some(k) => Ok(k),
        None => {
            let shown = name.strip_prefix('\\').unwrap_or(&name);
            Err(exception(vm, format!("Class \"{shown}\" does not exist")))
        }
    }
}

// ReflectionProperty

fn prop(vm: &mut Vm, c: &MethodCtx) -> Result<(Rc<Reflected>, PropView), Unwind> {
    let st = state(vm, c)?;
    let view = match &*st {
        Reflected::Property(p) => PropView {
            class: p.class.clone(),
            name: p.name.clone(),
            info: p.info.clone(),
        },
        _ => {
            return Err(vm.throw_error(
                "Error",
                "Internal error: Failed to retrieve the reflection object".into(),
            ))
        }
    };
    Ok((st, view))
}

struct PropView {
    class: Rc<ClassEntry>,
    name: Rc<str>,
    info: Option<Rc<crate::class::PropInfo>>,
}

impl PropView {
    fn flags(&self) -> u32 {
        self.info.as_ref().map_or(mflags::PUBLIC, |i| i.flags)
    }

    fn declaring(&self) -> Rc<ClassEntry> {
        self.info
            .as_ref()
            .and_then(|i| i.class.upgrade())
            .unwrap_or_else(|| self.class.clone())
    }

    fn is_static(&self) -> bool {
        self.flags() & mflags::STATIC != 0
    }
}

fn property_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let class = class_of_arg(vm, a)?;
    let name = arg_string(vm, a, 1)?;
    let declared = class
        .find_prop(&name)
        .filter(|p| !p.is_private() || p.class.upgrade().is_some_and(|d| Rc::ptr_eq(&d, &class)));
    let dynamic = match a.first().map(Value::deref) {
        Some(Value::Object(o)) => o.has_dynamic(&ArrayKey::from_bytes(name.as_bytes())),
        _ => false,
    };
    if declared.is_none() && !dynamic {
        return Err(exception(
            vm,
            format!("Property {}::${name} does not exist", class.name),
        ));
    }
    let p = PropRef {
        class: class.clone(),
        name: Rc::from(name.as_str()),
        info: declared.cloned(),
    };
    if let Some(me) = &c.this {
        let class_name = p
            .info
            .as_ref()
            .map_or(class.name.clone(), |i| i.class_name.clone());
        init(
            me,
            Reflected::Property(p),
            &[
                ("name", Value::from(name.as_str())),
                ("class", Value::from(&*class_name)),
            ],
        );
    }
    Ok(Value::Null)
}

/// The object argument of an instance property's getValue/isInitialized.
fn object_arg(
    vm: &mut Vm,
    p: &PropView,
    a: &[Value],
    method: &str,
) -> Result<Rc<PhpObject>, Unwind> {
    match a.first().map(Value::deref) {
        Some(Value::Object(o)) => {
            if !o.class.is_subclass_of(&p.declaring()) && p.info.is_some() {
                return Err(exception(
                    vm,
                    "Given object is not an instance of the class this property was declared in"
                        .into(),
                ));
            }
            Ok(o)
        }
        _ => Err(vm.throw_error(
            "TypeError",
            format!(
                "ReflectionProperty::{method}(): Argument #1 ($object) must be provided for instance properties"
            ),
        )),
    }
}

/// A static property's cell.
fn static_cell(vm: &mut Vm, p: &PropView) -> Result<Option<crate::value::PhpRef>, Unwind> {
    let declaring = p.declaring();
    vm.ensure_class_init(&declaring)?;
    Ok(p.info.as_ref().and_then(|i| declaring.static_cell(i.slot)))
}

fn get_value(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    if p.is_static() {
        return Ok(static_cell(vm, &p)?.map_or(Value::Null, |r| r.borrow().deref()));
    }
    let o = object_arg(vm, &p, a, "getValue")?;
    let scope = p.declaring();
    vm.read_prop(&o, &p.name, Some(&scope), false)
}

fn set_value(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    if p.is_static() {
        let v = if a.len() > 1 { &a[1] } else { &a[0] }.deref();
        if let Some(cell) = static_cell(vm, &p)? {
            *cell.borrow_mut() = v;
        }
        return Ok(Value::Null);
    }
    // Unlike getValue, PHP writes to any object (its own property of that name).
    let Some(Value::Object(o)) = a.first().map(Value::deref) else {
        return object_arg(vm, &p, a, "setValue").map(|_| Value::Null);
    };
    let v = a.get(1).map(Value::deref).unwrap_or_default();
    let scope = p.declaring();
    vm.write_prop(&o, &p.name, v, Some(&scope))?;
    Ok(Value::Null)
}

fn is_initialized(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    if p.is_static() {
        return Ok(Value::from(
            static_cell(vm, &p)?.is_some_and(|r| !matches!(&*r.borrow(), Value::Undef)),
        ));
    }
    let o = object_arg(vm, &p, a, "isInitialized")?;
    Ok(Value::from(match &p.info {
        Some(i) => !matches!(
            o.slots.borrow().get(i.slot as usize),
            Some(Value::Undef) | None
        ),
        None => o.has_dynamic(&ArrayKey::from_bytes(p.name.as_bytes())),
    }))
}

fn get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    Ok(Value::from(&*p.name))
}

fn get_type(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    Ok(types::type_value(
        p.info.as_ref().and_then(|i| i.ty.clone()),
    ))
}

fn has_type(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    Ok(Value::from(p.info.as_ref().is_some_and(|i| i.ty.is_some())))
}

/// A property's declaration in its declaring class's script.
fn decl_of(vm: &Vm, declaring: &ClassEntry, name: &str) -> Option<(u32, PropDecl)> {
    member_decl(vm, declaring, &|v, decl| {
        v.props[decl.props.indices()]
            .iter()
            .find(|d| v.str(d.name) == name.as_bytes())
            .copied()
    })
}

fn prop_decl(vm: &Vm, p: &PropView) -> Option<(u32, PropDecl)> {
    decl_of(vm, &p.declaring(), &p.name)
}

/// A declared property's default value (a static one's as declared, not its current
/// value), if it has one.
pub(super) fn prop_default(
    vm: &mut Vm,
    class: &Rc<ClassEntry>,
    info: &crate::class::PropInfo,
) -> Result<Option<Value>, Unwind> {
    let declaring = info.class.upgrade().unwrap_or_else(|| class.clone());
    if !info.is_static() {
        vm.ensure_class_init(&declaring)?;
        return Ok(
            match declaring.default_slots.borrow().get(info.slot as usize) {
                Some(Init::Value(Value::Undef)) | None => None,
                Some(Init::Value(v)) => Some(v.clone()),
                Some(Init::Expr { .. }) => Some(Value::Null),
            },
        );
    }
    match decl_of(vm, &declaring, &info.name) {
        Some((script, d)) => match d.default {
            Some(lit) => Ok(Some(literal_value(vm, script, lit, Some(&declaring))?)),
            None if info.ty.is_none() => Ok(Some(Value::Null)),
            None => Ok(None),
        },
        None => Ok(None),
    }
}

fn default_value(vm: &mut Vm, p: &PropView) -> Result<Option<Value>, Unwind> {
    match &p.info {
        Some(info) => prop_default(vm, &p.class, info),
        None => Ok(None),
    }
}

fn has_default_value(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    Ok(Value::from(default_value(vm, &p)?.is_some()))
}

fn get_default_value(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    Ok(default_value(vm, &p)?.unwrap_or_default())
}

macro_rules! prop_test {
    ($($f:ident => |$p:ident| $e:expr;)*) => {$(
        fn $f(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
            let (_, $p) = prop(vm, c)?;
            Ok(Value::from($e))
        }
    )*};
}

prop_test! {
    is_static => |p| p.is_static();
    is_public => |p| p.flags() & (mflags::PRIVATE | mflags::PROTECTED) == 0;
    is_private => |p| p.flags() & mflags::PRIVATE != 0;
    is_protected => |p| p.flags() & mflags::PROTECTED != 0;
    is_readonly => |p| p.flags() & mflags::READONLY != 0;
    is_promoted => |p| p.flags() & mflags::PROMOTED != 0;
    is_default => |p| p.info.is_some();
    get_modifiers => |p| zend_member_modifiers(p.flags() & !mflags::PROMOTED);
}

fn get_declaring_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    Ok(class_object(&p.declaring()))
}

fn get_doc_comment(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    Ok(match prop_decl(vm, &p) {
        Some((script, d)) => d.doc_comment.map_or(Value::False, |r| {
            with_view(vm, script, |v| Value::from(v.str(r)))
        }),
        None => Value::False,
    })
}

fn get_prop_attributes(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (_, p) = prop(vm, c)?;
    let src = prop_decl(vm, &p).map(|(script, d)| AttrSource {
        script,
        range: d.attributes,
    });
    get_attributes(
        vm,
        src,
        attr_target::PROPERTY,
        Some(p.declaring()),
        a,
        "ReflectionProperty::getAttributes",
    )
}

fn noop(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

fn property_to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (st, _) = prop(vm, c)?;
    match &*st {
        Reflected::Property(p) => Ok(Value::from(super::dump::property(vm, p)?)),
        _ => Ok(Value::from("")),
    }
}

pub(super) const PROPERTY_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__toString", property_to_string, &[], 0),
    NativeMethod::new("__construct", property_construct, &["class", "property"], 2),
    NativeMethod::new("getName", get_name, &[], 0),
    NativeMethod::new("getValue", get_value, &["object"], 0),
    NativeMethod::new("setValue", set_value, &["objectOrValue", "value"], 1),
    NativeMethod::new("isInitialized", is_initialized, &["object"], 0),
    NativeMethod::new("getType", get_type, &[], 0),
    NativeMethod::new("hasType", has_type, &[], 0),
    NativeMethod::new("hasDefaultValue", has_default_value, &[], 0),
    NativeMethod::new("getDefaultValue", get_default_value, &[], 0),
    NativeMethod::new("isStatic", is_static, &[], 0),
    NativeMethod::new("isPublic", is_public, &[], 0),
    NativeMethod::new("isPrivate", is_private, &[], 0),
    NativeMethod::new("isProtected", is_protected, &[], 0),
    NativeMethod::new("isReadOnly", is_readonly, &[], 0),
    NativeMethod::new("isPromoted", is_promoted, &[], 0),
    NativeMethod::new("isDefault", is_default, &[], 0),
    NativeMethod::new("getModifiers", get_modifiers, &[], 0),
    NativeMethod::new("getDeclaringClass", get_declaring_class, &[], 0),
    NativeMethod::new("getDocComment", get_doc_comment, &[], 0),
    NativeMethod::new("getAttributes", get_prop_attributes, &["name", "flags"], 0),
    NativeMethod::new("setAccessible", noop, &["accessible"], 1),
];

// ReflectionClassConstant and enum cases

fn constant(vm: &mut Vm, c: &MethodCtx) -> Result<(Rc<ClassEntry>, Rc<ClassConstant>), Unwind> {
    match &*state(vm, c)? {
        Reflected::Constant { class, constant } => Ok((class.clone(), constant.clone())),
        _ => Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )),
    }
}

fn constant_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let class = class_of_arg(vm, a)?;
    let name = arg_string(vm, a, 1)?;
    let Some(cst) = class.find_constant(&name).cloned() else {
        return Err(exception(
            vm,
            format!("Constant {}::{name} does not exist", class.name),
        ));
    };
    if c.class.instance_of_name(b"reflectionenumunitcase") && cst.flags & mflags::ENUM_CASE == 0 {
        return Err(exception(
            vm,
            format!("Constant {}::{name} is not a case", class.name),
        ));
    }
    if c.class.instance_of_name(b"reflectionenumbackedcase") && class.enum_backing == 0 {
        return Err(exception(
            vm,
            format!("Enum case {}::{name} is not a backed case", class.name),
        ));
    }
    if let Some(me) = &c.this {
        init(
            me,
            Reflected::Constant {
                class: class.clone(),
                constant: cst.clone(),
            },
            &[
                ("name", Value::from(&*cst.name)),
                ("class", Value::from(&*cst.class_name)),
            ],
        );
    }
    Ok(Value::Null)
}

fn constant_get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (_, k) = constant(vm, c)?;
    Ok(Value::from(&*k.name))
}

fn constant_get_value(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (class, k) = constant(vm, c)?;
    let declaring = k.class.upgrade().unwrap_or(class);
    vm.reflected_constant(&declaring, &k.name)
}

macro_rules! const_test {
    ($($f:ident => |$k:ident| $e:expr;)*) => {$(
        fn $f(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
            let (_, $k) = constant(vm, c)?;
            Ok(Value::from($e))
        }
    )*};
}

const_test! {
    constant_is_public => |k| k.flags & (mflags::PRIVATE | mflags::PROTECTED) == 0;
    constant_is_private => |k| k.flags & mflags::PRIVATE != 0;
    constant_is_protected => |k| k.flags & mflags::PROTECTED != 0;
    constant_is_final => |k| k.flags & mflags::FINAL != 0;
    constant_is_enum_case => |k| k.flags & mflags::ENUM_CASE != 0;
    constant_get_modifiers => |k| zend_member_modifiers(k.flags & !mflags::ENUM_CASE);
}

fn constant_declaring_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (class, k) = constant(vm, c)?;
    Ok(class_object(&k.class.upgrade().unwrap_or(class)))
}

/// The constant's declaration in its class's script.
fn const_decl(vm: &Vm, class: &Rc<ClassEntry>, k: &ClassConstant) -> Option<(u32, ClassConst)> {
    let declaring = k.class.upgrade().unwrap_or_else(|| class.clone());
    member_decl(vm, &declaring, &|v, decl| {
        v.class_consts[decl.constants.indices()]
            .iter()
            .find(|d| v.str(d.name) == k.name.as_bytes())
            .copied()
    })
}

fn constant_doc_comment(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (class, k) = constant(vm, c)?;
    Ok(match const_decl(vm, &class, &k) {
        Some((script, d)) => d.doc_comment.map_or(Value::False, |r| {
            with_view(vm, script, |v| Value::from(v.str(r)))
        }),
        None => Value::False,
    })
}

fn constant_attributes(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (class, k) = constant(vm, c)?;
    let src = const_decl(vm, &class, &k).map(|(script, d)| AttrSource {
        script,
        range: d.attributes,
    });
    let scope = k.class.upgrade().unwrap_or(class);
    get_attributes(
        vm,
        src,
        attr_target::CLASS_CONST,
        Some(scope),
        a,
        "ReflectionClassConstant::getAttributes",
    )
}

fn constant_to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (class, k) = constant(vm, c)?;
    Ok(Value::from(super::dump::constant(vm, &class, &k)?))
}

pub(super) const CONSTANT_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__toString", constant_to_string, &[], 0),
    NativeMethod::new("__construct", constant_construct, &["class", "constant"], 2),
    NativeMethod::new("getName", constant_get_name, &[], 0),
    NativeMethod::new("getValue", constant_get_value, &[], 0),
    NativeMethod::new("isPublic", constant_is_public, &[], 0),
    NativeMethod::new("isPrivate", constant_is_private, &[], 0),
    NativeMethod::new("isProtected", constant_is_protected, &[], 0),
    NativeMethod::new("isFinal", constant_is_final, &[], 0),
    NativeMethod::new("isEnumCase", constant_is_enum_case, &[], 0),
    NativeMethod::new("getModifiers", constant_get_modifiers, &[], 0),
    NativeMethod::new("getDeclaringClass", constant_declaring_class, &[], 0),
    NativeMethod::new("getDocComment", constant_doc_comment, &[], 0),
    NativeMethod::new("getAttributes", constant_attributes, &["name", "flags"], 0),
];

fn get_enum(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (class, k) = constant(vm, c)?;
    let e = k.class.upgrade().unwrap_or(class);
    Ok(make(
        "ReflectionEnum",
        Reflected::Class(e.clone()),
        &[("name", Value::from(&*e.name))],
    ))
}

fn get_backing_value(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let case = constant_get_value(vm, c, &mut [])?;
    Ok(match case {
        Value::Object(o) => o.prop("value"),
        other => other,
    })
}

pub(super) const UNIT_CASE_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__construct", constant_construct, &["class", "constant"], 2),
    NativeMethod::new("getEnum", get_enum, &[], 0),
];

pub(super) const BACKED_CASE_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__construct", constant_construct, &["class", "constant"], 2),
    NativeMethod::new("getBackingValue", get_backing_value, &[], 0),
];
