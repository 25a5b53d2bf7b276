//! Objects, minimal for now: a class name and a property table. Only the built-in
//! Throwable classes exist until classes land; the objects issue replaces the
//! insides of [`PhpObject`] and keeps `Value::Object(Rc<PhpObject>)`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};

#[derive(Debug)]
pub struct PhpObject {
    /// The class name as declared (`DivisionByZeroError`).
    pub class: Rc<str>,
    /// `spl_object_id`.
    pub id: u32,
    pub props: RefCell<PhpArray>,
    /// Set once a built-in's own frame has been added to this throwable's trace.
    native_frame: Cell<bool>,
}

/// The id the next object will get (to tell objects created after a point).
pub fn next_object_id() -> u32 {
    NEXT_ID.with(|n| n.get())
}

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

impl PhpObject {
    pub fn new(class: &str) -> Rc<PhpObject> {
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id + 1);
            id
        });
        Rc::new(PhpObject {
            class: Rc::from(class),
            id,
            props: RefCell::new(PhpArray::new()),
            native_frame: Cell::new(false),
        })
    }

    pub fn native_frame_added(&self) -> bool {
        self.native_frame.get()
    }

    pub fn mark_native_frame_added(&self) {
        self.native_frame.set(true);
    }

    pub fn prop(&self, name: &str) -> Value {
        self.props
            .borrow()
            .get(&ArrayKey::from_bytes(name.as_bytes()))
            .map(Value::deref)
            .unwrap_or_default()
    }

    pub fn set_prop(&self, name: &str, v: Value) {
        self.props
            .borrow_mut()
            .insert(ArrayKey::from_bytes(name.as_bytes()), v);
    }
}

/// Parents of the built-in classes (the throwables), lowercase names.
fn builtin_parent(class: &str) -> Option<&'static str> {
    Some(match class {
        "exception" | "error" => "throwable",
        "errorexception" | "runtimeexception" | "logicexception" | "jsonexception" => "exception",
        "typeerror" | "valueerror" | "arithmeticerror" | "compileerror" | "unhandledmatcherror" => {
            "error"
        }
        "argumentcounterror" => "typeerror",
        "divisionbyzeroerror" => "arithmeticerror",
        "parseerror" => "compileerror",
        "invalidargumentexception"
        | "domainexception"
        | "lengthexception"
        | "outofrangeexception"
        | "badfunctioncallexception" => "logicexception",
        "badmethodcallexception" => "badfunctioncallexception",
        "outofboundsexception"
        | "overflowexception"
        | "rangeexception"
        | "underflowexception"
        | "unexpectedvalueexception" => "runtimeexception",
        _ => return None,
    })
}

/// Whether a class known to the engine exists (`class_exists` for built-ins).
pub fn is_builtin_class(class: &str) -> bool {
    let lc = class.to_ascii_lowercase();
    lc == "throwable" || lc == "stdclass" || builtin_parent(&lc).is_some()
}

/// The declared spelling of a built-in class name (`exception` → `Exception`).
pub fn canonical_class_name(class: &str) -> String {
    const NAMES: &[&str] = &[
        "Throwable",
        "Exception",
        "Error",
        "ErrorException",
        "RuntimeException",
        "LogicException",
        "JsonException",
        "TypeError",
        "ValueError",
        "ArithmeticError",
        "CompileError",
        "UnhandledMatchError",
        "ArgumentCountError",
        "DivisionByZeroError",
        "ParseError",
        "InvalidArgumentException",
        "DomainException",
        "LengthException",
        "OutOfRangeException",
        "BadFunctionCallException",
        "BadMethodCallException",
        "OutOfBoundsException",
        "OverflowException",
        "RangeException",
        "UnderflowException",
        "UnexpectedValueException",
        "stdClass",
    ];
    NAMES
        .iter()
        .find(|n| n.eq_ignore_ascii_case(class))
        .map_or_else(|| class.to_string(), |n| n.to_string())
}

/// `$obj instanceof $class` for built-in classes.
pub fn instance_of(class: &str, target: &str) -> bool {
    let target = target.trim_start_matches('\\').to_ascii_lowercase();
    let mut cur = class.to_ascii_lowercase();
    loop {
        if cur == target {
            return true;
        }
        match builtin_parent(&cur) {
            Some(p) => cur = p.to_string(),
            None => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        assert!(instance_of("DivisionByZeroError", "ArithmeticError"));
        assert!(instance_of("DivisionByZeroError", "Throwable"));
        assert!(instance_of("ArgumentCountError", "\\TypeError"));
        assert!(!instance_of("TypeError", "Exception"));
        assert!(instance_of("InvalidArgumentException", "Exception"));
    }

    #[test]
    fn props() {
        let o = PhpObject::new("Exception");
        o.set_prop("message", Value::from("hi"));
        assert!(o.prop("message").strict_eq(&Value::from("hi")));
        assert!(o.prop("nope").is_null());
        assert_ne!(o.id, PhpObject::new("Error").id);
    }
}
