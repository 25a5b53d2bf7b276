//! `SplDoublyLinkedList`, `SplQueue`, `SplStack` (ext/spl/spl_dllist.c): a deque
//! with an iteration mode (LIFO/FIFO, keep/delete) and an internal cursor.

use std::collections::VecDeque;
use std::rc::Rc;

use super::{int_arg, this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeConst, NativeMethod};
use crate::object::PhpObject;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

pub const IT_MODE_LIFO: i64 = 2;
pub const IT_MODE_DELETE: i64 = 1;
/// SplStack/SplQueue: the LIFO bit cannot change.
const IT_FIX: i64 = 4;

#[derive(Debug, Clone, Default)]
pub struct List {
    pub items: VecDeque<Value>,
    pub flags: i64,
    /// The cursor of the object's own Iterator methods.
    cursor: Cursor,
}

/// A position in a list: the object's own, or a foreach's (which keeps the mode the
/// list had when the loop started).
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    /// Index of the element under the cursor.
    at: Option<usize>,
    /// What `key()` returns.
    pub pos: i64,
}

impl Family for List {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::List(l) => Some(l),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::List(self)
    }
}

impl List {
    fn lifo(&self) -> bool {
        self.flags & IT_MODE_LIFO != 0
    }

    /// The index of the `i`th element counted in iteration order (`offsetGet`).
    fn offset(&self, i: i64) -> Option<usize> {
        let n = self.items.len() as i64;
        (0..n)
            .contains(&i)
            .then(|| if self.lifo() { n - 1 - i } else { i } as usize)
    }
}

impl Cursor {
    pub fn rewind(&mut self, items: &VecDeque<Value>, flags: i64) {
        let n = items.len();
        if flags & IT_MODE_LIFO != 0 {
            self.at = n.checked_sub(1);
            self.pos = n as i64 - 1;
        } else {
            self.at = (n > 0).then_some(0);
            self.pos = 0;
        }
    }

    /// Step forward (`next()`), removing the element left in delete mode; the removed
    /// value is returned so that it is dropped outside the borrow.
    pub fn forward(&mut self, items: &mut VecDeque<Value>, flags: i64) -> Option<Value> {
        let c = self.at?;
        if flags & IT_MODE_LIFO != 0 {
            self.at = c.checked_sub(1);
            self.pos -= 1;
            if flags & IT_MODE_DELETE != 0 {
                return items.pop_back();
            }
        } else if flags & IT_MODE_DELETE != 0 {
            return items.pop_front();
        } else {
            self.at = Some(c + 1);
            self.pos += 1;
        }
        None
    }

    fn backward(&mut self, flags: i64) {
        let Some(c) = self.at else { return };
        if flags & IT_MODE_LIFO != 0 {
            self.at = Some(c + 1);
            self.pos += 1;
        } else {
            self.at = c.checked_sub(1);
            self.pos -= 1;
        }
    }

    pub fn current<'a>(&self, items: &'a VecDeque<Value>) -> Option<&'a Value> {
        items.get(self.at?)
    }
}

/// A new list's flags: SplStack is LIFO, both it and SplQueue have their mode fixed.
fn create(vm: &mut Vm, class: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
    let _ = vm;
    let o = PhpObject::new(class);
    let flags = if class.instance_of_name(b"splstack") {
        IT_MODE_LIFO | IT_FIX
    } else if class.instance_of_name(b"splqueue") {
        IT_FIX
    } else {
        0
    };
    with(&o, |l: &mut List| l.flags = flags);
    Ok(o)
}

const LIST_METHODS: &[NativeMethod] = &[
    NativeMethod::new("add", add, &["index", "value"], 2),
    NativeMethod::new("pop", pop, &[], 0),
    NativeMethod::new("shift", shift, &[], 0),
    NativeMethod::new("push", push, &["value"], 1),
    NativeMethod::new("unshift", unshift, &["value"], 1),
    NativeMethod::new("top", top, &[], 0),
    NativeMethod::new("bottom", bottom, &[], 0),
    NativeMethod::new("__debugInfo", debug_info, &[], 0),
    NativeMethod::new("count", count, &[], 0),
    NativeMethod::new("isEmpty", is_empty, &[], 0),
    NativeMethod::new("setIteratorMode", set_mode, &["mode"], 1),
    NativeMethod::new("getIteratorMode", get_mode, &[], 0),
    NativeMethod::new("offsetExists", offset_exists, &["index"], 1),
    NativeMethod::new("offsetGet", offset_get, &["index"], 1),
    NativeMethod::new("offsetSet", offset_set, &["index", "value"], 2),
    NativeMethod::new("offsetUnset", offset_unset, &["index"], 1),
    NativeMethod::new("rewind", rewind, &[], 0),
    NativeMethod::new("current", current, &[], 0),
    NativeMethod::new("key", key, &[], 0),
    NativeMethod::new("prev", prev, &[], 0),
    NativeMethod::new("next", next, &[], 0),
    NativeMethod::new("valid", valid, &[], 0),
    NativeMethod::new("unserialize", unserialize, &["data"], 1),
    NativeMethod::new("serialize", serialize, &[], 0),
    NativeMethod::new("__serialize", magic_serialize, &[], 0),
    NativeMethod::new("__unserialize", magic_unserialize, &["data"], 1),
];

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "SplDoublyLinkedList",
        interfaces: &["Iterator", "Countable", "ArrayAccess", "Serializable"],
        consts: &[
            ("IT_MODE_LIFO", NativeConst::Long(IT_MODE_LIFO)),
            ("IT_MODE_FIFO", NativeConst::Long(0)),
            ("IT_MODE_DELETE", NativeConst::Long(IT_MODE_DELETE)),
            ("IT_MODE_KEEP", NativeConst::Long(0)),
        ],
        methods: LIST_METHODS,
        create: Some(create),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplQueue",
        parent: Some("SplDoublyLinkedList"),
        methods: &[
            NativeMethod::new("enqueue", push, &["value"], 1),
            NativeMethod::new("dequeue", shift, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplStack",
        parent: Some("SplDoublyLinkedList"),
        ..NativeClass::EMPTY
    },
];

fn list<T>(c: &MethodCtx, f: impl FnOnce(&mut List) -> T) -> T {
    with(&this(c), f)
}

fn out_of_range(vm: &mut Vm, method: &str) -> Unwind {
    vm.throw_error(
        "OutOfRangeException",
        format!("SplDoublyLinkedList::{method}(): Argument #1 ($index) is out of range"),
    )
}

fn index(vm: &mut Vm, a: &[Value], method: &str) -> Result<i64, Unwind> {
    int_arg(
        vm,
        &a[0],
        &format!("SplDoublyLinkedList::{method}"),
        1,
        "index",
    )
}

fn add(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let i = index(vm, a, "add")?;
    let v = a[1].deref();
    let ok = list(c, |l| {
        let n = l.items.len() as i64;
        if !(0..=n).contains(&i) {
            return false;
        }
        match l.offset(i) {
            // Inserted before the element at that offset (towards the head).
            Some(at) => l.items.insert(if l.lifo() { at } else { i as usize }, v),
            None => l.items.push_back(v),
        }
        true
    });
    if ok {
        Ok(Value::Null)
    } else {
        Err(out_of_range(vm, "add"))
    }
}

fn empty_error(vm: &mut Vm, what: &str) -> Unwind {
    vm.throw_error(
        "RuntimeException",
        format!("Can't {what} from an empty datastructure"),
    )
}

fn pop(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    list(c, |l| l.items.pop_back()).ok_or_else(|| empty_error(vm, "pop"))
}

fn shift(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    list(c, |l| l.items.pop_front()).ok_or_else(|| empty_error(vm, "shift"))
}

fn push(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let v = a[0].deref();
    list(c, |l| l.items.push_back(v));
    Ok(Value::Null)
}

fn unshift(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let v = a[0].deref();
    list(c, |l| l.items.push_front(v));
    Ok(Value::Null)
}

fn peek_error(vm: &mut Vm) -> Unwind {
    vm.throw_error(
        "RuntimeException",
        "Can't peek at an empty datastructure".into(),
    )
}

fn top(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    list(c, |l| l.items.back().cloned()).ok_or_else(|| peek_error(vm))
}

fn bottom(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    list(c, |l| l.items.front().cloned()).ok_or_else(|| peek_error(vm))
}

fn debug_info(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(super::debug_info_array(&this(c))))
}

fn count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(list(c, |l| l.items.len()) as i64))
}

fn is_empty(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(list(c, |l| l.items.is_empty())))
}

fn set_mode(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let mode = int_arg(vm, &a[0], "SplDoublyLinkedList::setIteratorMode", 1, "mode")?;
    let r = list(c, |l| {
        if l.flags & IT_FIX != 0 && (l.flags & IT_MODE_LIFO) != (mode & IT_MODE_LIFO) {
            return None;
        }
        l.flags = (mode & (IT_MODE_LIFO | IT_MODE_DELETE)) | (l.flags & IT_FIX);
        Some(l.flags)
    });
    match r {
        Some(f) => Ok(Value::Long(f)),
        None => Err(vm.throw_error(
            "RuntimeException",
            "Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen".into(),
        )),
    }
}

fn get_mode(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(list(c, |l| l.flags)))
}

fn offset_exists(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let i = index(vm, a, "offsetExists")?;
    Ok(Value::from(list(c, |l| l.offset(i).is_some())))
}

fn offset_get(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let i = index(vm, a, "offsetGet")?;
    list(c, |l| l.offset(i).map(|at| l.items[at].clone()))
        .ok_or_else(|| out_of_range(vm, "offsetGet"))
}

fn offset_set(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let v = a[1].deref();
    if a[0].deref().is_null() {
        list(c, |l| l.items.push_back(v));
        return Ok(Value::Null);
    }
    let i = index(vm, a, "offsetSet")?;
    let old = list(c, |l| {
        l.offset(i).map(|at| std::mem::replace(&mut l.items[at], v))
    });
    match old {
        Some(_) => Ok(Value::Null),
        None => Err(out_of_range(vm, "offsetSet")),
    }
}

fn offset_unset(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let i = index(vm, a, "offsetUnset")?;
    match list(c, |l| l.offset(i).and_then(|at| l.items.remove(at))) {
        Some(_) => Ok(Value::Null),
        None => Err(out_of_range(vm, "offsetUnset")),
    }
}

fn rewind(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    list(c, |l| l.cursor.rewind(&l.items, l.flags));
    Ok(Value::Null)
}

fn current(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(list(c, |l| l.cursor.current(&l.items).cloned()).unwrap_or_default())
}

fn key(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(list(c, |l| l.cursor.pos)))
}

fn prev(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    list(c, |l| l.cursor.backward(l.flags));
    Ok(Value::Null)
}

fn next(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    drop(list(c, |l| l.cursor.forward(&mut l.items, l.flags)));
    Ok(Value::Null)
}

fn valid(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(list(c, |l| {
        l.cursor.current(&l.items).is_some()
    })))
}

/// `Serializable::serialize()`: `i:<flags>;:<value>:<value>…` as PHP writes it.
fn serialize(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (flags, items) = list(c, |l| (l.flags, l.items.clone()));
    let mut out = format!("i:{flags};").into_bytes();
    for v in items {
        out.push(b':');
        out.extend_from_slice(&crate::builtins::serialize::serialize_value(vm, &v)?);
    }
    Ok(Value::from(out))
}

fn unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let data = a[0].deref().to_string_lossy(vm.precision());
    if data.is_empty() {
        return Ok(Value::Null);
    }
    let mut values = Vec::new();
    let mut at = 0;
    let mut flags = None;
    while at < data.len() {
        if flags.is_some() {
            if data[at] != b':' {
                break;
            }
            at += 1;
        }
        let Ok((v, end)) = crate::builtins::serialize::unserialize_at(vm, &data, at)? else {
            break;
        };
        at = end;
        match flags {
            None => flags = Some(v.to_long()),
            Some(_) => values.push(v),
        }
    }
    let (Some(flags), true) = (flags, at == data.len()) else {
        return Err(super::unserialize_error(vm, at, data.len()));
    };
    list(c, |l| {
        l.flags = flags;
        l.items = values.into();
    });
    Ok(Value::Null)
}

fn magic_serialize(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let (flags, items) = with(&o, |l: &mut List| (l.flags, l.items.clone()));
    let mut out = PhpArray::new();
    let _ = out.push(Value::Long(flags));
    let _ = out.push(Value::from(PhpArray::from_list(items.into())));
    let _ = out.push(Value::from(o.prop_table()));
    Ok(Value::from(out))
}

fn magic_unserialize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    let data = match a[0].deref() {
        Value::Array(d) => d,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "SplDoublyLinkedList::__unserialize(): Argument #1 ($data) must be of type array, {} given",
                    other.debug_type_name()
                ),
            ))
        }
    };
    let (Some(Value::Long(flags)), Some(Value::Array(items)), Some(Value::Array(props))) = (
        data.get_int(0).map(Value::deref),
        data.get_int(1).map(Value::deref),
        data.get_int(2).map(Value::deref),
    ) else {
        return Err(vm.throw_error(
            "UnexpectedValueException",
            "Incomplete or ill-typed serialization data".into(),
        ));
    };
    with(&o, |l: &mut List| {
        l.flags = flags;
        l.items = items.values().map(Value::deref).collect();
    });
    super::restore_props(vm, &o, &props)?;
    Ok(Value::Null)
}
