//! Element access: the prepared stream's fast paths for arrays and strings (a CV's
//! array read, tested, written, incremented, iterated; concatenation), then objects
//! used like arrays and collections: `ArrayAccess` (`$o[k]`), `Countable`
//! (`count($o)`), and foreach over an object's visible properties.

use super::prepared::{Insn, Kind, CONST, INDEX, NO_KEY, NO_RESULT, TMP};
use super::*;
use crate::class::dump::{shown_props, visible_from};
use crate::class::{MethodBody, MethodCtx};
use crate::value::byte_string;

/// An int or string operand as an array key (the keys the fast paths take: others
/// convert with warnings or errors, which the general handlers give).
#[inline(always)]
fn fast_key(v: &Value) -> Option<ArrayKey> {
    match v {
        Value::Long(n) => Some(ArrayKey::Int(*n)),
        Value::String(s) => Some(ArrayKey::from_str_value(s)),
        _ => None,
    }
}

/// A string or an int appended as a string (what `.` makes of them).
#[inline(always)]
fn append_plain(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::String(s) => out.extend_from_slice(s),
        Value::Long(n) => crate::value::append_long(out, *n),
        _ => {}
    }
}

fn is_plain_string_part(v: &Value) -> bool {
    matches!(v, Value::String(_) | Value::Long(_))
}

/// A stored element read as a value (a reference reads as what it holds).
#[inline(always)]
fn element_value(v: &Value) -> Value {
    match v {
        Value::Reference(r) => r.borrow().clone(),
        v => v.clone(),
    }
}

/// Write `v` over an element, through its reference if it is one.
#[inline(always)]
fn store_element(slot: &mut Value, v: Value) {
    match slot {
        Value::Reference(r) => {
            let old = std::mem::replace(&mut *r.borrow_mut(), v);
            drop(old);
        }
        slot => put(slot, v),
    }
}

impl Vm {
    /// Release a TMP operand a fast path has read (CVs and literals stay).
    #[inline(always)]
    pub(super) fn consume(&mut self, base: usize, x: u32) {
        if x & (CONST | TMP) == TMP {
            put(&mut self.stack[base + (x & INDEX) as usize], Value::Undef);
        }
    }

    /// The CV array of a dimension kind with its key, or None.
    #[inline(always)]
    fn cv_array_key(&self, code: &Code<'_>, base: usize, insn: &Insn) -> Option<ArrayKey> {
        match &self.stack[base + (insn.a & INDEX) as usize] {
            Value::Array(_) => {}
            Value::Reference(r) if matches!(*r.borrow(), Value::Array(_)) => {}
            _ => return None,
        }
        fast_key(self.operand(code, base, insn.b))
    }

    /// `f` of the array CV slot `slot` holds, directly or through a reference (a
    /// by-reference parameter, a `global`).
    #[inline(always)]
    fn read_cv_array<R>(&self, slot: usize, f: impl FnOnce(&PhpArray) -> R) -> Option<R> {
        match &self.stack[slot] {
            Value::Array(a) => Some(f(a)),
            Value::Reference(r) => match &*r.borrow() {
                Value::Array(a) => Some(f(a)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `f` of the array CV slot `slot` holds, separated for writing; through a
    /// reference only while no reference is typed (a typed property's checks take
    /// the general path).
    #[inline(always)]
    fn write_cv_array<R>(&mut self, slot: usize, f: impl FnOnce(&mut PhpArray) -> R) -> Option<R> {
        match &mut self.stack[slot] {
            Value::Array(a) => Some(f(Rc::make_mut(a))),
            Value::Reference(r) if !crate::typed_ref::any() => match &mut *r.borrow_mut() {
                Value::Array(a) => Some(f(Rc::make_mut(a))),
                _ => None,
            },
            _ => None,
        }
    }

    /// `Kind::FetchDim`: `$cv[k]` of an existing element.
    #[inline(never)]
    pub(super) fn fetch_dim_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Some(key) = self.cv_array_key(code, base, insn) else {
            return self.string_offset_fast(code, base, insn, ip);
        };
        // Matched here, not through `read_cv_array`: its closure was not inlined
        // (+10 instructions a read).
        let found = match &self.stack[base + (insn.a & INDEX) as usize] {
            Value::Array(a) => a.get(&key).map(element_value),
            Value::Reference(r) => match &*r.borrow() {
                Value::Array(a) => a.get(&key).map(element_value),
                _ => None,
            },
            _ => None,
        };
        // A missing key warns: the general handler says so.
        let Some(v) = found else {
            return false;
        };
        self.consume(base, insn.a);
        self.consume(base, insn.b);
        put(&mut self.stack[base + insn.c as usize], v);
        *ip += 1;
        true
    }

    /// `Kind::FetchDim` of a string: `$s[$i]` of an int offset within it (from the
    /// end when negative). An offset out of the string warns: the general handler.
    #[inline(always)]
    fn string_offset_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Value::Long(i) = *self.operand(code, base, insn.b) else {
            return false;
        };
        let Value::String(s) = &self.stack[base + (insn.a & INDEX) as usize] else {
            return false;
        };
        let at = if i < 0 { i + s.len() as i64 } else { i };
        let Some(&b) = usize::try_from(at).ok().and_then(|at| s.get(at)) else {
            return false;
        };
        self.consume(base, insn.a);
        put(&mut self.stack[base + insn.c as usize], byte_string(b));
        *ip += 1;
        true
    }

    /// `Kind::IssetDim*`: `isset($cv[k])` with one lookup.
    #[inline(never)]
    pub(super) fn isset_dim_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Some(key) = self.cv_array_key(code, base, insn) else {
            return false;
        };
        let Some(set) = self.read_cv_array(base + insn.a as usize, |a| {
            a.get(&key).is_some_and(|v| !v.is_null())
        }) else {
            return false;
        };
        self.consume(base, insn.b);
        *ip = match insn.kind {
            Kind::IssetDimJmpz if !set => insn.c as usize,
            Kind::IssetDimJmpnz if set => insn.c as usize,
            Kind::IssetDimJmpz | Kind::IssetDimJmpnz => *ip + 2,
            _ => {
                put(&mut self.stack[base + insn.c as usize], Value::from(set));
                *ip + 1
            }
        };
        true
    }

    /// `Kind::AssignDim`: `$cv[k] = v` / `$cv[] = v` of a plain value into a CV array.
    #[inline(never)]
    pub(super) fn assign_dim_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let slot = base + insn.a as usize;
        let key = if insn.b == NO_KEY {
            match self.read_cv_array(slot, |a| a.next_free().is_some()) {
                Some(true) => None,
                _ => return false,
            }
        } else {
            match self.cv_array_key(code, base, insn) {
                Some(k) => Some(k),
                None => return false,
            }
        };
        // An element bound to typed properties is checked on the general path, and so
        // is a reference element of an array held through a reference (it may be that
        // very reference, `$a[] = &$a`, borrowed here meanwhile).
        let through_ref = matches!(self.stack[slot], Value::Reference(_));
        if let (Some(k), true) = (&key, crate::typed_ref::any() || through_ref) {
            let bound = self.read_cv_array(slot, |a| matches!(a.get(k), Some(Value::Reference(_))));
            if bound != Some(false) {
                return false;
            }
        }
        // Through a reference only while none is typed (`write_cv_array`): checked
        // before the value is taken, which cannot be put back.
        if through_ref && crate::typed_ref::any() {
            return false;
        }
        let Some(v) = self.plain_value(code, base, insn.c) else {
            return false;
        };
        self.write_cv_array(slot, |arr| match key {
            // `next_free` was checked: the append cannot fail.
            None => {
                let _ = arr.push(v);
            }
            Some(k) => store_element(arr.entry(k), v),
        });
        if insn.b != NO_KEY {
            self.consume(base, insn.b);
        }
        *ip += 2;
        true
    }

    /// `Kind::DimIncDec`: `$cv[k]++` / `--` of an int element, in place (the general
    /// path fetches the element as a reference).
    #[inline(never)]
    pub(super) fn dim_incdec_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Some(key) = self.cv_array_key(code, base, insn) else {
            return false;
        };
        let Value::Array(a) = &mut self.stack[base + insn.a as usize] else {
            return false;
        };
        // Separating a shared array first is what the write fetch does anyway.
        let Some(Value::Long(n)) = Rc::make_mut(a).get_mut(&key) else {
            return false;
        };
        let Some(m) = (if insn.c == 1 {
            n.checked_add(1)
        } else {
            n.checked_sub(1)
        }) else {
            return false;
        };
        *n = m;
        self.consume(base, insn.b);
        *ip += 2;
        true
    }

    /// `Kind::DimAssignOp`: `$cv[k] op= number` on an existing number element, in
    /// place (the general path fetches the element for writing and runs the operator
    /// on copies).
    #[inline(never)]
    pub(super) fn dim_assign_op_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let Some(key) = self.cv_array_key(code, base, insn) else {
            return false;
        };
        let operand = match self.operand(code, base, insn.c) {
            v @ (Value::Long(_) | Value::Double(_)) => v.clone(),
            _ => return false,
        };
        let opcode = opcode_from_u32(code.ops()[*ip].extended_value);
        let Value::Array(a) = &mut self.stack[base + insn.a as usize] else {
            return false;
        };
        // Separating a shared array first is what the write fetch does anyway; a
        // missing key warns and a reference may be typed: the general path.
        let Some(cur) = Rc::make_mut(a).get_mut(&key) else {
            return false;
        };
        let Some(v) = fast_arith(opcode, cur, &operand) else {
            return false;
        };
        // `cur` held a number (fast_arith takes nothing else): nothing to drop.
        *cur = v;
        self.consume(base, insn.b);
        *ip += 2;
        true
    }

    /// `Kind::FeFetch`: the next element of an array foreach into a plain CV.
    #[inline(never)]
    pub(super) fn fe_fetch_fast(&mut self, base: usize, insn: &Insn, ip: &mut usize) -> bool {
        let slot = base + insn.a as usize;
        let target = base + insn.c as usize;
        if matches!(self.stack[target], Value::Reference(_)) {
            return false;
        }
        let Value::Array(a) = &self.stack[slot] else {
            return false;
        };
        let Some((p, k, v)) = a.entry_at(self.fe_pos(slot)) else {
            return false;
        };
        let v = element_value(v);
        let k = (insn.b != NO_RESULT).then(|| k.to_value());
        self.set_fe_pos(slot, p + 1);
        put(&mut self.stack[target], v);
        if let Some(k) = k {
            put(&mut self.stack[base + insn.b as usize], k);
        }
        *ip += 1;
        true
    }

    /// `Kind::Concat`: strings and ints joined; a TMP string on the left that nothing
    /// else holds grows in place (a rope, a chain of `.`).
    #[inline(never)]
    pub(super) fn concat_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        if !is_plain_string_part(self.operand(code, base, insn.a))
            || !is_plain_string_part(self.operand(code, base, insn.b))
        {
            return false;
        }
        let left = base + (insn.a & INDEX) as usize;
        let grow = insn.a & (CONST | TMP) == TMP
            && matches!(&self.stack[left], Value::String(s) if Rc::strong_count(s) == 1 && Rc::weak_count(s) == 0);
        let mut out = match grow {
            true => std::mem::take(&mut self.stack[left]),
            false => {
                let len = |v: &Value| match v {
                    Value::String(s) => s.len(),
                    _ => 20,
                };
                let (l, r) = (
                    self.operand(code, base, insn.a),
                    self.operand(code, base, insn.b),
                );
                let mut buf = Vec::with_capacity(len(l) + len(r));
                append_plain(&mut buf, l);
                Value::from(buf)
            }
        };
        if let Value::String(s) = &mut out {
            append_plain(Rc::make_mut(s), self.operand(code, base, insn.b));
        }
        self.consume(base, insn.a);
        self.consume(base, insn.b);
        put(&mut self.stack[base + insn.c as usize], out);
        *ip += 1;
        true
    }

    /// `Kind::RopeInit`: the first part of an interpolated string.
    #[inline(never)]
    pub(super) fn rope_init_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        let v = match self.operand(code, base, insn.a) {
            Value::String(s) => Value::String(s.clone()),
            Value::Long(n) => Value::from(crate::value::long_bytes(*n)),
            _ => return false,
        };
        self.consume(base, insn.a);
        put(&mut self.stack[base + insn.c as usize], v);
        *ip += 1;
        true
    }

    /// `Kind::ConcatAssign`: `$cv .= x` appended in place when the string is not shared.
    #[inline(never)]
    pub(super) fn concat_assign_fast(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        ip: &mut usize,
    ) -> bool {
        // `$s .= $s` reads the target: the general handler copies it first.
        if insn.a == insn.c || !is_plain_string_part(self.operand(code, base, insn.a)) {
            return false;
        }
        let slot = base + insn.c as usize;
        if !matches!(self.stack[slot], Value::String(_)) {
            return false;
        }
        let mut target = std::mem::take(&mut self.stack[slot]);
        if let Value::String(s) = &mut target {
            append_plain(Rc::make_mut(s), self.operand(code, base, insn.a));
        }
        put(&mut self.stack[slot], target);
        self.consume(base, insn.a);
        *ip += 1;
        true
    }
}

impl Vm {
    /// Call a public method by lowercase name on an object (ArrayAccess & co).
    fn call_interface_method(
        &mut self,
        o: &Rc<PhpObject>,
        lc: &[u8],
        args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        let Some(m) = o.class.find_method(lc).cloned() else {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Call to undefined method {}::{}()",
                    o.class.name,
                    String::from_utf8_lossy(lc)
                ),
            ));
        };
        if let MethodBody::Native(n) = m.body {
            // An internal class's dimension handler: no frame of its own, so no
            // `ArrayObject->offsetGet(…)` line (nor its arguments) in a trace.
            let ctx = MethodCtx {
                this: Some(o.clone()),
                class: o.class.clone(),
            };
            let mut args = args;
            return (n.handler)(self, &ctx, &mut args);
        }
        self.invoke_method(Some(o.clone()), &m, o.class.clone(), args)
    }

    fn not_array_access(&mut self, o: &PhpObject) -> Unwind {
        self.throw_error(
            "Error",
            format!("Cannot use object of type {} as array", o.class.name),
        )
    }

    /// `$o[$k]` for reading (`offsetGet`).
    pub(crate) fn offset_get(
        &mut self,
        o: &Rc<PhpObject>,
        key: Option<Value>,
    ) -> Result<Value, Unwind> {
        if !o.class.instance_of_name(b"arrayaccess") {
            return Err(self.not_array_access(o));
        }
        let v = self.call_interface_method(o, b"offsetget", vec![key.unwrap_or_default()])?;
        Ok(v.deref())
    }

    /// `$o[$k] = $v` / `$o[] = $v` (`offsetSet`).
    pub(crate) fn offset_set(
        &mut self,
        o: &Rc<PhpObject>,
        key: Option<Value>,
        v: Value,
    ) -> Result<Value, Unwind> {
        if !o.class.instance_of_name(b"arrayaccess") {
            return Err(self.not_array_access(o));
        }
        self.call_interface_method(o, b"offsetset", vec![key.unwrap_or_default(), v.clone()])?;
        Ok(v)
    }

    /// `$o[$k][...] = …`: what `offsetGet` returns, as a reference to write through
    /// (its reference if it returns one; objects are handles anyway).
    pub(crate) fn offset_ref(
        &mut self,
        o: &Rc<PhpObject>,
        key: Option<Value>,
    ) -> Result<PhpRef, Unwind> {
        if !o.class.instance_of_name(b"arrayaccess") {
            return Err(self.not_array_access(o));
        }
        if let Some(slot) = crate::class::spl::element_slot(self, o, key.as_ref(), make_ref) {
            return slot;
        }
        let key = key.unwrap_or_default();
        let v = self.returning_ref(|vm| vm.call_interface_method(o, b"offsetget", vec![key]))?;
        Ok(match v {
            Value::Reference(r) => r,
            v @ Value::Object(_) => new_ref(v),
            v => {
                self.notice(&format!(
                    "Indirect modification of overloaded element of {} has no effect",
                    o.class.name
                ));
                new_ref(v)
            }
        })
    }

    /// Runs an engine call (`offsetGet`, `__get` for a write) whose by-reference return
    /// must hand back the reference itself, for the write to go through it.
    pub(crate) fn returning_ref<T>(&mut self, call: impl FnOnce(&mut Vm) -> T) -> T {
        let outer = self.ref_return_depth.replace(self.frames.len());
        let r = call(self);
        self.ref_return_depth = outer;
        r
    }

    /// `unset($o[$k])` (`offsetUnset`).
    pub(crate) fn offset_unset(&mut self, o: &Rc<PhpObject>, key: &Value) -> Result<(), Unwind> {
        if !o.class.instance_of_name(b"arrayaccess") {
            return Err(self.throw_error(
                "Error",
                "Cannot unset offset in a non-array variable".into(),
            ));
        }
        self.call_interface_method(o, b"offsetunset", vec![key.clone()])?;
        Ok(())
    }

    /// `isset($o[$k])` / `empty($o[$k])` (`offsetExists`, then `offsetGet` for empty).
    pub(crate) fn offset_isset(
        &mut self,
        o: &Rc<PhpObject>,
        key: &Value,
        empty: bool,
    ) -> Result<bool, Unwind> {
        if !o.class.instance_of_name(b"arrayaccess") {
            return Err(self.not_array_access(o));
        }
        let exists = self
            .call_interface_method(o, b"offsetexists", vec![key.clone()])?
            .to_bool();
        if !empty {
            return Ok(exists);
        }
        if !exists {
            return Ok(true);
        }
        let v = self.call_interface_method(o, b"offsetget", vec![key.clone()])?;
        Ok(!v.to_bool())
    }

    /// `count($o)`: `Countable::count()`, else PHP's TypeError naming `func` (count, sizeof).
    pub(crate) fn count_object(&mut self, o: &Rc<PhpObject>, func: &str) -> Result<Value, Unwind> {
        if !o.class.instance_of_name(b"countable") {
            return Err(self.throw_error(
                "TypeError",
                format!(
                    "{func}(): Argument #1 ($value) must be of type Countable|array, {} given",
                    o.class.name
                ),
            ));
        }
        let n = self.call_interface_method(o, b"count", Vec::new())?;
        Ok(Value::Long(n.to_long()))
    }

    /// The properties of `o` visible from the running code, by name (foreach,
    /// `get_object_vars`).
    pub(crate) fn visible_props(&self, o: &PhpObject) -> PhpArray {
        let scope = self.frames.last().and_then(|f| f.class.clone());
        let mut out = PhpArray::new();
        for p in shown_props(o, false) {
            if visible_from(&p.vis, &o.class, scope.as_ref()) {
                out.insert(prop_key(&p.name), p.value.unwrap_or_default());
            }
        }
        out
    }

    /// The first property of `o` visible here at position `pos` or after, for a foreach
    /// over the live object (as Zend walks its property table: properties added or
    /// removed in the loop are seen): its position and name. Declared properties take
    /// positions 0..slots, dynamic ones follow.
    pub(super) fn live_prop_pos(&self, o: &PhpObject, pos: usize) -> Option<(usize, ArrayKey)> {
        let scope = self.frames.last().and_then(|f| f.class.clone());
        let slots = o.slots.borrow();
        for (p, (info, v)) in o
            .class
            .slot_info
            .iter()
            .zip(slots.iter())
            .enumerate()
            .skip(pos)
        {
            if !matches!(v, Value::Undef) && visible_from(&prop_vis(info), &o.class, scope.as_ref())
            {
                return Some((p, prop_key(info.name.as_bytes())));
            }
        }
        let n = slots.len();
        let dynamic = o.dynamic.borrow();
        let (q, k, _) = dynamic.as_ref()?.entry_at(pos.saturating_sub(n))?;
        Some((q + n, k))
    }

    /// [`Vm::live_prop_pos`] with the property's value (foreach by value).
    pub(crate) fn live_prop_at(
        &self,
        o: &PhpObject,
        pos: usize,
    ) -> Option<(usize, ArrayKey, Value)> {
        let (p, k) = self.live_prop_pos(o, pos)?;
        let n = o.slots.borrow().len();
        let v = match o.slots.borrow().get(p) {
            Some(v) => v.deref(),
            None => o.dynamic.borrow().as_ref()?.entry_at(p - n)?.2.deref(),
        };
        Some((p, k, v))
    }

    /// [`Vm::live_prop_pos`] with the property made a reference (foreach by reference;
    /// bound to a typed property's type, refused for a readonly one).
    pub(crate) fn live_prop_ref_at(
        &mut self,
        o: &Rc<PhpObject>,
        pos: usize,
    ) -> Result<Option<(usize, ArrayKey, PhpRef)>, Unwind> {
        let Some((p, k)) = self.live_prop_pos(o, pos) else {
            return Ok(None);
        };
        let n = o.slots.borrow().len();
        if p < n {
            let info = o.class.slot_info[p].clone();
            if info.is_readonly() {
                let msg = format!(
                    "Cannot acquire reference to readonly property {}::${}",
                    info.class_name, info.name
                );
                return Err(self.throw_error("Error", msg));
            }
            let r = make_ref(&mut o.slots.borrow_mut()[p]);
            crate::typed_ref::bind_prop(&r, o, &info);
            return Ok(Some((p, k, r)));
        }
        let mut dynamic = o.dynamic.borrow_mut();
        let r = dynamic
            .as_mut()
            .and_then(|d| d.value_at_mut(p - n))
            .map(make_ref);
        Ok(r.map(|r| (p, k, r)))
    }
}

/// A property name as an array key (`get_object_vars` turns numeric names into ints).
/// A declared property's visibility, as the dumps and visibility checks take it.
fn prop_vis(info: &crate::class::PropInfo) -> crate::class::dump::Vis {
    if info.is_private() {
        crate::class::dump::Vis::Private(info.class_name.clone())
    } else if info.is_protected() {
        crate::class::dump::Vis::Protected
    } else {
        crate::class::dump::Vis::Public
    }
}

fn prop_key(name: &[u8]) -> ArrayKey {
    ArrayKey::from_bytes(name)
}

impl Vm {
    /// `json_encode`'s view of a value: `JsonSerializable` objects replaced by what
    /// their `jsonSerialize()` returns, recursively (objects on the current path are
    /// left as they are, for the encoder's recursion check). A plain object holding
    /// such objects stays itself; its prepared public properties go into `objects`.
    pub(crate) fn json_prepare(
        &mut self,
        v: &Value,
        path: &mut Vec<u32>,
        objects: &mut crate::builtins::json::JsonObjects,
    ) -> Result<Value, Unwind> {
        match v {
            Value::Object(o) if path.contains(&o.id) => Ok(v.clone()),
            Value::Object(o) if o.class.instance_of_name(b"jsonserializable") => {
                path.push(o.id);
                let r = self
                    .call_interface_method(o, b"jsonserialize", Vec::new())
                    .and_then(|inner| self.json_prepare(&inner.deref(), path, objects));
                path.pop();
                r
            }
            Value::Object(o) if !o.class.is_enum() => {
                let props = crate::builtins::json::public_props(o);
                if props
                    .values()
                    .any(|x| matches!(x.deref(), Value::Object(_) | Value::Array(_)))
                {
                    path.push(o.id);
                    let r = self.json_prepare(&Value::from(props), path, objects);
                    path.pop();
                    if let Value::Array(a) = r? {
                        objects.insert(Rc::as_ptr(o) as usize, (*a).clone());
                    }
                }
                Ok(v.clone())
            }
            Value::Array(a)
                if a.values()
                    .any(|x| matches!(x.deref(), Value::Object(_) | Value::Array(_))) =>
            {
                let mut out = PhpArray::with_capacity(a.len());
                for (k, x) in a.iter() {
                    out.insert(k, self.json_prepare(&x.deref(), path, objects)?);
                }
                Ok(Value::from(out))
            }
            Value::Reference(r) => {
                let inner = r.borrow().clone();
                self.json_prepare(&inner, path, objects)
            }
            _ => Ok(v.clone()),
        }
    }
}

impl Vm {
    /// `unserialize`'s `E:` record (`Class:Case`): the enum case, with PHP's warnings.
    pub(crate) fn unserialize_enum(&mut self, name: &[u8]) -> Result<Option<Value>, Unwind> {
        let shown = String::from_utf8_lossy(name).into_owned();
        let Some((class, case)) = shown.split_once(':') else {
            self.warning(&format!(
                "unserialize(): Invalid enum name '{shown}' (missing colon)"
            ));
            return Ok(None);
        };
        let Some(k) = self.lookup_class(class.as_bytes())? else {
            self.warning(&format!("unserialize(): Class '{class}' not found"));
            return Ok(None);
        };
        if !k.is_enum() {
            self.warning(&format!("unserialize(): Class '{class}' is not an enum"));
            return Ok(None);
        }
        match k
            .find_constant(case)
            .map(|c| c.flags & miniphp_compiler::member::ENUM_CASE != 0)
        {
            Some(true) => Ok(Some(self.class_constant(&k, case)?)),
            Some(false) => {
                self.warning(&format!(
                    "unserialize(): {class}::{case} is not an enum case"
                ));
                Ok(None)
            }
            None => {
                self.warning(&format!(
                    "unserialize(): Undefined constant {class}::{case}"
                ));
                Ok(None)
            }
        }
    }
}

impl Vm {
    /// Whether an object satisfies a declared type with class names (`Foo`, `?Foo`,
    /// `self`, `static`, `A|B`), in the scope of frame `fi`.
    pub(crate) fn object_fits(
        &self,
        view: &ScriptView<'_>,
        ty: &miniphp_compiler::TypeDecl,
        o: &PhpObject,
        fi: usize,
    ) -> bool {
        use miniphp_compiler::TypeDecl;
        let m = ty.mask;
        if m & (TypeDecl::OBJECT | TypeDecl::MIXED) != 0 {
            return true;
        }
        if m & TypeDecl::ITERABLE != 0 && o.class.instance_of_name(b"traversable") {
            return true;
        }
        let f = &self.frames[fi];
        if m & TypeDecl::STATIC != 0 {
            // Without a called scope (a closure bound to none) nothing is `static`.
            if (f.static_class.as_ref().or(f.class.as_ref()))
                .is_some_and(|k| o.class.is_subclass_of(k))
            {
                return true;
            }
        }
        if m & TypeDecl::CALLABLE != 0
            && (&*o.class.lc_name == b"closure" || o.class.magic.invoke.is_some())
        {
            return true;
        }
        let fits = |name: &[u8]| {
            let name = name
                .strip_prefix(b"\\")
                .unwrap_or(name)
                .to_ascii_lowercase();
            match name.as_slice() {
                b"self" => f.class.as_ref().is_some_and(|k| o.class.is_subclass_of(k)),
                b"parent" => f
                    .class
                    .as_ref()
                    .and_then(|k| k.parent.as_ref())
                    .is_some_and(|k| o.class.is_subclass_of(k)),
                // A name not in the object's hierarchy may be an alias of a class
                // in it (class_alias); type checks never autoload.
                lc => {
                    o.class.instance_of_name(lc)
                        || self
                            .find_class(lc)
                            .is_some_and(|k| o.class.is_subclass_of(&k))
                }
            }
        };
        let names = view.type_names[ty.class_names.indices()].iter();
        class_names_fit(m, names.map(|r| view.str(*r)), fits)
    }
}

/// Whether an object fits a type's class names, given whether it fits one name: all
/// names of an intersection, else any member (a DNF group `A&B` by all its names).
pub(crate) fn class_names_fit<'a>(
    mask: u32,
    mut names: impl Iterator<Item = &'a [u8]>,
    fits: impl Fn(&[u8]) -> bool,
) -> bool {
    if mask & miniphp_compiler::TypeDecl::INTERSECTION != 0 {
        return names.all(&fits);
    }
    names.any(|n| n.split(|&b| b == b'&').all(&fits))
}
