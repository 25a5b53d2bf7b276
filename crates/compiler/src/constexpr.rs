//! What a constant expression may contain (`zend_is_allowed_in_const_expr` and the
//! checks of `zend_compile_const_expr`), with PHP's messages. Initializers of class
//! constants, properties, enum cases and parameter defaults go through here.

use crate::compiler::{Compiler, R};
use miniphp_parser::ast::*;

fn special(n: &Name) -> Option<&'static str> {
    if n.kind == NameKind::FullyQualified {
        return None;
    }
    match n.parts.to_ascii_lowercase().as_str() {
        "self" => Some("self"),
        "parent" => Some("parent"),
        "static" => Some("static"),
        _ => None,
    }
}

/// Checks `e` pre-order, as Zend walks the AST; `allow_new` is Zend's `allow_dynamic`.
pub fn check(c: &Compiler, e: &Expr, allow_new: bool) -> R<()> {
    let invalid = || c.err("Constant expression contains invalid operations");
    let sub = |x: &Expr| check(c, x, allow_new);
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::String(_)
        | ExprKind::Const(_)
        | ExprKind::MagicConst(_) => Ok(()),
        ExprKind::Paren(x) => sub(x),
        ExprKind::Binary { left, right, .. } => {
            sub(left)?;
            sub(right)
        }
        ExprKind::Unary { expr, .. } => sub(expr),
        ExprKind::Ternary { cond, then, else_ } => {
            sub(cond)?;
            if let Some(t) = then {
                sub(t)?;
            }
            sub(else_)
        }
        ExprKind::Index { base, dim } => {
            sub(base)?;
            match dim {
                Some(d) => sub(d),
                None => c.err("Cannot use [] for reading"),
            }
        }
        ExprKind::Array { items, .. } => {
            for it in items.iter().flatten() {
                if it.by_ref {
                    return invalid();
                }
                if let Some(k) = &it.key {
                    sub(k)?;
                }
                sub(&it.value)?;
            }
            Ok(())
        }
        ExprKind::Prop { obj, name, .. } => {
            sub(obj)?;
            match &**name {
                MemberName::Ident(_) => Ok(()),
                MemberName::Expr(x) => sub(x),
            }
        }
        ExprKind::ClassConst { class, name } => match &**class {
            ClassRef::Name(n) if name.name.eq_ignore_ascii_case("class") => {
                // zend_eval_const_expr resolves it first (and reports a missing scope).
                c.ct_class_name(class)?;
                if special(n) == Some("static") {
                    return c.err(
                        "static::class cannot be used for compile-time class name resolution",
                    );
                }
                Ok(())
            }
            ClassRef::Name(n) => {
                if special(n) == Some("static") {
                    return c.err("\"static::\" is not allowed in compile-time constants");
                }
                Ok(())
            }
            _ if name.name.eq_ignore_ascii_case("class") => {
                c.err("(expression)::class cannot be used in constant expressions")
            }
            _ => c.err(
                "Dynamic class names are not allowed in compile-time class constant references",
            ),
        },
        ExprKind::New { class, args } => {
            if !allow_new {
                return c.err("New expressions are not supported in this context");
            }
            match &**class {
                ClassRef::Name(n) => {
                    if special(n) == Some("static") {
                        return c.err("\"static\" is not allowed in compile-time constants");
                    }
                }
                ClassRef::Anonymous => {
                    return c.err("Cannot use anonymous class in constant expression")
                }
                ClassRef::Expr(_) => {
                    return c.err("Cannot use dynamic class name in constant expression")
                }
            }
            let mut named = false;
            for a in args {
                if a.unpack {
                    return c.err("Argument unpacking in constant expressions is not supported");
                }
                if a.name.is_some() {
                    named = true;
                } else if named {
                    return c.err("Cannot use positional argument after named argument");
                }
                sub(&a.value)?;
            }
            Ok(())
        }
        ExprKind::AnonClass { .. } => {
            if !allow_new {
                return c.err("New expressions are not supported in this context");
            }
            c.err("Cannot use anonymous class in constant expression")
        }
        _ => invalid(),
    }
}
