//! Object-oriented expressions: class references (`zend_compile_class_ref`), class
//! constants and `::class`, static properties, `new`, `instanceof`, `$this`, and the
//! nullsafe short-circuiting chain (`zend_short_circuiting_*`).

use crate::compiler::{Compiler, R};
use crate::emit::Node;
use crate::expr::{fetch_static_prop_opcode, Bp};
use crate::opcode::Opcode;
use crate::script::{class_flags, member, Operand, OperandKind};
use crate::val::Val;
use miniphp_parser::ast::*;

/// `ZEND_FETCH_CLASS_*` fetch types and flags (op.num of an UNUSED class operand).
pub const FETCH_SELF: u32 = 1;
pub const FETCH_PARENT: u32 = 2;
pub const FETCH_STATIC: u32 = 3;
pub const FETCH_NO_AUTOLOAD: u32 = 0x80;
pub const FETCH_SILENT: u32 = 0x100;
pub const FETCH_EXCEPTION: u32 = 0x200;
/// `ZEND_FETCH_REF` in a FETCH_OBJ_W / FETCH_STATIC_PROP_W extended_value.
pub const FETCH_REF: u32 = 1;

/// A compiled class reference.
#[derive(Clone, Debug)]
pub enum ClassNode {
    /// A resolved class name (emitted with its lowercase form).
    Name(String),
    /// self/parent/static: the fetch type and flags.
    Fetch(u32),
    /// A class fetched at run time (FETCH_CLASS's VAR).
    Node(Node),
}

/// `zend_get_class_fetch_type_ast`
pub fn fetch_type(n: &Name) -> u32 {
    if n.kind == NameKind::FullyQualified {
        return 0;
    }
    match n.parts.to_ascii_lowercase().as_str() {
        "self" => FETCH_SELF,
        "parent" => FETCH_PARENT,
        "static" => FETCH_STATIC,
        _ => 0,
    }
}

fn fetch_type_str(s: &str) -> u32 {
    match s.to_ascii_lowercase().as_str() {
        "self" => FETCH_SELF,
        "parent" => FETCH_PARENT,
        "static" => FETCH_STATIC,
        _ => 0,
    }
}

impl Compiler<'_> {
    /// `zend_is_scope_known`
    pub fn scope_known(&self) -> bool {
        let Some(f) = self.stack.last() else {
            return false;
        };
        if f.is_closure {
            return false;
        }
        match self.active_class {
            None => f.is_function,
            Some(c) => !self.class_stack[c].is_trait(),
        }
    }

    /// `this_guaranteed_exists`
    pub fn this_exists(&self) -> bool {
        self.stack.last().is_some_and(|f| f.method && !f.is_static)
    }

    pub fn active(&self) -> Option<&crate::class::ClassCtx> {
        self.active_class.map(|c| &self.class_stack[c])
    }

    /// `zend_ensure_valid_class_fetch_type`
    pub(crate) fn ensure_valid_fetch_type(&self, ft: u32) -> R<()> {
        let const_expr = self.stack.last().is_some_and(|f| f.const_expr);
        if ft == 0 || !self.scope_known() || const_expr {
            return Ok(());
        }
        let name = match ft {
            FETCH_SELF => "self",
            FETCH_PARENT => "parent",
            _ => "static",
        };
        match self.active() {
            None => self.err(format!(
                "Cannot use \"{name}\" when no class scope is active"
            )),
            Some(c) if ft == FETCH_PARENT && c.parent.is_none() => {
                self.err("Cannot use \"parent\" when current class scope has no parent")
            }
            _ => Ok(()),
        }
    }

    /// `zend_compile_class_ref`
    pub fn class_ref(&mut self, c: &ClassRef, flags: u32) -> R<ClassNode> {
        match c {
            ClassRef::Name(n) => {
                let ft = fetch_type(n);
                if ft == 0 {
                    return Ok(ClassNode::Name(self.resolve_class_name(n)?));
                }
                self.ensure_valid_fetch_type(ft)?;
                Ok(ClassNode::Fetch(ft | flags))
            }
            ClassRef::Expr(e) => {
                let n = self.expr(e)?;
                if let Node::Const(v) = &n {
                    let Val::Str(s) = v else {
                        return self.err("Illegal class name");
                    };
                    let s = String::from_utf8_lossy(s).into_owned();
                    let ft = fetch_type_str(&s);
                    if ft == 0 {
                        return Ok(ClassNode::Name(s.trim_start_matches('\\').to_string()));
                    }
                    self.ensure_valid_fetch_type(ft)?;
                    return Ok(ClassNode::Fetch(ft | flags));
                }
                let (i, r) = self.emit_var(Opcode::FetchClass, Node::Unused, n);
                self.f().ops[i].op1.value = flags;
                Ok(ClassNode::Node(r))
            }
            ClassRef::Anonymous => self.err("Cannot use anonymous class here"),
        }
    }

    /// `zend_resolve_class_name_ast`, with Zend's checks of reserved names.
    pub fn resolve_class_name(&self, n: &Name) -> R<String> {
        if n.kind == NameKind::FullyQualified && fetch_type_str(&n.parts) != 0 {
            return self.err(format!("'\\{}' is an invalid class name", n.parts));
        }
        Ok(self.scope.resolve_class(n))
    }

    /// The operand of a class reference (`zend_set_class_name_op1`).
    pub fn class_operand(&mut self, c: ClassNode) -> Operand {
        match c {
            ClassNode::Name(n) => self.class_name_literal(&n),
            ClassNode::Fetch(num) => Operand {
                kind: OperandKind::Unused,
                value: num,
            },
            ClassNode::Node(n) => self.operand(n),
        }
    }

    /// `zend_try_compile_const_expr_resolve_class_name`
    pub fn ct_class_name(&self, c: &ClassRef) -> R<Option<String>> {
        let ClassRef::Name(n) = c else {
            return Ok(None);
        };
        let ft = fetch_type(n);
        self.ensure_valid_fetch_type(ft)?;
        Ok(match ft {
            FETCH_SELF => self
                .active()
                .filter(|_| self.scope_known())
                .map(|c| c.name.clone()),
            FETCH_PARENT => self
                .active()
                .filter(|_| self.scope_known())
                .and_then(|c| c.parent.clone()),
            FETCH_STATIC => None,
            _ => Some(self.resolve_class_name(n)?),
        })
    }

    /// `zend_try_ct_eval_class_const`: a constant of the class being compiled.
    pub fn ct_class_const(&self, c: &ClassRef, name: &str) -> Option<Val> {
        let ClassRef::Name(n) = c else {
            return None;
        };
        let cls = self.active()?;
        let refers = match fetch_type(n) {
            FETCH_SELF => self.scope_known(),
            0 => self.scope.resolve_class(n).eq_ignore_ascii_case(&cls.name),
            _ => false,
        };
        if !refers || self.no_const_subst || cls.is_trait() {
            return None;
        }
        cls.consts
            .iter()
            .find(|(n, _, _)| n == name)
            .and_then(|(_, v, _)| v.clone())
    }

    /// `A::B`, `A::class` (`zend_compile_class_const` / `zend_compile_class_name`).
    pub fn class_const(&mut self, class: &ClassRef, name: &Ident) -> R<Node> {
        if name.name.eq_ignore_ascii_case("class") {
            if let Some(n) = self.ct_class_name(class)? {
                return Ok(Node::Const(Val::Str(n.into_bytes())));
            }
            return match class {
                ClassRef::Name(n) => {
                    let (i, r) = self.emit_tmp(Opcode::FetchClassName, Node::Unused, Node::Unused);
                    self.f().ops[i].op1.value = fetch_type(n);
                    Ok(r)
                }
                ClassRef::Expr(e) => {
                    let n = self.expr(e)?;
                    if let Node::Const(v) = &n {
                        return self.err(format!(
                            "Cannot use \"::class\" on value of type {}",
                            crate::func::val_type_name(v)
                        ));
                    }
                    Ok(self.emit_tmp(Opcode::FetchClassName, n, Node::Unused).1)
                }
                ClassRef::Anonymous => self.err("Cannot use anonymous class here"),
            };
        }
        if let Some(v) = self.ct_class_const(class, &name.name) {
            return Ok(Node::Const(v));
        }
        let cls = self.class_ref(class, FETCH_EXCEPTION)?;
        let (i, r) = self.emit_tmp(
            Opcode::FetchClassConstant,
            Node::Unused,
            Node::Const(Val::Str(name.name.as_bytes().to_vec())),
        );
        let o = self.class_operand(cls);
        self.f().ops[i].op1 = o;
        Ok(r)
    }

    /// `zend_compile_static_prop`: FETCH_STATIC_PROP_* (delayed or not); returns the result
    /// and the opline (in `ops` or in the delayed queue).
    pub fn static_prop(
        &mut self,
        class: &ClassRef,
        name: &MemberName,
        bp: Bp,
        delayed: bool,
    ) -> R<(Node, usize)> {
        let c = self.sc_mark_class(class);
        let _ = c;
        let cls = self.class_ref(class, FETCH_EXCEPTION)?;
        let prop = match name {
            MemberName::Ident(i) => Node::Const(Val::Str(i.name.as_bytes().to_vec())),
            MemberName::Expr(e) => {
                let n = self.expr(e)?;
                match n {
                    Node::Const(v) => Node::Const(Val::Str(v.to_php_string().unwrap_or_default())),
                    n => n,
                }
            }
        };
        let opcode = fetch_static_prop_opcode(bp);
        let tmp = matches!(bp, Bp::R | Bp::Is);
        let (i, r) = if delayed {
            let (i, r) = self.delayed_emit(opcode, prop, Node::Unused, true);
            let o = self.class_operand(cls);
            let f = self.f();
            f.delayed[i].op2 = o;
            if tmp {
                f.delayed[i].result.kind = OperandKind::TmpVar;
                if let Node::Var(t) = r {
                    return Ok((Node::Tmp(t), i));
                }
            }
            (i, r)
        } else {
            let (i, r) = if tmp {
                self.emit_tmp(opcode, prop, Node::Unused)
            } else {
                self.emit_var(opcode, prop, Node::Unused)
            };
            let o = self.class_operand(cls);
            self.f().ops[i].op2 = o;
            (i, r)
        };
        Ok((r, i))
    }

    fn sc_mark_class(&mut self, class: &ClassRef) -> bool {
        if let ClassRef::Expr(e) = class {
            self.sc_mark_inner(e);
        }
        true
    }

    /// `zend_compile_new`
    pub fn new_expr(&mut self, class: &ClassRef, args: &[Arg], span: Span) -> R<Node> {
        let cls = self.class_ref(class, FETCH_EXCEPTION)?;
        self.new_with(cls, args, span)
    }

    pub fn new_with(&mut self, cls: ClassNode, args: &[Arg], span: Span) -> R<Node> {
        let (i, res) = self.emit_var(Opcode::New, Node::Unused, Node::Unused);
        let o = self.class_operand(cls);
        self.f().ops[i].op1 = o;
        let (argc, extra_named) = self.args(args, None)?;
        self.f().ops[i].extended_value = argc;
        let (d, _) = self.emit_var(Opcode::DoFcall, Node::Unused, Node::Unused);
        let f = self.f();
        f.ops[d].lineno = span.line;
        if extra_named {
            f.ops[d].extended_value = 1;
        }
        // The constructor call's own result is unused (zend_do_free on it).
        f.ops[d].result = Operand::default();
        Ok(res)
    }

    /// `new class(…) { … }`
    pub fn new_anon(&mut self, decl: &ClassDecl, args: &[Arg], span: Span) -> R<Node> {
        let n = self.class_decl(decl, false)?;
        self.line(span);
        self.new_with(ClassNode::Node(n), args, span)
    }

    /// `zend_compile_instanceof`
    pub fn instanceof(&mut self, expr: &Expr, class: &ClassRef) -> R<Node> {
        let v = self.expr(expr)?;
        if let Node::Const(_) = v {
            return Ok(Node::Const(Val::Bool(false)));
        }
        let cls = self.class_ref(class, FETCH_NO_AUTOLOAD | FETCH_EXCEPTION | FETCH_SILENT)?;
        let (i, r) = self.emit_tmp(Opcode::Instanceof, v, Node::Unused);
        let o = self.class_operand(cls);
        self.f().ops[i].op2 = o;
        Ok(r)
    }

    /// The object operand of `$obj->…` when `$obj` is `$this`: UNUSED in a method,
    /// FETCH_THIS elsewhere.
    pub fn this_operand(&mut self) -> Node {
        if self.this_exists() {
            Node::Unused
        } else {
            self.emit_var(Opcode::FetchThis, Node::Unused, Node::Unused)
                .1
        }
    }

    /// `__CLASS__` inside a trait is only known at run time.
    pub fn class_magic_in_trait(&self) -> bool {
        self.active().is_some_and(|c| c.is_trait())
    }

    /// The method a call resolves to at compile time: `self::m()` / `A::m()` on the class
    /// being compiled or an early-bound class, `$this->m()` when m is private or final.
    pub fn known_method(
        &self,
        class: Option<&ClassNode>,
        lc: &str,
    ) -> Option<crate::compiler::UserFn> {
        let (methods, is_active) = match class {
            None => {
                let c = self.active().filter(|_| self.scope_known())?;
                let m = c.method(lc)?;
                if m.flags & (member::PRIVATE | member::FINAL) == 0
                    && c.flags & class_flags::FINAL == 0
                {
                    return None;
                }
                return Some(m.sig.clone());
            }
            Some(ClassNode::Fetch(num)) if num & 0xf == FETCH_SELF && self.scope_known() => {
                (&self.active()?.methods, true)
            }
            Some(ClassNode::Name(n)) => {
                let lcn = n.to_ascii_lowercase();
                match self.bound_classes.get(&lcn) {
                    Some(b) => (
                        &b.methods,
                        self.active()
                            .is_some_and(|c| c.name.eq_ignore_ascii_case(n)),
                    ),
                    None => match self.active() {
                        Some(c) if c.name.eq_ignore_ascii_case(n) => (&c.methods, true),
                        _ => return None,
                    },
                }
            }
            _ => return None,
        };
        let m = methods.iter().find(|m| m.lc == lc)?;
        (m.flags & member::PUBLIC != 0 || is_active).then(|| m.sig.clone())
    }

    // ---------------------------------------------------------------- short circuiting

    /// `zend_short_circuiting_mark_inner`
    pub fn sc_mark_inner(&mut self, e: &Expr) {
        if is_short_circuited(e) {
            self.sc_inner.insert(e as *const Expr as usize);
        }
    }

    pub fn sc_checkpoint(&mut self) -> usize {
        self.f().short_circuit.len()
    }

    /// `zend_short_circuiting_commit`: JMP_NULLs of the chain jump here, with the result.
    pub fn sc_commit(&mut self, checkpoint: usize, result: &Node, e: &Expr, chain: u32) {
        let kind_ok = is_chain_kind(e) || chain != 0;
        if !kind_ok || self.sc_inner.contains(&(e as *const Expr as usize)) {
            return;
        }
        let res = self.operand(result.clone());
        let f = self.f();
        let next = f.next_op();
        while f.short_circuit.len() > checkpoint {
            let Some(op) = f.short_circuit.pop() else {
                break;
            };
            f.ops[op].op2.value = next;
            f.ops[op].result = res;
            f.ops[op].extended_value |= chain;
        }
    }

    /// `zend_emit_jmp_null`
    pub fn emit_jmp_null(&mut self, obj: Node, bp: Bp) {
        let i = self.emit(Opcode::JmpNull, obj, Node::Unused);
        // ZEND_JMP_NULL_BP_VAR_IS: clear of the chain kind's bits (isset 1, empty 2).
        if bp == Bp::Is {
            self.f().ops[i].extended_value |= 4;
        }
        self.f().short_circuit.push(i);
    }
}

/// `zend_ast_is_short_circuited`
pub fn is_short_circuited(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => is_short_circuited(x),
        ExprKind::Prop { obj, nullsafe, .. } => *nullsafe || is_short_circuited(obj),
        ExprKind::Index { base, .. } => is_short_circuited(base),
        ExprKind::StaticProp { class, .. } => {
            matches!(&**class, ClassRef::Expr(x) if is_short_circuited(x))
        }
        ExprKind::Call { callee, .. } => match &**callee {
            Callee::Method { obj, nullsafe, .. } => *nullsafe || is_short_circuited(obj),
            Callee::Static {
                class: ClassRef::Expr(x),
                ..
            } => is_short_circuited(x),
            _ => false,
        },
        _ => false,
    }
}

/// `zend_can_write_to_variable`: not the end of a nullsafe chain.
pub fn can_write_to_variable(e: &Expr) -> bool {
    let mut e = e;
    loop {
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            ExprKind::Index { base, .. } => e = base,
            ExprKind::Prop {
                obj,
                nullsafe: false,
                ..
            } => e = obj,
            _ => break,
        }
    }
    !is_short_circuited(e)
}

/// Kinds whose compilation commits a nullsafe chain (`zend_ast_kind_is_short_circuited`).
fn is_chain_kind(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Prop { .. } | ExprKind::Index { .. } | ExprKind::StaticProp { .. } => true,
        ExprKind::Call { callee, .. } => {
            matches!(&**callee, Callee::Method { .. } | Callee::Static { .. })
        }
        _ => false,
    }
}
