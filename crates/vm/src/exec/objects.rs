//! The object opcodes: NEW, method calls, property access, class constants, static
//! properties, instanceof, clone.

use super::prepared::Insn;
use super::*;
use crate::builtins::BuiltinSpec;
use crate::class::{Method, MethodBody, MethodCtx, NativeMethod, PropInfo};
use miniphp_compiler::{member, TypeDecl};

/// The call NEW sets up for a class without a constructor: takes the arguments, does
/// nothing (Zend's `zend_pass_function`).
static PASS: BuiltinSpec = BuiltinSpec {
    name: "pass",
    handler: |_, _| Ok(Value::Null),
    params: &[],
    required: 0,
    variadic: true,
    by_ref: &[],
    calls_back: false,
};

/// Whether a call's built-in is [`PASS`] (a NEW without constructor).
pub(super) fn is_pass(spec: &BuiltinSpec) -> bool {
    std::ptr::eq(spec, &PASS)
}

// Zend's class fetch types (FETCH_CLASS / NEW with an UNUSED class operand).
const FETCH_CLASS_SELF: u32 = 1;
const FETCH_CLASS_PARENT: u32 = 2;
const FETCH_CLASS_STATIC: u32 = 3;
const FETCH_CLASS_MASK: u32 = 0xf;

/// A call or property site's last resolution (Zend's runtime cache slot): what its
/// literal name found on `class` from `scope`. Holding the classes keeps their
/// addresses from being reused while the slot can match them.
pub(crate) struct SiteSlot<T> {
    class: Rc<ClassEntry>,
    scope: Option<Rc<ClassEntry>>,
    found: T,
}

/// A static property found: its cell, its declaration and its declaring class.
type StaticEntry = (PhpRef, Rc<PropInfo>, Rc<ClassEntry>);

/// Per script, per literal.
pub(crate) type LitCache<T> = Vec<Vec<Option<T>>>;

/// Per script, per name literal.
pub(crate) type SiteCache<T> = LitCache<SiteSlot<T>>;

fn lit_get<T>(cache: &LitCache<T>, script: u32, lit: usize) -> Option<&T> {
    cache.get(script as usize)?.get(lit)?.as_ref()
}

fn lit_put<T>(cache: &mut LitCache<T>, script: u32, lit: usize, v: T) {
    let script = script as usize;
    if cache.len() <= script {
        cache.resize_with(script + 1, Vec::new);
    }
    let per_script = &mut cache[script];
    if per_script.len() <= lit {
        per_script.resize_with(lit + 1, || None);
    }
    per_script[lit] = Some(v);
}

/// The resolution cached for name literal `lit` of `script`, if made for `class`
/// from `scope`.
#[inline]
fn site_get<'c, T>(
    cache: &'c SiteCache<T>,
    script: u32,
    lit: usize,
    class: &Rc<ClassEntry>,
    scope: Option<&Rc<ClassEntry>>,
) -> Option<&'c T> {
    let slot = lit_get(cache, script, lit)?;
    // Addresses only: two compares, no branching on which scope is absent.
    let same = Rc::as_ptr(&slot.class) == Rc::as_ptr(class)
        && class_ptr(slot.scope.as_ref()) == class_ptr(scope);
    same.then_some(&slot.found)
}

/// A scope's address (null for none), to compare scopes in one instruction.
#[inline(always)]
fn class_ptr(c: Option<&Rc<ClassEntry>>) -> *const ClassEntry {
    c.map_or(std::ptr::null(), Rc::as_ptr)
}

/// The literal index of a CONST name operand (the key of its site caches).
#[inline]
fn site_lit(code: &Code<'_>, name_op: Operand) -> Option<usize> {
    (name_op.kind == OperandKind::Const)
        .then(|| (code.oa().literals.start + name_op.value) as usize)
}

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
            if o.value & FETCH_CLASS_MASK == FETCH_CLASS_SELF {
                if let Some(scope) = &self.frames[c.fi].class {
                    return Ok(scope.clone());
                }
            }
            return self.scope_class(c.fi, o.value & FETCH_CLASS_MASK);
        }
        // A literal name: classes are never undeclared, so a site's class is final.
        let literal = match o.kind {
            OperandKind::Const => Some(&code.lits[o.value as usize]),
            _ => None,
        };
        if let Some(Value::String(name)) = literal {
            let lit = (code.oa().literals.start + o.value) as usize;
            if let Some(class) = lit_get(&self.class_cache, code.script, lit) {
                return Ok(class.clone());
            }
            let class = self.class_by_name(name)?;
            lit_put(&mut self.class_cache, code.script, lit, class.clone());
            return Ok(class);
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

    /// `self`, `parent` or `static` in frame `fi`, as zend_fetch_class finds it
    /// ("Cannot access …" when missing).
    fn scope_class(&mut self, fi: usize, fetch: u32) -> Result<Rc<ClassEntry>, Unwind> {
        self.scope_class_as(fi, fetch, "access", "when no class scope is active")
    }

    /// [`Self::scope_class`] with the words of an error: FETCH_CLASS_NAME (`self::class`)
    /// says "Cannot use "self" in the global scope".
    fn scope_class_as(
        &mut self,
        fi: usize,
        fetch: u32,
        verb: &str,
        no_scope: &str,
    ) -> Result<Rc<ClassEntry>, Unwind> {
        let f = &self.frames[fi];
        let (scope, called) = (f.class.clone(), f.static_class.clone());
        let (word, found) = match fetch {
            FETCH_CLASS_PARENT => match &scope {
                Some(s) => match s.parent.clone() {
                    Some(p) => return Ok(p),
                    None => {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Cannot {verb} \"parent\" when current class scope has no parent"
                            ),
                        ))
                    }
                },
                None => ("parent", None),
            },
            FETCH_CLASS_STATIC => ("static", called.or(scope)),
            _ => ("self", scope),
        };
        found.ok_or_else(|| {
            self.throw_error("Error", format!("Cannot {verb} \"{word}\" {no_scope}"))
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
        // Property defaults that are constant expressions are evaluated on first use.
        if !class.initialized.get() {
            self.ensure_class_init(class)?;
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
        if let Some(ctor) = class.magic.construct.as_ref() {
            let scope = self.frame_scope(c.fi);
            if !method_visible(ctor, scope.as_ref()) {
                // As a constructor that throws: the object is dropped undestructed.
                obj.mark_destructed();
                let callee = format!("{}::{}", ctor.scope_name, ctor.name);
                let msg = hidden_call(ctor, &callee, scope.as_ref());
                return Err(self.throw_error("Error", msg));
            }
        }
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
        // The record whole, in one push (as `begin_call` makes it, with the method's part).
        // A static method called on an object runs without `$this`.
        self.calls.push(Call {
            this: this.filter(|_| !m.is_static()),
            class: m.scope(),
            static_class: Some(called),
            ..Call::new(method_func(m), self.stack.len(), 0)
        });
    }

    /// INIT_METHOD_CALL `$obj->name(...)`.
    pub(super) fn op_init_method_call(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Result<(), Unwind> {
        // A literal name: the site's cached method, if the class and scope are the same
        // (`$this` or a variable is looked at in place, other operands once read).
        let site = site_lit(code, op.op2);
        let hit = site.and_then(|lit| {
            let a = prepared::object(op.op1)?;
            self.method_site_hit(code.script, c, a, lit)
        });
        if let Some(call) = hit {
            self.calls.push(call);
            return Ok(());
        }
        let name = self.read(code, c, op.op2);
        let obj = self.object_operand(code, c, op.op1)?;
        if let (Some(lit), Value::Object(o)) = (site, &obj) {
            let scope = self.frames[c.fi].class.as_ref();
            if let Some(m) = site_get(&self.method_cache, code.script, lit, &o.class, scope) {
                let m = m.clone();
                self.begin_method_call(&m, Some(o.clone()), o.class.clone());
                return Ok(());
            }
        }
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
        // `$closure->__invoke()` calls the closure itself (its own parameters).
        if name.eq_ignore_ascii_case(b"__invoke") {
            if let Some(callee) = crate::closure::callee(&o) {
                self.begin_callee(callee);
                return Ok(());
            }
        }
        let name = String::from_utf8_lossy(&name).into_owned();
        let scope = self.frame_scope(c.fi);
        let class = o.class.clone();
        let m = self.find_callable_method(&class, &name, scope.as_ref(), false)?;
        match m {
            Resolved::Method(m) => {
                if let Some(lit) = site {
                    let slot = SiteSlot {
                        class: class.clone(),
                        scope,
                        found: m.clone(),
                    };
                    lit_put(&mut self.method_cache, code.script, lit, slot);
                }
                self.begin_method_call(&m, Some(o), class)
            }
            Resolved::Magic(m) => {
                self.begin_method_call(&m, Some(o), class);
                self.set_trampoline(&name);
            }
        }
        Ok(())
    }

    /// Find method `name` of `class` callable from `scope`, or the `__call` /
    /// `__callStatic` that stands in for it, or PHP's error.
    fn find_callable_method(
        &mut self,
        class: &Rc<ClassEntry>,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
        is_static: bool,
    ) -> Result<Resolved, Unwind> {
        let lc = name.to_ascii_lowercase();
        // A private method of the scope class wins on an object of a subclass.
        if let Some(s) = scope {
            if let Some(m) = s.find_method(lc.as_bytes()) {
                if m.is_private()
                    && m.scope().is_some_and(|d| Rc::ptr_eq(&d, s))
                    && class.is_subclass_of(s)
                {
                    return Ok(Resolved::Method(m.clone()));
                }
            }
        }
        let magic = if is_static {
            class.magic.call_static.clone()
        } else {
            class.magic.call.clone()
        };
        match class.find_method(lc.as_bytes()).cloned() {
            Some(m) if method_visible(&m, scope) => Ok(Resolved::Method(m)),
            Some(m) => match magic {
                Some(magic) => Ok(Resolved::Magic(magic)),
                None => {
                    let callee = format!("method {}::{}", m.scope_name, m.name);
                    Err(self.throw_error("Error", hidden_call(&m, &callee, scope)))
                }
            },
            None => match magic {
                Some(magic) => Ok(Resolved::Magic(magic)),
                None => Err(self.throw_error(
                    "Error",
                    format!("Call to undefined method {}::{name}()", class.name),
                )),
            },
        }
    }

    /// The call being set up goes to `__call`/`__callStatic` for method `name`.
    fn set_trampoline(&mut self, name: &str) {
        if let Some(call) = self.calls.last_mut() {
            call.rare_mut().trampoline = Some(Rc::from(name));
        }
    }

    /// Turn a trampoline call's arguments into `(name, [args])`.
    pub(super) fn pack_trampoline(&mut self, call: &mut Call) {
        let Some(name) = call.rare.as_mut().and_then(|r| r.trampoline.take()) else {
            return;
        };
        let args: Vec<Value> = self.stack.drain(call.args_base..).collect();
        let mut arr = PhpArray::from_list(args);
        for (k, v) in call.take_named() {
            arr.insert(ArrayKey::Str(k), v);
        }
        self.stack.push(Value::from(&*name));
        self.stack.push(Value::from(arr));
        call.num_args = 2;
    }

    /// INIT_STATIC_METHOD_CALL `A::m()`, `parent::m()`, `static::m()`.
    pub(super) fn op_init_static_method_call(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Result<(), Unwind> {
        let class = self.class_operand(code, c, op.op1)?;
        // A literal name already resolved on this class from this scope.
        let site = site_lit(code, op.op2);
        let cached = site.and_then(|lit| {
            let scope = self.frames[c.fi].class.as_ref();
            site_get(&self.static_method_cache, code.script, lit, &class, scope).cloned()
        });
        let forwarding = op.op1.kind == OperandKind::Unused
            && matches!(
                op.op1.value & FETCH_CLASS_MASK,
                FETCH_CLASS_SELF | FETCH_CLASS_PARENT
            );
        // A static method: no `$this` to look at, no scope checks left.
        if let Some(m) = cached.as_ref().filter(|m| m.is_static()) {
            let called = match &self.frames[c.fi].static_class {
                Some(s) if forwarding => s.clone(),
                _ => class,
            };
            self.begin_method_call(m, None, called);
            return Ok(());
        }
        // An UNUSED method operand is the constructor (`parent::__construct()`).
        let name = if cached.is_some() {
            std::borrow::Cow::Borrowed("")
        } else if op.op2.kind == OperandKind::Unused {
            match &class.magic.construct {
                Some(m) => std::borrow::Cow::Owned(m.name.to_string()),
                None => return Err(self.throw_error("Error", "Cannot call constructor".into())),
            }
        } else {
            if op.op2.kind != OperandKind::Const
                && !matches!(self.read_quiet(code, c, op.op2), Value::String(_))
            {
                return Err(self.throw_error("Error", "Method name must be a string".into()));
            }
            self.prop_name(code, c, op.op2)?
        };
        let scope = self.frame_scope(c.fi);
        let this = self.frames[c.fi].this.clone();
        // `$this` passes along when the method is non-static and `$this` is an
        // instance of the class (parent::f(), self::f(), A::f() from a subclass).
        let this = this.filter(|t| t.class.is_subclass_of(&class));
        let called = if forwarding {
            self.frames[c.fi]
                .static_class
                .clone()
                .unwrap_or_else(|| class.clone())
        } else {
            class.clone()
        };
        let resolved = match cached {
            Some(m) => Resolved::Method(m),
            None => {
                let lc = name.to_ascii_lowercase();
                let direct = class.find_method(lc.as_bytes()).cloned();
                let resolved = match (&direct, &this) {
                    // With an object in scope, a missing or inaccessible method goes to
                    // __call first (zend_std_get_static_method's fallback).
                    (d, Some(_))
                        if class.magic.call.is_some()
                            && d.as_ref()
                                .is_none_or(|m| !method_visible(m, scope.as_ref())) =>
                    {
                        Resolved::Magic(class.magic.call.clone().expect("checked"))
                    }
                    _ => self.find_callable_method(&class, &name, scope.as_ref(), true)?,
                };
                // zend_std_get_static_method refuses an abstract method (never cached).
                if let Resolved::Method(m) = &resolved {
                    if m.is_abstract() {
                        return Err(self.throw_error(
                            "Error",
                            format!("Cannot call abstract method {}::{}()", m.scope_name, m.name),
                        ));
                    }
                }
                // Only a method the class has resolves the same whatever `$this` is; a
                // call on a trait is never cached (it warns each time).
                if let (Resolved::Method(m), Some(lit), Some(_), false) =
                    (&resolved, site, &direct, class.is_trait())
                {
                    let slot = SiteSlot {
                        class: class.clone(),
                        scope: scope.clone(),
                        found: m.clone(),
                    };
                    lit_put(&mut self.static_method_cache, code.script, lit, slot);
                }
                resolved
            }
        };
        if class.is_trait() {
            let mname = match &resolved {
                Resolved::Method(m) => m.name.to_string(),
                Resolved::Magic(_) => name.to_string(),
            };
            self.deprecated(&format!(
                "Calling static trait method {}::{mname} is deprecated, it should only be called on a class using the trait",
                class.name
            ));
        }
        match resolved {
            Resolved::Method(m) => {
                if m.is_static() {
                    self.begin_method_call(&m, None, called);
                } else if let Some(t) = this {
                    let called = t.class.clone();
                    self.begin_method_call(&m, Some(t), called);
                } else {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Non-static method {}::{}() cannot be called statically",
                            m.scope_name, m.name
                        ),
                    ));
                }
            }
            Resolved::Magic(m) => {
                let this = if m.is_static() { None } else { this };
                self.begin_method_call(&m, this, called);
                self.set_trampoline(&name);
            }
        }
        Ok(())
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
        // Native methods show in stack traces (`Exception->__construct(…)`).
        self.native_calls.push(crate::throwable::NativeCall {
            name: m.name,
            class: Some((scope_name, if call.this.is_some() { "->" } else { "::" })),
            args: args.iter().map(Value::deref).collect(),
            depth: self.frames.len(),
            line: self.line,
        });
        let ctx = MethodCtx {
            this: call.this.take(),
            class,
        };
        let r = (m.handler)(self, &ctx, args);
        self.native_calls.pop();
        // Zend frees a call's arguments before its `$this` (handles are reused in that order).
        args.iter_mut().for_each(|a| *a = Value::Undef);
        drop(ctx);
        r
    }

    /// Call a method from the engine (magic methods, callbacks, constant expressions
    /// aside), running a nested dispatch loop for a user body.
    pub(crate) fn invoke_method(
        &mut self,
        this: Option<Rc<PhpObject>>,
        m: &Rc<Method>,
        called: Rc<ClassEntry>,
        mut args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        match m.body {
            MethodBody::Native(n) => {
                let mut call = Call {
                    this,
                    class: m.scope(),
                    static_class: Some(called),
                    ..Call::new(Func::Native(n), self.stack.len(), args.len() as u32)
                };
                self.call_native_method(n, &mut call, &mut args)
            }
            MethodBody::User { script, op_array } => {
                let depth = self.frames.len();
                let base = self.stack.len();
                let n = args.len() as u32;
                let line = self.line;
                self.stack.extend(args);
                self.push_user_frame(script, op_array, base, n, None)?;
                if let Some(f) = self.frames.last_mut() {
                    f.this = this;
                    f.class = m.scope();
                    f.static_class = Some(called);
                }
                let r = self.run(depth);
                self.line = line;
                r
            }
        }
    }

    /// Run a constant-expression op_array in the scope of `class` (`self::`).
    pub(crate) fn eval_in_scope(
        &mut self,
        script: u32,
        op_array: u32,
        class: Option<&Rc<ClassEntry>>,
    ) -> Result<Value, Unwind> {
        let depth = self.frames.len();
        let base = self.stack.len();
        let saved_line = self.line;
        self.push_user_frame(script, op_array, base, 0, None)?;
        if let Some(f) = self.frames.last_mut() {
            f.class = class.cloned();
            f.static_class = class.cloned();
        }
        let r = self.run(depth);
        self.line = saved_line;
        r
    }

    /// The class scope of frame `fi` (None at top level).
    pub(super) fn frame_scope(&self, fi: usize) -> Option<Rc<ClassEntry>> {
        self.frames[fi].class.clone()
    }

    /// `$this` or the object operand of a property/method op.
    fn object_operand(&mut self, code: &Code<'_>, c: Ctx, o: Operand) -> Result<Value, Unwind> {
        if o.kind == OperandKind::Unused {
            return match self.frames[c.fi].this.clone() {
                Some(t) => Ok(Value::Object(t)),
                None => {
                    Err(self.throw_error("Error", "Using $this when not in object context".into()))
                }
            };
        }
        Ok(self.read(code, c, o))
    }

    /// The object of `$this` ([`prepared::THIS`]) or of a CV or TMP slot, borrowed in
    /// place: the site caches' hit paths (other operands go through
    /// [`Vm::object_operand`]).
    #[inline(always)]
    fn object_at(&self, c: Ctx, a: u32) -> Option<&Rc<PhpObject>> {
        if a == prepared::THIS {
            return self.frames[c.fi].this.as_ref();
        }
        match &self.stack[c.base + (a & prepared::INDEX) as usize] {
            Value::Object(obj) => Some(obj),
            _ => None,
        }
    }

    /// Release an object kind's TMP/VAR object operand once its op is done (a read
    /// consumes it, as the general handlers' `read` does).
    #[inline(always)]
    fn consume_object(&mut self, c: Ctx, a: u32) {
        if a != prepared::THIS && a & prepared::TMP != 0 {
            let slot = &mut self.stack[c.base + (a & prepared::INDEX) as usize];
            drop(std::mem::replace(slot, Value::Undef));
        }
    }

    /// The object at `a` and the declared property its site (name literal `lit`)
    /// resolved for that object's class from the frame's scope.
    #[inline(always)]
    fn prop_target(
        &self,
        script: u32,
        c: Ctx,
        a: u32,
        lit: usize,
    ) -> Option<(&Rc<PhpObject>, &Rc<PropInfo>)> {
        let o = self.object_at(c, a)?;
        let scope = self.frames[c.fi].class.as_ref();
        let info = site_get(&self.prop_cache, script, lit, &o.class, scope)?;
        Some((o, info))
    }

    /// The call record of the method a call site (name literal `lit`) resolved for
    /// the class of the object at `a` from the frame's scope.
    #[inline(always)]
    fn method_site_hit(&self, script: u32, c: Ctx, a: u32, lit: usize) -> Option<Call> {
        let o = self.object_at(c, a)?;
        let scope = self.frames[c.fi].class.as_ref();
        let m = site_get(&self.method_cache, script, lit, &o.class, scope)?;
        Some(Call {
            this: (!m.is_static()).then(|| o.clone()),
            class: m.scope(),
            static_class: Some(o.class.clone()),
            ..Call::new(method_func(m), self.stack.len(), 0)
        })
    }

    /// The object and declared property a property op's site already resolved (same
    /// class, same calling scope), when its object is `$this` or a variable. Inlined
    /// into each property op: a call here cost a third of a cached read.
    #[inline(always)]
    fn cached_target(
        &self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Option<(&Rc<PhpObject>, &Rc<PropInfo>)> {
        let lit = site_lit(code, op.op2)?;
        self.prop_target(code.script, c, prepared::object(op.op1)?, lit)
    }

    /// [`Vm::cached_target`]'s object, property and initialized value, owned.
    #[inline]
    fn cached_read(
        &self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Option<(Rc<PhpObject>, Rc<PropInfo>, Value)> {
        let (o, info) = self.cached_target(code, c, op)?;
        let v = match &o.slots.borrow()[info.slot as usize] {
            Value::Undef => return None,
            v => v.deref(),
        };
        Some((o.clone(), info.clone(), v))
    }

    /// Write property op `op`'s value: straight into the resolved declared slot `info`
    /// when nothing else applies, else through [`Vm::write_prop`].
    fn store_prop(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        o: &Rc<PhpObject>,
        info: Option<&PropInfo>,
        v: Value,
    ) -> Result<Value, Unwind> {
        let v = match info {
            Some(info) => match store_direct(o, info, v, true) {
                Ok(v) => return Ok(v),
                Err(v) => v,
            },
            None => v,
        };
        let name = self.prop_name(code, c, op.op2)?;
        let scope = self.frame_scope(c.fi);
        self.write_prop(o, &name, v, scope.as_ref())
    }

    /// A property-name operand.
    fn prop_name<'a>(
        &mut self,
        code: &Code<'a>,
        c: Ctx,
        o: Operand,
    ) -> Result<std::borrow::Cow<'a, str>, Unwind> {
        // A literal name is borrowed from the script (no allocation per access).
        if o.kind == OperandKind::Const {
            if let Value::String(s) = &code.lits[o.value as usize] {
                if let Ok(name) = std::str::from_utf8(s) {
                    return Ok(std::borrow::Cow::Borrowed(name));
                }
            }
        }
        // A TMP name stays in its slot: the handlers ask for the name more than once
        // (ASSIGN_OBJ reads it again to store), so it is not consumed.
        let v = match o.kind {
            OperandKind::TmpVar | OperandKind::Var => self.read_quiet(code, c, o),
            _ => self.read(code, c, o),
        };
        let s = v.to_php_string(self)?;
        Ok(std::borrow::Cow::Owned(
            String::from_utf8_lossy(&s).into_owned(),
        ))
    }

    // ---- property access ----

    /// Run magic method `m` on `o` unless it is already running for this property
    /// (Zend's property guards); None when guarded.
    fn magic_prop(
        &mut self,
        o: &Rc<PhpObject>,
        m: &Rc<Method>,
        kind: u8,
        name: &str,
        extra: Option<Value>,
    ) -> Result<Option<Value>, Unwind> {
        if self
            .prop_guards
            .iter()
            .any(|(id, k, n)| *id == o.id && *k == kind && &**n == name)
        {
            return Ok(None);
        }
        self.prop_guards.push((o.id, kind, Box::from(name)));
        let mut args = vec![Value::from(name)];
        args.extend(extra);
        let r = self.invoke_method(Some(o.clone()), m, o.class.clone(), args);
        self.prop_guards.pop();
        r.map(Some)
    }

    /// `$o->name` for reading; `quiet` for isset/`??` (no warnings, no errors for
    /// uninitialized properties).
    pub(crate) fn read_prop(
        &mut self,
        o: &Rc<PhpObject>,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
        quiet: bool,
    ) -> Result<Value, Unwind> {
        let found = self.find_prop_noting(o, name, scope, quiet || o.class.magic.get.is_some());
        let mut magic = true;
        if let Found::Declared(info) = &found {
            let v = match &o.slots.borrow()[info.slot as usize] {
                Value::Undef => None,
                v => Some(v.deref()),
            };
            if let Some(v) = v {
                return Ok(v);
            }
            // A typed property never initialized is no business of __isset/__get.
            magic = o.was_unset(info.slot);
        }
        if let Found::Dynamic | Found::Static = &found {
            let v = o
                .dynamic
                .borrow()
                .as_ref()
                .and_then(|d| d.get(&ArrayKey::from_bytes(name.as_bytes())))
                .map(Value::deref);
            if let Some(v) = v {
                return Ok(v);
            }
        }
        // isset/`??` ask __isset first: false means null without calling __get.
        if let Some(m) = o.class.magic.isset.clone().filter(|_| quiet && magic) {
            if let Some(set) = self.magic_prop(o, &m, GUARD_ISSET, name, None)? {
                if !set.to_bool() {
                    return Ok(Value::Null);
                }
            }
        }
        if let Some(m) = o.class.magic.get.clone().filter(|_| magic) {
            if let Some(v) = self.magic_prop(o, &m, GUARD_GET, name, None)? {
                // What __get gives for an unset typed property must fit its type.
                return match &found {
                    Found::Declared(info) if info.ty.is_some() => {
                        self.check_prop_type(info, name, v.deref())
                    }
                    _ => Ok(v.deref()),
                };
            }
        }
        if quiet {
            return Ok(Value::Null);
        }
        match found {
            Found::Declared(info) if info.ty.is_some() => Err(self.throw_error(
                "Error",
                format!(
                    "Typed property {}::${name} must not be accessed before initialization",
                    info.class_name
                ),
            )),
            Found::Inaccessible(info) => Err(self.bad_prop_access(o, &info, name)),
            _ if name.starts_with('\0') => Err(self.bad_prop_name()),
            _ => {
                self.warning(&format!("Undefined property: {}::${name}", o.class.name));
                Ok(Value::Null)
            }
        }
    }

    /// A property name starting with NUL (a mangled private/protected name) is no
    /// property name (zend_bad_property_name).
    fn bad_prop_name(&mut self) -> Unwind {
        let msg = "Cannot access property starting with \"\\0\"".to_string();
        self.throw_error("Error", msg)
    }

    fn bad_prop_access(&mut self, o: &PhpObject, info: &PropInfo, name: &str) -> Unwind {
        let vis = if info.is_private() {
            "private"
        } else {
            "protected"
        };
        self.throw_error(
            "Error",
            format!("Cannot access {vis} property {}::${name}", o.class.name),
        )
    }

    /// Check (and coerce) a value for a typed property.
    fn check_prop_type(&mut self, info: &PropInfo, name: &str, v: Value) -> Result<Value, Unwind> {
        let strict = self.caller_is_strict();
        self.check_prop_type_as(info, name, v, strict)
    }

    /// [`Vm::check_prop_type`] with the strictness given (a default evaluated when the
    /// class is first used is checked strictly, as zend_update_class_constants does).
    pub(crate) fn check_prop_type_as(
        &mut self,
        info: &PropInfo,
        name: &str,
        v: Value,
        strict: bool,
    ) -> Result<Value, Unwind> {
        let Some(ty) = &info.ty else {
            return Ok(v);
        };
        if prop_type_accepts(ty, &v) {
            return Ok(v);
        }
        if let Some(nv) = self.coerce_to_prop(ty, &v, strict)? {
            return Ok(nv);
        }
        Err(self.throw_error(
            "TypeError",
            format!(
                "Cannot assign {} to property {}::${name} of type {}",
                v.zval_type_name(),
                info.class_name,
                ty.to_php_string()
            ),
        ))
    }

    /// Check (and coerce) a value written through `r` against every typed property the
    /// reference is bound to (Zend's `zend_verify_ref_assignable_zval`): each must take
    /// it, and coercions must agree.
    pub(crate) fn typed_ref_value(&mut self, r: &PhpRef, v: Value) -> Result<Value, Unwind> {
        if !crate::typed_ref::any() {
            return Ok(v);
        }
        let sources = crate::typed_ref::sources(r);
        if sources.is_empty() {
            return Ok(v);
        }
        let strict = self.caller_is_strict();
        // The first source seen, and its coercion of `v` (None: taken as is).
        let mut first: Option<(usize, Option<Value>)> = None;
        for (i, s) in sources.iter().enumerate() {
            let Some(ty) = &s.info.ty else { continue };
            let fit = if prop_type_accepts(ty, &v) {
                None
            } else {
                match self.coerce_to_prop(ty, &v, strict)? {
                    Some(c) => Some(c),
                    None => {
                        let msg = format!(
                            "Cannot assign {} to reference held by {}",
                            v.zval_type_name(),
                            ref_source_name(s)
                        );
                        return Err(self.throw_error("TypeError", msg));
                    }
                }
            };
            match (&first, fit) {
                (None, fit) => first = Some((i, fit)),
                (Some((_, None)), None) => {}
                (Some((_, Some(a))), Some(b)) if a.strict_eq(&b) => {}
                (Some((j, _)), _) => {
                    let msg = format!(
                        "Cannot assign {} to reference held by {} and {}, as this would result in an inconsistent type conversion",
                        v.zval_type_name(),
                        ref_source_name(&sources[*j]),
                        ref_source_name(s)
                    );
                    return Err(self.throw_error("TypeError", msg));
                }
            }
        }
        Ok(first.and_then(|(_, c)| c).unwrap_or(v))
    }

    /// `$o->p = &$r` for a typed `p` (Zend's `zend_verify_prop_assignable_by_ref`): a
    /// plain reference's value is checked and coerced; one already bound to typed
    /// properties must fit as it is.
    fn check_ref_binding(&mut self, info: &PropInfo, name: &str, r: &PhpRef) -> Result<(), Unwind> {
        let Some(ty) = &info.ty else {
            return Ok(());
        };
        let v = r.borrow().clone();
        if prop_type_accepts(ty, &v) {
            return Ok(());
        }
        let sources = crate::typed_ref::sources(r);
        match sources.first() {
            Some(first) => {
                let strict = self.caller_is_strict();
                if self.coerce_to_prop(ty, &v, strict)?.is_some() {
                    let msg = format!(
                        "Reference with value of type {} held by {} is not compatible with property {}::${name} of type {}",
                        v.zval_type_name(),
                        ref_source_name(first),
                        info.class_name,
                        ty.to_php_string()
                    );
                    return Err(self.throw_error("TypeError", msg));
                }
                self.check_prop_type(info, name, v).map(|_| ())
            }
            None => {
                let v = self.check_prop_type(info, name, v)?;
                *r.borrow_mut() = v;
                Ok(())
            }
        }
    }

    /// `++`/`--` through a typed reference that turned an int into a float: the first
    /// property refusing a float makes it an error (the caller keeps the int).
    pub(crate) fn typed_ref_overflow(&mut self, r: &PhpRef, inc: bool) -> Result<(), Unwind> {
        let sources = crate::typed_ref::sources(r);
        let refusing = sources.iter().find(|s| {
            s.info
                .ty
                .as_ref()
                .is_some_and(|t| !prop_type_accepts(t, &Value::Double(0.0)))
        });
        let Some(s) = refusing else {
            return Ok(());
        };
        let (verb, end) = past_limit_words(inc);
        let msg = format!(
            "Cannot {verb} a reference held by {} past its {end} value",
            ref_source_name(s)
        );
        Err(self.throw_error("TypeError", msg))
    }

    /// Weak (or strict) coercion of a scalar, or of a Stringable object to `string`,
    /// for a property type.
    fn coerce_to_prop(
        &mut self,
        ty: &crate::class::TypeSpec,
        v: &Value,
        strict: bool,
    ) -> Result<Option<Value>, Unwind> {
        let decl = TypeDecl {
            mask: ty.mask,
            class_names: Default::default(),
        };
        let c = super::handlers::coerce(self, &decl, v.clone(), strict)?;
        Ok(c.filter(|c| !matches!(c, Value::Object(_)) && prop_type_accepts(ty, c)))
    }

    /// Whether the running code uses strict_types.
    fn caller_is_strict(&self) -> bool {
        self.frames
            .len()
            .checked_sub(1)
            .is_some_and(|fi| self.frame_is_strict(fi))
    }

    /// Readonly rules for a write: initialize once, from the declaring class only.
    fn check_readonly(
        &mut self,
        o: &PhpObject,
        info: &PropInfo,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
        verb: &str,
    ) -> Result<(), Unwind> {
        if !info.is_readonly() {
            return Ok(());
        }
        let initialized = !matches!(o.slots.borrow()[info.slot as usize], Value::Undef);
        if initialized {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot {verb} readonly property {}::${name}",
                    info.class_name
                ),
            ));
        }
        let declaring = info.class.upgrade();
        // The declaring class, or a parent that declares the property itself (a
        // redeclared parent property may still be initialized by the parent).
        let same = match (scope, &declaring) {
            (Some(s), Some(d)) => {
                Rc::ptr_eq(s, d)
                    || (o.class.is_subclass_of(s)
                        && s.props.get(name).is_some_and(|p| {
                            p.class.upgrade().is_some_and(|pc| Rc::ptr_eq(&pc, s))
                        }))
            }
            _ => false,
        };
        if !same {
            let from = match scope {
                Some(s) => format!("scope {}", s.name),
                None => "global scope".to_string(),
            };
            let what = if verb == "unset" {
                "unset"
            } else {
                "initialize"
            };
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot {what} readonly property {}::${name} from {from}",
                    info.class_name
                ),
            ));
        }
        Ok(())
    }

    /// `$o->name = v`; returns the value assigned.
    pub(crate) fn write_prop(
        &mut self,
        o: &Rc<PhpObject>,
        name: &str,
        v: Value,
        scope: Option<&Rc<ClassEntry>>,
    ) -> Result<Value, Unwind> {
        match self.find_prop_noting(o, name, scope, o.class.magic.set.is_some()) {
            Found::Declared(info) => {
                let unset = matches!(o.slots.borrow()[info.slot as usize], Value::Undef);
                if unset && o.was_unset(info.slot) {
                    if let Some(m) = o.class.magic.set.clone() {
                        if self
                            .magic_prop(o, &m, GUARD_SET, name, Some(v.clone()))?
                            .is_some()
                        {
                            return Ok(v);
                        }
                    }
                }
                self.check_readonly(o, &info, name, scope, "modify")?;
                let v = self.check_prop_type(&info, name, v)?;
                let held = match &o.slots.borrow()[info.slot as usize] {
                    Value::Reference(r) => Some(r.clone()),
                    _ => None,
                };
                let v = match held {
                    Some(r) => self.typed_ref_value(&r, v)?,
                    None => v,
                };
                let mut slots = o.slots.borrow_mut();
                assign_slot(&mut slots[info.slot as usize], v.clone());
                Ok(v)
            }
            Found::Inaccessible(info) => {
                if let Some(m) = o.class.magic.set.clone() {
                    if self
                        .magic_prop(o, &m, GUARD_SET, name, Some(v.clone()))?
                        .is_some()
                    {
                        return Ok(v);
                    }
                }
                Err(self.bad_prop_access(o, &info, name))
            }
            Found::Dynamic | Found::Static => {
                let key = ArrayKey::from_bytes(name.as_bytes());
                if !o.has_dynamic(&key) {
                    if let Some(m) = o.class.magic.set.clone() {
                        if self
                            .magic_prop(o, &m, GUARD_SET, name, Some(v.clone()))?
                            .is_some()
                        {
                            return Ok(v);
                        }
                    }
                    if name.starts_with('\0') {
                        return Err(self.bad_prop_name());
                    }
                    self.new_dynamic_prop(o, name)?;
                }
                let held = match o.dynamic.borrow().as_ref().and_then(|d| d.get(&key)) {
                    Some(Value::Reference(r)) => Some(r.clone()),
                    _ => None,
                };
                let v = match held {
                    Some(r) => self.typed_ref_value(&r, v)?,
                    None => v,
                };
                let mut d = o.dynamic.borrow_mut();
                assign_slot(d.get_or_insert_with(Default::default).entry(key), v.clone());
                Ok(v)
            }
        }
    }

    /// The checks before a dynamic property is created; the object becomes a cycle
    /// candidate (its dynamic table may hold anything).
    pub(crate) fn new_dynamic_prop(&mut self, o: &Rc<PhpObject>, name: &str) -> Result<(), Unwind> {
        let class = &o.class;
        if class.is_enum()
            || class.flags & miniphp_compiler::class_flags::READONLY != 0
            || class.flags & crate::class::NO_DYNAMIC != 0
        {
            return Err(self.throw_error(
                "Error",
                format!("Cannot create dynamic property {}::${name}", class.name),
            ));
        }
        if &*class.lc_name != b"stdclass" && !allows_dynamic(class) {
            self.deprecated(&format!(
                "Creation of dynamic property {}::${name} is deprecated",
                class.name
            ));
        }
        PhpObject::track(o);
        Ok(())
    }

    /// `$o->name` for writing through (`$o->a[] = 1`, `$o->a->b = 1`, `&$o->a`): the
    /// property as a reference, created if missing.
    pub(crate) fn prop_ref(
        &mut self,
        o: &Rc<PhpObject>,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
    ) -> Result<PhpRef, Unwind> {
        match self.find_prop_noting(o, name, scope, o.class.magic.get.is_some()) {
            Found::Declared(info) => {
                let initialized = !matches!(o.slots.borrow()[info.slot as usize], Value::Undef);
                if info.is_readonly() {
                    if let Value::Object(_) = o.slots.borrow()[info.slot as usize] {
                        // Modifying the object a readonly property holds is allowed.
                        return Ok(new_ref(o.slots.borrow()[info.slot as usize].clone()));
                    }
                    let how = if initialized {
                        "modify"
                    } else {
                        "indirectly modify"
                    };
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Cannot {how} readonly property {}::${name}",
                            info.class_name
                        ),
                    ));
                }
                if !initialized && o.was_unset(info.slot) {
                    if let Some(m) = o.class.magic.get.clone() {
                        if let Some(v) =
                            self.returning_ref(|vm| vm.magic_prop(o, &m, GUARD_GET, name, None))?
                        {
                            return Ok(self.overloaded_ref(o, name, v));
                        }
                    }
                }
                if !initialized
                    && info
                        .ty
                        .as_ref()
                        .is_some_and(|t| t.mask & TypeDecl::NULL == 0)
                {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Cannot access uninitialized non-nullable property {}::${name} by reference",
                            o.class.name
                        ),
                    ));
                }
                let r = make_ref(&mut o.slots.borrow_mut()[info.slot as usize]);
                crate::typed_ref::bind_prop(&r, o, &info);
                Ok(r)
            }
            Found::Inaccessible(info) => {
                if let Some(m) = o.class.magic.get.clone() {
                    if let Some(v) =
                        self.returning_ref(|vm| vm.magic_prop(o, &m, GUARD_GET, name, None))?
                    {
                        return Ok(self.overloaded_ref(o, name, v));
                    }
                }
                Err(self.bad_prop_access(o, &info, name))
            }
            Found::Dynamic | Found::Static => {
                let key = ArrayKey::from_bytes(name.as_bytes());
                if !o.has_dynamic(&key) {
                    if let Some(m) = o.class.magic.get.clone() {
                        if let Some(v) =
                            self.returning_ref(|vm| vm.magic_prop(o, &m, GUARD_GET, name, None))?
                        {
                            return Ok(self.overloaded_ref(o, name, v));
                        }
                    }
                    self.new_dynamic_prop(o, name)?;
                }
                let mut d = o.dynamic.borrow_mut();
                Ok(make_ref(d.get_or_insert_with(Default::default).entry(key)))
            }
        }
    }

    /// `$o->name =& $v` where `__get` stands for the property (unset, inaccessible or
    /// missing): Zend fetches it for writing through `__get` (noticing a value that is
    /// no reference), then refuses to bind a reference to what came back.
    fn refuse_overloaded_ref(
        &mut self,
        o: &Rc<PhpObject>,
        name: &str,
        found: &Found,
    ) -> Result<(), Unwind> {
        let Some(m) = o.class.magic.get.clone() else {
            return Ok(());
        };
        let overloaded = match found {
            Found::Declared(info) => {
                matches!(o.slots.borrow()[info.slot as usize], Value::Undef)
                    && o.was_unset(info.slot)
            }
            Found::Inaccessible(_) => true,
            Found::Dynamic | Found::Static => {
                !o.has_dynamic(&ArrayKey::from_bytes(name.as_bytes()))
            }
        };
        if !overloaded {
            return Ok(());
        }
        match self.returning_ref(|vm| vm.magic_prop(o, &m, GUARD_GET, name, None))? {
            Some(v) => {
                self.overloaded_ref(o, name, v);
                let msg = "Cannot assign by reference to overloaded object".to_string();
                Err(self.throw_error("Error", msg))
            }
            // Inside its own __get the property is the object's own.
            None => Ok(()),
        }
    }

    /// What `__get` returned, used for writing: its reference when it returns one,
    /// else a detached copy (with PHP's notice).
    fn overloaded_ref(&mut self, o: &PhpObject, name: &str, v: Value) -> PhpRef {
        match v {
            Value::Reference(r) => r,
            Value::Object(_) => new_ref(v),
            v => {
                self.notice(&format!(
                    "Indirect modification of overloaded property {}::${name} has no effect",
                    o.class.name
                ));
                new_ref(v)
            }
        }
    }

    /// `unset($o->name)`.
    pub(crate) fn unset_prop(
        &mut self,
        o: &Rc<PhpObject>,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
    ) -> Result<(), Unwind> {
        match self.find_prop_noting(o, name, scope, o.class.magic.unset.is_some()) {
            Found::Declared(info) => {
                let initialized = !matches!(o.slots.borrow()[info.slot as usize], Value::Undef);
                // Unsetting what is already unset is __unset's (zend_std_unset_property).
                if !initialized && o.was_unset(info.slot) {
                    if let Some(m) = o.class.magic.unset.clone() {
                        if self.magic_prop(o, &m, GUARD_UNSET, name, None)?.is_some() {
                            return Ok(());
                        }
                    }
                }
                if info.is_readonly() {
                    if initialized {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Cannot unset readonly property {}::${name}",
                                info.class_name
                            ),
                        ));
                    }
                    self.check_readonly(o, &info, name, scope, "unset")?;
                }
                let old =
                    std::mem::replace(&mut o.slots.borrow_mut()[info.slot as usize], Value::Undef);
                o.mark_unset(info.slot);
                drop(old);
                Ok(())
            }
            Found::Inaccessible(info) => {
                if let Some(m) = o.class.magic.unset.clone() {
                    if self.magic_prop(o, &m, GUARD_UNSET, name, None)?.is_some() {
                        return Ok(());
                    }
                }
                Err(self.bad_prop_access(o, &info, name))
            }
            Found::Dynamic | Found::Static => {
                let key = ArrayKey::from_bytes(name.as_bytes());
                let old = o.dynamic.borrow_mut().as_mut().and_then(|d| d.remove(&key));
                if old.is_none() {
                    let called = match o.class.magic.unset.clone() {
                        Some(m) => self.magic_prop(o, &m, GUARD_UNSET, name, None)?.is_some(),
                        None => false,
                    };
                    if !called && name.starts_with('\0') {
                        return Err(self.bad_prop_name());
                    }
                }
                drop(old);
                Ok(())
            }
        }
    }

    /// `isset($o->name)` / `empty($o->name)`.
    pub(crate) fn isset_prop(
        &mut self,
        o: &Rc<PhpObject>,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
        empty: bool,
    ) -> Result<bool, Unwind> {
        let found = find_prop(o, name, scope);
        let direct = match &found {
            Found::Declared(info) => match &o.slots.borrow()[info.slot as usize] {
                // Never initialized (typed): not set, without asking __isset.
                Value::Undef if !o.was_unset(info.slot) => Some(Value::Null),
                Value::Undef => None,
                v => Some(v.deref()),
            },
            Found::Dynamic | Found::Static => o
                .dynamic
                .borrow()
                .as_ref()
                .and_then(|d| d.get(&ArrayKey::from_bytes(name.as_bytes())))
                .map(Value::deref),
            Found::Inaccessible(_) => None,
        };
        if let Some(v) = direct {
            return Ok(if empty { !v.to_bool() } else { !v.is_null() });
        }
        let Some(m) = o.class.magic.isset.clone() else {
            return Ok(empty);
        };
        let set = match self.magic_prop(o, &m, GUARD_ISSET, name, None)? {
            Some(v) => v.to_bool(),
            None => false,
        };
        if !empty {
            return Ok(set);
        }
        if !set {
            return Ok(true);
        }
        let v = match o.class.magic.get.clone() {
            Some(g) => self
                .magic_prop(o, &g, GUARD_GET, name, None)?
                .unwrap_or_default(),
            None => Value::Null,
        };
        Ok(!v.to_bool())
    }

    // ---- property opcodes ----

    /// FETCH_OBJ_R / FETCH_OBJ_IS.
    pub(super) fn op_fetch_obj_r(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Result<(), Unwind> {
        let fast = self
            .cached_target(code, c, op)
            .and_then(|(o, info)| slot_value(&o.slots.borrow()[info.slot as usize]));
        match fast {
            Some(v) => {
                self.set_result(c, op.result, v);
                Ok(())
            }
            None => self.fetch_obj_r_slow(code, c, op),
        }
    }

    /// FETCH_OBJ_R / FETCH_OBJ_IS off the site cache: resolve, cache, magic, warnings.
    #[inline(never)]
    fn fetch_obj_r_slow(&mut self, code: &Code<'_>, c: Ctx, op: &Op) -> Result<(), Unwind> {
        let obj = self.object_operand(code, c, op.op1)?;
        let name = self.prop_name(code, c, op.op2)?;
        let quiet = op.opcode == Opcode::FetchObjIs;
        let v = match &obj {
            Value::Object(o) => {
                let scope = self.frame_scope(c.fi);
                // An initialized declared slot is the value.
                let info = self.site_prop(code, op.op2, o, &name, scope.as_ref());
                let fast = info.and_then(|info| match &o.slots.borrow()[info.slot as usize] {
                    Value::Undef => None,
                    v => Some(v.deref()),
                });
                match fast {
                    Some(v) => v,
                    None => self.read_prop(o, &name, scope.as_ref(), quiet)?,
                }
            }
            other => {
                if !quiet {
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

    /// The declared property a literal-named site `name` finds on `o` from `scope`,
    /// cached per site (class + scope) as Zend's runtime cache.
    fn site_prop(
        &mut self,
        code: &Code<'_>,
        name_op: Operand,
        o: &PhpObject,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
    ) -> Option<Rc<PropInfo>> {
        let lit = site_lit(code, name_op)?;
        if let Some(info) = site_get(&self.prop_cache, code.script, lit, &o.class, scope) {
            return Some(info.clone());
        }
        let Found::Declared(info) = find_prop(o, name, scope) else {
            return None;
        };
        let slot = SiteSlot {
            class: o.class.clone(),
            scope: scope.cloned(),
            found: info.clone(),
        };
        lit_put(&mut self.prop_cache, code.script, lit, slot);
        Some(info)
    }

    /// ASSIGN_OBJ (its value in the OP_DATA `data`).
    pub(super) fn op_assign_obj(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        data: &Op,
    ) -> Result<(), Unwind> {
        // A literal name reads nothing: the value can be read first, then stored in
        // place into the site's cached slot.
        let early = if op.op2.kind == OperandKind::Const {
            let v = self.read(code, c, data.op1);
            let stored = match self.cached_target(code, c, op) {
                Some((o, info)) => store_direct(o, info, v, op.result.kind != OperandKind::Unused),
                None => Err(v),
            };
            match stored {
                Ok(v) => {
                    self.set_result(c, op.result, v);
                    return Ok(());
                }
                Err(v) => Some(v),
            }
        } else {
            None
        };
        let name = self.prop_name(code, c, op.op2)?;
        let v = match early {
            Some(v) => v,
            None => self.read(code, c, data.op1),
        };
        let o = self.write_target(code, c, op.op1, &name, "assign")?;
        let scope = self.frame_scope(c.fi);
        let info = self.site_prop(code, op.op2, &o, &name, scope.as_ref());
        let v = self.store_prop(code, c, op, &o, info.as_deref(), v)?;
        self.set_result(c, op.result, v);
        Ok(())
    }

    /// ASSIGN_OBJ_OP `$o->p op= v` (the value in the OP_DATA `data`).
    pub(super) fn op_assign_obj_op(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        data: &Op,
    ) -> Result<(), Unwind> {
        // A literal name reads nothing: the value can be read first.
        let early = if op.op2.kind == OperandKind::Const {
            let v = self.read(code, c, data.op1);
            let opcode = opcode_from_u32(op.extended_value);
            let done = self
                .cached_target(code, c, op)
                .and_then(|(o, info)| update_in_place(o, info, |cur| fast_arith(opcode, cur, &v)));
            if let Some(r) = done {
                self.set_result(c, op.result, r);
                return Ok(());
            }
            Some(v)
        } else {
            None
        };
        self.assign_obj_op_slow(code, c, op, data, early)
    }

    /// ASSIGN_OBJ_OP through the general paths (`early`: the value, if already read).
    #[inline(never)]
    fn assign_obj_op_slow(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        data: &Op,
        early: Option<Value>,
    ) -> Result<(), Unwind> {
        let (o, info, v, mut cur) = match (early, self.cached_read(code, c, op)) {
            (Some(v), Some((o, info, cur))) => (o, Some(info), v, cur),
            (early, _) => {
                let name = self.prop_name(code, c, op.op2)?;
                let v = match early {
                    Some(v) => v,
                    None => self.read(code, c, data.op1),
                };
                let o = self.write_target(code, c, op.op1, &name, "assign")?;
                let scope = self.frame_scope(c.fi);
                let info = self.site_prop(code, op.op2, &o, &name, scope.as_ref());
                let cur = match self.create_for_rw(&o, &name, scope.as_ref())? {
                    Some(cur) => cur,
                    None => self.read_prop(&o, &name, scope.as_ref(), false)?,
                };
                (o, info, v, cur)
            }
        };
        self.assign_op(op.extended_value, &mut cur, &v)?;
        let v = self.store_prop(code, c, op, &o, info.as_deref(), cur)?;
        self.set_result(c, op.result, v);
        Ok(())
    }

    /// `$o->p += 1` / `$o->p++` on a missing property of a class without `__get`: Zend
    /// creates it (deprecated for most classes) before warning that it was undefined;
    /// its value then is null. None when the property is there or `__get` handles it.
    fn create_for_rw(
        &mut self,
        o: &Rc<PhpObject>,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
    ) -> Result<Option<Value>, Unwind> {
        let missing = matches!(find_prop(o, name, scope), Found::Dynamic | Found::Static)
            && !o.has_dynamic(&ArrayKey::from_bytes(name.as_bytes()));
        if !missing || o.class.magic.get.is_some() || name.starts_with('\0') {
            return Ok(None);
        }
        self.new_dynamic_prop(o, name)?;
        let key = ArrayKey::from_bytes(name.as_bytes());
        o.dynamic
            .borrow_mut()
            .get_or_insert_with(Default::default)
            .insert(key, Value::Null);
        self.warning(&format!("Undefined property: {}::${name}", o.class.name));
        Ok(Some(Value::Null))
    }

    /// PRE_INC_OBJ, PRE_DEC_OBJ, POST_INC_OBJ, POST_DEC_OBJ.
    pub(super) fn op_incdec_obj(&mut self, code: &Code<'_>, c: Ctx, op: &Op) -> Result<(), Unwind> {
        let inc = matches!(op.opcode, Opcode::PreIncObj | Opcode::PostIncObj);
        let pre = matches!(op.opcode, Opcode::PreIncObj | Opcode::PreDecObj);
        let done = self
            .cached_target(code, c, op)
            .and_then(|(o, info)| incdec_in_place(o, info, inc, pre));
        if let Some(r) = done {
            self.set_result(c, op.result, r);
            return Ok(());
        }
        self.incdec_obj_slow(code, c, op, inc, pre)
    }

    /// PRE/POST_INC/DEC_OBJ through the general paths.
    #[inline(never)]
    fn incdec_obj_slow(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        inc: bool,
        pre: bool,
    ) -> Result<(), Unwind> {
        let (o, info, old) = match self.cached_read(code, c, op) {
            Some((o, info, old)) => (o, Some(info), old),
            None => {
                let name = self.prop_name(code, c, op.op2)?;
                let verb = if inc { "increment" } else { "decrement" };
                let o = self.write_target(code, c, op.op1, &name, verb)?;
                let scope = self.frame_scope(c.fi);
                let info = self.site_prop(code, op.op2, &o, &name, scope.as_ref());
                let old = match self.create_for_rw(&o, &name, scope.as_ref())? {
                    Some(old) => old,
                    None => self.read_prop(&o, &name, scope.as_ref(), false)?,
                };
                (o, info, old)
            }
        };
        let mut cur = old.clone();
        if inc {
            ops::increment(self, &mut cur)?;
        } else {
            ops::decrement(self, &mut cur)?;
        }
        // Through a typed reference: its properties' types decide (zend_incdec_typed_ref).
        if matches!((&old, &cur), (Value::Long(_), Value::Double(_))) && crate::typed_ref::any() {
            let name = self.prop_name(code, c, op.op2)?;
            if let Some(r) = slot_ref(&o, info.as_deref(), &name) {
                self.typed_ref_overflow(&r, inc)?;
            }
        }
        if let Some(info) = info.as_deref().filter(|i| !i.is_readonly()) {
            self.check_incdec_overflow(info, &old, &cur, inc)?;
        }
        let new = self.store_prop(code, c, op, &o, info.as_deref(), cur)?;
        self.set_result(c, op.result, if pre { new } else { old });
        Ok(())
    }

    /// ++/-- of a typed property (instance or static) whose int overflowed into a float,
    /// for a type without float (zend_incdec_typed_prop).
    fn check_incdec_overflow(
        &mut self,
        info: &PropInfo,
        old: &Value,
        cur: &Value,
        inc: bool,
    ) -> Result<(), Unwind> {
        let Some(ty) = &info.ty else {
            return Ok(());
        };
        if !matches!((old, cur), (Value::Long(_), Value::Double(_)))
            || ty.mask & (TypeDecl::DOUBLE | TypeDecl::MIXED) != 0
        {
            return Ok(());
        }
        let (verb, end) = past_limit_words(inc);
        let msg = format!(
            "Cannot {verb} property {}::${} of type {} past its {end} value",
            info.class_name,
            info.name,
            ty.to_php_string()
        );
        Err(self.throw_error("TypeError", msg))
    }

    /// The object a write op works on: the operand's object, or an Error for a
    /// non-object (`verb`: "assign", "modify", "increment"…).
    fn write_target(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        o: Operand,
        name: &str,
        verb: &str,
    ) -> Result<Rc<PhpObject>, Unwind> {
        match self.object_operand(code, c, o)? {
            Value::Object(obj) => Ok(obj),
            other => Err(self.throw_error(
                "Error",
                format!(
                    "Attempt to {verb} property \"{name}\" on {}",
                    other.type_name()
                ),
            )),
        }
    }

    /// The less frequent object opcodes; None if `op` is not one of them.
    pub(super) fn dispatch_objects(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        ip: &mut usize,
    ) -> Result<Option<Step>, Unwind> {
        match op.opcode {
            Opcode::FetchObjW | Opcode::FetchObjRw | Opcode::FetchObjUnset => {
                let name = self.prop_name(code, c, op.op2)?;
                let o = self.write_target(code, c, op.op1, &name, "modify")?;
                let scope = self.frame_scope(c.fi);
                let r = self.prop_ref(&o, &name, scope.as_ref())?;
                self.set_result(c, op.result, Value::Reference(r));
            }
            Opcode::FetchObjFuncArg => {
                if self.calls.last().is_some_and(|call| call.send_by_ref) {
                    let name = self.prop_name(code, c, op.op2)?;
                    let o = self.write_target(code, c, op.op1, &name, "modify")?;
                    let scope = self.frame_scope(c.fi);
                    let r = self.prop_ref(&o, &name, scope.as_ref())?;
                    self.set_result(c, op.result, Value::Reference(r));
                } else {
                    self.op_fetch_obj_r(code, c, op)?;
                }
            }
            Opcode::AssignObjRef => {
                let data = &code.ops()[*ip + 1];
                let name = self.prop_name(code, c, op.op2)?;
                let o = self.write_target(code, c, op.op1, &name, "modify")?;
                let r = self.operand_ref(c, data.op1);
                let scope = self.frame_scope(c.fi);
                let found =
                    self.find_prop_noting(&o, &name, scope.as_ref(), o.class.magic.get.is_some());
                self.refuse_overloaded_ref(&o, &name, &found)?;
                match found {
                    Found::Declared(info) => {
                        self.check_readonly(&o, &info, &name, scope.as_ref(), "modify")?;
                        self.check_ref_binding(&info, &name, &r)?;
                        o.slots.borrow_mut()[info.slot as usize] = Value::Reference(r.clone());
                        crate::typed_ref::bind_prop(&r, &o, &info);
                    }
                    Found::Inaccessible(info) => return Err(self.bad_prop_access(&o, &info, &name)),
                    Found::Dynamic | Found::Static => {
                        let key = ArrayKey::from_bytes(name.as_bytes());
                        if !o.has_dynamic(&key) {
                            self.new_dynamic_prop(&o, &name)?;
                        }
                        o.dynamic
                            .borrow_mut()
                            .get_or_insert_with(Default::default)
                            .insert(key, Value::Reference(r.clone()));
                    }
                }
                let v = r.borrow().clone();
                self.set_result(c, op.result, v);
                return Ok(Some(Step::Skip));
            }
            Opcode::UnsetObj => {
                let name = self.prop_name(code, c, op.op2)?;
                if let Value::Object(o) = self.object_operand(code, c, op.op1)? {
                    let scope = self.frame_scope(c.fi);
                    self.unset_prop(&o, &name, scope.as_ref())?;
                }
            }
            Opcode::IssetIsemptyPropObj => {
                let obj = if op.op1.kind == OperandKind::Unused {
                    self.object_operand(code, c, op.op1)?
                } else {
                    self.read_quiet(code, c, op.op1)
                };
                if matches!(op.op1.kind, OperandKind::TmpVar | OperandKind::Var) {
                    self.stack[Self::slot(c, op.op1)] = Value::Undef;
                }
                let name = self.prop_name(code, c, op.op2)?;
                let empty = op.extended_value & ZEND_ISEMPTY != 0;
                let r = match obj {
                    Value::Object(o) => {
                        let scope = self.frame_scope(c.fi);
                        self.isset_prop(&o, &name, scope.as_ref(), empty)?
                    }
                    _ => empty,
                };
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::FetchThis => {
                let v = self.object_operand(code, c, Operand::default())?;
                self.set_result(c, op.result, v);
            }
            Opcode::IssetIsemptyThis => {
                let set = self.frames[c.fi].this.is_some();
                let r = if op.extended_value & ZEND_ISEMPTY != 0 {
                    !set
                } else {
                    set
                };
                self.set_result(c, op.result, Value::from(r));
            }
            _ => return self.dispatch_classes(code, c, op, *ip),
        }
        Ok(Some(Step::Next))
    }
}

/// Class flags `new` refuses (the general path raises the error).
const NOT_INSTANTIABLE: u32 = miniphp_compiler::class_flags::INTERFACE
    | miniphp_compiler::class_flags::TRAIT
    | miniphp_compiler::class_flags::ENUM
    | miniphp_compiler::class_flags::ABSTRACT;

/// The prepared stream's object kinds (`prepared::Kind::FetchObj` …): each does its
/// op when the site caches hold the answer and nothing can warn, throw or run user
/// code, and moves `ip`; else it changes nothing and returns false, and the general
/// handler above runs the op.
impl Vm {
    #[inline(never)]
    pub(super) fn fetch_obj_cached(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let v = self
            .prop_target(code.script, c, insn.a, insn.b as usize)
            .and_then(|(o, info)| slot_value(&o.slots.borrow()[info.slot as usize]));
        let Some(v) = v else {
            return false;
        };
        self.consume_object(c, insn.a);
        put(&mut self.stack[c.base + insn.c as usize], v);
        *ip += 1;
        true
    }

    #[inline(never)]
    pub(super) fn assign_obj_cached(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Some(v) = self.plain_value(code, c.base, insn.c) else {
            return false;
        };
        let stored = match self.prop_target(code.script, c, insn.a, insn.b as usize) {
            Some((o, info)) => store_direct(o, info, v, false),
            None => Err(v),
        };
        match stored {
            Ok(_) => {
                *ip += 2;
                true
            }
            Err(v) => {
                // A TMP operand was taken: it goes back for the general handler.
                if insn.c & (prepared::CONST | prepared::TMP) == prepared::TMP {
                    self.stack[c.base + (insn.c & prepared::INDEX) as usize] = v;
                }
                false
            }
        }
    }

    #[inline(never)]
    pub(super) fn assign_obj_op_cached(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let opcode = opcode_from_u32(code.ops()[*ip].extended_value);
        let x = insn.c;
        let b = if x & prepared::CONST != 0 {
            &code.lits[(x & prepared::INDEX) as usize]
        } else {
            &self.stack[c.base + (x & prepared::INDEX) as usize]
        };
        // Numbers only (a number left in a TMP needs no drop).
        let done = self
            .prop_target(code.script, c, insn.a, insn.b as usize)
            .and_then(|(o, info)| update_in_place(o, info, |cur| fast_arith(opcode, cur, b)));
        if done.is_none() {
            return false;
        }
        *ip += 2;
        true
    }

    #[inline(never)]
    pub(super) fn incdec_obj_cached(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let opcode = code.ops()[*ip].opcode;
        let inc = matches!(opcode, Opcode::PreIncObj | Opcode::PostIncObj);
        let pre = matches!(opcode, Opcode::PreIncObj | Opcode::PreDecObj);
        let r = self
            .prop_target(code.script, c, insn.a, insn.b as usize)
            .and_then(|(o, info)| incdec_in_place(o, info, inc, pre));
        let Some(r) = r else {
            return false;
        };
        if insn.c != prepared::NO_RESULT {
            put(&mut self.stack[c.base + insn.c as usize], r);
        }
        *ip += 1;
        true
    }

    #[inline(never)]
    pub(super) fn init_method_cached(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Some(call) = self.method_site_hit(code.script, c, insn.a, insn.b as usize) else {
            return false;
        };
        self.consume_object(c, insn.a);
        super::push_in_place(&mut self.calls, move || call);
        *ip += 1;
        true
    }

    /// A method by a literal class name, `self`, `parent` or `static`, as
    /// [`Vm::op_init_static_method_call`]'s cached case: a static method, or an
    /// instance method called with the frame's `$this` (`parent::f()`).
    #[inline(never)]
    pub(super) fn init_static_method_cached(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let f = &self.frames[c.fi];
        let scope = f.class.as_ref();
        // The class, and the called class a static method gets (`self::` and
        // `parent::` forward the frame's).
        let (class, called) = if insn.a & prepared::CONST != 0 {
            let lit = (insn.a & prepared::INDEX) as usize;
            let Some(class) = lit_get(&self.class_cache, code.script, lit) else {
                return false;
            };
            (class, class)
        } else {
            let class = match insn.a & FETCH_CLASS_MASK {
                FETCH_CLASS_SELF => scope,
                FETCH_CLASS_PARENT => scope.and_then(|s| s.parent.as_ref()),
                FETCH_CLASS_STATIC => f.static_class.as_ref().or(scope),
                _ => None,
            };
            let Some(class) = class else {
                return false;
            };
            let called = match insn.a & FETCH_CLASS_MASK {
                FETCH_CLASS_STATIC => class,
                _ => f.static_class.as_ref().unwrap_or(class),
            };
            (class, called)
        };
        let cache = &self.static_method_cache;
        let Some(m) = site_get(cache, code.script, insn.b as usize, class, scope) else {
            return false;
        };
        let (this, called) = if m.is_static() {
            (None, called.clone())
        } else {
            // `$this` passes along when it is an instance of the class; else the
            // general handler raises the error.
            match f.this.as_ref().filter(|t| t.class.is_subclass_of(class)) {
                Some(t) => (Some(t.clone()), t.class.clone()),
                None => return false,
            }
        };
        let (func, class, args_base) = (method_func(m), m.scope(), self.stack.len());
        super::push_in_place(&mut self.calls, move || Call {
            this,
            class,
            static_class: Some(called),
            ..Call::new(func, args_base, 0)
        });
        *ip += 1;
        true
    }

    /// NEW of a class its site already found, with its defaults evaluated and no
    /// create hook: the object and its constructor's call, as [`Vm::op_new`].
    #[inline(never)]
    pub(super) fn new_cached(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Some(class) = lit_get(&self.class_cache, code.script, insn.a as usize) else {
            return false;
        };
        if !class.initialized.get() || class.create.is_some() || class.flags & NOT_INSTANTIABLE != 0
        {
            return false;
        }
        // A non-public constructor's visibility is checked by the general handler.
        if class
            .magic
            .construct
            .as_ref()
            .is_some_and(|m| !m.is_public())
        {
            return false;
        }
        let obj = PhpObject::new(class);
        let call = match &class.magic.construct {
            Some(ctor) => Call {
                this: Some(obj.clone()),
                class: ctor.scope(),
                static_class: Some(class.clone()),
                ..Call::new(method_func(ctor), self.stack.len(), 0)
            },
            None => Call::new(Func::Builtin(&PASS), self.stack.len(), 0),
        };
        put(
            &mut self.stack[c.base + insn.c as usize],
            Value::Object(obj),
        );
        self.calls.push(call);
        *ip += 1;
        true
    }
}

impl Vm {
    /// Class-level opcodes: declarations, class fetches, constants, static members,
    /// static calls, instanceof, clone.
    fn dispatch_classes(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        ip: usize,
    ) -> Result<Option<Step>, Unwind> {
        match op.opcode {
            Opcode::DeclareClass => {
                self.declare_class(code.script, op.extended_value)?;
            }
            Opcode::DeclareClassDelayed => {
                let lc = code.lits[op.op1.value as usize].to_string_lossy(14);
                let bound = self
                    .find_class(&lc)
                    .is_some_and(|k| k.decl == Some((code.script, op.extended_value)));
                if !bound {
                    self.declare_class(code.script, op.extended_value)?;
                }
            }
            Opcode::DeclareAnonClass => {
                let lc = code.lits[op.op1.value as usize].to_string_lossy(14);
                let class = match self.find_class(&lc) {
                    Some(k) => k,
                    None => self.declare_class(code.script, op.extended_value)?,
                };
                self.set_result(c, op.result, Value::from(class.name.as_ref()));
            }
            Opcode::FetchClass => {
                let class = self.class_operand(
                    code,
                    c,
                    if op.op2.kind == OperandKind::Unused {
                        Operand {
                            kind: OperandKind::Unused,
                            value: op.op1.value,
                        }
                    } else {
                        op.op2
                    },
                )?;
                self.set_result(c, op.result, Value::from(class.name.as_ref()));
            }
            Opcode::FetchClassName => {
                let v = if op.op1.kind == OperandKind::Unused {
                    let fetch = op.op1.value & FETCH_CLASS_MASK;
                    // A constant expression words it as zend_ast_evaluate does.
                    let const_expr = code.oa().flags & miniphp_compiler::flags::CONST_EXPR != 0;
                    if const_expr && self.frames[c.fi].class.is_none() {
                        let msg = "Cannot use \"self\" when no class scope is active";
                        return Err(self.throw_error("Error", msg.into()));
                    }
                    let class = self.scope_class_as(c.fi, fetch, "use", "in the global scope")?;
                    Value::from(class.name.as_ref())
                } else {
                    match self.read(code, c, op.op1) {
                        Value::Object(o) => Value::from(o.class.name.as_ref()),
                        other => {
                            return Err(self.throw_error(
                                "TypeError",
                                format!(
                                    "Cannot use \"::class\" on value of type {}",
                                    other.type_name()
                                ),
                            ))
                        }
                    }
                };
                self.set_result(c, op.result, v);
            }
            Opcode::FetchClassConstant => {
                let class = self.class_operand(code, c, op.op1)?;
                let name = self.prop_name(code, c, op.op2)?;
                if &*name == "class" {
                    self.set_result(c, op.result, Value::from(class.name.as_ref()));
                    return Ok(Some(Step::Next));
                }
                self.check_const_access(c, &class, &name)?;
                let written = (code.oa().flags & miniphp_compiler::flags::CONST_EXPR != 0)
                    .then(|| self.written_class_name(code, op.op1));
                let v = self.class_constant_as(&class, &name, written.as_deref())?;
                self.set_result(c, op.result, v);
            }
            Opcode::GetCalledClass => {
                let f = &self.frames[c.fi];
                let v = match f.static_class.clone().or_else(|| f.class.clone()) {
                    Some(k) => Value::from(k.name.as_ref()),
                    None => {
                        let msg = "get_called_class() must be called from within a class";
                        return Err(self.throw_error("Error", msg.into()));
                    }
                };
                self.set_result(c, op.result, v);
            }
            Opcode::Clone => {
                let v = self.object_operand(code, c, op.op1)?;
                let Value::Object(o) = v else {
                    return Err(
                        self.throw_error("Error", "__clone method called on non-object".into())
                    );
                };
                let scope = self.frame_scope(c.fi);
                let copy = self.clone_object(&o, scope)?;
                self.set_result(c, op.result, Value::Object(copy));
            }
            Opcode::Instanceof => {
                let v = self.read(code, c, op.op1);
                let class = match op.op2.kind {
                    OperandKind::Const => {
                        let name = code.lits[op.op2.value as usize].to_string_lossy(14);
                        self.find_class(&name)
                    }
                    _ => Some(self.class_operand(code, c, op.op2)?),
                };
                let r = match (&v, class) {
                    (Value::Object(o), Some(k)) => o.class.is_subclass_of(&k),
                    _ => false,
                };
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::FetchStaticPropR
            | Opcode::FetchStaticPropIs
            | Opcode::FetchStaticPropW
            | Opcode::FetchStaticPropRw
            | Opcode::FetchStaticPropFuncArg
            | Opcode::FetchStaticPropUnset => {
                let quiet = op.opcode == Opcode::FetchStaticPropIs;
                let write = match op.opcode {
                    Opcode::FetchStaticPropW
                    | Opcode::FetchStaticPropRw
                    | Opcode::FetchStaticPropUnset => true,
                    Opcode::FetchStaticPropFuncArg => {
                        self.calls.last().is_some_and(|call| call.send_by_ref)
                    }
                    _ => false,
                };
                let (cell, info, declaring) =
                    match self.static_prop_entry(code, c, op.op1, op.op2, quiet) {
                        Ok(Some(found)) => found,
                        Ok(None) => {
                            self.set_result(c, op.result, Value::Null);
                            return Ok(Some(Step::Next));
                        }
                        Err(e) => return Err(e),
                    };
                let undef = info.ty.is_some() && matches!(*cell.borrow(), Value::Undef);
                let by_ref = write
                    && (op.extended_value & miniphp_compiler::FETCH_REF != 0
                        || op.opcode == Opcode::FetchStaticPropFuncArg);
                if undef && by_ref {
                    let nullable = info
                        .ty
                        .as_ref()
                        .is_some_and(|t| t.mask & TypeDecl::NULL != 0);
                    if !nullable {
                        let msg = format!(
                            "Cannot access uninitialized non-nullable property {}::${} by reference",
                            info.class_name, info.name
                        );
                        return Err(self.throw_error("Error", msg));
                    }
                    *cell.borrow_mut() = Value::Null;
                } else if undef && !quiet && op.opcode != Opcode::FetchStaticPropW {
                    return Err(self.uninit_static_error(&info));
                }
                let v = if write {
                    // A typed static's cell is the reference its other names get.
                    crate::typed_ref::bind_static(&cell, &declaring, &info);
                    Value::Reference(cell)
                } else {
                    cell.borrow().clone()
                };
                self.set_result(c, op.result, v);
            }
            Opcode::IssetIsemptyStaticProp => {
                let empty = op.extended_value & ZEND_ISEMPTY != 0;
                let v = self.static_prop(code, c, op.op1, op.op2, true)?;
                let r = match v {
                    Some(cell) => {
                        let v = cell.borrow().deref();
                        if empty {
                            !v.to_bool()
                        } else {
                            !v.is_null()
                        }
                    }
                    None => empty,
                };
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::AssignStaticProp | Opcode::AssignStaticPropOp | Opcode::AssignStaticPropRef => {
                let data = code.ops()[ip + 1];
                let (cell, info, declaring) = self
                    .static_prop_entry(code, c, op.op1, op.op2, false)?
                    .expect("not quiet");
                let v = match op.opcode {
                    Opcode::AssignStaticProp => {
                        let v = self.read(code, c, data.op1);
                        let v = self.check_static_type(code, c, op, v)?;
                        let v = self.typed_ref_value(&cell, v)?;
                        *cell.borrow_mut() = v.clone();
                        v
                    }
                    Opcode::AssignStaticPropOp => {
                        let b = self.read(code, c, data.op1);
                        let mut cur = self.initialized_static(code, c, op, &cell)?;
                        self.assign_op(op.extended_value, &mut cur, &b)?;
                        let cur = self.check_static_type(code, c, op, cur)?;
                        let cur = self.typed_ref_value(&cell, cur)?;
                        *cell.borrow_mut() = cur.clone();
                        cur
                    }
                    _ => {
                        // The static member itself becomes the reference.
                        let r = self.operand_ref(c, data.op1);
                        let v = r.borrow().clone();
                        self.rebind_static(&info, &declaring, r)?;
                        v
                    }
                };
                self.set_result(c, op.result, v);
                return Ok(Some(Step::Skip));
            }
            Opcode::PreIncStaticProp
            | Opcode::PreDecStaticProp
            | Opcode::PostIncStaticProp
            | Opcode::PostDecStaticProp => {
                let (cell, info, _) = self
                    .static_prop_entry(code, c, op.op1, op.op2, false)?
                    .expect("not quiet");
                let old = self.initialized_static(code, c, op, &cell)?;
                let mut cur = old.clone();
                let inc = matches!(
                    op.opcode,
                    Opcode::PreIncStaticProp | Opcode::PostIncStaticProp
                );
                if inc {
                    ops::increment(self, &mut cur)?;
                } else {
                    ops::decrement(self, &mut cur)?;
                }
                self.check_incdec_overflow(&info, &old, &cur, inc)?;
                if crate::typed_ref::any() && matches!(cur, Value::Double(_)) {
                    self.typed_ref_overflow(&cell, inc)?;
                }
                *cell.borrow_mut() = cur.clone();
                let res = if matches!(
                    op.opcode,
                    Opcode::PreIncStaticProp | Opcode::PreDecStaticProp
                ) {
                    cur
                } else {
                    old
                };
                self.set_result(c, op.result, res);
            }
            Opcode::UnsetStaticProp => {
                let class = self.class_operand(code, c, op.op2)?;
                let name = self.prop_name(code, c, op.op1)?;
                return Err(self.throw_error(
                    "Error",
                    format!("Attempt to unset static property {}::${name}", class.name),
                ));
            }
            _ => return Ok(None),
        }
        Ok(Some(Step::Next))
    }

    /// A static property's cell (`Class::$name`), checking visibility; None when
    /// `quiet` and it does not exist or is not accessible.
    fn static_prop(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        name_op: Operand,
        class_op: Operand,
        quiet: bool,
    ) -> Result<Option<PhpRef>, Unwind> {
        Ok(self
            .static_prop_entry(code, c, name_op, class_op, quiet)?
            .map(|(cell, _, _)| cell))
    }

    /// [`Vm::static_prop`] with the property and its declaring class.
    fn static_prop_entry(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        name_op: Operand,
        class_op: Operand,
        quiet: bool,
    ) -> Result<Option<StaticEntry>, Unwind> {
        let name = self.prop_name(code, c, name_op)?;
        let class = self.class_operand(code, c, class_op)?;
        self.ensure_class_init(&class)?;
        let scope = self.frame_scope(c.fi);
        let info = class.props.get(&*name).filter(|p| p.is_static()).cloned();
        let Some(info) = info else {
            if quiet {
                return Ok(None);
            }
            return Err(self.throw_error(
                "Error",
                format!(
                    "Access to undeclared static property {}::${name}",
                    class.name
                ),
            ));
        };
        if !member_visible(info.flags, &info.class, scope.as_ref()) {
            if quiet {
                return Ok(None);
            }
            let vis = if info.is_private() {
                "private"
            } else {
                "protected"
            };
            return Err(self.throw_error(
                "Error",
                format!("Cannot access {vis} property {}::${name}", class.name),
            ));
        }
        if class.is_trait() {
            self.deprecated(&format!(
                "Accessing static trait property {}::${name} is deprecated, it should only be accessed on a class using the trait",
                class.name
            ));
        }
        let declaring = info.class.upgrade().unwrap_or(class);
        let cell = declaring.static_cell(info.slot);
        Ok(cell.map(|cell| (cell, info, declaring)))
    }

    /// The value of a static property read for a read-modify-write: an Error for a
    /// typed one never assigned.
    fn initialized_static(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        cell: &PhpRef,
    ) -> Result<Value, Unwind> {
        let v = cell.borrow().clone();
        if !matches!(v, Value::Undef) {
            return Ok(v);
        }
        match self.static_prop_entry(code, c, op.op1, op.op2, false)? {
            Some((_, info, _)) if info.ty.is_some() => Err(self.uninit_static_error(&info)),
            _ => Ok(v),
        }
    }

    /// A class operand as the source names it: `self`/`parent`/`static`, or the name.
    fn written_class_name(&self, code: &Code<'_>, class_op: Operand) -> String {
        match class_op.kind {
            OperandKind::Const => {
                let n = code.lits[class_op.value as usize].to_string_lossy(14);
                String::from_utf8_lossy(&n).into_owned()
            }
            _ => match class_op.value & FETCH_CLASS_MASK {
                1 => "self".into(),
                2 => "parent".into(),
                _ => "static".into(),
            },
        }
    }

    /// Reading a typed static property that was never assigned.
    fn uninit_static_error(&mut self, info: &PropInfo) -> Unwind {
        let msg = format!(
            "Typed static property {}::${} must not be accessed before initialization",
            info.class_name, info.name
        );
        self.throw_error("Error", msg)
    }

    /// The declared type check of an assignment to a static property.
    fn check_static_type(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        v: Value,
    ) -> Result<Value, Unwind> {
        let name = code
            .lits
            .get(op.op1.value as usize)
            .map(|n| n.to_string_lossy(14));
        let Some(name) = name.filter(|_| op.op1.kind == OperandKind::Const) else {
            return Ok(v);
        };
        let name = String::from_utf8_lossy(&name).into_owned();
        let class = match op.op2.kind {
            OperandKind::Unused => self.scope_class(c.fi, op.op2.value & FETCH_CLASS_MASK)?,
            OperandKind::Const => {
                let n = code.lits[op.op2.value as usize].to_string_lossy(14);
                self.class_by_name(&n)?
            }
            _ => return Ok(v),
        };
        match class.props.get(name.as_str()).cloned() {
            Some(info) if info.ty.is_some() => self.check_prop_type(&info, &name, v),
            _ => Ok(v),
        }
    }

    /// `Class::$p = &$x`: the property's slot is bound to `r` (for the declaring class
    /// and the children sharing it); a typed property checks `r`'s value first and
    /// becomes one of its type sources (zend_verify_prop_assignable_by_ref).
    fn rebind_static(
        &mut self,
        info: &Rc<PropInfo>,
        declaring: &Rc<ClassEntry>,
        r: PhpRef,
    ) -> Result<(), Unwind> {
        if info.ty.is_some() {
            self.check_ref_binding(info, &info.name, &r)?;
            crate::typed_ref::bind_static(&r, declaring, info);
        }
        if let Some(slot) = declaring.statics.get(info.slot as usize) {
            *slot.borrow_mut() = r;
        }
        Ok(())
    }

    /// `constant('Class::NAME')` called from the top frame: `self`/`parent`/`static`
    /// resolved in its scope, the class autoloaded, visibility checked.
    pub(crate) fn constant_by_name(
        &mut self,
        class_name: &[u8],
        name: &str,
    ) -> Result<Value, Unwind> {
        let fi = self.frames.len() - 1;
        let class = match self.class_named_in_scope(class_name)? {
            Some(class) => class,
            None => self.class_by_name(class_name)?,
        };
        let c = Ctx {
            fi,
            base: self.frames[fi].base,
        };
        self.check_const_access(c, &class, name)?;
        // As zend_get_class_constant_ex: marked while evaluated, named as given.
        let written = String::from_utf8_lossy(class_name).into_owned();
        self.class_constant_as(&class, name, Some(&written))
    }

    /// The class a name means in the top frame: `self`/`parent`/`static` in its scope
    /// (an Error outside one), others looked up (autoloading; None if unknown).
    pub(crate) fn class_named_in_scope(
        &mut self,
        class: &[u8],
    ) -> Result<Option<Rc<ClassEntry>>, Unwind> {
        let f = &self.frames[self.frames.len() - 1];
        let (word, found) = match class.to_ascii_lowercase().as_slice() {
            b"self" => ("self", f.class.clone()),
            b"static" => ("static", f.static_class.clone().or_else(|| f.class.clone())),
            b"parent" => match &f.class {
                Some(c) => match &c.parent {
                    Some(p) => return Ok(Some(p.clone())),
                    None => {
                        return Err(self.throw_error(
                            "Error",
                            "Cannot access \"parent\" when current class scope has no parent"
                                .into(),
                        ))
                    }
                },
                None => ("parent", None),
            },
            _ => return self.lookup_class(class),
        };
        match found {
            Some(c) => Ok(Some(c)),
            None => Err(self.throw_error(
                "Error",
                format!("Cannot access \"{word}\" when no class scope is active"),
            )),
        }
    }

    /// Constant visibility (`private const`).
    fn check_const_access(
        &mut self,
        c: Ctx,
        class: &Rc<ClassEntry>,
        name: &str,
    ) -> Result<(), Unwind> {
        let Some(k) = class.find_constant(name).cloned() else {
            return Ok(());
        };
        let scope = self.frame_scope(c.fi);
        if !member_visible(k.flags, &k.class, scope.as_ref()) {
            let vis = if k.flags & member::PRIVATE != 0 {
                "private"
            } else {
                "protected"
            };
            return Err(self.throw_error(
                "Error",
                format!("Cannot access {vis} constant {}::{name}", class.name),
            ));
        }
        Ok(())
    }

    /// `clone $o`: a shallow copy of the properties, then `__clone` on the copy.
    pub(crate) fn clone_object(
        &mut self,
        o: &Rc<PhpObject>,
        scope: Option<Rc<ClassEntry>>,
    ) -> Result<Rc<PhpObject>, Unwind> {
        if o.class.is_enum() || o.class.flags & crate::class::UNCLONEABLE != 0 {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Trying to clone an uncloneable object of class {}",
                    o.class.name
                ),
            ));
        }
        let clone_m = o.class.magic.clone.clone();
        if let Some(m) = &clone_m {
            if !method_visible(m, scope.as_ref()) {
                let msg = hidden_call(m, &format!("{}::__clone", o.class.name), scope.as_ref());
                return Err(self.throw_error("Error", msg));
            }
        }
        let slots: Vec<Value> = o
            .slots
            .borrow()
            .iter()
            .map(|v| match v {
                // References shared with other variables stay shared, as in PHP.
                Value::Reference(r) if Rc::strong_count(r) > 1 => v.clone(),
                other => other.deref(),
            })
            .collect();
        let copy = PhpObject::with_slots(&o.class, slots);
        copy.copy_unset_slots(o);
        if crate::typed_ref::any() {
            // The copy's typed properties hold the shared references too.
            for info in o.class.props.values().filter(|p| !p.is_static()) {
                if let Value::Reference(r) = &copy.slots.borrow()[info.slot as usize] {
                    crate::typed_ref::bind_prop(r, &copy, info);
                }
            }
        }
        *copy.dynamic.borrow_mut() = o.dynamic.borrow().clone();
        crate::closure::copy_state(o, &copy);
        crate::class::spl::copy_state(o, &copy);
        if let Some(m) = clone_m {
            self.invoke_method(Some(copy.clone()), &m, copy.class.clone(), Vec::new())?;
        }
        Ok(copy)
    }
}

/// Whether a member with `member` visibility `flags`, declared in `declaring`, is
/// visible from `scope`.
fn member_visible(
    flags: u32,
    declaring: &std::rc::Weak<ClassEntry>,
    scope: Option<&Rc<ClassEntry>>,
) -> bool {
    if flags & (member::PRIVATE | member::PROTECTED) == 0 {
        return true;
    }
    let (Some(s), Some(d)) = (scope, declaring.upgrade()) else {
        return false;
    };
    if Rc::ptr_eq(s, &d) {
        return true;
    }
    flags & member::PROTECTED != 0 && (s.is_subclass_of(&d) || d.is_subclass_of(s))
}

/// "Call to private C::__construct() from scope D", "Call to protected method A::f()
/// from global scope": method `m` (shown as `callee`) that `scope` may not call.
fn hidden_call(m: &Method, callee: &str, scope: Option<&Rc<ClassEntry>>) -> String {
    let vis = if m.is_private() {
        "private"
    } else {
        "protected"
    };
    let from = match scope {
        Some(s) => format!("scope {}", s.name),
        None => "global scope".into(),
    };
    format!("Call to {vis} {callee}() from {from}")
}

/// Whether a method is callable from `scope`.
pub(crate) fn method_visible(m: &Method, scope: Option<&Rc<ClassEntry>>) -> bool {
    if m.is_public() {
        return true;
    }
    let (Some(s), Some(d)) = (scope, m.scope()) else {
        return false;
    };
    if Rc::ptr_eq(s, &d) {
        return true;
    }
    m.is_protected() && m.protected_reachable_from(s)
}

/// What a call to method `m` runs.
#[inline]
fn method_func(m: &Method) -> Func {
    match m.body {
        MethodBody::User { script, op_array } => Func::User { script, op_array },
        MethodBody::Native(n) => Func::Native(n),
    }
}

/// A method call's target.
enum Resolved {
    Method(Rc<Method>),
    /// `__call` / `__callStatic` standing in for a missing or invisible method.
    Magic(Rc<Method>),
}

// Property guard kinds.
const GUARD_GET: u8 = 0;
const GUARD_SET: u8 = 1;
const GUARD_ISSET: u8 = 2;
const GUARD_UNSET: u8 = 3;

/// A property name resolved against an object and the accessing scope.
enum Found {
    Declared(Rc<PropInfo>),
    /// Declared, but not visible from the scope.
    Inaccessible(Rc<PropInfo>),
    /// Not declared (or a parent's private one): the dynamic table.
    Dynamic,
    /// A visible static property: the dynamic table too, after Zend's notice
    /// ([`Vm::find_prop_noting`]; isset stays silent).
    Static,
}

impl Vm {
    /// [`find_prop`] with Zend's notice for a static property used as an instance one,
    /// unless `silent` (isset, or the class has the magic method standing in).
    fn find_prop_noting(
        &mut self,
        o: &PhpObject,
        name: &str,
        scope: Option<&Rc<ClassEntry>>,
        silent: bool,
    ) -> Found {
        let found = find_prop(o, name, scope);
        if let (Found::Static, false) = (&found, silent) {
            self.notice(&format!(
                "Accessing static property {}::${name} as non static",
                o.class.name
            ));
        }
        found
    }
}

/// Zend's `zend_get_property_offset`.
fn find_prop(o: &PhpObject, name: &str, scope: Option<&Rc<ClassEntry>>) -> Found {
    let class = &o.class;
    if let Some(s) = scope {
        // A private property of the scope class, on an object of a subclass.
        if !Rc::ptr_eq(s, class) {
            if let Some(p) = s.props.get(name) {
                if p.is_private()
                    && p.class.upgrade().is_some_and(|d| Rc::ptr_eq(&d, s))
                    && class.is_subclass_of(s)
                {
                    if !p.is_static() {
                        return Found::Declared(p.clone());
                    }
                    // A static one stands for the object's only when that is static too.
                    if class.props.get(name).is_some_and(|c| c.is_static()) {
                        return Found::Static;
                    }
                }
            }
        }
    }
    let Some(info) = class.props.get(name) else {
        return Found::Dynamic;
    };
    let found = || match info.is_static() {
        true => Found::Static,
        false => Found::Declared(info.clone()),
    };
    if info.is_public() {
        return found();
    }
    let declaring = info.class.upgrade();
    if let (Some(s), Some(d)) = (scope, &declaring) {
        if Rc::ptr_eq(s, d) {
            return found();
        }
        if info.is_protected() && (s.is_subclass_of(d) || d.is_subclass_of(s)) {
            return found();
        }
    }
    if info.is_private() && !declaring.is_some_and(|d| Rc::ptr_eq(&d, class)) {
        return Found::Dynamic;
    }
    Found::Inaccessible(info.clone())
}

/// An initialized slot's value (None for `Undef`), dereferenced.
#[inline(always)]
/// The verb and the limit of "Cannot increment/decrement … past its maximal/minimal
/// value" (typed properties and the references they hold).
fn past_limit_words(inc: bool) -> (&'static str, &'static str) {
    if inc {
        ("increment", "maximal")
    } else {
        ("decrement", "minimal")
    }
}

#[inline(always)]
fn slot_value(v: &Value) -> Option<Value> {
    match v {
        Value::Undef => None,
        Value::Reference(r) => Some(r.borrow().clone()),
        v => Some(v.clone()),
    }
}

/// Assign `v` to the declared slot `info` of `o` when no `__set`, readonly rule or
/// type coercion applies (an initialized untyped slot, or a typed one whose type takes
/// the value as is); `v` comes back otherwise, for [`Vm::write_prop`].
/// `keep`: the value is wanted back (the op's result is used); else Null comes back
/// and the value is moved in without a copy.
#[inline]
fn store_direct(o: &PhpObject, info: &PropInfo, v: Value, keep: bool) -> Result<Value, Value> {
    if info.is_readonly() {
        return Err(v);
    }
    let mut slots = o.slots.borrow_mut();
    let slot = &mut slots[info.slot as usize];
    if matches!(slot, Value::Reference(_)) && crate::typed_ref::any() {
        return Err(v);
    }
    let direct = match (&info.ty, &*slot) {
        // An unset slot (any never-initialized one untyped) is write_prop's: __set.
        (_, Value::Undef) if info.ty.is_none() || o.was_unset(info.slot) => false,
        (None, _) => true,
        (Some(ty), _) => prop_type_accepts(ty, &v),
    };
    if !direct {
        return Err(v);
    }
    if !keep {
        assign_slot(slot, v);
        return Ok(Value::Null);
    }
    assign_slot(slot, v.clone());
    Ok(v)
}

/// Replace the declared slot `info` of `o` by `f` of its value, in place, when `f`
/// gives a value (plain numbers: no user code can run meanwhile) that the slot takes
/// as is (not readonly, the type accepts it); returns the new value. None leaves the
/// slot untouched, for the general path.
#[inline(always)]
fn update_in_place(
    o: &PhpObject,
    info: &PropInfo,
    f: impl FnOnce(&Value) -> Option<Value>,
) -> Option<Value> {
    if info.is_readonly() {
        return None;
    }
    let mut slots = o.slots.borrow_mut();
    let slot = &mut slots[info.slot as usize];
    let new = f(slot)?;
    if let Some(ty) = &info.ty {
        if !prop_type_accepts(ty, &new) {
            return None;
        }
    }
    // Usually a number (`f` computed from it): `put` skips the drop call for one.
    super::put(slot, new.clone());
    Some(new)
}

/// `++`/`--` of an int that stays an int, in place in the declared slot `info` of
/// `o`; the op's result (the new value, or the old one for `pre` false).
#[inline(always)]
fn incdec_in_place(o: &PhpObject, info: &PropInfo, inc: bool, pre: bool) -> Option<Value> {
    let mut old = None;
    let new = update_in_place(o, info, |cur| {
        let Value::Long(n) = *cur else { return None };
        old = Some(n);
        let n = if inc {
            n.checked_add(1)
        } else {
            n.checked_sub(1)
        };
        n.map(Value::Long)
    })?;
    Some(if pre { new } else { Value::Long(old?) })
}

/// The reference a property's slot holds, if it holds one.
fn slot_ref(o: &PhpObject, info: Option<&PropInfo>, name: &str) -> Option<PhpRef> {
    let held = match info {
        Some(info) => o.slots.borrow().get(info.slot as usize).cloned(),
        None => {
            let key = ArrayKey::from_bytes(name.as_bytes());
            o.dynamic
                .borrow()
                .as_ref()
                .and_then(|d| d.get(&key).cloned())
        }
    };
    match held {
        Some(Value::Reference(r)) => Some(r),
        _ => None,
    }
}

/// "property C::$p of type T", as Zend's typed reference errors name a source.
fn ref_source_name(s: &crate::typed_ref::Source) -> String {
    let ty = s
        .info
        .ty
        .as_ref()
        .map(|t| t.to_php_string())
        .unwrap_or_default();
    format!(
        "property {}::${} of type {ty}",
        s.info.class_name, s.info.name
    )
}

/// Classes that may get dynamic properties without the 8.2 deprecation.
fn allows_dynamic(class: &ClassEntry) -> bool {
    let mut cur = Some(class);
    while let Some(c) = cur {
        if &*c.lc_name == b"stdclass" || c.flags & crate::class::ALLOW_DYNAMIC != 0 {
            return true;
        }
        cur = c.parent.as_deref();
    }
    false
}

/// Whether a property type accepts a value as is (scalars inline: most stores).
#[inline(always)]
fn prop_type_accepts(ty: &crate::class::TypeSpec, v: &Value) -> bool {
    match v {
        Value::Object(_) | Value::Reference(_) => object_type_accepts(ty, v),
        _ => ty.mask & TypeDecl::MIXED != 0 || super::handlers::scalar_fits(ty.mask, v),
    }
}

/// [`prop_type_accepts`] for an object or a reference.
fn object_type_accepts(ty: &crate::class::TypeSpec, v: &Value) -> bool {
    let m = ty.mask;
    if m & TypeDecl::MIXED != 0 {
        return true;
    }
    match v {
        Value::Object(o) => {
            m & TypeDecl::OBJECT != 0
                || (m & TypeDecl::ITERABLE != 0 && o.class.instance_of_name(b"traversable"))
                || super::access::class_names_fit(m, ty.classes.iter().map(|n| n.as_bytes()), |n| {
                    let n = n.strip_prefix(b"\\").unwrap_or(n);
                    o.class.instance_of_name(n)
                        || n.eq_ignore_ascii_case(b"self")
                        || n.eq_ignore_ascii_case(b"static")
                })
        }
        Value::Reference(r) => prop_type_accepts(ty, &r.borrow()),
        _ => false,
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
