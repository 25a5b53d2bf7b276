//! Declaring a user class from its `ClassDecl` (Zend's `zend_do_link_class`): parent,
//! interfaces and traits resolved, inheritance rules checked with PHP's fatal
//! messages, members built with [`Members`].

use std::rc::{Rc, Weak};

use miniphp_compiler::{
    class_flags, flags as fn_flags, member, ClassDecl, Literal, OpArray, Opcode, Operand,
    OperandKind, ScriptView, TypeDecl,
};

use super::link::{Dependencies, Members};
use super::variance::{Check, Shape};
use super::{enums, ClassEntry, Init, Method, MethodBody, PropInfo, TypeSpec};
use crate::include::Loaded;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// The parts of a declaration resolved before the entry is built.
struct Resolved {
    parent: Option<Rc<ClassEntry>>,
    interfaces: Vec<Rc<ClassEntry>>,
    traits: Vec<Rc<ClassEntry>>,
}

impl Resolved {
    /// What the linked class depends on, in a fixed order.
    fn deps(&self) -> impl Iterator<Item = &Rc<ClassEntry>> {
        self.parent
            .iter()
            .chain(&self.interfaces)
            .chain(&self.traits)
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A property or constant initializer from a literal.
fn init_of(view: &ScriptView<'_>, loaded: &Loaded, script: u32, lit: u32) -> Init {
    match view.literals[lit as usize] {
        Literal::ConstExpr(op_array) => Init::Expr { script, op_array },
        _ => Init::Value(loaded.literals[lit as usize].clone()),
    }
}

/// A declared type's runtime form.
pub(crate) fn type_spec(view: &ScriptView<'_>, ty: &TypeDecl) -> Option<TypeSpec> {
    ty.is_declared().then(|| TypeSpec {
        mask: ty.mask,
        classes: view.type_names[ty.class_names.indices()]
            .iter()
            .map(|r| Rc::from(lossy(view.str(*r)).as_str()))
            .collect(),
    })
}

/// A property type's [`Shape`], `self`/`parent` resolved in `scope`.
fn prop_shape(t: &TypeSpec, scope: Option<&Rc<ClassEntry>>) -> Shape {
    Shape::new(t.mask, t.classes.iter().map(|c| &**c), scope)
}

impl Vm {
    /// Declare class `idx` of `script`: link it and enter it in the class table.
    pub(crate) fn declare_class(
        &mut self,
        script: u32,
        idx: u32,
    ) -> Result<Rc<ClassEntry>, Unwind> {
        let loaded = self.scripts[script as usize].clone();
        let view = loaded.view();
        let decl = view.classes[idx as usize];
        let name = lossy(view.str(decl.name));
        let saved_line = self.line;
        self.line = decl.line_start;
        let outer_missed = std::mem::take(&mut self.variance_delay.missed);
        let r = self.link_user_class(&loaded, script, idx, &decl, &name);
        let missed = std::mem::replace(&mut self.variance_delay.missed, outer_missed);
        self.line = saved_line;
        let class = r?;
        if decl.flags & class_flags::ANONYMOUS == 0 && self.find_class(name.as_bytes()).is_some() {
            self.line = decl.line_start;
            let kind = kind_word(decl.flags).to_ascii_lowercase();
            return Err(self.link_fatal(
                script,
                &format!("Cannot declare {kind} {name}, because the name is already in use"),
            ));
        }
        self.add_class(class.clone());
        if !missed.is_empty() && self.autoloading.contains(&class.lc_name.to_vec()) {
            self.recheck_variance(script, view, &decl, &class, &missed)?;
        }
        if crate::class::spl::serializable_only(&class) {
            self.line = decl.line_start;
            self.deprecated(&format!(
                "{name} implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary)"
            ));
            self.line = saved_line;
        }
        if class.is_enum() && class.instance_of_name(b"serializable") {
            self.line = decl.line_start;
            let msg = format!("Enum {name} cannot implement the Serializable interface");
            return Err(self.link_fatal(script, &msg));
        }
        Ok(class)
    }

    /// The inheritance checks of a class its autoloader declared, again once the classes
    /// they missed are loaded (they may extend it: it is in the class table now), with
    /// nothing taken on trust (Zend's `load_delayed_classes` and
    /// `resolve_delayed_variance_obligations`).
    fn recheck_variance(
        &mut self,
        script: u32,
        view: &ScriptView<'_>,
        decl: &ClassDecl,
        class: &Rc<ClassEntry>,
        missed: &[String],
    ) -> Result<(), Unwind> {
        for name in missed {
            // A class whose autoload is under way further out (it needs this one, its
            // parent, first) is registered unlinked in Zend, where the checks see it
            // by its declared parents; here it is not there yet: trust stays.
            let lc = name.to_ascii_lowercase().into_bytes();
            if self.lookup_class(name.as_bytes())?.is_none() && self.autoloading.contains(&lc) {
                return Ok(());
            }
        }
        let traits: Vec<Rc<ClassEntry>> = view.type_names[decl.traits.indices()]
            .iter()
            .filter_map(|r| self.find_class(view.str(*r)))
            .collect();
        self.variance_delay.rechecking.push(class.lc_name.clone());
        let saved_line = std::mem::replace(&mut self.line, decl.line_start);
        let r = self.check_inheritance(script, class, &traits);
        self.line = saved_line;
        self.variance_delay.rechecking.pop();
        r
    }

    /// A fatal error while linking, reported in the declaring file.
    fn link_fatal(&mut self, script: u32, msg: &str) -> Unwind {
        let file = self.scripts[script as usize].path.to_string();
        let line = self.line;
        self.write_error(crate::errors::E_COMPILE_ERROR, msg, &file, line);
        self.exit_status = 255;
        Unwind::Exit
    }

    /// A fatal error about a method, reported where PHP reports it: at the user
    /// method's file and first line (the class's for a built-in one).
    fn method_fatal(&mut self, script: u32, meth: &Method, msg: &str) -> Unwind {
        if let (Some((l, o)), MethodBody::User { script: own, .. }) =
            (self.method_op_array(meth), meth.body)
        {
            let line = l.view().op_arrays[o as usize].line_start;
            let saved = std::mem::replace(&mut self.line, line);
            let u = self.link_fatal(own, msg);
            self.line = saved;
            return u;
        }
        self.link_fatal(script, msg)
    }

    fn resolve_decl(
        &mut self,
        script: u32,
        view: &ScriptView<'_>,
        decl: &ClassDecl,
        name: &str,
    ) -> Result<Resolved, Unwind> {
        let parent = match decl.parent {
            Some(p) => {
                let p = self.class_by_name(view.str(p))?;
                let bad = if p.is_interface() {
                    Some("interface")
                } else if p.is_trait() {
                    Some("trait")
                } else if p.is_final() {
                    Some("final class")
                } else {
                    None
                };
                if let Some(kind) = bad {
                    return Err(self.link_fatal(
                        script,
                        &format!("Class {name} cannot extend {kind} {}", p.name),
                    ));
                }
                Some(p)
            }
            None => None,
        };
        let mut interfaces = Vec::new();
        // An enum's list ends with UnitEnum (and BackedEnum), as Zend appends them: an
        // enum naming one repeats it.
        let mut seen: Vec<Rc<ClassEntry>> = Vec::new();
        for r in &view.type_names[decl.interfaces.indices()] {
            let Some(i) = self.lookup_class(view.str(*r))? else {
                let shown = lossy(view.str(*r));
                let msg = format!("Interface \"{shown}\" not found");
                return Err(self.throw_error("Error", msg));
            };
            if !i.is_interface() {
                let msg = format!(
                    "{name} cannot implement {} - it is not an interface",
                    i.name
                );
                return Err(self.link_fatal(script, &msg));
            }
            if seen.iter().any(|x| Rc::ptr_eq(x, &i)) {
                let msg = format!(
                    "{} {name} cannot implement previously implemented interface {}",
                    kind_word(decl.flags),
                    i.name
                );
                return Err(self.link_fatal(script, &msg));
            }
            seen.push(i.clone());
            interfaces.push(i);
        }
        let mut traits = Vec::new();
        for r in &view.type_names[decl.traits.indices()] {
            let Some(t) = self.lookup_class(view.str(*r))? else {
                let shown = lossy(view.str(*r));
                return Err(self.link_fatal(script, &format!("Trait \"{shown}\" not found")));
            };
            if !t.is_trait() {
                return Err(self.link_fatal(
                    script,
                    &format!("{name} cannot use {} - it is not a trait", t.name),
                ));
            }
            traits.push(t);
        }
        Ok(Resolved {
            parent,
            interfaces,
            traits,
        })
    }

    fn link_user_class(
        &mut self,
        loaded: &Loaded,
        script: u32,
        idx: u32,
        decl: &ClassDecl,
        name: &str,
    ) -> Result<Rc<ClassEntry>, Unwind> {
        let view = loaded.view();
        let res = self.resolve_decl(script, view, decl, name)?;
        let in_table = |n: &[u8]| self.find_class(n);
        if let Some(class) = loaded.reuse_class(idx, script, res.deps(), in_table) {
            return Ok(class);
        }
        let seen = Dependencies::begin();
        let stringable = (decl.flags & class_flags::TRAIT == 0 && !res.traits.is_empty())
            .then(|| self.find_class(b"stringable"))
            .flatten();
        let cname: Rc<str> = Rc::from(name);
        let mut error: Option<String> = None;
        let class = Rc::new_cyclic(|me: &Weak<ClassEntry>| {
            let mut m = Members::inherit(res.parent.as_ref(), &res.interfaces);
            for c in &view.class_consts[decl.constants.indices()] {
                let init = init_of(view, loaded, script, c.value);
                m.add_constant(me, &cname, &lossy(view.str(c.name)), c.flags, init);
            }
            for p in &view.props[decl.props.indices()] {
                let ty = type_spec(view, &p.ty);
                let init = match p.default {
                    Some(lit) => init_of(view, loaded, script, lit),
                    None if ty.is_some() => Init::Value(Value::Undef),
                    None => Init::Value(Value::Null),
                };
                m.add_prop(me, &cname, &lossy(view.str(p.name)), p.flags, ty, init);
            }
            let mut own = Vec::new();
            for &oa_idx in &view.methods[decl.methods.indices()] {
                let oa = &view.op_arrays[oa_idx as usize];
                let mname = lossy(view.str(oa.name));
                let mname = mname.rsplit("::").next().unwrap_or(&mname).to_string();
                let mut flags = oa.flags;
                if flags & (fn_flags::PROTECTED | fn_flags::PRIVATE) == 0 {
                    flags |= fn_flags::PUBLIC;
                }
                if decl.flags & class_flags::INTERFACE != 0 {
                    flags |= fn_flags::ABSTRACT;
                }
                own.push(mname.to_ascii_lowercase());
                m.add_method(
                    me,
                    &cname,
                    &mname,
                    flags,
                    MethodBody::User {
                        script,
                        op_array: oa_idx,
                    },
                );
            }
            if !res.traits.is_empty() {
                m.inherit_methods();
            }
            if let Err(e) = self.use_traits(
                view,
                decl,
                res.parent.as_ref(),
                &res.traits,
                me,
                &cname,
                &own,
                &mut m,
            ) {
                error = Some(e);
            }
            if let Some(s) = stringable {
                m.add_implicit_stringable(s);
            }
            if decl.flags & class_flags::ENUM != 0 && error.is_none() {
                if let Err(e) =
                    enums::check_and_add_methods(&mut m, me, &cname, decl.enum_backing != 0)
                {
                    error = Some(e);
                }
            }
            let inherited = res
                .parent
                .as_ref()
                .map_or(0, |p| p.flags & super::ALLOW_DYNAMIC);
            let mut ce = m.finish(
                cname.clone(),
                res.parent.clone(),
                decl.flags | inherited,
                res.parent.as_ref().and_then(|p| p.create),
                Some((script, idx)),
            );
            ce.enum_backing = decl.enum_backing;
            ce
        });
        if let Some(msg) = error {
            return Err(self.link_fatal(script, &msg));
        }
        if let Some(msg) = ambiguous_constant(&class, &res.interfaces)
            .or_else(|| final_constant_overridden(&class, &res.interfaces))
        {
            return Err(self.link_fatal(script, &msg));
        }
        self.check_inheritance(script, &class, &res.traits)?;
        loaded.keep_class(idx, script, &class, res.deps().cloned(), seen.finish());
        Ok(class)
    }

    /// A trait a rule names (`T::m insteadof U`, `T::m as n`), as
    /// `zend_check_trait_usage` requires it: declared, a trait, and used by the class.
    fn rule_trait<'t>(
        &self,
        name: &[u8],
        traits: &'t [Rc<ClassEntry>],
        cname: &str,
    ) -> Result<&'t Rc<ClassEntry>, String> {
        let Some(found) = self.find_class(name) else {
            return Err(format!("Could not find trait {}", lossy(name)));
        };
        if !found.is_trait() {
            return Err(format!(
                "Class {} is not a trait, Only traits may be used in 'as' and 'insteadof' statements",
                found.name
            ));
        }
        traits
            .iter()
            .find(|t| Rc::ptr_eq(t, &found))
            .ok_or_else(|| format!("Required Trait {} wasn't added to {cname}", found.name))
    }

    /// Zend's `zend_traits_init_trait_structures`: every trait and method a rule names
    /// exists, `insteadof` is consistent, an unqualified alias is unambiguous.
    fn check_trait_rules(
        &self,
        view: &ScriptView<'_>,
        rules: &[miniphp_compiler::TraitRule],
        traits: &[Rc<ClassEntry>],
        cname: &str,
    ) -> Result<(), String> {
        let mut excluded: Vec<(*const ClassEntry, Vec<u8>)> = Vec::new();
        for r in rules.iter().filter(|r| r.insteadof.len > 0) {
            let method = lossy(view.str(r.method));
            let lc = method.to_ascii_lowercase().into_bytes();
            let Some(tn) = r.trait_name else { continue };
            let t = self.rule_trait(view.str(tn), traits, cname)?;
            if t.find_method(&lc).is_none() {
                return Err(format!(
                    "A precedence rule was defined for {}::{method} but this method does not exist",
                    t.name
                ));
            }
            for other in &view.type_names[r.insteadof.indices()] {
                let x = self.rule_trait(view.str(*other), traits, cname)?;
                let key = (Rc::as_ptr(x), lc.clone());
                if excluded.contains(&key) {
                    return Err(format!("Failed to evaluate a trait precedence ({method}). Method of trait {} was defined to be excluded multiple times", x.name));
                }
                excluded.push(key);
                if Rc::ptr_eq(x, t) {
                    return Err(format!("Inconsistent insteadof definition. The method {method} is to be used from {}, but {} is also on the exclude list", t.name, t.name));
                }
            }
        }
        for r in rules.iter().filter(|r| r.insteadof.len == 0) {
            let method = lossy(view.str(r.method));
            let lc = method.to_ascii_lowercase().into_bytes();
            if let Some(tn) = r.trait_name {
                let t = self.rule_trait(view.str(tn), traits, cname)?;
                if t.find_method(&lc).is_none() {
                    return Err(format!(
                        "An alias was defined for {}::{method} but this method does not exist",
                        t.name
                    ));
                }
                continue;
            }
            let mut having = traits.iter().filter(|t| t.find_method(&lc).is_some());
            match (having.next(), having.next()) {
                (Some(a), Some(b)) => {
                    return Err(format!(
                        "An alias was defined for method {method}(), which exists in both {0} and {1}. Use {0}::{method} or {1}::{method} to resolve the ambiguity",
                        a.name, b.name
                    ))
                }
                (Some(_), None) => {}
                (None, _) => {
                    return Err(match r.alias {
                        Some(alias) => format!(
                            "An alias ({}) was defined for method {method}(), but this method does not exist",
                            lossy(view.str(alias))
                        ),
                        None => format!("The modifiers of the trait method {method}() are changed, but this method does not exist. Error"),
                    })
                }
            }
        }
        Ok(())
    }

    /// Copy the used traits' members into the class (`insteadof`, `as`).
    #[allow(clippy::too_many_arguments)]
    fn use_traits(
        &self,
        view: &ScriptView<'_>,
        decl: &ClassDecl,
        parent: Option<&Rc<ClassEntry>>,
        traits: &[Rc<ClassEntry>],
        me: &Weak<ClassEntry>,
        cname: &Rc<str>,
        own: &[String],
        m: &mut Members,
    ) -> Result<(), String> {
        if traits.is_empty() {
            return Ok(());
        }
        let rules = &view.trait_rules[decl.trait_rules.indices()];
        self.check_trait_rules(view, rules, traits, cname)?;
        let trait_named = |n: &[u8]| {
            let n = n.strip_prefix(b"\\").unwrap_or(n).to_ascii_lowercase();
            traits.iter().find(|t| *t.lc_name == *n)
        };
        // Methods excluded by `insteadof`: (trait, lowercase method).
        let mut excluded: Vec<(*const ClassEntry, Vec<u8>)> = Vec::new();
        for r in rules {
            for other in &view.type_names[r.insteadof.indices()] {
                if let Some(t) = trait_named(view.str(*other)) {
                    excluded.push((Rc::as_ptr(t), view.str(r.method).to_ascii_lowercase()));
                }
            }
        }
        // Methods taken from traits so far: (lowercase name, trait, method, flags).
        type Added = (Vec<u8>, Rc<ClassEntry>, Rc<Method>, u32);
        let mut added: Vec<Added> = Vec::new();
        // `zend_add_trait_method`: the class's own methods win; the same method met
        // twice (a trait used by two traits) is one; an abstract one leaves what is
        // there; two implementations collide; a trait's replaces an inherited one.
        let mut add = |m: &mut Members,
                       t: &Rc<ClassEntry>,
                       meth: &Rc<Method>,
                       name: &str,
                       flags: u32|
         -> Result<(), String> {
            let lc = name.to_ascii_lowercase();
            if own.contains(&lc) {
                return Ok(());
            }
            let lc = lc.into_bytes();
            if let Some((_, other, prev, prev_flags)) = added.iter().find(|a| a.0 == lc) {
                if same_body(prev, meth) && prev_flags & VIS_MASK == flags & VIS_MASK {
                    return Ok(());
                }
                if meth.is_abstract() {
                    return Ok(());
                }
                if !prev.is_abstract() {
                    return Err(format!(
                        "Trait method {}::{} has not been applied as {cname}::{name}, because of collision with {}::{}",
                        t.name, meth.name, other.name, m.method(&lc).map_or(&prev.name, |x| &x.name)
                    ));
                }
            } else if meth.is_abstract() && m.method(&lc).is_some_and(|x| !x.is_abstract()) {
                return Ok(());
            }
            m.add_method(me, cname, name, flags, meth.body);
            added.retain(|a| a.0 != lc);
            added.push((lc, t.clone(), meth.clone(), flags));
            Ok(())
        };
        let own_props: Vec<String> = view.props[decl.props.indices()]
            .iter()
            .map(|p| lossy(view.str(p.name)))
            .collect();
        // Which trait each property taken from a trait came from (for conflicts).
        let mut prop_origin: Vec<(String, Rc<str>)> = Vec::new();
        let mut const_origin: Vec<(String, Rc<str>)> = Vec::new();
        for t in traits {
            if decl.flags & class_flags::READONLY != 0 {
                if let Some(p) = t.props.values().find(|p| !p.is_readonly()) {
                    return Err(format!(
                        "Readonly class {cname} cannot use trait with a non-readonly property {}::${}",
                        t.name, p.name
                    ));
                }
            }
            for (lc, meth) in &t.methods {
                // Aliases first: `m as alias` / `T::m as [visibility] alias`.
                for r in rules.iter().filter(|r| r.insteadof.len == 0) {
                    let applies = view.str(r.method).eq_ignore_ascii_case(lc)
                        && r.trait_name.is_none_or(|n| {
                            trait_named(view.str(n)).is_some_and(|x| Rc::ptr_eq(x, t))
                        });
                    if !applies {
                        continue;
                    }
                    let vis = vis_to_fn(r.flags);
                    if let Some(alias) = r.alias {
                        let alias = lossy(view.str(alias));
                        let flags = if vis != 0 {
                            (meth.flags & !VIS_MASK) | vis
                        } else {
                            meth.flags
                        };
                        add(m, t, meth, &alias, flags)?;
                    }
                }
                if excluded
                    .iter()
                    .any(|(p, n)| *p == Rc::as_ptr(t) && n.as_slice() == &**lc)
                {
                    continue;
                }
                // `m as protected` without alias changes the visibility of m itself.
                let mut flags = meth.flags;
                for r in rules
                    .iter()
                    .filter(|r| r.insteadof.len == 0 && r.alias.is_none())
                {
                    if view.str(r.method).eq_ignore_ascii_case(lc) && r.flags != 0 {
                        flags = (flags & !VIS_MASK) | vis_to_fn(r.flags);
                    }
                }
                add(m, t, meth, &meth.name, flags)?;
            }
            for (pname, info) in &t.props {
                let default = if info.is_static() {
                    t.static_cell(info.slot)
                        .map(|r| Init::Value(r.borrow().clone()))
                        .unwrap_or(Init::Value(Value::Null))
                } else {
                    t.default_slots.borrow()[info.slot as usize].clone()
                };
                // The same property from the class, its parent or another trait must
                // be declared identically; a parent's private one is no collision.
                let existing = m.own_prop(pname).or_else(|| {
                    let p = parent?
                        .props
                        .get(pname)
                        .filter(|p| !p.is_private())?
                        .clone();
                    let d = parent_default(parent?, &p);
                    Some((p, d))
                });
                if let Some((old, old_default)) = existing {
                    let same_flags = old.flags & PROP_FLAGS == info.flags & PROP_FLAGS
                        && same_type(old.ty.as_ref(), info.ty.as_ref());
                    let same_default = match (&old_default, &default) {
                        (Init::Value(a), Init::Value(b)) => {
                            matches!((a, b), (Value::Undef, Value::Undef)) || a.strict_eq(b)
                        }
                        _ => true,
                    };
                    let origin = prop_origin
                        .iter()
                        .find(|(n, _)| n == &**pname)
                        .map_or_else(|| old.class_name.clone(), |(_, t)| t.clone());
                    if !(same_flags && same_default) {
                        return Err(format!(
                            "{} and {} define the same property (${pname}) in the composition of {cname}. However, the definition differs and is considered incompatible. Class was composed",
                            origin, t.name
                        ));
                    }
                    if own_props.contains(&pname.to_string())
                        || parent.is_some_and(|p| p.props.contains_key(pname))
                    {
                        continue;
                    }
                }
                m.add_prop(me, cname, pname, info.flags, info.ty.clone(), default);
                prop_origin.push((pname.to_string(), t.name.clone()));
            }
            for (cn, c) in &t.constants {
                let v = c.value.borrow().clone();
                if let Some(old) = m
                    .own_constant(cn)
                    .or_else(|| parent?.constants.get(cn).cloned())
                {
                    let same = old.flags == c.flags
                        && match (&*old.value.borrow(), &v) {
                            (Init::Value(a), Init::Value(b)) => a.strict_eq(b),
                            _ => true,
                        };
                    if !same {
                        let origin = const_origin
                            .iter()
                            .find(|(n, _)| n == &**cn)
                            .map_or_else(|| old.class_name.clone(), |(_, t)| t.clone());
                        return Err(format!(
                            "{origin} and {} define the same constant ({cn}) in the composition of {cname}. However, the definition differs and is considered incompatible. Class was composed",
                            t.name
                        ));
                    }
                    continue;
                }
                m.add_constant(me, cname, cn, c.flags, v);
                const_origin.push((cn.to_string(), t.name.clone()));
            }
        }
        Ok(())
    }

    /// Zend's inheritance checks on a linked class (final, static, visibility,
    /// signatures, abstract methods left).
    fn check_inheritance(
        &mut self,
        script: u32,
        class: &Rc<ClassEntry>,
        traits: &[Rc<ClassEntry>],
    ) -> Result<(), Unwind> {
        if let Some(parent) = &class.parent {
            for (name, info) in &class.props {
                let own = info.class.upgrade().is_some_and(|d| Rc::ptr_eq(&d, class));
                let Some(p) = parent.props.get(name).filter(|p| own && !p.is_private()) else {
                    continue;
                };
                let msg = if p.is_static() != info.is_static() {
                    let (a, b) = if p.is_static() {
                        ("static ", "non static ")
                    } else {
                        ("non static ", "static ")
                    };
                    Some(format!(
                        "Cannot redeclare {a}{}::${name} as {b}{}::${name}",
                        p.class_name, class.name
                    ))
                } else if p.is_readonly() != info.is_readonly() {
                    let (a, b) = if p.is_readonly() {
                        ("readonly", "non-readonly")
                    } else {
                        ("non-readonly", "readonly")
                    };
                    Some(format!(
                        "Cannot redeclare {a} property {}::${name} as {b} {}::${name}",
                        p.class_name, class.name
                    ))
                } else if (p.is_public() && !info.is_public())
                    || (p.is_protected() && info.is_private())
                {
                    let (need, weaker_ok) = if p.is_public() {
                        ("public", "")
                    } else {
                        ("protected", " or weaker")
                    };
                    Some(format!(
                        "Access level to {}::${name} must be {need} (as in class {}){weaker_ok}",
                        class.name, p.class_name
                    ))
                } else {
                    self.property_type_mismatch(class, p, info, name)?
                };
                if let Some(msg) = msg {
                    return Err(self.link_fatal(script, &msg));
                }
            }
        }
        if class.flags & (class_flags::INTERFACE | class_flags::ABSTRACT) == 0
            && class.instance_of_name(b"traversable")
            && !class.instance_of_name(b"iterator")
            && !class.instance_of_name(b"iteratoraggregate")
        {
            // zend_implement_traversable raises it as a core error: no file, line 0.
            let msg = format!(
                "{} {} must implement interface Traversable as part of either Iterator or IteratorAggregate",
                kind_word(class.flags),
                class.name
            );
            self.write_error(crate::errors::E_CORE_ERROR, &msg, "Unknown", 0);
            self.exit_status = 255;
            return Err(Unwind::Exit);
        }
        if !class.is_interface()
            && class.instance_of_name(b"iterator")
            && class.instance_of_name(b"iteratoraggregate")
        {
            let msg = format!(
                "{} {} cannot implement both Iterator and IteratorAggregate at the same time",
                kind_word(class.flags),
                class.name
            );
            return Err(self.link_fatal(script, &msg));
        }
        if !class.is_interface() && class.instance_of_name(b"throwable") {
            // zend_implement_throwable: only Exception's and Error's families may.
            let mut root = class;
            while let Some(p) = &root.parent {
                root = p;
            }
            if !matches!(&*root.name, "Exception" | "Error") {
                let extend = if class.is_enum() {
                    ""
                } else {
                    ", extend Exception or Error instead"
                };
                let msg = format!(
                    "{} {} cannot implement interface Throwable{extend}",
                    kind_word(class.flags),
                    class.name
                );
                return Err(self.link_fatal(script, &msg));
            }
        }
        if !class.is_enum() {
            for i in &class.interfaces {
                if matches!(&*i.lc_name, b"unitenum" | b"backedenum") {
                    return Err(self.link_fatal(
                        script,
                        &format!(
                            "Non-enum class {} cannot implement interface {}",
                            class.name, i.name
                        ),
                    ));
                }
            }
        } else if class.enum_backing == 0 && class.instance_of_name(b"backedenum") {
            return Err(self.link_fatal(
                script,
                &format!(
                    "Non-backed enum {} cannot implement interface BackedEnum",
                    class.name
                ),
            ));
        }
        for meth in class.methods.values() {
            let Some(scope) = meth.scope() else { continue };
            if !Rc::ptr_eq(&scope, class) {
                continue;
            }
            let lc = meth.name.to_ascii_lowercase();
            let mut parents: Vec<Rc<Method>> = Vec::new();
            if let Some(p) = class
                .parent
                .as_ref()
                .and_then(|p| p.find_method(lc.as_bytes()))
            {
                parents.push(p.clone());
            }
            for i in &class.interfaces {
                if let Some(im) = i.find_method(lc.as_bytes()) {
                    parents.push(im.clone());
                }
            }
            // A used trait's abstract method is a signature to honour too.
            for t in traits {
                if let Some(tm) = t.find_method(lc.as_bytes()).filter(|m| m.is_abstract()) {
                    if !same_body(tm, meth) {
                        parents.push(tm.clone());
                    }
                }
            }
            for pm in parents {
                if pm.is_private() && !pm.is_abstract() {
                    continue;
                }
                if pm.is_final() {
                    return Err(self.link_fatal(
                        script,
                        &format!(
                            "Cannot override final method {}::{}()",
                            pm.scope_name, pm.name
                        ),
                    ));
                }
                // A constructor answers only to an abstract one at the top of its
                // parent's chain (a grandparent's too).
                let pm = if lc == "__construct" {
                    match pm.prototype().unwrap_or(pm) {
                        proto if proto.is_abstract() => proto,
                        _ => continue,
                    }
                } else {
                    pm
                };
                // Zend checks a trait's method while adding it (before interfaces),
                // still scoped to its trait; at the method's line.
                let from_iface = pm.scope().is_some_and(|s| s.is_interface());
                if pm.is_static() != meth.is_static() {
                    let child = self.method_owner(meth, !from_iface);
                    let msg = if meth.is_static() {
                        format!(
                            "Cannot make non static method {}::{}() static in class {child}",
                            pm.scope_name, meth.name
                        )
                    } else {
                        format!(
                            "Cannot make static method {}::{}() non static in class {child}",
                            pm.scope_name, meth.name
                        )
                    };
                    return Err(self.method_fatal(script, meth, &msg));
                }
                // A trait's abstract method does not bind visibility (kept for BC by
                // zend_add_trait_method).
                let from_trait = pm.scope().is_some_and(|s| s.is_trait());
                let weaker = !from_trait
                    && ((pm.is_public() && !meth.is_public())
                        || (pm.is_protected() && meth.is_private()));
                if weaker {
                    let need = if pm.is_public() {
                        "public"
                    } else {
                        "protected"
                    };
                    let weaker_ok = if pm.is_public() { "" } else { " or weaker" };
                    let msg = format!(
                        "Access level to {}::{}() must be {need} (as in class {}){weaker_ok}",
                        class.name, meth.name, pm.scope_name
                    );
                    return Err(self.method_fatal(script, meth, &msg));
                }
                let verdict = self.signature_compatible(&pm, meth, class)?;
                if verdict == Variance::Compatible {
                    continue;
                }
                // A trait method checked against a class's method or a trait's
                // abstract one is named after its trait (Zend checks it while adding
                // the trait method); against an interface's, after the class.
                let (child_sig, parent_sig) = (
                    self.method_signature(meth, class, !from_iface),
                    self.method_signature(&pm, class, false),
                );
                let msg = match verdict {
                    Variance::Compatible => continue,
                    Variance::Incompatible => format!(
                        "Declaration of {child_sig} must be compatible with {parent_sig}"
                    ),
                    Variance::Unresolved(name) => format!(
                        "Could not check compatibility between {child_sig} and {parent_sig}, because class {name} is not available"
                    ),
                };
                return Err(self.method_fatal(script, meth, &msg));
            }
        }
        // zend_verify_abstract_class: an abstract class still owes its private abstract
        // methods (only it can declare them); an enum cannot be declared abstract.
        if class.flags & (class_flags::INTERFACE | class_flags::TRAIT) == 0 {
            let explicit = class.flags & class_flags::ABSTRACT != 0;
            let missing: Vec<String> = class
                .methods
                .values()
                .filter(|m| m.is_abstract() && (!explicit || m.is_private()))
                .map(|m| format!("{}::{}", m.scope_name, m.name))
                .collect();
            if !missing.is_empty() {
                let n = missing.len();
                let s = if n == 1 { "" } else { "s" };
                let listed = missing
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
                    + if n > 3 { ", ..." } else { "" };
                let name = &class.name;
                let msg = match (explicit, class.is_enum()) {
                    (false, false) => format!(
                        "Class {name} contains {n} abstract method{s} and must therefore be declared abstract or implement the remaining methods ({listed})"
                    ),
                    (_, true) => format!("Enum {name} must implement {n} abstract private method{s} ({listed})"),
                    (true, false) => format!("Class {name} must implement {n} abstract private method{s} ({listed})"),
                };
                return Err(self.link_fatal(script, &msg));
            }
        }
        Ok(())
    }

    /// The op_array of a user method.
    fn method_op_array(&self, m: &Method) -> Option<(Loaded, u32)> {
        match m.body {
            MethodBody::User { script, op_array } => {
                Some((self.scripts[script as usize].clone(), op_array))
            }
            MethodBody::Native(_) => None,
        }
    }

    /// Zend's `zend_do_perform_implementation_check`, simplified: arity, by-reference
    /// passing, parameter types (contravariant) and the return type (covariant), class
    /// types compared through the class hierarchy. `class` is the class being linked.
    fn signature_compatible(
        &mut self,
        parent: &Method,
        child: &Method,
        class: &Rc<ClassEntry>,
    ) -> Result<Variance, Unwind> {
        let (Some((pl, po)), Some((cl, co))) =
            (self.method_op_array(parent), self.method_op_array(child))
        else {
            return Ok(Variance::Compatible);
        };
        let (pv, cv) = (pl.view(), cl.view());
        let (p, c) = (&pv.op_arrays[po as usize], &cv.op_arrays[co as usize]);
        let c_variadic = c.flags & fn_flags::VARIADIC != 0;
        if c.required_num_args > p.required_num_args || (c.num_args < p.num_args && !c_variadic) {
            return Ok(Variance::Incompatible);
        }
        // A by-reference return must stay one.
        if p.flags & !c.flags & fn_flags::RETURN_REFERENCE != 0 {
            return Ok(Variance::Incompatible);
        }
        // A trait's `self` is the class using it.
        let pscope = parent
            .scope()
            .filter(|s| !s.is_trait())
            .unwrap_or_else(|| class.clone());
        let pinfos = &pv.arg_infos[p.arg_infos.indices()];
        let cinfos = &cv.arg_infos[c.arg_infos.indices()];
        let trust = self.trusts_missing(class);
        for (i, pa) in pinfos.iter().enumerate() {
            let Some(ca) = cinfos
                .get(i)
                .or(if c_variadic { cinfos.last() } else { None })
            else {
                return Ok(Variance::Incompatible);
            };
            if pa.by_ref != ca.by_ref {
                return Ok(Variance::Incompatible);
            }
            if ca.ty.is_declared() {
                let v = self.subtype((pv, &pa.ty, &pscope), (cv, &ca.ty, class), class, trust)?;
                if v != Variance::Compatible {
                    return Ok(v);
                }
            }
        }
        if p.flags & fn_flags::HAS_RETURN_TYPE != 0 && p.return_type.is_declared() {
            let pt = &p.return_type;
            if !c.return_type.is_declared() {
                return Ok(Variance::Incompatible);
            }
            return self.subtype((cv, &c.return_type, class), (pv, pt, &pscope), class, trust);
        }
        Ok(Variance::Compatible)
    }

    /// Whether every value of type `sub` is of type `sup` ([`Vm::covariant`]), each side
    /// with the class its `self`/`parent` mean; `linking` is the class being linked.
    fn subtype(
        &mut self,
        sub: TypeSide<'_, '_>,
        sup: TypeSide<'_, '_>,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<Variance, Unwind> {
        let (bv, b, bscope) = sub;
        let (av, a, ascope) = sup;
        // An untyped parameter is `mixed`.
        if !a.is_declared() || (!b.is_declared() && a.mask & TypeDecl::MIXED != 0) {
            return Ok(Variance::Compatible);
        }
        if !b.is_declared() {
            return Ok(Variance::Incompatible);
        }
        let shape = |v: &ScriptView<'_>, t: &TypeDecl, scope| {
            let names: Vec<String> = v.type_names[t.class_names.indices()]
                .iter()
                .map(|r| lossy(v.str(*r)))
                .collect();
            Shape::new(t.mask, names.iter().map(String::as_str), Some(scope))
        };
        let (sub, sup) = (shape(bv, b, bscope), shape(av, a, ascope));
        self.verdict(&sub, &sup, linking, trust)
    }

    /// [`Vm::covariant`] as a [`Variance`], naming the class it missed.
    fn verdict(
        &mut self,
        sub: &Shape,
        sup: &Shape,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<Variance, Unwind> {
        Ok(match self.covariant(sub, sup, linking, trust)? {
            Check::Yes => Variance::Compatible,
            Check::No => Variance::Incompatible,
            Check::Unknown if trust => Variance::Compatible,
            Check::Unknown => match self.first_missing(sub, sup, linking) {
                Some(name) => Variance::Unresolved(name),
                None => Variance::Incompatible,
            },
        })
    }

    /// `property_types_compatible`: a redeclared property keeps its parent's type (each
    /// a subtype of the other) and an untyped one stays untyped.
    fn property_type_mismatch(
        &mut self,
        class: &Rc<ClassEntry>,
        parent: &PropInfo,
        child: &PropInfo,
        name: &str,
    ) -> Result<Option<String>, Unwind> {
        let declaring = parent.class.upgrade();
        let Some(pt) = &parent.ty else {
            return Ok(child.ty.is_some().then(|| {
                format!(
                    "Type of {}::${name} must not be defined (as in class {})",
                    class.name, parent.class_name
                )
            }));
        };
        if let Some(ct) = &child.ty {
            let trust = self.trusts_missing(class);
            let (p, c) = (
                prop_shape(pt, declaring.as_ref()),
                prop_shape(ct, Some(class)),
            );
            if self.verdict(&c, &p, class, trust)? == Variance::Compatible
                && self.verdict(&p, &c, class, trust)? == Variance::Compatible
            {
                return Ok(None);
            }
        }
        // Shown as the parent declared it, self/parent resolved in its class.
        let shown = TypeSpec {
            mask: pt.mask,
            classes: pt
                .classes
                .iter()
                .map(|c| match c.to_ascii_lowercase().as_str() {
                    "self" => parent.class_name.clone(),
                    "parent" => declaring
                        .as_ref()
                        .and_then(|d| d.parent.as_ref())
                        .map_or_else(|| c.clone(), |p| p.name.clone()),
                    _ => c.clone(),
                })
                .collect(),
        };
        Ok(Some(format!(
            "Type of {}::${name} must be {} (as in class {})",
            class.name,
            shown.to_php_string(),
            parent.class_name
        )))
    }

    /// Zend binds a class early only when the classes its checks need are known;
    /// we bind the script's class table at load regardless, so a class missing then
    /// is taken on trust rather than autoloaded or reported.
    /// While the class is itself being autoloaded, a class its types name may extend
    /// it (Zend sees it registered, unlinked): no nested autoload, trust instead.
    fn trusts_missing(&self, class: &ClassEntry) -> bool {
        if self.variance_delay.rechecking.contains(&class.lc_name) {
            return false;
        }
        self.autoloading.contains(&class.lc_name.to_vec())
            || class
                .decl
                .is_some_and(|(s, i)| self.scripts[s as usize].view().class_table.contains(&i))
    }

    /// A parameter default as `zend_get_function_declaration` shows it: strings cut at
    /// 10 bytes, arrays as `[]` or `[...]`, constant expressions by name.
    fn default_display(&self, v: &ScriptView<'_>, lit: &Literal) -> String {
        match lit {
            Literal::Null => "null".into(),
            Literal::Bool(b) => b.to_string(),
            Literal::Long(n) => n.to_string(),
            Literal::Double(d) => lossy(&Value::Double(*d).to_string_lossy(self.precision())),
            Literal::String(r) => {
                let s = v.str(*r);
                let more = if s.len() > 10 { "..." } else { "" };
                format!("'{}{more}'", lossy(&s[..s.len().min(10)]))
            }
            Literal::Array(r) if r.len == 0 => "[]".into(),
            Literal::Array(_) => "[...]".into(),
            Literal::ConstExpr(oa) => const_expr_display(v, *oa),
        }
    }

    /// `C::f(int $a = 1): string` as PHP prints it in inheritance errors.
    /// The class a method's messages name: with `as_trait`, a method copied from a
    /// trait is shown as the trait's.
    fn method_owner(&self, m: &Method, as_trait: bool) -> String {
        let trait_name = self.method_op_array(m).and_then(|(l, o)| {
            let v = l.view();
            let d = &v.classes[v.op_arrays[o as usize].class? as usize];
            (as_trait && d.flags & class_flags::TRAIT != 0).then(|| lossy(v.str(d.name)))
        });
        trait_name.unwrap_or_else(|| m.scope_name.to_string())
    }

    fn method_signature(&self, m: &Method, class: &Rc<ClassEntry>, as_trait: bool) -> String {
        // self/parent name the method's class (a trait's, the class using it).
        let scope = m.scope().filter(|s| !s.is_trait());
        let scope = scope.as_ref().unwrap_or(class);
        let Some((l, o)) = self.method_op_array(m) else {
            return format!("{}::{}()", m.scope_name, m.name);
        };
        let v = l.view();
        let oa = &v.op_arrays[o as usize];
        let mut params = Vec::new();
        for ai in &v.arg_infos[oa.arg_infos.indices()] {
            let mut s = String::new();
            if ai.ty.is_declared() {
                s.push_str(&resolved_type_string(v, &ai.ty, scope));
                s.push(' ');
            }
            if ai.by_ref {
                s.push('&');
            }
            if ai.variadic {
                s.push_str("...");
            }
            s.push('$');
            s.push_str(&lossy(v.str(ai.name)));
            if let Some(d) = recv_default(v, oa, params.len() as u32 + 1) {
                s.push_str(" = ");
                s.push_str(&self.default_display(v, d));
            }
            params.push(s);
        }
        let by_ref = if oa.flags & fn_flags::RETURN_REFERENCE != 0 {
            "& "
        } else {
            ""
        };
        let owner = self.method_owner(m, as_trait);
        let mut out = format!("{by_ref}{owner}::{}({})", m.name, params.join(", "));
        if oa.return_type.is_declared() {
            out.push_str(": ");
            out.push_str(&resolved_type_string(v, &oa.return_type, scope));
        }
        out
    }
}

/// The literal a parameter's RECV_INIT defaults to (`num` counts from 1), if any.
fn recv_default<'v>(v: &ScriptView<'v>, oa: &OpArray, num: u32) -> Option<&'v Literal> {
    let op = v
        .ops(oa)
        .iter()
        .find(|op| op.opcode == Opcode::RecvInit && op.op1.value == num)?;
    (op.op2.kind == OperandKind::Const).then(|| v.literals(oa).get(op.op2.value as usize))?
}

/// How `zend_get_function_declaration` shows a constant expression default: a constant's
/// or class constant's name, else `<expression>`.
fn const_expr_display(v: &ScriptView<'_>, op_array: u32) -> String {
    let Some(oa) = v.op_arrays.get(op_array as usize) else {
        return "<expression>".into();
    };
    let (ops, lits) = (v.ops(oa), v.literals(oa));
    let lit = |o: &Operand| match (o.kind, lits.get(o.value as usize)) {
        (OperandKind::Const, Some(Literal::String(r))) => Some(lossy(v.str(*r))),
        _ => None,
    };
    let shown = match ops {
        [f, r] if r.opcode == Opcode::Return && f.opcode == Opcode::FetchConstant => lit(&f.op2),
        [f, r] if r.opcode == Opcode::Return && f.opcode == Opcode::FetchClassConstant => {
            // An unused op1 holds the fetch type of self::/parent::/static:: (1, 2, 3)
            // in its low bits (Zend's ZEND_FETCH_CLASS_MASK), flags above.
            let class = match (f.op1.kind, f.op1.value & 0xf) {
                (OperandKind::Unused, 1) => Some("self".to_string()),
                (OperandKind::Unused, 2) => Some("parent".to_string()),
                (OperandKind::Unused, 3) => Some("static".to_string()),
                _ => lit(&f.op1),
            };
            class.zip(lit(&f.op2)).map(|(c, n)| format!("{c}::{n}"))
        }
        _ => None,
    };
    shown.unwrap_or_else(|| "<expression>".into())
}

const VIS_MASK: u32 = fn_flags::PUBLIC | fn_flags::PROTECTED | fn_flags::PRIVATE;

/// Two methods run the same body (a trait method copied into a class).
fn same_body(a: &Method, b: &Method) -> bool {
    match (a.body, b.body) {
        (
            MethodBody::User { script, op_array },
            MethodBody::User {
                script: s2,
                op_array: o2,
            },
        ) => script == s2 && op_array == o2,
        (MethodBody::Native(x), MethodBody::Native(y)) => std::ptr::eq(x, y),
        _ => false,
    }
}

/// The property flags that must agree when a trait and a class declare a property.
const PROP_FLAGS: u32 =
    member::PUBLIC | member::PROTECTED | member::PRIVATE | member::STATIC | member::READONLY;

/// A parent's property default (the value of its slot or static cell).
fn parent_default(parent: &ClassEntry, p: &crate::class::PropInfo) -> Init {
    if p.is_static() {
        let v = parent.static_cell(p.slot).map(|c| c.borrow().clone());
        Init::Value(v.unwrap_or_default())
    } else {
        parent.default_slots.borrow()[p.slot as usize].clone()
    }
}

/// A trait rule's `member` visibility as method flags.
fn vis_to_fn(flags: u32) -> u32 {
    let mut f = 0;
    if flags & member::PUBLIC != 0 {
        f |= fn_flags::PUBLIC;
    }
    if flags & member::PROTECTED != 0 {
        f |= fn_flags::PROTECTED;
    }
    if flags & member::PRIVATE != 0 {
        f |= fn_flags::PRIVATE;
    }
    f
}

/// `zend_get_object_type_uc`: what a declaration with these class flags is.
/// A constant that two of the class's sources (its parent, the interfaces it names)
/// declare differently and the class does not itself declare: Zend's
/// do_inherit_constant_check error, "Class C inherits both A::X and B::X, which is ambiguous".
fn ambiguous_constant(class: &ClassEntry, interfaces: &[Rc<ClassEntry>]) -> Option<String> {
    let parent = class.parent.as_ref();
    let mut from: Vec<(&str, &str)> = parent
        .iter()
        .flat_map(|p| p.constants.iter())
        .map(|(k, c)| (&**k, &*c.class_name))
        .collect();
    // Interfaces the parent implements were inherited with it.
    let fresh = interfaces
        .iter()
        .filter(|i| !parent.is_some_and(|p| p.interfaces.iter().any(|x| Rc::ptr_eq(x, i))));
    for i in fresh {
        for (k, c) in &i.constants {
            let own = class
                .constants
                .get(k)
                .is_some_and(|c| *c.class_name == *class.name);
            match from.iter().find(|(n, _)| *n == &**k) {
                _ if own => {}
                Some((_, d)) if *d != &*c.class_name => {
                    return Some(format!(
                        "{} {} inherits both {d}::{k} and {}::{k}, which is ambiguous",
                        kind_word(class.flags),
                        class.name,
                        c.class_name
                    ))
                }
                Some(_) => {}
                None => from.push((k, &c.class_name)),
            }
        }
    }
    None
}

/// Whether two property types are the same (a trait's property must repeat the type
/// exactly, as property_types_compatible requires both ways): the same kinds and the
/// same classes in any order.
fn same_type(a: Option<&TypeSpec>, b: Option<&TypeSpec>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            a.mask == b.mask
                && a.classes.len() == b.classes.len()
                && a.classes
                    .iter()
                    .all(|x| b.classes.iter().any(|y| x.eq_ignore_ascii_case(y)))
        }
        _ => false,
    }
}

/// A constant the class declares (itself or through a trait) over a `final` one of
/// its parent or of an interface: do_inherit_class_constant's error.
fn final_constant_overridden(class: &ClassEntry, interfaces: &[Rc<ClassEntry>]) -> Option<String> {
    let sources = class.parent.iter().chain(interfaces);
    for k in class
        .constants
        .iter()
        .filter(|(_, c)| *c.class_name == *class.name)
        .map(|(k, _)| k)
    {
        let overridden = sources
            .clone()
            .filter_map(|p| p.constants.get(k))
            .find(|pc| pc.flags & member::FINAL != 0 && pc.flags & member::PRIVATE == 0);
        if let Some(pc) = overridden {
            return Some(format!(
                "{}::{k} cannot override final constant {}::{k}",
                class.name, pc.class_name
            ));
        }
    }
    None
}

/// zend_get_object_type_uc: "Class", "Interface", "Trait" or "Enum".
pub(crate) fn kind_word(flags: u32) -> &'static str {
    if flags & class_flags::INTERFACE != 0 {
        "Interface"
    } else if flags & class_flags::TRAIT != 0 {
        "Trait"
    } else if flags & class_flags::ENUM != 0 {
        "Enum"
    } else {
        "Class"
    }
}

/// One side of a subtype check: a type, the script it is in, the class `self` means.
type TypeSide<'v, 's> = (&'v ScriptView<'s>, &'v TypeDecl, &'v Rc<ClassEntry>);

/// The outcome of comparing two signatures or types.
#[derive(Debug, PartialEq)]
enum Variance {
    Compatible,
    Incompatible,
    /// A class the check needs could not be loaded.
    Unresolved(String),
}

/// A type as `zend_type_to_string_resolved` prints it: `self` and `parent` as the
/// names of the classes they mean in `scope`.
fn resolved_type_string(v: &ScriptView<'_>, t: &TypeDecl, scope: &Rc<ClassEntry>) -> String {
    let resolve = |n: &str| match n.to_ascii_lowercase().as_str() {
        "self" => scope.name.to_string(),
        "parent" => scope
            .parent
            .as_ref()
            .map_or_else(|| n.to_string(), |p| p.name.to_string()),
        _ => n.to_string(),
    };
    let names = v.type_names[t.class_names.indices()]
        .iter()
        .map(|r| {
            let n = lossy(v.str(*r));
            n.split('&').map(resolve).collect::<Vec<_>>().join("&")
        })
        .collect();
    crate::exec::format_type(names, t.mask)
}

#[cfg(test)]
mod tests {
    use crate::tests_asm::Capture;

    /// Run `code` (`php -n -r`) and return (stdout, exit status).
    fn run(code: &str) -> (String, i32) {
        let out = Capture::default();
        let sink = std::io::sink();
        let status = crate::run::run_code(
            code,
            vec![],
            crate::vm::IniOverrides {
                no_ini: true,
                settings: vec![],
            },
            Box::new(out.clone()),
            Box::new(sink),
        );
        (out.text(), status)
    }

    #[test]
    fn classes_traits_enums_and_destructors_run_as_php() {
        let (out, status) = run(concat!(
            "abstract class Shape { abstract function area(): float; function name() { return static::class; } }\n",
            "trait Named { public string $label = \"t\"; function hello() { return \"hi \" . $this->label; } }\n",
            "class Sq extends Shape { use Named; function __construct(private float $s) {} function area(): float { return $this->s ** 2; } }\n",
            "$s = new Sq(3); echo $s->area(), \" \", $s->name(), \" \", $s->hello(), \"\\n\";\n",
            "try { echo $s->s; } catch (Error $e) { echo $e->getMessage(), \"\\n\"; }\n",
            "enum E: int { case A = 1; case B = 2; }\n",
            "echo E::from(2)->name, \" \", count(E::cases()), \" \", var_export(E::tryFrom(3), true), \"\\n\";\n",
            "class D { function __destruct() { echo \"bye\\n\"; } }\n",
            "$d = new D; $d = null; echo \"end\\n\";\n",
        ));
        assert_eq!(status, 0);
        assert_eq!(
            out,
            "9 Sq hi t\nCannot access private property Sq::$s\nB 2 NULL\nbye\nend\n"
        );
    }

    #[test]
    fn a_missing_interface_method_is_fatal() {
        let (out, status) = run("interface I { function f(); }\nclass C implements I {}\n");
        assert_eq!(status, 255);
        assert!(
            out.contains("Fatal error: Class C contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (I::f) in Command line code on line 2"),
            "{out}"
        );
    }
}
