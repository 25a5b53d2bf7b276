//! Tick functions: `register_tick_function` / `unregister_tick_function`, run by the
//! TICKS op that `declare(ticks=N)` puts after each statement (every N-th one calls
//! them all, in the order they were registered).

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_callable, func};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "register_tick_function",
        register_tick_function,
        &["callback", "args"],
        1,
    )
    .with_variadic(),
    func(
        "unregister_tick_function",
        unregister_tick_function,
        &["callback"],
        1,
    ),
];

/// The registered tick functions and the count of ticks since they last ran.
#[derive(Default)]
pub struct Ticks {
    count: u32,
    entries: Vec<Entry>,
    next_id: u64,
}

struct Entry {
    id: u64,
    callback: Value,
    args: Vec<Value>,
    /// Running now: not run again from inside itself, and cannot be unregistered.
    calling: bool,
}

fn register_tick_function(vm: &mut Vm, a: &mut [Value]) -> R {
    let callback = arg_callable(vm, a, 0, "register_tick_function", false)?.unwrap_or_default();
    let args = a[1..].iter().map(Value::deref).collect();
    let t = &mut vm.ticks;
    t.next_id += 1;
    t.entries.push(Entry {
        id: t.next_id,
        callback,
        args,
        calling: false,
    });
    Ok(Value::True)
}

/// Whether two callbacks name the same tick function (`user_tick_function_compare`:
/// strings byte for byte, arrays and objects by `==`).
fn same_callback(a: &Value, b: &Value) -> bool {
    match (a.deref(), b.deref()) {
        (Value::String(x), Value::String(y)) => x == y,
        (x @ Value::Array(_), y @ Value::Array(_)) => x.loose_eq(&y),
        (Value::Object(x), Value::Object(y)) => {
            std::rc::Rc::ptr_eq(&x, &y) || Value::Object(x).loose_eq(&Value::Object(y))
        }
        _ => false,
    }
}

fn unregister_tick_function(vm: &mut Vm, a: &mut [Value]) -> R {
    let callback = arg_callable(vm, a, 0, "unregister_tick_function", false)?.unwrap_or_default();
    let t = &mut vm.ticks;
    let Some(i) = t
        .entries
        .iter()
        .position(|e| same_callback(&e.callback, &callback))
    else {
        return Ok(Value::Null);
    };
    if t.entries[i].calling {
        return Err(vm.throw_error(
            "Error",
            "Registered tick function cannot be unregistered while it is being executed".into(),
        ));
    }
    t.entries.remove(i);
    Ok(Value::Null)
}

/// The TICKS op of `declare(ticks=every)`: every `every`-th one runs the tick functions
/// (each not already running), stopping at the first exception.
pub(crate) fn tick(vm: &mut Vm, every: u32) -> Result<(), Unwind> {
    vm.ticks.count += 1;
    if vm.ticks.count < every {
        return Ok(());
    }
    vm.ticks.count = 0;
    // By id: a tick function may register or unregister others while the list runs.
    let ids: Vec<u64> = vm.ticks.entries.iter().map(|e| e.id).collect();
    for id in ids {
        let Some(e) = vm.ticks.entries.iter_mut().find(|e| e.id == id) else {
            continue;
        };
        if e.calling {
            continue;
        }
        e.calling = true;
        let (callback, args) = (e.callback.clone(), e.args.clone());
        let r = vm.call_value(&callback, args);
        if let Some(e) = vm.ticks.entries.iter_mut().find(|e| e.id == id) {
            e.calling = false;
        }
        r?;
    }
    Ok(())
}
