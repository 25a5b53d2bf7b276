//! `ReflectionExtension` (the extensions miniphp implements, with the functions
//! and classes PHP files under each) and `ReflectionReference`.

use std::rc::Rc;

use miniphp_compiler::flags as fn_flags;

use super::{arg_string, class::class_object, exception, init, make, state, Reflected, R};
use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeMethod, NATIVE};
use crate::value::{ArrayKey, Value};
use crate::vm::{Func, Vm};

/// The extensions reported, as `get_loaded_extensions()` names them (in php's order:
/// the built-in ones, then ctype, which Debian loads as a module).
pub(crate) const EXTENSIONS: &[&str] = &[
    "Core",
    "date",
    "pcre",
    "hash",
    "json",
    "random",
    "Reflection",
    "SPL",
    "standard",
    "ctype",
];

/// Functions ext/random declares (the rest of the number functions are standard's).
const RANDOM_FUNCTIONS: &[&str] = &[
    "lcg_value",
    "mt_srand",
    "srand",
    "rand",
    "mt_rand",
    "mt_getrandmax",
    "getrandmax",
    "random_bytes",
    "random_int",
];

/// Date functions (ext/date).
const DATE_PREFIXES: &[&str] = &[
    "date",
    "strtotime",
    "mktime",
    "gmmktime",
    "checkdate",
    "time",
    "gmdate",
    "idate",
    "strftime",
    "gmstrftime",
    "localtime",
    "getdate",
    "timezone_",
];

/// Zend's own functions that miniphp keeps among the string functions.
const CORE_STRING_FUNCTIONS: &[&str] =
    &["strlen", "strcmp", "strncmp", "strcasecmp", "strncasecmp"];

/// The extension a built-in function belongs to.
pub(crate) fn function_extension(name: &str) -> &'static str {
    let in_module =
        |m: &[crate::builtins::BuiltinSpec]| m.iter().any(|s| s.name.eq_ignore_ascii_case(name));
    if in_module(crate::corefns::FUNCTIONS) || CORE_STRING_FUNCTIONS.contains(&name) {
        "Core"
    } else if in_module(crate::builtins::preg::FUNCTIONS) {
        "pcre"
    } else if in_module(crate::builtins::json::FUNCTIONS) {
        "json"
    } else if in_module(crate::builtins::iterator::FUNCTIONS) {
        "SPL"
    } else if name.starts_with("hash") {
        "hash"
    } else if RANDOM_FUNCTIONS.contains(&name) {
        "random"
    } else if DATE_PREFIXES.iter().any(|p| name.starts_with(p)) && name != "date_default_timezone" {
        "date"
    } else {
        "standard"
    }
}

/// The extension a built-in class belongs to.
pub(super) fn class_extension(class: &ClassEntry) -> &'static str {
    let lc = &*class.lc_name;
    let spl_modules: &[&[crate::class::NativeClass]] = &[
        crate::class::spl::array::CLASSES,
        crate::class::spl::dll::CLASSES,
        crate::class::spl::fixed::CLASSES,
        crate::class::spl::heap::CLASSES,
        crate::class::spl::storage::CLASSES,
        crate::class::spl::iterators::CLASSES,
        crate::class::spl::fs::CLASSES,
        crate::class::spl::directory::CLASSES,
        crate::class::spl::fileobject::CLASSES,
    ];
    let named = |list: &[crate::class::NativeClass]| {
        list.iter()
            .any(|c| c.name.as_bytes().eq_ignore_ascii_case(lc))
    };
    if lc.starts_with(b"reflect") {
        "Reflection"
    } else if spl_modules.iter().any(|m| named(m))
        || lc.ends_with(b"exception")
            && !matches!(lc, b"exception" | b"errorexception" | b"jsonexception")
        || matches!(
            lc,
            b"recursiveiterator"
                | b"outeriterator"
                | b"seekableiterator"
                | b"splobserver"
                | b"splsubject"
        )
    {
        "SPL"
    } else if lc.starts_with(b"json") {
        "json"
    } else if lc.starts_with(b"random\\") {
        "random"
    } else if lc.starts_with(b"date") {
        "date"
    } else if matches!(
        lc,
        b"__php_incomplete_class" | b"assertionerror" | b"php_user_filter" | b"directory"
    ) {
        "standard"
    } else {
        "Core"
    }
}

/// The extension named `name` (any case), as PHP spells it.
pub(crate) fn find(name: &str) -> Option<&'static str> {
    EXTENSIONS
        .iter()
        .copied()
        .find(|e| e.eq_ignore_ascii_case(name))
}

/// A ReflectionExtension object for `name` (one of [`EXTENSIONS`]).
pub(super) fn extension_object(name: &'static str) -> Value {
    make(
        "ReflectionExtension",
        Reflected::Extension(name),
        &[("name", Value::from(name))],
    )
}

pub(super) const EXTENSION_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__construct", construct, &["name"], 1),
    NativeMethod::new("getName", get_name, &[], 0),
    NativeMethod::new("getVersion", get_version, &[], 0),
    NativeMethod::new("getFunctions", get_functions, &[], 0),
    NativeMethod::new("getConstants", empty, &[], 0),
    NativeMethod::new("getINIEntries", empty, &[], 0),
    NativeMethod::new("getClasses", get_classes, &[], 0),
    NativeMethod::new("getClassNames", get_class_names, &[], 0),
    NativeMethod::new("getDependencies", empty, &[], 0),
    NativeMethod::new("isPersistent", yes, &[], 0),
    NativeMethod::new("isTemporary", no, &[], 0),
];

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let name = arg_string(vm, a, 0)?;
    let Some(ext) = find(&name) else {
        return Err(exception(
            vm,
            format!("Extension \"{name}\" does not exist"),
        ));
    };
    if let Some(o) = &c.this {
        init(o, Reflected::Extension(ext), &[("name", Value::from(ext))]);
    }
    Ok(Value::Null)
}

fn this_extension(vm: &mut Vm, c: &MethodCtx) -> Result<&'static str, crate::vm::Unwind> {
    match &*state(vm, c)? {
        Reflected::Extension(e) => Ok(e),
        _ => Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )),
    }
}

fn get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(this_extension(vm, c)?))
}

fn get_version(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    this_extension(vm, c)?;
    Ok(Value::from(crate::constants::PHP_VERSION))
}

fn get_functions(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let ext = this_extension(vm, c)?;
    let mut out = PhpArray::new();
    for spec in crate::corefns::FUNCTIONS
        .iter()
        .chain(crate::builtins::all())
    {
        if function_extension(spec.name) != ext {
            continue;
        }
        let r = super::Routine::Function {
            func: Func::Builtin(spec),
            closure: None,
        };
        let f = super::function::function_object(vm, r);
        out.insert(ArrayKey::from_bytes(spec.name.as_bytes()), f);
    }
    Ok(Value::from(out))
}

/// The built-in classes of the extension, in declaration order.
fn classes(vm: &mut Vm, c: &MethodCtx) -> Result<Vec<Rc<ClassEntry>>, crate::vm::Unwind> {
    let ext = this_extension(vm, c)?;
    Ok(crate::class::native::MODULES
        .iter()
        .flat_map(|m| m.iter())
        .filter_map(|nc| vm.find_class(nc.name.as_bytes()))
        .filter(|k| k.flags & NATIVE != 0 && class_extension(k) == ext)
        .collect())
}

fn get_classes(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let mut out = PhpArray::new();
    for k in classes(vm, c)? {
        out.insert(ArrayKey::from_bytes(k.name.as_bytes()), class_object(&k));
    }
    Ok(Value::from(out))
}

fn get_class_names(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let names = classes(vm, c)?
        .iter()
        .map(|k| Value::from(&*k.name))
        .collect();
    Ok(Value::from(PhpArray::from_list(names)))
}

fn empty(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    this_extension(vm, c)?;
    Ok(Value::empty_array())
}

fn yes(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::True)
}

fn no(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::False)
}

// ---- ReflectionReference ----

pub(super) const REFERENCE_METHODS: &[NativeMethod] = &[
    NativeMethod::new("fromArrayElement", from_array_element, &["array", "key"], 2)
        .with_flags(fn_flags::STATIC),
    NativeMethod::new("getId", get_id, &[], 0),
    NativeMethod::new("__construct", private_construct, &[], 0).with_flags(fn_flags::PRIVATE),
];

fn private_construct(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

/// The element `$key` of `$array` as a ReflectionReference; null when it is not a
/// reference (or one nothing else shares, which PHP does not count as one).
fn from_array_element(vm: &mut Vm, _: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "ReflectionReference::fromArrayElement";
    let arr = match a[0].deref() {
        Value::Array(arr) => arr,
        v => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "{F}(): Argument #1 ($array) must be of type array, {} given",
                    v.debug_type_name()
                ),
            ))
        }
    };
    let key = match a[1].deref() {
        Value::Long(i) => ArrayKey::Int(i),
        Value::String(s) => ArrayKey::from_str_value(&s),
        v => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "{F}(): Argument #2 ($key) must be of type string|int, {} given",
                    v.debug_type_name()
                ),
            ))
        }
    };
    match arr.get(&key) {
        None => Err(exception(vm, "Array key not found".into())),
        Some(Value::Reference(cell)) if Rc::strong_count(cell) > 1 => Ok(make(
            "ReflectionReference",
            Reflected::Reference(cell.clone()),
            &[],
        )),
        Some(_) => Ok(Value::Null),
    }
}

/// A string naming the reference: the same for every ReflectionReference of it
/// while it lives.
fn get_id(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    match &*state(vm, c)? {
        Reflected::Reference(cell) => {
            let addr = Rc::as_ptr(cell) as usize;
            Ok(Value::from(format!("{addr:040x}")))
        }
        _ => Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::closure::tests::run;

    // Expected outputs are real php 8.2's.
    #[test]
    fn extensions_and_references() {
        let out = run(
            r#"$e = new ReflectionExtension('spl'); echo $e->getName(), ' ', (new ReflectionFunction('preg_match'))->getExtensionName(), ' ', (new ReflectionFunction('strlen'))->getExtension()->getName(), ' ', (new ReflectionClass('ArrayObject'))->getExtensionName(), "\n";
$a = [1, 2]; $r = &$a[1];
var_dump(ReflectionReference::fromArrayElement($a, 0), ReflectionReference::fromArrayElement($a, 1)->getId() === ReflectionReference::fromArrayElement($a, 1)->getId());"#,
        );
        assert_eq!(out, "SPL pcre Core SPL\nNULL\nbool(true)\n");
    }
}
