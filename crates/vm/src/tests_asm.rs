//! Executor tests on hand-assembled Scripts (what the compiler emits for small
//! programs, written out op by op as `php -d opcache.opt_debug_level=0x10000` lists them).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use miniphp_compiler::{
    ArgInfo, Literal, Op, OpArray, Opcode, Operand, OperandKind, Range, Script, StrRef, TryCatch,
};

use crate::vm::{IniOverrides, Vm};

#[derive(Clone, Default)]
pub struct Capture(pub Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

pub enum L {
    S(&'static str),
    I(i64),
}

pub fn cv(n: u32) -> Operand {
    Operand {
        kind: OperandKind::Cv,
        value: n,
    }
}
pub fn tmp(n: u32) -> Operand {
    Operand {
        kind: OperandKind::TmpVar,
        value: n,
    }
}
pub fn var(n: u32) -> Operand {
    Operand {
        kind: OperandKind::Var,
        value: n,
    }
}
pub fn k(n: u32) -> Operand {
    Operand {
        kind: OperandKind::Const,
        value: n,
    }
}
pub fn num(n: u32) -> Operand {
    Operand {
        kind: OperandKind::Unused,
        value: n,
    }
}
pub const U: Operand = Operand {
    kind: OperandKind::Unused,
    value: 0,
};

pub fn op(opcode: Opcode, op1: Operand, op2: Operand, result: Operand) -> Op {
    Op {
        opcode,
        op1,
        op2,
        result,
        extended_value: 0,
        lineno: 2,
    }
}

pub fn opx(opcode: Opcode, op1: Operand, op2: Operand, result: Operand, ext: u32) -> Op {
    Op {
        opcode,
        op1,
        op2,
        result,
        extended_value: ext,
        lineno: 2,
    }
}

/// One op_array to assemble.
pub struct Func {
    pub name: &'static str,
    pub vars: &'static [&'static str],
    pub args: &'static [&'static str],
    pub required: u32,
    pub temps: u32,
    pub lits: Vec<L>,
    pub ops: Vec<Op>,
    pub try_catch: Vec<TryCatch>,
}

impl Func {
    pub fn main(vars: &'static [&'static str], temps: u32, lits: Vec<L>, ops: Vec<Op>) -> Func {
        Func {
            name: "",
            vars,
            args: &[],
            required: 0,
            temps,
            lits,
            ops,
            try_catch: vec![],
        }
    }
}

fn add_str(s: &mut Script, text: &str) -> StrRef {
    let start = s.strings.len() as u32;
    s.strings.extend_from_slice(text.as_bytes());
    StrRef {
        start,
        len: text.len() as u32,
    }
}

/// Assemble op_arrays (the first is the main script; the others are declared functions).
pub fn assemble(filename: &str, funcs: Vec<Func>) -> Script {
    let mut s = Script::default();
    s.filename = add_str(&mut s, filename);
    for (i, f) in funcs.into_iter().enumerate() {
        let ops_start = s.ops.len() as u32;
        let lit_start = s.literals.len() as u32;
        for l in f.lits {
            let lit = match l {
                L::S(t) => Literal::String(add_str(&mut s, t)),
                L::I(n) => Literal::Long(n),
            };
            s.literals.push(lit);
        }
        let vars_start = s.var_names.len() as u32;
        for v in f.vars {
            let r = add_str(&mut s, v);
            s.var_names.push(r);
        }
        let ai_start = s.arg_infos.len() as u32;
        for a in f.args {
            let name = add_str(&mut s, a);
            s.arg_infos.push(ArgInfo {
                name,
                ..Default::default()
            });
        }
        let tc_start = s.try_catch.len() as u32;
        s.try_catch.extend(f.try_catch.iter().copied());
        // TMP/VAR operands are numbered after the CVs, as the compiler emits them.
        let nvars = f.vars.len() as u32;
        let shift = |o: Operand| match o.kind {
            OperandKind::TmpVar | OperandKind::Var => Operand {
                kind: o.kind,
                value: o.value + nvars,
            },
            _ => o,
        };
        s.ops.extend(f.ops.iter().map(|op| Op {
            op1: shift(op.op1),
            op2: shift(op.op2),
            result: shift(op.result),
            ..*op
        }));
        let name = add_str(&mut s, f.name);
        s.op_arrays.push(OpArray {
            name,
            ops: Range {
                start: ops_start,
                len: f.ops.len() as u32,
            },
            literals: Range {
                start: lit_start,
                len: s.literals.len() as u32 - lit_start,
            },
            vars: Range {
                start: vars_start,
                len: f.vars.len() as u32,
            },
            num_temps: f.temps,
            num_args: f.args.len() as u32,
            required_num_args: f.required,
            arg_infos: Range {
                start: ai_start,
                len: f.args.len() as u32,
            },
            try_catch: Range {
                start: tc_start,
                len: f.try_catch.len() as u32,
            },
            line_start: 1,
            line_end: 9,
            ..Default::default()
        });
        if i > 0 {
            s.functions.push(i as u32);
        }
    }
    s
}

/// Run an assembled script with `php -n` settings; (stdout, stderr, status).
pub fn run(script: Script) -> (String, String, i32) {
    run_with(
        script,
        IniOverrides {
            no_ini: true,
            settings: vec![],
        },
    )
}

pub fn run_with(script: Script, ini: IniOverrides) -> (String, String, i32) {
    let out = Capture::default();
    let err = Capture::default();
    let mut vm = Vm::new(&ini, Box::new(out.clone()), Box::new(err.clone()));
    let status = vm.execute_loaded(Rc::new(script));
    let status = vm.finish(status);
    (out.text(), err.text(), status)
}

use Opcode::*;

#[test]
fn echo_and_arithmetic() {
    // echo "a" . 1 + 2, "\n";  ($x = 7; $x += 3; echo $x;)
    let main = Func::main(
        &["x"],
        3,
        vec![L::I(1), L::I(2), L::S("a"), L::I(7), L::I(3), L::S("\n")],
        vec![
            op(Add, k(0), k(1), tmp(0)),
            op(Concat, k(2), tmp(0), tmp(1)),
            op(Echo, tmp(1), U, U),
            op(Assign, cv(0), k(3), U),
            opx(AssignOp, cv(0), k(4), U, 1),
            op(Echo, cv(0), U, U),
            op(Echo, k(5), U, U),
            op(Return, k(0), U, U),
        ],
    );
    let (out, _, status) = run(assemble("/t.php", vec![main]));
    assert_eq!(out, "a310\n");
    assert_eq!(status, 0);
}

#[test]
fn undefined_variable_warning_goes_to_stdout_with_n() {
    let main = Func::main(
        &["y"],
        0,
        vec![L::I(1)],
        vec![op(Echo, cv(0), U, U), op(Return, k(0), U, U)],
    );
    let (out, err, _) = run(assemble("/t.php", vec![main]));
    assert_eq!(
        out,
        "\nWarning: Undefined variable $y in /t.php on line 2\n"
    );
    assert_eq!(err, "");
    // Debian's config: logged to stderr instead.
    let main = Func::main(
        &["y"],
        0,
        vec![L::I(1)],
        vec![op(Echo, cv(0), U, U), op(Return, k(0), U, U)],
    );
    let (out, err, _) = run_with(assemble("/t.php", vec![main]), IniOverrides::default());
    assert_eq!(out, "");
    assert_eq!(
        err,
        "PHP Warning:  Undefined variable $y in /t.php on line 2\n"
    );
}

fn recursion_script(depth: i64) -> Script {
    // function r($n) { if ($n == 0) return 0; return 1 + r($n - 1); } echo r(DEPTH);
    let main = Func::main(
        &[],
        1,
        vec![L::S("r"), L::I(depth), L::I(1)],
        vec![
            op(InitFcall, num(1), k(0), U),
            op(SendVal, k(1), num(1), U),
            op(DoUcall, U, U, var(0)),
            op(Echo, var(0), U, U),
            op(Return, k(2), U, U),
        ],
    );
    let r = Func {
        name: "r",
        vars: &["n"],
        args: &["n"],
        required: 1,
        temps: 4,
        lits: vec![L::I(0), L::S("r"), L::I(1)],
        ops: vec![
            op(Recv, num(1), U, cv(0)),
            op(IsEqual, cv(0), k(0), tmp(0)),
            op(Jmpz, tmp(0), num(4), U),
            op(Return, k(0), U, U),
            op(InitFcall, num(1), k(1), U),
            op(Sub, cv(0), k(2), tmp(1)),
            op(SendVal, tmp(1), num(1), U),
            op(DoUcall, U, U, var(2)),
            op(Add, k(2), var(2), tmp(3)),
            op(Return, tmp(3), U, U),
        ],
        try_catch: vec![],
    };
    assemble("/r.php", vec![main, r])
}

#[test]
fn deep_recursion_runs_on_the_vm_stack() {
    let (out, err, status) = run(recursion_script(50_000));
    assert_eq!((out.as_str(), err.as_str(), status), ("50000", "", 0));
}

#[test]
fn runaway_recursion_hits_the_memory_limit() {
    let ini = IniOverrides {
        no_ini: true,
        settings: vec![("memory_limit".into(), "16M".into())],
    };
    let (out, _, status) = run_with(recursion_script(100_000_000), ini);
    assert!(
        out.starts_with(
            "\nFatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate"
        ),
        "{out}"
    );
    assert_eq!(status, 255);
}

#[test]
fn uncaught_error_with_trace() {
    // function f($a) { return intdiv... } — here: 1 % 0 inside f(1, 'abc')
    let main = Func::main(
        &[],
        1,
        vec![L::S("f"), L::I(1), L::S("abcdefghijklmnopq")],
        vec![
            op(InitFcall, num(2), k(0), U),
            op(SendVal, k(1), num(1), U),
            op(SendVal, k(2), num(2), U),
            op(DoUcall, U, U, U),
            op(Return, k(1), U, U),
        ],
    );
    let f = Func {
        name: "f",
        vars: &["a", "b"],
        args: &["a", "b"],
        required: 2,
        temps: 1,
        lits: vec![L::I(0)],
        ops: vec![
            op(Recv, num(1), U, cv(0)),
            op(Recv, num(2), U, cv(1)),
            op(Mod, cv(0), k(0), tmp(0)),
            op(Return, tmp(0), U, U),
        ],
        try_catch: vec![],
    };
    let (out, _, status) = run(assemble("/e.php", vec![main, f]));
    assert_eq!(
        out,
        "\nFatal error: Uncaught DivisionByZeroError: Modulo by zero in /e.php:2\nStack trace:\n#0 /e.php(2): f(1, 'abcdefghijklmno...')\n#1 {main}\n  thrown in /e.php on line 2\n"
    );
    assert_eq!(status, 255);
}

#[test]
fn try_catch_builtin_error() {
    // try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(); }
    let main = Func {
        try_catch: vec![TryCatch {
            try_op: 0,
            catch_op: 3,
            finally_op: 0,
            finally_end: 0,
        }],
        ..Func::main(
            &["e"],
            2,
            vec![
                L::I(1),
                L::I(0),
                L::S("DivisionByZeroError"),
                L::S("getMessage"),
            ],
            vec![
                op(Mod, k(0), k(1), tmp(0)),
                op(Echo, tmp(0), U, U),
                op(Jmp, num(7), U, U),
                opx(Catch, k(2), U, cv(0), 1),
                op(InitMethodCall, cv(0), k(3), U),
                op(DoFcall, U, U, var(1)),
                op(Echo, var(1), U, U),
                op(Return, k(0), U, U),
            ],
        )
    };
    let (out, _, status) = run(assemble("/c.php", vec![main]));
    assert_eq!((out.as_str(), status), ("Modulo by zero", 0));
}

#[test]
fn arrays_and_foreach() {
    // $a = [1, 2]; $a[] = 3; $a["k"] = 4; foreach ($a as $k => $v) echo $k, "=", $v, ",";
    let main = Func::main(
        &["a", "k", "v"],
        3,
        vec![
            L::I(1),
            L::I(2),
            L::I(3),
            L::S("k"),
            L::I(4),
            L::S("="),
            L::S(","),
        ],
        vec![
            opx(InitArray, k(0), U, tmp(0), 2 << 2),
            op(AddArrayElement, k(1), U, tmp(0)),
            op(Assign, cv(0), tmp(0), U),
            op(AssignDim, cv(0), U, U),
            op(OpData, k(2), U, U),
            op(AssignDim, cv(0), k(3), U),
            op(OpData, k(4), U, U),
            op(FeResetR, cv(0), num(15), var(1)),
            opx(FeFetchR, var(1), cv(2), tmp(2), 15),
            op(Assign, cv(1), tmp(2), U),
            op(Echo, cv(1), U, U),
            op(Echo, k(5), U, U),
            op(Echo, cv(2), U, U),
            op(Echo, k(6), U, U),
            op(Jmp, num(8), U, U),
            op(FeFree, var(1), U, U),
            op(Return, k(0), U, U),
        ],
    );
    let (out, _, _) = run(assemble("/a.php", vec![main]));
    assert_eq!(out, "0=1,1=2,2=3,k=4,");
}

#[test]
fn nested_dim_write_and_copy_on_write() {
    // $a[1][2] = 5; $b = $a; $b[1][2] = 6; echo $a[1][2], $b[1][2];
    let main = Func::main(
        &["a", "b"],
        6,
        vec![L::I(1), L::I(2), L::I(5), L::I(6)],
        vec![
            op(FetchDimW, cv(0), k(0), var(0)),
            op(AssignDim, var(0), k(1), U),
            op(OpData, k(2), U, U),
            op(Assign, cv(1), cv(0), U),
            op(FetchDimW, cv(1), k(0), var(1)),
            op(AssignDim, var(1), k(1), U),
            op(OpData, k(3), U, U),
            op(FetchDimR, cv(0), k(0), tmp(2)),
            op(FetchDimR, tmp(2), k(1), tmp(3)),
            op(Echo, tmp(3), U, U),
            op(FetchDimR, cv(1), k(0), tmp(4)),
            op(FetchDimR, tmp(4), k(1), tmp(5)),
            op(Echo, tmp(5), U, U),
            op(Return, k(0), U, U),
        ],
    );
    let (out, _, _) = run(assemble("/w.php", vec![main]));
    assert_eq!(out, "56");
}

#[test]
fn references_and_foreach_by_ref() {
    // $a = [1, 2]; foreach ($a as &$v) { $v *= 10; } $b = &$a; $b[] = 3; echo $a[0], $a[1], $a[2];
    let main = Func::main(
        &["a", "v", "b"],
        6,
        vec![L::I(1), L::I(2), L::I(10), L::I(3), L::I(0)],
        vec![
            opx(InitArray, k(0), U, tmp(0), 2 << 2),
            op(AddArrayElement, k(1), U, tmp(0)),
            op(Assign, cv(0), tmp(0), U),
            op(FeResetRw, cv(0), num(7), var(1)),
            opx(FeFetchRw, var(1), cv(1), U, 7),
            opx(AssignOp, cv(1), k(2), U, 3),
            op(Jmp, num(4), U, U),
            op(FeFree, var(1), U, U),
            op(AssignRef, cv(2), cv(0), U),
            op(AssignDim, cv(2), U, U),
            op(OpData, k(3), U, U),
            op(FetchDimR, cv(0), k(4), tmp(2)),
            op(Echo, tmp(2), U, U),
            op(FetchDimR, cv(0), k(0), tmp(3)),
            op(Echo, tmp(3), U, U),
            op(FetchDimR, cv(0), k(1), tmp(4)),
            op(Echo, tmp(4), U, U),
            op(Return, k(0), U, U),
        ],
    );
    let (out, _, _) = run(assemble("/r.php", vec![main]));
    assert_eq!(out, "10203");
}

#[test]
fn string_concat_in_place() {
    // $s = ""; for ($i = 0; $i < 1000; $i++) $s .= "ab"; echo strlen-ish via STRLEN
    let main = Func::main(
        &["s", "i"],
        2,
        vec![L::S(""), L::I(0), L::I(1000), L::S("ab")],
        vec![
            op(Assign, cv(0), k(0), U),
            op(Assign, cv(1), k(1), U),
            op(Jmp, num(5), U, U),
            opx(AssignOp, cv(0), k(3), U, 8),
            op(PreInc, cv(1), U, U),
            op(IsSmaller, cv(1), k(2), tmp(0)),
            op(Jmpnz, tmp(0), num(3), U),
            op(Strlen, cv(0), U, tmp(1)),
            op(Echo, tmp(1), U, U),
            op(Return, k(1), U, U),
        ],
    );
    let (out, _, _) = run(assemble("/s.php", vec![main]));
    assert_eq!(out, "2000");
}
