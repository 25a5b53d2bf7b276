//! Lazily evaluated class members: constants (and enum cases) on first access,
//! property defaults and static properties on first use of the class (Zend's
//! `zend_update_class_constants`).

use std::rc::Rc;

use miniphp_compiler::member;

use super::{ClassEntry, Init};
use crate::object::PhpObject;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// Enum case `c` of `declaring` as its object, made from its value `v` (a backed
/// enum's `value`) and kept as the constant's value.
fn enum_case_object(declaring: &Rc<ClassEntry>, c: &super::ClassConstant, v: Value) -> Value {
    let case = PhpObject::new(declaring);
    case.set_prop("name", Value::from(&*c.name));
    if declaring.enum_backing != 0 {
        case.set_prop("value", v);
    }
    let case = Value::Object(case);
    *c.value.borrow_mut() = Init::Value(case.clone());
    case
}

impl Vm {
    /// `Class::NAME`: the constant's value, evaluated in its declaring class's scope
    /// on first access; an enum case's object.
    pub fn class_constant(&mut self, class: &Rc<ClassEntry>, name: &str) -> Result<Value, Unwind> {
        self.class_constant_as(class, name, None)
    }

    /// [`Vm::class_constant`] as a constant expression reaches it (`written`: the class
    /// as the expression names it, `self` included) or, with None, as a
    /// FETCH_CLASS_CONSTANT op in code does. Only the former marks the constant
    /// while evaluating it (zend_get_class_constant_ex), so a cycle is reported at the
    /// first constant an expression reaches twice, named as written.
    pub(crate) fn class_constant_as(
        &mut self,
        class: &Rc<ClassEntry>,
        name: &str,
        written: Option<&str>,
    ) -> Result<Value, Unwind> {
        self.constant_of(class, name, written, true)
    }

    /// A constant's value as Reflection reads it: a trait's too (Zend updates the
    /// constant without zend_get_class_constant_ex's checks).
    pub(crate) fn reflected_constant(
        &mut self,
        class: &Rc<ClassEntry>,
        name: &str,
    ) -> Result<Value, Unwind> {
        self.constant_of(class, name, None, false)
    }

    fn constant_of(
        &mut self,
        class: &Rc<ClassEntry>,
        name: &str,
        written: Option<&str>,
        direct: bool,
    ) -> Result<Value, Unwind> {
        let Some(c) = class.find_constant(name).cloned() else {
            let cname = written.unwrap_or(&class.name);
            return Err(self.throw_error("Error", format!("Undefined constant {cname}::{name}")));
        };
        if direct && class.is_trait() {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot access trait constant {}::{name} directly",
                    class.name
                ),
            ));
        }
        let declaring = c.class.upgrade().unwrap_or_else(|| class.clone());
        let init = c.value.borrow().clone();
        let v = match init {
            Init::Value(v) => v,
            Init::Expr { script, op_array } => {
                if let Some(cname) = written.filter(|_| c.evaluating.get()) {
                    return Err(self.throw_error(
                        "Error",
                        format!("Cannot declare self-referencing constant {cname}::{name}"),
                    ));
                }
                let mark = written.is_some() && !c.evaluating.get();
                c.evaluating.set(mark || c.evaluating.get());
                let r = self.eval_in_scope(script, op_array, Some(&declaring));
                if mark {
                    c.evaluating.set(false);
                }
                let v = r?;
                if c.flags & member::ENUM_CASE == 0 {
                    *c.value.borrow_mut() = Init::Value(v.clone());
                }
                v
            }
        };
        if c.flags & member::ENUM_CASE != 0 && !matches!(v, Value::Object(_)) {
            if declaring.enum_backing == 0 {
                return Ok(enum_case_object(&declaring, &c, v));
            }
            // Zend loads all the constants of a backed enum at its first access: every
            // case object exists from then on, made in declaration order.
            self.validate_enum(&declaring)?;
            let cases: Vec<Rc<super::ClassConstant>> = declaring.enum_cases().cloned().collect();
            for k in cases {
                let init = k.value.borrow().clone();
                match init {
                    Init::Value(Value::Object(_)) | Init::Expr { .. } => {}
                    Init::Value(v) => {
                        enum_case_object(&declaring, &k, v);
                    }
                }
            }
            let init = c.value.borrow().clone();
            if let Init::Value(case) = init {
                return Ok(case);
            }
        }
        Ok(v)
    }

    /// A backed enum's cases: each value of the backing type, no value twice (Zend's
    /// `zend_enum_build_backed_enum_table`).
    pub(crate) fn validate_enum(&mut self, class: &Rc<ClassEntry>) -> Result<(), Unwind> {
        let mut seen: Vec<(Value, Rc<str>)> = Vec::new();
        let cases: Vec<Rc<super::ClassConstant>> = class.enum_cases().cloned().collect();
        for c in cases {
            let init = c.value.borrow().clone();
            let v = match init {
                Init::Value(Value::Object(o)) => o.prop("value"),
                Init::Value(v) => v,
                Init::Expr { script, op_array } => {
                    let v = self.eval_in_scope(script, op_array, Some(class))?;
                    *c.value.borrow_mut() = Init::Value(v.clone());
                    v
                }
            };
            let ok = match class.enum_backing {
                miniphp_compiler::TypeDecl::LONG => matches!(v, Value::Long(_)),
                _ => matches!(v, Value::String(_)),
            };
            if !ok {
                let want = if class.enum_backing == miniphp_compiler::TypeDecl::LONG {
                    "int"
                } else {
                    "string"
                };
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Enum case type {} does not match enum backing type {want}",
                        v.debug_type_name()
                    ),
                ));
            }
            if let Some((_, first)) = seen.iter().find(|(x, _)| x.strict_eq(&v)) {
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Duplicate value in enum {} for cases {first} and {}",
                        class.name, c.name
                    ),
                ));
            }
            seen.push((v, c.name.clone()));
        }
        Ok(())
    }

    /// Evaluate the constant expressions of a class's constants, static properties and
    /// property defaults, once, before the class is first used (instantiation, static
    /// properties), as zend_update_class_constants does.
    pub(crate) fn ensure_class_init(&mut self, class: &Rc<ClassEntry>) -> Result<(), Unwind> {
        if class.initialized.get() {
            return Ok(());
        }
        if let Some(p) = &class.parent {
            self.ensure_class_init(p)?;
        }
        if !class.is_trait() {
            let pending: Vec<Rc<str>> = (class.constants.iter())
                .filter(|(_, c)| matches!(*c.value.borrow(), Init::Expr { .. }))
                .map(|(name, _)| name.clone())
                .collect();
            for name in pending {
                self.class_constant(class, &name)?;
            }
        }
        let pending: Vec<(usize, u32, u32)> = class
            .default_slots
            .borrow()
            .iter()
            .enumerate()
            .filter_map(|(i, init)| match init {
                Init::Expr { script, op_array } => Some((i, *script, *op_array)),
                Init::Value(_) => None,
            })
            .collect();
        // A value failing the property's type leaves the expression to fail again at
        // the next use.
        for (slot, script, op_array) in pending {
            let info = class.slot_info[slot].clone();
            let scope = info.class.upgrade().unwrap_or_else(|| class.clone());
            let v = self.eval_in_scope(script, op_array, Some(&scope))?;
            let v = self.check_prop_type_as(&info, &info.name, v, true)?;
            class.default_slots.borrow_mut()[slot] = Init::Value(v);
        }
        let statics: Vec<(u32, Init)> = class.static_inits.borrow().clone();
        for (i, init) in statics {
            let v = match init {
                Init::Value(v) => v,
                Init::Expr { script, op_array } => {
                    self.eval_in_scope(script, op_array, Some(class))?
                }
            };
            let info = (class.props.values())
                .find(|p| p.is_static() && p.slot == i && p.class.as_ptr() == Rc::as_ptr(class))
                .cloned();
            let v = match info {
                Some(info) => self.check_prop_type_as(&info, &info.name, v, true)?,
                None => v,
            };
            *class.statics[i as usize].borrow().borrow_mut() = v;
            class.static_inits.borrow_mut().retain(|(j, _)| *j != i);
        }
        class.initialized.set(true);
        Ok(())
    }
}
