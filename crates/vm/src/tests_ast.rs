//! The real compiler's output run by the VM, from hand-built ASTs (until the parser
//! is in the workspace). Expected outputs are what `php -n` prints for the PHP shown.

use std::rc::Rc;

use miniphp_lexer::Span;
use miniphp_parser::ast::*;

use crate::include::compile_ast;
use crate::tests_asm::Capture;
use crate::vm::{IniOverrides, Vm};

fn sp(line: u32) -> Span {
    Span {
        start: 0,
        end: 0,
        line,
    }
}

fn e(kind: ExprKind) -> Expr {
    Expr { kind, span: sp(2) }
}

fn st(kind: StmtKind) -> Stmt {
    Stmt { kind, span: sp(2) }
}

fn int(n: i64) -> Expr {
    e(ExprKind::Int(n))
}

fn s(text: &str) -> Expr {
    e(ExprKind::String(text.as_bytes().to_vec()))
}

fn var(name: &str) -> Expr {
    e(ExprKind::Var(name.into()))
}

fn bin(op: BinaryOp, l: Expr, r: Expr) -> Expr {
    e(ExprKind::Binary {
        op,
        left: Box::new(l),
        right: Box::new(r),
    })
}

fn assign(target: Expr, value: Expr) -> Stmt {
    st(StmtKind::Expr(e(ExprKind::Assign {
        target: Box::new(target),
        value: Box::new(value),
    })))
}

fn name(n: &str) -> Name {
    Name {
        kind: NameKind::Unqualified,
        parts: n.into(),
        span: sp(2),
    }
}

fn call(f: &str, args: Vec<Expr>) -> Expr {
    e(ExprKind::Call {
        callee: Box::new(Callee::Name(name(f))),
        args: args
            .into_iter()
            .map(|value| Arg {
                value,
                unpack: false,
                name: None,
            })
            .collect(),
    })
}

fn echo(items: Vec<Expr>) -> Stmt {
    st(StmtKind::Echo(items))
}

fn param(n: &str) -> Param {
    Param {
        name: Ident {
            name: n.into(),
            span: sp(2),
        },
        ty: None,
        default: None,
        by_ref: false,
        variadic: false,
        promote: None,
        attributes: vec![],
        span: sp(2),
    }
}

fn function(n: &str, params: Vec<Param>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::Function(Box::new(FunctionDecl {
        name: Ident {
            name: n.into(),
            span: sp(2),
        },
        params,
        by_ref_return: false,
        return_type: None,
        body,
        attributes: vec![],
        doc_comment: None,
        span: sp(2),
        end_line: 2,
    })))
}

fn run(stmts: Vec<Stmt>) -> (String, i32) {
    let file = File {
        stmts,
        last_line: 3,
        halt_offset: None,
        diagnostics: Vec::new(),
    };
    let script = compile_ast(&file, "/ast.php").expect("compiles");
    let out = Capture::default();
    let ini = IniOverrides {
        no_ini: true,
        settings: vec![],
    };
    let mut vm = Vm::new(&ini, Box::new(out.clone()), Box::new(std::io::sink()));
    let status = vm.execute_loaded(Rc::new(script));
    let status = vm.finish(status);
    (out.text(), status)
}

#[test]
fn arithmetic_and_echo() {
    // $a = 5; $b = 3; echo $a + $b, " ", $a . $b, " ", 7 / 2, " ", $a % $b;
    let (out, status) = run(vec![
        assign(var("a"), int(5)),
        assign(var("b"), int(3)),
        echo(vec![
            bin(BinaryOp::Add, var("a"), var("b")),
            s(" "),
            bin(BinaryOp::Concat, var("a"), var("b")),
            s(" "),
            bin(BinaryOp::Div, int(7), int(2)),
            s(" "),
            bin(BinaryOp::Mod, var("a"), var("b")),
        ]),
    ]);
    assert_eq!((out.as_str(), status), ("8 53 3.5 2", 0));
}

#[test]
fn recursive_function() {
    // function f($n) { if ($n < 2) { return $n; } return f($n - 1) + f($n - 2); } echo f(20);
    let body = vec![
        st(StmtKind::If {
            cond: bin(BinaryOp::Less, var("n"), int(2)),
            then: vec![st(StmtKind::Return(Some(var("n"))))],
            elseifs: vec![],
            else_: None,
        }),
        st(StmtKind::Return(Some(bin(
            BinaryOp::Add,
            call("f", vec![bin(BinaryOp::Sub, var("n"), int(1))]),
            call("f", vec![bin(BinaryOp::Sub, var("n"), int(2))]),
        )))),
    ];
    let (out, _) = run(vec![
        function("f", vec![param("n")], body),
        echo(vec![call("f", vec![int(20)])]),
    ]);
    assert_eq!(out, "6765");
}

#[test]
fn builtins_and_foreach() {
    // $a = [3, 1, 2]; sort($a); foreach ($a as $k => $v) { echo $k, ":", $v, ","; } echo strlen("abc");
    let arr = e(ExprKind::Array {
        items: [3, 1, 2]
            .into_iter()
            .map(|n| {
                Some(ArrayItem {
                    key: None,
                    value: int(n),
                    by_ref: false,
                    unpack: false,
                })
            })
            .collect(),
        short: true,
    });
    let (out, _) = run(vec![
        assign(var("a"), arr),
        st(StmtKind::Expr(call("sort", vec![var("a")]))),
        st(StmtKind::Foreach {
            subject: var("a"),
            key: Some(var("k")),
            value: var("v"),
            by_ref: false,
            body: vec![echo(vec![var("k"), s(":"), var("v"), s(",")])],
        }),
        echo(vec![call("strlen", vec![s("abc")])]),
    ]);
    assert_eq!(out, "0:1,1:2,2:3,3");
}

#[test]
fn uncaught_division_by_zero() {
    // echo intdiv(1, 0);
    let (out, status) = run(vec![echo(vec![call("intdiv", vec![int(1), int(0)])])]);
    assert_eq!(
        out,
        "PHP Fatal error:  Uncaught DivisionByZeroError: Division by zero in /ast.php:2\nStack trace:\n#0 /ast.php(2): intdiv(1, 0)\n#1 {main}\n  thrown in /ast.php on line 2\n"
            .replacen("PHP Fatal error:  ", "\nFatal error: ", 1)
    );
    assert_eq!(status, 255);
}

fn ident(n: &str) -> Ident {
    Ident {
        name: n.into(),
        span: sp(2),
    }
}

fn closure(params: Vec<Param>, uses: Vec<(&str, bool)>, body: Vec<Stmt>) -> Expr {
    e(ExprKind::Closure(Box::new(Closure {
        static_: false,
        by_ref_return: false,
        params,
        uses: uses.into_iter().map(|(n, r)| (ident(n), r)).collect(),
        return_type: None,
        body,
        attributes: vec![],
        span: sp(2),
        end_line: 2,
    })))
}

#[test]
fn closures_with_use_by_value_and_by_reference() {
    // $m = 3; $t = 0;
    // $f = function ($x) use ($m, &$t) { $t += $x; return $x * $m; };
    // echo implode(",", array_map($f, [1, 2])), " ", $t, " ", $f(5), " ", $t;
    let body = vec![
        st(StmtKind::Expr(e(ExprKind::AssignOp {
            op: BinaryOp::Add,
            target: Box::new(var("t")),
            value: Box::new(var("x")),
        }))),
        st(StmtKind::Return(Some(bin(
            BinaryOp::Mul,
            var("x"),
            var("m"),
        )))),
    ];
    let list = e(ExprKind::Array {
        items: [1, 2]
            .into_iter()
            .map(|n| {
                Some(ArrayItem {
                    key: None,
                    value: int(n),
                    by_ref: false,
                    unpack: false,
                })
            })
            .collect(),
        short: true,
    });
    let call_f = e(ExprKind::Call {
        callee: Box::new(Callee::Expr(var("f"))),
        args: vec![Arg {
            value: int(5),
            unpack: false,
            name: None,
        }],
    });
    let (out, _) = run(vec![
        assign(var("m"), int(3)),
        assign(var("t"), int(0)),
        assign(
            var("f"),
            closure(vec![param("x")], vec![("m", false), ("t", true)], body),
        ),
        echo(vec![
            call(
                "implode",
                vec![s(","), call("array_map", vec![var("f"), list])],
            ),
            s(" "),
            var("t"),
            s(" "),
            call_f,
            s(" "),
            var("t"),
        ]),
    ]);
    assert_eq!(out, "3,6 3 15 8");
}

#[test]
fn statics_globals_and_undefined_variables() {
    // function c() { static $n = 10; global $g; $g++; return ++$n; }
    // $g = 1; c(); echo c(), " ", $g, "\n"; echo $nope;
    let body = vec![
        st(StmtKind::StaticVar(vec![StaticVar {
            name: ident("n"),
            default: Some(int(10)),
        }])),
        st(StmtKind::Global(vec![var("g")])),
        st(StmtKind::Expr(e(ExprKind::PostInc(Box::new(var("g")))))),
        st(StmtKind::Return(Some(e(ExprKind::PreInc(Box::new(var(
            "n",
        ))))))),
    ];
    let (out, _) = run(vec![
        function("c", vec![], body),
        assign(var("g"), int(1)),
        st(StmtKind::Expr(call("c", vec![]))),
        echo(vec![call("c", vec![]), s(" "), var("g"), s("\n")]),
        echo(vec![var("nope")]),
    ]);
    assert_eq!(
        out,
        "12 3\n\nWarning: Undefined variable $nope in /ast.php on line 2\n"
    );
}

fn method_call(obj: Expr, m: &str) -> Expr {
    e(ExprKind::Call {
        callee: Box::new(Callee::Method {
            obj,
            name: MemberName::Ident(ident(m)),
            nullsafe: false,
        }),
        args: vec![],
    })
}

#[test]
fn try_catch_finally_and_rethrow_through_frames() {
    // function g() { throw new LogicException("x"); }
    // try { try { g(); } finally { echo "f1 "; } }
    // catch (RuntimeException $e) { echo "wrong"; }
    // catch (Exception $e) { echo get_class($e), ":", $e->getMessage(); }
    // finally { echo " f2"; }
    let new_exc = e(ExprKind::New {
        class: Box::new(ClassRef::Name(name("LogicException"))),
        args: vec![Arg {
            value: s("x"),
            unpack: false,
            name: None,
        }],
    });
    let catch = |class: &str, body: Vec<Stmt>| Catch {
        types: vec![name(class)],
        var: Some(ident("e")),
        body,
        span: sp(2),
    };
    let (out, status) = run(vec![
        function("g", vec![], vec![st(StmtKind::Throw(new_exc))]),
        st(StmtKind::Try {
            body: vec![st(StmtKind::Try {
                body: vec![st(StmtKind::Expr(call("g", vec![])))],
                catches: vec![],
                finally: Some(vec![echo(vec![s("f1 ")])]),
            })],
            catches: vec![
                catch("RuntimeException", vec![echo(vec![s("wrong")])]),
                catch(
                    "Exception",
                    vec![echo(vec![
                        call("get_class", vec![var("e")]),
                        s(":"),
                        method_call(var("e"), "getMessage"),
                    ])],
                ),
            ],
            finally: Some(vec![echo(vec![s(" f2")])]),
        }),
    ]);
    assert_eq!((out.as_str(), status), ("f1 LogicException:x f2", 0));
}
