//! Objects (Zend's `zend_object`): a class, a handle, declared properties in slots, an
//! optional table of dynamic properties, and native state for built-in classes.
//!
//! - `id` is the object handle (`spl_object_id`, `#n` in `var_dump`); a freed handle
//!   is reused by the next object, most recently freed first, as Zend's free list.
//! - `slots[i]` holds the property `class.slot_info[i]`; `Value::Undef` marks a typed
//!   property not yet initialized, or an unset one.
//! - `dynamic` holds properties created at run time (`$o->x = 1` on a class without
//!   `$x`, every property of a `stdClass`), in creation order.
//! - `native` is the internal state of built-in classes; engineers add variants to
//!   [`Native`] (`Closure(..)`, `Generator(..)`, …).
//! - Destructors: when the last `Rc` of an object whose class has `__destruct` goes,
//!   `Drop` moves its contents into a new object queued in [`take_pending_destructs`];
//!   the VM calls `__destruct` on it at its next safe point (see `exec/objects.rs`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::array::PhpArray;
use crate::class::ClassEntry;
use crate::value::{ArrayKey, Value};
use miniphp_compiler::TypeDecl;

/// Internal state of objects of built-in classes.
#[derive(Debug, Default)]
pub enum Native {
    #[default]
    None,
    Generator(Box<crate::generator::Generator>),
    Closure(Box<crate::closure::ClosureData>),
    /// A foreach's iteration of a Traversable: the iterator (Zend's
    /// `zend_object_iterator`, which takes an object handle while the loop runs).
    Iteration(Rc<PhpObject>),
    /// What a Reflection object reflects (`crate::class::reflection`).
    Reflection(Rc<crate::class::reflection::Reflected>),
    /// A `SensitiveParameterValue`'s hidden value (not a property: dumps show nothing).
    SensitiveValue(Value),
    /// SPL data structures, iterators and weak references (`crate::class::spl`).
    Spl(Box<crate::class::spl::State>),
    /// A `HashContext` (`hash_init`).
    Hash(Box<crate::builtins::hash::HashState>),
    /// A date's exact instant, for the `date` property text it was stored with (that
    /// text alone cannot tell apart the two 01:30s of a night when clocks go back).
    DateInstant(Box<(Vec<u8>, i64)>),
    /// A `Random\Engine\Mt19937`'s twister (`crate::class::random`).
    Mt(Box<crate::builtins::mt::Mt>),
}

impl Native {
    /// State that needs the VM when its object goes (a suspended generator inside
    /// `try`/`finally`): such objects are queued like those with a destructor.
    fn needs_dtor(&self) -> bool {
        match self {
            Native::Generator(g) => g.needs_close(),
            Native::None
            | Native::Closure(_)
            | Native::Iteration(_)
            | Native::Reflection(_)
            | Native::SensitiveValue(_)
            | Native::Spl(_)
            | Native::Hash(_)
            | Native::DateInstant(_)
            | Native::Mt(_) => false,
        }
    }
}

pub struct PhpObject {
    pub class: Rc<ClassEntry>,
    /// `spl_object_id`.
    pub id: u32,
    /// Creation order (handles are reused; this is not).
    pub serial: u64,
    /// Declared instance properties, by slot.
    pub slots: RefCell<Vec<Value>>,
    /// Dynamic properties (boxed: most objects have none, and a smaller object is
    /// cheaper to create).
    pub dynamic: RefCell<Option<Box<PhpArray>>>,
    pub native: RefCell<Native>,
    flags: Cell<u8>,
    /// Declared slots that `unset()` emptied (Zend clears `IS_PROP_UNINIT`): an empty
    /// slot goes to the magic methods only then, a never-initialized typed one does
    /// not. Bit `min(slot, 15)`: slots from 15 on share the last bit (16 bits fit the
    /// padding beside `flags`, so objects do not grow).
    unset_slots: Cell<u16>,
}

impl std::fmt::Debug for PhpObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "object({})#{}", self.class.name, self.id)
    }
}

/// A built-in's own frame was added to this throwable's trace.
const NATIVE_FRAME: u8 = 1;
/// `__destruct` was called (or is queued): never again.
const DESTRUCTED: u8 = 2;
/// A key of some `WeakMap`: its entries go when the object does.
const WEAK_KEY: u8 = 4;
/// In the shutdown pass's registry (`Handles::live`): taken out when freed.
const LIVE: u8 = 8;
/// Not in the cycle collector's buffer yet (see [`collectable`]).
const UNTRACKED: u8 = 16;

struct Handles {
    next: u32,
    free: Vec<u32>,
    serial: u64,
    /// Objects whose last reference went while their class has a destructor.
    pending: Vec<Rc<PhpObject>>,
    /// Set at the end of the request: objects dropped from now on get no destructor.
    destructors_off: bool,
    /// Live objects whose class has `__destruct`, by handle (the shutdown pass).
    live: std::collections::BTreeMap<u32, std::rc::Weak<PhpObject>>,
    /// The last serial of the earlier requests: an object of theirs still alive
    /// when it goes (a kept class's constant) gives its handle back to no one.
    request_start: u64,
}

thread_local! {
    static HANDLES: RefCell<Handles> = const {
        RefCell::new(Handles { next: 1, free: Vec::new(), serial: 0, pending: Vec::new(), destructors_off: false, live: std::collections::BTreeMap::new(), request_start: 0 })
    };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// A new web request: handles start at 1 again, as PHP makes its object store anew
/// for each request (the previous one freed every object it could).
pub fn start_request_handles() {
    let left = HANDLES.with(|h| {
        let mut h = h.borrow_mut();
        h.next = 1;
        h.free.clear();
        h.request_start = h.serial;
        (std::mem::take(&mut h.live), std::mem::take(&mut h.pending))
    });
    drop(left);
}

/// Whether the object with `serial` was created in the running request.
fn of_this_request(serial: u64) -> bool {
    HANDLES
        .try_with(|h| h.try_borrow().map_or(true, |h| serial > h.request_start))
        .unwrap_or(false)
}

/// The serial the next object will get (to tell objects created after a point).
pub fn next_serial() -> u64 {
    HANDLES.with(|h| h.borrow().serial)
}

fn alloc_handle() -> (u32, u64) {
    HANDLES.with(|h| {
        let mut h = h.borrow_mut();
        h.serial += 1;
        let serial = h.serial;
        match h.free.pop() {
            Some(id) => (id, serial),
            None => {
                h.next += 1;
                (h.next - 1, serial)
            }
        }
    })
}

/// Whether objects wait for their destructor (a cheap check for the dispatch loop).
#[inline]
pub fn has_pending_destructs() -> bool {
    HAS_PENDING.with(Cell::get)
}

/// Make the VM stop at its next safe point, as for a pending destructor (the cycle
/// collector's automatic run waits there too).
pub fn request_safe_point() {
    HAS_PENDING.with(|p| p.set(true));
}

/// The objects waiting for `__destruct`, oldest first.
pub fn take_pending_destructs() -> Vec<Rc<PhpObject>> {
    HAS_PENDING.with(|p| p.set(false));
    HANDLES.with(|h| std::mem::take(&mut h.borrow_mut().pending))
}

/// Live objects with a destructor not yet called, in handle order (PHP's shutdown
/// calls their destructors in this order).
pub fn live_destructibles() -> Vec<Rc<PhpObject>> {
    HANDLES.with(|h| {
        h.borrow()
            .live
            .values()
            .filter_map(std::rc::Weak::upgrade)
            .filter(|o| o.flags.get() & DESTRUCTED == 0)
            .collect()
    })
}

fn register_live(o: &Rc<PhpObject>) {
    if o.class.magic.destruct.is_some() {
        track_live(o);
    }
}

/// Count an object among those the shutdown pass destructs (native state that needs
/// the VM when it goes: a generator with `finally` blocks).
pub fn track_live(o: &Rc<PhpObject>) {
    o.flags.set(o.flags.get() | LIVE);
    HANDLES.with(|h| h.borrow_mut().live.insert(o.id, Rc::downgrade(o)));
}

/// Stop (or resume) queueing destructors (after shutdown's destructor pass, PHP
/// frees the remaining objects without calling them).
pub fn set_destructors_enabled(on: bool) {
    HANDLES.with(|h| h.borrow_mut().destructors_off = !on);
}

impl PhpObject {
    /// Whether the object has a dynamic property under `key`.
    pub fn has_dynamic(&self, key: &ArrayKey) -> bool {
        self.dynamic
            .borrow()
            .as_ref()
            .is_some_and(|d| d.contains_key(key))
    }

    /// An object of `class` with its default property values. The class's constant
    /// expressions must have been evaluated (`Vm::instantiate` does it).
    pub fn new(class: &Rc<ClassEntry>) -> Rc<PhpObject> {
        // Collected from the slice's exact-size iterator: one allocation, no
        // capacity test per slot.
        let slots = (class.default_slots.borrow().iter())
            .map(|init| match init {
                crate::class::Init::Value(v) => v.clone(),
                crate::class::Init::Expr { .. } => Value::Null,
            })
            .collect();
        Self::create(class, slots, collectable(class))
    }

    /// An object of `class` with these slot values (copies, unserialized objects, built-in
    /// classes' state set afterwards): always a cycle candidate.
    pub fn with_slots(class: &Rc<ClassEntry>, slots: Vec<Value>) -> Rc<PhpObject> {
        Self::create(class, slots, true)
    }

    fn create(class: &Rc<ClassEntry>, slots: Vec<Value>, candidate: bool) -> Rc<PhpObject> {
        let (id, serial) = alloc_handle();
        let o = Rc::new(PhpObject {
            class: class.clone(),
            id,
            serial,
            slots: RefCell::new(slots),
            dynamic: RefCell::new(None),
            native: RefCell::new(Native::None),
            flags: Cell::new(if candidate { 0 } else { UNTRACKED }),
            unset_slots: Cell::new(0),
        });
        register_live(&o);
        if candidate {
            crate::gc::possible_root(&o);
        }
        o
    }

    fn unset_bit(slot: u32) -> u16 {
        1 << slot.min(15)
    }

    /// `unset()` emptied declared slot `slot`: it is no longer "uninitialized".
    pub fn mark_unset(&self, slot: u32) {
        self.unset_slots
            .set(self.unset_slots.get() | Self::unset_bit(slot));
    }

    /// Whether the empty declared slot `slot` was unset (so `__get`/`__set`/`__isset`/
    /// `__unset` handle it) rather than never initialized (PHP's IS_PROP_UNINIT).
    pub fn was_unset(&self, slot: u32) -> bool {
        self.unset_slots.get() & Self::unset_bit(slot) != 0
    }

    /// A clone keeps which of its slots were unset.
    pub fn copy_unset_slots(&self, from: &PhpObject) {
        self.unset_slots.set(from.unset_slots.get());
    }

    /// Make an object left out of the cycle collector's buffer a candidate: it is
    /// getting properties outside its declared scalar slots (a dynamic property,
    /// unserialized members).
    pub fn track(o: &Rc<PhpObject>) {
        let f = o.flags.get();
        if f & UNTRACKED != 0 {
            o.flags.set(f & !UNTRACKED);
            crate::gc::possible_root(o);
        }
    }

    /// A `stdClass` with these properties (`(object)` casts, `json_decode`).
    pub fn std_class(props: PhpArray) -> Rc<PhpObject> {
        let class = crate::class::native_class("stdclass").expect("stdClass is built in");
        let o = Self::with_slots(&class, Vec::new());
        *o.dynamic.borrow_mut() = Some(Box::new(props));
        o
    }

    pub fn native_frame_added(&self) -> bool {
        self.flags.get() & NATIVE_FRAME != 0
    }

    pub fn mark_native_frame_added(&self) {
        self.flags.set(self.flags.get() | NATIVE_FRAME);
    }

    /// Whether `__destruct` was called (or is queued).
    pub fn is_destructed(&self) -> bool {
        self.flags.get() & DESTRUCTED != 0
    }

    /// Mark the object as a `WeakMap` key (its entries are dropped when it is freed).
    pub fn mark_weak_key(&self) {
        self.flags.set(self.flags.get() | WEAK_KEY);
    }

    /// Mark `__destruct` as called; false if it already was.
    pub fn mark_destructed(&self) -> bool {
        let f = self.flags.get();
        self.flags.set(f | DESTRUCTED);
        f & DESTRUCTED == 0
    }

    /// A property by name for the engine's own use (no visibility, no magic): the
    /// declared one visible from the class, else a dynamic one; null if absent.
    pub fn prop(&self, name: &str) -> Value {
        if let Some(info) = self.class.find_prop(name).filter(|p| !p.is_static()) {
            return match &self.slots.borrow()[info.slot as usize] {
                Value::Undef => Value::Null,
                v => v.deref(),
            };
        }
        self.dynamic
            .borrow()
            .as_ref()
            .and_then(|d| d.get(&ArrayKey::from_bytes(name.as_bytes())))
            .map(Value::deref)
            .unwrap_or_default()
    }

    /// Set a property by name for the engine's own use (see [`PhpObject::prop`]).
    pub fn set_prop(&self, name: &str, v: Value) {
        if let Some(info) = self.class.find_prop(name).filter(|p| !p.is_static()) {
            let mut slots = self.slots.borrow_mut();
            match &mut slots[info.slot as usize] {
                Value::Reference(r) => *r.borrow_mut() = v,
                slot => *slot = v,
            }
            return;
        }
        self.dynamic
            .borrow_mut()
            .get_or_insert_with(Default::default)
            .insert(ArrayKey::from_bytes(name.as_bytes()), v);
    }

    /// The property table as Zend's `get_properties` shows it (the `(array)` cast's
    /// keys): [`PhpObject::std_prop_table`], except for an ArrayObject/ArrayIterator,
    /// whose table is its storage (as PHP's `spl_array_get_properties`).
    pub fn prop_table(&self) -> PhpArray {
        crate::class::spl::table_override(self).unwrap_or_else(|| self.std_prop_table())
    }

    /// Initialized declared properties in slot order, then dynamic ones; private names
    /// mangled as `"\0Class\0name"`, protected ones as `"\0*\0name"`.
    pub fn std_prop_table(&self) -> PhpArray {
        let slots = self.slots.borrow();
        let dynamic = self.dynamic.borrow();
        let mut out =
            PhpArray::with_capacity(slots.len() + dynamic.as_ref().map_or(0, |d| d.len()));
        for (info, v) in self.class.slot_info.iter().zip(slots.iter()) {
            if matches!(v, Value::Undef) {
                continue;
            }
            out.insert(ArrayKey::from_bytes(&mangle(info)), v.clone());
        }
        if let Some(d) = dynamic.as_ref() {
            for (k, v) in d.iter() {
                out.insert(k, v.clone());
            }
        }
        for (k, v) in crate::class::spl::extra_props(self) {
            out.insert(k, v);
        }
        out
    }
}

/// Whether objects of `class` must be cycle candidates (Zend's `GC_NOT_COLLECTABLE`
/// idea, decided per object here). Not when nothing they hold at creation can lead
/// back to them: a user class with no built-in ancestor (no native state) whose
/// declared properties all have scalar types, so its slots only ever hold scalars or
/// references (which are candidates themselves). A dynamic property or unserialized
/// members make such an object a candidate ([`PhpObject::track`]). Leaving these out
/// spares the buffer's push and prune and frees their memory at once (a `Weak` in the
/// buffer keeps an object's allocation until the next prune).
fn collectable(class: &ClassEntry) -> bool {
    const SCALAR: u32 = TypeDecl::DECLARED
        | TypeDecl::NULL
        | TypeDecl::FALSE
        | TypeDecl::TRUE
        | TypeDecl::LONG
        | TypeDecl::DOUBLE
        | TypeDecl::STRING;
    if class.decl.is_none() || class.create.is_some() {
        return true;
    }
    let scalar = |p: &Rc<crate::class::PropInfo>| {
        p.ty.as_ref()
            .is_some_and(|t| t.mask & !SCALAR == 0 && t.classes.is_empty())
    };
    if !class.slot_info.iter().all(scalar) {
        return true;
    }
    let mut parent = class.parent.as_deref();
    while let Some(p) = parent {
        if p.decl.is_none() {
            return true;
        }
        parent = p.parent.as_deref();
    }
    false
}

/// A property's key in the `(array)` table.
pub fn mangle(info: &crate::class::PropInfo) -> Vec<u8> {
    let mut k = Vec::with_capacity(info.name.len() + 3);
    if info.is_private() {
        k.push(0);
        k.extend_from_slice(info.class_name.as_bytes());
        k.push(0);
    } else if info.is_protected() {
        k.extend_from_slice(b"\0*\0");
    }
    k.extend_from_slice(info.name.as_bytes());
    k
}

/// A mangled key split into (class or `*`, name); None for a public name.
pub fn unmangle(key: &[u8]) -> Option<(&[u8], &[u8])> {
    let rest = key.strip_prefix(b"\0")?;
    let end = rest.iter().position(|&b| b == 0)?;
    Some((&rest[..end], &rest[end + 1..]))
}

impl PhpObject {
    /// Resurrect the contents of an object being dropped under the same handle, for
    /// the VM to destruct (out of line: most objects have no destructor).
    #[cold]
    #[inline(never)]
    fn queue_destruct(&mut self) {
        let obj = Rc::new(PhpObject {
            class: self.class.clone(),
            id: self.id,
            serial: self.serial,
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
            dynamic: RefCell::new(self.dynamic.get_mut().take()),
            native: RefCell::new(std::mem::take(self.native.get_mut())),
            flags: Cell::new((self.flags.get() | DESTRUCTED) & !UNTRACKED),
            unset_slots: Cell::new(self.unset_slots.get()),
        });
        register_live(&obj);
        crate::gc::possible_root(&obj);
        HANDLES.with(|h| h.borrow_mut().pending.push(obj));
        HAS_PENDING.with(|p| p.set(true));
    }
}

impl Drop for PhpObject {
    fn drop(&mut self) {
        let queue = (self.class.magic.destruct.is_some() || self.native.get_mut().needs_dtor())
            && self.flags.get() & DESTRUCTED == 0
            && HANDLES.with(|h| !h.borrow().destructors_off);
        if queue {
            self.queue_destruct();
            return;
        }
        // An earlier request's object (see `Handles::request_start`) has a handle a
        // live object may hold now.
        if self.flags.get() & WEAK_KEY != 0 && of_this_request(self.serial) {
            crate::class::spl::weak::key_freed(self.id);
        }
        // As Zend's free_obj: the contents go first (objects they hold free their
        // handles), then this handle, which the next new object reuses.
        drop(std::mem::take(self.slots.get_mut()));
        drop(self.dynamic.get_mut().take());
        if !matches!(self.native.get_mut(), Native::None) {
            drop(std::mem::take(self.native.get_mut()));
        }
        let _ = HANDLES.try_with(|h| {
            if let Ok(mut h) = h.try_borrow_mut() {
                if self.serial <= h.request_start {
                    return;
                }
                if self.flags.get() & LIVE != 0 {
                    h.live.remove(&self.id);
                }
                h.free.push(self.id);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_by_name() {
        let class = crate::class::native_class("exception").expect("built in");
        let o = PhpObject::new(&class);
        o.set_prop("message", Value::from("hi"));
        assert!(o.prop("message").strict_eq(&Value::from("hi")));
        assert!(o.prop("nope").is_null());
        o.set_prop("extra", Value::Long(1));
        let t = o.prop_table();
        assert!(t.contains_key(&ArrayKey::from_bytes(b"\0*\0message")));
        assert!(t.contains_key(&ArrayKey::from_bytes(b"\0Exception\0trace")));
        assert!(t.contains_key(&ArrayKey::from_bytes(b"extra")));
    }

    #[test]
    fn handles_are_reused_last_freed_first() {
        let class = crate::class::native_class("stdclass").expect("built in");
        let a = PhpObject::new(&class);
        let b = PhpObject::new(&class);
        let (ida, idb) = (a.id, b.id);
        assert_ne!(ida, idb);
        drop(a);
        drop(b);
        assert_eq!(PhpObject::new(&class).id, idb);
    }

    #[test]
    fn an_object_is_small() {
        // What `new` copies into its allocation: the header, the slots' vector and
        // the cells of the rare parts (a dynamic table inline made it 176 bytes).
        assert!(std::mem::size_of::<PhpObject>() <= 96);
    }

    #[test]
    fn unmangling() {
        assert_eq!(unmangle(b"\0A\0x"), Some((&b"A"[..], &b"x"[..])));
        assert_eq!(unmangle(b"\0*\0x"), Some((&b"*"[..], &b"x"[..])));
        assert_eq!(unmangle(b"x"), None);
    }
}
