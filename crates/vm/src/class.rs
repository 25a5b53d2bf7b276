//! Runtime classes (Zend's `zend_class_entry` after linking).
//!
//! # The runtime contract
//!
//! - A class is an `Rc<ClassEntry>`, immutable once linked except for the lazily
//!   evaluated parts (constant values, static properties, property defaults), which sit
//!   in `RefCell`s. A child holds its parent (`parent: Option<Rc<ClassEntry>>`); members
//!   point back to their declaring class with a `Weak` (no cycles: the VM's class table
//!   owns the classes for the request).
//! - The VM's class table (`Vm::classes`, lowercase name → class) holds the script's
//!   classes (the native classes, see below, are in the thread's shared table, which
//!   `find_class` consults after it): the classes of `Script::class_table` when a
//!   script loads (early binding), the others when their DECLARE_CLASS op runs.
//!   [`Vm::lookup_class`] finds a class by name and runs the autoloaders
//!   (`spl_autoload_register`) on a miss; [`Vm::find_class`] never autoloads.
//! - Members, as Zend stores them:
//!   - `props`: every property visible by name (Zend's `properties_info`), instance and
//!     static, inherited ones included. An instance property has a slot
//!     ([`PropInfo::slot`]) in [`PhpObject::slots`](crate::object::PhpObject); slots of
//!     the parent come first. `slot_info[slot]` is the property owning each slot (a
//!     parent's private property keeps its slot in a child that redeclares the name).
//!   - `default_slots`: the initial value of each slot (`Value::Undef` for a typed
//!     property without default: "must not be accessed before initialization").
//!   - `statics`: one `PhpRef` per static property; a child shares its parent's cell
//!     unless it redeclares the property.
//!   - `constants`: by exact name, each an `Rc<ClassConstant>` shared with children;
//!     enum cases are constants flagged `member::ENUM_CASE` whose value is the case object.
//!   - `methods`: lowercase name → `Rc<Method>`, in Zend's order (own methods in
//!     declaration order, then inherited ones); [`Magic`] caches the magic methods.
//! - A method body is a user op_array (`MethodBody::User { script, op_array }`) or a
//!   native function ([`NativeMethod`]): `fn(&mut Vm, &MethodCtx, &mut [Value])`, with
//!   `$this` and the called class (`static`) in the [`MethodCtx`]; arguments as for
//!   built-in functions (`BuiltinSpec`).
//! - Built-in classes are declared as [`NativeClass`] constants (name, parent,
//!   interfaces, flags, constants, properties, methods, an optional `create` hook that
//!   builds the object, e.g. to fill an exception's file/line/trace). A module lists its
//!   classes in `pub const CLASSES: &[NativeClass]` and adds that list to
//!   [`native::MODULES`]; parents must come before their children across the list. The
//!   entries are built once per thread ([`native_class`]) and shared by every VM.

pub mod builtin;
pub mod date;
pub mod date_period;
mod date_serial;
mod declare;
pub mod dump;
mod enums;
mod eval;
pub mod functions;
pub(crate) mod link;
pub mod native;
pub mod random;
pub mod reflection;
pub mod spl;
mod variance;

pub(crate) use variance::VarianceDelay;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use miniphp_compiler::{class_flags, flags as fn_flags, member};

use crate::names::NameIndexMap;
use crate::object::PhpObject;
use crate::value::{PhpRef, Value};
use crate::vm::{Unwind, Vm};

pub use native::{native_class, MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};

/// A declared type at run time (a property's type): the mask of
/// `miniphp_compiler::TypeDecl` and its class names as written (fully qualified).
#[derive(Clone, Debug, Default)]
pub struct TypeSpec {
    pub mask: u32,
    pub classes: Vec<Rc<str>>,
}

/// A property's initial value: a value, or a constant expression evaluated on first use
/// of the class (Zend's `zend_update_class_constants`).
#[derive(Clone, Debug)]
pub enum Init {
    Value(Value),
    /// [`miniphp_compiler::Literal::ConstExpr`]: the op_array computing it.
    Expr {
        script: u32,
        op_array: u32,
    },
}

/// A static property's binding: the reference its name is (Zend's static member
/// zval, which `C::$p = &$x` makes `$x`'s reference). A child not redeclaring the
/// property shares its parent's slot.
pub type StaticSlot = Rc<RefCell<PhpRef>>;

/// A new static slot holding `v`.
pub fn static_slot(v: Value) -> StaticSlot {
    Rc::new(RefCell::new(Rc::new(RefCell::new(v))))
}

/// A declared property (instance or static).
#[derive(Debug)]
pub struct PropInfo {
    /// Without `$`.
    pub name: Rc<str>,
    /// [`member`] bits: visibility, `STATIC`, `READONLY`.
    pub flags: u32,
    /// None when untyped.
    pub ty: Option<TypeSpec>,
    /// The declaring class.
    pub class: Weak<ClassEntry>,
    /// Its name (for messages and `var_dump`'s `"A":private`).
    pub class_name: Rc<str>,
    /// Instance properties: the slot in `PhpObject::slots`; static ones: the index in
    /// `ClassEntry::statics`.
    pub slot: u32,
}

impl PropInfo {
    pub fn is_static(&self) -> bool {
        self.flags & member::STATIC != 0
    }
    pub fn is_public(&self) -> bool {
        self.flags & (member::PRIVATE | member::PROTECTED) == 0
    }
    pub fn is_private(&self) -> bool {
        self.flags & member::PRIVATE != 0
    }
    pub fn is_protected(&self) -> bool {
        self.flags & member::PROTECTED != 0
    }
    pub fn is_readonly(&self) -> bool {
        self.flags & member::READONLY != 0
    }
}

/// A class constant or enum case; its value is computed on first access.
#[derive(Debug)]
pub struct ClassConstant {
    pub name: Rc<str>,
    /// [`member`] bits (visibility, `FINAL`, `ENUM_CASE`).
    pub flags: u32,
    pub value: RefCell<Init>,
    /// Set while the value is being evaluated (to report self-referencing constants).
    pub evaluating: Cell<bool>,
    /// The declaring class (the scope `self::` names while evaluating).
    pub class: Weak<ClassEntry>,
    pub class_name: Rc<str>,
}

/// What runs when a method is called.
#[derive(Clone, Copy)]
pub enum MethodBody {
    User { script: u32, op_array: u32 },
    Native(&'static NativeMethod),
}

impl std::fmt::Debug for MethodBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MethodBody::User { script, op_array } => write!(f, "User({script}, {op_array})"),
            MethodBody::Native(m) => write!(f, "Native({})", m.name),
        }
    }
}

/// A method (Zend's `zend_function` in a class's function table).
#[derive(Debug)]
pub struct Method {
    /// As declared (`getMessage`).
    pub name: Rc<str>,
    /// `miniphp_compiler::flags` bits: `PUBLIC`/`PROTECTED`/`PRIVATE`, `STATIC`,
    /// `ABSTRACT`, `FINAL`.
    pub flags: u32,
    /// The declaring class (for a trait method: the class using the trait), which is
    /// the scope the body runs in (`self::`, private access).
    pub scope: Weak<ClassEntry>,
    pub scope_name: Rc<str>,
    pub body: MethodBody,
}

impl Method {
    pub fn is_static(&self) -> bool {
        self.flags & fn_flags::STATIC != 0
    }
    pub fn is_abstract(&self) -> bool {
        self.flags & fn_flags::ABSTRACT != 0
    }
    pub fn is_final(&self) -> bool {
        self.flags & fn_flags::FINAL != 0
    }
    pub fn is_private(&self) -> bool {
        self.flags & fn_flags::PRIVATE != 0
    }
    pub fn is_protected(&self) -> bool {
        self.flags & fn_flags::PROTECTED != 0
    }
    pub fn is_public(&self) -> bool {
        self.flags & (fn_flags::PRIVATE | fn_flags::PROTECTED) == 0
    }
    /// The declaring class (alive as long as the class table is).
    pub fn scope(&self) -> Option<Rc<ClassEntry>> {
        self.scope.upgrade()
    }

    /// The method this one overrides at the top of its chain (Zend's prototype): the
    /// parent's method unless private, and for a constructor only one ending in an
    /// abstract method.
    pub fn prototype(&self) -> Option<Rc<Method>> {
        let lc = self.name.to_ascii_lowercase();
        let scope = self.scope()?;
        let parent_method = scope.parent.as_ref()?.find_method(lc.as_bytes())?.clone();
        let ctor = lc == "__construct";
        if parent_method.is_private() && !parent_method.is_abstract() && !ctor {
            return None;
        }
        let proto = parent_method.prototype().unwrap_or(parent_method);
        if ctor && !proto.is_abstract() {
            return None;
        }
        Some(proto)
    }

    /// Whether `scope` may call this protected method: it is related to the class of the
    /// method's prototype (zend_check_protected on zend_get_function_root_class).
    pub fn protected_reachable_from(&self, scope: &Rc<ClassEntry>) -> bool {
        let root = match self.prototype() {
            Some(proto) => proto.scope(),
            None => self.scope(),
        };
        root.is_some_and(|root| scope.is_subclass_of(&root) || root.is_subclass_of(scope))
    }
}

/// The magic methods of a class, found once at link time.
#[derive(Debug, Default)]
pub struct Magic {
    pub construct: Option<Rc<Method>>,
    pub destruct: Option<Rc<Method>>,
    pub clone: Option<Rc<Method>>,
    pub get: Option<Rc<Method>>,
    pub set: Option<Rc<Method>>,
    pub isset: Option<Rc<Method>>,
    pub unset: Option<Rc<Method>>,
    pub call: Option<Rc<Method>>,
    pub call_static: Option<Rc<Method>>,
    pub to_string: Option<Rc<Method>>,
    pub invoke: Option<Rc<Method>>,
    pub serialize: Option<Rc<Method>>,
    pub unserialize: Option<Rc<Method>>,
}

impl Magic {
    /// The magic methods of a method table.
    pub fn from_methods(methods: &NameIndexMap<Box<[u8]>, Rc<Method>>) -> Magic {
        let get = |n: &[u8]| methods.get(n).cloned();
        Magic {
            construct: get(b"__construct"),
            destruct: get(b"__destruct"),
            clone: get(b"__clone"),
            get: get(b"__get"),
            set: get(b"__set"),
            isset: get(b"__isset"),
            unset: get(b"__unset"),
            call: get(b"__call"),
            call_static: get(b"__callstatic"),
            to_string: get(b"__tostring"),
            invoke: get(b"__invoke"),
            serialize: get(b"__serialize"),
            unserialize: get(b"__unserialize"),
        }
    }
}

/// Builds a built-in class's object (`new`, and `PhpObject` creation by the VM).
pub type CreateHook = fn(&mut Vm, &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind>;

/// A linked class, interface, trait or enum.
#[derive(Debug)]
pub struct ClassEntry {
    /// As declared (`Foo\Bar`, no leading `\`).
    pub name: Rc<str>,
    pub lc_name: Box<[u8]>,
    pub parent: Option<Rc<ClassEntry>>,
    /// Every interface implemented, directly or inherited, each once (Zend's
    /// `ce->interfaces`), parents' first.
    pub interfaces: Vec<Rc<ClassEntry>>,
    /// [`class_flags`]; native classes also use [`NATIVE`].
    pub flags: u32,
    pub constants: NameIndexMap<Rc<str>, Rc<ClassConstant>>,
    /// By name, unmangled (see the module doc).
    pub props: NameIndexMap<Rc<str>, Rc<PropInfo>>,
    /// The property owning each instance slot.
    pub slot_info: Vec<Rc<PropInfo>>,
    /// Initial slot values; `Init::Expr` ones are evaluated on first instantiation.
    pub default_slots: RefCell<Vec<Init>>,
    /// One slot per static property (see [`StaticSlot`]); read with
    /// [`ClassEntry::static_cell`].
    pub statics: Vec<StaticSlot>,
    /// Static properties' pending initializers: (index in `statics`, expression).
    pub static_inits: RefCell<Vec<(u32, Init)>>,
    /// Lowercase name → method, Zend's order.
    pub methods: NameIndexMap<Box<[u8]>, Rc<Method>>,
    pub magic: Magic,
    /// `TypeDecl::LONG` or `TypeDecl::STRING` for a backed enum, 0 otherwise.
    pub enum_backing: u32,
    pub create: Option<CreateHook>,
    /// Where a user class was declared: (script, index in `Script::classes`).
    pub decl: Option<(u32, u32)>,
    /// Set once constant expressions of defaults and statics have been evaluated.
    pub initialized: Cell<bool>,
}

/// Class flag of built-in classes (`ReflectionClass::isInternal`, no file/line).
pub const NATIVE: u32 = 1 << 16;
/// `#[AllowDynamicProperties]`: no deprecation for dynamic properties (set by the
/// compiler, inherited by subclasses).
pub const ALLOW_DYNAMIC: u32 = class_flags::ALLOW_DYNAMIC_PROPERTIES;
/// Class flag of built-in classes refusing dynamic properties (`Closure`): Zend's
/// `ZEND_ACC_NO_DYNAMIC_PROPERTIES`.
pub const NO_DYNAMIC: u32 = 1 << 18;
/// Class flag of built-in classes whose objects cannot be cloned (`Generator`): Zend's
/// classes without a `clone_obj` handler.
pub const UNCLONEABLE: u32 = 1 << 19;

/// A class name as C's `%s` prints it: an anonymous class's up to its NUL.
pub fn display_class_name(name: &str) -> &str {
    name.split('\0').next().unwrap_or_default()
}

impl ClassEntry {
    /// The reference static property `slot` is bound to now.
    pub fn static_cell(&self, slot: u32) -> Option<PhpRef> {
        self.statics.get(slot as usize).map(|s| s.borrow().clone())
    }

    /// The name as C's `%s` prints it: an anonymous class's up to its NUL
    /// (`class@anonymous`).
    pub fn display_name(&self) -> &str {
        display_class_name(&self.name)
    }
    pub fn is_interface(&self) -> bool {
        self.flags & class_flags::INTERFACE != 0
    }
    pub fn is_trait(&self) -> bool {
        self.flags & class_flags::TRAIT != 0
    }
    pub fn is_enum(&self) -> bool {
        self.flags & class_flags::ENUM != 0
    }
    pub fn is_abstract(&self) -> bool {
        self.flags & class_flags::ABSTRACT != 0
    }
    pub fn is_final(&self) -> bool {
        self.flags & class_flags::FINAL != 0
    }

    /// `instanceof`: this class is `other`, extends it or implements it.
    pub fn is_subclass_of(self: &Rc<Self>, other: &ClassEntry) -> bool {
        if other.is_interface() {
            return std::ptr::eq(Rc::as_ptr(self), other)
                || self
                    .interfaces
                    .iter()
                    .any(|i| std::ptr::eq(Rc::as_ptr(i), other));
        }
        let mut cur = Some(self);
        while let Some(c) = cur {
            if std::ptr::eq(Rc::as_ptr(c), other) {
                return true;
            }
            cur = c.parent.as_ref();
        }
        false
    }

    /// Like [`ClassEntry::is_subclass_of`], by name in any case (no leading `\`).
    pub fn instance_of_name(&self, name: &[u8]) -> bool {
        let mut cur = Some(self);
        while let Some(c) = cur {
            if c.lc_name.eq_ignore_ascii_case(name) {
                return true;
            }
            cur = c.parent.as_deref();
        }
        self.interfaces
            .iter()
            .any(|i| i.lc_name.eq_ignore_ascii_case(name))
    }

    pub fn find_method(&self, lc_name: &[u8]) -> Option<&Rc<Method>> {
        self.methods.get(lc_name)
    }

    pub fn find_prop(&self, name: &str) -> Option<&Rc<PropInfo>> {
        self.props.get(name)
    }

    pub fn find_constant(&self, name: &str) -> Option<&Rc<ClassConstant>> {
        self.constants.get(name)
    }

    /// Enum cases in declaration order.
    pub fn enum_cases(&self) -> impl Iterator<Item = &Rc<ClassConstant>> {
        self.constants
            .values()
            .filter(|c| c.flags & member::ENUM_CASE != 0)
    }
}

/// Two classes are the same entry.
pub fn same_class(a: &ClassEntry, b: &ClassEntry) -> bool {
    std::ptr::eq(a, b)
}

impl Vm {
    /// A class by name, without autoloading (`class_exists($n, false)`); `\`-prefix
    /// and case ignored.
    pub fn find_class(&self, name: &[u8]) -> Option<Rc<ClassEntry>> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        let get = |key: &[u8]| {
            self.classes
                .get(key)
                .or_else(|| self.native_classes.by_lc.get(key))
                .cloned()
        };
        get(name).or_else(|| get(&name.to_ascii_lowercase()))
    }

    /// A class by name, running the autoloaders (`spl_autoload_register`) on a miss,
    /// as Zend's `zend_lookup_class`.
    pub fn lookup_class(&mut self, name: &[u8]) -> Result<Option<Rc<ClassEntry>>, Unwind> {
        if let Some(c) = self.find_class(name) {
            return Ok(Some(c));
        }
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        if self.autoloaders.is_empty() || !valid_class_name(name) {
            return Ok(None);
        }
        let lc = name.to_ascii_lowercase();
        if self.autoloading.contains(&lc) {
            return Ok(None);
        }
        self.autoloading.push(lc);
        let loaders = self.autoloaders.clone();
        let mut found = None;
        let mut result = Ok(());
        for loader in loaders {
            if let Err(e) = self.call_value(&loader, vec![Value::from(name)]) {
                result = Err(e);
                break;
            }
            found = self.find_class(name);
            if found.is_some() {
                break;
            }
        }
        self.autoloading.pop();
        result.map(|()| found)
    }

    /// Enter a linked class into the class table.
    pub fn add_class(&mut self, class: Rc<ClassEntry>) {
        self.classes.insert(class.lc_name.clone(), class);
    }
}

/// A name an autoloader may be asked for (Zend refuses names with invalid characters).
fn valid_class_name(name: &[u8]) -> bool {
    !name.is_empty()
        && name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'\\' || b >= 0x80)
}
