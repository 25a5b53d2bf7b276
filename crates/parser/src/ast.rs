//! The syntax tree of a PHP 8.2 file, as the grammar builds it.
//!
//! It is shaped after Zend's AST (`zend_ast.h`): one node kind per construct,
//! names kept as written (resolution against namespaces and `use` is the
//! compiler's job), string literals already decoded to their bytes.
//! Every statement and expression carries the span where it starts; the
//! compiler takes an opcode's line number from it, as Zend does.

pub use miniphp_lexer::Span;

/// PHP strings are byte strings, not UTF-8.
pub type Bytes = Vec<u8>;

#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub stmts: Vec<Stmt>,
    /// Line of the last token (Zend reports it as the main op_array's end line).
    pub last_line: u32,
    /// Byte offset just past `__halt_compiler();`, if present (`__COMPILER_HALT_OFFSET__`).
    pub halt_offset: Option<u32>,
    /// What PHP reports while lexing and parsing the file, in order; the compiler
    /// passes them on with its own warnings.
    pub diagnostics: Vec<Diagnostic>,
}

/// A non-fatal message from the lexer or the parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
    pub line: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// `E_COMPILE_WARNING` (`Octal escape sequence overflow …`).
    CompileWarning,
    /// `E_DEPRECATED` (`Using ${var} in strings is deprecated …`).
    Deprecated,
}

/// A name as written: `foo`, `Foo\Bar`, `\Foo\Bar`, `namespace\Foo`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Name {
    pub kind: NameKind,
    /// The name without a leading `\` or `namespace\` (`Foo\Bar`).
    pub parts: String,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// `foo` or `Foo\Bar`: resolved through `use` imports and the current namespace.
    Unqualified,
    Qualified,
    /// `\Foo\Bar`
    FullyQualified,
    /// `namespace\Foo`
    Relative,
}

/// An identifier that is not a name to resolve (a method, property, label, parameter name…).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

// ---------------------------------------------------------------- statements

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    Echo(Vec<Expr>),
    /// Text outside `<?php ?>` (compiled as an ECHO of a constant).
    InlineHtml(Bytes),
    /// `{ … }`
    Block(Vec<Stmt>),
    If {
        cond: Expr,
        then: Vec<Stmt>,
        elseifs: Vec<(Expr, Vec<Stmt>)>,
        else_: Option<Vec<Stmt>>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
    },
    DoWhile {
        body: Vec<Stmt>,
        cond: Expr,
    },
    For {
        init: Vec<Expr>,
        cond: Vec<Expr>,
        step: Vec<Expr>,
        body: Vec<Stmt>,
    },
    Foreach {
        subject: Expr,
        key: Option<Expr>,
        /// A variable, a `list()`/`[]` pattern (ExprKind::List / Array) or a reference.
        value: Expr,
        by_ref: bool,
        body: Vec<Stmt>,
    },
    Switch {
        subject: Expr,
        cases: Vec<SwitchCase>,
    },
    /// `break N;` (None means 1)
    Break(Option<Expr>),
    Continue(Option<Expr>),
    Return(Option<Expr>),
    Global(Vec<Expr>),
    /// `static $a = 1, $b;`
    StaticVar(Vec<StaticVar>),
    Unset(Vec<Expr>),
    /// `const A = 1, B = 2;` at top level or in a namespace.
    Const(Vec<ConstDecl>),
    Function(Box<FunctionDecl>),
    Class(Box<ClassDecl>),
    Try {
        body: Vec<Stmt>,
        catches: Vec<Catch>,
        finally: Option<Vec<Stmt>>,
    },
    /// `throw $e;` as a statement (the parser gives this, not `Expr(Throw)`, for a statement
    /// that is only a throw; `throw` inside an expression is `ExprKind::Throw`).
    Throw(Expr),
    /// `declare(strict_types=1);` or `declare(ticks=1) { … }`
    Declare {
        directives: Vec<(Ident, Expr)>,
        body: Option<Vec<Stmt>>,
    },
    /// `namespace Foo;` (body None: applies until the next namespace statement)
    /// or `namespace Foo { … }`.
    Namespace {
        name: Option<Name>,
        body: Option<Vec<Stmt>>,
    },
    /// `use Foo\Bar as Baz, …;`, `use function …;`, `use const …;`, group uses.
    Use {
        kind: UseKind,
        uses: Vec<UseItem>,
    },
    Goto(Ident),
    Label(Ident),
    /// `__halt_compiler();`
    HaltCompiler,
    /// `;`
    Nop,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    /// None for `default:`
    pub cond: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StaticVar {
    pub name: Ident,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConstDecl {
    pub name: Ident,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Catch {
    pub types: Vec<Name>,
    /// `catch (E)` without a variable is allowed since PHP 8.
    pub var: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UseKind {
    Normal,
    Function,
    Const,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UseItem {
    /// For group uses (`use A\{B, function c}`), the full name with the prefix joined.
    pub name: Name,
    pub alias: Option<Ident>,
    /// Per-item kind inside a mixed group use; otherwise the statement's kind.
    pub kind: UseKind,
}

// ---------------------------------------------------------------- functions

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDecl {
    pub name: Ident,
    pub params: Vec<Param>,
    pub by_ref_return: bool,
    pub return_type: Option<TypeHint>,
    pub body: Vec<Stmt>,
    pub attributes: Vec<AttributeGroup>,
    pub doc_comment: Option<String>,
    pub span: Span,
    /// Line of the closing `}`.
    pub end_line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub ty: Option<TypeHint>,
    pub default: Option<Expr>,
    pub by_ref: bool,
    pub variadic: bool,
    /// Constructor promotion: `public`, `protected readonly`, …
    pub promote: Option<Modifiers>,
    pub attributes: Vec<AttributeGroup>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeHint {
    /// `int`, `string`, `Foo`, `self`, `static`, `mixed`, `void`, `never`, `null`, `false`, `true`…
    Named(Name),
    /// `?T`
    Nullable(Box<TypeHint>),
    Union(Vec<TypeHint>),
    Intersection(Vec<TypeHint>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AttributeGroup {
    pub attrs: Vec<Attribute>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    pub name: Name,
    pub args: Vec<Arg>,
}

/// Modifier keywords on class members and promoted parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Modifiers {
    pub public: bool,
    pub protected: bool,
    pub private: bool,
    pub static_: bool,
    pub abstract_: bool,
    pub final_: bool,
    pub readonly: bool,
}

// ---------------------------------------------------------------- classes

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDecl {
    pub kind: ClassKind,
    /// None for `new class { … }`.
    pub name: Option<Ident>,
    pub modifiers: Modifiers,
    pub extends: Option<Name>,
    /// `implements` for classes and enums, `extends` for interfaces.
    pub implements: Vec<Name>,
    /// Backing type of an enum (`enum E: string`).
    pub enum_backing: Option<TypeHint>,
    pub members: Vec<ClassMember>,
    pub attributes: Vec<AttributeGroup>,
    pub doc_comment: Option<String>,
    pub span: Span,
    pub end_line: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    Class,
    Interface,
    Trait,
    Enum,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ClassMember {
    Property {
        modifiers: Modifiers,
        ty: Option<TypeHint>,
        props: Vec<PropertyItem>,
        attributes: Vec<AttributeGroup>,
        doc_comment: Option<String>,
        span: Span,
    },
    Const {
        modifiers: Modifiers,
        consts: Vec<ConstDecl>,
        attributes: Vec<AttributeGroup>,
        span: Span,
    },
    /// `case Foo = 'foo';` in an enum.
    EnumCase {
        name: Ident,
        value: Option<Expr>,
        attributes: Vec<AttributeGroup>,
        span: Span,
    },
    Method {
        modifiers: Modifiers,
        decl: Box<FunctionDecl>,
        /// `abstract function f();` and interface methods have no body.
        has_body: bool,
    },
    TraitUse {
        traits: Vec<Name>,
        adaptations: Vec<TraitAdaptation>,
        span: Span,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct PropertyItem {
    pub name: Ident,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TraitAdaptation {
    /// `A::foo insteadof B, C;`
    Insteadof {
        trait_: Name,
        method: Ident,
        instead_of: Vec<Name>,
    },
    /// `A::foo as protected bar;`, `foo as private;`
    Alias {
        trait_: Option<Name>,
        method: Ident,
        modifiers: Modifiers,
        alias: Option<Ident>,
    },
}

// ---------------------------------------------------------------- expressions

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    // literals
    Int(i64),
    Float(f64),
    /// A string literal with escapes already decoded.
    String(Bytes),
    /// `"a $b {$c}"`, heredoc with interpolation: literal parts and expressions, in order.
    Interpolated(Vec<InterpPart>),
    /// `` `cmd $x` ``
    ShellExec(Vec<InterpPart>),
    /// `[1, 'a' => 2, ...$x]` or `array(…)`. `short` tells which syntax (it matters for
    /// destructuring: `[$a] = …` is a list, `array($a) = …` is an error).
    Array {
        items: Vec<Option<ArrayItem>>,
        short: bool,
    },
    /// `list($a, , $b)` (None for skipped slots).
    List(Vec<Option<ArrayItem>>),
    /// `FOO`, `\Foo\BAR`, `true`, `null` (true/false/null are resolved by the compiler).
    Const(Name),
    MagicConst(MagicConst),

    // variables
    /// `$name`
    Var(String),
    /// `$$expr`, `${expr}`
    VarVar(Box<Expr>),
    /// `$a[dim]`, `$a[]` (dim None), `$a{dim}` is a parse error in PHP 8.
    Index {
        base: Box<Expr>,
        dim: Option<Box<Expr>>,
    },
    /// `$a->b`, `$a?->b`
    Prop {
        obj: Box<Expr>,
        name: Box<MemberName>,
        nullsafe: bool,
    },
    /// `A::$b`
    StaticProp {
        class: Box<ClassRef>,
        name: Box<MemberName>,
    },
    /// `A::B`, `A::class`
    ClassConst {
        class: Box<ClassRef>,
        name: Ident,
    },
    /// `$a::class` and friends go through ClassConst with ClassRef::Expr.
    // calls
    Call {
        callee: Box<Callee>,
        args: Vec<Arg>,
    },
    /// `foo(...)`, `$o->m(...)`, `A::m(...)`
    FirstClassCallable(Box<Callee>),
    New {
        class: Box<ClassRef>,
        args: Vec<Arg>,
    },

    // operators
    Assign {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    AssignRef {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// `$a += 1` etc. (op is the arithmetic operator; `??=` is `BinaryOp::Coalesce`).
    AssignOp {
        op: BinaryOp,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        expr: Box<Expr>,
    },
    PreInc(Box<Expr>),
    PreDec(Box<Expr>),
    PostInc(Box<Expr>),
    PostDec(Box<Expr>),
    Cast {
        ty: CastType,
        expr: Box<Expr>,
    },
    /// `a ? b : c`, `a ?: c` (then None)
    Ternary {
        cond: Box<Expr>,
        then: Option<Box<Expr>>,
        else_: Box<Expr>,
    },
    Instanceof {
        expr: Box<Expr>,
        class: Box<ClassRef>,
    },
    /// `@expr`
    Silence(Box<Expr>),
    /// `(expr)` is not kept: parentheses only steer the tree. Exception: a parenthesized
    /// ternary is marked so that nested-ternary checks can tell `(a ? b : c) ? d : e` apart.
    Paren(Box<Expr>),

    // language constructs
    Isset(Vec<Expr>),
    Empty(Box<Expr>),
    Exit(Option<Box<Expr>>),
    Print(Box<Expr>),
    Include {
        kind: IncludeKind,
        expr: Box<Expr>,
    },
    Eval(Box<Expr>),
    Clone(Box<Expr>),
    Match {
        subject: Box<Expr>,
        arms: Vec<MatchArm>,
    },
    Throw(Box<Expr>),
    Yield {
        key: Option<Box<Expr>>,
        value: Option<Box<Expr>>,
    },
    YieldFrom(Box<Expr>),
    Closure(Box<Closure>),
    ArrowFn(Box<ArrowFn>),
    /// `new class(…) extends … { … }`
    AnonClass {
        decl: Box<ClassDecl>,
        args: Vec<Arg>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterpPart {
    Literal(Bytes),
    Expr(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ArrayItem {
    pub key: Option<Expr>,
    pub value: Expr,
    pub by_ref: bool,
    /// `...$x`
    pub unpack: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MagicConst {
    Line,
    File,
    Dir,
    Class,
    Trait,
    Method,
    Function,
    Namespace,
}

/// The property or method name after `->` / `::`.
#[derive(Clone, Debug, PartialEq)]
pub enum MemberName {
    Ident(Ident),
    /// `$o->$name`, `$o->{expr}`, `A::$$name`
    Expr(Expr),
}

/// The class part of `new X`, `X::…`, `instanceof X`.
#[derive(Clone, Debug, PartialEq)]
pub enum ClassRef {
    /// `Foo`, `self`, `parent`, `static` (the compiler tells the special ones apart).
    Name(Name),
    /// `new $cls`, `$obj::CONST`, `(expr)::m()`
    Expr(Expr),
    /// `new class { … }` (only in `New`; the AST uses AnonClass for it).
    Anonymous,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// `foo()`, `\ns\foo()`
    Name(Name),
    /// `$f()`, `(expr)()`, `'strlen'()`
    Expr(Expr),
    /// `$o->m()`, `$o?->m()`
    Method {
        obj: Expr,
        name: MemberName,
        nullsafe: bool,
    },
    /// `A::m()`, `parent::m()`, `$cls::$m()`
    Static { class: ClassRef, name: MemberName },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub value: Expr,
    /// `...$args`
    pub unpack: bool,
    /// `name: value`
    pub name: Option<Ident>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    ShiftLeft,
    ShiftRight,
    BitAnd,
    BitOr,
    BitXor,
    /// `&&` and `and`
    BooleanAnd,
    /// `||` and `or`
    BooleanOr,
    /// `xor`
    LogicalXor,
    Equal,
    NotEqual,
    Identical,
    NotIdentical,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Spaceship,
    Coalesce,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `!`
    Not,
    /// `~`
    BitNot,
    /// `-`
    Neg,
    /// `+`
    Plus,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastType {
    Int,
    Float,
    String,
    Array,
    Object,
    Bool,
    /// `(unset)` is a parse-time fatal error in PHP 8; kept so the compiler can report it.
    Unset,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncludeKind {
    Include,
    IncludeOnce,
    Require,
    RequireOnce,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchArm {
    /// None for `default`
    pub conds: Option<Vec<Expr>>,
    pub body: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub static_: bool,
    pub by_ref_return: bool,
    pub params: Vec<Param>,
    /// `use ($a, &$b)`: (name, by_ref)
    pub uses: Vec<(Ident, bool)>,
    pub return_type: Option<TypeHint>,
    pub body: Vec<Stmt>,
    pub attributes: Vec<AttributeGroup>,
    pub span: Span,
    pub end_line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ArrowFn {
    pub static_: bool,
    pub by_ref_return: bool,
    pub params: Vec<Param>,
    pub return_type: Option<TypeHint>,
    pub body: Expr,
    pub attributes: Vec<AttributeGroup>,
    pub span: Span,
}
