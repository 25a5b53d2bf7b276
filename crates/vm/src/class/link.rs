//! Linking: a class's members from its own declarations plus what it inherits
//! (Zend's `zend_do_inheritance` / `zend_do_implement_interfaces`), for native and
//! user classes alike.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::{
    ClassConstant, ClassEntry, CreateHook, Init, Magic, Method, MethodBody, PropInfo, TypeSpec,
};
use crate::names::NameIndexMap;

/// A class's members while it is being linked.
pub(crate) struct Members {
    parent: Option<Rc<ClassEntry>>,
    /// Every interface, deduplicated, parents' first.
    interfaces: Vec<Rc<ClassEntry>>,
    constants: NameIndexMap<Rc<str>, Rc<ClassConstant>>,
    props: NameIndexMap<Rc<str>, Rc<PropInfo>>,
    methods: NameIndexMap<Box<[u8]>, Rc<Method>>,
    slot_info: Vec<Rc<PropInfo>>,
    default_slots: Vec<Init>,
    statics: Vec<crate::class::StaticSlot>,
    static_inits: Vec<(u32, Init)>,
}

impl Members {
    /// Start from the parent's slots and statics (own members come first in the
    /// tables, inherited ones are appended by [`Members::finish`], as Zend orders them).
    pub fn inherit(parent: Option<&Rc<ClassEntry>>, direct: &[Rc<ClassEntry>]) -> Members {
        let mut interfaces: Vec<Rc<ClassEntry>> = Vec::new();
        let mut add = |i: &Rc<ClassEntry>| {
            if !interfaces.iter().any(|x| Rc::ptr_eq(x, i)) {
                interfaces.push(i.clone());
            }
        };
        // Zend's order: the parent's, the ones named, then what those extend. A class
        // naming none takes its parent's list backwards (zend_do_inherit_interfaces).
        if let Some(p) = parent {
            if direct.is_empty() {
                p.interfaces.iter().rev().for_each(&mut add);
            } else {
                p.interfaces.iter().for_each(&mut add);
            }
        }
        direct.iter().for_each(&mut add);
        for i in direct {
            i.interfaces.iter().for_each(&mut add);
        }
        let (slot_info, default_slots, statics) = match parent {
            Some(p) => (
                p.slot_info.clone(),
                p.default_slots.borrow().clone(),
                p.statics.clone(),
            ),
            None => Default::default(),
        };
        Members {
            parent: parent.cloned(),
            interfaces,
            constants: NameIndexMap::default(),
            props: NameIndexMap::default(),
            methods: NameIndexMap::default(),
            slot_info,
            default_slots,
            statics,
            static_inits: Vec::new(),
        }
    }

    /// A class given `__toString` by a trait implements Stringable, as one declaring
    /// it does (zend_do_bind_traits).
    pub fn add_implicit_stringable(&mut self, stringable: Rc<ClassEntry>) {
        let has = |i: &Rc<ClassEntry>| Rc::ptr_eq(i, &stringable);
        if self.methods.get(b"__tostring".as_slice()).is_some() && !self.interfaces.iter().any(has)
        {
            self.interfaces.push(stringable);
        }
    }

    pub fn add_constant(
        &mut self,
        me: &Weak<ClassEntry>,
        class_name: &Rc<str>,
        name: &str,
        flags: u32,
        value: Init,
    ) {
        let name: Rc<str> = Rc::from(name);
        self.constants.insert(
            name.clone(),
            Rc::new(ClassConstant {
                name,
                flags,
                value: RefCell::new(value),
                evaluating: Cell::new(false),
                class: me.clone(),
                class_name: class_name.clone(),
            }),
        );
    }

    /// Declare a property; an instance property redeclaring a visible parent one keeps
    /// the parent's slot, a private parent one keeps its own slot beside the new one.
    pub fn add_prop(
        &mut self,
        me: &Weak<ClassEntry>,
        class_name: &Rc<str>,
        name: &str,
        flags: u32,
        ty: Option<TypeSpec>,
        default: Init,
    ) {
        let name: Rc<str> = Rc::from(name);
        let is_static = flags & miniphp_compiler::member::STATIC != 0;
        let inherited = self
            .parent
            .as_ref()
            .and_then(|p| p.props.get(&name))
            .filter(|p| !p.is_private() && p.is_static() == is_static);
        let slot = if is_static {
            let i = self.statics.len() as u32;
            let first = match default {
                Init::Value(v) => v,
                expr => {
                    self.static_inits.push((i, expr));
                    crate::value::Value::Null
                }
            };
            self.statics.push(crate::class::static_slot(first));
            i
        } else if let Some(p) = inherited {
            self.default_slots[p.slot as usize] = default;
            p.slot
        } else {
            self.default_slots.push(default);
            self.default_slots.len() as u32 - 1
        };
        let info = Rc::new(PropInfo {
            name: name.clone(),
            flags,
            ty,
            class: me.clone(),
            class_name: class_name.clone(),
            slot,
        });
        if !is_static {
            if (slot as usize) < self.slot_info.len() {
                self.slot_info[slot as usize] = info.clone();
            } else {
                self.slot_info.push(info.clone());
            }
        }
        self.props.insert(name, info);
    }

    pub fn add_method(
        &mut self,
        me: &Weak<ClassEntry>,
        class_name: &Rc<str>,
        name: &str,
        flags: u32,
        body: MethodBody,
    ) {
        self.methods.insert(
            name.to_ascii_lowercase().into_bytes().into_boxed_slice(),
            Rc::new(Method {
                name: Rc::from(name),
                flags,
                scope: me.clone(),
                scope_name: class_name.clone(),
                body,
            }),
        );
    }

    /// Take the parent's methods the class does not declare, after its own and before
    /// its traits' (zend_do_inheritance runs before zend_do_bind_traits: a trait method
    /// then replaces an inherited one in its place).
    pub fn inherit_methods(&mut self) {
        if let Some(p) = &self.parent {
            for (k, m) in &p.methods {
                self.methods.entry(k.clone()).or_insert_with(|| m.clone());
            }
        }
    }

    /// A method the class has so far (declared, inherited or from a trait).
    pub fn method(&self, lc_name: &[u8]) -> Option<&Rc<Method>> {
        self.methods.get(lc_name)
    }

    /// A property the class itself declares (or took from a trait), with its default.
    pub fn own_prop(&self, name: &str) -> Option<(Rc<PropInfo>, Init)> {
        let p = self.props.get(name)?.clone();
        let d = if p.is_static() {
            self.static_inits
                .iter()
                .find(|(i, _)| *i == p.slot)
                .map(|(_, init)| init.clone())
                .unwrap_or_else(|| {
                    Init::Value(self.statics[p.slot as usize].borrow().borrow().clone())
                })
        } else {
            self.default_slots[p.slot as usize].clone()
        };
        Some((p, d))
    }

    /// Whether the class itself declares (or took from a trait) a method.
    pub fn has_method(&self, lc_name: &[u8]) -> bool {
        self.methods.contains_key(lc_name)
    }

    /// Whether the class declares properties other than `allowed`.
    pub fn has_props_besides(&self, allowed: &[&str]) -> bool {
        self.props.keys().any(|k| !allowed.contains(&&**k))
    }

    /// A constant the class itself declares.
    pub fn own_constant(&self, name: &str) -> Option<Rc<ClassConstant>> {
        self.constants.get(name).cloned()
    }

    /// Append the inherited members and build the entry.
    pub fn finish(
        mut self,
        name: Rc<str>,
        parent: Option<Rc<ClassEntry>>,
        flags: u32,
        create: Option<CreateHook>,
        decl: Option<(u32, u32)>,
    ) -> ClassEntry {
        let sources: Vec<Rc<ClassEntry>> = parent
            .iter()
            .chain(self.interfaces.iter())
            .cloned()
            .collect();
        for src in &sources {
            for (k, c) in &src.constants {
                self.constants.entry(k.clone()).or_insert_with(|| c.clone());
            }
            for (k, m) in &src.methods {
                self.methods.entry(k.clone()).or_insert_with(|| m.clone());
            }
        }
        if let Some(p) = &parent {
            for (k, info) in &p.props {
                self.props.entry(k.clone()).or_insert_with(|| info.clone());
            }
        }
        let magic = Magic::from_methods(&self.methods);
        let static_inits = self.static_inits;
        let initialized = static_inits.is_empty()
            && self
                .default_slots
                .iter()
                .all(|i| matches!(i, Init::Value(_)))
            && constants_evaluated(self.constants.values());
        ClassEntry {
            lc_name: name.to_ascii_lowercase().into_bytes().into_boxed_slice(),
            name,
            parent,
            interfaces: self.interfaces,
            flags,
            constants: self.constants,
            props: self.props,
            slot_info: self.slot_info,
            default_slots: RefCell::new(self.default_slots),
            statics: self.statics,
            initialized: Cell::new(initialized),
            static_inits: RefCell::new(static_inits),
            methods: self.methods,
            magic,
            enum_backing: 0,
            create,
            decl,
        }
    }
}

/// A user class as an earlier request of this process linked it, kept with what it
/// was linked against (php's opcache keeps classes linked in the same way): while the
/// script is at the same place in the request and its parent, interfaces and traits
/// are the very entries it was linked with, the entry serves again once its
/// per-request state (own static properties, own constants) is back to its first
/// values. Enums (their cases are objects) and classes whose defaults are constant
/// expressions (evaluated against the request's constants) are linked every time.
pub(crate) struct Linked {
    class: Rc<ClassEntry>,
    script: u32,
    deps: Vec<Rc<ClassEntry>>,
    /// The classes its variance checks resolved (PHP's inheritance cache
    /// dependencies): they must be loaded, the same entries, for it to serve again.
    seen: Vec<Dependency>,
    /// The first values of the class's own static properties, which follow the
    /// inherited ones (shared cells of the parent's) in `statics`.
    statics: Vec<crate::value::Value>,
    constants: Vec<(Rc<ClassConstant>, Init)>,
}

impl Linked {
    /// The linked form of `class` to keep, if it can serve later requests.
    pub fn keep(
        class: &Rc<ClassEntry>,
        script: u32,
        deps: Vec<Rc<ClassEntry>>,
        seen: Vec<Dependency>,
    ) -> Option<Linked> {
        // Statics and defaults must be values to reset to (constants are reset as kept).
        let members_ready = class.static_inits.borrow().is_empty()
            && (class.default_slots.borrow().iter()).all(|i| matches!(i, Init::Value(_)));
        if class.is_enum() || !members_ready {
            return None;
        }
        let inherited = class.parent.as_ref().map_or(0, |p| p.statics.len());
        let statics = class.statics[inherited..]
            .iter()
            .map(|s| s.borrow().borrow().clone())
            .collect();
        let constants = class
            .constants
            .values()
            .filter(|c| std::ptr::eq(c.class.as_ptr(), Rc::as_ptr(class)))
            .map(|c| (c.clone(), c.value.borrow().clone()))
            .collect();
        Some(Linked {
            class: class.clone(),
            script,
            deps,
            seen,
            statics,
            constants,
        })
    }

    /// The kept entry, reset, when `script` and `deps` are what it was linked with and
    /// `loaded` (the class table, no autoloading) still finds what its checks resolved.
    pub fn reuse<'a>(
        &self,
        script: u32,
        mut deps: impl Iterator<Item = &'a Rc<ClassEntry>>,
        loaded: impl Fn(&[u8]) -> Option<Rc<ClassEntry>>,
    ) -> Option<Rc<ClassEntry>> {
        let same = self.script == script
            && self
                .deps
                .iter()
                .all(|d| deps.next().is_some_and(|x| Rc::ptr_eq(d, x)))
            && deps.next().is_none()
            && (self.seen.iter())
                .all(|(name, c)| loaded(name.as_bytes()).is_some_and(|x| Rc::ptr_eq(c, &x)));
        if !same {
            return None;
        }
        let own = self.class.statics.len() - self.statics.len();
        // Fresh references: the last request's variables may still be bound to the old.
        for (slot, first) in self.class.statics[own..].iter().zip(&self.statics) {
            *slot.borrow_mut() = Rc::new(RefCell::new(first.clone()));
        }
        for (c, first) in &self.constants {
            *c.value.borrow_mut() = first.clone();
            c.evaluating.set(false);
        }
        // Constant expressions are evaluated again at the class's first use.
        (self.class.initialized).set(constants_evaluated(self.class.constants.values()));
        Some(self.class.clone())
    }

    /// Let go of what the class's own static properties hold at the end of a request
    /// (objects in them must not outlive it); `reuse` gives them their first values.
    pub fn release_statics(&self) {
        let own = self.class.statics.len() - self.statics.len();
        for slot in &self.class.statics[own..] {
            drop(slot.replace(Rc::new(RefCell::new(crate::value::Value::Null))));
        }
    }
}

/// Whether none of these constants waits for its expression to be evaluated.
fn constants_evaluated<'a>(mut constants: impl Iterator<Item = &'a Rc<ClassConstant>>) -> bool {
    constants.all(|c| matches!(*c.value.borrow(), Init::Value(_)))
}

/// A class a variance check resolved while linking another: its name and entry.
pub(crate) type Dependency = (Rc<str>, Rc<ClassEntry>);

thread_local! {
    /// The dependencies of the class being linked (see [`Dependencies`]).
    static SEEN: RefCell<Vec<Dependency>> = const { RefCell::new(Vec::new()) };
}

/// Linking the current class resolved `name` to `class` in a variance check.
pub(crate) fn note_dependency(name: &str, class: &Rc<ClassEntry>) {
    SEEN.with_borrow_mut(|s| s.push((Rc::from(name), class.clone())));
}

/// Collects the dependencies of one class's linking. A class autoloaded by a variance
/// check is linked inside another's: the outer list comes back when the inner linking
/// finishes, or fails (dropped).
pub(crate) struct Dependencies {
    outer: Option<Vec<Dependency>>,
}

impl Dependencies {
    pub fn begin() -> Dependencies {
        Dependencies {
            outer: Some(SEEN.with_borrow_mut(std::mem::take)),
        }
    }

    /// What this linking resolved.
    pub fn finish(mut self) -> Vec<Dependency> {
        let outer = self.outer.take().unwrap_or_default();
        SEEN.with_borrow_mut(|s| std::mem::replace(s, outer))
    }
}

impl Drop for Dependencies {
    fn drop(&mut self) {
        if let Some(outer) = self.outer.take() {
            SEEN.with_borrow_mut(|s| *s = outer);
        }
    }
}
