//! Array functions (ext/standard/array.c): construction, searching, slicing,
//! set operations, callbacks, the internal pointer, random picks and sorting
//! (PHP's algorithm and comparison, see `zsort.rs`).

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use crate::array::{dup_value, NextIndexOccupied, PhpArray};
use crate::callable::Callback;
use crate::exec::make_ref;
use crate::numeric::{parse_numeric, Num, Numeric};
use crate::object::{mangle, PhpObject};
use crate::value::{ArrayKey, PhpStr, Value};
use crate::vm::{Unwind, Vm};

use super::args::{
    alloc_guard, arg_array, arg_callback, arg_long, arg_number, func, get, has, opt_bool, opt_long,
    opt_nullable_long, set_ref, type_error, value_error,
};
use super::math::with_mt;
use super::string::{binary_strcasecmp, binary_strcmp, strnatcmp_ex};
use super::types::{double_of, to_array};
use super::zsort::zend_sort;
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("count", count, &["value", "mode"], 1),
    func("sizeof", count, &["value", "mode"], 1),
    func(
        "array_keys",
        array_keys,
        &["array", "filter_value", "strict"],
        1,
    ),
    func("array_values", array_values, &["array"], 1),
    func("array_merge", array_merge, &["arrays"], 0).with_variadic(),
    func(
        "array_merge_recursive",
        array_merge_recursive,
        &["arrays"],
        0,
    )
    .with_variadic(),
    func(
        "array_replace",
        array_replace,
        &["array", "replacements"],
        1,
    )
    .with_variadic(),
    func("array_combine", array_combine, &["keys", "values"], 2),
    func("array_flip", array_flip, &["array"], 1),
    func(
        "array_change_key_case",
        array_change_key_case,
        &["array", "case"],
        1,
    ),
    func(
        "array_fill",
        array_fill,
        &["start_index", "count", "value"],
        3,
    ),
    func("array_fill_keys", array_fill_keys, &["keys", "value"], 2),
    func("array_pad", array_pad, &["array", "length", "value"], 3),
    func("array_push", array_push, &["array", "values"], 1)
        .with_variadic()
        .with_by_ref(&[0]),
    func("array_pop", array_pop, &["array"], 1).with_by_ref(&[0]),
    func("array_shift", array_shift, &["array"], 1).with_by_ref(&[0]),
    func("array_unshift", array_unshift, &["array", "values"], 1)
        .with_variadic()
        .with_by_ref(&[0]),
    func(
        "array_slice",
        array_slice,
        &["array", "offset", "length", "preserve_keys"],
        2,
    ),
    func(
        "array_splice",
        array_splice,
        &["array", "offset", "length", "replacement"],
        2,
    )
    .with_by_ref(&[0]),
    func("array_sum", array_sum, &["array"], 1),
    func("array_product", array_product, &["array"], 1),
    func(
        "array_reverse",
        array_reverse,
        &["array", "preserve_keys"],
        1,
    ),
    func("in_array", in_array, &["needle", "haystack", "strict"], 2),
    func(
        "array_search",
        array_search,
        &["needle", "haystack", "strict"],
        2,
    ),
    func("array_key_exists", array_key_exists, &["key", "array"], 2),
    func("key_exists", array_key_exists, &["key", "array"], 2),
    func("array_key_first", array_key_first, &["array"], 1),
    func("array_key_last", array_key_last, &["array"], 1),
    func("range", range, &["start", "end", "step"], 2),
    func("sort", sort, &["array", "flags"], 1).with_by_ref(&[0]),
    func("rsort", rsort, &["array", "flags"], 1).with_by_ref(&[0]),
    func("asort", asort, &["array", "flags"], 1).with_by_ref(&[0]),
    func("arsort", arsort, &["array", "flags"], 1).with_by_ref(&[0]),
    func("ksort", ksort, &["array", "flags"], 1).with_by_ref(&[0]),
    func("krsort", krsort, &["array", "flags"], 1).with_by_ref(&[0]),
    func("usort", usort, &["array", "callback"], 2).with_by_ref(&[0]),
    func("uasort", uasort, &["array", "callback"], 2).with_by_ref(&[0]),
    func("uksort", uksort, &["array", "callback"], 2).with_by_ref(&[0]),
    func("array_multisort", array_multisort, &["array", "rest"], 1)
        .with_variadic()
        .with_by_ref(&[0, 1]),
    func("natsort", natsort, &["array"], 1).with_by_ref(&[0]),
    func("natcasesort", natcasesort, &["array"], 1).with_by_ref(&[0]),
    func("array_unique", array_unique, &["array", "flags"], 1),
    func("array_count_values", array_count_values, &["array"], 1),
    func("array_map", array_map, &["callback", "array", "arrays"], 2).with_variadic(),
    func(
        "array_filter",
        array_filter,
        &["array", "callback", "mode"],
        1,
    ),
    func(
        "array_reduce",
        array_reduce,
        &["array", "callback", "initial"],
        2,
    ),
    func("array_walk", array_walk, &["array", "callback", "arg"], 2).with_by_ref(&[0]),
    func(
        "array_walk_recursive",
        array_walk_recursive,
        &["array", "callback", "arg"],
        2,
    )
    .with_by_ref(&[0]),
    func("array_diff", array_diff, &["array", "arrays"], 1).with_variadic(),
    func("array_diff_key", array_diff_key, &["array", "arrays"], 1).with_variadic(),
    func(
        "array_diff_assoc",
        array_diff_assoc,
        &["array", "arrays"],
        1,
    )
    .with_variadic(),
    func("array_intersect", array_intersect, &["array", "arrays"], 1).with_variadic(),
    func(
        "array_intersect_key",
        array_intersect_key,
        &["array", "arrays"],
        1,
    )
    .with_variadic(),
    func(
        "array_intersect_assoc",
        array_intersect_assoc,
        &["array", "arrays"],
        1,
    )
    .with_variadic(),
    func("array_udiff", array_udiff, &["array", "rest"], 1).with_variadic(),
    func("array_uintersect", array_uintersect, &["array", "rest"], 1).with_variadic(),
    func("array_diff_ukey", array_diff_ukey, &["array", "rest"], 1).with_variadic(),
    func(
        "array_intersect_ukey",
        array_intersect_ukey,
        &["array", "rest"],
        1,
    )
    .with_variadic(),
    func(
        "array_udiff_assoc",
        array_udiff_assoc,
        &["array", "rest"],
        1,
    )
    .with_variadic(),
    func(
        "array_uintersect_assoc",
        array_uintersect_assoc,
        &["array", "rest"],
        1,
    )
    .with_variadic(),
    func(
        "array_diff_uassoc",
        array_diff_uassoc,
        &["array", "rest"],
        1,
    )
    .with_variadic(),
    func(
        "array_udiff_uassoc",
        array_udiff_uassoc,
        &["array", "rest"],
        1,
    )
    .with_variadic(),
    func(
        "array_uintersect_uassoc",
        array_uintersect_uassoc,
        &["array", "rest"],
        1,
    )
    .with_variadic(),
    func(
        "array_replace_recursive",
        array_replace_recursive,
        &["array", "replacements"],
        1,
    )
    .with_variadic(),
    func(
        "array_intersect_uassoc",
        array_intersect_uassoc,
        &["array", "rest"],
        1,
    )
    .with_variadic(),
    func(
        "array_column",
        array_column,
        &["array", "column_key", "index_key"],
        2,
    ),
    func(
        "array_chunk",
        array_chunk,
        &["array", "length", "preserve_keys"],
        2,
    ),
    func("array_is_list", array_is_list, &["array"], 1),
    func("current", current, &["array"], 1),
    func("pos", current, &["array"], 1),
    func("key", key, &["array"], 1),
    func("next", next, &["array"], 1).with_by_ref(&[0]),
    func("prev", prev, &["array"], 1).with_by_ref(&[0]),
    func("reset", reset, &["array"], 1).with_by_ref(&[0]),
    func("end", end, &["array"], 1).with_by_ref(&[0]),
    func("shuffle", shuffle, &["array"], 1).with_by_ref(&[0]),
    func("array_rand", array_rand, &["array", "num"], 1),
];

type R = Result<Value, Unwind>;

fn list(values: Vec<Value>) -> Value {
    Value::from(PhpArray::from_list(values))
}

/// Appends with the next integer key (arrays built here never run out of keys).
fn append(a: &mut PhpArray, v: Value) {
    let key = a.next_free().unwrap_or(i64::MAX);
    a.insert(ArrayKey::Int(key), v);
}

/// Copies `(key, value)`: string keys kept, int keys renumbered.
fn append_renumbered(out: &mut PhpArray, k: ArrayKey, v: Value) {
    match k {
        ArrayKey::Str(_) => out.insert(k, v),
        ArrayKey::Int(_) => append(out, v),
    }
}

/// A value used as a key, as `array_combine`/`array_fill_keys` do: ints stay ints,
/// anything else goes through its string form.
fn key_of(vm: &mut Vm, v: &Value) -> Result<ArrayKey, Unwind> {
    Ok(match v {
        Value::Long(n) => ArrayKey::Int(*n),
        other => ArrayKey::from_str_value(&other.to_php_string(vm)?),
    })
}

/// `count($a, COUNT_RECURSIVE)`: an array met again inside itself (through a
/// reference) warns and counts nothing, as PHP's recursion guard does.
fn count_recursive(vm: &mut Vm, a: &Rc<PhpArray>, visiting: &mut Vec<*const PhpArray>) -> i64 {
    if visiting.contains(&Rc::as_ptr(a)) || visiting.len() > 256 {
        vm.warning("count(): Recursion detected");
        return 0;
    }
    visiting.push(Rc::as_ptr(a));
    let mut n = a.len() as i64;
    for v in a.values() {
        if let Value::Array(inner) = v.deref() {
            n += count_recursive(vm, &inner, visiting);
        }
    }
    visiting.pop();
    n
}

fn count(vm: &mut Vm, args: &mut [Value]) -> R {
    let mode = opt_long(vm, args, 1, "count", 0)?;
    if mode != 0 && mode != 1 {
        return Err(value_error(
            vm,
            "count",
            1,
            "must be either COUNT_NORMAL or COUNT_RECURSIVE",
        ));
    }
    match get(args, 0) {
        Value::Array(a) if mode == 1 => Ok(Value::Long(count_recursive(vm, &a, &mut Vec::new()))),
        Value::Array(a) => Ok(Value::Long(a.len() as i64)),
        Value::Object(o) => vm.count_object(&o, "count"),
        v => Err(type_error(vm, "count", 0, "Countable|array", &v)),
    }
}

fn array_keys(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_keys")?;
    let strict = opt_bool(vm, args, 2, "array_keys", false)?;
    let filter = has(args, 1).then(|| get(args, 1));
    let keys = a
        .iter()
        .filter(|(_, v)| match &filter {
            None => true,
            Some(f) if strict => v.strict_eq(f),
            Some(f) => v.loose_eq(f),
        })
        .map(|(k, _)| k.to_value())
        .collect();
    Ok(list(keys))
}

fn array_values(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_values")?;
    Ok(list(a.values().map(dup_value).collect()))
}

/// All arguments from `from` on, as arrays (variadic array parameters).
fn arrays_from(
    vm: &mut Vm,
    args: &[Value],
    from: usize,
    f: &str,
) -> Result<Vec<Rc<PhpArray>>, Unwind> {
    (from..args.len())
        .map(|i| arg_array(vm, args, i, f))
        .collect()
}

fn array_merge(vm: &mut Vm, args: &mut [Value]) -> R {
    let arrays = arrays_from(vm, args, 0, "array_merge")?;
    // Zend's HT_MAX_SIZE on 64-bit: counted before anything is copied.
    const MAX_SIZE: usize = 0x4000_0000;
    let count: usize = arrays.iter().map(|a| a.len()).sum();
    if count >= MAX_SIZE {
        let msg = format!("The total number of elements must be lower than {MAX_SIZE}");
        return Err(vm.throw_error("Error", msg));
    }
    let mut out = PhpArray::with_capacity(count);
    for a in &arrays {
        for (k, v) in a.iter() {
            append_renumbered(&mut out, k, dup_value(v));
        }
    }
    Ok(Value::from(out))
}

/// Merges `src` into `dest` as `array_merge_recursive` does. `path` holds the
/// reference cells being descended: meeting one again is a cycle, which PHP refuses.
fn merge_recursive(
    vm: &mut Vm,
    dest: &mut PhpArray,
    src: &PhpArray,
    path: &mut Vec<*const RefCell<Value>>,
) -> Result<(), Unwind> {
    for (k, elem) in src.iter() {
        if !matches!(k, ArrayKey::Str(_)) || !dest.contains_key(&k) {
            append_renumbered(dest, k, dup_value(elem));
            continue;
        }
        let cell = match &elem {
            Value::Reference(r) => Some(Rc::as_ptr(r)),
            _ => None,
        };
        if cell.is_some_and(|c| path.contains(&c)) {
            return Err(vm.throw_error("Error", "Recursion detected".into()));
        }
        // A null entry becomes `[null]`, anything else its array form.
        let mut merged = match dest.get(&k).map(Value::deref).unwrap_or_default() {
            Value::Null => PhpArray::from_iter([(ArrayKey::Int(0), Value::Null)]),
            existing => (*to_array(&existing)).clone(),
        };
        match elem.deref() {
            v @ (Value::Array(_) | Value::Object(_)) => {
                path.extend(cell);
                let merged_ok = merge_recursive(vm, &mut merged, &to_array(&v), path);
                if cell.is_some() {
                    path.pop();
                }
                merged_ok?;
            }
            other => append(&mut merged, other),
        }
        dest.insert(k, Value::from(merged));
    }
    Ok(())
}

fn array_merge_recursive(vm: &mut Vm, args: &mut [Value]) -> R {
    let arrays = arrays_from(vm, args, 0, "array_merge_recursive")?;
    let mut out = PhpArray::new();
    for a in &arrays {
        merge_recursive(vm, &mut out, a, &mut Vec::new())?;
    }
    Ok(Value::from(out))
}

fn array_replace(vm: &mut Vm, args: &mut [Value]) -> R {
    let arrays = arrays_from(vm, args, 0, "array_replace")?;
    let mut out = (*arrays[0]).clone();
    for a in &arrays[1..] {
        for (k, v) in a.iter() {
            out.insert(k, dup_value(v));
        }
    }
    Ok(Value::from(out))
}

/// Replaces `dest`'s entries by `src`'s, descending where both hold arrays. `path`
/// holds the source arrays being descended: meeting one again is a cycle (a
/// reference to itself), which PHP refuses.
fn replace_recursive(
    vm: &mut Vm,
    dest: &mut PhpArray,
    src: &PhpArray,
    path: &mut Vec<*const PhpArray>,
) -> Result<(), Unwind> {
    for (k, v) in src.iter() {
        let v = v.deref();
        match (&v, dest.get(&k).map(Value::deref)) {
            (Value::Array(inner), Some(Value::Array(existing))) => {
                if path.contains(&Rc::as_ptr(inner)) {
                    return Err(vm.throw_error("Error", "Recursion detected".into()));
                }
                path.push(Rc::as_ptr(inner));
                let mut merged = (*existing).clone();
                replace_recursive(vm, &mut merged, inner, path)?;
                path.pop();
                dest.insert(k, Value::from(merged));
            }
            _ => dest.insert(k, v),
        }
    }
    Ok(())
}

fn array_replace_recursive(vm: &mut Vm, args: &mut [Value]) -> R {
    let arrays = arrays_from(vm, args, 0, "array_replace_recursive")?;
    let mut out = (*arrays[0]).clone();
    for a in &arrays[1..] {
        replace_recursive(vm, &mut out, a, &mut Vec::new())?;
    }
    Ok(Value::from(out))
}

fn array_combine(vm: &mut Vm, args: &mut [Value]) -> R {
    let keys = arg_array(vm, args, 0, "array_combine")?;
    let values = arg_array(vm, args, 1, "array_combine")?;
    if keys.len() != values.len() {
        return Err(vm.throw_error(
            "ValueError",
            "array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements".into(),
        ));
    }
    let mut out = PhpArray::with_capacity(keys.len());
    for (k, v) in keys.values().zip(values.values()) {
        let key = key_of(vm, &k.deref())?;
        out.insert(key, v.deref());
    }
    Ok(Value::from(out))
}

fn array_flip(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_flip")?;
    let mut out = PhpArray::with_capacity(a.len());
    for (k, v) in a.iter() {
        match v.deref() {
            Value::Long(n) => out.insert(ArrayKey::Int(n), k.to_value()),
            Value::String(s) => out.insert(ArrayKey::from_str_value(&s), k.to_value()),
            _ => vm.warning("array_flip(): Can only flip string and integer values, entry skipped"),
        }
    }
    Ok(Value::from(out))
}

fn array_change_key_case(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_change_key_case")?;
    // Any non-zero case means CASE_UPPER, as PHP.
    let upper = opt_long(vm, args, 1, "array_change_key_case", 0)? != 0;
    let mut out = PhpArray::with_capacity(a.len());
    for (k, v) in a.iter() {
        let key = match k {
            // Case changes keep a non-numeric string non-numeric.
            ArrayKey::Str(s) if upper => ArrayKey::Str(Rc::new(s.to_ascii_uppercase())),
            ArrayKey::Str(s) => ArrayKey::Str(Rc::new(s.to_ascii_lowercase())),
            k => k,
        };
        out.insert(key, v.clone());
    }
    Ok(Value::from(out))
}

fn array_fill(vm: &mut Vm, args: &mut [Value]) -> R {
    let start = arg_long(vm, args, 0, "array_fill")?;
    let n = arg_long(vm, args, 1, "array_fill")?;
    let v = get(args, 2);
    if n < 0 {
        return Err(value_error(
            vm,
            "array_fill",
            1,
            "must be greater than or equal to 0",
        ));
    }
    if n > i64::from(i32::MAX) {
        return Err(value_error(vm, "array_fill", 1, "is too large"));
    }
    if n > 0 && start > i64::MAX - n + 1 {
        return Err(vm.throw_error(
            "Error",
            "Cannot add element to the array as the next element is already occupied".into(),
        ));
    }
    alloc_guard(vm, n as u128 * 16)?;
    let mut out = PhpArray::with_capacity(n as usize);
    for i in 0..n {
        out.insert(ArrayKey::Int(start.wrapping_add(i)), v.clone());
    }
    Ok(Value::from(out))
}

fn array_fill_keys(vm: &mut Vm, args: &mut [Value]) -> R {
    let keys = arg_array(vm, args, 0, "array_fill_keys")?;
    let v = get(args, 1);
    let mut out = PhpArray::with_capacity(keys.len());
    for k in keys.values() {
        let key = key_of(vm, &k.deref())?;
        out.insert(key, v.clone());
    }
    Ok(Value::from(out))
}

fn array_pad(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_pad")?;
    let len = arg_long(vm, args, 1, "array_pad")?;
    let v = get(args, 2);
    let target = len.unsigned_abs() as usize;
    if target.saturating_sub(a.len()) > 1 << 20 {
        return Err(value_error(
            vm,
            "array_pad",
            1,
            "must be less than or equal to 1048576",
        ));
    }
    if target <= a.len() {
        return Ok(Value::Array(a));
    }
    alloc_guard(vm, target as u128 * 16)?;
    let pads = target - a.len();
    let mut out = PhpArray::with_capacity(target);
    if len < 0 {
        (0..pads).for_each(|_| append(&mut out, v.clone()));
    }
    for (k, val) in a.iter() {
        append_renumbered(&mut out, k, dup_value(val));
    }
    if len > 0 {
        (0..pads).for_each(|_| append(&mut out, v.clone()));
    }
    Ok(Value::from(out))
}

/// The array behind by-reference argument 0, for in-place functions.
fn take_ref_array(vm: &mut Vm, args: &[Value], f: &str) -> Result<PhpArray, Unwind> {
    Ok((*arg_array(vm, args, 0, f)?).clone())
}

/// Runs `body` on the array behind by-reference argument 0, changed where it is (copied
/// first only when shared, as PHP separates it): no copy per `array_push`. `body` must
/// not reach the VM (the reference is borrowed meanwhile).
fn with_ref_array<T>(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    body: impl FnOnce(&mut PhpArray) -> T,
) -> Result<T, Unwind> {
    arg_array(vm, args, 0, f)?;
    if let Some(Value::Reference(r)) = args.first() {
        if let Value::Array(a) = &mut *r.borrow_mut() {
            return Ok(body(Rc::make_mut(a)));
        }
    }
    // Not passed by reference (a callback's argument): the change is lost, as in PHP.
    Ok(body(&mut take_ref_array(vm, args, f)?))
}

fn array_push(vm: &mut Vm, args: &mut [Value]) -> R {
    let values: Vec<Value> = args[1..].iter().map(Value::deref).collect();
    let pushed = with_ref_array(vm, args, "array_push", |a| {
        for v in values {
            a.push(v)?;
        }
        Ok(a.len() as i64)
    })?;
    match pushed {
        Ok(n) => Ok(Value::Long(n)),
        Err(NextIndexOccupied) => Err(vm.throw_error(
            "Error",
            "Cannot add element to the array as the next element is already occupied".into(),
        )),
    }
}

fn array_pop(vm: &mut Vm, args: &mut [Value]) -> R {
    let v = with_ref_array(vm, args, "array_pop", PhpArray::pop)?;
    Ok(v.map(|v| v.deref()).unwrap_or_default())
}

fn array_shift(vm: &mut Vm, args: &mut [Value]) -> R {
    let v = with_ref_array(vm, args, "array_shift", PhpArray::shift)?;
    Ok(v.map(|v| v.deref()).unwrap_or_default())
}

fn array_unshift(vm: &mut Vm, args: &mut [Value]) -> R {
    let values: Vec<Value> = args[1..].iter().map(Value::deref).collect();
    let n = with_ref_array(vm, args, "array_unshift", |a| {
        a.unshift(values);
        a.len() as i64
    })?;
    Ok(Value::Long(n))
}

/// The `[start, end)` positions an offset/length pair selects in `n` elements.
fn window(n: usize, offset: i64, length: Option<i64>) -> (usize, usize) {
    let n_i = n as i64;
    let start = if offset < 0 {
        (n_i + offset).max(0)
    } else {
        offset.min(n_i)
    };
    let end = match length {
        None => n_i,
        Some(l) if l < 0 => (n_i + l).max(start),
        Some(l) => start.saturating_add(l).min(n_i),
    };
    (start as usize, end as usize)
}

fn array_slice(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "array_slice";
    let a = arg_array(vm, args, 0, F)?;
    let offset = arg_long(vm, args, 1, F)?;
    let length = opt_nullable_long(vm, args, 2, F)?;
    let preserve = opt_bool(vm, args, 3, F, false)?;
    let (start, end) = window(a.len(), offset, length);
    let mut out = PhpArray::with_capacity(end - start);
    for (k, v) in a.iter().skip(start).take(end - start) {
        if preserve {
            out.insert(k, dup_value(v));
        } else {
            append_renumbered(&mut out, k, dup_value(v));
        }
    }
    Ok(Value::from(out))
}

fn array_splice(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "array_splice";
    let a = take_ref_array(vm, args, F)?;
    let offset = arg_long(vm, args, 1, F)?;
    let length = opt_nullable_long(vm, args, 2, F)?;
    let replacement = if has(args, 3) {
        to_array(&get(args, 3))
    } else {
        Rc::new(PhpArray::new())
    };
    let (start, end) = window(a.len(), offset, length);
    let mut out = PhpArray::with_capacity(a.len() + replacement.len());
    let mut removed = PhpArray::new();
    for (i, (k, v)) in a.iter().enumerate() {
        if i == start {
            for r in replacement.values() {
                append(&mut out, dup_value(r));
            }
        }
        if (start..end).contains(&i) {
            append_renumbered(&mut removed, k, v.clone());
        } else {
            append_renumbered(&mut out, k, v.clone());
        }
    }
    if start >= a.len() {
        for r in replacement.values() {
            append(&mut out, dup_value(r));
        }
    }
    set_ref(args, 0, Value::from(out));
    Ok(Value::from(removed))
}

/// A value as `array_sum` adds it: silently numeric, arrays and objects skipped.
fn as_number(v: &Value) -> Option<Num> {
    match v {
        Value::Long(n) => Some(Num::Long(*n)),
        Value::Double(d) => Some(Num::Double(*d)),
        Value::Null | Value::False => Some(Num::Long(0)),
        Value::True => Some(Num::Long(1)),
        Value::String(s) => Some(match parse_numeric(s) {
            Numeric::Full(n) | Numeric::Leading(n) => n,
            Numeric::No => Num::Long(0),
        }),
        _ => None,
    }
}

fn num_f64(n: Num) -> f64 {
    match n {
        Num::Long(l) => l as f64,
        Num::Double(d) => d,
    }
}

fn fold_numbers(
    a: &PhpArray,
    init: Num,
    op: fn(i64, i64) -> Option<i64>,
    fop: fn(f64, f64) -> f64,
) -> Value {
    let mut acc = init;
    for v in a.values() {
        let Some(n) = as_number(&v.deref()) else {
            continue;
        };
        acc = match (acc, n) {
            (Num::Long(x), Num::Long(y)) => match op(x, y) {
                Some(r) => Num::Long(r),
                None => Num::Double(fop(x as f64, y as f64)),
            },
            (x, y) => Num::Double(fop(num_f64(x), num_f64(y))),
        };
    }
    match acc {
        Num::Long(n) => Value::Long(n),
        Num::Double(d) => Value::Double(d),
    }
}

fn array_sum(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_sum")?;
    Ok(fold_numbers(&a, Num::Long(0), i64::checked_add, |x, y| {
        x + y
    }))
}

fn array_product(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_product")?;
    Ok(fold_numbers(&a, Num::Long(1), i64::checked_mul, |x, y| {
        x * y
    }))
}

fn array_reverse(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_reverse")?;
    let preserve = opt_bool(vm, args, 1, "array_reverse", false)?;
    let entries: Vec<(ArrayKey, Value)> = a.iter().map(|(k, v)| (k, v.deref())).collect();
    let mut out = PhpArray::with_capacity(entries.len());
    for (k, v) in entries.into_iter().rev() {
        if preserve {
            out.insert(k, v);
        } else {
            append_renumbered(&mut out, k, v);
        }
    }
    Ok(Value::from(out))
}

fn search(vm: &mut Vm, args: &[Value], f: &str) -> Result<Option<ArrayKey>, Unwind> {
    let needle = get(args, 0);
    let hay = arg_array(vm, args, 1, f)?;
    let strict = opt_bool(vm, args, 2, f, false)?;
    if let (Value::Long(n), true) = (&needle, strict) {
        // A strict search for an int (the common case) only looks at ints.
        return Ok(hay.find_key(|v| match v {
            Value::Long(a) => a == n,
            Value::Reference(_) => v.strict_eq(&needle),
            _ => false,
        }));
    }
    let mut failed = None;
    let found = hay.find_key(|v| match (v, &needle) {
        // Two ints are equal in both modes.
        (Value::Long(a), Value::Long(b)) => a == b,
        _ if strict => v.strict_eq(&needle),
        _ => {
            let v = v.deref();
            if !matches!(v, Value::Object(_)) && !matches!(needle, Value::Object(_)) {
                return v.loose_eq(&needle);
            }
            match crate::ops::object_cast_operands(vm, &v, &needle) {
                Ok(Some((a, b))) => a.loose_eq(&b),
                Ok(None) => v.loose_eq(&needle),
                // Stop at the exception.
                Err(e) => {
                    failed = Some(e);
                    true
                }
            }
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(found),
    }
}

fn in_array(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(search(vm, args, "in_array")?.is_some()))
}

fn array_search(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(search(vm, args, "array_search")?.map_or(Value::False, |k| k.to_value()))
}

fn array_key_exists(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 1, "array_key_exists")?;
    let key = match get(args, 0) {
        Value::Long(n) => ArrayKey::Int(n),
        Value::String(s) => ArrayKey::from_str_value(&s),
        Value::Null => ArrayKey::Str(Rc::new(Vec::new())),
        Value::True => ArrayKey::Int(1),
        Value::False => ArrayKey::Int(0),
        Value::Double(d) => ArrayKey::Int(crate::numeric::dval_to_lval(d)),
        _ => {
            return Err(vm.throw_error(
                "TypeError",
                "array_key_exists(): Argument #1 ($key) must be a valid array offset type".into(),
            ))
        }
    };
    Ok(Value::from(a.contains_key(&key)))
}

fn array_key_first(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_key_first")?;
    let first = a.keys().next();
    Ok(first.map_or(Value::Null, |k| k.to_value()))
}

fn array_key_last(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_key_last")?;
    Ok(a.keys().last().map_or(Value::Null, |k| k.to_value()))
}

/// Whether a `range()` bound or step is float-typed (a float, or a float string).
fn is_double_like(v: &Value) -> bool {
    match v {
        Value::Double(_) => true,
        Value::String(s) => matches!(parse_numeric(s), Numeric::Full(Num::Double(_))),
        _ => false,
    }
}

fn range_error(vm: &mut Vm) -> Unwind {
    value_error(vm, "range", 2, "must not exceed the specified range")
}

fn range(vm: &mut Vm, args: &mut [Value]) -> R {
    let low = get(args, 0);
    let high = get(args, 1);
    let step_v = if has(args, 2) {
        Some(arg_number(vm, args, 2, "range")?)
    } else {
        None
    };
    let step_is_double = matches!(step_v, Some(Value::Double(_)));
    let step = step_v.as_ref().map_or(1.0, |s| s.to_double().abs());
    if let (Value::String(l), Value::String(h)) = (&low, &high) {
        if !l.is_empty() && !h.is_empty() {
            let kind = |s: &[u8]| match parse_numeric(s) {
                Numeric::Full(Num::Long(_)) => 1,
                Numeric::Full(Num::Double(_)) => 2,
                _ => 0,
            };
            let (k1, k2) = (kind(l), kind(h));
            if k1 == 0 && k2 == 0 && !step_is_double {
                return char_range(vm, l[0], h[0], step as i64);
            }
        }
    }
    if is_double_like(&low) || is_double_like(&high) || step_is_double {
        let (lo, hi) = (low.to_double(), high.to_double());
        if lo.is_infinite() || hi.is_infinite() {
            return Err(vm.throw_error(
                "ValueError",
                format!("Invalid range supplied: start={lo:.0} end={hi:.0}"),
            ));
        }
        if lo == hi {
            return Ok(list(vec![Value::Double(lo)]));
        }
        if (lo - hi).abs() < step || step <= 0.0 {
            return Err(range_error(vm));
        }
        let size = super::round::php_round(
            (lo - hi).abs() / step + 1.0,
            0,
            super::round::RoundMode::HalfUp,
        );
        if size >= f64::from(1u32 << 30) {
            return Err(vm.throw_error(
                "ValueError",
                format!(
                    "The supplied range exceeds the maximum array size: start={lo:.0} end={hi:.0}"
                ),
            ));
        }
        let mut out = Vec::with_capacity(size as usize);
        for i in 0..size as u64 {
            let e = if lo > hi {
                lo - i as f64 * step
            } else {
                lo + i as f64 * step
            };
            if (lo > hi && e < hi) || (lo < hi && e > hi) {
                break;
            }
            out.push(Value::Double(e));
        }
        return Ok(list(out));
    }
    let (lo, hi) = (low.to_long(), high.to_long());
    if step <= 0.0 {
        return Err(range_error(vm));
    }
    let lstep = step as u64;
    if lo == hi {
        return Ok(list(vec![Value::Long(lo)]));
    }
    let span = (lo.max(hi) as u64).wrapping_sub(lo.min(hi) as u64);
    if span < lstep || lstep == 0 {
        return Err(range_error(vm));
    }
    let size = span / lstep;
    if size >= (1 << 30) - 1 {
        return Err(vm.throw_error(
            "ValueError",
            format!("The supplied range exceeds the maximum array size: start={lo} end={hi}"),
        ));
    }
    let out = (0..=size)
        .map(|i| {
            let d = i.wrapping_mul(lstep);
            Value::Long(if lo > hi {
                (lo as u64).wrapping_sub(d) as i64
            } else {
                (lo as u64).wrapping_add(d) as i64
            })
        })
        .collect();
    Ok(list(out))
}

fn char_range(vm: &mut Vm, low: u8, high: u8, step: i64) -> R {
    let ch = |c: i64| Value::from(vec![c as u8]);
    let (lo, hi) = (i64::from(low), i64::from(high));
    if lo == hi {
        return Ok(list(vec![ch(lo)]));
    }
    if (lo - hi).abs() < step || step <= 0 {
        return Err(range_error(vm));
    }
    let mut out = Vec::new();
    let mut c = lo;
    if lo > hi {
        while c >= hi {
            out.push(ch(c));
            c -= step;
        }
    } else {
        while c <= hi {
            out.push(ch(c));
            c += step;
        }
    }
    Ok(list(out))
}

// ---- sorting ---------------------------------------------------------------

const SORT_NUMERIC: i64 = 1;
const SORT_STRING: i64 = 2;
const SORT_LOCALE_STRING: i64 = 5;
const SORT_NATURAL: i64 = 6;
const SORT_FLAG_CASE: i64 = 8;

/// A comparison chosen by `SORT_*` flags.
#[derive(Clone, Copy)]
enum Cmp {
    Regular,
    Numeric,
    /// Values compare as their strings (floats written with the ini `precision`).
    Str {
        fold: bool,
    },
    Natural {
        fold: bool,
    },
}

impl Cmp {
    fn from_flags(flags: i64) -> Cmp {
        let fold = flags & SORT_FLAG_CASE != 0;
        match flags & !SORT_FLAG_CASE {
            SORT_NUMERIC => Cmp::Numeric,
            SORT_STRING | SORT_LOCALE_STRING => Cmp::Str { fold },
            SORT_NATURAL => Cmp::Natural { fold },
            _ => Cmp::Regular,
        }
    }

    /// PHP's comparison for this flag, with its side effects: `__toString` calls,
    /// "Array to string conversion" and object-to-number warnings.
    fn values(self, vm: &mut Vm, a: &Value, b: &Value) -> Result<i64, Unwind> {
        let text = |vm: &mut Vm, v: &Value| v.to_php_string(vm);
        Ok(match self {
            Cmp::Regular => {
                let cast = crate::ops::object_cast_operands(vm, a, b)?;
                let (a, b) = cast.as_ref().map_or((a, b), |(x, y)| (x, y));
                i64::from(a.compare(b))
            }
            Cmp::Numeric => {
                let (x, y) = (double_of(vm, a), double_of(vm, b));
                if x < y {
                    -1
                } else {
                    i64::from(x > y)
                }
            }
            Cmp::Str { fold: false } => binary_strcmp(&text(vm, a)?, &text(vm, b)?),
            Cmp::Str { fold: true } => binary_strcasecmp(&text(vm, a)?, &text(vm, b)?),
            Cmp::Natural { fold } => strnatcmp_ex(&text(vm, a)?, &text(vm, b)?, fold),
        })
    }

    fn keys(self, vm: &mut Vm, a: &ArrayKey, b: &ArrayKey) -> Result<i64, Unwind> {
        Ok(match (self, a, b) {
            (Cmp::Regular, ArrayKey::Int(x), ArrayKey::Int(y)) => {
                if x > y {
                    1
                } else {
                    -1
                }
            }
            (Cmp::Numeric, _, _) => {
                let num = |k: &ArrayKey| match k {
                    ArrayKey::Int(i) => *i as f64,
                    ArrayKey::Str(s) => match parse_numeric(s) {
                        Numeric::Full(n) | Numeric::Leading(n) => num_f64(n),
                        Numeric::No => 0.0,
                    },
                };
                let (x, y) = (num(a), num(b));
                if x < y {
                    -1
                } else {
                    i64::from(x > y)
                }
            }
            _ => self.values(vm, &a.to_value(), &b.to_value())?,
        })
    }
}

struct Entry {
    key: ArrayKey,
    val: Value,
    idx: usize,
}

fn entries(a: &PhpArray) -> Vec<Entry> {
    a.iter()
        .enumerate()
        .map(|(idx, (key, val))| Entry {
            key,
            val: val.clone(),
            idx,
        })
        .collect()
}

/// `zend_sort` with PHP 8's stable tie-break on the original position.
fn stable_sort(
    v: &mut [Entry],
    mut cmp: impl FnMut(&Entry, &Entry) -> Result<i64, Unwind>,
) -> Result<(), Unwind> {
    zend_sort(v, &mut |a: &Entry, b: &Entry| {
        let c = cmp(a, b)?;
        Ok(c > 0 || (c == 0 && a.idx > b.idx))
    })
}

fn rebuild(v: Vec<Entry>, renumber: bool) -> PhpArray {
    if renumber {
        return PhpArray::from_list(v.into_iter().map(|e| e.val).collect());
    }
    v.into_iter().map(|e| (e.key, e.val)).collect()
}

/// What a sort compares.
#[derive(Clone, Copy)]
enum By {
    Values,
    Keys,
}

/// The sort key of an item when every item of the array has one of the same kind
/// and `cmp` orders them totally.
enum TotalKeys {
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    Bytes(Vec<PhpStr>),
}

/// Whether a string can never be numeric (so comparisons with it are bytewise):
/// numeric strings start with whitespace, a sign, a dot or a digit.
fn never_numeric(s: &[u8]) -> bool {
    s.first().is_some_and(|c| {
        !matches!(
            c,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'+' | b'-' | b'.' | b'0'..=b'9'
        )
    })
}

/// The items' keys if `cmp` is a total order on them: all ints, all floats but NaN,
/// or all strings compared bytewise. References and mixed kinds take the general
/// path (PHP 8's mixed comparisons are not transitive, so only replaying
/// `zend_sort` gives PHP's order).
fn total_keys(cmp: Cmp, items: &[Value]) -> Option<TotalKeys> {
    let ints = || {
        items
            .iter()
            .map(|v| match *v {
                Value::Long(n) => Some(n),
                _ => None,
            })
            .collect::<Option<Vec<i64>>>()
    };
    let floats = || {
        items
            .iter()
            .map(|v| match *v {
                Value::Long(n) if matches!(cmp, Cmp::Numeric) => Some(n as f64),
                Value::Double(d) if !d.is_nan() => Some(d),
                _ => None,
            })
            .collect::<Option<Vec<f64>>>()
    };
    let bytes = |all_bytewise: bool| {
        items
            .iter()
            .map(|v| match v {
                Value::String(s) if all_bytewise || never_numeric(s) => Some(s.clone()),
                _ => None,
            })
            .collect::<Option<Vec<PhpStr>>>()
    };
    match cmp {
        Cmp::Regular => ints()
            .map(TotalKeys::Ints)
            .or_else(|| floats().map(TotalKeys::Floats))
            .or_else(|| bytes(false).map(TotalKeys::Bytes)),
        Cmp::Numeric => floats().map(TotalKeys::Floats),
        Cmp::Str { fold: false } => bytes(true).map(TotalKeys::Bytes),
        _ => None,
    }
}

/// Sorts by keys in a total order: with the position tie-break every correct sort
/// gives one order, so the standard library's stable sort gives `zend_sort`'s.
fn sort_by_total<K>(
    v: Vec<Entry>,
    keys: Vec<K>,
    reverse: bool,
    cmp: impl Fn(&K, &K) -> std::cmp::Ordering,
) -> Vec<Entry> {
    let mut pairs: Vec<(K, Entry)> = keys.into_iter().zip(v).collect();
    if reverse {
        pairs.sort_by(|a, b| cmp(&b.0, &a.0));
    } else {
        pairs.sort_by(|a, b| cmp(&a.0, &b.0));
    }
    pairs.into_iter().map(|(_, e)| e).collect()
}

/// `flag_sort` without `zend_sort` when the order is total (see [`total_keys`]).
fn sort_total(a: &PhpArray, cmp: Cmp, by: By, reverse: bool, renumber: bool) -> Option<PhpArray> {
    // A reference nobody else holds is a plain value (`$a[$k]++` leaves them).
    let items: Vec<Value> = match by {
        By::Values => a.values().map(crate::array::dup_value).collect(),
        By::Keys => a.keys().map(|k| k.to_value()).collect(),
    };
    let keys = total_keys(cmp, &items)?;
    let keys = match (keys, by, renumber) {
        // Equal ints are indistinguishable: no need for stability or the entries.
        (TotalKeys::Ints(mut ints), By::Values, true) => {
            ints.sort_unstable();
            if reverse {
                ints.reverse();
            }
            return Some(PhpArray::from_list(
                ints.into_iter().map(Value::Long).collect(),
            ));
        }
        (keys, ..) => keys,
    };
    let v = entries(a);
    let sorted = match keys {
        TotalKeys::Ints(k) => sort_by_total(v, k, reverse, i64::cmp),
        TotalKeys::Floats(k) => sort_by_total(v, k, reverse, |x, y| {
            x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
        }),
        TotalKeys::Bytes(k) => sort_by_total(v, k, reverse, |x, y| x[..].cmp(&y[..])),
    };
    Some(rebuild(sorted, renumber))
}

fn flag_sort(vm: &mut Vm, args: &[Value], f: &str, by: By, reverse: bool, renumber: bool) -> R {
    let a = arg_array(vm, args, 0, f)?;
    let cmp = Cmp::from_flags(opt_long(vm, args, 1, f, 0)?);
    if let Some(sorted) = sort_total(&a, cmp, by, reverse, renumber) {
        set_ref(args, 0, Value::from(sorted));
        return Ok(Value::True);
    }
    let mut v = entries(&a);
    let sign = if reverse { -1 } else { 1 };
    stable_sort(&mut v, |x, y| {
        Ok(sign
            * match by {
                By::Values => cmp.values(vm, &x.val.deref(), &y.val.deref())?,
                By::Keys => cmp.keys(vm, &x.key, &y.key)?,
            })
    })?;
    set_ref(args, 0, Value::from(rebuild(v, renumber)));
    Ok(Value::True)
}

fn sort(vm: &mut Vm, args: &mut [Value]) -> R {
    flag_sort(vm, args, "sort", By::Values, false, true)
}

fn rsort(vm: &mut Vm, args: &mut [Value]) -> R {
    flag_sort(vm, args, "rsort", By::Values, true, true)
}

fn asort(vm: &mut Vm, args: &mut [Value]) -> R {
    flag_sort(vm, args, "asort", By::Values, false, false)
}

fn arsort(vm: &mut Vm, args: &mut [Value]) -> R {
    flag_sort(vm, args, "arsort", By::Values, true, false)
}

fn ksort(vm: &mut Vm, args: &mut [Value]) -> R {
    flag_sort(vm, args, "ksort", By::Keys, false, false)
}

fn krsort(vm: &mut Vm, args: &mut [Value]) -> R {
    flag_sort(vm, args, "krsort", By::Keys, true, false)
}

fn natsort_common(vm: &mut Vm, args: &[Value], f: &str, fold: bool) -> R {
    let a = arg_array(vm, args, 0, f)?;
    let mut v = entries(&a);
    let cmp = Cmp::Natural { fold };
    stable_sort(&mut v, |x, y| {
        cmp.values(vm, &x.val.deref(), &y.val.deref())
    })?;
    set_ref(args, 0, Value::from(rebuild(v, false)));
    Ok(Value::True)
}

fn natsort(vm: &mut Vm, args: &mut [Value]) -> R {
    natsort_common(vm, args, "natsort", false)
}

fn natcasesort(vm: &mut Vm, args: &mut [Value]) -> R {
    natsort_common(vm, args, "natcasesort", true)
}

/// A user comparison's result, as PHP reads it: an int (floats truncated), with the
/// bool-returning deprecation and retry.
fn user_compare(
    vm: &mut Vm,
    f: &str,
    cb: &Callback,
    a: &Value,
    b: &Value,
    warned: &mut bool,
) -> Result<i64, Unwind> {
    let r = vm.call_callback(cb, [a.deref(), b.deref()])?;
    if matches!(r, Value::True | Value::False) {
        if !*warned {
            *warned = true;
            vm.deprecated(&format!(
                "{f}(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero"
            ));
        }
        if matches!(r, Value::False) {
            let r2 = vm.call_callback(cb, [b.deref(), a.deref()])?;
            return Ok(-r2.to_long().signum());
        }
    }
    Ok(r.to_long().signum())
}

fn user_sort(vm: &mut Vm, args: &[Value], f: &str, by: By, renumber: bool) -> R {
    let a = arg_array(vm, args, 0, f)?;
    let Some(cb) = arg_callback(vm, args, 1, f, false)? else {
        return Ok(Value::True);
    };
    let mut v = entries(&a);
    let mut warned = false;
    stable_sort(&mut v, |x, y| match by {
        By::Values => user_compare(vm, f, &cb, &x.val, &y.val, &mut warned),
        By::Keys => {
            let (p, q) = (x.key.to_value(), y.key.to_value());
            user_compare(vm, f, &cb, &p, &q, &mut warned)
        }
    })?;
    set_ref(args, 0, Value::from(rebuild(v, renumber)));
    Ok(Value::True)
}

fn usort(vm: &mut Vm, args: &mut [Value]) -> R {
    user_sort(vm, args, "usort", By::Values, true)
}

fn uasort(vm: &mut Vm, args: &mut [Value]) -> R {
    user_sort(vm, args, "uasort", By::Values, false)
}

fn uksort(vm: &mut Vm, args: &mut [Value]) -> R {
    user_sort(vm, args, "uksort", By::Keys, false)
}

const SORT_DESC: i64 = 3;
const SORT_ASC: i64 = 4;

/// One array of `array_multisort` with its order and flags.
struct Column {
    arg: usize,
    entries: Vec<(ArrayKey, Value)>,
    desc: bool,
    cmp: Cmp,
}

fn array_multisort(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "array_multisort";
    let mut columns: Vec<Column> = Vec::new();
    let (mut order_set, mut flags_set) = (false, false);
    for (i, a) in args.iter().enumerate() {
        let bad = |vm: &mut Vm, what: &str| {
            let msg = format!(
                "{} must be an array or a sort flag{what}",
                super::args::arg_prefix(F, i)
            );
            vm.throw_error("TypeError", msg)
        };
        match a.deref() {
            Value::Array(arr) => {
                columns.push(Column {
                    arg: i,
                    entries: arr.iter().map(|(k, v)| (k, v.clone())).collect(),
                    desc: false,
                    cmp: Cmp::Regular,
                });
                order_set = false;
                flags_set = false;
            }
            Value::Long(n) => {
                let is_order = match n & !SORT_FLAG_CASE {
                    SORT_ASC | SORT_DESC => true,
                    0 | SORT_NUMERIC | SORT_STRING | SORT_LOCALE_STRING | SORT_NATURAL => false,
                    _ => return Err(value_error(vm, F, i, "must be a valid sort flag")),
                };
                let already = if is_order { order_set } else { flags_set };
                let Some(col) = columns.last_mut().filter(|_| !already) else {
                    return Err(bad(vm, " that has not already been specified"));
                };
                if is_order {
                    col.desc = n == SORT_DESC;
                    order_set = true;
                } else {
                    col.cmp = Cmp::from_flags(n);
                    flags_set = true;
                }
            }
            _ => return Err(bad(vm, "")),
        }
    }
    let n = columns.first().map_or(0, |c| c.entries.len());
    if columns.iter().any(|c| c.entries.len() != n) {
        return Err(vm.throw_error("ValueError", "Array sizes are inconsistent".into()));
    }
    let mut rows: Vec<usize> = (0..n).collect();
    zend_sort(&mut rows, &mut |&a: &usize, &b: &usize| {
        for c in &columns {
            let r = c
                .cmp
                .values(vm, &c.entries[a].1.deref(), &c.entries[b].1.deref())?;
            let r = if c.desc { -r } else { r };
            if r != 0 {
                return Ok::<_, Unwind>(r > 0);
            }
        }
        Ok(a > b)
    })?;
    for c in &columns {
        let mut out = PhpArray::with_capacity(n);
        for &r in &rows {
            let (k, v) = &c.entries[r];
            append_renumbered(&mut out, k.clone(), v.clone());
        }
        set_ref(args, c.arg, Value::from(out));
    }
    Ok(Value::True)
}

fn array_unique(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_unique")?;
    let flags = opt_long(vm, args, 1, "array_unique", SORT_STRING)?;
    let mut out = PhpArray::with_capacity(a.len());
    if flags == SORT_STRING {
        let mut seen = HashSet::new();
        for (k, v) in a.iter() {
            if seen.insert(v.deref().to_php_string(vm)?.to_vec()) {
                out.insert(k, dup_value(v));
            }
        }
        return Ok(Value::from(out));
    }
    let cmp = Cmp::from_flags(flags);
    let mut v = entries(&a);
    stable_sort(&mut v, |x, y| {
        cmp.values(vm, &x.val.deref(), &y.val.deref())
    })?;
    let mut dropped = HashSet::new();
    let mut kept = 0;
    for i in 1..v.len() {
        if cmp.values(vm, &v[kept].val.deref(), &v[i].val.deref())? == 0 {
            dropped.insert(v[i].idx);
        } else {
            kept = i;
        }
    }
    for (i, (k, val)) in a.iter().enumerate() {
        if !dropped.contains(&i) {
            out.insert(k, dup_value(val));
        }
    }
    Ok(Value::from(out))
}

fn array_count_values(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_count_values")?;
    let mut out = PhpArray::new();
    for v in a.values() {
        let key = match v.deref() {
            Value::Long(n) => ArrayKey::Int(n),
            Value::String(s) => ArrayKey::from_str_value(&s),
            _ => {
                vm.warning(
                    "array_count_values(): Can only count string and integer values, entry skipped",
                );
                continue;
            }
        };
        let n = out.get(&key).map_or(0, Value::to_long);
        out.insert(key, Value::Long(n + 1));
    }
    Ok(Value::from(out))
}

fn array_map(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "array_map";
    let cb = arg_callback(vm, args, 0, F, true)?;
    let arrays = arrays_from(vm, args, 1, F)?;
    if arrays.len() == 1 {
        let a = &arrays[0];
        let Some(cb) = cb else {
            return Ok(Value::Array(a.clone()));
        };
        let mut out = PhpArray::with_capacity(a.len());
        for (k, v) in a.iter() {
            let r = vm.call_callback(&cb, [v.deref()])?;
            out.insert(k, r);
        }
        return Ok(Value::from(out));
    }
    let n = arrays.iter().map(|a| a.len()).max().unwrap_or(0);
    let columns: Vec<Vec<Value>> = arrays
        .iter()
        .map(|a| a.values().map(dup_value).collect())
        .collect();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let row: Vec<Value> = columns
            .iter()
            .map(|c| c.get(i).cloned().unwrap_or_default())
            .collect();
        out.push(match &cb {
            Some(cb) => vm.call_callback(cb, row)?,
            None => list(row),
        });
    }
    Ok(list(out))
}

const ARRAY_FILTER_USE_BOTH: i64 = 1;
const ARRAY_FILTER_USE_KEY: i64 = 2;

fn array_filter(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "array_filter";
    let a = arg_array(vm, args, 0, F)?;
    let cb = arg_callback(vm, args, 1, F, true)?;
    let mode = opt_long(vm, args, 2, F, 0)?;
    let mut out = PhpArray::new();
    for (k, elem) in a.iter() {
        let v = elem.deref();
        let keep = match &cb {
            None => v.to_bool(),
            Some(cb) => match mode {
                ARRAY_FILTER_USE_KEY => vm.call_callback(cb, [k.to_value()])?,
                ARRAY_FILTER_USE_BOTH => vm.call_callback(cb, [v.clone(), k.to_value()])?,
                _ => vm.call_callback(cb, [v.clone()])?,
            }
            .to_bool(),
        };
        if keep {
            out.insert(k, dup_value(elem));
        }
    }
    Ok(Value::from(out))
}

fn array_reduce(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_reduce")?;
    let Some(cb) = arg_callback(vm, args, 1, "array_reduce", false)? else {
        return Ok(Value::Null);
    };
    let mut acc = get(args, 2);
    for v in a.values() {
        acc = vm.call_callback(&cb, [acc, v.deref()])?;
    }
    Ok(acc)
}

/// Calls `cb(&value, key[, extra])` on each element (into nested arrays when
/// `recursive`), writing back what a by-reference callback changed.
fn walk(
    vm: &mut Vm,
    a: &PhpArray,
    cb: &Callback,
    extra: &Option<Value>,
    recursive: bool,
    depth: usize,
) -> Result<PhpArray, Unwind> {
    let mut out = a.clone();
    for (k, v) in a.iter() {
        if recursive && depth < 256 {
            if let Value::Array(inner) = v.deref() {
                let walked = walk(vm, &inner, cb, extra, true, depth + 1)?;
                out.insert(k, Value::from(walked));
                continue;
            }
        }
        // The callback may take the value by reference: give it a cell and read it back.
        let cell = match v {
            Value::Reference(r) => r.clone(),
            other => Rc::new(RefCell::new(other.clone())),
        };
        let call_args = [Value::Reference(cell.clone()), k.to_value()];
        vm.call_callback(cb, call_args.into_iter().chain(extra.clone()))?;
        if !matches!(v, Value::Reference(_)) {
            out.insert(k, cell.borrow().clone());
        }
    }
    Ok(out)
}

/// The property table `array_walk` walks on an object: each property as a reference to
/// itself (bound to its type, so a callback's bad write is a TypeError, as in PHP),
/// except for objects whose table is their storage (ArrayObject).
fn walked_props(o: &Rc<PhpObject>) -> PhpArray {
    if let Some(table) = crate::class::spl::table_override(o) {
        return table;
    }
    let mut out = PhpArray::new();
    for (info, slot) in o
        .class
        .slot_info
        .iter()
        .zip(o.slots.borrow_mut().iter_mut())
    {
        if !matches!(slot, Value::Undef) {
            let r = make_ref(slot);
            crate::typed_ref::bind_prop(&r, o, info);
            out.insert(ArrayKey::from_bytes(&mangle(info)), Value::Reference(r));
        }
    }
    if let Some(d) = o.dynamic.borrow_mut().as_mut() {
        for k in d.keys().collect::<Vec<_>>() {
            let r = make_ref(d.entry(k.clone()));
            out.insert(k, Value::Reference(r));
        }
    }
    out
}

fn walk_common(vm: &mut Vm, args: &[Value], f: &str, recursive: bool) -> R {
    // An object is walked over its property table, changed values written back.
    let object = match get(args, 0) {
        Value::Object(o) => Some(o),
        _ => None,
    };
    let a = match &object {
        Some(o) => walked_props(o),
        None => take_ref_array(vm, args, f)?,
    };
    let Some(cb) = arg_callback(vm, args, 1, f, false)? else {
        return Ok(Value::True);
    };
    let extra = has(args, 2).then(|| get(args, 2));
    if let (None, Some(Value::Reference(cell))) = (&object, args.first()) {
        // Not held here: the walk tells a replaced array by its identity.
        drop(a);
        walk_live(vm, cell, &cb, &extra, recursive, 0)?;
        return Ok(Value::True);
    }
    let out = walk(vm, &a, &cb, &extra, recursive, 0)?;
    match object {
        Some(o) => {
            for (k, v) in out.iter() {
                if a.get(&k).is_some_and(|old| !old.strict_eq(v)) {
                    let ArrayKey::Str(key) = &k else { continue };
                    let name = crate::object::unmangle(key).map_or(&key[..], |(_, n)| n);
                    o.set_prop(&String::from_utf8_lossy(name), v.clone());
                }
            }
        }
        None => set_ref(args, 0, Value::from(out)),
    }
    Ok(Value::True)
}

/// php_array_walk over the array held by `cell`, as it is at each step: the position
/// moves past an element before its callback, elements the callback removes are not
/// visited, and a variable that no longer holds an array stops the walk with a
/// TypeError. An array the callback puts in the variable instead is walked from its
/// internal pointer on (PHP's iterator moves to the new table), and the replaced
/// array's element is not written back.
fn walk_live(
    vm: &mut Vm,
    cell: &Rc<RefCell<Value>>,
    cb: &Callback,
    extra: &Option<Value>,
    recursive: bool,
    depth: usize,
) -> Result<(), Unwind> {
    // Separated first, as PHP's parameter parsing does: from now on only the callback
    // gives the variable another array.
    if let Value::Array(a) = &mut *cell.borrow_mut() {
        Rc::make_mut(a);
    }
    let mut pos = 0;
    loop {
        let (key, value, walked) = {
            let slot = cell.borrow();
            let Value::Array(a) = &*slot else {
                return Err(vm.throw_error(
                    "TypeError",
                    "Iterated value is no longer an array or object".into(),
                ));
            };
            let Some((at, k, v)) = a.entry_at(pos) else {
                return Ok(());
            };
            pos = at + 1;
            (k, v.clone(), Rc::as_ptr(a))
        };
        let inner = match &value {
            Value::Reference(r) => r.clone(),
            other => Rc::new(RefCell::new(other.clone())),
        };
        if recursive && depth < 256 && matches!(&*inner.borrow(), Value::Array(_)) {
            walk_live(vm, &inner, cb, extra, true, depth + 1)?;
        } else {
            let call_args = [Value::Reference(inner.clone()), key.to_value()];
            vm.call_callback(cb, call_args.into_iter().chain(extra.clone()))?;
        }
        if let Value::Array(a) = &*cell.borrow() {
            if Rc::as_ptr(a) != walked {
                pos = a.pointer();
                continue;
            }
        }
        // A plain element changed through its by-reference parameter is written back
        // where it still is.
        if !matches!(value, Value::Reference(_)) && !inner.borrow().strict_eq(&value) {
            if let Value::Array(a) = &mut *cell.borrow_mut() {
                if let Some(slot) = Rc::make_mut(a).get_mut(&key) {
                    *slot = inner.borrow().clone();
                }
            }
        }
    }
}

fn array_walk(vm: &mut Vm, args: &mut [Value]) -> R {
    walk_common(vm, args, "array_walk", false)
}

fn array_walk_recursive(vm: &mut Vm, args: &mut [Value]) -> R {
    walk_common(vm, args, "array_walk_recursive", true)
}

/// What a set operation compares.
#[derive(Clone, Copy)]
enum SetBy {
    Value,
    Key,
    Both,
}

fn set_op(vm: &mut Vm, args: &[Value], f: &str, by: SetBy, keep_common: bool) -> R {
    let arrays = arrays_from(vm, args, 0, f)?;
    let (first, others) = (&arrays[0], &arrays[1..]);
    // String forms of the other arrays' values, computed once.
    let mut other_values: Vec<HashSet<Vec<u8>>> = Vec::new();
    if matches!(by, SetBy::Value) {
        for o in others {
            let mut set = HashSet::new();
            for v in o.values() {
                set.insert(v.deref().to_php_string(vm)?.to_vec());
            }
            other_values.push(set);
        }
    }
    let mut out = PhpArray::new();
    for (k, elem) in first.iter() {
        let v = elem.deref();
        let sv = match by {
            SetBy::Value => v.to_php_string(vm)?.to_vec(),
            _ => Vec::new(),
        };
        // As PHP: the first array that settles the answer ends the search, and the
        // assoc forms convert both values at each comparison (a conversion may warn).
        let mut keep = true;
        for (i, o) in others.iter().enumerate() {
            let present = match by {
                SetBy::Value => other_values[i].contains(&sv),
                SetBy::Key => o.contains_key(&k),
                SetBy::Both => match o.get(&k) {
                    Some(ov) => {
                        let mine = v.to_php_string(vm)?;
                        mine.as_slice() == ov.deref().to_php_string(vm)?.as_slice()
                    }
                    None => false,
                },
            };
            if present != keep_common {
                keep = false;
                break;
            }
        }
        if keep {
            out.insert(k, dup_value(elem));
        }
    }
    Ok(Value::from(out))
}

fn array_diff(vm: &mut Vm, args: &mut [Value]) -> R {
    set_op(vm, args, "array_diff", SetBy::Value, false)
}

fn array_diff_key(vm: &mut Vm, args: &mut [Value]) -> R {
    set_op(vm, args, "array_diff_key", SetBy::Key, false)
}

fn array_diff_assoc(vm: &mut Vm, args: &mut [Value]) -> R {
    set_op(vm, args, "array_diff_assoc", SetBy::Both, false)
}

fn array_intersect(vm: &mut Vm, args: &mut [Value]) -> R {
    let arrays = arrays_from(vm, args, 0, "array_intersect")?;
    sorted_set_op(vm, &arrays, &DataCmp::Str, true)
}

fn array_intersect_key(vm: &mut Vm, args: &mut [Value]) -> R {
    set_op(vm, args, "array_intersect_key", SetBy::Key, true)
}

fn array_intersect_assoc(vm: &mut Vm, args: &mut [Value]) -> R {
    set_op(vm, args, "array_intersect_assoc", SetBy::Both, true)
}

/// How the `array_u*` functions compare: values and keys each by the user callback,
/// by PHP's string/key equality, or not at all.
#[derive(Clone, Copy, PartialEq)]
enum UserBy {
    Callback,
    Builtin,
    Ignored,
}

/// `array_udiff` & co: the callbacks are the last arguments (the value callback
/// before the key callback when both are used).
fn user_set_op(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    values: UserBy,
    keys: UserBy,
    keep_common: bool,
) -> R {
    let n_callbacks =
        usize::from(values == UserBy::Callback) + usize::from(keys == UserBy::Callback);
    let first_cb = args.len().saturating_sub(n_callbacks);
    let mut callbacks = Vec::with_capacity(n_callbacks);
    for i in first_cb..first_cb + n_callbacks {
        let Some(cb) = arg_callback(vm, args, i, f, false)? else {
            return Ok(Value::Null);
        };
        callbacks.push(cb);
    }
    let (value_cb, key_cb) = match (values, &callbacks[..]) {
        (UserBy::Callback, [v, k]) => (v.clone(), k.clone()),
        (_, [only]) => (only.clone(), only.clone()),
        _ => return Ok(Value::Null),
    };
    let arrays = arrays_from(vm, &args[..first_cb], 0, f)?;
    let Some((first, others)) = arrays.split_first() else {
        return Ok(Value::from(PhpArray::new()));
    };
    let mut out = PhpArray::new();
    for (k, elem) in first.iter() {
        let v = elem.deref();
        let mut in_all = true;
        let mut in_any = false;
        for o in others {
            let mut present = false;
            for (ok, ov) in o.iter() {
                let key_eq = match keys {
                    UserBy::Ignored => true,
                    UserBy::Builtin => ok == k,
                    UserBy::Callback => {
                        vm.call_callback(&key_cb, [k.to_value(), ok.to_value()])?
                            .to_long()
                            == 0
                    }
                };
                if !key_eq {
                    continue;
                }
                let value_eq = match values {
                    UserBy::Ignored => true,
                    UserBy::Builtin => {
                        v.to_php_string(vm)?.as_slice() == ov.deref().to_php_string(vm)?.as_slice()
                    }
                    UserBy::Callback => {
                        vm.call_callback(&value_cb, [v.clone(), ov.deref()])?
                            .to_long()
                            == 0
                    }
                };
                if value_eq {
                    present = true;
                    break;
                }
            }
            in_all &= present;
            in_any |= present;
        }
        if (keep_common && in_all) || (!keep_common && !in_any) {
            out.insert(k, dup_value(elem));
        }
    }
    Ok(Value::from(out))
}

/// `array_udiff` / `array_uintersect`: the arrays, then the value callback.
fn user_sorted_set_op(vm: &mut Vm, args: &[Value], f: &str, keep_common: bool) -> R {
    let last = args.len().saturating_sub(1);
    let Some(cb) = arg_callback(vm, args, last, f, false)? else {
        return Ok(Value::Null);
    };
    let arrays = arrays_from(vm, &args[..last], 0, f)?;
    sorted_set_op(vm, &arrays, &DataCmp::User(cb), keep_common)
}

fn array_udiff(vm: &mut Vm, args: &mut [Value]) -> R {
    user_sorted_set_op(vm, args, "array_udiff", false)
}

fn array_uintersect(vm: &mut Vm, args: &mut [Value]) -> R {
    user_sorted_set_op(vm, args, "array_uintersect", true)
}

/// How `sorted_set_op` compares values: as strings (each comparison converts both, so
/// a conversion warns as often as PHP's), or by the user's callback.
enum DataCmp {
    Str,
    User(Callback),
}

impl DataCmp {
    fn cmp(&self, vm: &mut Vm, a: &Value, b: &Value) -> Result<i32, Unwind> {
        match self {
            DataCmp::Str => {
                let x = a.to_php_string(vm)?;
                let y = b.to_php_string(vm)?;
                Ok(x.as_slice().cmp(y.as_slice()) as i32)
            }
            DataCmp::User(cb) => {
                let r = vm.call_callback(cb, [a.clone(), b.clone()])?;
                Ok(r.to_long().signum() as i32)
            }
        }
    }
}

/// Moves `ptr` past the entries of the sorted `list` below `v`: the last comparison
/// made, or `c` when `list` has none left.
fn skip_below(
    vm: &mut Vm,
    how: &DataCmp,
    v: &Value,
    list: &[(ArrayKey, Value)],
    ptr: &mut usize,
    mut c: i32,
) -> Result<i32, Unwind> {
    while *ptr < list.len() {
        c = how.cmp(vm, v, &list[*ptr].1)?;
        if c <= 0 {
            break;
        }
        *ptr += 1;
    }
    Ok(c)
}

/// `php_array_intersect` / `php_array_diff` by value (INTERSECT_NORMAL, DIFF_NORMAL): each
/// array's entries sorted by `how` with zend_sort, then walked side by side; the first
/// array's entries found (or not) in the others are removed from its copy. The same
/// comparisons in the same order as PHP: user callbacks see the same calls, string
/// conversions warn as often.
fn sorted_set_op(vm: &mut Vm, arrays: &[Rc<PhpArray>], how: &DataCmp, keep_common: bool) -> R {
    let mut lists: Vec<Vec<(ArrayKey, Value)>> = Vec::with_capacity(arrays.len());
    for a in arrays {
        let mut list: Vec<(ArrayKey, Value)> = a.iter().map(|(k, v)| (k, v.deref())).collect();
        if list.len() > 1 {
            zend_sort(&mut list, &mut |x, y| Ok(how.cmp(vm, &x.1, &y.1)? > 0))?;
        }
        lists.push(list);
    }
    let Some((first, others)) = lists.split_first() else {
        return Ok(Value::from(PhpArray::new()));
    };
    let mut removed: HashSet<ArrayKey> = HashSet::new();
    let mut ptrs = vec![0usize; others.len()];
    let mut p0 = 0;
    // Stale across entries as in php_array_intersect (a lone array keeps everything).
    let mut c = 0;
    'walk: while p0 < first.len() {
        let mut stop = others.len();
        if keep_common {
            for (i, list) in others.iter().enumerate() {
                c = skip_below(vm, how, &first[p0].1, list, &mut ptrs[i], c)?;
                if ptrs[i] == list.len() {
                    // Missing from this array: so is everything after.
                    removed.extend(first[p0..].iter().map(|(k, _)| k.clone()));
                    break 'walk;
                }
                if c != 0 {
                    stop = i;
                    break;
                }
                ptrs[i] += 1;
            }
            if c != 0 {
                // Not in every array: remove the entries below the other array's value.
                loop {
                    removed.insert(first[p0].0.clone());
                    p0 += 1;
                    if p0 == first.len() {
                        break 'walk;
                    }
                    let other = &others[stop][ptrs[stop]].1;
                    if how.cmp(vm, &first[p0].1, other)? >= 0 {
                        break;
                    }
                }
                continue;
            }
        } else {
            c = 1;
            for (i, list) in others.iter().enumerate() {
                c = skip_below(vm, how, &first[p0].1, list, &mut ptrs[i], c)?;
                if c == 0 {
                    if ptrs[i] < list.len() {
                        ptrs[i] += 1;
                    }
                    break;
                }
            }
            if c == 0 {
                // Found in another array: remove it and its equals.
                loop {
                    removed.insert(first[p0].0.clone());
                    p0 += 1;
                    if p0 == first.len() {
                        break 'walk;
                    }
                    if how.cmp(vm, &first[p0 - 1].1, &first[p0].1)? != 0 {
                        break;
                    }
                }
                continue;
            }
        }
        // Kept: skip its equals.
        loop {
            p0 += 1;
            if p0 == first.len() {
                break 'walk;
            }
            if how.cmp(vm, &first[p0 - 1].1, &first[p0].1)? != 0 {
                break;
            }
        }
    }
    let mut out = PhpArray::new();
    for (k, v) in arrays[0].iter() {
        if !removed.contains(&k) {
            out.insert(k, dup_value(v));
        }
    }
    Ok(Value::from(out))
}

fn array_diff_ukey(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_diff_ukey",
        UserBy::Ignored,
        UserBy::Callback,
        false,
    )
}

fn array_intersect_ukey(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_intersect_ukey",
        UserBy::Ignored,
        UserBy::Callback,
        true,
    )
}

fn array_udiff_assoc(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_udiff_assoc",
        UserBy::Callback,
        UserBy::Builtin,
        false,
    )
}

fn array_uintersect_assoc(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_uintersect_assoc",
        UserBy::Callback,
        UserBy::Builtin,
        true,
    )
}

fn array_diff_uassoc(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_diff_uassoc",
        UserBy::Builtin,
        UserBy::Callback,
        false,
    )
}

fn array_intersect_uassoc(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_intersect_uassoc",
        UserBy::Builtin,
        UserBy::Callback,
        true,
    )
}

fn array_udiff_uassoc(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_udiff_uassoc",
        UserBy::Callback,
        UserBy::Callback,
        false,
    )
}

fn array_uintersect_uassoc(vm: &mut Vm, args: &mut [Value]) -> R {
    user_set_op(
        vm,
        args,
        "array_uintersect_uassoc",
        UserBy::Callback,
        UserBy::Callback,
        true,
    )
}

/// A row's field for `array_column` (arrays by key, objects by property).
/// A `string|int|null` key argument of `array_column` (Z_PARAM_STR_OR_LONG_OR_NULL):
/// an int or a string, `__toString` objects as strings, in weak mode bools and floats
/// as ints.
/// An array_column key argument: as given (an object row's property name) and as the
/// array key an array row is read with, normalised once for all the rows.
struct ColumnKey {
    name: Value,
    key: ArrayKey,
}

fn column_key(vm: &mut Vm, args: &[Value], i: usize) -> Result<Option<ColumnKey>, Unwind> {
    const F: &str = "array_column";
    const TY: &str = "string|int|null";
    let v = get(args, i).deref();
    let name = match v {
        Value::Null | Value::Undef => return Ok(None),
        Value::Long(_) | Value::String(_) => v,
        Value::Object(ref o) if o.class.magic.to_string.is_some() && !vm.strict_args() => {
            Value::String(v.to_php_string(vm)?)
        }
        Value::Array(_) | Value::Object(_) | Value::Resource(_) => {
            return Err(super::args::type_error(vm, F, i, TY, &v))
        }
        _ => Value::Long(super::args::long_param(vm, args, i, F, TY)?),
    };
    let key = match &name {
        Value::String(s) => ArrayKey::from_str_value(s),
        n => ArrayKey::Int(n.to_long()),
    };
    Ok(Some(ColumnKey { name, key }))
}

/// A row's column as array_column_fetch_prop reads it: an array's element, or an
/// object's property visible from the caller (`__isset` then `__get` for one that is
/// not there).
fn field(vm: &mut Vm, row: &Value, column: &ColumnKey) -> Result<Option<Value>, Unwind> {
    Ok(match row {
        Value::Array(a) => a.get(&column.key).map(Value::deref),
        Value::Object(o) => {
            let name = String::from_utf8_lossy(&column.name.to_string_lossy(0)).into_owned();
            let scope = vm.frames.last().and_then(|f| f.class.clone());
            // Zend asks "exists" (a null property counts) before "isset" (__isset).
            let present = vm.isset_prop(o, &name, scope.as_ref(), false)?
                || vm
                    .visible_props(o)
                    .contains_key(&ArrayKey::from_bytes(name.as_bytes()));
            if present {
                Some(vm.read_prop(o, &name, scope.as_ref(), false)?)
            } else {
                None
            }
        }
        _ => None,
    })
}

fn array_column(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_column")?;
    let column = column_key(vm, args, 1)?;
    let index = column_key(vm, args, 2)?;
    // Without an index the result is a list, one element a row at most.
    let mut out = PhpArray::with_capacity(if index.is_none() { a.len() } else { 0 });
    for row in a.values() {
        let held;
        let row = match row {
            Value::Reference(r) => {
                held = r.borrow().clone();
                &held
            }
            row => row,
        };
        let value = match &column {
            None => Some(row.clone()),
            Some(column) => field(vm, row, column)?,
        };
        let Some(value) = value else {
            continue;
        };
        let key = match &index {
            None => None,
            Some(index) => field(vm, row, index)?,
        };
        match key {
            Some(k) => {
                let key = k.to_array_key(vm)?;
                out.insert(key, value);
            }
            None => append(&mut out, value),
        }
    }
    Ok(Value::from(out))
}

fn array_chunk(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_chunk")?;
    let size = arg_long(vm, args, 1, "array_chunk")?;
    let preserve = opt_bool(vm, args, 2, "array_chunk", false)?;
    if size < 1 {
        return Err(value_error(vm, "array_chunk", 1, "must be greater than 0"));
    }
    let entries: Vec<(ArrayKey, Value)> = a.iter().map(|(k, v)| (k, dup_value(v))).collect();
    let chunks = entries
        .chunks(size as usize)
        .map(|c| {
            if preserve {
                Value::from(c.iter().cloned().collect::<PhpArray>())
            } else {
                list(c.iter().map(|(_, v)| v.clone()).collect())
            }
        })
        .collect();
    Ok(list(chunks))
}

fn array_is_list(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_is_list")?;
    Ok(Value::from(a.is_list()))
}

// ---- the internal pointer ---------------------------------------------------

fn current(vm: &mut Vm, args: &mut [Value]) -> R {
    if let Some(o) = object_arg(vm, args, "current") {
        return Ok(object_pointer(&o, Move::Stay).map_or(Value::False, |(_, v)| v));
    }
    let a = arg_array(vm, args, 0, "current")?;
    Ok(a.current().map_or(Value::False, |(_, v)| v.deref()))
}

fn key(vm: &mut Vm, args: &mut [Value]) -> R {
    if let Some(o) = object_arg(vm, args, "key") {
        return Ok(object_pointer(&o, Move::Stay).map_or(Value::Null, |(k, _)| k.to_value()));
    }
    let a = arg_array(vm, args, 0, "key")?;
    Ok(a.current().map_or(Value::Null, |(k, _)| k.to_value()))
}

/// Moves the pointer of the array behind the reference, then answers `current()`.
/// On an object (deprecated), its pointer over its property table moves by `on_object`.
fn move_pointer(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    step: fn(&mut PhpArray),
    on_object: Move,
) -> R {
    if let Some(o) = object_arg(vm, args, f) {
        return Ok(object_pointer(&o, on_object).map_or(Value::False, |(_, v)| v));
    }
    arg_array(vm, args, 0, f)?;
    let Some(Value::Reference(r)) = args.first() else {
        return Ok(Value::False);
    };
    let mut slot = r.borrow_mut();
    let Value::Array(a) = &mut *slot else {
        return Ok(Value::False);
    };
    let a = Rc::make_mut(a);
    step(a);
    Ok(a.current().map_or(Value::False, |(_, v)| v.deref()))
}

fn next(vm: &mut Vm, args: &mut [Value]) -> R {
    move_pointer(vm, args, "next", PhpArray::next, Move::Next)
}

fn prev(vm: &mut Vm, args: &mut [Value]) -> R {
    move_pointer(vm, args, "prev", PhpArray::prev, Move::Prev)
}

fn reset(vm: &mut Vm, args: &mut [Value]) -> R {
    move_pointer(vm, args, "reset", PhpArray::reset, Move::Reset)
}

fn end(vm: &mut Vm, args: &mut [Value]) -> R {
    move_pointer(vm, args, "end", PhpArray::end, Move::End)
}

/// The object the internal-pointer functions got, with PHP 8.1's deprecation.
fn object_arg(vm: &mut Vm, args: &[Value], f: &str) -> Option<Rc<PhpObject>> {
    let Value::Object(o) = get(args, 0) else {
        return None;
    };
    vm.deprecated(&format!("{f}(): Calling {f}() on an object is deprecated"));
    Some(o)
}

thread_local! {
    /// Internal pointers of objects (by creation serial): a position in the property
    /// table, declared properties first (uninitialized ones included), then dynamic ones.
    static OBJECT_POINTERS: RefCell<std::collections::HashMap<u64, usize>> =
        RefCell::new(std::collections::HashMap::new());
}

/// How an internal-pointer function moves an object's pointer.
#[derive(Clone, Copy, PartialEq)]
enum Move {
    Stay,
    Next,
    Prev,
    Reset,
    End,
}

/// Moves an object's internal pointer, then past uninitialized properties (forwards,
/// or backwards after `prev`/`end`), as php_array_iter_seek_current; the entry it
/// rests on.
fn object_pointer(o: &PhpObject, mv: Move) -> Option<(ArrayKey, Value)> {
    let mut table: Vec<(ArrayKey, Value)> = o
        .class
        .slot_info
        .iter()
        .zip(o.slots.borrow().iter())
        .map(|(info, v)| (ArrayKey::from_bytes(&mangle(info)), v.deref()))
        .collect();
    if let Some(d) = o.dynamic.borrow().as_ref() {
        table.extend(d.iter().map(|(k, v)| (k, v.deref())));
    }
    let n = table.len();
    OBJECT_POINTERS.with(|m| {
        let mut m = m.borrow_mut();
        let p = m.entry(o.serial).or_insert(0);
        *p = match mv {
            Move::Stay => *p,
            Move::Next => (*p + 1).min(n),
            Move::Prev if *p < n && *p > 0 => *p - 1,
            Move::Prev => n,
            Move::Reset => 0,
            Move::End => n.saturating_sub(1),
        };
        let backwards = matches!(mv, Move::Prev | Move::End);
        while *p < n && matches!(table[*p].1, Value::Undef) {
            *p = match backwards {
                false => *p + 1,
                true if *p > 0 => *p - 1,
                true => n,
            };
        }
        table.get(*p).cloned()
    })
}
// ---- randomness -------------------------------------------------------------

fn shuffle(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "shuffle")?;
    let mut values: Vec<Value> = a.values().cloned().collect();
    with_mt(|mt| {
        for n in (1..values.len()).rev() {
            let j = mt.range(0, n as i64) as usize;
            values.swap(n, j);
        }
    });
    set_ref(args, 0, list(values));
    Ok(Value::True)
}

fn array_rand(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_array(vm, args, 0, "array_rand")?;
    let num = opt_long(vm, args, 1, "array_rand", 1)?;
    let n = a.len() as i64;
    if n == 0 {
        return Err(value_error(vm, "array_rand", 0, "cannot be empty"));
    }
    let keys: Vec<ArrayKey> = a.keys().collect();
    if num == 1 {
        let i = with_mt(|mt| mt.range(0, n - 1)) as usize;
        return Ok(keys[i].to_value());
    }
    if num <= 0 || num > n {
        return Err(value_error(
            vm,
            "array_rand",
            1,
            "must be between 1 and the number of elements in argument #1 ($array)",
        ));
    }
    // Pick the smaller side, as PHP does, then list the chosen keys in order.
    let negative = num > n / 2;
    let mut want = if negative { n - num } else { num };
    let mut chosen = vec![false; n as usize];
    with_mt(|mt| {
        while want > 0 {
            let r = mt.range(0, n - 1) as usize;
            if !chosen[r] {
                chosen[r] = true;
                want -= 1;
            }
        }
    });
    let out = keys
        .iter()
        .zip(&chosen)
        .filter(|(_, &c)| c != negative)
        .map(|(k, _)| k.to_value())
        .collect();
    Ok(list(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `flag_sort`'s general path: `zend_sort` with the position tie-break.
    fn zend_order(a: &PhpArray, cmp: Cmp, by: By, reverse: bool, renumber: bool) -> PhpArray {
        let vm = &mut super::super::testkit::Kit::quiet().vm;
        let mut v = entries(a);
        let sign = if reverse { -1 } else { 1 };
        stable_sort(&mut v, |x, y| {
            Ok(sign
                * match by {
                    By::Values => cmp.values(vm, &x.val, &y.val)?,
                    By::Keys => cmp.keys(vm, &x.key, &y.key)?,
                })
        })
        .unwrap();
        rebuild(v, renumber)
    }

    fn dump(a: &PhpArray) -> Vec<(ArrayKey, String)> {
        a.iter().map(|(k, v)| (k, format!("{v:?}"))).collect()
    }

    fn arrays() -> Vec<PhpArray> {
        let ints: Vec<Value> = (0..300i64)
            .map(|i| Value::Long((i * 7919) % 61 - 30))
            .collect();
        let floats: Vec<Value> = (0..300)
            .map(|i| Value::Double(((i * 31) % 17) as f64 / 4.0))
            .collect();
        let words: Vec<Value> = (0..300)
            .map(|i| Value::from(format!("w{}", (i * 13) % 40)))
            .collect();
        let mut keyed = PhpArray::new();
        for i in 0..300i64 {
            keyed.insert(ArrayKey::Int((i * 37) % 1000 - 500), Value::Long(i % 7));
            keyed.insert(
                ArrayKey::from_bytes(format!("k{}", (i * 11) % 97).as_bytes()),
                Value::Long(i),
            );
        }
        let mut str_keyed = PhpArray::new();
        for i in 0..300i64 {
            str_keyed.insert(
                ArrayKey::from_bytes(format!("x{}", (i * 11) % 97).as_bytes()),
                Value::Long(i % 5),
            );
        }
        vec![
            PhpArray::from_list(ints),
            PhpArray::from_list(floats),
            PhpArray::from_list(words),
            keyed,
            str_keyed,
        ]
    }

    #[test]
    fn total_order_sorts_match_zend_sort() {
        let cmps = [Cmp::Regular, Cmp::Numeric, Cmp::Str { fold: false }];
        let mut fast = 0;
        for a in arrays() {
            for cmp in cmps {
                for by in [By::Values, By::Keys] {
                    for (reverse, renumber) in
                        [(false, true), (true, true), (false, false), (true, false)]
                    {
                        if let Some(got) = sort_total(&a, cmp, by, reverse, renumber) {
                            fast += 1;
                            assert_eq!(
                                dump(&got),
                                dump(&zend_order(&a, cmp, by, reverse, renumber))
                            );
                        }
                    }
                }
            }
        }
        assert!(fast >= 20, "only {fast} sorts took the fast path");
    }

    #[test]
    fn mixed_or_numeric_strings_take_the_general_path() {
        let a = PhpArray::from_list(vec![Value::from("10"), Value::from("9"), Value::from("a")]);
        assert!(sort_total(&a, Cmp::Regular, By::Values, false, true).is_none());
        let b = PhpArray::from_list(vec![Value::Long(1), Value::Double(0.5)]);
        assert!(sort_total(&b, Cmp::Regular, By::Values, false, true).is_none());
        // `$a[$k]++` leaves references nobody else holds: plain values for sorting.
        let lone = Value::Reference(Rc::new(RefCell::new(Value::Long(2))));
        let r = PhpArray::from_list(vec![lone, Value::Long(1)]);
        assert!(sort_total(&r, Cmp::Regular, By::Values, false, false).is_some());
        let c = PhpArray::from_list(vec![Value::Double(f64::NAN), Value::Double(0.5)]);
        assert!(sort_total(&c, Cmp::Regular, By::Values, false, true).is_none());
    }
}
