//! The object opcodes: NEW, method calls, property access, class constants, static
//! properties, instanceof, clone.

use super::*;
use crate::builtins::BuiltinSpec;
use crate::class::{MethodBody, MethodCtx, NativeMethod};

/// The call NEW sets up for a class without a constructor: takes the arguments, does
/// nothing (Zend's `zend_pass_function`).
static PASS: BuiltinSpec = BuiltinSpec {
    name: "pass",
    handler: |_, _| Ok(Value::Null),
    params: &[],
    required: 0,
    variadic: true,
    by_ref: &[],
};

// Zend's class fetch types (FETCH_CLASS / NEW with an UNUSED class operand).
const FETCH_CLASS_SELF: u32 = 1;
const FETCH_CLASS_PARENT: u32 = 2;
const FETCH_CLASS_STATIC: u32 = 3;
const FETCH_CLASS_MASK: u32 = 0xf;

impl Vm {
    /// The class a class operand names: a name (CONST or a string value), an object's
    /// class, or `self`/`parent`/`static` (UNUSED with the fetch type).
    pub(super) fn class_operand(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        o: Operand,
    ) -> Result<Rc<ClassEntry>, Unwind> {
        if o.kind == OperandKind::Unused {
            return self.scope_class(c.fi, o.value & FETCH_CLASS_MASK);
        }
        match self.read(code, c, o) {
            Value::Object(obj) => Ok(obj.class.clone()),
            Value::String(name) => self.class_by_name(&name),
            _ => Err(self.throw_error("Error", "Cannot fetch class".into())),
        }
    }

    /// A class by name (autoloading), or PHP's `Class "X" not found` Error.
    pub(crate) fn class_by_name(&mut self, name: &[u8]) -> Result<Rc<ClassEntry>, Unwind> {
        match self.lookup_class(name)? {
            Some(cls) => Ok(cls),
            None => {
                let shown = name.strip_prefix(b"\\").unwrap_or(name);
                Err(self.throw_error(
                    "Error",
                    format!("Class \"{}\" not found", String::from_utf8_lossy(shown)),
                ))
            }
        }
    }

    /// `self`, `parent` or `static` in frame `fi`.
    fn scope_class(&mut self, fi: usize, fetch: u32) -> Result<Rc<ClassEntry>, Unwind> {
        let f = &self.frames[fi];
        let (scope, called) = (f.class.clone(), f.static_class.clone());
        let (word, found) = match fetch {
            FETCH_CLASS_SELF => ("self", scope),
            FETCH_CLASS_PARENT => {
                let Some(s) = scope else {
                    return Err(self.throw_error(
                        "Error",
                        "Cannot use \"parent\" when no class scope is active".into(),
                    ));
                };
                match s.parent.clone() {
                    Some(p) => return Ok(p),
                    None => {
                        return Err(self.throw_error(
                            "Error",
                            "Cannot use \"parent\" when current class scope has no parent".into(),
                        ))
                    }
                }
            }
            FETCH_CLASS_STATIC => ("static", called.or(scope)),
            _ => ("self", scope),
        };
        found.ok_or_else(|| {
            self.throw_error(
                "Error",
                format!("Cannot use \"{word}\" when no class scope is active"),
            )
        })
    }

    /// A new object of `class` with its defaults (not constructed), after the checks
    /// `new` makes.
    pub(crate) fn instantiate(&mut self, class: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
        let kind = if class.is_interface() {
            Some("interface")
        } else if class.is_trait() {
            Some("trait")
        } else if class.is_enum() {
            Some("enum")
        } else if class.is_abstract() {
            Some("abstract class")
        } else {
            None
        };
        if let Some(kind) = kind {
            return Err(
                self.throw_error("Error", format!("Cannot instantiate {kind} {}", class.name))
            );
        }
        match class.create {
            Some(create) => create(self, class),
            None => Ok(PhpObject::new(class)),
        }
    }

    /// NEW: create the object and set up its constructor call (or a call that only
    /// takes the arguments).
    pub(super) fn op_new(&mut self, code: &Code<'_>, c: Ctx, op: &Op) -> Result<Step, Unwind> {
        let class = self.class_operand(code, c, op.op1)?;
        let obj = self.instantiate(&class)?;
        self.set_result(c, op.result, Value::Object(obj.clone()));
        match class.magic.construct.clone() {
            Some(ctor) => self.begin_method_call(&ctor, Some(obj), class),
            None => self.begin_call(Func::Builtin(&PASS)),
        }
        Ok(Step::Next)
    }

    /// Push the call record of a method.
    pub(crate) fn begin_method_call(
        &mut self,
        m: &Rc<crate::class::Method>,
        this: Option<Rc<PhpObject>>,
        called: Rc<ClassEntry>,
    ) {
        let func = match m.body {
            MethodBody::User { script, op_array } => Func::User { script, op_array },
            MethodBody::Native(n) => Func::Native(n),
        };
        self.begin_call(func);
        if let Some(call) = self.calls.last_mut() {
            call.this = this;
            call.class = m.scope();
            call.static_class = Some(called);
        }
    }

    /// INIT_METHOD_CALL `$obj->name(...)`.
    pub(super) fn op_init_method_call(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Result<(), Unwind> {
        let obj = if op.op1.kind == OperandKind::Unused {
            self.frames[c.fi]
                .this
                .clone()
                .map(Value::Object)
                .unwrap_or_default()
        } else {
            self.read(code, c, op.op1)
        };
        let name = self.read(code, c, op.op2);
        let Value::String(name) = name else {
            return Err(self.throw_error("Error", "Method name must be a string".into()));
        };
        let Value::Object(o) = obj else {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Call to a member function {}() on {}",
                    String::from_utf8_lossy(&name),
                    obj.type_name()
                ),
            ));
        };
        let lc = name.to_ascii_lowercase();
        let class = o.class.clone();
        match class.find_method(&lc).cloned() {
            Some(m) => {
                self.begin_method_call(&m, Some(o), class);
                Ok(())
            }
            None => Err(self.throw_error(
                "Error",
                format!(
                    "Call to undefined method {}::{}()",
                    class.name,
                    String::from_utf8_lossy(&name)
                ),
            )),
        }
    }

    /// Run a native method with the call's `$this` and class.
    pub(super) fn call_native_method(
        &mut self,
        m: &'static NativeMethod,
        call: &mut Call,
        args: &mut [Value],
    ) -> Result<Value, Unwind> {
        let class = call
            .static_class
            .take()
            .or_else(|| call.this.as_ref().map(|o| o.class.clone()))
            .or_else(|| call.class.clone());
        let Some(class) = class else {
            return Err(self.throw_error("Error", "Method called without a class".into()));
        };
        let scope_name = call
            .class
            .as_ref()
            .map_or(class.name.clone(), |s| s.name.clone());
        if let Some(msg) = native_arity_error(m, &scope_name, args.len()) {
            return Err(self.throw_error("ArgumentCountError", msg));
        }
        for a in args.iter_mut() {
            if matches!(a, Value::Undef) {
                *a = Value::Null;
            }
        }
        let ctx = MethodCtx {
            this: call.this.take(),
            class,
        };
        (m.handler)(self, &ctx, args)
    }

    /// FETCH_OBJ_R / FETCH_OBJ_IS.
    pub(super) fn op_fetch_obj_r(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Result<(), Unwind> {
        let obj = if op.op1.kind == OperandKind::Unused {
            self.frames[c.fi]
                .this
                .clone()
                .map(Value::Object)
                .unwrap_or_default()
        } else {
            self.read(code, c, op.op1)
        };
        let name = self.read(code, c, op.op2).to_string_lossy(14);
        let name = String::from_utf8_lossy(&name).into_owned();
        let v = match &obj {
            Value::Object(o) => {
                let v = o.prop(&name);
                let declared = o.class.find_prop(&name).is_some();
                let dynamic = o
                    .dynamic
                    .borrow()
                    .as_ref()
                    .is_some_and(|d| d.contains_key(&ArrayKey::from_bytes(name.as_bytes())));
                if !declared && !dynamic && op.opcode == Opcode::FetchObjR {
                    self.warning(&format!("Undefined property: {}::${name}", o.class.name));
                }
                v
            }
            other => {
                if op.opcode == Opcode::FetchObjR {
                    self.warning(&format!(
                        "Attempt to read property \"{name}\" on {}",
                        other.type_name()
                    ));
                }
                Value::Null
            }
        };
        self.set_result(c, op.result, v);
        Ok(())
    }
}

/// PHP's ArgumentCountError message for a native method, if `given` is wrong.
fn native_arity_error(m: &NativeMethod, class: &str, given: usize) -> Option<String> {
    let required = m.required as usize;
    let max = m.params.len();
    let (kind, n) = if given < required {
        let kind = if !m.variadic && required == max {
            "exactly"
        } else {
            "at least"
        };
        (kind, required)
    } else if !m.variadic && given > max {
        (
            if required == max {
                "exactly"
            } else {
                "at most"
            },
            max,
        )
    } else {
        return None;
    };
    let plural = if n == 1 { "" } else { "s" };
    Some(format!(
        "{class}::{}() expects {kind} {n} argument{plural}, {given} given",
        m.name
    ))
}
