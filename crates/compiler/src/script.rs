//! The compiled unit of one PHP file: plain, relocatable data.
//!
//! Every table is a flat vector of `Copy` records without pointers; records
//! refer to each other by index ([`Range`] into a table, [`StrRef`] into the
//! string pool). Persisting a `Script` into shared memory or a file is
//! therefore a copy of a few byte slices, and executing it where it lies needs
//! no fix-ups (DESIGN.md, decision 2). The VM reads it only through
//! [`ScriptView`], a set of borrowed slices, so it cannot tell whether the
//! bytes live on the heap, in a fork-shared segment or in a mapped file.

use crate::opcode::Opcode;

/// A byte range in [`Script::strings`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(C)]
pub struct StrRef {
    pub start: u32,
    pub len: u32,
}

impl StrRef {
    /// Set in `start` by the opcache: the string lies in the shared interned-strings
    /// buffer ([`ScriptView::interned`]), at `start` without this bit. The compiler
    /// never sets it.
    pub const INTERNED: u32 = 1 << 31;
}

/// A range of records in one of the script's tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(C)]
pub struct Range {
    pub start: u32,
    pub len: u32,
}

impl Range {
    pub fn indices(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// Zend's operand kinds (`IS_UNUSED`, `IS_CONST`, `IS_TMP_VAR`, `IS_VAR`, `IS_CV`),
/// with Zend's bit values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[repr(u8)]
pub enum OperandKind {
    #[default]
    Unused = 0,
    /// `value` indexes the op_array's literals.
    Const = 1,
    /// `value` is a temporary slot number (shared numbering with Var: Zend's `T`).
    TmpVar = 2,
    Var = 4,
    /// `value` is a compiled-variable slot (`CV0($a)`).
    Cv = 8,
}

/// One operand: its kind and a slot, literal index, or (for jump opcodes) a target opline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[repr(C)]
pub struct Operand {
    pub kind: OperandKind,
    pub value: u32,
}

/// One instruction, Zend's `zend_op` without the handler pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C)]
pub struct Op {
    pub opcode: Opcode,
    pub op1: Operand,
    pub op2: Operand,
    pub result: Operand,
    pub extended_value: u32,
    pub lineno: u32,
}

/// A constant operand value. Strings and arrays point into the script's tables.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C, u8)]
pub enum Literal {
    Null,
    Bool(bool),
    Long(i64),
    Double(f64),
    String(StrRef),
    /// A constant array: a range of [`Script::array_elems`].
    Array(Range),
    /// A constant expression only known at run time (Zend's `IS_CONSTANT_AST`:
    /// `self::A * 2`, `FOO`, `new Bar` in a parameter default, a class constant or a
    /// property default): the index in [`Script::op_arrays`] of a small op_array that
    /// computes it and RETURNs it. The VM evaluates it where PHP evaluates the AST
    /// (RECV_INIT, first access to a class constant, first instantiation), in the
    /// scope of the class that declared it.
    ConstExpr(u32),
}

/// One element of a constant array. `key` is None for an implicit next index.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C)]
pub struct ArrayElem {
    pub key: Option<u32>,
    /// Index into [`Script::literals`] (absolute, not per op_array).
    pub value: u32,
}

/// A declared type (`?int`, `int|string`, `Foo`), Zend's `zend_type`: a mask of builtin
/// types and a range of class names in [`Script::type_names`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct TypeDecl {
    pub mask: u32,
    pub class_names: Range,
}

impl TypeDecl {
    pub const NULL: u32 = 1 << 0;
    pub const FALSE: u32 = 1 << 1;
    pub const TRUE: u32 = 1 << 2;
    pub const LONG: u32 = 1 << 3;
    pub const DOUBLE: u32 = 1 << 4;
    pub const STRING: u32 = 1 << 5;
    pub const ARRAY: u32 = 1 << 6;
    pub const OBJECT: u32 = 1 << 7;
    pub const CALLABLE: u32 = 1 << 8;
    pub const ITERABLE: u32 = 1 << 9;
    pub const VOID: u32 = 1 << 10;
    pub const STATIC: u32 = 1 << 11;
    pub const NEVER: u32 = 1 << 12;
    pub const MIXED: u32 = 1 << 13;
    /// The class names form one intersection (`A&B`): a value must be an instance of all.
    pub const INTERSECTION: u32 = 1 << 14;
    /// A DNF type (`(A&B)|C`): each of its class names is a class or an intersection
    /// group written `A&B` (no class name holds a `&`).
    pub const DNF: u32 = 1 << 15;
    /// Set when the type was declared at all (an absent type is the zero value).
    pub const DECLARED: u32 = 1 << 31;

    pub fn is_declared(&self) -> bool {
        self.mask & Self::DECLARED != 0
    }
}

/// A parameter's name, type and flags (Zend's `zend_arg_info`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct ArgInfo {
    pub name: StrRef,
    pub ty: TypeDecl,
    pub by_ref: bool,
    pub variadic: bool,
    /// Index into the op_array's literals of the default's source text, for reflection
    /// and error messages; the default itself is compiled as RECV_INIT's constant.
    pub default_text: Option<StrRef>,
    /// Attributes: a range of [`Script::attributes`].
    pub attributes: Range,
}

/// A range of oplines where a TMP/VAR is live, so that an exception (or `break`
/// out of a `foreach`/`switch`) frees it, as Zend's `zend_live_range`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct LiveRange {
    /// Temporary slot number.
    pub var: u32,
    pub kind: LiveRangeKind,
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum LiveRangeKind {
    /// `ZEND_LIVE_TMPVAR`
    TmpVar,
    /// `ZEND_LIVE_LOOP`: a foreach iterator (freed with FE_FREE).
    Loop,
    /// `ZEND_LIVE_SILENCE`: a saved error_reporting level.
    Silence,
    /// `ZEND_LIVE_ROPE`
    Rope,
    /// `ZEND_LIVE_NEW`
    New,
}

/// A `try` block's oplines (Zend's `zend_try_catch_element`); 0 means none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct TryCatch {
    pub try_op: u32,
    pub catch_op: u32,
    pub finally_op: u32,
    pub finally_end: u32,
}

/// Flags of an op_array (a subset of Zend's `ZEND_ACC_*`).
pub mod flags {
    pub const VARIADIC: u32 = 1 << 0;
    pub const RETURN_REFERENCE: u32 = 1 << 1;
    pub const HAS_RETURN_TYPE: u32 = 1 << 2;
    pub const GENERATOR: u32 = 1 << 3;
    pub const CLOSURE: u32 = 1 << 4;
    pub const STATIC: u32 = 1 << 5;
    pub const STRICT_TYPES: u32 = 1 << 6;
    /// Uses `$$x`, `extract`, `compact`, `get_defined_vars`…: needs a symbol table.
    pub const USES_SYMBOL_TABLE: u32 = 1 << 7;
    pub const ARROW_FN: u32 = 1 << 8;
    /// Methods: visibility and modifiers (a method's `static` is [`STATIC`] above).
    pub const PUBLIC: u32 = 1 << 16;
    pub const PROTECTED: u32 = 1 << 17;
    pub const PRIVATE: u32 = 1 << 18;
    pub const ABSTRACT: u32 = 1 << 19;
    pub const FINAL: u32 = 1 << 20;
    /// A constant-expression initializer (see [`Literal::ConstExpr`]), not a function.
    pub const CONST_EXPR: u32 = 1 << 21;
}

/// One attribute (`#[Name(args)]`) of a declaration, Zend's `zend_attribute`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct AttrDecl {
    /// The attribute class, resolved by the namespace and `use` rules.
    pub name: StrRef,
    /// Its arguments: a range of [`Script::attr_args`].
    pub args: Range,
    pub line: u32,
}

/// One attribute argument.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct AttrArg {
    /// A named argument's name.
    pub name: Option<StrRef>,
    /// Absolute index in [`Script::literals`] (possibly a [`Literal::ConstExpr`], which
    /// evaluates in the scope of the declaring class).
    pub value: u32,
}

/// Attribute targets (Zend's `ZEND_ATTRIBUTE_TARGET_*`, `Attribute::TARGET_*`).
pub mod attr_target {
    pub const CLASS: u32 = 1 << 0;
    pub const FUNCTION: u32 = 1 << 1;
    pub const METHOD: u32 = 1 << 2;
    pub const PROPERTY: u32 = 1 << 3;
    pub const CLASS_CONST: u32 = 1 << 4;
    pub const PARAMETER: u32 = 1 << 5;
    pub const ALL: u32 = (1 << 6) - 1;
    /// `Attribute::IS_REPEATABLE`.
    pub const IS_REPEATABLE: u32 = 1 << 6;
    /// The targets' names, in bit order, as Zend spells them in messages.
    pub const NAMES: [&str; 6] = [
        "class",
        "function",
        "method",
        "property",
        "class constant",
        "parameter",
    ];

    /// `class, method`: the names of a target mask, as in Zend's messages.
    pub fn names(mask: u32) -> String {
        NAMES
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, n)| *n)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Flags of a class ([`ClassDecl::flags`]).
pub mod class_flags {
    pub const ABSTRACT: u32 = 1 << 0;
    pub const FINAL: u32 = 1 << 1;
    pub const INTERFACE: u32 = 1 << 2;
    pub const TRAIT: u32 = 1 << 3;
    pub const ENUM: u32 = 1 << 4;
    pub const READONLY: u32 = 1 << 5;
    /// `new class { … }`: named `class@anonymous` + NUL + file:line$n, as Zend names it.
    pub const ANONYMOUS: u32 = 1 << 6;
    /// `#[AllowDynamicProperties]` (Zend's `ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES`).
    pub const ALLOW_DYNAMIC_PROPERTIES: u32 = 1 << 7;
}

/// Flags of a class member: constant, property, trait alias ([`ClassConst::flags`],
/// [`PropDecl::flags`], [`TraitRule::flags`]).
pub mod member {
    pub const PUBLIC: u32 = 1 << 0;
    pub const PROTECTED: u32 = 1 << 1;
    pub const PRIVATE: u32 = 1 << 2;
    pub const STATIC: u32 = 1 << 3;
    pub const READONLY: u32 = 1 << 4;
    pub const FINAL: u32 = 1 << 5;
    pub const ABSTRACT: u32 = 1 << 6;
    /// An enum `case` (stored as a class constant whose value is the backing value,
    /// or Null for a pure enum).
    pub const ENUM_CASE: u32 = 1 << 7;
    /// A property promoted from a constructor parameter.
    pub const PROMOTED: u32 = 1 << 8;
}

/// A class, interface, trait or enum declaration (Zend's `zend_class_entry` as the
/// compiler leaves it, before inheritance is resolved: linking is the VM's job).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct ClassDecl {
    /// Fully qualified name as declared (no leading `\`).
    pub name: StrRef,
    /// Fully qualified parent name.
    pub parent: Option<StrRef>,
    /// Fully qualified names: a range of [`Script::type_names`]. As Zend's compiler leaves
    /// them: an enum also lists `UnitEnum` (and `BackedEnum` when backed), a class with a
    /// `__toString` method also lists `Stringable`.
    pub interfaces: Range,
    /// Fully qualified names of used traits: a range of [`Script::type_names`].
    pub traits: Range,
    /// `insteadof` / `as` adaptations: a range of [`Script::trait_rules`].
    pub trait_rules: Range,
    /// [`class_flags`].
    pub flags: u32,
    /// Constants and enum cases in declaration order: a range of [`Script::class_consts`].
    pub constants: Range,
    /// Properties (instance and static) in declaration order: a range of [`Script::props`].
    /// Promoted constructor parameters are declared where the constructor is; an enum
    /// starts with `name` (and `value` when backed), public readonly, as Zend registers them.
    pub props: Range,
    /// Methods in declaration order: a range of [`Script::methods`] (op_array indices;
    /// each op_array's `class` names this declaration).
    pub methods: Range,
    /// A backed enum's type: [`TypeDecl::LONG`] or [`TypeDecl::STRING`]; 0 otherwise.
    pub enum_backing: u32,
    pub line_start: u32,
    pub line_end: u32,
    pub doc_comment: Option<StrRef>,
    /// Attributes: a range of [`Script::attributes`].
    pub attributes: Range,
}

/// A class constant or enum case.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct ClassConst {
    pub name: StrRef,
    /// Absolute index in [`Script::literals`] (possibly a [`Literal::ConstExpr`]).
    pub value: u32,
    /// [`member`] bits.
    pub flags: u32,
    pub doc_comment: Option<StrRef>,
    /// Attributes: a range of [`Script::attributes`].
    pub attributes: Range,
}

/// A declared property.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct PropDecl {
    /// Without `$`.
    pub name: StrRef,
    /// Absolute index in [`Script::literals`]; None when there is no default (a typed
    /// property then starts uninitialized; an untyped one starts as null).
    pub default: Option<u32>,
    pub ty: TypeDecl,
    /// [`member`] bits.
    pub flags: u32,
    pub doc_comment: Option<StrRef>,
    /// Attributes: a range of [`Script::attributes`].
    pub attributes: Range,
}

/// One trait adaptation: `T::m insteadof A, B;` or `T::m as protected alias;` /
/// `m as alias;`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct TraitRule {
    /// The trait named before `::`, fully qualified; None for a bare method name.
    pub trait_name: Option<StrRef>,
    pub method: StrRef,
    /// `insteadof` names (a range of [`Script::type_names`]); empty for `as`.
    pub insteadof: Range,
    /// `as` new name, if any.
    pub alias: Option<StrRef>,
    /// `as` visibility change ([`member`] visibility bits), 0 for none.
    pub flags: u32,
}

/// One function body: the main script, a function, a closure (later: a method).
/// Every range indexes the owning [`Script`]'s tables.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct OpArray {
    /// Function name as declared (lowercasing is the caller's business); empty for `$_main`.
    pub name: StrRef,
    pub ops: Range,
    /// This op_array's literals; a CONST operand's `value` indexes within this range.
    pub literals: Range,
    /// CV names, without `$`, in slot order: a range of [`Script::var_names`].
    pub vars: Range,
    /// Number of TMP/VAR slots.
    pub num_temps: u32,
    pub num_args: u32,
    pub required_num_args: u32,
    /// `num_args` records (plus one for a variadic) in [`Script::arg_infos`].
    pub arg_infos: Range,
    pub return_type: TypeDecl,
    pub live_ranges: Range,
    pub try_catch: Range,
    /// `static` variables: names (in [`Script::var_names`]); their initial values are
    /// compiled into BIND_STATIC's constant operands.
    pub static_vars: Range,
    pub flags: u32,
    pub line_start: u32,
    pub line_end: u32,
    pub doc_comment: Option<StrRef>,
    /// Functions and closures declared inside this body (Zend's `dynamic_func_defs`):
    /// a range of [`Script::dynamic_funcs`]; DECLARE_FUNCTION / DECLARE_LAMBDA_FUNCTION's
    /// op2 indexes within it.
    pub dynamic_funcs: Range,
    /// Initial values of `static_vars`, one per name: a range of [`Script::literals`]
    /// (absolute). BIND_STATIC / BIND_LEXICAL's extended_value is `index << 3 | mode`
    /// (mode: 1 = by reference, 2 = implicit arrow-fn binding).
    pub static_defaults: Range,
    /// The class declaring this method (index in [`Script::classes`]), or the class
    /// whose scope a constant-expression initializer evaluates in. None for functions and
    /// closures (a closure takes its scope from the frame that creates it, as in Zend).
    pub class: Option<u32>,
    /// Attributes: a range of [`Script::attributes`].
    pub attributes: Range,
}

/// The compiled form of one file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Script {
    /// Path of the file as given to `compile_file`.
    pub filename: StrRef,
    /// Every name and string literal, concatenated.
    pub strings: Vec<u8>,
    pub ops: Vec<Op>,
    pub literals: Vec<Literal>,
    pub array_elems: Vec<ArrayElem>,
    pub var_names: Vec<StrRef>,
    pub arg_infos: Vec<ArgInfo>,
    pub type_names: Vec<StrRef>,
    pub live_ranges: Vec<LiveRange>,
    pub try_catch: Vec<TryCatch>,
    /// `[0]` is `$_main`.
    pub op_arrays: Vec<OpArray>,
    /// The function table: indices into `op_arrays` of functions declared unconditionally
    /// at top level (early-bound, as Zend does); conditional declarations go through
    /// DECLARE_FUNCTION at run time.
    pub functions: Vec<u32>,
    /// `__COMPILER_HALT_OFFSET__`, if the file has `__halt_compiler();`.
    pub halt_offset: Option<u32>,
    /// Indices into `op_arrays`, referenced by [`OpArray::dynamic_funcs`].
    pub dynamic_funcs: Vec<u32>,
    /// Every class declared in the file, in the order Zend's compiler finishes them (source
    /// order, except that an anonymous class inside a method comes before its outer class).
    pub classes: Vec<ClassDecl>,
    /// The class table: indices into `classes` of classes Zend binds at compile time
    /// (early binding); the others are declared at run time by DECLARE_CLASS /
    /// DECLARE_CLASS_DELAYED / DECLARE_ANON_CLASS.
    pub class_table: Vec<u32>,
    pub class_consts: Vec<ClassConst>,
    pub props: Vec<PropDecl>,
    /// Method op_array indices, referenced by [`ClassDecl::methods`].
    pub methods: Vec<u32>,
    pub trait_rules: Vec<TraitRule>,
    /// Attributes of every declaration, referenced by the `attributes` ranges.
    pub attributes: Vec<AttrDecl>,
    pub attr_args: Vec<AttrArg>,
}

/// The read-only view the VM executes from: the same tables, borrowed.
#[derive(Clone, Copy, Debug)]
pub struct ScriptView<'a> {
    pub filename: StrRef,
    pub strings: &'a [u8],
    /// The opcache's interned-strings buffer, for [`StrRef::INTERNED`] refs (empty
    /// for a script fresh from the compiler).
    pub interned: &'a [u8],
    pub ops: &'a [Op],
    pub literals: &'a [Literal],
    pub array_elems: &'a [ArrayElem],
    pub var_names: &'a [StrRef],
    pub arg_infos: &'a [ArgInfo],
    pub type_names: &'a [StrRef],
    pub live_ranges: &'a [LiveRange],
    pub try_catch: &'a [TryCatch],
    pub op_arrays: &'a [OpArray],
    pub functions: &'a [u32],
    pub halt_offset: Option<u32>,
    pub dynamic_funcs: &'a [u32],
    pub classes: &'a [ClassDecl],
    pub class_table: &'a [u32],
    pub class_consts: &'a [ClassConst],
    pub props: &'a [PropDecl],
    pub methods: &'a [u32],
    pub trait_rules: &'a [TraitRule],
    pub attributes: &'a [AttrDecl],
    pub attr_args: &'a [AttrArg],
}

impl Script {
    pub fn view(&self) -> ScriptView<'_> {
        ScriptView {
            filename: self.filename,
            strings: &self.strings,
            interned: &[],
            ops: &self.ops,
            literals: &self.literals,
            array_elems: &self.array_elems,
            var_names: &self.var_names,
            arg_infos: &self.arg_infos,
            type_names: &self.type_names,
            live_ranges: &self.live_ranges,
            try_catch: &self.try_catch,
            op_arrays: &self.op_arrays,
            functions: &self.functions,
            halt_offset: self.halt_offset,
            dynamic_funcs: &self.dynamic_funcs,
            classes: &self.classes,
            class_table: &self.class_table,
            class_consts: &self.class_consts,
            props: &self.props,
            methods: &self.methods,
            trait_rules: &self.trait_rules,
            attributes: &self.attributes,
            attr_args: &self.attr_args,
        }
    }
}

impl Script {
    /// Every [`StrRef`] in the tables, for rewriting (the opcache moves strings to
    /// its interned buffer). A new table or field holding a `StrRef` is added here.
    pub fn for_each_str_mut(&mut self, mut f: impl FnMut(&mut StrRef)) {
        fn opt(r: &mut Option<StrRef>, f: &mut impl FnMut(&mut StrRef)) {
            if let Some(r) = r {
                f(r)
            }
        }
        f(&mut self.filename);
        for l in &mut self.literals {
            if let Literal::String(r) = l {
                f(r);
            }
        }
        self.var_names.iter_mut().for_each(&mut f);
        self.type_names.iter_mut().for_each(&mut f);
        for a in &mut self.arg_infos {
            f(&mut a.name);
            opt(&mut a.default_text, &mut f);
        }
        for c in &mut self.classes {
            f(&mut c.name);
            opt(&mut c.parent, &mut f);
            opt(&mut c.doc_comment, &mut f);
        }
        for c in &mut self.class_consts {
            f(&mut c.name);
            opt(&mut c.doc_comment, &mut f);
        }
        for p in &mut self.props {
            f(&mut p.name);
            opt(&mut p.doc_comment, &mut f);
        }
        for t in &mut self.trait_rules {
            opt(&mut t.trait_name, &mut f);
            f(&mut t.method);
            opt(&mut t.alias, &mut f);
        }
        for oa in &mut self.op_arrays {
            f(&mut oa.name);
            opt(&mut oa.doc_comment, &mut f);
        }
        for a in &mut self.attributes {
            f(&mut a.name);
        }
        for a in &mut self.attr_args {
            opt(&mut a.name, &mut f);
        }
    }
}

impl<'a> ScriptView<'a> {
    pub fn str(&self, r: StrRef) -> &'a [u8] {
        let (pool, start) = if r.start & StrRef::INTERNED != 0 {
            (self.interned, r.start & !StrRef::INTERNED)
        } else {
            (self.strings, r.start)
        };
        &pool[start as usize..(start + r.len) as usize]
    }

    pub fn filename(&self) -> &'a [u8] {
        self.str(self.filename)
    }

    pub fn main(&self) -> &'a OpArray {
        &self.op_arrays[0]
    }

    pub fn ops(&self, oa: &OpArray) -> &'a [Op] {
        &self.ops[oa.ops.indices()]
    }

    pub fn literals(&self, oa: &OpArray) -> &'a [Literal] {
        &self.literals[oa.literals.indices()]
    }
}
