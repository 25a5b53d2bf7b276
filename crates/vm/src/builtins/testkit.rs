//! Test support for the built-ins: a VM whose output lands in a buffer, calls by
//! name, and terse value constructors.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{IniOverrides, Unwind, Vm};

#[derive(Clone, Default)]
struct Buf(Rc<RefCell<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub struct Kit {
    pub vm: Vm,
    out: Buf,
}

impl Default for Kit {
    fn default() -> Kit {
        Kit::new()
    }
}

impl Kit {
    /// A VM with PHP's built-in defaults (`-n`): errors displayed on the output.
    pub fn new() -> Kit {
        let out = Buf::default();
        let ini = IniOverrides {
            no_ini: true,
            settings: Vec::new(),
        };
        let vm = Vm::new(&ini, Box::new(out.clone()), Box::new(std::io::sink()));
        Kit { vm, out }
    }

    /// Like [`Kit::new`] with `error_reporting=0`, for comparing results only.
    pub fn quiet() -> Kit {
        let mut k = Kit::new();
        k.vm.set_ini("error_reporting", "0".into());
        k
    }

    /// Calls built-in `name` directly; by-reference positions get a fresh reference.
    pub fn call(&mut self, name: &str, args: Vec<Value>) -> Result<Value, Unwind> {
        let spec = super::all()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no built-in {name}"));
        let mut args: Vec<Value> = args
            .into_iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Reference(_) => v,
                v if spec.arg_by_ref(i) => Value::Reference(Rc::new(RefCell::new(v))),
                v => v,
            })
            .collect();
        (spec.handler)(&mut self.vm, &mut args)
    }

    /// What the script printed so far (taken).
    pub fn output(&mut self) -> String {
        self.vm.flush();
        let bytes = std::mem::take(&mut *self.out.0.borrow_mut());
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// `var_dump` of a value, as text.
    pub fn dump(&mut self, v: &Value) -> String {
        self.output();
        self.call("var_dump", vec![v.clone()]).expect("var_dump");
        self.output()
    }

    /// `var_dump` of `name(args...)`'s result, or the thrown error's class and message.
    pub fn dump_call(&mut self, name: &str, args: Vec<Value>) -> String {
        match self.call(name, args) {
            Ok(v) => {
                let printed = self.output();
                printed + &self.dump(&v)
            }
            Err(e) => self.describe(e),
        }
    }

    /// A thrown error as `Class: message`.
    pub fn describe(&mut self, e: Unwind) -> String {
        match e {
            Unwind::Throw(e) => {
                let msg = e.prop("message").to_string_lossy(14);
                format!("{}: {}", e.class.name, String::from_utf8_lossy(&msg))
            }
            Unwind::Exit => "exit".into(),
        }
    }
}

pub fn s(text: &str) -> Value {
    Value::from(text)
}

pub fn i(n: i64) -> Value {
    Value::Long(n)
}

pub fn f(d: f64) -> Value {
    Value::Double(d)
}

pub fn list(values: Vec<Value>) -> Value {
    Value::from(PhpArray::from_list(values))
}

pub fn assoc(pairs: Vec<(&str, Value)>) -> Value {
    Value::from(
        pairs
            .into_iter()
            .map(|(k, v)| (ArrayKey::from_bytes(k.as_bytes()), v))
            .collect::<PhpArray>(),
    )
}

/// A by-reference argument whose final value the test reads back.
pub fn cell(v: Value) -> (Value, Rc<RefCell<Value>>) {
    let r = Rc::new(RefCell::new(v));
    (Value::Reference(r.clone()), r)
}
