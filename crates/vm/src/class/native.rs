//! Built-in classes: declared as `NativeClass` constants, built once per thread.
//!
//! To add built-in classes: write `pub const CLASSES: &[NativeClass] = &[...]` in your
//! module and add it to [`MODULES`] (after the modules declaring their parents).

use std::cell::RefCell;
use std::rc::Rc;

use miniphp_compiler::{flags as fn_flags, member};

use super::link::Members;
use super::{ClassEntry, CreateHook, Init, MethodBody, TypeSpec, NATIVE};
use crate::names::NameMap;
use crate::object::PhpObject;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// What a native method receives besides its arguments.
pub struct MethodCtx {
    /// `$this` (None for a static call).
    pub this: Option<Rc<PhpObject>>,
    /// The called class (`static::`).
    pub class: Rc<ClassEntry>,
}

/// A native method's body; arguments as for built-in functions (`BuiltinSpec`).
pub type NativeHandler = fn(&mut Vm, &MethodCtx, &mut [Value]) -> Result<Value, Unwind>;

/// A built-in class's method.
pub struct NativeMethod {
    /// As declared (`getMessage`).
    pub name: &'static str,
    pub handler: NativeHandler,
    /// Parameter names (named arguments, error messages).
    pub params: &'static [&'static str],
    pub required: u8,
    pub variadic: bool,
    /// 0-based positions of by-reference parameters.
    pub by_ref: &'static [u8],
    /// `miniphp_compiler::flags` bits; 0 means public.
    pub flags: u32,
}

impl NativeMethod {
    /// A public method with `params` (all of them required when `required` says so).
    pub const fn new(
        name: &'static str,
        handler: NativeHandler,
        params: &'static [&'static str],
        required: u8,
    ) -> NativeMethod {
        NativeMethod {
            name,
            handler,
            params,
            required,
            variadic: false,
            by_ref: &[],
            flags: 0,
        }
    }

    /// The same method with other flags (`fn_flags::STATIC`, `FINAL`, `ABSTRACT`…).
    pub const fn with_flags(mut self, flags: u32) -> NativeMethod {
        self.flags = flags;
        self
    }

    /// An interface's (abstract) method.
    pub const fn abstract_(name: &'static str, params: &'static [&'static str]) -> NativeMethod {
        NativeMethod::new(name, abstract_body, params, 0).with_flags(fn_flags::ABSTRACT)
    }
}

fn abstract_body(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    Err(vm.throw_error(
        "Error",
        format!("Cannot call abstract method of {}", ctx.class.name),
    ))
}

/// A constant value a native class can declare.
#[derive(Clone, Copy, Debug)]
pub enum NativeConst {
    Null,
    Bool(bool),
    Long(i64),
    Str(&'static str),
    EmptyArray,
    /// No default: a typed property starts uninitialized.
    Uninit,
}

impl NativeConst {
    pub fn value(self) -> Value {
        match self {
            NativeConst::Null => Value::Null,
            NativeConst::Bool(b) => Value::from(b),
            NativeConst::Long(n) => Value::Long(n),
            NativeConst::Str(s) => Value::from(s),
            NativeConst::EmptyArray => Value::empty_array(),
            NativeConst::Uninit => Value::Undef,
        }
    }
}

/// A property of a native class.
pub struct NativeProp {
    pub name: &'static str,
    /// `member` bits (visibility, `STATIC`, `READONLY`).
    pub flags: u32,
    pub default: NativeConst,
    /// A `TypeDecl` mask (0: untyped).
    pub ty: u32,
}

/// A built-in class, interface or enum.
pub struct NativeClass {
    pub name: &'static str,
    pub parent: Option<&'static str>,
    /// Interfaces implemented directly (or extended, for an interface).
    pub interfaces: &'static [&'static str],
    /// `miniphp_compiler::class_flags`.
    pub flags: u32,
    pub consts: &'static [(&'static str, NativeConst)],
    pub props: &'static [NativeProp],
    pub methods: &'static [NativeMethod],
    /// Builds the object (None: plain `PhpObject::new`); inherited by subclasses.
    pub create: Option<CreateHook>,
}

impl NativeClass {
    /// A class with nothing but a name (fill the rest with `..NativeClass::EMPTY`).
    pub const EMPTY: NativeClass = NativeClass {
        name: "",
        parent: None,
        interfaces: &[],
        flags: 0,
        consts: &[],
        props: &[],
        methods: &[],
        create: None,
    };
}

/// Every module's built-in classes, parents first.
pub const MODULES: &[&[NativeClass]] = &[
    super::builtin::CLASSES,
    super::spl::interfaces::CLASSES,
    super::spl::array::CLASSES,
    super::spl::dll::CLASSES,
    super::spl::fixed::CLASSES,
    super::spl::heap::CLASSES,
    super::spl::storage::CLASSES,
    super::spl::iterators::CLASSES,
    super::spl::tree::CLASSES,
    super::spl::weak::CLASSES,
    super::spl::fs::CLASSES,
    super::spl::directory::CLASSES,
    super::spl::fileobject::CLASSES,
    crate::throwable::CLASSES,
    crate::closure::CLASSES,
    crate::generator::CLASSES,
    super::reflection::ATTRIBUTE_CLASSES,
    super::reflection::CLASSES,
    crate::builtins::hash::CLASSES,
    crate::builtins::tokenizer::CLASSES,
    super::date::CLASSES,
    super::date_period::CLASSES,
    super::random::CLASSES,
    crate::builtins::stream_filter::CLASSES,
];

thread_local! {
    static REGISTRY: RefCell<Option<Rc<Registry>>> = const { RefCell::new(None) };
}

/// The native classes, built once per thread.
pub struct Registry {
    pub by_lc: NameMap<Box<[u8]>, Rc<ClassEntry>>,
    /// Declaration order.
    pub list: Vec<Rc<ClassEntry>>,
}

/// The native class table of this thread.
pub fn registry() -> Rc<Registry> {
    REGISTRY.with(|r| {
        if let Some(reg) = &*r.borrow() {
            return reg.clone();
        }
        let reg = Rc::new(build_all());
        *r.borrow_mut() = Some(reg.clone());
        reg
    })
}

/// A native class by lowercase name.
pub fn native_class(lc_name: &str) -> Option<Rc<ClassEntry>> {
    registry().by_lc.get(lc_name.as_bytes()).cloned()
}

fn build_all() -> Registry {
    let mut reg = Registry {
        by_lc: NameMap::default(),
        list: Vec::new(),
    };
    for module in MODULES {
        for decl in *module {
            let class = build(&reg, decl);
            reg.by_lc.insert(class.lc_name.clone(), class.clone());
            reg.list.push(class);
        }
    }
    reg
}

fn build(reg: &Registry, decl: &'static NativeClass) -> Rc<ClassEntry> {
    let find = |n: &str| {
        reg.by_lc
            .get(n.to_ascii_lowercase().as_bytes())
            .cloned()
            .unwrap_or_else(|| panic!("native class {n} declared before its parent"))
    };
    let parent = decl.parent.map(find);
    let interfaces: Vec<Rc<ClassEntry>> = decl.interfaces.iter().map(|n| find(n)).collect();
    let name: Rc<str> = Rc::from(decl.name);
    Rc::new_cyclic(|me| {
        let mut m = Members::inherit(parent.as_ref(), &interfaces);
        for (cname, v) in decl.consts {
            m.add_constant(me, &name, cname, member::PUBLIC, Init::Value(v.value()));
        }
        for p in decl.props {
            let ty = (p.ty != 0).then(|| TypeSpec {
                mask: p.ty,
                classes: Vec::new(),
            });
            m.add_prop(
                me,
                &name,
                p.name,
                p.flags,
                ty,
                Init::Value(p.default.value()),
            );
        }
        for meth in decl.methods {
            let flags = if meth.flags & (fn_flags::PROTECTED | fn_flags::PRIVATE) == 0 {
                meth.flags | fn_flags::PUBLIC
            } else {
                meth.flags
            };
            m.add_method(me, &name, meth.name, flags, MethodBody::Native(meth));
        }
        m.finish(
            name.clone(),
            parent.clone(),
            decl.flags | NATIVE,
            decl.create
                .or_else(|| parent.as_ref().and_then(|p| p.create)),
            None,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_is_linked() {
        let e = native_class("divisionbyzeroerror").expect("built");
        let arith = native_class("arithmeticerror").expect("built");
        let throwable = native_class("throwable").expect("built");
        let exception = native_class("exception").expect("built");
        assert!(e.is_subclass_of(&arith));
        assert!(e.is_subclass_of(&throwable));
        assert!(!e.is_subclass_of(&exception));
        assert!(e.instance_of_name(b"error"));
        assert_eq!(&*e.name, "DivisionByZeroError");
        // Inherited members: Error's methods and properties.
        assert!(e.find_method(b"getmessage").is_some());
        assert!(e.find_prop("message").is_some_and(|p| p.is_protected()));
        assert_eq!(
            e.find_prop("trace").map(|p| &*p.class_name),
            Some("Error"),
            "private props name their declaring class"
        );
    }
}
