//! The engine's built-in interfaces and classes: `stdClass`, `Traversable`,
//! `Iterator`, `IteratorAggregate`, `ArrayAccess`, `Countable`, `Stringable`,
//! `JsonSerializable`, `UnitEnum`, `BackedEnum` (`Closure` is in `crate::closure`).

use miniphp_compiler::class_flags;

use super::{NativeClass, NativeMethod};

const INTERFACE: u32 = class_flags::INTERFACE;

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "stdClass",
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Traversable",
        flags: INTERFACE,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Iterator",
        interfaces: &["Traversable"],
        flags: INTERFACE,
        methods: &[
            NativeMethod::abstract_("current", &[]),
            NativeMethod::abstract_("next", &[]),
            NativeMethod::abstract_("key", &[]),
            NativeMethod::abstract_("valid", &[]),
            NativeMethod::abstract_("rewind", &[]),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "IteratorAggregate",
        interfaces: &["Traversable"],
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("getIterator", &[])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ArrayAccess",
        flags: INTERFACE,
        methods: &[
            NativeMethod::abstract_("offsetExists", &["offset"]),
            NativeMethod::abstract_("offsetGet", &["offset"]),
            NativeMethod::abstract_("offsetSet", &["offset", "value"]),
            NativeMethod::abstract_("offsetUnset", &["offset"]),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Countable",
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("count", &[])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Stringable",
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("__toString", &[])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "JsonSerializable",
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("jsonSerialize", &[])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "UnitEnum",
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("cases", &[])
            .with_flags(miniphp_compiler::flags::ABSTRACT | miniphp_compiler::flags::STATIC)],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "BackedEnum",
        interfaces: &["UnitEnum"],
        flags: INTERFACE,
        methods: &[
            NativeMethod::abstract_("from", &["value"])
                .with_flags(miniphp_compiler::flags::ABSTRACT | miniphp_compiler::flags::STATIC),
            NativeMethod::abstract_("tryFrom", &["value"])
                .with_flags(miniphp_compiler::flags::ABSTRACT | miniphp_compiler::flags::STATIC),
        ],
        ..NativeClass::EMPTY
    },
];
