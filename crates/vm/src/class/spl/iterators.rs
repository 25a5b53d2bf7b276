//! SPL's iterator classes (ext/spl/spl_iterators.c): the "dual" iterators wrapping an
//! inner one and caching its current element (`IteratorIterator` and its children),
//! `NoRewindIterator`, `EmptyIterator`, `MultipleIterator`, `RecursiveArrayIterator`,
//! `RecursiveIteratorIterator`.

use std::rc::Rc;

use miniphp_compiler::{class_flags, member, TypeDecl};

use super::{int_arg, this, with, Family, State, R};
use crate::array::PhpArray;
use crate::class::{
    date, date_period, ClassEntry, MethodBody, MethodCtx, NativeClass, NativeConst, NativeMethod,
    NativeProp,
};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

impl Iter {
    /// RecursiveIteratorIterator's iterators, outermost first.
    pub(super) fn level_iterators(&self) -> Vec<Value> {
        self.levels.iter().map(|(it, _)| it.clone()).collect()
    }

    pub(super) fn flags(&self) -> i64 {
        self.flags
    }
}

/// The state of every iterator class (each uses the fields it needs).
#[derive(Debug, Clone, Default)]
pub struct Iter {
    /// The wrapped iterator (null before construction).
    inner: Value,
    /// The cached (value, key) of the current element.
    cur: Option<(Value, Value)>,
    pos: i64,
    /// LimitIterator's offset and count (-1: no limit).
    offset: i64,
    limit: i64,
    /// CallbackFilterIterator's callback.
    callback: Value,
    /// AppendIterator's iterators, MultipleIterator's (iterator, info) pairs, or the
    /// (key, value) pairs of a snapshot iterator.
    list: Vec<(Value, Value)>,
    idx: usize,
    flags: i64,
    /// CachingIterator: the string value of the current element.
    string: Option<Value>,
    /// RecursiveCachingIterator: the current element's children, wrapped (null: none).
    children: Value,
    /// RegexIterator's pattern and preg flags (`mode` and `flags` are its own too).
    regex: Value,
    preg_flags: i64,
    /// RecursiveIteratorIterator: the iterator of each level and its state.
    levels: Vec<(Value, Step)>,
    mode: i64,
    max_depth: i64,
    /// What an internal iterator walks.
    source: Source,
    /// An internal iterator's position in a list.
    cursor: super::dll::Cursor,
    /// RecursiveTreeIterator's prefix parts and postfix.
    pub(super) tree: Option<Box<super::tree::Tree>>,
    /// A DatePeriod iteration's date (None: not rewound yet).
    period_at: Option<Box<crate::class::date::Moment>>,
}

/// What an `SplInternalIterator` walks (PHP's `get_iterator` handlers: a foreach gets
/// its own position, separate from the object's).
#[derive(Debug, Clone, Copy, Default)]
pub enum Source {
    /// `list`, a snapshot of (key, value) pairs.
    #[default]
    Pairs,
    /// The elements of the SplFixedArray in `inner`.
    Fixed,
    /// The SplDoublyLinkedList in `inner`, in the mode kept in `flags`.
    List,
    /// The dates of the DatePeriod in `inner`, made one step at a time
    /// (`crate::class::date_period`'s iteration).
    Period,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
enum Step {
    #[default]
    Start,
    Next,
    Test,
    SelfElem,
    Child,
}

impl Family for Iter {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::Iter(i) => Some(i),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::Iter(self)
    }
}

impl Iter {
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.inner);
        f(&self.callback);
        f(&self.children);
        if let Some((v, k)) = &self.cur {
            f(v);
            f(k);
        }
        for (a, b) in &self.list {
            f(a);
            f(b);
        }
        self.levels.iter().for_each(|(it, _)| f(it));
    }
}

const CALL_TOSTRING: i64 = 1;
const FULL_CACHE: i64 = 256;
const MIT_NEED_ALL: i64 = 1;
const MIT_KEYS_ASSOC: i64 = 2;
const LEAVES_ONLY: i64 = 0;
const SELF_FIRST: i64 = 1;
const CHILD_FIRST: i64 = 2;
const CATCH_GET_CHILD: i64 = 16;

const DUAL: &[NativeMethod] = &[
    NativeMethod::new("__construct", construct_dual, &["iterator"], 1),
    NativeMethod::new("getInnerIterator", get_inner, &[], 0),
    NativeMethod::new("rewind", dual_rewind, &[], 0),
    NativeMethod::new("valid", dual_valid, &[], 0),
    NativeMethod::new("key", dual_key, &[], 0),
    NativeMethod::new("current", dual_current, &[], 0),
    NativeMethod::new("next", dual_next, &[], 0),
];

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "IteratorIterator",
        interfaces: &["OuterIterator"],
        methods: DUAL,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "FilterIterator",
        parent: Some("IteratorIterator"),
        flags: class_flags::ABSTRACT,
        methods: &[
            NativeMethod::abstract_("accept", &[]),
            NativeMethod::new("rewind", filter_rewind, &[], 0),
            NativeMethod::new("next", filter_next, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "CallbackFilterIterator",
        parent: Some("FilterIterator"),
        methods: &[
            NativeMethod::new(
                "__construct",
                construct_callback,
                &["iterator", "callback"],
                2,
            ),
            NativeMethod::new("accept", callback_accept, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveFilterIterator",
        parent: Some("FilterIterator"),
        interfaces: &["RecursiveIterator"],
        flags: class_flags::ABSTRACT,
        methods: &[
            NativeMethod::new("__construct", construct_recursive_filter, &["iterator"], 1),
            NativeMethod::new("hasChildren", inner_has_children, &[], 0),
            NativeMethod::new("getChildren", filter_get_children, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "ParentIterator",
        parent: Some("RecursiveFilterIterator"),
        methods: &[NativeMethod::new("accept", inner_has_children, &[], 0)],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveCallbackFilterIterator",
        parent: Some("CallbackFilterIterator"),
        interfaces: &["RecursiveIterator"],
        methods: &[
            NativeMethod::new("hasChildren", inner_has_children, &[], 0),
            NativeMethod::new("getChildren", filter_get_children, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RegexIterator",
        parent: Some("FilterIterator"),
        consts: &[
            ("USE_KEY", NativeConst::Long(REGEX_USE_KEY)),
            ("INVERT_MATCH", NativeConst::Long(REGEX_INVERT)),
            ("MATCH", NativeConst::Long(0)),
            ("GET_MATCH", NativeConst::Long(1)),
            ("ALL_MATCHES", NativeConst::Long(2)),
            ("SPLIT", NativeConst::Long(3)),
            ("REPLACE", NativeConst::Long(4)),
        ],
        props: &[NativeProp {
            name: "replacement",
            flags: member::PUBLIC,
            default: NativeConst::Null,
            ty: TypeDecl::DECLARED | TypeDecl::STRING | TypeDecl::NULL,
        }],
        methods: &[
            NativeMethod::new(
                "__construct",
                construct_regex,
                &["iterator", "pattern", "mode", "flags", "pregFlags"],
                2,
            ),
            NativeMethod::new("accept", regex_accept, &[], 0),
            NativeMethod::new("getMode", regex_get_mode, &[], 0),
            NativeMethod::new("setMode", regex_set_mode, &["mode"], 1),
            NativeMethod::new("getFlags", get_flags, &[], 0),
            NativeMethod::new("setFlags", set_flags, &["flags"], 1),
            NativeMethod::new("getPregFlags", regex_get_preg_flags, &[], 0),
            NativeMethod::new("setPregFlags", regex_set_preg_flags, &["pregFlags"], 1),
            NativeMethod::new("getRegex", regex_get_regex, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveRegexIterator",
        parent: Some("RegexIterator"),
        interfaces: &["RecursiveIterator"],
        methods: &[
            NativeMethod::new("accept", recursive_regex_accept, &[], 0),
            NativeMethod::new("hasChildren", inner_has_children, &[], 0),
            NativeMethod::new("getChildren", recursive_regex_children, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "LimitIterator",
        parent: Some("IteratorIterator"),
        methods: &[
            NativeMethod::new(
                "__construct",
                construct_limit,
                &["iterator", "offset", "limit"],
                1,
            ),
            NativeMethod::new("rewind", limit_rewind, &[], 0),
            NativeMethod::new("valid", limit_valid, &[], 0),
            NativeMethod::new("next", limit_next, &[], 0),
            NativeMethod::new("seek", limit_seek, &["offset"], 1),
            NativeMethod::new("getPosition", limit_position, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "InfiniteIterator",
        parent: Some("IteratorIterator"),
        methods: &[NativeMethod::new("next", infinite_next, &[], 0)],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "NoRewindIterator",
        parent: Some("IteratorIterator"),
        methods: &[
            NativeMethod::new("rewind", nothing, &[], 0),
            NativeMethod::new("valid", inner_valid, &[], 0),
            NativeMethod::new("key", inner_key, &[], 0),
            NativeMethod::new("current", inner_current, &[], 0),
            NativeMethod::new("next", inner_next, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "AppendIterator",
        parent: Some("IteratorIterator"),
        methods: &[
            NativeMethod::new("__construct", nothing, &[], 0),
            NativeMethod::new("append", append, &["iterator"], 1),
            NativeMethod::new("rewind", append_rewind, &[], 0),
            NativeMethod::new("valid", dual_valid, &[], 0),
            NativeMethod::new("current", append_current, &[], 0),
            NativeMethod::new("next", append_next, &[], 0),
            NativeMethod::new("getIteratorIndex", append_index, &[], 0),
            NativeMethod::new("getArrayIterator", append_array_iterator, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "CachingIterator",
        parent: Some("IteratorIterator"),
        interfaces: &["ArrayAccess", "Countable", "Stringable"],
        consts: &[
            ("CALL_TOSTRING", NativeConst::Long(CALL_TOSTRING)),
            ("CATCH_GET_CHILD", NativeConst::Long(CATCH_GET_CHILD)),
            ("TOSTRING_USE_KEY", NativeConst::Long(2)),
            ("TOSTRING_USE_CURRENT", NativeConst::Long(4)),
            ("TOSTRING_USE_INNER", NativeConst::Long(8)),
            ("FULL_CACHE", NativeConst::Long(FULL_CACHE)),
        ],
        methods: &[
            NativeMethod::new("__construct", construct_caching, &["iterator", "flags"], 1),
            NativeMethod::new("rewind", caching_rewind, &[], 0),
            NativeMethod::new("valid", dual_valid, &[], 0),
            NativeMethod::new("next", caching_next, &[], 0),
            NativeMethod::new("hasNext", inner_valid, &[], 0),
            NativeMethod::new("__toString", caching_to_string, &[], 0),
            NativeMethod::new("getFlags", get_flags, &[], 0),
            NativeMethod::new("setFlags", set_flags, &["flags"], 1),
            NativeMethod::new("offsetGet", caching_offset_get, &["key"], 1),
            NativeMethod::new("offsetSet", caching_offset_set, &["key", "value"], 2),
            NativeMethod::new("offsetUnset", caching_offset_unset, &["key"], 1),
            NativeMethod::new("offsetExists", caching_offset_exists, &["key"], 1),
            NativeMethod::new("getCache", caching_get_cache, &[], 0),
            NativeMethod::new("count", caching_count, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveCachingIterator",
        parent: Some("CachingIterator"),
        interfaces: &["RecursiveIterator"],
        methods: &[
            NativeMethod::new("__construct", construct_caching, &["iterator", "flags"], 1),
            NativeMethod::new("hasChildren", caching_has_children, &[], 0),
            NativeMethod::new("getChildren", caching_get_children, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "EmptyIterator",
        interfaces: &["Iterator"],
        methods: &[
            NativeMethod::new("current", empty_current, &[], 0),
            NativeMethod::new("next", nothing, &[], 0),
            NativeMethod::new("key", empty_key, &[], 0),
            NativeMethod::new("valid", falsy, &[], 0),
            NativeMethod::new("rewind", nothing, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "MultipleIterator",
        interfaces: &["Iterator"],
        consts: &[
            ("MIT_NEED_ANY", NativeConst::Long(0)),
            ("MIT_NEED_ALL", NativeConst::Long(MIT_NEED_ALL)),
            ("MIT_KEYS_NUMERIC", NativeConst::Long(0)),
            ("MIT_KEYS_ASSOC", NativeConst::Long(MIT_KEYS_ASSOC)),
        ],
        methods: &[
            NativeMethod::new("__construct", construct_multiple, &["flags"], 0),
            NativeMethod::new("getFlags", get_flags, &[], 0),
            NativeMethod::new("setFlags", set_flags, &["flags"], 1),
            NativeMethod::new("attachIterator", multiple_attach, &["iterator", "info"], 1),
            NativeMethod::new("detachIterator", multiple_detach, &["iterator"], 1),
            NativeMethod::new("containsIterator", multiple_contains, &["iterator"], 1),
            NativeMethod::new("countIterators", multiple_count, &[], 0),
            NativeMethod::new("rewind", multiple_rewind, &[], 0),
            NativeMethod::new("valid", multiple_valid, &[], 0),
            NativeMethod::new("key", multiple_key, &[], 0),
            NativeMethod::new("current", multiple_current, &[], 0),
            NativeMethod::new("next", multiple_next, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveArrayIterator",
        parent: Some("ArrayIterator"),
        interfaces: &["RecursiveIterator"],
        consts: &[("CHILD_ARRAYS_ONLY", NativeConst::Long(4))],
        methods: &[
            NativeMethod::new("hasChildren", array_has_children, &[], 0),
            NativeMethod::new("getChildren", array_get_children, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveIteratorIterator",
        interfaces: &["OuterIterator"],
        consts: &[
            ("LEAVES_ONLY", NativeConst::Long(LEAVES_ONLY)),
            ("SELF_FIRST", NativeConst::Long(SELF_FIRST)),
            ("CHILD_FIRST", NativeConst::Long(CHILD_FIRST)),
            ("CATCH_GET_CHILD", NativeConst::Long(CATCH_GET_CHILD)),
        ],
        methods: &[
            NativeMethod::new(
                "__construct",
                construct_recursive,
                &["iterator", "mode", "flags"],
                1,
            ),
            NativeMethod::new("rewind", rec_rewind, &[], 0),
            NativeMethod::new("valid", rec_valid, &[], 0),
            NativeMethod::new("key", rec_key, &[], 0),
            NativeMethod::new("current", rec_current, &[], 0),
            NativeMethod::new("next", rec_next, &[], 0),
            NativeMethod::new("getDepth", rec_depth, &[], 0),
            NativeMethod::new("getSubIterator", rec_sub_iterator, &["level"], 0),
            NativeMethod::new("getInnerIterator", rec_inner, &[], 0),
            NativeMethod::new("beginIteration", nothing, &[], 0),
            NativeMethod::new("endIteration", nothing, &[], 0),
            NativeMethod::new("callHasChildren", rec_call_has_children, &[], 0),
            NativeMethod::new("callGetChildren", rec_call_get_children, &[], 0),
            NativeMethod::new("beginChildren", nothing, &[], 0),
            NativeMethod::new("endChildren", nothing, &[], 0),
            NativeMethod::new("nextElement", nothing, &[], 0),
            NativeMethod::new("setMaxDepth", rec_set_max_depth, &["maxDepth"], 0),
            NativeMethod::new("getMaxDepth", rec_get_max_depth, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    // What `getIterator()` of WeakMap and SplFixedArray returns, and what a foreach
    // walks over a list (PHP's InternalIterator).
    NativeClass {
        name: "SplInternalIterator",
        interfaces: &["Iterator"],
        flags: class_flags::FINAL,
        methods: &[
            NativeMethod::new("rewind", pairs_rewind, &[], 0),
            NativeMethod::new("valid", pairs_valid, &[], 0),
            NativeMethod::new("key", pairs_key, &[], 0),
            NativeMethod::new("current", pairs_current, &[], 0),
            NativeMethod::new("next", pairs_next, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
];

pub(super) fn state<T>(o: &PhpObject, f: impl FnOnce(&mut Iter) -> T) -> T {
    with(o, f)
}

/// Call a method of an iterator held as a value.
pub(super) fn call(vm: &mut Vm, it: &Value, name: &str, args: Vec<Value>) -> R {
    match it {
        Value::Object(o) => Ok(vm.call_method(o, name, args)?.deref()),
        _ => Err(vm.throw_error(
            "Error",
            "The object is in an invalid state as the parent constructor was not called".into(),
        )),
    }
}

/// Call a method of `$this` (one a subclass may override: `accept`, `hasChildren`…).
fn call_this(vm: &mut Vm, o: &Rc<PhpObject>, name: &str) -> R {
    Ok(vm.call_method(o, name, Vec::new())?.deref())
}

/// Whether `$this`'s class overrides a method in PHP code.
fn overridden(o: &PhpObject, lc_name: &[u8]) -> bool {
    o.class
        .find_method(lc_name)
        .is_some_and(|m| matches!(m.body, MethodBody::User { .. }))
}

fn nothing(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

fn falsy(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::False)
}

/// The Iterator behind a `Traversable $iterator` argument.
fn iterator_arg(vm: &mut Vm, c: &MethodCtx, a: &[Value], want: &str) -> Result<Value, Unwind> {
    match a.first().map(Value::deref) {
        Some(Value::Object(o))
            if o.class
                .instance_of_name(want.to_ascii_lowercase().as_bytes()) =>
        {
            let it = vm.traversable_iterator(o)?;
            Ok(Value::Object(it))
        }
        other => Err(vm.throw_error(
            "TypeError",
            format!(
                "{}::__construct(): Argument #1 ($iterator) must be of type {want}, {} given",
                c.class.name,
                other.unwrap_or_default().debug_type_name()
            ),
        )),
    }
}

fn construct_dual(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let inner = iterator_arg(vm, c, a, "Traversable")?;
    state(&this(c), |s| s.inner = inner);
    Ok(Value::Null)
}

fn get_inner(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(state(&this(c), |s| s.inner.clone()))
}

fn inner_of(o: &PhpObject) -> Value {
    state(o, |s| s.inner.clone())
}

/// Cache the inner iterator's current element (Zend's `spl_dual_it_fetch`).
fn fetch(vm: &mut Vm, o: &PhpObject) -> Result<bool, Unwind> {
    let inner = inner_of(o);
    state(o, |s| s.cur = None);
    if !call(vm, &inner, "valid", Vec::new())?.to_bool() {
        return Ok(false);
    }
    let v = call(vm, &inner, "current", Vec::new())?;
    let k = call(vm, &inner, "key", Vec::new())?;
    state(o, |s| s.cur = Some((v, k)));
    Ok(true)
}

fn dual_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    call(vm, &inner_of(&o), "rewind", Vec::new())?;
    state(&o, |s| s.pos = 0);
    fetch(vm, &o)?;
    Ok(Value::Null)
}

fn dual_valid(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(state(&this(c), |s| s.cur.is_some())))
}

fn dual_key(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(state(&this(c), |s| s.cur.as_ref().map(|(_, k)| k.clone())).unwrap_or_default())
}

fn dual_current(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(state(&this(c), |s| s.cur.as_ref().map(|(v, _)| v.clone())).unwrap_or_default())
}

fn dual_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    call(vm, &inner_of(&o), "next", Vec::new())?;
    state(&o, |s| s.pos += 1);
    fetch(vm, &o)?;
    Ok(Value::Null)
}

// ---- FilterIterator, CallbackFilterIterator ----

/// Move to the first element from here that `accept()` takes.
fn fetch_accepted(vm: &mut Vm, o: &Rc<PhpObject>) -> Result<(), Unwind> {
    while fetch(vm, o)? {
        if call_this(vm, o, "accept")?.to_bool() {
            return Ok(());
        }
        call(vm, &inner_of(o), "next", Vec::new())?;
    }
    Ok(())
}

fn filter_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    call(vm, &inner_of(&o), "rewind", Vec::new())?;
    fetch_accepted(vm, &o)?;
    Ok(Value::Null)
}

fn filter_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    call(vm, &inner_of(&o), "next", Vec::new())?;
    fetch_accepted(vm, &o)?;
    Ok(Value::Null)
}

fn construct_callback(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let inner = iterator_arg(vm, c, a, "Iterator")?;
    let f = a.get(1).map(Value::deref).unwrap_or_default();
    if let Err(why) = vm.resolve_callee(&f)? {
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "CallbackFilterIterator::__construct(): Argument #2 ($callback) must be a valid callback, {}",
                why.callback_reason()
            ),
        ));
    }
    state(&this(c), |s| {
        s.inner = inner;
        s.callback = f;
    });
    Ok(Value::Null)
}

fn callback_accept(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let (f, cur, inner) = state(&o, |s| (s.callback.clone(), s.cur.clone(), s.inner.clone()));
    let (v, k) = cur.unwrap_or_default();
    Ok(Value::from(vm.call_value(&f, vec![v, k, inner])?.to_bool()))
}

fn construct_recursive_filter(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let inner = iterator_arg(vm, c, a, "RecursiveIterator")?;
    state(&this(c), |s| s.inner = inner);
    Ok(Value::Null)
}

fn inner_has_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    call(vm, &inner_of(&this(c)), "hasChildren", Vec::new())
}

/// `new static($inner->getChildren())` (with the callback of a
/// RecursiveCallbackFilterIterator).
fn filter_get_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let (inner, callback) = state(&o, |s| (s.inner.clone(), s.callback.clone()));
    let children = call(vm, &inner, "getChildren", Vec::new())?;
    let class = o.class.clone();
    let child = vm.instantiate(&class)?;
    let mut args = vec![children];
    if !callback.is_null() {
        args.push(callback);
    }
    if let Some(ctor) = class.magic.construct.clone() {
        vm.invoke_method(Some(child.clone()), &ctor, class.clone(), args)?;
    }
    Ok(Value::Object(child))
}

// ---- RegexIterator ----

const REGEX_USE_KEY: i64 = 1;
const REGEX_INVERT: i64 = 2;

fn regex_mode(vm: &mut Vm, v: &Value, func: &str, n: usize) -> Result<i64, Unwind> {
    let mode = int_arg(vm, v, func, n, "mode")?;
    if !(0..=4).contains(&mode) {
        return Err(vm.throw_error(
            "ValueError",
            format!("{func}(): Argument #{n} ($mode) must be RegexIterator::MATCH, RegexIterator::GET_MATCH, RegexIterator::ALL_MATCHES, RegexIterator::SPLIT, or RegexIterator::REPLACE"),
        ));
    }
    Ok(mode)
}

fn construct_regex(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const FUNC: &str = "RegexIterator::__construct";
    let inner = iterator_arg(vm, c, a, "Iterator")?;
    let regex = Value::String(a[1].deref().to_php_string(vm)?);
    let opt = |vm: &mut Vm, i: usize, name: &str| match a.get(i) {
        Some(v) if !matches!(v, Value::Undef) => int_arg(vm, v, FUNC, i + 1, name),
        _ => Ok(0),
    };
    let mode = match a.get(2) {
        Some(v) if !matches!(v, Value::Undef) => regex_mode(vm, v, FUNC, 3)?,
        _ => 0,
    };
    let flags = opt(vm, 3, "flags")?;
    let preg_flags = opt(vm, 4, "pregFlags")?;
    state(&this(c), |s| {
        s.inner = inner;
        s.regex = regex;
        s.mode = mode;
        s.flags = flags;
        s.preg_flags = preg_flags;
    });
    Ok(Value::Null)
}

/// Call a preg function with a by-reference result at position `out_at`; its return
/// value and the result.
fn preg(
    vm: &mut Vm,
    f: &str,
    mut args: Vec<Value>,
    out_at: usize,
) -> Result<(Value, Value), Unwind> {
    let cell = Rc::new(std::cell::RefCell::new(Value::Null));
    args.insert(out_at, Value::Reference(cell.clone()));
    let r = vm.call_value(&Value::from(f), args)?;
    let out = cell.borrow().deref();
    Ok((r, out))
}

fn regex_accept(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let (cur, regex, mode, flags, preg_flags) = state(&o, |s| {
        (
            s.cur.clone(),
            s.regex.clone(),
            s.mode,
            s.flags,
            s.preg_flags,
        )
    });
    let Some((v, k)) = cur else {
        return Ok(Value::False);
    };
    let subject = if flags & REGEX_USE_KEY != 0 {
        k.to_php_string(vm)?
    } else if matches!(v, Value::Array(_)) {
        return Ok(Value::False);
    } else {
        v.to_php_string(vm)?
    };
    let subject = Value::String(subject);
    let pf = (preg_flags != 0).then_some(Value::Long(preg_flags));
    let accepted = match mode {
        1 | 2 => {
            let f = if mode == 2 {
                "preg_match_all"
            } else {
                "preg_match"
            };
            let mut args = vec![regex, subject];
            args.extend(pf);
            let (n, matches) = preg(vm, f, args, 2)?;
            state(&o, |s| s.cur = Some((matches, k)));
            n.to_long() > 0
        }
        3 => {
            let mut args = vec![regex, subject, Value::Long(-1)];
            args.extend(pf);
            let parts = vm.call_value(&Value::from("preg_split"), args)?;
            let n = match &parts {
                Value::Array(p) => p.len(),
                _ => 0,
            };
            state(&o, |s| s.cur = Some((parts, k)));
            n > 1
        }
        4 => {
            let replacement = Value::String(o.prop("replacement").to_php_string(vm)?);
            let args = vec![regex, replacement, subject, Value::Long(-1)];
            let (result, count) = preg(vm, "preg_replace", args, 4)?;
            if result.is_null() {
                return Ok(Value::False);
            }
            state(&o, |s| {
                if let Some(cur) = &mut s.cur {
                    match flags & REGEX_USE_KEY != 0 {
                        true => cur.1 = result,
                        false => cur.0 = result,
                    }
                }
            });
            count.to_long() > 0
        }
        _ => {
            vm.call_value(&Value::from("preg_match"), vec![regex, subject])?
                .to_long()
                > 0
        }
    };
    Ok(Value::from(accepted != (flags & REGEX_INVERT != 0)))
}

/// A non-empty array (a branch) is accepted; other elements are matched.
fn recursive_regex_accept(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    match state(&this(c), |s| s.cur.clone()) {
        None => Ok(Value::False),
        Some((Value::Array(arr), _)) => Ok(Value::from(!arr.is_empty())),
        Some(_) => regex_accept(vm, c, a),
    }
}

/// `new static($inner->getChildren(), …the same pattern, mode and flags)`.
fn recursive_regex_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let (inner, regex, mode, flags, preg_flags) = state(&o, |s| {
        (
            s.inner.clone(),
            s.regex.clone(),
            s.mode,
            s.flags,
            s.preg_flags,
        )
    });
    let children = call(vm, &inner, "getChildren", Vec::new())?;
    let class = o.class.clone();
    let child = vm.instantiate(&class)?;
    if let Some(ctor) = class.magic.construct.clone() {
        let args = vec![
            children,
            regex,
            Value::Long(mode),
            Value::Long(flags),
            Value::Long(preg_flags),
        ];
        vm.invoke_method(Some(child.clone()), &ctor, class.clone(), args)?;
    }
    Ok(Value::Object(child))
}

fn regex_get_mode(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(state(&this(c), |s| s.mode)))
}

fn regex_set_mode(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let mode = regex_mode(vm, &a[0], "RegexIterator::setMode", 1)?;
    state(&this(c), |s| s.mode = mode);
    Ok(Value::Null)
}

fn regex_get_preg_flags(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(state(&this(c), |s| s.preg_flags)))
}

fn regex_set_preg_flags(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let f = int_arg(vm, &a[0], "RegexIterator::setPregFlags", 1, "pregFlags")?;
    state(&this(c), |s| s.preg_flags = f);
    Ok(Value::Null)
}

fn regex_get_regex(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(state(&this(c), |s| s.regex.clone()))
}

// ---- LimitIterator ----

fn construct_limit(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let inner = iterator_arg(vm, c, a, "Iterator")?;
    let arg = |vm: &mut Vm, i: usize, name: &str, default: i64| match a.get(i) {
        Some(v) if !matches!(v, Value::Undef) => {
            int_arg(vm, v, "LimitIterator::__construct", i + 1, name)
        }
        _ => Ok(default),
    };
    let offset = arg(vm, 1, "offset", 0)?;
    let limit = arg(vm, 2, "limit", -1)?;
    if offset < 0 {
        return Err(vm.throw_error(
            "ValueError",
            "LimitIterator::__construct(): Argument #2 ($offset) must be greater than or equal to 0".into(),
        ));
    }
    if limit < -1 {
        return Err(vm.throw_error(
            "ValueError",
            "LimitIterator::__construct(): Argument #3 ($limit) must be greater than or equal to -1".into(),
        ));
    }
    state(&this(c), |s| {
        s.inner = inner;
        s.offset = offset;
        s.limit = limit;
    });
    Ok(Value::Null)
}

fn seek_to(vm: &mut Vm, o: &Rc<PhpObject>, target: i64) -> Result<(), Unwind> {
    let (offset, limit, inner) = state(o, |s| (s.offset, s.limit, s.inner.clone()));
    if target < offset {
        return Err(vm.throw_error(
            "OutOfBoundsException",
            format!("Cannot seek to {target} which is below the offset {offset}"),
        ));
    }
    if limit != -1 && target >= offset + limit {
        return Err(vm.throw_error(
            "OutOfBoundsException",
            format!("Cannot seek to {target} which is behind offset {offset} plus count {limit}"),
        ));
    }
    let seekable =
        matches!(&inner, Value::Object(i) if i.class.instance_of_name(b"seekableiterator"));
    if seekable && target != state(o, |s| s.pos) {
        call(vm, &inner, "seek", vec![Value::Long(target)])?;
        state(o, |s| s.pos = target);
        if !fetch(vm, o)? {
            state(o, |s| s.cur = None);
        }
        return Ok(());
    }
    if target < state(o, |s| s.pos) {
        call(vm, &inner, "rewind", Vec::new())?;
        state(o, |s| s.pos = 0);
        fetch(vm, o)?;
    }
    while state(o, |s| s.pos) < target && state(o, |s| s.cur.is_some()) {
        call(vm, &inner, "next", Vec::new())?;
        state(o, |s| s.pos += 1);
        fetch(vm, o)?;
    }
    Ok(())
}

fn limit_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    call(vm, &inner_of(&o), "rewind", Vec::new())?;
    state(&o, |s| s.pos = 0);
    fetch(vm, &o)?;
    let offset = state(&o, |s| s.offset);
    seek_to(vm, &o, offset)?;
    Ok(Value::Null)
}

fn limit_valid(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(state(&this(c), |s| {
        (s.limit == -1 || s.pos < s.offset + s.limit) && s.cur.is_some()
    })))
}

fn limit_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    call(vm, &inner_of(&o), "next", Vec::new())?;
    let more = state(&o, |s| {
        s.pos += 1;
        s.limit == -1 || s.pos < s.offset + s.limit
    });
    if more {
        fetch(vm, &o)?;
    }
    Ok(Value::Null)
}

fn limit_seek(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let target = int_arg(vm, &a[0], "LimitIterator::seek", 1, "offset")?;
    let o = this(c);
    seek_to(vm, &o, target)?;
    Ok(Value::Long(state(&o, |s| s.pos)))
}

fn limit_position(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(state(&this(c), |s| s.pos)))
}

// ---- InfiniteIterator, NoRewindIterator ----

fn infinite_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let inner = inner_of(&o);
    call(vm, &inner, "next", Vec::new())?;
    if !fetch(vm, &o)? {
        call(vm, &inner, "rewind", Vec::new())?;
        fetch(vm, &o)?;
    }
    Ok(Value::Null)
}

fn inner_valid(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    call(vm, &inner_of(&this(c)), "valid", Vec::new())
}

fn inner_key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    call(vm, &inner_of(&this(c)), "key", Vec::new())
}

fn inner_current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    call(vm, &inner_of(&this(c)), "current", Vec::new())
}

fn inner_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    call(vm, &inner_of(&this(c)), "next", Vec::new())?;
    Ok(Value::Null)
}

// ---- AppendIterator ----

fn append(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let it = match a[0].deref() {
        Value::Object(o) if o.class.instance_of_name(b"iterator") => Value::Object(o),
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "AppendIterator::append(): Argument #1 ($iterator) must be of type Iterator, {} given",
                    other.debug_type_name()
                ),
            ))
        }
    };
    let o = this(c);
    let first = state(&o, |s| {
        s.list.push((it, Value::Null));
        s.list.len() == 1
    });
    if first {
        append_select(vm, &o, 0)?;
    } else if state(&o, |s| s.cur.is_none()) {
        // The current iterator was exhausted: move on to the new one.
        append_advance(vm, &o)?;
    }
    Ok(Value::Null)
}

/// Make iterator `idx` current, rewound, and fetch from it.
fn append_select(vm: &mut Vm, o: &PhpObject, idx: usize) -> Result<bool, Unwind> {
    let Some(it) = state(o, |s| s.list.get(idx).map(|(i, _)| i.clone())) else {
        state(o, |s| s.cur = None);
        return Ok(false);
    };
    state(o, |s| {
        s.idx = idx;
        s.inner = it.clone();
    });
    call(vm, &it, "rewind", Vec::new())?;
    fetch(vm, o)
}

/// Skip exhausted iterators.
fn append_advance(vm: &mut Vm, o: &PhpObject) -> Result<(), Unwind> {
    loop {
        let (idx, n) = state(o, |s| (s.idx, s.list.len()));
        if idx + 1 >= n {
            return Ok(());
        }
        if append_select(vm, o, idx + 1)? {
            return Ok(());
        }
    }
}

fn append_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    if !append_select(vm, &o, 0)? {
        append_advance(vm, &o)?;
    }
    Ok(Value::Null)
}

fn append_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let inner = inner_of(&o);
    if inner.is_null() {
        return Ok(Value::Null);
    }
    call(vm, &inner, "next", Vec::new())?;
    if !fetch(vm, &o)? {
        append_advance(vm, &o)?;
    }
    Ok(Value::Null)
}

/// The inner iterator's current element, fetched again (PHP's AppendIterator does).
fn append_current(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    if !inner_of(&o).is_null() {
        fetch(vm, &o)?;
    }
    dual_current(vm, c, a)
}

fn append_index(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(state(&this(c), |s| {
        (!s.list.is_empty() && s.cur.is_some()).then(|| Value::Long(s.idx as i64))
    })
    .unwrap_or_default())
}

fn append_array_iterator(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let list: Vec<Value> = state(&this(c), |s| {
        s.list.iter().map(|(i, _)| i.clone()).collect()
    });
    super::array::array_iterator(vm, Value::from(PhpArray::from_list(list)))
}

// ---- CachingIterator ----

fn construct_caching(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let want = if c.class.instance_of_name(b"recursivecachingiterator") {
        "RecursiveIterator"
    } else {
        "Iterator"
    };
    let inner = iterator_arg(vm, c, a, want)?;
    let flags = match a.get(1) {
        Some(v) if !matches!(v, Value::Undef) => {
            int_arg(vm, v, "CachingIterator::__construct", 2, "flags")?
        }
        _ => CALL_TOSTRING,
    };
    if (flags & 15).count_ones() > 1 {
        return Err(vm.throw_error(
            "ValueError",
            "CachingIterator::__construct(): Argument #2 ($flags) must contain only one of CachingIterator::CALL_TOSTRING, CachingIterator::TOSTRING_USE_KEY, CachingIterator::TOSTRING_USE_CURRENT, or CachingIterator::TOSTRING_USE_INNER".into(),
        ));
    }
    state(&this(c), |s| {
        s.inner = inner;
        s.flags = flags;
    });
    Ok(Value::Null)
}

/// Take the inner iterator's element as current, then advance the inner iterator
/// (so `hasNext()` can look ahead).
fn caching_step(vm: &mut Vm, o: &PhpObject) -> Result<(), Unwind> {
    if !fetch(vm, o)? {
        state(o, |s| s.string = None);
        return Ok(());
    }
    let (flags, cur) = state(o, |s| (s.flags, s.cur.clone()));
    if o.class.instance_of_name(b"recursivecachingiterator") {
        let children = cached_children(vm, o, flags)?;
        state(o, |s| s.children = children);
    }
    if let Some((v, k)) = cur {
        if flags & CALL_TOSTRING != 0 {
            let sv = Value::String(v.to_php_string(vm)?);
            state(o, |s| s.string = Some(sv));
        }
        if flags & FULL_CACHE != 0 {
            let key = k.to_array_key(vm)?;
            state(o, |s| {
                if let Value::Array(cache) = &mut s.callback {
                    Rc::make_mut(cache).insert(key, v);
                }
            });
        }
    }
    call(vm, &inner_of(o), "next", Vec::new())?;
    Ok(())
}

/// The children of the inner iterator's current element, as a RecursiveCachingIterator
/// with the same flags (taken before the inner iterator moves on).
fn cached_children(vm: &mut Vm, o: &PhpObject, flags: i64) -> Result<Value, Unwind> {
    let inner = inner_of(o);
    let got = (|| {
        if !call(vm, &inner, "hasChildren", Vec::new())?.to_bool() {
            return Ok(Value::Null);
        }
        let children = call(vm, &inner, "getChildren", Vec::new())?;
        let class = o.class.clone();
        let child = vm.instantiate(&class)?;
        if let Some(ctor) = class.magic.construct.clone() {
            vm.invoke_method(
                Some(child.clone()),
                &ctor,
                class.clone(),
                vec![children, Value::Long(flags)],
            )?;
        }
        Ok(Value::Object(child))
    })();
    Ok(caught(got, flags)?.unwrap_or_default())
}

fn caching_has_children(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(state(&this(c), |s| !s.children.is_null())))
}

fn caching_get_children(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(state(&this(c), |s| s.children.clone()))
}

fn caching_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    call(vm, &inner_of(&o), "rewind", Vec::new())?;
    state(&o, |s| s.callback = Value::empty_array());
    caching_step(vm, &o)?;
    Ok(Value::Null)
}

fn caching_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    caching_step(vm, &this(c))?;
    Ok(Value::Null)
}

fn caching_to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (flags, string, cur) = state(&this(c), |s| (s.flags, s.string.clone(), s.cur.clone()));
    if flags & (CALL_TOSTRING | 2 | 4 | 8) == 0 {
        return Err(vm.throw_error(
            "BadMethodCallException",
            "CachingIterator does not fetch string value (see CachingIterator::__construct)".into(),
        ));
    }
    let (v, k) = cur.unwrap_or_default();
    let shown = if flags & 2 != 0 {
        k
    } else if flags & 4 != 0 {
        v
    } else {
        string.unwrap_or_else(|| Value::from(""))
    };
    Ok(Value::from(shown.to_string_lossy(vm.precision()).to_vec()))
}

fn get_flags(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(state(&this(c), |s| s.flags)))
}

fn set_flags(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let f = int_arg(
        vm,
        &a[0],
        &format!("{}::setFlags", c.class.name),
        1,
        "flags",
    )?;
    state(&this(c), |s| s.flags = f);
    Ok(Value::Null)
}

/// The full cache, or PHP's exception when the iterator keeps none.
fn full_cache(vm: &mut Vm, c: &MethodCtx) -> Result<PhpArray, Unwind> {
    let (flags, cache) = state(&this(c), |s| (s.flags, s.callback.clone()));
    if flags & FULL_CACHE == 0 {
        return Err(vm.throw_error(
            "BadMethodCallException",
            format!(
                "{} does not use a full cache (see CachingIterator::__construct)",
                c.class.name
            ),
        ));
    }
    Ok(match cache {
        Value::Array(a) => (*a).clone(),
        _ => PhpArray::new(),
    })
}

/// A `string $key` argument (as the cache's array key, and as shown in messages).
fn cache_key(vm: &mut Vm, v: &Value, method: &str) -> Result<(ArrayKey, String), Unwind> {
    let text = match v.deref() {
        Value::Object(o) if o.class.magic.to_string.is_some() => vm.object_to_string(&o)?.to_vec(),
        v @ (Value::Array(_) | Value::Object(_)) => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                "CachingIterator::{method}(): Argument #1 ($key) must be of type string, {} given",
                v.debug_type_name()
            ),
            ))
        }
        Value::Null => {
            vm.deprecated(&format!(
                "CachingIterator::{method}(): Passing null to parameter #1 ($key) of type string is deprecated"
            ));
            Vec::new()
        }
        v => v.to_string_lossy(vm.precision()).to_vec(),
    };
    let shown = String::from_utf8_lossy(&text).into_owned();
    Ok((ArrayKey::from_bytes(&text), shown))
}

fn caching_get_cache(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(full_cache(vm, c)?))
}

fn caching_count(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(full_cache(vm, c)?.len() as i64))
}

fn caching_offset_get(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let cache = full_cache(vm, c)?;
    let (k, shown) = cache_key(vm, &a[0], "offsetGet")?;
    match cache.get(&k) {
        Some(v) => Ok(v.clone()),
        None => {
            vm.warning(&format!("Undefined array key \"{shown}\""));
            Ok(Value::Null)
        }
    }
}

fn caching_offset_set(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let mut cache = full_cache(vm, c)?;
    let (k, _) = cache_key(vm, &a[0], "offsetSet")?;
    cache.insert(k, a[1].deref());
    state(&this(c), |s| s.callback = Value::from(cache));
    Ok(Value::Null)
}

fn caching_offset_unset(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let mut cache = full_cache(vm, c)?;
    let (k, _) = cache_key(vm, &a[0], "offsetUnset")?;
    cache.remove(&k);
    state(&this(c), |s| s.callback = Value::from(cache));
    Ok(Value::Null)
}

fn caching_offset_exists(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let cache = full_cache(vm, c)?;
    let (k, _) = cache_key(vm, &a[0], "offsetExists")?;
    Ok(Value::from(cache.contains_key(&k)))
}

// ---- EmptyIterator ----

fn empty_current(vm: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Err(vm.throw_error(
        "BadMethodCallException",
        "Accessing the value of an EmptyIterator".into(),
    ))
}

fn empty_key(vm: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Err(vm.throw_error(
        "BadMethodCallException",
        "Accessing the key of an EmptyIterator".into(),
    ))
}

// ---- MultipleIterator ----

fn construct_multiple(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let flags = match a.first() {
        Some(v) if !matches!(v, Value::Undef) => {
            int_arg(vm, v, "MultipleIterator::__construct", 1, "flags")?
        }
        _ => MIT_NEED_ALL,
    };
    state(&this(c), |s| s.flags = flags);
    Ok(Value::Null)
}

fn iterators(o: &PhpObject) -> Vec<(Value, Value)> {
    state(o, |s| s.list.clone())
}

fn same_object(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Object(x), Value::Object(y)) if Rc::ptr_eq(x, y))
}

fn multiple_attach(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let it = match a[0].deref() {
        Value::Object(o) if o.class.instance_of_name(b"iterator") => Value::Object(o),
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "MultipleIterator::attachIterator(): Argument #1 ($iterator) must be of type Iterator, {} given",
                    other.debug_type_name()
                ),
            ))
        }
    };
    let info = a.get(1).map(Value::deref).unwrap_or_default();
    let o = this(c);
    if !info.is_null() {
        if !matches!(info, Value::Long(_) | Value::String(_)) {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "MultipleIterator::attachIterator(): Argument #2 ($info) must be of type string|int|null, {} given",
                    info.debug_type_name()
                ),
            ));
        }
        if iterators(&o).iter().any(|(_, i)| i.strict_eq(&info)) {
            return Err(vm.throw_error("InvalidArgumentException", "Key duplication error".into()));
        }
    }
    state(&o, |s| {
        match s.list.iter_mut().find(|(i, _)| same_object(i, &it)) {
            Some(e) => e.1 = info,
            None => s.list.push((it, info)),
        }
    });
    Ok(Value::Null)
}

fn multiple_detach(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let it = a[0].deref();
    state(&this(c), |s| s.list.retain(|(i, _)| !same_object(i, &it)));
    Ok(Value::Null)
}

fn multiple_contains(_: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let it = a[0].deref();
    Ok(Value::from(state(&this(c), |s| {
        s.list.iter().any(|(i, _)| same_object(i, &it))
    })))
}

fn multiple_count(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(state(&this(c), |s| s.list.len()) as i64))
}

fn multiple_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    for (it, _) in iterators(&this(c)) {
        call(vm, &it, "rewind", Vec::new())?;
    }
    Ok(Value::Null)
}

fn multiple_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    for (it, _) in iterators(&this(c)) {
        call(vm, &it, "next", Vec::new())?;
    }
    Ok(Value::Null)
}

fn multiple_valid(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let list = iterators(&o);
    if list.is_empty() {
        return Ok(Value::False);
    }
    let all = state(&o, |s| s.flags) & MIT_NEED_ALL != 0;
    for (it, _) in list {
        let valid = call(vm, &it, "valid", Vec::new())?.to_bool();
        if all && !valid {
            return Ok(Value::False);
        }
        if !all && valid {
            return Ok(Value::True);
        }
    }
    Ok(Value::from(all))
}

/// `current()` or `key()` of every sub-iterator, keyed as the flags say.
fn multiple_get(vm: &mut Vm, c: &MethodCtx, what: &str) -> R {
    let o = this(c);
    let flags = state(&o, |s| s.flags);
    let list = iterators(&o);
    if list.is_empty() {
        return Err(vm.throw_error(
            "RuntimeException",
            format!("Called {what}() on an invalid iterator"),
        ));
    }
    let mut out = PhpArray::new();
    for (it, info) in list {
        let v = if call(vm, &it, "valid", Vec::new())?.to_bool() {
            call(vm, &it, what, Vec::new())?
        } else if flags & MIT_NEED_ALL != 0 {
            return Err(vm.throw_error(
                "RuntimeException",
                format!("Called {what}() with non valid sub iterator"),
            ));
        } else {
            Value::Null
        };
        if flags & MIT_KEYS_ASSOC != 0 {
            let key = match &info {
                Value::Long(i) => ArrayKey::Int(*i),
                Value::String(s) => ArrayKey::from_str_value(s),
                _ => {
                    return Err(vm.throw_error(
                        "InvalidArgumentException",
                        "Sub-Iterator is associated with NULL".into(),
                    ))
                }
            };
            out.insert(key, v);
        } else {
            let _ = out.push(v);
        }
    }
    Ok(Value::from(out))
}

fn multiple_key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    multiple_get(vm, c, "key")
}

fn multiple_current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    multiple_get(vm, c, "current")
}

// ---- RecursiveArrayIterator ----

fn array_has_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let cur = call_this(vm, &this(c), "current")?;
    Ok(Value::from(matches!(
        cur,
        Value::Array(_) | Value::Object(_)
    )))
}

fn array_get_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let cur = call_this(vm, &o, "current")?;
    if let Value::Object(obj) = &cur {
        if obj.class.is_subclass_of(&o.class) {
            return Ok(cur);
        }
    }
    let class: Rc<ClassEntry> = o.class.clone();
    let child = vm.instantiate(&class)?;
    if let Some(ctor) = class.magic.construct.clone() {
        vm.invoke_method(Some(child.clone()), &ctor, class.clone(), vec![cur])?;
    }
    Ok(Value::Object(child))
}

// ---- RecursiveIteratorIterator ----

pub(super) fn construct_recursive(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let mut it = match a[0].deref() {
        Value::Object(o) => o,
        other => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "RecursiveIteratorIterator::__construct(): Argument #1 ($iterator) must be of type Traversable, {} given",
                    other.debug_type_name()
                ),
            ))
        }
    };
    if it.class.instance_of_name(b"iteratoraggregate") {
        match vm.call_method(&it, "getIterator", Vec::new())?.deref() {
            Value::Object(i) if i.class.instance_of_name(b"traversable") => it = i,
            _ => {
                return Err(vm.throw_error(
                    "LogicException",
                    format!(
                        "{}::getIterator() must return an object that implements Traversable",
                        it.class.name
                    ),
                ))
            }
        }
    }
    if !it.class.instance_of_name(b"recursiveiterator") {
        return Err(vm.throw_error(
            "InvalidArgumentException",
            "An instance of RecursiveIterator or IteratorAggregate creating it is required".into(),
        ));
    }
    let arg = |vm: &mut Vm, i: usize, name: &str| match a.get(i) {
        Some(v) if !matches!(v, Value::Undef) => {
            int_arg(vm, v, "RecursiveIteratorIterator::__construct", i + 1, name)
        }
        _ => Ok(0),
    };
    let mode = arg(vm, 1, "mode")?;
    let flags = arg(vm, 2, "flags")?;
    state(&this(c), |s| {
        s.inner = Value::Object(it.clone());
        s.levels = vec![(Value::Object(it), Step::Start)];
        s.mode = mode;
        s.flags = flags;
        s.max_depth = -1;
    });
    Ok(Value::Null)
}

fn top(o: &PhpObject) -> Option<(Value, Step, usize)> {
    state(o, |s| {
        let depth = s.levels.len().checked_sub(1)?;
        s.levels.last().map(|(it, st)| (it.clone(), *st, depth))
    })
}

fn set_step(o: &PhpObject, step: Step) {
    state(o, |s| {
        if let Some(l) = s.levels.last_mut() {
            l.1 = step;
        }
    });
}

/// A hook a subclass may override (`nextElement`, `beginChildren`…).
fn hook(vm: &mut Vm, o: &Rc<PhpObject>, lc: &[u8], name: &str) -> Result<(), Unwind> {
    if overridden(o, lc) {
        call_this(vm, o, name)?;
    }
    Ok(())
}

/// With CATCH_GET_CHILD an exception from a step of the walk is dropped (None).
fn caught<T>(r: Result<T, Unwind>, flags: i64) -> Result<Option<T>, Unwind> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(_) if flags & CATCH_GET_CHILD != 0 => Ok(None),
        Err(e) => Err(e),
    }
}

/// Zend's `spl_recursive_it_move_forward_ex`: walk to the next element to show.
fn rec_forward(vm: &mut Vm, o: &Rc<PhpObject>) -> Result<(), Unwind> {
    let (mode, flags, max_depth) = state(o, |s| (s.mode, s.flags, s.max_depth));
    while let Some((it, step, depth)) = top(o) {
        match step {
            Step::Next | Step::Start => {
                if step == Step::Next {
                    caught(call(vm, &it, "next", Vec::new()), flags)?;
                }
                if call(vm, &it, "valid", Vec::new())?.to_bool() {
                    set_step(o, Step::Test);
                    continue;
                }
            }
            Step::Test => {
                let has = match call_this(vm, o, "callHasChildren") {
                    Ok(v) => v.to_bool(),
                    Err(e) if flags & CATCH_GET_CHILD == 0 => {
                        set_step(o, Step::Next);
                        return Err(e);
                    }
                    Err(_) => false,
                };
                if has {
                    if max_depth == -1 || max_depth > depth as i64 {
                        set_step(
                            o,
                            if mode == SELF_FIRST {
                                Step::SelfElem
                            } else {
                                Step::Child
                            },
                        );
                        continue;
                    }
                    if mode == LEAVES_ONLY {
                        // Not a leaf, and not to be entered: skipped.
                        set_step(o, Step::Next);
                        continue;
                    }
                }
                set_step(o, Step::Next);
                caught(hook(vm, o, b"nextelement", "nextElement"), flags)?;
                return Ok(());
            }
            Step::SelfElem => {
                set_step(
                    o,
                    if mode == SELF_FIRST {
                        Step::Child
                    } else {
                        Step::Next
                    },
                );
                hook(vm, o, b"nextelement", "nextElement")?;
                return Ok(());
            }
            Step::Child => {
                let Some(child) = caught(call_this(vm, o, "callGetChildren"), flags)? else {
                    set_step(o, Step::Next);
                    continue;
                };
                if !matches!(&child, Value::Object(c) if c.class.instance_of_name(b"recursiveiterator"))
                {
                    return Err(vm.throw_error(
                        "UnexpectedValueException",
                        "Objects returned by RecursiveIterator::getChildren() must implement RecursiveIterator".into(),
                    ));
                }
                set_step(
                    o,
                    if mode == CHILD_FIRST {
                        Step::SelfElem
                    } else {
                        Step::Next
                    },
                );
                state(o, |s| s.levels.push((child.clone(), Step::Start)));
                call(vm, &child, "rewind", Vec::new())?;
                caught(hook(vm, o, b"beginchildren", "beginChildren"), flags)?;
                continue;
            }
        }
        // This level is exhausted: back to the parent.
        if depth == 0 {
            return Ok(());
        }
        caught(hook(vm, o, b"endchildren", "endChildren"), flags)?;
        state(o, |s| s.levels.pop());
    }
    Ok(())
}

fn rec_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let popped = state(&o, |s| s.levels.split_off(s.levels.len().min(1)));
    for _ in &popped {
        hook(vm, &o, b"endchildren", "endChildren")?;
    }
    drop(popped);
    let Some((it, _, _)) = top(&o) else {
        return Err(vm.throw_error(
            "Error",
            "The object is in an invalid state as the parent constructor was not called".into(),
        ));
    };
    call(vm, &it, "rewind", Vec::new())?;
    set_step(&o, Step::Start);
    hook(vm, &o, b"beginiteration", "beginIteration")?;
    rec_forward(vm, &o)?;
    Ok(Value::Null)
}

fn rec_valid(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(c);
    let levels: Vec<Value> = state(&o, |s| {
        s.levels.iter().rev().map(|(i, _)| i.clone()).collect()
    });
    for it in levels {
        if call(vm, &it, "valid", Vec::new())?.to_bool() {
            return Ok(Value::True);
        }
    }
    hook(vm, &o, b"enditeration", "endIteration")?;
    Ok(Value::False)
}

/// Calls `method` on the innermost iterator, or gives `default` when there is none.
fn on_top(vm: &mut Vm, c: &MethodCtx, method: &str, default: Value) -> R {
    match top(&this(c)) {
        Some((it, _, _)) => call(vm, &it, method, Vec::new()),
        None => Ok(default),
    }
}

pub(super) fn rec_key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    on_top(vm, c, "key", Value::Null)
}

pub(super) fn rec_current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    on_top(vm, c, "current", Value::Null)
}

fn rec_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    rec_forward(vm, &this(c))?;
    Ok(Value::Null)
}

fn rec_depth(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(state(&this(c), |s| s.levels.len() as i64 - 1)))
}

fn rec_sub_iterator(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(c);
    let level = match a.first() {
        Some(v) if !matches!(v, Value::Undef | Value::Null) => Some(int_arg(
            vm,
            v,
            "RecursiveIteratorIterator::getSubIterator",
            1,
            "level",
        )?),
        _ => None,
    };
    Ok(state(&o, |s| {
        let i = match level {
            Some(l) => usize::try_from(l).ok()?,
            None => s.levels.len().checked_sub(1)?,
        };
        s.levels.get(i).map(|(it, _)| it.clone())
    })
    .unwrap_or_default())
}

fn rec_inner(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(top(&this(c)).map(|(it, _, _)| it).unwrap_or_default())
}

fn rec_call_has_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    on_top(vm, c, "hasChildren", Value::False)
}

fn rec_call_get_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    on_top(vm, c, "getChildren", Value::Null)
}

fn rec_set_max_depth(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let d = match a.first() {
        Some(v) if !matches!(v, Value::Undef) => int_arg(
            vm,
            v,
            "RecursiveIteratorIterator::setMaxDepth",
            1,
            "maxDepth",
        )?,
        _ => -1,
    };
    if d < -1 {
        return Err(vm.throw_error(
            "OutOfRangeException",
            "RecursiveIteratorIterator::setMaxDepth(): Argument #1 ($maxDepth) must be greater than or equal to -1".into(),
        ));
    }
    state(&this(c), |s| s.max_depth = d);
    Ok(Value::Null)
}

fn rec_get_max_depth(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let d = state(&this(c), |s| s.max_depth);
    Ok(if d == -1 {
        Value::False
    } else {
        Value::Long(d)
    })
}

// ---- internal iterators ----

/// An internal iterator over `source`.
pub(crate) fn internal_iterator(
    vm: &mut Vm,
    source: Source,
    inner: Value,
    pairs: Vec<(Value, Value)>,
) -> Result<Rc<PhpObject>, Unwind> {
    let class = vm
        .find_class(b"SplInternalIterator")
        .expect("SplInternalIterator is built in");
    let it = PhpObject::new(&class);
    let flags = match &inner {
        Value::Object(o) => super::peek(o, |l: &mut super::dll::List| l.flags).unwrap_or(0),
        _ => 0,
    };
    state(&it, |s| {
        s.source = source;
        s.inner = inner;
        s.list = pairs;
        s.flags = flags;
    });
    Ok(it)
}

/// Keep `v` alive as long as the internal iterator `it` (an object standing for
/// an engine part that PHP counts among the object handles).
pub(crate) fn keep_alive(it: &PhpObject, v: Value) {
    state(it, |s| s.callback = v);
}

/// An iterator over (key, value) pairs (`WeakMap::getIterator()`).
pub(crate) fn pairs_iterator(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> R {
    Ok(Value::Object(internal_iterator(
        vm,
        Source::Pairs,
        Value::Null,
        pairs,
    )?))
}

/// The walked object's state, if any.
fn walked<F: Family, T>(s: &Iter, f: impl FnOnce(&mut F) -> T) -> Option<T> {
    match &s.inner {
        Value::Object(o) => super::peek(o, f),
        _ => None,
    }
}

fn pairs_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    if let Some(period) = state(&this(c), period_of) {
        period_rewind(vm, &this(c), &period)?;
        return Ok(Value::Null);
    }
    state(&this(c), |s| match s.source {
        Source::List => {
            let flags = s.flags;
            let mut cur = s.cursor.clone();
            walked(s, |l: &mut super::dll::List| cur.rewind(&l.items, flags));
            s.cursor = cur;
        }
        _ => s.idx = 0,
    });
    Ok(Value::Null)
}

/// The current (key, value) of an internal iterator.
fn pair(s: &Iter) -> Option<(Value, Value)> {
    match s.source {
        // A period's dates are made by the methods (they need the VM).
        Source::Pairs | Source::Period => s.list.get(s.idx).cloned(),
        Source::Fixed => walked(s, |f: &mut super::fixed::Fixed| {
            f.items
                .get(s.idx)
                .map(|v| (Value::Long(s.idx as i64), v.clone()))
        })
        .flatten(),
        Source::List => walked(s, |l: &mut super::dll::List| {
            s.cursor
                .current(&l.items)
                .map(|v| (Value::Long(s.cursor.pos), v.clone()))
        })
        .flatten(),
    }
}

fn pairs_valid(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    if let Some(period) = state(&this(c), period_of) {
        let (at, idx) = period_position(vm, &this(c), &period)?;
        return Ok(Value::from(date_period::iteration_has_more(
            &period, &at, idx,
        )));
    }
    Ok(Value::from(state(&this(c), |s| pair(s).is_some())))
}

fn pairs_key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    if let Some(period) = state(&this(c), period_of) {
        let (_, idx) = period_position(vm, &this(c), &period)?;
        return Ok(Value::Long(idx as i64));
    }
    Ok(state(&this(c), |s| pair(s).map(|p| p.0)).unwrap_or_default())
}

fn pairs_current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    if let Some(period) = state(&this(c), period_of) {
        let (at, _) = period_position(vm, &this(c), &period)?;
        let d = date_period::iteration_current(vm, &period, &at)?;
        // Kept until the next step, as PHP's iterator keeps its current date.
        let old = state(&this(c), |s| s.cur.replace((d.clone(), Value::Null)));
        drop(old);
        return Ok(d);
    }
    Ok(state(&this(c), |s| pair(s).map(|p| p.1)).unwrap_or_default())
}

/// The DatePeriod a period iteration walks.
fn period_of(s: &mut Iter) -> Option<Rc<PhpObject>> {
    match (&s.source, &s.inner) {
        (Source::Period, Value::Object(p)) => Some(p.clone()),
        _ => None,
    }
}

/// A period iteration back at its first date (its current date let go).
fn period_rewind(vm: &mut Vm, it: &PhpObject, period: &PhpObject) -> Result<(), Unwind> {
    let at = date_period::iteration_start(vm, period)?;
    let old = state(it, |s| {
        s.idx = 0;
        s.period_at = Some(Box::new(at));
        s.cur.take()
    });
    drop(old);
    Ok(())
}

/// A period iteration's date and index, rewound first if it never was (as
/// InternalIterator's methods rewind on first use).
fn period_position(
    vm: &mut Vm,
    it: &PhpObject,
    period: &PhpObject,
) -> Result<(date::Moment, usize), Unwind> {
    if state(it, |s| s.period_at.is_none()) {
        period_rewind(vm, it, period)?;
    }
    Ok(state(it, |s| {
        (*s.period_at.clone().expect("rewound above"), s.idx)
    }))
}

fn pairs_next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    if let Some(period) = state(&this(c), period_of) {
        let (at, _) = period_position(vm, &this(c), &period)?;
        let next = date_period::iteration_advance(vm, &period, &at)?;
        let old = state(&this(c), |s| {
            s.idx += 1;
            s.period_at = Some(Box::new(next));
            s.cur.take()
        });
        drop(old);
        return Ok(Value::Null);
    }
    let removed = state(&this(c), |s| match s.source {
        Source::List => {
            let flags = s.flags;
            let mut cur = s.cursor.clone();
            let removed = walked(s, |l: &mut super::dll::List| {
                cur.forward(&mut l.items, flags)
            });
            s.cursor = cur;
            removed.flatten()
        }
        _ => {
            s.idx += 1;
            None
        }
    });
    drop(removed);
    Ok(Value::Null)
}
