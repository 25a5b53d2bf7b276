//! One op_array under construction (Zend's `CG(active_op_array)` plus `CG(context)`):
//! operand nodes, temporaries, delayed oplines, loops, and the final pass (Zend's
//! `pass_two`: jump resolution, TMP renumbering after the CVs, live ranges).

use crate::opcode::Opcode;
use crate::script::{LiveRange, LiveRangeKind, Op, Operand, OperandKind, StrRef, TryCatch};
use crate::val::Val;

/// The result of compiling an expression (Zend's `znode`).
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Unused,
    Const(Val),
    /// TMP and VAR numbers are relative to the first temporary until [`FuncCtx::finish`].
    Tmp(u32),
    Var(u32),
    Cv(u32),
}

impl Node {
    pub fn is_tmp_or_var(&self) -> bool {
        matches!(self, Node::Tmp(_) | Node::Var(_))
    }
}

/// A loop or switch for break/continue (Zend's `zend_brk_cont_element` and `zend_loop_var`).
#[derive(Clone, Debug)]
pub struct LoopCtx {
    pub cont: Option<u32>,
    pub brk: Option<u32>,
    pub is_switch: bool,
    /// What `break N` / `return` must free when leaving this loop (FE_FREE / FREE).
    pub free: Option<(Opcode, Node)>,
}

/// An entry of Zend's loop-variable stack that is not a loop.
#[derive(Clone, Debug)]
pub enum Unwind {
    Loop(usize),
    FastCall { var: u32, try_catch: u32 },
    DiscardException { var: u32 },
}

/// A `goto` to resolve at the end.
#[derive(Clone, Debug)]
pub struct Goto {
    pub op: usize,
    pub label: String,
    pub loops: Vec<usize>,
    pub unwind_ops: u32,
}

/// A jump to resolve at the end: op index, and the loop whose target it takes.
#[derive(Clone, Copy, Debug)]
pub struct PendingJump {
    pub op: usize,
    pub loop_idx: usize,
    pub is_break: bool,
}

#[derive(Default)]
pub struct FuncCtx {
    pub ops: Vec<Op>,
    /// Literal indices (local) are final when emitted.
    pub lits: Vec<crate::script::Literal>,
    pub vars: Vec<StrRef>,
    pub t: u32,
    pub delayed: Vec<Op>,
    pub loops: Vec<LoopCtx>,
    /// Loops enclosing the current statement, innermost last (indices into `loops`).
    pub active_loops: Vec<usize>,
    /// `__FUNCTION__`
    pub name: String,
    pub by_ref_return: bool,
    pub ret: Option<crate::script::TypeDecl>,
    pub unwind: Vec<Unwind>,
    pub pending: Vec<PendingJump>,
    pub try_catch: Vec<TryCatch>,
    pub try_catch_offset: Option<u32>,
    pub has_finally: bool,
    pub lineno: u32,
    pub is_function: bool,
    pub generator: bool,
    pub dynamic_funcs: Vec<u32>,
    pub static_vars: Vec<StrRef>,
    pub static_defaults: Vec<u32>,
    /// Labels: name, target op, the loops enclosing it (`active_loops` then).
    pub labels: Vec<(String, u32, Vec<usize>)>,
    /// `goto`s: the JMP op, the label, the loops enclosing it, and how many unwinding
    /// ops (loop frees, finally calls) precede the JMP.
    pub gotos: Vec<Goto>,
    /// A method (Zend's `op_array->scope` is set).
    pub method: bool,
    /// `ZEND_ACC_CLOSURE`
    pub is_closure: bool,
    /// `ZEND_ACC_STATIC`
    pub is_static: bool,
    /// A constant-expression initializer (Zend checks less there: `new parent` is fine).
    pub const_expr: bool,
    /// `__METHOD__` when it differs from `__FUNCTION__` (`Class::method`).
    pub method_name: Option<String>,
    /// Pending JMP_NULL oplines of the nullsafe chain being compiled.
    pub short_circuit: Vec<usize>,
}

impl FuncCtx {
    pub fn next_op(&self) -> u32 {
        self.ops.len() as u32
    }

    pub fn temp(&mut self) -> u32 {
        self.t += 1;
        self.t - 1
    }

    pub fn lookup_cv(&mut self, name: StrRef) -> u32 {
        if let Some(i) = self.vars.iter().position(|v| *v == name) {
            return i as u32;
        }
        self.vars.push(name);
        self.vars.len() as u32 - 1
    }

    pub fn raw_op(&self, opcode: Opcode) -> Op {
        Op {
            opcode,
            op1: Operand::default(),
            op2: Operand::default(),
            result: Operand::default(),
            extended_value: 0,
            lineno: self.lineno,
        }
    }

    pub fn push(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.ops.len() - 1
    }

    pub fn jump_to_next(&mut self, op: usize) {
        let next = self.next_op();
        self.set_jump(op, next);
    }

    /// Points a jump opcode's target operand at `target`.
    pub fn set_jump(&mut self, op: usize, target: u32) {
        let o = &mut self.ops[op];
        match o.opcode {
            Opcode::Jmp | Opcode::FastCall => o.op1.value = target,
            Opcode::FeFetchR
            | Opcode::FeFetchRw
            | Opcode::SwitchLong
            | Opcode::SwitchString
            | Opcode::Match => o.extended_value = target,
            _ => o.op2.value = target,
        }
    }

    /// `zend_resolve_goto_label` and `zend_check_finally_breakout` for each `goto`:
    /// the label exists, is not inside a loop or switch the goto is not in, and the
    /// jump neither enters nor leaves a finally block. A goto was compiled with the
    /// unwinding of every enclosing loop and finally; what it does not leave becomes NOP.
    pub fn resolve_gotos(&mut self) -> Result<(), crate::CompileError> {
        for g in std::mem::take(&mut self.gotos) {
            let line = self.ops[g.op].lineno;
            let Some((_, target, label_loops)) = self.labels.iter().find(|(l, ..)| *l == g.label)
            else {
                let msg = format!("'goto' to undefined label '{}'", g.label);
                return crate::compiler::err(msg, line);
            };
            if !g.loops.starts_with(label_loops) {
                return crate::compiler::err(
                    "'goto' into loop or switch statement is disallowed",
                    line,
                );
            }
            let (from, to) = (g.op as u32, *target);
            let mut keep = g.loops[label_loops.len()..]
                .iter()
                .filter(|l| self.loops[**l].free.is_some())
                .count() as u32;
            for tc in self.try_catch.iter().filter(|tc| tc.finally_op != 0) {
                let inside = |n: u32| n >= tc.finally_op && n <= tc.finally_end;
                let from_in = from >= tc.finally_op && from < tc.finally_end;
                if !from_in && inside(to) {
                    return crate::compiler::err("jump into a finally block is disallowed", line);
                }
                if inside(from) && !inside(to) {
                    return crate::compiler::err("jump out of a finally block is disallowed", line);
                }
                if tc.try_op <= from
                    && from + 1 < tc.finally_op
                    && (to > tc.finally_end || to < tc.try_op)
                {
                    keep += 1;
                }
            }
            self.ops[g.op].op1.value = to;
            let unwind_start = g.op - g.unwind_ops as usize;
            for op in &mut self.ops[unwind_start + keep.min(g.unwind_ops) as usize..g.op] {
                *op = Op {
                    opcode: Opcode::Nop,
                    op1: Operand::default(),
                    op2: Operand::default(),
                    result: Operand::default(),
                    extended_value: 0,
                    lineno: op.lineno,
                };
            }
        }
        Ok(())
    }

    /// `zend_check_finally_breakout` for break and continue: neither may leave a
    /// finally block nor enter one.
    pub fn check_finally_breakouts(&self) -> Result<(), crate::CompileError> {
        for p in &self.pending {
            let l = &self.loops[p.loop_idx];
            let target = if p.is_break { l.brk } else { l.cont.or(l.brk) };
            let (from, to) = (p.op as u32, target.unwrap_or(0));
            for tc in self.try_catch.iter().filter(|tc| tc.finally_op != 0) {
                let inside_to = to >= tc.finally_op && to <= tc.finally_end;
                let msg = if (from < tc.finally_op || from >= tc.finally_end) && inside_to {
                    "jump into a finally block is disallowed"
                } else if from >= tc.finally_op && from <= tc.finally_end && !inside_to {
                    "jump out of a finally block is disallowed"
                } else {
                    continue;
                };
                return crate::compiler::err(msg, self.ops[p.op].lineno);
            }
        }
        Ok(())
    }

    /// Zend's `pass_two` and `zend_calc_live_ranges`, after which TMP/VAR numbers are
    /// absolute slots (CV count + relative number).
    pub fn finish(&mut self) -> Vec<LiveRange> {
        for i in 0..self.pending.len() {
            let p = self.pending[i];
            let l = &self.loops[p.loop_idx];
            let target = if p.is_break { l.brk } else { l.cont.or(l.brk) };
            self.ops[p.op].op1.value = target.unwrap_or(0);
        }
        for i in 0..self.ops.len() {
            if self.ops[i].opcode == Opcode::FastCall {
                let tc = self.ops[i].op1.value as usize;
                self.ops[i].op1.value = self.try_catch.get(tc).map_or(0, |t| t.finally_op);
            }
            if self.generator && matches!(self.ops[i].opcode, Opcode::Return | Opcode::ReturnByRef)
            {
                self.ops[i].opcode = Opcode::GeneratorReturn;
            }
        }
        let ranges = self.live_ranges();
        let base = self.vars.len() as u32;
        for op in &mut self.ops {
            for o in [&mut op.op1, &mut op.op2, &mut op.result] {
                if matches!(o.kind, OperandKind::TmpVar | OperandKind::Var) {
                    o.value += base;
                }
            }
        }
        ranges
            .into_iter()
            .map(|mut r| {
                r.var += base;
                r
            })
            .collect()
    }

    fn live_ranges(&self) -> Vec<LiveRange> {
        let is_tv = |o: &Operand| matches!(o.kind, OperandKind::TmpVar | OperandKind::Var);
        let mut last_use = vec![u32::MAX; self.t as usize];
        let mut out = Vec::new();
        for (opnum, op) in self.ops.iter().enumerate().rev() {
            let opnum = opnum as u32;
            let fake_def = matches!(
                op.opcode,
                Opcode::RopeAdd | Opcode::AddArrayElement | Opcode::AddArrayUnpack
            );
            if is_tv(&op.result) && !fake_def {
                let v = op.result.value as usize;
                if let Some(&u) = last_use.get(v) {
                    if u != u32::MAX {
                        if opnum + 1 != u {
                            self.emit_range(&mut out, v as u32, opnum, u);
                        }
                        last_use[v] = u32::MAX;
                    }
                }
            }
            if is_tv(&op.op1) {
                let v = op.op1.value as usize;
                let keeps = matches!(
                    op.opcode,
                    Opcode::Case
                        | Opcode::CaseStrict
                        | Opcode::SwitchLong
                        | Opcode::SwitchString
                        | Opcode::Match
                        | Opcode::FetchListR
                        | Opcode::FetchListW
                        | Opcode::CopyTmp
                );
                if last_use.get(v) == Some(&u32::MAX) && !keeps {
                    last_use[v] = opnum - (op.opcode == Opcode::OpData) as u32;
                }
            }
            if is_tv(&op.op2) {
                let v = op.op2.value as usize;
                if matches!(op.opcode, Opcode::FeFetchR | Opcode::FeFetchRw) {
                    if let Some(&u) = last_use.get(v) {
                        if u != u32::MAX {
                            if opnum + 1 != u {
                                self.emit_range(&mut out, v as u32, opnum, u);
                            }
                            last_use[v] = u32::MAX;
                        }
                    }
                } else if last_use.get(v) == Some(&u32::MAX) {
                    last_use[v] = opnum;
                }
            }
        }
        out.reverse();
        out.sort_by_key(|r| r.start);
        out
    }

    fn emit_range(&self, out: &mut Vec<LiveRange>, var: u32, start: u32, end: u32) {
        let def = &self.ops[start as usize];
        let (kind, start) = match def.opcode {
            Opcode::JmpzEx
            | Opcode::JmpnzEx
            | Opcode::Bool
            | Opcode::BoolNot
            | Opcode::FetchClass
            | Opcode::DeclareAnonClass
            | Opcode::FastCall => return,
            Opcode::BeginSilence => (LiveRangeKind::Silence, start + 1),
            Opcode::RopeInit => (LiveRangeKind::Rope, start),
            Opcode::FeResetR | Opcode::FeResetRw => (LiveRangeKind::Loop, start + 1),
            Opcode::New => {
                let mut level = 0;
                let mut s = start;
                while s + 1 < end {
                    s += 1;
                    match self.ops[s as usize].opcode {
                        Opcode::InitFcall
                        | Opcode::InitFcallByName
                        | Opcode::InitNsFcallByName
                        | Opcode::InitDynamicCall
                        | Opcode::InitUserCall
                        | Opcode::InitMethodCall
                        | Opcode::InitStaticMethodCall
                        | Opcode::New => level += 1,
                        Opcode::DoFcall
                        | Opcode::DoFcallByName
                        | Opcode::DoIcall
                        | Opcode::DoUcall => {
                            if level == 0 {
                                break;
                            }
                            level -= 1;
                        }
                        _ => {}
                    }
                }
                // Pushed first so that the final reverse puts it after the tmp/var range.
                let tail = (s + 1 != end).then_some(LiveRange {
                    var,
                    kind: LiveRangeKind::TmpVar,
                    start: s + 1,
                    end,
                });
                out.extend(tail);
                out.push(LiveRange {
                    var,
                    kind: LiveRangeKind::New,
                    start: start + 1,
                    end: s + 1,
                });
                return;
            }
            _ => (LiveRangeKind::TmpVar, start + 1),
        };
        out.push(LiveRange {
            var,
            kind,
            start,
            end,
        });
    }
}
