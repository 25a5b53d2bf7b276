//! Class and object introspection functions (`get_parent_class`, `get_object_vars`,
//! `method_exists`, `class_exists`, `is_a`…) and `spl_autoload_register`.

use std::rc::Rc;

use super::ClassEntry;
use crate::array::PhpArray;
use crate::builtins::args::{self, arg_callable, arg_str, func, get, has, opt_bool};
use crate::builtins::BuiltinSpec;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "get_parent_class",
        get_parent_class,
        &["object_or_class"],
        0,
    ),
    func("get_object_vars", get_object_vars, &["object"], 1),
    func("get_class_vars", get_class_vars, &["class"], 1),
    func(
        "get_class_methods",
        get_class_methods,
        &["object_or_class"],
        1,
    ),
    func(
        "method_exists",
        method_exists,
        &["object_or_class", "method"],
        2,
    ),
    func(
        "property_exists",
        property_exists,
        &["object_or_class", "property"],
        2,
    ),
    func("class_exists", class_exists, &["class", "autoload"], 1),
    func(
        "interface_exists",
        interface_exists,
        &["interface", "autoload"],
        1,
    ),
    func("trait_exists", trait_exists, &["trait", "autoload"], 1),
    func("enum_exists", enum_exists, &["enum", "autoload"], 1),
    func(
        "is_a",
        is_a,
        &["object_or_class", "class", "allow_string"],
        2,
    ),
    func(
        "is_subclass_of",
        is_subclass_of,
        &["object_or_class", "class", "allow_string"],
        2,
    ),
    func("spl_object_hash", spl_object_hash, &["object"], 1),
    func(
        "class_implements",
        class_implements,
        &["object_or_class", "autoload"],
        1,
    ),
    func(
        "class_parents",
        class_parents,
        &["object_or_class", "autoload"],
        1,
    ),
    func(
        "class_uses",
        class_uses,
        &["object_or_class", "autoload"],
        1,
    ),
    func(
        "spl_autoload_register",
        spl_autoload_register,
        &["callback", "throw", "prepend"],
        0,
    ),
    func(
        "spl_autoload_unregister",
        spl_autoload_unregister,
        &["callback"],
        1,
    ),
    func("spl_autoload_functions", spl_autoload_functions, &[], 0),
    func("spl_autoload_call", spl_autoload_call, &["class"], 1),
    func(
        "class_alias",
        class_alias,
        &["class", "alias", "autoload"],
        2,
    ),
    func("get_called_class", get_called_class, &[], 0),
    func("get_declared_classes", get_declared_classes, &[], 0),
    func("get_declared_interfaces", get_declared_interfaces, &[], 0),
    func("get_declared_traits", get_declared_traits, &[], 0),
];

/// The class scope of the PHP code calling a built-in.
fn caller_scope(vm: &Vm) -> Option<Rc<ClassEntry>> {
    vm.frames.last().and_then(|f| f.class.clone())
}

/// An `object|string` argument as a class (autoloading a name).
fn class_of(vm: &mut Vm, a: &[Value], i: usize, fname: &str) -> Result<Rc<ClassEntry>, Unwind> {
    // Z_PARAM_OBJ_OR_CLASS_NAME: an unknown class name is a TypeError too.
    let v = get(a, i);
    let class = match &v {
        Value::Object(o) => Some(o.class.clone()),
        Value::String(s) => vm.lookup_class(s)?,
        _ => None,
    };
    class.ok_or_else(|| {
        let msg = format!(
            "{} must be an object or a valid class name, {} given",
            args::arg_prefix(fname, i),
            v.debug_type_name()
        );
        vm.throw_error("TypeError", msg)
    })
}

fn get_parent_class(vm: &mut Vm, a: &mut [Value]) -> R {
    let class = if has(a, 0) {
        Some(class_of(vm, a, 0, "get_parent_class")?)
    } else {
        caller_scope(vm)
    };
    Ok(match class.and_then(|c| c.parent.clone()) {
        Some(p) => Value::from(p.name.as_ref()),
        None => Value::False,
    })
}

fn get_object_vars(vm: &mut Vm, a: &mut [Value]) -> R {
    match get(a, 0) {
        Value::Object(o) => Ok(Value::from(vm.visible_props(&o))),
        other => Err(args::type_error(vm, "get_object_vars", 0, "object", &other)),
    }
}

fn get_class_vars(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "get_class_vars")?;
    let Some(class) = vm.lookup_class(&name)? else {
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "get_class_vars(): Argument #1 ($class) must be a valid class name, {} given",
                String::from_utf8_lossy(&name)
            ),
        ));
    };
    vm.ensure_class_init(&class)?;
    let scope = caller_scope(vm);
    let mut out = PhpArray::new();
    // Zend's order: instance properties, then static ones, each in declaration order
    // (own first, then inherited); uninitialized typed properties as null.
    let defaults = class.default_slots.borrow().clone();
    for statics in [false, true] {
        for (name, info) in &class.props {
            if info.is_static() != statics || !prop_visible(info, scope.as_ref()) {
                continue;
            }
            let v = if statics {
                info.class
                    .upgrade()
                    .and_then(|d| d.static_cell(info.slot).map(|c| c.borrow().clone()))
                    .unwrap_or_default()
            } else {
                match &defaults[info.slot as usize] {
                    super::Init::Value(Value::Undef) | super::Init::Expr { .. } => Value::Null,
                    super::Init::Value(v) => v.clone(),
                }
            };
            out.insert(ArrayKey::from_bytes(name.as_bytes()), v);
        }
    }
    Ok(Value::from(out))
}

fn prop_visible(info: &super::PropInfo, scope: Option<&Rc<ClassEntry>>) -> bool {
    let declaring = info.class.upgrade();
    if info.is_private() {
        return match (scope, &declaring) {
            (Some(s), Some(d)) => Rc::ptr_eq(s, d),
            _ => false,
        };
    }
    if info.is_protected() {
        return match (scope, &declaring) {
            (Some(s), Some(d)) => s.is_subclass_of(d) || d.is_subclass_of(s),
            _ => false,
        };
    }
    true
}

fn get_class_methods(vm: &mut Vm, a: &mut [Value]) -> R {
    let class = class_of(vm, a, 0, "get_class_methods")?;
    let scope = caller_scope(vm);
    let mut out = PhpArray::new();
    for m in class.methods.values() {
        if crate::exec::method_visible(m, scope.as_ref()) {
            let _ = out.push(Value::from(m.name.as_ref()));
        }
    }
    Ok(Value::from(out))
}

fn method_exists(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 1, "method_exists")?;
    let class = match get(a, 0) {
        Value::Object(o) => Some(o.class.clone()),
        Value::String(s) => vm.lookup_class(&s)?,
        other => {
            return Err(args::type_error(
                vm,
                "method_exists",
                0,
                "object|string",
                &other,
            ));
        }
    };
    // A private method inherited from a parent counts for an object only, as PHP.
    let of_object = matches!(get(a, 0), Value::Object(_));
    Ok(Value::from(class.is_some_and(|c| {
        c.find_method(&name.to_ascii_lowercase()).is_some_and(|m| {
            of_object || !m.is_private() || m.scope.upgrade().is_some_and(|s| Rc::ptr_eq(&s, &c))
        })
    })))
}

fn property_exists(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 1, "property_exists")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    let (class, obj) = match get(a, 0) {
        Value::Object(o) => (Some(o.class.clone()), Some(o)),
        Value::String(s) => (vm.lookup_class(&s)?, None),
        other => {
            return Err(args::type_error(
                vm,
                "property_exists",
                0,
                "object|string",
                &other,
            ));
        }
    };
    let Some(class) = class else {
        return Ok(Value::False);
    };
    if let Some(info) = class.find_prop(&name) {
        let own = info.class.upgrade().is_some_and(|d| Rc::ptr_eq(&d, &class));
        if !info.is_private() || own {
            return Ok(Value::True);
        }
    }
    // Zend asks the object next, from the caller's scope: a private property of the
    // calling class (an ancestor of the object's) exists once initialized.
    if let (Some(o), Some(s)) = (&obj, caller_scope(vm)) {
        if let Some(info) = s.find_prop(&name) {
            let declared_here = info.class.upgrade().is_some_and(|d| Rc::ptr_eq(&d, &s));
            if info.is_private()
                && !info.is_static()
                && declared_here
                && o.class.is_subclass_of(&s)
                && o.slots
                    .borrow()
                    .get(info.slot as usize)
                    .is_some_and(|v| !matches!(v, Value::Undef))
            {
                return Ok(Value::True);
            }
        }
    }
    let dynamic = obj.is_some_and(|o| {
        o.dynamic
            .borrow()
            .as_ref()
            .is_some_and(|d| d.contains_key(&ArrayKey::from_bytes(name.as_bytes())))
    });
    Ok(Value::from(dynamic))
}

/// `class_exists` & co: the class by name (autoloading unless told not to) and
/// whether its kind matches.
fn kind_exists(vm: &mut Vm, a: &[Value], fname: &str, kind: fn(&ClassEntry) -> bool) -> R {
    let name = arg_str(vm, a, 0, fname)?;
    let autoload = opt_bool(vm, a, 1, fname, true)?;
    let class = if autoload {
        vm.lookup_class(&name)?
    } else {
        vm.find_class(&name)
    };
    Ok(Value::from(class.is_some_and(|c| kind(&c))))
}

fn class_exists(vm: &mut Vm, a: &mut [Value]) -> R {
    kind_exists(vm, a, "class_exists", |c| {
        !c.is_interface() && !c.is_trait() && !c.is_enum()
    })
}

fn interface_exists(vm: &mut Vm, a: &mut [Value]) -> R {
    kind_exists(vm, a, "interface_exists", ClassEntry::is_interface)
}

fn trait_exists(vm: &mut Vm, a: &mut [Value]) -> R {
    kind_exists(vm, a, "trait_exists", ClassEntry::is_trait)
}

fn enum_exists(vm: &mut Vm, a: &mut [Value]) -> R {
    kind_exists(vm, a, "enum_exists", ClassEntry::is_enum)
}

/// `is_a` / `is_subclass_of`.
fn instance_check(vm: &mut Vm, a: &[Value], fname: &str, proper: bool) -> R {
    let target = arg_str(vm, a, 1, fname)?;
    let allow_string = opt_bool(vm, a, 2, fname, proper)?;
    let class = match get(a, 0) {
        Value::Object(o) => o.class.clone(),
        Value::String(s) if allow_string => match vm.lookup_class(&s)? {
            Some(c) => c,
            None => return Ok(Value::False),
        },
        _ => return Ok(Value::False),
    };
    // The target class is never autoloaded (ZEND_FETCH_CLASS_NO_AUTOLOAD).
    let Some(target) = vm.find_class(&target) else {
        return Ok(Value::False);
    };
    if proper && Rc::ptr_eq(&class, &target) {
        return Ok(Value::False);
    }
    Ok(Value::from(class.is_subclass_of(&target)))
}

fn is_a(vm: &mut Vm, a: &mut [Value]) -> R {
    instance_check(vm, a, "is_a", false)
}

fn is_subclass_of(vm: &mut Vm, a: &mut [Value]) -> R {
    instance_check(vm, a, "is_subclass_of", true)
}

fn spl_object_hash(vm: &mut Vm, a: &mut [Value]) -> R {
    match get(a, 0) {
        Value::Object(o) => Ok(Value::from(format!("{:016x}{:016x}", o.id, 0))),
        other => Err(args::type_error(vm, "spl_object_hash", 0, "object", &other)),
    }
}

/// `class_implements` / `class_parents`: name => name arrays, or false (with PHP's
/// warning) for an unknown class.
/// What `class_implements`, `class_parents` and `class_uses` list.
#[derive(PartialEq)]
enum Listed {
    Interfaces,
    Parents,
    Traits,
}

fn class_list(vm: &mut Vm, a: &[Value], fname: &str, listed: Listed) -> R {
    let autoload = opt_bool(vm, a, 1, fname, true)?;
    let class = match get(a, 0) {
        Value::Object(o) => Some(o.class.clone()),
        Value::String(s) => {
            let c = if autoload {
                vm.lookup_class(&s)?
            } else {
                vm.find_class(&s)
            };
            if c.is_none() {
                let how = if autoload {
                    "does not exist and could not be loaded"
                } else {
                    "does not exist"
                };
                vm.warning(&format!(
                    "{fname}(): Class {} {how}",
                    String::from_utf8_lossy(&s)
                ));
                return Ok(Value::False);
            }
            c
        }
        other => return Err(args::type_error(vm, fname, 0, "object|string", &other)),
    };
    let Some(class) = class else {
        return Ok(Value::False);
    };
    let mut out = PhpArray::new();
    if listed == Listed::Traits {
        for t in crate::class::reflection::traits(vm, &class) {
            out.insert(
                ArrayKey::from_bytes(t.name.as_bytes()),
                Value::from(t.name.as_ref()),
            );
        }
    } else if listed == Listed::Parents {
        let mut cur = class.parent.clone();
        while let Some(p) = cur {
            out.insert(
                ArrayKey::from_bytes(p.name.as_bytes()),
                Value::from(p.name.as_ref()),
            );
            cur = p.parent.clone();
        }
    } else {
        for i in &class.interfaces {
            out.insert(
                ArrayKey::from_bytes(i.name.as_bytes()),
                Value::from(i.name.as_ref()),
            );
        }
    }
    Ok(Value::from(out))
}

fn class_implements(vm: &mut Vm, a: &mut [Value]) -> R {
    class_list(vm, a, "class_implements", Listed::Interfaces)
}

fn class_parents(vm: &mut Vm, a: &mut [Value]) -> R {
    class_list(vm, a, "class_parents", Listed::Parents)
}

fn class_uses(vm: &mut Vm, a: &mut [Value]) -> R {
    class_list(vm, a, "class_uses", Listed::Traits)
}

fn spl_autoload_register(vm: &mut Vm, a: &mut [Value]) -> R {
    let Some(cb) = arg_callable(vm, a, 0, "spl_autoload_register", true)? else {
        return Ok(Value::True);
    };
    let prepend = opt_bool(vm, a, 2, "spl_autoload_register", false)?;
    if vm.autoloaders.iter().any(|l| l.strict_eq(&cb)) {
        return Ok(Value::True);
    }
    if prepend {
        vm.autoloaders.insert(0, cb);
    } else {
        vm.autoloaders.push(cb);
    }
    Ok(Value::True)
}

fn spl_autoload_unregister(vm: &mut Vm, a: &mut [Value]) -> R {
    let cb = get(a, 0);
    let before = vm.autoloaders.len();
    vm.autoloaders.retain(|l| !l.strict_eq(&cb));
    Ok(Value::from(vm.autoloaders.len() != before))
}

fn spl_autoload_functions(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::from(PhpArray::from_list(vm.autoloaders.clone())))
}

fn spl_autoload_call(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "spl_autoload_call")?;
    vm.lookup_class(&name)?;
    Ok(Value::Null)
}

fn class_alias(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "class_alias")?;
    let alias = arg_str(vm, a, 1, "class_alias")?;
    let autoload = opt_bool(vm, a, 2, "class_alias", true)?;
    let class = if autoload {
        vm.lookup_class(&name)?
    } else {
        vm.find_class(&name)
    };
    let Some(class) = class else {
        vm.warning(&format!(
            "Class \"{}\" not found",
            String::from_utf8_lossy(&name)
        ));
        return Ok(Value::False);
    };
    if class.flags & super::NATIVE != 0 {
        return Err(args::value_error(
            vm,
            "class_alias",
            0,
            "must be a user-defined class name, internal class name given",
        ));
    }
    let alias = alias.strip_prefix(b"\\").unwrap_or(&alias).to_vec();
    // zend_assert_valid_class_name: builtin type names are no class names.
    let reserved = [
        "bool", "false", "float", "int", "null", "parent", "self", "static", "string", "true",
        "void", "never", "iterable", "object", "mixed",
    ];
    if reserved
        .iter()
        .any(|r| r.as_bytes().eq_ignore_ascii_case(&alias))
    {
        let shown = String::from_utf8_lossy(&alias);
        return Err(vm.fatal(&format!(
            "Cannot use '{shown}' as class name as it is reserved"
        )));
    }
    if vm.find_class(&alias).is_some() {
        // Named by the aliased class's kind (zend_register_class_alias_ex).
        vm.warning(&format!(
            "Cannot declare {} {}, because the name is already in use",
            super::declare::kind_word(class.flags).to_ascii_lowercase(),
            String::from_utf8_lossy(&alias)
        ));
        return Ok(Value::False);
    }
    vm.classes
        .insert(alias.to_ascii_lowercase().into_boxed_slice(), class);
    Ok(Value::True)
}

fn get_called_class(vm: &mut Vm, _: &mut [Value]) -> R {
    let f = vm.frames.last();
    match f.and_then(|f| f.static_class.clone().or_else(|| f.class.clone())) {
        Some(c) => Ok(Value::from(c.name.as_ref())),
        None => Err(vm.throw_error(
            "Error",
            "get_called_class() must be called from within a class".into(),
        )),
    }
}

/// The declared classes of a kind, built-in ones first, in declaration order; an
/// alias (`class_alias`) by its lowercase key, as Zend lists a shared entry.
fn declared(vm: &Vm, kind: fn(&ClassEntry) -> bool) -> Value {
    let native = vm
        .native_classes
        .list
        .iter()
        .map(|c| (c, c.name.as_bytes()));
    let user = vm.classes.iter().map(|(k, c)| match **k == *c.lc_name {
        true => (c, c.name.as_bytes()),
        false => (c, &**k),
    });
    let mut list: Vec<(&Rc<ClassEntry>, &[u8])> =
        native.chain(user).filter(|(c, _)| kind(c)).collect();
    list.sort_by_key(|(c, name)| {
        let alias = !std::ptr::eq(*name, c.name.as_bytes());
        (c.flags & super::NATIVE == 0, c.decl, alias)
    });
    Value::from(PhpArray::from_list(
        list.iter().map(|(_, name)| Value::from(*name)).collect(),
    ))
}

fn get_declared_classes(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(declared(vm, |c| !c.is_interface() && !c.is_trait()))
}

fn get_declared_interfaces(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(declared(vm, ClassEntry::is_interface))
}

fn get_declared_traits(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(declared(vm, ClassEntry::is_trait))
}
