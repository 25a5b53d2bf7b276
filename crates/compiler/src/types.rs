//! The compile-time checks of a declared type (`zend_compile_typename`): standalone
//! types, nullability, redundant members, what an intersection may hold. The type
//! itself is built by `Compiler::type_decl`; this only refuses what PHP refuses, with
//! PHP's messages.

use miniphp_parser::ast::{Name, NameKind, TypeHint};

use crate::compiler::{Compiler, R};
use crate::oo::fetch_type;
use crate::script::TypeDecl;

/// Zend's `MAY_BE_ANY`: what `mixed` stands for.
const ANY: u32 = TypeDecl::MIXED;

/// One member of a type as Zend compiles it: builtin bits, a class name, or both
/// (`iterable` is `Traversable|array`).
struct Single {
    mask: u32,
    class: Option<String>,
    iterable: bool,
}

/// A member of a union's class list.
enum Entry {
    Class(String),
    Intersection(Vec<String>),
}

impl Compiler<'_> {
    /// Refuses what `zend_compile_typename` refuses; `implicit_null` is a parameter
    /// whose default is null.
    pub(crate) fn check_typename(&mut self, t: &TypeHint, implicit_null: bool) -> R<()> {
        let (inner, nullable) = match t {
            TypeHint::Nullable(i) => (&**i, true),
            _ => (t, false),
        };
        let (mut mask, complex) = match inner {
            TypeHint::Union(ts) => self.check_union(ts)?,
            TypeHint::Intersection(ts) => {
                self.check_intersection(ts)?;
                (0, true)
            }
            TypeHint::Named(n) => {
                let s = self.single_type(n)?;
                (s.mask, s.class.is_some())
            }
            TypeHint::Nullable(_) => (0, false),
        };
        if mask == ANY && nullable {
            return self
                .err("Type mixed cannot be marked as nullable since mixed already includes null");
        }
        if mask & TypeDecl::NULL != 0 && nullable {
            return self.err("null cannot be marked as nullable");
        }
        if nullable || implicit_null {
            mask |= TypeDecl::NULL;
        }
        if mask & TypeDecl::VOID != 0 && (complex || mask != TypeDecl::VOID) {
            return self.err("Void can only be used as a standalone type");
        }
        if mask & TypeDecl::NEVER != 0 && (complex || mask != TypeDecl::NEVER) {
            return self.err("never can only be used as a standalone type");
        }
        Ok(())
    }

    /// The union's builtin mask and whether it names classes, after its checks.
    fn check_union(&mut self, ts: &[TypeHint]) -> R<(u32, bool)> {
        let mut mask = 0u32;
        let mut list: Vec<Entry> = Vec::new();
        let mut only_iterable_class = true;
        for t in ts {
            match t {
                TypeHint::Intersection(parts) => {
                    only_iterable_class = false;
                    let names = self.check_intersection(parts)?;
                    for e in &list {
                        match e {
                            Entry::Intersection(other) => {
                                intersections_redundant(self, &names, other)?
                            }
                            Entry::Class(c) => intersection_redundant_by(self, &names, c)?,
                        }
                    }
                    list.push(Entry::Intersection(names));
                }
                TypeHint::Named(n) => {
                    let s = self.single_type(n)?;
                    if s.mask == ANY {
                        return self.err("Type mixed can only be used as a standalone type");
                    }
                    if s.class.is_some() && !s.iterable {
                        only_iterable_class = false;
                    }
                    let overlap = mask & s.mask;
                    if overlap != 0 {
                        return self.err(format!(
                            "Duplicate type {} is redundant",
                            type_string(&[], overlap)
                        ));
                    }
                    if (mask & TypeDecl::TRUE != 0 && s.mask == TypeDecl::FALSE)
                        || (mask & TypeDecl::FALSE != 0 && s.mask == TypeDecl::TRUE)
                    {
                        return self
                            .err("Type contains both true and false, bool should be used instead");
                    }
                    mask |= s.mask;
                    if let Some(c) = s.class {
                        for e in &list {
                            match e {
                                Entry::Intersection(names) => {
                                    intersection_redundant_by(self, names, &c)?
                                }
                                Entry::Class(o) if o.eq_ignore_ascii_case(&c) => {
                                    return self.err(format!("Duplicate type {c} is redundant"));
                                }
                                Entry::Class(_) => {}
                            }
                        }
                        list.push(Entry::Class(c));
                    }
                }
                // The grammar allows neither `?T` nor a nested union inside a union.
                TypeHint::Nullable(_) | TypeHint::Union(_) => {}
            }
        }
        if mask & TypeDecl::OBJECT != 0
            && ((!only_iterable_class && !list.is_empty()) || mask & TypeDecl::STATIC != 0)
        {
            let names: Vec<String> = list
                .iter()
                .map(|e| match e {
                    Entry::Class(c) => c.clone(),
                    Entry::Intersection(n) => format!("({})", n.join("&")),
                })
                .collect();
            return self.err(format!(
                "Type {} contains both object and a class type, which is redundant",
                type_string(&names, mask)
            ));
        }
        Ok((mask, !list.is_empty()))
    }

    /// The intersection's class names, after its checks.
    fn check_intersection(&mut self, ts: &[TypeHint]) -> R<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        for t in ts {
            let TypeHint::Named(n) = t else {
                continue;
            };
            let s = self.single_type(n)?;
            let class = match s.class {
                Some(_) if s.iterable => {
                    let shown = type_string(&["Traversable".into()], s.mask);
                    return self.err(format!(
                        "Type {shown} cannot be part of an intersection type"
                    ));
                }
                None => {
                    let shown = type_string(&[], s.mask);
                    return self.err(format!(
                        "Type {shown} cannot be part of an intersection type"
                    ));
                }
                Some(c) => c,
            };
            if c_is(&class, "self") || c_is(&class, "parent") {
                return self.err(format!(
                    "Type {class} cannot be part of an intersection type"
                ));
            }
            if names.iter().any(|o| o.eq_ignore_ascii_case(&class)) {
                return self.err(format!("Duplicate type {class} is redundant"));
            }
            names.push(class);
        }
        Ok(names)
    }

    /// `zend_compile_single_typename`
    fn single_type(&mut self, n: &Name) -> R<Single> {
        let lower = crate::names::Lower::new(&n.parts);
        let lc = lower.as_str();
        let builtin = match lc {
            "int" => TypeDecl::LONG,
            "float" => TypeDecl::DOUBLE,
            "string" => TypeDecl::STRING,
            "bool" => TypeDecl::FALSE | TypeDecl::TRUE,
            "false" => TypeDecl::FALSE,
            "true" => TypeDecl::TRUE,
            "null" => TypeDecl::NULL,
            "void" => TypeDecl::VOID,
            "never" => TypeDecl::NEVER,
            "object" => TypeDecl::OBJECT,
            "mixed" => ANY,
            "iterable" => TypeDecl::ARRAY,
            // Keywords in the grammar, never class names.
            "array" if n.kind == NameKind::Unqualified => TypeDecl::ARRAY,
            "callable" if n.kind == NameKind::Unqualified => TypeDecl::CALLABLE,
            "static" if n.kind == NameKind::Unqualified => {
                if self.active().is_none() && self.scope_known() {
                    return self.err("Cannot use \"static\" when no class scope is active");
                }
                TypeDecl::STATIC
            }
            _ => 0,
        };
        if builtin != 0 {
            if n.kind != NameKind::Unqualified {
                return self.err(format!("Type declaration '{lc}' must be unqualified"));
            }
            let iterable = lc == "iterable";
            return Ok(Single {
                mask: builtin,
                class: iterable.then(|| "Traversable".to_string()),
                iterable,
            });
        }
        let ft = fetch_type(n);
        let class = if ft == 0 {
            self.scope.resolve_class(n)
        } else {
            self.ensure_valid_fetch_type(ft)?;
            n.parts.clone()
        };
        Ok(Single {
            mask: 0,
            class: Some(class),
            iterable: false,
        })
    }
}

fn c_is(name: &str, what: &str) -> bool {
    name.eq_ignore_ascii_case(what)
}

/// `zend_is_intersection_type_redundant_by_single_type`
fn intersection_redundant_by(c: &Compiler<'_>, names: &[String], single: &str) -> R<()> {
    if names.iter().any(|n| n.eq_ignore_ascii_case(single)) {
        return c.err(format!(
            "Type {} is redundant as it is more restrictive than type {single}",
            names.join("&")
        ));
    }
    Ok(())
}

/// `zend_are_intersection_types_redundant`: `new` was written after `old`.
fn intersections_redundant(c: &Compiler<'_>, new: &[String], old: &[String]) -> R<()> {
    let (smaller, larger) = if old.len() < new.len() {
        (old, new)
    } else {
        (new, old)
    };
    let shared = smaller
        .iter()
        .filter(|s| larger.iter().any(|l| l.eq_ignore_ascii_case(s)))
        .count();
    if shared != smaller.len() {
        return Ok(());
    }
    let (small, large) = (smaller.join("&"), larger.join("&"));
    if smaller.len() == larger.len() {
        c.err(format!("Type {small} is redundant with type {large}"))
    } else {
        c.err(format!(
            "Type {large} is redundant as it is more restrictive than type {small}"
        ))
    }
}

/// `zend_type_to_string`: class names as listed, then the builtin bits in Zend's
/// order, `?T` for a nullable single type.
pub(crate) fn type_string(classes: &[String], mask: u32) -> String {
    let mut parts: Vec<String> = classes.to_vec();
    if mask & ANY != 0 {
        parts.push("mixed".into());
        return parts.join("|");
    }
    const ORDER: [(u32, &str); 9] = [
        (TypeDecl::STATIC, "static"),
        (TypeDecl::CALLABLE, "callable"),
        (TypeDecl::OBJECT, "object"),
        (TypeDecl::ARRAY, "array"),
        (TypeDecl::STRING, "string"),
        (TypeDecl::LONG, "int"),
        (TypeDecl::DOUBLE, "float"),
        (TypeDecl::VOID, "void"),
        (TypeDecl::NEVER, "never"),
    ];
    for (bit, name) in &ORDER[..7] {
        if mask & bit != 0 {
            parts.push(name.to_string());
        }
    }
    match (mask & TypeDecl::FALSE != 0, mask & TypeDecl::TRUE != 0) {
        (true, true) => parts.push("bool".into()),
        (true, false) => parts.push("false".into()),
        (false, true) => parts.push("true".into()),
        (false, false) => {}
    }
    for (bit, name) in &ORDER[7..] {
        if mask & bit != 0 {
            parts.push(name.to_string());
        }
    }
    if mask & TypeDecl::NULL != 0 {
        if parts.len() == 1 && !parts[0].contains('&') {
            return format!("?{}", parts[0]);
        }
        parts.push("null".into());
    }
    parts.join("|")
}

#[cfg(test)]
mod tests {
    use super::type_string;
    use crate::script::TypeDecl;

    #[test]
    fn type_string_follows_zend_order() {
        let t = TypeDecl::NULL | TypeDecl::ARRAY | TypeDecl::OBJECT;
        assert_eq!(
            type_string(&["Traversable".into(), "T".into()], t),
            "Traversable|T|object|array|null"
        );
        assert_eq!(type_string(&[], TypeDecl::FALSE), "false");
        assert_eq!(type_string(&[], TypeDecl::NULL), "null");
        assert_eq!(type_string(&["A".into()], TypeDecl::NULL), "?A");
        assert_eq!(
            type_string(&[], TypeDecl::FALSE | TypeDecl::TRUE | TypeDecl::LONG),
            "int|bool"
        );
    }
}
