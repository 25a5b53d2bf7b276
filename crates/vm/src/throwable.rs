//! The built-in Throwable hierarchy (`Exception`, `Error` and their subclasses) as
//! native classes.

use std::rc::Rc;

use miniphp_compiler::{class_flags, flags as fn_flags, member, TypeDecl};

use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::object::PhpObject;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

const PROPS: &[NativeProp] = &[
    NativeProp {
        name: "message",
        flags: member::PROTECTED,
        default: NativeConst::Str(""),
        ty: 0,
    },
    NativeProp {
        name: "string",
        flags: member::PRIVATE,
        default: NativeConst::Str(""),
        ty: TypeDecl::STRING,
    },
    NativeProp {
        name: "code",
        flags: member::PROTECTED,
        default: NativeConst::Long(0),
        ty: 0,
    },
    NativeProp {
        name: "file",
        flags: member::PROTECTED,
        default: NativeConst::Str(""),
        ty: TypeDecl::STRING,
    },
    NativeProp {
        name: "line",
        flags: member::PROTECTED,
        default: NativeConst::Long(0),
        ty: TypeDecl::LONG,
    },
    NativeProp {
        name: "trace",
        flags: member::PRIVATE,
        default: NativeConst::EmptyArray,
        ty: TypeDecl::ARRAY,
    },
    NativeProp {
        name: "previous",
        flags: member::PRIVATE,
        default: NativeConst::Null,
        ty: 0,
    },
];

const FINAL: u32 = fn_flags::FINAL;

const METHODS: &[NativeMethod] = &[
    NativeMethod::new(
        "__construct",
        construct,
        &["message", "code", "previous"],
        0,
    ),
    NativeMethod::new("__wakeup", nothing, &[], 0),
    NativeMethod::new("getMessage", |_, c, _| Ok(this(c).prop("message")), &[], 0)
        .with_flags(FINAL),
    NativeMethod::new("getCode", |_, c, _| Ok(this(c).prop("code")), &[], 0).with_flags(FINAL),
    NativeMethod::new("getFile", |_, c, _| Ok(this(c).prop("file")), &[], 0).with_flags(FINAL),
    NativeMethod::new("getLine", |_, c, _| Ok(this(c).prop("line")), &[], 0).with_flags(FINAL),
    NativeMethod::new("getTrace", |_, c, _| Ok(this(c).prop("trace")), &[], 0).with_flags(FINAL),
    NativeMethod::new(
        "getPrevious",
        |_, c, _| Ok(this(c).prop("previous")),
        &[],
        0,
    )
    .with_flags(FINAL),
    NativeMethod::new("getTraceAsString", trace_as_string, &[], 0).with_flags(FINAL),
    NativeMethod::new("__toString", to_string, &[], 0),
];

const THROWABLE_METHODS: &[NativeMethod] = &[
    NativeMethod::abstract_("getMessage", &[]),
    NativeMethod::abstract_("getCode", &[]),
    NativeMethod::abstract_("getFile", &[]),
    NativeMethod::abstract_("getLine", &[]),
    NativeMethod::abstract_("getTrace", &[]),
    NativeMethod::abstract_("getPrevious", &[]),
    NativeMethod::abstract_("getTraceAsString", &[]),
];

const fn sub(name: &'static str, parent: &'static str) -> NativeClass {
    NativeClass {
        name,
        parent: Some(parent),
        ..NativeClass::EMPTY
    }
}

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "Throwable",
        interfaces: &["Stringable"],
        flags: class_flags::INTERFACE,
        methods: THROWABLE_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Exception",
        interfaces: &["Throwable"],
        props: PROPS,
        methods: METHODS,
        create: Some(create),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Error",
        interfaces: &["Throwable"],
        props: PROPS,
        methods: METHODS,
        create: Some(create),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ErrorException",
        parent: Some("Exception"),
        props: &[NativeProp {
            name: "severity",
            flags: member::PROTECTED,
            default: NativeConst::Long(1),
            ty: TypeDecl::LONG,
        }],
        ..NativeClass::EMPTY
    },
    sub("CompileError", "Error"),
    sub("ParseError", "CompileError"),
    sub("TypeError", "Error"),
    sub("ArgumentCountError", "TypeError"),
    sub("ValueError", "Error"),
    sub("ArithmeticError", "Error"),
    sub("DivisionByZeroError", "ArithmeticError"),
    sub("UnhandledMatchError", "Error"),
    sub("JsonException", "Exception"),
    sub("LogicException", "Exception"),
    sub("BadFunctionCallException", "LogicException"),
    sub("BadMethodCallException", "BadFunctionCallException"),
    sub("DomainException", "LogicException"),
    sub("InvalidArgumentException", "LogicException"),
    sub("LengthException", "LogicException"),
    sub("OutOfRangeException", "LogicException"),
    sub("RuntimeException", "Exception"),
    sub("OutOfBoundsException", "RuntimeException"),
    sub("OverflowException", "RuntimeException"),
    sub("RangeException", "RuntimeException"),
    sub("UnderflowException", "RuntimeException"),
    sub("UnexpectedValueException", "RuntimeException"),
];

fn this(c: &MethodCtx) -> &Rc<PhpObject> {
    c.this
        .as_ref()
        .expect("Throwable methods are instance methods")
}

/// Exceptions record where they were created (Zend's `zend_default_exception_new`).
fn create(vm: &mut Vm, class: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
    let (file, line) = vm.location();
    let obj = PhpObject::new(class);
    obj.set_prop("file", Value::from(file));
    obj.set_prop("line", Value::Long(line as i64));
    obj.set_prop("trace", Value::from(vm.backtrace(0)));
    Ok(obj)
}

fn nothing(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    Ok(Value::Null)
}

fn construct(vm: &mut Vm, c: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    let this = this(c);
    let arg = |i: usize| args.get(i).map(Value::deref);
    if let Some(m) = arg(0) {
        let s = m.to_php_string(vm)?;
        this.set_prop("message", Value::String(s));
    }
    if let Some(code) = arg(1) {
        this.set_prop("code", Value::Long(code.to_long()));
    }
    if let Some(prev) = arg(2) {
        this.set_prop("previous", prev);
    }
    Ok(Value::Null)
}

fn trace_as_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    Ok(Value::from(vm.trace_string(&this(c).prop("trace"))))
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    Ok(Value::from(vm.throwable_string(this(c))))
}
