//! `WeakReference` and `WeakMap` (Zend/zend_weakrefs.c).

use std::rc::Weak;

use crate::class::NativeClass;
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};

/// What a `WeakReference` points to.
#[derive(Debug, Clone, Default)]
pub struct Referent(pub Weak<PhpObject>);

#[derive(Debug, Clone, Default)]
pub struct Map {}

impl Map {
    pub fn for_each_value(&self, _f: &mut dyn FnMut(&Value)) {}
    pub fn debug_entries(&self) -> Vec<(ArrayKey, Value)> {
        Vec::new()
    }
}

pub const CLASSES: &[NativeClass] = &[];
