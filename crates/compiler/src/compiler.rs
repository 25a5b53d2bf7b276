//! The compiler state shared by statements, expressions and functions: the script
//! being built, the string pool, the function table, the stack of op_arrays.

use crate::emit::{FuncCtx, Node};
use crate::names::Scope;
use crate::opcode::Opcode;
use crate::script::*;
use crate::val::{Key, Val};
use crate::{CompileError, FunctionInfo};
use miniphp_parser::ast::Span;
use std::collections::HashMap;

/// The hasher of the compiler's own tables: keys come from one source file, so a
/// DoS-resistant hash buys nothing and costs a quarter of `intern`.
pub type FastHash = foldhash::fast::FixedState;

pub type R<T> = Result<T, CompileError>;

pub fn err<T>(message: impl Into<String>, line: u32) -> R<T> {
    Err(CompileError {
        message: message.into(),
        line,
    })
}

/// A user function known at compile time (in this file, declared before the call).
#[derive(Clone)]
pub struct UserFn {
    pub num_args: u32,
    pub last_var: u32,
    pub t: u32,
    pub first_line: u32,
    pub params: Vec<String>,
    pub by_ref: Vec<bool>,
    pub variadic_by_ref: Option<bool>,
    pub finalized: bool,
}

impl UserFn {
    pub fn arg_by_ref(&self, arg: u32) -> bool {
        match self.by_ref.get(arg as usize - 1) {
            Some(b) => *b,
            None => self.variadic_by_ref.unwrap_or(false),
        }
    }
}

/// The function a call resolves to at compile time (Zend's `fbc`).
pub enum Fbc<'f> {
    Internal(&'f str),
    User(&'f str),
    /// A method resolved at compile time (its signature).
    Method(UserFn),
}

pub struct Compiler<'a> {
    pub s: Script,
    /// Interned strings; a fast non-keyed hash (compiling interns every name and literal).
    strs: HashMap<Vec<u8>, StrRef, FastHash>,
    pub info: Option<&'a dyn FunctionInfo>,
    pub filename: String,
    pub stack: Vec<FuncCtx>,
    /// The emptied op, literal and variable buffers of the last finished op_array, for the
    /// next one: they are copied into the script's tables, and growing new ones for every
    /// function was a tenth of compiling a file of small functions.
    spare: (Vec<Op>, Vec<Literal>, Vec<StrRef>),
    pub fn_table: HashMap<String, UserFn, FastHash>,
    pub scope: Scope,
    pub strict_types: bool,
    /// Set while compiling a file-level declare() that only declares precede
    /// (`zend_is_first_statement`).
    pub first_declare: bool,
    /// `declare(ticks=N)` in force (Zend's `FC(declarables).ticks`): a TICKS op follows
    /// each statement while it is not 0.
    pub ticks: u32,
    /// Classes whose bodies are being compiled, outermost first.
    pub class_stack: Vec<crate::class::ClassCtx>,
    /// Zend's `CG(active_class_entry)`: an index into `class_stack`.
    pub active_class: Option<usize>,
    /// Classes bound at compile time, by lowercase name.
    pub bound_classes: HashMap<String, crate::class::BoundClass, FastHash>,
    /// Zend's `CG(rtd_key_counter)`.
    pub rtd_counter: u32,
    /// Expressions inside a nullsafe chain (Zend's `ZEND_SHORT_CIRCUITING_INNER`), by address.
    pub sc_inner: std::collections::HashSet<usize, FastHash>,
    /// Set while compiling a parameter default (Zend's `ZEND_COMPILE_NO_CONSTANT_SUBSTITUTION`
    /// and `..._NO_PERSISTENT_CONSTANT_SUBSTITUTION`).
    pub no_const_subst: bool,
    /// The next call is a first-class callable (`f(...)`): CALLABLE_CONVERT, not DO_*.
    pub callable_conv: bool,
    /// Zend's `FC(seen_symbols)`: (kind, name) of classes (0), functions (1) and
    /// constants (2) declared so far; lowercase except constants.
    pub seen: std::collections::HashSet<(u8, String), FastHash>,
    /// Zend's `FC(has_bracketed_namespaces)` and `FC(in_namespace)`.
    pub ns_bracketed: bool,
    pub in_namespace: bool,
    /// Warnings and deprecations issued so far, in order.
    pub warnings: Vec<crate::CompileWarning>,
}

impl<'a> Compiler<'a> {
    pub fn new(filename: &str, info: Option<&'a dyn FunctionInfo>) -> Self {
        let mut c = Compiler {
            s: Script::default(),
            strs: HashMap::default(),
            info,
            filename: filename.to_string(),
            stack: Vec::new(),
            spare: Default::default(),
            fn_table: HashMap::default(),
            scope: Scope::default(),
            strict_types: false,
            first_declare: false,
            ticks: 0,
            class_stack: Vec::new(),
            active_class: None,
            bound_classes: HashMap::default(),
            rtd_counter: 0,
            sc_inner: Default::default(),
            no_const_subst: false,
            callable_conv: false,
            seen: Default::default(),
            ns_bracketed: false,
            in_namespace: false,
            warnings: Vec::new(),
        };
        c.s.filename = c.intern(filename.as_bytes());
        c
    }

    /// Room in the tables every op_array is appended to for a file of `lines` lines: grown
    /// by doubling, they copied a big file's ops several times over. Dense code has about
    /// five ops and two literals a line; room left unused is never touched.
    pub fn reserve_tables(&mut self, lines: u32) {
        let lines = lines as usize;
        self.s.ops.reserve(lines * 6);
        self.s.literals.reserve(lines * 2);
        self.s.var_names.reserve(lines);
    }

    pub fn intern(&mut self, b: &[u8]) -> StrRef {
        if let Some(r) = self.strs.get(b) {
            return *r;
        }
        let r = StrRef {
            start: self.s.strings.len() as u32,
            len: b.len() as u32,
        };
        self.s.strings.extend_from_slice(b);
        self.strs.insert(b.to_vec(), r);
        r
    }

    pub fn f(&mut self) -> &mut FuncCtx {
        let n = self.stack.len() - 1;
        &mut self.stack[n]
    }

    pub fn line(&mut self, span: Span) {
        self.f().lineno = span.line;
    }

    /// A non-fatal diagnostic at the current line (Zend's `zend_error` while compiling).
    pub fn warn(&mut self, severity: crate::Severity, message: String) {
        let line = self.cur_line();
        self.warnings.push(crate::CompileWarning {
            severity,
            message,
            line,
        });
    }

    pub fn cur_line(&self) -> u32 {
        self.stack.last().map_or(0, |f| f.lineno)
    }

    pub fn err<T>(&self, message: impl Into<String>) -> R<T> {
        err(message, self.cur_line())
    }

    /// A literal in the script's global table (array elements).
    fn global_lit(&mut self, v: Val) -> u32 {
        let l = self.literal(v);
        self.s.literals.push(l);
        self.s.literals.len() as u32 - 1
    }

    fn literal(&mut self, v: Val) -> Literal {
        match v {
            Val::Null => Literal::Null,
            Val::Bool(b) => Literal::Bool(b),
            Val::Long(i) => Literal::Long(i),
            Val::Double(d) => Literal::Double(d),
            Val::Str(s) => Literal::String(self.intern(&s)),
            Val::Array(elems) => {
                let mut recs = Vec::with_capacity(elems.len());
                for (k, v) in elems {
                    let key = match k {
                        Key::Int(i) => Val::Long(i),
                        Key::Str(s) => Val::Str(s),
                    };
                    let key = self.global_lit(key);
                    let value = self.global_lit(v);
                    recs.push(ArrayElem {
                        key: Some(key),
                        value,
                    });
                }
                let start = self.s.array_elems.len() as u32;
                self.s.array_elems.extend(recs);
                Literal::Array(Range {
                    start,
                    len: self.s.array_elems.len() as u32 - start,
                })
            }
        }
    }

    /// Adds a literal to the active op_array (`zend_add_literal`).
    pub fn add_lit(&mut self, v: Val) -> u32 {
        let l = self.literal(v);
        let f = self.f();
        f.lits.push(l);
        f.lits.len() as u32 - 1
    }

    pub fn operand(&mut self, n: Node) -> Operand {
        let (kind, value) = match n {
            Node::Unused => (OperandKind::Unused, 0),
            Node::Const(v) => (OperandKind::Const, self.add_lit(v)),
            Node::Tmp(t) => (OperandKind::TmpVar, t),
            Node::Var(t) => (OperandKind::Var, t),
            Node::Cv(c) => (OperandKind::Cv, c),
        };
        Operand { kind, value }
    }

    pub fn make_op(&mut self, opcode: Opcode, op1: Node, op2: Node) -> Op {
        let mut op = self.f().raw_op(opcode);
        op.op1 = self.operand(op1);
        op.op2 = self.operand(op2);
        op
    }

    /// `zend_emit_op(NULL, ...)`
    pub fn emit(&mut self, opcode: Opcode, op1: Node, op2: Node) -> usize {
        let op = self.make_op(opcode, op1, op2);
        self.f().push(op)
    }

    /// `zend_emit_op(result, ...)`: a VAR result.
    pub fn emit_var(&mut self, opcode: Opcode, op1: Node, op2: Node) -> (usize, Node) {
        let i = self.emit(opcode, op1, op2);
        let t = self.f().temp();
        self.f().ops[i].result = Operand {
            kind: OperandKind::Var,
            value: t,
        };
        (i, Node::Var(t))
    }

    /// `zend_emit_op_tmp(result, ...)`
    pub fn emit_tmp(&mut self, opcode: Opcode, op1: Node, op2: Node) -> (usize, Node) {
        let i = self.emit(opcode, op1, op2);
        let t = self.f().temp();
        self.f().ops[i].result = Operand {
            kind: OperandKind::TmpVar,
            value: t,
        };
        (i, Node::Tmp(t))
    }

    pub fn set_result(&mut self, op: usize, n: &Node) {
        let o = self.operand(n.clone());
        self.f().ops[op].result = o;
    }

    /// `zend_make_tmp_result`
    pub fn make_tmp_result(&mut self, op: usize) -> Node {
        let t = self.f().temp();
        self.f().ops[op].result = Operand {
            kind: OperandKind::TmpVar,
            value: t,
        };
        Node::Tmp(t)
    }

    pub fn emit_jump(&mut self, target: u32) -> usize {
        let i = self.emit(Opcode::Jmp, Node::Unused, Node::Unused);
        self.f().ops[i].op1.value = target;
        i
    }

    pub fn emit_cond_jump(&mut self, opcode: Opcode, cond: Node, target: u32) -> usize {
        let i = self.emit(opcode, cond, Node::Unused);
        self.f().ops[i].op2.value = target;
        i
    }

    pub fn cv(&mut self, name: &str) -> Node {
        // A function names a few variables again and again: comparing their bytes costs
        // less than hashing the name to intern it.
        let strings = &self.s.strings;
        let known = self.stack.last().and_then(|f| {
            f.vars.iter().position(|v| {
                strings.get(v.start as usize..(v.start + v.len) as usize) == Some(name.as_bytes())
            })
        });
        if let Some(i) = known {
            return Node::Cv(i as u32);
        }
        let r = self.intern(name.as_bytes());
        Node::Cv(self.f().lookup_cv(r))
    }

    /// `zend_do_free`: drops an expression's unused result.
    pub fn free(&mut self, n: Node) {
        match n {
            Node::Tmp(t) => {
                let f = self.f();
                let mut i = f.ops.len();
                while i > 0 && matches!(f.ops[i - 1].opcode, Opcode::EndSilence | Opcode::OpData) {
                    i -= 1;
                }
                if i > 0 {
                    let op = &mut f.ops[i - 1];
                    if op.result.kind == OperandKind::TmpVar && op.result.value == t {
                        use Opcode::*;
                        match op.opcode {
                            Bool | BoolNot => return,
                            PostInc | PostDec | PostIncObj | PostDecObj | PostIncStaticProp
                            | PostDecStaticProp => {
                                op.opcode = match op.opcode {
                                    PostInc => PreInc,
                                    PostDec => PreDec,
                                    PostIncObj => PreIncObj,
                                    PostDecObj => PreDecObj,
                                    PostIncStaticProp => PreIncStaticProp,
                                    _ => PreDecStaticProp,
                                };
                                op.result = Operand::default();
                                return;
                            }
                            Assign | AssignDim | AssignObj | AssignStaticProp | AssignOp
                            | AssignDimOp | AssignObjOp | AssignStaticPropOp | PreIncStaticProp
                            | PreDecStaticProp | PreIncObj | PreDecObj | PreInc | PreDec => {
                                op.result = Operand::default();
                                return;
                            }
                            _ => {}
                        }
                    }
                }
                self.emit(Opcode::Free, Node::Tmp(t), Node::Unused);
            }
            Node::Var(t) => {
                let f = self.f();
                let mut i = f.ops.len();
                while i > 0
                    && matches!(
                        f.ops[i - 1].opcode,
                        Opcode::EndSilence | Opcode::ExtFcallEnd | Opcode::OpData
                    )
                {
                    i -= 1;
                }
                if i == 0 {
                    return;
                }
                let is_var = |o: &Operand| o.kind == OperandKind::Var && o.value == t;
                if is_var(&f.ops[i - 1].result) {
                    if f.ops[i - 1].opcode == Opcode::FetchThis {
                        f.ops[i - 1].opcode = Opcode::Nop;
                    }
                    f.ops[i - 1].result = Operand::default();
                    return;
                }
                let mut j = i;
                while j > 0 {
                    j -= 1;
                    let op = &f.ops[j];
                    if matches!(op.opcode, Opcode::FetchListR | Opcode::FetchListW)
                        && is_var(&op.op1)
                    {
                        self.emit(Opcode::Free, Node::Var(t), Node::Unused);
                        return;
                    }
                    if is_var(&op.result) {
                        if op.opcode == Opcode::New {
                            self.emit(Opcode::Free, Node::Var(t), Node::Unused);
                        }
                        return;
                    }
                }
            }
            _ => {}
        }
    }

    /// Delayed oplines (`zend_delayed_emit_op`): built now, emitted at `delayed_end`.
    pub fn delayed_emit(
        &mut self,
        opcode: Opcode,
        op1: Node,
        op2: Node,
        with_result: bool,
    ) -> (usize, Node) {
        let mut op = self.make_op(opcode, op1, op2);
        let mut res = Node::Unused;
        if with_result {
            let t = self.f().temp();
            op.result = Operand {
                kind: OperandKind::Var,
                value: t,
            };
            res = Node::Var(t);
        }
        let f = self.f();
        f.delayed.push(op);
        (f.delayed.len() - 1, res)
    }

    pub fn delayed_begin(&mut self) -> usize {
        self.f().delayed.len()
    }

    /// Emits the delayed oplines from `offset`; returns the index of the last one.
    pub fn delayed_end(&mut self, offset: usize) -> Option<usize> {
        let f = self.f();
        // Moved over in place: nearly every variable queues nothing, and collecting the
        // drained ops into a vector first cost more than the rest of a plain `$a`.
        let end = f.delayed.len().max(offset);
        f.ops.extend_from_slice(&f.delayed[offset..end]);
        f.delayed.truncate(offset);
        (end > offset).then(|| f.ops.len() - 1)
    }

    pub fn user_fn(&self, lc: &str) -> Option<&UserFn> {
        self.fn_table.get(lc)
    }

    pub fn is_internal(&self, lc: &str) -> bool {
        self.info.is_some_and(|i| i.is_internal(lc))
    }

    /// Whether argument `arg` (1-based) of `fbc` is passed by reference.
    pub fn arg_by_ref(&self, fbc: &Fbc, arg: u32) -> bool {
        match fbc {
            Fbc::Internal(n) => self.info.is_some_and(|i| i.internal_arg_by_ref(n, arg)),
            Fbc::User(n) => self.fn_table.get(*n).is_some_and(|f| f.arg_by_ref(arg)),
            Fbc::Method(f) => f.arg_by_ref(arg),
        }
    }

    /// Whether by-reference argument `arg` (1-based) of `fbc` also takes a value
    /// (`ZEND_SEND_PREFER_REF`): a call's result is then sent as a value, silently.
    pub fn arg_prefers_ref(&self, fbc: &Fbc, arg: u32) -> bool {
        match fbc {
            Fbc::Internal(n) => self
                .info
                .is_some_and(|i| i.internal_arg_prefers_ref(n, arg)),
            Fbc::User(_) | Fbc::Method(_) => false,
        }
    }

    /// The signature of a user function or method the call resolves to.
    pub fn fbc_fn<'x>(&'x self, fbc: &'x Fbc) -> Option<&'x UserFn> {
        match fbc {
            Fbc::Internal(_) => None,
            Fbc::User(n) => self.user_fn(n),
            Fbc::Method(f) => Some(f),
        }
    }

    /// Allocates an op_array slot now (Zend numbers functions in declaration order).
    pub fn reserve_op_array(&mut self) -> u32 {
        self.s.op_arrays.push(OpArray::default());
        self.s.op_arrays.len() as u32 - 1
    }

    /// Closes the active op_array into `slot`.
    /// Starts compiling an op_array, in the buffers the last one left.
    pub fn push_func(&mut self, mut ctx: FuncCtx) {
        let (ops, lits, vars) = std::mem::take(&mut self.spare);
        ctx.ops = ops;
        ctx.lits = lits;
        ctx.vars = vars;
        self.stack.push(ctx);
    }

    /// Keeps a finished op_array's buffers (once copied out) for the next [`Self::push_func`].
    fn recycle_into_spare(&mut self, f: &mut FuncCtx) {
        f.ops.clear();
        f.lits.clear();
        f.vars.clear();
        self.spare = (
            std::mem::take(&mut f.ops),
            std::mem::take(&mut f.lits),
            std::mem::take(&mut f.vars),
        );
    }

    pub fn finish_op_array(&mut self, slot: u32, mut oa: OpArray) -> R<u32> {
        let mut f = match self.stack.pop() {
            Some(f) => f,
            None => return Ok(0),
        };
        f.resolve_gotos()?;
        f.check_finally_breakouts()?;
        let ranges = f.finish();
        let ops_start = self.s.ops.len() as u32;
        self.s.ops.extend_from_slice(&f.ops);
        oa.ops = Range {
            start: ops_start,
            len: f.ops.len() as u32,
        };
        let lit_start = self.s.literals.len() as u32;
        self.s.literals.extend_from_slice(&f.lits);
        oa.literals = Range {
            start: lit_start,
            len: f.lits.len() as u32,
        };
        let v_start = self.s.var_names.len() as u32;
        self.s.var_names.extend_from_slice(&f.vars);
        oa.vars = Range {
            start: v_start,
            len: f.vars.len() as u32,
        };
        oa.num_temps = f.t;
        let lr_start = self.s.live_ranges.len() as u32;
        self.s.live_ranges.extend(ranges);
        oa.live_ranges = Range {
            start: lr_start,
            len: self.s.live_ranges.len() as u32 - lr_start,
        };
        let tc_start = self.s.try_catch.len() as u32;
        self.s.try_catch.extend_from_slice(&f.try_catch);
        oa.try_catch = Range {
            start: tc_start,
            len: f.try_catch.len() as u32,
        };
        let d_start = self.s.dynamic_funcs.len() as u32;
        self.s.dynamic_funcs.extend_from_slice(&f.dynamic_funcs);
        oa.dynamic_funcs = Range {
            start: d_start,
            len: f.dynamic_funcs.len() as u32,
        };
        let sv_start = self.s.var_names.len() as u32;
        self.s.var_names.extend_from_slice(&f.static_vars);
        oa.static_vars = Range {
            start: sv_start,
            len: f.static_vars.len() as u32,
        };
        let sd_start = self.s.literals.len() as u32;
        for lit in f.static_defaults.iter() {
            let l = self.s.literals[*lit as usize];
            self.s.literals.push(l);
        }
        oa.static_defaults = Range {
            start: sd_start,
            len: f.static_defaults.len() as u32,
        };
        if f.generator {
            oa.flags |= flags::GENERATOR;
        }
        if self.strict_types {
            oa.flags |= flags::STRICT_TYPES;
        }
        self.s.op_arrays[slot as usize] = oa;
        let num_vars = f.vars.len() as u32;
        self.recycle_into_spare(&mut f);
        Ok(num_vars)
    }

    /// A static variable's initial value, stored in the script's literal table.
    pub fn static_default(&mut self, v: Val) -> u32 {
        self.global_lit(v)
    }
}
