//! `WeakReference` and `WeakMap` (Zend/zend_weakrefs.c). Both hold `Weak` pointers:
//! a map's entry whose key object died is dropped the next time the map is used.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use indexmap::IndexMap;
use miniphp_compiler::class_flags::FINAL;

use super::{this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeMethod, NO_DYNAMIC, UNCLONEABLE};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

/// What a `WeakReference` points to.
#[derive(Debug, Clone, Default)]
pub struct Referent(pub Weak<PhpObject>);

impl Family for Referent {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::WeakRef(r) => Some(r),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::WeakRef(self)
    }
}

/// A `WeakMap`'s entries by key handle: (key, value).
#[derive(Debug, Clone, Default)]
pub struct Map {
    entries: IndexMap<u32, (Weak<PhpObject>, Value)>,
}

impl Family for Map {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::WeakMap(m) => Some(m),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::WeakMap(self)
    }
}

impl Map {
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        self.entries.values().for_each(|(_, v)| f(v));
    }

    /// The live entries as `var_dump` shows them: `[{key, value}, …]`.
    pub fn debug_entries(&self) -> Vec<(ArrayKey, Value)> {
        self.live()
            .into_iter()
            .enumerate()
            .map(|(i, (k, v))| {
                let mut e = PhpArray::new();
                e.insert(ArrayKey::from_bytes(b"key"), k);
                e.insert(ArrayKey::from_bytes(b"value"), v);
                (ArrayKey::Int(i as i64), Value::from(e))
            })
            .collect()
    }

    fn live(&self) -> Vec<(Value, Value)> {
        self.entries
            .values()
            .filter_map(|(k, v)| k.upgrade().map(|k| (Value::Object(k), v.deref())))
            .collect()
    }

    /// Drop the entries whose key died; they are returned to be freed outside the
    /// state's borrow.
    fn purge(&mut self) -> Vec<Value> {
        let mut dead = Vec::new();
        self.entries.retain(|_, (k, v)| {
            let alive = k.strong_count() > 0;
            if !alive {
                dead.push(std::mem::take(v));
            }
            alive
        });
        dead
    }

    fn get(&self, o: &Rc<PhpObject>) -> Option<&Value> {
        self.entries
            .get(&o.id)
            .filter(|(k, _)| std::ptr::eq(k.as_ptr(), Rc::as_ptr(o)))
            .map(|(_, v)| v)
    }
}

thread_local! {
    /// The WeakReference of each object that has one (`create()` returns it again).
    static REFS: RefCell<HashMap<u32, Weak<PhpObject>>> = RefCell::new(HashMap::new());
    /// The maps each key object (by handle) is in.
    static MAPS: RefCell<HashMap<u32, Vec<Weak<PhpObject>>>> = RefCell::new(HashMap::new());
}

/// The object with handle `id` is being freed: its entries leave the maps holding
/// them now, as in PHP (a map busy at that moment drops them at its next use).
pub fn key_freed(id: u32) {
    let maps = MAPS
        .try_with(|m| m.try_borrow_mut().ok().and_then(|mut m| m.remove(&id)))
        .ok()
        .flatten()
        .unwrap_or_default();
    for map in maps.iter().filter_map(Weak::upgrade) {
        let dead = match map.native.try_borrow_mut() {
            Ok(mut n) => match &mut *n {
                crate::object::Native::Spl(s) => match &mut **s {
                    State::WeakMap(m) => m.purge(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            },
            Err(_) => Vec::new(),
        };
        drop(dead);
    }
}

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "WeakReference",
        flags: FINAL | NO_DYNAMIC | UNCLONEABLE,
        methods: &[
            NativeMethod::new("__construct", refuse_construct, &[], 0),
            NativeMethod::new("create", create_ref, &["object"], 1)
                .with_flags(miniphp_compiler::flags::STATIC),
            NativeMethod::new("get", get, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "WeakMap",
        interfaces: &["ArrayAccess", "Countable", "IteratorAggregate"],
        flags: FINAL | NO_DYNAMIC,
        methods: &[
            NativeMethod::new("offsetGet", offset_get, &["object"], 1),
            NativeMethod::new("offsetSet", offset_set, &["object", "value"], 2),
            NativeMethod::new("offsetExists", offset_exists, &["object"], 1),
            NativeMethod::new("offsetUnset", offset_unset, &["object"], 1),
            NativeMethod::new("count", count, &[], 0),
            NativeMethod::new("getIterator", get_iterator, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
];

fn refuse_construct(vm: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Err(vm.throw_error(
        "Error",
        "Direct instantiation of WeakReference is not allowed, use WeakReference::create instead"
            .into(),
    ))
}

fn create_ref(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let target = match a[0].deref() {
        Value::Object(o) => o,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                "WeakReference::create(): Argument #1 ($object) must be of type object, {} given",
                other.debug_type_name()
            ),
            ))
        }
    };
    let existing = REFS.with(|r| r.borrow().get(&target.id).and_then(Weak::upgrade));
    if let Some(wr) = existing {
        let same = with(&wr, |r: &mut Referent| {
            std::ptr::eq(r.0.as_ptr(), Rc::as_ptr(&target))
        });
        if same {
            return Ok(Value::Object(wr));
        }
    }
    let class: Rc<ClassEntry> = c.class.clone();
    let wr = PhpObject::new(&class);
    with(&wr, |r: &mut Referent| r.0 = Rc::downgrade(&target));
    REFS.with(|r| r.borrow_mut().insert(target.id, Rc::downgrade(&wr)));
    Ok(Value::Object(wr))
}

fn get(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(with(&this(c), |r: &mut Referent| r.0.upgrade())
        .map(Value::Object)
        .unwrap_or_default())
}

/// Run `f` on the map after dropping dead entries.
fn map<T>(o: &PhpObject, f: impl FnOnce(&mut Map) -> T) -> T {
    let (dead, r) = with(o, |m: &mut Map| {
        let dead = m.purge();
        (dead, f(m))
    });
    drop(dead);
    r
}

fn key_arg(vm: &mut Vm, a: &[Value]) -> Result<Rc<PhpObject>, Unwind> {
    match a.first().map(Value::deref) {
        Some(Value::Object(o)) => Ok(o),
        _ => Err(vm.throw_error("TypeError", "WeakMap key must be an object".into())),
    }
}

fn offset_get(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_arg(vm, a)?;
    match map(&this(c), |m| m.get(&k).cloned()) {
        Some(v) => Ok(v),
        None => Err(vm.throw_error(
            "Error",
            format!("Object {}#{} not contained in WeakMap", k.class.name, k.id),
        )),
    }
}

/// The slot of `$map[$k]` for a nested write (`$map[$k][] = …`); the key must be
/// in the map already.
pub(super) fn element_slot<T>(
    vm: &mut Vm,
    o: &PhpObject,
    key: Option<&Value>,
    f: impl FnOnce(&mut Value) -> T,
) -> Result<T, Unwind> {
    let Some(key) = key else {
        return Err(vm.throw_error("Error", "Cannot append to WeakMap".into()));
    };
    let k = key_arg(vm, std::slice::from_ref(key))?;
    let found = map(o, |m| {
        let live = m.get(&k).is_some();
        live.then(|| m.entries.get_mut(&k.id).map(|(_, v)| f(v)))
            .flatten()
    });
    found.ok_or_else(|| {
        vm.throw_error(
            "Error",
            format!("Object {}#{} not contained in WeakMap", k.class.name, k.id),
        )
    })
}

fn offset_set(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    if a[0].deref().is_null() {
        return Err(vm.throw_error("Error", "Cannot append to WeakMap".into()));
    }
    let k = key_arg(vm, a)?;
    let v = a[1].deref();
    let o = this(c);
    k.mark_weak_key();
    MAPS.with(|m| {
        let mut m = m.borrow_mut();
        let maps = m.entry(k.id).or_default();
        if !maps
            .iter()
            .any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(&o)))
        {
            maps.push(Rc::downgrade(&o));
        }
    });
    let old = map(&o, |m| m.entries.insert(k.id, (Rc::downgrade(&k), v)));
    drop(old);
    Ok(Value::Null)
}

fn offset_exists(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_arg(vm, a)?;
    Ok(Value::from(map(&this(c), |m| {
        m.get(&k).is_some_and(|v| !v.is_null())
    })))
}

fn offset_unset(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_arg(vm, a)?;
    let old = map(&this(c), |m| {
        m.get(&k)?;
        m.entries.shift_remove(&k.id)
    });
    drop(old);
    Ok(Value::Null)
}

fn count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(map(&this(c), |m| m.entries.len()) as i64))
}

/// An iterator over the live entries, keyed by the key objects.
fn get_iterator(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let pairs = map(&this(c), |m| m.live());
    super::iterators::pairs_iterator(vm, pairs)
}
