//! The executor, values, the runtime tables and the standard library.

pub mod array;
pub mod value;
