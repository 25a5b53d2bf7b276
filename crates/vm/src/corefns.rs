//! The engine's own built-in functions: function handling, constants, errors, ini,
//! output buffering, variables scope, time and memory.

use crate::builtins::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[];
