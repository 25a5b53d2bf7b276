//! Name resolution against `namespace` and `use`, as Zend's
//! `zend_resolve_non_class_name` / `zend_resolve_class_name` do.

use miniphp_parser::ast::{Name, NameKind};
use std::collections::HashMap;

/// The file context: current namespace and import tables (Zend's `FC(...)`).
#[derive(Default)]
pub struct Scope {
    pub namespace: Option<String>,
    /// Class imports, keyed by lowercased alias.
    pub classes: HashMap<String, String>,
    /// Function imports, keyed by lowercased alias.
    pub functions: HashMap<String, String>,
    /// Constant imports, keyed by alias (case-sensitive).
    pub consts: HashMap<String, String>,
}

/// A name lowercased on the stack, for matching it against keywords (type names, `self`,
/// `parent`) without allocating: every type is checked so. A name longer than the longest
/// keyword (`iterable`, `callable`) reads as "".
pub struct Lower {
    buf: [u8; 8],
    len: usize,
}

impl Lower {
    pub fn new(name: &str) -> Lower {
        let mut buf = [0; 8];
        let len = if name.len() <= buf.len() {
            buf[..name.len()].copy_from_slice(name.as_bytes());
            buf[..name.len()].make_ascii_lowercase();
            name.len()
        } else {
            0
        };
        Lower { buf, len }
    }

    pub fn as_str(&self) -> &str {
        // ASCII lowercasing keeps UTF-8 valid, so this is never empty by mistake.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}

/// A resolved function or constant name; `fallback` when PHP tries the global name too.
pub struct Resolved {
    pub name: String,
    pub fully_qualified: bool,
}

impl Scope {
    pub fn prefix(&self, name: &str) -> String {
        match &self.namespace {
            Some(ns) if !ns.is_empty() => format!("{ns}\\{name}"),
            _ => name.to_string(),
        }
    }

    /// `zend_resolve_non_class_name`.
    pub fn resolve_non_class(&self, n: &Name, is_const: bool) -> Resolved {
        let fq = |name: String| Resolved {
            name,
            fully_qualified: true,
        };
        match n.kind {
            NameKind::FullyQualified => return fq(n.parts.clone()),
            NameKind::Relative => return fq(self.prefix(&n.parts)),
            _ => {}
        }
        let import = if is_const {
            self.consts.get(&n.parts)
        } else {
            self.functions.get(&n.parts.to_ascii_lowercase())
        };
        if let Some(i) = import {
            return fq(i.clone());
        }
        if let Some((first, rest)) = n.parts.split_once('\\') {
            if let Some(i) = self.classes.get(&first.to_ascii_lowercase()) {
                return fq(format!("{i}\\{rest}"));
            }
            return fq(self.prefix(&n.parts));
        }
        Resolved {
            name: self.prefix(&n.parts),
            fully_qualified: false,
        }
    }

    /// `zend_resolve_class_name` for a name that is not self/parent/static.
    pub fn resolve_class(&self, n: &Name) -> String {
        match n.kind {
            NameKind::FullyQualified => n.parts.clone(),
            NameKind::Relative => self.prefix(&n.parts),
            _ => {
                let (first, rest) = match n.parts.split_once('\\') {
                    Some((f, r)) => (f, Some(r)),
                    None => (n.parts.as_str(), None),
                };
                match (self.classes.get(&first.to_ascii_lowercase()), rest) {
                    (Some(i), Some(r)) => format!("{i}\\{r}"),
                    (Some(i), None) => i.clone(),
                    (None, _) => self.prefix(&n.parts),
                }
            }
        }
    }
}

/// The superglobals (`zend_is_auto_global`).
pub fn is_auto_global(name: &str) -> bool {
    matches!(
        name,
        "GLOBALS"
            | "_GET"
            | "_POST"
            | "_COOKIE"
            | "_SERVER"
            | "_ENV"
            | "_REQUEST"
            | "_FILES"
            | "_SESSION"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use miniphp_parser::ast::Span;

    fn name(kind: NameKind, parts: &str) -> Name {
        Name {
            kind,
            parts: parts.into(),
            span: Span::default(),
        }
    }

    #[test]
    fn resolves_like_zend() {
        let mut s = Scope {
            namespace: Some("A\\B".into()),
            ..Scope::default()
        };
        s.functions.insert("f".into(), "X\\f".into());
        s.classes.insert("c".into(), "Y\\C".into());
        let r = s.resolve_non_class(&name(NameKind::Unqualified, "g"), false);
        assert_eq!((r.name.as_str(), r.fully_qualified), ("A\\B\\g", false));
        let r = s.resolve_non_class(&name(NameKind::Unqualified, "F"), false);
        assert_eq!((r.name.as_str(), r.fully_qualified), ("X\\f", true));
        let r = s.resolve_non_class(&name(NameKind::Qualified, "C\\h"), false);
        assert_eq!(r.name, "Y\\C\\h");
        assert_eq!(
            s.resolve_class(&name(NameKind::Unqualified, "Foo")),
            "A\\B\\Foo"
        );
    }
}
