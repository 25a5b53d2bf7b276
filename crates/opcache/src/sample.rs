//! Synthetic compiled scripts for the tests and the load bench, until the parser
//! lands: every table filled, sizes growing with `n`.

use miniphp_compiler::script::{
    ArgInfo, ArrayElem, AttrArg, AttrDecl, LiveRange, LiveRangeKind, Operand, OperandKind,
    TryCatch, TypeDecl,
};
use miniphp_compiler::{Literal, Op, OpArray, Opcode, Range, Script, StrRef};

/// A script of `n` functions (`f0` … `f{n-1}`), each echoing one string literal;
/// about `n * 120` bytes once persisted.
pub fn script_of_size(n: u32) -> Script {
    let mut s = Script::default();
    let intern = |s: &mut Script, text: &[u8]| {
        let r = StrRef {
            start: s.strings.len() as u32,
            len: text.len() as u32,
        };
        s.strings.extend_from_slice(text);
        r
    };
    s.filename = intern(&mut s, format!("/app/script{n}.php").as_bytes());
    let ret = |line| Op {
        opcode: Opcode::Return,
        op1: Operand {
            kind: OperandKind::Const,
            value: 0,
        },
        op2: Operand::default(),
        result: Operand::default(),
        extended_value: 0,
        lineno: line,
    };
    s.literals.push(Literal::Long(1));
    s.ops.push(ret(1));
    s.op_arrays.push(OpArray {
        ops: Range { start: 0, len: 1 },
        literals: Range { start: 0, len: 1 },
        ..OpArray::default()
    });
    for i in 0..n {
        let name = intern(&mut s, format!("f{i}").as_bytes());
        let text = intern(&mut s, format!("hello from f{i}\n").as_bytes());
        let lit = s.literals.len() as u32;
        s.literals.push(Literal::String(text));
        s.literals.push(Literal::Double(i as f64));
        s.literals.push(Literal::Array(Range {
            start: s.array_elems.len() as u32,
            len: 1,
        }));
        s.array_elems.push(ArrayElem {
            key: None,
            value: lit + 1,
        });
        let op = s.ops.len() as u32;
        s.ops.push(Op {
            opcode: Opcode::Echo,
            op1: Operand {
                kind: OperandKind::Const,
                value: 0,
            },
            op2: Operand::default(),
            result: Operand::default(),
            extended_value: 0,
            lineno: i + 2,
        });
        s.ops.push(ret(i + 2));
        s.var_names.push(name);
        s.arg_infos.push(ArgInfo {
            name,
            ty: TypeDecl {
                mask: TypeDecl::DECLARED | TypeDecl::LONG,
                class_names: Range::default(),
            },
            by_ref: false,
            variadic: i % 2 == 1,
            default_text: Some(text),
            attributes: Range::default(),
        });
        s.type_names.push(name);
        s.live_ranges.push(LiveRange {
            var: 1,
            kind: LiveRangeKind::Loop,
            start: op,
            end: op + 1,
        });
        s.try_catch.push(TryCatch {
            try_op: op,
            catch_op: op + 1,
            finally_op: 0,
            finally_end: 0,
        });
        // `#[name(text: <literal>)]` on the function.
        s.attr_args.push(AttrArg {
            name: Some(text),
            value: lit,
        });
        s.attributes.push(AttrDecl {
            name,
            args: Range {
                start: s.attr_args.len() as u32 - 1,
                len: 1,
            },
            line: i + 2,
        });
        s.functions.push(s.op_arrays.len() as u32);
        s.dynamic_funcs.push(s.op_arrays.len() as u32);
        s.op_arrays.push(OpArray {
            name,
            ops: Range { start: op, len: 2 },
            literals: Range { start: lit, len: 3 },
            num_args: 1,
            line_start: i + 2,
            line_end: i + 2,
            doc_comment: (i % 3 == 0).then_some(text),
            attributes: Range {
                start: s.attributes.len() as u32 - 1,
                len: 1,
            },
            ..OpArray::default()
        });
    }
    s.halt_offset = (n % 2 == 1).then_some(n);
    s
}
