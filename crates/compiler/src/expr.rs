//! Expressions (`zend_compile_expr` and the variable fetches `zend_compile_var`).

use crate::compiler::{Compiler, R};
use crate::emit::Node;
use crate::opcode::Opcode;
use crate::script::{Operand, OperandKind};
use crate::val::{fold_binary, fold_bw_not, fold_unary_pm, FoldOp, Key, Val};
use miniphp_parser::ast::*;

/// Zend's fetch types (`BP_VAR_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bp {
    R,
    W,
    Rw,
    Is,
    FuncArg,
    Unset,
}

pub const FETCH_GLOBAL: u32 = 1 << 1;
pub const FETCH_LOCAL: u32 = 1 << 2;
pub const ISEMPTY: u32 = 1;
const FETCH_DIM_WRITE: u32 = 2;
const ARRAY_NOT_PACKED: u32 = 1 << 1;
const ARRAY_SIZE_SHIFT: u32 = 2;

pub fn is_variable(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => is_variable(x),
        ExprKind::Var(_)
        | ExprKind::VarVar(_)
        | ExprKind::Index { .. }
        | ExprKind::Prop { .. }
        | ExprKind::StaticProp { .. } => true,
        _ => false,
    }
}

pub fn is_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => is_call(x),
        ExprKind::Call { .. } => true,
        _ => false,
    }
}

fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

fn fold_op(op: BinaryOp) -> Option<(Opcode, FoldOp)> {
    use BinaryOp::*;
    Some(match op {
        Add => (Opcode::Add, FoldOp::Add),
        Sub => (Opcode::Sub, FoldOp::Sub),
        Mul => (Opcode::Mul, FoldOp::Mul),
        Div => (Opcode::Div, FoldOp::Div),
        Mod => (Opcode::Mod, FoldOp::Mod),
        Pow => (Opcode::Pow, FoldOp::Pow),
        Concat => (Opcode::Concat, FoldOp::Concat),
        ShiftLeft => (Opcode::Sl, FoldOp::Sl),
        ShiftRight => (Opcode::Sr, FoldOp::Sr),
        BitAnd => (Opcode::BwAnd, FoldOp::BwAnd),
        BitOr => (Opcode::BwOr, FoldOp::BwOr),
        BitXor => (Opcode::BwXor, FoldOp::BwXor),
        LogicalXor => (Opcode::BoolXor, FoldOp::BoolXor),
        Equal => (Opcode::IsEqual, FoldOp::IsEqual),
        NotEqual => (Opcode::IsNotEqual, FoldOp::IsNotEqual),
        Identical => (Opcode::IsIdentical, FoldOp::IsIdentical),
        NotIdentical => (Opcode::IsNotIdentical, FoldOp::IsNotIdentical),
        Less => (Opcode::IsSmaller, FoldOp::IsSmaller),
        LessEqual => (Opcode::IsSmallerOrEqual, FoldOp::IsSmallerOrEqual),
        Spaceship => (Opcode::Spaceship, FoldOp::Spaceship),
        _ => return None,
    })
}

/// The opcode of a compound assignment (`ASSIGN_OP`'s extended_value).
pub fn assign_op_code(op: BinaryOp) -> Option<Opcode> {
    fold_op(op).map(|(o, _)| o)
}

impl Compiler<'_> {
    /// `zend_compile_expr`
    pub fn expr(&mut self, e: &Expr) -> R<Node> {
        let checkpoint = self.sc_checkpoint();
        let n = self.expr_inner(e)?;
        self.sc_commit(checkpoint, &n, e, 0);
        Ok(n)
    }

    fn expr_inner(&mut self, e: &Expr) -> R<Node> {
        self.line(e.span);
        match &e.kind {
            ExprKind::Int(i) => Ok(Node::Const(Val::Long(*i))),
            ExprKind::Float(d) => Ok(Node::Const(Val::Double(*d))),
            ExprKind::String(s) => Ok(Node::Const(Val::Str(s.clone()))),
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Interpolated(parts) => self.encaps(parts),
            ExprKind::ShellExec(parts) => {
                let name = Name {
                    kind: NameKind::Unqualified,
                    parts: "shell_exec".into(),
                    span: e.span,
                };
                let arg = Arg {
                    value: Expr {
                        kind: ExprKind::Interpolated(parts.clone()),
                        span: e.span,
                    },
                    unpack: false,
                    name: None,
                };
                self.call(
                    &Callee::Name(name),
                    std::slice::from_ref(&arg),
                    e.span,
                    Bp::R,
                )
            }
            ExprKind::Array { items, short } => self.array(items, *short),
            ExprKind::List(_) => self.err("Cannot use list() outside of assignment context"),
            ExprKind::Const(n) => self.constant(n),
            ExprKind::MagicConst(MagicConst::Class) if self.class_magic_in_trait() => {
                let (i, r) = self.emit_tmp(Opcode::FetchClassName, Node::Unused, Node::Unused);
                self.f().ops[i].op1.value = crate::oo::FETCH_SELF;
                Ok(r)
            }
            ExprKind::MagicConst(m) => Ok(Node::Const(self.magic_const(*m, e.span))),
            ExprKind::Var(_)
            | ExprKind::VarVar(_)
            | ExprKind::Index { .. }
            | ExprKind::Prop { .. }
            | ExprKind::StaticProp { .. } => self.var(e, Bp::R),
            ExprKind::Call { callee, args } => self.call(callee, args, e.span, Bp::R),
            ExprKind::FirstClassCallable(callee) => self.callable_convert(callee, e.span),
            ExprKind::ClassConst { class, name } => self.class_const(class, name),
            ExprKind::New { class, args } => self.new_expr(class, args, e.span),
            ExprKind::AnonClass { decl, args } => self.new_anon(decl, args, e.span),
            ExprKind::Instanceof { expr, class } => self.instanceof(expr, class),
            ExprKind::Assign { target, value } => self.assign(target, value),
            ExprKind::AssignRef { target, value } => self.assign_ref(target, value),
            ExprKind::AssignOp {
                op: BinaryOp::Coalesce,
                target,
                value,
            } => self.assign_coalesce(target, value),
            ExprKind::AssignOp { op, target, value } => self.assign_op(*op, target, value),
            ExprKind::Binary { op, left, right } => self.binary(*op, left, right),
            ExprKind::Unary { op, expr } => self.unary(*op, expr),
            ExprKind::PreInc(x) => self.incdec(x, Opcode::PreInc),
            ExprKind::PreDec(x) => self.incdec(x, Opcode::PreDec),
            ExprKind::PostInc(x) => self.incdec(x, Opcode::PostInc),
            ExprKind::PostDec(x) => self.incdec(x, Opcode::PostDec),
            ExprKind::Cast { ty, expr } => self.cast(*ty, expr),
            ExprKind::Ternary { cond, then, else_ } => self.ternary(cond, then.as_deref(), else_),
            ExprKind::Silence(x) => self.silence(x),
            ExprKind::Isset(list) => self.isset_list(list),
            ExprKind::Empty(x) => self.isset_or_empty(x, true),
            ExprKind::Exit(x) => {
                let n = match x {
                    Some(x) => self.expr(x)?,
                    None => Node::Unused,
                };
                let i = self.emit(Opcode::Exit, n, Node::Unused);
                self.f().ops[i].extended_value = 1;
                Ok(Node::Const(Val::Bool(true)))
            }
            ExprKind::Print(x) => {
                let n = self.expr(x)?;
                let i = self.emit(Opcode::Echo, n, Node::Unused);
                self.f().ops[i].extended_value = 1;
                Ok(Node::Const(Val::Long(1)))
            }
            ExprKind::Include { kind, expr } => {
                let ext = match kind {
                    IncludeKind::Include => 2,
                    IncludeKind::IncludeOnce => 4,
                    IncludeKind::Require => 8,
                    IncludeKind::RequireOnce => 16,
                };
                self.include_or_eval(expr, ext)
            }
            ExprKind::Eval(x) => self.include_or_eval(x, 1),
            ExprKind::Throw(x) => {
                let n = self.expr(x)?;
                let i = self.emit(Opcode::Throw, n, Node::Unused);
                self.f().ops[i].extended_value = 1;
                Ok(Node::Const(Val::Bool(true)))
            }
            ExprKind::Match { subject, arms } => self.match_expr(subject, arms),
            ExprKind::Yield { key, value } => self.yield_expr(key.as_deref(), value.as_deref()),
            ExprKind::YieldFrom(x) => {
                self.mark_generator()?;
                if self.f().by_ref_return {
                    return self.err("Cannot use \"yield from\" inside a by-reference generator");
                }
                let n = self.expr(x)?;
                Ok(self.emit_tmp(Opcode::YieldFrom, n, Node::Unused).1)
            }
            ExprKind::Closure(c) => self.closure(c),
            ExprKind::ArrowFn(a) => self.arrow_fn(a),
            ExprKind::Clone(x) => {
                let n = self.expr(x)?;
                Ok(self.emit_tmp(Opcode::Clone, n, Node::Unused).1)
            }
        }
    }

    pub fn magic_const(&self, m: MagicConst, span: Span) -> Val {
        let s = |x: &str| Val::Str(x.as_bytes().to_vec());
        match m {
            MagicConst::Line => Val::Long(span.line as i64),
            MagicConst::File => s(&self.filename),
            MagicConst::Dir => {
                let d = match self.filename.rfind('/') {
                    Some(0) => "/".to_string(),
                    Some(i) => self.filename[..i].to_string(),
                    None => ".".to_string(),
                };
                s(&d)
            }
            MagicConst::Function => s(self.stack.last().map_or("", |f| f.name.as_str())),
            // directly inside a class (a constant's value), even one declared in a
            // function, there is no method
            MagicConst::Method => s(self
                .stack
                .last()
                .filter(|f| f.method || f.is_closure || self.active().is_none())
                .map_or("", |f| f.method_name.as_deref().unwrap_or(f.name.as_str()))),
            MagicConst::Class => s(self.active().map_or("", |c| c.name.as_str())),
            MagicConst::Trait => s(self
                .active()
                .filter(|c| c.is_trait())
                .map_or("", |c| c.name.as_str())),
            MagicConst::Namespace => s(self.scope.namespace.as_deref().unwrap_or("")),
        }
    }

    /// `zend_eval_const_expr`: the value of a constant expression, if it has one now.
    pub fn ct_eval(&self, e: &Expr) -> Option<Val> {
        match &e.kind {
            ExprKind::Int(i) => Some(Val::Long(*i)),
            ExprKind::Float(d) => Some(Val::Double(*d)),
            ExprKind::String(s) => Some(Val::Str(s.clone())),
            ExprKind::Paren(x) => self.ct_eval(x),
            ExprKind::MagicConst(MagicConst::Class) if self.class_magic_in_trait() => None,
            ExprKind::MagicConst(m) => Some(self.magic_const(*m, e.span)),
            ExprKind::Const(n) => self.ct_const(n),
            ExprKind::ClassConst { class, name } if name.name.eq_ignore_ascii_case("class") => self
                .ct_class_name(class)
                .ok()
                .flatten()
                .map(|n| Val::Str(n.into_bytes())),
            ExprKind::ClassConst { class, name } => self.ct_class_const(class, &name.name),
            ExprKind::Binary { op, left, right } => {
                let (a, b) = (self.ct_eval(left)?, self.ct_eval(right)?);
                match op {
                    BinaryOp::Greater => fold_binary(FoldOp::IsSmaller, &b, &a),
                    BinaryOp::GreaterEqual => fold_binary(FoldOp::IsSmallerOrEqual, &b, &a),
                    BinaryOp::BooleanAnd => Some(Val::Bool(a.is_true() && b.is_true())),
                    BinaryOp::BooleanOr => Some(Val::Bool(a.is_true() || b.is_true())),
                    BinaryOp::Coalesce => Some(if a == Val::Null { b } else { a }),
                    _ => fold_binary(fold_op(*op)?.1, &a, &b),
                }
            }
            ExprKind::Unary { op, expr } => {
                let v = self.ct_eval(expr)?;
                match op {
                    UnaryOp::Not => Some(Val::Bool(!v.is_true())),
                    UnaryOp::BitNot => fold_bw_not(&v),
                    UnaryOp::Neg => fold_unary_pm(&v, true),
                    UnaryOp::Plus => fold_unary_pm(&v, false),
                }
            }
            ExprKind::Ternary { cond, then, else_ } => {
                let c = self.ct_eval(cond)?;
                match (c.is_true(), then) {
                    (true, Some(t)) => self.ct_eval(t),
                    (true, None) => Some(c),
                    (false, _) => self.ct_eval(else_),
                }
            }
            ExprKind::Array { items, .. } => self.ct_array(items),
            ExprKind::Index {
                base,
                dim: Some(dim),
            } => {
                // zend_eval_const_expr's ZEND_AST_DIM: an existing element of a constant
                // array, or a byte of a constant string.
                let (b, d) = (self.ct_eval(base)?, self.ct_eval(dim)?);
                match (b, d.to_key()?) {
                    (Val::Array(elems), k) => elems.into_iter().find(|(x, _)| *x == k).map(|e| e.1),
                    (Val::Str(s), Key::Int(i)) => {
                        let i = if i < 0 { s.len() as i64 + i } else { i };
                        let c = *s.get(usize::try_from(i).ok()?)?;
                        Some(Val::Str(vec![c]))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `zend_try_ct_eval_array`
    fn ct_array(&self, items: &[Option<ArrayItem>]) -> Option<Val> {
        let mut out = ArrayBuilder::default();
        // Zend's nNextFreeElement: `i64::MIN` until an int key goes in (appending then
        // uses 0), so a first negative key `n` makes the next one `n+1`.
        let mut next: i64 = i64::MIN;
        let append_key = |next: i64| if next == i64::MIN { 0 } else { next };
        for it in items {
            let it = it.as_ref()?;
            if it.by_ref {
                return None;
            }
            let v = self.ct_eval(&it.value)?;
            if it.unpack {
                let Val::Array(inner) = v else { return None };
                for (k, v) in inner {
                    match k {
                        Key::Int(_) => {
                            let k = append_key(next);
                            out.put(Key::Int(k), v);
                            next = k.checked_add(1)?;
                        }
                        k => out.put(k, v),
                    }
                }
                continue;
            }
            match &it.key {
                Some(k) => {
                    let k = self.ct_eval(k)?.to_key()?;
                    if let Key::Int(i) = k {
                        if i >= next {
                            next = i.checked_add(1)?;
                        }
                    }
                    out.put(k, v);
                }
                None => {
                    let k = append_key(next);
                    out.put(Key::Int(k), v);
                    next = k.checked_add(1)?;
                }
            }
        }
        Some(Val::Array(out.out))
    }

    fn ct_const(&self, n: &Name) -> Option<Val> {
        let r = self.scope.resolve_non_class(n, true);
        self.ct_const_resolved(&r.name, r.fully_qualified)
    }

    /// `zend_try_ct_eval_const`: true/false/null, and persistent constants.
    fn ct_const_resolved(&self, name: &str, fully_qualified: bool) -> Option<Val> {
        let lookup = if fully_qualified {
            name
        } else {
            name.rsplit('\\').next().unwrap_or(name)
        };
        match lookup.to_ascii_lowercase().as_str() {
            "true" => return Some(Val::Bool(true)),
            "false" => return Some(Val::Bool(false)),
            "null" => return Some(Val::Null),
            _ => {}
        }
        if self.no_const_subst {
            return None;
        }
        self.info.and_then(|i| i.persistent_constant(name))
    }

    /// `zend_compile_const`
    fn constant(&mut self, n: &Name) -> R<Node> {
        let r = self.scope.resolve_non_class(n, true);
        if r.name == "__COMPILER_HALT_OFFSET__"
            || (n.kind != NameKind::Relative && n.parts == "__COMPILER_HALT_OFFSET__")
        {
            if let Some(off) = self.s.halt_offset {
                return Ok(Node::Const(Val::Long(off as i64)));
            }
        }
        if let Some(v) = self.ct_const_resolved(&r.name, r.fully_qualified) {
            return Ok(Node::Const(v));
        }
        let unqualified = !r.fully_qualified && self.scope.namespace.is_some();
        let (i, res) = self.emit_tmp(Opcode::FetchConstant, Node::Unused, Node::Unused);
        let op2 = self.const_name_literal(&r.name, unqualified);
        let f = self.f();
        f.ops[i].op2 = op2;
        f.ops[i].op1.value = if unqualified { 0x100 } else { 0 };
        Ok(res)
    }

    /// `zend_add_const_name_literal`: the name, then its lookup variants.
    fn const_name_literal(&mut self, name: &str, unqualified: bool) -> Operand {
        let s = |x: String| Val::Str(x.into_bytes());
        let first = self.add_lit(s(name.to_string()));
        let after = match name.rfind('\\') {
            Some(p) => {
                let (ns, c) = (&name[..p], &name[p + 1..]);
                self.add_lit(s(format!("{}\\{c}", ns.to_ascii_lowercase())));
                self.add_lit(s(name.to_ascii_lowercase()));
                if !unqualified {
                    return Operand {
                        kind: OperandKind::Const,
                        value: first,
                    };
                }
                c
            }
            None => name,
        };
        self.add_lit(s(after.to_string()));
        self.add_lit(s(after.to_ascii_lowercase()));
        Operand {
            kind: OperandKind::Const,
            value: first,
        }
    }

    /// A class name operand: the name and its lowercase form (`zend_add_class_name_literal`).
    pub fn class_name_literal(&mut self, name: &str) -> Operand {
        let first = self.add_lit(Val::Str(name.as_bytes().to_vec()));
        self.add_lit(Val::Str(name.to_ascii_lowercase().into_bytes()));
        Operand {
            kind: OperandKind::Const,
            value: first,
        }
    }

    /// A class name that must be a plain name (not self/parent/static).
    /// A catch's class (`zend_is_const_default_class_ref`): self/parent/static are refused.
    pub fn class_name_const(&self, n: &Name) -> R<String> {
        let lc = n.parts.to_ascii_lowercase();
        if n.kind == NameKind::Unqualified && matches!(lc.as_str(), "self" | "parent" | "static") {
            return self.err("Bad class name in the catch statement");
        }
        Ok(self.scope.resolve_class(n))
    }

    /// `zend_compile_var`
    pub fn var(&mut self, e: &Expr, bp: Bp) -> R<Node> {
        let checkpoint = self.sc_checkpoint();
        let off = self.delayed_begin();
        let n = self.delayed_var(e, bp)?;
        self.delayed_end(off);
        self.sc_commit(checkpoint, &n, e, 0);
        Ok(n)
    }

    /// `zend_assert_not_short_circuited`
    pub fn assert_not_short_circuited(&self, e: &Expr) -> R<()> {
        if crate::oo::is_short_circuited(e) {
            return self.err("Cannot take reference of a nullsafe chain");
        }
        Ok(())
    }

    /// `zend_compile_var(…, by_ref = 1)`: a property fetched for a reference says so.
    pub fn var_ref(&mut self, e: &Expr, bp: Bp) -> R<Node> {
        let n = self.var(e, bp)?;
        let res = self.operand(n.clone());
        if let Some(op) = self.f().ops.last_mut() {
            if op.result == res
                && matches!(
                    op.opcode,
                    Opcode::FetchObjW
                        | Opcode::FetchObjFuncArg
                        | Opcode::FetchStaticPropW
                        | Opcode::FetchStaticPropFuncArg
                )
            {
                op.extended_value |= crate::oo::FETCH_REF;
            }
        }
        Ok(n)
    }

    /// `zend_try_compile_cv`
    pub fn try_cv(&mut self, e: &Expr) -> Option<Node> {
        match &unparen(e).kind {
            ExprKind::Var(n) if !crate::names::is_auto_global(n) && n != "this" => Some(self.cv(n)),
            ExprKind::VarVar(name) => {
                let n = String::from_utf8(literal_concat(name)?).ok()?;
                (!crate::names::is_auto_global(&n) && n != "this").then(|| self.cv(&n))
            }
            _ => None,
        }
    }

    /// `zend_delayed_compile_var`: dims and props are queued, not emitted.
    pub fn delayed_var(&mut self, e: &Expr, bp: Bp) -> R<Node> {
        self.line(e.span);
        match &e.kind {
            ExprKind::Paren(x) => self.delayed_var(x, bp),
            ExprKind::Var(n) => {
                if n == "GLOBALS" {
                    let (i, r) = self.emit_var(Opcode::FetchGlobals, Node::Unused, Node::Unused);
                    if matches!(bp, Bp::R | Bp::Is) {
                        self.f().ops[i].result.kind = OperandKind::TmpVar;
                        return Ok(Node::Tmp(node_num(&r)));
                    }
                    return Ok(r);
                }
                if n == "this" {
                    // zend_compile_simple_var: a TMP for reading, a VAR otherwise (targets
                    // that are `$this` are refused by each assignment form).
                    if bp != Bp::R && bp != Bp::Is {
                        return Ok(self
                            .emit_var(Opcode::FetchThis, Node::Unused, Node::Unused)
                            .1);
                    }
                    return Ok(self
                        .emit_tmp(Opcode::FetchThis, Node::Unused, Node::Unused)
                        .1);
                }
                if let Some(cv) = self.try_cv(e) {
                    return Ok(cv);
                }
                let name = Expr {
                    kind: ExprKind::String(n.as_bytes().to_vec()),
                    span: e.span,
                };
                Ok(self.simple_var_no_cv(&name, bp, false)?.0)
            }
            ExprKind::VarVar(name) => match self.try_cv(e) {
                Some(cv) => Ok(cv),
                None => Ok(self.simple_var_no_cv(name, bp, false)?.0),
            },
            ExprKind::Index { .. } => Ok(self.delayed_dim(e, bp, true)?.0),
            ExprKind::Prop {
                obj,
                name,
                nullsafe,
            } => self.prop(obj, name, *nullsafe, bp),
            ExprKind::StaticProp { class, name } => Ok(self.static_prop(class, name, bp, true)?.0),
            ExprKind::Call { callee, args } => self.call(callee, args, e.span, bp),
            _ => {
                if matches!(bp, Bp::W | Bp::Rw | Bp::Unset) {
                    return self.err("Cannot use temporary expression in write context");
                }
                self.expr(e)
            }
        }
    }

    fn separate_if_call_and_write(&mut self, n: Node, bp: Bp) -> R<Node> {
        if matches!(bp, Bp::R | Bp::Is | Bp::FuncArg) {
            return Ok(n);
        }
        match n {
            Node::Var(v) => {
                let i = self.emit(Opcode::Separate, Node::Var(v), Node::Unused);
                self.f().ops[i].result = Operand {
                    kind: OperandKind::Var,
                    value: v,
                };
                Ok(Node::Var(v))
            }
            _ => self.err("Cannot use result of built-in function in write context"),
        }
    }

    /// `zend_compile_simple_var_no_cv`: FETCH_* by name.
    pub fn simple_var_no_cv(
        &mut self,
        name: &Expr,
        bp: Bp,
        delayed: bool,
    ) -> R<(Node, Option<usize>)> {
        let mut n = self.expr(name)?;
        let mut global = false;
        if let Node::Const(v) = &n {
            let s = v.to_php_string().unwrap_or_else(|| b"Array".to_vec());
            global = std::str::from_utf8(&s).is_ok_and(crate::names::is_auto_global);
            n = Node::Const(Val::Str(s));
        }
        let opcode = fetch_opcode(Opcode::FetchR, bp);
        let ext = if global { FETCH_GLOBAL } else { FETCH_LOCAL };
        let tmp = matches!(bp, Bp::R | Bp::Is);
        if delayed {
            let (i, r) = self.delayed_emit(opcode, n, Node::Unused, true);
            let f = self.f();
            f.delayed[i].extended_value = ext;
            if tmp {
                f.delayed[i].result.kind = OperandKind::TmpVar;
                return Ok((Node::Tmp(node_num(&r)), None));
            }
            return Ok((r, None));
        }
        let (i, r) = if tmp {
            self.emit_tmp(opcode, n, Node::Unused)
        } else {
            self.emit_var(opcode, n, Node::Unused)
        };
        self.f().ops[i].extended_value = ext;
        Ok((r, Some(i)))
    }

    /// `zend_delayed_compile_dim`: queues FETCH_DIM_*; returns its result and delayed index.
    pub fn delayed_dim(&mut self, e: &Expr, bp: Bp, with_result: bool) -> R<(Node, usize)> {
        let ExprKind::Index { base, dim } = &e.kind else {
            return self.err("Cannot use temporary expression in write context");
        };
        if is_global_var_fetch(e) {
            // `$GLOBALS['x']` fetches the global 'x' by name.
            let Some(d) = dim else {
                return self.err("Cannot append to $GLOBALS");
            };
            let mut n = self.expr(d)?;
            if let Node::Const(v) = &n {
                n = Node::Const(Val::Str(v.to_php_string().unwrap_or_default()));
            }
            let opcode = fetch_opcode(Opcode::FetchR, bp);
            let (i, r) = self.delayed_emit(opcode, n, Node::Unused, with_result);
            self.f().delayed[i].extended_value = FETCH_GLOBAL;
            if matches!(bp, Bp::R | Bp::Is) && with_result {
                self.f().delayed[i].result.kind = OperandKind::TmpVar;
                return Ok((Node::Tmp(node_num(&r)), i));
            }
            return Ok((r, i));
        }
        let mut var_node = self.delayed_var(base, bp)?;
        if bp == Bp::W
            && matches!(
                unparen(base).kind,
                ExprKind::Prop { .. } | ExprKind::StaticProp { .. }
            )
        {
            if let Some(op) = self.f().delayed.last_mut() {
                if matches!(op.opcode, Opcode::FetchObjW | Opcode::FetchStaticPropW) {
                    op.extended_value |= FETCH_DIM_WRITE;
                }
            }
        }
        if is_call(base) {
            var_node = self.separate_if_call_and_write(var_node, bp)?;
        }
        let dim_node = match dim {
            None => {
                if matches!(bp, Bp::R | Bp::Is) {
                    return self.err("Cannot use [] for reading");
                }
                if bp == Bp::Unset {
                    return self.err("Cannot use [] for unsetting");
                }
                Node::Unused
            }
            Some(d) => self.expr(d)?,
        };
        self.line(e.span);
        let extra = numeric_dim(&dim_node);
        let dim_node = extra
            .as_ref()
            .map_or(dim_node, |(k, _)| Node::Const(Val::Long(*k)));
        let opcode = fetch_opcode(Opcode::FetchDimR, bp);
        let (i, r) = self.delayed_emit(opcode, var_node, dim_node, with_result);
        if let Some((_, orig)) = extra {
            self.add_lit(orig);
        }
        if matches!(bp, Bp::R | Bp::Is) && with_result {
            self.f().delayed[i].result.kind = OperandKind::TmpVar;
            return Ok((Node::Tmp(node_num(&r)), i));
        }
        Ok((r, i))
    }

    /// Property fetch on an object (FETCH_OBJ_*), emitted directly.
    fn prop(&mut self, obj: &Expr, name: &MemberName, nullsafe: bool, bp: Bp) -> R<Node> {
        let obj_node = match &unparen(obj).kind {
            // Outside a method `$this` is not guaranteed to exist: FETCH_THIS, as Zend does.
            ExprKind::Var(n) if n == "this" => self.this_operand(),
            _ => {
                self.sc_mark_inner(obj);
                let n = self.delayed_var(obj, bp)?;
                if let Some(op) = self.f().delayed.last_mut() {
                    if matches!(
                        op.opcode,
                        Opcode::FetchDimW
                            | Opcode::FetchDimRw
                            | Opcode::FetchDimFuncArg
                            | Opcode::FetchDimUnset
                    ) && Some(op.result) == Some(node_operand(&n))
                    {
                        op.extended_value = FETCH_DIM_OBJ;
                    }
                }
                let n = if is_call(obj) {
                    self.separate_if_call_and_write(n, bp)?
                } else {
                    n
                };
                if nullsafe {
                    if let Node::Tmp(t) = n {
                        self.flush_delayed_chain(t);
                    }
                    self.emit_jmp_null(n.clone(), bp);
                }
                n
            }
        };
        let prop = match name {
            MemberName::Ident(i) => Node::Const(Val::Str(i.name.as_bytes().to_vec())),
            // A constant property name is a string (convert_to_string).
            MemberName::Expr(x) => match self.expr(x)? {
                Node::Const(v) => Node::Const(Val::Str(
                    v.to_php_string().unwrap_or_else(|| b"Array".to_vec()),
                )),
                n => n,
            },
        };
        let opcode = fetch_opcode(Opcode::FetchObjR, bp);
        let (i, r) = self.delayed_emit(opcode, obj_node, prop, true);
        if matches!(bp, Bp::R | Bp::Is) {
            self.f().delayed[i].result.kind = OperandKind::TmpVar;
            return Ok(Node::Tmp(node_num(&r)));
        }
        Ok(r)
    }

    /// Before a nullsafe JMP_NULL: the queued fetches computing `var` are emitted now.
    fn flush_delayed_chain(&mut self, var: u32) {
        let f = self.f();
        let mut i = f.delayed.len();
        let mut v = var;
        while i > 0
            && f.delayed[i - 1].result.kind == OperandKind::TmpVar
            && f.delayed[i - 1].result.value == v
        {
            i -= 1;
            if f.delayed[i].op1.kind == OperandKind::TmpVar {
                v = f.delayed[i].op1.value;
            } else {
                break;
            }
        }
        let ops: Vec<crate::script::Op> = f.delayed.drain(i..).collect();
        for op in ops {
            f.push(op);
        }
    }

    /// `zend_compile_assign`
    pub fn assign(&mut self, target: &Expr, value: &Expr) -> R<Node> {
        self.assign_node(target, Src::Expr(value))
    }

    pub fn assign_node(&mut self, target: &Expr, value: Src) -> R<Node> {
        let target = unparen(target);
        self.ensure_writable(target)?;
        match &target.kind {
            ExprKind::Var(n) if n == "this" => self.err("Cannot re-assign $this"),
            // `$GLOBALS['x'] = v` assigns the global variable like `$x = v`.
            ExprKind::Var(_) | ExprKind::VarVar(_) | ExprKind::Index { .. }
                if !matches!(target.kind, ExprKind::Index { .. })
                    || is_global_var_fetch(target) =>
            {
                let off = self.delayed_begin();
                let var_node = self.delayed_var(target, Bp::W)?;
                let v = self.src(value)?;
                self.delayed_end(off);
                self.line(target.span);
                Ok(self.emit_tmp(Opcode::Assign, var_node, v).1)
            }
            ExprKind::Index { .. } => {
                let off = self.delayed_begin();
                let (res, _) = self.delayed_dim(target, Bp::W, true)?;
                let v = self.src(value)?;
                let Some(i) = self.delayed_end(off) else {
                    return self.err("Cannot use temporary expression in write context");
                };
                let f = self.f();
                f.ops[i].opcode = Opcode::AssignDim;
                f.ops[i].result.kind = OperandKind::TmpVar;
                self.emit(Opcode::OpData, v, Node::Unused);
                Ok(Node::Tmp(node_num(&res)))
            }
            ExprKind::Prop { .. } | ExprKind::StaticProp { .. } => {
                let off = self.delayed_begin();
                let res = self.delayed_var(target, Bp::W)?;
                let v = self.src(value)?;
                let Some(i) = self.delayed_end(off) else {
                    return self.err("Cannot use temporary expression in write context");
                };
                let f = self.f();
                f.ops[i].opcode = if matches!(target.kind, ExprKind::Prop { .. }) {
                    Opcode::AssignObj
                } else {
                    Opcode::AssignStaticProp
                };
                f.ops[i].result.kind = OperandKind::TmpVar;
                self.emit(Opcode::OpData, v, Node::Unused);
                Ok(Node::Tmp(node_num(&res)))
            }
            ExprKind::Array { items, short } => self.destructure(items, *short, value, true),
            ExprKind::List(items) => self.destructure(items, true, value, false),
            _ => self.err("Cannot use temporary expression in write context"),
        }
    }

    fn destructure(
        &mut self,
        items: &[Option<ArrayItem>],
        short: bool,
        value: Src,
        is_short_syntax: bool,
    ) -> R<Node> {
        if !short {
            return self.err("Cannot assign to array(), use [] instead");
        }
        let has_refs = list_has_refs(items);
        let expr_node = match value {
            Src::Node(n) => n,
            Src::Expr(v) if has_refs => {
                self.assert_not_short_circuited(v)?;
                let n = self.var_ref(v, Bp::W)?;
                self.emit_var(Opcode::MakeRef, n, Node::Unused).1
            }
            Src::Expr(v) => match &unparen(v).kind {
                ExprKind::Var(_) => match self.try_cv(v) {
                    Some(cv) => self.emit_tmp(Opcode::QmAssign, cv, Node::Unused).1,
                    None => self.var(v, Bp::R)?,
                },
                _ => self.expr(v)?,
            },
        };
        self.list_assign(items, expr_node, is_short_syntax, true)
    }

    /// `zend_compile_list_assign`
    pub fn list_assign(
        &mut self,
        items: &[Option<ArrayItem>],
        expr_node: Node,
        short: bool,
        want: bool,
    ) -> R<Node> {
        let keyed = matches!(items.first(), Some(Some(it)) if it.key.is_some());
        let mut has_elems = false;
        for (i, it) in items.iter().enumerate() {
            let Some(it) = it else {
                if keyed {
                    return self.err("Cannot use empty array entries in keyed array assignment");
                }
                continue;
            };
            if it.unpack {
                return self.err("Spread operator is not supported in assignments");
            }
            has_elems = true;
            let dim = match &it.key {
                Some(k) => {
                    if !keyed {
                        return self
                            .err("Cannot mix keyed and unkeyed array entries in assignments");
                    }
                    self.expr(k)?
                }
                None => {
                    if keyed {
                        return self
                            .err("Cannot mix keyed and unkeyed array entries in assignments");
                    }
                    Node::Const(Val::Long(i as i64))
                }
            };
            let target = unparen(&it.value);
            match &target.kind {
                ExprKind::Array { short: false, .. } => {
                    return self.err("Cannot assign to array(), use [] instead")
                }
                ExprKind::Array { .. } if !short => return self.err("Cannot mix [] and list()"),
                ExprKind::List(_) if short => return self.err("Cannot mix [] and list()"),
                ExprKind::Array { .. } | ExprKind::List(_) => {}
                _ if !crate::oo::can_write_to_variable(target) => {
                    return self.err("Assignments can only happen to writable values")
                }
                _ => {}
            }
            // A nested list holding a reference is fetched for writing too.
            let by_ref = it.by_ref || item_list_has_refs(it);
            let opcode = if by_ref {
                if matches!(expr_node, Node::Cv(_)) {
                    Opcode::FetchDimW
                } else {
                    Opcode::FetchListW
                }
            } else {
                Opcode::FetchListR
            };
            let extra = numeric_dim(&dim);
            let dim = extra
                .as_ref()
                .map_or(dim, |(k, _)| Node::Const(Val::Long(*k)));
            let (_, mut fetched) = self.emit_var(opcode, expr_node.clone(), dim);
            if let Some((_, orig)) = extra {
                self.add_lit(orig);
            }
            if by_ref {
                fetched = self.emit_var(Opcode::MakeRef, fetched, Node::Unused).1;
            }
            match &target.kind {
                ExprKind::Array { items: sub, .. } => {
                    self.list_assign(sub, fetched, true, false)?;
                }
                ExprKind::List(sub) => {
                    self.list_assign(sub, fetched, false, false)?;
                }
                _ if it.by_ref => {
                    let n = self.assign_ref_node(target, fetched)?;
                    self.free(n);
                }
                _ => {
                    let n = self.assign_node(target, Src::Node(fetched))?;
                    self.free(n);
                }
            }
        }
        if !has_elems {
            return self.err("Cannot use empty list");
        }
        if want {
            return Ok(expr_node);
        }
        self.free(expr_node);
        Ok(Node::Unused)
    }

    fn src(&mut self, s: Src) -> R<Node> {
        match s {
            Src::Expr(e) => self.expr(e),
            Src::Node(n) => Ok(n),
        }
    }

    /// `zend_ensure_writable_variable`
    pub fn ensure_writable(&self, e: &Expr) -> R<()> {
        if crate::oo::is_short_circuited(e) {
            return self.err("Can't use nullsafe operator in write context");
        }
        match &unparen(e).kind {
            ExprKind::Call { callee, .. } => match **callee {
                Callee::Method { .. } | Callee::Static { .. } => {
                    self.err("Can't use method return value in write context")
                }
                _ => self.err("Can't use function return value in write context"),
            },
            _ => Ok(()),
        }
    }

    /// `zend_compile_assign_ref`
    fn assign_ref(&mut self, target: &Expr, value: &Expr) -> R<Node> {
        let target = unparen(target);
        self.ensure_writable(target)?;
        if matches!(&target.kind, ExprKind::Var(n) if n == "this") {
            return self.err("Cannot re-assign $this");
        }
        if !is_variable(value)
            && !is_call(value)
            && !matches!(unparen(value).kind, ExprKind::New { .. })
        {
            return self.err("Cannot assign reference to non referenceable value");
        }
        self.assert_not_short_circuited(value)?;
        let off = self.delayed_begin();
        let target_node = self.delayed_var(target, Bp::W)?;
        let mut value_node = self.var_ref(value, Bp::W)?;
        // Both sides may modify one structure: the source becomes a reference first.
        if !matches!(target.kind, ExprKind::Var(_)) && !matches!(value_node, Node::Cv(_)) {
            value_node = self.emit_var(Opcode::MakeRef, value_node, Node::Unused).1;
        }
        let last = self.delayed_end(off);
        let flags = is_call(value) as u32;
        self.finish_assign_ref(last, target_node, value_node, flags)
    }

    /// The end of `zend_compile_assign_ref`: a property target becomes ASSIGN_OBJ_REF /
    /// ASSIGN_STATIC_PROP_REF with OP_DATA, anything else ASSIGN_REF.
    fn finish_assign_ref(
        &mut self,
        last: Option<usize>,
        target: Node,
        value: Node,
        flags: u32,
    ) -> R<Node> {
        if let Some(i) = last {
            let op = &mut self.f().ops[i];
            let opcode = match op.opcode {
                Opcode::FetchObjW => Some(Opcode::AssignObjRef),
                Opcode::FetchStaticPropW => Some(Opcode::AssignStaticPropRef),
                _ => None,
            };
            if let Some(opcode) = opcode {
                op.opcode = opcode;
                op.extended_value = (op.extended_value & !crate::oo::FETCH_REF) | flags;
                self.emit(Opcode::OpData, value, Node::Unused);
                return Ok(target);
            }
        }
        let (i, r) = self.emit_var(Opcode::AssignRef, target, value);
        self.f().ops[i].extended_value = flags;
        Ok(r)
    }

    /// `zend_emit_assign_ref_znode`
    pub fn assign_ref_node(&mut self, target: &Expr, value: Node) -> R<Node> {
        let off = self.delayed_begin();
        let target_node = self.delayed_var(target, Bp::W)?;
        let last = self.delayed_end(off);
        self.finish_assign_ref(last, target_node, value, 0)
    }

    /// `zend_compile_compound_assign`
    fn assign_op(&mut self, op: BinaryOp, target: &Expr, value: &Expr) -> R<Node> {
        let Some(code) = assign_op_code(op) else {
            return self.err("Cannot use temporary expression in write context");
        };
        let target = unparen(target);
        self.ensure_writable(target)?;
        match &target.kind {
            ExprKind::Var(_) | ExprKind::VarVar(_) | ExprKind::Index { .. }
                if !matches!(target.kind, ExprKind::Index { .. })
                    || is_global_var_fetch(target) =>
            {
                let off = self.delayed_begin();
                let var_node = self.delayed_var(target, Bp::Rw)?;
                let v = self.expr(value)?;
                self.delayed_end(off);
                let (i, r) = self.emit_tmp(Opcode::AssignOp, var_node, v);
                self.f().ops[i].extended_value = code as u32;
                Ok(r)
            }
            ExprKind::Index { .. } | ExprKind::Prop { .. } | ExprKind::StaticProp { .. } => {
                let is_dim = matches!(target.kind, ExprKind::Index { .. });
                let is_static = matches!(target.kind, ExprKind::StaticProp { .. });
                let off = self.delayed_begin();
                let res = if is_dim {
                    self.delayed_dim(target, Bp::Rw, true)?.0
                } else {
                    self.delayed_var(target, Bp::Rw)?
                };
                let v = self.expr(value)?;
                let Some(i) = self.delayed_end(off) else {
                    return self.err("Cannot use temporary expression in write context");
                };
                let f = self.f();
                f.ops[i].opcode = if is_dim {
                    Opcode::AssignDimOp
                } else if is_static {
                    Opcode::AssignStaticPropOp
                } else {
                    Opcode::AssignObjOp
                };
                f.ops[i].extended_value = code as u32;
                f.ops[i].result.kind = OperandKind::TmpVar;
                self.emit(Opcode::OpData, v, Node::Unused);
                Ok(Node::Tmp(node_num(&res)))
            }
            _ => self.err("Cannot use temporary expression in write context"),
        }
    }

    /// `$a ??= b` (simplified `zend_compile_assign_coalesce` for side-effect-free targets).
    fn assign_coalesce(&mut self, target: &Expr, value: &Expr) -> R<Node> {
        self.ensure_writable(target)?;
        let cond = self.var(target, Bp::Is)?;
        let (coalesce, result) = self.emit_tmp(Opcode::Coalesce, cond, Node::Unused);
        let assigned = self.assign(target, value)?;
        let i = self.emit(Opcode::QmAssign, assigned, Node::Unused);
        self.set_result(i, &result);
        self.f().jump_to_next(coalesce);
        Ok(result)
    }

    fn binary(&mut self, op: BinaryOp, left: &Expr, right: &Expr) -> R<Node> {
        match op {
            BinaryOp::BooleanAnd | BinaryOp::BooleanOr => {
                return self.short_circuit(op == BinaryOp::BooleanAnd, left, right)
            }
            BinaryOp::Coalesce => {
                let n = self.var(left, Bp::Is)?;
                let (i, r) = self.emit_tmp(Opcode::Coalesce, n, Node::Unused);
                let d = self.expr(right)?;
                let q = self.emit(Opcode::QmAssign, d, Node::Unused);
                self.set_result(q, &r);
                self.f().jump_to_next(i);
                return Ok(r);
            }
            BinaryOp::Greater | BinaryOp::GreaterEqual => {
                let l = self.expr(left)?;
                let r = self.expr(right)?;
                let (code, fold) = if op == BinaryOp::Greater {
                    (Opcode::IsSmaller, FoldOp::IsSmaller)
                } else {
                    (Opcode::IsSmallerOrEqual, FoldOp::IsSmallerOrEqual)
                };
                if let (Node::Const(a), Node::Const(b)) = (&l, &r) {
                    if let Some(v) = fold_binary(fold, b, a) {
                        return Ok(Node::Const(v));
                    }
                }
                return Ok(self.emit_tmp(code, r, l).1);
            }
            _ => {}
        }
        let Some((mut code, fold)) = fold_op(op) else {
            return self.err("unsupported operator");
        };
        let mut l = self.expr(left)?;
        let mut r = self.expr(right)?;
        if let (Node::Const(a), Node::Const(b)) = (&l, &r) {
            if let Some(v) = fold_binary(fold, a, b) {
                return Ok(Node::Const(v));
            }
        }
        match code {
            Opcode::IsEqual | Opcode::IsNotEqual => {
                for (c, other) in [(&l, &r), (&r, &l)] {
                    if let Node::Const(Val::Bool(b)) = c {
                        let to_bool = (*b) == (code == Opcode::IsEqual);
                        let opc = if to_bool {
                            Opcode::Bool
                        } else {
                            Opcode::BoolNot
                        };
                        let o = other.clone();
                        return Ok(self.emit_tmp(opc, o, Node::Unused).1);
                    }
                }
            }
            Opcode::IsIdentical | Opcode::IsNotIdentical => {
                for (c, other) in [(&l, &r), (&r, &l)] {
                    if let Node::Const(v @ (Val::Null | Val::Bool(_))) = c {
                        let bit = 1u32 << v.type_code();
                        let mask = if code == Opcode::IsIdentical {
                            bit
                        } else {
                            0x3fe - bit
                        };
                        let o = other.clone();
                        let (i, res) = self.emit_tmp(Opcode::TypeCheck, o, Node::Unused);
                        self.f().ops[i].extended_value = mask;
                        return Ok(res);
                    }
                }
            }
            Opcode::Concat => {
                for n in [&mut l, &mut r] {
                    if let Node::Const(v) = n {
                        match v.to_php_string() {
                            Some(s) => *v = Val::Str(s),
                            None => {
                                let c = std::mem::replace(n, Node::Unused);
                                let (i, t) = self.emit_tmp(Opcode::Cast, c, Node::Unused);
                                self.f().ops[i].extended_value = 6;
                                *n = t;
                            }
                        }
                    }
                }
                if matches!((&l, &r), (Node::Const(_), Node::Const(_))) {
                    code = Opcode::FastConcat;
                }
            }
            _ => {}
        }
        let (i, res) = self.emit_tmp(code, l, r);
        swap_if_commutative(&mut self.f().ops[i]);
        Ok(res)
    }

    fn short_circuit(&mut self, is_and: bool, left: &Expr, right: &Expr) -> R<Node> {
        let l = self.expr(left)?;
        if let Node::Const(v) = &l {
            let t = v.is_true();
            if is_and != t {
                return Ok(Node::Const(Val::Bool(t)));
            }
            let r = self.expr(right)?;
            if let Node::Const(v) = &r {
                return Ok(Node::Const(Val::Bool(v.is_true())));
            }
            return Ok(self.emit_tmp(Opcode::Bool, r, Node::Unused).1);
        }
        let opcode = if is_and {
            Opcode::JmpzEx
        } else {
            Opcode::JmpnzEx
        };
        let was_tmp = matches!(l, Node::Tmp(_));
        let jmp = self.emit(opcode, l.clone(), Node::Unused);
        let res = if was_tmp {
            self.set_result(jmp, &l);
            l
        } else {
            self.make_tmp_result(jmp)
        };
        let r = self.expr(right)?;
        let b = self.emit(Opcode::Bool, r, Node::Unused);
        self.set_result(b, &res);
        self.f().jump_to_next(jmp);
        Ok(res)
    }

    fn unary(&mut self, op: UnaryOp, x: &Expr) -> R<Node> {
        let n = self.expr(x)?;
        if let Node::Const(v) = &n {
            let folded = match op {
                UnaryOp::Not => Some(Val::Bool(!v.is_true())),
                UnaryOp::BitNot => fold_bw_not(v),
                UnaryOp::Neg => fold_unary_pm(v, true),
                UnaryOp::Plus => fold_unary_pm(v, false),
            };
            if let Some(v) = folded {
                return Ok(Node::Const(v));
            }
        }
        Ok(match op {
            UnaryOp::Not => self.emit_tmp(Opcode::BoolNot, n, Node::Unused).1,
            UnaryOp::BitNot => self.emit_tmp(Opcode::BwNot, n, Node::Unused).1,
            UnaryOp::Neg | UnaryOp::Plus => {
                let k = Node::Const(Val::Long(if op == UnaryOp::Neg { -1 } else { 1 }));
                let (i, r) = self.emit_tmp(Opcode::Mul, n, k);
                swap_if_commutative(&mut self.f().ops[i]);
                r
            }
        })
    }

    /// `zend_compile_pre_incdec` / `zend_compile_post_incdec`
    fn incdec(&mut self, x: &Expr, opcode: Opcode) -> R<Node> {
        let x = unparen(x);
        self.ensure_writable(x)?;
        if let ExprKind::Prop { .. } | ExprKind::StaticProp { .. } = &x.kind {
            let is_static = matches!(x.kind, ExprKind::StaticProp { .. });
            let off = self.delayed_begin();
            let r = self.delayed_var(x, Bp::Rw)?;
            let Some(i) = self.delayed_end(off) else {
                return self.err("Cannot increment/decrement");
            };
            let f = self.f();
            f.ops[i].opcode = match (opcode, is_static) {
                (Opcode::PreInc, false) => Opcode::PreIncObj,
                (Opcode::PreDec, false) => Opcode::PreDecObj,
                (Opcode::PostInc, false) => Opcode::PostIncObj,
                (_, false) => Opcode::PostDecObj,
                (Opcode::PreInc, true) => Opcode::PreIncStaticProp,
                (Opcode::PreDec, true) => Opcode::PreDecStaticProp,
                (Opcode::PostInc, true) => Opcode::PostIncStaticProp,
                (_, true) => Opcode::PostDecStaticProp,
            };
            f.ops[i].result.kind = OperandKind::TmpVar;
            return Ok(Node::Tmp(node_num(&r)));
        }
        let post = matches!(opcode, Opcode::PostInc | Opcode::PostDec);
        let n = self.var(x, Bp::Rw)?;
        if post {
            return Ok(self.emit_tmp(opcode, n, Node::Unused).1);
        }
        let (i, r) = self.emit_var(opcode, n, Node::Unused);
        self.f().ops[i].result.kind = OperandKind::TmpVar;
        Ok(Node::Tmp(node_num(&r)))
    }

    fn cast(&mut self, ty: CastType, x: &Expr) -> R<Node> {
        let code = match ty {
            CastType::Unset => return self.err("The (unset) cast is no longer supported"),
            CastType::Bool => {
                let n = self.expr(x)?;
                return Ok(self.emit_tmp(Opcode::Bool, n, Node::Unused).1);
            }
            CastType::Int => 4,
            CastType::Float => 5,
            CastType::String => 6,
            CastType::Array => 7,
            CastType::Object => 8,
        };
        let n = self.expr(x)?;
        let (i, r) = self.emit_tmp(Opcode::Cast, n, Node::Unused);
        self.f().ops[i].extended_value = code;
        Ok(r)
    }

    fn ternary(&mut self, cond: &Expr, then: Option<&Expr>, else_: &Expr) -> R<Node> {
        if let ExprKind::Ternary {
            then: inner_then, ..
        } = &cond.kind
        {
            match (inner_then.is_some(), then.is_some()) {
                (true, true) => return self.err("Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`"),
                (true, false) => return self.err("Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`"),
                (false, true) => return self.err("Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`"),
                (false, false) => {}
            }
        }
        let c = self.expr(cond)?;
        let Some(then) = then else {
            let (jmp_set, r) = self.emit_tmp(Opcode::JmpSet, c, Node::Unused);
            let f = self.expr(else_)?;
            let q = self.emit(Opcode::QmAssign, f, Node::Unused);
            self.set_result(q, &r);
            self.f().jump_to_next(jmp_set);
            return Ok(r);
        };
        let jmpz = self.emit_cond_jump(Opcode::Jmpz, c, 0);
        let t = self.expr(then)?;
        let (_, r) = self.emit_tmp(Opcode::QmAssign, t, Node::Unused);
        let jmp = self.emit_jump(0);
        self.f().jump_to_next(jmpz);
        let f = self.expr(else_)?;
        let q = self.emit(Opcode::QmAssign, f, Node::Unused);
        self.set_result(q, &r);
        self.f().jump_to_next(jmp);
        Ok(r)
    }

    fn silence(&mut self, x: &Expr) -> R<Node> {
        let (_, token) = self.emit_tmp(Opcode::BeginSilence, Node::Unused, Node::Unused);
        let r = match &unparen(x).kind {
            ExprKind::Var(n) if n != "this" => {
                let name = Expr {
                    kind: ExprKind::String(n.as_bytes().to_vec()),
                    span: x.span,
                };
                self.simple_var_no_cv(&name, Bp::R, false)?.0
            }
            _ => self.expr(x)?,
        };
        self.emit(Opcode::EndSilence, token, Node::Unused);
        Ok(r)
    }

    fn isset_list(&mut self, list: &[Expr]) -> R<Node> {
        let Some((last, rest)) = list.split_last() else {
            return self.err("Cannot use isset() without arguments");
        };
        if rest.is_empty() {
            return self.isset_or_empty(last, false);
        }
        // `isset($a, $b)` is `isset($a) && isset($b)`, left-associative.
        let left = self.isset_list(rest)?;
        let jmp_left = left.clone();
        let was_tmp = matches!(left, Node::Tmp(_));
        if let Node::Const(v) = &left {
            if !v.is_true() {
                return Ok(Node::Const(Val::Bool(false)));
            }
            let r = self.isset_or_empty(last, false)?;
            return Ok(self.emit_tmp(Opcode::Bool, r, Node::Unused).1);
        }
        let jmp = self.emit(Opcode::JmpzEx, jmp_left, Node::Unused);
        let res = if was_tmp {
            self.set_result(jmp, &left);
            left
        } else {
            self.make_tmp_result(jmp)
        };
        let r = self.isset_or_empty(last, false)?;
        let b = self.emit(Opcode::Bool, r, Node::Unused);
        self.set_result(b, &res);
        self.f().jump_to_next(jmp);
        Ok(res)
    }

    /// `zend_compile_isset_or_empty`
    fn isset_or_empty(&mut self, x: &Expr, empty: bool) -> R<Node> {
        let checkpoint = self.sc_checkpoint();
        let n = self.isset_or_empty_inner(x, empty)?;
        self.sc_commit(checkpoint, &n, unparen(x), if empty { 2 } else { 1 });
        Ok(n)
    }

    fn isset_or_empty_inner(&mut self, x: &Expr, empty: bool) -> R<Node> {
        let x = unparen(x);
        if !is_variable(x) {
            if empty {
                return self.unary(UnaryOp::Not, x);
            }
            return self.err("Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)");
        }
        let i = match &x.kind {
            ExprKind::Var(n) if n == "this" => {
                self.emit_tmp(Opcode::IssetIsemptyThis, Node::Unused, Node::Unused)
                    .0
            }
            ExprKind::Var(_) | ExprKind::VarVar(_) => match self.try_cv(x) {
                Some(cv) => self.emit_tmp(Opcode::IssetIsemptyCv, cv, Node::Unused).0,
                None => {
                    let name = match &x.kind {
                        ExprKind::VarVar(n) => (**n).clone(),
                        ExprKind::Var(n) => Expr {
                            kind: ExprKind::String(n.as_bytes().to_vec()),
                            span: x.span,
                        },
                        _ => unreachable_expr(x),
                    };
                    let (_, i) = self.simple_var_no_cv(&name, Bp::Is, false)?;
                    let i = i.unwrap_or(0);
                    self.f().ops[i].opcode = Opcode::IssetIsemptyVar;
                    i
                }
            },
            ExprKind::Index { .. } | ExprKind::Prop { .. } | ExprKind::StaticProp { .. } => {
                let off = self.delayed_begin();
                if matches!(x.kind, ExprKind::Index { .. }) {
                    self.delayed_dim(x, Bp::Is, true)?;
                } else {
                    self.delayed_var(x, Bp::Is)?;
                }
                let Some(i) = self.delayed_end(off) else {
                    return self.err("Cannot use isset() on the result of an expression");
                };
                self.f().ops[i].opcode = match x.kind {
                    ExprKind::Index { .. } => Opcode::IssetIsemptyDimObj,
                    ExprKind::Prop { .. } => Opcode::IssetIsemptyPropObj,
                    _ => Opcode::IssetIsemptyStaticProp,
                };
                i
            }
            _ => return self.err("Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)"),
        };
        let f = self.f();
        f.ops[i].result.kind = OperandKind::TmpVar;
        if empty {
            f.ops[i].extended_value |= ISEMPTY;
        }
        Ok(Node::Tmp(f.ops[i].result.value))
    }

    fn include_or_eval(&mut self, x: &Expr, ext: u32) -> R<Node> {
        let n = self.expr(x)?;
        let (i, r) = self.emit_var(Opcode::IncludeOrEval, n, Node::Unused);
        self.f().ops[i].extended_value = ext;
        Ok(r)
    }

    /// `zend_compile_encaps_list`: ROPE_INIT/ADD/END, FAST_CONCAT or CAST.
    pub fn encaps(&mut self, parts: &[InterpPart]) -> R<Node> {
        let mut j = 0u32;
        let mut last_const: Option<(Vec<u8>, usize)> = None;
        let mut rope_init: Option<usize> = None;
        let mut last_op = 0usize;
        let mut rope: Vec<usize> = Vec::new();
        for p in parts {
            let n = match p {
                InterpPart::Literal(b) => Node::Const(Val::Str(b.clone())),
                InterpPart::Expr(e) => self.expr(e)?,
            };
            if let Node::Const(v) = n {
                let s = v.to_php_string().unwrap_or_default();
                if s.is_empty() {
                    continue;
                }
                match &mut last_const {
                    Some((c, _)) => c.extend_from_slice(&s),
                    None => {
                        let i = self.emit(Opcode::Nop, Node::Unused, Node::Unused);
                        last_const = Some((s, i));
                    }
                }
                continue;
            }
            if j == 0 {
                rope_init = Some(last_const.as_ref().map_or(self.f().ops.len(), |(_, i)| *i));
            }
            if let Some((c, i)) = last_const.take() {
                self.rope_add(i, j, Node::Const(Val::Str(c)));
                rope.push(i);
                j += 1;
            }
            let i = self.emit(Opcode::Nop, Node::Unused, Node::Unused);
            self.rope_add(i, j, n);
            rope.push(i);
            last_op = i;
            j += 1;
        }
        if j == 0 {
            let s = match last_const {
                Some((c, i)) => {
                    self.f().ops.truncate(i);
                    c
                }
                None => Vec::new(),
            };
            return Ok(Node::Const(Val::Str(s)));
        }
        if let Some((c, i)) = last_const.take() {
            self.rope_add(i, j, Node::Const(Val::Str(c)));
            rope.push(i);
            last_op = i;
            j += 1;
        }
        let init = rope_init.unwrap_or(0);
        if j == 1 {
            let op = &mut self.f().ops[last_op];
            op.opcode = Opcode::Cast;
            op.extended_value = 6;
            op.op1 = op.op2;
            op.op2 = Operand::default();
            return Ok(self.make_tmp_result(last_op));
        }
        if j == 2 {
            let f = self.f();
            let first = f.ops[init].op2;
            let op = &mut f.ops[last_op];
            op.opcode = Opcode::FastConcat;
            op.extended_value = 0;
            op.op1 = first;
            let r = self.make_tmp_result(last_op);
            let f = self.f();
            let l = f.lineno;
            f.ops[init] = f.raw_op(Opcode::Nop);
            f.ops[init].lineno = l;
            return Ok(r);
        }
        let f = self.f();
        f.ops[init].extended_value = j;
        f.ops[last_op].opcode = Opcode::RopeEnd;
        let result = f.temp();
        let var = f.temp();
        let slots = (j * 8).div_ceil(16);
        for _ in 1..slots {
            f.temp();
        }
        f.ops[last_op].result = Operand {
            kind: OperandKind::TmpVar,
            value: result,
        };
        f.ops[last_op].op1 = Operand {
            kind: OperandKind::TmpVar,
            value: var,
        };
        for &i in &rope[..rope.len() - 1] {
            let op = &mut f.ops[i];
            op.result = Operand {
                kind: OperandKind::TmpVar,
                value: var,
            };
            if op.opcode == Opcode::RopeAdd {
                op.op1 = Operand {
                    kind: OperandKind::TmpVar,
                    value: var,
                };
            }
        }
        Ok(Node::Tmp(result))
    }

    fn rope_add(&mut self, i: usize, num: u32, n: Node) {
        let o = self.operand(n);
        let op = &mut self.f().ops[i];
        op.opcode = if num == 0 {
            Opcode::RopeInit
        } else {
            Opcode::RopeAdd
        };
        op.op2 = o;
        op.extended_value = num;
    }

    /// `zend_compile_array`
    fn array(&mut self, items: &[Option<ArrayItem>], short: bool) -> R<Node> {
        let _ = short;
        if items.iter().any(|i| i.is_none()) {
            return self.err("Cannot use empty array elements in arrays");
        }
        if let Some(v) = self.ct_array(items) {
            return Ok(Node::Const(v));
        }
        let mut packed = true;
        let mut result = Node::Unused;
        let mut init = 0usize;
        for (idx, it) in items.iter().flatten().enumerate() {
            if it.unpack {
                let v = self.expr(&it.value)?;
                if idx == 0 {
                    let (i, r) = self.emit_tmp(Opcode::InitArray, Node::Unused, Node::Unused);
                    init = i;
                    result = r;
                }
                let i = self.emit(Opcode::AddArrayUnpack, v, Node::Unused);
                self.set_result(i, &result);
                continue;
            }
            let mut extra = None;
            let key = match &it.key {
                Some(k) => {
                    let n = self.expr(k)?;
                    if let Node::Const(Val::Str(_)) = &n {
                        extra = numeric_dim(&n);
                        if extra.is_none() {
                            packed = false;
                        }
                    }
                    extra
                        .as_ref()
                        .map_or(n, |(k, _)| Node::Const(Val::Long(*k)))
                }
                None => Node::Unused,
            };
            let value = if it.by_ref {
                self.ensure_writable(&it.value)?;
                self.var_ref(&it.value, Bp::W)?
            } else {
                self.expr(&it.value)?
            };
            let i = if idx == 0 {
                let (i, r) = self.emit_tmp(Opcode::InitArray, value, key);
                self.f().ops[i].extended_value = (items.len() as u32) << ARRAY_SIZE_SHIFT;
                init = i;
                result = r;
                i
            } else {
                let i = self.emit(Opcode::AddArrayElement, value, key);
                self.set_result(i, &result);
                i
            };
            let _ = extra;
            self.f().ops[i].extended_value |= it.by_ref as u32;
        }
        if !packed {
            self.f().ops[init].extended_value |= ARRAY_NOT_PACKED;
        }
        Ok(result)
    }

    fn yield_expr(&mut self, key: Option<&Expr>, value: Option<&Expr>) -> R<Node> {
        self.mark_generator()?;
        let by_ref = self.f().by_ref_return;
        let k = match key {
            Some(k) => self.expr(k)?,
            None => Node::Unused,
        };
        let v = match value {
            Some(v) if by_ref && is_variable(v) => {
                self.assert_not_short_circuited(v)?;
                self.var_ref(v, Bp::W)?
            }
            Some(v) => self.expr(v)?,
            None => Node::Unused,
        };
        let (i, r) = self.emit_var(Opcode::Yield, v, k);
        if by_ref && value.is_some_and(is_call) {
            self.f().ops[i].extended_value = 1;
        }
        Ok(r)
    }

    fn mark_generator(&mut self) -> R<()> {
        if !self.f().is_function {
            return self.err("The \"yield\" expression can only be used inside a function");
        }
        Ok(())
    }

    /// `zend_compile_match`
    fn match_expr(&mut self, subject: &Expr, arms: &[MatchArm]) -> R<Node> {
        let subj = self.expr(subject)?;
        let case_t = self.f().temp();
        let case_node = Node::Tmp(case_t);
        let mut has_default = false;
        for a in arms {
            if a.conds.is_none() {
                if has_default {
                    self.line(a.span);
                    return self.err("Match expressions may only contain one default arm");
                }
                has_default = true;
            }
        }
        let conds: Vec<&Expr> = arms
            .iter()
            .filter_map(|a| a.conds.as_ref())
            .flatten()
            .collect();
        let const_conds: Option<Vec<Val>> = conds
            .iter()
            .map(|c| {
                self.ct_eval(c)
                    .filter(|v| matches!(v, Val::Long(_) | Val::Str(_)))
            })
            .collect();
        // The VM loads the table as a constant array, where a numeric string key becomes
        // an int ("1" would land on 1's entry): such arms are compared one by one instead.
        let jumptable = const_conds.filter(|c| {
            c.len() >= 2
                && !c
                    .iter()
                    .any(|v| matches!(v, Val::Str(s) if crate::val::numeric_key(s).is_some()))
        });
        let mut table = ArrayBuilder::default();
        let mut opnum_match = None;
        let mut jmpnz = Vec::new();
        if jumptable.is_some() {
            let (i, _) = (self.emit(Opcode::Match, subj.clone(), Node::Unused), ());
            opnum_match = Some(i);
        } else {
            for c in &conds {
                let cn = self.expr(c)?;
                let opc = if subj.is_tmp_or_var() {
                    Opcode::CaseStrict
                } else {
                    Opcode::IsIdentical
                };
                let i = self.emit(opc, subj.clone(), cn);
                self.set_result(i, &case_node);
                swap_if_commutative(&mut self.f().ops[i]);
                jmpnz.push(self.emit_cond_jump(Opcode::Jmpnz, case_node.clone(), 0));
            }
        }
        let default_jmp = if jumptable.is_none() {
            Some(self.emit_jump(0))
        } else {
            None
        };
        if !has_default {
            if let Some(j) = default_jmp {
                self.f().jump_to_next(j);
            }
            if let Some(m) = opnum_match {
                self.f().jump_to_next(m);
            }
            let i = self.emit(Opcode::MatchError, subj.clone(), Node::Unused);
            if arms.is_empty() {
                self.f().ops[i].extended_value = 1;
            }
        }
        let mut result = Node::Unused;
        let mut ends = Vec::new();
        let mut ci = 0;
        for a in arms {
            match &a.conds {
                Some(cs) => {
                    for _ in cs {
                        if let Some(&j) = jmpnz.get(ci) {
                            self.f().jump_to_next(j);
                        }
                        if let Some(vals) = &jumptable {
                            let target = Val::Long(self.f().next_op() as i64);
                            if let Some(k) = match &vals[ci] {
                                Val::Long(i) => Some(Key::Int(*i)),
                                Val::Str(s) => Some(Key::Str(s.clone())),
                                _ => None,
                            } {
                                if !table.index.contains_key(&k) {
                                    table.put(k, target);
                                }
                            }
                        }
                        ci += 1;
                    }
                }
                None => {
                    if let Some(j) = default_jmp {
                        self.f().jump_to_next(j);
                    }
                    if let Some(m) = opnum_match {
                        self.f().jump_to_next(m);
                    }
                }
            }
            let body = self.expr(&a.body)?;
            if matches!(result, Node::Unused) {
                result = self.emit_tmp(Opcode::QmAssign, body, Node::Unused).1;
            } else {
                let q = self.emit(Opcode::QmAssign, body, Node::Unused);
                self.set_result(q, &result);
            }
            ends.push(self.emit_jump(0));
        }
        if arms.is_empty() {
            result = Node::Const(Val::Null);
        }
        for e in ends {
            self.f().jump_to_next(e);
        }
        if let Some(m) = opnum_match {
            let lit = self.operand(Node::Const(Val::Array(table.out)));
            self.f().ops[m].op2 = lit;
        }
        if subj.is_tmp_or_var() {
            let i = self.emit(Opcode::Free, subj, Node::Unused);
            self.f().ops[i].extended_value = 2;
        }
        Ok(result)
    }
}

/// `ZEND_FETCH_DIM_OBJ`: a FETCH_DIM_W whose result is used as an object.
const FETCH_DIM_OBJ: u32 = 3;

fn node_operand(n: &Node) -> Operand {
    match n {
        Node::Tmp(t) => Operand {
            kind: OperandKind::TmpVar,
            value: *t,
        },
        Node::Var(t) => Operand {
            kind: OperandKind::Var,
            value: *t,
        },
        Node::Cv(t) => Operand {
            kind: OperandKind::Cv,
            value: *t,
        },
        _ => Operand::default(),
    }
}

/// The value to assign: an expression to compile, or an already compiled node.
pub enum Src<'e> {
    Expr(&'e Expr),
    Node(Node),
}

/// Ordered-map insertion into a constant array under construction.
#[derive(Default)]
struct ArrayBuilder {
    out: Vec<(Key, Val)>,
    index: std::collections::HashMap<Key, usize>,
}

impl ArrayBuilder {
    fn put(&mut self, k: Key, v: Val) {
        match self.index.get(&k) {
            Some(&i) => self.out[i].1 = v,
            None => {
                self.index.insert(k.clone(), self.out.len());
                self.out.push((k, v));
            }
        }
    }
}

/// A string literal, or a concatenation of them (folded by Zend's parser).
fn literal_concat(e: &Expr) -> Option<Vec<u8>> {
    match &e.kind {
        ExprKind::String(s) => Some(s.clone()),
        ExprKind::Paren(x) => literal_concat(x),
        ExprKind::Binary {
            op: BinaryOp::Concat,
            left,
            right,
        } => {
            let mut l = literal_concat(left)?;
            l.extend(literal_concat(right)?);
            Some(l)
        }
        _ => None,
    }
}

fn node_num(n: &Node) -> u32 {
    match n {
        Node::Tmp(t) | Node::Var(t) | Node::Cv(t) => *t,
        _ => 0,
    }
}

fn unreachable_expr(e: &Expr) -> Expr {
    e.clone()
}

/// A string dim that is a canonical integer becomes that integer (the original is kept
/// as the next literal, as `zend_handle_numeric_dim` does).
fn numeric_dim(n: &Node) -> Option<(i64, Val)> {
    match n {
        Node::Const(Val::Str(s)) => crate::val::numeric_key(s).map(|k| (k, Val::Str(s.clone()))),
        _ => None,
    }
}

/// FETCH_STATIC_PROP_* for a fetch type.
pub fn fetch_static_prop_opcode(bp: Bp) -> Opcode {
    match bp {
        Bp::R => Opcode::FetchStaticPropR,
        Bp::W => Opcode::FetchStaticPropW,
        Bp::Rw => Opcode::FetchStaticPropRw,
        Bp::Is => Opcode::FetchStaticPropIs,
        Bp::FuncArg => Opcode::FetchStaticPropFuncArg,
        Bp::Unset => Opcode::FetchStaticPropUnset,
    }
}

/// `zend_adjust_for_fetch_type`: FETCH_X_R, FETCH_X_W… are three opcodes apart.
pub fn fetch_opcode(base: Opcode, bp: Bp) -> Opcode {
    use Opcode::*;
    let table = [
        FetchR,
        FetchDimR,
        FetchObjR,
        FetchW,
        FetchDimW,
        FetchObjW,
        FetchRw,
        FetchDimRw,
        FetchObjRw,
        FetchIs,
        FetchDimIs,
        FetchObjIs,
        FetchFuncArg,
        FetchDimFuncArg,
        FetchObjFuncArg,
        FetchUnset,
        FetchDimUnset,
        FetchObjUnset,
    ];
    let step = match bp {
        Bp::R => 0,
        Bp::W => 1,
        Bp::Rw => 2,
        Bp::Is => 3,
        Bp::FuncArg => 4,
        Bp::Unset => 5,
    };
    let base_idx = match base {
        FetchDimR => 1,
        FetchObjR => 2,
        _ => 0,
    };
    table[base_idx + 3 * step]
}

/// Zend's commutative handlers swap operands so that op1's kind is not below op2's.
pub fn swap_if_commutative(op: &mut crate::script::Op) {
    use Opcode::*;
    if matches!(
        op.opcode,
        Mul | BwOr | BwAnd | BwXor | BoolXor | IsIdentical | IsNotIdentical | IsEqual | IsNotEqual
    ) && (op.op1.kind as u8) < (op.op2.kind as u8)
    {
        std::mem::swap(&mut op.op1, &mut op.op2);
    }
}

/// `$GLOBALS[...]`, which PHP compiles as a fetch of the global by name.
fn is_global_var_fetch(e: &Expr) -> bool {
    matches!(&unparen(e).kind, ExprKind::Index { base, .. }
        if matches!(&unparen(base).kind, ExprKind::Var(n) if n == "GLOBALS"))
}

/// Whether a destructuring pattern binds anything by reference, at any depth
/// (`zend_propagate_list_refs`).
fn list_has_refs(items: &[Option<ArrayItem>]) -> bool {
    items
        .iter()
        .flatten()
        .any(|it| it.by_ref || item_list_has_refs(it))
}

/// Whether an element is itself a pattern that binds by reference.
fn item_list_has_refs(it: &ArrayItem) -> bool {
    match &unparen(&it.value).kind {
        ExprKind::Array { items, .. } | ExprKind::List(items) => list_has_refs(items),
        _ => false,
    }
}
