//! `SplObjectStorage` (ext/spl/spl_observer.c): a map from objects (by identity, or
//! by a user `getHash()`) to data, iterated in insertion order.

use std::rc::Rc;

use indexmap::IndexMap;

use super::{this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{MethodBody, MethodCtx, NativeClass, NativeMethod};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

/// An entry's key: the object handle, or what a user `getHash()` returned.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Handle(u32),
    Hash(Vec<u8>),
}

#[derive(Debug, Clone, Default)]
pub struct Storage {
    /// Key → (object, info).
    pub entries: IndexMap<Key, (Value, Value)>,
    pos: usize,
}

impl Family for Storage {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::Storage(st) => Some(st),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::Storage(self)
    }
}

impl Storage {
    /// The storage as `var_dump` shows it: `[{obj, inf}, …]`.
    pub fn debug_array(&self) -> Value {
        let list = self
            .entries
            .values()
            .map(|(o, inf)| {
                let mut e = PhpArray::new();
                e.insert(ArrayKey::from_bytes(b"obj"), o.clone());
                e.insert(ArrayKey::from_bytes(b"inf"), inf.clone());
                Value::from(e)
            })
            .collect();
        Value::from(PhpArray::from_list(list))
    }
}

pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "SplObjectStorage",
    interfaces: &["Countable", "Iterator", "Serializable", "ArrayAccess"],
    methods: &[
        NativeMethod::new("attach", attach, &["object", "info"], 1),
        NativeMethod::new("detach", detach, &["object"], 1),
        NativeMethod::new("contains", contains, &["object"], 1),
        NativeMethod::new("addAll", add_all, &["storage"], 1),
        NativeMethod::new("removeAll", remove_all, &["storage"], 1),
        NativeMethod::new("removeAllExcept", remove_all_except, &["storage"], 1),
        NativeMethod::new("getInfo", get_info, &[], 0),
        NativeMethod::new("setInfo", set_info, &["info"], 1),
        NativeMethod::new("count", count, &["mode"], 0),
        NativeMethod::new("rewind", rewind, &[], 0),
        NativeMethod::new("valid", valid, &[], 0),
        NativeMethod::new("key", key, &[], 0),
        NativeMethod::new("current", current, &[], 0),
        NativeMethod::new("next", next, &[], 0),
        NativeMethod::new("unserialize", unserialize, &["data"], 1),
        NativeMethod::new("serialize", serialize, &[], 0),
        NativeMethod::new("offsetExists", offset_exists, &["object"], 1),
        NativeMethod::new("offsetGet", offset_get, &["object"], 1),
        NativeMethod::new("offsetSet", attach_at, &["object", "info"], 1),
        NativeMethod::new("offsetUnset", offset_unset, &["object"], 1),
        NativeMethod::new("getHash", get_hash, &["object"], 1),
        NativeMethod::new("__serialize", magic_serialize, &[], 0),
        NativeMethod::new("__unserialize", magic_unserialize, &["data"], 1),
        NativeMethod::new("__debugInfo", debug_info, &[], 0),
    ],
    ..NativeClass::EMPTY
}];

fn obj_arg(vm: &mut Vm, a: &[Value], method: &str) -> Result<Rc<PhpObject>, Unwind> {
    match a.first().map(Value::deref) {
        Some(Value::Object(o)) => Ok(o),
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "SplObjectStorage::{method}(): Argument #1 ($object) must be of type object, {} given",
                other.unwrap_or_default().debug_type_name()
            ),
        )),
    }
}

fn storage_arg(vm: &mut Vm, a: &[Value], method: &str) -> Result<Rc<PhpObject>, Unwind> {
    match a.first().map(Value::deref) {
        Some(Value::Object(o)) if o.class.instance_of_name(b"splobjectstorage") => Ok(o),
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "SplObjectStorage::{method}(): Argument #1 ($storage) must be of type SplObjectStorage, {} given",
                other.unwrap_or_default().debug_type_name()
            ),
        )),
    }
}

/// The key of `obj` in `store`: its handle, or the user `getHash()`'s string.
fn key_of(vm: &mut Vm, store: &Rc<PhpObject>, obj: &Rc<PhpObject>) -> Result<Key, Unwind> {
    let Some(m) = store
        .class
        .find_method(b"gethash")
        .filter(|m| matches!(m.body, MethodBody::User { .. }))
        .cloned()
    else {
        return Ok(Key::Handle(obj.id));
    };
    let h = vm.invoke_method(
        Some(store.clone()),
        &m,
        store.class.clone(),
        vec![Value::Object(obj.clone())],
    )?;
    match h.deref() {
        Value::String(s) => Ok(Key::Hash(s.to_vec())),
        _ => Err(vm.throw_error("RuntimeException", "Hash needs to be a string".into())),
    }
}

/// Attach `obj` with `inf` (an attached object keeps its place, gets the new info).
fn put(vm: &mut Vm, store: &Rc<PhpObject>, obj: Rc<PhpObject>, inf: Value) -> Result<(), Unwind> {
    let k = key_of(vm, store, &obj)?;
    let old = with(store, |s: &mut Storage| match s.entries.get_mut(&k) {
        Some(e) => Some(std::mem::replace(&mut e.1, inf)),
        None => {
            s.entries.insert(k, (Value::Object(obj), inf));
            None
        }
    });
    drop(old);
    Ok(())
}

fn remove(vm: &mut Vm, store: &Rc<PhpObject>, obj: &Rc<PhpObject>) -> Result<bool, Unwind> {
    let k = key_of(vm, store, obj)?;
    let old = with(store, |s: &mut Storage| s.entries.shift_remove(&k));
    Ok(old.is_some())
}

fn has(vm: &mut Vm, store: &Rc<PhpObject>, obj: &Rc<PhpObject>) -> Result<bool, Unwind> {
    let k = key_of(vm, store, obj)?;
    Ok(with(store, |s: &mut Storage| s.entries.contains_key(&k)))
}

fn attach(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "attach")?;
    let inf = a.get(1).map(Value::deref).unwrap_or_default();
    put(vm, &this(c), obj, inf)?;
    Ok(Value::Null)
}

fn attach_at(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "offsetSet")?;
    let inf = a.get(1).map(Value::deref).unwrap_or_default();
    put(vm, &this(c), obj, inf)?;
    Ok(Value::Null)
}

fn detach(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "detach")?;
    remove(vm, &this(c), &obj)?;
    Ok(Value::Null)
}

fn offset_unset(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "offsetUnset")?;
    remove(vm, &this(c), &obj)?;
    Ok(Value::Null)
}

fn contains(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "contains")?;
    Ok(Value::from(has(vm, &this(c), &obj)?))
}

fn offset_exists(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "offsetExists")?;
    Ok(Value::from(has(vm, &this(c), &obj)?))
}

fn offset_get(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "offsetGet")?;
    let store = this(c);
    let k = key_of(vm, &store, &obj)?;
    match with(&store, |s: &mut Storage| {
        s.entries.get(&k).map(|e| e.1.clone())
    }) {
        Some(v) => Ok(v),
        None => Err(vm.throw_error("UnexpectedValueException", "Object not found".into())),
    }
}

/// The (object, info) pairs of another storage.
fn entries_of(o: &PhpObject) -> Vec<(Value, Value)> {
    with(o, |s: &mut Storage| s.entries.values().cloned().collect())
}

fn add_all(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let other = storage_arg(vm, a, "addAll")?;
    let store = this(c);
    for (o, inf) in entries_of(&other) {
        if let Value::Object(o) = o {
            put(vm, &store, o, inf)?;
        }
    }
    Ok(Value::Long(
        with(&store, |s: &mut Storage| s.entries.len()) as i64
    ))
}

fn remove_all(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let other = storage_arg(vm, a, "removeAll")?;
    let store = this(c);
    for (o, _) in entries_of(&other) {
        if let Value::Object(o) = o {
            remove(vm, &store, &o)?;
        }
    }
    with(&store, |s: &mut Storage| s.pos = 0);
    Ok(Value::Long(
        with(&store, |s: &mut Storage| s.entries.len()) as i64
    ))
}

fn remove_all_except(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let other = storage_arg(vm, a, "removeAllExcept")?;
    let store = this(c);
    for (o, _) in entries_of(&store) {
        if let Value::Object(o) = o {
            if !has(vm, &other, &o)? {
                remove(vm, &store, &o)?;
            }
        }
    }
    with(&store, |s: &mut Storage| s.pos = 0);
    Ok(Value::Long(
        with(&store, |s: &mut Storage| s.entries.len()) as i64
    ))
}

fn storage<T>(c: &MethodCtx, f: impl FnOnce(&mut Storage) -> T) -> T {
    with(&this(c), f)
}

fn get_info(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(storage(c, |s| s.entries.get_index(s.pos).map(|e| e.1 .1.clone())).unwrap_or_default())
}

fn set_info(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let inf = a[0].deref();
    let old = storage(c, |s| {
        let pos = s.pos;
        s.entries
            .get_index_mut(pos)
            .map(|e| std::mem::replace(&mut e.1 .1, inf))
    });
    drop(old);
    Ok(Value::Null)
}

fn count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(storage(c, |s| s.entries.len()) as i64))
}

fn rewind(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    storage(c, |s| s.pos = 0);
    Ok(Value::Null)
}

fn valid(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(storage(c, |s| s.pos < s.entries.len())))
}

fn key(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(storage(c, |s| s.pos) as i64))
}

fn current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    match storage(c, |s| s.entries.get_index(s.pos).map(|e| e.1 .0.clone())) {
        Some(o) => Ok(o),
        None => Err(vm.throw_error(
            "RuntimeException",
            "Called current() on invalid iterator".into(),
        )),
    }
}

fn next(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    storage(c, |s| s.pos += 1);
    Ok(Value::Null)
}

/// `Serializable::serialize()`: `x:i:N;obj,inf;…;m:props` as PHP writes it.
fn serialize(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let entries = entries_of(&o);
    let mut out = format!("x:i:{};", entries.len()).into_bytes();
    for (obj, inf) in entries {
        out.extend_from_slice(&crate::builtins::serialize::serialize_value(vm, &obj)?);
        out.push(b',');
        out.extend_from_slice(&crate::builtins::serialize::serialize_value(vm, &inf)?);
        out.push(b';');
    }
    out.extend_from_slice(b"m:");
    let props = Value::from(o.prop_table());
    out.extend_from_slice(&crate::builtins::serialize::serialize_value(vm, &props)?);
    Ok(Value::from(out))
}

fn unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let data = a[0].deref().to_string_lossy(vm.precision());
    if data.is_empty() {
        return Ok(Value::Null);
    }
    let store = this(c);
    let fail = |vm: &mut Vm, at: usize| super::unserialize_error(vm, at, data.len());
    let Some(rest) = data.strip_prefix(b"x:") else {
        return Err(fail(vm, 0));
    };
    let mut at = data.len() - rest.len();
    let Ok((Value::Long(n), end)) = crate::builtins::serialize::unserialize_at(vm, &data, at)?
    else {
        return Err(fail(vm, at));
    };
    at = end;
    // PHP steps back onto the count's `;` before checking it.
    if n < 0 {
        return Err(fail(vm, at - 1));
    }
    for _ in 0..n {
        let Ok((obj, end)) = crate::builtins::serialize::unserialize_at(vm, &data, at)? else {
            return Err(fail(vm, at));
        };
        at = end;
        let mut inf = Value::Null;
        if data.get(at) == Some(&b',') {
            let Ok((v, end)) = crate::builtins::serialize::unserialize_at(vm, &data, at + 1)?
            else {
                return Err(fail(vm, at));
            };
            inf = v;
            at = end;
        }
        if data.get(at) == Some(&b';') {
            at += 1;
        }
        let Value::Object(obj) = obj else {
            return Err(fail(vm, at));
        };
        put(vm, &store, obj, inf)?;
    }
    if data[at..].starts_with(b"m:") {
        if let Ok((Value::Array(props), _)) =
            crate::builtins::serialize::unserialize_at(vm, &data, at + 2)?
        {
            super::restore_props(vm, &store, &props)?;
        }
    }
    Ok(Value::Null)
}

fn get_hash(vm: &mut Vm, _: &MethodCtx, a: &mut [Value]) -> R {
    let obj = obj_arg(vm, a, "getHash")?;
    Ok(Value::from(format!("{:016x}{:016x}", obj.id, 0)))
}

fn magic_serialize(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let mut flat = Vec::new();
    for (obj, inf) in entries_of(&o) {
        flat.push(obj);
        flat.push(inf);
    }
    let mut out = PhpArray::new();
    let _ = out.push(Value::from(PhpArray::from_list(flat)));
    let _ = out.push(Value::from(o.prop_table()));
    Ok(Value::from(out))
}

fn magic_unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let store = this(c);
    let bad = |vm: &mut Vm| {
        vm.throw_error(
            "UnexpectedValueException",
            "Incomplete or ill-typed serialization data".into(),
        )
    };
    let Value::Array(data) = a[0].deref() else {
        return Err(bad(vm));
    };
    let (Some(Value::Array(flat)), Some(Value::Array(props))) = (
        data.get_int(0).map(Value::deref),
        data.get_int(1).map(Value::deref),
    ) else {
        return Err(bad(vm));
    };
    if flat.len() % 2 != 0 {
        return Err(vm.throw_error("UnexpectedValueException", "Odd number of elements".into()));
    }
    let values: Vec<Value> = flat.values().map(Value::deref).collect();
    for pair in values.chunks(2) {
        let Value::Object(obj) = &pair[0] else {
            return Err(vm.throw_error("UnexpectedValueException", "Non-object key".into()));
        };
        put(vm, &store, obj.clone(), pair[1].clone())?;
    }
    super::restore_props(vm, &store, &props)?;
    Ok(Value::Null)
}

fn debug_info(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(super::debug_info_array(&this(c))))
}
