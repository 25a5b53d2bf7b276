//! Statements (`zend_compile_stmt`): control flow, loops with break/continue,
//! try/catch/finally, declarations.

use crate::compiler::{Compiler, R};
use crate::emit::{LoopCtx, Node, PendingJump, Unwind};
use crate::expr::{Bp, Src};
use crate::opcode::Opcode;
use crate::script::{Operand, OperandKind, TryCatch};
use crate::val::{Key, Val};
use crate::Severity;
use miniphp_parser::ast::*;

const FREE_ON_RETURN: u32 = 1;

impl Compiler<'_> {
    /// `zend_compile_top_stmt`: functions and classes declared here are bound at compile
    /// time. `file_level` is true for the file's own statement list.
    pub fn top_stmts(&mut self, list: &[Stmt], file_level: bool) -> R<()> {
        // zend_is_first_statement: only declare() and empty statements may come first.
        let mut first = file_level;
        for s in list {
            match &s.kind {
                StmtKind::Function(d) => self.function_decl(d, true)?,
                StmtKind::Class(d) => {
                    self.line(s.span);
                    self.class_decl(d, true)?;
                }
                StmtKind::Block(b) => self.top_stmts(b, false)?,
                StmtKind::Namespace { name, body } => {
                    self.line(s.span);
                    self.namespace(name.as_ref(), body.as_deref(), first)?;
                }
                StmtKind::Declare { .. } => {
                    self.first_declare = first;
                    let r = self.stmt(s);
                    self.first_declare = false;
                    r?
                }
                _ => self.stmt(s)?,
            }
            if !matches!(
                s.kind,
                StmtKind::Namespace { .. } | StmtKind::HaltCompiler | StmtKind::Nop
            ) && self.ns_bracketed
                && !self.in_namespace
            {
                return self.err("No code may exist outside of namespace {}");
            }
            if !matches!(s.kind, StmtKind::Declare { .. } | StmtKind::Nop) {
                first = false;
            }
        }
        Ok(())
    }

    /// `zend_compile_namespace`
    fn namespace(&mut self, name: Option<&Name>, body: Option<&[Stmt]>, first: bool) -> R<()> {
        let bracket = body.is_some();
        let mix =
            "Cannot mix bracketed namespace declarations with unbracketed namespace declarations";
        if !self.ns_bracketed {
            if self.scope.namespace.is_some() && bracket {
                return self.err(mix);
            }
        } else if !bracket {
            return self.err(mix);
        } else if self.scope.namespace.is_some() || self.in_namespace {
            return self.err("Namespace declarations cannot be nested");
        }
        let is_first =
            (!bracket && self.scope.namespace.is_none()) || (bracket && !self.ns_bracketed);
        if is_first && !first {
            return self.err("Namespace declaration statement has to be the very first statement or after any declare call in the script");
        }
        if let Some(n) = name {
            if n.parts.eq_ignore_ascii_case("namespace") {
                return self.err(format!("Cannot use '{}' as namespace name", n.parts));
            }
        }
        self.scope = crate::names::Scope {
            namespace: name.map(|n| n.parts.clone()),
            ..Default::default()
        };
        self.in_namespace = true;
        if bracket {
            self.ns_bracketed = true;
        }
        if let Some(b) = body {
            self.top_stmts(b, false)?;
            self.in_namespace = false;
            self.scope = crate::names::Scope::default();
        }
        Ok(())
    }

    pub fn stmts(&mut self, list: &[Stmt]) -> R<()> {
        for s in list {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// `zend_compile_stmt`: the statement, then a TICKS op under `declare(ticks=N)` (not
    /// after a block or a label, `zend_is_unticked_stmt`).
    pub fn stmt(&mut self, s: &Stmt) -> R<()> {
        self.stmt_body(s)?;
        // `echo a, b;`, `global`, `static` and `unset` lists are one statement per item
        // in Zend's tree: each ticks itself.
        if !matches!(
            s.kind,
            StmtKind::Block(_)
                | StmtKind::Label(_)
                | StmtKind::Echo(_)
                | StmtKind::Global(_)
                | StmtKind::StaticVar(_)
                | StmtKind::Unset(_)
        ) {
            self.tick();
        }
        Ok(())
    }

    fn tick(&mut self) {
        if self.ticks != 0 {
            let i = self.emit(Opcode::Ticks, Node::Unused, Node::Unused);
            self.f().ops[i].extended_value = self.ticks;
        }
    }

    fn stmt_body(&mut self, s: &Stmt) -> R<()> {
        self.line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                let n = self.expr(e)?;
                self.free(n);
            }
            StmtKind::Echo(list) => {
                for e in list {
                    let n = self.expr(e)?;
                    self.emit(Opcode::Echo, n, Node::Unused);
                    self.tick();
                }
            }
            StmtKind::InlineHtml(b) => {
                self.emit(Opcode::Echo, Node::Const(Val::Str(b.clone())), Node::Unused);
            }
            StmtKind::Block(b) => self.stmts(b)?,
            StmtKind::If {
                cond,
                then,
                elseifs,
                else_,
            } => {
                let mut branches: Vec<(Option<&Expr>, &[Stmt])> = vec![(Some(cond), then)];
                branches.extend(elseifs.iter().map(|(c, b)| (Some(c), b.as_slice())));
                if let Some(b) = else_ {
                    branches.push((None, b));
                }
                let mut jmps = Vec::new();
                let n = branches.len();
                for (i, (c, body)) in branches.into_iter().enumerate() {
                    let jmpz = match c {
                        Some(c) => {
                            let cn = self.expr(c)?;
                            Some(self.emit_cond_jump(Opcode::Jmpz, cn, 0))
                        }
                        None => None,
                    };
                    self.stmts(body)?;
                    if i != n - 1 {
                        jmps.push(self.emit_jump(0));
                    }
                    if let Some(j) = jmpz {
                        self.f().jump_to_next(j);
                    }
                }
                for j in jmps {
                    self.f().jump_to_next(j);
                }
            }
            StmtKind::While { cond, body } => {
                let jmp = self.emit_jump(0);
                let l = self.begin_loop(None);
                let start = self.f().next_op();
                self.stmts(body)?;
                let cond_op = self.f().next_op();
                self.f().jump_to_next(jmp);
                let c = self.expr(cond)?;
                self.emit_cond_jump(Opcode::Jmpnz, c, start);
                self.end_loop(l, cond_op);
            }
            StmtKind::DoWhile { body, cond } => {
                let l = self.begin_loop(None);
                let start = self.f().next_op();
                self.stmts(body)?;
                let cond_op = self.f().next_op();
                let c = self.expr(cond)?;
                self.emit_cond_jump(Opcode::Jmpnz, c, start);
                self.end_loop(l, cond_op);
            }
            StmtKind::For {
                init,
                cond,
                step,
                body,
            } => {
                let r = self.expr_list(init)?;
                self.free(r);
                let jmp = self.emit_jump(0);
                let l = self.begin_loop(None);
                let start = self.f().next_op();
                self.stmts(body)?;
                let step_op = self.f().next_op();
                let r = self.expr_list(step)?;
                self.free(r);
                self.f().jump_to_next(jmp);
                let c = self.expr_list(cond)?;
                self.emit_cond_jump(Opcode::Jmpnz, c, start);
                self.end_loop(l, step_op);
            }
            StmtKind::Foreach {
                subject,
                key,
                value,
                by_ref,
                body,
            } => self.foreach(s, subject, key.as_ref(), value, *by_ref, body)?,
            StmtKind::Switch { subject, cases } => self.switch(subject, cases)?,
            StmtKind::Break(depth) => self.break_continue(depth.as_ref(), true)?,
            StmtKind::Continue(depth) => self.break_continue(depth.as_ref(), false)?,
            StmtKind::Return(e) => self.return_stmt(e.as_ref())?,
            StmtKind::Global(vars) => {
                for v in vars {
                    self.global_var(v)?;
                    self.tick();
                }
            }
            StmtKind::StaticVar(vars) => {
                for v in vars {
                    if v.name.name == "this" {
                        return self.err("Cannot use $this as static variable");
                    }
                    let value = match &v.default {
                        Some(d) => self.const_expr(d, true)?,
                        None => crate::class::ConstValue::Val(Val::Null),
                    };
                    let lit = self.const_value_literal(value);
                    self.static_var_at(&v.name.name, lit, 1);
                    self.tick();
                }
            }
            StmtKind::Unset(vars) => {
                for v in vars {
                    self.unset(v)?;
                    self.tick();
                }
            }
            StmtKind::Const(consts) => {
                for c in consts {
                    if matches!(
                        c.name.name.to_ascii_lowercase().as_str(),
                        "true" | "false" | "null"
                    ) {
                        return self.err(format!("Cannot redeclare constant '{}'", c.name.name));
                    }
                    let name = self.scope.prefix(&c.name.name);
                    if let Some(i) = self.scope.consts.get(&c.name.name) {
                        if *i != name {
                            return self.err(format!(
                                "Cannot declare const {name} because the name is already in use"
                            ));
                        }
                    }
                    self.seen.insert((2, name.clone()));
                    let v = self.const_expr(&c.value, true)?;
                    let i = self.emit(
                        Opcode::DeclareConst,
                        Node::Const(Val::Str(name.into_bytes())),
                        Node::Unused,
                    );
                    let value = match v {
                        crate::class::ConstValue::Val(v) => self.operand(Node::Const(v)),
                        crate::class::ConstValue::Expr(slot) => {
                            let f = self.f();
                            f.lits.push(crate::script::Literal::ConstExpr(slot));
                            Operand {
                                kind: OperandKind::Const,
                                value: f.lits.len() as u32 - 1,
                            }
                        }
                    };
                    self.f().ops[i].op2 = value;
                }
            }
            StmtKind::Function(d) => self.function_decl(d, false)?,
            StmtKind::Class(d) => {
                self.class_decl(d, false)?;
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => self.try_stmt(body, catches, finally.as_deref())?,
            StmtKind::Throw(e) => {
                let n = self.expr(e)?;
                self.emit(Opcode::Throw, n, Node::Unused);
            }
            StmtKind::Declare { directives, body } => {
                for (name, value) in directives {
                    let literal = matches!(
                        value.kind,
                        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::String(_)
                    );
                    let lc = name.name.to_ascii_lowercase();
                    if !literal {
                        return self.err(if lc == "encoding" {
                            "Encoding must be a literal".to_string()
                        } else {
                            format!("declare({}) value must be a literal", name.name)
                        });
                    }
                    if !matches!(lc.as_str(), "ticks" | "encoding" | "strict_types") {
                        let message = format!("Unsupported declare '{}'", name.name);
                        self.warn(crate::Severity::Warning, message);
                    }
                    if lc == "strict_types" {
                        if !self.first_declare {
                            return self.err("strict_types declaration must be the very first statement in the script");
                        }
                        if body.is_some() {
                            return self.err("strict_types declaration must not use block mode");
                        }
                        self.strict_types = self.ct_eval(value).is_some_and(|v| v == Val::Long(1));
                    }
                }
                self.first_declare = false;
                let outer_ticks = self.ticks;
                for (name, value) in directives {
                    if name.name.eq_ignore_ascii_case("ticks") {
                        // zval_get_long of the literal.
                        self.ticks = match &value.kind {
                            ExprKind::Int(n) => *n as u32,
                            ExprKind::Float(d) => *d as u32,
                            // A numeric string's leading digits (ticks are never negative).
                            ExprKind::String(s) => s
                                .iter()
                                .take_while(|c| c.is_ascii_digit())
                                .fold(0u32, |n, &c| {
                                    n.wrapping_mul(10).wrapping_add(u32::from(c - b'0'))
                                }),
                            _ => 0,
                        };
                    }
                }
                if let Some(b) = body {
                    self.stmts(b)?;
                    // A declare block's ticks end with it.
                    self.ticks = outer_ticks;
                }
            }
            StmtKind::Namespace { name, body } => {
                self.namespace(name.as_ref(), body.as_deref(), false)?
            }
            StmtKind::Use { uses, .. } => {
                for u in uses {
                    let full = u.name.parts.clone();
                    let alias = match &u.alias {
                        Some(a) => a.name.clone(),
                        None => full.rsplit('\\').next().unwrap_or(&full).to_string(),
                    };
                    let compound = full.trim_start_matches('\\').contains('\\');
                    if u.alias.is_none() && !compound && self.scope.namespace.is_none() {
                        let message = format!(
                            "The use statement with non-compound name '{alias}' has no effect"
                        );
                        self.warn(crate::Severity::Warning, message);
                    }
                    if u.kind == UseKind::Normal && crate::class::is_reserved_class_name(&alias) {
                        return self.err(format!(
                            "Cannot use {full} as {alias} because '{alias}' is a special class name"
                        ));
                    }
                    let (kind, lookup) = match u.kind {
                        UseKind::Normal => (0, alias.to_ascii_lowercase()),
                        UseKind::Function => (1, alias.to_ascii_lowercase()),
                        UseKind::Const => (2, alias.clone()),
                    };
                    let check = match &self.scope.namespace {
                        Some(ns) => format!("{}\\{lookup}", ns.to_ascii_lowercase()),
                        None => lookup,
                    };
                    if self.seen.contains(&(kind, check.clone()))
                        && !full.eq_ignore_ascii_case(&check)
                    {
                        let what = ["", " function", " const"][kind as usize];
                        return self.err(format!(
                            "Cannot use{what} {full} as {alias} because the name is already in use"
                        ));
                    }
                    let (table, key, what) = match u.kind {
                        UseKind::Normal => {
                            (&mut self.scope.classes, alias.to_ascii_lowercase(), "")
                        }
                        UseKind::Function => (
                            &mut self.scope.functions,
                            alias.to_ascii_lowercase(),
                            " function",
                        ),
                        UseKind::Const => (&mut self.scope.consts, alias.clone(), " const"),
                    };
                    if table.contains_key(&key) {
                        return self.err(format!(
                            "Cannot use{what} {full} as {alias} because the name is already in use"
                        ));
                    }
                    table.insert(key, full);
                }
            }
            StmtKind::Goto(label) => {
                let start = self.f().next_op();
                self.unwind_all(None);
                let unwind_ops = self.f().next_op() - start;
                let op = self.emit_jump(0);
                let loops = self.f().active_loops.clone();
                self.f().gotos.push(crate::emit::Goto {
                    op,
                    label: label.name.clone(),
                    loops,
                    unwind_ops,
                });
            }
            StmtKind::Label(label) => {
                if self.f().labels.iter().any(|(l, ..)| *l == label.name) {
                    return self.err(format!("Label '{}' already defined", label.name));
                }
                let at = self.f().next_op();
                let loops = self.f().active_loops.clone();
                self.f().labels.push((label.name.clone(), at, loops));
            }
            StmtKind::HaltCompiler | StmtKind::Nop => {}
        }
        Ok(())
    }

    /// `zend_compile_expr_list`: every result but the last is freed.
    fn expr_list(&mut self, list: &[Expr]) -> R<Node> {
        let mut r = Node::Const(Val::Bool(true));
        for e in list {
            self.free(r);
            r = self.expr(e)?;
        }
        Ok(r)
    }

    fn begin_loop(&mut self, free: Option<(Opcode, Node)>) -> usize {
        let f = self.f();
        f.loops.push(LoopCtx {
            cont: None,
            brk: None,
            is_switch: false,
            free,
        });
        let idx = f.loops.len() - 1;
        f.unwind.push(Unwind::Loop(idx));
        f.active_loops.push(idx);
        idx
    }

    fn end_loop(&mut self, l: usize, cont: u32) {
        let f = self.f();
        let brk = f.next_op();
        f.loops[l].cont = Some(cont);
        f.loops[l].brk = Some(brk);
        f.unwind.pop();
        f.active_loops.pop();
    }

    /// `zend_compile_break_continue`
    fn break_continue(&mut self, depth: Option<&Expr>, is_break: bool) -> R<()> {
        let kw = if is_break { "break" } else { "continue" };
        let depth = match depth {
            None => 1,
            Some(e) => match self.ct_eval(e) {
                Some(Val::Long(d)) if d >= 1 => d as usize,
                Some(Val::Long(_)) => {
                    return self.err(format!("'{kw}' operator accepts only positive integers"))
                }
                _ => {
                    return self.err(format!(
                        "'{kw}' operator with non-integer operand is no longer supported"
                    ))
                }
            },
        };
        let active = self.f().active_loops.clone();
        if active.is_empty() {
            return self.err(format!("'{kw}' not in the 'loop' or 'switch' context"));
        }
        if depth > active.len() {
            let s = if depth == 1 { "" } else { "s" };
            return self.err(format!("Cannot '{kw}' {depth} level{s}"));
        }
        let target = active[active.len() - depth];
        if !is_break && self.f().loops[target].is_switch {
            let outermost = depth == active.len();
            self.warn(Severity::Warning, continue_switch_message(depth, outermost));
        }
        self.unwind_loops(depth);
        let i = self.emit_jump(0);
        self.f().pending.push(PendingJump {
            op: i,
            loop_idx: target,
            is_break,
        });
        Ok(())
    }

    /// `zend_handle_loops_and_finally_ex` for break/continue: frees inner loops' variables.
    fn unwind_loops(&mut self, depth: usize) {
        let entries: Vec<Unwind> = self.f().unwind.iter().rev().cloned().collect();
        let mut depth = depth;
        for u in entries {
            match u {
                Unwind::FastCall { var, try_catch } => self.emit_fast_call(var, try_catch, None),
                Unwind::DiscardException { var } => {
                    self.emit(Opcode::DiscardException, Node::Tmp(var), Node::Unused);
                }
                Unwind::Loop(l) => {
                    if depth <= 1 {
                        return;
                    }
                    if let Some((op, n)) = self.f().loops[l].free.clone() {
                        let i = self.emit(op, n, Node::Unused);
                        self.f().ops[i].extended_value = FREE_ON_RETURN;
                    }
                    depth -= 1;
                }
            }
        }
    }

    /// Before `return`: free every loop variable and run enclosing finally blocks.
    pub fn unwind_all(&mut self, ret: Option<&Node>) {
        let entries: Vec<Unwind> = self.f().unwind.iter().rev().cloned().collect();
        for u in entries {
            match u {
                Unwind::FastCall { var, try_catch } => {
                    self.emit_fast_call(var, try_catch, ret.cloned())
                }
                Unwind::DiscardException { var } => {
                    self.emit(Opcode::DiscardException, Node::Tmp(var), Node::Unused);
                }
                Unwind::Loop(l) => {
                    if let Some((op, n)) = self.f().loops[l].free.clone() {
                        let i = self.emit(op, n, Node::Unused);
                        self.f().ops[i].extended_value = FREE_ON_RETURN;
                    }
                }
            }
        }
    }

    fn emit_fast_call(&mut self, var: u32, try_catch: u32, ret: Option<Node>) {
        let i = self.emit(Opcode::FastCall, Node::Unused, ret.unwrap_or(Node::Unused));
        let f = self.f();
        f.ops[i].op1.value = try_catch;
        f.ops[i].result = Operand {
            kind: OperandKind::TmpVar,
            value: var,
        };
    }

    pub fn in_finally_scope(&mut self) -> bool {
        self.f()
            .unwind
            .iter()
            .any(|u| matches!(u, Unwind::FastCall { .. }))
    }

    fn foreach(
        &mut self,
        s: &Stmt,
        subject: &Expr,
        key: Option<&Expr>,
        value: &Expr,
        by_ref: bool,
        body: &[Stmt],
    ) -> R<()> {
        if let Some(k) = key {
            if matches!(k.kind, ExprKind::Array { .. } | ExprKind::List(_)) {
                return self.err("Cannot use list as key element");
            }
        }
        let list_refs = match &value.kind {
            ExprKind::Array { items, .. } | ExprKind::List(items) => {
                items.iter().flatten().any(|i| i.by_ref)
            }
            _ => false,
        };
        let by_ref = by_ref || list_refs;
        let is_var = crate::expr::is_variable(subject) && crate::oo::can_write_to_variable(subject);
        let mut subj = if by_ref && is_var {
            self.var_ref(subject, Bp::W)?
        } else {
            self.expr(subject)?
        };
        if by_ref && crate::expr::is_call(subject) {
            if let Node::Var(v) = subj {
                let i = self.emit(Opcode::Separate, Node::Var(v), Node::Unused);
                self.f().ops[i].result = Operand {
                    kind: OperandKind::Var,
                    value: v,
                };
                subj = Node::Var(v);
            }
        }
        let reset_op = if by_ref {
            Opcode::FeResetRw
        } else {
            Opcode::FeResetR
        };
        let (reset, reset_node) = self.emit_var(reset_op, subj, Node::Unused);
        let l = self.begin_loop(Some((Opcode::FeFree, reset_node.clone())));
        let fetch_at = self.f().next_op();
        let fetch = self.emit(
            if by_ref {
                Opcode::FeFetchRw
            } else {
                Opcode::FeFetchR
            },
            reset_node.clone(),
            Node::Unused,
        );
        if matches!(&value.kind, ExprKind::Var(n) if n == "this") {
            return self.err("Cannot re-assign $this");
        }
        match self
            .try_cv(value)
            .filter(|_| matches!(value.kind, ExprKind::Var(_)))
        {
            Some(cv) => {
                let o = self.operand(cv);
                self.f().ops[fetch].op2 = o;
            }
            None => {
                let t = self.f().temp();
                self.f().ops[fetch].op2 = Operand {
                    kind: OperandKind::Var,
                    value: t,
                };
                let v = Node::Var(t);
                match &value.kind {
                    ExprKind::Array { items, .. } => {
                        self.list_assign(items, v, true, false)?;
                    }
                    ExprKind::List(items) => {
                        self.list_assign(items, v, false, false)?;
                    }
                    _ if by_ref => {
                        let n = self.assign_ref_node(value, v)?;
                        self.free(n);
                    }
                    _ => {
                        let n = self.assign_node(value, Src::Node(v))?;
                        self.free(n);
                    }
                }
            }
        }
        if let Some(k) = key {
            let kn = self.make_tmp_result(fetch);
            let n = self.assign_node(k, Src::Node(kn))?;
            self.free(n);
        }
        self.stmts(body)?;
        self.line(s.span);
        self.emit_jump(fetch_at);
        self.f().jump_to_next(reset);
        self.f().jump_to_next(fetch);
        self.end_loop(l, fetch_at);
        self.emit(Opcode::FeFree, reset_node, Node::Unused);
        Ok(())
    }

    /// `zend_compile_switch`, with SWITCH_LONG/SWITCH_STRING jump tables.
    fn switch(&mut self, subject: &Expr, cases: &[SwitchCase]) -> R<()> {
        let subj = self.expr(subject)?;
        let free = subj.is_tmp_or_var().then(|| (Opcode::Free, subj.clone()));
        let l = self.begin_loop(free);
        self.f().loops[l].is_switch = true;
        let case_t = self.f().temp();
        let case_node = Node::Tmp(case_t);
        let consts: Option<Vec<Val>> = cases
            .iter()
            .filter_map(|c| c.cond.as_ref())
            .map(|c| self.ct_eval(c))
            .collect();
        let table_kind = consts.as_ref().and_then(|vals| {
            if vals.iter().all(|v| matches!(v, Val::Long(_))) {
                Some(Opcode::SwitchLong)
            } else if vals.iter().all(|v| matches!(v, Val::Str(s) if crate::val::numeric_key(s).is_none() && !numeric_string_like(s))) {
                Some(Opcode::SwitchString)
            } else {
                None
            }
        });
        let num = cases.len();
        let use_table = match table_kind {
            Some(Opcode::SwitchLong) => num >= 5,
            Some(_) => num >= 2,
            None => false,
        } && consts.as_ref().is_some_and(|c| !c.is_empty());
        let mut switch_op = None;
        if use_table {
            let i = self.emit(
                table_kind.unwrap_or(Opcode::SwitchLong),
                subj.clone(),
                Node::Unused,
            );
            switch_op = Some(i);
        }
        let mut jmps = Vec::with_capacity(num);
        let mut has_default = false;
        for c in cases {
            let Some(cond) = &c.cond else {
                if has_default {
                    self.line(c.span);
                    return self.err("Switch statements may only contain one default clause");
                }
                has_default = true;
                jmps.push(None);
                continue;
            };
            let cn = self.expr(cond)?;
            let j = match &subj {
                Node::Const(Val::Bool(false)) => self.emit_cond_jump(Opcode::Jmpz, cn, 0),
                Node::Const(Val::Bool(true)) => self.emit_cond_jump(Opcode::Jmpnz, cn, 0),
                _ => {
                    let op = if subj.is_tmp_or_var() {
                        Opcode::Case
                    } else {
                        Opcode::IsEqual
                    };
                    let i = self.emit(op, subj.clone(), cn);
                    self.set_result(i, &case_node);
                    self.emit_cond_jump(Opcode::Jmpnz, case_node.clone(), 0)
                }
            };
            jmps.push(Some(j));
        }
        let default_jmp = self.emit_jump(0);
        let mut table: Vec<(Key, Val)> = Vec::new();
        for (c, j) in cases.iter().zip(jmps) {
            match j {
                Some(j) => {
                    self.f().jump_to_next(j);
                    if use_table {
                        let target = Val::Long(self.f().next_op() as i64);
                        let key = match c.cond.as_ref().and_then(|x| self.ct_eval(x)) {
                            Some(Val::Long(i)) => Key::Int(i),
                            Some(Val::Str(s)) => Key::Str(s),
                            _ => Key::Int(0),
                        };
                        if !table.iter().any(|(k, _)| *k == key) {
                            table.push((key, target));
                        }
                    }
                }
                None => {
                    self.f().jump_to_next(default_jmp);
                    if let Some(sw) = switch_op {
                        self.f().jump_to_next(sw);
                    }
                }
            }
            self.stmts(&c.body)?;
        }
        if !has_default {
            self.f().jump_to_next(default_jmp);
            if let Some(sw) = switch_op {
                self.f().jump_to_next(sw);
            }
        }
        if let Some(sw) = switch_op {
            let lit = self.operand(Node::Const(Val::Array(table)));
            self.f().ops[sw].op2 = lit;
        }
        let end = self.f().next_op();
        self.end_loop(l, end);
        if subj.is_tmp_or_var() {
            let i = self.emit(Opcode::Free, subj, Node::Unused);
            self.f().ops[i].extended_value = 2;
        }
        Ok(())
    }

    fn global_var(&mut self, v: &Expr) -> R<()> {
        match &v.kind {
            ExprKind::Var(n) if n == "this" => self.err("Cannot use $this as global variable"),
            ExprKind::Var(n) => {
                let name = Node::Const(Val::Str(n.as_bytes().to_vec()));
                match self.try_cv(v) {
                    Some(cv) => {
                        self.emit(Opcode::BindGlobal, cv, name);
                    }
                    None => self.bind_global_by_name(name),
                }
                Ok(())
            }
            ExprKind::VarVar(name_expr) => {
                if let Some(cv) = self.try_cv(v) {
                    let name = self.expr(name_expr)?;
                    self.emit(Opcode::BindGlobal, cv, name);
                } else {
                    let name = self.expr(name_expr)?;
                    self.bind_global_by_name(name);
                }
                Ok(())
            }
            _ => self.err("global statements with variable variables are not supported yet"),
        }
    }

    /// `global` of a name with no CV (a dynamic or auto-global name): FETCH_W of the
    /// global with the lock flag (the name stays for the next op), FETCH_W of the local,
    /// ASSIGN_REF, as zend_compile_global_var.
    fn bind_global_by_name(&mut self, name: Node) {
        let (i, r) = self.emit_var(Opcode::FetchW, name.clone(), Node::Unused);
        self.f().ops[i].extended_value = 1 << 3;
        let (_, t) = self.emit_var(Opcode::FetchW, name, Node::Unused);
        self.emit(Opcode::AssignRef, t, r);
    }

    fn unset(&mut self, v: &Expr) -> R<()> {
        self.ensure_writable(v)?;
        match &v.kind {
            ExprKind::Var(n) if n == "this" => self.err("Cannot unset $this"),
            ExprKind::Var(_) | ExprKind::VarVar(_) => {
                if let Some(cv) = self.try_cv(v) {
                    self.emit(Opcode::UnsetCv, cv, Node::Unused);
                    return Ok(());
                }
                let name = match &v.kind {
                    ExprKind::VarVar(n) => (**n).clone(),
                    ExprKind::Var(n) => Expr {
                        kind: ExprKind::String(n.as_bytes().to_vec()),
                        span: v.span,
                    },
                    _ => v.clone(),
                };
                let (r, i) = self.simple_var_no_cv(&name, Bp::Unset, false)?;
                if let Some(i) = i {
                    let f = self.f();
                    f.ops[i].opcode = Opcode::UnsetVar;
                    f.ops[i].result = Operand::default();
                    f.t -= 1;
                }
                let _ = r;
                Ok(())
            }
            ExprKind::StaticProp { class, name } => {
                let (_, i) = self.static_prop(class, name, Bp::Unset, false)?;
                let f = self.f();
                f.ops[i].opcode = Opcode::UnsetStaticProp;
                f.ops[i].result = Operand::default();
                f.t -= 1;
                Ok(())
            }
            // `unset($GLOBALS['k'])` unsets the global variable (zend_compile_unset).
            ExprKind::Index { base, dim } if matches!(&base.kind, ExprKind::Var(n) if n == "GLOBALS") =>
            {
                let Some(dim) = dim else {
                    return self.err("Cannot use [] for unsetting");
                };
                let name = self.expr(dim)?;
                let i = self.emit(Opcode::UnsetVar, name, Node::Unused);
                self.f().ops[i].extended_value = 1 << 1;
                Ok(())
            }
            ExprKind::Index { .. } | ExprKind::Prop { .. } => {
                let off = self.delayed_begin();
                let is_dim = matches!(v.kind, ExprKind::Index { .. });
                if is_dim {
                    self.delayed_dim(v, Bp::Unset, false)?;
                } else {
                    self.delayed_var(v, Bp::Unset)?;
                }
                let Some(i) = self.delayed_end(off) else {
                    return Ok(());
                };
                let f = self.f();
                f.ops[i].opcode = if is_dim {
                    Opcode::UnsetDim
                } else {
                    Opcode::UnsetObj
                };
                if !is_dim {
                    // zend_compile_prop(NULL, …) allocates no result.
                    f.ops[i].result = Operand::default();
                    f.t -= 1;
                }
                Ok(())
            }
            _ => self.err("Cannot unset the result of an expression"),
        }
    }

    /// `zend_compile_try`
    fn try_stmt(&mut self, body: &[Stmt], catches: &[Catch], finally: Option<&[Stmt]>) -> R<()> {
        if catches.is_empty() && finally.is_none() {
            return self.err("Cannot use try without catch or finally");
        }
        let at = self.f().next_op();
        if self.f().labels.iter().any(|(_, t, _)| *t == at) {
            self.emit(Opcode::Nop, Node::Unused, Node::Unused);
        }
        let f = self.f();
        let tc = f.try_catch.len() as u32;
        let try_op = f.next_op();
        f.try_catch.push(TryCatch {
            try_op,
            catch_op: 0,
            finally_op: 0,
            finally_end: 0,
        });
        let orig_offset = f.try_catch_offset;
        let mut fast_call = 0;
        if finally.is_some() {
            f.has_finally = true;
            fast_call = f.temp();
            f.unwind.push(Unwind::FastCall {
                var: fast_call,
                try_catch: tc,
            });
        }
        self.f().try_catch_offset = Some(tc);
        self.stmts(body)?;
        let mut jmps = Vec::new();
        if !catches.is_empty() {
            jmps.push(self.emit_jump(0));
        }
        for (i, c) in catches.iter().enumerate() {
            self.line(c.span);
            let last_catch = i + 1 == catches.len();
            let mut multi = Vec::new();
            let mut opnum_catch = 0;
            for (j, t) in c.types.iter().enumerate() {
                let last_class = j + 1 == c.types.len();
                let name = self.class_name_const(t)?;
                opnum_catch = self.f().ops.len();
                if i == 0 && j == 0 {
                    self.f().try_catch[tc as usize].catch_op = opnum_catch as u32;
                }
                let idx = self.emit(Opcode::Catch, Node::Unused, Node::Unused);
                let lit = self.class_name_literal(&name);
                let var = match &c.var {
                    Some(v) if v.name == "this" => return self.err("Cannot re-assign $this"),
                    Some(v) => self.operand_cv(&v.name),
                    None => Operand::default(),
                };
                let f = self.f();
                f.ops[idx].op1 = lit;
                f.ops[idx].result = var;
                if last_catch && last_class {
                    f.ops[idx].extended_value |= 1;
                }
                if !last_class {
                    multi.push(self.emit_jump(0));
                    let next = self.f().next_op();
                    self.f().ops[opnum_catch].op2.value = next;
                }
            }
            for m in multi {
                self.f().jump_to_next(m);
            }
            self.stmts(&c.body)?;
            if !last_catch {
                jmps.push(self.emit_jump(0));
                let next = self.f().next_op();
                self.f().ops[opnum_catch].op2.value = next;
            }
        }
        for j in jmps {
            self.f().jump_to_next(j);
        }
        if let Some(fin) = finally {
            let jmp_at = self.f().next_op() + 1;
            let f = self.f();
            f.unwind.pop();
            f.unwind.push(Unwind::DiscardException { var: fast_call });
            self.emit_fast_call(fast_call, tc, None);
            self.emit_jump(0);
            self.stmts(fin)?;
            let end = self.f().next_op();
            let f = self.f();
            f.try_catch[tc as usize].finally_op = jmp_at + 1;
            f.try_catch[tc as usize].finally_end = end;
            let i = self.emit(Opcode::FastRet, Node::Tmp(fast_call), Node::Unused);
            self.f().ops[i].op2.value = orig_offset.unwrap_or(u32::MAX);
            self.f().jump_to_next(jmp_at as usize);
            self.f().unwind.pop();
        }
        self.f().try_catch_offset = orig_offset;
        Ok(())
    }

    fn operand_cv(&mut self, name: &str) -> Operand {
        let n = self.cv(name);
        self.operand(n)
    }
}

fn numeric_string_like(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok_and(|t| t.trim().parse::<f64>().is_ok())
}

/// What `continue N` targeting a switch says; `outermost`: no loop encloses that switch,
/// so there is no `continue N+1` to suggest.
fn continue_switch_message(depth: usize, outermost: bool) -> String {
    let what = if depth == 1 {
        "\"continue\" targeting switch is equivalent to \"break\"".to_string()
    } else {
        format!("\"continue {depth}\" targeting switch is equivalent to \"break {depth}\"")
    };
    if outermost {
        what
    } else {
        let next = depth + 1;
        format!("{what}. Did you mean to use \"continue {next}\"?")
    }
}
