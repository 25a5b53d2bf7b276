//! The Reflection API (`ext/reflection`) and the engine's attribute classes.
//!
//! A reflection object keeps what it reflects in its native state
//! ([`Native::Reflection`]): a class, a function or method, a parameter, a type, a
//! property, a class constant or an attribute. Its public `name` (and `class`)
//! properties are set as PHP sets them, so `var_dump` shows the same thing.
//! Declarations' doc comments, lines and attributes come from the compiled
//! `Script` the class or function was declared in.

mod attribute;
mod class;
mod dump;
pub(crate) mod extension;
mod function;
mod member;
mod parameter;
mod source;
mod types;

use std::rc::Rc;

use miniphp_compiler::{flags as fn_flags, member as mflags, Literal, Range, ScriptView};

use super::{
    ClassConstant, ClassEntry, Method, MethodCtx, NativeClass, NativeConst, NativeMethod,
    NativeProp, PropInfo, TypeSpec, UNCLONEABLE,
};
use crate::array::PhpArray;
use crate::object::{Native, PhpObject};
use crate::value::Value;
use crate::vm::{Func, Unwind, Vm};

pub use attribute::{sensitive_value, ATTRIBUTE_CLASSES};

type R = Result<Value, Unwind>;

/// Call arguments: positional ones, then named ones.
type Args = (Vec<Value>, Vec<(Rc<Vec<u8>>, Value)>);

/// What a reflection object reflects.
pub enum Reflected {
    Class(Rc<ClassEntry>),
    /// `ReflectionObject`: the object (its class, and its dynamic properties).
    Object(Rc<PhpObject>),
    Routine(Routine),
    Parameter {
        routine: Routine,
        index: usize,
    },
    /// A declared type, or one member of a union (`TypeSpec` of one class or one bit).
    Type(TypeSpec),
    Property(PropRef),
    Constant {
        class: Rc<ClassEntry>,
        constant: Rc<ClassConstant>,
    },
    Attribute(attribute::AttrRef),
    /// `ReflectionExtension`: the extension's name.
    Extension(&'static str),
    /// `ReflectionReference`: the reference's cell.
    Reference(Rc<std::cell::RefCell<Value>>),
}

impl std::fmt::Debug for Reflected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reflected::Class(c) => write!(f, "ReflectionClass({})", c.name),
            Reflected::Object(o) => write!(f, "ReflectionObject({})", o.class.name),
            Reflected::Routine(r) => write!(f, "ReflectionFunction({})", r.short_name()),
            Reflected::Parameter { index, .. } => write!(f, "ReflectionParameter(#{index})"),
            Reflected::Type(t) => write!(f, "ReflectionType({})", t.mask),
            Reflected::Property(p) => write!(f, "ReflectionProperty({})", p.name),
            Reflected::Constant { constant, .. } => {
                write!(f, "ReflectionClassConstant({})", constant.name)
            }
            Reflected::Attribute(_) => write!(f, "ReflectionAttribute"),
            Reflected::Extension(e) => write!(f, "ReflectionExtension({e})"),
            Reflected::Reference(_) => write!(f, "ReflectionReference"),
        }
    }
}

/// A function, closure or method.
#[derive(Clone)]
pub enum Routine {
    Function {
        func: Func,
        /// The Closure object reflected (`new ReflectionFunction($closure)`).
        closure: Option<Rc<PhpObject>>,
    },
    Method {
        /// The class it was looked up in.
        class: Rc<ClassEntry>,
        method: Rc<Method>,
    },
}

impl Routine {
    pub fn func(&self) -> Func {
        match self {
            Routine::Function { func, .. } => *func,
            Routine::Method { method, .. } => match method.body {
                super::MethodBody::User { script, op_array } => Func::User { script, op_array },
                super::MethodBody::Native(n) => Func::Native(n),
            },
        }
    }

    /// The name without a class (`m`, `f`, `N\f`, `{closure}`).
    fn short_name(&self) -> String {
        match self {
            Routine::Method { method, .. } => method.name.to_string(),
            Routine::Function { func, .. } => match func {
                Func::Builtin(b) => b.name.to_string(),
                Func::Native(n) => n.name.to_string(),
                Func::User { .. } => String::new(),
            },
        }
    }

    /// The class scope its body runs in (a method's declaring class, a closure's
    /// scope).
    pub fn scope(&self) -> Option<Rc<ClassEntry>> {
        match self {
            Routine::Method { method, .. } => method.scope(),
            Routine::Function { closure, .. } => closure
                .as_ref()
                .and_then(|c| crate::closure::data(c))
                .and_then(|d| d.scope),
        }
    }
}

/// A property reflected: a declared one, or a dynamic one (`ReflectionObject`).
pub struct PropRef {
    pub class: Rc<ClassEntry>,
    pub name: Rc<str>,
    pub info: Option<Rc<PropInfo>>,
}

/// What a reflection object reflects.
fn reflected_of(o: &PhpObject) -> Option<Rc<Reflected>> {
    match &*o.native.borrow() {
        Native::Reflection(r) => Some(r.clone()),
        _ => None,
    }
}

/// The reflected thing of `$this`.
fn state(vm: &mut Vm, c: &MethodCtx) -> Result<Rc<Reflected>, Unwind> {
    let found = c.this.as_deref().and_then(reflected_of);
    found.ok_or_else(|| {
        vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )
    })
}

/// A new reflection object of `class` (a native class name) reflecting `what`, with
/// its public properties.
fn make(class: &str, what: Reflected, props: &[(&str, Value)]) -> Value {
    let entry = super::native_class(&class.to_ascii_lowercase()).expect("reflection class");
    let o = PhpObject::new(&entry);
    init(&o, what, props);
    Value::Object(o)
}

/// Fill a reflection object (from `new` or [`make`]).
fn init(o: &PhpObject, what: Reflected, props: &[(&str, Value)]) {
    *o.native.borrow_mut() = Native::Reflection(Rc::new(what));
    for (k, v) in props {
        o.set_prop(k, v.clone());
    }
}

/// `ReflectionException` with `msg`.
fn exception(vm: &mut Vm, msg: String) -> Unwind {
    vm.throw_error("ReflectionException", msg)
}

/// Argument `i` of a `string` parameter, as a built-in method takes it: scalars
/// coerced, null deprecated (as ""), arrays and objects without `__toString` a
/// TypeError; empty when absent.
fn arg_string(vm: &mut Vm, a: &[Value], i: usize) -> Result<String, Unwind> {
    arg_typed(vm, a, i, "string")
}

/// [`arg_string`] for a parameter declared as `ty` (`object|string`): objects are
/// handled by the caller, `ty` names the parameter in messages.
fn arg_typed(vm: &mut Vm, a: &[Value], i: usize, ty: &str) -> Result<String, Unwind> {
    let Some(v) = a.get(i).map(Value::deref) else {
        return Ok(String::new());
    };
    let bad = match &v {
        Value::Null => {
            let (method, param) = param_label(vm, i);
            vm.deprecated(&format!(
                "{method}(): Passing null to parameter #{} (${param}) of type {ty} is deprecated",
                i + 1
            ));
            return Ok(String::new());
        }
        Value::Array(_) => true,
        Value::Object(o) => o.class.magic.to_string.is_none(),
        _ => false,
    };
    if bad {
        let (method, param) = param_label(vm, i);
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "{method}(): Argument #{} (${param}) must be of type {ty}, {} given",
                i + 1,
                v.debug_type_name()
            ),
        ));
    }
    Ok(String::from_utf8_lossy(&v.to_php_string(vm)?).into_owned())
}

/// `Class::method` of the running native method and the name of its parameter `i`,
/// for messages.
pub(super) fn param_label(vm: &Vm, i: usize) -> (String, String) {
    let Some(call) = vm.native_calls.last() else {
        return (String::new(), String::new());
    };
    let Some((class, _)) = &call.class else {
        return (call.name.to_string(), String::new());
    };
    let param = super::native_class(&class.to_ascii_lowercase())
        .and_then(|k| {
            k.find_method(call.name.to_ascii_lowercase().as_bytes())
                .cloned()
        })
        .and_then(|m| match m.body {
            super::MethodBody::Native(n) => n.params.get(i).copied(),
            super::MethodBody::User { .. } => None,
        })
        .unwrap_or_default();
    (format!("{class}::{}", call.name), param.to_string())
}

/// Argument `i` as an int, or `default`.
fn arg_long(a: &[Value], i: usize, default: i64) -> i64 {
    match a.get(i).map(Value::deref) {
        None | Some(Value::Null) => default,
        Some(v) => v.to_long(),
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A value of a script's literal: constant, or a constant expression evaluated in
/// `scope`.
fn literal_value(vm: &mut Vm, script: u32, lit: u32, scope: Option<&Rc<ClassEntry>>) -> R {
    let loaded = vm.scripts[script as usize].clone();
    let expr = match loaded.view().literals[lit as usize] {
        Literal::ConstExpr(oa) => Some(oa),
        _ => None,
    };
    match expr {
        Some(oa) => vm.eval_in_scope(script, oa, scope),
        None => Ok(loaded.literals[lit as usize].clone()),
    }
}

/// A literal as reflection prints it: a constant expression in its source form, a
/// value as `format_value` shows it (evaluated when the source form is unknown).
fn literal_text(
    vm: &mut Vm,
    script: u32,
    lit: u32,
    scope: Option<&Rc<ClassEntry>>,
) -> Result<String, Unwind> {
    let text = with_view(vm, script, |v| match v.literals[lit as usize] {
        Literal::ConstExpr(oa) => source::const_expr(v, oa),
        _ => None,
    });
    match text {
        Some(t) => Ok(t),
        None => Ok(dump::format_value(&literal_value(vm, script, lit, scope)?)),
    }
}

/// Run `f` over the view of script `script`.
fn with_view<T>(vm: &Vm, script: u32, f: impl FnOnce(&ScriptView<'_>) -> T) -> T {
    let loaded = vm.scripts[script as usize].clone();
    let view = loaded.view();
    f(view)
}

/// A doc comment, or false.
fn doc_value(vm: &Vm, script: u32, doc: impl FnOnce(&ScriptView<'_>) -> Option<Vec<u8>>) -> Value {
    with_view(vm, script, doc).map_or(Value::False, Value::from)
}

/// The traits a class uses directly.
pub(crate) fn traits(vm: &Vm, k: &ClassEntry) -> Vec<Rc<ClassEntry>> {
    let Some((script, idx)) = k.decl else {
        return Vec::new();
    };
    let names: Vec<Vec<u8>> = with_view(vm, script, |v| {
        v.type_names[v.classes[idx as usize].traits.indices()]
            .iter()
            .map(|n| v.str(*n).to_vec())
            .collect()
    });
    names.iter().filter_map(|n| vm.find_class(n)).collect()
}

/// A member's declaration: `find` over the class's own declaration, then over the
/// traits it uses (a trait's property or constant is declared there).
fn member_decl<T>(
    vm: &Vm,
    k: &ClassEntry,
    find: &dyn Fn(&ScriptView<'_>, &miniphp_compiler::ClassDecl) -> Option<T>,
) -> Option<(u32, T)> {
    let (script, idx) = k.decl?;
    if let Some(found) = with_view(vm, script, |v| find(v, &v.classes[idx as usize])) {
        return Some((script, found));
    }
    traits(vm, k).iter().find_map(|t| member_decl(vm, t, find))
}

/// An array of reflection objects.
fn list(values: Vec<Value>) -> Value {
    Value::from(PhpArray::from_list(values))
}

/// `ReflectionMethod`/`ReflectionProperty`'s Zend modifier bits from member flags.
fn zend_member_modifiers(flags: u32) -> i64 {
    let mut m = 0;
    if flags & mflags::PUBLIC != 0 || flags & (mflags::PROTECTED | mflags::PRIVATE) == 0 {
        m |= 1;
    }
    if flags & mflags::PROTECTED != 0 {
        m |= 2;
    }
    if flags & mflags::PRIVATE != 0 {
        m |= 4;
    }
    if flags & mflags::STATIC != 0 {
        m |= 16;
    }
    if flags & mflags::FINAL != 0 {
        m |= 32;
    }
    if flags & mflags::ABSTRACT != 0 {
        m |= 64;
    }
    if flags & mflags::READONLY != 0 {
        m |= 128;
    }
    m
}

/// Zend modifier bits of a method (`miniphp_compiler::flags`).
fn zend_method_modifiers(flags: u32) -> i64 {
    let mut m = 0;
    for (bit, z) in [
        (fn_flags::PUBLIC, 1),
        (fn_flags::PROTECTED, 2),
        (fn_flags::PRIVATE, 4),
        (fn_flags::STATIC, 16),
        (fn_flags::FINAL, 32),
        (fn_flags::ABSTRACT, 64),
    ] {
        if flags & bit != 0 {
            m |= z;
        }
    }
    if flags & (fn_flags::PROTECTED | fn_flags::PRIVATE) == 0 {
        m |= 1;
    }
    m
}

/// `Reflection::getModifierNames(int $modifiers)`.
fn get_modifier_names(_: &mut Vm, _: &MethodCtx, a: &mut [Value]) -> R {
    let m = arg_long(a, 0, 0);
    let mut names = Vec::new();
    if m & 64 != 0 {
        names.push("abstract");
    }
    if m & 32 != 0 {
        names.push("final");
    }
    match m & 7 {
        1 => names.push("public"),
        2 => names.push("protected"),
        4 => names.push("private"),
        _ => {}
    }
    if m & 16 != 0 {
        names.push("static");
    }
    if m & (128 | 65536) != 0 {
        names.push("readonly");
    }
    Ok(list(names.into_iter().map(Value::from).collect()))
}

/// The `attributes` range of a declaration and the script it is in.
#[derive(Clone, Copy)]
struct AttrSource {
    script: u32,
    range: Range,
}

const NAME: NativeProp = NativeProp {
    name: "name",
    flags: mflags::PUBLIC,
    default: NativeConst::Uninit,
    ty: miniphp_compiler::TypeDecl::DECLARED | miniphp_compiler::TypeDecl::STRING,
};
const CLASS: NativeProp = NativeProp {
    name: "class",
    flags: mflags::PUBLIC,
    default: NativeConst::Uninit,
    ty: miniphp_compiler::TypeDecl::DECLARED | miniphp_compiler::TypeDecl::STRING,
};

/// Modifier constants shared by methods and properties.
const MODIFIERS: &[(&str, NativeConst)] = &[
    ("IS_STATIC", NativeConst::Long(16)),
    ("IS_PUBLIC", NativeConst::Long(1)),
    ("IS_PROTECTED", NativeConst::Long(2)),
    ("IS_PRIVATE", NativeConst::Long(4)),
    ("IS_ABSTRACT", NativeConst::Long(64)),
    ("IS_FINAL", NativeConst::Long(32)),
    ("IS_READONLY", NativeConst::Long(128)),
];

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "ReflectionException",
        parent: Some("Exception"),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Reflector",
        interfaces: &["Stringable"],
        flags: miniphp_compiler::class_flags::INTERFACE,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Reflection",
        methods: &[
            NativeMethod::new("getModifierNames", get_modifier_names, &["modifiers"], 1)
                .with_flags(fn_flags::STATIC),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionType",
        interfaces: &["Stringable"],
        flags: miniphp_compiler::class_flags::ABSTRACT | UNCLONEABLE,
        methods: types::TYPE_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionNamedType",
        flags: UNCLONEABLE,
        parent: Some("ReflectionType"),
        methods: types::NAMED_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionUnionType",
        flags: UNCLONEABLE,
        parent: Some("ReflectionType"),
        methods: types::UNION_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionIntersectionType",
        flags: UNCLONEABLE,
        parent: Some("ReflectionType"),
        methods: types::UNION_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionFunctionAbstract",
        interfaces: &["Reflector"],
        flags: miniphp_compiler::class_flags::ABSTRACT | UNCLONEABLE,
        props: &[NAME],
        methods: function::ABSTRACT_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionFunction",
        flags: UNCLONEABLE,
        parent: Some("ReflectionFunctionAbstract"),
        consts: &[("IS_DEPRECATED", NativeConst::Long(2048))],
        methods: function::FUNCTION_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionMethod",
        flags: UNCLONEABLE,
        parent: Some("ReflectionFunctionAbstract"),
        consts: MODIFIERS,
        props: &[CLASS],
        methods: function::METHOD_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionClass",
        flags: UNCLONEABLE,
        interfaces: &["Reflector"],
        consts: &[
            ("IS_IMPLICIT_ABSTRACT", NativeConst::Long(16)),
            ("IS_EXPLICIT_ABSTRACT", NativeConst::Long(64)),
            ("IS_FINAL", NativeConst::Long(32)),
            ("IS_READONLY", NativeConst::Long(65536)),
        ],
        props: &[NAME],
        methods: class::CLASS_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionObject",
        flags: UNCLONEABLE,
        parent: Some("ReflectionClass"),
        methods: &[NativeMethod::new(
            "__construct",
            class::object_construct,
            &["object"],
            1,
        )],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionEnum",
        flags: UNCLONEABLE,
        parent: Some("ReflectionClass"),
        methods: class::ENUM_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionProperty",
        flags: UNCLONEABLE,
        interfaces: &["Reflector"],
        consts: MODIFIERS,
        props: &[NAME, CLASS],
        methods: member::PROPERTY_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionClassConstant",
        flags: UNCLONEABLE,
        interfaces: &["Reflector"],
        consts: &[
            ("IS_PUBLIC", NativeConst::Long(1)),
            ("IS_PROTECTED", NativeConst::Long(2)),
            ("IS_PRIVATE", NativeConst::Long(4)),
            ("IS_FINAL", NativeConst::Long(32)),
        ],
        props: &[NAME, CLASS],
        methods: member::CONSTANT_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionEnumUnitCase",
        flags: UNCLONEABLE,
        parent: Some("ReflectionClassConstant"),
        methods: member::UNIT_CASE_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionEnumBackedCase",
        flags: UNCLONEABLE,
        parent: Some("ReflectionEnumUnitCase"),
        methods: member::BACKED_CASE_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionParameter",
        flags: UNCLONEABLE,
        interfaces: &["Reflector"],
        props: &[NAME],
        methods: parameter::PARAMETER_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionExtension",
        flags: UNCLONEABLE,
        interfaces: &["Reflector"],
        props: &[NAME],
        methods: extension::EXTENSION_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionReference",
        flags: miniphp_compiler::class_flags::FINAL | UNCLONEABLE,
        methods: extension::REFERENCE_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ReflectionAttribute",
        flags: UNCLONEABLE,
        interfaces: &["Reflector"],
        consts: &[("IS_INSTANCEOF", NativeConst::Long(2))],
        methods: attribute::ATTRIBUTE_METHODS,
        ..NativeClass::EMPTY
    },
];
