//! The executor side of generators (see `crate::generator` for the state): the
//! GENERATOR_CREATE, YIELD and YIELD_FROM ops, moving a frame off the VM stacks and
//! back, resuming a `yield from` chain, and foreach over a generator.
//!
//! A generator runs in a nested dispatch loop (`Vm::run`) of the code that resumes it —
//! a Generator method, foreach — with its frame at the loop's stop depth: YIELD moves
//! the frame into the Generator and leaves that loop; a return or an uncaught exception
//! ends it as for any call.

use std::rc::Rc;

use miniphp_compiler::{flags as fn_flags, Op, OpArray, Opcode, OperandKind, ScriptView};

use super::{Code, Ctx, Step};
use crate::generator::{generator_class, is_generator, with_gen, Delegate, Generator, Pending};
use crate::generator::{State, Suspended};
use crate::object::{Native, PhpObject};
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// A generator op took its frame off the VM stack; the caller wants `value` in `ret`
/// (GENERATOR_CREATE hands the new Generator to the caller; a yield hands nothing).
pub(super) struct Left {
    pub value: Value,
    pub ret: Option<usize>,
}

/// What the next value of a `yield from` over an array or an iterator is.
enum Delegated {
    Value(Value, Value),
    Iter(Rc<PhpObject>, i64),
    Done,
    /// No array or iterator delegation.
    None,
}

/// Settle a finished generator that `g` delegates to: its return value becomes the
/// result of `g`'s `yield from` (or, without one, `g` gets a ClosedGeneratorException).
/// False if `g` delegates to no finished generator.
fn settle_delegate(g: &PhpObject) -> bool {
    let inner = with_gen(g, |s| match &s.delegate {
        Some(Delegate::Gen { inner, .. }) => Some(inner.clone()),
        _ => None,
    })
    .flatten();
    let Some(inner) = inner else { return false };
    let Some((retval, value)) = with_gen(&inner, |s| {
        s.is_finished()
            .then(|| (s.retval.clone(), s.current.clone()))
    })
    .flatten() else {
        return false;
    };
    with_gen(g, |s| {
        let result = match s.delegate.take() {
            Some(Delegate::Gen { result, .. }) => result,
            _ => None,
        };
        match retval {
            Some(rv) => {
                if let (Some(r), State::Suspended(susp)) = (result, &mut s.state) {
                    if let Some(slot) = susp.slots.get_mut(r as usize) {
                        *slot = rv;
                    }
                }
                if value.is_some() {
                    s.current = value;
                }
            }
            None => s.pending = Some(Pending::AbortedDelegate),
        }
    });
    true
}

/// The `yield from` chain starting at `start`, innermost generator last; finished
/// generators at its end are settled into their delegators.
fn chain(start: &Rc<PhpObject>) -> Vec<Rc<PhpObject>> {
    let mut path = vec![start.clone()];
    loop {
        let g = path[path.len() - 1].clone();
        if settle_delegate(&g) {
            return path;
        }
        let inner = with_gen(&g, |s| match &s.delegate {
            Some(Delegate::Gen { inner, .. }) => Some(inner.clone()),
            _ => None,
        })
        .flatten();
        match inner {
            Some(inner) if !path.iter().any(|p| Rc::ptr_eq(p, &inner)) => path.push(inner),
            _ => return path,
        }
    }
}

/// `g`'s chain after `g` as last seen (kept in `g`, so that resuming a deep chain
/// does not walk it each time), brought up to date: generators that finished since
/// are dropped from its end and the rest is walked again from there. Only the end of
/// a chain changes: a generator in it finishes only after the one it delegates to.
fn cached_chain(g: &Rc<PhpObject>) -> Vec<Rc<PhpObject>> {
    if !delegates_to_generator(g) {
        return Vec::new();
    }
    let (mut rest, inner) = with_gen(g, |s| {
        let inner = match &s.delegate {
            Some(Delegate::Gen { inner, .. }) => Some(inner.clone()),
            _ => None,
        };
        (std::mem::take(&mut s.chain), inner)
    })
    .unwrap_or_default();
    // A chain kept from an earlier delegation is no use for this one.
    if !matches!((rest.first(), &inner), (Some(first), Some(inner)) if Rc::ptr_eq(first, inner)) {
        rest.clear();
    }
    while rest.last().is_some_and(|x| is_finished(x)) {
        rest.pop();
    }
    let last = rest.last().cloned().unwrap_or_else(|| g.clone());
    rest.extend(chain(&last).into_iter().skip(1));
    rest
}

/// Keep `rest` (the chain after `g`) in `g` for the next resumption.
fn store_chain(g: &PhpObject, rest: Vec<Rc<PhpObject>>) {
    with_gen(g, |s| {
        if !s.is_finished() {
            s.chain = rest;
        }
    });
}

/// Whether `g` is in a `yield from` of a generator (the common case is not).
fn delegates_to_generator(g: &PhpObject) -> bool {
    with_gen(g, |s| matches!(s.delegate, Some(Delegate::Gen { .. }))).unwrap_or(false)
}

/// The innermost generator of `g`'s chain (the one whose value `g` shows).
fn leaf(g: &Rc<PhpObject>) -> Rc<PhpObject> {
    if !delegates_to_generator(g) {
        return g.clone();
    }
    let rest = cached_chain(g);
    let leaf = rest.last().cloned().unwrap_or_else(|| g.clone());
    store_chain(g, rest);
    leaf
}

/// A `yield from` chain: its outermost generator and the generators after it.
type Chain = (Rc<PhpObject>, Vec<Rc<PhpObject>>);

pub(super) fn is_finished(g: &PhpObject) -> bool {
    with_gen(g, |s| s.is_finished()).unwrap_or(true)
}

impl Vm {
    /// GENERATOR_CREATE, YIELD and YIELD_FROM.
    pub(super) fn generator_op(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        ip: usize,
    ) -> Result<Left, Unwind> {
        match op.opcode {
            Opcode::GeneratorCreate => Ok(self.generator_create(code, ip)),
            Opcode::Yield => self.op_yield(code, c, op, ip),
            _ => self.op_yield_from(code, c, op, ip),
        }
    }

    /// GENERATOR_CREATE: the frame (arguments received) becomes a new Generator,
    /// returned to the caller; the body runs when the generator is first used.
    fn generator_create(&mut self, code: &Code<'_>, ip: usize) -> Left {
        let by_ref = code.oa().flags & fn_flags::RETURN_REFERENCE != 0;
        let has_finally = code.view.try_catch[code.oa().try_catch.indices()]
            .iter()
            .any(|tc| tc.finally_op != 0);
        let (susp, ret) = self.suspend_top(ip + 1, self.calls.len());
        let obj = PhpObject::with_slots(&generator_class(), Vec::new());
        *obj.native.borrow_mut() =
            Native::Generator(Box::new(Generator::new(susp, by_ref, has_finally)));
        if has_finally {
            // Its finally blocks run at shutdown if it is still suspended then.
            crate::object::track_live(&obj);
        }
        Left {
            value: Value::Object(obj),
            ret,
        }
    }

    /// The generator whose frame is running (the innermost one).
    fn running_generator(&mut self) -> Result<(Rc<PhpObject>, usize), Unwind> {
        let g = self.running_generators.last().cloned();
        let found = g.and_then(|g| {
            let mark = with_gen(&g, |s| match s.state {
                State::Running { calls_mark, .. } => Some(calls_mark),
                _ => None,
            })
            .flatten()?;
            Some((g, mark))
        });
        found.ok_or_else(|| self.throw_error("Error", "Cannot yield outside a generator".into()))
    }

    /// YIELD: hand a value (and key) to the resumer and suspend; the op's result
    /// receives what `send()` passes.
    fn op_yield(&mut self, code: &Code<'_>, c: Ctx, op: &Op, ip: usize) -> Result<Left, Unwind> {
        let (g, calls_mark) = self.running_generator()?;
        let (forced, by_ref) = with_gen(&g, |s| (s.forced_close, s.by_ref)).unwrap_or_default();
        if forced {
            return Err(self.throw_error(
                "Error",
                "Cannot yield from finally in a force-closed generator".into(),
            ));
        }
        let value = match op.op1.kind {
            OperandKind::Unused => Value::Null,
            _ if by_ref => self.yield_ref(code, c, op),
            _ => self.read(code, c, op.op1),
        };
        let key = (op.op2.kind != OperandKind::Unused).then(|| self.read(code, c, op.op2));
        let send_target = (op.result.kind != OperandKind::Unused).then(|| {
            self.stack[Self::slot(c, op.result)] = Value::Null;
            op.result.value
        });
        let (susp, _) = self.suspend_top(ip + 1, calls_mark);
        with_gen(&g, |s| {
            let key = match key {
                Some(k) => {
                    s.note_key(&k);
                    k
                }
                None => s.auto_key(),
            };
            s.current = Some((value, key));
            s.send_target = send_target;
            s.state = State::Suspended(Box::new(susp));
        });
        Ok(Left {
            value: Value::Null,
            ret: None,
        })
    }

    /// The value of a yield in `function &gen()`: the variable itself, else a copy with
    /// PHP's notice.
    fn yield_ref(&mut self, code: &Code<'_>, c: Ctx, op: &Op) -> Value {
        let variable = match op.op1.kind {
            OperandKind::Cv => true,
            OperandKind::Var => matches!(self.stack[Self::slot(c, op.op1)], Value::Reference(_)),
            _ => false,
        };
        if variable {
            return Value::Reference(self.operand_ref(c, op.op1));
        }
        self.notice("Only variable references should be yielded by reference");
        self.read(code, c, op.op1)
    }

    /// YIELD_FROM: delegate to an array, a Traversable or another generator.
    fn op_yield_from(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        op: &Op,
        ip: usize,
    ) -> Result<Left, Unwind> {
        let (g, calls_mark) = self.running_generator()?;
        if with_gen(&g, |s| s.forced_close).unwrap_or(false) {
            return Err(self.throw_error(
                "Error",
                "Cannot use \"yield from\" in a force-closed generator".into(),
            ));
        }
        let v = self.read(code, c, op.op1);
        let result = (op.result.kind != OperandKind::Unused).then_some(op.result.value);
        let delegate = match v {
            Value::Array(arr) => Delegate::Array { arr, pos: 0 },
            Value::Object(o) if is_generator(&o) => {
                // A finished generator cannot be delegated to, even one that returned.
                if is_finished(&o) {
                    return Err(self.throw_error(
                        "Error",
                        "Generator passed to yield from was aborted without proper return and is unable to continue".into(),
                    ));
                }
                if Rc::ptr_eq(&leaf(&o), &g) {
                    return Err(self.throw_error(
                        "Error",
                        "Impossible to yield from the Generator being currently run".into(),
                    ));
                }
                Delegate::Gen { inner: o, result }
            }
            Value::Object(o) if o.class.instance_of_name(b"traversable") => {
                let it = self.traversable_iterator(o)?;
                self.call_method(&it, "rewind", Vec::new())?;
                Delegate::Iter { it, index: 0 }
            }
            _ => {
                return Err(self.throw_error(
                    "Error",
                    "Can use \"yield from\" only with arrays and Traversables".into(),
                ))
            }
        };
        if result.is_some() {
            self.set_result(c, op.result, Value::Null);
        }
        let to_generator = matches!(delegate, Delegate::Gen { .. });
        let (susp, _) = self.suspend_top(ip + 1, calls_mark);
        with_gen(&g, |s| {
            s.do_init |= to_generator;
            s.delegate = Some(delegate);
            s.send_target = None;
            s.state = State::Suspended(Box::new(susp));
        });
        Ok(Left {
            value: Value::Null,
            ret: None,
        })
    }

    /// Take the top frame (a generator's) off the VM stacks, to resume at `next_ip`;
    /// calls from `calls_mark` up are the frame's own. Also gives the frame's `ret`.
    fn suspend_top(&mut self, next_ip: usize, calls_mark: usize) -> (Suspended, Option<usize>) {
        let mut frame = self.frames.pop().expect("a generator frame");
        frame.ip = next_ip as u32;
        let ret = frame.ret.take();
        let base = frame.base;
        let slots = self.stack.split_off(base.min(self.stack.len()));
        let mut fe_positions = Vec::new();
        self.fe_positions.retain(|&(slot, pos)| {
            if slot >= base {
                fe_positions.push((slot - base, pos));
                false
            } else {
                true
            }
        });
        let mut calls = self.calls.split_off(calls_mark.min(self.calls.len()));
        for call in &mut calls {
            call.args_base = call.args_base.saturating_sub(base);
        }
        let susp = Suspended {
            frame,
            slots,
            fe_positions,
            calls,
        };
        (susp, ret)
    }

    /// Put a suspended frame back on top of the VM stacks.
    fn restore_frame(&mut self, susp: Suspended) {
        let Suspended {
            mut frame,
            slots,
            fe_positions,
            calls,
        } = susp;
        let base = self.stack.len();
        frame.base = base;
        frame.scope = self.frames.len();
        frame.ret = None;
        frame.call_line = self.line;
        frame.calls_base = self.calls.len();
        self.stack.extend(slots);
        self.fe_positions
            .extend(fe_positions.into_iter().map(|(s, p)| (s + base, p)));
        self.calls.extend(calls.into_iter().map(|mut call| {
            call.args_base += base;
            call
        }));
        self.frames.push(frame);
    }

    /// Run one generator's frame until it yields, returns or throws; `chain`: the
    /// `yield from` chain it runs for (handed back with the result).
    fn run_generator(
        &mut self,
        g: &Rc<PhpObject>,
        chain: Option<Chain>,
    ) -> (Result<(), Unwind>, Option<Chain>) {
        let calls_mark = self.calls.len();
        let depth = self.frames.len();
        let taken = with_gen(g, |s| {
            match std::mem::replace(&mut s.state, State::Running { calls_mark, depth }) {
                State::Suspended(susp) => Some((susp, s.pending.take())),
                other => {
                    s.state = other;
                    None
                }
            }
        })
        .flatten();
        let Some((susp, pending)) = taken else {
            return (Ok(()), chain);
        };
        with_gen(g, |s| s.delegators = chain);
        let line = self.line;
        self.restore_frame(*susp);
        self.running_generators.push(g.clone());
        let r = match pending {
            None => self.run(depth),
            Some(p) => {
                // Raised at the yield the generator is suspended at.
                let f = &mut self.frames[depth];
                f.ip = f.ip.saturating_sub(1);
                let e = match p {
                    Pending::Throw(e) => e,
                    Pending::AbortedDelegate => {
                        self.line = self.op_line(depth);
                        self.new_throwable(
                            "ClosedGeneratorException",
                            "Generator yielded from aborted, no return value available".into(),
                        )
                    }
                };
                match self.unwind_exception(e, depth) {
                    Ok(()) => self.run(depth),
                    Err(u) => Err(u),
                }
            }
        };
        self.running_generators.pop();
        self.line = line;
        let returned = r.as_ref().ok().cloned();
        let chain = with_gen(g, |s| {
            if s.is_running() {
                s.state = State::Finished;
                s.retval = returned;
            }
            s.delegators.take()
        })
        .flatten();
        // Calls the frame was setting up when it returned or threw are abandoned (a
        // yield took its own along).
        self.calls.truncate(calls_mark);
        (r.map(|_| ()), chain)
    }

    /// Line of the op frame `fi` is at.
    fn op_line(&self, fi: usize) -> u32 {
        let f = &self.frames[fi];
        let (loaded, oa) = self.op_array_of(f);
        let view = loaded.view();
        view.ops(&oa)
            .get(f.ip as usize)
            .map_or(self.line, |op| op.lineno)
    }

    /// The next value of an array or iterator `yield from` of `g`, made its current
    /// value; false when there is none (the generator goes on after its `yield from`).
    fn next_delegated(&mut self, g: &Rc<PhpObject>) -> Result<bool, Unwind> {
        let step = with_gen(g, |s| match &mut s.delegate {
            Some(Delegate::Array { arr, pos }) => match arr.entry_at(*pos) {
                Some((p, k, v)) => {
                    let (k, v) = (k.to_value(), v.deref());
                    *pos = p + 1;
                    Delegated::Value(v, k)
                }
                None => Delegated::Done,
            },
            Some(Delegate::Iter { it, index }) => {
                *index += 1;
                Delegated::Iter(it.clone(), *index - 1)
            }
            _ => Delegated::None,
        })
        .unwrap_or(Delegated::None);
        let found = match step {
            Delegated::None => return Ok(false),
            Delegated::Done => None,
            Delegated::Value(v, k) => Some((v, k)),
            Delegated::Iter(it, index) => match self.iterator_step(&it, index) {
                Ok(found) => found,
                Err(Unwind::Throw(e)) => {
                    with_gen(g, |s| {
                        s.delegate = None;
                        s.pending = Some(Pending::Throw(e));
                    });
                    return Ok(false);
                }
                Err(u) => return Err(u),
            },
        };
        let got = found.is_some();
        with_gen(g, |s| match found {
            Some(cur) => s.current = Some(cur),
            None => s.delegate = None,
        });
        Ok(got)
    }

    /// Resume `orig` (Zend's `zend_generator_resume`): run the innermost generator of
    /// its `yield from` chain until the chain has a new current value, returns, or
    /// throws out of `orig`.
    pub(crate) fn gen_resume(&mut self, orig: &Rc<PhpObject>) -> Result<(), Unwind> {
        let mut rest = cached_chain(orig);
        let r = self.resume_chain(orig, &mut rest);
        store_chain(orig, rest);
        with_gen(orig, |s| s.do_init = false);
        r
    }

    /// [`Vm::gen_resume`] along `orig`'s chain (`rest`: after `orig`), kept up to date.
    fn resume_chain(
        &mut self,
        orig: &Rc<PhpObject>,
        rest: &mut Vec<Rc<PhpObject>>,
    ) -> Result<(), Unwind> {
        loop {
            let g = rest.last().unwrap_or(orig).clone();
            let (finished, running, has_value) = with_gen(&g, |s| {
                (s.is_finished(), s.is_running(), s.current.is_some())
            })
            .unwrap_or((true, false, false));
            if finished {
                return Ok(());
            }
            // After a `yield from` of a generator that already has a value, that value
            // is shown first (Zend's DO_INIT; the flag outlives a resumption by another).
            if has_value && with_gen(orig, |s| s.do_init).unwrap_or(false) {
                return Ok(());
            }
            if running {
                return Err(
                    self.throw_error("Error", "Cannot resume an already running generator".into())
                );
            }
            with_gen(orig, |s| s.at_first_yield = false);
            if self.next_delegated(&g)? {
                return Ok(());
            }
            let links = (!rest.is_empty()).then(|| (orig.clone(), std::mem::take(rest)));
            let (r, links) = self.run_generator(&g, links);
            if let Some((_, back)) = links {
                *rest = back;
            }
            match r {
                Err(Unwind::Throw(e)) if !rest.is_empty() => {
                    // Rethrown into the generator delegating to the one that threw.
                    rest.pop();
                    with_gen(rest.last().unwrap_or(orig), |s| {
                        s.delegate = None;
                        s.pending = Some(Pending::Throw(e));
                    });
                }
                Err(u) => return Err(u),
                Ok(()) => {
                    if is_finished(&g) {
                        if rest.pop().is_none() {
                            return Ok(());
                        }
                        settle_delegate(rest.last().unwrap_or(orig));
                        continue;
                    }
                    let to_gen = with_gen(&g, |s| match &s.delegate {
                        Some(Delegate::Gen { .. }) => Some(true),
                        Some(_) => Some(false),
                        None => None,
                    })
                    .flatten();
                    match to_gen {
                        // A plain yield.
                        None => return Ok(()),
                        // An array or iterator delegation: take its first value.
                        Some(false) => {}
                        Some(true) => {
                            rest.extend(chain(&g).into_iter().skip(1));
                        }
                    }
                }
            }
        }
    }

    /// Run a generator to its first yield if it has not started.
    pub(crate) fn gen_ensure_initialized(&mut self, g: &Rc<PhpObject>) -> Result<(), Unwind> {
        let fresh = with_gen(g, |s| {
            s.current.is_none() && matches!(s.state, State::Suspended(_)) && s.delegate.is_none()
        })
        .unwrap_or(false);
        if fresh {
            let r = self.gen_resume(g);
            with_gen(g, |s| s.at_first_yield = true);
            r?;
        }
        Ok(())
    }

    /// The innermost generator of `g`'s chain, after settling finished ones: one whose
    /// inner generator was aborted gets its ClosedGeneratorException now (Zend's
    /// `zend_generator_update_current` resumes it).
    fn gen_leaf(&mut self, g: &Rc<PhpObject>) -> Result<Rc<PhpObject>, Unwind> {
        let l = leaf(g);
        let aborted = with_gen(&l, |s| {
            matches!(s.pending, Some(Pending::AbortedDelegate)) && !s.is_running()
        })
        .unwrap_or(false);
        if aborted {
            self.gen_resume(g)?;
            return Ok(leaf(g));
        }
        Ok(l)
    }

    /// The current value (references kept when `refs`) and key of `g`, None once it
    /// finished.
    fn current_of(
        &mut self,
        g: &Rc<PhpObject>,
        refs: bool,
    ) -> Result<Option<(Value, Value)>, Unwind> {
        let l = self.gen_leaf(g)?;
        if is_finished(g) {
            return Ok(None);
        }
        let cur = with_gen(&l, |s| s.current.clone()).flatten();
        Ok(match refs {
            true => cur,
            false => cur.map(|(v, k)| (v.deref(), k.deref())),
        })
    }

    /// The current value and key of `g`, None once it finished.
    pub(crate) fn gen_current(
        &mut self,
        g: &Rc<PhpObject>,
    ) -> Result<Option<(Value, Value)>, Unwind> {
        self.current_of(g, false)
    }

    pub(crate) fn gen_next(&mut self, g: &Rc<PhpObject>) -> Result<(), Unwind> {
        self.gen_ensure_initialized(g)?;
        self.gen_resume(g)
    }

    pub(crate) fn gen_valid(&mut self, g: &Rc<PhpObject>) -> Result<bool, Unwind> {
        self.gen_ensure_initialized(g)?;
        self.gen_leaf(g)?;
        Ok(!is_finished(g))
    }

    pub(crate) fn gen_rewind(&mut self, g: &Rc<PhpObject>) -> Result<(), Unwind> {
        self.gen_ensure_initialized(g)?;
        if !with_gen(g, |s| s.at_first_yield).unwrap_or(false) {
            return Err(self.throw_error(
                "Exception",
                "Cannot rewind a generator that was already run".into(),
            ));
        }
        Ok(())
    }

    pub(crate) fn gen_send(&mut self, g: &Rc<PhpObject>, v: Value) -> Result<Value, Unwind> {
        self.gen_ensure_initialized(g)?;
        if is_finished(g) {
            return Ok(Value::Null);
        }
        let l = self.gen_leaf(g)?;
        with_gen(&l, |s| {
            if let (Some(t), State::Suspended(susp)) = (s.send_target, &mut s.state) {
                if let Some(slot) = susp.slots.get_mut(t as usize) {
                    *slot = v;
                }
            }
        });
        self.gen_resume(g)?;
        Ok(self.gen_current(g)?.map(|(v, _)| v).unwrap_or_default())
    }

    pub(crate) fn gen_throw(
        &mut self,
        g: &Rc<PhpObject>,
        e: Rc<PhpObject>,
    ) -> Result<Value, Unwind> {
        self.gen_ensure_initialized(g)?;
        if is_finished(g) {
            return Err(Unwind::Throw(e));
        }
        let l = self.gen_leaf(g)?;
        with_gen(&l, |s| {
            if !s.is_running() {
                s.pending = Some(Pending::Throw(e));
                if matches!(
                    s.delegate,
                    Some(Delegate::Array { .. } | Delegate::Iter { .. })
                ) {
                    s.delegate = None;
                }
            }
        });
        self.gen_resume(g)?;
        Ok(self.gen_current(g)?.map(|(v, _)| v).unwrap_or_default())
    }

    // ---- foreach ----

    /// FE_RESET_R / FE_RESET_RW on a Generator: rewind it into the iterator VAR, or jump
    /// past the loop when it has nothing to give.
    pub(super) fn gen_fe_reset(
        &mut self,
        c: Ctx,
        op: &Op,
        g: Rc<PhpObject>,
        by_ref: bool,
    ) -> Result<Step, Unwind> {
        let (finished, yields_refs) =
            with_gen(&g, |s| (s.is_finished(), s.by_ref)).unwrap_or_default();
        if finished {
            return Err(self.throw_error(
                "Exception",
                "Cannot traverse an already closed generator".into(),
            ));
        }
        if by_ref && !yields_refs {
            return Err(self.throw_error(
                "Exception",
                "You can only iterate a generator by-reference if it declared that it yields by-reference".into(),
            ));
        }
        let slot = Self::slot(c, op.result);
        self.stack[slot] = crate::generator::iteration(g.clone());
        self.set_fe_pos(slot, 0);
        self.gen_rewind(&g)?;
        if !self.gen_valid(&g)? {
            return Ok(Step::Jump(op.op2.value as usize));
        }
        Ok(Step::Next)
    }

    /// FE_FETCH_R / FE_FETCH_RW on a Generator held in the iterator VAR `slot`.
    pub(super) fn gen_fe_fetch(
        &mut self,
        c: Ctx,
        op: &Op,
        g: Rc<PhpObject>,
        slot: usize,
        by_ref: bool,
    ) -> Result<Step, Unwind> {
        let pos = self.fe_pos(slot);
        if pos > 0 {
            self.gen_next(&g)?;
        }
        let current = self.current_of(&g, by_ref)?;
        let Some((v, k)) = current else {
            return Ok(Step::Jump(op.extended_value as usize));
        };
        self.set_fe_pos(slot, pos + 1);
        if by_ref {
            let r = match v {
                Value::Reference(r) => r,
                v => super::new_ref(v),
            };
            self.stack[Self::slot(c, op.op2)] = Value::Reference(r);
        } else {
            self.set_result(c, op.op2, v);
        }
        if op.result.kind != OperandKind::Unused {
            self.set_result(c, op.result, k);
        }
        Ok(Step::Next)
    }
}

impl Vm {
    /// The trace entries of frame `fi` when it is a generator running for a `yield
    /// from` chain: the generator as called at its delegator's `yield from`, then each
    /// delegator likewise, the outermost one from `site` (Zend's placeholder frames).
    pub(crate) fn generator_trace(
        &self,
        fi: usize,
        site: Option<(Value, i64)>,
    ) -> Option<Vec<crate::array::PhpArray>> {
        let leaf = self.running_generators.iter().rev().find(|g| {
            matches!(&*g.native.borrow(), Native::Generator(s)
                if matches!(s.state, State::Running { depth, .. } if depth == fi))
        })?;
        let native = leaf.native.borrow();
        let Native::Generator(s) = &*native else {
            return None;
        };
        let (orig, rest) = s.delegators.as_ref()?;
        let delegators: Vec<&Rc<PhpObject>> = rest[..rest.len().saturating_sub(1)]
            .iter()
            .rev()
            .chain(std::iter::once(orig))
            .collect();
        let f = &self.frames[fi];
        let mut out = vec![self.frame_entry(
            f,
            &self.stack[f.base..],
            self.yield_from_site(delegators[0]),
        )];
        for (k, d) in delegators.iter().enumerate() {
            let d_site = match delegators.get(k + 1) {
                Some(next) => self.yield_from_site(next),
                None => site.clone(),
            };
            if let Native::Generator(ds) = &*d.native.borrow() {
                if let State::Suspended(susp) = &ds.state {
                    out.push(self.frame_entry(&susp.frame, &susp.slots, d_site));
                }
            }
        }
        Some(out)
    }

    /// File and line of the `yield from` a suspended generator waits at.
    fn yield_from_site(&self, g: &PhpObject) -> Option<(Value, i64)> {
        let native = g.native.borrow();
        let Native::Generator(s) = &*native else {
            return None;
        };
        let State::Suspended(susp) = &s.state else {
            return None;
        };
        let loaded = &self.scripts[susp.frame.script as usize];
        let view = loaded.view();
        let oa = view.op_arrays[susp.frame.op_array as usize];
        let line = view
            .ops(&oa)
            .get(susp.frame.ip.saturating_sub(1) as usize)?
            .lineno;
        Some((Value::from(loaded.path.as_ref()), line as i64))
    }
}

/// Where a generator being closed goes from op `op_num`: the innermost `finally` block
/// whose try (or catch) part holds the op, with its FAST_CALL slot (relative) — set to
/// -1 there so that its FAST_RET goes on closing (Zend's `zend_generator_dtor_storage`
/// and ZEND_FAST_RET's "return" case).
fn finally_for_close(view: &ScriptView<'_>, oa: &OpArray, op_num: u32) -> Option<(u32, u32)> {
    let blocks = &view.try_catch[oa.try_catch.indices()];
    let mut innermost = None;
    for (i, tc) in blocks.iter().enumerate() {
        if op_num < tc.try_op {
            break;
        }
        if op_num < tc.catch_op || op_num < tc.finally_end {
            innermost = Some(i);
        }
    }
    let ops = view.ops(oa);
    blocks[..=innermost?]
        .iter()
        .rev()
        .find(|tc| op_num < tc.finally_op)
        .and_then(|tc| {
            let fast_call = ops.get(tc.finally_end as usize)?.op1.value;
            Some((tc.finally_op, fast_call))
        })
}

impl Vm {
    /// FAST_RET of a `finally` run because its generator is being closed: the next
    /// enclosing `finally`, else the op_array's final return.
    pub(super) fn close_target(&mut self, code: &Code<'_>, c: Ctx, op_num: usize) -> usize {
        match finally_for_close(code.view, code.oa(), op_num as u32) {
            Some((finally_op, fast_call)) => {
                self.stack[c.base + fast_call as usize] = Value::Long(-1);
                finally_op as usize
            }
            None => code.ops().len() - 1,
        }
    }

    /// A suspended generator is destroyed: run the `finally` blocks around the yield it
    /// is suspended at (a `yield` in them is an error), then free its frame.
    pub(crate) fn gen_destroy(&mut self, g: &Rc<PhpObject>) -> Result<(), Unwind> {
        // The generator it delegates to goes first (its own finally blocks run first).
        let links = with_gen(g, |s| (s.delegate.take(), std::mem::take(&mut s.chain)));
        drop(links);
        self.run_pending_destructs()?;
        let at = with_gen(g, |s| match &s.state {
            State::Suspended(susp) if s.has_finally => {
                Some((susp.frame.script, susp.frame.op_array, susp.frame.ip))
            }
            _ => None,
        })
        .flatten();
        let target = at.and_then(|(script, op_array, ip)| {
            let loaded = self.scripts[script as usize].clone();
            let view = loaded.view();
            let oa = &view.op_arrays[op_array as usize];
            finally_for_close(view, oa, ip.saturating_sub(1))
        });
        let Some((finally_op, fast_call)) = target else {
            with_gen(g, |s| s.state = State::Finished);
            return Ok(());
        };
        with_gen(g, |s| {
            s.forced_close = true;
            s.pending = None;
            if let State::Suspended(susp) = &mut s.state {
                susp.frame.ip = finally_op;
                if let Some(slot) = susp.slots.get_mut(fast_call as usize) {
                    *slot = Value::Long(-1);
                }
            }
        });
        let (r, _) = self.run_generator(g, None);
        with_gen(g, |s| s.state = State::Finished);
        r
    }
}

#[cfg(test)]
mod tests {
    // Output of code run as `php -n -r` does (expectations are what php prints).
    use crate::closure::tests::run;

    #[test]
    fn yields_receives_and_returns() {
        let src = r#"
function g() { $x = yield 1; echo "got $x\n"; yield 'k' => 2; return 3; }
$g = g();
echo $g->current(), "\n";
echo $g->send('a'), "\n";
$g->next();
var_dump($g->valid(), $g->getReturn());
"#;
        assert_eq!(run(src), "1\ngot a\n2\nbool(false)\nint(3)\n");
    }

    #[test]
    fn deep_delegation_runs_in_a_small_native_stack() {
        // 30000 generators delegating to each other: each resumption runs the
        // innermost one directly, so a 2 MiB thread stack is plenty.
        let src = r#"
function down($n) { if ($n > 0) { yield $n; return yield from down($n - 1); } return 'bottom'; }
$g = down(30000);
$c = 0;
foreach ($g as $v) $c++;
echo $c, ' ', $g->getReturn(), "\n";
"#;
        let out = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || run(src))
            .expect("thread")
            .join()
            .expect("no stack overflow");
        assert_eq!(out, "30000 bottom\n");
    }

    #[test]
    fn destroying_a_suspended_generator_runs_its_finally() {
        let src = r#"
function f() { try { echo "in\n"; yield 1; echo "never\n"; } finally { echo "finally\n"; } }
foreach (f() as $v) { break; }
echo "after\n";
function ff() { try { yield 1; } finally { yield 2; } }
$g = ff();
$g->current();
try { unset($g); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo "end\n";
"#;
        assert_eq!(
            run(src),
            "in\nfinally\nafter\nError: Cannot yield from finally in a force-closed generator\nend\n"
        );
    }

    #[test]
    fn suspended_frames_leave_the_vm_stack_as_it_was() {
        // Values a suspended generator holds live in the Generator, not on the VM
        // stack: a thousand of them, interleaved, keep their own locals.
        let src = r#"
function g($i) { $local = "g$i"; yield $local; yield strtoupper($local); }
$gs = [];
for ($i = 0; $i < 1000; $i++) { $gs[] = g($i); $gs[$i]->current(); }
foreach ([999, 0, 500] as $i) { $gs[$i]->next(); echo $gs[$i]->current(), "\n"; }
"#;
        assert_eq!(run(src), "G999\nG0\nG500\n");
    }
}
