//! The prepared instruction stream: per op_array, one [`Insn`] per op (same index,
//! so jump targets, live ranges and try/catch offsets stay op numbers), made the first
//! time the op_array runs in this process and kept beside the script
//! (`include::Loaded::unit`). It is never persisted: the `Script` stays plain data.
//!
//! An insn names a specialised handler ([`Kind`]) chosen from the opcode and its
//! operand kinds, with the operands resolved to frame slots, literal indexes and jump
//! targets. A specialised handler is a fast path: it either does the whole op (the
//! common case: numbers, plain variables, user calls) or changes nothing and lets the
//! op run through the general handler (`Kind::Generic` always does), so behaviour is
//! the general handlers' by construction.
//!
//! Contract for other engineers: nothing changes for code that pushes frames
//! (`Vm::push_call_frame` keeps its signature); an opcode with no specialised kind runs
//! exactly as before. Since session 5:
//! - `Vm::run_insn` is called from the hot loop `Vm::run_fast` (exec.rs), which keeps
//!   `ip`, the running `Code` and the slot base in locals: a fast path must do its op
//!   and move `ip`, or change nothing and return false. Kinds that change frames
//!   (DoCall, Return) are handled by `run_fast` itself.
//! - Since session 6, `Vm::line` is not stored before every insn: an arm of
//!   `Vm::run_insn` whose fast path may warn, call code or release a value sets it
//!   (`self.line = insn.line`) first; a declined insn gets it before the general
//!   handler runs. A new kind that may do any of these must set it too.
//! - The prepared stream ends with a `Generic` sentinel and a fast path may only move
//!   `ip` as `prepare` documents (next insn, skip one existing insn, or a jump
//!   target checked by `target`): the hot loop fetches insns unchecked.
//! - `Vm::stack` is an `exec::VmStack`: it derefs to the live slots (`[..len()]`) and
//!   every slot at or above `len()` holds `Undef`. Address slots as before
//!   (`self.stack[base + n]`); add or remove slots only with `push`/`extend`/
//!   `truncate`/`drain(from..)`/`split_off`/`grow_to`, which keep that invariant (a
//!   frame's TMP slots are not written when it is pushed: they are Undef already).
//! - Since session 7, the window invariant: the fast paths read and write the running
//!   frame's slots and literals without bounds checks ([`Vm::frame_slot`], [`Vm::frame_slot_mut`],
//!   [`Vm::operand`], [`Vm::plain_value`]). `prepare` makes a stream of fast kinds only
//!   when every CV/TMP/VAR operand of the op_array is below its slot count and every
//!   CONST operand below its literal count; `run_fast` enters a frame's insns only
//!   when its window (`base .. base + slots`) is below the stack's top. So a fast path
//!   must not lower the top below the running frame's window (pushing, or running a
//!   nested call that pops what it pushed, is fine), and those accessors are for fast
//!   paths run by `run_fast`, addressing the running frame (`Ctx::base`).
//! - Since session 7, safe points: `run_insn` returns a [`Ran`]; the hot loop checks
//!   the safe-point flag (pending destructors…) only after `Ran::Done`. A kind that
//!   may release a value, call code or jump must return `Done` (`Ran::done`); only
//!   one that provably released nothing returns `Pure` (`put_tmp` tells which).
//! - Since session 8, a plain RETURN at `run`'s stop depth (an engine callback's
//!   frame, the main script's) also takes the fast arm: `run_fast` pops the frame
//!   and hands the value to `run`'s caller (`Stop::Left` -> `Flow::Left`), so neither
//!   the general RETURN handler nor `run`'s `Flow::Return` arm sees it; work that
//!   must follow every frame's return belongs in `pop_returning_frame`/`pop_frame`.
//!   `run_fast` works on the caller's `Code` in place (`cm`): a switch to another
//!   op_array rewrites it there.
//! - Since session 12, a call or return into another script switches the code in
//!   place too (`Vm::switch_code`): `Code` borrows the script's parts straight from
//!   `Vm::scripts`, which is append-only (`include::Scripts`), instead of a count
//!   held by `run`; nothing leaves the dispatch loop to reload.

use miniphp_compiler::{Literal, Op, OpArray, Opcode, Operand, OperandKind, ScriptView};

use super::{fast_arith, object_fits_by_name, plain_value_fits, put, Code, Ctx};
use crate::include::BY_REF_BITS;
use crate::value::Value;
use crate::vm::{Func, Unwind, Vm};

/// Operand encoding: a literal index with this bit, else a frame slot.
pub(crate) const CONST: u32 = 1 << 31;
/// A TMP/VAR slot (read once: consumed), as opposed to a CV (read: copied).
pub(crate) const TMP: u32 = 1 << 30;
/// The slot or literal number of an encoded operand.
pub(crate) const INDEX: u32 = !(CONST | TMP);

/// Which specialised handler runs an op. Fields of [`Insn`] as each kind reads them:
/// `a`/`b` encoded operands, `c` a result slot, a jump target or a third number.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum Kind {
    /// The general handler (`exec::dispatch`'s match on the opcode).
    Generic,
    /// Binary arithmetic on two numbers: `a`, `b` operands, `c` TMP result slot.
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Sl,
    Sr,
    BwAnd,
    BwOr,
    BwXor,
    /// `<=>` of two ints or two floats.
    Spaceship,
    /// Comparison of two ints or two floats into a TMP bool (`c`).
    Less,
    LessEq,
    Equal,
    NotEqual,
    /// The same, fused with the JMPZ/JMPNZ that consumes the result (Zend's smart
    /// branch): `c` is the jump target, the JMPZ/JMPNZ op is skipped.
    LessJmpz,
    LessJmpnz,
    LessEqJmpz,
    LessEqJmpnz,
    EqualJmpz,
    EqualJmpnz,
    NotEqualJmpz,
    NotEqualJmpnz,
    /// QM_ASSIGN of a plain value: `a` operand, `c` TMP result slot.
    QmAssign,
    /// The array and string kinds below run in `exec/access.rs`; a key operand is
    /// taken when it is an int or a string, a container when it is a CV's array.
    ///
    /// FETCH_DIM_R of an array: `a` the CV slot, or a TMP/VAR slot flagged [`TMP`]
    /// (consumed: `$a[$i][$j]`, `f()[0]`), `b` the key, `c` TMP result.
    FetchDim,
    /// ISSET_ISEMPTY_DIM_OBJ (isset) of a CV array: `a`, `b` as for `FetchDim`, `c` the
    /// TMP result; fused with the JMPZ/JMPNZ that consumes it, `c` the jump target.
    IssetDim,
    IssetDimJmpz,
    IssetDimJmpnz,
    /// ASSIGN_DIM to a CV array, result unused: `a` the CV slot, `b` the key or
    /// [`NO_KEY`] (`$a[] = …`), `c` the OP_DATA's operand (its insn is skipped).
    AssignDim,
    /// FETCH_DIM_RW of a CV array fused with the `++`/`--` (result unused) of the
    /// element it fetched: `a`, `b` as for `FetchDim`, `c` 1 to increment, 0 to decrement.
    DimIncDec,
    /// ASSIGN_DIM_OP (arithmetic, result unused) on a CV array: `a`, `b` as for
    /// `FetchDim`, `c` the OP_DATA's operand (its insn is skipped); the operator is the
    /// op's extended_value.
    DimAssignOp,
    /// FE_FETCH_R of an array into a CV: `a` the iterator slot, `b` the key's TMP slot
    /// or [`NO_RESULT`], `c` the CV slot. The end of the array takes the general path.
    FeFetch,
    /// CONCAT / FAST_CONCAT / ROPE_ADD / ROPE_END of strings and ints: `a`, `b` the
    /// operands, `c` the TMP result; a TMP string left operand is appended to in place.
    Concat,
    /// ROPE_INIT of a string or an int: `a` the operand, `c` the TMP result.
    RopeInit,
    /// `$cv .= x` of a string or an int onto a string, result unused: `a` the operand,
    /// `c` the CV slot.
    ConcatAssign,
    /// ASSIGN to a CV that is not a reference, result unused: `a` operand, `c` CV slot.
    AssignCv,
    /// `$cv op= number`, result unused: `a` operand, `c` CV slot.
    AddAssign,
    SubAssign,
    MulAssign,
    /// `++$cv` / `--$cv` (or post, result unused) on an int: `c` CV slot.
    IncCv,
    DecCv,
    /// JMP to `c`.
    Jmp,
    /// JMPZ/JMPNZ on a TMP/VAR bool: `a` slot, `c` target.
    Jmpz,
    Jmpnz,
    /// INIT_FCALL / INIT_(NS_)FCALL_BY_NAME whose function the per-site cache knows:
    /// `c` the name's absolute literal index.
    InitFcall,
    /// A positional SEND_VAL(_EX) / SEND_VAR(_EX) of a plain value: `a` operand, `b` one
    /// of the `SEND_*` checks.
    Send,
    /// RECV of a passed argument its type takes as is: `a` the parameter number
    /// (1-based), `b` its type mask, `c` its slot.
    Recv,
    /// RECV_INIT whose default is a literal (not a constant expression): a passed
    /// argument its type takes as is, or the default when none was passed: `a` the
    /// default's literal, `b` the type mask, `c` the parameter's slot (parameter
    /// number `c + 1`: parameters are the first CVs).
    RecvInit,
    /// VERIFY_RETURN_TYPE of a plain value of the declared type: `a` slot, `b` mask.
    VerifyReturn,
    /// BOOL / BOOL_NOT of a plain value: `a` operand, `b` 1 to negate, `c` TMP result.
    Bool,
    /// JMPZ_EX / JMPNZ_EX (`&&`, `||`) of a plain value: `a` operand, `b` the TMP
    /// result slot, `c` the jump target.
    JmpzEx,
    JmpnzEx,
    /// JMP_SET (`?:`) of a plain value: `a` operand, `b` the TMP result slot (set,
    /// with the jump, when the value is true), `c` the jump target.
    JmpSet,
    /// The opcodes the compiler makes of some built-in functions (`exec/function_ops.rs`),
    /// `c` their TMP result. COUNT of an array: `a` the container as for `FetchDim`.
    Count,
    /// STRLEN of a string: `a` operand.
    Strlen,
    /// ARRAY_KEY_EXISTS of an int or string key in an array: `a` key, `b` array.
    KeyExists,
    /// TYPE_CHECK (`is_int()`…) of a defined value that is not a reference: `a`
    /// operand, `b` the type bits (the op's extended_value).
    TypeCheck,
    /// CAST of a scalar to a scalar type: `a` operand, `b` the type (extended_value).
    Cast,
    /// DO_UCALL / DO_FCALL(_BY_NAME) of a user function with positional arguments
    /// only: `c` the result slot or [`NO_RESULT`]. Run by the dispatch loop.
    DoCall,
    /// RETURN of a plain value to a caller: `a` operand. Run by the dispatch loop.
    Return,
    /// The object ops below (`exec/objects.rs`) act on `$this` or a CV's object by a
    /// literal name, when the site caches already resolved it for the object's class
    /// and the calling scope: `a` the object ([`THIS`] or a CV slot), `b` the name's
    /// absolute literal index.
    ///
    /// FETCH_OBJ_R / FETCH_OBJ_IS of an initialized declared property: `c` TMP result;
    /// `a` may also be a TMP/VAR ([`TMP`] with the slot), consumed.
    FetchObj,
    /// ASSIGN_OBJ, result unused, of a value the slot takes as is: `c` the OP_DATA's
    /// operand (the OP_DATA insn is skipped).
    AssignObj,
    /// ASSIGN_OBJ_OP, result unused, of numbers in place: `c` as for `AssignObj`.
    AssignObjOp,
    /// PRE/POST_INC/DEC_OBJ of an int in place: `c` the result slot or [`NO_RESULT`].
    IncDecObj,
    /// INIT_METHOD_CALL; `a` may be a TMP/VAR as for `FetchObj`.
    InitMethod,
    /// INIT_STATIC_METHOD_CALL by a literal method name: `a` the class name's absolute
    /// literal index with [`CONST`], or the UNUSED operand's fetch type (`self`,
    /// `parent`, `static`); `b` the method name's absolute literal index.
    InitStaticMethod,
    /// NEW of a class by literal name: `a` its absolute literal index, `c` the result.
    New,
}

/// CAST's type codes that make an array or an object (Zend's IS_ARRAY, IS_OBJECT).
const CAST_ARRAY: u32 = 7;
const CAST_OBJECT: u32 = 8;

/// `$this` as the object operand of an object kind.
pub(crate) const THIS: u32 = u32::MAX;

/// `Kind::DoCall` whose result is unused.
pub(crate) const NO_RESULT: u32 = u32::MAX;

/// `Kind::Send`: SEND_VAL / SEND_VAR, no by-reference question.
pub(crate) const SEND_PLAIN: u32 = 0;
/// SEND_VAL_EX: a user function's by-reference parameter takes the general path (an error).
pub(crate) const SEND_VAL_EX: u32 = 1;
/// SEND_VAR_EX: only a user function's by-value parameter takes the fast path.
pub(crate) const SEND_VAR_EX: u32 = 2;

/// `Kind::AssignDim` without a key (`$a[] = …`); no encoded operand has both tag bits.
pub(crate) const NO_KEY: u32 = u32::MAX;

/// What [`Vm::run_insn`] did. The hot loop stops at a safe point (pending
/// destructors, the cycle collector, a signal's request) only after an op that may
/// have released a value, and at jumps (a loop's back edge): a pure op (numbers, RECV,
/// SEND, the INIT_FCALL cache) cannot have made one due, so it skips the check.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ran {
    /// Nothing changed: the general handler runs the op.
    Declined,
    /// Done, and nothing was released.
    Pure,
    /// Done; a value may have been released, or the op jumped.
    Done,
    /// `Kind::DoCall`: the hot loop enters the call (or declines it).
    Call,
    /// `Kind::Return`: the hot loop returns (or declines it).
    Return,
}

impl Ran {
    /// A fast path's verdict (true: done) for an op that may release a value.
    #[inline(always)]
    fn done(done: bool) -> Ran {
        if done {
            Ran::Done
        } else {
            Ran::Declined
        }
    }
}

/// Write a TMP result slot ([`put`]): `Done` when it released what the slot held
/// (never, for a TMP its consumer emptied), else `Pure`.
#[inline(always)]
fn put_tmp(slot: &mut Value, v: Value) -> Ran {
    let old = std::mem::replace(slot, v);
    if old.is_refcounted() {
        drop(old);
        Ran::Done
    } else {
        std::mem::forget(old);
        Ran::Pure
    }
}

/// The comparison kinds' other cases: `Less`/`LessEq` of an int and a float,
/// compared as floats (zend_compare), and any comparison of two strings one of which
/// is not numeric (compared as bytes: `"a" <= $c`); None for anything else (two
/// numeric strings compare as numbers). An int and a float are not taken for
/// Equal/NotEqual: IS_IDENTICAL shares their kinds, and `1 === 1.0` is false (for
/// two strings, one not numeric, `==` and `===` agree). Out of line: the comparison
/// kinds inline [`Vm::relation`], and this inlined there cost the hot loop (loop0 +10%).
#[inline(never)]
fn mixed_order(a: &Value, b: &Value, rel: Kind) -> Option<bool> {
    if let (Value::String(x), Value::String(y)) = (a, b) {
        if maybe_numeric(x) && maybe_numeric(y) {
            return None;
        }
        let (x, y) = (x.as_slice(), y.as_slice());
        return Some(match rel {
            Kind::Less => x < y,
            Kind::LessEq => x <= y,
            Kind::Equal => x == y,
            _ => x != y,
        });
    }
    let (x, y) = match (a, b) {
        (Value::Long(a), Value::Double(b)) => (*a as f64, *b),
        (Value::Double(a), Value::Long(b)) => (*a, *b as f64),
        _ => return None,
    };
    match rel {
        Kind::Less => Some(x < y),
        Kind::LessEq => Some(x <= y),
        _ => None,
    }
}

/// Whether a string may be numeric: it starts as a numeric string can (whitespace,
/// a sign, a digit or a dot). False is sure: the string is not numeric.
#[inline(always)]
fn maybe_numeric(s: &[u8]) -> bool {
    s.first()
        .is_some_and(|c| c.is_ascii_digit() || b" \t\n\r\x0b\x0c+-.".contains(c))
}

/// One prepared op.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Insn {
    pub kind: Kind,
    pub a: u32,
    pub b: u32,
    pub c: u32,
    /// The op's line, stored in `Vm::line` before it runs (for messages and traces).
    pub line: u32,
}

/// An operand as an insn field, or None for UNUSED / a slot number too large to encode.
fn operand(o: Operand) -> Option<u32> {
    if o.value & !INDEX != 0 {
        return None;
    }
    match o.kind {
        OperandKind::Const => Some(CONST | o.value),
        OperandKind::TmpVar | OperandKind::Var => Some(TMP | o.value),
        OperandKind::Cv => Some(o.value),
        OperandKind::Unused => None,
    }
}

/// A TMP/VAR result slot.
fn tmp_result(o: Operand) -> Option<u32> {
    matches!(o.kind, OperandKind::TmpVar | OperandKind::Var).then_some(o.value)
}

fn cv(o: Operand) -> Option<u32> {
    (o.kind == OperandKind::Cv).then_some(o.value)
}

/// A read's container: a CV, or a TMP/VAR flagged [`TMP`] (the read consumes it).
fn container(o: Operand) -> Option<u32> {
    cv(o).or_else(|| tmp_result(o).map(|t| t | TMP))
}

/// The object operand of a property or method op: `$this` (UNUSED) or a CV.
pub(super) fn object(o: Operand) -> Option<u32> {
    match o.kind {
        OperandKind::Unused => Some(THIS),
        OperandKind::Cv if o.value & !INDEX == 0 => Some(o.value),
        _ => None,
    }
}

/// The object operand of FETCH_OBJ_R/IS and INIT_METHOD_CALL, which also take a
/// TMP/VAR (consumed, as in `$a->b->c`): as [`object`], or [`TMP`] with the slot.
fn object_or_tmp(o: Operand) -> Option<u32> {
    match o.kind {
        OperandKind::TmpVar | OperandKind::Var if o.value & !INDEX == 0 => Some(TMP | o.value),
        _ => object(o),
    }
}

fn arith_kind(opcode: Opcode) -> Option<Kind> {
    Some(match opcode {
        Opcode::Add => Kind::Add,
        Opcode::Sub => Kind::Sub,
        Opcode::Mul => Kind::Mul,
        Opcode::Div => Kind::Div,
        Opcode::Mod => Kind::Mod,
        Opcode::Sl => Kind::Sl,
        Opcode::Sr => Kind::Sr,
        Opcode::BwAnd => Kind::BwAnd,
        Opcode::BwOr => Kind::BwOr,
        Opcode::BwXor => Kind::BwXor,
        Opcode::Spaceship => Kind::Spaceship,
        _ => return None,
    })
}

/// The comparison kinds: (plain, fused with JMPZ, fused with JMPNZ).
fn compare_kinds(opcode: Opcode) -> Option<(Kind, Kind, Kind)> {
    Some(match opcode {
        Opcode::IsSmaller => (Kind::Less, Kind::LessJmpz, Kind::LessJmpnz),
        Opcode::IsSmallerOrEqual => (Kind::LessEq, Kind::LessEqJmpz, Kind::LessEqJmpnz),
        Opcode::IsEqual | Opcode::IsIdentical => (Kind::Equal, Kind::EqualJmpz, Kind::EqualJmpnz),
        Opcode::IsNotEqual | Opcode::IsNotIdentical => {
            (Kind::NotEqual, Kind::NotEqualJmpz, Kind::NotEqualJmpnz)
        }
        _ => return None,
    })
}

/// ASSIGN_OP's extended_value (a binary opcode number) as an in-place kind.
fn assign_op_kind(ext: u32) -> Option<Kind> {
    Some(match ext {
        e if e == Opcode::Add as u32 => Kind::AddAssign,
        e if e == Opcode::Sub as u32 => Kind::SubAssign,
        e if e == Opcode::Mul as u32 => Kind::MulAssign,
        _ => return None,
    })
}

/// A jump target as an insn field: an op of the op_array (the hot loop fetches the
/// insn at a target unchecked), else None for the general handler.
fn target(ops: &[Op], t: u32) -> Option<u32> {
    ((t as usize) < ops.len()).then_some(t)
}

/// The smart branch: when the op after `ops[i]` is a JMPZ/JMPNZ on its TMP result
/// (which nothing else reads), that opcode and its target.
fn jump_on(ops: &[Op], i: usize) -> Option<(Opcode, u32)> {
    let (op, next) = (&ops[i], ops.get(i + 1)?);
    let consumed = op.result.kind == OperandKind::TmpVar
        && next.op1.kind == OperandKind::TmpVar
        && next.op1.value == op.result.value;
    (consumed && matches!(next.opcode, Opcode::Jmpz | Opcode::Jmpnz))
        .then_some((next.opcode, target(ops, next.op2.value)?))
}

/// Whether the TMP result of `ops[i]` is returned by the op after it, directly or
/// through the JMP after it: nothing else can read it.
fn returns_result(ops: &[Op], i: usize) -> bool {
    let t = ops[i].result;
    let returns_t = |op: &Op| {
        op.opcode == Opcode::Return && op.op1.kind == OperandKind::TmpVar && op.op1.value == t.value
    };
    if t.kind != OperandKind::TmpVar {
        return false;
    }
    match ops.get(i + 1) {
        Some(next) if returns_t(next) => true,
        Some(next) if next.opcode == Opcode::Jmp => {
            ops.get(next.op1.value as usize).is_some_and(returns_t)
        }
        _ => false,
    }
}

/// The insn for `ops[i]` of `oa`, or None for the general handler.
fn prepare_op(view: &ScriptView<'_>, oa: &OpArray, ops: &[Op], i: usize) -> Option<Insn> {
    let op = &ops[i];
    let line = op.lineno;
    let insn = |kind, a, b, c| {
        Some(Insn {
            kind,
            a,
            b,
            c,
            line,
        })
    };
    if let Some(kind) = arith_kind(op.opcode) {
        return insn(
            kind,
            operand(op.op1)?,
            operand(op.op2)?,
            tmp_result(op.result)?,
        );
    }
    if let Some((plain, jmpz, jmpnz)) = compare_kinds(op.opcode) {
        let (a, b) = (operand(op.op1)?, operand(op.op2)?);
        let r = tmp_result(op.result)?;
        return match jump_on(ops, i) {
            Some((Opcode::Jmpz, target)) => insn(jmpz, a, b, target),
            Some((_, target)) => insn(jmpnz, a, b, target),
            None => insn(plain, a, b, r),
        };
    }
    match op.opcode {
        // `return $c ? $a : $b;` and `return f() + 1;` end in a QM_ASSIGN whose TMP
        // the RETURN right after it (or at the end of the JMP after it) returns: the
        // QM_ASSIGN's insn returns its operand itself (php's optimizer threads these
        // jumps too). Declined, the QM_ASSIGN op runs and the path is as compiled.
        Opcode::QmAssign if returns_result(ops, i) => insn(Kind::Return, operand(op.op1)?, 0, 0),
        Opcode::QmAssign => insn(Kind::QmAssign, operand(op.op1)?, 0, tmp_result(op.result)?),
        Opcode::FetchDimR => insn(
            Kind::FetchDim,
            container(op.op1)?,
            operand(op.op2)?,
            tmp_result(op.result)?,
        ),
        Opcode::IssetIsemptyDimObj if op.extended_value & 1 == 0 => {
            let (a, b, r) = (cv(op.op1)?, operand(op.op2)?, tmp_result(op.result)?);
            match jump_on(ops, i) {
                Some((Opcode::Jmpz, target)) => insn(Kind::IssetDimJmpz, a, b, target),
                Some((_, target)) => insn(Kind::IssetDimJmpnz, a, b, target),
                None => insn(Kind::IssetDim, a, b, r),
            }
        }
        Opcode::AssignDim if op.result.kind == OperandKind::Unused => {
            let key = match op.op2.kind {
                OperandKind::Unused => NO_KEY,
                _ => operand(op.op2)?,
            };
            insn(
                Kind::AssignDim,
                cv(op.op1)?,
                key,
                operand(ops.get(i + 1)?.op1)?,
            )
        }
        Opcode::AssignDimOp if op.result.kind == OperandKind::Unused => insn(
            Kind::DimAssignOp,
            cv(op.op1)?,
            operand(op.op2)?,
            operand(ops.get(i + 1)?.op1)?,
        ),
        Opcode::FetchDimRw => {
            let next = ops.get(i + 1)?;
            let step = match next.opcode {
                Opcode::PreInc | Opcode::PostInc => 1,
                Opcode::PreDec | Opcode::PostDec => 0,
                _ => return None,
            };
            let fused = op.result.kind == OperandKind::Var
                && next.op1.kind == OperandKind::Var
                && next.op1.value == op.result.value
                && next.result.kind == OperandKind::Unused;
            if !fused {
                return None;
            }
            insn(Kind::DimIncDec, cv(op.op1)?, operand(op.op2)?, step)
        }
        Opcode::FeFetchR => {
            let key = match op.result.kind {
                OperandKind::Unused => NO_RESULT,
                _ => tmp_result(op.result)?,
            };
            insn(Kind::FeFetch, tmp_result(op.op1)?, key, cv(op.op2)?)
        }
        Opcode::Concat | Opcode::FastConcat => insn(
            Kind::Concat,
            operand(op.op1)?,
            operand(op.op2)?,
            tmp_result(op.result)?,
        ),
        Opcode::RopeAdd | Opcode::RopeEnd => insn(
            Kind::Concat,
            tmp_result(op.op1)? | TMP,
            operand(op.op2)?,
            tmp_result(op.result)?,
        ),
        Opcode::RopeInit => insn(Kind::RopeInit, operand(op.op2)?, 0, tmp_result(op.result)?),
        Opcode::AssignOp
            if op.result.kind == OperandKind::Unused
                && op.extended_value == Opcode::Concat as u32 =>
        {
            insn(Kind::ConcatAssign, operand(op.op2)?, 0, cv(op.op1)?)
        }
        Opcode::Assign if op.result.kind == OperandKind::Unused => {
            insn(Kind::AssignCv, operand(op.op2)?, 0, cv(op.op1)?)
        }
        Opcode::AssignOp if op.result.kind == OperandKind::Unused => insn(
            assign_op_kind(op.extended_value)?,
            operand(op.op2)?,
            0,
            cv(op.op1)?,
        ),
        Opcode::PreInc | Opcode::PostInc if op.result.kind == OperandKind::Unused => {
            insn(Kind::IncCv, 0, 0, cv(op.op1)?)
        }
        Opcode::PreDec | Opcode::PostDec if op.result.kind == OperandKind::Unused => {
            insn(Kind::DecCv, 0, 0, cv(op.op1)?)
        }
        Opcode::Jmp => insn(Kind::Jmp, 0, 0, target(ops, op.op1.value)?),
        Opcode::Jmpz | Opcode::Jmpnz
            if matches!(op.op1.kind, OperandKind::TmpVar | OperandKind::Var) =>
        {
            let kind = if op.opcode == Opcode::Jmpz {
                Kind::Jmpz
            } else {
                Kind::Jmpnz
            };
            insn(kind, op.op1.value, 0, target(ops, op.op2.value)?)
        }
        Opcode::InitFcall | Opcode::InitFcallByName | Opcode::InitNsFcallByName
            if op.op2.kind == OperandKind::Const =>
        {
            insn(Kind::InitFcall, 0, 0, oa.literals.start + op.op2.value)
        }
        // A CONST op2 names the parameter (a named argument).
        Opcode::SendVal
        | Opcode::SendValEx
        | Opcode::SendVar
        | Opcode::SendVarEx
        | Opcode::SendVarNoRefEx
            if op.op2.kind != OperandKind::Const =>
        {
            let check = match op.opcode {
                Opcode::SendValEx => SEND_VAL_EX,
                // A call's result to a by-value parameter is sent as SEND_VAR_EX sends.
                Opcode::SendVarEx | Opcode::SendVarNoRefEx => SEND_VAR_EX,
                _ => SEND_PLAIN,
            };
            insn(Kind::Send, operand(op.op1)?, check, 0)
        }
        Opcode::Recv if op.op1.value >= 1 && op.op1.value <= oa.arg_infos.len => {
            // The type's mask; an object argument is checked by its class's names.
            let ai = &view.arg_infos[(oa.arg_infos.start + op.op1.value - 1) as usize];
            insn(Kind::Recv, op.op1.value, ai.ty.mask, cv(op.result)?)
        }
        Opcode::DoUcall | Opcode::DoFcall | Opcode::DoFcallByName => {
            let r = match op.result.kind {
                OperandKind::Unused => NO_RESULT,
                _ => op.result.value,
            };
            insn(Kind::DoCall, 0, 0, r)
        }
        Opcode::Return => insn(Kind::Return, operand(op.op1)?, 0, 0),
        Opcode::FetchObjR | Opcode::FetchObjIs if op.op2.kind == OperandKind::Const => insn(
            Kind::FetchObj,
            object_or_tmp(op.op1)?,
            oa.literals.start + op.op2.value,
            tmp_result(op.result)?,
        ),
        Opcode::AssignObj | Opcode::AssignObjOp
            if op.op2.kind == OperandKind::Const && op.result.kind == OperandKind::Unused =>
        {
            let kind = if op.opcode == Opcode::AssignObj {
                Kind::AssignObj
            } else {
                Kind::AssignObjOp
            };
            let data = ops.get(i + 1)?;
            insn(
                kind,
                object(op.op1)?,
                oa.literals.start + op.op2.value,
                operand(data.op1)?,
            )
        }
        Opcode::PreIncObj | Opcode::PreDecObj | Opcode::PostIncObj | Opcode::PostDecObj
            if op.op2.kind == OperandKind::Const =>
        {
            let r = match op.result.kind {
                OperandKind::Unused => NO_RESULT,
                _ => tmp_result(op.result)?,
            };
            insn(
                Kind::IncDecObj,
                object(op.op1)?,
                oa.literals.start + op.op2.value,
                r,
            )
        }
        Opcode::InitMethodCall if op.op2.kind == OperandKind::Const => insn(
            Kind::InitMethod,
            object_or_tmp(op.op1)?,
            oa.literals.start + op.op2.value,
            0,
        ),
        Opcode::InitStaticMethodCall if op.op2.kind == OperandKind::Const => {
            let class = match op.op1.kind {
                OperandKind::Const => {
                    let lit = oa.literals.start + op.op1.value;
                    (lit & !INDEX == 0).then_some(CONST | lit)?
                }
                OperandKind::Unused => op.op1.value & !CONST,
                _ => return None,
            };
            insn(
                Kind::InitStaticMethod,
                class,
                oa.literals.start + op.op2.value,
                0,
            )
        }
        Opcode::New if op.op1.kind == OperandKind::Const => insn(
            Kind::New,
            oa.literals.start + op.op1.value,
            0,
            tmp_result(op.result)?,
        ),
        Opcode::RecvInit
            if op.op1.value >= 1
                && op.op1.value <= oa.arg_infos.len
                && op.op2.kind == OperandKind::Const
                && cv(op.result)? + 1 == op.op1.value =>
        {
            let default = view.literals[(oa.literals.start + op.op2.value) as usize];
            if matches!(default, Literal::ConstExpr(_)) {
                return None;
            }
            let ai = &view.arg_infos[(oa.arg_infos.start + op.op1.value - 1) as usize];
            insn(Kind::RecvInit, op.op2.value, ai.ty.mask, op.result.value)
        }
        Opcode::Bool | Opcode::BoolNot => insn(
            Kind::Bool,
            operand(op.op1)?,
            u32::from(op.opcode == Opcode::BoolNot),
            tmp_result(op.result)?,
        ),
        Opcode::JmpzEx | Opcode::JmpnzEx => {
            let kind = if op.opcode == Opcode::JmpzEx {
                Kind::JmpzEx
            } else {
                Kind::JmpnzEx
            };
            insn(
                kind,
                operand(op.op1)?,
                tmp_result(op.result)?,
                target(ops, op.op2.value)?,
            )
        }
        Opcode::JmpSet => insn(
            Kind::JmpSet,
            operand(op.op1)?,
            tmp_result(op.result)?,
            target(ops, op.op2.value)?,
        ),
        Opcode::Count => insn(Kind::Count, container(op.op1)?, 0, tmp_result(op.result)?),
        Opcode::Strlen => insn(Kind::Strlen, operand(op.op1)?, 0, tmp_result(op.result)?),
        Opcode::ArrayKeyExists => insn(
            Kind::KeyExists,
            operand(op.op1)?,
            operand(op.op2)?,
            tmp_result(op.result)?,
        ),
        Opcode::Cast if !matches!(op.extended_value, CAST_ARRAY | CAST_OBJECT) => insn(
            Kind::Cast,
            operand(op.op1)?,
            op.extended_value,
            tmp_result(op.result)?,
        ),
        Opcode::TypeCheck => insn(
            Kind::TypeCheck,
            operand(op.op1)?,
            op.extended_value,
            tmp_result(op.result)?,
        ),
        Opcode::VerifyReturnType
            if op.result.kind == OperandKind::Unused && op.op1.kind != OperandKind::Const =>
        {
            insn(
                Kind::VerifyReturn,
                operand(op.op1)? & INDEX,
                oa.return_type.mask,
                0,
            )
        }
        _ => None,
    }
}

/// Whether every operand of `op` addresses a slot or literal of `oa` (what the fast
/// paths' unchecked accesses rely on).
fn operands_in_window(oa: &OpArray, op: &Op) -> bool {
    let slots = oa.vars.len as u64 + oa.num_temps as u64;
    [op.op1, op.op2, op.result].iter().all(|o| match o.kind {
        OperandKind::Const => o.value < oa.literals.len,
        OperandKind::Cv | OperandKind::TmpVar | OperandKind::Var => (o.value as u64) < slots,
        OperandKind::Unused => true,
    })
}

/// An op_array as the executor runs it, made the first time it runs and kept for the
/// process (`include::Loaded::unit`): switching the running code to it (a call, a
/// return) reads this record instead of slicing the script's tables again.
pub(crate) struct Unit {
    /// The prepared stream ([`prepare`]).
    pub insns: Box<[Insn]>,
    pub oa: OpArray,
    /// CV + TMP/VAR slots: the frame's window (the window invariant). Kept, not
    /// derived from `oa`: the hot loop checks it after every return (+1% on calls).
    pub slots: usize,
}

impl Unit {
    pub(crate) fn new(view: &ScriptView<'_>, oa: &OpArray) -> Unit {
        Unit {
            insns: prepare(view, oa),
            oa: *oa,
            slots: oa.vars.len as usize + oa.num_temps as usize,
        }
    }

    /// The op_array's ops in its script's view.
    #[inline(always)]
    pub(crate) fn ops<'v>(&self, view: &ScriptView<'v>) -> &'v [Op] {
        view.ops(&self.oa)
    }

    /// The op_array's literals among its script's.
    #[inline(always)]
    pub(crate) fn lits<'v>(&self, all: &'v [Value]) -> &'v [Value] {
        &all[self.oa.literals.indices()]
    }
}

/// The prepared stream of an op_array: one insn per op, then a `Generic` sentinel.
///
/// Invariant (what the hot loop's unchecked fetch relies on): a fast path run at insn
/// `i < ops.len()` moves `ip` to `i + 1`, to `i + 2` only when op `i + 1` exists (it
/// skips a fused JMPZ or an OP_DATA), or to a jump target `< ops.len()` (checked
/// here by [`target`]); so `ip <= ops.len()`, the sentinel's index, which declines
/// every fast path and leaves the op to the general handler.
///
/// The window invariant (module docs): an op_array with an operand outside its slots
/// or literals gets no fast kind at all.
pub(crate) fn prepare(view: &ScriptView<'_>, oa: &OpArray) -> Box<[Insn]> {
    let ops = view.ops(oa);
    let generic = |line| Insn {
        kind: Kind::Generic,
        a: 0,
        b: 0,
        c: 0,
        line,
    };
    let in_window = ops.iter().all(|op| operands_in_window(oa, op));
    (0..ops.len())
        .map(|i| {
            let fast = in_window.then(|| prepare_op(view, oa, ops, i)).flatten();
            fast.unwrap_or(generic(ops[i].lineno))
        })
        .chain(std::iter::once(generic(
            ops.last().map_or(0, |op| op.lineno),
        )))
        .collect()
}

impl Vm {
    /// Run a specialised insn's fast path: whether it did the op (and moved `ip`) or
    /// declined, nothing changed, and the general handler must run it.
    ///
    /// `Vm::line` is not stored for every insn: a kind that may warn, call code, or
    /// release a value (whose destructor runs at the next safe point, called from
    /// this line) sets it first; the pure kinds (numbers, jumps, RECV, SEND, the
    /// INIT_FCALL cache) need no line and leave it as it was.
    #[inline(always)]
    pub(super) fn run_insn(&mut self, code: &Code<'_>, c: Ctx, insn: &Insn, ip: &mut usize) -> Ran {
        let base = c.base;
        let next = *ip + 1;
        match insn.kind {
            Kind::Generic => Ran::Declined,
            Kind::DoCall => Ran::Call,
            Kind::Return => Ran::Return,
            Kind::Add => self.arith(code, base, insn, Opcode::Add, ip),
            Kind::Sub => self.arith(code, base, insn, Opcode::Sub, ip),
            Kind::Mul => self.arith(code, base, insn, Opcode::Mul, ip),
            Kind::Div => self.arith(code, base, insn, Opcode::Div, ip),
            Kind::Mod => self.arith(code, base, insn, Opcode::Mod, ip),
            Kind::Sl => self.arith(code, base, insn, Opcode::Sl, ip),
            Kind::Sr => self.arith(code, base, insn, Opcode::Sr, ip),
            Kind::BwAnd => self.arith(code, base, insn, Opcode::BwAnd, ip),
            Kind::BwOr => self.arith(code, base, insn, Opcode::BwOr, ip),
            Kind::BwXor => self.arith(code, base, insn, Opcode::BwXor, ip),
            Kind::Spaceship => self.arith(code, base, insn, Opcode::Spaceship, ip),
            Kind::Less | Kind::LessEq | Kind::Equal | Kind::NotEqual => {
                let Some(b) = self.relation(code, base, insn, insn.kind) else {
                    return Ran::Declined;
                };
                *ip = next;
                put_tmp(self.frame_slot_mut(base, insn.c), Value::from(b))
            }
            Kind::LessJmpz => Ran::done(self.branch(code, base, insn, Kind::Less, false, ip)),
            Kind::LessJmpnz => Ran::done(self.branch(code, base, insn, Kind::Less, true, ip)),
            Kind::LessEqJmpz => Ran::done(self.branch(code, base, insn, Kind::LessEq, false, ip)),
            Kind::LessEqJmpnz => Ran::done(self.branch(code, base, insn, Kind::LessEq, true, ip)),
            Kind::EqualJmpz => Ran::done(self.branch(code, base, insn, Kind::Equal, false, ip)),
            Kind::EqualJmpnz => Ran::done(self.branch(code, base, insn, Kind::Equal, true, ip)),
            Kind::NotEqualJmpz => {
                Ran::done(self.branch(code, base, insn, Kind::NotEqual, false, ip))
            }
            Kind::NotEqualJmpnz => {
                Ran::done(self.branch(code, base, insn, Kind::NotEqual, true, ip))
            }
            // The array and string kinds may release a value (its destructor runs at
            // the next safe point, called from this line).
            Kind::FetchDim => {
                self.line = insn.line;
                Ran::done(self.fetch_dim_fast(code, base, insn, ip))
            }
            Kind::IssetDim | Kind::IssetDimJmpz | Kind::IssetDimJmpnz => {
                self.line = insn.line;
                Ran::done(self.isset_dim_fast(code, base, insn, ip))
            }
            Kind::AssignDim => {
                self.line = insn.line;
                Ran::done(self.assign_dim_fast(code, base, insn, ip))
            }
            Kind::DimIncDec => {
                self.line = insn.line;
                Ran::done(self.dim_incdec_fast(code, base, insn, ip))
            }
            Kind::DimAssignOp => {
                self.line = insn.line;
                Ran::done(self.dim_assign_op_fast(code, base, insn, ip))
            }
            Kind::FeFetch => {
                self.line = insn.line;
                Ran::done(self.fe_fetch_fast(base, insn, ip))
            }
            Kind::Concat => {
                self.line = insn.line;
                Ran::done(self.concat_fast(code, base, insn, ip))
            }
            Kind::RopeInit => {
                self.line = insn.line;
                Ran::done(self.rope_init_fast(code, base, insn, ip))
            }
            Kind::ConcatAssign => {
                self.line = insn.line;
                Ran::done(self.concat_assign_fast(code, base, insn, ip))
            }
            Kind::QmAssign => {
                let Some(v) = self.plain_value(code, base, insn.a) else {
                    return Ran::Declined;
                };
                *ip = next;
                put_tmp(self.frame_slot_mut(base, insn.c), v)
            }
            Kind::AssignCv => {
                self.line = insn.line;
                if matches!(self.frame_slot(base, insn.c), Value::Reference(_)) {
                    return Ran::Declined;
                }
                let Some(v) = self.plain_value(code, base, insn.a) else {
                    return Ran::Declined;
                };
                put(self.frame_slot_mut(base, insn.c), v);
                *ip = next;
                Ran::Done
            }
            Kind::AddAssign => self.arith_assign(code, base, insn, Opcode::Add, ip),
            Kind::SubAssign => self.arith_assign(code, base, insn, Opcode::Sub, ip),
            Kind::MulAssign => self.arith_assign(code, base, insn, Opcode::Mul, ip),
            Kind::IncCv => {
                Self::inc_dec_cv(self.frame_slot_mut(base, insn.c), i64::checked_add, ip)
            }
            Kind::DecCv => {
                Self::inc_dec_cv(self.frame_slot_mut(base, insn.c), i64::checked_sub, ip)
            }
            // Jumps check for a safe point: a loop's back edge is one.
            Kind::Jmp => {
                *ip = insn.c as usize;
                Ran::Done
            }
            Kind::Jmpz | Kind::Jmpnz => {
                let b = match self.frame_slot(base, insn.a) {
                    Value::True => true,
                    Value::False => false,
                    _ => return Ran::Declined,
                };
                *ip = if b == (insn.kind == Kind::Jmpnz) {
                    insn.c as usize
                } else {
                    next
                };
                Ran::Done
            }
            Kind::InitFcall => {
                let cached = self
                    .fn_cache
                    .get(code.script as usize)
                    .and_then(|cache| cache.get(insn.c as usize));
                let Some(Some(func)) = cached else {
                    return Ran::Declined;
                };
                let func = *func;
                self.begin_call(func);
                *ip = next;
                Ran::Pure
            }
            Kind::Send => {
                let Some(call) = self.calls.last() else {
                    return Ran::Declined;
                };
                if insn.b != SEND_PLAIN {
                    match call.func {
                        Func::User { script, op_array } => {
                            let n = call.num_args as usize;
                            let shape = &self.scripts[script as usize].shapes[op_array as usize];
                            if n >= BY_REF_BITS || shape.by_ref >> n & 1 != 0 {
                                return Ran::Declined;
                            }
                        }
                        // A value to a built-in's by-reference parameter: an error, or a
                        // variable sent by reference.
                        Func::Builtin(spec) if spec.arg_by_ref(call.num_args as usize) => {
                            return Ran::Declined
                        }
                        Func::Builtin(_) => {}
                        _ if insn.b == SEND_VAR_EX => return Ran::Declined,
                        _ => {}
                    }
                }
                let Some(v) = self.plain_value(code, base, insn.a) else {
                    return Ran::Declined;
                };
                if let Some(call) = self.calls.last_mut() {
                    call.num_args += 1;
                }
                self.stack.push(v);
                *ip = next;
                Ran::Pure
            }
            Kind::Recv => {
                if insn.a > self.frames[c.fi].num_args {
                    return Ran::Declined;
                }
                let fits = match self.frame_slot(base, insn.c) {
                    Value::Object(o) => Self::recv_object_fits(code, insn.a, o),
                    v => plain_value_fits(insn.b, v),
                };
                if !fits {
                    return Ran::Declined;
                }
                *ip = next;
                Ran::Pure
            }
            Kind::RecvInit => {
                let n = insn.c + 1;
                let passed = n <= self.frames[c.fi].num_args;
                let fits = match self.frame_slot(base, insn.c) {
                    Value::Object(o) if passed => Self::recv_object_fits(code, n, o),
                    v if passed => plain_value_fits(insn.b, v),
                    // Not passed: a literal default is taken as it is (the compiler
                    // checked its type).
                    Value::Undef => {
                        let default = Self::lit(code, insn.a as usize).clone();
                        put(self.frame_slot_mut(base, insn.c), default);
                        true
                    }
                    _ => false,
                };
                if !fits {
                    return Ran::Declined;
                }
                *ip = next;
                Ran::Pure
            }
            Kind::Bool => {
                let Some(v) = self.plain_value(code, base, insn.a) else {
                    return Ran::Declined;
                };
                let b = v.to_bool() != (insn.b != 0);
                drop(v);
                *ip = next;
                put_tmp(self.frame_slot_mut(base, insn.c), Value::from(b));
                // The operand, a TMP, may have been the last count on something.
                Ran::Done
            }
            Kind::JmpzEx | Kind::JmpnzEx => {
                let Some(v) = self.plain_value(code, base, insn.a) else {
                    return Ran::Declined;
                };
                let b = v.to_bool();
                drop(v);
                put_tmp(self.frame_slot_mut(base, insn.b), Value::from(b));
                *ip = if b == (insn.kind == Kind::JmpnzEx) {
                    insn.c as usize
                } else {
                    next
                };
                Ran::Done
            }
            Kind::JmpSet => {
                let Some(v) = self.plain_value(code, base, insn.a) else {
                    return Ran::Declined;
                };
                if v.to_bool() {
                    put_tmp(self.frame_slot_mut(base, insn.b), v);
                    *ip = insn.c as usize;
                } else {
                    drop(v);
                    *ip = next;
                }
                Ran::Done
            }
            Kind::Count | Kind::Strlen | Kind::KeyExists | Kind::TypeCheck | Kind::Cast => {
                Ran::done(self.function_op_fast(code, base, insn, ip))
            }
            Kind::VerifyReturn => {
                let fits = match self.frame_slot(base, insn.a) {
                    Value::Object(o) => object_fits_by_name(code.view, &code.oa().return_type, o),
                    v => plain_value_fits(insn.b, v),
                };
                if !fits {
                    return Ran::Declined;
                }
                *ip = next;
                Ran::Pure
            }
            // The object kinds may release values, call code or warn.
            Kind::FetchObj => {
                self.line = insn.line;
                Ran::done(self.fetch_obj_cached(code, c, insn, ip))
            }
            Kind::AssignObj => {
                self.line = insn.line;
                Ran::done(self.assign_obj_cached(code, c, insn, ip))
            }
            Kind::AssignObjOp => {
                self.line = insn.line;
                Ran::done(self.assign_obj_op_cached(code, c, insn, ip))
            }
            Kind::IncDecObj => {
                self.line = insn.line;
                Ran::done(self.incdec_obj_cached(code, c, insn, ip))
            }
            Kind::InitMethod => {
                self.line = insn.line;
                Ran::done(self.init_method_cached(code, c, insn, ip))
            }
            Kind::InitStaticMethod => {
                self.line = insn.line;
                Ran::done(self.init_static_method_cached(code, c, insn, ip))
            }
            Kind::New => {
                self.line = insn.line;
                Ran::done(self.new_cached(code, c, insn, ip))
            }
        }
    }

    /// DO_*CALL's common case: the call being set up is a plain one to a user function
    /// or closure (positional arguments, no more than declared, no trampoline):
    /// its frame is pushed and its script, op_array and slot base returned; else
    /// nothing changed.
    #[inline(always)]
    pub(super) fn enter_plain_call(
        &mut self,
        c: Ctx,
        insn: &Insn,
        ip: usize,
    ) -> Result<Option<(u32, u32, usize)>, Unwind> {
        let Some(call) = self.calls.last() else {
            return Ok(None);
        };
        let Func::User { script, op_array } = call.func else {
            return Ok(None);
        };
        let shape = self.scripts[script as usize].shapes[op_array as usize];
        if call.rare.is_some() || call.num_args > shape.num_args {
            return Ok(None);
        }
        let base = call.args_base;
        let ret = (insn.c != NO_RESULT).then(|| c.base + insn.c as usize);
        let pushed = self.enter_top_call(script, op_array, shape, ret);
        self.frames[c.fi].ip = ip as u32 + 1;
        pushed?;
        Ok(Some((script, op_array, base)))
    }

    /// Slot `i` of the running frame, whose slots start at `base` (a fast path's
    /// operand or result slot: the window invariant of the module docs).
    #[inline(always)]
    pub(super) fn frame_slot(&self, base: usize, i: u32) -> &Value {
        let at = base + i as usize;
        debug_assert!(at < self.stack.len());
        // SAFETY: `at` is in the running frame's window, below the top: `prepare`
        // checked the operand against the op_array's slots, `run_fast` the window
        // against the top, and fast paths never lower the top (module docs).
        unsafe { self.stack.get_unchecked(at) }
    }

    /// [`Vm::frame_slot`] for writing.
    #[inline(always)]
    pub(super) fn frame_slot_mut(&mut self, base: usize, i: u32) -> &mut Value {
        let at = base + i as usize;
        debug_assert!(at < self.stack.len());
        // SAFETY: as in `frame_slot`.
        unsafe { self.stack.get_unchecked_mut(at) }
    }

    /// Literal `i` of the running op_array (an operand `prepare` checked).
    #[inline(always)]
    fn lit<'v>(code: &'v Code<'_>, i: usize) -> &'v Value {
        debug_assert!(i < code.lits.len());
        // SAFETY: `prepare` checked every CONST operand of the op_array against its
        // literal count, which is `code.lits`' length (`Code::new`).
        unsafe { code.lits.get_unchecked(i) }
    }

    /// A number operand (or anything else, which the fast paths turn down).
    #[inline(always)]
    pub(super) fn operand<'v>(&'v self, code: &'v Code<'_>, base: usize, x: u32) -> &'v Value {
        if x & CONST != 0 {
            Self::lit(code, (x & INDEX) as usize)
        } else {
            self.frame_slot(base, x & INDEX)
        }
    }

    /// An operand's value when it is a plain one: a literal, a defined CV that is not a
    /// reference (copied) or such a TMP (consumed). None leaves everything as it was.
    #[inline(always)]
    pub(super) fn plain_value(&mut self, code: &Code<'_>, base: usize, x: u32) -> Option<Value> {
        if x & CONST != 0 {
            return Some(Self::lit(code, (x & INDEX) as usize).clone());
        }
        match self.frame_slot_mut(base, x & INDEX) {
            Value::Undef | Value::Reference(_) => None,
            v if x & TMP != 0 => Some(std::mem::take(v)),
            v => Some(v.clone()),
        }
    }

    #[inline(always)]
    fn arith(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        opcode: Opcode,
        ip: &mut usize,
    ) -> Ran {
        let a = self.operand(code, base, insn.a);
        let b = self.operand(code, base, insn.b);
        let Some(v) = fast_arith(opcode, a, b) else {
            return Ran::Declined;
        };
        *ip += 1;
        put_tmp(self.frame_slot_mut(base, insn.c), v)
    }

    #[inline(always)]
    fn arith_assign(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        opcode: Opcode,
        ip: &mut usize,
    ) -> Ran {
        let b = self.operand(code, base, insn.a);
        let Some(v) = fast_arith(opcode, self.frame_slot(base, insn.c), b) else {
            return Ran::Declined;
        };
        // The CV held a number (`fast_arith` took it): nothing is released.
        put(self.frame_slot_mut(base, insn.c), v);
        *ip += 1;
        Ran::Pure
    }

    /// Two ints or two floats compared (`rel` one of the plain comparison kinds).
    #[inline(always)]
    fn relation(&self, code: &Code<'_>, base: usize, insn: &Insn, rel: Kind) -> Option<bool> {
        let a = self.operand(code, base, insn.a);
        let b = self.operand(code, base, insn.b);
        Some(match (a, b) {
            (Value::Long(a), Value::Long(b)) => match rel {
                Kind::Less => a < b,
                Kind::LessEq => a <= b,
                Kind::Equal => a == b,
                _ => a != b,
            },
            (Value::Double(a), Value::Double(b)) => match rel {
                Kind::Less => a < b,
                Kind::LessEq => a <= b,
                Kind::Equal => a == b,
                _ => a != b,
            },
            (a, b) => return mixed_order(a, b, rel),
        })
    }

    /// `++$cv` / `--$cv` of an int that stays an int (`step` is checked_add or _sub).
    #[inline(always)]
    fn inc_dec_cv(slot: &mut Value, step: fn(i64, i64) -> Option<i64>, ip: &mut usize) -> Ran {
        let Value::Long(n) = slot else {
            return Ran::Declined;
        };
        let Some(m) = step(*n, 1) else {
            return Ran::Declined;
        };
        *n = m;
        *ip += 1;
        Ran::Pure
    }

    /// A fused comparison and jump: to `c` when the result is what the jump wants,
    /// else past the JMPZ/JMPNZ.
    #[inline(always)]
    fn branch(
        &mut self,
        code: &Code<'_>,
        base: usize,
        insn: &Insn,
        rel: Kind,
        jump_if: bool,
        ip: &mut usize,
    ) -> bool {
        let Some(b) = self.relation(code, base, insn, rel) else {
            return false;
        };
        *ip = if b == jump_if {
            insn.c as usize
        } else {
            *ip + 2
        };
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str, func: &[u8]) -> Vec<Kind> {
        let script = crate::include::compile_source(src.as_bytes(), "t.php").expect("compiles");
        let view = script.view();
        let oa = view
            .op_arrays
            .iter()
            .find(|oa| view.str(oa.name) == func)
            .expect("op_array");
        let insns = prepare(&view, oa);
        assert_eq!(insns.len(), view.ops(oa).len() + 1);
        assert_eq!(insns.last().map(|i| i.kind), Some(Kind::Generic));
        insns[..insns.len() - 1].iter().map(|i| i.kind).collect()
    }

    /// The hot loop's unchecked fetch: every jump an insn takes lands on an op.
    #[test]
    fn jump_targets_stay_within_the_op_array() {
        let src = "<?php function f($a, $n) { $s = 0; for ($i = 0; $i < $n; $i++) { \
                   if ($i == 3 || isset($a[$i])) { continue; } while ($s < 10 && $n) { $s++; } } \
                   return $s > 1 ? $s : -1; }";
        let script = crate::include::compile_source(src.as_bytes(), "t.php").expect("compiles");
        let view = script.view();
        for oa in view.op_arrays {
            let n = view.ops(oa).len();
            for insn in prepare(&view, oa).iter() {
                use Kind::*;
                let jumps = matches!(
                    insn.kind,
                    Jmp | Jmpz
                        | Jmpnz
                        | IssetDimJmpz
                        | IssetDimJmpnz
                        | LessJmpz
                        | LessJmpnz
                        | LessEqJmpz
                        | LessEqJmpnz
                        | EqualJmpz
                        | EqualJmpnz
                        | NotEqualJmpz
                        | NotEqualJmpnz
                );
                if jumps {
                    assert!((insn.c as usize) < n, "{insn:?} in an op_array of {n} ops");
                }
            }
        }
        // A target past the end is refused (the general handler takes that jump).
        let ops = view.ops(&view.op_arrays[0]);
        assert_eq!(target(ops, ops.len() as u32), None);
        assert_eq!(target(ops, 0), Some(0));
    }

    /// The window invariant: an op_array whose operands lie outside its slots or
    /// literals gets no fast kind (the fast paths address them unchecked).
    #[test]
    fn operands_outside_the_window_get_no_fast_kind() {
        let src = "<?php function f($n) { $s = $n + 1; return $s * 2; }";
        let script = crate::include::compile_source(src.as_bytes(), "t.php").expect("compiles");
        let view = script.view();
        let oa = *view
            .op_arrays
            .iter()
            .find(|oa| view.str(oa.name) == b"f")
            .expect("f");
        let fast = |oa: &OpArray| prepare(&view, oa).iter().any(|i| i.kind != Kind::Generic);
        assert!(fast(&oa));
        let mut fewer_slots = oa;
        fewer_slots.num_temps = 0;
        assert!(!fast(&fewer_slots));
        let mut fewer_literals = oa;
        fewer_literals.literals.len = 0;
        assert!(!fast(&fewer_literals));
    }

    #[test]
    fn comparison_feeding_a_jump_is_fused() {
        let k = kinds(
            "<?php function f($n) { if ($n < 2) { return 1; } return 2; }",
            b"f",
        );
        assert!(k.contains(&Kind::LessJmpz), "{k:?}");
        // The fused comparison's JMPZ keeps its own insn (a jump could land on it).
        let at = k.iter().position(|&x| x == Kind::LessJmpz).unwrap_or(0);
        assert_eq!(k.get(at + 1), Some(&Kind::Jmpz));
    }

    #[test]
    fn a_returned_ternary_returns_from_its_qm_assign() {
        let k = kinds(
            "<?php function f($n) { return $n < 2 ? $n : $n + 1; }",
            b"f",
        );
        // `T = QM_ASSIGN $n; JMP end` and `T = QM_ASSIGN T'` before `end: RETURN T`.
        assert_eq!(k.iter().filter(|&&x| x == Kind::Return).count(), 4, "{k:?}");
        assert!(!k.contains(&Kind::QmAssign), "{k:?}");
        // A QM_ASSIGN whose result goes elsewhere keeps its kind.
        let k = kinds("<?php function f($n) { $x = $n ? 1 : 2; return $x; }", b"f");
        assert!(k.contains(&Kind::QmAssign), "{k:?}");
    }

    #[test]
    fn loop_ops_are_specialised() {
        let k = kinds(
            "<?php function f() { $s = 0; for ($i = 0; $i < 10; $i++) { $s += $i * 2; } return $s; }",
            b"f",
        );
        for want in [
            Kind::AssignCv,
            Kind::Mul,
            Kind::AddAssign,
            Kind::IncCv,
            Kind::Jmp,
        ] {
            assert!(k.contains(&want), "{want:?} in {k:?}");
        }
    }

    #[test]
    fn object_ops_on_this_and_cvs_are_specialised() {
        let k = kinds(
            "<?php class A { public $p = 0; function f($o) { $this->p = $o->p; $o->p += 2; \
             $this->p++; $o->g(); self::s(); A::s(); return new A; } \
             function g() {} static function s() {} }",
            b"f",
        );
        for want in [
            Kind::FetchObj,
            Kind::AssignObj,
            Kind::AssignObjOp,
            Kind::IncDecObj,
            Kind::InitMethod,
            Kind::InitStaticMethod,
            Kind::New,
        ] {
            assert!(k.contains(&want), "{want:?} in {k:?}");
        }
    }

    #[test]
    fn reads_and_calls_on_temporaries_are_specialised_writes_are_not() {
        let k = kinds(
            "<?php function f($o) { $o->a->b = 1; $o->a->g(); return $o->a->c; }",
            b"f",
        );
        // `$o->a->b = 1` fetches `$o->a` for writing (FETCH_OBJ_W) and assigns to it.
        assert_eq!(
            k.iter().filter(|&&x| x == Kind::FetchObj).count(),
            3,
            "{k:?}"
        );
        assert!(k.contains(&Kind::InitMethod), "{k:?}");
        assert!(!k.contains(&Kind::AssignObj), "{k:?}");
    }

    #[test]
    fn array_and_string_ops_are_specialised() {
        let k = kinds(
            "<?php function f($a, $k) { $a[] = 1; $a[$k] = 2; $a[$k]++; $a[$k]--; $a[$k] += 2; \
             $n = $a[$k][0]; \
             if (isset($a[$k])) { $s = $a[$k] . 'x'; } $t = \"<$k>\"; $t .= $k; \
             foreach ($a as $v) {} foreach ($a as $k => $v) {} return $s; }",
            b"f",
        );
        for want in [
            Kind::AssignDim,
            Kind::DimIncDec,
            Kind::DimAssignOp,
            Kind::IssetDimJmpz,
            Kind::FetchDim,
            Kind::Concat,
            Kind::RopeInit,
            Kind::ConcatAssign,
            Kind::FeFetch,
        ] {
            assert!(k.contains(&want), "{want:?} in {k:?}");
        }
        // `$a[$k][0]` reads its TMP container too.
        let fetches = k.iter().filter(|&&x| x == Kind::FetchDim).count();
        assert!(fetches >= 3, "{k:?}");
        // The `++`/`--` of the fetched element is fused into DimIncDec.
        let fused: Vec<usize> = (0..k.len()).filter(|&i| k[i] == Kind::DimIncDec).collect();
        assert_eq!(fused.len(), 2, "{k:?}");
        assert!(fused.iter().all(|&i| k[i + 1] == Kind::Generic), "{k:?}");
    }

    #[test]
    fn other_ops_take_the_general_handler() {
        let k = kinds("<?php function f($a) { echo $a; unset($a[0]); }", b"f");
        assert_eq!(k.first(), Some(&Kind::Recv));
        assert_eq!(k.last(), Some(&Kind::Return));
        assert!(
            k[1..k.len() - 1].iter().all(|&x| x == Kind::Generic),
            "{k:?}"
        );
    }
}
