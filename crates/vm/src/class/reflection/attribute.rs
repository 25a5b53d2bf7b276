//! `ReflectionAttribute` and `getAttributes()`, and the engine's attribute classes
//! (`Attribute`, `ReturnTypeWillChange`, `AllowDynamicProperties`,
//! `SensitiveParameter`). An attribute's target and repetition are checked when it is
//! instantiated, as PHP does (the engine's own attributes are checked by the compiler).

use std::rc::Rc;

use miniphp_compiler::{attr_target, class_flags, member as mflags, TypeDecl};

use super::{
    arg_long, arg_string, list, literal_value, lossy, make, state, with_view, Args, AttrSource,
    Reflected, R,
};
use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::object::Native;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

/// One attribute of a declaration.
pub struct AttrRef {
    script: u32,
    /// Index in `Script::attributes`.
    index: u32,
    /// The `Attribute::TARGET_*` bit of the declaration.
    target: u32,
    /// The scope its arguments evaluate in.
    scope: Option<Rc<ClassEntry>>,
    repeated: bool,
    name: Rc<str>,
}

/// `getAttributes(?string $name = null, int $flags = 0)` of a declaration with
/// attributes `src` (None: none), for `method` (`ReflectionClass::getAttributes`).
pub(super) fn get_attributes(
    vm: &mut Vm,
    src: Option<AttrSource>,
    target: u32,
    scope: Option<Rc<ClassEntry>>,
    a: &[Value],
    method: &str,
) -> R {
    let filter = match a.first().map(Value::deref) {
        None | Some(Value::Null) => None,
        Some(_) => Some(arg_string(vm, a, 0)?),
    };
    let flags = arg_long(a, 1, 0);
    if flags & !2 != 0 {
        return Err(vm.throw_error(
            "ValueError",
            format!("{method}(): Argument #2 ($flags) must be a valid attribute filter flag"),
        ));
    }
    let Some(src) = src else {
        return Ok(list(Vec::new()));
    };
    let filter = match filter {
        Some(f) if flags & 2 != 0 => match vm.lookup_class(f.as_bytes())? {
            Some(c) => Some(Filter::InstanceOf(c)),
            None => {
                return Err(vm.throw_error("Error", format!("Class \"{f}\" not found")));
            }
        },
        Some(f) => Some(Filter::Name(
            f.strip_prefix('\\').unwrap_or(&f).to_ascii_lowercase(),
        )),
        None => None,
    };
    let names: Vec<Rc<str>> = with_view(vm, src.script, |v| {
        v.attributes[src.range.indices()]
            .iter()
            .map(|at| Rc::from(lossy(v.str(at.name))))
            .collect()
    });
    let mut out = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let keep = match &filter {
            None => true,
            Some(Filter::Name(f)) => name.eq_ignore_ascii_case(f),
            Some(Filter::InstanceOf(c)) => vm
                .lookup_class(name.as_bytes())?
                .is_some_and(|ac| ac.is_subclass_of(c)),
        };
        if !keep {
            continue;
        }
        let repeated = names
            .iter()
            .filter(|n| n.eq_ignore_ascii_case(name))
            .count()
            > 1;
        let r = AttrRef {
            script: src.script,
            index: src.range.start + i as u32,
            target,
            scope: scope.clone(),
            repeated,
            name: name.clone(),
        };
        out.push(make("ReflectionAttribute", Reflected::Attribute(r), &[]));
    }
    Ok(list(out))
}

enum Filter {
    Name(String),
    InstanceOf(Rc<ClassEntry>),
}

fn attr(vm: &mut Vm, c: &MethodCtx) -> Result<Rc<Reflected>, Unwind> {
    state(vm, c)
}

macro_rules! with_attr {
    ($vm:expr, $c:expr, $r:ident => $body:expr) => {{
        let st = attr($vm, $c)?;
        match &*st {
            Reflected::Attribute($r) => $body,
            _ => Ok(Value::Null),
        }
    }};
}

fn get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_attr!(vm, c, r => Ok(Value::from(&*r.name)))
}

fn get_target(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_attr!(vm, c, r => Ok(Value::Long(r.target as i64)))
}

fn is_repeated(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_attr!(vm, c, r => Ok(Value::from(r.repeated)))
}

/// The declared arguments, in order: each one's name (named arguments) and the index
/// of its constant expression.
fn declared_args(vm: &mut Vm, r: &AttrRef) -> Vec<(Option<Vec<u8>>, u32)> {
    with_view(vm, r.script, |v| {
        let at = &v.attributes[r.index as usize];
        v.attr_args[at.args.indices()]
            .iter()
            .map(|a| (a.name.map(|n| v.str(n).to_vec()), a.value))
            .collect()
    })
}

/// The arguments: positional ones, then named ones by name.
fn arguments(vm: &mut Vm, r: &AttrRef) -> Result<Args, Unwind> {
    let args = declared_args(vm, r);
    let mut positional = Vec::new();
    let mut named = Vec::new();
    for (name, lit) in args {
        let v = literal_value(vm, r.script, lit, r.scope.as_ref())?;
        match name {
            Some(n) => named.push((Rc::new(n), v)),
            None => positional.push(v),
        }
    }
    Ok((positional, named))
}

fn get_arguments(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_attr!(vm, c, r => {
        let (positional, named) = arguments(vm, r)?;
        let mut out = PhpArray::from_list(positional);
        for (k, v) in named {
            out.insert(ArrayKey::from_bytes(&k), v);
        }
        Ok(Value::from(out))
    })
}

/// The targets (and `IS_REPEATABLE`) an attribute class allows, or None when the
/// class is not an attribute.
fn attribute_flags(vm: &mut Vm, class: &Rc<ClassEntry>) -> Result<Option<u32>, Unwind> {
    if let Some(t) = ENGINE_TARGETS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(&class.name))
        .map(|(_, t)| *t)
    {
        return Ok(Some(t));
    }
    let Some((script, idx)) = class.decl else {
        return Ok(None);
    };
    let found = with_view(vm, script, |v| {
        let decl = &v.classes[idx as usize];
        v.attributes[decl.attributes.indices()]
            .iter()
            .find(|a| v.str(a.name).eq_ignore_ascii_case(b"Attribute"))
            .map(|a| v.attr_args[a.args.indices()].first().map(|arg| arg.value))
    });
    let Some(first_arg) = found else {
        return Ok(None);
    };
    let Some(lit) = first_arg else {
        return Ok(Some(attr_target::ALL));
    };
    match literal_value(vm, script, lit, Some(class))? {
        Value::Long(n)
            if n as u64 & !(attr_target::ALL | attr_target::IS_REPEATABLE) as u64 == 0 =>
        {
            Ok(Some(n as u32))
        }
        Value::Long(_) => Err(vm.throw_error("Error", "Invalid attribute flags specified".into())),
        other => Err(vm.throw_error(
            "Error",
            format!(
                "Attribute::__construct(): Argument #1 ($flags) must be of type int, {} given",
                other.type_name()
            ),
        )),
    }
}

/// The engine's attribute classes and their targets.
const ENGINE_TARGETS: &[(&str, u32)] = &[
    ("Attribute", attr_target::CLASS),
    ("ReturnTypeWillChange", attr_target::METHOD),
    ("AllowDynamicProperties", attr_target::CLASS),
    ("SensitiveParameter", attr_target::PARAMETER),
];

fn new_instance(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_attr!(vm, c, r => {
        let Some(class) = vm.lookup_class(r.name.as_bytes())? else {
            return Err(vm.throw_error(
                "Error",
                format!("Attribute class \"{}\" not found", r.name),
            ));
        };
        let Some(flags) = attribute_flags(vm, &class)? else {
            return Err(vm.throw_error(
                "Error",
                format!("Attempting to use non-attribute class \"{}\" as attribute", class.name),
            ));
        };
        if flags & r.target == 0 {
            return Err(vm.throw_error(
                "Error",
                format!(
                    "Attribute \"{}\" cannot target {} (allowed targets: {})",
                    r.name,
                    attr_target::names(r.target),
                    attr_target::names(flags)
                ),
            ));
        }
        if r.repeated && flags & attr_target::IS_REPEATABLE == 0 {
            return Err(vm.throw_error(
                "Error",
                format!("Attribute \"{}\" must not be repeated", r.name),
            ));
        }
        // The object first, then its arguments (their objects come after it).
        let obj = vm.instantiate(&class)?;
        let (positional, named) = arguments(vm, r)?;
        match class.magic.construct.clone() {
            Some(ctor) => {
                if !ctor.is_public() {
                    return Err(vm.throw_error(
                        "Error",
                        format!("Attribute constructor of class {} must be public", class.name),
                    ));
                }
                let callee = crate::callable::Callee::method(&ctor, Some(obj.clone()), class.clone());
                vm.call_callee(callee, positional, named)?;
            }
            None if !positional.is_empty() || !named.is_empty() => {
                return Err(vm.throw_error(
                    "Error",
                    format!(
                        "Attribute class {} does not have a constructor, cannot pass arguments",
                        class.name
                    ),
                ));
            }
            None => {}
        }
        Ok(Value::Object(obj))
    })
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_attr!(vm, c, r => {
        let args = declared_args(vm, r);
        if args.is_empty() {
            return Ok(Value::from(format!("Attribute [ {} ]\n", r.name)));
        }
        let mut s = format!(
            "Attribute [ {} ] {{\n  - Arguments [{}] {{\n",
            r.name,
            args.len()
        );
        for (i, (name, lit)) in args.into_iter().enumerate() {
            let text = super::literal_text(vm, r.script, lit, r.scope.as_ref())?;
            let prefix = name.map_or(String::new(), |n| format!("{} = ", lossy(&n)));
            s.push_str(&format!("    Argument #{i} [ {prefix}{text} ]\n"));
        }
        s.push_str("  }\n}\n");
        Ok(Value::from(s))
    })
}

fn construct(vm: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Err(vm.throw_error(
        "ReflectionException",
        "Cannot directly instantiate ReflectionAttribute".into(),
    ))
}

pub(super) const ATTRIBUTE_METHODS: &[NativeMethod] = &[
    NativeMethod {
        variadic: true,
        ..NativeMethod::new("__construct", construct, &["args"], 0)
    }
    .with_flags(miniphp_compiler::flags::PRIVATE),
    NativeMethod::new("__toString", to_string, &[], 0),
    NativeMethod::new("getName", get_name, &[], 0),
    NativeMethod::new("getArguments", get_arguments, &[], 0),
    NativeMethod::new("getTarget", get_target, &[], 0),
    NativeMethod::new("isRepeated", is_repeated, &[], 0),
    NativeMethod::new("newInstance", new_instance, &[], 0),
];

fn attribute_construct(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    if let Some(o) = &c.this {
        o.set_prop(
            "flags",
            Value::Long(arg_long(a, 0, attr_target::ALL as i64)),
        );
    }
    Ok(Value::Null)
}

fn no_args(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

const NO_ARGS: &[NativeMethod] = &[NativeMethod::new("__construct", no_args, &[], 0)];

fn sensitive_construct(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    if let Some(o) = &c.this {
        let v = a.first().map(Value::deref).unwrap_or_default();
        *o.native.borrow_mut() = Native::SensitiveValue(v);
    }
    Ok(Value::Null)
}

fn sensitive_get_value(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(match c.this.as_ref().map(|o| o.native.borrow()) {
        Some(n) => match &*n {
            Native::SensitiveValue(v) => v.clone(),
            _ => Value::Null,
        },
        None => Value::Null,
    })
}

fn sensitive_debug_info(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(PhpArray::new()))
}

/// A `SensitiveParameterValue` hiding `v` (a `#[SensitiveParameter]` argument in a
/// stack trace).
pub fn sensitive_value(v: Value) -> Value {
    let class = crate::class::native_class("sensitiveparametervalue").expect("built in");
    let o = crate::object::PhpObject::new(&class);
    *o.native.borrow_mut() = Native::SensitiveValue(v);
    Value::Object(o)
}

/// The engine's attribute classes.
pub const ATTRIBUTE_CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "Attribute",
        flags: class_flags::FINAL,
        consts: &[
            ("TARGET_CLASS", NativeConst::Long(attr_target::CLASS as i64)),
            (
                "TARGET_FUNCTION",
                NativeConst::Long(attr_target::FUNCTION as i64),
            ),
            (
                "TARGET_METHOD",
                NativeConst::Long(attr_target::METHOD as i64),
            ),
            (
                "TARGET_PROPERTY",
                NativeConst::Long(attr_target::PROPERTY as i64),
            ),
            (
                "TARGET_CLASS_CONSTANT",
                NativeConst::Long(attr_target::CLASS_CONST as i64),
            ),
            (
                "TARGET_PARAMETER",
                NativeConst::Long(attr_target::PARAMETER as i64),
            ),
            ("TARGET_ALL", NativeConst::Long(attr_target::ALL as i64)),
            (
                "IS_REPEATABLE",
                NativeConst::Long(attr_target::IS_REPEATABLE as i64),
            ),
        ],
        props: &[NativeProp {
            name: "flags",
            flags: mflags::PUBLIC,
            default: NativeConst::Uninit,
            ty: TypeDecl::DECLARED | TypeDecl::LONG,
        }],
        methods: &[NativeMethod::new(
            "__construct",
            attribute_construct,
            &["flags"],
            0,
        )],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReturnTypeWillChange",
        flags: class_flags::FINAL,
        methods: NO_ARGS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "AllowDynamicProperties",
        flags: class_flags::FINAL,
        methods: NO_ARGS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SensitiveParameter",
        flags: class_flags::FINAL,
        methods: NO_ARGS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SensitiveParameterValue",
        flags: class_flags::FINAL | crate::class::NO_DYNAMIC,
        methods: &[
            NativeMethod::new("__construct", sensitive_construct, &["value"], 1),
            NativeMethod::new("getValue", sensitive_get_value, &[], 0),
            NativeMethod::new("__debugInfo", sensitive_debug_info, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
];
