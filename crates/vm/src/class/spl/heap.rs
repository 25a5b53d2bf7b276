//! `SplHeap`, `SplMinHeap`, `SplMaxHeap`, `SplPriorityQueue` (ext/spl/spl_heap.c):
//! binary heaps with PHP's exact sift order (so equal elements come out as in PHP),
//! and a user `compare()` when a subclass overrides it.

use std::rc::Rc;

use miniphp_compiler::flags as fn_flags;

use super::{int_arg, this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{ClassEntry, MethodBody, MethodCtx, NativeClass, NativeConst, NativeMethod};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

const EXTR_DATA: i64 = 1;
const EXTR_PRIORITY: i64 = 2;

#[derive(Debug, Clone)]
pub struct Elem {
    pub data: Value,
    /// Null in a plain heap.
    pub priority: Value,
}

#[derive(Debug, Clone, Default)]
pub struct Heap {
    pub items: Vec<Elem>,
    /// A priority queue's extract flags (0 for a heap).
    pub flags: i64,
    pub corrupted: bool,
    /// A `compare()` call is running: the heap cannot change.
    locked: bool,
    pq: bool,
}

impl Family for Heap {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::Heap(h) => Some(h),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::Heap(self)
    }
}

impl Heap {
    pub fn is_pq(&self) -> bool {
        self.pq
    }

    /// The heap array as `var_dump` shows it (internal order).
    pub fn debug_array(&self) -> Value {
        let items = self
            .items
            .iter()
            .map(|e| match self.pq {
                true => pq_pair(e),
                false => e.data.clone(),
            })
            .collect();
        Value::from(PhpArray::from_list(items))
    }

    fn extract(&self, e: Elem) -> Value {
        match (self.pq, self.flags & 3) {
            (false, _) => e.data,
            (true, 3) => pq_pair(&e),
            (true, EXTR_PRIORITY) => e.priority,
            (true, _) => e.data,
        }
    }

    fn shown(&self, e: &Elem) -> Value {
        self.extract(e.clone())
    }
}

fn pq_pair(e: &Elem) -> Value {
    let mut a = PhpArray::new();
    a.insert(ArrayKey::from_bytes(b"data"), e.data.clone());
    a.insert(ArrayKey::from_bytes(b"priority"), e.priority.clone());
    Value::from(a)
}

/// How two elements compare: the class's own order, or a user `compare()`.
enum Order {
    Min,
    Max,
    Priority,
    User(Rc<crate::class::Method>),
}

fn order_of(class: &Rc<ClassEntry>) -> Order {
    if let Some(m) = class.find_method(b"compare") {
        if matches!(m.body, MethodBody::User { .. }) {
            return Order::User(m.clone());
        }
    }
    if class.instance_of_name(b"splpriorityqueue") {
        Order::Priority
    } else if class.instance_of_name(b"splminheap") {
        Order::Min
    } else {
        Order::Max
    }
}

fn create(_: &mut Vm, class: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
    let o = PhpObject::new(class);
    let pq = class.instance_of_name(b"splpriorityqueue");
    with(&o, |h: &mut Heap| {
        h.pq = pq;
        h.flags = if pq { EXTR_DATA } else { 0 };
    });
    Ok(o)
}

struct Cmp<'a> {
    order: Order,
    obj: &'a Rc<PhpObject>,
    pq: bool,
    /// The first exception a user `compare()` threw; later comparisons give 0.
    error: Option<Unwind>,
}

impl Cmp<'_> {
    fn cmp(&mut self, vm: &mut Vm, a: &Elem, b: &Elem) -> i32 {
        if self.error.is_some() {
            return 0;
        }
        let (x, y) = match self.pq {
            true => (&a.priority, &b.priority),
            false => (&a.data, &b.data),
        };
        match &self.order {
            Order::Min => y.compare(x),
            Order::Max | Order::Priority => x.compare(y),
            Order::User(m) => {
                let r = vm.invoke_method(
                    Some(self.obj.clone()),
                    m,
                    self.obj.class.clone(),
                    vec![x.clone(), y.clone()],
                );
                match r {
                    Ok(v) => v.to_long().signum() as i32,
                    Err(e) => {
                        self.error = Some(e);
                        0
                    }
                }
            }
        }
    }
}

/// Run a heap operation on the items taken out of the object (a user `compare()` may
/// run), then put them back; an exception from `compare()` corrupts the heap.
fn mutate<T>(
    vm: &mut Vm,
    o: &Rc<PhpObject>,
    f: impl FnOnce(&mut Vm, &mut Vec<Elem>, &mut Cmp<'_>) -> T,
) -> Result<T, Unwind> {
    let (mut items, pq) = with(o, |h: &mut Heap| {
        h.locked = true;
        (std::mem::take(&mut h.items), h.pq)
    });
    let mut cmp = Cmp {
        order: order_of(&o.class),
        obj: o,
        pq,
        error: None,
    };
    let r = f(vm, &mut items, &mut cmp);
    let failed = cmp.error.take();
    with(o, |h: &mut Heap| {
        h.locked = false;
        h.items = items;
        h.corrupted |= failed.is_some();
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(r),
    }
}

fn sift_up(vm: &mut Vm, items: &mut Vec<Elem>, cmp: &mut Cmp<'_>, elem: Elem) {
    let mut i = items.len();
    items.push(elem.clone());
    while i > 0 {
        let parent = (i - 1) / 2;
        if cmp.cmp(vm, &items[parent], &elem) >= 0 {
            break;
        }
        items[i] = items[parent].clone();
        i = parent;
    }
    items[i] = elem;
}

fn delete_top(vm: &mut Vm, items: &mut Vec<Elem>, cmp: &mut Cmp<'_>) -> Option<Elem> {
    let top = items.first()?.clone();
    let limit = (items.len() - 1) / 2;
    // The last element stays in place while it sinks from the root, as in Zend.
    let count = items.len() - 1;
    let bottom = items[count].clone();
    let mut i = 0;
    while i < limit {
        let mut j = i * 2 + 1;
        if j != count && cmp.cmp(vm, &items[j + 1], &items[j]) > 0 {
            j += 1;
        }
        if cmp.cmp(vm, &bottom, &items[j]) >= 0 {
            break;
        }
        items[i] = items[j].clone();
        i = j;
    }
    items[i] = bottom;
    items.truncate(count);
    Some(top)
}

const HEAP_METHODS: &[NativeMethod] = &[
    NativeMethod::new("extract", extract, &[], 0),
    NativeMethod::new("insert", insert, &["value"], 1),
    NativeMethod::new("top", top, &[], 0),
    NativeMethod::new("count", count, &[], 0),
    NativeMethod::new("isEmpty", is_empty, &[], 0),
    NativeMethod::new("rewind", rewind, &[], 0),
    NativeMethod::new("current", current, &[], 0),
    NativeMethod::new("key", key, &[], 0),
    NativeMethod::new("next", next, &[], 0),
    NativeMethod::new("valid", valid, &[], 0),
    NativeMethod::new("recoverFromCorruption", recover, &[], 0),
    NativeMethod::abstract_("compare", &["value1", "value2"])
        .with_flags(fn_flags::ABSTRACT | fn_flags::PROTECTED),
    NativeMethod::new("isCorrupted", is_corrupted, &[], 0),
    NativeMethod::new("__debugInfo", debug_info, &[], 0),
];

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "SplHeap",
        interfaces: &["Iterator", "Countable"],
        flags: miniphp_compiler::class_flags::ABSTRACT,
        methods: HEAP_METHODS,
        create: Some(create),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplMinHeap",
        parent: Some("SplHeap"),
        methods: &[
            NativeMethod::new("compare", compare_min, &["value1", "value2"], 2)
                .with_flags(fn_flags::PROTECTED),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplMaxHeap",
        parent: Some("SplHeap"),
        methods: &[
            NativeMethod::new("compare", compare_max, &["value1", "value2"], 2)
                .with_flags(fn_flags::PROTECTED),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplPriorityQueue",
        interfaces: &["Iterator", "Countable"],
        consts: &[
            ("EXTR_BOTH", NativeConst::Long(3)),
            ("EXTR_PRIORITY", NativeConst::Long(EXTR_PRIORITY)),
            ("EXTR_DATA", NativeConst::Long(EXTR_DATA)),
        ],
        methods: &[
            NativeMethod::new("compare", compare_max, &["priority1", "priority2"], 2),
            NativeMethod::new("insert", insert, &["value", "priority"], 2),
            NativeMethod::new("setExtractFlags", set_extract_flags, &["flags"], 1),
            NativeMethod::new("top", top, &[], 0),
            NativeMethod::new("extract", extract, &[], 0),
            NativeMethod::new("count", count, &[], 0),
            NativeMethod::new("isEmpty", is_empty, &[], 0),
            NativeMethod::new("rewind", rewind, &[], 0),
            NativeMethod::new("current", current, &[], 0),
            NativeMethod::new("key", key, &[], 0),
            NativeMethod::new("next", next, &[], 0),
            NativeMethod::new("valid", valid, &[], 0),
            NativeMethod::new("recoverFromCorruption", recover, &[], 0),
            NativeMethod::new("isCorrupted", is_corrupted, &[], 0),
            NativeMethod::new("getExtractFlags", get_extract_flags, &[], 0),
            NativeMethod::new("__debugInfo", debug_info, &[], 0),
        ],
        create: Some(create),
        ..NativeClass::EMPTY
    },
];

/// PHP's checks before touching the heap.
fn check(vm: &mut Vm, o: &PhpObject, write: bool) -> Result<(), Unwind> {
    let (corrupted, locked) = with(o, |h: &mut Heap| (h.corrupted, h.locked));
    if corrupted {
        return Err(vm.throw_error(
            "RuntimeException",
            "Heap is corrupted, heap properties are no longer ensured.".into(),
        ));
    }
    if write && locked {
        return Err(vm.throw_error(
            "RuntimeException",
            "Heap cannot be changed when it is already being modified.".into(),
        ));
    }
    Ok(())
}

fn compare_min(_: &mut Vm, _: &MethodCtx, a: &mut [Value]) -> R {
    Ok(Value::Long(a[1].deref().compare(&a[0].deref()) as i64))
}

fn compare_max(_: &mut Vm, _: &MethodCtx, a: &mut [Value]) -> R {
    Ok(Value::Long(a[0].deref().compare(&a[1].deref()) as i64))
}

fn insert(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    check(vm, &o, true)?;
    let elem = Elem {
        data: a[0].deref(),
        priority: a.get(1).map(Value::deref).unwrap_or_default(),
    };
    mutate(vm, &o, |vm, items, cmp| sift_up(vm, items, cmp, elem))?;
    Ok(Value::True)
}

fn extract(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    check(vm, &o, true)?;
    match mutate(vm, &o, delete_top)? {
        Some(e) => Ok(with(&o, |h: &mut Heap| h.extract(e))),
        None => Err(vm.throw_error(
            "RuntimeException",
            "Can't extract from an empty heap".into(),
        )),
    }
}

fn top(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    check(vm, &o, false)?;
    match with(&o, |h: &mut Heap| h.items.first().map(|e| h.shown(e))) {
        Some(v) => Ok(v),
        None => Err(vm.throw_error("RuntimeException", "Can't peek at an empty heap".into())),
    }
}

fn count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(
        with(&this(c), |h: &mut Heap| h.items.len()) as i64
    ))
}

fn is_empty(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(with(&this(c), |h: &mut Heap| {
        h.items.is_empty()
    })))
}

fn rewind(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

fn current(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(with(&this(c), |h: &mut Heap| h.items.first().map(|e| h.shown(e))).unwrap_or_default())
}

fn key(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(
        with(&this(c), |h: &mut Heap| h.items.len()) as i64 - 1,
    ))
}

fn next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    drop(mutate(vm, &o, delete_top)?);
    Ok(Value::Null)
}

fn valid(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(with(&this(c), |h: &mut Heap| {
        !h.items.is_empty()
    })))
}

fn recover(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with(&this(c), |h: &mut Heap| h.corrupted = false);
    Ok(Value::True)
}

fn is_corrupted(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(with(&this(c), |h: &mut Heap| h.corrupted)))
}

fn set_extract_flags(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let f = int_arg(vm, &a[0], "SplPriorityQueue::setExtractFlags", 1, "flags")? & 3;
    if f == 0 {
        return Err(vm.throw_error(
            "RuntimeException",
            "Must specify at least one extract flag".into(),
        ));
    }
    with(&this(c), |h: &mut Heap| h.flags = f);
    Ok(Value::Long(f))
}

fn get_extract_flags(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(with(&this(c), |h: &mut Heap| h.flags)))
}

fn debug_info(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(super::debug_info_array(&this(c))))
}
