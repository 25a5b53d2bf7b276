//! Generators (Zend's `zend_generator`): the state a `Generator` object keeps between
//! resumptions, and the `Generator` / `ClosedGeneratorException` classes.
//!
//! A generator's frame lives on the VM stacks only while it runs. When it yields, its
//! frame, its slots, its foreach positions and the calls it was setting up move into
//! [`Suspended`] (stack indices made relative to the frame's base); resuming moves them
//! back on top of the resumer's frames. A suspended generator ties up no Rust stack.
//! The executor side is `exec/generator.rs`.
//!
//! `yield from` another generator makes a chain: the outer generator's [`Delegate::Gen`]
//! points at the inner one; resuming the outer resumes the innermost generator of the
//! chain directly (Zend's generator tree, walked from the outer end), so deep delegation
//! costs no recursion either.

use std::rc::Rc;

use miniphp_compiler::class_flags;

use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeMethod, NO_DYNAMIC, UNCLONEABLE};
use crate::exec::{Call, Frame};
use crate::object::{Native, PhpObject};
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// A `Generator` object's internal state.
pub struct Generator {
    pub(crate) state: State,
    /// The current value and key; None before the first yield.
    pub(crate) current: Option<(Value, Value)>,
    /// For auto-keys: the largest integer key yielded so far (-1 at first).
    pub(crate) largest_int_key: i64,
    /// The slot (relative to the frame base) that receives `send()`'s value: the result
    /// of the YIELD the generator is suspended at, if it is used.
    pub(crate) send_target: Option<u32>,
    /// The value of `return`, once the generator returned.
    pub(crate) retval: Option<Value>,
    /// A `yield from` in progress.
    pub(crate) delegate: Option<Delegate>,
    /// The generators of its `yield from` chain as last resumed, innermost last.
    pub(crate) chain: Vec<Rc<PhpObject>>,
    /// Still at the first yield (`rewind()` is allowed).
    pub(crate) at_first_yield: bool,
    /// It started a `yield from` of a generator and has not been resumed since: its
    /// next resumption only shows the inner generator's current value if it has one
    /// (Zend's `ZEND_GENERATOR_DO_INIT`).
    pub(crate) do_init: bool,
    /// `function &gen()`: values are yielded by reference.
    pub(crate) by_ref: bool,
    /// The op_array has `finally` blocks (destroying it suspended must run them).
    pub(crate) has_finally: bool,
    /// To be raised at the yield the generator is suspended at when it resumes.
    pub(crate) pending: Option<Pending>,
    /// Being destroyed: a `yield` now is an error.
    pub(crate) forced_close: bool,
    /// While it runs as the innermost generator of a `yield from` chain: the chain's
    /// outermost generator and the generators after it (for stack traces).
    pub(crate) delegators: Option<(Rc<PhpObject>, Vec<Rc<PhpObject>>)>,
}

pub(crate) enum State {
    Suspended(Box<Suspended>),
    /// Its frame is on the VM stacks at index `depth`; `calls_mark` is
    /// `Vm::calls.len()` when it resumed.
    Running {
        calls_mark: usize,
        depth: usize,
    },
    Finished,
}

/// A generator frame off the VM stacks.
pub(crate) struct Suspended {
    /// `base`, `ret` and `scope` are reset when it is resumed.
    pub frame: Frame,
    pub slots: Vec<Value>,
    /// foreach positions, by slot relative to the frame base.
    pub fe_positions: Vec<(usize, usize)>,
    /// Calls being set up (`f(yield $x)`), `args_base` relative to the frame base.
    pub calls: Vec<Call>,
}

/// What `yield from` iterates.
pub(crate) enum Delegate {
    Array {
        arr: Rc<PhpArray>,
        pos: usize,
    },
    /// An Iterator (from a Traversable) and how many values it gave.
    Iter {
        it: Rc<PhpObject>,
        index: i64,
    },
    /// Another generator; `result` is the YIELD_FROM's result slot (relative), if used.
    Gen {
        inner: Rc<PhpObject>,
        result: Option<u32>,
    },
}

/// An exception to raise inside a generator when it resumes.
pub(crate) enum Pending {
    Throw(Rc<PhpObject>),
    /// The generator it delegated to was aborted: a ClosedGeneratorException.
    AbortedDelegate,
}

impl Generator {
    pub(crate) fn new(suspended: Suspended, by_ref: bool, has_finally: bool) -> Generator {
        Generator {
            state: State::Suspended(Box::new(suspended)),
            current: None,
            largest_int_key: -1,
            send_target: None,
            retval: None,
            delegate: None,
            chain: Vec::new(),
            at_first_yield: false,
            do_init: false,
            by_ref,
            has_finally,
            pending: None,
            forced_close: false,
            delegators: None,
        }
    }

    /// Destroying it must run `finally` blocks (see `Vm::gen_destroy`).
    pub(crate) fn needs_close(&self) -> bool {
        self.has_finally && matches!(self.state, State::Suspended(_))
    }

    pub(crate) fn is_finished(&self) -> bool {
        matches!(self.state, State::Finished)
    }

    pub(crate) fn is_running(&self) -> bool {
        matches!(self.state, State::Running { .. })
    }

    /// The key for a `yield` without one: the next integer after the largest used.
    pub(crate) fn auto_key(&mut self) -> Value {
        self.largest_int_key = self.largest_int_key.wrapping_add(1);
        Value::Long(self.largest_int_key)
    }

    /// Note an explicit key (integer keys move the auto-key counter up).
    pub(crate) fn note_key(&mut self, key: &Value) {
        if let Value::Long(n) = key {
            if *n > self.largest_int_key {
                self.largest_int_key = *n;
            }
        }
    }

    /// Every value and object the generator holds (the cycle collector's edges); a
    /// running generator's frame is on the VM stack, held from outside.
    pub(crate) fn trace(&self, t: &mut crate::gc::Tracer) {
        if let State::Suspended(s) = &self.state {
            let f = &s.frame;
            t.values(&s.slots);
            if let Some(r) = &f.rare {
                t.values(&r.extra_args);
                t.values(r.extra_named.iter().map(|(_, v)| v));
                t.values(r.symtab.values());
            }
            f.this.iter().chain(&f.closure).for_each(|o| t.object(o));
            for c in &s.calls {
                t.values(c.named().iter().map(|(_, v)| v));
                c.closure.iter().chain(&c.this).for_each(|o| t.object(o));
            }
        }
        if let Some((k, v)) = &self.current {
            t.value(k);
            t.value(v);
        }
        t.values(&self.retval);
        match &self.delegate {
            Some(Delegate::Array { arr, .. }) => t.array(arr),
            Some(Delegate::Iter { it, .. }) => t.object(it),
            Some(Delegate::Gen { inner, .. }) => t.object(inner),
            None => {}
        }
        self.chain.iter().for_each(|o| t.object(o));
        if let Some(Pending::Throw(e)) = &self.pending {
            t.object(e);
        }
        if let Some((outer, rest)) = &self.delegators {
            t.object(outer);
            rest.iter().for_each(|o| t.object(o));
        }
    }
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = match self.state {
            State::Suspended(_) => "suspended",
            State::Running { .. } => "running",
            State::Finished => "finished",
        };
        write!(f, "Generator({state})")
    }
}

/// Run `f` on the generator state of `obj` (None if it is not a Generator). The borrow
/// lasts only for `f`: never run PHP code inside it.
pub(crate) fn with_gen<R>(obj: &PhpObject, f: impl FnOnce(&mut Generator) -> R) -> Option<R> {
    match &mut *obj.native.borrow_mut() {
        Native::Generator(g) => Some(f(g)),
        _ => None,
    }
}

/// Whether `obj` is a Generator.
pub(crate) fn is_generator(obj: &PhpObject) -> bool {
    matches!(&*obj.native.borrow(), Native::Generator(_))
}

fn this(vm: &mut Vm, ctx: &MethodCtx) -> Result<Rc<PhpObject>, Unwind> {
    match &ctx.this {
        Some(o) if is_generator(o) => Ok(o.clone()),
        _ => Err(vm.throw_error(
            "Error",
            "Generator method called without a generator".into(),
        )),
    }
}

fn m_current(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    vm.gen_ensure_initialized(&g)?;
    Ok(vm.gen_current(&g)?.map(|(v, _)| v).unwrap_or_default())
}

fn m_key(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    vm.gen_ensure_initialized(&g)?;
    Ok(vm.gen_current(&g)?.map(|(_, k)| k).unwrap_or_default())
}

fn m_next(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    vm.gen_next(&g)?;
    Ok(Value::Null)
}

fn m_valid(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    Ok(Value::from(vm.gen_valid(&g)?))
}

fn m_rewind(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    vm.gen_rewind(&g)?;
    Ok(Value::Null)
}

fn m_send(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    let v = std::mem::take(&mut args[0]).deref();
    vm.gen_send(&g, v)
}

fn m_throw(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    let e = match args[0].deref() {
        Value::Object(e) if e.class.instance_of_name(b"throwable") => e,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                "Generator::throw(): Argument #1 ($exception) must be of type Throwable, {} given",
                other.debug_type_name()
            ),
            ))
        }
    };
    vm.gen_throw(&g, e)
}

fn m_get_return(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> Result<Value, Unwind> {
    let g = this(vm, ctx)?;
    vm.gen_ensure_initialized(&g)?;
    match with_gen(&g, |s| s.retval.clone()).flatten() {
        Some(v) => Ok(v),
        None => Err(vm.throw_error(
            "Exception",
            "Cannot get return value of a generator that hasn't returned".into(),
        )),
    }
}

fn refuse_new(vm: &mut Vm, _: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
    Err(vm.throw_error(
        "Error",
        "The \"Generator\" class is reserved for internal use and cannot be manually instantiated"
            .into(),
    ))
}

fn refuse_internal_iterator(vm: &mut Vm, _: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
    Err(vm.throw_error("Error", "Cannot manually construct InternalIterator".into()))
}

/// The object a foreach over a Traversable keeps in its iterator VAR: it holds the
/// iterator and, as in PHP, an object handle for the loop's duration.
pub(crate) fn iteration(it: Rc<PhpObject>) -> Value {
    // SPL's internal iterators are such holders already (one handle per loop, as PHP).
    if crate::class::spl::is_internal_iterator(&it) {
        return Value::Object(it);
    }
    let class =
        crate::class::native_class("internaliterator").expect("InternalIterator is built in");
    let holder = PhpObject::with_slots(&class, Vec::new());
    *holder.native.borrow_mut() = Native::Iteration(it);
    Value::Object(holder)
}

/// The iterator a foreach's iterator VAR holds.
pub(crate) fn iteration_of(v: &Value) -> Option<Rc<PhpObject>> {
    match v {
        Value::Object(holder) => match &*holder.native.borrow() {
            Native::Iteration(it) => Some(it.clone()),
            _ if crate::class::spl::is_internal_iterator(holder) => Some(holder.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "Generator",
        interfaces: &["Iterator"],
        flags: class_flags::FINAL | NO_DYNAMIC | UNCLONEABLE,
        methods: &[
            NativeMethod::new("rewind", m_rewind, &[], 0),
            NativeMethod::new("valid", m_valid, &[], 0),
            NativeMethod::new("current", m_current, &[], 0),
            NativeMethod::new("key", m_key, &[], 0),
            NativeMethod::new("next", m_next, &[], 0),
            NativeMethod::new("send", m_send, &["value"], 1),
            NativeMethod::new("throw", m_throw, &["exception"], 1),
            NativeMethod::new("getReturn", m_get_return, &[], 0),
        ],
        create: Some(refuse_new),
        ..NativeClass::EMPTY
    },
    // Holds the iterator of a foreach over a Traversable (never seen by scripts).
    NativeClass {
        name: "InternalIterator",
        interfaces: &["Iterator"],
        flags: class_flags::FINAL | NO_DYNAMIC | UNCLONEABLE,
        create: Some(refuse_internal_iterator),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ClosedGeneratorException",
        parent: Some("Exception"),
        ..NativeClass::EMPTY
    },
];

/// The `Generator` class.
pub(crate) fn generator_class() -> Rc<ClassEntry> {
    crate::class::native_class("generator").expect("Generator is built in")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_keys_follow_the_largest_integer_key() {
        let mut g = Generator {
            state: State::Finished,
            current: None,
            largest_int_key: -1,
            send_target: None,
            retval: None,
            delegate: None,
            chain: Vec::new(),
            at_first_yield: false,
            do_init: false,
            by_ref: false,
            has_finally: false,
            pending: None,
            forced_close: false,
            delegators: None,
        };
        assert!(g.auto_key().strict_eq(&Value::Long(0)));
        g.note_key(&Value::Long(10));
        g.note_key(&Value::Long(-5));
        g.note_key(&Value::from("20"));
        assert!(g.auto_key().strict_eq(&Value::Long(11)));
        assert!(!g.needs_close());
        assert!(g.is_finished() && !g.is_running());
    }
}
