//! Fast paths for the opcodes the compiler makes of some built-in functions
//! (`count()`, `strlen()`, `array_key_exists()`, `is_int()` and the other type
//! checks) and casts: their common cases on plain values, without leaving the hot loop. Any
//! other case (objects, references, conversions, errors) is declined to the general
//! handlers in `exec/handlers.rs`, which give PHP's warnings and errors.

use super::prepared::{Insn, Kind};
use super::Code;
use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::Vm;

/// TYPE_CHECK's bit for a value (Zend's type codes; an undefined variable reads as
/// null). A closed resource is no resource for is_resource(): bit 0, IS_UNDEF, which
/// no type check asks for.
pub(super) fn type_bit(v: &Value) -> u32 {
    match v {
        Value::Undef | Value::Null => 1,
        Value::False => 2,
        Value::True => 3,
        Value::Long(_) => 4,
        Value::Double(_) => 5,
        Value::String(_) => 6,
        Value::Array(_) => 7,
        Value::Object(_) => 8,
        Value::Resource(r) if r.is_closed() => 0,
        Value::Resource(_) => 9,
        Value::Reference(_) => 10,
    }
}

/// ARRAY_KEY_EXISTS of an int or string key (others convert, with warnings).
#[inline(always)]
fn key_exists(key: &Value, a: &PhpArray) -> Option<bool> {
    let key = match key {
        Value::Long(n) => ArrayKey::Int(*n),
        Value::String(s) => ArrayKey::from_str_value(s),
        _ => return None,
    };
    Some(a.contains_key(&key))
}

impl Vm {
    /// `Kind::Count`, `Strlen`, `KeyExists`, `TypeCheck`: the result, then the TMP
    /// operands consumed; false (nothing changed) for the general handler.
    #[inline(never)]
    pub(super) fn function_op_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let a = self.operand(code, base, insn.a);
        let r = match insn.kind {
            Kind::Count => match a {
                Value::Array(arr) => Value::Long(arr.len() as i64),
                _ => return false,
            },
            Kind::Strlen => match a {
                Value::String(s) => Value::Long(s.len() as i64),
                _ => return false,
            },
            Kind::KeyExists => match self.operand(code, base, insn.b) {
                Value::Array(arr) => match key_exists(a, arr) {
                    Some(found) => Value::from(found),
                    None => return false,
                },
                _ => return false,
            },
            // An undefined variable warns, a reference is read through: the general
            // handler.
            Kind::TypeCheck => match a {
                Value::Undef | Value::Reference(_) => return false,
                a => Value::from(insn.b & (1 << type_bit(a)) != 0),
            },
            // A scalar converts to a scalar without a warning or an error.
            Kind::Cast => match a {
                Value::Null
                | Value::False
                | Value::True
                | Value::Long(_)
                | Value::Double(_)
                | Value::String(_) => {
                    let a = a.clone();
                    match crate::ops::cast(self, &a, insn.b) {
                        Ok(v) => v,
                        // Not for a scalar; were it to fail, the general handler would
                        // raise it.
                        Err(_) => return false,
                    }
                }
                _ => return false,
            },
            _ => return false,
        };
        self.consume(base, insn.a);
        if insn.kind == Kind::KeyExists {
            self.consume(base, insn.b);
        }
        super::put(&mut self.stack[base + insn.c as usize], r);
        *ip += 1;
        true
    }
}
