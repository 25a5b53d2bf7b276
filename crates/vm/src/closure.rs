//! Closure objects (Zend's `zend_closure`): the function, its bound `use` variables and
//! static variables, `$this`, the class scope and the called class; the `Closure`
//! class (`bind`, `bindTo`, `call`, `fromCallable`, `__invoke`); first-class callable
//! syntax; and what `var_dump` shows of a closure.

use std::rc::Rc;

use miniphp_compiler::{class_flags, flags as fn_flags, Opcode, OperandKind};

use crate::array::PhpArray;
use crate::callable::Callee;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeMethod};
use crate::include::Loaded;
use crate::object::{Native, PhpObject};
use crate::value::{ArrayKey, PhpRef, Value};
use crate::vm::{Func, Unwind, Vm};

/// A closure's state (in `PhpObject::native`).
#[derive(Clone)]
pub struct ClosureData {
    pub func: Func,
    pub this: Option<Rc<PhpObject>>,
    /// The class scope the body runs in (`self::`, private access).
    pub scope: Option<Rc<ClassEntry>>,
    /// `static::`.
    pub called_scope: Option<Rc<ClassEntry>>,
    /// `use` variables by name (by-reference ones as `Value::Reference`).
    pub bound: PhpArray,
    /// This closure object's `static` variables, each a reference, created on first use.
    pub statics: PhpArray,
    /// Made from an existing function or method (`fromCallable`, `f(...)`): Zend's
    /// "fake closure", whose scope cannot be rebound.
    pub fake: bool,
    /// A `__call`/`__callStatic` stand-in: the method name asked for.
    pub trampoline: Option<Rc<str>>,
    /// The script of a user function (what `var_dump` shows needs its tables).
    pub script: Option<Loaded>,
}

impl std::fmt::Debug for ClosureData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Closure(this: {:?}, bound: {})",
            self.this,
            self.bound.len()
        )
    }
}

impl ClosureData {
    /// Every value and object the closure holds (the cycle collector's edges).
    pub(crate) fn trace(&self, t: &mut crate::gc::Tracer) {
        if let Some(this) = &self.this {
            t.object(this);
        }
        t.values(self.bound.values());
        t.values(self.statics.values());
    }

    fn callee(&self, o: &Rc<PhpObject>) -> Callee {
        Callee {
            func: self.func,
            this: self.this.clone(),
            class: self.scope.clone(),
            static_class: self.called_scope.clone(),
            closure: Some(o.clone()),
            trampoline: self.trampoline.clone(),
        }
    }
}

/// Create a Closure object.
pub fn new_closure(data: ClosureData) -> Rc<PhpObject> {
    let class = crate::class::native_class("closure").expect("Closure is built in");
    let o = PhpObject::with_slots(&class, Vec::new());
    *o.native.borrow_mut() = Native::Closure(Box::new(data));
    o
}

/// A copy of a closure's state, if `o` is a Closure.
pub fn data(o: &PhpObject) -> Option<ClosureData> {
    match &*o.native.borrow() {
        Native::Closure(d) => Some((**d).clone()),
        _ => None,
    }
}

/// What calling a Closure object runs.
pub fn callee(o: &Rc<PhpObject>) -> Option<Callee> {
    match &*o.native.borrow() {
        Native::Closure(d) => Some(d.callee(o)),
        _ => None,
    }
}

/// The function a Closure runs.
pub fn closure_func(o: &PhpObject) -> Option<Func> {
    match &*o.native.borrow() {
        Native::Closure(d) => Some(d.func),
        _ => None,
    }
}

/// BIND_LEXICAL: bind a `use` variable.
pub fn bind_var(o: &PhpObject, name: &[u8], v: Value) {
    if let Native::Closure(d) = &mut *o.native.borrow_mut() {
        d.bound.insert(ArrayKey::from_bytes(name), v);
    }
}

/// Whether the closure's own static variable `name` has been created.
pub fn has_static(o: &PhpObject, name: &[u8]) -> bool {
    match &*o.native.borrow() {
        Native::Closure(d) => d.statics.get(&ArrayKey::from_bytes(name)).is_some(),
        _ => false,
    }
}

/// BIND_STATIC in a closure's body: its `use` variable of that name, else its own
/// static variable (created from `init`). None for fake closures, whose statics are
/// the function's.
pub fn static_var(
    o: &PhpObject,
    name: &[u8],
    by_ref: bool,
    implicit: bool,
    init: impl FnOnce() -> Value,
) -> Option<Value> {
    let mut native = o.native.borrow_mut();
    let Native::Closure(d) = &mut *native else {
        return None;
    };
    if let Some(v) = bound_var(&d.bound, name) {
        // By value a copy, by reference the shared cell.
        return Some(match v {
            Value::Reference(r) if by_ref => Value::Reference(r.clone()),
            other => other.deref(),
        });
    }
    if d.fake {
        return None;
    }
    // An arrow function's implicit binding of a variable its parent did not have.
    if implicit {
        return Some(Value::Undef);
    }
    let slot = d.statics.entry(ArrayKey::from_bytes(name));
    if !matches!(slot, Value::Reference(_)) {
        *slot = Value::Reference(PhpRef::new(init().into()));
    }
    Some(slot.clone())
}

/// A `use` variable by name. A closure binds a few, so a scan comparing names beats
/// making a key (an allocation) on every call; variable names are never integer keys.
fn bound_var<'a>(bound: &'a PhpArray, name: &[u8]) -> Option<&'a Value> {
    const SCAN_MAX: usize = 8;
    if bound.len() > SCAN_MAX {
        return bound.get(&ArrayKey::from_bytes(name));
    }
    bound.iter().find_map(|(k, v)| match k {
        ArrayKey::Str(k) if k.as_slice() == name => Some(v),
        _ => None,
    })
}

impl Vm {
    /// DECLARE_LAMBDA_FUNCTION: a closure over op_array `op_array`, taking `$this` and
    /// the scope of the frame declaring it (a `static function` takes no `$this`).
    pub(crate) fn declare_closure(
        &mut self,
        fi: usize,
        script: u32,
        op_array: u32,
    ) -> Rc<PhpObject> {
        let flags = self.scripts[script as usize].view().op_arrays[op_array as usize].flags;
        let f = &self.frames[fi];
        let this = if flags & fn_flags::STATIC != 0 {
            None
        } else {
            f.this.clone()
        };
        let called_scope = match &this {
            Some(t) => Some(t.class.clone()),
            None => f.static_class.clone().or_else(|| f.class.clone()),
        };
        new_closure(ClosureData {
            func: Func::User { script, op_array },
            this,
            scope: f.class.clone(),
            called_scope,
            bound: PhpArray::new(),
            statics: PhpArray::new(),
            fake: false,
            trampoline: None,
            script: Some(self.scripts[script as usize].clone()),
        })
    }

    /// A closure over a resolved callable (`fromCallable`, `f(...)`): a Closure is
    /// returned as is.
    pub(crate) fn closure_from_callee(&mut self, c: Callee) -> Rc<PhpObject> {
        if let (Some(o), None) = (&c.closure, &c.trampoline) {
            return o.clone();
        }
        new_closure(ClosureData {
            func: c.func,
            this: c.this,
            scope: c.class,
            called_scope: c.static_class,
            bound: PhpArray::new(),
            statics: PhpArray::new(),
            fake: true,
            trampoline: c.trampoline,
            script: match c.func {
                Func::User { script, .. } => Some(self.scripts[script as usize].clone()),
                _ => None,
            },
        })
    }

    /// `Closure::bind` / `bindTo`: a copy bound to `new_this` in `scope` (None: keep
    /// the closure's), or null with PHP's warning when the binding is not allowed.
    fn bind_closure(
        &mut self,
        closure: &PhpObject,
        new_this: Option<Rc<PhpObject>>,
        scope: Option<Value>,
        is_bind: bool,
    ) -> Result<Value, Unwind> {
        let Some(mut d) = data(closure) else {
            return Ok(Value::Null);
        };
        let new_scope = match scope.map(|v| v.deref()) {
            None => d.scope.clone(),
            Some(Value::Object(o)) => Some(o.class.clone()),
            Some(Value::Null) => None,
            Some(v @ (Value::Array(_) | Value::Resource(_))) => {
                let (method, n) = if is_bind { ("bind", 3) } else { ("bindTo", 2) };
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Closure::{method}(): Argument #{n} ($newScope) must be of type object|string|null, {} given",
                        v.debug_type_name()
                    ),
                ));
            }
            Some(v) => {
                let name = v.to_php_string(self)?;
                if name.as_slice() == b"static" {
                    d.scope.clone()
                } else {
                    match self.lookup_class(&name)? {
                        Some(c) => Some(c),
                        None => {
                            self.warning(&format!(
                                "Class \"{}\" not found",
                                String::from_utf8_lossy(&name)
                            ));
                            return Ok(Value::Null);
                        }
                    }
                }
            }
        };
        if let Some(why) = self.binding_refusal(&d, new_this.as_ref(), new_scope.as_ref()) {
            self.warning(&why);
            return Ok(Value::Null);
        }
        d.called_scope = match &new_this {
            Some(t) => Some(t.class.clone()),
            None => new_scope.clone(),
        };
        // An object bound without a scope gets Closure as a dummy one (as
        // zend_create_closure does): traces show `Closure->{closure}()`.
        let new_scope = match (new_scope, &new_this) {
            (None, Some(_)) => self.find_class(b"closure"),
            (scope, _) => scope,
        };
        d.this = new_this;
        d.scope = new_scope;
        // The copy has its own static variables, starting from the current values.
        d.statics = d
            .statics
            .iter()
            .map(|(k, v)| (k, Value::Reference(PhpRef::new(v.deref().into()))))
            .collect();
        Ok(Value::Object(new_closure(d)))
    }

    /// Zend's `zend_valid_closure_binding`: the warning refusing a binding, if any.
    fn binding_refusal(
        &self,
        d: &ClosureData,
        new_this: Option<&Rc<PhpObject>>,
        new_scope: Option<&Rc<ClassEntry>>,
    ) -> Option<String> {
        let is_static = self.func_is_static(d);
        let func_scope = d.scope.as_ref();
        let same_scope = match (new_scope, func_scope) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if let Some(this) = new_this {
            if is_static {
                return Some("Cannot bind an instance to a static closure".into());
            }
            if d.fake {
                if let Some(fs) = func_scope {
                    if !this.class.is_subclass_of(fs) {
                        return Some(format!(
                            "Cannot bind method {}::{}() to object of class {}",
                            fs.name,
                            self.func_name(d.func),
                            this.class.name
                        ));
                    }
                }
            }
        } else if d.fake && func_scope.is_some() && !is_static {
            return Some("Cannot unbind $this of method".into());
        } else if !d.fake && d.this.is_some() && self.uses_this(d.func) {
            return Some("Cannot unbind $this of closure using $this".into());
        }
        if let Some(s) = new_scope {
            if !same_scope && s.flags & crate::class::NATIVE != 0 {
                return Some(format!(
                    "Cannot bind closure to scope of internal class {}",
                    s.name
                ));
            }
        }
        if d.fake && !same_scope {
            return Some(if func_scope.is_none() {
                "Cannot rebind scope of closure created from function".into()
            } else {
                "Cannot rebind scope of closure created from method".into()
            });
        }
        None
    }

    /// Whether a user function's body uses `$this` (Zend's `ZEND_ACC_USES_THIS`).
    fn uses_this(&self, f: Func) -> bool {
        let Func::User { script, op_array } = f else {
            return false;
        };
        let view = self.scripts[script as usize].view();
        let oa = &view.op_arrays[op_array as usize];
        view.ops(oa).iter().any(|op| match op.opcode {
            Opcode::FetchThis | Opcode::IssetIsemptyThis => true,
            Opcode::AssignObj
            | Opcode::AssignObjOp
            | Opcode::AssignObjRef
            | Opcode::UnsetObj
            | Opcode::FetchObjR
            | Opcode::FetchObjW
            | Opcode::FetchObjRw
            | Opcode::FetchObjIs
            | Opcode::FetchObjFuncArg
            | Opcode::FetchObjUnset
            | Opcode::InitMethodCall
            | Opcode::PreIncObj
            | Opcode::PreDecObj
            | Opcode::PostIncObj
            | Opcode::PostDecObj
            | Opcode::IssetIsemptyPropObj => op.op1.kind == OperandKind::Unused,
            _ => false,
        })
    }

    fn func_is_static(&self, d: &ClosureData) -> bool {
        match d.func {
            Func::User { script, op_array } => {
                let view = self.scripts[script as usize].view();
                view.op_arrays[op_array as usize].flags & fn_flags::STATIC != 0
            }
            Func::Native(m) => m.flags & fn_flags::STATIC != 0,
            Func::Builtin(_) => false,
        }
    }

    /// A function's name as declared.
    pub(crate) fn func_name(&self, f: Func) -> String {
        let script = match f {
            Func::User { script, .. } => self.scripts.get(script as usize),
            _ => None,
        };
        func_name(script, f)
    }
}

/// A function's name as declared (a user function's from its script).
fn func_name(script: Option<&Loaded>, f: Func) -> String {
    match (f, script) {
        (Func::User { op_array, .. }, Some(l)) => {
            let view = l.view();
            String::from_utf8_lossy(view.str(view.op_arrays[op_array as usize].name)).into_owned()
        }
        (Func::User { .. }, None) => "{closure}".into(),
        (Func::Native(m), _) => m.name.to_string(),
        (Func::Builtin(spec), _) => spec.name.to_string(),
    }
}

/// What `var_dump`/`print_r` show of a closure (`zend_closure_get_debug_info`):
/// `function` for closures made from functions, `static` (bound, then static
/// variables), `this`, `parameter`. None for other objects.
pub fn debug_info(o: &PhpObject) -> Option<PhpArray> {
    let d = data(o)?;
    let mut out = PhpArray::new();
    if d.fake {
        let name = match (&d.trampoline, &d.scope) {
            (Some(m), Some(s)) => format!("{}::{m}", s.name),
            (None, Some(s)) => format!("{}::{}", s.name, func_name(d.script.as_ref(), d.func)),
            _ => func_name(d.script.as_ref(), d.func),
        };
        out.insert(ArrayKey::from_bytes(b"function"), Value::from(name));
    }
    let mut statics = PhpArray::new();
    let mut params = PhpArray::new();
    let mut param = |name: String, required: bool| {
        let req = if required { "<required>" } else { "<optional>" };
        params.insert(ArrayKey::from_bytes(name.as_bytes()), Value::from(req));
    };
    match (d.func, &d.script) {
        (Func::User { op_array, .. }, Some(l)) => {
            let view = l.view();
            let oa = &view.op_arrays[op_array as usize];
            for (i, r) in view.var_names[oa.static_vars.indices()].iter().enumerate() {
                let key = ArrayKey::from_bytes(view.str(*r));
                let v = match d.bound.get(&key).or_else(|| d.statics.get(&key)) {
                    Some(v) => v.deref(),
                    None => l
                        .literals
                        .get(oa.static_defaults.start as usize + i)
                        .cloned()
                        .unwrap_or_default(),
                };
                statics.insert(key, v);
            }
            for (i, ai) in view.arg_infos[oa.arg_infos.indices()].iter().enumerate() {
                let amp = if ai.by_ref { "&" } else { "" };
                let name = String::from_utf8_lossy(view.str(ai.name));
                param(format!("{amp}${name}"), (i as u32) < oa.required_num_args);
            }
        }
        (Func::Builtin(spec), _) => {
            for (i, p) in spec.params.iter().enumerate() {
                let amp = if spec.arg_by_ref(i) { "&" } else { "" };
                param(format!("{amp}${p}"), i < spec.required as usize);
            }
        }
        (Func::Native(m), _) => {
            for (i, p) in m.params.iter().enumerate() {
                param(format!("${p}"), i < m.required as usize);
            }
        }
        (Func::User { .. }, None) => {}
    }
    if d.trampoline.is_some() {
        params = PhpArray::new();
    }
    if !statics.is_empty() {
        out.insert(ArrayKey::from_bytes(b"static"), Value::from(statics));
    }
    if let Some(t) = d.this {
        out.insert(ArrayKey::from_bytes(b"this"), Value::Object(t));
    }
    if !params.is_empty() {
        out.insert(ArrayKey::from_bytes(b"parameter"), Value::from(params));
    }
    Some(out)
}

// ---- the Closure class ------------------------------------------------------------

const STATIC: u32 = fn_flags::STATIC;

pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "Closure",
    flags: class_flags::FINAL | crate::class::NO_DYNAMIC,
    methods: &[
        NativeMethod::new("__construct", construct, &[], 0).with_flags(fn_flags::PRIVATE),
        NativeMethod::new("bind", bind, &["closure", "newThis", "newScope"], 2).with_flags(STATIC),
        NativeMethod::new("bindTo", bind_to, &["newThis", "newScope"], 1),
        NativeMethod {
            variadic: true,
            ..NativeMethod::new("call", call, &["newThis", "args"], 1)
        },
        NativeMethod::new("fromCallable", from_callable, &["callback"], 1).with_flags(STATIC),
        NativeMethod {
            variadic: true,
            ..NativeMethod::new("__invoke", invoke, &["args"], 0)
        },
    ],
    create: Some(create),
    ..NativeClass::EMPTY
}];

fn create(vm: &mut Vm, _: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
    Err(vm.throw_error(
        "Error",
        "Instantiation of class Closure is not allowed".into(),
    ))
}

fn construct(vm: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    Err(vm.throw_error(
        "Error",
        "Instantiation of class Closure is not allowed".into(),
    ))
}

/// An `?object $newThis` argument.
fn new_this(
    vm: &mut Vm,
    method: &str,
    pos: usize,
    name: &str,
    v: &Value,
) -> Result<Option<Rc<PhpObject>>, Unwind> {
    match v.deref() {
        Value::Null => Ok(None),
        Value::Object(o) => Ok(Some(o)),
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "Closure::{method}(): Argument #{pos} (${name}) must be of type ?object, {} given",
                other.debug_type_name()
            ),
        )),
    }
}

fn bind(vm: &mut Vm, _: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    let closure = match args[0].deref() {
        Value::Object(o) if data(&o).is_some() => o,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "Closure::bind(): Argument #1 ($closure) must be of type Closure, {} given",
                    other.debug_type_name()
                ),
            ))
        }
    };
    let this = new_this(vm, "bind", 2, "newThis", &args[1])?;
    vm.bind_closure(&closure, this, args.get(2).cloned(), true)
}

fn bind_to(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    let Some(closure) = ctx.this.clone() else {
        return Ok(Value::Null);
    };
    let this = new_this(vm, "bindTo", 1, "newThis", &args[0])?;
    vm.bind_closure(&closure, this, args.get(1).cloned(), false)
}

fn call(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    let Some(closure) = ctx.this.clone() else {
        return Ok(Value::Null);
    };
    let this = match args[0].deref() {
        Value::Object(o) => o,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "Closure::call(): Argument #1 ($newThis) must be of type object, {} given",
                    other.debug_type_name()
                ),
            ))
        }
    };
    let scope = Value::Object(this.clone());
    let bound = vm.bind_closure(&closure, Some(this), Some(scope), false)?;
    if bound.is_null() {
        return Ok(Value::Null);
    }
    let named = std::mem::take(&mut vm.named_extra);
    let rest = args[1..].to_vec();
    match vm.resolve_callee(&bound)? {
        Ok(c) => vm.call_callee(c, rest, named),
        Err(_) => Ok(Value::Null),
    }
}

fn from_callable(vm: &mut Vm, _: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    match vm.resolve_callee(&args[0])? {
        Ok(c) => Ok(Value::Object(vm.closure_from_callee(c))),
        Err(e) => Err(vm.throw_error(
            "TypeError",
            format!(
                "Failed to create closure from callable: {}",
                e.callback_reason()
            ),
        )),
    }
}

fn invoke(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    let named = std::mem::take(&mut vm.named_extra);
    let Some(callee) = ctx.this.as_ref().and_then(callee) else {
        return Err(vm.throw_error("Error", "Closure object is not initialized".into()));
    };
    vm.call_callee(callee, args.to_vec(), named)
}

/// `$a == $b` for two closures (`zend_closure_compare`): 0 only for closures made
/// from the same function or method with the same `$this` and called class; None
/// when `a` is not a closure.
pub fn compare(a: &PhpObject, b: &PhpObject) -> Option<i32> {
    let x = data(a)?;
    let Some(y) = data(b) else {
        return Some(1);
    };
    let same_rc = |p: &Option<Rc<ClassEntry>>, q: &Option<Rc<ClassEntry>>| match (p, q) {
        (Some(p), Some(q)) => Rc::ptr_eq(p, q),
        (None, None) => true,
        _ => false,
    };
    let same_this = match (&x.this, &y.this) {
        (Some(p), Some(q)) => Rc::ptr_eq(p, q),
        (None, None) => true,
        _ => false,
    };
    let same_func = match (x.func, y.func) {
        (
            Func::User {
                script: s1,
                op_array: o1,
            },
            Func::User {
                script: s2,
                op_array: o2,
            },
        ) => s1 == s2 && o1 == o2,
        (Func::Builtin(p), Func::Builtin(q)) => std::ptr::eq(p, q),
        (Func::Native(p), Func::Native(q)) => std::ptr::eq(p, q),
        _ => false,
    };
    let equal = x.fake
        && y.fake
        && same_this
        && same_func
        && x.trampoline == y.trampoline
        && same_rc(&x.scope, &y.scope)
        && same_rc(&x.called_scope, &y.called_scope);
    Some(if equal { 0 } else { 1 })
}

/// `clone $closure`: the copy gets the same function, bindings and variables.
pub fn copy_state(from: &PhpObject, to: &PhpObject) {
    if let Some(d) = data(from) {
        *to.native.borrow_mut() = Native::Closure(Box::new(d));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::tests_asm::Capture;
    use crate::vm::IniOverrides;

    /// Run `src` (without `<?php`) under PHP's built-in defaults; its output.
    pub(crate) fn run(src: &str) -> String {
        let out = Capture::default();
        let ini = IniOverrides {
            no_ini: true,
            settings: Vec::new(),
        };
        crate::run_code(
            src,
            Vec::new(),
            ini,
            Box::new(out.clone()),
            Box::new(std::io::sink()),
        );
        out.text()
    }

    #[test]
    fn this_scope_statics_and_bindings() {
        let src = r#"
            class A { private $x = 1; function get() { return function () { return $this->x; }; } }
            $f = (new A)->get(); echo $f(), "|";
            $g = function () { return $this->x * 10; };
            echo Closure::bind($g, new A, A::class)(), "|";
            $c = function () { static $n = 0; return ++$n; }; $d = clone $c;
            echo $c(), $c(), $d(), "|";
            $s = static fn() => isset($this) ? "y" : "n"; echo $s(), "|";
            echo strlen(...)("abcd"), "|";
            $u = 5; $h = function () use (&$u) { $u++; }; $h(); echo $u;
        "#;
        assert_eq!(run(src), "1|10|121|n|4|6");
    }

    #[test]
    fn use_variables_by_name_few_and_many() {
        // Up to 8 are found by scanning names, more through the array's hash.
        let src = r#"
            $a=1;$b=2;$c=3;$d=4;$e=5;$f=6;$g=7;$h=8;$i=9;$j=10;
            $few = function () use ($b, &$j) { $j++; return "$b$j"; };
            $many = function () use ($a,$b,$c,$d,$e,$f,$g,$h,$i,&$j) {
                $j++; return $a+$b+$c+$d+$e+$f+$g+$h+$i+$j;
            };
            echo $few(), "|", $many(), "|", $j, "|", array_sum(array_map(fn($x) => $x + $a + $i, [1, 2]));
        "#;
        assert_eq!(run(src), "211|57|12|23");
    }

    #[test]
    fn refused_bindings_warn_and_return_null() {
        let out = run("$s = static function () {}; var_dump($s->bindTo(new stdClass));");
        assert_eq!(
            out,
            "\nWarning: Cannot bind an instance to a static closure in Command line code on line 1\nNULL\n"
        );
    }
}
