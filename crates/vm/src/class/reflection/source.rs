//! A constant expression as PHP's reflection prints it (`self::X + 1`,
//! `new \Foo(1, name: 2)`, `[A::B, 'k' => C]`), read back from the small op_array the
//! compiler made of it ([`Literal::ConstExpr`]); PHP prints its AST, which we do not
//! keep. None for an op_array using anything else.

use std::collections::HashMap;

use miniphp_compiler::{Literal, Opcode, Operand, OperandKind, ScriptView};

/// What a TMP holds while the op_array is read.
enum Part {
    Expr(String),
    Array(Vec<(Option<String>, String)>),
}

impl Part {
    fn text(&self) -> String {
        match self {
            Part::Expr(s) => s.clone(),
            Part::Array(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|(k, v)| match k {
                        Some(k) => format!("{k} => {v}"),
                        None => v.clone(),
                    })
                    .collect();
                format!("[{}]", items.join(", "))
            }
        }
    }
}

fn literal(view: &ScriptView<'_>, l: &Literal) -> Option<String> {
    Some(match l {
        Literal::Null => "null".into(),
        Literal::Bool(b) => b.to_string(),
        Literal::Long(n) => n.to_string(),
        Literal::Double(d) => format!("{d}"),
        Literal::String(s) => format!("'{}'", String::from_utf8_lossy(view.str(*s))),
        Literal::Array(_) | Literal::ConstExpr(_) => return None,
    })
}

fn binary(op: Opcode) -> Option<&'static str> {
    Some(match op {
        Opcode::Add => "+",
        Opcode::Sub => "-",
        Opcode::Mul => "*",
        Opcode::Div => "/",
        Opcode::Mod => "%",
        Opcode::Pow => "**",
        Opcode::Concat => ".",
        Opcode::Sl => "<<",
        Opcode::Sr => ">>",
        Opcode::BwOr => "|",
        Opcode::BwAnd => "&",
        Opcode::BwXor => "^",
        Opcode::IsIdentical => "===",
        Opcode::IsNotIdentical => "!==",
        Opcode::IsEqual => "==",
        Opcode::IsNotEqual => "!=",
        Opcode::IsSmaller => "<",
        Opcode::IsSmallerOrEqual => "<=",
        _ => return None,
    })
}

/// A class operand (`self`, `parent`, `static`, or a name printed fully qualified).
fn class_name(view: &ScriptView<'_>, lits: &[Literal], o: Operand, new: bool) -> Option<String> {
    match o.kind {
        OperandKind::Const => {
            let Literal::String(s) = lits.get(o.value as usize)? else {
                return None;
            };
            let name = String::from_utf8_lossy(view.str(*s)).into_owned();
            Some(if new || name.contains('\\') {
                format!("\\{name}")
            } else {
                name
            })
        }
        OperandKind::Unused => Some(
            match o.value & 0xf {
                1 => "self",
                2 => "parent",
                _ => "static",
            }
            .into(),
        ),
        _ => None,
    }
}

/// The source form of constant-expression op_array `index`.
pub(super) fn const_expr(view: &ScriptView<'_>, index: u32) -> Option<String> {
    let oa = view.op_arrays.get(index as usize)?;
    let ops = view.ops(oa);
    let lits = view.literals(oa);
    let mut tmps: HashMap<u32, Part> = HashMap::new();
    // `new` calls being built: (result slot, class, arguments).
    let mut calls: Vec<(u32, String, Vec<String>)> = Vec::new();
    for op in ops {
        let value = |tmps: &mut HashMap<u32, Part>, o: Operand| -> Option<String> {
            match o.kind {
                OperandKind::Const => literal(view, lits.get(o.value as usize)?),
                OperandKind::TmpVar | OperandKind::Var => tmps.remove(&o.value).map(|p| p.text()),
                _ => None,
            }
        };
        let text = match op.opcode {
            Opcode::Return => return value(&mut tmps, op.op1),
            Opcode::FetchConstant => {
                let Literal::String(s) = lits.get(op.op2.value as usize)? else {
                    return None;
                };
                let name = String::from_utf8_lossy(view.str(*s)).into_owned();
                Part::Expr(name)
            }
            Opcode::FetchClassConstant => {
                let class = class_name(view, lits, op.op1, false)?;
                let Literal::String(s) = lits.get(op.op2.value as usize)? else {
                    return None;
                };
                Part::Expr(format!(
                    "{class}::{}",
                    String::from_utf8_lossy(view.str(*s))
                ))
            }
            Opcode::BoolNot => Part::Expr(format!("!{}", value(&mut tmps, op.op1)?)),
            Opcode::BwNot => Part::Expr(format!("~{}", value(&mut tmps, op.op1)?)),
            Opcode::InitArray | Opcode::AddArrayElement => {
                let mut items = match (op.opcode, tmps.remove(&op.result.value)) {
                    (Opcode::AddArrayElement, Some(Part::Array(items))) => items,
                    (Opcode::AddArrayElement, _) => return None,
                    _ => Vec::new(),
                };
                if op.op1.kind != OperandKind::Unused {
                    let v = value(&mut tmps, op.op1)?;
                    let k = match op.op2.kind {
                        OperandKind::Unused => None,
                        _ => Some(value(&mut tmps, op.op2)?),
                    };
                    items.push((k, v));
                }
                tmps.insert(op.result.value, Part::Array(items));
                continue;
            }
            Opcode::New => {
                calls.push((
                    op.result.value,
                    class_name(view, lits, op.op1, true)?,
                    Vec::new(),
                ));
                continue;
            }
            Opcode::SendVal
            | Opcode::SendValEx
            | Opcode::SendVar
            | Opcode::SendVarEx
            | Opcode::SendVarNoRef
            | Opcode::SendVarNoRefEx => {
                let v = value(&mut tmps, op.op1)?;
                let arg = match lits.get(op.op2.value as usize) {
                    Some(Literal::String(n)) if op.op2.kind == OperandKind::Const => {
                        format!("{}: {v}", String::from_utf8_lossy(view.str(*n)))
                    }
                    _ => v,
                };
                calls.last_mut()?.2.push(arg);
                continue;
            }
            Opcode::CheckUndefArgs => continue,
            Opcode::DoFcall => {
                let (slot, class, args) = calls.pop()?;
                tmps.insert(
                    slot,
                    Part::Expr(format!("new {class}({})", args.join(", "))),
                );
                continue;
            }
            other => {
                let sym = binary(other)?;
                let a = value(&mut tmps, op.op1)?;
                let b = value(&mut tmps, op.op2)?;
                Part::Expr(format!("{a} {sym} {b}"))
            }
        };
        tmps.insert(op.result.value, text);
    }
    None
}

#[cfg(test)]
mod tests {
    use miniphp_compiler::{compile, CompileOptions, Literal, Opcode, Script};

    /// The source forms of the parameter defaults of the first function of `src`.
    fn defaults(src: &str) -> Vec<Option<String>> {
        let file = miniphp_parser::parse(src.as_bytes(), Default::default()).expect("parses");
        let script: Script = compile(&file, "/t.php", CompileOptions::default()).expect("compiles");
        let view = script.view();
        let f = &view.op_arrays[view.functions[0] as usize];
        let lits = view.literals(f);
        view.ops(f)
            .iter()
            .filter(|op| op.opcode == Opcode::RecvInit)
            .map(|op| match lits[op.op2.value as usize] {
                Literal::ConstExpr(oa) => super::const_expr(&view, oa),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn constant_expressions_read_back_as_source() {
        let got = defaults(
            "<?php function f($a = A::B + 1, $b = new Foo(1, x: [2, 'k' => C]), $c = 5, $d = FOO . 'x') {}",
        );
        assert_eq!(
            got,
            [
                Some("A::B + 1".to_string()),
                Some("new \\Foo(1, x: [2, 'k' => C])".to_string()),
                None,
                Some("FOO . 'x'".to_string()),
            ]
        );
    }
}
