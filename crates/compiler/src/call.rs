//! Function calls: INIT_* / SEND_* / DO_* (`zend_compile_call`, `zend_compile_args`)
//! and the functions Zend compiles to dedicated opcodes (`zend_try_compile_special_func`).

use crate::compiler::{Compiler, Fbc, R};
use crate::emit::Node;
use crate::expr::{is_call, is_variable, Bp};
use crate::opcode::Opcode;
use crate::script::{Operand, OperandKind};
use crate::val::Val;
use miniphp_parser::ast::*;

/// Zend's `ZEND_CALL_FRAME_SLOT`: an execute_data is five zvals.
const CALL_FRAME_SLOT: u32 = 5;

impl Compiler<'_> {
    /// `zend_compile_call_common` with ZEND_AST_CALLABLE_CONVERT arguments.
    pub fn callable_convert(&mut self, callee: &Callee, span: Span) -> R<Node> {
        self.callable_conv = true;
        let checkpoint = self.sc_checkpoint();
        let r = self.call(callee, &[], span, Bp::R);
        self.callable_conv = false;
        let r = r?;
        if checkpoint != self.sc_checkpoint() {
            return self.err("Cannot combine nullsafe operator with Closure creation");
        }
        Ok(r)
    }

    pub fn call(&mut self, callee: &Callee, args: &[Arg], span: Span, bp: Bp) -> R<Node> {
        let _ = bp;
        let conv = std::mem::take(&mut self.callable_conv);
        let r = self.call_inner(callee, args, span, bp, conv);
        self.callable_conv = false;
        r
    }

    fn call_inner(
        &mut self,
        callee: &Callee,
        args: &[Arg],
        span: Span,
        bp: Bp,
        conv: bool,
    ) -> R<Node> {
        match callee {
            Callee::Name(n) => {
                let r = self.scope.resolve_non_class(n, false);
                if !r.fully_qualified && self.scope.namespace.is_some() {
                    return self.ns_call(&r.name, args, span, conv);
                }
                let lc = r.name.to_ascii_lowercase();
                let user = self.user_fn(&lc).is_some_and(|f| f.finalized);
                if !user && !self.is_internal(&lc) {
                    return self.call_by_name(&r.name, args, span, conv);
                }
                if !user && !conv {
                    if let Some(n) = self.special_func(&lc, args)? {
                        return Ok(n);
                    }
                }
                let fbc = if user {
                    Fbc::User(&lc)
                } else {
                    Fbc::Internal(&lc)
                };
                let init = self.emit(
                    Opcode::InitFcall,
                    Node::Unused,
                    Node::Const(Val::Str(lc.as_bytes().to_vec())),
                );
                let (argc, extra_named) = self.args(args, Some(&fbc))?;
                let frame = self.used_stack(&fbc, argc);
                let f = self.f();
                f.ops[init].extended_value = argc;
                f.ops[init].op1.value = frame;
                let op = if user {
                    Opcode::DoUcall
                } else {
                    Opcode::DoIcall
                };
                self.finish_call(op, extra_named, span, conv)
            }
            Callee::Expr(Expr {
                kind: ExprKind::String(s),
                span: sp,
            }) => {
                // A string literal callee is compiled as a fully qualified name.
                let s = String::from_utf8_lossy(s);
                let parts = s.strip_prefix('\\').unwrap_or(&s).to_string();
                let name = Name {
                    kind: NameKind::FullyQualified,
                    parts,
                    span: *sp,
                };
                self.callable_conv = conv;
                self.call(&Callee::Name(name), args, span, bp)
            }
            Callee::Expr(e) => {
                let name = self.expr(e)?;
                if let Node::Const(Val::Str(s)) = &name {
                    let s = String::from_utf8_lossy(s).into_owned();
                    return self.call_by_name(&s, args, span, conv);
                }
                let init = self.emit(Opcode::InitDynamicCall, Node::Unused, name);
                let (argc, extra_named) = self.args(args, None)?;
                self.f().ops[init].extended_value = argc;
                self.finish_call(Opcode::DoFcall, extra_named, span, conv)
            }
            Callee::Method {
                obj,
                name,
                nullsafe,
            } => {
                let is_this = matches!(&obj.kind, ExprKind::Var(n) if n == "this");
                let obj_node = if is_this {
                    self.this_operand()
                } else {
                    self.sc_mark_inner(obj);
                    let n = self.expr(obj)?;
                    if *nullsafe {
                        self.emit_jmp_null(n.clone(), bp);
                    }
                    n
                };
                let (m, lc) = self.method_name_operand(name)?;
                let at = member_span(name);
                self.line(at);
                let init = self.emit(Opcode::InitMethodCall, obj_node.clone(), Node::Unused);
                self.f().ops[init].op2 = m;
                let fbc = match (&obj_node, lc) {
                    (Node::Unused, Some(lc)) => self.known_method(None, &lc).map(Fbc::Method),
                    _ => None,
                };
                let (argc, extra_named) = self.args(args, fbc.as_ref())?;
                self.f().ops[init].extended_value = argc;
                let op = if fbc.is_some() {
                    Opcode::DoUcall
                } else {
                    Opcode::DoFcall
                };
                self.finish_call(op, extra_named, at, conv)
            }
            Callee::Static { class, name } => {
                if let ClassRef::Expr(e) = class {
                    self.sc_mark_inner(e);
                }
                let cls = self.class_ref(class, crate::oo::FETCH_EXCEPTION)?;
                let (m, lc) = match name {
                    MemberName::Ident(i) if i.name.eq_ignore_ascii_case("__construct") => {
                        (Operand::default(), None)
                    }
                    _ => self.method_name_operand(name)?,
                };
                let at = member_span(name);
                self.line(at);
                let init = self.emit(Opcode::InitStaticMethodCall, Node::Unused, Node::Unused);
                let c = self.class_operand(cls.clone());
                self.f().ops[init].op1 = c;
                self.f().ops[init].op2 = m;
                let fbc = lc
                    .and_then(|lc| self.known_method(Some(&cls), &lc))
                    .map(Fbc::Method);
                let (argc, extra_named) = self.args(args, fbc.as_ref())?;
                self.f().ops[init].extended_value = argc;
                let op = if fbc.is_some() {
                    Opcode::DoUcall
                } else {
                    Opcode::DoFcall
                };
                self.finish_call(op, extra_named, at, conv)
            }
        }
    }

    /// A method name operand (`zend_add_func_name_literal`), and its lowercase form when
    /// it is constant.
    fn method_name_operand(&mut self, name: &MemberName) -> R<(Operand, Option<String>)> {
        let n = match name {
            MemberName::Ident(i) => Node::Const(Val::Str(i.name.as_bytes().to_vec())),
            MemberName::Expr(x) => self.expr(x)?,
        };
        match n {
            Node::Const(Val::Str(s)) => {
                let lc = s.to_ascii_lowercase();
                let first = self.add_lit(Val::Str(s));
                self.add_lit(Val::Str(lc.clone()));
                let o = Operand {
                    kind: OperandKind::Const,
                    value: first,
                };
                Ok((o, Some(String::from_utf8_lossy(&lc).into_owned())))
            }
            Node::Const(_) => self.err("Method name must be a string"),
            n => Ok((self.operand(n), None)),
        }
    }

    fn finish_call(&mut self, op: Opcode, extra_named: bool, span: Span, conv: bool) -> R<Node> {
        if conv {
            return Ok(self
                .emit_tmp(Opcode::CallableConvert, Node::Unused, Node::Unused)
                .1);
        }
        let (i, r) = self.emit_var(op, Node::Unused, Node::Unused);
        let f = self.f();
        f.ops[i].lineno = span.line;
        if extra_named {
            f.ops[i].extended_value = 1;
        }
        Ok(r)
    }

    /// `zend_compile_dynamic_call` with a constant name: INIT_FCALL_BY_NAME.
    fn call_by_name(&mut self, name: &str, args: &[Arg], span: Span, conv: bool) -> R<Node> {
        // "A::m"() is a static method call.
        if let Some(p) = name.rfind("::").filter(|p| *p > 0) {
            let (class, method) = (&name[..p], &name[p + 2..]);
            let init = self.emit(Opcode::InitStaticMethodCall, Node::Unused, Node::Unused);
            let c = self.class_name_literal(class);
            let (m, _) = self.method_name_operand(&MemberName::Ident(Ident {
                name: method.to_string(),
                span,
            }))?;
            self.f().ops[init].op1 = c;
            self.f().ops[init].op2 = m;
            let (argc, extra_named) = self.args(args, None)?;
            self.f().ops[init].extended_value = argc;
            return self.finish_call(Opcode::DoFcall, extra_named, span, conv);
        }
        let name = name.strip_prefix('\\').unwrap_or(name);
        let init = self.emit(Opcode::InitFcallByName, Node::Unused, Node::Unused);
        let first = self.add_lit(Val::Str(name.as_bytes().to_vec()));
        self.add_lit(Val::Str(name.to_ascii_lowercase().into_bytes()));
        self.f().ops[init].op2 = Operand {
            kind: OperandKind::Const,
            value: first,
        };
        let (argc, extra_named) = self.args(args, None)?;
        self.f().ops[init].extended_value = argc;
        self.finish_call(Opcode::DoFcallByName, extra_named, span, conv)
    }

    /// `zend_compile_ns_call`: the namespaced name, then the global fallback.
    fn ns_call(&mut self, name: &str, args: &[Arg], span: Span, conv: bool) -> R<Node> {
        let init = self.emit(Opcode::InitNsFcallByName, Node::Unused, Node::Unused);
        let first = self.add_lit(Val::Str(name.as_bytes().to_vec()));
        self.add_lit(Val::Str(name.to_ascii_lowercase().into_bytes()));
        if let Some(p) = name.rfind('\\') {
            self.add_lit(Val::Str(name[p + 1..].to_ascii_lowercase().into_bytes()));
        }
        self.f().ops[init].op2 = Operand {
            kind: OperandKind::Const,
            value: first,
        };
        let (argc, extra_named) = self.args(args, None)?;
        self.f().ops[init].extended_value = argc;
        self.finish_call(Opcode::DoFcallByName, extra_named, span, conv)
    }

    /// `zend_compile_args`: returns the argument count and whether extra named
    /// arguments may reach the callee.
    pub fn args(&mut self, args: &[Arg], fbc: Option<&Fbc>) -> R<(u32, bool)> {
        let mut fbc = fbc;
        let mut count = 0u32;
        let mut uses_unpack = false;
        let mut uses_named = false;
        let mut may_have_undef = false;
        let mut extra_named = false;
        for arg in args {
            self.line(arg.value.span);
            if arg.unpack {
                if uses_named {
                    return self.err("Cannot use argument unpacking after named arguments");
                }
                uses_unpack = true;
                may_have_undef = true;
                fbc = None;
                let n = self.expr(&arg.value)?;
                let i = self.emit(Opcode::SendUnpack, n, Node::Unused);
                self.f().ops[i].op2.value = count;
                continue;
            }
            let mut arg_name = arg.name.as_ref().map(|n| n.name.clone());
            let arg_num: Option<u32>;
            if arg_name.is_some() {
                uses_named = true;
                let name = arg_name.as_deref().unwrap_or_default();
                let pos = match fbc {
                    Some(Fbc::Internal(n)) if !uses_unpack => {
                        Some(self.info.and_then(|i| i.internal_arg_position(n, name)))
                    }
                    Some(f @ (Fbc::User(_) | Fbc::Method(_))) if !uses_unpack => Some(
                        self.fbc_fn(f)
                            .and_then(|f| f.params.iter().position(|p| p == name))
                            .map(|p| p as u32 + 1),
                    ),
                    _ => None,
                };
                match pos {
                    Some(Some(p)) if p == count + 1 && !may_have_undef => {
                        arg_name = None;
                        count += 1;
                        arg_num = Some(p);
                    }
                    Some(p) => {
                        may_have_undef = true;
                        arg_num = p;
                        if p.is_none() {
                            extra_named |= fbc
                                .and_then(|f| self.fbc_fn(f))
                                .is_some_and(|f| f.variadic_by_ref.is_some());
                        }
                    }
                    None => {
                        may_have_undef = true;
                        extra_named = true;
                        arg_num = None;
                    }
                }
            } else {
                if uses_unpack {
                    return self.err("Cannot use positional argument after argument unpacking");
                }
                if uses_named {
                    return self.err("Cannot use positional argument after named argument");
                }
                count += 1;
                arg_num = Some(count);
            }
            let known = fbc.filter(|_| arg_num.is_some());
            let by_ref =
                |c: &Compiler| known.is_some_and(|f| c.arg_by_ref(f, arg_num.unwrap_or(0)));
            // ARG_MUST_BE_SENT_BY_REF: by reference and no value accepted instead.
            let must_ref = |c: &Compiler| {
                by_ref(c) && !known.is_some_and(|f| c.arg_prefers_ref(f, arg_num.unwrap_or(0)))
            };
            let v = &arg.value;
            // $GLOBALS is passed as a call's result is: by-reference parameters refuse it.
            let globals = matches!(&v.kind, ExprKind::Var(n) if n == "GLOBALS");
            let (node, opcode) = if is_call(v) || globals {
                let n = self.var(v, Bp::R)?;
                let op = match (&n, known) {
                    (Node::Const(_) | Node::Tmp(_), None) => Opcode::SendValEx,
                    (Node::Const(_) | Node::Tmp(_), Some(_)) if by_ref(self) => Opcode::SendValEx,
                    (Node::Const(_) | Node::Tmp(_), Some(_)) => Opcode::SendVal,
                    (_, Some(_)) if must_ref(self) => Opcode::SendVarNoRef,
                    (_, Some(_)) if by_ref(self) => Opcode::SendVal,
                    (_, Some(_)) => Opcode::SendVar,
                    (_, None) => Opcode::SendVarNoRefEx,
                };
                (n, op)
            } else if is_variable(v) && !crate::oo::is_short_circuited(v) {
                if known.is_some() {
                    if by_ref(self) {
                        (self.var_ref(v, Bp::W)?, Opcode::SendRef)
                    } else {
                        let n = self.var(v, Bp::R)?;
                        let op = if matches!(n, Node::Tmp(_)) {
                            Opcode::SendVal
                        } else {
                            Opcode::SendVar
                        };
                        (n, op)
                    }
                } else if matches!(&v.kind, ExprKind::Var(n) if n == "this") {
                    (
                        self.emit_var(Opcode::FetchThis, Node::Unused, Node::Unused)
                            .1,
                        Opcode::SendVarEx,
                    )
                } else if let Some(cv) = self.try_cv(v) {
                    (cv, Opcode::SendVarEx)
                } else {
                    let i = self.emit(Opcode::CheckFuncArg, Node::Unused, Node::Unused);
                    match &arg_name {
                        Some(name) => {
                            let o = self.operand(Node::Const(Val::Str(name.as_bytes().to_vec())));
                            self.f().ops[i].op2 = o;
                        }
                        None => self.f().ops[i].op2.value = arg_num.unwrap_or(0),
                    }
                    (self.var_ref(v, Bp::FuncArg)?, Opcode::SendFuncArg)
                }
            } else {
                let n = self.expr(v)?;
                let op = match (&n, known) {
                    (Node::Var(_), Some(_)) if must_ref(self) => Opcode::SendVarNoRef,
                    (Node::Var(_), Some(_)) if by_ref(self) => Opcode::SendVal,
                    (Node::Var(_), Some(_)) => Opcode::SendVar,
                    (Node::Var(_), None) => Opcode::SendVarNoRefEx,
                    (Node::Cv(_), Some(_)) if by_ref(self) => Opcode::SendRef,
                    (Node::Cv(_), Some(_)) => Opcode::SendVar,
                    (Node::Cv(_), None) => Opcode::SendVarEx,
                    (_, Some(_)) if !by_ref(self) => Opcode::SendVal,
                    _ => Opcode::SendValEx,
                };
                (n, op)
            };
            let i = self.emit(opcode, node, Node::Unused);
            match arg_name {
                Some(name) => {
                    let o = self.operand(Node::Const(Val::Str(name.into_bytes())));
                    self.f().ops[i].op2 = o;
                }
                None => self.f().ops[i].op2.value = arg_num.unwrap_or(0),
            }
        }
        if may_have_undef {
            self.emit(Opcode::CheckUndefArgs, Node::Unused, Node::Unused);
        }
        Ok((count, extra_named))
    }

    /// `zend_vm_calc_used_stack`: INIT_FCALL's op1, in bytes.
    fn used_stack(&self, fbc: &Fbc, argc: u32) -> u32 {
        let extra = match fbc {
            Fbc::User(n) => self.user_fn(n).map_or(0, |f| {
                (f.last_var + f.t).saturating_sub(f.num_args.min(argc))
            }),
            _ => 0,
        };
        (CALL_FRAME_SLOT + argc + extra) * 16
    }

    /// `zend_compile_init_user_func`: INIT_FCALL when the callback is a known function's
    /// name, else INIT_USER_CALL.
    fn init_user_func(&mut self, name: &Expr, argc: u32, orig: &str) -> R<()> {
        if let ExprKind::String(s) = &name.kind {
            let lc = String::from_utf8_lossy(s).to_ascii_lowercase();
            let user = self.user_fn(&lc).is_some_and(|f| f.finalized);
            if user || self.is_internal(&lc) {
                let fbc = if user {
                    Fbc::User(&lc)
                } else {
                    Fbc::Internal(&lc)
                };
                let frame = self.used_stack(&fbc, argc);
                let i = self.emit(
                    Opcode::InitFcall,
                    Node::Unused,
                    Node::Const(Val::Str(lc.as_bytes().to_vec())),
                );
                let f = self.f();
                f.ops[i].extended_value = argc;
                f.ops[i].op1.value = frame;
                return Ok(());
            }
        }
        let n = self.expr(name)?;
        let i = self.emit(
            Opcode::InitUserCall,
            Node::Const(Val::Str(orig.as_bytes().to_vec())),
            n,
        );
        self.f().ops[i].extended_value = argc;
        Ok(())
    }

    /// `zend_compile_func_cuf` / `zend_compile_func_cufa`
    fn call_user_func(&mut self, lc: &str, args: &[Arg]) -> R<Option<Node>> {
        if lc == "call_user_func_array" {
            if args.len() != 2 {
                return Ok(None);
            }
            self.init_user_func(&args[0].value, 0, lc)?;
            let a = self.expr(&args[1].value)?;
            self.emit(Opcode::SendArray, a, Node::Unused);
            self.emit(Opcode::CheckUndefArgs, Node::Unused, Node::Unused);
            let (i, r) = self.emit_var(Opcode::DoFcall, Node::Unused, Node::Unused);
            self.f().ops[i].extended_value = 1;
            return Ok(Some(r));
        }
        let Some((first, rest)) = args.split_first() else {
            return Ok(None);
        };
        self.init_user_func(&first.value, rest.len() as u32, lc)?;
        for (i, a) in rest.iter().enumerate() {
            let n = self.expr(&a.value)?;
            let op = self.emit(Opcode::SendUser, n, Node::Unused);
            self.f().ops[op].op2.value = i as u32 + 1;
        }
        Ok(Some(
            self.emit_var(Opcode::DoFcall, Node::Unused, Node::Unused).1,
        ))
    }

    /// `zend_try_compile_special_func` for the internal functions Zend inlines.
    fn special_func(&mut self, lc: &str, args: &[Arg]) -> R<Option<Node>> {
        if args.iter().any(|a| a.unpack || a.name.is_some()) {
            return Ok(None);
        }
        let one = args.len() == 1;
        let type_check = |t: u32| Some(1u32 << t);
        let mask = match lc {
            "is_null" => type_check(1),
            "is_bool" => Some((1 << 2) | (1 << 3)),
            "is_long" | "is_int" | "is_integer" => type_check(4),
            "is_float" | "is_double" => type_check(5),
            "is_string" => type_check(6),
            "is_array" => type_check(7),
            "is_object" => type_check(8),
            "is_resource" => type_check(9),
            "is_scalar" => Some((1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6)),
            _ => None,
        };
        if let Some(mask) = mask {
            if !one {
                return Ok(None);
            }
            let n = self.expr(&args[0].value)?;
            let (i, r) = self.emit_tmp(Opcode::TypeCheck, n, Node::Unused);
            self.f().ops[i].extended_value = mask;
            return Ok(Some(r));
        }
        let cast = match lc {
            "boolval" => Some(None),
            "intval" => Some(Some(4)),
            "floatval" | "doubleval" => Some(Some(5)),
            "strval" => Some(Some(6)),
            _ => None,
        };
        if let Some(cast) = cast {
            if !one {
                return Ok(None);
            }
            let n = self.expr(&args[0].value)?;
            return Ok(Some(match cast {
                None => self.emit_tmp(Opcode::Bool, n, Node::Unused).1,
                Some(t) => {
                    let (i, r) = self.emit_tmp(Opcode::Cast, n, Node::Unused);
                    self.f().ops[i].extended_value = t;
                    r
                }
            }));
        }
        let unary = |op| Some(op);
        let simple = match lc {
            "strlen" if one => unary(Opcode::Strlen),
            "count" | "sizeof" if one => unary(Opcode::Count),
            "gettype" if one => unary(Opcode::GetType),
            _ => None,
        };
        if let Some(op) = simple {
            let n = self.expr(&args[0].value)?;
            if let (Opcode::Strlen, Node::Const(Val::Str(s))) = (op, &n) {
                return Ok(Some(Node::Const(Val::Long(s.len() as i64))));
            }
            let (i, r) = self.emit_tmp(op, n, Node::Unused);
            if lc == "sizeof" {
                self.f().ops[i].extended_value = 1;
            }
            return Ok(Some(r));
        }
        match lc {
            "chr" if one => {
                if let ExprKind::Int(c) = args[0].value.kind {
                    return Ok(Some(Node::Const(Val::Str(vec![(c & 0xff) as u8]))));
                }
                Ok(None)
            }
            "ord" if one => {
                if let ExprKind::String(s) = &args[0].value.kind {
                    return Ok(Some(Node::Const(Val::Long(
                        s.first().copied().unwrap_or(0) as i64,
                    ))));
                }
                Ok(None)
            }
            "defined" if one => {
                let ExprKind::String(s) = &args[0].value.kind else {
                    return Ok(None);
                };
                if s.contains(&b'\\') || s.contains(&b':') {
                    return Ok(None);
                }
                let name = String::from_utf8_lossy(s).into_owned();
                let lower = name.to_ascii_lowercase();
                if matches!(lower.as_str(), "true" | "false" | "null")
                    || self
                        .info
                        .is_some_and(|i| i.persistent_constant(&name).is_some())
                {
                    return Ok(Some(Node::Const(Val::Bool(true))));
                }
                let (i, r) = self.emit_tmp(
                    Opcode::Defined,
                    Node::Const(Val::Str(s.clone())),
                    Node::Unused,
                );
                let _ = i;
                Ok(Some(r))
            }
            "func_num_args" | "func_get_args" if args.is_empty() && self.f().is_function => {
                let op = if lc == "func_num_args" {
                    Opcode::FuncNumArgs
                } else {
                    Opcode::FuncGetArgs
                };
                Ok(Some(self.emit_tmp(op, Node::Unused, Node::Unused).1))
            }
            "get_class" if args.len() <= 1 => {
                let n = match args.first() {
                    Some(a) => self.expr(&a.value)?,
                    None => Node::Unused,
                };
                Ok(Some(self.emit_tmp(Opcode::GetClass, n, Node::Unused).1))
            }
            "get_called_class" if args.is_empty() => Ok(Some(
                self.emit_tmp(Opcode::GetCalledClass, Node::Unused, Node::Unused)
                    .1,
            )),
            "array_key_exists" if args.len() == 2 => {
                let needle = self.expr(&args[0].value)?;
                let subject = self.expr(&args[1].value)?;
                Ok(Some(
                    self.emit_tmp(Opcode::ArrayKeyExists, needle, subject).1,
                ))
            }
            "in_array" if args.len() == 2 || args.len() == 3 => self.in_array(args),
            "call_user_func" | "call_user_func_array" => self.call_user_func(lc, args),
            _ => Ok(None),
        }
    }

    /// `zend_compile_func_in_array`: a constant haystack becomes a hash set.
    fn in_array(&mut self, args: &[Arg]) -> R<Option<Node>> {
        let strict = match args.get(2) {
            None => false,
            Some(a) => match self.ct_eval(&a.value) {
                Some(v) => v.is_true(),
                None => return Ok(None),
            },
        };
        if !matches!(args[1].value.kind, ExprKind::Array { .. }) {
            return Ok(None);
        }
        let Some(Val::Array(elems)) = self.ct_eval(&args[1].value) else {
            return Ok(None);
        };
        let mut set: Vec<(crate::val::Key, Val)> = Vec::new();
        if !elems.is_empty() {
            let all_long = elems.iter().all(|(_, v)| matches!(v, Val::Long(_)));
            let all_str = elems.iter().all(|(_, v)| matches!(v, Val::Str(_)));
            for (_, v) in &elems {
                let key = match v {
                    Val::Long(i) if strict && all_long => crate::val::Key::Int(*i),
                    // Unlike Zend, a string that is an integer key leaves the call as it
                    // is even when strict: the VM's arrays normalise such keys, so the
                    // set could not tell "1" from 1.
                    Val::Str(s)
                        if all_str
                            && crate::val::Val::Str(s.clone())
                                .to_key()
                                .is_some_and(|k| matches!(k, crate::val::Key::Str(_))) =>
                    {
                        if !strict && s.iter().any(|c| c.is_ascii_digit()) && numeric_like(s) {
                            return Ok(None);
                        }
                        crate::val::Key::Str(s.clone())
                    }
                    _ => return Ok(None),
                };
                if !set.iter().any(|(k, _)| *k == key) {
                    set.push((key, Val::Bool(true)));
                }
            }
        }
        let needle = self.expr(&args[0].value)?;
        let (i, r) = self.emit_tmp(Opcode::InArray, needle, Node::Const(Val::Array(set)));
        self.f().ops[i].extended_value = strict as u32;
        Ok(Some(r))
    }
}

/// Strings that loose comparison could treat as numbers (`is_numeric_string`).
fn numeric_like(s: &[u8]) -> bool {
    let t = String::from_utf8_lossy(s);
    t.trim().parse::<f64>().is_ok()
}

/// Where a method call is, for its opcodes' line: the method name's line, as Zend
/// numbers a call in a chain split over lines (`$q\n->where()\n->limit()`).
fn member_span(name: &MemberName) -> Span {
    match name {
        MemberName::Ident(i) => i.span,
        MemberName::Expr(e) => e.span,
    }
}
