//! `ReflectionClass`, `ReflectionObject` and `ReflectionEnum`.

use std::rc::Rc;

use miniphp_compiler::{attr_target, class_flags, member as mflags};

use super::attribute::get_attributes;
use super::function::method_object;
use super::member::{constant_object, prop_default, property_object, CaseKind};
use super::{
    arg_string, arg_typed, doc_value, exception, init, list, lossy, state, traits, types,
    with_view, zend_method_modifiers, Args, AttrSource, PropRef, Reflected, R,
};
use crate::array::PhpArray;
use crate::callable::Callee;
use crate::class::{ClassEntry, Method, MethodCtx, NativeMethod, NATIVE};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

/// A `ReflectionClass` for `class`.
pub(super) fn class_object(class: &Rc<ClassEntry>) -> Value {
    super::make(
        if class.is_enum() {
            "ReflectionEnum"
        } else {
            "ReflectionClass"
        },
        Reflected::Class(class.clone()),
        &[("name", Value::from(&*class.name))],
    )
}

/// The reflected class of `$this`.
fn this_class(vm: &mut Vm, c: &MethodCtx) -> Result<Rc<ClassEntry>, Unwind> {
    match &*state(vm, c)? {
        Reflected::Class(k) => Ok(k.clone()),
        Reflected::Object(o) => Ok(o.class.clone()),
        _ => Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )),
    }
}

/// The reflected object (`ReflectionObject`), if any.
fn this_object(c: &MethodCtx) -> Option<Rc<PhpObject>> {
    match &*super::reflected_of(c.this.as_ref()?)? {
        Reflected::Object(o) => Some(o.clone()),
        _ => None,
    }
}

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let class = match a.first().map(Value::deref) {
        // Only a ReflectionObject keeps the object (its dynamic properties).
        Some(Value::Object(o)) if c.class.instance_of_name(b"reflectionobject") => {
            if let Some(me) = &c.this {
                init(
                    me,
                    Reflected::Object(o.clone()),
                    &[("name", Value::from(&*o.class.name))],
                );
            }
            return Ok(Value::Null);
        }
        Some(Value::Object(o)) => o.class.clone(),
        _ => {
            let name = arg_typed(vm, a, 0, "object|string")?;
            match vm.lookup_class(name.as_bytes())? {
                Some(k) => k,
                None => {
                    let shown = name.strip_prefix('\\').unwrap_or(&name);
                    return Err(exception(vm, format!("Class \"{shown}\" does not exist")));
                }
            }
        }
    };
    set_class(c, &class);
    Ok(Value::Null)
}

fn set_class(c: &MethodCtx, class: &Rc<ClassEntry>) {
    if let Some(me) = &c.this {
        init(
            me,
            Reflected::Class(class.clone()),
            &[("name", Value::from(&*class.name))],
        );
    }
}

pub(super) fn object_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    match a.first().map(Value::deref) {
        Some(Value::Object(_)) => construct(vm, c, a),
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "ReflectionObject::__construct(): Argument #1 ($object) must be of type object, {} given",
                other.map_or("null", |v| v.type_name())
            ),
        )),
    }
}

fn enum_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    construct(vm, c, a)?;
    let class = this_class(vm, c)?;
    if !class.is_enum() {
        return Err(exception(
            vm,
            format!("Class \"{}\" is not an enum", class.name),
        ));
    }
    Ok(Value::Null)
}

macro_rules! class_bool {
    ($($f:ident => |$k:ident| $e:expr;)*) => {$(
        fn $f(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
            let $k = this_class(vm, c)?;
            Ok(Value::from($e))
        }
    )*};
}

class_bool! {
    is_interface => |k| k.is_interface();
    is_trait => |k| k.is_trait();
    is_enum => |k| k.is_enum();
    is_final => |k| k.is_final();
    is_abstract => |k| k.is_abstract()
        || (!k.is_interface() && k.methods.values().any(|m| m.is_abstract()))
        || (k.is_interface() && !k.methods.is_empty());
    is_internal => |k| k.flags & NATIVE != 0;
    is_user_defined => |k| k.flags & NATIVE == 0;
    is_anonymous => |k| k.flags & class_flags::ANONYMOUS != 0;
    is_readonly => |k| k.flags & class_flags::READONLY != 0;
    is_iterable => |k| !k.is_interface() && !k.is_abstract() && !k.is_trait()
        && k.instance_of_name(b"traversable");
    is_instantiable => |k| instantiable(&k);
    is_cloneable => |k| instantiable(&k)
        && k.flags & crate::class::UNCLONEABLE == 0
        && k.magic.clone.as_ref().is_none_or(|m| m.is_public());
    in_namespace => |k| k.name.contains('\\');
}

fn instantiable(k: &ClassEntry) -> bool {
    if k.flags
        & (class_flags::INTERFACE | class_flags::TRAIT | class_flags::ENUM | class_flags::ABSTRACT)
        != 0
    {
        return false;
    }
    k.magic.construct.as_ref().is_none_or(|m| m.is_public())
}

fn get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(&*this_class(vm, c)?.name))
}

fn get_short_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(Value::from(k.name.rsplit('\\').next().unwrap_or(&k.name)))
}

fn get_namespace_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(Value::from(
        k.name.rsplit_once('\\').map_or("", |(ns, _)| ns),
    ))
}

fn get_modifiers(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let mut m = 0;
    if k.flags & class_flags::ABSTRACT != 0 {
        m |= 64;
    }
    if k.flags & class_flags::FINAL != 0 {
        m |= 32;
    }
    if k.flags & class_flags::READONLY != 0 {
        m |= 65536;
    }
    Ok(Value::Long(m))
}

fn get_parent_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(k.parent.as_ref().map_or(Value::False, class_object))
}

fn get_interface_names(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(list(
        k.interfaces.iter().map(|i| Value::from(&*i.name)).collect(),
    ))
}

fn get_interfaces(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let mut out = PhpArray::new();
    for i in &k.interfaces {
        out.insert(ArrayKey::from_bytes(i.name.as_bytes()), class_object(i));
    }
    Ok(Value::from(out))
}

/// A class named by argument `i` (a name or an object), or PHP's ReflectionException.
fn class_arg(vm: &mut Vm, a: &[Value], what: &str) -> Result<Rc<ClassEntry>, Unwind> {
    if let Some(Value::Object(o)) = a.first().map(Value::deref) {
        return Ok(match super::reflected_of(&o).as_deref() {
            Some(Reflected::Class(k)) => k.clone(),
            Some(Reflected::Object(r)) => r.class.clone(),
            _ => o.class.clone(),
        });
    }
    let name = arg_typed(vm, a, 0, "ReflectionClass|string")?;
    match vm.lookup_class(name.as_bytes())? {
        Some(k) => Ok(k),
        None => Err(exception(
            vm,
            format!(
                "{what} \"{}\" does not exist",
                name.trim_start_matches('\\')
            ),
        )),
    }
}

fn implements_interface(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let i = class_arg(vm, a, "Interface")?;
    if !i.is_interface() {
        return Err(exception(vm, format!("{} is not an interface", i.name)));
    }
    Ok(Value::from(k.is_subclass_of(&i)))
}

fn is_subclass_of(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let other = class_arg(vm, a, "Class")?;
    Ok(Value::from(
        !Rc::ptr_eq(&k, &other) && k.is_subclass_of(&other),
    ))
}

fn is_instance(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    match a.first().map(Value::deref) {
        Some(Value::Object(o)) => Ok(Value::from(o.class.is_subclass_of(&k))),
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "ReflectionClass::isInstance(): Argument #1 ($object) must be of type object, {} given",
                other.map_or("null", |v| v.type_name())
            ),
        )),
    }
}

fn has_method(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?.to_ascii_lowercase();
    Ok(Value::from(k.find_method(name.as_bytes()).is_some()))
}

fn get_method(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    match k.find_method(name.to_ascii_lowercase().as_bytes()) {
        Some(m) => Ok(method_object(&k, m)),
        None => Err(exception(
            vm,
            format!("Method {}::{name}() does not exist", k.name),
        )),
    }
}

/// A `?int $filter` argument: None for all.
fn filter_arg(a: &[Value], i: usize) -> Option<i64> {
    match a.get(i).map(Value::deref) {
        None | Some(Value::Null) => None,
        Some(v) => Some(v.to_long()),
    }
}

fn get_methods(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let filter = filter_arg(a, 0);
    // A parent's private methods are in the table (hasMethod sees them) but not listed.
    let own_or_visible =
        |m: &Method| !m.is_private() || m.scope().is_some_and(|s| Rc::ptr_eq(&s, &k));
    Ok(list(
        k.methods
            .values()
            .filter(|m| own_or_visible(m))
            .filter(|m| filter.is_none_or(|f| zend_method_modifiers(m.flags) & f != 0))
            .map(|m| method_object(&k, m))
            .collect(),
    ))
}

fn get_constructor(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(k.magic
        .construct
        .as_ref()
        .map_or(Value::Null, |m| method_object(&k, m)))
}

/// The declared properties reflection sees on `k` (a parent's private ones are not).
fn visible_props(k: &Rc<ClassEntry>) -> Vec<PropRef> {
    k.props
        .values()
        .filter(|p| !p.is_private() || p.class.upgrade().is_some_and(|d| Rc::ptr_eq(&d, k)))
        .map(|p| PropRef {
            class: k.clone(),
            name: p.name.clone(),
            info: Some(p.clone()),
        })
        .collect()
}

/// The dynamic properties of the reflected object (`ReflectionObject`).
fn dynamic_props(c: &MethodCtx, k: &Rc<ClassEntry>) -> Vec<PropRef> {
    let Some(o) = this_object(c) else {
        return Vec::new();
    };
    let dynamic = o.dynamic.borrow();
    dynamic
        .as_ref()
        .map(|d| {
            d.keys()
                .map(|key| PropRef {
                    class: k.clone(),
                    name: Rc::from(lossy(&key.to_value().to_string_lossy(14))),
                    info: None,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn has_property(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    Ok(Value::from(
        visible_props(&k).iter().any(|p| *p.name == *name)
            || dynamic_props(c, &k).iter().any(|p| *p.name == *name),
    ))
}

fn get_property(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    // `Base::prop`: a property as a base class declares it.
    if let Some((base, prop)) = name.split_once("::") {
        let Some(b) = vm.lookup_class(base.as_bytes())? else {
            let lc = base.to_ascii_lowercase();
            return Err(exception(vm, format!("Class \"{lc}\" does not exist")));
        };
        if !k.is_subclass_of(&b) {
            return Err(exception(
                vm,
                format!(
                    "Fully qualified property name {}::${prop} does not specify a base class of {}",
                    b.name, k.name
                ),
            ));
        }
        return match visible_props(&b).into_iter().find(|p| *p.name == *prop) {
            Some(p) => Ok(property_object(p)),
            None => Err(exception(
                vm,
                format!("Property {}::${prop} does not exist", b.name),
            )),
        };
    }
    let found = visible_props(&k)
        .into_iter()
        .chain(dynamic_props(c, &k))
        .find(|p| *p.name == *name);
    match found {
        Some(p) => Ok(property_object(p)),
        None => Err(exception(
            vm,
            format!("Property {}::${name} does not exist", k.name),
        )),
    }
}

fn get_properties(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let filter = filter_arg(a, 0);
    let mut props = visible_props(&k);
    // Dynamic properties count as public.
    if filter.is_none_or(|f| f & 1 != 0) {
        props.extend(dynamic_props(c, &k));
    }
    Ok(list(
        props
            .into_iter()
            .filter(|p| {
                let flags = p.info.as_ref().map_or(mflags::PUBLIC, |i| i.flags);
                filter.is_none_or(|f| super::zend_member_modifiers(flags) & f != 0)
            })
            .map(property_object)
            .collect(),
    ))
}

fn has_constant(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    Ok(Value::from(k.find_constant(&name).is_some()))
}

fn get_constants(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let filter = filter_arg(a, 0);
    let mut out = PhpArray::new();
    let names: Vec<Rc<str>> = k
        .constants
        .values()
        .filter(|k| filter.is_none_or(|f| super::zend_member_modifiers(k.flags) & f != 0))
        .map(|k| k.name.clone())
        .collect();
    for n in names {
        let v = vm.reflected_constant(&k, &n)?;
        out.insert(ArrayKey::from_bytes(n.as_bytes()), v);
    }
    Ok(Value::from(out))
}

fn get_constant(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    if k.find_constant(&name).is_none() {
        return Ok(Value::False);
    }
    vm.reflected_constant(&k, &name)
}

fn get_reflection_constants(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let filter = filter_arg(a, 0);
    Ok(list(
        k.constants
            .values()
            .filter(|k| filter.is_none_or(|f| super::zend_member_modifiers(k.flags) & f != 0))
            .map(|cst| constant_object(&k, cst, CaseKind::Constant))
            .collect(),
    ))
}

fn get_reflection_constant(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    Ok(k.find_constant(&name).map_or(Value::False, |cst| {
        constant_object(&k, cst, CaseKind::Constant)
    }))
}

/// Create an object and run its constructor with these arguments
/// (`newInstance`, `newInstanceArgs`).
fn construct_object(
    vm: &mut Vm,
    k: &Rc<ClassEntry>,
    args: Vec<Value>,
    named: Vec<(Rc<Vec<u8>>, Value)>,
) -> R {
    let obj = vm.instantiate(k)?;
    match k.magic.construct.clone() {
        Some(ctor) => {
            if !ctor.is_public() {
                return Err(exception(
                    vm,
                    format!("Access to non-public constructor of class {}", k.name),
                ));
            }
            let callee = Callee::method(&ctor, Some(obj.clone()), k.clone());
            vm.call_callee(callee, args, named)?;
        }
        None if !args.is_empty() || !named.is_empty() => {
            return Err(exception(
                vm,
                format!(
                    "Class {} does not have a constructor, so you cannot pass any constructor arguments",
                    k.name
                ),
            ))
        }
        None => {}
    }
    Ok(Value::Object(obj))
}

fn new_instance(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let named = std::mem::take(&mut vm.named_extra);
    construct_object(vm, &k, a.iter().map(Value::deref).collect(), named)
}

fn new_instance_args(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    super::function::array_arg(vm, a, 0)?;
    let (args, named) = split_args(a.first());
    construct_object(vm, &k, args, named)
}

/// An array of arguments: list entries positional, string keys named.
pub(super) fn split_args(v: Option<&Value>) -> Args {
    let mut args = Vec::new();
    let mut named = Vec::new();
    if let Some(Value::Array(arr)) = v.map(Value::deref) {
        for (key, v) in arr.iter() {
            match key {
                ArrayKey::Str(s) => named.push((Rc::new(s.to_vec()), v.clone())),
                ArrayKey::Int(_) => args.push(v.clone()),
            }
        }
    }
    (args, named)
}

fn new_instance_without_constructor(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    if k.flags & NATIVE != 0 && k.is_final() {
        return Err(exception(
            vm,
            format!(
                "Class {} is an internal class marked as final that cannot be instantiated without invoking its constructor",
                k.name
            ),
        ));
    }
    Ok(Value::Object(vm.instantiate(&k)?))
}

fn get_attributes_m(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let src = k.decl.map(|(script, idx)| AttrSource {
        script,
        range: with_view(vm, script, |v| v.classes[idx as usize].attributes),
    });
    get_attributes(
        vm,
        src,
        attr_target::CLASS,
        Some(k.clone()),
        a,
        "ReflectionClass::getAttributes",
    )
}

fn get_doc_comment(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let Some((script, idx)) = k.decl else {
        return Ok(Value::False);
    };
    Ok(doc_value(vm, script, |v| {
        v.classes[idx as usize]
            .doc_comment
            .map(|d| v.str(d).to_vec())
    }))
}

fn get_file_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(match k.decl {
        Some((script, _)) => Value::from(&*vm.scripts[script as usize].path),
        None => Value::False,
    })
}

fn get_start_line(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(match k.decl {
        Some((script, idx)) => {
            Value::Long(with_view(vm, script, |v| v.classes[idx as usize].line_start) as i64)
        }
        None => Value::False,
    })
}

fn get_end_line(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(match k.decl {
        Some((script, idx)) => {
            Value::Long(with_view(vm, script, |v| v.classes[idx as usize].line_end) as i64)
        }
        None => Value::False,
    })
}

fn get_trait_aliases(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let mut out = PhpArray::new();
    let Some((script, idx)) = k.decl else {
        return Ok(Value::from(out));
    };
    // (alias, trait named in the rule, method)
    type Alias = (Vec<u8>, Option<Vec<u8>>, Vec<u8>);
    let rules: Vec<Alias> = with_view(vm, script, |v| {
        v.trait_rules[v.classes[idx as usize].trait_rules.indices()]
            .iter()
            .filter_map(|r| {
                let alias = v.str(r.alias?).to_vec();
                Some((
                    alias,
                    r.trait_name.map(|t| v.str(t).to_vec()),
                    v.str(r.method).to_vec(),
                ))
            })
            .collect()
    });
    let used = traits(vm, &k);
    for (alias, trait_name, method) in rules {
        let owner = match trait_name {
            Some(t) => vm.find_class(&t).map(|t| t.name.clone()),
            None => used
                .iter()
                .find(|t| t.find_method(&method.to_ascii_lowercase()).is_some())
                .map(|t| t.name.clone()),
        };
        if let Some(owner) = owner {
            let target = format!("{owner}::{}", lossy(&method));
            out.insert(ArrayKey::from_bytes(&alias), Value::from(target));
        }
    }
    Ok(Value::from(out))
}

fn get_trait_names(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(list(
        traits(vm, &k)
            .iter()
            .map(|t| Value::from(&*t.name))
            .collect(),
    ))
}

fn get_traits(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let mut out = PhpArray::new();
    for t in traits(vm, &k) {
        out.insert(ArrayKey::from_bytes(t.name.as_bytes()), class_object(&t));
    }
    Ok(Value::from(out))
}

/// A static property's cell, as the class itself sees it (private ones included).
fn static_cell(
    vm: &mut Vm,
    k: &Rc<ClassEntry>,
    name: &str,
) -> Result<Option<crate::value::PhpRef>, Unwind> {
    vm.ensure_class_init(k)?;
    let Some(info) = k.find_prop(name).filter(|p| p.is_static()) else {
        return Ok(None);
    };
    let declaring = info.class.upgrade().unwrap_or_else(|| k.clone());
    Ok(declaring.static_cell(info.slot))
}

fn get_static_property_value(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    match static_cell(vm, &k, &name)? {
        Some(cell) => Ok(cell.borrow().deref()),
        None if a.len() > 1 => Ok(a[1].deref()),
        None => Err(exception(
            vm,
            format!("Property {}::${name} does not exist", k.name),
        )),
    }
}

fn set_static_property_value(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    match static_cell(vm, &k, &name)? {
        Some(cell) => {
            *cell.borrow_mut() = a.get(1).map(Value::deref).unwrap_or_default();
            Ok(Value::Null)
        }
        None => Err(exception(
            vm,
            format!("Class {} does not have a property named {name}", k.name),
        )),
    }
}

fn get_static_properties(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let mut out = PhpArray::new();
    for p in visible_props(&k) {
        if p.info.as_ref().is_some_and(|i| i.is_static()) {
            if let Some(cell) = static_cell(vm, &k, &p.name)? {
                let v = cell.borrow().deref();
                out.insert(ArrayKey::from_bytes(p.name.as_bytes()), v);
            }
        }
    }
    Ok(Value::from(out))
}

fn get_default_properties(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    vm.ensure_class_init(&k)?;
    let mut statics = PhpArray::new();
    let mut instance = PhpArray::new();
    for p in visible_props(&k) {
        let Some(info) = &p.info else { continue };
        let key = ArrayKey::from_bytes(p.name.as_bytes());
        let Some(v) = prop_default(vm, &k, info)? else {
            continue;
        };
        if info.is_static() {
            statics.insert(key, v);
        } else {
            instance.insert(key, v);
        }
    }
    for (key, v) in instance.iter() {
        statics.insert(key.clone(), v.clone());
    }
    Ok(Value::from(statics))
}

/// The extension of a built-in class (None for a user class).
fn extension_of(vm: &mut Vm, c: &MethodCtx) -> Result<Option<&'static str>, Unwind> {
    let k = this_class(vm, c)?;
    Ok((k.flags & NATIVE != 0).then(|| super::extension::class_extension(&k)))
}

fn get_extension(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(extension_of(vm, c)?.map_or(Value::Null, super::extension::extension_object))
}

fn get_extension_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(extension_of(vm, c)?.map_or(Value::False, Value::from))
}

// ReflectionEnum

fn get_cases(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let kind = case_kind(&k);
    Ok(list(
        k.enum_cases()
            .map(|cst| constant_object(&k, cst, kind))
            .collect(),
    ))
}

fn case_kind(k: &ClassEntry) -> CaseKind {
    if k.enum_backing != 0 {
        CaseKind::Backed
    } else {
        CaseKind::Unit
    }
}

fn get_case(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    match k.find_constant(&name) {
        Some(cst) if cst.flags & mflags::ENUM_CASE != 0 => {
            Ok(constant_object(&k, cst, case_kind(&k)))
        }
        Some(_) => Err(exception(vm, format!("{}::{name} is not a case", k.name))),
        None => Err(exception(
            vm,
            format!("Case {}::{name} does not exist", k.name),
        )),
    }
}

fn has_case(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let name = arg_string(vm, a, 0)?;
    Ok(Value::from(
        k.find_constant(&name)
            .is_some_and(|cst| cst.flags & mflags::ENUM_CASE != 0),
    ))
}

fn is_backed(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(this_class(vm, c)?.enum_backing != 0))
}

fn get_backing_type(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    Ok(match k.enum_backing {
        0 => Value::Null,
        m => types::builtin(m),
    })
}

pub(super) const ENUM_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__construct", enum_construct, &["objectOrClass"], 1),
    NativeMethod::new("getCases", get_cases, &[], 0),
    NativeMethod::new("getCase", get_case, &["name"], 1),
    NativeMethod::new("hasCase", has_case, &["name"], 1),
    NativeMethod::new("isBacked", is_backed, &[], 0),
    NativeMethod::new("getBackingType", get_backing_type, &[], 0),
];

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = this_class(vm, c)?;
    let object = this_object(c);
    Ok(Value::from(super::dump::class(vm, &k, object.as_deref())?))
}

pub(super) const CLASS_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__toString", to_string, &[], 0),
    NativeMethod::new("__construct", construct, &["objectOrClass"], 1),
    NativeMethod::new("getName", get_name, &[], 0),
    NativeMethod::new("getShortName", get_short_name, &[], 0),
    NativeMethod::new("getNamespaceName", get_namespace_name, &[], 0),
    NativeMethod::new("inNamespace", in_namespace, &[], 0),
    NativeMethod::new("isInterface", is_interface, &[], 0),
    NativeMethod::new("isTrait", is_trait, &[], 0),
    NativeMethod::new("isEnum", is_enum, &[], 0),
    NativeMethod::new("isAbstract", is_abstract, &[], 0),
    NativeMethod::new("isFinal", is_final, &[], 0),
    NativeMethod::new("isReadOnly", is_readonly, &[], 0),
    NativeMethod::new("isInstantiable", is_instantiable, &[], 0),
    NativeMethod::new("isCloneable", is_cloneable, &[], 0),
    NativeMethod::new("isInternal", is_internal, &[], 0),
    NativeMethod::new("isUserDefined", is_user_defined, &[], 0),
    NativeMethod::new("isAnonymous", is_anonymous, &[], 0),
    NativeMethod::new("isIterable", is_iterable, &[], 0),
    NativeMethod::new("isIterateable", is_iterable, &[], 0),
    NativeMethod::new("getModifiers", get_modifiers, &[], 0),
    NativeMethod::new("getParentClass", get_parent_class, &[], 0),
    NativeMethod::new("getInterfaceNames", get_interface_names, &[], 0),
    NativeMethod::new("getInterfaces", get_interfaces, &[], 0),
    NativeMethod::new(
        "implementsInterface",
        implements_interface,
        &["interface"],
        1,
    ),
    NativeMethod::new("isSubclassOf", is_subclass_of, &["class"], 1),
    NativeMethod::new("isInstance", is_instance, &["object"], 1),
    NativeMethod::new("hasMethod", has_method, &["name"], 1),
    NativeMethod::new("getMethod", get_method, &["name"], 1),
    NativeMethod::new("getMethods", get_methods, &["filter"], 0),
    NativeMethod::new("getConstructor", get_constructor, &[], 0),
    NativeMethod::new("hasProperty", has_property, &["name"], 1),
    NativeMethod::new("getProperty", get_property, &["name"], 1),
    NativeMethod::new("getProperties", get_properties, &["filter"], 0),
    NativeMethod::new("hasConstant", has_constant, &["name"], 1),
    NativeMethod::new("getConstants", get_constants, &["filter"], 0),
    NativeMethod::new("getConstant", get_constant, &["name"], 1),
    NativeMethod::new(
        "getReflectionConstants",
        get_reflection_constants,
        &["filter"],
        0,
    ),
    NativeMethod::new(
        "getReflectionConstant",
        get_reflection_constant,
        &["name"],
        1,
    ),
    NativeMethod {
        variadic: true,
        ..NativeMethod::new("newInstance", new_instance, &["args"], 0)
    },
    NativeMethod::new("newInstanceArgs", new_instance_args, &["args"], 0),
    NativeMethod::new(
        "newInstanceWithoutConstructor",
        new_instance_without_constructor,
        &[],
        0,
    ),
    NativeMethod::new("getAttributes", get_attributes_m, &["name", "flags"], 0),
    NativeMethod::new("getDocComment", get_doc_comment, &[], 0),
    NativeMethod::new("getFileName", get_file_name, &[], 0),
    NativeMethod::new("getStartLine", get_start_line, &[], 0),
    NativeMethod::new("getEndLine", get_end_line, &[], 0),
    NativeMethod::new("getTraitNames", get_trait_names, &[], 0),
    NativeMethod::new("getTraits", get_traits, &[], 0),
    NativeMethod::new("getTraitAliases", get_trait_aliases, &[], 0),
    NativeMethod::new(
        "getStaticPropertyValue",
        get_static_property_value,
        &["name", "default"],
        1,
    ),
    NativeMethod::new(
        "setStaticPropertyValue",
        set_static_property_value,
        &["name", "value"],
        2,
    ),
    NativeMethod::new("getStaticProperties", get_static_properties, &[], 0),
    NativeMethod::new("getDefaultProperties", get_default_properties, &[], 0),
    NativeMethod::new("getExtension", get_extension, &[], 0),
    NativeMethod::new("getExtensionName", get_extension_name, &[], 0),
];
