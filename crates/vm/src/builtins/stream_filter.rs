//! Stream filters (php's `main/streams/filter.c`, `ext/standard/filters.c`,
//! `user_filters.c`): `stream_filter_append/prepend/remove`, the built-in `string.*`
//! and `convert.base64-*` filters, and user filters (`php_user_filter` subclasses
//! registered with `stream_filter_register`) with their bucket brigades.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::class::native::{MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::object::PhpObject;
use crate::resource::{Resource, ResourceKind};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get, opt_long, type_error};
use super::streams::arg_resource;
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "stream_filter_append",
        stream_filter_append,
        &["stream", "filter_name", "mode", "params"],
        2,
    ),
    func(
        "stream_filter_prepend",
        stream_filter_prepend,
        &["stream", "filter_name", "mode", "params"],
        2,
    ),
    func(
        "stream_filter_remove",
        stream_filter_remove,
        &["stream_filter"],
        1,
    ),
    func(
        "stream_filter_register",
        stream_filter_register,
        &["filter_name", "class"],
        2,
    ),
    func("stream_get_filters", stream_get_filters, &[], 0),
    func(
        "stream_bucket_make_writeable",
        stream_bucket_make_writeable,
        &["brigade"],
        1,
    ),
    func(
        "stream_bucket_append",
        stream_bucket_append,
        &["brigade", "bucket"],
        2,
    ),
    func(
        "stream_bucket_prepend",
        stream_bucket_prepend,
        &["brigade", "bucket"],
        2,
    ),
    func(
        "stream_bucket_new",
        stream_bucket_new,
        &["stream", "buffer"],
        2,
    ),
];

/// `php_user_filter`, the base of user filters.
pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "php_user_filter",
    props: &[
        NativeProp {
            name: "filtername",
            flags: 0,
            default: NativeConst::Str(""),
            ty: 0,
        },
        NativeProp {
            name: "params",
            flags: 0,
            default: NativeConst::Str(""),
            ty: 0,
        },
        NativeProp {
            name: "stream",
            flags: 0,
            default: NativeConst::Null,
            ty: 0,
        },
    ],
    methods: &[
        NativeMethod::new(
            "filter",
            base_filter,
            &["in", "out", "consumed", "closing"],
            4,
        ),
        NativeMethod::new("onCreate", base_on_create, &[], 0),
        NativeMethod::new("onClose", base_on_close, &[], 0),
    ],
    ..NativeClass::EMPTY
}];

fn base_filter(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(PSFS_ERR_FATAL))
}

fn base_on_create(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::True)
}

fn base_on_close(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

const PSFS_ERR_FATAL: i64 = 0;
const PSFS_FEED_ME: i64 = 1;
const PSFS_PASS_ON: i64 = 2;
const FILTER_READ: i64 = 1;
const FILTER_WRITE: i64 = 2;

/// The filters php-cli has built in here (`stream_get_filters()`), wildcards as php
/// lists them.
const BUILT_IN: &[&str] = &[
    "zlib.*",
    "string.rot13",
    "string.toupper",
    "string.tolower",
    "convert.*",
    "consumed",
    "dechunk",
];

/// What a filter does to the bytes passing through it.
pub enum Kind {
    Rot13,
    Upper,
    Lower,
    /// Bytes held back until three (or the end) are there.
    Base64Encode(Vec<u8>),
    /// Characters held back until four (or the end) are there.
    Base64Decode(Vec<u8>),
    /// A user filter's object and its stream (`$this->stream` while it filters).
    User {
        obj: Rc<PhpObject>,
        stream: std::rc::Weak<Resource>,
    },
}

/// A filter on a stream's read or write chain; `id` ties it to its resource.
pub struct Filter {
    pub id: i64,
    pub kind: Kind,
}

impl Filter {
    /// Pass `data` through; `closing` at the end of the stream (flush what is held).
    /// `Err` for a user filter that failed (PSFS_ERR_FATAL).
    pub(crate) fn run(&mut self, vm: &mut Vm, data: Vec<u8>, closing: bool) -> Result<Vec<u8>, ()> {
        Ok(match &mut self.kind {
            Kind::Rot13 => data.iter().map(|&b| rot13(b)).collect(),
            Kind::Upper => data.to_ascii_uppercase(),
            Kind::Lower => data.to_ascii_lowercase(),
            Kind::Base64Encode(held) => {
                held.extend_from_slice(&data);
                let take = if closing {
                    held.len()
                } else {
                    held.len() / 3 * 3
                };
                let chunk: Vec<u8> = held.drain(..take).collect();
                super::encode::encode_base64(&chunk)
            }
            Kind::Base64Decode(held) => {
                held.extend(data.iter().copied().filter(|b| !b.is_ascii_whitespace()));
                let take = if closing {
                    held.len()
                } else {
                    held.len() / 4 * 4
                };
                let chunk: Vec<u8> = held.drain(..take).collect();
                super::encode::decode_base64(&chunk, false).unwrap_or_default()
            }
            Kind::User { obj, stream } => {
                let stream = stream.upgrade().map_or(Value::Null, Value::Resource);
                return run_user(vm, obj, &stream, data, closing);
            }
        })
    }

    /// A user filter's `onClose`.
    pub fn close(&self, vm: &mut Vm) {
        if let Kind::User { obj, .. } = &self.kind {
            let _ = vm.call_method(obj, "onClose", Vec::new());
        }
    }
}

fn rot13(b: u8) -> u8 {
    match b {
        b'a'..=b'z' => (b - b'a' + 13) % 26 + b'a',
        b'A'..=b'Z' => (b - b'A' + 13) % 26 + b'A',
        _ => b,
    }
}

/// `filter($in, $out, &$consumed, $closing)` of a user filter over one bucket.
fn run_user(
    vm: &mut Vm,
    obj: &Rc<PhpObject>,
    stream: &Value,
    data: Vec<u8>,
    closing: bool,
) -> Result<Vec<u8>, ()> {
    let buckets = if data.is_empty() {
        Vec::new()
    } else {
        vec![data]
    };
    let input = Value::Resource(vm.new_resource(ResourceKind::Brigade(buckets)));
    let out = vm.new_resource(ResourceKind::Brigade(Vec::new()));
    obj.set_prop("stream", stream.clone());
    let consumed = Value::Reference(Rc::new(std::cell::RefCell::new(Value::Long(0))));
    let args = vec![
        input,
        Value::Resource(out.clone()),
        consumed,
        Value::from(closing),
    ];
    let r = match vm.call_method(obj, "filter", args) {
        Ok(v) => v.to_long(),
        Err(e) => {
            if let Unwind::Throw(e) = e {
                vm.pending.get_or_insert(e);
                crate::object::request_safe_point();
            }
            PSFS_ERR_FATAL
        }
    };
    let kind = std::mem::replace(&mut *out.kind.borrow_mut(), ResourceKind::Closed);
    let ResourceKind::Brigade(got) = kind else {
        return Ok(Vec::new());
    };
    match r {
        PSFS_PASS_ON => Ok(got.concat()),
        PSFS_FEED_ME => Ok(Vec::new()),
        _ => Err(()),
    }
}

/// The request's user filters: name (maybe `prefix.*`) → class name.
#[derive(Default)]
pub struct UserFilters {
    names: Vec<(Vec<u8>, Vec<u8>)>,
}

impl UserFilters {
    /// The class for `name`: an exact name, else a wildcard over its prefix.
    fn class_for(&self, name: &[u8]) -> Option<Vec<u8>> {
        let exact = self.names.iter().find(|(n, _)| n == name);
        let wild = || {
            self.names.iter().find(|(n, _)| {
                n.strip_suffix(b"*").is_some_and(|p| {
                    p.ends_with(b".") && name.starts_with(p) && name.len() > p.len()
                })
            })
        };
        exact.or_else(wild).map(|(_, c)| c.clone())
    }
}

/// What asking for a filter by name gave.
enum Created {
    Made(Kind),
    /// No filter has that name.
    Unknown,
    /// A user filter's onCreate said no.
    Refused,
}

/// A filter of `name` with `params` for the stream `r`.
fn create(vm: &mut Vm, r: &Rc<Resource>, name: &[u8], params: &Value) -> Result<Created, Unwind> {
    let lc = name.to_ascii_lowercase();
    let kind = match &lc[..] {
        b"string.rot13" => Kind::Rot13,
        b"string.toupper" => Kind::Upper,
        b"string.tolower" => Kind::Lower,
        b"convert.base64-encode" => Kind::Base64Encode(Vec::new()),
        b"convert.base64-decode" => Kind::Base64Decode(Vec::new()),
        _ => {
            let Some(class_name) = vm.stream_wrappers.filters.class_for(name) else {
                return Ok(Created::Unknown);
            };
            let Some(class) = vm.lookup_class(&class_name)? else {
                vm.warning(&format!(
                    "stream_filter_append(): User-filter \"{}\" requires class \"{}\", but that class is not defined",
                    String::from_utf8_lossy(name),
                    String::from_utf8_lossy(&class_name)
                ));
                return Ok(Created::Refused);
            };
            let obj = vm.instantiate(&class)?;
            obj.set_prop("filtername", Value::from(name.to_vec()));
            obj.set_prop("params", params.clone());
            if !vm.call_method(&obj, "onCreate", Vec::new())?.to_bool() {
                return Ok(Created::Refused);
            }
            Kind::User {
                obj,
                stream: Rc::downgrade(r),
            }
        }
    };
    Ok(Created::Made(kind))
}

fn add(vm: &mut Vm, args: &[Value], f: &str, append: bool) -> R {
    let r = arg_resource(vm, args, 0, f)?;
    let name = arg_str(vm, args, 1, f)?;
    let mode = opt_long(vm, args, 2, f, 0)?;
    let params = get(args, 3);
    let (readable, writable) = match &*r.kind.borrow() {
        ResourceKind::Stream(s) => (s.mode.read, s.mode.write),
        _ => (false, false),
    };
    if !matches!(&*r.kind.borrow(), ResourceKind::Stream(_)) {
        return Err(vm.throw_error(
            "TypeError",
            format!("{f}(): supplied resource is not a valid stream resource"),
        ));
    }
    // No mode given: the chains the stream's own mode allows.
    let mode = if mode & (FILTER_READ | FILTER_WRITE) == 0 {
        (if readable { FILTER_READ } else { 0 }) | (if writable { FILTER_WRITE } else { 0 })
    } else {
        mode
    };
    let mut ids = Vec::new();
    for (bit, read) in [(FILTER_READ, true), (FILTER_WRITE, false)] {
        if mode & bit == 0 {
            continue;
        }
        let what = match create(vm, &r, &name, &params)? {
            Created::Made(kind) => kind,
            Created::Unknown | Created::Refused => {
                vm.warning(&format!(
                    "{f}(): Unable to locate filter \"{}\"",
                    String::from_utf8_lossy(&name)
                ));
                return Ok(Value::False);
            }
        };
        let kind = what;
        vm.stream_wrappers.next_filter += 1;
        let id = vm.stream_wrappers.next_filter;
        let filter = Filter { id, kind };
        let mut kind = r.kind.borrow_mut();
        if let ResourceKind::Stream(s) = &mut *kind {
            s.add_filter(vm, filter, read, append);
        }
        drop(kind);
        ids.push(id);
    }
    let res = vm.new_resource(ResourceKind::Filter {
        stream: r.clone(),
        ids,
    });
    Ok(Value::Resource(res))
}

fn stream_filter_append(vm: &mut Vm, args: &mut [Value]) -> R {
    add(vm, args, "stream_filter_append", true)
}

fn stream_filter_prepend(vm: &mut Vm, args: &mut [Value]) -> R {
    add(vm, args, "stream_filter_prepend", false)
}

fn stream_filter_remove(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_filter_remove";
    let r = arg_resource(vm, args, 0, F)?;
    let old = std::mem::replace(&mut *r.kind.borrow_mut(), ResourceKind::Closed);
    let ResourceKind::Filter { stream, ids } = old else {
        *r.kind.borrow_mut() = old;
        return Err(vm.throw_error(
            "TypeError",
            format!("{F}(): supplied resource is not a valid stream filter resource"),
        ));
    };
    let mut kind = stream.kind.borrow_mut();
    let ResourceKind::Stream(s) = &mut *kind else {
        drop(kind);
        vm.warning(&format!("{F}(): Unable to flush filter, not removing"));
        return Ok(Value::False);
    };
    for id in ids {
        s.remove_filter(vm, id);
    }
    Ok(Value::True)
}

fn stream_filter_register(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_filter_register";
    let name = arg_str(vm, args, 0, F)?;
    let class = arg_str(vm, args, 1, F)?;
    if name.is_empty() {
        return Err(super::args::value_error(
            vm,
            F,
            0,
            "must be a non-empty string",
        ));
    }
    if class.is_empty() {
        return Err(super::args::value_error(
            vm,
            F,
            1,
            "must be a non-empty string",
        ));
    }
    let filters = &mut vm.stream_wrappers.filters;
    let taken = filters.names.iter().any(|(n, _)| **n == *name)
        || BUILT_IN.iter().any(|b| b.as_bytes() == *name);
    if taken {
        return Ok(Value::False);
    }
    filters.names.push((name.to_vec(), class.to_vec()));
    Ok(Value::True)
}

fn stream_get_filters(vm: &mut Vm, _: &mut [Value]) -> R {
    let mut names: Vec<Value> = BUILT_IN.iter().map(|b| Value::from(*b)).collect();
    let user = &vm.stream_wrappers.filters.names;
    names.extend(user.iter().map(|(n, _)| Value::from(n.clone())));
    Ok(Value::from(PhpArray::from_list(names)))
}

/// Argument `i` as a bucket brigade.
fn brigade(vm: &mut Vm, args: &[Value], i: usize, f: &str) -> Result<Rc<Resource>, Unwind> {
    let r = arg_resource(vm, args, i, f)?;
    if !matches!(&*r.kind.borrow(), ResourceKind::Brigade(_)) {
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "{f}(): Argument #{} must be of type resource, userfilter.bucket brigade resource expected",
                i + 1
            ),
        ));
    }
    Ok(r)
}

/// A bucket object as php makes them: `bucket`, `data`, `datalen`.
fn bucket_object(vm: &mut Vm, data: Vec<u8>) -> Value {
    let mut props = PhpArray::new();
    let len = data.len() as i64;
    let res = vm.new_resource(ResourceKind::Bucket);
    props.insert(ArrayKey::from_bytes(b"bucket"), Value::Resource(res));
    props.insert(ArrayKey::from_bytes(b"data"), Value::from(data));
    props.insert(ArrayKey::from_bytes(b"datalen"), Value::Long(len));
    Value::Object(PhpObject::std_class(props))
}

fn stream_bucket_make_writeable(vm: &mut Vm, args: &mut [Value]) -> R {
    let r = brigade(vm, args, 0, "stream_bucket_make_writeable")?;
    let next = match &mut *r.kind.borrow_mut() {
        ResourceKind::Brigade(b) if !b.is_empty() => Some(b.remove(0)),
        _ => None,
    };
    Ok(next.map_or(Value::Null, |d| bucket_object(vm, d)))
}

fn put_bucket(vm: &mut Vm, args: &[Value], f: &str, append: bool) -> R {
    let r = brigade(vm, args, 0, f)?;
    let data = match get(args, 1) {
        Value::Object(o) => o.prop("data").to_php_string(vm)?.to_vec(),
        v => return Err(type_error(vm, f, 1, "object", &v)),
    };
    if let ResourceKind::Brigade(b) = &mut *r.kind.borrow_mut() {
        if append {
            b.push(data);
        } else {
            b.insert(0, data);
        }
    }
    Ok(Value::Null)
}

fn stream_bucket_append(vm: &mut Vm, args: &mut [Value]) -> R {
    put_bucket(vm, args, "stream_bucket_append", true)
}

fn stream_bucket_prepend(vm: &mut Vm, args: &mut [Value]) -> R {
    put_bucket(vm, args, "stream_bucket_prepend", false)
}

fn stream_bucket_new(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_bucket_new";
    arg_resource(vm, args, 0, F)?;
    let data = arg_str(vm, args, 1, F)?;
    Ok(bucket_object(vm, data.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        crate::builtins::testkit::Kit::new().vm
    }

    #[test]
    fn base64_encoder_holds_partial_groups_until_closing() {
        let mut vm = vm();
        let mut f = Filter {
            id: 1,
            kind: Kind::Base64Encode(Vec::new()),
        };
        assert_eq!(
            f.run(&mut vm, b"test".to_vec(), false),
            Ok(b"dGVz".to_vec())
        );
        assert_eq!(f.run(&mut vm, Vec::new(), true), Ok(b"dA==".to_vec()));
        let mut d = Filter {
            id: 2,
            kind: Kind::Base64Decode(Vec::new()),
        };
        assert_eq!(d.run(&mut vm, b"dGV".to_vec(), false), Ok(Vec::new()));
        assert_eq!(
            d.run(&mut vm, b"zdA==".to_vec(), true),
            Ok(b"test".to_vec())
        );
    }

    #[test]
    fn string_filters_and_wildcards() {
        assert_eq!(rot13(b'a'), b'n');
        assert_eq!(rot13(b'N'), b'A');
        assert_eq!(rot13(b'!'), b'!');
        let u = UserFilters {
            names: vec![(b"my.*".to_vec(), b"C".to_vec())],
        };
        assert_eq!(u.class_for(b"my.x"), Some(b"C".to_vec()));
        assert_eq!(u.class_for(b"my."), None);
        assert_eq!(u.class_for(b"other"), None);
    }
}
