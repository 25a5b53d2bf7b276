//! The engine's own built-in functions: function handling, constants, errors, ini,
//! `flush`, variable scope, time and memory.

use crate::array::PhpArray;
use crate::builtins::args::{self, arg_callable, arg_long, arg_str, func, get, has, opt_long};
use crate::builtins::BuiltinSpec;
use crate::errors;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("function_exists", function_exists, &["function"], 1),
    func("func_get_args", func_get_args, &[], 0),
    func("func_num_args", func_num_args, &[], 0),
    func("func_get_arg", func_get_arg, &["position"], 1),
    func("call_user_func", call_user_func, &["callback", "args"], 1).with_variadic(),
    func(
        "call_user_func_array",
        call_user_func_array,
        &["callback", "args"],
        2,
    ),
    func(
        "forward_static_call",
        forward_static_call,
        &["callback", "args"],
        1,
    )
    .with_variadic(),
    func(
        "forward_static_call_array",
        forward_static_call_array,
        &["callback", "args"],
        2,
    ),
    func(
        "is_callable",
        is_callable,
        &["value", "syntax_only", "callable_name"],
        1,
    )
    .with_by_ref(&[2]),
    func(
        "define",
        define,
        &["constant_name", "value", "case_insensitive"],
        2,
    ),
    func("defined", defined, &["constant_name"], 1),
    func("constant", constant, &["name"], 1),
    func("error_reporting", error_reporting, &["error_level"], 0),
    func("ini_set", ini_set, &["option", "value"], 2),
    func("ini_alter", ini_set, &["option", "value"], 2),
    func("ini_get", ini_get, &["option"], 1),
    func("ini_restore", ini_restore, &["option"], 1),
    func(
        "set_error_handler",
        set_error_handler,
        &["callback", "error_levels"],
        1,
    ),
    func("restore_error_handler", restore_error_handler, &[], 0),
    func(
        "set_exception_handler",
        set_exception_handler,
        &["callback"],
        1,
    ),
    func(
        "restore_exception_handler",
        restore_exception_handler,
        &[],
        0,
    ),
    func(
        "trigger_error",
        trigger_error,
        &["message", "error_level"],
        1,
    ),
    func("user_error", trigger_error, &["message", "error_level"], 1),
    func(
        "error_log",
        error_log,
        &[
            "message",
            "message_type",
            "destination",
            "additional_headers",
        ],
        1,
    ),
    func("error_get_last", error_get_last, &[], 0),
    func("error_clear_last", error_clear_last, &[], 0),
    func("gettype", gettype, &["value"], 1),
    func("get_debug_type", get_debug_type, &["value"], 1),
    func("extract", extract, &["array", "flags", "prefix"], 1).with_by_ref(&[0]),
    func("compact", compact, &["var_name", "var_names"], 1).with_variadic(),
    func("get_defined_vars", get_defined_vars, &[], 0),
    func("flush", flush, &[], 0),
    func("microtime", microtime, &["as_float"], 0),
    func("hrtime", hrtime, &["as_number"], 0),
    func("time", time, &[], 0),
    func("memory_get_usage", memory_get_usage, &["real_usage"], 0),
    func(
        "memory_get_peak_usage",
        memory_get_peak_usage,
        &["real_usage"],
        0,
    ),
    func(
        "register_shutdown_function",
        register_shutdown_function,
        &["callback", "args"],
        1,
    )
    .with_variadic(),
    func("php_sapi_name", php_sapi_name, &[], 0),
    func("phpversion", phpversion, &["extension"], 0),
    func("zend_version", zend_version, &[], 0),
    func("extension_loaded", extension_loaded, &["extension"], 1),
    func(
        "get_loaded_extensions",
        get_loaded_extensions,
        &["zend_extensions"],
        0,
    ),
    func("set_time_limit", set_time_limit, &["seconds"], 1),
    func("gc_collect_cycles", gc_collect_cycles, &[], 0),
    func("gc_enable", gc_enable, &[], 0),
    func("gc_disable", gc_disable, &[], 0),
    func("gc_enabled", gc_enabled, &[], 0),
    func("gc_status", gc_status, &[], 0),
    func("assert", assert, &["assertion", "description"], 1),
    func("assert_options", assert_options, &["option", "value"], 1),
    func("debug_backtrace", debug_backtrace, &["options", "limit"], 0),
    func(
        "debug_print_backtrace",
        debug_print_backtrace,
        &["options", "limit"],
        0,
    ),
    func("getenv", getenv, &["name", "local_only"], 0),
    func("get_class", get_class, &["object"], 0),
    func("spl_object_id", spl_object_id, &["object"], 1),
];

fn function_exists(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "function_exists")?;
    Ok(Value::from(vm.function_exists(&name)))
}

/// The innermost PHP frame, for functions that act on their caller; outside a function
/// they throw `{fname}() {complaint}` (PHP words it differently per function).
fn caller_is_function(vm: &mut Vm, fname: &str, complaint: &str) -> Result<usize, Unwind> {
    let fi = vm.frames.len().saturating_sub(1);
    if fi == 0 || vm.frames[fi].kind != crate::exec::FrameKind::Function {
        return Err(vm.throw_error("Error", format!("{fname}() {complaint}")));
    }
    Ok(fi)
}

const GLOBAL_SCOPE: &str = "cannot be called from the global scope";

fn func_get_args(vm: &mut Vm, _: &mut [Value]) -> R {
    let fi = caller_is_function(vm, "func_get_args", GLOBAL_SCOPE)?;
    Ok(Value::from(PhpArray::from_list(vm.frame_args(fi))))
}

fn func_num_args(vm: &mut Vm, _: &mut [Value]) -> R {
    let fi = caller_is_function(
        vm,
        "func_num_args",
        "must be called from a function context",
    )?;
    Ok(Value::Long(vm.frames[fi].num_args as i64))
}

fn func_get_arg(vm: &mut Vm, a: &mut [Value]) -> R {
    let n = arg_long(vm, a, 0, "func_get_arg")?;
    let fi = caller_is_function(vm, "func_get_arg", GLOBAL_SCOPE)?;
    let args = vm.frame_args(fi);
    if n < 0 {
        return Err(args::value_error(
            vm,
            "func_get_arg",
            0,
            "must be greater than or equal to 0",
        ));
    }
    match args.get(n as usize) {
        Some(v) => Ok(v.clone()),
        None => Err(args::value_error(
            vm,
            "func_get_arg",
            0,
            "must be less than the number of the arguments passed to the currently executed function",
        )),
    }
}

fn call_user_func(vm: &mut Vm, a: &mut [Value]) -> R {
    let named = std::mem::take(&mut vm.named_extra);
    let Some(cb) = args::arg_callback(vm, a, 0, "call_user_func", false)? else {
        return Ok(Value::Null);
    };
    let rest = a[1..].iter().map(Value::deref).collect();
    vm.call_callee(cb.callee, rest, named)
}

fn call_user_func_array(vm: &mut Vm, a: &mut [Value]) -> R {
    let Some(cb) = args::arg_callback(vm, a, 0, "call_user_func_array", false)? else {
        return Ok(Value::Null);
    };
    let (positional, named) = spread_args(vm, a, "call_user_func_array")?;
    vm.call_callee(cb.callee, positional, named)
}

/// `forward_static_call()`: call_user_func that keeps the caller's called class
/// (`static::`) when it is a subclass of the callback's class.
fn forward_static_call(vm: &mut Vm, a: &mut [Value]) -> R {
    let named = std::mem::take(&mut vm.named_extra);
    let Some(callee) = forwarding_callee(vm, a, "forward_static_call")? else {
        return Ok(Value::Null);
    };
    let rest = a[1..].iter().map(Value::deref).collect();
    vm.call_callee(callee, rest, named)
}

fn forward_static_call_array(vm: &mut Vm, a: &mut [Value]) -> R {
    let Some(callee) = forwarding_callee(vm, a, "forward_static_call_array")? else {
        return Ok(Value::Null);
    };
    let (positional, named) = spread_args(vm, a, "forward_static_call_array")?;
    vm.call_callee(callee, positional, named)
}

fn forwarding_callee(
    vm: &mut Vm,
    a: &[Value],
    fname: &str,
) -> Result<Option<crate::callable::Callee>, Unwind> {
    let Some(cb) = args::arg_callback(vm, a, 0, fname, false)? else {
        return Ok(None);
    };
    let Some(frame) = vm.frames.last().filter(|f| f.class.is_some()) else {
        let msg = format!("Cannot call {fname}() when no class scope is active");
        return Err(vm.throw_error("Error", msg));
    };
    let called = frame.static_class.clone().or_else(|| frame.class.clone());
    let mut callee = cb.callee;
    if let (Some(called), Some(scope)) = (called, &callee.class) {
        if called.is_subclass_of(scope) {
            callee.static_class = Some(called);
        }
    }
    Ok(Some(callee))
}

/// Positional values and, for string keys, named ones.
type SpreadArgs = (Vec<Value>, Vec<(std::rc::Rc<Vec<u8>>, Value)>);

/// The arguments array of `call_user_func_array()` and the like.
fn spread_args(vm: &mut Vm, a: &[Value], fname: &str) -> Result<SpreadArgs, Unwind> {
    let list = args::arg_array(vm, a, 1, fname)?;
    // String keys are named arguments; positional ones may not follow them.
    let mut positional = Vec::new();
    let mut named = Vec::new();
    for (k, v) in list.iter() {
        match k {
            ArrayKey::Int(_) if !named.is_empty() => {
                return Err(vm.throw_error(
                    "Error",
                    "Cannot use positional argument after named argument".into(),
                ))
            }
            // References in the array reach by-reference parameters as references.
            ArrayKey::Int(_) => positional.push(v.clone()),
            ArrayKey::Str(name) => named.push((name, v.clone())),
        }
    }
    Ok((positional, named))
}

fn is_callable(vm: &mut Vm, a: &mut [Value]) -> R {
    let v = get(a, 0);
    // An object is callable by its class (a Closure, `__invoke`), syntax or not.
    let syntax_only = has(a, 1) && get(a, 1).to_bool() && !matches!(v, Value::Object(_));
    let ok = if syntax_only {
        syntax_callable(&v)
    } else {
        vm.is_callable(&v)?
    };
    if has(a, 2) {
        args::set_ref(a, 2, crate::callable::callable_name(&v, vm.precision()));
    }
    Ok(Value::from(ok))
}

/// `is_callable($v, syntax_only: true)`: the shape of a callable.
fn syntax_callable(v: &Value) -> bool {
    match v.deref() {
        Value::String(_) => true,
        Value::Array(arr) => {
            arr.len() == 2
                && matches!(
                    arr.get(&ArrayKey::Int(0)).map(Value::deref),
                    Some(Value::String(_) | Value::Object(_))
                )
                && matches!(
                    arr.get(&ArrayKey::Int(1)).map(Value::deref),
                    Some(Value::String(_))
                )
        }
        _ => false,
    }
}

fn define(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "define")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    if name.contains("::") {
        return Err(vm.throw_error(
            "ValueError",
            "define(): Argument #1 ($constant_name) cannot be a class constant".into(),
        ));
    }
    if has(a, 2) && get(a, 2).to_bool() {
        vm.warning("define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported");
    }
    // true/false/null are constants too, the engine's own.
    let special = ["true", "false", "null"]
        .iter()
        .any(|w| name.eq_ignore_ascii_case(w));
    if special || vm.constant_defined(name.as_bytes()) {
        vm.warning(&format!("Constant {name} already defined"));
        return Ok(Value::False);
    }
    Ok(Value::from(vm.define_constant(&name, get(a, 1))))
}

fn defined(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "defined")?;
    if let Some(i) = name.windows(2).rposition(|w| w == b"::") {
        let constant = String::from_utf8_lossy(&name[i + 2..]).into_owned();
        let class = vm.class_named_in_scope(&name[..i])?;
        return Ok(Value::from(
            // A trait's constants are reached only through the classes using it.
            class.is_some_and(|c| !c.is_trait() && c.find_constant(&constant).is_some()),
        ));
    }
    Ok(Value::from(vm.constant(&name).is_some()))
}

fn constant(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "constant")?;
    // `Class::NAME` (split at the last `::`, as zend_get_constant_ex).
    if let Some(i) = name.windows(2).rposition(|w| w == b"::") {
        let constant = String::from_utf8_lossy(&name[i + 2..]).into_owned();
        return vm.constant_by_name(&name[..i], &constant);
    }
    match vm.constant(&name) {
        Some(v) => Ok(v),
        None => Err(vm.throw_error(
            "Error",
            format!("Undefined constant \"{}\"", String::from_utf8_lossy(&name)),
        )),
    }
}

fn error_reporting(vm: &mut Vm, a: &mut [Value]) -> R {
    let old = vm.error_reporting;
    if has(a, 0) && !get(a, 0).is_null() {
        let level = arg_long(vm, a, 0, "error_reporting")?;
        vm.set_ini("error_reporting", level.to_string());
    }
    Ok(Value::Long(old))
}

fn ini_set(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "ini_set")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    let v = get(a, 1);
    let value = match &v {
        Value::True => "1".to_string(),
        Value::False | Value::Null => String::new(),
        Value::Array(_) | Value::Resource(_) => {
            // PHP's message names no given type here.
            let msg = format!(
                "{} must be of type string|int|float|bool|null",
                args::arg_prefix("ini_set", 1)
            );
            return Err(vm.throw_error("TypeError", msg));
        }
        other => String::from_utf8_lossy(&other.to_php_string(vm)?).into_owned(),
    };
    if vm.ini_get(&name).is_none() {
        return Ok(Value::False);
    }
    if name == "assert.callback" {
        vm.assert_callback = Some(Value::from(value.as_str()));
    }
    if name == "date.timezone" && crate::builtins::date::calendar::Zone::named(&value).is_none() {
        // ext/date refuses the value and keeps the current one.
        let current = vm.ini_get("date.timezone").unwrap_or("UTC").to_string();
        vm.warning(&format!(
            "ini_set(): Invalid date.timezone value '{value}', using '{current}' instead"
        ));
        return Ok(Value::False);
    }
    Ok(vm.set_ini(&name, value).map_or(Value::False, Value::from))
}

fn ini_get(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "ini_get")?;
    Ok(vm
        .ini_get(&String::from_utf8_lossy(&name))
        .map_or(Value::False, Value::from))
}

/// `ini_restore()`: back to the configuration's value (php.ini, `-d`) or the default.
fn ini_restore(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "ini_restore")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    let configured = vm
        .cfg_entries()
        .filter(|(k, _)| *k == name)
        .last()
        .map(|(_, v)| v.to_string());
    match configured {
        Some(v) => {
            vm.set_ini(&name, v);
        }
        None => {
            vm.ini.remove(&name);
            if let Some(v) = vm.ini_get(&name).map(str::to_string) {
                vm.apply_ini(&name, &v);
            }
        }
    }
    Ok(Value::Null)
}

fn set_error_handler(vm: &mut Vm, a: &mut [Value]) -> R {
    let handler = arg_callable(vm, a, 0, "set_error_handler", true)?.unwrap_or_default();
    let mask = opt_long(vm, a, 1, "set_error_handler", errors::E_ALL)?;
    // The replaced one is stacked even when unset (inside a running handler), so that
    // restoring there unsets it again, as Zend does.
    let old = vm.error_handler.replace((handler, mask));
    let shown = old.as_ref().map_or(Value::Null, |(h, _)| h.clone());
    vm.error_handlers.push(old.unwrap_or((Value::Undef, 0)));
    Ok(shown)
}

fn restore_error_handler(vm: &mut Vm, _: &mut [Value]) -> R {
    vm.error_handler = vm
        .error_handlers
        .pop()
        .filter(|(h, _)| !matches!(h, Value::Undef));
    Ok(Value::True)
}

fn set_exception_handler(vm: &mut Vm, a: &mut [Value]) -> R {
    let handler = arg_callable(vm, a, 0, "set_exception_handler", true)?.unwrap_or_default();
    let old = vm.exception_handlers.last().cloned().unwrap_or_default();
    vm.exception_handlers.push(handler);
    Ok(old)
}

fn restore_exception_handler(vm: &mut Vm, _: &mut [Value]) -> R {
    vm.exception_handlers.pop();
    Ok(Value::True)
}

fn trigger_error(vm: &mut Vm, a: &mut [Value]) -> R {
    let msg = arg_str(vm, a, 0, "trigger_error")?;
    let level = opt_long(vm, a, 1, "trigger_error", errors::E_USER_NOTICE)?;
    if !matches!(
        level,
        errors::E_USER_ERROR
            | errors::E_USER_WARNING
            | errors::E_USER_NOTICE
            | errors::E_USER_DEPRECATED
    ) {
        return Err(args::value_error(
            vm,
            "trigger_error",
            1,
            "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED",
        ));
    }
    let msg = String::from_utf8_lossy(&msg).into_owned();
    let handled = vm.report(level, &msg);
    if level == errors::E_USER_ERROR && !handled {
        vm.exit_status = 255;
        return Err(Unwind::Exit);
    }
    Ok(Value::True)
}

fn error_log(vm: &mut Vm, a: &mut [Value]) -> R {
    let msg = arg_str(vm, a, 0, "error_log")?;
    let mut line = msg.to_vec();
    line.push(b'\n');
    vm.out.flush();
    let _ = vm.err.write_all(&line);
    Ok(Value::True)
}

fn error_get_last(vm: &mut Vm, _: &mut [Value]) -> R {
    let Some((level, msg, file, line)) = vm.last_error.clone() else {
        return Ok(Value::Null);
    };
    let mut e = PhpArray::new();
    e.insert(ArrayKey::from_bytes(b"type"), Value::Long(level));
    e.insert(ArrayKey::from_bytes(b"message"), Value::from(msg));
    e.insert(ArrayKey::from_bytes(b"file"), Value::from(file));
    e.insert(ArrayKey::from_bytes(b"line"), Value::Long(line as i64));
    Ok(Value::from(e))
}

fn error_clear_last(vm: &mut Vm, _: &mut [Value]) -> R {
    vm.last_error = None;
    Ok(Value::Null)
}

fn gettype(_: &mut Vm, a: &mut [Value]) -> R {
    Ok(Value::from(get(a, 0).gettype()))
}

fn get_debug_type(_: &mut Vm, a: &mut [Value]) -> R {
    Ok(Value::from(get(a, 0).debug_type_name()))
}

/// `extract()`: EXTR_OVERWRITE / EXTR_SKIP / EXTR_PREFIX_* / EXTR_REFS into the caller's scope.
// extract()'s modes (flags & 0xff) and its by-reference flag.
const EXTR_OVERWRITE: i64 = 0;
const EXTR_SKIP: i64 = 1;
const EXTR_PREFIX_SAME: i64 = 2;
const EXTR_PREFIX_ALL: i64 = 3;
const EXTR_PREFIX_INVALID: i64 = 4;
const EXTR_PREFIX_IF_EXISTS: i64 = 5;
const EXTR_IF_EXISTS: i64 = 6;
const EXTR_REFS: i64 = 256;

fn extract(vm: &mut Vm, a: &mut [Value]) -> R {
    const F: &str = "extract";
    let arr = args::arg_array(vm, a, 0, F)?;
    let flags = opt_long(vm, a, 1, F, EXTR_OVERWRITE)?;
    let prefix = if has(a, 2) {
        Some(String::from_utf8_lossy(&arg_str(vm, a, 2, F)?).into_owned())
    } else {
        None
    };
    let refs = flags & EXTR_REFS != 0;
    let mode = flags & 0xff;
    if !(EXTR_OVERWRITE..=EXTR_IF_EXISTS).contains(&mode) {
        return Err(args::value_error(vm, F, 1, "must be a valid extract type"));
    }
    if (EXTR_PREFIX_SAME..=EXTR_PREFIX_IF_EXISTS).contains(&mode) && prefix.is_none() {
        let what = "is required when using this extract type";
        return Err(args::value_error(vm, F, 2, what));
    }
    let prefix = prefix.unwrap_or_default();
    if !prefix.is_empty() && !is_valid_var_name(&prefix) {
        return Err(args::value_error(vm, F, 2, "must be a valid identifier"));
    }
    let scope = vm.current_scope();
    // With EXTR_REFS the array's elements become references the variables share.
    let mut bound = refs.then(|| (*arr).clone());
    let mut count = 0;
    for (k, entry) in arr.iter() {
        let Some(name) = extract_name(vm, scope, mode, &prefix, &k) else {
            continue;
        };
        if name == "this" {
            return Err(vm.throw_error("Error", "Cannot re-assign $this".into()));
        }
        count += 1;
        if name == "GLOBALS" {
            // A local named GLOBALS would be unreachable: `$GLOBALS` means the globals.
            continue;
        }
        match bound.as_mut() {
            Some(bound) => {
                let cell = match entry {
                    Value::Reference(r) => r.clone(),
                    v => {
                        let r = std::rc::Rc::new(std::cell::RefCell::new(v.clone()));
                        bound.insert(k, Value::Reference(r.clone()));
                        r
                    }
                };
                vm.scope_bind(scope, name.as_bytes(), cell);
            }
            // A variable bound to a typed property keeps to its type.
            None if crate::typed_ref::any() => {
                let cell = vm.scope_ref(scope, name.as_bytes());
                let v = vm.typed_ref_value(&cell, entry.deref())?;
                *cell.borrow_mut() = v;
            }
            None => vm.scope_set(scope, name.as_bytes(), entry.deref()),
        }
    }
    if let Some(bound) = bound {
        args::set_ref(a, 0, Value::from(bound));
    }
    Ok(Value::Long(count))
}

/// The variable an element of `extract`'s array goes to in `mode`, if any.
fn extract_name(
    vm: &mut Vm,
    scope: usize,
    mode: i64,
    prefix: &str,
    key: &ArrayKey,
) -> Option<String> {
    let prefixed = |name: &str| Some(format!("{prefix}_{name}")).filter(|n| is_valid_var_name(n));
    let name = match key {
        ArrayKey::Str(s) => String::from_utf8_lossy(s).into_owned(),
        // Only the modes that prefix every key or the invalid ones take integer keys.
        ArrayKey::Int(n) if matches!(mode, EXTR_PREFIX_ALL | EXTR_PREFIX_INVALID) => {
            return prefixed(&n.to_string());
        }
        ArrayKey::Int(_) => return None,
    };
    let valid = is_valid_var_name(&name);
    let exists = valid && name != "this" && vm.scope_get(scope, name.as_bytes()).is_some();
    match mode {
        EXTR_PREFIX_ALL | EXTR_PREFIX_SAME if name.is_empty() => None,
        EXTR_PREFIX_ALL => prefixed(&name),
        EXTR_PREFIX_INVALID if !valid || name == "this" => prefixed(&name),
        EXTR_PREFIX_SAME if name == "this" || exists => prefixed(&name),
        EXTR_PREFIX_IF_EXISTS => exists.then(|| prefixed(&name)).flatten(),
        _ if !valid => None,
        EXTR_SKIP if name == "this" || exists => None,
        EXTR_IF_EXISTS if !exists => None,
        _ => Some(name),
    }
}

fn is_valid_var_name(s: &str) -> bool {
    let mut chars = s.bytes();
    match chars.next() {
        Some(c) if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {}
        _ => return false,
    }
    chars.all(|c| c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80)
}

fn compact(vm: &mut Vm, a: &mut [Value]) -> R {
    let scope = vm.current_scope();
    let mut out = PhpArray::new();
    for (i, v) in a.iter().enumerate() {
        compact_var(vm, scope, &mut out, v, i + 1, &mut Vec::new())?;
    }
    Ok(Value::from(out))
}

/// Adds the variable(s) an argument of `compact` names, in order. `path` holds the
/// arrays being descended: meeting one again is a cycle (through a reference), which
/// PHP refuses.
fn compact_var(
    vm: &mut Vm,
    scope: usize,
    out: &mut PhpArray,
    entry: &Value,
    pos: usize,
    path: &mut Vec<*const PhpArray>,
) -> Result<(), Unwind> {
    match entry.deref() {
        Value::String(name) => match vm.scope_get(scope, &name) {
            Some(v) => out.insert(ArrayKey::from_bytes(&name), v),
            None if &*name == b"this" => {
                // `$this` is no variable but compact finds it (and nothing without one).
                let this = vm.frames.last().and_then(|f| f.this.clone());
                if let Some(o) = this {
                    out.insert(ArrayKey::from_bytes(&name), Value::Object(o));
                }
            }
            None => vm.warning(&format!(
                "compact(): Undefined variable ${}",
                String::from_utf8_lossy(&name)
            )),
        },
        Value::Array(items) => {
            let ptr = std::rc::Rc::as_ptr(&items);
            if path.contains(&ptr) {
                return Err(vm.throw_error("Error", "Recursion detected".into()));
            }
            path.push(ptr);
            for item in items.values() {
                compact_var(vm, scope, out, item, pos, path)?;
            }
            path.pop();
        }
        other => vm.warning(&format!(
            "compact(): Argument #{pos} must be string or array of strings, {} given",
            other.type_name()
        )),
    }
    Ok(())
}

fn get_defined_vars(vm: &mut Vm, _: &mut [Value]) -> R {
    // With no PHP frame (a shutdown function) there is no scope to list.
    if vm.frames.is_empty() {
        let msg = "Cannot call get_defined_vars() dynamically".to_string();
        return Err(vm.throw_error("Error", msg));
    }
    let scope = vm.current_scope();
    Ok(Value::from(vm.scope_vars(scope)))
}

fn flush(vm: &mut Vm, _: &mut [Value]) -> R {
    if vm.out.level() == 0 {
        vm.out.flush();
    }
    Ok(Value::Null)
}

fn now() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn microtime(vm: &mut Vm, a: &mut [Value]) -> R {
    let as_float = args::opt_bool(vm, a, 0, "microtime", false)?;
    let t = now();
    if as_float {
        return Ok(Value::Double(t.as_secs_f64()));
    }
    let usec = t.subsec_micros() as f64 / 1e6;
    Ok(Value::from(format!("{usec:.8} {}", t.as_secs())))
}

fn hrtime(vm: &mut Vm, a: &mut [Value]) -> R {
    let as_number = args::opt_bool(vm, a, 0, "hrtime", false)?;
    let t = vm.start_time.elapsed();
    if as_number {
        return Ok(Value::Long(t.as_nanos() as i64));
    }
    Ok(Value::from(PhpArray::from_list(vec![
        Value::Long(t.as_secs() as i64),
        Value::Long(t.subsec_nanos() as i64),
    ])))
}

fn time(_: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::Long(now().as_secs() as i64))
}

fn memory_get_usage(vm: &mut Vm, _: &mut [Value]) -> R {
    let used = vm.memory_usage();
    vm.peak_memory = vm.peak_memory.max(used);
    Ok(Value::Long(used as i64))
}

fn memory_get_peak_usage(vm: &mut Vm, _: &mut [Value]) -> R {
    let used = vm.memory_usage();
    vm.peak_memory = vm.peak_memory.max(used);
    Ok(Value::Long(vm.peak_memory as i64))
}

fn register_shutdown_function(vm: &mut Vm, a: &mut [Value]) -> R {
    let f = arg_callable(vm, a, 0, "register_shutdown_function", false)?.unwrap_or_default();
    let rest = a[1..].iter().map(Value::deref).collect();
    vm.shutdown_functions.push((f, rest));
    Ok(Value::Null)
}

fn php_sapi_name(_: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::from("cli"))
}

fn phpversion(_: &mut Vm, a: &mut [Value]) -> R {
    if has(a, 0) && !get(a, 0).is_null() {
        return Ok(Value::False);
    }
    Ok(Value::from(crate::constants::PHP_VERSION))
}

/// The Zend Engine's version: 4.2 for PHP 8.2, with PHP's release number.
fn zend_version(_: &mut Vm, _: &mut [Value]) -> R {
    let release = crate::constants::PHP_VERSION
        .rsplit('.')
        .next()
        .unwrap_or("0");
    Ok(Value::from(format!("4.2.{release}")))
}

/// The Zend extension loaded as php's Debian configuration loads it (miniphp has an
/// opcode cache and its `opcache_*` functions).
const ZEND_EXTENSIONS: &[&str] = &["Zend OPcache"];

fn extension_loaded(vm: &mut Vm, a: &mut [Value]) -> R {
    let name = arg_str(vm, a, 0, "extension_loaded")?;
    let loaded = crate::class::reflection::extension::EXTENSIONS
        .iter()
        .chain(ZEND_EXTENSIONS)
        .any(|e| e.as_bytes().eq_ignore_ascii_case(&name));
    Ok(Value::from(loaded))
}

/// The extensions miniphp implements, then the Zend ones (only those with `true`).
fn get_loaded_extensions(vm: &mut Vm, a: &mut [Value]) -> R {
    let zend = args::opt_bool(vm, a, 0, "get_loaded_extensions", false)?;
    let plain: &[&str] = if zend {
        &[]
    } else {
        crate::class::reflection::extension::EXTENSIONS
    };
    let names = plain
        .iter()
        .chain(ZEND_EXTENSIONS)
        .map(|e| Value::from(*e))
        .collect();
    Ok(Value::from(PhpArray::from_list(names)))
}

fn set_time_limit(_: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::True)
}

fn gc_collect_cycles(vm: &mut Vm, _: &mut [Value]) -> R {
    // The destructors it runs are called from it: `[internal function]` in traces.
    vm.native_calls.push(crate::throwable::NativeCall {
        name: "gc_collect_cycles",
        class: None,
        args: Vec::new(),
        depth: vm.frames.len(),
        line: vm.line,
    });
    let r = vm.collect_cycles();
    vm.native_calls.pop();
    match r {
        Ok(n) => Ok(Value::Long(n as i64)),
        Err(Unwind::Throw(e)) => {
            // Its trace already shows this call.
            e.mark_native_frame_added();
            Err(Unwind::Throw(e))
        }
        Err(u) => Err(u),
    }
}

/// `gc_enable()`/`gc_disable()` set `zend.enable_gc`, as PHP's do.
fn gc_enable(vm: &mut Vm, _: &mut [Value]) -> R {
    vm.set_ini("zend.enable_gc", "1".to_string());
    Ok(Value::Null)
}

fn gc_disable(vm: &mut Vm, _: &mut [Value]) -> R {
    vm.set_ini("zend.enable_gc", "0".to_string());
    Ok(Value::Null)
}

fn gc_enabled(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::from(vm.gc_enabled()))
}

fn gc_status(_: &mut Vm, _: &mut [Value]) -> R {
    let s = crate::gc::status();
    let mut out = PhpArray::new();
    for (k, v) in [
        ("runs", s.runs as i64),
        ("collected", s.collected as i64),
        ("threshold", s.threshold as i64),
        ("roots", s.roots as i64),
    ] {
        out.insert(ArrayKey::from_bytes(k.as_bytes()), Value::Long(v));
    }
    Ok(Value::from(out))
}

/// `assert()`: with `zend.assertions` on, a false assertion throws its description
/// (a Throwable) or an AssertionError (or warns when `assert.exception` is off).
fn assert(vm: &mut Vm, a: &mut [Value]) -> R {
    let on = vm
        .ini_get("zend.assertions")
        .is_some_and(|v| v.trim().parse::<i64>().unwrap_or(1) > 0)
        && ini_flag(vm, "assert.active");
    if !on || get(a, 0).to_bool() {
        return Ok(Value::True);
    }
    let description = get(a, 1);
    if let Value::Object(o) = &description {
        if o.class.instance_of_name(b"throwable") {
            return Err(Unwind::Throw(o.clone()));
        }
    }
    // The compiler passes the call's text as the description when none is written; a
    // dynamic call or an explicit null has none.
    let msg = if description.is_null() {
        None
    } else {
        Some(String::from_utf8_lossy(&description.to_php_string(vm)?).into_owned())
    };
    // An invalid callback throws, but only once the failure is reported (PHP goes on).
    let mut callback_error = None;
    let callback = assert_callback(vm);
    if !callback.is_null() {
        // callback(file, line, null[, description]), its return value ignored as PHP's.
        let (file, line) = vm.location();
        let mut args = vec![Value::from(file), Value::Long(i64::from(line)), Value::Null];
        if let Some(m) = &msg {
            args.push(Value::from(m.as_str()));
        }
        match vm.resolve_callee(&callback)? {
            Ok(callee) => {
                vm.call_callee(callee, args, Vec::new())?;
            }
            Err(why) => {
                let name = crate::callable::callable_name(&callback, 14).to_php_string(vm)?;
                let name = String::from_utf8_lossy(&name).into_owned();
                let why = why.callback_reason();
                callback_error =
                    Some(vm.throw_error("Error", format!("Invalid callback {name}, {why}")));
            }
        }
    }
    let bail = ini_flag(vm, "assert.bail");
    if ini_flag(vm, "assert.exception") {
        return Err(vm.throw_error("AssertionError", msg.unwrap_or_default()));
    }
    if ini_flag(vm, "assert.warning") {
        let msg = msg.as_deref().unwrap_or("Assertion failed");
        vm.warning(&format!("assert(): {msg} failed"));
    }
    if let Some(e) = callback_error {
        return Err(e);
    }
    if bail {
        return Err(Unwind::Exit);
    }
    Ok(Value::False)
}

/// The assert callback: the one set at run time, else the configuration's
/// `assert.callback` (PHP's ASSERTG(cb), which `ini_set` does not change); null if none.
fn assert_callback(vm: &Vm) -> Value {
    if let Some(cb) = &vm.assert_callback {
        return cb.clone();
    }
    let configured = vm
        .cfg_entries()
        .filter(|(k, _)| *k == "assert.callback")
        .last()
        .map(|(_, v)| v);
    match configured {
        Some(name) if !name.is_empty() => Value::from(name),
        _ => Value::Null,
    }
}

/// An assert.* setting as the int PHP keeps it (absent or non-numeric: 0).
fn ini_int(vm: &Vm, name: &str) -> i64 {
    vm.ini_get(name)
        .map_or(0, |v| Value::from(v.trim()).to_long())
}

fn ini_flag(vm: &Vm, name: &str) -> bool {
    ini_int(vm, name) != 0
}

/// `assert_options()`: the previous value of an assert.* setting (an int; the callback
/// for ASSERT_CALLBACK), setting it when a value is given.
fn assert_options(vm: &mut Vm, a: &mut [Value]) -> R {
    const F: &str = "assert_options";
    let name = match arg_long(vm, a, 0, F)? {
        1 => "assert.active",
        2 => "assert.callback",
        3 => "assert.bail",
        4 => "assert.warning",
        5 => "assert.exception",
        _ => return Err(args::value_error(vm, F, 0, "must be an ASSERT_* constant")),
    };
    if name == "assert.callback" {
        // The callback is kept as given (a closure too); the ini value stays.
        let old = assert_callback(vm);
        if has(a, 1) {
            vm.assert_callback = Some(get(a, 1)).filter(|v| !v.is_null());
        }
        return Ok(old);
    }
    let old = Value::Long(ini_int(vm, name));
    if has(a, 1) {
        let v = get(a, 1).to_php_string(vm)?;
        vm.set_ini(name, String::from_utf8_lossy(&v).into_owned());
    }
    Ok(old)
}

fn debug_backtrace(vm: &mut Vm, a: &mut [Value]) -> R {
    let options = opt_long(vm, a, 0, "debug_backtrace", 1)?;
    let limit = opt_long(vm, a, 1, "debug_backtrace", 0)?;
    Ok(Value::from(vm.user_backtrace(options, limit)))
}

fn debug_print_backtrace(vm: &mut Vm, a: &mut [Value]) -> R {
    let options = opt_long(vm, a, 0, "debug_print_backtrace", 0)?;
    let limit = opt_long(vm, a, 1, "debug_print_backtrace", 0)?;
    let trace = Value::from(vm.user_backtrace(options, limit));
    let text = vm.trace_lines(&trace);
    vm.echo(text.as_bytes());
    Ok(Value::Null)
}

fn getenv(vm: &mut Vm, a: &mut [Value]) -> R {
    if !has(a, 0) || get(a, 0).is_null() {
        let mut out = PhpArray::new();
        for (k, v) in std::env::vars() {
            out.insert(ArrayKey::from_bytes(k.as_bytes()), Value::from(v));
        }
        return Ok(Value::from(out));
    }
    let name = arg_str(vm, a, 0, "getenv")?;
    if let Some(v) = vm.sapi_getenv(&name) {
        return Ok(Value::from(v));
    }
    Ok(std::env::var(String::from_utf8_lossy(&name).as_ref()).map_or(Value::False, Value::from))
}

fn object_arg(
    vm: &mut Vm,
    a: &[Value],
    fname: &str,
) -> Result<std::rc::Rc<crate::object::PhpObject>, Unwind> {
    match get(a, 0) {
        Value::Object(o) => Ok(o),
        other => Err(args::type_error(vm, fname, 0, "object", &other)),
    }
}

fn get_class(vm: &mut Vm, a: &mut [Value]) -> R {
    if !has(a, 0) {
        return Err(vm.throw_error(
            "Error",
            "get_class() without arguments must be called from within a class".into(),
        ));
    }
    let o = object_arg(vm, a, "get_class")?;
    Ok(Value::from(o.class.name.as_ref()))
}

fn spl_object_id(vm: &mut Vm, a: &mut [Value]) -> R {
    let o = object_arg(vm, a, "spl_object_id")?;
    Ok(Value::Long(o.id as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variable_names() {
        assert!(is_valid_var_name("a_1"));
        assert!(is_valid_var_name("_x"));
        assert!(!is_valid_var_name("1a"));
        assert!(!is_valid_var_name("a-b"));
        assert!(!is_valid_var_name(""));
    }

    #[test]
    fn engine_functions_registered() {
        let names: Vec<&str> = FUNCTIONS.iter().map(|s| s.name).collect();
        for n in ["function_exists", "set_error_handler", "compact", "gettype"] {
            assert!(names.contains(&n), "{n}");
        }
    }
}
