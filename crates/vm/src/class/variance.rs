//! Whether one declared type is a subtype of another while a class is linked (Zend's
//! `zend_perform_covariant_type_check` and its helpers): builtin types by their bits,
//! class types through the class hierarchy, with unions, intersections and DNF types
//! (`(A&B)|C`) compared member by member.

use std::rc::Rc;

use miniphp_compiler::TypeDecl;

use super::ClassEntry;
use crate::vm::{Unwind, Vm};

/// A declared type as the checks see it: its builtin bits (`iterable` as
/// `Traversable|array`, as Zend compiles it) and its class members, each one class or
/// (in a DNF type) an intersection group; `all` when the type itself is an intersection.
#[derive(Debug, Default)]
pub(super) struct Shape {
    pub mask: u32,
    pub members: Vec<Vec<String>>,
    pub all: bool,
}

impl Shape {
    /// The shape of a type with `mask` and class `names` as stored (a DNF group as
    /// `A&B`), `self` and `parent` resolved in `scope`.
    pub fn new<'a>(
        mask: u32,
        names: impl Iterator<Item = &'a str>,
        scope: Option<&Rc<ClassEntry>>,
    ) -> Shape {
        let resolve = |n: &str| match n.to_ascii_lowercase().as_str() {
            "self" => scope.map_or_else(|| n.to_string(), |s| s.name.to_string()),
            "parent" => scope
                .and_then(|s| s.parent.as_ref())
                .map_or_else(|| n.to_string(), |p| p.name.to_string()),
            _ => n.trim_start_matches('\\').to_string(),
        };
        let all = mask & TypeDecl::INTERSECTION != 0;
        let mut members: Vec<Vec<String>> =
            names.map(|n| n.split('&').map(resolve).collect()).collect();
        let mut mask = mask & !(TypeDecl::DECLARED | TypeDecl::INTERSECTION | TypeDecl::DNF);
        if mask & TypeDecl::ITERABLE != 0 {
            mask = (mask & !TypeDecl::ITERABLE) | TypeDecl::ARRAY;
            members.push(vec!["Traversable".to_string()]);
        }
        Shape { mask, members, all }
    }

    /// An intersection group of another type, as a type of its own.
    fn group(names: &[String]) -> Shape {
        Shape {
            mask: 0,
            members: names.iter().map(|n| vec![n.clone()]).collect(),
            all: true,
        }
    }

    fn names(&self) -> impl Iterator<Item = &String> {
        self.members.iter().flatten()
    }
}

/// Zend links a class its autoloader declares before the classes its variance checks
/// need may exist (they may extend it): the checks wait until it is in the class table
/// and those classes are loaded. Here a check made on trust notes what it missed, and
/// the class is checked again, with nothing on trust, once they are loaded.
#[derive(Debug, Default)]
pub(crate) struct VarianceDelay {
    /// Classes a check taken on trust could not find, in the order it looked.
    pub missed: Vec<String>,
    /// Lowercase names of the classes being checked again.
    pub rechecking: Vec<Box<[u8]>>,
}

/// A check's outcome before it is reported.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Check {
    Yes,
    No,
    /// A class it needs could not be loaded.
    Unknown,
}

impl Vm {
    /// Whether every value of `sub` is a value of `sup` (`zend_perform_covariant_type_check`).
    /// `linking` is the class being linked (found by name before it is in the class
    /// table); with `trust`, classes that cannot be found are not looked for further.
    pub(super) fn covariant(
        &mut self,
        sub: &Shape,
        sup: &Shape,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<Check, Unwind> {
        if sup.mask & TypeDecl::MIXED != 0 && sub.mask & TypeDecl::VOID == 0 {
            return Ok(Check::Yes);
        }
        // Builtin types may be removed, not added; `static` may replace a type that
        // admits the class, `never` is the bottom type.
        let mut added = sub.mask & !sup.mask;
        if added & TypeDecl::STATIC != 0 && self.permits_self(sup, linking, trust)? {
            added &= !TypeDecl::STATIC;
        }
        if added == TypeDecl::NEVER {
            return Ok(Check::Yes);
        }
        if added != 0 {
            return Ok(Check::No);
        }
        let mut unknown = false;
        if sub.all {
            let early = if sup.all { Check::No } else { Check::Yes };
            let names: Vec<String> = sub.names().cloned().collect();
            match self.intersection_subtype(&names, sup, linking, trust)? {
                s if s == early => return Ok(s),
                Check::Unknown => unknown = true,
                _ => {}
            }
            return Ok(match (unknown, early) {
                (true, _) => Check::Unknown,
                (false, Check::No) => Check::Yes,
                _ => Check::No,
            });
        }
        for m in &sub.members {
            let s = match m.as_slice() {
                [name] => self.class_subtype(name, sup, linking, trust)?,
                group => self.intersection_subtype(group, sup, linking, trust)?,
            };
            match s {
                Check::No => return Ok(Check::No),
                Check::Unknown => unknown = true,
                Check::Yes => {}
            }
        }
        Ok(if unknown { Check::Unknown } else { Check::Yes })
    }

    /// Whether class `name` is a subtype of `sup` (`zend_is_class_subtype_of_type`).
    fn class_subtype(
        &mut self,
        name: &str,
        sup: &Shape,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<Check, Unwind> {
        let mut unknown = false;
        if sup.mask & TypeDecl::OBJECT != 0 {
            if self.variance_class(name, linking, trust)?.is_some() {
                return Ok(Check::Yes);
            }
            unknown = true;
        }
        for m in &sup.members {
            let s = match m.as_slice() {
                [sup_name] if sup_name.eq_ignore_ascii_case(name) => Check::Yes,
                [sup_name] => {
                    let sub_class = self.variance_class(name, linking, trust)?;
                    let sup_class = self.variance_class(sup_name, linking, trust)?;
                    match (sub_class, sup_class) {
                        (Some(a), Some(b)) if a.is_subclass_of(&b) => Check::Yes,
                        (Some(_), Some(_)) => Check::No,
                        _ => Check::Unknown,
                    }
                }
                group => self.class_subtype(name, &Shape::group(group), linking, trust)?,
            };
            match (s, sup.all) {
                (Check::Yes, false) => return Ok(Check::Yes),
                (Check::No, true) => return Ok(Check::No),
                (Check::Unknown, _) => unknown = true,
                _ => {}
            }
        }
        Ok(match (unknown, sup.all) {
            (true, _) => Check::Unknown,
            (false, true) => Check::Yes,
            (false, false) => Check::No,
        })
    }

    /// Whether the intersection of `names` is a subtype of `sup`
    /// (`zend_is_intersection_subtype_of_type`): of an intersection when for each of
    /// its members one of `names` is a subtype, of a union when for one.
    fn intersection_subtype(
        &mut self,
        names: &[String],
        sup: &Shape,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<Check, Unwind> {
        let mut unknown = false;
        if sup.mask & TypeDecl::OBJECT != 0 {
            for n in names {
                if self.variance_class(n, linking, trust)?.is_some() {
                    return Ok(Check::Yes);
                }
                unknown = true;
            }
        }
        let early = if sup.all { Check::No } else { Check::Yes };
        for m in &sup.members {
            let s = match m.as_slice() {
                [sup_name] => {
                    self.intersection_subtype_of_class(names, sup_name, linking, trust)?
                }
                group => self.intersection_subtype(names, &Shape::group(group), linking, trust)?,
            };
            match s {
                s if s == early => return Ok(s),
                Check::Unknown => unknown = true,
                _ => {}
            }
        }
        Ok(match (unknown, early) {
            (true, _) => Check::Unknown,
            (false, Check::No) => Check::Yes,
            _ => Check::No,
        })
    }

    /// Whether one of `names` is class `sup_name` or a subclass of it.
    fn intersection_subtype_of_class(
        &mut self,
        names: &[String],
        sup_name: &str,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<Check, Unwind> {
        if names.iter().any(|n| n.eq_ignore_ascii_case(sup_name)) {
            return Ok(Check::Yes);
        }
        let mut unknown = false;
        let sup_class = self.variance_class(sup_name, linking, trust)?;
        for n in names {
            match (self.variance_class(n, linking, trust)?, &sup_class) {
                (Some(a), Some(b)) if a.is_subclass_of(b) => return Ok(Check::Yes),
                (Some(_), Some(_)) => {}
                _ => unknown = true,
            }
        }
        Ok(if unknown { Check::Unknown } else { Check::No })
    }

    /// Whether a type admits the class being linked (`zend_type_permits_self`).
    fn permits_self(
        &mut self,
        t: &Shape,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<bool, Unwind> {
        if t.mask & TypeDecl::OBJECT != 0 {
            return Ok(true);
        }
        for n in t.names() {
            if let Some(c) = self.variance_class(n, linking, trust)? {
                if linking.is_subclass_of(&c) {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// The first class of `sub`, then of `sup`, that is not there (the checks have
    /// autoloaded what they could): the one PHP names when a check could not be completed.
    pub(super) fn first_missing(
        &self,
        sub: &Shape,
        sup: &Shape,
        linking: &Rc<ClassEntry>,
    ) -> Option<String> {
        sub.names()
            .chain(sup.names())
            .find(|n| {
                !linking.name.eq_ignore_ascii_case(n) && self.find_class(n.as_bytes()).is_none()
            })
            .cloned()
    }

    /// A class named in a type during linking: the class being linked itself, else the
    /// class table, else (unless the caller takes missing classes on `trust`) the
    /// autoloaders. A class missed on trust is noted for [`VarianceDelay`].
    pub(super) fn variance_class(
        &mut self,
        name: &str,
        linking: &Rc<ClassEntry>,
        trust: bool,
    ) -> Result<Option<Rc<ClassEntry>>, Unwind> {
        if linking.name.eq_ignore_ascii_case(name) {
            return Ok(Some(linking.clone()));
        }
        // Checked again, a class still missing is not autoloaded a second time.
        let found = match trust || self.variance_delay.rechecking.contains(&linking.lc_name) {
            true => self.find_class(name.as_bytes()),
            false => self.lookup_class(name.as_bytes())?,
        };
        match &found {
            Some(c) => super::link::note_dependency(name, c),
            None if trust => {
                let missed = &mut self.variance_delay.missed;
                if !missed.iter().any(|m| m.eq_ignore_ascii_case(name)) {
                    missed.push(name.to_string());
                }
            }
            None => {}
        }
        Ok(found)
    }
}
