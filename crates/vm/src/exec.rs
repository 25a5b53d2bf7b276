//! The executor: frames on a VM stack, one dispatch loop, no Rust recursion for
//! PHP→PHP calls (DESIGN.md decisions 3 and 4).
//!
//! Every frame owns a window of `Vm::stack`: its CV slots, then its TMP/VAR slots.
//! A call being set up pushes its arguments above the caller's window; DO_UCALL turns
//! them into the callee's first CVs. Write fetches (`FETCH_DIM_W`…) leave a
//! `Value::Reference` to the element in their VAR, which the consuming op writes
//! through (an unshared reference left in an array is dropped on the next copy, as
//! Zend's `zend_array_dup` does).

use std::cell::RefCell;
use std::rc::Rc;

use miniphp_compiler::{LiveRangeKind, Op, OpArray, Opcode, Operand, OperandKind, ScriptView};

use crate::array::PhpArray;
use crate::class::ClassEntry;
use crate::errors;
use crate::include::{Loaded, LoadedParts};
use crate::object::PhpObject;
use crate::ops;
use crate::value::{ArrayKey, LongDigits, PhpRef, Value};
use crate::vm::{Func, Unwind, Vm};

mod access;
mod builtin_call;
mod destruct;
mod function_ops;
mod generator;
pub(crate) mod handlers;
mod objects;
pub(crate) mod prepared;
mod stack;
mod traversable;

pub(crate) use handlers::format_type;
pub(crate) use objects::{method_visible, LitCache, SiteCache};
pub(crate) use stack::VmStack;

/// The global scope as a scope number (frame 0 is the main script's only while it
/// runs: a shutdown function's frame is frame 0 too).
pub(crate) const GLOBAL_SCOPE: usize = usize::MAX;

/// Frames allowed when `memory_limit` is -1: past it the script dies with PHP's
/// "Allowed memory size" fatal error, computed against [`UNLIMITED_MEMORY_CAP`].
pub const MAX_DEPTH: usize = 1_000_000;
/// The figure the "Allowed memory size of N bytes exhausted" message uses when
/// `memory_limit=-1` and the VM stack cap is hit (1 GiB).
pub const UNLIMITED_MEMORY_CAP: u64 = 1 << 30;

/// One activation of an op_array.
pub(crate) struct Frame {
    pub script: u32,
    pub op_array: u32,
    pub ip: u32,
    /// Index in `Vm::stack` of CV slot 0; TMP slots follow the CVs.
    pub base: usize,
    /// Arguments passed (including extra ones).
    pub num_args: u32,
    /// `Vm::calls.len()` when the frame was entered: the calls above are the ones it
    /// is setting up (abandoned when an exception lands in it).
    pub calls_base: usize,
    /// Where the caller wants the return value: an absolute stack index.
    pub ret: Option<usize>,
    /// Line of the call in the caller.
    pub call_line: u32,
    /// The frame whose variables this one sees (itself, or the includer for includes).
    pub scope: usize,
    pub kind: FrameKind,
    /// What most calls do not have, boxed so that pushing a plain call's frame copies
    /// few bytes.
    pub rare: Option<Box<FrameRare>>,
    /// `$this`.
    pub this: Option<Rc<PhpObject>>,
    /// The class scope (`self::`, visibility): the method's declaring class.
    pub class: Option<Rc<ClassEntry>>,
    /// The called class (`static::`).
    pub static_class: Option<Rc<ClassEntry>>,
    /// The Closure object this frame runs (its `use` variables and statics): not in
    /// `rare`, so that calling a closure boxes nothing.
    pub closure: Option<Rc<PhpObject>>,
}

/// A frame's rarely present parts.
#[derive(Default)]
pub(crate) struct FrameRare {
    /// Arguments beyond the declared parameters (`func_get_args`, variadics).
    pub extra_args: Vec<Value>,
    /// Named arguments matching no parameter, for the variadic one to collect.
    pub extra_named: Vec<(Rc<Vec<u8>>, Value)>,
    /// Variables with no CV slot (`$$name`, `extract`…), for function scopes.
    pub symtab: PhpArray,
}

impl Frame {
    pub(crate) fn extra_args(&self) -> &[Value] {
        self.rare.as_ref().map_or(&[], |r| &r.extra_args)
    }

    pub(crate) fn closure(&self) -> Option<&Rc<PhpObject>> {
        self.closure.as_ref()
    }

    pub(crate) fn rare_mut(&mut self) -> &mut FrameRare {
        self.rare.get_or_insert_with(Default::default)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FrameKind {
    Main,
    Function,
    /// `include`/`require` (the op, for traces).
    Include(u32),
}

/// `v.push(make())` with the value built after the capacity check, straight into its
/// place: built first (as `push` has it), a 112-byte frame or a call record went to
/// the machine stack and was copied, on every call. `make` should be a `move`
/// closure (captured by reference, its variables would live in memory).
#[inline(always)]
pub(crate) fn push_in_place<T>(v: &mut Vec<T>, make: impl FnOnce() -> T) {
    if v.len() == v.capacity() {
        v.reserve(1);
    }
    let len = v.len();
    // SAFETY: `len < capacity` (reserved above), so the slot at `len` is allocated and
    // unused; it is written before `set_len` makes it part of the vector.
    unsafe {
        v.as_mut_ptr().add(len).write(make());
        v.set_len(len + 1);
    }
}

/// A call being set up (INIT_* … SEND_* … DO_*).
pub(crate) struct Call {
    pub func: Func,
    pub args_base: usize,
    pub num_args: u32,
    /// CHECK_FUNC_ARG's verdict for the next FETCH_*_FUNC_ARG.
    pub send_by_ref: bool,
    /// Method calls: `$this`, the method's class scope and the called class.
    pub this: Option<Rc<PhpObject>>,
    pub class: Option<Rc<ClassEntry>>,
    pub static_class: Option<Rc<ClassEntry>>,
    /// Calling a Closure object (beside the record, not in `rare`: calling a closure
    /// boxes nothing).
    pub closure: Option<Rc<PhpObject>>,
    /// What most calls do not have, boxed so that a plain call's record is small.
    pub rare: Option<Box<CallRare>>,
}

/// A call record's rarely present parts.
#[derive(Default)]
pub(crate) struct CallRare {
    /// Named arguments, resolved at the DO_* op.
    pub named: Vec<(Rc<Vec<u8>>, Value)>,
    /// `__call`/`__callStatic` standing in for this method name: the arguments are
    /// packed into `(name, [args])` when the call is made.
    pub trampoline: Option<Rc<str>>,
    /// A dynamic call (INIT_DYNAMIC_CALL, INIT_USER_CALL) of a built-in that refuses
    /// one ([`crate::builtins::BuiltinSpec::forbids_dynamic_call`]).
    pub dynamic: bool,
}

impl Call {
    /// The record of a call to `func` whose arguments start at `args_base`.
    pub(crate) fn new(func: Func, args_base: usize, num_args: u32) -> Call {
        Call {
            func,
            args_base,
            num_args,
            send_by_ref: false,
            this: None,
            class: None,
            static_class: None,
            closure: None,
            rare: None,
        }
    }

    pub(crate) fn named(&self) -> &[(Rc<Vec<u8>>, Value)] {
        self.rare.as_ref().map_or(&[], |r| &r.named)
    }

    pub(crate) fn take_named(&mut self) -> Vec<(Rc<Vec<u8>>, Value)> {
        self.rare
            .as_mut()
            .map_or_else(Vec::new, |r| std::mem::take(&mut r.named))
    }

    pub(crate) fn trampoline(&self) -> Option<&Rc<str>> {
        self.rare.as_ref().and_then(|r| r.trampoline.as_ref())
    }

    pub(crate) fn rare_mut(&mut self) -> &mut CallRare {
        self.rare.get_or_insert_with(Default::default)
    }
}

/// The call record of a resolved callable whose arguments start at `args_base`.
fn callee_call(
    callee: crate::callable::Callee,
    args_base: usize,
    num_args: usize,
    named: Vec<(Rc<Vec<u8>>, Value)>,
) -> Call {
    let mut call = Call {
        this: callee.this,
        class: callee.class,
        static_class: callee.static_class,
        closure: callee.closure,
        ..Call::new(callee.func, args_base, num_args as u32)
    };
    if !named.is_empty() {
        call.rare_mut().named = named;
    } else if named.capacity() == 0 {
        // Owns nothing: forgotten, not dropped through a call of the element loop
        // (every callback call passes one).
        std::mem::forget(named);
    }
    call
}

/// What a frame's dispatch loop hands back.
enum Flow {
    Return(Value),
    /// The frame at the stop depth already left the stack (a generator suspended).
    Left(Value),
}

/// Where [`Vm::run_fast`] stopped.
enum Stop {
    /// At an insn its fast path declined: the general handler runs it.
    General,
    /// Before an insn, with the safe-point flag raised.
    SafePoint,
    /// The frame at the stop depth returned this value and left the stack.
    Left(Value),
}

/// The code a frame runs, borrowed from its script and its op_array's
/// [`prepared::Unit`] (made once). Small, as a call or return between op_arrays
/// rebuilds it: the op_array's other parts are read through the unit.
#[derive(Clone, Copy)]
struct Code<'a> {
    loaded: &'a LoadedParts,
    /// Borrowed from the script's `Loaded` (a view is two dozen slices).
    view: &'a ScriptView<'a>,
    unit: &'a prepared::Unit,
    /// The prepared stream, one insn per op (the unit's, at hand for the hot loop).
    insns: &'a [prepared::Insn],
    /// This op_array's literals (a part of `all_lits`).
    lits: &'a [Value],
    /// All the script's literals.
    all_lits: &'a [Value],
    script: u32,
    op_array: u32,
}

impl<'a> Code<'a> {
    #[inline(always)]
    fn new(loaded: &'a LoadedParts, script: u32, op_array: u32) -> Code<'a> {
        let unit = loaded.unit(op_array);
        let all_lits = &loaded.literals;
        Code {
            loaded,
            view: loaded.view(),
            unit,
            insns: &unit.insns,
            lits: unit.lits(all_lits),
            all_lits,
            script,
            op_array,
        }
    }

    /// Run another op_array of the same script: only its own parts change (a call or
    /// a return between functions does this; rebuilding the whole record cost ~45
    /// instructions each way).
    #[inline(always)]
    fn switch_op_array(&mut self, op_array: u32) {
        let unit = self.loaded.unit(op_array);
        self.unit = unit;
        self.insns = &unit.insns;
        self.lits = unit.lits(self.all_lits);
        self.op_array = op_array;
    }

    #[inline(always)]
    fn oa(&self) -> &'a OpArray {
        &self.unit.oa
    }

    fn ops(&self) -> &'a [Op] {
        self.unit.ops(self.view)
    }

    /// CV + TMP/VAR slots: the frame's window (`prepared`'s window invariant).
    #[inline(always)]
    fn slots(&self) -> usize {
        self.unit.slots
    }
}

/// Slot addressing of the running frame.
#[derive(Clone, Copy)]
struct Ctx {
    fi: usize,
    /// CV slot 0; TMP/VAR operands are numbered after the CVs (Zend's layout), so
    /// every operand's slot is `base + value`.
    base: usize,
}

// Zend's flag values carried in extended_value.
const ZEND_ISEMPTY: u32 = 1;
const ZEND_FETCH_GLOBAL: u32 = 1 << 1;
const ZEND_FETCH_GLOBAL_LOCK: u32 = 1 << 3;
const ZEND_ARRAY_ELEMENT_REF: u32 = 1;
const ZEND_LAST_CATCH: u32 = 1;
const ZEND_EVAL: u32 = 1;
const ZEND_INCLUDE_ONCE: u32 = 1 << 2;
const ZEND_REQUIRE: u32 = 1 << 3;
const ZEND_REQUIRE_ONCE: u32 = 1 << 4;

fn lower(name: &[u8]) -> Vec<u8> {
    let name = name.strip_prefix(b"\\").unwrap_or(name);
    name.to_ascii_lowercase()
}

fn new_ref(v: Value) -> PhpRef {
    let r = Rc::new(RefCell::new(v));
    crate::gc::possible_root_ref(&r);
    r
}

/// Make `slot` a reference (if it is not one) and return it.
pub(crate) fn make_ref(slot: &mut Value) -> PhpRef {
    if let Value::Reference(r) = slot {
        return r.clone();
    }
    let v = match std::mem::take(slot) {
        Value::Undef => Value::Null,
        v => v,
    };
    let r = new_ref(v);
    *slot = Value::Reference(r.clone());
    r
}

/// Overwrite a slot. The old value's destructor is called only when it holds
/// something: an inline tag check instead of a call to the drop glue, as most slots
/// overwritten hold a number or nothing.
#[inline(always)]
pub(crate) fn put(slot: &mut Value, v: Value) {
    let old = std::mem::replace(slot, v);
    if old.is_refcounted() {
        drop(old);
    } else {
        std::mem::forget(old);
    }
}

/// Write `v` into a variable slot, through its reference if it has one.
#[inline(always)]
fn assign_slot(slot: &mut Value, v: Value) {
    match slot {
        Value::Reference(r) => *r.borrow_mut() = v,
        _ => put(slot, v),
    }
}

/// A parameter marked `#[SensitiveParameter]`: traces show its argument as a
/// `SensitiveParameterValue`.
fn sensitive(view: &miniphp_compiler::ScriptView<'_>, ai: &miniphp_compiler::ArgInfo) -> bool {
    view.attributes[ai.attributes.indices()]
        .iter()
        .any(|a| view.str(a.name).eq_ignore_ascii_case(b"SensitiveParameter"))
}

/// A slot's value for reading: references followed, `Undef` as is.
#[inline]
fn peek(slot: &Value) -> Value {
    match slot {
        Value::Reference(r) => r.borrow().clone(),
        v => v.clone(),
    }
}

/// A string argument as traces show it (`smart_str_append_escaped`): `\\`, `\n`-style
/// escapes, other control and non-ASCII bytes as `\xHH`.
fn escape_trace_string(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x0c => out.push_str("\\f"),
            0x0b => out.push_str("\\v"),
            0x1b => out.push_str("\\e"),
            32..=126 => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02X}")),
        }
    }
    out
}

/// PHP's rendering of a value in a stack trace (`'abc...'`, `Array`, `NULL`).
pub(crate) fn trace_arg(v: &Value, precision: i32, max_len: usize) -> String {
    match v {
        Value::Undef | Value::Null => "NULL".into(),
        Value::False => "false".into(),
        Value::True => "true".into(),
        Value::Long(n) => n.to_string(),
        // Zend appends the double at ini `precision`, with a `.0` on integral values.
        Value::Double(d) => crate::float_fmt::fmt_export(*d, precision),
        Value::String(s) => {
            let shown = escape_trace_string(&s[..s.len().min(max_len)]);
            if s.len() > max_len {
                format!("'{shown}...'")
            } else {
                format!("'{shown}'")
            }
        }
        Value::Resource(r) => format!("Resource id #{}", r.id),
        Value::Array(_) => "Array".into(),
        // An anonymous class's name shows up to its NUL (`class@anonymous`).
        Value::Object(o) => format!("Object({})", o.class.display_name()),
        Value::Reference(r) => trace_arg(&r.borrow(), precision, max_len),
    }
}

impl Vm {
    // ---- variables -----------------------------------------------------------

    fn op_array_of(&self, f: &Frame) -> (Loaded, OpArray) {
        let loaded = self.scripts[f.script as usize].clone();
        let oa = loaded.view().op_arrays[f.op_array as usize];
        (loaded, oa)
    }

    /// The CV slot of `name` in frame `fi` ([`GLOBAL_SCOPE`]: the main script's frame,
    /// while there is one), if its op_array has one.
    fn cv_slot(&self, fi: usize, name: &[u8]) -> Option<usize> {
        let fi = self.scope_frame(fi)?;
        let f = &self.frames[fi];
        let (loaded, oa) = self.op_array_of(f);
        let view = loaded.view();
        view.var_names[oa.vars.indices()]
            .iter()
            .position(|r| view.str(*r) == name)
            .map(|i| f.base + i)
    }

    /// Slot of a global variable that the main op_array compiled to a CV.
    pub(crate) fn global_slot(&self, name: &[u8]) -> Option<usize> {
        self.cv_slot(GLOBAL_SCOPE, name)
    }

    /// The frame whose slots hold a scope's CVs: the scope itself, or for the global
    /// scope the main script's frame — none once it returned (shutdown functions run
    /// with the globals in `global_syms`, and as frame 0 themselves).
    fn scope_frame(&self, scope: usize) -> Option<usize> {
        if scope != GLOBAL_SCOPE {
            return Some(scope);
        }
        let main = self.frames.first()?;
        (main.kind == FrameKind::Main).then_some(0)
    }

    fn symtab_mut(&mut self, scope: usize) -> &mut PhpArray {
        if scope == 0 || scope == GLOBAL_SCOPE {
            &mut self.global_syms
        } else {
            &mut self.frames[scope].rare_mut().symtab
        }
    }

    /// Read a variable by name in a scope (None when undefined).
    pub(crate) fn scope_get(&mut self, scope: usize, name: &[u8]) -> Option<Value> {
        let v = match self.cv_slot(scope, name) {
            Some(slot) => peek(&self.stack[slot]),
            None => self
                .symtab_mut(scope)
                .get(&ArrayKey::from_bytes(name))
                .map(peek)?,
        };
        (!matches!(v, Value::Undef)).then_some(v)
    }

    /// A variable by name as a reference, created (null) if absent.
    pub(crate) fn scope_ref(&mut self, scope: usize, name: &[u8]) -> PhpRef {
        match self.cv_slot(scope, name) {
            Some(slot) => make_ref(&mut self.stack[slot]),
            None => make_ref(self.symtab_mut(scope).entry(ArrayKey::from_bytes(name))),
        }
    }

    pub(crate) fn scope_set(&mut self, scope: usize, name: &[u8], v: Value) {
        match self.cv_slot(scope, name) {
            Some(slot) => assign_slot(&mut self.stack[slot], v),
            None => assign_slot(self.symtab_mut(scope).entry(ArrayKey::from_bytes(name)), v),
        }
    }

    pub(crate) fn scope_unset(&mut self, scope: usize, name: &[u8]) {
        match self.cv_slot(scope, name) {
            Some(slot) => self.stack[slot] = Value::Undef,
            None => {
                self.symtab_mut(scope).remove(&ArrayKey::from_bytes(name));
            }
        }
    }

    /// All defined variables of a scope, in slot order then symbol-table order (for the
    /// global scope, the globals that existed before the main script first).
    pub(crate) fn scope_vars(&mut self, scope: usize) -> PhpArray {
        let mut out = PhpArray::new();
        let frame = self.scope_frame(scope);
        if frame == Some(0) && self.frames[0].kind == FrameKind::Main {
            for k in self.globals_at_start.clone() {
                let ArrayKey::Str(name) = &k else { continue };
                if let Some(v) = self.scope_get(0, name) {
                    out.insert(k, v);
                }
            }
        }
        if let Some(fi) = frame {
            let f = &self.frames[fi];
            let (loaded, oa) = self.op_array_of(f);
            let view = loaded.view();
            for (i, r) in view.var_names[oa.vars.indices()].iter().enumerate() {
                let v = peek(&self.stack[f.base + i]);
                if !matches!(v, Value::Undef) {
                    out.insert(ArrayKey::from_bytes(view.str(*r)), v);
                }
            }
        }
        let syms: Vec<(ArrayKey, Value)> = self
            .symtab_mut(scope)
            .iter()
            .map(|(k, v)| (k, peek(v)))
            .collect();
        for (k, v) in syms {
            if !matches!(v, Value::Undef) {
                out.insert(k, v);
            }
        }
        out
    }

    /// The scope of the innermost frame running PHP code.
    pub(crate) fn current_scope(&self) -> usize {
        self.frames.last().map_or(0, |f| f.scope)
    }

    // ---- calls ----------------------------------------------------------------

    /// Look a function up by name (case-insensitive, leading `\` ignored).
    pub fn lookup_function(&self, name: &[u8]) -> Option<Func> {
        self.lookup_function_lc(&lower(name))
    }

    /// Look a function up by lowercase name: this VM's table (user functions,
    /// extensions' built-ins), then the process-wide built-ins.
    pub(crate) fn lookup_function_lc(&self, lc_name: &[u8]) -> Option<Func> {
        match self.functions.get(lc_name) {
            Some(f) => Some(*f),
            None => crate::builtins::table()
                .get(lc_name)
                .map(|&spec| Func::Builtin(spec)),
        }
    }

    /// Run a resolved callable now (a nested dispatch loop for user code), with
    /// positional then named arguments.
    pub(crate) fn invoke(
        &mut self,
        callee: crate::callable::Callee,
        mut args: Vec<Value>,
        named: Vec<(Rc<Vec<u8>>, Value)>,
    ) -> Result<Value, Unwind> {
        match callee.func {
            Func::Builtin(spec) => {
                if !named.is_empty() {
                    self.place_named_builtin(spec, &mut args, &named)?;
                }
                self.call_builtin(spec, &mut args)
            }
            Func::Native(m) => {
                let mut call = callee_call(callee, self.stack.len(), args.len(), named);
                self.call_native_method(m, &mut call, &mut args)
            }
            Func::User { script, op_array } => {
                let (base, n) = (self.stack.len(), args.len() as u32);
                self.stack.extend(args);
                self.run_user_call(callee, script, op_array, base, n, named)
            }
        }
    }

    /// Run user function `op_array` of a resolved callable whose `num_args` arguments
    /// sit on the stack from `base`, in a nested dispatch loop until it returns.
    pub(crate) fn run_user_call(
        &mut self,
        callee: crate::callable::Callee,
        script: u32,
        op_array: u32,
        base: usize,
        num_args: u32,
        named: Vec<(Rc<Vec<u8>>, Value)>,
    ) -> Result<Value, Unwind> {
        let mut call = callee_call(callee, base, num_args as usize, named);
        if !call.named().is_empty() {
            if let Err(e) = self.place_named_user(script, op_array, &mut call) {
                self.stack.truncate(base);
                return Err(e);
            }
        }
        self.run_call(script, op_array, call)
    }

    /// [`Vm::run_user_call`] of a callable lent by the caller, with positional
    /// arguments only (a callback from a built-in): the call record takes its parts
    /// straight from it.
    pub(crate) fn run_lent_callee(
        &mut self,
        callee: &crate::callable::Callee,
        script: u32,
        op_array: u32,
        base: usize,
        num_args: u32,
    ) -> Result<Value, Unwind> {
        let call = Call {
            this: callee.this.clone(),
            class: callee.class.clone(),
            static_class: callee.static_class.clone(),
            closure: callee.closure.clone(),
            ..Call::new(callee.func, base, num_args)
        };
        self.run_call(script, op_array, call)
    }

    /// Run user function `op_array` for `call` in a nested dispatch loop until it
    /// returns.
    fn run_call(&mut self, script: u32, op_array: u32, call: Call) -> Result<Value, Unwind> {
        let depth = self.frames.len();
        // The caller's line stays for the warnings its op gives after the call.
        let line = self.line;
        self.push_call_frame(script, op_array, call, None)?;
        let r = self.run(depth);
        self.line = line;
        r
    }

    /// Push the call record of a resolved callable (INIT_DYNAMIC_CALL & co).
    pub(crate) fn begin_callee(&mut self, c: crate::callable::Callee) {
        self.begin_call(c.func);
        if let Some(call) = self.calls.last_mut() {
            call.this = c.this;
            call.class = c.class;
            call.static_class = c.static_class;
            call.closure = c.closure;
            if c.trampoline.is_some() {
                call.rare_mut().trampoline = c.trampoline;
            }
            if matches!(c.func, Func::Builtin(spec) if spec.forbids_dynamic_call()) {
                call.rare_mut().dynamic = true;
            }
        }
    }

    /// "Cannot call extract() dynamically", thrown from the built-in's own frame once
    /// its arguments are counted (a wrong count is the built-in's own error).
    pub(crate) fn refuse_dynamic_call(
        &mut self,
        spec: &'static crate::builtins::BuiltinSpec,
        args: &[Value],
    ) -> Option<Unwind> {
        if spec.arity_error(args.len()).is_some() {
            return None;
        }
        let msg = format!("Cannot call {}() dynamically", spec.name);
        let e = self.new_throwable("Error", msg);
        self.add_native_frame(&e, spec.name, args);
        Some(Unwind::Throw(e))
    }

    /// Run a built-in with arity checks; errors it throws get its trace frame.
    pub(crate) fn call_builtin(
        &mut self,
        spec: &'static crate::builtins::BuiltinSpec,
        args: &mut [Value],
    ) -> Result<Value, Unwind> {
        let direct = self
            .native_calls
            .last()
            .is_none_or(|n| n.depth != self.frames.len());
        // Called back by a built-in (array_map, call_user_func_array): a dynamic call.
        if !direct && spec.forbids_dynamic_call() {
            if let Some(e) = self.refuse_dynamic_call(spec, args) {
                return Err(e);
            }
        }
        let caller = if direct {
            self.frames.len().checked_sub(1)
        } else {
            None
        };
        let saved = std::mem::replace(&mut self.builtin_caller, caller);
        let r = self.run_builtin(spec, args);
        self.builtin_caller = saved;
        r
    }

    /// Whether the running built-in's arguments follow `declare(strict_types=1)`.
    pub(crate) fn strict_args(&self) -> bool {
        self.builtin_caller
            .is_some_and(|fi| fi < self.frames.len() && self.frame_is_strict(fi))
    }

    fn run_builtin(
        &mut self,
        spec: &'static crate::builtins::BuiltinSpec,
        args: &mut [Value],
    ) -> Result<Value, Unwind> {
        if let Some(msg) = spec.arity_error(args.len()) {
            let e = self.new_throwable("ArgumentCountError", msg);
            self.add_native_frame(&e, spec.name, args);
            return Err(Unwind::Throw(e));
        }
        // An `Undef` argument is a parameter skipped by named arguments (`args::has`).
        // Built-ins that call back into PHP code appear in traces (`backtrace`).
        if spec.may_call_back() {
            self.native_calls.push(crate::throwable::NativeCall {
                name: spec.name,
                class: None,
                args: args.iter().map(Value::deref).collect(),
                depth: self.frames.len(),
                line: self.line,
            });
            let r = (spec.handler)(self, args);
            self.native_calls.pop();
            return r;
        }
        let mark = crate::object::next_serial();
        // Only with a user error handler set: what its traces would show of this call.
        let saved = self.error_handler.is_some().then(|| {
            let call = crate::throwable::NativeCall {
                name: spec.name,
                class: None,
                args: args.iter().map(Value::deref).collect(),
                depth: self.frames.len(),
                line: self.line,
            };
            self.warning_builtin.replace(call)
        });
        let r = (spec.handler)(self, args);
        if let Some(saved) = saved {
            self.warning_builtin = saved;
        }
        if let Err(Unwind::Throw(e)) = &r {
            self.name_builtin_throw(spec, args, mark, e);
        }
        r
    }

    /// An exception a built-in threw, made after serial `mark` (its own, not one it
    /// passed on), gets the built-in's trace frame and its alias's name.
    pub(crate) fn name_builtin_throw(
        &mut self,
        spec: &'static crate::builtins::BuiltinSpec,
        args: &[Value],
        mark: u64,
        e: &Rc<PhpObject>,
    ) {
        if e.serial > mark && !e.native_frame_added() {
            self.add_native_frame(e, spec.name, args);
            let msg = e.prop("message").to_string_lossy(self.precision);
            let msg = String::from_utf8_lossy(&msg);
            if let Some(m) = crate::errors::rename_for_alias(spec, &msg) {
                e.set_prop("message", Value::from(m));
            }
        }
    }

    /// Prepend a built-in's own frame to a fresh exception's trace.
    fn add_native_frame(&mut self, e: &Rc<PhpObject>, name: &str, args: &[Value]) {
        e.mark_native_frame_added();
        let mut entry = PhpArray::new();
        // Called with no PHP frame below it: `[internal function]` in traces.
        if !self.frames.is_empty() {
            let (file, line) = self.location();
            entry.insert(ArrayKey::from_bytes(b"file"), Value::from(file));
            entry.insert(ArrayKey::from_bytes(b"line"), Value::Long(line as i64));
        }
        entry.insert(ArrayKey::from_bytes(b"function"), Value::from(name));
        if !self.ignore_args {
            entry.insert(
                ArrayKey::from_bytes(b"args"),
                Value::from(PhpArray::from_list(args.iter().map(Value::deref).collect())),
            );
        }
        let old = match e.prop("trace") {
            Value::Array(a) => a,
            _ => Rc::new(PhpArray::new()),
        };
        let mut trace = PhpArray::from_list(vec![Value::from(entry)]);
        for v in old.values() {
            let _ = trace.push(v.clone());
        }
        e.set_prop("trace", Value::from(trace));
    }

    /// Push a frame for a user function whose `num_args` arguments sit at `args_base`.
    fn push_user_frame(
        &mut self,
        script: u32,
        op_array: u32,
        args_base: usize,
        num_args: u32,
        ret: Option<usize>,
    ) -> Result<(), Unwind> {
        let call = Call::new(Func::User { script, op_array }, args_base, num_args);
        self.push_call_frame(script, op_array, call, ret)
    }

    /// Push the frame of user function `op_array` for `call`: its arguments, `$this`,
    /// scope, closure and the named arguments its variadic parameter collects move
    /// into the frame.
    #[inline]
    pub(crate) fn push_call_frame(
        &mut self,
        script: u32,
        op_array: u32,
        call: Call,
        ret: Option<usize>,
    ) -> Result<(), Unwind> {
        let shape = self.scripts[script as usize].shapes[op_array as usize];
        push_in_place(&mut self.calls, move || call);
        self.enter_top_call(script, op_array, shape, ret)
    }

    /// Turn the call record on top of `calls` (there must be one) into the frame of user
    /// function `op_array`, whose shape the caller has looked up. The record's parts
    /// move straight from where it lies into the new frame: popped first, the 72-byte
    /// record was copied aside and the frame built from the copy, on every call.
    #[inline(always)]
    pub(super) fn enter_top_call(
        &mut self,
        script: u32,
        op_array: u32,
        shape: crate::include::FrameShape,
        ret: Option<usize>,
    ) -> Result<(), Unwind> {
        if self.frames.len() >= MAX_DEPTH || self.over_memory_limit() {
            self.calls.pop();
            return Err(self.memory_exhausted());
        }
        // Room for the frame first, while nothing is live: growing the vector where
        // the frame is written made every part of it wait on the machine stack.
        self.frames.reserve(1);
        let ci = self.calls.len() - 1;
        let call = &mut self.calls[ci];
        let (args_base, num_args) = (call.args_base, call.num_args);
        let declared = shape.num_args;
        let rare = if call.rare.is_none() && num_args <= declared {
            None
        } else {
            let rare = call.rare.take();
            self.frame_rare(rare, args_base, num_args, declared)
        };
        // The slots above the stack's top are Undef already: the new frame's TMPs and
        // missing arguments need no write.
        self.stack
            .grow_to(args_base + (shape.slots as usize).max(declared as usize));
        let call = &mut self.calls[ci];
        let (this, class, static_class, closure) = (
            call.this.take(),
            call.class.take(),
            call.static_class.take(),
            call.closure.take(),
        );
        // Its owned parts taken, the record holds nothing to drop.
        std::mem::forget(self.calls.pop());
        let fi = self.frames.len();
        let frame = Frame {
            script,
            op_array,
            ip: 0,
            base: args_base,
            num_args,
            calls_base: ci,
            ret,
            call_line: self.line,
            scope: fi,
            kind: FrameKind::Function,
            rare,
            this,
            class,
            static_class,
            closure,
        };
        debug_assert!(fi < self.frames.capacity());
        // SAFETY: `fi < capacity`: one slot was reserved above and nothing was pushed
        // to `frames` since; the slot at `fi` is written before `set_len` counts it.
        unsafe {
            self.frames.as_mut_ptr().add(fi).write(frame);
            self.frames.set_len(fi + 1);
        }
        Ok(())
    }

    /// A new frame's rare parts: the arguments past the declared parameters (moved off
    /// the stack) and the named ones its variadic parameter collects.
    #[cold]
    fn frame_rare(
        &mut self,
        rare: Option<Box<CallRare>>,
        args_base: usize,
        num_args: u32,
        declared: u32,
    ) -> Option<Box<FrameRare>> {
        let named = rare.map_or_else(Vec::new, |r| r.named);
        if num_args <= declared && named.is_empty() {
            return None;
        }
        let extra_args = if num_args > declared {
            self.stack
                .remove_range(args_base + declared as usize, args_base + num_args as usize)
        } else {
            Vec::new()
        };
        Some(Box::new(FrameRare {
            extra_args,
            extra_named: named,
            symtab: PhpArray::new(),
        }))
    }

    fn over_memory_limit(&self) -> bool {
        match self.memory_limit {
            Some(limit) => self.memory_usage() as u64 > limit,
            None => false,
        }
    }

    fn memory_exhausted(&mut self) -> Unwind {
        let limit = self.memory_limit.unwrap_or(UNLIMITED_MEMORY_CAP);
        let msg = format!(
            "Allowed memory size of {limit} bytes exhausted (tried to allocate {} bytes)",
            262144
        );
        self.stack
            .truncate(self.frames.last().map_or(0, |f| f.base));
        self.fatal(&msg)
    }

    /// Push the main frame of a loaded script and run it to completion.
    pub(crate) fn run_main(&mut self, script: u32) -> Result<Value, Unwind> {
        self.bind_script_functions(script)?;
        let oa = self.scripts[script as usize].view().op_arrays[0];
        let base = self.stack.len();
        self.stack.resize(
            base + oa.vars.len as usize + oa.num_temps as usize,
            Value::Undef,
        );
        let fi = self.frames.len();
        self.frames.push(Frame {
            script,
            op_array: 0,
            ip: 0,
            base,
            num_args: 0,
            calls_base: self.calls.len(),
            ret: None,
            call_line: 0,
            scope: fi,
            kind: FrameKind::Main,
            rare: None,
            this: None,
            class: None,
            static_class: None,
            closure: None,
        });
        // Globals set before the main frame existed move into its CV slots.
        let names: Vec<ArrayKey> = self.global_syms.keys().collect();
        self.globals_at_start = names.clone();
        for k in names {
            if let ArrayKey::Str(name) = &k {
                if let Some(slot) = self.cv_slot(fi, name) {
                    if let Some(v) = self.global_syms.remove(&k) {
                        self.stack[slot] = v;
                    }
                }
            }
        }
        self.run(fi)
    }

    /// Early binding: a script's top-level functions enter the function table.
    pub(crate) fn bind_script_functions(&mut self, script: u32) -> Result<(), Unwind> {
        let loaded = self.scripts[script as usize].clone();
        let view = loaded.view();
        for &idx in view.functions {
            self.declare_function(&loaded, script, idx)?;
        }
        // Early-bound classes (the script's class table), as Zend binds them.
        for &idx in view.class_table {
            self.declare_class(script, idx)?;
        }
        Ok(())
    }

    fn declare_function(&mut self, loaded: &Loaded, script: u32, idx: u32) -> Result<(), Unwind> {
        let view = loaded.view();
        let oa = &view.op_arrays[idx as usize];
        let name = view.str(oa.name);
        let key = lower(name);
        if let Some(prev) = self.lookup_function_lc(&key) {
            let msg = match prev {
                Func::User { script, op_array } => {
                    let l = &self.scripts[script as usize];
                    let line = l.view().op_arrays[op_array as usize].line_start;
                    format!(
                        "Cannot redeclare {}() (previously declared in {}:{})",
                        String::from_utf8_lossy(name),
                        l.path,
                        line
                    )
                }
                Func::Builtin(_) | Func::Native(_) => {
                    format!("Cannot redeclare {}()", String::from_utf8_lossy(name))
                }
            };
            self.line = oa.line_start;
            return Err(self.fatal(&msg));
        }
        self.functions.insert(
            key,
            Func::User {
                script,
                op_array: idx,
            },
        );
        Ok(())
    }

    /// The trace entry of a frame whose slots are `slots`: called from `site` (file and
    /// line; None for `[internal function]`).
    pub(crate) fn frame_entry(
        &self,
        f: &Frame,
        slots: &[Value],
        site: Option<(Value, i64)>,
    ) -> PhpArray {
        let mut e = PhpArray::new();
        if let Some((file, line)) = site {
            e.insert(ArrayKey::from_bytes(b"file"), file);
            e.insert(ArrayKey::from_bytes(b"line"), Value::Long(line));
        }
        let (loaded, oa) = self.op_array_of(f);
        match f.kind {
            FrameKind::Include(kind) => {
                let name = match kind {
                    k if k & ZEND_REQUIRE_ONCE != 0 => "require_once",
                    k if k & ZEND_REQUIRE != 0 => "require",
                    k if k & ZEND_INCLUDE_ONCE != 0 => "include_once",
                    k if k & ZEND_EVAL != 0 => "eval",
                    _ => "include",
                };
                e.insert(ArrayKey::from_bytes(b"function"), Value::from(name));
                // include/require show the file they loaded; eval shows no arguments.
                if kind & ZEND_EVAL == 0 {
                    let path = Value::from(loaded.path.as_ref());
                    e.insert(
                        ArrayKey::from_bytes(b"args"),
                        Value::from(PhpArray::from_list(vec![path])),
                    );
                }
            }
            _ => {
                let view = loaded.view();
                e.insert(
                    ArrayKey::from_bytes(b"function"),
                    Value::from(view.str(oa.name)),
                );
                // Methods and closures with a scope name their class.
                if let Some(class) = &f.class {
                    e.insert(ArrayKey::from_bytes(b"class"), Value::from(&*class.name));
                    let ty = if f.this.is_some() { "->" } else { "::" };
                    e.insert(ArrayKey::from_bytes(b"type"), Value::from(ty));
                }
                let declared = (oa.num_args as usize).min(f.num_args as usize);
                let infos = &view.arg_infos[oa.arg_infos.indices()];
                let mut args: Vec<Value> = slots[..declared.min(slots.len())]
                    .iter()
                    .enumerate()
                    .map(|(i, v)| match peek(v) {
                        Value::Undef => Value::Null,
                        v if infos.get(i).is_some_and(|ai| sensitive(view, ai)) => {
                            crate::class::reflection::sensitive_value(v)
                        }
                        v => v,
                    })
                    .collect();
                let variadic_sensitive = infos
                    .get(oa.num_args as usize)
                    .is_some_and(|ai| ai.variadic && sensitive(view, ai));
                args.extend(f.extra_args().iter().map(|v| match v.deref() {
                    v if variadic_sensitive => crate::class::reflection::sensitive_value(v),
                    v => v,
                }));
                e.insert(
                    ArrayKey::from_bytes(b"args"),
                    Value::from(PhpArray::from_list(args)),
                );
            }
        }
        e
    }

    /// Stack trace as an array (innermost first), `debug_backtrace` shape: user
    /// frames, and the built-ins that called back into PHP code (a frame they called
    /// has no file and line: `[internal function]`).
    pub fn backtrace(&self, skip: usize) -> PhpArray {
        let mut out = PhpArray::new();
        let path =
            |fi: usize| Value::from(self.scripts[self.frames[fi].script as usize].path.as_ref());
        let mut entries = Vec::new();
        for fi in (0..self.frames.len()).rev() {
            let natives = self.native_calls.iter().enumerate();
            for (k, n) in natives.rev().filter(|(_, n)| n.depth == fi + 1) {
                if n.name.is_empty() {
                    continue;
                }
                let mut e = PhpArray::new();
                // One built-in called by another (unserialize() running
                // DateTime::__unserialize) has no call site: `[internal function]`.
                let nested = self.native_calls[..k]
                    .iter()
                    .any(|m| m.depth == n.depth && !m.name.is_empty());
                if !nested {
                    e.insert(ArrayKey::from_bytes(b"file"), path(fi));
                    e.insert(ArrayKey::from_bytes(b"line"), Value::Long(n.line as i64));
                }
                e.insert(ArrayKey::from_bytes(b"function"), Value::from(n.name));
                if let Some((class, ty)) = &n.class {
                    e.insert(ArrayKey::from_bytes(b"class"), Value::from(&**class));
                    e.insert(ArrayKey::from_bytes(b"type"), Value::from(*ty));
                }
                if !n.is_include() {
                    e.insert(
                        ArrayKey::from_bytes(b"args"),
                        Value::from(PhpArray::from_list(n.args.clone())),
                    );
                }
                entries.push(e);
            }
            let f = &self.frames[fi];
            if f.kind == FrameKind::Main {
                continue;
            }
            // Constant expressions (defaults, class constants) run in frames PHP has not.
            let (_, oa) = self.op_array_of(f);
            if oa.flags & miniphp_compiler::flags::CONST_EXPR != 0 {
                continue;
            }
            let internal = fi == 0
                || self
                    .native_calls
                    .iter()
                    .any(|n| n.depth == fi && !n.is_include());
            let site = (!internal).then(|| (path(fi - 1), f.call_line as i64));
            // A generator running for a `yield from` chain shows the chain's frames.
            match self.generator_trace(fi, site.clone()) {
                Some(chain) => entries.extend(chain),
                None => entries.push(self.frame_entry(f, &self.stack[f.base..], site)),
            }
        }
        for e in entries.into_iter().skip(skip) {
            let _ = out.push(Value::from(e));
        }
        out
    }

    // ---- the dispatch loop -------------------------------------------------------

    /// Execute frames until the frame at depth `stop_depth` returns; its value is the
    /// result. Exceptions not caught above `stop_depth` come back as `Err`.
    pub(crate) fn run(&mut self, stop_depth: usize) -> Result<Value, Unwind> {
        loop {
            let fi = self.frames.len() - 1;
            let (script, op_array, mut ip, base) = {
                let f = &self.frames[fi];
                (f.script, f.op_array, f.ip as usize, f.base)
            };
            // SAFETY: `code` lives in this call, which holds the VM borrowed.
            let mut code = unsafe { self.code_of(script, op_array) };
            let mut ctx = Ctx { fi, base };
            // The hot loop first: a callback's body often runs through without a
            // general handler, and then `dispatch` (a large function to enter and
            // leave) is not needed. Where it stopped otherwise, `dispatch` enters it
            // again and it stops at once, having changed nothing.
            let flow = match self.run_fast(&mut code, &mut ctx, &mut ip, stop_depth) {
                Ok(Stop::Left(v)) => Ok(Flow::Left(v)),
                Ok(Stop::General | Stop::SafePoint) => {
                    self.dispatch(&mut code, &mut ctx, &mut ip, stop_depth)
                }
                Err(e) => Err(e),
            };
            match flow {
                Ok(Flow::Left(v)) => return Ok(v),
                Ok(Flow::Return(v)) => {
                    let f = self.pop_frame();
                    if self.frames.len() <= stop_depth {
                        return Ok(v);
                    }
                    if let Some(slot) = f.ret {
                        self.stack[slot] = v;
                    }
                }
                Err(Unwind::Throw(e)) => {
                    self.frames[ctx.fi].ip = ip as u32;
                    // An exception thrown by an error handler during the op wins over
                    // the error the op goes on to throw (Zend checks EG(exception) first).
                    let e = self.pending.take().unwrap_or(e);
                    self.unwind_exception(e, stop_depth)?;
                }
                Err(Unwind::Exit) => return Err(Unwind::Exit),
            }
        }
    }

    /// The code of `op_array` of script `script`.
    ///
    /// # Safety
    /// The code must not outlive the VM (see [`crate::include::Scripts::parts`]): the
    /// dispatch loop keeps it in locals of `run`, which holds the VM borrowed.
    #[inline(always)]
    unsafe fn code_of<'a>(&self, script: u32, op_array: u32) -> Code<'a> {
        // SAFETY: passed on to the caller (this function's contract).
        Code::new(
            unsafe { self.scripts.parts(script as usize) },
            script,
            op_array,
        )
    }

    /// Run `op_array` of `script` instead of the running code: a call or a return,
    /// without leaving the dispatch loop.
    #[inline(always)]
    fn switch_code<'a>(&self, code: &mut Code<'a>, script: u32, op_array: u32) {
        if script != code.script {
            // SAFETY: `code` is the dispatch loop's, which lives in `run` (`code_of`).
            *code = unsafe { self.code_of(script, op_array) };
        } else if op_array != code.op_array {
            // A recursive call and its return stay in the same op_array.
            code.switch_op_array(op_array);
        }
    }

    /// Switch the running code to the top frame without leaving the dispatch loop.
    #[inline(always)]
    fn switch_to_top<'a>(&self, code: &mut Code<'a>, c: &mut Ctx, ip: &mut usize) {
        let fi = self.frames.len() - 1;
        let f = &self.frames[fi];
        self.switch_code(code, f.script, f.op_array);
        *c = Ctx { fi, base: f.base };
        *ip = f.ip as usize;
    }

    /// Objects whose last reference went and that need the VM to finish (a suspended
    /// generator's `finally` blocks).
    pub(crate) fn run_pending_destructs(&mut self) -> Result<(), Unwind> {
        if crate::value::take_recursive_comparison() {
            return Err(self.fatal("Nesting level too deep - recursive dependency?"));
        }
        // The slowlog's trace of a request past `request_slowlog_timeout` (sapi.rs).
        self.give_trace();
        if crate::gc::take_wanted() {
            self.collect_cycles_auto()?;
        }
        // Every destructor runs; one thrown after another takes the earlier one as its
        // previous (Zend's zend_objects_destroy_object).
        let mut thrown: Option<Rc<PhpObject>> = None;
        let line = self.line;
        for o in crate::object::take_pending_destructs() {
            // Each is called from the op that released it.
            self.line = line;
            let r = if crate::generator::is_generator(&o) {
                self.gen_destroy(&o)
            } else {
                self.destruct_object(&o)
            };
            match r {
                Ok(()) => {}
                Err(Unwind::Throw(e)) => {
                    if let Some(old) = thrown.take() {
                        crate::throwable::set_previous(&e, old);
                    }
                    thrown = Some(e);
                }
                Err(Unwind::Exit) => return Err(Unwind::Exit),
            }
        }
        thrown.map_or(Ok(()), |e| Err(Unwind::Throw(e)))
    }

    #[inline]
    pub(crate) fn pop_frame(&mut self) -> Frame {
        let f = self.frames.pop().expect("a frame to pop");
        if self.frames.is_empty() && f.kind == FrameKind::Main {
            // The globals live on by name (shutdown functions' `global $x`, `$GLOBALS`)
            // until the shutdown destructors have run.
            let loaded = self.scripts[f.script as usize].clone();
            let view = loaded.view();
            let names = &view.var_names[view.op_arrays[f.op_array as usize].vars.indices()];
            for (i, r) in names.iter().enumerate() {
                let Some(slot) = self.stack.get_mut(f.base + i) else {
                    break;
                };
                let v = std::mem::take(slot);
                if !matches!(v, Value::Undef) {
                    self.global_syms
                        .insert(ArrayKey::from_bytes(view.str(*r)), v);
                }
            }
        }
        self.release_slots(f.base);
        f
    }

    /// RETURN from a function's frame (not the main one): its slots go, then the frame
    /// itself where it lies (not moved out); gives where its caller wants the value.
    #[inline(always)]
    fn pop_returning_frame(&mut self) -> Option<usize> {
        let f = self.frames.last()?;
        if f.kind == FrameKind::Main {
            return self.pop_frame().ret;
        }
        let (base, ret) = (f.base, f.ret);
        // A plain function's frame owns nothing: no drop glue (checked where it lies,
        // so the frame popped below is not read).
        let owns = f.rare.is_some()
            || f.this.is_some()
            || f.class.is_some()
            || f.static_class.is_some()
            || f.closure.is_some();
        self.release_slots(base);
        match self.frames.pop() {
            Some(f) if !owns => std::mem::forget(f),
            f => drop(f),
        }
        ret
    }

    /// Drop the stack slots from `base` up (a leaving frame's).
    #[inline(always)]
    fn release_slots(&mut self, base: usize) {
        self.stack.truncate(base);
        // Only the running (top) frame records positions, so a leaving frame's are the
        // last ones: popped, not a pass over every loop of the frames below.
        while self
            .fe_positions
            .last()
            .is_some_and(|&(slot, _)| slot >= base)
        {
            self.fe_positions.pop();
        }
        debug_assert!(self.fe_positions.iter().all(|&(slot, _)| slot < base));
    }

    /// Find a catch or finally block for `e`, popping frames that have none.
    fn unwind_exception(&mut self, e: Rc<PhpObject>, stop_depth: usize) -> Result<(), Unwind> {
        let mut from_callee = false;
        loop {
            let fi = self.frames.len() - 1;
            let f = &self.frames[fi];
            let (loaded, oa) = self.op_array_of(f);
            let view = loaded.view();
            // A caller's ip is past its call op; the exception is at the call.
            let mut throw_op = if from_callee {
                f.ip.saturating_sub(1)
            } else {
                f.ip
            };
            // A loop variable freed on return/break throws (a destructor) at the end of
            // its loop, outside the try blocks inside it (ZEND_FREE_ON_RETURN).
            // (A destructor's exception is raised with the ip at or just past that op.)
            for at in [f.ip, f.ip.saturating_sub(1)] {
                let Some(op) = view.ops.get((oa.ops.start + at) as usize) else {
                    continue;
                };
                if matches!(op.opcode, Opcode::FeFree | Opcode::Free) && op.extended_value & 1 != 0
                {
                    let ranges = &view.live_ranges[oa.live_ranges.indices()];
                    if let Some(lr) = ranges
                        .iter()
                        .find(|lr| lr.var == op.op1.value && lr.start <= at && at < lr.end)
                    {
                        throw_op = lr.end;
                        break;
                    }
                }
            }
            let base = f.base;
            // Restore error_reporting for `@` regions being left.
            for lr in &view.live_ranges[oa.live_ranges.indices()] {
                if lr.kind == miniphp_compiler::LiveRangeKind::Silence
                    && lr.start <= throw_op
                    && throw_op < lr.end
                {
                    // As Zend: back to the saved level only from a silenced one (so
                    // nested `@` regions end at the outermost's level).
                    let saved = self.stack[base + lr.var as usize].to_long();
                    let only_fatal = |m: i64| m & !errors::SILENCE_MASK == 0;
                    if only_fatal(self.error_reporting) && !only_fatal(saved) {
                        self.error_reporting = saved;
                    }
                }
            }
            // As ZEND_HANDLE_EXCEPTION: the innermost try block around the throw, then
            // outwards: a catch if the throw is in its try part, else a finally.
            let blocks = &view.try_catch[oa.try_catch.indices()];
            let mut innermost = None;
            for (i, tc) in blocks.iter().enumerate() {
                if tc.try_op > throw_op {
                    break;
                }
                if throw_op < tc.catch_op || throw_op < tc.finally_end {
                    innermost = Some(i);
                }
            }
            if let Some(inner) = innermost {
                for tc in blocks[..=inner].iter().rev() {
                    if throw_op < tc.catch_op {
                        self.free_live_vars(fi, throw_op, tc.catch_op);
                        // A try is a statement: no call of the frame spans it.
                        self.calls.truncate(self.frames[fi].calls_base);
                        self.exception = Some(e);
                        self.frames[fi].ip = tc.catch_op;
                        return Ok(());
                    }
                    let ops = view.ops(&oa);
                    let fast_call = base + ops[tc.finally_end as usize].op1.value as usize;
                    if throw_op < tc.finally_op {
                        self.free_live_vars(fi, throw_op, tc.finally_op);
                        self.calls.truncate(self.frames[fi].calls_base);
                        self.stack[fast_call] = Value::Object(e);
                        self.frames[fi].ip = tc.finally_op;
                        return Ok(());
                    }
                    // Thrown inside a finally block run for another exception: that
                    // one becomes the new one's previous.
                    if throw_op < tc.finally_end {
                        if let Value::Object(pending) = std::mem::take(&mut self.stack[fast_call]) {
                            crate::throwable::set_previous(&e, pending);
                        }
                    }
                }
            }
            let f = self.pop_frame();
            // A constructor that throws leaves an object whose destructor never runs.
            if let Some(this) = &f.this {
                if oa.name.len == 11 && view.str(oa.name).eq_ignore_ascii_case(b"__construct") {
                    this.mark_destructed();
                }
            }
            from_callee = true;
            if self.frames.len() <= stop_depth {
                return Err(Unwind::Throw(e));
            }
        }
    }

    /// Free the temporaries live at op `op` of frame `fi` that a jump to `target` leaves
    /// (Zend's `cleanup_live_vars`): a foreach left by an exception releases its
    /// iterator (a generator's `finally` runs) before the catch block.
    fn free_live_vars(&mut self, fi: usize, op: u32, target: u32) {
        let f = &self.frames[fi];
        let (loaded, oa) = self.op_array_of(f);
        let base = f.base;
        let view = loaded.view();
        for lr in &view.live_ranges[oa.live_ranges.indices()] {
            let live = lr.start <= op && op < lr.end;
            let left = target < lr.start || target >= lr.end;
            let kind = lr.kind;
            // A NEW's object whose constructor threw goes too (ZEND_LIVE_NEW).
            if live
                && left
                && matches!(
                    kind,
                    LiveRangeKind::TmpVar | LiveRangeKind::Loop | LiveRangeKind::New
                )
            {
                let slot = base + lr.var as usize;
                if let Some(v) = self.stack.get_mut(slot) {
                    *v = Value::Undef;
                }
                if kind == LiveRangeKind::Loop {
                    self.fe_positions.retain(|(s, _)| *s != slot);
                }
            }
        }
    }

    /// Name of CV `i` of the running op_array.
    fn cv_name<'a>(&self, code: &Code<'a>, i: u32) -> &'a [u8] {
        code.view
            .str(code.view.var_names[code.oa().vars.start as usize + i as usize])
    }

    fn undefined_var(&mut self, code: &Code<'_>, i: u32) {
        let name = String::from_utf8_lossy(self.cv_name(code, i)).into_owned();
        self.warning(&format!("Undefined variable ${name}"));
    }

    /// Read an operand for use: TMP/VAR are consumed, CVs copied (warning if undefined).
    #[inline(always)]
    fn read(&mut self, code: &Code<'_>, c: Ctx, o: Operand) -> Value {
        match o.kind {
            OperandKind::Const => code.lits[o.value as usize].clone(),
            OperandKind::TmpVar | OperandKind::Var => {
                match std::mem::take(&mut self.stack[c.base + o.value as usize]) {
                    Value::Reference(r) => r.borrow().clone(),
                    Value::Undef => Value::Null,
                    v => v,
                }
            }
            OperandKind::Cv => match &self.stack[c.base + o.value as usize] {
                Value::Undef => {
                    self.undefined_var(code, o.value);
                    Value::Null
                }
                Value::Reference(r) => {
                    let v = r.borrow().clone();
                    if matches!(v, Value::Undef) {
                        self.undefined_var(code, o.value);
                        return Value::Null;
                    }
                    v
                }
                v => v.clone(),
            },
            OperandKind::Unused => Value::Null,
        }
    }

    /// Read without consuming a TMP and without the undefined warning (isset, ??).
    fn read_quiet(&self, code: &Code<'_>, c: Ctx, o: Operand) -> Value {
        let v = match o.kind {
            OperandKind::Const => return code.lits[o.value as usize].clone(),
            OperandKind::TmpVar | OperandKind::Var => peek(&self.stack[c.base + o.value as usize]),
            OperandKind::Cv => peek(&self.stack[c.base + o.value as usize]),
            OperandKind::Unused => Value::Null,
        };
        match v {
            Value::Undef => Value::Null,
            v => v,
        }
    }

    /// Absolute stack index of a CV/TMP/VAR operand.
    #[inline(always)]
    fn slot(c: Ctx, o: Operand) -> usize {
        c.base + o.value as usize
    }

    #[inline(always)]
    fn set_result(&mut self, c: Ctx, o: Operand, v: Value) {
        if o.kind != OperandKind::Unused {
            let slot = Self::slot(c, o);
            if o.kind == OperandKind::Cv {
                assign_slot(&mut self.stack[slot], v);
            } else {
                put(&mut self.stack[slot], v);
            }
        }
    }

    /// The variable an op writes to, as a reference holder or a plain slot: taken out
    /// so the operation can use `&mut self`; give it back with [`Vm::put_lvalue`].
    fn take_lvalue(&mut self, c: Ctx, o: Operand) -> (Lvalue, Value) {
        let slot = Self::slot(c, o);
        if o.kind != OperandKind::Cv {
            // A VAR from a write fetch is consumed: its reference must not outlive the op.
            // Any other VAR (FETCH_THIS's object in `$this[k] = v`) goes back untouched.
            match std::mem::take(&mut self.stack[slot]) {
                Value::Reference(r) => {
                    let v = std::mem::take(&mut *r.borrow_mut());
                    return (Lvalue::Ref(r), v);
                }
                v => self.stack[slot] = v,
            }
        }
        match &mut self.stack[slot] {
            Value::Reference(r) => {
                let r = r.clone();
                let v = std::mem::take(&mut *r.borrow_mut());
                (Lvalue::Ref(r), v)
            }
            v => (Lvalue::Slot(slot), std::mem::take(v)),
        }
    }

    fn put_lvalue(&mut self, lv: Lvalue, v: Value) {
        match lv {
            Lvalue::Slot(s) => self.stack[s] = v,
            Lvalue::Ref(r) => *r.borrow_mut() = v,
        }
    }

    /// Make the variable behind an operand a reference (CV or VAR holding one).
    fn operand_ref(&mut self, c: Ctx, o: Operand) -> PhpRef {
        let slot = Self::slot(c, o);
        let r = make_ref(&mut self.stack[slot]);
        if o.kind != OperandKind::Cv {
            self.stack[slot] = Value::Undef;
        }
        r
    }

    fn jump_target(op_value: u32) -> usize {
        op_value as usize
    }

    #[inline(never)]
    fn slow_binary(&mut self, code: &Code<'_>, c: Ctx, op: &Op) -> Result<Value, Unwind> {
        let a = self.read(code, c, op.op1);
        let b = self.read(code, c, op.op2);
        let r = ops::binary_op(self, op.opcode, &a, &b);
        // Zend frees op1 before op2 (destructor order, reused object ids).
        drop(a);
        drop(b);
        r
    }

    /// The hot loop: insns whose fast path takes them, plain calls and returns within
    /// the running script included, with the position and the running code held in
    /// locals (the general handlers live in [`Vm::dispatch`], out of this loop's way).
    /// Stops before anything else, with `cm`, `cref` and `ip` naming the insn (and
    /// `Vm::line` set to its line unless the stop is a safe point); an error leaves
    /// them at the op that failed, as the general handlers do.
    #[inline(never)]
    fn run_fast<'a>(
        &mut self,
        cm: &mut Code<'a>,
        cref: &mut Ctx,
        ip: &mut usize,
        stop_depth: usize,
    ) -> Result<Stop, Unwind> {
        // The running code is used where it lies (a call or return to another
        // op_array rewrites it there): entering and leaving copy two words, not a `Code`.
        let code = cm;
        let (mut c, mut pc) = (*cref, *ip);
        let stop = 'run: loop {
            if crate::object::has_pending_destructs() {
                break Ok(Stop::SafePoint);
            }
            // `pc` comes from a frame or a general handler here, checked once: within
            // the inner loop the fast paths keep it in bounds (`prepared::prepare`).
            if pc >= code.insns.len() {
                break Ok(Stop::General);
            }
            // The window invariant (`prepared`): the fast paths address the frame's
            // slots unchecked, so they run only while its window is below the top.
            if c.base + code.slots() > self.stack.len() {
                self.line = code.insns[pc].line;
                break Ok(Stop::General);
            }
            // The running frame's insns, until a call or a return.
            loop {
                debug_assert!(pc < code.insns.len());
                // SAFETY: `pc < code.insns.len()`: checked above on entering this
                // loop (or a frame was just entered at its insn 0: every stream ends
                // with a sentinel), and a fast path that ran at an insn moves `pc` at
                // most to the index of the stream's final sentinel insn, which
                // declines (the invariant `prepare` documents;
                // `jump_targets_stay_within_the_op_array`).
                let insn = unsafe { code.insns.get_unchecked(pc) };
                match self.run_insn(code, c, insn, &mut pc) {
                    prepared::Ran::Pure => {}
                    prepared::Ran::Done => {
                        if crate::object::has_pending_destructs() {
                            continue 'run;
                        }
                    }
                    prepared::Ran::Declined => {
                        self.line = insn.line;
                        break 'run Ok(Stop::General);
                    }
                    prepared::Ran::Call => {
                        self.line = insn.line;
                        match self.enter_plain_call(c, insn, pc) {
                            Ok(Some((script, op_array, base))) => {
                                self.switch_code(code, script, op_array);
                                // The new frame's window was made live with it and
                                // nothing was released: its first insn runs without
                                // the checks.
                                c = Ctx {
                                    fi: self.frames.len() - 1,
                                    base,
                                };
                                pc = 0;
                            }
                            Ok(None) => break 'run Ok(Stop::General),
                            Err(e) => break 'run Err(e),
                        }
                    }
                    prepared::Ran::Return => {
                        self.line = insn.line;
                        let Some(v) = self.plain_value(code, c.base, insn.a) else {
                            break 'run Ok(Stop::General);
                        };
                        let depth = self.frames.len() - 1;
                        let ret = self.pop_returning_frame();
                        // The frame `run` was entered for (an engine callback's, the
                        // main script's): its value goes to `run`'s caller.
                        if depth <= stop_depth {
                            break 'run Ok(Stop::Left(v));
                        }
                        match ret {
                            Some(slot) => put(&mut self.stack[slot], v),
                            // An unused result: dropped without a call for a number.
                            None if v.is_refcounted() => drop(v),
                            None => std::mem::forget(v),
                        }
                        self.switch_to_top(code, &mut c, &mut pc);
                        // Releasing the frame's slots may have made a safe point due.
                        continue 'run;
                    }
                }
            }
        };
        (*cref, *ip) = (c, pc);
        stop
    }

    /// The main loop for one frame activation: the hot loop, then the general handler
    /// of the insn it stopped at.
    fn dispatch<'a>(
        &mut self,
        cm: &mut Code<'a>,
        cref: &mut Ctx,
        ip: &mut usize,
        stop_depth: usize,
    ) -> Result<Flow, Unwind> {
        loop {
            match self.run_fast(cm, cref, ip, stop_depth)? {
                Stop::General => {}
                // One flag for everything that waits for a safe point: destructors, the
                // cycle collector, an exception raised where it could not be returned.
                Stop::SafePoint => {
                    if let Some(e) = self.pending.take() {
                        return Err(Unwind::Throw(e));
                    }
                    self.frames[cref.fi].ip = *ip as u32;
                    self.run_pending_destructs()?;
                    continue;
                }
                Stop::Left(v) => return Ok(Flow::Left(v)),
            }
            let c = *cref;
            let code: &Code<'a> = cm;
            let op: &'a Op = &code.ops()[*ip];
            match op.opcode {
                Opcode::Add
                | Opcode::Sub
                | Opcode::Mul
                | Opcode::Div
                | Opcode::Mod
                | Opcode::Sl
                | Opcode::Sr
                | Opcode::BwOr
                | Opcode::BwAnd
                | Opcode::BwXor
                | Opcode::Spaceship => {
                    let fast = match (
                        self.fast_operand(code, c, op.op1),
                        self.fast_operand(code, c, op.op2),
                    ) {
                        (Some(a), Some(b)) => fast_arith(op.opcode, a, b),
                        _ => None,
                    };
                    let v = match fast {
                        Some(v) => v,
                        None => self.slow_binary(code, c, op)?,
                    };
                    self.set_result(c, op.result, v);
                }
                Opcode::IsSmaller
                | Opcode::IsSmallerOrEqual
                | Opcode::IsEqual
                | Opcode::IsNotEqual
                | Opcode::IsIdentical
                | Opcode::IsNotIdentical => {
                    let fast = match (
                        self.fast_operand(code, c, op.op1),
                        self.fast_operand(code, c, op.op2),
                    ) {
                        (Some(Value::Long(a)), Some(Value::Long(b))) => Some(match op.opcode {
                            Opcode::IsSmaller => a < b,
                            Opcode::IsSmallerOrEqual => a <= b,
                            Opcode::IsEqual | Opcode::IsIdentical => a == b,
                            _ => a != b,
                        }),
                        _ => None,
                    };
                    let v = match fast {
                        Some(b) => Value::from(b),
                        None => self.slow_binary(code, c, op)?,
                    };
                    // A comparison feeding the next JMPZ/JMPNZ jumps directly (Zend's
                    // smart branch): the TMP the jump would consume is never stored.
                    if let Some(next) = code.ops().get(*ip + 1) {
                        if matches!(next.opcode, Opcode::Jmpz | Opcode::Jmpnz)
                            && op.result.kind == OperandKind::TmpVar
                            && next.op1.kind == OperandKind::TmpVar
                            && next.op1.value == op.result.value
                        {
                            *ip = if v.to_bool() == (next.opcode == Opcode::Jmpnz) {
                                Self::jump_target(next.op2.value)
                            } else {
                                *ip + 2
                            };
                            continue;
                        }
                    }
                    self.set_result(c, op.result, v);
                }
                Opcode::Concat | Opcode::FastConcat | Opcode::Pow | Opcode::BoolXor => {
                    let v = self.slow_binary(code, c, op)?;
                    self.set_result(c, op.result, v);
                }
                Opcode::BwNot => {
                    let a = self.read(code, c, op.op1);
                    let v = ops::bitwise_not(self, &a)?;
                    self.set_result(c, op.result, v);
                }
                Opcode::BoolNot => {
                    let a = self.read(code, c, op.op1);
                    self.set_result(c, op.result, Value::from(!a.to_bool()));
                }
                Opcode::Bool => {
                    let a = self.read(code, c, op.op1);
                    self.set_result(c, op.result, Value::from(a.to_bool()));
                }
                Opcode::QmAssign | Opcode::CopyTmp => {
                    let a = if op.opcode == Opcode::CopyTmp {
                        self.read_quiet(code, c, op.op1)
                    } else {
                        self.read(code, c, op.op1)
                    };
                    self.set_result(c, op.result, a);
                }
                Opcode::Cast => {
                    let a = self.read(code, c, op.op1);
                    let v = ops::cast(self, &a, op.extended_value)?;
                    self.set_result(c, op.result, v);
                }
                Opcode::Assign => {
                    let mut v = self.read(code, c, op.op2);
                    let slot = Self::slot(c, op.op1);
                    if let Value::Reference(r) = &self.stack[slot] {
                        if crate::typed_ref::any() {
                            v = self.typed_ref_value(&r.clone(), v)?;
                        }
                    }
                    assign_slot(&mut self.stack[slot], v.clone());
                    if op.result.kind != OperandKind::Unused {
                        self.set_result(c, op.result, v);
                    }
                }
                Opcode::AssignOp => {
                    // `$cv op= number` on a plain number: in place, no lvalue juggling
                    // (a numeric TMP left in its slot needs no drop).
                    if op.op1.kind == OperandKind::Cv {
                        let slot = Self::slot(c, op.op1);
                        let r = match self.fast_operand(code, c, op.op2) {
                            Some(b) => {
                                fast_arith(opcode_from_u32(op.extended_value), &self.stack[slot], b)
                            }
                            None => None,
                        };
                        if let Some(r) = r {
                            if op.result.kind != OperandKind::Unused {
                                self.set_result(c, op.result, r.clone());
                            }
                            put(&mut self.stack[slot], r);
                            *ip += 1;
                            continue;
                        }
                    }
                    let b = self.read(code, c, op.op2);
                    let (lv, mut cur) = self.take_lvalue(c, op.op1);
                    if matches!(cur, Value::Undef) {
                        if op.op1.kind == OperandKind::Cv {
                            self.undefined_var(code, op.op1.value);
                        }
                        cur = Value::Null;
                    }
                    let old = typed_lvalue(&lv).then(|| cur.clone());
                    let mut r = self.assign_op(op.extended_value, &mut cur, &b);
                    if let (Some(old), Lvalue::Ref(tr)) = (old, &lv) {
                        self.check_typed_op(tr, old, &mut cur, &mut r);
                    }
                    let out = cur.clone();
                    self.put_lvalue(lv, cur);
                    r?;
                    self.set_result(c, op.result, out);
                }
                Opcode::PreInc | Opcode::PreDec | Opcode::PostInc | Opcode::PostDec => {
                    let slot = Self::slot(c, op.op1);
                    if let Value::Long(n) = &mut self.stack[slot] {
                        let old = *n;
                        let inc = matches!(op.opcode, Opcode::PreInc | Opcode::PostInc);
                        let new = if inc {
                            n.checked_add(1)
                        } else {
                            n.checked_sub(1)
                        };
                        if let Some(m) = new {
                            *n = m;
                            let res = if matches!(op.opcode, Opcode::PreInc | Opcode::PreDec) {
                                m
                            } else {
                                old
                            };
                            if op.result.kind != OperandKind::Unused {
                                self.stack[Self::slot(c, op.result)] = Value::Long(res);
                            }
                            *ip += 1;
                            continue;
                        }
                    }
                    self.incdec_slow(code, c, op)?;
                }
                Opcode::InitFcall | Opcode::InitFcallByName | Opcode::InitNsFcallByName => {
                    let func = self.resolve_call_literal(code, op)?;
                    self.begin_call(func);
                }
                Opcode::SendValEx => self.op_send_val_ex(code, c, op)?,
                Opcode::SendVal | Opcode::SendVar => {
                    let v = self.read(code, c, op.op1);
                    self.send(code, op, v);
                }
                Opcode::Recv | Opcode::RecvInit => {
                    if !self.recv_fits(code, c, op) {
                        self.op_recv(code, c, op)?;
                    }
                }
                Opcode::VerifyReturnType if self.returns_as_is(code, c, op) => {}
                Opcode::DoFcall | Opcode::DoIcall | Opcode::DoUcall | Opcode::DoFcallByName => {
                    if let Step::SwitchFrame = self.do_call(c, op, ip)? {
                        self.switch_to_top(cm, cref, ip);
                        continue;
                    }
                }
                Opcode::Jmp => {
                    *ip = Self::jump_target(op.op1.value);
                    continue;
                }
                Opcode::Jmpz | Opcode::Jmpnz => {
                    let b = match op.op1.kind {
                        OperandKind::TmpVar => match &self.stack[c.base + op.op1.value as usize] {
                            Value::True => true,
                            Value::False => false,
                            _ => self.read(code, c, op.op1).to_bool(),
                        },
                        _ => self.read(code, c, op.op1).to_bool(),
                    };
                    if b == (op.opcode == Opcode::Jmpnz) {
                        *ip = Self::jump_target(op.op2.value);
                        continue;
                    }
                }
                Opcode::JmpzEx | Opcode::JmpnzEx => {
                    let b = self.read(code, c, op.op1).to_bool();
                    self.set_result(c, op.result, Value::from(b));
                    if b == (op.opcode == Opcode::JmpnzEx) {
                        *ip = Self::jump_target(op.op2.value);
                        continue;
                    }
                }
                Opcode::JmpSet => {
                    let v = self.read(code, c, op.op1);
                    if v.to_bool() {
                        self.set_result(c, op.result, v);
                        *ip = Self::jump_target(op.op2.value);
                        continue;
                    }
                }
                Opcode::Coalesce => {
                    let v = self.read_quiet(code, c, op.op1);
                    if matches!(op.op1.kind, OperandKind::TmpVar | OperandKind::Var) {
                        self.stack[Self::slot(c, op.op1)] = Value::Undef;
                    }
                    if !v.is_null() {
                        self.set_result(c, op.result, v);
                        *ip = Self::jump_target(op.op2.value);
                        continue;
                    }
                }
                Opcode::JmpNull => {
                    // An undefined variable warns unless under isset()/empty()/??.
                    let v = if op.op1.kind == OperandKind::Cv && op.extended_value & 4 == 0 {
                        self.read(code, c, op.op1)
                    } else {
                        self.read_quiet(code, c, op.op1)
                    };
                    if v.is_null() {
                        // The chain's value: null, or isset()'s false, or empty()'s true.
                        let r = match op.extended_value & 3 {
                            1 => Value::False,
                            2 => Value::True,
                            _ => Value::Null,
                        };
                        self.set_result(c, op.result, r);
                        *ip = Self::jump_target(op.op2.value);
                        continue;
                    }
                    self.set_result(c, op.result, v);
                }
                Opcode::Case | Opcode::CaseStrict => {
                    let a = self.read_quiet(code, c, op.op1);
                    let b = self.read(code, c, op.op2);
                    let eq = if op.opcode == Opcode::Case {
                        match crate::ops::object_cast_operands(self, &a, &b)? {
                            Some((a, b)) => a.loose_eq(&b),
                            None => a.loose_eq(&b),
                        }
                    } else {
                        a.strict_eq(&b)
                    };
                    self.set_result(c, op.result, Value::from(eq));
                }
                Opcode::SwitchLong | Opcode::SwitchString => {
                    // The CASE chain that follows decides; the jump table is an optimisation.
                }
                Opcode::Match => {
                    let v = self.read(code, c, op.op1);
                    let table = &code.lits[op.op2.value as usize];
                    let target = match (table, &v) {
                        (Value::Array(t), Value::Long(n)) => t.get(&ArrayKey::Int(*n)).cloned(),
                        (Value::Array(t), Value::String(s)) => {
                            t.get(&ArrayKey::Str(s.clone())).cloned()
                        }
                        _ => None,
                    };
                    *ip = match target {
                        Some(t) => t.to_long() as usize,
                        None => op.extended_value as usize,
                    };
                    continue;
                }
                Opcode::MatchError => {
                    let v = self.read(code, c, op.op1);
                    // Scalars are shown as smart_str_append_scalar writes them (a
                    // string escaped and cut as in traces).
                    let shown = match &v {
                        Value::Array(_) | Value::Object(_) | Value::Resource(_) => {
                            format!("of type {}", v.debug_type_name())
                        }
                        v => trace_arg(v, self.precision(), self.exception_param_max_len()),
                    };
                    return Err(self.throw_error(
                        "UnhandledMatchError",
                        format!("Unhandled match case {shown}"),
                    ));
                }
                Opcode::Echo => {
                    if op.op1.kind == OperandKind::Const {
                        if let Value::String(s) = &code.lits[op.op1.value as usize] {
                            self.out.write(s);
                            if self.out.needs_attention() {
                                self.output_event()?;
                            }
                            *ip += 1;
                            continue;
                        }
                    }
                    let v = self.read(code, c, op.op1);
                    match &v {
                        Value::String(s) => self.out.write(s),
                        Value::Long(n) => self.out.write(LongDigits::new(*n).as_bytes()),
                        _ => {
                            let s = v.to_php_string(self)?;
                            self.out.write(&s);
                        }
                    }
                    if self.out.needs_attention() {
                        self.output_event()?;
                    }
                }
                Opcode::RopeInit | Opcode::RopeAdd | Opcode::RopeEnd => {
                    let mut acc = if op.opcode == Opcode::RopeInit {
                        Vec::new()
                    } else {
                        match self.read(code, c, op.op1) {
                            Value::String(s) => Rc::try_unwrap(s).unwrap_or_else(|s| (*s).clone()),
                            _ => Vec::new(),
                        }
                    };
                    let v = self.read(code, c, op.op2);
                    let s = v.to_php_string(self)?;
                    acc.extend_from_slice(&s);
                    self.set_result(c, op.result, Value::from(acc));
                }
                Opcode::BeginSilence => {
                    let old = self.error_reporting;
                    self.set_result(c, op.result, Value::Long(old));
                    self.error_reporting &= errors::SILENCE_MASK;
                }
                Opcode::EndSilence => {
                    // Back to the saved level unless the silenced code changed it.
                    let old = self.read(code, c, op.op1).to_long();
                    let only_fatal = |m: i64| m & !errors::SILENCE_MASK == 0;
                    if only_fatal(self.error_reporting) && !only_fatal(old) {
                        self.error_reporting = old;
                    }
                }
                Opcode::Free | Opcode::FeFree => {
                    let slot = Self::slot(c, op.op1);
                    self.stack[slot] = Value::Undef;
                    if op.opcode == Opcode::FeFree {
                        self.fe_positions.retain(|(s, _)| *s != slot);
                    }
                }
                // Emitted instead of the final return of a `never` function.
                Opcode::VerifyNeverType => {
                    let name = String::from_utf8_lossy(code.view.str(code.oa().name));
                    let class = self.frames[c.fi]
                        .class
                        .as_ref()
                        .map_or(String::new(), |k| format!("{}::", k.name));
                    let msg = format!(
                        "{class}{name}(): never-returning function must not implicitly return"
                    );
                    return Err(self.throw_error("TypeError", msg));
                }
                Opcode::Ticks => crate::builtins::ticks::tick(self, op.extended_value)?,
                Opcode::Nop
                | Opcode::ExtStmt
                | Opcode::ExtFcallBegin
                | Opcode::ExtFcallEnd
                | Opcode::ExtNop
                | Opcode::OpData
                | Opcode::CheckUndefArgs
                | Opcode::DeclareConst
                | Opcode::AssertCheck => {
                    if op.opcode == Opcode::DeclareConst {
                        let name = self.read(code, c, op.op1);
                        let lit = (code.oa().literals.start + op.op2.value) as usize;
                        let v = match code.view.literals.get(lit) {
                            Some(miniphp_compiler::Literal::ConstExpr(idx))
                                if op.op2.kind == OperandKind::Const =>
                            {
                                let scope = self.frames[c.fi].class.clone();
                                self.eval_in_scope(code.script, *idx, scope.as_ref())?
                            }
                            _ => self.read(code, c, op.op2),
                        };
                        let name = name.to_string_lossy(14);
                        let shown = String::from_utf8_lossy(&name).into_owned();
                        if !self.define_constant(&shown, v) {
                            self.warning(&format!("Constant {shown} already defined"));
                        }
                    }
                }
                Opcode::Exit => {
                    if op.op1.kind != OperandKind::Unused {
                        let v = self.read(code, c, op.op1);
                        match v {
                            Value::Long(n) => self.exit_status = n as i32,
                            other => {
                                let s = other.to_php_string(self)?;
                                self.echo(&s);
                            }
                        }
                    }
                    return Err(Unwind::Exit);
                }
                Opcode::Return | Opcode::ReturnByRef | Opcode::GeneratorReturn => {
                    let v = if op.opcode == Opcode::ReturnByRef {
                        let depth = self.frames.len() - 1;
                        let to_caller = depth > stop_depth || self.ref_return_depth == Some(depth);
                        self.return_by_ref(code, c, op, to_caller)
                    } else {
                        self.read(code, c, op.op1)
                    };
                    if self.frames.len() - 1 <= stop_depth {
                        return Ok(Flow::Return(v));
                    }
                    if let Some(slot) = self.pop_returning_frame() {
                        put(&mut self.stack[slot], v);
                    }
                    self.switch_to_top(cm, cref, ip);
                    continue;
                }
                Opcode::GeneratorCreate | Opcode::Yield | Opcode::YieldFrom => {
                    let generator::Left { value, ret } = self.generator_op(code, c, op, *ip)?;
                    if self.frames.len() <= stop_depth {
                        return Ok(Flow::Left(value));
                    }
                    if let Some(slot) = ret {
                        self.stack[slot] = value;
                    }
                    self.switch_to_top(cm, cref, ip);
                    continue;
                }
                _ => match self.dispatch_rest(code, c, op, ip)? {
                    Step::Next => {}
                    Step::Jump(t) => {
                        *ip = t;
                        continue;
                    }
                    Step::SwitchFrame => {
                        self.switch_to_top(cm, cref, ip);
                        continue;
                    }
                    Step::Skip => *ip += 1,
                },
            }
            *ip += 1;
        }
    }

    /// RECV's common case: an argument was passed and its declared type (if any)
    /// takes it as is, so there is nothing to do.
    #[inline(always)]
    fn recv_fits(&self, code: &Code<'_>, c: Ctx, op: &Op) -> bool {
        let n = op.op1.value;
        let infos = code.oa().arg_infos;
        if n == 0 || n > infos.len || n > self.frames[c.fi].num_args {
            return false;
        }
        let ty = &code.view.arg_infos[(infos.start + n - 1) as usize].ty;
        match &self.stack[Self::slot(c, op.result)] {
            Value::Object(o) => object_fits_by_name(code.view, ty, o),
            v => plain_value_fits(ty.mask, v),
        }
    }

    /// RECV's object case for the prepared stream: parameter `n` (1-based) of the
    /// running op_array takes `o` as is.
    #[inline(never)]
    fn recv_object_fits(code: &Code<'_>, n: u32, o: &PhpObject) -> bool {
        let infos = code.oa().arg_infos;
        n >= 1
            && n <= infos.len
            && object_fits_by_name(
                code.view,
                &code.view.arg_infos[(infos.start + n - 1) as usize].ty,
                o,
            )
    }

    /// VERIFY_RETURN_TYPE's common case: a variable already of the declared type.
    #[inline(always)]
    fn returns_as_is(&self, code: &Code<'_>, c: Ctx, op: &Op) -> bool {
        matches!(
            op.op1.kind,
            OperandKind::Cv | OperandKind::TmpVar | OperandKind::Var
        ) && op.result.kind == OperandKind::Unused
            && match &self.stack[Self::slot(c, op.op1)] {
                Value::Object(o) => object_fits_by_name(code.view, &code.oa().return_type, o),
                v => plain_value_fits(code.oa().return_type.mask, v),
            }
    }

    /// A number operand without copying, if it is one (fast paths).
    #[inline(always)]
    fn fast_operand<'a>(&'a self, code: &'a Code<'_>, c: Ctx, o: Operand) -> Option<&'a Value> {
        let v = match o.kind {
            OperandKind::Const => &code.lits[o.value as usize],
            OperandKind::Cv => &self.stack[c.base + o.value as usize],
            OperandKind::TmpVar | OperandKind::Var => &self.stack[c.base + o.value as usize],
            OperandKind::Unused => return None,
        };
        matches!(v, Value::Long(_) | Value::Double(_)).then_some(v)
    }

    fn assign_op(&mut self, opcode: u32, cur: &mut Value, b: &Value) -> Result<(), Unwind> {
        let opcode = opcode_from_u32(opcode);
        if opcode == Opcode::Concat {
            return ops::concat_assign(self, cur, b);
        }
        if let Some(r) = fast_arith(opcode, cur, b) {
            *cur = r;
            return Ok(());
        }
        *cur = ops::binary_op(self, opcode, cur, b)?;
        Ok(())
    }

    /// After `cur op= x` through the typed reference `r` (which held `old`): the result
    /// checked for its properties, or `old` back and the TypeError in `res`.
    fn check_typed_op(
        &mut self,
        r: &PhpRef,
        old: Value,
        cur: &mut Value,
        res: &mut Result<(), Unwind>,
    ) {
        if res.is_err() {
            return;
        }
        match self.typed_ref_value(r, std::mem::take(cur)) {
            Ok(v) => *cur = v,
            Err(e) => (*cur, *res) = (old, Err(e)),
        }
    }

    fn incdec_slow(&mut self, code: &Code<'_>, c: Ctx, op: &Op) -> Result<(), Unwind> {
        let (lv, mut cur) = self.take_lvalue(c, op.op1);
        if matches!(cur, Value::Undef) {
            if op.op1.kind == OperandKind::Cv {
                self.undefined_var(code, op.op1.value);
            }
            cur = Value::Null;
        }
        let old = cur.clone();
        let inc = matches!(op.opcode, Opcode::PreInc | Opcode::PostInc);
        let mut r = if inc {
            ops::increment(self, &mut cur)
        } else {
            ops::decrement(self, &mut cur)
        };
        if let (Lvalue::Ref(tr), true) = (&lv, r.is_ok() && typed_lvalue(&lv)) {
            if matches!((&old, &cur), (Value::Long(_), Value::Double(_))) {
                // An int past its limit: the value stays the int (Zend's incdec_typed_ref).
                if let Err(e) = self.typed_ref_overflow(tr, inc) {
                    (cur, r) = (old.clone(), Err(e));
                }
            } else {
                self.check_typed_op(tr, old.clone(), &mut cur, &mut r);
            }
        }
        let new = cur.clone();
        self.put_lvalue(lv, cur);
        r?;
        let res = if matches!(op.opcode, Opcode::PreInc | Opcode::PreDec) {
            new
        } else {
            old
        };
        self.set_result(c, op.result, res);
        Ok(())
    }
}

/// Whether an lvalue is a reference bound to typed properties (its writes are checked).
fn typed_lvalue(lv: &Lvalue) -> bool {
    matches!(lv, Lvalue::Ref(r) if is_typed_ref(r))
}

/// Whether a reference is bound to typed properties.
fn is_typed_ref(r: &PhpRef) -> bool {
    crate::typed_ref::any() && !crate::typed_ref::sources(r).is_empty()
}

/// An lvalue taken out of its home.
pub(crate) enum Lvalue {
    Slot(usize),
    Ref(PhpRef),
}

/// What a less frequent opcode's handler asks the loop to do next.
enum Step {
    Next,
    /// Skip the following OP_DATA too.
    Skip,
    Jump(usize),
    /// A frame was pushed or popped: run the top frame.
    SwitchFrame,
}

/// Arithmetic on two plain numbers that cannot fail or warn (`None`: take the
/// general path, which also raises division by zero and overflow to float).
#[inline(always)]
fn fast_arith(opcode: Opcode, a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Long(a), Value::Long(b)) => {
            let (a, b) = (*a, *b);
            return match opcode {
                Opcode::Add => a.checked_add(b).map(Value::Long),
                Opcode::Sub => a.checked_sub(b).map(Value::Long),
                Opcode::Mul => a.checked_mul(b).map(Value::Long),
                Opcode::Mod if b == -1 => Some(Value::Long(0)),
                Opcode::Mod if b != 0 => Some(Value::Long(a % b)),
                Opcode::Div if b != 0 && b != -1 => Some(if a % b == 0 {
                    Value::Long(a / b)
                } else {
                    Value::Double(a as f64 / b as f64)
                }),
                Opcode::BwAnd => Some(Value::Long(a & b)),
                Opcode::BwOr => Some(Value::Long(a | b)),
                Opcode::BwXor => Some(Value::Long(a ^ b)),
                // Negative and >= 64-bit shifts (ArithmeticError, 0 or -1) take the
                // general path.
                Opcode::Sl if (0..64).contains(&b) => Some(Value::Long(a.wrapping_shl(b as u32))),
                Opcode::Sr if (0..64).contains(&b) => Some(Value::Long(a >> b)),
                Opcode::Spaceship => Some(Value::Long(a.cmp(&b) as i64)),
                _ => None,
            };
        }
        // ZEND_THREEWAY_COMPARE: NAN is neither equal nor smaller, so 1. Mixed int and
        // float operands take the general path.
        (Value::Double(x), Value::Double(y)) if opcode == Opcode::Spaceship => {
            return Some(Value::Long(if x == y {
                0
            } else if x < y {
                -1
            } else {
                1
            }));
        }
        (Value::Double(a), Value::Double(b)) => (*a, *b),
        (Value::Long(a), Value::Double(b)) => (*a as f64, *b),
        (Value::Double(a), Value::Long(b)) => (*a, *b as f64),
        _ => return None,
    };
    match opcode {
        Opcode::Add => Some(Value::Double(x + y)),
        Opcode::Sub => Some(Value::Double(x - y)),
        Opcode::Mul => Some(Value::Double(x * y)),
        Opcode::Div if y != 0.0 => Some(Value::Double(x / y)),
        _ => None,
    }
}

/// Whether an object fits a declared parameter or return type without resolving a
/// class (RECV's and VERIFY_RETURN_TYPE's fast paths): the type takes
/// any object, or names the object's class, an ancestor or an interface it implements
/// (a name that is in its hierarchy is that class). Aliases, `self`/`parent`/`static`,
/// `iterable` and intersections take the general path.
fn object_fits_by_name(
    view: &ScriptView<'_>,
    ty: &miniphp_compiler::TypeDecl,
    o: &PhpObject,
) -> bool {
    use miniphp_compiler::TypeDecl as T;
    if ty.mask & T::DECLARED == 0 || ty.mask & (T::OBJECT | T::MIXED) != 0 {
        return true;
    }
    if ty.mask & (T::INTERSECTION | T::DNF) != 0 {
        return false;
    }
    view.type_names[ty.class_names.indices()].iter().any(|n| {
        let n = view.str(*n);
        o.class.instance_of_name(n.strip_prefix(b"\\").unwrap_or(n))
    })
}

/// Whether a value that is not an object (which needs the class scope), a reference
/// or undefined fits a declared type as is (no type declared: anything fits).
#[inline(always)]
fn plain_value_fits(m: u32, v: &Value) -> bool {
    !matches!(v, Value::Undef | Value::Reference(_) | Value::Object(_))
        && (m & miniphp_compiler::TypeDecl::DECLARED == 0 || handlers::scalar_fits(m, v))
}

/// ASSIGN_OP's extended_value: a binary opcode number.
fn opcode_from_u32(n: u32) -> Opcode {
    match n {
        1 => Opcode::Add,
        2 => Opcode::Sub,
        3 => Opcode::Mul,
        4 => Opcode::Div,
        5 => Opcode::Mod,
        6 => Opcode::Sl,
        7 => Opcode::Sr,
        8 => Opcode::Concat,
        9 => Opcode::BwOr,
        10 => Opcode::BwAnd,
        11 => Opcode::BwXor,
        12 => Opcode::Pow,
        _ => Opcode::Nop,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long(v: Option<Value>) -> Option<i64> {
        match v {
            Some(Value::Long(n)) => Some(n),
            _ => None,
        }
    }

    fn double(v: Option<Value>) -> Option<f64> {
        match v {
            Some(Value::Double(d)) => Some(d),
            _ => None,
        }
    }

    #[test]
    fn fast_arith_matches_php() {
        let (l, d) = (Value::Long, Value::Double);
        assert_eq!(long(fast_arith(Opcode::Mod, &l(-7), &l(3))), Some(-1));
        assert_eq!(long(fast_arith(Opcode::Mod, &l(i64::MIN), &l(-1))), Some(0));
        assert_eq!(long(fast_arith(Opcode::Div, &l(6), &l(3))), Some(2));
        assert_eq!(double(fast_arith(Opcode::Div, &l(7), &l(2))), Some(3.5));
        assert_eq!(double(fast_arith(Opcode::Add, &l(1), &d(0.5))), Some(1.5));
        assert_eq!(double(fast_arith(Opcode::Div, &d(1.0), &l(4))), Some(0.25));
        assert_eq!(long(fast_arith(Opcode::Spaceship, &l(-3), &l(2))), Some(-1));
        assert_eq!(
            long(fast_arith(Opcode::Spaceship, &l(i64::MAX), &l(i64::MIN))),
            Some(1)
        );
        assert_eq!(
            long(fast_arith(Opcode::Spaceship, &d(2.5), &d(2.5))),
            Some(0)
        );
        assert_eq!(
            long(fast_arith(Opcode::Spaceship, &d(f64::NAN), &d(1.0))),
            Some(1)
        );
        assert_eq!(
            long(fast_arith(Opcode::Spaceship, &d(1.0), &d(f64::NAN))),
            Some(1)
        );
        assert!(fast_arith(Opcode::Spaceship, &l(1), &d(1.5)).is_none());
    }

    #[test]
    fn fast_arith_leaves_errors_and_overflow_to_the_general_path() {
        let l = Value::Long;
        assert!(fast_arith(Opcode::Mod, &l(1), &l(0)).is_none());
        assert!(fast_arith(Opcode::Div, &l(1), &l(0)).is_none());
        assert!(fast_arith(Opcode::Div, &Value::Double(1.0), &Value::Double(0.0)).is_none());
        assert!(fast_arith(Opcode::Div, &l(i64::MIN), &l(-1)).is_none());
        assert!(fast_arith(Opcode::Add, &l(i64::MAX), &l(1)).is_none());
        assert!(fast_arith(Opcode::Mod, &Value::Double(5.5), &l(2)).is_none());
        assert!(fast_arith(Opcode::Add, &Value::from("1"), &l(2)).is_none());
        assert!(fast_arith(Opcode::Sl, &l(1), &l(-1)).is_none());
        assert!(fast_arith(Opcode::Sl, &l(1), &l(64)).is_none());
        assert!(fast_arith(Opcode::BwAnd, &Value::Double(3.0), &l(1)).is_none());
    }

    #[test]
    fn fast_bitwise_on_ints_matches_php() {
        let l = Value::Long;
        assert_eq!(long(fast_arith(Opcode::BwAnd, &l(13), &l(7))), Some(5));
        assert_eq!(long(fast_arith(Opcode::BwOr, &l(8), &l(3))), Some(11));
        assert_eq!(long(fast_arith(Opcode::BwXor, &l(-1), &l(5))), Some(-6));
        // PHP shifts wrap at 64 bits: 1 << 63 is PHP_INT_MIN.
        assert_eq!(long(fast_arith(Opcode::Sl, &l(1), &l(63))), Some(i64::MIN));
        assert_eq!(long(fast_arith(Opcode::Sr, &l(-16), &l(2))), Some(-4));
    }
}
