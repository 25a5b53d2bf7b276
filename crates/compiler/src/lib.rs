//! AST to op_arrays, as Zend compiles them before its optimizer.
//!
//! Contract notes for the VM (beyond `script.rs`):
//! - TMP/VAR operand values are absolute slots: `op_array.vars.len + n`, as Zend's.
//! - Jump targets are absolute opline numbers within the op_array (op1 of JMP/FAST_CALL,
//!   op2 of JMPZ/JMPNZ/JMPZ_EX/JMPNZ_EX/JMP_SET/COALESCE/JMP_NULL/FE_RESET_*/CATCH,
//!   extended_value of FE_FETCH_* and of SWITCH_*/MATCH for the default). SWITCH/MATCH
//!   jump tables are constant arrays whose values are opline numbers.
//! - INIT_FCALL_BY_NAME's op2 is the name as written, op2+1 its lowercase form;
//!   INIT_NS_FCALL_BY_NAME adds op2+2, the lowercase unqualified (global fallback) name.
//!   FETCH_CONSTANT's op2 literals follow `zend_add_const_name_literal`; op1.value has
//!   0x100 when the unqualified global fallback applies. CATCH/NEW/INSTANCEOF class
//!   names are followed by their lowercase form. INIT_FCALL's op2 is the lowercase name.
//! - DECLARE_FUNCTION / DECLARE_LAMBDA_FUNCTION: op2.value indexes the op_array's
//!   `dynamic_funcs`. BIND_STATIC / BIND_LEXICAL: see `OpArray::static_defaults`.
//! - DECLARE_CLASS / DECLARE_CLASS_DELAYED / DECLARE_ANON_CLASS: `extended_value` is the
//!   index in `Script::classes` (see their doc comments in `opcode.rs`). Classes in
//!   `Script::class_table` are bound when the script is loaded, in that order, and have
//!   no DECLARE_CLASS opline (Zend's early binding under opcache: internal classes and
//!   other files' classes are not looked at).
//! - A class operand (op1 of NEW, INIT_STATIC_METHOD_CALL, FETCH_CLASS_CONSTANT; op2 of
//!   INSTANCEOF and of every *_STATIC_PROP* opcode, whose op1 is the property name) is
//!   CONST (the name, its lowercase form in the next literal), UNUSED with a fetch type in
//!   `value` (1 self, 2 parent, 3 static, | 0x80 no-autoload, 0x100 silent, 0x200
//!   exception), or a VAR from FETCH_CLASS / DECLARE_ANON_CLASS. FETCH_CLASS_NAME's op1 is
//!   UNUSED with a fetch type, or the object (`$obj::class`).
//! - INIT_STATIC_METHOD_CALL / INIT_METHOD_CALL op2: CONST method name + lowercase form,
//!   UNUSED for `parent::__construct()` (Zend's CONSTRUCTOR), or a TMP/CV name.
//! - An UNUSED object operand (op1 of FETCH_OBJ_*, ASSIGN_OBJ*, INIT_METHOD_CALL,
//!   *_INC/DEC_OBJ, UNSET_OBJ, ISSET_ISEMPTY_PROP_OBJ) is `$this` in a method; elsewhere
//!   `$this` is fetched by FETCH_THIS.
//! - FETCH_OBJ_W / FETCH_OBJ_FUNC_ARG / FETCH_STATIC_PROP_W / _FUNC_ARG extended_value:
//!   1 = the result is bound by reference (ZEND_FETCH_REF), 2 = dimension write.
//!   ASSIGN_OBJ_REF / ASSIGN_STATIC_PROP_REF (+OP_DATA): extended_value 1 = the source is
//!   a call result.
//! - JMP_NULL (`?->`): op2 = target after the chain, result = the chain's result,
//!   extended_value 1 = inside isset(), 2 = inside empty().
//! - CALLABLE_CONVERT (`f(...)`) follows an INIT_* opline with extended_value 0.
//! - call_user_func / call_user_func_array: INIT_USER_CALL (op1 CONST the calling
//!   function's name for messages, op2 the callable, extended_value argc) or INIT_FCALL for
//!   a known function name, then SEND_USER (op2 = position) / SEND_ARRAY + CHECK_UNDEF_ARGS,
//!   then DO_FCALL.
//! - Parameter defaults, class constants, property defaults, DECLARE_CONST values and
//!   static variable initial values may be `Literal::ConstExpr` (see `script.rs`).

mod attrs;
mod call;
mod class;
mod compiler;
mod constexpr;
pub mod dump;
mod emit;
mod expr;
mod func;
mod names;
mod oo;
pub mod opcode;
pub mod script;
mod stmt;
mod types;
pub mod val;
mod walk;

pub use dump::dump;
pub use oo::FETCH_REF;
pub use opcode::Opcode;
pub use script::*;
pub use val::Val;

use miniphp_parser::ast::{DiagnosticKind, File};

/// A compile-time fatal error, with PHP's message (`PHP Fatal error:  <message> in F on line N`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    pub line: u32,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on line {}", self.message, self.line)
    }
}

impl std::error::Error for CompileError {}

/// The level of a non-fatal diagnostic issued while compiling (Zend's `E_*` codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Warning,
    CompileWarning,
    Deprecated,
}

impl Severity {
    /// The `E_*` value, for error_reporting masks and error handlers.
    pub fn code(self) -> i64 {
        match self {
            Severity::Warning => 2,
            Severity::CompileWarning => 128,
            Severity::Deprecated => 8192,
        }
    }
}

/// A warning or deprecation PHP reports while compiling (`zend_error` from the
/// compiler): reported once, when the file is compiled, not when it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub severity: Severity,
    pub message: String,
    pub line: u32,
}

/// What the compiler may know about the runtime's built-ins, as Zend knows its internal
/// functions and persistent constants at compile time.
pub trait FunctionInfo {
    /// `lc_name` is an internal (built-in) function.
    fn is_internal(&self, lc_name: &str) -> bool;
    /// Argument `arg` (1-based) of internal function `lc_name` is taken by reference.
    fn internal_arg_by_ref(&self, lc_name: &str, arg: u32) -> bool {
        let _ = (lc_name, arg);
        false
    }
    /// Argument `arg` (1-based) of internal function `lc_name` is taken by reference
    /// but a value is accepted too (`ZEND_SEND_PREFER_REF`: extract, array_multisort).
    fn internal_arg_prefers_ref(&self, lc_name: &str, arg: u32) -> bool {
        let _ = (lc_name, arg);
        false
    }
    /// The 1-based position of internal function `lc_name`'s parameter `name`
    /// (named arguments are resolved at compile time when Zend knows the function).
    fn internal_arg_position(&self, lc_name: &str, name: &str) -> Option<u32> {
        let _ = (lc_name, name);
        None
    }
    /// `lc_name` is an internal (built-in) class: a top-level class of that name is not
    /// early-bound (DECLARE_CLASS reports the clash at run time, as PHP does).
    fn is_internal_class(&self, lc_name: &str) -> bool {
        let _ = lc_name;
        false
    }
    /// The value of a persistent (built-in) constant, substituted at compile time.
    fn persistent_constant(&self, name: &str) -> Option<Val> {
        let _ = name;
        None
    }
}

#[derive(Clone, Copy, Default)]
pub struct CompileOptions<'a> {
    /// Built-ins; None means nothing is internal.
    pub functions: Option<&'a dyn FunctionInfo>,
}

/// Compiles a parsed file. `filename` is recorded as given (for `__FILE__` and listings).
/// Compile-time warnings are dropped (see [`compile_with_warnings`]).
pub fn compile(file: &File, filename: &str, opts: CompileOptions) -> Result<Script, CompileError> {
    compile_with_warnings(file, filename, opts, &mut Vec::new())
}

/// As [`compile`], adding to `warnings` what PHP reports while compiling, in order
/// (those before a compile error included).
pub fn compile_with_warnings(
    file: &File,
    filename: &str,
    opts: CompileOptions,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Script, CompileError> {
    warnings.extend(file.diagnostics.iter().map(|d| CompileWarning {
        severity: match d.kind {
            DiagnosticKind::CompileWarning => Severity::CompileWarning,
            DiagnosticKind::Deprecated => Severity::Deprecated,
        },
        message: d.message.clone(),
        line: d.line,
    }));
    let mut c = compiler::Compiler::new(filename, opts.functions);
    let r = compile_file(&mut c, file);
    warnings.append(&mut c.warnings);
    r.map(|()| c.s)
}

fn compile_file(c: &mut compiler::Compiler, file: &File) -> Result<(), CompileError> {
    c.s.halt_offset = file.halt_offset;
    c.reserve_tables(file.last_line);
    let main = c.reserve_op_array();
    c.push_func(emit::FuncCtx {
        lineno: 1,
        ..emit::FuncCtx::default()
    });
    c.top_stmts(&file.stmts, true)?;
    c.f().lineno = file.last_line;
    c.final_return(true)?;
    let oa = OpArray {
        line_start: 1,
        line_end: file.last_line,
        ..OpArray::default()
    };
    c.finish_op_array(main, oa)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Hand-built ASTs (the parser-driven listings live in `tests/listings.rs`); the
    //! expected listings were printed by PHP 8.2 for the same source.
    use super::*;
    use miniphp_parser::ast::*;

    fn sp(line: u32) -> Span {
        Span {
            start: 0,
            end: 0,
            line,
        }
    }
    fn e(kind: ExprKind, line: u32) -> Expr {
        Expr {
            kind,
            span: sp(line),
        }
    }
    fn var(n: &str, line: u32) -> Expr {
        e(ExprKind::Var(n.into()), line)
    }
    fn int(i: i64, line: u32) -> Expr {
        e(ExprKind::Int(i), line)
    }
    fn bin(op: BinaryOp, l: Expr, r: Expr) -> Expr {
        let line = l.span.line;
        e(
            ExprKind::Binary {
                op,
                left: Box::new(l),
                right: Box::new(r),
            },
            line,
        )
    }
    fn st(kind: StmtKind, line: u32) -> Stmt {
        Stmt {
            kind,
            span: sp(line),
        }
    }
    fn assign(t: Expr, v: Expr) -> Expr {
        let line = t.span.line;
        e(
            ExprKind::Assign {
                target: Box::new(t),
                value: Box::new(v),
            },
            line,
        )
    }
    #[test]
    fn compile_warnings_in_order_with_lines() {
        let src = b"<?php\nfunction f(\n  $a = 1, int $b = null, $c) {}\nfor (;;) { switch (1) { default: continue; } }\n";
        let file = miniphp_parser::parse(src, Default::default()).expect("parses");
        let mut w = Vec::new();
        compile_with_warnings(&file, "/t.php", CompileOptions::default(), &mut w)
            .expect("compiles");
        let got: Vec<(Severity, &str, u32)> = w
            .iter()
            .map(|w| (w.severity, w.message.as_str(), w.line))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Severity::Deprecated,
                    "Optional parameter $a declared before required parameter $c is implicitly treated as a required parameter",
                    2
                ),
                (
                    Severity::Warning,
                    "\"continue\" targeting switch is equivalent to \"break\". Did you mean to use \"continue 2\"?",
                    4
                ),
            ]
        );
    }

    fn listing(stmts: Vec<Stmt>, last_line: u32) -> String {
        let file = File {
            stmts,
            last_line,
            halt_offset: None,
            diagnostics: Vec::new(),
        };
        let s = compile(&file, "/t.php", CompileOptions::default()).expect("compiles");
        dump(s.view())
    }

    #[test]
    fn assignment_echo_folding_and_a_known_function() {
        // $a = 1; echo $a + 2, "x" . "y"; function f($x) { return $x * 2; } echo f($a);
        let f = FunctionDecl {
            name: Ident {
                name: "f".into(),
                span: sp(4),
            },
            params: vec![Param {
                name: Ident {
                    name: "x".into(),
                    span: sp(4),
                },
                ty: None,
                default: None,
                by_ref: false,
                variadic: false,
                promote: None,
                attributes: vec![],
                span: sp(4),
            }],
            by_ref_return: false,
            return_type: None,
            body: vec![st(
                StmtKind::Return(Some(bin(BinaryOp::Mul, var("x", 4), int(2, 4)))),
                4,
            )],
            attributes: vec![],
            doc_comment: None,
            span: sp(4),
            end_line: 4,
        };
        let call = e(
            ExprKind::Call {
                callee: Box::new(Callee::Name(Name {
                    kind: NameKind::Unqualified,
                    parts: "f".into(),
                    span: sp(5),
                })),
                args: vec![Arg {
                    value: var("a", 5),
                    unpack: false,
                    name: None,
                }],
            },
            5,
        );
        let concat = bin(
            BinaryOp::Concat,
            e(ExprKind::String(b"x".to_vec()), 3),
            e(ExprKind::String(b"y".to_vec()), 3),
        );
        let out = listing(
            vec![
                st(StmtKind::Expr(assign(var("a", 2), int(1, 2))), 2),
                st(
                    StmtKind::Echo(vec![bin(BinaryOp::Add, var("a", 3), int(2, 3)), concat]),
                    3,
                ),
                st(StmtKind::Function(Box::new(f)), 4),
                st(StmtKind::Echo(vec![call]), 5),
            ],
            6,
        );
        let php = "
$_main:
     ; (lines=9, args=0, vars=1, tmps=3)
     ; (before optimizer)
     ; /t.php:1-6
     ; return  [] RANGE[0..0]
0000 ASSIGN CV0($a) int(1)
0001 T2 = ADD CV0($a) int(2)
0002 ECHO T2
0003 ECHO string(\"xy\")
0004 INIT_FCALL 1 112 string(\"f\")
0005 SEND_VAR CV0($a) 1
0006 V3 = DO_UCALL
0007 ECHO V3
0008 RETURN int(1)

f:
     ; (lines=4, args=1, vars=1, tmps=1)
     ; (before optimizer)
     ; /t.php:4-4
     ; return  [] RANGE[0..0]
0000 CV0($x) = RECV 1
0001 T1 = MUL CV0($x) int(2)
0002 RETURN T1
0003 RETURN null
";
        assert_eq!(out, php);
    }

    #[test]
    fn for_loop_with_break() {
        // for ($i = 0; $i < 3; $i++) { if ($i) break; }
        let body = vec![st(
            StmtKind::If {
                cond: var("i", 2),
                then: vec![st(StmtKind::Break(None), 2)],
                elseifs: vec![],
                else_: None,
            },
            2,
        )];
        let for_ = StmtKind::For {
            init: vec![assign(var("i", 2), int(0, 2))],
            cond: vec![bin(BinaryOp::Less, var("i", 2), int(3, 2))],
            step: vec![e(ExprKind::PostInc(Box::new(var("i", 2))), 2)],
            body,
        };
        let out = listing(vec![st(for_, 2)], 3);
        let php = "
$_main:
     ; (lines=8, args=0, vars=1, tmps=3)
     ; (before optimizer)
     ; /t.php:1-3
     ; return  [] RANGE[0..0]
0000 ASSIGN CV0($i) int(0)
0001 JMP 0005
0002 JMPZ CV0($i) 0004
0003 JMP 0007
0004 PRE_INC CV0($i)
0005 T3 = IS_SMALLER CV0($i) int(3)
0006 JMPNZ T3 0002
0007 RETURN int(1)
";
        assert_eq!(out, php);
    }

    #[test]
    fn compile_errors_are_values() {
        let brk = st(StmtKind::Break(None), 7);
        let file = File {
            stmts: vec![brk],
            last_line: 8,
            halt_offset: None,
            diagnostics: Vec::new(),
        };
        let err = compile(&file, "/t.php", CompileOptions::default()).unwrap_err();
        assert_eq!(
            err,
            CompileError {
                message: "'break' not in the 'loop' or 'switch' context".into(),
                line: 7
            }
        );
        let this = st(StmtKind::Expr(assign(var("this", 3), int(1, 3))), 3);
        let file = File {
            stmts: vec![this],
            last_line: 3,
            halt_offset: None,
            diagnostics: Vec::new(),
        };
        let err = compile(&file, "/t.php", CompileOptions::default()).unwrap_err();
        assert_eq!(err.message, "Cannot re-assign $this");
    }
}
