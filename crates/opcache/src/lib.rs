//! The opcode cache: compiled Scripts kept in a fork-shared segment (DESIGN.md,
//! "The opcache"), installed by swapping the VM's `compile_file` hook.

pub mod alloc;
pub mod hash;
pub mod persist;
#[doc(hidden)]
pub mod sample;
pub mod segment;

#[cfg(test)]
use sample as testutil;
