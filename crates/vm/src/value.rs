//! PHP values (`zval`): 16 bytes, refcounted, copy-on-write.

use std::cell::RefCell;
use std::rc::Rc;

use crate::array::PhpArray;

/// A PHP string: bytes, shared; `Rc::make_mut` gives copy-on-write and an
/// amortised in-place `.=` when the string is not shared.
pub type PhpStr = Rc<Vec<u8>>;

/// A PHP reference (`&$x`): a shared cell that every alias points to.
pub type PhpRef = Rc<RefCell<Value>>;

#[derive(Clone, Debug, Default)]
pub enum Value {
    #[default]
    Null,
    False,
    True,
    Long(i64),
    Double(f64),
    String(PhpStr),
    /// Copy-on-write: assigning shares the `Rc`, writing through `Rc::make_mut` separates.
    Array(Rc<PhpArray>),
    /// Only in variable slots, array elements and properties, never as an operand value:
    /// reading a slot dereferences it.
    Reference(PhpRef),
}

/// An array key after PHP's normalisation (`"1"` → `1`, `true` → `1`, `null` → `""`, `1.5` → `1`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ArrayKey {
    Int(i64),
    Str(PhpStr),
}
