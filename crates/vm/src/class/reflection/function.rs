//! `ReflectionFunctionAbstract`, `ReflectionFunction` and `ReflectionMethod`: user
//! functions, closures and methods (from their op_arrays), built-in functions and
//! native methods (from their specs).

use std::rc::Rc;

use miniphp_compiler::{attr_target, flags as fn_flags};

use super::attribute::get_attributes;
use super::class::{class_object, split_args};
use super::parameter::parameter_object;
use super::{
    arg_typed, doc_value, exception, init, list, literal_value, lossy, state, types, with_view,
    zend_method_modifiers, AttrSource, Reflected, Routine, R,
};
use crate::array::PhpArray;
use crate::callable::Callee;
use crate::class::{ClassEntry, Method, MethodCtx, NativeMethod};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Func, Unwind, Vm};

/// One parameter as reflection sees it.
pub(super) struct ParamInfo {
    pub name: String,
    pub by_ref: bool,
    pub variadic: bool,
    pub optional: bool,
    pub ty: Option<crate::class::TypeSpec>,
}

/// A ReflectionMethod for `m` looked up in `class`.
pub(super) fn method_object(class: &Rc<ClassEntry>, m: &Rc<Method>) -> Value {
    super::make(
        "ReflectionMethod",
        Reflected::Routine(Routine::Method {
            class: class.clone(),
            method: m.clone(),
        }),
        &[
            ("name", Value::from(&*m.name)),
            ("class", Value::from(&*m.scope_name)),
        ],
    )
}

/// A ReflectionFunction for a function or closure.
pub(super) fn function_object(vm: &Vm, r: Routine) -> Value {
    let name = routine_name(vm, &r);
    super::make(
        "ReflectionFunction",
        Reflected::Routine(r),
        &[("name", Value::from(name))],
    )
}

/// A ReflectionMethod or ReflectionFunction for a routine.
pub(super) fn routine_object(vm: &Vm, r: &Routine) -> Value {
    match r {
        Routine::Method { class, method } => method_object(class, method),
        Routine::Function { .. } => function_object(vm, r.clone()),
    }
}

/// The name as declared (`N\f`, `{closure}`, `m`).
pub(super) fn routine_name(vm: &Vm, r: &Routine) -> String {
    match r {
        Routine::Method { method, .. } => method.name.to_string(),
        Routine::Function { func, .. } => vm.func_name(*func),
    }
}

/// A user routine's op_array.
pub(super) fn user(r: &Routine) -> Option<(u32, u32)> {
    match r.func() {
        Func::User { script, op_array } => Some((script, op_array)),
        _ => None,
    }
}

/// The parameters of a routine.
pub(super) fn params(vm: &Vm, r: &Routine) -> Vec<ParamInfo> {
    match r.func() {
        Func::User { script, op_array } => with_view(vm, script, |v| {
            let oa = &v.op_arrays[op_array as usize];
            v.arg_infos[oa.arg_infos.indices()]
                .iter()
                .enumerate()
                .map(|(i, ai)| ParamInfo {
                    name: lossy(v.str(ai.name)),
                    by_ref: ai.by_ref,
                    variadic: ai.variadic,
                    optional: ai.variadic || i as u32 >= oa.required_num_args,
                    ty: crate::class::declare::type_spec(v, &ai.ty),
                })
                .collect()
        }),
        Func::Builtin(spec) => spec_params(spec.params, spec.required, spec.variadic, |i| {
            spec.arg_by_ref(i)
        }),
        Func::Native(m) => spec_params(m.params, m.required, m.variadic, |i| {
            m.by_ref.contains(&(i as u8))
        }),
    }
}

fn spec_params(
    names: &[&str],
    required: u8,
    variadic: bool,
    by_ref: impl Fn(usize) -> bool,
) -> Vec<ParamInfo> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| ParamInfo {
            name: n.to_string(),
            by_ref: by_ref(i),
            variadic: variadic && i + 1 == names.len(),
            optional: i >= required as usize,
            ty: None,
        })
        .collect()
}

fn routine(vm: &mut Vm, c: &MethodCtx) -> Result<Routine, Unwind> {
    match &*state(vm, c)? {
        Reflected::Routine(r) => Ok(r.clone()),
        _ => Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )),
    }
}

/// The op_array flags of a user routine (0 for built-ins).
fn oa_flags(vm: &Vm, r: &Routine) -> u32 {
    user(r).map_or(0, |(s, o)| {
        with_view(vm, s, |v| v.op_arrays[o as usize].flags)
    })
}

fn get_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(Value::from(routine_name(vm, &r)))
}

fn get_short_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let n = routine_name(vm, &r);
    Ok(Value::from(n.rsplit('\\').next().unwrap_or(&n)))
}

fn get_namespace_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let n = routine_name(vm, &r);
    Ok(Value::from(n.rsplit_once('\\').map_or("", |(ns, _)| ns)))
}

fn in_namespace(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(Value::from(routine_name(vm, &r).contains('\\')))
}

macro_rules! flag_test {
    ($($f:ident => |$vm:ident, $r:ident| $e:expr;)*) => {$(
        fn $f($vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
            let $r = routine($vm, c)?;
            Ok(Value::from($e))
        }
    )*};
}

flag_test! {
    is_closure => |vm, r| closure_of(&r).is_some() || oa_flags(vm, &r) & fn_flags::CLOSURE != 0;
    is_internal => |vm, r| user(&r).is_none();
    is_user_defined => |vm, r| user(&r).is_some();
    is_variadic => |vm, r| params(vm, &r).last().is_some_and(|p| p.variadic);
    returns_reference => |vm, r| oa_flags(vm, &r) & fn_flags::RETURN_REFERENCE != 0;
    is_generator => |vm, r| oa_flags(vm, &r) & fn_flags::GENERATOR != 0;
    is_static => |vm, r| match &r {
        Routine::Method { method, .. } => method.is_static(),
        Routine::Function { .. } => oa_flags(vm, &r) & fn_flags::STATIC != 0,
    };
    is_deprecated => |vm, r| { let _ = (vm, r); false };
    has_return_type => |vm, r| return_type(vm, &r).is_some();
    get_number_of_parameters => |vm, r| params(vm, &r).len() as i64;
    get_number_of_required_parameters => |vm, r|
        params(vm, &r).iter().filter(|p| !p.optional).count() as i64;
}

pub(super) fn return_type(vm: &Vm, r: &Routine) -> Option<crate::class::TypeSpec> {
    let (s, o) = user(r)?;
    with_view(vm, s, |v| {
        let oa = &v.op_arrays[o as usize];
        crate::class::declare::type_spec(v, &oa.return_type)
    })
}

fn get_return_type(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(types::type_value(return_type(vm, &r)))
}

fn get_parameters(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let ps = params(vm, &r);
    Ok(list(
        ps.iter()
            .enumerate()
            .map(|(i, p)| parameter_object(r.clone(), i, &p.name))
            .collect(),
    ))
}

fn get_doc_comment(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let Some((s, o)) = user(&r) else {
        return Ok(Value::False);
    };
    Ok(doc_value(vm, s, |v| {
        v.op_arrays[o as usize]
            .doc_comment
            .map(|d| v.str(d).to_vec())
    }))
}

fn get_file_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(match user(&r) {
        Some((s, _)) => Value::from(&*vm.scripts[s as usize].path),
        None => Value::False,
    })
}

fn line(vm: &mut Vm, c: &MethodCtx, end: bool) -> R {
    let r = routine(vm, c)?;
    Ok(match user(&r) {
        Some((s, o)) => Value::Long(with_view(vm, s, |v| {
            let oa = &v.op_arrays[o as usize];
            if end {
                oa.line_end
            } else {
                oa.line_start
            }
        }) as i64),
        None => Value::False,
    })
}

fn get_start_line(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    line(vm, c, false)
}

fn get_end_line(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    line(vm, c, true)
}

fn closure_of(r: &Routine) -> Option<Rc<PhpObject>> {
    match r {
        Routine::Function { closure, .. } => closure.clone(),
        Routine::Method { .. } => None,
    }
}

fn get_static_variables(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let Some((s, o)) = user(&r) else {
        return Ok(Value::from(PhpArray::new()));
    };
    let vars: Vec<(Vec<u8>, u32)> = with_view(vm, s, |v| {
        let oa = &v.op_arrays[o as usize];
        v.var_names[oa.static_vars.indices()]
            .iter()
            .zip(oa.static_defaults.indices())
            .map(|(n, lit)| (v.str(*n).to_vec(), lit as u32))
            .collect()
    });
    let closure = closure_of(&r).and_then(|o| crate::closure::data(&o));
    let scope = r.scope();
    let mut out = PhpArray::new();
    for (name, lit) in vars {
        let key = ArrayKey::from_bytes(&name);
        let current = match &closure {
            Some(d) => d.bound.get(&key).or(d.statics.get(&key)).map(Value::deref),
            None => vm
                .statics
                .get(&(s, o, name.clone()))
                .map(|r| r.borrow().deref()),
        };
        let v = match current {
            Some(v) => v,
            None => literal_value(vm, s, lit, scope.as_ref())?,
        };
        out.insert(key, v);
    }
    Ok(Value::from(out))
}

fn get_attributes_m(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let src = user(&r).map(|(script, o)| AttrSource {
        script,
        range: with_view(vm, script, |v| v.op_arrays[o as usize].attributes),
    });
    // A closure made from a method (`fromCallable`) has the method's attributes.
    let is_method = user(&r).is_some_and(|(s, o)| {
        with_view(vm, s, |v| {
            let oa = &v.op_arrays[o as usize];
            oa.class.is_some() && oa.flags & fn_flags::CLOSURE == 0
        })
    });
    let target = if is_method {
        attr_target::METHOD
    } else {
        attr_target::FUNCTION
    };
    let method = "ReflectionFunctionAbstract::getAttributes";
    get_attributes(vm, src, target, r.scope(), a, method)
}

fn get_closure_this(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(closure_of(&r)
        .and_then(|o| crate::closure::data(&o))
        .and_then(|d| d.this)
        .map_or(Value::Null, Value::Object))
}

fn get_closure_scope_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(closure_of(&r)
        .and_then(|o| crate::closure::data(&o))
        .and_then(|d| d.scope)
        .map_or(Value::Null, |k| class_object(&k)))
}

fn get_closure_called_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(closure_of(&r)
        .and_then(|o| crate::closure::data(&o))
        .and_then(|d| d.called_scope.or(d.scope))
        .map_or(Value::Null, |k| class_object(&k)))
}

fn get_closure_used_variables(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let bound = closure_of(&r)
        .and_then(|o| crate::closure::data(&o))
        .map(|d| d.bound)
        .unwrap_or_default();
    let mut out = PhpArray::new();
    for (k, v) in bound.iter() {
        // By-reference `use` variables stay references.
        out.insert(k.clone(), v.clone());
    }
    Ok(Value::from(out))
}

fn no_tentative(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::False)
}

fn null(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(Value::from(super::dump::routine(vm, &r, "")?))
}

pub(super) const ABSTRACT_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__toString", to_string, &[], 0),
    NativeMethod::new("getName", get_name, &[], 0),
    NativeMethod::new("getShortName", get_short_name, &[], 0),
    NativeMethod::new("getNamespaceName", get_namespace_name, &[], 0),
    NativeMethod::new("inNamespace", in_namespace, &[], 0),
    NativeMethod::new("isClosure", is_closure, &[], 0),
    NativeMethod::new("isInternal", is_internal, &[], 0),
    NativeMethod::new("isUserDefined", is_user_defined, &[], 0),
    NativeMethod::new("isVariadic", is_variadic, &[], 0),
    NativeMethod::new("returnsReference", returns_reference, &[], 0),
    NativeMethod::new("isGenerator", is_generator, &[], 0),
    NativeMethod::new("isStatic", is_static, &[], 0),
    NativeMethod::new("isDeprecated", is_deprecated, &[], 0),
    NativeMethod::new("hasReturnType", has_return_type, &[], 0),
    NativeMethod::new("getReturnType", get_return_type, &[], 0),
    NativeMethod::new("hasTentativeReturnType", no_tentative, &[], 0),
    NativeMethod::new("getTentativeReturnType", null, &[], 0),
    NativeMethod::new("getNumberOfParameters", get_number_of_parameters, &[], 0),
    NativeMethod::new(
        "getNumberOfRequiredParameters",
        get_number_of_required_parameters,
        &[],
        0,
    ),
    NativeMethod::new("getParameters", get_parameters, &[], 0),
    NativeMethod::new("getDocComment", get_doc_comment, &[], 0),
    NativeMethod::new("getFileName", get_file_name, &[], 0),
    NativeMethod::new("getStartLine", get_start_line, &[], 0),
    NativeMethod::new("getEndLine", get_end_line, &[], 0),
    NativeMethod::new("getStaticVariables", get_static_variables, &[], 0),
    NativeMethod::new("getAttributes", get_attributes_m, &["name", "flags"], 0),
    NativeMethod::new("getClosureThis", get_closure_this, &[], 0),
    NativeMethod::new("getClosureScopeClass", get_closure_scope_class, &[], 0),
    NativeMethod::new("getClosureCalledClass", get_closure_called_class, &[], 0),
    NativeMethod::new(
        "getClosureUsedVariables",
        get_closure_used_variables,
        &[],
        0,
    ),
    NativeMethod::new("getExtension", get_extension, &[], 0),
    NativeMethod::new("getExtensionName", get_extension_name, &[], 0),
];

/// The extension of a built-in function or of a built-in class's method.
fn extension_of(vm: &mut Vm, c: &MethodCtx) -> Result<Option<&'static str>, Unwind> {
    Ok(match routine(vm, c)? {
        Routine::Function {
            func: Func::Builtin(spec),
            ..
        } => Some(super::extension::function_extension(spec.name)),
        Routine::Method { method, .. } => method
            .scope()
            .filter(|k| k.flags & crate::class::NATIVE != 0)
            .map(|k| super::extension::class_extension(&k)),
        _ => None,
    })
}

fn get_extension(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(extension_of(vm, c)?.map_or(Value::Null, super::extension::extension_object))
}

fn get_extension_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(extension_of(vm, c)?.map_or(Value::False, Value::from))
}

// ReflectionFunction

fn function_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let r = match a.first().map(Value::deref) {
        Some(Value::Object(o)) if crate::closure::closure_func(&o).is_some() => {
            let func = crate::closure::closure_func(&o).expect("checked");
            Routine::Function {
                func,
                closure: Some(o.clone()),
            }
        }
        _ => {
            let name = arg_typed(vm, a, 0, "Closure|string")?;
            let bare = name.strip_prefix('\\').unwrap_or(&name);
            match vm.lookup_function(bare.as_bytes()) {
                Some(func) => Routine::Function {
                    func,
                    closure: None,
                },
                None => {
                    return Err(exception(vm, format!("Function {bare}() does not exist")));
                }
            }
        }
    };
    if let Some(me) = &c.this {
        let name = routine_name(vm, &r);
        init(me, Reflected::Routine(r), &[("name", Value::from(name))]);
    }
    Ok(Value::Null)
}

/// An `array $args` argument: a TypeError for anything else.
pub(super) fn array_arg(vm: &mut Vm, a: &[Value], i: usize) -> Result<(), Unwind> {
    match a.get(i).map(Value::deref) {
        None | Some(Value::Array(_)) => Ok(()),
        Some(v) => {
            let method = super::param_label(vm, i).0;
            Err(vm.throw_error(
                "TypeError",
                format!(
                    "{method}(): Argument #{} ($args) must be of type array, {} given",
                    i + 1,
                    v.debug_type_name()
                ),
            ))
        }
    }
}

/// The named arguments a variadic native method received.
fn take_named(vm: &mut Vm) -> Vec<(Rc<Vec<u8>>, Value)> {
    std::mem::take(&mut vm.named_extra)
}

fn function_callee(r: &Routine) -> Callee {
    match closure_of(r).and_then(|o| crate::closure::callee(&o)) {
        Some(callee) => callee,
        None => Callee::function(r.func()),
    }
}

fn function_invoke(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    let named = take_named(vm);
    vm.call_callee(function_callee(&r), a.to_vec(), named)
}

fn function_invoke_args(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    array_arg(vm, a, 0)?;
    let (args, named) = split_args(a.first());
    vm.call_callee(function_callee(&r), args, named)
}

fn function_get_closure(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    if let Some(o) = closure_of(&r) {
        return Ok(Value::Object(o));
    }
    Ok(Value::Object(vm.closure_from_callee(function_callee(&r))))
}

fn is_disabled(vm: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    vm.deprecated("Method ReflectionFunction::isDisabled() is deprecated");
    Ok(Value::False)
}

fn is_anonymous(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let r = routine(vm, c)?;
    Ok(Value::from(oa_flags(vm, &r) & fn_flags::CLOSURE != 0))
}

pub(super) const FUNCTION_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__construct", function_construct, &["function"], 1),
    NativeMethod {
        variadic: true,
        ..NativeMethod::new("invoke", function_invoke, &["args"], 0)
    },
    NativeMethod::new("invokeArgs", function_invoke_args, &["args"], 0),
    NativeMethod::new("getClosure", function_get_closure, &[], 0),
    NativeMethod::new("isDisabled", is_disabled, &[], 0),
    NativeMethod::new("isAnonymous", is_anonymous, &[], 0),
];

// ReflectionMethod

fn method_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (target, name) = match a.get(1).map(Value::deref) {
        Some(v) if !matches!(v, Value::Null) => (a[0].deref(), arg_typed(vm, a, 1, "?string")?),
        _ => {
            let s = arg_typed(vm, a, 0, "object|string")?;
            match s.split_once("::") {
                Some((cls, m)) => (Value::from(cls), m.to_string()),
                None => {
                    return Err(vm.throw_error(
                        "ReflectionException",
                        "ReflectionMethod::__construct(): Argument #1 ($objectOrMethod) must be a valid method name".into(),
                    ))
                }
            }
        }
    };
    let class = match target {
        Value::Object(o) => o.class.clone(),
        other => {
            let n = arg_typed(vm, &[other], 0, "object|string")?;
            match vm.lookup_class(n.as_bytes())? {
                Some(k) => k,
                None => {
                    let shown = n.strip_prefix('\\').unwrap_or(&n);
                    return Err(exception(vm, format!("Class \"{shown}\" does not exist")));
                }
            }
        }
    };
    let Some(m) = class
        .find_method(name.to_ascii_lowercase().as_bytes())
        .cloned()
    else {
        return Err(exception(
            vm,
            format!("Method {}::{name}() does not exist", class.name),
        ));
    };
    if let Some(me) = &c.this {
        init(
            me,
            Reflected::Routine(Routine::Method {
                class: class.clone(),
                method: m.clone(),
            }),
            &[
                ("name", Value::from(&*m.name)),
                ("class", Value::from(&*m.scope_name)),
            ],
        );
    }
    Ok(Value::Null)
}

fn method_parts(vm: &mut Vm, c: &MethodCtx) -> Result<(Rc<ClassEntry>, Rc<Method>), Unwind> {
    match routine(vm, c)? {
        Routine::Method { class, method } => Ok((class, method)),
        Routine::Function { .. } => Err(vm.throw_error(
            "Error",
            "Internal error: Failed to retrieve the reflection object".into(),
        )),
    }
}

/// The callee for invoking a method on `obj` (ignored for a static method), with
/// PHP's ReflectionException when that is not possible.
fn method_callee(
    vm: &mut Vm,
    class: &Rc<ClassEntry>,
    m: &Rc<Method>,
    obj: Option<&Value>,
) -> Result<Callee, Unwind> {
    let decl = m.scope().unwrap_or_else(|| class.clone());
    if m.is_abstract() {
        return Err(exception(
            vm,
            format!(
                "Trying to invoke abstract method {}::{}()",
                decl.name, m.name
            ),
        ));
    }
    if let Some(v) = obj
        .map(Value::deref)
        .filter(|v| !matches!(v, Value::Null | Value::Object(_)))
    {
        let method = super::param_label(vm, 0).0;
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "{method}(): Argument #1 ($object) must be of type ?object, {} given",
                v.debug_type_name()
            ),
        ));
    }
    if m.is_static() {
        return Ok(Callee::method(m, None, class.clone()));
    }
    match obj.map(Value::deref) {
        Some(Value::Object(o)) => {
            if !o.class.is_subclass_of(&decl) {
                return Err(exception(
                    vm,
                    "Given object is not an instance of the class this method was declared in"
                        .into(),
                ));
            }
            let called = o.class.clone();
            Ok(Callee::method(m, Some(o), called))
        }
        _ => Err(exception(
            vm,
            format!(
                "Trying to invoke non static method {}::{}() without an object",
                decl.name, m.name
            ),
        )),
    }
}

fn method_invoke(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (class, m) = method_parts(vm, c)?;
    let named = take_named(vm);
    let callee = method_callee(vm, &class, &m, a.first())?;
    let args = a.iter().skip(1).cloned().collect();
    vm.call_callee(callee, args, named)
}

fn method_invoke_args(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (class, m) = method_parts(vm, c)?;
    array_arg(vm, a, 1)?;
    let callee = method_callee(vm, &class, &m, a.first())?;
    let (args, named) = split_args(a.get(1));
    vm.call_callee(callee, args, named)
}

fn method_get_closure(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let (class, m) = method_parts(vm, c)?;
    let callee = method_callee(vm, &class, &m, a.first())?;
    Ok(Value::Object(vm.closure_from_callee(callee)))
}

macro_rules! method_test {
    ($($f:ident => |$m:ident| $e:expr;)*) => {$(
        fn $f(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
            let (_, $m) = method_parts(vm, c)?;
            Ok(Value::from($e))
        }
    )*};
}

method_test! {
    is_public => |m| m.is_public();
    is_private => |m| m.is_private();
    is_protected => |m| m.is_protected();
    is_abstract => |m| m.is_abstract();
    is_final => |m| m.is_final();
    is_constructor => |m| m.name.eq_ignore_ascii_case("__construct");
    is_destructor => |m| m.name.eq_ignore_ascii_case("__destruct");
    get_modifiers => |m| zend_method_modifiers(m.flags);
}

fn get_declaring_class(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (class, m) = method_parts(vm, c)?;
    Ok(class_object(&m.scope().unwrap_or(class)))
}

fn get_prototype(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (class, m) = method_parts(vm, c)?;
    let decl = m.scope().unwrap_or_else(|| class.clone());
    let lc = m.name.to_ascii_lowercase();
    let found = decl
        .parent
        .iter()
        .chain(decl.interfaces.iter())
        .find_map(|p| {
            p.find_method(lc.as_bytes())
                .filter(|pm| !pm.is_private())
                .cloned()
        });
    match found {
        Some(pm) => {
            let owner = pm.scope().unwrap_or_else(|| class.clone());
            Ok(method_object(&owner, &pm))
        }
        None => Err(exception(
            vm,
            format!("Method {}::{} does not have a prototype", decl.name, m.name),
        )),
    }
}

pub(super) const METHOD_METHODS: &[NativeMethod] = &[
    NativeMethod::new(
        "__construct",
        method_construct,
        &["objectOrMethod", "method"],
        1,
    ),
    NativeMethod {
        variadic: true,
        ..NativeMethod::new("invoke", method_invoke, &["object", "args"], 1)
    },
    NativeMethod::new("invokeArgs", method_invoke_args, &["object", "args"], 1),
    NativeMethod::new("getClosure", method_get_closure, &["object"], 0),
    NativeMethod::new("isPublic", is_public, &[], 0),
    NativeMethod::new("isPrivate", is_private, &[], 0),
    NativeMethod::new("isProtected", is_protected, &[], 0),
    NativeMethod::new("isAbstract", is_abstract, &[], 0),
    NativeMethod::new("isFinal", is_final, &[], 0),
    NativeMethod::new("isConstructor", is_constructor, &[], 0),
    NativeMethod::new("isDestructor", is_destructor, &[], 0),
    NativeMethod::new("getModifiers", get_modifiers, &[], 0),
    NativeMethod::new("getDeclaringClass", get_declaring_class, &[], 0),
    NativeMethod::new("getPrototype", get_prototype, &[], 0),
    NativeMethod::new("setAccessible", null, &["accessible"], 1),
];
