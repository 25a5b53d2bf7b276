//! The VM stack: the frames' slots, one `Value` each, with a top that is not the
//! length of its buffer.
//!
//! Invariant: every slot at or above `top` holds `Value::Undef`. A pushed frame's
//! slots are therefore ready without a write (`grow_to` only moves `top`), and a
//! leaving frame resets only the slots below the old top (`truncate`). Everything
//! else reads like a `Vec<Value>` whose length is `top`: it derefs to the live
//! slots, and `push`/`pop`/`drain`/`split_off` keep the invariant.

use std::ops::{Deref, DerefMut, RangeFrom};

use crate::value::Value;

#[derive(Default)]
pub(crate) struct VmStack {
    /// Live slots below `top`; `Undef` from `top` to the end.
    slots: Vec<Value>,
    top: usize,
}

/// Replace a slot with `Undef`, calling the drop glue only for a value that owns
/// something (most slots hold a number or nothing): the common case reads the tag
/// and writes `Undef`, nothing more.
#[inline(always)]
fn clear(slot: &mut Value) {
    if slot.is_refcounted() {
        release(slot);
    } else {
        std::mem::forget(std::mem::replace(slot, Value::Undef));
    }
}

/// [`clear`] of a value that owns something, out of the slot loops' way.
#[cold]
#[inline(never)]
fn release(slot: &mut Value) {
    drop(std::mem::replace(slot, Value::Undef));
}

impl VmStack {
    pub(crate) fn with_capacity(n: usize) -> VmStack {
        VmStack {
            slots: Vec::with_capacity(n),
            top: 0,
        }
    }

    /// Number of live slots (the top).
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.top
    }

    /// Make the slots up to `end` live (no-op if they are): they hold `Undef`
    /// already, so only a buffer that is too short is written (once, when it grows).
    #[inline(always)]
    pub(crate) fn grow_to(&mut self, end: usize) {
        if end > self.top {
            if end > self.slots.len() {
                self.extend_buffer(end);
            }
            self.top = end;
        }
    }

    #[cold]
    fn extend_buffer(&mut self, end: usize) {
        self.slots.resize_with(end, || Value::Undef);
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, v: Value) {
        if self.top == self.slots.len() {
            self.slots.push(v);
        } else {
            // The slot holds `Undef`: nothing to drop.
            std::mem::forget(std::mem::replace(&mut self.slots[self.top], v));
        }
        self.top += 1;
    }

    pub(crate) fn extend(&mut self, vs: impl IntoIterator<Item = Value>) {
        for v in vs {
            self.push(v);
        }
    }

    /// Drop the slots from `n` up (the drop glue only for values owning something).
    #[inline(always)]
    pub(crate) fn truncate(&mut self, n: usize) {
        if n < self.top {
            for slot in &mut self.slots[n..self.top] {
                clear(slot);
            }
            self.top = n;
        }
    }

    /// `truncate` or grow to `n`, new slots holding `v`.
    pub(crate) fn resize(&mut self, n: usize, v: Value) {
        if n <= self.top {
            self.truncate(n);
            return;
        }
        let from = self.top;
        self.grow_to(n);
        if !matches!(v, Value::Undef) {
            for slot in &mut self.slots[from..n] {
                *slot = v.clone();
            }
        }
    }

    /// The slots from `range.start` to the top, moved out in order; the top
    /// becomes `range.start` (slots not consumed are dropped with the iterator).
    pub(crate) fn drain(&mut self, range: RangeFrom<usize>) -> Drain<'_> {
        let from = range.start.min(self.top);
        let end = self.top;
        self.top = from;
        Drain {
            slots: self.slots[from..end].iter_mut(),
        }
    }

    /// Slots `from..to` (below the top) moved out; the slots above them move down.
    pub(crate) fn remove_range(&mut self, from: usize, to: usize) -> Vec<Value> {
        let to = to.min(self.top);
        let from = from.min(to);
        let out = self.slots[from..to]
            .iter_mut()
            .map(|v| std::mem::replace(v, Value::Undef))
            .collect();
        // The emptied slots rotate above the live ones, keeping the invariant.
        self.slots[from..self.top].rotate_left(to - from);
        self.top -= to - from;
        out
    }

    /// The slots from `at` up, moved out; the top becomes `at`.
    pub(crate) fn split_off(&mut self, at: usize) -> Vec<Value> {
        self.drain(at..).collect()
    }
}

/// [`VmStack::drain`]'s iterator.
pub(crate) struct Drain<'a> {
    slots: std::slice::IterMut<'a, Value>,
}

impl Iterator for Drain<'_> {
    type Item = Value;

    #[inline]
    fn next(&mut self) -> Option<Value> {
        self.slots
            .next()
            .map(|v| std::mem::replace(v, Value::Undef))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.slots.size_hint()
    }
}

impl Drop for Drain<'_> {
    fn drop(&mut self) {
        for slot in self.slots.by_ref() {
            clear(slot);
        }
    }
}

impl Deref for VmStack {
    type Target = [Value];

    #[inline(always)]
    fn deref(&self) -> &[Value] {
        debug_assert!(self.top <= self.slots.len());
        // SAFETY: `top <= slots.len()` always: `grow_to` and `push` extend `slots`
        // before raising `top`, and nothing shrinks `slots` (tested below). Every
        // slot access goes through here, so this saves a bounds check on each.
        unsafe { self.slots.get_unchecked(..self.top) }
    }
}

impl DerefMut for VmStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        debug_assert!(self.top <= self.slots.len());
        // SAFETY: as in `deref`, `top <= slots.len()`.
        unsafe { self.slots.get_unchecked_mut(..self.top) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The invariants: the top within the buffer (what `deref`'s unchecked slicing
    /// relies on), and nothing but Undef above it.
    fn undef_above_top(s: &VmStack) -> bool {
        s.top <= s.slots.len() && s.slots[s.top..].iter().all(|v| matches!(v, Value::Undef))
    }

    #[test]
    fn slots_above_the_top_stay_undef() {
        let mut s = VmStack::with_capacity(4);
        s.grow_to(3);
        assert_eq!(s.len(), 3);
        s[0] = Value::Long(1);
        s[2] = Value::from("x");
        s.push(Value::Long(7));
        s.truncate(1);
        assert_eq!(s.len(), 1);
        assert!(undef_above_top(&s));
        // Growing again finds the released slots empty.
        s.grow_to(4);
        assert!(s[1..].iter().all(|v| matches!(v, Value::Undef)));
        assert!(matches!(s[0], Value::Long(1)));
    }

    #[test]
    fn drain_and_split_off_move_the_top_slots_out() {
        let mut s = VmStack::with_capacity(0);
        s.extend((0..5).map(Value::Long));
        let got: Vec<i64> = s.drain(3..).map(|v| v.to_long()).collect();
        assert_eq!(got, [3, 4]);
        assert_eq!(s.len(), 3);
        // A drain dropped early still empties its slots.
        drop(s.drain(1..));
        assert_eq!(s.len(), 1);
        assert!(undef_above_top(&s));
        s.push(Value::Long(9));
        let rest = s.split_off(0);
        assert_eq!(rest.len(), 2);
        assert!(s.is_empty() && undef_above_top(&s));
    }

    #[test]
    fn remove_range_closes_the_gap() {
        let mut s = VmStack::with_capacity(0);
        s.extend((0..6).map(Value::Long));
        let out: Vec<i64> = s.remove_range(1, 3).iter().map(Value::to_long).collect();
        assert_eq!(out, [1, 2]);
        let left: Vec<i64> = s.iter().map(Value::to_long).collect();
        assert_eq!(left, [0, 3, 4, 5]);
        assert!(undef_above_top(&s));
    }

    #[test]
    fn resize_fills_new_slots() {
        let mut s = VmStack::with_capacity(0);
        s.resize(2, Value::Null);
        assert!(s.iter().all(|v| matches!(v, Value::Null)));
        s.resize(1, Value::Undef);
        assert_eq!(s.len(), 1);
        assert!(undef_above_top(&s));
    }
}
