//! The `__toString()` of reflection objects: PHP's text dumps of parameters,
//! functions and methods, properties, class constants and (in short) classes.

use std::fmt::Write;
use std::rc::Rc;

use miniphp_compiler::{flags as fn_flags, member as mflags};

use super::function::{params, routine_name, user, ParamInfo};
use super::parameter::default_literal;
use super::{with_view, PropRef, Routine};
use crate::class::{ClassConstant, ClassEntry, TypeSpec};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

/// A default value as reflection prints it (`NULL`, `'x'`, `[1, 'a' => 2]`).
pub(super) fn format_value(v: &Value) -> String {
    match v.deref() {
        Value::Null | Value::Undef => "NULL".into(),
        Value::False => "false".into(),
        Value::True => "true".into(),
        Value::Long(n) => n.to_string(),
        // A whole float keeps its `.0` (smart_str_append_double's zero_frac).
        Value::Double(d) => {
            let s = format!("{d}");
            if d.is_finite() && !s.contains(['.', 'e']) {
                s + ".0"
            } else {
                s
            }
        }
        Value::String(s) => format!("'{}'", String::from_utf8_lossy(&s)),
        Value::Array(a) => {
            let list = a.is_list();
            let items: Vec<String> = a
                .iter()
                .map(|(k, v)| {
                    let v = format_value(v);
                    match (list, k) {
                        (true, _) => v,
                        (false, ArrayKey::Int(i)) => format!("{i} => {v}"),
                        (false, ArrayKey::Str(s)) => {
                            format!("'{}' => {v}", String::from_utf8_lossy(&s))
                        }
                    }
                })
                .collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(o) if o.class.is_enum() => {
            let case = o.prop("name").to_string_lossy(14);
            format!("{}::{}", o.class.name, String::from_utf8_lossy(&case))
        }
        Value::Object(o) => format!("new \\{}()", o.class.name),
        other => other.type_name().to_string(),
    }
}

fn type_text(t: &Option<TypeSpec>) -> String {
    t.as_ref()
        .map_or(String::new(), |t| format!("{} ", super::types::spelled(t)))
}

/// `Parameter #0 [ <required> int $a ]`.
pub(super) fn parameter(
    vm: &mut Vm,
    r: &Routine,
    i: usize,
    p: &ParamInfo,
) -> Result<String, Unwind> {
    let mut s = format!(
        "Parameter #{i} [ <{}> {}",
        if p.optional { "optional" } else { "required" },
        type_text(&p.ty)
    );
    if p.by_ref {
        s.push('&');
    }
    if p.variadic {
        s.push_str("...");
    }
    write!(s, "${}", p.name).ok();
    if let Some((script, lit)) = default_literal(vm, r, i) {
        let shown = super::literal_text(vm, script, lit, r.scope().as_ref())?;
        write!(s, " = {shown}").ok();
    }
    s.push_str(" ]");
    Ok(s)
}

/// A function, closure or method, indented by `indent`.
pub(super) fn routine(vm: &mut Vm, r: &Routine, indent: &str) -> Result<String, Unwind> {
    let mut s = String::new();
    let user = user(r);
    let flags = user.map_or(0, |(sc, o)| {
        with_view(vm, sc, |v| v.op_arrays[o as usize].flags)
    });
    if let Some((sc, o)) = user {
        if let Some(doc) = with_view(vm, sc, |v| {
            v.op_arrays[o as usize]
                .doc_comment
                .map(|d| String::from_utf8_lossy(v.str(d)).into_owned())
        }) {
            writeln!(s, "{indent}{doc}").ok();
        }
    }
    let closure = flags & fn_flags::CLOSURE != 0;
    let kind = match r {
        Routine::Method { .. } => "Method",
        Routine::Function { .. } if closure => "Closure",
        Routine::Function { .. } => "Function",
    };
    let mut origin = if user.is_some() {
        "user".to_string()
    } else {
        let ext = match r {
            Routine::Function {
                func: crate::vm::Func::Builtin(spec),
                ..
            } => super::extension::function_extension(spec.name),
            Routine::Method { method, .. } => method
                .scope()
                .map_or("Core", |k| super::extension::class_extension(&k)),
            Routine::Function { .. } => "Core",
        };
        format!("internal:{ext}")
    };
    let mut mods = String::new();
    if let Routine::Method { class, method } = r {
        let scope = method.scope();
        match &scope {
            Some(sc) if !Rc::ptr_eq(sc, class) => {
                write!(origin, ", inherits {}", sc.name).unwrap_or(())
            }
            Some(sc) => {
                let lc = method.name.to_ascii_lowercase();
                if let Some(o) = sc
                    .parent
                    .as_ref()
                    .and_then(|p| p.find_method(lc.as_bytes()))
                    .filter(|o| !o.is_private())
                {
                    write!(origin, ", overwrites {}", o.scope_name).ok();
                }
            }
            None => {}
        }
        if method.name.eq_ignore_ascii_case("__construct") {
            origin.push_str(", ctor");
        } else if let Some(proto) = prototype(method) {
            write!(origin, ", prototype {proto}").ok();
        }
        for (on, word) in [
            (method.is_abstract(), "abstract "),
            (method.is_final(), "final "),
            (method.is_static(), "static "),
        ] {
            if on {
                mods.push_str(word);
            }
        }
        mods.push_str(if method.is_private() {
            "private "
        } else if method.is_protected() {
            "protected "
        } else {
            "public "
        });
        mods.push_str("method ");
    } else {
        mods.push_str("function ");
    }
    if flags & fn_flags::RETURN_REFERENCE != 0 {
        mods.push('&');
    }
    let name = routine_name(vm, r);
    writeln!(s, "{indent}{kind} [ <{origin}> {mods}{name} ] {{").ok();
    if let Some((sc, o)) = user {
        let (start, end) = with_view(vm, sc, |v| {
            let oa = &v.op_arrays[o as usize];
            (oa.line_start, oa.line_end)
        });
        let path = vm.scripts[sc as usize].path.clone();
        writeln!(s, "{indent}  @@ {path} {start} - {end}").ok();
    }
    if let Routine::Function {
        closure: Some(c), ..
    } = r
    {
        let bound = crate::closure::data(c).map(|d| d.bound).unwrap_or_default();
        if !bound.is_empty() {
            writeln!(s, "\n{indent}  - Bound Variables [{}] {{", bound.len()).ok();
            for (i, (k, _)) in bound.iter().enumerate() {
                let k = k.to_value().to_string_lossy(14);
                writeln!(
                    s,
                    "{indent}      Variable #{i} [ ${} ]",
                    String::from_utf8_lossy(&k)
                )
                .ok();
            }
            writeln!(s, "{indent}  }}").ok();
        }
    }
    let ps = params(vm, r);
    let ret = super::function::return_type(vm, r);
    // PHP lists parameters whenever the function has argument info: built-ins, and
    // user functions with parameters or a return type.
    if !ps.is_empty() || user.is_none() || ret.is_some() {
        writeln!(s, "\n{indent}  - Parameters [{}] {{", ps.len()).ok();
        for (i, p) in ps.iter().enumerate() {
            let line = parameter(vm, r, i, p)?;
            writeln!(s, "{indent}    {line}").ok();
        }
        writeln!(s, "{indent}  }}").ok();
    }
    if let Some(t) = ret {
        writeln!(s, "{indent}  - Return [ {} ]", super::types::spelled(&t)).ok();
    }
    writeln!(s, "{indent}}}").ok();
    Ok(s)
}

/// The class whose method a method implements or overrides (Zend's prototype).
fn prototype(m: &crate::class::Method) -> Option<Rc<str>> {
    let scope = m.scope()?;
    let lc = m.name.to_ascii_lowercase();
    scope
        .parent
        .iter()
        .chain(scope.interfaces.iter())
        .find_map(|p| p.find_method(lc.as_bytes()).filter(|pm| !pm.is_private()))
        .map(|pm| pm.scope_name.clone())
}

/// `Property [ public int $p = 3 ]`.
pub(super) fn property(vm: &mut Vm, p: &PropRef) -> Result<String, Unwind> {
    let Some(info) = &p.info else {
        return Ok(format!("Property [ <dynamic> public ${} ]\n", p.name));
    };
    let mut s = String::from("Property [ ");
    s.push_str(if info.is_private() {
        "private "
    } else if info.is_protected() {
        "protected "
    } else {
        "public "
    });
    if info.is_static() {
        s.push_str("static ");
    }
    if info.is_readonly() {
        s.push_str("readonly ");
    }
    s.push_str(&type_text(&info.ty));
    write!(s, "${}", p.name).ok();
    if let Some(v) = super::member::prop_default(vm, &p.class, info)? {
        write!(s, " = {}", format_value(&v)).ok();
    }
    s.push_str(" ]\n");
    Ok(s)
}

/// `Constant [ public int X ] { 1 }`.
pub(super) fn constant(
    vm: &mut Vm,
    class: &Rc<ClassEntry>,
    k: &Rc<ClassConstant>,
) -> Result<String, Unwind> {
    let declaring = k.class.upgrade().unwrap_or_else(|| class.clone());
    let v = vm.reflected_constant(&declaring, &k.name)?;
    let vis = if k.flags & mflags::PRIVATE != 0 {
        "private"
    } else if k.flags & mflags::PROTECTED != 0 {
        "protected"
    } else {
        "public"
    };
    let fin = if k.flags & mflags::FINAL != 0 {
        "final "
    } else {
        ""
    };
    let (ty, shown) = match &v {
        Value::Array(_) => ("array".to_string(), "Array".to_string()),
        Value::Object(o) => (o.class.name.to_string(), "Object".to_string()),
        Value::Null => ("null".to_string(), String::new()),
        Value::False => ("bool".to_string(), String::new()),
        Value::True => ("bool".to_string(), "1".to_string()),
        other => (
            other.type_name().to_string(),
            String::from_utf8_lossy(&other.to_string_lossy(vm.precision)).into_owned(),
        ),
    };
    Ok(format!(
        "Constant [ {fin}{vis} {ty} {} ] {{ {shown} }}\n",
        k.name
    ))
}

/// A class (`Object of class` with `object`'s dynamic properties): its header,
/// then constants, static properties, static methods, properties and methods.
pub(super) fn class(
    vm: &mut Vm,
    k: &Rc<ClassEntry>,
    object: Option<&crate::object::PhpObject>,
) -> Result<String, Unwind> {
    let mut s = String::new();
    if let Some((script, idx)) = k.decl {
        if let Some(doc) = with_view(vm, script, |v| {
            v.classes[idx as usize]
                .doc_comment
                .map(|d| String::from_utf8_lossy(v.str(d)).into_owned())
        }) {
            writeln!(s, "{doc}").ok();
        }
    }
    let head = if object.is_some() {
        "Object of class"
    } else if k.is_interface() {
        "Interface"
    } else if k.is_trait() {
        "Trait"
    } else {
        "Class"
    };
    let origin = if k.decl.is_some() {
        "<user>".to_string()
    } else {
        format!("<internal:{}>", super::extension::class_extension(k))
    };
    let kind = if k.is_interface() {
        "interface".to_string()
    } else if k.is_trait() {
        "trait".to_string()
    } else {
        let mut m = String::new();
        if k.is_abstract() {
            m.push_str("abstract ");
        }
        if k.is_final() {
            m.push_str("final ");
        }
        m + "class"
    };
    write!(s, "{head} [ {origin} {kind} {}", k.name).ok();
    if let Some(p) = &k.parent {
        write!(s, " extends {}", p.name).ok();
    }
    if !k.interfaces.is_empty() {
        let names: Vec<&str> = k.interfaces.iter().map(|i| &*i.name).collect();
        let word = if k.is_interface() {
            "extends"
        } else {
            "implements"
        };
        write!(s, " {word} {}", names.join(", ")).ok();
    }
    s.push_str(" ] {\n");
    if let Some((script, idx)) = k.decl {
        let (a, b) = with_view(vm, script, |v| {
            let d = &v.classes[idx as usize];
            (d.line_start, d.line_end)
        });
        let path = vm.scripts[script as usize].path.clone();
        writeln!(s, "  @@ {path} {a}-{b}").ok();
    }
    let consts: Vec<Rc<ClassConstant>> = k.constants.values().cloned().collect();
    writeln!(s, "\n  - Constants [{}] {{", consts.len()).ok();
    for c in &consts {
        write!(s, "    {}", constant(vm, k, c)?).ok();
    }
    writeln!(s, "  }}").ok();
    let visible = |p: &crate::class::PropInfo| {
        !p.is_private() || p.class.upgrade().is_some_and(|d| Rc::ptr_eq(&d, k))
    };
    let props: Vec<PropRef> = k
        .props
        .values()
        .filter(|p| visible(p))
        .map(|p| PropRef {
            class: k.clone(),
            name: p.name.clone(),
            info: Some(p.clone()),
        })
        .collect();
    let (statics, instance): (Vec<PropRef>, Vec<PropRef>) = props
        .into_iter()
        .partition(|p| p.info.as_ref().is_some_and(|i| i.is_static()));
    let methods: Vec<Rc<crate::class::Method>> = k
        .methods
        .values()
        .filter(|m| !m.is_private() || m.scope().is_some_and(|sc| Rc::ptr_eq(&sc, k)))
        .cloned()
        .collect();
    let (static_methods, methods): (Vec<_>, Vec<_>) =
        methods.into_iter().partition(|m| m.is_static());
    props_section(vm, &mut s, "Static properties", &statics)?;
    methods_section(vm, &mut s, "Static methods", k, &static_methods)?;
    props_section(vm, &mut s, "Properties", &instance)?;
    if let Some(o) = object {
        let dynamic: Vec<PropRef> = o
            .dynamic
            .borrow()
            .as_ref()
            .map(|d| {
                d.keys()
                    .map(|key| PropRef {
                        class: k.clone(),
                        name: Rc::from(
                            String::from_utf8_lossy(&key.to_value().to_string_lossy(14)).as_ref(),
                        ),
                        info: None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        props_section(vm, &mut s, "Dynamic properties", &dynamic)?;
    }
    methods_section(vm, &mut s, "Methods", k, &methods)?;
    s.push_str("}\n");
    Ok(s)
}

fn props_section(
    vm: &mut Vm,
    s: &mut String,
    title: &str,
    props: &[PropRef],
) -> Result<(), Unwind> {
    writeln!(s, "\n  - {title} [{}] {{", props.len()).ok();
    for p in props {
        write!(s, "    {}", property(vm, p)?).ok();
    }
    writeln!(s, "  }}").ok();
    Ok(())
}

fn methods_section(
    vm: &mut Vm,
    s: &mut String,
    title: &str,
    k: &Rc<ClassEntry>,
    methods: &[Rc<crate::class::Method>],
) -> Result<(), Unwind> {
    writeln!(s, "\n  - {title} [{}] {{", methods.len()).ok();
    for (i, m) in methods.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        let r = Routine::Method {
            class: k.clone(),
            method: m.clone(),
        };
        s.push_str(&routine(vm, &r, "    ")?);
    }
    writeln!(s, "  }}").ok();
    Ok(())
}
