//! SPL's interfaces: `Serializable`, `OuterIterator`, `RecursiveIterator`,
//! `SeekableIterator`, `SplObserver`, `SplSubject`; and `__PHP_Incomplete_Class`,
//! what `unserialize()` makes of an object of an unknown class.

use miniphp_compiler::class_flags::INTERFACE;

use crate::class::{NativeClass, NativeMethod};

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "__PHP_Incomplete_Class",
        flags: miniphp_compiler::class_flags::FINAL,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Serializable",
        flags: INTERFACE,
        methods: &[
            NativeMethod::abstract_("serialize", &[]),
            NativeMethod::abstract_("unserialize", &["data"]),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "OuterIterator",
        interfaces: &["Iterator"],
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("getInnerIterator", &[])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveIterator",
        interfaces: &["Iterator"],
        flags: INTERFACE,
        methods: &[
            NativeMethod::abstract_("hasChildren", &[]),
            NativeMethod::abstract_("getChildren", &[]),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SeekableIterator",
        interfaces: &["Iterator"],
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("seek", &["offset"])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplObserver",
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("update", &["subject"])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplSubject",
        flags: INTERFACE,
        methods: &[
            NativeMethod::abstract_("attach", &["observer"]),
            NativeMethod::abstract_("detach", &["observer"]),
            NativeMethod::abstract_("notify", &[]),
        ],
        ..NativeClass::EMPTY
    },
];
