//! The built-in Throwable hierarchy (`Exception`, `Error` and their subclasses) as
//! native classes; stack traces, `__toString`'s format, and what happens to an
//! exception nobody catches (the exception handler, PHP's fatal error).

use std::rc::Rc;

use miniphp_compiler::{class_flags, flags as fn_flags, member, TypeDecl};

use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::errors;
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
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
        methods: &[
            NativeMethod::new(
                "__construct",
                error_exception_construct,
                &[
                    "message", "code", "severity", "filename", "line", "previous",
                ],
                0,
            ),
            NativeMethod::new(
                "getSeverity",
                |_, c, _| Ok(this(c).prop("severity")),
                &[],
                0,
            )
            .with_flags(FINAL),
        ],
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
    sub("AssertionError", "Error"),
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

/// A built-in running that may call back into PHP code: it shows in stack traces
/// between its caller and the frames it called (`[internal function]`). An empty
/// name only marks frames called by the engine itself (handlers at the top level).
#[derive(Debug)]
pub struct NativeCall {
    pub name: &'static str,
    /// A native method's declaring class and `->` or `::`.
    pub class: Option<(Rc<str>, &'static str)>,
    pub args: Vec<Value>,
    /// `Vm::frames.len()` when it was called: the index its callbacks' frames get.
    pub depth: usize,
    pub line: u32,
}

impl NativeCall {
    /// The stand-in for an include or require during its warnings (a language
    /// construct: its trace entry has no arguments, and the frames it calls have a
    /// call site).
    pub fn is_include(&self) -> bool {
        matches!(
            self.name,
            "include" | "include_once" | "require" | "require_once"
        )
    }
}

/// Exceptions record where they were created (Zend's `zend_default_exception_new`).
fn create(vm: &mut Vm, class: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
    let (file, line) = vm.location();
    let obj = PhpObject::new(class);
    obj.set_prop("file", Value::from(file));
    obj.set_prop("line", Value::Long(line as i64));
    obj.set_prop("trace", Value::from(vm.exception_trace()));
    Ok(obj)
}

fn nothing(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    Ok(Value::Null)
}

/// The class whose constructor runs (`Exception::__construct(): …` in messages).
fn ctor_class(c: &MethodCtx) -> &'static str {
    if c.class.instance_of_name(b"error") {
        "Error"
    } else {
        "Exception"
    }
}

/// The common constructor arguments: message, code and previous at these positions.
fn set_common(
    vm: &mut Vm,
    class: &str,
    this: &PhpObject,
    args: &[Value],
    (msg_at, code_at, prev_at): (usize, usize, usize),
) -> Result<(), Unwind> {
    let bad = |vm: &mut Vm, n: usize, name: &str, ty: &str, v: &Value| {
        vm.throw_error(
            "TypeError",
            format!(
                "{class}::__construct(): Argument #{} (${name}) must be of type {ty}, {} given",
                n + 1,
                v.debug_type_name()
            ),
        )
    };
    if let Some(m) = args.get(msg_at).map(Value::deref) {
        match m {
            Value::Array(_) | Value::Object(_) | Value::Null => {
                if !m.is_null() {
                    return Err(bad(vm, msg_at, "message", "string", &m));
                }
            }
            other => {
                let s = other.to_php_string(vm)?;
                this.set_prop("message", Value::String(s));
            }
        }
    }
    if let Some(code) = args.get(code_at).map(Value::deref) {
        let n = match &code {
            Value::Long(n) => *n,
            Value::True | Value::False | Value::Double(_) => code.to_long(),
            Value::String(s)
                if matches!(
                    crate::numeric::parse_numeric(s),
                    crate::numeric::Numeric::Full(_)
                ) =>
            {
                code.to_long()
            }
            _ => return Err(bad(vm, code_at, "code", "int", &code)),
        };
        this.set_prop("code", Value::Long(n));
    }
    if let Some(prev) = args.get(prev_at).map(Value::deref) {
        match &prev {
            Value::Null => {}
            Value::Object(o) if o.class.instance_of_name(b"throwable") => {
                this.set_prop("previous", prev.clone())
            }
            _ => return Err(bad(vm, prev_at, "previous", "?Throwable", &prev)),
        }
    }
    Ok(())
}

fn construct(vm: &mut Vm, c: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    set_common(vm, ctor_class(c), this(c), args, (0, 1, 2))?;
    Ok(Value::Null)
}

fn error_exception_construct(
    vm: &mut Vm,
    c: &MethodCtx,
    args: &mut [Value],
) -> Result<Value, Unwind> {
    let this = this(c);
    set_common(vm, "ErrorException", this, args, (0, 1, 5))?;
    let arg = |i: usize| args.get(i).map(Value::deref).filter(|v| !v.is_null());
    if let Some(sev) = arg(2) {
        this.set_prop("severity", Value::Long(sev.to_long()));
    }
    if let Some(file) = arg(3) {
        let f = file.to_php_string(vm)?;
        this.set_prop("file", Value::String(f));
        // A file without a line has line 0.
        this.set_prop("line", Value::Long(arg(4).map_or(0, |l| l.to_long())));
    } else if let Some(line) = arg(4) {
        this.set_prop("line", Value::Long(line.to_long()));
    }
    Ok(Value::Null)
}

fn trace_as_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    Ok(Value::from(vm.trace_string(&this(c).prop("trace"))))
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let s = vm.throwable_string(this(c))?;
    this(c).set_prop("string", Value::from(s.as_str()));
    Ok(Value::from(s))
}

/// Append `prev` at the end of `e`'s chain of previous exceptions (Zend's
/// `zend_exception_set_previous`), unless it is already part of it.
pub(crate) fn set_previous(e: &Rc<PhpObject>, prev: Rc<PhpObject>) {
    if Rc::ptr_eq(e, &prev) {
        return;
    }
    // No cycle: `e` already in `prev`'s chain stays as it is.
    let mut anc = prev.prop("previous");
    while let Value::Object(a) = anc {
        if Rc::ptr_eq(&a, e) {
            return;
        }
        anc = a.prop("previous");
    }
    let mut cur = e.clone();
    loop {
        match cur.prop("previous") {
            Value::Object(p) if Rc::ptr_eq(&p, &prev) => return,
            Value::Object(p) => cur = p,
            _ => break,
        }
    }
    cur.set_prop("previous", Value::Object(prev));
}

impl Vm {
    /// The trace a new exception records: arguments left out under
    /// `zend.exception_ignore_args`.
    pub(crate) fn exception_trace(&self) -> PhpArray {
        let trace = self.backtrace(0);
        if !self.ignore_args {
            return trace;
        }
        let args = ArrayKey::from_bytes(b"args");
        PhpArray::from_list(
            trace
                .values()
                .map(|entry| match entry {
                    Value::Array(e) => {
                        let mut e = (**e).clone();
                        e.remove(&args);
                        Value::from(e)
                    }
                    other => other.clone(),
                })
                .collect(),
        )
    }

    /// `Exception::getTraceAsString()`.
    pub(crate) fn trace_string(&self, trace: &Value) -> String {
        let mut s = self.trace_lines(trace);
        let n = match trace {
            Value::Array(a) => a.len(),
            _ => 0,
        };
        s.push_str(&format!("#{n} {{main}}"));
        s
    }

    /// `debug_backtrace()`: the current trace without the function calling it;
    /// `DEBUG_BACKTRACE_IGNORE_ARGS` (2) leaves arguments out, `limit` keeps the
    /// innermost frames.
    pub(crate) fn user_backtrace(&self, options: i64, limit: i64) -> PhpArray {
        let args = ArrayKey::from_bytes(b"args");
        let mut out = PhpArray::new();
        for entry in self.backtrace(0).values() {
            if limit > 0 && out.len() as i64 >= limit {
                break;
            }
            let entry = match entry {
                Value::Array(e) if options & 2 != 0 => {
                    let mut e = (**e).clone();
                    e.remove(&args);
                    Value::from(e)
                }
                other => other.clone(),
            };
            let _ = out.push(entry);
        }
        out
    }

    /// `zend.exception_string_param_max_len`: how much of a string argument traces and
    /// UnhandledMatchError messages show.
    pub(crate) fn exception_param_max_len(&self) -> usize {
        self.ini_get("zend.exception_string_param_max_len")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(15)
    }

    /// The `#N file(line): call(args)` lines of a trace (`debug_print_backtrace`).
    pub(crate) fn trace_lines(&self, trace: &Value) -> String {
        let mut s = String::new();
        let mut n = 0;
        let max_len = self.exception_param_max_len();
        if let Value::Array(frames) = trace {
            for f in frames.values() {
                let Value::Array(f) = f.deref() else { continue };
                let get = |k: &str| f.get(&ArrayKey::from_bytes(k.as_bytes())).map(Value::deref);
                let text = |k: &str| {
                    get(k).map_or(String::new(), |v| {
                        String::from_utf8_lossy(&v.to_string_lossy(14)).into_owned()
                    })
                };
                let args = match get("args") {
                    Some(Value::Array(a)) => a
                        .values()
                        .map(|v| crate::exec::trace_arg(v, self.precision, max_len))
                        .collect::<Vec<_>>()
                        .join(", "),
                    _ => String::new(),
                };
                // Appended as C strings: an anonymous class's name stops at its NUL.
                let c_text = |k: &str| {
                    let t = text(k);
                    t.split('\0').next().unwrap_or_default().to_string()
                };
                let call = format!(
                    "{}{}{}({args})",
                    c_text("class"),
                    c_text("type"),
                    c_text("function")
                );
                match get("file") {
                    Some(_) => {
                        let line = get("line").map_or(0, |v| v.to_long());
                        s.push_str(&format!("#{n} {}({line}): {call}\n", text("file")));
                    }
                    None => s.push_str(&format!("#{n} [internal function]: {call}\n")),
                }
                n += 1;
            }
        }
        s
    }

    /// `(string) $exception` as Throwable's `__toString` writes it: class, message,
    /// location and trace, the previous exceptions first (each followed by "Next").
    pub(crate) fn throwable_string(&mut self, e: &PhpObject) -> Result<String, Unwind> {
        let mut chain = vec![];
        let mut cur = Some(e.prop("previous"));
        while let Some(Value::Object(p)) = cur {
            if chain.iter().any(|c: &Rc<PhpObject>| Rc::ptr_eq(c, &p)) || chain.len() > 100 {
                break;
            }
            cur = Some(p.prop("previous"));
            chain.push(p);
        }
        let mut s = String::new();
        for p in chain.iter().rev() {
            let one = self.one_throwable_string(p)?;
            s = if s.is_empty() {
                one
            } else {
                format!("{s}\n\nNext {one}")
            };
        }
        let one = self.one_throwable_string(e)?;
        Ok(if s.is_empty() {
            one
        } else {
            format!("{s}\n\nNext {one}")
        })
    }

    fn one_throwable_string(&mut self, e: &PhpObject) -> Result<String, Unwind> {
        let msg = e.prop("message").to_php_string(self)?;
        let file = e.prop("file").to_string_lossy(self.precision);
        let mut msg = String::from_utf8_lossy(&msg).into_owned();
        // A user function's argument error names both the call site and the definition.
        if e.class.instance_of_name(b"typeerror") && msg.contains(", called in ") {
            msg.push_str(" and defined");
        }
        let head = if msg.is_empty() {
            e.class.name.to_string()
        } else {
            format!("{}: {msg}", e.class.name)
        };
        Ok(format!(
            "{head} in {}:{}\nStack trace:\n{}",
            String::from_utf8_lossy(&file),
            e.prop("line").to_long(),
            self.trace_string(&e.prop("trace"))
        ))
    }

    /// An exception reached the top of the script: the user's exception handler (set
    /// with `set_exception_handler`) gets it, else it is reported as PHP's fatal error.
    pub(crate) fn uncaught(&mut self, e: Rc<PhpObject>) {
        let handler = self
            .exception_handlers
            .last()
            .cloned()
            .filter(|h| !h.is_null());
        let Some(handler) = handler else {
            self.report_uncaught(&e);
            return;
        };
        // The handler runs once.
        self.exception_handlers.clear();
        if let Err(Unwind::Throw(e2)) = self.call_from_engine(&handler, vec![Value::Object(e)]) {
            self.report_uncaught(&e2);
        }
    }

    /// Call a callable from the engine itself (handlers, shutdown functions): its frame
    /// shows as `[internal function]` in traces.
    pub(crate) fn call_from_engine(
        &mut self,
        f: &Value,
        args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        self.native_calls.push(NativeCall {
            name: "",
            class: None,
            args: Vec::new(),
            depth: self.frames.len(),
            line: self.line,
        });
        let r = self.call_value(f, args);
        self.native_calls.pop();
        r
    }

    /// Report an exception nobody caught: PHP's fatal error (with the text of the
    /// object's `__toString`, a user override included), status 255.
    pub(crate) fn report_uncaught(&mut self, e: &Rc<PhpObject>) {
        // A ParseError or CompileError itself (not a subclass) is reported as the error
        // it stands for, its message alone (zend_exception_error).
        let as_error = match e.class.name.to_ascii_lowercase().as_str() {
            "parseerror" => Some(errors::E_PARSE),
            "compileerror" => Some(errors::E_COMPILE_ERROR),
            _ => None,
        };
        if let Some(level) = as_error {
            let msg = e.prop("message").to_string_lossy(self.precision);
            let msg = String::from_utf8_lossy(&msg).into_owned();
            let file = e.prop("file").to_string_lossy(self.precision);
            let file = String::from_utf8_lossy(&file).into_owned();
            let line = e.prop("line").to_long() as u32;
            self.last_error = Some((level, msg.clone(), file.clone(), line));
            self.write_error(level, &msg, &file, line);
            self.exit_status = 255;
            return;
        }
        let text = match self.uncaught_text(e) {
            Ok(t) => t,
            Err(_) => e.class.name.to_string(),
        };
        let text = format!("Uncaught {text}\n  thrown");
        let file = e.prop("file").to_string_lossy(self.precision);
        let line = e.prop("line").to_long() as u32;
        // error_get_last() in a shutdown function sees it.
        self.last_error = Some((
            errors::E_ERROR,
            text.clone(),
            String::from_utf8_lossy(&file).into_owned(),
            line,
        ));
        self.write_error(
            errors::E_ERROR,
            &text,
            &String::from_utf8_lossy(&file),
            line,
        );
        self.exit_status = 255;
    }

    fn uncaught_text(&mut self, e: &Rc<PhpObject>) -> Result<String, Unwind> {
        match e.class.magic.to_string.clone() {
            Some(m) if !matches!(m.body, crate::class::MethodBody::Native(_)) => {
                let called = e.class.clone();
                let callee = crate::callable::Callee::method(&m, Some(e.clone()), called);
                let v = self.invoke(callee, Vec::new(), Vec::new())?;
                let s = v.to_php_string(self)?;
                Ok(String::from_utf8_lossy(&s).into_owned())
            }
            _ => self.throwable_string(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::closure::tests::run;

    #[test]
    fn getters_trace_and_finally_chaining() {
        let src = r#"
function f($a) { throw new LogicException("x$a", 3); }
try { f(1); } catch (Exception $e) { echo get_class($e), ":", $e->getMessage(), ":", $e->getCode(), ":", $e->getLine(), "\n", $e->getTraceAsString(), "\n"; }
try { try { throw new Exception("a"); } finally { throw new Exception("b"); } } catch (Exception $e) { echo $e->getMessage(), "<-", $e->getPrevious()->getMessage(), "\n"; }
$e = new ErrorException("m", 1, E_WARNING, "f.php", 7); echo $e->getSeverity(), $e->getFile(), $e->getLine(), "\n";
"#;
        assert_eq!(
            run(src),
            "LogicException:x1:3:2\n#0 Command line code(3): f(1)\n#1 {main}\nb<-a\n2f.php7\n"
        );
    }

    #[test]
    fn uncaught_from_a_builtin_names_it_in_the_trace() {
        let out = run("usort($a, fn() => 0);");
        assert_eq!(
            out,
            "\nFatal error: Uncaught TypeError: usort(): Argument #1 ($array) must be of type array, null given in Command line code:1\nStack trace:\n#0 Command line code(1): usort(NULL, Object(Closure))\n#1 {main}\n  thrown in Command line code on line 1\n"
        );
    }
}
