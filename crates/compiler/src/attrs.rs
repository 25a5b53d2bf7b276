//! Attributes (`#[Name(args)]`), as `zend_compile_attributes` keeps them: the class
//! name resolved, each argument a constant expression (named ones keep their name),
//! and the compile-time checks of the engine's own attributes (`Attribute`,
//! `ReturnTypeWillChange`, `AllowDynamicProperties`, `SensitiveParameter`). User
//! attributes are only checked when reflection instantiates them.

use miniphp_parser::ast::{AttributeGroup, ExprKind};

use crate::class::ConstValue;
use crate::compiler::{Compiler, R};
use crate::script::{attr_target, class_flags, AttrArg, AttrDecl, Range};

/// The engine's attributes: lowercase name and the targets they allow (none repeatable).
const INTERNAL: &[(&str, u32)] = &[
    ("attribute", attr_target::CLASS),
    ("returntypewillchange", attr_target::METHOD),
    ("allowdynamicproperties", attr_target::CLASS),
    ("sensitiveparameter", attr_target::PARAMETER),
];

fn internal_targets(lc: &str) -> Option<u32> {
    INTERNAL.iter().find(|(n, _)| *n == lc).map(|(_, t)| *t)
}

impl Compiler<'_> {
    /// Compiles an attribute list for `target`; `promoted` is the other target of a
    /// promoted constructor parameter (an engine attribute that only fits that one is
    /// left out here). Returns the range in `Script::attributes`.
    pub(crate) fn attributes(
        &mut self,
        groups: &[AttributeGroup],
        target: u32,
        promoted: u32,
    ) -> R<Range> {
        let mut list: Vec<(AttrDecl, String)> = Vec::new();
        for a in groups.iter().flat_map(|g| &g.attrs) {
            let name = self.scope.resolve_class(&a.name);
            let lc = name.to_ascii_lowercase();
            if let Some(allowed) = internal_targets(&lc) {
                if target & allowed == 0 && promoted & allowed != 0 {
                    continue;
                }
            }
            let mut args = Vec::with_capacity(a.args.len());
            let mut named: Vec<&str> = Vec::new();
            for arg in &a.args {
                if arg.unpack {
                    return self.err("Cannot use unpacking in attribute argument list");
                }
                if matches!(arg.value.kind, ExprKind::FirstClassCallable(_)) {
                    return self.err("Cannot create Closure as attribute argument");
                }
                let arg_name = match &arg.name {
                    Some(n) => {
                        if named.contains(&n.name.as_str()) {
                            return self.err(format!("Duplicate named parameter ${}", n.name));
                        }
                        named.push(&n.name);
                        Some(self.intern(n.name.as_bytes()))
                    }
                    None if !named.is_empty() => {
                        return self.err("Cannot use positional argument after named argument")
                    }
                    None => None,
                };
                let v: ConstValue = self.const_expr(&arg.value, true)?;
                let value = self.const_value_literal(v);
                args.push(AttrArg {
                    name: arg_name,
                    value,
                });
            }
            let start = self.s.attr_args.len() as u32;
            self.s.attr_args.extend(args);
            let nm = self.intern(name.as_bytes());
            let decl = AttrDecl {
                name: nm,
                args: Range {
                    start,
                    len: a.args.len() as u32,
                },
                line: a.name.span.line,
            };
            list.push((decl, lc));
        }
        for (i, (_, lc)) in list.iter().enumerate() {
            let Some(allowed) = internal_targets(lc) else {
                continue;
            };
            let shown = String::from_utf8_lossy(self.s_str(list[i].0.name)).into_owned();
            if target & allowed == 0 {
                return self.err(format!(
                    "Attribute \"{shown}\" cannot target {} (allowed targets: {})",
                    attr_target::names(target),
                    attr_target::names(allowed)
                ));
            }
            if list[..i].iter().any(|(_, other)| other == lc) {
                return self.err(format!("Attribute \"{shown}\" must not be repeated"));
            }
        }
        let start = self.s.attributes.len() as u32;
        self.s.attributes.extend(list.into_iter().map(|(d, _)| d));
        Ok(Range {
            start,
            len: self.s.attributes.len() as u32 - start,
        })
    }

    /// `#[AllowDynamicProperties]` on a class (its validator): the class flag, or
    /// PHP's error for a class that cannot have it.
    pub(crate) fn allow_dynamic_properties(&self, attrs: Range, flags: u32, name: &str) -> R<u32> {
        let found = self.s.attributes[attrs.indices()].iter().any(|a| {
            self.s_str(a.name)
                .eq_ignore_ascii_case(b"AllowDynamicProperties")
        });
        if !found {
            return Ok(0);
        }
        if flags & class_flags::TRAIT != 0 {
            return self.err("Cannot apply #[AllowDynamicProperties] to trait");
        }
        if flags & class_flags::INTERFACE != 0 {
            return self.err("Cannot apply #[AllowDynamicProperties] to interface");
        }
        if flags & class_flags::READONLY != 0 {
            return self.err(format!(
                "Cannot apply #[AllowDynamicProperties] to readonly class {name}"
            ));
        }
        Ok(class_flags::ALLOW_DYNAMIC_PROPERTIES)
    }

    fn s_str(&self, r: crate::script::StrRef) -> &[u8] {
        &self.s.strings[r.start as usize..(r.start + r.len) as usize]
    }
}

#[cfg(test)]
mod tests {
    use crate::script::*;
    use crate::{compile, CompileOptions};

    fn compiled(src: &str) -> Result<Script, String> {
        let file = miniphp_parser::parse(src.as_bytes(), Default::default()).expect("parses");
        compile(&file, "/t.php", CompileOptions::default()).map_err(|e| e.message)
    }

    fn s(sc: &Script, r: StrRef) -> &str {
        std::str::from_utf8(&sc.strings[r.start as usize..(r.start + r.len) as usize]).unwrap()
    }

    #[test]
    fn attributes_are_kept_with_resolved_names_and_arguments() {
        let sc = compiled(
            "<?php namespace N; use X\\Y as Z;\n#[Z(1, b: 'x')] #[\\G]\nclass C {\n #[P] public $p;\n #[K] const K = 1;\n #[M] function m(#[Q(\\O::K + 1)] $a) {}\n}\n#[F] function f() {}",
        )
        .unwrap();
        let c = &sc.classes[0];
        let names: Vec<&str> = sc.attributes[c.attributes.indices()]
            .iter()
            .map(|a| s(&sc, a.name))
            .collect();
        assert_eq!(names, ["X\\Y", "G"]);
        let z = &sc.attributes[c.attributes.start as usize];
        let args = &sc.attr_args[z.args.indices()];
        assert_eq!(args.len(), 2);
        assert_eq!(args[0].name, None);
        assert_eq!(sc.literals[args[0].value as usize], Literal::Long(1));
        assert_eq!(args[1].name.map(|n| s(&sc, n)), Some("b"));
        let p = &sc.props[c.props.start as usize];
        assert_eq!(
            s(&sc, sc.attributes[p.attributes.start as usize].name),
            "N\\P"
        );
        let k = &sc.class_consts[c.constants.start as usize];
        assert_eq!(k.attributes.len, 1);
        let m = &sc.op_arrays[sc.methods[c.methods.start as usize] as usize];
        assert_eq!(
            s(&sc, sc.attributes[m.attributes.start as usize].name),
            "N\\M"
        );
        let a = &sc.arg_infos[m.arg_infos.start as usize];
        let q = &sc.attributes[a.attributes.start as usize];
        assert!(matches!(
            sc.literals[sc.attr_args[q.args.start as usize].value as usize],
            Literal::ConstExpr(_)
        ));
        let f = &sc.op_arrays[sc.functions[0] as usize];
        assert_eq!(f.attributes.len, 1);
    }

    #[test]
    fn engine_attributes_are_checked_at_compile_time() {
        assert_eq!(
            compiled("<?php #[Attribute] function f() {}").unwrap_err(),
            "Attribute \"Attribute\" cannot target function (allowed targets: class)"
        );
        assert_eq!(
            compiled("<?php #[AllowDynamicProperties] #[AllowDynamicProperties] class A {}")
                .unwrap_err(),
            "Attribute \"AllowDynamicProperties\" must not be repeated"
        );
        assert_eq!(
            compiled("<?php #[AllowDynamicProperties] trait T {}").unwrap_err(),
            "Cannot apply #[AllowDynamicProperties] to trait"
        );
        assert_eq!(
            compiled("<?php #[A(a: 1, 2)] class A {}").unwrap_err(),
            "Cannot use positional argument after named argument"
        );
        assert_eq!(
            compiled("<?php #[A(a: 1, a: 2)] class A {}").unwrap_err(),
            "Duplicate named parameter $a"
        );
        let sc = compiled("<?php #[AllowDynamicProperties] class A {}").unwrap();
        assert_ne!(
            sc.classes[0].flags & class_flags::ALLOW_DYNAMIC_PROPERTIES,
            0
        );
    }
}
