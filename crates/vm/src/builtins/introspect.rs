//! What the runtime holds: `get_defined_constants()` and `get_extension_funcs()`.

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_bool};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "get_defined_constants",
        get_defined_constants,
        &["categorize"],
        0,
    ),
    func(
        "get_extension_funcs",
        get_extension_funcs,
        &["extension"],
        1,
    ),
];

/// The predefined constants (by name: miniphp keeps no registration order), then the
/// request's in definition order; `categorize` groups them as "Core" and "user".
fn get_defined_constants(vm: &mut Vm, args: &mut [Value]) -> R {
    let categorize = opt_bool(vm, args, 0, "get_defined_constants", false)?;
    let table = |entries: &mut dyn Iterator<Item = (&Vec<u8>, &Value)>| {
        let mut out = PhpArray::new();
        for (k, v) in entries {
            out.insert(ArrayKey::from_bytes(k), v.clone());
        }
        out
    };
    // The CLI's STDIN/STDOUT/STDERR are the request's but PHP files them under Core.
    let cli_stream = |k: &Vec<u8>| matches!(k.as_slice(), b"STDIN" | b"STDOUT" | b"STDERR");
    let core = table(
        &mut vm
            .predefined
            .iter()
            .chain(vm.constants.iter().filter(|(k, _)| cli_stream(k))),
    );
    let user = table(&mut vm.constants.iter().filter(|(k, _)| !cli_stream(k)));
    if !categorize {
        let mut all = core;
        for (k, v) in user.iter() {
            all.insert(k, v.clone());
        }
        return Ok(Value::from(all));
    }
    let mut out = PhpArray::new();
    out.insert(ArrayKey::from_bytes(b"Core"), Value::from(core));
    if !user.is_empty() {
        out.insert(ArrayKey::from_bytes(b"user"), Value::from(user));
    }
    Ok(Value::from(out))
}

/// The functions of a loaded extension (its name in any case), or false.
fn get_extension_funcs(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "get_extension_funcs")?;
    let name = String::from_utf8_lossy(&name);
    let Some(ext) = crate::class::reflection::extension::find(&name) else {
        return Ok(Value::False);
    };
    let names: Vec<Value> = super::all()
        .filter(|spec| crate::class::reflection::extension::function_extension(spec.name) == ext)
        .map(|spec| Value::from(spec.name))
        .collect();
    if names.is_empty() {
        return Ok(Value::False);
    }
    Ok(Value::from(PhpArray::from_list(names)))
}
