//! SPL's iterator classes (ext/spl/spl_iterators.c).

use crate::class::NativeClass;
use crate::value::Value;

#[derive(Debug, Clone, Default)]
pub struct Iter {}

impl Iter {
    pub fn for_each_value(&self, _f: &mut dyn FnMut(&Value)) {}
}

pub const CLASSES: &[NativeClass] = &[];
