//! The executor, values, the runtime tables and the standard library.

pub mod array;
pub mod builtins;
pub mod callable;
pub mod class;
pub mod closure;
pub mod constants;
pub mod corefns;
pub mod errors;
pub mod exec;
pub(crate) mod fe_cursor;
pub mod float_fmt;
pub mod gc;
pub mod generator;
pub mod include;
pub mod names;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod output;
pub mod realpath;
pub mod resource;
pub mod run;
pub mod sapi;
pub mod stream;
pub mod throwable;
pub(crate) mod typed_ref;
pub mod value;
pub mod vm;

pub use array::PhpArray;
pub use include::{CompileFailure, CompileFile, LoadedScript, ScriptKey};
pub use run::{run_code, run_file, run_stdin, run_with, Main};
pub use sapi::{HttpRequest, HttpResponse, RequestOutcome, TraceFrame, WebIni};
pub use value::{ArrayKey, PhpRef, PhpStr, Value};
pub use vm::{IniOverrides, Unwind, Vm};
#[cfg(test)]
mod tests_asm;
#[cfg(test)]
mod tests_ast;
