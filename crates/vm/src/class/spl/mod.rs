//! SPL: the array wrappers, the file system classes, data structures (`SplDoublyLinkedList`, `SplFixedArray`,
//! heaps, `SplObjectStorage`), the iterator classes, `WeakReference` and `WeakMap`.
//!
//! Each family keeps its per-object state in one [`State`] variant inside
//! `Native::Spl`, created on first use (so user subclasses need no constructor call).
//! The state is never borrowed across a call into user code: a family takes what it
//! needs out, calls, then puts it back.

pub mod array;
pub mod directory;
pub mod dll;
pub mod fileobject;
pub mod fixed;
pub mod fs;
pub mod heap;
pub mod interfaces;
pub mod iterators;
pub mod storage;
pub mod tree;
pub mod weak;

use std::rc::Rc;

use super::dump::{ShownProp, Vis};
use super::MethodCtx;
use crate::array::PhpArray;
use crate::numeric::{parse_numeric, Num, Numeric};
use crate::object::{Native, PhpObject};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

/// The native state of an SPL object.
#[derive(Debug, Clone)]
pub enum State {
    Array(array::Arr),
    List(dll::List),
    Fixed(fixed::Fixed),
    Heap(heap::Heap),
    Storage(storage::Storage),
    Iter(iterators::Iter),
    WeakRef(weak::Referent),
    WeakMap(weak::Map),
    Fs(Box<fs::Fs>),
}

impl State {
    /// Every value the state holds (the cycle collector's edges).
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            State::Array(a) => f(&a.storage),
            State::List(l) => l.items.iter().for_each(f),
            State::Fixed(x) => x.items.iter().for_each(f),
            State::Heap(h) => h.items.iter().for_each(|e| {
                f(&e.data);
                f(&e.priority)
            }),
            State::Storage(s) => s.entries.values().for_each(|(o, inf)| {
                f(o);
                f(inf)
            }),
            State::Iter(i) => i.for_each_value(f),
            State::WeakRef(_) => {}
            State::WeakMap(m) => m.for_each_value(f),
            State::Fs(x) => {
                if let fs::Kind::File(fo) = &x.kind {
                    fo.csv.iter().for_each(f)
                }
            }
        }
    }
}

/// A family of SPL state, stored in one [`State`] variant.
pub(crate) trait Family: Default + Sized {
    fn of(s: &mut State) -> Option<&mut Self>;
    fn wrap(self) -> State;
}

/// Run `f` on the object's state of family `F`, creating it if absent. `f` must not
/// call into user code (the state is borrowed).
pub(crate) fn with<F: Family, T>(o: &PhpObject, f: impl FnOnce(&mut F) -> T) -> T {
    let mut n = o.native.borrow_mut();
    if let Native::Spl(s) = &mut *n {
        if let Some(x) = F::of(s) {
            return f(x);
        }
    }
    let mut fresh = F::default();
    let r = f(&mut fresh);
    *n = Native::Spl(Box::new(fresh.wrap()));
    r
}

/// `$o[$k][…] = …` on an `ArrayObject`/`ArrayIterator` or a `WeakMap` whose
/// `offsetGet` is the native one: `f` applied to the element's slot, as Zend's
/// `read_dimension` for writing hands out the element itself. None for other
/// objects (their `offsetGet` result is all there is).
pub(crate) fn element_slot<T>(
    vm: &mut Vm,
    o: &Rc<PhpObject>,
    key: Option<&Value>,
    f: impl FnOnce(&mut Value) -> T,
) -> Option<Result<T, Unwind>> {
    let native = o
        .class
        .find_method(b"offsetget")
        .is_some_and(|m| matches!(m.body, super::MethodBody::Native(_)));
    if !native {
        return None;
    }
    if o.class.instance_of_name(b"weakmap") {
        return Some(weak::element_slot(vm, o, key, f));
    }
    if o.class.instance_of_name(b"arrayobject") || o.class.instance_of_name(b"arrayiterator") {
        return array::element_slot(vm, o, key, f);
    }
    None
}

/// The state of another object, if it has one of family `F` (none is created).
pub(crate) fn peek<F: Family, T>(o: &PhpObject, f: impl FnOnce(&mut F) -> T) -> Option<T> {
    match &mut *o.native.borrow_mut() {
        Native::Spl(s) => F::of(s).map(f),
        _ => None,
    }
}

/// `$this` of an instance method.
/// The exception an SPL class's `unserialize()` throws for bad data.
pub(crate) fn unserialize_error(vm: &mut Vm, at: usize, len: usize) -> Unwind {
    vm.throw_error(
        "UnexpectedValueException",
        format!("Error at offset {at} of {len} bytes"),
    )
}

pub(crate) fn this(c: &MethodCtx) -> Rc<PhpObject> {
    c.this
        .clone()
        .expect("SPL instance methods are called with $this")
}

/// An `int` argument of a native method (`Class::method(): Argument #N ($name)`).
pub(crate) fn int_arg(
    vm: &mut Vm,
    v: &Value,
    func: &str,
    n: usize,
    name: &str,
) -> Result<i64, Unwind> {
    let v = v.deref();
    let got = match &v {
        Value::Long(i) => Some(*i),
        Value::True => Some(1),
        Value::False => Some(0),
        Value::Null => {
            vm.deprecated(&format!(
                "{func}(): Passing null to parameter #{n} (${name}) of type int is deprecated"
            ));
            Some(0)
        }
        Value::Double(d) if d.fract() == 0.0 && d.is_finite() => Some(*d as i64),
        Value::String(s) => match parse_numeric(s) {
            Numeric::Full(Num::Long(i)) => Some(i),
            Numeric::Full(Num::Double(d)) if d.fract() == 0.0 => Some(d as i64),
            _ => None,
        },
        _ => None,
    };
    got.ok_or_else(|| {
        vm.throw_error(
            "TypeError",
            format!(
                "{func}(): Argument #{n} (${name}) must be of type int, {} given",
                v.debug_type_name()
            ),
        )
    })
}

/// A private property shown by `var_dump`/`print_r` (SPL's `get_debug_info`).
fn private(class: &str, name: &str, value: Value) -> ShownProp {
    ShownProp {
        name: name.as_bytes().to_vec(),
        vis: Vis::Private(Rc::from(class)),
        value: Some(value),
        ty: None,
        int_key: false,
    }
}

/// What `var_dump` and `print_r` show after an SPL object's own properties.
pub fn debug_extra(o: &PhpObject) -> Vec<ShownProp> {
    let n = o.native.borrow();
    let Native::Spl(s) = &*n else {
        // A storage nothing was attached to yet has no state, but shows its storage.
        if o.class.instance_of_name(b"splobjectstorage") {
            let empty = storage::Storage::default().debug_array();
            return vec![private("SplObjectStorage", "storage", empty)];
        }
        return Vec::new();
    };
    match &**s {
        State::Array(a) if a.is_self => Vec::new(),
        State::Array(a) => vec![private(
            array::storage_owner(o),
            "storage",
            match &a.storage {
                Value::Null => Value::empty_array(),
                v => v.clone(),
            },
        )],
        State::List(l) => vec![
            private("SplDoublyLinkedList", "flags", Value::Long(l.flags)),
            private(
                "SplDoublyLinkedList",
                "dllist",
                Value::from(PhpArray::from_list(l.items.iter().cloned().collect())),
            ),
        ],
        State::Heap(h) => {
            let owner = if h.is_pq() {
                "SplPriorityQueue"
            } else {
                "SplHeap"
            };
            vec![
                private(owner, "flags", Value::Long(h.flags)),
                private(owner, "isCorrupted", Value::from(h.corrupted)),
                private(owner, "heap", h.debug_array()),
            ]
        }
        State::Storage(st) => vec![private("SplObjectStorage", "storage", st.debug_array())],
        State::WeakMap(m) => m
            .debug_entries()
            .into_iter()
            .map(|(k, v)| ShownProp {
                name: k.to_value().to_string_lossy(14).to_vec(),
                vis: Vis::Public,
                value: Some(v),
                ty: None,
                int_key: true,
            })
            .collect(),
        State::Fs(x) => fs::debug_extra(x)
            .into_iter()
            .map(|(class, name, v)| private(class, name, v))
            .collect(),
        _ => Vec::new(),
    }
}

/// Properties an SPL object exposes as its own (`SplFixedArray`'s elements): shown by
/// every dumping function and the `(array)` cast.
pub fn extra_props(o: &PhpObject) -> Vec<(ArrayKey, Value)> {
    let n = o.native.borrow();
    match &*n {
        Native::Spl(s) => match &**s {
            State::Fixed(x) => x
                .items
                .iter()
                .enumerate()
                .map(|(i, v)| (ArrayKey::Int(i as i64), v.clone()))
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The property table of an ArrayObject/ArrayIterator without STD_PROP_LIST: its
/// storage (None for other objects).
pub fn table_override(o: &PhpObject) -> Option<PhpArray> {
    let storage = match &*o.native.borrow() {
        Native::Spl(s) => match &**s {
            State::Array(a) => array::property_view(a)?,
            _ => return None,
        },
        _ => return None,
    };
    Some(match storage {
        Value::Array(a) => (*a).clone(),
        Value::Object(w) => w.prop_table(),
        _ => PhpArray::new(),
    })
}

/// `clone`: the copy gets its own copy of the state (SPL's `clone_obj` handlers).
pub fn copy_state(from: &Rc<PhpObject>, to: &PhpObject) {
    let copy = match &*from.native.borrow() {
        Native::Spl(s) => match &**s {
            State::WeakRef(_) => return,
            State::Array(a) if from.class.instance_of_name(b"arrayiterator") => {
                State::Array(a.clone_iterator(from))
            }
            other => other.clone(),
        },
        _ => return,
    };
    *to.native.borrow_mut() = Native::Spl(Box::new(copy));
}

/// What an SPL class's `__debugInfo()` returns: the visible properties, then the
/// state as private properties (mangled keys, as the `(array)` cast has them).
pub(crate) fn debug_info_array(o: &PhpObject) -> PhpArray {
    let mut out = o.std_prop_table();
    for p in debug_extra(o) {
        let mut key = Vec::new();
        if let Vis::Private(class) = &p.vis {
            key.push(0);
            key.extend_from_slice(class.as_bytes());
            key.push(0);
        }
        key.extend_from_slice(&p.name);
        out.insert(ArrayKey::from_bytes(&key), p.value.unwrap_or_default());
    }
    out
}

/// Set properties from a table with mangled keys (unserialized objects, the
/// `props` member of SPL's `__unserialize` data), with PHP's deprecation for
/// dynamic ones.
pub(crate) fn restore_props(
    vm: &mut Vm,
    o: &Rc<PhpObject>,
    props: &PhpArray,
) -> Result<(), Unwind> {
    // Unserialized members may be anything, whatever the declared types.
    PhpObject::track(o);
    for (k, v) in props.iter() {
        let (owner, name) = match &k {
            ArrayKey::Int(i) => (None, i.to_string().into_bytes()),
            ArrayKey::Str(s) => match crate::object::unmangle(s) {
                Some((c, n)) => (Some(c.to_vec()), n.to_vec()),
                None => (None, s.to_vec()),
            },
        };
        let name = String::from_utf8_lossy(&name).into_owned();
        // A parent's private property has its own slot, named by its class.
        let private_slot = owner.filter(|c| c != b"*").and_then(|c| {
            o.class.slot_info.iter().position(|p| {
                p.is_private() && p.name.as_ref() as &str == name && p.class_name.as_bytes() == c
            })
        });
        if let Some(slot) = private_slot {
            // A value `R:` shares stays a reference.
            o.slots.borrow_mut()[slot] = v.clone();
            continue;
        }
        let declared = o.class.find_prop(&name).is_some_and(|p| !p.is_static());
        if !declared && !o.has_dynamic(&ArrayKey::from_bytes(name.as_bytes())) {
            vm.new_dynamic_prop(o, &name)?;
        }
        o.set_prop(&name, v.clone());
    }
    Ok(())
}

/// The iterator a foreach (or `yield from`, `iterator_to_array`…) walks for a list:
/// its own position and the mode the list had when the loop started (PHP's
/// `get_iterator` handler). None for other objects, and when a subclass overrides an
/// Iterator method (those are called then).
pub(crate) fn foreach_iterator(
    vm: &mut Vm,
    o: &Rc<PhpObject>,
) -> Result<Option<Rc<PhpObject>>, Unwind> {
    if o.class.instance_of_name(b"dateperiod") {
        return super::date_period::foreach_iterator(vm, o);
    }
    let is_list = matches!(&*o.native.borrow(), Native::Spl(s) if matches!(**s, State::List(_)));
    if !is_list {
        return Ok(None);
    }
    let overridden = [&b"rewind"[..], b"valid", b"current", b"key", b"next"]
        .iter()
        .any(|m| {
            o.class
                .find_method(m)
                .is_some_and(|m| matches!(m.body, super::MethodBody::User { .. }))
        });
    if overridden {
        return Ok(None);
    }
    let it = iterators::internal_iterator(
        vm,
        iterators::Source::List,
        Value::Object(o.clone()),
        Vec::new(),
    )?;
    Ok(Some(it))
}

/// Whether `o` is an internal iterator (`getIterator()` of WeakMap or SplFixedArray, a
/// list's foreach): a foreach keeps it as is, as PHP keeps such an iterator (no holder
/// object, no extra handle).
pub(crate) fn is_internal_iterator(o: &PhpObject) -> bool {
    &*o.class.lc_name == b"splinternaliterator"
}

/// A user class implementing `Serializable` without `__serialize()` and
/// `__unserialize()` (PHP 8.1 deprecates it when the class is declared, unless it is
/// declared abstract).
pub(crate) fn serializable_only(class: &super::ClassEntry) -> bool {
    class.flags & super::NATIVE == 0
        && !class.is_interface()
        && !class.is_abstract()
        && class.instance_of_name(b"serializable")
        && (class.magic.serialize.is_none() || class.magic.unserialize.is_none())
}

/// Built-in classes whose objects refuse `serialize()` (Zend's
/// `ZEND_ACC_NOT_SERIALIZABLE`).
const NOT_SERIALIZABLE: &[&[u8]] = &[
    b"closure",
    b"generator",
    b"weakreference",
    b"weakmap",
    b"splinternaliterator",
    b"splfileinfo",
    b"directoryiterator",
    b"filesystemiterator",
    b"recursivedirectoryiterator",
    b"globiterator",
    b"splfileobject",
    b"spltempfileobject",
    b"reflectionreference",
    b"sensitiveparametervalue",
];

pub(crate) fn not_serializable(class: &super::ClassEntry) -> bool {
    NOT_SERIALIZABLE.contains(&&*native_ancestor_entry(class).lc_name)
}

fn native_ancestor_entry(class: &super::ClassEntry) -> &super::ClassEntry {
    let mut c = class;
    while c.flags & super::NATIVE == 0 {
        match &c.parent {
            Some(p) => c = p,
            None => break,
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use crate::closure::tests::run;

    // Expected outputs are real php 8.2's.
    #[test]
    fn heaps_extract_in_php_order() {
        let out = run(
            r#"$p = new SplPriorityQueue; foreach ([[1,1],[2,1],[3,1],[4,2],[5,1],[6,3],[7,1]] as [$d,$pr]) $p->insert($d,$pr);
while (!$p->isEmpty()) echo $p->extract(); echo "\n";
$h = new SplMaxHeap; foreach ([3,1,4,1,5,9,2,6] as $v) $h->insert($v); foreach ($h as $k => $v) echo "$k:$v "; echo count($h), "\n";"#,
        );
        assert_eq!(out, "6435271\n7:9 6:6 5:5 4:4 3:3 2:2 1:1 0:1 0\n");
    }

    #[test]
    fn lists_index_in_iteration_order() {
        let out = run(
            r#"$s = new SplStack; $s[] = 1; $s[] = 2; $s[] = 3; echo $s[0], $s->top(), $s->bottom(), "\n";
$l = new SplDoublyLinkedList; $l->push('a'); $l->push('b'); $l->unshift('z'); foreach ($l as $k => $v) echo "$k$v"; echo "\n";"#,
        );
        assert_eq!(out, "331\n0z1a2b\n");
    }

    #[test]
    fn weak_map_entries_go_with_their_key() {
        let out = run(
            r#"$m = new WeakMap; $a = new stdClass; $m[$a] = 1; echo count($m); unset($a); echo count($m), "\n";
$o = new stdClass; echo serialize([$o, $o]), "\n";"#,
        );
        assert_eq!(out, "10\na:2:{i:0;O:8:\"stdClass\":0:{}i:1;r:2;}\n");
    }
}
