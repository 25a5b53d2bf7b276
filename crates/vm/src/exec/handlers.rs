//! The less frequent opcodes: calls, arrays, variable fetches, foreach, exceptions,
//! include. The arithmetic and jumps are inline in `dispatch`.

use super::*;
use crate::builtins::BuiltinSpec;
use crate::include::{resolve, CompileFailure};
use miniphp_compiler::TypeDecl;

/// Where the VAR of a FETCH_DIM_W / FETCH_W about to be the target of ASSIGN_REF came
/// from, so that the reference replaces the element or the variable itself.
pub(crate) enum FetchedForWrite {
    /// The container and the key (None for `$a[]`).
    Element(Lvalue, Option<ArrayKey>),
    /// The frame whose variables hold it, and its name.
    Variable(usize, Vec<u8>),
}

/// How a dimension fetch treats a missing key.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DimMode {
    Read,
    Quiet,
}

fn key_display(k: &ArrayKey) -> String {
    match k {
        ArrayKey::Int(n) => n.to_string(),
        ArrayKey::Str(s) => format!("\"{}\"", String::from_utf8_lossy(s)),
    }
}

/// PHP's spelling of a type (`zend_type_to_string`): its class names, then the builtin
/// types of `mask` ([`TypeDecl`] bits) in Zend's order, `?T` for a nullable single type.
/// `iterable` is `Traversable|array`, as Zend compiles it.
pub(crate) fn format_type(mut parts: Vec<String>, mut m: u32) -> String {
    if m & TypeDecl::INTERSECTION != 0 {
        // An intersection made nullable by a null default (X&Y $p = null).
        if m & TypeDecl::NULL != 0 {
            return format!("({})|null", parts.join("&"));
        }
        return parts.join("&");
    }
    // A DNF type's intersection groups are parenthesized, and never `?(A&B)`.
    let dnf = m & TypeDecl::DNF != 0;
    if dnf {
        for p in parts.iter_mut().filter(|p| p.contains('&')) {
            *p = format!("({p})");
        }
    }
    if m & TypeDecl::MIXED != 0 {
        parts.push("mixed".into());
        return parts.join("|");
    }
    if m & TypeDecl::ITERABLE != 0 {
        parts.push("Traversable".into());
        m |= TypeDecl::ARRAY;
    }
    let named = [
        (TypeDecl::STATIC, "static"),
        (TypeDecl::CALLABLE, "callable"),
        (TypeDecl::OBJECT, "object"),
        (TypeDecl::ARRAY, "array"),
        (TypeDecl::STRING, "string"),
        (TypeDecl::LONG, "int"),
        (TypeDecl::DOUBLE, "float"),
    ];
    for (bit, name) in named {
        if m & bit != 0 {
            parts.push(name.into());
        }
    }
    match (m & TypeDecl::FALSE != 0, m & TypeDecl::TRUE != 0) {
        (true, true) => parts.push("bool".into()),
        (true, false) => parts.push("false".into()),
        (false, true) => parts.push("true".into()),
        _ => {}
    }
    for (bit, name) in [(TypeDecl::VOID, "void"), (TypeDecl::NEVER, "never")] {
        if m & bit != 0 {
            parts.push(name.into());
        }
    }
    if m & TypeDecl::NULL != 0 {
        if parts.len() == 1 && !dnf {
            return format!("?{}", parts[0]);
        }
        parts.push("null".into());
    }
    parts.join("|")
}

/// Whether a value passes a declared type unchanged (no coercion, no error).
#[inline]
fn accepts_as_is(ty: &TypeDecl, v: &Value) -> bool {
    let m = ty.mask;
    if m & TypeDecl::MIXED != 0 {
        return true;
    }
    match v {
        // A class type is checked by `Vm::object_fits`, which knows the scope.
        Value::Object(o) => {
            m & (TypeDecl::OBJECT | TypeDecl::STATIC) != 0
                || ty.class_names.len > 0
                || (m & TypeDecl::ITERABLE != 0 && o.class.instance_of_name(b"traversable"))
        }
        Value::Reference(_) => true,
        _ => scalar_fits(m, v),
    }
}

/// Whether a value that is not an object fits a type mask's builtin types as is
/// (parameter, return and property types share it).
#[inline]
pub(crate) fn scalar_fits(m: u32, v: &Value) -> bool {
    match v {
        Value::Undef | Value::Null => m & TypeDecl::NULL != 0,
        Value::False => m & TypeDecl::FALSE != 0,
        Value::True => m & TypeDecl::TRUE != 0,
        Value::Long(_) => m & TypeDecl::LONG != 0,
        Value::Double(_) => m & TypeDecl::DOUBLE != 0,
        Value::String(_) => m & TypeDecl::STRING != 0,
        Value::Array(_) => m & (TypeDecl::ARRAY | TypeDecl::ITERABLE) != 0,
        Value::Resource(_) | Value::Object(_) | Value::Reference(_) => false,
    }
}

/// Coercion of a value to a declared type; `Ok(None)` if it does not fit. Weak mode
/// converts scalars as PHP does, and a Stringable object for `string` (its
/// `__toString` may throw); `strict` mode (`declare(strict_types=1)`) only widens an
/// int to float.
pub(super) fn coerce(
    vm: &mut Vm,
    ty: &TypeDecl,
    v: Value,
    strict: bool,
) -> Result<Option<Value>, Unwind> {
    let m = ty.mask;
    if accepts_as_is(ty, &v) {
        return Ok(Some(v));
    }
    if m & TypeDecl::CALLABLE != 0 && vm.is_callable(&v).unwrap_or(false) {
        return Ok(Some(v));
    }
    if strict {
        return Ok(match v {
            Value::Long(n) if m & TypeDecl::DOUBLE != 0 => Some(Value::Double(n as f64)),
            _ => None,
        });
    }
    match &v {
        Value::Object(o) if m & TypeDecl::STRING != 0 && o.class.magic.to_string.is_some() => {
            return vm.object_to_string(o).map(|s| Some(Value::String(s)));
        }
        _ => {}
    }
    Ok(coerce_scalar(vm, m, v))
}

/// Weak-mode coercion of a non-object to a type mask (zend_verify_weak_scalar_type_hint).
fn coerce_scalar(vm: &mut Vm, m: u32, v: Value) -> Option<Value> {
    match &v {
        Value::Long(n) if m & TypeDecl::DOUBLE != 0 => return Some(Value::Double(*n as f64)),
        Value::Undef | Value::Null | Value::Array(_) | Value::Object(_) => return None,
        _ => {}
    }
    if m & TypeDecl::LONG != 0 {
        match &v {
            // Zend's ZEND_DOUBLE_FITS_LONG: out of range (or NaN) is no int.
            Value::Double(d) if *d >= i64::MIN as f64 && *d < i64::MAX as f64 => {
                return Some(Value::Long(ops::double_to_int_checked(vm, *d)));
            }
            Value::String(s) => match crate::numeric::parse_numeric(s) {
                crate::numeric::Numeric::Full(crate::numeric::Num::Long(n)) => {
                    return Some(Value::Long(n))
                }
                crate::numeric::Numeric::Full(crate::numeric::Num::Double(d))
                    if m & TypeDecl::DOUBLE == 0 && crate::numeric::is_long_compatible(d) =>
                {
                    return Some(Value::Long(d as i64))
                }
                _ => {}
            },
            Value::False | Value::True => return Some(Value::Long(v.to_long())),
            _ => {}
        }
    }
    if m & TypeDecl::DOUBLE != 0 {
        match &v {
            Value::String(s) => {
                if let crate::numeric::Numeric::Full(n) = crate::numeric::parse_numeric(s) {
                    return Some(ops::num_result(n)).map(|x| Value::Double(x.to_double()));
                }
            }
            Value::False | Value::True => return Some(Value::Double(v.to_double())),
            _ => {}
        }
    }
    if m & TypeDecl::STRING != 0 {
        if let Value::Long(_) | Value::Double(_) | Value::False | Value::True = &v {
            return Some(Value::from(v.to_string_lossy(vm.precision())));
        }
    }
    if m & (TypeDecl::FALSE | TypeDecl::TRUE) == (TypeDecl::FALSE | TypeDecl::TRUE) {
        if let Value::Long(_) | Value::Double(_) | Value::String(_) = &v {
            return Some(Value::from(v.to_bool()));
        }
    }
    None
}

impl Vm {
    pub(super) fn dispatch_rest(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        ip: &mut usize,
    ) -> Result<Step, Unwind> {
        match op.opcode {
            // ---- calls ----
            Opcode::InitDynamicCall | Opcode::InitUserCall => {
                let callable = self.read(code, c, op.op2);
                match self.resolve_callee(&callable)? {
                    Ok(callee) => self.begin_callee(callee),
                    Err(e) if op.opcode == Opcode::InitUserCall => {
                        let fname = self.read(code, c, op.op1).to_string_lossy(14);
                        let msg = format!(
                            "{}(): Argument #1 ($callback) must be a valid callback, {}",
                            String::from_utf8_lossy(&fname),
                            e.callback_reason()
                        );
                        return Err(self.throw_error("TypeError", msg));
                    }
                    Err(e) => return Err(self.throw_error("Error", e.dynamic_message())),
                }
            }
            Opcode::InitMethodCall => self.op_init_method_call(code, c, op)?,
            Opcode::New => return self.op_new(code, c, op),
            Opcode::SendVar | Opcode::SendVarNoRef => {
                let v = if op.opcode == Opcode::SendVarNoRef {
                    match &self.stack[Self::slot(c, op.op1)] {
                        Value::Reference(r) => Value::Reference(r.clone()),
                        // A by-value call result given to a by-reference parameter (the
                        // compiler sends it as a value where one is accepted: `extract`).
                        _ => {
                            self.notice("Only variables should be passed by reference");
                            Value::Reference(new_ref(self.read(code, c, op.op1)))
                        }
                    }
                } else {
                    self.read(code, c, op.op1)
                };
                self.send(code, op, v);
            }
            Opcode::SendVarEx | Opcode::SendFuncArg | Opcode::SendVarNoRefEx => {
                let n = self.arg_position(code, op, None);
                let by_ref = self.arg_by_ref(n);
                let v = if by_ref && op.opcode == Opcode::SendVarNoRefEx && self.arg_prefers_ref() {
                    self.read(code, c, op.op1)
                } else if by_ref {
                    if op.opcode == Opcode::SendVarNoRefEx
                        && !matches!(self.stack[Self::slot(c, op.op1)], Value::Reference(_))
                    {
                        self.notice("Only variables should be passed by reference");
                        let v = self.read(code, c, op.op1);
                        Value::Reference(new_ref(v))
                    } else {
                        Value::Reference(self.operand_ref(c, op.op1))
                    }
                } else {
                    self.read(code, c, op.op1)
                };
                self.send(code, op, v);
            }
            Opcode::SendRef => {
                let r = self.operand_ref(c, op.op1);
                self.send(code, op, Value::Reference(r));
            }
            Opcode::SendUser => {
                let mut v = self.read(code, c, op.op1);
                if let Some(call) = self.calls.last() {
                    let (func, class, n) = (call.func, call.class.clone(), call.num_args);
                    v = self.by_value_arg(func, class.as_deref(), n as usize, v);
                }
                self.send(code, op, v);
            }
            Opcode::CheckFuncArg => {
                let n =
                    self.arg_position(code, op, Some((op.op2.value as usize).saturating_sub(1)));
                let by_ref = self.arg_by_ref(n);
                if let Some(call) = self.calls.last_mut() {
                    call.send_by_ref = by_ref;
                }
            }
            Opcode::SendUnpack | Opcode::SendArray => {
                let mut v = self.read(code, c, op.op1);
                if let (Opcode::SendUnpack, Value::Object(o)) = (op.opcode, &v) {
                    if o.class.instance_of_name(b"traversable") {
                        let pairs = self.unpack_traversable(o.clone(), "argument")?;
                        v = Value::from(pairs_as_array(pairs));
                    }
                }
                match v {
                    Value::Array(a) => {
                        for (k, v) in a.iter() {
                            // References reach by-reference parameters (and `__call`'s
                            // arguments, which Zend does not separate) as references.
                            let v = match self.calls.last() {
                                Some(call) if call.trampoline().is_some() => v.clone(),
                                Some(call) => {
                                    let (func, class) = (call.func, call.class.clone());
                                    let n = call.num_args as usize;
                                    match &k {
                                        ArrayKey::Int(_) => {
                                            self.by_value_arg(func, class.as_deref(), n, v.clone())
                                        }
                                        ArrayKey::Str(_) => v.deref(),
                                    }
                                }
                                None => v.deref(),
                            };
                            match k {
                                ArrayKey::Int(_)
                                    if self.calls.last().is_some_and(|c| !c.named().is_empty()) =>
                                {
                                    let msg = if op.opcode == Opcode::SendArray {
                                        "Cannot use positional argument after named argument"
                                    } else {
                                        "Cannot use positional argument after named argument during unpacking"
                                    };
                                    return Err(self.throw_error("Error", msg.into()));
                                }
                                ArrayKey::Int(_) => self.push_arg(v),
                                ArrayKey::Str(name) => {
                                    if let Some(call) = self.calls.last_mut() {
                                        call.rare_mut().named.push((name, v));
                                    }
                                }
                            }
                        }
                    }
                    other => {
                        let msg = if op.opcode == Opcode::SendArray {
                            format!(
                                "call_user_func_array(): Argument #2 ($args) must be of type array, {} given",
                                other.type_name()
                            )
                        } else {
                            "Only arrays and Traversables can be unpacked".to_string()
                        };
                        return Err(self.throw_error("TypeError", msg));
                    }
                }
            }
            Opcode::VerifyReturnType => {
                let ty = code.oa().return_type;
                if ty.mask & TypeDecl::DECLARED == 0 {
                    return Ok(Step::Next);
                }
                // The implicit return at the end of a function with a return type.
                if op.op1.kind == OperandKind::Unused {
                    return Err(self.return_type_error(code, c, &ty, "none"));
                }
                if ty.class_names.len > 0 || ty.mask & TypeDecl::STATIC != 0 {
                    if let Value::Object(o) = self.read_quiet(code, c, op.op1) {
                        if !self.object_fits(code.view, &ty, &o, c.fi) {
                            return Err(self.return_type_error(code, c, &ty, &o.class.name));
                        }
                    }
                }
                // The common case: a defined local already of the declared type.
                if op.op1.kind != OperandKind::Const && op.result.kind == OperandKind::Unused {
                    let cur = &self.stack[Self::slot(c, op.op1)];
                    if !matches!(cur, Value::Undef | Value::Reference(_)) && accepts_as_is(&ty, cur)
                    {
                        return Ok(Step::Next);
                    }
                }
                let v = self.read_quiet(code, c, op.op1);
                let strict = code.oa().flags & miniphp_compiler::flags::STRICT_TYPES != 0;
                match coerce(self, &ty, v.clone(), strict)? {
                    Some(nv) => {
                        if op.result.kind != OperandKind::Unused {
                            self.set_result(c, op.result, nv);
                        } else {
                            let slot = Self::slot(c, op.op1);
                            assign_slot(&mut self.stack[slot], nv);
                        }
                    }
                    None => {
                        return Err(self.return_type_error(code, c, &ty, &v.zval_type_name()));
                    }
                }
            }
            Opcode::RecvVariadic => {
                let f = &mut self.frames[c.fi];
                // func_get_args() still sees the extra arguments.
                let mut extra = f.extra_args().to_vec();
                let named = f
                    .rare
                    .as_mut()
                    .map_or_else(Vec::new, |r| std::mem::take(&mut r.extra_named));
                self.coerce_variadic(code, c, &mut extra)?;
                let mut list = PhpArray::from_list(extra);
                for (k, v) in named {
                    list.insert(ArrayKey::Str(k), v);
                }
                let slot = Self::slot(c, op.result);
                self.stack[slot] = Value::from(list);
            }
            Opcode::FuncNumArgs => {
                let n = self.frames[c.fi].num_args;
                self.set_result(c, op.result, Value::Long(n as i64));
            }
            Opcode::FuncGetArgs => {
                let args = self.frame_args(c.fi);
                self.set_result(c, op.result, Value::from(PhpArray::from_list(args)));
            }
            Opcode::DeclareFunction => {
                let loaded = self.scripts[code.script as usize].clone();
                self.declare_function(&loaded, code.script, dynamic_func(code, op.op2.value))?;
            }
            Opcode::DeclareLambdaFunction => {
                let idx = dynamic_func(code, op.op2.value);
                let o = self.declare_closure(c.fi, code.script, idx);
                self.set_result(c, op.result, Value::Object(o));
            }
            Opcode::BindLexical => {
                let name = self.cv_name(code, op.op2.value).to_vec();
                let by_ref = op.extended_value & 1 != 0;
                let implicit = op.extended_value & 2 != 0;
                let slot = Self::slot(c, op.op2);
                let v = if by_ref {
                    Value::Reference(self.operand_ref(c, op.op2))
                } else if implicit && matches!(peek(&self.stack[slot]), Value::Undef) {
                    return Ok(Step::Next);
                } else {
                    self.read(code, c, op.op2)
                };
                if let Value::Object(o) = peek(&self.stack[Self::slot(c, op.op1)]) {
                    crate::closure::bind_var(&o, &name, v);
                }
            }
            Opcode::CallableConvert => {
                // The call INIT_* set up is not made: its target becomes a closure.
                if let Some(call) = self.calls.pop() {
                    self.stack.truncate(call.args_base);
                    let callee = crate::callable::Callee {
                        func: call.func,
                        this: call.this,
                        class: call.class,
                        static_class: call.static_class,
                        closure: call.closure,
                        trampoline: call.rare.and_then(|r| r.trampoline),
                    };
                    let o = self.closure_from_callee(callee);
                    self.set_result(c, op.result, Value::Object(o));
                }
            }
            // ---- variables ----
            Opcode::FetchR
            | Opcode::FetchIs
            | Opcode::FetchW
            | Opcode::FetchRw
            | Opcode::FetchFuncArg
            | Opcode::FetchUnset => {
                let (name, scope) = self.named_var(code, c, op)?;
                let write = match op.opcode {
                    Opcode::FetchW | Opcode::FetchRw => true,
                    Opcode::FetchFuncArg => self.calls.last().is_some_and(|c| c.send_by_ref),
                    _ => false,
                };
                let this = match (name.as_slice(), write) {
                    (b"this", false) => self.frames[c.fi].this.clone(),
                    // `$$n = v` with $n = "this" (zend_fetch_this_var)
                    (b"this", true) => {
                        return Err(self.throw_error("Error", "Cannot re-assign $this".into()))
                    }
                    _ => None,
                };
                let v = if name.as_slice() == b"GLOBALS" {
                    Value::from(self.scope_vars(GLOBAL_SCOPE))
                } else if let Some(this) = this {
                    // `$$n` with $n = "this" reads $this, which has no slot.
                    Value::Object(this)
                } else if write {
                    let r = self.scope_ref(scope, &name);
                    // Only `$GLOBALS['k'] = &$x` / `$$k = &$x` needs to know the variable.
                    if code
                        .ops()
                        .get(*ip + 1)
                        .is_some_and(|n| n.opcode == Opcode::AssignRef)
                    {
                        let slot = Self::slot(c, op.result);
                        self.last_fetch_w =
                            Some((slot, FetchedForWrite::Variable(scope, name.to_vec())));
                    }
                    Value::Reference(r)
                } else {
                    match self.scope_get(scope, &name) {
                        Some(v) => v,
                        None => {
                            if op.opcode != Opcode::FetchIs && op.opcode != Opcode::FetchUnset {
                                // `$GLOBALS['x']` compiles to a global fetch.
                                let global = op.extended_value & ZEND_FETCH_GLOBAL != 0;
                                self.warning(&format!(
                                    "Undefined {}variable ${}",
                                    if global { "global " } else { "" },
                                    String::from_utf8_lossy(&name)
                                ));
                            }
                            Value::Null
                        }
                    }
                };
                self.set_result(c, op.result, v);
            }
            Opcode::FetchGlobals => {
                let v = Value::from(self.scope_vars(GLOBAL_SCOPE));
                self.set_result(c, op.result, v);
            }
            Opcode::BindGlobal => {
                let name = code.lits[op.op2.value as usize].to_string_lossy(14);
                let r = self.scope_ref(GLOBAL_SCOPE, &name);
                self.stack[Self::slot(c, op.op1)] = Value::Reference(r);
            }
            Opcode::BindStatic => {
                let name = self.cv_name(code, op.op1.value);
                let slot = Self::slot(c, op.op1);
                // A closure's `use` variables and statics are its own.
                if let Some(o) = self.frames[c.fi].closure().cloned() {
                    let (by_ref, implicit) =
                        (op.extended_value & 1 != 0, op.extended_value & 2 != 0);
                    // A constant-expression default is evaluated when the static is made.
                    let first = match static_default_expr(code, op) {
                        Some(idx) if !implicit && !crate::closure::has_static(&o, name) => {
                            let scope = self.frames[c.fi].class.clone();
                            Some(self.eval_in_scope(code.script, idx, scope.as_ref())?)
                        }
                        _ => None,
                    };
                    let init = || first.unwrap_or_else(|| static_default(code, op));
                    if let Some(v) = crate::closure::static_var(&o, name, by_ref, implicit, init) {
                        self.stack[slot] = v;
                        return Ok(Step::Next);
                    }
                }
                let f = &self.frames[c.fi];
                let mut key = (f.script, f.op_array, name.to_vec());
                // A trait method is copied into each class using it, statics and all.
                let from_trait = code.oa().class.is_some_and(|i| {
                    (code.view.classes.get(i as usize))
                        .is_some_and(|d| d.flags & miniphp_compiler::class_flags::TRAIT != 0)
                });
                if let (true, Some(class)) = (from_trait, &f.class) {
                    key.2.push(0);
                    key.2.extend_from_slice(&class.lc_name);
                }
                let r = match self.statics.get(&key) {
                    Some(r) => r.clone(),
                    None => {
                        let v = match static_default_expr(code, op) {
                            Some(idx) => {
                                let scope = self.frames[c.fi].class.clone();
                                self.eval_in_scope(code.script, idx, scope.as_ref())?
                            }
                            None => static_default(code, op),
                        };
                        let r = new_ref(v);
                        self.statics.insert(key, r.clone());
                        r
                    }
                };
                // In included or eval'd code the variable is the includer's.
                let scope = self.frames[c.fi].scope;
                if scope != c.fi {
                    let name = name.to_vec();
                    self.scope_bind(scope, &name, r.clone());
                }
                self.stack[slot] = Value::Reference(r);
            }
            Opcode::UnsetCv => {
                self.stack[Self::slot(c, op.op1)] = Value::Undef;
            }
            Opcode::UnsetVar => {
                let (name, scope) = self.named_var(code, c, op)?;
                self.scope_unset(scope, &name);
            }
            Opcode::IssetIsemptyCv => {
                let v = self.read_quiet(code, c, op.op1);
                let r = if op.extended_value & ZEND_ISEMPTY != 0 {
                    !v.to_bool()
                } else {
                    !v.is_null()
                };
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::IssetIsemptyVar => {
                let (name, scope) = self.named_var(code, c, op)?;
                let v = self.scope_get(scope, &name).unwrap_or_default();
                let r = if op.extended_value & ZEND_ISEMPTY != 0 {
                    !v.to_bool()
                } else {
                    !v.is_null()
                };
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::CheckVar => {
                if matches!(peek(&self.stack[Self::slot(c, op.op1)]), Value::Undef) {
                    self.undefined_var(code, op.op1.value);
                }
            }
            Opcode::AssignRef => {
                // Taken whatever the operands: `$r = &$a['x']['y']` (a CV target) must not
                // leave the place of `$a['x']` held here, a second count on its reference.
                let fetched = self.last_fetch_w.take();
                // `$x = &f()` where f did not return a reference assigns by value.
                if op.extended_value == 1
                    && op.op2.kind == OperandKind::Var
                    && !matches!(self.stack[Self::slot(c, op.op2)], Value::Reference(_))
                {
                    self.notice("Only variables should be assigned by reference");
                    let v = self.read(code, c, op.op2);
                    let target = Self::slot(c, op.op1);
                    assign_slot(&mut self.stack[target], v.clone());
                    // A VAR target (an element's place) is consumed, as below.
                    if op.op1.kind == OperandKind::Var {
                        self.stack[target] = Value::Undef;
                    }
                    self.set_result(c, op.result, v);
                    return Ok(Step::Next);
                }
                let src = match op.op2.kind {
                    OperandKind::Cv | OperandKind::Var => self.operand_ref(c, op.op2),
                    _ => new_ref(self.read(code, c, op.op2)),
                };
                if op.op1.kind == OperandKind::Var {
                    if let Some((var, home)) = fetched {
                        if var == Self::slot(c, op.op1) {
                            match home {
                                FetchedForWrite::Element(home, key) => {
                                    self.rebind_element(home, key, src.clone())
                                }
                                FetchedForWrite::Variable(scope, name) => {
                                    self.scope_bind(scope, &name, src.clone())
                                }
                            }
                        }
                    }
                }
                // A VAR operand (an element, a property) is consumed, as Zend frees it: a
                // copy left there would keep the reference alive from outside.
                self.stack[Self::slot(c, op.op1)] = match op.op1.kind {
                    OperandKind::Var => Value::Undef,
                    _ => Value::Reference(src.clone()),
                };
                // The result is the reference itself: `f($b =& $a)` passes `$a` on.
                self.set_result(c, op.result, Value::Reference(src));
            }
            Opcode::MakeRef => {
                // A VAR that is no variable's place (a call's by-value result, `$this`)
                // passes on as a value, as Zend copies a non-INDIRECT operand: ASSIGN_REF
                // then gives its "Only variables" notice.
                let slot = Self::slot(c, op.op1);
                if op.op1.kind == OperandKind::Var
                    && !matches!(self.stack[slot], Value::Reference(_))
                {
                    let v = std::mem::take(&mut self.stack[slot]);
                    self.set_result(c, op.result, v);
                    return Ok(Step::Next);
                }
                let r = self.operand_ref(c, op.op1);
                self.set_result(c, op.result, Value::Reference(r));
            }
            Opcode::Separate => {
                let v = self.read_quiet(code, c, op.op1);
                self.set_result(c, op.result, v);
            }
            // ---- arrays ----
            Opcode::InitArray | Opcode::AddArrayElement => {
                let mut arr = if op.opcode == Opcode::InitArray {
                    PhpArray::with_capacity((op.extended_value >> 2) as usize)
                } else {
                    let slot = Self::slot(c, op.result);
                    match std::mem::take(&mut self.stack[slot]) {
                        Value::Array(a) => Rc::try_unwrap(a).unwrap_or_else(|a| (*a).clone()),
                        _ => PhpArray::new(),
                    }
                };
                if op.op1.kind != OperandKind::Unused {
                    let v = if op.extended_value & ZEND_ARRAY_ELEMENT_REF != 0 {
                        Value::Reference(self.operand_ref(c, op.op1))
                    } else {
                        self.read(code, c, op.op1)
                    };
                    if op.op2.kind == OperandKind::Unused {
                        if arr.push(v).is_err() {
                            return Err(self.next_element_occupied());
                        }
                    } else {
                        let k = self.read(code, c, op.op2);
                        let k = k.to_array_key(self)?;
                        arr.insert(k, v);
                    }
                }
                self.set_result(c, op.result, Value::from(arr));
            }
            Opcode::AddArrayUnpack => {
                let v = self.read(code, c, op.op1);
                let slot = Self::slot(c, op.result);
                let src: Vec<(ArrayKey, Value)> = match v {
                    Value::Array(src) => src.iter().map(|(k, v)| (k, v.deref())).collect(),
                    Value::Object(o) if o.class.instance_of_name(b"traversable") => {
                        self.unpack_traversable(o, "array")?
                    }
                    _ => {
                        return Err(self.throw_error(
                            "Error",
                            "Only arrays and Traversables can be unpacked".into(),
                        ))
                    }
                };
                let mut target = std::mem::take(&mut self.stack[slot]);
                if let Value::Array(a) = &mut target {
                    let a = Rc::make_mut(a);
                    for (k, v) in src {
                        match k {
                            ArrayKey::Int(_) => {
                                if a.push(v).is_err() {
                                    self.stack[slot] = target;
                                    return Err(self.next_element_occupied());
                                }
                            }
                            k => a.insert(k, v),
                        }
                    }
                }
                self.stack[slot] = target;
            }
            Opcode::FetchDimR | Opcode::FetchDimIs | Opcode::FetchListR => {
                let key = self.read(code, c, op.op2);
                let quiet = op.opcode == Opcode::FetchDimIs;
                let cont = if op.opcode == Opcode::FetchListR || quiet {
                    let v = self.read_quiet(code, c, op.op1);
                    if op.opcode != Opcode::FetchListR
                        && matches!(op.op1.kind, OperandKind::TmpVar | OperandKind::Var)
                    {
                        self.stack[Self::slot(c, op.op1)] = Value::Undef;
                    }
                    v
                } else {
                    self.read(code, c, op.op1)
                };
                // list() takes nothing from a scalar, silently (not even a string's offsets).
                if op.opcode == Opcode::FetchListR
                    && !matches!(cont, Value::Array(_) | Value::Object(_))
                {
                    self.set_result(c, op.result, Value::Null);
                    return Ok(Step::Next);
                }
                let mode = if quiet { DimMode::Quiet } else { DimMode::Read };
                let v = self.dim_read(&cont, &key, mode)?;
                self.set_result(c, op.result, v);
            }
            Opcode::FetchDimW
            | Opcode::FetchDimRw
            | Opcode::FetchListW
            | Opcode::FetchDimUnset
            | Opcode::FetchDimFuncArg => {
                let write = op.opcode != Opcode::FetchDimFuncArg
                    || self.calls.last().is_some_and(|c| c.send_by_ref);
                if !write {
                    let key = self.read(code, c, op.op2);
                    let cont = self.read(code, c, op.op1);
                    let v = self.dim_read(&cont, &key, DimMode::Read)?;
                    self.set_result(c, op.result, v);
                    return Ok(Step::Next);
                }
                let key = if op.op2.kind == OperandKind::Unused {
                    None
                } else {
                    Some(self.read(code, c, op.op2))
                };
                let (lv, mut cont) = self.take_lvalue(c, op.op1);
                let r = self.dim_ref(&mut cont, key, op.opcode == Opcode::FetchDimRw);
                let home = match &lv {
                    Lvalue::Slot(s) => Lvalue::Slot(*s),
                    Lvalue::Ref(r) => Lvalue::Ref(r.clone()),
                };
                self.put_lvalue(lv, cont);
                // FETCH_LIST_W keeps its container for the next element (FREE releases it).
                if let (Opcode::FetchListW, OperandKind::Var, Lvalue::Ref(h)) =
                    (op.opcode, op.op1.kind, &home)
                {
                    self.stack[Self::slot(c, op.op1)] = Value::Reference(h.clone());
                }
                let (r, k) = r?;
                let slot = Self::slot(c, op.result);
                // Only `$a[k] = &$x` needs to know where the element lives.
                if code
                    .ops()
                    .get(*ip + 1)
                    .is_some_and(|n| n.opcode == Opcode::AssignRef)
                {
                    self.last_fetch_w = Some((slot, FetchedForWrite::Element(home, k)));
                }
                self.stack[slot] = Value::Reference(r);
            }
            Opcode::AssignDim => {
                let data = &code.ops()[*ip + 1];
                // The key is read first (its warning comes before the value's).
                let key = if op.op2.kind == OperandKind::Unused {
                    None
                } else {
                    Some(self.read(code, c, op.op2))
                };
                let v = self.read(code, c, data.op1);
                let (lv, mut cont) = self.take_lvalue(c, op.op1);
                let r = self.assign_dim(&mut cont, key, v);
                self.put_lvalue(lv, cont);
                let v = r?;
                self.set_result(c, op.result, v);
                return Ok(Step::Skip);
            }
            Opcode::AssignDimOp => {
                let data = &code.ops()[*ip + 1];
                let v = self.read(code, c, data.op1);
                let key = if op.op2.kind == OperandKind::Unused {
                    None
                } else {
                    Some(self.read(code, c, op.op2))
                };
                let (lv, mut cont) = self.take_lvalue(c, op.op1);
                if let Value::Object(_) = cont {
                    // ArrayAccess: offsetGet, the operation, offsetSet, as
                    // zend_binary_assign_op_obj_dim does (no reference to the element).
                    let r = self.assign_dim_op_object(&mut cont, key, op.extended_value, &v);
                    self.put_lvalue(lv, cont);
                    let out = r?;
                    self.set_result(c, op.result, out);
                    return Ok(Step::Skip);
                }
                let r = self.dim_ref(&mut cont, key, true);
                self.put_lvalue(lv, cont);
                let (elem, _) = r?;
                let mut cur = std::mem::take(&mut *elem.borrow_mut());
                let old = is_typed_ref(&elem).then(|| cur.clone());
                let mut res = self.assign_op(op.extended_value, &mut cur, &v);
                if let Some(old) = old {
                    self.check_typed_op(&elem, old, &mut cur, &mut res);
                }
                let out = cur.clone();
                *elem.borrow_mut() = cur;
                res?;
                self.set_result(c, op.result, out);
                return Ok(Step::Skip);
            }
            Opcode::UnsetDim => {
                let key = self.read(code, c, op.op2);
                let (lv, mut cont) = self.take_lvalue(c, op.op1);
                let r = self.unset_dim(&mut cont, &key);
                self.put_lvalue(lv, cont);
                r?;
            }
            Opcode::IssetIsemptyDimObj => {
                let key = self.read(code, c, op.op2);
                let cont = self.read_quiet(code, c, op.op1);
                if matches!(op.op1.kind, OperandKind::TmpVar | OperandKind::Var) {
                    self.stack[Self::slot(c, op.op1)] = Value::Undef;
                }
                if let Value::Object(o) = &cont {
                    let r = self.offset_isset(o, &key, op.extended_value & ZEND_ISEMPTY != 0)?;
                    self.set_result(c, op.result, Value::from(r));
                    return Ok(Step::Next);
                }
                let v = self.dim_read(&cont, &key, DimMode::Quiet)?;
                let exists = self.dim_exists(&cont, &key);
                let r = if op.extended_value & ZEND_ISEMPTY != 0 {
                    !exists || !v.to_bool()
                } else {
                    exists && !v.is_null()
                };
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::Count => {
                let v = self.read(code, c, op.op1);
                // The compiler marks `sizeof()` with extended_value 1.
                let f = if op.extended_value == 1 {
                    "sizeof"
                } else {
                    "count"
                };
                match v {
                    Value::Array(a) => self.set_result(c, op.result, Value::Long(a.len() as i64)),
                    Value::Object(o) => {
                        let n = self.count_object(&o, f)?;
                        self.set_result(c, op.result, n);
                    }
                    other => {
                        return Err(self.throw_error(
                            "TypeError",
                            format!(
                                "{f}(): Argument #1 ($value) must be of type Countable|array, {} given",
                                other.type_name()
                            ),
                        ));
                    }
                }
            }
            Opcode::Strlen => {
                let v = self.read(code, c, op.op1);
                let strict = code.oa().flags & miniphp_compiler::flags::STRICT_TYPES != 0;
                let n = match &v {
                    Value::String(s) => s.len(),
                    // A Stringable object is taken as its string, in weak mode only.
                    Value::Object(o) if !strict && o.class.magic.to_string.is_some() => {
                        self.object_to_string(o)?.len()
                    }
                    _ if strict || matches!(v, Value::Array(_) | Value::Object(_)) => {
                        return Err(self.throw_error(
                            "TypeError",
                            format!(
                                "strlen(): Argument #1 ($string) must be of type string, {} given",
                                v.zval_type_name()
                            ),
                        ))
                    }
                    Value::Null | Value::Undef => {
                        self.deprecated("strlen(): Passing null to parameter #1 ($string) of type string is deprecated");
                        0
                    }
                    other => other.to_string_lossy(self.precision).len(),
                };
                self.set_result(c, op.result, Value::Long(n as i64));
            }
            Opcode::ArrayKeyExists => {
                let key = self.read(code, c, op.op1);
                let arr = self.read(code, c, op.op2);
                match arr {
                    Value::Array(a) => {
                        let k = match key {
                            Value::Null => ArrayKey::Str(Rc::new(Vec::new())),
                            k => k.to_array_key(self)?,
                        };
                        self.set_result(c, op.result, Value::from(a.contains_key(&k)));
                    }
                    other => {
                        return Err(self.throw_error(
                            "TypeError",
                            format!(
                                "array_key_exists(): Argument #2 ($array) must be of type array, {} given",
                                other.zval_type_name()
                            ),
                        ))
                    }
                }
            }
            Opcode::InArray => {
                let needle = self.read(code, c, op.op1);
                let hay = self.read(code, c, op.op2);
                // The compiler made the haystack a set: its keys are the values
                // (all strings, or all ints when strict), as zend_compile_func_in_array.
                let strict = op.extended_value != 0;
                let found = match &hay {
                    Value::Array(a) => match &needle {
                        // The set's strings are never integer keys (the compiler
                        // leaves such calls alone), so an int key came from an int.
                        Value::String(s) => match ArrayKey::from_str_value(s) {
                            key @ ArrayKey::Str(_) => a.contains_key(&key),
                            ArrayKey::Int(_) => false,
                        },
                        Value::Long(n) if strict => a.contains_key(&ArrayKey::Int(*n)),
                        _ if strict => false,
                        Value::Null | Value::False => {
                            a.contains_key(&ArrayKey::Str(Rc::new(Vec::new())))
                        }
                        // A Stringable needle is made a string for each key (zend_compare).
                        Value::Object(o) if o.class.magic.to_string.is_some() => {
                            let mut found = false;
                            for k in a.keys() {
                                let s = Value::String(self.object_to_string(o)?);
                                if s.compare(&k.to_value()) == 0 {
                                    found = true;
                                    break;
                                }
                            }
                            found
                        }
                        _ => a.keys().any(|k| needle.compare(&k.to_value()) == 0),
                    },
                    _ => false,
                };
                self.set_result(c, op.result, Value::from(found));
            }
            Opcode::GetType => {
                let v = self.read(code, c, op.op1);
                self.set_result(c, op.result, Value::from(v.gettype()));
            }
            Opcode::GetClass => {
                // `get_class()` without an argument: the class scope.
                if op.op1.kind == OperandKind::Unused {
                    let Some(class) = self.frames[c.fi].class.clone() else {
                        return Err(self.throw_error(
                            "Error",
                            "get_class() without arguments must be called from within a class"
                                .into(),
                        ));
                    };
                    self.set_result(c, op.result, Value::from(class.name.as_ref()));
                    return Ok(Step::Next);
                }
                let v = self.read(code, c, op.op1);
                match v {
                    Value::Object(o) => {
                        self.set_result(c, op.result, Value::from(o.class.name.as_ref()))
                    }
                    other => {
                        return Err(self.throw_error(
                            "TypeError",
                            format!(
                            "get_class(): Argument #1 ($object) must be of type object, {} given",
                            other.type_name()
                        ),
                        ))
                    }
                }
            }
            Opcode::TypeCheck => {
                let v = self.read_quiet(code, c, op.op1);
                if matches!(op.op1.kind, OperandKind::TmpVar | OperandKind::Var) {
                    self.stack[Self::slot(c, op.op1)] = Value::Undef;
                } else if op.op1.kind == OperandKind::Cv
                    && matches!(peek(&self.stack[Self::slot(c, op.op1)]), Value::Undef)
                {
                    self.undefined_var(code, op.op1.value);
                }
                let code_bit = super::function_ops::type_bit(&v);
                let r = op.extended_value & (1 << code_bit) != 0;
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::Defined => {
                let name = code.lits[op.op1.value as usize].to_string_lossy(14);
                let r = self.constant(&name).is_some();
                self.set_result(c, op.result, Value::from(r));
            }
            Opcode::FetchConstant => {
                let name = code.lits[op.op2.value as usize].to_string_lossy(14);
                let v = match self.constant(&name) {
                    Some(v) => v,
                    None => {
                        // Unqualified names in a namespace fall back to the global constant
                        // (the compiler flags them); the error names the namespaced one.
                        let short = name
                            .rsplit(|&b| b == b'\\')
                            .next()
                            .unwrap_or(&name)
                            .to_vec();
                        let fallback = op.op1.value & 0x100 != 0;
                        match self.constant(&short).filter(|_| fallback) {
                            Some(v) => v,
                            None => {
                                return Err(self.throw_error(
                                    "Error",
                                    format!(
                                        "Undefined constant \"{}\"",
                                        String::from_utf8_lossy(&name)
                                    ),
                                ))
                            }
                        }
                    }
                };
                self.set_result(c, op.result, v);
            }
            // ---- foreach ----
            Opcode::FeResetR => {
                if let Some(o) = self.traversable_operand(code, c, op.op1) {
                    return self.fe_reset_traversable(c, op, o, false);
                }
                let v = self.read(code, c, op.op1);
                let arr = match v {
                    Value::Array(a) => a,
                    // A plain object is walked live (Vm::live_prop_at).
                    Value::Object(o) if crate::class::spl::extra_props(&o).is_empty() => {
                        return Ok(self.fe_reset_live_object(c, op, o));
                    }
                    Value::Object(o) => Rc::new(self.visible_props(&o)),
                    other => {
                        self.warning(&format!(
                            "foreach() argument must be of type array|object, {} given",
                            other.type_name()
                        ));
                        return Ok(Step::Jump(op.op2.value as usize));
                    }
                };
                if arr.is_empty() {
                    return Ok(Step::Jump(op.op2.value as usize));
                }
                let slot = Self::slot(c, op.result);
                self.stack[slot] = Value::Array(arr);
                self.set_fe_pos(slot, 0);
            }
            Opcode::FeResetRw => {
                if let Some(o) = self.traversable_operand(code, c, op.op1) {
                    return self.fe_reset_traversable(c, op, o, true);
                }
                let r = self.operand_ref(c, op.op1);
                // A plain object is walked live, each property made a reference in turn.
                let obj = match &*r.borrow() {
                    Value::Object(o) => Some(o.clone()),
                    _ => None,
                };
                if let Some(o) = obj {
                    return Ok(self.fe_reset_live_object(c, op, o));
                }
                let ok = {
                    let mut inner = r.borrow_mut();
                    match &mut *inner {
                        Value::Array(a) => {
                            Rc::make_mut(a);
                            Ok(a.is_empty())
                        }
                        other => Err(other.type_name()),
                    }
                };
                match ok {
                    Err(t) => {
                        self.warning(&format!(
                            "foreach() argument must be of type array|object, {t} given"
                        ));
                        return Ok(Step::Jump(op.op2.value as usize));
                    }
                    Ok(true) => return Ok(Step::Jump(op.op2.value as usize)),
                    Ok(false) => {}
                }
                let slot = Self::slot(c, op.result);
                if let Value::Array(a) = &*r.borrow() {
                    let cell = Rc::as_ptr(&r) as usize;
                    crate::fe_cursor::open(slot, cell, a.addr(), self.stack.len());
                }
                self.stack[slot] = Value::Reference(r);
                self.set_fe_pos(slot, 0);
            }
            Opcode::FeFetchR => {
                let slot = Self::slot(c, op.op1);
                if let Some(it) = self.iterator_in_slot(slot) {
                    return self.fe_fetch_traversable(c, op, it, slot, false);
                }
                let pos = self.fe_pos(slot);
                let entry = match &self.stack[slot] {
                    Value::Array(a) => a.entry_at(pos).map(|(p, k, v)| (p, k, v.deref())),
                    Value::Object(o) => self.live_prop_at(o, pos),
                    _ => None,
                };
                let Some((p, k, v)) = entry else {
                    return Ok(Step::Jump(op.extended_value as usize));
                };
                self.set_fe_pos(slot, p + 1);
                self.set_result(c, op.op2, v);
                if op.result.kind != OperandKind::Unused {
                    self.set_result(c, op.result, k.to_value());
                }
            }
            Opcode::FeFetchRw => {
                let slot = Self::slot(c, op.op1);
                if let Some(it) = self.iterator_in_slot(slot) {
                    return self.fe_fetch_traversable(c, op, it, slot, true);
                }
                let pos = self.fe_pos(slot);
                let found = match &self.stack[slot] {
                    Value::Object(o) => {
                        let o = o.clone();
                        self.live_prop_ref_at(&o, pos)?
                    }
                    Value::Reference(r) => {
                        let cell = Rc::as_ptr(r) as usize;
                        let mut inner = r.borrow_mut();
                        match &mut *inner {
                            Value::Array(a) => {
                                let a = Rc::make_mut(a);
                                // The loop body may have moved elements (fe_cursor).
                                let pos = crate::fe_cursor::pos(slot, cell).unwrap_or(pos);
                                let found = a.entry_at(pos).map(|(p, k, _)| (p, k));
                                if let Some((p, _)) = found {
                                    crate::fe_cursor::set(slot, cell, a.addr(), p + 1);
                                }
                                match found {
                                    Some((p, k)) => a.value_at_mut(p).map(|v| (p, k, make_ref(v))),
                                    None => None,
                                }
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                let Some((p, k, r)) = found else {
                    return Ok(Step::Jump(op.extended_value as usize));
                };
                self.set_fe_pos(slot, p + 1);
                let target = Self::slot(c, op.op2);
                self.stack[target] = Value::Reference(r);
                if op.result.kind != OperandKind::Unused {
                    self.set_result(c, op.result, k.to_value());
                }
            }
            // ---- exceptions ----
            Opcode::Throw => {
                let v = self.read(code, c, op.op1);
                return match v {
                    Value::Object(o) if o.class.instance_of_name(b"throwable") => {
                        Err(Unwind::Throw(o))
                    }
                    Value::Object(_) => Err(self.throw_error(
                        "Error",
                        "Cannot throw objects that do not implement Throwable".into(),
                    )),
                    _ => Err(self.throw_error("Error", "Can only throw objects".into())),
                };
            }
            Opcode::Catch => {
                let class = code.lits[op.op1.value as usize].to_string_lossy(14);
                let class = String::from_utf8_lossy(&class).into_owned();
                let Some(e) = self.exception.clone() else {
                    return Ok(Step::Next);
                };
                if e.class.instance_of_name(&lower(class.as_bytes())) {
                    self.exception = None;
                    if op.result.kind != OperandKind::Unused {
                        let slot = Self::slot(c, op.result);
                        assign_slot(&mut self.stack[slot], Value::Object(e));
                    }
                } else if op.extended_value & ZEND_LAST_CATCH != 0 {
                    self.exception = None;
                    return Err(Unwind::Throw(e));
                } else {
                    return Ok(Step::Jump(op.op2.value as usize));
                }
            }
            Opcode::FastCall => {
                self.set_result(c, op.result, Value::Long(*ip as i64 + 1));
                return Ok(Step::Jump(op.op1.value as usize));
            }
            Opcode::FastRet => {
                let slot = Self::slot(c, op.op1);
                match std::mem::take(&mut self.stack[slot]) {
                    // -1: a `finally` run to close a generator ends: close on.
                    Value::Long(ret) if ret < 0 => {
                        return Ok(Step::Jump(self.close_target(code, c, *ip)))
                    }
                    Value::Long(ret) => return Ok(Step::Jump(ret as usize)),
                    Value::Object(e) => return Err(Unwind::Throw(e)),
                    _ => {}
                }
            }
            Opcode::DiscardException => {
                let slot = Self::slot(c, op.op1);
                self.stack[slot] = Value::Undef;
            }
            Opcode::FetchObjR | Opcode::FetchObjIs => self.op_fetch_obj_r(code, c, op)?,
            Opcode::AssignObj => {
                self.op_assign_obj(code, c, op, &code.ops()[*ip + 1])?;
                return Ok(Step::Skip);
            }
            Opcode::AssignObjOp => {
                self.op_assign_obj_op(code, c, op, &code.ops()[*ip + 1])?;
                return Ok(Step::Skip);
            }
            Opcode::PreIncObj | Opcode::PreDecObj | Opcode::PostIncObj | Opcode::PostDecObj => {
                self.op_incdec_obj(code, c, op)?
            }
            Opcode::InitStaticMethodCall => self.op_init_static_method_call(code, c, op)?,
            Opcode::IncludeOrEval => return self.include_or_eval(code, c, op, ip),
            other => {
                if let Some(step) = self.dispatch_objects(code, c, op, ip)? {
                    return Ok(step);
                }
                return Err(
                    self.throw_error("Error", format!("Unsupported opcode {}", other.name()))
                );
            }
        }
        Ok(Step::Next)
    }

    // ---- call helpers ----

    /// RECV / RECV_INIT: check the argument was passed (or take the default) and
    /// coerce it to the declared type.
    #[inline(never)]
    pub(super) fn op_recv(&mut self, code: &Code<'_>, c: Ctx, op: &Op) -> Result<(), Unwind> {
        let n = op.op1.value;
        let f = &self.frames[c.fi];
        let passed = f.num_args;
        let slot = Self::slot(c, op.result);
        if n > passed || matches!(self.stack[slot], Value::Undef) {
            if op.opcode == Opcode::RecvInit {
                let lit = code.oa().literals.start + op.op2.value;
                match code.view.literals[lit as usize] {
                    // A constant expression: evaluated in the function's class scope,
                    // then type-checked below as an argument (a literal was at compile
                    // time).
                    miniphp_compiler::Literal::ConstExpr(idx) => {
                        let scope = self.frames[c.fi].class.clone();
                        self.stack[slot] = self.eval_in_scope(code.script, idx, scope.as_ref())?;
                    }
                    _ => {
                        self.stack[slot] = code.lits[op.op2.value as usize].clone();
                        return Ok(());
                    }
                }
            } else if n <= passed {
                // A gap left by named arguments.
                let name = String::from_utf8_lossy(code.view.str(code.oa().name)).into_owned();
                let ai = code.view.arg_infos[(code.oa().arg_infos.start + n - 1) as usize];
                let param = String::from_utf8_lossy(code.view.str(ai.name)).into_owned();
                let class = self.frames[c.fi]
                    .class
                    .as_ref()
                    .map_or(String::new(), |c| format!("{}::", c.name));
                return Err(self.throw_error(
                    "ArgumentCountError",
                    format!("{class}{name}(): Argument #{n} (${param}) not passed"),
                ));
            } else {
                return Err(self.too_few_args(code, c));
            }
        }
        let infos = code.oa().arg_infos;
        let ai =
            (n >= 1 && n <= infos.len).then(|| code.view.arg_infos[(infos.start + n - 1) as usize]);
        if let Some(ai) = ai {
            if ai.by_ref {
                if let Value::Reference(r) = &self.stack[slot] {
                    let r = r.clone();
                    return self.check_ref_arg(code, c, n, &ai, &r);
                }
            }
            if ai.ty.class_names.len > 0 && !ai.by_ref {
                if let Value::Object(o) = peek(&self.stack[slot]) {
                    if !self.object_fits(code.view, &ai.ty, &o, c.fi) {
                        return Err(self.arg_type_error(code, c, n, &ai, &Value::Object(o)));
                    }
                }
            }
            if ai.ty.mask & TypeDecl::DECLARED != 0
                && !ai.by_ref
                && !accepts_as_is(&ai.ty, &self.stack[slot])
            {
                let v = std::mem::take(&mut self.stack[slot]);
                let strict = self.called_strictly(c.fi);
                match coerce(self, &ai.ty, v.clone(), strict)? {
                    Some(v) => self.stack[slot] = v,
                    None => {
                        self.stack[slot] = v.clone();
                        return Err(self.arg_type_error(code, c, n, &ai, &v));
                    }
                }
            }
        }
        Ok(())
    }

    /// A typed by-reference parameter: the referenced value is checked, and coerced in
    /// place in weak mode (zend_verify_arg_type on the dereferenced zval).
    fn check_ref_arg(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        n: u32,
        ai: &miniphp_compiler::ArgInfo,
        r: &PhpRef,
    ) -> Result<(), Unwind> {
        if ai.ty.mask & TypeDecl::DECLARED == 0 {
            return Ok(());
        }
        let v = r.borrow().clone();
        if let Value::Object(o) = &v {
            if ai.ty.class_names.len > 0 && !self.object_fits(code.view, &ai.ty, o, c.fi) {
                return Err(self.arg_type_error(code, c, n, ai, &v));
            }
        }
        if accepts_as_is(&ai.ty, &v) {
            return Ok(());
        }
        let strict = self.called_strictly(c.fi);
        match coerce(self, &ai.ty, v.clone(), strict)? {
            Some(nv) => {
                *r.borrow_mut() = nv;
                Ok(())
            }
            None => Err(self.arg_type_error(code, c, n, ai, &v)),
        }
    }

    /// Whether frame `fi`'s arguments follow strict typing: its caller is PHP code
    /// (not a built-in calling back) compiled with `declare(strict_types=1)`.
    fn called_strictly(&self, fi: usize) -> bool {
        fi > 0 && !self.native_calls.iter().any(|n| n.depth == fi) && self.frame_is_strict(fi - 1)
    }

    /// Whether frame `fi` runs code compiled with `declare(strict_types=1)`.
    pub(crate) fn frame_is_strict(&self, fi: usize) -> bool {
        let (_, oa) = self.op_array_of(&self.frames[fi]);
        oa.flags & miniphp_compiler::flags::STRICT_TYPES != 0
    }

    /// RECV_VARIADIC: coerce the collected arguments to the variadic parameter's type.
    fn coerce_variadic(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        extra: &mut [Value],
    ) -> Result<(), Unwind> {
        let infos = code.oa().arg_infos;
        let declared = code.oa().num_args;
        if infos.len <= declared {
            return Ok(());
        }
        let ai = code.view.arg_infos[(infos.start + declared) as usize];
        if ai.ty.mask & TypeDecl::DECLARED == 0 {
            return Ok(());
        }
        if ai.by_ref {
            for (i, slot) in extra.iter().enumerate() {
                if let Value::Reference(r) = slot {
                    self.check_ref_arg(code, c, declared + 1 + i as u32, &ai, r)?;
                }
            }
            return Ok(());
        }
        let strict = self.called_strictly(c.fi);
        for (i, slot) in extra.iter_mut().enumerate() {
            let v = std::mem::take(slot);
            match coerce(self, &ai.ty, v.clone(), strict)? {
                Some(v) => *slot = v,
                None => {
                    let n = declared + 1 + i as u32;
                    return Err(self.arg_type_error(code, c, n, &ai, &v));
                }
            }
        }
        Ok(())
    }

    /// FE_RESET_R/RW of a plain object: walked live ([`Vm::live_prop_at`]), the
    /// iterator slot holding the object itself; past the loop when nothing is visible.
    fn fe_reset_live_object(&mut self, c: Ctx, op: &Op, o: Rc<PhpObject>) -> Step {
        if self.live_prop_pos(&o, 0).is_none() {
            return Step::Jump(op.op2.value as usize);
        }
        let slot = Self::slot(c, op.result);
        self.stack[slot] = Value::Object(o);
        self.set_fe_pos(slot, 0);
        Step::Next
    }

    #[inline(always)]
    pub(super) fn begin_call(&mut self, func: Func) {
        let args_base = self.stack.len();
        push_in_place(&mut self.calls, move || Call::new(func, args_base, 0));
    }

    #[inline(always)]
    fn push_arg(&mut self, v: Value) {
        if let Some(call) = self.calls.last_mut() {
            call.num_args += 1;
            self.stack.push(v);
        }
    }

    /// SEND_*: positional (op2 = position) or named (op2 = CONST name).
    #[inline(always)]
    pub(super) fn send(&mut self, code: &Code<'_>, op: &Op, v: Value) {
        if op.op2.kind == OperandKind::Const {
            if let Value::String(name) = &code.lits[op.op2.value as usize] {
                if let Some(call) = self.calls.last_mut() {
                    call.rare_mut().named.push((name.clone(), v));
                }
                return;
            }
        }
        self.push_arg(v);
    }

    /// RETURN_BY_REF: `function &f()` hands its caller the variable itself; anything else
    /// (a value, a by-value call's result) with PHP's notice.
    pub(super) fn return_by_ref(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        to_caller: bool,
    ) -> Value {
        let variable = match op.op1.kind {
            OperandKind::Cv => true,
            OperandKind::Var => matches!(self.stack[Self::slot(c, op.op1)], Value::Reference(_)),
            _ => false,
        };
        if !variable {
            self.notice("Only variable references should be returned by reference");
            let v = self.read(code, c, op.op1);
            return if to_caller {
                Value::Reference(new_ref(v))
            } else {
                v
            };
        }
        if to_caller {
            Value::Reference(self.operand_ref(c, op.op1))
        } else {
            self.read(code, c, op.op1)
        }
    }

    /// SEND_VAL_EX: a value, unlike a variable, cannot go to a by-reference parameter.
    pub(super) fn op_send_val_ex(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Result<(), Unwind> {
        // Internal functions may prefer a reference but accept a value (`extract`).
        let user = self.calls.last().and_then(|call| match call.func {
            Func::User { script, op_array } => Some((script, op_array)),
            Func::Builtin(_) | Func::Native(_) => None,
        });
        if let Some(msg) = self.builtin_must_take_ref(op) {
            return Err(self.throw_error("Error", msg));
        }
        if let Some((script, op_array)) = user {
            let n = self.arg_position(code, op, None);
            // The shape's bit mask answers without looking at the call record again.
            let by_ref = match self.scripts[script as usize].shapes.get(op_array as usize) {
                Some(shape) if n < crate::include::BY_REF_BITS => shape.by_ref >> n & 1 != 0,
                _ => self.arg_by_ref(n),
            };
            if by_ref {
                let (mut func, param) = self.user_param_name(script, op_array, n);
                // A method is named with its scope, as Zend's get_function_or_method_name.
                if let Some(scope) = self.calls.last().and_then(|call| call.class.as_ref()) {
                    func = format!("{}::{func}", scope.name);
                }
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "{func}(): Argument #{} (${param}) cannot be passed by reference",
                        n + 1
                    ),
                ));
            }
        }
        let v = self.read(code, c, op.op1);
        self.send(code, op, v);
        Ok(())
    }

    /// For SEND_VAL_EX to a built-in's by-reference parameter (not a PREFER_REF one):
    /// PHP's "cannot be passed by reference" message.
    fn builtin_must_take_ref(&self, op: &Op) -> Option<String> {
        let call = self.calls.last()?;
        let Func::Builtin(spec) = call.func else {
            return None;
        };
        let n = call.num_args as usize;
        if op.op2.kind == OperandKind::Const || !spec.arg_by_ref(n) || spec.prefers_ref() {
            return None;
        }
        let param = spec.params.get(n).or(spec.params.last())?;
        Some(format!(
            "{}(): Argument #{} (${param}) cannot be passed by reference",
            spec.name,
            n + 1
        ))
    }

    /// The name of user function `op_array` and of its parameter `n` (0-based, or the
    /// variadic one).
    fn user_param_name(&self, script: u32, op_array: u32, n: usize) -> (String, String) {
        let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        let view = self.scripts[script as usize].view();
        let oa = &view.op_arrays[op_array as usize];
        let infos = &view.arg_infos[oa.arg_infos.indices()];
        let param = infos.get(n).or(infos.last());
        (
            lossy(view.str(oa.name)),
            param.map_or(String::new(), |ai| lossy(view.str(ai.name))),
        )
    }

    /// The 0-based parameter a SEND_* / CHECK_FUNC_ARG `op` fills: a named argument's
    /// (op2 its CONST name; one matching no parameter goes past them all, to a variadic
    /// one), else `positional` or the next one.
    fn arg_position(&self, code: &Code<'_>, op: &Op, positional: Option<usize>) -> usize {
        let Some(call) = self.calls.last() else {
            return 0;
        };
        let name = match (&op.op2.kind, code.lits.get(op.op2.value as usize)) {
            (OperandKind::Const, Some(Value::String(name))) => name,
            _ => return positional.unwrap_or(call.num_args as usize),
        };
        let (found, declared) = match call.func {
            Func::Builtin(spec) => (spec.param_position(name), spec.params.len()),
            Func::Native(m) => (
                m.params.iter().position(|p| p.as_bytes() == &name[..]),
                m.params.len(),
            ),
            Func::User { script, op_array } => {
                let view = self.scripts[script as usize].view();
                let oa = &view.op_arrays[op_array as usize];
                let infos = &view.arg_infos[oa.arg_infos.indices()];
                let at = infos
                    .iter()
                    .position(|ai| !ai.variadic && view.str(ai.name) == &name[..]);
                (at, infos.len())
            }
        };
        found.unwrap_or(declared)
    }

    /// Whether parameter `n` (0-based) of the call being set up is by reference.
    /// The call being set up is to a built-in whose by-reference parameters also take
    /// values (`extract`).
    fn arg_prefers_ref(&self) -> bool {
        matches!(self.calls.last().map(|c| c.func), Some(Func::Builtin(b)) if b.prefers_ref())
    }

    fn arg_by_ref(&self, n: usize) -> bool {
        let Some(call) = self.calls.last() else {
            return false;
        };
        match call.func {
            Func::Builtin(spec) => spec.arg_by_ref(n),
            Func::Native(m) => m.by_ref.contains(&(n as u8)),
            Func::User { script, op_array } => {
                let shape = &self.scripts[script as usize].shapes[op_array as usize];
                if n < crate::include::BY_REF_BITS {
                    return shape.by_ref >> n & 1 != 0;
                }
                let view = self.scripts[script as usize].view();
                let oa = &view.op_arrays[op_array as usize];
                let infos = &view.arg_infos[oa.arg_infos.indices()];
                match infos.get(n) {
                    Some(ai) => ai.by_ref,
                    None => infos.last().is_some_and(|ai| ai.variadic && ai.by_ref),
                }
            }
        }
    }

    pub(super) fn resolve_call_literal(
        &mut self,
        code: &Code<'_>,
        op: &Op,
    ) -> Result<Func, Unwind> {
        let lit = op.op2.value as usize;
        let abs = code.oa().literals.start as usize + lit;
        if let Some(Some(f)) = self
            .fn_cache
            .get(code.script as usize)
            .and_then(|c| c.get(abs))
        {
            return Ok(*f);
        }
        let name = code.lits[lit].to_string_lossy(14);
        let found = self.lookup_function(&name).or_else(|| {
            if op.opcode == Opcode::InitNsFcallByName {
                let short = name.rsplit(|&b| b == b'\\').next().unwrap_or(&name);
                self.lookup_function(short)
            } else {
                None
            }
        });
        match found {
            Some(f) => {
                let script = code.script as usize;
                if self.fn_cache.len() <= script {
                    self.fn_cache.resize(script + 1, Vec::new());
                }
                let cache = &mut self.fn_cache[script];
                if cache.len() <= abs {
                    cache.resize(code.view.literals.len(), None);
                }
                cache[abs] = Some(f);
                Ok(f)
            }
            None => {
                let shown = if op.opcode == Opcode::InitNsFcallByName {
                    name.clone()
                } else {
                    name.strip_prefix(b"\\").unwrap_or(&name).to_vec()
                };
                Err(self.throw_error(
                    "Error",
                    format!(
                        "Call to undefined function {}()",
                        String::from_utf8_lossy(&shown)
                    ),
                ))
            }
        }
    }

    #[inline(never)]
    pub(super) fn do_call(&mut self, c: Ctx, op: &Op, ip: &mut usize) -> Result<Step, Unwind> {
        if let Some(spec) = self.plain_builtin_call() {
            let v = self.run_plain_builtin(spec, c.fi)?;
            self.set_result(c, op.result, v);
            return Ok(Step::Next);
        }
        let Some(mut call) = self.calls.pop() else {
            return Ok(Step::Next);
        };
        if call.trampoline().is_some() {
            self.pack_trampoline(&mut call);
        }
        match call.func {
            Func::Native(m) => {
                let mut args: Vec<Value> = self.stack.drain(call.args_base..).collect();
                if !call.named().is_empty() {
                    let named = call.take_named();
                    self.place_named_native(m, &mut args, named)?;
                }
                let v = self.call_native_method(m, &mut call, &mut args)?;
                self.set_result(c, op.result, v);
                Ok(Step::Next)
            }
            Func::Builtin(spec) => {
                let mut args = std::mem::take(&mut self.arg_pool);
                args.extend(self.stack.drain(call.args_base..));
                if call.rare.as_ref().is_some_and(|r| r.dynamic) {
                    if let Some(e) = self.refuse_dynamic_call(spec, &args) {
                        args.clear();
                        return Err(e);
                    }
                }
                if !call.named().is_empty() {
                    if let Err(e) = self.place_named_builtin(spec, &mut args, call.named()) {
                        args.clear();
                        return Err(e);
                    }
                }
                let r = self.call_builtin(spec, &mut args);
                args.clear();
                if self.arg_pool.capacity() < args.capacity() {
                    self.arg_pool = args;
                }
                let v = r?;
                self.set_result(c, op.result, v);
                Ok(Step::Next)
            }
            Func::User { script, op_array } => {
                if !call.named().is_empty() {
                    self.place_named_user(script, op_array, &mut call)?;
                }
                self.frames[c.fi].ip = (*ip + 1) as u32;
                let ret = (op.result.kind != OperandKind::Unused).then(|| Self::slot(c, op.result));
                self.push_call_frame(script, op_array, call, ret)?;
                Ok(Step::SwitchFrame)
            }
        }
    }

    pub(super) fn place_named_builtin(
        &mut self,
        spec: &'static BuiltinSpec,
        args: &mut Vec<Value>,
        named: &[(Rc<Vec<u8>>, Value)],
    ) -> Result<(), Unwind> {
        for (name, v) in named {
            match spec.param_position(name) {
                Some(p) => {
                    // Skipped parameters stay unpassed (their defaults apply).
                    if args.len() <= p {
                        args.resize(p + 1, Value::Undef);
                    }
                    args[p] = v.clone();
                }
                // call_user_func passes what its variadic collects on, by name.
                None if spec.variadic && FORWARDS_NAMED.contains(&spec.name) => {
                    self.named_extra.push((name.clone(), v.clone()));
                }
                // A class without constructor takes extra arguments, but no names.
                None if spec.variadic && !super::objects::is_pass(spec) => {
                    return Err(self.throw_error(
                        "ArgumentCountError",
                        format!("{}() does not accept unknown named parameters", spec.name),
                    ))
                }
                None => {
                    return Err(self.throw_error(
                        "Error",
                        format!("Unknown named parameter ${}", String::from_utf8_lossy(name)),
                    ))
                }
            }
        }
        let missing =
            (0..spec.required as usize).find(|&i| matches!(args.get(i), Some(Value::Undef)));
        if let Some(i) = missing {
            return Err(self.throw_error(
                "ArgumentCountError",
                format!(
                    "{}(): Argument #{} (${}) not passed",
                    spec.name,
                    i + 1,
                    spec.params.get(i).unwrap_or(&"")
                ),
            ));
        }
        Ok(())
    }

    /// Named arguments of a native method: by parameter name; a variadic one passes
    /// the others on by name (`Closure::call`, `__invoke`) in `Vm::named_extra`.
    pub(super) fn place_named_native(
        &mut self,
        m: &'static crate::class::NativeMethod,
        args: &mut Vec<Value>,
        named: Vec<(Rc<Vec<u8>>, Value)>,
    ) -> Result<(), Unwind> {
        let fixed = m.params.len() - usize::from(m.variadic);
        for (name, v) in named {
            match m.params[..fixed]
                .iter()
                .position(|p| p.as_bytes() == name.as_slice())
            {
                Some(p) => {
                    if args.len() <= p {
                        args.resize(p + 1, Value::Undef);
                    }
                    args[p] = v;
                }
                None if m.variadic => self.named_extra.push((name, v)),
                None => {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Unknown named parameter ${}",
                            String::from_utf8_lossy(&name)
                        ),
                    ))
                }
            }
        }
        Ok(())
    }

    pub(super) fn place_named_user(
        &mut self,
        script: u32,
        op_array: u32,
        call: &mut Call,
    ) -> Result<(), Unwind> {
        let view = self.scripts[script as usize].view();
        let oa = view.op_arrays[op_array as usize];
        let names: Vec<Vec<u8>> = view.arg_infos[oa.arg_infos.indices()]
            .iter()
            .map(|ai| view.str(ai.name).to_vec())
            .collect();
        let variadic = oa.flags & miniphp_compiler::flags::VARIADIC != 0;
        let declared = oa.num_args as usize;
        let mut collected = Vec::new();
        for (name, v) in call.take_named() {
            let p = names[..declared.min(names.len())]
                .iter()
                .position(|n| n.as_slice() == name.as_slice());
            let Some(p) = p else {
                // A variadic parameter collects unknown names as string keys.
                if variadic {
                    collected.push((name, v));
                    continue;
                }
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Unknown named parameter ${}",
                        String::from_utf8_lossy(&name)
                    ),
                ));
            };
            if p < call.num_args as usize
                && !matches!(
                    self.stack.get(call.args_base + p),
                    Some(Value::Undef) | None
                )
            {
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Named parameter ${} overwrites previous argument",
                        String::from_utf8_lossy(&name)
                    ),
                ));
            }
            let need = call.args_base + p + 1;
            if self.stack.len() < need {
                self.stack.resize(need, Value::Undef);
                call.num_args = (p + 1) as u32;
            }
            self.stack[call.args_base + p] = v;
        }
        if !collected.is_empty() {
            call.rare_mut().named = collected;
        }
        Ok(())
    }

    /// The TypeError of VERIFY_RETURN_TYPE: `given` is the value's type name, or "none".
    /// The type is shown resolved: `self`/`parent` as the scope's classes, `static` as
    /// the called class (Zend's `zend_type_to_string_resolved`).
    fn return_type_error(&mut self, code: &Code<'_>, c: Ctx, ty: &TypeDecl, given: &str) -> Unwind {
        let name = String::from_utf8_lossy(code.view.str(code.oa().name));
        let class = self.frames[c.fi]
            .class
            .as_ref()
            .map_or(String::new(), |k| format!("{}::", k.name));
        let t = self.resolved_type_string(code.view, ty, c.fi);
        let msg = format!("{class}{name}(): Return value must be of type {t}, {given} returned");
        self.throw_error("TypeError", msg)
    }

    /// A declared type as Zend's `zend_type_to_string_resolved` shows it in errors:
    /// `self`/`parent` as frame `fi`'s scope classes, `static` as its called class.
    fn resolved_type_string(&self, view: &ScriptView<'_>, ty: &TypeDecl, fi: usize) -> String {
        let frame = &self.frames[fi];
        let scope = frame.class.as_ref();
        let mut parts: Vec<String> = view.type_names[ty.class_names.indices()]
            .iter()
            .map(|r| {
                let n = String::from_utf8_lossy(view.str(*r)).into_owned();
                let resolved = match n.to_ascii_lowercase().as_str() {
                    "self" => scope.map(|k| k.name.to_string()),
                    "parent" => scope
                        .and_then(|k| k.parent.as_ref())
                        .map(|p| p.name.to_string()),
                    _ => None,
                };
                resolved.unwrap_or(n)
            })
            .collect();
        let mut mask = ty.mask;
        if let Some(called) = frame
            .static_class
            .as_ref()
            .filter(|_| mask & TypeDecl::STATIC != 0)
        {
            parts.push(called.name.to_string());
            mask &= !TypeDecl::STATIC;
        }
        format_type(parts, mask)
    }

    fn too_few_args(&mut self, code: &Code<'_>, c: Ctx) -> Unwind {
        let f = &self.frames[c.fi];
        let passed = f.num_args;
        let call_line = f.call_line;
        let caller_file = if c.fi > 0 {
            self.scripts[self.frames[c.fi - 1].script as usize]
                .path
                .to_string()
        } else {
            String::new()
        };
        let oa = code.oa();
        let kind = if oa.required_num_args == oa.num_args
            && oa.flags & miniphp_compiler::flags::VARIADIC == 0
        {
            "exactly"
        } else {
            "at least"
        };
        let mut name = String::from_utf8_lossy(code.view.str(oa.name)).into_owned();
        if let Some(scope) = &f.class {
            name = format!("{}::{name}", scope.name);
        }
        // Called by a built-in (call_user_func, ReflectionMethod::invoke): no call site.
        let by_builtin = self.native_calls.last().is_some_and(|n| n.depth == c.fi);
        let site = if by_builtin {
            String::new()
        } else {
            format!(" in {caller_file} on line {call_line}")
        };
        self.throw_error(
            "ArgumentCountError",
            format!(
                "Too few arguments to function {name}(), {passed} passed{site} and {kind} {} expected",
                oa.required_num_args
            ),
        )
    }

    fn arg_type_error(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        n: u32,
        ai: &miniphp_compiler::ArgInfo,
        v: &Value,
    ) -> Unwind {
        let f = &self.frames[c.fi];
        let call_line = f.call_line;
        let caller_file = if c.fi > 0 {
            self.scripts[self.frames[c.fi - 1].script as usize]
                .path
                .to_string()
        } else {
            String::new()
        };
        let mut name = String::from_utf8_lossy(code.view.str(code.oa().name)).into_owned();
        if let Some(scope) = &f.class {
            name = format!("{}::{name}", scope.name);
        }
        // Zend prints the name as a C string: an anonymous class's stops at its NUL.
        name.truncate(name.find('\0').unwrap_or(name.len()));
        // Arguments collected by a variadic parameter are not named in the message.
        let pname = if n > code.oa().num_args {
            String::new()
        } else {
            format!(" (${})", String::from_utf8_lossy(code.view.str(ai.name)))
        };
        let ty = self.resolved_type_string(code.view, &ai.ty, c.fi);
        // Called by a built-in (array_walk, call_user_func): no call site, as in PHP.
        let by_builtin = self.native_calls.last().is_some_and(|n| n.depth == c.fi);
        let site = if by_builtin {
            String::new()
        } else {
            format!(", called in {caller_file} on line {call_line}")
        };
        self.throw_error(
            "TypeError",
            format!(
                "{name}(): Argument #{n}{pname} must be of type {ty}, {} given{site}",
                v.zval_type_name()
            ),
        )
    }

    /// The arguments a frame received, current values (`func_get_args`).
    pub(crate) fn frame_args(&self, fi: usize) -> Vec<Value> {
        let f = &self.frames[fi];
        let (_, oa) = self.op_array_of(f);
        let declared = (oa.num_args as usize).min(f.num_args as usize);
        let mut args: Vec<Value> = (0..declared)
            .map(|i| match peek(&self.stack[f.base + i]) {
                Value::Undef => Value::Null,
                v => v,
            })
            .collect();
        args.extend(f.extra_args().iter().map(Value::deref));
        args
    }

    // ---- array helpers ----

    fn next_element_occupied(&mut self) -> Unwind {
        self.throw_error(
            "Error",
            "Cannot add element to the array as the next element is already occupied".into(),
        )
    }

    /// `$c[$k]` for reading.
    fn dim_read(&mut self, cont: &Value, key: &Value, mode: DimMode) -> Result<Value, Unwind> {
        match cont {
            Value::Array(a) => {
                let k = match key {
                    Value::Long(n) => ArrayKey::Int(*n),
                    Value::String(s) => ArrayKey::from_str_value(s),
                    other => other.to_array_key(self)?,
                };
                match a.get(&k) {
                    Some(v) => Ok(v.deref()),
                    None => {
                        if mode == DimMode::Read {
                            self.warning(&format!("Undefined array key {}", key_display(&k)));
                        }
                        Ok(Value::Null)
                    }
                }
            }
            Value::String(s) => {
                let off = match self.string_offset(key, mode)? {
                    Some(o) => o,
                    None => return Ok(Value::Null),
                };
                let len = s.len() as i64;
                let idx = if off < 0 { len + off } else { off };
                if idx < 0 || idx >= len {
                    if mode == DimMode::Read {
                        self.warning(&format!("Uninitialized string offset {off}"));
                        return Ok(Value::from(""));
                    }
                    return Ok(Value::Null);
                }
                Ok(Value::from(vec![s[idx as usize]]))
            }
            Value::Reference(r) => {
                let inner = r.borrow().clone();
                self.dim_read(&inner, key, mode)
            }
            Value::Object(o) => {
                let o = o.clone();
                // `??` and isset-style reads ask offsetExists first.
                if mode == DimMode::Quiet && !self.offset_isset(&o, key, false)? {
                    return Ok(Value::Null);
                }
                self.offset_get(&o, Some(key.clone()))
            }
            other => {
                if mode == DimMode::Read {
                    self.warning(&format!(
                        "Trying to access array offset on value of type {}",
                        other.type_name()
                    ));
                }
                Ok(Value::Null)
            }
        }
    }

    fn dim_exists(&mut self, cont: &Value, key: &Value) -> bool {
        match cont {
            Value::Array(a) => {
                let k = match key {
                    Value::Long(n) => ArrayKey::Int(*n),
                    Value::String(s) => ArrayKey::from_str_value(s),
                    Value::Null => ArrayKey::Str(Rc::new(Vec::new())),
                    Value::Double(d) => ArrayKey::Int(crate::numeric::dval_to_lval(*d)),
                    Value::True => ArrayKey::Int(1),
                    Value::False => ArrayKey::Int(0),
                    _ => return false,
                };
                a.contains_key(&k)
            }
            Value::String(s) => {
                let off = match key {
                    Value::Long(n) => *n,
                    Value::String(k) => match crate::numeric::parse_numeric(k) {
                        crate::numeric::Numeric::Full(crate::numeric::Num::Long(n)) => n,
                        _ => return false,
                    },
                    Value::Double(d) => *d as i64,
                    Value::True => 1,
                    Value::False => 0,
                    _ => return false,
                };
                let len = s.len() as i64;
                let idx = if off < 0 { len + off } else { off };
                idx >= 0 && idx < len
            }
            Value::Reference(r) => {
                let inner = r.borrow().clone();
                self.dim_exists(&inner, key)
            }
            _ => false,
        }
    }

    /// A string offset from a key value; TypeError for non-integer strings.
    fn string_offset(&mut self, key: &Value, mode: DimMode) -> Result<Option<i64>, Unwind> {
        Ok(Some(match key {
            Value::Long(n) => *n,
            Value::String(k) => match crate::numeric::parse_numeric(k) {
                crate::numeric::Numeric::Full(crate::numeric::Num::Long(n)) => n,
                // An integer prefix (`"1x"`) is used, with a warning outside isset/??.
                crate::numeric::Numeric::Leading(crate::numeric::Num::Long(n)) => {
                    if mode == DimMode::Read {
                        self.warning(&format!(
                            "Illegal string offset \"{}\"",
                            String::from_utf8_lossy(k)
                        ));
                    }
                    n
                }
                _ => {
                    if mode == DimMode::Quiet {
                        return Ok(None);
                    }
                    return Err(self.throw_error(
                        "TypeError",
                        "Cannot access offset of type string on string".into(),
                    ));
                }
            },
            Value::Double(d) => {
                if mode == DimMode::Read {
                    self.warning("String offset cast occurred");
                }
                *d as i64
            }
            Value::Null | Value::Undef | Value::False | Value::True => {
                if mode == DimMode::Read {
                    self.warning("String offset cast occurred");
                }
                key.to_long()
            }
            other => {
                if mode == DimMode::Quiet {
                    return Ok(None);
                }
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Cannot access offset of type {} on string",
                        other.type_name()
                    ),
                ));
            }
        }))
    }

    /// Turn a write target into an array as `$x[] = …` does.
    fn autovivify(&mut self, cont: &mut Value) -> Result<(), Unwind> {
        match cont {
            Value::Array(_) => Ok(()),
            Value::Undef | Value::Null => {
                *cont = Value::empty_array();
                Ok(())
            }
            Value::False => {
                self.deprecated("Automatic conversion of false to array is deprecated");
                *cont = Value::empty_array();
                Ok(())
            }
            Value::String(s) if s.is_empty() => {
                *cont = Value::empty_array();
                Ok(())
            }
            Value::String(_) => {
                Err(self.throw_error("Error", "Cannot use string offset as an array".into()))
            }
            Value::Object(o) => {
                let msg = format!("Cannot use object of type {} as array", o.class.name);
                Err(self.throw_error("Error", msg))
            }
            _ => Err(self.throw_error("Error", "Cannot use a scalar value as an array".into())),
        }
    }

    /// The element `$c[$k]` (or `$c[]`) as a reference, created if missing.
    fn dim_ref(
        &mut self,
        cont: &mut Value,
        key: Option<Value>,
        rw: bool,
    ) -> Result<(PhpRef, Option<ArrayKey>), Unwind> {
        if let Value::Object(o) = cont {
            let o = o.clone();
            return Ok((self.offset_ref(&o, key)?, None));
        }
        self.autovivify(cont)?;
        let Value::Array(a) = cont else {
            unreachable!("autovivify leaves an array")
        };
        match key {
            None => {
                let arr = Rc::make_mut(a);
                let Some(next) = arr.next_free() else {
                    return Err(self.next_element_occupied());
                };
                let slot = arr.entry(ArrayKey::Int(next));
                Ok((make_ref(slot), Some(ArrayKey::Int(next))))
            }
            Some(k) => {
                let k = k.to_array_key(self)?;
                if rw && !a.contains_key(&k) {
                    self.warning(&format!("Undefined array key {}", key_display(&k)));
                }
                let arr = Rc::make_mut(a);
                let slot = arr.entry(k.clone());
                Ok((make_ref(slot), Some(k)))
            }
        }
    }

    /// `$a[$k] = &$x`: replace the element fetched for writing by a reference.
    /// The name and the scope (the frame whose variables it is among) of a variable
    /// named at run time (FETCH_*, UNSET_VAR, ISSET_ISEMPTY_VAR).
    fn named_var(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
    ) -> Result<(crate::value::PhpStr, usize), Unwind> {
        // With the lock flag the name stays for the FETCH_W that follows (`global $$n`).
        let name = if op.extended_value & ZEND_FETCH_GLOBAL_LOCK != 0 {
            self.read_quiet(code, c, op.op1)
        } else {
            self.read(code, c, op.op1)
        };
        let name = name.to_php_string(self)?;
        let scope = if op.extended_value & (ZEND_FETCH_GLOBAL | ZEND_FETCH_GLOBAL_LOCK) != 0 {
            GLOBAL_SCOPE
        } else {
            self.frames[c.fi].scope
        };
        Ok((name, scope))
    }

    /// Make variable `name` of frame `scope` the reference `r` (`$GLOBALS['k'] = &$x`).
    pub(crate) fn scope_bind(&mut self, scope: usize, name: &[u8], r: PhpRef) {
        match self.cv_slot(scope, name) {
            Some(slot) => self.stack[slot] = Value::Reference(r),
            None => *self.symtab_mut(scope).entry(ArrayKey::from_bytes(name)) = Value::Reference(r),
        }
    }

    fn rebind_element(&mut self, home: Lvalue, key: Option<ArrayKey>, r: PhpRef) {
        let Some(k) = key else { return };
        let (lv, mut cont) = match home {
            Lvalue::Slot(s) => (Lvalue::Slot(s), std::mem::take(&mut self.stack[s])),
            Lvalue::Ref(h) => {
                let v = std::mem::take(&mut *h.borrow_mut());
                (Lvalue::Ref(h), v)
            }
        };
        match &mut cont {
            Value::Array(a) => {
                Rc::make_mut(a).insert(k, Value::Reference(r));
            }
            // `$a[] = &$a`: taking the reference made the container itself one.
            Value::Reference(h) => {
                let mut inner = std::mem::take(&mut *h.borrow_mut());
                if let Value::Array(a) = &mut inner {
                    Rc::make_mut(a).insert(k, Value::Reference(r));
                }
                *h.borrow_mut() = inner;
            }
            _ => {}
        }
        self.put_lvalue(lv, cont);
    }

    /// `$obj[$k] op= $v` on an ArrayAccess object: the element read with offsetGet,
    /// combined, written back with offsetSet; returns the new value.
    fn assign_dim_op_object(
        &mut self,
        cont: &mut Value,
        key: Option<Value>,
        opcode: u32,
        v: &Value,
    ) -> Result<Value, Unwind> {
        let k = key.clone().unwrap_or(Value::Null);
        let mut cur = self.dim_read(cont, &k, DimMode::Read)?;
        self.assign_op(opcode, &mut cur, v)?;
        self.assign_dim(cont, key, cur.clone())?;
        Ok(cur)
    }

    /// `$c[$k] = $v` / `$c[] = $v`; returns the value assigned.
    fn assign_dim(
        &mut self,
        cont: &mut Value,
        key: Option<Value>,
        v: Value,
    ) -> Result<Value, Unwind> {
        if let Value::Object(o) = cont {
            let o = o.clone();
            return self.offset_set(&o, key, v);
        }
        if let Value::String(s) = cont {
            if !s.is_empty() {
                let Some(k) = key else {
                    return Err(
                        self.throw_error("Error", "[] operator not supported for strings".into())
                    );
                };
                return self.assign_string_offset(cont, &k, &v);
            }
        }
        self.autovivify(cont)?;
        let Value::Array(a) = cont else {
            unreachable!("autovivify leaves an array")
        };
        match key {
            None => {
                if Rc::make_mut(a).push(v.clone()).is_err() {
                    return Err(self.next_element_occupied());
                }
            }
            Some(k) => {
                let k = match k {
                    Value::Long(n) => ArrayKey::Int(n),
                    other => other.to_array_key(self)?,
                };
                let slot = Rc::make_mut(a).entry(k);
                if let (Value::Reference(r), true) = (&*slot, crate::typed_ref::any()) {
                    let r = r.clone();
                    let v = self.typed_ref_value(&r, v)?;
                    *r.borrow_mut() = v.clone();
                    return Ok(v);
                }
                assign_slot(slot, v.clone());
            }
        }
        Ok(v)
    }

    fn assign_string_offset(
        &mut self,
        cont: &mut Value,
        key: &Value,
        v: &Value,
    ) -> Result<Value, Unwind> {
        let Some(off) = self.string_offset(key, DimMode::Read)? else {
            return Ok(Value::Null);
        };
        let val = v.to_php_string(self)?;
        if val.is_empty() {
            return Err(self.throw_error(
                "Error",
                "Cannot assign an empty string to a string offset".into(),
            ));
        }
        if val.len() > 1 {
            self.warning("Only the first byte will be assigned to the string offset");
        }
        let Value::String(s) = cont else {
            return Ok(Value::Null);
        };
        let len = s.len() as i64;
        let idx = if off < 0 { len + off } else { off };
        if idx < 0 {
            self.warning(&format!("Illegal string offset {off}"));
            return Ok(Value::Null);
        }
        let bytes = Rc::make_mut(s);
        if idx as usize >= bytes.len() {
            bytes.resize(idx as usize + 1, b' ');
        }
        bytes[idx as usize] = val[0];
        Ok(Value::from(vec![val[0]]))
    }

    fn unset_dim(&mut self, cont: &mut Value, key: &Value) -> Result<(), Unwind> {
        match cont {
            Value::Array(a) => {
                let k = key.to_array_key(self)?;
                if a.contains_key(&k) {
                    Rc::make_mut(a).remove(&k);
                }
                Ok(())
            }
            Value::String(_) => {
                Err(self.throw_error("Error", "Cannot unset string offsets".into()))
            }
            Value::Object(o) => {
                let o = o.clone();
                self.offset_unset(&o, key)
            }
            _ => Ok(()),
        }
    }

    pub(super) fn fe_pos(&self, slot: usize) -> usize {
        self.fe_positions
            .iter()
            .rev()
            .find(|(s, _)| *s == slot)
            .map_or(0, |(_, p)| *p)
    }

    pub(super) fn set_fe_pos(&mut self, slot: usize, pos: usize) {
        match self.fe_positions.iter_mut().rev().find(|(s, _)| *s == slot) {
            Some(e) => e.1 = pos,
            None => self.fe_positions.push((slot, pos)),
        }
    }

    // ---- include ----

    /// An included or eval'd script that did not compile: a syntax error is a ParseError
    /// the includer may catch (some compile errors a CompileError); any other compile
    /// error is fatal (E_COMPILE_ERROR).
    fn included_failed(
        &mut self,
        thrown: Option<&str>,
        message: String,
        file: String,
        line: u32,
    ) -> Unwind {
        if let Some(class) = thrown {
            let e = self.new_throwable(class, message);
            e.set_prop("file", Value::from(file));
            e.set_prop("line", Value::Long(line as i64));
            return Unwind::Throw(e);
        }
        self.write_error(errors::E_COMPILE_ERROR, &message, &file, line);
        self.exit_status = 255;
        Unwind::Exit
    }

    fn include_or_eval(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        ip: &mut usize,
    ) -> Result<Step, Unwind> {
        let kind = op.extended_value;
        let v = self.read(code, c, op.op1);
        let name = v.to_php_string(self)?;
        let name = String::from_utf8_lossy(&name).into_owned();
        let fname = match kind {
            k if k & ZEND_REQUIRE_ONCE != 0 => "require_once",
            k if k & ZEND_REQUIRE != 0 => "require",
            k if k & ZEND_INCLUDE_ONCE != 0 => "include_once",
            k if k & ZEND_EVAL != 0 => "eval",
            _ => "include",
        };
        let script = if kind & ZEND_EVAL != 0 {
            let (file, line) = self.location();
            let mut src = b"<?php ".to_vec();
            src.extend_from_slice(name.as_bytes());
            let eval_name = format!("{file}({line}) : eval()'d code");
            match crate::include::compile_source_in(self, &src, &eval_name) {
                Ok(s) => self.register_script(Rc::new(s)),
                Err(CompileFailure::Error {
                    message,
                    line,
                    thrown,
                    ..
                }) => return Err(self.included_failed(thrown, message, eval_name, line)),
                Err(CompileFailure::Open(_)) => return Ok(Step::Next),
            }
        } else if let Some(class) = self.user_wrapper(name.as_bytes()) {
            use crate::builtins::streams::WrapperInclude;
            let once = kind & (ZEND_INCLUDE_ONCE | ZEND_REQUIRE_ONCE) != 0;
            match self.include_from_wrapper(fname, &class, &name, once) {
                WrapperInclude::Loaded(idx) => idx,
                WrapperInclude::AlreadyIncluded => {
                    self.set_result(c, op.result, Value::True);
                    return Ok(Step::Next);
                }
                WrapperInclude::OpenFailed(why) => {
                    let include_path = self.ini_get("include_path").unwrap_or(".").to_string();
                    return self.include_failed_why(fname, &name, &include_path, kind, c, op, &why);
                }
                WrapperInclude::Compile(CompileFailure::Error {
                    message,
                    line,
                    thrown,
                    ..
                }) => return Err(self.included_failed(thrown, message, name, line)),
                WrapperInclude::Compile(CompileFailure::Open(_)) => return Ok(Step::Next),
            }
        } else {
            let include_path = self.ini_get("include_path").unwrap_or(".").to_string();
            let current = self.current_file();
            let resolved = resolve(&name, &include_path, &current);
            let Some(path) = resolved else {
                return self.include_failed(fname, &name, &include_path, kind, c, op);
            };
            let real = self.realpath(&path).unwrap_or_else(|_| path.clone());
            if kind & (ZEND_INCLUDE_ONCE | ZEND_REQUIRE_ONCE) != 0 && self.included.contains(&real)
            {
                self.set_result(c, op.result, Value::True);
                return Ok(Step::Next);
            }
            // PHP names an included file by its resolved path (no `..`).
            match self.load_file(&real) {
                Ok(idx) => {
                    self.included.insert(real);
                    idx
                }
                Err(CompileFailure::Open(_)) => {
                    return self.include_failed(fname, &name, &include_path, kind, c, op);
                }
                Err(CompileFailure::Error {
                    message,
                    line,
                    thrown,
                    ..
                }) => {
                    let file = real.to_string_lossy().into_owned();
                    return Err(self.included_failed(thrown, message, file, line));
                }
            }
        };
        self.bind_script_functions(script)?;
        // Run the file's main op_array in the includer's scope.
        let oa = self.scripts[script as usize].view().op_arrays[0];
        let scope = self.frames[c.fi].scope;
        self.frames[c.fi].ip = (*ip + 1) as u32;
        let base = self.stack.len();
        let ret = (op.result.kind != OperandKind::Unused).then(|| Self::slot(c, op.result));
        if self.frames.len() >= MAX_DEPTH {
            return Err(self.memory_exhausted());
        }
        self.stack.resize(
            base + oa.vars.len as usize + oa.num_temps as usize,
            Value::Undef,
        );
        let loaded = self.scripts[script as usize].clone();
        let view = loaded.view();
        for (i, r) in view.var_names[oa.vars.indices()].iter().enumerate() {
            let var = self.scope_ref(scope, view.str(*r));
            self.stack[base + i] = Value::Reference(var);
        }
        self.frames.push(Frame {
            script,
            op_array: 0,
            ip: 0,
            base,
            num_args: 0,
            calls_base: self.calls.len(),
            ret,
            call_line: self.line,
            scope,
            kind: FrameKind::Include(kind),
            rare: None,
            this: self.frames[c.fi].this.clone(),
            class: self.frames[c.fi].class.clone(),
            static_class: self.frames[c.fi].static_class.clone(),
            closure: self.frames[c.fi].closure.clone(),
        });
        Ok(Step::SwitchFrame)
    }

    fn include_failed(
        &mut self,
        fname: &'static str,
        name: &str,
        include_path: &str,
        kind: u32,
        c: Ctx,
        op: &Op,
    ) -> Result<Step, Unwind> {
        let why = "No such file or directory";
        self.include_failed_why(fname, name, include_path, kind, c, op, why)
    }

    /// An include that could not open its file, `why` saying what the wrapper said
    /// (nothing more is said while a wrapper's exception waits, as php's).
    #[allow(clippy::too_many_arguments)]
    fn include_failed_why(
        &mut self,
        fname: &'static str,
        name: &str,
        include_path: &str,
        kind: u32,
        c: Ctx,
        op: &Op,
        why: &str,
    ) -> Result<Step, Unwind> {
        if let Some(e) = self.pending.take() {
            return Err(Unwind::Throw(e));
        }
        // An error handler the warnings call sees the include as a frame without
        // arguments (zend_fetch_debug_backtrace's fake frame for INCLUDE_OR_EVAL).
        self.native_calls.push(crate::throwable::NativeCall {
            name: fname,
            class: None,
            args: Vec::new(),
            depth: self.frames.len(),
            line: self.line,
        });
        if name.is_empty() {
            self.warning(&format!("{fname}(): Filename cannot be empty"));
        } else {
            self.warning(&format!("{fname}({name}): Failed to open stream: {why}"));
        }
        if kind & (ZEND_REQUIRE | ZEND_REQUIRE_ONCE) != 0 {
            self.native_calls.pop();
            return Err(self.throw_error(
                "Error",
                format!("Failed opening required '{name}' (include_path='{include_path}')"),
            ));
        }
        self.warning(&format!(
            "{fname}(): Failed opening '{name}' for inclusion (include_path='{include_path}')"
        ));
        self.native_calls.pop();
        self.set_result(c, op.result, Value::False);
        Ok(Step::Next)
    }
}

/// Variadic built-ins that collect unknown named arguments (into `Vm::named_extra`).
const FORWARDS_NAMED: &[&str] = &["call_user_func", "forward_static_call"];

/// The op_array index of DECLARE_FUNCTION / DECLARE_LAMBDA_FUNCTION's operand.
fn dynamic_func(code: &Code<'_>, i: u32) -> u32 {
    code.view.dynamic_funcs[(code.oa().dynamic_funcs.start + i) as usize]
}

/// The initial value of BIND_STATIC's variable.
/// A `static` variable's initializer that is a constant expression (its op_array).
fn static_default_expr(code: &Code<'_>, op: &Op) -> Option<u32> {
    let index = op.extended_value >> 3;
    let lit = if op.op2.kind == OperandKind::Const {
        code.oa().literals.start + op.op2.value
    } else if index < code.oa().static_defaults.len {
        code.oa().static_defaults.start + index
    } else {
        return None;
    };
    match code.view.literals.get(lit as usize) {
        Some(miniphp_compiler::Literal::ConstExpr(idx)) => Some(*idx),
        _ => None,
    }
}

fn static_default(code: &Code<'_>, op: &Op) -> Value {
    let index = op.extended_value >> 3;
    if op.op2.kind == OperandKind::Const {
        code.lits[op.op2.value as usize].clone()
    } else if index < code.oa().static_defaults.len {
        let lit = (code.oa().static_defaults.start + index) as usize;
        code.all_lits.get(lit).cloned().unwrap_or_default()
    } else {
        Value::Null
    }
}

/// Unpacked arguments as an array: integer keys renumbered in order (an iterator may
/// repeat them), string keys kept for named arguments.
fn pairs_as_array(pairs: Vec<(ArrayKey, Value)>) -> PhpArray {
    let mut a = PhpArray::new();
    for (k, v) in pairs {
        match k {
            ArrayKey::Int(_) => {
                let _ = a.push(v);
            }
            k => a.insert(k, v),
        }
    }
    a
}
