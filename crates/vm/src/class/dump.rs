//! Objects as the dumping functions show them (`var_dump`, `print_r`, `var_export`,
//! `get_object_vars`, `json_encode`): properties in slot order then dynamic ones,
//! with their visibility.

use std::rc::Rc;

use super::{ClassEntry, TypeSpec};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};

/// A property's visibility as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Vis {
    Public,
    Protected,
    /// Private to the named class.
    Private(Rc<str>),
}

/// One property as shown.
pub struct ShownProp {
    pub name: Vec<u8>,
    pub vis: Vis,
    /// None: a typed property not initialized (var_dump shows `uninitialized(int)`).
    pub value: Option<Value>,
    pub ty: Option<String>,
    /// An integer key (`SplFixedArray`'s elements, a `WeakMap`'s entries): var_dump
    /// shows `[0]`, not `["0"]`.
    pub int_key: bool,
}

/// The properties of `o` in PHP's order; `with_uninit` keeps uninitialized typed
/// ones (var_dump), otherwise they and unset ones are skipped.
pub fn shown_props(o: &PhpObject, with_uninit: bool) -> Vec<ShownProp> {
    let slots = o.slots.borrow();
    let mut out = Vec::with_capacity(slots.len());
    for (info, v) in o.class.slot_info.iter().zip(slots.iter()) {
        let vis = if info.is_private() {
            Vis::Private(info.class_name.clone())
        } else if info.is_protected() {
            Vis::Protected
        } else {
            Vis::Public
        };
        let value = match v {
            Value::Undef => {
                if !with_uninit || info.ty.is_none() {
                    continue;
                }
                None
            }
            // A reference only the property holds is no reference (PHP's refcount 1).
            v => Some(crate::array::dup_value(v)),
        };
        out.push(ShownProp {
            name: info.name.as_bytes().to_vec(),
            vis,
            value,
            ty: info.ty.as_ref().map(TypeSpec::to_php_string),
            int_key: false,
        });
    }
    let spl = crate::class::spl::extra_props(o);
    let dynamic = o.dynamic.borrow();
    let own = dynamic
        .iter()
        .flat_map(|d| d.iter())
        .map(|(k, v)| (k, crate::array::dup_value(v), false));
    let spl = spl.into_iter().map(|(k, v)| (k, v, true));
    for (k, v, native) in own.chain(spl) {
        let (name, int_key) = match k {
            ArrayKey::Int(i) => (i.to_string().into_bytes(), native),
            ArrayKey::Str(s) => (s.to_vec(), false),
        };
        out.push(ShownProp {
            name,
            vis: Vis::Public,
            value: Some(v),
            ty: None,
            int_key,
        });
    }
    out
}

/// What `var_dump` and `print_r` show: a closure's debug information (`static`,
/// `this`, `parameter`…), else [`shown_props`].
pub fn debug_props(o: &PhpObject, with_uninit: bool) -> Vec<ShownProp> {
    match crate::closure::debug_info(o) {
        Some(info) => info
            .iter()
            .map(|(k, v)| ShownProp {
                name: match k {
                    ArrayKey::Int(i) => i.to_string().into_bytes(),
                    ArrayKey::Str(s) => s.to_vec(),
                },
                vis: Vis::Public,
                value: Some(v.clone()),
                ty: None,
                int_key: false,
            })
            .collect(),
        None => {
            let mut props = shown_props(o, with_uninit);
            props.extend(crate::class::spl::debug_extra(o));
            props
        }
    }
}

/// Whether a property with visibility `vis` is visible from `scope`
/// (`get_object_vars`, `foreach` over an object).
pub fn visible_from(vis: &Vis, class: &ClassEntry, scope: Option<&Rc<ClassEntry>>) -> bool {
    match vis {
        Vis::Public => true,
        Vis::Protected => scope.is_some_and(|s| {
            let s: &ClassEntry = s;
            class_related(s, class)
        }),
        Vis::Private(owner) => scope.is_some_and(|s| *s.name == **owner),
    }
}

fn class_related(a: &ClassEntry, b: &ClassEntry) -> bool {
    let chain = |x: &ClassEntry, y: &ClassEntry| {
        let mut cur = Some(x);
        while let Some(c) = cur {
            if std::ptr::eq(c, y) {
                return true;
            }
            cur = c.parent.as_deref();
        }
        false
    };
    chain(a, b) || chain(b, a)
}

impl TypeSpec {
    /// The type as PHP prints it (`?int`, `string|int`, `Foo`).
    pub fn to_php_string(&self) -> String {
        let classes = self.classes.iter().map(|c| c.to_string()).collect();
        crate::exec::format_type(classes, self.mask)
    }
}
