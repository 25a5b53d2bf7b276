//! Traversable objects walked by the engine: foreach over an Iterator, an
//! IteratorAggregate or a Generator (Zend's `get_iterator` + FE_RESET/FE_FETCH),
//! `yield from` an Iterator, and `iterator_to_array` & co.

use std::rc::Rc;

use miniphp_compiler::{Op, Operand, OperandKind};

use super::generator::is_finished;
use super::{Code, Ctx, Step};
use crate::generator::is_generator;
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

impl Vm {
    /// Call a method of an object from the engine (the Iterator methods).
    pub(crate) fn call_method(
        &mut self,
        obj: &Rc<PhpObject>,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        let class = obj.class.clone();
        let Some(m) = class
            .find_method(name.to_ascii_lowercase().as_bytes())
            .cloned()
        else {
            return Err(self.throw_error(
                "Error",
                format!("Call to undefined method {}::{name}()", class.name),
            ));
        };
        match m.body {
            crate::class::MethodBody::Native(n) => {
                let ctx = crate::class::MethodCtx {
                    this: Some(obj.clone()),
                    class,
                };
                let mut args = args;
                (n.handler)(self, &ctx, &mut args)
            }
            crate::class::MethodBody::User { script, op_array } => {
                let depth = self.frames.len();
                let line = self.line;
                let args_base = self.stack.len();
                let n = args.len() as u32;
                self.stack.extend(args);
                self.push_user_frame(script, op_array, args_base, n, None)?;
                let f = &mut self.frames[depth];
                f.this = Some(obj.clone());
                f.class = m.scope();
                f.static_class = Some(class);
                let r = self.run(depth);
                self.line = line;
                r
            }
        }
    }

    /// The Iterator behind a Traversable (`getIterator()` of an IteratorAggregate,
    /// repeatedly).
    pub(crate) fn traversable_iterator(
        &mut self,
        mut o: Rc<PhpObject>,
    ) -> Result<Rc<PhpObject>, Unwind> {
        if let Some(it) = crate::class::spl::foreach_iterator(self, &o)? {
            return Ok(it);
        }
        while !o.class.instance_of_name(b"iterator") {
            let class = o.class.name.clone();
            match self.call_method(&o, "getIterator", Vec::new())? {
                Value::Object(next) if next.class.instance_of_name(b"traversable") => o = next,
                _ => {
                    return Err(self.throw_error(
                        "Exception",
                        format!("Objects returned by {class}::getIterator() must be traversable or implement interface Iterator"),
                    ))
                }
            }
        }
        Ok(o)
    }

    /// One step of a user iterator: `next()` unless it is the first, then `valid()`,
    /// `current()`, `key()`.
    pub(super) fn iterator_step(
        &mut self,
        it: &Rc<PhpObject>,
        index: i64,
    ) -> Result<Option<(Value, Value)>, Unwind> {
        if index > 0 {
            self.call_method(it, "next", Vec::new())?;
        }
        if !self.call_method(it, "valid", Vec::new())?.to_bool() {
            return Ok(None);
        }
        let v = self.call_method(it, "current", Vec::new())?;
        let k = self.call_method(it, "key", Vec::new())?;
        Ok(Some((v.deref(), k.deref())))
    }

    /// Walk a Traversable as `iterator_to_array` does (Zend's `spl_iterator_apply`):
    /// `f` gets each value and key, each null unless asked for (`values`, `keys`: a
    /// user iterator's `current()`/`key()` are called only then).
    pub(crate) fn traverse(
        &mut self,
        o: Rc<PhpObject>,
        (values, keys): (bool, bool),
        f: &mut dyn FnMut(&mut Vm, Value, Value) -> Result<(), Unwind>,
    ) -> Result<(), Unwind> {
        let it = self.traversable_iterator(o)?;
        if is_generator(&it) {
            if is_finished(&it) {
                return Err(self.throw_error(
                    "Exception",
                    "Cannot traverse an already closed generator".into(),
                ));
            }
            self.gen_rewind(&it)?;
            while self.gen_valid(&it)? {
                let (v, k) = self.gen_current(&it)?.unwrap_or_default();
                f(self, v, k)?;
                self.gen_next(&it)?;
            }
            return Ok(());
        }
        self.call_method(&it, "rewind", Vec::new())?;
        while self.call_method(&it, "valid", Vec::new())?.to_bool() {
            let v = if values {
                self.call_method(&it, "current", Vec::new())?.deref()
            } else {
                Value::Null
            };
            let k = if keys {
                self.call_method(&it, "key", Vec::new())?.deref()
            } else {
                Value::Null
            };
            f(self, v, k)?;
            self.call_method(&it, "next", Vec::new())?;
        }
        Ok(())
    }

    // ---- foreach ----

    /// The Traversable object an operand holds (foreach over it), consuming a TMP/VAR.
    pub(super) fn traversable_operand(
        &mut self,
        code: &Code<'_>,
        c: Ctx,
        o: Operand,
    ) -> Option<Rc<PhpObject>> {
        let Value::Object(obj) = self.read_quiet(code, c, o) else {
            return None;
        };
        if !obj.class.instance_of_name(b"traversable") {
            return None;
        }
        if matches!(o.kind, OperandKind::TmpVar | OperandKind::Var) {
            self.stack[Self::slot(c, o)] = Value::Undef;
        }
        Some(obj)
    }

    /// The iterator a foreach VAR holds (arrays and plain objects' properties are
    /// held as arrays, Traversables' iterators in an InternalIterator).
    pub(super) fn iterator_in_slot(&self, slot: usize) -> Option<Rc<PhpObject>> {
        crate::generator::iteration_of(&self.stack[slot])
    }

    /// FE_RESET_R / FE_RESET_RW on a Traversable: its iterator goes into the iterator
    /// VAR, rewound; a jump past the loop when it is empty.
    pub(super) fn fe_reset_traversable(
        &mut self,
        c: Ctx,
        op: &Op,
        obj: Rc<PhpObject>,
        by_ref: bool,
    ) -> Result<Step, Unwind> {
        let it = self.traversable_iterator(obj)?;
        if is_generator(&it) {
            return self.gen_fe_reset(c, op, it, by_ref);
        }
        if by_ref {
            return Err(self.throw_error(
                "Error",
                "An iterator cannot be used with foreach by reference".into(),
            ));
        }
        let slot = Self::slot(c, op.result);
        self.stack[slot] = crate::generator::iteration(it.clone());
        self.set_fe_pos(slot, 0);
        self.call_method(&it, "rewind", Vec::new())?;
        if !self.call_method(&it, "valid", Vec::new())?.to_bool() {
            return Ok(Step::Jump(op.op2.value as usize));
        }
        Ok(Step::Next)
    }

    /// FE_FETCH_R / FE_FETCH_RW on the iterator held in the iterator VAR `slot`.
    pub(super) fn fe_fetch_traversable(
        &mut self,
        c: Ctx,
        op: &Op,
        it: Rc<PhpObject>,
        slot: usize,
        by_ref: bool,
    ) -> Result<Step, Unwind> {
        if is_generator(&it) {
            return self.gen_fe_fetch(c, op, it, slot, by_ref);
        }
        let pos = self.fe_pos(slot);
        if pos > 0 {
            self.call_method(&it, "next", Vec::new())?;
            if !self.call_method(&it, "valid", Vec::new())?.to_bool() {
                return Ok(Step::Jump(op.extended_value as usize));
            }
        }
        self.set_fe_pos(slot, pos + 1);
        let v = self.call_method(&it, "current", Vec::new())?.deref();
        self.set_result(c, op.op2, v);
        if op.result.kind != OperandKind::Unused {
            let k = self.call_method(&it, "key", Vec::new())?.deref();
            self.set_result(c, op.result, k);
        }
        Ok(Step::Next)
    }
}

impl Vm {
    /// The keys and values of a Traversable being unpacked (`[...$it]`, `f(...$it)`);
    /// `what` ("array", "argument") names the unpacking in the error for other keys.
    pub(super) fn unpack_traversable(
        &mut self,
        o: Rc<PhpObject>,
        what: &str,
    ) -> Result<Vec<(ArrayKey, Value)>, Unwind> {
        let mut out = Vec::new();
        self.traverse(o, (true, true), &mut |vm, v, k| {
            let key = match k {
                Value::Long(n) => ArrayKey::Int(n),
                Value::String(s) => ArrayKey::Str(s),
                _ => {
                    return Err(vm.throw_error(
                        "Error",
                        format!("Keys must be of type int|string during {what} unpacking"),
                    ))
                }
            };
            out.push((key, v));
            Ok(())
        })?;
        Ok(out)
    }
}
