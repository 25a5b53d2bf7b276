//! `serialize` / `unserialize` in PHP's format (ext/standard/var.c,
//! var_unserializer.re), with PHP's "Error at offset" notice on bad input.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::array::PhpArray;
use crate::float_fmt;
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("serialize", serialize, &["value"], 1),
    func("unserialize", unserialize, &["data", "options"], 1),
];

type R = Result<Value, Unwind>;

fn put_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(format!("s:{}:\"", s.len()).as_bytes());
    out.extend_from_slice(s);
    out.extend_from_slice(b"\";");
}

fn put_key(out: &mut Vec<u8>, k: &ArrayKey) {
    match k {
        ArrayKey::Int(n) => out.extend_from_slice(format!("i:{n};").as_bytes()),
        ArrayKey::Str(s) => put_str(out, s),
    }
}

/// One `serialize()` run (ext/standard/var.c's `php_var_serialize_intern`): values
/// are numbered in order, and an object or reference met again is written as a
/// back-reference (`r:N;`, `R:N;`) to its number.
struct Writer<'a> {
    vm: &'a mut Vm,
    out: Vec<u8>,
    sp: i32,
    /// The number of the last value written.
    n: i64,
    /// Objects and references by address → their number.
    seen: HashMap<usize, i64>,
    /// What `seen` points to, kept alive so no address is reused meanwhile.
    keep: Vec<Value>,
}

impl Writer<'_> {
    fn new(vm: &mut Vm) -> Writer<'_> {
        let sp = vm.serialize_precision();
        Writer {
            vm,
            out: Vec::new(),
            sp,
            n: 0,
            seen: HashMap::new(),
            keep: Vec::new(),
        }
    }

    /// Number `v`; its earlier number if it is an object or reference already seen.
    fn number(&mut self, v: &Value) -> Option<i64> {
        self.n += 1;
        let addr = match v {
            Value::Reference(r) => match &*r.borrow() {
                Value::Object(o) => Rc::as_ptr(o) as usize,
                _ => Rc::as_ptr(r) as usize,
            },
            Value::Object(o) => Rc::as_ptr(o) as usize,
            _ => return None,
        };
        if let Some(&n) = self.seen.get(&addr) {
            // References are counted once; one to an object that serialized as null
            // (-1) is null again, counted anew.
            if matches!(v, Value::Reference(_)) && n != -1 {
                self.n -= 1;
            }
            return Some(n);
        }
        self.seen.insert(addr, self.n);
        self.keep.push(v.clone());
        None
    }

    fn entries(&mut self, a: &PhpArray, depth: usize) -> Result<(), Unwind> {
        self.table(a, depth, false)
    }

    /// An array's members, or an object's properties (`props`: integer names are
    /// written as strings, as property names are).
    fn table(&mut self, a: &PhpArray, depth: usize, props: bool) -> Result<(), Unwind> {
        self.out
            .extend_from_slice(format!("{}:{{", a.len()).as_bytes());
        for (k, v) in a.iter() {
            match k {
                ArrayKey::Int(i) if props => put_str(&mut self.out, i.to_string().as_bytes()),
                k => put_key(&mut self.out, &k),
            }
            self.put(v, depth + 1)?;
        }
        self.out.push(b'}');
        Ok(())
    }

    fn put(&mut self, v: &Value, depth: usize) -> Result<(), Unwind> {
        if let Some(n) = self.number(v) {
            if n == -1 {
                self.out.extend_from_slice(b"N;");
                return Ok(());
            }
            let tag = if matches!(v, Value::Reference(_)) {
                'R'
            } else {
                'r'
            };
            self.out.extend_from_slice(format!("{tag}:{n};").as_bytes());
            return Ok(());
        }
        self.plain(v, depth)
    }

    /// A value already numbered.
    fn plain(&mut self, v: &Value, depth: usize) -> Result<(), Unwind> {
        match v {
            Value::Null | Value::Undef => self.out.extend_from_slice(b"N;"),
            // PHP serializes a resource as the integer 0.
            Value::Resource(_) => self.out.extend_from_slice(b"i:0;"),
            Value::False => self.out.extend_from_slice(b"b:0;"),
            Value::True => self.out.extend_from_slice(b"b:1;"),
            Value::Long(n) => self.out.extend_from_slice(format!("i:{n};").as_bytes()),
            Value::Double(d) => self
                .out
                .extend_from_slice(format!("d:{};", float_fmt::fmt_repr(*d, self.sp)).as_bytes()),
            Value::String(s) => put_str(&mut self.out, s),
            // Cycles through references are cut rather than followed forever.
            Value::Array(_) | Value::Object(_) if depth > 4096 => self.out.extend_from_slice(b"N;"),
            Value::Array(a) => {
                self.out.extend_from_slice(b"a:");
                self.entries(a, depth)?;
            }
            Value::Object(o) if o.class.is_enum() => {
                let case = format!(
                    "{}:{}",
                    o.class.name,
                    o.prop("name").to_string_lossy(14).escape_ascii()
                );
                self.out
                    .extend_from_slice(format!("E:{}:\"{case}\";", case.len()).as_bytes());
            }
            Value::Object(o) => self.object(o, depth)?,
            Value::Reference(r) => {
                let inner = r.borrow().clone();
                self.plain(&inner, depth)?;
            }
        }
        Ok(())
    }

    fn header(&mut self, tag: char, name: &[u8]) {
        self.out
            .extend_from_slice(format!("{tag}:{}:\"", name.len()).as_bytes());
        self.out.extend_from_slice(name);
        self.out.extend_from_slice(b"\":");
    }

    /// Call a method of `o` for its serialization (messages after it keep the
    /// caller's line).
    fn call(&mut self, o: &Rc<PhpObject>, m: &Rc<crate::class::Method>) -> Result<Value, Unwind> {
        let line = self.vm.line;
        let r = self
            .vm
            .invoke_method(Some(o.clone()), m, o.class.clone(), Vec::new());
        self.vm.line = line;
        Ok(r?.deref())
    }

    /// An object: `__serialize()`, else `Serializable::serialize()`, else the
    /// properties `__sleep()` names, else all of them.
    fn object(&mut self, o: &Rc<PhpObject>, depth: usize) -> Result<(), Unwind> {
        let class = o.class.clone();
        // Anonymous classes are not serializable either (named up to their NUL).
        let anonymous = class.flags & miniphp_compiler::class_flags::ANONYMOUS != 0;
        if anonymous || crate::class::spl::not_serializable(&class) {
            let name = match anonymous {
                true => Rc::from("class@anonymous"),
                false => class.name.clone(),
            };
            return Err(self.vm.throw_error(
                "Exception",
                format!("Serialization of '{name}' is not allowed"),
            ));
        }
        if let Some(m) = class.magic.serialize.clone() {
            let r = self.call(o, &m)?;
            let Value::Array(a) = r.deref() else {
                return Err(self.vm.throw_error(
                    "TypeError",
                    format!("{}::__serialize() must return an array", class.name),
                ));
            };
            self.header('O', o.class.name.as_bytes());
            return self.entries(&a, depth);
        }
        if class.instance_of_name(b"serializable") {
            if let Some(m) = class.find_method(b"serialize").cloned() {
                // A serialize() inside the method continues this run's numbering (PHP
                // shares the var_hash), so it can refer back to our values.
                let numbering = (
                    self.n,
                    std::mem::take(&mut self.seen),
                    std::mem::take(&mut self.keep),
                );
                SHARED_NUMBERING.with(|s| s.borrow_mut().push(numbering));
                let r = self.call(o, &m);
                if let Some((n, seen, keep)) = SHARED_NUMBERING.with(|s| s.borrow_mut().pop()) {
                    (self.n, self.seen, self.keep) = (n, seen, keep);
                }
                let r = r?;
                match r.deref() {
                    Value::String(s) => {
                        self.header('C', o.class.name.as_bytes());
                        self.out
                            .extend_from_slice(format!("{}:{{", s.len()).as_bytes());
                        self.out.extend_from_slice(&s);
                        self.out.push(b'}');
                    }
                    Value::Null => {
                        self.out.extend_from_slice(b"N;");
                        // Later occurrences are null too, never back-references to it.
                        self.seen.insert(Rc::as_ptr(o) as usize, -1);
                    }
                    _ => {
                        return Err(self.vm.throw_error(
                            "Exception",
                            format!("{}::serialize() must return a string or NULL", class.name),
                        ))
                    }
                }
                return Ok(());
            }
        }
        let props = match class.find_method(b"__sleep").cloned() {
            Some(m) => {
                let r = self.call(o, &m)?;
                match self.sleep_props(o, &r.deref()) {
                    Some(p) => p,
                    None => {
                        self.out.extend_from_slice(b"N;");
                        return Ok(());
                    }
                }
            }
            None => o.prop_table(),
        };
        // An incomplete object is written back under its original class name.
        let mut name = o.class.name.as_bytes().to_vec();
        if &*class.lc_name == b"__php_incomplete_class" {
            let mut props = props;
            if let Some(Value::String(n)) = props.remove(&ArrayKey::from_bytes(INCOMPLETE_NAME)) {
                name = n.to_vec();
            }
            self.header('O', &name);
            return self.table(&props, depth, true);
        }
        self.header('O', &name);
        self.table(&props, depth, true)
    }

    /// The properties `__sleep()` named, with PHP's warnings; None when it returned
    /// something else than an array.
    fn sleep_props(&mut self, o: &PhpObject, names: &Value) -> Option<PhpArray> {
        let Value::Array(names) = names else {
            self.vm.warning(&format!(
                "serialize(): {}::__sleep() should return an array only containing the names of instance-variables to serialize",
                o.class.name
            ));
            return None;
        };
        let table = o.prop_table();
        let mut out = PhpArray::new();
        for name in names.values() {
            let name = name.deref();
            if !matches!(name, Value::String(_)) {
                self.vm.warning(&format!(
                    "serialize(): {}::__sleep() should return an array only containing the names of instance-variables to serialize",
                    o.class.name
                ));
            }
            let name = name.to_string_lossy(14);
            let private = [b"\0".as_slice(), o.class.name.as_bytes(), b"\0", &name].concat();
            let protected = [b"\0*\0".as_slice(), &name].concat();
            let found = [name.to_vec(), private, protected]
                .into_iter()
                .map(|k| ArrayKey::from_bytes(&k))
                .find_map(|k| table.get(&k).map(|v| (k.clone(), v.clone())));
            match found {
                Some((k, _)) if out.contains_key(&k) => self.vm.notice(&format!(
                    "serialize(): \"{}\" is returned from __sleep() multiple times",
                    String::from_utf8_lossy(&name)
                )),
                Some((k, v)) => out.insert(k, v),
                // An uninitialized typed property is left out silently.
                None if o
                    .class
                    .find_prop(&String::from_utf8_lossy(&name))
                    .is_some_and(|p| p.ty.is_some() && !p.is_static()) => {}
                None => self.vm.warning(&format!(
                    "serialize(): \"{}\" returned as member variable from __sleep() but does not exist",
                    String::from_utf8_lossy(&name)
                )),
            }
        }
        Some(out)
    }
}

/// Classes whose objects cannot be serialized cannot be unserialized either.
fn refuse_unserialization(vm: &mut Vm, class: &crate::class::ClassEntry) -> Result<(), Unwind> {
    if !crate::class::spl::not_serializable(class) {
        return Ok(());
    }
    let name = &class.name;
    Err(vm.throw_error(
        "Exception",
        format!("Unserialization of '{name}' is not allowed"),
    ))
}

/// The property naming an incomplete object's class.
const INCOMPLETE_NAME: &[u8] = b"__PHP_Incomplete_Class_Name";

fn incomplete_class() -> Rc<crate::class::ClassEntry> {
    crate::class::native_class("__php_incomplete_class").expect("built in")
}

/// `serialize($v)` (SPL's own `serialize()` methods use it for their members).
pub(crate) fn serialize_value(vm: &mut Vm, v: &Value) -> Result<Vec<u8>, Unwind> {
    let mut w = Writer::new(vm);
    let shared = SHARED_NUMBERING.with(|s| {
        s.borrow_mut()
            .last_mut()
            .map(|(n, seen, keep)| (*n, std::mem::take(seen), std::mem::take(keep)))
    });
    let nested = shared.is_some();
    if let Some((n, seen, keep)) = shared {
        (w.n, w.seen, w.keep) = (n, seen, keep);
    }
    let r = w.put(v, 0);
    if nested {
        let state = (
            w.n,
            std::mem::take(&mut w.seen),
            std::mem::take(&mut w.keep),
        );
        SHARED_NUMBERING.with(|s| {
            if let Some(last) = s.borrow_mut().last_mut() {
                *last = state;
            }
        });
    }
    r?;
    Ok(w.out)
}

fn serialize(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(serialize_value(vm, &get(args, 0))?))
}

/// A serialize() run's numbering: the last number, the objects and references seen,
/// what keeps them alive.
type Numbering = (i64, HashMap<usize, i64>, Vec<Value>);

thread_local! {
    /// The numbering of the serialize() runs that are calling a
    /// `Serializable::serialize()`, innermost last.
    static SHARED_NUMBERING: std::cell::RefCell<Vec<Numbering>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The values of the unserialize() runs that are calling a
    /// `Serializable::unserialize()`, innermost last.
    static SHARED_VARS: std::cell::RefCell<Vec<Vec<Value>>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The options of the unserialize() calls running, with the depth reached when
    /// each called into user code: an unserialize() from there inherits both (PHP
    /// shares them through the var_hash).
    static ACTIVE: std::cell::RefCell<Vec<(Options, usize)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A failed parse: the offset PHP reports.
struct At(usize);

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
    vm: &'a mut Vm,
    /// Values by number, for `r:N;` / `R:N;` back-references.
    vars: Vec<Value>,
    /// The numbers `R:N;` names (see [`ref_targets`]): those values are made
    /// references as they are read, shared by the `R:` that names them.
    targets: HashSet<usize>,
    /// An exception thrown by a method called while unserializing.
    thrown: Option<Unwind>,
    opts: Options,
    /// The depth this call starts at (an unserialize() nested in another's).
    base: usize,
    /// The depth of the value being read.
    depth_now: usize,
}

/// `unserialize()`'s options.
#[derive(Clone)]
struct Options {
    /// Lowercase names of the classes that may be instantiated (None: all).
    allowed: Option<HashSet<Vec<u8>>>,
    /// Arrays and objects nested deeper fail (0: no limit).
    max_depth: usize,
}

impl Options {
    /// What an unserialize() without options uses: the running one's, else the
    /// ini's; and the depth it starts at.
    fn inherited(vm: &Vm) -> (Options, usize) {
        ACTIVE
            .with(|a| a.borrow().last().cloned())
            .unwrap_or_else(|| (Options::defaults(vm), 0))
    }

    fn defaults(vm: &Vm) -> Options {
        let depth = vm
            .ini_get("unserialize_max_depth")
            .and_then(|d| d.trim().parse::<i64>().ok())
            .unwrap_or(4096);
        Options {
            allowed: None,
            max_depth: depth.max(0) as usize,
        }
    }

    /// The `allowed_classes` and `max_depth` entries of the options argument.
    fn parse(vm: &mut Vm, arg: &Value) -> Result<Options, Unwind> {
        let mut o = Options::defaults(vm);
        let Value::Array(a) = arg.deref() else {
            return Ok(o);
        };
        if let Some(v) = a.get(&ArrayKey::from_bytes(b"allowed_classes")) {
            o.allowed = match v.deref() {
                Value::True => None,
                Value::False => Some(HashSet::new()),
                Value::Array(names) => {
                    let mut set = HashSet::new();
                    for n in names.values() {
                        match n.deref() {
                            v @ (Value::String(_)
                            | Value::Long(_)
                            | Value::Double(_)
                            | Value::True
                            | Value::False
                            | Value::Null) => {
                                set.insert(v.to_string_lossy(17).to_ascii_lowercase())
                            }
                            other => {
                                return Err(vm.throw_error(
                                    "TypeError",
                                    format!(
                                        "unserialize(): Option \"allowed_classes\" must be an array of class names, {} given",
                                        other.debug_type_name()
                                    ),
                                ))
                            }
                        };
                    }
                    Some(set)
                }
                other => {
                    return Err(vm.throw_error(
                        "TypeError",
                        format!(
                            "unserialize(): Option \"allowed_classes\" must be of type array|bool, {} given",
                            other.debug_type_name()
                        ),
                    ))
                }
            };
        }
        if let Some(v) = a.get(&ArrayKey::from_bytes(b"max_depth")) {
            let Value::Long(d) = v.deref() else {
                return Err(vm.throw_error(
                    "TypeError",
                    format!(
                        "unserialize(): Option \"max_depth\" must be of type int, {} given",
                        v.deref().debug_type_name()
                    ),
                ));
            };
            if d < 0 {
                return Err(vm.throw_error(
                    "ValueError",
                    "unserialize(): Option \"max_depth\" must be greater than or equal to 0".into(),
                ));
            }
            o.max_depth = d as usize;
        }
        Ok(o)
    }
}

impl Reader<'_> {
    /// A value that gets a number (every one but keys and `R:` back-references).
    fn item(&mut self, depth: usize) -> Result<Value, At> {
        if self.s.get(self.pos) == Some(&b'R') {
            return self.value(depth);
        }
        let n = self.vars.len();
        let cell = self
            .targets
            .contains(&(n + 1))
            .then(|| Rc::new(RefCell::new(Value::Null)));
        self.vars
            .push(cell.clone().map_or(Value::Null, Value::Reference));
        let v = self.value(depth)?;
        self.set_var(n, v.clone());
        Ok(match cell {
            Some(cell) => Value::Reference(cell),
            None => v,
        })
    }

    /// Value number `n + 1` is `v` (inside its reference when `R:` names it).
    fn set_var(&mut self, n: usize, v: Value) {
        match &self.vars[n] {
            Value::Reference(cell) => *cell.borrow_mut() = v,
            _ => self.vars[n] = v,
        }
    }

    /// The members of an `O:` record and the object, created first as in PHP (so it
    /// takes the lower handle, and `r:` inside can refer to it): through
    /// `__unserialize()` when the class has it, else its properties are set, then
    /// `__wakeup()` runs.
    fn object(
        &mut self,
        class: &[u8],
        n: usize,
        depth: usize,
    ) -> Result<Result<Value, At>, Unwind> {
        let slot = self.vars.len().checked_sub(1);
        let allowed = self
            .opts
            .allowed
            .as_ref()
            .is_none_or(|a| a.contains(&class.to_ascii_lowercase()));
        let found = match allowed {
            true => self.find_class(class)?,
            false => None,
        };
        let Some(ce) = found.filter(|c| !c.is_enum() && !c.is_interface()) else {
            let props = match self.members(n, depth) {
                Ok(p) => p,
                Err(at) => return Ok(Err(at)),
            };
            let mut table = PhpArray::new();
            table.insert(ArrayKey::from_bytes(INCOMPLETE_NAME), Value::from(class));
            for (k, v) in props.iter() {
                table.insert(k, v.clone());
            }
            let o = PhpObject::new(&incomplete_class());
            *o.dynamic.borrow_mut() = Some(Box::new(table));
            return Ok(Ok(Value::Object(o)));
        };
        refuse_unserialization(self.vm, &ce)?;
        if ce.is_abstract() {
            return Err(self.vm.throw_error(
                "Error",
                format!("Cannot instantiate abstract class {}", ce.name),
            ));
        }
        if ce.instance_of_name(b"serializable") && ce.magic.unserialize.is_none() {
            self.vm.warning(&format!(
                "Erroneous data format for unserializing '{}'",
                ce.name
            ));
            return Ok(Err(At(self.pos)));
        }
        self.vm.ensure_class_init(&ce)?;
        let o = match ce.create {
            Some(_) => self.vm.instantiate(&ce)?,
            None => PhpObject::new(&ce),
        };
        if let Some(slot) = slot {
            self.set_var(slot, Value::Object(o.clone()));
        }
        let props = match self.members(n, depth) {
            Ok(p) => p,
            Err(at) => return Ok(Err(at)),
        };
        let line = self.vm.line;
        self.enter();
        let r = self.restore(&ce, &o, props);
        self.leave();
        r?;
        self.vm.line = line;
        Ok(Ok(Value::Object(o)))
    }

    /// The class of a record: autoloaded, else defined by the callback; errors are
    /// reported at the unserialize() call's line (user code may run meanwhile).
    fn find_class(&mut self, class: &[u8]) -> Result<Option<Rc<crate::class::ClassEntry>>, Unwind> {
        let line = self.vm.line;
        let found = match self.vm.lookup_class(class) {
            Ok(None) => {
                self.vm.line = line;
                self.callback_class(class)
            }
            r => r,
        };
        self.vm.line = line;
        found
    }

    /// A class not found: the `unserialize_callback_func` ini names a function that
    /// may define it (PHP warns when it is missing or did not).
    fn callback_class(
        &mut self,
        class: &[u8],
    ) -> Result<Option<Rc<crate::class::ClassEntry>>, Unwind> {
        let func = self
            .vm
            .ini_get("unserialize_callback_func")
            .unwrap_or_default()
            .to_string();
        if func.is_empty() {
            return Ok(None);
        }
        if self
            .vm
            .lookup_function(func.to_ascii_lowercase().as_bytes())
            .is_none()
        {
            return Err(self.vm.throw_error(
                "Error",
                format!(
                    "Invalid callback {func}, function \"{func}\" not found or invalid function name"
                ),
            ));
        }
        let line = self.vm.line;
        self.vm
            .call_value(&Value::from(func.as_str()), vec![Value::from(class)])?;
        let found = self.vm.lookup_class(class)?;
        self.vm.line = line;
        if found.is_none() {
            self.vm.warning(&format!(
                "unserialize(): Function {func}() hasn't defined the class it was called for"
            ));
        }
        Ok(found)
    }

    /// The depth and options an unserialize() called from user code inherits.
    fn enter(&self) {
        let entry = (self.opts.clone(), self.base + self.depth_now);
        ACTIVE.with(|a| a.borrow_mut().push(entry));
    }

    fn leave(&self) {
        ACTIVE.with(|a| a.borrow_mut().pop());
    }

    /// An object's members given back: to `__unserialize()`, else as properties
    /// followed by `__wakeup()`.
    fn restore(
        &mut self,
        ce: &Rc<crate::class::ClassEntry>,
        o: &Rc<PhpObject>,
        props: PhpArray,
    ) -> Result<(), Unwind> {
        if let Some(m) = ce.magic.unserialize.clone() {
            self.vm
                .invoke_method(Some(o.clone()), &m, ce.clone(), vec![Value::from(props)])?;
        } else {
            crate::class::spl::restore_props(self.vm, o, &props)?;
            if let Some(m) = ce.find_method(b"__wakeup").cloned() {
                self.vm
                    .invoke_method(Some(o.clone()), &m, ce.clone(), Vec::new())?;
            }
        }
        Ok(())
    }

    /// A `C:` record's payload, passed to `Serializable::unserialize()`.
    fn custom_object(&mut self, class: &[u8], len: usize) -> Result<Result<Value, At>, Unwind> {
        let end = self.pos.saturating_add(len);
        if end >= self.s.len() {
            self.vm.report(
                crate::errors::E_WARNING,
                &format!(
                    "Insufficient data for unserializing - {len} required, {} present",
                    self.s.len() - self.pos
                ),
            );
            return Ok(Err(At(self.pos)));
        }
        if self.s[end] != b'}' {
            return Ok(Err(At(end)));
        }
        let data = self.s[self.pos..end].to_vec();
        self.pos = end + 1;
        let Some(ce) = self.find_class(class)? else {
            return Ok(Err(At(self.pos)));
        };
        refuse_unserialization(self.vm, &ce)?;
        self.vm.ensure_class_init(&ce)?;
        let o = self.vm.instantiate(&ce)?;
        match ce
            .instance_of_name(b"serializable")
            .then(|| ce.find_method(b"unserialize").cloned())
            .flatten()
        {
            Some(m) => {
                // An unserialize() inside the method continues this one's numbering
                // (PHP shares the var_hash), so its back-references reach our values.
                SHARED_VARS.with(|v| v.borrow_mut().push(std::mem::take(&mut self.vars)));
                self.enter();
                let r =
                    self.vm
                        .invoke_method(Some(o.clone()), &m, ce.clone(), vec![Value::from(data)]);
                self.leave();
                self.vars = SHARED_VARS
                    .with(|v| v.borrow_mut().pop())
                    .unwrap_or_default();
                r?;
            }
            None => self
                .vm
                .warning(&format!("Class {} has no unserializer", ce.name)),
        }
        Ok(Ok(Value::Object(o)))
    }

    fn eat(&mut self, b: &[u8]) -> bool {
        if self.s[self.pos..].starts_with(b) {
            self.pos += b.len();
            true
        } else {
            false
        }
    }

    /// Digits with an optional sign (`iv`), or without (`uiv`), ending at `end`: the number
    /// as var_unserializer's `parse_iv` reads one (a count or an int: out of range warns
    /// and is the nearest limit), or for a `uiv`, `parse_uiv` (a length or a back
    /// reference: wraps, as size_t arithmetic does).
    fn int_until(&mut self, signed: bool, end: u8) -> Option<i64> {
        self.number_until(signed, end, true)
    }

    /// A length or back reference (`parse_uiv`); see [`Self::int_until`].
    fn uint_until(&mut self, end: u8) -> Option<i64> {
        self.number_until(false, end, false)
    }

    fn number_until(&mut self, signed: bool, end: u8, checked: bool) -> Option<i64> {
        let start = self.pos;
        let mut i = self.pos;
        if signed && matches!(self.s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let digits = i;
        while self.s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == digits || self.s.get(i) != Some(&end) {
            return None;
        }
        let negative = self.s[start] == b'-';
        let magnitude = self.s[digits..i].iter().fold(0u64, |n, &d| {
            n.wrapping_mul(10).wrapping_add(u64::from(d - b'0'))
        });
        let significant = self.s[digits..i].iter().skip_while(|&&d| d == b'0').count();
        self.pos = i + 1;
        if !checked {
            return Some(magnitude as i64);
        }
        // More than 19 significant digits, or beyond the signed range, is out of range.
        let limit = i64::MAX as u64 + u64::from(negative);
        if significant > 19 || magnitude > limit {
            self.vm
                .warning("unserialize(): Numerical result out of range");
            return Some(if negative { i64::MIN } else { i64::MAX });
        }
        Some(if negative {
            (magnitude as i64).wrapping_neg()
        } else {
            magnitude as i64
        })
    }

    fn value(&mut self, depth: usize) -> Result<Value, At> {
        let start = self.pos;
        let fail = || At(start);
        let Some(&tag) = self.s.get(self.pos) else {
            return Err(fail());
        };
        match tag {
            b'N' if self.eat(b"N;") => Ok(Value::Null),
            b'b' if self.eat(b"b:0;") => Ok(Value::False),
            b'b' if self.eat(b"b:1;") => Ok(Value::True),
            b'i' if self.eat(b"i:") => match self.int_until(true, b';') {
                Some(n) => Ok(Value::Long(n)),
                None => {
                    self.pos = start;
                    Err(fail())
                }
            },
            b'd' if self.eat(b"d:") => {
                let end = self.s[self.pos..]
                    .iter()
                    .position(|&c| c == b';')
                    .map(|p| self.pos + p);
                let parsed = end.and_then(|e| {
                    let text = std::str::from_utf8(&self.s[self.pos..e]).ok()?;
                    let d = match text {
                        "NAN" => f64::NAN,
                        "INF" => f64::INFINITY,
                        "-INF" => f64::NEG_INFINITY,
                        t if t
                            .bytes()
                            .all(|c| c.is_ascii_digit() || b"+-.eE".contains(&c)) =>
                        {
                            t.parse::<f64>().ok()?
                        }
                        _ => return None,
                    };
                    Some((d, e))
                });
                match parsed {
                    Some((d, e)) => {
                        self.pos = e + 1;
                        Ok(Value::Double(d))
                    }
                    None => {
                        self.pos = start;
                        Err(fail())
                    }
                }
            }
            b's' if self.eat(b"s:") => {
                let Some(len) = self.uint_until(b':').filter(|_| self.eat(b"\"")) else {
                    self.pos = start;
                    return Err(fail());
                };
                let len = len as usize;
                if self.s.len() - self.pos < len {
                    return Err(At(start + 2));
                }
                let body = &self.s[self.pos..self.pos + len];
                let after = self.pos + len;
                if self.s.get(after) != Some(&b'"') {
                    return Err(At(after));
                }
                if self.s.get(after + 1) != Some(&b';') {
                    return Err(At(after + 1));
                }
                self.pos = after + 2;
                Ok(Value::from(body))
            }
            b'a' if self.eat(b"a:") => {
                let Some(n) = self.int_until(false, b':').filter(|_| self.eat(b"{")) else {
                    self.pos = start;
                    return Err(fail());
                };
                // A count the bytes left cannot hold fails at once (IS_FAKE_ELEM_COUNT).
                if n as usize > (self.s.len() - self.pos) / 2 {
                    return Err(At(self.pos));
                }
                let members = self.members(n as usize, depth)?;
                Ok(Value::from(members))
            }
            b'O' | b'C' if self.eat(&[tag, b':']) => {
                let Some(len) = self.uint_until(b':').filter(|_| self.eat(b"\"")) else {
                    self.pos = start;
                    return Err(fail());
                };
                // Failures point where PHP's reader stopped: the name's length, the
                // quote and colon after it, the member count's end and its brace.
                let len = len as usize;
                if len == 0 || len > self.s.len() - self.pos {
                    return Err(At(start + 2));
                }
                let name_end = self.pos + len;
                if self.s.get(name_end) != Some(&b'"') {
                    return Err(At(name_end));
                }
                if self.s.get(name_end + 1) != Some(&b':') {
                    return Err(At(name_end + 1));
                }
                let class = self.s[self.pos..name_end].to_vec();
                // Only what a class name may hold (an anonymous class's NUL may not).
                let valid = class
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'\\' || b >= 0x80);
                if !valid {
                    return Err(fail());
                }
                // An object record too short for a member count stops at the name's quote.
                if tag == b'O' && name_end + 2 >= self.s.len() {
                    self.vm.warning("Bad unserialize data");
                    return Err(At(name_end));
                }
                self.pos = name_end + 2;
                let digits_end = self.pos
                    + self.s[self.pos..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                let Some(n) = self.int_until(false, b':') else {
                    return Err(At(digits_end));
                };
                // More members than half the bytes after the name cannot be real.
                if tag == b'O' && n as usize > (self.s.len() - name_end) / 2 {
                    return Err(At(digits_end));
                }
                if !self.eat(b"{") {
                    return Err(At(digits_end + 1));
                }
                self.depth_now = depth;
                let r = match tag {
                    b'C' => self.custom_object(&class, n as usize),
                    _ => self.object(&class, n as usize, depth),
                };
                match r {
                    Ok(Ok(o)) => Ok(o),
                    Ok(Err(at)) => Err(at),
                    Err(e) => {
                        self.thrown = Some(e);
                        Err(At(self.pos))
                    }
                }
            }
            b'r' | b'R' if self.eat(&[tag, b':']) => {
                let Some(n) = self.uint_until(b';') else {
                    self.pos = start;
                    return Err(fail());
                };
                let slot = self.vars.get((n as usize).wrapping_sub(1));
                match slot.filter(|v| !matches!(v, Value::Undef)) {
                    // `r:` names an object (the same object again), `R:` shares the
                    // value as a reference.
                    Some(v) if tag == b'r' => match v.deref() {
                        o @ Value::Object(_) => Ok(o),
                        _ => Err(At(self.pos)),
                    },
                    Some(v) => Ok(v.clone()),
                    // A number naming no value fails after the record.
                    None => Err(At(self.pos)),
                }
            }
            b'E' if self.eat(b"E:") => {
                let Some(len) = self.uint_until(b':').filter(|_| self.eat(b"\"")) else {
                    self.pos = start;
                    return Err(fail());
                };
                // Failures point where PHP's reader stopped: the length, then the quote
                // and semicolon after the name.
                let end = self.pos.saturating_add(len as usize);
                if len == 0 || end > self.s.len() {
                    return Err(At(start + 2));
                }
                if self.s.get(end) != Some(&b'"') {
                    return Err(At(end));
                }
                if self.s.get(end + 1) != Some(&b';') {
                    return Err(At(end + 1));
                }
                let name = self.s[self.pos..end].to_vec();
                self.pos = end + 2;
                match self.vm.unserialize_enum(&name) {
                    Ok(Some(v)) => Ok(v),
                    // A missing case of an existing enum fails after the record (PHP
                    // found the class before looking for the case).
                    _ => {
                        let enum_found = name
                            .iter()
                            .position(|&b| b == b':')
                            .and_then(|i| self.vm.find_class(&name[..i]))
                            .is_some_and(|k| k.is_enum());
                        Err(At(if enum_found { self.pos } else { start }))
                    }
                }
            }
            b'}' => {
                // Fewer members than the count said.
                self.vm
                    .notice("unserialize(): Unexpected end of serialized data");
                Err(fail())
            }
            _ => Err(fail()),
        }
    }

    /// `n` key/value pairs and the closing `}`.
    fn members(&mut self, n: usize, depth: usize) -> Result<PhpArray, At> {
        let max = self.opts.max_depth;
        if max > 0 && self.base + depth >= max {
            self.vm.warning(&format!(
                "unserialize(): Maximum depth of {max} exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting"
            ));
            return Err(At(self.pos));
        }
        let mut out = PhpArray::new();
        for _ in 0..n {
            let key_at = self.pos;
            let key = match self.value(depth + 1)? {
                Value::Long(i) => ArrayKey::Int(i),
                Value::String(s) => ArrayKey::from_str_value(&s),
                _ => return Err(At(key_at)),
            };
            let v = self.item(depth + 1)?;
            out.insert(key, v);
        }
        if self.s.get(self.pos) != Some(&b'}') {
            return Err(At(self.pos));
        }
        self.pos += 1;
        Ok(out)
    }
}

fn unserialize(vm: &mut Vm, args: &mut [Value]) -> R {
    let data = arg_str(vm, args, 0, "unserialize")?;
    if data.is_empty() {
        return Ok(Value::False);
    }
    let (opts, base) = match get(args, 1) {
        Value::Null => Options::inherited(vm),
        options @ Value::Array(_) => (Options::parse(vm, &options)?, 0),
        other => {
            return Err(super::args::type_error(
                vm,
                "unserialize",
                1,
                "array",
                &other,
            ))
        }
    };
    match unserialize_with(vm, &data, 0, opts, base)? {
        Ok((v, _)) => Ok(v),
        Err(offset) => {
            vm.notice(&format!(
                "unserialize(): Error at offset {offset} of {} bytes",
                data.len()
            ));
            Ok(Value::False)
        }
    }
}

/// The numbers the `R:N;` records of `s` name, found by a skim that steps over
/// strings' and `C:` payloads' bytes by their lengths (a payload is skimmed by the
/// nested unserialize() that reads it). A stray match only makes a value a
/// reference no one else holds, which behaves as a plain value.
fn ref_targets(s: &[u8]) -> HashSet<usize> {
    let mut out = HashSet::new();
    let mut i = 0;
    // The number after `s[at]` and the byte that ends it.
    let number = |at: usize| {
        let digits = s
            .get(at..)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let n = std::str::from_utf8(&s[at..at + digits])
            .ok()?
            .parse::<usize>()
            .ok()?;
        Some((n, at + digits))
    };
    while i + 1 < s.len() {
        let (tag, colon) = (s[i], s[i + 1]);
        if colon != b':' || !b"sSEOCR".contains(&tag) {
            i += 1;
            continue;
        }
        let Some((n, end)) = number(i + 2) else {
            i += 2;
            continue;
        };
        i = match tag {
            b'R' => {
                out.insert(n);
                end
            }
            // `s:N:"…";`, `E:N:"…";`, and the class names of `O:`/`C:`.
            _ => end + 2 + n,
        };
        if tag == b'C' {
            // `":N:{payload}`
            if let Some((len, end)) = number(i + 2) {
                i = end + 1 + len;
            }
        }
    }
    out
}

/// Parse one value of `data` at `at`: the value and where it ends, or the offset of
/// the error (SPL's own `unserialize()` methods report it their way).
pub(crate) fn unserialize_at(
    vm: &mut Vm,
    data: &[u8],
    at: usize,
) -> Result<Result<(Value, usize), usize>, Unwind> {
    let (opts, base) = Options::inherited(vm);
    unserialize_with(vm, data, at, opts, base)
}

fn unserialize_with(
    vm: &mut Vm,
    data: &[u8],
    at: usize,
    opts: Options,
    base: usize,
) -> Result<Result<(Value, usize), usize>, Unwind> {
    // Inside a Serializable::unserialize() called by an unserialize(): its values.
    let shared = SHARED_VARS.with(|v| v.borrow_mut().last_mut().map(std::mem::take));
    let nested = shared.is_some();
    let mut r = Reader {
        s: data,
        pos: at,
        vm,
        vars: shared.unwrap_or_default(),
        targets: ref_targets(&data[at.min(data.len())..]),
        thrown: None,
        opts,
        base,
        depth_now: 0,
    };
    let first_new = r.vars.len();
    let parsed = r.item(0).map(|v| v.deref());
    let end = r.pos;
    if nested {
        let mut vars = std::mem::take(&mut r.vars);
        // A failed nested unserialize() leaves its values unnamed: the outer one's
        // back references to them fail (php_var_unserialize).
        if parsed.is_err() {
            for v in vars.iter_mut().skip(first_new) {
                *v = Value::Undef;
            }
        }
        SHARED_VARS.with(|v| {
            if let Some(last) = v.borrow_mut().last_mut() {
                *last = vars;
            }
        });
    }
    if let Some(e) = r.thrown.take() {
        return Err(e);
    }
    Ok(match parsed {
        Ok(v) => Ok((v, end)),
        Err(At(offset)) => Err(offset),
    })
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{assoc, f, i, list, s, Kit};
    use crate::value::Value;

    // Expected strings from php 8.2: serialize([...]) and unserialize() notices.
    #[test]
    fn round_trips_like_php() {
        let mut k = Kit::new();
        let v = list(vec![
            i(1),
            f(1.5),
            f(0.1),
            f(1e25),
            f(-0.0),
            f(7.0),
            f(f64::INFINITY),
            f(f64::NAN),
            Value::True,
            Value::Null,
            s("héllo"),
            assoc(vec![("k", s("v"))]),
        ]);
        let out = k.call("serialize", vec![v]).expect("serialize");
        let text = String::from_utf8_lossy(&out.to_string_lossy(14)).into_owned();
        assert_eq!(
            text,
            r#"a:12:{i:0;i:1;i:1;d:1.5;i:2;d:0.1;i:3;d:1.0E+25;i:4;d:-0;i:5;d:7;i:6;d:INF;i:7;d:NAN;i:8;b:1;i:9;N;i:10;s:6:"héllo";i:11;a:1:{s:1:"k";s:1:"v";}}"#
        );
        let back = k.call("unserialize", vec![s(&text)]).expect("unserialize");
        let again = k.call("serialize", vec![back]).expect("serialize");
        assert_eq!(String::from_utf8_lossy(&again.to_string_lossy(14)), text);
    }

    #[test]
    fn errors_report_php_offsets() {
        let mut k = Kit::new();
        for (input, offset) in [("a:1:{i:0;i:1", 9), ("b:2;", 0), ("s:3:\"ab\";", 8)] {
            let r = k.call("unserialize", vec![s(input)]).expect("unserialize");
            assert!(matches!(r, Value::False));
            let out = k.output();
            let want = format!(
                "unserialize(): Error at offset {offset} of {} bytes",
                input.len()
            );
            assert!(out.contains(&want), "{input}: {out}");
        }
        assert!(matches!(
            k.call("unserialize", vec![s("i:5;x")])
                .expect("unserialize"),
            Value::Long(5)
        ));
        let d = k
            .call("unserialize", vec![s("a:1:{s:1:\"5\";i:1;}")])
            .expect("unserialize");
        assert_eq!(k.dump(&d), "array(1) {\n  [5]=>\n  int(1)\n}\n");
    }

    // Expected output from php 8.2 (private names mangled with NUL bytes).
    #[test]
    fn objects_sleep_magic_and_back_references() {
        let out = crate::closure::tests::run(
            r#"class P { public $a = 1; protected $b = [2]; private $c = 'x'; function __sleep() { return ['a', 'c']; } }
class S { public $v = 5; function __serialize(): array { return ['v' => $this->v * 2]; } function __unserialize(array $d): void { $this->v = $d['v'] + 1; } }
$o = new stdClass; $r = [1]; $arr = [$o, $o, &$r, &$r];
echo serialize(new P), "\n", serialize($s = new S), "\n", unserialize(serialize($s))->v, "\n", serialize($arr), "\n";
var_dump(unserialize('a:2:{i:0;O:8:"stdClass":0:{}i:1;r:2;}')[1] instanceof stdClass);"#,
        );
        assert_eq!(
            out,
            "O:1:\"P\":2:{s:1:\"a\";i:1;s:4:\"\0P\0c\";s:1:\"x\";}\nO:1:\"S\":1:{s:1:\"v\";i:10;}\n11\na:4:{i:0;O:8:\"stdClass\":0:{}i:1;r:2;i:2;a:1:{i:0;i:1;}i:3;R:4;}\nbool(true)\n"
        );
    }

    // Expected output from php 8.2.
    #[test]
    fn r_upper_shares_a_reference_and_r_lower_names_only_objects() {
        let out = crate::closure::tests::run(
            r#"$b = unserialize('a:2:{i:0;i:1;i:1;R:2;}'); var_dump($b); $b[0] = 9; var_dump($b[1]);
var_dump(unserialize('a:2:{i:0;i:5;i:1;r:2;}'));
var_dump(unserialize('a:1:{i:0;s:4:"R:1;";}'));"#,
        );
        assert_eq!(
            out,
            "array(2) {\n  [0]=>\n  &int(1)\n  [1]=>\n  &int(1)\n}\nint(9)\n\nNotice: unserialize(): Error at offset 21 of 22 bytes in Command line code on line 2\nbool(false)\narray(1) {\n  [0]=>\n  string(4) \"R:1;\"\n}\n"
        );
    }
}
