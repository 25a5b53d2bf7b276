//! `iterator_to_array`, `iterator_count`: walking a Traversable (a generator, an
//! Iterator, an IteratorAggregate) or an array.

use crate::array::PhpArray;
use crate::builtins::args::func;
use crate::builtins::BuiltinSpec;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "iterator_to_array",
        iterator_to_array,
        &["iterator", "preserve_keys"],
        1,
    ),
    func("iterator_count", iterator_count, &["iterator"], 1),
    func(
        "iterator_apply",
        iterator_apply,
        &["iterator", "callback", "args"],
        2,
    ),
];

/// The values of a Traversable or an array, with or without their keys.
fn iterator_to_array(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let preserve = args.get(1).is_none_or(Value::to_bool);
    let o = match iterable_arg(vm, "iterator_to_array", &args[0])? {
        Iterable::Array(a) => {
            return Ok(match preserve {
                true => Value::Array(a),
                false => Value::from(PhpArray::from_list(a.values().cloned().collect())),
            })
        }
        Iterable::Object(o) => o,
    };
    let mut out = PhpArray::new();
    vm.traverse(o, (true, preserve), &mut |vm, v, k| {
        if preserve {
            let key = k.to_array_key(vm)?;
            out.insert(key, v);
        } else if out.push(v).is_err() {
            return Err(vm.throw_error(
                "Error",
                "Cannot add element to the array as the next element is already occupied".into(),
            ));
        }
        Ok(())
    })?;
    Ok(Value::from(out))
}

fn iterator_count(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let o = match iterable_arg(vm, "iterator_count", &args[0])? {
        Iterable::Array(a) => return Ok(Value::Long(a.len() as i64)),
        Iterable::Object(o) => o,
    };
    let mut n = 0;
    vm.traverse(o, (false, false), &mut |_, _, _| {
        n += 1;
        Ok(())
    })?;
    Ok(Value::Long(n))
}

/// Call `callback` with `args` for each element while it returns true; the number of
/// elements visited.
fn iterator_apply(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let o = match args[0].deref() {
        Value::Object(o) if o.class.instance_of_name(b"traversable") => o,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                "iterator_apply(): Argument #1 ($iterator) must be of type Traversable, {} given",
                other.debug_type_name()
            ),
            ))
        }
    };
    let f = crate::builtins::args::arg_callable(vm, args, 1, "iterator_apply", false)?
        .unwrap_or_default();
    let call_args: Vec<Value> = match args.get(2).map(Value::deref) {
        None | Some(Value::Null | Value::Undef) => Vec::new(),
        Some(Value::Array(a)) => a.values().map(Value::deref).collect(),
        Some(other) => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "iterator_apply(): Argument #3 ($args) must be of type ?array, {} given",
                    other.debug_type_name()
                ),
            ))
        }
    };
    // As spl_iterator_apply: the walk stops as soon as the callback returns false.
    let it = vm.traversable_iterator(o)?;
    vm.call_method(&it, "rewind", Vec::new())?;
    let mut n = 0;
    while vm.call_method(&it, "valid", Vec::new())?.to_bool() {
        n += 1;
        if !vm.call_value(&f, call_args.clone())?.to_bool() {
            break;
        }
        vm.call_method(&it, "next", Vec::new())?;
    }
    Ok(Value::Long(n))
}

enum Iterable {
    Array(std::rc::Rc<PhpArray>),
    Object(std::rc::Rc<crate::object::PhpObject>),
}

/// The `Traversable|array $iterator` argument.
fn iterable_arg(vm: &mut Vm, fname: &str, v: &Value) -> Result<Iterable, Unwind> {
    match v.deref() {
        Value::Array(a) => Ok(Iterable::Array(a)),
        Value::Object(o) if o.class.instance_of_name(b"traversable") => Ok(Iterable::Object(o)),
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "{fname}(): Argument #1 ($iterator) must be of type Traversable|array, {} given",
                other.debug_type_name()
            ),
        )),
    }
}
