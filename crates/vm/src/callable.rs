//! Callables, as Zend's `zend_is_callable_ex` judges them: what a callable value
//! (`'f'`, `'A::m'`, `[$obj, 'm']`, `['A', 'm']`, a Closure, an object with `__invoke`)
//! names, resolved to the function to run with its `$this`, class scope and called
//! class, or the reason it is not callable, in PHP's words for callbacks
//! ("must be a valid callback, …") and for dynamic calls (`$f()`).

use std::rc::Rc;

use crate::array::PhpArray;
use crate::class::{ClassEntry, Method, MethodBody};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Func, Unwind, Vm};

/// A resolved callable: everything a call record needs.
#[derive(Clone)]
pub struct Callee {
    pub func: Func,
    pub this: Option<Rc<PhpObject>>,
    /// The class scope the function runs in (a method's declaring class, a closure's
    /// scope): `self::` and private access.
    pub class: Option<Rc<ClassEntry>>,
    /// The called class (`static::`).
    pub static_class: Option<Rc<ClassEntry>>,
    /// The Closure object run (its bound variables).
    pub closure: Option<Rc<PhpObject>>,
    /// `__call`/`__callStatic` standing in for a missing method: the name asked for
    /// (the arguments are then passed as `($name, [$args…])`).
    pub trampoline: Option<Rc<str>>,
}

impl Callee {
    /// A plain function.
    pub fn function(func: Func) -> Callee {
        Callee {
            func,
            this: None,
            class: None,
            static_class: None,
            closure: None,
            trampoline: None,
        }
    }

    /// A method called on `this` (None: statically) with `called` as `static::`.
    pub fn method(m: &Method, this: Option<Rc<PhpObject>>, called: Rc<ClassEntry>) -> Callee {
        let func = match m.body {
            MethodBody::User { script, op_array } => Func::User { script, op_array },
            MethodBody::Native(n) => Func::Native(n),
        };
        Callee {
            func,
            this,
            class: m.scope(),
            static_class: Some(called),
            closure: None,
            trampoline: None,
        }
    }
}

/// A callable checked once for the many calls a built-in makes with it (Zend's
/// `zend_fcall_info_cache`, filled by ZPP): the value as given and what it names.
#[derive(Clone)]
pub struct Callback {
    pub value: Value,
    pub callee: Callee,
}

/// Why a value is not callable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotCallable {
    /// No function of that name (as written).
    Function(String),
    /// `'::m'`.
    InvalidName,
    ClassNotFound(String),
    /// `class`: the class searched (the calling scope).
    NoMethod {
        class: String,
        method: String,
    },
    ArrayCount,
    ArrayIndices,
    FirstMember,
    SecondMember,
    /// A value of another type, or an object without `__invoke`: the dynamic-call
    /// message's subject (`Value of type int`, `Object of type stdClass`).
    NotCallable(String),
    /// A private or protected method out of scope.
    Visibility {
        visibility: &'static str,
        class: String,
        declaring: String,
        method: String,
        scope: Option<String>,
    },
    NonStatic {
        class: String,
        method: String,
    },
    Abstract {
        class: String,
        method: String,
    },
    /// `self`/`parent`/`static` where they mean nothing (the full reason).
    Scope(&'static str),
    /// `[$obj, 'A::m']` where the object's class does not extend `A`.
    NotSubclass {
        class: String,
        parent: String,
    },
}

impl NotCallable {
    /// The tail of "Argument #N ($callback) must be a valid callback, …".
    pub fn callback_reason(&self) -> String {
        match self {
            NotCallable::Function(name) => {
                format!("function \"{name}\" not found or invalid function name")
            }
            NotCallable::InvalidName => "invalid function name".into(),
            NotCallable::ClassNotFound(c) => format!("class \"{c}\" not found"),
            NotCallable::NoMethod { class, method } => {
                format!("class {class} does not have a method \"{method}\"")
            }
            NotCallable::ArrayCount => "array callback must have exactly two members".into(),
            NotCallable::ArrayIndices => "array callback has to contain indices 0 and 1".into(),
            NotCallable::FirstMember => {
                "first array member is not a valid class name or object".into()
            }
            NotCallable::SecondMember => "second array member is not a valid method".into(),
            NotCallable::NotCallable(_) => "no array or string given".into(),
            NotCallable::Visibility {
                visibility,
                class,
                method,
                ..
            } => format!("cannot access {visibility} method {class}::{method}()"),
            NotCallable::NonStatic { class, method } => {
                format!("non-static method {class}::{method}() cannot be called statically")
            }
            NotCallable::Abstract { class, method } => {
                format!("cannot call abstract method {class}::{method}()")
            }
            NotCallable::Scope(why) => why.to_string(),
            NotCallable::NotSubclass { class, parent } => {
                format!("class {class} is not a subclass of {parent}")
            }
        }
    }

    /// The Error a dynamic call (`$f()`) throws.
    pub fn dynamic_message(&self) -> String {
        match self {
            NotCallable::Function(name) => format!("Call to undefined function {name}()"),
            NotCallable::InvalidName => "Class \"\" not found".into(),
            NotCallable::ClassNotFound(c) => format!("Class \"{c}\" not found"),
            NotCallable::NoMethod { class, method } => {
                format!("Call to undefined method {class}::{method}()")
            }
            NotCallable::ArrayCount | NotCallable::ArrayIndices => {
                "Array callback must have exactly two elements".into()
            }
            NotCallable::FirstMember => {
                "First array member is not a valid class name or object".into()
            }
            NotCallable::SecondMember => "Second array member is not a valid method".into(),
            NotCallable::NotCallable(what) => format!("{what} is not callable"),
            NotCallable::Visibility {
                visibility,
                declaring,
                method,
                scope,
                ..
            } => {
                let from = scope
                    .as_ref()
                    .map_or("global scope".to_string(), |s| format!("scope {s}"));
                format!("Call to {visibility} method {declaring}::{method}() from {from}")
            }
            NotCallable::NonStatic { class, method } => {
                format!("Non-static method {class}::{method}() cannot be called statically")
            }
            NotCallable::Abstract { class, method } => {
                format!("Cannot call abstract method {class}::{method}()")
            }
            NotCallable::Scope(why) => {
                let mut s = why.to_string();
                s[..1].make_ascii_uppercase();
                s
            }
            NotCallable::NotSubclass { class, parent } => {
                format!("Class {class} is not a subclass of {parent}")
            }
        }
    }
}

/// The outcome of a resolution: autoloading may throw (outer), the value may not be
/// callable (inner).
pub type Resolution = Result<Result<Callee, NotCallable>, Unwind>;

/// `is_callable`'s `$callable_name` (Zend's `zend_get_callable_name_ex`).
pub fn callable_name(v: &Value, precision: i32) -> Value {
    match v.deref() {
        Value::String(s) => Value::String(s),
        Value::Array(a) => {
            let (Some(obj), Some(Value::String(m))) = (
                a.get(&ArrayKey::Int(0)).map(Value::deref),
                a.get(&ArrayKey::Int(1)).map(Value::deref),
            ) else {
                return Value::from("Array");
            };
            if a.len() != 2 {
                return Value::from("Array");
            }
            let class: Vec<u8> = match obj {
                Value::String(c) => c.to_vec(),
                Value::Object(o) => o.class.name.as_bytes().to_vec(),
                _ => return Value::from("Array"),
            };
            let mut name = class;
            name.extend_from_slice(b"::");
            name.extend_from_slice(&m);
            Value::from(name)
        }
        Value::Object(o) => Value::from(format!("{}::__invoke", o.class.name)),
        // As `(string)`: floats at the `precision` setting.
        other => Value::from(other.to_string_lossy(precision)),
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The frame context callability is judged in (Zend: the innermost user frame).
struct Context {
    scope: Option<Rc<ClassEntry>>,
    this: Option<Rc<PhpObject>>,
    called: Option<Rc<ClassEntry>>,
}

/// A class named in a callable, with the object the call may use and whether the
/// method must be found in exactly that class (Zend's `strict_class`).
struct ClassPart {
    class: Rc<ClassEntry>,
    this: Option<Rc<PhpObject>>,
    called: Rc<ClassEntry>,
    /// Named by a string (`'A'`, `'parent'`), not given as an object: the method must
    /// be this class's (no private method of the calling scope stands in).
    strict: bool,
}

impl Vm {
    fn callable_context(&self) -> Context {
        match self.frames.last() {
            Some(f) => Context {
                scope: f.class.clone(),
                this: f.this.clone(),
                called: f.static_class.clone(),
            },
            None => Context {
                scope: None,
                this: None,
                called: None,
            },
        }
    }

    /// Resolve a callable value in the innermost frame's context.
    pub fn resolve_callee(&mut self, callable: &Value) -> Resolution {
        let ctx = self.callable_context();
        match callable.deref() {
            Value::String(s) => self.resolve_string(&ctx, &s),
            Value::Array(a) => {
                if a.len() != 2 {
                    return Ok(Err(NotCallable::ArrayCount));
                }
                let (Some(obj), Some(method)) = (
                    a.get(&ArrayKey::Int(0)).map(Value::deref),
                    a.get(&ArrayKey::Int(1)).map(Value::deref),
                ) else {
                    return Ok(Err(NotCallable::ArrayIndices));
                };
                let part = match obj {
                    Value::String(c) => match self.callable_class(&ctx, &c)? {
                        Ok(p) => p,
                        Err(e) => return Ok(Err(e)),
                    },
                    Value::Object(o) => ClassPart {
                        class: o.class.clone(),
                        called: o.class.clone(),
                        this: Some(o),
                        strict: false,
                    },
                    _ => return Ok(Err(NotCallable::FirstMember)),
                };
                let Value::String(m) = method else {
                    return Ok(Err(NotCallable::SecondMember));
                };
                // `[$closure, '__invoke']` is the closure.
                if let (Some(this), true) = (&part.this, m.eq_ignore_ascii_case(b"__invoke")) {
                    if let Some(c) = crate::closure::callee(this) {
                        return Ok(Ok(c));
                    }
                }
                Ok(self.callable_method(&ctx, part, &m))
            }
            Value::Object(o) => {
                if let Some(c) = crate::closure::callee(&o) {
                    return Ok(Ok(c));
                }
                match o.class.magic.invoke.clone() {
                    Some(m) => {
                        let class = o.class.clone();
                        Ok(Ok(Callee::method(&m, Some(o), class)))
                    }
                    None => Ok(Err(NotCallable::NotCallable(format!(
                        "Object of type {}",
                        o.class.name
                    )))),
                }
            }
            other => Ok(Err(NotCallable::NotCallable(format!(
                "Value of type {}",
                other.type_name()
            )))),
        }
    }

    fn resolve_string(&mut self, ctx: &Context, s: &[u8]) -> Resolution {
        if let Some(f) = self.lookup_function(s) {
            return Ok(Ok(Callee::function(f)));
        }
        let Some(colon) = s.windows(2).rposition(|w| w == b"::") else {
            return Ok(Err(NotCallable::Function(lossy(s))));
        };
        if colon == 0 {
            return Ok(Err(NotCallable::InvalidName));
        }
        let part = match self.callable_class(ctx, &s[..colon])? {
            Ok(p) => p,
            Err(e) => return Ok(Err(e)),
        };
        Ok(self.callable_method(ctx, part, &s[colon + 2..]))
    }

    /// The class part of a callable (`'A'`, `'self'`, `'parent'`, `'static'`), as
    /// `zend_is_callable_check_class`.
    fn callable_class(
        &mut self,
        ctx: &Context,
        name: &[u8],
    ) -> Result<Result<ClassPart, NotCallable>, Unwind> {
        let lc = name.to_ascii_lowercase();
        let keyword =
            match lc.as_slice() {
                b"self" => Some(("self", ctx.scope.clone())),
                b"parent" => Some((
                    "parent",
                    match &ctx.scope {
                        Some(s) => match &s.parent {
                            Some(p) => Some(p.clone()),
                            None => return Ok(Err(NotCallable::Scope(
                                "cannot access \"parent\" when current class scope has no parent",
                            ))),
                        },
                        None => None,
                    },
                )),
                b"static" => Some(("static", ctx.called.clone())),
                _ => None,
            };
        if let Some((word, class)) = keyword {
            let Some(class) = class else {
                return Ok(Err(NotCallable::Scope(match word {
                    "self" => "cannot access \"self\" when no class scope is active",
                    "parent" => "cannot access \"parent\" when no class scope is active",
                    _ => "cannot access \"static\" when no class scope is active",
                })));
            };
            self.deprecated(&format!("Use of \"{word}\" in callables is deprecated"));
            let called = match &ctx.called {
                Some(c) if c.is_subclass_of(&class) => c.clone(),
                _ => class.clone(),
            };
            return Ok(Ok(ClassPart {
                class,
                this: ctx.this.clone(),
                called,
                strict: true,
            }));
        }
        let Some(class) = self.lookup_class(name)? else {
            let shown = name.strip_prefix(b"\\").unwrap_or(name);
            return Ok(Err(NotCallable::ClassNotFound(lossy(shown))));
        };
        // Inside a method, `A::m` with A an ancestor of the scope calls on `$this`.
        let this = match (&ctx.scope, &ctx.this) {
            (Some(scope), Some(this))
                if this.class.is_subclass_of(scope) && scope.is_subclass_of(&class) =>
            {
                Some(this.clone())
            }
            _ => None,
        };
        let called = this.as_ref().map_or(class.clone(), |t| t.class.clone());
        Ok(Ok(ClassPart {
            class,
            this,
            called,
            strict: true,
        }))
    }

    /// The method part of a callable, as `zend_is_callable_check_func` with a class.
    fn callable_method(
        &mut self,
        ctx: &Context,
        part: ClassPart,
        name: &[u8],
    ) -> Result<Callee, NotCallable> {
        // `[$obj, 'Parent::m']`: a method of an ancestor (deprecated).
        if let Some(colon) = name.windows(2).position(|w| w == b"::") {
            return self.ancestor_method(ctx, part, name, colon);
        }
        let class_name = part.class.name.to_string();
        let lc = name.to_ascii_lowercase();
        let this_for_call = ctx
            .this
            .clone()
            .filter(|t| t.class.is_subclass_of(&part.class));
        let magic = || -> Option<(Rc<Method>, Option<Rc<PhpObject>>)> {
            match &part.this {
                Some(t) => part.class.magic.call.clone().map(|m| (m, Some(t.clone()))),
                // Statically: __callStatic, else __call on a `$this` of the class.
                None => match part.class.magic.call_static.clone() {
                    Some(m) => Some((m, None)),
                    None => this_for_call
                        .clone()
                        .and_then(|t| part.class.magic.call.clone().map(|m| (m, Some(t)))),
                },
            }
        };
        let mut found = part.class.find_method(&lc).cloned();
        // A private method of the calling scope wins over a subclass's method of the
        // same name (Zend's ZEND_ACC_CHANGED lookup).
        if let (false, Some(m), Some(scope)) = (part.strict, &found, &ctx.scope) {
            let in_scope = m.scope().is_some_and(|d| d.is_subclass_of(scope));
            if in_scope {
                if let Some(p) = scope
                    .find_method(&lc)
                    .filter(|p| p.is_private() && p.scope().is_some_and(|d| Rc::ptr_eq(&d, scope)))
                {
                    found = Some(p.clone());
                }
            }
        }
        let m = match found {
            // A method out of scope gives way to `__call`/`__callStatic`.
            Some(m) if !m.is_public() && !self.method_visible(ctx, &m) && magic().is_some() => None,
            other => other,
        };
        let Some(m) = m else {
            return match magic() {
                Some((call, this)) => {
                    let mut c = Callee::method(&call, this, part.called.clone());
                    c.trampoline = Some(Rc::from(String::from_utf8_lossy(name).as_ref()));
                    Ok(c)
                }
                None => Err(NotCallable::NoMethod {
                    class: class_name,
                    method: lossy(name),
                }),
            };
        };
        if m.is_abstract() {
            return Err(NotCallable::Abstract {
                class: class_name,
                method: m.name.to_string(),
            });
        }
        if part.this.is_none() && !m.is_static() {
            return Err(NotCallable::NonStatic {
                class: class_name,
                method: m.name.to_string(),
            });
        }
        if !m.is_public() && !self.method_visible(ctx, &m) {
            return Err(NotCallable::Visibility {
                visibility: if m.is_private() {
                    "private"
                } else {
                    "protected"
                },
                class: class_name,
                declaring: m.scope_name.to_string(),
                method: m.name.to_string(),
                scope: ctx.scope.as_ref().map(|s| s.name.to_string()),
            });
        }
        let this = if m.is_static() { None } else { part.this };
        Ok(Callee::method(&m, this, part.called))
    }

    /// `[$obj, 'A::m']` / `['B', 'A::m']`: method `m` of `A`, an ancestor of the
    /// callable's class, with PHP 8.2's deprecation.
    fn ancestor_method(
        &mut self,
        ctx: &Context,
        part: ClassPart,
        name: &[u8],
        colon: usize,
    ) -> Result<Callee, NotCallable> {
        if colon == 0 {
            return Err(NotCallable::InvalidName);
        }
        // `self`/`parent` are relative to the callable's own class here.
        let cname = &name[..colon];
        let target = match cname.to_ascii_lowercase().as_slice() {
            b"self" => Some(part.class.clone()),
            b"parent" => part.class.parent.clone(),
            b"static" => ctx.called.clone(),
            _ => self.find_class(cname),
        };
        let Some(target) = target else {
            return Err(NotCallable::ClassNotFound(lossy(cname)));
        };
        if !part.class.is_subclass_of(&target) {
            return Err(NotCallable::NotSubclass {
                class: part.class.name.to_string(),
                parent: target.name.to_string(),
            });
        }
        self.deprecated(&format!(
            "Callables of the form [\"{}\", \"{}\"] are deprecated",
            part.class.name,
            lossy(name)
        ));
        // The called class, as zend_is_callable_check_class sets it.
        let called = match cname.to_ascii_lowercase().as_slice() {
            b"self" | b"parent" | b"static" => match &ctx.called {
                Some(c) if c.is_subclass_of(&target) => c.clone(),
                _ => target.clone(),
            },
            _ => part
                .this
                .as_ref()
                .map_or(target.clone(), |t| t.class.clone()),
        };
        let sub = ClassPart {
            class: target,
            this: part.this,
            called,
            strict: true,
        };
        self.callable_method(ctx, sub, &name[colon + 2..])
    }

    /// Whether a private or protected method may be called from the context's scope.
    fn method_visible(&self, ctx: &Context, m: &Method) -> bool {
        let (Some(scope), Some(decl)) = (&ctx.scope, m.scope()) else {
            return false;
        };
        if Rc::ptr_eq(scope, &decl) {
            return true;
        }
        m.is_protected() && m.protected_reachable_from(scope)
    }

    /// Whether a value is callable (`is_callable`, the `callable` type).
    pub fn is_callable(&mut self, callable: &Value) -> Result<bool, Unwind> {
        Ok(self.resolve_callee(callable)?.is_ok())
    }

    /// Call a PHP callable from a built-in, running a nested dispatch loop until it
    /// returns. Arguments for by-reference parameters should be `Value::Reference`.
    /// A value that is not callable throws the Error a dynamic call would.
    pub fn call_value(&mut self, callable: &Value, args: Vec<Value>) -> Result<Value, Unwind> {
        match self.resolve_callee(callable)? {
            Ok(callee) => self.call_callee(callee, args, Vec::new()),
            Err(e) => Err(self.throw_error("Error", e.dynamic_message())),
        }
    }

    /// Call a callback a built-in checked (`args::arg_callback`) with positional
    /// arguments (a `Value::Reference` for a by-reference parameter). A user function's
    /// arguments go straight into its frame's slots: no vector, no second resolution.
    pub fn call_callback<I>(&mut self, cb: &Callback, args: I) -> Result<Value, Unwind>
    where
        I: IntoIterator<Item = Value>,
    {
        let c = &cb.callee;
        let (script, op_array) = match (c.func, &c.trampoline) {
            (Func::User { script, op_array }, None) => (script, op_array),
            (Func::Builtin(spec), None) => {
                // The VM's spare argument vector: no allocation once it has grown.
                let mut buf = std::mem::take(&mut self.arg_pool);
                for (i, v) in args.into_iter().enumerate() {
                    let v = self.by_value_arg(c.func, None, i, v);
                    buf.push(v);
                }
                let r = self.call_builtin(spec, &mut buf);
                buf.clear();
                if self.arg_pool.capacity() < buf.capacity() {
                    self.arg_pool = buf;
                }
                return r;
            }
            _ => return self.call_callee(c.clone(), args.into_iter().collect(), Vec::new()),
        };
        let by_ref = self.scripts[script as usize].shapes[op_array as usize].by_ref;
        let base = self.stack.len();
        for (i, v) in args.into_iter().enumerate() {
            let v = match v {
                _ if by_ref != 0 => self.by_value_arg(c.func, c.class.as_deref(), i, v),
                Value::Reference(r) => r.borrow().clone(),
                v => v,
            };
            self.stack.push(v);
        }
        let num_args = (self.stack.len() - base) as u32;
        self.run_lent_callee(c, script, op_array, base, num_args)
    }

    /// Call a resolved callable with positional and named arguments.
    pub fn call_callee(
        &mut self,
        callee: Callee,
        args: Vec<Value>,
        named: Vec<(Rc<Vec<u8>>, Value)>,
    ) -> Result<Value, Unwind> {
        let (args, named) = match &callee.trampoline {
            // `__call($name, $arguments)`: named arguments become string keys.
            Some(name) => {
                let mut list = PhpArray::from_list(args);
                for (k, v) in named {
                    list.insert(ArrayKey::Str(k), v);
                }
                (vec![Value::from(&name[..]), Value::from(list)], Vec::new())
            }
            None => (args, named),
        };
        let class = callee.class.clone();
        let args = args
            .into_iter()
            .enumerate()
            .map(|(i, v)| self.by_value_arg(callee.func, class.as_deref(), i, v))
            .collect();
        let named = named
            .into_iter()
            .map(|(name, v)| match self.param_position(callee.func, &name) {
                Some(i) => {
                    let v = self.by_value_arg(callee.func, class.as_deref(), i, v);
                    (name, v)
                }
                None => (name, v),
            })
            .collect();
        self.invoke(callee, args, named)
    }
}

impl Vm {
    /// An argument for parameter `i` of `func` from a callback call: a reference goes
    /// to a by-reference parameter as is (a by-value one gets its value); a value for a
    /// by-reference parameter gets PHP's warning and a reference to a copy.
    pub(crate) fn by_value_arg(
        &mut self,
        func: Func,
        class: Option<&ClassEntry>,
        i: usize,
        v: Value,
    ) -> Value {
        let param = match func {
            Func::User { script, op_array } => {
                let view = self.scripts[script as usize].view();
                let oa = &view.op_arrays[op_array as usize];
                let infos = &view.arg_infos[oa.arg_infos.indices()];
                match infos.get(i).or(infos.last().filter(|ai| ai.variadic)) {
                    Some(ai) if ai.by_ref => Some(lossy(view.str(ai.name))),
                    _ => None,
                }
            }
            Func::Builtin(spec) if spec.arg_by_ref(i) => Some(
                spec.params
                    .get(i)
                    .or(spec.params.last())
                    .unwrap_or(&"")
                    .to_string(),
            ),
            Func::Native(m) if m.by_ref.contains(&(i as u8)) => {
                Some(m.params.get(i).unwrap_or(&"").to_string())
            }
            _ => None,
        };
        let param = match (param, v) {
            (Some(_), v @ Value::Reference(_)) => return v,
            (None, Value::Reference(r)) => return r.borrow().clone(),
            (None, v) => return v,
            // Built-ins that prefer a reference take a value silently.
            (Some(_), v) if matches!(func, Func::Builtin(b) if b.prefers_ref()) => {
                return Value::Reference(Rc::new(std::cell::RefCell::new(v)))
            }
            (Some(param), v) => (param, v),
        };
        let (param, v) = param;
        let prefix = class.map_or(String::new(), |c| format!("{}::", c.name));
        let name = self.func_name(func);
        self.warning(&format!(
            "{prefix}{name}(): Argument #{} (${param}) must be passed by reference, value given",
            i + 1
        ));
        Value::Reference(Rc::new(std::cell::RefCell::new(v)))
    }

    /// The position of parameter `name` of a function.
    fn param_position(&self, func: Func, name: &[u8]) -> Option<usize> {
        let (script, op_array) = match func {
            Func::User { script, op_array } => (script, op_array),
            Func::Builtin(spec) => return spec.param_position(name),
            Func::Native(m) => return m.params.iter().position(|p| p.as_bytes() == name),
        };
        let view = self.scripts[script as usize].view();
        let oa = &view.op_arrays[op_array as usize];
        view.arg_infos[oa.arg_infos.indices()]
            .iter()
            .take(oa.num_args as usize)
            .position(|ai| view.str(ai.name) == name)
    }

    /// `(string) $object`: its `__toString()` (Stringable), else PHP's Error.
    pub fn object_to_string(&mut self, o: &Rc<PhpObject>) -> Result<crate::value::PhpStr, Unwind> {
        let Some(m) = o.class.magic.to_string.clone() else {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Object of class {} could not be converted to string",
                    o.class.name
                ),
            ));
        };
        let callee = Callee::method(&m, Some(o.clone()), o.class.clone());
        match self.invoke(callee, Vec::new(), Vec::new())? {
            Value::String(s) => Ok(s),
            other => Err(self.throw_error(
                "TypeError",
                format!(
                    "{}::__toString(): Return value must be of type string, {} returned",
                    o.class.name,
                    other.debug_type_name()
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callable_names() {
        assert!(callable_name(&Value::from("strlen"), 14).strict_eq(&Value::from("strlen")));
        let arr = Value::from(PhpArray::from_list(vec![
            Value::from("K"),
            Value::from("m"),
        ]));
        assert!(callable_name(&arr, 14).strict_eq(&Value::from("K::m")));
        let bad = Value::from(PhpArray::from_list(vec![Value::Long(1), Value::from("m")]));
        assert!(callable_name(&bad, 14).strict_eq(&Value::from("Array")));
        assert!(callable_name(&Value::Long(42), 14).strict_eq(&Value::from("42")));
    }

    #[test]
    fn messages_in_both_forms() {
        let e = NotCallable::NoMethod {
            class: "K".into(),
            method: "nope".into(),
        };
        assert_eq!(
            e.callback_reason(),
            "class K does not have a method \"nope\""
        );
        assert_eq!(e.dynamic_message(), "Call to undefined method K::nope()");
        let v = NotCallable::Visibility {
            visibility: "private",
            class: "L".into(),
            declaring: "K".into(),
            method: "hidden".into(),
            scope: None,
        };
        assert_eq!(
            v.callback_reason(),
            "cannot access private method L::hidden()"
        );
        assert_eq!(
            v.dynamic_message(),
            "Call to private method K::hidden() from global scope"
        );
        assert_eq!(
            NotCallable::NotCallable("Value of type int".into()).callback_reason(),
            "no array or string given"
        );
        assert_eq!(
            NotCallable::Scope("cannot access \"self\" when no class scope is active")
                .dynamic_message(),
            "Cannot access \"self\" when no class scope is active"
        );
    }
}
