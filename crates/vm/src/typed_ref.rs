//! Typed references: a reference bound to typed properties (Zend's
//! `ZEND_REF_HAS_TYPE_SOURCES`), so a write through any of its names is checked
//! against every property type it is bound to.
//!
//! A `PhpRef` has no room for its sources, so they live in a per-thread table keyed
//! by the reference's address. Each entry keeps a `Weak` of its reference (so the
//! address is not reused while the entry exists). A source is checked lazily: it
//! counts only while its object (or class) still holds this very reference in the
//! property's slot, so unset, rebinding and freeing need no bookkeeping. A write
//! through a reference looks here only when the table is not empty (one load).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::class::{ClassEntry, PropInfo};
use crate::object::PhpObject;
use crate::value::{PhpRef, Value};

/// Who holds a property slot.
#[derive(Clone)]
enum Holder {
    Object(Weak<PhpObject>),
    /// A static property: its class's cell is the reference itself.
    Class(Weak<ClassEntry>),
}

/// One typed property a reference is bound to.
#[derive(Clone)]
pub(crate) struct Source {
    holder: Holder,
    pub(crate) info: Rc<PropInfo>,
}

struct Entry {
    /// Keeps the address unique while the entry exists.
    _keep: Weak<RefCell<Value>>,
    sources: Vec<Source>,
}

thread_local! {
    /// Entries in TABLE (a const-initialized cell: the hot path's only load).
    static COUNT: Cell<usize> = const { Cell::new(0) };
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

#[derive(Default)]
struct Table {
    map: HashMap<usize, Entry>,
    /// Size after the last pruning of dead references.
    pruned_at: usize,
}

fn key(r: &PhpRef) -> usize {
    Rc::as_ptr(r) as usize
}

/// Whether any typed reference may exist (writes through references check only then).
#[inline(always)]
pub(crate) fn any() -> bool {
    COUNT.with(|c| c.get() != 0)
}

impl Source {
    /// Whether the holder still has this reference in the property's slot.
    fn holds(&self, r: &PhpRef) -> bool {
        let same = |v: &Value| matches!(v, Value::Reference(x) if Rc::ptr_eq(x, r));
        match &self.holder {
            Holder::Object(w) => w.upgrade().is_some_and(|o| match o.slots.try_borrow() {
                Ok(slots) => slots.get(self.info.slot as usize).is_some_and(same),
                // Being written right now: still its slot.
                Err(_) => true,
            }),
            Holder::Class(w) => w.upgrade().is_some_and(|c| {
                c.static_cell(self.info.slot)
                    .is_some_and(|cell| Rc::ptr_eq(&cell, r))
            }),
        }
    }

    fn same_place(&self, other: &Source) -> bool {
        let holder = match (&self.holder, &other.holder) {
            (Holder::Object(a), Holder::Object(b)) => a.ptr_eq(b),
            (Holder::Class(a), Holder::Class(b)) => a.ptr_eq(b),
            _ => false,
        };
        holder && self.info.slot == other.info.slot
    }
}

/// Bind `r` to the typed property `info` of object `o`.
pub(crate) fn bind_prop(r: &PhpRef, o: &Rc<PhpObject>, info: &Rc<PropInfo>) {
    if info.ty.is_none() {
        return;
    }
    bind(
        r,
        Source {
            holder: Holder::Object(Rc::downgrade(o)),
            info: info.clone(),
        },
    );
}

/// Bind a typed static property's cell (the reference of every name it gets).
pub(crate) fn bind_static(cell: &PhpRef, class: &Rc<ClassEntry>, info: &Rc<PropInfo>) {
    if info.ty.is_none() {
        return;
    }
    bind(
        cell,
        Source {
            holder: Holder::Class(Rc::downgrade(class)),
            info: info.clone(),
        },
    );
}

fn bind(r: &PhpRef, s: Source) {
    if s.info.ty.is_none() {
        return;
    }
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if t.map.len() >= 64 && t.map.len() >= 2 * t.pruned_at {
            t.map.retain(|_, e| e._keep.strong_count() > 0);
            t.pruned_at = t.map.len();
        }
        let e = t.map.entry(key(r)).or_insert_with(|| Entry {
            _keep: Rc::downgrade(r),
            sources: Vec::new(),
        });
        if !e.sources.iter().any(|x| x.same_place(&s)) {
            e.sources.push(s);
        }
        COUNT.with(|c| c.set(t.map.len()));
    });
}

/// The typed properties `r` is bound to now (none: an ordinary reference).
pub(crate) fn sources(r: &PhpRef) -> Vec<Source> {
    if !any() {
        return Vec::new();
    }
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let k = key(r);
        let Some(e) = t.map.get_mut(&k) else {
            return Vec::new();
        };
        e.sources.retain(|s| s.holds(r));
        let out = e.sources.clone();
        if out.is_empty() {
            t.map.remove(&k);
            COUNT.with(|c| c.set(t.map.len()));
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unbound_reference_has_no_sources() {
        let r: PhpRef = Rc::new(RefCell::new(Value::Long(1)));
        assert!(sources(&r).is_empty());
    }
}
