//! SPL's array wrappers: `ArrayObject` and `ArrayIterator` (ext/spl/spl_array.c).
//! The native state holds the storage — an array, or an object whose properties are
//! the elements (another ArrayObject/ArrayIterator lends its own storage, live, as
//! PHP's `USE_OTHER`) — the flags, an ArrayIterator's position and an ArrayObject's
//! iterator class. `var_dump` shows the storage as a private `storage` property after
//! the object's own ones, as PHP does.

use std::cell::RefCell;
use std::rc::Rc;

use super::{int_arg, this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeConst, NativeMethod};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

const STD_PROP_LIST: i64 = 1;
const ARRAY_AS_PROPS: i64 = 2;

#[derive(Debug, Clone, Default)]
pub struct Arr {
    /// An array (null: the empty array) or an object.
    pub storage: Value,
    pos: usize,
    flags: i64,
    /// ArrayObject's `getIterator()` class (None: ArrayIterator).
    iterator_class: Option<Rc<ClassEntry>>,
    /// Wrapping itself: the elements are the object's own properties.
    pub is_self: bool,
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

impl Arr {
    /// A clone of an ArrayIterator: it walks the original's storage, live (PHP's
    /// `USE_OTHER`), from the same position.
    pub fn clone_iterator(&self, original: &Rc<PhpObject>) -> Arr {
        Arr {
            storage: Value::Object(original.clone()),
            is_self: false,
            ..self.clone()
        }
    }
}

/// What `(array)` shows of the object: its storage, unless STD_PROP_LIST asks for
/// the properties (or the storage is the object itself).
pub fn property_view(a: &Arr) -> Option<Value> {
    if a.flags & STD_PROP_LIST != 0 || a.is_self {
        return None;
    }
    Some(match &a.storage {
        Value::Null => Value::empty_array(),
        v => v.clone(),
    })
}

/// The class `var_dump` names as the owner of `storage`.
pub fn storage_owner(o: &PhpObject) -> &'static str {
    if o.class.instance_of_name(b"arrayiterator") {
        "ArrayIterator"
    } else {
        "ArrayObject"
    }
}

/// Methods both classes have.
macro_rules! array_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            NativeMethod::new("offsetExists", offset_exists, &["key"], 1),
            NativeMethod::new("offsetGet", offset_get, &["key"], 1),
            NativeMethod::new("offsetSet", offset_set, &["key", "value"], 2),
            NativeMethod::new("offsetUnset", offset_unset, &["key"], 1),
            NativeMethod::new("append", append, &["value"], 1),
            NativeMethod::new("getArrayCopy", get_array_copy, &[], 0),
            NativeMethod::new("count", count, &[], 0),
            NativeMethod::new("getFlags", get_flags, &[], 0),
            NativeMethod::new("setFlags", set_flags, &["flags"], 1),
            NativeMethod::new("asort", asort, &["flags"], 0),
            NativeMethod::new("ksort", ksort, &["flags"], 0),
            NativeMethod::new("uasort", uasort, &["callback"], 1),
            NativeMethod::new("uksort", uksort, &["callback"], 1),
            NativeMethod::new("natsort", natsort, &[], 0),
            NativeMethod::new("natcasesort", natcasesort, &[], 0),
            NativeMethod::new("unserialize", unserialize, &["data"], 1),
            NativeMethod::new("serialize", serialize, &[], 0),
            NativeMethod::new("__serialize", magic_serialize, &[], 0),
            NativeMethod::new("__unserialize", magic_unserialize, &["data"], 1),
            NativeMethod::new("__debugInfo", debug_info, &[], 0),
            $($extra),*
        ]
    };
}

const FLAGS: &[(&str, NativeConst)] = &[
    ("STD_PROP_LIST", NativeConst::Long(STD_PROP_LIST)),
    ("ARRAY_AS_PROPS", NativeConst::Long(ARRAY_AS_PROPS)),
];

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "ArrayIterator",
        interfaces: &[
            "SeekableIterator",
            "ArrayAccess",
            "Serializable",
            "Countable",
        ],
        consts: FLAGS,
        methods: array_methods![
            NativeMethod::new("__construct", construct, &["array", "flags"], 0),
            NativeMethod::new("rewind", rewind, &[], 0),
            NativeMethod::new("current", current, &[], 0),
            NativeMethod::new("key", key, &[], 0),
            NativeMethod::new("next", next, &[], 0),
            NativeMethod::new("valid", valid, &[], 0),
            NativeMethod::new("seek", seek, &["offset"], 1),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ArrayObject",
        interfaces: &[
            "IteratorAggregate",
            "ArrayAccess",
            "Serializable",
            "Countable",
        ],
        consts: FLAGS,
        methods: array_methods![
            NativeMethod::new(
                "__construct",
                construct,
                &["array", "flags", "iteratorClass"],
                0
            ),
            NativeMethod::new("getIterator", get_iterator, &[], 0),
            NativeMethod::new("exchangeArray", exchange_array, &["array"], 1),
            NativeMethod::new(
                "setIteratorClass",
                set_iterator_class,
                &["iteratorClass"],
                1
            ),
            NativeMethod::new("getIteratorClass", get_iterator_class, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
];

/// Where the elements live: an array, or an object's properties.
enum Backing {
    Array(Rc<PhpArray>),
    Object(Rc<PhpObject>),
}

/// Follow lent storage (an ArrayObject wrapping another) to the real one.
fn backing(o: &Rc<PhpObject>) -> Backing {
    let (mut storage, is_self) = with(o, |a: &mut Arr| (a.storage.clone(), a.is_self));
    if is_self {
        return Backing::Object(o.clone());
    }
    for _ in 0..64 {
        match storage {
            Value::Array(a) => return Backing::Array(a),
            Value::Object(w) => match super::peek(&w, |a: &mut Arr| (a.storage.clone(), a.is_self))
            {
                Some((_, true)) => return Backing::Object(w),
                Some((inner, false)) => storage = inner,
                None => return Backing::Object(w),
            },
            _ => break,
        }
    }
    Backing::Array(Rc::new(PhpArray::new()))
}

/// The object whose state holds the array the elements are in.
fn array_holder(o: &Rc<PhpObject>) -> Rc<PhpObject> {
    let mut cur = o.clone();
    for _ in 0..64 {
        match with(&cur, |a: &mut Arr| a.storage.clone()) {
            Value::Object(w) if super::peek(&w, |_: &mut Arr| ()).is_some() => cur = w,
            _ => break,
        }
    }
    cur
}

/// The elements (a copy of an object's property table).
fn table(o: &Rc<PhpObject>) -> Rc<PhpArray> {
    match backing(o) {
        Backing::Array(a) => a,
        Backing::Object(w) => Rc::new(object_table(&w)),
    }
}

/// An object's properties as elements: the accessible ones (PHP skips private and
/// protected names).
fn object_table(w: &PhpObject) -> PhpArray {
    let mut out = PhpArray::new();
    for (k, v) in w.std_prop_table().iter() {
        if !matches!(&k, ArrayKey::Str(s) if s.first() == Some(&0)) {
            out.insert(k, v.clone());
        }
    }
    out
}

/// Change the elements in place (an object's properties are written back).
fn with_table<T>(o: &Rc<PhpObject>, f: impl FnOnce(&mut PhpArray) -> T) -> T {
    match backing(o) {
        Backing::Array(_) => with_array(o, f),
        Backing::Object(w) => {
            let old = object_table(&w);
            let mut new = old.clone();
            let r = f(&mut new);
            for (k, v) in new.iter() {
                if !old.get(&k).is_some_and(|o| o.strict_eq(v)) {
                    w.set_prop(&prop_name(&k), v.clone());
                }
            }
            for k in old.keys().filter(|k| !new.contains_key(k)) {
                remove_prop(&w, &prop_name(&k));
            }
            r
        }
    }
}

/// The array at the end of the lent-storage chain, changed in place.
fn with_array<T>(o: &Rc<PhpObject>, f: impl FnOnce(&mut PhpArray) -> T) -> T {
    with(&array_holder(o), |a: &mut Arr| {
        if !matches!(a.storage, Value::Array(_)) {
            a.storage = Value::empty_array();
        }
        match &mut a.storage {
            Value::Array(arr) => f(Rc::make_mut(arr)),
            _ => f(&mut PhpArray::new()),
        }
    })
}

fn prop_name(k: &ArrayKey) -> String {
    match k {
        ArrayKey::Int(i) => i.to_string(),
        ArrayKey::Str(s) => {
            let name = crate::object::unmangle(s).map_or(&s[..], |(_, n)| n);
            String::from_utf8_lossy(name).into_owned()
        }
    }
}

fn remove_prop(w: &PhpObject, name: &str) {
    if let Some(info) = w.class.find_prop(name).filter(|p| !p.is_static()) {
        w.slots.borrow_mut()[info.slot as usize] = Value::Undef;
        w.mark_unset(info.slot);
    } else if let Some(d) = w.dynamic.borrow_mut().as_mut() {
        d.remove(&ArrayKey::from_bytes(name.as_bytes()));
    }
}

fn set_storage(o: &PhpObject, storage: Value) {
    let old = with(o, |a: &mut Arr| {
        a.pos = 0;
        std::mem::replace(&mut a.storage, storage)
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

/// The key of `isset()` or `unset()` (`op`), whose illegal offsets say which.
fn key_for(vm: &mut Vm, k: &Value, op: &str) -> Result<ArrayKey, Unwind> {
    match k.deref() {
        Value::Array(_) | Value::Object(_) => {
            Err(vm.throw_error("TypeError", format!("Illegal offset type in {op}")))
        }
        v => v.to_array_key(vm),
    }
}

/// The `array|object $array` argument as storage.
fn storage_arg(
    vm: &mut Vm,
    c: &MethodCtx,
    v: Option<&Value>,
    method: &str,
) -> Result<Value, Unwind> {
    match v.map(Value::deref) {
        None | Some(Value::Undef) => Ok(Value::empty_array()),
        // The object's own copy, as the collector counts PHP's separated storage.
        Some(Value::Array(a)) => Ok(Value::from((*a).clone())),
        Some(v @ Value::Object(_)) => Ok(v),
        Some(other) => Err(vm.throw_error(
            "TypeError",
            format!(
                "{}::{method}(): Argument #1 ($array) must be of type array, {} given",
                c.class.name,
                other.debug_type_name()
            ),
        )),
    }
}

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = &this(c);
    let storage = storage_arg(vm, c, a.first(), "__construct")?;
    let func = format!("{}::__construct", c.class.name);
    let flags = match a.get(1) {
        Some(v) if !matches!(v, Value::Undef) => int_arg(vm, v, &func, 2, "flags")?,
        _ => 0,
    };
    let class = match a.get(2) {
        Some(v) if !matches!(v, Value::Undef) => Some(iterator_class_arg(vm, v, &func, 3)?),
        _ => None,
    };
    let is_self = matches!(&storage, Value::Object(w) if Rc::ptr_eq(w, o));
    set_storage(o, if is_self { Value::Null } else { storage });
    with(o, |s: &mut Arr| {
        s.flags = flags;
        s.iterator_class = class;
        s.is_self = is_self;
    });
    Ok(Value::Null)
}

/// A class name derived from ArrayIterator.
fn iterator_class_arg(
    vm: &mut Vm,
    v: &Value,
    func: &str,
    n: usize,
) -> Result<Rc<ClassEntry>, Unwind> {
    let name = v.deref().to_string_lossy(vm.precision());
    let found = vm.lookup_class(&name)?;
    match found.filter(|c| c.instance_of_name(b"arrayiterator")) {
        Some(c) => Ok(c),
        None => Err(vm.throw_error(
            "TypeError",
            format!(
                "{func}(): Argument #{n} ($iteratorClass) must be a class name derived from ArrayIterator, {} given",
                String::from_utf8_lossy(&name)
            ),
        )),
    }
}

fn offset_exists(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_for(vm, &a[0], "isset or empty")?;
    Ok(Value::from(table(&this(c)).contains_key(&k)))
}

fn offset_get(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_of(vm, &a[0])?;
    match table(&this(c)).get(&k) {
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
    if a[0].deref().is_null() {
        return append(vm, c, &mut [v]);
    }
    let k = key_of(vm, &a[0])?;
    with_table(&this(c), |s| s.insert(k, v));
    Ok(Value::Null)
}

/// The slot of `$o[$k]` for a nested write, created if missing; None for `$o[][…]`
/// (PHP reads `offsetGet(null)` then) and when the elements are an object's
/// properties.
pub(super) fn element_slot<T>(
    vm: &mut Vm,
    o: &Rc<PhpObject>,
    key: Option<&Value>,
    f: impl FnOnce(&mut Value) -> T,
) -> Option<Result<T, Unwind>> {
    if let (Backing::Array(_), Some(key)) = (backing(o), key) {
        return Some(key_of(vm, key).map(|k| with_array(o, |arr| f(arr.entry(k)))));
    }
    None
}

fn offset_unset(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = key_for(vm, &a[0], "unset")?;
    let old = with_table(&this(c), |s| s.remove(&k));
    drop(old);
    Ok(Value::Null)
}

fn append(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    if let Backing::Object(_) = backing(&o) {
        return Err(vm.throw_error(
            "Error",
            format!(
                "Cannot append properties to objects, use {}::offsetSet() instead",
                o.class.name
            ),
        ));
    }
    let v = a[0].deref();
    let full = with_table(&o, |s| s.push(v).is_err());
    if full {
        return Err(vm.throw_error(
            "Error",
            "Cannot add element to the array as the next element is already occupied".into(),
        ));
    }
    Ok(Value::Null)
}

fn get_array_copy(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Array(table(&this(c))))
}

fn count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(table(&this(c)).len() as i64))
}

fn get_flags(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(with(&this(c), |a: &mut Arr| a.flags)))
}

fn set_flags(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let f = int_arg(
        vm,
        &a[0],
        &format!("{}::setFlags", c.class.name),
        1,
        "flags",
    )?;
    with(&this(c), |s: &mut Arr| s.flags = f);
    Ok(Value::Null)
}

/// Sort the elements with the built-in sort function `fname`.
fn sort_with(vm: &mut Vm, c: &MethodCtx, fname: &str, extra: Option<Value>) -> R {
    let o = this(c);
    let cell = Rc::new(RefCell::new(Value::Array(table(&o))));
    let mut args = vec![Value::Reference(cell.clone())];
    args.extend(extra);
    vm.call_value(&Value::from(fname), args)?;
    let sorted = cell.borrow().deref();
    if let Value::Array(sorted) = sorted {
        with_table(&o, |s| *s = (*sorted).clone());
    }
    Ok(Value::True)
}

/// The optional `int $flags` of asort/ksort.
fn sort_flags(
    vm: &mut Vm,
    c: &MethodCtx,
    a: &[Value],
    method: &str,
) -> Result<Option<Value>, Unwind> {
    match a.first() {
        Some(v) if !matches!(v, Value::Undef) => {
            let f = int_arg(vm, v, &format!("{}::{method}", c.class.name), 1, "flags")?;
            Ok(Some(Value::Long(f)))
        }
        _ => Ok(None),
    }
}

fn asort(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let f = sort_flags(vm, c, a, "asort")?;
    sort_with(vm, c, "asort", f)
}

fn ksort(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let f = sort_flags(vm, c, a, "ksort")?;
    sort_with(vm, c, "ksort", f)
}

fn uasort(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    sort_with(vm, c, "uasort", Some(a[0].deref()))
}

fn uksort(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    sort_with(vm, c, "uksort", Some(a[0].deref()))
}

fn natsort(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    sort_with(vm, c, "natsort", None)
}

fn natcasesort(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    sort_with(vm, c, "natcasesort", None)
}

/// The entry at the iterator's position (skipping holes), with its index.
fn entry(o: &Rc<PhpObject>) -> Option<(usize, ArrayKey, Value)> {
    let s = table(o);
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

fn seek(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let target = int_arg(vm, &a[0], "ArrayIterator::seek", 1, "offset")?;
    let o = this(c);
    let t = table(&o);
    let found = usize::try_from(target)
        .ok()
        .and_then(|n| t.iter().nth(n).map(|_| n));
    let Some(n) = found else {
        return Err(vm.throw_error(
            "OutOfBoundsException",
            format!("Seek position {target} is out of range"),
        ));
    };
    // The position of the nth element (positions count holes).
    let mut pos = 0;
    for _ in 0..=n {
        match t.entry_at(pos) {
            Some((p, _, _)) => pos = p + 1,
            None => break,
        }
    }
    set_position(&o, pos.saturating_sub(1));
    Ok(Value::Null)
}

fn get_iterator(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let class = match with(&o, |a: &mut Arr| a.iterator_class.clone()) {
        Some(class) => class,
        None => vm
            .find_class(b"ArrayIterator")
            .expect("ArrayIterator is built in"),
    };
    let it = vm.instantiate(&class)?;
    // The iterator walks this object's storage, live.
    set_storage(&it, Value::Object(o));
    Ok(Value::Object(it))
}

/// A new `ArrayIterator` over `items` (an array).
pub(crate) fn array_iterator(vm: &mut Vm, items: Value) -> R {
    let class: Rc<ClassEntry> = vm
        .find_class(b"ArrayIterator")
        .expect("ArrayIterator is built in");
    let it = PhpObject::new(&class);
    set_storage(&it, items);
    Ok(Value::Object(it))
}

fn exchange_array(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    let storage = storage_arg(vm, c, a.first(), "exchangeArray")?;
    let old = table(&o);
    set_storage(&o, storage);
    Ok(Value::Array(old))
}

fn set_iterator_class(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let class = iterator_class_arg(vm, &a[0], "ArrayObject::setIteratorClass", 1)?;
    with(&this(c), |s: &mut Arr| s.iterator_class = Some(class));
    Ok(Value::Null)
}

fn get_iterator_class(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let class = with(&this(c), |a: &mut Arr| a.iterator_class.clone());
    Ok(Value::from(
        class.map_or("ArrayIterator".to_string(), |c| c.name.to_string()),
    ))
}

fn debug_info(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(super::debug_info_array(&this(c))))
}

/// `Serializable::serialize()`: `x:i:<flags>;<storage>;m:<properties>`.
fn serialize(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let (flags, storage) = with(&o, |a: &mut Arr| (a.flags, a.storage.clone()));
    let storage = match storage {
        Value::Null => Value::empty_array(),
        s => s,
    };
    let mut out = format!("x:i:{flags};").into_bytes();
    out.extend_from_slice(&crate::builtins::serialize::serialize_value(vm, &storage)?);
    out.extend_from_slice(b";m:");
    let props = Value::from(o.std_prop_table());
    out.extend_from_slice(&crate::builtins::serialize::serialize_value(vm, &props)?);
    Ok(Value::from(out))
}

fn unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let data = a[0].deref().to_string_lossy(vm.precision());
    if data.is_empty() {
        return Ok(Value::Null);
    }
    let o = this(c);
    let fail = |vm: &mut Vm, at: usize| super::unserialize_error(vm, at, data.len());
    if !data.starts_with(b"x:") {
        return Err(fail(vm, 0));
    }
    let Ok((Value::Long(flags), mut at)) =
        crate::builtins::serialize::unserialize_at(vm, &data, 2)?
    else {
        return Err(fail(vm, 2));
    };
    let Ok((storage @ (Value::Array(_) | Value::Object(_)), end)) =
        crate::builtins::serialize::unserialize_at(vm, &data, at)?
    else {
        return Err(fail(vm, at));
    };
    at = end;
    if data.get(at) == Some(&b';') {
        at += 1;
    }
    set_storage(&o, storage);
    with(&o, |s: &mut Arr| s.flags = flags);
    if data[at..].starts_with(b"m:") {
        if let Ok((Value::Array(props), _)) =
            crate::builtins::serialize::unserialize_at(vm, &data, at + 2)?
        {
            super::restore_props(vm, &o, &props)?;
        }
    }
    Ok(Value::Null)
}

/// `[flags, storage, other properties, iterator class]` as PHP serializes them.
fn magic_serialize(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let (flags, storage, class) = with(&o, |a: &mut Arr| {
        (a.flags, a.storage.clone(), a.iterator_class.clone())
    });
    let mut out = PhpArray::new();
    let _ = out.push(Value::Long(flags));
    let _ = out.push(match storage {
        Value::Null => Value::empty_array(),
        s => s,
    });
    let _ = out.push(Value::from(o.std_prop_table()));
    let _ = out.push(class.map_or(Value::Null, |c| Value::from(c.name.to_string())));
    Ok(Value::from(out))
}

fn magic_unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    let data = match a[0].deref() {
        Value::Array(d) => d,
        _ => Rc::new(PhpArray::new()),
    };
    let part = |i| data.get_int(i).map(Value::deref);
    let (
        Some(Value::Long(flags)),
        Some(storage),
        Some(Value::Array(props)),
        class @ (None | Some(Value::Null | Value::String(_))),
    ) = (part(0), part(1), part(2), part(3))
    else {
        return Err(vm.throw_error(
            "UnexpectedValueException",
            "Incomplete or ill-typed serialization data".into(),
        ));
    };
    if !matches!(storage, Value::Array(_) | Value::Object(_)) {
        return Err(vm.throw_error(
            "InvalidArgumentException",
            "Passed variable is not an array or object".into(),
        ));
    }
    set_storage(&o, storage);
    with(&o, |s: &mut Arr| s.flags = flags);
    super::restore_props(vm, &o, &props)?;
    if let Some(Value::String(name)) = class {
        let shown = String::from_utf8_lossy(&name).into_owned();
        let Some(class) = vm.lookup_class(&name)? else {
            return Err(vm.throw_error(
                "UnexpectedValueException",
                format!("Cannot deserialize ArrayObject with iterator class '{shown}'; no such class exists"),
            ));
        };
        if !class.instance_of_name(b"iterator") {
            return Err(vm.throw_error(
                "UnexpectedValueException",
                format!("Cannot deserialize ArrayObject with iterator class '{shown}'; this class does not implement the Iterator interface"),
            ));
        }
        with(&o, |s: &mut Arr| s.iterator_class = Some(class));
    }
    Ok(Value::Null)
}
