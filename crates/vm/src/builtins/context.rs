//! Stream contexts (`stream_context_create` & co): per-wrapper options and the
//! notification parameter. Nothing here fetches over the network; the options are
//! kept for scripts and for user wrappers' `$context`.

use crate::array::PhpArray;
use crate::resource::ResourceKind;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_array, func, get, type_error, value_error};
use super::streams::arg_resource;
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "stream_context_create",
        stream_context_create,
        &["options", "params"],
        0,
    ),
    func(
        "stream_context_get_options",
        stream_context_get_options,
        &["stream_or_context"],
        1,
    ),
    func(
        "stream_context_set_option",
        stream_context_set_option,
        &["context", "wrapper_or_options", "option_name", "value"],
        2,
    ),
    func(
        "stream_context_get_params",
        stream_context_get_params,
        &["context"],
        1,
    ),
    func(
        "stream_context_set_params",
        stream_context_set_params,
        &["context", "params"],
        2,
    ),
    func(
        "stream_context_get_default",
        stream_context_get_default,
        &["options"],
        0,
    ),
    func(
        "stream_context_set_default",
        stream_context_set_default,
        &["options"],
        1,
    ),
];

/// What a context holds.
#[derive(Default)]
pub struct Context {
    /// wrapper name → (option name → value).
    pub options: PhpArray,
    /// `params['notification']`, kept as given.
    pub notification: Option<Value>,
}

impl Vm {
    /// `FG(default_context)`, made on first use.
    pub(crate) fn default_context(&mut self) -> Value {
        if let Some(c) = &self.stream_wrappers.default_context {
            return c.clone();
        }
        let c = Value::Resource(self.new_resource(ResourceKind::Context(Box::default())));
        self.stream_wrappers.default_context = Some(c.clone());
        c
    }
}

/// Run `op` on the context behind argument `i`; for a stream, its options are none.
fn with_context<T>(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    f: &str,
    op: impl FnOnce(&mut Context) -> T,
) -> Result<Option<T>, Unwind> {
    let r = arg_resource(vm, args, i, f)?;
    let mut kind = r.kind.borrow_mut();
    match &mut *kind {
        ResourceKind::Context(c) => Ok(Some(op(c))),
        ResourceKind::Stream(_) => Ok(None),
        _ => {
            drop(kind);
            Err(vm.throw_error(
                "TypeError",
                format!("{f}(): Argument #1 ($stream_or_context) must be a valid stream/context"),
            ))
        }
    }
}

/// Merge `options` (`[wrapper => [name => value]]`) in; `Err` for another shape.
fn merge_options(into: &mut PhpArray, options: &PhpArray) -> Result<(), ()> {
    for (wrapper, opts) in options.iter() {
        let Value::Array(opts) = opts.deref() else {
            return Err(());
        };
        for (name, v) in opts.iter() {
            set_option(into, wrapper.clone(), name.clone(), v.deref());
        }
    }
    Ok(())
}

fn set_option(into: &mut PhpArray, wrapper: ArrayKey, name: ArrayKey, v: Value) {
    let mut inner = match into.get(&wrapper) {
        Some(Value::Array(a)) => (**a).clone(),
        _ => PhpArray::new(),
    };
    inner.insert(name, v);
    into.insert(wrapper, Value::from(inner));
}

const SHAPE: &str = "Options should have the form [\"wrappername\"][\"optionname\"] = $value";

/// `params`: `notification` is kept, `options` merged into the options.
fn apply_params(vm: &mut Vm, c: &mut Context, params: &PhpArray) -> Result<(), Unwind> {
    if let Some(n) = params.get(&ArrayKey::from_bytes(b"notification")) {
        c.notification = Some(n.deref());
    }
    if let Some(Value::Array(o)) = params
        .get(&ArrayKey::from_bytes(b"options"))
        .map(Value::deref)
    {
        if merge_options(&mut c.options, &o).is_err() {
            return Err(vm.throw_error("ValueError", SHAPE.into()));
        }
    }
    Ok(())
}

fn stream_context_create(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_context_create";
    let mut c = Context::default();
    if let Value::Array(o) = get(args, 0) {
        if merge_options(&mut c.options, &o).is_err() {
            return Err(vm.throw_error("ValueError", SHAPE.into()));
        }
    } else if !matches!(get(args, 0), Value::Null) {
        return Err(type_error(vm, F, 0, "?array", &get(args, 0)));
    }
    if let Value::Array(p) = get(args, 1) {
        apply_params(vm, &mut c, &p)?;
    }
    Ok(Value::Resource(
        vm.new_resource(ResourceKind::Context(Box::new(c))),
    ))
}

fn stream_context_get_options(vm: &mut Vm, args: &mut [Value]) -> R {
    let got = with_context(vm, args, 0, "stream_context_get_options", |c| {
        c.options.clone()
    })?;
    Ok(Value::from(got.unwrap_or_default()))
}

fn stream_context_set_option(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_context_set_option";
    match get(args, 1) {
        Value::Array(o) => {
            if !matches!(get(args, 2), Value::Null) {
                return Err(value_error(
                    vm,
                    F,
                    2,
                    "must be null when argument #2 ($wrapper_or_options) is an array",
                ));
            }
            if super::args::has(args, 3) {
                return Err(value_error(
                    vm,
                    F,
                    3,
                    "cannot be provided when argument #2 ($wrapper_or_options) is an array",
                ));
            }
            let merged = with_context(vm, args, 0, F, |c| merge_options(&mut c.options, &o))?;
            if merged == Some(Err(())) {
                return Err(vm.throw_error("ValueError", SHAPE.into()));
            }
        }
        _ => {
            let wrapper = super::args::arg_str(vm, args, 1, F)?;
            if matches!(get(args, 2), Value::Null) {
                return Err(value_error(
                    vm,
                    F,
                    2,
                    "cannot be null when argument #2 ($wrapper_or_options) is a string",
                ));
            }
            let name = super::args::arg_str(vm, args, 2, F)?;
            let v = get(args, 3);
            with_context(vm, args, 0, F, |c| {
                set_option(
                    &mut c.options,
                    ArrayKey::from_bytes(&wrapper),
                    ArrayKey::from_bytes(&name),
                    v,
                )
            })?;
        }
    }
    Ok(Value::True)
}

fn stream_context_get_params(vm: &mut Vm, args: &mut [Value]) -> R {
    let got = with_context(vm, args, 0, "stream_context_get_params", |c| {
        let mut a = PhpArray::new();
        if let Some(n) = &c.notification {
            a.insert(ArrayKey::from_bytes(b"notification"), n.clone());
        }
        a.insert(
            ArrayKey::from_bytes(b"options"),
            Value::from(c.options.clone()),
        );
        a
    })?;
    Ok(Value::from(got.unwrap_or_default()))
}

fn stream_context_set_params(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_context_set_params";
    let params = arg_array(vm, args, 1, F)?;
    let r = arg_resource(vm, args, 0, F)?;
    let mut kind = std::mem::replace(&mut *r.kind.borrow_mut(), ResourceKind::Closed);
    let done = match &mut kind {
        ResourceKind::Context(c) => apply_params(vm, c, &params).map(|()| true),
        _ => Ok(false),
    };
    *r.kind.borrow_mut() = kind;
    done?;
    Ok(Value::True)
}

fn stream_context_get_default(vm: &mut Vm, args: &mut [Value]) -> R {
    let d = vm.default_context();
    if let Value::Array(o) = get(args, 0) {
        set_default_options(vm, &d, &o)?;
    }
    Ok(d)
}

fn stream_context_set_default(vm: &mut Vm, args: &mut [Value]) -> R {
    let o = arg_array(vm, args, 0, "stream_context_set_default")?;
    let d = vm.default_context();
    set_default_options(vm, &d, &o)?;
    Ok(d)
}

fn set_default_options(vm: &mut Vm, d: &Value, o: &PhpArray) -> Result<(), Unwind> {
    let Value::Resource(r) = d else {
        return Ok(());
    };
    let bad = match &mut *r.kind.borrow_mut() {
        ResourceKind::Context(c) => merge_options(&mut c.options, o).is_err(),
        _ => false,
    };
    if bad {
        return Err(vm.throw_error("ValueError", SHAPE.into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_merge_per_wrapper() {
        let mut into = PhpArray::new();
        let mut http = PhpArray::new();
        http.insert(ArrayKey::from_bytes(b"method"), Value::from("POST"));
        let mut o = PhpArray::new();
        o.insert(ArrayKey::from_bytes(b"http"), Value::from(http));
        assert!(merge_options(&mut into, &o).is_ok());
        set_option(
            &mut into,
            ArrayKey::from_bytes(b"http"),
            ArrayKey::from_bytes(b"timeout"),
            Value::Long(5),
        );
        let Some(Value::Array(h)) = into.get(&ArrayKey::from_bytes(b"http")) else {
            panic!("http options kept");
        };
        assert_eq!(h.len(), 2);
        let mut bad = PhpArray::new();
        bad.insert(ArrayKey::from_bytes(b"http"), Value::Long(1));
        assert!(merge_options(&mut into, &bad).is_err());
    }
}
