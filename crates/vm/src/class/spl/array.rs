//! SPL's array wrappers: `ArrayIterator` and `ArrayObject`. The array and an
//! ArrayIterator's position are the native state; `var_dump` shows the array as a
//! private `storage` property after the object's own ones, as PHP does.

use std::rc::Rc;

use super::{this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeMethod};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

#[derive(Debug, Clone, Default)]
pub struct Arr {
    pub storage: Rc<PhpArray>,
    pos: usize,
}

impl Family for Arr {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::Array(a) => Some(a),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::Array(self)
    }
}

/// The class `var_dump` names as the owner of `storage`.
pub fn storage_owner(o: &PhpObject) -> &'static str {
    if o.class.instance_of_name(b"arrayiterator") {
        "ArrayIterator"
    } else {
        "ArrayObject"
    }
}

/// Methods both classes have (array access, counting, copying).
macro_rules! array_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            NativeMethod::new("__construct", construct, &["array", "flags"], 0),
            NativeMethod::new("offsetExists", offset_exists, &["key"], 1),
            NativeMethod::new("offsetGet", offset_get, &["key"], 1),
            NativeMethod::new("offsetSet", offset_set, &["key", "value"], 2),
            NativeMethod::new("offsetUnset", offset_unset, &["key"], 1),
            NativeMethod::new("append", append, &["value"], 1),
            NativeMethod::new("getArrayCopy", get_array_copy, &[], 0),
            NativeMethod::new("count", count, &[], 0),
            NativeMethod::new("__serialize", magic_serialize, &[], 0),
            NativeMethod::new("__unserialize", magic_unserialize, &["data"], 1),
            $($extra),*
        ]
    };
}

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "ArrayIterator",
        interfaces: &["Iterator", "ArrayAccess", "Countable"],
        methods: array_methods![
            NativeMethod::new("current", current, &[], 0),
            NativeMethod::new("key", key, &[], 0),
            NativeMethod::new("next", next, &[], 0),
            NativeMethod::new("rewind", rewind, &[], 0),
            NativeMethod::new("valid", valid, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ArrayObject",
        interfaces: &["IteratorAggregate", "ArrayAccess", "Countable"],
        methods: array_methods![NativeMethod::new("getIterator", get_iterator, &[], 0)],
        ..NativeClass::EMPTY
    },
];

fn storage(o: &PhpObject) -> Rc<PhpArray> {
    with(o, |a: &mut Arr| a.storage.clone())
}

/// Change the stored array in place.
fn with_storage<T>(o: &PhpObject, f: impl FnOnce(&mut PhpArray) -> T) -> T {
    with(o, |a: &mut Arr| f(Rc::make_mut(&mut a.storage)))
}

fn set_storage(o: &PhpObject, arr: Rc<PhpArray>) {
    let old = with(o, |a: &mut Arr| {
        a.pos = 0;
        std::mem::replace(&mut a.storage, arr)
    });
    drop(old);
}

fn position(o: &PhpObject) -> usize {
    with(o, |a: &mut Arr| a.pos)
}

fn set_position(o: &PhpObject, p: usize) {
    with(o, |a: &mut Arr| a.pos = p);
}

fn key_of(vm: &mut Vm, k: &Value) -> Result<ArrayKey, Unwind> {
    k.deref().to_array_key(vm)
}

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = &this(c);
    let arr = match a.first().map(Value::deref) {
        None | Some(Value::Null) => PhpArray::new(),
        Some(Value::Array(arr)) => (*arr).clone(),
        // Another ArrayObject/ArrayIterator lends its array, other objects their
        // properties.
        Some(Value::Object(src)) => match super::peek(&src, |a: &mut Arr| a.storage.clone()) {
            Some(arr) => (*arr).clone(),
            None => vm.visible_props(&src),
        },
        Some(other) => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "{}::__construct(): Argument #1 ($array) must be of type array, {} given",
                    c.class.name,
                    other.type_name()
                ),
            ))
        }
    };
    set_storage(o, Rc::new(arr));
    Ok(Value::Null)
}

fn offset_exists(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_of(vm, &a[0])?;
    Ok(Value::from(storage(&this(c)).contains_key(&k)))
}

fn offset_get(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_of(vm, &a[0])?;
    match storage(&this(c)).get(&k) {
        Some(v) => Ok(v.deref()),
        None => {
            let shown = match &k {
                ArrayKey::Int(i) => i.to_string(),
                ArrayKey::Str(s) => format!("\"{}\"", String::from_utf8_lossy(s)),
            };
            vm.warning(&format!("Undefined array key {shown}"));
            Ok(Value::Null)
        }
    }
}

fn offset_set(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let v = a[1].deref();
    if a[0].is_null() {
        with_storage(&this(c), |s| {
            let _ = s.push(v);
        });
    } else {
        let k = key_of(vm, &a[0])?;
        with_storage(&this(c), |s| s.insert(k, v));
    }
    Ok(Value::Null)
}

fn offset_unset(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_of(vm, &a[0])?;
    with_storage(&this(c), |s| s.remove(&k));
    Ok(Value::Null)
}

fn append(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let v = a[0].deref();
    with_storage(&this(c), |s| {
        let _ = s.push(v);
    });
    Ok(Value::Null)
}

fn get_array_copy(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Array(storage(&this(c))))
}

fn count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(storage(&this(c)).len() as i64))
}

/// The entry at the iterator's position (skipping holes), with its index.
fn entry(o: &PhpObject) -> Option<(usize, ArrayKey, Value)> {
    let s = storage(o);
    s.entry_at(position(o)).map(|(p, k, v)| (p, k, v.deref()))
}

fn current(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(entry(&this(c)).map(|(_, _, v)| v).unwrap_or_default())
}

fn key(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(entry(&this(c))
        .map(|(_, k, _)| k.to_value())
        .unwrap_or_default())
}

fn next(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = &this(c);
    if let Some((p, _, _)) = entry(o) {
        set_position(o, p + 1);
    }
    Ok(Value::Null)
}

fn rewind(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    set_position(&this(c), 0);
    Ok(Value::Null)
}

fn valid(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(entry(&this(c)).is_some()))
}

fn get_iterator(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    array_iterator(vm, Value::Array(storage(&this(c))))
}

/// A new `ArrayIterator` over `items` (an array).
pub(crate) fn array_iterator(vm: &mut Vm, items: Value) -> R {
    let class: Rc<ClassEntry> = vm
        .find_class(b"ArrayIterator")
        .expect("ArrayIterator is built in");
    let it = PhpObject::new(&class);
    if let Value::Array(items) = items {
        set_storage(&it, items);
    }
    Ok(Value::Object(it))
}

/// `[flags, storage, other properties, iterator class]` as PHP serializes them.
fn magic_serialize(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = &this(c);
    let mut out = PhpArray::new();
    let _ = out.push(Value::Long(0));
    let _ = out.push(Value::Array(storage(o)));
    let _ = out.push(Value::from(o.prop_table()));
    let _ = out.push(Value::Null);
    Ok(Value::from(out))
}

fn magic_unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = &this(c);
    let parts = match a[0].deref() {
        Value::Array(d) => (
            d.get_int(1).map(Value::deref),
            d.get_int(2).map(Value::deref),
        ),
        _ => (None, None),
    };
    let (Some(Value::Array(items)), Some(Value::Array(props))) = parts else {
        return Err(vm.throw_error(
            "UnexpectedValueException",
            "Incomplete or ill-typed serialization data".into(),
        ));
    };
    set_storage(o, items);
    super::restore_props(vm, o, &props)?;
    Ok(Value::Null)
}
