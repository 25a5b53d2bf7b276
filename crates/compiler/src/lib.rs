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

mod call;
mod compiler;
pub mod dump;
mod emit;
mod expr;
mod func;
mod names;
pub mod opcode;
pub mod script;
mod stmt;
pub mod val;
mod walk;

pub use dump::dump;
pub use opcode::Opcode;
pub use script::*;
pub use val::Val;

use miniphp_parser::ast::File;

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
pub fn compile(file: &File, filename: &str, opts: CompileOptions) -> Result<Script, CompileError> {
    let mut c = compiler::Compiler::new(filename, opts.functions);
    c.s.halt_offset = file.halt_offset;
    let main = c.reserve_op_array();
    c.stack.push(emit::FuncCtx {
        lineno: 1,
        ..emit::FuncCtx::default()
    });
    c.top_stmts(&file.stmts)?;
    c.f().lineno = file.last_line;
    c.final_return(true)?;
    let oa = OpArray {
        line_start: 1,
        line_end: file.last_line,
        ..OpArray::default()
    };
    c.finish_op_array(main, oa);
    Ok(c.s)
}
