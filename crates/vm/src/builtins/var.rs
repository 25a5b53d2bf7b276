//! `var_dump`, `print_r` and `var_export` (ext/standard/var.c, Zend's print_r),
//! byte for byte, recursion markers included.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::class::dump::{debug_props, shown_props, ShownProp, Vis};
use crate::class::MethodBody;
use crate::float_fmt;
use crate::object::{unmangle, PhpObject};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{func, get, opt_bool};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("var_dump", var_dump, &["value", "values"], 1).with_variadic(),
    func("debug_zval_dump", debug_zval_dump, &["value", "values"], 1).with_variadic(),
    func("print_r", print_r, &["value", "return"], 1),
    func("var_export", var_export, &["value", "return"], 1),
    func(
        "get_mangled_object_vars",
        get_mangled_object_vars,
        &["object"],
        1,
    ),
];

type R = Result<Value, Unwind>;

/// Arrays and objects being printed, to spot cycles (through references).
#[derive(Default)]
struct Path(Vec<usize>);

impl Path {
    fn enter(&mut self, id: usize) -> bool {
        if self.0.contains(&id) {
            return false;
        }
        self.0.push(id);
        true
    }

    fn leave(&mut self) {
        self.0.pop();
    }
}

fn array_id(a: &PhpArray) -> usize {
    a as *const PhpArray as usize
}

fn object_id(o: &PhpObject) -> usize {
    o as *const PhpObject as usize
}

fn spaces(out: &mut Vec<u8>, n: usize) {
    out.extend(std::iter::repeat_n(b' ', n));
}

/// The object's own properties with mangled names, as the `(array)` cast gives
/// them for a plain object (no class's property view, such as ArrayObject's storage).
fn get_mangled_object_vars(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    match get(args, 0) {
        Value::Object(o) => Ok(Value::from(o.std_prop_table())),
        v => Err(super::args::type_error(
            vm,
            "get_mangled_object_vars",
            0,
            "object",
            &v,
        )),
    }
}

/// The properties a user `__debugInfo()` gives for `o` (None: the class has none):
/// its array's keys, unmangled; `null` is no properties; anything else is PHP's
/// fatal error.
fn user_debug_info(vm: &mut Vm, o: &Rc<PhpObject>) -> Result<Option<Vec<ShownProp>>, Unwind> {
    let Some(m) = o.class.find_method(b"__debuginfo").cloned() else {
        return Ok(None);
    };
    // Native classes' own debug information comes from `debug_props`.
    if !matches!(m.body, MethodBody::User { .. }) {
        return Ok(None);
    }
    let line = vm.line;
    let r = vm.invoke_method(Some(o.clone()), &m, o.class.clone(), Vec::new());
    vm.line = line;
    let a = match r?.deref() {
        Value::Array(a) => a,
        Value::Null => return Ok(Some(Vec::new())),
        _ => return Err(vm.fatal("__debuginfo() must return an array")),
    };
    let props = a
        .iter()
        .map(|(k, v)| {
            let (name, vis, int_key) = match &k {
                ArrayKey::Int(i) => (i.to_string().into_bytes(), Vis::Public, true),
                ArrayKey::Str(s) => match unmangle(s) {
                    Some((b"*", name)) => (name.to_vec(), Vis::Protected, false),
                    Some((class, name)) => {
                        let class = String::from_utf8_lossy(class);
                        (name.to_vec(), Vis::Private(class.into()), false)
                    }
                    None => (s.to_vec(), Vis::Public, false),
                },
            };
            ShownProp {
                name,
                vis,
                value: Some(v.clone()),
                ty: None,
                int_key,
            }
        })
        .collect();
    Ok(Some(props))
}

/// `var_dump` of one value at `level` (1 at the top). What is dumped so far goes
/// out before a `__debugInfo()` call, so that what it prints lands where PHP's does.
/// Which dump: `var_dump`, or `debug_zval_dump` (reference counts after strings,
/// arrays, objects and resources; a reference shown as a block of its own).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    VarDump,
    Zval,
}

/// How `dump` writes: the dump, and `serialize_precision` for floats.
#[derive(Clone, Copy)]
struct How {
    sp: i32,
    mode: Mode,
}

/// Who holds the value `dump` is given, for debug_zval_dump's counts.
#[derive(Clone, Copy, PartialEq)]
enum Holder {
    /// A variable, an argument or an array element.
    Caller,
    /// The dumper's own copy (an object's property list).
    Copy,
    /// A reference whose block is printed: `dump` shows its value.
    InReference,
}

/// debug_zval_dump's count of a shared value: this VM's holders of it (what Zend
/// counts too, though the two differ where Zend interns a string or the VM copies).
/// `count` is the `Rc`'s, taken from `dump`'s own copy of the value (one less), and
/// from a property list's copy (one more less).
fn refcount(mode: Mode, count: usize, holder: Holder) -> String {
    let own = if holder == Holder::Copy { 2 } else { 1 };
    match mode {
        Mode::VarDump => String::new(),
        Mode::Zval => format!(" refcount({})", count.saturating_sub(own)),
    }
}

/// One value, indented for `level`; debug_zval_dump shows a reference as a block
/// around its value.
fn dump(
    vm: &mut Vm,
    out: &mut Vec<u8>,
    v: &Value,
    level: usize,
    path: &mut Path,
    how: How,
    holder: Holder,
) -> Result<(), Unwind> {
    if level > 1 {
        spaces(out, level - 1);
    }
    if let (Mode::Zval, Value::Reference(r)) = (how.mode, v) {
        if holder != Holder::InReference {
            out.extend_from_slice(
                format!("reference refcount({}) {{\n", Rc::strong_count(r)).as_bytes(),
            );
            dump(vm, out, v, level + 2, path, how, Holder::InReference)?;
            if level > 1 {
                spaces(out, level - 1);
            }
            out.extend_from_slice(b"}\n");
            return Ok(());
        }
    }
    let (sp, mode) = (how.sp, how.mode);
    // A reference shared with another variable is marked, as var_dump does.
    let amp = mode == Mode::VarDump
        && matches!(v, Value::Reference(r) if std::rc::Rc::strong_count(r) > 1);
    let v = v.deref();
    let recursive = match &v {
        Value::Array(a) => path.0.contains(&array_id(a)),
        Value::Object(o) => path.0.contains(&object_id(o)),
        _ => false,
    };
    if amp && !recursive {
        out.push(b'&');
    }
    match &v {
        Value::Null | Value::Undef => out.extend_from_slice(b"NULL\n"),
        Value::Resource(r) => out.extend_from_slice(
            format!(
                "resource({}) of type ({}){}\n",
                r.id,
                r.type_name(),
                refcount(mode, Rc::strong_count(r), holder)
            )
            .as_bytes(),
        ),
        Value::False => out.extend_from_slice(b"bool(false)\n"),
        Value::True => out.extend_from_slice(b"bool(true)\n"),
        Value::Long(n) => out.extend_from_slice(format!("int({n})\n").as_bytes()),
        Value::Double(d) => {
            out.extend_from_slice(format!("float({})\n", float_fmt::fmt_repr(*d, sp)).as_bytes())
        }
        Value::String(s) => {
            out.extend_from_slice(format!("string({}) \"", s.len()).as_bytes());
            out.extend_from_slice(s);
            out.push(b'"');
            out.extend_from_slice(refcount(mode, Rc::strong_count(s), holder).as_bytes());
            out.push(b'\n');
        }
        Value::Array(a) => {
            if !path.enter(array_id(a)) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            let head = match mode {
                Mode::VarDump => format!("array({}) {{\n", a.len()),
                Mode::Zval => format!(
                    "array({}){}{{\n",
                    a.len(),
                    refcount(mode, Rc::strong_count(a), holder)
                ),
            };
            out.extend_from_slice(head.as_bytes());
            dump_entries(vm, out, a, level, path, how)?;
            path.leave();
        }
        Value::Object(o) => {
            if !path.enter(object_id(o)) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            if mode == Mode::VarDump && o.class.is_enum() {
                let case = o.prop("name").to_string_lossy(14);
                out.extend_from_slice(format!("enum({}::", o.class.name).as_bytes());
                out.extend_from_slice(&case);
                out.extend_from_slice(b")\n");
                path.leave();
                return Ok(());
            }
            if o.class.find_method(b"__debuginfo").is_some() {
                vm.echo(out);
                out.clear();
            }
            let props = match user_debug_info(vm, o)? {
                Some(props) => props,
                None => debug_props(o, true),
            };
            let count = props.iter().filter(|p| p.value.is_some()).count();
            let head = match mode {
                Mode::VarDump => {
                    format!("object({})#{} ({count}) {{\n", o.class.display_name(), o.id)
                }
                Mode::Zval => format!(
                    "object({})#{} ({count}){}{{\n",
                    o.class.display_name(),
                    o.id,
                    refcount(mode, Rc::strong_count(o), holder)
                ),
            };
            out.extend_from_slice(head.as_bytes());
            for p in props {
                spaces(out, level + 1);
                if p.int_key {
                    out.push(b'[');
                    out.extend_from_slice(&p.name);
                } else {
                    out.extend_from_slice(b"[\"");
                    out.extend_from_slice(&p.name);
                    out.push(b'"');
                }
                match &p.vis {
                    Vis::Public => {}
                    Vis::Protected => out.extend_from_slice(b":protected"),
                    Vis::Private(c) => {
                        let c = crate::class::display_class_name(c);
                        out.extend_from_slice(format!(":\"{c}\":private").as_bytes())
                    }
                }
                out.extend_from_slice(b"]=>\n");
                match &p.value {
                    Some(v) => dump(vm, out, v, level + 2, path, how, Holder::Copy)?,
                    None => {
                        spaces(out, level + 1);
                        let ty = p.ty.as_deref().unwrap_or("mixed");
                        out.extend_from_slice(format!("uninitialized({ty})\n").as_bytes());
                    }
                }
            }
            if level > 1 {
                spaces(out, level - 1);
            }
            out.extend_from_slice(b"}\n");
            path.leave();
        }
        // `deref` leaves no reference.
        Value::Reference(_) => {}
    }
    Ok(())
}

fn dump_entries(
    vm: &mut Vm,
    out: &mut Vec<u8>,
    a: &PhpArray,
    level: usize,
    path: &mut Path,
    how: How,
) -> Result<(), Unwind> {
    for (k, v) in a.iter() {
        spaces(out, level + 1);
        match k {
            ArrayKey::Int(i) => out.extend_from_slice(format!("[{i}]=>\n").as_bytes()),
            ArrayKey::Str(s) => {
                out.extend_from_slice(b"[\"");
                out.extend_from_slice(&s);
                out.extend_from_slice(b"\"]=>\n");
            }
        }
        dump(vm, out, v, level + 2, path, how, Holder::Caller)?;
    }
    if level > 1 {
        spaces(out, level - 1);
    }
    out.extend_from_slice(b"}\n");
    Ok(())
}

fn var_dump(vm: &mut Vm, args: &mut [Value]) -> R {
    dump_args(vm, args, Mode::VarDump)
}

fn debug_zval_dump(vm: &mut Vm, args: &mut [Value]) -> R {
    dump_args(vm, args, Mode::Zval)
}

fn dump_args(vm: &mut Vm, args: &[Value], mode: Mode) -> R {
    let how = How {
        sp: vm.serialize_precision(),
        mode,
    };
    for v in args.iter() {
        let mut out = Vec::new();
        // Not cloned: debug_zval_dump counts the holders.
        let r = dump(
            vm,
            &mut out,
            v,
            1,
            &mut Path::default(),
            how,
            Holder::Caller,
        );
        vm.echo(&out);
        r?;
    }
    Ok(Value::Null)
}

/// `print_r` of one value, nested blocks indented by `indent`.
fn print_r_into(
    vm: &mut Vm,
    out: &mut Vec<u8>,
    v: &Value,
    indent: usize,
    path: &mut Path,
) -> Result<(), Unwind> {
    match v {
        Value::Array(a) => {
            out.extend_from_slice(b"Array\n");
            if !path.enter(array_id(a)) {
                out.extend_from_slice(b" *RECURSION*");
                return Ok(());
            }
            print_hash(vm, out, a, indent, path)?;
            path.leave();
        }
        Value::Object(o) => {
            let head = if o.class.is_enum() {
                let backing = match o.class.enum_backing {
                    miniphp_compiler::TypeDecl::LONG => ":int",
                    miniphp_compiler::TypeDecl::STRING => ":string",
                    _ => "",
                };
                format!("{} Enum{backing}\n", o.class.name)
            } else {
                format!("{} Object\n", o.class.display_name())
            };
            out.extend_from_slice(head.as_bytes());
            if !path.enter(object_id(o)) {
                out.extend_from_slice(b" *RECURSION*");
                return Ok(());
            }
            let shown = match user_debug_info(vm, o)? {
                Some(props) => props,
                None => debug_props(o, false),
            };
            let mut props = PhpArray::new();
            for p in shown {
                let mut k = p.name.clone();
                match &p.vis {
                    Vis::Public => {}
                    Vis::Protected => k.extend_from_slice(b":protected"),
                    Vis::Private(c) => {
                        let c = crate::class::display_class_name(c);
                        k.extend_from_slice(format!(":{c}:private").as_bytes())
                    }
                }
                props.insert(
                    ArrayKey::Str(std::rc::Rc::new(k)),
                    p.value.unwrap_or_default(),
                );
            }
            print_hash(vm, out, &props, indent, path)?;
            path.leave();
        }
        Value::Reference(r) => {
            let inner = r.borrow().clone();
            print_r_into(vm, out, &inner, indent, path)?;
        }
        other => out.extend_from_slice(&other.to_php_string(vm)?),
    }
    Ok(())
}

fn print_hash(
    vm: &mut Vm,
    out: &mut Vec<u8>,
    a: &PhpArray,
    indent: usize,
    path: &mut Path,
) -> Result<(), Unwind> {
    spaces(out, indent);
    out.extend_from_slice(b"(\n");
    for (k, v) in a.iter() {
        spaces(out, indent + 4);
        out.push(b'[');
        match k {
            ArrayKey::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
            ArrayKey::Str(s) => out.extend_from_slice(&s),
        }
        out.extend_from_slice(b"] => ");
        print_r_into(vm, out, v, indent + 8, path)?;
        out.push(b'\n');
    }
    spaces(out, indent);
    out.extend_from_slice(b")\n");
    Ok(())
}

/// `print_r($value, true)`'s text.
pub fn print_r_string(vm: &mut Vm, v: &Value) -> Result<Vec<u8>, Unwind> {
    let mut out = Vec::new();
    print_r_into(vm, &mut out, v, 0, &mut Path::default())?;
    Ok(out)
}

fn print_r(vm: &mut Vm, args: &mut [Value]) -> R {
    let ret = opt_bool(vm, args, 1, "print_r", false)?;
    let out = print_r_string(vm, &get(args, 0))?;
    if ret {
        return Ok(Value::from(out));
    }
    vm.echo(&out);
    Ok(Value::True)
}

/// A PHP single-quoted literal: `\` and `'` escaped, NUL bytes as `' . "\0" . '`.
fn export_string(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'\'');
    for &c in s {
        match c {
            b'\'' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            0 => out.extend_from_slice(b"' . \"\\0\" . '"),
            _ => out.push(c),
        }
    }
    out.push(b'\'');
}

/// `var_export` of one value at `level` (1 at the top).
fn export(vm: &mut Vm, out: &mut Vec<u8>, v: &Value, level: usize, path: &mut Path) {
    match v {
        Value::Null | Value::Undef => out.extend_from_slice(b"NULL"),
        Value::Resource(_) => out.extend_from_slice(b"NULL"),
        Value::False => out.extend_from_slice(b"false"),
        Value::True => out.extend_from_slice(b"true"),
        // PHP_INT_MIN has no literal form: PHP writes it as an expression.
        Value::Long(i64::MIN) => out.extend_from_slice(b"-9223372036854775807-1"),
        Value::Long(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::Double(d) => {
            out.extend_from_slice(float_fmt::fmt_export(*d, vm.serialize_precision()).as_bytes())
        }
        Value::String(s) => export_string(out, s),
        Value::Array(a) => {
            if !path.enter(array_id(a)) {
                out.extend_from_slice(b"NULL");
                vm.warning("var_export does not handle circular references");
                return;
            }
            if level > 1 {
                out.push(b'\n');
                spaces(out, level - 1);
            }
            out.extend_from_slice(b"array (\n");
            for (k, v) in a.iter() {
                spaces(out, level + 1);
                export_key(out, &k);
                export(vm, out, v, level + 2, path);
                out.extend_from_slice(b",\n");
            }
            if level > 1 {
                spaces(out, level - 1);
            }
            out.push(b')');
            path.leave();
        }
        Value::Object(o) => {
            if !path.enter(object_id(o)) {
                out.extend_from_slice(b"NULL");
                vm.warning("var_export does not handle circular references");
                return;
            }
            if level > 1 {
                out.push(b'\n');
                spaces(out, level - 1);
            }
            if o.class.is_enum() {
                let case = o.prop("name").to_string_lossy(14);
                out.extend_from_slice(format!("\\{}::", o.class.name).as_bytes());
                out.extend_from_slice(&case);
                path.leave();
                return;
            }
            let std = &*o.class.lc_name == b"stdclass";
            if std {
                out.extend_from_slice(b"(object) array(\n");
            } else {
                out.extend_from_slice(
                    format!("\\{}::__set_state(array(\n", o.class.name).as_bytes(),
                );
            }
            // An ArrayObject/ArrayIterator exports its storage (its get_properties).
            let props: Vec<(ArrayKey, Value)> = match crate::class::spl::table_override(o) {
                Some(t) => t.iter().map(|(k, v)| (k, v.deref())).collect(),
                None => shown_props(o, false)
                    .into_iter()
                    .map(|p| {
                        let key = match p.int_key {
                            true => ArrayKey::from_bytes(&p.name),
                            false => ArrayKey::Str(std::rc::Rc::new(p.name)),
                        };
                        (key, p.value.unwrap_or_default())
                    })
                    .collect(),
            };
            for (key, v) in props {
                spaces(out, level + 2);
                export_key(out, &key);
                export(vm, out, &v, level + 2, path);
                out.extend_from_slice(b",\n");
            }
            if level > 1 {
                spaces(out, level - 1);
            }
            out.extend_from_slice(if std { b")" } else { b"))" });
            path.leave();
        }
        Value::Reference(r) => {
            let inner = r.borrow().clone();
            export(vm, out, &inner, level, path);
        }
    }
}

fn export_key(out: &mut Vec<u8>, k: &ArrayKey) {
    match k {
        ArrayKey::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        ArrayKey::Str(s) => export_string(out, s),
    }
    out.extend_from_slice(b" => ");
}

fn var_export(vm: &mut Vm, args: &mut [Value]) -> R {
    let ret = opt_bool(vm, args, 1, "var_export", false)?;
    let mut out = Vec::new();
    export(vm, &mut out, &get(args, 0), 1, &mut Path::default());
    if ret {
        return Ok(Value::from(out));
    }
    vm.echo(&out);
    Ok(Value::Null)
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::super::testkit::{i, list, Kit};
    use crate::value::Value;

    // php: $a = [1, 2]; $b = &$a[0]; var_dump($a);
    #[test]
    fn shared_references_are_marked() {
        let mut k = Kit::new();
        let r = Rc::new(RefCell::new(i(1)));
        let _other_alias = r.clone();
        let a = list(vec![Value::Reference(r), i(2)]);
        assert_eq!(
            k.dump(&a),
            "array(2) {\n  [0]=>\n  &int(1)\n  [1]=>\n  int(2)\n}\n"
        );
    }

    // Expected output from php 8.2: the keys of __debugInfo()'s array unmangled.
    #[test]
    fn debug_info_replaces_the_properties() {
        let out = crate::closure::tests::run(
            r#"class A { public $x = 1; function __debugInfo() { return ["\0A\0p" => 1, "\0*\0q" => [2], 7 => null]; } }
var_dump(new A); print_r(new A);"#,
        );
        assert_eq!(
            out,
            "object(A)#1 (3) {\n  [\"p\":\"A\":private]=>\n  int(1)\n  [\"q\":protected]=>\n  array(1) {\n    [0]=>\n    int(2)\n  }\n  [7]=>\n  NULL\n}\nA Object\n(\n    [p:A:private] => 1\n    [q:protected] => Array\n        (\n            [0] => 2\n        )\n\n    [7] => \n)\n"
        );
    }
}
