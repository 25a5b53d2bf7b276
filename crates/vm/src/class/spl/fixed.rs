//! `SplFixedArray` (ext/spl/spl_fixedarray.c): a fixed-size list indexed from 0,
//! whose elements are also its properties as the dumping functions show them.

use super::{int_arg, this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{MethodCtx, NativeClass, NativeMethod};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

#[derive(Debug, Clone, Default)]
pub struct Fixed {
    pub items: Vec<Value>,
}

impl Family for Fixed {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::Fixed(f) => Some(f),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::Fixed(self)
    }
}

pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "SplFixedArray",
    interfaces: &[
        "IteratorAggregate",
        "ArrayAccess",
        "Countable",
        "JsonSerializable",
    ],
    methods: &[
        NativeMethod::new("__construct", construct, &["size"], 0),
        NativeMethod::new("__wakeup", wakeup, &[], 0),
        NativeMethod::new("__serialize", magic_serialize, &[], 0),
        NativeMethod::new("__unserialize", magic_unserialize, &["data"], 1),
        NativeMethod::new("count", count, &[], 0),
        NativeMethod::new("toArray", to_array, &[], 0),
        NativeMethod::new("fromArray", from_array, &["array", "preserveKeys"], 1)
            .with_flags(miniphp_compiler::flags::STATIC),
        NativeMethod::new("getSize", count, &[], 0),
        NativeMethod::new("setSize", set_size, &["size"], 1),
        NativeMethod::new("offsetExists", offset_exists, &["index"], 1),
        NativeMethod::new("offsetGet", offset_get, &["index"], 1),
        NativeMethod::new("offsetSet", offset_set, &["index", "value"], 2),
        NativeMethod::new("offsetUnset", offset_unset, &["index"], 1),
        NativeMethod::new("getIterator", get_iterator, &[], 0),
        NativeMethod::new("jsonSerialize", to_array, &[], 0),
    ],
    ..NativeClass::EMPTY
}];

fn fixed<T>(c: &MethodCtx, f: impl FnOnce(&mut Fixed) -> T) -> T {
    with(&this(c), f)
}

fn size_arg(vm: &mut Vm, a: &[Value], method: &str) -> Result<usize, Unwind> {
    let func = format!("SplFixedArray::{method}");
    let n = match a.first() {
        Some(v) if !matches!(v, Value::Undef) => int_arg(vm, v, &func, 1, "size")?,
        _ => 0,
    };
    usize::try_from(n).map_err(|_| {
        vm.throw_error(
            "ValueError",
            format!("{func}(): Argument #1 ($size) must be greater than or equal to 0"),
        )
    })
}

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let n = size_arg(vm, a, "__construct")?;
    crate::builtins::args::alloc_guard(vm, n as u128 * 16)?;
    fixed(c, |f| f.items = vec![Value::Null; n]);
    Ok(Value::Null)
}

/// An object unserialized with the elements as properties gets them back.
fn wakeup(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let props = o.dynamic.borrow_mut().take();
    if let Some(props) = props {
        fixed(c, |f| {
            if f.items.is_empty() {
                f.items = props.values().map(Value::deref).collect();
            }
        });
    }
    Ok(Value::Null)
}

fn count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(fixed(c, |f| f.items.len()) as i64))
}

fn to_array(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let items = fixed(c, |f| f.items.clone());
    Ok(Value::from(PhpArray::from_list(items)))
}

fn from_array(vm: &mut Vm, _: &MethodCtx, a: &mut [Value]) -> R {
    let arr = match a[0].deref() {
        Value::Array(arr) => arr,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                "SplFixedArray::fromArray(): Argument #1 ($array) must be of type array, {} given",
                other.debug_type_name()
            ),
            ))
        }
    };
    let preserve = a
        .get(1)
        .is_none_or(|v| matches!(v, Value::Undef) || v.deref().to_bool());
    let items = if preserve {
        let mut max = -1i64;
        for k in arr.keys() {
            match k {
                ArrayKey::Int(i) if i >= 0 => max = max.max(i),
                _ => {
                    return Err(vm.throw_error(
                        "InvalidArgumentException",
                        "array must contain only positive integer keys".into(),
                    ))
                }
            }
        }
        let Some(len) = max.checked_add(1) else {
            return Err(vm.throw_error(
                "InvalidArgumentException",
                "integer overflow detected".into(),
            ));
        };
        crate::builtins::args::alloc_guard(vm, len as u128 * 16)?;
        let mut items = vec![Value::Null; len as usize];
        for (k, v) in arr.iter() {
            if let ArrayKey::Int(i) = k {
                items[i as usize] = v.deref();
            }
        }
        items
    } else {
        arr.values().map(Value::deref).collect()
    };
    let class = vm
        .find_class(b"SplFixedArray")
        .expect("SplFixedArray is built in");
    let o = crate::object::PhpObject::new(&class);
    with(&o, |f: &mut Fixed| f.items = items);
    Ok(Value::Object(o))
}

fn set_size(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let n = size_arg(vm, a, "setSize")?;
    crate::builtins::args::alloc_guard(vm, n as u128 * 16)?;
    let dropped = fixed(c, |f| {
        let rest = if n < f.items.len() {
            f.items.split_off(n)
        } else {
            Vec::new()
        };
        f.items.resize(n, Value::Null);
        rest
    });
    drop(dropped);
    Ok(Value::True)
}

/// The index an offset designates (PHP's `spl_offset_convert_to_long`); None for an
/// illegal offset type.
fn offset(vm: &mut Vm, v: &Value) -> Option<i64> {
    match v.deref() {
        Value::Long(i) => Some(i),
        Value::Double(d) => {
            if d.fract() != 0.0 && d.is_finite() {
                vm.deprecated(&format!(
                    "Implicit conversion from float {} to int loses precision",
                    crate::float_fmt::fmt_repr(d, -1)
                ));
            }
            Some(d as i64)
        }
        Value::True => Some(1),
        Value::False => Some(0),
        Value::String(s) => match ArrayKey::from_bytes(&s) {
            ArrayKey::Int(i) => Some(i),
            ArrayKey::Str(_) => None,
        },
        Value::Resource(r) => {
            vm.warning(&format!(
                "Resource ID#{} used as offset, casting to integer ({})",
                r.id, r.id
            ));
            Some(r.id)
        }
        _ => None,
    }
}

/// The valid index an offset designates, or PHP's exception.
fn index(vm: &mut Vm, c: &MethodCtx, v: &Value) -> Result<usize, Unwind> {
    let Some(i) = offset(vm, v) else {
        return Err(vm.throw_error("TypeError", "Illegal offset type".into()));
    };
    let len = fixed(c, |f| f.items.len());
    match usize::try_from(i) {
        Ok(i) if i < len => Ok(i),
        _ => Err(vm.throw_error("RuntimeException", "Index invalid or out of range".into())),
    }
}

fn offset_exists(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let Some(i) = offset(vm, &a[0]) else {
        return Err(vm.throw_error("TypeError", "Illegal offset type".into()));
    };
    let set = fixed(c, |f| {
        usize::try_from(i)
            .ok()
            .and_then(|i| f.items.get(i))
            .is_some_and(|v| !v.is_null())
    });
    Ok(Value::from(set))
}

fn offset_get(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let i = index(vm, c, &a[0])?;
    Ok(fixed(c, |f| f.items[i].clone()))
}

fn offset_set(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    if a[0].deref().is_null() {
        return Err(vm.throw_error(
            "Error",
            "[] operator not supported for SplFixedArray".into(),
        ));
    }
    let i = index(vm, c, &a[0])?;
    let v = a[1].deref();
    let old = fixed(c, |f| std::mem::replace(&mut f.items[i], v));
    drop(old);
    Ok(Value::Null)
}

fn offset_unset(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let i = index(vm, c, &a[0])?;
    let old = fixed(c, |f| std::mem::take(&mut f.items[i]));
    drop(old);
    Ok(Value::Null)
}

fn get_iterator(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let it = super::iterators::internal_iterator(
        vm,
        super::iterators::Source::Fixed,
        Value::Object(this(c)),
        Vec::new(),
    )?;
    Ok(Value::Object(it))
}

/// The elements, then the other properties.
fn magic_serialize(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let mut out = PhpArray::from_list(with(&o, |f: &mut Fixed| f.items.clone()));
    let props = o.prop_table();
    for (k, v) in props.iter() {
        if let ArrayKey::Str(_) = k {
            out.insert(k, v.clone());
        }
    }
    Ok(Value::from(out))
}

/// Integer keys are the elements, string keys properties; a no-op on an array that
/// already has elements.
fn magic_unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    let Value::Array(data) = a[0].deref() else {
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "SplFixedArray::__unserialize(): Argument #1 ($data) must be of type array, {} given",
                a[0].deref().debug_type_name()
            ),
        ));
    };
    if !with(&o, |f: &mut Fixed| f.items.is_empty()) {
        return Ok(Value::Null);
    }
    let mut items = Vec::new();
    let mut props = PhpArray::new();
    for (k, v) in data.iter() {
        match k {
            ArrayKey::Int(_) => items.push(v.deref()),
            ArrayKey::Str(_) => props.insert(k, v.deref()),
        }
    }
    with(&o, |f: &mut Fixed| f.items = items);
    super::restore_props(vm, &o, &props)?;
    Ok(Value::Null)
}

#[cfg(test)]
mod tests {
    use crate::closure::tests::run;

    // Expected output is real php 8.2's.
    #[test]
    fn from_array_refuses_a_key_at_the_int_limit() {
        let out = run(
            r#"try { SplFixedArray::fromArray([PHP_INT_MAX => 1]); } catch (InvalidArgumentException $e) { echo $e->getMessage(); }
$f = SplFixedArray::fromArray([2 => "c", 0 => "a"]); echo count($f), $f[0], var_export($f[1], true), $f[2];"#,
        );
        assert_eq!(out, "integer overflow detected3aNULLc");
    }
}
