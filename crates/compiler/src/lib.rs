//! AST to op_arrays, as Zend compiles them before its optimizer.

pub mod opcode;
pub mod script;

pub use opcode::Opcode;
pub use script::*;
