//! `RecursiveTreeIterator` (ext/spl/spl_iterators.c): a RecursiveIteratorIterator
//! over a RecursiveCachingIterator whose current elements and keys are drawn as an
//! ASCII tree (`|-`, `\-`…), the prefix made from whether each level has a next
//! element.

use super::fs::construct;
use super::iterators::{call, construct_recursive, rec_current, rec_key, state};
use super::{int_arg, this, R};
use crate::class::{MethodCtx, NativeClass, NativeConst, NativeMethod};
use crate::value::Value;
use crate::vm::{Unwind, Vm};

const BYPASS_CURRENT: i64 = 4;
const BYPASS_KEY: i64 = 8;
const CATCH_GET_CHILD: i64 = 16;
const SELF_FIRST: i64 = 1;

/// The prefix parts (left, mid with a next, mid last, end with a next, end last,
/// right) and the postfix.
#[derive(Debug, Clone)]
pub struct Tree {
    parts: [Vec<u8>; 6],
    postfix: Vec<u8>,
}

impl Default for Tree {
    fn default() -> Tree {
        Tree {
            parts: [
                Vec::new(),
                b"| ".to_vec(),
                b"  ".to_vec(),
                b"|-".to_vec(),
                b"\\-".to_vec(),
                Vec::new(),
            ],
            postfix: Vec::new(),
        }
    }
}

pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "RecursiveTreeIterator",
    parent: Some("RecursiveIteratorIterator"),
    consts: &[
        ("BYPASS_CURRENT", NativeConst::Long(BYPASS_CURRENT)),
        ("BYPASS_KEY", NativeConst::Long(BYPASS_KEY)),
        ("PREFIX_LEFT", NativeConst::Long(0)),
        ("PREFIX_MID_HAS_NEXT", NativeConst::Long(1)),
        ("PREFIX_MID_LAST", NativeConst::Long(2)),
        ("PREFIX_END_HAS_NEXT", NativeConst::Long(3)),
        ("PREFIX_END_LAST", NativeConst::Long(4)),
        ("PREFIX_RIGHT", NativeConst::Long(5)),
    ],
    methods: &[
        NativeMethod::new(
            "__construct",
            tree_construct,
            &["iterator", "flags", "cachingIteratorFlags", "mode"],
            1,
        ),
        NativeMethod::new("key", key, &[], 0),
        NativeMethod::new("current", current, &[], 0),
        NativeMethod::new("getPrefix", get_prefix, &[], 0),
        NativeMethod::new("setPostfix", set_postfix, &["postfix"], 1),
        NativeMethod::new("setPrefixPart", set_prefix_part, &["part", "value"], 2),
        NativeMethod::new("getEntry", get_entry, &[], 0),
        NativeMethod::new("getPostfix", get_postfix, &[], 0),
    ],
    ..NativeClass::EMPTY
}];

fn opt(vm: &mut Vm, a: &[Value], i: usize, name: &str, default: i64) -> Result<i64, Unwind> {
    match a.get(i) {
        Some(v) if !matches!(v, Value::Undef) => {
            int_arg(vm, v, "RecursiveTreeIterator::__construct", i + 1, name)
        }
        _ => Ok(default),
    }
}

fn tree_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let flags = opt(vm, a, 1, "flags", BYPASS_KEY)?;
    let cit_flags = opt(vm, a, 2, "cachingIteratorFlags", CATCH_GET_CHILD)?;
    let mode = opt(vm, a, 3, "mode", SELF_FIRST)?;
    let mut it = a[0].deref();
    if let Value::Object(o) = &it {
        if o.class.instance_of_name(b"iteratoraggregate") {
            it = vm.call_method(o, "getIterator", Vec::new())?.deref();
        }
    }
    let class = vm
        .find_class(b"RecursiveCachingIterator")
        .expect("RecursiveCachingIterator is built in");
    let caching = construct(vm, &class, vec![it, Value::Long(cit_flags)])?;
    let mut args = [
        Value::Object(caching),
        Value::Long(mode),
        Value::Long(flags),
    ];
    construct_recursive(vm, c, &mut args)?;
    state(&this(c), |s| s.tree = Some(Box::default()));
    Ok(Value::Null)
}

/// The tree's parts (the defaults before construction).
fn tree(c: &MethodCtx) -> Tree {
    state(&this(c), |s| s.tree.as_deref().cloned().unwrap_or_default())
}

/// `getPrefix()`: for each level above the current one, whether it goes on; for
/// the current one, whether a sibling follows.
fn prefix(vm: &mut Vm, c: &MethodCtx) -> Result<Vec<u8>, Unwind> {
    let t = tree(c);
    let levels = state(&this(c), |s| s.level_iterators());
    let mut out = t.parts[0].clone();
    let depth = levels.len().saturating_sub(1);
    for (level, it) in levels.iter().enumerate() {
        let has_next = call(vm, it, "hasNext", Vec::new())?.to_bool();
        let part = match (level < depth, has_next) {
            (true, true) => 1,
            (true, false) => 2,
            (false, true) => 3,
            (false, false) => 4,
        };
        out.extend_from_slice(&t.parts[part]);
    }
    out.extend_from_slice(&t.parts[5]);
    Ok(out)
}

/// The current element as a string (an array is "Array").
fn entry(vm: &mut Vm, c: &MethodCtx) -> Result<Vec<u8>, Unwind> {
    match rec_current(vm, c, &mut [])? {
        Value::Array(_) => Ok(b"Array".to_vec()),
        v => Ok(v.to_php_string(vm)?.to_vec()),
    }
}

/// `prefix . text . postfix`.
fn framed(vm: &mut Vm, c: &MethodCtx, text: &[u8]) -> R {
    let mut out = prefix(vm, c)?;
    out.extend_from_slice(text);
    out.extend_from_slice(&tree(c).postfix);
    Ok(Value::from(out))
}

fn flags(c: &MethodCtx) -> i64 {
    state(&this(c), |s| s.flags())
}

fn current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    if flags(c) & BYPASS_CURRENT != 0 {
        return rec_current(vm, c, &mut []);
    }
    let text = entry(vm, c)?;
    framed(vm, c, &text)
}

fn key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let k = rec_key(vm, c, &mut [])?;
    if flags(c) & BYPASS_KEY != 0 {
        return Ok(k);
    }
    let text = k.to_php_string(vm)?.to_vec();
    framed(vm, c, &text)
}

fn get_prefix(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(prefix(vm, c)?))
}

fn get_entry(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(entry(vm, c)?))
}

fn get_postfix(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(tree(c).postfix))
}

fn set_postfix(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let p = super::fs::str_arg(vm, a, 0, "RecursiveTreeIterator::setPostfix", "postfix")?;
    let mut t = tree(c);
    t.postfix = p;
    state(&this(c), |s| s.tree = Some(Box::new(t)));
    Ok(Value::Null)
}

fn set_prefix_part(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "RecursiveTreeIterator::setPrefixPart";
    let part = int_arg(vm, &a[0], F, 1, "part")?;
    let value = super::fs::str_arg(vm, a, 1, F, "value")?;
    if !(0..=5).contains(&part) {
        return Err(vm.throw_error(
            "ValueError",
            format!(
                "{F}(): Argument #1 ($part) must be a RecursiveTreeIterator::PREFIX_* constant"
            ),
        ));
    }
    let mut t = tree(c);
    t.parts[part as usize] = value;
    state(&this(c), |s| s.tree = Some(Box::new(t)));
    Ok(Value::Null)
}
