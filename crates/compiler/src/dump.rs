//! The listing format of `php -d opcache.opt_debug_level=0x10000` (Zend's `zend_dump.c`).

use crate::opcode::Opcode;
use crate::script::*;
use crate::val::c_format_g;
use std::fmt::Write;

/// How an operand that is not a CONST/TMP/VAR/CV is printed.
#[derive(Clone, Copy, PartialEq)]
enum Unused {
    None,
    Num,
    Jmp,
    TryCatch,
    Next,
    This,
    ConstFetch,
    ClassFetch,
    Constructor,
}

#[derive(Clone, Copy, PartialEq)]
enum Ext {
    None,
    Num,
    Op,
    Type,
    TypeMask,
    Eval,
    Src,
    Jmp,
    VarFetch,
    Isset,
    VarFetchIsset,
    ArrayInit,
    Ref,
    ObjFlags,
}

/// The operand and extended-value formats of each opcode (Zend's opcode flags).
fn spec(op: Opcode) -> (Unused, Unused, Ext) {
    use Opcode::*;
    use Unused as U;
    match op {
        AssignOp => (U::None, U::None, Ext::Op),
        AssignDimOp => (U::None, U::Next, Ext::Op),
        AssignObjOp => (U::This, U::None, Ext::Op),
        AssignStaticPropOp => (U::None, U::None, Ext::Op),
        AssignDim => (U::None, U::Next, Ext::None),
        FetchObjW | FetchObjFuncArg => (U::This, U::None, Ext::ObjFlags),
        FetchClass | FetchClassName | FetchClassConstant => (U::ClassFetch, U::None, Ext::None),
        New => (U::ClassFetch, U::None, Ext::Num),
        InitStaticMethodCall => (U::ClassFetch, U::Constructor, Ext::Num),
        FetchStaticPropR | FetchStaticPropRw | FetchStaticPropIs | FetchStaticPropUnset
        | Instanceof => (U::None, U::ClassFetch, Ext::None),
        FetchStaticPropW | FetchStaticPropFuncArg => (U::None, U::ClassFetch, Ext::ObjFlags),
        IssetIsemptyStaticProp => (U::None, U::ClassFetch, Ext::Isset),
        AssignObjRef => (U::This, U::None, Ext::Src),
        AssignStaticPropRef => (U::None, U::None, Ext::Src),
        AssignObj | FetchObjR | FetchObjRw | FetchObjIs | FetchObjUnset | UnsetObj | PreIncObj
        | PreDecObj | PostIncObj | PostDecObj => (U::This, U::None, Ext::None),
        IssetIsemptyPropObj => (U::This, U::None, Ext::Isset),
        AssignRef | ReturnByRef | Yield => (U::None, U::None, Ext::Src),
        Jmp | FastCall => (U::Jmp, U::None, Ext::None),
        Jmpz | Jmpnz | JmpzEx | JmpnzEx | JmpSet | Coalesce | JmpNull | FeResetR | FeResetRw
        | AssertCheck | Catch => (U::None, U::Jmp, Ext::None),
        FeFetchR | FeFetchRw | SwitchLong | SwitchString | Match => (U::None, U::None, Ext::Jmp),
        FastRet | DiscardException => (U::None, U::TryCatch, Ext::None),
        SendVal
        | SendValEx
        | SendVar
        | SendVarEx
        | SendRef
        | SendVarNoRef
        | SendVarNoRefEx
        | SendFuncArg
        | SendUser
        | CheckFuncArg
        | DeclareFunction
        | DeclareLambdaFunction => (U::None, U::Num, Ext::None),
        InitFcall => (U::Num, U::None, Ext::Num),
        InitMethodCall => (U::This, U::None, Ext::Num),
        InitFcallByName | InitNsFcallByName | InitDynamicCall | InitUserCall | RopeInit
        | RopeAdd | RopeEnd | InArray | SendArray | Ticks => (U::None, U::None, Ext::Num),
        Recv | RecvInit | RecvVariadic => (U::Num, U::None, Ext::None),
        Cast => (U::None, U::None, Ext::Type),
        TypeCheck => (U::None, U::None, Ext::TypeMask),
        IncludeOrEval => (U::None, U::None, Ext::Eval),
        FetchR | FetchW | FetchRw | FetchIs | FetchFuncArg | FetchUnset | UnsetVar => {
            (U::None, U::None, Ext::VarFetch)
        }
        IssetIsemptyVar => (U::None, U::None, Ext::VarFetchIsset),
        IssetIsemptyCv | IssetIsemptyDimObj => (U::None, U::None, Ext::Isset),
        FetchDimR | FetchDimW | FetchDimRw | FetchDimIs | FetchDimFuncArg | FetchDimUnset => {
            (U::None, U::Next, Ext::None)
        }
        InitArray => (U::None, U::Next, Ext::ArrayInit),
        AddArrayElement => (U::None, U::Next, Ext::Ref),
        FetchConstant => (U::ConstFetch, U::None, Ext::None),
        BindLexical | BindStatic => (U::None, U::None, Ext::Ref),
        _ => (U::None, U::None, Ext::None),
    }
}

struct Ctx<'a> {
    v: ScriptView<'a>,
    oa: &'a OpArray,
}

impl Ctx<'_> {
    fn var(&self, out: &mut String, o: Operand) {
        match o.kind {
            OperandKind::Cv if o.value < self.oa.vars.len => {
                let name = self.v.var_names[(self.oa.vars.start + o.value) as usize];
                let _ = write!(
                    out,
                    "CV{}(${})",
                    o.value,
                    String::from_utf8_lossy(self.v.str(name))
                );
            }
            OperandKind::Var => {
                let _ = write!(out, "V{}", o.value);
            }
            OperandKind::TmpVar => {
                let _ = write!(out, "T{}", o.value);
            }
            _ => {
                let _ = write!(out, "X{}", o.value);
            }
        }
    }

    fn lit(&self, i: u32) -> &Literal {
        &self.v.literals[(self.oa.literals.start + i) as usize]
    }

    fn constant(&self, out: &mut String, l: &Literal) {
        match l {
            Literal::Null => out.push_str(" null"),
            Literal::Bool(b) => {
                let _ = write!(out, " bool({b})");
            }
            Literal::Long(i) => {
                let _ = write!(out, " int({i})");
            }
            Literal::Double(d) => {
                let _ = write!(out, " float({})", c_format_g(*d));
            }
            Literal::String(s) => {
                let bytes = self.v.str(*s);
                let end = bytes.iter().position(|b| *b == 0).unwrap_or(bytes.len());
                let _ = write!(
                    out,
                    " string(\"{}\")",
                    String::from_utf8_lossy(&bytes[..end])
                );
            }
            Literal::Array(_) => out.push_str(" array(...)"),
            // Zend keeps these as ASTs (IS_CONSTANT_AST, type 11).
            Literal::ConstExpr(_) => out.push_str(" zval(type=11)"),
        }
    }

    fn operand(&self, out: &mut String, op: &Op, o: Operand, fmt: Unused, is_op2: bool) {
        match o.kind {
            OperandKind::Const => {
                let l = self.lit(o.value);
                if let (
                    true,
                    Opcode::SwitchLong | Opcode::SwitchString | Opcode::Match,
                    Literal::Array(r),
                ) = (is_op2, op.opcode, l)
                {
                    for e in &self.v.array_elems[r.indices()] {
                        match e.key.map(|k| &self.v.literals[k as usize]) {
                            Some(Literal::String(s)) => {
                                let _ = write!(
                                    out,
                                    " \"{}\":",
                                    String::from_utf8_lossy(self.v.str(*s))
                                );
                            }
                            Some(Literal::Long(i)) => {
                                let _ = write!(out, " {i}:");
                            }
                            _ => {}
                        }
                        if let Literal::Long(t) = self.v.literals[e.value as usize] {
                            let _ = write!(out, " {t:04},");
                        }
                    }
                    out.push_str(" default:");
                } else {
                    self.constant(out, l);
                }
            }
            OperandKind::Cv | OperandKind::TmpVar | OperandKind::Var => {
                out.push(' ');
                self.var(out, o);
            }
            OperandKind::Unused => match fmt {
                Unused::Num => {
                    let _ = write!(out, " {}", o.value);
                }
                Unused::Jmp if !(op.opcode == Opcode::Catch && op.extended_value & 1 != 0) => {
                    let _ = write!(out, " {:04}", o.value);
                }
                Unused::TryCatch if o.value != u32::MAX => {
                    let _ = write!(out, " try-catch({})", o.value);
                }
                Unused::This if !is_op2 => out.push_str(" THIS"),
                Unused::Next => out.push_str(" NEXT"),
                Unused::ClassFetch => {
                    out.push_str(match o.value & 0xf {
                        1 => " (self)",
                        2 => " (parent)",
                        3 => " (static)",
                        4 => " (auto)",
                        _ => "",
                    });
                    for (bit, name) in [
                        (0x80, " (no-autoload)"),
                        (0x100, " (silent)"),
                        (0x200, " (exception)"),
                    ] {
                        if o.value & bit != 0 {
                            out.push_str(name);
                        }
                    }
                }
                Unused::Constructor if is_op2 => out.push_str(" CONSTRUCTOR"),
                Unused::ConstFetch if o.value & 0x100 != 0 => {
                    out.push_str(" (unqualified-in-namespace)");
                }
                _ => {}
            },
        }
    }

    fn ext(&self, out: &mut String, op: &Op, ext: Ext) {
        let e = op.extended_value;
        match ext {
            Ext::None | Ext::Jmp => {}
            Ext::Num => {
                let _ = write!(out, " {e}");
            }
            Ext::Op => {
                let name = opcode_by_number(e).map_or("???", |o| o.name());
                let _ = write!(out, " ({name})");
            }
            Ext::Type => {
                let _ = write!(out, " ({})", type_name(e));
            }
            Ext::TypeMask => match e {
                2 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 512 => {
                    let _ = write!(out, " ({})", type_name(e.trailing_zeros()));
                }
                12 => out.push_str(" (bool)"),
                _ => {
                    out.push_str(" TYPE");
                    type_info(out, e);
                }
            },
            Ext::Eval => out.push_str(match e {
                1 => " (eval)",
                2 => " (include)",
                4 => " (include_once)",
                8 => " (require)",
                16 => " (require_once)",
                _ => " (???)",
            }),
            Ext::Src => {
                if e == 2 {
                    out.push_str(" (value)");
                } else if e & 1 != 0 {
                    out.push_str(" (function)");
                }
            }
            Ext::VarFetch | Ext::VarFetchIsset => {
                if e & 2 != 0 {
                    out.push_str(" (global)");
                } else if e & 4 != 0 {
                    out.push_str(" (local)");
                } else if e & 8 != 0 {
                    out.push_str(" (global+lock)");
                }
                if ext == Ext::VarFetchIsset {
                    out.push_str(if e & 1 == 0 { " (isset)" } else { " (empty)" });
                }
            }
            Ext::Isset => out.push_str(if e & 1 == 0 { " (isset)" } else { " (empty)" }),
            Ext::ArrayInit => {
                let _ = write!(out, " {}", e >> 2);
                if e & 2 == 0 {
                    out.push_str(" (packed)");
                }
                if e & 1 != 0 {
                    out.push_str(" (ref)");
                }
            }
            Ext::Ref => {
                if e & 1 != 0 {
                    out.push_str(" (ref)");
                }
            }
            Ext::ObjFlags => match e & 3 {
                1 => out.push_str(" (ref)"),
                2 => out.push_str(" (dim write)"),
                _ => {}
            },
        }
    }

    fn op(&self, out: &mut String, n: usize, op: &Op) {
        let _ = write!(out, "{n:04} ");
        if matches!(
            op.result.kind,
            OperandKind::Cv | OperandKind::TmpVar | OperandKind::Var
        ) {
            self.var(out, op.result);
            out.push_str(" = ");
        }
        out.push_str(op.opcode.name());
        let (f1, f2, ext) = spec(op.opcode);
        self.ext(out, op, ext);
        self.operand(out, op, op.op1, f1, false);
        self.operand(out, op, op.op2, f2, true);
        if ext == Ext::Jmp {
            let _ = write!(out, " {:04}", op.extended_value);
        }
        out.push('\n');
    }

    fn op_array(&self, out: &mut String) {
        let oa = self.oa;
        let mut name = if oa.name.len == 0 {
            "$_main".into()
        } else {
            String::from_utf8_lossy(self.v.str(oa.name)).into_owned()
        };
        if let Some(c) = oa.class.and_then(|c| self.v.classes.get(c as usize)) {
            // Zend prints the scope's name with %s: an anonymous class stops at its NUL.
            let cname = self.v.str(c.name);
            let end = cname.iter().position(|b| *b == 0).unwrap_or(cname.len());
            name = format!("{}::{name}", String::from_utf8_lossy(&cname[..end]));
        }
        let _ = write!(
            out,
            "\n{name}:\n     ; (lines={}, args={}, vars={}, tmps={})\n     ; (before optimizer)\n     ; {}:{}-{}\n     ; return  [] RANGE[0..0]\n",
            oa.ops.len,
            oa.num_args,
            oa.vars.len,
            oa.num_temps,
            String::from_utf8_lossy(self.v.filename()),
            oa.line_start,
            oa.line_end
        );
        for (i, op) in self.v.ops(oa).iter().enumerate() {
            self.op(out, i, op);
        }
        if oa.live_ranges.len > 0 {
            out.push_str("LIVE RANGES:\n");
            for r in &self.v.live_ranges[oa.live_ranges.indices()] {
                let kind = match r.kind {
                    LiveRangeKind::TmpVar => "tmp/var",
                    LiveRangeKind::Loop => "loop",
                    LiveRangeKind::Silence => "silence",
                    LiveRangeKind::Rope => "rope",
                    LiveRangeKind::New => "new",
                };
                let _ = writeln!(
                    out,
                    "     {}: {:04} - {:04} ({kind})",
                    r.var, r.start, r.end
                );
            }
        }
        if oa.try_catch.len > 0 {
            out.push_str("EXCEPTION TABLE:\n");
            for t in &self.v.try_catch[oa.try_catch.indices()] {
                let _ = write!(out, "     {:04}", t.try_op);
                let opt = |out: &mut String, v: u32| {
                    if v != 0 {
                        let _ = write!(out, ", {v:04}");
                    } else {
                        out.push_str(", -");
                    }
                };
                opt(out, t.catch_op);
                opt(out, t.finally_op);
                // zend_dump.c prints no newline after a present finally_end; kept as is.
                if t.finally_end != 0 {
                    let _ = write!(out, ", {:04}", t.finally_end);
                } else {
                    out.push_str(", -\n");
                }
            }
        }
    }
}

fn type_name(t: u32) -> &'static str {
    match t {
        1 => "null",
        2 => "false",
        3 => "true",
        4 => "long",
        5 => "double",
        6 => "string",
        7 => "array",
        8 => "object",
        9 => "resource",
        18 => "bool",
        12 => "callable",
        14 => "void",
        17 => "never",
        _ => "???",
    }
}

/// `zend_dump_type_info` for a plain type mask (no array key/value info).
fn type_info(out: &mut String, info: u32) {
    let mut parts: Vec<&str> = Vec::new();
    if info & 0x3fe == 0x3fe {
        parts.push("any");
    } else {
        if info & 2 != 0 {
            parts.push("null");
        }
        match (info & 4 != 0, info & 8 != 0) {
            (true, true) => parts.push("bool"),
            (true, false) => parts.push("false"),
            (false, true) => parts.push("true"),
            _ => {}
        }
        for (bit, name) in [
            (16, "long"),
            (32, "double"),
            (64, "string"),
            (128, "array"),
            (256, "object"),
            (512, "resource"),
        ] {
            if info & bit != 0 {
                parts.push(name);
            }
        }
    }
    let _ = write!(out, " [{}]", parts.join(", "));
}

fn opcode_by_number(n: u32) -> Option<Opcode> {
    use Opcode::*;
    Some(match n {
        1 => Add,
        2 => Sub,
        3 => Mul,
        4 => Div,
        5 => Mod,
        6 => Sl,
        7 => Sr,
        8 => Concat,
        9 => BwOr,
        10 => BwAnd,
        11 => BwXor,
        12 => Pow,
        _ => return None,
    })
}

/// The listing of a script: `$_main`, then each function, each followed by the functions
/// declared inside it, in Zend's order.
pub fn dump(v: ScriptView<'_>) -> String {
    let mut out = String::new();
    let emit = |idx: u32, out: &mut String| {
        let mut stack = vec![idx];
        while let Some(i) = stack.pop() {
            let Some(oa) = v.op_arrays.get(i as usize) else {
                continue;
            };
            Ctx { v, oa }.op_array(out);
            for d in v.dynamic_funcs[oa.dynamic_funcs.indices()].iter().rev() {
                stack.push(*d);
            }
        }
    };
    if !v.op_arrays.is_empty() {
        emit(0, &mut out);
    }
    for f in v.functions {
        emit(*f, &mut out);
    }
    for c in v.classes {
        for m in &v.methods[c.methods.indices()] {
            let abstract_ = v
                .op_arrays
                .get(*m as usize)
                .is_some_and(|oa| oa.flags & flags::ABSTRACT != 0);
            if !abstract_ {
                emit(*m, &mut out);
            }
        }
    }
    out
}
